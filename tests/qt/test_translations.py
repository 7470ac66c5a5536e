"""Translations reach Qt's own buttons and the dates the app writes out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from crmdesk import i18n_build
from crmdesk.ui.i18n import LanguageSwitcher
from crmdesk.ui.models.formatting import birthday_text


@pytest.fixture
def switch(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    i18n_build.compile_all()
    switcher = LanguageSwitcher(qapp)
    yield switcher
    switcher.apply("en")


def test_standard_buttons_are_slovak_in_slovak(switch: LanguageSwitcher) -> None:
    switch.apply("sk")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "Zrušiť"


@pytest.mark.parametrize(
    ("language", "expected"), [("en", "12 May"), ("zh_CN", "5月12日"), ("sk", "12. mája")]
)
def test_birthday_without_year_follows_the_language(
    switch: LanguageSwitcher, language: str, expected: str
) -> None:
    switch.apply(language)
    assert birthday_text("--05-12") == expected
