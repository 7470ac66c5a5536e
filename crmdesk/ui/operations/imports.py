"""Operations of the import wizard: open and understand a file, plan, run, undo, history.

Reading the file (``open_file``, ``read_sheet``, ``raw_rows``, ``guess``) touches no database.
``plan`` is one short read session; ``run_job`` is the body of a background ``Job`` (it opens
its own transaction, off the GUI thread); ``undo`` is a user action that broadcasts what it
changed. Widgets call these and get plain values back (dataclasses of ``exchange.importing``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from crmdesk.context import AppContext
from crmdesk.domain.enums import CustomFieldType
from crmdesk.errors import CrmError
from crmdesk.exchange import layout
from crmdesk.exchange.fields import target_fields
from crmdesk.exchange.importing import planner
from crmdesk.exchange.importing.extras import suggest_mapping, write_failed_rows
from crmdesk.exchange.importing.model import (
    DuplicatePolicy,
    ImportPlan,
    ImportSummary,
    UpdateMode,
)
from crmdesk.exchange.importing.people import CONTACT_UNMODELLED
from crmdesk.exchange.layout import Row, Table
from crmdesk.exchange.mapping import Action, ColumnMapping, Mapping
from crmdesk.exchange.source import CellValue, Workbook
from crmdesk.exchange.values import DateOrder, DateOrderDetector, ValueKind, detect_date_order
from crmdesk.jobs.control import JobControl
from crmdesk.services import custom_fields, import_history
from crmdesk.services.import_history import BatchRow
from crmdesk.ui.ops import OpsHost, read, user_action

if TYPE_CHECKING:
    from crmdesk.exchange.importing.undo import UndoResult

#: Rows the wizard reads to guess the mapping and to spot ambiguous dates.
SAMPLE_ROWS = 1000
#: Above this many rows the plan is made in a background job (a spinner shows meanwhile).
PLAN_IN_BACKGROUND = 3000
DATED = frozenset({ValueKind.DATE, ValueKind.DATETIME, ValueKind.BIRTHDAY})


@dataclass(frozen=True)
class ImportOptions:
    """Everything the wizard chose, as plain values: enough to plan and to run."""

    entity: str
    region: str | None
    date_order: DateOrder | None
    on_duplicate: DuplicatePolicy
    update_mode: UpdateMode


# ---------------------------------------------------------------------- the file


def open_file(path: Path) -> Workbook:
    """Open any importable file; a bad one raises ValidationError with a sentence."""
    from crmdesk.exchange.readers import open_source

    return open_source(path)


def default_sheet(workbook: Workbook) -> str:
    return layout.default_sheet(workbook)


def read_sheet(workbook: Workbook, *, sheet: str, header_row: int | None) -> Table:
    """The table on ``sheet``; ``header_row`` None detects it, ``layout.NO_HEADER`` has none."""
    return layout.read_table(workbook, sheet=sheet, header_row=header_row)


def raw_rows(workbook: Workbook, *, sheet: str, limit: int) -> list[list[CellValue]]:
    """The first ``limit`` rows of ``sheet`` exactly as stored (for the header preview)."""
    return [list(row) for row in islice(workbook.iter_rows(sheet), limit)]


def sample(table: Table) -> list[Row]:
    return table.sample(SAMPLE_ROWS)


def estimated_rows(table: Table) -> int:
    """Data rows of the table, as estimated by the reader (for choosing job or not)."""
    try:
        rows = table.workbook.sheet(table.sheet).rows
    except CrmError:  # an estimate only
        return 0
    return max(rows - table.first_data_row + 1, 0)


def guess(table: Table, *, entity: str) -> Mapping:
    """The mapping to start from (a crmdesk export or failed-rows file maps itself)."""
    return suggest_mapping(table, entity=entity)


def adapt(saved: Mapping, table: Table) -> Mapping:
    """A saved mapping applied to this table (columns matched by header)."""
    return suggest_mapping(table, entity=saved.entity, saved=saved)


def load_mapping(path: Path) -> Mapping:
    from crmdesk.errors import ValidationError

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(f"“{path.name}” could not be read ({error}).") from None
    return Mapping.from_json(text)


def save_mapping(chosen: Mapping, path: Path) -> None:
    from crmdesk.errors import ValidationError

    try:
        path.write_text(chosen.to_json(), encoding="utf-8")
    except OSError as error:
        raise ValidationError(f"The mapping could not be saved: {error.strerror}.") from None


def phone_regions() -> list[tuple[str, int]]:
    """(region code, calling code) of every region phone numbers can be read for."""
    import phonenumbers

    return [(code, phonenumbers.country_code_for_region(code)) for code in sorted(
        phonenumbers.SUPPORTED_REGIONS
    )]  # fmt: skip


def date_columns(chosen: Mapping, rows: Sequence[Row]) -> list[tuple[int, CellValue]]:
    """Mapped date columns whose sampled values read both day-first and month-first:
    (column index, a value that reads both ways) for each."""
    kinds = {spec.key: spec.kind for spec in target_fields(chosen.entity)}
    found: list[tuple[int, CellValue]] = []
    for column in chosen.columns:
        if not _is_date(column, kinds):
            continue
        values = [r.values[column.column] for r in rows if column.column < len(r.values)]
        values = [value for value in values if value is not None]
        if detect_date_order(values).ambiguous:
            found.append((column.column, _undecided(values)))
    return found


def _is_date(column: ColumnMapping, kinds: dict[str, ValueKind]) -> bool:
    if column.action is Action.FIELD:
        return kinds.get(column.field or "") in DATED
    return column.action is Action.CUSTOM and column.custom_type is CustomFieldType.DATE


def _undecided(values: list[CellValue]) -> CellValue:
    for value in values:
        probe = DateOrderDetector()
        probe.add(value)
        if probe.undecided:
            return value
    return values[0] if values else None


_PREVIEW_KEYS = {
    "email_label": "email", "phone_label": "phone", "address_label": "address",
    "street": "address", "city": "address", "region": "address", "postal_code": "address",
    "country": "address", "birthday_year": "birthday", "birthday_month": "birthday",
    "birthday_day": "birthday",
}  # fmt: skip
_ORDER_KEYS = {
    "order_number": "number", "order_date": "ordered_on", "total": "total_minor",
    "product": "lines", "sku": "lines", "quantity": "lines", "unit_price": "lines",
    "company": "customer_company",
}  # fmt: skip


def preview_key(column: ColumnMapping, entity: str) -> str:
    """The key of ``Draft.preview()`` that shows what ``column`` feeds (for the preview
    table: which cell a problem of this column belongs to)."""
    if column.action is not Action.FIELD or not column.field:
        if entity not in planner.WITH_CUSTOM_FIELDS:
            return "notes"
        return "custom:" + custom_fields.field_key(column.header)
    name = column.field
    if entity == "contacts" and name in CONTACT_UNMODELLED:
        label = next(s.label for s in target_fields(entity) if s.key == name)
        return "custom:" + custom_fields.field_key(label)
    if entity == "orders" and name in _ORDER_KEYS:
        return _ORDER_KEYS[name]
    return _PREVIEW_KEYS.get(name, name)


# ---------------------------------------------------------------------- the database


def file_region(ctx: AppContext) -> str | None:
    """The file's default phone region (the ``default_region`` setting); None when unset."""
    return read(ctx, planner.resolve_region, None)


