"""Read side of deals: the kanban board and the won/lost analysis.

Counts and sums are computed in SQL over every matching deal; each column carries at most
``cards_per_stage`` cards (a won column can hold thousands), so the UI shows "and N more".
Money is never added across currencies: sums are per currency.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from crmdesk.db.models import Company, Contact, Deal, Stage
from crmdesk.domain.text import fold
from crmdesk.services import pipelines
from crmdesk.services.listing import like_pattern
from crmdesk.services.sql_fold import folded


@dataclass(frozen=True, slots=True)
class DealCard:
    id: int
    title: str
    value_minor: int
    currency: str
    company_name: str | None
    contact_name: str | None
    expected_close: date | None
    position: int


@dataclass(frozen=True)
class BoardColumn:
    """One stage of the board: totals over all its matching deals, and the first cards."""

    stage_id: int
    name: str
    probability: int
    is_won: bool
    is_lost: bool
    count: int
    sums: dict[str, int] = field(default_factory=dict)  # currency -> minor units
    weighted: dict[str, int] = field(default_factory=dict)  # sums x probability, rounded
    cards: list[DealCard] = field(default_factory=list)


@dataclass(frozen=True)
class WinLoss:
    """Deals closed between two dates (inclusive), won against lost."""

    date_from: date
    date_to: date
    won_count: int
    lost_count: int
    won_values: dict[str, int]  # currency -> minor units
    lost_values: dict[str, int]
    lost_reasons: list[tuple[str | None, int]]  # most frequent first; None = no reason given

    @property
    def win_rate(self) -> float | None:
        """Won / (won + lost) by count, None when nothing closed."""
        closed = self.won_count + self.lost_count
        return self.won_count / closed if closed else None


def weighted_minor(total_minor: int, probability: int) -> int:
    """``total_minor`` x ``probability`` %, rounded half up to whole minor units."""
    return (total_minor * probability + 50) // 100


def _conditions(
    session: Session,
    pipeline_id: int,
    text: str,
    contact_id: int | None,
    company_id: int | None,
    person: Any,
    company: Any,
) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [
        Deal.pipeline_id == pipeline_id,
        Deal.deleted_at.is_(None),
    ]
    if text.strip():
        pattern = like_pattern(text)
        conds.append(
            or_(
                *(
                    folded(session, c).like(pattern, escape="\\")
                    for c in (Deal.title, company.name, person.full_name)
                )
            )
        )
    if contact_id is not None:
        conds.append(Deal.contact_id == contact_id)
    if company_id is not None:
        conds.append(Deal.company_id == company_id)
    return conds


def board(
    session: Session,
    pipeline_id: int,
    *,
    text: str = "",
    contact_id: int | None = None,
    company_id: int | None = None,
    cards_per_stage: int = 500,
) -> list[BoardColumn]:
    """The columns of one pipeline, in stage order, filtered by text (title, company, person)."""
    person, company = aliased(Contact), aliased(Company)
    conds = _conditions(session, pipeline_id, text, contact_id, company_id, person, company)
    joined = (
        select(Deal)
        .outerjoin(person, person.id == Deal.contact_id)
        .outerjoin(company, company.id == Deal.company_id)
        .where(and_(true(), *conds))
    )
    totals: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
    sums_query = joined.with_only_columns(
        Deal.stage_id, Deal.currency, func.count(), func.sum(Deal.value_minor)
    ).group_by(Deal.stage_id, Deal.currency)
    for stage_id, currency, count, total in session.execute(sums_query):
        totals[int(stage_id)][str(currency)] = (int(count), int(total or 0))
    cards = _cards(session, joined, person, company, cards_per_stage)
    columns = []
    for stage in pipelines.stages_of(session, pipeline_id):
        per_currency = totals.get(stage.id, {})
        sums = {cur: total for cur, (_, total) in sorted(per_currency.items())}
        columns.append(
            BoardColumn(
                stage_id=stage.id,
                name=stage.name,
                probability=stage.probability,
                is_won=stage.is_won,
                is_lost=stage.is_lost,
                count=sum(count for count, _ in per_currency.values()),
                sums=sums,
                weighted={c: weighted_minor(t, stage.probability) for c, t in sums.items()},
                cards=cards.get(stage.id, []),
            )
        )
    return columns


def _cards(
    session: Session, joined: Any, person: Any, company: Any, limit: int
) -> dict[int, list[DealCard]]:
    rank = func.row_number().over(partition_by=Deal.stage_id, order_by=(Deal.position, Deal.id))
    ranked = joined.with_only_columns(
        Deal.stage_id,
        Deal.id,
        Deal.title,
        Deal.value_minor,
        Deal.currency,
        company.name,
        person.full_name,
        Deal.expected_close,
        Deal.position,
        rank.label("rank"),
    ).subquery()
    query = select(ranked).where(ranked.c.rank <= limit).order_by(ranked.c.stage_id, ranked.c.rank)
    cards: dict[int, list[DealCard]] = defaultdict(list)
    for row in session.execute(query):
        stage_id, deal_id, title, value, currency, company_name, contact_name, close, pos, _ = row
        cards[int(stage_id)].append(
            DealCard(
                int(deal_id), title, int(value), currency, company_name, contact_name, close, pos
            )
        )
    return cards


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def win_loss(
    session: Session, *, date_from: date, date_to: date, pipeline_id: int | None = None
) -> WinLoss:
    """Deals closed (won or lost) from ``date_from`` to ``date_to`` inclusive (UTC days)."""
    conds: list[ColumnElement[bool]] = [
        Deal.deleted_at.is_(None),
        Deal.closed_at >= _day_start(date_from),
        Deal.closed_at < _day_start(date_to + timedelta(days=1)),
        Stage.is_won.is_(True) | Stage.is_lost.is_(True),
    ]
    if pipeline_id is not None:
        conds.append(Deal.pipeline_id == pipeline_id)
    base = select(Deal).join(Stage, Stage.id == Deal.stage_id).where(and_(true(), *conds))
    counts = {True: 0, False: 0}
    values: dict[bool, dict[str, int]] = {True: {}, False: {}}
    query = base.with_only_columns(
        Stage.is_won, Deal.currency, func.count(), func.sum(Deal.value_minor)
    ).group_by(Stage.is_won, Deal.currency)
    for is_won, currency, count, total in session.execute(query):
        counts[bool(is_won)] += int(count)
        values[bool(is_won)][str(currency)] = int(total or 0)
    reasons_query = (
        base.where(Stage.is_lost.is_(True))
        .with_only_columns(Deal.lost_reason, func.count())
        .group_by(Deal.lost_reason)
    )
    return WinLoss(
        date_from=date_from,
        date_to=date_to,
        won_count=counts[True],
        lost_count=counts[False],
        won_values=dict(sorted(values[True].items())),
        lost_values=dict(sorted(values[False].items())),
        lost_reasons=_rank_reasons([(r, int(n)) for r, n in session.execute(reasons_query)]),
    )


def _rank_reasons(rows: Sequence[tuple[str | None, int]]) -> list[tuple[str | None, int]]:
    """Merge reasons that differ only in case, accents or spacing; most frequent first."""
    merged: dict[str, list[Any]] = {}
    for reason, count in rows:
        key = fold(reason or "")
        entry = merged.setdefault(key, [None, 0, 0])  # display text, its count, total
        if key and int(count) > entry[1]:
            entry[0], entry[1] = (reason or "").strip(), int(count)
        entry[2] += int(count)
    ranked = [(text if key else None, total) for key, (text, _, total) in merged.items()]
    return sorted(ranked, key=lambda item: (-item[1], fold(item[0] or "")))
