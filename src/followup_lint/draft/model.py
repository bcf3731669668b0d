"""The parsed draft: analysis text, its parts, and the map back to the original file."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

from followup_lint.models import Context, Span

DraftFormat = Literal["text", "markdown", "eml"]


@dataclass(frozen=True, slots=True)
class TextRange:
    """A half-open [start, end) range of code points in the analysis text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad range {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, index: int) -> bool:
        """True when `index` lies inside the range."""
        return self.start <= index < self.end

    def overlaps(self, other: TextRange) -> bool:
        """True when the two ranges share at least one code point."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Parts:
    """The letter's anatomy, as ranges of the analysis text (None when absent)."""

    subject: TextRange | None
    greeting: TextRange | None
    paragraphs: tuple[TextRange, ...]
    closing: TextRange | None
    signature: TextRange | None
    postscript: TextRange | None = None  # "P.S. ..." after the signature

    @property
    def body(self) -> TextRange | None:
        """From the first body paragraph to the end of the last one."""
        if not self.paragraphs:
            return None
        return TextRange(self.paragraphs[0].start, self.paragraphs[-1].end)

    @property
    def body_start(self) -> int:
        """Where a finding about the whole letter is anchored: first paragraph, else greeting."""
        if self.paragraphs:
            return self.paragraphs[0].start
        if self.greeting is not None:
            return self.greeting.start
        return 0


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps analysis-text offsets to original-file offsets, and those to line/column.

    `to_source[i]` is the source offset of analysis character i; it holds
    len(text) + 1 entries, the last one mapping the end of the text.
    """

    to_source: tuple[int, ...]
    line_starts: tuple[int, ...]

    @classmethod
    def identity(cls, source: str) -> OffsetMap:
        """The map for an analysis text that is the source itself."""
        return cls(tuple(range(len(source) + 1)), line_starts_of(source))

    def source_offset(self, index: int) -> int:
        """The source offset of analysis offset `index` (clamped to the text)."""
        index = max(0, min(index, len(self.to_source) - 1))
        return self.to_source[index]

    def line_column(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column of a source offset."""
        line = bisect_right(self.line_starts, source_offset)
        return line, source_offset - self.line_starts[line - 1] + 1

    def span(self, start: int, end: int) -> Span:
        """The source Span of the analysis range [start, end)."""
        src_start = self.source_offset(start)
        src_end = self.source_offset(end - 1) + 1 if end > start else src_start
        src_end = max(src_end, src_start)
        line, column = self.line_column(src_start)
        end_line, end_column = self.line_column(src_end)
        return Span(
            start=src_start,
            end=src_end,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
        )


def line_starts_of(text: str) -> tuple[int, ...]:
    """Offsets at which each line of `text` begins (line 1 starts at 0)."""
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return tuple(starts)


@dataclass(frozen=True, slots=True)
class ParsedDraft:
    """A draft read and split into parts, before any language annotation.

    - `source`: the original file as text (what spans point into)
    - `text`: the analysis text (markup, headers and front matter removed)
    - `offsets`: maps `text` offsets back into `source`
    - `context`: what the file itself says (front matter, e-mail headers)
    """

    source: str
    text: str
    offsets: OffsetMap
    parts: Parts
    format: DraftFormat = "text"
    path: str | None = None
    context: Context = field(default_factory=Context)

    def excerpt(self, rng: TextRange) -> str:
        """The analysis text of a range."""
        return self.text[rng.start : rng.end]
