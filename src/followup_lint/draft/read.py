"""Turn a draft file or string into a ParsedDraft, refusing unreadable input with one line."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from followup_lint.draft.frontmatter import split_front_matter
from followup_lint.draft.markdown import strip_markdown
from followup_lint.draft.model import DraftFormat, ParsedDraft, TextRange
from followup_lint.draft.offsets import TextBuilder
from followup_lint.draft.parts import split_parts
from followup_lint.errors import InputError

_MARKDOWN_SUFFIXES = (".md", ".markdown")
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# "Subject: ...", also with Markdown emphasis: "**Subject:** ..." or "**Subject: ...**"
_SUBJECT_LINE = re.compile(
    r"[ \t]*(?P<mark>\*\*|__|\*|_)?subject[ \t]*:[ \t]*(?:(?P=mark)[ \t]*)?", re.IGNORECASE
)


def read_draft(path: str | os.PathLike[str]) -> ParsedDraft:
    """Read a draft from disk (format from its suffix); problems become one-line InputErrors."""
    name = str(path)
    data = _read_bytes(Path(path), name)
    draft_format = format_for(name)
    if draft_format != "eml":
        return parse_draft(decode_source(data, name), path=name, format=draft_format)
    if b"\x00" in data:
        raise InputError("binary file, not a text draft", path=name)
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        source, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        source, encoding = data.decode("latin-1"), "latin-1"
    if not source.strip():
        raise InputError("empty draft", path=name)
    from followup_lint.draft.eml import parse_eml  # the email package: only for .eml files

    try:
        return parse_eml(source, encoding=encoding, path=name)
    except InputError as error:
        raise _with_path(error, name) from None


def parse_draft(
    text: str, *, path: str | None = None, format: DraftFormat | None = None
) -> ParsedDraft:
    """Parse in-memory text (API, stdin) exactly as read_draft parses a file."""
    draft_format = format or format_for(path)
    if "\x00" in text:
        raise InputError("binary file, not a text draft", path=path)
    if not text.lstrip("\ufeff").strip():
        raise InputError("empty draft", path=path)
    try:
        if draft_format == "eml":
            from followup_lint.draft.eml import parse_eml

            return parse_eml(text, path=path)
        return _parse_letter(text, draft_format, path)
    except InputError as error:
        raise _with_path(error, path) from None


def format_for(path: str | None) -> DraftFormat:
    """The draft format a file name implies: .eml, .md/.markdown, else plain text."""
    suffix = Path(path).suffix.lower() if path else ""
    if suffix == ".eml":
        return "eml"
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def decode_source(data: bytes, path: str | None) -> str:
    """Decode a draft's bytes (UTF-8, or UTF-16/32 with a BOM), refusing binary files."""
    for mark, codec in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"not {codec.upper()} text: invalid bytes at offset {error.start}", path=path
                ) from None
            if "\x00" in text:
                raise InputError("binary file, not a text draft", path=path)
            return text
    if b"\x00" in data:
        raise InputError("binary file, not a text draft", path=path)
    skipped = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skipped:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = skipped + error.start
        raise InputError(
            f"not UTF-8 text: invalid byte 0x{data[offset]:02x} at offset {offset}", path=path
        ) from None


def _read_bytes(path: Path, name: str) -> bytes:
    if path.is_dir():
        raise InputError("is a directory, not a draft", path=name)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a draft", path=name) from None
    except PermissionError:
        raise InputError("cannot read: permission denied", path=name) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=name) from None


def _with_path(error: InputError, path: str | None) -> InputError:
    if error.path is None and path is not None:
        return InputError(error.message, path=path)
    return error


def _parse_letter(source: str, draft_format: DraftFormat, path: str | None) -> ParsedDraft:
    """Plain text or Markdown: front matter, an optional Subject: line, then the letter.

    In Markdown, a heading or a line wholly in bold that opens the letter (with no Subject:
    line) is its subject.
    """
    context, cursor = split_front_matter(source, 1 if source.startswith("\ufeff") else 0)
    builder = TextBuilder()
    subject: TextRange | None = None
    subject_line = _subject_line(source, cursor)
    if subject_line is not None:
        value_start, value_end, cursor = subject_line
        if value_end > value_start:
            builder.append(source, value_start, value_end)
            subject = TextRange(0, len(builder))
            builder.append_text("\n\n", value_end)
    body_start = len(builder)
    if draft_format == "markdown":
        title = strip_markdown(source, cursor, len(source), builder)
        if subject is None and title is not None and len(title) > 0:
            subject, body_start = title, title.end
    else:
        builder.append(source, cursor, len(source))
    text, offsets = builder.build(source)
    if not text[body_start:].strip():
        raise InputError("empty draft")
    text, parts = split_parts(text, subject, body_start, builder.hard_breaks)
    return ParsedDraft(
        source=source,
        text=text,
        offsets=offsets,
        parts=parts,
        format=draft_format,
        path=path,
        context=context,
    )


def _subject_line(source: str, start: int) -> tuple[int, int, int] | None:
    """A leading "Subject: ..." line: its value's range and where the next line starts."""
    cursor = start
    while cursor < len(source):
        newline = source.find("\n", cursor)
        line_end = len(source) if newline == -1 else newline
        if source[cursor:line_end].strip():
            match = _SUBJECT_LINE.match(source, cursor, line_end)
            if match is None:
                return None
            value_end = len(source[:line_end].rstrip())
            mark = match.group("mark")
            if (
                mark
                and source[:value_end].endswith(mark)
                and not match.group().rstrip().endswith(mark)
            ):
                value_end -= len(mark)  # "**Subject: Thank you**": the closing mark
            value_end = max(value_end, match.end())
            return match.end(), value_end, min(line_end + 1, len(source))
        cursor = line_end + 1
    return None
