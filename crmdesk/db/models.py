"""The whole crmdesk data model, designed for the full product (see product.md).

Conventions:
- timestamps are UTC (`UTCDateTime`); plain dates (birthday, expected close, order date) are dates;
- money is exact: integer minor units plus an ISO 4217 currency code;
- records users can delete carry `deleted_at` (the trash); emptying the trash removes them;
- enum columns hold the string values of `crmdesk.domain.enums`;
- `import_batch_id` marks rows an import created, so the import can be undone as a whole.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from crmdesk.db.types import DecimalText, UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads this class attribute)
        datetime: UTCDateTime(),
        Decimal: DecimalText(),
        dict[str, Any]: JSON,
    }


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Trashable(Timestamped):
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)


def _fk(target: str, *, cascade: bool = False) -> Any:
    return ForeignKey(target, ondelete="CASCADE" if cascade else "SET NULL")


# --------------------------------------------------------------------------- settings, tags


class Setting(Base):
    """Business settings kept in the file (default region, currency); UI state is in QSettings."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    folded: Mapped[str] = mapped_column(String(100), unique=True)
    color: Mapped[str | None] = mapped_column(String(16))


class ContactTag(Base):
    __tablename__ = "contact_tags"
    contact_id: Mapped[int] = mapped_column(_fk("contacts.id", cascade=True), primary_key=True)
    tag_id: Mapped[int] = mapped_column(_fk("tags.id", cascade=True), primary_key=True)
    __table_args__ = (Index("ix_contact_tags_tag", "tag_id", "contact_id"),)


class CompanyTag(Base):
    __tablename__ = "company_tags"
    company_id: Mapped[int] = mapped_column(_fk("companies.id", cascade=True), primary_key=True)
    tag_id: Mapped[int] = mapped_column(_fk("tags.id", cascade=True), primary_key=True)
    __table_args__ = (Index("ix_company_tags_tag", "tag_id", "company_id"),)


class DealTag(Base):
    __tablename__ = "deal_tags"
    deal_id: Mapped[int] = mapped_column(_fk("deals.id", cascade=True), primary_key=True)
    tag_id: Mapped[int] = mapped_column(_fk("tags.id", cascade=True), primary_key=True)
    __table_args__ = (Index("ix_deal_tags_tag", "tag_id", "deal_id"),)


class CustomFieldDef(Base):
    """A user-defined typed field; values live in the record's `custom` JSON under `key`."""

    __tablename__ = "custom_field_defs"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))  # contact | company
    key: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(16))  # CustomFieldType
    choices: Mapped[list[str] | None] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(default=0)
    __table_args__ = (UniqueConstraint("entity", "key", name="uq_custom_field_defs_entity_key"),)


# --------------------------------------------------------------------------- customers


class Company(Trashable, Base):
    __tablename__ = "companies"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    sort_name: Mapped[str] = mapped_column(String(300))
    legal_name: Mapped[str | None] = mapped_column(String(300))
    industry: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[str | None] = mapped_column(String(32))  # "1-10", "11-50", ...
    website: Mapped[str | None] = mapped_column(String(300))
    tax_id: Mapped[str | None] = mapped_column(String(64))
    lifecycle: Mapped[str | None] = mapped_column(String(16))
    lead_source: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    custom: Mapped[dict[str, Any]] = mapped_column(default=dict)
    import_batch_id: Mapped[int | None] = mapped_column(_fk("import_batches.id"))

    contacts: Mapped[list[Contact]] = relationship(back_populates="company")
    emails: Mapped[list[EmailAddress]] = relationship(
        cascade="all, delete-orphan", order_by="EmailAddress.position"
    )
    phones: Mapped[list[PhoneNumber]] = relationship(
        cascade="all, delete-orphan", order_by="PhoneNumber.position"
    )
    addresses: Mapped[list[Address]] = relationship(
        cascade="all, delete-orphan", order_by="Address.position"
    )

    __table_args__ = (
        Index("ix_companies_live_sort_name", "deleted_at", "sort_name", "id"),
        Index("ix_companies_import_batch", "import_batch_id"),
    )


