"""Qt-wide state a test may change (language, locale, direction, fonts, palette) is put back.

Switching the language sets QLocale's default, the layout direction and the application
font process-wide, and start-up code registers the bundled fonts; without this, a Persian
test would change how the next test's texts are laid out.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _restore_qt_globals(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    direction = qapp.layoutDirection()
    font = qapp.font()
    palette = QPalette(qapp.palette())
    yield
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)
    qapp.setFont(font)
    qapp.setPalette(palette)
    QFontDatabase.removeAllApplicationFonts()
