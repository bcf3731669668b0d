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


# -- the many ways English places a past meeting in time -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Many thanks for Tuesday.",  # terse British
        "Thanks for yesterday, really appreciated it.",
        "Further to our meeting of 14 November, I write to thank you.",
        "Further to our discussion of 14/11, I remain keen on the post.",
        "I write further to the interview of the 14th instant.",  # very formal
        "Thanks heaps for the yarn this arvo, mate.",  # Australian
        "Thanks for your time this avo.",
        "Sir, I thank you for the opportunity of interview given on Thursday last.",
        "I write to appreciate you for the interview granted me on Thursday, 12th November, 2026.",
        "Respected Madam, I am thankful for the interview conducted on 12/11/2026.",
        "I interviewed with you on 2026-11-14 for the analyst post.",  # ISO date
        "As discussed during the interview on 12-Nov-26, I attach my certificates.",
        "Thank you for the interview at 10am.",
        "Thank you for the interview on Zoom at 2:30.",
        "We spoke at 4pm, and I have been thinking since about the dashboards.",
        "Following our call this AM, here are my thoughts.",
        "gr8 chatting this am, thx again",  # phone message
        "Tnx for seeing me 2day.",
        "Thx for the call earlier.",
        "Thanks for the chat just now.",
        "Thanks for the call a moment ago.",
        "Thank you for the interview a week back.",
        "I recently interviewed for the Data Analyst post and wanted to follow up.",
        "I just got out of our interview and wanted to say thank you.",
        "I have just left your office and wanted to thank you.",
        "Writing straight after our call to say thank you.",
        "I enjoyed our meeting at noon.",
        "I enjoyed our Friday chat.",
        "Thank you for the interview this past Monday.",
        "On the 3rd I met with your team.",
        "It has been ten days since my interview, so I am writing to ask for an update.",
        "Thank you for meeting me earlier this week to discuss the role.",
        "SUBJ: Interview 14 Nov - thank you",
    ],
)
def test_any_reference_that_places_the_meeting_in_time(linter: Linter, sentence: str) -> None:
    if sentence.startswith("SUBJ: "):
        text = f"Subject: {sentence.removeprefix('SUBJ: ')}\n\n" + letter(UNDATED)
    else:
        text = letter(sentence)
    _, report = lint_text(linter, text, ANALYST)
    assert report.by_rule("interview-date") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview for the Data Analyst position.",
        "I can come in any day next week for a trial shift.",
        "You mentioned you would decide by Friday.",
        "I understand the panel will meet on the 20th to decide.",
        "I am free on Monday or Tuesday afternoon if you want to talk again.",
        "Please let me know by Thursday if you need anything.",
        "I hope to hear back before the 30th.",
        "I can start on 1 December.",
        "You said the final round will be held on 2 December.",
        "I will be travelling on the 14th, but am reachable by phone.",
        "I hope to hear about the next round by Friday.",
        # habits and lengths, not a day
        "Your team meets every Monday morning, which suits me.",
        "I spoke at a data conference every June for years.",
        "Thank you for your consideration; I am free every Monday for shifts.",
        "I handle the monthly close and quarterly reporting.",
        "My notice period is four weeks.",
        "Our rotas run Monday to Friday, which suits me.",
        # the writer's own past, or 'earlier' and 'just' about something else
        "I worked night shifts at the hospital in 2019.",
        "I completed my degree in May.",
        "As I mentioned earlier in my career I worked in retail.",
        "I just wanted to say thank you for the interview.",
        "I just came across your blog and wanted to thank you for the interview.",
        "I have just finished a course in SQL, and thank you for your time.",
        "I appreciate your time; I worked at Globex from 2019 to 2023.",
        # a recent length of the writer's own time, not the day of the meeting
        "Thank you for meeting me; I did the same migration over the last eighteen months.",
        "Thanks for your time. The past few weeks at work have been busy.",
    ],
)
def test_future_habitual_and_unrelated_times_do_not_date_it(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


# -- round 4: polite modals around thanks, and the day of writing ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I would like to express my heartfelt thanks for the panel interview on Tuesday.",
        # the round attended, in other words for the interview
        "I had attended the final round for the Business Analyst position on 29th Sept.",
        "I am writing about my application, after our colloquium of 14 October.",
        "I should like to thank you for receiving me on Monday.",
        "I would like to convey my gratitude for the interview granted to me on 14 November.",
        "We would like to thank you for hosting us on Thursday.",
        "May I thank you once more for the conversation on Friday.",
        "I would love to say thanks for the chat on Tuesday.",
        "I would like to place on record my appreciation for the interview of 14th November.",
        "I'd like to thank you and the panel for your time on the 12th.",
        "I would just like to say thank you for seeing me on Monday.",
        "I must thank you for the interview on Wednesday afternoon.",
        # a time that goes with the meeting, even when the writer writes 'today'
        "Thank you for your time today.",
        "Thanks for seeing me this morning.",
        "I am writing to thank you for meeting me this afternoon.",
        "I am so grateful for today's conversation.",
        "Today's interview was a pleasure.",
        "I am writing straight after our interview today.",
        "I am writing today to thank you for yesterday's interview.",
        "It was a real pleasure to meet you today.",
        "I am still thinking about our chat this morning.",
    ],
)
def test_thanks_in_a_polite_modal_and_todays_meeting_date_it(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert report.by_rule("interview-date") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # modals of the future and requests
        "I would like to meet the wider team on Tuesday.",
        "I would be glad to come in again on Friday for a trial shift.",
        "I would like to thank you in advance for a decision by Friday.",
        "We could talk again on Monday if that suits.",
        "I would be grateful for an update on Thursday.",
        "I would appreciate an update on Thursday.",
        "I hope we can speak again on Monday.",
        "I would welcome the chance to visit the site on Saturday.",
        "Should you wish, I could present my portfolio on Wednesday.",
        "Might I call you on Friday to discuss next steps?",
        # the day of writing, not of the interview
        "I am writing today to thank you for the interview.",
        "Today I write to express my gratitude for the interview.",
        "I am sending this note this morning to thank you for your time.",
        "I'm dropping you a line tonight to say thanks for the interview.",
        "I write this morning, Sir, to register my thanks for the interview.",
        "Today I am reaching out to thank you for considering my application.",
        "I am following up today on my interview for the analyst post.",
        "I take this opportunity today to thank the panel for the interview.",
        "This afternoon I am writing to thank you for your time.",
        "We are writing today on behalf of our daughter to thank you for the interview.",
    ],
)
def test_the_future_a_request_or_the_day_of_writing_do_not_date_it(
    linter: Linter, sentence: str
) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


