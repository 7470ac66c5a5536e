"""Step 2: which sheet, and which row holds the column names.

The sheet that looks most like a list is chosen and its header row detected (titles and blank
rows above it are skipped); both can be changed. A grid shows the first rows as stored with
the header highlighted; clicking a row makes it the header.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.errors import CrmError
from crmdesk.exchange.layout import NO_HEADER
from crmdesk.ui.dialogs.import_wizard.base import ImportState, WizardPage
from crmdesk.ui.dialogs.import_wizard.raw_grid import RawGridModel
from crmdesk.ui.operations import imports
from crmdesk.ui.widgets.tones import BAD, WARN, MutedLabel, Notice

PREVIEW_ROWS = 40
MAX_HEADER_ROW = 1000


class SheetPage(WizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._built_for = -1  # state.generation the sheet list was made for
        self._detected: int | None = None
        self.sheet_label = QLabel(self)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setMinimumContentsLength(16)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.header_label = QLabel(self)
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(NO_HEADER, MAX_HEADER_ROW)
        self.header_spin.valueChanged.connect(self._header_chosen)
        self.header_label.setBuddy(self.header_spin)
        self.detected_label = MutedLabel("", self)
        self.warnings = Notice(WARN, self)
        self.warnings.hide()
        self.error = Notice(BAD, self)
        self.error.hide()
        self.grid_model = RawGridModel(self)
        self.grid = QTableView(self)
        self.grid.setModel(self.grid_model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(False)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().setDefaultSectionSize(26)
        self.grid.horizontalHeader().setMaximumSectionSize(260)
        self.grid.clicked.connect(self._row_clicked)
        self.grid.verticalHeader().sectionClicked.connect(lambda row: self._use_row(row + 1))
        self.info = MutedLabel("", self)
        self.info.setWordWrap(True)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.sheet_label)
        row.addWidget(self.sheet_combo, 1)
        row.addSpacing(18)
        row.addWidget(self.header_label)
        row.addWidget(self.header_spin)
        row.addWidget(self.detected_label)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(row)
        column.addWidget(self.warnings)
        column.addWidget(self.error)
        column.addWidget(self.grid, 1)
        column.addWidget(self.info)

    # ------------------------------------------------------------------ texts
    def title(self) -> str:
        return self.tr("Sheet and Header Row")

    def subtitle(self) -> str:
        return self.tr("Check the row with the column names. Rows above it are skipped.")

    def step_title(self) -> str:
        return self.tr("Sheet")

    def retranslate(self) -> None:
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.header_label.setText(self.tr("&Header row:"))
        self.header_spin.setSpecialValueText(self.tr("None"))
        self.header_spin.setToolTip(self.tr("Or click a row in the grid"))
        self._update_texts()

    # ------------------------------------------------------------------ state
    def enter(self) -> None:
        workbook = self.state.workbook
        if workbook is None or self._built_for == self.state.generation:
            return
        self._built_for = self.state.generation
        self.warnings.show_message("\n".join(workbook.warnings))
        try:
            default = imports.default_sheet(workbook)
        except CrmError as error:
            default = ""
            self._show_error(str(error))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        locale = QLocale()
        for info in workbook.sheets:
            text = self.tr("%1 (about %2 rows)").replace("%1", info.name)
            text = text.replace("%2", locale.toString(info.rows))
            if not info.visible:
                text += " " + self.tr("— hidden")
            self.sheet_combo.addItem(text, info.name)
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(default), 0))
        self.sheet_combo.setVisible(self.sheet_combo.count() > 0)
        self.sheet_combo.setEnabled(self.sheet_combo.count() > 1)
        self.sheet_combo.blockSignals(False)
        if default:
            self._load(default, None)

    def _sheet_chosen(self, _index: int) -> None:
        name = self.sheet_combo.currentData()
        if isinstance(name, str):
            self._load(name, None)

    def _header_chosen(self, value: int) -> None:
        name = self.sheet_combo.currentData()
        if isinstance(name, str):
            self._load(name, value, raw=False)

    def _row_clicked(self, index: QModelIndex) -> None:
        self._use_row(index.row() + 1)

    def _use_row(self, number: int) -> None:
        self.header_spin.setValue(number)

    def _load(self, sheet: str, header_row: int | None, *, raw: bool = True) -> None:
        """Read ``sheet`` (header detected when ``header_row`` is None) and show it."""
        workbook = self.state.workbook
        assert workbook is not None
        if raw:
            self.grid_model.set_rows(imports.raw_rows(workbook, sheet=sheet, limit=PREVIEW_ROWS))
        try:
            table = imports.read_sheet(workbook, sheet=sheet, header_row=header_row)
        except CrmError as error:
            self.state.table = None
            self._show_error(str(error))
            self.grid_model.set_header(header_row or 0, (header_row or 0) + 1)
            self.complete_changed.emit()
            return
        self.error.hide()
        self.state.table = table
        self.state.generation += 1
        self._built_for = self.state.generation
        if header_row is None:
            self._detected = table.header_row
            self.header_spin.blockSignals(True)
            self.header_spin.setValue(table.header_row or NO_HEADER)
            self.header_spin.blockSignals(False)
        self.grid_model.set_header(table.header_row or 0, table.first_data_row)
        self.grid.resizeColumnsToContents()  # after the header turned bold
        self._update_texts()
        self.complete_changed.emit()

    def _show_error(self, message: str) -> None:
        self.error.show_message(message)
        self.info.clear()

    def _update_texts(self) -> None:
        table = self.state.table
        detected = self._detected
        if detected and self.header_spin.value() == detected:
            self.detected_label.setText(self.tr("found by crmdesk"))
        elif detected:
            self.detected_label.setText(
                self.tr("crmdesk found row %1").replace("%1", QLocale().toString(detected))
            )
        else:
            self.detected_label.setText("")
        if table is None:
            return
        rows = QLocale().toString(imports.estimated_rows(table))
        if table.header_row:
            text = self.tr("Row %1 holds the names of %2 columns; about %3 rows of data follow.")
            text = text.replace("%1", QLocale().toString(table.header_row))
        else:
            text = self.tr(
                "No header row: every row is data, and the %2 columns are named by letter "
                "(about %3 rows)."
            )
        columns = QLocale().toString(len(table.headers))
        self.info.setText(text.replace("%2", columns).replace("%3", rows))

    def is_complete(self) -> bool:
        return self.state.table is not None

    def accept_page(self) -> bool:
        table = self.state.table
        if table is None:
            return False
        try:
            self.state.rows = imports.sample(table)
        except CrmError as error:
            self._show_error(str(error))
            return False
        return True
