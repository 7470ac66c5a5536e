"""What each record contributes to search, built in batches (used by services.search).

One builder per entity reads a batch of records with a handful of set-based queries (never one
query per record), so the same code serves a single-record reindex and a million-row rebuild.
The searchable text is kept as raw parts, one per line; indexing folds it (services.search).

Two texts per record: ``text`` for substring search (trigram) has everything; ``words`` for
one- and two-character prefixes and CJK leaves out emails and phone numbers (their word starts
are noise there: "a" would match every address at "a..."). A phone is indexed as its digits
and its E.164 digits, not as typed ("+44 7700 107627"): queries shaped like a phone number are
matched on their digits (services.search_query), so the typed form would only add trigrams.
The import builds the rows of the records it creates with ``contact_document`` and
``company_document`` too, from what it has just written.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from crmdesk.db.models import (
    Address,
    Company,
    Contact,
    ContactTag,
    Deal,
    EmailAddress,
    Interaction,
    PhoneNumber,
    Tag,
    Ticket,
)
from crmdesk.domain.text import digits_only, fold
from crmdesk.services.search_query import is_phone_shaped

TICKET_BODY_CHARS = 500
INTERACTION_BODY_CHARS = 10_000
SEPARATOR = " · "
_NOT_DIGITS = re.compile("[^0-9]")


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """One record as search sees it: what a hit shows, and the text it is found by."""

    entity: str
    record_id: int
    title: str
    subtitle: str | None
    text: str  # raw searchable parts, one per line; folded when indexed (search_tri)
    words: str  # the parts for search_words: ``text`` without emails and phone numbers


@dataclass(frozen=True, slots=True)
class IdRange:
    """Record ids ``lo``..``hi`` inclusive: a rebuild reads records in id ranges."""

    lo: int
    hi: int


Scope = IdRange | Sequence[int]


def within(column: InstrumentedAttribute[Any], scope: Scope) -> ColumnElement[bool]:
    if isinstance(scope, IdRange):
        return column.between(scope.lo, scope.hi)
    return column.in_(list(scope))


def ticket_number(number: int) -> str:
    return f"T-{number:06d}"


class _Parts:
    """Searchable parts of one record, one per line, skipping empties and text already in
    (for each of the two texts on its own)."""

    def __init__(self) -> None:
        self._text = ""
        self._words = ""
        self._substrings_only = False

    def add(self, *values: str | None) -> None:
        """Parts of both texts."""
        self._text = _appended(self._text, values)
        if self._substrings_only:
            self._words = _appended(self._words, values)

    def add_substrings(self, *values: str | None) -> None:
        """Parts found by substring only (emails, phone numbers): not in ``words``."""
        if not self._substrings_only:
            self._substrings_only, self._words = True, self._text
        self._text = _appended(self._text, values)

    def document(
        self, entity: str, record_id: int, title: str, subtitle: str | None
    ) -> SearchDocument:
        words = self._words if self._substrings_only else self._text
        return SearchDocument(entity, record_id, title, subtitle, self._text, words)


def _appended(text: str, values: Iterable[str | None]) -> str:
    """``text`` with each non-empty value it does not contain yet as a line of its own."""
    for value in values:
        if value and value not in text:
            text = f"{text}\n{value}" if text else value
    return text


def _grouped(session: Session, query: Select[*tuple[Any, ...]]) -> dict[int, list[Any]]:
    """Rows of ``query`` (owner id, value) as {owner id: [value, ...]}."""
    groups: dict[int, list[Any]] = defaultdict(list)
    for owner, value in _rows(session, query):
        groups[owner].append(value)
    return groups


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> Sequence[Any]:
    """Plain Core rows (no ORM row processing: a rebuild reads millions of them)."""
    return session.connection().execute(query).all()


def _owned(
    session: Session, owner: str, scope: Scope
) -> tuple[dict[int, list[Any]], dict[int, list[Any]], dict[int, list[Any]]]:
    """Emails, phones (raw, e164) and cities of the owners in ``scope``.

    ``owner`` is the owning column of the three tables: "contact_id" or "company_id".
    """
    email_owner = getattr(EmailAddress, owner)
    phone_owner = getattr(PhoneNumber, owner)
    address_owner = getattr(Address, owner)
    emails = _grouped(
        session,
        select(email_owner, EmailAddress.email)
        .where(within(email_owner, scope))
        .order_by(email_owner, EmailAddress.position),
    )
    phones: dict[int, list[Any]] = defaultdict(list)
    query = (
        select(phone_owner, PhoneNumber.raw, PhoneNumber.e164)
        .where(within(phone_owner, scope))
        .order_by(phone_owner, PhoneNumber.position)
    )
    for owner_id, raw, e164 in _rows(session, query):
        phones[owner_id].append((raw, e164))
    cities = _grouped(
        session,
        select(address_owner, Address.city)
        .where(within(address_owner, scope), Address.city.is_not(None))
        .order_by(address_owner, Address.position),
    )
    return emails, phones, cities


def _digits(raw: str) -> str:
    """`digits_only`, faster: phone numbers are mostly ASCII already."""
    if raw.isascii():
        return _NOT_DIGITS.sub("", raw)
    return digits_only(raw)


def _add_phones(parts: _Parts, phones: Sequence[tuple[str, str | None]]) -> None:
    """Its digits and the E.164 digits: '0912', '912345' and '98912' all hit. As typed only
    when it is more than a phone number's shape (an extension, a word)."""
    for raw, e164 in phones:
        digits = _digits(raw)
        shaped = is_phone_shaped(raw if raw.isascii() else fold(raw), digits)
        parts.add_substrings(None if shaped else raw, digits, e164[1:] if e164 else None)


