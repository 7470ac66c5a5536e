"""Contact operations the lists use: create from the "New contact" dialog, merge and unmerge.

Edits, trash, tags and lifecycle are shared with companies (``operations.records``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.context import AppContext
from crmdesk.domain.text import fold
from crmdesk.services import companies, company_list, contact_list, contacts, merge
from crmdesk.services.channels import Labeled
from crmdesk.services.company_list import CompanyFilter, CompanySort
from crmdesk.ui.ops import OpsHost, read, user_action

COMPANY_SUGGESTIONS = 12


@dataclass(frozen=True)
class NewContact:
    """What the "New contact" dialog collects."""

    name: str
    email: str = ""
    phone: str = ""
    company: str = ""


def _companies_like(session: Session, text: str, limit: int) -> list[tuple[int, str]]:
    ids = company_list.company_id_page(
        session, CompanyFilter(text=text), CompanySort(), offset=0, limit=limit
    )
    rows = company_list.company_rows(session, ids)
    return [(i, rows[i].name) for i in ids if i in rows]


def company_suggestions(ctx: AppContext, *, text: str) -> list[str]:
    """Names of companies containing ``text``, for the dialog's completer."""
    return [name for _id, name in read(ctx, _companies_like, text, COMPANY_SUGGESTIONS)]


def _company_id(session: Session, name: str) -> tuple[int | None, Any]:
    """The company called ``name`` (compared folded), or a new one; and its Changes."""
    if not name.strip():
        return None, None
    for company_id, existing in _companies_like(session, name, 50):
        if fold(existing) == fold(name):
            return company_id, None
    return companies.create_company(session, values={"name": name})


def create_contact(host: OpsHost, *, new: NewContact) -> int:
    """Create a person (and their company when it is new); return the contact's id."""
    with user_action(host) as (session, changes):
        company_id, company_changes = _company_id(session, new.company)
        if company_changes is not None:
            changes.merge(company_changes)
        contact_id, created = contacts.create_contact(
            session,
            values={"full_name": new.name, "company_id": company_id},
            emails=[Labeled("work", new.email)] if new.email.strip() else [],
            phones=[Labeled("mobile", new.phone)] if new.phone.strip() else [],
        )
        changes.merge(created)
    return contact_id


def merge_contacts(
    host: OpsHost, *, keep_id: int, other_id: int, choices: dict[str, str] | None = None
) -> dict[str, Any]:
    """Fold ``other_id`` into ``keep_id``; return the token that undoes it."""
    with user_action(host) as (session, changes):
        result = merge.merge_contacts(session, keep_id=keep_id, other_id=other_id, choices=choices)
        changes.merge(result.changes)
    return result.undo_token


def unmerge_contacts(host: OpsHost, *, token: dict[str, Any]) -> None:
    """Take a merge back: both people and their history as they were."""
    with user_action(host) as (session, changes):
        changes.merge(merge.unmerge(session, token))


def contact_names(ctx: AppContext, *, ids: list[int]) -> dict[int, str]:
    """Names that tell these contacts apart ("Ana — ana@x.com · Acme"), for the merge dialog."""
    rows = read(ctx, contact_list.contact_rows, ids)
    names: dict[int, str] = {}
    for record_id in ids:
        row = rows[record_id]
        details = " · ".join(part for part in (row.email, row.company_name) if part)
        names[record_id] = f"{row.full_name} — {details}" if details else row.full_name
    return names
