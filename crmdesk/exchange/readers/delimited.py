"""csv / tsv / semicolon files: encoding and delimiter detected, rows streamed from disk.

Every cell is text (``str``) or None: csv has no types, so "0042" keeps its zeros and the value
rules decide later what a cell means. An Excel ``sep=;`` first line sets the delimiter and is
not a row. Line ends may be LF, CRLF or CR alone (classic Mac).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from crmdesk.errors import ValidationError
from crmdesk.exchange.readers.encoding import detect_encoding
from crmdesk.exchange.source import CellValue, SheetInfo, SourceFormat, Workbook

DELIMITERS = ",;\t|"
_SAMPLE = 1 << 20  # bytes used for detection; files up to _WHOLE are checked completely
_WHOLE = 8 << 20
_FIELD_LIMIT = 16 << 20
_SEP_HINT = re.compile(r'^\ufeff?"?sep=(.)"?\s*$', re.IGNORECASE)
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]|\u00e2\u20ac")


class CsvWorkbook(Workbook):
    """A delimited text file as a workbook of one sheet named after the file."""

    def __init__(self, path: Path) -> None:
        super().__init__(path=path, format=SourceFormat.CSV)
        size = path.stat().st_size
        with path.open("rb") as handle:
            sample = handle.read(_WHOLE if size <= _WHOLE else _SAMPLE)
        complete = len(sample) >= size
        self.encoding = detect_encoding(sample, complete=complete)
        if self.encoding is None:
            raise ValidationError(f"The text encoding of “{path.name}” could not be recognised.")
        text = _decode(sample, self.encoding, complete=complete, name=path.name)
        self._skip_first, self.delimiter = _delimiter(text, path)
        self._check_text(text)
        first = _first_record(text, self.delimiter, skip=self._skip_first)
        lines = max(1, text.count("\n") or text.count("\r"))
        rows = lines if complete else int(lines * size / max(1, len(sample)))
        self.sheets.append(SheetInfo(path.stem, 0, True, rows, len(first)))

    def _check_text(self, text: str) -> None:
        if "\x00" in text:
            raise ValidationError(f"“{self.path.name}” contains binary data; it is not a csv file.")
        if "\ufffd" in text:
            self.warnings.append(
                f"“{self.path.name}” already contains damaged characters (�): some text was "
                "garbled before the file was saved and will be imported as it is."
            )
        elif _MOJIBAKE.search(text):
            self.warnings.append(
                f"Some text in “{self.path.name}” looks garbled (like “Ã©” for “é”): the file "
                "was probably converted with the wrong encoding before it was saved."
            )

    def iter_rows(self, sheet: str) -> Iterator[list[CellValue]]:
        self.sheet(sheet)
        csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
        number = 0
        try:
            with self.path.open(encoding=self.encoding, newline="") as handle:
                reader = csv.reader(handle, delimiter=self.delimiter or ",")
                if self._skip_first:
                    next(reader, None)
                for number, record in enumerate(reader, start=1):  # noqa: B007 - used below
                    yield [value if value else None for value in record]
        except UnicodeDecodeError:
            raise ValidationError(
                f"“{self.path.name}” is not consistently {self.encoding} text (after row "
                f"{number}). Save it again as “CSV UTF-8” and import that file."
            ) from None
        except csv.Error as error:
            raise ValidationError(
                f"“{self.path.name}” could not be read as csv after row {number}: {error}."
            ) from None


def _decode(sample: bytes, encoding: str, *, complete: bool, name: str) -> str:
    try:
        return str(codecs.getincrementaldecoder(encoding)().decode(sample, final=complete))
    except UnicodeDecodeError:
        raise ValidationError(f"“{name}” is not valid {encoding} text.") from None


def _delimiter(text: str, path: Path) -> tuple[bool, str]:
    """(skip the first line, delimiter): Excel's ``sep=`` hint, else the most consistent one."""
    first_line = text.split("\n", 1)[0].split("\r", 1)[0]
    hint = _SEP_HINT.match(first_line)
    if hint:
        return True, hint.group(1)
    preferred = "\t" if path.suffix.lower() in (".tsv", ".tab") else _sniffed(text)
    scores = {delimiter: _consistency(text, delimiter) for delimiter in DELIMITERS}
    best = max(scores.values())
    if best == (0.0, 0):
        return False, preferred or ","
    if preferred and scores[preferred] == best:
        return False, preferred
    return False, max(DELIMITERS, key=lambda delimiter: scores[delimiter])


def _sniffed(text: str) -> str | None:
    try:
        return csv.Sniffer().sniff(text[:65536], delimiters=DELIMITERS).delimiter
    except csv.Error:
        return None


def _consistency(text: str, delimiter: str) -> tuple[float, int]:
    """(share of the first records having the usual field count, that count) when above 1."""
    reader = csv.reader(io.StringIO(text[:262144], newline=""), delimiter=delimiter)
    counts: Counter[int] = Counter()
    try:
        for index, record in enumerate(reader):
            if index >= 200:
                break
            if record:
                counts[len(record)] += 1
    except csv.Error:
        return (0.0, 0)
    if not counts:
        return (0.0, 0)
    fields, seen = counts.most_common(1)[0]
    if fields < 2:
        return (0.0, 0)
    return (round(seen / sum(counts.values()), 2), fields)


def _first_record(text: str, delimiter: str, *, skip: bool) -> list[str]:
    reader = csv.reader(io.StringIO(text[:262144], newline=""), delimiter=delimiter)
    try:
        if skip:
            next(reader, None)
        return next(reader, [])
    except csv.Error:
        return []
