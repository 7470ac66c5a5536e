"""The header every page starts with: a big title, a muted subtitle, actions at the far end.

    header = PageHeader()
    header.set_texts(self.tr("Contacts"), self.tr("%n people", "", count))
    header.add_widget(new_contact_button)

Layout direction does the mirroring: in Persian the title sits on the right, actions on the left.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crmdesk.ui.theme import RESTYLE_EVENTS, css, set_sheet

Role = QPalette.ColorRole
MARGIN = 28


class PageHeader(QWidget):
    """Title + subtitle on the leading side, a row of widgets on the trailing side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restyling = True  # no restyle until built
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("pageSubtitle")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title_label)
        texts.addWidget(self.subtitle_label)
        self.trailing = QHBoxLayout()
        self.trailing.setSpacing(8)
        row = QHBoxLayout(self)
        row.setContentsMargins(MARGIN, 22, MARGIN, 14)
        row.addLayout(texts, 1)
        row.addLayout(self.trailing)
        self._restyling = False
        self._restyle()
        self._align_texts()

    def set_texts(self, title: str, subtitle: str = "") -> None:
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))

    def add_widget(self, widget: QWidget) -> None:
        self.trailing.addWidget(widget)

    def _align_texts(self) -> None:
        """Title and subtitle start at the page's leading edge even when their text runs the
        other way (an English count in a Persian window; a label aligns by its own text)."""
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for label in (self.title_label, self.subtitle_label):
            label.setAlignment(
                side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_texts()
        if event.type() in RESTYLE_EVENTS and not self._restyling:
            self._restyling = True
            try:
                self._restyle()
            finally:
                self._restyling = False
        return super().event(event)

    def _restyle(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.Bold)
        if font != self.title_label.font():
            self.title_label.setFont(font)
        muted = QGuiApplication.palette().color(Role.PlaceholderText)
        set_sheet(self.subtitle_label, f"color: {css(muted)};")
