"""Writing orders, deals and tickets, and the customers they point at.

The customer of a row is the contact the plan found, or a contact this import creates (one per
distinct email, phone or name, so a sheet of 50 orders by one person makes one contact); the
company is found by folded name or created. Records are created in bulk; an update changes
fields like a contact update (fill empty, or overwrite), and an order update given lines
replaces the order's lines when overwriting, or adds them to an order that has none.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from crmdesk.db import models
from crmdesk.domain.text import fold
from crmdesk.domain.validation import email_match_key
from crmdesk.exchange.importing.model import Draft, PlannedRow
from crmdesk.exchange.importing.write_people import CONTACT, PeopleWriter
from crmdesk.exchange.importing.writing import (
    Buffer,
    Changed,
    Companies,
    Ids,
    Journal,
    bulk_update,
    encode,
    encode_changes,
    table_of,
)

LINE_COLUMNS = ("product", "sku", "quantity", "unit_price_minor", "total_minor")
MODELS: dict[str, type[models.Order] | type[models.Deal] | type[models.Ticket]] = {
    "order": models.Order,
    "deal": models.Deal,
    "ticket": models.Ticket,
}


class Customers:
    """Contact and company ids for rows' customers, creating the ones not found."""

    def __init__(self, session: Session, people: PeopleWriter) -> None:
        self.session = session
        self.people = people
        self.created: dict[object, int] = {}
        self.live = set(
            session.scalars(select(models.Contact.id).where(models.Contact.deleted_at.is_(None)))
        )
        self.company_of: dict[int, int | None] = {}

    def link(self, customer: dict[str, Any]) -> tuple[int | None, int | None]:
        company_id = self.people.companies.id_for(customer.get("company"))
        contact_id = customer.get("contact_id")
        if contact_id is not None and contact_id not in self.live:
            contact_id = None
        if contact_id is None:
            contact_id = self._new_contact(customer)
        if company_id is None and contact_id is not None:
            company_id = self._company_of(contact_id)
        return contact_id, company_id

    def _new_contact(self, customer: dict[str, Any]) -> int | None:
        name, email, phone = customer.get("name"), customer.get("email"), customer.get("phone")
        keys = [k for k in (email and email_match_key(email), customer.get("e164"),
                            name and ("name", fold(name))) if k]  # fmt: skip
        for key in keys:
            if key in self.created:
                return self.created[key]
        display = name or email or phone
        if not display:
            return None
        draft = Draft(
            values={"full_name": display[:300], "sort_name": fold(display)[:300]},
            emails=[("work", email)] if email else [],
            phones=[("mobile", phone, customer.get("e164"))] if phone else [],
            company=customer.get("company"),
        )
        contact_id = self.people.create(draft)
        self.created.update(dict.fromkeys(keys, contact_id))
        self.company_of[contact_id] = self.people.companies.id_for(customer.get("company"))
        return contact_id

    def _company_of(self, contact_id: int) -> int | None:
        if contact_id not in self.company_of:
            self.company_of[contact_id] = self.session.scalar(
                select(models.Contact.company_id).where(models.Contact.id == contact_id)
            )
        return self.company_of[contact_id]


