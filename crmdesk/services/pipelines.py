"""Pipelines and their stages: the columns of the deal board.

A pipeline is an ordered list of stages, each with a win probability; a stage may be the won
or the lost stage (deals in them are closed). The default pipeline comes from `db.seed`.
Stage writes are change-logged under the entities "pipeline" and "stage".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import Deal, Pipeline, Stage
from crmdesk.db.seed import seed_defaults
from crmdesk.db.types import utcnow
from crmdesk.domain.text import fold
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services import fields
from crmdesk.services.changes import CREATED, DELETED, Changes, apply_fields, log_event

PIPELINE = "pipeline"
STAGE = "stage"
OUTCOMES = ("open", "won", "lost")

_name = fields.text(200, required=True)


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    id: int
    name: str
    position: int
    stage_count: int


@dataclass(frozen=True, slots=True)
class StageInfo:
    id: int
    pipeline_id: int
    name: str
    position: int
    probability: int
    is_won: bool
    is_lost: bool

    @property
    def is_closed(self) -> bool:
        return self.is_won or self.is_lost


def ensure_default_pipeline(session: Session) -> int:
    """The id of the first pipeline, creating the default "Sales" pipeline when there is none."""
    pipeline_id = session.scalar(select(Pipeline.id).order_by(Pipeline.position, Pipeline.id))
    if pipeline_id is None:
        seed_defaults(session.connection())
        pipeline_id = session.scalar(select(Pipeline.id).order_by(Pipeline.position, Pipeline.id))
    assert pipeline_id is not None
    return int(pipeline_id)


def list_pipelines(session: Session) -> list[PipelineInfo]:
    counts = (
        select(Stage.pipeline_id, func.count().label("n")).group_by(Stage.pipeline_id).subquery()
    )
    rows = session.execute(
        select(Pipeline.id, Pipeline.name, Pipeline.position, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.pipeline_id == Pipeline.id)
        .order_by(Pipeline.position, Pipeline.id)
    )
    return [PipelineInfo(int(i), str(n), int(p), int(c)) for i, n, p, c in rows]


def create_pipeline(
    session: Session,
    *,
    name: str,
    stages: Sequence[tuple[str, int]] = (),
    won_name: str = "Won",
    lost_name: str = "Lost",
) -> tuple[int, Changes]:
    """A new pipeline with open stages (name, probability %) plus a won and a lost stage.

    The UI passes translated names for the won and lost stages.
    """
    clean = _name(name, "name")
    if any(fold(p.name) == fold(clean) for p in list_pipelines(session)):
        raise ValidationError(f"There is already a pipeline called “{clean}”.", field="name")
    position = session.scalar(select(func.count()).select_from(Pipeline)) or 0
    pipeline = Pipeline(name=clean, position=position)
    session.add(pipeline)
    session.flush()
    log_event(session, PIPELINE, pipeline.id, CREATED)
    changes = Changes().add("created", PIPELINE, pipeline.id)
    for stage_name, probability in (*stages, (won_name, 100), (lost_name, 0)):
        _stage_id, more = add_stage(session, pipeline.id, name=stage_name, probability=probability)
        changes.merge(more)
    won, lost = (s.id for s in stages_of(session, pipeline.id)[-2:])
    changes.merge(set_outcome(session, won, outcome="won"))
    changes.merge(set_outcome(session, lost, outcome="lost"))
    return pipeline.id, changes


def rename_pipeline(session: Session, pipeline_id: int, *, name: str) -> Changes:
    pipeline = session.get(Pipeline, pipeline_id)
    if pipeline is None:
        raise NotFoundError(f"Pipeline {pipeline_id} does not exist.")
    clean = _name(name, "name")
    others = [p for p in list_pipelines(session) if p.id != pipeline_id]
    if any(fold(p.name) == fold(clean) for p in others):
        raise ValidationError(f"There is already a pipeline called “{clean}”.", field="name")
    if apply_fields(session, pipeline, PIPELINE, {"name": clean}):
        return Changes().add("updated", PIPELINE, pipeline_id)
    return Changes()


def stages_of(session: Session, pipeline_id: int) -> list[StageInfo]:
    """The stages of a pipeline in board order."""
    rows = session.scalars(
        select(Stage).where(Stage.pipeline_id == pipeline_id).order_by(Stage.position, Stage.id)
    )
    return [_plain(stage) for stage in rows]


def get_stage(session: Session, stage_id: int) -> StageInfo:
    return _plain(_stage(session, stage_id))


def _plain(stage: Stage) -> StageInfo:
    return StageInfo(
        id=stage.id,
        pipeline_id=stage.pipeline_id,
        name=stage.name,
        position=stage.position,
        probability=stage.probability,
        is_won=stage.is_won,
        is_lost=stage.is_lost,
    )


def _stage(session: Session, stage_id: int) -> Stage:
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise NotFoundError(f"Stage {stage_id} does not exist.")
    return stage


def _check_unique_name(session: Session, pipeline_id: int, name: str, stage_id: int) -> None:
    for other in stages_of(session, pipeline_id):
        if other.id != stage_id and fold(other.name) == fold(name):
            raise ValidationError(f"This pipeline already has a stage “{name}”.", field="name")


def _probability(value: object) -> int:
    number = fields.integer(low=0, high=100)(value, "probability")
    if number is None:
        raise ValidationError("Probability is required (0 to 100).", field="probability")
    return int(number)


def add_stage(
    session: Session,
    pipeline_id: int,
    *,
    name: str,
    probability: object = 0,
    position: int | None = None,
) -> tuple[int, Changes]:
    """Insert an open stage at ``position`` (default: after the last open stage)."""
    if session.get(Pipeline, pipeline_id) is None:
        raise NotFoundError(f"Pipeline {pipeline_id} does not exist.")
    clean = _name(name, "name")
    _check_unique_name(session, pipeline_id, clean, 0)
    order = [s.id for s in stages_of(session, pipeline_id)]
    if position is None:
        open_ids = [s.id for s in stages_of(session, pipeline_id) if not s.is_closed]
        position = order.index(open_ids[-1]) + 1 if open_ids else len(order)
    stage = Stage(
        pipeline_id=pipeline_id, name=clean, probability=_probability(probability), position=0
    )
    session.add(stage)
    session.flush()
    log_event(session, STAGE, stage.id, CREATED)
    order.insert(max(0, min(position, len(order))), stage.id)
    _renumber(session, order)
    return stage.id, Changes().add("created", STAGE, stage.id)


def rename_stage(session: Session, stage_id: int, *, name: str) -> Changes:
    stage = _stage(session, stage_id)
    clean = _name(name, "name")
    _check_unique_name(session, stage.pipeline_id, clean, stage_id)
    return _apply(session, stage, {"name": clean})


def set_probability(session: Session, stage_id: int, *, probability: object) -> Changes:
    stage = _stage(session, stage_id)
    return _apply(session, stage, {"probability": _probability(probability)})


def set_outcome(session: Session, stage_id: int, *, outcome: str) -> Changes:
    """Make a stage open, the won stage or a lost stage; its deals are closed or reopened."""
    if outcome not in OUTCOMES:
        raise ValidationError(f"“{outcome}” is not one of: open, won, lost.", field="outcome")
    stage = _stage(session, stage_id)
    changes = _apply(session, stage, {"is_won": outcome == "won", "is_lost": outcome == "lost"})
    if changes:
        closed_at: datetime | None = None if outcome == "open" else utcnow()
        changes.merge(_close_deals(session, stage_id, closed_at))
    return changes


def _close_deals(session: Session, stage_id: int, closed_at: datetime | None) -> Changes:
    """Close (or reopen) the deals of a stage whose outcome just changed."""
    changes = Changes()
    for deal in session.scalars(select(Deal).where(Deal.stage_id == stage_id)):
        values: dict[str, Any] = {"closed_at": closed_at}
        if closed_at is None:
            values["lost_reason"] = None
        if apply_fields(session, deal, "deal", values):
            changes.add("updated", "deal", deal.id)
    return changes


def reorder_stages(session: Session, pipeline_id: int, stage_ids: Sequence[int]) -> Changes:
    """Put the pipeline's stages in this order (all of them, each once)."""
    current = [s.id for s in stages_of(session, pipeline_id)]
    if sorted(current) != sorted(stage_ids):
        raise ValidationError(
            "The new order must list every stage of the pipeline exactly once.", field="stages"
        )
    return _renumber(session, list(stage_ids))


