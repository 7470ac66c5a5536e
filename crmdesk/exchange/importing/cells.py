"""Cells to field values for one row, with a problem per cell that cannot be read.

Each mapped column becomes a ``ColumnSpec``; ``read_row`` parses a row's cells with the
``exchange.values`` parsers. Date cells are kept raw (``Parsed.dates``) until the whole file has
been seen, because a column's order (day-first or month-first) is decided by all its values.
Phones are lenient: a number that cannot be normalised is kept as typed, without E.164, and
reported as a warning; parsing is cached per (text, region), since phonenumbers is slow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from crmdesk.domain.enums import CustomFieldType
from crmdesk.domain.phones import normalize_phone
from crmdesk.domain.validation import clean_text
from crmdesk.errors import ValidationError
from crmdesk.exchange.fields import target_field
from crmdesk.exchange.formulas import unguard_csv
from crmdesk.exchange.importing.model import ERROR, WARNING, CustomColumn, Problem
from crmdesk.exchange.layout import Row
from crmdesk.exchange.mapping import Action, ColumnMapping, Mapping
from crmdesk.exchange.source import CellValue
from crmdesk.exchange.values import (
    DateOrder,
    ValueKind,
    ValueOptions,
    cell_text,
    parse_bool,
    parse_decimal,
    parse_emails,
    parse_value,
    split_tags,
)
from crmdesk.services.custom_fields import FieldDef, field_key

DATED = frozenset({ValueKind.DATE, ValueKind.DATETIME, ValueKind.BIRTHDAY})
CUSTOM = "custom:"
NOTE = "note:"  # unmapped columns of records without custom fields: "Header: value" in notes
CUSTOM_TEXT_LIMIT = 32767
K_TEXT = ValueKind.TEXT
COUNTRY_TEXT_LIMIT = 60
_CUSTOM_KINDS = {
    CustomFieldType.NUMBER: ValueKind.DECIMAL,
    CustomFieldType.DATE: ValueKind.DATE,
    CustomFieldType.BOOLEAN: ValueKind.BOOLEAN,
}


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One mapped column: ``target`` is a field key, "custom:<key>" or "note:<header>"."""

    index: int
    header: str
    target: str
    kind: ValueKind
    label: str | None = None
    group: str | None = None
    max_length: int | None = None
    multiple: bool = False
    choices: tuple[str, ...] = ()

    @property
    def dated(self) -> bool:
        return self.kind in DATED


