"""Rule `complaint`: grievances about the length of the process or the lack of an answer."""

from __future__ import annotations

import pytest

from followup_lint import Linter, ParsedDraft, Report, Severity
from tests.checks.helpers import entries_and_texts, lint_corpus, lint_text

CHECK_IN = ("I wanted to check in on the status of my application.",)
TAKE_TIME = ("I know these decisions take time.",)


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str]]:
    """Each complaint finding as (entry, source text)."""
    return entries_and_texts(draft, report, "complaint")


OPENING = "I interviewed with you on November 3 for the Dispatch Supervisor position. "


def letter(sentence: str) -> str:
    return (
        f"Dear Ms. Whitlock,\n\n{OPENING}{sentence}\n\nI remain very interested in the role."
        "\n\nRegards,\nRay Dawson\n"
    )


# -- fires ---------------------------------------------------------------------------------


def test_still_not_heard_and_nobody_answers(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/b3-forklift-caps-fourth-time.txt")
    assert located(draft, report) == [
        ("hearing", "I STILL have not heard anything"),
        ("nobody-replied", "Nobody answers the phone at the depot either"),
    ]
    first = report.by_rule("complaint")[0]
    assert first.severity is Severity.WARNING
    assert first.category.value == "tone"
    assert first.message == (
        "'I STILL have not heard anything' complains that you have had no answer; ask for an "
        "update without reproach."
    )
    assert first.suggestions == CHECK_IN
    assert (first.span.line, first.span.column) == (13, 63)


def test_not_heard_anything_since_is_insistent(linter: Linter) -> None:
    # 'since' turns not having heard into a grievance (compare 'not yet heard' below).
    draft, report = lint_corpus(linter, "status-inquiry/emergency-dispatcher-terse-no-thanks.txt")
    assert located(draft, report) == [
        ("hearing", "I have not received a call or an email since then")
    ]


def test_elapsed_time_with_a_reproach(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "rejection-reply/b3-sales-manager-feedback-by-friday.txt")
    (finding,) = report.by_rule("complaint")
    assert located(draft, report) == [
        (
            "elapsed",
            "It took you nearly three weeks to tell me, after promising an answer within five "
            "working days",
        )
    ]
    assert finding.suggestions == TAKE_TIME


def test_a_month_with_no_decision_and_a_process_that_dragged_on(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "offer-notice/b3-data-engineer-verbal-ultimatum.txt")
    assert located(draft, report) == [
        ("elapsed", "it has now been a full month with no decision"),
        (
            "dragged-on",
            "Your process has dragged on far longer than that of any other company I have "
            "spoken to",
        ),
        ("kept-waiting", "I cannot keep waiting"),
    ]


def test_thanks_for_finally_replying_and_a_process_longer_than_promised(
    linter: Linter,
) -> None:
    draft, report = lint_corpus(linter, "rejection-reply/b3-grants-officer-finally-coldwater.txt")
    assert located(draft, report) == [
        ("finally", "Thank you for finally letting me know"),
        (
            "elapsed",
            "the process took almost a month longer than the timeline I was given at interview",
        ),
    ]
    finally_, _ = report.by_rule("complaint")
    assert finally_.suggestions == ("Thank you for letting me know.",)


def test_verbless_complaints(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/b3-delivery-driver-begging-short.txt")
    assert located(draft, report) == [
        ("no-answer", "Still nothing on the Delivery Driver job"),
        ("no-answer", "Three emails now and no answer"),
    ]


def test_claimed_patience_and_frustration_with_the_silence(linter: Linter) -> None:
    name = "status-inquiry/procurement-long-winded-reply-this-week.txt"
    draft, report = lint_corpus(linter, name)
    entries = dict(located(draft, report))
    assert entries["been-patient"] == "I have been patient for six weeks"
    assert entries["frustration"] == (
        "My frustration is only with the silence, not with you personally"
    )


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        (
            "It has been three weeks and I still have heard nothing.",
            "elapsed",
            "It has been three weeks",
        ),
        ("I am frustrated by the delay.", "frustration", "I am frustrated by the delay"),
        (
            "Nobody has bothered to reply to my emails.",
            "nobody-replied",
            "Nobody has bothered to reply to my emails",
        ),
        ("I expected to hear back by now.", "by-now", "I expected to hear back by now"),
        ("This is taking far too long.", "too-long", "This is taking far too long"),
        (
            "You never replied to my last email.",
            "never-replied",
            "You never replied to my last email",
        ),
        (
            "My previous emails have been ignored.",
            "ignored",
            "My previous emails have been ignored",
        ),
        (
            "I am still waiting for a response to my email.",
            "still-waiting",
            "I am still waiting for a response to my email",
        ),
        (
            "Despite two reminders, I have received no response.",
            "hearing",
            "Despite two reminders, I have received no response",
        ),
        (
            "Your recruitment process is painfully slow.",
            "slow-process",
            "Your recruitment process is painfully slow",
        ),
        (
            "I would appreciate the courtesy of a reply.",
            "courtesy-of-reply",
            "I would appreciate the courtesy of a reply",
        ),
    ],
)
def test_inline_complaints(linter: Linter, sentence: str, entry: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [(entry, found)]


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # 'I know these decisions take time, especially with the spring course builds'.
        "status-inquiry/b3-instructional-designer-take-time-clean.md",
        # 'I realise ... these things take time, so please do not treat this note as a request'.
        "status-inquiry/b3-policy-analyst-600-words-five-days.txt",
        # 'recruitment in a busy firm can take longer than anyone would like'.
        "status-inquiry/b2-litigation-paralegal-over-600-words.txt",
        # 'since I have not yet heard anything, I wanted to ask whether there is any news'.
        "status-inquiry/nurse-practitioner-long-winded.txt",
        # 'as I have not yet received an update on the outcome'.
        "status-inquiry/b2-hello-no-role-no-date-no-frontmatter.txt",
        # 'If I have not heard from you by then, I will accept the other position': a threat
        # (demand-reply), not a complaint about the wait.
        "thank-you/account-executive-ultimatum.txt",
        # 'Naturally I am disappointed, but I understand': disappointment at the outcome.
        "rejection-reply/b3-structural-engineer-subject-bath-clean.txt",
        # 'Can't wait to hear back!!!': eagerness, not impatience.
        "offer-notice/b3-game-designer-gonna-by-tomorrow.txt",
    ],
)
def test_patience_and_soft_reasons_for_writing_are_not_complaints(
    linter: Linter, name: str
) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("complaint") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I know these decisions take time.",
        "I have not yet heard and wanted to check in.",
        "I have not heard back and wanted to check in.",
        "It has been two weeks since our interview, so I wanted to follow up.",
        "It has been two weeks since our interview and I have not yet heard back.",
        "I understand that these things can take longer than anyone would like.",
        "I hope this note is not too long.",
        "I took too long to answer your question about routing, so here is a fuller answer.",
        "I am disappointed not to have been selected, but I understand.",
        "In my last job I reduced delivery delays that frustrated our customers.",
        "If I do not hear back by Friday, I will assume the role has been filled.",
        "I don't want to keep you waiting for my references.",
        "Please do not feel rushed; I know the panel is busy.",
        "I still remain very interested in the role.",
        "I know hiring can be slow, and I am happy to wait.",
        "Our process at my last job was slow, so I sped it up.",
        "It was a long day of interviews, so thank you for your time.",
    ],
)
def test_inline_notes_without_complaint(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()


# -- generalised: silent durations, missed dates, reproach idioms ---------------------------


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        (
            "After three weeks of silence, I am writing again.",
            "elapsed",
            "After three weeks of silence, I am writing again",
        ),
        (
            "The date you gave for a decision has come and gone.",
            "date-passed",
            "The date you gave for a decision has come and gone",
        ),
        (
            "A short email would have been the least you could do.",
            "least-you-could-do",
            "A short email would have been the least you could do",
        ),
    ],
)
def test_generalised_complaints(linter: Linter, sentence: str, entry: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [(entry, found)]
    (finding,) = report.by_rule("complaint")
    assert finding.severity is Severity.WARNING


@pytest.mark.parametrize(
    "sentence",
    [
        "I was thrilled to finally see the depot in person.",
        "I finally got the chance to read your annual safety report.",
        "My payment to the agency is long overdue, which is my own fault.",
        "The least I could do was send the extra route plans.",
        "I spent two weeks of my holiday preparing the case study.",
    ],
)
def test_generalised_neutral_sentences(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == []


# -- generalised: regret for a missing answer, fruitless checking, whose delay it is ---------


def test_finding_nothing_again_and_again(linter: Linter) -> None:
    name = "status-inquiry/b5c-store-supervisor-auckland-important-pile.txt"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [
        (
            "no-answer",
            "nothing keeps a person on their toes like checking their inbox forty times a day "
            "and finding nothing",
        )
    ]


def test_a_reply_that_would_have_been_appreciated(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/b5a-revenue-cycle-silence-director.eml")
    assert located(draft, report) == [
        ("unanswered", "my note of October 26 went unanswered"),
        ("would-have-been", "Even a one-line reply would have been appreciated"),
    ]


@pytest.mark.parametrize(
    "name",
    [
        # 'these things often take longer than anyone plans': sympathy with a general habit.
        "status-inquiry/b5a-curriculum-specialist-unit-map-clean.md",
        # 'staff are owed two months' salary' at the writer's present employer.
        "rejection-reply/b5b-operations-officer-abuja-management.txt",
        # 'without a single plate coming back to the pass': a kitchen, not a reply.
        "rejection-reply/b13a-chef-de-partie-ninety-covers.txt",
        # 'decks the account people didn't bother to read': colleagues, not the reader.
        "offer-notice/b13b-content-strategist-close-to-their-number.eml",
    ],
)
def test_sympathy_and_other_workplaces_are_not_complaints(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("complaint") == ()


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        (
            "I have checked my email every day for three weeks and found nothing.",
            "no-answer",
            "I have checked my email every day for three weeks and found nothing",
        ),
        (
            "You could have at least let me know the role was on hold.",
            "would-have-been",
            "You could have at least let me know the role was on hold",
        ),
        (
            "I had hoped to hear back much sooner than this.",
            "expected-sooner",
            "I had hoped to hear back much sooner than this",
        ),
        (
            "Honestly, I expected a company of your size to be quicker at getting back to "
            "candidates.",
            "expected-sooner",
            "Honestly, I expected a company of your size to be quicker at getting back to "
            "candidates",
        ),
        (
            "I have now sent three emails without so much as an acknowledgement.",
            "without-reply",
            "I have now sent three emails without so much as an acknowledgement",
        ),
        ("I'm beginning to feel forgotten.", "ignored", "I'm beginning to feel forgotten"),
        (
            "Is there a reason nobody has been in touch?",
            "nobody-replied",
            "nobody has been in touch",
        ),
        (
            "Not even an automated reply, after all this time.",
            "no-answer",
            "Not even an automated reply, after all this time",
        ),
        (
            "You said you'd have a decision by end of next week, which, by my count, was a "
            "couple of weeks ago.",
            "promised-ago",
            "which, by my count, was a couple of weeks ago",
        ),
    ],
)
def test_regret_checking_and_neglect(linter: Linter, sentence: str, entry: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [(entry, found)]


@pytest.mark.parametrize(
    "sentence",
    [
        # Processes in general, or the writer's acceptance of this one.
        "Hiring processes usually take longer than planned, so please do not feel rushed.",
        "I understand the decision is taking a little longer than planned.",
        # Delays that are not the employer's.
        "The project took longer than expected, but we delivered it.",
        "At my last job, the approval process was painfully slow, which is why I automated it.",
        "Thank you for your patience while I gathered my references, which took longer than I "
        "expected.",
        # Regret about something other than an answer, or the writer's own lateness.
        "I would have liked to hear more about the team's roadmap.",
        "I would have appreciated some feedback on my presentation, if you have a moment.",
        "I would have responded sooner, but I was travelling.",
        # Finding nothing that is not an answer; the writer's own instructions.
        "I searched the archive and found nothing on the 2019 rollout.",
        "The audit found nothing of concern.",
        "Please ignore my previous email; it had the wrong attachment.",
        # A date long gone that is not the employer's promise.
        "I interviewed on the 3rd, which was two weeks ago.",
        "I said I would send my references, which was a week ago.",
    ],
)
def test_delays_and_regrets_that_are_not_complaints(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()


# -- round 2: the employer's own date, time called ample, forced conclusions, 'deserved' ----


def test_a_committee_that_missed_its_date_and_a_sardonic_conclusion(linter: Linter) -> None:
    # 'the committee expected to reach a decision by 9 October. It is now November'.
    draft, report = lint_corpus(linter, "status-inquiry/b6b-professor-committee-white-smoke.txt")
    assert [entry for entry, _ in located(draft, report)] == ["dated-now", "only-assume"]
    assert located(draft, report)[0] == ("dated-now", "It is now November")


def test_an_ironic_interval_and_an_answer_later_than_their_own_date(linter: Linter) -> None:
    name = "status-inquiry/b6b-general-counsel-preferred-candidate-harlow.txt"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report)[1] == (
        "only-assume",
        "I can only assume the process has acquired a life of its own",
    )
    name = "rejection-reply/b6b-health-economics-chair-no-reply-address.txt"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report)[1] == (
        "after-their-date",
        "It arrived some five weeks after the date the panel itself had given for its decision",
    )


def test_gratitude_for_not_being_kept_waiting_is_not_a_complaint(linter: Linter) -> None:
    _, report = lint_corpus(linter, "rejection-reply/b6b-engineering-manager-quick-no.eml")
    assert report.by_rule("complaint") == ()


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        # The date the employer gave, set against the date it now is.
        (
            "You told me I would hear by the end of September; we are now in the middle of "
            "November and I have heard nothing.",
            "dated-now",
        ),
        (
            "The panel was to decide by 9 October. It is now 2 November, and there has been no "
            "word.",
            "dated-now",
        ),
        ("Your own timeline said early October, and here we are in December.", "dated-now"),
        (
            "We were promised a decision by the end of October, and it is now the third week of "
            "November.",
            "dated-now",
        ),
        ("You said we'd hear by the 15th. Today is the 29th, and still nothing.", "dated-now"),
        # A duration called more than enough to decide in.
        (
            "A month and a half is, I think, a rather generous amount of time to make up one's "
            "mind.",
            "elapsed",
        ),
        ("Forty days is ample time to reach a decision on a single hire.", "elapsed"),
        ("A full month is more than enough time to decide on a shortlist of two.", "elapsed"),
        # A conclusion the silence forces on the writer.
        (
            "Given the silence, I can only assume my application has been lost somewhere in your "
            "system.",
            "only-assume",
        ),
        ("I take the silence to mean that you have moved on without telling me.", "only-assume"),
        ("I must assume from the lack of news that the role has been filled.", "only-assume"),
        ("I can only conclude that my candidacy has been quietly dropped.", "only-assume"),
        ("I have to assume from the silence that the position has been filled.", "only-assume"),
        # The process, or the writer, owed more than the answer that came.
        (
            "After three interviews and a presentation, I think I deserved more than a two-line "
            "email.",
            "deserved-better",
        ),
        (
            "Candidates who give up four afternoons to your process deserve better than a form "
            "rejection.",
            "deserved-better",
        ),
        # The answer came after the employer's own date.
        (
            "Your reply reached me a full six weeks after the date your own panel had set.",
            "after-their-date",
        ),
        ("The decision came nearly two months after the deadline you gave me.", "after-their-date"),
    ],
)
def test_missed_dates_ample_time_and_forced_conclusions(
    linter: Linter, sentence: str, entry: str
) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert [found for found, _ in located(draft, report)] == [entry]


