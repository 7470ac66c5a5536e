"""vCard (.vcf, 2.1 / 3.0 / 4.0) as one synthetic sheet, so it imports like any spreadsheet.

Row 1 holds fixed headers named like Google Contacts' csv ("Name", "Given Name", "E-mail 1 -
Type", "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value", "Address 1 - Street", ...,
"Birthday", "Categories", "Notes"); row ``n + 1`` is the n-th card. ``guess_mapping`` maps every
header, with "... - Type" columns carrying each email's and phone's label. Only columns some card
fills are present. Birthdays are ``date`` cells, or "--MM-DD" text when the year is missing.
crmdesk's own X-CRMDESK-* properties (``vcard_extensions``) become the columns of crmdesk's xlsx
export after these ("Lifecycle stage", ..., each custom field by its label, "crmdesk ID" last),
so a vcf exported by crmdesk imports back like its xlsx. Photos, sounds, keys and other vendors'
X- properties are not imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from crmdesk.errors import ValidationError
from crmdesk.exchange.readers import vcard_extensions as ext
from crmdesk.exchange.readers.vcard_lines import clean_vcard_text
from crmdesk.exchange.source import CellValue, SheetInfo, SourceFormat, Workbook
from crmdesk.exchange.values.labels import email_label, phone_label

SHEET_NAME = "Contacts"
_FIXED = (
    "Name",
    "Given Name",
    "Additional Name",
    "Family Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "Organization",
    "Department",
    "Job Title",
    "Birthday",
    "Gender",
)
_TAIL = ("Website", "Categories", "Notes")
_EXTENSION_HEADERS = tuple(ext.header(field) for _, field, _ in ext.EXTENSIONS)
_ID_HEADER = ext.header("record_id")
_BUILT_IN = frozenset((*_FIXED, *_TAIL, *_EXTENSION_HEADERS, _ID_HEADER))
_NUMBERED = re.compile(r"^(E-mail|Phone|Address) (\d+) - ")
_ADDRESS_PARTS = ("Street", "City", "Region", "Postal Code", "Country")
_AB_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_BDAY = re.compile(r"^(\d{4}|--)-?(\d{2})-?(\d{2})")


class VcfWorkbook(Workbook):
    """All cards of a .vcf file, parsed when opened (vCard files are small)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path=path, format=SourceFormat.VCF)
        text, self.encoding = clean_vcard_text(path.read_bytes())
        records = [_record(card) for card in _cards(text, path)]
        if not records:
            raise ValidationError(f"“{path.name}” contains no contacts (no BEGIN:VCARD found).")
        self._headers = _headers(records)
        self._rows = [[record.get(header) for header in self._headers] for record in records]
        self.sheets.append(SheetInfo(SHEET_NAME, 0, True, len(records) + 1, len(self._headers)))

    def iter_rows(self, sheet: str) -> Iterator[list[CellValue]]:
        self.sheet(sheet)
        yield list(self._headers)
        yield from (list(row) for row in self._rows)


def _cards(text: str, path: Path) -> list[Any]:
    import vobject

    try:
        return [
            card
            for card in vobject.readComponents(text, ignoreUnreadable=True)
            if card.name.upper() == "VCARD"
        ]
    except (vobject.base.ParseError, ValueError, AttributeError) as error:
        raise ValidationError(f"“{path.name}” is not a valid vCard file ({error}).") from None


def _headers(records: list[dict[str, CellValue]]) -> list[str]:
    used = {key for record in records for key, value in record.items() if value is not None}
    counts = {"E-mail": 0, "Phone": 0, "Address": 0}
    for key in used:
        match = _NUMBERED.match(key)
        if match:
            counts[match.group(1)] = max(counts[match.group(1)], int(match.group(2)))
    headers = [header for header in _FIXED if header in used]
    for kind, parts in (("E-mail", ("Value",)), ("Phone", ("Value",)), ("Address", _ADDRESS_PARTS)):
        for number in range(1, counts[kind] + 1):
            for part in ("Type", *parts):
                header = f"{kind} {number} - {part}"
                if header in used or part == "Type":
                    headers.append(header)
    headers += [header for header in (*_TAIL, *_EXTENSION_HEADERS) if header in used]
    customs = dict.fromkeys(key for record in records for key in record if key in used)
    headers += [key for key in customs if key not in _BUILT_IN and not _NUMBERED.match(key)]
    return headers + ([_ID_HEADER] if _ID_HEADER in used else [])


def _values(card: Any, name: str) -> list[Any]:
    return list(card.contents.get(name.lower(), []))


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = ", ".join(str(part) for part in value if part)
    text = str(value).strip() if value is not None else ""
    return text or None


def _record(card: Any) -> dict[str, CellValue]:
    record: dict[str, CellValue] = {}
    labels = _group_labels(card)
    _names(card, record)
    _organisation(card, record)
    for prefix, prop in (("E-mail", "email"), ("Phone", "tel")):
        lines = sorted(_values(card, prop), key=lambda line: not _is_pref(line))
        for number, line in enumerate(lines, start=1):
            label = _item_label(labels.get(line.group or ""), prop) or _type_label(line, prop)
            record[f"{prefix} {number} - Type"] = label
            value = _text(line.value)
            if value and value.lower().startswith(("tel:", "mailto:")):  # vCard 4.0 URIs
                value = value.split(":", 1)[1]
            record[f"{prefix} {number} - Value"] = value
    _addresses(card, record, labels)
    bday = _values(card, "bday")
    record["Birthday"] = birthday_cell(str(bday[0].value)) if bday else None
    gender = _values(card, "gender") or _values(card, "x-gender")
    record["Gender"] = _first_text(gender, lambda text: text.split(";")[0])
    record["Website"] = _first_text(_values(card, "url"), lambda text: text.replace("\\:", ":"))
    tags = [_text(line.value) for line in _values(card, "categories")]
    record["Categories"] = ", ".join(tag for tag in tags if tag) or None
    notes = [_text(line.value) for line in _values(card, "note")]
    record["Notes"] = "\n".join(note for note in notes if note) or None
    _crmdesk(card, record)
    return record


