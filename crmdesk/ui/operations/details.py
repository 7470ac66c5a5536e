"""Operations of the detail pages beyond plain fields: lists (emails, phones, addresses),
custom field definitions and the reads that fill the page.

Plain fields go through ``operations.records.update_fields`` (and its undo command); this
module adds what that one does not cover. One function = one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.context import AppContext
from crmdesk.services import custom_fields, search
from crmdesk.services.changes import Changes
from crmdesk.services.channels import Labeled, PostalAddress
from crmdesk.services.companies import CompanyDetail, get_company
from crmdesk.services.contacts import ContactDetail, get_contact
from crmdesk.services.custom_fields import FieldDef
from crmdesk.ui.operations.records import KINDS
from crmdesk.ui.ops import OpsHost, read, user_action

COMPANY_SUGGESTIONS = 12
PART_NAMES = ("emails", "phones", "addresses", "tag_names")


@dataclass(frozen=True)
class Parts:
    """The list-shaped parts of a record; None means "leave as it is"."""

    emails: tuple[Labeled, ...] | None = None
    phones: tuple[Labeled, ...] | None = None
    addresses: tuple[PostalAddress, ...] | None = None
    tag_names: tuple[str, ...] | None = None

    def given(self) -> dict[str, Any]:
        return {name: list(v) for name in PART_NAMES if (v := getattr(self, name)) is not None}


def load_contact(ctx: AppContext, contact_id: int) -> tuple[ContactDetail, list[FieldDef]]:
    """The contact and the definitions of the contact custom fields, in one read."""
    return read(ctx, _with_fields, get_contact, "contact", contact_id)


def load_company(ctx: AppContext, company_id: int) -> tuple[CompanyDetail, list[FieldDef]]:
    return read(ctx, _with_fields, get_company, "company", company_id)


def _with_fields(session: Session, get: Any, entity: str, record_id: int) -> tuple[Any, Any]:
    return get(session, record_id), custom_fields.list_fields(session, entity)


def _current_parts(session: Session, entity: str, record_id: int, wanted: Parts) -> Parts:
    detail = KINDS[entity].detail(session, record_id)
    values = {
        "emails": tuple(detail.emails),
        "phones": tuple(Labeled(p.label, p.value) for p in detail.phones),
        "addresses": tuple(detail.addresses),
        "tag_names": tuple(detail.tags),
    }
    return Parts(**{k: v for k, v in values.items() if getattr(wanted, k) is not None})


def update_parts(
    host: OpsHost, *, entity: str, record_id: int, parts: Parts, region: str | None = None
) -> Parts:
    """Replace the given lists of one record; return them as they were (for undo)."""
    with user_action(host) as (session, changes):
        before = _current_parts(session, entity, record_id, parts)
        changes.merge(KINDS[entity].update(session, record_id, region=region, **parts.given()))
    return before


def define_custom_field(
    host: OpsHost, *, entity: str, label: str, kind: str, choices: Sequence[str] | None
) -> FieldDef:
    """Add a typed custom field to every ``entity`` record (or return the existing one)."""
    with user_action(host) as (session, changes):
        definition = custom_fields.define_field(
            session, entity=entity, label=label, type=kind, choices=list(choices or []) or None
        )
        changes.merge(Changes().add("updated", "custom_field", definition.id))
    return definition


def find_companies(ctx: AppContext, text: str) -> list[tuple[int, str]]:
    """Companies whose name matches ``text`` (any script, folded), for the company picker."""
    hits = read(ctx, search.search, text, limit=COMPANY_SUGGESTIONS, entities=["company"])
    return [(hit.record_id, hit.title) for hit in hits]