@pytest.mark.parametrize(
    "sentence",
    [
        # Negated grievances are thanks.
        "I appreciate not being kept waiting.",
        "Thank you for not keeping me waiting; a quick answer is always welcome.",
        "Thank you for not leaving me in the dark; I appreciated the update.",
        # A date that has passed, given as the reason for writing or as the writer's own.
        "You mentioned a decision by 9 October, so I thought I would check in now that the date "
        "has passed.",
        "You mentioned you hoped to decide by the end of October. As it is now mid-November, I "
        "wanted to check in.",
        "It is now November, so I wanted to check in as you suggested I do after the 1st.",
        "It is now November, and the autumn term has started well in my current post.",
        "You said we'd hear by the 15th, so I'm writing today as suggested.",
        "It is now a year since I qualified, and I am ready for a larger role.",
        "I know the panel hoped to decide by 9 October, and I understand these things slip.",
        # Time called ample for the writer's own plans, or reasonable.
        "Two weeks is a reasonable time for a decision like this, so I am happy to wait.",
        "Three weeks is plenty of time for me to arrange my notice.",
        "A month is plenty of time for me to relocate if I am successful.",
        "Ten days is a generous notice period, and it lets me hand over properly.",
        # Conclusions that are not about the silence.
        "I assume the committee is still meeting candidates, so I wanted to check in on the "
        "timeline.",
        "I take it the next step is a reference check; I have my referees ready.",
        "I can only imagine how busy the team has been with the merger.",
        "I can only assume the team is as busy as ever, and I hope the quarter is going well.",
        "I can only assume the decision is a difficult one with so many strong candidates.",
        "I take it from your message that the panel is meeting again next week.",
        # Others owed better; the writer's own result.
        "The team deserves a better reporting tool than the spreadsheet you showed me.",
        "Your patients deserve more than a rushed discharge, which is why your model appeals to "
        "me.",
        "I deserved a better result in the case study, and I would love some feedback.",
        # Dates that are not the employer's answer.
        "My start date at my current job came two months after the date they had given me.",
        "We finished the migration three weeks after the date the vendor had given, which "
        "taught me to build in slack.",
        "The interview took place after the date you originally gave, which suited me well.",
        "I'm happy to start after the date you proposed.",
        "Five weeks after our interview, I am still thinking about the case study you set.",
    ],
)
def test_dates_durations_and_conclusions_that_are_not_complaints(
    linter: Linter, sentence: str
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()


# -- round 3: styles unlike the corpus (British, Indian, Nigerian, trades, terse, formal) -------


@pytest.mark.parametrize(
    "sentence",
    [
        "Three weeks on and still nothing from your side.",
        "I've been left hanging for almost a month now, which is not ideal.",
        "Kindly revert at the earliest as I have been waiting since long.",
        "Not a peep from anyone since the interview, which is disappointing.",
        "I have emailed twice and heard nothing back.",
        "Honestly the wait has been a bit much.",
        "It's been ages and I've had no update whatsoever.",
        "I must say the silence has been rather disheartening.",
        "Surely a decision should have been made by this point.",
        "I find it quite discourteous that no one has got back to me.",
        "Your process is dragging and I am losing patience.",
        "Still no word mate, what's going on?",
        "It is rather poor form to leave candidates without any communication for so long.",
        "This process has taken an unreasonably long time.",
        "I have called your office four times without success.",
        "Nobody has had the decency to update me.",
        "The lack of communication from your HR team has been very frustrating.",
        "I'm a bit annoyed that I've had to chase this myself.",
        "Frankly I expected better communication from a firm of your standing.",
        "Sir, it is now more than one month and there is no response from your end.",
        "Been waiting a fortnight, nothing yet, getting a bit fed up.",
        "I have sent three follow-ups and received no acknowledgement.",
        "The radio silence since my final round is hard to understand.",
        "It seems my application has fallen into a black hole.",
        "Five weeks is far too long to keep anyone waiting.",
        "I am very disappointed that I have not been informed of the outcome.",
        "Nobody from HR has returned my calls.",
        "Your recruiter promised an update last Monday and I have heard nothing since.",
        "The whole process has been painfully slow, to be honest.",
        "I cannot understand why it is taking so long to make a decision.",
        "Yet again I am writing to ask for an update, as my previous emails were ignored.",
        "It is quite frustrating to be kept in the dark like this.",
        "I had expected to hear by now.",
        "A month without a word is hardly professional.",
        "Sadly, my emails have gone unanswered for weeks.",
        "The delays have been rather excessive, if I may say so.",
        "I've been waiting forever for your decision.",
        # asking again, and the slowest post
        "I have had to chase this three times now.",
        "I have had to email you three times.",
        "Your reply seems to be coming by snail mail.",
        "I have called the HR number twice but nobody is picking up.",
    ],
)
def test_grievances_in_other_styles(linter: Linter, sentence: str) -> None:
    """The wait or the silence, evaluated negatively: a feeling of the writer's, an evaluation of
    the wait itself, attempts counted, a wait called endless, 'nobody ... to update me', having
    had to ask again, a wait likened to the slowest post."""
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") != ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I understand these things take time and I am happy to wait.",
        "I wanted to check in as I have not heard back yet.",
        "Thank you for the quick response to my last email.",
        "I know the panel has several candidates to see, so no rush at all.",
        "I look forward to hearing from you in the coming weeks.",
        "Our project took longer than planned, but we delivered within budget.",
        "If I do not hear back by Friday, I will assume the role has been filled.",
        "I was frustrated with myself for fumbling the SQL question.",
        "The interview ran long, but I enjoyed every minute.",
        "My current employer's approval process is very slow, which is one reason I want to move.",
        "It has been two weeks since we met, and I keep thinking about the project you described.",
        "I appreciate you keeping me updated throughout the process.",
        "Please let me know if you need anything else from me while you decide.",
        "I realise the holidays may have slowed things down, and I am in no hurry.",
        "There is no deadline on my side, so please take the time you need.",
        "I waited in the lobby for a few minutes before the interview, which gave me time "
        "to read your brochure.",
        "Just checking in after two weeks to see whether there is any news.",
        "I am still very keen on the role and happy to wait for the panel's decision.",
        "The long drive home gave me time to reflect on our conversation.",
        "Nobody at my last job ever answered the phone, which taught me to follow up politely.",
        "I hope the hiring process is going smoothly on your side.",
        "Apologies for my slow reply to your last message.",
        "I have not yet received the contract, but I know HR is busy.",
        "Thank you for getting back to me so promptly.",
        "The project at my current firm has been delayed, which gives me time to prepare.",
        "If the decision takes longer than planned, I am happy to wait.",
        "I have been waiting for the right opportunity for a while, and this role fits.",
        "I was disappointed with my answer about budgets and have thought about it since.",
        "It was frustrating to lose the final match, but the team learned a lot.",
        "I understand the panel needs more time, and that is perfectly fine.",
        "There was a short delay before the interview, but Maria looked after me.",
        "Please feel free to take as long as you need.",
        "I am writing to follow up on my application from three weeks ago.",
        "My notice period is long, so an early decision would help me plan.",
        "No news is good news, as they say, and I remain hopeful.",
        "My previous manager never answered emails quickly, so I learned to call.",
        "Nothing about the role worries me; I am ready to start.",
        "The training programme lasts a long time but sounds rewarding.",
        "I would appreciate an update when you have one.",
        "It has been a week since our conversation, and I remain very keen.",
        # obligations that are not chasing, a pigeon that is not the post
        "I had to write to HR to get the form signed.",
        "If I have to write again, I will call instead.",
        "I had to ask the receptionist twice where the lift was.",
        "I can only assume the case study was meant to be open-ended.",
        "My grandfather kept carrier pigeons, which is how I learned patience.",
        # chasing disowned, recording rather than replying, another party's response
        "I know these things take time, so please don't take this as me chasing.",
        "You said most of them start as small things nobody wrote down.",
        "We solved it partly by mocking the bank response in the lower environments.",
        # what comes back is a thing; what was not bothered with is not a reply
        "I still think of how you ran a service without a single dish coming back.",
        "Half the decks I rewrite are ones the account people didn't bother to read first.",
    ],
)
def test_near_misses_in_other_styles_are_silent(linter: Linter, sentence: str) -> None:
    """Patience, the writer's own delays or another workplace's, hypotheticals, neutral reasons
    for writing, errands that are not chasing, and someone else's process."""
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()


