"""Which text encoding a csv (or vCard) file uses.

Order: a byte-order mark wins; UTF-16 without a mark is seen from its NUL bytes; text that
decodes as strict UTF-8 is UTF-8; otherwise charset-normalizer chooses among the legacy code
pages our users' programs write (Windows Western/Central European/Cyrillic/Arabic, GB18030,
Big5, Shift_JIS, EUC-KR). Western and Central European code pages decode most bytes alike and
short files tie; the tie is broken by how the letters that differ sit in their words.
"""

from __future__ import annotations

import codecs
import re

from crmdesk.exchange.sniff import utf16_encoding

LEGACY_CANDIDATES = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1256",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_kr",
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# After a Western letter that differs from the Central European one, French/Italian words go on
# like "ère", "ème", "ès", "à " - Slovak/Czech words go on like "čo", "ře", "áč".
_CENTRAL_LETTERS = frozenset("čěřůňľĺťďŕČĚŘŮŇĽĹŤĎŔłŁąĄęĘśŚźŹćĆńŃőŐűŰ")
_WESTERN_CONTEXT = re.compile(r"[^\W\d_aeiouy]{1,2}e|s(?!\w)", re.IGNORECASE)


def detect_encoding(sample: bytes, *, complete: bool) -> str | None:
    """The Python codec name for ``sample``, or None when nothing decodes it.

    ``complete`` says the sample is the whole file (a cut multi-byte character at the end of a
    partial sample is not held against UTF-8).
    """
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    utf16 = utf16_encoding(sample)
    if utf16:
        return utf16
    if _is_utf8(sample, complete=complete):
        return "utf-8"
    return _legacy(sample)


def _is_utf8(sample: bytes, *, complete: bool) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _legacy(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes

    results = list(from_bytes(sample[: 1 << 20], cp_isolation=list(LEGACY_CANDIDATES)))
    if not results:
        return None
    best_chaos = min(result.chaos for result in results)
    calm = [result for result in results if result.chaos <= best_chaos + 0.01]
    best_coherence = max(result.coherence for result in calm)
    tied = [result.encoding for result in calm if result.coherence >= best_coherence - 0.03]
    if "cp1252" in tied and "cp1250" in tied:
        return western_or_central(sample)
    return min(tied, key=lambda name: _rank(name))


def _rank(name: str) -> int:
    return LEGACY_CANDIDATES.index(name) if name in LEGACY_CANDIDATES else len(LEGACY_CANDIDATES)


def western_or_central(sample: bytes) -> str:
    """cp1252 or cp1250 for bytes both decode: vote on each character that differs."""
    try:
        central = sample.decode("cp1250")
    except UnicodeDecodeError:
        return "cp1252"
    try:
        western = sample.decode("cp1252")
    except UnicodeDecodeError:
        return "cp1250"
    votes = 0
    for index, (west, cent) in enumerate(zip(western, central, strict=True)):
        if west == cent:
            continue
        before = western[index - 1] if index else " "
        after = western[index + 1 : index + 3]
        if west in "àÀ" and not (before.isalpha() and after[:1].isalpha()):
            votes += 1  # French "à" stands alone or ends a word; Slovak "ŕ" sits inside one
        elif west in "èÈ":
            votes += 1 if _WESTERN_CONTEXT.match(after) else -1
        else:
            votes += -1 if cent in _CENTRAL_LETTERS else 1
    return "cp1252" if votes >= 0 else "cp1250"
