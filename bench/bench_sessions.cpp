// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the sessions explorer (it must stay responsive on a project with 100,000 users) against a running
// userdesk-server whose users have sessions (bench/sessions-bench.sh seeds them). Drives the real SessionsPage
// (SessionsExplorerModel, SessionsFilterModel, SessionRevokeJob) shown offscreen, through its widgets:
//   - time from "Scan All Users" to the first sessions painted, and to the whole project loaded
//   - the longest GUI event-loop stall while scanning, filtering, sorting and bulk-revoking
//   - resident memory before and after the scan
// Prints one "name: value unit" line per figure. Not a test: numbers go to BENCHMARKS.md.
//
// Usage: bench_sessions --endpoint URL --project ID --key-file FILE [--revoke 1000] [--client-filter Firefox]

#include "bench/benchsupport.h"
#include "client/api/appwriteclient.h"
#include "client/models/sessionsexplorermodel.h"
#include "client/models/sessionsfiltermodel.h"
#include "ui/common/dialogs.h"
#include "ui/sessions/sessionspage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

using namespace Userdesk;
using namespace Userdesk::Bench;
using namespace Qt::StringLiterals;

namespace {

/// Runs `steps` one after the other, each given a `next` callback to call when it is done.
using Step = std::function<void(const std::function<void()> &next)>;
void runSteps(std::shared_ptr<QList<Step>> steps, int index = 0)
{
    if (index >= steps->size())
        return;
    (*steps)[index]([steps, index]() { QTimer::singleShot(0, [steps, index]() { runSteps(steps, index + 1); }); });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"endpoint"_s, u"Server endpoint"_s, u"url"_s});
    parser.addOption({u"project"_s, u"Project ID"_s, u"id"_s});
    parser.addOption({u"key-file"_s, u"File holding the API key (JSON with apiKey, or the key)"_s, u"file"_s});
    parser.addOption({u"revoke"_s, u"Sessions revoked in the bulk job (taken from a filtered set)"_s, u"n"_s,
                      u"1000"_s});
    parser.addOption({u"http1"_s, u"Stay on HTTP/1.1 even when the server offers HTTP/2"_s});
    parser.addOption({u"client-filter"_s, u"Client filter of the revoked set"_s, u"text"_s, u"Firefox"_s});
    parser.process(app);

    const QString key = readApiKey(parser.value(u"key-file"_s));
    if (key.isEmpty()) {
        std::fprintf(stderr, "cannot read the key file\n");
        return 2;
    }
    const int revokeCount = parser.value(u"revoke"_s).toInt();
    const QString clientFilter = parser.value(u"client-filter"_s);

    AppwriteClient client;
    client.setEndpoint(QUrl(parser.value(u"endpoint"_s)));
    client.setProject(parser.value(u"project"_s));
    client.setApiKey(key);

    SessionsPage page(&client);
    page.resize(1200, 800);
    page.show();
    auto *view = page.findChild<QTableView *>(u"sessionsTableView"_s);
    auto *clientEdit = page.findChild<QLineEdit *>(u"clientFilterLineEdit"_s);
    auto *providerCombo = page.findChild<QComboBox *>(u"providerComboBox"_s);
    auto *olderSpin = page.findChild<QSpinBox *>(u"olderThanSpinBox"_s);
    auto *newerSpin = page.findChild<QSpinBox *>(u"newerThanSpinBox"_s);
    if (!view || !clientEdit || !providerCombo || !olderSpin || !newerSpin) {
        std::fprintf(stderr, "the sessions page has changed: a widget is missing\n");
        return 2;
    }
    SessionsExplorerModel *model = page.model();
    QAbstractItemModel *shown = view->model();
    StallMeter stall;
    QElapsedTimer clock;
    double worstFilter = 0;
    double worstSort = 0;
    double worstFilterCpu = 0;
    double worstSortCpu = 0;

    auto steps = std::make_shared<QList<Step>>();

    // 1. Scan: first sessions painted, whole project loaded, longest stall, memory.
    steps->append([&](const std::function<void()> &next) {
        const qint64 before = residentKiB();
        print("rss_before_scan_mib", before / 1024.0, "MiB");
        auto first = std::make_shared<QMetaObject::Connection>();
        *first = QObject::connect(shown, &QAbstractItemModel::rowsInserted, view, [&, first]() {
            QObject::disconnect(*first);
            view->viewport()->repaint(); // synchronous paint of the rows that just arrived
            print("first_sessions_painted_ms", clock.nsecsElapsed() / 1e6, "ms");
        });
        auto done = std::make_shared<QMetaObject::Connection>();
        *done = QObject::connect(model, &SessionsExplorerModel::scanFinished, view, [&, done, before, next](bool complete) {
            QObject::disconnect(*done);
            const double seconds = clock.nsecsElapsed() / 1e9;
            const double stallMs = stall.stopMs();
            print("scan_complete", complete ? 1 : 0, "bool");
            print("users_scanned", model->usersScanned(), "users");
            print("sessions_loaded", model->rowCount(), "sessions");
            print("scan_seconds", seconds, "s");
            print("users_per_second", model->usersScanned() / seconds, "users/s");
            print("max_stall_scan_ms", stallMs, "ms");
            print("max_stall_scan_at_s", stall.atMs() / 1000.0, "s");
            print("max_busy_cpu_scan_ms", stall.maxCpuMs(), "ms");
            print("gui_cpu_scan_s", stall.totalCpuMs() / 1000.0, "s");
            const qint64 after = residentKiB();
            print("rss_after_scan_mib", after / 1024.0, "MiB");
            print("rss_per_1000_sessions_mib", (after - before) / 1024.0 / qMax(1, model->rowCount()) * 1000, "MiB");
            next();
        });
        stall.start();
        clock.start();
        page.findChild<QPushButton *>(u"scanSessionsPushButton"_s)->click();
    });

    // 2. Filters through the widgets (the page applies text filters 250 ms after the last keystroke); each
    // measured from the change until the filter has been applied, with the stall meter on.
    auto filterStep = [&](const char *name, std::function<void()> change) {
        steps->append([&, name, change](const std::function<void()> &next) {
            stall.start();
            change();
            QTimer::singleShot(600, view, [&, name, next]() {
                const double ms = stall.stopMs();
                worstFilter = qMax(worstFilter, ms);
                worstFilterCpu = qMax(worstFilterCpu, stall.maxCpuMs());
                std::printf("%s: %.2f ms (busy cpu %.2f ms, %d shown)\n", name, ms, stall.maxCpuMs(), shown->rowCount());
                std::fflush(stdout);
                next();
            });
        });
    };
    filterStep("max_stall_filter_client_ms", [&]() { clientEdit->setText(clientFilter); });
    filterStep("max_stall_filter_provider_ms", [&]() { providerCombo->setCurrentIndex(providerCombo->findData(u"email"_s)); });
    filterStep("max_stall_filter_age_ms", [&]() { olderSpin->setValue(10); });
    filterStep("max_stall_filter_clear_ms", [&]() {
        olderSpin->setValue(0);
        newerSpin->setValue(0);
        providerCombo->setCurrentIndex(0);
        clientEdit->clear();
    });

    // 3. Sorting by a click-equivalent on the header (sortByColumn), each measured as its own stall.
    auto sortStep = [&](const char *name, int column, Qt::SortOrder order) {
        steps->append([&, name, column, order](const std::function<void()> &next) {
            stall.start();
            view->sortByColumn(column, order);
            QTimer::singleShot(200, view, [&, name, next]() {
                const double ms = stall.stopMs();
                worstSort = qMax(worstSort, ms);
                worstSortCpu = qMax(worstSortCpu, stall.maxCpuMs());
                std::printf("%s: %.2f ms (busy cpu %.2f ms)\n", name, ms, stall.maxCpuMs());
                std::fflush(stdout);
                next();
            });
        });
    };
    sortStep("max_stall_sort_user_ms", SessionsExplorerModel::UserColumn, Qt::AscendingOrder);
    sortStep("max_stall_sort_client_ms", SessionsExplorerModel::ClientColumn, Qt::AscendingOrder);
    sortStep("max_stall_sort_expires_ms", SessionsExplorerModel::ExpiresColumn, Qt::AscendingOrder);
    sortStep("max_stall_sort_created_desc_ms", SessionsExplorerModel::CreatedColumn, Qt::DescendingOrder);
    steps->append([&](const std::function<void()> &next) {
        print("max_stall_filtering_ms", worstFilter, "ms");
        print("max_busy_cpu_filtering_ms", worstFilterCpu, "ms");
        print("max_stall_sorting_ms", worstSort, "ms");
        print("max_busy_cpu_sorting_ms", worstSortCpu, "ms");
        next();
    });

    // 4. Bulk revoke: filter by client, select the first `revokeCount` shown rows, confirm, wait for the job and
    // the rows' removal. The stall meter covers selection, the job and the removal.
    filterStep("max_stall_filter_for_revoke_ms", [&]() { clientEdit->setText(clientFilter); });
    steps->append([&](const std::function<void()> &next) {
        const int before = model->rowCount();
        const int n = qMin(revokeCount, shown->rowCount());
        auto done = std::make_shared<QMetaObject::Connection>();
        *done = QObject::connect(&page, &SessionsPage::revokeFinished, view, [&, done, before, next](int revoked, int failed) {
            QObject::disconnect(*done);
            const double seconds = clock.nsecsElapsed() / 1e9;
            // Let the view repaint after the removal inside the measured window.
            QTimer::singleShot(100, view, [&, before, revoked, failed, seconds, next]() {
                print("max_stall_revoke_ms", stall.stopMs(), "ms");
                print("max_stall_revoke_at_s", stall.atMs() / 1000.0, "s");
                print("max_busy_cpu_revoke_ms", stall.maxCpuMs(), "ms");
                print("revoked", revoked, "sessions");
                print("revoke_failed", failed, "sessions");
                print("revoke_seconds", seconds, "s");
                print("revoke_sessions_per_second", revoked / seconds, "sessions/s");
                print("rows_removed_from_model", before - model->rowCount(), "rows");
                next();
            });
        });
        stall.start();
        clock.restart();
        view->selectionModel()->select(
            QItemSelection(shown->index(0, 0), shown->index(n - 1, shown->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Dialogs::setNextAnswer(Dialogs::Answer::Confirm);
        page.revokeSelected();
    });
    steps->append([&](const std::function<void()> &) {
        print("rss_end_mib", residentKiB() / 1024.0, "MiB");
        app.quit();
    });

    connectLikeTheApp(client, !parser.isSet(u"http1"_s), &page, [steps]() { runSteps(steps); });
    return app.exec();
}
