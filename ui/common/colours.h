// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

// The few state colours of the interface (Breeze's positive, negative, neutral and information colours, the same in
// its light and dark schemes) and how to lay them over the current palette, so that custom-painted widgets —
// banners, badges, chips, marked rows — read on a light and on a dark desktop alike. Nothing here is a light
// colour fixed for a light palette.
namespace Userdesk::Colours {

inline const QColor positive { 0x27, 0xae, 0x60 };
inline const QColor negative { 0xda, 0x44, 0x53 };
inline const QColor neutral { 0xf6, 0x74, 0x00 };
inline const QColor information { 0x3d, 0xae, 0xe9 };
inline const QColor inactive { 0x7f, 0x8c, 0x8d };

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

/// `a` over `b` with `share` of `a`.
inline QColor mix(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
        float(a.greenF() * share + b.greenF() * (1 - share)), float(a.blueF() * share + b.blueF() * (1 - share)));
}

/// A background in `state`'s colour on `role` of the palette: a light tint on a light palette, a deep one on a
/// dark palette.
inline QColor tint(const QColor &state, const QPalette &palette, QPalette::ColorRole role = QPalette::Base)
{
    return mix(state, palette.color(role), isDark(palette) ? 0.32 : 0.16);
}

/// Text in `state`'s colour that reads on tint(state, palette).
inline QColor onTint(const QColor &state, const QPalette &palette)
{
    return isDark(palette) ? state.lighter(165) : state.darker(175);
}

} // namespace Userdesk::Colours
