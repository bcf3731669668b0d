"""Rule `placeholder`: template slots left unfilled ('[Job Title]', 'XYZ Company', '____')."""

from __future__ import annotations

import pytest

from followup_lint import Context, Linter, ParsedDraft, Report, Severity
from tests.checks import helpers
from tests.checks.helpers import entries_texts_and_suggestions, lint_corpus
from tests.checks.helpers import role_letter as letter

CONTEXT = Context(
    interviewer="Sarah Chen",
    position="Data Analyst",
    company="Acme Analytics",
    sender="Jordan Lee",
    interview_date="2026-11-18",
)


def lint_text(linter: Linter, text: str, path: str | None = None) -> tuple[ParsedDraft, Report]:
    """Lint `text` as the note to CONTEXT; `path` picks the format."""
    return helpers.lint_text(linter, text, CONTEXT, path=path)


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each placeholder finding as (entry, source text, suggestions)."""
    return entries_texts_and_suggestions(draft, report, "placeholder")


# -- fires: the corpus ---------------------------------------------------------------------


def test_a_bracketed_slot_in_a_rejection_reply(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "rejection-reply/b3-qa-technician-area-slot-halden.md")
    (finding,) = report.by_rule("placeholder")
    assert finding.severity is Severity.ERROR
    assert finding.category.value == "content"
    assert finding.entry == "bracketed"
    assert finding.message == (
        "'[area to improve]' is an unfilled template slot; replace it before sending."
    )
    assert finding.suggestions == ()
    assert draft.source[finding.span.start : finding.span.end] == "[area to improve]"
    assert (finding.span.line, finding.span.column) == (13, 177)


@pytest.mark.parametrize(
    ("name", "entry", "slot"),
    [
        ("rejection-reply/b3-vet-nurse-monday-topic-slot.md", "parenthesised", "(topic discussed)"),
        ("offer-notice/b3-fpa-company-b-slot-tessaly.md", "bracketed", "[Company B]"),
        (
            "offer-notice/b3-account-director-prefers-competitor.txt",
            "parenthesised",
            "(phone number)",
        ),
        (
            "thank-you/b3-lab-manager-project-slot-long-sentence.txt",
            "bracketed",
            "[specific project you discussed]",
        ),
        # '[date]' here is the date of an exam, not of the interview: no suggestion.
        ("status-inquiry/b3-staff-accountant-kingsbury-date-slot.md", "bracketed", "[date]"),
    ],
)
def test_corpus_slots(linter: Linter, name: str, entry: str, slot: str) -> None:
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [(entry, slot, ())]


# -- fires: slots of every shape, filled from the context when they name a field -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            letter("I would love to join the [Job Title] team at {company}."),
            [
                ("bracketed", "[Job Title]", ("Data Analyst",)),
                ("braced", "{company}", ("Acme Analytics",)),
            ],
        ),
        (letter("I enjoyed it.", greeting="Dear <Name>,"), [("angled", "<Name>", ("Sarah Chen",))]),
        (
            letter("I enjoyed it.", greeting="Dear Mr./Ms. LastName,"),
            [("honorific-choice", "Mr./Ms. LastName", ("Sarah Chen",))],
        ),
        (letter("I enjoyed it.", greeting="Dear ____,"), [("underscores", "____", ())]),
        (
            letter("I enjoyed it.", signature="[Your Name]"),
            [("bracketed", "[Your Name]", ("Jordan Lee",))],
        ),
        (
            letter("I enjoyed it.", signature="YOUR NAME HERE"),
            [("instruction", "YOUR NAME HERE", ("Jordan Lee",))],
        ),
        (letter("We met on INSERT DATE."), [("instruction", "INSERT DATE", ())]),
        (
            letter("We met on [interview date]."),
            [("bracketed", "[interview date]", ("November 18",))],
        ),
        (
            letter("I would be proud to work at XYZ Company."),
            [("sample-company", "XYZ Company", ("Acme Analytics",))],
        ),
        (
            letter("I would be proud to work at ABC Corp and grow there."),
            [("sample-company", "ABC Corp", ("Acme Analytics",))],
        ),
        (
            letter("Company Name is a great place."),
            [("sample-company", "Company Name", ("Acme Analytics",))],
        ),
        (
            letter("I hope (company name) will consider me."),
            [("parenthesised", "(company name)", ("Acme Analytics",))],
        ),
        (letter("I have my references [attached]."), [("bracketed", "[attached]", ())]),
    ],
)
def test_slots_and_their_suggestions(
    linter: Linter, text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    draft, report = lint_text(linter, text)
    assert located(draft, report) == expected


def test_an_angled_slot_in_markdown_is_kept_and_flagged(linter: Linter) -> None:
    draft, report = lint_text(linter, letter("I enjoyed it.", greeting="Dear <Name>,"), "note.md")
    assert located(draft, report) == [("angled", "<Name>", ("Sarah Chen",))]


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # '(CV attached again for convenience)' is a real aside.
        "thank-you/b3-marketing-coordinator-british-clean.txt",
        # Markdown links '[accessible checkout case study](https://…)' lose their brackets.
        "thank-you/ux-designer-hi-there-stoked.md",
        "thank-you/software-engineer-dr-patel-tuesday.md",
        # '(B1)' in the subject is a licence category; the headers' <addresses> are not text.
        "rejection-reply/b3-aircraft-technician-feedback-clean.eml",
        # '(555) 201-7784' in the signature is a phone number.
        "thank-you/pharmacist-date-in-signature.txt",
    ],
)
def test_real_brackets_in_the_corpus_are_not_slots(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("placeholder") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I have attached my CV (see attached).",
        "My portfolio (CV attached) shows the dashboards.",
        "We met at 10am (Pacific time).",
        "I led the migration of the ledger (Payments) to the new stack.",
        "I hold the PMP (Project Management Professional) certification.",
        "It was great (really great) to meet the whole team.",
        "The project (my favourite) was the churn model.",
        "You can reach me at (555) 123-4567 or <jordan.lee@example.com>.",
        "The notes are at <https://example.com/notes>.",
        "I watched the ABC News segment on analytics.",
        "I NEED TO KNOW BY FRIDAY WHETHER I GOT IT.",
        "Thank you again, Dear Hiring Manager.",
    ],
)
def test_asides_links_acronyms_and_shouting_are_not_slots(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("placeholder") == ()


def test_a_parenthesis_that_qualifies_a_title_is_part_of_it(linter: Linter) -> None:
    # 'the interview of yesterday for the UX Researcher (Patient Experience) position'
    _, report = lint_corpus(linter, "thank-you/b26b-ux-researcher-patient-experience-porto.eml")
    assert report.by_rule("placeholder") == ()


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        (letter("I enjoyed it.", greeting="Dear (Hiring Manager Name),"), "(Hiring Manager Name)"),
        (letter("I enjoyed it.", greeting="Dear Mr. (Last Name),"), "(Last Name)"),
        (letter("I enjoyed it.", signature="(Your Name)"), "(Your Name)"),
        (letter("I would love to join the (Company Name) team."), "(Company Name)"),
    ],
)
def test_title_case_slot_descriptions_are_still_slots(linter: Linter, text: str, slot: str) -> None:
    draft, report = lint_text(linter, text)
    assert [draft.source[f.span.start : f.span.end] for f in report.by_rule("placeholder")] == [
        slot
    ]
