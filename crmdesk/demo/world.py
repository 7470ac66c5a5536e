"""The state one demo run shares between its generators."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from crmdesk.demo.base import Clock, Picker, Writer
from crmdesk.demo.pools import MARKETS, Market


@dataclass(frozen=True, slots=True)
class StageInfo:
    id: int
    pipeline_id: int
    is_won: bool
    is_lost: bool


@dataclass(frozen=True, slots=True)
class CompanyInfo:
    id: int
    market: Market
    name: str
    domain: str


@dataclass(frozen=True, slots=True)
class Person:
    """What later generators need to know about a contact just made."""

    id: int
    market: Market
    lang: str
    name: str
    company: CompanyInfo | None
    lifecycle: str
    created_at_days: float  # days before now the contact was created


@dataclass
class World:
    rng: random.Random
    clock: Clock
    writer: Writer
    stages: list[StageInfo]
    tag_ids: list[tuple[int, int]]  # (tag id, percent of contacts)
    stage_picker: Picker[StageInfo] | None
    market_picker: Picker[Market] = field(
        default_factory=lambda: Picker(MARKETS, [m.weight for m in MARKETS])
    )
    companies: dict[str, list[CompanyInfo]] = field(default_factory=dict)  # by market code
    colleague: dict[int, int] = field(default_factory=dict)  # company id -> a contact id
    positions: dict[int, int] = field(default_factory=dict)  # stage id -> next card position
    ticket_number: int = 1
    order_number: int = 1


def lang_of(market: Market) -> str:
    """Phrase language of a market: en_us and en_gb share English."""
    return market.code.split("_")[0]
