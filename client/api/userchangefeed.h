// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/models.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace Userdesk {

class AppwriteClient;
struct ApiRequest;
struct ApiResponse;

/// What the application changed about users, whoever changed it: every successful write of the Users API that
/// goes through a client (a detail tab, a bulk job, an import, the sessions explorer) is read back from its
/// request and answer. Views of a user — the table row, an open detail tab, the overview — connect here and
/// follow changes made elsewhere, so none of them keeps showing a state that is no longer true, and no caller
/// has to announce its writes. One feed per client (of()); it lives and dies with the client.
class UserChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserChangeFeed)

public:
    /// The feed of `client`, made on first use.
    static UserChangeFeed *of(AppwriteClient *client);

Q_SIGNALS:
    /// A write answered with the user's new state (name, e-mail, status, labels, verification, MFA, password…).
    void userChanged(const Userdesk::User &user);
    /// PATCH …/prefs answered with the user's new preferences (the answer is the prefs, not the user).
    void prefsChanged(const QString &userId, const QJsonObject &prefs);
    void userCreated(const Userdesk::User &user);
    void userDeleted(const QString &userId);
    /// A session of the user was created or deleted.
    void sessionsChanged(const QString &userId);
    /// An identity of the user was deleted (the user ID is not in that request).
    void identityDeleted(const QString &identityId);

private:
    explicit UserChangeFeed(AppwriteClient *client);
    void onWrite(const ApiRequest &request, const ApiResponse &response);
};

} // namespace Userdesk
