"""What contacts and companies share: labelled emails, phones, addresses, tags, custom values.

`create_*` and `update_*` of both record kinds write these parts the same way, here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.db.models import Company, Contact
from crmdesk.db.types import utcnow
from crmdesk.services import channels, custom_fields, search, tags
from crmdesk.services.changes import CREATED, Changes, apply_fields, log_event
from crmdesk.services.channels import Labeled, PostalAddress


def write_parts(
    session: Session,
    entity: str,
    record: Contact | Company,
    *,
    emails: Sequence[Labeled] | None = None,
    phones: Sequence[Labeled] | None = None,
    addresses: Sequence[PostalAddress] | None = None,
    tag_names: Sequence[str] | None = None,
    custom: Mapping[str, Any] | None = None,
    region: str | None = None,
    batch_id: int | None = None,
) -> bool:
    """Replace the parts given (None leaves a part as it is); return whether any changed.

    Custom values are merged: keys given with an empty value are removed, others kept.
    """
    changed = False
    if custom is not None:
        merged = {**record.custom, **custom_fields.clean_custom(session, entity, custom)}
        merged = {k: v for k, v in merged.items() if not (k in custom and custom[k] in (None, ""))}
        changed |= bool(
            apply_fields(session, record, entity, {"custom": merged}, batch_id=batch_id)
        )
    if emails is not None:
        changed |= channels.set_emails(session, entity, record.id, emails)
    if phones is not None:
        changed |= channels.set_phones(session, entity, record.id, phones, region=region)
    if addresses is not None:
        changed |= channels.set_addresses(session, entity, record.id, addresses)
    if tag_names is not None:
        changed |= tags.set_tags(session, entity, record.id, tag_names)
    return changed


def finish_create(
    session: Session,
    entity: str,
    record: Contact | Company,
    *,
    emails: Sequence[Labeled],
    phones: Sequence[Labeled],
    addresses: Sequence[PostalAddress],
    tag_names: Sequence[str],
    region: str | None,
    batch_id: int | None,
) -> tuple[int, Changes]:
    """After the record row is added: its parts, the change log, search; what changed."""
    session.add(record)
    session.flush()
    write_parts(
        session, entity, record,
        emails=emails, phones=phones, addresses=addresses, tag_names=tag_names, region=region,
    )  # fmt: skip
    log_event(session, entity, record.id, CREATED, batch_id=batch_id)
    search.reindex(session, entity, [record.id])
    return record.id, Changes().add("created", entity, record.id)


def finish_update(
    session: Session, entity: str, record: Contact | Company, changed: bool
) -> Changes:
    """After an update: stamp, reindex and report, or report nothing when nothing changed."""
    if not changed:
        return Changes()
    record.updated_at = utcnow()
    session.flush()
    search.reindex(session, entity, [record.id])
    return Changes().add("updated", entity, record.id)
