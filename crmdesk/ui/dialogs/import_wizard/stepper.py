"""The wizard's step rail: numbered steps, the current one in the accent colour, done ones ticked.

Painted from the palette (light, dark) and mirrored by the layout direction (right to left in
Persian), so it needs no style sheet and follows a theme switch by itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QStyle, QWidget

from crmdesk.ui.icons import tinted_pixmap
from crmdesk.ui.theme import accent_soft

Role = QPalette.ColorRole
DOT = 26
ROW = 52
PAD_X = 22
PAD_TOP = 26


class StepRail(QWidget):
    """Shows ``titles``; ``set_current(i)`` moves the highlight (steps before it are done)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles: list[str] = []
        self._current = 0
        self.setAutoFillBackground(True)
        self.setBackgroundRole(Role.Window)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    @property
    def current(self) -> int:
        return self._current

    def set_titles(self, titles: Sequence[str]) -> None:
        self._titles = list(titles)
        self.updateGeometry()
        self.update()

    def set_current(self, index: int) -> None:
        self._current = index
        self.update()

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self._bold())
        widest = max((metrics.horizontalAdvance(t) for t in self._titles), default=120)
        width = PAD_X * 2 + DOT + 14 + min(max(widest, 120), 220)
        return QSize(width, PAD_TOP + ROW * max(len(self._titles), 1))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        line = QPen(palette.color(Role.Mid), 2)
        for index, title in enumerate(self._titles):
            top = PAD_TOP + index * ROW
            dot = self._visual(QRect(PAD_X, top, DOT, DOT))
            if index + 1 < len(self._titles):
                painter.setPen(line)
                x = dot.center().x() + 0.5
                painter.drawLine(QPointF(x, top + DOT + 5), QPointF(x, top + ROW - 5))
            self._paint_dot(painter, dot, index)
            left = PAD_X + DOT + 14
            text_rect = self._visual(QRect(left, top, self.width() - left - PAD_X // 2, DOT))
            self._paint_title(painter, text_rect, title, index)
        painter.end()

    def _visual(self, rect: QRect) -> QRect:
        return QStyle.visualRect(self.layoutDirection(), self.rect(), rect)

    def _paint_dot(self, painter: QPainter, rect: QRect, index: int) -> None:
        palette = self.palette()
        accent = palette.color(Role.Highlight)
        box = QRectF(rect).adjusted(1, 1, -1, -1)
        if index < self._current:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent_soft(palette, Role.Window))
            painter.drawEllipse(box)
            tick = tinted_pixmap("check", 16, accent, self.devicePixelRatioF())
            painter.drawPixmap(rect.x() + (DOT - 16) // 2, rect.y() + (DOT - 16) // 2, tick)
            return
        current = index == self._current
        painter.setPen(QPen(accent if current else palette.color(Role.Mid), 1.5))
        painter.setBrush(accent if current else palette.color(Role.Base))
        painter.drawEllipse(box)
        painter.setPen(palette.color(Role.HighlightedText if current else Role.PlaceholderText))
        painter.setFont(self._bold())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, QLocale().toString(index + 1))

    def _paint_title(self, painter: QPainter, rect: QRect, title: str, index: int) -> None:
        palette = self.palette()
        current = index == self._current
        painter.setFont(self._bold() if current else self.font())
        role = Role.WindowText if index <= self._current else Role.PlaceholderText
        painter.setPen(palette.color(role))
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
        elided = QFontMetrics(painter.font()).elidedText(
            title, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect, int(align), elided)
