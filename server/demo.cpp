// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// --demo: Appwrite's first run done in-process through the same functions the HTTP routes use, plus generated
// users. Users share one precomputed argon2 hash and are inserted in large transactions, so thousands take
// seconds; a million (benchmarks, --seed-users) is bulk-loaded in seconds (bulkSeedUsers).
#include "protocol/ids.h"
#include "server/api.h"
#include "server/appwriteserver.h"
#include "server/controller.h"
#include "server/crypto.h"
#include "server/httperror.h"
#include "server/logging.h"
#include "server/releasescopes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

constexpr const char16_t *firstNames[] = {
    u"Olivia", u"Liam",   u"Emma",    u"Noah",   u"Amelia", u"Oliver", u"Ava",     u"Elijah", u"Sophia", u"Lucas",
    u"Mia",    u"Mateo",  u"Isabella", u"Levi",  u"Charlotte", u"Leon", u"Hannah", u"Jonas",  u"Lena",   u"Felix",
    u"Marie",  u"Paul",   u"Sofia",   u"Luca",   u"Yuki",   u"Haruto", u"Aiko",    u"Wei",    u"Mei",    u"Arjun",
    u"Priya",  u"Omar",   u"Fatima",  u"Ali",    u"Zara",   u"Diego",  u"Valentina", u"Santiago", u"Camila", u"Mateus",
    u"Chloé",  u"Jules",  u"Léa",     u"Hugo",   u"Giulia", u"Marco",  u"Elena",   u"Nikolai", u"Anya",  u"Björn",
    u"Ingrid", u"Sven",   u"Freya",   u"Kwame",  u"Amara",  u"Tariq",  u"Leila",   u"Noor",   u"Ethan",  u"Grace",
};
constexpr const char16_t *lastNames[] = {
    u"Smith",   u"Johnson", u"Williams", u"Brown",   u"Jones",   u"Garcia",  u"Miller",   u"Davis",  u"Rodriguez",
    u"Martinez", u"Müller", u"Schmidt",  u"Schneider", u"Fischer", u"Weber", u"Meyer",    u"Wagner", u"Becker",
    u"Tanaka",  u"Suzuki",  u"Sato",     u"Wang",    u"Li",      u"Zhang",   u"Kumar",    u"Sharma", u"Patel",
    u"Haddad",  u"Khan",    u"Silva",    u"Santos",  u"Oliveira", u"Dubois", u"Martin",   u"Bernard", u"Rossi",
    u"Russo",   u"Ferrari", u"Ivanov",   u"Petrov",  u"Nielsen", u"Hansen",  u"Andersson", u"Mensah", u"Okafor",
    u"Nguyen",  u"Tran",    u"Kim",      u"Park",    u"Lee",     u"O'Brien", u"Murphy",   u"Walsh",  u"Cohen",
};
constexpr const char16_t *domains[] = { u"example.com", u"mail.example.org", u"acme.test", u"globex.test",
                                        u"initech.test", u"umbrella.test", u"example.net", u"userdesk.test" };
constexpr const char16_t *labelPool[] = { u"vip", u"beta", u"staff", u"premium", u"newsletter", u"trial",
                                          u"enterprise", u"partner" };
constexpr const char16_t *userAgents[] = {
    u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 "
    u"Safari/537.36",
    u"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    u"Safari/605.1.15",
    u"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    u"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    u"Version/17.4 Mobile/15E148 Safari/604.1",
    u"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile "
    u"Safari/537.36",
};

template<class T, std::size_t N>
QString pick(QRandomGenerator &rng, const T (&array)[N])
{
    return QString::fromUtf16(array[rng.bounded(static_cast<quint32>(N))]);
}

