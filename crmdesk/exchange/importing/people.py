"""Rows to contact and company drafts, validated with the services' own cleaners.

The values a draft holds are exactly what ``services.contacts`` / ``services.companies`` would
store for the same input: the same ``CLEANERS`` run on them, so an import and a form accept the
same things. A row's emails, phones and addresses come from one or several columns; columns
sharing a ``group`` ("E-mail 1 - Type" and "E-mail 1 - Value") make one labelled item.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import Any

from crmdesk.domain.enums import NameOrder
from crmdesk.domain.text import contains_cjk, fold
from crmdesk.domain.validation import check_birthday
from crmdesk.errors import ValidationError
from crmdesk.exchange.importing.addresses import AddressColumns
from crmdesk.exchange.importing.cells import CUSTOM, NOTE, ColumnSpec, Layout, Parsed
from crmdesk.exchange.importing.matching import folded
from crmdesk.exchange.importing.model import WARNING, Draft
from crmdesk.exchange.values import PartialDate, email_label, phone_label
from crmdesk.services import companies, contacts
from crmdesk.services.fields import Cleaner

BIRTHDAY_PARTS = ("birthday_year", "birthday_month", "birthday_day")
CONTACT_FIELDS = (
    "job_title", "department", "gender", "lifecycle", "lead_source", "lead_score",
    "marketing_consent", "consent_date", "personal_details",
)  # fmt: skip
COMPANY_FIELDS = ("legal_name", "industry", "size", "website", "tax_id", "lifecycle", "lead_source")
#: Contact fields a file may have that the contact record has no column for: custom fields.
CONTACT_UNMODELLED = frozenset({"website", "industry"})
CONSENT_SOURCE = "import"
TAG_LIMIT = 100


def contact_draft(parsed: Parsed, now: datetime) -> Draft | None:
    """The contact a row describes, or None when it cannot be one (problems added)."""
    shape = shape_of(parsed.layout)
    cells = parsed.cells
    draft = Draft()
    values = draft.values
    _names(cells, shape, values)
    _fields(cells, shape.contact_fields, values)
    _birthday(cells, shape, values)
    _notes(parsed, values)
    _channels(parsed, shape, draft)
    if not values.get("full_name"):
        fallback = _fallback_name(draft)
        if fallback is None:
            parsed.problem("", "A contact needs a name (or at least an email or a phone).")
            return None
        values["full_name"] = fallback
        parsed.problem("", "The row has no name: its email or phone is used as the name.", WARNING)
    if values.get("marketing_consent"):
        values.setdefault("consent_date", now)
        values.setdefault("consent_source", CONSENT_SOURCE)
    draft.company = _first(cells, shape.company)
    if not _clean(parsed, values, contacts.CLEANERS, _contact_cleaned):
        return None
    values["sort_name"] = _folded(values["full_name"])[:300]
    if not _check_birthday(parsed, values):
        return None
    return draft


def company_draft(parsed: Parsed) -> Draft | None:
    shape = shape_of(parsed.layout)
    draft = Draft()
    values = draft.values
    name = _first(parsed.cells, shape.name)
    if name is None:
        parsed.problem("", "A company needs a name.")
        return None
    values["name"] = name
    _fields(parsed.cells, shape.company_fields, values)
    _notes(parsed, values)
    _channels(parsed, shape, draft)
    if not _clean(parsed, values, companies.CLEANERS, None):
        return None
    values["sort_name"] = _folded(values["name"])[:300]
    return draft


_cjk = lru_cache(maxsize=1 << 16)(contains_cjk)
_email_label = lru_cache(maxsize=4096)(email_label)
_phone_label = lru_cache(maxsize=4096)(phone_label)
_fold = lru_cache(maxsize=1 << 14)(fold)  # tags and labels repeat
_folded = lru_cache(maxsize=1 << 16)(folded)  # names repeat down a file (sort names)
Labeller = Callable[[str | None, str | None], str | None]
Slots = tuple[int, ...]


class Shape:
    """Which slots feed which part of a draft, worked out once per import (every row has the
    same columns): a row reads its cells directly instead of asking ``Parsed`` for ~30
    targets. Text that ``read_cell`` moved (``Parsed.extra``) only ever goes to "region" or
    a "note:" target, so only the address and the notes look there."""

    def __init__(self, layout: Layout) -> None:
        slots = layout.slots
        self.full_name, self.given_name, self.family_name = (
            slots.get(key, ()) for key in ("full_name", "given_name", "family_name")
        )
        self.contact_fields = _present(slots, CONTACT_FIELDS)
        self.company_fields = _present(slots, COMPANY_FIELDS)
        self.birthday = slots.get("birthday", ())
        self.birthday_parts = _present(slots, BIRTHDAY_PARTS)
        self.company = slots.get("company", ())
        self.name = slots.get("name", ())
        self.emails = _labelled(layout, "email", _email_label, "work")
        self.email_labels = _specs(layout, "email_label")
        self.phones = _labelled(layout, "phone", _phone_label, "mobile")
        self.phone_labels = _specs(layout, "phone_label")
        self.addresses = AddressColumns(layout)
        self.tags = _specs(layout, "tags")
        self.custom = tuple((s, s.target.removeprefix(CUSTOM)) for s in layout.prefixed(CUSTOM))


def shape_of(layout: Layout) -> Shape:
    shape = layout.derived.get("people")
    if shape is None:
        shape = layout.derived["people"] = Shape(layout)
    assert isinstance(shape, Shape)
    return shape


def _present(slots: dict[str, Slots], names: tuple[str, ...]) -> tuple[tuple[str, Slots], ...]:
    return tuple((name, slots[name]) for name in names if name in slots)


def _specs(layout: Layout, target: str) -> tuple[ColumnSpec, ...]:
    return tuple(layout.specs[slot] for slot in layout.slots.get(target, ()))


def _labelled(
    layout: Layout, target: str, labeller: Labeller, default: str
) -> tuple[tuple[ColumnSpec, str], ...]:
    """Each column of ``target`` with its own label (used unless a label column of its group
    names one)."""
    return tuple(
        (spec, labeller(spec.label, None) or (spec.label or default)[:32])
        for spec in _specs(layout, target)
    )


def _first(cells: list[Any], slots: Slots) -> Any:
    for slot in slots:
        value = cells[slot]
        if value is not None:
            return value
    return None


def _fields(
    cells: list[Any], fields: tuple[tuple[str, Slots], ...], values: dict[str, Any]
) -> None:
    for name, slots in fields:
        value = _first(cells, slots)
        if value is not None:
            values[name] = value


_GIVEN_FIRST = NameOrder.GIVEN_FIRST.value
_FAMILY_FIRST = NameOrder.FAMILY_FIRST.value


def _names(cells: list[Any], shape: Shape, values: dict[str, Any]) -> None:
    full = _first(cells, shape.full_name)
    given = _first(cells, shape.given_name)
    family = _first(cells, shape.family_name)
    # compose_full_name's rule ("Given Family"; CJK family-first without a space), with the
    # CJK test cached: it is most of the cost of a row's names.
    given_cjk = bool(given) and _cjk(given)
    family_cjk = bool(family) and _cjk(family)
    cjk = given_cjk or family_cjk
    values["name_order"] = _FAMILY_FIRST if cjk else _GIVEN_FIRST
    if given:
        values["given_name"] = given
    if family:
        values["family_name"] = family
    if full:
        values["full_name"] = full
        return
    parts = [p for p in ((family, given) if cjk else (given, family)) if p]
    all_cjk = (given_cjk or not given) and (family_cjk or not family)
    values["full_name"] = ("" if parts and all_cjk else " ").join(parts) or None


def _fallback_name(draft: Draft) -> str | None:
    if draft.emails:
        return draft.emails[0][1]
    return draft.phones[0][1] if draft.phones else None


def _birthday(cells: list[Any], shape: Shape, values: dict[str, Any]) -> None:
    birthday = _first(cells, shape.birthday)
    if isinstance(birthday, PartialDate):
        values["birthday_year"] = birthday.year
        values["birthday_month"] = birthday.month
        values["birthday_day"] = birthday.day
    _fields(cells, shape.birthday_parts, values)


def _notes(parsed: Parsed, values: dict[str, Any]) -> None:
    notes = notes_of(parsed)
    if notes:
        values["notes"] = notes


def notes_of(parsed: Parsed, field: str = "notes") -> str | None:
    """Text of every ``field`` column, then "Header: value" lines of unmapped columns of
    records that have no custom fields (orders, deals, tickets)."""
    parts = [str(value) for _, value in parsed.all(field)]
    if parsed.extra is not None or parsed.layout.prefixed(NOTE):
        for cells in parsed.with_prefix(NOTE).values():
            parts.extend(f"{spec.header}: {value}" for spec, value in cells)
    return "\n\n".join(parts) if parts else None


def custom_values(cells: list[Any], shape: Shape) -> dict[str, Any]:
    """Custom field key -> value; the first column with a value wins."""
    found: dict[str, Any] = {}
    for spec, key in shape.custom:
        value = cells[spec.slot]
        if value is not None:
            found.setdefault(key, value)
    return found


def _channels(parsed: Parsed, shape: Shape, draft: Draft) -> None:
    cells = parsed.cells
    labels = _group_labels(cells, shape.email_labels, _email_label)
    emails = draft.emails
    for spec, label in shape.emails:
        value = cells[spec.slot]
        if value is None:
            continue
        if labels and spec.group is not None and spec.group in labels:
            label = labels[spec.group]
        if isinstance(value, list):
            emails += [(label, email) for email in value]
        else:
            emails.append((label, value))
    labels = _group_labels(cells, shape.phone_labels, _phone_label)
    for spec, label in shape.phones:
        value = cells[spec.slot]
        if value is None:
            continue
        if labels and spec.group is not None and spec.group in labels:
            label = labels[spec.group]
        raw, e164 = value
        draft.phones.append((label, raw, e164))
    draft.addresses = shape.addresses.read(parsed)
    draft.tags = _tags(parsed, shape)
    draft.custom = custom_values(cells, shape)


def _group_labels(
    cells: list[Any], specs: tuple[ColumnSpec, ...], labeller: Labeller
) -> dict[str | None, str]:
    """Group -> the label its label column names ("E-mail 1 - Type": "* Work")."""
    labels: dict[str | None, str] = {}
    for spec in specs:
        text = cells[spec.slot]
        if text is not None:
            labels[spec.group] = labeller(text, None) or _fold(str(text))[:32]
    return labels


def _tags(parsed: Parsed, shape: Shape) -> list[str]:
    seen: set[str] = set()
    tags: list[str] = []
    cells = parsed.cells
    for spec in shape.tags:
        group = cells[spec.slot]
        if group is None:
            continue
        for tag in group:
            if len(tag) > TAG_LIMIT:
                parsed.problem(spec.header, f"A tag is longer than {TAG_LIMIT} characters.")
            else:
                key = _fold(tag)
                if key not in seen:
                    seen.add(key)
                    tags.append(tag)
    return tags


def _clean(
    parsed: Parsed,
    values: dict[str, Any],
    cleaners: dict[str, Cleaner],
    cached: Callable[[str, Any], Any] | None,
) -> bool:
    """Run the service's cleaner on every value (through ``cached`` for the ``REPEATING``
    fields); a failure is a problem on its column."""
    ok = True
    for name, value in values.items():  # only existing keys change: iterating is safe
        try:
            if cached is not None and name in REPEATING:
                values[name] = cached(name, value)
            else:
                values[name] = cleaners[name](value, name)
        except ValidationError as error:
            parsed.problem(_header(parsed, name), error.message)
            ok = False
    return ok


#: Contact fields whose few distinct values repeat down a file: cleaned once per value.
REPEATING = frozenset(
    {
        "name_order", "gender", "lifecycle", "lead_source", "lead_score", "marketing_consent",
        "consent_source", "birthday_year", "birthday_month", "birthday_day", "department",
        "job_title", "given_name", "family_name",
    }
)  # fmt: skip


@lru_cache(maxsize=1 << 15)
def _contact_cleaned(name: str, value: Any) -> Any:
    return contacts.CLEANERS[name](value, name)


def _header(parsed: Parsed, name: str) -> str:
    source = {"birthday_year": "birthday", "birthday_month": "birthday", "birthday_day": "birthday"}
    for key in (name, source.get(name, name), "given_name" if name == "full_name" else name):
        cells = parsed.all(key)
        if cells:
            return cells[0][0].header
    return ""


def _check_birthday(parsed: Parsed, values: dict[str, Any]) -> bool:
    try:
        check_birthday(
            values.get("birthday_year"), values.get("birthday_month"), values.get("birthday_day")
        )
    except ValidationError as error:
        parsed.problem(_header(parsed, "birthday_day"), error.message)
        return False
    return True
