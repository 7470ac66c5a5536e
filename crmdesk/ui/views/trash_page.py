"""The Trash page: deleted records of every kind; restore them, or empty the trash for good.

Deleting from a list is undoable and lands here; emptying asks first, because it is not.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.context import AppContext
from crmdesk.services.changes import Changes
from crmdesk.ui.delegates.text_delegate import IsolatingDelegate
from crmdesk.ui.icons import icon
from crmdesk.ui.models.trash_table import TrashTableModel
from crmdesk.ui.operations import lists
from crmdesk.ui.ops import OpsHost
from crmdesk.ui.views.bulk_bar import NoticeBar
from crmdesk.ui.views.record_list_page import LocalHost, as_shell
from crmdesk.ui.views.record_table_view import ROW_HEIGHT_EXTRA
from crmdesk.ui.widgets.empty_state import EmptyState
from crmdesk.ui.widgets.page_header import MARGIN, PageHeader

TRASHABLE = ("contact", "company", "interaction", "task", "deal", "ticket", "order")


class TrashPage(QWidget):
    """Header with Restore / Empty Trash, the list of deleted records, an empty state."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shell = as_shell(parent)
        local = None if self.shell else LocalHost(ctx, self)
        self.host: OpsHost = self.shell or cast(OpsHost, local)
        self._stale = False
        self.confirmation: QMessageBox | None = None
        self.model = TrashTableModel(self)
        self._build()
        (self.shell.changed if self.shell else cast(LocalHost, local).changed).connect(
            self.on_changed
        )
        self.retranslate()
        self.reload()

    def _build(self) -> None:
        self.header = PageHeader(self)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self)
        self.empty_button.clicked.connect(self.ask_empty)
        for button in (self.restore_button, self.empty_button):
            button.setMinimumHeight(34)
            self.header.add_widget(button)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(IsolatingDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + ROW_HEIGHT_EXTRA
        )
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(TrashTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TrashTableModel.KIND, 160)
        header.resizeSection(TrashTableModel.DELETED, 160)
        header.setHighlightSections(False)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.restore_selected())
        self.notice = NoticeBar(self)
        self.empty = EmptyState("delete", self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        body = QVBoxLayout()
        body.setContentsMargins(MARGIN, 0, MARGIN, 20)
        body.setSpacing(10)
        body.addWidget(self.notice)
        body.addWidget(self.stack, 1)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self.header)
        root.addLayout(body, 1)
        self._restyle()

    # ------------------------------------------------------------------ state
    def reload(self) -> None:
        self._stale = False
        self.model.set_items(lists.list_trash(self.ctx))
        total = lists.count_trash(self.ctx) if self.model.rowCount() else 0
        self.header.set_texts(self.tr("Trash"), self._count_text(total))
        self.stack.setCurrentWidget(self.table if total else self.empty)
        self._update_buttons()

    def _count_text(self, total: int) -> str:
        if total == 0:
            return ""
        if total == 1:
            return self.tr("1 deleted record")
        text = self.tr("%Ln deleted records", "", total)
        if total > self.model.rowCount():
            shown = self.tr("the %Ln most recent are listed", "", self.model.rowCount())
            text = f"{text} · {shown}"
        return text

    def on_changed(self, changes: Changes) -> None:
        if not any(changes.touches(entity) for entity in TRASHABLE):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _selected(self) -> list[tuple[str, int]]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [(self.model.item(r).entity, self.model.item(r).record_id) for r in rows]

    def _update_buttons(self, *_args: object) -> None:
        self.restore_button.setEnabled(bool(self._selected()))
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    # ------------------------------------------------------------------ actions
    def restore_selected(self) -> None:
        items = self._selected()
        if not items:
            return
        lists.restore_from_trash(self.host, items=items)
        message = (
            self.tr("1 record restored.")
            if len(items) == 1
            else self.tr("%Ln records restored.", "", len(items))
        )
        self.notice.show_message(message)

    def ask_empty(self) -> None:
        """Ask before erasing for good (non-blocking; the answer arrives in ``_on_answer``)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Empty the Trash"))
        box.setText(self.tr("Erase everything in the trash for good?"))
        box.setInformativeText(self.tr("Erased records cannot be restored or undone."))
        erase = box.addButton(self.tr("Empty Trash"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._on_answer(button is erase))
        self.confirmation = box
        box.open()

    def _on_answer(self, erase: bool) -> None:
        self.confirmation = None
        if erase:
            lists.empty_trash(self.host)
            self.notice.show_message(self.tr("The trash is empty now."))

    # ------------------------------------------------------------------ looks and language
    def retranslate(self) -> None:
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Put the selected records back where they were"))
        self.empty_button.setText(self.tr("Empty Trash…"))
        self.empty.set_texts(
            self.tr("The trash is empty"),
            self.tr("Deleted contacts, companies, deals and more wait here until you empty it."),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        elif event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        self.restore_button.setIcon(icon("back", QPalette.ColorRole.ButtonText))
        self.empty_button.setIcon(icon("delete", QPalette.ColorRole.ButtonText))
