"""The file's phone region and currency: set from the locale once, edited in Preferences."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.errors import ValidationError
from crmdesk.services import contacts, settings
from crmdesk.services.channels import Labeled
from crmdesk.ui.dialogs.preferences import PreferencesDialog
from crmdesk.ui.operations.settings import (
    BusinessSettings,
    adopt_locale_region,
    read_business_settings,
    save_business_settings,
)
from crmdesk.ui.ops import RecordingHost
from crmdesk.ui.theme import Theme


def test_a_new_file_takes_the_locale_region_once(ctx: AppContext) -> None:
    adopt_locale_region(ctx, "SK")
    adopt_locale_region(ctx, "IR")
    assert read_business_settings(ctx).region == "SK"


def test_local_phone_number_uses_the_file_region(ctx: AppContext) -> None:
    adopt_locale_region(ctx, "IR")
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(
            session, values={"full_name": "مریم"}, phones=[Labeled("mobile", "۰۹۱۲ ۳۴۵ ۶۷۸۹")]
        )
        assert contacts.get_contact(session, contact_id).phones[0].e164 == "+989123456789"


def test_preferences_store_region_and_currency(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = PreferencesDialog(
        "", Theme.SYSTEM, business=BusinessSettings(region=None, currency="EUR")
    )
    qtbot.addWidget(dialog)
    dialog.region.setCurrentIndex(dialog.region.findData("CN"))
    dialog.currency.setText("cny")
    save_business_settings(
        RecordingHost(ctx), region=dialog.chosen_region(), currency=dialog.chosen_currency()
    )
    assert read_business_settings(ctx) == BusinessSettings(region="CN", currency="CNY")


def test_bad_currency_changes_nothing(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="currency code"):
        save_business_settings(RecordingHost(ctx), region="SK", currency="euro")
    with ctx.reading() as session:
        assert settings.default_region(session) is None
