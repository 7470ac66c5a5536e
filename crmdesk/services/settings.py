"""Settings kept in the file: the default phone region, the default currency, and the file's
identity (set once when the file is made, see ``crmdesk.db.seed``).

(UI state such as window geometry lives in QSettings, not here.)
"""

from __future__ import annotations

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import Setting
from crmdesk.db.seed import DEFAULT_CURRENCY_KEY, DEFAULT_REGION_KEY, FILE_IDENTITY_KEY
from crmdesk.domain.validation import check_currency
from crmdesk.errors import ValidationError


def get_setting(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def check_region(region: str) -> str:
    """An ISO 3166 code phonenumbers knows ("SK", "IR", "CN"), upper-cased."""
    code = region.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(
            f"“{region}” is not a country code like SK, IR or CN.", field="region"
        )
    return code


def default_region(session: Session) -> str | None:
    """The region local phone numbers are read in; None until the user (or locale) set one."""
    value = (get_setting(session, DEFAULT_REGION_KEY) or "").strip()
    return value.upper() if value.upper() in phonenumbers.SUPPORTED_REGIONS else None


def set_default_region(session: Session, region: str) -> None:
    set_setting(session, DEFAULT_REGION_KEY, check_region(region) if region.strip() else "")


def set_default_currency(session: Session, currency: str) -> None:
    set_setting(session, DEFAULT_CURRENCY_KEY, check_currency(currency))


def file_identity(session: Session) -> str | None:
    """This file's random identity (uuid4 hex), which ties its exports' ids to it. Only read:
    the open gate and migration 0003 give every file one, and exports run read-only. None
    only for a file whose settings were damaged by hand."""
    return get_setting(session, FILE_IDENTITY_KEY) or None
