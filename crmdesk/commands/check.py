"""`crmdesk check --db FILE [--json]`: is this file healthy?

Reports SQLite's integrity_check and foreign_key_check, the schema revision against this
version's head, and record counts. Read-only, so it is safe to run while the app has the file
open. Exit 0 when all is well, 1 when the file has problems, 2 when it is not a crmdesk file
(or missing: handled by crmdesk.cli).
"""

from __future__ import annotations

import argparse
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from crmdesk.cli import emit
from crmdesk.db import probe
from crmdesk.errors import KnownStorageError, NotACrmFile

#: The tables a person thinks of as "their data", in the order they are reported.
MAIN_TABLES = (
    "contacts",
    "companies",
    "interactions",
    "tasks",
    "deals",
    "pipelines",
    "tickets",
    "orders",
    "order_lines",
    "tags",
    "segments",
    "import_batches",
    "change_log",
)


def run(args: argparse.Namespace) -> int:
    report = check_file(args.db)
    emit(report, as_json=args.json, text=_as_text(report))
    return 0 if report["ok"] else 1


def check_file(path: Path) -> dict[str, Any]:
    """The check report of ``path``; raises NotACrmFile for files that are not crmdesk's."""
    report: dict[str, Any] = {
        "ok": False,
        "file": str(path),
        "integrity": None,
        "foreign_keys": [],
        "schema_version": None,
        "schema_status": None,
        "head": probe.head_revision(),
        "counts": {},
        "problems": [],
    }
    try:
        revision = probe.read_revision(path)
    except NotACrmFile:
        raise
    except KnownStorageError as error:  # unreadable, or damaged beyond reading the schema
        report["integrity"] = [str(error)]
        report["problems"].append(str(error))
        return report
    if revision is None:
        raise NotACrmFile(f"{path} is empty: it is not a crmdesk file yet.")
    report["schema_version"] = revision
    report["schema_status"] = probe.revision_status(revision)
    try:
        with closing(probe.connect_readonly(path)) as connection:
            _inspect(connection, report)
    except sqlite3.DatabaseError as error:
        report["integrity"] = report["integrity"] or [str(error)]
        report["problems"].append(f"The file could not be read to the end: {error}.")
    _judge(report)
    return report


def _inspect(connection: sqlite3.Connection, report: dict[str, Any]) -> None:
    messages = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    report["integrity"] = "ok" if messages == ["ok"] else messages
    report["foreign_keys"] = [
        {"table": table, "rowid": rowid, "parent": parent}
        for table, rowid, parent, _fkid in connection.execute("PRAGMA foreign_key_check")
    ]
    existing = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    report["counts"] = {
        table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        for table in MAIN_TABLES
        if table in existing
    }


def _judge(report: dict[str, Any]) -> None:
    problems: list[str] = report["problems"]
    if report["integrity"] != "ok":
        problems.append("SQLite's integrity check found damage; restore from a backup.")
    if report["foreign_keys"]:
        problems.append(f"{len(report['foreign_keys'])} record(s) point to records that are gone.")
    if report["schema_status"] == "unknown":
        problems.append(
            f"Schema {report['schema_version']} is unknown to this crmdesk "
            f"(head {report['head']}): the file was saved by a newer version."
        )
    report["ok"] = not problems


def _as_text(report: dict[str, Any]) -> str:
    lines = [
        f"file: {report['file']}",
        f"schema: {report['schema_version']} (this version: {report['head']}"
        + ("; upgraded when opened)" if report["schema_status"] == "older" else ")"),
        f"integrity: {'ok' if report['integrity'] == 'ok' else 'PROBLEMS'}",
    ]
    lines += [f"  {name}: {number}" for name, number in report["counts"].items()]
    lines += [f"problem: {problem}" for problem in report["problems"]]
    lines.append("ok" if report["ok"] else "NOT OK")
    return "\n".join(lines)
