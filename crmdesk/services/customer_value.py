"""What customers are worth: lifetime value per contact and RFM segments.

Only orders that count as purchases are included: status confirmed, paid or shipped (drafts,
cancelled and returned orders are not revenue), live (not in the trash), linked to a live
contact. Money is never added across currencies: lifetime value is per currency, and RFM's
monetary figure uses one currency (by default the one most orders are in).

RFM scores are 1..5 per measure: a customer's score is 1 + floor(5 x share of customers who
are strictly worse), so ties share the lower score (everyone with a single order has F = 1).
Segments follow the usual recency x frequency grid (see ``SEGMENT_GRID``).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, and_, case, func, select, true
from sqlalchemy.orm import Session

from crmdesk.db.models import Contact, Order
from crmdesk.domain.enums import OrderStatus
from crmdesk.services.amounts import default_currency

COUNTED_STATUSES = (OrderStatus.CONFIRMED.value, OrderStatus.PAID.value, OrderStatus.SHIPPED.value)

#: Segment keys (the UI translates them) and the (recency, frequency) scores they cover.
SEGMENT_GRID: tuple[tuple[str, tuple[int, ...], tuple[int, ...]], ...] = (
    ("champions", (5,), (4, 5)),
    ("loyal", (3, 4), (4, 5)),
    ("potential_loyalist", (4, 5), (2, 3)),
    ("new", (5,), (1,)),
    ("promising", (4,), (1,)),
    ("need_attention", (3,), (3,)),
    ("about_to_sleep", (3,), (1, 2)),
    ("cant_lose", (1, 2), (5,)),
    ("at_risk", (1, 2), (3, 4)),
    ("hibernating", (1, 2), (1, 2)),
)
SEGMENT_LABELS: dict[str, str] = {
    "champions": "Champions",
    "loyal": "Loyal",
    "potential_loyalist": "Potential loyalist",
    "new": "New",
    "promising": "Promising",
    "need_attention": "Needs attention",
    "about_to_sleep": "About to sleep",
    "cant_lose": "Can't lose them",
    "at_risk": "At risk",
    "hibernating": "Hibernating",
}


@dataclass(frozen=True)
class CustomerValue:
    contact_id: int
    order_count: int
    lifetime: dict[str, int] = field(default_factory=dict)  # currency -> minor units
    first_purchase: date | None = None
    last_purchase: date | None = None


@dataclass(frozen=True, slots=True)
class RfmRow:
    contact_id: int
    recency_days: int  # days from the last purchase to as_of
    frequency: int  # purchases up to as_of
    monetary_minor: int  # spent up to as_of, in RfmResult.currency
    r: int
    f: int
    m: int
    segment: str  # a key of SEGMENT_LABELS


@dataclass(frozen=True)
class RfmResult:
    as_of: date
    currency: str
    rows: list[RfmRow]

    def segment_counts(self) -> dict[str, int]:
        """Customers per segment, every segment listed (in SEGMENT_GRID order)."""
        counts = {key: 0 for key, _, _ in SEGMENT_GRID}
        for row in self.rows:
            counts[row.segment] += 1
        return counts


def _counted(as_of: date | None = None) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [
        Order.deleted_at.is_(None),
        Order.status.in_(COUNTED_STATUSES),
        Contact.deleted_at.is_(None),
    ]
    if as_of is not None:
        conds.append(Order.ordered_on <= as_of)
    return conds


def customer_values(session: Session, contact_ids: Sequence[int]) -> dict[int, CustomerValue]:
    """Lifetime value, order count, first and last purchase of each contact (batch)."""
    ids = sorted(set(contact_ids))
    query = (
        select(
            Order.contact_id,
            Order.currency,
            func.count(),
            func.sum(Order.total_minor),
            func.min(Order.ordered_on),
            func.max(Order.ordered_on),
        )
        .join(Contact, Contact.id == Order.contact_id)
        .where(Order.contact_id.in_(ids), *_counted())
        .group_by(Order.contact_id, Order.currency)
    )
    parts: dict[int, list[tuple[str, int, int, date, date]]] = defaultdict(list)
    for owner, currency, count, total, first, last in session.execute(query):
        parts[int(owner or 0)].append((str(currency), int(count), int(total or 0), first, last))
    result: dict[int, CustomerValue] = {}
    for contact_id in ids:
        rows = parts.get(contact_id, [])
        result[contact_id] = CustomerValue(
            contact_id=contact_id,
            order_count=sum(r[1] for r in rows),
            lifetime={currency: total for currency, _, total, _, _ in sorted(rows)},
            first_purchase=min((r[3] for r in rows), default=None),
            last_purchase=max((r[4] for r in rows), default=None),
        )
    return result


def customer_value(session: Session, contact_id: int) -> CustomerValue:
    return customer_values(session, [contact_id])[contact_id]


def main_currency(session: Session, *, as_of: date | None = None) -> str:
    """The currency most counted orders are in (the file's default when there are none)."""
    query = (
        select(Order.currency)
        .join(Contact, Contact.id == Order.contact_id)
        .where(and_(true(), *_counted(as_of)))
        .group_by(Order.currency)
        .order_by(func.count().desc(), Order.currency)
        .limit(1)
    )
    return session.scalar(query) or default_currency(session)


def rfm(session: Session, *, as_of: date, currency: str | None = None) -> RfmResult:
    """Recency, frequency, monetary value, 1-5 scores and segment of every buying contact."""
    code = currency or main_currency(session, as_of=as_of)
    spent = func.sum(case((Order.currency == code, Order.total_minor), else_=0))
    query = (
        select(Order.contact_id, func.max(Order.ordered_on), func.count(), spent)
        .join(Contact, Contact.id == Order.contact_id)
        .where(and_(true(), *_counted(as_of)))
        .group_by(Order.contact_id)
    )
    raw = [
        (int(c), (as_of - last).days, int(n), int(total or 0))
        for c, last, n, total in session.execute(query)
    ]
    r_scores = _scores([-recency for _, recency, _, _ in raw])
    f_scores = _scores([frequency for _, _, frequency, _ in raw])
    m_scores = _scores([monetary for _, _, _, monetary in raw])
    rows = [
        RfmRow(
            contact_id=c,
            recency_days=recency,
            frequency=frequency,
            monetary_minor=monetary,
            r=r,
            f=f,
            m=m,
            segment=segment_for(r, f),
        )
        for (c, recency, frequency, monetary), r, f, m in zip(
            raw, r_scores, f_scores, m_scores, strict=True
        )
    ]
    rows.sort(key=lambda row: (-row.r, -row.f, -row.m, row.contact_id))
    return RfmResult(as_of=as_of, currency=code, rows=rows)


def _scores(values: Sequence[int]) -> list[int]:
    """1..5 for each value (higher is better): 1 + floor(5 x share of strictly lower values)."""
    ordered = sorted(values)
    n = len(ordered)
    return [1 + (5 * bisect.bisect_left(ordered, v)) // n for v in values]


def segment_for(r: int, f: int) -> str:
    for key, recency, frequency in SEGMENT_GRID:
        if r in recency and f in frequency:
            return key
    raise AssertionError(f"no RFM segment for r={r}, f={f}")  # the grid covers all 25 cells
