"""Bundled fonts: registered at start so Persian, Chinese and Slovak never show empty boxes.

The files in ``resources/fonts/`` are TrueType outlines (reportlab embeds the same files for
PDF reports): Noto Sans (Latin, Greek, Cyrillic with every diacritic), Vazirmatn (Persian and
Arabic, with Latin) and WenQuanYi Micro Hei (CJK). Licences sit beside them.

The application font keeps the system's UI family first and appends ours as fallbacks, so a
machine that has good fonts keeps its native look; Persian puts Vazirmatn first because many
system fonts carry only rough Arabic-script glyphs. Headless platforms (screenshots, tests)
have no real UI font, so there Noto Sans leads.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from crmdesk.paths import resource_path

log = logging.getLogger(__name__)

LATIN = "Noto Sans"
PERSIAN = "Vazirmatn"
CJK = "WenQuanYi Micro Hei"

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "Vazirmatn-Regular.ttf",
    "Vazirmatn-Bold.ttf",
    "wqy-microhei.ttc",
)
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal"})
HEADLESS_POINT_SIZE = 10.0


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database; return the families now available."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load bundled font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def family_order(language: str, system_family: str, *, headless: bool) -> list[str]:
    """Font families in fallback order for ``language`` (``en``, ``fa``, ``zh_CN``, ``sk``)."""
    order: list[str] = []
    if language == "fa":
        order.append(PERSIAN)
    if headless:
        order.append(LATIN)
    order.extend([system_family, LATIN, PERSIAN, CJK])
    unique: list[str] = []
    for family in order:
        if family and family not in unique:
            unique.append(family)
    return unique


def apply_app_font(app: QGuiApplication, language: str) -> QFont:
    """Give ``app`` a font whose fallbacks cover every script crmdesk speaks."""
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    headless = app.platformName() in HEADLESS_PLATFORMS
    font = QFont(system)
    font.setFamilies(family_order(language, system.family(), headless=headless))
    if headless:
        font.setPointSizeF(max(system.pointSizeF(), HEADLESS_POINT_SIZE))
    app.setFont(font)
    return font
