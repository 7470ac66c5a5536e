"""``run_import``: carry out a plan in ONE transaction, indexing search in bulk.

The run writes in chunks (executemany of tuples, see ``writing``), each created contact and
company with its search row (built from the values just written, not read back), and calls
``control.progress`` between chunks; a cancel raises ``Cancelled`` there, the transaction
rolls back and the file is as it was. The batch (``ImportBatch`` plus its items) makes the
whole import undoable. Every row of the plan is accounted for in the summary: created +
updated + skipped + failed == rows.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Set
from contextlib import contextmanager, nullcontext
from typing import Any, Protocol

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from crmdesk.context import AppContext
from crmdesk.db import models
from crmdesk.db.types import utcnow
from crmdesk.errors import ValidationError
from crmdesk.exchange.importing.collector import Step, freezing
from crmdesk.exchange.importing.model import (
    ERROR,
    Draft,
    ImportPlan,
    ImportSummary,
    PlannedRow,
    Problem,
    RowAction,
)
from crmdesk.exchange.importing.planner import RECORD, small_page_cache
from crmdesk.exchange.importing.write_people import COMPANY, CONTACT, PeopleWriter
from crmdesk.exchange.importing.write_records import RecordWriter
from crmdesk.exchange.importing.writing import Buffer, Companies, Ids, Journal, chunks, table_of
from crmdesk.jobs.control import JobControl, quiet
from crmdesk.services import custom_fields, search
from crmdesk.services.changes import Changes
from crmdesk.services.search_index import BUILDERS, IdRange

SEARCHED = ("contact", "company", "deal", "ticket")


class Writer(Protocol):
    @property
    def companies(self) -> Companies: ...

    def create(self, draft: Draft) -> int: ...
    def update(self, rows: list[PlannedRow]) -> dict[int, str]: ...


def run_import(
    target: AppContext | Session,
    plan: ImportPlan,
    *,
    source_name: str,
    control: JobControl | None = None,
    release: bool = False,
) -> ImportSummary:
    """Write ``plan``; with an AppContext in its own transaction, with a Session in the
    caller's (who then must roll back on ``Cancelled`` or an error).

    ``release``: each row's draft is dropped once it is written (a 100,000-row plan's drafts
    are ~250 MB), so the plan cannot be run again, and SQLite keeps the plan's smaller page
    cache (the run's peak is the connection's 64 MiB cache growing back); for callers that
    run a plan once (the CLI). What is written and the summary are the same either way."""
    if not plan.ready:
        columns = ", ".join(f"“{a.column}”" for a in plan.ambiguous)
        raise ValidationError(f"Choose the date order (day or month first) of {columns} first.")
    started = time.perf_counter()
    with (
        _session(target) as session,
        small_page_cache(session) if release else nullcontext(),
        freezing(every=1) as step,
    ):
        summary = _run(session, plan, source_name, control or quiet(), step, release)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


@contextmanager
def _session(target: AppContext | Session) -> Iterator[Session]:
    if isinstance(target, Session):
        yield target
    else:
        with target.transaction() as session:
            yield session


def _run(
    session: Session,
    plan: ImportPlan,
    source: str,
    control: JobControl,
    step: Step,
    release: bool = False,
) -> ImportSummary:
    work = [r for r in plan.rows if r.draft is not None and r.action in _WRITES]
    if not work:
        return summarize(plan)
    now = utcnow()
    batch_id = _new_batch(session, plan, source, now)
    buffer = Buffer(session)
    journal = Journal(buffer, batch_id, now)
    writer = _writer(session, plan, Ids(session), buffer, journal)
    _define_custom_fields(session, plan, work)
    if release:  # rows that are not written need no draft either
        for row in plan.rows:
            if row.action not in _WRITES:
                row.draft = None
    with search.bulk_writes(session):  # FTS5 buffers more terms and merges less
        changes, failed = _write(work, writer, buffer, plan, control, step, release)
        journal.record_created(session)
        _index(session, changes, buffer.indexed, control, step)
    summary = summarize(plan, failed, batch_id, changes)
    batches = table_of(models.ImportBatch)
    counts = summary.to_dict()
    finished = {k: counts[k] for k in ("rows", "created", "updated", "skipped", "failed")}
    session.execute(
        update(batches).where(batches.c.id == batch_id).values(finished_at=utcnow(), **finished)
    )
    control.check()  # a cancel during the very last step still rolls everything back
    return summary


_WRITES = (RowAction.CREATE, RowAction.UPDATE)


def _new_batch(session: Session, plan: ImportPlan, source: str, now: Any) -> int:
    options = {
        "mapping": plan.mapping.to_dict(),
        "region": plan.region,
        "on_duplicate": plan.on_duplicate.value,
        "update_mode": plan.update_mode.value,
        "date_order": plan.date_order.value if plan.date_order else None,
    }
    batches = table_of(models.ImportBatch)
    values = {
        "source": source[:500], "entity": RECORD[plan.entity], "started_at": now,
        "options": options, "rows": len(plan.rows), "created": 0, "updated": 0, "skipped": 0,
        "failed": 0,
    }  # fmt: skip
    batch_id = session.scalar(insert(batches).values(**values).returning(batches.c.id))
    assert batch_id is not None
    return int(batch_id)


def _writer(
    session: Session, plan: ImportPlan, ids: Ids, buffer: Buffer, journal: Journal
) -> Writer:
    if plan.entity == "contacts":
        return PeopleWriter(session, CONTACT, ids, buffer, journal)
    if plan.entity == "companies":
        return PeopleWriter(session, COMPANY, ids, buffer, journal)
    writer = RecordWriter(session, RECORD[plan.entity], ids, buffer, journal)
    numbers = [r.draft.values.get("number") for r in plan.rows if r.draft is not None]
    if plan.entity == "tickets":
        writer.highest_number = max((n for n in numbers if isinstance(n, int)), default=0)
    return writer


def _define_custom_fields(session: Session, plan: ImportPlan, work: list[PlannedRow]) -> None:
    """Custom fields that receive at least one value are defined (or reused by key)."""
    used = {key for row in work if row.draft for key in row.draft.custom}
    for column in plan.custom_columns:
        if column.key in used:
            defined = custom_fields.define_field(
                session, entity=RECORD[plan.entity], label=column.label, type=column.type
            )
            if defined.key != column.key:  # pragma: no cover - keys come from field_key
                raise ValidationError(f"Custom field “{column.label}” could not be matched.")


def _write(
    work: list[PlannedRow],
    writer: Writer,
    buffer: Buffer,
    plan: ImportPlan,
    control: JobControl,
    step: Step,
    release: bool = False,
) -> tuple[Changes, dict[int, str]]:
    entity = RECORD[plan.entity]
    changes = Changes()
    failed: dict[int, str] = {}
    done = 0
    for chunk in chunks(work):
        control.check()
        created = [
            writer.create(row.draft)
            for row in chunk
            if row.action is RowAction.CREATE and row.draft is not None
        ]
        if created:
            changes.created.setdefault(entity, set()).update(created)
        updates = [row for row in chunk if row.action is RowAction.UPDATE]
        failed.update(writer.update(updates))
        for row in updates:
            if row.row not in failed and row.target_id is not None:
                changes.add("updated", entity, row.target_id)
        buffer.flush()
        if release:
            for row in chunk:
                row.draft = None
        step()  # once a chunk: the collector no longer walks the plan and what was written
        done += len(chunk)
        control.progress(done, len(work), "Writing records")
    for company_id in writer.companies.created:
        changes.add("created", "company", company_id)
    if isinstance(writer, RecordWriter):
        for contact_id in set(writer.customers.created.values()):
            changes.add("created", "contact", contact_id)
    return changes, failed


def _index(
    session: Session, changes: Changes, indexed: Set[str], control: JobControl, step: Step
) -> None:
    """Search rows for what was created or updated and is not indexed yet, a chunk at a time.

    Contacts and companies were indexed as they were written (``Buffer.index``: their rows
    are built from what the run had in memory). Other created records have consecutive new
    ids, so each chunk is read by id range (an index range scan, as ``search.rebuild_all``
    does) and written with ``search.bulk_index``; updated ones go through ``search.reindex``,
    which also refreshes records showing their names."""
    jobs = [
        (entity, sorted(ids), kind == "updated")
        for kind in ("created", "updated")
        for entity, ids in getattr(changes, kind).items()
        if entity in SEARCHED and (kind == "updated" or entity not in indexed)
    ]
    done = sum(len(ids) for entity, ids in changes.created.items() if entity in indexed)
    total = done + sum(len(ids) for _, ids, _ in jobs)
    if total:
        control.progress(done, total, "Indexing for search")
    for entity, ids, updated in jobs:
        builder, _model = BUILDERS[entity]
        for chunk in chunks(ids, search.CHUNK):
            control.check()
            if updated:
                search.reindex(session, entity, chunk)
            else:
                scope = IdRange(chunk[0], chunk[-1])
                search.bulk_index(session, entity, builder(session, scope))
            step()
            done += len(chunk)
            control.progress(done, total, "Indexing for search")


def summarize(
    plan: ImportPlan,
    failed: dict[int, str] | None = None,
    batch_id: int | None = None,
    changes: Changes | None = None,
) -> ImportSummary:
    """The summary of ``plan`` (what a dry run prints), with rows that failed while writing."""
    failed = failed or {}
    tally = dict.fromkeys(RowAction, 0)
    errors = [p for p in plan.problems if p.severity == ERROR]
    warnings = [p for p in plan.problems if p.severity != ERROR]
    for row in plan.rows:
        action = row.action
        reason = failed.get(row.row) or failed.get(row.merged_into or 0)
        if reason is not None and action in _WRITES:
            action = RowAction.FAIL
            errors.append(Problem(row.row, "", reason))
        tally[action] += 1
        errors += [p for p in row.problems if p.severity == ERROR]
        warnings += [p for p in row.problems if p.severity != ERROR]
    return ImportSummary(
        entity=plan.entity,
        rows=len(plan.rows),
        created=tally[RowAction.CREATE],
        updated=tally[RowAction.UPDATE],
        skipped=tally[RowAction.SKIP],
        failed=tally[RowAction.FAIL],
        errors=errors,
        warnings=warnings,
        batch_id=batch_id,
        changes=changes or Changes(),
    )
