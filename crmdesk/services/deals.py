"""Deals: create, read, update, trash, restore and move between stages of the board.

Follows the pattern of services.contacts (cleaners, change log, search, Changes). The value
is exact money (minor units + currency, see domain.money). A deal's `position` orders the
cards of one stage; moves renumber the live cards of both stages densely (0, 1, 2, ...).
The board and the won/lost analysis live in services.deal_board (re-exported here).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from crmdesk.db.models import Company, Contact, Deal, Pipeline
from crmdesk.db.types import utcnow
from crmdesk.domain.money import Money
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services import amounts, deal_parts, fields, links, pipelines, search, tags
from crmdesk.services.changes import (
    CREATED,
    DELETED,
    RESTORED,
    Changes,
    apply_fields,
    log_event,
)
from crmdesk.services.deal_board import BoardColumn, DealCard, WinLoss, board, win_loss
from crmdesk.services.deal_parts import Stakeholder
from crmdesk.services.pipelines import StageInfo

__all__ = [
    "BoardColumn", "DealCard", "DealDetail", "Stakeholder", "WinLoss", "board", "create_deal",
    "get_deal", "move_deal", "restore_deals", "trash_deals", "update_deal", "win_loss",
]  # fmt: skip

ENTITY = "deal"

CLEANERS: dict[str, fields.Cleaner] = {
    "title": fields.text(300),
    "pipeline_id": links.link_id,
    "stage_id": links.link_id,
    "currency": fields.currency,
    "expected_close": fields.day,
    "contact_id": links.link_id,
    "company_id": links.link_id,
    "lead_source": fields.text(100),
    "lost_reason": fields.text(300),
    "notes": fields.text(100000),
}


@dataclass(frozen=True)
class DealDetail:
    """Everything the deal page shows, as plain values."""

    id: int
    title: str
    pipeline_id: int
    pipeline_name: str
    stage_id: int
    stage_name: str
    probability: int
    is_won: bool
    is_lost: bool
    position: int
    value_minor: int
    currency: str
    expected_close: date | None
    contact_id: int | None
    contact_name: str | None
    company_id: int | None
    company_name: str | None
    lead_source: str | None
    lost_reason: str | None
    closed_at: datetime | None
    notes: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    stakeholders: list[Stakeholder] = field(default_factory=list)
    competitors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def value(self) -> Money:
        return Money(self.value_minor, self.currency)


def _clean(session: Session, record: Deal | None, values: Mapping[str, Any]) -> dict[str, Any]:
    """Cleaned field values, the value parsed into value_minor with the deal's currency."""
    raw = dict(values)
    fallback = record.currency if record else amounts.default_currency(session)
    currency = amounts.currency_of(raw, fallback)
    minor = amounts.take_amount(raw, amount_key="value", minor_key="value_minor", currency=currency)
    cleaned = fields.clean_values(CLEANERS, raw, entity=ENTITY)
    if "title" in cleaned or record is None:
        cleaned["title"] = fields.text(300, required=True)(cleaned.get("title"), "title")
    if minor is not None:
        cleaned["value_minor"] = minor
    if record is None:
        cleaned["currency"] = currency
    elif "currency" in cleaned:
        amounts.check_currency_change(
            record.currency, currency, amount_given=minor is not None, field="value"
        )
    links.check_links(session, cleaned)
    return cleaned


def _target_stage(session: Session, cleaned: dict[str, Any], current: int | None) -> StageInfo:
    """The stage ``cleaned`` asks for (stage_id and/or pipeline_id), or the default one."""
    stage_id = cleaned.pop("stage_id", None)
    pipeline_id = cleaned.pop("pipeline_id", None)
    if stage_id is not None:
        stage = _stage_or_error(session, stage_id)
        if pipeline_id is not None and stage.pipeline_id != pipeline_id:
            raise ValidationError("That stage belongs to another pipeline.", field="stage_id")
        return stage
    if current is not None and pipeline_id is None:
        return pipelines.get_stage(session, current)
    if pipeline_id is None:
        pipeline_id = pipelines.ensure_default_pipeline(session)
    elif session.get(Pipeline, pipeline_id) is None:
        raise ValidationError("That pipeline does not exist.", field="pipeline_id")
    stages = pipelines.stages_of(session, pipeline_id)
    if current is not None and any(s.id == current for s in stages):
        return pipelines.get_stage(session, current)
    open_stages = [s for s in stages if not s.is_closed] or stages
    if not open_stages:
        raise ValidationError("That pipeline has no stages.", field="pipeline_id")
    return open_stages[0]


def _stage_or_error(session: Session, stage_id: int) -> StageInfo:
    try:
        return pipelines.get_stage(session, stage_id)
    except NotFoundError:
        raise ValidationError("That stage does not exist.", field="stage_id") from None


