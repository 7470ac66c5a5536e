"""Finding contacts that are probably the same person (the "Find duplicates" view).

Exact matches first, grouped in SQL so they stay fast at 100,000+ contacts: the same
normalised email, then the same E.164 phone, then the same folded name at the same company
(or both without one). Then near matches by name with rapidfuzz, shown with a score and never
merged automatically. Near matches compare only names that share a block — the first three
letters of the first or of the last word (the first character for CJK) — so the work grows
with block sizes, not with the square of the file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import Contact, EmailAddress, PhoneNumber
from crmdesk.domain.text import is_cjk

EXACT = 100


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Contacts that look like one person. The lowest id (oldest) is the suggested keeper."""

    reason: str  # "email" | "phone" | "name_company" | "similar_name"
    key: str  # the shared email, E.164 number or folded name (for showing why)
    contact_ids: tuple[int, ...]  # ascending
    score: int  # 100 for exact matches; rapidfuzz token-sort similarity for near matches

    @property
    def exact(self) -> bool:
        return self.reason != "similar_name"


class _Collector:
    """Groups in order, skipping a group whose contacts all sit in one group already shown."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.groups: list[DuplicateGroup] = []
        self._member_of: dict[int, list[frozenset[int]]] = defaultdict(list)

    @property
    def full(self) -> bool:
        return len(self.groups) >= self.limit

    def add(self, reason: str, key: str, ids: Iterable[int], score: int = EXACT) -> None:
        members = frozenset(ids)
        if len(members) < 2 or self.full:
            return
        first = min(members)
        if any(members <= shown for shown in self._member_of[first]):
            return
        self.groups.append(DuplicateGroup(reason, key, tuple(sorted(members)), score))
        for contact_id in members:
            self._member_of[contact_id].append(members)


def _ids(text: str | None) -> list[int]:
    return [int(part) for part in (text or "").split(",") if part]


def _email_groups() -> Select[str, str]:
    return (
        select(EmailAddress.normalized, func.group_concat(EmailAddress.contact_id.distinct()))
        .join(Contact, Contact.id == EmailAddress.contact_id)
        .where(Contact.deleted_at.is_(None))
        .group_by(EmailAddress.normalized)
        .having(func.count(EmailAddress.contact_id.distinct()) > 1)
        .order_by(EmailAddress.normalized)
    )


def _phone_groups() -> Select[str, str]:
    return (
        select(PhoneNumber.e164, func.group_concat(PhoneNumber.contact_id.distinct()))
        .join(Contact, Contact.id == PhoneNumber.contact_id)
        .where(Contact.deleted_at.is_(None), PhoneNumber.e164.is_not(None))
        .group_by(PhoneNumber.e164)
        .having(func.count(PhoneNumber.contact_id.distinct()) > 1)
        .order_by(PhoneNumber.e164)
    )


def _name_company_groups() -> Select[str, str]:
    return (
        select(Contact.sort_name, func.group_concat(Contact.id))
        .where(Contact.deleted_at.is_(None), Contact.sort_name != "")
        .group_by(Contact.sort_name, Contact.company_id)
        .having(func.count() > 1)
        .order_by(Contact.sort_name, Contact.company_id)
    )


def find_duplicate_contacts(
    session: Session, *, limit: int = 1000, similar: bool = True, threshold: int = 90
) -> list[DuplicateGroup]:
    """Up to ``limit`` groups: exact matches (email, phone, name + company), then near names.

    ``threshold`` is the lowest rapidfuzz score (0-100) a near match needs.
    """
    collector = _Collector(limit)
    for reason, query in (
        ("email", _email_groups()),
        ("phone", _phone_groups()),
        ("name_company", _name_company_groups()),
    ):
        for key, ids in session.execute(query):
            if collector.full:
                return collector.groups
            collector.add(reason, str(key), _ids(ids))
    if similar and not collector.full:
        _similar_names(session, collector, threshold)
    return collector.groups


def _block_keys(name: str) -> set[str]:
    words = name.split()
    keys = set()
    for word in (words[0], words[-1]) if words else ():
        keys.add(word[:1] if is_cjk(word[0]) else word[:3])
    return keys


def _similar_pairs(names: list[str], threshold: int) -> Iterator[tuple[int, str, str]]:
    """(score, a, b) for names in one block that are alike; each unordered pair once."""
    for index, name in enumerate(names[:-1]):
        rest = names[index + 1 :]
        for match, score, _ in process.extract(
            name, rest, scorer=fuzz.token_sort_ratio, score_cutoff=threshold, limit=None
        ):
            yield round(score), name, match


def _similar_names(session: Session, collector: _Collector, threshold: int) -> None:
    people: dict[str, list[int]] = defaultdict(list)
    query = select(Contact.sort_name, Contact.id).where(
        Contact.deleted_at.is_(None), Contact.sort_name != ""
    )
    for name, contact_id in session.execute(query):
        people[name].append(int(contact_id))
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in people:
        for key in _block_keys(name):
            blocks[key].append(name)
    found: dict[tuple[str, str], int] = {}
    for names in blocks.values():
        for score, a, b in _similar_pairs(sorted(names), threshold):
            found[(a, b)] = score
    candidates = [(EXACT, name, name) for name, ids in people.items() if len(ids) > 1]
    candidates += [(score, a, b) for (a, b), score in found.items()]
    candidates.sort(key=lambda c: (-c[0], min(people[c[1]] + people[c[2]])))
    for score, a, b in candidates:
        if collector.full:
            return
        key = a if a == b else f"{a} ~ {b}"
        collector.add("similar_name", key, {*people[a], *people[b]}, score)
