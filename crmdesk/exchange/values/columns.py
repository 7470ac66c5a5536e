"""Decisions about a whole column: which date order and which decimal separator it uses.

One value like "03/04/2024" cannot say whether it is 3 April or 4 March; a column can, when any
value has a day above 12. When none does, the column is ambiguous: the wizard asks, the CLI
needs ``--date-order``. Detectors are incremental (``add`` each value while streaming) so the
import run can check every row, not just a sample.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from crmdesk.exchange.source import CellValue
from crmdesk.exchange.values.dates import DateOrder
from crmdesk.exchange.values.text import fold_digits

_DAY_MONTH = re.compile(r"^\s*(\d{1,2})\s*([./-])\s*(\d{1,2})\s*(?:\2\s*(\d{2}|\d{4}))?\b")
_NUMBER = re.compile(r"\d[\d\s\u00a0\u202f'.,]*")


@dataclass(frozen=True, slots=True)
class ColumnDateOrder:
    """The date order of a column.

    ``order`` is what to pass to the date parsers (None: it does not matter, or it is
    ambiguous). ``ambiguous`` means someone must choose; ``suggested`` is a sensible default
    for the choice (from the separators used); ``conflicting`` means some values are clearly
    day-first and others clearly month-first.
    """

    order: DateOrder | None
    ambiguous: bool
    suggested: DateOrder | None = None
    conflicting: bool = False
    day_first_values: int = 0
    month_first_values: int = 0
    undecided_values: int = 0


class DateOrderDetector:
    """Feed a column's cells with ``add``; read the verdict from ``result()``."""

    def __init__(self) -> None:
        self.day_first = 0
        self.month_first = 0
        self.undecided = 0
        self.undecided_dotted = 0
        self.undecided_dashed = 0

    def add(self, value: CellValue) -> None:
        if not isinstance(value, str):
            return  # real date cells and serial numbers carry no order question
        match = _DAY_MONTH.match(fold_digits(value))
        if match is None:
            return
        a, b = int(match.group(1)), int(match.group(3))
        if a > 12 >= b >= 1:
            self.day_first += 1
        elif b > 12 >= a >= 1:
            self.month_first += 1
        elif 1 <= a <= 12 and 1 <= b <= 12 and a != b:
            self.undecided += 1
            self.undecided_dotted += match.group(2) == "."
            self.undecided_dashed += match.group(2) == "-"

    def result(self) -> ColumnDateOrder:
        if self.day_first and self.month_first:
            suggested = DateOrder.DMY if self.day_first >= self.month_first else DateOrder.MDY
            return self._verdict(None, True, suggested, conflicting=True)
        if self.day_first or self.month_first:
            order = DateOrder.DMY if self.day_first else DateOrder.MDY
            return self._verdict(order, False, order)
        if not self.undecided:
            return self._verdict(None, False, None)
        if self.undecided_dotted == self.undecided:
            # 05.03.2024 is day-first wherever dots are written; no one writes mm.dd.yyyy
            return self._verdict(DateOrder.DMY, False, DateOrder.DMY)
        dayish = self.undecided_dotted + self.undecided_dashed > self.undecided // 2
        return self._verdict(None, True, DateOrder.DMY if dayish else None)

    def _verdict(
        self,
        order: DateOrder | None,
        ambiguous: bool,
        suggested: DateOrder | None,
        *,
        conflicting: bool = False,
    ) -> ColumnDateOrder:
        return ColumnDateOrder(
            order,
            ambiguous,
            suggested,
            conflicting,
            day_first_values=self.day_first,
            month_first_values=self.month_first,
            undecided_values=self.undecided,
        )


def detect_date_order(values: Iterable[CellValue]) -> ColumnDateOrder:
    detector = DateOrderDetector()
    for value in values:
        detector.add(value)
    return detector.result()


@dataclass(frozen=True, slots=True)
class ColumnNumberFormat:
    """The decimal separator of a column of numbers written as text ("." or ",", or None when
    no value shows it); ``ambiguous`` when values like "1.234" could be read either way."""

    decimal_separator: str | None
    ambiguous: bool


def detect_decimal_separator(values: Iterable[CellValue]) -> ColumnNumberFormat:
    """Look at text numbers: "1.234,56" and "12,5" say ","; "1,234.56" and "12.5" say "."."""
    votes = {".": 0, ",": 0}
    unsure = 0
    for value in values:
        if not isinstance(value, str):
            continue
        match = _NUMBER.search(fold_digits(value).replace("٫", ".").replace("٬", ","))
        if match is None:
            continue
        body = re.sub(r"[\s\u00a0\u202f']", "", match.group(0)).rstrip(".,")
        vote = _separator_vote(body)
        if vote is None:
            unsure += "." in body or "," in body
        else:
            votes[vote] += 1
    if votes["."] and votes[","]:
        return ColumnNumberFormat("." if votes["."] >= votes[","] else ",", True)
    if votes["."] or votes[","]:
        return ColumnNumberFormat("." if votes["."] else ",", False)
    return ColumnNumberFormat(None, unsure > 0)


def _separator_vote(body: str) -> str | None:
    last_dot, last_comma = body.rfind("."), body.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        return "." if last_dot > last_comma else ","
    sep = "." if last_dot >= 0 else "," if last_comma >= 0 else None
    if sep is None:
        return None
    if body.count(sep) > 1:
        return "," if sep == "." else "."  # repeated: thousands, so the other is decimal
    whole, _, fraction = body.partition(sep)
    if len(fraction) != 3 or whole.startswith("0") or not whole or len(whole) > 3:
        return sep
    return None