QString asciiFold(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

QString generatePassword()
{
    // 18 random bytes => 24 URL-safe characters.
    return QString::fromLatin1(Crypto::randomBytes(18).toBase64(QByteArray::Base64UrlEncoding));
}

bool writeSecrets(const QString &path, const QJsonObject &secrets, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = u"Cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Indented));
    return file.flush();
}

/// A user.create log and, for a quarter of the active users, 1-3 sessions with their logs. Consistent as Appwrite
/// would have it: a session starts after the user registered and not in the future, and the user's last
/// activity is not before their newest session (Appwrite sets accessedAt when a session is created).
void addActivity(QRandomGenerator &rng, const ProjectRecord &project, UserRecord &r, const QDateTime &end,
                 Database &db)
{
    const QDateTime created = r.user.createdAt;
    QDateTime newestSession;
    LogRecord l = userLogEntry(project.id, r, u"user.create"_s);
    l.ip = u"203.0.113.%1"_s.arg(rng.bounded(254) + 1);
    l.time = created;
    l.userAgent = pick(rng, userAgents);
    Repo::insertLog(db, l);
    if (r.user.status && rng.bounded(100) < 25) {
        const int sessions = 1 + static_cast<int>(rng.bounded(3));
        for (int s = 0; s < sessions; ++s) {
            SessionRecord rec;
            rec.project = project.id;
            rec.id = Ids::unique();
            rec.userId = r.user.id;
            rec.createdAt = std::max(created, end.addSecs(-static_cast<qint64>(rng.bounded(86400 * 20))));
            rec.updatedAt = rec.createdAt;
            newestSession = std::max(newestSession, rec.createdAt);
            rec.expire = rec.createdAt.addSecs(project.auth().duration);
            rec.provider = r.user.email.isEmpty() ? u"anonymous"_s : u"email"_s;
            rec.providerUid = r.user.email;
            rec.secretHash = Crypto::sha256Hex(Crypto::randomBytes(32));
            rec.factors = { r.user.email.isEmpty() ? u"anonymous"_s : u"password"_s };
            rec.ip = u"198.51.100.%1"_s.arg(rng.bounded(254) + 1);
            rec.userAgent = pick(rng, userAgents);
            Repo::insertSession(db, rec);
            l.event = u"session.create"_s;
            l.time = rec.createdAt;
            l.userAgent = rec.userAgent;
            l.ip = rec.ip;
            Repo::insertLog(db, l);
        }
    }
    if (newestSession.isValid() && (!r.user.accessedAt.isValid() || r.user.accessedAt < newestSession)) {
        r.user.accessedAt = newestSession;
        Repo::updateUser(db, r);
    }
}

void bulkSeedUsers(Api &api, const ProjectRecord &project, int count, const QString &sharedHash);

/// Inserts `count` generated users (and some sessions/logs) into `projectId`, 10,000 per transaction; large counts
/// go through bulkSeedUsers().
void seedUsers(Api &api, const ProjectRecord &project, int count, const QString &sharedHash)
{
    if (count > 20000) {
        bulkSeedUsers(api, project, count, sharedHash);
        return;
    }
    QRandomGenerator rng(20260521u);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addDays(-730);
    const qint64 span = start.msecsTo(end);
    QElapsedTimer timer;
    timer.start();
    constexpr int batch = 10000;
    for (int first = 0; first < count; first += batch) {
        api.storage().write([&](Database &db) {
            for (int i = first; i < std::min(count, first + batch); ++i) {
                const QDateTime created = start.addMSecs(span * i / std::max(1, count));
                UserRecord r = newUserRecord(project.id, Ids::unique());
                r.user.createdAt = created;
                r.user.updatedAt = created;
                r.user.registration = created;
                const int kind = static_cast<int>(rng.bounded(100));
                const QString firstName = pick(rng, firstNames);
                const QString lastName = pick(rng, lastNames);
                if (kind >= 2) { // 2 % anonymous
                    r.user.name = firstName + u' ' + lastName;
                    if (kind >= 7) { // 5 % phone-only
                        r.user.email = asciiFold(firstName) + u'.' + asciiFold(lastName) + (i ? QString::number(i) : QString())
                                + u'@' + pick(rng, domains);
                        r.user.password = sharedHash;
                        r.user.passwordUpdate = created;
                        r.user.emailVerification = rng.bounded(100) < 70;
                    }
                    if (kind < 7 || rng.bounded(100) < 65) {
                        r.user.phone = u"+1555"_s + QStringLiteral("%1").arg(i, 7, 10, QLatin1Char('0'));
                        r.user.phoneVerification = rng.bounded(100) < 40;
                    }
                }
                for (const char16_t *label : labelPool) {
                    if (rng.bounded(100) < 12)
                        r.user.labels.append(QString::fromUtf16(label));
                }
                r.user.status = rng.bounded(100) >= 3;
                if (rng.bounded(100) < 20)
                    r.user.prefs = QJsonObject{ { u"theme"_s, rng.bounded(2) ? u"dark"_s : u"light"_s },
                                                { u"language"_s, rng.bounded(2) ? u"en"_s : u"de"_s } };
                if (rng.bounded(100) < 5)
                    r.user.mfa = true;
                // Last activity after registration and never in the future.
                r.user.accessedAt
                    = rng.bounded(100) < 60 ? std::min(end, created.addSecs(rng.bounded(86400 * 30))) : QDateTime();
                r.user.targets = Repo::syncTargets(r.user, {});
                Repo::insertUser(db, r);
                addActivity(rng, project, r, end, db);
            }
        });
        if (count >= 100000 && (first / batch) % 10 == 9)
            qCInfo(lcServer) << "Seeded" << first + batch << "users in" << timer.elapsed() / 1000.0 << "s";
    }
    qCInfo(lcServer) << "Seeded" << count << "demo users in" << timer.elapsed() << "ms";
}

// --- bulk seeding (benchmarks: hundreds of thousands of users) ---------------------------------------------

/// "YYYY-MM-DDTHH:MM:SS.mmm+00:00" of milliseconds since the epoch (Appwrite's datetime format, UTC).
int formatMillis(qint64 ms, char *out)
{
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return std::snprintf(out, 32, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lld+00:00", year, month, day,
                         rest / 3600000, rest / 60000 % 60, rest / 1000 % 60, rest % 1000);
}

std::string jsonEscaped(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
            out += buffer;
        } else {
            out += c;
        }
    }
    return out;
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

