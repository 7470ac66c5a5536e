"""Folding rules that make search and duplicate matching work across scripts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.text import contains_cjk, digits_only, fold


def test_fold_removes_slovak_diacritics_and_case() -> None:
    assert fold("Žilina") == fold("zilina") == "zilina"
    assert fold("KOŠICE") == "kosice"


def test_fold_unifies_arabic_and_persian_yeh_and_kaf() -> None:
    assert fold("علي") == fold("علی")
    assert fold("كريم") == fold("کریم")


def test_fold_ignores_zero_width_non_joiner() -> None:
    assert fold("می\u200cخواهم") == fold("میخواهم")


def test_fold_maps_persian_and_arabic_indic_digits_to_ascii() -> None:
    assert fold("۰۹۱۲") == "0912"
    assert fold("٠٩١٢") == "0912"


def test_fold_keeps_chinese_characters() -> None:
    assert fold("王芳") == "王芳"
    assert contains_cjk("王芳") and not contains_cjk("Wang Fang")


def test_digits_only_reads_persian_digits() -> None:
    assert digits_only("+98 (۹۱۲) ۳۴۵-۶۷۸۹") == "989123456789"


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
