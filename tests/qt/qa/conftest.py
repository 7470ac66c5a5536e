"""Fixtures of the QA tests: UI state in a temp folder, a Persian (right-to-left) interface,
and a way to read text in the order a user sees it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from crmdesk.ui.bidi import MARKS

VisualOrder = Callable[[str, Qt.LayoutDirection], str]


@pytest.fixture(autouse=True)
def ui_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings() writes under the test's folder, never the user's real settings."""
    folder = tmp_path / "settings"
    QCoreApplication.setOrganizationName("crmdesk-tests")
    QCoreApplication.setApplicationName("qa")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[None]:
    """The interface right to left with the Persian locale (digits, dates), as in Persian;
    restored afterwards."""
    locale, direction = QLocale(), qapp.layoutDirection()
    QLocale.setDefault(QLocale("fa_IR"))
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(direction)
    QLocale.setDefault(locale)


@pytest.fixture
def english() -> Iterator[None]:
    """US English number, date and list formats (the test machine's own may be "C")."""
    locale = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(locale)


def visual_order(text: str, direction: Qt.LayoutDirection) -> str:
    """The characters of ``text`` from left to right as a line of that direction draws
    them (invisible direction marks left out): what a user reads, not what is stored."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    flags = QTextLayout.GlyphRunRetrievalFlag
    wanted = flags.RetrieveStringIndexes | flags.RetrieveGlyphPositions
    placed: list[tuple[float, int]] = []
    for run in layout.glyphRuns(-1, -1, wanted):
        for position, index in zip(run.positions(), run.stringIndexes(), strict=False):
            if text[index] not in MARKS:
                placed.append((position.x(), index))
    return "".join(text[index] for _x, index in sorted(placed))


@pytest.fixture
def visual(qapp: QApplication) -> VisualOrder:
    return visual_order