def _crmdesk(card: Any, record: dict[str, CellValue]) -> None:
    """crmdesk's extension properties, as the columns of its xlsx export (absent elsewhere)."""
    for (name, _, value_type), header in zip(ext.EXTENSIONS, _EXTENSION_HEADERS, strict=True):
        record[header] = _first_cell(_values(card, name), value_type)
    labels = {line.group: _text(line.value) for line in _values(card, ext.CUSTOM_LABEL_PROPERTY)}
    for line in _values(card, ext.CUSTOM_PROPERTY):
        value_type = str(line.params.get("VALUE", ["text"])[0]).lower()
        label = labels.get(line.group) or "Custom field"
        record[_free(record, label)] = _first_cell([line], value_type)
    record[_ID_HEADER] = _first_cell(_values(card, ext.ID_PROPERTY), "text")  # "<tag>-<id>"


def _first_cell(lines: list[Any], value_type: str) -> CellValue:
    text = _text(lines[0].value) if lines else None
    return None if text is None else ext.cell(text, value_type)


def _free(record: dict[str, CellValue], header: str) -> str:
    """``header``, or "header 2", ...: a custom field named like a filled column keeps its
    value apart (crmdesk writes no NICKNAME or URL, so "Nickname" or "Website" stays itself)."""
    candidate, number = header, 2
    while record.get(candidate) is not None:
        candidate, number = f"{header} {number}", number + 1
    return candidate


def _first_text(lines: list[Any], clean: Callable[[str], str]) -> str | None:
    text = _text(lines[0].value) if lines else None
    return clean(text) if text else None


def _names(card: Any, record: dict[str, CellValue]) -> None:
    fn = _values(card, "fn")
    name = _values(card, "n")
    if name:
        parts = name[0].value
        record["Given Name"] = _text(parts.given)
        record["Additional Name"] = _text(parts.additional)
        record["Family Name"] = _text(parts.family)
        record["Name Prefix"] = _text(parts.prefix)
        record["Name Suffix"] = _text(parts.suffix)
    full = _text(fn[0].value) if fn else None
    if full is None:
        from crmdesk.domain.text import contains_cjk

        given, family = record.get("Given Name"), record.get("Family Name")
        pieces = [str(piece) for piece in (given, family) if piece]
        cjk = any(contains_cjk(piece) for piece in pieces)
        full = ("".join(reversed(pieces)) if cjk else " ".join(pieces)) or None
    record["Name"] = full
    nickname = _values(card, "nickname")
    record["Nickname"] = _text(nickname[0].value) if nickname else None


def _organisation(card: Any, record: dict[str, CellValue]) -> None:
    org = _values(card, "org")
    if org:
        parts = org[0].value if isinstance(org[0].value, list) else [org[0].value]
        record["Organization"] = _text(parts[0]) if parts else None
        record["Department"] = _text(parts[1:]) if len(parts) > 1 else None
    title = _values(card, "title")
    record["Job Title"] = _text(title[0].value) if title else None


def _addresses(card: Any, record: dict[str, CellValue], labels: dict[str, str]) -> None:
    lines = sorted(_values(card, "adr"), key=lambda line: not _is_pref(line))
    for number, line in enumerate(lines, start=1):
        adr = line.value
        street = "\n".join(_text(part) or "" for part in (adr.box, adr.extended, adr.street))
        prefix = f"Address {number} - "
        record[prefix + "Type"] = labels.get(line.group or "") or _type_label(line, "adr")
        record[prefix + "Street"] = street.strip("\n") or None
        record[prefix + "City"] = _text(adr.city)
        record[prefix + "Region"] = _text(adr.region)
        record[prefix + "Postal Code"] = _text(adr.code)
        record[prefix + "Country"] = _text(adr.country)


def _types(line: Any) -> list[str]:
    types = [str(item) for value in line.params.get("TYPE", []) for item in str(value).split(",")]
    return [item.strip().upper() for item in types + list(line.singletonparams) if item.strip()]


def _is_pref(line: Any) -> bool:
    return "PREF" in _types(line) or "PREF" in line.params


def _type_label(line: Any, prop: str) -> str | None:
    types = [item for item in _types(line) if item not in ("PREF", "INTERNET", "VOICE", "X400")]
    if not types:
        return None
    text = " ".join(types)
    if prop == "tel":
        return phone_label(text, "other")
    return email_label(text, "other") if prop == "email" else types[0].lower()


def _item_label(label: str | None, prop: str) -> str | None:
    if label is None:
        return None
    if prop == "tel":
        return phone_label(label, label)
    return email_label(label, label) if prop == "email" else label


def _group_labels(card: Any) -> dict[str, str]:
    """Apple's "item1.X-ABLabel:_$!<Mobile>!$_" names the label of the item1.* property."""
    labels: dict[str, str] = {}
    for line in _values(card, "x-ablabel"):
        text = str(line.value)
        match = _AB_LABEL.match(text)
        labels[line.group or ""] = (match.group(1) if match else text).lower()
    return labels


def birthday_cell(text: str) -> CellValue:
    """A vCard BDAY as a ``date``, or "--MM-DD" when the year is missing, or the raw text."""
    match = _BDAY.match(text.strip())
    if not match:
        return text.strip() or None
    year, month, day = match.groups()
    if year == "--":
        return f"--{month}-{day}"
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return text.strip()
