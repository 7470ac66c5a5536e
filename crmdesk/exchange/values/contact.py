"""Values with a vocabulary: phones, emails, countries, and choices such as lifecycle or gender."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache
from typing import TypeVar

from crmdesk.domain.enums import (
    Channel,
    Gender,
    Lifecycle,
    OrderStatus,
    Priority,
    TicketCategory,
    TicketStatus,
)
from crmdesk.domain.phones import Phone, normalize_phone
from crmdesk.domain.text import fold
from crmdesk.domain.validation import normalize_email
from crmdesk.errors import ValidationError
from crmdesk.exchange.source import CellValue
from crmdesk.exchange.values.text import cell_text

E = TypeVar("E", bound=StrEnum)
_EMAIL_SPLIT = re.compile(r"[\s,;،]+")


def parse_phone(value: CellValue, *, region: str | None, field: str = "phone") -> Phone | None:
    """A phone (raw text kept, E.164 computed with ``region`` as the default country).

    Whole-number cells are read as digits (9055551234.0 -> "9055551234")."""
    text = cell_text(value)
    if text is None:
        return None
    return normalize_phone(text, region=region, field=field)


def parse_emails(value: CellValue, *, field: str = "email") -> list[str]:
    """All addresses in a cell ("a@x.sk; b@y.sk", "Ann <ann@x.sk>"), normalised; raises for a
    piece that is not an address."""
    text = cell_text(value)
    if text is None:
        return []
    named = re.findall(r"<([^<>]+@[^<>]+)>", text)
    pieces = named or [piece for piece in _EMAIL_SPLIT.split(text) if piece]
    return [normalize_email(piece.removeprefix("mailto:"), field=field) for piece in pieces]


def parse_email(value: CellValue, *, field: str = "email") -> str | None:
    emails = parse_emails(value, field=field)
    if len(emails) > 1:
        raise ValidationError(
            f"“{cell_text(value)}” holds more than one email address.", field=field
        )
    return emails[0] if emails else None


_COUNTRY_ALIASES = {
    "USA": "US", "U.S.": "US", "U.S.A.": "US", "United States of America": "US", "America": "US",
    "UK": "GB", "U.K.": "GB", "Great Britain": "GB", "England": "GB", "Scotland": "GB",
    "Wales": "GB", "Slovensko": "SK", "Slovak Republic": "SK", "Česko": "CZ",
    "Czech Republic": "CZ", "Czechia": "CZ", "Česká republika": "CZ", "Deutschland": "DE",
    "Österreich": "AT", "Magyarország": "HU", "Polska": "PL", "Россия": "RU", "Україна": "UA",
    "ایران": "IR", "افغانستان": "AF", "عراق": "IQ", "ترکیه": "TR", "امارات": "AE",
    "امارات متحده عربی": "AE", "آلمان": "DE", "آمریکا": "US", "انگلستان": "GB", "انگلیس": "GB",
    "چین": "CN", "فرانسه": "FR", "کانادا": "CA", "هند": "IN", "روسیه": "RU", "ژاپن": "JP",
    "中国": "CN", "中國": "CN", "中华人民共和国": "CN", "香港": "HK", "台湾": "TW", "臺灣": "TW",
    "台灣": "TW", "美国": "US", "英国": "GB", "德国": "DE", "日本": "JP", "韩国": "KR",
    "Korea": "KR", "South Korea": "KR", "Persia": "IR", "Holland": "NL", "Schweiz": "CH",
    "Suisse": "CH", "España": "ES", "Italia": "IT", "Türkiye": "TR", "Turkey": "TR",
}  # fmt: skip
_ISO3 = {
    "USA": "US", "GBR": "GB", "DEU": "DE", "AUT": "AT", "SVK": "SK", "CZE": "CZ", "POL": "PL",
    "HUN": "HU", "FRA": "FR", "ITA": "IT", "ESP": "ES", "NLD": "NL", "BEL": "BE", "CHE": "CH",
    "IRN": "IR", "CHN": "CN", "TWN": "TW", "HKG": "HK", "JPN": "JP", "KOR": "KR", "IND": "IN",
    "RUS": "RU", "UKR": "UA", "TUR": "TR", "ARE": "AE", "SAU": "SA", "CAN": "CA", "AUS": "AU",
    "AFG": "AF", "IRQ": "IQ", "SGP": "SG", "MYS": "MY", "BRA": "BR", "MEX": "MX", "SWE": "SE",
}  # fmt: skip
_COUNTRY_LANGUAGES = ("en", "de", "fr", "es", "it", "pl", "ru", "zh", "ja", "ko", "nl", "sv", "pt")


@cache
def _country_names() -> dict[str, str]:
    """Folded country name -> ISO code, from the locale data phonenumbers ships."""
    import phonenumbers

    locale = _locale_data()
    names: dict[str, str] = {}
    for region in phonenumbers.SUPPORTED_REGIONS:
        for language in _COUNTRY_LANGUAGES:
            name = _region_display_name(locale, region, language)
            if name:
                names.setdefault(fold(name), region)
        names.setdefault(fold(region), region)
    for alias, region in {**_COUNTRY_ALIASES, **_ISO3}.items():
        names[fold(alias)] = region
    return names


def _locale_data() -> dict[str, dict[str, str]]:
    """phonenumbers' region names in every language. Read from its file: importing the module
    imports ``phonenumbers.geodata``, ~100 MB of prefix data this never uses."""
    import sys
    from importlib.machinery import SourceFileLoader
    from pathlib import Path

    import phonenumbers

    name = "phonenumbers.geodata.locale"
    loaded = sys.modules.get(name)
    if loaded is not None:
        data: dict[str, dict[str, str]] = loaded.LOCALE_DATA
        return data
    path = Path(phonenumbers.__file__).parent / "geodata" / "locale.py"
    if not path.is_file():  # a frozen app keeps modules in an archive: import it after all
        from phonenumbers.geodata.locale import LOCALE_DATA

        return LOCALE_DATA
    namespace: dict[str, object] = {"__name__": name, "__package__": "phonenumbers.geodata"}
    code = SourceFileLoader(name, str(path)).get_code(name)
    assert code is not None
    exec(code, namespace)  # phonenumbers' own data module
    found: dict[str, dict[str, str]] = namespace["LOCALE_DATA"]  # type: ignore[assignment]
    return found


def _region_display_name(locale: dict[str, dict[str, str]], region: str, language: str) -> str:
    """``phonenumbers.geocoder._region_display_name``: "*xx" means "the name in language xx"."""
    names = locale.get(region)
    if names is None:
        return ""
    name = names.get(language, "")
    if name.startswith("*"):
        name = names.get(name[1:], "")
    return name


def parse_country(value: CellValue, *, field: str = "country") -> str | None:
    """An ISO 3166 alpha-2 code from a code ("sk", "SVK") or a name in many languages."""
    text = cell_text(value)
    if text is None:
        return None
    region = _country_names().get(fold(text).strip(" ."))
    if region is None:
        raise ValidationError(f"“{text}” is not a country this program knows.", field=field)
    return region


_SYNONYMS: dict[StrEnum, tuple[str, ...]] = {
    Lifecycle.LEAD: ("lead", "subscriber", "new", "marketingqualifiedlead", "salesqualifiedlead",
                     "mql", "sql", "potencialny", "سرنخ", "线索", "潜在客户"),
    Lifecycle.PROSPECT: ("prospect", "opportunity", "qualified", "zaujemca", "مشتری بالقوه",
                         "意向客户", "商机"),
    Lifecycle.CUSTOMER: ("customer", "client", "evangelist", "active", "zakaznik", "klient",
                         "مشتری", "客户", "顾客", "客戶"),
    Lifecycle.FORMER: ("former", "churned", "lost", "inactive", "ex customer", "byvaly",
                       "مشتری سابق", "前客户", "流失"),
    Gender.FEMALE: ("female", "f", "woman", "w", "zena", "z", "weiblich", "zen", "خانم", "女",
                    "女性", "mrs", "ms"),
    Gender.MALE: ("male", "m", "man", "muz", "mannlich", "مرد", "آقا", "男", "男性", "mr"),
    Gender.OTHER: ("other", "diverse", "non-binary", "nonbinary", "x", "ine", "سایر", "其他"),
    Priority.URGENT: ("urgent", "critical", "naliehava", "فوری", "紧急"),
    Priority.HIGH: ("high", "vysoka", "زیاد", "بالا", "高"),
    Priority.NORMAL: ("normal", "medium", "stredna", "متوسط", "中", "普通"),
    Priority.LOW: ("low", "nizka", "کم", "پایین", "低"),
    TicketStatus.OPEN: ("open", "new", "otvoreny", "باز", "打开", "新建"),
    TicketStatus.IN_PROGRESS: ("in progress", "in_progress", "working", "rieši sa", "در حال انجام",
                               "处理中"),
    TicketStatus.WAITING: ("waiting", "pending", "on hold", "caka", "در انتظار", "等待"),
    TicketStatus.RESOLVED: ("resolved", "solved", "fixed", "vyrieseny", "حل شده", "已解决"),
    TicketStatus.CLOSED: ("closed", "done", "uzavrety", "بسته", "已关闭", "关闭"),
    OrderStatus.DRAFT: ("draft", "quote", "koncept", "پیش نویس", "草稿"),
    OrderStatus.CONFIRMED: ("confirmed", "open", "new", "placed", "potvrdena", "تایید شده",
                            "已确认"),
    OrderStatus.PAID: ("paid", "completed", "complete", "zaplatena", "پرداخت شده", "已付款"),
    OrderStatus.SHIPPED: ("shipped", "delivered", "sent", "odoslana", "ارسال شده", "已发货"),
    OrderStatus.CANCELLED: ("cancelled", "canceled", "void", "zrusena", "لغو شده", "已取消"),
    OrderStatus.RETURNED: ("returned", "refunded", "vratena", "مرجوعی", "已退货"),
    TicketCategory.REQUEST: ("request", "poziadavka", "درخواست", "请求"),
    TicketCategory.COMPLAINT: ("complaint", "reklamacia", "staznost", "شکایت", "投诉"),
    TicketCategory.QUESTION: ("question", "otazka", "سوال", "问题"),
    TicketCategory.SUGGESTION: ("suggestion", "idea", "navrh", "پیشنهاد", "建议"),
    Channel.PHONE: ("phone", "call", "telefon", "تلفن", "电话"),
    Channel.EMAIL: ("email", "e-mail", "mail", "ایمیل", "邮件"),
    Channel.IN_PERSON: ("in person", "in_person", "visit", "osobne", "حضوری", "当面"),
    Channel.WEB: ("web", "website", "form", "webform", "وب", "网站"),
    Channel.MESSAGE: ("message", "sms", "chat", "whatsapp", "telegram", "پیام", "消息"),
    Channel.SOCIAL: ("social", "facebook", "instagram", "linkedin", "شبکه اجتماعی", "社交"),
}  # fmt: skip
_CHOICE_WORDS = {(type(member), member.value): words for member, words in _SYNONYMS.items()}


def _choice_key(text: str) -> str:
    return fold(text).replace("-", " ").replace("_", " ")


@cache
def _choice_index(choices: type[StrEnum]) -> dict[str, str]:
    """Folded word -> member value for one enum (synonyms keyed by (enum, value))."""
    index: dict[str, str] = {}
    for member in choices:
        words = (member.value, *_CHOICE_WORDS.get((choices, member.value), ()))
        for word in words:
            index.setdefault(_choice_key(word), member.value)
            index.setdefault(_choice_key(word).replace(" ", ""), member.value)
    return index


def parse_choice(value: CellValue, choices: type[E], *, field: str) -> E | None:
    """A member of ``choices`` from its value or a synonym in our languages."""
    text = cell_text(value)
    if text is None:
        return None
    key = _choice_key(text)
    index = _choice_index(choices)
    found = index.get(key) or index.get(key.replace(" ", ""))
    if found is None:
        allowed = ", ".join(member.value for member in choices)
        raise ValidationError(f"“{text}” is not one of: {allowed}.", field=field)
    return choices(found)
