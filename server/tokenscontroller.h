// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/controller.h"

namespace Userdesk::Server {

/// Account tokens (magic URL, email OTP, phone), email and phone verification, and password recovery.
class TokensController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &r) override;

    void createMagicUrlToken(Ctx &ctx);
    void createEmailToken(Ctx &ctx);
    void createPhoneToken(Ctx &ctx);
    void createVerification(Ctx &ctx);
    void updateVerification(Ctx &ctx);
    void createPhoneVerification(Ctx &ctx);
    void updatePhoneVerification(Ctx &ctx);
    void createRecovery(Ctx &ctx);
    void updateRecovery(Ctx &ctx);

private:
    /// The user a magic-URL/email-OTP (by `email`) or phone (by `phone`) token is for, created when missing.
    /// The user of `email` (or `phone`), created when there is none. An address already used by another user's
    /// identity answers `identityConflict` (magic URL: user_email_already_exists; e-mail code: general_bad_request).
    UserRecord tokenUser(Database &db, Ctx &ctx, const QString &userId, const QString &email, const QString &phone,
                         const QString &identityConflict = QStringLiteral("general_bad_request"));
    /// PUT /account/verification[/phone]: redeems the `tokenType` token of `userId` and sets `verified`.
    void confirmVerification(Ctx &ctx, int tokenType, bool User::*verified);
};

} // namespace Userdesk::Server