def _renumber(session: Session, ordered_ids: Sequence[int]) -> Changes:
    changes = Changes()
    for position, stage_id in enumerate(ordered_ids):
        changes.merge(_apply(session, _stage(session, stage_id), {"position": position}))
    return changes


def _apply(session: Session, stage: Stage, values: dict[str, object]) -> Changes:
    if apply_fields(session, stage, STAGE, dict(values)):
        session.flush()
        return Changes().add("updated", STAGE, stage.id)
    return Changes()


def delete_stage(session: Session, stage_id: int, *, move_to: int | None = None) -> Changes:
    """Delete a stage. Its deals (trashed ones too) must go somewhere: ``move_to`` a stage."""
    stage = _stage(session, stage_id)
    if len(stages_of(session, stage.pipeline_id)) == 1:
        raise ValidationError("A pipeline needs at least one stage.", field="stage")
    held = session.scalar(select(func.count()).where(Deal.stage_id == stage_id)) or 0
    changes = Changes()
    if held and move_to is None:
        raise ValidationError(
            f"The stage “{stage.name}” still holds {held} deal(s) (the trash included). "
            "Move them to another stage first, or choose a stage to move them to.",
            field="stage",
        )
    if held and move_to is not None:
        changes.merge(_move_all(session, stage, move_to))
    log_event(session, STAGE, stage_id, DELETED)
    remaining = [s.id for s in stages_of(session, stage.pipeline_id) if s.id != stage_id]
    session.delete(stage)
    session.flush()
    changes.add("deleted", STAGE, stage_id)
    return changes.merge(_renumber(session, remaining))


