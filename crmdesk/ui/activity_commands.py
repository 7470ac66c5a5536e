"""Undo commands for logging an interaction and ticking a task done (see ``ui/undo.py``).

Both are applied before they are pushed (``undo.push``), so a ``ValidationError`` reaches
the dialog or page that asked and nothing lands on the stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crmdesk.ui.operations import activity
from crmdesk.ui.operations.activity import InteractionDraft, Logged
from crmdesk.ui.ops import OpsHost
from crmdesk.ui.undo import ErrorSink, OpCommand


class LogInteractionCommand(OpCommand):
    """Log an interaction (and its follow-up); undo moves both to the trash."""

    def __init__(
        self, host: OpsHost, *, draft: InteractionDraft, on_error: ErrorSink | None = None
    ) -> None:
        super().__init__(host, QCoreApplication.translate("Undo", "Log Interaction"), on_error)
        self.draft = draft
        self.logged: Logged | None = None

    def apply(self) -> None:
        if self.logged is None:
            self.logged = activity.log_interaction(self.host, draft=self.draft)
        else:
            activity.restore_logged(self.host, logged=self.logged)

    def revert(self) -> None:
        assert self.logged is not None
        activity.trash_logged(self.host, logged=self.logged)


class TaskDoneCommand(OpCommand):
    """Tick a task done (or open it again); undo gives it its old state back."""

    def __init__(
        self, host: OpsHost, *, task_id: int, done: bool, on_error: ErrorSink | None = None
    ) -> None:
        # each text spelled out in full, so lupdate finds it
        if done:
            text = QCoreApplication.translate("Undo", "Mark Task Done")
        else:
            text = QCoreApplication.translate("Undo", "Mark Task Not Done")
        super().__init__(host, text, on_error)
        self.task_id, self.done = task_id, done
        self.changed = False

    def apply(self) -> None:
        self.changed = activity.set_task_done(self.host, task_id=self.task_id, done=self.done)

    def revert(self) -> None:
        if self.changed:
            activity.set_task_done(self.host, task_id=self.task_id, done=not self.done)
