"""Rule `demand-reply`: urgency, deadlines or insistence aimed at the reader's reply."""

from __future__ import annotations

import pytest

from followup_lint import Linter, ParsedDraft, Report, Severity
from tests.checks.helpers import ANALYST_OPENING as OPENING
from tests.checks.helpers import analyst_letter as letter
from tests.checks.helpers import entries_texts_and_positions, lint_corpus, lint_text

LOOK_FORWARD = ("I look forward to hearing from you.",)
NEXT_STEPS = ("I look forward to hearing from you about next steps.",)


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str, int, int]]:
    """Each demand-reply finding as (entry, source text, line, column)."""
    return entries_texts_and_positions(draft, report, "demand-reply")


# -- fires ---------------------------------------------------------------------------------


def test_asap(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/plumber-asap-gonna-no-frontmatter.txt")
    (finding,) = report.by_rule("demand-reply")
    assert finding.severity is Severity.ERROR
    assert finding.category.value == "tone"
    assert finding.message == "'let me know ASAP' demands an immediate reply."
    assert finding.suggestions == LOOK_FORWARD
    assert located(draft, report) == [("reply-asap", "let me know ASAP", 7, 57)]


def test_a_deadline_by_a_weekday_in_an_eml(linter: Linter) -> None:
    # 'I'd appreciate an answer by Friday.' in the text/plain part of a multipart mail.
    draft, report = lint_corpus(linter, "thank-you/financial-analyst-answer-by-friday.eml")
    (finding,) = report.by_rule("demand-reply")
    assert finding.message == "'answer by Friday' sets a deadline for the reader's decision."
    assert finding.suggestions == NEXT_STEPS
    assert located(draft, report) == [("reply-by-date", "answer by Friday", 21, 58)]


def test_within_48_hours(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/backend-engineer-within-48-hours.txt")
    findings = {f.entry: f for f in report.by_rule("demand-reply")}
    within = findings["reply-within-hours"]
    assert within.message == (
        "'get back to me within 48 hours' sets a deadline for the reader's reply."
    )
    assert within.suggestions == LOOK_FORWARD
    assert (within.span.line, within.span.column) == (18, 8)
    assert draft.source[within.span.start : within.span.end] == "get back to me within 48 hours"


def test_the_reported_target_beside_a_real_deadline_is_not_flagged(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/backend-engineer-within-48-hours.txt")
    assert located(draft, report) == [
        ("reply-within-hours", "get back to me within 48 hours", 18, 8)
    ]


def test_an_ultimatum_and_a_need_for_a_decision(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/account-executive-ultimatum.txt")
    assert located(draft, report) == [
        ("need-answer", "I need your decision", 17, 59),
        ("ultimatum", "If I have not heard", 17, 91),
    ]
    need, ultimatum = report.by_rule("demand-reply")
    assert need.message == (
        "'I need your decision' tells the reader you need their answer; the timeline is theirs "
        "to set."
    )
    assert need.suggestions == NEXT_STEPS
    assert ultimatum.message == "'If I have not heard' sounds like an ultimatum."
    assert ultimatum.suggestions == LOOK_FORWARD


def test_reply_by_wednesday_or_i_withdraw(linter: Linter) -> None:
    # 'ready to start immediately' in the same note is about the writer, not a demand.
    name = "status-inquiry/warehouse-associate-third-followup-ultimatum.txt"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [("reply-by-date", "hear back from you by Wednesday", 14, 61)]


def test_i_expect_to_hear_back_today(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/store-manager-expect-answer-today.txt")
    assert located(draft, report) == [("need-answer", "I expect to hear", 13, 112)]


def test_need_to_know_asap_and_respond_as_soon_as_possible(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/dispatch-supervisor-asap.eml")
    assert located(draft, report) == [
        ("need-answer", "I need to know", 12, 151),
        ("reply-quickly", "respond as soon as possible", 14, 125),
    ]


def test_a_decision_by_the_end_of_the_day_tomorrow(linter: Linter) -> None:
    name = "status-inquiry/data-engineer-decision-by-tomorrow-pls.txt"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [
        ("reply-by-date", "let me know your decision by the end of the day tomorrow", 13, 82)
    ]


def test_the_writers_deadline_fires_but_the_employers_own_timeline_does_not(
    linter: Linter,
) -> None:
    # 'you told me that the county expected to make a decision by October 23' is reported;
    # 'I expect a reply by the end of this week' is the writer's own deadline.
    name = "status-inquiry/procurement-long-winded-reply-this-week.txt"
    draft, report = lint_corpus(linter, name)
    assert "expected to make a decision by October 23" in draft.source
    assert located(draft, report) == [("reply-by-date", "reply by the end of this week", 23, 169)]


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        ("Please respond ASAP.", "reply-asap", "respond ASAP"),
        ("I need an answer by Friday.", "need-answer", "I need an answer"),
        (
            "Please let me know your decision by Friday.",
            "reply-by-date",
            "let me know your decision by Friday",
        ),
        ("Please reply within 24 hours.", "reply-within-hours", "reply within 24 hours"),
        ("I expect to hear back today.", "need-answer", "I expect to hear"),
        (
            "I have another offer, so if I do not hear from you by Monday, I will accept it.",
            "ultimatum",
            "if I do not hear",
        ),
        (
            "I would appreciate a response by the end of the week.",
            "reply-by-date",
            "response by the end of the week",
        ),
        ("Please treat this as an urgent matter.", "urgent", "treat this as an urgent matter"),
    ],
)
def test_inline_demands(linter: Linter, sentence: str, entry: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    column = len(OPENING) + sentence.index(found) + 1
    assert located(draft, report) == [(entry, found, 3, column)]


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # 'You mentioned a decision by November 25': the employer's own timeline.
        "status-inquiry/hr-generalist-reported-decision-no-thanks.txt",
        # 'I understand that you expect to make a decision by November 20.'
        "thank-you/soil-research-decision-date-only.txt",
        # 'The posting said hiring decisions would be made by October 30.'
        "status-inquiry/emergency-dispatcher-terse-no-thanks.txt",
        # 'I hope to hear from you next week': a hope, not a deadline.
        "thank-you/logistics-coordinator-future-date-only.txt",
    ],
)
def test_a_reported_timeline_or_a_hope_is_not_a_demand(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("demand-reply") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'If you need any other documents ... I will send them immediately.'
        "status-inquiry/research-assistant-non-native.txt",
        # 'I can start as soon as possible' and 'at your convenience'.
        "status-inquiry/medical-receptionist-start-asap.md",
        # 'I informed the site supervisor immediately'.
        "thank-you/civil-engineer-non-native-long.txt",
    ],
)
def test_the_writers_own_promptness_is_not_a_demand(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("demand-reply") == ()


@pytest.mark.parametrize(
    "name",
    [
        "status-inquiry/registered-nurse-timeline-question.txt",  # 'Could you share an update'
        "status-inquiry/marketing-executive-british.eml",  # 'when you have a moment'
        # 'please do not feel any pressure to respond quickly'
        "status-inquiry/nurse-practitioner-long-winded.txt",
        "thank-you/admin-assistant-pls-too-short.txt",  # 'let me know if you need my references'
    ],
)
def test_polite_requests_for_an_update_are_not_demands(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("demand-reply") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "You mentioned you would decide by the 25th, and I look forward to hearing from you.",
        "You mentioned that you hope to make a decision by Friday.",
        "I was told I would hear back within a week, so I wanted to check in.",
        "If you need my transcripts, I can send them immediately.",
        "I can start as soon as possible.",
        "Please let me know at your earliest convenience whether you need my references.",
        "I would be grateful for an update on the timeline at your convenience.",
        "Could you share the expected timeline for a decision?",
        "I look forward to hearing from you.",
        # a date the writer lets the reader off
        "If there is any chance of an update on your timeline before Friday, I would really "
        "appreciate it. If that isn't possible, I understand.",
    ],
)
def test_inline_notes_without_pressure(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("demand-reply") == ()


# -- generalised: 'I need it by', deadlines with an 'or else' ------------------------------


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        (
            "I will need it by the end of the week.",
            "need-it-by",
            "I will need it by the end of the week",
        ),
        (
            "Decide by Friday, or I will withdraw my application.",
            "deadline-or-else",
            "Decide by Friday, or I",
        ),
        (
            "Let me know by Monday or else I accept the other role.",
            "deadline-or-else",
            "Let me know by Monday or else",
        ),
    ],
)
def test_generalised_pressure(linter: Linter, sentence: str, entry: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    ((got_entry, text, _, _),) = located(draft, report)
    assert (got_entry, text) == (entry, found)
    (finding,) = report.by_rule("demand-reply")
    assert finding.severity is Severity.ERROR
    assert finding.suggestions == LOOK_FORWARD


def test_an_ultimatum_in_an_offer_notice_still_fires(linter: Linter) -> None:
    text = (
        "---\nkind: offer-notice\ncompany: Brightline\n---\nDear Josh,\n\nThank you for the final "
        "round last week. I have a written offer from Quanta Systems. Match it by Friday or I "
        "am signing with them.\n\nThanks,\nSam Whitfield\n"
    )
    draft, report = lint_text(linter, text)
    assert [entry for entry, *_ in located(draft, report)] == ["deadline-or-else"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I will send the references by Friday, or I can bring them to the next interview.",
        "I need to hand in my notice by Friday if I am offered the role.",
        "You said you need an answer from me by Friday.",
        # the writer's answer to another employer, the writer's own knowing
        "It is a serious offer and I must give them an answer.",
        "I ring back when I say I will, and I know the kids' names by the end of the first week.",
    ],
)
def test_the_writers_own_deadlines_are_silent(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == []


# -- generalised: who the deadline binds -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        # any verb of telling the reader's answer takes a deadline
        (
            "Kindly inform me of the outcome by Thursday without fail.",
            "reply-by-date",
            "inform me of the outcome by Thursday",
        ),
        # the reader asked to treat the request as urgent
        (
            "Please treat my application as a priority.",
            "urgent",
            "treat my application as a priority",
        ),
        # the writer cannot wait past a point
        ("I cannot wait much longer for an answer.", "cannot-wait", "I cannot wait much longer"),
        # an obligation put on the decision, and the reader's answer the writer would welcome
        (
            "The decision needs to be made by Friday.",
            "reply-by-date",
            "decision needs to be made by Friday",
        ),
        ("I'd appreciate an answer by Friday.", "reply-by-date", "answer by Friday"),
        # the reader's side named as the subject, in a question or with a vocative
        ("I need you to reply by Friday.", "need-answer", "I need you to reply"),
        ("Could your team get back to me by Friday?", "reply-by-date", "get back to me by Friday"),
        ("Please, everyone, respond by Monday.", "reply-by-date", "respond by Monday"),
        # the writer waiting to be told, in the passive
        (
            "I expect to be contacted by Monday at the latest.",
            "reply-by-date",
            "contacted by Monday",
        ),
    ],
)
def test_deadlines_on_the_reader(linter: Linter, sentence: str, entry: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert [(e, text) for e, text, _, _ in located(draft, report)] == [(entry, found)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's own promptness after a request to the reader
        "If you need my references, just let me know and I will send them right away.",
        "Should you need anything else, tell me and I will get it to you by tomorrow.",
        # a third party's habit or timeline
        "At my last job, approvals were granted on Monday and withdrawn by Friday.",
        "The panel will decide by the end of the month.",
        # the writer's own answer to someone else
        "There are other proposals which I will need to answer soon.",
        # enthusiasm, not a clock
        "I can't wait to hear from you!",
    ],
)
def test_deadlines_that_bind_someone_else(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == []


def test_a_humble_request_with_a_deadline(linter: Linter) -> None:
    # 'kindly inform me of the result by Saturday evening without fail ... I cannot wait
    # longer than this weekend for a decision. Kindly treat this as urgent.'
    draft, report = lint_corpus(linter, "status-inquiry/b5b-lab-technician-pune-without-fail.txt")
    assert [(entry, text) for entry, text, _, _ in located(draft, report)] == [
        ("reply-by-date", "inform me of the result by Saturday evening"),
        ("cannot-wait", "I cannot wait longer"),
        ("urgent", "treat this as urgent"),
    ]


# -- generalised: pressure for speed, and what softens it ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        ("Could you reply promptly?", "reply-promptly", "reply promptly"),
        ("Please decide quickly.", "reply-promptly", "decide quickly"),
        ("I would appreciate a prompt reply.", "prompt-reply", "prompt reply"),
        ("Thanks in advance for your quick response.", "prompt-reply", "quick response"),
    ],
)
def test_pressure_for_speed(linter: Linter, sentence: str, entry: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert [(e, text) for e, text, _, _ in located(draft, report)] == [(entry, found)]


@pytest.mark.parametrize(
    "sentence",
    [
        # thanks for a reply already given
        "Thank you for your quick response to my last email.",
        "I appreciate you getting back to me so quickly.",
        "I would like to thank you for your prompt feedback.",
        # negated
        "Please do not feel any pressure to respond quickly.",
        "Please do not treat this as urgent.",
        "I don't need an answer by Friday; take all the time you need.",
        # a wish about the past: a complaint, not a demand
        "A quick call would have been appreciated.",
        # speed that is not the reader's reply
        "I am a quick learner and respond well to feedback.",
    ],
)
def test_softened_or_other_speed_is_not_a_demand(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == []


# -- generalised (round 2): a deadline linked to the reader's reply in the parse ----------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a confident expectation of the reader's answer, however far the deadline is
        (
            "I trust I will have your decision, one way or another, by Monday.",
            "decision, one way or another, by Monday",
        ),
        ("I take it I'll have your answer by Friday.", "answer by Friday"),
        (
            "I am assuming I will hear back from the panel by tomorrow.",
            "hear back from the panel by tomorrow",
        ),
        (
            "I am counting on hearing from you before the weekend.",
            "hearing from you before the weekend",
        ),
        # the writer requires something only the reader can give, by a time
        (
            "I will need a firm offer from your side by noon tomorrow.",
            "I will need a firm offer from your side by noon tomorrow",
        ),
        (
            "If Acme is serious, I want a contract on my desk by Monday.",
            "I want a contract on my desk by Monday",
        ),
        (
            "I would require your final position before the weekend, failing which I withdraw.",
            "I would require your final position before the weekend",
        ),
        (
            "I must have an answer from you by the end of the week.",
            "answer from you by the end of the week",
        ),
        ("It is essential that I receive your answer by Thursday.", "answer by Thursday"),
        # an obligation on the reader's side, in the reader's clause or under an imperative
        (
            "Your confirmation must reach me before 5 pm on Thursday.",
            "confirmation must reach me before 5 pm",
        ),
        (
            "Kindly ensure that the decision is communicated to me by 5 p.m. on Friday.",
            "decision is communicated to me by 5 p.m.",
        ),
        (
            "Please ensure I receive your answer within three working days.",
            "answer within three working days",
        ),
        # a question the writer insists on having answered by a time
        (
            "I'd need to know where I stand by Thursday at the latest.",
            "know where I stand by Thursday",
        ),
        ("Please revert latest by EOD.", "revert latest by EOD"),
        (
            "I would expect a formal response before the end of the month.",
            "response before the end of the month",
        ),
        (
            "We'll need your verdict by tonight, otherwise I sign with the other firm.",
            "need your verdict by tonight, otherwise I",
        ),
        (
            "So I need to hear back from you by Friday at the latest; otherwise I will accept it.",
            "hear back from you by Friday",
        ),
    ],
)
def test_deadlines_linked_to_the_readers_reply(linter: Linter, sentence: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert [text for _, text, _, _ in located(draft, report)] == [found]


@pytest.mark.parametrize(
    "sentence",
    [
        # someone else's deadline for the writer, stated as a fact or as terms
        "They have asked for my answer by Friday.",
        "The offer letter gives me until 20 November to respond.",
        "Their package includes a signing bonus, with an answer requested by 3 March.",
        "My current employer expects my answer by the 20th.",
        "The other company needs to hear from me by Friday.",
        "I need to give them an answer by Monday.",
        "Their offer lapses at midnight on Sunday.",
        # the deadline is what the writer asks about, or a possibility
        "Would you be able to tell me whether a decision is likely before the end of the month?",
        "Could you let me know if you expect to decide before Christmas?",
        "If a decision is possible before the 20th, I would be glad to hear it.",
        # the writer's own promptness or plans
        "I will have an answer for you on the relocation by Friday.",
        "I'll let you know by Friday whether I can relocate.",
        "I should be able to confirm references by Monday.",
        "I expect to complete my notice period by the end of March.",
        "I will have the portfolio ready by Monday.",
        # the writer's own update, and a trust that is not about a reply
        "A quick update from my side: I have finished the certification.",
        "I trust you had a restful weekend.",
    ],
)
def test_deadlines_not_on_the_readers_reply(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == []


def offer_notice(sentence: str) -> str:
    """An offer notice to Brightline that names a written offer, then `sentence`."""
    return (
        "---\nkind: offer-notice\ncompany: Brightline\n---\nDear Josh,\n\nThank you for the "
        f"final round last week. I have a written offer from Corvane Systems. {sentence}\n\n"
        "Thanks,\nSam Whitfield\n"
    )


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # insisting is a demand in an offer notice too
        ("If you want me, I will need a written offer by close of business Thursday.", True),
        ("So I need to hear from you by Friday at the latest about whether I have it.", True),
        # the other offer's deadline, and a polite question about timing, are expected
        ("They have asked me to accept by Friday 20 November.", False),
        ("Would it be possible to let me know whether a decision is likely before then?", False),
        ("I would be grateful for any indication of your timeline before 4 December.", False),
        ("I have to give them my answer by Friday, and I wanted you to know first.", False),
    ],
)
def test_deadlines_in_an_offer_notice(linter: Linter, sentence: str, fires: bool) -> None:
    draft, report = lint_text(linter, offer_notice(sentence))
    assert bool(located(draft, report)) is fires