class Contact(Trashable, Base):
    """A person. `full_name` is the name as the user wrote it and is what we display.

    `given_name`/`family_name` are kept only when the source had them separately; we never
    split a full name by guesswork (Chinese names are family-name-first, Persian names have
    multi-word family names).
    """

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(300))
    given_name: Mapped[str | None] = mapped_column(String(150))
    family_name: Mapped[str | None] = mapped_column(String(150))
    name_order: Mapped[str] = mapped_column(String(16), default="given_first")
    sort_name: Mapped[str] = mapped_column(String(300))
    company_id: Mapped[int | None] = mapped_column(_fk("companies.id"))
    job_title: Mapped[str | None] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200))
    gender: Mapped[str | None] = mapped_column(String(16))
    birthday_year: Mapped[int | None] = mapped_column(Integer)
    birthday_month: Mapped[int | None] = mapped_column(Integer)
    birthday_day: Mapped[int | None] = mapped_column(Integer)
    lifecycle: Mapped[str] = mapped_column(String(16), default="lead")
    lead_source: Mapped[str | None] = mapped_column(String(100))
    lead_score: Mapped[int | None] = mapped_column(Integer)
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[datetime | None] = mapped_column()
    consent_source: Mapped[str | None] = mapped_column(String(200))
    personal_details: Mapped[str | None] = mapped_column(Text)  # family, hobbies, preferences
    notes: Mapped[str | None] = mapped_column(Text)
    custom: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Denormalised on purpose: "sorted by last interaction" must be an index scan at 1M rows.
    # Kept in step by services.interactions in the same transaction as the interaction.
    last_interaction_at: Mapped[datetime | None] = mapped_column()
    import_batch_id: Mapped[int | None] = mapped_column(_fk("import_batches.id"))

    company: Mapped[Company | None] = relationship(back_populates="contacts")
    emails: Mapped[list[EmailAddress]] = relationship(
        cascade="all, delete-orphan", order_by="EmailAddress.position"
    )
    phones: Mapped[list[PhoneNumber]] = relationship(
        cascade="all, delete-orphan", order_by="PhoneNumber.position"
    )
    addresses: Mapped[list[Address]] = relationship(
        cascade="all, delete-orphan", order_by="Address.position"
    )

    __table_args__ = (
        CheckConstraint("lead_score IS NULL OR lead_score BETWEEN 0 AND 100", name="lead_score"),
        CheckConstraint("birthday_month IS NULL OR birthday_month BETWEEN 1 AND 12", name="bmonth"),
        CheckConstraint("birthday_day IS NULL OR birthday_day BETWEEN 1 AND 31", name="bday"),
        Index("ix_contacts_live_sort_name", "deleted_at", "sort_name", "id"),
        Index("ix_contacts_live_last_interaction", "deleted_at", "last_interaction_at", "id"),
        Index("ix_contacts_live_created", "deleted_at", "created_at", "id"),
        Index("ix_contacts_company", "company_id"),
        Index("ix_contacts_lifecycle", "lifecycle", "sort_name"),
        Index("ix_contacts_birthday", "birthday_month", "birthday_day", "deleted_at"),
        Index("ix_contacts_import_batch", "import_batch_id"),
    )


class EmailAddress(Base):
    """An email of a contact or of a company (exactly one owner)."""

    __tablename__ = "emails"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(_fk("contacts.id", cascade=True))
    company_id: Mapped[int | None] = mapped_column(_fk("companies.id", cascade=True))
    label: Mapped[str] = mapped_column(String(32), default="work")
    email: Mapped[str] = mapped_column(String(320))
    normalized: Mapped[str] = mapped_column(String(320))  # lower-cased, for duplicate matching
    position: Mapped[int] = mapped_column(default=0)
    __table_args__ = (
        CheckConstraint("(contact_id IS NULL) <> (company_id IS NULL)", name="one_owner"),
        Index("ix_emails_normalized", "normalized"),
        Index("ix_emails_contact", "contact_id", "position"),
        Index("ix_emails_company", "company_id", "position"),
    )


class PhoneNumber(Base):
    """A phone as typed (`raw`) plus its E.164 form when it could be parsed."""

    __tablename__ = "phones"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(_fk("contacts.id", cascade=True))
    company_id: Mapped[int | None] = mapped_column(_fk("companies.id", cascade=True))
    label: Mapped[str] = mapped_column(String(32), default="mobile")
    raw: Mapped[str] = mapped_column(String(64))
    e164: Mapped[str | None] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(default=0)
    __table_args__ = (
        CheckConstraint("(contact_id IS NULL) <> (company_id IS NULL)", name="one_owner"),
        Index("ix_phones_e164", "e164"),
        Index("ix_phones_contact", "contact_id", "position"),
        Index("ix_phones_company", "company_id", "position"),
    )


class Address(Base):
    __tablename__ = "addresses"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(_fk("contacts.id", cascade=True))
    company_id: Mapped[int | None] = mapped_column(_fk("companies.id", cascade=True))
    label: Mapped[str] = mapped_column(String(32), default="work")
    street: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(120))
    region: Mapped[str | None] = mapped_column(String(120))
    postal_code: Mapped[str | None] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    position: Mapped[int] = mapped_column(default=0)
    __table_args__ = (
        CheckConstraint("(contact_id IS NULL) <> (company_id IS NULL)", name="one_owner"),
        Index("ix_addresses_contact", "contact_id"),
        Index("ix_addresses_company", "company_id"),
    )


