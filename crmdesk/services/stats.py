"""Record counts for the status bar: how many live (not trashed) records the file holds."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import Company, Contact, Deal, Order, Ticket

# entity key (as used in `Changes`) → the column that marks a trashed record
TRASH_COLUMNS = {
    "contact": Contact.deleted_at,
    "company": Company.deleted_at,
    "deal": Deal.deleted_at,
    "ticket": Ticket.deleted_at,
    "order": Order.deleted_at,
}


def record_counts(session: Session) -> dict[str, int]:
    """Live records per entity (``contact``, ``company``, ``deal``, ``ticket``, ``order``)."""
    counts: dict[str, int] = {}
    for entity, deleted_at in TRASH_COLUMNS.items():
        query = select(func.count()).select_from(deleted_at.class_).where(deleted_at.is_(None))
        counts[entity] = int(session.scalar(query) or 0)
    return counts
