"""The Companies page: organisations, filtered, sorted and saved as segments."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from crmdesk.context import AppContext
from crmdesk.errors import CrmError
from crmdesk.services.company_list import CompanyFilter
from crmdesk.ui.dialogs.text_prompt import TextPrompt
from crmdesk.ui.models.company_table import CompanyTableModel
from crmdesk.ui.operations import companies as company_ops
from crmdesk.ui.operations.records import tag_names
from crmdesk.ui.views.filter_bar import FilterSpec
from crmdesk.ui.views.record_list_page import RecordListPage
from crmdesk.ui.widgets.labels import lifecycle_labels


class CompaniesPage(RecordListPage):
    """Organisations and how many people each has."""

    entity = "company"
    page_key = "companies"
    list_icon = "companies"
    edit_fields = {  # noqa: RUF012
        CompanyTableModel.NAME: "name",
        CompanyTableModel.INDUSTRY: "industry",
        CompanyTableModel.LIFECYCLE: "lifecycle",
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)

    def make_model(self) -> CompanyTableModel:
        return CompanyTableModel(self.ctx, parent=self)

    def filter_specs(self) -> list[FilterSpec]:
        return [
            FilterSpec("tag", self.tr("All tags")),
            FilterSpec("industry", self.tr("Any industry")),
            FilterSpec("size", self.tr("Any size")),
            FilterSpec("lifecycle", self.tr("Any lifecycle")),
        ]

    def make_filter(self, criteria: dict[str, Any]) -> CompanyFilter:
        return CompanyFilter.from_criteria(criteria)

    def refresh_choices(self) -> None:
        industries, sizes = company_ops.filter_choices(self.ctx)
        bar = self.filter_bar
        bar.set_choices("tag", [(name, name) for name in tag_names(self.ctx)])
        bar.set_choices("industry", [(i, i) for i in industries])
        bar.set_choices("size", [(s, s) for s in sizes])
        bar.set_choices("lifecycle", [(str(v), label) for v, label in lifecycle_labels()])

    def new_record(self) -> None:
        dialog = TextPrompt(
            title=self.tr("New Company"),
            label=self.tr("Name of the company:"),
            ok_text=self.tr("Add Company"),
            parent=self,
        )
        dialog.submitted.connect(lambda name: self._create(dialog, name))
        self.list_actions.open_dialog(dialog)

    def _create(self, dialog: TextPrompt, name: str) -> None:
        try:
            company_id = company_ops.create_company(self.host, name=name)
        except CrmError as error:
            dialog.show_error(str(error))
            return
        dialog.accept()
        self.open_record.emit(self.entity, company_id)

    def texts(self) -> dict[str, str]:
        return {
            "title": self.tr("Companies"),
            "all": self.tr("All companies"),
            "new": self.tr("New Company"),
            "empty_title": self.tr("No companies yet"),
            "empty_text": self.tr("Add one or import your Excel file."),
            "no_match_title": self.tr("No companies match these filters"),
            "no_match_text": self.tr("Try fewer filters, or clear them to see them all."),
        }

    def count_text(self, shown: int, total: int, filtered: bool) -> str:
        if filtered:
            text = (
                self.tr("%1 of 1 company")
                if total == 1
                else self.tr("%1 of %Ln companies", "", total)
            )
            return text.replace("%1", QLocale().toString(shown))
        return self.tr("1 company") if total == 1 else self.tr("%Ln companies", "", total)

    def trashed_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 company moved to the trash.")
        return self.tr("%Ln companies moved to the trash.", "", count)