# --------------------------------------------------------------------------- activity


class Interaction(Trashable, Base):
    __tablename__ = "interactions"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # InteractionKind
    occurred_at: Mapped[datetime] = mapped_column()
    direction: Mapped[str] = mapped_column(String(16), default="none")
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(300))
    contact_id: Mapped[int | None] = mapped_column(_fk("contacts.id"))
    company_id: Mapped[int | None] = mapped_column(_fk("companies.id"))
    deal_id: Mapped[int | None] = mapped_column(_fk("deals.id"))
    ticket_id: Mapped[int | None] = mapped_column(_fk("tickets.id"))
    __table_args__ = (
        CheckConstraint("duration_minutes IS NULL OR duration_minutes >= 0", name="duration"),
        Index("ix_interactions_contact", "contact_id", "occurred_at"),
        Index("ix_interactions_company", "company_id", "occurred_at"),
        Index("ix_interactions_deal", "deal_id", "occurred_at"),
        Index("ix_interactions_ticket", "ticket_id", "occurred_at"),
        Index("ix_interactions_occurred", "occurred_at"),
    )


class Task(Trashable, Base):
    __tablename__ = "tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    due_at: Mapped[datetime | None] = mapped_column()
    done_at: Mapped[datetime | None] = mapped_column()
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    contact_id: Mapped[int | None] = mapped_column(_fk("contacts.id"))
    company_id: Mapped[int | None] = mapped_column(_fk("companies.id"))
    deal_id: Mapped[int | None] = mapped_column(_fk("deals.id"))
    ticket_id: Mapped[int | None] = mapped_column(_fk("tickets.id"))
    interaction_id: Mapped[int | None] = mapped_column(_fk("interactions.id"))  # follow-up of
    __table_args__ = (
        Index("ix_tasks_open_due", "done_at", "due_at"),
        Index("ix_tasks_contact", "contact_id"),
        Index("ix_tasks_company", "company_id"),
        Index("ix_tasks_deal", "deal_id"),
    )


# --------------------------------------------------------------------------- pipeline


class Pipeline(Base):
    __tablename__ = "pipelines"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    stages: Mapped[list[Stage]] = relationship(
        back_populates="pipeline", order_by="Stage.position", cascade="all, delete-orphan"
    )


class Stage(Base):
    __tablename__ = "stages"
    id: Mapped[int] = mapped_column(primary_key=True)
    pipeline_id: Mapped[int] = mapped_column(_fk("pipelines.id", cascade=True))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    probability: Mapped[int] = mapped_column(default=0)  # percent, 0..100
    is_won: Mapped[bool] = mapped_column(Boolean, default=False)
    is_lost: Mapped[bool] = mapped_column(Boolean, default=False)
    pipeline: Mapped[Pipeline] = relationship(back_populates="stages")
    __table_args__ = (
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability"),
        CheckConstraint("NOT (is_won AND is_lost)", name="won_or_lost"),
        Index("ix_stages_pipeline", "pipeline_id", "position"),
    )


class Deal(Trashable, Base):
    __tablename__ = "deals"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id", ondelete="RESTRICT"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(default=0)  # order of the card within its stage
    value_minor: Mapped[int] = mapped_column(default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    expected_close: Mapped[date | None] = mapped_column(Date)
    contact_id: Mapped[int | None] = mapped_column(_fk("contacts.id"))
    company_id: Mapped[int | None] = mapped_column(_fk("companies.id"))
    lead_source: Mapped[str | None] = mapped_column(String(100))
    lost_reason: Mapped[str | None] = mapped_column(String(300))
    closed_at: Mapped[datetime | None] = mapped_column()
    notes: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[int | None] = mapped_column(_fk("import_batches.id"))
    __table_args__ = (
        Index("ix_deals_stage_position", "stage_id", "position"),
        Index("ix_deals_contact", "contact_id"),
        Index("ix_deals_company", "company_id"),
        Index("ix_deals_expected_close", "expected_close"),
        Index("ix_deals_closed", "closed_at"),
    )


class DealStakeholder(Base):
    __tablename__ = "deal_stakeholders"
    deal_id: Mapped[int] = mapped_column(_fk("deals.id", cascade=True), primary_key=True)
    contact_id: Mapped[int] = mapped_column(_fk("contacts.id", cascade=True), primary_key=True)
    role: Mapped[str] = mapped_column(String(64), default="")  # decision maker, champion, ...
    __table_args__ = (Index("ix_deal_stakeholders_contact", "contact_id"),)


class DealCompetitor(Base):
    __tablename__ = "deal_competitors"
    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(_fk("deals.id", cascade=True), index=True)
    name: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


# --------------------------------------------------------------------------- tickets, orders


class Ticket(Trashable, Base):
    __tablename__ = "tickets"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)  # shown as T-000123
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    category: Mapped[str] = mapped_column(String(16), default="request")
    channel: Mapped[str | None] = mapped_column(String(16))
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    due_at: Mapped[datetime | None] = mapped_column()
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolution: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[int | None] = mapped_column(Integer)  # 1..5
    contact_id: Mapped[int | None] = mapped_column(_fk("contacts.id"))
    company_id: Mapped[int | None] = mapped_column(_fk("companies.id"))
    import_batch_id: Mapped[int | None] = mapped_column(_fk("import_batches.id"))
    __table_args__ = (
        CheckConstraint(
            "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="satisfaction"
        ),
        Index("ix_tickets_status_opened", "status", "opened_at"),
        Index("ix_tickets_contact", "contact_id"),
        Index("ix_tickets_company", "company_id"),
        Index("ix_tickets_due", "due_at"),
    )


