"""Orders (purchase history): create with lines, read, update, trash, restore, list per customer.

Follows services.contacts. Money is exact (minor units + currency, see domain.money): a line's
total is quantity x unit price rounded half up to whole minor units, computed from the unit
price as typed (so 1000 x 0.125 EUR is 125.00, not 130.00); an order's total is the sum of its
lines, or the total as given when it has no lines (imported sales sheets often have only that).
Customer value and RFM live in services.customer_value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crmdesk.db.models import ChangeLogEntry, Company, Contact, Order, OrderLine
from crmdesk.db.types import utcnow
from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.money import Money, currency_exponent, parse_decimal, to_minor
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services import amounts, fields, links
from crmdesk.services.changes import (
    CREATED,
    DELETED,
    RESTORED,
    Changes,
    apply_fields,
    log_event,
    to_log_text,
)

ENTITY = "order"

CLEANERS: dict[str, fields.Cleaner] = {
    "number": fields.text(64),
    "ordered_on": fields.day,
    "status": fields.choice(OrderStatus),  # empty: confirmed (new) or unchanged
    "currency": fields.currency,
    "contact_id": links.link_id,
    "company_id": links.link_id,
    "notes": fields.text(100000),
}


@dataclass(frozen=True, slots=True)
class LineInput:
    """One order line as typed or imported: ``unit_price`` (text, Decimal) or its minor units."""

    product: str
    quantity: object = 1  # Decimal, int or text such as "2,5"
    unit_price: object = None  # major units: "12,50 €", Decimal("12.5")
    unit_price_minor: int | None = None
    sku: str | None = None


@dataclass(frozen=True, slots=True)
class LineDetail:
    product: str
    sku: str | None
    quantity: Decimal
    unit_price_minor: int
    total_minor: int


@dataclass(frozen=True)
class OrderDetail:
    id: int
    number: str | None
    ordered_on: date
    status: str
    currency: str
    total_minor: int
    contact_id: int | None
    contact_name: str | None
    company_id: int | None
    company_name: str | None
    notes: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    lines: list[LineDetail] = field(default_factory=list)

    @property
    def total(self) -> Money:
        return Money(self.total_minor, self.currency)


@dataclass(frozen=True, slots=True)
class OrderRow:
    """One line of a customer's order list."""

    id: int
    number: str | None
    ordered_on: date
    status: str
    currency: str
    total_minor: int
    line_count: int
    contact_id: int | None
    company_id: int | None


def clean_line(line: LineInput, currency: str, position: int) -> LineDetail:
    """Validate one line and compute its total (quantity x unit price, rounded half up)."""
    where = f"line {position + 1}"
    product = fields.text(300)(line.product, "product")
    if product is None:
        raise ValidationError(f"Product is required ({where}).", field="product")
    quantity, named = parse_decimal(line.quantity, field="quantity")
    if named or quantity <= 0:
        raise ValidationError(f"Quantity must be a number above zero ({where}).", field="quantity")
    if line.unit_price_minor is not None:
        minor = amounts.minor_units(line.unit_price_minor, "unit_price_minor") or 0
        price = Decimal(minor).scaleb(-currency_exponent(currency))
    else:
        price, named = parse_decimal(
            line.unit_price if line.unit_price is not None else 0,
            field="unit_price",
            decimals=currency_exponent(currency),
        )
        if named and currency not in named:
            raise ValidationError(
                f"The unit price is in {named[0]}, but the order is in {currency} ({where}).",
                field="unit_price",
            )
    if price < 0:
        raise ValidationError(f"Unit price cannot be negative ({where}).", field="unit_price")
    return LineDetail(
        product=product,
        sku=fields.text(64)(line.sku, "sku"),
        quantity=quantity,
        unit_price_minor=to_minor(price, currency),
        total_minor=to_minor(quantity * price, currency),
    )


def _clean(
    session: Session,
    record: Order | None,
    values: Mapping[str, Any],
    lines: Sequence[LineInput] | None,
) -> tuple[dict[str, Any], list[LineDetail] | None]:
    raw = dict(values)
    fallback = record.currency if record else amounts.default_currency(session)
    currency = amounts.currency_of(raw, fallback)
    total = amounts.take_amount(raw, amount_key="total", minor_key="total_minor", currency=currency)
    cleaned = fields.clean_values(CLEANERS, raw, entity=ENTITY)
    if cleaned.get("status", "") is None:  # left empty: keep (or default to confirmed)
        del cleaned["status"]
    if record is None:
        cleaned["currency"] = currency
        if cleaned.get("ordered_on") is None:
            cleaned["ordered_on"] = date.today()
    elif "ordered_on" in cleaned and cleaned["ordered_on"] is None:
        raise ValidationError("The order date is required.", field="ordered_on")
    links.check_links(session, cleaned)
    details = None if lines is None else [clean_line(x, currency, i) for i, x in enumerate(lines)]
    cleaned.update(_total(record, currency, total, details))
    return cleaned, details


def _total(
    record: Order | None, currency: str, total: int | None, details: list[LineDetail] | None
) -> dict[str, int]:
    """The order's new total_minor ({} keeps it): the sum of the lines, else the total given."""
    mismatch = ValidationError(
        "An order with lines has the sum of its lines as total; leave the total empty.",
        field="total",
    )
    if details:
        line_sum = sum(d.total_minor for d in details)
        if total is not None and total != line_sum:
            raise mismatch
        return {"total_minor": line_sum}
    if details is None and record is not None:
        if record.lines and total is not None and total != record.total_minor:
            raise mismatch
        amounts.check_currency_change(
            record.currency,
            currency,
            amount_given=total is not None and not record.lines,
            field="total",
        )
        return {} if total is None else {"total_minor": total}
    return {"total_minor": total or 0}


