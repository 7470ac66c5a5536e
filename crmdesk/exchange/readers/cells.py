"""Turning library cell values into ``CellValue``: one place, one set of rules.

Rules: "" is None; whole floats are ints (Excel keeps every number as a float, and 1.0 in a
postal-code or phone column must print as "1"); durations become "h:mm:ss" text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from crmdesk.exchange.source import CellValue


def duration_text(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}"


def _odd(value: Any) -> CellValue:
    if isinstance(value, timedelta):
        return duration_text(value)
    if isinstance(value, float):
        return value  # nan / inf stay floats; validation reports them
    return None if value is None else str(value)


_PLAIN = frozenset({str, int, bool})


def convert_row(raw: Sequence[Any]) -> list[CellValue]:
    """A row of library values as ``CellValue``s; the hot path of every spreadsheet reader."""
    out: list[CellValue] = []
    append = out.append
    for value in raw:
        kind = value.__class__
        if kind is str:
            append(value if value else None)
        elif kind is float:
            append(int(value) if value.is_integer() else value)
        elif kind in _PLAIN or value is None or hasattr(value, "isoformat"):
            append(value)
        else:
            append(_odd(value))
    return out


def is_empty_row(row: Sequence[CellValue]) -> bool:
    return all(value is None for value in row)
