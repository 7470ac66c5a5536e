"""Demo interactions over two years and follow-up tasks (some overdue, some due today)."""

from __future__ import annotations

from datetime import datetime

from crmdesk.demo.base import Picker
from crmdesk.demo.phrases import OUTCOMES, SENTENCES, SUBJECTS, TASKS
from crmdesk.demo.world import Person, World

KIND = Picker(("call", "email", "meeting", "message", "visit", "note"), (35, 25, 10, 15, 5, 10))
#: Most interactions a contact gets, by lifecycle (uniform from 0).
MOST = {"lead": 1, "prospect": 3, "customer": 4, "former": 2}
DURATION = {"call": (2, 30), "meeting": (30, 120), "visit": (30, 90)}
TWO_YEARS = 730.0


def _body(world: World, lang: str) -> str | None:
    rng = world.rng
    if rng.random() < 0.3:
        return None
    sentences = SENTENCES[lang]
    count = 1 if rng.random() < 0.6 else 2
    return " ".join(rng.choice(sentences) for _ in range(count))


def make_interactions(
    world: World, person: Person, deal_ids: list[int], ticket_ids: list[int]
) -> tuple[datetime | None, int | None]:
    """Write the person's interactions; return (newest live occurred_at, newest live id)."""
    rng, writer = world.rng, world.writer
    count = rng.randrange(MOST[person.lifecycle] + 1)
    newest: tuple[datetime, int] | None = None
    window = min(TWO_YEARS, person.created_at_days)
    for _ in range(count):
        kind: str = KIND(rng)
        occurred = world.clock.days_ago(rng, 0.01, window)
        duration = DURATION.get(kind)
        interaction_id = writer.next_id("interactions")
        trashed = rng.random() < 0.01
        writer.add("interactions", {
            "id": interaction_id, "kind": kind, "occurred_at": occurred,
            "direction": "none" if kind in ("note", "meeting", "visit")
            else ("inbound" if rng.random() < 0.4 else "outbound"),
            "duration_minutes": rng.randrange(*duration) if duration else None,
            "subject": rng.choice(SUBJECTS[person.lang]), "body": _body(world, person.lang),
            "outcome": rng.choice(OUTCOMES[person.lang]) if kind == "call" else None,
            "contact_id": person.id, "company_id": person.company.id if person.company else None,
            "deal_id": rng.choice(deal_ids) if deal_ids and rng.random() < 0.4 else None,
            "ticket_id": rng.choice(ticket_ids) if ticket_ids and rng.random() < 0.4 else None,
            "created_at": occurred, "updated_at": occurred,
            "deleted_at": world.clock.after(rng, occurred, 30) if trashed else None,
        })  # fmt: skip
        if not trashed and (newest is None or occurred > newest[0]):
            newest = (occurred, interaction_id)
    return (newest[0], newest[1]) if newest else (None, None)


def make_task(world: World, person: Person, follow_up_of: int | None) -> None:
    """A task for this person: a third overdue, a fifth due today, the rest ahead or done."""
    rng, clock, writer = world.rng, world.clock, world.writer
    roll = rng.random()
    if roll < 0.33:
        due = clock.at(clock.day(-rng.randrange(1, 30)), rng.randrange(8, 18))
    elif roll < 0.53:
        due = clock.at(clock.today, rng.randrange(8, 18), rng.choice((0, 15, 30, 45)))
    else:
        due = clock.at(clock.day(rng.randrange(1, 45)), rng.randrange(8, 18))
    done = rng.random() < 0.25 and due < clock.now
    created = clock.days_ago(rng, 1, 40)
    writer.add("tasks", {
        "id": writer.next_id("tasks"), "title": rng.choice(TASKS[person.lang]), "notes": None,
        "due_at": due, "done_at": due if done else None,
        "priority": rng.choice(("low", "normal", "normal", "high", "urgent")),
        "contact_id": person.id, "company_id": person.company.id if person.company else None,
        "deal_id": None, "ticket_id": None, "interaction_id": follow_up_of,
        "created_at": min(created, due), "updated_at": created, "deleted_at": None,
    })  # fmt: skip
