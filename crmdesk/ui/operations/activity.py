"""Operations behind Ctrl+L, the Today page and the command palette.

Writes (log an interaction, tick a task) are one transaction each through
:func:`crmdesk.ui.ops.user_action`, which broadcasts the ``Changes`` so the timeline and
Today refresh. Reads are one short session each; they return the services' plain dataclasses.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy.orm import Session

from crmdesk.context import AppContext
from crmdesk.services import deals, interactions, search, stats, tasks, tickets, today
from crmdesk.services.interactions import FollowUp
from crmdesk.services.search import SearchHit
from crmdesk.services.today import TodayView
from crmdesk.ui.ops import OpsHost, read, user_action

CUSTOMERS = ("contact", "company")
PICKER_LIMIT = 8


@dataclass(frozen=True)
class InteractionDraft:
    """What the log-interaction dialog collects; ``occurred_at`` is an aware UTC time."""

    kind: str
    occurred_at: datetime
    subject: str
    direction: str
    body: str | None = None
    duration_minutes: int | None = None
    outcome: str | None = None
    contact_id: int | None = None
    company_id: int | None = None
    follow_up: FollowUp | None = None


@dataclass(frozen=True)
class Logged:
    """What one saved draft created: the interaction and its follow-up task (if any)."""

    interaction_id: int
    task_id: int | None = None


def log_interaction(host: OpsHost, *, draft: InteractionDraft) -> Logged:
    """Store the interaction and its follow-up in one transaction."""
    with user_action(host) as (session, changes):
        interaction_id, made = interactions.log_interaction(
            session,
            kind=draft.kind,
            occurred_at=draft.occurred_at,
            subject=draft.subject,
            body=draft.body,
            direction=draft.direction,
            duration_minutes=draft.duration_minutes,
            outcome=draft.outcome,
            contact_id=draft.contact_id,
            company_id=draft.company_id,
            follow_up=draft.follow_up,
        )
        changes.merge(made)
    task_ids = sorted(changes.created.get("task", set()))
    return Logged(interaction_id, task_ids[0] if task_ids else None)


def trash_logged(host: OpsHost, *, logged: Logged) -> None:
    """Take a logged interaction back (undo): it and its follow-up go to the trash."""
    with user_action(host) as (session, changes):
        changes.merge(interactions.trash_interactions(session, [logged.interaction_id]))
        if logged.task_id is not None:
            changes.merge(tasks.trash_tasks(session, [logged.task_id]))


def restore_logged(host: OpsHost, *, logged: Logged) -> None:
    """Redo of :func:`trash_logged`."""
    with user_action(host) as (session, changes):
        changes.merge(interactions.restore_interactions(session, [logged.interaction_id]))
        if logged.task_id is not None:
            changes.merge(tasks.restore_tasks(session, [logged.task_id]))


def set_task_done(host: OpsHost, *, task_id: int, done: bool) -> bool:
    """Tick a task done (or open it again); False when it already was."""
    with user_action(host) as (session, changes):
        changes.merge(tasks.set_task_done(session, task_id, done))
    return bool(changes)


def load_today(ctx: AppContext, *, now: datetime, tz: tzinfo, limit: int) -> TodayView:
    return read(ctx, today.today_view, now=now, tz=tz, limit=limit)


def _has_customers(session: Session) -> bool:
    counts = stats.record_counts(session)
    return any(counts[entity] for entity in CUSTOMERS)


def file_is_empty(ctx: AppContext) -> bool:
    """True while the file holds no contact and no company (the first-start welcome)."""
    return not read(ctx, _has_customers)


def find(
    ctx: AppContext, text: str, *, limit: int, entities: Collection[str] | None = None
) -> list[SearchHit]:
    """Search hits for ``text`` (folded: ``علي`` finds ``علی``), grouped entity by entity."""
    return read(ctx, search.search, text, limit=limit, entities=entities)


def find_customers(ctx: AppContext, text: str) -> list[SearchHit]:
    """People and companies matching ``text``, for the "who" picker."""
    return find(ctx, text, limit=PICKER_LIMIT, entities=CUSTOMERS)


def _describe(session: Session, entity: str, record_id: int) -> SearchHit | None:
    doc = search.document_for(session, entity, record_id)
    return None if doc is None else SearchHit(entity, record_id, doc.title, doc.subtitle)


def describe(ctx: AppContext, entity: str, record_id: int) -> SearchHit | None:
    """Title and subtitle of one live record (None when it is gone or in the trash)."""
    return read(ctx, _describe, entity, record_id)


def _targets(session: Session, entity: str, record_id: int) -> list[tuple[str, int]]:
    links: list[tuple[str, int | None]]
    if entity == "interaction":
        info = interactions.get_interaction(session, record_id)
        links = [("contact", info.contact_id), ("company", info.company_id)]
        links += [("deal", info.deal_id), ("ticket", info.ticket_id)]
    elif entity == "deal":
        deal = deals.get_deal(session, record_id)
        links = [("deal", record_id), ("contact", deal.contact_id), ("company", deal.company_id)]
    elif entity == "ticket":
        ticket = tickets.get_ticket(session, record_id)
        links = [("ticket", record_id), ("contact", ticket.contact_id)]
        links.append(("company", ticket.company_id))
    else:
        links = [(entity, record_id)]
    return [(kind, target) for kind, target in links if target is not None]


def open_targets(ctx: AppContext, entity: str, record_id: int) -> list[tuple[str, int]]:
    """Records that can show this one, best first: itself, then its contact, its company."""
    return read(ctx, _targets, entity, record_id)
