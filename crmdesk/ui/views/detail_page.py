"""What the contact and company pages share: header, form cards, timeline, saving, keys.

Every edit is saved when the user finishes it, as one undoable transaction: plain fields
through ``undo.EditFieldsCommand``, lists (emails, phones, addresses, tags) through
``EditPartsCommand``. When the service refuses the value (``ValidationError``) the message
is shown beside the editor that was edited — nothing is saved and the editor keeps the text.

Keys: Ctrl+S commits the editor that has focus; Ctrl+] / Ctrl+[ (also Alt+Down / Alt+Up) go
to the next / previous record of the list the user came from.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crmdesk.context import AppContext
from crmdesk.errors import CrmError, NotFoundError, ValidationError
from crmdesk.services.changes import Changes
from crmdesk.ui import ops, undo
from crmdesk.ui.operations.details import Parts
from crmdesk.ui.operations.records import tag_names
from crmdesk.ui.views.detail_commands import EditPartsCommand
from crmdesk.ui.views.timeline_view import TimelineView
from crmdesk.ui.widgets.field_row import FieldRow
from crmdesk.ui.widgets.form_section import Card, FormSection, align_captions
from crmdesk.ui.widgets.inline_editors import InlineEditor
from crmdesk.ui.widgets.labels import field_label
from crmdesk.ui.widgets.layout_tools import focus_order, set_margins
from crmdesk.ui.widgets.record_header import RecordHeader

Navigator = Callable[[int, int], int | None]
HISTORY_ENTITIES = ("interaction", "task", "deal", "ticket", "order")


class ErrorTarget(Protocol):
    def show_error(self, message: str) -> None: ...

    def clear_error(self) -> None: ...


def _host_of(ctx: AppContext, parent: QWidget | None) -> ops.OpsHost:
    """The main window when it is our parent (it broadcasts changes), else a quiet host."""
    if parent is not None and callable(getattr(parent, "notify_changed", None)):
        return parent  # type: ignore[return-value]
    return ops.RecordingHost(ctx)


class DetailPage(QWidget):
    """Base of ContactDetailPage and CompanyDetailPage."""

    entity = ""
    list_page = ""  # the list page whose order Ctrl+] / Ctrl+[ follow ("contacts")
    open_record = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.host = _host_of(ctx, parent)
        self.undo_stack: QUndoStack | None = getattr(parent, "undo_stack", None)
        self.record_id: int | None = None
        self.rows: dict[str, FieldRow] = {}
        self.navigator: Navigator | None = None
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self._saving = False
        self._sized = False
        self.header = RecordHeader(self)
        self.header.link_activated.connect(self._on_link)
        self.header.tags.changed.connect(self._save_tags)
        self.timeline = TimelineView(ctx, self)
        self.timeline.open_record.connect(self.open_record)
        self.content, self.sections = self._new_content()
        self._rebuild_pending = False
        self._layout_page()
        self._bind_keys()
        changed = getattr(parent, "changed", None)
        if changed is not None:
            changed.connect(self.on_changed)
        window_open = getattr(parent, "open_record", None)
        self._window_open: Callable[[str, int], object] | None = None
        self._window = parent
        if callable(window_open):
            self._window_open = window_open
            self.open_record.connect(window_open)

    # ------------------------------------------------------------------ layout

    def _layout_page(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidget(self.content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area = scroll
        panel = Card(self)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(1, 1, 1, 1)
        panel_layout.addWidget(self.timeline)
        side = QWidget(self)
        self.side_layout = QHBoxLayout(side)
        self.side_layout.addWidget(panel)
        self._mirror_margins()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(6)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)

    def _new_content(self) -> tuple[QWidget, QVBoxLayout]:
        """The scrolled widget that holds the cards (made again on a language switch)."""
        content = QWidget(self)
        content.setMinimumWidth(460)
        sections = QVBoxLayout(content)
        sections.setSpacing(14)
        return content, sections

    def build_sections(self) -> None:
        """Make the cards (subclasses); called at start and again after a language switch."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Texts outside the cards (the cards are rebuilt instead)."""
        self.header.tags.retranslate()

    def rebuild(self) -> None:
        """The language changed: build the cards again in it and show the same record."""
        self._rebuild_pending = False
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.rows = {}
        self.content, self.sections = self._new_content()
        self._mirror_margins()
        self.build_sections()
        self.scroll_area.setWidget(self.content)
        self.retranslate()
        if self.record_id is not None:
            self.show_record(self.record_id)

    def add_section(self, title: str) -> FormSection:
        section = FormSection(title, self.content)
        self.sections.addWidget(section)
        return section

    def finish_sections(self) -> None:
        self.sections.addStretch(1)
        self.align_labels()
        self.fix_tab_order()

    def fix_tab_order(self) -> None:
        """Tab follows the screen: header links and buttons, tags, each card top to bottom,
        then the timeline (rows added later, like a new email, would otherwise come last)."""
        chain = [*focus_order(self.header.layout()), *focus_order(self.sections)]
        chain.append(self.timeline.list)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def align_labels(self) -> None:
        """One label column for every card (called again when custom fields change)."""
        align_captions(self.content.findChildren(FormSection))

    def bind(
        self, section: FormSection, key: str, editor: QWidget, label: str | None = None
    ) -> FieldRow:
        """Put ``editor`` in ``section`` as field ``key``; its commits save ``{key: value}``."""
        row = FieldRow(editor, section)
        section.add_row(label or field_label(key), row)
        self.rows[key] = row
        inline: Any = editor
        inline.committed.connect(lambda: self.save_values(row, self.values_of(key, inline)))
        inline.reverted.connect(row.clear_error)
        return row

    def values_of(self, key: str, editor: InlineEditor) -> dict[str, Any]:
        """The stored fields an editor stands for (a page overrides this for compound ones)."""
        return {key: editor.value()}

    # ------------------------------------------------------------------ loading

    def show_record(self, record_id: int) -> None:
        """Show record ``record_id`` (and its timeline from the newest item)."""
        self.record_id = record_id
        for row in self.rows.values():
            row.clear_error()
        self.refresh()
        self.load_timeline(record_id)
        self.scroll_area.verticalScrollBar().setValue(0)

    def show_argument(self, argument: str) -> None:
        """The main window's hook: ``--page contact:42`` / ``open_record("contact", 42)``."""
        self.show_record(int(argument))

    def refresh(self) -> None:
        if self.record_id is None:
            return
        try:
            self.populate()
        except NotFoundError:
            self.record_id = None
            return
        self.header.tags.set_suggestions(tag_names(self.ctx))

    def populate(self) -> None:
        raise NotImplementedError

    def load_timeline(self, record_id: int) -> None:
        raise NotImplementedError

    def set_editor(self, key: str, value: Any) -> None:
        """Show a saved value, except in an editor that holds a refused value (keep the text)."""
        row = self.rows.get(key)
        if row is not None and not row.error:
            editor: Any = row.editor
            editor.set_value(value)

    def on_changed(self, changes: Changes) -> None:
        """Refresh when something this page shows changed (broadcast by the main window)."""
        if self.record_id is None:
            return
        if self.touches_record(changes) and not self._saving:
            self.refresh()
        if self.touches_record(changes) or any(changes.touches(e) for e in HISTORY_ENTITIES):
            self.timeline.reload()

    def touches_record(self, changes: Changes) -> bool:
        return self.record_id in changes.ids(self.entity)

    # ------------------------------------------------------------------ saving

    def save_values(self, origin: ErrorTarget, values: dict[str, Any]) -> bool:
        assert self.record_id is not None
        command = undo.EditFieldsCommand(
            self.host,
            entity=self.entity,
            record_id=self.record_id,
            new=values,
            text=self.tr("Edit %1").replace("%1", field_label(next(iter(values)))),
        )
        return self.run(origin, command)

    def save_parts(self, origin: ErrorTarget, parts: Parts, what: str) -> bool:
        assert self.record_id is not None
        command = EditPartsCommand(
            self.host,
            entity=self.entity,
            record_id=self.record_id,
            parts=parts,
            text=self.tr("Edit %1").replace("%1", field_label(what)),
        )
        return self.run(origin, command)

    def run(self, origin: ErrorTarget, command: undo.OpCommand) -> bool:
        """Apply ``command`` (pushed for undo); a refusal is shown beside ``origin``."""
        self._saving = True
        try:
            if self.undo_stack is not None:
                undo.push(self.undo_stack, command)
            else:
                command.apply()
        except ValidationError as error:
            origin.show_error(error.message)
            return False
        except CrmError as error:
            origin.show_error(str(error))
            return False
        finally:
            self._saving = False
        origin.clear_error()
        self.refresh()
        self.timeline.reload()
        return True

    def _save_tags(self) -> None:
        parts = Parts(tag_names=tuple(self.header.tags.tags()))
        if not self.save_parts(self.header.tags_row, parts, "tags"):
            self.header.tags.revert()

    # ------------------------------------------------------------------ keys and links

    def _bind_keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        keys: list[tuple[QKeySequence, Callable[[], None]]] = [
            (QKeySequence(QKeySequence.StandardKey.Save), self.commit_current),
            (QKeySequence("Ctrl+]"), lambda: self.step(1)),
            (QKeySequence("Ctrl+["), lambda: self.step(-1)),
            (QKeySequence("Alt+Down"), lambda: self.step(1)),
            (QKeySequence("Alt+Up"), lambda: self.step(-1)),
        ]
        self.shortcuts: list[QShortcut] = []
        for sequence, slot in keys:
            shortcut = QShortcut(sequence, self, context=context)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def commit_current(self) -> None:
        """Ctrl+S: save the editor that has focus now (editors also save on leaving)."""
        widget = QApplication.focusWidget()
        while widget is not None and widget is not self:
            commit = getattr(widget, "commit", None)
            if callable(commit) and hasattr(widget, "committed"):
                commit()
                return
            widget = widget.parentWidget()

    def current_record(self) -> tuple[str, int] | None:
        """The main window's hook: the customer Ctrl+L preselects."""
        return None if self.record_id is None else (self.entity, self.record_id)

    def step(self, offset: int) -> None:
        """Go to the next (1) or previous (-1) record of the list, when there is one."""
        if self.record_id is None:
            return
        navigator = self.navigator or self._list_neighbour
        target = navigator(self.record_id, offset)
        if target is None:
            return
        if self._window_open is not None:
            self._window_open(self.entity, target)  # keeps the window's Back history right
        else:
            self.show_record(target)

    def _list_neighbour(self, record_id: int, offset: int) -> int | None:
        """The record ``offset`` rows away in the list page's current order and filter."""
        find_page = getattr(self._window, "page", None)
        page = find_page(self.list_page) if callable(find_page) else None
        model = getattr(page, "model", None)
        row_of = getattr(model, "row_of", None)
        record_at = getattr(model, "record_id", None)
        if not callable(row_of) or not callable(record_at):
            return None
        row = row_of(record_id)
        if row is None or row + offset < 0:
            return None
        found = record_at(row + offset)
        return int(found) if found is not None else None

    def _on_link(self, link: str) -> None:
        entity, _, record = link.partition(":")
        if record.isdigit():
            self.open_record.emit(entity, int(record))
        else:
            self.open_url(QUrl(link))

    def showEvent(self, event: QShowEvent) -> None:
        """Give the form about three fifths of the width the first time the page shows."""
        if not self._sized:
            self._sized = True
            width = max(self.width(), 900)
            self.splitter.setSizes([width * 3 // 5, width * 2 // 5])
        super().showEvent(event)

    def _mirror_margins(self) -> None:
        """The form's outer edge and the timeline's outer edge get the wide margin."""
        set_margins(self.sections, self, 28, 4, 14, 24)
        set_margins(self.side_layout, self, 0, 4, 28, 24)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._mirror_margins()
        if event.type() == QEvent.Type.LanguageChange and not self._rebuild_pending:
            self._rebuild_pending = True  # once, after every widget has had the event
            QTimer.singleShot(0, self.rebuild)
        super().changeEvent(event)
