"""The migrations build exactly the schema the models describe.

If these fail after a change to crmdesk/db/models.py while the schema is unreleased, run
``python -m crmdesk.db.migrations.regenerate`` and
``python tests/migrations/fixtures/make_v0001.py`` (see regenerate.py's docstring).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from crmdesk.db.engine import make_engine
from crmdesk.db.migrate import include_object, open_database
from crmdesk.db.models import Base
from crmdesk.db.probe import alembic_config


def _migrate(path: Path, target: str) -> None:
    engine = make_engine(path)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        if target == "base":
            command.downgrade(config, target)
        else:
            command.upgrade(config, target)
    engine.dispose()


def _schema(path: Path) -> dict[tuple[str, str], frozenset[str]]:
    """Each table/index/trigger as the set of its definition's lines (order-insensitive)."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    connection.close()
    return {
        (kind, name): frozenset(line.strip().rstrip(",") for line in (sql or "").splitlines())
        for kind, name, sql in rows
    }


def test_models_and_migration_head_agree(tmp_path: Path) -> None:
    path = tmp_path / "migrated.crm"
    _migrate(path, "head")
    engine = make_engine(path)
    with engine.connect() as connection:
        options = {"include_object": include_object, "compare_type": True}
        context = MigrationContext.configure(connection, opts=options)
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_created_and_migrated_files_have_the_same_schema(tmp_path: Path) -> None:
    created, migrated = tmp_path / "created.crm", tmp_path / "migrated.crm"
    open_database(created).close()
    _migrate(migrated, "head")
    assert _schema(created) == _schema(migrated)


def test_downgrade_to_base_removes_everything_but_the_version_table(tmp_path: Path) -> None:
    path = tmp_path / "scratch.crm"
    _migrate(path, "head")
    _migrate(path, "base")
    left = {name for _kind, name in _schema(path)}
    assert left == {"alembic_version", "sqlite_autoindex_alembic_version_1"}
