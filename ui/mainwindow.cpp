// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"
#include "ui_mainwindow.h"

#include "client/api/appwriteclient.h"
#include "client/api/credentialstore.h"
#include "client/api/persistentcookiejar.h"
#include "client/api/usersapi.h"
#include "client/state/logging.h"
#include "client/state/paths.h"
#include "client/state/profilestore.h"
#include "protocol/query.h"
#include "client/state/settings.h"
#include "client/models/consolesession.h"
#include "ui/common/messagebanner.h"
#include "ui/console/projectcombobox.h"
#include "ui/console/signindialog.h"
#include "ui/profiles/profilesdialog.h"
#include "ui/sessions/sessionspage.h"
#include "ui/settings/settingspage.h"
#include "ui/tester/signintesterpage.h"
#include "ui/users/userspage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

#include <memory>

namespace Userdesk {

namespace {

constexpr int emptyStatePageIndex = 0;
constexpr int profilePageIndex = 1;

} // namespace

MainWindow::MainWindow(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_banner(nullptr)
    , m_profileLabel(nullptr)
    , m_profileComboBox(nullptr)
    , m_projectLabel(nullptr)
    , m_projectComboBox(nullptr)
    , m_consoleStatusLabel(nullptr)
{
    qRegisterMetaType<AppwriteClient *>();
    m_ui->setupUi(this);
    m_banner = new MessageBanner(this);
    m_ui->centralVerticalLayout->insertWidget(0, m_banner);

    // Designer cannot put arbitrary widgets into a toolbar, so the profile selector is built here.
    m_profileLabel = new QLabel(tr("&Profile:"), this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setContentsMargins(4, 0, 4, 0);
    m_profileComboBox = new QComboBox(this);
    m_profileComboBox->setObjectName(QStringLiteral("profileComboBox"));
    m_profileComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileComboBox->setMinimumContentsLength(16);
    m_profileComboBox->setToolTip(tr("The Appwrite project this window manages"));
    m_profileLabel->setBuddy(m_profileComboBox);
    m_ui->mainToolBar->addWidget(m_profileLabel);
    m_ui->mainToolBar->addWidget(m_profileComboBox);
    m_projectLabel = new QLabel(tr("P&roject:"), this);
    m_projectLabel->setObjectName(QStringLiteral("projectLabel"));
    m_projectLabel->setContentsMargins(8, 0, 4, 0);
    m_projectComboBox = new ProjectComboBox(this);
    m_projectComboBox->setObjectName(QStringLiteral("projectComboBox"));
    m_projectComboBox->setToolTip(tr("The projects of the signed-in console account"));
    m_projectLabel->setBuddy(m_projectComboBox);
    m_ui->mainToolBar->addWidget(m_projectLabel);
    m_ui->mainToolBar->addWidget(m_projectComboBox);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_ui->manageProfilesAction);
    m_ui->mainToolBar->addAction(m_ui->reconnectAction);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_ui->signInAction);
    m_ui->mainToolBar->addAction(m_ui->signOutAction);
    m_consoleStatusLabel = new QLabel(this);
    m_consoleStatusLabel->setObjectName(QStringLiteral("consoleStatusLabel"));
    statusBar()->addPermanentWidget(m_consoleStatusLabel);

    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->reconnectAction->setShortcut(QKeySequence::Refresh);
    m_ui->helpAction->setShortcut(QKeySequence::HelpContents);
    m_ui->helpAction->setIcon(style()->standardIcon(QStyle::SP_DialogHelpButton));
    m_ui->emptyStateIconLabel->setPixmap(QPixmap(QStringLiteral(":/icons/userdesk-128.png")));

    connect(m_ui->manageProfilesAction, &QAction::triggered, this, &MainWindow::manageProfiles);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->reconnectAction, &QAction::triggered, this, &MainWindow::reconnect);
    connect(m_ui->editCurrentProfileAction, &QAction::triggered, this, &MainWindow::editCurrentProfile);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->helpAction, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_ui->signInAction, &QAction::triggered, this, &MainWindow::signIn);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_projectComboBox, &ProjectComboBox::projectChosen, this, &MainWindow::onProjectChosen);
    connect(m_projectComboBox, &ProjectComboBox::loadFailed, this, [this](const ApiError &error) {
        m_banner->showWarning(tr("The console account's projects could not be listed: %1").arg(error.userMessage()));
    });
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->addFirstProfilePushButton, &QPushButton::clicked, this, &MainWindow::addProfile);
    connect(m_ui->reconnectPushButton, &QPushButton::clicked, this, &MainWindow::reconnect);
    connect(m_ui->editCurrentProfilePushButton, &QPushButton::clicked, this, &MainWindow::editCurrentProfile);
    connect(m_profileComboBox, &QComboBox::activated, this, &MainWindow::onProfileActivated);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);

    restoreWindowState();
    reloadProfiles();
}

