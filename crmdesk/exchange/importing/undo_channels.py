"""Which emails, phones and addresses an import added are still the rows it wrote, for
``undo_import``.

Undo finds what an update added by the row ids its journal kept. But editing a record's
emails, phones or addresses (``services.channels``), merging and unmerging delete its rows and
write them again with fresh ids, and SQLite (INTEGER PRIMARY KEY, no AUTOINCREMENT) hands a
freed id to the next row: after such an edit a kept id may name the email the user just typed,
or another record's phone. So a row goes only while it is still exactly what the import wrote:
the same id, the same owner and the same values (the journal keeps them: ``JOURNAL``).
Any other one, changed, gone or now someone else's, is left alone and counted as kept, like an
overwritten field edited since. Journals written before the values were kept hold bare ids:
such a row goes only while its owner matches and the record's list of that kind was not edited
since the import (every rewrite of the list logs it in the change log).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from crmdesk.db import models
from crmdesk.exchange.importing.write_people import JOURNAL
from crmdesk.exchange.importing.writing import chunks, table_of

#: The journal's lists of added rows (keys of ``ImportBatchItem.before``) and their tables;
#: the change log names an edit of a record's list by the same key.
CHANNELS: dict[str, type[models.Base]] = {
    "emails": models.EmailAddress,
    "phones": models.PhoneNumber,
    "addresses": models.Address,
}
#: The column of an email, phone or address that names its record, by entity.
OWNER = {"contact": "contact_id", "company": "company_id"}
#: (record id, its journal ``before``) of updated records
Updated = Sequence[tuple[int, dict[str, Any]]]


def remove_added_channels(session: Session, entity: str, records: Updated, since: datetime) -> int:
    """Delete the emails, phones and addresses the import (started at ``since``) added to
    ``records`` (of ``entity``) that are still as it wrote them; return how many were not."""
    owner = OWNER.get(entity)
    if owner is None:  # orders, deals, tickets have none
        return 0
    edited = _edited_since(session, entity, records, since)
    kept = 0
    for kind, model in CHANNELS.items():
        written: list[tuple[Any, ...]] = []  # (row id, record id, *values written)
        bare: list[tuple[Any, ...]] = []  # (row id, record id) from an older journal
        for record_id, before in records:
            for entry in before.get(kind, ()):
                kept += 1
                if not isinstance(entry, int):
                    written.append((entry[0], record_id, *entry[1:]))
                elif (record_id, kind) not in edited:  # no values to compare: trust the list
                    bare.append((entry, record_id))
        table = table_of(model)
        kept -= _delete_unchanged(session, table, owner, JOURNAL[kind], written)
        kept -= _delete_unchanged(session, table, owner, (), bare)
    return kept


def _delete_unchanged(
    session: Session,
    table: Table,
    owner: str,
    columns: tuple[str, ...],
    rows: list[tuple[Any, ...]],
) -> int:
    """DELETE each of ``rows`` (id, owner id, *values of ``columns``) where the table still has
    exactly that (``IS``: NULL matches NULL); return how many went. One executemany, no reads."""
    if not rows:
        return 0
    quote = session.get_bind().dialect.identifier_preparer.quote
    tests = [f"{quote(name)} = ?" for name in ("id", owner)]
    tests += [f"{quote(name)} IS ?" for name in columns]
    sql = f"DELETE FROM {quote(table.name)} WHERE {' AND '.join(tests)}"
    return int(session.connection().exec_driver_sql(sql, rows).rowcount)


def _edited_since(
    session: Session, entity: str, records: Updated, since: datetime
) -> set[tuple[int, str]]:
    """(record id, list) of the lists edited since the import, of the records whose journal
    holds bare ids (only those need it)."""
    bare = sorted(
        {
            record_id
            for record_id, before in records
            if any(isinstance(entry, int) for kind in CHANNELS for entry in before.get(kind, ()))
        }
    )
    log = models.ChangeLogEntry
    edited: set[tuple[int, str]] = set()
    for chunk in chunks(bare):
        query = select(log.record_id, log.field).where(
            log.entity == entity,
            log.record_id.in_(chunk),
            log.field.in_(list(CHANNELS)),
            log.changed_at >= since,
        )
        edited.update((record_id, kind) for record_id, kind in session.execute(query))
    return edited