def create_deal(
    session: Session,
    *,
    values: Mapping[str, Any],
    tag_names: Sequence[str] = (),
    stakeholders: Sequence[tuple[int, str]] = (),
    competitors: Sequence[str] = (),
    batch_id: int | None = None,
) -> tuple[int, Changes]:
    """Create a deal at the end of its stage (default: first open stage of the default pipeline)."""
    cleaned = _clean(session, None, values)
    stage = _target_stage(session, cleaned, None)
    lost_reason = cleaned.pop("lost_reason", None)
    if lost_reason is not None and not stage.is_lost:
        raise ValidationError("Only a lost deal has a lost reason.", field="lost_reason")
    if cleaned.get("contact_id") and not cleaned.get("company_id"):
        cleaned["company_id"] = links.company_of(session, cleaned["contact_id"])
    record = Deal(
        pipeline_id=stage.pipeline_id, stage_id=stage.id, value_minor=0, import_batch_id=batch_id
    )
    for name, value in cleaned.items():
        setattr(record, name, value)
    record.position = len(_live_ids_in(session, stage.id))
    for name, value in pipelines.closing_values(None, None, stage, lost_reason=lost_reason).items():
        setattr(record, name, value)
    session.add(record)
    session.flush()
    deal_parts.set_stakeholders(session, record.id, stakeholders, log=False)
    deal_parts.set_competitors(session, record.id, competitors, log=False)
    tags.set_tags(session, ENTITY, record.id, tag_names)
    log_event(session, ENTITY, record.id, CREATED, batch_id=batch_id)
    search.reindex(session, ENTITY, [record.id])
    return record.id, Changes().add("created", ENTITY, record.id)


def _live(session: Session, deal_id: int) -> Deal:
    record = session.get(Deal, deal_id)
    if record is None:
        raise NotFoundError(f"Deal {deal_id} does not exist.")
    return record


def update_deal(
    session: Session,
    deal_id: int,
    *,
    values: Mapping[str, Any] | None = None,
    tag_names: Sequence[str] | None = None,
    stakeholders: Sequence[tuple[int, str]] | None = None,
    competitors: Sequence[str] | None = None,
    batch_id: int | None = None,
) -> Changes:
    """Change any part of a deal; parts passed as None stay. A new stage puts it at the end."""
    record = _live(session, deal_id)
    cleaned = _clean(session, record, values or {})
    changes = Changes()
    if {"stage_id", "pipeline_id"} & cleaned.keys():
        stage = _target_stage(session, cleaned, record.stage_id)
        if stage.id != record.stage_id:
            reason = cleaned.pop("lost_reason", None)
            changes.merge(move_deal(session, deal_id, stage_id=stage.id, lost_reason=reason))
    if cleaned.get("lost_reason") and not pipelines.get_stage(session, record.stage_id).is_lost:
        raise ValidationError("Only a lost deal has a lost reason.", field="lost_reason")
    changed = bool(apply_fields(session, record, ENTITY, cleaned, batch_id=batch_id))
    if tag_names is not None:
        changed |= tags.set_tags(session, ENTITY, deal_id, tag_names)
    if stakeholders is not None:
        changed |= deal_parts.set_stakeholders(session, deal_id, stakeholders)
    if competitors is not None:
        changed |= deal_parts.set_competitors(session, deal_id, competitors)
    if changed:
        record.updated_at = utcnow()
        session.flush()
        search.reindex(session, ENTITY, [deal_id])
        changes.add("updated", ENTITY, deal_id)
    return changes


def get_deal(session: Session, deal_id: int) -> DealDetail:
    record = _live(session, deal_id)
    stage = pipelines.get_stage(session, record.stage_id)
    pipeline = session.get(Pipeline, record.pipeline_id)
    contact = session.get(Contact, record.contact_id) if record.contact_id else None
    company = session.get(Company, record.company_id) if record.company_id else None
    return DealDetail(
        id=record.id,
        title=record.title,
        pipeline_id=record.pipeline_id,
        pipeline_name=pipeline.name if pipeline else "",
        stage_id=stage.id,
        stage_name=stage.name,
        probability=stage.probability,
        is_won=stage.is_won,
        is_lost=stage.is_lost,
        position=record.position,
        value_minor=record.value_minor,
        currency=record.currency,
        expected_close=record.expected_close,
        contact_id=record.contact_id,
        contact_name=contact.full_name if contact else None,
        company_id=record.company_id,
        company_name=company.name if company else None,
        lead_source=record.lead_source,
        lost_reason=record.lost_reason,
        closed_at=record.closed_at,
        notes=record.notes,
        created_at=record.created_at,
        updated_at=record.updated_at,
        deleted_at=record.deleted_at,
        stakeholders=deal_parts.read_stakeholders(session, deal_id),
        competitors=deal_parts.read_competitors(session, deal_id),
        tags=tags.read_tags(session, ENTITY, record.id),
    )


