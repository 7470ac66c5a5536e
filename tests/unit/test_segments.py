"""Saved filters (segments): unique names per entity, replace, rename, delete."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from crmdesk.context import AppContext
from crmdesk.db.models import ChangeLogEntry
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services import segments
from crmdesk.services.contact_list import ContactFilter


def _save(ctx: AppContext, name: str, entity: str = "contact", **criteria: object) -> int:
    with ctx.transaction() as session:
        segment_id, _ = segments.save_segment(
            session, name=name, entity=entity, criteria=criteria or {"tag": "VIP"}
        )
    return segment_id


def test_saved_segment_reopens_as_the_same_filter(ctx: AppContext) -> None:
    criteria = ContactFilter(text="zilina", tag="VIP", lifecycle="customer")
    with ctx.transaction() as session:
        segment_id, changes = segments.save_segment(
            session, name="VIP Žilina", entity="contact", criteria=criteria.to_criteria()
        )
    assert changes.created == {"segment": {segment_id}}
    with ctx.reading() as session:
        saved = segments.get_segment(session, segment_id)
    assert ContactFilter.from_criteria(saved.criteria) == criteria


def test_segment_name_that_exists_is_refused_with_a_clear_message(ctx: AppContext) -> None:
    _save(ctx, "VIP Žilina")
    with pytest.raises(ValidationError, match="already exists") as error:
        _save(ctx, "  vip zilina ")
    assert error.value.field == "name"


def test_same_name_is_fine_for_another_entity(ctx: AppContext) -> None:
    _save(ctx, "VIP")
    _save(ctx, "VIP", entity="company")
    with ctx.reading() as session:
        assert [s.name for s in segments.list_segments(session, "company")] == ["VIP"]


def test_saving_with_replace_updates_the_existing_segment(ctx: AppContext) -> None:
    segment_id = _save(ctx, "Leads", lifecycle="lead")
    with ctx.transaction() as session:
        same_id, changes = segments.save_segment(
            session,
            name="Leads",
            entity="contact",
            criteria={"lifecycle": "prospect"},
            replace=True,
        )
    assert same_id == segment_id
    assert changes.updated == {"segment": {segment_id}}
    with ctx.reading() as session:
        assert segments.get_segment(session, segment_id).criteria == {"lifecycle": "prospect"}


def test_segments_are_listed_in_the_order_they_were_saved(ctx: AppContext) -> None:
    for name in ("Zeta", "Alpha", "Mid"):
        _save(ctx, name)
    with ctx.reading() as session:
        assert [s.name for s in segments.list_segments(session, "contact")] == [
            "Zeta",
            "Alpha",
            "Mid",
        ]


def test_rename_segment_refuses_a_name_in_use(ctx: AppContext) -> None:
    first = _save(ctx, "First")
    _save(ctx, "Second")
    with pytest.raises(ValidationError, match="already exists"), ctx.transaction() as session:
        segments.rename_segment(session, first, name="SECOND")
    with ctx.transaction() as session:
        assert segments.rename_segment(session, first, name="Renamed")
        assert segments.find_segment(session, entity="contact", name="renamed").id == first


def test_delete_segment_forgets_it_and_logs_it(ctx: AppContext) -> None:
    segment_id = _save(ctx, "Old")
    with ctx.transaction() as session:
        assert segments.delete_segment(session, segment_id).deleted == {"segment": {segment_id}}
    with ctx.reading() as session:
        assert segments.list_segments(session, "contact") == []
        events = list(
            session.scalars(
                select(ChangeLogEntry.field)
                .where(ChangeLogEntry.entity == "segment")
                .order_by(ChangeLogEntry.id)
            )
        )
    assert events == ["*created", "*deleted"]
    with pytest.raises(NotFoundError), ctx.reading() as session:
        segments.find_segment(session, entity="contact", name="Old")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": " ", "entity": "contact", "criteria": {}}, "name"),
        ({"name": "X", "entity": "planet", "criteria": {}}, "entity"),
        ({"name": "X", "entity": "contact", "criteria": {"day": date(2026, 1, 1)}}, "criteria"),
    ],
)
def test_invalid_segment_is_refused_naming_the_field(
    ctx: AppContext, kwargs: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as error, ctx.transaction() as session:
        segments.save_segment(session, **kwargs)  # type: ignore[arg-type]
    assert error.value.field == field
