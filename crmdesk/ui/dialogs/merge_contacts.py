"""Merge two contacts: choose who stays; the other's details and history move over.

Non-blocking (``open()``); ``submitted`` carries (keep id, other id). Field-by-field choices
are left to the service's defaults: the kept contact's values win, empty ones are filled in.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.widgets.field_row import set_error_style


class MergeDialog(QDialog):
    """Two radio buttons (who to keep), an explanation, Merge / Cancel."""

    submitted = Signal(int, int)  # keep id, other id

    def __init__(self, people: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge Contacts"))
        self.setMinimumWidth(420)
        self._ids = list(people)
        self.question = QLabel(self.tr("Which contact do you keep?"), self)
        self.group = QButtonGroup(self)
        self.choices: list[QRadioButton] = []
        for position, record_id in enumerate(self._ids):
            button = QRadioButton(people[record_id], self)
            self.group.addButton(button, position)
            self.choices.append(button)
        self.choices[0].setChecked(True)
        self.explanation = QLabel(
            self.tr(
                "The other contact's emails, phones, addresses, tags and whole history move to "
                "the one you keep; it then goes to the trash. Edit > Undo separates them again."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        set_error_style(self.error)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Merge"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(8)
        layout.addWidget(self.question)
        for button in self.choices:
            layout.addWidget(button)
        layout.addSpacing(6)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        keep = self._ids[max(0, self.group.checkedId())]
        other = next(i for i in self._ids if i != keep)
        self.submitted.emit(keep, other)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