@pytest.mark.parametrize(
    ("name", "found"),
    [
        # 'So I need to hear from you by Friday at the latest about whether I've been successful.'
        (
            "status-inquiry/b6a-graduate-analyst-verbal-offer-by-friday.txt",
            "hear from you by Friday",
        ),
        # 'I trust I will have an answer, one way or the other, by Friday.'
        (
            "status-inquiry/b6b-general-counsel-preferred-candidate-harlow.txt",
            "answer, one way or the other, by Friday",
        ),
        # 'If Tallgrass wants me, I will need a written offer at or above those terms by ...'
        (
            "offer-notice/b6b-vp-engineering-close-of-business.txt",
            "I will need a written offer at or above those terms by close of business Thursday",
        ),
    ],
)
def test_demands_in_other_words(linter: Linter, name: str, found: str) -> None:
    draft, report = lint_corpus(linter, name)
    assert [text for _, text, _, _ in located(draft, report)] == [found]


@pytest.mark.parametrize(
    "name",
    [
        # '**A quick update from my side:**' and 'whether a decision is likely before ...?'
        "status-inquiry/b6a-ward-clerk-second-chaser-reused.md",
        # the counter-offer's terms: '- an answer requested by Friday 20 November;'
        "offer-notice/b6b-head-of-pricing-counter-offer-incumbent.md",
    ],
)
def test_terms_and_questions_about_timing_are_not_demands(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("demand-reply") == ()


# -- round 3: unseen styles ----------------------------------------------------------------


def _demands(linter: Linter, sentence: str) -> list[str]:
    draft, report = lint_text(linter, letter(sentence))
    return [text for _, text, _, _ in located(draft, report)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kindly revert by EOD tomorrow as I have to plan accordingly.",
        "I must have your answer before the weekend.",
        "I expect a decision from you no later than Monday.",
        "Pls confirm today, need to know.",
        "I would request you to respond at the earliest.",
        "Please treat this as a matter of urgency.",
        "A reply by close of business Thursday would be required.",
        "If I do not hear back by Friday I will withdraw my application.",
        "I will have to withdraw my candidacy unless I hear from you this week.",
        "I need an answer one way or the other by Wednesday.",
        "Please let me have your decision within 48 hours.",
        "Get back to me straight away please.",
        "I shall expect your reply by return of post.",
        "Do respond latest by Monday.",
        "I look forward to your response by no later than 5 pm tomorrow.",
        "I trust you will revert within the week.",
        "I require a firm answer by the 14th.",
        "Respond promptly, as my patience is limited.",
        "I'll need to know where I stand by tomorrow morning.",
        "Your earliest response is expected.",
        "Time is of the essence, so please expedite your decision.",
        "Please hurry up with the decision.",
    ],
)
def test_pressure_in_many_styles(linter: Linter, sentence: str) -> None:
    assert _demands(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I look forward to hearing from you at your convenience.",
        "Could you let me know the expected timeline for a decision?",
        "You mentioned you hoped to decide by the 25th; I look forward to hearing from you then.",
        "I can start as soon as possible if selected.",
        "I will send the references by Friday.",
        "Please let me know if you need anything else from me.",
        "No rush at all; I know these things take time.",
        "I would be grateful for any update on the timeline when you have a moment.",
        "I am available for a second interview any day next week.",
        "Please feel free to reach out whenever suits you.",
        "I hope to hear from you soon.",
        "I will be travelling from Friday, but I will check my email daily.",
        "I understand the panel meets on Thursday, so I will wait to hear from you after that.",
        "If it helps, I can send my portfolio today.",
        "I appreciate your quick reply to my last email.",
        "I'd welcome an update whenever one is available.",
        "Please don't feel obliged to reply quickly.",
        "The recruiter said I would hear back within two weeks.",
        "I'm keen to know the outcome, but I understand you are still interviewing.",
        "Could you tell me roughly when a decision might be made?",
        "There is no need to rush your decision.",
        "Please do not hurry your decision on my account.",
        "I am happy to expedite the paperwork on my side.",
        "I can fast-track my notice period if needed.",
        "I would never want to rush the process.",
        "Thank you for your timely response to my questions.",
    ],
)
def test_polite_wishes_in_many_styles(linter: Linter, sentence: str) -> None:
    assert _demands(linter, sentence) == []


