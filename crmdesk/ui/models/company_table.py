"""The company list model: ``RecordTableModel`` over ``services.company_list``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from crmdesk.services import company_list
from crmdesk.services.company_list import CompanyFilter, CompanyRow, CompanySort
from crmdesk.ui.models.formatting import Kind
from crmdesk.ui.models.record_table import Column, RecordTableModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class CompanyTableModel(RecordTableModel[CompanyFilter, CompanySort, CompanyRow]):
    """Organisations, a page at a time, in the order and filter the user chose."""

    entity = "company"
    watches = frozenset({"contact"})  # the people count

    NAME = "name"
    INDUSTRY = "industry"
    SIZE = "size"
    WEBSITE = "website"
    EMAIL = "email"
    PHONE = "phone"
    CITY = "city"
    PEOPLE = "people"
    TAGS = "tags"
    LIFECYCLE = "lifecycle"
    LEAD_SOURCE = "lead_source"
    CREATED = "created"

    def default_filter(self) -> CompanyFilter:
        return CompanyFilter()

    def make_sort(self, key: str, descending: bool) -> CompanySort:
        return CompanySort(key, descending)

    def fixed_columns(self) -> list[Column]:
        return [
            Column(self.NAME, self.tr("Name"), sort_key="name", editable=True),
            Column(self.INDUSTRY, self.tr("Industry"), sort_key="industry", editable=True),
            Column(self.SIZE, self.tr("Size"), sort_key="size", visible=False),
            Column(self.WEBSITE, self.tr("Website"), sort_key="website", visible=False, ltr=True),
            Column(self.EMAIL, self.tr("Email"), ltr=True),
            Column(self.PHONE, self.tr("Phone"), ltr=True),
            Column(self.CITY, self.tr("City")),
            Column(self.PEOPLE, self.tr("People"), kind=Kind.INTEGER, sort_key="people"),
            Column(self.TAGS, self.tr("Tags"), visible=False),
            Column(
                self.LIFECYCLE,
                self.tr("Lifecycle"),
                kind=Kind.LIFECYCLE,
                sort_key="lifecycle",
                editable=True,
            ),
            Column(self.LEAD_SOURCE, self.tr("Lead source"), sort_key="lead_source", visible=False),
            Column(
                self.CREATED,
                self.tr("Added"),
                "created_at",
                kind=Kind.MOMENT,
                sort_key="created",
                visible=False,
            ),
        ]

    def query_count(self, session: Session, criteria: CompanyFilter) -> int:
        return company_list.count_companies(session, criteria)

    def query_ids(
        self, session: Session, criteria: CompanyFilter, sort: CompanySort, offset: int, limit: int
    ) -> list[int]:
        return company_list.company_id_page(session, criteria, sort, offset=offset, limit=limit)

    def query_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, CompanyRow]:
        return company_list.company_rows(session, ids)
