#pragma once

// Helpers for tests that walk the wizard's pages offscreen (header only: the test support library does not link
// the wizard).

#include "cutoverwizard.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QByteArray>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTextDocument>
#include <QTimer>

namespace cutover::test {

/** Test-mode settings under `application`, no keychain (nothing here needs a password), settings cleared. */
inline void prepareWizardTest(const QString& application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CutoverTest"));
    QCoreApplication::setApplicationName(application);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cutover-test-bus");
    QSettings().clear();
}

/**
 * Makes page `id` the wizard's current page straight away, as the wizard's resume does (Next would wait for a
 * tested connection). Returns whether it is.
 */
inline bool showPage(ui::CutoverWizard& wizard, int id)
{
    wizard.setStartId(id);
    wizard.restart();
    QApplication::processEvents();
    return wizard.currentId() == id;
}

/**
 * Answers the next modal dialog once it is shown: a file dialog with the file `text`, an input dialog with `text`,
 * a message box with Yes. Polls with a timer, so that it also runs inside the dialog's own event loop.
 */
inline void answerNextDialog(const QString& text = {})
{
    auto* timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, [timer, text]() {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            files->selectFile(text);
            // selectFile() leaves the name field alone while it has the focus, as it has in a shown dialog.
            if (auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
                name->setText(QFileInfo(text).fileName());
            static_cast<QDialog*>(files)->accept(); // QFileDialog::accept(), which checks the name
        } else if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            input->setTextValue(text);
            input->accept();
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            box->button(QMessageBox::Yes)->click();
        } else {
            return;
        }
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
}

/** How `text` shows: "&Start" as "Start", "&&" as "&". */
inline QString shownText(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

/**
 * The buttons, check boxes and one-line labels of `page` (visible in `window`) narrower than their text, each as
 * "<where>: <class> "<text>" needs N px, has M". Word-wrapped and rich-text labels and pictures are left out.
 */
inline QStringList clippedText(const QWidget& window, const QWidget* page, const QString& where)
{
    const auto describe = [](const QWidget* widget, const QString& text) {
        return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), text.left(60));
    };
    QStringList clipped;
    for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(&window) || button->text().isEmpty())
            continue;
        const int needed = button->sizeHint().width();
        if (button->width() < needed)
            clipped << QStringLiteral("%1: %2 needs %3 px, has %4")
                           .arg(where, describe(button, shownText(button->text())))
                           .arg(needed)
                           .arg(button->width());
    }
    for (QLabel* label : page->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(&window) || label->wordWrap() || label->text().isEmpty()
            || Qt::mightBeRichText(label->text()) || !label->pixmap().isNull())
            continue;
        int needed = 0;
        for (const QString& line : shownText(label->text()).split(QLatin1Char('\n')))
            needed = std::max(needed, label->fontMetrics().horizontalAdvance(line));
        needed += 2 * label->margin() + 2 * label->frameWidth();
        if (label->contentsRect().width() + 2 * label->frameWidth() < needed)
            clipped << QStringLiteral("%1: %2 needs %3 px, has %4")
                           .arg(where, describe(label, shownText(label->text())))
                           .arg(needed)
                           .arg(label->width());
    }
    return clipped;
}

/**
 * Where Tab goes against reading order on `page` (visible in `window`): from one widget to the next in the focus
 * chain, up and to the left at once (down a column, across a row, then to the next column is reading order). Each
 * problem names both widgets and their places; `stops`, when given, is set to the number of widgets Tab reaches.
 */
inline QStringList tabOrderProblems(const QWidget& window, QWidget* page, const QString& where, int* stops = nullptr)
{
    QList<QWidget*> chain;
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisibleTo(&window) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
            && !chain.contains(w))
            chain << w;
        if (chain.size() > 2000)
            break;
    }
    if (stops)
        *stops = int(chain.size());
    // A widget inside a scrolled list (a finding's button) is where its list is: its own place may be scrolled away.
    const auto placeOf = [page](QWidget* w) {
        QWidget* shown = w;
        for (QWidget* p = w->parentWidget(); p && p != page; p = p->parentWidget()) {
            if (qobject_cast<QAbstractScrollArea*>(p))
                shown = p;
        }
        return QRect(shown->mapTo(page, QPoint()), shown->size());
    };
    QStringList wrong;
    constexpr int slack = 4;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect a = placeOf(chain[i - 1]);
        const QRect b = placeOf(chain[i]);
        if (b.top() < a.top() - slack && b.left() < a.left() - slack)
            wrong << QStringLiteral("%1: Tab goes from %2 %3 at (%4,%5) back to %6 %7 at (%8,%9)")
                         .arg(where, QString::fromLatin1(chain[i - 1]->metaObject()->className()),
                             chain[i - 1]->objectName())
                         .arg(a.left())
                         .arg(a.top())
                         .arg(QString::fromLatin1(chain[i]->metaObject()->className()), chain[i]->objectName())
                         .arg(b.left())
                         .arg(b.top());
    }
    return wrong;
}

} // namespace cutover::test
