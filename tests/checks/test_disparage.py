"""Rule `disparage`: speaking badly of other candidates, employers, managers or colleagues."""

from __future__ import annotations

import pytest

from followup_lint import Linter, ParsedDraft, Report, Severity
from tests.checks.helpers import analyst_letter as letter
from tests.checks.helpers import entries_and_texts, lint_corpus, lint_text

OWN_STRENGTHS = ("Describe what you bring rather than what others lack.",)


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str]]:
    """Each disparage finding as (entry, source text)."""
    return entries_and_texts(draft, report, "disparage")


# -- fires ---------------------------------------------------------------------------------


def test_a_lazy_supervisor(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/b3-electrician-lazy-supervisor.md")
    (finding,) = report.by_rule("disparage")
    assert located(draft, report) == [("judgement", "my supervisor, who is lazy")]
    assert finding.severity is Severity.ERROR
    assert finding.category.value == "tone"
    assert finding.message == (
        "'my supervisor, who is lazy' speaks badly of someone else; talk about your own "
        "strengths instead."
    )
    assert finding.suggestions == OWN_STRENGTHS
    assert (finding.span.line, finding.span.column) == (15, 63)


def test_the_person_hired(linter: Linter) -> None:
    name = "rejection-reply/b3-content-strategist-bitter-no-thanks.txt"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [
        (
            "barely",
            "the person you hired has barely two years in the field and a portfolio of generic "
            "listicles",
        )
    ]
    (finding,) = report.by_rule("disparage")
    assert finding.message.endswith(
        "belittles another candidate; talk about your own experience instead."
    )


def test_the_job_went_to_someone_who_never_managed(linter: Linter) -> None:
    name = "rejection-reply/b3-sales-manager-feedback-by-friday.txt"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [
        (
            "never-done",
            "someone who, from what I hear, has never managed a sales territory in his life",
        )
    ]


def test_managers_of_the_current_employer(linter: Linter) -> None:
    # Inside a ~95-word sentence, the span is the disparaging clause, not the sentence.
    name = "offer-notice/b3-warehouse-supervisor-current-employer.txt"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [("no-idea", "managers who have no idea what they are doing")]


def test_another_candidate_and_people_who_apply(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/b3-social-media-hi-there-clueless.txt")
    assert located(draft, report) == [
        (
            "judgement",
            "the other candidate I met in the lobby seemed completely clueless about TikTok "
            "analytics",
        )
    ]
    draft, report = lint_corpus(linter, "offer-notice/b3-tax-associate-big-four-leverage.md")
    assert located(draft, report) == [
        (
            "never-done",
            "With respect, most people who apply for this kind of role have never handled a "
            "cross-border restructuring",
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        (
            "Unlike the other candidates, I have real experience with SQL.",
            "unlike",
            "Unlike the other candidates, I have real experience with SQL",
        ),
        ("My current manager is incompetent.", "judgement", "My current manager is incompetent"),
        ("My last company was a mess.", "judgement", "My last company was a mess"),
        ("Whoever you hired will not last.", "will-not-last", "Whoever you hired will not last"),
        (
            "I am a stronger candidate than the other applicants you interviewed.",
            "than-others",
            "I am a stronger candidate than the other applicants you interviewed",
        ),
        (
            "Honestly, my boss is a joke and takes credit for my work.",
            "judgement",
            "Honestly, my boss is a joke and takes credit for my work",
        ),
        (
            "The other candidates did not seem very prepared.",
            "negated-quality",
            "The other candidates did not seem very prepared",
        ),
        (
            "Frankly, the team at my current job is hopeless.",
            "judgement",
            "Frankly, the team at my current job is hopeless",
        ),
        (
            "My current employer is run by people who have no idea what they are doing.",
            "no-idea",
            "people who have no idea what they are doing",
        ),
    ],
)
def test_inline_put_downs(linter: Linter, sentence: str, entry: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [(entry, found)]


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # 'My former supervisors described me as a careful and responsible person'.
        "thank-you/civil-engineer-non-native-long.txt",
        # 'the position has gone to another candidate, but I understand that you needed ...'.
        "rejection-reply/b3-vet-nurse-monday-topic-slot.md",
        # Self-criticism: 'I know the risotto was not where it should have been'.
        "rejection-reply/b3-sous-chef-begging-grateful.txt",
        # Self-criticism: 'my answers leaned too heavily on offline evaluation metrics'.
        "rejection-reply/b3-ml-engineer-jargon-its-been.txt",
    ],
)
def test_neutral_mentions_and_self_criticism_are_silent(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("disparage") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I think I am the strongest candidate for the role.",
        "My former manager was a great mentor.",
        "The other applicants seemed very capable, and I enjoyed chatting with them.",
        "I know I was nervous, and my answer on forecasting was weak.",
        "My team faced a terrible backlog when I joined, and we cleared it in a month.",
        "My manager asked me to fix an awful bug in the billing system.",
        "My manager says I was terrible at first.",
        "I have never managed a team, but I am eager to learn.",
        "My manager has no idea that I am applying.",
        "Unlike my previous role, this one involves a lot of travel.",
        "The weather was awful on the drive home.",
        "My former manager was very supportive.",
        "Our old system was poorly designed, so I rebuilt it.",
    ],
)
def test_inline_notes_without_put_downs(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


# -- generalised: metaphors, pronouns, the person chosen, misparsed verbs --------------------


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        ("My old firm was a zoo, and I am ready to move.", "judgement", "My old firm was a zoo"),
        (
            "My former supervisor micromanages every spreadsheet I touch.",
            "judgement",
            "My former supervisor micromanages every spreadsheet I touch",
        ),
        (
            "I met my current manager in 2019. She is hopeless with budgets.",
            "judgement",
            "She is hopeless with budgets",
        ),
        (
            "I hear you chose someone whose code is mostly copied; I am sure they will struggle.",
            "will-not-last",
            "they will struggle",
        ),
        (
            "The other finalists could not match my record in retail analytics.",
            "cannot-match",
            "The other finalists could not match my record in retail analytics",
        ),
    ],
)
def test_generalised_put_downs(linter: Linter, sentence: str, entry: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [(entry, found)]
    (finding,) = report.by_rule("disparage")
    assert finding.severity is Severity.ERROR
    wish_them_well = ("I wish the team every success.",)
    assert finding.suggestions == (wish_them_well if entry == "will-not-last" else OWN_STRENGTHS)


@pytest.mark.parametrize(
    "sentence",
    [
        "I went with my instinct and presented the dashboard first.",
        "The other candidates I met were lovely, and I am sure they will do well.",
        "We could not match the competitor's prices at my last company, so I built a model.",
        "I churned out forty reports a month at my last job.",
        "The circus theme of your office party sounds fun.",
        "Our team lead mentors every new analyst personally.",
        "I hear you hired someone else. I am sure they will be fine.",
    ],
)
def test_generalised_neutral_sentences_are_silent(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == []


# -- generalised: indifference, missing qualities, habits, low standards ---------------------


def test_a_habit_of_blaming_the_team(linter: Linter) -> None:
    # The agent of 'blaming' is found through 'has a habit of presenting ... and then'.
    draft, report = lint_corpus(linter, "status-inquiry/b5a-revenue-cycle-silence-director.eml")
    assert located(draft, report) == [
        (
            "bad-conduct",
            "My current director has a habit of presenting our team's denial-reduction results "
            "as her own and then blaming us when the numbers slip",
        )
    ]


def test_colleagues_who_do_not_care_and_management_without_vision(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/b5b-ux-writer-sao-paulo-colleagues.eml")
    assert located(draft, report) == [
        ("indifference", "Most of my colleagues there simply do not care about the user")
    ]
    name = "rejection-reply/b5b-operations-officer-abuja-management.txt"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [
        ("lacks-quality", "the management there has no vision whatsoever")
    ]


def test_the_standard_of_the_others_waiting_to_be_interviewed(linter: Linter) -> None:
    name = "thank-you/b5c-bar-supervisor-cork-trackies-the-other-day.txt"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [
        (
            "low-standard",
            "I'll be honest, I was surprised at the standard of some of the others waiting to be "
            "interviewed",
        ),
        ("tells-all", "which tells you all you need to know about them"),
    ]


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        (
            "My old boss never listened to anyone on the floor.",
            "indifference",
            "My old boss never listened to anyone on the floor",
        ),
        (
            "My current team has stopped caring about quality.",
            "indifference",
            "My current team has stopped caring about quality",
        ),
        (
            "None of my colleagues cared about the customers.",
            "indifference",
            "None of my colleagues cared about the customers",
        ),
        (
            "My manager never bothered to read the reports we sent.",
            "indifference",
            "My manager never bothered to read the reports we sent",
        ),
        (
            "The leadership at my last firm lacked any sense of direction.",
            "lacks-quality",
            "The leadership at my last firm lacked any sense of direction",
        ),
        (
            "My previous manager had a tendency to take credit for other people's work.",
            "bad-conduct",
            "My previous manager had a tendency to take credit for other people's work",
        ),
        (
            "The candidate before me did not know the first thing about SQL.",
            "knows-little",
            "The candidate before me did not know the first thing about SQL",
        ),
        (
            "My team lead is always throwing people under the bus.",
            "put-down-idiom",
            "My team lead is always throwing people under the bus",
        ),
    ],
)
def test_indifference_lack_and_conduct(
    linter: Linter, sentence: str, entry: str, found: str
) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [(entry, found)]


@pytest.mark.parametrize(
    "sentence",
    [
        # An open choice, not indifference.
        "My manager doesn't care where I work from, as long as the work gets done.",
        # 'bother' judges only with a duty ('never bothered to read').
        "My manager never bothered me with trivial details.",
        # Inability, not indifference.
        "My manager could not support my transfer because of a hiring freeze.",
        # The judgement is about the code the attitude is towards.
        "My supervisor has little patience for sloppy code, and I learned a lot from her.",
        # Not knowing the writer's plans is no failing.
        "My manager does not know that I am applying.",
        "My manager knows nothing about my plans yet.",
        # Lacking something that is not a quality.
        "My current company has no presence in Europe.",
        # A standard of things, not of people.
        "I was surprised at the quality of the coffee in your office.",
        "The people at my last job were wonderful.",
    ],
)
def test_neutral_words_near_people_are_silent(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == []
