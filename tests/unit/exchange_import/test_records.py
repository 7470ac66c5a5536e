"""Orders (purchase history), deals and tickets imported and linked to their customers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crmdesk.db import models
from crmdesk.exchange.importing import RowAction, undo_import
from crmdesk.services import companies, contacts, orders
from crmdesk.services.channels import Labeled

ORDER = [
    "Order number",
    "Order date",
    "Customer name",
    "Customer email",
    "Company",
    "Product",
    "Quantity",
    "Unit price",
    "Total",
    "Currency",
]


@pytest.fixture
def eva(ctx):
    with ctx.transaction() as session:
        company_id, _ = companies.create_company(session, values={"name": "Kvety s.r.o."})
        contact_id, _ = contacts.create_contact(
            session,
            values={"full_name": "Eva Malá", "company_id": company_id},
            emails=[Labeled("work", "eva@kvety.sk")],
        )
    return contact_id, company_id


def _orders(ctx):
    with ctx.reading() as session:
        ids = [o.id for o in session.query(models.Order).order_by(models.Order.id)]
        return [orders.get_order(session, i) for i in ids]


def test_orders_link_to_existing_contacts_by_email_and_take_their_company(imports, xlsx, ctx, eva):
    rows = [
        ORDER,
        [
            "A-1",
            date(2024, 3, 5),
            "Eva",
            "EVA@kvety.sk",
            None,
            None,
            None,
            None,
            "1 234,50 €",
            None,
        ],
    ]
    summary = imports.run(xlsx(rows), entity="orders")
    assert summary.created == 1
    (order,) = _orders(ctx)
    assert (order.contact_id, order.company_id) == eva
    assert (order.number, order.ordered_on, order.total_minor, order.currency) == (
        "A-1",
        date(2024, 3, 5),
        123450,
        "EUR",
    )
    assert imports.count(models.Contact) == 1  # no new contact


def test_rows_with_one_order_number_make_one_order_with_lines(imports, xlsx, ctx):
    rows = [
        ORDER,
        ["B-7", "2024-01-02", "Ali Rezaei", "ali@x.ir", "Pars", "Tea", 2, "$3.50", None, None],
        ["B-7", "2024-01-02", "Ali Rezaei", "ali@x.ir", "Pars", "Cups", 3, None, "$10.00", None],
        ["B-8", "2024-02-01", "Ali Rezaei", None, None, "Tea", 1, 3.5, None, "USD"],
    ]
    summary = imports.run(xlsx(rows), entity="orders")
    assert (summary.rows, summary.created, summary.failed) == (3, 3, 0)
    first, second = _orders(ctx)
    assert [(x.product, x.quantity, x.unit_price_minor, x.total_minor) for x in first.lines] == [
        ("Tea", Decimal(2), 350, 700),
        ("Cups", Decimal(3), 333, 1000),
    ]
    assert (first.total_minor, first.currency) == (1700, "USD")
    # The customer was created once (by email), with the company; the second order found
    # the same contact by name.
    assert imports.count(models.Contact) == 1 and imports.count(models.Company) == 1
    assert first.contact_id == second.contact_id and first.company_name == "Pars"


def test_order_rows_need_a_date_and_an_amount(imports, xlsx):
    rows = [
        ORDER,
        ["C-1", None, "X", None, None, None, None, None, 10, None],
        ["C-2", "2024-01-01", "X"],
    ]
    plan = imports.plan(xlsx(rows), entity="orders")
    assert [r.action for r in plan.rows] == [RowAction.FAIL, RowAction.FAIL]
    assert "date is missing" in plan.rows[0].errors[0].message
    assert "neither a product nor a total" in plan.rows[1].errors[0].message


def test_an_existing_order_number_is_a_duplicate(imports, xlsx, ctx, eva):
    path = xlsx(
        [ORDER, ["A-1", "2024-03-05", None, "eva@kvety.sk", None, None, None, None, 10, None]]
    )
    imports.run(path, entity="orders")
    again = imports.plan(path, entity="orders")
    assert (again.rows[0].action, again.rows[0].match) == (RowAction.SKIP, "number")
    updated = imports.run(path, entity="orders", on_duplicate="update")
    assert updated.updated == 1 and len(_orders(ctx)) == 1


def test_undo_of_an_orders_import_removes_orders_and_the_customers_it_made(imports, xlsx, ctx):
    rows = [ORDER, ["B-7", "2024-01-02", "Ali", "ali@x.ir", "Pars", "Tea", 2, 3.5, None, "USD"]]
    summary = imports.run(xlsx(rows), entity="orders")
    with ctx.transaction() as session:
        result = undo_import(session, summary.batch_id)
    assert set(result.deleted) == {"order", "contact", "company"}
    for model in (models.Order, models.OrderLine, models.Contact, models.Company):
        assert imports.count(model, live=False) == 0


def test_deals_import_with_stage_names_and_customer(imports, xlsx, ctx, eva):
    rows = [
        ["Deal name", "Value", "Stage", "Customer email", "Expected close", "Tags"],
        ["Roses", "2 500 EUR", "proposal", "eva@kvety.sk", "2024-06-30", "spring"],
        ["Tulips", 100, "Sleeping", None, None, None],
        ["Lilies", 50, "Won", None, None, None],
    ]
    summary = imports.run(xlsx(rows), entity="deals")
    assert (summary.created, summary.failed) == (2, 1)
    assert "not a stage" in summary.errors[0].message and "Proposal" in summary.errors[0].message
    with ctx.reading() as session:
        roses, lilies = session.query(models.Deal).order_by(models.Deal.id).all()
        assert (roses.value_minor, roses.currency, roses.contact_id) == (250000, "EUR", eva[0])
        assert roses.expected_close == date(2024, 6, 30) and roses.closed_at is None
        assert lilies.closed_at is not None  # a won stage closes the deal
        assert [t.name for t in session.query(models.Tag).join(models.DealTag)] == ["spring"]


def test_tickets_keep_their_numbers_and_get_new_ones(imports, xlsx, ctx):
    rows = [
        ["Ticket number", "Subject", "Status", "Priority", "Customer name"],
        ["T-000010", "Broken vase", "resolved", "high", "Ann"],
        [None, "Late delivery", None, None, "Ann"],
        ["T-000010", "Again", None, None, None],
    ]
    summary = imports.run(xlsx(rows), entity="tickets")
    assert (summary.created, summary.failed) == (2, 1)
    with ctx.reading() as session:
        tickets = session.query(models.Ticket).order_by(models.Ticket.id).all()
        assert [(t.number, t.status, t.priority) for t in tickets] == [
            (10, "resolved", "high"),
            (11, "open", "normal"),
        ]
        assert tickets[0].resolved_at is not None
        assert tickets[0].contact_id == tickets[1].contact_id is not None


def test_a_header_that_is_a_field_label_maps_to_that_field(imports, xlsx):
    plan = imports.plan(xlsx([["Deal title", "Value"], ["Roses", 10]]), entity="deals")
    assert plan.rows[0].action is RowAction.CREATE
    assert plan.rows[0].draft.values["title"] == "Roses"


def test_an_update_linking_a_ticket_to_a_customer_new_to_the_file(imports, xlsx, ctx):
    """The new contact is written before the ticket that now points at it."""
    header = ["Ticket number", "Subject", "Customer name", "Customer email"]
    imports.run(xlsx([header, ["T-000010", "Broken vase", None, None]]), entity="tickets")
    again = xlsx([header, ["T-000010", "Broken vase", "Ann Lee", "ann@lee.example"]], "2.xlsx")

    summary = imports.run(again, entity="tickets", on_duplicate="update")

    assert (summary.updated, summary.failed) == (1, 0), summary.errors
    with ctx.reading() as session:
        (ticket,) = session.query(models.Ticket).all()
        assert ticket.contact_id is not None
        assert session.get(models.Contact, ticket.contact_id).full_name == "Ann Lee"


def test_an_update_linking_an_order_to_a_customer_new_to_the_file(imports, xlsx, ctx):
    imports.run(
        xlsx([ORDER, ["A-1", "2024-03-05", None, None, None, None, None, None, 10, None]]),
        entity="orders",
    )
    again = [ORDER, ["A-1", "2024-03-05", "Ann Lee", "ann@lee.example", "Lee Ltd", None, None,
                     None, 10, None]]  # fmt: skip

    summary = imports.run(xlsx(again, "2.xlsx"), entity="orders", on_duplicate="update")

    assert (summary.updated, summary.failed) == (1, 0), summary.errors
    (order,) = _orders(ctx)
    assert order.contact_id is not None and order.company_id is not None
