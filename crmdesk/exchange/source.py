"""What every reader returns: a workbook of sheets whose rows are lists of typed cell values.

Row and column positions are the sheet's own (0-based here; row ``i`` is what a spreadsheet shows
as row ``i + 1``), so errors can name the cell a user will find. Readers stream rows: nothing
holds a whole sheet of Python objects.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import TypeAlias

from crmdesk.errors import ValidationError

#: A cell as readers deliver it. Empty cells are ``None`` (never ""); csv and vCard cells are
#: always ``str``; numbers that are whole are ``int``; Excel date cells are ``date``/``datetime``.
CellValue: TypeAlias = str | int | float | Decimal | bool | date | datetime | time | None


class SourceFormat(StrEnum):
    XLSX = "xlsx"  # also xlsm (same container)
    XLSB = "xlsb"
    XLS = "xls"
    ODS = "ods"
    CSV = "csv"  # also tsv and other delimiters
    VCF = "vcf"


@dataclass(frozen=True, slots=True)
class SheetInfo:
    """A sheet as listed for choosing. ``rows``/``columns`` are estimates of the used area
    (exact for spreadsheets read by calamine, estimated from the file size for csv)."""

    name: str
    index: int
    visible: bool
    rows: int
    columns: int


@dataclass(frozen=True, slots=True)
class CellRange:
    """A merged range, 0-based and inclusive on both ends."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int

    def contains(self, row: int, col: int) -> bool:
        return self.first_row <= row <= self.last_row and self.first_col <= col <= self.last_col


@dataclass(eq=False)
class Workbook(ABC):
    """An opened source file. Use as a context manager or call ``close()``.

    ``warnings`` holds sentences worth showing before the import runs (text that was already
    garbled in the file, a sheet cut short after a huge empty area, ...).
    """

    path: Path
    format: SourceFormat
    sheets: list[SheetInfo] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None  # csv and vCard: the text encoding that was detected
    delimiter: str | None = None  # csv: the delimiter that was detected

    def sheet(self, name: str | int) -> SheetInfo:
        """The sheet called ``name`` (or at that index); ValidationError if there is none."""
        for info in self.sheets:
            if info.name == name or (isinstance(name, int) and info.index == name):
                return info
        names = ", ".join(f"“{info.name}”" for info in self.sheets) or "none"
        raise ValidationError(f"There is no sheet “{name}” in this file (sheets: {names}).")

    @abstractmethod
    def iter_rows(self, sheet: str) -> Iterator[list[CellValue]]:
        """Every row from the sheet's first row on (empty rows included, as ``[]`` or Nones),
        so the n-th item is row n of the sheet. Trailing empty cells may be omitted."""

    def merged_ranges(self, sheet: str) -> list[CellRange]:
        """Merged cell ranges of ``sheet`` (empty where the format has none)."""
        return []

    def close(self) -> None:  # noqa: B027 - optional hook, most readers hold nothing open
        """Release the file and any parsed sheets."""

    def __enter__(self) -> Workbook:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
