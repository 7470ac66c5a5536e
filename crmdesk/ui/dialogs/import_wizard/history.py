"""Import history: every import of this file, with what it did, and "Undo Import".

An undo asks first, then runs as one user action (``operations.imports.undo``) and tells every
page what changed, and how many records it kept because they were merged since the import
(undo never takes a merge apart). An import already undone says so and cannot be undone twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QItemSelectionModel, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.errors import CrmError
from crmdesk.services.import_history import BatchRow
from crmdesk.ui.dialogs.import_wizard.confirm import ask
from crmdesk.ui.icons import icon
from crmdesk.ui.operations import imports
from crmdesk.ui.ops import OpsHost
from crmdesk.ui.widgets.empty_state import EmptyState
from crmdesk.ui.widgets.tones import BAD, GOOD, MutedLabel, Notice

if TYPE_CHECKING:
    from crmdesk.exchange.importing.undo import UndoResult

WHEN, SOURCE, KIND, ROWS, CREATED, UPDATED, SKIPPED, FAILED, STATUS = range(9)
NUMBERS = (ROWS, CREATED, UPDATED, SKIPPED, FAILED)


def local_time(moment: datetime) -> str:
    shown = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


_FULL_WIDTH_STOPS = ("。", "！", "？")


class UndoTexts(QObject):
    """What an undo kept, in words; shared by this dialog and the wizard's summary page (a
    QObject so ``self.tr`` has a context and lupdate sees the plural)."""

    def undone(self, done: str, result: UndoResult) -> str:
        """``done`` ("The import was undone."), then how many records the undo left alone
        because they were merged since the import."""
        kept = sum(len(ids) for ids in result.kept_merged.values())
        if not kept:
            return done
        if kept == 1:
            note = self.tr("1 record merged since the import was kept as it is.")
        else:
            note = self.tr("%Ln records merged since the import were kept as they are.", "", kept)
        space = "" if done.endswith(_FULL_WIDTH_STOPS) else " "  # Chinese: no space after 。
        return f"{done}{space}{note}"


class ImportHistoryDialog(QDialog):
    def __init__(self, host: OpsHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.batches: list[BatchRow] = []
        self.confirm: QMessageBox | None = None
        self.intro = MutedLabel("", self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 9, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.horizontalHeader().setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = EmptyState("import", self)
        self.message = Notice(GOOD, self)
        self.message.hide()
        self.undo_button = QPushButton(icon("undo"), "", self)
        self.undo_button.clicked.connect(self.ask_undo)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(22, 18, 22, 16)
        column.setSpacing(10)
        column.addWidget(self.intro)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty, 1)
        column.addWidget(self.message)
        column.addLayout(buttons)
        self.resize(880, 460)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import History"))
        self.intro.setText(
            self.tr(
                "Every import into this file. Undoing one removes what it created and gives "
                "the fields it changed their old values back."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"), self.tr("File"), self.tr("Records"), self.tr("Rows"),
                self.tr("Created"), self.tr("Updated"), self.tr("Skipped"), self.tr("Failed"),
                self.tr("Status"),
            ]
        )  # fmt: skip
        self.empty.set_texts(
            self.tr("No imports yet"),
            self.tr("Files you import appear here, and each import can be undone."),
        )
        self.undo_button.setText(self.tr("Undo Import…"))
        self.close_button.setText(self.tr("Close"))

    def reload(self) -> None:
        self.batches = imports.batches(self.host.ctx)
        self.table.setRowCount(len(self.batches))
        locale = QLocale()
        kinds = {"contact": self.tr("People"), "company": self.tr("Companies"),
                 "order": self.tr("Orders")}  # fmt: skip
        for position, batch in enumerate(self.batches):
            values = {
                WHEN: local_time(batch.started_at),
                SOURCE: batch.source,
                KIND: kinds.get(batch.entity, batch.entity),
                STATUS: self._status(batch),
            }
            numbers = (batch.rows, batch.created, batch.updated, batch.skipped, batch.failed)
            values.update({c: locale.toString(n) for c, n in zip(NUMBERS, numbers, strict=True)})
            for column, text in values.items():
                item = QTableWidgetItem(text)
                if column in NUMBERS:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(position, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(self.batches))
        self.empty.setVisible(not self.batches)
        if self.batches and not self.table.selectedItems():
            self._select_first()
        self._update_buttons()

    def _select_first(self) -> None:
        # Not selectRow(): right to left it picks the column at the viewport's far edge,
        # which is no column before the dialog is laid out (so nothing is selected).
        first = self.table.model().index(0, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(first, flags.ClearAndSelect | flags.Rows)

    def _status(self, batch: BatchRow) -> str:
        if batch.undone_at is not None:
            return self.tr("Undone %1").replace("%1", local_time(batch.undone_at))
        return self.tr("Imported")

    def selected(self) -> BatchRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def ask_undo(self) -> None:
        batch = self.selected()
        if batch is None or batch.undone_at is not None:
            return
        text = self.tr(
            "Undo the import of “%1” (%2)? What it created is removed and the fields it "
            "changed get their old values back."
        )
        text = text.replace("%1", batch.source).replace("%2", local_time(batch.started_at))
        self.confirm = ask(
            self, self.tr("Undo Import?"), text, self.tr("Undo Import"), lambda: self.undo(batch.id)
        )

    def undo(self, batch_id: int) -> None:
        try:
            result = imports.undo(self.host, batch_id=batch_id)
        except CrmError as error:
            self.message.show_message(str(error), BAD)
        else:
            done = UndoTexts().undone(self.tr("The import was undone."), result)
            self.message.show_message(done, GOOD)
        self.reload()
