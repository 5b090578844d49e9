// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/fakeaccessmanager.h"

#include <QTimer>

namespace Userdesk::Test {

FakeAccessManager::FakeAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    m_fallback = json(200, "{}");
}

FakeAccessManager::Answer FakeAccessManager::json(int status, const QByteArray &body)
{
    Answer a;
    a.status = status;
    a.body = body;
    a.headers = {{"Content-Type", "application/json"}};
    return a;
}

FakeAccessManager::Answer FakeAccessManager::transportError(QNetworkReply::NetworkError error)
{
    Answer a;
    a.status = 0;
    a.error = error;
    return a;
}

QNetworkReply *FakeAccessManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    ++m_requests;
    m_seen.append(request);
    QByteArray verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    if (verb.isEmpty()) {
        switch (op) {
        case GetOperation:
            verb = "GET";
            break;
        case PostOperation:
            verb = "POST";
            break;
        case PutOperation:
            verb = "PUT";
            break;
        case DeleteOperation:
            verb = "DELETE";
            break;
        case HeadOperation:
            verb = "HEAD";
            break;
        default:
            verb = "CUSTOM";
        }
    }
    m_verbs.append(verb);
    if (outgoingData)
        outgoingData->readAll();
    const Answer answer = m_queue.isEmpty() ? m_fallback : m_queue.takeFirst();
    return new FakeReply(request, op, verb, answer, this);
}

FakeReply::FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const QByteArray &verb,
                     const FakeAccessManager::Answer &answer, QObject *parent)
    : QNetworkReply(parent)
    , m_answer(answer)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
    open(QIODevice::ReadOnly);
    if (!answer.hang)
        QMetaObject::invokeMethod(this, &FakeReply::respond, Qt::QueuedConnection);
    else if (request.transferTimeout() > 0) {
        // Like QNAM's transfer timeout: the reply is cancelled when nothing arrives in time.
        QTimer::singleShot(request.transferTimeout(), this, [this]() {
            if (!m_done) {
                m_done = true;
                setError(OperationCanceledError, QStringLiteral("Operation canceled"));
                Q_EMIT errorOccurred(OperationCanceledError);
                setFinished(true);
                Q_EMIT finished();
            }
        });
    }
}

void FakeReply::respond()
{
    if (m_done)
        return;
    m_done = true;
    if (m_answer.status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        for (const auto &[k, v] : m_answer.headers)
            setRawHeader(k, v);
        if (m_answer.headers.isEmpty() == false) {
            for (const auto &[k, v] : m_answer.headers) {
                if (k.compare("Content-Type", Qt::CaseInsensitive) == 0)
                    setHeader(QNetworkRequest::ContentTypeHeader, v);
            }
        }
        m_buffer = m_answer.body;
        Q_EMIT metaDataChanged();
        if (!m_buffer.isEmpty())
            Q_EMIT readyRead();
    }
    if (m_answer.error != NoError) {
        setError(m_answer.error, QStringLiteral("Fake network error %1").arg(int(m_answer.error)));
        Q_EMIT errorOccurred(m_answer.error);
    } else if (m_answer.status >= 400) {
        setError(ProtocolInvalidOperationError, QStringLiteral("HTTP %1").arg(m_answer.status));
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_buffer.size());
    memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    return n;
}

} // namespace Userdesk::Test
