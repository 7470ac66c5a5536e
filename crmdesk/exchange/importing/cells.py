"""Cells to field values for one row, with a problem per cell that cannot be read.

Each mapped column becomes a ``ColumnSpec``; ``read_cell`` parses one cell with the
``exchange.values`` parsers (``rows`` reads whole rows). Date cells are kept raw (``Parsed.dates``)
until their column's order (day-first or month-first) is known: it is decided by all its values.
Phones are lenient: a number that cannot be normalised is kept as typed, without E.164, and
reported as a warning; parsing is cached per (text, region), since phonenumbers is slow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from sys import intern
from typing import Any

from crmdesk.domain.enums import CustomFieldType
from crmdesk.domain.validation import clean_text, normalize_email
from crmdesk.errors import ValidationError
from crmdesk.exchange.fields import target_field
from crmdesk.exchange.importing.model import ERROR, WARNING, CustomColumn, Problem
from crmdesk.exchange.importing.phones import PhoneProblem, phone
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
_PLAIN = frozenset({ValueKind.TEXT, ValueKind.URL, ValueKind.LABEL})
_EMAIL_MARKS = re.compile(r"[\s,;،<>]|mailto:", re.IGNORECASE)
_EMAIL_SEPARATORS = re.compile(r"[\s,;،<>]")  # the marks but "mailto:", which has a colon
#: Fields with a fixed vocabulary: an unknown word goes to the notes instead of failing the row.
CHOICES = frozenset(
    {
        ValueKind.LIFECYCLE, ValueKind.GENDER, ValueKind.ORDER_STATUS, ValueKind.TICKET_STATUS,
        ValueKind.PRIORITY, ValueKind.TICKET_CATEGORY, ValueKind.CHANNEL,
    }
)  # fmt: skip
COUNTRY_TEXT_LIMIT = 60
INTERNED = 40  # plain texts up to this length are interned
_CUSTOM_KINDS = {
    CustomFieldType.NUMBER: ValueKind.DECIMAL,
    CustomFieldType.DATE: ValueKind.DATE,
    CustomFieldType.BOOLEAN: ValueKind.BOOLEAN,
}


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One mapped column: ``target`` is a field key, "custom:<key>" or "note:<header>";
    ``slot`` is its place in ``Parsed.cells``."""

    index: int
    header: str
    target: str
    kind: ValueKind
    label: str | None = None
    group: str | None = None
    max_length: int | None = None
    multiple: bool = False
    choices: tuple[str, ...] = ()
    slot: int = 0
    plain: bool = False  # text stored as it is (stripped, length-checked): the fast path

    @property
    def dated(self) -> bool:
        return self.kind in DATED


class Layout:
    """The specs of an import and, per target, the slots that feed it."""

    def __init__(self, specs: list[ColumnSpec]) -> None:
        self.specs = [
            replace(spec, slot=slot, plain=_is_plain(spec)) for slot, spec in enumerate(specs)
        ]
        slots: dict[str, list[int]] = {}
        for spec in self.specs:
            slots.setdefault(spec.target, []).append(spec.slot)
        self.slots = {target: tuple(found) for target, found in slots.items()}
        self._prefixed: dict[str, tuple[ColumnSpec, ...]] = {}
        #: What other modules work out once per layout (``people.Shape``), by their name.
        self.derived: dict[str, Any] = {}

    def prefixed(self, prefix: str) -> tuple[ColumnSpec, ...]:
        """The specs whose target starts with ``prefix``, in order (asked for every row)."""
        found = self._prefixed.get(prefix)
        if found is None:
            found = tuple(s for s in self.specs if s.target.startswith(prefix))
            self._prefixed[prefix] = found
        return found


def _is_plain(spec: ColumnSpec) -> bool:
    return spec.kind in _PLAIN and not spec.choices and not spec.target.startswith(CUSTOM)


class Parsed:
    """One row's values, a slot per column (compact: a plan holds every row of the file).

    ``dates`` are date cells waiting for their column's order; ``extra`` holds values moved to
    another target (an unknown country to the region, an unknown word to the notes)."""

    __slots__ = ("cells", "dates", "extra", "layout", "problems", "row")

    def __init__(self, row: int, layout: Layout) -> None:
        self.row = row
        self.layout = layout
        self.cells: list[Any] = [None] * len(layout.specs)
        self.dates: list[tuple[ColumnSpec, CellValue]] | None = None
        self.extra: list[tuple[str, ColumnSpec, Any]] | None = None
        self.problems: list[Problem] = []

    def add(self, target: str, spec: ColumnSpec, value: Any) -> None:
        if self.extra is None:
            self.extra = []
        self.extra.append((target, spec, value))

    def first(self, target: str) -> Any:
        slots = self.layout.slots.get(target)
        if slots is not None:
            cells = self.cells
            for slot in slots:
                value = cells[slot]
                if value is not None:
                    return value
        if self.extra:
            for name, _spec, value in self.extra:
                if name == target:
                    return value
        return None

    def all(self, target: str) -> list[tuple[ColumnSpec, Any]]:
        slots = self.layout.slots.get(target)
        found: list[tuple[ColumnSpec, Any]] = []
        if slots is not None:
            specs, cells = self.layout.specs, self.cells
            found = [(specs[s], cells[s]) for s in slots if cells[s] is not None]
        if self.extra:
            found += [(spec, value) for name, spec, value in self.extra if name == target]
        return found

    def with_prefix(self, prefix: str) -> dict[str, list[tuple[ColumnSpec, Any]]]:
        """target -> values, for targets starting with ``prefix`` ("custom:", "note:")."""
        found: dict[str, list[tuple[ColumnSpec, Any]]] = {}
        cells = self.cells
        for spec in self.layout.prefixed(prefix):
            value = cells[spec.slot]
            if value is not None:
                found.setdefault(spec.target, []).append((spec, value))
        for name, spec, value in self.extra or ():
            if name.startswith(prefix):
                found.setdefault(name, []).append((spec, value))
        return found

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