# -- round 4: a polite request in an offer notice, and a question about when to expect ------


@pytest.mark.parametrize(
    "sentence",
    [
        # thanks to come, under a modal
        "If there's any prospect of an update from your side before Friday, I'd be very grateful.",
        "Should there be any chance of hearing from you before the 20th, I would be most obliged.",
        "If you are able to share an update before 4 December, I would really appreciate it.",
        "An update before Wednesday would be a great help, if at all feasible.",
        "If it's at all doable to get an update from you by Friday, I'd be much obliged.",
        "Any word before Monday would be hugely appreciated.",
        # conceded in the same or the next sentence
        "It would mean a lot to hear before Friday, though I understand completely if not.",
        "An answer before the 12th would help me plan. I quite understand if the panel can't.",
        "Hearing from you before Thursday would be ideal, but I accept the process takes time.",
        "Word from you before Friday would help; if not, no harm done.",
    ],
)
def test_polite_requests_before_the_other_offers_deadline(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, offer_notice(sentence))
    assert located(draft, report) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I need your decision by Friday or I will accept their offer.",
        "I must have an answer from you by Thursday at the latest.",
        "I expect to hear from you before Friday, though I understand you are busy.",
        "I will need your answer by Friday at the latest, though I'd be grateful for it sooner.",
        "You must decide by Monday.",
        "Please confirm by Friday whether you will match it.",
    ],
)
def test_insisting_in_an_offer_notice_is_not_softened(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, offer_notice(sentence))
    assert located(draft, report)


