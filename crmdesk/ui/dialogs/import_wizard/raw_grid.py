"""The sheet page's raw preview: the first rows exactly as stored, the header row highlighted.

Rows above the header are drawn muted (they are skipped); the header row is bold on a faint
accent band. Row numbers are the sheet's own (1-based), columns are lettered like a
spreadsheet, so what the user sees matches the file.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from crmdesk.exchange.source import CellValue, column_letter
from crmdesk.ui.bidi import isolate
from crmdesk.ui.models.formatting import yes_no
from crmdesk.ui.theme import accent_soft

Role = Qt.ItemDataRole
Index = QModelIndex | QPersistentModelIndex
MAX_TEXT = 60
MIN_COLUMNS = 6


def cell_text(value: CellValue | Any, locale: QLocale | None = None) -> str:
    """A cell as the user reads it: locale dates and numbers, one line, not too long."""
    return isolate(_cell_text(value, locale))


def _cell_text(value: CellValue | Any, locale: QLocale | None) -> str:
    locale = QLocale(locale or QLocale())
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # 06824 is no 6,824
    short = QLocale.FormatType.ShortFormat
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        moment = QDateTime(
            QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
        )
        return locale.toString(moment, short)
    if isinstance(value, date):
        return locale.toString(QDate(value.year, value.month, value.day), short)
    if isinstance(value, time):
        return locale.toString(QTime(value.hour, value.minute, value.second), short)
    if isinstance(value, int):
        return locale.toString(value) if abs(value) < 10**15 else str(value)
    if isinstance(value, float | Decimal):
        return locale.toString(float(value), "g", 12)
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


class RawGridModel(QAbstractTableModel):
    """``rows[i]`` is sheet row ``i + 1``; ``header`` is the header's 1-based row (0: none)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[CellValue]] = []
        self._columns = 0
        self._header = 0
        self._first_data = 1

    def set_rows(self, rows: list[list[CellValue]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._columns = max([MIN_COLUMNS, *(len(row) for row in rows)])
        self.endResetModel()

    def set_header(self, header_row: int, first_data_row: int) -> None:
        """Highlight ``header_row`` (0: none); rows before ``first_data_row`` are muted."""
        self._header, self._first_data = header_row, first_data_row
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self._columns - 1)
            )
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role == Role.DisplayRole:
            values = self._rows[row]
            column = index.column()
            return cell_text(values[column]) if column < len(values) else ""
        if role == Role.ToolTipRole:
            values = self._rows[row]
            column = index.column()
            value = values[column] if column < len(values) else None
            return str(value) if isinstance(value, str) and len(value) > MAX_TEXT else None
        return self._looks(row + 1, role)

    def _looks(self, number: int, role: int) -> Any:
        palette = QGuiApplication.palette()
        if number == self._header:
            if role == Role.BackgroundRole:
                return accent_soft(palette)
            if role == Role.FontRole:
                font = QFont()
                font.setWeight(QFont.Weight.DemiBold)
                return font
        elif number < self._first_data and role == Role.ForegroundRole:
            return palette.color(QPalette.ColorRole.PlaceholderText)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if role != Role.DisplayRole:
            if orientation == Qt.Orientation.Vertical and section + 1 == self._header:
                return self._looks(section + 1, role) if role == Role.FontRole else None
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
        return str(section + 1)
