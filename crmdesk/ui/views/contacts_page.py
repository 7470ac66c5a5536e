"""The Contacts page: everyone, filtered, sorted and saved as segments; Ctrl+N adds a person."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from crmdesk.context import AppContext
from crmdesk.errors import CrmError, ValidationError
from crmdesk.services.contact_list import ContactFilter, lead_sources
from crmdesk.ui.dialogs.merge_contacts import MergeDialog
from crmdesk.ui.dialogs.new_contact import NewContactDialog
from crmdesk.ui.icons import icon
from crmdesk.ui.models.contact_table import ContactTableModel
from crmdesk.ui.operations import contacts as contact_ops
from crmdesk.ui.operations.records import tag_names
from crmdesk.ui.ops import read
from crmdesk.ui.undo import MergeCommand, push
from crmdesk.ui.views.filter_bar import FilterSpec
from crmdesk.ui.views.record_list_page import RecordListPage
from crmdesk.ui.widgets.labels import lifecycle_labels


class ContactsPage(RecordListPage):
    """People: the list every other feature starts from."""

    entity = "contact"
    page_key = "contacts"
    list_icon = "contacts"
    edit_fields = {  # noqa: RUF012
        ContactTableModel.NAME: "full_name",
        ContactTableModel.JOB_TITLE: "job_title",
        ContactTableModel.LIFECYCLE: "lifecycle",
        ContactTableModel.LEAD_SOURCE: "lead_source",
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.merge_action = QAction(icon("copy"), "")
        self.merge_action.setProperty("icon_name", "copy")
        super().__init__(ctx, parent)
        self.merge_action.setParent(self)
        self.merge_action.triggered.connect(self.ask_merge)
        self.list_actions.add_extra(self.merge_action)
        self.selection_changed(0)

    def selection_changed(self, count: int) -> None:
        self.merge_action.setEnabled(count == 2)

    def retranslate(self) -> None:
        super().retranslate()
        self.merge_action.setText(self.tr("Merge…"))
        self.merge_action.setToolTip(self.tr("Make the two selected contacts one"))

    # ------------------------------------------------------------------ merge
    def ask_merge(self) -> None:
        """Merge the two selected contacts (the dialog asks which one stays)."""
        ids = self.table.selected_ids()
        if len(ids) != 2:
            return
        dialog = MergeDialog(contact_ops.contact_names(self.ctx, ids=ids), self)
        dialog.submitted.connect(lambda keep, other: self._merge(dialog, keep, other))
        self.list_actions.open_dialog(dialog)

    def _merge(self, dialog: MergeDialog, keep_id: int, other_id: int) -> None:
        command = MergeCommand(self.host, keep_id=keep_id, other_id=other_id)
        command.on_error = self.show_error
        try:
            push(self.undo_stack, command)
        except CrmError as error:
            dialog.show_error(str(error))
            return
        dialog.accept()
        self.show_done(self.tr("Contacts merged."))

    def make_model(self) -> ContactTableModel:
        return ContactTableModel(self.ctx, parent=self)

    def filter_specs(self) -> list[FilterSpec]:
        return [
            FilterSpec("tag", self.tr("All tags")),
            FilterSpec("lifecycle", self.tr("Any lifecycle")),
            FilterSpec("lead_source", self.tr("Any source")),
            FilterSpec("has_open_deal", self.tr("Any deals")),
            FilterSpec(
                "birthday_month",
                self.tr("Birthday this month"),
                toggle=True,
                value=lambda: date.today().month,
                label_for=self._birthday_label,
            ),
        ]

    def _birthday_label(self, month: Any) -> str:
        return self.tr("Birthday in %1").replace("%1", QLocale().monthName(int(month)))

    def make_filter(self, criteria: dict[str, Any]) -> ContactFilter:
        return ContactFilter.from_criteria(criteria)

    def refresh_choices(self) -> None:
        bar = self.filter_bar
        bar.set_choices("tag", [(name, name) for name in tag_names(self.ctx)])
        bar.set_choices("lifecycle", [(str(v), label) for v, label in lifecycle_labels()])
        bar.set_choices("lead_source", [(s, s) for s in read(self.ctx, lead_sources)])
        bar.set_choices(
            "has_open_deal",
            [(True, self.tr("Has an open deal")), (False, self.tr("No open deal"))],
        )

    # ------------------------------------------------------------------ new contact
    def new_record(self) -> None:
        """Ctrl+N: ask for name, email, phone and company; then open the new person."""
        dialog = NewContactDialog(
            lambda text: contact_ops.company_suggestions(self.ctx, text=text), self
        )
        dialog.submitted.connect(lambda new: self._create(dialog, new))
        self.list_actions.open_dialog(dialog)

    def _create(self, dialog: NewContactDialog, new: contact_ops.NewContact) -> None:
        try:
            contact_id = contact_ops.create_contact(self.host, new=new)
        except ValidationError as error:
            dialog.show_error(error)
            return
        except CrmError as error:
            dialog.show_error(ValidationError(str(error)))
            return
        dialog.accept()
        self.open_record.emit(self.entity, contact_id)

    # ------------------------------------------------------------------ texts
    def texts(self) -> dict[str, str]:
        return {
            "title": self.tr("Contacts"),
            "all": self.tr("All contacts"),
            "new": self.tr("New Contact"),
            "empty_title": self.tr("No contacts yet"),
            "empty_text": self.tr("Add one or import your Excel file."),
            "no_match_title": self.tr("No contacts match these filters"),
            "no_match_text": self.tr("Try fewer filters, or clear them to see everyone."),
        }

    def count_text(self, shown: int, total: int, filtered: bool) -> str:
        if filtered:
            text = (
                self.tr("%1 of 1 contact")
                if total == 1
                else self.tr("%1 of %Ln contacts", "", total)
            )
            return text.replace("%1", QLocale().toString(shown))
        return self.tr("1 contact") if total == 1 else self.tr("%Ln contacts", "", total)

    def trashed_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 contact moved to the trash.")
        return self.tr("%Ln contacts moved to the trash.", "", count)
