"""Fixed vocabularies stored as short strings in the database.

StrEnum values are what the file holds; labels for the UI are translated in the ui layer.
"""

from __future__ import annotations

from enum import StrEnum


class Lifecycle(StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    FORMER = "former"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class InteractionKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    MESSAGE = "message"
    VISIT = "visit"
    NOTE = "note"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    NONE = "none"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class TicketStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"


class TicketCategory(StrEnum):
    REQUEST = "request"
    COMPLAINT = "complaint"
    QUESTION = "question"
    SUGGESTION = "suggestion"


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    IN_PERSON = "in_person"
    WEB = "web"
    MESSAGE = "message"
    SOCIAL = "social"


class OrderStatus(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"
    RETURNED = "returned"


class CustomFieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    BOOLEAN = "boolean"
    CHOICE = "choice"


class Entity(StrEnum):
    """Record kinds that appear in the change log, search, trash and import batches."""

    CONTACT = "contact"
    COMPANY = "company"
    INTERACTION = "interaction"
    TASK = "task"
    DEAL = "deal"
    TICKET = "ticket"
    ORDER = "order"


class NameOrder(StrEnum):
    """How a person's name parts are displayed: given-first (Western) or family-first (CJK)."""

    GIVEN_FIRST = "given_first"
    FAMILY_FIRST = "family_first"
