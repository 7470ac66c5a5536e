"""Merging two contacts into one, and undoing the merge.

`merge_contacts` keeps one contact (`keep`) and folds the other (`other`) into it: the kept
contact gets the field values the user chose, the union of both contacts' emails, phones,
addresses, tags and custom values; every interaction, task, deal, ticket, order and deal
stakeholder role of `other` is re-pointed to `keep`; `other` goes to the trash untouched
otherwise. Everything is change-logged in the caller's transaction.

The returned `undo_token` is a plain JSON-safe dict (the undo stack may keep it in memory or
store it); `unmerge(session, token)` restores both contacts and the re-pointed links.
Finding candidates is services.duplicates (re-exported here).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    Address,
    ChangeLogEntry,
    Contact,
    Deal,
    EmailAddress,
    Interaction,
    Order,
    PhoneNumber,
    Task,
    Ticket,
)
from crmdesk.db.types import utcnow
from crmdesk.domain.text import digits_only, fold
from crmdesk.domain.validation import check_birthday
from crmdesk.errors import ValidationError
from crmdesk.services import contacts, deal_parts, interactions, search, tags
from crmdesk.services.changes import DELETED, RESTORED, Changes, apply_fields, to_log_text
from crmdesk.services.duplicates import DuplicateGroup, find_duplicate_contacts

__all__ = ["DuplicateGroup", "MergeResult", "find_duplicate_contacts", "merge_contacts", "unmerge"]

ENTITY = "contact"
MERGED = "*merged"  # logged on the kept contact, new value = the other contact's id
MERGED_INTO = "*merged_into"  # logged on the other contact, new value = the kept contact's id
UNMERGED = "*unmerged"
TOKEN_KIND = "contact-merge/1"

FIELDS = tuple(contacts.CLEANERS)
GROUPS: dict[str, tuple[str, ...]] = {
    "name": ("full_name", "given_name", "family_name", "name_order"),
    "birthday": ("birthday_year", "birthday_month", "birthday_day"),
    "consent": ("marketing_consent", "consent_date", "consent_source"),
}
DATETIME_FIELDS = frozenset({"consent_date", "last_interaction_at"})
LINKED: dict[str, Any] = {
    "interaction": Interaction,
    "task": Task,
    "deal": Deal,
    "ticket": Ticket,
    "order": Order,
}
#: Owned lists copied row by row: (model, columns, which columns say "the same entry").
CHANNELS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "emails": (EmailAddress, ("label", "email", "normalized")),
    "phones": (PhoneNumber, ("label", "raw", "e164")),
    "addresses": (Address, ("label", "street", "city", "region", "postal_code", "country")),
}


@dataclass(frozen=True)
class MergeResult:
    keep_id: int
    other_id: int
    changes: Changes
    undo_token: dict[str, Any]


def _contact(session: Session, contact_id: int, *, live: bool, field: str) -> Contact:
    record = session.get(Contact, contact_id)
    if record is None:
        raise ValidationError(f"Contact {contact_id} does not exist.", field=field)
    if live and record.deleted_at is not None:
        raise ValidationError(f"Contact {contact_id} is in the trash.", field=field)
    return record


def _expanded_choices(choices: Mapping[str, str]) -> dict[str, str]:
    """Per-field choices; a group name ("birthday") stands for all of its fields."""
    expanded: dict[str, str] = {}
    for name, side in choices.items():
        if side not in ("keep", "other"):
            raise ValidationError(f"Choose “keep” or “other” for {name}, not “{side}”.", field=name)
        if name in GROUPS:
            for member in GROUPS[name]:
                expanded.setdefault(member, side)
        elif name in FIELDS or name.startswith("custom:"):
            expanded[name] = side
        else:
            raise ValidationError(f"A contact has no field “{name}” to choose.", field=name)
    return expanded


def _empty(value: Any) -> bool:
    return value is None or value == "" or value is False


def _chosen_values(keep: Contact, other: Contact, choices: Mapping[str, str]) -> dict[str, Any]:
    """The kept contact's new field values (unchosen: keep's, or other's where keep's is empty)."""
    picked = _expanded_choices(choices)
    values: dict[str, Any] = {}
    grouped = {member: group for group, members in GROUPS.items() for member in members}
    for name in FIELDS:
        if name in picked:
            source = other if picked[name] == "other" else keep
        elif name in grouped:
            members = GROUPS[grouped[name]]
            source = other if all(_empty(getattr(keep, m)) for m in members) else keep
        else:
            source = other if _empty(getattr(keep, name)) else keep
        values[name] = getattr(source, name)
    check_birthday(values["birthday_year"], values["birthday_month"], values["birthday_day"])
    values["sort_name"] = fold(values["full_name"])[:300]
    values["custom"] = _merged_custom(keep.custom or {}, other.custom or {}, picked)
    return values


def _merged_custom(
    keep: Mapping[str, Any], other: Mapping[str, Any], picked: Mapping[str, str]
) -> dict[str, Any]:
    merged = {**other, **keep}
    for key, value in other.items():
        if picked.get(f"custom:{key}") == "other":
            merged[key] = value
    return merged


def _channel_rows(session: Session, name: str, contact_id: int) -> list[list[Any]]:
    model, columns = CHANNELS[name]
    query = (
        select(*(getattr(model, c) for c in columns))
        .where(model.contact_id == contact_id)
        .order_by(model.position, model.id)
    )
    return [list(row) for row in session.execute(query)]


def _entry_key(name: str, row: Sequence[Any]) -> tuple[Any, ...]:
    if name == "emails":
        return (row[2],)
    if name == "phones":
        return (row[2] or digits_only(row[1]),)
    return tuple(fold(part or "") for part in row[1:])


def _write_channel(
    session: Session, name: str, contact_id: int, old: list[list[Any]], new: list[list[Any]]
) -> bool:
    """Replace a contact's rows of one channel (as stored, no re-validation); log the change."""
    if old == new:
        return False
    model, columns = CHANNELS[name]
    session.execute(delete(model).where(model.contact_id == contact_id))
    if new:
        session.execute(
            insert(model),
            [
                {**dict(zip(columns, row, strict=True)), "contact_id": contact_id, "position": i}
                for i, row in enumerate(new)
            ],
        )
    shown = 1 if name != "addresses" else slice(1, None)
    session.add(
        ChangeLogEntry(
            entity=ENTITY,
            record_id=contact_id,
            field=name,
            old_value=to_log_text([row[shown] for row in old]),
            new_value=to_log_text([row[shown] for row in new]),
        )
    )
    return True


