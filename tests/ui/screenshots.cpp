// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test but a tool: renders every page and dialog of the uitour.h walk into PNG files, as an admin sees them
// at 1024×700, against a demo userdesk-server. scripts/screenshots.sh runs it for light and dark, English and
// German, 1× and 2× (QT_SCALE_FACTOR) into docs/screenshots/<theme>-<language>-<scale>x/.
//   USERDESK_SCREENSHOT_DIR=DIR USERDESK_THEME=light|dark USERDESK_LANGUAGE=en|de USERDESK_QM_DIR=build/app
//   QT_QPA_PLATFORM=offscreen build/tests/ui/screenshots

#include "tests/ui/uitour.h"

#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Test;

namespace {

/// A dark palette as a dark desktop theme gives one (Breeze Dark's colours).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x23, 0x26), base(0x14, 0x16, 0x18), text(0xfc, 0xfc, 0xfc),
        button(0x29, 0x2c, 0x30), highlight(0x3d, 0xae, 0xe9), disabled(0x72, 0x77, 0x7b);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Light, QColor(0x40, 0x44, 0x48));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x38, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x1a, 0x1c, 0x1e));
    p.setColor(QPalette::Dark, QColor(0x10, 0x11, 0x12));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-screenshots"_s);
    const QString dir = qEnvironmentVariable("USERDESK_SCREENSHOT_DIR");
    const QString theme = qEnvironmentVariable("USERDESK_THEME", u"light"_s);
    const QString language = qEnvironmentVariable("USERDESK_LANGUAGE", u"en"_s);
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        std::fprintf(stderr, "set USERDESK_SCREENSHOT_DIR to a folder to write into\n");
        return 2;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(theme == u"dark"_s ? darkPalette() : QApplication::style()->standardPalette());
    QLocale::setDefault(QLocale(language));
    QTranslator qt;
    QTranslator translation;
    if (translation.load(u"userdesk_"_s + language, qEnvironmentVariable("USERDESK_QM_DIR")))
        QCoreApplication::installTranslator(&translation);
    else
        std::fprintf(stderr, "no userdesk_%s.qm in USERDESK_QM_DIR\n", qPrintable(language));
    if (qt.load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    QSettings().clear();

    TestServer ts(400);
    if (!ts.isRunning()) {
        std::fprintf(stderr, "the server did not start: %s\n", qPrintable(ts.error()));
        return 1;
    }
    int saved = 0;
    const QString error = runTour(ts, QSize(1024, 700), [&](QWidget *window, const QString &stop) {
        const QString file = QDir(dir).filePath(stop + u".png"_s);
        if (window->grab().save(file))
            ++saved;
        else
            std::fprintf(stderr, "could not write %s\n", qPrintable(file));
    });
    if (!error.isEmpty()) {
        std::fprintf(stderr, "the walk stopped: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%d screenshots in %s\n", saved, qPrintable(dir));
    return 0;
}
