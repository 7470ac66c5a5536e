"""Contacts as vCard 3.0 (vobject): N, FN, EMAIL, TEL, ORG, TITLE, ADR, BDAY, NOTE, CATEGORIES.

A birthday without a year is written "--MM-DD" (vCard 4.0's form, which phones and our reader
accept). UID is "crmdesk-contact-<id>". Fields vCard has no property for (lifecycle, lead
source, custom fields, ...) are not in the file: a vCard export is for address books; use xlsx
or csv to move whole records.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import Address, Company, Contact, ContactTag, EmailAddress, PhoneNumber, Tag
from crmdesk.exchange.export.people import birthday_cell
from crmdesk.exchange.export.tables import CHUNK, grouped
from crmdesk.jobs.control import JobControl

PHONE_TYPES = {
    "mobile": "CELL", "work": "WORK", "home": "HOME", "fax": "FAX", "pager": "PAGER",
    "main": "MAIN", "other": "OTHER",
}  # fmt: skip
EMAIL_TYPES = {"work": "WORK", "home": "HOME", "other": "OTHER"}


def write_vcards(
    session: Session, out: IO[str], ids: Sequence[int], control: JobControl | None = None
) -> int:
    """Write one card per contact of ``ids`` (in that order); returns how many."""
    count = 0
    for start in range(0, len(ids), CHUNK):
        if control is not None:
            control.progress(start, len(ids), "Exporting contacts")
        for card in _cards(session, ids[start : start + CHUNK]):
            out.write(card.serialize())
            count += 1
    return count


def _cards(session: Session, chunk: Sequence[int]) -> list[Any]:
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
        _identity(vobject, card, contact, company)
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
        found[contact.id] = card
    return [found[i] for i in chunk if i in found]


def _identity(vobject: Any, card: Any, contact: Contact, company: str | None) -> None:
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
    card.add("uid").value = f"crmdesk-contact-{contact.id}"


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
