"""Pipelines and stages: the default pipeline, editing stages, deleting a stage with deals."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crmdesk.context import AppContext
from crmdesk.db.models import ChangeLogEntry, Pipeline
from crmdesk.errors import ValidationError
from crmdesk.services import deals, pipelines


def _default(ctx: AppContext) -> tuple[int, list[pipelines.StageInfo]]:
    with ctx.transaction() as session:
        pipeline_id = pipelines.ensure_default_pipeline(session)
        return pipeline_id, pipelines.stages_of(session, pipeline_id)


def test_new_file_has_the_default_sales_pipeline(ctx: AppContext) -> None:
    pipeline_id, stages = _default(ctx)
    assert [(s.name, s.probability, s.is_won, s.is_lost) for s in stages] == [
        ("New", 10, False, False),
        ("Qualified", 25, False, False),
        ("Proposal", 50, False, False),
        ("Negotiation", 75, False, False),
        ("Won", 100, True, False),
        ("Lost", 0, False, True),
    ]
    with ctx.reading() as session:
        listed = pipelines.list_pipelines(session)
    assert [(p.id, p.name, p.stage_count) for p in listed] == [(pipeline_id, "Sales", 6)]


def test_default_pipeline_is_recreated_when_the_file_has_none(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        for pipeline in session.scalars(select(Pipeline)):
            session.delete(pipeline)
    _, stages = _default(ctx)
    assert len(stages) == 6


def test_added_stage_goes_before_the_won_and_lost_stages(ctx: AppContext) -> None:
    pipeline_id, _ = _default(ctx)
    with ctx.transaction() as session:
        stage_id, changes = pipelines.add_stage(session, pipeline_id, name="Demo", probability="40")
        names = [s.name for s in pipelines.stages_of(session, pipeline_id)]
    assert names == ["New", "Qualified", "Proposal", "Negotiation", "Demo", "Won", "Lost"]
    assert changes.created == {"stage": {stage_id}}


def test_stage_name_must_be_unique_in_its_pipeline(ctx: AppContext) -> None:
    _, stages = _default(ctx)
    with (
        pytest.raises(ValidationError, match="already has a stage") as error,
        ctx.transaction() as session,
    ):
        pipelines.rename_stage(session, stages[0].id, name="  qualified ")
    assert error.value.field == "name"


def test_probability_outside_0_to_100_is_refused(ctx: AppContext) -> None:
    _, stages = _default(ctx)
    with pytest.raises(ValidationError, match="between 0 and 100"), ctx.transaction() as session:
        pipelines.set_probability(session, stages[0].id, probability=120)


def test_rename_and_probability_are_change_logged(ctx: AppContext) -> None:
    _, stages = _default(ctx)
    with ctx.transaction() as session:
        pipelines.rename_stage(session, stages[0].id, name="Lead in")
        pipelines.set_probability(session, stages[0].id, probability=5)
    with ctx.reading() as session:
        logged = session.execute(
            select(ChangeLogEntry.field, ChangeLogEntry.old_value, ChangeLogEntry.new_value).where(
                ChangeLogEntry.entity == "stage", ChangeLogEntry.record_id == stages[0].id
            )
        ).all()
        stage = pipelines.get_stage(session, stages[0].id)
    assert ("name", "New", "Lead in") in logged and ("probability", "10", "5") in logged
    assert (stage.name, stage.probability) == ("Lead in", 5)


def test_reorder_stages_needs_every_stage_once(ctx: AppContext) -> None:
    pipeline_id, stages = _default(ctx)
    ids = [s.id for s in stages]
    with ctx.transaction() as session:
        pipelines.reorder_stages(session, pipeline_id, [ids[1], ids[0], *ids[2:]])
        assert [s.id for s in pipelines.stages_of(session, pipeline_id)][:2] == [ids[1], ids[0]]
    with pytest.raises(ValidationError, match="every stage"), ctx.transaction() as session:
        pipelines.reorder_stages(session, pipeline_id, ids[:-1])


def test_deleting_a_stage_with_deals_is_refused_with_a_clear_message(ctx: AppContext) -> None:
    _, stages = _default(ctx)
    with ctx.transaction() as session:
        deals.create_deal(session, values={"title": "Boiler", "stage_id": stages[2].id})
    with (
        pytest.raises(ValidationError, match="“Proposal” still holds 1 deal"),
        ctx.transaction() as session,
    ):
        pipelines.delete_stage(session, stages[2].id)


def test_deleting_a_stage_moves_its_deals_to_the_end_of_the_chosen_stage(
    ctx: AppContext,
) -> None:
    pipeline_id, stages = _default(ctx)
    with ctx.transaction() as session:
        first, _ = deals.create_deal(session, values={"title": "A", "stage_id": stages[0].id})
        moved, _ = deals.create_deal(session, values={"title": "B", "stage_id": stages[2].id})
        changes = pipelines.delete_stage(session, stages[2].id, move_to=stages[0].id)
        names = [s.name for s in pipelines.stages_of(session, pipeline_id)]
        positions = [s.position for s in pipelines.stages_of(session, pipeline_id)]
        detail = deals.get_deal(session, moved)
    assert names == ["New", "Qualified", "Negotiation", "Won", "Lost"]
    assert positions == [0, 1, 2, 3, 4]
    assert (detail.stage_id, detail.position) == (stages[0].id, 1)
    assert changes.deleted == {"stage": {stages[2].id}} and moved in changes.ids("deal")
    assert first not in changes.ids("deal")


def test_moving_deals_to_another_pipeline_stage_is_refused(ctx: AppContext) -> None:
    _, stages = _default(ctx)
    with ctx.transaction() as session:
        other_id, _ = pipelines.create_pipeline(session, name="Service", stages=[("Call", 20)])
        other_stage = pipelines.stages_of(session, other_id)[0]
        deals.create_deal(session, values={"title": "A", "stage_id": stages[0].id})
    with pytest.raises(ValidationError, match="same pipeline"), ctx.transaction() as session:
        pipelines.delete_stage(session, stages[0].id, move_to=other_stage.id)


def test_new_pipeline_gets_won_and_lost_stages(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        pipeline_id, _ = pipelines.create_pipeline(
            session, name="Projects", stages=[("Brief", 10), ("Offer", 50)]
        )
        stages = pipelines.stages_of(session, pipeline_id)
    assert [(s.name, s.is_won, s.is_lost) for s in stages] == [
        ("Brief", False, False),
        ("Offer", False, False),
        ("Won", True, False),
        ("Lost", False, True),
    ]


def test_turning_a_stage_into_the_won_stage_closes_its_deals(ctx: AppContext) -> None:
    _, stages = _default(ctx)
    with ctx.transaction() as session:
        deal_id, _ = deals.create_deal(session, values={"title": "A", "stage_id": stages[3].id})
        pipelines.set_outcome(session, stages[3].id, outcome="won")
        assert deals.get_deal(session, deal_id).closed_at is not None
        pipelines.set_outcome(session, stages[3].id, outcome="open")
        assert deals.get_deal(session, deal_id).closed_at is None
