"""Rows of search results: an icon, the title, a muted subtitle, a trailing hint (shortcut).

Used by the command palette and the "who" picker of the log-interaction dialog. Rows whose
``HEADER_ROLE`` is true are drawn as small group headings ("People", "Companies"). The
geometry is computed left to right and mirrored with ``QStyle.visualRect``, so Persian reads
right to left without special code.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crmdesk.ui.theme import accent_soft

Index = QModelIndex | QPersistentModelIndex
Role = QPalette.ColorRole
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 10
TRAILING_ROLE = Qt.ItemDataRole.UserRole + 11
HEADER_ROLE = Qt.ItemDataRole.UserRole + 12
ROW_HEIGHT = 36
HEADER_HEIGHT = 28
PAD = 10
ICON = 18
GAP = 10


class HitDelegate(QStyledItemDelegate):
    """Paints hits and group headings from the palette."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        header = bool(index.data(HEADER_ROLE))
        return QSize(200, HEADER_HEIGHT if header else ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.data(HEADER_ROLE):
            self._paint_header(painter, option, index)
        else:
            self._paint_hit(painter, option, index)
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        font = QFont(option.font)
        font.setPointSizeF(option.font.pointSizeF() * 0.86)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(option.palette.color(Role.PlaceholderText))
        box = option.rect.adjusted(PAD + 2, 6, -PAD, 0)
        text = QFontMetrics(font).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideRight,
            box.width(),
        )  # fmt: skip
        painter.drawText(  # isolated: each text keeps its own direction (see today_texts)
            QStyle.visualRect(option.direction, option.rect, box),
            _leading(option),
            f"\u2068{text}\u2069",
        )

    def _paint_hit(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            # the application palette: a view with a transparent style-sheet background hands
            # the delegate a transparent Base, which would turn the wash into a dark band
            painter.setBrush(accent_soft(QGuiApplication.palette()))
            painter.drawRoundedRect(rect.adjusted(4, 1, -4, -1), 6, 6)
        inner = rect.adjusted(PAD + 2, 0, -PAD - 2, 0)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            box = QRect(inner.left(), inner.center().y() - ICON // 2 + 1, ICON, ICON)
            mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
            icon.paint(painter, QStyle.visualRect(option.direction, rect, box), mode=mode)
        inner.setLeft(inner.left() + ICON + GAP)
        metrics = QFontMetrics(option.font)
        trailing = str(index.data(TRAILING_ROLE) or "")
        if trailing:
            width = metrics.horizontalAdvance(trailing) + 4
            box = QRect(inner.right() - width, inner.top(), width, inner.height())
            self._text(painter, option, box, trailing, Role.PlaceholderText)
            inner.setRight(box.left() - GAP)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, inner.width())
        self._text(painter, option, inner, title, Role.Highlight if selected else Role.Text)
        used = metrics.horizontalAdvance(title) + 2 * GAP
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        room = inner.width() - used
        if subtitle and room > 40:
            box = QRect(inner.left() + used, inner.top(), room, inner.height())
            subtitle = metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, room)
            self._text(painter, option, box, subtitle, Role.PlaceholderText)

    @staticmethod
    def _text(
        painter: QPainter, option: QStyleOptionViewItem, box: QRect, text: str, role: Role
    ) -> None:
        painter.setFont(option.font)
        painter.setPen(option.palette.color(role))
        painter.drawText(  # isolated: each text keeps its own direction (see today_texts)
            QStyle.visualRect(option.direction, option.rect, box),
            _leading(option),
            f"\u2068{text}\u2069",
        )


def _leading(option: QStyleOptionViewItem) -> Qt.AlignmentFlag:
    """The leading edge of the item's direction, as an absolute side: a painter in a
    right-to-left view would otherwise mirror "left" once more."""
    rtl = option.direction == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
