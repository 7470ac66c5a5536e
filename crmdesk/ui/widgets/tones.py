"""Small pieces the wizard pages share: notices, muted text, count tiles, tone colours.

Tone colours (good / warn / bad) are derived from the palette's lightness, like the error red
of ``widgets.field_row``: the palette has no such roles, and hex literals would ignore the
theme. Style sheets sit on leaf widgets only and are rebuilt on palette changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from crmdesk.ui.icons import pixmap, tinted_pixmap
from crmdesk.ui.theme import RESTYLE_EVENTS, css, is_dark, mix, set_sheet
from crmdesk.ui.widgets.field_row import error_color

Role = QPalette.ColorRole
GOOD, WARN, BAD, INFO, NEUTRAL = "good", "warn", "bad", "info", "neutral"
_HUES = {GOOD: 145, WARN: 36, BAD: 2}
_ICONS = {BAD: "warning", WARN: "warning", INFO: "info", GOOD: "check", NEUTRAL: "info"}


def tone_color(palette: QPalette, tone: str) -> QColor:
    """A readable colour for ``tone`` on this palette's window."""
    if tone == BAD:
        return error_color(palette)
    if tone in _HUES:
        dark = is_dark(palette)
        return QColor.fromHsl(_HUES[tone], 150 if dark else 170, 150 if dark else 90)
    if tone == INFO:
        return palette.color(Role.Highlight)
    return palette.color(Role.PlaceholderText)


def tone_wash(palette: QPalette, tone: str, amount: float | None = None) -> QColor:
    """A faint background of ``tone`` over Base (problem cells, notices)."""
    if amount is None:
        amount = 0.26 if is_dark(palette) else 0.13
    return mix(palette.color(Role.Base), tone_color(palette, tone), amount)


class MutedLabel(QLabel):
    """Secondary text in the palette's placeholder colour, following theme switches."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._restyling = False
        self._restyle()

    def event(self, event: QEvent) -> bool:
        if event.type() in RESTYLE_EVENTS and not self._restyling:
            self._restyling = True
            try:
                self._restyle()
            finally:
                self._restyling = False
        return super().event(event)

    def _restyle(self) -> None:
        color = QGuiApplication.palette().color(Role.PlaceholderText)
        set_sheet(self, f"color: {css(color)};")


class Notice(QFrame):
    """An icon and a wrapped sentence on a faint tinted band: errors, warnings, hints."""

    def __init__(self, tone: str = INFO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = tone
        self._restyling = False
        self.icon = QLabel(self)
        self.icon.setFixedSize(18, 18)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(10)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self.setAutoFillBackground(True)
        self._restyle()

    def show_message(self, text: str, tone: str | None = None) -> None:
        if tone is not None and tone != self._tone:
            self._tone = tone
            self._restyle()
        self.text.setText(text)
        self.setVisible(bool(text))

    @property
    def message(self) -> str:
        return self.text.text() if not self.isHidden() else ""

    def event(self, event: QEvent) -> bool:
        if event.type() in RESTYLE_EVENTS and not self._restyling:
            self._restyling = True
            try:
                self._restyle()
            finally:
                self._restyling = False
        return super().event(event)

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()
        mine = QPalette(self.palette())
        mine.setColor(Role.Window, tone_wash(palette, self._tone))
        self.setPalette(mine)
        color = tone_color(palette, self._tone)
        ratio = self.devicePixelRatioF()
        self.icon.setPixmap(tinted_pixmap(_ICONS[self._tone], 18, color, ratio))


class CountTile(QFrame):
    """A big number over a caption ("12" / "will be created"), coloured by its tone."""

    def __init__(self, tone: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tone = tone
        self._icon_name = icon_name
        self._restyling = False
        self.icon = QLabel(self)
        self.number = QLabel("0", self)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.icon)
        top.addWidget(self.number, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(2)
        column.addLayout(top)
        column.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(True)
        self._restyle()

    def set_count(self, count: int, caption: str) -> None:
        self.number.setText(QLocale().toString(count))
        self.caption.setText(caption)
        self._dimmed = count == 0
        self._restyle()

    def event(self, event: QEvent) -> bool:
        if event.type() in RESTYLE_EVENTS and not self._restyling:
            self._restyling = True
            try:
                self._restyle()
            finally:
                self._restyling = False
        return super().event(event)

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()
        dimmed = getattr(self, "_dimmed", False)
        tone = NEUTRAL if dimmed else self.tone
        color = tone_color(palette, tone)
        mine = QPalette(self.palette())
        mine.setColor(Role.Window, tone_wash(palette, tone, 0.2 if is_dark(palette) else 0.08))
        self.setPalette(mine)
        self.icon.setPixmap(pixmap(self._icon_name, 20, palette=_with_text(palette, color)))
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        if font != self.number.font():
            self.number.setFont(font)
        set_sheet(self.number, f"color: {css(color)};")
        set_sheet(self.caption, f"color: {css(palette.color(Role.PlaceholderText))};")


def _with_text(palette: QPalette, color: QColor) -> QPalette:
    tinted = QPalette(palette)
    tinted.setColor(Role.WindowText, color)
    return tinted
