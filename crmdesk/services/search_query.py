"""Turning what a user typed into safe FTS5 expressions (see services.search).

Nothing the user types is ever passed to FTS5 as syntax: every term is wrapped in double
quotes (inner quotes doubled), so `"`, `a OR`, `*`, `(`, `-x` and `NEAR(` are plain text.
Terms are routed by shape, because no single tokenizer serves all of them:

- three or more characters (not CJK) -> `search_tri` (trigram): substring anywhere, also
  inside emails and phone numbers;
- one or two characters -> `search_words` prefix query (`"ab"*`, served by prefix indexes);
- CJK runs -> `search_words` phrase of single characters (`"王 芳"`), since the indexed text
  has one token per CJK character and trigram cannot match two-character names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crmdesk.domain.text import fold

# The same ranges as crmdesk.domain.text.is_cjk (a test keeps them in step).
CJK_PATTERN = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]"
)
_CJK_RUNS = re.compile(CJK_PATTERN.pattern + "+")
TRIGRAM_MIN = 3
# Control characters (FTS5 reads the expression as a C string: NUL would end it) and lone
# surrogates (not encodable) are treated as spaces.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class CompiledQuery:
    """FTS5 expressions for both tables (None when that table is not needed)."""

    tri: str | None
    words: str | None
    has_cjk: bool
    terms: tuple[str, ...]  # folded terms, for ranking titles


def quote(term: str) -> str:
    """``term`` as an FTS5 string: literal text whatever it contains."""
    return '"' + term.replace('"', '""') + '"'


def words_text(folded: str) -> str:
    """Folded text as written to `search_words`: every CJK character its own token."""
    if folded.isascii():
        return folded
    return _CJK_RUNS.sub(_spaced, folded)


def _spaced(run: re.Match[str]) -> str:
    return " " + " ".join(run.group()) + " "


def _split_runs(term: str) -> tuple[list[str], list[str]]:
    """(CJK runs, other runs) of one whitespace-free term."""
    cjk = _CJK_RUNS.findall(term)
    other = [part for part in _CJK_RUNS.split(term) if part]
    return cjk, other


def compile_query(query: str) -> CompiledQuery | None:
    """Safe FTS5 expressions for ``query``; None when nothing searchable is left."""
    tri: list[str] = []
    words: list[str] = []
    terms: list[str] = []
    has_cjk = False
    for term in fold(_UNSAFE.sub(" ", query)).split():
        cjk_runs, other_runs = _split_runs(term)
        for run in cjk_runs:
            has_cjk = True
            words.append(quote(" ".join(run)))
            terms.append(run)
        for run in other_runs:
            if len(run) >= TRIGRAM_MIN:
                tri.append(quote(run))
                terms.append(run)
                continue
            letters = "".join(ch for ch in run if ch.isalnum())
            if letters:
                words.append(quote(letters) + "*")
                terms.append(letters)
    if not tri and not words:
        return None
    return CompiledQuery(
        tri=" AND ".join(tri) or None,
        words=" AND ".join(words) or None,
        has_cjk=has_cjk,
        terms=tuple(terms),
    )
