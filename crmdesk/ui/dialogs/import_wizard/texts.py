"""Translated words of the import wizard that come from the engine's English vocabulary.

The engine names target fields in English (``exchange.fields``); the wizard shows them in the
user's language. Texts are marked with ``QT_TRANSLATE_NOOP("ImportFields", …)`` so lupdate
finds them and translated when shown; a label we do not know is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crmdesk.ui.i18n import QT_TRANSLATE_NOOP
from crmdesk.ui.widgets.labels import field_label

CONTEXT = "ImportFields"
ENTITIES = ("contacts", "companies", "orders")

_FIELD_LABELS = (
    QT_TRANSLATE_NOOP("ImportFields", "crmdesk ID"),
    QT_TRANSLATE_NOOP("ImportFields", "Email"),
    QT_TRANSLATE_NOOP("ImportFields", "Email type"),
    QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    QT_TRANSLATE_NOOP("ImportFields", "Phone type"),
    QT_TRANSLATE_NOOP("ImportFields", "Street"),
    QT_TRANSLATE_NOOP("ImportFields", "City"),
    QT_TRANSLATE_NOOP("ImportFields", "Region / state"),
    QT_TRANSLATE_NOOP("ImportFields", "Postal code"),
    QT_TRANSLATE_NOOP("ImportFields", "Country"),
    QT_TRANSLATE_NOOP("ImportFields", "Address type"),
    QT_TRANSLATE_NOOP("ImportFields", "Customer name"),
    QT_TRANSLATE_NOOP("ImportFields", "Customer email"),
    QT_TRANSLATE_NOOP("ImportFields", "Customer phone"),
    QT_TRANSLATE_NOOP("ImportFields", "Company"),
    QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    QT_TRANSLATE_NOOP("ImportFields", "Tags"),
    QT_TRANSLATE_NOOP("ImportFields", "Full name"),
    QT_TRANSLATE_NOOP("ImportFields", "First name"),
    QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    QT_TRANSLATE_NOOP("ImportFields", "Job title"),
    QT_TRANSLATE_NOOP("ImportFields", "Department"),
    QT_TRANSLATE_NOOP("ImportFields", "Birthday"),
    QT_TRANSLATE_NOOP("ImportFields", "Birth year"),
    QT_TRANSLATE_NOOP("ImportFields", "Birth month"),
    QT_TRANSLATE_NOOP("ImportFields", "Birth day"),
    QT_TRANSLATE_NOOP("ImportFields", "Gender"),
    QT_TRANSLATE_NOOP("ImportFields", "Lifecycle stage"),
    QT_TRANSLATE_NOOP("ImportFields", "Lead source"),
    QT_TRANSLATE_NOOP("ImportFields", "Lead score"),
    QT_TRANSLATE_NOOP("ImportFields", "Marketing consent"),
    QT_TRANSLATE_NOOP("ImportFields", "Consent date"),
    QT_TRANSLATE_NOOP("ImportFields", "Personal details"),
    QT_TRANSLATE_NOOP("ImportFields", "Website"),
    QT_TRANSLATE_NOOP("ImportFields", "Industry"),
    QT_TRANSLATE_NOOP("ImportFields", "Company name"),
    QT_TRANSLATE_NOOP("ImportFields", "Legal name"),
    QT_TRANSLATE_NOOP("ImportFields", "Company size"),
    QT_TRANSLATE_NOOP("ImportFields", "Tax ID"),
    QT_TRANSLATE_NOOP("ImportFields", "Order number"),
    QT_TRANSLATE_NOOP("ImportFields", "Order date"),
    QT_TRANSLATE_NOOP("ImportFields", "Customer number"),
    QT_TRANSLATE_NOOP("ImportFields", "Product"),
    QT_TRANSLATE_NOOP("ImportFields", "SKU"),
    QT_TRANSLATE_NOOP("ImportFields", "Quantity"),
    QT_TRANSLATE_NOOP("ImportFields", "Unit price"),
    QT_TRANSLATE_NOOP("ImportFields", "Total"),
    QT_TRANSLATE_NOOP("ImportFields", "Currency"),
    QT_TRANSLATE_NOOP("ImportFields", "Status"),
)
#: Keys of ``Draft.preview()`` that are not plain record fields.
_PREVIEW = {
    "email": QT_TRANSLATE_NOOP("ImportFields", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "address": QT_TRANSLATE_NOOP("ImportFields", "Address"),
    "company": QT_TRANSLATE_NOOP("ImportFields", "Company"),
    "number": QT_TRANSLATE_NOOP("ImportFields", "Order number"),
    "ordered_on": QT_TRANSLATE_NOOP("ImportFields", "Order date"),
    "total_minor": QT_TRANSLATE_NOOP("ImportFields", "Total"),
    "currency": QT_TRANSLATE_NOOP("ImportFields", "Currency"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "Status"),
    "lines": QT_TRANSLATE_NOOP("ImportFields", "Products"),
    "customer_name": QT_TRANSLATE_NOOP("ImportFields", "Customer name"),
    "customer_email": QT_TRANSLATE_NOOP("ImportFields", "Customer email"),
    "customer_phone": QT_TRANSLATE_NOOP("ImportFields", "Customer phone"),
    "customer_company": QT_TRANSLATE_NOOP("ImportFields", "Company"),
    "full_name": QT_TRANSLATE_NOOP("ImportFields", "Full name"),
    "given_name": QT_TRANSLATE_NOOP("ImportFields", "First name"),
    "family_name": QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "Company name"),
}
_ENTITY_TEXTS = {
    "contacts": (
        QT_TRANSLATE_NOOP("ImportFields", "People"),
        QT_TRANSLATE_NOOP("ImportFields", "contacts"),
    ),
    "companies": (
        QT_TRANSLATE_NOOP("ImportFields", "Companies"),
        QT_TRANSLATE_NOOP("ImportFields", "companies"),
    ),
    "orders": (
        QT_TRANSLATE_NOOP("ImportFields", "Orders"),
        QT_TRANSLATE_NOOP("ImportFields", "orders"),
    ),
}
_DATE_ORDERS = {
    "dmy": QT_TRANSLATE_NOOP("ImportFields", "Day first"),
    "mdy": QT_TRANSLATE_NOOP("ImportFields", "Month first"),
    "ymd": QT_TRANSLATE_NOOP("ImportFields", "Year first"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def target_label(english: str) -> str:
    """A target field's label (``TargetField.label``) in the user's language."""
    return tr(english) if english in _FIELD_LABELS else english


def preview_label(key: str, custom_labels: dict[str, str]) -> str:
    """The column title for a ``Draft.preview()`` key ("custom:<key>" shows its label)."""
    if key.startswith("custom:"):
        return custom_labels.get(key.removeprefix("custom:"), key.removeprefix("custom:"))
    if key in _PREVIEW:
        return tr(_PREVIEW[key])
    return field_label(key)


def entity_title(entity: str) -> str:
    """ "People", "Companies", "Orders": what a file holds."""
    texts = _ENTITY_TEXTS.get(entity)
    return tr(texts[0]) if texts else entity


def entity_noun(entity: str) -> str:
    """ "contacts", "companies", "orders" inside a sentence."""
    texts = _ENTITY_TEXTS.get(entity)
    return tr(texts[1]) if texts else entity


def date_order_label(order: str) -> str:
    return tr(_DATE_ORDERS.get(order, order))
