"""A guard against xlsx sheets whose cells span an enormous area.

calamine stores a sheet as a dense grid from its first to its last cell with a value: one stray
value in XFD1048576 would ask for seventeen billion cells and take the machine down. Before
calamine loads a workbook, each sheet's declared ``<dimension>`` is read (a few bytes); only
when it is huge are the cells that hold values scanned to find the real extent, and a real
extent above ``MAX_CELLS`` is refused with a sentence instead of being loaded.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from crmdesk.errors import ValidationError

MAX_CELLS = 20_000_000  # ~650 MB in calamine; far above any customer list
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_VALUE_CELL = re.compile(rb'<(?:\w+:)?c r="([A-Z]{1,3})(\d{1,7})"[^>/]*>')
_CHUNK = 1 << 20


def _col(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _declared_cells(head: bytes) -> int:
    match = _DIMENSION.search(head)
    if match is None or match.group(3) is None:
        return 0
    rows = int(match.group(4)) - int(match.group(2)) + 1
    cols = _col(match.group(3)) - _col(match.group(1)) + 1
    return rows * cols


def _real_extent(archive: zipfile.ZipFile, part: str) -> tuple[int, int]:
    """(last row, last column), 1-based, of cells that are not empty self-closing tags."""
    last_row = last_col = 0
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            for match in _VALUE_CELL.finditer(data):
                last_row = max(last_row, int(match.group(2)))
                last_col = max(last_col, _col(match.group(1)))
            tail = data[-256:]
    return last_row, last_col


def check_extent(path: Path) -> None:
    """ValidationError when a worksheet of the xlsx at ``path`` spans more than MAX_CELLS."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
            for part in parts:
                with archive.open(part) as stream:
                    head = stream.read(4096)
                if _declared_cells(head) <= MAX_CELLS:
                    continue
                rows, cols = _real_extent(archive, part)
                if rows * cols > MAX_CELLS:
                    raise ValidationError(
                        f"A sheet in “{path.name}” spreads its data over {rows:,} rows and "
                        f"{cols:,} columns (probably a stray value far below or right of the "
                        "list). Delete that value in Excel, or copy the list to a new workbook."
                    )
    except (zipfile.BadZipFile, zlib.error, OSError, KeyError, EOFError):
        return  # damaged files are reported by the reader itself
