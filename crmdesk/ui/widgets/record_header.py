"""The top of a detail page: avatar, name, "job title at company", lifecycle badge, tags, actions.

The subtitle is rich text whose links (``company:12``) are reported with ``link_activated`` so
the page can open the record. The tags are a :class:`TagChips` inside a :class:`FieldRow`, so a
bad tag is reported under the chips like any other field error.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.bidi import isolate
from crmdesk.ui.icons import tinted_pixmap
from crmdesk.ui.theme import accent_soft
from crmdesk.ui.widgets.chips import Pill, TagChips
from crmdesk.ui.widgets.field_row import FieldRow
from crmdesk.ui.widgets.layout_tools import set_margins

Role = QPalette.ColorRole
AVATAR = 56


def initials(name: str) -> str:
    """Up to two initials; a CJK name (no spaces) gives its first character."""
    words = [w for w in name.split() if w]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][0].upper()
    return (words[0][0] + words[-1][0]).upper()


class Avatar(QWidget):
    """A disc with initials (people) or an icon (companies) in the accent colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.icon_name: str | None = None
        self.setFixedSize(AVATAR, AVATAR)

    def set_content(self, *, text: str = "", icon_name: str | None = None) -> None:
        self.text, self.icon_name = text, icon_name
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent_soft(palette, Role.Window))
        painter.drawEllipse(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        ink = palette.color(Role.Highlight)
        if self.icon_name:
            size = AVATAR // 2
            pixmap = tinted_pixmap(self.icon_name, size, ink, self.devicePixelRatioF())
            painter.drawPixmap((AVATAR - size) // 2, (AVATAR - size) // 2, pixmap)
            return
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.6)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text)


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when squeezed, instead of widening the window."""

    def minimumSizeHint(self) -> QSize:
        """Room for a few letters and "…", but never more than the text itself needs (a
        two-character Chinese name must not push the badge away)."""
        floor = self.fontMetrics().horizontalAdvance("M…") * 3
        width = min(floor, super().sizeHint().width())
        return QSize(width, super().minimumSizeHint().height())

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = self.fontMetrics().elidedText(
            isolate(self.text()), Qt.TextElideMode.ElideRight, self.width()
        )
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.rect(), align, shown)


class RecordHeader(QWidget):
    """Avatar + title block + action buttons, then the tag chips."""

    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.avatar = Avatar(self)
        self.title = ElidedLabel(self)
        self.title.setObjectName("recordTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.badge = Pill("", parent=self)
        self.subtitle = self._make_subtitle()
        self.tags = TagChips(self)
        self.tags_row = FieldRow(self.tags, self)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(8)
        title_line = QHBoxLayout()
        title_line.setSpacing(10)
        title_line.addWidget(self.title, 0)
        title_line.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        title_line.addStretch(1)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addLayout(title_line)
        texts.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(texts, 1)
        top.addLayout(self.action_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        self.tags_line = QHBoxLayout()
        self.tags_line.addWidget(self.tags_row, 1)
        layout.addLayout(self.tags_line)
        set_margins(self.tags_line, self, AVATAR + 16, 0, 0, 0)
        self._restyle()
        self._align_subtitle()

    def _make_subtitle(self) -> QLabel:
        """Rich text whose links (``company:12``, a website) are reported, not followed."""
        subtitle = QLabel(self)
        subtitle.setTextFormat(Qt.TextFormat.RichText)
        subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        subtitle.setForegroundRole(Role.PlaceholderText)
        subtitle.linkActivated.connect(self.link_activated)
        return subtitle

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.title.setToolTip(text)

    def set_badge(self, text: str, hue: int | None) -> None:
        self.badge.set_text(text, hue)
        self.badge.setVisible(bool(text))

    def add_action(self, widget: QWidget) -> None:
        self.action_row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._restyle()
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_subtitle()
            set_margins(self.tags_line, self, AVATAR + 16, 0, 0, 0)
        super().changeEvent(event)

    def _align_subtitle(self) -> None:
        """Start the subtitle at the page's leading edge even when it is Persian in an English
        window (a label would otherwise align by the direction of its own text)."""
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.subtitle.setAlignment(
            side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )

    def _restyle(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.Bold)
        if font != self.title.font():
            self.title.setFont(font)
