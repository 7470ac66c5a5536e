"""User-defined typed fields. Definitions are rows; values live in the record's `custom` JSON."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import CustomFieldDef
from crmdesk.domain.enums import CustomFieldType
from crmdesk.domain.text import fold
from crmdesk.errors import ValidationError
from crmdesk.services import fields


@dataclass(frozen=True, slots=True)
class FieldDef:
    id: int
    entity: str
    key: str
    label: str
    type: str
    choices: tuple[str, ...]


def _key_for(label: str) -> str:
    key = re.sub(r"[^0-9a-z\u0080-\uffff]+", "_", fold(label)).strip("_")
    return key[:60] or "field"


def field_key(label: str) -> str:
    """The key ``define_field`` gives (or finds) for a field labelled ``label`` (importers)."""
    return _key_for(label)


def define_field(
    session: Session,
    *,
    entity: str,
    label: str,
    type: str = CustomFieldType.TEXT,
    choices: list[str] | None = None,
) -> FieldDef:
    """Create a custom field (or return the existing one with the same label)."""
    label = fields.text(200, required=True)(label, "label")
    kind = fields.choice(CustomFieldType, required=True)(type, "type")
    key = _key_for(label)
    existing = session.scalar(
        select(CustomFieldDef).where(CustomFieldDef.entity == entity, CustomFieldDef.key == key)
    )
    if existing is None:
        position = session.scalar(
            select(func.count()).select_from(CustomFieldDef).where(CustomFieldDef.entity == entity)
        )
        existing = CustomFieldDef(
            entity=entity, key=key, label=label, type=kind, choices=choices, position=position or 0
        )
        session.add(existing)
        session.flush()
    return _plain(existing)


def _plain(row: CustomFieldDef) -> FieldDef:
    return FieldDef(row.id, row.entity, row.key, row.label, row.type, tuple(row.choices or ()))


def list_fields(session: Session, entity: str) -> list[FieldDef]:
    rows = session.scalars(
        select(CustomFieldDef)
        .where(CustomFieldDef.entity == entity)
        .order_by(CustomFieldDef.position)
    )
    return [_plain(row) for row in rows]


def clean_custom(session: Session, entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Validate values by their field's type; JSON-safe result (dates as ISO text)."""
    defs = {d.key: d for d in list_fields(session, entity)}
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        definition = defs.get(key)
        if definition is None:
            raise ValidationError(f"There is no custom field “{key}”.", field=f"custom:{key}")
        if value is None or value == "":
            continue
        cleaned[key] = _clean_one(definition, value)
    return cleaned


def _clean_one(definition: FieldDef, value: Any) -> Any:
    name = f"custom:{definition.key}"
    if definition.type == CustomFieldType.NUMBER:
        try:
            return float(fold(str(value)).replace(",", "."))
        except ValueError:
            raise ValidationError(f"{definition.label} must be a number.", field=name) from None
    if definition.type == CustomFieldType.DATE:
        parsed = fields.day(value, name)
        return parsed.isoformat() if parsed else None
    if definition.type == CustomFieldType.BOOLEAN:
        return fields.boolean(value, name)
    text = fields.text(32767)(value, name)
    if (
        definition.type == CustomFieldType.CHOICE
        and definition.choices
        and text not in definition.choices
    ):
        raise ValidationError(
            f"{definition.label} must be one of: {', '.join(definition.choices)}.", field=name
        )
    return text
