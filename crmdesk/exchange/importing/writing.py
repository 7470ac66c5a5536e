"""Plumbing of the import run: ids, buffered Core inserts, tags, companies, the batch journal.

Every write is a SQLAlchemy Core ``insert()`` with a list of dicts, a chunk at a time (ORM
``add_all`` was ~4x slower here on 100,000 rows). Ids are allocated by us (max + 1; the run
holds the file's write lock for its whole transaction), so rows can point at each other
before they are written. The journal (``ImportBatchItem``) records what was created, and for
each updated record the fields it had before (``before``), for undo.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, literal, select, update
from sqlalchemy.orm import Session

from crmdesk.db import models
from crmdesk.db.types import UTCDateTime
from crmdesk.domain.text import fold
from crmdesk.exchange.importing.matching import company_key
from crmdesk.services.changes import CREATED as CREATED_EVENT
from crmdesk.services.changes import to_log_text

CHUNK = 2000
#: Tables whose rows carry ``import_batch_id``: what a batch created.
CREATED: tuple[tuple[str, type[models.Base]], ...] = (
    ("company", models.Company),
    ("contact", models.Contact),
    ("order", models.Order),
    ("deal", models.Deal),
    ("ticket", models.Ticket),
)

#: Updates grouped by the set of columns they change: {columns: [{"_id": id, column: value}]}
Changed = dict[frozenset[str], list[dict[str, Any]]]


def table_of(model: type[models.Base]) -> Table:
    table: Table = model.__table__  # type: ignore[assignment]
    return table


class Ids:
    """Fresh primary keys per table."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._next: dict[str, int] = {}

    def next(self, model: type[models.Base]) -> int:
        table = table_of(model)
        if table.name not in self._next:
            current = self.session.scalar(select(func.max(table.c.id)))
            self._next[table.name] = int(current or 0) + 1
        value = self._next[table.name]
        self._next[table.name] = value + 1
        return value


class Buffer:
    """Rows per table, written in foreign-key order when ``flush`` is called."""

    ORDER = (
        models.Company, models.Contact, models.EmailAddress, models.PhoneNumber, models.Address,
        models.ContactTag, models.CompanyTag, models.Deal, models.DealTag, models.Ticket,
        models.Order, models.OrderLine, models.ChangeLogEntry, models.ImportBatchItem,
    )  # fmt: skip

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[type[models.Base], list[dict[str, Any]]] = {m: [] for m in self.ORDER}

    def add(self, model: type[models.Base], row: dict[str, Any]) -> None:
        self.rows[model].append(row)

    def flush(self) -> None:
        for model in self.ORDER:
            rows = self.rows[model]
            if rows:
                raw_insert(self.session, table_of(model), rows)
                rows.clear()


def raw_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """``session.execute(insert(table), rows)``, but as one DBAPI executemany of tuples.

    Core spends ~20 us a row on dicts; here each column's bind processor (dates, JSON) is run
    directly. Rows must share the first row's keys and leave out no column with a Python-side
    default; otherwise this falls back to Core (same result, slower)."""
    keys = rows[0].keys()
    if any(row.keys() != keys for row in rows) or _needs_defaults(table, keys):
        session.execute(insert(table), rows)
        return
    sql, names, processors = _compiled(session, table, tuple(keys))
    columns = []
    for name, processor in zip(names, processors, strict=True):
        values = [row[name] for row in rows]
        columns.append(values if processor is None else _processed(values, processor))
    session.connection().exec_driver_sql(sql, list(zip(*columns, strict=True)))


def _processed(values: list[Any], processor: Any) -> list[Any]:
    """``processor`` over a column, once per run of the same object (``now`` on every row)."""
    done: list[Any] = []
    last: Any = done  # a sentinel no value is
    result: Any = None
    for value in values:
        if value is not last:
            last, result = value, processor(value)
        done.append(result)
    return done


def _needs_defaults(table: Table, keys: Iterable[str]) -> bool:
    given = set(keys)
    return any(column.default is not None and column.key not in given for column in table.columns)


_COMPILED: dict[tuple[str, tuple[str, ...]], tuple[str, list[str], list[Any]]] = {}


def _compiled(
    session: Session, table: Table, keys: tuple[str, ...]
) -> tuple[str, list[str], list[Any]]:
    """(SQL with ? placeholders, parameter names in order, bind processor or None of each)."""
    cache_key = (table.name, keys)
    found = _COMPILED.get(cache_key)
    if found is None:
        dialect = session.get_bind().dialect
        compiled = insert(table).values({k: bindparam(k) for k in keys}).compile(dialect=dialect)
        names = list(compiled.positiontup or ())
        processors = [
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
        ]
        found = _COMPILED[cache_key] = (compiled.string, names, processors)
    return found


