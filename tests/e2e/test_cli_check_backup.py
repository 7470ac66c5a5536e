"""`crmdesk check` and `crmdesk backup`: output and exit codes (0 ok, 1 problems, 2 mistakes)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crmdesk.cli import run_cli
from crmdesk.db import probe
from crmdesk.db.migrate import open_database


@pytest.fixture
def crm_file(db_path: Path) -> Path:
    open_database(db_path).close()
    return db_path


def _json(capsys: pytest.CaptureFixture[str]) -> Any:
    return json.loads(capsys.readouterr().out)


def _sql(path: Path, statement: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(statement)
    connection.close()


def test_check_healthy_file_exits_0_with_report(
    crm_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["check", "--db", str(crm_file), "--json"]) == 0
    report = _json(capsys)
    assert report["ok"] is True
    assert report["integrity"] == "ok"
    assert report["schema_version"] == report["head"] == probe.head_revision()
    assert report["counts"]["contacts"] == 0
    assert report["counts"]["pipelines"] == 1


def test_check_works_while_the_app_has_the_file_open(
    crm_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    context = open_database(crm_file)
    try:
        assert run_cli(["check", "--db", str(crm_file), "--json"]) == 0
    finally:
        context.close()
    assert _json(capsys)["ok"] is True


def test_check_text_output_for_a_person(crm_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["check", "--db", str(crm_file)]) == 0
    out = capsys.readouterr().out
    assert "integrity: ok" in out and out.rstrip().endswith("ok")


def test_check_reports_broken_links_with_exit_1(
    crm_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(
        crm_file,
        "INSERT INTO stages (pipeline_id, name, position, probability, is_won, "
        "is_lost) VALUES (999, 'Orphan', 0, 0, 0, 0)",
    )
    assert run_cli(["check", "--db", str(crm_file), "--json"]) == 1
    report = _json(capsys)
    assert report["ok"] is False
    assert report["foreign_keys"] == [{"table": "stages", "rowid": 7, "parent": "pipelines"}]


def test_check_reports_a_damaged_file_with_exit_1(
    crm_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    context = open_database(crm_file)
    with context.transaction() as session:
        session.connection().exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
            " INSERT INTO change_log (entity, record_id, field, changed_at)"
            " SELECT 'contact', i, 'name', '2025-01-01' FROM n"
        )
    context.close()
    size = crm_file.stat().st_size
    with crm_file.open("r+b") as handle:  # wreck the last pages (change_log data/index)
        handle.seek(size - 8192)
        handle.write(b"\x00\xff" * 4096)
    assert run_cli(["check", "--db", str(crm_file), "--json"]) == 1
    report = _json(capsys)
    assert report["ok"] is False
    assert report["integrity"] != "ok"


def test_check_newer_file_exits_1(crm_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _sql(crm_file, "UPDATE alembic_version SET version_num = '9999'")
    assert run_cli(["check", "--db", str(crm_file), "--json"]) == 1
    report = _json(capsys)
    assert report["schema_status"] == "unknown"
    assert any("newer version" in problem for problem in report["problems"])


def test_check_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["check", "--db", str(tmp_path / "nope.crm")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_check_text_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "list.csv"
    text.write_text("a,b\n1,2\n", encoding="utf-8")
    assert run_cli(["check", "--db", str(text)]) == 2
    err = capsys.readouterr().err
    assert "not a crmdesk file" in err and err.count("\n") == 1


def test_backup_prints_the_copy_path(crm_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["backup", "--db", str(crm_file), "--json"]) == 0
    copy = Path(_json(capsys)["backup"])
    assert copy.is_file()
    assert probe.read_revision(copy) == probe.head_revision()


def test_backup_of_a_text_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "list.crm"
    text.write_text("a,b\n", encoding="utf-8")
    assert run_cli(["backup", "--db", str(text)]) == 2
    assert "not a crmdesk file" in capsys.readouterr().err


def test_real_command_line_check_and_backup(crm_file: Path) -> None:
    def crmdesk(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "crmdesk", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    checked = crmdesk("check", "--db", str(crm_file), "--json")
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout)["ok"] is True
    backed_up = crmdesk("backup", "--db", str(crm_file))
    assert backed_up.returncode == 0, backed_up.stderr
    assert Path(backed_up.stdout.strip()).is_file()
