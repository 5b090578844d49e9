// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared helpers for the server tests: an in-process AppwriteServer on 127.0.0.1:0 with a fresh data folder and a
// small synchronous HTTP client (cpp-httplib) that speaks JSON.

#include "server/appwriteserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <httplib.h>

#include <memory>
#include <optional>

namespace Userdesk::Tests {

using Headers = QList<QPair<QString, QString>>;

struct Reply
{
    int status = 0;
    QJsonObject json;
    std::string body;
    httplib::Headers headers;

    QString type() const { return json.value(QStringLiteral("type")).toString(); }
    QString message() const { return json.value(QStringLiteral("message")).toString(); }
    QString header(const char *name) const
    {
        const auto it = headers.find(name);
        return it == headers.end() ? QString() : QString::fromStdString(it->second);
    }
    QStringList headerValues(const char *name) const
    {
        QStringList out;
        const auto range = headers.equal_range(name);
        for (auto it = range.first; it != range.second; ++it)
            out.append(QString::fromStdString(it->second));
        return out;
    }
    QString str(const char *key) const { return json.value(QString::fromLatin1(key)).toString(); }
};

inline std::string compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

/// A JSON `queries[]` value, URL-encoded.
inline QString q(const QJsonObject &query)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(query).toJson(QJsonDocument::Compact))));
}

/// The release the server tests were written for; a test of another release's behaviour says which it wants.
inline constexpr Server::Release testedRelease = Server::Release(1, 7, 5);

class TestServer
{
public:
    explicit TestServer(bool rateLimits = false, Server::Release release = testedRelease, bool outbox = false)
    {
        Server::ServerOptions options;
        options.dataDir = m_dir.path();
        options.rateLimits = rateLimits;
        options.release = release;
        options.outbox = outbox;
        options.threads = 8;
        m_server = std::make_unique<Server::AppwriteServer>(options);
        QString error;
        if (!m_server->start(&error))
            qFatal("server did not start: %s", qPrintable(error));
        m_client = std::make_unique<httplib::Client>("127.0.0.1", m_server->port());
        m_client->set_keep_alive(true);
        m_client->set_tcp_nodelay(true);
        m_client->set_read_timeout(30, 0);
    }

    Server::AppwriteServer &server() { return *m_server; }
    QString dataDir() const { return m_dir.path(); }
    quint16 port() const { return m_server->port(); }

    Reply raw(const std::string &method, const std::string &path, const httplib::Headers &headers,
              const std::string &body, const std::string &contentType)
    {
        const char *type = contentType.c_str();
        httplib::Result r = method == "GET"     ? m_client->Get(path.c_str(), headers)
                : method == "POST"              ? m_client->Post(path.c_str(), headers, body, type)
                : method == "PUT"               ? m_client->Put(path.c_str(), headers, body, type)
                : method == "PATCH"             ? m_client->Patch(path.c_str(), headers, body, type)
                : method == "DELETE"            ? m_client->Delete(path.c_str(), headers, body, type)
                                                : m_client->Options(path.c_str(), headers);
        Reply reply;
        if (!r)
            return reply;
        reply.status = r->status;
        reply.body = r->body;
        reply.headers = r->headers;
        reply.json = QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object();
        return reply;
    }

    Reply call(const char *method, const QString &path, const Headers &headers = {},
               const std::optional<QJsonObject> &body = std::nullopt)
    {
        httplib::Headers h;
        for (const auto &[k, v] : headers)
            h.emplace(k.toStdString(), v.toStdString());
        const std::string m = method;
        std::string payload;
        if (body)
            payload = compact(*body);
        else if (m != "GET" && m != "OPTIONS")
            payload = "{}";
        return raw(m, QString(u"/v1"_qs + path).toStdString(), h, payload, "application/json");
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Server::AppwriteServer> m_server;
    std::unique_ptr<httplib::Client> m_client;
};

/// A project with an all-scopes API key and a signed-in console owner (through seedDemo, no users).
struct ProjectSetup
{
    QString projectId;
    QString apiKey;
    QString consoleEmail;
    QString consolePassword;
    QString consoleSession; // cookie value of a_session_console

    Headers key() const { return { { u"X-Appwrite-Project"_qs, projectId }, { u"X-Appwrite-Key"_qs, apiKey } }; }
    Headers project() const { return { { u"X-Appwrite-Project"_qs, projectId } }; }
    Headers admin() const
    {
        return { { u"X-Appwrite-Project"_qs, projectId },
                 { u"X-Appwrite-Mode"_qs, u"admin"_qs },
                 { u"Cookie"_qs, u"a_session_console="_qs + consoleSession } };
    }
    Headers console() const
    {
        return { { u"X-Appwrite-Project"_qs, u"console"_qs },
                 { u"Cookie"_qs, u"a_session_console="_qs + consoleSession } };
    }
};

/// For an executable that runs several test classes: whether `test` should run for this command line, i.e. no
/// function is named on it (the value after -o is a file, not a function) or one of them is a slot of `test`.
inline bool runsForCommandLine(const QObject &test, int argc, char **argv)
{
    bool named = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-o") {
            ++i;
            continue;
        }
        if (arg.startsWith('-'))
            continue;
        named = true;
        const QByteArray function = arg.left(arg.indexOf(':') < 0 ? arg.size() : arg.indexOf(':'));
        if (test.metaObject()->indexOfMethod(QByteArray(function + "()").constData()) >= 0)
            return true;
    }
    return !named;
}

/// The cookie value from X-Fallback-Cookies of a session-creating reply.
inline QString fallbackSession(const Reply &reply)
{
    const QJsonObject o = QJsonDocument::fromJson(reply.header("X-Fallback-Cookies").toUtf8()).object();
    return o.isEmpty() ? QString() : o.begin().value().toString();
}

inline ProjectSetup setupProject(TestServer &ts, const QString &projectId = u"test"_qs, int users = 0)
{
    Server::DemoOptions demo;
    demo.users = users;
    demo.projectId = projectId;
    demo.projectName = u"Test"_qs;
    demo.consolePassword = u"console-password-1"_qs;
    const auto info = ts.server().seedDemo(demo);
    if (!info)
        qFatal("seedDemo failed: %s", qPrintable(info.error()));
    ProjectSetup s;
    s.projectId = info->projectId;
    s.apiKey = info->apiKey;
    s.consoleEmail = info->consoleEmail;
    s.consolePassword = info->consolePassword;
    const Reply login = ts.call("POST", u"/account/sessions/email"_qs, { { u"X-Appwrite-Project"_qs, u"console"_qs } },
                                QJsonObject{ { u"email"_qs, s.consoleEmail }, { u"password"_qs, s.consolePassword } });
    if (login.status != 201)
        qFatal("console login failed: %d %s", login.status, login.body.c_str());
    s.consoleSession = fallbackSession(login);
    return s;
}

} // namespace Userdesk::Tests
