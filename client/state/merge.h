// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Userdesk::Merge {

/// Three-way merge of a label list: `base` is what the admin started editing from, `mine` what they want now,
/// `theirs` what the server holds now. The server's labels stay in their order; labels the admin added are
/// appended, labels the admin removed are removed. A label added elsewhere survives; nothing is lost silently.
QStringList labels(const QStringList &base, const QStringList &mine, const QStringList &theirs);

struct PrefsResult
{
    QJsonObject merged;
    /// Keys both sides changed to different values (merged holds the admin's value for them).
    QStringList conflicts;
};

/// Three-way merge of preferences by key: a key only one side changed takes that side's value (a removal is a
/// change); a key both changed the same way is kept; a key both changed differently is a conflict.
PrefsResult prefs(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);

} // namespace Userdesk::Merge
