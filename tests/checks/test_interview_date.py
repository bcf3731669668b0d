"""Rule `interview-date`: something in the note says when the interview took place."""

from __future__ import annotations

import datetime as dt

import pytest

from followup_lint import Context, Linter, Severity
from tests.checks.helpers import lint_corpus, lint_text

UNKNOWN = (
    "Nothing says when the interview took place; mention the day (e.g. 'on Tuesday' or "
    "'yesterday')."
)


def letter(sentences: str, signature: str = "Jordan Lee") -> str:
    return (
        f"Dear Sarah,\n\n{sentences} I enjoyed hearing how your team uses shipment data to "
        "predict delays, and I would be glad to help with that work.\n\n"
        f"Best regards,\n{signature}\n"
    )


# Tuesday, November 17, 2026.
ANALYST = Context(
    interviewer="Sarah Chen", position="Data Analyst", interview_date=dt.date(2026, 11, 17)
)
UNDATED = "Thank you for the interview for the Data Analyst position."


# -- fires ---------------------------------------------------------------------------------


def test_a_future_date_alone_does_not_date_the_interview(linter: Linter) -> None:
    # 'I hope to hear from you next week' is the only time reference.
    draft, report = lint_corpus(linter, "thank-you/logistics-coordinator-future-date-only.txt")
    (finding,) = report.by_rule("interview-date")
    assert finding.entry == "missing"
    assert finding.severity is Severity.WARNING
    assert finding.suggestions == ()
    # The interview (2026-11-12 in the front matter) was on a Thursday.
    assert finding.message == (
        "Nothing says when the interview took place; mention the day (e.g. 'on Thursday' or "
        "'yesterday')."
    )
    assert draft.source[finding.span.start : finding.span.end] == (
        "Thank you for taking the time to meet with me about the Logistics Coordinator position "
        "at Redline Freight Solutions."
    )
    assert (finding.span.line, finding.span.column) == (11, 1)


def test_the_message_names_the_weekday_of_the_context_interview_date(linter: Linter) -> None:
    name = "thank-you/logistics-coordinator-future-date-only.txt"
    _, report = lint_corpus(linter, name, Context(interview_date=dt.date(2026, 11, 16)))
    (finding,) = report.by_rule("interview-date")
    assert "'on Monday'" in finding.message


