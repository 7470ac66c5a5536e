"""THE place the user interface opens transactions (architecture.md, rule 1).

Widgets never open sessions and never import sqlalchemy; they call a function here. One user
action = one transaction = one function, Anki-style: ``verb_noun(host, *, ...)``. A write
goes through :func:`user_action`, which commits and then broadcasts what changed on
``host.changed`` (``MainWindow.changed``, a ``Signal(object)`` carrying a
:class:`~crmdesk.services.changes.Changes`), so every page refreshes only what it shows::

    def rename_contact(host: OpsHost, *, contact_id: int, name: str) -> None:
        with user_action(host) as (session, changes):
            changes.merge(contacts.update_contact(session, contact_id, {"full_name": name}))

A read is one short session: ``read(ctx, services_function, *args)``. Errors are not caught
here: a ``ValidationError`` reaches the widget (shown next to the field), a
``KnownStorageError`` becomes a message, anything else is a bug (crash dialog).

Long work (imports, reports, bulk edits) is a job, not an op: it opens its own session off
the GUI thread and reports its ``Changes`` through ``host.notify_changed`` when done.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.orm import Session

from crmdesk.context import AppContext
from crmdesk.db.seed import new_identity_statement
from crmdesk.errors import CrmError, KnownStorageError, NotACrmFile, ValidationError
from crmdesk.services import stats
from crmdesk.services.changes import Changes

P = ParamSpec("P")
T = TypeVar("T")


class OpsHost(Protocol):
    """What an op needs from its caller: the open file and a way to announce changes."""

    @property
    def ctx(self) -> AppContext: ...

    def notify_changed(self, changes: Changes) -> None: ...


@dataclass
class RecordingHost:
    """An :class:`OpsHost` without a window (tests, scripts): it keeps what was announced."""

    ctx: AppContext
    announced: list[Changes] = field(default_factory=list)

    def notify_changed(self, changes: Changes) -> None:
        self.announced.append(changes)


@contextmanager
def user_action(host: OpsHost) -> Iterator[tuple[Session, Changes]]:
    """One transaction; on commit, broadcast the collected ``Changes`` (if any)."""
    changes = Changes()
    with host.ctx.transaction() as session:
        yield session, changes
    if changes:
        host.notify_changed(changes)


def read(
    ctx: AppContext, query: Callable[Concatenate[Session, P], T], *a: P.args, **k: P.kwargs
) -> T:
    """Run ``query(session, ...)`` in one short read-only session."""
    with ctx.reading() as session:
        return query(session, *a, **k)


def record_counts(ctx: AppContext) -> dict[str, int]:
    """Live records per entity, for the status bar."""
    return read(ctx, stats.record_counts)


def open_file(path: Path) -> AppContext:
    """Open (or create) the crmdesk file at ``path``; storage trouble becomes a CrmError."""
    from crmdesk.db.migrate import open_database  # the gate: imported when a file is opened

    try:
        return open_database(path, auto_backup=False)  # the window backs up in the background
    except CrmError:
        raise
    except SqlDatabaseError as error:
        if "not a database" in str(error.orig):
            raise NotACrmFile(f"“{path.name}” is not a crmdesk file.") from error
        raise KnownStorageError(f"“{path.name}” could not be opened: {error.orig}") from error
    except OSError as error:
        raise KnownStorageError(f"“{path.name}” could not be opened: {error.strerror}") from error


def save_copy(ctx: AppContext, *, target: Path) -> None:
    """Write a consistent copy of the open file to ``target`` (SQLite online backup). The copy
    is a file of its own from now on: it gets a new identity (``seed.new_identity_statement``),
    so ids in one file's exports never match the other file's records."""
    if target.resolve() == ctx.path.resolve():
        raise ValidationError("Choose another name: this is the file that is open.")
    try:
        target.unlink(missing_ok=True)  # the save dialog already asked before replacing
        raw = ctx.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            with closing(sqlite3.connect(target)) as copy:
                source.backup(copy)
                with copy:  # its own transaction: committed, or rolled back on an error
                    copy.execute(*new_identity_statement())
        finally:
            raw.close()
    except (OSError, sqlite3.Error) as error:
        raise KnownStorageError(f"The copy could not be written to {target}: {error}") from error
