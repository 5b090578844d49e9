// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v1/users: Appwrite queries translated to SQL over the users table.
#include "protocol/datetime.h"
#include "server/httperror.h"
#include "server/repository.h"

#include <QJsonValue>

#include <QVariant>

#include <algorithm>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

enum class ColumnType { Text, Bool, Time, Labels };

struct Column
{
    const char16_t *attribute;
    const char16_t *sql;
    ColumnType type;
    bool nullable;
};

constexpr Column columns[] = {
    { u"$id", u"id", ColumnType::Text, false },
    { u"$createdAt", u"created_at", ColumnType::Time, false },
    { u"$updatedAt", u"updated_at", ColumnType::Time, false },
    { u"name", u"name", ColumnType::Text, false },
    { u"email", u"email", ColumnType::Text, true },
    { u"phone", u"phone", ColumnType::Text, true },
    { u"status", u"status", ColumnType::Bool, false },
    { u"passwordUpdate", u"password_update", ColumnType::Time, true },
    { u"registration", u"registration", ColumnType::Time, false },
    { u"emailVerification", u"email_verification", ColumnType::Bool, false },
    { u"phoneVerification", u"phone_verification", ColumnType::Bool, false },
    { u"labels", u"labels", ColumnType::Labels, false },
    { u"impersonator", u"impersonator", ColumnType::Bool, false }, // 1.9.0
    // Queryable since Appwrite 1.9; the overview's "active users per day" needs it.
    { u"accessedAt", u"accessed_at", ColumnType::Time, true },
};

const Column *column(const QString &attribute)
{
    for (const Column &c : columns) {
        if (attribute == QStringView(c.attribute))
            return &c;
    }
    return nullptr;
}

QString sqlName(const Column &c)
{
    return QString::fromUtf16(c.sql);
}

/// Expression used for ordering and cursors: NULLs behave like "" so comparisons stay total.
QString orderExpression(const Column *c)
{
    if (!c)
        return u"internal_id"_s;
    if (c->nullable)
        return u"IFNULL("_s + sqlName(*c) + u", '')"_s;
    return sqlName(*c);
}

QVariant sqlValue(const Column &c, const QJsonValue &v)
{
    switch (c.type) {
    case ColumnType::Bool:
        if (v.isBool())
            return QVariant(qint64(v.toBool() ? 1 : 0));
        return QVariant(qint64(v.toVariant().toBool() ? 1 : 0));
    case ColumnType::Time: {
        const QDateTime dt = DateTime::parse(v.toString());
        return dt.isValid() ? QVariant(DateTime::format(dt)) : QVariant(v.toString());
    }
    case ColumnType::Text:
    case ColumnType::Labels:
        break;
    }
    if (v.isDouble())
        return QVariant(QString::number(v.toDouble()));
    return QVariant(v.toString());
}

struct SqlBuilder
{
    QString sql;
    QList<QVariant> binds;

    QString placeholder(const QVariant &v)
    {
        binds.append(v);
        return u"?"_s;
    }

