// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/importjob.h"

#include "client/api/apicall.h"
#include "client/api/usersapi.h"

using namespace Qt::StringLiterals;

namespace Userdesk {

ImportJob::ImportJob(UsersApi *api, QList<ImportRow> rows, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_rows(std::move(rows))
{
    m_results.resize(m_rows.size());
}

ImportJob::~ImportJob()
{
    const auto calls = m_inFlight.values();
    for (const QPointer<ApiCall> &c : calls) {
        if (c)
            c->abort();
    }
}

int ImportJob::count(RowState state) const
{
    int n = 0;
    for (const RowResult &r : m_results)
        n += r.state == state ? 1 : 0;
    return n;
}

QList<ImportJob::Step> ImportJob::followUps(const ImportRow &row)
{
    using Done = std::function<void(const ApiError &)>;
    auto userDone = [](Done done) { return [done](const ApiResult<User> &r) { done(r.error); }; };
    QList<Step> steps;
    if (!row.hash.isEmpty() && !row.phone.isEmpty()) {
        steps << Step {u"phone"_s, [this, row, userDone](const QString &id, Done d) {
                           return m_api->updatePhone(id, row.phone, this, userDone(d));
                       }};
    }
    if (!row.labels.isEmpty()) {
        steps << Step {u"labels"_s, [this, row, userDone](const QString &id, Done d) {
                           return m_api->updateLabels(id, row.labels, this, userDone(d));
                       }};
    }
    if (row.emailVerification) {
        steps << Step {u"emailVerification"_s, [this, userDone](const QString &id, Done d) {
                           return m_api->updateEmailVerification(id, true, this, userDone(d));
                       }};
    }
    if (row.phoneVerification) {
        steps << Step {u"phoneVerification"_s, [this, userDone](const QString &id, Done d) {
                           return m_api->updatePhoneVerification(id, true, this, userDone(d));
                       }};
    }
    if (row.mfa) {
        steps << Step {u"mfa"_s, [this, userDone](const QString &id, Done d) {
                           return m_api->updateMfa(id, true, this, userDone(d));
                       }};
    }
    if (!row.prefs.isEmpty()) {
        steps << Step {u"prefs"_s, [this, row](const QString &id, Done d) {
                           return m_api->updatePrefs(id, row.prefs, this,
                                                     [d](const ApiResult<QJsonObject> &r) { d(r.error); });
                       }};
    }
    if (!row.status) {
        steps << Step {u"status"_s, [this, userDone](const QString &id, Done d) {
                           return m_api->updateStatus(id, false, this, userDone(d));
                       }};
    }
    return steps;
}

void ImportJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_queue.clear();
    m_completed = 0;
    m_total = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).isValid()) {
            m_results[i].state = RowState::Skipped;
            continue;
        }
        if (m_results.at(i).state == RowState::Created)
            continue;
        m_results[i] = RowResult {};
        m_queue << i;
    }
    m_total = int(m_queue.size());
    Q_EMIT progressChanged(0, m_total);
    pump();
    if (m_queue.isEmpty() && m_inFlight.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

void ImportJob::pump()
{
    while (m_running && m_inFlight.size() < m_parallelism && !m_queue.isEmpty())
        startRow(m_queue.takeFirst());
}

QString ImportJob::createId(int row)
{
    const QString &own = m_rows.at(row).userId;
    if (hasOwnId(row))
        return own;
    QString &generated = m_generatedIds[row];
    if (generated.isEmpty())
        generated = UsersApi::newUserId();
    return generated;
}

bool ImportJob::hasOwnId(int row) const
{
    // "unique()" is Appwrite's "make one for me", not an ID: the row gets one generated here, kept like any other.
    const QString &own = m_rows.at(row).userId;
    return !own.isEmpty() && own != "unique()"_L1;
}

void ImportJob::startRow(int row)
{
    ImportRow r = m_rows.at(row);
    r.userId = createId(row);
    m_steps.insert(row, followUps(r));
    auto onCreated = [this, row](const ApiResult<User> &res) {
        m_inFlight.remove(row);
        RowResult &result = m_results[row];
        if (!res.ok() && res.error.httpStatus() == 409 && res.error.type() == "user_already_exists"_L1
            && !hasOwnId(row)) {
            // The ID was made here and may have been sent before (resent by Qt, or an earlier start() that lost
            // the answer). Appwrite gives the same error for a taken e-mail or phone, so look the ID up: if the
            // user there is the one this row sent, it was created and the follow-ups go on.
            checkExisting(row, res.error);
            return;
        }
        if (!res.ok()) {
            result.state = RowState::Failed;
            result.failedStep = u"create"_s;
            result.error = res.error;
            endRow(row);
            return;
        }
        result.userId = res.value.id;
        result.done << u"create"_s;
        runStep(row, 0);
    };
    ApiCall *call = nullptr;
    if (r.hash.isEmpty())
        call = m_api->create(r.userId, r.email, r.phone, r.password, r.name, this, onCreated);
    else
        call = m_api->createWithHash(r.createPath().mid(7), r.createBody(), this, onCreated);
    m_inFlight.insert(row, call);
}

void ImportJob::checkExisting(int row, const ApiError &conflict)
{
    ImportRow sent = m_rows.at(row);
    sent.userId = createId(row);
    ApiCall *call = m_api->get(sent.userId, this, [this, row, sent, conflict](const ApiResult<User> &res) {
        m_inFlight.remove(row);
        RowResult &result = m_results[row];
        const QString *sentPhone = sent.hash.isEmpty() ? &sent.phone : nullptr; // hash imports set it later
        if (!res.ok() || res.value.id != sent.userId
            || !UsersApi::isSentUser(res.value, sent.name, sent.email, sentPhone)) {
            result.state = RowState::Failed;
            result.failedStep = u"create"_s;
            result.error = conflict;
            endRow(row);
            return;
        }
        result.userId = res.value.id;
        result.done << u"create"_s;
        runStep(row, 0);
    });
    m_inFlight.insert(row, call);
}

void ImportJob::runStep(int row, int step)
{
    const QList<Step> &steps = m_steps[row];
    RowResult &result = m_results[row];
    if (step >= steps.size()) {
        result.state = RowState::Created;
        endRow(row);
        return;
    }
    const Step &s = steps.at(step);
    ApiCall *call = s.run(result.userId, [this, row, step](const ApiError &e) {
        m_inFlight.remove(row);
        RowResult &res = m_results[row];
        if (e.isError()) {
            // The user exists but is not complete: report exactly which part is missing.
            res.state = RowState::Partial;
            res.failedStep = m_steps[row].at(step).name;
            res.error = e;
            endRow(row);
            return;
        }
        res.done << m_steps[row].at(step).name;
        runStep(row, step + 1);
    });
    m_inFlight.insert(row, call);
}

void ImportJob::endRow(int row)
{
    m_steps.remove(row);
    ++m_completed;
    Q_EMIT rowFinished(row);
    Q_EMIT progressChanged(m_completed, m_total);
    pump();
    if (m_running && m_queue.isEmpty() && m_inFlight.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

void ImportJob::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_queue.clear();
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (auto it = inFlight.begin(); it != inFlight.end(); ++it) {
        RowResult &res = m_results[it.key()];
        // A row cut off after its create is partial; before it, it failed — the server may or may not have the
        // user, which the report says.
        if (res.userId.isEmpty()) {
            res.state = RowState::Failed;
            res.failedStep = u"create"_s;
        } else {
            res.state = RowState::Partial;
            res.failedStep = m_steps.value(it.key()).value(res.done.size() - 1).name;
        }
        res.error = ApiError(ApiError::Kind::Cancelled, 0, {}, {});
        if (it.value())
            it.value()->abort();
    }
    Q_EMIT finished();
}

} // namespace Userdesk