@dataclass(slots=True)
class Parsed:
    """A row's values: target -> [(column, value), ...]; ``dates`` wait for their order."""

    row: int
    values: dict[str, list[tuple[ColumnSpec, Any]]] = field(default_factory=dict)
    dates: list[tuple[ColumnSpec, CellValue]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def add(self, spec: ColumnSpec, value: Any) -> None:
        self.values.setdefault(spec.target, []).append((spec, value))

    def first(self, target: str) -> Any:
        found = self.values.get(target)
        return found[0][1] if found else None

    def all(self, target: str) -> list[tuple[ColumnSpec, Any]]:
        return self.values.get(target, [])

    def problem(self, column: str, message: str, severity: str = ERROR) -> None:
        self.problems.append(Problem(self.row, column, message, severity))


def column_specs(
    mapping: Mapping,
    *,
    entity: str,
    custom: dict[str, CustomColumn] | None,
    defs: dict[str, FieldDef] | None = None,
    unmodelled: frozenset[str] = frozenset(),
) -> list[ColumnSpec]:
    """Specs for every imported column. ``custom`` (field key -> column) collects the custom
    fields the import fills, typed like an existing definition in ``defs`` (by key) when there
    is one; None means the entity has none, and unmapped columns go to its notes.
    ``unmodelled`` fields (a contact's website) become custom fields named after the field."""
    specs: list[ColumnSpec] = []
    for column in mapping.columns:
        if column.action is Action.SKIP:
            continue
        if column.action is Action.FIELD and column.field and column.field not in unmodelled:
            specs.append(_field_column(column, entity))
        elif custom is None:
            specs.append(ColumnSpec(column.column, column.header, NOTE + column.header, K_TEXT))
        else:
            specs.append(_custom_column(column, entity, custom, defs or {}))
    return specs


def _field_column(column: ColumnMapping, entity: str) -> ColumnSpec:
    spec = target_field(entity, column.field or "")
    return ColumnSpec(
        index=column.column,
        header=column.header,
        target=spec.key,
        kind=spec.kind,
        label=column.label,
        group=column.group,
        max_length=spec.max_length,
        multiple=spec.multiple,
    )


def _custom_column(
    column: ColumnMapping, entity: str, custom: dict[str, CustomColumn], defs: dict[str, FieldDef]
) -> ColumnSpec:
    if column.action is Action.FIELD and column.field:
        label, kind = target_field(entity, column.field).label, CustomFieldType.TEXT
    else:
        label, kind = column.header, column.custom_type or CustomFieldType.TEXT
    key = field_key(label)
    existing = defs.get(key)
    choices: tuple[str, ...] = ()
    if existing is not None:
        label, kind, choices = existing.label, CustomFieldType(existing.type), existing.choices
    entry = custom.setdefault(key, CustomColumn(key, label, str(kind)))
    value_kind = _CUSTOM_KINDS.get(CustomFieldType(entry.type), ValueKind.TEXT)
    return ColumnSpec(column.column, column.header, CUSTOM + key, value_kind, choices=choices)


def read_row(row: Row, specs: list[ColumnSpec], options: ValueOptions, *, from_csv: bool) -> Parsed:
    """Parse the mapped cells of ``row``; date cells are only collected."""
    parsed = Parsed(row.number)
    values = row.values
    for spec in specs:
        cell = values[spec.index] if spec.index < len(values) else None
        if cell is None:
            continue
        if from_csv and isinstance(cell, str):
            cell = unguard_csv(cell)
        if spec.dated:
            parsed.dates.append((spec, cell))
            continue
        try:
            value = _parse(spec, cell, options)
        except ValidationError as error:
            if spec.kind is ValueKind.COUNTRY:
                _unknown_country(parsed, spec, cell, error.message)
            else:
                parsed.problem(spec.header, error.message)
            continue
        if isinstance(value, PhoneProblem):
            parsed.problem(spec.header, value.message, WARNING)
            value = value.phone
        if value is not None and value != []:
            parsed.add(spec, value)
    return parsed


def _unknown_country(parsed: Parsed, spec: ColumnSpec, cell: CellValue, message: str) -> None:
    """A country we cannot code (ISO 3166) is kept as text in the address's region."""
    text = cell_text(cell)
    if text is None:
        return
    if len(text) > COUNTRY_TEXT_LIMIT:
        parsed.problem(spec.header, message)
        return
    parsed.problem(spec.header, message + " It is kept in the region of the address.", WARNING)
    parsed.values.setdefault("region", []).append((spec, text))


def read_dates(parsed: Parsed, orders: dict[int, DateOrder], options: ValueOptions) -> None:
    """Parse the row's date cells now that each column's order is known."""
    for spec, cell in parsed.dates:
        order = orders.get(spec.index)
        try:
            value = parse_value(
                spec.kind, cell, options=_with_order(options, order), field=spec.target
            )
        except ValidationError as error:
            parsed.problem(spec.header, error.message)
            continue
        if value is not None and spec.target.startswith(CUSTOM):
            value = value.isoformat() if hasattr(value, "isoformat") else value
        if value is not None:
            parsed.add(spec, value)
    parsed.dates = []


@lru_cache(maxsize=64)
def _with_order(options: ValueOptions, order: DateOrder | None) -> ValueOptions:
    return ValueOptions(
        region=options.region,
        date_order=order,
        decimal_separator=options.decimal_separator,
        date1904=options.date1904,
        default_currency=options.default_currency,
    )


@dataclass(frozen=True, slots=True)
class PhoneProblem:
    """A phone kept as typed (no E.164), with the reason."""

    phone: tuple[str, str | None]
    message: str


def _parse(spec: ColumnSpec, cell: CellValue, options: ValueOptions) -> Any:
    kind = spec.kind
    if kind is ValueKind.TEXT or kind is ValueKind.URL or kind is ValueKind.LABEL:
        return _text(spec, cell)
    if kind is ValueKind.PHONE:
        text = cell_text(cell)
        return None if text is None else phone(text, options.region, spec.header)
    if kind is ValueKind.EMAIL:
        emails = parse_emails(cell, field=spec.target)
        return emails if spec.multiple else _one_email(emails, cell, spec)
    if kind is ValueKind.TAGS:
        return split_tags(cell)
    if spec.target.startswith(CUSTOM):
        return _custom(spec, cell, options)
    return parse_value(kind, cell, options=options, field=spec.target)


def _one_email(emails: list[str], cell: CellValue, spec: ColumnSpec) -> str | None:
    if len(emails) > 1:
        raise ValidationError(f"“{cell_text(cell)}” holds more than one email address.")
    return emails[0] if emails else None


def _text(spec: ColumnSpec, cell: CellValue) -> str | None:
    text = cell_text(cell)
    limit = spec.max_length or (CUSTOM_TEXT_LIMIT if spec.target.startswith(CUSTOM) else None)
    if text is not None and limit is not None and len(text) > limit:
        clean_text(text, field=spec.header, max_length=limit)  # raises the standard sentence
    if text is not None and spec.choices and text not in spec.choices:
        raise ValidationError(f"“{text}” is not one of: {', '.join(spec.choices)}.")
    return text


def _custom(spec: ColumnSpec, cell: CellValue, options: ValueOptions) -> Any:
    if spec.kind is ValueKind.DECIMAL:
        number = parse_decimal(cell, decimal_separator=options.decimal_separator)
        return None if number is None else float(number)
    if spec.kind is ValueKind.BOOLEAN:
        return parse_bool(cell)
    return _text(spec, cell)


def phone(text: str, region: str | None, header: str) -> tuple[str, str | None] | PhoneProblem:
    """(raw, e164) of a phone; a ``PhoneProblem`` keeps it raw when it cannot be normalised."""
    if len(text) > 64:
        clean_text(text, field=header, max_length=64)
    e164, message = _normalised(text, region)
    if message is not None:
        hint = "" if region else " (With a default region, national numbers can be read.)"
        return PhoneProblem((text, None), f"{message} It is kept as typed.{hint}")
    return text, e164


@lru_cache(maxsize=1 << 17)
def _normalised(text: str, region: str | None) -> tuple[str | None, str | None]:
    try:
        return normalize_phone(text, region=region).e164, None
    except ValidationError as error:
        return None, error.message
