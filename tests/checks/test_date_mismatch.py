"""Rule `date-mismatch`: the note's reference to the interview day fits the context dates."""

from __future__ import annotations

import datetime as dt

import pytest

from followup_lint import Context, Linter, ParsedDraft, Report, Severity
from followup_lint.models import Kind
from tests.checks.helpers import (
    entries_texts_and_positions,
    flagged_texts,
    lint_corpus,
    lint_text,
    wrap_letter,
)


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str, int, int]]:
    """Each date-mismatch finding as (entry, source text, line, column)."""
    return entries_texts_and_positions(draft, report, "date-mismatch")


# The interview was on Monday 2 November 2026; the note goes out on Wednesday 4 November.
MONDAY = Context(
    interviewer="Sarah Chen",
    interview_date=dt.date(2026, 11, 2),
    sent_date=dt.date(2026, 11, 4),
    kind="thank-you",
)


def lint_sentence(linter: Linter, sentence: str, context: Context = MONDAY) -> list[str]:
    body = f"{sentence} I enjoyed hearing how your team plans its reporting."
    draft, report = lint_text(linter, wrap_letter(body), context)
    return flagged_texts(draft, report, "date-mismatch")


def parse_and_lint(linter: Linter, sentence: str) -> tuple[ParsedDraft, Report]:
    return lint_text(linter, wrap_letter(sentence), MONDAY)


# -- fires ---------------------------------------------------------------------------------


def test_a_weekday_that_is_not_the_interviews(linter: Linter) -> None:
    # 'I really enjoyed meeting you on Monday', but the interview was on Thursday 12 November.
    draft, report = lint_corpus(linter, "rejection-reply/b3-vet-nurse-monday-topic-slot.md")
    (finding,) = report.by_rule("date-mismatch")
    assert finding.severity is Severity.ERROR
    assert finding.category.value == "content"
    assert finding.message == "'on Monday', but the interview was on Thursday 12 November 2026."
    assert finding.suggestions == ("on 12 November",)
    assert located(draft, report) == [("weekday", "on Monday", 13, 30)]


def test_yesterday_in_a_note_sent_three_days_later(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/b3-payroll-yesterday-three-days-unsigned.txt")
    (finding,) = report.by_rule("date-mismatch")
    assert finding.message == (
        "'yesterday' in a note sent on Thursday 12 November 2026 points to Wednesday "
        "11 November 2026, but the interview was on Monday 9 November 2026."
    )
    assert finding.suggestions == ("on Monday",)
    assert located(draft, report) == [("relative", "yesterday", 11, 31)]


def test_this_morning_two_days_later(linter: Linter) -> None:
    # 'Thank you for this mornings interview.' (sic)
    draft, report = lint_corpus(linter, "thank-you/b3-pharmacy-technician-i-has-short.txt")
    (finding,) = report.by_rule("date-mismatch")
    assert finding.suggestions == ("on Tuesday",)
    assert located(draft, report) == [("relative", "this mornings", 11, 15)]


@pytest.mark.parametrize(
    ("name", "expected", "message"),
    [
        # Sent Tuesday 17 November: 'last Wednesday' is the 11th; the interview was the 10th.
        (
            "offer-notice/b3-science-teacher-last-wednesday.txt",
            ("relative", "last Wednesday", 11, 83),
            "'last Wednesday' in a note sent on Tuesday 17 November 2026 points to Wednesday "
            "11 November 2026, but the interview was on Tuesday 10 November 2026.",
        ),
        # Sent Tuesday 24 November: 'last Thursday' is the 19th; the interview was the 3rd.
        (
            "status-inquiry/b3-claims-handler-fifth-note-last-thursday.txt",
            ("relative", "last Thursday", 13, 61),
            "'last Thursday' in a note sent on Tuesday 24 November 2026 points to Thursday "
            "19 November 2026, but the interview was on Tuesday 3 November 2026.",
        ),
        # 'the time you and the team spent with me on Tuesday'; the interview was a Thursday.
        (
            "rejection-reply/b3-ml-engineer-jargon-its-been.txt",
            ("weekday", "on Tuesday", 11, 123),
            "'on Tuesday', but the interview was on Thursday 5 November 2026.",
        ),
    ],
)
def test_last_weekday_counted_back_from_the_sent_date(
    linter: Linter, name: str, expected: tuple[str, str, int, int], message: str
) -> None:
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [expected]
    assert report.by_rule("date-mismatch")[0].message == message


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Thank you for meeting with me on Tuesday.", "on Tuesday"),
        ("Thank you for Tuesday's interview.", "Tuesday"),
        ("Thank you for meeting with me yesterday.", "yesterday"),
        ("Thanks again for yesterday.", "yesterday"),
        ("Thank you for this morning's interview.", "this morning"),
        ("Thank you for meeting with me earlier today.", "earlier today"),
        ("Thank you for the interview last Friday.", "last Friday"),
        ("Thank you for the interview last week.", "last week"),
        ("I enjoyed our conversation on November 3.", "on November 3"),
        ("I enjoyed our conversation on 3 November.", "on 3 November"),
        ("I enjoyed our conversation on 11/3/2026.", "on 11/3/2026"),
        ("I enjoyed our conversation on the 3rd.", "on the 3rd"),
        ("It was a pleasure to meet you on Friday, October 30.", "on Friday, October 30"),
        ("I interviewed with you two weeks ago.", "two weeks ago"),
        ("Thank you for seeing me on Friday.", "on Friday"),
        ("Thank you for having me in on Thursday.", "on Thursday"),
        ("It has been ten days since my interview.", "ten days"),
    ],
)
def test_inline_contradictions(linter: Linter, sentence: str, found: str) -> None:
    assert lint_sentence(linter, sentence) == [found]


