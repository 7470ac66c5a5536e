"""The rows a plan checks: parsed, their date cells read, in file order (``Reading``).

A date column's order (day-first or month-first) is decided by all of its values
(``DateOrderDetector``) before any of its text dates is read. Only text asks the question: a
real date cell or a number reads the same in any order. So a table is read in one pass while
its date cells are not text (a spreadsheet's dates usually are real dates); at the first text
date, the rest of the file is read once more for its date cells alone (the rows before had no
text date to show), the orders are decided, and the pass goes on. No row's cells wait in
memory (~1.6 KB a row), except rows that cannot be read twice (``rows=``) when the file has
date columns: those are kept, parsed, until all have been seen.

A column whose every value fits both orders is "ambiguous": ``date_order`` (CLI
``--date-order``) decides it, or the order of a mapping the user made; otherwise the plan is
not ``ready`` and its dates fail. A column whose values clearly show an order uses that order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, time
from decimal import Decimal
from itertools import islice

from crmdesk.errors import ValidationError
from crmdesk.exchange.formulas import unguard_csv
from crmdesk.exchange.importing.cells import ColumnSpec, Layout, Parsed
from crmdesk.exchange.importing.model import AmbiguousDates, ImportPlan, Problem
from crmdesk.exchange.importing.rows import DateReader, RowReader
from crmdesk.exchange.layout import Row, Table
from crmdesk.exchange.source import CellValue
from crmdesk.exchange.values import DateOrderDetector, ValueOptions
from crmdesk.jobs.control import JobControl

CHUNK = 1000  # rows between progress reports
#: Cells whose date reads the same whatever the column's order (``values.dates``).
ORDER_FREE = (date, time, int, float, Decimal)


class Reading:
    """Iterate once for the plan's rows (``Parsed``, dates read); ``total`` is how many rows
    there are (an estimate until a pass has counted them). ``prepare()`` first: it reads
    rows that must be kept."""

    def __init__(
        self,
        plan: ImportPlan,
        layout: Layout,
        options: ValueOptions,
        table: Table,
        *,
        rows: Iterable[Row] | None,
        limit: int | None,
        control: JobControl | None,
    ) -> None:
        self.plan, self.options, self.control = plan, options, control
        self.specs = layout.specs
        self.reader = RowReader(layout, options, from_csv=plan.from_csv)
        self.dated = [spec for spec in layout.specs if spec.dated]
        self.detectors = {spec.index: DateOrderDetector() for spec in self.dated}
        self.total = _estimate(table)
        self._table, self._rows, self._limit = table, rows, limit
        self._kept: list[Parsed | None] | None = None

    def _source(self) -> Iterator[Row]:
        found = self._rows if self._rows is not None else self._table.rows()
        return iter(found if self._limit is None else islice(found, self._limit))

    def prepare(self) -> None:
        """Rows that cannot be read twice are parsed now when dates must first be seen whole;
        without date columns there is nothing to decide."""
        if not self.dated:
            self._decide()
        elif self._rows is not None:
            self._kept = []
            for row in _checked(self._source(), self.control, self.total):
                item = self.reader.read(row)
                for spec, cell in item.dates or ():
                    self.detectors[spec.index].add(cell)
                self._kept.append(item)
            self.total = len(self._kept)
            self._decide()

    def __iter__(self) -> Iterator[Parsed]:
        if not self.dated:
            yield from map(self.reader.read, self._source())
        elif self._kept is not None:
            yield from self._drain(self._kept)
        else:
            yield from self._streamed()

    def _drain(self, kept: list[Parsed | None]) -> Iterator[Parsed]:
        dates = DateReader(self.plan.date_orders, self.options)
        for index, item in enumerate(kept):
            kept[index] = None  # each row's cells are freed once planned
            assert item is not None
            dates.read(item)
            yield item

    def _streamed(self) -> Iterator[Parsed]:
        dates = DateReader({}, self.options)  # no order yet: only for cells that need none
        decided = False
        for number, row in enumerate(self._source(), start=1):
            item = self.reader.read(row)
            if not decided and item.dates and not _order_free(item.dates):
                rest = _checked(islice(self._source(), number - 1, None), self.control, self.total)
                self.total = number - 1 + _detect(rest, self.dated, self.detectors, self.plan)
                dates = self._decide()
                decided = True
            dates.read(item)
            yield item
        if not decided:
            self._decide()

    def _decide(self) -> DateReader:
        _decide_date_orders(self.plan, self.specs, self.detectors)
        return DateReader(self.plan.date_orders, self.options)


def _order_free(dates: list[tuple[ColumnSpec, CellValue]]) -> bool:
    return all(isinstance(cell, ORDER_FREE) for _, cell in dates)


def _detect(
    source: Iterable[Row],
    dated: list[ColumnSpec],
    detectors: dict[int, DateOrderDetector],
    plan: ImportPlan,
) -> int:
    """Every date cell shown to its column's detector, as ``RowReader`` would collect it.
    Returns the number of rows."""
    count = 0
    for row in source:
        count += 1
        values = row.values
        for spec in dated:
            cell = values[spec.index] if spec.index < len(values) else None
            if cell is None:
                continue
            if plan.from_csv and isinstance(cell, str):
                cell = unguard_csv(cell)
            detectors[spec.index].add(cell)
    return count


def _estimate(table: Table) -> int:
    try:
        rows = table.workbook.sheet(table.sheet).rows
    except ValidationError:
        return 0
    return max(rows - table.first_data_row + 1, 0)


def _checked(source: Iterable[Row], control: JobControl | None, estimate: int) -> Iterator[Row]:
    for number, row in enumerate(source, start=1):
        if control is not None and number % CHUNK == 0:
            control.progress(number, max(estimate, number), "Reading rows")
        yield row


def _decide_date_orders(
    plan: ImportPlan, specs: list[ColumnSpec], detectors: dict[int, DateOrderDetector]
) -> None:
    user_mapping = plan.mapping.date_order is not None and all(
        c.source == "user" for c in plan.mapping.columns
    )
    fallback = plan.date_order or (plan.mapping.date_order if user_mapping else None)
    headers = {spec.index: spec.header for spec in specs}
    for index, detector in detectors.items():
        verdict = detector.result()
        if verdict.order is not None and not verdict.ambiguous:
            plan.date_orders[index] = verdict.order
        elif fallback is not None:
            plan.date_orders[index] = fallback
        elif verdict.ambiguous:
            plan.ambiguous.append(AmbiguousDates(headers[index], index, verdict.suggested))
            plan.problems.append(Problem(0, headers[index], _ambiguous_text(headers[index])))


def _ambiguous_text(header: str) -> str:
    return (
        f"The dates in column “{header}” fit both day-first and month-first "
        "(like 03/04/2024): choose the date order."
    )
