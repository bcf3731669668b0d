"""Parse an e-mail (.eml): headers give context, the text body becomes the analysis text.

Offsets point into the raw file. Bodies sent as 7bit/8bit map one to one and
quoted-printable bodies are decoded here with a per-character map; a body the
file does not hold as readable text (base64, an unexpected charset) maps every
character to the offset where that part's body starts in the file.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email
import email.policy
import html
import re
from email.headerregistry import Address
from email.message import EmailMessage, Message
from html.parser import HTMLParser

from followup_lint.draft.model import ParsedDraft, TextRange, line_starts_of
from followup_lint.draft.offsets import TextBuilder, align, compose
from followup_lint.draft.parts import split_parts
from followup_lint.errors import InputError
from followup_lint.models import Context

_HEADER_LINE = re.compile(r"[!-9;-~]+:")
_CORE_HEADERS = ("From", "To", "Subject", "Date")
_VERBATIM_ENCODINGS = ("", "7bit", "8bit", "binary")
_HEX = frozenset("0123456789abcdefABCDEF")


def parse_eml(source: str, *, encoding: str = "utf-8", path: str | None = None) -> ParsedDraft:
    """Parse an e-mail whose raw text is `source` (the file decoded with `encoding`)."""
    first_line = source.lstrip("\ufeff\r\n").split("\n", 1)[0]
    if not (_HEADER_LINE.match(first_line) or first_line.startswith("From ")):
        raise InputError("not an e-mail message: it does not start with a header block")
    raw = source.encode(encoding, "surrogateescape")
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not any(name in message for name in _CORE_HEADERS):
        raise InputError("not an e-mail message: no From, To, Subject or Date header")
    part = _text_part(message)
    if part is None:
        raise InputError("e-mail has no text/plain or text/html part")
    regions: dict[int, tuple[int, int]] = {}
    _locate(message, source, 1 if source.startswith("\ufeff") else 0, len(source), regions)
    body_start, body_end = regions.get(id(part), (_header_end(source, 0, len(source)), len(source)))

    builder = TextBuilder()
    subject = _append_subject(message, source, builder)
    analysis_body_start = len(builder)
    content, positions = _decoded_body(part, source, encoding, body_start, body_end)
    if part.get_content_subtype() == "html":
        text, html_positions, breaks = html_to_text(content)
        base = len(builder)
        builder.append_mapped(text, compose(html_positions, positions))
        for index in breaks:
            builder.keep_break_at(base + index)
    else:
        builder.append_mapped(content, positions)
    text, offsets = builder.build(source)
    if not text[analysis_body_start:].strip():
        raise InputError("empty draft: the e-mail body has no text")
    text, parts = split_parts(text, subject, analysis_body_start, builder.hard_breaks)
    return ParsedDraft(
        source=source,
        text=text,
        offsets=offsets,
        parts=parts,
        format="eml",
        path=path,
        context=_context(message, encoding),
    )


def _text_part(message: EmailMessage) -> Message | None:
    """The first inline text/plain part, else the first inline text/html part."""
    for subtype in ("plain", "html"):
        for part in message.walk():
            if (
                part.get_content_type() == f"text/{subtype}"
                and part.get_content_disposition() != "attachment"
            ):
                return part
    return None


def _header_end(source: str, start: int, end: int) -> int:
    """Where a part's body begins: after the blank line (or first non-header line)."""
    cursor = start
    while cursor < end:
        newline = source.find("\n", cursor, end)
        line_end = end if newline == -1 else newline + 1
        line = source[cursor:line_end].rstrip("\r\n")
        if not line:
            return line_end
        if not (_HEADER_LINE.match(line) or line[0] in " \t" or line.startswith("From ")):
            return cursor
        cursor = line_end
    return end


def _locate(
    part: Message, source: str, start: int, end: int, regions: dict[int, tuple[int, int]]
) -> None:
    """Record where each part's body lies in the raw source, following MIME boundaries."""
    body_start = _header_end(source, start, end)
    regions[id(part)] = (body_start, end)
    children = part.get_payload()
    boundary = part.get_boundary()
    if not part.is_multipart() or not boundary or not isinstance(children, list):
        return
    spans = _boundary_spans(source, body_start, end, boundary)
    if len(spans) == len(children):
        for child, (child_start, child_end) in zip(children, spans, strict=True):
            _locate(child, source, child_start, child_end, regions)


