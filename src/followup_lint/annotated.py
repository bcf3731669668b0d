"""The draft as checks see it: parsed parts, the spaCy Doc over the analysis text, the context."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from followup_lint.draft.model import ParsedDraft, Parts, TextRange
from followup_lint.models import Context, Kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from followup_lint.proofing.service import Proofreader


@dataclass(frozen=True, slots=True)
class Draft:
    """A parsed draft plus its annotation; what `Check.run` receives.

    - `doc.text == parsed.text`: spaCy character offsets are analysis offsets
    - `context`: merged (call or CLI > file > config), never None
    - `kind`: as given or detected; None when unknown
    - `kind_confidence`: how sure a detected kind is (None when the context gave it)
    - `proofreader`: the run's proofreading service (None when no check needs one)
    """

    parsed: ParsedDraft
    doc: Doc
    context: Context
    kind: Kind | None = None
    proofreader: Proofreader | None = None
    kind_confidence: float | None = None
    _sentences: list[Span] = field(default_factory=list, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The analysis text."""
        return self.parsed.text

    @property
    def parts(self) -> Parts:
        """Subject, greeting, paragraphs, closing and signature ranges."""
        return self.parsed.parts

    @property
    def path(self) -> str | None:
        """The display path of the draft, if it came from a file."""
        return self.parsed.path

    def part_name(self, index: int) -> str:
        """Which part an analysis offset falls in: subject, greeting, body, closing, signature."""
        parts = self.parts
        for name in ("subject", "greeting", "closing", "signature"):
            rng = getattr(parts, name)
            if rng is not None and rng.contains(index):
                return name
        return "body"

    def sentence_list(self) -> list[Span]:
        """The Doc's sentences, found once per draft (many checks walk them; spaCy rebuilds the
        spans on every `doc.sents`). Kept on the Draft, not in `doc.user_data`: a Span there
        would make a Doc -> Span -> Doc cycle that only the garbage collector frees, and memory
        would grow with the number of drafts linted."""
        if not self._sentences:
            self._sentences.extend(self.doc.sents)
        return self._sentences

    def sentences(self, within: TextRange | None = None) -> Iterator[Span]:
        """Sentences of the Doc, optionally only those starting inside `within`."""
        for sent in self.sentence_list():
            if within is None or within.contains(sent.start_char):
                yield sent

    def sentences_in(self, ranges: Sequence[TextRange]) -> Iterator[Span]:
        """Non-blank sentences starting inside `ranges` (given in text order), in one pass."""
        index = 0
        text = self.text
        for sent in self.sentence_list():
            start = sent.start_char
            while index < len(ranges) and ranges[index].end <= start:
                index += 1
            if index == len(ranges):
                return
            if ranges[index].contains(start) and not text[start : sent.end_char].isspace():
                yield sent

    def prose_ranges(self) -> tuple[TextRange, ...]:
        """Subject, greeting, paragraphs, closing and any P.S.: everything but the signature."""
        parts = self.parts
        ranges = [parts.subject, parts.greeting, *parts.paragraphs, parts.closing, parts.postscript]
        return tuple(r for r in ranges if r is not None)

    def first_sentence_range(self) -> TextRange:
        """Where a finding about something missing is anchored: the first body sentence."""
        start = self.parts.body_start
        for sent in self.sentence_list():
            if sent.end_char > start and sent.text.strip():
                text = sent.text.rstrip()
                begin = max(sent.start_char, start)
                end = sent.start_char + len(text)
                if end > begin:
                    return TextRange(begin, end)
        return TextRange(start, min(len(self.text), start + 1))
