"""Guessing one column: from its header first, from its values when the header says nothing.

Header rules, strongest first: numbered export families ("E-mail 2 - Value", "Address 1 -
City", Google Contacts), exact synonyms (``synonyms.EXACT``), a label word plus a field word
("Work Phone", "Home City", "BILLINGSTREET"), and last a word the header contains. A longer
header that matches beats a shorter one ("Job Title" over Outlook's "Title").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from crmdesk.domain.enums import CustomFieldType
from crmdesk.domain.text import fold
from crmdesk.errors import ValidationError
from crmdesk.exchange.source import CellValue
from crmdesk.exchange.synonyms import (
    ENTITY_ALIASES,
    LABEL_WORDS,
    compact,
    contains_rules,
    exact_index,
    labelled_index,
    spaced,
)
from crmdesk.exchange.values import (
    DateOrder,
    email_label,
    parse_bool,
    parse_date,
    parse_decimal,
    phone_label,
)
from crmdesk.exchange.values.contact import parse_email

_FAMILY = re.compile(
    r"^(e-?mail|phone|address|organi[sz]ation|website|relation|event|im)\s*(\d+)\s*-\s*(.+)$"
)
_FAMILY_PARTS: dict[str, dict[str, str]] = {
    "email": {"value": "email", "type": "email_label"},
    "phone": {"value": "phone", "type": "phone_label"},
    "address": {
        "street": "street", "city": "city", "region": "region", "postal code": "postal_code",
        "country": "country", "type": "address_label", "po box": "street",
        "extended address": "street",
    },
    "organization": {"name": "company", "title": "job_title", "department": "department"},
    "website": {"value": "website"},
}  # fmt: skip
_ADDRESS_LABELS = {"business": "work", "office": "work", "primary": "main", "private": "home"}
_ADDRESS_FIELDS = frozenset({"street", "city", "region", "postal_code", "country"})
_NOT_FOR_CONTAINS = frozenset(
    ["ip", "domain", "owner", "count", "size", "type", "status", "date", "time", "id", "url"]
)
_PHONE_TEXT = re.compile(r"^\+?[\d\s().\-/]{7,22}(?:\s*(?:x|ext\.?|#)\s*\d{1,6})?$", re.I)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_NOT_THE_CONTACT = frozenset(
    ["owner", "manager", "assigned", "agent", "rep", "created", "modified", "user", "id", "by"]
)
_PRIMARY_DATE = {"orders": "order_date", "deals": "expected_close", "tickets": "opened_at"}


@dataclass(frozen=True, slots=True)
class Guess:
    field: str
    score: float
    label: str | None = None
    group: str | None = None


def guess_column(header: str, entity: str, fields: Mapping[str, object]) -> Guess | None:
    """The field ``header`` names for ``entity`` (whose fields are ``fields``), or None."""
    text = header.strip()
    if not text:
        return None
    if _FAMILY.match(fold(text)):  # "Address 1 - Formatted", "Website 1 - Type": custom
        guess = _family(text, entity, fields)
        return _with_label(guess, text) if guess else None
    for rule in (_exact, _labelled, _contains):
        guess = rule(text, entity, fields)
        if guess is not None:
            return _with_label(guess, text)
    return None


def _resolve(key: str, entity: str, fields: Mapping[str, object]) -> str | None:
    if key in fields:
        return key
    alias = ENTITY_ALIASES.get(entity, {}).get(key)
    return alias if alias in fields else None


def _family(text: str, entity: str, fields: Mapping[str, object]) -> Guess | None:
    match = _FAMILY.match(fold(text))
    if match is None:
        return None
    family = {"e-mail": "email", "organisation": "organization"}.get(match[1], match[1])
    part = re.sub(r"\s+", " ", match[3].strip())
    key = _FAMILY_PARTS.get(family, {}).get(part)
    resolved = _resolve(key, entity, fields) if key else None
    return Guess(resolved, 1.0 + len(compact(text)) / 100, group=match[2]) if resolved else None


def _exact(text: str, entity: str, fields: Mapping[str, object]) -> Guess | None:
    """Word-for-word first ("Birth Day" is the day, not the birthday), then compact."""
    for form, key in (("spaced", spaced(text)), ("compact", compact(text))):
        for candidate in exact_index(form).get(key, ()):
            resolved = _resolve(candidate, entity, fields)
            if resolved:
                return Guess(resolved, 1.0 + len(compact(text)) / 100)
    return None


def _labelled(text: str, entity: str, fields: Mapping[str, object]) -> Guess | None:
    key = compact(text)
    for word in LABEL_WORDS.split("|"):
        if not key.startswith(word) or len(key) == len(word):
            continue
        rest = re.sub(r"\d+$", "", key[len(word) :])
        target = labelled_index().get(rest)
        resolved = _resolve(target, entity, fields) if target else None
        if resolved:
            group = _ADDRESS_LABELS.get(word, word) if target in _ADDRESS_FIELDS else None
            return Guess(resolved, 0.9 + len(key) / 100, group=group)
    return None


def _contains(text: str, entity: str, fields: Mapping[str, object]) -> Guess | None:
    key = compact(text)
    words = spaced(text).split()
    if set(words) & _NOT_FOR_CONTAINS or len(words) > 4:
        return None
    for target, pieces in contains_rules():
        if any(piece and piece in key for piece in pieces):
            resolved = _resolve(target, entity, fields)
            if resolved:
                return Guess(resolved, 0.6)
    return None


def _with_label(guess: Guess, header: str) -> Guess:
    """Add the label the header implies: phones and emails by word, addresses by group."""
    label: str | None = None
    if guess.field in ("phone", "customer_phone"):
        label = phone_label(header)
    elif guess.field in ("email", "customer_email"):
        label = email_label(header)
    elif guess.field in _ADDRESS_FIELDS and guess.group and not guess.group.isdigit():
        label = guess.group
    if label == guess.label:
        return guess
    return Guess(guess.field, guess.score, label, guess.group)


def _share(values: Sequence[CellValue], test: object) -> float:
    def ok(value: CellValue) -> bool:
        try:
            return bool(test(value))  # type: ignore[operator]
        except (ValidationError, ValueError, OverflowError):
            return False

    return sum(1 for value in values if ok(value)) / len(values) if values else 0.0


def _looks_like_phone(value: CellValue) -> bool:
    """Formatted like a phone: "+421 905 123 456", "(209)172-7124", "043-797-5229"; not a
    date, not an id like "4-203974"."""
    if not isinstance(value, str) or not _PHONE_TEXT.match(value.strip()) or _is_date(value):
        return False
    text = value.strip()
    digits = sum(ch.isdigit() for ch in text)
    groups = len(re.findall(r"\d+", text.split("x")[0]))
    return 7 <= digits <= 15 and (text.startswith(("+", "(", "00")) or groups >= 3)


def _is_date(value: CellValue) -> bool:
    if isinstance(value, date):
        return True
    try:
        return isinstance(value, str) and parse_date(value, order=DateOrder.DMY) is not None
    except ValidationError:
        return False


def guess_from_values(values: Sequence[CellValue], entity: str, header: str = "") -> str | None:
    """A field for a column whose header said nothing, judged by most of its sampled values.

    Headers naming someone else's data ("Contact Owner", "Created By") or an id are left alone:
    an owner's email is not the contact's."""
    if not values or set(spaced(header).split()) & _NOT_THE_CONTACT:
        return None
    if _share(values, lambda v: parse_email(v)) >= 0.8:
        return "email" if entity in ("contacts", "companies") else "customer_email"
    if _share(values, _looks_like_phone) >= 0.8:
        return "phone" if entity in ("contacts", "companies") else "customer_phone"
    if _share(values, lambda v: isinstance(v, str) and _URL.match(v.strip())) >= 0.8:
        return "website"
    if entity in _PRIMARY_DATE and _share(values, _is_date) >= 0.8:
        return _PRIMARY_DATE[entity]
    return None


def infer_custom_type(values: Sequence[CellValue]) -> CustomFieldType:
    """The type a custom field should get from its sampled values (text when unsure)."""
    if not values:
        return CustomFieldType.TEXT
    if all(isinstance(v, bool) for v in values) or (
        any(isinstance(v, str) for v in values) and _share(values, _is_bool_word) == 1.0
    ):
        return CustomFieldType.BOOLEAN
    if _share(values, _is_number) == 1.0:
        return CustomFieldType.NUMBER
    if _share(values, _is_date) == 1.0:
        return CustomFieldType.DATE
    return CustomFieldType.TEXT


def _is_bool_word(value: CellValue) -> bool:
    return (
        not (isinstance(value, str) and value.strip().isdigit()) and parse_bool(value) is not None
    )


def _is_number(value: CellValue) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, str) and (value.strip().startswith("0") and len(value.strip()) > 1):
        return value.strip()[1:2] in ".,"  # "0042" is a code, "0.5" a number
    return parse_decimal(value) is not None
