// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"
#include "ui_mainwindow.h"

#include "client/api/appwriteclient.h"
#include "client/api/persistentcookiejar.h"
#include "client/models/consolesession.h"
#include "client/state/logging.h"
#include "client/state/paths.h"
#include "client/state/profilestore.h"
#include "ui/common/messagebanner.h"
#include "ui/connectionmonitor.h"
#include "ui/console/signindialog.h"
#include "ui/consolecontrols.h"
#include "ui/profilepages.h"
#include "ui/profiles/profilesdialog.h"
#include "ui/profileselector.h"
#include "ui/windowstatesettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace Userdesk {

namespace {

constexpr int emptyStatePageIndex = 0;
constexpr int profilePageIndex = 1;

} // namespace

MainWindow::MainWindow(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profiles(profiles)
    , m_banner(nullptr)
    , m_profileSelector(nullptr)
    , m_console(nullptr)
    , m_connection(nullptr)
    , m_pages(nullptr)
{
    qRegisterMetaType<AppwriteClient *>();
    m_ui->setupUi(this);
    m_banner = new MessageBanner(this);
    m_ui->centralVerticalLayout->insertWidget(0, m_banner);

    // The toolbar: profile selector, project picker, then the actions.
    m_profileSelector = new ProfileSelector(profiles, credentials, m_ui->mainToolBar, this);
    m_console = new ConsoleControls(m_ui.get(), profiles, m_banner, this);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_ui->manageProfilesAction);
    m_ui->mainToolBar->addAction(m_ui->reconnectAction);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_ui->signInAction);
    m_ui->mainToolBar->addAction(m_ui->signOutAction);
    m_connection = new ConnectionMonitor(m_ui.get(), credentials, m_banner, this);
    m_pages = new ProfilePages(m_ui->mainTabWidget, this);

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
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->addFirstProfilePushButton, &QPushButton::clicked, this, &MainWindow::addProfile);
    connect(m_ui->reconnectPushButton, &QPushButton::clicked, this, &MainWindow::reconnect);
    connect(m_ui->editCurrentProfilePushButton, &QPushButton::clicked, this, &MainWindow::editCurrentProfile);
    connect(m_profileSelector, &ProfileSelector::profileChosen, this, &MainWindow::selectProfile);
    // The key may have changed even when the profile did not: always start a fresh client.
    connect(m_profileSelector, &ProfileSelector::profileSaved, this, &MainWindow::reloadProfile);
    // Let go of the client now, before its cookie file is deleted: a jar destroyed later would write it again.
    connect(m_profileSelector, &ProfileSelector::currentProfileAboutToBeRemoved, this, &MainWindow::dropClient);
    connect(m_console, &ConsoleControls::signInPrompted, this, &MainWindow::signInPrompted);
    connect(m_console, &ConsoleControls::projectSwitched, this, &MainWindow::reloadProfile);
    connect(m_connection, &ConnectionMonitor::connectionChecked, this, &MainWindow::connectionChecked);
    connect(m_pages, &ProfilePages::signInRequested, this, &MainWindow::signIn);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);

    WindowStateSettings::restore(this);
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
    return m_profileSelector->dialog();
}

ConsoleSession *MainWindow::consoleSession() const
{
    return m_session;
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_console->signInDialog();
}

int MainWindow::signInPromptCount() const
{
    return m_console->signInPromptCount();
}

SessionsPage *MainWindow::sessionsPage() const
{
    return m_pages->sessionsPage();
}

SettingsPage *MainWindow::settingsPage() const
{
    return m_pages->settingsPage();
}

SignInTesterPage *MainWindow::signInTesterPage() const
{
    return m_pages->signInTesterPage();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WindowStateSettings::save(this);
    if (ProfilesDialog *dialog = m_profileSelector->dialog()) {
        dialog->close();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::reloadProfiles()
{
    const QList<Profile> profiles = m_profiles->profiles();
    m_profileSelector->setProfiles(profiles);

    if (!m_current.id.isEmpty()) {
        const Profile stored = m_profiles->profile(m_current.id);
        if (!stored.id.isEmpty()) {
            // Still there: keep the client; an edit re-activates it through the profileSaved signal.
            m_current.name = stored.name;
            m_profileSelector->setCurrentProfile(m_current.id);
            m_connection->setProfileName(stored.name);
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

void MainWindow::showEmptyState()
{
    dropClient();
    m_current = Profile();
    m_profileSelector->setCurrentProfile({});
    m_ui->pagesStackedWidget->setCurrentIndex(emptyStatePageIndex);
    m_ui->reconnectAction->setEnabled(false);
    m_ui->editCurrentProfileAction->setEnabled(false);
    setWindowTitle({});
    m_console->updateState();
    Q_EMIT clientChanged(nullptr);
}

void MainWindow::dropClient()
{
    if (!m_client) {
        return;
    }
    m_pages->remove();
    if (SignInDialog *dialog = m_console->signInDialog())
        dialog->close();
    AppwriteClient *client = m_client;
    m_client = nullptr;
    m_connection->setClient(nullptr);
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
    m_profileSelector->setCurrentProfile(profile.id);
    qCInfo(lcUi) << "profile selected:" << profile.id;

    auto *client = new AppwriteClient(this);
    m_client = client;
    client->setEndpoint(profile.endpoint);
    client->setProject(profile.projectId);
    client->setTrustedCertificate(profile.trustedCertificateSha256);
    // Holds the client's requests until the key is read (with an API key), and shows the profile.
    m_connection->setClient(client, profile);
    // Every profile may hold a console sign-in next to an API key; the client never sends both (Users calls use
    // the key when there is one, console calls the cookie).
    auto *jar = new PersistentCookieJar(Paths::cookieJarFile(profile.id));
    jar->load();
    client->setCookieJar(jar);
    auto *session = new ConsoleSession(client, client);
    m_session = session;
    m_console->setSession(session, client, profile);
    connect(session, &ConsoleSession::signInRequired, this, [this]() {
        m_console->showSignInPrompt(tr("The console session of “%1” has expired or was revoked. Sign in again to "
                                       "go on; the open pages and what you typed are kept.")
                                        .arg(m_current.name));
    });

    m_ui->pagesStackedWidget->setCurrentIndex(profilePageIndex);
    m_ui->reconnectAction->setEnabled(true);
    m_ui->editCurrentProfileAction->setEnabled(true);
    setWindowTitle(profile.name);
    session->restore();
    m_console->updateState();
    m_pages->create(client, session, m_profiles, m_current);
    Q_EMIT clientChanged(client);

    m_connection->readCredentials();
}

void MainWindow::reconnect()
{
    if (!m_client)
        return;
    // Calls that hang are given up; the key is read again (it may have been fixed in the keychain), the connection
    // checked and every view loads again.
    m_client->abortAll();
    m_banner->clearMessage();
    m_connection->readCredentials();
    m_pages->reload();
}

void MainWindow::manageProfiles()
{
    m_profileSelector->openDialog(false, false);
}

void MainWindow::addProfile()
{
    m_profileSelector->openDialog(true, false);
}

void MainWindow::editCurrentProfile()
{
    if (!m_current.id.isEmpty()) {
        m_profileSelector->openDialog(false, true);
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

void MainWindow::signIn()
{
    m_console->showSignInPrompt({});
}

void MainWindow::signOut()
{
    if (m_session)
        m_session->signOut();
}

} // namespace Userdesk
