#pragma once

#include "consolesettings.h"
#include "tablemodel.h"

#include <QPalette>

namespace Scimflow {

/// Switches the whole application between the platform's own look and a light or dark Fusion palette. Qt
/// 6.4 has no colour-scheme API, so Light and Dark use Fusion, whose palette is fully honoured everywhere.
class AppTheme
{
public:
    /// Applies \a theme to the running QApplication; the first call remembers the platform's own style,
    /// which System restores with the platform's palette.
    static void apply(ConsoleSettings::Theme theme);
    static QPalette darkPalette();
    /// The text colour for a model's \a tone on \a palette: readable on its Base, light or dark.
    static QColor toneColor(TableModel::Tone tone, const QPalette &palette);
    /// The background of rows linked to the current focus.
    static QColor linkedRowColor(const QPalette &palette);
};

} // namespace Scimflow
