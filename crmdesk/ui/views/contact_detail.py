"""A person's page: every field editable in place, emails and phones, tags, and the timeline.

Built on :class:`DetailPage` (saving, errors beside fields, undo, keys). Names are kept as the
user wrote them: the display name plus optional given/family parts and their order, so a
Chinese family-name-first name or a Persian multi-word family name is never split by guesswork.
"""

from __future__ import annotations

from datetime import datetime, time
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from crmdesk.context import AppContext
from crmdesk.services.channels import Labeled
from crmdesk.services.contacts import ContactDetail
from crmdesk.ui.icons import icon
from crmdesk.ui.operations.details import Parts, define_custom_field, find_companies, load_contact
from crmdesk.ui.theme import primary_button_css
from crmdesk.ui.views.detail_page import DetailPage
from crmdesk.ui.widgets.address_editor import AddressListEditor
from crmdesk.ui.widgets.company_picker import CompanyPicker
from crmdesk.ui.widgets.contact_links import mailto_url, tel_url
from crmdesk.ui.widgets.custom_fields import AddFieldDialog, CustomFieldsSection
from crmdesk.ui.widgets.inline_editors import (
    BirthdayField,
    CheckField,
    ChoiceField,
    DateField,
    InlineEditor,
    LineField,
    ScoreField,
    TextAreaField,
)
from crmdesk.ui.widgets.labeled_list_editor import LabeledListEditor
from crmdesk.ui.widgets.labels import (
    address_labels,
    email_labels,
    gender_labels,
    label_for,
    lifecycle_labels,
    name_order_labels,
    phone_labels,
)
from crmdesk.ui.widgets.record_header import initials

LIFECYCLE_HUES: dict[str, int | None] = {
    "lead": 212,
    "prospect": 35,
    "customer": 145,
    "former": None,
}


def reach_button(icon_name: str, text: str, parent: QWidget) -> QPushButton:
    """A header button (Call, Email); it gets a menu when there are several numbers."""
    button = QPushButton(icon(icon_name), text, parent)
    button.setMinimumHeight(32)
    return button


