"""Rule `follow-up-limit`: a status inquiry after two unanswered ones is one too many."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.draft.model import TextRange

if TYPE_CHECKING:
    from followup_lint.annotated import Draft


def whole_letter(draft: Draft) -> TextRange:
    """The letter from its first to its last non-blank character: greeting to signature (a
    subject line or e-mail headers are not part of it, unless the draft has nothing else)."""
    text = draft.text
    parts = draft.parts
    starts = [
        r.start
        for r in (parts.greeting, *parts.paragraphs, parts.closing, parts.signature)
        if r is not None
    ]
    start = min(starts) if starts else 0
    start += len(text[start:]) - len(text[start:].lstrip())
    end = len(text.rstrip())
    if end <= start:
        return TextRange(0, len(text))
    return TextRange(start, end)


class FollowUpLimit(Check):
    """Counts the status inquiries the context says were already sent against `max_followups`."""

    id = "follow-up-limit"
    message_keys = frozenset({"too-many", "no-count"})

    def skip_reason(self, draft: Draft) -> str | None:
        """Without a count of earlier inquiries the rule cannot judge."""
        if draft.context.previous_followups is None:
            return self.pack.message("no-count")
        return None

    def run(self, draft: Draft) -> Iterator[Hit]:
        sent = draft.context.previous_followups
        limit = int(self.settings["max_followups"])
        if sent is None or sent < limit:
            return
        yield self.hit("too-many", whole_letter(draft), sent=sent, number=sent + 1, limit=limit)
