"""The file's business settings (phone region, currency) from the user interface."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale

from crmdesk.context import AppContext
from crmdesk.services import amounts, settings
from crmdesk.ui.ops import OpsHost, read, user_action


@dataclass(frozen=True)
class BusinessSettings:
    region: str | None  # None: not chosen yet
    currency: str


def locale_region() -> str:
    """The region of the user's locale ("SK" for sk_SK); "" when the locale names none."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code if len(code) == 2 else ""


def read_business_settings(ctx: AppContext) -> BusinessSettings:
    return BusinessSettings(
        region=read(ctx, settings.default_region), currency=read(ctx, amounts.default_currency)
    )


def save_business_settings(host: OpsHost, *, region: str, currency: str) -> None:
    """Store both or neither (a bad currency code leaves the region unchanged too)."""
    with user_action(host) as (session, _changes):
        settings.set_default_region(session, region)
        settings.set_default_currency(session, currency)


def adopt_locale_region(ctx: AppContext, region: str | None = None) -> None:
    """A file without a phone region takes the user's locale region, so local numbers parse."""
    region = locale_region() if region is None else region
    if not region or read(ctx, settings.default_region) is not None:
        return
    with ctx.transaction() as session:
        settings.set_default_region(session, region)
