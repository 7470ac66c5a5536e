"""The building blocks of the Today page: a card per section and a row per item.

A row shows a title, a muted detail line and a trailing "when" (red when late); task rows
carry a checkbox that ticks the task done in place. A row is one tab stop: Enter or a click
opens what it is about. A section lists its first rows and a "Show all" button for the rest,
building row widgets only when they are shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.icons import pixmap
from crmdesk.ui.theme import RESTYLE_EVENTS, accent_soft, css, mix
from crmdesk.ui.widgets.field_row import error_color
from crmdesk.ui.widgets.form_section import Card, heading_font

Role = QPalette.ColorRole
Targets = tuple[tuple[str, int], ...]
FIRST_ROWS = 6


@dataclass(frozen=True)
class RowSpec:
    """What one row shows; ``targets`` are the records it can open, best first."""

    key: str  # unique within its section ("task:12")
    title: str
    detail: str = ""
    when: str = ""
    late: bool = False
    badge: str = ""  # "High", "Urgent"
    task_id: int | None = None
    targets: Targets = ()


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" instead of pushing its neighbours away."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
        # isolated: a Latin title in a Persian layout keeps its full stop at its end
        painter.drawText(self.contentsRect(), int(align), f"\u2068{text}\u2069")

    def sizeHint(self) -> QSize:
        return QSize(120, super().sizeHint().height())


class TickBox(QAbstractButton):
    """A round tick box (clearer than a square checkbox on a card, in light and dark):
    an outlined circle, a faint tick on hover, filled with the accent once ticked."""

    SIZE = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setFixedSize(self.SIZE + 4, self.SIZE + 4)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)

    def sizeHint(self) -> QSize:
        return QSize(self.SIZE + 4, self.SIZE + 4)

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = QGuiApplication.palette()
        accent = palette.color(Role.Highlight)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        circle = QRectF(2.5, 2.5, self.SIZE - 1, self.SIZE - 1)
        ring = (
            accent if self.hasFocus() or self.underMouse() else palette.color(Role.PlaceholderText)
        )
        painter.setPen(QPen(ring, 2.0 if self.hasFocus() else 1.5))
        painter.setBrush(accent if self.isChecked() else palette.color(Role.Base))
        painter.drawEllipse(circle)
        if self.isChecked() or self.underMouse():
            ink = palette.color(Role.HighlightedText) if self.isChecked() else accent
            pen = QPen(ink, 1.8)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            x, y = circle.left(), circle.top()
            painter.drawPolyline(
                [QPointF(x + 4.5, y + 8.8), QPointF(x + 7.3, y + 11.5), QPointF(x + 12.5, y + 5.8)]
            )


class ItemRow(QFrame):
    """One item; emits ``activated(targets)`` on click/Enter and ``ticked(task id)``."""

    activated = Signal(object)
    ticked = Signal(int)

    def __init__(self, spec: RowSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("todayRow")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setAccessibleName(spec.title)
        self.setAccessibleDescription(" · ".join(p for p in (spec.detail, spec.when) if p))
        self.check: TickBox | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 12, 6)
        row.setSpacing(10)
        if spec.task_id is not None:
            self.check = TickBox(self)
            self.check.setToolTip(self.tr("Mark as done"))
            self.check.setAccessibleName(self.tr("Done"))
            self.check.toggled.connect(self._on_toggled)
            row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(1)
        self.title = ElidedLabel(spec.title, self)
        self.detail = ElidedLabel(spec.detail, self)
        self.detail.setForegroundRole(Role.PlaceholderText)
        self.detail.setVisible(bool(spec.detail))
        texts.addWidget(self.title)
        texts.addWidget(self.detail)
        row.addLayout(texts, 1)
        self.badge = QLabel(spec.badge, self)
        self.badge.setObjectName("todayBadge")
        self.badge.setVisible(bool(spec.badge))
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        self.when = QLabel(spec.when, self)
        self.when.setObjectName("todayWhen")
        self.when.setProperty("late", spec.late)
        row.addWidget(self.when, 0, Qt.AlignmentFlag.AlignTop)

    def _on_toggled(self, on: bool) -> None:
        if on and self.spec.task_id is not None:
            self.ticked.emit(self.spec.task_id)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.spec.targets)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.spec.targets)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class Section(Card):
    """A titled card: icon, title, count, then its rows (or a quiet line when empty)."""

    row_activated = Signal(object)
    task_ticked = Signal(int, str)

    def __init__(self, key: str, icon_name: str, parent: QWidget | None = None) -> None:
        self._restyling = True  # Card's constructor already sends a change event
        super().__init__(parent)
        self.key, self.icon_name = key, icon_name
        self._specs: list[RowSpec] = []
        self._expanded = False
        self.rows: list[ItemRow] = []
        self.glyph = QLabel(self)
        self.title = QLabel(self)
        self.title.setFont(heading_font(self.font(), scale=1.08))
        self.count = QLabel(self)
        self.count.setObjectName("todayCount")
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.glyph)
        header.addWidget(self.title)
        header.addWidget(self.count)
        header.addStretch(1)
        self.empty = QLabel(self)
        self.empty.setForegroundRole(Role.PlaceholderText)
        self.empty.setContentsMargins(10, 2, 10, 4)
        self.more = QPushButton(self)
        self.more.setFlat(True)
        self.more.setObjectName("todayMore")
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.clicked.connect(self.toggle_expanded)
        self.list = QVBoxLayout()
        self.list.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.empty)
        layout.addLayout(self.list)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeading)
        # never squeezed below its rows: the page scrolls instead
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._restyling = False
        self._restyle()

    def set_texts(self, title: str, empty: str) -> None:
        self.title.setText(title)
        self.empty.setText(empty)

    def set_rows(self, specs: Sequence[RowSpec], *, count_text: str, more_text: str) -> None:
        """Show ``specs`` (the first few until expanded); ``count_text`` beside the title."""
        self._specs = list(specs)
        self.count.setText(count_text)
        self.count.setVisible(bool(specs))
        self.empty.setVisible(not specs)
        self._more_text = more_text
        self._rebuild()

    def toggle_expanded(self) -> None:
        self._expanded = not self._expanded
        self._rebuild()

    def _rebuild(self) -> None:
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        shown = self._specs if self._expanded else self._specs[:FIRST_ROWS]
        self.rows = [self._make_row(spec) for spec in shown]
        hidden = len(self._specs) > FIRST_ROWS
        self.more.setVisible(hidden)
        self.more.setText(self.tr("Show fewer") if self._expanded else self._more_text)

    def _make_row(self, spec: RowSpec) -> ItemRow:
        row = ItemRow(spec, self)
        row.activated.connect(self.row_activated)
        row.ticked.connect(lambda task_id, title=spec.title: self.task_ticked.emit(task_id, title))
        self.list.addWidget(row)
        row.show()  # at once, not on the next pass of the event loop
        return row

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in RESTYLE_EVENTS and not self._restyling:
            self._restyling = True
            try:
                self._restyle()
            finally:
                self._restyling = False
        super().changeEvent(event)

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()  # not ours: our style sheet alters ours
        self.glyph.setPixmap(pixmap(self.icon_name, 18, Role.Highlight, palette))
        accent, text = palette.color(Role.Highlight), palette.color(Role.WindowText)
        hover = mix(palette.color(Role.Base), text, 0.05)
        late = error_color(palette)
        sheet = (
            f"QFrame#todayRow {{ border-radius: 6px; border: 1px solid transparent; }}"
            f" QFrame#todayRow:hover {{ background: {css(hover)}; }}"
            f" QFrame#todayRow:focus {{ border: 1px solid {css(accent)}; }}"
            f" QLabel#todayCount {{ background: {css(accent_soft(palette))};"
            f" color: {css(accent)}; border-radius: 9px; padding: 0px 7px; font-weight: 600; }}"
            f' QLabel#todayWhen[late="true"] {{ color: {css(late)}; }}'
            f' QLabel#todayWhen[late="false"] {{'
            f" color: {css(palette.color(Role.PlaceholderText))}; }}"
            f" QLabel#todayBadge {{ color: {css(late)}; border: 1px solid {css(late)};"
            " border-radius: 8px; padding: 0px 6px; }"
            f" QPushButton#todayMore {{ color: {css(palette.color(Role.Link))};"
            " border: none; padding: 2px 10px; }"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
