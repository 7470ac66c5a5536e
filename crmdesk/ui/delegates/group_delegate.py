"""Two-line list items: a title (the names of a duplicate group) over a muted reason line.

Each line is laid out in its own text direction (a Persian name and a Latin email keep their
own order) and elided on its own, so a long group never hides its reason.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

#: The model role holding the second (muted) line.
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
PAD, ICON, GAP = 8, 18, 10


class TwoLineDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, PAD * 2 + height * 2 + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        opt.icon = QIcon()  # the frame and selection only; the lines are drawn below
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        icon_rect = QStyle.visualRect(
            option.direction, option.rect, QRect(rect.x(), rect.y() + 1, ICON, ICON)
        )
        decoration = index.data(Qt.ItemDataRole.DecorationRole)
        if decoration is not None:
            mode = decoration.Mode.Selected if selected else decoration.Mode.Normal
            decoration.paint(painter, icon_rect, Qt.AlignmentFlag.AlignCenter, mode)
        text_rect = QStyle.visualRect(
            option.direction,
            option.rect,
            QRect(rect.x() + ICON + GAP, rect.y(), rect.width() - ICON - GAP, rect.height()),
        )
        line = QFontMetrics(option.font).height()
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        self._line(painter, text_rect.adjusted(0, 0, 0, -line), title, bold, palette.color(role))
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        self._line(painter, text_rect.adjusted(0, line + 2, 0, 0), subtitle, option.font, muted)

    @staticmethod
    def _line(painter: QPainter, rect: QRect, text: str, font: QFont, color: QColor) -> None:
        painter.save()
        painter.setFont(font)
        painter.setPen(color)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        painter.drawText(rect, int(flags), elided)
        painter.restore()
