// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/controller.h"

namespace Userdesk::Server {

/// Account MFA: TOTP authenticators, recovery codes, challenges and the account's MFA switch (the users admin MFA
/// routes, in UserAccessController, act on the same data).
class MfaController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &r) override;

    void updateMfa(Ctx &ctx);
    void createAuthenticator(Ctx &ctx);
    void verifyAuthenticator(Ctx &ctx);
    void deleteAuthenticator(Ctx &ctx);
    void createRecoveryCodes(Ctx &ctx);
    void getRecoveryCodes(Ctx &ctx);
    void updateRecoveryCodes(Ctx &ctx);
    void createChallenge(Ctx &ctx);
    void updateChallenge(Ctx &ctx);
};

/// Six single-use recovery codes of ten lower-case hex characters (Type::generateBackupCodes).
QStringList generateRecoveryCodes();
/// The `mfaRecoveryCodes` model.
QJsonObject recoveryCodesJson(const QStringList &codes);
/// The `type` path argument of the authenticator routes, account and users: `totp` in any case (Appwrite's
/// WhiteList is not strict by default), lower-cased; general_argument_invalid otherwise.
QString authenticatorType(const Ctx &ctx);
/// Deletes `user`'s authenticator of `type`; user_authenticator_not_found when there is none.
void removeAuthenticator(Database &db, const UserRecord &user, const QString &type);

} // namespace Userdesk::Server