MainWindow::~MainWindow()
{
    dropClient();
}

AppwriteClient *MainWindow::client() const
{
    return m_client;
}

ProfilesDialog *MainWindow::profilesDialog() const
{
    return m_profilesDialog;
}

ConsoleSession *MainWindow::consoleSession() const
{
    return m_session;
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signInDialog;
}

SessionsPage *MainWindow::sessionsPage() const
{
    return m_sessionsPage;
}

SettingsPage *MainWindow::settingsPage() const
{
    return m_settingsPage;
}

SignInTesterPage *MainWindow::signInTesterPage() const
{
    return m_testerPage;
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = SettingValue<QByteArray>(SettingKeys::mainWindowGeometry()).get();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(960, 640);
    }
    const QByteArray state = SettingValue<QByteArray>(SettingKeys::mainWindowState()).get();
    if (!state.isEmpty()) {
        restoreState(state);
    }
}

void MainWindow::saveWindowState() const
{
    SettingValue<QByteArray>(SettingKeys::mainWindowGeometry()).set(saveGeometry());
    SettingValue<QByteArray>(SettingKeys::mainWindowState()).set(saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (m_profilesDialog) {
        m_profilesDialog->close();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::reloadProfiles()
{
    const QList<Profile> profiles = m_profiles->profiles();
    m_profileComboBox->clear();
    for (const Profile &profile : profiles) {
        m_profileComboBox->addItem(profile.name, profile.id);
    }
    m_profileComboBox->setEnabled(!profiles.isEmpty());

    if (!m_current.id.isEmpty()) {
        const Profile stored = m_profiles->profile(m_current.id);
        if (!stored.id.isEmpty()) {
            // Still there: keep the client; an edit re-activates it through onProfileSaved().
            m_current.name = stored.name;
            m_profileComboBox->setCurrentIndex(m_profileComboBox->findData(m_current.id));
            updateProfileLabels();
            return;
        }
        dropClient();
        m_current = Profile();
    }

    if (profiles.isEmpty()) {
        showEmptyState();
        return;
    }
    Profile next = m_profiles->profile(m_profiles->lastProfileId());
    if (next.id.isEmpty()) {
        next = profiles.constFirst();
    }
    activateProfile(next);
}

bool MainWindow::selectProfile(const QString &id)
{
    const Profile profile = m_profiles->profile(id);
    if (profile.id.isEmpty()) {
        return false;
    }
    if (profile.id != m_current.id || !m_client) {
        activateProfile(profile);
    }
    return true;
}

bool MainWindow::reloadProfile(const QString &id)
{
    const Profile profile = m_profiles->profile(id);
    if (profile.id.isEmpty()) {
        return false;
    }
    activateProfile(profile);
    return true;
}

void MainWindow::onProfileActivated(int index)
{
    const QString id = m_profileComboBox->itemData(index).toString();
    if (id != m_current.id) {
        selectProfile(id);
    }
}

void MainWindow::onProfileSaved(const QString &profileId)
{
    // The key may have changed even when the profile did not: always start a fresh client.
    reloadProfile(profileId);
}

void MainWindow::onProfileAboutToBeRemoved(const QString &profileId)
{
    if (profileId == m_current.id) {
        // Let go of the client now, before its cookie file is deleted: a jar destroyed later would write it again.
        dropClient();
    }
}

void MainWindow::showEmptyState()
{
    dropClient();
    m_current = Profile();
    m_ui->pagesStackedWidget->setCurrentIndex(emptyStatePageIndex);
    m_ui->reconnectAction->setEnabled(false);
    m_ui->editCurrentProfileAction->setEnabled(false);
    setWindowTitle({});
    onConsoleStateChanged();
    Q_EMIT clientChanged(nullptr);
}

void MainWindow::dropClient()
{
    if (!m_client) {
        return;
    }
    removePages();
    if (m_signInDialog)
        m_signInDialog->close();
    AppwriteClient *client = m_client;
    m_client = nullptr;
    delete m_session; // before the client it watches
    client->abortAll();
    // Deleted at once (not deleteLater): its cookie jar must be written before anything touches the file.
    delete client;
}

void MainWindow::activateProfile(const Profile &profile)
{
    dropClient();
    m_banner->clearMessage();
    m_current = profile;
    m_profiles->setLastProfileId(profile.id);
    m_profileComboBox->setCurrentIndex(m_profileComboBox->findData(profile.id));
    qCInfo(lcUi) << "profile selected:" << profile.id;

    auto *client = new AppwriteClient(this);
    m_client = client;
    client->setEndpoint(profile.endpoint);
    client->setProject(profile.projectId);
    client->setTrustedCertificate(profile.trustedCertificateSha256);
    // From the first request on (the console check, the pages), nothing leaves before the key is read.
    if (profile.credential == Profile::Credential::ApiKey) {
        client->setCredentialsPending(true);
        m_keyState = KeyState::Reading;
    } else {
        m_keyState = KeyState::NotUsed;
    }
    // Every profile may hold a console sign-in next to an API key; the client never sends both (Users calls use
    // the key when there is one, console calls the cookie).
    auto *jar = new PersistentCookieJar(Paths::cookieJarFile(profile.id));
    jar->load();
    client->setCookieJar(jar);
    auto *session = new ConsoleSession(client, client);
    m_session = session;
    connect(session, &ConsoleSession::stateChanged, this, &MainWindow::onConsoleStateChanged);
    connect(session, &ConsoleSession::signInRequired, this, [this]() {
        showSignInPrompt(tr("The console session of “%1” has expired or was revoked. Sign in again to go on; "
                            "the open pages and what you typed are kept.")
                             .arg(m_current.name));
    });
    m_projectComboBox->setClient(client);
    m_projectComboBox->clearProjects();
    m_projectComboBox->setCurrentProjectId(profile.projectId);

    m_ui->pagesStackedWidget->setCurrentIndex(profilePageIndex);
    m_ui->reconnectAction->setEnabled(true);
    m_ui->editCurrentProfileAction->setEnabled(true);
    m_ui->serverVersionValueLabel->setText(tr("—"));
    setWindowTitle(profile.name);
    updateProfileLabels();
    session->restore();
    onConsoleStateChanged();
    createPages();
    Q_EMIT clientChanged(client);

    readCredentials();
}

void MainWindow::readCredentials()
{
    AppwriteClient *client = m_client;
    if (!client)
        return;
    if (m_current.credential != Profile::Credential::ApiKey) {
        // The console session is the profile's cookie jar, loaded already.
        m_keyState = KeyState::NotUsed;
        updateProfileLabels();
        checkConnection();
        return;
    }
    // Nothing leaves before the key is known: the pages exist and show that they are loading, their requests wait
    // in the client and go out once, with the key.
    client->setCredentialsPending(true);
    m_keyState = KeyState::Reading;
    updateProfileLabels();
    setStatus(tr("Connecting… reading the API key from the system keychain"), Status::Busy);
    const QString name = m_current.name;
    m_credentials->read(m_current.apiKeyAccount(), client, [this, client, name](const CredentialStore::Outcome &o) {
        if (client != m_client) {
            return;
        }
        switch (o.status) {
        case CredentialStore::Status::Ok:
            client->setApiKey(o.secret);
            m_keyState = KeyState::InKeychain;
            break;
        case CredentialStore::Status::SessionOnly:
            client->setApiKey(o.secret);
            m_keyState = KeyState::SessionOnly;
            m_banner->showWarning(o.message.isEmpty()
                    ? tr("No system keychain is available, so the API key of “%1” is kept for this session only. "
                         "It was not written to disk.")
                          .arg(name)
                    : tr("The system keychain did not store the API key of “%1” (%2), so it is kept for this "
                         "session only. It was not written to disk.")
                          .arg(name, o.message));
            break;
        case CredentialStore::Status::NotFound:
            client->setApiKey({});
            m_keyState = KeyState::Missing;
            m_banner->showWarning(m_credentials->isPersistent()
                    ? tr("No API key is stored for “%1”. Edit the profile and enter the project's API key.").arg(name)
                    : tr("No system keychain is available, so no API key of “%1” was kept from an earlier run. Edit "
                         "the profile and enter the project's API key; it is kept for this session only.")
                          .arg(name));
            break;
        case CredentialStore::Status::Denied:
        case CredentialStore::Status::Error:
            client->setApiKey({});
            m_keyState = KeyState::Missing;
            m_banner->showError(
                tr("The API key of “%1” could not be read from the system keychain: %2").arg(name, o.message));
            break;
        }
        updateProfileLabels();
        client->setCredentialsPending(false);
        checkConnection();
    });
}

void MainWindow::updateProfileLabels()
{
    m_ui->endpointValueLabel->setText(m_current.endpoint.toString());
    m_ui->projectValueLabel->setText(m_current.projectId);
    QString credential;
    switch (m_keyState) {
    case KeyState::NotUsed:
        credential = tr("Console sign-in");
        break;
    case KeyState::Reading:
        credential = tr("API key (reading it from the system keychain…)");
        break;
    case KeyState::InKeychain:
        credential = tr("API key (kept in the system keychain)");
        break;
    case KeyState::SessionOnly:
        credential = tr("API key (kept for this session only: no system keychain stored it)");
        break;
    case KeyState::Missing:
        credential = tr("API key (none available: edit the profile to enter it)");
        break;
    }
    m_ui->credentialValueLabel->setText(credential);
}

void MainWindow::reconnect()
{
    if (!m_client)
        return;
    // Calls that hang are given up; the key is read again (it may have been fixed in the keychain), the connection
    // checked and every view loads again.
    m_client->abortAll();
    m_banner->clearMessage();
    readCredentials();
    reloadPages();
}

void MainWindow::reloadPages()
{
    if (auto *users = qobject_cast<UsersPage *>(m_usersPage.data()))
        users->reloadAll();
    if (m_sessionsPage)
        m_sessionsPage->reload();
    if (m_settingsPage)
        m_settingsPage->reload();
}

void MainWindow::checkConnection()
{
    AppwriteClient *client = m_client;
    if (!client) {
        return;
    }
    setStatus(tr("Connecting to %1…").arg(m_current.endpoint.toString()), Status::Busy);
    client->fetchVersion(client, [this, client](const ApiResult<QString> &version) {
        if (client != m_client || version.error.kind() == ApiError::Kind::Cancelled) {
            return;
        }
        if (!version.ok()) {
            m_ui->serverVersionValueLabel->setText(tr("—"));
            setStatus(version.error.userMessage(), Status::Failed);
            Q_EMIT connectionChecked(false);
            return;
        }
        m_ui->serverVersionValueLabel->setText(version.value);
        const bool withKey = client->hasApiKey();
        auto users = std::make_shared<UsersApi>(client);
        users->list({ Query::limit(1) }, {}, client, [this, client, users, withKey](const ApiResult<UserPage> &page) {
            if (client != m_client || page.error.kind() == ApiError::Kind::Cancelled) {
                return;
            }
            if (page.ok()) {
                const int total = int(page.value.total);
                setStatus(withKey ? tr("Connected. The key can read users (%n user(s)).", nullptr, total)
                                  : tr("Connected. The console session can read users (%n user(s)).", nullptr, total),
                    Status::Ok);
            } else {
                setStatus(withKey ? tr("Connected, but the key cannot read users: %1").arg(page.error.userMessage())
                                  : tr("Connected, but reading users needs a console sign-in or an API key: %1")
                                        .arg(page.error.userMessage()),
                    Status::Failed);
            }
            Q_EMIT connectionChecked(page.ok());
        });
    });
}

void MainWindow::setStatus(const QString &text, Status status)
{
    QString style;
    if (status == Status::Ok) {
        style = QStringLiteral("color: #27ae60;");
    } else if (status == Status::Failed) {
        style = QStringLiteral("color: #da4453;");
    }
    m_ui->connectionStatusLabel->setStyleSheet(style);
    m_ui->connectionStatusLabel->setText(text);
    statusBar()->showMessage(status == Status::Busy ? text : QString());
}

void MainWindow::manageProfiles()
{
    openProfilesDialog(false, false);
}

void MainWindow::addProfile()
{
    openProfilesDialog(true, false);
}

void MainWindow::editCurrentProfile()
{
    if (!m_current.id.isEmpty()) {
        openProfilesDialog(false, true);
    }
}

void MainWindow::openProfilesDialog(bool addNew, bool editCurrent)
{
    if (!m_profilesDialog) {
        auto *dialog = new ProfilesDialog(m_profiles, m_credentials, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ProfilesDialog::profileSaved, this, &MainWindow::onProfileSaved);
        connect(dialog, &ProfilesDialog::profileAboutToBeRemoved, this, &MainWindow::onProfileAboutToBeRemoved);
        m_profilesDialog = dialog;
        if (!m_current.id.isEmpty()) {
            dialog->selectProfile(m_current.id);
        }
        dialog->open();
    } else {
        m_profilesDialog->raise();
        m_profilesDialog->activateWindow();
    }
    if (addNew) {
        m_profilesDialog->addProfile();
    } else if (editCurrent) {
        m_profilesDialog->selectProfile(m_current.id);
        m_profilesDialog->editSelectedProfile();
    }
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutMessageBox"));
    box->setWindowTitle(tr("About Userdesk"));
    box->setIconPixmap(QPixmap(QStringLiteral(":/icons/userdesk-64.png")));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Userdesk %1</h3>"
                    "<p>A desktop console for the users and authentication of an Appwrite project.</p>"
                    "<p>Built with Qt %2, running on Qt %3.</p>"
                    "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                     .arg(QStringLiteral(USERDESK_VERSION), QLatin1String(QT_VERSION_STR), QLatin1String(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::showHelp()
{
    if (m_helpDialog) {
        m_helpDialog->raise();
        m_helpDialog->activateWindow();
        return;
    }
    // The README's user guide, built into the application (works offline), with its screenshots.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("helpDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Userdesk Help"));
    auto *layout = new QVBoxLayout(dialog);
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("helpTextBrowser"));
    browser->setAccessibleName(tr("User guide"));
    browser->setOpenExternalLinks(true);
    browser->setSource(QUrl(QStringLiteral("qrc:/help/README.md")), QTextDocument::MarkdownResource);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(qMin(900, width()), qMin(680, height()));
    m_helpDialog = dialog;
    dialog->show();
}

void MainWindow::createPages()
{
    QTabWidget *tabs = m_ui->mainTabWidget;
    removePages();
    const QString currentTab = m_pageToRestore;
    if (!m_client)
        return;
    int index = 0;
    auto *users = new UsersPage(m_client, m_current.id, tabs);
    users->setObjectName(QStringLiteral("usersPage"));
    m_usersPage = users;
    tabs->insertTab(index++, users, tr("&Users"));
    m_sessionsPage = new SessionsPage(m_client, tabs);
    m_sessionsPage->setObjectName(QStringLiteral("sessionsPage"));
    tabs->insertTab(index++, m_sessionsPage, tr("Sessio&ns"));

    m_settingsPage = new SettingsPage(m_client, m_session, tabs);
    m_settingsPage->setObjectName(QStringLiteral("settingsPage"));
    m_settingsPage->setProfiles(m_profiles, m_current);
    connect(m_settingsPage, &SettingsPage::signInRequested, this, &MainWindow::signIn);
    tabs->insertTab(index++, m_settingsPage, tr("Se&ttings"));

    m_testerPage = new SignInTesterPage(m_current.endpoint, m_current.projectId, tabs);
    m_testerPage->setObjectName(QStringLiteral("signInTesterPage"));
    tabs->insertTab(index++, m_testerPage, tr("Sign-in &Tester"));

    // Stay on the page the admin was on (a project switch rebuilds the pages).
    QWidget *restore = currentTab.isEmpty() ? nullptr : tabs->findChild<QWidget *>(currentTab);
    tabs->setCurrentWidget(restore && tabs->indexOf(restore) >= 0 ? restore : tabs->widget(0));
}

void MainWindow::removePages()
{
    QTabWidget *tabs = m_ui->mainTabWidget;
    const QList<QPointer<QWidget>> pages { m_usersPage, m_sessionsPage.data(), m_settingsPage.data(),
        m_testerPage.data() };
    if (QWidget *current = tabs->currentWidget(); current && pages.contains(current))
        m_pageToRestore = current->objectName();
    for (const QPointer<QWidget> &page : pages) {
        if (!page)
            continue;
        tabs->removeTab(tabs->indexOf(page));
        delete page.data(); // now: they use the client, which goes next
    }
}

void MainWindow::signIn()
{
    showSignInPrompt({});
}

void MainWindow::signOut()
{
    if (m_session)
        m_session->signOut();
}

void MainWindow::showSignInPrompt(const QString &reason)
{
    if (!m_session)
        return;
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    // Non-blocking (open()), over whatever page is current: nothing is rebuilt, nothing typed is lost.
    auto *dialog = new SignInDialog(m_session, m_current.consoleEmail, reason, this);
    dialog->setObjectName(QStringLiteral("signInDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString profileId = m_current.id;
    connect(dialog, &SignInDialog::signedIn, this, [this, profileId](const QString &email) {
        Profile stored = m_profiles->profile(profileId);
        if (!stored.id.isEmpty() && stored.consoleEmail != email) {
            stored.consoleEmail = email; // not a secret; prefilled next time
            m_current.consoleEmail = email;
            m_profiles->save(stored);
        }
    });
    m_signInDialog = dialog;
    ++m_signInPromptCount;
    dialog->open();
    Q_EMIT signInPrompted();
}

void MainWindow::onConsoleStateChanged()
{
    const ConsoleSession::State state = m_session ? m_session->state() : ConsoleSession::State::SignedOut;
    const bool signedIn = state == ConsoleSession::State::SignedIn;
    QString text;
    switch (state) {
    case ConsoleSession::State::SignedIn: {
        const QString who = m_session->accountName().isEmpty()
            ? m_session->accountEmail()
            : tr("%1 <%2>").arg(m_session->accountName(), m_session->accountEmail());
        text = tr("Console: signed in as %1").arg(who);
        break;
    }
    case ConsoleSession::State::Checking:
        text = tr("Console: checking the stored session…");
        break;
    case ConsoleSession::State::SigningIn:
        text = tr("Console: signing in…");
        break;
    case ConsoleSession::State::Expired:
        text = tr("Console: session expired — sign in again");
        break;
    case ConsoleSession::State::SignedOut:
        text = m_session ? tr("Console: not signed in") : QString();
        break;
    }
    m_consoleStatusLabel->setText(text);
    m_ui->signInAction->setVisible(!signedIn);
    m_ui->signInAction->setEnabled(
        m_session && state != ConsoleSession::State::Checking && state != ConsoleSession::State::SigningIn);
    m_ui->signOutAction->setVisible(signedIn);
    m_ui->signOutAction->setEnabled(signedIn);
    m_projectComboBox->setEnabled(signedIn);
    m_projectLabel->setEnabled(signedIn);
    if (signedIn)
        m_projectComboBox->reload();
}

void MainWindow::onProjectChosen(const QString &projectId)
{
    if (projectId.isEmpty() || projectId == m_current.projectId)
        return;
    Profile profile = m_profiles->profile(m_current.id);
    if (profile.id.isEmpty())
        return;
    qCInfo(lcUi) << "project chosen for profile" << profile.id << ":" << projectId;
    profile.projectId = projectId;
    m_profiles->save(profile);
    // A fresh client: the API key (kept per project in the keychain) and every page follow the new project.
    reloadProfile(profile.id);
}

} // namespace Userdesk