@pytest.mark.parametrize(
    "sentence",
    [
        "When might I expect to hear back?",
        "Roughly when should I expect to hear from you?",
        "What timeframe should I expect for feedback?",
        "Is there a date by which I should expect to hear?",
        "By when can I expect an outcome, if I may ask?",
        "When could we expect to hear about the next round?",
        "Should I expect to hear this month, or is it likely to be later?",
        "Around when would it be reasonable to expect news?",
        "May I know by when the results are expected?",
        "How soon might I expect word on the second stage?",
    ],
)
def test_asking_when_to_expect_a_reply_is_not_a_demand(linter: Linter, sentence: str) -> None:
    assert _demands(linter, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I expect to hear back today.",
        "I expect your reply by Monday.",
        "I need to hear by Friday - when will you decide?",
        "I expect an answer by Friday at the latest, is that clear?",
    ],
)
def test_an_expectation_stated_beside_a_question_still_fires(linter: Linter, sentence: str) -> None:
    assert _demands(linter, sentence)


def test_an_ultimatum_that_says_what_the_writer_will_understand_still_fires(
    linter: Linter,
) -> None:
    sentence = (
        "I would be grateful to have your decision by Thursday at noon. If I do not hear "
        "anything by then, I will understand that the position went to another person."
    )
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("demand-reply") != ()