def create_order(
    session: Session,
    *,
    values: Mapping[str, Any],
    lines: Sequence[LineInput] = (),
    batch_id: int | None = None,
) -> tuple[int, Changes]:
    """Create an order; without a company, it takes the contact's company."""
    cleaned, details = _clean(session, None, values, lines)
    if cleaned.get("contact_id") and not cleaned.get("company_id"):
        cleaned["company_id"] = links.company_of(session, cleaned["contact_id"])
    record = Order(import_batch_id=batch_id)
    for name, value in cleaned.items():
        setattr(record, name, value)
    session.add(record)
    session.flush()
    _write_lines(session, record, details or [], log=False)
    log_event(session, ENTITY, record.id, CREATED, batch_id=batch_id)
    return record.id, Changes().add("created", ENTITY, record.id)


def _write_lines(
    session: Session, record: Order, details: Sequence[LineDetail], *, log: bool = True
) -> bool:
    old = [_line_detail(line) for line in record.lines]
    if old == list(details):
        return False
    record.lines.clear()
    session.flush()
    for position, d in enumerate(details):
        record.lines.append(
            OrderLine(
                position=position,
                product=d.product,
                sku=d.sku,
                quantity=d.quantity,
                unit_price_minor=d.unit_price_minor,
                total_minor=d.total_minor,
            )
        )
    session.flush()
    if log:
        session.add(
            _change(record.id, "lines", [_summary(d) for d in old], [_summary(d) for d in details])
        )
    return True


def _change(record_id: int, name: str, old: object, new: object) -> ChangeLogEntry:
    return ChangeLogEntry(
        entity=ENTITY,
        record_id=record_id,
        field=name,
        old_value=to_log_text(old),
        new_value=to_log_text(new),
    )


def _summary(line: LineDetail) -> str:
    return f"{line.quantity} x {line.product} = {line.total_minor}"


def _line_detail(line: OrderLine) -> LineDetail:
    return LineDetail(
        line.product, line.sku, line.quantity, line.unit_price_minor, line.total_minor
    )


def _live(session: Session, order_id: int) -> Order:
    record = session.get(Order, order_id)
    if record is None:
        raise NotFoundError(f"Order {order_id} does not exist.")
    return record


def update_order(
    session: Session,
    order_id: int,
    *,
    values: Mapping[str, Any] | None = None,
    lines: Sequence[LineInput] | None = None,
    batch_id: int | None = None,
) -> Changes:
    """Change fields and/or replace the lines (None keeps them); the total follows the lines."""
    record = _live(session, order_id)
    cleaned, details = _clean(session, record, values or {}, lines)
    changed = False
    if details is not None:
        changed |= _write_lines(session, record, details)
    changed |= bool(apply_fields(session, record, ENTITY, cleaned, batch_id=batch_id))
    if not changed:
        return Changes()
    record.updated_at = utcnow()
    session.flush()
    return Changes().add("updated", ENTITY, order_id)


def get_order(session: Session, order_id: int) -> OrderDetail:
    record = _live(session, order_id)
    contact = session.get(Contact, record.contact_id) if record.contact_id else None
    company = session.get(Company, record.company_id) if record.company_id else None
    return OrderDetail(
        id=record.id,
        number=record.number,
        ordered_on=record.ordered_on,
        status=record.status,
        currency=record.currency,
        total_minor=record.total_minor,
        contact_id=record.contact_id,
        contact_name=contact.full_name if contact else None,
        company_id=record.company_id,
        company_name=company.name if company else None,
        notes=record.notes,
        created_at=record.created_at,
        updated_at=record.updated_at,
        deleted_at=record.deleted_at,
        lines=[_line_detail(line) for line in record.lines],
    )


def orders_for(
    session: Session,
    *,
    contact_id: int | None = None,
    company_id: int | None = None,
    limit: int | None = None,
) -> list[OrderRow]:
    """Live orders of a contact and/or a company, newest first."""
    if contact_id is None and company_id is None:
        raise ValidationError("Choose a contact or a company.", field="contact_id")
    lines = (
        select(func.count())
        .where(OrderLine.order_id == Order.id)
        .correlate(Order)
        .scalar_subquery()
    )
    query = select(Order, lines).where(Order.deleted_at.is_(None))
    if contact_id is not None:
        query = query.where(Order.contact_id == contact_id)
    if company_id is not None:
        query = query.where(Order.company_id == company_id)
    query = query.order_by(Order.ordered_on.desc(), Order.id.desc()).limit(limit)
    return [
        OrderRow(
            o.id,
            o.number,
            o.ordered_on,
            o.status,
            o.currency,
            o.total_minor,
            int(n),
            o.contact_id,
            o.company_id,
        )
        for o, n in session.execute(query)
    ]


def trash_orders(session: Session, order_ids: Sequence[int]) -> Changes:
    return _set_deleted(session, order_ids, utcnow())


def restore_orders(session: Session, order_ids: Sequence[int]) -> Changes:
    return _set_deleted(session, order_ids, None)


def _set_deleted(session: Session, order_ids: Sequence[int], when: datetime | None) -> Changes:
    changes = Changes()
    live_now = Order.deleted_at.is_not(None) if when is None else Order.deleted_at.is_(None)
    ids = list(session.scalars(select(Order.id).where(Order.id.in_(list(order_ids)), live_now)))
    if not ids:
        return changes
    session.execute(update(Order).where(Order.id.in_(ids)).values(deleted_at=when))
    for record_id in ids:
        log_event(session, ENTITY, record_id, DELETED if when else RESTORED)
        changes.add("deleted" if when else "created", ENTITY, record_id)
    return changes
