"""Step 3: which column becomes which field; phone region; the date order when in doubt.

The mapping is guessed from the headers and the values; the user changes any row. Names come
from one "Full name" column or from "First name" + "Last name"; several email and phone
columns each get a label. A mapping can be saved as JSON and loaded for the next file (the
same file the CLI takes with ``--mapping``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.errors import CrmError
from crmdesk.exchange.mapping import Action, Mapping
from crmdesk.ui.dialogs.import_wizard.base import ImportState, WizardPage
from crmdesk.ui.dialogs.import_wizard.date_question import DateOrderQuestion
from crmdesk.ui.dialogs.import_wizard.file_page import LAST_FOLDER
from crmdesk.ui.dialogs.import_wizard.mapping_table import MappingTable
from crmdesk.ui.dialogs.import_wizard.texts import entity_noun
from crmdesk.ui.icons import icon
from crmdesk.ui.operations import imports
from crmdesk.ui.widgets.tones import BAD, WARN, MutedLabel, Notice

NAME_FIELDS = {"contacts": {"full_name", "given_name", "family_name"}, "companies": {"name"}}


def number(value: int) -> str:
    return QLocale().toString(value)


def system_region() -> str:
    """The region of the user's locale ("SK" for sk_SK), "" when it has none."""
    return QLocale.territoryToCode(QLocale().territory())


