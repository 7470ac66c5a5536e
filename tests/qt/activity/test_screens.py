"""Screenshots of Today, the palette with results and the log dialog — English, Persian (right
to left) and dark — saved as artefacts to look at (``CRMDESK_ARTIFACTS=folder`` keeps them).
The checks are coarse (drawn, right size, mirrored); the pictures are for human eyes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crmdesk import i18n_build
from crmdesk.context import AppContext
from crmdesk.demo import make_demo
from crmdesk.ui.fonts import register_bundled_fonts
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.views.today_page import TodayPage

from .conftest import reload, type_text


@pytest.fixture(scope="module")
def translations() -> list[Path]:
    register_bundled_fonts()  # as the app does at start: CJK and Persian glyphs everywhere
    return i18n_build.compile_all()


@pytest.fixture
def artefacts(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("CRMDESK_ARTIFACTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _save(qtbot: QtBot, widget: QWidget, path: Path) -> QImage:
    qtbot.wait(120)  # one round of layout and polish, as the screenshot mode does
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20, f"{path.name} looks blank"
    return image


@pytest.mark.slow
@pytest.mark.parametrize(("language", "theme"), [("en", "light"), ("fa", "light"), ("en", "dark")])
def test_screens_of_today_the_palette_and_the_log_dialog(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, artefacts: Path,
    translations: list[Path], language: str, theme: str,
) -> None:  # fmt: skip
    with ctx.transaction() as session:
        make_demo(session, contacts=300, seed=3)
    window.set_language(language)
    window.set_theme(theme)
    window.resize(1280, 800)
    page = window.show_page("today")
    assert isinstance(page, TodayPage)
    reload(qtbot, page)
    tag = f"{language}-{theme}"
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert rtl == (language == "fa")
    _save(qtbot, window, artefacts / f"today-{tag}.png")
    palette = window.quick.show_palette()
    assert palette is not None
    type_text(palette.edit, "علي" if rtl else "nov")
    palette.run_query()
    assert any(entry.selectable for entry in palette.model.entries())
    _save(qtbot, window, artefacts / f"palette-{tag}.png")
    palette.close_palette()
    window.quick.log_interaction_for("contact", 1)
    dialog = window.quick.log_dialog
    assert dialog is not None
    dialog.follow_up.setChecked(True)
    qtbot.waitExposed(dialog)
    _save(qtbot, dialog, artefacts / f"log-dialog-{tag}.png")
    dialog.reject()
