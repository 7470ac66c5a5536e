"""`crmdesk import`, `undo-import` and `export`: JSON summaries, exit codes, files unchanged on
bad input (exit 2 with one line on stderr, never a traceback)."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from crmdesk.cli import run_cli
from crmdesk.db.migrate import open_database
from crmdesk.exchange.sniff import OLE_MAGIC

HEADER = ["Name", "Email", "Phone", "Birthday"]


def _content(path: Path) -> bytes:
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump()).encode()
    finally:
        connection.close()


def _xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = run_cli(list(argv))
    captured = capsys.readouterr()
    out = json.loads(captured.out) if captured.out.strip().startswith("{") else captured.out
    return code, out, captured.err


@pytest.fixture
def crm(db_path: Path) -> Path:
    open_database(db_path).close()
    return db_path


def test_import_json_summary_then_dry_run_then_undo(crm, tmp_path, capsys):
    source = _xlsx(tmp_path / "in.xlsx", [HEADER, ["Ann", "ann@x.sk"], ["Bad", "nope"]])
    code, dry, _ = _cli(capsys, "import", str(source), "--db", str(crm), "--dry-run", "--json")
    assert code == 0
    assert {k: dry[k] for k in ("rows", "created", "updated", "skipped", "failed", "batch")} == {
        "rows": 2,
        "created": 1,
        "updated": 0,
        "skipped": 0,
        "failed": 1,
        "batch": None,
    }
    assert dry["errors"] == [
        {"row": 3, "column": "Email", "message": "“nope” is not a valid email address."}
    ]
    code, done, _ = _cli(capsys, "import", str(source), "--db", str(crm), "--json")
    assert code == 0 and done["created"] == 1 and isinstance(done["batch"], int)
    code, again, _ = _cli(capsys, "import", str(source), "--db", str(crm), "--json")
    assert (again["skipped"], again["created"]) == (1, 0)
    code, undone, _ = _cli(capsys, "undo-import", str(done["batch"]), "--db", str(crm), "--json")
    assert code == 0 and undone["deleted"] == {"contact": 1}
    code, _, err = _cli(capsys, "undo-import", str(done["batch"]), "--db", str(crm))
    assert code == 2 and "already undone" in err and err.count("\n") == 1


def test_import_creates_a_missing_database(tmp_path, capsys):
    source = _xlsx(tmp_path / "in.xlsx", [HEADER, ["Ann"]])
    db = tmp_path / "new.crm"
    code, out, _ = _cli(capsys, "import", str(source), "--db", str(db), "--json")
    assert code == 0 and out["created"] == 1 and db.exists()


def test_ambiguous_dates_need_date_order(crm, tmp_path, capsys):
    source = _xlsx(
        tmp_path / "d.xlsx",
        [HEADER, ["Ann", None, None, "03/04/1980"], ["Bob", None, None, "05/06/1981"]],
    )
    before = _content(crm)
    code, _, err = _cli(capsys, "import", str(source), "--db", str(crm))
    assert code == 2
    assert "“Birthday”" in err and "--date-order" in err and err.count("\n") == 1
    assert _content(crm) == before
    code, out, _ = _cli(
        capsys, "import", str(source), "--db", str(crm), "--date-order", "dmy", "--json"
    )
    assert code == 0 and out["created"] == 2
    code, _, _ = _cli(
        capsys,
        "export",
        "--db",
        str(crm),
        "--entity",
        "contacts",
        "--format",
        "csv",
        "-o",
        str(tmp_path / "o.csv"),
    )
    assert "1980-04-03" in (tmp_path / "o.csv").read_text(encoding="utf-8-sig")


def test_on_duplicate_update_from_the_command_line(crm, tmp_path, capsys):
    first = _xlsx(tmp_path / "a.xlsx", [["Name", "Email"], ["Ann", "ann@x.sk"]])
    second = _xlsx(tmp_path / "b.xlsx", [["Name", "Email", "Job title"], ["A", "ann@x.sk", "CEO"]])
    _cli(capsys, "import", str(first), "--db", str(crm))
    code, out, _ = _cli(
        capsys, "import", str(second), "--db", str(crm), "--on-duplicate", "update", "--json"
    )
    assert code == 0 and out["updated"] == 1


def test_another_files_export_is_matched_by_content_and_the_dry_run_says_so(crm, tmp_path, capsys):
    from crmdesk.exchange.file_ids import FOREIGN_WARNINGS

    colleague = tmp_path / "colleague.crm"
    open_database(colleague).close()
    for database, rows in ((colleague, [["Ann", "ann@x.sk"]]), (crm, [["Bob", "bob@x.sk"]])):
        source = _xlsx(tmp_path / "people.xlsx", [["Name", "Email"], *rows])
        assert _cli(capsys, "import", str(source), "--db", str(database))[0] == 0  # contact 1
    export = tmp_path / "ann.xlsx"
    exported = _cli(capsys, "export", "--db", str(colleague), "--entity", "contacts",
                    "--format", "xlsx", "-o", str(export))  # fmt: skip
    assert exported[0] == 0
    before = _content(crm)
    command = ["import", str(export), "--db", str(crm), "--on-duplicate", "update", "--json"]
    code, dry, _ = _cli(capsys, *command, "--dry-run")
    assert code == 0 and (dry["created"], dry["updated"]) == (1, 0)
    warning = {"row": 0, "column": "", "message": FOREIGN_WARNINGS["contacts"]}
    assert dry["warnings"].count(warning) == 1
    assert _content(crm) == before
    code, done, _ = _cli(capsys, *command)
    assert code == 0 and (done["created"], done["updated"]) == (1, 0)
    connection = sqlite3.connect(crm)
    query = "SELECT c.id, c.full_name, e.email FROM contacts c JOIN emails e ON e.contact_id = c.id"
    people = sorted(connection.execute(query))
    connection.close()
    assert people == [(1, "Bob", "bob@x.sk"), (2, "Ann", "ann@x.sk")]  # Bob kept, Ann added


def test_undo_import_reports_contacts_merged_since(crm, tmp_path, capsys):
    from sqlalchemy import select

    from crmdesk.db.models import Contact
    from crmdesk.services import merge

    batches = []
    for name in ("Ann", "Bob"):
        rows = [HEADER, [name, f"{name}@x.sk"], [f"{name} B.", f"{name}@y.sk"]]
        source = _xlsx(tmp_path / f"{name}.xlsx", rows)
        batches.append(_cli(capsys, "import", str(source), "--db", str(crm), "--json")[1]["batch"])
    context = open_database(crm)
    with context.transaction() as session:
        ann, ann_b, bob, bob_b = session.scalars(select(Contact.id).order_by(Contact.id))
        merge.merge_contacts(session, keep_id=ann, other_id=ann_b)
        merge.merge_contacts(session, keep_id=bob, other_id=bob_b)
    context.close()
    code, out, _ = _cli(capsys, "undo-import", str(batches[0]), "--db", str(crm), "--json")
    assert code == 0 and out["kept_merged"] == {"contact": 2}
    assert (out["deleted"], out["trashed"], out["restored"]) == ({}, {}, {})
    code, text, _ = _cli(capsys, "undo-import", str(batches[1]), "--db", str(crm))
    assert code == 0
    assert text.strip() == f"Import {batches[1]} undone: 2 contact kept (merged since)."


def test_saved_mapping_and_region(crm, tmp_path, capsys):
    from crmdesk.exchange.layout import read_table
    from crmdesk.exchange.mapping import Action, guess_mapping
    from crmdesk.exchange.readers import open_source

    source = _xlsx(tmp_path / "m.xlsx", [["Kto", "Tel"], ["Ann", "0905 123 456"]])
    with open_source(source) as workbook:
        table = read_table(workbook)
        mapping = guess_mapping(table.headers, [], entity="contacts")
    mapping.columns[0].action, mapping.columns[0].field = Action.FIELD, "full_name"
    mapping.columns[1].action, mapping.columns[1].field = Action.FIELD, "phone"
    saved = tmp_path / "map.json"
    saved.write_text(mapping.to_json(), encoding="utf-8")
    code, out, _ = _cli(
        capsys,
        "import",
        str(source),
        "--db",
        str(crm),
        "--mapping",
        str(saved),
        "--region",
        "SK",
        "--json",
    )
    assert code == 0 and out["created"] == 1 and out["warnings"] == []


def test_export_formats_and_segment_from_the_command_line(crm, tmp_path, capsys):
    source = _xlsx(
        tmp_path / "in.xlsx", [["Name", "Lifecycle stage"], ["Ann", "customer"], ["Bob", "lead"]]
    )
    _cli(capsys, "import", str(source), "--db", str(crm))
    from crmdesk.services.segments import save_segment

    context = open_database(crm)
    with context.transaction() as session:
        save_segment(session, name="Buyers", entity="contact", criteria={"lifecycle": "customer"})
    context.close()
    for fmt in ("xlsx", "csv", "vcf"):
        out_file = tmp_path / f"out.{fmt}"
        code, out, _ = _cli(
            capsys,
            "export",
            "--db",
            str(crm),
            "--entity",
            "contacts",
            "--format",
            fmt,
            "-o",
            str(out_file),
            "--segment",
            "Buyers",
            "--json",
        )
        assert code == 0 and out["records"] == {"contacts": 1} and out_file.exists()
    code, out, _ = _cli(
        capsys,
        "export",
        "--db",
        str(crm),
        "--entity",
        "all",
        "--format",
        "xlsx",
        "-o",
        str(tmp_path / "all.xlsx"),
        "--json",
    )
    assert code == 0 and out["records"]["contacts"] == 2
    code, _, err = _cli(
        capsys,
        "export",
        "--db",
        str(crm),
        "--entity",
        "contacts",
        "--format",
        "csv",
        "-o",
        str(tmp_path / "x.csv"),
        "--segment",
        "Nope",
    )
    assert code == 2 and "Nope" in err
    code, _, err = _cli(
        capsys,
        "export",
        "--db",
        str(crm),
        "--entity",
        "deals",
        "--format",
        "vcf",
        "-o",
        str(tmp_path / "d.vcf"),
    )
    assert code == 2 and "only contacts" in err


def _corrupt(tmp_path: Path) -> Path:
    data = _xlsx(tmp_path / "ok.xlsx", [HEADER, ["Ann"]]).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _password(tmp_path: Path) -> Path:
    directory = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50
    directory += "EncryptedPackage".encode("utf-16-le")
    path = tmp_path / "secret.xlsx"
    path.write_bytes(OLE_MAGIC + b"\x00" * 504 + directory + b"\x00" * 4096)
    return path


def _binary_csv(tmp_path: Path) -> Path:
    path = tmp_path / "binary.csv"
    path.write_bytes(bytes(range(256)) * 20)
    return path


def _empty_sheet(tmp_path: Path) -> Path:
    return _xlsx(tmp_path / "empty.xlsx", [])


def _header_only(tmp_path: Path) -> Path:
    return _xlsx(tmp_path / "header.xlsx", [HEADER])


def _huge_cell(tmp_path: Path) -> Path:
    return _xlsx(tmp_path / "huge.xlsx", [HEADER, ["x" * 32767, "a@x.sk"]])


def _wide(tmp_path: Path) -> Path:
    import xlsxwriter

    path = tmp_path / "wide.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, [f"h{col}" for col in range(16384)])
    sheet.write_row(1, 0, ["v"] * 16384)
    book.close()
    return path


def _broken_zip(tmp_path: Path) -> Path:
    source = _xlsx(tmp_path / "ok2.xlsx", [HEADER, ["Ann"]])
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(buffer, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            zout.writestr(item, data)
    path = tmp_path / "broken.xlsx"
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_corrupt, "damaged"),
        (_broken_zip, "damaged"),
        (_password, "password"),
        (_binary_csv, "binary"),
        (_empty_sheet, "empty"),
        (_header_only, "no data"),
        (_huge_cell, "too long"),
        (_wide, "16,384 columns"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(crm, tmp_path, capsys, make, words):
    source = make(tmp_path)
    before = _content(crm)
    code, out, err = _cli(capsys, "import", str(source), "--db", str(crm), "--json")
    assert code == 2, out
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert _content(crm) == before


def test_bad_input_never_creates_the_database(tmp_path, capsys):
    db = tmp_path / "never.crm"
    code, _, _ = _cli(capsys, "import", str(_corrupt(tmp_path)), "--db", str(db))
    assert code == 2 and not db.exists()


def test_missing_source_and_bad_options(crm, tmp_path, capsys):
    code, _, err = _cli(capsys, "import", str(tmp_path / "nope.xlsx"), "--db", str(crm))
    assert code == 2 and "No such file" in err
    source = _xlsx(tmp_path / "in.xlsx", [HEADER, ["Ann"]])
    code, _, err = _cli(capsys, "import", str(source), "--db", str(crm), "--region", "QQ")
    assert code == 2 and "country code" in err


@pytest.mark.slow
def test_cli_runs_as_a_program(crm, tmp_path):
    source = _xlsx(tmp_path / "in.xlsx", [HEADER, ["Ann", "ann@x.sk"]])
    result = subprocess.run(
        [sys.executable, "-m", "crmdesk", "import", str(source), "--db", str(crm), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == 1
