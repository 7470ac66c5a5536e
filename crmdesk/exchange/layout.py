"""Understanding a sheet: which sheet, which header row, which columns; then streaming rows.

``read_table`` looks at the top of the sheet only (the header and the first ``SAMPLE_ROWS``
data rows, to learn which columns are used); ``Table.rows()`` then streams every data row with
the row number a spreadsheet shows, skipping empty rows. Merged cells are filled from their
top-left cell, in the header and in the data. A value in a column the table does not have (a
column empty in the whole sample) is not lost: it comes in ``Row.extra``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from crmdesk.errors import ValidationError
from crmdesk.exchange.header import ScannedRow, clean_header, detect_header, header_names
from crmdesk.exchange.source import CellRange, CellValue, Workbook, column_letter

#: ``header_row`` value meaning "the sheet has no header: the first row is data".
NO_HEADER = 0
SCAN_ROWS = 60  # non-empty rows read to find the header
SAMPLE_ROWS = 1000  # data rows read to find the used columns


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: ``number`` is the sheet's 1-based row number (vCards: card n is row n+1);
    ``values`` line up with ``Table.headers``; ``extra`` holds (0-based column, value) of cells
    outside the table's columns, normally empty."""

    number: int
    values: tuple[CellValue, ...]
    extra: tuple[tuple[int, CellValue], ...] = ()


@dataclass(frozen=True)
class Table:
    """A sheet read as a list: ``headers[i]`` names source column ``columns[i]`` (0-based)."""

    workbook: Workbook = field(repr=False)
    sheet: str
    header_row: int | None  # 1-based row number of the header; None when there is none
    headers: tuple[str, ...]
    columns: tuple[int, ...]
    first_data_row: int  # 1-based; rows before it are never returned
    merged: tuple[CellRange, ...] = field(default=(), repr=False)

    @property
    def letters(self) -> tuple[str, ...]:
        """Spreadsheet column letters of the columns ("A", "C", ...), for messages."""
        return tuple(column_letter(col) for col in self.columns)

    def rows(self) -> Iterator[Row]:
        """Every non-empty data row, streamed from the file."""
        columns = self.columns
        width = len(columns)
        limit = (max(columns) + 1) if columns else 0
        inside = set(columns)
        gaps = [col for col in range(limit) if col not in inside]
        contiguous = not gaps and columns == tuple(range(width))
        filler = _MergeFiller(self.merged)
        start = self.first_data_row - 1
        for index, raw in enumerate(self.workbook.iter_rows(self.sheet)):
            if filler.active:
                raw = filler.fill(index, raw)
            if index < start:
                continue
            size = len(raw)
            if contiguous and size >= width:
                values = tuple(raw[:width])  # the common case: a plain block of columns
            else:
                values = tuple(raw[col] if col < size else None for col in columns)
            extra = _extra(raw, gaps, limit) if size > limit or gaps else ()
            if extra or values.count(None) != width:
                yield Row(index + 1, values, extra)

    def sample(self, limit: int = 100) -> list[Row]:
        """The first ``limit`` data rows (for previews and guessing the mapping)."""
        return list(islice(self.rows(), limit))


def _extra(
    raw: Sequence[CellValue], gaps: list[int], limit: int
) -> tuple[tuple[int, CellValue], ...]:
    size = len(raw)
    found = [(col, raw[col]) for col in gaps if col < size and raw[col] is not None]
    found += [(col, raw[col]) for col in range(limit, size) if raw[col] is not None]
    return tuple(found)


class _MergeFiller:
    """Copies each merged range's top-left value into the rest of the range while streaming."""

    def __init__(self, ranges: Sequence[CellRange]) -> None:
        # Single cells and huge blocks (whole-column merges) are left alone.
        self.ranges = [
            r
            for r in ranges
            if (r.last_row - r.first_row + 1) * (r.last_col - r.first_col + 1) in range(2, 100_001)
        ]
        self.anchors: dict[CellRange, CellValue] = {}
        self.active = bool(self.ranges)

    def fill(self, index: int, raw: list[CellValue]) -> list[CellValue]:
        for cell_range in self.ranges:
            if not cell_range.first_row <= index <= cell_range.last_row:
                continue
            if index == cell_range.first_row:
                first = cell_range.first_col
                self.anchors[cell_range] = raw[first] if first < len(raw) else None
            value = self.anchors.get(cell_range)
            if value is None:
                continue
            if len(raw) <= cell_range.last_col:
                raw = raw + [None] * (cell_range.last_col + 1 - len(raw))
            for col in range(cell_range.first_col, cell_range.last_col + 1):
                if raw[col] is None:
                    raw[col] = value
        return raw


