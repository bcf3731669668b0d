"""Rule `length`: about one printed page at most, and long enough to be a real note."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.draft.model import TextRange

if TYPE_CHECKING:
    from followup_lint.annotated import Draft

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


def count_words(text: str) -> int:
    """Words as a reader counts them: 'don't' and 'e-mail' are one word each."""
    return len(_WORD.findall(text))


def printed_lines(text: str, chars_per_line: int) -> int:
    """Lines a block of text fills when wrapped at `chars_per_line`, one per hard line at least."""
    return sum(max(1, math.ceil(len(line.rstrip()) / chars_per_line)) for line in text.split("\n"))


class Length(Check):
    """Estimates the printed page from words, wrapped lines and paragraph breaks."""

    id = "length"
    message_keys = frozenset({"too-short", "too-long", "too-many-words"})

    def run(self, draft: Draft) -> Iterator[Hit]:
        parts = draft.parts
        body = parts.body
        paragraphs = [draft.text[p.start : p.end] for p in parts.paragraphs]
        words = sum(count_words(p) for p in paragraphs)
        minimum = int(self.settings["min_words"])
        if words < minimum:
            anchor = body or TextRange(0, len(draft.text.rstrip()))
            yield self.hit("too-short", anchor, words=words, minimum=minimum)
            return
        per_line = int(self.settings["chars_per_line"])
        page = int(self.settings["page_lines"])
        lines = 0
        overflow: int | None = None
        for name in ("subject", "greeting"):
            rng = getattr(parts, name)
            if rng is not None:
                lines += printed_lines(draft.text[rng.start : rng.end], per_line) + 1
        for rng, text in zip(parts.paragraphs, paragraphs, strict=True):
            lines += printed_lines(text, per_line) + 1
            if lines > page and overflow is None:
                overflow = rng.start
        for name in ("closing", "signature"):
            rng = getattr(parts, name)
            if rng is not None:
                lines += printed_lines(draft.text[rng.start : rng.end], per_line)
        maximum = int(self.settings["max_words"])
        if body is None:
            return
        if lines > page:
            start = overflow if overflow is not None else body.start
            yield self.hit(
                "too-long", TextRange(start, body.end), lines=lines, words=words, page=page
            )
        elif words > maximum:
            yield self.hit("too-many-words", body, words=words, maximum=maximum)
