// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <mutex>

namespace Userdesk::Server {

/// Where the server delivers the e-mail and SMS that Appwrite would send (magic URLs, one-time codes, verification,
/// recovery, MFA codes): one JSON object per line in a file of the data folder, readable by its owner only, and a
/// line in the log. With it, the routes that need a mail server or an SMS provider work as on an Appwrite that has
/// them; without it (ServerOptions::outbox off) they answer 503 as on one that has none. Thread-safe.
class Outbox
{
public:
    /// The file `<dataDir>/outbox.jsonl`.
    explicit Outbox(const QString &dataDir);

    const QString &path() const { return m_path; }

    /// A message of `channel` ("email" or "sms") to `to`: `fields` (project, template, subject, text, the
    /// user's ID and the secret, code or URL it carries) with the time added. A file that cannot be written is
    /// reported in the log; the request still succeeds, as Appwrite's mail queue does not fail it either.
    void send(const QString &channel, const QString &to, QJsonObject fields);

private:
    QString m_path;
    std::mutex m_mutex;
};

} // namespace Userdesk::Server
