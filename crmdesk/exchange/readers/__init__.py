"""``open_source(path)``: the one entry point that opens any importable file.

The reader is chosen by content (``sniff``), then: calamine for spreadsheets, openpyxl when
calamine cannot open an xlsx (UTF-16 XML parts, unusual generators), xlrd when it cannot open an
xls. Every failure a user can cause ends as a ``ValidationError`` with a sentence, never a
traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from crmdesk.errors import ValidationError
from crmdesk.exchange.sniff import password_protected, sniff, unreadable
from crmdesk.exchange.source import SourceFormat, Workbook

__all__ = ["open_source"]

_WHAT = {
    SourceFormat.XLSX: "an Excel workbook",
    SourceFormat.XLSB: "an Excel binary workbook",
    SourceFormat.XLS: "an Excel 97-2003 workbook",
    SourceFormat.ODS: "an OpenDocument spreadsheet",
}


def open_source(path: str | os.PathLike[str]) -> Workbook:
    """Open ``path`` for reading; the caller closes the result (it is a context manager)."""
    path = Path(path)
    fmt = sniff(path)
    if fmt is SourceFormat.CSV:
        from crmdesk.exchange.readers.delimited import CsvWorkbook

        return _checked(CsvWorkbook, path, "a csv file")
    if fmt is SourceFormat.VCF:
        from crmdesk.exchange.readers.vcard import VcfWorkbook

        return _checked(VcfWorkbook, path, "a vCard file")
    return _spreadsheet(path, fmt)


def _checked(reader: Callable[[Path], Workbook], path: Path, what: str) -> Workbook:
    try:
        return reader(path)
    except (ValidationError, MemoryError):
        raise
    except (OSError, ValueError, LookupError) as error:
        raise ValidationError(f"“{path.name}” could not be read as {what} ({error}).") from None


def _spreadsheet(path: Path, fmt: SourceFormat) -> Workbook:
    from crmdesk.exchange.readers.extent import check_extent
    from crmdesk.exchange.readers.spreadsheet import CalamineFailure, CalamineWorkbook

    if fmt is SourceFormat.XLSX:
        check_extent(path)  # a stray far-away cell would make calamine allocate gigabytes
    try:
        return CalamineWorkbook(path, fmt)
    except CalamineFailure as failure:
        if failure.password:
            raise password_protected(path) from None
        first_failure = failure
    fallback = _fallback(path, fmt)
    if fallback is not None:
        return fallback
    raise unreadable(path, _WHAT[fmt]) from first_failure


def _fallback(path: Path, fmt: SourceFormat) -> Workbook | None:
    """openpyxl for xlsx, xlrd for xls; None when they cannot read it either."""
    try:
        if fmt is SourceFormat.XLSX:
            from crmdesk.exchange.readers.fallbacks import OpenpyxlWorkbook

            return OpenpyxlWorkbook(path)
        if fmt is SourceFormat.XLS:
            return _xlrd(path)
    except ValidationError:
        raise
    except Exception:  # openpyxl and xlrd raise many error types on odd files; the caller
        return None  # reports calamine's failure as the file being damaged
    return None


def _xlrd(path: Path) -> Workbook | None:
    import xlrd

    from crmdesk.exchange.readers.fallbacks import XlrdWorkbook

    try:
        return XlrdWorkbook(path)
    except xlrd.XLRDError as error:
        if "encrypt" in str(error).lower():
            raise password_protected(path) from None
        return None
