"""The parts people and companies both have: Call / Email / Log interaction buttons, the
"Contact details" card (emails, phones, addresses) and the custom fields card.

``tel:`` and ``mailto:`` URLs go through ``self.open_url`` (QDesktopServices by default), so a
test can see the URL without starting a phone or mail program.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from crmdesk.context import AppContext
from crmdesk.services.channels import Labeled
from crmdesk.ui.bidi import isolate, left_to_right
from crmdesk.ui.icons import icon
from crmdesk.ui.operations.details import Parts, define_custom_field
from crmdesk.ui.theme import primary_button_css
from crmdesk.ui.views.detail_page import DetailPage
from crmdesk.ui.widgets.address_editor import AddressListEditor
from crmdesk.ui.widgets.contact_links import mailto_url, tel_url
from crmdesk.ui.widgets.custom_fields import AddFieldDialog, CustomFieldsSection
from crmdesk.ui.widgets.labeled_list_editor import LabeledListEditor
from crmdesk.ui.widgets.labels import address_labels, email_labels, label_for, phone_labels

#: Badge hue per lifecycle (lead blue, prospect amber, customer green, former grey).
LIFECYCLE_HUES: dict[str, int | None] = {
    "lead": 212,
    "prospect": 35,
    "customer": 145,
    "former": None,
}


def header_button(icon_name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(icon(icon_name), "", parent)
    button.setMinimumHeight(32)
    return button


class RecordPage(DetailPage):
    """DetailPage plus the header actions, contact details and custom fields."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.emails_now: list[Labeled] = []
        self.phones_now: list[Labeled] = []
        self.log_button = QPushButton(self)
        self.log_button.setIcon(icon("note", QPalette.ColorRole.HighlightedText))
        self.log_button.setProperty("primary", True)
        self.log_button.setStyleSheet(primary_button_css(self.palette()))
        self.log_button.setMinimumHeight(32)
        self.log_button.clicked.connect(self.log_interaction)
        self.call_button = header_button("call", self)
        self.email_button = header_button("mail", self)
        self.call_button.clicked.connect(self.call_first)
        self.email_button.clicked.connect(self.email_first)
        for button in (self.call_button, self.email_button, self.log_button):
            self.header.add_action(button)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.log_button.setText(self.tr("Log interaction"))
        self.log_button.setToolTip(self.tr("Log a call, meeting or note (Ctrl+L)"))
        self.call_button.setText(self.tr("Call"))
        self.email_button.setText(self.tr("Email"))

    # ------------------------------------------------------------------ cards

    def build_reach(self) -> None:
        """The "Contact details" card: emails, phones and addresses, each saved as a list."""
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
        self.emails.committed.connect(self._save_emails)
        self.phones.committed.connect(self._save_phones)
        self.addresses.committed.connect(self._save_addresses)
        self.emails.action_requested.connect(self.write_to)
        for editor in (self.emails, self.phones, self.addresses):
            editor.rows_changed.connect(self.fix_tab_order)
        self.phones.action_requested.connect(self.call)

    def build_custom(self) -> None:
        self.custom = CustomFieldsSection(self.content)
        self.custom.value_committed.connect(self._save_custom)
        self.custom.add_requested.connect(self.add_custom_field)
        self.sections.addWidget(self.custom)

    def _save_emails(self) -> None:
        self.save_parts(self.emails, Parts(emails=tuple(self.emails.items())), "emails")

    def _save_phones(self) -> None:
        self.save_parts(self.phones, Parts(phones=tuple(self.phones.items())), "phones")

    def _save_addresses(self) -> None:
        parts = Parts(addresses=tuple(self.addresses.addresses()))
        self.save_parts(self.addresses, parts, "addresses")

    def _save_custom(self, key: str, value: object) -> None:
        self.save_values(self.custom.rows[key], {f"custom:{key}": value})

    # ------------------------------------------------------------------ showing

    def populate_shared(self, detail: Any, definitions: list[Any]) -> None:
        """Tags, contact details, custom fields and the Call / Email buttons of ``detail``."""
        self.header.tags.set_tags(detail.tags)
        if not self.emails.error:
            self.emails.set_items(detail.emails)
        if not self.phones.error:
            self.phones.set_items(detail.phones)
        self.addresses.set_addresses(detail.addresses)
        if self.custom.set_fields(definitions, detail.custom):
            self.align_labels()
        self.emails_now, self.phones_now = list(detail.emails), list(detail.phones)
        self._fill_menu(self.call_button, self.phones_now, self.call)
        self._fill_menu(self.email_button, self.emails_now, self.write_to)
        self.fix_tab_order()

    def _fill_menu(self, button: QPushButton, items: list[Labeled], slot: Any) -> None:
        """One number: the button calls it; several: the button offers a menu."""
        button.setEnabled(bool(items))
        old = button.menu()
        if len(items) <= 1:
            button.setMenu(None)  # type: ignore[arg-type]
        else:
            menu = QMenu(button)
            for item in items:
                label = label_for(item.label, phone_labels() + email_labels())
                action = menu.addAction(f"{left_to_right(item.value)}  ({isolate(label)})")
                action.triggered.connect(lambda _=False, it=item: slot(it))
            button.setMenu(menu)
        if old is not None:
            old.deleteLater()

    # ------------------------------------------------------------------ actions

    def call_first(self) -> None:
        if self.phones_now:
            self.call(self.phones_now[0])

    def email_first(self) -> None:
        if self.emails_now:
            self.write_to(self.emails_now[0])

    def call(self, phone: Labeled) -> None:
        self.open_url(tel_url(phone.e164 or phone.value))

    def write_to(self, email: Labeled) -> None:
        self.open_url(mailto_url(email.value))

    def log_interaction(self) -> None:
        """Ctrl+L / the button: the log dialog with this customer preselected."""
        handler = getattr(self.window(), "log_interaction_for", None)
        if callable(handler) and self.record_id is not None:
            handler(self.entity, self.record_id)

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