def test_last_week_for_an_interview_this_week(linter: Linter) -> None:
    _, report = parse_and_lint(linter, "Thank you for the interview last week.")
    (finding,) = report.by_rule("date-mismatch")
    assert finding.entry == "week"
    assert finding.message == (
        "'last week' in a note sent on Wednesday 4 November 2026 points to the week of Monday "
        "26 October 2026, but the interview was on Monday 2 November 2026."
    )
    assert finding.suggestions == ("on Monday",)


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # Sent Wednesday 11 November: 'last Wednesday' is the 4th, the interview date.
        "offer-notice/b3-account-director-prefers-competitor.txt",
        # Sent Monday 23 November: 'last Monday' is the 16th, the interview date.
        "offer-notice/b3-warehouse-supervisor-current-employer.txt",
        # 'meeting with me on 11/18' (month first) for 18 November.
        "thank-you/vet-tech-lol-numeric-date.txt",
        # 'It has now been two weeks since my interview on October 16', sent 30 October.
        "status-inquiry/store-manager-expect-answer-today.txt",
        # 'Ten days have passed since we met', sent ten days after.
        "status-inquiry/b2-assistant-store-manager-priya-finalise.eml",
        # 'I interviewed with you a fortnight ago', sent fourteen days after.
        "status-inquiry/marketing-executive-british.eml",
        # 'Thursday afternoon's panel' for Thursday 5 November.
        "thank-you/b2-backend-payments-thursday-panel.md",
        # 'my day in the hangar on the 10th'.
        "rejection-reply/b3-aircraft-technician-feedback-clean.eml",
    ],
)
def test_references_that_fit_the_dates(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("date-mismatch") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'Thank you for your letter, which I recieved this morning': the letter, not the
        # interview.
        "rejection-reply/b3-clinical-pharmacist-run-on-unsigned.txt",
        # 'I look forward to meeting the wider group at the lab meeting on 24 November'.
        "thank-you/b2-lab-manager-prof-date-line.eml",
        # 'on my note of the 9th' beside the interview 'on 2 November'.
        "status-inquiry/b3-instructional-designer-take-time-clean.md",
        # 'That date passed almost four weeks ago': the decision date, not the interview.
        "status-inquiry/procurement-long-winded-reply-this-week.txt",
        # 'I am happy to come in this week for a further conversation'.
        "offer-notice/b3-account-director-prefers-competitor.txt",
        # 'I run a small intervention group on Tuesday and Thursday mornings'.
        "thank-you/b2-maths-teacher-over-600-words.txt",
        # A date only in the signature block.
        "thank-you/pharmacist-date-in-signature.txt",
    ],
)
def test_dates_that_are_not_about_the_interview(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("date-mismatch") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for meeting with me on Monday.",
        "Thank you for meeting with me on Monday, November 2.",
        "Thank you for meeting with me two days ago.",
        "Thank you for meeting with me on 2/11.",
        "Last Monday's interview was a pleasure.",
        "I look forward to meeting the team on Thursday.",
        "I would be glad to come in on Friday for a second interview.",
        "You mentioned you would decide by Friday.",
        "I can start on December 1.",
        "I received your email yesterday and wanted to reply.",
        "I interviewed at another company on Tuesday.",
        "I sent my references on Tuesday.",
        "Thank you for seeing me on Monday.",
        "I hope to see you on Friday.",
        "I saw your new store on Friday and loved it.",
        "Thank you for the interviews on 26 October and, in the second round, on 2 November.",
        "I am available for a follow-up call on Thursday.",
        "Thank you for the interview. On Tuesday I completed my certification.",
    ],
)
def test_inline_dates_that_fit_or_are_about_something_else(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


def test_without_both_dates_the_rule_is_skipped(linter: Linter) -> None:
    _, report = lint_corpus(linter, "thank-you/forklift-operator-no-greeting.txt")
    assert report.by_rule("date-mismatch") == ()
    assert [s.reason for s in report.skipped if s.rule == "date-mismatch"] == [
        "the context lacks the interview date or the sent date"
    ]


# -- abbreviated weekdays ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # Sent Wednesday 4 November: 'last Fri' is Friday 30 October, not Monday 2 November.
        ("Thank you for our chat last Fri about the reporting role.", ["last Fri"]),
        ("Thanks for meeting with me on Tues. about the analyst role.", ["on Tues"]),
        ("It was a pleasure to interview with you on Thurs.", ["on Thurs"]),
    ],
)
def test_a_short_weekday_that_is_not_the_interviews(
    linter: Linter, sentence: str, found: list[str]
) -> None:
    assert lint_sentence(linter, sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for our chat last Mon about the reporting role.",
        "Thanks for meeting with me on Mon. about the analyst role.",
        # Lower-case 'sat' is the verb, not Saturday.
        "Thank you for the interview on Monday; I sat with your team afterwards.",
    ],
)
def test_a_short_weekday_that_fits_or_a_word_that_is_no_weekday(
    linter: Linter, sentence: str
) -> None:
    assert lint_sentence(linter, sentence) == []


