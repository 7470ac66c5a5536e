"""Slower readers for the few files calamine cannot open.

openpyxl (read-only) takes xlsx whose XML parts are UTF-16 or otherwise unusual; xlrd takes old
xls files calamine rejects. Read-only openpyxl trusts the declared dimension, so a sheet that
claims a million formatted rows is cut after ``EMPTY_RUN_LIMIT`` empty rows in a row (with a
warning, never silently).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import time
from pathlib import Path
from typing import Any

from crmdesk.errors import ValidationError
from crmdesk.exchange.readers.cells import convert_row, is_empty_row
from crmdesk.exchange.sniff import unreadable
from crmdesk.exchange.source import CellRange, CellValue, SheetInfo, SourceFormat, Workbook

#: Consecutive empty rows after which a fallback reader stops reading a sheet.
EMPTY_RUN_LIMIT = 10_000

_MERGE = re.compile(r"<(?:\w+:)?mergeCell\b[^>]*\bref=\"([A-Z]+)(\d+):([A-Z]+)(\d+)\"")


def _col_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def _decode_xml(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8", errors="replace")


class OpenpyxlWorkbook(Workbook):
    def __init__(self, path: Path) -> None:
        import openpyxl

        super().__init__(path=path, format=SourceFormat.XLSX)
        self._book: Any = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for index, sheet in enumerate(self._book.worksheets):
            visible = sheet.sheet_state == "visible"
            rows, cols = sheet.max_row or 0, sheet.max_column or 0
            self.sheets.append(SheetInfo(sheet.title, index, visible, rows, cols))

    def iter_rows(self, sheet: str) -> Iterator[list[CellValue]]:
        self.sheet(sheet)
        try:
            yield from self._rows(sheet)
        except ValidationError:
            raise
        except Exception as error:  # read-only openpyxl parses lazily: damage shows up here
            raise unreadable(self.path, "an Excel workbook") from error

    def _rows(self, sheet: str) -> Iterator[list[CellValue]]:
        empty_run = 0
        for number, raw in enumerate(self._book[sheet].iter_rows(values_only=True), start=1):
            row = convert_row(raw)
            empty_run = empty_run + 1 if is_empty_row(row) else 0
            if empty_run >= EMPTY_RUN_LIMIT:
                self.warnings.append(
                    f"Sheet “{sheet}” was read up to row {number - EMPTY_RUN_LIMIT}: "
                    f"it was followed by more than {EMPTY_RUN_LIMIT:,} empty rows."
                )
                return
            yield row

    def merged_ranges(self, sheet: str) -> list[CellRange]:
        """Read-only openpyxl drops merges, so they are read from the sheet's XML."""
        part = getattr(self._book[sheet], "_worksheet_path", None)
        if not part:
            return []
        try:
            with zipfile.ZipFile(self.path) as archive:
                xml = _decode_xml(archive.read(part))
        except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError):
            return []
        return [
            CellRange(int(r0) - 1, _col_index(c0), int(r1) - 1, _col_index(c1))
            for c0, r0, c1, r1 in _MERGE.findall(xml)
        ]

    def close(self) -> None:
        if self._book is not None:
            self._book.close()
            self._book = None


class XlrdWorkbook(Workbook):
    def __init__(self, path: Path) -> None:
        import xlrd

        super().__init__(path=path, format=SourceFormat.XLS)
        self._book: Any = xlrd.open_workbook(str(path), on_demand=True)
        for index in range(self._book.nsheets):
            sheet = self._book.sheet_by_index(index)
            info = SheetInfo(sheet.name, index, sheet.visibility == 0, sheet.nrows, sheet.ncols)
            self.sheets.append(info)

    def iter_rows(self, sheet: str) -> Iterator[list[CellValue]]:
        import xlrd

        data = self._book.sheet_by_index(self.sheet(sheet).index)
        for index in range(data.nrows):
            row: list[Any] = []
            for cell in data.row(index):
                if cell.ctype == xlrd.XL_CELL_DATE:
                    moment = xlrd.xldate.xldate_as_datetime(cell.value, self._book.datemode)
                    row.append(moment.date() if moment.time() == time(0) else moment)
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    row.append(bool(cell.value))
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    row.append(None)
                else:
                    row.append(cell.value)
            yield convert_row(row)

    def close(self) -> None:
        if self._book is not None:
            self._book.release_resources()
            self._book = None
