// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tester/signintesterpage.h"
#include "ui_signintesterpage.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidgetItem>
#include <QLocale>
#include <QTableWidgetItem>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

constexpr int elideAbove = 28;

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return u"OK"_s;
    case 201:
        return u"Created"_s;
    case 204:
        return u"No Content"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 409:
        return u"Conflict"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 501:
        return u"Not Implemented"_s;
    default:
        return {};
    }
}

} // namespace

SignInTesterPage::SignInTesterPage(const QUrl &endpoint, const QString &projectId, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SignInTesterPage>())
    , m_tester(new SignInTester(endpoint, projectId, this))
{
    m_ui->setupUi(this);
    m_ui->historyListWidget->setAccessibleName(tr("Requests sent"));
    m_ui->cookiesTableWidget->setAccessibleName(tr("Cookies"));
    m_ui->fallbackCookiesLineEdit->setAccessibleName(tr("X-Fallback-Cookies header"));
    m_ui->responsePlainTextEdit->setAccessibleName(tr("Response"));
    m_ui->testerSessionsListWidget->setAccessibleName(tr("Sessions of the signed-in user"));
    m_ui->testerIntroLabel->setText(
        tr("Acts as an end user's app against project %1 with its own cookies — never your API key or console "
           "session. Use it to check that a settings change works.")
            .arg(projectId));
    m_ui->cookiesTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->cookiesTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->cookiesTableWidget->verticalHeader()->hide();
    m_ui->testerSplitter->setStretchFactor(0, 0);
    m_ui->testerSplitter->setStretchFactor(1, 1);
    m_ui->testerSplitter->setSizes({ 380, 800 });
    m_ui->resultSplitter->setStretchFactor(0, 3);
    m_ui->resultSplitter->setStretchFactor(1, 1);
    m_ui->responsePlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Nothing above the sessions list may grow or shrink with what a call says: the form and the buttons keep
    // their place (they jumped by up to 54 px after each call), the list takes the spare room.
    m_ui->testerIntroLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->testerVerticalLayout->setStretchFactor(m_ui->testerSplitter, 1);
    m_ui->testUserGroupBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->actionsGroupBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->testerActionsVerticalLayout->setStretchFactor(m_ui->testerSessionsGroupBox, 1);
    m_ui->testerSessionStateLabel->setMinimumHeight(2 * fontMetrics().lineSpacing());
    m_ui->testerSessionStateLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    connect(m_ui->signUpPushButton, &QPushButton::clicked, this,
        [this]() { m_tester->signUp(email(), password(), m_ui->testerNameLineEdit->text().trimmed()); });
    connect(m_ui->signInPushButton, &QPushButton::clicked, this, [this]() { m_tester->signIn(email(), password()); });
    connect(m_ui->anonymousSignInPushButton, &QPushButton::clicked, m_tester, &SignInTester::signInAnonymously);
    connect(m_ui->convertAnonymousPushButton, &QPushButton::clicked, this,
        [this]() { m_tester->convertAnonymous(email(), password()); });
    connect(m_ui->showAccountPushButton, &QPushButton::clicked, m_tester, &SignInTester::fetchAccount);
    connect(m_ui->listSessionsPushButton, &QPushButton::clicked, m_tester, &SignInTester::listSessions);
    connect(m_ui->deleteCurrentSessionPushButton, &QPushButton::clicked, this,
        [this]() { m_tester->deleteSession(u"current"_s); });
    connect(m_ui->deleteSelectedSessionPushButton, &QPushButton::clicked, this, [this]() {
        if (QListWidgetItem *item = m_ui->testerSessionsListWidget->currentItem())
            m_tester->deleteSession(item->data(Qt::UserRole).toString());
    });
    connect(m_ui->deleteAllSessionsPushButton, &QPushButton::clicked, m_tester, &SignInTester::deleteAllSessions);
    connect(m_ui->createJwtPushButton, &QPushButton::clicked, m_tester, &SignInTester::createJwt);
    connect(m_ui->forgetCookiesPushButton, &QPushButton::clicked, this, [this]() {
        m_tester->reset();
        // The listed sessions were the forgotten session's view of its account: none is "this session" any more.
        m_ui->testerSessionsListWidget->clear();
        updateSessionState();
    });
    connect(m_ui->testerSessionsListWidget, &QListWidget::currentRowChanged, this, [this]() { updateSessionState(); });
    connect(m_ui->historyListWidget, &QListWidget::currentRowChanged, this, &SignInTesterPage::showExchange);
    connect(m_tester, &SignInTester::exchanged, this, &SignInTesterPage::onExchanged);
    updateSessionState();
}

SignInTesterPage::~SignInTesterPage() = default;

QString SignInTesterPage::email() const
{
    return m_ui->testerEmailLineEdit->text().trimmed();
}

QString SignInTesterPage::password() const
{
    return m_ui->testerPasswordLineEdit->text();
}

QString SignInTesterPage::elide(const QString &value)
{
    if (value.size() <= elideAbove)
        return value;
    return value.left(12) + u'…' + value.right(8);
}