    QString filter(const Query &q)
    {
        using M = Query::Method;
        if (q.method() == M::And || q.method() == M::Or) {
            QStringList parts;
            for (const Query &sub : q.queries())
                parts.append(filter(sub));
            if (parts.isEmpty())
                return u"1"_s;
            return u"("_s + parts.join(q.method() == M::And ? u" AND "_s : u" OR "_s) + u")"_s;
        }
        const Column *c = column(q.attribute());
        if (!c)
            throw HttpError::invalidParam(u"queries"_s,
                                          u"Invalid query: Attribute not found in schema: "_s + q.attribute());
        const QString col = sqlName(*c);
        const QJsonArray values = q.values();
        switch (q.method()) {
        case M::Equal: {
            QStringList ph;
            for (const QJsonValue &v : values)
                ph.append(placeholder(sqlValue(*c, v)));
            return col + u" IN ("_s + ph.join(u", "_s) + u")"_s;
        }
        case M::NotEqual:
            return col + u" != "_s + placeholder(sqlValue(*c, values.at(0)));
        case M::LessThan:
            return col + u" < "_s + placeholder(sqlValue(*c, values.at(0)));
        case M::LessThanEqual:
            return col + u" <= "_s + placeholder(sqlValue(*c, values.at(0)));
        case M::GreaterThan:
            return col + u" > "_s + placeholder(sqlValue(*c, values.at(0)));
        case M::GreaterThanEqual:
            return col + u" >= "_s + placeholder(sqlValue(*c, values.at(0)));
        case M::Between: {
            const QString a = placeholder(sqlValue(*c, values.at(0)));
            const QString b = placeholder(sqlValue(*c, values.at(1)));
            return col + u" BETWEEN "_s + a + u" AND "_s + b;
        }
        case M::Contains: {
            QStringList parts;
            if (c->type == ColumnType::Labels) {
                QStringList ph;
                for (const QJsonValue &v : values)
                    ph.append(placeholder(v.toString()));
                return u"EXISTS (SELECT 1 FROM json_each(users.labels) WHERE json_each.value IN ("_s
                        + ph.join(u", "_s) + u"))"_s;
            }
            for (const QJsonValue &v : values)
                parts.append(u"instr("_s + col + u", "_s + placeholder(sqlValue(*c, v)) + u") > 0"_s);
            return u"("_s + parts.join(u" OR "_s) + u")"_s;
        }
        case M::StartsWith: {
            const QString prefix = values.at(0).toString();
            const QString a = placeholder(prefix);
            const QString b = placeholder(QString(prefix + QString::fromUcs4(U"\U0010FFFF")));
            return u"("_s + col + u" >= "_s + a + u" AND "_s + col + u" < "_s + b + u")"_s;
        }
        case M::EndsWith: {
            const QString suffix = values.at(0).toString();
            return u"substr("_s + col + u", -"_s + QString::number(suffix.size()) + u") = "_s + placeholder(suffix);
        }
        case M::Search:
            return u"instr("_s + col + u", "_s + placeholder(values.at(0).toString()) + u") > 0"_s;
        case M::IsNull:
            return col + u" IS NULL"_s;
        case M::IsNotNull:
            return col + u" IS NOT NULL"_s;
        default:
            break;
        }
        return u"1"_s;
    }
};

