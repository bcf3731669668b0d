"""Rule `gratitude`: the note must thank the reader; a 'Thanks again,' sign-off counts."""

from __future__ import annotations

import pytest

from followup_lint import Linter, ParsedDraft, Severity
from tests.checks.helpers import lint_corpus, lint_text

MISSING = "The note never thanks the reader; thank them for their time and consideration."


def part(draft: ParsedDraft, name: str) -> str:
    rng = getattr(draft.parts, name)
    assert rng is not None, f"the draft has no {name}"
    return draft.text[rng.start : rng.end]


LETTER = """Dear Sarah,

I am following up on yesterday's interview for the Data Analyst position. {sentence} I would be \
glad to send the SQL sample we discussed.

{closing}
Jordan Lee
"""


# -- fires ---------------------------------------------------------------------------------


def test_a_note_without_thanks_is_flagged_once_at_its_first_sentence(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/hvac-technician-two-weeks-ago.txt")
    (finding,) = report.by_rule("gratitude")
    assert finding.entry == "missing"
    assert finding.severity is Severity.ERROR
    assert finding.category.value == "content"
    assert finding.message == MISSING
    assert finding.suggestions == ()
    assert draft.source[finding.span.start : finding.span.end] == (
        "I met with you two weeks ago about the HVAC Service Technician opening at Northern Air "
        "Mechanical, and I wanted to follow up to see where things stand."
    )
    assert (finding.span.line, finding.span.column) == (13, 1)


@pytest.mark.parametrize(
    "name",
    [
        "thank-you/cold-chain-supervisor-cool-literal-no-thanks.txt",
        "thank-you/social-worker-no-thanks-no-date.eml",
        "status-inquiry/dispatch-supervisor-asap.eml",
        "status-inquiry/emergency-dispatcher-terse-no-thanks.txt",
        "status-inquiry/hr-generalist-reported-decision-no-thanks.txt",
        "status-inquiry/store-manager-expect-answer-today.txt",
        "status-inquiry/warehouse-associate-third-followup-ultimatum.txt",
    ],
)
def test_corpus_notes_that_never_thank_the_reader(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert [f.entry for f in report.by_rule("gratitude")] == ["missing"]


def test_causal_thanks_to_a_thing_is_not_gratitude(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/supply-chain-analyst-thanks-to-causal.txt")
    assert "Thanks to the demand forecasting model I built" in draft.source
    (finding,) = report.by_rule("gratitude")
    assert draft.source[finding.span.start : finding.span.end].startswith(
        "I am following up on our conversation on Friday"
    )
    assert (finding.span.line, finding.span.column) == (11, 1)


def test_thanks_to_a_person_is_gratitude(linter: Linter) -> None:
    sentence = "Thanks to you and the panel for such a thorough conversation."
    _, report = lint_text(linter, LETTER.format(sentence=sentence, closing="Best regards,"))
    assert report.by_rule("gratitude") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I did not appreciate how long the wait in the lobby was, but the conversation was useful.",
        "I didn't appreciate the parking situation, but the conversation itself was useful.",
    ],
)
def test_negated_appreciation_does_not_count(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, LETTER.format(sentence=sentence, closing="Best regards,"))
    (finding,) = report.by_rule("gratitude")
    assert finding.entry == "missing"


def test_thanks_only_in_the_signature_block_does_not_count(linter: Linter) -> None:
    text = LETTER.format(
        sentence="The conversation about your shipment data was useful.",
        closing="Best regards,",
    ).replace(
        "Jordan Lee\n",
        "Jordan Lee\nVolunteer Coordinator, Harbor Food Bank\n"
        "Thank you for supporting our neighbours\n",
    )
    draft, report = lint_text(linter, text)
    assert part(draft, "signature").endswith("Thank you for supporting our neighbours")
    (finding,) = report.by_rule("gratitude")
    assert finding.message == MISSING
    assert (finding.span.line, finding.span.column) == (3, 1)


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "closing"),
    [
        ("thank-you/lab-technician-thanks-again-signoff.txt", "Thanks again,"),
        ("status-inquiry/claims-adjuster-too-short.txt", "Thank you,"),
        ("status-inquiry/any-news-no-greeting.txt", "Thanks,"),
    ],
)
def test_a_thankful_sign_off_counts(linter: Linter, name: str, closing: str) -> None:
    draft, report = lint_corpus(linter, name)
    assert part(draft, "closing") == closing
    assert report.by_rule("gratitude") == ()


def test_with_appreciation_sign_off_counts(linter: Linter) -> None:
    sentence = "The conversation about your shipment data was useful."
    draft, report = lint_text(
        linter, LETTER.format(sentence=sentence, closing="With appreciation,")
    )
    assert part(draft, "closing") == "With appreciation,"
    assert report.by_rule("gratitude") == ()


def test_thanks_in_the_subject_line_counts(linter: Linter) -> None:
    sentence = "The conversation about your shipment data was useful."
    text = "Subject: Thank you - Data Analyst interview\n\n" + LETTER.format(
        sentence=sentence, closing="Best regards,"
    )
    _, report = lint_text(linter, text)
    assert report.by_rule("gratitude") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I appreciate the time you spent walking me through the dashboards.",
        "I am grateful for the chance to meet the team.",
        "It was kind of you to show me around the office.",
    ],
)
def test_appreciation_in_other_words_counts(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, LETTER.format(sentence=sentence, closing="Best regards,"))
    assert report.by_rule("gratitude") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'I appreciated the tour' (past tense) is the only appreciation.
        "thank-you/retail-wrong-person-appreciated.txt",
        # 'I would like to express my sincere gratitude'.
        "thank-you/civil-engineer-non-native-long.txt",
        # British 'Many thanks for your time'.
        "status-inquiry/marketing-executive-british.eml",
        # Text-speak 'Thx for meeting with me' still thanks the reader.
        "thank-you/barista-shift-supervisor-thx-short.txt",
        # New Zealand 'Chur for showing me the seed dressing plant', 'Cheers for letting me know'.
        "status-inquiry/b20a-arable-agronomist-waimate-seed-dressing.eml",
        "rejection-reply/b20a-technical-sales-agronomist-pukeko-trace-elements.txt",
    ],
)
def test_corpus_notes_that_thank_the_reader(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("gratitude") == ()


def test_cheers_alone_as_a_closing_thanks_no_one(linter: Linter) -> None:
    _, report = lint_text(linter, LETTER.format(sentence="I enjoyed the yard.", closing="Cheers,"))
    assert [f.entry for f in report.by_rule("gratitude")] == ["missing"]