def plan(
    ctx: AppContext,
    table: Table,
    chosen: Mapping,
    options: ImportOptions,
    *,
    control: JobControl | None = None,
) -> ImportPlan:
    """What the import would do with every row; nothing is written."""
    return read(ctx, _plan, table, chosen, options, control)


def _plan(
    session: Session,
    table: Table,
    chosen: Mapping,
    options: ImportOptions,
    control: JobControl | None,
) -> ImportPlan:
    return planner.plan_import(
        session,
        table,
        chosen,
        entity=options.entity,
        region=options.region,
        date_order=options.date_order,
        on_duplicate=options.on_duplicate,
        update_mode=options.update_mode,
        control=control,
    )


def run_job(
    ctx: AppContext, plan: ImportPlan, *, source_name: str
) -> Callable[[JobControl], ImportSummary]:
    """The body of the import job: ``plan`` written in one transaction; a cancel (or any
    error) rolls it back, so the file is as before."""
    from crmdesk.exchange.importing.running import run_import

    def work(control: JobControl) -> ImportSummary:
        return run_import(ctx, plan, source_name=source_name, control=control)

    return work


def undo(host: OpsHost, *, batch_id: int) -> UndoResult:
    """Take a whole import back: what it created goes, what it overwrote returns; the result
    also tells what was kept (records merged since, fields edited since)."""
    from crmdesk.exchange.importing.undo import undo_import

    with user_action(host) as (session, changes):
        result = undo_import(session, batch_id)
        changes.merge(result)
    return result


def write_failed(summary: ImportSummary, table: Table, target: Path) -> int:
    """Write the rows that failed, with a reason column, to ``target`` (xlsx)."""
    return write_failed_rows(summary, table, target)


def batches(ctx: AppContext) -> list[BatchRow]:
    """Past imports, newest first."""
    return read(ctx, import_history.list_batches)
