"""The open gate: new, current, refused and broken files (upgrades: test_upgrade_from_v0001)."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from crmdesk.db import migrate, probe
from crmdesk.db.backup import list_backups
from crmdesk.db.lock import acquire_file_lock
from crmdesk.db.migrate import open_database
from crmdesk.db.models import Pipeline, Setting, Stage
from crmdesk.errors import DatabaseTooNew, KnownStorageError, NotACrmFile
from crmdesk.services.settings import file_identity


def _revision(path: Path) -> str | None:
    return probe.read_revision(path)


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    return names


def _assert_unlocked(path: Path) -> None:
    acquire_file_lock(path).release()  # raises FileInUseError if the gate kept the lock


def test_new_file_is_created_at_head_with_search_tables(db_path: Path) -> None:
    context = open_database(db_path)
    context.close()
    assert _revision(db_path) == probe.head_revision()
    assert {"contacts", "deals", "search_tri", "search_words", "alembic_version"} <= _tables(
        db_path
    )


def test_new_file_gets_default_settings_and_sales_pipeline(db_path: Path) -> None:
    context = open_database(db_path)
    with context.reading() as session:
        settings = {row.key: row.value for row in session.scalars(select(Setting))}
        pipeline = session.scalars(select(Pipeline)).one()
        pipeline_name = pipeline.name
        stages = [(s.name, s.probability, s.is_won, s.is_lost) for s in pipeline.stages]
    context.close()
    identity = settings.pop("file_identity")
    assert settings == {"default_region": "", "default_currency": "EUR"}
    assert re.fullmatch(r"[0-9a-f]{32}", identity)  # uuid4 hex: ties the file's exports to it
    assert pipeline_name == "Sales"
    assert stages == [
        ("New", 10, False, False),
        ("Qualified", 25, False, False),
        ("Proposal", 50, False, False),
        ("Negotiation", 75, False, False),
        ("Won", 100, True, False),
        ("Lost", 0, False, True),
    ]


def test_every_new_file_gets_its_own_identity_which_opening_keeps(tmp_path: Path) -> None:
    def identity(path: Path) -> str | None:
        context = open_database(path)
        with context.reading() as session:
            found = file_identity(session)
        context.close()
        return found

    first, second = tmp_path / "a.crm", tmp_path / "b.crm"
    assert identity(first) is not None
    assert identity(first) == identity(first) != identity(second)


def test_opened_file_has_wal_foreign_keys_and_busy_timeout(db_path: Path) -> None:
    context = open_database(db_path)
    with context.engine.connect() as connection:
        pragmas = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "busy_timeout")
        }
    context.close()
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000}


def test_zero_byte_file_becomes_a_crmdesk_file(db_path: Path) -> None:
    db_path.touch()
    open_database(db_path).close()
    assert _revision(db_path) == probe.head_revision()


def test_failed_create_leaves_an_empty_file_that_opens_next_time(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_seed(connection: object) -> None:
        raise RuntimeError("crash in the middle of creating the file")

    monkeypatch.setattr(migrate, "seed_defaults", broken_seed)
    with pytest.raises(RuntimeError):
        open_database(db_path)
    assert _tables(db_path) == set()  # create_all was rolled back with the rest
    _assert_unlocked(db_path)
    monkeypatch.undo()
    open_database(db_path).close()
    assert _revision(db_path) == probe.head_revision()


def test_file_at_head_opens_keeping_its_data_without_upgrade_backup(db_path: Path) -> None:
    context = open_database(db_path)
    with context.transaction() as session:
        session.add(Setting(key="company_name", value="Novák a syn"))
    context.close()
    context = open_database(db_path)
    with context.reading() as session:
        value = session.scalar(select(Setting.value).where(Setting.key == "company_name"))
    context.close()
    assert value == "Novák a syn"
    assert [b.label for b in list_backups(db_path)] == [None]  # only the daily automatic one


def test_newer_revision_is_refused_naming_the_file(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    with pytest.raises(DatabaseTooNew) as raised:
        open_database(db_path)
    message = str(raised.value)
    assert str(db_path) in message
    assert "was saved by a newer version of crmdesk" in message
    assert _revision(db_path) == "9999_from_the_future"  # untouched
    assert not [b for b in list_backups(db_path) if b.label]
    _assert_unlocked(db_path)


def test_text_file_is_not_a_crm_file(db_path: Path) -> None:
    db_path.write_text("name,email\nJán,jan@example.com\n", encoding="utf-8")
    with pytest.raises(NotACrmFile, match="not a SQLite database"):
        open_database(db_path)
    assert db_path.read_text(encoding="utf-8").startswith("name,email")
    _assert_unlocked(db_path)


def test_sqlite_file_of_another_program_is_not_a_crm_file(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    connection.close()
    with pytest.raises(NotACrmFile, match="not a crmdesk file"):
        open_database(db_path)
    assert _tables(db_path) == {"photos"}


def test_folder_is_not_a_crm_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.crm"
    folder.mkdir()
    with pytest.raises(NotACrmFile, match="folder"):
        open_database(folder)


def test_damaged_file_is_a_known_storage_error(db_path: Path) -> None:
    open_database(db_path).close()
    with db_path.open("r+b") as handle:  # wreck page 1 (the schema) after the file header
        handle.seek(100)
        handle.write(b"\xff" * 3000)
    with pytest.raises(KnownStorageError) as raised:
        open_database(db_path)
    assert str(db_path) in str(raised.value)
    _assert_unlocked(db_path)


def test_missing_folder_is_a_known_storage_error(tmp_path: Path) -> None:
    with pytest.raises(KnownStorageError, match="does not exist"):
        open_database(tmp_path / "no such folder" / "x.crm")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anything")
def test_read_only_file_is_a_known_storage_error(db_path: Path) -> None:
    open_database(db_path).close()
    db_path.chmod(0o444)
    with pytest.raises(KnownStorageError, match="read-only"):
        open_database(db_path)


def test_sqlite_read_only_error_becomes_a_sentence(db_path: Path) -> None:
    open_database(db_path).close()
    connection = probe.connect_readonly(db_path)
    with pytest.raises(sqlite3.OperationalError) as raised:
        connection.execute("PRAGMA user_version = 1")
    connection.close()
    error = probe.as_storage_error(raised.value, db_path)
    assert isinstance(error, KnownStorageError)
    assert str(error).startswith(f"{db_path} is read-only")


def test_transactions_commit_and_roll_back_through_the_context(db_path: Path) -> None:
    context = open_database(db_path)
    with pytest.raises(ValueError), context.transaction() as session:
        session.add(Setting(key="x", value="1"))
        raise ValueError("user cancelled")
    with context.reading() as session:
        assert session.get(Setting, "x") is None
        assert session.execute(text("SELECT count(*) FROM stages")).scalar() == len(
            session.scalars(select(Stage)).all()
        )
    context.close()
