"""The company list: filter, sort and page in SQL, like `services.contact_list`.

Item models ask for a page of ids in display order (`company_id_page`) and then for the display
rows of just those ids (`company_rows`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, select, true
from sqlalchemy.orm import Session

from crmdesk.db.models import Address, Company, CompanyTag, Contact, EmailAddress, PhoneNumber, Tag
from crmdesk.errors import ValidationError
from crmdesk.services.listing import Criteria, first_value, has_tag, like_pattern, order_by
from crmdesk.services.search_filter import text_matches


def _people_count() -> Any:
    return (
        select(func.count())
        .where(Contact.company_id == Company.id, Contact.deleted_at.is_(None))
        .scalar_subquery()
    )


SORT_COLUMNS: dict[str, Any] = {
    "name": Company.sort_name,
    "industry": Company.industry,
    "size": Company.size,
    "website": Company.website,
    "lifecycle": Company.lifecycle,
    "lead_source": Company.lead_source,
    "created": Company.created_at,
    "updated": Company.updated_at,
    "people": _people_count(),
}


@dataclass(frozen=True)
class CompanyFilter(Criteria):
    """What the filter bar (or a saved segment) selects. Empty values mean "any"."""

    text: str = ""
    tag: str | None = None
    industry: str | None = None
    size: str | None = None
    lifecycle: str | None = None
    trashed: bool = False
    custom: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CompanySort:
    column: str = "name"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.column not in SORT_COLUMNS and not self.column.startswith("custom:"):
            raise ValidationError(f"Companies cannot be sorted by “{self.column}”.")


@dataclass(frozen=True)
class CompanyRow:
    """One line of the company list."""

    id: int
    name: str
    industry: str | None
    size: str | None
    website: str | None
    email: str | None
    phone: str | None
    city: str | None
    people: int
    tags: list[str]
    lifecycle: str | None
    lead_source: str | None
    created_at: datetime
    custom: dict[str, Any]


def _conditions(criteria: CompanyFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [
        Company.deleted_at.is_not(None) if criteria.trashed else Company.deleted_at.is_(None)
    ]
    if criteria.text.strip() and not criteria.trashed:
        conds.extend(text_matches(Company.id, "company", criteria.text))
    elif criteria.text.strip():
        pattern = like_pattern(criteria.text)
        by_email = exists(
            select(EmailAddress.id).where(
                EmailAddress.company_id == Company.id,
                EmailAddress.normalized.like(pattern, escape="\\"),
            )
        )
        conds.append(Company.sort_name.like(pattern, escape="\\") | by_email)
    if criteria.tag:
        conds.append(has_tag(Company.id, CompanyTag.company_id, CompanyTag.tag_id, criteria.tag))
    if criteria.industry:
        conds.append(Company.industry == criteria.industry)
    if criteria.size:
        conds.append(Company.size == criteria.size)
    if criteria.lifecycle:
        conds.append(Company.lifecycle == criteria.lifecycle)
    for key, value in criteria.custom.items():
        conds.append(func.json_extract(Company.custom, f"$.{key}") == value)
    return conds


def _sort_expression(sort: CompanySort) -> Any:
    if sort.column.startswith("custom:"):
        return func.json_extract(Company.custom, f"$.{sort.column.removeprefix('custom:')}")
    return SORT_COLUMNS[sort.column]


def _ordered_ids(criteria: CompanyFilter, sort: CompanySort) -> Select[int]:
    order = order_by(_sort_expression(sort), Company.id, descending=sort.descending)
    return select(Company.id).where(and_(true(), *_conditions(criteria))).order_by(*order)


def count_companies(session: Session, criteria: CompanyFilter) -> int:
    query = select(func.count()).select_from(Company).where(and_(true(), *_conditions(criteria)))
    return int(session.scalar(query) or 0)


def company_id_page(
    session: Session,
    criteria: CompanyFilter,
    sort: CompanySort,
    *,
    offset: int,
    limit: int,
) -> list[int]:
    """Ids of one page of the list in display order."""
    query = _ordered_ids(criteria, sort).offset(offset).limit(limit)
    return list(session.scalars(query))


def _tags_of(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    rows = session.execute(
        select(CompanyTag.company_id, Tag.name)
        .join(Tag, Tag.id == CompanyTag.tag_id)
        .where(CompanyTag.company_id.in_(list(ids)))
        .order_by(Tag.folded)
    )
    for company_id, name in rows:
        found[company_id].append(name)
    return found


def company_rows(session: Session, ids: Sequence[int]) -> dict[int, CompanyRow]:
    """Display rows for these ids (a page): first email, phone, city, people and tags."""
    if not ids:
        return {}
    query = select(
        Company,
        first_value(
            EmailAddress.email, EmailAddress.company_id == Company.id, EmailAddress.position
        ),
        first_value(PhoneNumber.raw, PhoneNumber.company_id == Company.id, PhoneNumber.position),
        first_value(Address.city, Address.company_id == Company.id, Address.position),
        _people_count(),
    ).where(Company.id.in_(list(ids)))
    tags = _tags_of(session, ids)
    rows: dict[int, CompanyRow] = {}
    for company, email, phone, city, people in session.execute(query):
        rows[company.id] = CompanyRow(
            id=company.id,
            name=company.name,
            industry=company.industry,
            size=company.size,
            website=company.website,
            email=email,
            phone=phone,
            city=city,
            people=int(people or 0),
            tags=tags.get(company.id, []),
            lifecycle=company.lifecycle,
            lead_source=company.lead_source,
            created_at=company.created_at,
            custom=dict(company.custom or {}),
        )
    return rows


def industries(session: Session) -> list[str]:
    """Distinct industries in use, for the filter bar's choices."""
    query = select(Company.industry).where(Company.industry.is_not(None)).distinct()
    return sorted(str(s) for s in session.scalars(query))


def sizes(session: Session) -> list[str]:
    """Distinct company sizes in use, for the filter bar's choices."""
    query = select(Company.size).where(Company.size.is_not(None)).distinct()
    return sorted(str(s) for s in session.scalars(query))
