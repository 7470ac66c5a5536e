"""Build the translations: ``python -m crmdesk.i18n_build [--update] [--drop-obsolete]``.

Compiles ``resources/i18n/crmdesk_{fa,zh_CN,sk}.ts`` to ``.qm`` with Qt's lrelease (shipped
inside PySide6, so this works on a fresh machine after ``pip install``). ``--update`` first
refreshes the ``.ts`` files with lupdate over ``crmdesk/ui`` and ``crmdesk/app.py``: new
strings appear as unfinished, translations already made are kept.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import PySide6

from crmdesk.paths import resource_path

LANGUAGES = ("fa", "zh_CN", "sk")
PACKAGE = Path(__file__).resolve().parent


class ToolMissing(RuntimeError):
    """Qt's lrelease/lupdate could not be found next to PySide6 or the interpreter."""


def qt_tool(name: str) -> list[str]:
    """The command line that runs Qt tool ``name`` (``lrelease`` or ``lupdate``)."""
    suffix = ".exe" if sys.platform == "win32" else ""
    bundled = Path(PySide6.__file__).resolve().parent / f"{name}{suffix}"
    if bundled.is_file():
        return [str(bundled)]
    wrapper = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
    if wrapper.is_file():
        return [str(wrapper)]
    raise ToolMissing(f"Qt's {name} was not found in {bundled.parent}; reinstall PySide6.")


def ts_files() -> list[Path]:
    return [resource_path("i18n", f"crmdesk_{language}.ts") for language in LANGUAGES]


def source_files() -> list[Path]:
    """Python files whose strings are translated."""
    files = sorted((PACKAGE / "ui").rglob("*.py"))
    return [*files, PACKAGE / "app.py"]


def update(*, drop_obsolete: bool = False) -> None:
    """Refresh the ``.ts`` files from the sources (keeps existing translations)."""
    command = [*qt_tool("lupdate"), *map(str, source_files()), "-ts", *map(str, ts_files())]
    if drop_obsolete:
        command.insert(-len(LANGUAGES) - 1, "-no-obsolete")
    subprocess.run(command, check=True)


def compile_all() -> list[Path]:
    """Compile every ``.ts`` to a ``.qm`` beside it; return the ``.qm`` paths."""
    lrelease = qt_tool("lrelease")
    built: list[Path] = []
    for ts in ts_files():
        if not ts.is_file():
            raise FileNotFoundError(f"missing translation source {ts}")
        qm = ts.with_suffix(".qm")
        subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crmdesk.i18n_build", description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh .ts files with lupdate")
    parser.add_argument("--drop-obsolete", action="store_true", help="with --update")
    args = parser.parse_args(argv)
    try:
        if args.update:
            update(drop_obsolete=args.drop_obsolete)
        for qm in compile_all():
            print(f"built {qm.relative_to(resource_path())}")
    except (ToolMissing, FileNotFoundError, subprocess.CalledProcessError) as error:
        print(f"i18n_build: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
