"""One crmdesk window per file: a second open is refused until the first one closes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crmdesk.db.migrate import open_database
from crmdesk.errors import FileInUseError

HOLDER = textwrap.dedent(
    """
    import sys
    from crmdesk.db.migrate import open_database
    context = open_database(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()  # hold the file until the test says so
    context.close()
    """
)
OPENER = textwrap.dedent(
    """
    import sys
    from crmdesk.db.migrate import open_database
    from crmdesk.errors import FileInUseError
    try:
        open_database(sys.argv[1]).close()
    except FileInUseError as error:
        print(error)
        sys.exit(3)
    """
)


def _holder(path: Path) -> subprocess.Popen[str]:
    """A second crmdesk process that opens ``path`` and keeps it until a line on stdin."""
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_second_open_in_the_same_process_is_refused(db_path: Path) -> None:
    first = open_database(db_path)
    with pytest.raises(FileInUseError, match="is open in another crmdesk window") as raised:
        open_database(db_path)
    assert str(db_path) in str(raised.value)
    first.close()


def test_closing_releases_the_file(db_path: Path) -> None:
    open_database(db_path).close()
    second = open_database(db_path)
    second.close()
    second.close()  # closing twice is harmless


def test_file_open_in_another_process_is_refused_until_it_closes(db_path: Path) -> None:
    open_database(db_path).close()
    with _holder(db_path) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "open"
            with pytest.raises(FileInUseError):
                open_database(db_path)
        finally:
            holder.stdin.write("\n")
            holder.stdin.flush()
            assert holder.wait(timeout=60) == 0
    open_database(db_path).close()


def test_another_process_is_told_the_file_is_in_use(db_path: Path) -> None:
    context = open_database(db_path)
    try:
        result = subprocess.run(
            [sys.executable, "-c", OPENER, str(db_path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        context.close()
    assert result.returncode == 3, result.stderr
    assert "is open in another crmdesk window" in result.stdout


def test_lock_is_released_when_a_process_dies_holding_it(db_path: Path) -> None:
    open_database(db_path).close()
    with _holder(db_path) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        holder.kill()
        holder.wait(timeout=60)
    open_database(db_path).close()
