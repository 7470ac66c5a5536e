"""Words and numbers of the Today page: the service's items turned into rows to show.

Dates are the user's local days; numbers, dates and money follow the UI locale (Persian
digits in Persian). Plurals go through ``%n`` so each language says "1 day" its own way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QObject, QTime

from crmdesk.domain.enums import Priority
from crmdesk.domain.money import currency_exponent, to_decimal
from crmdesk.services.today import BirthdayItem, DealItem, TaskItem, TicketItem, TodayView
from crmdesk.ui.views.today_sections import RowSpec, Targets

SECTION_KEYS = (
    "overdue", "due_today", "follow_ups", "birthdays", "deals_closing", "tickets_past_due",
)  # fmt: skip


def local(moment: datetime) -> datetime:
    """An aware datetime in the computer's time zone."""
    return moment.astimezone()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _targets(*pairs: tuple[str, int | None]) -> Targets:
    return tuple((entity, record_id) for entity, record_id in pairs if record_id is not None)


def _join(*parts: str | None) -> str:
    """Parts joined by " · ", each isolated (FSI…PDI) so a Persian name, a Latin company and
    an amount keep their own direction and their order in either layout direction."""
    return " · ".join(f"\u2068{part}\u2069" for part in parts if part)


class TodayTexts(QObject):
    """Translated titles and row texts (a QObject so ``self.tr`` has a context)."""

    def titles(self) -> dict[str, tuple[str, str]]:
        """Section key → (title, what an empty section says)."""
        return {
            "overdue": (self.tr("Overdue"), self.tr("Nothing overdue.")),
            "due_today": (self.tr("Due today"), self.tr("Nothing else is due today.")),
            "follow_ups": (self.tr("Follow-ups"), self.tr("No follow-ups in the next 7 days.")),
            "birthdays": (
                self.tr("Birthdays in the next 7 days"),
                self.tr("No birthdays this week."),
            ),
            "deals_closing": (
                self.tr("Deals closing this month"),
                self.tr("No open deals are expected to close this month."),
            ),
            "tickets_past_due": (self.tr("Tickets past due"), self.tr("No ticket is late.")),
        }

    def count(self, items: int, limit: int) -> str:
        text = QLocale().toString(items)
        return text + "+" if items >= limit else text

    def more(self, items: int) -> str:
        return self.tr("Show all %n", "", items)

    def rows(self, view: TodayView, key: str) -> list[RowSpec]:
        if key in ("overdue", "due_today", "follow_ups"):
            return [self._task(item, view.day, key) for item in getattr(view, key)]
        if key == "birthdays":
            return [self._birthday(item, view.day) for item in view.birthdays]
        if key == "deals_closing":
            return [self._deal(item, view.day) for item in view.deals_closing]
        return [self._ticket(item, view.day) for item in view.tickets_past_due]

    # ------------------------------------------------------------------ one row each
    def _task(self, item: TaskItem, today: date, key: str) -> RowSpec:
        when = ""
        if item.due_at is not None:
            due = local(item.due_at)
            if key == "overdue":
                when = self.late_text((today - due.date()).days)
            elif key == "due_today":
                when = self.time_text(due)
            else:
                when = self.day_text(due.date(), today)
        detail = _join(item.contact_name, item.company_name)
        if item.is_follow_up and key != "follow_ups":
            detail = _join(self.tr("Follow-up"), detail)
        return RowSpec(
            key=f"task:{item.task_id}",
            title=item.title,
            detail=detail,
            when=when,
            late=key == "overdue",
            badge=self.priority_badge(item.priority),
            task_id=item.task_id,
            targets=_targets(
                ("contact", item.contact_id),
                ("company", item.company_id),
                ("deal", item.deal_id),
                ("ticket", item.ticket_id),
            ),
        )

    def _birthday(self, item: BirthdayItem, today: date) -> RowSpec:
        age = self.tr("turns %n", "", item.age) if item.age else ""
        return RowSpec(
            key=f"birthday:{item.contact_id}",
            title=item.full_name,
            detail=_join(age, item.company_name),
            when=self.day_text(item.on, today),
            targets=_targets(("contact", item.contact_id)),
        )

    def _deal(self, item: DealItem, today: date) -> RowSpec:
        locale = QLocale()
        stage = f"{item.stage_name} ({locale.toString(item.probability)}{locale.percent()})"
        return RowSpec(
            key=f"deal:{item.deal_id}",
            title=item.title,
            detail=_join(
                self.money(item.value_minor, item.currency),
                stage,
                item.contact_name or item.company_name,
            ),
            when=self.day_text(item.expected_close, today),
            late=item.expected_close < today,
            targets=_targets(
                ("deal", item.deal_id),
                ("contact", item.contact_id),
                ("company", item.company_id),
            ),
        )

    def _ticket(self, item: TicketItem, today: date) -> RowSpec:
        days = (today - local(item.due_at).date()).days
        return RowSpec(
            key=f"ticket:{item.ticket_id}",
            title=item.subject,
            detail=_join(item.label, item.contact_name, item.company_name),
            when=self.late_text(days) if days > 0 else self.tr("Due today"),
            late=True,
            badge=self.priority_badge(item.priority),
            targets=_targets(
                ("ticket", item.ticket_id),
                ("contact", item.contact_id),
                ("company", item.company_id),
            ),
        )

    # ------------------------------------------------------------------ pieces
    def late_text(self, days: int) -> str:
        days = max(1, days)
        return self.tr("1 day late") if days == 1 else self.tr("%n days late", "", days)

    def time_text(self, moment: datetime) -> str:
        if (moment.hour, moment.minute) == (0, 0):
            return self.tr("Today")
        time = QTime(moment.hour, moment.minute)
        return QLocale().toString(time, QLocale.FormatType.ShortFormat)

    def day_text(self, day: date, today: date) -> str:
        """ "Today", "Tomorrow", else a short weekday and date ("Tue 25 Nov")."""
        offset = (day - today).days
        if offset == 0:
            return self.tr("Today")
        if offset == 1:
            return self.tr("Tomorrow")
        if offset == -1:
            return self.tr("Yesterday")
        return QLocale().toString(_qdate(day), self.tr("ddd d MMM", "short date format"))

    def priority_badge(self, priority: str) -> str:
        if priority == Priority.URGENT:
            return self.tr("Urgent")
        if priority == Priority.HIGH:
            return self.tr("High")
        return ""

    def money(self, minor: int, currency: str) -> str:
        """``290 EUR``, ``1,234.50 EUR`` (no ",00" on whole amounts), in the UI locale."""
        exponent = currency_exponent(currency)
        places = 0 if minor % (10**exponent) == 0 else exponent
        amount = float(to_decimal(minor, currency))
        return f"{QLocale().toString(amount, 'f', places)} {currency}"

    def date_title(self, day: date) -> str:
        return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def total(view: TodayView, keys: Sequence[str] = SECTION_KEYS) -> int:
    return sum(len(getattr(view, key)) for key in keys)
