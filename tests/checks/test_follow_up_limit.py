"""Rule `follow-up-limit`: stop after two unanswered status inquiries."""

from __future__ import annotations

import pytest

from followup_lint import Config, Context, Linter, Severity
from tests.checks.helpers import lint_corpus


def test_a_fourth_status_inquiry(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/b3-forklift-caps-fourth-time.txt")
    (finding,) = report.by_rule("follow-up-limit")
    assert finding.entry == "too-many"
    assert finding.severity is Severity.WARNING
    assert finding.category.value == "timing"
    assert finding.message == (
        "This would be status inquiry number 4: 3 have already been sent. Guides advise "
        "stopping after 2 and moving on to other applications."
    )
    assert finding.suggestions == ()
    # The whole letter, from the (bare) greeting to the signature.
    text = draft.source[finding.span.start : finding.span.end]
    assert text.startswith("Mr. Doyle,\n\nI interviewed for the Forklift Operator job")
    assert text.endswith("Tell me yes or no by tomorrow morning.\n\nGary Noonan")
    assert (finding.span.line, finding.span.column) == (11, 1)


@pytest.mark.parametrize(
    ("name", "sent"),
    [
        ("status-inquiry/b3-social-media-hi-there-clueless.txt", 2),
        ("status-inquiry/b3-delivery-driver-begging-short.txt", 2),
        ("status-inquiry/b3-claims-handler-fifth-note-last-thursday.txt", 4),
    ],
)
def test_two_or_more_earlier_inquiries(linter: Linter, name: str, sent: int) -> None:
    _, report = lint_corpus(linter, name)
    (finding,) = report.by_rule("follow-up-limit")
    assert finding.message.startswith(
        f"This would be status inquiry number {sent + 1}: {sent} have already been sent."
    )


@pytest.mark.parametrize(
    "name",
    [
        "status-inquiry/b3-instructional-designer-take-time-clean.md",  # one earlier note
        "status-inquiry/b3-cybersecurity-interviewing-elsewhere-clean.txt",  # one earlier note
        "status-inquiry/registered-nurse-timeline-question.txt",  # the first inquiry
    ],
)
def test_a_first_or_second_inquiry_is_fine(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("follow-up-limit") == ()


def test_the_limit_is_a_setting(linter: Linter) -> None:
    patient = Linter(Config(rules={"follow-up-limit": {"max-followups": 3}}))
    _, report = lint_corpus(patient, "status-inquiry/b3-social-media-hi-there-clueless.txt")
    assert report.by_rule("follow-up-limit") == ()
    _, report = lint_corpus(patient, "status-inquiry/b3-forklift-caps-fourth-time.txt")
    assert len(report.by_rule("follow-up-limit")) == 1


def test_without_a_count_the_rule_is_skipped(linter: Linter) -> None:
    _, report = lint_corpus(linter, "status-inquiry/dispatch-supervisor-asap.eml")
    assert report.by_rule("follow-up-limit") == ()
    assert [s.reason for s in report.skipped if s.rule == "follow-up-limit"] == [
        "no count of earlier status inquiries in the context (previous_followups)"
    ]


def test_only_status_inquiries_are_counted(linter: Linter) -> None:
    # The same count on a thank-you note: the rule does not apply (not even as skipped).
    context = Context(previous_followups=3, kind="thank-you")
    _, report = lint_corpus(linter, "thank-you/data-analyst-dear-sara.txt", context)
    assert report.by_rule("follow-up-limit") == ()
    assert all(s.rule != "follow-up-limit" for s in report.skipped)