def contact_document(
    record_id: int,
    full_name: str,
    given: str | None,
    family: str | None,
    job: str | None,
    company_name: str | None,
    emails: Sequence[str],
    phones: Sequence[tuple[str, str | None]],
    cities: Sequence[str],
    tags: Sequence[str],
) -> SearchDocument:
    """A contact's search row from its values: the builder (what the database holds) and the
    import (what it has just written) both call this, so the two cannot drift apart.

    ``emails``, ``phones`` (raw, e164) and ``cities`` in position order; ``tags`` by tag id."""
    parts = _Parts()
    parts.add(full_name, given, family, company_name)
    parts.add_substrings(*emails)
    _add_phones(parts, phones)
    parts.add(job, *cities, *tags)
    city = cities[0] if cities else None
    subtitle = SEPARATOR.join(x for x in (job, company_name, city) if x)
    if not subtitle:
        subtitle = emails[0] if emails else ""
    return parts.document("contact", record_id, full_name, subtitle or None)


def company_document(
    record_id: int,
    name: str,
    legal_name: str | None,
    website: str | None,
    industry: str | None,
    emails: Sequence[str] = (),
    phones: Sequence[tuple[str, str | None]] = (),
    cities: Sequence[str] = (),
) -> SearchDocument:
    """A company's search row from its values (shared like ``contact_document``)."""
    parts = _Parts()
    parts.add(name, legal_name, website)
    parts.add_substrings(*emails)
    _add_phones(parts, phones)
    parts.add(*cities)
    city = cities[0] if cities else None
    subtitle = SEPARATOR.join(x for x in (industry, city, website) if x)
    return parts.document("company", record_id, name, subtitle or None)


def _contacts(session: Session, scope: Scope) -> list[SearchDocument]:
    company = aliased(Company)
    rows = _rows(
        session,
        select(
            Contact.id,
            Contact.full_name,
            Contact.given_name,
            Contact.family_name,
            Contact.job_title,
            company.name,
        )
        .outerjoin(company, (company.id == Contact.company_id) & company.deleted_at.is_(None))
        .where(within(Contact.id, scope), Contact.deleted_at.is_(None)),
    )
    if not rows:
        return []
    emails, phones, cities = _owned(session, "contact_id", scope)
    tags = _grouped(
        session,
        select(ContactTag.contact_id, Tag.name)
        .join(Tag, Tag.id == ContactTag.tag_id)
        .where(within(ContactTag.contact_id, scope))
        .order_by(ContactTag.contact_id, ContactTag.tag_id),  # the primary key's order: free
    )
    none: list[Any] = []
    return [
        contact_document(
            record_id,
            full_name,
            given,
            family,
            job,
            company_name,
            emails.get(record_id, none),
            phones.get(record_id, none),
            cities.get(record_id, none),
            tags.get(record_id, none),
        )
        for record_id, full_name, given, family, job, company_name in rows
    ]


