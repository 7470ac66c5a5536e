"""Which column feeds which field: the mapping, its guess, and its JSON form.

Every column of the table appears in a ``Mapping`` exactly once, as a field, a custom field or
(only by the user's choice) skipped: nothing is dropped silently. ``guess_mapping`` decides from
the header (synonyms, CRM export conventions) and, for headers it does not know, from the values
(emails, phones, web addresses, dates). A mapping saved as JSON (``--mapping MAP.json``) is
matched to a new file by header text, so it survives reordered columns.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any

from crmdesk.domain.enums import CustomFieldType
from crmdesk.domain.text import fold
from crmdesk.errors import ValidationError
from crmdesk.exchange.fields import target_field, target_fields
from crmdesk.exchange.guess import guess_column, guess_from_values, infer_custom_type
from crmdesk.exchange.source import CellValue
from crmdesk.exchange.values import (
    DateOrder,
    ValueKind,
    detect_date_order,
    detect_decimal_separator,
)

FORMAT_VERSION = 1


class Action(StrEnum):
    FIELD = "field"  # feeds ``ColumnMapping.field``
    CUSTOM = "custom"  # becomes the custom field ``custom_key``
    SKIP = "skip"  # not imported: only ever set by the user


@dataclass
class ColumnMapping:
    """What one column (``column`` = index in ``Table.headers``) becomes.

    ``label`` is the phone/email/address label the header implies ("Mobile Phone" -> "mobile");
    ``group`` ties columns of one item together ("E-mail 1 - Type" with "E-mail 1 - Value",
    "Home City" with "Home Street"). ``source`` says who decided: "header", "values", "user",
    or "none" (nothing recognised: a custom field). ``has_values`` is False when the sampled
    rows had nothing in the column; create custom fields only for values that arrive.
    """

    column: int
    header: str
    action: Action
    field: str | None = None
    label: str | None = None
    group: str | None = None
    custom_key: str | None = None
    custom_type: CustomFieldType | None = None
    source: str = "header"
    has_values: bool = True


@dataclass
class Mapping:
    """The mapping of a table's columns for one entity, plus choices that apply to all cells.

    ``date_order``/``decimal_separator`` are set when the sample decided them; ``ambiguous_dates``
    lists date columns (indexes) where it could not, so the caller must ask (the CLI needs
    ``--date-order``). ``missing`` lists headers of a saved mapping not found in this file.
    """

    entity: str
    columns: list[ColumnMapping]
    date_order: DateOrder | None = None
    decimal_separator: str | None = None
    ambiguous_dates: list[int] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def for_field(self, key: str) -> list[ColumnMapping]:
        return [c for c in self.columns if c.action is Action.FIELD and c.field == key]

    @property
    def mapped_fields(self) -> set[str]:
        return {c.field for c in self.columns if c.action is Action.FIELD and c.field}

    @property
    def custom_columns(self) -> list[ColumnMapping]:
        return [c for c in self.columns if c.action is Action.CUSTOM]

    @property
    def skipped_columns(self) -> list[ColumnMapping]:
        return [c for c in self.columns if c.action is Action.SKIP]

    def check(self) -> None:
        """ValidationError when a field is unknown or a one-column field has two columns."""
        seen: dict[str, str] = {}
        for column in self.columns:
            if column.action is not Action.FIELD:
                continue
            if column.field is None:
                raise ValidationError(f"Column “{column.header}” is mapped to no field.")
            spec = target_field(self.entity, column.field)
            if not spec.multiple and column.field in seen:
                raise ValidationError(
                    f"“{spec.label}” can come from one column only, not from both "
                    f"“{seen[column.field]}” and “{column.header}”.",
                    field=column.field,
                )
            seen[column.field] = column.header

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["version"] = FORMAT_VERSION
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    @classmethod
    def from_dict(cls, data: Any) -> Mapping:
        """A mapping from its ``to_dict`` form; ValidationError with a sentence if malformed."""
        try:
            columns = [_column_from_dict(item) for item in data["columns"]]
            mapping = cls(
                entity=str(data["entity"]),
                columns=columns,
                date_order=DateOrder(data["date_order"]) if data.get("date_order") else None,
                decimal_separator=data.get("decimal_separator") or None,
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ValidationError(f"The mapping is not valid ({error}).") from None
        target_fields(mapping.entity)
        mapping.check()
        return mapping

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValidationError(f"The mapping file is not valid JSON ({error.msg}).") from None
        return cls.from_dict(data)


def _column_from_dict(item: dict[str, Any]) -> ColumnMapping:
    custom_type = item.get("custom_type")
    return ColumnMapping(
        column=int(item.get("column", -1)),
        header=str(item["header"]),
        action=Action(item["action"]),
        field=item.get("field"),
        label=item.get("label"),
        group=item.get("group"),
        custom_key=item.get("custom_key"),
        custom_type=CustomFieldType(custom_type) if custom_type else None,
        source=str(item.get("source", "user")),
        has_values=bool(item.get("has_values", True)),
    )


def _values(rows: Sequence[Sequence[CellValue]], index: int) -> list[CellValue]:
    return [row[index] for row in rows if index < len(row) and row[index] is not None]


def guess_mapping(
    headers: Sequence[str], rows: Sequence[Sequence[CellValue]], *, entity: str = "contacts"
) -> Mapping:
    """The best guess for ``headers`` given sample ``rows`` (``Row.values`` of ``Table.sample``)."""
    fields = {spec.key: spec for spec in target_fields(entity)}
    columns: list[ColumnMapping] = []
    scores: list[float] = []
    for index, header in enumerate(headers):
        guess = guess_column(header, entity, fields)
        column = ColumnMapping(index, header, Action.CUSTOM, source="none")
        if guess is not None:
            column = replace(column, action=Action.FIELD, field=guess.field, label=guess.label)
            column.group, column.source = guess.group, "header"
        columns.append(column)
        scores.append(guess.score if guess else 0.0)
    _resolve_conflicts(columns, scores, fields)
    _guess_by_values(columns, rows, entity, fields)
    _finish_custom(columns, rows)
    mapping = Mapping(entity=entity, columns=columns)
    _decide_formats(mapping, rows, fields)
    return mapping


def _resolve_conflicts(
    columns: list[ColumnMapping], scores: list[float], fields: dict[str, Any]
) -> None:
    """A one-column field claimed twice keeps the best-scored column; the other becomes custom."""
    best: dict[str, int] = {}
    for index, column in enumerate(columns):
        if (
            column.action is not Action.FIELD
            or column.field is None
            or fields[column.field].multiple
        ):
            continue
        holder = best.get(column.field)
        if holder is None or scores[index] > scores[holder]:
            if holder is not None:
                _demote(columns[holder])
            best[column.field] = index
        else:
            _demote(column)


def _demote(column: ColumnMapping) -> None:
    column.action, column.field, column.label, column.group = Action.CUSTOM, None, None, None


def _guess_by_values(
    columns: list[ColumnMapping],
    rows: Sequence[Sequence[CellValue]],
    entity: str,
    fields: dict[str, Any],
) -> None:
    taken = {c.field for c in columns if c.action is Action.FIELD}
    for column in columns:
        if column.source != "none":
            continue
        key = guess_from_values(_values(rows, column.column), entity, column.header)
        if key is None or key not in fields or (key in taken and not fields[key].multiple):
            continue
        column.action, column.field, column.source = Action.FIELD, key, "values"
        taken.add(key)


def _finish_custom(columns: list[ColumnMapping], rows: Sequence[Sequence[CellValue]]) -> None:
    used: set[str] = set()
    for column in columns:
        values = _values(rows, column.column)
        column.has_values = bool(values)
        if column.action is not Action.CUSTOM:
            continue
        column.custom_key = custom_key(column.header, used)
        column.custom_type = infer_custom_type(values)


def custom_key(header: str, used: set[str]) -> str:
    """A stable key for a custom field from its header: folded words joined by "_", unique."""
    words = "".join(ch if ch.isalnum() else " " for ch in fold(header)).split()
    base = "_".join(words)[:60] or "column"
    key, number = base, 2
    while key in used:
        key, number = f"{base}_{number}", number + 1
    used.add(key)
    return key


def _decide_formats(
    mapping: Mapping, rows: Sequence[Sequence[CellValue]], fields: dict[str, Any]
) -> None:
    dated = (ValueKind.DATE, ValueKind.DATETIME, ValueKind.BIRTHDAY)
    numeric = (ValueKind.MONEY, ValueKind.DECIMAL)
    orders: set[DateOrder] = set()
    separators: set[str] = set()
    for column in mapping.columns:
        kind = fields[column.field].kind if column.field in fields else None
        if column.action is Action.FIELD and kind in dated:
            verdict = detect_date_order(_values(rows, column.column))
            if verdict.ambiguous:
                mapping.ambiguous_dates.append(column.column)
            elif verdict.order is not None:
                orders.add(verdict.order)
        if column.action is Action.FIELD and kind in numeric:
            number_format = detect_decimal_separator(_values(rows, column.column))
            if number_format.decimal_separator and not number_format.ambiguous:
                separators.add(number_format.decimal_separator)
    mapping.date_order = orders.pop() if len(orders) == 1 else None
    mapping.decimal_separator = separators.pop() if len(separators) == 1 else None


def adapt_mapping(
    saved: Mapping, headers: Sequence[str], rows: Sequence[Sequence[CellValue]]
) -> Mapping:
    """Apply a saved mapping to a (possibly different) file: columns are matched by header
    (folded), new columns are guessed, saved headers not in the file are listed in ``missing``."""
    fresh = guess_mapping(headers, rows, entity=saved.entity)
    by_header: dict[str, ColumnMapping] = {}
    for column in saved.columns:
        by_header.setdefault(fold(column.header), column)
    found: set[str] = set()
    columns: list[ColumnMapping] = []
    for guessed in fresh.columns:
        key = fold(guessed.header)
        stored = by_header.get(key)
        if stored is None:
            columns.append(guessed)
            continue
        found.add(key)
        columns.append(replace(stored, column=guessed.column, header=guessed.header, source="user",
                               has_values=guessed.has_values))  # fmt: skip
    mapping = Mapping(
        entity=saved.entity,
        columns=columns,
        date_order=saved.date_order or fresh.date_order,
        decimal_separator=saved.decimal_separator or fresh.decimal_separator,
        ambiguous_dates=[] if saved.date_order else fresh.ambiguous_dates,
        missing=[c.header for c in saved.columns if fold(c.header) not in found],
    )
    mapping.check()
    return mapping