def _encode(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _decode(name: str, value: Any) -> Any:
    return datetime.fromisoformat(value) if name in DATETIME_FIELDS and value else value


def _repoint(
    session: Session, model: Any, entity: str, ids: Sequence[int], *, source: int, to: int
) -> None:
    """Point these records' contact from ``source`` to ``to``; log it on each record."""
    if not ids:
        return
    session.execute(
        update(model)
        .where(model.id.in_(list(ids)))
        .values(contact_id=to)
        .execution_options(synchronize_session="fetch")
    )
    session.execute(
        insert(ChangeLogEntry),
        [
            {
                "entity": entity,
                "record_id": i,
                "field": "contact_id",
                "old_value": str(source),
                "new_value": str(to),
            }
            for i in ids
        ],
    )


def merge_contacts(
    session: Session,
    *,
    keep_id: int,
    other_id: int,
    choices: Mapping[str, str] | None = None,
) -> MergeResult:
    """Fold ``other_id`` into ``keep_id``; ``choices`` maps fields to "keep" or "other".

    Fields not chosen keep the kept contact's value, or take the other's where the kept one is
    empty. Choices may name a field, a group ("name", "birthday", "consent") or "custom:<key>".
    """
    if keep_id == other_id:
        raise ValidationError("A contact cannot be merged with itself.", field="other_id")
    keep = _contact(session, keep_id, live=True, field="keep_id")
    other = _contact(session, other_id, live=True, field="other_id")
    values = _chosen_values(keep, other, choices or {})
    before = {name: getattr(keep, name) for name in (*values, "last_interaction_at")}
    before["custom"] = dict(keep.custom or {})
    token: dict[str, Any] = {"kind": TOKEN_KIND, "keep_id": keep_id, "other_id": other_id}
    changes = Changes().add("updated", ENTITY, keep_id).add("deleted", ENTITY, other_id)
    apply_fields(session, keep, ENTITY, values)
    token["keep_fields"] = {name: _encode(value) for name, value in before.items()}
    token["channels"] = _merge_channels(session, keep_id, other_id)
    token["tags"] = tags.read_tags(session, ENTITY, keep_id)
    other_tags = tags.read_tags(session, ENTITY, other_id)
    tags.set_tags(session, ENTITY, keep_id, [*token["tags"], *other_tags])
    token["moved"] = {}
    for entity, model in LINKED.items():
        ids = list(session.scalars(select(model.id).where(model.contact_id == other_id)))
        _repoint(session, model, entity, ids, source=other_id, to=keep_id)
        token["moved"][entity] = ids
        for record_id in ids:
            changes.add("updated", entity, record_id)
    token["stakeholders"] = deal_parts.move_stakeholder_roles(session, other_id, keep_id)
    interactions.refresh_last_interaction(session, [keep_id])
    keep.updated_at = other.deleted_at = utcnow()
    _log(session, keep_id, MERGED, other_id)
    _log(session, other_id, MERGED_INTO, keep_id)
    _log(session, other_id, DELETED, None)
    session.flush()
    _reindex(session, keep_id, other_id, token["moved"])
    return MergeResult(keep_id, other_id, changes, token)


def _merge_channels(session: Session, keep_id: int, other_id: int) -> dict[str, list[list[Any]]]:
    """Append the other's emails, phones and addresses the kept contact lacks; return keep's old."""
    snapshot: dict[str, list[list[Any]]] = {}
    for name in CHANNELS:
        mine = _channel_rows(session, name, keep_id)
        known = {_entry_key(name, row) for row in mine}
        extra = [
            row for row in _channel_rows(session, name, other_id)
            if _entry_key(name, row) not in known
        ]  # fmt: skip
        _write_channel(session, name, keep_id, mine, mine + extra)
        snapshot[name] = mine
    return snapshot


def _reindex(session: Session, keep_id: int, other_id: int, moved: Mapping[str, Any]) -> None:
    search.reindex(session, ENTITY, [keep_id, other_id])
    for entity in ("interaction", "deal", "ticket"):
        if moved.get(entity):
            search.reindex(session, entity, moved[entity])


def _log(session: Session, contact_id: int, event: str, other: int | None) -> None:
    new_value = None if other is None else str(other)
    session.add(
        ChangeLogEntry(entity=ENTITY, record_id=contact_id, field=event, new_value=new_value)
    )


def unmerge(session: Session, token: Mapping[str, Any]) -> Changes:
    """Undo `merge_contacts`: both contacts and the re-pointed links as they were before."""
    if token.get("kind") != TOKEN_KIND:
        raise ValidationError("This is not a contact merge that can be undone.")
    keep_id, other_id = int(token["keep_id"]), int(token["other_id"])
    keep = _contact(session, keep_id, live=False, field="keep_id")
    other = session.get(Contact, other_id)
    if other is None:
        raise ValidationError(
            "The merged contact has been erased from the trash; the merge cannot be undone.",
            field="other_id",
        )
    changes = Changes().add("updated", ENTITY, keep_id).add("created", ENTITY, other_id)
    for entity, ids in token["moved"].items():
        model = LINKED[entity]
        still = list(
            session.scalars(
                select(model.id).where(model.id.in_(list(ids)), model.contact_id == keep_id)
            )
        )
        _repoint(session, model, entity, still, source=keep_id, to=other_id)
        for record_id in still:
            changes.add("updated", entity, record_id)
    deal_parts.restore_stakeholder_roles(session, other_id, keep_id, token["stakeholders"])
    for name, rows in token["channels"].items():
        current = _channel_rows(session, name, keep_id)
        _write_channel(session, name, keep_id, current, [list(row) for row in rows])
    tags.set_tags(session, ENTITY, keep_id, token["tags"])
    before = {name: _decode(name, value) for name, value in token["keep_fields"].items()}
    apply_fields(session, keep, ENTITY, before)
    keep.updated_at = utcnow()
    if other.deleted_at is not None:
        other.deleted_at = None
        _log(session, other_id, RESTORED, None)
    _log(session, keep_id, UNMERGED, other_id)
    interactions.refresh_last_interaction(session, [keep_id, other_id])
    session.flush()
    _reindex(session, keep_id, other_id, token["moved"])
    return changes
