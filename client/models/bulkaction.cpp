// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/bulkaction.h"

#include "client/api/usersapi.h"

namespace Userdesk {

BulkAction::BulkAction(BulkJob::Action action, const QString &label)
    : m_action(action)
    , m_label(label)
{
}

ApiCall *BulkAction::send(UsersApi *api, const User &u, QObject *context, const UserCallback &onUser,
    const DoneCallback &onDone) const
{
    using Action = BulkJob::Action;
    switch (m_action) {
    case Action::Block:
        return api->updateStatus(u.id, false, context, onUser);
    case Action::Unblock:
        return api->updateStatus(u.id, true, context, onUser);
    case Action::VerifyEmail:
        return api->updateEmailVerification(u.id, true, context, onUser);
    case Action::UnverifyEmail:
        return api->updateEmailVerification(u.id, false, context, onUser);
    case Action::VerifyPhone:
        return api->updatePhoneVerification(u.id, true, context, onUser);
    case Action::UnverifyPhone:
        return api->updatePhoneVerification(u.id, false, context, onUser);
    case Action::AddLabel:
    case Action::RemoveLabel: {
        QStringList labels = u.labels;
        if (m_action == Action::AddLabel) {
            if (!labels.contains(m_label))
                labels.append(m_label);
        } else {
            labels.removeAll(m_label);
        }
        return api->updateLabels(u.id, labels, context, onUser);
    }
    case Action::SignOutEverywhere:
        return api->deleteSessions(u.id, context, onDone);
    case Action::Delete:
        return api->remove(u.id, context, onDone);
    }
    return nullptr;
}

bool BulkAction::isApplied(const User &user) const
{
    using Action = BulkJob::Action;
    switch (m_action) {
    case Action::Block:
        return !user.status;
    case Action::Unblock:
        return user.status;
    case Action::VerifyEmail:
        return user.emailVerification;
    case Action::UnverifyEmail:
        return !user.emailVerification;
    case Action::VerifyPhone:
        return user.phoneVerification;
    case Action::UnverifyPhone:
        return !user.phoneVerification;
    case Action::AddLabel:
        return user.labels.contains(m_label);
    case Action::RemoveLabel:
        return !user.labels.contains(m_label);
    case Action::SignOutEverywhere:
    case Action::Delete:
        break;
    }
    return false;
}

} // namespace Userdesk