class Journal:
    """Change-log entries and batch items of one import batch."""

    def __init__(self, buffer: Buffer, batch_id: int, now: datetime) -> None:
        self.buffer = buffer
        self.batch_id = batch_id
        self.now = now

    def record_created(self, session: Session) -> None:
        """Change-log entries and batch items of every record this batch created, written by
        SQLite itself (INSERT ... SELECT over ``import_batch_id``): no Python per record."""
        log = table_of(models.ChangeLogEntry)
        items = table_of(models.ImportBatchItem)
        for entity, model in CREATED:
            table = table_of(model)
            mine = table.c.import_batch_id == self.batch_id
            entries = select(
                literal(entity), table.c.id, literal(CREATED_EVENT),
                literal(self.now, UTCDateTime()), literal(self.batch_id),
            ).where(mine)  # fmt: skip
            columns = ["entity", "record_id", "field", "changed_at", "batch_id"]
            session.execute(insert(log).from_select(columns, entries))
            made = select(literal(self.batch_id), literal(entity), table.c.id, literal("created"))
            columns = ["batch_id", "entity", "record_id", "action"]
            session.execute(insert(items).from_select(columns, made.where(mine)))

    def updated(self, entity: str, record_id: int, before: dict[str, Any]) -> None:
        self.buffer.add(
            models.ImportBatchItem,
            {"batch_id": self.batch_id, "entity": entity, "record_id": record_id,
             "action": "updated", "before": before},
        )  # fmt: skip

    def field(self, entity: str, record_id: int, name: str, old: Any, new: Any) -> None:
        self._log(entity, record_id, name, to_log_text(old), to_log_text(new))

    def _log(
        self, entity: str, record_id: int, name: str, old: str | None, new: str | None
    ) -> None:
        self.buffer.add(
            models.ChangeLogEntry,
            {"entity": entity, "record_id": record_id, "field": name, "old_value": old,
             "new_value": new, "changed_at": self.now, "batch_id": self.batch_id},
        )  # fmt: skip


class Tags:
    """Tag ids by folded name; tags that do not exist yet are created on first use."""

    def __init__(self, session: Session, ids: Ids, buffer: Buffer) -> None:
        self.session = session
        self.ids = ids
        self.buffer = buffer
        query = select(models.Tag.folded, models.Tag.id)
        self.by_folded: dict[str, int] = {folded: i for folded, i in session.execute(query)}
        self._by_name: dict[str, int] = {}

    def id_for(self, name: str) -> int:
        known = self._by_name.get(name)
        if known is not None:
            return known
        key = fold(name)
        tag_id = self.by_folded.get(key)
        if tag_id is None:
            tag_id = self.ids.next(models.Tag)
            self.session.execute(
                insert(table_of(models.Tag)), [{"id": tag_id, "name": name, "folded": key}]
            )
            self.by_folded[key] = tag_id
        self._by_name[name] = tag_id  # the same spellings repeat down a file: fold once
        return tag_id


class Companies:
    """Links company names to live companies (folded name), creating the missing ones."""

    def __init__(self, session: Session, ids: Ids, buffer: Buffer, journal: Journal) -> None:
        self.ids = ids
        self.buffer = buffer
        self.journal = journal
        self.by_name: dict[str, int] = {}
        self.created: list[int] = []
        query = (
            select(models.Company.sort_name, models.Company.id)
            .where(models.Company.deleted_at.is_(None))
            .order_by(models.Company.id.desc())
        )
        self.by_name = {name: i for name, i in session.execute(query)}  # the oldest id wins

    def id_for(self, name: str | None) -> int | None:
        key = company_key(name)
        if not key or name is None:
            return None
        company_id = self.by_name.get(key)
        if company_id is None:
            company_id = self.ids.next(models.Company)
            self.buffer.add(
                models.Company, company_row(company_id, name.strip()[:300], self.journal)
            )
            self.by_name[key] = company_id
            self.created.append(company_id)
        return company_id


def company_row(company_id: int, name: str, journal: Journal, **values: Any) -> dict[str, Any]:
    row = {
        "id": company_id, "name": name, "sort_name": fold(name)[:300], "legal_name": None,
        "industry": None, "size": None, "website": None, "tax_id": None, "lifecycle": None,
        "lead_source": None, "notes": None, "custom": {}, "import_batch_id": journal.batch_id,
        "created_at": journal.now, "updated_at": journal.now, "deleted_at": None,
    }  # fmt: skip
    row.update(values)
    return row


def encode(value: Any) -> Any:
    """A field value as JSON for ``ImportBatchItem.before`` (dates tagged, decimals as text)."""
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    return value


def encode_changes(record: Any, changes: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} of ``changes`` to ``record``, JSON-safe (for undo)."""
    return {name: [encode(record[name]), encode(value)] for name, value in changes.items()}


def decode(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        kind, text = next(iter(value.items()))
        if kind == "datetime":
            return datetime.fromisoformat(text)
        if kind == "date":
            return date.fromisoformat(text)
        if kind == "decimal":
            return Decimal(text)
    return value


def chunks(items: list[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def bulk_update(session: Session, table: Table, changed: Changed) -> None:
    """One executemany UPDATE per set of changed columns."""
    for names, params in changed.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({name: bindparam(name + "_") for name in names})
        )
        rows = [{k if k == "_id" else k + "_": v for k, v in p.items()} for p in params]
        session.execute(statement, rows)
