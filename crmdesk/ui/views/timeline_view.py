"""A customer's whole history on one timeline, newest first, grouped by day.

Each item shows an icon for its kind in a tinted disc (interactions blue, tasks amber, deals
green, tickets red, orders violet, field changes grey), its title, one line of detail and how
long ago it happened; hovering shows the full date. Scrolling to the end loads older items.
Activating an item (double-click, Enter) emits ``open_record(kind, id)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.context import AppContext
from crmdesk.services.timeline import TimelineItem
from crmdesk.ui.bidi import isolate
from crmdesk.ui.icons import tinted_pixmap
from crmdesk.ui.models.timeline_model import (
    DETAIL_ROLE,
    DRAWN_DETAIL_ROLE,
    HEADING_ROLE,
    ITEM_ROLE,
    WHEN_ROLE,
    TimelineModel,
)
from crmdesk.ui.widgets.chips import tone
from crmdesk.ui.widgets.form_section import heading_font

Index = QModelIndex | QPersistentModelIndex
Role = QPalette.ColorRole

ICONS = {
    "call": "call",
    "meeting": "meeting",
    "email": "mail",
    "message": "message",
    "visit": "visit",
    "note": "note",
    "task": "task",
    "task-done": "check",
    "deal": "deal",
    "deal-won": "deal",
    "deal-lost": "deal",
    "ticket": "tickets",
    "ticket-closed": "tickets",
    "order": "orders",
    "created": "add",
    "change": "edit",
}
HUES: dict[str, int | None] = {
    "interaction": 212,
    "task": 35,
    "deal": 145,
    "ticket": 0,
    "order": 268,
    "change": None,
}
DISC = 30
PAD = 10


def icon_name(item: TimelineItem) -> str:
    return ICONS.get(item.icon_hint, ICONS.get(item.kind, "info"))


class TimelineDelegate(QStyledItemDelegate):
    """Paints headings (muted, small caps) and items (disc, title, detail, time)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        if index.data(HEADING_ROLE):
            return QSize(200, metrics.height() + 18)
        lines = 2 if index.data(DETAIL_ROLE) else 1
        return QSize(200, max(DISC, metrics.lineSpacing() * lines) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect
        if index.data(HEADING_ROLE):
            self._paint_heading(painter, option, rect, str(index.data()))
        else:
            self._paint_item(painter, option, rect, index)
        painter.restore()

    def _paint_heading(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, text: str
    ) -> None:
        palette: QPalette = option.palette
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        painter.setPen(palette.color(Role.PlaceholderText))
        area = rect.adjusted(4, 10, -4, -2)
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QStyle.alignedRect(option.direction, align, area.size(), area), align, text
        )

    def _paint_item(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, index: Index
    ) -> None:
        palette: QPalette = option.palette
        direction: Qt.LayoutDirection = option.direction
        item: TimelineItem = index.data(ITEM_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(Role.AlternateBase if not selected else Role.Midlight))
            painter.drawRoundedRect(rect.adjusted(0, 1, 0, -1), 6, 6)

        def visual(r: QRect) -> QRect:
            return QStyle.visualRect(direction, rect, r)

        disc = QRect(rect.left() + 4, rect.top() + PAD, DISC, DISC)
        fill, ink = tone(palette, HUES.get(item.kind))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(visual(disc))
        glyph = tinted_pixmap(icon_name(item), 16, ink, painter.device().devicePixelRatioF())
        painter.drawPixmap(visual(disc).center() - QRect(0, 0, 16, 16).center(), glyph)
        self._paint_texts(painter, option, rect, index, visual)

    def _paint_texts(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        index: Index,
        visual: Callable[[QRect], QRect],
    ) -> None:
        palette: QPalette = option.palette
        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        when = str(index.data(WHEN_ROLE) or "")
        when_width = QFontMetrics(small).horizontalAdvance(when) + 4
        left = rect.left() + 4 + DISC + 12
        right = rect.right() - 6
        line = QFontMetrics(base).lineSpacing()
        top = rect.top() + PAD + (0 if index.data(DETAIL_ROLE) else (DISC - line) // 2)
        lead = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        trail = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        painter.setFont(small)
        painter.setPen(palette.color(Role.PlaceholderText))
        painter.drawText(visual(QRect(right - when_width, top, when_width, line)), trail, when)
        title_font = QFont(base)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(palette.color(Role.Text))
        width = right - when_width - 8 - left
        title = QFontMetrics(title_font).elidedText(
            isolate(str(index.data())), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(visual(QRect(left, top, width, line)), lead, title)
        detail = str(index.data(DRAWN_DETAIL_ROLE) or "")
        if detail:
            painter.setFont(base)
            painter.setPen(palette.color(Role.PlaceholderText))
            full = right - left
            shown = QFontMetrics(base).elidedText(detail, Qt.TextElideMode.ElideRight, full)
            painter.drawText(visual(QRect(left, top + line, full, line)), lead, shown)


class TimelineView(QWidget):
    """The "Timeline" panel of a detail page: heading, the list, and an empty state."""

    open_record = Signal(str, int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = TimelineModel(ctx, now=now, parent=self)
        self.title = QLabel(self.tr("Timeline"), self)
        self.title.setFont(heading_font(self.font()))
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(TimelineDelegate(self.list))
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setMouseTracking(True)
        self.list.setUniformItemSizes(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Timeline"))
        self.list.viewport().setBackgroundRole(Role.Base)
        self.list.activated.connect(self._on_activated)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setForegroundRole(Role.PlaceholderText)
        self.empty.setMargin(24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.model.modelReset.connect(self._sync_empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Timeline"))
        self.list.setAccessibleName(self.tr("Timeline"))
        self.empty.setText(
            self.tr(
                "Nothing has happened yet. Log a call or a meeting to start "
                "this customer's history."
            )
        )

    def show_contact(self, contact_id: int) -> None:
        self.model.set_scope(contact_id=contact_id)

    def show_company(self, company_id: int, people: dict[int, str] | None = None) -> None:
        """A company's history, its people's items marked with their names."""
        self.model.names = dict(people or {})
        self.model.set_scope(company_id=company_id)

    def reload(self) -> None:
        self.model.reload()

    def _sync_empty(self) -> None:
        self.stack.setCurrentWidget(self.list if self.model.rowCount() else self.empty)

    def _on_activated(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if isinstance(item, TimelineItem) and item.kind != "change":
            self.open_record.emit(item.kind, item.record_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.reload()
        super().changeEvent(event)
