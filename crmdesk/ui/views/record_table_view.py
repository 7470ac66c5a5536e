"""The table of a record list: row selection, SQL sorting on header click, user-chosen columns.

Column choice, order, widths and the sort are UI state, remembered in QSettings per list under
the column *keys* (``name``, ``custom:vip``), not section numbers, so adding a custom field to
the file never scrambles someone's saved layout.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QTableView,
    QWidget,
)

from crmdesk.ui.delegates.text_delegate import IsolatingDelegate
from crmdesk.ui.models.formatting import Kind
from crmdesk.ui.models.record_table import RecordTableModel
from crmdesk.ui.widgets.labels import lifecycle_labels

_WIDTHS = {Kind.INTEGER: 80, Kind.NUMBER: 100, Kind.MOMENT: 120, Kind.DATE: 120}
_KEY_WIDTHS = {"name": 210, "email": 230, "company": 180}
_FIXED = frozenset({Kind.INTEGER, Kind.NUMBER, Kind.MOMENT, Kind.DATE, Kind.LIFECYCLE})
_FIXED_KEYS = frozenset({"phone"})  # a phone number cut short is of no use: never shrunk
PHONE_SAMPLE = "+421 905 123 4567"  # about the widest number people keep
CELL_PADDING = 24
MIN_WIDTH = 64
ROW_HEIGHT_EXTRA = 14  # breathing room above and below the text of each row


class RecordTableView(QTableView):
    """A QTableView set up for a windowed record model."""

    open_requested = Signal(int)  # record id (Enter or double-click)
    columns_changed = Signal()

    def __init__(
        self,
        settings_key: str,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        remember: bool = True,
    ) -> None:
        super().__init__(parent)
        self._settings_key = settings_key
        self._settings = settings
        self._remember = remember  # False: defaults only (screenshots), nothing written
        self._model: RecordTableModel[Any, Any, Any] | None = None
        self._applied_keys: list[str] = []
        self._restoring = False
        self._auto_widths = True  # widths follow the view's width until the user drags one
        self._dragging = False
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self.save_state)
        self._setup()

    def _setup(self) -> None:
        self.setItemDelegate(IsolatingDelegate(self))  # Latin names stay whole in Persian
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # O(1) at 1M rows
        vertical.setDefaultSectionSize(self.fontMetrics().height() + ROW_HEIGHT_EXTRA)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(MIN_WIDTH - 16)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.viewport().installEventFilter(self)
        header.sectionClicked.connect(self._on_section_clicked)
        header.sectionMoved.connect(self._schedule_save)
        header.sectionResized.connect(self._on_section_resized)
        self.activated.connect(self._on_activated)

    def set_record_model(self, model: RecordTableModel[Any, Any, Any]) -> None:
        self._model = model
        self.setModel(model)
        model.modelReset.connect(self._after_reset)
        self.restore_state()

    # ------------------------------------------------------------------ selection
    def selected_rows(self) -> list[int]:
        selection = self.selectionModel()
        if selection is None:
            return []
        rows: set[int] = set()
        ranges = selection.selection()
        for i in range(ranges.count()):
            selected = ranges.at(i)
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def selected_count(self) -> int:
        """How many rows are selected, without listing them (cheap for Ctrl+A on 1M rows)."""
        selection = self.selectionModel()
        if selection is None:
            return 0
        ranges = selection.selection()
        return sum(ranges.at(i).height() for i in range(ranges.count()))

    def selected_ids(self) -> list[int]:
        return self._model.ids_for_rows(self.selected_rows()) if self._model else []

    def current_id(self) -> int | None:
        index = self.currentIndex()
        if self._model is None or not index.isValid():
            return None
        return self._model.record_id(index.row())

    def select_ids(self, ids: list[int]) -> None:
        """Select the rows showing these ids among those loaded (after a refresh)."""
        if self._model is None or not ids:
            return
        rows = [r for r in (self._model.row_of(i) for i in ids) if r is not None]
        selection = self.selectionModel()
        if not rows or selection is None:
            return
        flags = selection.SelectionFlag
        self.setCurrentIndex(self._model.index(rows[0], 0))
        for row in rows:
            selection.select(self._model.index(row, 0), flags.Select | flags.Rows)

    def _on_activated(self, index: Any) -> None:
        if self._model is not None and index.isValid():
            record_id = self._model.record_id(index.row())
            if record_id is not None:
                self.open_requested.emit(record_id)

    # ------------------------------------------------------------------ sorting
    def _on_section_clicked(self, section: int) -> None:
        model = self._model
        if model is None:
            return
        key = model.columns[section].key
        descending = not model.descending if key == model.sort_key else False
        if model.set_sort(key, descending):
            self._schedule_save()
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        if self._model is None:
            return
        section = self._model.column_index(self._model.sort_key)
        order = (
            Qt.SortOrder.DescendingOrder if self._model.descending else Qt.SortOrder.AscendingOrder
        )
        self.horizontalHeader().setSortIndicator(section, order)

    # ------------------------------------------------------------------ columns
    def _header_menu(self, position: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(position))
        menu.deleteLater()

    def column_menu(self) -> QMenu:
        """A menu with one checkable entry per column (custom fields included)."""
        menu = QMenu(self.tr("Columns"), self)
        if self._model is None:
            return menu
        header = self.horizontalHeader()
        visible = sum(not header.isSectionHidden(i) for i in range(header.count()))
        for section, column in enumerate(self._model.columns):
            action = QAction(column.title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.setEnabled(header.isSectionHidden(section) or visible > 1)
            action.toggled.connect(lambda on, s=section: self.set_column_visible(s, on))
            menu.addAction(action)
        return menu

    def set_column_visible(self, section: int, visible: bool) -> None:
        self.horizontalHeader().setSectionHidden(section, not visible)
        if visible and self.horizontalHeader().sectionSize(section) < 48:
            self._restoring = True
            self.horizontalHeader().resizeSection(section, self._default_width(section))
            self._restoring = False
        if self._auto_widths:
            self._fit_columns()
        self.columns_changed.emit()
        self.save_state()

    def visible_keys(self) -> list[str]:
        """Keys of the shown columns, in the order they appear."""
        if self._model is None:
            return []
        header = self.horizontalHeader()
        sections = sorted(range(header.count()), key=header.visualIndex)
        keys = [c.key for c in self._model.columns]
        return [keys[s] for s in sections if not header.isSectionHidden(s)]

    def _default_width(self, section: int) -> int:
        assert self._model is not None
        column = self._model.columns[section]
        if column.kind is Kind.LIFECYCLE:  # the widest pill, translated
            metrics = self.fontMetrics()
            widest = max(metrics.horizontalAdvance(label) for _v, label in lifecycle_labels())
            return max(widest, metrics.horizontalAdvance(column.title)) + 44
        if column.key in _FIXED_KEYS:
            return self.fontMetrics().horizontalAdvance(PHONE_SAMPLE) + CELL_PADDING
        return _KEY_WIDTHS.get(column.key, _WIDTHS.get(column.kind, 160))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_widths and self.isVisible():
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Shrink the text columns' default widths so every shown column fits (no scrolling);
        dates, numbers and lifecycle pills keep their width."""
        header = self.horizontalHeader()
        assert self._model is not None
        columns = self._model.columns
        shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        wanted = {s: self._default_width(s) for s in shown}
        flexible = [
            s for s in shown if columns[s].kind not in _FIXED and columns[s].key not in _FIXED_KEYS
        ]
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        available = self.width() - 2 * self.frameWidth() - scroll_bar - 2  # room for a scroll bar
        room = available - sum(w for s, w in wanted.items() if s not in flexible)
        total = sum(wanted[s] for s in flexible)
        floor = MIN_WIDTH * len(flexible)
        scale = 1.0
        if total > room > floor:  # shrink what is above the minimum, evenly
            scale = (room - floor) / (total - floor)
        self._restoring = True  # our own resizing: not the user's choice
        try:
            for section, width in wanted.items():
                if section in flexible:
                    width = int(MIN_WIDTH + (width - MIN_WIDTH) * scale)
                header.resizeSection(section, width)
        finally:
            self._restoring = False

    # ------------------------------------------------------------------ settings
    def _on_section_resized(self, *_args: object) -> None:
        if self._restoring:
            return
        if self._dragging:
            self._auto_widths = False  # the user dragged a column edge: keep their widths
        self._schedule_save()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tell the user's column drags from Qt's own resizing (stretching the last one)."""
        if watched is self.horizontalHeader().viewport():
            if event.type() == QEvent.Type.MouseButtonPress:
                self._dragging = True
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._dragging = False
        return super().eventFilter(watched, event)

    def _schedule_save(self, *_args: object) -> None:
        if not self._restoring:
            self._save_timer.start()

    def save_state(self) -> None:
        if self._model is None or self._restoring or not self._remember:
            return
        header = self.horizontalHeader()
        keys = [c.key for c in self._model.columns]
        state = {
            "known": keys,
            "visible": self.visible_keys(),
            "widths": {}
            if self._auto_widths
            else {k: header.sectionSize(i) for i, k in enumerate(keys)},
            "sort": [self._model.sort_key, self._model.descending],
        }
        self._settings.setValue(self._settings_key, json.dumps(state))

    def _saved_state(self) -> dict[str, Any]:
        raw = self._settings.value(self._settings_key) if self._remember else None
        try:
            state = json.loads(str(raw)) if raw else {}
        except ValueError:
            state = {}
        return state if isinstance(state, dict) else {}

    def restore_state(self) -> None:
        """Apply the saved columns (defaults for columns never seen) and the saved sort."""
        model = self._model
        if model is None:
            return
        state = self._saved_state()
        self._restoring = True
        try:
            sort = state.get("sort")
            if isinstance(sort, list) and len(sort) == 2:
                model.set_sort(str(sort[0]), bool(sort[1]))
            self._apply_columns(state)
        finally:
            self._restoring = False
        self._applied_keys = [c.key for c in model.columns]
        self._show_sort_indicator()

    def _apply_columns(self, state: dict[str, Any]) -> None:
        assert self._model is not None
        header = self.horizontalHeader()
        known = set(state.get("known", []))
        shown = [str(k) for k in state.get("visible", [])]
        widths = state.get("widths", {})
        self._auto_widths = not widths
        keys = [c.key for c in self._model.columns]
        for section, column in enumerate(self._model.columns):
            visible = column.key in shown if column.key in known else column.visible
            header.setSectionHidden(section, not visible)
            width = widths.get(column.key) if isinstance(widths, dict) else None
            header.resizeSection(section, int(width or self._default_width(section)))
        for target, key in enumerate(k for k in shown if k in keys):
            header.moveSection(header.visualIndex(keys.index(key)), target)

    def _after_reset(self) -> None:
        if self._model is not None and [c.key for c in self._model.columns] != self._applied_keys:
            self.restore_state()
        self._show_sort_indicator()
