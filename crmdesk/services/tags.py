"""Tags shared by contacts, companies and deals: names compared folded, created on first use."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from crmdesk.db.models import ChangeLogEntry, CompanyTag, ContactTag, DealTag, Tag
from crmdesk.domain.text import fold
from crmdesk.domain.validation import clean_text
from crmdesk.services import search
from crmdesk.services.changes import to_log_text

LINKS: dict[str, tuple[type[ContactTag] | type[CompanyTag] | type[DealTag], Any]] = {
    "contact": (ContactTag, ContactTag.contact_id),
    "company": (CompanyTag, CompanyTag.company_id),
    "deal": (DealTag, DealTag.deal_id),
}
_SEPARATORS = re.compile(r"[,;،、，；]")


def split_tags(text: str) -> list[str]:
    """Split a typed or imported tag list on , ; ، 、 (and full-width forms)."""
    return [part.strip() for part in _SEPARATORS.split(text) if part.strip()]


def tag_ids(session: Session, names: Iterable[str]) -> list[int]:
    """Ids for these tag names, creating missing tags; order follows ``names``, no repeats."""
    ids: list[int] = []
    for name in names:
        clean = clean_text(name, field="tags", max_length=100)
        if not clean:
            continue
        key = fold(clean)
        tag_id = session.scalar(select(Tag.id).where(Tag.folded == key))
        if tag_id is None:
            tag = Tag(name=clean, folded=key)
            session.add(tag)
            session.flush()
            tag_id = tag.id
        if tag_id not in ids:
            ids.append(int(tag_id))
    return ids


def read_tags(session: Session, entity: str, record_id: int) -> list[str]:
    link, column = LINKS[entity]
    return list(
        session.scalars(
            select(Tag.name)
            .join(link, link.tag_id == Tag.id)
            .where(column == record_id)
            .order_by(Tag.folded)
        )
    )


def set_tags(session: Session, entity: str, record_id: int, names: Sequence[str]) -> bool:
    """Replace the record's tags; return whether anything changed."""
    link, column = LINKS[entity]
    old = read_tags(session, entity, record_id)
    wanted = tag_ids(session, names)
    current = set(session.scalars(select(link.tag_id).where(column == record_id)))
    if current == set(wanted):
        return False
    session.execute(delete(link).where(column == record_id))
    if wanted:
        session.execute(insert(link), [{column.key: record_id, "tag_id": t} for t in wanted])
    new = read_tags(session, entity, record_id)
    session.add(
        ChangeLogEntry(
            entity=entity,
            record_id=record_id,
            field="tags",
            old_value=to_log_text(old),
            new_value=to_log_text(new),
        )
    )
    return True


def add_tag(session: Session, entity: str, record_ids: Iterable[int], name: str) -> set[int]:
    """Add one tag to many records (bulk tag); return the ids that did not have it."""
    changed: set[int] = set()
    for record_id in record_ids:
        names = read_tags(session, entity, record_id)
        if fold(name) not in {fold(n) for n in names} and set_tags(
            session, entity, record_id, [*names, name]
        ):
            changed.add(record_id)
    _reindex(session, entity, changed)
    return changed


def remove_tag(session: Session, entity: str, record_ids: Iterable[int], name: str) -> set[int]:
    changed: set[int] = set()
    for record_id in record_ids:
        names = read_tags(session, entity, record_id)
        kept = [n for n in names if fold(n) != fold(name)]
        if len(kept) != len(names) and set_tags(session, entity, record_id, kept):
            changed.add(record_id)
    _reindex(session, entity, changed)
    return changed


def all_tags(session: Session) -> list[tuple[int, str, int]]:
    """Every tag with how many live contacts carry it: (id, name, count)."""
    rows = session.execute(
        select(Tag.id, Tag.name, func.count(ContactTag.contact_id))
        .outerjoin(ContactTag, ContactTag.tag_id == Tag.id)
        .group_by(Tag.id)
        .order_by(Tag.folded)
    )
    return [(int(i), str(n), int(c)) for i, n, c in rows]


def _reindex(session: Session, entity: str, record_ids: set[int]) -> None:
    """Tags are part of a record's search text: keep search in step after bulk tagging."""
    if record_ids and entity in ("contact", "company", "deal"):
        search.reindex(session, entity, sorted(record_ids), related=False)
