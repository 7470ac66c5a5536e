"""A row of mutually exclusive choices drawn as pills (call · meeting · email · …).

One tab stop for the whole row: Left/Right (mirrored right to left), Home/End and the digits
1–9 move the choice, so the keyboard picks a choice without a mouse. Texts are set by the
owner (``set_texts``) so they follow the language; colours follow the palette.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from crmdesk.ui.icons import icon
from crmdesk.ui.theme import RESTYLE_EVENTS, accent_soft, css

Role = QPalette.ColorRole
Key = Qt.Key


class SegmentedControl(QWidget):
    """Choices ``(value, icon name)``; ``value()`` is the chosen one, ``changed`` tells."""

    changed = Signal(str)

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restyling = False
        self._icons = dict(choices)
        self._values = [value for value, _icon in choices]
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for value in self._values:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIconSize(QSize(16, 16))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, v=value: self.set_value(v, user=True))
            self.group.addButton(button)
            self.buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.buttons[self._values[0]].setChecked(True)
        self._restyle()

    def value(self) -> str:
        return next(v for v, button in self.buttons.items() if button.isChecked())

    def set_value(self, value: str, *, user: bool = False) -> None:
        if value not in self.buttons:
            raise ValueError(f"unknown choice {value!r}")
        changed = value != self.value()
        self.buttons[value].setChecked(True)
        if user:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._restyle()
        if changed:
            self.changed.emit(value)

    def set_texts(self, texts: dict[str, str]) -> None:
        for value, text in texts.items():
            self.buttons[value].setText(text)
        self.setAccessibleDescription(", ".join(texts.values()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        target = self._target(event.key(), event.modifiers())
        if target is None:
            super().keyPressEvent(event)
            return
        if 0 <= target < len(self._values):
            self.set_value(self._values[target])
        event.accept()

    def _target(self, key: int, modifiers: Qt.KeyboardModifier) -> int | None:
        """The position a key moves the choice to (None: not ours)."""
        position = self._values.index(self.value())
        forward, backward = Key.Key_Right, Key.Key_Left
        if self.isRightToLeft():
            forward, backward = backward, forward
        moves = {
            forward.value: position + 1,
            backward.value: position - 1,
            Key.Key_Home.value: 0,
            Key.Key_End.value: len(self._values) - 1,
        }
        if modifiers == Qt.KeyboardModifier.NoModifier and Key.Key_1 <= key <= Key.Key_9:
            return key - Key.Key_1.value
        return moves.get(key)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._restyle()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in RESTYLE_EVENTS and not self._restyling:
            self._restyling = True
            try:
                self._restyle()
            finally:
                self._restyling = False
        super().changeEvent(event)

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()  # not ours: our style sheet alters ours
        accent = palette.color(Role.Highlight)
        ring = " border-width: 2px; padding: 3px 9px;" if self.hasFocus() else ""
        sheet = (
            "QToolButton {"
            f" background: {css(palette.color(Role.Button))};"
            f" color: {css(palette.color(Role.ButtonText))};"
            f" border: 1px solid {css(palette.color(Role.Mid))};"
            " border-radius: 6px; padding: 4px 10px; }"
            f" QToolButton:hover {{ border-color: {css(accent)}; }}"
            " QToolButton:checked {"
            f" background: {css(accent_soft(palette))}; color: {css(accent)};"
            f" border: 1px solid {css(accent)};{ring} }}"
        )
        for value, button in self.buttons.items():
            role = Role.Highlight if button.isChecked() else Role.ButtonText
            button.setIcon(icon(self._icons[value], role, palette=palette))
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