def _boundary_spans(source: str, start: int, end: int, boundary: str) -> list[tuple[int, int]]:
    delimiter = "--" + boundary
    spans: list[tuple[int, int]] = []
    current: int | None = None
    cursor = start
    while cursor < end:
        newline = source.find("\n", cursor, end)
        line_end = end if newline == -1 else newline + 1
        line = source[cursor:line_end].rstrip()
        if line in (delimiter, delimiter + "--"):
            if current is not None:
                part_end = cursor - 1 if cursor > current and source[cursor - 1] == "\n" else cursor
                if part_end > current and source[part_end - 1] == "\r":
                    part_end -= 1
                spans.append((current, max(current, part_end)))
            if line != delimiter:
                break
            current = line_end
        cursor = line_end
    return spans


def _append_subject(message: EmailMessage, source: str, builder: TextBuilder) -> TextRange | None:
    """Put the subject first in the analysis text, followed by a blank line."""
    subject = header_text(" ".join(str(message.get("Subject", "")).split("\r\n")).strip())
    if not subject:
        return None
    value_start, value_end = _raw_header_value(source, "subject")
    positions = align(subject, source, value_start, value_end)
    builder.append_mapped(subject, positions or [value_start] * len(subject))
    builder.append_text("\n\n", value_end)
    return TextRange(0, len(subject))


def _raw_header_value(source: str, name: str) -> tuple[int, int]:
    """Offsets of a top-level header's value, folded continuation lines included."""
    header_end = _header_end(source, 0, len(source))
    match = re.search(rf"(?im)^{name}:[ \t]*", source[:header_end])
    if match is None:
        return 0, 0
    cursor = match.end()
    while True:
        newline = source.find("\n", cursor, header_end)
        if newline == -1 or newline + 1 >= header_end or source[newline + 1] not in " \t":
            end = header_end if newline == -1 else newline
            return match.end(), end - (1 if source[end - 1 : end] == "\r" else 0)
        cursor = newline + 1


