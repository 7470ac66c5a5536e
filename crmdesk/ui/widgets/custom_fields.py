"""User-defined fields on a detail page: one typed editor per definition, and "Add field…".

Definitions arrive as plain ``FieldDef`` values; each type gets its natural editor (text,
number, date with a calendar, yes/no, a list of choices). Values are checked by the service,
so an error comes back as ``ValidationError(field="custom:<key>")`` and is shown beside the
editor like any other field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import CustomFieldType
from crmdesk.errors import CrmError
from crmdesk.services.custom_fields import FieldDef
from crmdesk.services.tags import split_tags
from crmdesk.ui.icons import icon
from crmdesk.ui.widgets.field_row import FieldRow, set_error_style
from crmdesk.ui.widgets.form_section import FormSection
from crmdesk.ui.widgets.inline_editors import (
    CheckField,
    ChoiceField,
    DateField,
    InlineEditor,
    LineField,
)
from crmdesk.ui.widgets.labels import field_type_labels


def editor_for(definition: FieldDef, parent: QWidget) -> QWidget:
    """The editor that suits ``definition.type``."""
    if definition.type == CustomFieldType.DATE:
        return DateField(parent)
    if definition.type == CustomFieldType.BOOLEAN:
        return CheckField("", parent)
    if definition.type == CustomFieldType.CHOICE:
        combo = ChoiceField(parent)
        combo.set_choices([(None, "—"), *((c, c) for c in definition.choices)])
        return combo
    return LineField(parent)


def shown_value(definition: FieldDef, value: Any) -> Any:
    """Stored JSON value → what the editor shows (dates parsed, 3.0 shown as 3)."""
    if value is None:
        return None
    if definition.type == CustomFieldType.DATE:
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            return None
    if definition.type == CustomFieldType.NUMBER and isinstance(value, float):
        return int(value) if value.is_integer() else value
    return value


class CustomFieldsSection(FormSection):
    """The "Custom fields" card; emits ``value_committed(key, value)`` per edit."""

    value_committed = Signal(str, object)
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Custom fields"), parent)
        self.add_button = QPushButton(icon("add"), self.tr("Add field…"), self)
        self.add_button.setFlat(True)
        self.add_button.clicked.connect(self.add_requested)
        self.add_header_widget(self.add_button)
        self.rows: dict[str, FieldRow] = {}
        self._defs: tuple[FieldDef, ...] | None = None

    def set_fields(self, definitions: list[FieldDef], values: dict[str, Any]) -> bool:
        """Show ``values`` (rows rebuilt when the definitions changed: then True)."""
        rebuilt = tuple(definitions) != self._defs
        if rebuilt:
            self._rebuild(definitions)
        for definition in definitions:
            row = self.rows[definition.key]
            if row.error:
                continue  # keep the refused text in front of the user
            editor: InlineEditor = row.editor  # type: ignore[assignment]
            editor.set_value(shown_value(definition, values.get(definition.key)))
        return rebuilt

    def _rebuild(self, definitions: list[FieldDef]) -> None:
        self.clear_rows()
        self.rows = {}
        self._defs = tuple(definitions)
        if not definitions:
            empty = QLabel(self.tr("No custom fields yet. Add one for anything else you track."))
            empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            empty.setWordWrap(True)
            self.form.addRow(empty)
            return
        for definition in definitions:
            editor = editor_for(definition, self)
            row = FieldRow(editor, self)
            self.rows[definition.key] = row
            self.add_row(definition.label, row)
            editor.committed.connect(  # type: ignore[attr-defined]
                lambda key=definition.key, e=editor: self.value_committed.emit(key, e.value())
            )

    def show_error(self, key: str, message: str) -> bool:
        row = self.rows.get(key)
        if row is None:
            return False
        row.show_error(message)
        return True


class AddFieldDialog(QDialog):
    """Asks for a new field's label, type and (for a choice) its options."""

    def __init__(
        self,
        define: Callable[[str, str, list[str] | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._define = define
        self.setWindowTitle(self.tr("Add a custom field"))
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("e.g. Preferred language"))
        self.type = ChoiceField(self)
        self.type.set_choices(field_type_labels())
        self.choices = QLineEdit(self)
        self.choices.setPlaceholderText(self.tr("Options, separated by commas"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        set_error_style(self.error)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Type"), self.type)
        self._choices_label = QLabel(self.tr("Options"), self)
        form.addRow(self._choices_label, self.choices)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.type.currentIndexChanged.connect(self._sync)
        self._sync()

    def values(self) -> tuple[str, str, list[str] | None]:
        """(label, type, choices or None)."""
        kind = str(self.type.value())
        choices = split_tags(self.choices.text()) if kind == CustomFieldType.CHOICE else None
        return self.label.text().strip(), kind, choices

    def _sync(self) -> None:
        is_choice = self.type.value() == CustomFieldType.CHOICE
        self.choices.setVisible(is_choice)
        self._choices_label.setVisible(is_choice)

    def accept(self) -> None:
        """Define the field; a bad label stays in the dialog with the reason under it."""
        try:
            self._define(*self.values())
        except CrmError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()
