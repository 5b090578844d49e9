// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_query: bytes -> Query::parse -> validateQueries against the users attributes (and the logs endpoints'
// limit/offset-only rules). A parsed query's toString() must parse back to an equal query, and so must its
// toJsonObject(); validation must give the same verdict for the original and the round-tripped query.

#include "fuzz/fuzzsupport.h"
#include "protocol/query.h"
#include "protocol/queryvalidator.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Userdesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Query> parsed = Query::parse(text);

    // The server's path: parse + validate in one go, as GET /v1/users and the logs endpoints do.
    QList<Query> out;
    const QString usersError = parseAndValidateQueries({ text }, userQueryAttributes(), &out);
    parseAndValidateQueries({ text }, {}, nullptr, false, false);
    if (!parsed) {
        USERDESK_FUZZ_CHECK(parsed.error().startsWith(u"Invalid query"_s), parsed.error());
        USERDESK_FUZZ_CHECK(!usersError.isEmpty(), text);
        return 0;
    }
    const Query &query = parsed.value();
    const QString error = validateQueries({ query }, userQueryAttributes());
    USERDESK_FUZZ_CHECK(error == usersError, text + u"\n"_s + error + u"\n"_s + usersError);
    if (error.isEmpty())
        USERDESK_FUZZ_CHECK(out.size() == 1 && out.first() == query, text);

    const QString serialised = query.toString();
    const Result<Query> again = Query::parse(serialised);
    USERDESK_FUZZ_CHECK(again.ok(), u"input "_s + text + u"\nemitted "_s + serialised + u"\nerror "_s + again.error());
    USERDESK_FUZZ_CHECK(again.value() == query, u"input "_s + text + u"\nemitted "_s + serialised);
    USERDESK_FUZZ_CHECK(again.value().toString() == serialised, u"input "_s + text + u"\nemitted "_s + serialised);
    USERDESK_FUZZ_CHECK(validateQueries({ again.value() }, userQueryAttributes()) == error, text);

    const Result<Query> fromObject = Query::fromJsonObject(query.toJsonObject());
    USERDESK_FUZZ_CHECK(fromObject.ok() && fromObject.value() == query,
        u"input "_s + text + u"\nobject "_s
            + QString::fromUtf8(QJsonDocument(query.toJsonObject()).toJson(QJsonDocument::Compact)));
    return 0;
}
