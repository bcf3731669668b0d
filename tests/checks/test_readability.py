"""Rule `readability`: body sentences far longer or denser than a business letter needs."""

from __future__ import annotations

import pytest

from followup_lint import Config, Linter, ParsedDraft, Report, Severity
from tests.checks.helpers import entries_and_texts, lint_corpus, lint_text, wrap_letter


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str]]:
    """Each readability finding as (entry, source text)."""
    return entries_and_texts(draft, report, "readability")


def lint_body(linter: Linter, body: str) -> tuple[ParsedDraft, Report]:
    return lint_text(linter, wrap_letter(body))


# -- too long ------------------------------------------------------------------------------


def test_a_51_word_sentence(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/hotel-front-office-manager-700-words.txt")
    (finding,) = report.by_rule("readability")
    assert finding.severity is Severity.WARNING
    assert finding.category.value == "content"
    assert finding.message == (
        "This sentence has 51 words (more than 44); split it into two or three shorter sentences."
    )
    assert finding.suggestions == ()
    assert located(draft, report) == [
        (
            "long",
            "I have been thinking about our conversation ever since, and I wanted to write not "
            "only to thank you but also to share a few thoughts I did not have the chance to "
            "express, along with some background that I hope will give you a fuller picture of "
            "how I work.",
        )
    ]
    assert (finding.span.line, finding.span.column) == (11, 128)


def test_a_run_on_sentence_and_a_dense_one(linter: Linter) -> None:
    # The first sentence is both long and dense: it is reported once, as long.
    draft, report = lint_corpus(linter, "rejection-reply/b3-ml-engineer-jargon-its-been.txt")
    assert [entry for entry, _ in located(draft, report)] == ["long", "dense"]
    long, dense = report.by_rule("readability")
    assert long.message.startswith("This sentence has 68 words (more than 44)")
    assert dense.message == (
        "This sentence reads at about US grade 25; use shorter words and fewer technical terms, "
        "or split it."
    )
    assert draft.source[dense.span.start : dense.span.end].startswith(
        "Having reflected on the trade-offs we discussed between embedding-drift monitoring"
    )


def test_several_long_sentences_are_reported_one_by_one(linter: Linter) -> None:
    _, report = lint_corpus(linter, "status-inquiry/b3-policy-analyst-600-words-five-days.txt")
    words = [int(f.message.split()[3]) for f in report.by_rule("readability")]
    assert words == [94, 74, 69, 46]


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # 'I also wanted to mention that I was the Tableau super-user ...': 44 words
        # ('super-user' is one word), at the limit.
        "thank-you/b2-data-analyst-good-afternoon-420-words.md",
        # A 43-word sentence in a clean note.
        "thank-you/icu-nurse-panel-one-greeted.txt",
        # A bulleted list without full stops: each item is measured on its own.
        "thank-you/ux-designer-hi-there-stoked.md",
        # Long (about 380 words) but every sentence is under 41 words.
        "thank-you/construction-project-manager-380-words.txt",
    ],
)
def test_ordinary_sentences_and_lists(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("readability") == ()


def test_short_technical_sentences_are_not_dense(linter: Linter) -> None:
    # A short sentence of long words has a high grade on paper but reads fine.
    body = (
        "Thank you for yesterday's interview. I enjoyed discussing intercompany reconciliation "
        "automation. I look forward to hearing from you."
    )
    _, report = lint_body(linter, body)
    assert report.by_rule("readability") == ()


def test_the_limit_is_a_setting() -> None:
    strict = Linter(Config(rules={"readability": {"max-sentence-words": 12}}))
    body = (
        "Thank you for meeting with me yesterday about the Data Analyst position at Acme. "
        "I look forward to hearing from you."
    )
    draft, report = lint_body(strict, body)
    assert located(draft, report) == [
        (
            "long",
            "Thank you for meeting with me yesterday about the Data Analyst position at Acme.",
        )
    ]