/// Generated users as UTF-8 text (no QJsonDocument, no QString per column), in the shape and distribution of the
/// small demo. The same seed gives the same users: every random draw happens in a fixed order per user.
class BulkUsers
{
public:
    struct Row
    {
        std::string id, name, email, phone, labels, targets, search;
        const char *prefs = "{}";
        bool emailVerified = false, phoneVerified = false, status = true, mfa = false, hasAccess = false;
        char created[32] = {};
        int createdLen = 0;
        char accessed[32] = {};
        int accessedLen = 0;
    };

    BulkUsers(const ProjectRecord &project, const QString &sharedHash, int count)
        : m_projectId(utf8(project.id))
        , m_hash(utf8(sharedHash))
        , m_hashOptions(QJsonDocument(argon2Options()).toJson(QJsonDocument::Compact).toStdString())
        , m_count(count)
        , m_endMs(QDateTime::currentMSecsSinceEpoch())
        , m_startMs(m_endMs - 730LL * 86400000)
    {
        for (const char16_t *n : firstNames)
            m_first.push_back({ utf8(QString::fromUtf16(n)), utf8(asciiFold(QString::fromUtf16(n))) });
        for (const char16_t *n : lastNames)
            m_last.push_back({ utf8(QString::fromUtf16(n)), utf8(asciiFold(QString::fromUtf16(n))) });
        for (const char16_t *d : domains)
            m_domains.push_back(utf8(QString::fromUtf16(d)));
        for (const char16_t *l : labelPool)
            m_labels.push_back(utf8(QString::fromUtf16(l)));
    }

    qint64 endMs() const { return m_endMs; }

