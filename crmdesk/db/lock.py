"""The per-file lock: one crmdesk process (and one AppContext) per file at a time.

SQLite would let two processes write the same file, but two windows editing the same records
would silently overwrite each other's changes, so the second open is refused instead. The lock
is an OS lock on ``<file>.lock`` beside the file (``filelock.FileLock``), which the operating
system releases if the process dies: a crash never leaves a file "in use" forever.
"""

from __future__ import annotations

from pathlib import Path

import filelock

from crmdesk.errors import FileInUseError, KnownStorageError


def lock_path_for(database: Path) -> Path:
    """The lock file of ``database``: ``<name>.lock`` in the same folder."""
    return database.with_name(database.name + ".lock")


def acquire_file_lock(database: Path | str) -> filelock.BaseFileLock:
    """Take the lock of ``database`` without waiting, or say who holds it.

    Raises FileInUseError when another crmdesk window (this process or another) has the file
    open, KnownStorageError when the lock file cannot be written (read-only folder).
    """
    database = Path(database)
    # thread_local=False: the app may close the file from another thread than it opened it.
    lock = filelock.FileLock(lock_path_for(database), timeout=0, thread_local=False)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise FileInUseError(
            f"{database} is open in another crmdesk window; close it there first."
        ) from None
    except OSError as error:
        raise KnownStorageError(
            f"{database} cannot be opened: its folder is not writable ({error.strerror})."
        ) from error
    return lock
