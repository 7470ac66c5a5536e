"""Demo deals across the pipeline's stages, tickets in every status, and orders with lines."""

from __future__ import annotations

import random
from datetime import timedelta

from crmdesk.demo.base import Picker
from crmdesk.demo.phrases import (
    COMPETITORS,
    DEAL_WORDS,
    EUR_RATE,
    LOST_REASONS,
    PRODUCTS,
    RESOLUTIONS,
    SENTENCES,
    TICKETS,
)
from crmdesk.demo.world import Person, StageInfo, World

#: Chance of a deal, by lifecycle.
DEAL_CHANCE = {"lead": 0.05, "prospect": 0.25, "customer": 0.12, "former": 0.05}
TICKET_CHANCE = {"lead": 0.01, "prospect": 0.02, "customer": 0.07, "former": 0.05}
ORDERS_MOST = {"lead": 0, "prospect": 0, "customer": 3, "former": 2}
STATUS = Picker(("open", "in_progress", "waiting", "resolved", "closed"), (20, 15, 10, 25, 30))
CHANNELS = ("phone", "email", "web", "in_person", "message")
ORDER_STATUS = Picker(
    ("draft", "confirmed", "paid", "shipped", "cancelled", "returned"), (3, 15, 30, 45, 5, 2)
)
#: Open stages share 75% of the deals, won 15%, lost 10%.
OPEN_SHARE, WON_SHARE, LOST_SHARE = 75.0, 15.0, 10.0


def stage_picker(stages: list[StageInfo]) -> Picker[StageInfo] | None:
    """Weighted choice of a stage: open ones evenly, then won and lost (any pipeline shape)."""
    if not stages:
        return None
    open_count = sum(1 for s in stages if not (s.is_won or s.is_lost)) or 1
    weights = [
        WON_SHARE if s.is_won else LOST_SHARE if s.is_lost else OPEN_SHARE / open_count
        for s in stages
    ]
    return Picker(stages, weights)


def _price(currency: str, eur_cents: int) -> int:
    """Minor units of ``currency`` for a price given in euro cents."""
    return int(eur_cents * EUR_RATE[currency])


def _currency(person: Person, rng: random.Random) -> str:
    """Mostly the market's currency; some foreign trade in EUR or USD."""
    roll = rng.random()
    if roll < 0.1:
        return "EUR" if person.market.currency != "EUR" else "USD"
    return person.market.currency


def make_deal(world: World, person: Person) -> int | None:
    rng, writer, clock = world.rng, world.writer, world.clock
    if rng.random() >= DEAL_CHANCE[person.lifecycle] or world.stage_picker is None:
        return None
    # The first deals visit every stage so that even a small demo fills the whole board.
    made = sum(world.positions.values())
    stage: StageInfo = world.stages[made] if made < len(world.stages) else world.stage_picker(rng)
    deal_id = writer.next_id("deals")
    _sku, eur_cents, names = rng.choice(PRODUCTS)
    currency = _currency(person, rng)
    customer = person.company.name if person.company else person.name
    created = clock.days_ago(rng, 1, min(700.0, person.created_at_days))
    closed = clock.after(rng, created, 90) if stage.is_won or stage.is_lost else None
    expected = closed.date() if closed else clock.day(rng.randrange(-10, 120))
    position = world.positions.get(stage.id, 0)
    world.positions[stage.id] = position + 1
    writer.add("deals", {
        "id": deal_id, "title": f"{DEAL_WORDS[person.lang]}: {names[person.lang]} – {customer}",
        "pipeline_id": stage.pipeline_id, "stage_id": stage.id, "position": position,
        "value_minor": _price(currency, eur_cents) * rng.randrange(5, 400), "currency": currency,
        "expected_close": expected, "contact_id": person.id,
        "company_id": person.company.id if person.company else None,
        "lead_source": None, "closed_at": closed, "notes": None, "import_batch_id": None,
        "lost_reason": rng.choice(LOST_REASONS[person.lang]) if stage.is_lost else None,
        "created_at": created, "updated_at": closed or created,
        "deleted_at": clock.now if rng.random() < 0.01 else None,
    })  # fmt: skip
    writer.add("deal_stakeholders", {"deal_id": deal_id, "contact_id": person.id,
                                     "role": "decision maker"})  # fmt: skip
    colleague = world.colleague.get(person.company.id) if person.company else None
    if colleague is not None and colleague != person.id:
        writer.add("deal_stakeholders", {"deal_id": deal_id, "contact_id": colleague,
                                         "role": "champion"})  # fmt: skip
    if rng.random() < 0.3:
        writer.add("deal_competitors", {"id": writer.next_id("deal_competitors"),
                                        "deal_id": deal_id, "name": rng.choice(COMPETITORS),
                                        "notes": None})  # fmt: skip
    return deal_id