class MappingPage(WizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._built_for: tuple[int, str] | None = None
        self._ambiguous: list[int] = []
        self.region_label = QLabel(self)
        self.region_combo = QComboBox(self)
        self.region_combo.setMinimumContentsLength(24)
        self.region_label.setBuddy(self.region_combo)
        self.question = DateOrderQuestion(self)
        self.question.changed.connect(self._question_answered)
        self.question.hide()
        self.table = MappingTable(self)
        self.table.edited.connect(self._edited)
        self.error = Notice(BAD, self)
        self.error.hide()
        self.warning = Notice(WARN, self)
        self.warning.hide()
        self.file_error = Notice(BAD, self)  # a mapping file that could not be read or written
        self.file_error.hide()
        self.summary = MutedLabel("", self)
        self.load_button = QPushButton(icon("folder"), "", self)
        self.load_button.clicked.connect(self.load_mapping)
        self.save_button = QPushButton(icon("export"), "", self)
        self.save_button.clicked.connect(self.save_mapping)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        region = QHBoxLayout()
        region.setSpacing(10)
        region.addWidget(self.region_label)
        region.addWidget(self.region_combo)
        region.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.load_button)
        bottom.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(region)
        column.addWidget(self.question)
        column.addWidget(self.table, 1)
        column.addWidget(self.error)
        column.addWidget(self.warning)
        column.addWidget(self.file_error)
        column.addLayout(bottom)

    # ------------------------------------------------------------------ texts
    def title(self) -> str:
        return self.tr("Match the Columns")

    def subtitle(self) -> str:
        return self.tr(
            "crmdesk guessed what each column holds; change any of them. Columns it did not "
            "recognise become custom fields, so nothing is lost."
        )

    def step_title(self) -> str:
        return self.tr("Columns")

    def retranslate(self) -> None:
        self.region_label.setText(self.tr("Phone numbers without a country code are from:"))
        self.load_button.setText(self.tr("Load Mapping…"))
        self.save_button.setText(self.tr("Save Mapping…"))
        self.table.retranslate()
        if self.state.mapping is not None:
            self._check()

    def _fill_regions(self) -> None:
        if self.region_combo.count():
            return
        self.region_combo.addItem(self.tr("Not set: only numbers written with +"), "")
        names = []
        for code, calling in imports.phone_regions():
            name = QLocale.territoryToString(QLocale.codeToTerritory(code))
            names.append((name, f"{name} (+{calling})", code))
        for _name, text, code in sorted(names):
            self.region_combo.addItem(text, code)

    # ------------------------------------------------------------------ state
    def enter(self) -> None:
        self._fill_regions()
        if self.region_combo.currentIndex() <= 0 and self.state.region is None:
            region = imports.file_region(self.state.host.ctx) or system_region()
            self.region_combo.setCurrentIndex(max(self.region_combo.findData(region), 0))
        key = (self.state.generation, self.state.entity)
        if self._built_for == key and self.state.mapping is not None:
            return
        table = self.state.table
        assert table is not None
        try:
            guessed = imports.guess(table, entity=self.state.entity)
        except CrmError as error:  # a "list" too wide to be one
            self.state.mapping = None
            self.error.show_message(str(error))
            self.complete_changed.emit()
            return
        self._show(guessed)
        self._built_for = key

    def _show(self, mapping: Mapping) -> None:
        table = self.state.table
        assert table is not None
        self.state.mapping = mapping
        self.state.date_order = mapping.date_order if not mapping.ambiguous_dates else None
        self.table.set_mapping(mapping, self.state.rows, table.letters)
        self.question.set_value(None)
        self._edited()

    def _edited(self) -> None:
        """After any change: ask about dates if needed, check conflicts, count."""
        mapping = self.state.mapping
        assert mapping is not None
        found = imports.date_columns(mapping, self.state.rows)
        self._ambiguous = [index for index, _example in found]
        if found:
            headers = [
                mapping.columns[i].header for i in self._ambiguous if i < len(mapping.columns)
            ]
            self.question.ask(headers, found[0][1])
        self.question.setVisible(bool(found))
        self._check()
        self.complete_changed.emit()

    def _question_answered(self) -> None:
        self.complete_changed.emit()

    def _check(self) -> None:
        mapping = self.state.mapping
        assert mapping is not None
        try:
            mapping.check()
        except CrmError as error:
            self.error.show_message(str(error))
        else:
            self.error.hide()
        self.warning.show_message(self._warning_text(mapping))
        fields = sum(1 for c in mapping.columns if c.action is Action.FIELD)
        custom = len(mapping.custom_columns)
        skipped = len(mapping.skipped_columns)
        text = self.tr("%1 to fields, %2 to new custom fields, %3 not imported")
        self.summary.setText(
            text.replace("%1", number(fields))
            .replace("%2", number(custom))
            .replace("%3", number(skipped))
        )

    def _warning_text(self, mapping: Mapping) -> str:
        parts = []
        needed = NAME_FIELDS.get(mapping.entity)
        if needed and not needed & mapping.mapped_fields:
            if mapping.entity == "contacts":
                parts.append(
                    self.tr(
                        "No column is mapped to a name: people are named by their email or "
                        "phone, and rows with neither fail."
                    )
                )
            else:
                parts.append(self.tr("No column is mapped to the company name: every row fails."))
        if mapping.missing:
            names = self.tr(", ").join(self.tr("“%1”").replace("%1", h) for h in mapping.missing)
            parts.append(self.tr("Not in this file: %1.").replace("%1", names))
        return "\n".join(parts)

    def is_complete(self) -> bool:
        if self.state.mapping is None or not self.error.isHidden():
            return False
        return not self._ambiguous or self.question.value() is not None

    def accept_page(self) -> bool:
        mapping = self.state.mapping
        if mapping is None or not self.is_complete():
            return False
        answer = self.question.value() if self._ambiguous else None
        if answer is not None:
            mapping.date_order = answer
            mapping.ambiguous_dates = list(self._ambiguous)
        self.state.date_order = answer or mapping.date_order
        self.state.region = str(self.region_combo.currentData() or "")
        return True

    # ------------------------------------------------------------------ saved mappings
    def load_mapping(self) -> None:
        folder = str(self.state.settings.value(LAST_FOLDER, str(Path.home())))
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a Mapping"), folder, self.tr("Mappings") + " (*.json)"
        )
        if chosen:
            self.apply_saved(Path(chosen))

    def apply_saved(self, path: Path) -> bool:
        """Use the mapping saved in ``path`` for this file (columns matched by header)."""
        table = self.state.table
        assert table is not None
        try:
            saved = imports.load_mapping(path)
            if saved.entity != self.state.entity:
                message = self.tr("This mapping is for %1, but you are importing %2.")
                message = message.replace("%1", entity_noun(saved.entity))
                self.file_error.show_message(message.replace("%2", entity_noun(self.state.entity)))
                return False
            adapted = imports.adapt(saved, table)
        except CrmError as error:
            self.file_error.show_message(str(error))
            return False
        self.file_error.hide()
        self._show(adapted)
        if adapted.date_order is not None and self._ambiguous:
            self.question.set_value(adapted.date_order)
            self.complete_changed.emit()
        return True

    def save_mapping(self) -> None:
        mapping = self.state.mapping
        if mapping is None:
            return
        folder = Path(str(self.state.settings.value(LAST_FOLDER, str(Path.home()))))
        stem = self.state.path.stem if self.state.path else "import"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the Mapping"),
            str(folder / f"{stem}-mapping.json"),
            self.tr("Mappings") + " (*.json)",
        )
        if chosen:
            self.write_mapping(Path(chosen))

    def write_mapping(self, path: Path) -> bool:
        mapping = self.state.mapping
        assert mapping is not None
        if self._ambiguous and self.question.value() is not None:
            mapping.date_order = self.question.value()
        try:
            imports.save_mapping(mapping, path)
        except CrmError as error:
            self.file_error.show_message(str(error))
            return False
        self.file_error.hide()
        return True
