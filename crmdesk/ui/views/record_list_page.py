"""What the Contacts and Companies pages share: header, segments, filter bar, table, empty states.

A page is built as ``Page(ctx, parent)``. When ``parent`` is the main window (the shell's page
factory passes it) the page uses the window's undo stack, settings and ``changed`` broadcast and
asks it to open records; built alone (tests, previews) it makes its own. Writes go through
``ui.operations`` wrapped in undo commands (``ui.undo``); reads are the model's short sessions.
The bulk and context-menu actions live in ``list_actions.ListActions``.
"""

from __future__ import annotations

from typing import Any, Protocol, cast

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QPalette, QShowEvent, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from crmdesk.context import AppContext
from crmdesk.errors import CrmError
from crmdesk.services.changes import Changes
from crmdesk.services.segments import SegmentInfo
from crmdesk.ui.delegates.lifecycle_delegate import LifecycleDelegate
from crmdesk.ui.icons import icon
from crmdesk.ui.models.record_table import RecordTableModel
from crmdesk.ui.operations import lists
from crmdesk.ui.ops import OpsHost, read
from crmdesk.ui.theme import primary_button_css
from crmdesk.ui.views.bulk_bar import BulkBar, NoticeBar
from crmdesk.ui.views.filter_bar import FilterBar, FilterSpec
from crmdesk.ui.views.list_actions import ListActions
from crmdesk.ui.views.record_table_view import RecordTableView
from crmdesk.ui.views.segments_panel import SegmentsPanel
from crmdesk.ui.widgets.empty_state import EmptyState
from crmdesk.ui.widgets.page_header import MARGIN, PageHeader

KEEP_SELECTION_LIMIT = 500  # re-select at most this many rows after a refresh


class Shell(Protocol):
    """What a page uses of the main window (duck-typed, so pages also work alone)."""

    changed: Any
    undo_stack: QUndoStack
    settings: QSettings

    @property
    def ctx(self) -> AppContext: ...

    def notify_changed(self, changes: Changes) -> None: ...

    def open_record(self, entity: str, record_id: int) -> object: ...


class LocalHost(QObject):
    """The ``OpsHost`` of a page built without a main window: announces changes to itself."""

    changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx

    @property
    def ctx(self) -> AppContext:
        return self._ctx

    def notify_changed(self, changes: Changes) -> None:
        self.changed.emit(changes)


def as_shell(parent: QWidget | None) -> Shell | None:
    needed = ("changed", "undo_stack", "settings", "notify_changed", "open_record")
    return cast(Shell, parent) if all(hasattr(parent, n) for n in needed) else None


