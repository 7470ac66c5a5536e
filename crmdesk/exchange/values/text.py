"""Text-like cells: plain text, booleans and tag lists.

Postal codes, phone numbers and ids are text: a text cell keeps its leading zeros ("06652"),
and a whole number cell prints without ".0". (A number cell shown as "06083" only through its
number format has lost its zero in the file itself; it is read as "6083".)
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

from crmdesk.domain.text import fold
from crmdesk.errors import ValidationError
from crmdesk.exchange.source import CellValue

_DIGITS = str.maketrans(
    {
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic
        **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width
    }
)


def fold_digits(text: str) -> str:
    """Persian, Arabic-Indic and full-width digits as ASCII; everything else unchanged."""
    return text.translate(_DIGITS)


def cell_text(value: CellValue) -> str | None:
    """A cell as text for a text field: stripped, None when empty; 1234.0 prints as "1234",
    dates in ISO form, booleans as "TRUE"/"FALSE" (as Excel shows them)."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        return text or None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal):
        return format(value.normalize() if value == value.to_integral() else value, "f")
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


_TRUE_WORDS = (
    "yes", "y", "true", "t", "1", "x", "✓", "✔", "☑", "on", "ok", "checked", "opted in",
    "opt-in", "subscribed", "wahr", "ja", "ano", "tak", "oui", "si", "sí", "da", "да", "是",
    "对", "對", "有", "真", "بله", "آری", "آره", "هست", "نعم", "صحیح",
)  # fmt: skip
_FALSE_WORDS = (
    "no", "n", "false", "f", "0", "✗", "✘", "☐", "off", "unchecked", "opted out", "opt-out",
    "unsubscribed", "falsch", "nein", "nie", "ne", "non", "нет", "否", "不", "不是", "错", "錯",
    "无", "無", "假", "خیر", "نه", "نیست", "لا", "غلط",
)  # fmt: skip
_TRUE = frozenset(fold(word) for word in _TRUE_WORDS)
_FALSE = frozenset(fold(word) for word in _FALSE_WORDS)
_BLANK = frozenset({"", "-", "–", "—", "n/a", "na", "?"})


def parse_bool(value: CellValue, *, field: str = "value") -> bool | None:
    """A yes/no cell in any of our languages (WAHR/FALSCH, áno/nie, 是/否, بله/خیر, x, ✓)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal) and value in (0, 1):
        return bool(value)
    text = fold(str(value))
    if text in _BLANK:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValidationError(f"“{str(value).strip()}” is not yes or no.", field=field)


_TAG_SPLIT = re.compile(r"\s*(?:[,;،、؛；，\n|]|:::)\s*")  # ":::" joins Google's groups


def split_tags(value: CellValue) -> list[str]:
    """Tags from one cell, split on , ; ، 、 (and their full-width forms, | and new lines);
    duplicates (after folding) and empty pieces dropped, order kept."""
    text = cell_text(value)
    if not text:
        return []
    seen: set[str] = set()
    tags: list[str] = []
    for piece in _TAG_SPLIT.split(text):
        tag = piece.strip().lstrip("#*").strip()  # "#vip", Google's "* myContacts"
        key = fold(tag)
        if tag and key not in seen:
            seen.add(key)
            tags.append(tag)
    return tags
