"""Rule `subject`: a subject line must exist in an e-mail and name the role or the interview."""

from __future__ import annotations

import pytest

from followup_lint import Context, Linter, ParsedDraft, Report, Severity
from tests.checks import helpers
from tests.checks.helpers import entries_texts_and_suggestions, lint_corpus

BODY = """Dear Sarah,

Thank you for meeting with me yesterday about the Data Analyst role. I look forward to hearing \
from you.

Best regards,
Jordan Lee
"""
HEADERS = """From: Jordan Lee <jordan.lee@mail.example>
To: Sarah Chen <sarah.chen@acme.example>
Date: Thu, 19 Nov 2026 09:00:00 +0000
"""
CONTEXT = Context(position="Senior Data Analyst", kind="thank-you")
FIRST_SENTENCE = "Thank you for meeting with me yesterday about the Data Analyst role."


def lint_text(
    linter: Linter, text: str, path: str | None = None, context: Context = CONTEXT
) -> tuple[ParsedDraft, Report]:
    """Lint `text` as the note to CONTEXT unless told otherwise; `path` picks the format."""
    return helpers.lint_text(linter, text, context, path=path)


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each subject finding as (entry, source text, suggestions)."""
    return entries_texts_and_suggestions(draft, report, "subject")


# -- fires: the corpus ---------------------------------------------------------------------


def test_an_eml_subject_that_names_neither_role_nor_interview(linter: Linter) -> None:
    context = Context(position="Child Welfare Caseworker", kind="thank-you")
    draft, report = lint_corpus(linter, "thank-you/social-worker-no-thanks-no-date.eml", context)
    (finding,) = report.by_rule("subject")
    assert finding.severity is Severity.WARNING
    assert finding.category.value == "format"
    assert finding.entry == "uninformative"
    assert finding.message == (
        "The subject 'Following up on our conversation' names neither the role nor the interview."
    )
    assert finding.suggestions == ("Thank you – Child Welfare Caseworker interview",)
    assert draft.source[finding.span.start : finding.span.end] == "Following up on our conversation"
    assert (finding.span.line, finding.span.column) == (3, 10)


@pytest.mark.parametrize(
    ("name", "subject", "suggestions"),
    [
        (
            "rejection-reply/b3-barista-hey-lol-short.txt",
            "Hi",
            ("Re: Barista position – thank you",),
        ),
        (
            "rejection-reply/b3-library-assistant-re-news-hiring-manager.txt",
            "Re: news",
            ("Re: Library Assistant position – thank you",),
        ),
        (
            "thank-you/b3-sommelier-please-please-late.txt",
            "Thank you!",
            ("Thank you – Sommelier interview",),
        ),
        (
            "status-inquiry/b3-social-media-hi-there-clueless.txt",
            "Quick question",
            ("Following up on my Social Media Coordinator interview",),
        ),
        (
            "offer-notice/b3-data-engineer-verbal-ultimatum.txt",
            "Time-sensitive",
            ("Data Engineer application – question about your timeline",),
        ),
        # No front matter: no position to suggest.
        ("status-inquiry/no-frontmatter-checking-status-too-short.txt", "Application status", ()),
        # .eml drafts without a context: the headers give no position.
        ("offer-notice/b3-controls-engineer-update-subject.eml", "Update", ()),
        ("status-inquiry/b3-wind-technician-third-email-offer.eml", "Following up", ()),
        (
            "status-inquiry/pharmacy-technician-the-position.eml",
            "Following up on my application",
            (),
        ),
    ],
)
def test_uninformative_corpus_subjects(
    linter: Linter, name: str, subject: str, suggestions: tuple[str, ...]
) -> None:
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [("uninformative", subject, suggestions)]


# -- fires: missing, empty and vague subjects ----------------------------------------------


def test_an_eml_without_a_subject(linter: Linter) -> None:
    draft, report = lint_text(linter, HEADERS + "\n" + BODY, "note.eml")
    (finding,) = report.by_rule("subject")
    assert (
        finding.message == "The e-mail has no subject line; name the role or the interview in one."
    )
    assert located(draft, report) == [
        ("missing", FIRST_SENTENCE, ("Thank you – Senior Data Analyst interview",))
    ]


def test_an_eml_with_an_empty_subject(linter: Linter) -> None:
    draft, report = lint_text(linter, HEADERS + "Subject:\n\n" + BODY, "note.eml")
    (finding,) = report.by_rule("subject")
    assert finding.message == "The subject line is empty; name the role or the interview in it."
    assert located(draft, report)[0][:2] == ("empty", FIRST_SENTENCE)


def test_an_empty_subject_line_in_a_text_draft(linter: Linter) -> None:
    draft, report = lint_text(linter, "Subject:\n\n" + BODY)
    assert located(draft, report) == [
        ("empty", FIRST_SENTENCE, ("Thank you – Senior Data Analyst interview",))
    ]


@pytest.mark.parametrize(
    "subject",
    [
        "Hi",
        "Follow up",
        "Quick question",
        "Thank you!",
        "Checking in",
        "Update?",
        "Following up on our conversation",
        "The new position",
        "Thank you, Sarah",
        "Acme Analytics – thank you",
    ],
)
def test_vague_subjects(linter: Linter, subject: str) -> None:
    draft, report = lint_text(linter, f"Subject: {subject}\n\n{BODY}")
    assert located(draft, report) == [
        ("uninformative", subject, ("Thank you – Senior Data Analyst interview",))
    ]


def test_the_suggestion_follows_the_kind_of_note(linter: Linter) -> None:
    context = Context(position="Senior Data Analyst", kind="status-inquiry")
    _, report = lint_text(linter, f"Subject: Checking in\n\n{BODY}", context=context)
    (finding,) = report.by_rule("subject")
    assert finding.suggestions == ("Following up on my Senior Data Analyst interview",)


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "Thank you – Data Analyst interview",  # the title without its seniority word
        "Senior Data Analyst",
        "SDA interview follow-up",
        "Following up on my interview for the analyst role",
        "Thank you for the interview",  # names the interview
        "Re: Nursing position",  # a role with a modifier, even if not the context's
        "HVAC Service Technician - following up",
    ],
)
def test_subjects_naming_the_role_or_the_interview(linter: Linter, subject: str) -> None:
    _, report = lint_text(linter, f"Subject: {subject}\n\n{BODY}")
    assert report.by_rule("subject") == ()


@pytest.mark.parametrize(
    "name",
    [
        "thank-you/paralegal-position-in-subject-only.txt",  # 'Thank you - Paralegal interview'
        # 'Re: Your application - Aircraft Maintenance Technician (B1)'
        "rejection-reply/b3-aircraft-technician-feedback-clean.eml",
        "thank-you/research-scientist-quoted-printable.eml",  # 'Thank you – Research Scientist…'
        # 'Procurement Officer application - urgent': urgency is demand-reply's concern.
        "status-inquiry/b2-procurement-time-essence.eml",
        "thank-you/data-analyst-dear-sara.txt",  # no subject line in a .txt: not applicable
    ],
)
def test_corpus_drafts_with_good_or_no_subjects(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("subject") == ()


def test_a_text_draft_without_a_subject_line_is_not_checked(linter: Linter) -> None:
    _, report = lint_text(linter, BODY)
    assert report.by_rule("subject") == ()


@pytest.mark.parametrize(
    ("position", "subject"),
    [
        ("Customer Service Representative", "Customer Service Rep - checking in"),
        ("Senior Project Manager", "Sr. Project Mgr application"),
        ("Marketing Coordinator", "Mktg Coord. application – following up"),
        ("Systems Administrator", "Systems Admin application"),
        ("Enterprise Account Executive", "Enterprise AE – where things stand"),
    ],
)
def test_an_abbreviated_title_names_the_role(linter: Linter, position: str, subject: str) -> None:
    context = Context(position=position, kind="status-inquiry")
    _, report = lint_text(linter, f"Subject: {subject}\n\n{BODY}", context=context)
    assert report.by_rule("subject") == ()


def test_an_abbreviation_of_another_title_is_still_uninformative(linter: Linter) -> None:
    context = Context(position="Data Analyst", kind="status-inquiry")
    _, report = lint_text(linter, f"Subject: Mgmt update\n\n{BODY}", context=context)
    assert [f.entry for f in report.by_rule("subject")] == ["uninformative"]
