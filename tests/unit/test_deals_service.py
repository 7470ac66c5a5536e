"""Deals: exact values, stakeholders, moving cards on the board, closing, trash, analysis."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from crmdesk.context import AppContext
from crmdesk.db.models import ChangeLogEntry, Deal
from crmdesk.errors import ValidationError
from crmdesk.services import companies, contacts, deals, pipelines, search


def _stages(ctx: AppContext) -> list[pipelines.StageInfo]:
    with ctx.transaction() as session:
        return pipelines.stages_of(session, pipelines.ensure_default_pipeline(session))


def _deal(ctx: AppContext, title: str, stage_id: int, **values: object) -> int:
    with ctx.transaction() as session:
        deal_id, _ = deals.create_deal(
            session, values={"title": title, "stage_id": stage_id, **values}
        )
    return deal_id


def _order(ctx: AppContext, stage_id: int) -> list[str]:
    with ctx.reading() as session:
        column = next(c for c in deals.board(session, 1) if c.stage_id == stage_id)
    assert [card.position for card in column.cards] == list(range(len(column.cards)))
    return [card.title for card in column.cards]


def test_create_deal_parses_the_value_with_the_currency_exponent(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        eur, _ = deals.create_deal(session, values={"title": "Boiler", "value": "1 234,50 €"})
        jpy, _ = deals.create_deal(
            session, values={"title": "Kiln", "value": "¥1,234", "currency": "jpy"}
        )
        exact, _ = deals.create_deal(session, values={"title": "Pump", "value": Decimal("99.9")})
        eur_deal, jpy_deal = deals.get_deal(session, eur), deals.get_deal(session, jpy)
        assert deals.get_deal(session, exact).value_minor == 9990
    assert (eur_deal.value_minor, eur_deal.currency) == (123450, "EUR")
    assert (jpy_deal.value_minor, jpy_deal.currency) == (1234, "JPY")
    assert str(eur_deal.value) == "1,234.50 EUR"
    assert (eur_deal.stage_name, eur_deal.probability, eur_deal.pipeline_name) == (
        "New",
        10,
        "Sales",
    )


def test_value_with_too_many_decimals_names_the_field(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as error, ctx.transaction() as session:
        deals.create_deal(session, values={"title": "X", "value": "12.5", "currency": "JPY"})
    assert error.value.field == "value" and "JPY" in str(error.value)


def test_deal_without_title_is_refused(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="Title is required"), ctx.transaction() as session:
        deals.create_deal(session, values={"value": "10"})


def test_deal_detail_has_stakeholders_competitors_and_tags(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        ana, _ = contacts.create_contact(session, values={"full_name": "Ana Kováčová"})
        reza, _ = contacts.create_contact(session, values={"full_name": "رضا احمدی"})
        deal_id, _ = deals.create_deal(
            session,
            values={"title": "Roof", "contact_id": ana},
            stakeholders=[(reza, "decision maker"), (ana, "champion")],
            competitors=["Acme", "acme ", "Globex"],
            tag_names=["vip"],
        )
        detail = deals.get_deal(session, deal_id)
    assert [(s.name, s.role) for s in detail.stakeholders] == [
        ("Ana Kováčová", "champion"),
        ("رضا احمدی", "decision maker"),
    ]
    assert detail.competitors == ["Acme", "Globex"]
    assert detail.tags == ["vip"] and detail.contact_name == "Ana Kováčová"


def test_link_to_a_missing_contact_is_refused(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as error, ctx.transaction() as session:
        deals.create_deal(session, values={"title": "X", "contact_id": 999})
    assert error.value.field == "contact_id"


def test_update_logs_changed_fields_and_stakeholders(ctx: AppContext) -> None:
    stages = _stages(ctx)
    deal_id = _deal(ctx, "Roof", stages[0].id, value="100")
    with ctx.transaction() as session:
        ana, _ = contacts.create_contact(session, values={"full_name": "Ana"})
        changes = deals.update_deal(
            session, deal_id, values={"value": "150,50", "title": "Roof"}, stakeholders=[(ana, "")]
        )
        unchanged = deals.update_deal(session, deal_id, values={"title": "Roof"})
    assert changes.updated == {"deal": {deal_id}} and not unchanged
    with ctx.reading() as session:
        logged = session.execute(
            select(ChangeLogEntry.field, ChangeLogEntry.new_value).where(
                ChangeLogEntry.entity == "deal", ChangeLogEntry.record_id == deal_id
            )
        ).all()
    assert ("value_minor", "15050") in logged and ("*created", None) in logged
    assert any(field == "stakeholders" for field, _ in logged)


def test_currency_change_without_a_new_value_is_refused_when_decimals_differ(
    ctx: AppContext,
) -> None:
    deal_id = _deal(ctx, "Roof", _stages(ctx)[0].id, value="100")
    with (
        pytest.raises(ValidationError, match="different number of decimals"),
        ctx.transaction() as session,
    ):
        deals.update_deal(session, deal_id, values={"currency": "JPY"})
    with ctx.transaction() as session:
        deals.update_deal(session, deal_id, values={"currency": "JPY", "value": "15000"})
        assert deals.get_deal(session, deal_id).value_minor == 15000


def test_cards_reorder_within_a_stage(ctx: AppContext) -> None:
    stage = _stages(ctx)[0].id
    ids = [_deal(ctx, title, stage) for title in "ABCD"]
    with ctx.transaction() as session:
        deals.move_deal(session, ids[3], stage_id=stage, position=0)
    assert _order(ctx, stage) == ["D", "A", "B", "C"]
    with ctx.transaction() as session:
        deals.move_deal(session, ids[3], stage_id=stage, position=2)
    assert _order(ctx, stage) == ["A", "B", "D", "C"]


def test_moving_between_stages_renumbers_both_columns(ctx: AppContext) -> None:
    stages = _stages(ctx)
    first, second = stages[0].id, stages[1].id
    a, b, _c = (_deal(ctx, t, first) for t in "ABC")
    _deal(ctx, "X", second)
    with ctx.transaction() as session:
        changes = deals.move_deal(session, b, stage_id=second, position=0)
    assert _order(ctx, first) == ["A", "C"]
    assert _order(ctx, second) == ["B", "X"]
    assert b in changes.ids("deal") and a not in changes.ids("deal")


def test_moving_into_lost_closes_with_a_reason_and_back_reopens(ctx: AppContext) -> None:
    stages = _stages(ctx)
    lost = next(s for s in stages if s.is_lost)
    deal_id = _deal(ctx, "Roof", stages[0].id)
    with ctx.transaction() as session:
        deals.move_deal(session, deal_id, stage_id=lost.id, lost_reason="Too expensive")
        closed = deals.get_deal(session, deal_id)
        deals.move_deal(session, deal_id, stage_id=stages[1].id, position=0)
        reopened = deals.get_deal(session, deal_id)
    assert closed.closed_at is not None and closed.lost_reason == "Too expensive"
    assert reopened.closed_at is None and reopened.lost_reason is None


def test_lost_reason_on_an_open_stage_is_refused(ctx: AppContext) -> None:
    stages = _stages(ctx)
    deal_id = _deal(ctx, "Roof", stages[0].id)
    with (
        pytest.raises(ValidationError, match="Only a lost deal") as error,
        ctx.transaction() as session,
    ):
        deals.move_deal(session, deal_id, stage_id=stages[1].id, lost_reason="Price")
    assert error.value.field == "lost_reason"


def test_deal_created_in_the_won_stage_is_closed(ctx: AppContext) -> None:
    won = next(s for s in _stages(ctx) if s.is_won)
    deal_id = _deal(ctx, "Roof", won.id)
    with ctx.reading() as session:
        assert deals.get_deal(session, deal_id).closed_at is not None


def test_board_counts_sums_and_weights_per_currency(ctx: AppContext) -> None:
    stages = _stages(ctx)
    proposal = stages[2]
    _deal(ctx, "A", proposal.id, value="100.01")
    _deal(ctx, "B", proposal.id, value="200")
    _deal(ctx, "C", proposal.id, value="1000", currency="CZK")
    with ctx.reading() as session:
        columns = deals.board(session, proposal.pipeline_id)
    column = next(c for c in columns if c.stage_id == proposal.id)
    assert [c.name for c in columns][:2] == ["New", "Qualified"]
    assert column.count == 3
    assert column.sums == {"CZK": 100000, "EUR": 30001}
    assert column.weighted == {"CZK": 50000, "EUR": 15001}  # 15000.5 rounds half up
    assert [c.title for c in column.cards] == ["A", "B", "C"]


def test_board_filters_by_folded_text_over_title_company_and_person(ctx: AppContext) -> None:
    stage = _stages(ctx)[0]
    with ctx.transaction() as session:
        person, _ = contacts.create_contact(session, values={"full_name": "Jana Žilinská"})
    _deal(ctx, "Kotol", stage.id, contact_id=person)
    _deal(ctx, "Okná", stage.id)
    with ctx.reading() as session:
        by_person = deals.board(session, stage.pipeline_id, text="zilinsk")
        by_title = deals.board(session, stage.pipeline_id, text="OKNA")
    assert [c.title for c in by_person[0].cards] == ["Kotol"] and by_person[0].count == 1
    assert [c.title for c in by_title[0].cards] == ["Okná"]


def test_board_limits_cards_but_counts_all(ctx: AppContext) -> None:
    stage = _stages(ctx)[0]
    for title in "ABC":
        _deal(ctx, title, stage.id)
    with ctx.reading() as session:
        column = deals.board(session, stage.pipeline_id, cards_per_stage=2)[0]
    assert column.count == 3 and [c.title for c in column.cards] == ["A", "B"]


def test_trash_closes_ranks_and_restore_puts_the_card_at_the_bottom(ctx: AppContext) -> None:
    stage = _stages(ctx)[0].id
    a, _b, _c = (_deal(ctx, t, stage) for t in "ABC")
    with ctx.transaction() as session:
        changes = deals.trash_deals(session, [a])
    assert changes.deleted == {"deal": {a}}
    assert _order(ctx, stage) == ["B", "C"]
    with ctx.transaction() as session:
        deals.restore_deals(session, [a])
    assert _order(ctx, stage) == ["B", "C", "A"]


def test_win_loss_counts_values_rate_and_ranked_reasons(ctx: AppContext) -> None:
    stages = _stages(ctx)
    won = next(s for s in stages if s.is_won)
    lost = next(s for s in stages if s.is_lost)
    ids = [_deal(ctx, t, stages[0].id, value="100") for t in "ABCDE"]
    with ctx.transaction() as session:
        deals.move_deal(session, ids[0], stage_id=won.id)
        deals.move_deal(session, ids[1], stage_id=lost.id, lost_reason="Price")
        deals.move_deal(session, ids[2], stage_id=lost.id, lost_reason="price ")
        deals.move_deal(session, ids[3], stage_id=lost.id)
        old = datetime(2020, 1, 5, tzinfo=UTC)
        session.execute(update(Deal).where(Deal.id == ids[3]).values(closed_at=old))
    today = datetime.now(UTC).date()
    with ctx.reading() as session:
        result = deals.win_loss(session, date_from=date(2021, 1, 1), date_to=today)
        everything = deals.win_loss(session, date_from=date(2020, 1, 1), date_to=today)
    assert (result.won_count, result.lost_count) == (1, 2)
    assert result.won_values == {"EUR": 10000} and result.lost_values == {"EUR": 20000}
    assert result.win_rate == pytest.approx(1 / 3)
    assert result.lost_reasons == [("Price", 2)]
    assert everything.lost_reasons == [("Price", 2), (None, 1)]


def test_deals_are_found_by_search_until_trashed(ctx: AppContext) -> None:
    deal_id = _deal(ctx, "Solární panely", _stages(ctx)[0].id)

    def found() -> list[int]:
        with ctx.reading() as session:
            return [h.record_id for h in search.search(session, "solarni", entities=["deal"])]

    assert found() == [deal_id]
    with ctx.transaction() as session:
        deals.trash_deals(session, [deal_id])
    assert found() == []


def test_changing_the_stage_through_update_moves_the_card_to_the_bottom(ctx: AppContext) -> None:
    stages = _stages(ctx)
    lost = next(s for s in stages if s.is_lost)
    deal_id = _deal(ctx, "Roof", stages[0].id)
    _deal(ctx, "Other", lost.id)
    with ctx.transaction() as session:
        deals.update_deal(
            session, deal_id, values={"stage_id": lost.id, "lost_reason": "No budget"}
        )
        detail = deals.get_deal(session, deal_id)
    assert (detail.stage_name, detail.position, detail.lost_reason) == ("Lost", 1, "No budget")
    assert detail.closed_at is not None


def test_deal_takes_the_company_of_its_contact(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        company_id, _ = companies.create_company(session, values={"name": "Shenzhen Trading"})
        person, _ = contacts.create_contact(
            session, values={"full_name": "王芳", "company_id": company_id}
        )
        deal_id, _ = deals.create_deal(session, values={"title": "LED", "contact_id": person})
        assert deals.get_deal(session, deal_id).company_name == "Shenzhen Trading"
