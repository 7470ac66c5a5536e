"""Shared fixtures: every test gets its own temporary crmdesk file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crmdesk.context import AppContext
from crmdesk.db.migrate import open_database

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.crm"


@pytest.fixture
def ctx(db_path: Path) -> Iterator[AppContext]:
    """A freshly created crmdesk file, opened; closed after the test."""
    context = open_database(db_path)
    yield context
    context.close()


@pytest.fixture
def shared_data() -> Path:
    """The folder of real-world sample files; skips the test when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA
