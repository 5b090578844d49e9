// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QObject;
class QWidget;

namespace Userdesk {

/// Confirmations that never block (like KeePassXC's MessageBox). confirm() opens a window-modal question with
/// open() and calls back when the admin answers; nothing spins a nested event loop.
///
/// Test hook: setNextAnswer() makes the next confirm() answer without showing anything (queued, like a real
/// answer would be), and lastQuestion() tells what would have been asked.
class Dialogs final
{
public:
    enum class Answer { Confirm, Cancel };
    using Callback = std::function<void(bool confirmed)>;

    /// Asks `text` with a destructive `confirmText` button and a Cancel button (Cancel is the default). The
    /// callback runs once unless `context` is destroyed first.
    static void confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
        QObject *context, Callback callback);

    using FileCallback = std::function<void(const QString &path)>;
    /// Picks an existing file (open) or a file name to write (save) with a non-blocking QFileDialog::open(). The
    /// callback gets the path, or an empty string when the admin cancelled; it runs once unless `context` is
    /// destroyed first. Test hook: setNextFileName() answers the next pick with `path` without showing anything.
    static void openFileName(
        QWidget *parent, const QString &title, const QString &nameFilter, QObject *context, FileCallback callback);
    static void saveFileName(QWidget *parent, const QString &title, const QString &nameFilter,
        const QString &suggestedName, QObject *context, FileCallback callback);
    static void setNextFileName(const QString &path);

    static void setNextAnswer(Answer answer);
    static void clearNextAnswer();
    /// Text of the last question asked through confirm() (also when answered by the test hook).
    static QString lastQuestion();

private:
    static std::optional<Answer> s_nextAnswer;
    static QString s_lastQuestion;
    static std::optional<QString> s_nextFileName;
};

} // namespace Userdesk
