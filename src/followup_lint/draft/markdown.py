"""Strip Markdown markup from a draft while keeping every remaining character's file offset."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from followup_lint.draft.model import TextRange
from followup_lint.draft.offsets import TextBuilder

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_RULE = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r" {0,3}(?:=+|-{3,})[ \t]*$")  # "--" is a signature line
_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]+|$)")
_HEADING_CLOSE = re.compile(r"(?:[ \t]+#+)?[ \t]*$")
# A first line wholly in bold stands for a heading: "**Re: Dispatch Supervisor interview**"
# (not a bold greeting, "**Dear Dale,**").
_BOLD_LINE = re.compile(r" {0,3}(\*\*|__)(?=\S)[^\n]*?[^\s,]\1[ \t]*$")
_REFERENCE_DEFINITION = re.compile(r" {0,3}\[[^\]]+\]:[ \t]*\S")
_QUOTE_MARKER = re.compile(r"[ \t]{0,3}>[ \t]?")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_TASK_BOX = re.compile(r"\[[ xX]\][ \t]+")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>")
_HTML_TAG = re.compile(
    r"<!--.*?-->|</?(?:a|abbr|b|big|blockquote|br|center|code|del|details|div|em|font|h[1-6]|hr"
    r"|i|img|ins|kbd|li|mark|ol|p|pre|s|small|span|strike|strong|sub|summary|sup|table|tbody"
    r"|td|th|thead|tr|tt|u|ul)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


@dataclass
class _Token:
    char: str
    position: int
    delimiter: bool = False
    removed: bool = False


def strip_markdown(source: str, start: int, end: int, builder: TextBuilder) -> TextRange | None:
    """Append the readable text of source[start:end] to `builder`, with the markup removed.

    Returns the builder range of a heading that opens the text (a title), if any.
    """
    fence: str | None = None
    after_text = False
    title: TextRange | None = None
    seen_text = False
    for line_start, content_end, line_end in _lines(source, start, end):
        line = source[line_start:content_end]
        if fence is not None:
            marker = line.strip()
            if marker.startswith(fence) and set(marker) == {fence[0]}:
                fence = None
                builder.append(source, content_end, line_end)
            continue
        opening = _FENCE.match(line)
        if opening:
            fence, after_text = opening.group(1), False
            continue
        if (after_text and _SETEXT_UNDERLINE.match(line)) or _RULE.match(line):
            builder.append(source, content_end, line_end)
            after_text = False
            continue
        if _REFERENCE_DEFINITION.match(line):
            continue
        kind, written = _append_block_line(source, line_start, content_end, builder)
        builder.append(source, content_end, line_end)
        bold_title = not seen_text and kind == "text" and _BOLD_LINE.match(line) is not None
        if kind == "heading" or bold_title:  # a text line's range is only kept as a title
            builder.append_text("\n", content_end)
            if not seen_text and written is not None:
                title = written
        seen_text = seen_text or kind != "blank"
        after_text = kind == "text"
    return title


def _lines(source: str, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    cursor = start
    while cursor < end:
        newline = source.find("\n", cursor, end)
        line_end = end if newline == -1 else newline + 1
        content_end = line_end - 1 if newline != -1 else end
        if content_end > cursor and source[content_end - 1] == "\r":
            content_end -= 1
        yield cursor, content_end, line_end
        cursor = line_end


def _skip_quotes(source: str, start: int, end: int) -> int:
    cursor = start
    while (marker := _QUOTE_MARKER.match(source, cursor, end)) is not None:
        cursor = marker.end()
    return cursor


def _append_block_line(
    source: str, start: int, end: int, builder: TextBuilder
) -> tuple[str, TextRange | None]:
    """Append one line's text without block markers: its kind and the range it filled."""
    cursor = _skip_quotes(source, start, end)
    if not source[cursor:end].strip():
        return "blank", None
    heading = _HEADING.match(source, cursor, end)
    if heading:
        if builder.tail(2) not in ("", "\n\n") and len(builder) > 0:
            builder.append_text("\n", cursor)
        close = _HEADING_CLOSE.search(source, heading.end(), end)
        first = len(builder)
        _append_inline(source, heading.end(), close.start() if close else end, builder)
        return "heading", TextRange(first, len(builder))
    item = _LIST_MARKER.match(source, cursor, end)
    if item:
        builder.keep_break()
        cursor = item.end()
        box = _TASK_BOX.match(source, cursor, end)
        cursor = box.end() if box else cursor
    while cursor < end and source[cursor] in " \t":
        cursor += 1
    first = len(builder)
    _append_inline(source, cursor, end, builder)
    return "text", TextRange(first, len(builder))


_INLINE_MARKUP = re.compile(r"[\\`!\[<*_~]")


def _append_inline(source: str, start: int, end: int, builder: TextBuilder) -> None:
    if not _INLINE_MARKUP.search(source, start, end):
        builder.append(source, start, end)  # plain prose: nothing to take out
        return
    tokens = _tokenize(source, start, end)
    _remove_emphasis(tokens)
    kept = [token for token in tokens if not token.removed]
    builder.append_mapped("".join(t.char for t in kept), [t.position for t in kept])


