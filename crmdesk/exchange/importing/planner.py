"""``plan_import``: every row read, converted, validated and matched; nothing written.

The file is read once, row by row (``reading``; a text date makes the rest of the file be read
once more for its dates alone, so that each date column's order is decided by all its values).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from typing import Protocol

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from crmdesk.db.types import utcnow
from crmdesk.errors import ValidationError
from crmdesk.exchange.file_ids import FIELD, OwnIds, file_tag
from crmdesk.exchange.importing.cells import Layout, Parsed, column_specs
from crmdesk.exchange.importing.collector import freezing
from crmdesk.exchange.importing.deciding import Decider
from crmdesk.exchange.importing.matching import CompanyIndex, ContactIndex
from crmdesk.exchange.importing.model import (
    ERROR,
    WARNING,
    CustomColumn,
    DuplicatePolicy,
    ImportPlan,
    PlannedRow,
    Problem,
    RowAction,
    UpdateMode,
)
from crmdesk.exchange.importing.people import CONTACT_UNMODELLED, company_draft, contact_draft
from crmdesk.exchange.importing.reading import CHUNK, Reading
from crmdesk.exchange.layout import Row, Table
from crmdesk.exchange.mapping import Mapping
from crmdesk.exchange.source import SourceFormat
from crmdesk.exchange.values import DateOrder, ValueOptions
from crmdesk.jobs.control import JobControl
from crmdesk.services import custom_fields, settings

MAX_COLUMNS = 1000  # a "list" wider than this is not a list of customers
#: SQLite's page cache (KiB) while a plan reads: the duplicate index is read once, front to
#: back, so the connection's 64 MiB cache would only hold pages nobody reads again, at the
#: time the plan's rows are at their largest (-40 MB of a 100,000-row import's peak). The
#: cache is restored afterwards; ``run_import(release=True)`` (the CLI) keeps it small too.
PLAN_PAGE_CACHE_KIB = 8 * 1024
#: New objects that start a garbage collection while planning: a row makes ~40 that live on,
#: so the rows between two freezes (``collector.EVERY``) are frozen before any collection
#: walks them (~0.4 s of a 100,000-row plan). Cycles are still collected, a little later.
PLAN_YOUNG = 100_000
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
    reading = Reading(plan, layout, options, table, rows=rows, limit=limit, control=control)
    reading.prepare()
    ids = OwnIds(file_tag(session))
    with small_page_cache(session), freezing(young=PLAN_YOUNG) as step:
        planner = row_planner(session, plan, ids)
        step(now=True)  # the duplicate index: ~1,000,000 objects per 100,000 contacts
        for index, item in enumerate(reading):
            plan.rows.append(_plan_row(planner, item))
            step()
            if control is not None and (index + 1) % CHUNK == 0:
                control.progress(index + 1, max(reading.total, index + 1), "Checking rows")
    foreign = ids.warning(plan.entity)
    if foreign is not None:  # once for the file, not on each of its rows
        plan.problems.append(Problem(0, "", foreign, WARNING))
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


def _plan_row(planner: RowPlanner, parsed: Parsed) -> PlannedRow:
    if any(p.severity == ERROR for p in parsed.problems):
        return PlannedRow(parsed.row, RowAction.FAIL, None, parsed.problems)
    planned = planner.plan_row(parsed)
    if any(p.severity == ERROR for p in planned.problems):
        planned.action = RowAction.FAIL
    return planned


class ContactRows:
    def __init__(self, session: Session, plan: ImportPlan, ids: OwnIds) -> None:
        self.decider = Decider(ContactIndex(session), plan.on_duplicate, plan.update_mode)
        self.now: datetime = utcnow()
        self.ids = ids

    def plan_row(self, parsed: Parsed) -> PlannedRow:
        draft = contact_draft(parsed, self.now)
        if draft is None:
            return PlannedRow(parsed.row, RowAction.FAIL, None, parsed.problems)
        return self.decider.decide(parsed, draft, self.ids.own(parsed.first(FIELD)))


class CompanyRows:
    def __init__(self, session: Session, plan: ImportPlan, ids: OwnIds) -> None:
        self.decider = Decider(CompanyIndex(session), plan.on_duplicate, plan.update_mode)
        self.ids = ids

    def plan_row(self, parsed: Parsed) -> PlannedRow:
        draft = company_draft(parsed)
        if draft is None:
            return PlannedRow(parsed.row, RowAction.FAIL, None, parsed.problems)
        return self.decider.decide(parsed, draft, self.ids.own(parsed.first(FIELD)))


def row_planner(session: Session, plan: ImportPlan, ids: OwnIds) -> RowPlanner:
    """The row planner of ``plan.entity``; ``ids`` reads the rows' crmdesk ids."""
    if plan.entity == "contacts":
        return ContactRows(session, plan, ids)
    if plan.entity == "companies":
        return CompanyRows(session, plan, ids)
    from crmdesk.exchange.importing.records import record_planner

    return record_planner(session, plan, ids)
