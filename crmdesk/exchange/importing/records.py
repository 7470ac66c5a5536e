"""Deal and ticket rows, and the planner for every entity that is not a person or company.

Deals: a title, a value (exact money), a stage of the default pipeline named as in the file
(an unknown stage name fails the row, listing the stages), dates, the customer. Tickets: a
subject, status/priority/category/channel in any of our languages, dates, the customer; a
ticket number of the file is kept (a number already used is a duplicate of that ticket), a
ticket without one gets the next free number, and so does a ticket exported from another
crmdesk file (its T-000001 is that file's, not ours: matching it would overwrite our ticket
T-000001). Unmapped columns become "Header: value" lines
in the deal's notes / the ticket's description (these records have no custom fields).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import Deal, Ticket
from crmdesk.db.types import utcnow
from crmdesk.domain.money import to_minor
from crmdesk.domain.text import fold
from crmdesk.errors import ValidationError
from crmdesk.exchange.file_ids import FIELD, OwnIds
from crmdesk.exchange.importing.cells import Parsed
from crmdesk.exchange.importing.customers import CustomerFinder
from crmdesk.exchange.importing.model import (
    Draft,
    DuplicatePolicy,
    ImportPlan,
    PlannedRow,
    Problem,
    RowAction,
    UpdateMode,
)
from crmdesk.exchange.importing.orders import OrderRows
from crmdesk.exchange.importing.people import notes_of
from crmdesk.services import amounts, deals, fields, pipelines, tickets
from crmdesk.services.pipelines import StageInfo
from crmdesk.services.tickets import DONE_STATUSES


class RecordRows:
    """Common part: customer, duplicate by id of this file (or by a number), the policy."""

    entity = ""
    #: Numbers handed out by crmdesk (tickets), meaningless in another file: a row carrying
    #: another file's id gets a free number instead of matching one of this file's.
    numbers_are_ours = False

    def __init__(self, session: Session, plan: ImportPlan, own_ids: OwnIds) -> None:
        self.plan = plan
        self.own_ids = own_ids
        self.customers = CustomerFinder(session)
        self.now = utcnow()
        self.ids: set[int] = set()
        self.numbers: dict[Any, int] = {}

    def draft(self, parsed: Parsed) -> Draft | None:
        raise NotImplementedError

    def plan_row(self, parsed: Parsed) -> PlannedRow:
        draft = self.draft(parsed)
        if draft is None:
            return PlannedRow(parsed.row, RowAction.FAIL, None, parsed.problems)
        draft.customer = self.customers.customer(parsed)
        planned = PlannedRow(parsed.row, RowAction.CREATE, draft, parsed.problems)
        carried = parsed.first(FIELD)
        target, how = self.own_ids.own(carried), "id"
        if carried is not None and target is None and self.numbers_are_ours:
            draft.values["number"] = None  # another file's number: the writer gives a free one
        if target not in self.ids:
            target, how = self.numbers.get(draft.values.get("number")), "number"
        if target is not None:
            self._duplicate(planned, target, how)
        elif draft.values.get("number") is not None:
            self.numbers[draft.values["number"]] = -planned.row  # later rows: same file
        return planned

    def _duplicate(self, planned: PlannedRow, target: int, how: str) -> None:
        if target < 0:
            planned.action, planned.target_row = RowAction.FAIL, -target
            planned.problems.append(_problem(planned, f"Same number as row {-target}."))
            return
        planned.target_id, planned.match = target, how
        policy = self.plan.on_duplicate
        if policy is DuplicatePolicy.SKIP:
            planned.action, planned.note = RowAction.SKIP, f"Duplicate of {self.entity} #{target}."
        elif policy is DuplicatePolicy.CREATE and how != "id":
            planned.action = RowAction.FAIL
            planned.problems.append(_problem(planned, f"The number is used by #{target}."))
        else:
            planned.action, planned.note = RowAction.UPDATE, f"Updates {self.entity} #{target}."
            planned.overwrite = how == "id" or self.plan.update_mode is UpdateMode.OVERWRITE


def _problem(planned: PlannedRow, message: str) -> Problem:
    return Problem(planned.row, "", message)


def _clean(parsed: Parsed, values: dict[str, Any], cleaners: dict[str, fields.Cleaner]) -> bool:
    ok = True
    for name in list(values):
        try:
            values[name] = cleaners[name](values[name], name)
        except ValidationError as error:
            cells = parsed.all(name)
            parsed.problem(cells[0][0].header if cells else "", error.message)
            ok = False
    return ok


def _moment(value: Any) -> Any:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=UTC)
    return value


class DealRows(RecordRows):
    entity = "deal"

    def __init__(self, session: Session, plan: ImportPlan, own_ids: OwnIds) -> None:
        super().__init__(session, plan, own_ids)
        self.ids = set(session.scalars(select(Deal.id).where(Deal.deleted_at.is_(None))))
        pipeline_id = pipelines.ensure_default_pipeline(session)
        self.stages = pipelines.stages_of(session, pipeline_id)
        self.default_currency = amounts.default_currency(session)

    def draft(self, parsed: Parsed) -> Draft | None:
        draft = Draft()
        values = draft.values
        for name in ("title", "lead_source", "expected_close"):
            values[name] = parsed.first(name)
        values["notes"] = notes_of(parsed)
        money = parsed.first("value")
        currency = parsed.first("currency") or (money.currency if money else None)
        values["currency"] = currency or self.default_currency
        if not values["title"]:
            parsed.problem("", "A deal needs a title.")
            return None
        stage = self._stage(parsed)
        if stage is None or not _clean(parsed, values, deals.CLEANERS):
            return None
        values["value_minor"] = to_minor(money.amount, values["currency"]) if money else 0
        values["pipeline_id"], values["stage_id"] = stage.pipeline_id, stage.id
        lost_reason = parsed.first("lost_reason")
        closing = pipelines.closing_values(None, None, stage, lost_reason=lost_reason)
        if parsed.first("closed_at") and stage.is_closed:
            closing["closed_at"] = _moment(parsed.first("closed_at"))
        values.update(closing)
        if lost_reason and not stage.is_lost:
            parsed.problem(_header(parsed, "lost_reason"), "Only a lost deal has a lost reason.")
            return None
        draft.tags = [tag for _, group in parsed.all("tags") for tag in group]
        return draft

    def _stage(self, parsed: Parsed) -> StageInfo | None:
        name = parsed.first("stage")
        open_stages = [s for s in self.stages if not s.is_closed] or self.stages
        if name is None:
            return open_stages[0] if open_stages else None
        for stage in self.stages:
            if fold(stage.name) == fold(name):
                return stage
        names = ", ".join(s.name for s in self.stages)
        parsed.problem(_header(parsed, "stage"), f"“{name}” is not a stage (stages: {names}).")
        return None


class TicketRows(RecordRows):
    entity = "ticket"
    numbers_are_ours = True

    def __init__(self, session: Session, plan: ImportPlan, own_ids: OwnIds) -> None:
        super().__init__(session, plan, own_ids)
        for ticket_id, number, deleted in session.execute(
            select(Ticket.id, Ticket.number, Ticket.deleted_at)
        ):
            if deleted is None:
                self.ids.add(ticket_id)
            self.numbers[number] = ticket_id

    def draft(self, parsed: Parsed) -> Draft | None:
        draft = Draft()
        values = draft.values
        for name in ("number", "subject", "status", "priority", "category", "channel"):
            values[name] = parsed.first(name)
        for name in ("opened_at", "due_at", "resolved_at"):
            values[name] = _moment(parsed.first(name))
        values["resolution"] = parsed.first("resolution")
        values["satisfaction"] = parsed.first("satisfaction")
        values["body"] = notes_of(parsed, "body")
        if not values["subject"]:
            parsed.problem("", "A ticket needs a subject.")
            return None
        if not _clean(parsed, values, tickets.CLEANERS):
            return None
        return draft if self._rules(parsed, values) else None

    def _rules(self, parsed: Parsed, values: dict[str, Any]) -> bool:
        values["status"] = values["status"] or "open"
        values["priority"] = values["priority"] or "normal"
        values["category"] = values["category"] or "request"
        values["opened_at"] = values["opened_at"] or self.now
        if values["status"] in DONE_STATUSES:
            values["resolved_at"] = values["resolved_at"] or self.now
        elif values["resolved_at"] is not None:
            parsed.problem(
                _header(parsed, "resolved_at"),
                "Only a resolved or closed ticket has a resolved date.",
            )
            return False
        return True


def _header(parsed: Parsed, name: str) -> str:
    cells = parsed.all(name)
    return cells[0][0].header if cells else ""


def record_planner(session: Session, plan: ImportPlan, own_ids: OwnIds) -> RecordRows | OrderRows:
    """The row planner of orders, deals or tickets; ``own_ids`` reads the rows' crmdesk ids."""
    if plan.entity == "orders":
        return OrderRows(session, plan, own_ids)
    if plan.entity == "deals":
        return DealRows(session, plan, own_ids)
    return TicketRows(session, plan, own_ids)
