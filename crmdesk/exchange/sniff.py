"""Which reader a file needs, decided by its content (magic bytes), not by its name.

A ``.csv`` that is really an xlsx opens as an xlsx; a ``.xlsx`` that is really a password-protected
OLE container, an Apple Numbers document, a PDF or random bytes gets a sentence saying so.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from crmdesk.errors import ValidationError
from crmdesk.exchange.source import SourceFormat

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_HEAD = 8192
_SCAN_CHUNK = 1 << 20

_OTHER_BINARIES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"{\\rtf": "an RTF document",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"SQLite format 3\x00": "a database file (SQLite), not a spreadsheet",
}


def unreadable(path: Path, what: str) -> ValidationError:
    """The error for a damaged or incomplete file, naming what it claimed to be."""
    return ValidationError(
        f"“{path.name}” could not be read as {what}: the file is damaged or incomplete. "
        "Open it in the program that made it and save it again."
    )


def password_protected(path: Path) -> ValidationError:
    return ValidationError(
        f"“{path.name}” is protected with a password. Open it in Excel, remove the password "
        "(File > Info > Protect Workbook) and save it, then import it again."
    )


def sniff(path: Path) -> SourceFormat:
    """The format of ``path``; ValidationError for missing, empty or unsupported files."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
    except IsADirectoryError:
        raise ValidationError(f"“{path.name}” is a folder, not a file.") from None
    except FileNotFoundError:
        raise ValidationError(f"There is no file “{path}”.") from None
    except OSError as error:
        raise ValidationError(f"“{path.name}” could not be opened: {error.strerror}.") from None
    if size == 0 or not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ValidationError(f"“{path.name}” is empty.")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        if is_encrypted_ole(path):
            raise password_protected(path)
        return SourceFormat.XLS
    for magic, what in _OTHER_BINARIES.items():
        if head.startswith(magic):
            raise ValidationError(f"“{path.name}” is {what}, not a spreadsheet, csv or vCard file.")
    return _text_kind(path, head)


def is_encrypted_ole(path: Path) -> bool:
    """True when the OLE container holds an "EncryptedPackage" stream (a password-protected
    xlsx); its directory entry names are UTF-16, so a byte scan finds them cheaply."""
    tail = b""
    with path.open("rb") as handle:
        while chunk := handle.read(_SCAN_CHUNK):
            if _ENCRYPTED_PACKAGE in tail + chunk:
                return True
            tail = chunk[-len(_ENCRYPTED_PACKAGE) :]
    return False


def _zip_kind(path: Path) -> SourceFormat:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, KeyError):
        raise unreadable(path, "a spreadsheet (zip container)") from None
    if "xl/workbook.xml" in names:
        return SourceFormat.XLSX
    if "xl/workbook.bin" in names:
        return SourceFormat.XLSB
    if b"opendocument.spreadsheet" in mimetype or (not mimetype and "content.xml" in names):
        return SourceFormat.ODS
    if any(name.endswith((".iwa", "Index.zip", "Metadata/Properties.plist")) for name in names):
        raise ValidationError(
            f"“{path.name}” is an Apple Numbers document, which cannot be read directly. "
            "In Numbers choose File > Export To > Excel, then import the exported file."
        )
    kind = "a Word document" if "word/document.xml" in names else "a zip archive"
    if any(name.startswith("ppt/") for name in names):
        kind = "a PowerPoint presentation"
    elif b"opendocument" in mimetype:
        kind = "an OpenDocument file that is not a spreadsheet"
    raise ValidationError(f"“{path.name}” is {kind}, not a spreadsheet, csv or vCard file.")


def _text_kind(path: Path, head: bytes) -> SourceFormat:
    text = _peek_text(head)
    if text is None:
        raise ValidationError(
            f"“{path.name}” is not a spreadsheet and not a text (csv) file: it contains binary "
            "data. Check that you picked the right file."
        )
    start = text.lstrip("\ufeff \t\r\n").lower()
    if start.startswith("begin:vcard"):
        return SourceFormat.VCF
    if start.startswith(("<?xml", "<html", "<!doctype", "<table", "<head")):
        raise ValidationError(
            f"“{path.name}” is an HTML or XML file (some programs save those with an .xls name). "
            "Open it in Excel or LibreOffice, save it as .xlsx or .csv, and import that."
        )
    return SourceFormat.CSV


def _peek_text(head: bytes) -> str | None:
    """The start of the file as text, or None when it looks binary."""
    encoding = utf16_encoding(head)
    if encoding:
        data = head[2:] if head[:2] in (b"\xff\xfe", b"\xfe\xff") else head
        return data[: len(data) // 2 * 2].decode(encoding, errors="replace")
    if b"\x00" in head:
        return None
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f\x1a")
    if controls > max(2, len(head) // 100):
        return None
    return head.decode("latin-1")


def utf16_encoding(head: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" for UTF-16 text (with a BOM or with NUL every other byte)."""
    if head.startswith(b"\xff\xfe") and not head.startswith(b"\xff\xfe\x00\x00"):
        return "utf-16-le"
    if head.startswith(b"\xfe\xff"):
        return "utf-16-be"
    sample = head[:512]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    odd_nuls = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    even_nuls = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    if odd_nuls >= pairs * 0.6 and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= pairs * 0.6 and odd_nuls == 0:
        return "utf-16-be"
    return None