    /// User number `i` of `count`, created evenly over the last two years.
    void generate(int i, Row &row)
    {
        row = Row();
        const qint64 createdMs = m_startMs + (m_endMs - m_startMs) * i / std::max(1, m_count);
        row.createdLen = formatMillis(createdMs, row.created);
        row.id = newId();
        const int kind = bounded(100);
        const Name &fn = m_first[static_cast<std::size_t>(bounded(m_first.size()))];
        const Name &ln = m_last[static_cast<std::size_t>(bounded(m_last.size()))];
        if (kind >= 2) { // 2 % anonymous
            row.name = fn.text + ' ' + ln.text;
            if (kind >= 7) { // 5 % phone-only
                row.email = fn.ascii + '.' + ln.ascii + (i ? std::to_string(i) : std::string()) + '@'
                    + m_domains[static_cast<std::size_t>(bounded(m_domains.size()))];
                row.emailVerified = bounded(100) < 70;
            }
            if (kind < 7 || bounded(100) < 65) {
                char buffer[24];
                std::snprintf(buffer, sizeof buffer, "+1555%07d", i);
                row.phone = buffer;
                row.phoneVerified = bounded(100) < 40;
            }
        }
        row.labels = "[";
        for (const std::string &label : m_labels) {
            if (bounded(100) < 12) {
                if (row.labels.size() > 1)
                    row.labels += ',';
                row.labels += '"' + label + '"';
            }
        }
        row.labels += ']';
        row.status = bounded(100) >= 3;
        if (bounded(100) < 20) {
            static const char *const variants[] = { R"({"language":"en","theme":"dark"})",
                R"({"language":"de","theme":"dark"})", R"({"language":"en","theme":"light"})",
                R"({"language":"de","theme":"light"})" };
            row.prefs = variants[bounded(4)];
        }
        row.mfa = bounded(100) < 5;
        row.hasAccess = bounded(100) < 60;
        if (row.hasAccess)
            row.accessedLen = formatMillis(std::min(m_endMs, createdMs + 1000LL * bounded(86400 * 30)), row.accessed);
        row.targets = targetsJson(row);
        row.search = searchText(row);
    }

    /// Binds `row` to the INSERT of insertSql.
    void bind(Statement &st, const Row &row) const
    {
        int c = 1;
        const auto text = [&](const std::string &s) { st.bindUtf8(c++, s.data(), static_cast<int>(s.size())); };
        const auto textOrNull = [&](bool present, const char *data, std::size_t size) {
            if (present)
                st.bindUtf8(c++, data, static_cast<int>(size));
            else
                st.bindNull(c++);
        };
        const std::size_t createdLen = static_cast<std::size_t>(row.createdLen);
        text(m_projectId);
        text(row.id);
        st.bindUtf8(c++, row.created, row.createdLen);
        st.bindUtf8(c++, row.created, row.createdLen);
        text(row.name);
        textOrNull(!row.email.empty(), row.email.data(), row.email.size());
        textOrNull(!row.phone.empty(), row.phone.data(), row.phone.size());
        textOrNull(!row.email.empty(), m_hash.data(), m_hash.size());
        st.bindUtf8(c++, "argon2", 6);
        text(m_hashOptions);
        st.bindUtf8(c++, row.created, row.createdLen);
        st.bind(c++, row.status);
        text(row.labels);
        textOrNull(!row.email.empty(), row.created, createdLen); // password_update
        st.bind(c++, row.emailVerified);
        st.bind(c++, row.phoneVerified);
        st.bind(c++, row.mfa);
        st.bindUtf8(c++, row.prefs, static_cast<int>(std::strlen(row.prefs)));
        text(row.targets);
        textOrNull(row.hasAccess, row.accessed, static_cast<std::size_t>(row.accessedLen));
        text(row.search);
    }

    static constexpr const char *insertSql =
        "INSERT INTO users(project, id, created_at, updated_at, name, email, phone, password, hash, "
        "hash_options, registration, status, labels, password_update, email_verification, "
        "phone_verification, mfa, prefs, targets, accessed_at, password_history, search, "
        "mfa_recovery_codes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, '[]')";

private:
    struct Name
    {
        std::string text;
        std::string ascii;
    };

    int bounded(quint64 n) { return static_cast<int>(m_rng() % n); }

