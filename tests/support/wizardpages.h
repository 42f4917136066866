#pragma once

// Helpers for tests that walk the wizard's pages offscreen, without databases (header only: the test support
// library does not link the wizard).

#include "cutoverwizard.h"

#include <QApplication>
#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

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

} // namespace cutover::test
