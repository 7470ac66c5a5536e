"""Writing an export file safely: into a temporary file beside the target, renamed when done."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from crmdesk.errors import ValidationError
from crmdesk.exchange.export import ExportResult
from crmdesk.exchange.export.tables import Table
from crmdesk.exchange.export.vcard import write_vcards
from crmdesk.exchange.export.writers import XlsxBook, write_csv
from crmdesk.jobs.control import JobControl


@contextmanager
def _replacing(target: Path) -> Iterator[Path]:
    """A temporary path next to ``target`` that becomes ``target`` when the block succeeds."""
    folder = target.parent
    if not folder.is_dir():
        raise ValidationError(f"The folder “{folder}” does not exist.")
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_file(
    session: Session,
    target: Path,
    format: str,
    tables: list[Table],
    control: JobControl | None,
) -> ExportResult:
    records = {table.entity: len(table.ids) for table in tables}
    try:
        with _replacing(target) as temporary:
            if format == "xlsx":
                book = XlsxBook(temporary)
                for table in tables:
                    book.sheet(table.name, table.columns, table.rows(session, control))
                book.close()
                written = book.written
                return ExportResult(target, format, records, written.rows, written.truncated)
            encoding = "utf-8" if format == "vcf" else "utf-8-sig"  # csv: a BOM, for Excel
            with temporary.open("w", encoding=encoding, newline="") as out:
                table = tables[0]
                if format == "vcf":
                    count = write_vcards(session, out, table.ids, control)
                else:
                    count = write_csv(out, table.columns, table.rows(session, control))
            return ExportResult(target, format, records, {table.name: count})
    except OSError as error:
        raise ValidationError(f"“{target}” could not be written ({error.strerror}).") from None
