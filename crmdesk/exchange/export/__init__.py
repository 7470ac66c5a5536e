"""Export any list, segment or the whole file to xlsx, csv or vCard (no Qt).

- ``export_list(session, path, entity=..., format=..., criteria=/segment=/ids=)``: one list
  (contacts, companies, orders, deals, tickets) in the list's order; ``criteria`` is the list's
  filter (``ContactFilter``, ``CompanyFilter``, ``TicketFilter`` or its JSON form), ``segment``
  a saved filter's name, ``ids`` an explicit selection. vCard: contacts only.
- ``export_everything(session, path)``: the whole file as one xlsx, one sheet per entity.

Rows are read and written a chunk of records at a time (xlsxwriter in constant_memory mode),
so 100,000 records need little memory. The file appears only when complete: it is written
next to the target and renamed at the end, so a failed or cancelled export leaves no half file.
Every table has a hidden "crmdesk id" column ("<file tag>-<id>", ``file_ids``): re-importing
into the same file updates instead of duplicating; another file matches the rows by content.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import Deal, Order
from crmdesk.errors import ValidationError
from crmdesk.exchange.export.people import company_table, contact_table
from crmdesk.exchange.export.records import deal_table, order_table, ticket_table
from crmdesk.exchange.export.tables import ID_HEADER, Table
from crmdesk.jobs.control import JobControl

__all__ = [
    "ENTITIES",
    "FORMATS",
    "ID_HEADER",
    "ExportResult",
    "export_everything",
    "export_list",
    "select_ids",
]

ENTITIES = ("contacts", "companies", "orders", "deals", "tickets")
FORMATS = ("xlsx", "csv", "vcf")
_TABLES: dict[str, Callable[[Session, list[int]], Table]] = {
    "contacts": contact_table,
    "companies": company_table,
    "orders": order_table,
    "deals": deal_table,
    "tickets": ticket_table,
}
_SEGMENT_ENTITY = {"contacts": "contact", "companies": "company", "tickets": "ticket"}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    records: dict[str, int]  # entity -> records exported
    rows: dict[str, int] = field(default_factory=dict)  # sheet -> rows (orders: one per line)
    truncated: int = 0  # xlsx cells cut at Excel's 32,767 characters


def select_ids(
    session: Session, entity: str, *, criteria: Any = None, segment: str | None = None
) -> list[int]:
    """Ids of the live records a list shows for ``criteria`` (or saved ``segment``), in order."""
    if entity not in ENTITIES:
        raise ValidationError(
            f"“{entity}” cannot be exported; choose one of {', '.join(ENTITIES)}."
        )
    if segment is not None:
        if entity not in _SEGMENT_ENTITY:
            raise ValidationError(f"There are no saved filters of {entity}.")
        from crmdesk.services.segments import find_segment

        criteria = find_segment(session, entity=_SEGMENT_ENTITY[entity], name=segment).criteria
    everything = 1 << 62
    if entity == "contacts":
        from crmdesk.services.contact_list import ContactFilter, ContactSort, contact_id_page

        flt = _filter(ContactFilter, criteria)
        return contact_id_page(session, flt, ContactSort(), offset=0, limit=everything)
    if entity == "companies":
        from crmdesk.services.company_list import CompanyFilter, CompanySort, company_id_page

        flt = _filter(CompanyFilter, criteria)
        return company_id_page(session, flt, CompanySort(), offset=0, limit=everything)
    if entity == "tickets":
        from crmdesk.services.ticket_list import TicketFilter, TicketSort, ticket_id_page

        flt = _filter(TicketFilter, criteria)
        return ticket_id_page(session, flt, TicketSort(), offset=0, limit=everything)
    if criteria:
        raise ValidationError(f"The list of {entity} has no filters to export by.")
    model = Order if entity == "orders" else Deal
    query = select(model.id).where(model.deleted_at.is_(None)).order_by(model.id)
    return list(session.scalars(query))


def _filter(kind: Any, criteria: Any) -> Any:
    if criteria is None:
        return kind()
    if isinstance(criteria, dict):
        return kind.from_criteria(criteria)
    if not isinstance(criteria, kind):
        raise ValidationError("That filter belongs to another list.")
    return criteria


def export_list(
    session: Session,
    path: str | os.PathLike[str],
    *,
    entity: str,
    format: str,
    criteria: Any = None,
    segment: str | None = None,
    ids: list[int] | None = None,
    control: JobControl | None = None,
) -> ExportResult:
    """Write one list to ``path`` as ``format`` ("xlsx", "csv" or "vcf")."""
    if format not in FORMATS:
        raise ValidationError(f"“{format}” is not an export format ({', '.join(FORMATS)}).")
    if format == "vcf" and entity != "contacts":
        raise ValidationError("vCard files hold people: only contacts can be exported as vcf.")
    if ids is None:
        ids = select_ids(session, entity, criteria=criteria, segment=segment)
    target = Path(path)
    from crmdesk.exchange.export.output import write_file

    return write_file(session, target, format, [_TABLES[entity](session, ids)], control)


def export_everything(
    session: Session, path: str | os.PathLike[str], *, control: JobControl | None = None
) -> ExportResult:
    """The whole file (live records) as one xlsx with a sheet per entity."""
    tables = [_TABLES[entity](session, select_ids(session, entity)) for entity in ENTITIES]
    from crmdesk.exchange.export.output import write_file

    return write_file(session, Path(path), "xlsx", tables, control)
