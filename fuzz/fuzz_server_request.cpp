// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_server_request: bytes -> one HTTP request (method, credentials, content type, path, query string, headers,
// body) -> userdesk-server's request handling (FuzzEntry: cpp-httplib's parser + Api::handle, no socket) against a
// fresh copy of a seeded database (project `fuzz` with a key, users with sessions, a console admin). The answer
// must be 2xx/3xx/4xx, never 5xx, and every error must carry an Appwrite error body.
//
// Input layout (see fuzz/README.md):
//   byte 0: bits 0-2 method, bits 3-5 credentials preset, bits 6-7 Content-Type preset
//   then lines: path, query string (without '?'), header lines "Name: value", an empty line, and the body;
//   the last byte also picks the Appwrite release the server answers as (its value modulo the number of releases
//   it emulates), so one corpus covers every release.

#include "fuzz/fuzzsupport.h"
#include "protocol/authconfig.h"
#include "server/api.h"
#include "server/crypto.h"
#include "server/fuzzentry.h"
#include "server/repository.h"
#include "server/storage.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Server;

namespace {

constexpr std::array<std::string_view, 8> methods { "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "GET" };
constexpr std::array<std::string_view, 4> contentTypes { "", "application/json", "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=fuzz" };

// Fixed secrets so that the corpus can carry working credentials.
constexpr auto keySecret = "standard_fuzzkey";
constexpr auto expiredKeySecret = "standard_expiredfuzzkey";
constexpr auto aliceSecret = "alicesecret";
constexpr auto rootSecret = "rootsecret";
constexpr auto jwtKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

struct State
{
    std::unique_ptr<QTemporaryDir> dir;
    QString templateDb;
    QString workDir;
    std::unique_ptr<FuzzEntry> entry;
    std::string aliceCookie;
    std::string rootCookie;
    bool verbose = false; // USERDESK_FUZZ_VERBOSE=1: print each request's status (corpus maintenance)
};
std::unique_ptr<State> s_state; // destroyed at exit: closes the database, removes the folder

std::string sessionCookie(const char *userId, const char *secret)
{
    const QJsonObject o { { u"id"_s, QString::fromLatin1(userId) }, { u"secret"_s, QString::fromLatin1(secret) } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64().toStdString();
}

void insertSession(Storage &storage, const QString &project, const QString &userId, const char *secret)
{
    SessionRecord s;
    s.project = project;
    s.id = userId + u"session"_s;
    s.userId = userId;
    s.createdAt = QDateTime::currentDateTimeUtc();
    s.updatedAt = s.createdAt;
    s.expire = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    s.provider = u"email"_s;
    s.secretHash = Crypto::sha256Hex(QByteArray(secret));
    s.factors = { u"password"_s };
    s.ip = u"127.0.0.1"_s;
    s.userAgent = u"Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36"_s;
    storage.write([&](Database &db) { Repo::insertSession(db, s); });
}

void insertKey(Storage &storage, const char *secret, const QDateTime &expire)
{
    KeyRecord k;
    k.projectId = u"fuzz"_s;
    k.key.id = QString::fromLatin1(secret).right(12);
    k.key.createdAt = QDateTime::currentDateTimeUtc();
    k.key.updatedAt = k.key.createdAt;
    k.key.name = u"Fuzz key"_s;
    k.key.scopes = AuthConfig::keyScopes();
    k.key.expire = expire;
    k.key.secret = QString::fromLatin1(secret);
    storage.write([&](Database &db) { Repo::insertKey(db, k); });
}

/// The seeded database every input starts from: console admin `root` owning team `fuzzteam` and project `fuzz`,
/// an all-scopes key, users `alice` (password, session) and `bob`, a fixed JWT key.
void seed(State &state)
{
    const QString templateDir = state.dir->filePath(u"template"_s);
    QString error;
    FuzzEntry &entry = *state.entry;
    if (!entry.open(templateDir, false, &error))
        Fuzz::fail("open the template database", error);
    Api &api = entry.api();
    entry.storage().write([](Database &db) { Repo::setMeta(db, u"jwtKey"_s, QString::fromLatin1(jwtKey)); });
    const UserRecord root
        = api.createAccount(Api::consoleProject(), u"root"_s, u"root@fuzz.test"_s, u"root-password-1"_s, u"Root"_s);
    api.createTeam(u"console"_s, u"fuzzteam"_s, u"Fuzz team"_s, root);
    const ProjectRecord project = api.createProject(u"fuzz"_s, u"Fuzz"_s, u"fuzzteam"_s, {});
    insertKey(entry.storage(), keySecret, {});
    insertKey(entry.storage(), expiredKeySecret, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
    api.createAccount(project, u"alice"_s, u"alice@example.com"_s, u"alice-password-1"_s, u"Alice Example"_s);
    api.createAccount(project, u"bob"_s, u"bob@example.org"_s, u"bob-password-12"_s, u"Bob"_s);
    insertSession(entry.storage(), u"fuzz"_s, u"alice"_s, aliceSecret);
    insertSession(entry.storage(), u"console"_s, u"root"_s, rootSecret);
    entry.close();
    state.templateDb = QDir(templateDir).filePath(u"userdesk.db"_s);
}

void resetWorkDatabase(const State &state)
{
    const QString db = QDir(state.workDir).filePath(u"userdesk.db"_s);
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(db + suffix);
    if (!QFile::copy(state.templateDb, db))
        Fuzz::fail("copy the template database", db);
}

std::string_view nextLine(std::string_view &rest)
{
    const size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

QString describe(std::string_view method, const std::string &target, const FuzzEntry::Headers &headers,
    std::string_view body, const FuzzEntry::Response &response)
{
    QString out = QString::fromLatin1(method.data(), qsizetype(method.size())) + u' '
        + QString::fromUtf8(target.data(), qsizetype(target.size())) + u'\n';
    for (const auto &[name, value] : headers)
        out += QString::fromUtf8(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    out += u"\n"_s + QString::fromUtf8(body.data(), qsizetype(std::min<size_t>(body.size(), 2000))) + u"\n--> "_s
        + QString::number(response.status) + u"\n"_s + QString::fromStdString(response.body);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietLogging();
    s_state = std::make_unique<State>();
    // SQLite files in RAM when the machine has /dev/shm: one database copy per input.
    const QString base = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm/userdesk-fuzz-XXXXXX"_s
                                                      : QDir::tempPath() + u"/userdesk-fuzz-XXXXXX"_s;
    s_state->dir = std::make_unique<QTemporaryDir>(base);
    if (!s_state->dir->isValid())
        Fuzz::fail("temporary folder", s_state->dir->errorString());
    s_state->workDir = s_state->dir->filePath(u"work"_s);
    QDir().mkpath(s_state->workDir);
    s_state->entry = std::make_unique<FuzzEntry>();
    seed(*s_state);
    s_state->aliceCookie = sessionCookie("alice", aliceSecret);
    s_state->rootCookie = sessionCookie("root", rootSecret);
    s_state->verbose = qEnvironmentVariableIsSet("USERDESK_FUZZ_VERBOSE");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    State &state = *s_state;
    const std::uint8_t flags = data[0];
    std::string_view rest(reinterpret_cast<const char *>(data) + 1, size - 1);
    const std::string_view method = methods.at(flags & 7u);
    const std::string_view contentType = contentTypes.at((flags >> 6) & 3u);

    FuzzEntry::Headers headers;
    switch ((flags >> 3) & 7u) {
    case 0:
        break;
    case 1:
        headers.emplace_back("X-Appwrite-Project", "fuzz");
        break;
    case 2:
        headers.emplace_back("X-Appwrite-Project", "fuzz");
        headers.emplace_back("X-Appwrite-Key", keySecret);
        break;
    case 3:
        headers.emplace_back("X-Appwrite-Project", "fuzz");
        headers.emplace_back("Cookie", "a_session_fuzz=" + state.aliceCookie);
        break;
    case 4:
        headers.emplace_back("X-Appwrite-Project", "console");
        headers.emplace_back("Cookie", "a_session_console=" + state.rootCookie);
        break;
    case 5:
        headers.emplace_back("X-Appwrite-Project", "fuzz");
        headers.emplace_back("X-Appwrite-Mode", "admin");
        headers.emplace_back("Cookie", "a_session_console=" + state.rootCookie);
        break;
    case 6:
        headers.emplace_back("X-Appwrite-Project", "fuzz");
        headers.emplace_back("X-Appwrite-Session", state.aliceCookie);
        break;
    default:
        headers.emplace_back("X-Appwrite-Project", "fuzz");
        headers.emplace_back("X-Fallback-Cookies", "{\"a_session_fuzz\":\"" + state.aliceCookie + "\"}");
        break;
    }
    if (!contentType.empty())
        headers.emplace_back("Content-Type", std::string(contentType));

    const std::string_view path = nextLine(rest);
    const std::string_view query = nextLine(rest);
    std::string target(path);
    if (!query.empty())
        target.append("?").append(query);
    bool hasRange = false;
    while (!rest.empty()) {
        const std::string_view line = nextLine(rest);
        if (line.empty())
            break;
        const size_t colon = line.find(':');
        std::string name(line.substr(0, colon));
        std::string value;
        if (colon != std::string_view::npos) {
            value = std::string(line.substr(colon + 1));
            const size_t first = value.find_first_not_of(' ');
            value.erase(0, first == std::string::npos ? value.size() : first);
        }
        hasRange = hasRange || QByteArray::fromStdString(name).compare("Range", Qt::CaseInsensitive) == 0;
        headers.emplace_back(std::move(name), std::move(value));
    }
    const std::string_view body = rest;

    const QList<Release> releases = Release::emulated();
    const Release release = releases.at(data[size - 1] % releases.size());
    resetWorkDatabase(state);
    QString error;
    if (!state.entry->open(state.workDir, true, &error, release))
        Fuzz::fail("open the work database", error);
    const FuzzEntry::Response response = state.entry->handle(method, target, headers, body);
    state.entry->close();
    if (state.verbose) {
        std::fprintf(stderr, "%.*s %s -> %d %.200s\n", int(method.size()), method.data(), target.c_str(),
            response.status, response.body.c_str());
    }

    // The only 5xx the server means to give: e-mail and SMS delivery are not configured (Appwrite's 503s).
    const bool deliveryNotConfigured = response.status == 503
            && (response.body.find("\"general_smtp_disabled\"") != std::string::npos
                || response.body.find("\"general_phone_disabled\"") != std::string::npos);
    USERDESK_FUZZ_CHECK((response.status >= 200 && response.status < 500) || deliveryNotConfigured,
        u"as Appwrite "_s + release.toString() + u'\n' + describe(method, target, headers, body, response));
    const bool inspectBody = method != "HEAD" && response.header("Content-Encoding").empty() && !hasRange;
    if (response.status >= 400 && inspectBody) {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(response.body));
        const QJsonObject o = doc.object();
        USERDESK_FUZZ_CHECK(doc.isObject() && o.value(u"message").isString() && o.value(u"type").isString()
                && !o.value(u"type").toString().isEmpty() && o.value(u"code").toInt() == response.status
                && o.value(u"version").toString() == release.toString(),
            u"as Appwrite "_s + release.toString() + u'\n' + describe(method, target, headers, body, response));
    } else if (response.status < 300 && inspectBody && !response.body.empty()
        && response.header("Content-Type").find("json") != std::string::npos) {
        QJsonParseError parseError {};
        QJsonDocument::fromJson(QByteArray::fromStdString(response.body), &parseError);
        USERDESK_FUZZ_CHECK(
            parseError.error == QJsonParseError::NoError, u"as Appwrite "_s + release.toString() + u'\n' + describe(method, target, headers, body, response));
    }
    return 0;
}
