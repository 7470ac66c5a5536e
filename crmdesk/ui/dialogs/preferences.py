"""Edit > Preferences…: language and theme. UI state only, so it lives in QSettings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from crmdesk.ui.i18n import LANGUAGES
from crmdesk.ui.theme import Theme


class PreferencesDialog(QDialog):
    """Pick a language ("" = the system's) and a theme; read the choice from the combos."""

    def __init__(self, language: str, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.theme = QComboBox()
        for value, text in (
            (Theme.SYSTEM, self.tr("Follow the system")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
        ):
            self.theme.addItem(text, value.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme.value)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_theme(self) -> Theme:
        return Theme(str(self.theme.currentData()))
