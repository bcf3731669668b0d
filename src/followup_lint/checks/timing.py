"""Rule `timing`: a thank-you note sent late, or a status inquiry sent too early."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.checks.follow_up_limit import whole_letter
from followup_lint.dates import long_date
from followup_lint.models import Kind

if TYPE_CHECKING:
    import datetime as dt

    from followup_lint.annotated import Draft


class Timing(Check):
    """Compares the context's sent date with the interview, decision and last follow-up dates
    against the thresholds in `[settings]`; only thank-you notes and status inquiries."""

    id = "timing"
    message_keys = frozenset(
        {
            "thank-you-late",
            "before-decision",
            "too-soon-after-interview",
            "too-soon-after-followup",
            "no-sent-date",
            "no-interview-date",
            "no-reference-date",
            "uncertain-kind",
            "one-day",
            "days",
        }
    )

    def skip_reason(self, draft: Draft) -> str | None:
        """The sent date and at least one date to compare it with must be known."""
        ctx = draft.context
        if ctx.sent_date is None:
            return self.pack.message("no-sent-date")
        confidence = draft.kind_confidence
        if confidence is not None and confidence < self.settings["min_kind_confidence"]:
            # the deadlines differ by kind: judging a rejection reply as a late thank-you
            # would be wrong, so an uncertain guess is not enough
            return self.pack.message("uncertain-kind").format(
                kind=draft.kind.value if draft.kind else "unknown", confidence=confidence
            )
        if draft.kind is Kind.STATUS_INQUIRY:
            known = (ctx.interview_date, ctx.decision_date, ctx.previous_followup_date)
            if all(d is None for d in known):
                return self.pack.message("no-reference-date")
            return None
        if ctx.interview_date is None:
            return self.pack.message("no-interview-date")
        return None

    def run(self, draft: Draft) -> Iterator[Hit]:
        ctx = draft.context
        sent = ctx.sent_date
        if sent is None:
            return
        letter = whole_letter(draft)
        fields = {"sent": long_date(sent)}
        if draft.kind is Kind.STATUS_INQUIRY:
            yield from self._status_inquiry(draft, sent, fields)
            return
        if draft.kind is not Kind.THANK_YOU or ctx.interview_date is None:
            return
        hours = (sent - ctx.interview_date).days * 24
        limit = int(self.settings["thank_you_hours"])
        if hours > limit:
            yield self.hit(
                "thank-you-late",
                letter,
                interview=long_date(ctx.interview_date),
                days=self._days(hours // 24),
                hours=limit,
                **fields,
            )

    def _days(self, count: int) -> str:
        """'1 day', '5 days': the count with its unit, worded by the pack."""
        return self.pack.message("one-day" if count == 1 else "days").format(count=count)

    def _status_inquiry(self, draft: Draft, sent: dt.date, fields: dict[str, str]) -> Iterator[Hit]:
        """Too early for the decision date, the interview, or the previous inquiry."""
        ctx = draft.context
        letter = whole_letter(draft)
        if ctx.decision_date is not None:
            if sent < ctx.decision_date:
                yield self.hit(
                    "before-decision",
                    letter,
                    decision=long_date(ctx.decision_date),
                    days=self._days((ctx.decision_date - sent).days),
                    **fields,
                )
                return
        elif ctx.interview_date is not None:
            wait = int(self.settings["min_days_after_interview"])
            days = (sent - ctx.interview_date).days
            if days < wait:
                yield self.hit(
                    "too-soon-after-interview",
                    letter,
                    interview=long_date(ctx.interview_date),
                    days=self._days(days),
                    wait=wait,
                    **fields,
                )
                return
        if ctx.previous_followup_date is not None:
            gap = int(self.settings["min_days_between_followups"])
            days = (sent - ctx.previous_followup_date).days
            if days < gap:
                yield self.hit(
                    "too-soon-after-followup",
                    letter,
                    previous=long_date(ctx.previous_followup_date),
                    days=self._days(days),
                    wait=gap,
                    **fields,
                )
