"""Step 1: which file (browse, drop or type its path) and what it holds.

The file is opened when Next is pressed; a file the readers refuse (corrupt, protected, not a
spreadsheet) shows the reader's sentence under the path and the wizard stays here. The folder
of the last file chosen is remembered (QSettings ``import/last_folder``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.errors import CrmError
from crmdesk.ui.dialogs.import_wizard.base import ImportState, WizardPage, section_label
from crmdesk.ui.dialogs.import_wizard.file_widgets import ChoiceCard, DropZone
from crmdesk.ui.icons import icon
from crmdesk.ui.operations import imports
from crmdesk.ui.widgets.tones import BAD, Notice

LAST_FOLDER = "import/last_folder"
ENTITY_ICONS = (("contacts", "contacts"), ("companies", "companies"), ("orders", "orders"))


class FilePage(WizardPage):
    history_requested = Signal()

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.drop_zone = DropZone(self)
        self.drop_zone.dropped.connect(self.set_path)
        self.drop_zone.browse.clicked.connect(self.browse)
        self.path_label = QLabel(self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setClearButtonEnabled(True)
        self.error = Notice(BAD, self)
        self.error.hide()
        self.path_edit.textChanged.connect(self._text_changed)
        self.path_label.setBuddy(self.path_edit)
        self.holds_label = section_label(self)
        self.cards = {value: ChoiceCard(value, name, self) for value, name in ENTITY_ICONS}
        for card in self.cards.values():
            card.chosen.connect(self.set_entity)
        self.history_button = QPushButton(icon("backup"), "", self)
        self.history_button.setFlat(True)
        self.history_button.clicked.connect(self.history_requested)
        self._lay_out()
        self.set_entity(state.entity)
        self.retranslate()

    def _lay_out(self) -> None:
        path_row = QHBoxLayout()
        path_row.setSpacing(10)
        path_row.addWidget(self.path_label)
        path_row.addWidget(self.path_edit, 1)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in self.cards.values():
            cards.addWidget(card, 1)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.history_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.drop_zone, 1)
        column.addLayout(path_row)
        column.addWidget(self.error)
        column.addSpacing(8)
        column.addWidget(self.holds_label)
        column.addLayout(cards)
        column.addLayout(footer)

    # ------------------------------------------------------------------ texts
    def title(self) -> str:
        return self.tr("Choose a File")

    def subtitle(self) -> str:
        return self.tr(
            "Excel, OpenDocument, CSV or vCard. Nothing is written to crmdesk until you "
            "press Import."
        )

    def step_title(self) -> str:
        return self.tr("File")

    def retranslate(self) -> None:
        self.drop_zone.set_texts(
            self.tr("Drop a spreadsheet here"),
            self.tr("xlsx, xlsm, xls, ods, csv, tsv or vcf"),
            self.tr("Choose a File…"),
        )
        self.path_label.setText(self.tr("&File:"))
        self.path_edit.setPlaceholderText(self.tr("or type the path of a file"))
        self.holds_label.setText(self.tr("The file holds"))
        self.cards["contacts"].set_texts(
            self.tr("People"), self.tr("Contacts with their emails, phones and companies")
        )
        self.cards["companies"].set_texts(
            self.tr("Companies"), self.tr("Organisations: name, industry, website, address")
        )
        self.cards["orders"].set_texts(
            self.tr("Orders"), self.tr("Purchase history, linked to the customers who bought")
        )
        self.history_button.setText(self.tr("Import History…"))

    # ------------------------------------------------------------------ choosing
    def set_entity(self, entity: str) -> None:
        self.state.entity = entity
        for value, card in self.cards.items():
            card.setChecked(value == entity)

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        if path.suffix.lower() == ".vcf":
            self.set_entity("contacts")

    def browse(self) -> None:
        folder = str(self.state.settings.value(LAST_FOLDER, str(Path.home())))
        filters = ";;".join(
            [
                self.tr("Spreadsheets and contact files")
                + " (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.tsv *.txt *.vcf)",
                self.tr("All files") + " (*)",
            ]
        )
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import a File"), folder, filters)
        if chosen:
            self.set_path(Path(chosen))

    def _text_changed(self, _text: str) -> None:
        self.error.hide()
        self.complete_changed.emit()

    def is_complete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def accept_page(self) -> bool:
        """Open the file; a file the readers refuse keeps the wizard here with the reason."""
        text = self.path_edit.text().strip()
        path = Path(text).expanduser()
        if not text:
            return self._fail(self.tr("Choose a file to import."))
        if not path.is_file():
            return self._fail(self.tr("There is no file at “%1”.").replace("%1", text))
        if self.state.workbook is not None and self.state.path == path:
            return True
        try:
            workbook = imports.open_file(path)
        except CrmError as error:
            return self._fail(str(error))
        self.state.set_workbook(workbook, path)
        self.state.settings.setValue(LAST_FOLDER, str(path.parent))
        return True

    def _fail(self, message: str) -> bool:
        self.error.show_message(message)
        self.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return False
