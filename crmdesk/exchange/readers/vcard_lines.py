"""Cleaning vCard bytes into plain vCard 3.0 text that vobject parses reliably.

Phones and mail programs write vCard 2.1 quirks vobject does not handle: QUOTED-PRINTABLE values
with "=" soft line breaks, raw bytes in the encoding named by a CHARSET parameter (Shift_JIS from
Japanese phones), bare parameters ("TEL;CELL;PREF"), CR-CR-LF line ends, and base64 photos.
Each property is decoded here, per line, and written back as UTF text with TYPE= parameters.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator

from crmdesk.exchange.readers.encoding import detect_encoding

#: Properties not imported (binary or noise); dropping them early keeps parsing fast.
SKIPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY", "PRODID", "REV", "UID", "X-ABUID"})
#: Properties whose value is structured (";") or a list (","): commas in them are meaningful.
_LISTS = frozenset({"N", "ADR", "ORG", "CATEGORIES", "NICKNAME", "GEO"})
_BARE_COMMA = re.compile(r"(?<!\\),")
_LINE_ENDS = re.compile(rb"\r*\n|\r")
_NAME = re.compile(rb"^([A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)")


def clean_vcard_text(data: bytes) -> tuple[str, str]:
    """(vCard text vobject can read, the file's default encoding)."""
    default = detect_encoding(data, complete=True) or "cp1252"
    if default.startswith(("utf-16", "utf-32")):
        data = data.decode(default).encode("utf-8")
        default = "utf-8"
    elif default == "utf-8-sig":
        data, default = data[3:], "utf-8"
    lines = [_clean_line(line, default) for line in _logical_lines(data)]
    return "\n".join(line for line in lines if line is not None) + "\n", default


def _logical_lines(data: bytes) -> Iterator[bytes]:
    """Unfold continuation lines (leading space/tab) and QUOTED-PRINTABLE soft breaks."""
    current: bytes | None = None
    for line in _LINE_ENDS.split(data):
        if current is not None and _is_qp(current) and current.endswith(b"="):
            current = current[:-1] + line  # soft line break: the next line goes on as it is
            continue
        if current is not None and line[:1] in (b" ", b"\t"):
            current += line[1:]
            continue
        if current is not None:
            yield current
        current = line if line.strip() else None
    if current is not None:
        yield current


def _is_qp(line: bytes) -> bool:
    head = line.split(b":", 1)[0].upper()
    return b"QUOTED-PRINTABLE" in head


def _clean_line(line: bytes, default: str) -> str | None:
    if b":" not in line:
        return None  # stray base64 or garbage between properties
    head, value = line.split(b":", 1)
    match = _NAME.match(head)
    if match is None:
        return None
    name = match.group(2).decode("ascii").upper()
    if name in SKIPPED or name.startswith("X-PHONETIC"):
        return None
    group = (match.group(1) or b"").decode("ascii")
    params, charset, quoted = _params(head[match.end() :].decode("ascii", errors="replace"))
    text = _decode_value(value, charset or default, quoted=quoted)
    if name in ("BEGIN", "END", "VERSION"):
        text = "3.0" if name == "VERSION" else text.upper()
    elif name not in _LISTS:
        text = _BARE_COMMA.sub(r"\\,", text)  # vobject keeps only the first comma piece
    joined = "".join(f";{param}" for param in params)
    return f"{group}{name}{joined}:{text}"


def _params(raw: str) -> tuple[list[str], str | None, bool]:
    """(cleaned TYPE/other params, CHARSET, is quoted-printable) of a property's parameters."""
    params: list[str] = []
    charset: str | None = None
    quoted = False
    for part in filter(None, raw.split(";")):
        key, _, val = part.partition("=")
        key_upper = key.strip().upper()
        if key_upper == "CHARSET":
            charset = val.strip().strip('"')
        elif key_upper == "ENCODING" or key_upper in ("QUOTED-PRINTABLE", "BASE64", "8BIT"):
            quoted = quoted or "QUOTED-PRINTABLE" in part.upper()
        elif not val:
            params.append(f"TYPE={key.strip()}")  # vCard 2.1 bare parameter
        else:
            params.append(f"{key_upper}={val}")
    return params, charset, quoted


def _decode_value(value: bytes, charset: str, *, quoted: bool) -> str:
    if quoted:
        value = quopri.decodestring(value)
    text = _decode_bytes(value, charset)
    if quoted:  # decoded line breaks must not end the property line
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return text


def _decode_bytes(value: bytes, charset: str) -> str:
    for encoding in (charset, "utf-8", "cp1252"):
        try:
            return value.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return value.decode("latin-1")
