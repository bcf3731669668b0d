"""Front matter: a YAML (---) or TOML (+++) block at the very top becomes the draft's Context."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from followup_lint.draft import parse_draft, read_draft
from followup_lint.draft.frontmatter import split_front_matter
from followup_lint.errors import InputError
from followup_lint.models import Context, Kind

FIXTURES = Path(__file__).parents[1] / "fixtures" / "drafts"
LETTER = "Hi Sarah,\n\nThank you for meeting me.\n\nBest,\nJordan\n"


def test_yaml_front_matter_fills_the_context() -> None:
    draft = read_draft(FIXTURES / "front_matter_note.md")

    assert draft.context.interviewers == ("Sarah Chen", "Tom Ortiz")
    assert draft.context.position == "Platform Engineer"
    assert draft.context.company == "Acme"
    assert draft.context.interview_date == dt.date(2026, 11, 18)
    assert draft.context.kind is Kind.THANK_YOU
    assert "---" not in draft.text
    assert draft.text.startswith("Hi Sarah and Tom,")


def test_toml_front_matter_fills_the_context() -> None:
    draft = read_draft(FIXTURES / "front_matter_note.txt")

    assert draft.context.interviewers == ("Priya Patel",)
    assert draft.context.position == "Data Scientist"
    assert draft.context.interview_date == dt.date(2026, 11, 18)
    assert draft.context.previous_followups == 1
    assert "+++" not in draft.text


def test_offsets_still_point_into_the_file_after_front_matter() -> None:
    source = "---\ninterviewer: Sarah Chen\n---\n" + LETTER
    draft = parse_draft(source)

    start = draft.text.index("meeting")
    span = draft.offsets.span(start, start + len("meeting"))
    assert source[span.start : span.end] == "meeting"
    assert span.line == 6


def test_single_interviewer_string_and_date_string() -> None:
    source = "---\ninterviewer: 'Sarah Chen'\nsent_date: '2026-11-19'\n---\n" + LETTER
    context = parse_draft(source).context
    assert context.interviewers == ("Sarah Chen",)
    assert context.sent_date == dt.date(2026, 11, 19)


def test_yaml_datetime_is_reduced_to_its_date() -> None:
    context, _ = split_front_matter("---\ninterview_date: 2026-11-18 10:30:00\n---\nHi\n")
    assert context.interview_date == dt.date(2026, 11, 18)


def test_split_front_matter_returns_where_the_letter_starts() -> None:
    source = "---\ncompany: Acme\n---\nHi Sarah,\n"
    context, start = split_front_matter(source)
    assert context == Context(company="Acme")
    assert source[start:] == "Hi Sarah,\n"


def test_empty_block_is_an_empty_context() -> None:
    context, start = split_front_matter("---\n---\nHello\n")
    assert context == Context()
    assert start == 8


def test_front_matter_after_a_bom_still_counts() -> None:
    draft = parse_draft("\ufeff---\ncompany: Acme\n---\n" + LETTER)
    assert draft.context.company == "Acme"


def test_dashes_not_on_the_first_line_are_not_front_matter() -> None:
    draft = parse_draft("\n---\ncompany: Acme\n---\n" + LETTER)
    assert draft.context == Context()


def _error(source: str) -> str:
    with pytest.raises(InputError) as caught:
        parse_draft(source, path="note.txt")
    message = caught.value.message
    assert "\n" not in message
    assert caught.value.path == "note.txt"
    return message


def test_unknown_key_is_named() -> None:
    message = _error("---\nintervewer: Sarah\n---\n" + LETTER)
    assert message.startswith("front matter: unknown key 'intervewer'")
    assert "interviewer" in message


def test_unclosed_fence() -> None:
    assert _error("---\ncompany: Acme\n" + LETTER) == "front matter: no closing '---'"
    assert _error("+++\ncompany = 'Acme'\n" + LETTER) == "front matter: no closing '+++'"


def test_bad_date_names_the_key() -> None:
    message = _error("---\ninterview_date: 2026-13-45\n---\n" + LETTER)
    assert message.startswith("front matter: bad value for 'interview_date'")


def test_bad_kind_names_the_key() -> None:
    message = _error("---\nkind: love-letter\n---\n" + LETTER)
    assert message.startswith("front matter: bad value for 'kind'")


def test_yaml_syntax_error_names_the_file_line() -> None:
    message = _error("---\ncompany: Acme\nposition: [unclosed\n---\n" + LETTER)
    assert message.startswith("front matter line ")
    line = int(message.split()[3].rstrip(":"))
    assert 3 <= line <= 4


def test_toml_syntax_error_names_the_file_line() -> None:
    message = _error("+++\ncompany = 'Acme'\nposition = \n+++\n" + LETTER)
    assert message.startswith("front matter line 3:")


def test_non_mapping_is_refused() -> None:
    assert "got a list" in _error("---\n- Sarah\n- Tom\n---\n" + LETTER)


def test_both_interviewer_spellings_are_refused() -> None:
    message = _error("---\ninterviewer: A\ninterviewers: [B]\n---\n" + LETTER)
    assert "not both" in message


def test_nothing_after_front_matter_is_an_empty_draft() -> None:
    assert _error("---\ncompany: Acme\n---\n\n") == "empty draft"
