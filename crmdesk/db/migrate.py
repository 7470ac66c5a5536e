"""The open gate: the one place a crmdesk file is opened (see architecture.md, rule 5).

TEMPORARY minimal version: creates the schema on a new file. The full gate (Alembic stamp and
upgrade with backup, refuse newer, per-file lock) replaces this.
"""

from __future__ import annotations

from pathlib import Path

import crmdesk.db.fts  # noqa: F401  (registers the FTS DDL)
from crmdesk.context import AppContext
from crmdesk.db.engine import make_engine, make_session_factory
from crmdesk.db.models import Base


def open_database(path: Path | str) -> AppContext:
    """Open (creating if needed) the crmdesk file at ``path``."""
    path = Path(path)
    engine = make_engine(path)
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
    return AppContext(path=path, engine=engine, sessions=make_session_factory(engine))