def test_without_an_interview_date_the_message_gives_an_example(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/any-news-no-greeting.txt")
    (finding,) = report.by_rule("interview-date")
    assert finding.entry == "missing-unknown"
    assert finding.message == UNKNOWN
    assert draft.source[finding.span.start : finding.span.end] == "Any news on the job?"


@pytest.mark.parametrize(
    ("name", "signature_date"),
    [
        ("thank-you/pharmacist-date-in-signature.txt", "October 29, 2026"),
        ("status-inquiry/chemistry-teacher-date-in-signature.md", "October 29, 2026"),
    ],
)
def test_a_date_only_in_the_signature_block_does_not_count(
    linter: Linter, name: str, signature_date: str
) -> None:
    draft, report = lint_corpus(linter, name)
    signature = draft.parts.signature
    assert signature is not None
    assert draft.text[signature.start : signature.end].endswith(signature_date)
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


def test_a_date_added_to_an_inline_signature_does_not_count(linter: Linter) -> None:
    text = letter(UNDATED, signature="Jordan Lee\n(555) 010-4477\nNovember 18, 2026")
    _, report = lint_text(linter, text, ANALYST)
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


def test_the_employers_decision_date_does_not_count(linter: Linter) -> None:
    # 'I understand that you expect to make a decision by November 20.'
    _, report = lint_corpus(linter, "thank-you/soil-research-decision-date-only.txt")
    (finding,) = report.by_rule("interview-date")
    assert finding.entry == "missing"
    assert "'on Monday'" in finding.message  # 2026-11-09


@pytest.mark.parametrize(
    "later",
    [
        "I hope to hear from you next week.",
        "I understand you will decide by the 25th.",
        "You expected to decide by the 25th.",
        "I am available to start on Monday.",
        "I will send the SQL sample tomorrow.",
        "I look forward to our second interview on Friday.",
        "I am looking forward to the panel interview next Tuesday.",
    ],
)
def test_future_dates_and_deadlines_do_not_count(linter: Linter, later: str) -> None:
    draft, report = lint_text(linter, letter(f"{UNDATED} {later}"), ANALYST)
    (finding,) = report.by_rule("interview-date")
    assert finding.message == UNKNOWN  # 2026-11-17 was a Tuesday
    assert draft.source[finding.span.start : finding.span.end] == UNDATED
    assert (finding.span.line, finding.span.column) == (3, 1)


def test_nothing_about_time_at_all(linter: Linter) -> None:
    # The position is in the subject line only; nothing says when they met.
    draft, report = lint_corpus(linter, "thank-you/paralegal-position-in-subject-only.txt")
    (finding,) = report.by_rule("interview-date")
    assert draft.source[finding.span.start : finding.span.end] == (
        "Thank you for taking the time to meet with me about the role."
    )
    assert (finding.span.line, finding.span.column) == (13, 1)


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "thank-you/dental-hygienist-no-frontmatter.txt",  # 'on Wednesday'
        "thank-you/forklift-operator-no-greeting.txt",  # 'on Monday'
        "thank-you/research-scientist-quoted-printable.eml",  # 'on Friday', in quoted-printable
        "thank-you/data-analyst-dear-sara.txt",  # 'yesterday'
        "thank-you/software-engineer-dr-patel-tuesday.md",  # "Tuesday's conversation"
        "thank-you/cold-chain-supervisor-cool-literal-no-thanks.txt",  # "yesterday's interview"
        "thank-you/sr-accountant-earlier-today.txt",  # 'earlier today'
        "thank-you/teaching-assistant-45-words.md",  # 'this afternoon'
        "thank-you/electrician-apprentice-hey-mike.txt",  # 'this morning'
        "thank-you/admin-assistant-pls-too-short.txt",  # 'last week'
        "status-inquiry/hvac-technician-two-weeks-ago.txt",  # 'two weeks ago'
        "status-inquiry/marketing-executive-british.eml",  # 'a fortnight ago'
        "thank-you/vet-tech-lol-numeric-date.txt",  # 'on 11/18'
        "status-inquiry/hr-generalist-reported-decision-no-thanks.txt",  # 'on November 10'
        "status-inquiry/medical-receptionist-start-asap.md",  # '**November 2**' in Markdown
    ],
)
def test_corpus_notes_that_say_when_they_met(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("interview-date") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for meeting with me on Tuesday about the Data Analyst position.",
        "Thank you for meeting with me yesterday about the Data Analyst position.",
        "Thank you for Tuesday's interview for the Data Analyst position.",
        "Thank you for meeting with me last Tuesday about the Data Analyst position.",
        "Thank you for the interview for the Data Analyst position this morning.",
        "Thank you for the Data Analyst interview on November 17.",
        "Thank you for the Data Analyst interview on 11/17.",
        "Thanks again for seeing me at the yard on Monday 16 November about the Data Analyst job.",
        "Ten days have passed since we discussed the Data Analyst position.",
    ],
)
def test_a_weekday_date_or_relative_time_dates_the_interview(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert report.by_rule("interview-date") == ()


def test_a_past_date_beside_a_future_one_still_counts(linter: Linter) -> None:
    text = letter(
        "Thank you for meeting with me on Tuesday about the Data Analyst position. "
        "I hope to hear from you next week."
    )
    _, report = lint_text(linter, text, ANALYST)
    assert report.by_rule("interview-date") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for our call last Tues about the Data Analyst position.",
        "Thanks for meeting with me on Weds. to discuss the Data Analyst role.",
        "I enjoyed Thurs afternoon's interview for the Data Analyst role.",
    ],
)
def test_a_short_weekday_dates_the_interview(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), context=ANALYST)
    assert report.by_rule("interview-date") == ()


def test_a_lower_case_short_form_is_no_weekday(linter: Linter) -> None:
    # 'sat' is the verb here: nothing dates the interview.
    sentence = "Thank you for the interview; I sat with your team for the Data Analyst tour."
    _, report = lint_text(linter, letter(sentence), context=ANALYST)
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


def test_a_length_or_a_frequency_is_not_a_day(linter: Linter) -> None:
    """'an eighteen-month forecast', 'monthly', 'a three-week scramble' say how long or how
    often, not when we met, even in a sentence about the conversation."""
    text = letter(
        "Our discussion of the eighteen-month rolling forecast, reconciled monthly, reminded "
        "me of a three-week scramble I once fixed for the Data Analyst team."
    )
    _, report = lint_text(linter, text, ANALYST)
    assert len(report.by_rule("interview-date")) == 1


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("Thanks for this afternoon; the shop-floor walk was the best part.", True),
        ("I turned down weekend shifts at my current job to stay free.", False),
        ("I am applying for the Saturday morning show role.", False),
    ],
)
def test_thanks_for_a_time_dates_it_and_habits_do_not(
    linter: Linter, sentence: str, dated: bool
) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert (report.by_rule("interview-date") == ()) is dated