    /// PHP uniqid() (seconds + microseconds, here one microsecond apart) and 7 random hex digits.
    std::string newId()
    {
        const qint64 micros = m_endMs * 1000 + m_serial++;
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%08llx%05llx%07llx",
            static_cast<unsigned long long>(micros / 1000000) & 0xffffffffULL,
            static_cast<unsigned long long>(micros % 1000000), static_cast<unsigned long long>(m_rng() & 0xfffffffULL));
        return std::string(buffer);
    }

    /// The e-mail and phone targets as Target::toJson() writes them.
    std::string targetsJson(const Row &row)
    {
        std::string targets = "[";
        const std::string created(row.created, static_cast<std::size_t>(row.createdLen));
        const auto add = [&](const char *type, const std::string &identifier) {
            if (identifier.empty())
                return;
            if (targets.size() > 1)
                targets += ',';
            targets += R"({"$id":")" + newId() + R"(","$createdAt":")" + created + R"(","$updatedAt":")" + created
                + R"(","name":"","userId":")" + row.id + R"(","providerId":null,"providerType":")" + type
                + R"(","identifier":")" + jsonEscaped(identifier) + R"(","expired":false})";
        };
        add("email", row.email);
        add("sms", row.phone);
        return targets + ']';
    }

    /// The text the users search index holds: ID, e-mail, name, phone and "label:" terms.
    std::string searchText(const Row &row) const
    {
        std::string search = row.id;
        for (const std::string *part : { &row.email, &row.name, &row.phone }) {
            if (!part->empty())
                search += ' ' + *part;
        }
        for (const std::string &label : m_labels) {
            if (row.labels.find('"' + label + '"') != std::string::npos)
                search += " label:" + label;
        }
        return search;
    }

    std::mt19937_64 m_rng { 20260521u };
    std::vector<Name> m_first, m_last;
    std::vector<std::string> m_domains, m_labels;
    const std::string m_projectId;
    const std::string m_hash;
    const std::string m_hashOptions;
    const int m_count;
    const qint64 m_endMs;
    const qint64 m_startMs;
    qint64 m_serial = 0;
};

/// Users straight into SQLite without the model layer, in transactions of 100,000; the email/phone indexes and the
/// FTS index are rebuilt once at the end (Storage::beginBulkLoad).
void bulkSeedUsers(Api &api, const ProjectRecord &project, int count, const QString &sharedHash)
{
    QElapsedTimer timer;
    timer.start();
    BulkUsers users(project, sharedHash, count);
    const qint64 endMs = users.endMs();
    api.storage().beginBulkLoad();
    constexpr int batch = 100000;
    BulkUsers::Row row;
    for (int firstRow = 0; firstRow < count; firstRow += batch) {
        api.storage().write([&](Database &db) {
            Statement st = db.prepare(BulkUsers::insertSql);
            for (int i = firstRow; i < std::min(count, firstRow + batch); ++i) {
                users.generate(i, row);
                users.bind(st, row);
                st.exec();
                st.reset();
            }
        });
        if ((firstRow / batch) % 2 == 1)
            qCInfo(lcServer) << "Seeded" << std::min(count, firstRow + batch) << "users in"
                             << timer.elapsed() / 1000.0 << "s";
    }
    qCInfo(lcServer) << "Inserted" << count << "users in" << timer.elapsed() << "ms; building indexes";
    api.storage().endBulkLoad();

    // Logs and sessions for the first users, through the model layer (a few thousand rows).
    api.storage().write([&](Database &db) {
        Statement st = db.prepare("SELECT " "internal_id, project, id, created_at, updated_at, name, email, phone, "
                                  "password, hash, hash_options, registration, status, labels, password_update, "
                                  "email_verification, phone_verification, mfa, prefs, targets, accessed_at, "
                                  "password_history, mfa_recovery_codes, impersonator FROM users WHERE project = ? "
                                  "ORDER BY internal_id LIMIT 1000");
        st.bind(1, project.id);
        QList<UserRecord> users;
        while (st.next())
            users.append(Repo::readUserRow(st));
        QRandomGenerator qrng(20260522u);
        for (UserRecord &r : users)
            addActivity(qrng, project, r, QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC), db);
    });
    qCInfo(lcServer) << "Seeded" << count << "demo users in" << timer.elapsed() << "ms";
}

} // namespace

