// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Userdesk {

/// Where API keys live (the OS keychain, or memory for this run when there is none): asynchronous, behind an
/// interface. Callbacks run on the GUI thread and are dropped when `context` is destroyed.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Status {
        Ok,
        NotFound, ///< read of a missing entry
        SessionOnly, ///< no keychain backend: kept in memory for this run only, never written to disk
        Denied, ///< the keychain refused (locked collection, user cancelled)
        Error,
    };
    struct Outcome
    {
        Status status = Status::Ok;
        QString secret; ///< read only
        QString message; ///< backend's text for errors
        bool ok() const { return status == Status::Ok || status == Status::SessionOnly; }
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit CredentialStore(QObject *parent = nullptr) : QObject(parent) { }
    ~CredentialStore() override = default;

    virtual void read(const QString &account, QObject *context, Callback callback) = 0;
    virtual void write(const QString &account, const QString &secret, QObject *context, Callback callback) = 0;
    virtual void remove(const QString &account, QObject *context, Callback callback) = 0;
    /// False after the backend was found missing (the UI says so plainly).
    virtual bool isPersistent() const = 0;
};

/// In memory only: tests, and the no-backend fallback.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr) : CredentialStore(parent) { }
    void read(const QString &account, QObject *context, Callback callback) override;
    void write(const QString &account, const QString &secret, QObject *context, Callback callback) override;
    void remove(const QString &account, QObject *context, Callback callback) override;
    bool isPersistent() const override { return false; }
    int size() const { return int(m_secrets.size()); }

private:
    QHash<QString, QString> m_secrets;
};

/// The OS keychain through QtKeychain (Secret Service on Linux), insecure fallback always off. When no backend is
/// available, keys are kept in memory for this run (Status::SessionOnly) and isPersistent() turns false. A job
/// that fails because the backend is not up yet is retried once after a short delay (Nextcloud). A read of an
/// entry whose write is still on its way waits for that write and answers with the written secret, so a caller
/// that stores a key and opens the profile at once (`userdesk --api-key-file`) never reads the old or no key.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(QString service, QObject *parent = nullptr);
    void read(const QString &account, QObject *context, Callback callback) override;
    void write(const QString &account, const QString &secret, QObject *context, Callback callback) override;
    void remove(const QString &account, QObject *context, Callback callback) override;
    bool isPersistent() const override { return m_backendAvailable; }

private:
    enum class Op { Read, Write, Remove };
    void run(Op op, const QString &account, const QString &secret, QPointer<QObject> context, Callback callback,
             bool retried);
    void finishWrite(const QString &account, const QString &secret, const Outcome &outcome);

    struct WaitingRead
    {
        QPointer<QObject> context;
        Callback callback;
    };

    QString m_service;
    bool m_backendAvailable = true;
    QHash<QString, QString> m_sessionOnly;
    QHash<QString, int> m_writesInFlight; ///< account → writes not finished yet
    QHash<QString, QList<WaitingRead>> m_readsAfterWrite;
};

} // namespace Userdesk
