"""Alembic environment: runs only on a connection the open gate hands over.

The gate (`crmdesk.db.migrate`) opens the connection, begins the transaction and puts the
connection in ``config.attributes["connection"]``; every migration therefore runs inside that
one transaction (SQLite DDL is transactional here, see crmdesk/db/engine.py), and a failed
upgrade leaves the file as it was. There is no offline (--sql) mode and no alembic.ini.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

import crmdesk.db.fts  # noqa: F401  (FTS DDL registered on the metadata)
from crmdesk.db.migrate import include_object, render_item
from crmdesk.db.models import Base


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError(
            "crmdesk migrations run through crmdesk.db.migrate.open_database, "
            "which passes an open connection in config.attributes['connection']"
        )
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transactional_ddl=True,
        include_object=include_object,
        render_item=render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
