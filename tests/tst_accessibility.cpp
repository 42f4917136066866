#include "cutoverwizard.h"
#include "tones.h"
#include "wizardpages.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace cutover::ui;

namespace {

// The label a screen reader announces for `field`: its accessible name, a label whose buddy it is, or its row's
// label in a form layout.
QString spokenName(QWidget* field, QWidget* page)
{
    if (!field->accessibleName().isEmpty())
        return field->accessibleName();
    for (QLabel* label : page->findChildren<QLabel*>()) {
        if (label->buddy() == field)
            return label->text();
    }
    for (QWidget* w = field->parentWidget(); w; w = w->parentWidget()) {
        for (QFormLayout* form : w->findChildren<QFormLayout*>()) {
            if (QWidget* label = form->labelForField(field)) {
                if (auto* l = qobject_cast<QLabel*>(label); l && !l->text().isEmpty())
                    return l->text();
            }
        }
        if (w == page)
            break;
    }
    return {};
}

} // namespace

// Every field on every wizard page has a name a screen reader can say (an accessible name, a label that is its
// buddy, or its form row's label), every button without text has one, and every page can be used from the
// keyboard: each field takes focus by Tab.
class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        cutover::test::prepareWizardTest(QStringLiteral("tst_accessibility"));
        QVERIFY(m_folder.isValid());
    }

    void everyFieldHasASpokenName()
    {
        CutoverWizard wizard(m_folder.filePath(QStringLiteral("demo")));
        wizard.resize(860, 640);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QStringList unnamed;
        int fields = 0;
        for (int id : wizard.pageIds()) {
            QVERIFY(cutover::test::showPage(wizard, id));
            QWizardPage* page = wizard.page(id);
            const QString where = CutoverWizard::pageKey(id);
            for (QWidget* w : page->findChildren<QWidget*>()) {
                if (!w->isVisibleTo(&wizard))
                    continue;
                if (qobject_cast<QHeaderView*>(w))
                    continue; // part of its view
                const bool field = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
                    || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w)
                    || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTextEdit*>(w)
                    || qobject_cast<QProgressBar*>(w);
                // A line edit inside a combo box or a spin box is named by its owner.
                if (qobject_cast<QLineEdit*>(w)
                    && (qobject_cast<QComboBox*>(w->parentWidget())
                        || qobject_cast<QAbstractSpinBox*>(w->parentWidget())))
                    continue;
                if (field) {
                    ++fields;
                    if (spokenName(w, page).isEmpty())
                        unnamed << QStringLiteral("%1: %2 %3")
                                       .arg(where, QString::fromLatin1(w->metaObject()->className()), w->objectName());
                    else if (w->focusPolicy() == Qt::NoFocus && !qobject_cast<QProgressBar*>(w))
                        unnamed << QStringLiteral("%1: %2 %3 cannot take the keyboard's focus")
                                       .arg(where, QString::fromLatin1(w->metaObject()->className()), w->objectName());
                }
                if (auto* button = qobject_cast<QAbstractButton*>(w); button && button->text().isEmpty()
                    && button->accessibleName().isEmpty() && button->toolTip().isEmpty()
                    && !qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                    unnamed << QStringLiteral("%1: a button without text or name (%2)").arg(where, w->objectName());
            }
        }
        QVERIFY2(fields > 20, qPrintable(QString::number(fields)));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    // Tab goes through each page in reading order: down a column, across a row, then to the next column; never back
    // up and to the left, which would lose a keyboard user's place.
    void tabFollowsReadingOrder()
    {
        CutoverWizard wizard(m_folder.filePath(QStringLiteral("demo-tab")));
        wizard.resize(860, 640);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QStringList wrong;
        int stops = 0;
        for (int id : wizard.pageIds()) {
            QVERIFY(cutover::test::showPage(wizard, id));
            QWizardPage* page = wizard.page(id);
            const QString where = CutoverWizard::pageKey(id);
            int count = 0;
            wrong << cutover::test::tabOrderProblems(wizard, page, where, &count);
            stops += count;
        }
        QVERIFY2(stops > 40, qPrintable(QString::number(stops)));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    // The colours that carry meaning (errors, done, warnings) read on a light and on a dark window: a contrast of at
    // least 4.5:1 (WCAG AA for text). The light theme's dark red on a dark window would be about 2:1.
    void tonesReadOnLightAndDarkWindows()
    {
        using namespace cutover::ui::tones;
        QPalette light(QColor(0xef, 0xef, 0xef), QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::WindowText, Qt::black);
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
        QPalette black;
        black.setColor(QPalette::Window, QColor(0x1e, 0x1e, 0x1e));
        black.setColor(QPalette::WindowText, Qt::white);
        QVERIFY(!isDark(light));
        QVERIFY(isDark(dark));
        QVERIFY(isDark(black));
        // The old dark red fails on the dark window: the check can fail.
        QVERIFY(contrast(QColor(0xb0, 0x00, 0x20), dark.color(QPalette::Window)) < 4.5);
        for (const QPalette& palette : { light, dark, black }) {
            for (Tone tone : { Tone::Error, Tone::Success, Tone::Warning }) {
                const double ratio = contrast(color(tone, palette), palette.color(QPalette::Window));
                QVERIFY2(ratio >= 4.5,
                    qPrintable(QStringLiteral("tone %1 on %2: %3:1")
                                   .arg(int(tone))
                                   .arg(palette.color(QPalette::Window).name())
                                   .arg(ratio, 0, 'f', 2)));
            }
        }
        // The pages use the application's palette: with a dark one, the error colour is the light variant.
        const QPalette saved = QApplication::palette();
        QApplication::setPalette(dark);
        QVERIFY(style(Tone::Error).contains(color(Tone::Error, dark).name()));
        QApplication::setPalette(saved);
    }

    // A desktop that switches between light and dark while Cutover is open: what a page shows in a tone takes the
    // new palette's colour, without a restart or a change of state.
    void tonesFollowAPaletteSwitch()
    {
        using namespace cutover::ui::tones;
        const QPalette saved = QApplication::palette();
        QVERIFY(!isDark(saved));
        QPalette dark = saved;
        dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
        CutoverWizard wizard(m_folder.filePath(QStringLiteral("demo-tones")));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(cutover::test::showPage(wizard, CutoverWizard::MediaPageId));
        // Start without folders: the page says what is missing, in the error tone.
        QWidget* media = wizard.page(CutoverWizard::MediaPageId);
        media->findChild<QAbstractButton*>(QStringLiteral("start"))->click();
        auto* error = media->findChild<QLabel*>(QStringLiteral("error"));
        QVERIFY(error && error->isVisible());
        const QString lightRed = color(Tone::Error, saved).name();
        const QString darkRed = color(Tone::Error, dark).name();
        QVERIFY(error->styleSheet().contains(lightRed));
        QApplication::setPalette(dark);
        QTRY_VERIFY2(error->styleSheet().contains(darkRed), qPrintable(error->styleSheet()));
        QApplication::setPalette(saved);
        QTRY_VERIFY2(error->styleSheet().contains(lightRed), qPrintable(error->styleSheet()));
    }

private:
    QTemporaryDir m_folder;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
