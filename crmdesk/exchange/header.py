"""Finding the header row of a sheet, and turning header cells into column names.

Files put titles, notes ("Note 1"), report preambles ("Channel Name = ...") and blank rows above
the header. Each of the first non-empty rows is scored as a header: how much of the table's
width it fills, how much of it is short label text (not numbers or dates), how distinct its
cells are, and whether the rows under it fill the same columns. The earliest row scoring close
to the best wins (a header comes before its data), and the search stops at the first wide row
that is not labels (data has begun). No row that looks like labels: no header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crmdesk.domain.text import contains_cjk, fold
from crmdesk.exchange.source import CellValue, column_letter
from crmdesk.exchange.values.text import cell_text, fold_digits

CANDIDATES = 20  # non-empty rows considered as the header
_NUMBERISH = re.compile(r"^[\s(+\-−]*[\d.,\s%'’\u00a0]+[)%]?$")
_DATEISH = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


@dataclass(frozen=True, slots=True)
class ScannedRow:
    index: int  # 0-based row in the sheet
    values: Sequence[CellValue]

    def filled(self) -> list[int]:
        return [col for col, value in enumerate(self.values) if value is not None]


def is_label(value: CellValue) -> bool:
    """A cell that reads like a column name: short text, not a number or a date."""
    if not isinstance(value, str):
        return False
    text = fold_digits(value).strip()
    return 0 < len(text) <= 80 and not _NUMBERISH.match(text) and not _DATEISH.match(text)


def _mostly_labels(row: ScannedRow) -> bool:
    cells = [row.values[col] for col in row.filled()]
    return sum(1 for value in cells if is_label(value)) >= 0.6 * len(cells)


def _score(row: ScannedRow, following: Sequence[ScannedRow], width: int) -> float | None:
    """How much ``row`` looks like a header; None when it cannot be one."""
    cols = row.filled()
    if not cols:
        return None
    cells = [row.values[col] for col in cols]
    labels = sum(1 for value in cells if is_label(value)) / len(cells)
    distinct = len({fold(str(value)) for value in cells}) / len(cells)
    if labels < 0.6 or distinct < 0.6:
        return None
    fill = min(1.0, len(cols) / max(width, 1))
    covered = set(cols)
    under = [col for other in following for col in other.filled()]
    coverage = sum(1 for col in under if col in covered) / len(under) if under else 0.5
    return fill * 2 + labels + distinct * 0.5 + coverage


def detect_header(rows: Sequence[ScannedRow]) -> ScannedRow | None:
    """The header among the first non-empty ``rows`` (in sheet order), or None."""
    if not rows:
        return None
    widths = sorted(len(row.filled()) for row in rows)
    width = widths[len(widths) // 2]  # the usual width: one odd wide row does not set it
    scores: list[tuple[float, ScannedRow]] = []
    for position, row in enumerate(rows[:CANDIDATES]):
        score = _score(row, rows[position + 1 : position + 6], width)
        if score is not None:
            scores.append((score, row))
        elif len(row.filled()) * 2 >= width and not _mostly_labels(row):
            break  # a wide row that is not labels: the data has begun, no header below it
    if not scores:
        return None
    best = max(score for score, _ in scores)
    return next(row for score, row in scores if score >= best - 0.25)


def header_names(
    values: Sequence[CellValue], columns: Sequence[int], groups: dict[int, str] | None = None
) -> tuple[str, ...]:
    """Names for ``columns``: the header text with line breaks joined, "Column C" where the
    header cell is empty, " (2)" added to repeats; ``groups`` prefixes a merged group title."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for col in columns:
        text = clean_header(values[col] if col < len(values) else None)
        if groups and col in groups and text:
            text = f"{groups[col]} {text}"
        name = text or f"Column {column_letter(col)}"
        key = fold(name)
        seen[key] = seen.get(key, 0) + 1
        names.append(name if seen[key] == 1 else f"{name} ({seen[key]})")
    return tuple(names)


def clean_header(value: CellValue) -> str:
    """Header text on one line: "Sue \\nDaniels" -> "Sue Daniels", "含\\n量" -> "含量"."""
    text = cell_text(value) or ""
    parts = [part.strip() for part in re.split(r"\s*[\r\n]+\s*", text) if part.strip()]
    joined = ""
    for part in parts:
        glue = "" if joined and contains_cjk(joined[-1]) and contains_cjk(part[0]) else " "
        joined = part if not joined else joined + glue + part
    return re.sub(r"\s+", " ", joined)
