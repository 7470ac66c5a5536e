"""Backups: consistent copies, rotation, the daily automatic copy, and restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.context import AppContext
from crmdesk.db import probe
from crmdesk.db.backup import backup_if_due, backup_now, list_backups, restore_backup
from crmdesk.db.migrate import open_database
from crmdesk.db.models import Setting
from crmdesk.errors import FileInUseError, NotACrmFile
from crmdesk.paths import backups_dir_for


def _put(context: AppContext, key: str, value: str) -> None:
    with context.transaction() as session:
        session.merge(Setting(key=key, value=value))


def _get(path: Path, key: str) -> str | None:
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    connection.close()
    return None if row is None else str(row[0])


def test_backup_of_an_open_file_holds_its_committed_data(ctx: AppContext) -> None:
    _put(ctx, "motto", "Nothing is lost")
    copy = backup_now(ctx)
    assert copy.parent == backups_dir_for(ctx.path)
    assert copy.name.startswith("test-") and copy.suffix == ".crm"
    assert _get(copy, "motto") == "Nothing is lost"
    assert probe.read_revision(copy) == probe.head_revision()


def test_backup_is_one_standalone_file_not_wal(ctx: AppContext) -> None:
    copy = backup_now(ctx)
    header = copy.read_bytes()[:20]
    assert header[18:20] == b"\x01\x01"  # rollback journal, so no -wal file is needed
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]


def test_backup_by_path_works_while_the_file_is_open(ctx: AppContext) -> None:
    _put(ctx, "motto", "still open")
    copy = backup_now(ctx.path)
    assert _get(copy, "motto") == "still open"


def test_backups_rotate_keeping_the_newest(ctx: AppContext) -> None:
    made = [backup_now(ctx, keep=3) for _ in range(5)]
    kept = [b.path for b in list_backups(ctx.path)]
    assert kept == made[:-4:-1]  # the last three, newest first
    assert len({p.name for p in made}) == 5  # same second: names still differ


def test_rotation_never_deletes_labelled_safety_copies(ctx: AppContext) -> None:
    safety = backup_now(ctx, label="before-upgrade-to-0002")
    for _ in range(4):
        backup_now(ctx, keep=2)
    backups = list_backups(ctx.path)
    assert safety in [b.path for b in backups]
    assert len([b for b in backups if b.label is None]) == 2


def test_backup_of_a_non_crm_file_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.crm"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(NotACrmFile):
        backup_now(text)
    assert not backups_dir_for(text).exists()


def test_automatic_backup_when_none_is_recent(ctx: AppContext) -> None:
    first = backup_if_due(ctx)
    assert first is not None
    assert backup_if_due(ctx) is None  # one a day is enough
    assert backup_if_due(ctx, max_age=timedelta(0)) is not None


def test_automatic_backup_after_a_day(ctx: AppContext) -> None:
    folder = backups_dir_for(ctx.path)
    folder.mkdir()
    yesterday = datetime.now() - timedelta(hours=25)
    (folder / f"test-{yesterday:%Y%m%d-%H%M%S}.crm").touch()
    assert backup_if_due(ctx) is not None
    assert len(list_backups(ctx.path)) == 2


def test_opening_an_existing_file_makes_the_daily_backup(db_path: Path) -> None:
    open_database(db_path).close()
    assert list_backups(db_path) == []  # a brand-new file has nothing worth copying
    open_database(db_path).close()
    open_database(db_path).close()
    assert len(list_backups(db_path)) == 1


def test_open_without_auto_backup(db_path: Path) -> None:
    open_database(db_path).close()
    open_database(db_path, auto_backup=False).close()
    assert list_backups(db_path) == []


def test_restore_brings_back_the_backup_and_keeps_the_current_file(db_path: Path) -> None:
    context = open_database(db_path)
    _put(context, "motto", "before")
    copy = backup_now(context)
    _put(context, "motto", "after")
    context.close()
    safety = restore_backup(copy, db_path)
    assert _get(db_path, "motto") == "before"
    assert safety is not None and _get(safety, "motto") == "after"
    assert [b.label for b in list_backups(db_path) if b.path == safety] == ["before-restore"]
    context = open_database(db_path)  # the restored file opens normally
    with context.reading() as session:
        motto = session.scalar(select(Setting.value).where(Setting.key == "motto"))
    context.close()
    assert motto == "before"


def test_restore_over_an_open_file_is_refused(ctx: AppContext) -> None:
    copy = backup_now(ctx)
    with pytest.raises(FileInUseError):
        restore_backup(copy, ctx.path)


def test_restore_from_a_bad_backup_changes_nothing(db_path: Path, tmp_path: Path) -> None:
    context = open_database(db_path)
    _put(context, "motto", "keep me")
    context.close()
    bad = tmp_path / "bad.crm"
    bad.write_text("not a database", encoding="utf-8")
    with pytest.raises(NotACrmFile):
        restore_backup(bad, db_path)
    assert _get(db_path, "motto") == "keep me"
    assert list_backups(db_path) == []


def test_restore_replaces_a_damaged_file(db_path: Path) -> None:
    context = open_database(db_path)
    copy = backup_now(context)
    context.close()
    with db_path.open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\xff" * 3000)
    safety = restore_backup(copy, db_path)
    assert safety is not None and safety.read_bytes()[100:110] == b"\xff" * 10
    assert probe.read_revision(db_path) == probe.head_revision()
