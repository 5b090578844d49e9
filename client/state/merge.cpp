// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/state/merge.h"

#include <QSet>

namespace Userdesk::Merge {

QStringList labels(const QStringList &base, const QStringList &mine, const QStringList &theirs)
{
    QStringList out;
    for (const QString &label : theirs) {
        const bool removedByMe = base.contains(label) && !mine.contains(label);
        if (!removedByMe && !out.contains(label))
            out << label;
    }
    for (const QString &label : mine) {
        if (!base.contains(label) && !out.contains(label))
            out << label;
    }
    return out;
}

PrefsResult prefs(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    PrefsResult result;
    // The server's key order first, then keys only the admin has.
    QStringList keys = theirs.keys();
    for (const QString &key : mine.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    for (const QString &key : base.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue b = base.value(key);
        const QJsonValue m = mine.value(key);
        const QJsonValue t = theirs.value(key);
        QJsonValue take;
        if (m == b) {
            take = t;
        } else if (t == b || t == m) {
            take = m;
        } else {
            take = m;
            result.conflicts << key;
        }
        if (!take.isUndefined())
            result.merged.insert(key, take);
    }
    return result;
}

} // namespace Userdesk::Merge
