#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace cutover::ui {

/**
 * The colours that carry meaning on the pages (an error, something done, a warning), chosen for the palette in
 * use: on a dark window the light theme's dark red and green would be hard to read, so each tone has a lighter
 * variant there. Each keeps a contrast of at least 4.5:1 with the window (WCAG AA for text), which
 * tst_accessibility checks for the light and the dark palette. GUI thread only (reads the application palette).
 */
namespace tones {

enum class Tone { Error, Success, Warning };

/** Whether `palette`'s window is dark (its text lighter than its background). */
bool isDark(const QPalette& palette);
/** The tone's colour for `palette` (the application's when omitted). */
QColor color(Tone tone, const QPalette& palette);
QColor color(Tone tone);
/** A style sheet for a label in the tone: "color: #rrggbb" and `extra` ("font-weight: bold"). */
QString style(Tone tone, const QString& extra = {});
/** The contrast ratio of two colours, 1 to 21 (WCAG 2). */
double contrast(const QColor& a, const QColor& b);

} // namespace tones

} // namespace cutover::ui
