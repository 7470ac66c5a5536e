"""Plumbing of the import run: ids, buffered Core inserts, tags, companies, the batch journal.

Every write is one executemany of tuples per table, a chunk at a time (ORM ``add_all`` was
~4x slower here on 100,000 rows, Core ``insert()`` with a dict per row ~2x). Ids are allocated
by us (max + 1; the run holds the file's write lock for its whole transaction), so rows can
point at each other before they are written. The journal (``ImportBatchItem``) records what
was created, and for each updated record the fields it had before (``before``), for undo.
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
from crmdesk.services import search
from crmdesk.services.changes import CREATED as CREATED_EVENT
from crmdesk.services.changes import to_log_text
from crmdesk.services.search_index import SearchDocument, company_document

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
        self._next: dict[type[models.Base], int] = {}

    def next(self, model: type[models.Base]) -> int:
        return self.take(model, 1)

    def take(self, model: type[models.Base], count: int) -> int:
        """The first of ``count`` consecutive fresh ids."""
        value = self._next.get(model)
        if value is None:
            table = table_of(model)
            value = int(self.session.scalar(select(func.max(table.c.id))) or 0) + 1
        self._next[model] = value + count
        return value


Columns = tuple[str, ...]


class Buffer:
    """Rows per table, written in foreign-key order when ``flush`` is called, then the search
    rows of the records created since the last flush.

    A row is a tuple of values for a tuple of column names (``put``: no dict per row on the
    hot paths; ``add`` takes a dict). Consecutive rows of a table with the same columns are
    written by one executemany, in the order they were added."""

    ORDER = (
        models.Company, models.Contact, models.EmailAddress, models.PhoneNumber, models.Address,
        models.ContactTag, models.CompanyTag, models.Deal, models.DealTag, models.Ticket,
        models.Order, models.OrderLine, models.ChangeLogEntry, models.ImportBatchItem,
    )  # fmt: skip

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[type[models.Base], list[tuple[Columns, list[tuple[Any, ...]]]]] = {
            m: [] for m in self.ORDER
        }
        self.documents: dict[str, list[SearchDocument]] = {}
        self._fresh: dict[str, bool] = {}

    def add(self, model: type[models.Base], row: dict[str, Any]) -> None:
        self.put(model, tuple(row), tuple(row.values()))

    def put(self, model: type[models.Base], columns: Columns, values: tuple[Any, ...]) -> None:
        groups = self.rows[model]
        if groups and groups[-1][0] == columns:
            groups[-1][1].append(values)
        else:
            groups.append((columns, [values]))

    @property
    def indexed(self) -> set[str]:
        """Entities whose created records got their search rows through ``index``."""
        return set(self.documents)

    def index(self, document: SearchDocument) -> None:
        """The search row of a record created in this run (written after the record)."""
        self.documents.setdefault(document.entity, []).append(document)

    def flush(self) -> None:
        for model in self.ORDER:
            groups = self.rows[model]
            for columns, values in groups:
                insert_values(self.session, table_of(model), columns, values)
            groups.clear()
        for entity, documents in self.documents.items():
            if documents:
                search.bulk_index(self.session, entity, documents, new=self._new(documents))
                documents.clear()

    def _new(self, documents: list[SearchDocument]) -> bool:
        """True when no search row exists yet for ids from these records' on (ids are max + 1,
        so only a stale row could): then nothing needs deleting before the insert."""
        entity = documents[0].entity
        if entity not in self._fresh:
            first = min(document.record_id for document in documents)
            self._fresh[entity] = not search.has_rows_from(self.session, entity, first)
        return self._fresh[entity]


def raw_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """``session.execute(insert(table), rows)``, but as one DBAPI executemany of tuples.

    Rows must share the first row's keys and leave out no column with a Python-side default;
    otherwise this falls back to Core (same result, slower)."""
    keys = rows[0].keys()
    if any(row.keys() != keys for row in rows) or _needs_defaults(table, keys):
        session.execute(insert(table), rows)
        return
    insert_values(session, table, tuple(keys), [tuple(row.values()) for row in rows])


def insert_values(
    session: Session, table: Table, columns: Columns, rows: list[tuple[Any, ...]]
) -> None:
    """INSERT ``rows`` (tuples in the order of ``columns``) as one DBAPI executemany.

    Core spends ~20 us a row on dicts; here each column's bind processor (dates, JSON) is run
    directly, over the columns that have one. ``columns`` must include every column with a
    Python-side default."""
    if _needs_defaults(table, columns):
        session.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    sql, processors = _compiled(session, table, columns)
    if processors:
        transposed = list(zip(*rows, strict=True))
        for index, processor in processors:
            transposed[index] = tuple(_processed(transposed[index], processor))
        rows = list(zip(*transposed, strict=True))
    session.connection().exec_driver_sql(sql, rows)


def _processed(values: Iterable[Any], processor: Any) -> list[Any]:
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


#: (INSERT with ? placeholders in the caller's column order, [(index, bind processor)] of the
#: columns that have one)
Compiled = tuple[str, list[tuple[int, Any]]]
_COMPILED: dict[tuple[str, Columns], Compiled] = {}


def _compiled(session: Session, table: Table, columns: Columns) -> Compiled:
    cache_key = (table.name, columns)
    found = _COMPILED.get(cache_key)
    if found is None:
        dialect = session.get_bind().dialect
        quote = dialect.identifier_preparer.quote
        names = ", ".join(quote(table.c[key].name) for key in columns)
        marks = ", ".join("?" * len(columns))
        sql = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})"
        processors = [
            (index, processor)
            for index, key in enumerate(columns)
            if (processor := table.c[key].type.dialect_impl(dialect).bind_processor(dialect))
        ]
        found = _COMPILED[cache_key] = (sql, processors)
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
        self.by_folded: dict[str, int] = {}
        self.names: dict[int, str] = {}  # id -> the stored name (what search shows)
        for folded, tag_id, name in session.execute(
            select(models.Tag.folded, models.Tag.id, models.Tag.name)
        ):
            self.by_folded[folded] = tag_id
            self.names[tag_id] = name
        self._by_name: dict[str, int] = {}
        self._lists: dict[tuple[str, ...], tuple[list[int], list[str]]] = {}

    def ids_and_names(self, names: list[str]) -> tuple[list[int], list[str]]:
        """``id_for`` of each of ``names``, and the stored names of those tags as a record's
        search row lists them (by id, once each). The same lists repeat down a file."""
        key = tuple(names)
        found = self._lists.get(key)
        if found is None:
            ids = [self.id_for(name) for name in names]
            found = self._lists[key] = (ids, [self.names[i] for i in sorted(set(ids))])
        return found

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
            self.names[tag_id] = name
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
            select(models.Company.sort_name, models.Company.id, models.Company.name)
            .where(models.Company.deleted_at.is_(None))
            .order_by(models.Company.id.desc())
        )
        self._stored: dict[int, str] = {}  # id -> name, for search rows
        for key, company_id, name in session.execute(query):
            self.by_name[key] = company_id  # the oldest id wins
            self._stored[company_id] = name

    def id_for(self, name: str | None) -> int | None:
        key = company_key(name)
        if not key or name is None:
            return None
        company_id = self.by_name.get(key)
        if company_id is None:
            company_id = self.ids.next(models.Company)
            name = name.strip()[:300]
            self.buffer.add(models.Company, company_row(company_id, name, self.journal))
            self.buffer.index(company_document(company_id, name, None, None, None))
            self.by_name[key] = company_id
            self._stored[company_id] = name
            self.created.append(company_id)
        return company_id

    def name_of(self, company_id: int | None) -> str | None:
        """The name of a company ``id_for`` gave (as stored), for search rows."""
        return None if company_id is None else self._stored[company_id]


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
