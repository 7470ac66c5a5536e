"""Order rows (purchase history): one row per order, or one row per line of an order.

Rows with the same order number make one order; each of its rows adds a line (product,
quantity, unit price or line total). A row without a product is an order without lines whose
total is the row's total. Amounts are exact minor units of the row's currency (its currency
column, else the currency sign of its amounts, else the file's default currency). When only
a line total is given, the unit price is the total divided by the quantity and the line keeps
the exact total. An order matches an existing one by crmdesk id (of this file: ``file_ids``),
then by order number; the duplicate policy then applies as for contacts (``deciding``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import Order
from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.money import to_minor
from crmdesk.errors import ValidationError
from crmdesk.exchange.file_ids import FIELD, OwnIds
from crmdesk.exchange.importing.cells import Parsed
from crmdesk.exchange.importing.customers import CustomerFinder
from crmdesk.exchange.importing.model import (
    Draft,
    DuplicatePolicy,
    ImportPlan,
    PlannedRow,
    RowAction,
    UpdateMode,
)
from crmdesk.exchange.importing.people import notes_of
from crmdesk.exchange.values import Money
from crmdesk.services import amounts, orders
from crmdesk.services.orders import LineInput


class OrderRows:
    def __init__(self, session: Session, plan: ImportPlan, own_ids: OwnIds) -> None:
        self.plan = plan
        self.own_ids = own_ids
        self.customers = CustomerFinder(session)
        self.default_currency = amounts.default_currency(session)
        live = Order.deleted_at.is_(None)
        self.numbers: dict[str, int] = {}
        self.ids: set[int] = set()
        for order_id, number in session.execute(
            select(Order.id, Order.number).where(live).order_by(Order.id)
        ):
            self.ids.add(order_id)
            if number:
                self.numbers.setdefault(number, order_id)
        self.groups: dict[str, PlannedRow] = {}

    def plan_row(self, parsed: Parsed) -> PlannedRow:
        draft = order_draft(parsed, self.default_currency)
        if draft is None:
            return PlannedRow(parsed.row, RowAction.FAIL, None, parsed.problems)
        draft.customer = self.customers.customer(parsed)
        number = draft.values.get("number")
        given = parsed.first(FIELD)
        # Rows of one order: the same order number, or (an export's order without a number)
        # the same crmdesk id, of this file or another.
        key = number or (f"#{given}" if given else None)
        first = self.groups.get(key) if key else None
        if first is not None:
            return self._more_lines(parsed, draft, first)
        planned = PlannedRow(parsed.row, RowAction.CREATE, draft, parsed.problems)
        given_id = self.own_ids.own(given)
        target = given_id if given_id in self.ids else None
        if target is None and number:
            target = self.numbers.get(number)
        if target is not None:
            self._duplicate(planned, target, "id" if target == given_id else "number")
        if key:
            self.groups[key] = planned
        return planned

    def _duplicate(self, planned: PlannedRow, target: int, how: str) -> None:
        planned.target_id, planned.match = target, how
        policy = self.plan.on_duplicate
        why = "same crmdesk id" if how == "id" else "same order number"
        if policy is DuplicatePolicy.SKIP:
            planned.action, planned.note = RowAction.SKIP, f"Duplicate of order #{target} ({why})."
        elif policy is DuplicatePolicy.CREATE and how != "id":
            planned.target_id = None
            planned.note = f"Order number already used by order #{target}: created anyway."
        else:
            planned.action, planned.note = RowAction.UPDATE, f"Updates order #{target} ({why})."
            planned.overwrite = how == "id" or self.plan.update_mode is UpdateMode.OVERWRITE

    def _more_lines(self, parsed: Parsed, draft: Draft, first: PlannedRow) -> PlannedRow:
        planned = PlannedRow(parsed.row, first.action, None, parsed.problems)
        planned.target_id, planned.merged_into = first.target_id, first.row
        if first.draft is None:
            planned.action = RowAction.FAIL
            parsed.problem("", f"The first row of this order (row {first.row}) failed.")
            return planned
        if draft.values["currency"] != first.draft.values["currency"]:
            parsed.problem("", f"The currency differs from row {first.row} of the same order.")
            planned.action = RowAction.FAIL
            return planned
        if not draft.lines or not first.draft.lines:
            parsed.problem("", f"Row {first.row} has the same order number but no product.")
            planned.action = RowAction.FAIL
            return planned
        first.draft.lines.extend(draft.lines)  # both checked above
        first.draft.values.pop("total_minor", None)
        planned.note = f"Another line of the order in row {first.row}."
        return planned


def order_draft(parsed: Parsed, default_currency: str) -> Draft | None:
    """The order (and its one line) a row describes; None with problems when it cannot be."""
    draft = Draft()
    values = draft.values
    currency = _currency(parsed, default_currency)
    if currency is None:
        return None
    values["currency"] = currency
    values["number"] = parsed.first("order_number")
    values["ordered_on"] = parsed.first("order_date")
    if values["ordered_on"] is None:
        parsed.problem(_header(parsed, "order_date"), "The order date is missing.")
        return None
    status = parsed.first("status")
    values["status"] = str(status) if status else OrderStatus.CONFIRMED.value
    notes = notes_of(parsed)
    if notes:
        values["notes"] = notes
    for name in ("number", "notes"):
        try:
            values[name] = orders.CLEANERS[name](values.get(name), name)
        except ValidationError as error:
            parsed.problem(_header(parsed, name), error.message)
            return None
    return draft if _amounts(parsed, draft, currency) else None


def _currency(parsed: Parsed, default: str) -> str | None:
    named = {m.currency for key in ("unit_price", "total") for _, m in parsed.all(key)}
    named.discard(None)
    column = parsed.first("currency")
    if column is not None:
        named.add(column)
    if len(named) > 1:
        parsed.problem("", f"The row names two currencies ({', '.join(sorted(map(str, named)))}).")
        return None
    return str(named.pop()) if named else default


def _amounts(parsed: Parsed, draft: Draft, currency: str) -> bool:
    product = parsed.first("product")
    total: Money | None = parsed.first("total")
    unit: Money | None = parsed.first("unit_price")
    if product is None:
        if total is None:
            parsed.problem("", "The row has neither a product nor a total.")
            return False
        draft.values["total_minor"] = to_minor(total.amount, currency)
        return True
    quantity: Decimal = parsed.first("quantity") or Decimal(1)
    try:
        line = _line(product, parsed.first("sku"), quantity, unit, total, currency)
    except ValidationError as error:
        parsed.problem(_header(parsed, error.field or ""), error.message)
        return False
    draft.lines = [line]
    return True


def _line(
    product: str,
    sku: str | None,
    quantity: Decimal,
    unit: Money | None,
    total: Money | None,
    currency: str,
) -> dict[str, Any]:
    price = unit.amount if unit is not None else None
    if price is None and total is not None and quantity > 0:
        price = total.amount / quantity
    detail = orders.clean_line(
        LineInput(product=product, quantity=quantity, unit_price=price or Decimal(0), sku=sku),
        currency,
        0,
    )
    line_total = detail.total_minor
    if unit is None and total is not None:
        line_total = to_minor(total.amount, currency)
    return {
        "product": detail.product,
        "sku": detail.sku,
        "quantity": detail.quantity,
        "unit_price_minor": detail.unit_price_minor,
        "total_minor": line_total,
    }


def _header(parsed: Parsed, name: str) -> str:
    aliases = {"ordered_on": "order_date", "unit_price": "unit_price", "number": "order_number"}
    cells = parsed.all(aliases.get(name, name))
    return cells[0][0].header if cells else ""
