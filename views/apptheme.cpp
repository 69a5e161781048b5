#include "apptheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Scimflow {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString platformStyleName()
{
    static const QString name = QApplication::style()->name();
    return name;
}

} // namespace

void AppTheme::apply(ConsoleSettings::Theme theme)
{
    const QString styleName =
        theme == ConsoleSettings::Theme::System ? platformStyleName() : QStringLiteral("fusion");
    if (QApplication::style()->name().compare(styleName, Qt::CaseInsensitive) != 0) {
        if (QStyle *style = QStyleFactory::create(styleName))
            QApplication::setStyle(style);
    }
    switch (theme) {
    case ConsoleSettings::Theme::System:
        // A palette with no roles set resolves entirely to the style's and the platform's own colours.
        QApplication::setPalette(QPalette());
        break;
    case ConsoleSettings::Theme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ConsoleSettings::Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

QPalette AppTheme::darkPalette()
{
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabledText(130, 130, 130);
    const QColor highlight(42, 130, 218);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(53, 53, 56));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(60, 60, 64));
    p.setColor(QPalette::Mid, QColor(40, 40, 42));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(100, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 84));
    return p;
}

QColor AppTheme::toneColor(TableModel::Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case TableModel::Tone::Plain:
        break;
    case TableModel::Tone::Muted:
        return palette.color(QPalette::PlaceholderText);
    case TableModel::Tone::Busy:
        return dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1f, 0x6f, 0xb5);
    case TableModel::Tone::Link:
        return palette.color(QPalette::Link);
    case TableModel::Tone::Warning:
        return dark ? QColor(0xf0, 0xa8, 0x48) : QColor(0xa0, 0x60, 0x00);
    case TableModel::Tone::Danger:
        return dark ? QColor(0xff, 0x78, 0x78) : QColor(0xb0, 0x30, 0x30);
    }
    return palette.color(QPalette::Text);
}

QColor AppTheme::linkedRowColor(const QPalette &palette)
{
    // Translucent amber over the palette's base, set apart from the selection's Highlight.
    return QColor(255, 190, 0, isDark(palette) ? 70 : 90);
}

} // namespace Scimflow
