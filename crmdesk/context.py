"""AppContext: the open file and what hangs off it. Passed explicitly, never global."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker


@dataclass
class AppContext:
    """One open crmdesk file: its engine, session factory and the lock that keeps it ours."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    lock: Any = None  # a filelock.BaseFileLock held while the file is open
    extras: dict[str, Any] = field(default_factory=dict)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit when the block succeeds, roll back when it raises."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read; nothing is written."""
        with self.sessions() as session:
            yield session
            session.rollback()

    def close(self) -> None:
        """Refresh the planner's statistics where they went stale (SQLite's advice), release."""
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA optimize")
        except DBAPIError:
            pass  # a read-only or damaged file: closing must still succeed
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
