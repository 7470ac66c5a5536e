"""Plumbing for the demo generator: chunked Core inserts, id allocation, random helpers."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from crmdesk.db import models

T = TypeVar("T")

#: Tables in foreign-key order: a row only points at rows of tables listed before it.
TABLES: tuple[Table, ...] = tuple(
    model.__table__  # type: ignore[misc]
    for model in (
        models.Company,
        models.Contact,
        models.EmailAddress,
        models.PhoneNumber,
        models.Address,
        models.ContactTag,
        models.Deal,
        models.DealStakeholder,
        models.DealCompetitor,
        models.Ticket,
        models.Interaction,
        models.Task,
        models.Order,
        models.OrderLine,
    )
)


class Writer:
    """Buffers rows per table and writes them with one executemany per table and flush.

    SQLAlchemy Core `insert()` with lists of dicts: per-object ORM adds were ~6x slower.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLES}
        self.counts: dict[str, int] = dict.fromkeys(self.rows, 0)
        self._next_ids: dict[str, int] = {}

    def next_id(self, table: str) -> int:
        """A fresh primary key for ``table`` (ids are ours, so rows can point at each other)."""
        if table not in self._next_ids:
            model_table = next(t for t in TABLES if t.name == table)
            current = self.session.scalar(select(func.max(model_table.c.id)))
            self._next_ids[table] = int(current or 0) + 1
        value = self._next_ids[table]
        self._next_ids[table] = value + 1
        return value

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows[table].append(row)

    def flush(self) -> None:
        for table in TABLES:
            rows = self.rows[table.name]
            if rows:
                self.session.execute(insert(table), rows)
                self.counts[table.name] += len(rows)
                rows.clear()


class DemoRandom(random.Random):
    """`random.Random` with float-based `choice`/`randrange`: several times cheaper, and as
    deterministic; the tiny bias does not matter for sample data."""

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start)) // step * step


class Picker(Generic[T]):
    """Weighted choice with precomputed cumulative weights (random.choices recomputes them)."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items: list[T] = list(items)
        self.cumulative = list(itertools.accumulate(weights))
        self.total = self.cumulative[-1]

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


class Clock:
    """Random moments relative to one fixed "now" (so a seed always gives the same file)."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.now = datetime(today.year, today.month, today.day, 12, 0, tzinfo=UTC)

    def days_ago(self, rng: random.Random, low: float, high: float) -> datetime:
        """A moment between ``high`` and ``low`` days before now (rounded to the second)."""
        seconds = int(rng.uniform(low, high) * 86400)
        return self.now - timedelta(seconds=seconds)

    def after(self, rng: random.Random, start: datetime, days: float) -> datetime:
        """A moment between ``start`` and ``days`` later, never after now."""
        moment = start + timedelta(seconds=int(rng.random() * days * 86400))
        return min(moment, self.now)

    def day(self, offset_days: int) -> date:
        return self.today + timedelta(days=offset_days)

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


@contextmanager
def page_cache(session: Session, kib: int) -> Iterator[None]:
    """Let SQLite keep ``kib`` KiB of pages while a bulk load runs, then go back.

    With the default 64 MiB, a million-contact load keeps evicting index pages it needs
    again (random keys such as sort names): CPU per row grew by half between 50k and 250k.
    """
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before or -65536)}")


def persian_digits(text: str) -> str:
    """ASCII digits written as Persian digits (how many Iranian sheets hold phone numbers)."""
    return text.translate({ord(str(d)): chr(0x06F0 + d) for d in range(10)})
