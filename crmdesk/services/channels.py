"""Emails, phones and addresses of a contact or a company: labelled lists edited as a whole."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crmdesk.db.models import Address, ChangeLogEntry, EmailAddress, PhoneNumber
from crmdesk.domain.phones import normalize_phone
from crmdesk.domain.validation import clean_text, email_match_key, normalize_email
from crmdesk.services import settings
from crmdesk.services.changes import to_log_text


@dataclass(frozen=True, slots=True)
class Labeled:
    """One email or phone as the user sees it: a label ("work", "mobile") and the value."""

    label: str
    value: str
    e164: str | None = None  # phones only, filled on read


@dataclass(frozen=True, slots=True)
class PostalAddress:
    label: str = "work"
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None

    def one_line(self) -> str:
        parts = [self.street, self.postal_code, self.city, self.region, self.country]
        return ", ".join(p for p in parts if p)


def _owner_filter(model: type[EmailAddress | PhoneNumber | Address], owner: str, owner_id: int):  # type: ignore[no-untyped-def]
    column = model.contact_id if owner == "contact" else model.company_id
    return column == owner_id


def _owner_kwargs(owner: str, owner_id: int) -> dict[str, int]:
    return {"contact_id": owner_id} if owner == "contact" else {"company_id": owner_id}


def _label(label: str, default: str) -> str:
    return clean_text(label, field="label", max_length=32) or default


def read_emails(session: Session, owner: str, owner_id: int) -> list[Labeled]:
    rows = session.execute(
        select(EmailAddress.label, EmailAddress.email)
        .where(_owner_filter(EmailAddress, owner, owner_id))
        .order_by(EmailAddress.position)
    )
    return [Labeled(label, email) for label, email in rows]


def read_phones(session: Session, owner: str, owner_id: int) -> list[Labeled]:
    rows = session.execute(
        select(PhoneNumber.label, PhoneNumber.raw, PhoneNumber.e164)
        .where(_owner_filter(PhoneNumber, owner, owner_id))
        .order_by(PhoneNumber.position)
    )
    return [Labeled(label, raw, e164) for label, raw, e164 in rows]


def read_addresses(session: Session, owner: str, owner_id: int) -> list[PostalAddress]:
    rows = session.scalars(
        select(Address).where(_owner_filter(Address, owner, owner_id)).order_by(Address.position)
    )
    return [
        PostalAddress(a.label, a.street, a.city, a.region, a.postal_code, a.country) for a in rows
    ]


def _log(session: Session, owner: str, owner_id: int, field: str, old: object, new: object) -> None:
    if old != new:
        session.add(
            ChangeLogEntry(
                entity=owner,
                record_id=owner_id,
                field=field,
                old_value=to_log_text(old),
                new_value=to_log_text(new),
            )
        )


def set_emails(session: Session, owner: str, owner_id: int, emails: Sequence[Labeled]) -> bool:
    """Replace the owner's emails (validated, duplicates dropped); return whether they changed."""
    cleaned: list[tuple[str, str]] = []
    seen: set[str] = set()
    for item in emails:
        if not item.value.strip():
            continue
        email = normalize_email(item.value)
        if email_match_key(email) not in seen:
            seen.add(email_match_key(email))
            cleaned.append((_label(item.label, "work"), email))
    old = [(e.label, e.value) for e in read_emails(session, owner, owner_id)]
    if old == cleaned:
        return False
    session.execute(delete(EmailAddress).where(_owner_filter(EmailAddress, owner, owner_id)))
    for position, (label, email) in enumerate(cleaned):
        session.add(
            EmailAddress(
                label=label,
                email=email,
                normalized=email_match_key(email),
                position=position,
                **_owner_kwargs(owner, owner_id),
            )
        )
    _log(session, owner, owner_id, "emails", old, cleaned)
    return True


def set_phones(
    session: Session,
    owner: str,
    owner_id: int,
    phones: Sequence[Labeled],
    *,
    region: str | None,
) -> bool:
    """Replace the owner's phones, each normalised to E.164 with ``region`` as default.

    Without a ``region`` the file's default region setting is used.
    """
    if region is None and phones:
        region = settings.default_region(session)
    cleaned: list[tuple[str, str, str]] = []
    for item in phones:
        if not item.value.strip():
            continue
        phone = normalize_phone(item.value, region=region)
        if all(phone.e164 != e164 for _, _, e164 in cleaned):
            cleaned.append((_label(item.label, "mobile"), phone.raw, phone.e164))
    old = [(p.label, p.value, p.e164) for p in read_phones(session, owner, owner_id)]
    if old == cleaned:
        return False
    session.execute(delete(PhoneNumber).where(_owner_filter(PhoneNumber, owner, owner_id)))
    for position, (label, raw, e164) in enumerate(cleaned):
        session.add(
            PhoneNumber(
                label=label, raw=raw, e164=e164, position=position, **_owner_kwargs(owner, owner_id)
            )
        )
    _log(session, owner, owner_id, "phones", [p[1] for p in old], [p[1] for p in cleaned])
    return True


def _clean_address(address: PostalAddress) -> PostalAddress:
    def t(value: str | None, field: str, length: int) -> str | None:
        return clean_text(value, field=field, max_length=length)

    country = t(address.country, "country", 2)
    return PostalAddress(
        label=_label(address.label, "work"),
        street=t(address.street, "street", 300),
        city=t(address.city, "city", 120),
        region=t(address.region, "region", 120),
        postal_code=t(address.postal_code, "postal_code", 32),
        country=country.upper() if country else None,
    )


def set_addresses(
    session: Session, owner: str, owner_id: int, addresses: Sequence[PostalAddress]
) -> bool:
    cleaned = [a for a in map(_clean_address, addresses) if a.one_line()]
    old = read_addresses(session, owner, owner_id)
    if old == cleaned:
        return False
    session.execute(delete(Address).where(_owner_filter(Address, owner, owner_id)))
    for position, a in enumerate(cleaned):
        session.add(
            Address(
                label=a.label,
                street=a.street,
                city=a.city,
                region=a.region,
                postal_code=a.postal_code,
                country=a.country,
                position=position,
                **_owner_kwargs(owner, owner_id),
            )
        )
    _log(
        session,
        owner,
        owner_id,
        "addresses",
        [a.one_line() for a in old],
        [a.one_line() for a in cleaned],
    )
    return True