/// Appwrite's fulltext term (MySQL boolean mode, words OR-ed, last word a prefix) as an FTS5 expression.
/// Returns an empty string when nothing searchable is left.
QString ftsExpression(const QString &search)
{
    QString term = search;
    const bool phrase = term.size() >= 2 && term.startsWith(u'"') && term.endsWith(u'"');
    for (QChar &ch : term) {
        if (QStringView(u"@,+-*)(<>~\"").contains(ch))
            ch = u' ';
    }
    QStringList tokens;
    QString current;
    for (const QChar ch : term) {
        if (ch.isLetterOrNumber()) {
            current += ch;
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    if (tokens.isEmpty())
        return {};
    if (phrase)
        return u"\""_s + tokens.join(u' ') + u"\""_s;
    QStringList parts;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        parts.append(u"\""_s + tokens.at(i) + (i == tokens.size() - 1 ? u"\"*"_s : u"\""_s));
    return parts.join(u" OR "_s);
}

void bindAll(Statement &st, const QList<QVariant> &binds, int first = 1)
{
    int i = first;
    for (const QVariant &v : binds)
        st.bindVariant(i++, v);
}

} // namespace

namespace {

/// Users of other projects than `project`, counted up to `cap` (index range scans on users_project).
qint64 otherProjectUsers(Database &db, const QString &project, qint64 cap)
{
    Statement st = db.prepare("SELECT count(*) FROM (SELECT 1 FROM users WHERE project < ?1 UNION ALL "
                              "SELECT 1 FROM users WHERE project > ?1 LIMIT ?2)");
    st.bind(1, project).bind(2, cap);
    return st.next() ? st.integer(0) : 0;
}

/// The capped total of a search-only list, counted in the FTS index instead of looking up every matching row:
/// matches of the whole index (capped at 5000 + the other projects' users) minus those of the other projects'
/// users, which are few (the console account, other small projects). -1 when that does not hold.
qint64 searchOnlyTotal(Database &db, const QString &project, const QString &fts)
{
    const qint64 other = otherProjectUsers(db, project, 1001);
    if (other > 1000)
        return -1;
    Statement all = db.prepare("SELECT count(*) FROM (SELECT rowid FROM users_fts WHERE users_fts MATCH ? LIMIT ?)");
    all.bind(1, fts).bind(2, 5000 + other);
    const qint64 matches = all.next() ? all.integer(0) : 0;
    qint64 otherMatches = 0;
    if (other > 0) {
        Statement st = db.prepare("SELECT count(*) FROM users_fts WHERE users_fts MATCH ?1 AND rowid IN "
                                  "(SELECT internal_id FROM users WHERE project < ?2 UNION ALL "
                                  "SELECT internal_id FROM users WHERE project > ?2)");
        st.bind(1, fts).bind(2, project);
        otherMatches = st.next() ? st.integer(0) : 0;
    }
    return std::min<qint64>(5000, matches - otherMatches);
}

/// What a user list asks, read from its queries: the WHERE conditions with their binds, the page, the order and the
/// cursor.
struct UserListPlan
{
    struct Order
    {
        const Column *column; ///< nullptr: the natural order (internal id)
        bool asc;
    };

    SqlBuilder where;
    QStringList conditions;
    qint64 limit = 25;
    qint64 offset = 0;
    QList<Order> orders;
    QString cursorId; ///< null: no cursor
    bool cursorAfter = true;
    QString fts; ///< the full-text expression of the search, if any
    bool onlySearch = false; ///< no filter but the search: the total comes from the FTS index alone
};

UserListPlan planUserList(const QString &project, const UserListSpec &spec)
{
    using M = Query::Method;
    UserListPlan plan;
    plan.conditions.append(u"project = "_s + plan.where.placeholder(project));
    bool limitSet = false, offsetSet = false;
    for (const Query &q : spec.queries) {
        switch (q.method()) {
        case M::Limit:
            if (!limitSet)
                plan.limit = q.values().at(0).toVariant().toLongLong();
            limitSet = true;
            break;
        case M::Offset:
            if (!offsetSet)
                plan.offset = q.values().at(0).toVariant().toLongLong();
            offsetSet = true;
            break;
        case M::OrderAsc:
        case M::OrderDesc:
            plan.orders.append({ q.attribute().isEmpty() || q.attribute() == u"$internalId" ? nullptr
                                                                                             : column(q.attribute()),
                q.method() == M::OrderAsc });
            break;
        case M::CursorAfter:
        case M::CursorBefore:
            if (plan.cursorId.isNull()) {
                plan.cursorId = q.values().at(0).toString();
                plan.cursorAfter = q.method() == M::CursorAfter;
            }
            break;
        default:
            plan.conditions.append(plan.where.filter(q));
            break;
        }
    }
    plan.onlySearch = plan.conditions.size() == 1;
    if (!spec.search.isEmpty()) {
        plan.fts = ftsExpression(spec.search);
        if (plan.fts.isEmpty())
            plan.conditions.append(u"0"_s);
        else
            plan.conditions.append(u"internal_id IN (SELECT rowid FROM users_fts WHERE users_fts MATCH "_s
                + plan.where.placeholder(plan.fts) + u")"_s);
    }
    // The natural order (internal id) is always the final tie-breaker.
    if (plan.orders.isEmpty() || plan.orders.last().column != nullptr)
        plan.orders.append({ nullptr, true });
    if (!plan.cursorAfter) {
        for (UserListPlan::Order &o : plan.orders)
            o.asc = !o.asc;
    }
    return plan;
}

/// The list's total, counted up to 5,000 as Appwrite does.
qint64 countUsers(Database &db, const QString &project, const UserListPlan &plan, const QString &whereSql)
{
    if (!plan.fts.isEmpty() && plan.onlySearch) {
        const qint64 total = searchOnlyTotal(db, project, plan.fts);
        if (total >= 0)
            return total;
    }
    Statement st = db.prepareDynamic(u"SELECT count(*) FROM (SELECT 1 FROM users WHERE "_s + whereSql
        + u" LIMIT 5000)"_s);
    bindAll(st, plan.where.binds);
    return st.next() ? st.integer(0) : 0;
}

/// The condition that starts the page after (or before) the cursor's row, appending its binds to `binds`.
QString cursorCondition(Database &db, const QString &project, const UserListPlan &plan, QList<QVariant> &binds)
{
    const QList<UserListPlan::Order> &orders = plan.orders;
    QStringList exprs;
    for (const UserListPlan::Order &o : orders)
        exprs.append(orderExpression(o.column));
    Statement cur = db.prepareDynamic(u"SELECT "_s + exprs.join(u", "_s)
        + u" FROM users WHERE project = ? AND id = ?"_s);
    cur.bind(1, project).bind(2, plan.cursorId);
    if (!cur.next())
        throw HttpError(u"general_cursor_not_found"_s,
            u"User '"_s + plan.cursorId + u"' for the 'cursor' value not found."_s);
    QList<QVariant> values;
    for (int i = 0; i < orders.size(); ++i) {
        const Column *c = orders.at(i).column;
        values.append(!c || c->type == ColumnType::Bool ? QVariant(cur.integer(i)) : QVariant(cur.text(i)));
    }
    bool sameDirection = true;
    for (const UserListPlan::Order &o : orders)
        sameDirection = sameDirection && o.asc == orders.first().asc;
    if (sameDirection) {
        // A row-value comparison is an index range in SQLite: deep cursors cost a seek, not a scan.
        QStringList marks;
        for (int i = 0; i < orders.size(); ++i) {
            marks.append(u"?"_s);
            binds.append(values.at(i));
        }
        return u" AND ("_s + exprs.join(u", "_s) + (orders.first().asc ? u") > ("_s : u") < ("_s)
            + marks.join(u", "_s) + u")"_s;
    }
    QStringList disjunction;
    for (int i = 0; i < orders.size(); ++i) {
        QStringList conj;
        for (int j = 0; j < i; ++j) {
            conj.append(exprs.at(j) + u" = ?"_s);
            binds.append(values.at(j));
        }
        conj.append(exprs.at(i) + (orders.at(i).asc ? u" > ?"_s : u" < ?"_s));
        binds.append(values.at(i));
        disjunction.append(u"("_s + conj.join(u" AND "_s) + u")"_s);
    }
    return u" AND ("_s + disjunction.join(u" OR "_s) + u")"_s;
}

/// Runs GET /v1/users: returns the capped total and calls `row` for each user of the page, in page order.
template<class Row> qint64 runUserList(Database &db, const QString &project, const UserListSpec &spec, Row &&row)
{
    const UserListPlan plan = planUserList(project, spec);
    const QString whereSql = plan.conditions.join(u" AND "_s);
    const qint64 total = spec.includeTotal ? countUsers(db, project, plan, whereSql) : 0;

    QString pageWhere = whereSql;
    QList<QVariant> pageBinds = plan.where.binds;
    if (!plan.cursorId.isNull())
        pageWhere += cursorCondition(db, project, plan, pageBinds);
    QStringList orderSql;
    for (const UserListPlan::Order &o : plan.orders)
        orderSql.append(orderExpression(o.column) + (o.asc ? u" ASC"_s : u" DESC"_s));

    const QString sql = u"SELECT internal_id, project, id, created_at, updated_at, name, email, phone, password, "
                        "hash, hash_options, registration, status, labels, password_update, email_verification, "
                        "phone_verification, mfa, prefs, targets, accessed_at, password_history, mfa_recovery_codes, "
                        "impersonator "
                        "FROM users WHERE "_s
        + pageWhere + u" ORDER BY "_s + orderSql.join(u", "_s) + u" LIMIT ? OFFSET ?"_s;
    Statement st = db.prepareDynamic(sql);
    bindAll(st, pageBinds);
    st.bind(static_cast<int>(pageBinds.size()) + 1, plan.limit);
    st.bind(static_cast<int>(pageBinds.size()) + 2, plan.offset);
    // cursorBefore reads backwards: the caller gets the rows in page order.
    int index = plan.cursorAfter ? -1 : 0;
    while (st.next())
        row(st, plan.cursorAfter ? -1 : index++);
    return total;
}

} // namespace

Page<UserRecord> Repo::listUsers(Database &db, const QString &project, const UserListSpec &spec)
{
    Page<UserRecord> page;
    bool backwards = false;
    page.total = runUserList(db, project, spec, [&](const Statement &st, int index) {
        backwards = index >= 0;
        page.items.append(Repo::readUserRow(st));
    });
    if (backwards)
        std::reverse(page.items.begin(), page.items.end());
    return page;
}

std::string Repo::listUsersJson(Database &db, const QString &project, const UserListSpec &spec,
                                const ResponseShape &shape)
{
    std::vector<std::string> items;
    bool backwards = false;
    const qint64 total = runUserList(db, project, spec, [&](const Statement &st, int index) {
        backwards = index >= 0;
        std::string one;
        one.reserve(1024);
        Repo::appendUserJson(one, st, shape);
        items.push_back(std::move(one));
    });
    if (backwards)
        std::reverse(items.begin(), items.end());
    std::string out = "{\"total\":" + std::to_string(total) + ",\"users\":[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += items[i];
    }
    out += "]}";
    return out;
}

} // namespace Userdesk::Server
