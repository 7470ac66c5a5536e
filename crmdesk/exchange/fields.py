"""The fields an import can fill, per entity: what a column can be mapped to.

Keys are stable (they are stored in saved mappings, ``--mapping MAP.json``); labels are English
and translated by the UI. ``multiple`` fields take several columns (three email columns, a work
and a mobile phone, two street lines); the others take one. Label fields ("email_label") hold
the per-row type of the email/phone/address with the same ``group`` (Google's "E-mail 1 -
Type"). ``record_id`` is crmdesk's own id, written by the export as "<file tag>-<id>" so a
re-import into the same file updates (text: ``file_ids`` decides whether it is this file's).
"""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.errors import ValidationError
from crmdesk.exchange.values import ValueKind as K

ENTITIES = ("contacts", "companies", "orders", "deals", "tickets")


@dataclass(frozen=True, slots=True)
class TargetField:
    key: str
    label: str
    kind: K
    multiple: bool = False
    max_length: int | None = None


def _f(
    key: str, label: str, kind: K = K.TEXT, length: int | None = None, *, many: bool = False
) -> TargetField:
    return TargetField(key, label, kind, many, length)


_ID = _f("record_id", "crmdesk ID", K.TEXT)
_EMAILS = (
    _f("email", "Email", K.EMAIL, 320, many=True),
    _f("email_label", "Email type", K.LABEL, 32, many=True),
)
_PHONES = (
    _f("phone", "Phone", K.PHONE, 64, many=True),
    _f("phone_label", "Phone type", K.LABEL, 32, many=True),
)
_ADDRESS = (
    _f("street", "Street", K.TEXT, 300, many=True),
    _f("city", "City", K.TEXT, 120, many=True),
    _f("region", "Region / state", K.TEXT, 120, many=True),
    _f("postal_code", "Postal code", K.TEXT, 32, many=True),
    _f("country", "Country", K.COUNTRY, many=True),
    _f("address_label", "Address type", K.LABEL, 32, many=True),
)
_CUSTOMER = (
    _f("customer_name", "Customer name", K.TEXT, 300),
    _f("customer_email", "Customer email", K.EMAIL, 320),
    _f("customer_phone", "Customer phone", K.PHONE, 64),
    _f("company", "Company", K.TEXT, 300),
)
_NOTES = _f("notes", "Notes", K.TEXT, None, many=True)
_TAGS = _f("tags", "Tags", K.TAGS, many=True)

FIELDS: dict[str, tuple[TargetField, ...]] = {
    "contacts": (
        _ID,
        _f("full_name", "Full name", K.TEXT, 300),
        _f("given_name", "First name", K.TEXT, 150),
        _f("family_name", "Last name", K.TEXT, 150),
        *_EMAILS,
        *_PHONES,
        _f("company", "Company", K.TEXT, 300),
        _f("job_title", "Job title", K.TEXT, 200),
        _f("department", "Department", K.TEXT, 200),
        *_ADDRESS,
        _f("birthday", "Birthday", K.BIRTHDAY),
        _f("birthday_year", "Birth year", K.INTEGER),
        _f("birthday_month", "Birth month", K.INTEGER),
        _f("birthday_day", "Birth day", K.INTEGER),
        _f("gender", "Gender", K.GENDER),
        _f("lifecycle", "Lifecycle stage", K.LIFECYCLE),
        _f("lead_source", "Lead source", K.TEXT, 100),
        _f("lead_score", "Lead score", K.INTEGER),
        _f("marketing_consent", "Marketing consent", K.BOOLEAN),
        _f("consent_date", "Consent date", K.DATETIME),
        _TAGS,
        _NOTES,
        _f("personal_details", "Personal details", K.TEXT),
        _f("website", "Website", K.URL, 300),
        _f("industry", "Industry", K.TEXT, 100),
    ),
    "companies": (
        _ID,
        _f("name", "Company name", K.TEXT, 300),
        _f("legal_name", "Legal name", K.TEXT, 300),
        _f("industry", "Industry", K.TEXT, 100),
        _f("size", "Company size", K.TEXT, 32),
        _f("website", "Website", K.URL, 300),
        _f("tax_id", "Tax ID", K.TEXT, 64),
        *_EMAILS,
        *_PHONES,
        *_ADDRESS,
        _f("lifecycle", "Lifecycle stage", K.LIFECYCLE),
        _f("lead_source", "Lead source", K.TEXT, 100),
        _TAGS,
        _NOTES,
    ),
    "orders": (
        _ID,
        _f("order_number", "Order number", K.TEXT, 64),
        _f("order_date", "Order date", K.DATE),
        *_CUSTOMER,
        _f("customer_ref", "Customer number", K.TEXT, 64),
        _f("product", "Product", K.TEXT, 300),
        _f("sku", "SKU", K.TEXT, 64),
        _f("quantity", "Quantity", K.DECIMAL),
        _f("unit_price", "Unit price", K.MONEY),
        _f("total", "Total", K.MONEY),
        _f("currency", "Currency", K.CURRENCY),
        _f("status", "Status", K.ORDER_STATUS),
        _NOTES,
    ),
    "deals": (
        _ID,
        _f("title", "Deal title", K.TEXT, 300),
        _f("value", "Value", K.MONEY),
        _f("currency", "Currency", K.CURRENCY),
        _f("stage", "Stage", K.TEXT, 200),
        _f("expected_close", "Expected close", K.DATE),
        _f("closed_at", "Closed on", K.DATE),
        *_CUSTOMER,
        _f("lead_source", "Lead source", K.TEXT, 100),
        _f("lost_reason", "Lost reason", K.TEXT, 300),
        _TAGS,
        _NOTES,
    ),
    "tickets": (
        _ID,
        _f("number", "Ticket number", K.TEXT, 32),
        _f("subject", "Subject", K.TEXT, 300),
        _f("body", "Description", K.TEXT),
        _f("status", "Status", K.TICKET_STATUS),
        _f("priority", "Priority", K.PRIORITY),
        _f("category", "Category", K.TICKET_CATEGORY),
        _f("channel", "Channel", K.CHANNEL),
        _f("opened_at", "Opened", K.DATETIME),
        _f("due_at", "Due", K.DATETIME),
        _f("resolved_at", "Resolved", K.DATETIME),
        _f("resolution", "Resolution", K.TEXT),
        _f("satisfaction", "Satisfaction (1-5)", K.INTEGER),
        *_CUSTOMER,
    ),
}


def target_fields(entity: str) -> tuple[TargetField, ...]:
    """The fields of ``entity`` ("contacts", "companies", "orders", "deals", "tickets")."""
    try:
        return FIELDS[entity]
    except KeyError:
        raise ValidationError(
            f"“{entity}” cannot be imported; choose one of: {', '.join(ENTITIES)}."
        ) from None


def target_field(entity: str, key: str) -> TargetField:
    for candidate in target_fields(entity):
        if candidate.key == key:
            return candidate
    raise ValidationError(f"{entity.capitalize()} have no field “{key}”.", field=key)
