"""Operations of the list pages beyond records: saved filters (segments) and the trash."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from crmdesk.context import AppContext
from crmdesk.services import segments, trash
from crmdesk.services.segments import SegmentInfo
from crmdesk.services.trash import TrashItem
from crmdesk.ui.ops import OpsHost, read, user_action

TRASH_LIMIT = 1000


def list_segments(ctx: AppContext, *, entity: str) -> list[SegmentInfo]:
    return read(ctx, segments.list_segments, entity)


def save_segment(
    host: OpsHost, *, entity: str, name: str, criteria: Mapping[str, Any], replace: bool = False
) -> int:
    """Keep the list's filter under ``name``; return the segment's id."""
    with user_action(host) as (session, changes):
        segment_id, saved = segments.save_segment(
            session, name=name, entity=entity, criteria=criteria, replace=replace
        )
        changes.merge(saved)
    return segment_id


def delete_segment(host: OpsHost, *, segment_id: int) -> None:
    with user_action(host) as (session, changes):
        changes.merge(segments.delete_segment(session, segment_id))


def list_trash(ctx: AppContext) -> list[TrashItem]:
    """The most recently deleted records of every kind (at most ``TRASH_LIMIT``)."""
    return read(ctx, trash.list_trash, limit=TRASH_LIMIT)


def count_trash(ctx: AppContext) -> int:
    return read(ctx, trash.count_trash)


def restore_from_trash(host: OpsHost, *, items: Sequence[tuple[str, int]]) -> None:
    """Bring these (entity, id) records back, in one transaction."""
    by_entity: dict[str, list[int]] = {}
    for entity, record_id in items:
        by_entity.setdefault(entity, []).append(record_id)
    with user_action(host) as (session, changes):
        for entity, ids in by_entity.items():
            changes.merge(trash.restore(session, entity, ids))


def empty_trash(host: OpsHost) -> None:
    """Erase every trashed record for good."""
    with user_action(host) as (session, changes):
        changes.merge(trash.empty_trash(session))