# -- round six: pressure with no reply word, a request put first, and what is no demand ----


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("ASAP please, the other firm is waiting.", "ASAP please"),
        ("Need a yes or no by Friday.", "Need a yes or no by Friday"),
        ("You have until Thursday.", "You have until"),
        # a report before the demand does not make it one
        ("Nobody has replied, and I want a response today.", "I want a response today"),
        # a request put first, hung by the parse from the complaint after it
        ("Reply today please, I don't have time to wait.", "Reply today"),
        ("Give me an answer now, I have other offers.", "Give me an answer now,"),
        # a hard limit binds the reader, whatever follows
        (
            "Kindly revert within 24 hours failing which I will assume I am not selected.",
            "revert within 24 hours",
        ),
        # calling someone else is the ultimatum
        (
            "If I do not hear from you by Monday, I will call the other company to accept.",
            "If I do not hear",
        ),
    ],
)
def test_round_six_pressure(linter: Linter, sentence: str, flagged: str) -> None:
    assert _demands(linter, sentence) == [flagged]


@pytest.mark.parametrize(
    "sentence",
    [
        "Is it still looking like a decision by the end of the month?",  # asks the timeline
        "Will the panel decide before Friday?",
        "Hoping to hear some news before half term.",  # a hope
        "I'll follow up next week if I haven't heard anything.",  # the writer writes again
        "If I don't hear back by Friday, I'll give you a call.",
        "Would be grateful for a quick word on where things stand.",  # quick: brief
        "A quick yes or no would help me plan.",
    ],
)
def test_round_six_no_demand(linter: Linter, sentence: str) -> None:
    assert _demands(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I've waited three weeks for this, answer me.", "answer me."),
        ("This is the second time I'm asking. Answer please.", "Answer please"),
        ("Stop ignoring my messages.", "Stop ignoring"),
        ("Send me the paperwork today.", "Send me the paperwork today"),
        ("Text me back within the hour.", "Text me back within the hour"),
    ],
)
def test_bare_orders_to_answer(linter: Linter, sentence: str, flagged: str) -> None:
    assert _demands(linter, sentence) == [flagged]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please reply at your convenience.",
        "I'll answer any questions you have.",
        "Answer: yes, I can start in May.",
        "I was told to stop ignoring the small jobs.",  # reported, about work
        "Send me the rota whenever it suits you.",
    ],
)
def test_what_only_looks_like_an_order(linter: Linter, sentence: str) -> None:
    assert _demands(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # 'That said' turns the writer's own argument; it reports no one
        ("That said, I'll need a yes or no by Friday.", "I'll need a yes"),
        ("I need a yes or no by Wednesday.", "I need a yes or no"),
        # the reader asked to give the writer something by a date
        (
            "I would kindly ask you to give me a position until this Friday.",
            "give me a position until this Friday",
        ),
        ("Let me know in the next two days.", "Let me know in the next two days"),
    ],
)
def test_a_yes_or_no_and_something_given_by_a_date(
    linter: Linter, sentence: str, flagged: str
) -> None:
    assert _demands(linter, sentence) == [flagged]


