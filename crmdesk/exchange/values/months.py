"""Month names (folded: lower case, no diacritics) in the languages our users' files use, and
the Persian (Jalali) calendar, which Iranian spreadsheets use for dates like 1402/12/15."""

from __future__ import annotations

from datetime import date

from crmdesk.domain.text import fold

_NAMES: dict[int, str] = {
    1: "january|jan|januar|januara|janvier|enero|gennaio|leden|ledna|januari|"
    "styczen|stycznia|январь|января|ژانویه|جانفی",
    2: "february|feb|februar|februara|fevrier|febrero|febbraio|unor|unora|"
    "februari|luty|lutego|февраль|февраля|فوریه",
    3: "march|mar|marec|marca|marz|mrz|mars|marzo|brezen|brezna|maart|marzec|март|марта|مارس",
    4: "april|apr|aprila|avril|abril|aprile|duben|dubna|kwiecien|kwietnia|апрель|апреля|آوریل",
    5: "may|maj|maja|mai|mayo|maggio|kveten|kvetna|mei|май|мая|مه|می",
    6: "june|jun|juna|juni|juin|junio|giugno|cerven|cervna|czerwiec|czerwca|июнь|июня|ژوئن",
    7: "july|jul|jula|juli|juillet|julio|luglio|cervenec|cervence|lipiec|lipca|"
    "июль|июля|ژوئیه|جولای",
    8: "august|aug|augusta|aout|agosto|srpen|srpna|augustus|sierpien|sierpnia|"
    "август|августа|اوت|آگوست",
    9: "september|sep|sept|septembra|septembre|septiembre|settembre|zari|"
    "wrzesien|wrzesnia|сентябрь|сентября|سپتامبر",
    10: "october|oct|oktober|oktobra|okt|octobre|octubre|ottobre|rijen|rijna|"
    "pazdziernik|pazdziernika|октябрь|октября|اکتبر",
    11: "november|nov|novembra|novembre|noviembre|listopad|listopadu|listopada|"
    "ноябрь|ноября|نوامبر",
    12: "december|dec|decembra|dezember|dez|decembre|diciembre|dicembre|"
    "prosinec|prosince|grudzien|grudnia|декабрь|декабря|دسامبر",
}
_JALALI_NAMES = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)

MONTHS: dict[str, int] = {
    fold(name): month for month, names in _NAMES.items() for name in names.split("|")
}
JALALI_MONTHS: dict[str, int] = {fold(name): index for index, name in enumerate(_JALALI_NAMES, 1)}

#: Years written in the Persian calendar (1300 = 1921, 1499 = 2120); no CRM date is Gregorian
#: 1300-1499, so a year in this range means Jalali.
JALALI_YEARS = range(1300, 1500)


def jalali_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Persian (Jalali) calendar date; ValueError when it is not one."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        raise ValueError("not a Jalali date")
    if month == 12 and day == 30 and not _jalali_leap(year):
        raise ValueError("not a Jalali leap year")
    days = 365 * (year - 1) + _leaps_before(year) + _day_of_year(month, day) - 1
    return date.fromordinal(_JALALI_EPOCH + days)


def _day_of_year(month: int, day: int) -> int:
    return (month - 1) * 31 + day if month <= 7 else 186 + (month - 7) * 30 + day


# The 33-year arithmetic cycle: a close, well-known approximation of the astronomical calendar
# (exact for 1244-1472 AP, i.e. 1865-2094).
_LEAP_REMAINDERS = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
_JALALI_EPOCH = date(622, 3, 21).toordinal()  # calibrated: 1 Farvardin 1403 = 20 March 2024


def _jalali_leap(year: int) -> bool:
    return year % 33 in _LEAP_REMAINDERS


def _leaps_before(year: int) -> int:
    cycles, rest = divmod(year - 1, 33)
    return cycles * 8 + sum(1 for y in range(1, rest + 1) if y % 33 in _LEAP_REMAINDERS)
