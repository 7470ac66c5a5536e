"""xlsx / xlsm / xlsb / xls / ods through python-calamine: the fast path (~5x openpyxl).

calamine parses a sheet into Rust memory once; rows are converted to Python lists only while
they are iterated. It already honours the 1904 date system, reads merged ranges (xlsx, xls),
and sizes a sheet by its cells, not by the declared dimension (so ``A1:XFD1048576`` costs
nothing).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import python_calamine as calamine

from crmdesk.exchange.readers.cells import convert_row
from crmdesk.exchange.sniff import unreadable
from crmdesk.exchange.source import CellRange, CellValue, SheetInfo, SourceFormat, Workbook


class CalamineFailure(Exception):
    """calamine could not read the file; the caller decides between a fallback and a message."""

    def __init__(self, message: str, *, password: bool = False) -> None:
        super().__init__(message)
        self.password = password


def _guarded(call: Any, *args: Any) -> Any:
    """Run a calamine call, turning every failure (including Rust panics, which pyo3 raises as
    BaseException) into CalamineFailure."""
    try:
        return call(*args)
    except calamine.PasswordError as error:
        raise CalamineFailure(str(error), password=True) from error
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as error:  # pyo3 panics are BaseException
        raise CalamineFailure(f"{type(error).__name__}: {error}") from error


class CalamineWorkbook(Workbook):
    """A spreadsheet read by calamine. Sheets are parsed when the workbook opens (their size is
    needed to choose the default sheet) and kept until ``close()``."""

    def __init__(self, path: Path, fmt: SourceFormat) -> None:
        super().__init__(path=path, format=fmt)
        self._book: Any = _guarded(calamine.CalamineWorkbook.from_path, str(path))
        self._loaded: dict[str, Any] = {}
        for index, meta in enumerate(self._book.sheets_metadata):
            if meta.typ not in (
                calamine.SheetTypeEnum.WorkSheet,
                calamine.SheetTypeEnum.MacroSheet,
            ):
                continue  # chart and dialog sheets hold no cells
            sheet = _guarded(self._book.get_sheet_by_name, meta.name)
            self._loaded[meta.name] = sheet
            visible = meta.visible == calamine.SheetVisibleEnum.Visible
            rows, cols = (sheet.height, sheet.width) if sheet.start is not None else (0, 0)
            self.sheets.append(SheetInfo(meta.name, index, visible, rows, cols))

    def _sheet(self, name: str) -> Any:
        self.sheet(name)  # ValidationError for an unknown name
        return self._loaded[name]

    def iter_rows(self, sheet: str) -> Iterator[list[CellValue]]:
        data = self._sheet(sheet)
        start = data.start
        if start is None:
            return
        # python-calamine yields rows from the sheet's row 0 but columns from the first used
        # column: pad on the left so positions are the sheet's own.
        pad: list[CellValue] = [None] * start[1]
        try:
            for raw in data.iter_rows():
                yield pad + convert_row(raw) if pad else convert_row(raw)
        except calamine.CalamineError as error:
            raise unreadable(self.path, "a spreadsheet") from error

    def merged_ranges(self, sheet: str) -> list[CellRange]:
        ranges = self._sheet(sheet).merged_cell_ranges or []
        return [CellRange(r0, c0, r1, c1) for (r0, c0), (r1, c1) in ranges]

    def close(self) -> None:
        self._loaded.clear()
        if self._book is not None:
            with contextlib.suppress(calamine.CalamineError):  # already closed
                self._book.close()
            self._book = None
