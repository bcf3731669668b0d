"""Rule `readability`: body sentences far longer or denser than a business letter needs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.draft.model import TextRange
from followup_lint.readability import figures

if TYPE_CHECKING:
    from followup_lint.annotated import Draft

# A line break before a capital, a digit or a bullet starts a new list item or line of a
# block, not the continuation of a hard-wrapped sentence.
_ITEM_BREAK = re.compile(r"\n(?=\s*(?:[A-Z0-9•*\-–]))")
_WORD = re.compile(r"\S*[^\W_]\S*")


class Readability(Check):
    """Each body sentence (list items taken one by one) is measured: more than
    `max_sentence_words` words is too long; at least `dense_min_words` words at a
    Flesch–Kincaid grade of `dense_grade` or more is dense jargon. One finding per sentence."""

    id = "readability"
    message_keys = frozenset({"long", "dense"})
    needs = frozenset({"sentences"})

    def run(self, draft: Draft) -> Iterator[Hit]:
        max_words = self.settings["max_sentence_words"]
        dense_words = self.settings["dense_min_words"]
        dense_grade = self.settings["dense_grade"]
        for sent in draft.sentences_in(draft.parts.paragraphs):
            for rng in _segments(draft.text, sent.start_char, sent.end_char):
                text = draft.text[rng.start : rng.end]
                words = len(_WORD.findall(text))
                if words > max_words:
                    yield self.hit("long", rng, words=words, limit=max_words)
                    continue
                if words < dense_words:
                    continue
                grade = figures(text, sentences=1).flesch_kincaid_grade
                if grade >= dense_grade:
                    yield self.hit("dense", rng, words=words, grade=round(grade))


def _segments(text: str, start: int, end: int) -> Iterator[TextRange]:
    """The sentence split at list-item line breaks, each trimmed of surrounding space."""
    cursor = start
    for match in _ITEM_BREAK.finditer(text, start, end):
        yield from _trimmed(text, cursor, match.start())
        cursor = match.end()
    yield from _trimmed(text, cursor, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[TextRange]:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        begin = start + len(piece) - len(piece.lstrip())
        yield TextRange(begin, begin + len(stripped))
