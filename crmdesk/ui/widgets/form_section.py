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
    QLineEdit,
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
        self.captions: list[QLabel] = []
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
        caption.setFixedHeight(_editor_height(field))
        caption.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.form.addRow(caption, field)
        self.captions.append(caption)
        return caption

    def add_wide(self, widget: QWidget) -> None:
        """A row that spans both columns."""
        self.form.addRow(widget)

    def clear_rows(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.captions = []

    def caption_width(self) -> int:
        return max((c.sizeHint().width() for c in self.captions), default=0)

    def set_caption_width(self, width: int) -> None:
        """Line the label column up with the other cards of the page."""
        for caption in self.captions:
            caption.setMinimumWidth(width)


def align_captions(sections: list[FormSection]) -> None:
    """Give every card the same label column, so all editors start at one edge."""
    width = max((s.caption_width() for s in sections), default=0)
    for section in sections:
        section.set_caption_width(width)


def _editor_height(field: QWidget) -> int:
    """Labels line up with the first line of their editor (a framed line edit's height)."""
    del field
    return QLineEdit().sizeHint().height() + 4  # + the error frame's margin (FieldRow)
