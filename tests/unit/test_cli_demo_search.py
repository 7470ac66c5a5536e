"""`crmdesk demo` and `crmdesk search` on the command line: output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crmdesk.__main__ import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``crmdesk *argv`` (argparse mistakes exit early)."""
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.crm"
    assert main(["demo", "--db", str(path), "--contacts", "150", "--seed", "2"]) == 0
    return path


def test_demo_json_reports_counts_and_seconds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "demo", "--db", str(tmp_path / "x.crm"), "--contacts", "40", "--json"
    )
    assert code == 0 and err == ""
    report = json.loads(out)
    assert report["counts"]["contacts"] == 40
    assert report["counts"]["search_docs"] > 40
    assert isinstance(report["seconds"], float)


def test_demo_with_negative_count_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bad.crm"
    code, out, err = run(capsys, "demo", "--db", str(target), "--contacts", "-1")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--contacts" in err
    assert not target.exists()


def test_demo_with_a_non_number_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "demo", "--db", str(tmp_path / "x.crm"), "--contacts", "many")
    assert code == 2 and err.count("\n") == 1


def test_demo_into_a_file_with_contacts_exits_2(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "demo", "--db", str(demo_file), "--contacts", "5")
    assert code == 2 and "already has contacts" in err and err.count("\n") == 1


def test_search_json_lists_hits(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "search", "zilina", "--db", str(demo_file), "--json")
    report = json.loads(out)
    assert code == 0 and report["query"] == "zilina"
    assert report["hits"]
    assert set(report["hits"][0]) == {"entity", "id", "title", "subtitle"}


def test_search_limit_applies_per_kind(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _err = run(capsys, "search", "a", "--db", str(demo_file), "--limit", "2", "--json")
    entities = [hit["entity"] for hit in json.loads(out)["hits"]]
    assert entities and all(entities.count(kind) <= 2 for kind in set(entities))


@pytest.mark.parametrize("query", ['"', "a OR", "*", "(", "-x", "NEAR(", ""])
def test_search_with_odd_query_succeeds(
    demo_file: Path, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    code, out, err = run(capsys, "search", "--db", str(demo_file), "--json", "--", query)
    assert code == 0 and err == ""
    assert json.loads(out)["query"] == query


def test_search_text_output_says_when_nothing_matches(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "search", "qqqxxxzzz", "--db", str(demo_file))
    assert code == 0 and out.strip() == "No matches."


def test_search_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "search", "x", "--db", str(tmp_path / "none.crm"))
    assert code == 2 and err.count("\n") == 1
    assert not (tmp_path / "none.crm").exists()


def test_search_limit_below_one_exits_2(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "search", "x", "--db", str(demo_file), "--limit", "0")
    assert code == 2 and "--limit" in err and err.count("\n") == 1
