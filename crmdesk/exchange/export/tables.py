"""What an export writes: columns with a type, and rows streamed a chunk of records at a time.

Every entity's table ends with a "crmdesk id" column (hidden in xlsx) holding "<file tag>-<id>"
as text (``file_ids``): re-importing the file into the same database updates those records
instead of creating copies, and importing it into another database matches its rows by their
content, never by a number that means another record there. Headers are the ones the importer
recognises, so an export imports back to the same records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from crmdesk.jobs.control import JobControl

CHUNK = 2000
ID_HEADER = "crmdesk id"


class Kind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    MONEY = "money"  # a number in major units; its currency is in another column
    DATE = "date"
    DATETIME = "datetime"  # UTC
    BOOLEAN = "boolean"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT
    hidden: bool = False


ID_COLUMN = Column(ID_HEADER, Kind.TEXT, hidden=True)  # last in every table: ``file_ids.tagged``

RowsOf = Callable[[Session, Sequence[int]], list[list[Any]]]


@dataclass
class Table:
    """One sheet of an export: ``rows_of`` turns a chunk of record ids into rows (an order
    may give several rows, one per line)."""

    name: str  # sheet name
    entity: str  # "contacts", ...
    columns: list[Column]
    ids: list[int]
    rows_of: RowsOf

    def rows(self, session: Session, control: JobControl | None = None) -> Iterator[list[Any]]:
        for start in range(0, len(self.ids), CHUNK):
            if control is not None:
                control.progress(start, len(self.ids), f"Exporting {self.entity}")
            yield from self.rows_of(session, self.ids[start : start + CHUNK])


def grouped(session: Session, query: Select[*tuple[Any, ...]]) -> dict[int, list[Any]]:
    """Rows of ``query`` (owner id first) as {owner id: [rest of row, ...]}."""
    groups: dict[int, list[Any]] = defaultdict(list)
    for owner, *rest in session.execute(query):
        groups[owner].append(rest[0] if len(rest) == 1 else tuple(rest))
    return groups


def raw_rows(session: Session, sql: str, ids: Sequence[int]) -> list[Any]:
    """The rows (plain tuples) of SQL whose "{ids}" is the chunk's ids: no ORM or Core row
    objects on the hot path of a 100,000-row export (columns read this way need no type
    conversion, or are converted by the caller)."""
    statement = sql.format(ids=",".join("?" * len(ids)))
    driver = session.connection().connection.driver_connection  # the sqlite3 connection
    assert driver is not None
    rows: list[Any] = driver.execute(statement, tuple(ids)).fetchall()
    return rows


def raw_grouped(session: Session, sql: str, ids: Sequence[int]) -> dict[int, list[Any]]:
    """``grouped`` for ``raw_rows``."""
    groups: dict[int, list[Any]] = defaultdict(list)
    for row in raw_rows(session, sql, ids):
        groups[row[0]].append(row[1] if len(row) == 2 else row[1:])
    return groups


def spread(rows: list[Any], size: int) -> dict[int, tuple[Any, ...]]:
    """Rows of (owner, cells...) as {owner: the cells of all its rows side by side, padded with
    None or cut to ``size``}: a record's numbered columns ("E-mail 1 - Type", ...) in one go."""
    cells: dict[int, tuple[Any, ...]] = {}
    before = cells.get
    for row in rows:
        owner = row[0]
        found = before(owner)
        cells[owner] = row[1:] if found is None else found + row[1:]
    pads = [(None,) * missing for missing in range(size + 1)]
    for owner, found in cells.items():
        if len(found) < size:
            cells[owner] = found + pads[size - len(found)]
        elif len(found) > size:  # more than when the columns were counted
            cells[owner] = found[:size]
    return cells


def most_per_owner(session: Session, owner_column: Any) -> int:
    """The largest number of rows one owner has (emails per contact, ...): column count."""
    counts = (
        select(func.count().label("n"))
        .where(owner_column.is_not(None))
        .group_by(owner_column)
        .subquery()
    )
    return int(session.scalar(select(func.max(counts.c.n))) or 0)


def ordered(found: dict[int, list[list[Any]]], ids: Sequence[int]) -> list[list[Any]]:
    return [row for record_id in ids for row in found.get(record_id, ())]
