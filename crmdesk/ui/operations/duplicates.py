"""Operations of the "Find duplicates" page: find groups, read a pair side by side.

Finding is a read (``services.duplicates``) that the page runs in a background job when the
file is big; each call opens its own short session, so it is safe off the GUI thread. Merging
and unmerging are ``operations.contacts.merge_contacts`` / ``unmerge_contacts`` behind the undo
stack's ``MergeCommand``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from crmdesk.context import AppContext
from crmdesk.services import contact_list, custom_fields, stats
from crmdesk.services.contacts import ContactDetail, get_contact
from crmdesk.services.custom_fields import FieldDef
from crmdesk.services.duplicates import DuplicateGroup, find_duplicate_contacts
from crmdesk.ui.ops import read

GROUP_LIMIT = 1000
#: Above this many contacts the search runs as a background job.
FIND_IN_BACKGROUND = 5000


@dataclass(frozen=True)
class Found:
    """Groups of likely duplicates and the display names of everyone in them."""

    groups: list[DuplicateGroup]
    names: dict[int, str]


@dataclass(frozen=True)
class Pair:
    """Two contacts to compare, and the labels of the custom fields they may have."""

    left: ContactDetail
    right: ContactDetail
    fields: list[FieldDef]


def contact_count(ctx: AppContext) -> int:
    return read(ctx, stats.record_counts)["contact"]


def _find(session: Session, limit: int) -> Found:
    groups = find_duplicate_contacts(session, limit=limit)
    ids = sorted({i for group in groups for i in group.contact_ids})
    rows = contact_list.contact_rows(session, ids)
    return Found(groups, {i: rows[i].full_name for i in ids if i in rows})


def find_duplicates(ctx: AppContext, *, limit: int = GROUP_LIMIT) -> Found:
    """Exact duplicates (email, phone, name + company) first, then similar names."""
    return read(ctx, _find, limit)


def _pair(session: Session, left_id: int, right_id: int) -> Pair:
    return Pair(
        get_contact(session, left_id),
        get_contact(session, right_id),
        custom_fields.list_fields(session, "contact"),
    )


def load_pair(ctx: AppContext, *, left_id: int, right_id: int) -> Pair:
    return read(ctx, _pair, left_id, right_id)