Result<DemoInfo> seedDemoData(Api &api, const QString &dataDir, const QString &endpoint, const DemoOptions &options)
{
    try {
        const QString secretsPath = QDir(dataDir).filePath(u"demo-credentials.json"_s);
        QJsonObject secrets;
        {
            QFile file(secretsPath);
            if (file.open(QIODevice::ReadOnly))
                secrets = QJsonDocument::fromJson(file.readAll()).object();
        }
        if (secrets.value(u"projectId"_s).toString() != options.projectId)
            secrets = QJsonObject();

        const ProjectRecord console = Api::consoleProject();
        const QString email = options.consoleEmail.toLower();

        // 1. Console root account (the first POST /v1/account on the console project).
        QString consolePassword = secrets.value(u"consolePassword"_s).toString();
        if (!options.consolePassword.isEmpty())
            consolePassword = options.consolePassword;
        auto root = api.storage().read([&](Database &db) { return Repo::userByEmail(db, u"console"_s, email); });
        if (!root) {
            const bool anyConsoleUser =
                    api.storage().read([](Database &db) { return Repo::countUsers(db, u"console"_s, 1) > 0; });
            if (anyConsoleUser)
                return Result<DemoInfo>::failure(u"The console already has a root account other than %1"_s.arg(email));
            if (consolePassword.isEmpty())
                consolePassword = generatePassword();
            root = api.createAccount(console, u"unique()"_s, email, consolePassword, u"Userdesk Admin"_s);
        } else if (consolePassword.isEmpty() || !verifyPassword(root->user, consolePassword)) {
            // The password is unknown (secrets file lost): set a new one.
            consolePassword = options.consolePassword.isEmpty() ? generatePassword() : options.consolePassword;
            const QString hash = Crypto::argon2Hash(consolePassword);
            api.storage().write([&](Database &db) {
                auto fresh = Repo::user(db, u"console"_s, root->user.id);
                fresh->user.password = hash;
                fresh->user.hash = u"argon2"_s;
                fresh->user.hashOptions = argon2Options();
                fresh->user.passwordUpdate = QDateTime::currentDateTimeUtc();
                Repo::updateUser(db, *fresh);
            });
        }

        // 2. The project (POST /v1/teams + POST /v1/projects).
        auto project = api.findProject(options.projectId);
        if (!project) {
            QString teamId;
            api.storage().read([&](Database &db) {
                for (const MembershipRecord &m : Repo::membershipsOfUser(db, u"console"_s, root->user.id)) {
                    if (m.confirm && m.roles.contains(u"owner"_s))
                        teamId = m.teamId;
                }
            });
            if (teamId.isEmpty())
                teamId = api.createTeam(u"console"_s, u"unique()"_s, u"Personal projects"_s, root).team.id;
            project = api.createProject(options.projectId, options.projectName, teamId,
                                        QJsonObject{ { u"description"_s, u"Demo project with generated users"_s } });
        }

        // 3. The API key (POST /v1/projects/{id}/keys).
        QString apiKey = secrets.value(u"apiKey"_s).toString();
        const bool keyValid = !apiKey.isEmpty() && api.storage().read([&](Database &db) {
            auto k = Repo::keyBySecret(db, apiKey);
            return k && k->projectId == project->id;
        });
        if (!keyValid)
            apiKey = api.createKey(project->id, u"Userdesk demo"_s, keyScopes(api.release()), QDateTime()).key.secret;

        // 4. Generated users, once.
        QString userPassword = secrets.value(u"demoUserPassword"_s).toString();
        if (userPassword.isEmpty())
            userPassword = generatePassword();
        const bool empty = api.storage().read([&](Database &db) { return Repo::countUsers(db, project->id, 1) == 0; });
        if (empty && options.users > 0)
            seedUsers(api, *project, options.users, Crypto::argon2Hash(userPassword));

        secrets = QJsonObject{ { u"endpoint"_s, endpoint },
                               { u"projectId"_s, project->id },
                               { u"consoleEmail"_s, email },
                               { u"consolePassword"_s, consolePassword },
                               { u"apiKey"_s, apiKey },
                               { u"demoUserPassword"_s, userPassword } };
        QString error;
        if (!writeSecrets(secretsPath, secrets, &error))
            return Result<DemoInfo>::failure(error);

        DemoInfo info;
        info.endpoint = endpoint;
        info.projectId = project->id;
        info.consoleEmail = email;
        info.consolePassword = consolePassword;
        info.apiKey = apiKey;
        info.secretsFile = secretsPath;
        return info;
    } catch (const HttpError &e) {
        return Result<DemoInfo>::failure(e.type() + u": "_s + e.message(api.release()));
    } catch (const std::exception &e) {
        return Result<DemoInfo>::failure(QString::fromUtf8(e.what()));
    }
}

} // namespace Userdesk::Server
