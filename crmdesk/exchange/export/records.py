"""Orders, deals and tickets as export tables. Amounts are numbers in major units with the
currency in its own column; an order with lines gives one row per line (the importer groups
rows with the same order number, or the same crmdesk id, back into one order)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from crmdesk.db.models import (
    Company,
    Contact,
    Deal,
    DealTag,
    EmailAddress,
    Order,
    OrderLine,
    Stage,
    Tag,
    Ticket,
)
from crmdesk.domain.money import to_decimal
from crmdesk.exchange.export.tables import ID_COLUMN, Column, Kind, Table, grouped
from crmdesk.exchange.file_ids import file_tag, tagged
from crmdesk.services.tickets import format_ticket_number

CUSTOMER = (Column("Customer name"), Column("Customer email"), Column("Company"))
ORDER_COLUMNS = [
    Column("Order number"), Column("Order date", Kind.DATE), Column("Status"), *CUSTOMER,
    Column("Product"), Column("SKU"), Column("Quantity", Kind.NUMBER),
    Column("Unit price", Kind.MONEY), Column("Total", Kind.MONEY), Column("Currency"),
    Column("Notes"), ID_COLUMN,
]  # fmt: skip
DEAL_COLUMNS = [
    Column("Deal title"), Column("Value", Kind.MONEY), Column("Currency"), Column("Stage"),
    Column("Expected close", Kind.DATE), Column("Closed on", Kind.DATETIME), *CUSTOMER,
    Column("Lead source"), Column("Lost reason"), Column("Tags"), Column("Notes"), ID_COLUMN,
]  # fmt: skip
TICKET_COLUMNS = [
    Column("Ticket number"), Column("Subject"), Column("Description"), Column("Status"),
    Column("Priority"), Column("Category"), Column("Channel"), Column("Opened", Kind.DATETIME),
    Column("Due", Kind.DATETIME), Column("Resolved", Kind.DATETIME), Column("Resolution"),
    Column("Satisfaction", Kind.INTEGER), *CUSTOMER, ID_COLUMN,
]  # fmt: skip


def _customers(
    session: Session, pairs: Sequence[tuple[int | None, int | None]]
) -> tuple[dict[int, tuple[str, str | None]], dict[int, str]]:
    """Names and first emails of the contacts, names of the companies."""
    contact_ids = sorted({c for c, _ in pairs if c})
    company_ids = sorted({c for _, c in pairs if c})
    email = (
        select(EmailAddress.email)
        .where(EmailAddress.contact_id == Contact.id)
        .order_by(EmailAddress.position)
        .limit(1)
        .scalar_subquery()
    )
    people = {
        i: (name, mail)
        for i, name, mail in session.execute(
            select(Contact.id, Contact.full_name, email).where(Contact.id.in_(contact_ids))
        )
    }
    query = select(Company.id, Company.name).where(Company.id.in_(company_ids))
    companies = {company_id: name for company_id, name in session.execute(query)}
    return people, companies


def _customer(
    people: dict[int, tuple[str, str | None]],
    companies: dict[int, str],
    contact_id: int | None,
    company_id: int | None,
) -> list[Any]:
    name, mail = people.get(contact_id or 0, (None, None))
    return [name, mail, companies.get(company_id or 0)]


def order_table(session: Session, ids: list[int]) -> Table:
    tag = file_tag(session)

    def rows_of(session: Session, chunk: Sequence[int]) -> list[list[Any]]:
        orders = session.execute(select(Order).where(Order.id.in_(chunk))).scalars().all()
        people, companies = _customers(session, [(o.contact_id, o.company_id) for o in orders])
        lines = grouped(
            session,
            select(OrderLine.order_id, OrderLine)
            .where(OrderLine.order_id.in_(chunk))
            .order_by(OrderLine.position),
        )
        found: dict[int, list[list[Any]]] = defaultdict(list)
        for o in orders:
            head = [o.number, o.ordered_on, o.status,
                    *_customer(people, companies, o.contact_id, o.company_id)]  # fmt: skip
            tail = [o.currency, o.notes, tagged(tag, o.id)]
            money = _money(o.currency)
            for line in lines.get(o.id, []):
                found[o.id].append([*head, line.product, line.sku, line.quantity,
                                    money(line.unit_price_minor), money(line.total_minor),
                                    *tail])  # fmt: skip
            if o.id not in found:
                found[o.id].append([*head, None, None, None, None, money(o.total_minor), *tail])
        return [row for i in chunk for row in found.get(i, ())]

    return Table("Orders", "orders", ORDER_COLUMNS, ids, rows_of)


def _money(currency: str) -> Any:
    def convert(minor: int) -> Any:
        return to_decimal(minor, currency)

    return convert


def deal_table(session: Session, ids: list[int]) -> Table:
    tag = file_tag(session)

    def rows_of(session: Session, chunk: Sequence[int]) -> list[list[Any]]:
        stage = aliased(Stage)
        rows = session.execute(
            select(Deal, stage.name)
            .join(stage, stage.id == Deal.stage_id)
            .where(Deal.id.in_(chunk))
        ).all()
        people, companies = _customers(session, [(d.contact_id, d.company_id) for d, _ in rows])
        tags = grouped(
            session,
            select(DealTag.deal_id, Tag.name)
            .join(Tag, Tag.id == DealTag.tag_id)
            .where(DealTag.deal_id.in_(chunk))
            .order_by(Tag.folded),
        )
        found: dict[int, list[Any]] = {}
        for d, stage_name in rows:
            found[d.id] = [
                d.title, to_decimal(d.value_minor, d.currency), d.currency, stage_name,
                d.expected_close, d.closed_at,
                *_customer(people, companies, d.contact_id, d.company_id),
                d.lead_source, d.lost_reason, ", ".join(tags.get(d.id, [])) or None, d.notes,
                tagged(tag, d.id),
            ]  # fmt: skip
        return [found[i] for i in chunk if i in found]

    return Table("Deals", "deals", DEAL_COLUMNS, ids, rows_of)


def ticket_table(session: Session, ids: list[int]) -> Table:
    tag = file_tag(session)

    def rows_of(session: Session, chunk: Sequence[int]) -> list[list[Any]]:
        tickets = session.execute(select(Ticket).where(Ticket.id.in_(chunk))).scalars().all()
        people, companies = _customers(session, [(t.contact_id, t.company_id) for t in tickets])
        found: dict[int, list[Any]] = {}
        for t in tickets:
            found[t.id] = [
                format_ticket_number(t.number), t.subject, t.body, t.status, t.priority,
                t.category, t.channel, t.opened_at, t.due_at, t.resolved_at, t.resolution,
                t.satisfaction, *_customer(people, companies, t.contact_id, t.company_id),
                tagged(tag, t.id),
            ]  # fmt: skip
        return [found[i] for i in chunk if i in found]

    return Table("Tickets", "tickets", TICKET_COLUMNS, ids, rows_of)
