"""What a mutation changed, so views refresh only what they show; and the change log."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.db.models import ChangeLogEntry

CREATED = "*created"
DELETED = "*deleted"
RESTORED = "*restored"


@dataclass
class Changes:
    """Ids touched by one operation, per entity ("contact", "deal", ...)."""

    created: dict[str, set[int]] = field(default_factory=dict)
    updated: dict[str, set[int]] = field(default_factory=dict)
    deleted: dict[str, set[int]] = field(default_factory=dict)

    def add(self, kind: str, entity: str, record_id: int) -> Changes:
        getattr(self, kind).setdefault(entity, set()).add(record_id)
        return self

    def merge(self, other: Changes) -> Changes:
        for kind in ("created", "updated", "deleted"):
            mine: dict[str, set[int]] = getattr(self, kind)
            for entity, ids in getattr(other, kind).items():
                mine.setdefault(entity, set()).update(ids)
        return self

    def touches(self, entity: str) -> bool:
        return any(entity in getattr(self, kind) for kind in ("created", "updated", "deleted"))

    def ids(self, entity: str) -> set[int]:
        result: set[int] = set()
        for kind in ("created", "updated", "deleted"):
            result |= getattr(self, kind).get(entity, set())
        return result

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


def to_log_text(value: Any) -> str | None:
    """A stable text form of a field value for the change log."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal | str):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def log_event(
    session: Session, entity: str, record_id: int, event: str, *, batch_id: int | None = None
) -> None:
    session.add(ChangeLogEntry(entity=entity, record_id=record_id, field=event, batch_id=batch_id))


def apply_fields(
    session: Session,
    record: Any,
    entity: str,
    values: dict[str, Any],
    *,
    batch_id: int | None = None,
) -> dict[str, Any]:
    """Set attributes on ``record``, logging each real change; return {field: old value}."""
    before: dict[str, Any] = {}
    for name, new in values.items():
        old = getattr(record, name)
        if old == new:
            continue
        before[name] = old
        setattr(record, name, new)
        session.add(
            ChangeLogEntry(
                entity=entity,
                record_id=record.id,
                field=name,
                old_value=to_log_text(old),
                new_value=to_log_text(new),
                batch_id=batch_id,
            )
        )
    return before
