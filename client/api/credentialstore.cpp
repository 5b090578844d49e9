// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/credentialstore.h"

#include "client/state/logging.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

void deliver(QObject *context, const CredentialStore::Callback &callback, CredentialStore::Outcome outcome)
{
    // Always asynchronous, so callers have one code path whatever the backend.
    QTimer::singleShot(0, context, [callback, outcome = std::move(outcome)]() {
        if (callback)
            callback(outcome);
    });
}

// Errors that mean "there is no usable Secret Service / wallet here" rather than "this entry failed".
bool isMissingBackend(QKeychain::Error error, const QString &text)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    static const QStringList hints = {u"D-Bus"_s, u"DBus"_s, u"org.freedesktop.secrets"_s, u"Unknown error"_s,
                                      u"autolaunch"_s, u"Could not open wallet"_s, u"not provided by any"_s,
                                      u"Object does not exist at path"_s};
    for (const QString &h : hints) {
        if (text.contains(h, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

void MemoryCredentialStore::read(const QString &account, QObject *context, Callback callback)
{
    Outcome o;
    const auto it = m_secrets.constFind(account);
    if (it == m_secrets.constEnd())
        o.status = Status::NotFound;
    else
        o.secret = *it;
    deliver(context ? context : this, callback, o);
}

void MemoryCredentialStore::write(const QString &account, const QString &secret, QObject *context, Callback callback)
{
    m_secrets.insert(account, secret);
    deliver(context ? context : this, callback, Outcome {});
}

void MemoryCredentialStore::remove(const QString &account, QObject *context, Callback callback)
{
    m_secrets.remove(account);
    deliver(context ? context : this, callback, Outcome {});
}

// ---------------------------------------------------------------------------------------------------------------

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{
}

void KeychainCredentialStore::read(const QString &account, QObject *context, Callback callback)
{
    if (m_writesInFlight.value(account) > 0) {
        m_readsAfterWrite[account].append(WaitingRead {context ? context : this, std::move(callback)});
        return;
    }
    if (m_backendAvailable && m_sessionOnly.contains(account)) {
        // Its write was refused earlier in this run: the key lives in memory until the run ends.
        Outcome o;
        o.status = Status::SessionOnly;
        o.secret = m_sessionOnly.value(account);
        deliver(context ? context : this, callback, o);
        return;
    }
    run(Op::Read, account, {}, context ? context : this, std::move(callback), false);
}

void KeychainCredentialStore::write(const QString &account, const QString &secret, QObject *context,
                                    Callback callback)
{
    ++m_writesInFlight[account];
    // The store itself is the job's context, so waiting reads are answered even when the writer is gone.
    QPointer<QObject> writer = context ? context : this;
    run(Op::Write, account, secret, this,
        [this, account, secret, writer, callback = std::move(callback)](const Outcome &outcome) {
            if (writer && callback)
                callback(outcome);
            finishWrite(account, secret, outcome);
        },
        false);
}

void KeychainCredentialStore::finishWrite(const QString &account, const QString &secret, const Outcome &outcome)
{
    if (!outcome.ok())
        m_sessionOnly.insert(account, secret);
    else if (m_backendAvailable)
        m_sessionOnly.remove(account);
    if (--m_writesInFlight[account] > 0)
        return; // a later write of the same entry answers the waiting reads
    m_writesInFlight.remove(account);
    const QList<WaitingRead> waiting = m_readsAfterWrite.take(account);
    for (const WaitingRead &read : waiting) {
        if (!read.context)
            continue;
        Outcome answer;
        answer.status = outcome.status; // Ok, or SessionOnly without a keychain
        answer.secret = secret;
        if (!outcome.ok()) {
            // The keychain refused the entry (locked, denied): the key the admin gave is still used, from memory
            // for this run only, and the reader is told why it was not stored.
            answer.status = Status::SessionOnly;
            answer.message = outcome.message;
        }
        deliver(read.context, read.callback, answer);
    }
}

void KeychainCredentialStore::remove(const QString &account, QObject *context, Callback callback)
{
    if (m_backendAvailable)
        m_sessionOnly.remove(account); // a key kept in memory after a refused write goes too
    run(Op::Remove, account, {}, context ? context : this, std::move(callback), false);
}

void KeychainCredentialStore::run(Op op, const QString &account, const QString &secret, QPointer<QObject> context,
                                  Callback callback, bool retried)
{
    if (!m_backendAvailable) {
        // No keychain on this machine: memory for this run only, never disk.
        Outcome o;
        switch (op) {
        case Op::Read:
            if (m_sessionOnly.contains(account)) {
                o.status = Status::SessionOnly;
                o.secret = m_sessionOnly.value(account);
            } else {
                o.status = Status::NotFound;
            }
            break;
        case Op::Write:
            m_sessionOnly.insert(account, secret);
            o.status = Status::SessionOnly;
            break;
        case Op::Remove:
            m_sessionOnly.remove(account);
            o.status = Status::SessionOnly;
            break;
        }
        if (context)
            deliver(context, callback, o);
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service, this);
        w->setTextData(secret);
        job = w;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, op, account, secret, context, callback, retried](
                                                      QKeychain::Job *j) {
        const QKeychain::Error error = j->error();
        const QString text = j->errorString();
        Outcome o;
        if (error == QKeychain::NoError) {
            if (op == Op::Read)
                o.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        } else if (error == QKeychain::EntryNotFound) {
            o.status = op == Op::Remove ? Status::Ok : Status::NotFound;
        } else if (isMissingBackend(error, text)) {
            if (!retried) {
                // The Secret Service may still be starting (login session): one retry after a short delay.
                qCInfo(lcKeychain) << "keychain not ready, retrying once:" << text;
                QTimer::singleShot(500, this, [this, op, account, secret, context, callback]() {
                    run(op, account, secret, context, callback, true);
                });
                return;
            }
            qCWarning(lcKeychain) << "no keychain backend available; keys are kept for this session only:" << text;
            m_backendAvailable = false;
            run(op, account, secret, context, callback, true);
            return;
        } else if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser) {
            o.status = Status::Denied;
            o.message = text;
        } else {
            o.status = Status::Error;
            o.message = text;
        }
        qCDebug(lcKeychain) << "keychain job" << int(op) << "finished with" << int(o.status);
        if (context && callback)
            callback(o);
    });
    job->start();
}

} // namespace Userdesk
