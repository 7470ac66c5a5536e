"""The first page's pieces: a drop zone for the file and cards for what the file holds.

Both paint themselves from the palette (no style sheets), so they follow light, dark and a
theme switch, and their layouts mirror right to left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from crmdesk.ui.icons import pixmap
from crmdesk.ui.theme import RESTYLE_EVENTS, accent_soft
from crmdesk.ui.widgets.empty_state import disc_pixmap
from crmdesk.ui.widgets.tones import MutedLabel

Role = QPalette.ColorRole
SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv", ".tsv", ".txt", ".vcf"})


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local file being dragged, if it has an importable extension."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in SUFFIXES else None


class DropZone(QWidget):
    """A dashed area: drop a spreadsheet here, or press the button to browse."""

    dropped = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hover = False
        self._restyling = False
        self.setAcceptDrops(True)
        self.disc = QLabel(self)
        self.disc.setFixedSize(88, 88)
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = MutedLabel("", self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.browse = QPushButton(self)
        self.browse.setMinimumHeight(32)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 18)
        column.setSpacing(4)
        column.addStretch(1)
        column.addWidget(self.disc, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(10)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addSpacing(12)
        column.addWidget(self.browse, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._restyle()

    def set_texts(self, title: str, hint: str, button: str) -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.browse.setText(button)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_file(event) is not None:
            event.acceptProposedAction()
            self._set_hover(True)

    def dragLeaveEvent(self, _event: QDragLeaveEvent) -> None:
        self._set_hover(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_hover(False)
        path = dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.dropped.emit(path)

    def _set_hover(self, hover: bool) -> None:
        self._hover = hover
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = palette.color(Role.Highlight)
        pen = QPen(accent if self._hover else palette.color(Role.Mid), 1.6)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(accent_soft(palette) if self._hover else palette.color(Role.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 10, 10)
        painter.end()

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
        self.disc.setPixmap(disc_pixmap("spreadsheet", palette, self.devicePixelRatioF()))
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        if font != self.title.font():
            self.title.setFont(font)


class ChoiceCard(QWidget):
    """A checkable card: an icon, a title and a line of explanation. Space or a click checks."""

    chosen = Signal(str)

    def __init__(self, value: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self._icon_name = icon_name
        self._checked = False
        self._restyling = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.icon = QLabel(self)
        self.icon.setFixedSize(28, 28)
        self.title = QLabel(self)
        self.text = MutedLabel("", self)
        self.text.setWordWrap(True)
        texts = QVBoxLayout()
        texts.setSpacing(1)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(12)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._restyle()

    def isChecked(self) -> bool:
        return self._checked

    def setChecked(self, checked: bool) -> None:
        if checked != self._checked:
            self._checked = checked
            self._restyle()
            self.update()

    def set_texts(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(self.value)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select):
            self.chosen.emit(self.value)
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = palette.color(Role.Highlight)
        width = 2.0 if self.hasFocus() else 1.2
        painter.setPen(QPen(accent if self._checked else palette.color(Role.Mid), width))
        painter.setBrush(accent_soft(palette) if self._checked else palette.color(Role.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

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
        role = Role.Highlight if self._checked else Role.WindowText
        self.icon.setPixmap(pixmap(self._icon_name, 28, role, palette))
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        if font != self.title.font():
            self.title.setFont(font)
