"""`crmdesk report` is honest about reports not being built yet."""

from __future__ import annotations

import json

import pytest

from crmdesk.cli import run_cli


def test_report_list_names_the_reports(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["report", "--list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert "customer-value" in listed["reports"] and listed["available"] is False


@pytest.mark.parametrize("name", ["pipeline", "nonsense"])
def test_running_a_report_exits_2_with_one_line(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["report", name, "--db", "x.crm", "-o", "x.pdf"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and name in err
