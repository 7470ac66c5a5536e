"""Mixed-direction text: Persian words, Latin names, phone numbers and emails side by side.

The Unicode bidi algorithm orders a line by its first strong letter and lets neutral
characters (``+``, ``-``, ``.``, ``(``, spaces) take the direction around them. So in a
Persian layout ``+1 312-750-4120`` comes out as ``4120 312-750-1+`` and ``Acme Inc.`` as
``.Acme Inc``; in an English layout ``مدیر at نساجی`` reads backwards when the Persian comes
first. The cure is to *isolate* each inserted value (Unicode isolates, which Qt's text
engine honours): ``left_to_right`` for phones, emails and web addresses (always LTR),
``isolate`` for names and free text (their own first strong letter decides), and
``paragraph`` to make a whole line follow the interface's direction rather than the first
value in it. The marks are invisible and are not kept in the data: only in what is drawn.
"""

from __future__ import annotations

from collections.abc import Iterable

LRM, RLM = "\u200e", "\u200f"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
MARKS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
OPENERS = frozenset("\u202a\u202b\u202d\u202e\u2066\u2067\u2068")


def isolate(text: str) -> str:
    """``text`` in its own direction (from its first strong letter), not bleeding into or
    taking from what is around it. Empty text and text already isolated stay as they are."""
    if not text or text[0] in OPENERS:
        return text
    return f"{FSI}{text}{PDI}"


def left_to_right(text: str) -> str:
    """``text`` always left to right (a phone number, an email, a web address)."""
    if not text or text[0] in OPENERS:
        return text
    return f"{LRI}{text}{PDI}"


def paragraph(text: str, *, right_to_left: bool) -> str:
    """``text`` laid out in the interface's direction whatever its first letter is: a line
    of a Persian window that starts with a Latin name still reads right to left."""
    return f"{RLM if right_to_left else LRM}{text}" if text else text


def without_marks(text: str) -> str:
    """``text`` without direction marks (what the user would copy or compare)."""
    return "".join(ch for ch in text if ch not in MARKS)


def join_isolated(parts: Iterable[str | None], separator: str = " · ") -> str:
    """Non-empty ``parts`` joined by ``separator``, each isolated, so a Persian name, a Latin
    company and an amount keep their own direction and their order in either layout."""
    return separator.join(isolate(part) for part in parts if part)
