"""The preview table: the first rows as they will be stored, with what happens to each.

Columns: the row number, the action (create, update, skip, fail), the values as stored (phones
in E.164, dates as dates, lists joined) and the notes. A cell with a problem is tinted (red:
the row fails; amber: imported with a warning) and its tooltip says why. A row that cannot be
read shows its cells as they are in the file, so the user sees what to fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from crmdesk.domain.money import Money, format_money
from crmdesk.exchange.importing.model import ERROR, PlannedRow, Problem, RowAction
from crmdesk.exchange.layout import Row
from crmdesk.exchange.mapping import Action, Mapping
from crmdesk.ui.bidi import isolate
from crmdesk.ui.dialogs.import_wizard.raw_grid import cell_text
from crmdesk.ui.dialogs.import_wizard.texts import preview_label
from crmdesk.ui.icons import tinted_pixmap
from crmdesk.ui.models.formatting import birthday_text
from crmdesk.ui.operations.imports import preview_key
from crmdesk.ui.widgets.labels import gender_labels, label_for, lifecycle_labels
from crmdesk.ui.widgets.tones import BAD, GOOD, INFO, NEUTRAL, WARN, tone_color
from crmdesk.ui.widgets.tones import tone_wash as wash

Role = Qt.ItemDataRole
Index = QModelIndex | QPersistentModelIndex
ROW, ACTION = 0, 1
HIDDEN = frozenset({"sort_name", "name_order", "consent_source"})
NOTES = "*notes"
FIRST = ("full_name", "name", "given_name", "family_name")  # names lead the preview
ACTIONS = {
    RowAction.CREATE: (GOOD, "add"),
    RowAction.UPDATE: (INFO, "edit"),
    RowAction.SKIP: (NEUTRAL, "forward"),
    RowAction.FAIL: (BAD, "warning"),
}


def action_text(action: RowAction) -> str:
    translate = QCoreApplication.translate
    texts = {
        RowAction.CREATE: translate("ImportPreview", "New"),
        RowAction.UPDATE: translate("ImportPreview", "Update"),
        RowAction.SKIP: translate("ImportPreview", "Skip"),
        RowAction.FAIL: translate("ImportPreview", "Fails"),
    }
    return texts[action]


def stored_values(row: PlannedRow) -> dict[str, Any]:
    """What a planned row will store, by preview key (birthday parts joined, money shown)."""
    if row.draft is None:
        return {}
    shown = {k: v for k, v in row.draft.preview().items() if k not in HIDDEN}
    year = shown.pop("birthday_year", None)
    month, day = shown.pop("birthday_month", None), shown.pop("birthday_day", None)
    if month and day:
        shown["birthday"] = (
            date(year, month, day) if year else birthday_text(f"--{month:02d}-{day:02d}")
        )
    minor = shown.pop("total_minor", None)
    if minor is not None:
        shown["total_minor"] = Money(int(minor), str(shown.get("currency") or ""))
    return shown


def value_text(key: str, value: Any) -> str:
    locale = QLocale()
    if isinstance(value, Money):
        return isolate(format_money(value))
    if key == "lifecycle":
        return label_for(str(value), lifecycle_labels())
    if key == "gender":
        return label_for(str(value), [(k or "", t) for k, t in gender_labels()])
    if isinstance(value, datetime | date | bool | int | float | Decimal):
        return cell_text(value, locale)
    return isolate(" ".join(str(value).split()))


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlannedRow] = []
        self._keys: list[str] = []
        self._values: list[dict[str, str]] = []
        self._problems: list[dict[str, list[Problem]]] = []
        self._labels: dict[str, str] = {}

    def set_rows(
        self,
        rows: Sequence[PlannedRow],
        mapping: Mapping,
        raw: dict[int, Row],
        custom_labels: dict[str, str],
    ) -> None:
        """Show ``rows``; ``raw`` (row number -> Row) fills rows that could not be read."""
        self.beginResetModel()
        keys_of = self._key_map(mapping)
        self._labels = custom_labels
        self._rows = list(rows)
        self._values, self._problems = [], []
        seen: list[str] = [key for key in FIRST if key in keys_of.values()]
        for column in mapping.columns:
            key = keys_of.get(column.header)
            if key and key not in seen:
                seen.append(key)
        for row in self._rows:
            values = self._row_values(row, mapping, keys_of, raw.get(row.row))
            if "full_name" in values and "full_name" not in seen:
                seen.insert(0, "full_name")
            problems: dict[str, list[Problem]] = {}
            for problem in row.problems:
                problems.setdefault(keys_of.get(problem.column, NOTES), []).append(problem)
            for key in values:
                if key not in seen:
                    seen.append(key)
            self._values.append(values)
            self._problems.append(problems)
        if "notes" in seen:  # long text: after the short values
            seen.append(seen.pop(seen.index("notes")))
        self._keys = [*seen, NOTES]
        self.endResetModel()

    @staticmethod
    def _key_map(mapping: Mapping) -> dict[str, str]:
        return {
            c.header: preview_key(c, mapping.entity)
            for c in mapping.columns
            if c.action is not Action.SKIP
        }

    @staticmethod
    def _row_values(
        row: PlannedRow, mapping: Mapping, keys_of: dict[str, str], raw: Row | None
    ) -> dict[str, str]:
        stored = stored_values(row)
        if stored:
            return {key: value_text(key, value) for key, value in stored.items()}
        values: dict[str, str] = {}
        if raw is None:
            return values
        for column in mapping.columns:
            key = keys_of.get(column.header)
            cell = raw.values[column.column] if column.column < len(raw.values) else None
            if key and cell is not None:
                text = cell_text(cell)
                values[key] = f"{values[key]}; {text}" if key in values else text
        return values

    def planned(self, row: int) -> PlannedRow:
        return self._rows[row]

    def column_key(self, column: int) -> str:
        return self._keys[column - 2] if column >= 2 else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Role.DisplayRole:
            return None
        if section == ROW:
            return self.tr("Row")
        if section == ACTION:
            return self.tr("Will be")
        key = self.column_key(section)
        return self.tr("Remarks") if key == NOTES else preview_label(key, self._labels)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        planned = self._rows[row]
        if column == ROW:
            return self._row_number(planned, role)
        if column == ACTION:
            return self._action(planned, role)
        key = self.column_key(column)
        problems = self._problems[row].get(key, [])
        if role == Role.DisplayRole:
            if key == NOTES:
                return self._notes(planned)
            return self._values[row].get(key, "")
        if role == Role.ToolTipRole:
            return "\n".join(isolate(p.message) for p in problems) or None
        if role == Role.BackgroundRole and problems:
            bad = any(p.severity == ERROR for p in problems)
            return wash(QGuiApplication.palette(), BAD if bad else WARN)
        if role == Role.ForegroundRole and planned.action is RowAction.SKIP:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    @staticmethod
    def _row_number(planned: PlannedRow, role: int) -> Any:
        if role == Role.DisplayRole:
            return QLocale().toString(planned.row)
        if role == Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.ForegroundRole:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _action(self, planned: PlannedRow, role: int) -> Any:
        tone, icon_name = ACTIONS[planned.action]
        palette = QGuiApplication.palette()
        if role == Role.DisplayRole:
            return action_text(planned.action)
        if role == Role.ForegroundRole:
            return tone_color(palette, tone)
        if role == Role.DecorationRole:
            return QIcon(tinted_pixmap(icon_name, 14, tone_color(palette, tone)))
        if role == Role.ToolTipRole:
            return planned.note or None
        return None

    @staticmethod
    def _notes(planned: PlannedRow) -> str:
        """The row's note and every problem of the row, cell problems named by column."""
        parts = [planned.note] if planned.note else []
        parts += [f"{p.column}: {p.message}" if p.column else p.message for p in planned.problems]
        return isolate("  ".join(parts))