void SignInTesterPage::onExchanged(const SignInTester::Exchange &exchange)
{
    m_exchanges.append(exchange);
    const QString line = tr("%1  %2 %3 → %4")
                             .arg(QLocale().toString(exchange.at.toLocalTime().time(), QLocale::ShortFormat),
                                 QString::fromLatin1(exchange.method), exchange.path)
                             .arg(exchange.httpStatus);
    auto *item = new QListWidgetItem(exchange.action + u"\n"_s + line, m_ui->historyListWidget);
    item->setForeground(exchange.ok() ? palette().text() : QBrush(QColor(0xda, 0x44, 0x53)));
    // A deleted session leaves the list; deleting the current one or all of them ends what the list showed.
    if (exchange.ok() && exchange.method == "DELETE" && exchange.path.startsWith("/account/sessions"_L1)) {
        const QString deleted = exchange.path.section(u'/', 3);
        if (deleted.isEmpty() || deleted == "current"_L1) {
            m_ui->testerSessionsListWidget->clear();
        } else {
            for (int i = m_ui->testerSessionsListWidget->count() - 1; i >= 0; --i) {
                if (m_ui->testerSessionsListWidget->item(i)->data(Qt::UserRole).toString() == deleted)
                    delete m_ui->testerSessionsListWidget->takeItem(i);
            }
        }
    }
    // Listing sessions fills the list the "Delete selected" button works on.
    if (exchange.ok() && exchange.path == "/account/sessions"_L1 && exchange.method == "GET") {
        m_ui->testerSessionsListWidget->clear();
        for (const QJsonValue &v : exchange.json.toObject().value("sessions"_L1).toArray()) {
            const QJsonObject s = v.toObject();
            const QString id = s.value("$id"_L1).toString();
            const QString text = s.value("current"_L1).toBool()
                ? tr("%1 · %2 · this session").arg(id, s.value("provider"_L1).toString())
                : tr("%1 · %2").arg(id, s.value("provider"_L1).toString());
            auto *sessionItem = new QListWidgetItem(text, m_ui->testerSessionsListWidget);
            sessionItem->setData(Qt::UserRole, id);
        }
    }
    m_ui->historyListWidget->setCurrentRow(m_ui->historyListWidget->count() - 1);
    updateSessionState();
}

void SignInTesterPage::showExchange(int index)
{
    if (index < 0 || index >= m_exchanges.size())
        return;
    const SignInTester::Exchange &e = m_exchanges.at(index);
    const QString request = QString::fromLatin1(e.method) + u' ' + e.path;
    QString status;
    if (e.ok()) {
        status = tr("✔ %1 → %2 %3").arg(request).arg(e.httpStatus).arg(reasonPhrase(e.httpStatus));
        m_ui->exchangeStatusLabel->setStyleSheet(u"color: #27ae60;"_s);
    } else {
        const QString type = e.error.type().isEmpty() ? QString() : u' ' + e.error.type();
        status = e.httpStatus > 0 ? tr("✘ %1 → %2 %3%4: %5")
                                        .arg(request)
                                        .arg(e.httpStatus)
                                        .arg(reasonPhrase(e.httpStatus), type, e.error.userMessage())
                                  : tr("✘ %1: %2").arg(request, e.error.userMessage());
        m_ui->exchangeStatusLabel->setStyleSheet(u"color: #da4453;"_s);
    }
    m_ui->exchangeStatusLabel->setText(status);

    // Cookies this answer set (the tester's own test user: values may be shown, elided).
    QTableWidget *cookies = m_ui->cookiesTableWidget;
    cookies->setRowCount(0);
    for (const auto &[name, value] : e.setCookies) {
        const int row = cookies->rowCount();
        cookies->insertRow(row);
        cookies->setItem(row, 0, new QTableWidgetItem(QString::fromUtf8(name)));
        const QString text = value.isEmpty() || value == "deleted" ? tr("(removed)") : elide(QString::fromUtf8(value));
        cookies->setItem(row, 1, new QTableWidgetItem(text));
    }
    if (e.setCookies.isEmpty()) {
        cookies->insertRow(0);
        cookies->setItem(0, 0, new QTableWidgetItem(tr("(none)")));
        cookies->setItem(0, 1, new QTableWidgetItem());
    }

    // X-Fallback-Cookies: same pairs as JSON; show the names with elided values.
    if (e.fallbackCookies.isEmpty()) {
        m_ui->fallbackCookiesLineEdit->setText(tr("(not sent)"));
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(e.fallbackCookies);
        if (doc.isObject()) {
            QStringList pairs;
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it)
                pairs << u"\"%1\": \"%2\""_s.arg(it.key(), elide(it.value().toString()));
            m_ui->fallbackCookiesLineEdit->setText(u"{"_s + pairs.join(u", "_s) + u"}"_s);
        } else {
            m_ui->fallbackCookiesLineEdit->setText(elide(QString::fromUtf8(e.fallbackCookies)));
        }
    }
    m_ui->fallbackCookiesLineEdit->setCursorPosition(0);

    QString body;
    if (e.json.isObject())
        body = QString::fromUtf8(QJsonDocument(e.json.toObject()).toJson(QJsonDocument::Indented));
    else if (e.json.isArray())
        body = QString::fromUtf8(QJsonDocument(e.json.toArray()).toJson(QJsonDocument::Indented));
    else if (e.httpStatus == 204)
        body = tr("(no content)");
    m_ui->responsePlainTextEdit->setPlainText(body);
}

void SignInTesterPage::updateSessionState()
{
    const bool session = m_tester->hasSession();
    m_ui->testerSessionStateLabel->setText(
        session ? tr("The tester holds a session cookie for this project.") : tr("The tester has no session."));
    m_ui->deleteSelectedSessionPushButton->setEnabled(m_ui->testerSessionsListWidget->currentItem() != nullptr);
}

} // namespace Userdesk