# -- irony (b7): a timeline that grew, the least that was owed -----------------------------


def test_a_fortnight_grown_into_six_weeks(linter: Linter) -> None:
    name = "status-inquiry/b7b-sme-relationship-manager-fortnight-grown.txt"
    draft, report = lint_corpus(linter, name)
    assert [e for e, _ in entries_and_texts(draft, report, "complaint")] == [
        "elapsed",
        "deserved-better",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "I note that the fortnight has since grown into the better part of six weeks.",
        "Your two weeks has become seven.",
        "The promised ten days have stretched into a month.",
        "The week you mentioned has turned into five weeks and counting.",
        "Those few days have since ballooned to nearly two months.",
        "The month you quoted has crept into a second month.",
        "Sir, the stated fifteen days has extended to forty-five days.",
        "The fortnight has morphed into six weeks, which I suppose is the way of things.",
        "The couple of weeks became three months.",
        "The ten working days grew into twenty-one.",
        "I had rather hoped that a candidate who travelled twice might merit at least a l"
        "ine of acknowledgement.",
        "Three rounds deserved at least a one-line reply.",
        "I had hoped that my application might warrant at least an acknowledgement by now.",
        "Two interviews and a presentation surely deserved at least a call.",
        "I had expected that a finalist might merit even a short email.",
        "I think I deserved at least a line to say where things stood.",
        "Four hours of tests merited at least a response.",
        "A candidate who gave up a Saturday deserved at least a phone call.",
        "I had assumed that my second interview would merit at least an update.",
        "Two trips to Pune deserved at least a courtesy reply.",
    ],
)
def test_grown_waits_and_the_least_owed(linter: Linter, sentence: str) -> None:
    """A duration the employer gave that turned into a longer one; a let-down hope that the
    process 'might merit at least a line'."""
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") != ()


