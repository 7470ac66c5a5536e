"""Child process of bench_gui.py: start the real app on FILE, time the first paint, measure.

    python benchmarks/gui_probe.py FILE startup|full [--steps N]

Runs ``crmdesk.app.run_gui([FILE])`` — the same code path as ``crmdesk FILE`` — with one
event filter on the QApplication (installed right after it is made). When the main window,
with the file open, has finished its first paint, the probe notes the wall-clock time, the
peak resident memory, and (``full``) opens the contact list and scrolls it from top to
bottom, timing each page. It prints one JSON line and leaves at once (``os._exit``: the
teardown is not what is measured). The parent compares the paint time with the time it
spawned this process.
"""

from __future__ import annotations

import time

STARTED = time.time()

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402


def peak_mb() -> float:
    """Peak resident set size of this process so far (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "count": len(ordered),
        "mean_ms": round(statistics.fmean(ordered), 3),
        "p50_ms": round(ordered[len(ordered) // 2], 3),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))], 3),
        "max_ms": round(ordered[-1], 3),
    }


class Probe:
    """Watches paints; then measures and reports (see the module docstring)."""

    def __init__(self, mode: str, steps: int) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.mode, self.steps = mode, steps
        self.marks: dict[str, Any] = {"probe_started": STARTED}
        self.window: Any = None
        probe = self

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and probe.window is None:
                    probe.on_paint(watched)
                elif event.type() == QEvent.Type.Show:
                    probe.on_show(watched)
                return False

        self.filter = Filter()

    def on_show(self, watched: Any) -> None:
        """A message box (e.g. "file in use") would wait for a click forever: report it."""
        from PySide6.QtWidgets import QMessageBox

        if isinstance(watched, QMessageBox):
            text = f"{watched.text()} {watched.informativeText()}".strip()
            print(json.dumps({"error": f"the app showed a message: {text}"}), flush=True)
            os._exit(1)

    def on_paint(self, watched: Any) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QWidget

        if not isinstance(watched, QWidget):
            return
        window: Any = watched.window()
        if type(window).__name__ != "MainWindow" or not window.has_file:
            return
        self.window = window
        self.marks["first_paint_event"] = time.time()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.filter)  # no more cost per event
        QTimer.singleShot(0, self.after_paint)  # after the whole paint pass

    def after_paint(self) -> None:
        self.marks["painted"] = time.time()
        self.marks["page"] = self.window.current_page_key()
        self.marks["peak_mb_painted"] = round(peak_mb(), 1)
        page = self.window.stack.currentWidget()
        if getattr(page, "view", 0) is None and hasattr(page, "loaded"):
            page.loaded.connect(self.after_today)  # Today reads in the background
        else:
            self.after_today()

    def after_today(self) -> None:
        """The start page shows its content: Today's sections are filled."""
        from PySide6.QtCore import QTimer

        if "content_shown" in self.marks:
            return
        self.marks["content_shown"] = time.time()
        self.marks["peak_mb_content"] = round(peak_mb(), 1)
        if self.mode == "full":
            QTimer.singleShot(0, self.measure_list)
        else:
            self.finish()

    def measure_list(self) -> None:
        started = time.perf_counter()
        page = self.window.show_page("contacts")
        table = page.table
        table.viewport().repaint()
        self.marks["contacts_page_ms"] = round((time.perf_counter() - started) * 1000, 1)
        self.marks["rows"] = table.model().rowCount()
        bottom = table.rowAt(table.viewport().height() - 1)
        self.marks["rows_per_page"] = (
            (bottom if bottom >= 0 else table.model().rowCount()) - max(0, table.rowAt(0)) + 1
        )
        self.marks["scroll_sequential"] = self.scroll(table, sequential=True)
        self.marks["scroll_top_to_bottom"] = self.scroll(table, sequential=False)
        self.marks["peak_mb_after_scroll"] = round(peak_mb(), 1)
        self.finish()

    def scroll(self, table: Any, *, sequential: bool) -> dict[str, float]:
        """Page down ``steps`` times from the top, or visit ``steps`` positions spread evenly
        from the top to the very bottom (dragging the thumb); one synchronous repaint each."""
        bar = table.verticalScrollBar()
        bar.setValue(0)
        table.viewport().repaint()
        pages = max(1, bar.maximum() // max(1, bar.pageStep()) + 1)
        count = min(self.steps, pages)
        if sequential:
            positions = [min(bar.maximum(), n * bar.pageStep()) for n in range(1, count + 1)]
        else:
            positions = [round(bar.maximum() * n / count) for n in range(1, count + 1)]
        samples = []
        for value in positions:
            started = time.perf_counter()
            bar.setValue(value)
            table.viewport().repaint()
            samples.append((time.perf_counter() - started) * 1000)
        result = summary(samples)
        result["pages_in_list"] = pages
        result["reached_end"] = bar.value() == bar.maximum()
        return result

    def finish(self) -> None:
        print(json.dumps(self.marks), flush=True)
        os._exit(0)


def main() -> None:
    path, mode = sys.argv[1], sys.argv[2]
    steps = int(sys.argv[sys.argv.index("--steps") + 1]) if "--steps" in sys.argv else 500
    import crmdesk.app as app_module

    probe = Probe(mode, steps)
    original = app_module.make_application

    def make_application(*, screenshot: bool) -> Any:
        app = original(screenshot=screenshot)
        app.installEventFilter(probe.filter)
        return app

    app_module.make_application = make_application
    code = app_module.run_gui([path])
    print(json.dumps({"error": f"the app quit (code {code}) before painting"}), flush=True)
    os._exit(1)


if __name__ == "__main__":
    main()
