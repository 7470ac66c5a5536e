"""Translated labels for the stored vocabularies (lifecycle, gender, email/phone labels...).

The file holds short English keys ("customer", "mobile"); the UI shows these translations.
A key we do not know (a label typed by the user, an imported one) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.enums import CustomFieldType, Gender, Lifecycle, NameOrder


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def lifecycle_labels() -> list[tuple[str, str]]:
    return [
        (Lifecycle.LEAD, _t("Lead")),
        (Lifecycle.PROSPECT, _t("Prospect")),
        (Lifecycle.CUSTOMER, _t("Customer")),
        (Lifecycle.FORMER, _t("Former customer")),
    ]


def gender_labels() -> list[tuple[str | None, str]]:
    return [
        (None, "—"),
        (Gender.FEMALE, _t("Female")),
        (Gender.MALE, _t("Male")),
        (Gender.OTHER, _t("Other")),
    ]


def name_order_labels() -> list[tuple[str, str]]:
    return [
        (NameOrder.GIVEN_FIRST, _t("Given name first")),
        (NameOrder.FAMILY_FIRST, _t("Family name first")),
    ]


def field_type_labels() -> list[tuple[str, str]]:
    return [
        (CustomFieldType.TEXT, _t("Text")),
        (CustomFieldType.NUMBER, _t("Number")),
        (CustomFieldType.DATE, _t("Date")),
        (CustomFieldType.BOOLEAN, _t("Yes / no")),
        (CustomFieldType.CHOICE, _t("Choice from a list")),
    ]


def email_labels() -> list[tuple[str, str]]:
    return [("work", _t("Work")), ("home", _t("Home")), ("other", _t("Other"))]


def phone_labels() -> list[tuple[str, str]]:
    return [
        ("mobile", _t("Mobile")),
        ("work", _t("Work")),
        ("home", _t("Home")),
        ("fax", _t("Fax")),
        ("other", _t("Other")),
    ]


def address_labels() -> list[tuple[str, str]]:
    return [
        ("work", _t("Work")),
        ("home", _t("Home")),
        ("billing", _t("Billing")),
        ("shipping", _t("Shipping")),
        ("other", _t("Other")),
    ]


def label_for(key: str | None, choices: list[tuple[str, str]]) -> str:
    """The translated label of ``key`` among ``choices``, or ``key`` itself when unknown."""
    for stored, shown in choices:
        if stored == key:
            return shown
    return key or ""


def _field_names() -> dict[str, str]:
    return {
        "full_name": _t("Name"),
        "name": _t("Name"),
        "given_name": _t("Given name"),
        "family_name": _t("Family name"),
        "name_order": _t("Name order"),
        "company_id": _t("Company"),
        "job_title": _t("Job title"),
        "department": _t("Department"),
        "gender": _t("Gender"),
        "birthday": _t("Birthday"),
        "birthday_year": _t("Birth year"),
        "birthday_month": _t("Birthday"),
        "birthday_day": _t("Birthday"),
        "lifecycle": _t("Lifecycle stage"),
        "lead_source": _t("Lead source"),
        "lead_score": _t("Lead score"),
        "marketing_consent": _t("Marketing consent"),
        "consent_date": _t("Consent date"),
        "consent_source": _t("Consent source"),
        "personal_details": _t("Personal details"),
        "notes": _t("Notes"),
        "emails": _t("Emails"),
        "phones": _t("Phones"),
        "addresses": _t("Addresses"),
        "tags": _t("Tags"),
        "custom": _t("Custom fields"),
        "legal_name": _t("Legal name"),
        "industry": _t("Industry"),
        "size": _t("Company size"),
        "website": _t("Website"),
        "tax_id": _t("Tax ID"),
    }


def field_label(field: str) -> str:
    """The translated name of a record field ("job_title" → "Job title")."""
    return _field_names().get(field) or field.replace("_", " ").capitalize()
