"""Rule `timing`: a thank-you note sent late, or a status inquiry sent too early."""

from __future__ import annotations

import datetime as dt

import pytest

from followup_lint import Config, Context, Linter, ParsedDraft, Report, Severity, parse_draft
from tests.checks.helpers import lint_corpus, only_flagged_text


def flagged(draft: ParsedDraft, report: Report) -> str:
    return only_flagged_text(draft, report, "timing")


# -- thank-you notes -----------------------------------------------------------------------


def test_a_thank_you_note_three_days_after_the_interview(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/supply-chain-analyst-thanks-to-causal.txt")
    (finding,) = report.by_rule("timing")
    assert finding.entry == "thank-you-late"
    assert finding.severity is Severity.WARNING
    assert finding.category.value == "timing"
    assert finding.message == (
        "Sent on Monday 2 November 2026, 3 days after the interview on Friday 30 October 2026: "
        "a thank-you note should go out within 48 hours."
    )
    assert finding.suggestions == ()
    # The whole letter, from the greeting to the last character of the signature.
    text = flagged(draft, report)
    assert text.startswith("Dear Ms. Santos,\n\nI am following up on our conversation")
    assert text.endswith("Best regards,\nEthan Caldwell")
    assert (finding.span.line, finding.span.column) == (9, 1)


def test_a_late_eml_is_flagged_from_the_greeting_not_the_headers(linter: Linter) -> None:
    # The Date header (Monday 9 November) is the sent date; the labels give the interview date.
    context = Context(interview_date=dt.date(2026, 11, 6))
    name = "thank-you/research-scientist-quoted-printable.eml"
    draft, report = lint_corpus(linter, name, context)
    (finding,) = report.by_rule("timing")
    assert finding.message.startswith("Sent on Monday 9 November 2026, 3 days after the interview")
    text = flagged(draft, report)
    assert text.startswith("Dear Dr. M=C3=BCller,")  # quoted-printable in the source file
    assert text.endswith("Luc=C3=ADa Fern=C3=A1ndez")
    assert (finding.span.line, finding.span.column) == (10, 1)


@pytest.mark.parametrize(
    "name",
    [
        # Sent exactly two days (48 hours) after the interview: still in time.
        "thank-you/b3-pharmacy-technician-i-has-short.txt",
        # Sent the next day.
        "thank-you/data-analyst-dear-sara.txt",
        # Sent the same day.
        "thank-you/sr-accountant-earlier-today.txt",
    ],
)
def test_a_prompt_thank_you_note(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("timing") == ()


def test_the_thank_you_window_is_a_setting(linter: Linter) -> None:
    relaxed = Linter(Config(rules={"timing": {"thank-you-hours": 72}}))
    _, report = lint_corpus(relaxed, "thank-you/supply-chain-analyst-thanks-to-causal.txt")
    assert report.by_rule("timing") == ()


# -- status inquiries ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "entry", "message"),
    [
        (
            "status-inquiry/b3-sre-before-decision-date-any-update.txt",
            "before-decision",
            "Sent on Tuesday 17 November 2026, 3 days before the decision date the employer gave "
            "(Friday 20 November 2026); wait until that date has passed before asking for an "
            "update.",
        ),
        (
            "status-inquiry/b3-policy-analyst-600-words-five-days.txt",
            "too-soon-after-interview",
            "Sent on Wednesday 18 November 2026, only 5 days after the interview on Friday "
            "13 November 2026; with no decision date given, wait at least 7 days before asking "
            "for an update.",
        ),
        (
            "status-inquiry/b3-claims-handler-fifth-note-last-thursday.txt",
            "too-soon-after-followup",
            "Sent on Tuesday 24 November 2026, only 4 days after the previous inquiry on Friday "
            "20 November 2026; leave at least 7 days between follow-ups.",
        ),
    ],
)
def test_a_status_inquiry_sent_too_early(
    linter: Linter, name: str, entry: str, message: str
) -> None:
    draft, report = lint_corpus(linter, name)
    (finding,) = report.by_rule("timing")
    assert finding.entry == entry
    assert finding.message == message
    assert flagged(draft, report).startswith("Dear ")


@pytest.mark.parametrize(
    "name",
    [
        # Two weeks after the interview, a week after the previous note.
        "status-inquiry/b3-instructional-designer-take-time-clean.md",
        # After the 2 November decision date.
        "status-inquiry/registered-nurse-timeline-question.txt",
        # Sixteen days after the interview, eight after the previous note.
        "status-inquiry/b3-cybersecurity-interviewing-elsewhere-clean.txt",
    ],
)
def test_a_status_inquiry_sent_at_a_reasonable_time(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("timing") == ()


def test_one_day_is_worded_in_the_singular(linter: Linter) -> None:
    context = Context(
        interview_date=dt.date(2026, 11, 2), sent_date=dt.date(2026, 11, 3), kind="status-inquiry"
    )
    draft = parse_draft("Dear Sarah,\n\nIs there any news?\n\nBest regards,\nJordan Lee\n")
    (finding,) = linter.lint(draft, context=context).by_rule("timing")
    assert finding.message.startswith("Sent on Tuesday 3 November 2026, only 1 day after")


# -- not applicable or not judged -----------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # An offer notice sent a week after the interview: timing does not apply.
        "offer-notice/b3-science-teacher-last-wednesday.txt",
        # A rejection reply three weeks later.
        "rejection-reply/b3-sales-manager-feedback-by-friday.txt",
    ],
)
def test_rejection_replies_and_offer_notices_are_not_judged(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("timing") == ()
    assert all(s.rule != "timing" for s in report.skipped)


def test_without_a_sent_date_the_rule_is_skipped(linter: Linter) -> None:
    _, report = lint_corpus(linter, "thank-you/forklift-operator-no-greeting.txt")
    assert report.by_rule("timing") == ()
    assert [s.reason for s in report.skipped if s.rule == "timing"] == [
        "no sent date in the context (sent_date, an e-mail Date header or --sent-date)"
    ]


def test_a_thank_you_note_without_an_interview_date_is_skipped(linter: Linter) -> None:
    # The .eml gives the sent date (its Date header) but not the interview date.
    _, report = lint_corpus(linter, "thank-you/research-scientist-quoted-printable.eml")
    assert [s.reason for s in report.skipped if s.rule == "timing"] == [
        "no interview date in the context (interview_date)"
    ]


def test_an_uncertain_guess_at_the_kind_is_not_judged(linter: Linter) -> None:
    """A rejection reply that reads half like a thank-you (detected with confidence 0.5) is not
    called a late thank-you; the rule says why it did not judge."""
    from followup_lint import read_draft
    from tests.conftest import corpus_draft

    draft = read_draft(corpus_draft("rejection-reply/b6b-managing-director-chosen-well.txt"))
    report = linter.lint(draft)
    assert report.kind_source == "detected" and (report.kind_confidence or 1) < 0.6
    assert report.by_rule("timing") == ()
    assert any(s.rule == "timing" and "uncertain" in s.reason for s in report.skipped)
