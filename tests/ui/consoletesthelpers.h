// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of the console GUI tests: synchronous set-up calls against the in-process server. They wait with
// QTest::qWaitFor on a condition, never with a bare sleep.

#include "client/api/apirequest.h"
#include "client/api/apiresponse.h"
#include "client/api/appwriteclient.h"
#include "client/api/persistentcookiejar.h"
#include "client/models/consolesession.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace Userdesk::Test {

/// Sends `request` through `client` and waits for the answer (set-up and server-side checks only).
inline ApiResponse call(AppwriteClient *client, const ApiRequest &request)
{
    ApiResponse out;
    bool done = false;
    QObject context;
    client->send(request, &context, [&out, &done](const ApiResponse &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done]() { return done; }, 15000))
        qWarning("set-up call %s %s timed out", request.method.constData(), qPrintable(request.path));
    return out;
}

/// A client of the test server's project with an in-memory cookie jar.
inline AppwriteClient *makeClient(const TestServer &ts, QObject *parent, bool withKey = false)
{
    auto *client = new AppwriteClient(parent);
    client->setEndpoint(ts.endpoint());
    client->setProject(ts.projectId());
    client->setCookieJar(new PersistentCookieJar(QString()));
    if (withKey)
        client->setApiKey(ts.apiKey());
    return client;
}

/// Signs `session` in with the seeded console account.
inline bool signInConsole(ConsoleSession *session, const TestServer &ts)
{
    session->signIn(ts.consoleEmail(), ts.consolePassword());
    return QTest::qWaitFor([session]() { return session->isSignedIn(); }, 15000);
}

/// Creates project `projectId` in the console account's first team (GET /v1/teams, POST /v1/projects).
inline bool createProject(AppwriteClient *signedInClient, const QString &projectId, const QString &name)
{
    using namespace Qt::StringLiterals;
    const ApiResponse teams = call(signedInClient, ApiRequest::get(u"/teams"_s, ApiRequest::Auth::Console));
    const QString teamId = teams.object().value(u"teams"_s).toArray().at(0).toObject().value(u"$id"_s).toString();
    if (teamId.isEmpty())
        return false;
    const ApiResponse created = call(signedInClient,
        ApiRequest::post(u"/projects"_s,
            QJsonObject { { u"projectId"_s, projectId }, { u"name"_s, name }, { u"teamId"_s, teamId } },
            ApiRequest::Auth::Console));
    return created.httpStatus == 201;
}

/// GET /v1/projects/{id} as the console account.
inline QJsonObject project(AppwriteClient *signedInClient, const QString &projectId)
{
    using namespace Qt::StringLiterals;
    return call(signedInClient, ApiRequest::get(u"/projects/"_s + projectId, ApiRequest::Auth::Console)).object();
}

} // namespace Userdesk::Test
