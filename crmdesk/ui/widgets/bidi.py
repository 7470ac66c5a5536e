"""Keeping Latin text (emails, phone numbers, English messages) in order in a Persian layout.

In a right-to-left layout Qt orders a neutral-led text by the paragraph's direction, so
``+421 905…`` shows its plus at the end and ``Tatra s.r.o.`` its final dot at the start. A text
with no right-to-left letters is wrapped in a left-to-right embedding; others are left alone.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtGui import QGuiApplication

LRE, PDF = "\u202a", "\u202c"


def left_to_right(text: str) -> str:
    """``text`` kept left to right inside a right-to-left layout when it has no right-to-left
    letters; unchanged in a left-to-right layout."""
    if not text or not QGuiApplication.isRightToLeft():
        return text
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return text
    return f"{LRE}{text}{PDF}"
