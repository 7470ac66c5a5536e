"""The column mapping table: one row per column of the file, a combo for what it becomes.

"Import as" offers a new custom field (the default for a column nothing recognised: never
dropped silently), "Don't import", and every field of the entity. A second combo gives the
label of an email/phone/address column ("Mobile", "Work") or the type of a custom field.
The table edits the ``Mapping`` it is given in place and emits ``edited`` after each change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from crmdesk.domain.enums import CustomFieldType
from crmdesk.exchange.fields import target_fields
from crmdesk.exchange.layout import Row
from crmdesk.exchange.mapping import Action, ColumnMapping, Mapping, custom_key
from crmdesk.ui.dialogs.import_wizard.raw_grid import cell_text
from crmdesk.ui.dialogs.import_wizard.texts import target_label
from crmdesk.ui.widgets.labels import (
    address_labels,
    email_labels,
    field_type_labels,
    phone_labels,
)

CUSTOM, SKIP, FIELD = "custom", "skip", "field:"
HEADER, EXAMPLES, TARGET, DETAIL = range(4)
ADDRESS_PARTS = frozenset({"street", "city", "region", "postal_code", "country"})
EXAMPLE_COUNT = 3


def examples(rows: Sequence[Row], column: int) -> str:
    """Up to three different values of ``column`` from the sample, as the user reads them."""
    seen: list[str] = []
    for row in rows:
        value = row.values[column] if column < len(row.values) else None
        text = cell_text(value)
        if text and text not in seen:
            seen.append(text)
            if len(seen) == EXAMPLE_COUNT:
                break
    return "  ·  ".join(seen)


def label_choices(field: str | None) -> list[tuple[str, str]]:
    """The labels a column of ``field`` can carry (empty: the field has none)."""
    if field == "email":
        return email_labels()
    if field == "phone":
        return phone_labels()
    if field in ADDRESS_PARTS:
        return address_labels()
    return []


class MappingTable(QTableWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.mapping: Mapping | None = None
        self.targets: list[QComboBox] = []
        self.details: list[QComboBox | None] = []
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(38)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EXAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Column in the file"),
                self.tr("Examples"),
                self.tr("Import as"),
                self.tr("Label or type"),
            ]
        )

    def set_mapping(self, mapping: Mapping, rows: Sequence[Row], letters: Sequence[str]) -> None:
        """Show ``mapping`` (edited in place from now on) with examples from ``rows``;
        ``letters`` are the spreadsheet letters of the table's columns."""
        self.mapping = mapping
        self.clearContents()
        self.setRowCount(len(mapping.columns))
        self.targets, self.details = [], []
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        muted = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        for position, column in enumerate(mapping.columns):
            name = QTableWidgetItem(column.header)
            name.setFont(bold)
            name.setToolTip(column.header)
            self.setItem(position, HEADER, name)
            sample = QTableWidgetItem(examples(rows, column.column))
            sample.setForeground(muted)
            if not column.has_values:
                sample.setText(self.tr("(empty in the first rows)"))
            self.setItem(position, EXAMPLES, sample)
            combo = self._target_combo(position, column)
            self.targets.append(combo)
            self.setCellWidget(position, TARGET, combo)
            self.details.append(None)
            self._fill_detail(position)
        self.setVerticalHeaderLabels(
            [letters[c.column] if c.column < len(letters) else "" for c in mapping.columns]
        )
        self.setColumnWidth(HEADER, 190)
        self.setColumnWidth(TARGET, 230)
        self.setColumnWidth(DETAIL, 150)

    # ------------------------------------------------------------------ combos
    def _target_combo(self, position: int, column: ColumnMapping) -> QComboBox:
        assert self.mapping is not None
        combo = QComboBox(self)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.addItem(self.tr("New custom field"), CUSTOM)
        combo.addItem(self.tr("Don't import"), SKIP)
        combo.insertSeparator(combo.count())
        for spec in target_fields(self.mapping.entity):
            combo.addItem(target_label(spec.label), FIELD + spec.key)
        combo.setCurrentIndex(max(combo.findData(self._target_value(column)), 0))
        combo.currentIndexChanged.connect(lambda _i, p=position: self._target_changed(p))
        combo.setAccessibleName(self.tr("Import “%1” as").replace("%1", column.header))
        return combo

    @staticmethod
    def _target_value(column: ColumnMapping) -> str:
        if column.action is Action.FIELD and column.field:
            return FIELD + column.field
        return SKIP if column.action is Action.SKIP else CUSTOM

    def _fill_detail(self, position: int) -> None:
        """The label combo (email/phone/address) or the custom field's type combo."""
        assert self.mapping is not None
        column = self.mapping.columns[position]
        old = self.details[position]
        if old is not None:
            self.removeCellWidget(position, DETAIL)
        choices: list[tuple[str, str]] = []
        current: str | None = None
        if column.action is Action.FIELD:
            choices = label_choices(column.field)
            current = column.label
        elif column.action is Action.CUSTOM:
            choices = [(k, t) for k, t in field_type_labels() if k != CustomFieldType.CHOICE]
            current = str(column.custom_type or CustomFieldType.TEXT)
        if not choices:
            self.details[position] = None
            return
        combo = QComboBox(self)
        for key, text in choices:
            combo.addItem(text, key)
        if current and combo.findData(current) < 0:
            combo.addItem(current, current)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.currentIndexChanged.connect(lambda _i, p=position: self._detail_changed(p))
        self.details[position] = combo
        self.setCellWidget(position, DETAIL, combo)

    def _target_changed(self, position: int) -> None:
        assert self.mapping is not None
        column = self.mapping.columns[position]
        value = str(self.targets[position].currentData())
        column.source = "user"
        column.label = column.group = None
        if value.startswith(FIELD):
            column.action, column.field = Action.FIELD, value.removeprefix(FIELD)
            column.custom_key = None
        elif value == SKIP:
            column.action, column.field = Action.SKIP, None
        else:
            column.action, column.field = Action.CUSTOM, None
            used = {c.custom_key for c in self.mapping.columns if c.custom_key}
            column.custom_key = column.custom_key or custom_key(column.header, set(used))
            column.custom_type = column.custom_type or CustomFieldType.TEXT
        self._fill_detail(position)
        self.edited.emit()

    def _detail_changed(self, position: int) -> None:
        assert self.mapping is not None
        column = self.mapping.columns[position]
        combo = self.details[position]
        if combo is None:
            return
        value = str(combo.currentData())
        if column.action is Action.CUSTOM:
            column.custom_type = CustomFieldType(value)
        else:
            column.label = value
        column.source = "user"
        self.edited.emit()

    def set_target(self, position: int, value: str) -> None:
        """Choose ``"custom"``, ``"skip"`` or ``"field:<key>"`` for a row (tests, keyboard)."""
        combo = self.targets[position]
        combo.setCurrentIndex(combo.findData(value))
