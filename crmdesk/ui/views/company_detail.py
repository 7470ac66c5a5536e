"""An organisation's page: its fields, emails and phones, tags, its people and its timeline.

The timeline of a company includes everything about its people. Clicking a person (or
pressing Enter on one) opens their page.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyleOptionViewItem,
    QWidget,
)

from crmdesk.context import AppContext
from crmdesk.services.changes import Changes
from crmdesk.services.companies import CompanyDetail, Person
from crmdesk.ui.bidi import isolate, join_isolated, left_to_right, paragraph
from crmdesk.ui.delegates.text_delegate import IsolatingDelegate
from crmdesk.ui.icons import icon
from crmdesk.ui.operations.details import load_company
from crmdesk.ui.views.record_page import LIFECYCLE_HUES, RecordPage
from crmdesk.ui.widgets.contact_links import website_url
from crmdesk.ui.widgets.inline_editors import ChoiceField, LineField, TextAreaField
from crmdesk.ui.widgets.labels import label_for, lifecycle_labels

SIZES = ("1-10", "11-50", "51-200", "201-500", "501-1000", "1000+")
PLAIN_FIELDS = (
    "name", "legal_name", "industry", "size", "website", "tax_id", "lifecycle", "lead_source",
    "notes",
)  # fmt: skip
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
PARTS_ROLE = Qt.ItemDataRole.UserRole + 2  # (name, job title) drawn each in its direction
SEPARATOR = "  ·  "
VISIBLE_PEOPLE = 8


class _PeopleDelegate(IsolatingDelegate):
    """Name and job title each keep their direction: a Latin title beside a Persian name."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        parts = index.data(PARTS_ROLE)
        if parts:
            option.text = join_isolated(parts, SEPARATOR)


class PeopleList(QListWidget):
    """The company's people: name and job title; a click or Enter opens the person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName(self.tr("People"))
        self.setItemDelegate(_PeopleDelegate(self))

    def set_people(self, people: list[Person]) -> None:
        self.clear()
        for person in people:
            parts = tuple(p for p in (person.full_name, person.job_title) if p)
            item = QListWidgetItem(icon("contacts"), SEPARATOR.join(parts))
            item.setData(PARTS_ROLE, parts)
            item.setData(PERSON_ROLE, person.contact_id)
            item.setToolTip(self.tr("Open %1").replace("%1", person.full_name))
            self.addItem(item)
        rows = min(max(len(people), 1), VISIBLE_PEOPLE)
        self.setFixedHeight(rows * max(self.sizeHintForRow(0), 24) + 4)

    def person_ids(self) -> list[int]:
        return [int(self.item(i).data(PERSON_ROLE)) for i in range(self.count())]


class CompanyDetailPage(RecordPage):
    """The detail page of one company."""

    entity = "company"
    list_page = "companies"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail: CompanyDetail | None = None
        self.header.avatar.set_content(icon_name="companies")
        self.build_sections()

    def build_sections(self) -> None:
        self._build_company()
        self._build_people()
        self.build_reach()
        notes = self.add_section(self.tr("Notes"))
        self.bind(notes, "notes", TextAreaField(notes))
        self.build_custom()
        self.finish_sections()

    def _build_company(self) -> None:
        section = self.add_section(self.tr("Company"))
        self.bind(section, "name", LineField(section))
        self.bind(section, "legal_name", LineField(section))
        self.bind(section, "industry", LineField(section))
        size = ChoiceField(section)
        size.set_choices([(None, "—"), *((s, s) for s in SIZES)])
        self.bind(section, "size", size)
        website = LineField(section, placeholder="example.com")
        website.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a web address reads LTR
        self.bind(section, "website", website)
        self.bind(section, "tax_id", LineField(section))
        lifecycle = ChoiceField(section)
        lifecycle.set_choices([(None, "—"), *lifecycle_labels()])
        self.bind(section, "lifecycle", lifecycle)
        self.bind(section, "lead_source", LineField(section))

    def _build_people(self) -> None:
        self.people_section = self.add_section(self.tr("People"))
        self.people = PeopleList(self.people_section)
        self.people.itemClicked.connect(self._open_person)
        self.people.itemActivated.connect(self._open_person)
        self.people_note = QLabel(self.people_section)
        self.people_note.setWordWrap(True)
        self.people_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.people_section.add_wide(self.people)
        self.people_section.add_wide(self.people_note)

    def populate(self) -> None:
        assert self.record_id is not None
        detail, definitions = load_company(self.ctx, self.record_id)
        self.detail = detail
        self._populate_header(detail)
        for key in PLAIN_FIELDS:
            self.set_editor(key, getattr(detail, key))
        self._populate_people(detail)
        self.populate_shared(detail, definitions)

    def _populate_header(self, detail: CompanyDetail) -> None:
        self.header.set_title(detail.name)
        lifecycle = label_for(detail.lifecycle, lifecycle_labels()) if detail.lifecycle else ""
        self.header.set_badge(lifecycle, LIFECYCLE_HUES.get(detail.lifecycle or ""))
        parts = [isolate(escape(p)) for p in (detail.industry, detail.size) if p]
        if detail.website:
            url = website_url(detail.website).toString()
            shown = left_to_right(escape(detail.website))
            parts.append(f'<a href="{escape(url)}">{shown}</a>')
        text = " · ".join(parts)
        self.header.subtitle.setText(paragraph(text, right_to_left=self.isRightToLeft()))
        self.header.subtitle.setVisible(bool(parts))

    def _populate_people(self, detail: CompanyDetail) -> None:
        self.people.set_people(detail.people)
        self.people.setVisible(bool(detail.people))
        count = QLocale().toString(detail.people_count)
        title = self.tr("People (%1)").replace("%1", count)
        self.people_section.title.setText(title if detail.people_count else self.tr("People"))
        if not detail.people:
            note = self.tr("Nobody from this company yet. Set a person's company on their page.")
        elif detail.people_count > len(detail.people):
            hidden = detail.people_count - len(detail.people)
            note = self.tr("and %Ln more (see the contact list)", "", hidden)
        else:
            note = ""
        self.people_note.setText(note)
        self.people_note.setVisible(bool(note))

    def _open_person(self, item: QListWidgetItem) -> None:
        self.open_record.emit("contact", int(item.data(PERSON_ROLE)))

    def load_timeline(self, record_id: int) -> None:
        people = self.detail.people if self.detail is not None else []
        self.timeline.show_company(record_id, {p.contact_id: p.full_name for p in people})

    def touches_record(self, changes: Changes) -> bool:
        """A person joining, leaving or renamed changes this page too."""
        return super().touches_record(changes) or changes.touches("contact")