@pytest.mark.parametrize(
    "sentence",
    [
        "I know lunch is your only break in the day.",  # 'in the day' is 'during it'
        "That said, you mentioned a decision by Friday.",  # reported
        "I can give two weeks' notice by Friday.",  # the writer gives
    ],
)
def test_during_the_day_and_the_writers_own_giving(linter: Linter, sentence: str) -> None:
    assert _demands(linter, sentence) == []


# -- round b19: 'at the latest' before the date, 'if I do not have an answer', time granted ---


def test_a_numbered_demand_and_an_ultimatum_in_an_offer_notice(linter: Linter) -> None:
    # 'I need the following from you: 1. Your decision at the latest on Wednesday, 2 December,
    # 12:00. ... If I do not have an answer from you by then, I will sign the contract with
    # Kranhaus.'
    draft, report = lint_corpus(
        linter, "offer-notice/b19b-supply-chain-analyst-barge-planning-kranhaus.txt"
    )
    assert [(e, text) for e, text, _, _ in located(draft, report)] == [
        ("reply-at-the-latest", "decision at the latest on Wednesday"),
        ("ultimatum", "If I do not have an answer"),
    ]


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        (
            "Please send me your answer at the latest on Friday.",
            "reply-at-the-latest",
            "answer at the latest on Friday",
        ),
        (
            "Unless we have a decision by then, I will accept their offer.",
            "ultimatum",
            "Unless we have a decision",
        ),
    ],
)
def test_a_deadline_before_its_date_and_an_if_not_ultimatum(
    linter: Linter, sentence: str, entry: str, found: str
) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert [(e, text) for e, text, _, _ in located(draft, report)] == [(entry, found)]