def _tokenize(source: str, start: int, end: int) -> list[_Token]:
    tokens: list[_Token] = []
    cursor = start
    while cursor < end:
        char = source[cursor]
        if char == "\\" and cursor + 1 < end and source[cursor + 1] in _ESCAPABLE:
            tokens.append(_Token(source[cursor + 1], cursor + 1))
            cursor += 2
            continue
        if char == "`":
            cursor = _code_span(source, cursor, end, tokens)
            continue
        link_at = cursor + 1 if char == "!" and source.startswith("[", cursor + 1) else cursor
        if source.startswith("[", link_at) and link_at < end:
            link = _link(source, link_at, end)
            if link is not None:
                text_start, text_end, after = link
                tokens.extend(_tokenize(source, text_start, text_end))
                cursor = after
                continue
        if char == "<":
            autolink = _AUTOLINK.match(source, cursor, end)
            if autolink:
                tokens.extend(_Token(source[i], i) for i in range(*autolink.span(1)))
                cursor = autolink.end()
                continue
            tag = _HTML_TAG.match(source, cursor, end)
            if tag:
                cursor = tag.end()
                continue
        tokens.append(_Token(char, cursor, delimiter=char in "*_~"))
        cursor += 1
    return tokens


def _code_span(source: str, start: int, end: int, tokens: list[_Token]) -> int:
    """Keep the text of a `code span` without its backticks; return where scanning resumes."""
    run = start
    while run < end and source[run] == "`":
        run += 1
    width = run - start
    search = run
    while (close := source.find("`" * width, search, end)) != -1:
        after = close + width
        if (after < end and source[after] == "`") or source[close - 1] == "`":
            search = after
            while search < end and source[search] == "`":
                search += 1
            continue
        inner_start, inner_end = run, close
        inner = source[inner_start:inner_end]
        if len(inner) > 1 and inner[0] == " " and inner[-1] == " " and inner.strip():
            inner_start, inner_end = inner_start + 1, inner_end - 1
        tokens.extend(_Token(source[i], i) for i in range(inner_start, inner_end))
        return after
    tokens.extend(_Token("`", i) for i in range(start, run))
    return run


def _link(source: str, open_at: int, end: int) -> tuple[int, int, int] | None:
    """For `[text](url)` or `[text][ref]` at open_at: text range and the offset after the link."""
    close = _matching(source, open_at, end, "[", "]")
    if close is None or close + 1 >= end:
        return None
    follower = source[close + 1]
    if follower == "(":
        target_end = _matching(source, close + 1, end, "(", ")")
    elif follower == "[":
        target_end = _matching(source, close + 1, end, "[", "]")
    else:
        return None
    if target_end is None:
        return None
    return open_at + 1, close, target_end + 1


def _matching(source: str, open_at: int, end: int, opener: str, closer: str) -> int | None:
    depth = 0
    cursor = open_at
    while cursor < end:
        char = source[cursor]
        if char == "\\":
            cursor += 2
            continue
        if char == opener:
            depth += 1
        elif char == closer:
            depth -= 1
            if depth == 0:
                return cursor
        cursor += 1
    return None


@dataclass
class _Run:
    first: int
    length: int
    char: str
    can_open: bool
    can_close: bool
    opened: int = 0
    closed: int = 0

    @property
    def remaining(self) -> int:
        return self.length - self.opened - self.closed


def _remove_emphasis(tokens: list[_Token]) -> None:
    """Mark matched *, _, ** , __ and ~~ delimiters as removed (CommonMark flanking rules)."""
    openers: list[_Run] = []
    for run in _delimiter_runs(tokens):
        while run.can_close and run.remaining > 0:
            match = next((o for o in reversed(openers) if o.char == run.char), None)
            if match is None:
                break
            used = min(match.remaining, run.remaining)
            inner_end = match.first + match.length - match.opened
            for index in range(inner_end - used, inner_end):
                tokens[index].removed = True
            for index in range(run.first + run.closed, run.first + run.closed + used):
                tokens[index].removed = True
            match.opened += used
            run.closed += used
            del openers[openers.index(match) + 1 :]
            if match.remaining == 0:
                openers.remove(match)
        if run.can_open and run.remaining > 0:
            openers.append(run)


def _delimiter_runs(tokens: list[_Token]) -> list[_Run]:
    runs: list[_Run] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not token.delimiter:
            index += 1
            continue
        end = index
        while end < len(tokens) and tokens[end].delimiter and tokens[end].char == token.char:
            end += 1
        before = tokens[index - 1].char if index > 0 else " "
        after = tokens[end].char if end < len(tokens) else " "
        left = not after.isspace() and (
            not _is_punct(after) or before.isspace() or _is_punct(before)
        )
        right = not before.isspace() and (
            not _is_punct(before) or after.isspace() or _is_punct(after)
        )
        if token.char == "_":
            can_open = left and (not right or _is_punct(before))
            can_close = right and (not left or _is_punct(after))
        else:
            can_open, can_close = left, right
        if token.char != "~" or end - index == 2:
            runs.append(_Run(index, end - index, token.char, can_open, can_close))
        index = end
    return runs


def _is_punct(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"
