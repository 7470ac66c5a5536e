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
from crmdesk.exchange.importing.cells import CUSTOM, NOTE, ColumnSpec, Parsed
from crmdesk.exchange.importing.matching import folded
from crmdesk.exchange.importing.model import WARNING, Draft
from crmdesk.exchange.values import PartialDate, email_label, phone_label
from crmdesk.services import companies, contacts
from crmdesk.services.channels import PostalAddress
from crmdesk.services.fields import Cleaner

ADDRESS_PARTS = ("street", "city", "region", "postal_code", "country")
ADDRESS_LIMITS = {"street": 300, "city": 120, "region": 120, "postal_code": 32}
JOINED = {"street": "\n", "region": ", "}  # several columns: street lines, region + country
CONTACT_FIELDS = (
    "job_title", "department", "gender", "lifecycle", "lead_source", "lead_score",
    "marketing_consent", "consent_date", "personal_details",
)  # fmt: skip
COMPANY_FIELDS = ("legal_name", "industry", "size", "website", "tax_id", "lifecycle", "lead_source")
#: Contact fields a file may have that the contact record has no column for: custom fields.
CONTACT_UNMODELLED = frozenset({"website", "industry"})
CONSENT_SOURCE = "import"
TAG_LIMIT = 100


def record_id(parsed: Parsed) -> int | None:
    """The crmdesk id a row carries (an export's hidden column), if any."""
    value = parsed.first("record_id")
    return int(value) if isinstance(value, int) and value > 0 else None


def contact_draft(parsed: Parsed, now: datetime) -> Draft | None:
    """The contact a row describes, or None when it cannot be one (problems added)."""
    draft = Draft()
    values = draft.values
    _names(parsed, values)
    for name in CONTACT_FIELDS:
        value = parsed.first(name)
        if value is not None:
            values[name] = value
    _birthday(parsed, values)
    _notes(parsed, values)
    _channels(parsed, draft)
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
    draft.company = parsed.first("company")
    if not _clean(parsed, values, contacts.CLEANERS):
        return None
    values["sort_name"] = _folded(values["full_name"])[:300]
    if not _check_birthday(parsed, values):
        return None
    return draft


def company_draft(parsed: Parsed) -> Draft | None:
    draft = Draft()
    values = draft.values
    name = parsed.first("name")
    if name is None:
        parsed.problem("", "A company needs a name.")
        return None
    values["name"] = name
    for field in COMPANY_FIELDS:
        value = parsed.first(field)
        if value is not None:
            values[field] = value
    _notes(parsed, values)
    _channels(parsed, draft)
    if not _clean(parsed, values, companies.CLEANERS):
        return None
    values["sort_name"] = _folded(values["name"])[:300]
    return draft


_cjk = lru_cache(maxsize=1 << 16)(contains_cjk)
_email_label = lru_cache(maxsize=4096)(email_label)
_phone_label = lru_cache(maxsize=4096)(phone_label)
_fold = lru_cache(maxsize=1 << 14)(fold)  # tags and labels repeat
_folded = lru_cache(maxsize=1 << 16)(folded)  # names repeat down a file (sort names)


def _names(parsed: Parsed, values: dict[str, Any]) -> None:
    full, given, family = (parsed.first(k) for k in ("full_name", "given_name", "family_name"))
    cjk = any(_cjk(part) for part in (given, family) if part)
    order = NameOrder.FAMILY_FIRST if cjk else NameOrder.GIVEN_FIRST
    values["name_order"] = order.value
    if given:
        values["given_name"] = given
    if family:
        values["family_name"] = family
    # compose_full_name's rule ("Given Family"; CJK family-first without a space), with the
    # CJK test cached: it is most of the cost of a row's names.
    parts = [p for p in ((family, given) if cjk else (given, family)) if p]
    joiner = "" if parts and all(_cjk(p) for p in parts) else " "
    values["full_name"] = full or joiner.join(parts) or None


def _fallback_name(draft: Draft) -> str | None:
    if draft.emails:
        return draft.emails[0][1]
    return draft.phones[0][1] if draft.phones else None


def _birthday(parsed: Parsed, values: dict[str, Any]) -> None:
    birthday = parsed.first("birthday")
    if isinstance(birthday, PartialDate):
        values.update(
            birthday_year=birthday.year, birthday_month=birthday.month, birthday_day=birthday.day
        )
    for part in ("birthday_year", "birthday_month", "birthday_day"):
        value = parsed.first(part)
        if value is not None:
            values[part] = value


