"""Translated labels for the stored vocabularies (lifecycle, gender, email/phone labels...).

The file holds short English keys ("customer", "mobile"); the UI shows these translations.
A key we do not know (a label typed by the user, an imported one) is shown as it is.
Texts are marked with ``QT_TRANSLATE_NOOP("Labels", …)`` so lupdate finds them, and
translated when a list is asked for (so a language switch shows the new words).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.enums import (
    CustomFieldType,
    Gender,
    Lifecycle,
    NameOrder,
    OrderStatus,
    TicketStatus,
)
from crmdesk.ui.i18n import QT_TRANSLATE_NOOP

#: Width (in characters) of the label combos beside emails, phones and addresses.
LABEL_CHARS = 6

_LIFECYCLE = (
    (Lifecycle.LEAD, QT_TRANSLATE_NOOP("Labels", "Lead")),
    (Lifecycle.PROSPECT, QT_TRANSLATE_NOOP("Labels", "Prospect")),
    (Lifecycle.CUSTOMER, QT_TRANSLATE_NOOP("Labels", "Customer")),
    (Lifecycle.FORMER, QT_TRANSLATE_NOOP("Labels", "Former customer")),
)
_GENDER = (
    (Gender.FEMALE, QT_TRANSLATE_NOOP("Labels", "Female")),
    (Gender.MALE, QT_TRANSLATE_NOOP("Labels", "Male")),
    (Gender.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
)
_NAME_ORDER = (
    (NameOrder.GIVEN_FIRST, QT_TRANSLATE_NOOP("Labels", "Given name first")),
    (NameOrder.FAMILY_FIRST, QT_TRANSLATE_NOOP("Labels", "Family name first")),
)
_FIELD_TYPES = (
    (CustomFieldType.TEXT, QT_TRANSLATE_NOOP("Labels", "Text")),
    (CustomFieldType.NUMBER, QT_TRANSLATE_NOOP("Labels", "Number")),
    (CustomFieldType.DATE, QT_TRANSLATE_NOOP("Labels", "Date")),
    (CustomFieldType.BOOLEAN, QT_TRANSLATE_NOOP("Labels", "Yes / no")),
    (CustomFieldType.CHOICE, QT_TRANSLATE_NOOP("Labels", "Choice from a list")),
)
_ORDER_STATUS = (
    (OrderStatus.DRAFT, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (OrderStatus.CONFIRMED, QT_TRANSLATE_NOOP("Labels", "Confirmed")),
    (OrderStatus.PAID, QT_TRANSLATE_NOOP("Labels", "Paid")),
    (OrderStatus.SHIPPED, QT_TRANSLATE_NOOP("Labels", "Shipped")),
    (OrderStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (OrderStatus.RETURNED, QT_TRANSLATE_NOOP("Labels", "Returned")),
)
_TICKET_STATUS = (
    (TicketStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (TicketStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (TicketStatus.WAITING, QT_TRANSLATE_NOOP("Labels", "Waiting")),
    (TicketStatus.RESOLVED, QT_TRANSLATE_NOOP("Labels", "Resolved")),
    (TicketStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
)
_WORK = QT_TRANSLATE_NOOP("Labels", "Work")
_HOME = QT_TRANSLATE_NOOP("Labels", "Home")
_OTHER = QT_TRANSLATE_NOOP("Labels", "Other")
_EMAIL = (("work", _WORK), ("home", _HOME), ("other", _OTHER))
_PHONE = (
    ("mobile", QT_TRANSLATE_NOOP("Labels", "Mobile")),
    ("work", _WORK),
    ("home", _HOME),
    ("fax", QT_TRANSLATE_NOOP("Labels", "Fax")),
    ("other", _OTHER),
)
_ADDRESS = (
    ("work", _WORK),
    ("home", _HOME),
    ("billing", QT_TRANSLATE_NOOP("Labels", "Billing")),
    ("shipping", QT_TRANSLATE_NOOP("Labels", "Shipping")),
    ("other", _OTHER),
)
_FIELDS = {
    "full_name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "name": QT_TRANSLATE_NOOP("Labels", "Company name"),
    "given_name": QT_TRANSLATE_NOOP("Labels", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("Labels", "Family name"),
    "name_order": QT_TRANSLATE_NOOP("Labels", "Name order"),
    "company_id": QT_TRANSLATE_NOOP("Labels", "Company"),
    "job_title": QT_TRANSLATE_NOOP("Labels", "Job title"),
    "department": QT_TRANSLATE_NOOP("Labels", "Department"),
    "gender": QT_TRANSLATE_NOOP("Labels", "Gender"),
    "birthday": QT_TRANSLATE_NOOP("Labels", "Birthday"),
    "birthday_year": QT_TRANSLATE_NOOP("Labels", "Birth year"),
    "birthday_month": QT_TRANSLATE_NOOP("Labels", "Birthday"),
    "birthday_day": QT_TRANSLATE_NOOP("Labels", "Birthday"),
    "lifecycle": QT_TRANSLATE_NOOP("Labels", "Lifecycle stage"),
    "lead_source": QT_TRANSLATE_NOOP("Labels", "Lead source"),
    "lead_score": QT_TRANSLATE_NOOP("Labels", "Lead score"),
    "marketing_consent": QT_TRANSLATE_NOOP("Labels", "Marketing consent"),
    "consent_date": QT_TRANSLATE_NOOP("Labels", "Consent date"),
    "consent_source": QT_TRANSLATE_NOOP("Labels", "Consent source"),
    "personal_details": QT_TRANSLATE_NOOP("Labels", "Personal details"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "emails": QT_TRANSLATE_NOOP("Labels", "Emails"),
    "phones": QT_TRANSLATE_NOOP("Labels", "Phones"),
    "addresses": QT_TRANSLATE_NOOP("Labels", "Addresses"),
    "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
    "custom": QT_TRANSLATE_NOOP("Labels", "Custom fields"),
    "legal_name": QT_TRANSLATE_NOOP("Labels", "Legal name"),
    "industry": QT_TRANSLATE_NOOP("Labels", "Industry"),
    "size": QT_TRANSLATE_NOOP("Labels", "Company size"),
    "website": QT_TRANSLATE_NOOP("Labels", "Website"),
    "tax_id": QT_TRANSLATE_NOOP("Labels", "Tax ID"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def _translated(table: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(key, _t(text)) for key, text in table]


def lifecycle_labels() -> list[tuple[str, str]]:
    return _translated(_LIFECYCLE)


def gender_labels() -> list[tuple[str | None, str]]:
    return [(None, "—"), *_translated(_GENDER)]


def name_order_labels() -> list[tuple[str, str]]:
    return _translated(_NAME_ORDER)


def field_type_labels() -> list[tuple[str, str]]:
    return _translated(_FIELD_TYPES)


def order_status_labels() -> list[tuple[str, str]]:
    return _translated(_ORDER_STATUS)


def ticket_status_labels() -> list[tuple[str, str]]:
    return _translated(_TICKET_STATUS)


def email_labels() -> list[tuple[str, str]]:
    return _translated(_EMAIL)


def phone_labels() -> list[tuple[str, str]]:
    return _translated(_PHONE)


def address_labels() -> list[tuple[str, str]]:
    return _translated(_ADDRESS)


def label_for(key: str | None, choices: list[tuple[str, str]]) -> str:
    """The translated label of ``key`` among ``choices``, or ``key`` itself when unknown."""
    for stored, shown in choices:
        if stored == key:
            return shown
    return key or ""


def field_label(field: str) -> str:
    """The translated name of a record field ("job_title" → "Job title")."""
    text = _FIELDS.get(field)
    return _t(text) if text else field.replace("_", " ").capitalize()
