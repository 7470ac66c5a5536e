"""The mapping an import starts from, and the failed rows written out to fix and re-import."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from crmdesk.domain.text import fold
from crmdesk.exchange.export.tables import ID_HEADER, Column, Kind
from crmdesk.exchange.fields import target_fields
from crmdesk.exchange.formulas import unguard_csv
from crmdesk.exchange.importing.model import ImportSummary
from crmdesk.exchange.importing.planner import check_width
from crmdesk.exchange.layout import Table
from crmdesk.exchange.mapping import Action, Mapping, adapt_mapping, guess_mapping
from crmdesk.exchange.source import SourceFormat

SAMPLE = 100
PROBLEM_HEADER = "Problem"
ROW_HEADER = "Row in the original file"


def suggest_mapping(table: Table, *, entity: str, saved: Mapping | None = None) -> Mapping:
    """The guessed mapping (or ``saved`` applied to this file). A header that is exactly one
    of our field labels ("Deal title") maps to that field when the guess knew nothing better;
    in a file exported by crmdesk (it has a "crmdesk id" column) every such header does, so an
    export always imports back the same way."""
    check_width(table)
    sample = [row.values for row in table.sample(SAMPLE)]
    if saved is not None:
        return adapt_mapping(saved, table.headers, sample)
    mapping = guess_mapping(table.headers, sample, entity=entity)
    _skip_failed_rows_columns(mapping)
    exported = any(fold(header) == fold(ID_HEADER) for header in table.headers)
    _map_field_labels(mapping, entity, everything=exported)
    mapping.check()
    return mapping


def _map_field_labels(mapping: Mapping, entity: str, *, everything: bool) -> None:
    fields = {fold(spec.label): spec for spec in target_fields(entity)}
    if "satisfaction" in {spec.key for spec in fields.values()}:
        fields[fold("Satisfaction")] = next(s for s in fields.values() if s.key == "satisfaction")
    taken = {c.field for c in mapping.columns if c.action is Action.FIELD}
    for index, column in enumerate(mapping.columns):
        spec = fields.get(fold(column.header))
        if spec is None or column.field == spec.key or column.action is Action.SKIP:
            continue
        if not everything and column.source != "none":
            continue
        if spec.key in taken and not spec.multiple:
            continue
        mapping.columns[index] = replace(
            column, action=Action.FIELD, field=spec.key, custom_key=None, custom_type=None
        )
        taken.add(spec.key)


def _skip_failed_rows_columns(mapping: Mapping) -> None:
    """A failed-rows file (``write_failed_rows``) imports again without its two extra columns."""
    headers = [fold(c.header) for c in mapping.columns]
    if headers[-2:] != [fold(PROBLEM_HEADER), fold(ROW_HEADER)]:
        return
    for index in (-2, -1):
        column = mapping.columns[index]
        mapping.columns[index] = replace(
            column, action=Action.SKIP, field=None, custom_key=None, custom_type=None, source="user"
        )


def write_failed_rows(summary: ImportSummary, table: Table, path: str | os.PathLike[str]) -> int:
    """An xlsx of the rows that failed, as they were in the file, plus a "Problem" column (and
    the original row number), to fix and import again. Returns how many rows it holds."""
    from crmdesk.exchange.export.writers import XlsxBook

    reasons = summary.failed_rows
    from_csv = table.workbook.format is SourceFormat.CSV
    columns = [Column(h) for h in table.headers]
    columns += [Column(PROBLEM_HEADER), Column(ROW_HEADER, Kind.INTEGER)]

    def rows() -> Any:
        for row in table.rows():
            if row.number in reasons:
                values = [_cell(value, from_csv) for value in row.values]
                yield [*values, "; ".join(reasons[row.number]), row.number]

    book = XlsxBook(Path(path))
    try:
        count = book.sheet("Failed rows", columns, rows())
    finally:
        book.close()
    return count


def _cell(value: Any, from_csv: bool) -> Any:
    if from_csv and isinstance(value, str):
        return unguard_csv(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return value if hasattr(value, "year") or hasattr(value, "as_tuple") else str(value)
