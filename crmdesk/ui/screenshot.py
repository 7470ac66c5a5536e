"""Screenshot mode: render one page offscreen into a PNG and quit (README pictures, checks).

``crmdesk FILE --screenshot OUT.png [--page P] [--lang L] [--theme T] [--size WxH]``; the
arguments are parsed in ``crmdesk.app``; this module checks them and takes the picture once
the event loop has laid the window out.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

PAGES = (
    "today",
    "contacts",
    "companies",
    "pipeline",
    "tickets",
    "orders",
    "reports",
    "dashboard",
    "trash",
)
RECORD_PAGES = ("contact", "company")
SIZE_PATTERN = re.compile(r"^(\d{2,5})x(\d{2,5})$")
MIN_SIDE, MAX_SIDE = 320, 7680
SETTLE_MS = 120  # one round of layout, polish and lazy fetches before the grab
POLL_MS = 50
MAX_WAIT_MS = 15_000  # background reads (the Today page) get this long to come back


@dataclass(frozen=True)
class PageRequest:
    key: str
    argument: str | None = None


def parse_page(text: str) -> PageRequest:
    """``contacts`` or ``contact:12``; raises ValueError with a sentence for anything else."""
    key, _, argument = text.partition(":")
    if key in PAGES and not argument:
        return PageRequest(key)
    if key in RECORD_PAGES and argument.isdigit():
        return PageRequest(key, argument)
    choices = ", ".join([*PAGES, *(f"{k}:ID" for k in RECORD_PAGES)])
    raise ValueError(f"unknown page {text!r} (choose one of {choices})")


def parse_size(text: str) -> tuple[int, int]:
    """``1280x800`` → (1280, 800); raises ValueError with a sentence for anything else."""
    match = SIZE_PATTERN.match(text.strip())
    if match is None:
        raise ValueError(f"bad size {text!r} (write it as WIDTHxHEIGHT, e.g. 1280x800)")
    width, height = int(match.group(1)), int(match.group(2))
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise ValueError(f"bad size {text!r} (each side from {MIN_SIDE} to {MAX_SIDE} pixels)")
    return width, height


def is_busy(window: MainWindow) -> bool:
    """Whether background work is still running: a page that reads off the GUI thread (Today)
    would otherwise be pictured empty, and quitting under a running job loses its result."""
    if QThreadPool.globalInstance().activeThreadCount() > 0:
        return True
    loader = getattr(window.stack.currentWidget(), "loader", None)
    return bool(getattr(loader, "busy", False))


def take_screenshot(
    app: QApplication, window: MainWindow, page: PageRequest, size: tuple[int, int], out: Path
) -> None:
    """Show ``page`` at ``size``; once laid out and its background reads are back, save the
    window to ``out`` and quit."""
    window.resize(*size)
    window.show()
    window.show_page(page.key, page.argument)
    waited = 0

    def grab() -> None:
        picture = window.grab()
        if picture.save(str(out), "PNG"):
            app.exit(0)
            return
        print(f"crmdesk: cannot write the screenshot to {out}", file=sys.stderr)
        app.exit(2)

    def when_idle() -> None:
        nonlocal waited
        if is_busy(window) and waited < MAX_WAIT_MS:
            waited += POLL_MS
            QTimer.singleShot(POLL_MS, when_idle)
            return
        QTimer.singleShot(SETTLE_MS, grab)  # one more round: the result gets painted

    QTimer.singleShot(SETTLE_MS, when_idle)
