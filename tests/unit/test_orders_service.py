"""Orders: exact line totals, order totals, validation, customer value and RFM segments."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from crmdesk.context import AppContext
from crmdesk.db.models import ChangeLogEntry
from crmdesk.errors import ValidationError
from crmdesk.services import contacts, customer_value, orders
from crmdesk.services.orders import LineInput

AS_OF = date(2025, 6, 30)


def _contact(ctx: AppContext, name: str) -> int:
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(session, values={"full_name": name})
    return contact_id


def _order(ctx: AppContext, lines: list[LineInput] | None = None, **values: object) -> int:
    with ctx.transaction() as session:
        order_id, _ = orders.create_order(session, values=values, lines=lines or [])
    return order_id


def test_line_total_is_quantity_times_unit_price_rounded_half_up(ctx: AppContext) -> None:
    order_id = _order(
        ctx,
        [
            LineInput("Screws", quantity=1000, unit_price="0,125"),
            LineInput("Paint", quantity="2,5", unit_price="3.33 €", sku="P-1"),
            LineInput("Brush", unit_price_minor=199),
        ],
        ordered_on="2025-01-15",
        number="2025-001",
    )
    with ctx.reading() as session:
        detail = orders.get_order(session, order_id)
    assert [(x.unit_price_minor, x.total_minor) for x in detail.lines] == [
        (13, 12500),
        (333, 833),  # 8.325 -> 8.33
        (199, 199),
    ]
    assert detail.lines[1].quantity == Decimal("2.5") and detail.lines[1].sku == "P-1"
    assert detail.total_minor == 12500 + 833 + 199
    assert str(detail.total) == "135.32 EUR"


def test_order_without_lines_keeps_the_total_as_given(ctx: AppContext) -> None:
    order_id = _order(ctx, total="۱۲٬۵۰۰", currency="IRR", ordered_on=date(2025, 2, 1))
    with ctx.reading() as session:
        detail = orders.get_order(session, order_id)
    assert (detail.total_minor, detail.currency, detail.lines) == (1250000, "IRR", [])


def test_total_that_disagrees_with_the_lines_is_refused(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="sum of its lines") as error:
        _order(ctx, [LineInput("A", unit_price="10")], total="12")
    assert error.value.field == "total"


@pytest.mark.parametrize(
    ("line", "field", "message"),
    [
        (LineInput("", unit_price="1"), "product", "Product is required"),
        (LineInput("A", quantity="0", unit_price="1"), "quantity", "above zero"),
        (LineInput("A", quantity="many", unit_price="1"), "quantity", "not an amount"),
        (LineInput("A", unit_price="-5"), "unit_price", "cannot be negative"),
        (LineInput("A", unit_price="5 USD"), "unit_price", "in USD"),
    ],
)
def test_bad_lines_are_refused_naming_the_field(
    ctx: AppContext, line: LineInput, field: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as error:
        _order(ctx, [LineInput("OK", unit_price="1"), line])
    assert error.value.field == field


def test_replacing_lines_recomputes_the_total_and_logs_them(ctx: AppContext) -> None:
    order_id = _order(ctx, [LineInput("A", unit_price="10")])
    with ctx.transaction() as session:
        changes = orders.update_order(
            session, order_id, lines=[LineInput("B", quantity=3, unit_price="2")]
        )
        again = orders.update_order(
            session, order_id, lines=[LineInput("B", quantity=3, unit_price="2")]
        )
        assert orders.get_order(session, order_id).total_minor == 600
        logged = session.scalars(
            select(ChangeLogEntry.field).where(
                ChangeLogEntry.entity == "order", ChangeLogEntry.record_id == order_id
            )
        ).all()
    assert changes.updated == {"order": {order_id}} and not again
    assert "lines" in logged and "total_minor" in logged


def test_order_status_must_be_known(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="not a valid status"):
        _order(ctx, status="lost in post")


def test_orders_for_a_contact_newest_first_without_trash(ctx: AppContext) -> None:
    ana = _contact(ctx, "Ana")
    old = _order(ctx, contact_id=ana, ordered_on="2024-01-01", total="5")
    new = _order(ctx, [LineInput("X", unit_price="1")], contact_id=ana, ordered_on="2025-01-01")
    gone = _order(ctx, contact_id=ana, ordered_on="2025-02-01", total="5")
    with ctx.transaction() as session:
        orders.trash_orders(session, [gone])
        rows = orders.orders_for(session, contact_id=ana)
    assert [(r.id, r.line_count) for r in rows] == [(new, 1), (old, 0)]


def test_customer_value_per_currency_skips_cancelled_and_trashed(ctx: AppContext) -> None:
    ana = _contact(ctx, "Ana")
    _order(ctx, contact_id=ana, ordered_on="2024-03-01", total="100")
    _order(ctx, contact_id=ana, ordered_on="2025-01-10", total="50,50", status="paid")
    _order(ctx, contact_id=ana, ordered_on="2025-02-01", total="1000", currency="CZK")
    _order(ctx, contact_id=ana, ordered_on="2025-05-01", total="999", status="cancelled")
    with ctx.reading() as session:
        value = customer_value.customer_value(session, ana)
        nobody = customer_value.customer_value(session, ana + 100)
    assert value.order_count == 3
    assert value.lifetime == {"CZK": 100000, "EUR": 15050}
    assert (value.first_purchase, value.last_purchase) == (date(2024, 3, 1), date(2025, 2, 1))
    assert nobody.order_count == 0 and nobody.last_purchase is None


def test_rfm_scores_and_segments(ctx: AppContext) -> None:
    buyers = {}
    # name: (days since each purchase, amount per purchase)
    profile = {
        "champion": ([3, 20, 40, 60, 90], "500"),
        "new": ([2], "50"),
        "lapsed_regular": ([300, 320, 340, 360], "400"),
        "one_off_long_ago": ([500], "20"),
        "middling": ([100, 200], "100"),
    }
    for name, (days, amount) in profile.items():
        buyers[name] = _contact(ctx, name)
        for ago in days:
            _order(
                ctx, contact_id=buyers[name], ordered_on=AS_OF - timedelta(days=ago), total=amount
            )
    _order(ctx, contact_id=buyers["new"], ordered_on=AS_OF + timedelta(days=5), total="1")
    with ctx.reading() as session:
        result = customer_value.rfm(session, as_of=AS_OF)
    by_id = {row.contact_id: row for row in result.rows}
    champion, new = by_id[buyers["champion"]], by_id[buyers["new"]]
    assert result.currency == "EUR" and len(result.rows) == 5
    assert (champion.recency_days, champion.frequency, champion.monetary_minor) == (3, 5, 250000)
    assert (champion.r, champion.f, champion.m, champion.segment) == (4, 5, 5, "loyal")
    assert (new.recency_days, new.frequency, new.r, new.f, new.segment) == (2, 1, 5, 1, "new")
    assert by_id[buyers["lapsed_regular"]].segment == "at_risk"
    assert by_id[buyers["one_off_long_ago"]].segment == "hibernating"
    assert result.rows[0].contact_id == buyers["new"]  # best recency first
    assert sum(result.segment_counts().values()) == 5


def test_rfm_with_no_orders_is_empty(ctx: AppContext) -> None:
    with ctx.reading() as session:
        result = customer_value.rfm(session, as_of=AS_OF)
    assert result.rows == [] and result.currency == "EUR"


def test_segment_grid_covers_every_score_pair() -> None:
    segments = {customer_value.segment_for(r, f) for r in range(1, 6) for f in range(1, 6)}
    assert segments == set(customer_value.SEGMENT_LABELS)
