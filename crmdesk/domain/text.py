"""Text folding for search and matching: one function decides when two strings "are the same".

`zilina` must find `Žilina`, `علي` must find `علی`, `۰۹۱۲` must find `0912`. Folding is applied
both to what is indexed and to what is typed, so the rules only have to be consistent.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that are mapped before decomposition.
_CHAR_MAP = str.maketrans(
    {
        "\u064a": "\u06cc",  # Arabic yeh -> Persian yeh
        "\u0649": "\u06cc",  # alef maksura -> Persian yeh
        "\u0643": "\u06a9",  # Arabic kaf -> Persian keheh
        "\u0629": "\u0647",  # teh marbuta -> heh
        "\u06c0": "\u0647",  # heh with yeh above -> heh
        "\u0623": "\u0627",  # alef with hamza above -> alef
        "\u0625": "\u0627",  # alef with hamza below -> alef
        "\u0622": "\u0627",  # alef with madda -> alef
        "\u0671": "\u0627",  # alef wasla -> alef
        "\u0624": "\u0648",  # waw with hamza -> waw
        "\u0626": "\u06cc",  # yeh with hamza -> yeh
        "\u0131": "i",  # dotless i
        "\u00df": "ss",
        "\u0142": "l",  # Polish/Slovak-adjacent l with stroke (no decomposition)
        "\u0141": "l",
        "\u00f8": "o",
        "\u00d8": "o",
        "\u0111": "d",
        "\u0110": "d",
        "\u00e6": "ae",
        "\u00c6": "ae",
        "\u0153": "oe",
        "\u0152": "oe",
        # Persian and Arabic-Indic digits -> ASCII
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
    }
)

# Removed entirely: ZWNJ, ZWJ, tatweel, bidi marks, soft hyphen, BOM.
_DROP = dict.fromkeys(
    map(ord, "\u200c\u200d\u0640\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u00ad\ufeff")
)

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold case, diacritics, Arabic/Persian letter variants, digits and invisible marks.

    The result is meant for comparison and indexing only, never for display.
    """
    if not text:
        return ""
    text = text.translate(_DROP).translate(_CHAR_MAP)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Decomposition may expose characters mapped above (e.g. NFKD of presentation forms).
    folded = stripped.translate(_CHAR_MAP).casefold()
    return _SPACES.sub(" ", folded).strip()


def is_cjk(ch: str) -> bool:
    """True for Han ideographs, kana and hangul: scripts written without spaces between words."""
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x3400 <= code <= 0x4DBF  # CJK extension A
        or 0x4E00 <= code <= 0x9FFF  # CJK unified
        or 0xAC00 <= code <= 0xD7AF  # hangul syllables
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= code <= 0x2FA1F  # extensions B..
    )


def contains_cjk(text: str) -> bool:
    return any(is_cjk(ch) for ch in text)


def digits_only(text: str) -> str:
    """ASCII digits of ``text`` after folding Persian/Arabic digits (for phone matching)."""
    return "".join(ch for ch in fold(text) if ch.isascii() and ch.isdigit())
