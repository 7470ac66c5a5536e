"""The open gate: the one place a crmdesk file is opened (architecture.md, rule 5).

`open_database(path)`:
- takes the per-file lock first (`FileInUseError` when another window has the file);
- a new or empty file gets the whole schema (`Base.metadata.create_all`, FTS tables included),
  the default content (`seed.seed_defaults`), its random identity (`seed.seed_file_identity`)
  and the Alembic stamp of the head revision, all in ONE transaction: a crash leaves an empty
  file, never a half-made one;
- a file at the head revision is simply opened;
- a file at an older known revision is first copied into its backups folder (label
  ``before-upgrade-to-<head>``), then upgraded by Alembic in one transaction;
- an unknown revision (a newer crmdesk wrote it) is refused with `DatabaseTooNew`; a file that
  is not a crmdesk file with `NotACrmFile`; environment problems (read-only, corrupt, full)
  with `KnownStorageError`, whose text is a sentence for the user.
After the gate, an existing file gets its automatic daily backup (`backup.backup_if_due`);
pass ``auto_backup=False`` to run that yourself (e.g. in a background job).

Migrations are loaded by path from ``crmdesk/db/migrations`` (no alembic.ini): see
``crmdesk/db/migrations/regenerate.py`` for how revision 0001 is produced.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any, Literal, cast

from alembic import command
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine
from sqlalchemy.types import TypeDecorator

import crmdesk.db.fts  # noqa: F401  (registers the FTS DDL with Base.metadata)
from crmdesk.context import AppContext
from crmdesk.db import backup, probe
from crmdesk.db.engine import make_engine, make_session_factory
from crmdesk.db.lock import acquire_file_lock
from crmdesk.db.models import Base
from crmdesk.db.seed import seed_defaults, seed_file_identity
from crmdesk.errors import DatabaseTooNew, KnownStorageError

log = logging.getLogger(__name__)

#: Tables that exist in the file but not in Base.metadata: the FTS5 virtual tables and their
#: shadow tables (search_tri_data, ...), created by raw DDL. Alembic must not try to drop them.
FTS_TABLE_PREFIXES = ("search_tri", "search_words")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic autogenerate filter: ignore the FTS tables (hand-written DDL, see fts.py)."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE_PREFIXES))


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Alembic autogenerate hook: write our TypeDecorators (UTCDateTime, DecimalText) as their
    storage type, so migration scripts never import crmdesk.db.types."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


def open_database(path: Path | str, *, auto_backup: bool = True) -> AppContext:
    """Open the crmdesk file at ``path`` (creating or upgrading it as needed) and lock it."""
    path = Path(path)
    if not path.parent.is_dir():
        raise KnownStorageError(
            f"{path} cannot be opened: the folder {path.parent} does not exist."
        )
    lock = acquire_file_lock(path)
    try:
        context, created = _open_locked(path)
    except BaseException:
        lock.release()
        raise
    context.lock = lock
    if auto_backup and not created:
        _automatic_backup(context)
    return context


def _open_locked(path: Path) -> tuple[AppContext, bool]:
    """The gate proper, run while holding the lock; returns the context and 'was created'."""
    revision = probe.read_revision(path)
    status = "new" if revision is None else probe.revision_status(revision)
    if status == "unknown":
        raise DatabaseTooNew(
            f"{path} was saved by a newer version of crmdesk (schema {revision}; this version "
            f"knows up to {probe.head_revision()}). Update crmdesk to open it."
        )
    engine = make_engine(path)
    try:
        with probe.storage_errors(path):
            if status == "new":
                _create(engine)
            elif status == "older":
                backup.backup_now(path, label=f"before-upgrade-to-{probe.head_revision()}")
                _upgrade(engine)
            else:
                _check_writable(engine)
    except BaseException:
        engine.dispose()
        raise
    context = AppContext(path=path, engine=engine, sessions=make_session_factory(engine))
    return context, status == "new"


def _create(engine: Engine) -> None:
    """Schema, default content, identity and version stamp in one transaction."""
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        seed_defaults(connection)
        seed_file_identity(connection)
        MigrationContext.configure(connection).stamp(probe.script_directory(), "head")


def _upgrade(engine: Engine) -> None:
    """Alembic upgrade to head inside one transaction, foreign keys off (SQLite's recipe).

    Batch migrations rebuild tables (copy, drop, rename); with foreign keys on, dropping a
    referenced table would cascade. PRAGMA foreign_keys cannot change inside a transaction, so
    it is switched on the raw connection before BEGIN, and links are checked before COMMIT.
    """
    with engine.connect() as connection:
        raw = cast(sqlite3.Connection, connection.connection.driver_connection)
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                _run_upgrade(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"upgrade left broken links: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _run_upgrade(connection: Connection) -> None:
    config = probe.alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _check_writable(engine: Engine) -> None:
    """Fail at open, not at the first save, when the file cannot be written."""
    with engine.connect() as connection:
        raw = cast(sqlite3.Connection, connection.connection.driver_connection)
        raw.execute("BEGIN IMMEDIATE")
        try:  # a write that is rolled back: fails on a read-only file, changes nothing
            version = raw.execute("PRAGMA user_version").fetchone()[0]
            raw.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            raw.execute("ROLLBACK")


def _automatic_backup(context: AppContext) -> None:
    """The daily backup; a failure is logged and noted, it does not stop the file opening."""
    try:
        backup.backup_if_due(context)
    except (KnownStorageError, OSError, sqlite3.Error) as error:
        log.warning("automatic backup of %s failed: %s", context.path, error)
        context.extras["backup_error"] = str(error)
