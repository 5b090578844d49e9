// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "client/models/bulkjob.h"
#include "protocol/models.h"

#include <QString>

#include <functional>

class QObject;

namespace Userdesk {

class ApiCall;
class UsersApi;

/// What a BulkJob does to one user: the Users API request of each kind of action (with the label of AddLabel and
/// RemoveLabel), and whether a user as read back from the server shows that the action was applied.
class BulkAction final
{
public:
    using UserCallback = std::function<void(const ApiResult<User> &)>;
    using DoneCallback = std::function<void(const ApiError &)>;

    BulkAction(BulkJob::Action action, const QString &label);

    /// Sends the request that applies the action to `user`. `onUser` hears the answer of the actions that return
    /// the updated user, `onDone` that of SignOutEverywhere and Delete; neither runs once `context` is gone.
    ApiCall *send(UsersApi *api, const User &user, QObject *context, const UserCallback &onUser,
        const DoneCallback &onDone) const;
    /// False when a write whose answer was lost cannot be checked by reading the user back (SignOutEverywhere).
    bool canBeVerified() const { return m_action != BulkJob::Action::SignOutEverywhere; }
    /// True when `user`, as the server holds it now, shows the action applied (never for SignOutEverywhere and
    /// Delete: a deleted user is not read back).
    bool isApplied(const User &user) const;

private:
    BulkJob::Action m_action;
    QString m_label;
};

} // namespace Userdesk
