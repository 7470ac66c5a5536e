"""crmdesk's own vCard properties: the contact fields vCard has no standard property for.

The vCard export writes them and the vCard reader turns them back into the columns crmdesk's
xlsx export has ("Lifecycle stage", ..., "crmdesk id"), so a vcf re-imports to the same data
and, like an xlsx export, updates the records it came from instead of duplicating them.
They are extension properties (RFC 2426 section 3.8): other address books ignore them.

    X-CRMDESK-ID:3f2a9c1e-17                     "<file tag>-<id>" (the xlsx's hidden column)
    X-CRMDESK-LIFECYCLE:customer
    X-CRMDESK-LEAD-SOURCE:fair
    X-CRMDESK-LEAD-SCORE:80
    X-CRMDESK-MARKETING-CONSENT:TRUE
    X-CRMDESK-CONSENT-DATE:2024-01-05T09:30:00Z
    X-CRMDESK-PERSONAL-DETAILS:Two kids
    X-GENDER:female                              the usual 3.0 form (GENDER is vCard 4.0)
    custom1.X-CRMDESK-CUSTOM;VALUE=float:43      a custom field's value, typed like xlsx cells
    custom1.X-CRMDESK-CUSTOM-LABEL:Shoe size     ... and its field, by label (same group)

The id is text tied to the file the card was exported from (``exchange.file_ids``): an import
into that file updates the record, an import into another one matches the card by its content.
A custom field is named by its label, not its key: the label is what an import into another
file defines the field with (the key follows from it), and as a property value it is escaped
like any text, where a parameter could hold no quote and no non-ASCII key survives readers that
treat parameters as ASCII. Values are text escaped by vobject.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from crmdesk.exchange.fields import target_field
from crmdesk.exchange.source import CellValue

ID_PROPERTY = "X-CRMDESK-ID"
GENDER_PROPERTY = "X-GENDER"
CUSTOM_PROPERTY = "X-CRMDESK-CUSTOM"
CUSTOM_LABEL_PROPERTY = "X-CRMDESK-CUSTOM-LABEL"
CUSTOM_GROUP = "custom"  # custom1, custom2, ...: ties a value to its label
#: (property, contact field = import field key, RFC 2426 value type), in the xlsx's order.
EXTENSIONS = (
    ("X-CRMDESK-LIFECYCLE", "lifecycle", "text"),
    ("X-CRMDESK-LEAD-SOURCE", "lead_source", "text"),
    ("X-CRMDESK-LEAD-SCORE", "lead_score", "integer"),
    ("X-CRMDESK-MARKETING-CONSENT", "marketing_consent", "boolean"),
    ("X-CRMDESK-CONSENT-DATE", "consent_date", "date-time"),
    ("X-CRMDESK-PERSONAL-DETAILS", "personal_details", "text"),
)


def header(field: str) -> str:
    """The column a property becomes: the import field's own label, which the mapping guess
    maps back to that field (``record_id`` gives "crmdesk ID", marking a crmdesk export)."""
    return target_field("contacts", field).label


def value_text(value: Any) -> tuple[str, str]:
    """(property text, RFC 2426 value type) of a stored value; the type decides ``cell``."""
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), "boolean"
    if isinstance(value, int):
        return str(value), "integer"
    if isinstance(value, float | Decimal):
        number = float(value)
        return (str(int(number)) if number.is_integer() else repr(number)), "float"
    if isinstance(value, datetime):
        moment = value.astimezone(UTC) if value.tzinfo else value
        return moment.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if value.tzinfo else ""), "date-time"
    if isinstance(value, date):
        return value.isoformat(), "date"
    return str(value), "text"


def cell(text: str, value_type: str) -> CellValue:
    """A property's text as the cell the xlsx export would have held: a number, a boolean, a
    date; text when it does not read as its type (the import then reports it)."""
    try:
        if value_type == "integer":
            return int(text)
        if value_type == "float":
            number = float(text)
            return number if math.isfinite(number) else text
        if value_type == "date-time":
            return datetime.fromisoformat(text)
        if value_type == "date":
            return date.fromisoformat(text)
    except ValueError:
        return text
    if value_type == "boolean" and text.upper() in ("TRUE", "FALSE"):
        return text.upper() == "TRUE"
    return text
