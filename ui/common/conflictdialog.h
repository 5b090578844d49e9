// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;
class QWidget;

namespace Userdesk {

/// "Changed elsewhere": shown when a save finds that the server's value of what the admin edited changed since
/// the admin started editing it (another tab, a bulk job, another admin). It lists each such field — as it was,
/// as it is on the server now, and the admin's value — and lets the admin merge (where a merge exists: labels,
/// preferences), keep theirs (overwrite), or take the server's (reload, discarding theirs). Cancel keeps what was
/// typed without saving. Opened with open(): nothing blocks.
///
/// Test hook, as Dialogs: setNextChoice() answers the next ask() without showing anything, and lastFields() tells
/// what was shown.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum class Choice { Merge, Overwrite, Reload, Cancel };
    struct Field
    {
        QString name; ///< what it is, e.g. "Name"
        QString base; ///< when the admin started editing
        QString theirs; ///< on the server now
        QString mine; ///< what the admin wants
    };
    using Callback = std::function<void(Choice)>;

    /// Asks about `fields`; `canMerge` offers the Merge button (the default then). The callback runs once
    /// unless `context` is destroyed first.
    static void ask(QWidget *parent, const QString &text, const QList<Field> &fields, bool canMerge, QObject *context,
        Callback callback);

    static void setNextChoice(Choice choice);
    static QList<Field> lastFields();
    /// How many times ask() was called (tests: "it asked", "it did not ask").
    static int askCount();

private:
    ConflictDialog(QWidget *parent, const QString &text, const QList<Field> &fields, bool canMerge);

    Choice m_choice = Choice::Cancel;
    static std::optional<Choice> s_nextChoice;
    static QList<Field> s_lastFields;
    static int s_askCount;
};

} // namespace Userdesk