def _scan(
    workbook: Workbook, sheet: str, merged: Sequence[CellRange], skip: int
) -> list[ScannedRow]:
    """The first ``SCAN_ROWS`` non-empty rows from row index ``skip`` on, merges filled."""
    filler = _MergeFiller(merged)
    found: list[ScannedRow] = []
    for index, raw in enumerate(workbook.iter_rows(sheet)):
        if filler.active:
            raw = filler.fill(index, list(raw))
        if index >= skip and any(value is not None for value in raw):
            found.append(ScannedRow(index, raw))
            if len(found) >= SCAN_ROWS:
                break
    return found


def _used_columns(
    workbook: Workbook,
    sheet: str,
    merged: Sequence[CellRange],
    start: int,
    header: ScannedRow | None,
) -> list[int]:
    used: set[int] = set(header.filled()) if header else set()
    filler = _MergeFiller(merged)
    for index, raw in enumerate(islice(workbook.iter_rows(sheet), start + SAMPLE_ROWS)):
        if filler.active:
            raw = filler.fill(index, list(raw))
        if index >= start:
            used.update(col for col, value in enumerate(raw) if value is not None)
    return sorted(used)


def read_table(
    workbook: Workbook, *, sheet: str | None = None, header_row: int | None = None
) -> Table:
    """The table on ``sheet`` (default: ``default_sheet``), header found unless ``header_row``
    gives it (1-based, or ``NO_HEADER``). ValidationError for an empty sheet or a sheet with a
    header and no data."""
    name = sheet if sheet is not None else default_sheet(workbook)
    workbook.sheet(name)
    merged = tuple(workbook.merged_ranges(name))
    scanned = _scan(workbook, name, merged, 0)
    if not scanned:
        raise ValidationError(f"Sheet “{name}” is empty.")
    header = _header(scanned, name, header_row)
    start = header.index + 1 if header else scanned[0].index
    columns = _used_columns(workbook, name, merged, start, header)
    groups = _groups(scanned, merged, header, columns)
    table = Table(
        workbook=workbook,
        sheet=name,
        header_row=header.index + 1 if header else None,
        headers=header_names(header.values if header else [], columns, groups),
        columns=tuple(columns),
        first_data_row=start + 1,
        merged=merged,
    )
    if header is not None and not table.sample(1):
        raise ValidationError(
            f"Sheet “{name}” has a header row (row {header.index + 1}) but no data under it."
        )
    return table


def _header(scanned: list[ScannedRow], sheet: str, header_row: int | None) -> ScannedRow | None:
    if header_row is None:
        return detect_header(scanned)
    if header_row == NO_HEADER:
        return None
    if header_row < 0:
        raise ValidationError(f"The header row must be 1 or more, not {header_row}.")
    for row in scanned:
        if row.index == header_row - 1:
            return row
    raise ValidationError(
        f"Row {header_row} of sheet “{sheet}” is empty (or too far down): it cannot be the header."
    )


def _groups(
    scanned: list[ScannedRow],
    merged: Sequence[CellRange],
    header: ScannedRow | None,
    columns: list[int],
) -> dict[int, str]:
    """Two-row headers: a merged title over some columns ("Address" over "Street", "City")
    prefixes their names. A merge over the whole table is a sheet title and is ignored."""
    if header is None or header.index == 0 or not columns:
        return {}
    above = header.index - 1
    row = next((r for r in scanned if r.index == above), None)
    groups: dict[int, str] = {}
    for cell in merged:
        spans = cell.last_col > cell.first_col and cell.first_row <= above == cell.last_row
        inside = [col for col in columns if cell.first_col <= col <= cell.last_col]
        if not spans or row is None or len(inside) >= len(columns):
            continue
        title = clean_header(
            row.values[cell.first_col] if cell.first_col < len(row.values) else None
        )
        groups.update(dict.fromkeys(inside, title) if title else {})
    return groups


def default_sheet(workbook: Workbook) -> str:
    """The sheet an import starts on: a visible, non-empty one that looks most like a list
    (many rows that fill the same columns); hidden sheets only when nothing else has data."""
    filled = [info for info in workbook.sheets if info.rows and info.columns]
    candidates = [info for info in filled if info.visible] or filled
    if not candidates:
        raise ValidationError(f"“{workbook.path.name}” has no data: every sheet is empty.")
    if len(candidates) == 1:
        return candidates[0].name
    scores = {info.name: _list_score(workbook, info.name, info.rows) for info in candidates}
    return max(candidates, key=lambda info: (scores[info.name], -info.index)).name


def _list_score(workbook: Workbook, sheet: str, rows: int) -> float:
    scanned = _scan(workbook, sheet, (), 0)
    if not scanned:
        return 0.0
    widths = [len(row.filled()) for row in scanned]
    widest = max(widths)
    consistent = sum(1 for width in widths if width >= widest / 2) / len(widths)
    return consistent * math.log1p(rows) * math.sqrt(min(widest, 30))
