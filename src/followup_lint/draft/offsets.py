"""Assemble analysis text piece by piece while recording where each character came from."""

from __future__ import annotations

from collections.abc import Sequence

from followup_lint.draft.model import OffsetMap, line_starts_of

_LINE_BREAK_CHARS = "\r\n"


class TextBuilder:
    """Accumulates analysis text together with the source offset of every character.

    Carriage returns are never stored, so the built text has no '\\r'.
    """

    def __init__(self) -> None:
        self._chars: list[str] = []
        self._positions: list[int] = []
        self._end: int | None = None
        self._hard_breaks: set[int] = set()

    def __len__(self) -> int:
        return len(self._chars)

    @property
    def hard_breaks(self) -> frozenset[int]:
        """Indices of newlines that must survive paragraph reflow (list items, <br>)."""
        return frozenset(self._hard_breaks)

    def tail(self, size: int) -> str:
        """The last `size` characters built so far, to decide on separators."""
        return "".join(self._chars[-size:]) if size > 0 else ""

    def append(self, source: str, start: int, end: int) -> None:
        """Copy source[start:end] one to one, so every character keeps its true offset."""
        chunk = source[start:end]
        if "\r" not in chunk:  # the usual case: whole runs copied at C speed
            self._chars.extend(chunk)
            self._positions.extend(range(start, start + len(chunk)))
        else:
            for index, char in enumerate(chunk, start):
                if char != "\r":
                    self._chars.append(char)
                    self._positions.append(index)
        self._end = end

    def append_text(self, text: str, at: int) -> None:
        """Insert synthetic text (a separator, a decoded entity) anchored at one source offset."""
        for char in text:
            if char != "\r":
                self._chars.append(char)
                self._positions.append(at)
        self._end = at

    def append_mapped(self, text: str, positions: Sequence[int]) -> None:
        """Append text whose characters each come with their own source offset."""
        if len(text) != len(positions):
            raise ValueError("text and positions differ in length")
        if "\r" not in text:
            self._chars.extend(text)
            self._positions.extend(positions)
        else:
            for char, position in zip(text, positions, strict=True):
                if char != "\r":
                    self._chars.append(char)
                    self._positions.append(position)
        if positions:
            self._end = positions[-1] + 1

    def keep_break(self) -> None:
        """Protect the newline just appended from being reflowed into a space."""
        if self._chars and self._chars[-1] == "\n":
            self._hard_breaks.add(len(self._chars) - 1)

    def keep_break_at(self, index: int) -> None:
        """Protect the newline at analysis index `index` from reflow."""
        if 0 <= index < len(self._chars) and self._chars[index] == "\n":
            self._hard_breaks.add(index)

    def build(self, source: str) -> tuple[str, OffsetMap]:
        """Finish: the analysis text and its map back into `source`."""
        limit = len(source)
        positions = self._positions
        if positions and (min(positions) < 0 or max(positions) > limit):
            positions = [min(max(position, 0), limit) for position in positions]
        else:
            positions = list(positions)
        end = limit if self._end is None else min(max(self._end, 0), limit)
        positions.append(end)
        return "".join(self._chars), OffsetMap(tuple(positions), line_starts_of(source))


def compose(outer_positions: Sequence[int], inner: Sequence[int]) -> list[int]:
    """Chain two maps: positions into an intermediate text, then that text's map to the file."""
    if not inner:
        return [0 for _ in outer_positions]
    last = len(inner) - 1
    return [inner[min(max(position, 0), last)] for position in outer_positions]


def align(text: str, source: str, start: int, end: int) -> list[int] | None:
    """Find `text` verbatim in source[start:end], skipping line breaks the text lacks.

    Returns one source offset per character, or None when the text is not there
    as such (it was encoded, or re-wrapped differently).
    """
    positions: list[int] = []
    cursor = start
    for char in text:
        while cursor < end and source[cursor] != char and source[cursor] in _LINE_BREAK_CHARS:
            cursor += 1
        if cursor >= end or source[cursor] != char:
            return None
        positions.append(cursor)
        cursor += 1
    return positions
