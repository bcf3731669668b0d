"""Rule `sign-off`: the letter must end with a closing phrase and the sender's name."""

from __future__ import annotations

import pytest

from followup_lint import Context, Linter, ParsedDraft, Report, Severity
from tests.checks.helpers import entries_texts_and_suggestions, lint_corpus, lint_text

BODY = """Dear Sarah,

Thank you for meeting with me yesterday about the Data Analyst role. I look forward to hearing \
from you.

"""
LAST_SENTENCE = "I look forward to hearing from you."


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each sign-off finding as (entry, source text, suggestions)."""
    return entries_texts_and_suggestions(draft, report, "sign-off")


# -- fires: the corpus ---------------------------------------------------------------------


def test_a_bare_name_without_a_closing(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/barista-shift-supervisor-thx-short.txt")
    (finding,) = report.by_rule("sign-off")
    assert finding.severity is Severity.WARNING
    assert finding.category.value == "format"
    assert finding.entry == "no-closing"
    assert finding.message == "No closing phrase before your name; add one such as 'Best regards,'."
    assert finding.suggestions == ("Best regards,\nNico",)
    assert draft.source[finding.span.start : finding.span.end] == "Nico"
    assert (finding.span.line, finding.span.column) == (13, 1)


def test_a_closing_with_no_name_after_it(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/b3-payroll-yesterday-three-days-unsigned.txt")
    (finding,) = report.by_rule("sign-off")
    assert finding.message == "'Kind regards,' is not followed by your name; sign the note."
    assert located(draft, report) == [("no-name", "Kind regards", ("Kind regards,\nYour Name",))]
    assert (finding.span.line, finding.span.column) == (17, 1)


def test_a_closing_the_parser_does_not_know_still_needs_a_name(linter: Linter) -> None:
    # 'With thanks and best wishes' is not in the parser's list of closings.
    name = "rejection-reply/b3-clinical-pharmacist-run-on-unsigned.txt"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [
        ("no-name", "With thanks and best wishes", ("With thanks and best wishes,\nYour Name",))
    ]


def test_no_closing_and_no_name(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/b3-delivery-driver-begging-short.txt")
    (finding,) = report.by_rule("sign-off")
    assert finding.message == (
        "The note ends without a closing phrase or your name; "
        "sign off with a closing and your name."
    )
    assert located(draft, report) == [
        (
            "no-closing-no-name",
            "Please, I really need this job, I'm begging you.",
            ("Best regards,\nYour Name",),
        )
    ]


@pytest.mark.parametrize(
    ("name", "signature"),
    [
        ("rejection-reply/b3-sales-manager-feedback-by-friday.txt", "Marcus Hale"),
        ("offer-notice/b3-warehouse-supervisor-current-employer.txt", "Craig Dunmore"),
        ("status-inquiry/b3-forklift-caps-fourth-time.txt", "Gary Noonan"),
    ],
)
def test_bare_names_in_the_corpus(linter: Linter, name: str, signature: str) -> None:
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [("no-closing", signature, (f"Best regards,\n{signature}",))]


# -- fires: inline -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ending", "expected"),
    [
        ("Best regards,", [("no-name", "Best regards,", ("Best regards,\nJordan Lee",))]),
        ("Best regards", [("no-name", "Best regards", ("Best regards,\nJordan Lee",))]),
        ("Best wishes!", [("no-name", "Best wishes!", ("Best wishes!\nJordan Lee",))]),
        # A signature block with only contact details carries no name.
        (
            "Best regards,\n555-123-4567\njordan@example.com",
            [("no-name", "Best regards,", ("Best regards,\nJordan Lee",))],
        ),
        ("Jordan Lee", [("no-closing", "Jordan Lee", ("Best regards,\nJordan Lee",))]),
        ("", [("no-closing-no-name", LAST_SENTENCE, ("Best regards,\nJordan Lee",))]),
    ],
)
def test_missing_parts_with_the_sender_from_the_context(
    linter: Linter, ending: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    draft, report = lint_text(linter, BODY + ending + "\n", Context(sender="Jordan Lee"))
    assert located(draft, report) == expected


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # 'Thanks heaps!' then 'Zoe': a closing the parser's list does not know.
        "status-inquiry/b2-barback-ngl-emoji-no-frontmatter.txt",
        "rejection-reply/b3-vet-nurse-monday-topic-slot.md",  # 'Bethany Coles, RVN'
        "thank-you/pharmacist-date-in-signature.txt",  # name, phone and date lines
        "thank-you/credit-risk-analyst-mr-chan.eml",
    ],
)
def test_corpus_drafts_that_sign_off(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("sign-off") == ()


@pytest.mark.parametrize(
    "ending",
    [
        "Best regards,\nJordan Lee",
        "Best, Jordan",
        "Thanks heaps!\nJordan",
        "Cheers,\njordan lee",  # lower case, but the context's sender
        "Sincerely,\nDr. Jordan Lee, PhD\nData Scientist",
        "Warmly,\nJ. Lee",
        "With gratitude and warm wishes,\nJordan",
        "Thank you again.\nJordan Lee",
        "All the best!\nJordan",
        "Yours,\nJordan",
        # Closings in other languages and unlisted formal ones, found by their place.
        "Met vriendelijke groet,\nJordan Lee",
        "Un abrazo,\nJordan Lee",
        "Respectfully submitted,\nJordan Lee\nDepartment of Geography",
        "With every good wish,\nJordan Lee",
        # A nickname or pronouns beside the name.
        'Kind regards,\nJordan "JJ" Lee\nData Analyst | +1 555 010 0199',
        "Best wishes,\nDr J. Lee (they/them)",
        # A closing sentence of thanks, and a closing that goes on to thank.
        "Thanks again for your time.\n\nJordan Lee",
        "Thank you for your time and consideration.\nJordan Lee",
        "Diolch, and thanks again to you both,\n\nJordan Lee",
        "Yours very truly,\n\nJordan Lee, P.Eng. (ret.)\n807-555-0143",
    ],
)
def test_closings_followed_by_a_name(linter: Linter, ending: str) -> None:
    _, report = lint_text(linter, BODY + ending + "\n", Context(sender="Jordan Lee"))
    assert report.by_rule("sign-off") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'Best Regards,\nEng. Karim Mansour': the engineer's title, as the Gulf writes it
        "thank-you/b20b-planning-engineer-podium-baseline-tenth.txt",
        "offer-notice/b20b-senior-planning-engineer-doha-tawazun.eml",
    ],
)
def test_a_name_after_a_professional_title_signs_the_note(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("sign-off") == ()
