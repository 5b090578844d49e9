// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of the GUI: application identity, translators, command line, the stores and the main window.
// Logging is configured through QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="userdesk.*.debug=true".

#include "client/api/credentialstore.h"
#include "client/state/logging.h"
#include "client/state/profile.h"
#include "client/state/profilestore.h"
#include "ui/common/messagebanner.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <cstdio>

namespace {

using namespace Userdesk;

struct Options
{
    QCommandLineOption profile { QStringList { QStringLiteral("profile") },
        QCoreApplication::translate("main", "Select the profile named <name> at start."),
        QCoreApplication::translate("main", "name") };
    QCommandLineOption endpoint { QStringList { QStringLiteral("endpoint") },
        QCoreApplication::translate("main",
            "Create or update the profile “Local demo” with this API endpoint "
            "(with --project and --api-key-file) and select it."),
        QCoreApplication::translate("main", "url") };
    QCommandLineOption project { QStringList { QStringLiteral("project") },
        QCoreApplication::translate("main", "Project ID for --endpoint."), QCoreApplication::translate("main", "id") };
    QCommandLineOption apiKeyFile { QStringList { QStringLiteral("api-key-file") },
        QCoreApplication::translate("main",
            "Read the API key for --endpoint from <file>. The key goes to the "
            "system keychain, never to a settings file."),
        QCoreApplication::translate("main", "file") };
};

void installTranslators(QCoreApplication *app)
{
    // Translators are children of the application, which keeps them alive as long as it runs. The one installed
    // last is asked first: the system language, then English (whose .qm carries the plural forms, so "%n user(s)"
    // reads "3 users" even under LANG=C), then Qt's own strings.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto *englishTranslator = new QTranslator(app);
    if (englishTranslator->load(QStringLiteral(":/i18n/userdesk_en.qm"))) {
        QCoreApplication::installTranslator(englishTranslator);
    }
    auto *appTranslator = new QTranslator(app);
    if (appTranslator->load(QLocale(), QStringLiteral("userdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && appTranslator->language() != englishTranslator->language()) {
        QCoreApplication::installTranslator(appTranslator);
    }
}

void setUpParser(QCommandLineParser *parser, const Options &options)
{
    parser->setApplicationDescription(
        QCoreApplication::translate("main", "Userdesk — a desktop console for the users of an Appwrite project."));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOption(options.profile);
    parser->addOption(options.endpoint);
    parser->addOption(options.project);
    parser->addOption(options.apiKeyFile);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Userdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("userdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(USERDESK_VERSION));
}

bool wantsOnlyText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version" || arg == "-?") {
            return true;
        }
    }
    return false;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "userdesk: %s\n", qPrintable(message));
}

/// --endpoint/--project/--api-key-file: the profile "Local demo" that scripts/run.sh hands over. Returns the id of
/// the stored profile, or empty after printing why not.
QString provisionProfile(ProfileStore *store, const QCommandLineParser &parser, const Options &options, QString *apiKey)
{
    QString error;
    const QUrl endpoint = normalizeEndpoint(parser.value(options.endpoint), &error);
    if (!endpoint.isValid()) {
        fail(QCoreApplication::translate("main", "--endpoint: %1").arg(error));
        return {};
    }
    const QString projectId = parser.value(options.project).trimmed();
    if (projectId.isEmpty()) {
        fail(QCoreApplication::translate("main", "--endpoint needs --project."));
        return {};
    }
    if (parser.isSet(options.apiKeyFile)) {
        QFile file(parser.value(options.apiKeyFile));
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QCoreApplication::translate("main", "Cannot read the API key file %1: %2")
                     .arg(file.fileName(), file.errorString()));
            return {};
        }
        *apiKey = QString::fromUtf8(file.readAll()).trimmed();
    }

    // Not translated: scripts find the profile by this name whatever the locale.
    const QString name = QStringLiteral("Local demo");
    Profile profile = store->profileByName(name);
    profile.name = name;
    profile.endpoint = endpoint;
    profile.projectId = projectId;
    profile.credential = Profile::Credential::ApiKey;
    return store->save(profile).id;
}

} // namespace

int main(int argc, char *argv[])
{
    setIdentity();

    // --help and --version print and exit; they must work without a display, so they get a QCoreApplication.
    if (wantsOnlyText(argc, argv)) {
        QCoreApplication app(argc, argv);
        installTranslators(&app);
        Options textOptions;
        QCommandLineParser parser;
        setUpParser(&parser, textOptions);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Userdesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("userdesk"));
    QIcon icon;
    for (int size : { 32, 48, 64, 128, 256 }) {
        icon.addFile(QStringLiteral(":/icons/userdesk-%1.png").arg(size));
    }
    QApplication::setWindowIcon(icon);
    installTranslators(&app);

    const Options options;
    QCommandLineParser parser;
    setUpParser(&parser, options);
    parser.process(app);

    ProfileStore profiles;
    // The service is the application id; insecure fallback is always off inside the store.
    KeychainCredentialStore credentials(QStringLiteral("userdesk"));

    // The profile to open is chosen before the window exists, so the window opens it once, with its key.
    QString apiKey;
    QString missingProfile;
    if (parser.isSet(options.endpoint)) {
        const QString provisionedId = provisionProfile(&profiles, parser, options, &apiKey);
        if (provisionedId.isEmpty()) {
            return 2;
        }
        profiles.setLastProfileId(provisionedId);
    } else if (parser.isSet(options.profile)) {
        const QString name = parser.value(options.profile);
        const Profile profile = profiles.profileByName(name);
        if (profile.id.isEmpty()) {
            missingProfile = name;
            fail(QCoreApplication::translate("main", "There is no profile named “%1”.").arg(name));
        } else {
            profiles.setLastProfileId(profile.id);
        }
    }

    // A key from --api-key-file goes to the keychain before the window reads it: the store answers that read
    // with this key once the write has finished (or fallen back to memory without a keychain), so no request
    // leaves without it.
    QPointer<MainWindow> shownWindow;
    if (!apiKey.isEmpty()) {
        const Profile profile = profiles.profile(profiles.lastProfileId());
        credentials.write(profile.apiKeyAccount(), apiKey, &app, [&shownWindow](const CredentialStore::Outcome &o) {
            if (!shownWindow || o.ok()) {
                return; // SessionOnly is reported by the window itself, with the rest of the connection state
            }
            shownWindow->messageBanner()->showError(
                QCoreApplication::translate("main", "The API key could not be stored in the system keychain: %1")
                    .arg(o.message));
        });
    }

    MainWindow window(&profiles, &credentials);
    shownWindow = &window;
    window.show();
    if (!missingProfile.isEmpty()) {
        window.messageBanner()->showWarning(
            QCoreApplication::translate("main", "There is no profile named “%1”.").arg(missingProfile));
    }

    qCDebug(lcUi) << "main window shown";
    return QApplication::exec();
}