def _notes(parsed: Parsed, values: dict[str, Any]) -> None:
    notes = notes_of(parsed)
    if notes:
        values["notes"] = notes


def notes_of(parsed: Parsed, field: str = "notes") -> str | None:
    """Text of every ``field`` column, then "Header: value" lines of unmapped columns of
    records that have no custom fields (orders, deals, tickets)."""
    parts = [str(value) for _, value in parsed.all(field)]
    for cells in parsed.with_prefix(NOTE).values():
        parts.extend(f"{spec.header}: {value}" for spec, value in cells)
    return "\n\n".join(parts) if parts else None


def custom_values(parsed: Parsed) -> dict[str, Any]:
    """Custom field key -> value; the first column with a value wins."""
    found: dict[str, Any] = {}
    for target, cells in parsed.with_prefix(CUSTOM).items():
        found.setdefault(target.removeprefix(CUSTOM), cells[0][1])
    return found


def _channels(parsed: Parsed, draft: Draft) -> None:
    email_labels = _group_labels(parsed, "email_label", _email_label)
    for spec, emails in parsed.all("email"):
        label = _item_label(spec, email_labels, _email_label, "work")
        for email in emails if isinstance(emails, list) else [emails]:
            draft.emails.append((label, email))
    phone_labels = _group_labels(parsed, "phone_label", _phone_label)
    for spec, (raw, e164) in parsed.all("phone"):
        draft.phones.append((_item_label(spec, phone_labels, _phone_label, "mobile"), raw, e164))
    draft.addresses = _addresses(parsed)
    draft.tags = _tags(parsed)
    draft.custom = custom_values(parsed)


Labeller = Callable[[str | None, str | None], str | None]


def _group_labels(parsed: Parsed, field: str, labeller: Labeller) -> dict[str | None, str]:
    labels: dict[str | None, str] = {}
    for spec, text in parsed.all(field):
        labels[spec.group] = labeller(text, None) or _fold(str(text))[:32]
    return labels


def _item_label(
    spec: ColumnSpec, labels: dict[str | None, str], labeller: Labeller, default: str
) -> str:
    if spec.group is not None and spec.group in labels:
        return labels[spec.group]
    return labeller(spec.label, None) or (spec.label or default)[:32]


def _addresses(parsed: Parsed) -> list[PostalAddress]:
    groups: dict[str | None, dict[str, Any]] = {}
    for part in (*ADDRESS_PARTS, "address_label"):
        for spec, value in parsed.all(part):
            fields = groups.setdefault(spec.group, {})
            if part in JOINED and part in fields:
                fields[part] = f"{fields[part]}{JOINED[part]}{value}"
            else:
                fields.setdefault(part, value)
            if spec.label and "address_label" not in fields:
                fields["address_label"] = spec.label
    found = []
    for fields in groups.values():
        label = str(fields.pop("address_label", None) or "work").lower()[:32]
        for part, limit in ADDRESS_LIMITS.items():
            if len(str(fields.get(part) or "")) > limit:
                name = part.replace("_", " ")
                parsed.problem("", f"The {name} is longer than {limit} characters.")
        if any(fields.get(part) for part in ADDRESS_PARTS):
            found.append(PostalAddress(label, *(fields.get(part) for part in ADDRESS_PARTS)))
    return found


def _tags(parsed: Parsed) -> list[str]:
    seen: set[str] = set()
    tags: list[str] = []
    for spec, group in parsed.all("tags"):
        for tag in group:
            if len(tag) > TAG_LIMIT:
                parsed.problem(spec.header, f"A tag is longer than {TAG_LIMIT} characters.")
            elif _fold(tag) not in seen:
                seen.add(_fold(tag))
                tags.append(tag)
    return tags


def _clean(parsed: Parsed, values: dict[str, Any], cleaners: dict[str, Cleaner]) -> bool:
    """Run the service's cleaner on every value; a failure is a problem on its column."""
    ok = True
    for name, value in list(values.items()):
        try:
            if name in REPEATING and cleaners is contacts.CLEANERS:
                values[name] = _contact_cleaned(name, value)
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
        "job_title",
    }
)  # fmt: skip


@lru_cache(maxsize=1 << 14)
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
