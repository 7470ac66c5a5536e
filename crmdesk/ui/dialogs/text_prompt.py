"""A small non-blocking dialog asking for one name (a tag, a segment's name).

Opened with ``open()`` (window-modal, no nested event loop); the answer arrives on
``submitted``. A ``ValidationError`` from the work the answer starts can be shown in the
dialog with ``show_error`` so the user fixes the name without starting over.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.widgets.field_row import set_error_style


class TextPrompt(QDialog):
    """Title, a question, a line edit with suggestions, OK / Cancel."""

    submitted = Signal(str)

    def __init__(
        self,
        *,
        title: str,
        label: str,
        ok_text: str,
        suggestions: list[str] | None = None,
        text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.label = QLabel(label, self)
        self.edit = QLineEdit(text, self)
        self.label.setBuddy(self.edit)
        if suggestions:
            completer = QCompleter(QStringListModel(suggestions, self), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.edit.setCompleter(completer)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        set_error_style(self.error)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._on_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self._on_text(text)

    def _on_text(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))
        self.error.hide()

    def _submit(self) -> None:
        text = self.edit.text().strip()
        if text:
            self.submitted.emit(text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.edit.setFocus()
