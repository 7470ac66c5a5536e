"""``undo_import``: take a whole import batch back, in the caller's transaction.

- Records the batch created are deleted for good (with their emails, phones, addresses, tags,
  order lines) when nothing happened to them since. A created record that was edited after the
  import (a change-log entry not from this batch), or that other records now point at (a call
  logged with the contact, a deal, an order, a person at a created company), is moved to the
  trash instead: nothing a user added later is lost, and it can be restored from the trash.
- Fields the batch overwrote get their old value back where they still hold the value the
  import wrote; a field edited since keeps the later edit. Emails, phones, addresses, tags and
  order lines the batch added are removed; order lines it replaced come back. An email, phone
  or address goes only while it is still the row the import wrote (same id, record and value:
  an edit rewrites a record's rows and SQLite reuses freed ids, ``undo_channels``); one that is
  not is left alone and counted in ``kept_fields`` like a field edited since.
- Undo never destroys what the user combined afterwards (``undo_merges``). A record the batch
  created that was merged since, into another record or with another merged into it, is left
  as it is, and so is a record the batch updated that was merged into another one since (it is
  in the trash; the merge result holds its data). A record the batch updated that had another
  merged into it gets back only the fields still holding what the import wrote (the rule
  above), and keeps its emails, phones, addresses and tags: the merge made one list of both
  records' and rewrote its rows, so an entry the import added may as well have come from the
  merged-in record. All of these are counted in ``kept_merged``, except that last kind, which
  is restored (``updated``) with its kept fields and lists in ``kept_fields``.
- Tags and custom field definitions the import created stay (they are harmless when unused).
- The batch is marked undone; undoing it again is refused.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from crmdesk.db import models
from crmdesk.db.types import utcnow
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.exchange.importing.undo_channels import remove_added_channels
from crmdesk.exchange.importing.undo_merges import merged_since
from crmdesk.exchange.importing.writing import (
    Buffer,
    Changed,
    Journal,
    bulk_update,
    chunks,
    decode,
    table_of,
)
from crmdesk.services import search
from crmdesk.services.changes import DELETED, Changes

MODELS: dict[str, type[Any]] = {
    "order": models.Order,
    "deal": models.Deal,
    "ticket": models.Ticket,
    "contact": models.Contact,
    "company": models.Company,
}
TAG_LINKS: dict[str, tuple[type[Any], str]] = {
    "contact": (models.ContactTag, "contact_id"),
    "company": (models.CompanyTag, "company_id"),
    "deal": (models.DealTag, "deal_id"),
}
#: What an update added to a record besides its fields (left on a record merged since).
_LISTS = ("emails", "phones", "addresses", "tags")
#: Records that, when they point at a created record, keep it alive (then it is trashed).
_PEOPLE_POINTERS = (models.Interaction, models.Task, models.Deal, models.Ticket, models.Order)
_POINTERS: dict[str, tuple[tuple[type[Any], str], ...]] = {
    "contact": tuple((m, "contact_id") for m in _PEOPLE_POINTERS),
    "company": tuple((m, "company_id") for m in (models.Contact, *_PEOPLE_POINTERS)),
    "deal": ((models.Interaction, "deal_id"), (models.Task, "deal_id")),
    "ticket": ((models.Interaction, "ticket_id"), (models.Task, "ticket_id")),
}


@dataclass
class UndoResult(Changes):
    """What the undo changed; ``trashed`` lists created records moved to the trash (edited or
    linked since the import) instead of being deleted, ``kept_fields`` counts what it left
    alone because it changed since (overwritten fields, added emails, phones and addresses, the
    lists of a record merged since), ``kept_merged`` the records left as they are because they
    were merged since (see the module docstring)."""

    trashed: dict[str, set[int]] = field(default_factory=dict)
    kept_fields: int = 0
    kept_merged: dict[str, set[int]] = field(default_factory=dict)

    def keep_merged(self, entity: str, record_id: int) -> None:
        self.kept_merged.setdefault(entity, set()).add(record_id)


def undo_import(session: Session, batch_id: int) -> UndoResult:
    """Undo import batch ``batch_id``; NotFoundError / ValidationError for a wrong id.

    Undo never destroys what the user combined afterwards: records merged since the import
    (either side of the merge) are not deleted, trashed or rolled back past the merge; they
    are reported in ``kept_merged`` (details in the module docstring)."""
    batch = session.get(models.ImportBatch, batch_id)
    if batch is None:
        raise NotFoundError(f"There is no import with number {batch_id}.")
    if batch.undone_at is not None:
        when = batch.undone_at.strftime("%Y-%m-%d %H:%M")
        raise ValidationError(f"Import {batch_id} was already undone ({when} UTC).")
    result = UndoResult()
    since = batch.started_at
    now = utcnow()
    buffer = Buffer(session)
    journal = Journal(buffer, batch_id, now)
    created: dict[str, list[int]] = defaultdict(list)
    updated: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    items = select(
        models.ImportBatchItem.entity,
        models.ImportBatchItem.record_id,
        models.ImportBatchItem.action,
        models.ImportBatchItem.before,
    ).where(models.ImportBatchItem.batch_id == batch_id)
    for entity, record_id, action, before in session.execute(items):
        if action == "created":
            created[entity].append(record_id)
        else:
            updated[entity].append((record_id, before or {}))
    for entity, records in updated.items():
        _restore(session, entity, records, journal, result, since)
    for entity in MODELS:  # orders, deals, tickets before the people they point at
        if created.get(entity):
            _remove(session, entity, created[entity], batch_id, journal, result, since)
    buffer.flush()
    batch.undone_at = now
    session.flush()
    return result


# --------------------------------------------------------------------------- updated records


def _restore(
    session: Session,
    entity: str,
    records: list[tuple[int, dict[str, Any]]],
    journal: Journal,
    result: UndoResult,
    since: datetime,
) -> None:
    table = table_of(MODELS[entity])
    for chunk in chunks(records):
        ids = [record_id for record_id, _ in chunk]
        current = {
            row.id: row._mapping
            for row in session.execute(select(table).where(table.c.id.in_(ids)))
        }
        merges = merged_since(session, entity, ids, since)
        changed: Changed = defaultdict(list)
        added: list[tuple[int, dict[str, Any]]] = []  # records whose additions go
        for record_id, before in chunk:
            row = current.get(record_id)
            if row is None:
                continue  # erased since: nothing to restore
            if record_id in merges.merged_away:
                result.keep_merged(entity, record_id)  # its data lives on in the merge result
                continue
            values = _old_values(row, before, result)
            if record_id in merges.survivors:
                result.kept_fields += sum(1 for name in _LISTS if before.get(name))
            else:
                _remove_added(session, entity, record_id, before)
                added.append((record_id, before))
            for name, value in values.items():
                journal.field(entity, record_id, name, row[name], value)
            values["updated_at"] = journal.now
            changed[frozenset(values)].append({"_id": record_id, **values})
            result.add("updated", entity, record_id)
        result.kept_fields += remove_added_channels(session, entity, added, since)
        bulk_update(session, table, changed)
        live = [r for r in ids if r in current and r not in merges.merged_away]
        if entity in search.ENTITY_CODES and live:
            search.reindex(session, entity, live)


def _old_values(row: Any, before: dict[str, Any], result: UndoResult) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, (old, new) in before.get("fields", {}).items():
        if row[name] == decode(new):
            values[name] = decode(old)
        else:
            result.kept_fields += 1
    custom_before = before.get("custom", {})
    if custom_before:
        custom = dict(row["custom"] or {})
        for key, (old, new) in custom_before.items():
            if custom.get(key) != new:
                result.kept_fields += 1
            elif old is None:
                custom.pop(key, None)
            else:
                custom[key] = old
        values["custom"] = custom
    return values


def _remove_added(session: Session, entity: str, record_id: int, before: dict[str, Any]) -> None:
    """Order lines and tags the import added to one record (``remove_added_channels`` takes
    emails, phones and addresses, a chunk of records at a time)."""
    if before.get("lines_added"):
        line = models.OrderLine
        session.execute(delete(line).where(line.id.in_(before["lines_added"])))
    if before.get("tags") and entity in TAG_LINKS:
        link, column = TAG_LINKS[entity]
        session.execute(
            delete(link).where(getattr(link, column) == record_id, link.tag_id.in_(before["tags"]))
        )
    if before.get("lines_removed"):
        lines = [
            {**{k: decode(v) for k, v in line.items()}, "order_id": record_id, "position": i}
            for i, line in enumerate(before["lines_removed"])
        ]
        session.execute(insert(table_of(models.OrderLine)), lines)


# --------------------------------------------------------------------------- created records


def _remove(
    session: Session,
    entity: str,
    ids: list[int],
    batch_id: int,
    journal: Journal,
    result: UndoResult,
    since: datetime,
) -> None:
    model = MODELS[entity]
    table = table_of(model)
    for chunk in chunks(sorted(ids), 500):
        existing = set(session.scalars(select(model.id).where(model.id.in_(chunk))))
        keep = _touched_since(session, entity, sorted(existing), batch_id)
        gone = sorted(existing - keep)
        merges = merged_since(session, entity, sorted(keep), since)  # a merge touches both
        for record_id in sorted(keep):
            if merges.took_part(record_id):  # left to the merge result, as it is
                keep.discard(record_id)
                result.keep_merged(entity, record_id)
        if keep:
            session.execute(
                update(table)
                .where(table.c.id.in_(sorted(keep)), table.c.deleted_at.is_(None))
                .values(deleted_at=journal.now)
            )
            for record_id in sorted(keep):
                journal.field(entity, record_id, DELETED, None, None)
                result.trashed.setdefault(entity, set()).add(record_id)
                result.add("deleted", entity, record_id)
        if gone:
            if entity in search.ENTITY_CODES:
                search.remove(session, entity, gone)
            session.execute(delete(table).where(table.c.id.in_(gone)))
            for record_id in gone:
                result.add("deleted", entity, record_id)
        if keep and entity in search.ENTITY_CODES:
            search.reindex(session, entity, sorted(keep))


def _touched_since(session: Session, entity: str, ids: list[int], batch_id: int) -> set[int]:
    """Created records edited since the import, or pointed at by records that stay."""
    if not ids:
        return set()
    log = models.ChangeLogEntry
    touched = set(
        session.scalars(
            select(log.record_id).where(
                log.entity == entity,
                log.record_id.in_(ids),
                or_(log.batch_id.is_(None), log.batch_id != batch_id),
            )
        )
    )
    for model, column in _POINTERS.get(entity, ()):
        # Records of this batch that point here were removed before (orders, deals and
        # tickets go first, then contacts, then companies); what still points here stays.
        link = getattr(model, column)
        touched.update(session.scalars(select(link).where(link.in_(ids)).distinct()))
    return touched
