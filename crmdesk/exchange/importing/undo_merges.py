"""Which records of an import took part in a merge since, for ``undo_import``.

A merge leaves no mark on the records themselves, only in the change log: ``*merged`` on the
record that stays (new value: the other's id), ``*merged_into`` on the one folded into it
(new value: the kept one's id), and an unmerge logs ``*unmerged`` on the kept one. A merge
counts while more merges than unmerges of that pair were logged since the import: a merge the
user took back combined nothing. Looked up by record id through the change log's
(entity, record_id, changed_at) index, so the cost follows the ids asked about, not the log.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db import models
from crmdesk.services.merge import MERGED, MERGED_INTO, UNMERGED

#: (kept id, other id) of one merge
Pair = tuple[int, int]


@dataclass(frozen=True)
class MergedSince:
    """Of the ids asked about: ``survivors`` had another record merged into them since the
    import, ``merged_away`` were merged into another record (and went to the trash)."""

    survivors: set[int] = field(default_factory=set)
    merged_away: set[int] = field(default_factory=set)

    def took_part(self, record_id: int) -> bool:
        return record_id in self.survivors or record_id in self.merged_away


def merged_since(session: Session, entity: str, ids: Sequence[int], since: datetime) -> MergedSince:
    """The merges still in effect that ``ids`` (records of ``entity``) took part in after
    ``since``."""
    result = MergedSince()
    if not ids:
        return result
    merged: Counter[Pair] = Counter()  # logged on the kept record
    into: Counter[Pair] = Counter()  # logged on the other one
    unmerged: Counter[Pair] = Counter()
    for record_id, event, other in _events(session, entity, ids, since):
        if event == MERGED:
            merged[record_id, other] += 1
        elif event == MERGED_INTO:
            into[other, record_id] += 1
        else:
            unmerged[record_id, other] += 1
    # An unmerge is logged on the kept record only: read it where that one was not asked about.
    outside = sorted({kept for kept, _ in into} - set(ids))
    for record_id, _, other in _events(session, entity, outside, since, (UNMERGED,)):
        unmerged[record_id, other] += 1
    for pair, count in merged.items():
        if count > unmerged[pair]:
            result.survivors.add(pair[0])
    for pair, count in into.items():
        if count > unmerged[pair]:
            result.merged_away.add(pair[1])
    return result


def _events(
    session: Session,
    entity: str,
    ids: Sequence[int],
    since: datetime,
    events: tuple[str, ...] = (MERGED, MERGED_INTO, UNMERGED),
) -> list[tuple[int, str, int]]:
    """(record id, event, the other record's id) of these merge events of ``ids``."""
    if not ids:
        return []
    log = models.ChangeLogEntry
    query = select(log.record_id, log.field, log.new_value).where(
        log.entity == entity,
        log.record_id.in_(list(ids)),
        log.changed_at >= since,
        log.field.in_(events),
    )
    return [
        (record_id, event, int(other))
        for record_id, event, other in session.execute(query)
        if other is not None and other.isdigit()
    ]
