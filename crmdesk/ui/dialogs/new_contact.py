"""Ctrl+N: a small dialog for a new person — name, email, phone, company — then their page.

Non-blocking (``open()``); the page listens to ``submitted``, runs the operation and either
closes the dialog or shows the ``ValidationError`` under the field it is about.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.errors import ValidationError
from crmdesk.ui.operations.contacts import NewContact
from crmdesk.ui.widgets.field_row import FieldRow

Suggest = Callable[[str], list[str]]


class NewContactDialog(QDialog):
    """Collects a ``NewContact``; the company box suggests existing companies as you type."""

    submitted = Signal(object)  # NewContact

    def __init__(self, suggest_companies: Suggest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Contact"))
        self.setMinimumWidth(440)
        self._suggest = suggest_companies
        self.name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.company = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Full name, as they write it"))
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.phone.setPlaceholderText(self.tr("+98 912 345 6789"))
        self.company.setPlaceholderText(self.tr("Type to find or add a company"))
        for editor in (self.email, self.phone):  # "+98 912…" never "…912 98+" in Persian
            editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.rows = {key: FieldRow(editor, self) for key, editor in self._editors().items()}
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.company.setCompleter(completer)
        self._suggest_timer = QTimer(self, singleShot=True, interval=200)
        self._suggest_timer.timeout.connect(self._refresh_suggestions)
        self.company.textEdited.connect(lambda _text: self._suggest_timer.start())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add Contact"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self._layout()

    def _editors(self) -> dict[str, QLineEdit]:
        return {
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "company": self.company,
        }

    def _layout(self) -> None:
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        captions = {
            "name": self.tr("&Name:"),
            "email": self.tr("&Email:"),
            "phone": self.tr("&Phone:"),
            "company": self.tr("&Company:"),
        }
        for key, row in self.rows.items():
            caption = QLabel(captions[key], self)
            caption.setBuddy(row.editor)
            form.addRow(caption, row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.addLayout(form)
        layout.addSpacing(10)
        layout.addWidget(self.buttons)

    def value(self) -> NewContact:
        return NewContact(
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            company=self.company.text().strip(),
        )

    def _submit(self) -> None:
        for row in self.rows.values():
            row.clear_error()
        self._fit_height()
        if self.name.text().strip():
            self.submitted.emit(self.value())

    def show_error(self, error: ValidationError) -> None:
        """Show the message under the field it is about (the name when unsure)."""
        field = (error.field or "").lower()
        key = next((k for k in ("email", "phone", "company") if k in field), "name")
        self.rows[key].show_error(error.message)
        self.rows[key].editor.setFocus()
        self._fit_height()

    def _fit_height(self) -> None:
        """Just tall enough for the message shown: a wrapped label would otherwise reserve
        room for three lines at its narrowest and leave a gap above the buttons."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        self.setMinimumHeight(layout.totalHeightForWidth(self.minimumWidth()))
        self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def _refresh_suggestions(self) -> None:
        text = self.company.text().strip()
        self._completions.setStringList(self._suggest(text) if text else [])
        completer = self.company.completer()
        if text and self.company.hasFocus() and completer is not None:
            completer.complete()
