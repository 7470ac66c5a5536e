"""Lifecycle cells as coloured pills (lead blue, prospect amber, customer green), edited with
a combo box of the translated stages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from crmdesk.ui.widgets.chips import tone
from crmdesk.ui.widgets.labels import lifecycle_labels

Index = QModelIndex | QPersistentModelIndex
HUES: dict[str, int | None] = {"lead": 210, "prospect": 35, "customer": 140, "former": None}
PAD_X, PAD_Y = 9, 3


class LifecycleDelegate(QStyledItemDelegate):
    """Paints the stage as a pill on the leading side of the cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None or not text:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        font = QFont(option.font)
        font.setPointSizeF(option.font.pointSizeF() * 0.92)
        metrics = QFontMetrics(font)
        size = QSize(metrics.horizontalAdvance(text) + 2 * PAD_X + 2, metrics.height() + 2 * PAD_Y)
        cell: QRect = option.rect.adjusted(6, 0, -6, 0)
        pill = QStyle.alignedRect(
            option.direction,
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
            size.boundedTo(cell.size()),
            cell,
        )
        fill, ink = tone(option.palette, HUES.get(str(value)))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        radius = pill.height() / 2
        painter.drawRoundedRect(pill, radius, radius)
        painter.setPen(ink)
        painter.setFont(font)
        painter.drawText(
            pill,
            Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, pill.width() - 2 * PAD_X),
        )
        painter.restore()

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        for value, label in lifecycle_labels():
            combo.addItem(label, str(value))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value: Any = editor.currentData()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
