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
    ],
)
def test_delays_and_regrets_that_are_not_complaints(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("complaint") == ()
