"""Rule `length`: long enough to be a real note, no longer than one printed page."""

from __future__ import annotations

import pytest

from followup_lint import (
    Config,
    FollowupLintError,
    Linter,
    ParsedDraft,
    Report,
    Severity,
    parse_draft,
)
from tests.checks.helpers import lint_corpus, only_flagged_text


def length_linter(**settings: int) -> Linter:
    """A linter whose length thresholds come from config, as `[tool.followup-lint.rules.length]`."""
    return Linter(Config(rules={"length": settings}))


def flagged(draft: ParsedDraft, report: Report) -> str:
    return only_flagged_text(draft, report, "length")


# -- too short -----------------------------------------------------------------------------


def test_a_two_sentence_note_is_too_short(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/barista-shift-supervisor-thx-short.txt")
    (finding,) = report.by_rule("length")
    assert finding.entry == "too-short"
    assert finding.severity is Severity.WARNING
    assert finding.category.value == "format"
    assert finding.message == (
        "The body has only 22 words; a real note needs at least 40 (a few sentences)."
    )
    assert finding.suggestions == ()
    # The whole body is flagged; greeting and signature are not part of it.
    assert flagged(draft, report) == (
        "Thx for meeting with me yesterday about the shift supervisor job. I really liked the "
        "team. Hope to hear from you soon."
    )
    assert (finding.span.line, finding.span.column) == (11, 1)


@pytest.mark.parametrize(
    ("name", "words", "body", "line"),
    [
        (
            "status-inquiry/claims-adjuster-too-short.txt",
            14,
            "Just checking in on the Claims Adjuster position. Has a decision been made yet?",
            11,
        ),
        ("status-inquiry/any-news-no-greeting.txt", 5, "Any news on the job?", 1),
        (
            "status-inquiry/no-frontmatter-checking-status-too-short.txt",
            14,
            "I am checking on the status of my application. Thank you for your time.",
            5,
        ),
    ],
)
def test_counts_only_body_words(
    linter: Linter, name: str, words: int, body: str, line: int
) -> None:
    draft, report = lint_corpus(linter, name)
    (finding,) = report.by_rule("length")
    assert finding.message.startswith(f"The body has only {words} words;")
    assert flagged(draft, report) == body
    assert (finding.span.line, finding.span.column) == (line, 1)


def test_a_short_but_complete_note_passes(linter: Linter) -> None:
    # About 45 body words, Markdown emphasis and all: at least 40.
    _, report = lint_corpus(linter, "thank-you/teaching-assistant-45-words.md")
    assert report.by_rule("length") == ()


def test_min_words_from_config_changes_the_verdict() -> None:
    name = "thank-you/teaching-assistant-45-words.md"
    draft, report = lint_corpus(length_linter(**{"min-words": 50}), name)
    (finding,) = report.by_rule("length")
    assert finding.message == (
        "The body has only 44 words; a real note needs at least 50 (a few sentences)."
    )
    assert flagged(draft, report).startswith("Thank you for meeting with me this afternoon")


@pytest.mark.parametrize(("minimum", "fires"), [(10, False), (22, False), (23, True)])
def test_the_minimum_is_inclusive(minimum: int, fires: bool) -> None:
    name = "thank-you/barista-shift-supervisor-thx-short.txt"  # 22 body words
    _, report = lint_corpus(length_linter(**{"min-words": minimum}), name)
    assert bool(report.by_rule("length")) is fires


# -- too long ------------------------------------------------------------------------------


def test_a_long_note_is_flagged_from_the_paragraph_that_overflows_the_page(
    linter: Linter,
) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/nurse-practitioner-long-winded.txt")
    (finding,) = report.by_rule("length")
    assert finding.entry == "too-long"
    assert finding.severity is Severity.WARNING
    assert finding.message == (
        "About 58 printed lines (671 words): longer than one page (46 lines); cut it to a few "
        "short paragraphs."
    )
    text = flagged(draft, report)
    # From the sixth of eight paragraphs to the end of the body, without the sign-off.
    assert text.startswith("On a practical note, my current contract allows me")
    assert text.endswith("the care you clearly bring to your patients and your team.")
    assert (finding.span.line, finding.span.column) == (23, 1)
    assert (finding.span.end_line, finding.span.end_column) == (27, 114)


@pytest.mark.parametrize(
    ("name", "opening", "line"),
    [
        ("thank-you/civil-engineer-non-native-long.txt", "Fifth, I would like to say", 21),
        (
            "status-inquiry/procurement-long-winded-reply-this-week.txt",
            "Nevertheless, I cannot continue to hold other opportunities",
            23,
        ),
        (
            "thank-you/hotel-front-office-manager-700-words.txt",
            "Finally, I would like to say a word about why The Alderton",
            21,
        ),
    ],
)
def test_more_notes_longer_than_a_page(linter: Linter, name: str, opening: str, line: int) -> None:
    draft, report = lint_corpus(linter, name)
    (finding,) = report.by_rule("length")
    assert finding.entry == "too-long"
    assert flagged(draft, report).startswith(opening)
    assert (finding.span.line, finding.span.column) == (line, 1)


def test_the_too_long_span_stops_at_the_end_of_the_body(linter: Linter) -> None:
    name = "thank-you/hotel-front-office-manager-700-words.txt"
    draft, report = lint_corpus(linter, name)
    assert flagged(draft, report).endswith("or any other information.")


def test_a_long_but_acceptable_note_passes(linter: Linter) -> None:
    # About 380 body words in six paragraphs.
    _, report = lint_corpus(linter, "thank-you/construction-project-manager-380-words.txt")
    assert report.by_rule("length") == ()


def test_page_lines_from_config_changes_the_verdict() -> None:
    name = "thank-you/construction-project-manager-380-words.txt"
    draft, report = lint_corpus(length_linter(**{"page-lines": 30}), name)
    (finding,) = report.by_rule("length")
    assert finding.entry == "too-long"
    assert "longer than one page (30 lines)" in finding.message
    assert flagged(draft, report).startswith("I am very interested in joining Ironbridge")
    assert (finding.span.line, finding.span.column) == (19, 1)


def test_max_words_from_config_flags_the_whole_body() -> None:
    name = "thank-you/construction-project-manager-380-words.txt"
    draft, report = lint_corpus(length_linter(**{"max-words": 300}), name)
    (finding,) = report.by_rule("length")
    assert finding.entry == "too-many-words"
    assert finding.message == (
        "The body has 383 words, more than the 300 that fit one page; cut it to a few short "
        "paragraphs."
    )
    text = flagged(draft, report)
    assert text.startswith("Thank you for meeting with me yesterday")
    assert text.endswith("Thank you again for your time and for the tour.")


PARAGRAPHS = (
    # Each wraps to two lines of 90 characters, and is followed by a blank line: 3 lines each.
    "Thank you for meeting with me yesterday about the Data Analyst position. I enjoyed hearing "
    "how your team predicts shipment delays.",
    "Your question about inconsistent carrier codes reminded me of my internship, where a small "
    "validation script halved manual fixes.",
    "I would be glad to send the SQL sample we discussed, along with a short write-up of how I "
    "would approach the carrier data.",
    "Thank you again for your time. I look forward to hearing from you about the next steps in "
    "your process.",
)
SHORT_PAGE_NOTE = "Dear Sarah,\n\n" + "\n\n".join(PARAGRAPHS) + "\n\nBest regards,\nJordan Lee\n"


def test_the_page_estimate_counts_wrapped_lines_and_paragraph_breaks() -> None:
    # Greeting 2 lines, then 5, 8, 11 after the third paragraph: it overflows a 10-line page.
    draft = parse_draft(SHORT_PAGE_NOTE)
    report = length_linter(**{"page-lines": 10}).lint(draft)
    (finding,) = report.by_rule("length")
    assert finding.message == (
        "About 16 printed lines (84 words): longer than one page (10 lines); cut it to a few "
        "short paragraphs."
    )
    assert flagged(draft, report) == "\n\n".join(PARAGRAPHS[2:])
    assert (finding.span.line, finding.span.column) == (7, 1)
    # Sixteen lines fit a sixteen-line page.
    assert length_linter(**{"page-lines": 16}).lint(draft).by_rule("length") == ()


def test_when_only_the_sign_off_spills_over_the_whole_body_is_flagged() -> None:
    draft = parse_draft(SHORT_PAGE_NOTE)
    report = length_linter(**{"page-lines": 15}).lint(draft)
    assert flagged(draft, report) == "\n\n".join(PARAGRAPHS)


def test_a_narrower_line_makes_the_page_longer() -> None:
    draft = parse_draft(SHORT_PAGE_NOTE)
    wide = length_linter(**{"page-lines": 16, "chars-per-line": 90}).lint(draft)
    narrow = length_linter(**{"page-lines": 16, "chars-per-line": 60}).lint(draft)
    assert wide.by_rule("length") == ()
    assert [f.entry for f in narrow.by_rule("length")] == ["too-long"]


def test_an_unknown_setting_is_an_error_naming_the_known_ones() -> None:
    with pytest.raises(FollowupLintError) as caught:
        length_linter(**{"min-wordz": 10})
    message = str(caught.value)
    assert "min-wordz" in message
    assert "min-words, max-words, page-lines, chars-per-line" in message