def _decoded_body(
    part: Message, source: str, encoding: str, start: int, end: int
) -> tuple[str, list[int]]:
    """The part's text ('\\r' removed) and the source offset of each character."""
    transfer = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    try:
        if transfer in _VERBATIM_ENCODINGS and part.get_param("charset") is None:
            # sent as is with no charset declared: read as the file was ('Ojalá' in a UTF-8
            # file), not as ASCII with every other letter replaced
            content = source[start:end]
        else:
            content = part.get_content()
    except (LookupError, ValueError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    content = str(content).replace("\r", "")
    positions: list[int] | None = None
    if transfer in _VERBATIM_ENCODINGS:
        positions = align(content, source, start, end)
    elif transfer == "quoted-printable":
        charset = part.get_content_charset() or "us-ascii"
        decoded, decoded_positions = decode_quoted_printable(source, start, end, encoding, charset)
        positions = decoded_positions if decoded == content else None
    return content, positions if positions is not None else [start] * len(content)


def decode_quoted_printable(
    source: str, start: int, end: int, encoding: str, charset: str
) -> tuple[str, list[int]]:
    """Decode a quoted-printable body so each character knows the offset of its first byte."""
    data = bytearray()
    where: list[int] = []
    cursor = start
    while cursor < end:
        char = source[cursor]
        if char == "=":
            soft = re.compile(r"=[ \t]*\r?\n").match(source, cursor, end)
            if soft:
                cursor = soft.end()
                continue
            escape = source[cursor + 1 : cursor + 3]
            if len(escape) == 2 and set(escape) <= _HEX:
                data.append(int(escape, 16))
                where.append(cursor)
                cursor += 3
                continue
        if char != "\r":
            encoded = char.encode(encoding, "surrogateescape")
            data.extend(encoded)
            where.extend([cursor] * len(encoded))
        cursor += 1
    try:
        decoder = codecs.getincrementaldecoder(charset)("replace")
    except LookupError:
        return data.decode("utf-8", "replace"), [start] * len(data.decode("utf-8", "replace"))
    chars: list[str] = []
    positions: list[int] = []
    pending: int | None = None
    for byte, offset in zip(data, where, strict=True):
        pending = offset if pending is None else pending
        produced = decoder.decode(bytes([byte]))
        chars.extend(produced)
        positions.extend([pending] * len(produced))
        if produced:
            pending = None
    produced = decoder.decode(b"", final=True)
    chars.extend(produced)
    positions.extend([pending if pending is not None else end] * len(produced))
    kept = [index for index, char in enumerate(chars) if char != "\r"]
    return "".join(chars[i] for i in kept), [positions[i] for i in kept]


def header_text(value: str, encoding: str = "utf-8") -> str:
    """A header value as text. Raw 8-bit bytes in a header (common, though the standard wants
    them encoded) reach us as surrogate escapes; decode them as the file's encoding."""
    if not any("\udc80" <= char <= "\udcff" for char in value):
        return value
    return value.encode(encoding, "surrogateescape").decode(encoding, "replace")


def _context(message: EmailMessage, encoding: str = "utf-8") -> Context:
    """Interviewers from To display names, the sender from From, the sent date from Date."""
    interviewers = tuple(
        name
        for name in (
            header_text(a.display_name, encoding).strip() for a in _addresses(message, "To")
        )
        if name
    )
    senders = [
        header_text(a.display_name, encoding).strip()
        for a in _addresses(message, "From")
        if a.display_name
    ]
    return Context(
        interviewers=interviewers,
        sender=senders[0] if senders else None,
        sent_date=_sent_date(message),
    )


def _addresses(message: EmailMessage, name: str) -> tuple[Address, ...]:
    try:
        header = message.get(name)
        return tuple(getattr(header, "addresses", ()) or ())
    except Exception:  # a malformed address header must not stop the lint
        return ()


def _sent_date(message: EmailMessage) -> dt.date | None:
    try:
        header = message.get("Date")
        moment = getattr(header, "datetime", None)
    except Exception:  # an unparseable Date header just leaves sent_date unknown
        return None
    return moment.date() if moment is not None else None


_SKIPPED_TAGS = frozenset({"script", "style", "head", "title"})
_PARAGRAPH_TAG = re.compile(
    r"p|div|h[1-6]|blockquote|ul|ol|table|pre|section|article|header|footer|hr"
)
_LINE_TAGS = frozenset({"li", "tr"})


def html_to_text(markup: str) -> tuple[str, list[int], set[int]]:
    """Readable text of an HTML body, each character's offset in `markup`, and hard newlines."""
    parser = _HtmlText(markup)
    parser.feed(markup)
    parser.close()
    return parser.result()


class _HtmlText(HTMLParser):
    """Collects text with positions; block elements become line or paragraph breaks."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = line_starts_of(markup)
        self._chars: list[str] = []
        self._positions: list[int] = []
        self._hard: set[int] = set()
        self._skipping = 0

    def result(self) -> tuple[str, list[int], set[int]]:
        self._trim_spaces(everything=True)
        size = len(self._chars)
        return "".join(self._chars), self._positions, {i for i in self._hard if i < size}

    def _here(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _add(self, char: str, position: int) -> None:
        if self._skipping:
            return
        if char.isspace() and char != "\xa0":
            if not self._chars or self._chars[-1] in " \n":
                return
            char = " "
        self._chars.append(char)
        self._positions.append(position)

    def _trim_spaces(self, everything: bool = False) -> None:
        while self._chars and (self._chars[-1] == " " or (everything and self._chars[-1] == "\n")):
            self._chars.pop()
            self._positions.pop()

    def _break(self, newlines: int, *, hard: bool = False, always: bool = False) -> None:
        """End the current line (<br> always adds one, blocks ensure `newlines`)."""
        if self._skipping:
            return
        self._trim_spaces()
        if not self._chars:
            return
        tail = "".join(self._chars[-2:])
        trailing = len(tail) - len(tail.rstrip("\n"))
        wanted = min(2, trailing + 1) if always else max(trailing, newlines)
        for _ in range(wanted - trailing):
            self._chars.append("\n")
            self._positions.append(self._here())
        if hard:
            self._hard.add(len(self._chars) - 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag == "br":
            self._break(1, hard=True, always=True)
        elif _PARAGRAPH_TAG.fullmatch(tag):
            self._break(2)
        elif tag in _LINE_TAGS:
            self._break(1, hard=True)
        elif tag in ("td", "th"):
            self._add(" ", self._here())

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif _PARAGRAPH_TAG.fullmatch(tag):
            self._break(2)
        elif tag in _LINE_TAGS:
            self._break(1, hard=True)

    def handle_data(self, data: str) -> None:
        start = self._here()
        for index, char in enumerate(data):
            self._add(char, start + index)

    def handle_entityref(self, name: str) -> None:
        self._add_reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._add_reference(f"&#{name};")

    def _add_reference(self, reference: str) -> None:
        position = self._here()
        for char in html.unescape(reference):
            self._add(char, position)
