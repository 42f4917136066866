#include "tones.h"

#include <QGuiApplication>
#include <QVariant>
#include <QWidget>

#include <cmath>

namespace cutover::ui::tones {

namespace {

double luminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

QColor color(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case Tone::Success:
        return dark ? QColor(0x7e, 0xe2, 0xa8) : QColor(0x17, 0x70, 0x3a);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x5a, 0x00);
    }
    return palette.color(QPalette::WindowText);
}

QColor color(Tone tone)
{
    return color(tone, QGuiApplication::palette());
}

QString style(Tone tone, const QString& extra)
{
    QString sheet = QStringLiteral("color: %1").arg(color(tone).name());
    if (!extra.isEmpty())
        sheet += QStringLiteral("; ") + extra;
    return sheet;
}

namespace {
const char* const toneProperty = "cutoverTone"; // the tone + 1; 0 or unset: none
const char* const extraProperty = "cutoverToneExtra";
} // namespace

void apply(QWidget* widget, Tone tone, const QString& extra)
{
    widget->setProperty(toneProperty, int(tone) + 1);
    widget->setProperty(extraProperty, extra);
    widget->setStyleSheet(style(tone, extra));
}

void applyIf(QWidget* widget, bool on, Tone tone, const QString& extra)
{
    if (on) {
        apply(widget, tone, extra);
        return;
    }
    widget->setProperty(toneProperty, 0);
    widget->setStyleSheet(QString());
}

void refresh(QWidget* root)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        const int tone = widget->property(toneProperty).toInt();
        if (tone > 0) {
            const QString sheet = style(Tone(tone - 1), widget->property(extraProperty).toString());
            if (widget->styleSheet() != sheet)
                widget->setStyleSheet(sheet);
        }
    }
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace cutover::ui::tones
