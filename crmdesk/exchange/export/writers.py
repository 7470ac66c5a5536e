"""Writing tables to xlsx (xlsxwriter, constant_memory) and csv (UTF-8 with BOM).

xlsx: bold frozen header, autofilter, column widths from the header and the first rows, real
dates (yyyy-mm-dd), date-times (UTC, yyyy-mm-dd hh:mm) and numbers with number formats, the
crmdesk id column hidden. Text is always written with ``write_string``, so text that looks like
a formula ("=1+1", "+421 ...", "@SUM(...)") stays text. Excel cells hold at most 32,767
characters: longer text is cut and counted in ``Written.truncated``.
csv: the same columns; formula-like text gets an apostrophe in front (``formulas.guard_csv``),
which the importer removes again.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from crmdesk.errors import ValidationError
from crmdesk.exchange.export.tables import Column, Kind
from crmdesk.exchange.formulas import guard_csv

_CUT = -2  # write_string's answer when it cut text at Excel's 32,767 characters (UTF-16 units)
EXCEL_ROWS = 1_048_576
WIDTH_SAMPLE = 200
MAX_WIDTH = 60
NUMBER_FORMATS = {  # the cell format of each kind of column (bare benchmark too)
    Kind.DATE: {"num_format": "yyyy-mm-dd"},
    Kind.DATETIME: {"num_format": "yyyy-mm-dd hh:mm"},
    Kind.MONEY: {"num_format": "#,##0.00"},
    Kind.INTEGER: {"num_format": "0"},
}


@dataclass
class Written:
    rows: dict[str, int] = field(default_factory=dict)  # sheet -> data rows
    truncated: int = 0  # xlsx cells cut at Excel's 32,767 characters


def _naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


class XlsxBook:
    """An xlsx file being written, one sheet per table."""

    def __init__(self, path: Path) -> None:
        import xlsxwriter

        self.book = xlsxwriter.Workbook(
            str(path), {"constant_memory": True, "remove_timezone": True}
        )
        self.bold = self.book.add_format({"bold": True})
        self.formats = {kind: self.book.add_format(spec) for kind, spec in NUMBER_FORMATS.items()}
        self.date_cell = self.formats[Kind.DATE]
        self.written = Written()

    def sheet(self, name: str, columns: list[Column], rows: Iterable[list[Any]]) -> int:
        sheet = self.book.add_worksheet(name[:31])
        for col, column in enumerate(columns):
            sheet.write_string(0, col, column.header, self.bold)
        widths = [len(column.header) + 2 for column in columns]
        number = self._rows(sheet, name, rows, [self.formats.get(c.kind) for c in columns], widths)
        for col, column in enumerate(columns):
            options = {"hidden": True} if column.hidden else None
            width = min(max(widths[col], 10 if column.kind is Kind.DATETIME else 8), MAX_WIDTH)
            sheet.set_column(col, col, width, None, options)
        sheet.freeze_panes(1, 0)
        if columns:
            sheet.autofilter(0, 0, number, len(columns) - 1)
        self.written.rows[name] = number
        return number

    def _rows(
        self,
        sheet: Any,
        name: str,
        rows: Iterable[list[Any]],
        formats: list[Any],
        widths: list[int],
    ) -> int:
        """Write the data rows; returns how many. The hot loop of an export (millions of cells):
        text, most of them, goes straight to ``write_string`` (which cuts it at Excel's limit
        and says so), ids and other whole numbers to ``write_number``; the rest by their type."""
        write_string, write_number, other = sheet.write_string, sheet.write_number, self._value
        truncated = number = 0
        for number, row in enumerate(rows, start=1):
            if number >= EXCEL_ROWS:
                raise ValidationError(
                    f"{name} has more rows than an Excel sheet holds (1,048,575): export as csv."
                )
            for col, value in enumerate(row):
                if value is None:
                    continue
                kind = value.__class__
                if kind is str:
                    if write_string(number, col, value) == _CUT:
                        truncated += 1
                elif kind is int:
                    write_number(number, col, value, formats[col])
                else:
                    other(sheet, number, col, value, formats[col])
            if number <= WIDTH_SAMPLE:
                for col, value in enumerate(row):
                    if isinstance(value, str) and len(value) + 2 > widths[col]:
                        widths[col] = len(value) + 2
        self.written.truncated += truncated
        return number

    def _value(self, sheet: Any, number: int, col: int, value: Any, cell_format: Any) -> None:
        """Any other value (dates, booleans, money, ...) as the cell type that keeps it."""
        if isinstance(value, str):  # a str subclass (an enum's value)
            if sheet.write_string(number, col, value) == _CUT:
                self.written.truncated += 1
        elif isinstance(value, bool):
            sheet.write_boolean(number, col, value)
        elif isinstance(value, int | float | Decimal):
            sheet.write_number(number, col, float(value), cell_format)
        elif isinstance(value, datetime):
            sheet.write_datetime(number, col, _naive_utc(value), cell_format)
        elif isinstance(value, date):
            sheet.write_datetime(
                number, col, datetime(value.year, value.month, value.day), self.date_cell
            )
        else:
            sheet.write_string(number, col, str(value))

    def close(self) -> None:
        self.book.close()


def csv_text(value: Any) -> str:
    """A value as csv text: ISO dates, "." decimals, TRUE/FALSE, formula-like text guarded."""
    if value is None:
        return ""
    if isinstance(value, str):
        return guard_csv(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return _naive_utc(value).strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_csv(out: IO[str], columns: list[Column], rows: Iterable[list[Any]]) -> int:
    writer = csv.writer(out)
    writer.writerow([column.header for column in columns])
    count = 0
    guard = guard_csv
    for row in rows:  # text first: most cells are text, or empty
        writer.writerow([guard(v) if v.__class__ is str else csv_text(v) for v in row])
        count += 1
    return count
