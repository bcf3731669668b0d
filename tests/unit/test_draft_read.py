"""read_draft and parse_draft: files and strings become ParsedDrafts, bad input one-line errors."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from followup_lint.draft import ParsedDraft, decode_source, format_for, parse_draft, read_draft
from followup_lint.errors import InputError

FIXTURES = Path(__file__).parents[1] / "fixtures" / "drafts"
LETTER = "Hi Sarah,\n\nThank you for meeting with me today.\n\nBest,\nJordan\n"


def source_of(draft: ParsedDraft, word: str, occurrence: int = 0) -> str:
    """Map the analysis range of `word` back to the file and return what the file holds there."""
    start = -1
    for _ in range(occurrence + 1):
        start = draft.text.index(word, start + 1)
    span = draft.offsets.span(start, start + len(word))
    return draft.source[span.start : span.end]


def test_crlf_file_keeps_its_source_and_maps_offsets_exactly() -> None:
    draft = read_draft(FIXTURES / "thank_you_crlf.txt")

    assert "\r\n" in draft.source
    assert "\r" not in draft.text
    assert draft.format == "text"
    assert draft.path == str(FIXTURES / "thank_you_crlf.txt")
    for word in ("Chen", "forecasting", "finance", "position", "Jordan", "555-0100"):
        assert source_of(draft, word) == word


def test_line_and_column_are_one_based_on_crlf_files() -> None:
    draft = read_draft(FIXTURES / "thank_you_crlf.txt")
    start = draft.text.index("forecasting")
    span = draft.offsets.span(start, start + len("forecasting"))

    assert (span.line, span.column) == (6, 56)
    assert (span.end_line, span.end_column) == (6, 67)
    first = draft.offsets.span(0, 1)
    assert (first.line, first.column) == (1, 10)  # "Thank" after "Subject: "


def test_subject_line_becomes_the_subject_part() -> None:
    draft = read_draft(FIXTURES / "thank_you_crlf.txt")

    assert draft.excerpt(draft.parts.subject) == "Thank you for today"
    assert draft.excerpt(draft.parts.greeting) == "Dear Ms. Chen,"
    assert "Subject:" not in draft.text


def test_subject_line_is_case_insensitive_and_may_follow_blank_lines() -> None:
    draft = parse_draft("\n\nSUBJECT:  Checking in \n\n" + LETTER)
    assert draft.excerpt(draft.parts.subject) == "Checking in"
    assert draft.excerpt(draft.parts.greeting) == "Hi Sarah,"


def test_plain_text_without_subject() -> None:
    draft = parse_draft(LETTER)
    assert draft.parts.subject is None
    assert draft.text == LETTER
    assert draft.offsets.to_source == tuple(range(len(LETTER) + 1))


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + LETTER.encode())
    draft = read_draft(path)
    assert draft.source == LETTER
    assert source_of(draft, "meeting") == "meeting"


def test_utf16_with_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(LETTER.replace("\n", "\r\n").encode("utf-16"))
    draft = read_draft(path)
    assert draft.excerpt(draft.parts.greeting) == "Hi Sarah,"
    assert source_of(draft, "today") == "today"


def test_format_follows_the_suffix() -> None:
    assert format_for("note.eml") == "eml"
    assert format_for("note.MD") == "markdown"
    assert format_for("note.markdown") == "markdown"
    assert format_for("note.txt") == "text"
    assert format_for("note") == "text"
    assert format_for(None) == "text"
    assert parse_draft("Hi **Sarah**,\n\nThanks.\n", path="x.md").text.startswith("Hi Sarah,")
    assert parse_draft("Hi **Sarah**,\n", format="text").text.startswith("Hi **Sarah**,")


def test_decode_source_reports_the_bad_byte_and_its_offset() -> None:
    with pytest.raises(InputError) as caught:
        decode_source(b"Hi Sarah,\n\xff oops", "x.txt")
    assert caught.value.message == "not UTF-8 text: invalid byte 0xff at offset 10"
    with pytest.raises(InputError) as caught:
        decode_source(b"\xef\xbb\xbfabc\xe9", None)
    assert caught.value.message == "not UTF-8 text: invalid byte 0xe9 at offset 6"


def assert_input_error(path: Path | str, expected: str) -> None:
    with pytest.raises(InputError) as caught:
        read_draft(path)
    error = caught.value
    assert error.message == expected
    assert error.path == str(path)
    assert "\n" not in str(error)
    assert str(error) == f"{path}: {expected}"


def test_missing_file(tmp_path: Path) -> None:
    assert_input_error(tmp_path / "nope.txt", "no such file")


def test_directory(tmp_path: Path) -> None:
    assert_input_error(tmp_path, "is a directory, not a draft")


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(LETTER)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert_input_error(path, "cannot read: permission denied")


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf \n"])
def test_empty_or_blank_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert_input_error(path, "empty draft")


@pytest.mark.parametrize("name", ["x.txt", "x.md", "x.eml"])
def test_binary_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert_input_error(path, "binary file, not a text draft")


def test_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Hi Ren\u00e9e,\n".encode("latin-1"))
    assert_input_error(path, "not UTF-8 text: invalid byte 0xe9 at offset 6")


def test_reading_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(LETTER.replace("\n", "\r\n").encode())
    before = path.read_bytes()
    read_draft(path)
    assert path.read_bytes() == before


def test_parse_draft_errors_carry_the_path() -> None:
    with pytest.raises(InputError) as caught:
        parse_draft("  \n", path="<stdin>")
    assert str(caught.value) == "<stdin>: empty draft"
    with pytest.raises(InputError) as caught:
        parse_draft("abc\x00def")
    assert caught.value.message == "binary file, not a text draft"
    assert caught.value.path is None


def test_parse_draft_reads_eml_text() -> None:
    message = "From: Jordan <j@example.com>\nSubject: Thanks\n\n" + LETTER
    draft = parse_draft(message, path="mail.eml")
    assert draft.format == "eml"
    assert draft.excerpt(draft.parts.subject) == "Thanks"
    assert source_of(draft, "meeting") == "meeting"


def test_parts_are_in_order_for_every_fixture() -> None:
    for path in sorted(FIXTURES.iterdir()):
        if path.name == "no_text_part.eml":
            continue
        draft = read_draft(path)
        parts = draft.parts
        ranges = [parts.subject, parts.greeting, *parts.paragraphs, parts.closing, parts.signature]
        present = [r for r in ranges if r is not None]
        assert all(0 <= r.start <= r.end <= len(draft.text) for r in present), path.name
        assert all(a.end <= b.start for a, b in pairwise(present)), path.name
        assert len(draft.offsets.to_source) == len(draft.text) + 1
        assert "\r" not in draft.text


@pytest.mark.parametrize(
    "line", ["**Subject:** Thank you – Data Analyst", "**Subject: Thank you – Data Analyst**"]
)
def test_a_markdown_subject_line_in_bold_is_the_subject(line: str) -> None:
    draft = parse_draft(f"{line}\n\nDear Sarah,\n\nThank you.\n\nBest,\nJo\n", format="markdown")
    assert draft.parts.subject is not None and draft.parts.greeting is not None
    assert draft.excerpt(draft.parts.subject) == "Thank you – Data Analyst"
    assert draft.excerpt(draft.parts.greeting) == "Dear Sarah,"
