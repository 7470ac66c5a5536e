"""Edit > Preferences…: language and theme (QSettings) and the file's phone region and currency.

Language and theme are UI state; region and currency belong to the open file (business data),
so the caller stores them through ui.operations.settings.
"""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.i18n import LANGUAGES
from crmdesk.ui.operations.settings import BusinessSettings
from crmdesk.ui.theme import Theme


def phone_regions() -> list[str]:
    return sorted(phonenumbers.SUPPORTED_REGIONS - {"001"})


class PreferencesDialog(QDialog):
    """Pick a language ("" = the system's) and a theme; read the choice from the combos."""

    def __init__(
        self,
        language: str,
        theme: Theme,
        parent: QWidget | None = None,
        *,
        business: BusinessSettings | None = None,
    ) -> None:
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
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        self.region = QComboBox()
        self.currency = QLineEdit()
        if business is not None:
            self._fill_regions(business.region)
            self.currency.setText(business.currency)
            self.currency.setMaxLength(3)
            form.addRow(self.tr("Local &phone numbers are from:"), self.region)
            form.addRow(self.tr("Default &currency:"), self.currency)
        else:
            self.region.hide()
            self.currency.hide()
        layout = QVBoxLayout(self)  # the same air as the other dialogs
        layout.setContentsMargins(22, 20, 22, 16)
        layout.addLayout(form)
        layout.addSpacing(10)
        layout.addWidget(buttons)

    def _fill_regions(self, current: str | None) -> None:
        self.region.addItem(self.tr("Not chosen (numbers need a +country code)"), "")
        names = [
            (QLocale.territoryToString(QLocale.codeToTerritory(code)), code)
            for code in phone_regions()
        ]
        for name, code in sorted(names):
            self.region.addItem(f"{name} ({code})", code)
        self.region.setCurrentIndex(max(0, self.region.findData(current or "")))

    def chosen_region(self) -> str:
        return str(self.region.currentData() or "")

    def chosen_currency(self) -> str:
        return self.currency.text().strip().upper()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_theme(self) -> Theme:
        return Theme(str(self.theme.currentData()))
