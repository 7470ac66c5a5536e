"""Backups of a crmdesk file: rotating automatic copies, labelled safety copies, restore.

Backups sit beside the file in ``<name>.backups/`` (`paths.backups_dir_for`), named
``<stem>-YYYYMMDD-HHMMSS[-N][-label].crm`` in local time so a person browsing the folder can
tell them apart. They are written with SQLite's online backup API, so a copy is consistent even
while the file is open and being written, and each is a standalone file (rollback journal, not
WAL). Unlabelled copies are the rotating automatic ones (keep the newest N); labelled ones
(``before-upgrade-to-0002``, ``before-restore``) are safety copies the rotation never deletes.

Automatic backups: `crmdesk.db.migrate.open_database` calls `backup_if_due` after opening an
existing file, which writes a copy when the newest backup is more than a day old.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import count
from pathlib import Path
from typing import cast

from crmdesk.context import AppContext
from crmdesk.db import probe
from crmdesk.db.lock import acquire_file_lock
from crmdesk.errors import DatabaseTooNew, KnownStorageError, NotACrmFile, ValidationError
from crmdesk.paths import backups_dir_for

DEFAULT_KEEP = 10
AUTO_BACKUP_AGE = timedelta(hours=24)
RESTORE_LABEL = "before-restore"
_STAMP = "%Y%m%d-%H%M%S"
_LABEL = re.compile(r"[a-z][a-z0-9-]*")


@dataclass(frozen=True, order=True)
class BackupFile:
    """One backup copy; sorts oldest first (by time taken, then sequence within a second)."""

    taken_at: datetime
    sequence: int
    path: Path = field(compare=False)
    label: str | None = field(compare=False)


def list_backups(database: Path | str) -> list[BackupFile]:
    """The backups of ``database``, newest first."""
    database = Path(database)
    folder = backups_dir_for(database)
    if not folder.is_dir():
        return []
    pattern = re.compile(
        rf"{re.escape(database.stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?(?:-({_LABEL.pattern}))?\.crm"
    )
    found = []
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match is None:
            continue
        stamp, sequence, label = match.groups()
        taken_at = datetime.strptime(stamp, _STAMP).astimezone()
        found.append(BackupFile(taken_at, int(sequence or 1), path, label))
    return sorted(found, reverse=True)


def backup_now(
    source: AppContext | Path | str, *, keep: int = DEFAULT_KEEP, label: str | None = None
) -> Path:
    """Write a consistent copy of the file now and return its path.

    ``source`` is an open AppContext (the copy reads through its engine) or a path to a file
    that need not be open (nothing is locked or written: reading is safe beside a running
    app). Unlabelled copies rotate: only the newest ``keep`` are kept.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    if label is not None and not _LABEL.fullmatch(label):
        raise ValueError(f"bad backup label: {label!r}")
    if isinstance(source, AppContext):
        database = source.path
        with source.engine.connect() as connection:
            raw = cast(sqlite3.Connection, connection.connection.driver_connection)
            target = _copy(raw, database, label)
    else:
        database = Path(source)
        if probe.read_revision(database) is None:
            raise NotACrmFile(f"{database} is empty: there is nothing to back up.")
        with probe.storage_errors(database), closing(probe.connect_readonly(database)) as raw:
            target = _copy(raw, database, label)
    if label is None:
        _rotate(database, keep)
    return target


def backup_if_due(
    context: AppContext, *, max_age: timedelta = AUTO_BACKUP_AGE, keep: int = DEFAULT_KEEP
) -> Path | None:
    """The automatic backup: write one when the newest backup is older than ``max_age``."""
    backups = list_backups(context.path)
    if backups and datetime.now().astimezone() - backups[0].taken_at < max_age:
        return None
    return backup_now(context, keep=keep)


def restore_backup(backup: Path | str, target: Path | str) -> Path | None:
    """Replace ``target`` with the content of ``backup``; return the safety copy of the old file.

    The backup is checked first (a crmdesk file this version can open, not damaged), so a bad
    choice changes nothing. The current file, even a damaged one, is copied byte for byte into
    the backups folder (label ``before-restore``) before it is replaced. ``target`` must not be
    open: close its AppContext first (FileInUseError otherwise). A backup from an older version
    is upgraded the next time the file is opened.
    """
    backup, target = Path(backup), Path(target)
    if backup.resolve() == target.resolve():
        raise ValidationError("A file cannot be restored from itself.")
    _validate_backup(backup)
    lock = acquire_file_lock(target)
    try:
        safety = None if probe.is_empty(target) else _keep_current(target)
        _replace_with(backup, target)
    finally:
        lock.release()
    return safety


# --------------------------------------------------------------------------- internals


def _free_name(database: Path, label: str | None) -> Path:
    folder = backups_dir_for(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().astimezone().strftime(_STAMP)
    # Past the highest sequence of this second: a number freed by rotation is never reused,
    # or the new copy would sort as the oldest and be rotated away at once.
    same_second = [
        b.sequence for b in list_backups(database) if b.taken_at.strftime(_STAMP) == stamp
    ]
    for sequence in count(max(same_second, default=0) + 1):
        parts = [database.stem, stamp]
        parts += [str(sequence)] if sequence > 1 else []
        parts += [label] if label else []
        candidate = folder / ("-".join(parts) + ".crm")
        if not candidate.exists():
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def _copy(raw: sqlite3.Connection, database: Path, label: str | None) -> Path:
    """SQLite online backup into a new file, renamed into place only once complete."""
    with probe.storage_errors(database):
        target = _free_name(database, label)
        partial = target.with_name(target.name + ".partial")
        try:
            with closing(sqlite3.connect(partial)) as destination:
                raw.backup(destination)
                destination.execute("PRAGMA journal_mode = DELETE")
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return target


def _rotate(database: Path, keep: int) -> None:
    automatic = [b for b in list_backups(database) if b.label is None]
    for old in automatic[keep:]:
        old.path.unlink(missing_ok=True)


def _validate_backup(backup: Path) -> None:
    if not backup.is_file():
        raise ValidationError(f"No such backup: {backup}")
    revision = probe.read_revision(backup)
    if revision is None:
        raise NotACrmFile(f"{backup} is empty; it is not a crmdesk backup.")
    if probe.revision_status(revision) == "unknown":
        raise DatabaseTooNew(f"{backup} was saved by a newer version of crmdesk.")
    with probe.storage_errors(backup), closing(probe.connect_readonly(backup)) as connection:
        verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
    if verdict != "ok":
        raise KnownStorageError(f"{backup} is damaged ({verdict}); choose another backup.")


def _keep_current(target: Path) -> Path:
    """A byte copy (plus its WAL) of the file about to be replaced; works on damaged files."""
    with probe.storage_errors(target):
        copy = _free_name(target, RESTORE_LABEL)
        shutil.copyfile(target, copy)
        wal = _sidecar(target, "-wal")
        if wal.exists():
            shutil.copyfile(wal, _sidecar(copy, "-wal"))
    return copy


def _replace_with(backup: Path, target: Path) -> None:
    """Write the backup beside the target, drop the old WAL, then rename over the target."""
    partial = target.with_name(target.name + ".restoring")
    with probe.storage_errors(target):
        try:
            with (
                closing(probe.connect_readonly(backup)) as source,
                closing(sqlite3.connect(partial)) as destination,
            ):
                source.backup(destination)
                destination.execute("PRAGMA journal_mode = DELETE")
            # A stale WAL left beside the new file would be replayed into it: remove it first.
            for suffix in ("-wal", "-shm"):
                _sidecar(target, suffix).unlink(missing_ok=True)
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise


def _sidecar(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)
