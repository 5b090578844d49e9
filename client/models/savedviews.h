// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/userfilter.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Userdesk {

/// The saved views of the Users page of one profile: named filters (search, filters and order), kept in the
/// application's settings under the profile, so that each profile has its own.
class SavedViews
{
public:
    explicit SavedViews(QString profileId);

    /// The names, sorted as a person would look for them (case-insensitively).
    QStringList names() const;
    /// The filter saved as `name`, or nothing when there is no such view.
    std::optional<UserFilter> view(const QString &name) const;
    /// Saves `filter` as `name` (trimmed; replacing a view of that name) and returns the name it was saved as, or
    /// "" when the name is blank and nothing was saved.
    QString save(const QString &name, const UserFilter &filter);
    void remove(const QString &name);

private:
    QString key() const;
    QString m_profileId;
};

} // namespace Userdesk