# -- round 5: time counted since the meeting, and days that recur ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It is a month today since our interview, so I thought I would write.",
        "Two weeks have passed since we spoke, and I remain keen.",
        "It has been ten days since the interview and I wanted to check in.",
        "Nearly three weeks since our chat, so I hope you don't mind this note.",
        # a length that is the meeting itself
        "Thank you for the last two days.",
    ],
)
def test_time_counted_since_the_meeting_dates_it(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert report.by_rule("interview-date") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I still have the Saturdays open that we talked about.",
        "I can do Mondays and Thursdays, as we discussed.",
        "The Sunday evenings we talked about are still free for me.",
        "I have been studying since the interview every evening.",
        "I looked at the calendar this morning and wanted to ask how things stand.",
    ],
)
def test_recurring_days_and_todays_acts_do_not_date_it(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "My daughter was a pupil there until last year, so I know the school.",
        "I moved to the area two years ago.",
        "The warehouse changed hands last month.",
    ],
)
def test_a_past_in_years_or_months_about_something_else(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview last month.",
        "Our chat a month ago stayed with me.",
    ],
)
def test_a_past_in_months_with_the_meeting_dates_it(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert report.by_rule("interview-date") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks again for the interview; cheers for tues, the team seemed great.",
        "We met on tues about the electrician job, just checking in.",
        "On Thursday you mentioned the team is moving to a nine-day fortnight.",
        "You told me on Monday that the shortlist would be finalised soon.",
        "Five days after our interview, I am still sure this is the right school for me.",
        "Ten days on from our interview, I remain keen on the role.",
        "At our 9 a.m. you asked how I would handle a complaint, so here is more.",
    ],
)
def test_a_day_said_in_other_ways_dates_it(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert report.by_rule("interview-date") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview; I sat with your team for the Data Analyst tour.",
        "Thanks for your time. I hope you got some rest over the weekend after such a busy week.",
        "You will tell me on Monday, I know, so I will wait.",  # ahead, not at the meeting
    ],
)
def test_what_only_looks_like_those_days(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for fitting me in on the day of the snowstorm, when half the office was out.",
        "Thanks for seeing me the day the strike closed the depot.",
        "I came in on the 2nd and I have been thinking about the planning board since.",
        "It's been a fortnight since our chat over coffee, so I thought I'd check in.",
    ],
)
def test_a_day_named_by_what_happened_or_a_visit_dates_it(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert report.by_rule("interview-date") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "My references came in on the 2nd, so the file is complete.",  # not the writer's visit
        "The day of the induction would suit me fine.",  # ahead
        "It's been two weeks since my exam results came out.",  # counted from something else
    ],
)
def test_other_days_and_arrivals_do_not_date_it(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


def test_a_month_in_a_closing_wish_does_not_date_it(linter: Linter) -> None:
    sentence = (
        "Wishing you and the team a calm run-up to the December release, and plenty of coffee!"
    )
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


def test_the_day_after_a_named_day_dates_it(linter: Linter) -> None:
    sentence = "I'm writing about the interview we had the day after Labor Day, over coffee."
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert report.by_rule("interview-date") == ()


def test_the_day_a_storm_came_through_dates_it_however_parsed(linter: Linter) -> None:
    # 'Thanks for still seeing us on the day the storm came through.': in this note the
    # parser makes 'Thanks' the subject of 'came'; the clause after 'day' still names it.
    _, report = lint_corpus(linter, "thank-you/b18b-transport-planner-lambton-storm-fag-packet.txt")
    assert report.by_rule("interview-date") == ()


def test_these_days_do_not_date_it(linter: Linter) -> None:
    # '- your honest comment that today the QA team is always the last to know'
    _, report = lint_corpus(linter, "thank-you/b18b-test-lead-quillfeather-last-to-know.md")
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


def test_a_career_span_does_not_date_it(linter: Linter) -> None:
    # the writer's career, its unit unsaid
    sentence = "I bring 30-odd years in quarries, the last eight as site safety lead."
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


# -- round b19: supposed events, bare months, light verbs, a date cut off by its own stop ----


@pytest.mark.parametrize(
    "name",
    [
        # 'what I would do if half the volunteers called in sick the morning of the drive'
        "thank-you/b19b-operations-manager-thanksgiving-box-drive.txt",
        # 'the convention dates in June'; 'the same time last year'
        "thank-you/b19a-revenue-analyst-comp-set-displacement.md",
        # 'I know July is vacation time for everybody'
        "status-inquiry/b19a-line-maintenance-technician-winnipeg-lease.txt",
    ],
)
def test_supposed_events_and_months_about_something_else_do_not_date_it(
    linter: Linter, name: str
) -> None:
    _, report = lint_corpus(linter, name)
    assert len(report.by_rule("interview-date")) == 1


@pytest.mark.parametrize(
    "name",
    [
        # 'We did the video interview on May 12, ... and you said you would decide around May 22.'
        "status-inquiry/b19a-avionics-technician-duluth-propeller.txt",
        # 'on 22.10. I had the interview with you': the date's stop ends a sentence
        "status-inquiry/b19b-customs-coordinator-tilbury-certificate.txt",
        # 'our interview on 3 NOV': the day sits beside the month
        "status-inquiry/b10a-facilities-supervisor-veteran-nlt-1700.md",
    ],
)
def test_a_meeting_held_on_a_day_dates_it(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("interview-date") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "We had the panel interview on Tuesday, and you said you would call by Friday.",
        "I did the second round on the 3rd, and I know you will decide soon.",
        "Thank you for our chat in June about the Data Analyst role.",
    ],
)
def test_a_light_verb_or_a_linked_month_dates_it(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert report.by_rule("interview-date") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview. I asked what I would do if the courier called on a Sunday.",
        "Thank you for the interview. I told you about the budget, which closes in March.",
        "Thank you for the interview. My numbers beat the same time last year.",
    ],
)
def test_a_supposed_call_or_another_subjects_month_does_not_date_it(
    linter: Linter, sentence: str
) -> None:
    _, report = lint_text(linter, letter(sentence), ANALYST)
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