@pytest.mark.parametrize(
    "sentence",
    [
        "My two weeks of temping turned into six years at the firm.",
        "The week grew into a celebration of the new depot.",
        "My team has grown to six people.",
        "The trial project grew into a three-year contract.",
        "The village fete has become a two-day event.",
        "Our fortnight in Kerala turned into a lovely memory.",
        "The backlog at my current job has grown to six weeks of tickets.",
        "The role has grown into something bigger than the advert described.",
        "Your plans for the site have grown into a real programme.",
        "The queue has not grown beyond a few minutes.",
        "I hope my application merits at least a second look.",
        "Every candidate deserves at least a fair hearing.",
        "The new hire deserves at least a week of training.",
        "Your customers deserve at least a reply within a day.",
        "My team deserved at least a thank-you after the audit.",
        "I hope I merit at least a place on the reserve list.",
        "The plan deserves at least a pilot.",
        "The project merited at least a small budget.",
        "I believe the proposal merits at least a discussion.",
        "Your garden rooms deserve at least a mention in the guide.",
    ],
)
def test_growth_and_deserving_that_are_not_complaints(linter: Linter, sentence: str) -> None:
    """Growth of teams, events and the writer's own time; what others deserve, or a present hope."""
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()


# -- evaluative words the pack does not list, judged by the VADER lexicon --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly the waiting has been agonising.",
        "I am quite angry about the delay.",
        "The silence from your side is very stressful for me.",
        "I must confess to being somewhat dismayed by the silence since my interview.",
        "Sir, the waiting since so long is making me very sad and worried.",
        "ngl the wait is killing me, super stressful",
        "I find the delay insulting after four rounds of interviews.",
        "The whole process has been exhausting and chaotic.",
        "Frankly this delay is shocking.",
        "I am hurt that the panel has told me nothing since June.",
        "The wait has been torture.",
        "Your recruitment process has been a mess.",
        "I am dismayed by how long this is taking.",
        "This silence is awful.",
    ],
)
def test_lexicon_negatives_about_the_wait(linter: Linter, sentence: str) -> None:
    """Any word human raters call clearly negative, said of the wait, the silence or the
    process, or felt by the writer about them, is a grievance."""
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") != ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sorry to hear your hiring manager has been unwell.",
        "Unfortunately I will be travelling next week, so Thursday would suit better.",
        "I understand the decision is a hard one with so many strong candidates.",
        "I was nervous in the second interview but enjoyed meeting the team.",
        "It is a tough market, and I appreciate you taking the time to update me.",
        "I know it must be hard to choose between candidates.",
        "The delay is not a problem at all; I am happy to wait.",
        "My current project has been stressful, which is why the role appeals.",
        "Apologies for my late reply; I was ill last week.",
        "It was sad to hear that the role went to someone else, but I wish the team well.",
        "no stress about the timeline, take your time!",
        "I regret that I was unable to attend the second session owing to illness.",
        "The traffic on the way to the interview was awful, but I made it on time.",
        "I was worried my answer on the budget was weak, so here are some extra figures.",
    ],
)
def test_lexicon_negatives_about_other_things_are_silent(linter: Linter, sentence: str) -> None:
    """Sympathy, apologies, nerves, a tough market, a hard choice and a negated problem."""
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        # 'I can only assume the three and a half weeks of quiet since then mean everyone is
        # being very, very thorough.'
        ("status-inquiry/b11a-customer-success-manager-very-thorough.eml", "only-assume"),
        # 'I had begun to suspect the decision was travelling to me by carrier pigeon'
        ("status-inquiry/b11b-widow-bookkeeper-carrier-pigeon.txt", "slow-as"),
        # 'this is the second time I have had to write'
        ("status-inquiry/b11b-vice-principal-ld-manager-end-of-october.eml", "had-to-ask"),
    ],
)
def test_irony_and_asking_again_in_b11_drafts(linter: Linter, name: str, entry: str) -> None:
    _, report = lint_corpus(linter, name)
    assert entry in [f.entry for f in report.by_rule("complaint")]


