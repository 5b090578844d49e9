// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_models: bytes -> QJsonDocument -> every model's fromJson() and every parsePage<T>(). Whatever parses must
// survive the round trip toJson() -> fromJson() -> toJson() unchanged (the client re-serialises models for the
// export and the server stores them), and the error path must name a field.

#include "fuzz/fuzzsupport.h"
#include "protocol/models.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;
using namespace Userdesk;

namespace {

QString dump(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

template<class T> void checkModel(const QJsonObject &json)
{
    const Result<T> first = T::fromJson(json);
    if (!first) {
        USERDESK_FUZZ_CHECK(!first.error().isEmpty(), dump(json));
        return;
    }
    const QJsonObject once = first.value().toJson();
    const Result<T> second = T::fromJson(once);
    USERDESK_FUZZ_CHECK(
        second.ok(), u"input "_s + dump(json) + u"\nemitted "_s + dump(once) + u"\nerror "_s + second.error());
    const QJsonObject twice = second.value().toJson();
    USERDESK_FUZZ_CHECK(
        once == twice, u"input "_s + dump(json) + u"\nonce  "_s + dump(once) + u"\ntwice "_s + dump(twice));
}

template<> void checkModel<User>(const QJsonObject &json)
{
    const Result<User> first = User::fromJson(json);
    if (!first)
        return;
    for (const bool account : { false, true }) {
        const QJsonObject once = first.value().toJson(account);
        const Result<User> second = User::fromJson(once);
        USERDESK_FUZZ_CHECK(
            second.ok(), u"input "_s + dump(json) + u"\nemitted "_s + dump(once) + u"\nerror "_s + second.error());
        const QJsonObject twice = second.value().toJson(account);
        USERDESK_FUZZ_CHECK(
            once == twice, u"input "_s + dump(json) + u"\nonce  "_s + dump(once) + u"\ntwice "_s + dump(twice));
    }
}

template<class T> void checkPage(const QJsonObject &json, QStringView pluralKey)
{
    const Result<Page<T>> first = parsePage<T>(json, pluralKey);
    if (!first) {
        USERDESK_FUZZ_CHECK(!first.error().isEmpty(), dump(json));
        return;
    }
    USERDESK_FUZZ_CHECK(first.value().total >= 0, dump(json));
    const QJsonObject once = pageToJson(first.value(), pluralKey);
    const Result<Page<T>> second = parsePage<T>(once, pluralKey);
    USERDESK_FUZZ_CHECK(
        second.ok(), u"input "_s + dump(json) + u"\nemitted "_s + dump(once) + u"\nerror "_s + second.error());
    USERDESK_FUZZ_CHECK(pageToJson(second.value(), pluralKey) == once, dump(json));
}

void checkObject(const QJsonObject &o)
{
    checkModel<User>(o);
    checkModel<Session>(o);
    checkModel<LogEntry>(o);
    checkModel<Identity>(o);
    checkModel<Membership>(o);
    checkModel<Team>(o);
    checkModel<ApiKey>(o);
    checkModel<Token>(o);
    checkModel<Target>(o);
    checkModel<OAuthProvider>(o);
    checkModel<Project>(o);

    checkPage<User>(o, u"users");
    checkPage<Session>(o, u"sessions");
    checkPage<LogEntry>(o, u"logs");
    checkPage<Identity>(o, u"identities");
    checkPage<Membership>(o, u"memberships");
    checkPage<ApiKey>(o, u"keys");
    checkPage<Project>(o, u"projects");
    checkPage<Team>(o, u"teams");
    checkPage<Target>(o, u"targets");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return 0;
    if (doc.isObject()) {
        checkObject(doc.object());
    } else if (doc.isArray()) {
        // A bare array exercises the element loop as the `users` of a page and each element as a model.
        const QJsonArray array = doc.array();
        checkObject(QJsonObject { { u"users"_s, array }, { u"sessions"_s, array }, { u"logs"_s, array } });
        for (const QJsonValue &v : array) {
            if (v.isObject())
                checkObject(v.toObject());
        }
    }
    return 0;
}