class ContactDetailPage(DetailPage):
    """The detail page of one contact."""

    entity = "contact"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail: ContactDetail | None = None
        self._build_header()
        self._build_person()
        self._build_work()
        self._build_reach()
        self._build_sales()
        self._build_about()
        self.custom = CustomFieldsSection(self.content)
        self.custom.value_committed.connect(self._save_custom)
        self.custom.add_requested.connect(self.add_custom_field)
        self.sections.addWidget(self.custom)
        self.finish_sections()

    # ------------------------------------------------------------------ building

    def _build_header(self) -> None:
        self.log_button = QPushButton(self.tr("Log interaction"), self)
        self.log_button.setIcon(icon("note", QPalette.ColorRole.HighlightedText))
        self.log_button.setProperty("primary", True)
        self.log_button.setStyleSheet(primary_button_css(self.palette()))
        self.log_button.setToolTip(self.tr("Log a call, meeting or note (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_interaction)
        self.call_button = reach_button("call", self.tr("Call"), self)
        self.email_button = reach_button("mail", self.tr("Email"), self)
        self.call_button.clicked.connect(self.call_first)
        self.email_button.clicked.connect(self.email_first)
        for button in (self.call_button, self.email_button, self.log_button):
            self.header.add_action(button)

    def _build_person(self) -> None:
        section = self.add_section(self.tr("Person"))
        self.bind(section, "full_name", LineField(section, placeholder=self.tr("Name as written")))
        self.bind(section, "given_name", LineField(section))
        self.bind(section, "family_name", LineField(section))
        order = ChoiceField(section)
        order.set_choices(name_order_labels())
        self.bind(section, "name_order", order)
        gender = ChoiceField(section)
        gender.set_choices(gender_labels())
        self.bind(section, "gender", gender)
        self.bind(section, "birthday", BirthdayField(section))

    def _build_work(self) -> None:
        section = self.add_section(self.tr("Work"))
        self.company = CompanyPicker(lambda text: find_companies(self.ctx, text), section)
        self.company.setPlaceholderText(self.tr("Type to find a company"))
        self.bind(section, "company_id", self.company)
        self.bind(section, "job_title", LineField(section))
        self.bind(section, "department", LineField(section))

    def _build_reach(self) -> None:
        section = self.add_section(self.tr("Contact details"))
        self.emails = LabeledListEditor(
            email_labels(),
            add_text=self.tr("Add email"),
            placeholder=self.tr("name@example.com"),
            action_icon="mail",
            action_tip=self.tr("Write an email"),
            parent=section,
        )
        self.phones = LabeledListEditor(
            phone_labels(),
            add_text=self.tr("Add phone"),
            placeholder=self.tr("Phone number"),
            action_icon="call",
            action_tip=self.tr("Call this number"),
            parent=section,
        )
        self.addresses = AddressListEditor(address_labels(), section)
        section.add_row(self.tr("Emails"), self.emails)
        section.add_row(self.tr("Phones"), self.phones)
        section.add_row(self.tr("Addresses"), self.addresses)
        self.emails.committed.connect(
            lambda: self.save_parts(self.emails, Parts(emails=tuple(self.emails.items())), "emails")
        )
        self.phones.committed.connect(
            lambda: self.save_parts(self.phones, Parts(phones=tuple(self.phones.items())), "phones")
        )
        self.addresses.committed.connect(
            lambda: self.save_parts(
                self.addresses, Parts(addresses=tuple(self.addresses.addresses())), "addresses"
            )
        )
        self.emails.action_requested.connect(lambda item: self.open_url(mailto_url(item.value)))
        self.phones.action_requested.connect(
            lambda item: self.open_url(tel_url(item.e164 or item.value))
        )

    def _build_sales(self) -> None:
        section = self.add_section(self.tr("Sales and consent"))
        lifecycle = ChoiceField(section)
        lifecycle.set_choices(lifecycle_labels())
        self.bind(section, "lifecycle", lifecycle)
        self.bind(section, "lead_source", LineField(section))
        self.bind(section, "lead_score", ScoreField(0, 100, section))
        consent = CheckField(self.tr("Agreed to receive marketing"), section)
        self.bind(section, "marketing_consent", consent)
        self.bind(section, "consent_date", DateField(section))
        self.bind(
            section,
            "consent_source",
            LineField(section, placeholder=self.tr("e.g. signed form, website")),
        )

    def _build_about(self) -> None:
        section = self.add_section(self.tr("About"))
        personal = TextAreaField(section, placeholder=self.tr("Family, hobbies, preferences…"))
        self.bind(section, "personal_details", personal)
        self.bind(section, "notes", TextAreaField(section))

    # ------------------------------------------------------------------ values

    def values_of(self, key: str, editor: InlineEditor) -> dict[str, Any]:
        value = editor.value()
        if key == "birthday":
            year, month, day = value
            return {"birthday_year": year, "birthday_month": month, "birthday_day": day}
        if key == "consent_date" and value is not None:
            return {key: datetime.combine(value, time(12)).astimezone()}  # local noon
        return {key: value}

    def populate(self) -> None:
        assert self.record_id is not None
        detail, definitions = load_contact(self.ctx, self.record_id)
        self.detail = detail
        self._populate_header(detail)
        for key in (
            "full_name", "given_name", "family_name", "name_order", "gender", "job_title",
            "department", "lifecycle", "lead_source", "lead_score", "marketing_consent",
            "consent_source", "personal_details", "notes",
        ):  # fmt: skip
            self.set_editor(key, getattr(detail, key))
        birthday = (detail.birthday_year, detail.birthday_month, detail.birthday_day)
        self.set_editor("birthday", birthday)
        consent = detail.consent_date.astimezone().date() if detail.consent_date else None
        self.set_editor("consent_date", consent)
        if not self.rows["company_id"].error:
            self.company.set_company(detail.company_id, detail.company_name)
        if not self.emails.error:
            self.emails.set_items(detail.emails)
        if not self.phones.error:
            self.phones.set_items(detail.phones)
        self.addresses.set_addresses(detail.addresses)
        self.custom.set_fields(definitions, detail.custom)

    def _populate_header(self, detail: ContactDetail) -> None:
        self.header.set_title(detail.full_name)
        self.header.avatar.set_content(text=initials(detail.full_name))
        lifecycle = label_for(detail.lifecycle, lifecycle_labels())
        self.header.set_badge(lifecycle, LIFECYCLE_HUES.get(detail.lifecycle))
        self.header.subtitle.setText(self._subtitle(detail))
        self.header.subtitle.setVisible(bool(self.header.subtitle.text()))
        self.header.tags.set_tags(detail.tags)
        self._fill_reach_menu(self.call_button, detail.phones, self._call)
        self._fill_reach_menu(self.email_button, detail.emails, self._email)

    def _subtitle(self, detail: ContactDetail) -> str:
        job = escape(detail.job_title or "")
        if detail.department:
            job = f"{job} · {escape(detail.department)}" if job else escape(detail.department)
        if detail.company_id is None or not detail.company_name:
            return job
        link = f'<a href="company:{detail.company_id}">{escape(detail.company_name)}</a>'
        if not job:
            return link
        return self.tr("%1 at %2").replace("%1", job).replace("%2", link)

    # ------------------------------------------------------------------ actions

    def _fill_reach_menu(self, button: QPushButton, items: list[Labeled], slot: Any) -> None:
        button.setEnabled(bool(items))
        old = button.menu()
        if len(items) <= 1:
            button.setMenu(None)  # type: ignore[arg-type]
        else:
            menu = QMenu(button)
            for item in items:
                label = label_for(item.label, phone_labels() + email_labels())
                action = menu.addAction(f"{item.value}  ({label})")
                action.triggered.connect(lambda _=False, it=item: slot(it))
            button.setMenu(menu)
        if old is not None:
            old.deleteLater()

    def call_first(self) -> None:
        if self.detail is not None and self.detail.phones:
            self._call(self.detail.phones[0])

    def email_first(self) -> None:
        if self.detail is not None and self.detail.emails:
            self._email(self.detail.emails[0])

    def _call(self, phone: Labeled) -> None:
        self.open_url(tel_url(phone.e164 or phone.value))

    def _email(self, email: Labeled) -> None:
        self.open_url(mailto_url(email.value))

    def log_interaction(self) -> None:
        """Ctrl+L with this person preselected (the dialog lives with the Today page)."""
        handler = getattr(self.window(), "log_interaction_for", None)
        if callable(handler) and self.record_id is not None:
            handler("contact", self.record_id)

    def load_timeline(self, record_id: int) -> None:
        self.timeline.show_contact(record_id)

    def _save_custom(self, key: str, value: object) -> None:
        self.save_values(self.custom.rows[key], {f"custom:{key}": value})

    def add_custom_field(self) -> None:
        def define(label: str, kind: str, choices: list[str] | None) -> None:
            define_custom_field(
                self.host, entity=self.entity, label=label, kind=kind, choices=choices
            )

        if AddFieldDialog(define, self).exec():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.log_button.setStyleSheet(primary_button_css(self.palette()))
        super().changeEvent(event)
