"""The actions of a list page: bulk tag, bulk lifecycle, delete, save segment, inline edits.

Each change is an undo command pushed on the page's stack (``ui.undo.push``), so Edit > Undo
takes it back; a ``CrmError`` becomes a notice (or an error inside the dialog that asked).
Dialogs are non-blocking (``open()``); the last one is kept in ``dialog`` for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from crmdesk.errors import CrmError
from crmdesk.ui.dialogs.text_prompt import TextPrompt
from crmdesk.ui.icons import icon
from crmdesk.ui.operations.records import tag_names
from crmdesk.ui.undo import (
    EditFieldsCommand,
    LifecycleCommand,
    OpCommand,
    TagCommand,
    TrashCommand,
    push,
)
from crmdesk.ui.widgets.labels import lifecycle_labels

if TYPE_CHECKING:
    from crmdesk.ui.views.record_list_page import RecordListPage

BULK_LIMIT = 2000  # larger bulk changes belong in a background job
Shortcut = Qt.ShortcutContext


class ListActions(QObject):
    """QActions for the bulk bar, the table's context menu and the page's shortcuts."""

    def __init__(self, page: RecordListPage) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: QDialog | None = None
        self.open = self._make("forward", self._open_current)
        self.add_tag = self._make("tag", lambda: self.ask_tag(add=True))
        self.remove_tag = self._make("tag", lambda: self.ask_tag(add=False))
        self.lifecycle_menu = QMenu(page)
        self.set_lifecycle = self._make("pipeline", None)
        self.set_lifecycle.setMenu(self.lifecycle_menu)
        self.delete = self._make("delete", self.trash_selected)
        self.delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete.setShortcutContext(Shortcut.WidgetShortcut)
        page.table.addAction(self.delete)
        self.find = self._make(None, self._focus_search)
        self.find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find.setShortcutContext(Shortcut.WidgetWithChildrenShortcut)
        page.addAction(self.find)
        self.new = self._make("add", page.new_record)
        if page.shell is None:  # in the window, Ctrl+N is the window's action
            self.new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
            self.new.setShortcutContext(Shortcut.WidgetWithChildrenShortcut)
            page.addAction(self.new)
        self.extra: list[QAction] = []
        for action in (self.add_tag, self.remove_tag, self.set_lifecycle, self.delete):
            page.bulk_bar.add_action(action)
        page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        page.table.customContextMenuRequested.connect(self._context_menu)
        page.table.selectionModel().selectionChanged.connect(self.update_selection)
        page.model.modelReset.connect(self.update_selection)
        page.filter_bar.save_requested.connect(self.ask_segment_name)

    def _make(self, icon_name: str | None, slot: Callable[[], object] | None) -> QAction:
        action = QAction(self)
        if icon_name:
            action.setIcon(icon(icon_name))
            action.setProperty("icon_name", icon_name)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def add_extra(self, action: QAction) -> None:
        """A page-specific action in the bulk bar and the context menu (e.g. Merge)."""
        self.extra.append(action)
        self.page.bulk_bar.add_action(action)

    # ------------------------------------------------------------------ selection
    def update_selection(self, *_args: object) -> None:
        count = self.page.table.selected_count()
        self.page.bulk_bar.setVisible(count > 0)
        self.page.bulk_bar.set_text(self.tr("%Ln selected", "", count))
        for action in (self.add_tag, self.remove_tag, self.set_lifecycle, self.delete):
            action.setEnabled(count > 0)
        self.page.selection_changed(count)

    def selection(self) -> list[int]:
        """Ids of the selected rows; empty (with a notice) when there are too many."""
        count = self.page.table.selected_count()
        if count > BULK_LIMIT:
            self.page.show_error(
                self.tr("Select at most %Ln rows to change them all at once.", "", BULK_LIMIT)
            )
            return []
        return self.page.table.selected_ids()

    def _open_current(self) -> None:
        record_id = self.page.table.current_id()
        if record_id is not None:
            self.page.open_record.emit(self.page.entity, record_id)

    def _focus_search(self) -> None:
        self.page.filter_bar.search.setFocus()
        self.page.filter_bar.search.selectAll()

    def _context_menu(self, position: QPoint) -> None:
        table = self.page.table
        if not table.indexAt(position).isValid():  # the Menu key: at the current row
            current = table.currentIndex()
            if not current.isValid() or not table.selected_count():
                return
            position = table.visualRect(current).center()
        menu = QMenu(self.page)
        menu.addAction(self.open)
        menu.addSeparator()
        menu.addActions([self.add_tag, self.remove_tag])
        menu.addMenu(self.lifecycle_menu)
        menu.addActions(self.extra)
        menu.addSeparator()
        menu.addAction(self.delete)
        menu.exec(self.page.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    # ------------------------------------------------------------------ changes
    def run(self, command: OpCommand) -> bool:
        """Apply and push ``command``; a CrmError becomes a notice."""
        command.on_error = self.page.show_error
        return self.page.attempt(lambda: push(self.page.undo_stack, command))

    def edit_fields(self, record_id: int, values: dict[str, Any]) -> bool:
        host, entity = self.page.host, self.page.entity
        command = EditFieldsCommand(host, entity=entity, record_id=record_id, new=values)
        return self.run(command)

    def trash_selected(self) -> None:
        ids = self.selection()
        if not ids:
            return
        command = TrashCommand(self.page.host, entity=self.page.entity, ids=ids)
        if self.run(command):
            self.page.show_done(self.page.trashed_text(len(command.moved)))

    def set_lifecycle_of_selection(self, lifecycle: str) -> None:
        ids = self.selection()
        if ids:
            entity = self.page.entity
            self.run(LifecycleCommand(self.page.host, entity=entity, ids=ids, lifecycle=lifecycle))

    def ask_tag(self, *, add: bool) -> None:
        ids = self.selection()
        if not ids:
            return
        dialog = TextPrompt(
            title=self.tr("Add Tag") if add else self.tr("Remove Tag"),
            label=self.tr("Tag for the selected record:")
            if len(ids) == 1
            else self.tr("Tag for the %Ln selected records:", "", len(ids)),
            ok_text=self.tr("Add Tag") if add else self.tr("Remove Tag"),
            suggestions=tag_names(self.page.ctx),
            parent=self.page,
        )
        dialog.submitted.connect(lambda name: self._tag(dialog, ids, name, add))
        self.open_dialog(dialog)

    def _tag(self, dialog: TextPrompt, ids: list[int], name: str, add: bool) -> None:
        command = TagCommand(self.page.host, entity=self.page.entity, ids=ids, name=name, add=add)
        command.on_error = self.page.show_error
        try:
            push(self.page.undo_stack, command)
        except CrmError as error:
            dialog.show_error(str(error))
            return
        dialog.accept()

    def ask_segment_name(self) -> None:
        dialog = TextPrompt(
            title=self.tr("Save Segment"),
            label=self.tr("Name of this segment:"),
            ok_text=self.tr("Save"),
            parent=self.page,
        )
        dialog.submitted.connect(lambda name: self._save_segment(dialog, name))
        self.open_dialog(dialog)

    def _save_segment(self, dialog: TextPrompt, name: str) -> None:
        try:
            self.page.save_segment(name)
        except CrmError as error:
            dialog.show_error(str(error))
            return
        dialog.accept()

    def open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def refresh_icons(self) -> None:
        """Re-tint the icons from the palette (after a theme change)."""
        for action in [*self.findChildren(QAction), *self.extra]:
            name = action.property("icon_name")
            if isinstance(name, str):
                action.setIcon(icon(name))

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.open.setText(self.tr("Open"))
        self.add_tag.setText(self.tr("Add Tag…"))
        self.remove_tag.setText(self.tr("Remove Tag…"))
        self.set_lifecycle.setText(self.tr("Lifecycle"))
        self.lifecycle_menu.setTitle(self.tr("Set Lifecycle"))
        self.delete.setText(self.tr("Delete"))
        self.delete.setToolTip(self.tr("Move the selected records to the trash (Delete)"))
        self.find.setText(self.tr("Filter the List"))
        self.new.setText(self.page.texts()["new"])
        self.lifecycle_menu.clear()
        for value, label in lifecycle_labels():
            action = self.lifecycle_menu.addAction(label)
            action.triggered.connect(
                lambda _c=False, v=str(value): self.set_lifecycle_of_selection(v)
            )
