"""A titled card holding a form: how the detail pages group their fields.

Labels sit in a leading column of one width per section, editors fill the rest; Qt's layout
direction mirrors it for Persian. The card is painted from the palette (Base on Window).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

Role = QPalette.ColorRole


def heading_font(base: QFont, *, scale: float = 1.15, bold: bool = True) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    return font


class Card(QFrame):
    """A rounded panel in the palette's Base colour with a hairline border."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundRole(Role.Base)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(QPen(palette.color(Role.Mid), 1))
        painter.setBrush(palette.color(Role.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)


class FormSection(Card):
    """A card with a heading, optional buttons beside it, and a form of labelled rows."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        self.title.setFont(heading_font(self.font()))
        self.title.setAccessibleName(title)
        self._header = QHBoxLayout()
        self._header.setSpacing(6)
        self._header.addWidget(self.title)
        self._header.addStretch(1)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.form.setFormAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(6)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(18, 14, 18, 16)
        self._layout.setSpacing(10)
        self._layout.addLayout(self._header)
        self._layout.addLayout(self.form)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def add_header_widget(self, widget: QWidget) -> None:
        """A button (e.g. "Add field…") on the heading's trailing side."""
        self._header.addWidget(widget)

    def add_row(self, label: str, field: QWidget) -> QLabel:
        """A labelled row; the label's buddy is ``field`` so Alt+letter and screen readers work."""
        caption = QLabel(label, self)
        caption.setBuddy(field)
        caption.setForegroundRole(Role.PlaceholderText)
        caption.setMinimumHeight(_editor_height(field))
        caption.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.form.addRow(caption, field)
        return caption

    def add_wide(self, widget: QWidget | QLayout) -> None:
        """A row that spans both columns (lists of emails, phones, addresses)."""
        if isinstance(widget, QLayout):
            self.form.addRow(widget)
        else:
            self.form.addRow(widget)

    def clear_rows(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)


def _editor_height(field: QWidget) -> int:
    """Labels align with the first line of their editor, not with the middle of a tall row."""
    editor = getattr(field, "editor", field)
    hint = editor.sizeHint().height()
    return min(hint + 4, 40)