def test_allowing_the_decision_time_is_not_a_deadline(linter: Linter) -> None:
    # 'I know that a decision with several candidates needs time, especially in the weeks
    # before the Christmas peak, and I do not want to put you under pressure.'
    draft, report = lint_corpus(
        linter, "status-inquiry/b19b-customs-coordinator-tilbury-certificate.txt"
    )
    assert located(draft, report) == []


def test_if_i_do_not_hear_by_then_is_an_ultimatum_in_an_offer_notice(linter: Linter) -> None:
    # 'I need Lantern Bay to give me a yes or no by this Friday, 5pm. If I don't hear by
    # then, I will sign with them.': more than the other offer's deadline
    draft, report = lint_corpus(
        linter, "offer-notice/b12b-marketing-executive-paperkite-friday-5pm.txt"
    )
    assert ("ultimatum", "If I don't hear") in [(e, t) for e, t, _, _ in located(draft, report)]


@pytest.mark.parametrize(
    "name",
    [
        # "you'd mentioned a decision by the 12th": "'d" before a participle is 'had'
        "status-inquiry/b20b-content-designer-kitefin-savings-pot.eml",
        # 'Know the second round pushed things out a few weeks. Better that than rushing it.'
        "rejection-reply/b20a-territory-manager-riverina-leeton-rice.txt",
        # 'I appreciate the quick decision; hearing back within a week means a lot when you are
        # planning shifts around interviews.'
        "rejection-reply/b20a-clinical-analyst-order-sets-references.md",
    ],
)
def test_a_reported_date_a_refused_rush_and_a_reply_praised_are_no_demands(
    linter: Linter, name: str
) -> None:
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == []


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        ("Hearing back by Friday would help me plan.", "reply-by-date", "Hearing back by Friday"),
        ("Hearing back by Friday is essential for me.", "reply-by-date", "Hearing back by Friday"),
    ],
)
def test_a_prompt_reply_wished_for_still_presses(
    linter: Linter, sentence: str, entry: str, found: str
) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert [(e, text) for e, text, _, _ in located(draft, report)] == [(entry, found)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kindly revert with a decision, failing which I shall take it my candidature has lapsed.",
        "Please let me know by Friday; otherwise I will assume the role is filled.",
    ],
)
def test_what_the_writer_will_do_without_a_reply_is_an_ultimatum(
    linter: Linter, sentence: str
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert len(report.by_rule("demand-reply")) == 1  # one finding for the demand and its threat


@pytest.mark.parametrize(
    "sentence",
    ["Failing that, we could meet on Monday.", "Otherwise I will follow up next week."],
)
def test_an_alternative_offered_is_no_ultimatum(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("demand-reply") == ()


def test_the_readers_own_date_told_through_kind_enough_is_reported(linter: Linter) -> None:
    # 'At our meeting you were kind enough to say that the Commission would reach its
    # decision by the 20th of March.'
    name = "status-inquiry/b23a-senior-structural-engineer-orrin-valley-canopy.txt"
    _, report = lint_corpus(linter, name)
    assert report.by_rule("demand-reply") == ()


def test_kind_enough_asked_of_the_reader_still_presses(linter: Linter) -> None:
    _, report = lint_text(
        linter, letter("I would be grateful if you were kind enough to reply by Friday.")
    )
    assert report.by_rule("demand-reply")


def test_the_military_no_later_than_sets_a_deadline(linter: Linter) -> None:
    _, report = lint_text(linter, letter("Request a decision NLT Friday."))
    assert report.by_rule("demand-reply")


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("I must confess that the decision came as a surprise to me.", False),
        ("I must have your decision by Friday.", True),
    ],
)
def test_must_owning_up_is_no_demand(linter: Linter, sentence: str, fires: bool) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("demand-reply")) is fires