def _move_all(session: Session, stage: Stage, move_to: int) -> Changes:
    """Append every deal of ``stage`` to the end of ``move_to`` (same pipeline)."""
    target = _stage(session, move_to)
    if target.pipeline_id != stage.pipeline_id or target.id == stage.id:
        raise ValidationError(
            "Deals can only be moved to another stage of the same pipeline.", field="move_to"
        )
    start = session.scalar(select(func.count()).where(Deal.stage_id == target.id)) or 0
    deals = session.scalars(
        select(Deal).where(Deal.stage_id == stage.id).order_by(Deal.position, Deal.id)
    )
    changes = Changes()
    for offset, deal in enumerate(deals):
        values = {"stage_id": target.id, "position": start + offset}
        values.update(closing_values(deal.closed_at, _plain(stage), _plain(target)))
        apply_fields(session, deal, "deal", values)
        changes.add("updated", "deal", deal.id)
    session.flush()
    return changes


def closing_values(
    closed_at: datetime | None,
    source: StageInfo | None,
    target: StageInfo,
    *,
    lost_reason: str | None = None,
) -> dict[str, Any]:
    """Field values for a deal entering ``target`` from ``source`` (None: a new deal).

    Entering a won or lost stage closes the deal now (a deal already closed the same way keeps
    its date); entering an open stage reopens it and forgets the lost reason.
    """
    if not target.is_closed:
        return {"closed_at": None, "lost_reason": None}
    values: dict[str, Any] = {}
    same_outcome = source is not None and (source.is_won, source.is_lost) == (
        target.is_won,
        target.is_lost,
    )
    if closed_at is None or not same_outcome:
        values["closed_at"] = utcnow()
    if target.is_won:
        values["lost_reason"] = None
    elif lost_reason is not None:
        values["lost_reason"] = lost_reason
    return values
