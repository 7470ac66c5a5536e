"""Fill a crmdesk file with realistic multilingual sample data (`crmdesk demo`, File > New demo).

Everything is written in the caller's ONE transaction with Core inserts in chunks, then search
is indexed in bulk. The same seed and day always give the same file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from crmdesk.db.models import Contact, Pipeline, Stage, Tag
from crmdesk.db.seed import seed_defaults
from crmdesk.demo.activity import make_interactions, make_task
from crmdesk.demo.base import Clock, DemoRandom, Writer, page_cache
from crmdesk.demo.people import make_company, make_contact
from crmdesk.demo.pools import TAGS
from crmdesk.demo.sales import make_deal, make_orders, make_ticket, stage_picker
from crmdesk.demo.world import StageInfo, World
from crmdesk.domain.text import fold
from crmdesk.errors import ValidationError
from crmdesk.services import search

MAX_CONTACTS = 5_000_000
CHUNK = 2000  # contacts per batch of inserts
CONTACTS_PER_COMPANY = 10
DEFAULT_CACHE_KIB = 65_536
MAX_CACHE_KIB = 1_048_576  # page cache while loading: 1 KiB per contact, 64 MiB to 1 GiB

#: ("companies" | "contacts" | "search", done, total)
DemoProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class DemoResult:
    counts: dict[str, int]  # rows written per table (search_docs: records indexed)
    seconds: float


def _check(session: Session, contacts: int) -> None:
    if not 0 <= contacts <= MAX_CONTACTS:
        raise ValidationError(
            f"--contacts must be a whole number from 0 to {MAX_CONTACTS:,}.", field="contacts"
        )
    if session.scalar(select(Contact.id).limit(1)) is not None:
        raise ValidationError("This file already has contacts; make the demo in a new file.")


def _stages(session: Session) -> list[StageInfo]:
    """Stages of the first pipeline, in board order (the default one in a new file)."""
    seed_defaults(session.connection())
    pipeline_id = session.scalar(select(Pipeline.id).order_by(Pipeline.position, Pipeline.id))
    rows = session.execute(
        select(Stage.id, Stage.pipeline_id, Stage.is_won, Stage.is_lost)
        .where(Stage.pipeline_id == pipeline_id)
        .order_by(Stage.position, Stage.id)
    )
    return [StageInfo(*row) for row in rows]


def _tags(session: Session) -> list[tuple[int, int]]:
    """(tag id, percent of contacts), creating the demo tags that do not exist yet."""
    existing = {folded: tag_id for folded, tag_id in session.execute(select(Tag.folded, Tag.id))}
    missing = [
        {"name": name, "folded": fold(name)} for name, _ in TAGS if fold(name) not in existing
    ]
    if missing:
        session.execute(insert(Tag), missing)
        existing = {
            folded: tag_id for folded, tag_id in session.execute(select(Tag.folded, Tag.id))
        }
    return [(existing[fold(name)], percent) for name, percent in TAGS]


def _person(world: World) -> None:
    """One contact with everything hanging off it (rows buffered in the writer)."""
    rng = world.rng
    person, row = make_contact(world)
    deal_id = make_deal(world, person)
    ticket_id = make_ticket(world, person)
    newest, newest_id = make_interactions(
        world, person, [deal_id] if deal_id else [], [ticket_id] if ticket_id else []
    )
    row["last_interaction_at"] = newest  # max occurred_at of the live interactions
    if rng.random() < 0.005:
        row["deleted_at"] = world.clock.days_ago(rng, 0, 20)
    if rng.random() < 0.1:
        make_task(world, person, newest_id if rng.random() < 0.5 else None)
    make_orders(world, person)
    world.writer.add("contacts", row)


def make_demo(
    session: Session,
    *,
    contacts: int,
    seed: int = 1,
    today: date | None = None,
    progress: DemoProgress | None = None,
) -> DemoResult:
    """Write a demo data set of ``contacts`` people (and about a tenth as many companies)."""
    started = time.perf_counter()
    _check(session, contacts)
    stages = _stages(session)
    world = World(
        rng=DemoRandom(seed),
        clock=Clock(today or date.today()),
        writer=Writer(session),
        stages=stages,
        tag_ids=_tags(session),
        stage_picker=stage_picker(stages),
    )
    report = progress or (lambda _phase, _done, _total: None)
    with page_cache(session, min(MAX_CACHE_KIB, max(DEFAULT_CACHE_KIB, contacts))):
        _write_all(world, contacts, report)
        indexed = search.rebuild_all(
            session, progress=lambda done, total: report("search", done, total)
        )
        # Statistics for the query planner: without them SQLite picks the deleted_at index
        # for filtered lists and scans a million rows (e.g. upcoming birthdays, 7.8 s).
        session.execute(text("ANALYZE"))
    counts = {**world.writer.counts, "search_docs": indexed}
    return DemoResult(counts=counts, seconds=round(time.perf_counter() - started, 2))


def _write_all(world: World, contacts: int, report: DemoProgress) -> None:
    """Companies first (contacts pick theirs), then contacts with everything they own."""
    companies = max(1, contacts // CONTACTS_PER_COMPANY) if contacts else 0
    for number in range(companies):
        make_company(world, world.market_picker(world.rng))
        if (number + 1) % CHUNK == 0 or number + 1 == companies:
            world.writer.flush()
            report("companies", number + 1, companies)
    for start in range(0, contacts, CHUNK):
        for _ in range(min(CHUNK, contacts - start)):
            _person(world)
        world.writer.flush()
        report("contacts", min(start + CHUNK, contacts), contacts)