def test_what_was_done_at_the_meeting_dates_it(linter: Linter) -> None:
    # 'I waited until after the 15th, the date you gave at the end of our interview on May 5'
    _, report = lint_corpus(
        linter, "status-inquiry/b20a-clinical-informatics-specialist-insulin-panel.eml"
    )
    assert report.by_rule("interview-date") == ()


def test_a_place_of_work_that_mentions_a_phone_does_not_date_it(linter: Linter) -> None:
    # 'four years ... in a busy physiotherapy clinic, where I ... handled patient queries by
    # phone and in person': the meeting word lies deep in the clinic's description
    _, report = lint_corpus(linter, "thank-you/b3-dental-receptionist-pearlview.txt")
    assert [f.entry for f in report.by_rule("interview-date")] == ["missing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since our meeting I have completed a 24-hour course on process safety management.",
        "Since our interview I signed up for a two-week placement at the depot.",
    ],
)
def test_a_length_that_describes_a_thing_dates_nothing(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("interview-date")


def test_a_place_in_every_quarter_dates_no_meeting(linter: Linter) -> None:
    # 'The renewals still land on my desk in the last week of the quarter.' (no other time)
    name = "thank-you/b23b-head-of-customer-success-tallowmere-renewals.md"
    _, report = lint_corpus(linter, name)
    assert report.by_rule("interview-date")


def test_the_last_week_of_a_named_month_still_dates(linter: Linter) -> None:
    _, report = lint_text(linter, letter("I enjoyed our interview in the last week of October."))
    assert report.by_rule("interview-date") == ()


def test_a_hyphenated_last_describes_a_kind_not_a_day(linter: Linter) -> None:
    # 'we reduced the last-minute cover by almost one third': no date of the interview
    name = "thank-you/b27b-workforce-planner-arden-valley-bank-shifts.md"
    _, report = lint_corpus(linter, name)
    assert report.by_rule("interview-date")


def test_a_hyphenated_word_beside_a_real_date_still_dates(linter: Linter) -> None:
    text = letter(
        "Thank you for fitting in a last-minute interview yesterday for the analyst role. "
        "I enjoyed hearing about the reporting work and would be glad to help with it."
    )
    _, report = lint_text(linter, text)
    assert report.by_rule("interview-date") == ()


def test_a_weekday_of_a_month_in_a_test_plan_dates_nothing(linter: Linter) -> None:
    # '- Boundary dates – last Sunday of March and of October, midnight, 23:59 in Berlin vs.
    # device time': when clocks change, not when the interview was
    _, report = lint_corpus(linter, "thank-you/b32a-test-manager-ticket-validity.md")
    assert report.by_rule("interview-date")


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("The rota changes on the first Monday of each month, which suits me.", False),
        ("Thanks ever so much for fitting me in on the Wednesday of half-term.", True),
    ],
)
def test_a_weekday_of_a_month_and_a_weekday_of_a_week(
    linter: Linter, sentence: str, dated: bool
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert (report.by_rule("interview-date") == ()) is dated
