"""Light and dark themes, built as palettes; "system" follows the desktop's colour scheme.

Every colour in crmdesk's widgets comes from the application palette (``palette()`` in style
sheets, ``QPalette`` in painting code), so the two palettes below are the only place colours
are chosen. Fusion is used everywhere: it honours palettes on every platform, so a dark
palette really gives dark widgets (native Windows/macOS styles partly ignore it).

Widgets that cache palette-derived things (tinted icons, computed style sheets) rebuild them
on ``QEvent.Type.PaletteChange``.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
# Events after which palette-derived looks (style sheets, tinted icons) must be rebuilt. Catch
# them in ``event()``, not ``changeEvent()``: a widget whose style sheet set its palette gets
# only ApplicationPaletteChange, which never reaches ``changeEvent``.
RESTYLE_EVENTS = frozenset(
    {
        QEvent.Type.PaletteChange,
        QEvent.Type.ApplicationPaletteChange,
        QEvent.Type.FontChange,
        QEvent.Type.ApplicationFontChange,
    }
)


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


# name: (light, dark) — the whole colour scheme of crmdesk.
_COLORS: dict[Role, tuple[str, str]] = {
    Role.Window: ("#f3f4f6", "#1c1d21"),
    Role.WindowText: ("#1f2329", "#e4e6eb"),
    Role.Base: ("#ffffff", "#24262b"),
    Role.AlternateBase: ("#f7f8fa", "#2a2c32"),
    Role.ToolTipBase: ("#1f2329", "#e4e6eb"),
    Role.ToolTipText: ("#ffffff", "#1c1d21"),
    Role.PlaceholderText: ("#7b818c", "#8d929c"),
    Role.Text: ("#1f2329", "#e4e6eb"),
    Role.Button: ("#ffffff", "#2d3036"),
    Role.ButtonText: ("#1f2329", "#e4e6eb"),
    Role.BrightText: ("#ffffff", "#ffffff"),
    Role.Light: ("#ffffff", "#3a3d44"),
    Role.Midlight: ("#eceef1", "#31343a"),
    Role.Mid: ("#d5d8dd", "#41444b"),
    Role.Dark: ("#b9bdc4", "#15161a"),
    Role.Shadow: ("#8a8f98", "#000000"),
    Role.Highlight: ("#2f6fe4", "#4d8dff"),
    Role.HighlightedText: ("#ffffff", "#ffffff"),
    Role.Link: ("#2560cc", "#7aa9ff"),
    Role.LinkVisited: ("#6b46c1", "#b197fc"),
    Role.Accent: ("#2f6fe4", "#4d8dff"),
}
_DISABLED: dict[Role, tuple[str, str]] = {
    Role.WindowText: ("#a3a8b0", "#5f636b"),
    Role.Text: ("#a3a8b0", "#5f636b"),
    Role.ButtonText: ("#a3a8b0", "#5f636b"),
    Role.Highlight: ("#c4c8ce", "#3a3d44"),
    Role.HighlightedText: ("#f3f4f6", "#8d929c"),
}


def make_palette(dark: bool) -> QPalette:
    """The light or dark palette of crmdesk."""
    index = 1 if dark else 0
    palette = QPalette()
    for role, colors in _COLORS.items():
        palette.setColor(role, QColor(colors[index]))
    for role, colors in _DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(colors[index]))
    return palette


def is_dark(palette: QPalette) -> bool:
    """True when ``palette`` draws light text on a dark window."""
    return palette.color(Role.Window).lightness() < palette.color(Role.WindowText).lightness()


def system_prefers_dark(app: QGuiApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


class ThemeController(QObject):
    """Applies a theme to the application and, for "system", follows scheme changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._theme = Theme.SYSTEM
        app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    @property
    def theme(self) -> Theme:
        return self._theme

    def apply(self, theme: Theme | str) -> None:
        """Switch to ``theme`` now (``light`` and ``dark`` are forced, e.g. for screenshots)."""
        self._theme = Theme(theme)
        dark = system_prefers_dark(self._app) if self._theme is Theme.SYSTEM else self._dark()
        self._app.setPalette(make_palette(dark))

    def _dark(self) -> bool:
        return self._theme is Theme.DARK

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme is Theme.SYSTEM:
            self.apply(Theme.SYSTEM)


# --------------------------------------------------------------------------- derived colours


def mix(base: QColor, tint: QColor, amount: float) -> QColor:
    """``base`` moved ``amount`` (0..1) of the way towards ``tint``."""
    return QColor(
        round(base.red() + (tint.red() - base.red()) * amount),
        round(base.green() + (tint.green() - base.green()) * amount),
        round(base.blue() + (tint.blue() - base.blue()) * amount),
    )


def set_sheet(widget: QWidget, sheet: str) -> None:
    """Give ``widget`` a style sheet (only when it changed: setting one re-polishes).

    Put palette-derived style sheets on LEAF widgets only. A widget with a style sheet, and
    every widget inside it, stops receiving palette changes, so a container that carried one
    would keep its old colours after a theme switch. The container stays sheet-free, gets
    ``PaletteChange`` and recomputes its leaves' sheets.
    """
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def css(color: QColor) -> str:
    """A colour for a Qt style sheet."""
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"


def accent_soft(palette: QPalette, on: Role = Role.Base) -> QColor:
    """A faint accent wash over ``on`` (selected navigation item, icon discs)."""
    amount = 0.22 if is_dark(palette) else 0.12
    return mix(palette.color(on), palette.color(Role.Highlight), amount)


def primary_button_css(palette: QPalette) -> str:
    """Style sheet for ``QPushButton[primary="true"]``: the one main action of a view."""
    accent = palette.color(Role.Highlight)
    text = palette.color(Role.HighlightedText)
    hover = accent.lighter(112) if is_dark(palette) else accent.darker(110)
    return (
        'QPushButton[primary="true"] {'
        f" background: {css(accent)}; color: {css(text)}; border: 1px solid {css(accent)};"
        " border-radius: 6px; padding: 6px 16px; font-weight: 600; }"
        f' QPushButton[primary="true"]:hover {{ background: {css(hover)}; }}'
        f' QPushButton[primary="true"]:focus {{ border: 1px solid {css(text)}; }}'
    )