# --------------------------------------------------------------------------- board moves


def _live_ids_in(session: Session, stage_id: int) -> list[int]:
    """Live deals of a stage in card order."""
    return list(
        session.scalars(
            select(Deal.id)
            .where(Deal.stage_id == stage_id, Deal.deleted_at.is_(None))
            .order_by(Deal.position, Deal.id)
        )
    )


def _renumber(session: Session, ordered_ids: Sequence[int]) -> set[int]:
    """Give these deals positions 0..n-1 (without touching updated_at); return changed ids."""
    current = dict(
        session.execute(select(Deal.id, Deal.position).where(Deal.id.in_(list(ordered_ids)))).all()
    )
    params = [
        {"b_id": deal_id, "b_position": position}
        for position, deal_id in enumerate(ordered_ids)
        if current.get(deal_id) != position
    ]
    if params:
        table = cast(Table, Deal.__table__)
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(position=bindparam("b_position"), updated_at=table.c.updated_at),
            params,
        )
        moved = {int(p["b_id"]) for p in params}
        for obj in list(session.identity_map.values()):
            if isinstance(obj, Deal) and obj.id in moved:
                session.expire(obj, ["position"])
    return {int(p["b_id"]) for p in params}


def move_deal(
    session: Session,
    deal_id: int,
    *,
    stage_id: int,
    position: int | None = None,
    lost_reason: str | None = None,
) -> Changes:
    """Drop a card at ``position`` (0 = top; None = bottom) of ``stage_id``, in one transaction.

    Both affected stages are renumbered densely. Entering a won or lost stage closes the
    deal (``lost_reason`` is kept for a lost stage); entering an open stage reopens it.
    """
    record = _live(session, deal_id)
    if record.deleted_at is not None:
        raise ValidationError("A deal in the trash cannot be moved; restore it first.")
    source = pipelines.get_stage(session, record.stage_id)
    target = _stage_or_error(session, stage_id)
    reason = fields.text(300)(lost_reason, "lost_reason")
    if reason is not None and not target.is_lost:
        raise ValidationError("Only a lost deal has a lost reason.", field="lost_reason")
    source_ids = [i for i in _live_ids_in(session, source.id) if i != deal_id]
    target_ids = source_ids if target.id == source.id else _live_ids_in(session, target.id)
    index = len(target_ids) if position is None else max(0, min(position, len(target_ids)))
    target_ids.insert(index, deal_id)
    values: dict[str, Any] = {"pipeline_id": target.pipeline_id, "stage_id": target.id}
    if target.id != source.id:
        values.update(
            pipelines.closing_values(record.closed_at, source, target, lost_reason=reason)
        )
    elif reason is not None:
        values["lost_reason"] = reason
    values["position"] = index
    changes = Changes()
    if apply_fields(session, record, ENTITY, values):
        record.updated_at = utcnow()
        changes.add("updated", ENTITY, deal_id)
    session.flush()
    shifted = _renumber(session, target_ids)
    if target.id != source.id:
        shifted |= _renumber(session, source_ids)
    for other in shifted - {deal_id}:
        changes.add("updated", ENTITY, other)
    return changes


# --------------------------------------------------------------------------- trash


def trash_deals(session: Session, deal_ids: Sequence[int]) -> Changes:
    """Move deals to the trash; the cards left behind close ranks."""
    return _set_deleted(session, deal_ids, utcnow())


def restore_deals(session: Session, deal_ids: Sequence[int]) -> Changes:
    """Bring deals back from the trash, each at the bottom of its stage."""
    return _set_deleted(session, deal_ids, None)


def _set_deleted(session: Session, deal_ids: Sequence[int], when: datetime | None) -> Changes:
    changes = Changes()
    live_now = Deal.deleted_at.is_not(None) if when is None else Deal.deleted_at.is_(None)
    records = list(
        session.scalars(select(Deal).where(Deal.id.in_(list(deal_ids)), live_now).order_by(Deal.id))
    )
    for record in records:
        if when is None:
            record.position = len(_live_ids_in(session, record.stage_id))
        record.deleted_at = when
        session.flush()
        log_event(session, ENTITY, record.id, DELETED if when else RESTORED)
        changes.add("deleted" if when else "created", ENTITY, record.id)
    for stage_id in {r.stage_id for r in records}:
        for other in _renumber(session, _live_ids_in(session, stage_id)):
            changes.add("updated", ENTITY, other)
    if records:
        search.reindex(session, ENTITY, [r.id for r in records])
    return changes