def _companies(session: Session, scope: Scope) -> list[SearchDocument]:
    rows = _rows(
        session,
        select(
            Company.id, Company.name, Company.legal_name, Company.website, Company.industry
        ).where(within(Company.id, scope), Company.deleted_at.is_(None)),
    )
    if not rows:
        return []
    emails, phones, cities = _owned(session, "company_id", scope)
    none: list[Any] = []
    return [
        company_document(
            record_id,
            name,
            legal_name,
            website,
            industry,
            emails.get(record_id, none),
            phones.get(record_id, none),
            cities.get(record_id, none),
        )
        for record_id, name, legal_name, website, industry in rows
    ]


def _people_names() -> tuple[Any, Any, ColumnElement[bool], ColumnElement[bool]]:
    """Aliases of Contact and Company, each joined only while it is not in the trash."""
    person = aliased(Contact)
    company = aliased(Company)
    return person, company, person.deleted_at.is_(None), company.deleted_at.is_(None)


def _deals(session: Session, scope: Scope) -> list[SearchDocument]:
    person, company, person_live, company_live = _people_names()
    rows = _rows(
        session,
        select(Deal.id, Deal.title, company.name, person.full_name)
        .outerjoin(company, (company.id == Deal.company_id) & company_live)
        .outerjoin(person, (person.id == Deal.contact_id) & person_live)
        .where(within(Deal.id, scope), Deal.deleted_at.is_(None)),
    )
    docs = []
    for record_id, title, company_name, person_name in rows:
        parts = _Parts()
        parts.add(title, company_name, person_name)
        subtitle = SEPARATOR.join(x for x in (company_name, person_name) if x)
        docs.append(parts.document("deal", record_id, title, subtitle or None))
    return docs


def _tickets(session: Session, scope: Scope) -> list[SearchDocument]:
    person, company, person_live, company_live = _people_names()
    rows = _rows(
        session,
        select(
            Ticket.id, Ticket.number, Ticket.subject, Ticket.body, person.full_name, company.name
        )
        .outerjoin(company, (company.id == Ticket.company_id) & company_live)
        .outerjoin(person, (person.id == Ticket.contact_id) & person_live)
        .where(within(Ticket.id, scope), Ticket.deleted_at.is_(None)),
    )
    docs = []
    for record_id, number, subject, body, person_name, company_name in rows:
        parts = _Parts()
        parts.add(ticket_number(number), subject, (body or "")[:TICKET_BODY_CHARS])
        subtitle = SEPARATOR.join(
            x for x in (ticket_number(number), person_name or company_name) if x
        )
        docs.append(parts.document("ticket", record_id, subject, subtitle))
    return docs


def _interactions(session: Session, scope: Scope) -> list[SearchDocument]:
    person, company, person_live, company_live = _people_names()
    rows = _rows(
        session,
        select(
            Interaction.id,
            Interaction.kind,
            Interaction.occurred_at,
            Interaction.subject,
            Interaction.body,
            person.full_name,
            company.name,
        )
        .outerjoin(company, (company.id == Interaction.company_id) & company_live)
        .outerjoin(person, (person.id == Interaction.contact_id) & person_live)
        .where(within(Interaction.id, scope), Interaction.deleted_at.is_(None)),
    )
    docs = []
    for record_id, kind, occurred_at, subject, body, person_name, company_name in rows:
        parts = _Parts()
        parts.add(subject, (body or "")[:INTERACTION_BODY_CHARS])
        title = subject or kind
        when = occurred_at.strftime("%Y-%m-%d")
        subtitle = SEPARATOR.join(x for x in (when, kind, person_name or company_name) if x)
        docs.append(parts.document("interaction", record_id, title, subtitle))
    return docs


Builder = Callable[[Session, Scope], list[SearchDocument]]

#: Entity name -> (builder, the record table's model). Order is the order of search results.
BUILDERS: dict[str, tuple[Builder, type[Any]]] = {
    "contact": (_contacts, Contact),
    "company": (_companies, Company),
    "deal": (_deals, Deal),
    "ticket": (_tickets, Ticket),
    "interaction": (_interactions, Interaction),
}

#: Records whose search rows show another record's title (its name): when that title changes,
#: they are reindexed too. entity -> [(dependent entity, its model, the linking column name)].
DEPENDENTS: dict[str, list[tuple[str, type[Any], str]]] = {
    "contact": [
        ("deal", Deal, "contact_id"),
        ("ticket", Ticket, "contact_id"),
        ("interaction", Interaction, "contact_id"),
    ],
    "company": [
        ("contact", Contact, "company_id"),
        ("deal", Deal, "company_id"),
        ("ticket", Ticket, "company_id"),
        ("interaction", Interaction, "company_id"),
    ],
}
