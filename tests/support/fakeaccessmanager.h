// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>

namespace Userdesk::Test {

/// Canned answers for faults a real server cannot produce on demand (like Nextcloud's FakeQNAM): garbage bytes,
/// resets mid-body, hanging replies, transport errors. Each request pops the next answer; when the queue is empty
/// the fallback answer is used. Replies emit through queued calls and are owned through the parent.
class FakeAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 200; // 0 => transport error
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        bool hang = false; // never finishes (until aborted or timed out)
    };

    explicit FakeAccessManager(QObject *parent = nullptr);

    void enqueue(const Answer &answer) { m_queue.append(answer); }
    void setFallback(const Answer &answer) { m_fallback = answer; }
    static Answer json(int status, const QByteArray &body);
    static Answer transportError(QNetworkReply::NetworkError error);

    int requestCount() const { return m_requests; }
    const QList<QNetworkRequest> &requests() const { return m_seen; }
    const QList<QByteArray> &verbs() const { return m_verbs; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QList<Answer> m_queue;
    Answer m_fallback;
    int m_requests = 0;
    QList<QNetworkRequest> m_seen;
    QList<QByteArray> m_verbs;
};

class FakeReply final : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const QByteArray &verb,
              const FakeAccessManager::Answer &answer, QObject *parent);
    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();
    FakeAccessManager::Answer m_answer;
    QByteArray m_buffer;
    bool m_done = false;
};

} // namespace Userdesk::Test
