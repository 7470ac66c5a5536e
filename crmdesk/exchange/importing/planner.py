"""``plan_import``: every row read, converted, validated and matched; nothing written.

The file is read once. Date cells wait until the whole file has been seen: a column's order is
decided by all of its values (``DateOrderDetector``), never by guessing one value. A column
whose every value fits both orders is "ambiguous": ``date_order`` (CLI ``--date-order``)
decides it, or the order of a mapping the user made; otherwise the plan is not ``ready`` and
its dates fail. A column whose values clearly show an order uses that order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from itertools import islice
from typing import Protocol

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from crmdesk.db.types import utcnow
from crmdesk.errors import ValidationError
from crmdesk.exchange.formulas import unguard_csv
from crmdesk.exchange.importing.cells import (
    ColumnSpec,
    Layout,
    Parsed,
    column_specs,
    read_dates,
    read_row,
)
from crmdesk.exchange.importing.collector import freezing
from crmdesk.exchange.importing.deciding import Decider
from crmdesk.exchange.importing.matching import CompanyIndex, ContactIndex
from crmdesk.exchange.importing.model import (
    ERROR,
    WARNING,
    AmbiguousDates,
    CustomColumn,
    DuplicatePolicy,
    ImportPlan,
    PlannedRow,
    Problem,
    RowAction,
    UpdateMode,
)
from crmdesk.exchange.importing.people import (
    CONTACT_UNMODELLED,
    company_draft,
    contact_draft,
    record_id,
)
from crmdesk.exchange.layout import Row, Table
from crmdesk.exchange.mapping import Mapping
from crmdesk.exchange.source import SourceFormat
from crmdesk.exchange.values import DateOrder, DateOrderDetector, ValueOptions
from crmdesk.jobs.control import JobControl
from crmdesk.services import custom_fields, settings

MAX_COLUMNS = 1000  # a "list" wider than this is not a list of customers
CHUNK = 1000  # rows between progress reports
#: SQLite's page cache (KiB) while a plan reads: the duplicate index is read once, front to
#: back, so the connection's 64 MiB cache would only hold pages nobody reads again, at the
#: time the plan's rows are at their largest (-40 MB of a 100,000-row import's peak). The
#: cache is restored afterwards; ``run_import(release=True)`` (the CLI) keeps it small too.
PLAN_PAGE_CACHE_KIB = 8 * 1024
RECORD = {
    "contacts": "contact",
    "companies": "company",
    "orders": "order",
    "deals": "deal",
    "tickets": "ticket",
}
WITH_CUSTOM_FIELDS = ("contacts", "companies")


class RowPlanner(Protocol):
    def plan_row(self, parsed: Parsed) -> PlannedRow: ...


def plan_import(
    session: Session,
    table: Table,
    mapping: Mapping,
    *,
    entity: str | None = None,
    region: str | None = None,
    date_order: DateOrder | str | None = None,
    on_duplicate: DuplicatePolicy | str = DuplicatePolicy.SKIP,
    update_mode: UpdateMode | str = UpdateMode.FILL_EMPTY,
    control: JobControl | None = None,
    rows: Iterable[Row] | None = None,
    limit: int | None = None,
) -> ImportPlan:
    """What importing ``table`` with ``mapping`` would do, row by row (the preview).

    ``rows`` replaces ``table.rows()`` (e.g. rows already read); ``limit`` plans only the first
    rows (a quick preview; counts then cover those rows only). ``region`` defaults to the
    file's default region setting. Reads the database (duplicates, existing companies, custom
    fields) and writes nothing. ValidationError for a mapping or option that cannot work.
    """
    plan = _new_plan(session, table, mapping, entity, region, date_order, on_duplicate, update_mode)
    layout = _specs(session, plan)
    # No default currency here: an amount's currency is None unless its cell names one, so
    # a currency column can decide (orders and deals fall back to the file's default).
    options = ValueOptions(region=plan.region, decimal_separator=mapping.decimal_separator)
    parsed, total, detectors = _parse_rows(table, rows, limit, layout, options, plan, control)
    _decide_date_orders(plan, layout.specs, detectors)
    with small_page_cache(session), freezing() as step:
        planner = row_planner(session, plan)
        step(now=True)  # the duplicate index: ~1,000,000 objects per 100,000 contacts
        for index, item in enumerate(parsed):
            read_dates(item, plan.date_orders, options)
            plan.rows.append(_plan_row(planner, item))
            step()
            if control is not None and (index + 1) % CHUNK == 0:
                control.progress(index + 1, max(total, index + 1), "Checking rows")
    return plan


@contextmanager
def small_page_cache(session: Session) -> Iterator[None]:
    """SQLite keeps at most ``PLAN_PAGE_CACHE_KIB`` of pages inside, then as before (shrinking
    the cache frees the pages it holds beyond the new size). Only memory and speed change."""
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    if before is None or (before < 0 and -before <= PLAN_PAGE_CACHE_KIB):
        yield  # already as small
        return
    connection.exec_driver_sql(f"PRAGMA cache_size = -{PLAN_PAGE_CACHE_KIB}")
    try:
        yield
    finally:
        # A failed restore (the transaction already broken) leaves a smaller cache, no more.
        with suppress(SQLAlchemyError):
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def _parse_rows(
    table: Table,
    rows: Iterable[Row] | None,
    limit: int | None,
    layout: Layout,
    options: ValueOptions,
    plan: ImportPlan,
    control: JobControl | None,
) -> tuple[Iterator[Parsed], int, dict[int, DateOrderDetector]]:
    """(parsed rows, how many, the date columns' detectors, filled).

    Rows are parsed while they are planned, so no row's cells wait in memory (~1.6 KB a row),
    unless dates must first be seen whole in rows that cannot be read twice (``rows``). A
    table's rows can: its date cells are read in a first, cheap pass (~5 us a row)."""
    estimate = _estimate(table)
    dated = [spec for spec in layout.specs if spec.dated]

    def source() -> Iterator[Row]:
        found = rows if rows is not None else table.rows()
        return iter(found if limit is None else islice(found, limit))

    if rows is not None and dated:  # one pass only: keep the parsed rows until dates are known
        kept, detectors = _read(source(), layout, options, plan.from_csv, control, estimate)
        return _drain(kept), len(kept), detectors
    detectors = {spec.index: DateOrderDetector() for spec in dated}
    total = estimate
    if dated:
        total = _detect(_checked(source(), control, estimate), dated, detectors, plan.from_csv)
    parsed = (read_row(row, layout, options, from_csv=plan.from_csv) for row in source())
    return parsed, total, detectors


def _drain(kept: list[Parsed | None]) -> Iterator[Parsed]:
    for index, item in enumerate(kept):
        kept[index] = None  # each row's cells are freed once planned
        assert item is not None
        yield item


def _detect(
    source: Iterable[Row],
    dated: list[ColumnSpec],
    detectors: dict[int, DateOrderDetector],
    from_csv: bool,
) -> int:
    """The first pass: every date cell shown to its column's detector, as ``read_row`` would
    collect it. Returns the number of rows."""
    count = 0
    for row in source:
        count += 1
        values = row.values
        for spec in dated:
            cell = values[spec.index] if spec.index < len(values) else None
            if cell is None:
                continue
            if from_csv and isinstance(cell, str):
                cell = unguard_csv(cell)
            detectors[spec.index].add(cell)
    return count


def _new_plan(
    session: Session,
    table: Table,
    mapping: Mapping,
    entity: str | None,
    region: str | None,
    date_order: DateOrder | str | None,
    on_duplicate: DuplicatePolicy | str,
    update_mode: UpdateMode | str,
) -> ImportPlan:
    entity = entity or mapping.entity
    if entity != mapping.entity:
        raise ValidationError(f"The mapping is for {mapping.entity}, not for {entity}.")
    if entity not in RECORD:
        raise ValidationError(f"“{entity}” cannot be imported.")
    mapping.check()
    check_width(table)
    plan = ImportPlan(
        entity=entity,
        mapping=mapping,
        rows=[],
        region=resolve_region(session, region),
        date_order=DateOrder(date_order) if date_order else None,
        on_duplicate=DuplicatePolicy(on_duplicate),
        update_mode=UpdateMode(update_mode),
        from_csv=table.workbook.format is SourceFormat.CSV,
    )
    plan.problems += [Problem(0, "", text, WARNING) for text in table.workbook.warnings]
    plan.problems += [
        Problem(0, header, "This column of the saved mapping is not in the file.", WARNING)
        for header in mapping.missing
    ]
    return plan


def check_width(table: Table) -> None:
    """A sheet far wider than any customer list is refused before anything else is done."""
    if len(table.headers) > MAX_COLUMNS:
        raise ValidationError(
            f"Sheet “{table.sheet}” has {len(table.headers):,} columns; an import takes at most "
            f"{MAX_COLUMNS:,}. Is this a list with one record per row?"
        )


def resolve_region(session: Session, region: str | None) -> str | None:
    """The region phones are read with: ``region``, else the file's default (may be none)."""
    if region is None:
        return settings.default_region(session)
    return settings.check_region(region) if region.strip() else None


def _specs(session: Session, plan: ImportPlan) -> Layout:
    custom: dict[str, CustomColumn] | None = None
    defs = {}
    if plan.entity in WITH_CUSTOM_FIELDS:
        custom = {}
        defs = {d.key: d for d in custom_fields.list_fields(session, RECORD[plan.entity])}
    unmodelled = CONTACT_UNMODELLED if plan.entity == "contacts" else frozenset()
    specs = column_specs(
        plan.mapping, entity=plan.entity, custom=custom, defs=defs, unmodelled=unmodelled
    )
    plan.custom_columns = list((custom or {}).values())
    return Layout(specs)


def _estimate(table: Table) -> int:
    try:
        rows = table.workbook.sheet(table.sheet).rows
    except ValidationError:
        return 0
    return max(rows - table.first_data_row + 1, 0)


def _read(
    source: Iterable[Row],
    layout: Layout,
    options: ValueOptions,
    from_csv: bool,
    control: JobControl | None,
    estimate: int,
) -> tuple[list[Parsed | None], dict[int, DateOrderDetector]]:
    detectors = {spec.index: DateOrderDetector() for spec in layout.specs if spec.dated}
    parsed: list[Parsed | None] = []
    for row in _checked(source, control, estimate):
        item = read_row(row, layout, options, from_csv=from_csv)
        for spec, cell in item.dates or ():
            detectors[spec.index].add(cell)
        parsed.append(item)
    return parsed, detectors


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


def _plan_row(planner: RowPlanner, parsed: Parsed) -> PlannedRow:
    if any(p.severity == ERROR for p in parsed.problems):
        return PlannedRow(parsed.row, RowAction.FAIL, None, parsed.problems)
    planned = planner.plan_row(parsed)
    if any(p.severity == ERROR for p in planned.problems):
        planned.action = RowAction.FAIL
    return planned


class ContactRows:
    def __init__(self, session: Session, plan: ImportPlan) -> None:
        self.decider = Decider(ContactIndex(session), plan.on_duplicate, plan.update_mode)
        self.now: datetime = utcnow()

    def plan_row(self, parsed: Parsed) -> PlannedRow:
        draft = contact_draft(parsed, self.now)
        if draft is None:
            return PlannedRow(parsed.row, RowAction.FAIL, None, parsed.problems)
        return self.decider.decide(parsed, draft, record_id(parsed))


class CompanyRows:
    def __init__(self, session: Session, plan: ImportPlan) -> None:
        self.decider = Decider(CompanyIndex(session), plan.on_duplicate, plan.update_mode)

    def plan_row(self, parsed: Parsed) -> PlannedRow:
        draft = company_draft(parsed)
        if draft is None:
            return PlannedRow(parsed.row, RowAction.FAIL, None, parsed.problems)
        return self.decider.decide(parsed, draft, record_id(parsed))


def row_planner(session: Session, plan: ImportPlan) -> RowPlanner:
    if plan.entity == "contacts":
        return ContactRows(session, plan)
    if plan.entity == "companies":
        return CompanyRows(session, plan)
    from crmdesk.exchange.importing.records import record_planner

    return record_planner(session, plan)
