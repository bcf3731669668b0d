"""Rule `slang`: text-speak, emoji and over-casual words; every word list lives in the pack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from followup_lint.checks.base import PhraseCheck
from followup_lint.matching import Match

if TYPE_CHECKING:
    from followup_lint.annotated import Draft


class Slang(PhraseCheck):
    """Each pack entry match, anywhere in the note, is a finding with its formal suggestion.

    Words that are slang only as a feeling ('I'm stoked') are dropped when used as a verb
    with an object or in a perfect tense ('I have stoked the kiln').
    """

    id = "slang"

    def accept(self, draft: Draft, match: Match) -> bool:
        if match.entry.id not in self.term_set("feeling-entries"):
            return True
        token = match.span.root
        if any(c.dep_ in ("dobj", "obj") for c in token.children):
            return False
        return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
