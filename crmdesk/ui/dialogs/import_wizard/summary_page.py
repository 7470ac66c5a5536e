"""Step 6: what the import did. Every row is accounted for: created + updated + skipped +
failed = rows. Failed rows can be saved to an xlsx with a reason column (fix them there and
import that file); the whole import can be undone from here (or later, from the history).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
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
from crmdesk.exchange.importing.model import ERROR, ImportSummary, Problem, RowAction
from crmdesk.ui.bidi import isolate
from crmdesk.ui.dialogs.import_wizard.base import ImportState, WizardPage, section_label
from crmdesk.ui.dialogs.import_wizard.confirm import ask
from crmdesk.ui.dialogs.import_wizard.file_page import LAST_FOLDER
from crmdesk.ui.dialogs.import_wizard.history import UndoTexts
from crmdesk.ui.dialogs.import_wizard.texts import entity_noun
from crmdesk.ui.icons import icon, tinted_pixmap
from crmdesk.ui.operations import imports
from crmdesk.ui.widgets.tones import (
    BAD,
    GOOD,
    INFO,
    NEUTRAL,
    WARN,
    CountTile,
    Notice,
    tone_color,
)

LISTED = 1000  # problems listed in the table (all are in the failed-rows file)


class SummaryPage(WizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.confirm: QMessageBox | None = None
        self.undone = False
        self.headline = Notice(GOOD, self)
        self.tiles = {
            RowAction.CREATE: CountTile(GOOD, "add", self),
            RowAction.UPDATE: CountTile(INFO, "edit", self),
            RowAction.SKIP: CountTile(NEUTRAL, "forward", self),
            RowAction.FAIL: CountTile(BAD, "warning", self),
        }
        self.problems_label = section_label(self)
        self.problems = QTableWidget(0, 3, self)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(False)
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        )
        self.problems.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.message = Notice(INFO, self)
        self.message.hide()
        self.save_button = QPushButton(icon("export"), "", self)
        self.save_button.clicked.connect(self.save_failed)
        self.undo_button = QPushButton(icon("undo"), "", self)
        self.undo_button.clicked.connect(self.ask_undo)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.headline)
        column.addLayout(tiles)
        column.addWidget(self.problems_label)
        column.addWidget(self.problems, 1)
        column.addWidget(self.message)
        column.addLayout(buttons)

    # ------------------------------------------------------------------ texts
    def title(self) -> str:
        return self.tr("Import Finished")

    def subtitle(self) -> str:
        name = self.state.path.name if self.state.path else ""
        return self.tr("Every row of “%1” is accounted for below.").replace("%1", name)

    def step_title(self) -> str:
        return self.tr("Summary")

    def next_text(self) -> str | None:
        return self.tr("Close")

    def can_go_back(self) -> bool:
        return False

    def retranslate(self) -> None:
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.save_button.setText(self.tr("Save Failed Rows…"))
        self.save_button.setToolTip(
            self.tr("An Excel file of the rows that failed, with the reason: fix and import it")
        )
        self.undo_button.setText(self.tr("Undo This Import"))
        if self.state.summary is not None:
            self._fill(self.state.summary)

    # ------------------------------------------------------------------ showing
    def enter(self) -> None:
        self.undone = False
        self.message.hide()
        self.retranslate()

    def _fill(self, summary: ImportSummary) -> None:
        locale = QLocale()
        rows = locale.toString(summary.rows)
        text = self.tr("%1 rows read: %2 created, %3 updated, %4 skipped, %5 failed.")
        for marker, count in zip(
            ("%1", "%2", "%3", "%4", "%5"),
            (summary.rows, summary.created, summary.updated, summary.skipped, summary.failed),
            strict=True,
        ):
            text = text.replace(marker, locale.toString(count))
        del rows
        self.headline.show_message(text, WARN if summary.failed else GOOD)
        noun = entity_noun(summary.entity)
        counts = {
            RowAction.CREATE: (summary.created, self.tr("%1 created").replace("%1", noun)),
            RowAction.UPDATE: (summary.updated, self.tr("%1 updated").replace("%1", noun)),
            RowAction.SKIP: (summary.skipped, self.tr("rows skipped")),
            RowAction.FAIL: (summary.failed, self.tr("rows failed")),
        }
        for action, (count, caption) in counts.items():
            self.tiles[action].set_count(count, caption)
        self._fill_problems([*summary.errors, *summary.warnings])
        self.save_button.setEnabled(summary.failed > 0)
        self.undo_button.setEnabled(summary.batch_id is not None and not self.undone)

    def _fill_problems(self, problems: list[Problem]) -> None:
        shown = problems[:LISTED]
        self.problems.setRowCount(len(shown))
        palette = QGuiApplication.palette()
        icons = {
            tone: QIcon(tinted_pixmap("warning", 14, tone_color(palette, tone)))
            for tone in (BAD, WARN)
        }
        locale = QLocale()
        for position, problem in enumerate(shown):
            tone = BAD if problem.severity == ERROR else WARN
            row = locale.toString(problem.row) if problem.row else "—"
            number = QTableWidgetItem(icons[tone], row)
            number.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.problems.setItem(position, 0, number)
            self.problems.setItem(position, 1, QTableWidgetItem(isolate(problem.column)))
            message = QTableWidgetItem(isolate(problem.message))
            message.setToolTip(problem.message)
            self.problems.setItem(position, 2, message)
        self.problems.resizeColumnToContents(1)
        self.problems_label.setVisible(bool(shown))
        self.problems.setVisible(bool(shown))
        if problems:
            errors = any(problem.severity == ERROR for problem in problems)
            text = self.tr("Problems (%1)") if errors else self.tr("Warnings (%1)")
            self.problems_label.setText(text.replace("%1", QLocale().toString(len(problems))))

    # ------------------------------------------------------------------ actions
    def save_failed(self) -> None:
        folder = Path(str(self.state.settings.value(LAST_FOLDER, str(Path.home()))))
        stem = self.state.path.stem if self.state.path else "import"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Failed Rows"),
            str(folder / f"{stem} - failed rows.xlsx"),
            self.tr("Excel workbook") + " (*.xlsx)",
        )
        if chosen:
            self.write_failed(Path(chosen))

    def write_failed(self, target: Path) -> bool:
        summary, table = self.state.summary, self.state.table
        assert summary is not None and table is not None
        try:
            count = imports.write_failed(summary, table, target)
        except CrmError as error:
            self.message.show_message(str(error), BAD)
            return False
        if count == 1:
            text = self.tr("1 failed row saved to “%1”.")
        else:
            text = self.tr("%Ln failed rows saved to “%1”.", "", count)
        self.message.show_message(text.replace("%1", target.name), GOOD)
        return True

    def ask_undo(self) -> None:
        summary = self.state.summary
        if summary is None or summary.batch_id is None:
            return
        text = self.tr(
            "What this import created is removed, and the fields it changed get their old "
            "values back. Records you edited since are moved to the trash instead."
        )
        self.confirm = ask(
            self, self.tr("Undo This Import?"), text, self.tr("Undo Import"), self.undo
        )

    def undo(self) -> None:
        summary = self.state.summary
        assert summary is not None and summary.batch_id is not None
        try:
            result = imports.undo(self.state.host, batch_id=summary.batch_id)
        except CrmError as error:
            self.message.show_message(str(error), BAD)
            return
        self.undone = True
        self.undo_button.setEnabled(False)
        done = UndoTexts().undone(self.tr("The import was undone."), result)
        self.message.show_message(done, GOOD)