class RecordListPage(QWidget):
    """The shared page; subclasses name the entity, model, filters and texts."""

    open_record = Signal(str, int)  # entity, id: the shell opens the detail page

    entity = ""
    page_key = ""
    list_icon = "contacts"
    edit_fields: dict[str, str] = {}  # noqa: RUF012 (column key -> service field)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shell = as_shell(parent)
        local = None if self.shell else LocalHost(ctx, self)
        self.host: OpsHost = self.shell or cast(OpsHost, local)
        self.undo_stack = self.shell.undo_stack if self.shell else QUndoStack(self)
        self.settings = self.shell.settings if self.shell else QSettings()
        self.segments: dict[int, SegmentInfo] = {}
        self._extra: dict[str, Any] = {}  # segment criteria the filter bar cannot show
        self._stale = False
        self._unfiltered: int | None = None  # rows without any filter (cached between changes)
        self.model = self.make_model()
        self._build()
        self.list_actions = ListActions(self)
        (self.shell.changed if self.shell else cast(LocalHost, local).changed).connect(
            self.on_changed
        )
        if self.shell is not None:
            self.open_record.connect(self.shell.open_record)
        self.retranslate()
        self.reload(model_fresh=True)

    # ------------------------------------------------------------------ subclass hooks
    def make_model(self) -> RecordTableModel[Any, Any, Any]:
        raise NotImplementedError

    def filter_specs(self) -> list[FilterSpec]:
        raise NotImplementedError

    def make_filter(self, criteria: dict[str, Any]) -> Any:
        raise NotImplementedError

    def refresh_choices(self) -> None:
        """Fill the filter combos (tags, lead sources, ...) from the file."""

    def new_record(self) -> None:
        raise NotImplementedError

    def texts(self) -> dict[str, str]:
        """title, all, new, empty_title, empty_text, no_match_title, no_match_text."""
        raise NotImplementedError

    def count_text(self, shown: int, total: int, filtered: bool) -> str:
        raise NotImplementedError

    def trashed_text(self, count: int) -> str:
        raise NotImplementedError

    def selection_changed(self, count: int) -> None:
        """Enable page-specific actions (e.g. Merge needs exactly two rows)."""

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.header = PageHeader(self)
        self.new_button = QPushButton(self)
        self.new_button.setProperty("primary", True)
        self.new_button.setMinimumHeight(34)
        self.new_button.clicked.connect(self.new_record)
        self.header.add_widget(self.new_button)
        self.filter_bar = FilterBar(self.filter_specs(), self)
        self.filter_bar.changed.connect(self.apply_filter)
        self.bulk_bar = BulkBar(self)
        self.bulk_bar.hide()
        self.notice = NoticeBar(self)
        self.notice.action_clicked.connect(self.undo_stack.undo)
        remember = bool(getattr(self.shell, "persist", True))
        key = f"pages/{self.page_key}/columns"
        self.table = RecordTableView(key, self.settings, self, remember=remember)
        self.table.set_record_model(self.model)
        self.table.open_requested.connect(lambda i: self.open_record.emit(self.entity, i))
        self.model.edit_requested.connect(self._on_edit)
        lifecycle = self.model.column_index("lifecycle")
        if lifecycle >= 0:
            self.table.setItemDelegateForColumn(lifecycle, LifecycleDelegate(self.table))
        self.segments_panel = SegmentsPanel("", self.list_icon, self)
        self.segments_panel.chosen.connect(self.open_segment)
        self.segments_panel.delete_requested.connect(self._delete_segment)
        self.empty = EmptyState(self.list_icon, self)
        self.empty_new = self.empty.add_action("", self.new_record, icon_name="add")
        self.empty_import = self.empty.add_action(
            "", self._import, primary=False, icon_name="spreadsheet"
        )
        self.no_match = EmptyState("filter", self)
        self.no_match_clear = self.no_match.add_action("", self.filter_bar.clear, primary=False)
        self.stack = QStackedWidget(self)
        for widget in (self.table, self.empty, self.no_match):
            self.stack.addWidget(widget)
        self._lay_out()
        self._restyle()

    def _lay_out(self) -> None:
        content = QVBoxLayout()
        content.setSpacing(10)
        content.addWidget(self.filter_bar)
        content.addWidget(self.bulk_bar)
        content.addWidget(self.notice)
        content.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.setContentsMargins(MARGIN - 10, 0, MARGIN, 20)
        body.setSpacing(18)
        body.addWidget(self.segments_panel)
        body.addLayout(content, 1)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self.header)
        root.addLayout(body, 1)

    # ------------------------------------------------------------------ state
    def reload(self, *, model_fresh: bool = False) -> None:
        """Read everything again: choices, segments, the list (unless just built), counts."""
        self._stale = False
        self._unfiltered = None
        self.refresh_choices()
        self._load_segments()
        if not model_fresh:
            self.model.set_filter(self.current_filter())
        self.update_state()

    def current_criteria(self) -> dict[str, Any]:
        return {**self._extra, **self.filter_bar.criteria()}

    def current_filter(self) -> Any:
        return self.make_filter(self.current_criteria())

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._sync_segment_selection()
        self.update_state()

    def update_state(self) -> None:
        """Counts in the header, and which of table / empty / no match shows."""
        shown = self.model.total
        filtered = bool(self.current_filter().to_criteria())
        if not filtered:
            self._unfiltered = shown
        elif self._unfiltered is None:
            default = self.model.default_filter()
            self._unfiltered = read(self.ctx, self.model.query_count, default)
        total = self._unfiltered
        self.header.set_texts(self.texts()["title"], self.count_text(shown, total, filtered))
        target = self.table if shown else (self.no_match if total else self.empty)
        self.stack.setCurrentWidget(target)
        has_records = bool(total)
        self.filter_bar.setVisible(has_records or filtered)
        self.segments_panel.setVisible(has_records or bool(self.segments))
        self.list_actions.update_selection()

    def on_changed(self, changes: Changes) -> None:
        """Refresh what ``changes`` touched (later, on show, when the page is hidden)."""
        watched = {self.entity, *self.model.watches, "segment", "tag"}
        if not any(changes.touches(e) for e in watched):
            return
        if not self.isVisible():
            self._stale = True
            return
        if changes.touches(self.entity):
            self._unfiltered = None
        keep = []
        if self.table.selected_count() <= KEEP_SELECTION_LIMIT:
            keep = self.table.selected_ids()
        self.model.on_changed(changes)
        if changes.touches("segment"):
            self._load_segments()
        self.refresh_choices()
        self.update_state()
        self.table.select_ids(keep)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    # ------------------------------------------------------------------ segments
    def _load_segments(self) -> None:
        found = lists.list_segments(self.ctx, entity=self.entity)
        self.segments = {segment.id: segment for segment in found}
        self.segments_panel.set_segments(found)

    def open_segment(self, segment_id: int | None) -> None:
        """Show the rows of a saved segment (None: everything)."""
        criteria = self.segments[segment_id].criteria if segment_id in self.segments else {}
        shown_keys = {"text", *(spec.key for spec in self.filter_specs())}
        self._extra = {k: v for k, v in criteria.items() if k not in shown_keys}
        self.filter_bar.set_criteria(criteria)
        self.model.set_filter(self.current_filter())
        self.update_state()

    def _sync_segment_selection(self) -> None:
        """Keep the segment highlighted only while the filter is still exactly that segment."""
        now = self.current_filter().to_criteria()
        current = self.segments_panel.current_id()
        segment = self.segments.get(current) if current is not None else None
        if segment is not None and self.make_filter(segment.criteria).to_criteria() == now:
            return
        if not now:
            self._extra = {}
            self.segments_panel.select(None, quiet=True)
        else:
            self.segments_panel.clear_current()

    def save_segment(self, name: str, *, replace: bool = False) -> int:
        """Keep the current filter under ``name`` and highlight it (errors propagate)."""
        criteria = self.current_filter().to_criteria()
        segment_id = lists.save_segment(
            self.host, entity=self.entity, name=name, criteria=criteria, replace=replace
        )
        self._load_segments()
        self.segments_panel.select(segment_id, quiet=True)
        return segment_id

    def _delete_segment(self, segment_id: int) -> None:
        self.attempt(lambda: lists.delete_segment(self.host, segment_id=segment_id))

    # ------------------------------------------------------------------ edits and errors
    def _on_edit(self, record_id: int, key: str, value: Any) -> None:
        field = self.edit_fields.get(key)
        if field is not None:
            self.list_actions.edit_fields(record_id, {field: value})

    def attempt(self, work: Any) -> bool:
        """Run ``work()``; a user-facing error becomes a notice instead of a traceback."""
        try:
            work()
        except CrmError as error:
            self.show_error(str(error))
            return False
        return True

    def show_error(self, message: str) -> None:
        self.notice.show_message(message, error=True)

    def show_done(self, message: str) -> None:
        """A short confirmation with an Undo button."""
        self.notice.show_message(message, action_text=self.tr("Undo"))

    def _import(self) -> None:
        commands = getattr(self.shell, "commands", None)
        if commands is not None:
            commands.import_file.trigger()

    # ------------------------------------------------------------------ looks and language
    def retranslate(self) -> None:
        texts = self.texts()
        self.new_button.setText(texts["new"])
        self.segments_panel.set_all_text(texts["all"])
        self.empty.set_texts(texts["empty_title"], texts["empty_text"])
        self.empty_new.setText(texts["new"])
        self.empty_import.setText(self.tr("Import a Spreadsheet"))
        self.empty_import.setVisible(self.shell is not None)
        self.no_match.set_texts(texts["no_match_title"], texts["no_match_text"])
        self.no_match_clear.setText(self.tr("Clear Filters"))
        self.filter_bar.retranslate()
        self.filter_bar.retitle(self.filter_specs())
        self.list_actions.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh_choices()
            self.update_state()
        elif event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        self.new_button.setIcon(icon("add", QPalette.ColorRole.HighlightedText))
        if hasattr(self, "list_actions"):
            self.list_actions.refresh_icons()
        sheet = primary_button_css(self.palette())
        if sheet != self.new_button.styleSheet():
            self.new_button.setStyleSheet(sheet)
