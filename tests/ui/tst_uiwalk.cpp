// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every page and dialog (uitour.h) at 1024×700, in English and in German, and fails on
//  - a window that does not fit 1024×700 (or cannot be made to: its minimum size),
//  - a visible widget cut off by the edge of its window,
//  - a text cut short (a label, button, check box, combo box, tab, group title or placeholder narrower than its
//    text) that no tooltip shows in full,
//  - an interactive widget (button, combo box, line edit, spin box, list or table, text editor) without an
//    accessible name (its own, its text, or the label that is its buddy — what a screen reader says).
// Against a real userdesk-server with demo users; the German .qm files are the ones the build makes for userdesk.

#include "tests/ui/uitour.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTextEdit>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Test;

class TestUiWalk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walk_data();
    void walk();

private:
    static QStringList problems(QWidget *window, const QString &stop, const QSize &limit);
    static bool insideScrollArea(const QWidget *w);
    static QString describe(const QWidget *w);
};

void TestUiWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-tst_uiwalk"_s);
    QVERIFY2(QFile::exists(qEnvironmentVariable("USERDESK_QM_DIR") + u"/userdesk_de.qm"_s),
        "USERDESK_QM_DIR does not hold the built translations");
}

void TestUiWalk::walk_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
}

QString TestUiWalk::describe(const QWidget *w)
{
    return u"%1 %2"_s.arg(QString::fromLatin1(w->metaObject()->className()),
        w->objectName().isEmpty() ? u"(unnamed, in %1)"_s.arg(w->parentWidget() ? w->parentWidget()->objectName() : QString())
                                  : w->objectName());
}

bool TestUiWalk::insideScrollArea(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    }
    return false;
}

QStringList TestUiWalk::problems(QWidget *window, const QString &stop, const QSize &limit)
{
    QStringList out;
    auto report = [&](const QWidget *w, const QString &what) { out << u"%1: %2: %3"_s.arg(stop, describe(w), what); };
    if (window->width() > limit.width() || window->height() > limit.height())
        report(window, u"the window is %1×%2"_s.arg(window->width()).arg(window->height()));
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (minimum.width() > limit.width() || minimum.height() > limit.height())
        report(window, u"the window cannot be smaller than %1×%2"_s.arg(minimum.width()).arg(minimum.height()));

    const auto children = window->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (!w->isVisible() || w->window() != window || w->visibleRegion().isEmpty())
            continue;
        // Inside the window, unless a scroll area shows it in part on purpose.
        if (!insideScrollArea(w)) {
            const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
            if (!window->rect().contains(inWindow.adjusted(1, 1, -1, -1)))
                report(w, u"cut off by the window's edge"_s);
        }
        const QFontMetrics fm(w->font());
        auto cut = [&](const QString &text, int needed, int available) {
            if (text.isEmpty() || needed <= available + 1 || w->toolTip().contains(text))
                return;
            report(w, u"“%1” needs %2 px, has %3 px, no tooltip shows it"_s.arg(text).arg(needed).arg(available));
        };
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = label->text();
            if (!label->wordWrap() && !text.contains(u'<') && label->pixmap().isNull()) {
                for (const QString &line : text.split(u'\n')) {
                    const QString shown = QString(line).remove(u'&');
                    cut(shown, fm.horizontalAdvance(shown), label->contentsRect().width() - 2 * label->margin());
                }
            }
        } else if (auto *tool = qobject_cast<QToolButton *>(w)) {
            if (tool->toolButtonStyle() != Qt::ToolButtonIconOnly && !tool->text().isEmpty())
                cut(QString(tool->text()).remove(u'&'), tool->sizeHint().width(), tool->width());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!button->text().isEmpty())
                cut(QString(button->text()).remove(u'&'), button->sizeHint().width(), button->width());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                QStyle::SC_ComboBoxEditField, combo);
            const int icon = combo->itemIcon(combo->currentIndex()).isNull() ? 0 : combo->iconSize().width() + 4;
            cut(combo->currentText(), fm.horizontalAdvance(combo->currentText()) + icon, field.width());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            if (edit->text().isEmpty() && !edit->placeholderText().isEmpty())
                cut(edit->placeholderText(), fm.horizontalAdvance(edit->placeholderText()), edit->width() - 12);
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const QString text = QString(tabs->tabText(i)).remove(u'&');
                int needed = fm.horizontalAdvance(text) + 12;
                for (QTabBar::ButtonPosition side : { QTabBar::LeftSide, QTabBar::RightSide }) {
                    if (QWidget *button = tabs->tabButton(i, side))
                        needed += button->width();
                }
                if (tabs->isTabVisible(i) && tabs->tabRect(i).width() < needed && !tabs->tabToolTip(i).contains(text))
                    report(w, u"tab “%1” is cut"_s.arg(text));
            }
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            cut(QString(group->title()).remove(u'&'), fm.horizontalAdvance(group->title()) + 16, group->width());
        }

        // What a screen reader calls it.
        // Parts of a compound control (a combo box's editor, a line edit's clear button) are named by it.
        const bool inCompound = qobject_cast<QComboBox *>(w->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QLineEdit *>(w->parentWidget());
        const bool interactive = !inCompound
            && (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QSlider *>(w)
                || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w)
                || (qobject_cast<QAbstractItemView *>(w) && w->focusPolicy() != Qt::NoFocus));
        if (interactive) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                report(w, u"has no accessible name"_s);
        }
    }
    return out;
}

void TestUiWalk::walk()
{
    QFETCH(QString, language);
    QLocale::setDefault(QLocale(language));
    QTranslator qt;
    QTranslator app;
    const QString qmDir = qEnvironmentVariable("USERDESK_QM_DIR");
    if (language != u"en"_s) {
        QVERIFY(app.load(u"userdesk_"_s + language, qmDir));
        QCoreApplication::installTranslator(&app);
        if (qt.load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
    } else {
        QVERIFY(app.load(u"userdesk_en"_s, qmDir)); // the plural forms
        QCoreApplication::installTranslator(&app);
    }
    auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&app);
        QCoreApplication::removeTranslator(&qt);
        QLocale::setDefault(QLocale::c());
    });
    QSettings().clear();

    TestServer ts(60);
    QVERIFY2(ts.isRunning(), qPrintable(ts.error()));
    const QSize limit(1024, 700);
    QStringList found;
    QStringList stops;
    const QString error = runTour(ts, limit, [&](QWidget *window, const QString &stop) {
        stops << stop;
        found << problems(window, stop, limit);
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(stops.size() >= 20, qPrintable(stops.join(u", "_s)));
    for (const QString &problem : std::as_const(found))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(found.isEmpty(), qPrintable(u"%1 problem(s), listed above"_s.arg(found.size())));
}

QTEST_MAIN(TestUiWalk)
#include "tst_uiwalk.moc"