@pytest.mark.parametrize(
    "sentence",
    [
        # troubling someone is not failing to reply
        "The early drive over the hill road wouldn't bother me one bit.",
        "Weekend shifts would not bother me at all.",
        # 'answer' as a noun is no reply left undone
        "Straight answer: the foreman couldn't find a leak, and I got tired of fixing it.",
    ],
)
def test_what_only_looks_like_no_reply(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()


@pytest.mark.parametrize(
    "name",
    [
        "thank-you/b14a-dental-hygienist-lunch-wednesday.txt",  # 'wouldn't bother me one bit'
        "thank-you/b14a-bus-mechanic-tuesday-afternoon-want-this-job.txt",  # 'Straight answer:'
    ],
)
def test_b14_notes_that_complain_about_nothing(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("complaint") == ()


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("Someone could at least have let candidates know the search was still on.", True),
        ("You might surely have replied by now.", True),
        ("I would at least have liked to hear more about the roadmap.", False),  # the meeting
        ("I could even have started last week.", False),  # no reply regretted
        ("A two-line reply would have done.", True),  # so little would have been enough
        ("A short note would have been enough.", True),
        ("My old laptop would have done.", False),  # no reply
    ],
)
def test_a_reproach_with_a_word_inside_would_have(
    linter: Linter, sentence: str, fires: bool
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert ("would-have-been" in [f.entry for f in report.by_rule("complaint")]) is fires


def test_managers_who_could_not_be_bothered_are_no_silence(linter: Linter) -> None:
    sentence = "I ran the schedule myself because nobody above me could be bothered to."
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()


# -- round b19: silence accepted in the next breath; waiting on another offer ---------------


@pytest.mark.parametrize(
    "name",
    [
        # 'Since the interview, no news, so I am writing. I know July is vacation time for
        # everybody, HR too, so I am not surprised.'
        "status-inquiry/b19a-line-maintenance-technician-winnipeg-lease.txt",
        # an offer notice: 'But I cannot wait forever either. I need your decision before
        # tomorrow noon': the other offer's clock (demand-reply's), not the delay so far
        "offer-notice/b19a-avionics-technician-cleveland-harness-bench.md",
    ],
)
def test_silence_accepted_at_once_or_the_other_offers_clock_is_no_complaint(
    linter: Linter, name: str
) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("complaint") == ()


@pytest.mark.parametrize(
    "text",
    [
        # the acceptance taken back, or about the writer, or in the next paragraph
        "I have had no reply since the interview. I understand you are busy, but it is a month.",
        "I have had no reply since the interview. I know I can turn your store around.",
        "I have had no reply since the interview.\n\nI know July is vacation time for everybody.",
    ],
)
def test_silence_still_counts_when_nothing_accepts_it(linter: Linter, text: str) -> None:
    _, report = lint_text(linter, letter(text))
    assert report.by_rule("complaint")


def test_a_wait_for_the_job_itself_is_no_complaint(linter: Linter) -> None:
    # "The Copywriter (Fundraising) role is the one I've been waiting to see advertised for
    # about a year, so this note is doing its very best not to sound too keen.": the 'too' is
    # the note's, in the result clause, not the wait's
    _, report = lint_corpus(linter, "thank-you/b20b-fundraising-copywriter-legacy-spreadsheet.txt")
    assert report.by_rule("complaint") == ()


def test_a_reproach_in_the_durations_own_clause_still_counts(linter: Linter) -> None:
    _, report = lint_text(linter, letter("It has been three weeks, so I am still waiting."))
    assert report.by_rule("complaint")


@pytest.mark.parametrize(
    "sentence",
    [
        "No call, no email.",  # a verbless list of what never came
        "It has now been five weeks, and my telephone has been admirably quiet throughout.",
        "It's all gone a bit quiet on your end, which isn't ideal with two offers to weigh.",
    ],
)
def test_silence_charged_by_repetition_or_called_quiet(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint")


@pytest.mark.parametrize(
    "name",
    [
        # 'the one remaining total station was overdue for calibration': a thing due for service
        "thank-you/b21a-mine-surveyor-pindan-port-stockpile.md",
        # 'I cannot in fairness to them leave it unanswered': the writer's own answer owed
        "offer-notice/b21b-senior-manager-fpa-castellane-pemberton.eml",
        # 'I am not surprised things have gone quiet for a while'
        "status-inquiry/b14b-florist-tuesday-sandwiches-soon-soon.txt",
    ],
)
def test_overdue_things_and_answers_the_writer_owes_are_no_complaint(
    linter: Linter, name: str
) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("complaint") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "No reply needed.",
        "I went quiet on social media for a while.",
        "The site goes quiet at Christmas.",
    ],
)
def test_quiet_and_no_reply_said_plainly(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()


def test_other_people_falling_through_the_cracks_is_no_complaint(linter: Linter) -> None:
    # 'what you said about members who falls through the cracks between the hospital
    # discharge and the pharmacy'
    _, report = lint_corpus(linter, "status-inquiry/b22a-care-coordinator-mesquite-flu-clinics.txt")
    assert report.by_rule("complaint") == ()


def test_an_application_lost_in_the_cracks_still_complains(linter: Linter) -> None:
    _, report = lint_text(linter, letter("I worry my application fell through the cracks."))
    assert report.by_rule("complaint")


def test_customers_going_quiet_and_the_writer_finally_acting_are_no_complaint(
    linter: Linter,
) -> None:
    # 'accounts that look healthy all through onboarding and then go quiet the week the
    # implementation team hands them off'; "I'm excited to finally get on the other side of it"
    _, report = lint_corpus(
        linter, "thank-you/b23b-director-customer-success-kestrel-day-ninety.eml"
    )
    assert report.by_rule("complaint") == ()


@pytest.mark.parametrize(
    "sentence", ["Thank you for finally getting back to me.", "It's all gone quiet on your end."]
)
def test_the_reader_late_or_gone_quiet_still_complains(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint")


@pytest.mark.parametrize(
    "name",
    [
        # 'I am most grateful for the generous period of reflection the Commission has since
        # allowed itself.'
        "status-inquiry/b23a-senior-structural-engineer-orrin-valley-canopy.txt",
        # 'Thank you for giving me such a good long run at it, mind.'
        "status-inquiry/b22a-corporate-services-manager-llanhafren-stock-cupboard.txt",
        # 'That date has now passed by three weeks without word.'
        "status-inquiry/b23b-maintenance-manager-saltash-furnace-reline.txt",
    ],
)
def test_thanks_for_a_long_wait_and_a_date_passed_without_word(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("complaint")


@pytest.mark.parametrize(
    "sentence",
    [
        "I left without a word.",  # the writer's own leaving
        "I appreciate the long wait was due to the holidays.",  # understood
        "Thank you for your time and a good long chat.",  # a chat, not the wait
    ],
)
def test_leaving_quietly_and_plain_thanks_are_no_complaint(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'I mailed on the 22nd and also heard nothing. A short mail to say yes or no is not a
        # lot to ask.'
        "status-inquiry/b24b-cold-store-supervisor-hexvallei-citrus-intake.txt",
        # 'now been five weeks since the interview occured, and more than three since the
        # firm's own stated decision date'
        "status-inquiry/b24b-litigation-paralegal-pemberton-sloane-writing-sample.txt",
    ],
)
def test_an_unanswered_try_a_small_ask_and_time_past_their_own_date(
    linter: Linter, name: str
) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("complaint")


@pytest.mark.parametrize(
    "sentence",
    [
        "Surely a reply is not too much to ask.",
        "I emailed on the 3rd and heard nothing.",
        "It has been a month since the date you gave me.",
    ],
)
def test_small_asks_unanswered_tries_and_dates_gone_by(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint")


@pytest.mark.parametrize(
    "sentence",
    [
        "It is not too much to ask for a second interview, I hope.",  # no answer asked for
        "I emailed on the 3rd and heard back the next day.",  # answered
        "It has been a month since my own last day at Harlow.",  # the writer's own date
    ],
)
def test_asks_answers_and_own_dates_are_no_complaint(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()


def test_the_time_since_their_promise_counted_out(linter: Linter) -> None:
    # 'you said you'd have an answer by the 18th. That was twelve days ago. Reckon the email
    # must've gone the long way round, via Darwin.'
    _, report = lint_corpus(
        linter, "status-inquiry/b26a-site-electrical-supervisor-collinsville-shutdown.txt"
    )
    assert [f.entry for f in report.by_rule("complaint")] == ["elapsed"]


@pytest.mark.parametrize(
    "name",
    [
        # 'twelve days is nothing in a hiring process, so please do not see this as pressure'
        "status-inquiry/b26b-mixed-methods-researcher-shared-notebooks.txt",
        # 'Most of that is trailers waiting on paperwork, not on labor.'
        "thank-you/b26b-regional-operations-manager-laredo-dwell.md",
    ],
)
def test_a_wait_made_light_of_and_trailers_waiting(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("complaint") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I interviewed on the 9th. That was twelve days ago.",
        "Three weeks is perfectly normal for a decision like this, I know.",
    ],
)
def test_dates_counted_without_a_promise_and_waits_called_normal(
    linter: Linter, sentence: str
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()


def test_not_on_is_still_unacceptable(linter: Linter) -> None:
    _, report = lint_text(linter, letter("Three weeks without a word is not on."))
    assert report.by_rule("complaint")


@pytest.mark.parametrize(
    "sentence",
    ["I confess I expected to have some news before.", "I had expected an answer already."],
)
def test_news_expected_before_now(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert [f.entry for f in report.by_rule("complaint")] == ["expected-sooner"]


@pytest.mark.parametrize(
    "sentence",
    ["I had met the team before.", "I expected the interview to be hard, as I had heard before."],
)
def test_before_of_the_writers_own_past(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()


def test_disappointment_turned_to_praise_of_the_process(linter: Linter) -> None:
    # 'Of course I'm disappointed, but I really appreciated how thoughtful the whole process
    # was, from the first phone screen to the final conversation.'
    name = "rejection-reply/b27b-digital-engagement-waller-creek-phone-screen.txt"
    _, report = lint_corpus(linter, name)
    assert report.by_rule("complaint") == ()


def test_frustration_with_the_wait_before_a_but_still_complains(linter: Linter) -> None:
    sentence = "I am frustrated by the long wait, but I understand you have many candidates."
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint")


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("I had rather expected to hear something by the end of June.", True),
        ("I hope to hear something by the end of June.", False),
        (
            "I have thought about it more since yesterday, and I would add a stubbed callback.",
            False,
        ),
    ],
)
def test_news_expected_by_a_date_gone_by(linter: Linter, sentence: str, fires: bool) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("complaint")) is fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("Still, a one-line status is not a heavy lift.", True),
        ("Moving the racking was not a heavy lift for my crew.", False),
        ("Communication received since interview: none.", True),
        ("Outstanding issues on my side: none.", False),
    ],
)
def test_a_small_ask_and_a_tally_of_no_replies(linter: Linter, sentence: str, fires: bool) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("complaint")) is fires


