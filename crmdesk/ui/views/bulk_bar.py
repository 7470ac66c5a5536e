"""Bars above a list: the bulk actions for the selected rows, and a short notice with Undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from crmdesk.ui.icons import icon
from crmdesk.ui.theme import accent_soft, css, mix
from crmdesk.ui.widgets.field_row import error_color

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
NOTICE_MS = 8000


def tool_button(action: QAction, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if action.menu() is not None:
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return button


class BulkBar(QFrame):
    """ "3 selected" and the actions that work on every selected row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkBar")
        self.label = QLabel(self)
        self.label.setObjectName("bulkLabel")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 4, 8, 4)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.label)
        self._layout.addSpacing(12)
        self._layout.addStretch(1)
        self._restyle()

    def add_action(self, action: QAction) -> QToolButton:
        button = tool_button(action, self)
        self._layout.insertWidget(self._layout.count() - 1, button)
        return button

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()  # not ours: our style sheet changes ours
        soft = accent_soft(palette)
        sheet = (
            f"QFrame#bulkBar {{ background: {css(soft)}; border-radius: 8px; }}"
            f" QLabel#bulkLabel {{ color: {css(palette.color(Role.Highlight))};"
            " font-weight: 600; }"
            " QFrame#bulkBar QToolButton { background: transparent; border: none;"
            f" border-radius: 6px; padding: 4px 8px; color: {css(palette.color(Role.Text))}; }}"
            " QFrame#bulkBar QToolButton:hover {"
            f" background: {css(mix(soft, palette.color(Role.Highlight), 0.14))}; }}"
            " QFrame#bulkBar QToolButton:disabled {"
            f" color: {css(palette.color(Group.Disabled, Role.Text))}; }}"
            " QFrame#bulkBar QToolButton::menu-indicator { image: none; width: 0px; }"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)


class NoticeBar(QFrame):
    """A one-line message ("3 contacts moved to the trash") with an optional button; an error
    is drawn in the error colour and stays until closed."""

    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QToolButton(self)
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self.action_clicked)
        self.button.clicked.connect(self.hide)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._timer.timeout.connect(self.hide)
        self._error = False
        self.hide()
        self._restyle()

    def show_message(self, text: str, *, action_text: str = "", error: bool = False) -> None:
        self._error = error
        self.label.setText(text)
        self.button.setText(action_text)
        self.button.setVisible(bool(action_text))
        self.close_button.setToolTip(self.tr("Close"))
        self._restyle()
        self.show()
        if error:
            self._timer.stop()
        else:
            self._timer.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()  # not ours: our style sheet changes ours
        self.close_button.setIcon(icon("close", palette=palette))
        edge = error_color(palette) if self._error else palette.color(Role.Mid)
        text = error_color(palette) if self._error else palette.color(Role.WindowText)
        sheet = (
            f"QFrame#noticeBar {{ background: {css(palette.color(Role.AlternateBase))};"
            f" border: 1px solid {css(edge)}; border-radius: 8px; }}"
            f" QFrame#noticeBar QLabel {{ color: {css(text)}; }}"
            f" QFrame#noticeBar QToolButton {{ color: {css(palette.color(Role.Link))};"
            " font-weight: 600; }"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
