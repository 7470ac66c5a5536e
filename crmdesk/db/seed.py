"""Default content every crmdesk file starts with: settings, the default sales pipeline and
the file's own identity.

Used by the open gate for new files (after create_all) and by migrations 0002 (defaults) and
0003 (identity) for files made before them, so both end up with the same content. Written
against lightweight `table()` constructs naming only the columns it fills (not the ORM
models), so that the migrations keep working when the models grow: a later NOT NULL column on
these tables needs a server default (or a new seed step in its own migration).
"""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, Connection, Integer, String, column, func, insert, select, table

#: Setting keys and their initial values. An empty region means "ask the user" (phones are
#: then parsed only when written in international form).
DEFAULT_REGION_KEY = "default_region"
DEFAULT_CURRENCY_KEY = "default_currency"
DEFAULT_SETTINGS: dict[str, str] = {DEFAULT_REGION_KEY: "", DEFAULT_CURRENCY_KEY: "EUR"}
#: A random identity (uuid4 hex) per file, never changed: exports tag record ids with it so an
#: import matches by id only the records of the file the export came from.
FILE_IDENTITY_KEY = "file_identity"

DEFAULT_PIPELINE = "Sales"
#: (name, probability %, is_won, is_lost), in board order.
DEFAULT_STAGES: tuple[tuple[str, int, bool, bool], ...] = (
    ("New", 10, False, False),
    ("Qualified", 25, False, False),
    ("Proposal", 50, False, False),
    ("Negotiation", 75, False, False),
    ("Won", 100, True, False),
    ("Lost", 0, False, True),
)

_settings = table("settings", column("key", String), column("value", String))
_pipelines = table("pipelines", column("id", Integer), column("name"), column("position"))
_stages = table(
    "stages",
    column("pipeline_id", Integer),
    column("name", String),
    column("position", Integer),
    column("probability", Integer),
    column("is_won", Boolean),
    column("is_lost", Boolean),
)


def seed_defaults(connection: Connection) -> None:
    """Add missing default settings, and the default pipeline when the file has none.

    Idempotent: settings the user already has keep their values; an existing pipeline (any
    name) means the user has set up their own, so none is added.
    """
    existing = set(connection.scalars(select(_settings.c.key)))
    missing = [{"key": k, "value": v} for k, v in DEFAULT_SETTINGS.items() if k not in existing]
    if missing:
        connection.execute(insert(_settings), missing)
    if connection.scalar(select(func.count()).select_from(_pipelines)):
        return
    result = connection.execute(insert(_pipelines).values(name=DEFAULT_PIPELINE, position=0))
    pipeline_id = result.lastrowid
    connection.execute(
        insert(_stages),
        [
            {
                "pipeline_id": pipeline_id,
                "name": name,
                "position": position,
                "probability": probability,
                "is_won": is_won,
                "is_lost": is_lost,
            }
            for position, (name, probability, is_won, is_lost) in enumerate(DEFAULT_STAGES)
        ],
    )


def new_identity_statement() -> tuple[str, tuple[str, str]]:
    """SQL and parameters that give a copied file an identity of its own (raw sqlite3: the
    copy is not open through an engine). A copy that went to a colleague must not share the
    original's tag, or each file's exports would overwrite the other's records on import."""
    return "UPDATE settings SET value = ? WHERE key = ?", (uuid.uuid4().hex, FILE_IDENTITY_KEY)


def seed_file_identity(connection: Connection) -> None:
    """Give the file its random identity unless it has one (idempotent: never replaced, or
    the ids in its earlier exports would stop matching its records)."""
    found = connection.scalar(select(_settings.c.key).where(_settings.c.key == FILE_IDENTITY_KEY))
    if found is None:
        connection.execute(insert(_settings).values(key=FILE_IDENTITY_KEY, value=uuid.uuid4().hex))