@pytest.mark.parametrize(
    "sentence",
    [
        "Kindly advise where matters stand and when I might expect to hear.",
        "I had rather expected to hear something by the end of June.",
    ],
)
def test_an_indirect_question_and_a_past_expectation_press_for_nothing(
    linter: Linter, sentence: str
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("demand-reply") == ()


def test_an_expectation_now_still_presses(linter: Linter) -> None:
    _, report = lint_text(linter, letter("I expect to hear by Friday."))
    assert report.by_rule("demand-reply")


def test_a_passive_ultimatum_in_an_offer_notice(linter: Linter) -> None:
    # 'Kindly revert with your decision by 1200 hrs on 28th May positively. In case no reply
    # is received by then, I shall be constrained to accept the other offer ...'
    _, report = lint_corpus(linter, "offer-notice/b31a-head-facilities-lonavala-talegaon.txt")
    assert report.by_rule("demand-reply")


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("Kindly revert with your decision by 1200 hrs on Friday.", True),
        ("I will be on site by 0800 hrs on Monday if you would like me to attend.", False),
        ("If no reply is received by Friday, I shall accept the other offer.", True),
        ("If no decision is made by the board, the project will wait.", False),
    ],
)
def test_deadlines_in_military_and_formal_english(
    linter: Linter, sentence: str, fires: bool
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("demand-reply")) is fires
