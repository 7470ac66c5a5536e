"""Opening a file never waits for counts or the daily backup: both run in the background."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.db.backup import list_backups
from crmdesk.ui.housekeeping import Housekeeping


def test_daily_backup_is_written_in_the_background(ctx: AppContext, qtbot: QtBot) -> None:
    keeper = Housekeeping()
    keeper.backup_if_due(ctx)
    qtbot.waitUntil(lambda: not keeper.busy, timeout=10000)
    assert len(list_backups(ctx.path)) == 1


def test_record_counts_arrive_as_a_signal(ctx: AppContext, qtbot: QtBot) -> None:
    keeper = Housekeeping()
    with qtbot.waitSignal(keeper.counts_ready, timeout=10000) as blocker:
        keeper.count_records(ctx)
    assert blocker.args[0]["contact"] == 0