class Order(Trashable, Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(64))
    ordered_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="confirmed")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    # Sum of the lines, or the total as imported when the source had no lines.
    total_minor: Mapped[int] = mapped_column(default=0)
    contact_id: Mapped[int | None] = mapped_column(_fk("contacts.id"))
    company_id: Mapped[int | None] = mapped_column(_fk("companies.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[int | None] = mapped_column(_fk("import_batches.id"))
    lines: Mapped[list[OrderLine]] = relationship(
        cascade="all, delete-orphan", order_by="OrderLine.position"
    )
    __table_args__ = (
        Index("ix_orders_contact", "contact_id", "ordered_on"),
        Index("ix_orders_company", "company_id", "ordered_on"),
        Index("ix_orders_ordered_on", "ordered_on"),
        Index("ix_orders_number", "number"),
    )


class OrderLine(Base):
    __tablename__ = "order_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(_fk("orders.id", cascade=True), index=True)
    position: Mapped[int] = mapped_column(default=0)
    product: Mapped[str] = mapped_column(String(300))
    sku: Mapped[str | None] = mapped_column(String(64))
    quantity: Mapped[Decimal] = mapped_column(default=Decimal(1))
    unit_price_minor: Mapped[int] = mapped_column(default=0)
    total_minor: Mapped[int] = mapped_column(default=0)


# --------------------------------------------------------------------------- bookkeeping


class ImportBatch(Base):
    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(500))  # file name as chosen by the user
    entity: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column()
    undone_at: Mapped[datetime | None] = mapped_column()
    rows: Mapped[int] = mapped_column(default=0)
    created: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    skipped: Mapped[int] = mapped_column(default=0)
    failed: Mapped[int] = mapped_column(default=0)
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)  # mapping, policies, region


class ImportBatchItem(Base):
    """One record an import created or changed; `before` holds overwritten fields for undo."""

    __tablename__ = "import_batch_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(_fk("import_batches.id", cascade=True))
    entity: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[int] = mapped_column()
    action: Mapped[str] = mapped_column(String(16))  # created | updated
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    __table_args__ = (Index("ix_import_batch_items_batch", "batch_id", "entity"),)


class ChangeLogEntry(Base):
    """Who-changed-what history; feeds the timeline's "field changed" entries."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[int] = mapped_column()
    field: Mapped[str] = mapped_column(
        String(64)
    )  # "*created", "*deleted", "*restored", or a field
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    batch_id: Mapped[int | None] = mapped_column(_fk("import_batches.id"))
    __table_args__ = (Index("ix_change_log_record", "entity", "record_id", "changed_at"),)


class Segment(Base):
    """A saved filter ("segment"): a named set of list criteria for one entity."""

    __tablename__ = "segments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(16), default="contact")
    criteria: Mapped[dict[str, Any]] = mapped_column(default=dict)
    position: Mapped[int] = mapped_column(default=0)
    __table_args__ = (UniqueConstraint("entity", "name", name="uq_segments_entity_name"),)


class SearchDoc(Base):
    """One searchable record; its folded text lives in the FTS tables (see services.search)."""

    __tablename__ = "search_docs"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[int] = mapped_column()
    title: Mapped[str] = mapped_column(String(300))
    subtitle: Mapped[str | None] = mapped_column(String(300))
    __table_args__ = (UniqueConstraint("entity", "record_id", name="uq_search_docs_entity_record"),)
