"""A read-only look at a file before it is opened for work: what is it, which schema revision.

Shared by the open gate (`migrate`), backups and `crmdesk check`, none of which may change a
file just by looking at it. Also sorts SQLite and OS errors into the environment's problems
(locked, full, read-only, corrupt: `KnownStorageError` with a sentence) and everything else
(a bug: re-raised unchanged), as architecture.md rule 6 asks.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from functools import cache
from pathlib import Path
from typing import Literal

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.exc import DBAPIError

from crmdesk.errors import KnownStorageError, NotACrmFile

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"

RevisionStatus = Literal["current", "older", "unknown"]


# --------------------------------------------------------------------------- revisions


def alembic_config() -> Config:
    """Alembic configured in code: no alembic.ini is shipped or read."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    return config


@cache
def script_directory() -> ScriptDirectory:
    """The migration scripts (read once per process; they do not change while we run)."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError("crmdesk ships no migration scripts")
    return head


def revision_status(revision: str) -> RevisionStatus:
    """Where a file's revision stands: the head, an older known one, or unknown (newer)."""
    if revision == head_revision():
        return "current"
    known = {script.revision for script in script_directory().walk_revisions()}
    return "older" if revision in known else "unknown"


# --------------------------------------------------------------------------- looking at a file


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that cannot write to ``path``."""
    uri = path.resolve().as_uri() + "?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    connection.execute("PRAGMA busy_timeout = 5000")
    return connection


def is_empty(path: Path) -> bool:
    """True for a file that does not exist yet or has no bytes (it becomes a new crmdesk file)."""
    return not path.exists() or path.stat().st_size == 0


def read_revision(path: Path) -> str | None:
    """The schema revision stored in ``path``; None when the file is new (missing, empty).

    Raises NotACrmFile for other files (not SQLite, or SQLite without crmdesk's version table)
    and KnownStorageError when the file cannot be read.
    """
    if is_empty(path):
        return None
    _check_header(path)
    with storage_errors(path), closing(connect_readonly(path)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if not tables:
            return None  # a SQLite file with nothing in it yet
        if "alembic_version" not in tables:
            raise NotACrmFile(f"{path} is a SQLite database, but not a crmdesk file.")
        versions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    if not versions:
        raise NotACrmFile(f"{path} is not a crmdesk file (it has no schema version).")
    return ",".join(sorted(versions))


def _check_header(path: Path) -> None:
    if path.is_dir():
        raise NotACrmFile(f"{path} is a folder, not a crmdesk file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise KnownStorageError(f"{path} cannot be read: {error.strerror or error}.") from error
    if header != SQLITE_HEADER:
        raise NotACrmFile(f"{path} is not a crmdesk file (it is not a SQLite database).")


# --------------------------------------------------------------------------- sorting errors

_MESSAGES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("not a database",), "{path} is not a crmdesk file (it is not a SQLite database)."),
    (
        ("malformed", "corrupt"),
        "{path} is damaged (its database image is malformed). Restore it from a backup.",
    ),
    (
        ("readonly", "read-only"),
        "{path} is read-only, but crmdesk needs to write to it. "
        "Copy it to a writable folder or change its permissions.",
    ),
    (("full",), "The disk holding {path} is full. Free some space and try again."),
    (
        ("locked", "busy"),
        "{path} is locked by another program. Close it there and try again.",
    ),
    (("unable to open", "cantopen"), "{path} cannot be opened (missing folder or no access)."),
    (("disk i/o",), "Reading or writing {path} failed (disk I/O error). Check the disk."),
)


def as_storage_error(error: BaseException, path: Path) -> KnownStorageError | None:
    """The user-facing error for an environment problem, or None when ``error`` is a bug."""
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return KnownStorageError(f"The disk holding {path} is full. Free some space.")
        return KnownStorageError(f"{path} cannot be used: {error.strerror or error}.")
    original = error.orig if isinstance(error, DBAPIError) else error
    if not isinstance(original, sqlite3.Error):
        return None
    text = str(original).lower()
    for needles, template in _MESSAGES:
        if any(needle in text for needle in needles):
            kind = NotACrmFile if needles[0] == "not a database" else KnownStorageError
            return kind(template.format(path=path))
    return None


@contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """Turn environment errors raised inside the block into KnownStorageError."""
    try:
        yield
    except (sqlite3.Error, DBAPIError, OSError) as error:
        known = as_storage_error(error, path)
        if known is None:
            raise
        raise known from error
