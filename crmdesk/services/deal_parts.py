"""Stakeholders (contacts with a role) and competitors of a deal, edited as whole lists."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from crmdesk.db.models import ChangeLogEntry, Contact, Deal, DealCompetitor, DealStakeholder
from crmdesk.domain.text import fold
from crmdesk.errors import ValidationError
from crmdesk.services import fields, links
from crmdesk.services.changes import to_log_text

ENTITY = "deal"


@dataclass(frozen=True, slots=True)
class Stakeholder:
    contact_id: int
    name: str
    role: str


def read_stakeholders(session: Session, deal_id: int) -> list[Stakeholder]:
    """The deal's stakeholders with their names, by name."""
    rows = session.execute(
        select(DealStakeholder.contact_id, Contact.full_name, DealStakeholder.role)
        .join(Contact, Contact.id == DealStakeholder.contact_id)
        .where(DealStakeholder.deal_id == deal_id)
        .order_by(Contact.sort_name, Contact.id)
    )
    return [Stakeholder(int(c), str(n), str(r)) for c, n, r in rows]


def read_competitors(session: Session, deal_id: int) -> list[str]:
    return list(
        session.scalars(
            select(DealCompetitor.name)
            .where(DealCompetitor.deal_id == deal_id)
            .order_by(DealCompetitor.id)
        )
    )


def set_stakeholders(
    session: Session, deal_id: int, items: Sequence[tuple[int, str]], *, log: bool = True
) -> bool:
    """Replace the stakeholders: (contact id, role) pairs; a contact listed twice keeps its
    first role. Returns whether anything changed."""
    wanted: dict[int, str] = {}
    for contact_id, role in items:
        cid = links.link_id(contact_id, "stakeholders")
        if cid is None:
            continue
        live = session.scalar(
            select(Contact.id).where(Contact.id == cid, Contact.deleted_at.is_(None))
        )
        if live is None:
            raise ValidationError(
                f"Stakeholder {cid} does not exist or is in the trash.", field="stakeholders"
            )
        wanted.setdefault(cid, fields.text(64)(role, "role") or "")
    rows = session.execute(
        select(DealStakeholder.contact_id, DealStakeholder.role)
        .where(DealStakeholder.deal_id == deal_id)
        .order_by(DealStakeholder.contact_id)
    )
    old = {int(c): str(r) for c, r in rows}
    if old == wanted:
        return False
    session.execute(delete(DealStakeholder).where(DealStakeholder.deal_id == deal_id))
    if wanted:
        session.execute(
            insert(DealStakeholder),
            [{"deal_id": deal_id, "contact_id": c, "role": r} for c, r in wanted.items()],
        )
    if log:
        _log_list(session, deal_id, "stakeholders", sorted(old.items()), sorted(wanted.items()))
    return True


def set_competitors(
    session: Session, deal_id: int, names: Sequence[str], *, log: bool = True
) -> bool:
    """Replace the competitor names (repeats differing only in case or accents dropped)."""
    wanted: list[str] = []
    for name in names:
        clean = fields.text(200)(name, "competitors")
        if clean and fold(clean) not in {fold(w) for w in wanted}:
            wanted.append(clean)
    old = read_competitors(session, deal_id)
    if old == wanted:
        return False
    session.execute(delete(DealCompetitor).where(DealCompetitor.deal_id == deal_id))
    for name in wanted:
        session.add(DealCompetitor(deal_id=deal_id, name=name))
    if log:
        _log_list(session, deal_id, "competitors", old, wanted)
    return True


def _log_list(session: Session, deal_id: int, name: str, old: object, new: object) -> None:
    session.add(
        ChangeLogEntry(
            entity=ENTITY,
            record_id=deal_id,
            field=name,
            old_value=to_log_text(old),
            new_value=to_log_text(new),
        )
    )


# --------------------------------------------------------------------------- contact merges


def move_stakeholder_roles(session: Session, source: int, target: int) -> dict[str, Any]:
    """Give ``source``'s stakeholder roles to ``target`` (merging contacts).

    Where ``target`` already has a role on the deal, ``source``'s role is dropped. Returns a
    JSON-safe record for `restore_stakeholder_roles`: {"moved": [deal ids], "dropped":
    [[deal id, role], ...]}.
    """
    rows = session.execute(
        select(DealStakeholder.deal_id, DealStakeholder.role).where(
            DealStakeholder.contact_id == source
        )
    ).all()
    held = _deals_of(session, target)
    moved = [int(d) for d, _ in rows if d not in held]
    dropped = [[int(d), str(r)] for d, r in rows if d in held]
    if moved:
        session.execute(
            update(DealStakeholder)
            .where(DealStakeholder.contact_id == source, DealStakeholder.deal_id.in_(moved))
            .values(contact_id=target)
        )
    if dropped:
        session.execute(
            delete(DealStakeholder).where(
                DealStakeholder.contact_id == source,
                DealStakeholder.deal_id.in_([d for d, _ in dropped]),
            )
        )
    for deal_id, role in rows:
        new = [] if deal_id in held else [[target, role]]
        _log_list(session, deal_id, "stakeholders", [[source, role]], new)
    return {"moved": moved, "dropped": dropped}


def restore_stakeholder_roles(
    session: Session, source: int, target: int, saved: Mapping[str, Any]
) -> None:
    """Undo `move_stakeholder_roles`: hand ``source``'s roles back from ``target``."""
    held = _deals_of(session, source)
    moved = [int(d) for d in saved["moved"] if d not in held]
    if moved:
        session.execute(
            update(DealStakeholder)
            .where(DealStakeholder.contact_id == target, DealStakeholder.deal_id.in_(moved))
            .values(contact_id=source)
        )
    wanted = [(int(d), str(role)) for d, role in saved["dropped"] if d not in held]
    existing = set(session.scalars(select(Deal.id).where(Deal.id.in_([d for d, _ in wanted]))))
    back = [(d, role) for d, role in wanted if d in existing]
    if back:
        session.execute(
            insert(DealStakeholder),
            [{"deal_id": d, "contact_id": source, "role": role} for d, role in back],
        )
    for deal_id in [*moved, *(d for d, _ in back)]:
        _log_list(session, deal_id, "stakeholders", [target], [source])


def _deals_of(session: Session, contact_id: int) -> set[int]:
    query = select(DealStakeholder.deal_id).where(DealStakeholder.contact_id == contact_id)
    return {int(d) for d in session.scalars(query)}
