"""Contacts as vCard 3.0 (vobject): N, FN, EMAIL, TEL, ORG, TITLE, ADR, BDAY, NOTE, CATEGORIES.

A birthday without a year is written "--MM-DD" (vCard 4.0's form, which phones and our reader
accept). UID is "crmdesk-contact-<file tag>-<id>" (unique across crmdesk files, as a UID
must be). What vCard has no property for (the id, lifecycle, lead source, score, consent,
personal details, gender, custom fields) goes into crmdesk's extension properties
(``readers.vcard_extensions``), so the file re-imports to the same records, as an xlsx export
does; the id is "<file tag>-<id>" there too (``file_ids``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import Address, Company, Contact, ContactTag, EmailAddress, PhoneNumber, Tag
from crmdesk.exchange.export.people import birthday_cell, custom_cells
from crmdesk.exchange.export.tables import CHUNK, grouped
from crmdesk.exchange.file_ids import file_tag, tagged
from crmdesk.exchange.readers import vcard_extensions as ext
from crmdesk.jobs.control import JobControl
from crmdesk.services import custom_fields

PHONE_TYPES = {
    "mobile": "CELL", "work": "WORK", "home": "HOME", "fax": "FAX", "pager": "PAGER",
    "main": "MAIN", "other": "OTHER",
}  # fmt: skip
EMAIL_TYPES = {"work": "WORK", "home": "HOME", "other": "OTHER"}


def write_vcards(
    session: Session, out: IO[str], ids: Sequence[int], control: JobControl | None = None
) -> int:
    """Write one card per contact of ``ids`` (in that order); returns how many."""
    defs = custom_fields.list_fields(session, "contact")
    tag = file_tag(session)
    count = 0
    for start in range(0, len(ids), CHUNK):
        if control is not None:
            control.progress(start, len(ids), "Exporting contacts")
        for card in _cards(session, ids[start : start + CHUNK], defs, tag):
            out.write(card.serialize())
            count += 1
    return count


def _cards(
    session: Session,
    chunk: Sequence[int],
    defs: Sequence[custom_fields.FieldDef],
    tag: str | None,
) -> list[Any]:
    import vobject

    emails = grouped(
        session,
        select(EmailAddress.contact_id, EmailAddress.label, EmailAddress.email)
        .where(EmailAddress.contact_id.in_(chunk))
        .order_by(EmailAddress.position),
    )
    phones = grouped(
        session,
        select(PhoneNumber.contact_id, PhoneNumber.label, PhoneNumber.raw)
        .where(PhoneNumber.contact_id.in_(chunk))
        .order_by(PhoneNumber.position),
    )
    addresses = grouped(
        session, select(Address.contact_id, Address).where(Address.contact_id.in_(chunk))
    )
    tags = grouped(
        session,
        select(ContactTag.contact_id, Tag.name)
        .join(Tag, Tag.id == ContactTag.tag_id)
        .where(ContactTag.contact_id.in_(chunk))
        .order_by(Tag.folded),
    )
    query = (
        select(Contact, Company.name)
        .outerjoin(Company, (Company.id == Contact.company_id) & Company.deleted_at.is_(None))
        .where(Contact.id.in_(chunk))
    )
    found = {}
    for contact, company in session.execute(query):
        card = vobject.vCard()
        exported_id = tagged(tag, contact.id)
        _identity(vobject, card, contact, company, exported_id)
        for label, email in emails.get(contact.id, []):
            line = card.add("email")
            line.value = email
            line.type_param = ["INTERNET", *([EMAIL_TYPES[label]] if label in EMAIL_TYPES else [])]
        for label, raw in phones.get(contact.id, []):
            line = card.add("tel")
            line.value = raw
            line.type_param = PHONE_TYPES.get(label, "VOICE")
        for address in addresses.get(contact.id, []):
            _address(vobject, card, address)
        _extras(card, contact, tags.get(contact.id, []))
        _crmdesk(card, contact, defs, exported_id)
        found[contact.id] = card
    return [found[i] for i in chunk if i in found]


def _identity(
    vobject: Any, card: Any, contact: Contact, company: str | None, exported_id: str | None
) -> None:
    card.add("n").value = vobject.vcard.Name(
        family=contact.family_name or "", given=contact.given_name or ""
    )
    card.add("fn").value = contact.full_name
    if company or contact.department:
        card.add("org").value = [
            company or "",
            *([contact.department] if contact.department else []),
        ]
    if contact.job_title:
        card.add("title").value = contact.job_title
    if exported_id is not None:
        card.add("uid").value = f"crmdesk-contact-{exported_id}"


def _address(vobject: Any, card: Any, address: Address) -> None:
    line = card.add("adr")
    line.value = vobject.vcard.Address(
        street=address.street or "",
        city=address.city or "",
        region=address.region or "",
        code=address.postal_code or "",
        country=address.country or "",
    )
    line.type_param = address.label.upper()


def _extras(card: Any, contact: Contact, tags: list[str]) -> None:
    birthday = birthday_cell(contact.birthday_year, contact.birthday_month, contact.birthday_day)
    if birthday is not None:
        card.add("bday").value = birthday if isinstance(birthday, str) else birthday.isoformat()
    if contact.notes:
        card.add("note").value = contact.notes
    if tags:
        card.add("categories").value = tags


def _crmdesk(
    card: Any, contact: Contact, defs: Sequence[custom_fields.FieldDef], exported_id: str | None
) -> None:
    """The fields vCard has no property for, as crmdesk's extension properties."""
    _property(card, ext.ID_PROPERTY, exported_id)
    for name, field, _ in ext.EXTENSIONS:
        _property(card, name, getattr(contact, field))
    _property(card, ext.GENDER_PROPERTY, contact.gender)
    values = custom_cells(contact.custom, defs) if defs else []
    number = 0
    for definition, value in zip(defs, values, strict=True):
        if value is None or value == "":
            continue
        number += 1
        group = f"{ext.CUSTOM_GROUP}{number}"
        _property(card, ext.CUSTOM_PROPERTY, value, group=group, typed=True)
        _property(card, ext.CUSTOM_LABEL_PROPERTY, definition.label, group=group)


def _property(
    card: Any, name: str, value: Any, *, group: str | None = None, typed: bool = False
) -> Any:
    """Add ``name`` (unless ``value`` is empty); ``typed``: say its type (VALUE=), as the
    reader cannot know a custom field's type from its name."""
    if value is None or value == "":
        return None
    text, value_type = ext.value_text(value)
    line = card.add(name, group=group)
    line.value = text
    if typed and value_type != "text":
        line.params["VALUE"] = [value_type]
    return line