def test_a_status_report_of_the_silence(linter: Linter) -> None:
    # '- Communication received since interview: none' and 'a one-line status is not a
    # heavy lift'
    _, report = lint_corpus(linter, "status-inquiry/b26b-supply-chain-ops-manager-sitrep.txt")
    assert report.by_rule("complaint")


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("Six weeks and three rounds to get to a no.", True),
        ("It took six weeks to get an answer.", True),
        ("Seven weeks for a two-line email.", True),
        ("It took two weeks for the background checks to clear.", False),
        ("Six weeks of training to get a licence was worth it.", False),
        ("Appreciate you finally closing the loop.", True),
        ("We finally closed the loop on the supplier audit at my last job.", False),
        ("I know hiring takes time, and two weeks is not long for a hospital.", False),
        ("Ten days isn't a long time, I know.", False),
    ],
)
def test_the_time_set_against_the_bare_answer(linter: Linter, sentence: str, fires: bool) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("complaint")) is fires


def test_six_weeks_to_get_to_a_no(linter: Linter) -> None:
    # 'Six weeks and three rounds to get to a no. Appreciate you finally closing the loop.'
    name = "rejection-reply/b30a-sales-trainer-northgate-door-reps.txt"
    draft, report = lint_corpus(linter, name)
    assert [e for e, _ in entries_and_texts(draft, report, "complaint")] == ["elapsed", "finally"]


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("However, one month is a considerable period.", True),
        ("Five weeks is a lengthy wait for a yes or no.", True),
        ("It has been two weeks of considerable thought on my side, and I remain keen.", False),
        ("Two weeks is not an unusual wait.", False),
        ("You have close to four hundred patients overdue and nobody really owns it.", False),
        ("I am still waiting on an overdue decision.", True),
    ],
)
def test_a_duration_called_heavy_and_things_overdue(
    linter: Linter, sentence: str, fires: bool
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("complaint")) is fires


