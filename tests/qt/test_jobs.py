"""Background jobs report progress, results and cancellation on the GUI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from crmdesk.jobs.control import JobControl
from crmdesk.jobs.runner import Job, writer_pool


def test_job_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[int, int]] = []

    def work(control: JobControl) -> int:
        for i in range(3):
            control.progress(i + 1, 3, "step", force=True)
        return 42

    job = Job(work, pool=writer_pool())
    job.progress.connect(lambda done, total, _msg: seen.append((done, total)))
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        job.start()
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen[-1] == (3, 3)
    assert not job.running


def test_cancelled_job_emits_cancelled_not_succeeded(qtbot: QtBot) -> None:
    started = threading.Event()

    def work(control: JobControl) -> None:
        started.set()
        while True:
            control.check()
            threading.Event().wait(0.01)

    job = Job(work, pool=writer_pool())
    succeeded: list[object] = []
    job.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.start()
        assert started.wait(5)
        job.cancel()
    assert succeeded == []


def test_failed_job_passes_the_exception(qtbot: QtBot) -> None:
    def work(control: JobControl) -> None:
        raise ValueError("broken input")

    job = Job(work, pool=writer_pool())
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    assert isinstance(blocker.args[0], ValueError)