@dataclass(frozen=True, slots=True)
class Outcome:
    """A cell that says more than its value: a problem (``message``), and possibly text moved
    to another target (``moved``: an unknown country to the region, a word to the notes)."""

    value: Any
    message: str
    severity: str = ERROR
    moved: tuple[str, str] | None = None  # (target, text)


def read_cell(spec: ColumnSpec, cell: CellValue, options: ValueOptions) -> Any:
    """What a (not empty, not date) cell becomes: its value, None for nothing, or an
    ``Outcome``. Depends on nothing but its arguments, so equal cells may share it."""
    if spec.plain and type(cell) is str:  # most cells: text that needs only a strip
        text = cell.strip()
        if text and (spec.max_length is None or len(text) <= spec.max_length):
            # Short texts (names, cities, job titles) repeat down a file: one copy each.
            return intern(text) if len(text) <= INTERNED else text
    try:
        value = _parse(spec, cell, options)
    except ValidationError as error:
        if spec.kind is ValueKind.COUNTRY:
            return _unknown_country(spec, cell, error.message)
        if spec.kind in CHOICES:
            return _unknown_choice(spec, cell, error.message)
        return Outcome(None, error.message)
    if isinstance(value, PhoneProblem):
        return Outcome(value.phone, value.message, WARNING)
    return None if value == [] else value


def _unknown_country(spec: ColumnSpec, cell: CellValue, message: str) -> Outcome | None:
    """A country we cannot code (ISO 3166) is kept as text in the address's region."""
    text = cell_text(cell)
    if text is None:
        return None
    if len(text) > COUNTRY_TEXT_LIMIT:
        return Outcome(None, message)
    return Outcome(
        None, message + " It is kept in the region of the address.", WARNING, ("region", text)
    )


def _unknown_choice(spec: ColumnSpec, cell: CellValue, message: str) -> Outcome | None:
    """A word outside a fixed vocabulary (HubSpot's lifecycle "Other") does not fail the row:
    the field stays empty and the text goes to the notes as "Header: value"."""
    text = cell_text(cell)
    if text is None:
        return None
    return Outcome(None, message + " It is kept in the notes.", WARNING, (NOTE + spec.header, text))


def read_date(spec: ColumnSpec, cell: CellValue, options: ValueOptions) -> Any:
    """A date cell's value, or an ``Outcome`` with its problem, once its column's order is in
    ``options``."""
    try:
        value = parse_value(spec.kind, cell, options=options, field=spec.target)
    except ValidationError as error:
        return Outcome(None, error.message)
    if value is not None and spec.target.startswith(CUSTOM):
        value = value.isoformat() if hasattr(value, "isoformat") else value
    return value


@lru_cache(maxsize=64)
def with_order(options: ValueOptions, order: DateOrder | None) -> ValueOptions:
    return ValueOptions(
        region=options.region,
        date_order=order,
        decimal_separator=options.decimal_separator,
        date1904=options.date1904,
        default_currency=options.default_currency,
    )


def _parse(spec: ColumnSpec, cell: CellValue, options: ValueOptions) -> Any:
    kind = spec.kind
    if kind is ValueKind.TEXT or kind is ValueKind.URL or kind is ValueKind.LABEL:
        return _text(spec, cell)
    if kind is ValueKind.PHONE:
        text = cell_text(cell)
        return None if text is None else phone(text, options.region, spec.header)
    if kind is ValueKind.EMAIL:
        emails = _emails(cell, spec.target)
        return emails if spec.multiple else _one_email(emails, cell, spec)
    if kind is ValueKind.TAGS:
        text = cell_text(cell)
        return _tags(text) if text else None
    if kind is ValueKind.COUNTRY or kind in CHOICES:
        text = cell_text(cell)
        return None if text is None else _vocabulary(kind, text, spec.target)
    if spec.target.startswith(CUSTOM):
        return _custom(spec, cell, options)
    return parse_value(kind, cell, options=options, field=spec.target)


@lru_cache(maxsize=1 << 14)
def _tags(text: str) -> tuple[str, ...]:
    return tuple(split_tags(text))


@lru_cache(maxsize=1 << 14)
def _vocabulary(kind: ValueKind, text: str, target: str) -> object:
    """Countries and choices repeat down a column: each distinct text is read once."""
    return parse_value(kind, text, field=target)


def _emails(cell: CellValue, target: str) -> list[str]:
    """``parse_emails``, with the common one-plain-address cell checked directly."""
    if (
        isinstance(cell, str)
        and cell.count("@") == 1
        and not _EMAIL_SEPARATORS.search(cell)
        and (":" not in cell or not _EMAIL_MARKS.search(cell))
    ):
        text = cell.strip()
        return [normalize_email(text, field=target)] if text else []
    return parse_emails(cell, field=target)


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
