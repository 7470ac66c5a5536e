"""The contact list model: ``RecordTableModel`` over ``services.contact_list``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from crmdesk.services import contact_list
from crmdesk.services.contact_list import ContactFilter, ContactRow, ContactSort
from crmdesk.ui.models.formatting import Kind
from crmdesk.ui.models.record_table import Column, RecordTableModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class ContactTableModel(RecordTableModel[ContactFilter, ContactSort, ContactRow]):
    """People, a page at a time, in the order and filter the user chose."""

    entity = "contact"
    watches = frozenset({"company", "deal", "interaction"})

    NAME = "name"
    COMPANY = "company"
    JOB_TITLE = "job_title"
    EMAIL = "email"
    PHONE = "phone"
    CITY = "city"
    LIFECYCLE = "lifecycle"
    LEAD_SOURCE = "lead_source"
    LEAD_SCORE = "lead_score"
    LAST_INTERACTION = "last_interaction"
    BIRTHDAY = "birthday"
    CREATED = "created"

    def default_filter(self) -> ContactFilter:
        return ContactFilter()

    def make_sort(self, key: str, descending: bool) -> ContactSort:
        return ContactSort(key, descending)

    def fixed_columns(self) -> list[Column]:
        return [
            Column(self.NAME, self.tr("Name"), "full_name", sort_key="name", editable=True),
            Column(self.COMPANY, self.tr("Company"), "company_name", sort_key="company"),
            Column(
                self.JOB_TITLE,
                self.tr("Job title"),
                sort_key="job_title",
                editable=True,
                visible=False,
            ),
            Column(self.EMAIL, self.tr("Email"), ltr=True),
            Column(self.PHONE, self.tr("Phone"), ltr=True),
            Column(self.CITY, self.tr("City"), visible=False),
            Column(
                self.LIFECYCLE,
                self.tr("Lifecycle"),
                kind=Kind.LIFECYCLE,
                sort_key="lifecycle",
                editable=True,
            ),
            Column(
                self.LEAD_SOURCE,
                self.tr("Lead source"),
                sort_key="lead_source",
                editable=True,
                visible=False,
            ),
            Column(
                self.LEAD_SCORE,
                self.tr("Score"),
                kind=Kind.INTEGER,
                sort_key="lead_score",
                editable=True,
                visible=False,
            ),
            Column(
                self.LAST_INTERACTION,
                self.tr("Last contact"),
                "last_interaction_at",
                kind=Kind.MOMENT,
                sort_key="last_interaction",
            ),
            Column(
                self.BIRTHDAY,
                self.tr("Birthday"),
                kind=Kind.BIRTHDAY,
                sort_key="birthday",
                visible=False,
            ),
            Column(
                self.CREATED,
                self.tr("Added"),
                "created_at",
                kind=Kind.MOMENT,
                sort_key="created",
                visible=False,
            ),
        ]

    def query_count(self, session: Session, criteria: ContactFilter) -> int:
        return contact_list.count_contacts(session, criteria)

    def query_ids(
        self, session: Session, criteria: ContactFilter, sort: ContactSort, offset: int, limit: int
    ) -> list[int]:
        return contact_list.contact_id_page(session, criteria, sort, offset=offset, limit=limit)

    def query_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, ContactRow]:
        return contact_list.contact_rows(session, ids)
