// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Client-side figures of the Users section against a running userdesk-server:
//   - time from opening the page to the first rows painted
//   - time to parse and insert one page of 100 users
//   - resident memory after 100,000 rows are loaded
//   - the longest GUI event-loop stall while paging, searching and running a bulk job
//   - bulk-job throughput (users/s) for a 10,000-user job
// Prints one "name: value unit" line per figure. Not a test: numbers go to BENCHMARKS.md.
//
// Usage: bench_client --endpoint URL --project ID --key-file FILE [--rows 100000] [--bulk 10000] [--parallel 0] [--http1]

#include "bench/benchsupport.h"
#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "client/models/bulkjob.h"
#include "client/models/userstablemodel.h"
#include "protocol/models.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Userdesk;
using namespace Userdesk::Bench;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"endpoint"_s, u"Server endpoint"_s, u"url"_s});
    parser.addOption({u"project"_s, u"Project ID"_s, u"id"_s});
    parser.addOption({u"key-file"_s, u"File holding the API key (JSON with apiKey, or the key)"_s, u"file"_s});
    parser.addOption({u"rows"_s, u"Rows to load for the memory figure"_s, u"n"_s, u"100000"_s});
    parser.addOption({u"bulk"_s, u"Users in the bulk job"_s, u"n"_s, u"10000"_s});
    parser.addOption({u"parallel"_s, u"Bulk job parallelism (0: what the job picks for the connection)"_s, u"n"_s, u"0"_s});
    parser.addOption({u"http1"_s, u"Stay on HTTP/1.1 even when the server offers HTTP/2"_s});
    parser.process(app);

    const QString key = readApiKey(parser.value(u"key-file"_s));
    if (key.isEmpty()) {
        std::fprintf(stderr, "cannot read the key file\n");
        return 2;
    }

    AppwriteClient client;
    client.setEndpoint(QUrl(parser.value(u"endpoint"_s)));
    client.setProject(parser.value(u"project"_s));
    client.setApiKey(key);
    UsersApi api(&client);
    const int targetRows = parser.value(u"rows"_s).toInt();
    const int bulkUsers = parser.value(u"bulk"_s).toInt();
    const int parallel = parser.value(u"parallel"_s).toInt();

    QTableView view;
    view.resize(1200, 800);
    // The users page's view settings (ui/users/userspage.cpp): fixed row height, no row header.
    view.verticalHeader()->setDefaultSectionSize(32);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->hide();
    auto *model = new UsersTableModel(&api, &view);
    model->setPageSize(100);
    StallMeter stall(false); // the gap before the first tick is not counted here
    QElapsedTimer clock;

    // 1. Opening the page → first rows painted.
    std::function<void()> step2;
    bool firstPainted = false;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &view, [&]() {
        if (firstPainted)
            return;
        firstPainted = true;
        view.viewport()->repaint(); // synchronous paint of the rows that just arrived
        print("first_rows_painted_ms", clock.nsecsElapsed() / 1e6, "ms");
        QTimer::singleShot(0, &view, step2);
    });
    connectLikeTheApp(client, !parser.isSet(u"http1"_s), &view, [&]() {
        clock.start();
        view.setModel(model);
        view.show();
        model->fetchMore();
    });

    // 2. Parse + insert one page of 100, measured on a captured page (no network in the figure).
    std::function<void()> step3;
    step2 = [&]() {
        api.list({Query::limit(100)}, {}, &view, [&](const ApiResult<UserPage> &first) {
            QJsonArray users;
            for (const User &u : first.value.items)
                users.append(u.toJson());
            const QByteArray body = QJsonDocument(QJsonObject {{u"total"_s, 5000}, {u"users"_s, users}}).toJson();
            constexpr int rounds = 200;
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < rounds; ++i) {
                const auto page = parsePage<User>(QJsonDocument::fromJson(body).object(), u"users"_s);
                Q_UNUSED(page);
            }
            print("parse_page_100_ms", t.nsecsElapsed() / 1e6 / rounds, "ms");
            // Parse + insert through the model's reply path, into a model shown in a view (with 1,000 rows
            // already there, so the insert is not the trivial first one).
            QTableView sink;
            UsersTableModel m(&api);
            m.setPageSize(100);
            sink.setModel(&m);
            t.restart();
            for (int i = 0; i < rounds; ++i) {
                auto page = parsePage<User>(QJsonDocument::fromJson(body).object(), u"users"_s).value();
                for (User &u : page.items)
                    u.id += u"-%1"_s.arg(i); // distinct rows each round
                m.appendPage(page);
            }
            print("parse_and_insert_page_100_ms", t.nsecsElapsed() / 1e6 / rounds, "ms");
            QTimer::singleShot(0, &view, step3);
        });
    };

    // 3. Page to `targetRows` rows with the view attached (infinite scroll), measuring stalls and memory.
    std::function<void()> step4;
    step3 = [&]() {
        const qint64 before = residentKiB();
        print("rss_before_paging_mib", before / 1024.0, "MiB");
        stall.start();
        clock.restart();
        auto more = std::make_shared<QMetaObject::Connection>();
        auto pump = [&, more, before]() {
            if (model->rowCount() >= targetRows || model->atEnd()) {
                QObject::disconnect(*more);
                const double stallMs = stall.stopMs();
                print("rows_loaded", model->rowCount(), "rows");
                print("paging_seconds", clock.nsecsElapsed() / 1e9, "s");
                print("rss_after_rows_mib", residentKiB() / 1024.0, "MiB");
                print("rss_growth_for_rows_mib", (residentKiB() - before) / 1024.0, "MiB");
                print("max_stall_paging_ms", stallMs, "ms");
                QTimer::singleShot(0, &view, step4);
                return;
            }
            view.scrollToBottom();
            if (model->canFetchMore())
                model->fetchMore();
        };
        *more = QObject::connect(model, &UsersTableModel::pageLoaded, &view, pump);
        pump();
    };

    // 4. Searching: a few searches in a row while the meter runs.
    std::function<void()> step5;
    step4 = [&]() {
        static const QStringList terms = {u"john"_s, u"mar"_s, u"example"_s, u"smith"_s, u"a"_s};
        auto index = std::make_shared<int>(0);
        stall.start();
        clock.restart();
        auto conn = std::make_shared<QMetaObject::Connection>();
        auto next = [&, index, conn]() {
            if (*index >= terms.size()) {
                QObject::disconnect(*conn);
                print("search_5_terms_ms", clock.nsecsElapsed() / 1e6, "ms");
                print("max_stall_search_ms", stall.stopMs(), "ms");
                QTimer::singleShot(0, &view, step5);
                return;
            }
            model->setQuery(terms.at((*index)++), {}, Query::orderDesc(u"$createdAt"_s));
            model->fetchMore();
        };
        *conn = QObject::connect(model, &UsersTableModel::pageLoaded, &view, next);
        next();
    };

    // 5. Bulk job: add a label to `bulkUsers` users taken from one list call (the selection), measured from run()
    // to finished, with the stall meter on.
    step5 = [&]() {
        api.list({Query::limit(bulkUsers)}, {}, &view, [&](const ApiResult<UserPage> &r) {
            auto *job = new BulkJob(&api, BulkJob::Action::AddLabel, &view);
            job->setLabel(u"bench"_s);
            job->setParallelism(parallel);
            job->setUsers(r.value.items);
            QObject::connect(job, &BulkJob::finished, &view, [&, job]() {
                const double seconds = clock.nsecsElapsed() / 1e9;
                print("bulk_parallel_requests", job->parallelism(), "");
                print("bulk_users", job->targetCount(), "users");
                print("bulk_failed", job->ledger().failedCount(), "users");
                print("bulk_seconds", seconds, "s");
                print("bulk_users_per_second", job->targetCount() / seconds, "users/s");
                print("max_stall_bulk_ms", stall.stopMs(), "ms");
                app.quit();
            });
            job->prepare();
            stall.start();
            clock.restart();
            job->run();
        });
    };

    return app.exec();
}
