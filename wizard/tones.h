#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

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
/**
 * Shows `widget` in the tone (its style sheet, as style() makes it) and remembers the tone on it, so that
 * refresh() gives it the other palette's colour when the desktop switches between light and dark.
 */
void apply(QWidget* widget, Tone tone, const QString& extra = {});
/** Shows `widget` in the tone when `on`, in the palette's own colours otherwise. */
void applyIf(QWidget* widget, bool on, Tone tone, const QString& extra = {});
/** Gives every widget under `root` (and `root`) that apply() toned the colour of the palette now in use. */
void refresh(QWidget* root);
/** The contrast ratio of two colours, 1 to 21 (WCAG 2). */
double contrast(const QColor& a, const QColor& b);

} // namespace tones

} // namespace cutover::ui
