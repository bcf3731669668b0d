"""Rule `overeager`: begging, runs of exclamation marks, too many of them, shouting in capitals."""

from __future__ import annotations

import pytest

from followup_lint import Config, Linter, ParsedDraft, Report, Severity
from tests.checks.helpers import analyst_letter as letter
from tests.checks.helpers import entries_and_texts, lint_corpus, lint_text


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str]]:
    """Each overeager finding as (entry, source text)."""
    return entries_and_texts(draft, report, "overeager")


# -- begging -------------------------------------------------------------------------------


def test_begging_after_a_rejection(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "rejection-reply/b3-sous-chef-begging-grateful.txt")
    assert located(draft, report) == [
        ("begging", "Please, I am begging you to reconsider"),
        ("do-anything", "I will do anything to work in your kitchen"),
        ("need-this-job", "I really, really need this job"),
        ("do-anything", "I will do anything you ask"),
        ("give-me-a-chance", "Please give me one more chance"),
    ]
    begging = report.by_rule("overeager")[0]
    assert begging.severity is Severity.WARNING
    assert begging.category.value == "tone"
    assert begging.message == (
        "'Please, I am begging you to reconsider' sounds desperate; state your interest calmly "
        "instead."
    )
    assert begging.suggestions == (
        "I remain very interested in the role and would welcome the chance to discuss it further.",
    )
    assert (begging.span.line, begging.span.column) == (13, 1)


def test_please_please_and_runs_of_exclamation_marks(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/b3-sommelier-please-please-late.txt")
    assert located(draft, report) == [
        ("exclamation-run", "!!"),
        ("please-please", "Please, please consider me"),
        ("do-anything", "I would do anything to be part of this team"),
        ("what-will-i-do", "what I will do"),
        ("exclamation-run", "!!!"),
    ]
    run = report.by_rule("overeager")[0]
    assert run.message == "'!!': one exclamation mark at most."
    assert run.suggestions == ("!",)


def test_shouting_in_capitals(linter: Linter) -> None:
    # 'I STILL have not heard' is a single word in capitals; 'I NEED TO KNOW' is a run.
    draft, report = lint_corpus(linter, "status-inquiry/b3-forklift-caps-fourth-time.txt")
    assert located(draft, report) == [("shouting", "I NEED TO KNOW")]
    (finding,) = report.by_rule("overeager")
    assert finding.message == "'I NEED TO KNOW' is in capitals, which reads as shouting."
    assert finding.suggestions == ("I need to know",)


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        (
            "I will do anything to join your team.",
            "do-anything",
            "I will do anything to join your team",
        ),
        ("Please, I really need this job.", "need-this-job", "Please, I really need this job"),
        ("I'm begging you to reconsider.", "begging", "I'm begging you to reconsider"),
        ("Please give me a chance.", "give-me-a-chance", "Please give me a chance"),
        ("I am desperate for this job.", "desperate", "I am desperate for this job"),
        (
            "I would be devastated if I did not get this job.",
            "devastated",
            "I would be devastated if I did not get this job",
        ),
        ("I am very excited!! It sounds amazing.", "exclamation-run", "!!"),
        ("PLEASE CALL ME.", "shouting", "PLEASE CALL ME"),
    ],
)
def test_inline_over_eagerness(linter: Linter, sentence: str, entry: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [(entry, found)]


def test_too_many_single_exclamation_marks_for_the_length(linter: Linter) -> None:
    sentence = "I loved it! The team was great! The office is lovely! I cannot wait to hear back!"
    draft, report = lint_text(linter, letter(sentence))
    (finding,) = report.by_rule("overeager")
    assert finding.entry == "exclamations"
    assert finding.message == (
        "4 exclamation marks in 34 words reads as over-excited; keep one at most."
    )
    # The fourth mark is the first beyond the three allowed.
    assert draft.source[finding.span.start : finding.span.end] == "!"
    assert draft.source[: finding.span.end].endswith("hear back!")


def test_the_exclamation_allowance_is_a_setting(linter: Linter) -> None:
    sentence = "I loved it! The team was great! The office is lovely! I cannot wait to hear back!"
    relaxed = Linter(Config(rules={"overeager": {"max-exclamations": 4}}))
    _, report = lint_text(relaxed, letter(sentence))
    assert report.by_rule("overeager") == ()


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # 'Hey Tasha!', 'Hope you're doing well!', '... any news!': three single marks.
        "status-inquiry/event-coordinator-hey-btw.txt",
        # Two single marks in a friendly note.
        "thank-you/vet-tech-lol-numeric-date.txt",
        # Acronyms: SQL sample.
        "thank-you/data-analyst-dear-sara.txt",
        # Acronyms: BLA, CMC, MDR, eCTD, ICH Q12.
        "offer-notice/b3-regulatory-affairs-dense-unsigned.txt",
        # 'grateful' four times is repetition, not begging; 'I hope to hear from you soon'.
        "rejection-reply/b3-structural-engineer-subject-bath-clean.txt",
    ],
)
def test_enthusiasm_and_acronyms_are_not_over_eager(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("overeager") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I am very excited about the role!",
        "Thank you for giving me the chance to interview!",
        "Please let me know if I can do anything else to help.",
        "Is there anything I can do to strengthen my application?",
        "I worked with the NHS ICU team and I have SQL and CPA experience.",
        "I have my CPA and HR certification from the IT department at UCLA.",
        "AWS EC2 and GCP are my main platforms.",
        "I STILL think about the dashboard you showed me.",
        "The clinic desperately needed more nurses when I joined.",
        "I need the role to include some remote work.",
        "Thank you for the interview?!",
        "I was devastated when our bakery closed, and it taught me to plan ahead.",
        # codes with digits are references, not shouting
        "I am writing about the summer analyst programme, reference SA-2027.",
    ],
)
def test_inline_notes_that_are_not_over_eager(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("overeager") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "You asked what I would do if a freezer alarm went off at 2 a.m., so here is more.",
        "P.S. I forgot to mention the audit.",
    ],
)
def test_an_interview_hypothetical_or_a_postscript_marker_is_calm(
    linter: Linter, sentence: str
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("overeager") == ()


def test_wondering_what_to_do_without_the_job_is_desperate(linter: Linter) -> None:
    _, report = lint_text(linter, letter("I do not know what I will do if I don't get this job."))
    assert len(report.by_rule("overeager")) == 1


def test_products_written_in_capitals_are_not_shouting(linter: Linter) -> None:
    # '2. Good knowledge of Excel, Power BI and SAP TM.'
    _, report = lint_corpus(linter, "thank-you/b19b-supply-chain-analyst-felixstowe-video.md")
    assert report.by_rule("overeager") == ()
