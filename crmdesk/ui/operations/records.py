"""Operations shared by the record lists (contacts and companies): edit, trash, tag, lifecycle.

The entity name picks the service functions, so undo commands and bulk actions are written
once for both lists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.context import AppContext
from crmdesk.services import companies, contacts, tags
from crmdesk.services.changes import Changes
from crmdesk.ui.ops import OpsHost, read, user_action

CUSTOM_PREFIX = "custom:"


@dataclass(frozen=True)
class RecordKind:
    """The service functions behind one kind of record."""

    entity: str
    update: Callable[..., Changes]
    detail: Callable[[Session, int], Any]
    trash: Callable[[Session, Sequence[int]], Changes]
    restore: Callable[[Session, Sequence[int]], Changes]


KINDS: dict[str, RecordKind] = {
    "contact": RecordKind(
        "contact",
        contacts.update_contact,
        contacts.get_contact,
        contacts.trash_contacts,
        contacts.restore_contacts,
    ),
    "company": RecordKind(
        "company",
        companies.update_company,
        companies.get_company,
        companies.trash_companies,
        companies.restore_companies,
    ),
}


def _split(values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Plain fields and custom fields (keys ``custom:<key>``) for ``update_*``."""
    plain = {k: v for k, v in values.items() if not k.startswith(CUSTOM_PREFIX)}
    custom = {
        k.removeprefix(CUSTOM_PREFIX): v for k, v in values.items() if k.startswith(CUSTOM_PREFIX)
    }
    return plain, custom or None


def _current(session: Session, entity: str, record_id: int, keys: Iterable[str]) -> dict[str, Any]:
    detail = KINDS[entity].detail(session, record_id)
    result: dict[str, Any] = {}
    for key in keys:
        if key.startswith(CUSTOM_PREFIX):
            result[key] = detail.custom.get(key.removeprefix(CUSTOM_PREFIX))
        else:
            result[key] = getattr(detail, key)
    return result


def field_values(
    ctx: AppContext, *, entity: str, record_id: int, keys: Iterable[str]
) -> dict[str, Any]:
    """The stored values of these fields now (what an undo puts back)."""
    return read(ctx, _current, entity, record_id, list(keys))


def update_fields(
    host: OpsHost, *, entity: str, record_id: int, values: Mapping[str, Any]
) -> dict[str, Any]:
    """Set fields (``custom:<key>`` for custom ones); return their values before the change."""
    plain, custom = _split(values)
    with user_action(host) as (session, changes):
        before = _current(session, entity, record_id, values.keys())
        changes.merge(KINDS[entity].update(session, record_id, values=plain, custom=custom))
    return before


def trash_records(host: OpsHost, *, entity: str, ids: Sequence[int]) -> list[int]:
    """Move records to the trash; return the ids that really moved (were live)."""
    with user_action(host) as (session, changes):
        changes.merge(KINDS[entity].trash(session, list(ids)))
    return sorted(changes.deleted.get(entity, set()))


def restore_records(host: OpsHost, *, entity: str, ids: Sequence[int]) -> list[int]:
    with user_action(host) as (session, changes):
        changes.merge(KINDS[entity].restore(session, list(ids)))
    return sorted(changes.created.get(entity, set()))


def add_tag(host: OpsHost, *, entity: str, ids: Sequence[int], name: str) -> list[int]:
    """Tag records; return the ids that did not have the tag (the ones an undo untags)."""
    with user_action(host) as (session, changes):
        changed = tags.add_tag(session, entity, ids, name)
        for record_id in changed:
            changes.add("updated", entity, record_id)
    return sorted(changed)


def remove_tag(host: OpsHost, *, entity: str, ids: Sequence[int], name: str) -> list[int]:
    """Untag records; return the ids that had the tag."""
    with user_action(host) as (session, changes):
        changed = tags.remove_tag(session, entity, ids, name)
        for record_id in changed:
            changes.add("updated", entity, record_id)
    return sorted(changed)


def set_lifecycles(
    host: OpsHost, *, entity: str, values: Mapping[int, str | None]
) -> dict[int, str | None]:
    """Give each record its lifecycle; return the lifecycles before (for undo)."""
    kind = KINDS[entity]
    before: dict[int, str | None] = {}
    with user_action(host) as (session, changes):
        for record_id, lifecycle in values.items():
            before[record_id] = kind.detail(session, record_id).lifecycle
            changes.merge(kind.update(session, record_id, values={"lifecycle": lifecycle}))
    return before


def tag_names(ctx: AppContext) -> list[str]:
    """Every tag name, for the tag filter and the bulk-tag box."""
    return [name for _id, name, _count in read(ctx, tags.all_tags)]
