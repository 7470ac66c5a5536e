"""Tickets: human numbers, status rules for the resolved date, validation, list and ageing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from crmdesk.context import AppContext
from crmdesk.db.models import ChangeLogEntry
from crmdesk.errors import ValidationError
from crmdesk.services import companies, contacts, search, ticket_list, tickets
from crmdesk.services.ticket_list import TicketFilter, TicketSort

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


def _ticket(ctx: AppContext, subject: str, **values: object) -> int:
    with ctx.transaction() as session:
        ticket_id, _ = tickets.create_ticket(session, values={"subject": subject, **values})
    return ticket_id


def test_tickets_get_consecutive_numbers_shown_as_t_000123(ctx: AppContext) -> None:
    first = _ticket(ctx, "Leaking tap")
    second = _ticket(ctx, "Invoice question", category="question")
    with ctx.reading() as session:
        one, two = tickets.get_ticket(session, first), tickets.get_ticket(session, second)
    assert (one.number, two.number) == (1, 2)
    assert two.number_text == "T-000002"
    assert (one.status, one.priority, one.category) == ("open", "normal", "request")


def test_numbers_are_not_reused_after_trash(ctx: AppContext) -> None:
    first = _ticket(ctx, "A")
    with ctx.transaction() as session:
        tickets.trash_tickets(session, [first])
    second = _ticket(ctx, "B")
    with ctx.reading() as session:
        assert tickets.get_ticket(session, second).number == 2
        assert tickets.find_ticket(session, "t-2") == second


def test_an_imported_number_must_be_free(ctx: AppContext) -> None:
    _ticket(ctx, "A", number="T-000050")
    with pytest.raises(ValidationError, match="T-000050 is already used") as error:
        _ticket(ctx, "B", number="50")
    assert error.value.field == "number"
    assert _ticket(ctx, "C") > 0
    with ctx.reading() as session:
        assert tickets.next_ticket_number(session) == 52


def test_resolving_sets_the_resolved_date_and_reopening_clears_it(ctx: AppContext) -> None:
    ticket_id = _ticket(ctx, "Broken heater")
    with ctx.transaction() as session:
        tickets.update_ticket(
            session, ticket_id, values={"status": "resolved", "resolution": "Replaced part"}
        )
        resolved = tickets.get_ticket(session, ticket_id)
        tickets.update_ticket(session, ticket_id, values={"status": "closed"})
        closed = tickets.get_ticket(session, ticket_id)
        tickets.update_ticket(session, ticket_id, values={"status": "in progress"})
        reopened = tickets.get_ticket(session, ticket_id)
    assert resolved.resolved_at is not None and closed.resolved_at == resolved.resolved_at
    assert reopened.resolved_at is None and reopened.status == "in_progress"
    with ctx.reading() as session:
        logged = session.scalars(
            select(ChangeLogEntry.field).where(ChangeLogEntry.record_id == ticket_id)
        ).all()
    assert logged.count("resolved_at") == 2 and logged.count("status") == 3


def test_satisfaction_must_be_1_to_5(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="between 1 and 5") as error:
        _ticket(ctx, "A", satisfaction=6)
    assert error.value.field == "satisfaction"


def test_bad_status_lists_the_valid_ones(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="one of: closed, in_progress"):
        _ticket(ctx, "A", status="done")


def test_open_ticket_cannot_carry_a_resolved_date(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="resolved or closed") as error:
        _ticket(ctx, "A", resolved_at="2025-01-01T10:00:00")
    assert error.value.field == "resolved_at"


def test_due_date_before_opening_is_refused(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="before the ticket was opened"):
        _ticket(ctx, "A", opened_at="2025-03-01T10:00:00", due_at="2025-02-01T10:00:00")


def test_ticket_takes_the_company_of_its_contact(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        company_id, _ = companies.create_company(session, values={"name": "Tabriz Carpets"})
        contact_id, _ = contacts.create_contact(
            session, values={"full_name": "Ali Rezaei", "company_id": company_id}
        )
        ticket_id, _ = tickets.create_ticket(
            session, values={"subject": "Late delivery", "contact_id": contact_id}
        )
        detail = tickets.get_ticket(session, ticket_id)
    assert (detail.company_id, detail.company_name, detail.contact_name) == (
        company_id,
        "Tabriz Carpets",
        "Ali Rezaei",
    )


def test_ticket_is_found_by_number_and_subject_in_search(ctx: AppContext) -> None:
    ticket_id = _ticket(ctx, "Reklamácia kotla")
    with ctx.reading() as session:
        hits = search.search(session, "reklamacia", entities=["ticket"])
    assert [h.record_id for h in hits] == [ticket_id]


def _seed_list(ctx: AppContext) -> dict[str, int]:
    day = timedelta(days=1)
    return {
        "old_overdue": _ticket(
            ctx, "Old", opened_at=NOW - 40 * day, due_at=NOW - day, priority="urgent"
        ),
        "fresh": _ticket(ctx, "Fresh", opened_at=NOW - day / 2, channel="email"),
        "week": _ticket(ctx, "Week", opened_at=NOW - 5 * day, priority="low"),
        "done": _ticket(
            ctx,
            "Done",
            opened_at=NOW - 20 * day,
            status="resolved",
            resolved_at=NOW - 17 * day,
            due_at=NOW - 18 * day,
        ),
    }


def test_ticket_list_filters_sorts_pages_and_ages(ctx: AppContext) -> None:
    ids = _seed_list(ctx)
    with ctx.reading() as session:
        overdue = ticket_list.ticket_id_page(
            session, TicketFilter(overdue=True), TicketSort(), offset=0, limit=10, now=NOW
        )
        by_priority = ticket_list.ticket_id_page(
            session,
            TicketFilter(open_only=True),
            TicketSort("priority"),
            offset=0,
            limit=2,
            now=NOW,
        )
        by_age = ticket_list.ticket_id_page(
            session, TicketFilter(open_only=True), TicketSort("age"), offset=0, limit=10, now=NOW
        )
        by_channel = ticket_list.count_tickets(session, TicketFilter(channel="email"), now=NOW)
        by_number = ticket_list.count_tickets(session, TicketFilter(text="T-000003"), now=NOW)
        by_subject = ticket_list.count_tickets(session, TicketFilter(text="fresh"), now=NOW)
        rows = ticket_list.ticket_rows(session, list(ids.values()), now=NOW)
    assert overdue == [ids["old_overdue"]]
    assert by_priority == [ids["old_overdue"], ids["fresh"]]
    assert by_age == [ids["old_overdue"], ids["week"], ids["fresh"]]
    assert (by_channel, by_number, by_subject) == (1, 1, 1)
    assert rows[ids["old_overdue"]].age_days == 40 and rows[ids["old_overdue"]].overdue
    assert rows[ids["done"]].age_days == 3 and not rows[ids["done"]].overdue


def test_open_tickets_by_age_band(ctx: AppContext) -> None:
    _seed_list(ctx)
    with ctx.reading() as session:
        bands = ticket_list.open_ticket_ages(session, now=NOW)
    assert bands == [("0-1", 1), ("2-7", 1), ("8-30", 0), ("31+", 1)]


def test_unknown_sort_column_is_refused() -> None:
    with pytest.raises(ValidationError, match="cannot be sorted"):
        TicketSort("colour")


def test_filter_round_trips_through_segment_criteria() -> None:
    criteria = TicketFilter(status="open", overdue=True, company_id=3)
    assert TicketFilter.from_criteria(criteria.to_criteria()) == criteria


def test_empty_choices_take_the_defaults(ctx: AppContext) -> None:
    ticket_id = _ticket(ctx, "Imported", status="", priority=None, category=" ")
    with ctx.transaction() as session:
        tickets.update_ticket(session, ticket_id, values={"status": "", "priority": "high"})
        detail = tickets.get_ticket(session, ticket_id)
    assert (detail.status, detail.priority, detail.category) == ("open", "high", "request")


def test_text_filter_ignores_case_and_accents(ctx: AppContext) -> None:
    ticket_id = _ticket(ctx, "Reklamácia KOTLA")
    _ticket(ctx, "Iné")
    with ctx.reading() as session:
        found = ticket_list.ticket_id_page(
            session, TicketFilter(text="reklamacia kotla"), TicketSort(), offset=0, limit=5
        )
    assert found == [ticket_id]
