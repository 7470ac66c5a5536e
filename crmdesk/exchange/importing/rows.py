"""Rows to ``Parsed``: each column's distinct texts are read once.

A customer list repeats itself down a column (companies, job titles, cities, countries, stages,
tags, first names), and ``read_cell`` depends on nothing but the column, the cell and the
import's options: a column remembers what each text became (up to ``MEMO_ROOM`` texts), so a
repeat costs one dict lookup. Only text cells are remembered (1, 1.0 and True are equal keys
but different cells), and only results nobody can change later (not the list of an email cell).
Date cells wait in ``Parsed.dates`` until their column's order is known (``DateReader``).
"""

from __future__ import annotations

from typing import Any

from crmdesk.exchange.formulas import unguard_csv
from crmdesk.exchange.importing.cells import (
    DATED,
    ColumnSpec,
    Layout,
    Outcome,
    Parsed,
    read_cell,
    read_date,
    with_order,
)
from crmdesk.exchange.importing.model import Problem
from crmdesk.exchange.layout import Row
from crmdesk.exchange.values import DateOrder, ValueOptions

#: Distinct texts remembered per column: a few MB at most, and a column of unique values
#: (emails, phones) costs one failed lookup per cell once it is full.
MEMO_ROOM = 1 << 14
_MISS: Any = object()


class RowReader:
    """``read(row)``: the mapped cells of a row parsed; date cells only collected."""

    def __init__(self, layout: Layout, options: ValueOptions, *, from_csv: bool) -> None:
        self.layout = layout
        self.options = options
        self.from_csv = from_csv
        self.columns: list[tuple[ColumnSpec, int, int, bool, dict[str, Any]]] = [
            (spec, spec.index, spec.slot, spec.kind in DATED, {}) for spec in layout.specs
        ]

    def read(self, row: Row) -> Parsed:
        parsed = Parsed(row.number, self.layout)
        values = row.values
        size = len(values)
        cells = parsed.cells
        options, from_csv = self.options, self.from_csv
        for spec, index, slot, dated, memo in self.columns:
            cell = values[index] if index < size else None
            if cell is None:
                continue
            if from_csv and isinstance(cell, str):
                cell = unguard_csv(cell)
            if dated:
                if parsed.dates is None:
                    parsed.dates = []
                parsed.dates.append((spec, cell))
                continue
            if cell.__class__ is str:
                value = memo.get(cell, _MISS)
                if value is _MISS:
                    value = read_cell(spec, cell, options)
                    if len(memo) < MEMO_ROOM and value.__class__ is not list:
                        memo[cell] = value
            else:
                value = read_cell(spec, cell, options)
            if value.__class__ is Outcome:
                value = _noted(parsed, spec, value)
            if value is not None:
                cells[slot] = value
        return parsed


def _noted(parsed: Parsed, spec: ColumnSpec, outcome: Outcome) -> Any:
    """The outcome's problem (and moved text) added to the row; its value."""
    parsed.problems.append(Problem(parsed.row, spec.header, outcome.message, outcome.severity))
    if outcome.moved is not None:
        parsed.add(outcome.moved[0], spec, outcome.moved[1])
    return outcome.value


class DateReader:
    """``read(parsed)``: a row's date cells parsed, now that each column's order is known.
    Each distinct cell of a column is parsed once (birthdays repeat in a large file)."""

    def __init__(self, orders: dict[int, DateOrder], options: ValueOptions) -> None:
        self.orders = orders
        self.options = options
        self.columns: dict[int, tuple[ValueOptions, dict[Any, Any]]] = {}

    def read(self, parsed: Parsed) -> None:
        for spec, cell in parsed.dates or ():
            column = self.columns.get(spec.index)
            if column is None:
                column = (with_order(self.options, self.orders.get(spec.index)), {})
                self.columns[spec.index] = column
            options, memo = column
            key = (cell.__class__, cell)  # a datetime and a date of the same day differ
            value = memo.get(key, _MISS)
            if value is _MISS:
                value = read_date(spec, cell, options)
                if len(memo) < MEMO_ROOM:
                    memo[key] = value
            if value.__class__ is Outcome:
                value = _noted(parsed, spec, value)
            parsed.cells[spec.slot] = value
        parsed.dates = None