@pytest.mark.parametrize(
    "name",
    [
        # 'you have close to four hundred patients overdue': overdue recalls, not a reply
        "thank-you/b31a-clinic-manager-recare-list-tea.txt",
        # 'nobody upstairs had ever bothered to ask why the same units kept failing inspection':
        # the writer's old managers, not the reader's silence
        "thank-you/b31b-director-property-operations-doral-lease-up.txt",
    ],
)
def test_overdue_patients_and_managers_upstairs_are_not_the_wait(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("complaint") == ()


def test_a_months_silence_held_up_against_the_army(linter: Linter) -> None:
    # '... However, one month is a considerable period and I request ...'
    _, report = lint_corpus(linter, "status-inquiry/b31a-admin-security-head-chakan-plant.txt")
    assert report.by_rule("complaint")


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("You warned me it would be a slow couple of weeks, and you were right.", False),
        ("They told me it would be a slow process, so I am not worried.", False),
        ("Your process has been painfully slow.", True),
    ],
)
def test_the_pace_the_reader_foretold(linter: Linter, sentence: str, fires: bool) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("complaint")) is fires


def test_a_slow_fortnight_the_reader_warned_of(linter: Linter) -> None:
    # 'I know ten days is nothing in November ... You warned me it would be a slow couple of
    # weeks, and you were right.'
    name = "status-inquiry/b32b-denim-buyer-caldwell-loft-lease-renewal.txt"
    _, report = lint_corpus(linter, name)
    assert report.by_rule("complaint") == ()
