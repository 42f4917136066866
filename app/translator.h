#pragma once

#include <QCoreApplication>

namespace cutover::app {

/** Loads Cutover's and Qt's translations for the system locale (embedded under :/i18n). */
void installTranslators(QCoreApplication& app);

} // namespace cutover::app
