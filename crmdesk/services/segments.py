"""Saved filters ("segments"): a named set of list criteria for one kind of record.

Criteria are the JSON form of a list filter (`ContactFilter.to_criteria()`,
`CompanyFilter.to_criteria()`); this module stores them and does not interpret them. Names are
unique per entity, compared folded ("VIP Žilina" and "vip zilina" are the same name).
Writes are change-logged under the entity "segment".
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import Segment
from crmdesk.domain.enums import Entity
from crmdesk.domain.text import fold
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services import fields
from crmdesk.services.changes import CREATED, DELETED, Changes, apply_fields, log_event

ENTITY = "segment"

_name = fields.text(200, required=True)
_entity = fields.choice(Entity, required=True)


@dataclass(frozen=True, slots=True)
class SegmentInfo:
    id: int
    name: str
    entity: str
    criteria: dict[str, Any]
    position: int


def _plain(row: Segment) -> SegmentInfo:
    return SegmentInfo(row.id, row.name, row.entity, dict(row.criteria or {}), row.position)


def _criteria(criteria: Mapping[str, Any]) -> dict[str, Any]:
    try:
        return dict(json.loads(json.dumps(dict(criteria))))
    except (TypeError, ValueError):
        raise ValidationError(
            "These filter settings cannot be saved (they are not plain values).", field="criteria"
        ) from None


def _same_name(session: Session, entity: str, name: str) -> Segment | None:
    key = fold(name)
    rows = session.scalars(select(Segment).where(Segment.entity == entity))
    return next((row for row in rows if fold(row.name) == key), None)


def save_segment(
    session: Session,
    *,
    name: str,
    entity: str,
    criteria: Mapping[str, Any],
    replace: bool = False,
) -> tuple[int, Changes]:
    """Save criteria under a name; an existing name is refused unless ``replace`` is True."""
    clean_name: str = _name(name, "name")
    clean_entity: str = _entity(entity, "entity")
    data = _criteria(criteria)
    existing = _same_name(session, clean_entity, clean_name)
    if existing is not None:
        if not replace:
            raise ValidationError(
                f"A saved filter named “{existing.name}” already exists.", field="name"
            )
        changed = apply_fields(session, existing, ENTITY, {"name": clean_name, "criteria": data})
        changes = Changes().add("updated", ENTITY, existing.id) if changed else Changes()
        return existing.id, changes
    position = session.scalar(
        select(func.count()).select_from(Segment).where(Segment.entity == clean_entity)
    )
    row = Segment(name=clean_name, entity=clean_entity, criteria=data, position=position or 0)
    session.add(row)
    session.flush()
    log_event(session, ENTITY, row.id, CREATED)
    return row.id, Changes().add("created", ENTITY, row.id)


def list_segments(session: Session, entity: str) -> list[SegmentInfo]:
    """The saved filters of one entity, in the order the sidebar shows them."""
    rows = session.scalars(
        select(Segment).where(Segment.entity == entity).order_by(Segment.position, Segment.id)
    )
    return [_plain(row) for row in rows]


def _record(session: Session, segment_id: int) -> Segment:
    row = session.get(Segment, segment_id)
    if row is None:
        raise NotFoundError(f"Saved filter {segment_id} does not exist.")
    return row


def get_segment(session: Session, segment_id: int) -> SegmentInfo:
    return _plain(_record(session, segment_id))


def find_segment(session: Session, *, entity: str, name: str) -> SegmentInfo:
    """The segment called ``name`` (compared folded), e.g. for `crmdesk export --segment`."""
    row = _same_name(session, entity, name)
    if row is None:
        raise NotFoundError(f"There is no saved filter named “{name}”.")
    return _plain(row)


def rename_segment(session: Session, segment_id: int, *, name: str) -> Changes:
    row = _record(session, segment_id)
    clean_name: str = _name(name, "name")
    other = _same_name(session, row.entity, clean_name)
    if other is not None and other.id != row.id:
        raise ValidationError(f"A saved filter named “{other.name}” already exists.", field="name")
    if not apply_fields(session, row, ENTITY, {"name": clean_name}):
        return Changes()
    return Changes().add("updated", ENTITY, segment_id)


def delete_segment(session: Session, segment_id: int) -> Changes:
    """Forget a saved filter (the records it selected are untouched)."""
    row = _record(session, segment_id)
    session.delete(row)
    log_event(session, ENTITY, segment_id, DELETED)
    return Changes().add("deleted", ENTITY, segment_id)
