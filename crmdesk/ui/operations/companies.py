"""Company operations the lists use: create from the "New company" prompt.

Edits, trash, tags and lifecycle are shared with contacts (``operations.records``).
"""

from __future__ import annotations

from crmdesk.context import AppContext
from crmdesk.services import companies, company_list
from crmdesk.ui.ops import OpsHost, read, user_action


def create_company(host: OpsHost, *, name: str) -> int:
    """Create an organisation with just its name; return its id."""
    with user_action(host) as (session, changes):
        company_id, created = companies.create_company(session, values={"name": name})
        changes.merge(created)
    return company_id


def filter_choices(ctx: AppContext) -> tuple[list[str], list[str]]:
    """Industries and sizes in use, for the filter bar."""
    return read(ctx, company_list.industries), read(ctx, company_list.sizes)
