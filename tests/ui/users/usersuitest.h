// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared set-up of the Users GUI tests: a fresh userdesk-server with generated users and a client on its API key,
// plus small synchronous helpers that seed or inspect the server through the real UsersApi (QSignalSpy-free
// waits on a flag with QTest::qWaitFor, never a bare qWait).

#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "client/models/userstablemodel.h"
#include "tests/support/clientfixture.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace Userdesk::Test {

/// The client fixture (tests/support/clientfixture.h) plus a second client of the same project.
struct UsersUiFixture : ClientFixture
{
    /// Another admin on the same server (another Userdesk, a script): what it changes, the application under
    /// test only learns from the server.
    std::unique_ptr<AppwriteClient> otherClient;
    std::unique_ptr<UsersApi> other;

    bool start(int users)
    {
        if (!ClientFixture::start(users)) {
            qWarning("server did not start: %s", qPrintable(error()));
            return false;
        }
        otherClient = std::make_unique<AppwriteClient>();
        otherClient->setEndpoint(server->endpoint());
        otherClient->setProject(server->projectId());
        otherClient->setApiKey(server->apiKey());
        other = std::make_unique<UsersApi>(otherClient.get());
        return true;
    }

    void stop()
    {
        other.reset();
        otherClient.reset();
        api.reset();
        client.reset();
        server.reset();
    }

    template<class T, class Start> ApiResult<T> wait(Start start)
    {
        ApiResult<T> out;
        bool done = false;
        QObject context;
        start(&context, [&out, &done](const ApiResult<T> &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 10000))
            out.error = ApiError(ApiError::Kind::Timeout, 0, {}, QStringLiteral("test wait timed out"));
        return out;
    }

    ApiError waitDone(const std::function<void(QObject *, UsersApi::DoneCallback)> &start)
    {
        ApiError out(ApiError::Kind::Timeout, 0, {}, QStringLiteral("test wait timed out"));
        bool done = false;
        QObject context;
        start(&context, [&out, &done](const ApiError &e) {
            out = e;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 10000))
            qWarning("test wait timed out");
        return out;
    }

    ApiResult<User> createUser(const QString &id, const QString &email, const QString &name,
        const QString &password = {}, const QString &phone = {})
    {
        return wait<User>(
            [&](QObject *ctx, UsersApi::Callback<User> cb) { api->create(id, email, phone, password, name, ctx, cb); });
    }

    ApiResult<User> getUser(const QString &id)
    {
        return wait<User>([&](QObject *ctx, UsersApi::Callback<User> cb) { api->get(id, ctx, cb); });
    }

    ApiResult<UserPage> list(const QList<Query> &queries, const QString &search = {})
    {
        return wait<UserPage>(
            [&](QObject *ctx, UsersApi::Callback<UserPage> cb) { api->list(queries, search, ctx, cb); });
    }
};

/// Per-test settings: a clean QSettings store in test mode.
inline void resetSettings()
{
    QSettings().clear();
    QSettings().sync();
}

/// Loads pages until the model is at its end (or `limit` rows are there).
inline bool loadAll(UsersTableModel *model, int timeoutMs = 20000)
{
    return QTest::qWaitFor(
        [model] {
            if (model->atEnd() && !model->isLoading())
                return true;
            if (model->canFetchMore())
                model->fetchMore();
            return false;
        },
        timeoutMs);
}

} // namespace Userdesk::Test
