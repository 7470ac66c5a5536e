"""Links from activity (interactions, tasks) to the records it is about.

Shared by `interactions` and `tasks`: a link must point at a record that exists and is not in
the trash, and the error names the link so the UI can show it next to the picker.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import Company, Contact, Deal, Interaction, Ticket
from crmdesk.errors import ValidationError

LINK_FIELDS = ("contact_id", "company_id", "deal_id", "ticket_id")

_TARGETS: dict[str, tuple[Any, str]] = {
    "contact_id": (Contact, "contact"),
    "company_id": (Company, "company"),
    "deal_id": (Deal, "deal"),
    "ticket_id": (Ticket, "ticket"),
    "interaction_id": (Interaction, "interaction"),
}


def link_id(value: Any, field: str) -> int | None:
    """Cleaner for a link field: empty means no link; otherwise a positive record id."""
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"“{value}” is not a record id.", field=field) from None
    if number <= 0:
        raise ValidationError(f"“{value}” is not a record id.", field=field)
    return number


def check_links(session: Session, values: Mapping[str, Any]) -> None:
    """Every link in ``values`` that is set must point at a live record."""
    for name, (model, noun) in _TARGETS.items():
        target = values.get(name)
        if target is None:
            continue
        found = session.scalar(
            select(model.id).where(model.id == target, model.deleted_at.is_(None))
        )
        if found is None:
            raise ValidationError(f"That {noun} does not exist or is in the trash.", field=name)


def company_of(session: Session, contact_id: int) -> int | None:
    """The live company a contact works for, if any."""
    return session.scalar(
        select(Company.id)
        .join(Contact, Contact.company_id == Company.id)
        .where(Contact.id == contact_id, Company.deleted_at.is_(None))
    )
