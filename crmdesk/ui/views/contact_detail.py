"""A person's page: every field editable in place, emails and phones, tags, and the timeline.

Built on :class:`RecordPage` (saving, errors beside fields, undo, keys). Names are kept as the
user wrote them: the display name plus optional given/family parts and their order, so a
Chinese family-name-first name or a Persian multi-word family name is never split by guesswork.
"""

from __future__ import annotations

from datetime import datetime, time
from html import escape
from typing import Any

from PySide6.QtWidgets import QWidget

from crmdesk.context import AppContext
from crmdesk.services.contacts import ContactDetail
from crmdesk.ui.bidi import isolate, paragraph
from crmdesk.ui.operations.details import find_companies, load_contact
from crmdesk.ui.views.record_page import LIFECYCLE_HUES, RecordPage
from crmdesk.ui.widgets.company_picker import CompanyPicker
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
from crmdesk.ui.widgets.labels import (
    gender_labels,
    label_for,
    lifecycle_labels,
    name_order_labels,
)
from crmdesk.ui.widgets.record_header import initials

PLAIN_FIELDS = (
    "full_name", "given_name", "family_name", "name_order", "gender", "job_title", "department",
    "lifecycle", "lead_source", "lead_score", "marketing_consent", "consent_source",
    "personal_details", "notes",
)  # fmt: skip


class ContactDetailPage(RecordPage):
    """The detail page of one contact."""

    entity = "contact"
    list_page = "contacts"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail: ContactDetail | None = None
        self.build_sections()

    def build_sections(self) -> None:
        self._build_person()
        self._build_work()
        self.build_reach()
        self._build_sales()
        self._build_about()
        self.build_custom()
        self.finish_sections()

    # ------------------------------------------------------------------ building

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
        for key in PLAIN_FIELDS:
            self.set_editor(key, getattr(detail, key))
        birthday = (detail.birthday_year, detail.birthday_month, detail.birthday_day)
        self.set_editor("birthday", birthday)
        consent = detail.consent_date.astimezone().date() if detail.consent_date else None
        self.set_editor("consent_date", consent)
        if not self.rows["company_id"].error:
            self.company.set_company(detail.company_id, detail.company_name)
        self.populate_shared(detail, definitions)

    def _populate_header(self, detail: ContactDetail) -> None:
        self.header.set_title(detail.full_name)
        self.header.avatar.set_content(text=initials(detail.full_name))
        lifecycle = label_for(detail.lifecycle, lifecycle_labels())
        self.header.set_badge(lifecycle, LIFECYCLE_HUES.get(detail.lifecycle))
        self.header.subtitle.setText(self.subtitle(detail))
        self.header.subtitle.setVisible(bool(self.header.subtitle.text()))

    def subtitle(self, detail: ContactDetail) -> str:
        """ "Job title · Department at <Company link>" as rich text, read in the window's
        direction with each value isolated (a Latin job title in Persian keeps its order)."""
        job = " · ".join(isolate(escape(p)) for p in (detail.job_title, detail.department) if p)
        text = job
        if detail.company_id is not None and detail.company_name:
            name = isolate(escape(detail.company_name))
            link = f'<a href="company:{detail.company_id}">{name}</a>'
            text = self.tr("%1 at %2").replace("%1", job).replace("%2", link) if job else link
        return paragraph(text, right_to_left=self.isRightToLeft())

    def load_timeline(self, record_id: int) -> None:
        self.timeline.show_contact(record_id)
