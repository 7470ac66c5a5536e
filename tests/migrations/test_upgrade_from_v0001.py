"""Revisions 0002 (default content) and 0003 (the file's identity): a file written at 0001
(committed fixture) is backed up, then upgraded."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from crmdesk.db import probe, seed
from crmdesk.db.backup import list_backups
from crmdesk.db.engine import make_engine
from crmdesk.db.lock import acquire_file_lock
from crmdesk.db.migrate import open_database
from crmdesk.db.models import Contact, Pipeline, Setting, Ticket
from crmdesk.services.settings import file_identity

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "v0001.crm"


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    target = tmp_path / "customers.crm"
    shutil.copyfile(FIXTURE, target)
    assert probe.read_revision(target) == "0001"
    return target


def test_upgrade_writes_a_backup_of_the_old_file_first(old_file: Path) -> None:
    open_database(old_file).close()
    [backup] = list_backups(old_file)
    assert backup.label == f"before-upgrade-to-{probe.head_revision()}"
    assert probe.read_revision(backup.path) == "0001"
    assert probe.read_revision(old_file) == probe.head_revision()


def test_upgrade_keeps_every_row(old_file: Path) -> None:
    context = open_database(old_file)
    with context.reading() as session:
        names = set(session.scalars(select(Contact.full_name)))
        jan = session.scalars(select(Contact).where(Contact.full_name == "Ján Novák")).one()
        emails = [e.email for e in jan.emails]
        company = jan.company.name if jan.company else None
        ticket = session.scalars(select(Ticket)).one()
        subject, opened_at = ticket.subject, ticket.opened_at
    context.close()
    assert names == {"Ján Novák", "مریم رضایی", "王伟"}
    assert emails == ["jan.novak@zilina.example"]
    assert company == "Žilinská doprava s.r.o."
    assert subject == "Invoice address wrong"
    assert opened_at.tzinfo is not None


def test_upgrade_adds_default_pipeline_and_missing_settings_only(old_file: Path) -> None:
    context = open_database(old_file)
    with context.reading() as session:
        settings = {row.key: row.value for row in session.scalars(select(Setting))}
        pipeline = session.scalars(select(Pipeline)).one()
        pipeline_name = pipeline.name
        stage_names = [stage.name for stage in pipeline.stages]
    context.close()
    identity = settings.pop("file_identity")
    assert settings == {"default_currency": "CZK", "default_region": ""}  # user's CZK kept
    assert re.fullmatch(r"[0-9a-f]{32}", identity)  # 0003: the file's own identity
    assert pipeline_name == "Sales"
    assert stage_names == ["New", "Qualified", "Proposal", "Negotiation", "Won", "Lost"]


def test_upgrade_leaves_a_users_own_pipeline_alone(old_file: Path) -> None:
    with sqlite3.connect(old_file) as connection:
        connection.execute("INSERT INTO pipelines (name, position) VALUES ('Renewals', 0)")
    connection.close()
    context = open_database(old_file)
    with context.reading() as session:
        names = list(session.scalars(select(Pipeline.name)))
    context.close()
    assert names == ["Renewals"]


def test_failed_upgrade_leaves_the_file_at_its_old_revision(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_seed(connection: object) -> None:
        raise RuntimeError("migration bug")

    monkeypatch.setattr(seed, "seed_defaults", broken_seed)
    with pytest.raises(RuntimeError, match="migration bug"):
        open_database(old_file)
    assert probe.read_revision(old_file) == "0001"
    acquire_file_lock(old_file).release()
    monkeypatch.undo()
    open_database(old_file).close()
    assert probe.read_revision(old_file) == probe.head_revision()
    assert len([b for b in list_backups(old_file) if b.label]) == 2  # one per attempt


def _identity(path: Path) -> str | None:
    context = open_database(path)
    with context.reading() as session:
        found = file_identity(session)
    context.close()
    return found


def test_an_identity_survives_a_downgrade_and_upgrade_again(old_file: Path) -> None:
    """Its earlier exports' ids must keep matching its records: 0003 never replaces one."""
    before = _identity(old_file)
    engine = make_engine(old_file)
    with engine.begin() as connection:
        config = probe.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    engine.dispose()
    assert probe.read_revision(old_file) == "0002"
    assert _identity(old_file) == before is not None
    assert probe.read_revision(old_file) == probe.head_revision()
