"""Formula injection: text that a spreadsheet would run as a formula, and how we defuse it.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is treated
as a formula (or DDE command) by Excel, LibreOffice and Google Sheets when the file is opened.
The xlsx export writes such text with ``write_string`` (a string cell is never evaluated); the
csv export prefixes it with an apostrophe, the OWASP advice. The importer removes that apostrophe
again from csv cells, so exporting and re-importing gives back the exact text.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"
_FIRST = "".join(FORMULA_START)  # each start is one character: only the first one counts


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_START)


def guard_csv(text: str) -> str:
    """``text`` as written to a csv cell: an apostrophe in front of formula-like text. Called
    for every text cell of an export, hence the one-character test."""
    return GUARD + text if text and text[0] in _FIRST else text


def unguard_csv(text: str) -> str:
    """The inverse of ``guard_csv`` for a csv cell read back."""
    if text.startswith(GUARD) and text[1:2] and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text