def test_yesterday_dating_a_letter_is_not_about_the_interview(linter: Linter) -> None:
    """'your mail of yesterday' dates the mail: the interview was weeks before, no mismatch."""
    text = wrap_letter(
        "Thank you for your mail of yesterday informing me of the outcome of my application "
        "for the Data Analyst role. I would welcome any feedback."
    )
    context = MONDAY.model_copy(
        update={"sent_date": dt.date(2026, 11, 20), "kind": Kind.REJECTION_REPLY}
    )
    _, report = lint_text(linter, text, context)
    assert report.by_rule("date-mismatch") == ()


def test_any_saturday_is_not_the_interview_day(linter: Linter) -> None:
    text = wrap_letter(
        "Thank you for meeting me on Monday. I am happy to do a trial shift on a Saturday if "
        "that would help you decide."
    )
    _, report = lint_text(linter, text, MONDAY)
    assert report.by_rule("date-mismatch") == ()


def test_another_stage_dated_beside_the_interview_contradicts_nothing(linter: Linter) -> None:
    # The interview is dated rightly (Monday 2 November); the practical came later.
    body = (
        "For reference, this is where things stand:\n\n"
        "- interview with you on 2 November\n"
        "- practical test on 5 November\n"
    )
    draft, report = lint_text(linter, wrap_letter(body), MONDAY)
    assert flagged_texts(draft, report, "date-mismatch") == []


