"""Where sentences start: the parser's guesses, held to the draft's own structure."""

from __future__ import annotations

from followup_lint import Linter, parse_draft, read_draft
from tests.conftest import corpus_draft


def _sentences(linter: Linter, draft_text: str) -> list[str]:
    draft = linter.annotate(parse_draft(draft_text))
    return [s.text.strip() for s in draft.doc.sents if s.text.strip()]


def test_no_sentence_runs_across_the_items_of_a_list(linter: Linter) -> None:
    # 'What I'd bring:' and three items with no full stops: never one run-on that a rule
    # would read as a whole.
    name = "thank-you/b18a-hse-consultant-bypass-night-works-tarrant-reused.md"
    draft = linter.annotate(read_draft(corpus_draft(name)))
    items = [s.text.strip() for s in draft.doc.sents if "quarries" in s.text or "JSAs" in s.text]
    assert items and all("\n" not in item for item in items)


def test_no_sentence_starts_right_after_an_article(linter: Linter) -> None:
    text = "Dear Sam,\n\nI need a yes or no by Wednesday.\n\nBest regards,\nJo\n"
    assert "I need a yes or no by Wednesday." in _sentences(linter, text)


def test_a_line_of_its_own_inside_a_paragraph_is_reflowed_not_split(linter: Linter) -> None:
    # a hard-wrapped line is joined back into its sentence before parsing
    text = "Dear Sam,\n\nThank you for the tour of\nthe depot on Monday.\n\nBest regards,\nJo\n"
    assert "Thank you for the tour of the depot on Monday." in _sentences(linter, text)
