"""Today view: tasks by the user's local day, follow-ups, birthdays, closing deals, late tickets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.context import AppContext
from crmdesk.db.models import Deal, Stage, Ticket
from crmdesk.services import contacts, interactions, tasks
from crmdesk.services.interactions import FollowUp
from crmdesk.services.today import TodayView, today_view

TEHRAN = timezone(timedelta(hours=3, minutes=30))
NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # 11:30 on 10 March in Tehran


def _view(ctx: AppContext, now: datetime = NOW, tz: Any = TEHRAN) -> TodayView:
    with ctx.reading() as session:
        return today_view(session, now=now, tz=tz)


def _task(ctx: AppContext, title: str, due_at: datetime | None, **kwargs: Any) -> int:
    with ctx.transaction() as session:
        task_id, _ = tasks.create_task(session, title=title, due_at=due_at, **kwargs)
    return task_id


def _contact(ctx: AppContext, name: str, **values: Any) -> int:
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(session, values={"full_name": name, **values})
    return contact_id


def test_today_lists_overdue_task(ctx: AppContext) -> None:
    contact_id = _contact(ctx, "Reza")
    task_id = _task(ctx, "Call Reza", NOW - timedelta(days=2), contact_id=contact_id)
    view = _view(ctx)
    assert [t.task_id for t in view.overdue] == [task_id]
    assert view.overdue[0].contact_name == "Reza"
    assert view.due_today == []


def test_due_today_follows_the_local_day_not_the_utc_day(ctx: AppContext) -> None:
    # 21:00 UTC on 9 March is 00:30 on 10 March in Tehran: due today, not overdue.
    early = _task(ctx, "Early", datetime(2026, 3, 9, 21, 0, tzinfo=UTC))
    # 20:00 UTC on 10 March is 23:30 in Tehran: still today.
    late = _task(ctx, "Late", datetime(2026, 3, 10, 20, 0, tzinfo=UTC))
    # 20:31 UTC on 10 March is 00:01 on 11 March in Tehran: tomorrow.
    _task(ctx, "Tomorrow", datetime(2026, 3, 10, 20, 31, tzinfo=UTC))
    view = _view(ctx)
    assert view.day == date(2026, 3, 10)
    assert [t.task_id for t in view.due_today] == [early, late]
    assert view.overdue == []


def test_done_trashed_and_undated_tasks_are_not_listed(ctx: AppContext) -> None:
    done = _task(ctx, "Done", NOW - timedelta(days=1))
    trashed = _task(ctx, "Trashed", NOW - timedelta(days=1))
    _task(ctx, "Someday", None)
    with ctx.transaction() as session:
        tasks.set_task_done(session, done, True)
        tasks.trash_tasks(session, [trashed])
    assert _view(ctx).is_empty


def test_follow_ups_due_in_the_next_seven_days_are_listed_apart(ctx: AppContext) -> None:
    contact_id = _contact(ctx, "Jana")

    def follow_up(title: str, due: datetime) -> int:
        with ctx.transaction() as session:
            _, changes = interactions.log_interaction(
                session,
                kind="call",
                occurred_at=NOW,
                subject="Call",
                contact_id=contact_id,
                follow_up=FollowUp(title, due),
            )
        return next(iter(changes.created["task"]))

    soon = follow_up("In three days", NOW + timedelta(days=3))
    follow_up("In a month", NOW + timedelta(days=30))
    today = follow_up("Today", NOW + timedelta(hours=1))
    _task(ctx, "Plain task in two days", NOW + timedelta(days=2))
    view = _view(ctx)
    assert [t.task_id for t in view.follow_ups] == [soon]
    assert view.follow_ups[0].is_follow_up
    assert [t.task_id for t in view.due_today] == [today]  # listed once, under today


def test_birthdays_wrap_around_new_year(ctx: AppContext) -> None:
    new_year = _contact(ctx, "New Year", birthday_month=1, birthday_day=2, birthday_year=1990)
    eve = _contact(ctx, "Eve", birthday_month=12, birthday_day=31)
    _contact(ctx, "Too far", birthday_month=1, birthday_day=10)
    _contact(ctx, "Passed", birthday_month=12, birthday_day=27)
    view = _view(ctx, now=datetime(2026, 12, 28, 9, 0, tzinfo=UTC))
    assert [(b.contact_id, b.on, b.days_away) for b in view.birthdays] == [
        (eve, date(2026, 12, 31), 3),
        (new_year, date(2027, 1, 2), 5),
    ]
    assert view.birthdays[1].age == 37
    assert view.birthdays[0].age is None


def test_birthday_on_29_february_shows_on_28_february_in_common_years(ctx: AppContext) -> None:
    leapling = _contact(ctx, "Leapling", birthday_month=2, birthday_day=29, birthday_year=2000)
    common = _view(ctx, now=datetime(2027, 2, 25, 9, 0, tzinfo=UTC))
    assert [(b.contact_id, b.on, b.age) for b in common.birthdays] == [
        (leapling, date(2027, 2, 28), 27)
    ]
    leap = _view(ctx, now=datetime(2028, 2, 25, 9, 0, tzinfo=UTC))
    assert [b.on for b in leap.birthdays] == [date(2028, 2, 29)]
    assert _view(ctx, now=datetime(2028, 2, 20, 9, 0, tzinfo=UTC)).birthdays == []


def test_birthday_today_is_listed_and_trashed_contacts_are_not(ctx: AppContext) -> None:
    today = _contact(ctx, "Today", birthday_month=3, birthday_day=10)
    gone = _contact(ctx, "Gone", birthday_month=3, birthday_day=11)
    with ctx.transaction() as session:
        contacts.trash_contacts(session, [gone])
    view = _view(ctx)
    assert [(b.contact_id, b.days_away) for b in view.birthdays] == [(today, 0)]


def _stage(session: Session, name: str) -> Stage:
    stage = session.scalar(select(Stage).where(Stage.name == name))
    assert stage is not None
    return stage


def _deal(session: Session, title: str, stage: str, expected_close: date) -> int:
    row = _stage(session, stage)
    deal = Deal(
        title=title,
        pipeline_id=row.pipeline_id,
        stage_id=row.id,
        value_minor=150000,
        currency="EUR",
        expected_close=expected_close,
    )
    session.add(deal)
    session.flush()
    return deal.id


def test_deals_expected_to_close_this_month_in_open_stages(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        early = _deal(session, "Early March", "Proposal", date(2026, 3, 2))
        late = _deal(session, "End of March", "New", date(2026, 3, 31))
        _deal(session, "April", "Proposal", date(2026, 4, 1))
        _deal(session, "February", "Proposal", date(2026, 2, 28))
        _deal(session, "Already won", "Won", date(2026, 3, 15))
        _deal(session, "Lost", "Lost", date(2026, 3, 15))
    view = _view(ctx)
    assert [d.deal_id for d in view.deals_closing] == [early, late]
    assert (view.deals_closing[0].stage_name, view.deals_closing[0].probability) == ("Proposal", 50)


def test_tickets_past_due_exclude_resolved_and_closed(ctx: AppContext) -> None:
    contact_id = _contact(ctx, "Wang Fang")
    with ctx.transaction() as session:

        def ticket(number: int, status: str, due: datetime | None) -> int:
            row = Ticket(
                number=number, subject=f"T{number}", status=status, due_at=due,
                contact_id=contact_id,
            )  # fmt: skip
            session.add(row)
            session.flush()
            return row.id

        late = ticket(1, "open", NOW - timedelta(hours=1))
        waiting = ticket(2, "waiting", NOW - timedelta(days=3))
        ticket(3, "resolved", NOW - timedelta(days=3))
        ticket(4, "closed", NOW - timedelta(days=3))
        ticket(5, "open", NOW + timedelta(days=1))
        ticket(6, "open", None)
    view = _view(ctx)
    assert [t.ticket_id for t in view.tickets_past_due] == [waiting, late]
    assert view.tickets_past_due[1].label == "T-000001"
    assert view.tickets_past_due[1].contact_name == "Wang Fang"
