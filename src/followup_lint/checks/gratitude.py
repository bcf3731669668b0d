"""Rule `gratitude`: the note must thank the reader (a 'Thanks again,' sign-off counts)."""

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
        if _negated(match, self.term_set("negations")):
            return False
        return not _causal(match, self.term_set("people"))


def _negated(match: Match, negations: frozenset[str]) -> bool:
    """'I did not appreciate…': a negation on the word or on the verb that governs it."""
    token = match.span.root
    for candidate in (token, token.head):
        if any(c.dep_ == "neg" or c.lower_ in negations for c in candidate.children):
            return True
    return False


def _causal(match: Match, people: frozenset[str]) -> bool:
    """'Thanks to the new model, …' means 'because of', unless the object is a person."""
    token = match.span[0]
    doc = token.doc
    if token.lower_ != "thanks" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return False
    objects = [t for t in doc[token.i + 2 : token.i + 6] if t.pos_ in ("PRON", "NOUN", "PROPN")]
    if not objects:
        return False
    first = objects[0]
    return not (first.lower_ in people or first.ent_type_ == "PERSON" or first.pos_ == "PRON")