def test_an_interview_dated_wrongly_beside_a_right_date_is_still_flagged(linter: Linter) -> None:
    body = "Thanks again for Monday. Our interview on 28 October was the best I have had."
    draft, report = lint_text(linter, wrap_letter(body), MONDAY)
    assert flagged_texts(draft, report, "date-mismatch") == ["on 28 October"]


def test_a_wrong_weekday_beside_the_right_date_is_still_flagged(linter: Linter) -> None:
    # 2 November 2026 is a Monday: the date is right, the weekday beside it is not.
    assert lint_sentence(linter, "Thank you for meeting with me on Tuesday, 2 November.") == [
        "on Tuesday, 2 November"
    ]


def test_a_thanks_for_seeing_me_dates_the_interview(linter: Linter) -> None:
    draft, report = lint_corpus(
        linter, "thank-you/b24b-cold-chain-supervisor-frostline-plum-logs.txt"
    )
    assert flagged_texts(draft, report, "date-mismatch") == ["on Friday"]


def test_any_day_this_week_is_still_to_come(linter: Linter) -> None:
    # 'Happy to come in for the second stage any day this week': whichever day suits
    _, report = lint_corpus(
        linter, "offer-notice/b18b-shift-manager-ravensworth-hartley-friday.txt"
    )
    assert report.by_rule("date-mismatch") == ()


def test_any_time_this_week_is_still_to_come(linter: Linter) -> None:
    assert lint_sentence(linter, "I am happy to join a short call at any time this week.") == []


def test_thanks_for_an_email_date_the_email(linter: Linter) -> None:
    # 'Thank you for your email from Friday with the decision about the People Advisor position.'
    _, report = lint_corpus(
        linter, "rejection-reply/b27b-people-advisor-lickey-vale-friday-email.md"
    )
    assert report.by_rule("date-mismatch") == ()


def test_thanks_for_an_email_and_an_interview_still_date_the_interview(linter: Linter) -> None:
    sentence = "Thank you for your email and for the interview on Friday."
    assert lint_sentence(linter, sentence) == ["on Friday"]


def test_a_hyphenated_word_for_the_interview(linter: Linter) -> None:
    # 'Thank you for Monday's sit-down about the Site Lead job' (the interview was a Wednesday)
    name = "thank-you/b27a-site-lead-woodward-shift-handoff.eml"  # sent on Thursday 9 April
    draft, report = lint_corpus(linter, name, Context(interview_date=dt.date(2026, 4, 8)))
    assert flagged_texts(draft, report, "date-mismatch") == ["Monday"]


def test_a_call_about_references_while_waiting_is_not_the_interview(linter: Linter) -> None:
    # 'I had recieved a call from your office on 5th February regarding my references.'
    name = "status-inquiry/b31a-facility-manager-hinjewadi-bms-refresher.eml"
    _, report = lint_corpus(linter, name)
    assert report.by_rule("date-mismatch") == ()


ASKING = Context(
    interview_date=dt.date(2026, 11, 2), sent_date=dt.date(2026, 11, 16), kind="status-inquiry"
)


@pytest.mark.parametrize(
    ("sentence", "context", "found"),
    [
        ("Your recruiter phoned me on Thursday about the paperwork.", MONDAY, []),
        ("Thank you for calling me on Thursday about the role.", MONDAY, ["on Thursday"]),
        ("Thanks again for the call from your office on Thursday.", MONDAY, ["on Thursday"]),
        ("I had a call from your office on 5 November about my references.", ASKING, []),
        ("I got a call from your recruiter on 5 November.", ASKING, []),
        ("I enjoyed our call on 5 November.", ASKING, ["on 5 November"]),
    ],
)
def test_calls_that_arranged_things_and_calls_that_were_the_interview(
    linter: Linter, sentence: str, context: Context, found: list[str]
) -> None:
    assert lint_sentence(linter, sentence, context) == found
