"""Factories that write small source files in tmp for the reader tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from crmdesk.exchange.layout import Table, read_table
from crmdesk.exchange.readers import open_source

WriteXlsx = Callable[..., Path]


@pytest.fixture
def write_xlsx(tmp_path: Path) -> WriteXlsx:
    """write_xlsx({"Sheet": [[...], ...]}, name="x.xlsx", merged={"Sheet": ["A1:C1"]})"""

    def write(
        sheets: dict[str, Sequence[Sequence[Any]]],
        *,
        name: str = "book.xlsx",
        merged: dict[str, list[str]] | None = None,
        hidden: Sequence[str] = (),
    ) -> Path:
        import openpyxl

        book = openpyxl.Workbook()
        book.remove(book.active)
        for title, rows in sheets.items():
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append(list(row))
            for cells in (merged or {}).get(title, []):
                sheet.merge_cells(cells)
            if title in hidden:
                sheet.sheet_state = "hidden"
        path = tmp_path / name
        book.save(path)
        return path

    return write


@pytest.fixture
def write_bytes(tmp_path: Path) -> Callable[[str, bytes], Path]:
    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


def table_of(path: Path, **options: Any) -> tuple[Table, list[tuple[Any, ...]]]:
    """The table of ``path`` and all its row values (for small files)."""
    workbook = open_source(path)
    table = read_table(workbook, **options)
    return table, [row.values for row in table.rows()]


@pytest.fixture
def table_rows() -> Callable[..., tuple[Table, list[tuple[Any, ...]]]]:
    """table_rows(path, sheet=..., header_row=...) -> (table, [row values, ...])"""
    return table_of