class RecordWriter:
    """Creates and updates orders, deals or tickets."""

    def __init__(
        self, session: Session, entity: str, ids: Ids, buffer: Buffer, journal: Journal
    ) -> None:
        self.session = session
        self.entity = entity
        self.model = MODELS[entity]
        self.ids = ids
        self.buffer = buffer
        self.journal = journal
        self.people = PeopleWriter(session, CONTACT, ids, buffer, journal)
        self.customers = Customers(session, self.people)
        self.positions: dict[int, int] = {}  # deals: next card position per stage
        self.next_number: int | None = None  # tickets
        self.highest_number = 0  # tickets: the highest number the plan gives a ticket

    @property
    def companies(self) -> Companies:
        return self.people.companies

    def create(self, draft: Draft) -> int:
        record_id = self.ids.next(self.model)
        contact_id, company_id = self.customers.link(draft.customer or {})
        row = dict(draft.values)
        row.update(
            id=record_id, contact_id=contact_id, company_id=company_id,
            import_batch_id=self.journal.batch_id, created_at=self.journal.now,
            updated_at=self.journal.now, deleted_at=None,
        )  # fmt: skip
        getattr(self, f"_finish_{self.entity}")(row, draft)
        self.buffer.add(self.model, row)
        self._lines(record_id, draft.lines or [])
        if self.entity == "deal":
            for tag in draft.tags:
                tag_id = self.people.tags.id_for(tag)
                self.buffer.add(models.DealTag, {"deal_id": record_id, "tag_id": tag_id})
        return record_id

    def _finish_order(self, row: dict[str, Any], draft: Draft) -> None:
        row.setdefault("notes", None)
        row.setdefault("number", None)
        if draft.lines:
            row["total_minor"] = sum(line["total_minor"] for line in draft.lines)
        row.setdefault("total_minor", 0)

    def _finish_deal(self, row: dict[str, Any], draft: Draft) -> None:
        stage_id = row["stage_id"]
        if stage_id not in self.positions:
            top = self.session.scalar(
                select(func.max(models.Deal.position)).where(models.Deal.stage_id == stage_id)
            )
            self.positions[stage_id] = -1 if top is None else int(top)
        self.positions[stage_id] += 1
        row["position"] = self.positions[stage_id]
        for name in ("expected_close", "lead_source", "lost_reason", "closed_at", "notes"):
            row.setdefault(name, None)

    def _finish_ticket(self, row: dict[str, Any], draft: Draft) -> None:
        if row.get("number") is None:
            if self.next_number is None:
                top = self.session.scalar(select(func.max(models.Ticket.number)))
                self.next_number = max(int(top or 0), self.highest_number) + 1
            row["number"] = self.next_number
            self.next_number += 1
        for name in ("body", "channel", "due_at", "resolved_at", "resolution", "satisfaction"):
            row.setdefault(name, None)

    def _lines(self, order_id: int, lines: list[dict[str, Any]], start: int = 0) -> list[int]:
        added = []
        for position, line in enumerate(lines, start=start):
            line_id = self.ids.next(models.OrderLine)
            added.append(line_id)
            self.buffer.add(
                models.OrderLine,
                {"id": line_id, "order_id": order_id, "position": position, **line},
            )
        return added

    def update(self, rows: list[PlannedRow]) -> dict[int, str]:
        table = table_of(self.model)
        ids = [row.target_id for row in rows if row.target_id is not None]
        current = {
            r.id: r._mapping
            for r in self.session.execute(
                select(table).where(table.c.id.in_(ids), table.c.deleted_at.is_(None))
            )
        }
        failed: dict[int, str] = {}
        changed: Changed = defaultdict(list)
        for row in rows:
            record = current.get(row.target_id or 0)
            if record is None or row.draft is None:
                failed[row.row] = f"{self.entity.capitalize()} {row.target_id} no longer exists."
                continue
            values = self._update_one(record, row.draft, row.overwrite)
            if values:
                changed[frozenset(values)].append({"_id": record["id"], **values})
        self.buffer.flush()  # customers these updates link to may be new rows of this chunk
        bulk_update(self.session, table, changed)
        return failed

    def _update_one(self, record: Any, draft: Draft, overwrite: bool) -> dict[str, Any]:
        wanted = {k: v for k, v in draft.values.items() if k in record and v is not None}
        if draft.customer and (overwrite or record["contact_id"] is None):
            wanted["contact_id"], wanted["company_id"] = self.customers.link(draft.customer)
        fields = {
            k: v
            for k, v in wanted.items()
            if v is not None and v != record[k] and (overwrite or record[k] in (None, ""))
        }
        before: dict[str, Any] = {"fields": encode_changes(record, fields)}
        if self.entity == "order" and draft.lines:
            self._update_lines(record, draft, overwrite, fields, before)
        if self.entity == "deal" and draft.tags:
            before["tags"] = self._add_deal_tags(record["id"], draft.tags)
        if not fields and not before.get("lines_added") and not before.get("tags"):
            return {}
        for name, value in fields.items():
            self.journal.field(self.entity, record["id"], name, record[name], value)
        self.journal.updated(self.entity, record["id"], before)
        fields["updated_at"] = self.journal.now
        return fields

    def _update_lines(
        self,
        record: Any,
        draft: Draft,
        overwrite: bool,
        fields: dict[str, Any],
        before: dict[str, Any],
    ) -> None:
        line = models.OrderLine
        old = self.session.execute(
            select(*(getattr(line, c) for c in LINE_COLUMNS))
            .where(line.order_id == record["id"])
            .order_by(line.position)
        ).all()
        if old and not overwrite:
            return
        self.session.execute(delete(line).where(line.order_id == record["id"]))
        before["lines_removed"] = [
            {c: encode(v) for c, v in zip(LINE_COLUMNS, values, strict=True)} for values in old
        ]
        lines = draft.lines or []
        before["lines_added"] = self._lines(record["id"], lines)
        total = sum(x["total_minor"] for x in lines)
        if total != record["total_minor"]:
            fields["total_minor"] = total
            before["fields"]["total_minor"] = [record["total_minor"], total]

    def _add_deal_tags(self, deal_id: int, names: list[str]) -> list[int]:
        have = set(
            self.session.scalars(
                select(models.DealTag.tag_id).where(models.DealTag.deal_id == deal_id)
            )
        )
        new = [t for t in dict.fromkeys(self.people.tags.id_for(n) for n in names) if t not in have]
        for tag_id in new:
            self.buffer.add(models.DealTag, {"deal_id": deal_id, "tag_id": tag_id})
        return new
