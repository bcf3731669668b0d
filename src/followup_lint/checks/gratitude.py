"""Rule `gratitude`: the note must thank the reader somewhere (a 'Thanks again,' sign-off counts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from followup_lint.checks.base import RequiredCheck
from followup_lint.matching import Match

if TYPE_CHECKING:
    from followup_lint.annotated import Draft


class Gratitude(RequiredCheck):
    """Fires once when no thanks or appreciation appears outside the signature block."""

    id = "gratitude"
    needs = frozenset({"parser"})

    def counts(self, draft: Draft, match: Match) -> bool:
        if draft.part_name(match.span.start_char) == "signature":
            return False
        return not _negated(match, self.term_set("negations"))


def _negated(match: Match, negations: frozenset[str]) -> bool:
    """'I did not appreciate…': a negation on the word or on the verb that governs it."""
    token = match.span.root
    for candidate in (token, token.head):
        if any(c.dep_ == "neg" or c.lower_ in negations for c in candidate.children):
            return True
    return False