def make_ticket(world: World, person: Person) -> int | None:
    rng, writer, clock = world.rng, world.writer, world.clock
    if rng.random() >= TICKET_CHANCE[person.lifecycle]:
        return None
    ticket_id = writer.next_id("tickets")
    first = world.ticket_number - 1  # the first tickets take every status once
    status: str = STATUS.items[first] if first < len(STATUS.items) else STATUS(rng)
    subject, category = rng.choice(TICKETS[person.lang])
    opened = clock.days_ago(rng, 0.1, min(700.0, person.created_at_days))
    finished = status in ("resolved", "closed")
    resolved = clock.after(rng, opened, 14) if finished else None
    writer.add("tickets", {
        "id": ticket_id, "number": world.ticket_number, "subject": subject,
        "body": rng.choice(SENTENCES[person.lang]), "status": status,
        "priority": rng.choice(("low", "normal", "normal", "high", "urgent")),
        "category": category, "channel": rng.choice(CHANNELS),
        "opened_at": opened, "due_at": opened + timedelta(days=rng.randrange(2, 15)),
        "resolved_at": resolved,
        "resolution": rng.choice(RESOLUTIONS[person.lang]) if finished else None,
        "satisfaction": rng.randrange(1, 6) if status == "closed" and rng.random() < 0.6 else None,
        "contact_id": person.id, "company_id": person.company.id if person.company else None,
        "import_batch_id": None, "created_at": opened, "updated_at": resolved or opened,
        "deleted_at": None,
    })  # fmt: skip
    world.ticket_number += 1
    return ticket_id


def make_orders(world: World, person: Person) -> None:
    rng, writer, clock = world.rng, world.writer, world.clock
    most = ORDERS_MOST[person.lifecycle]
    for _ in range(rng.randrange(most + 1) if most else 0):
        order_id = writer.next_id("orders")
        placed = clock.days_ago(rng, 0.5, min(730.0, person.created_at_days))
        currency = _currency(person, rng)
        total = 0
        for position in range(rng.randrange(1, 4)):
            sku, eur_cents, names = rng.choice(PRODUCTS)
            quantity = rng.randrange(1, 50)
            unit = _price(currency, eur_cents)
            total += unit * quantity
            writer.add("order_lines", {
                "id": writer.next_id("order_lines"), "order_id": order_id, "position": position,
                "product": names[person.lang], "sku": sku, "quantity": quantity,
                "unit_price_minor": unit, "total_minor": unit * quantity,
            })  # fmt: skip
        writer.add("orders", {
            "id": order_id, "number": f"SO-{placed.year}-{world.order_number:06d}",
            "ordered_on": placed.date(), "status": ORDER_STATUS(rng), "currency": currency,
            "total_minor": total, "contact_id": person.id,
            "company_id": person.company.id if person.company else None, "notes": None,
            "import_batch_id": None, "created_at": placed, "updated_at": placed,
            "deleted_at": None,
        })  # fmt: skip
        world.order_number += 1
