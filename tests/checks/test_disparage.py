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


# -- round 2: judgements carried by the sentence's shape, not by a judging word -------------


@pytest.mark.parametrize(
    ("name", "found"),
    [
        (
            "thank-you/b6a-software-engineering-intern-ps-waiting-room.txt",
            [("fell-short", "the other two candidates had even opened your API docs")],
        ),
        (
            "rejection-reply/b6a-pharmacy-assistant-rejection-sour.txt",
            [
                (
                    "disbelief",
                    "From the group session, I'm surprised the others made it further than I did",
                ),
                ("than-others", "whoever you chose turns out better than they came across"),
            ],
        ),
        (
            "thank-you/b6b-consultant-cardiologist-waiting-room.txt",
            [("foregone", "I doubt the panel's deliberations will detain you for long")],
        ),
    ],
)
def test_doubts_disbelief_and_a_foregone_choice(
    linter: Linter, name: str, found: list[tuple[str, str]]
) -> None:
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == found


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("thank-you/b6b-cfo-board-papers.txt", "treat-as-trivial"),
        ("offer-notice/b6b-head-of-pricing-counter-offer-incumbent.md", "misconduct"),
        ("rejection-reply/b6c-senior-accountant-cluj-certificates-only.txt", "helpless"),
    ],
)
def test_a_former_board_a_predecessor_and_the_person_selected(
    linter: Linter, name: str, entry: str
) -> None:
    draft, report = lint_corpus(linter, name)
    assert [found for found, _ in located(draft, report)] == [entry]


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        # A bare minimum not reached, or doubted.
        (
            "Judging by the small talk in reception, I doubt the other shortlisted people had so "
            "much as glanced at your annual report.",
            "fell-short",
        ),
        (
            "None of the other interviewees could tell me a single thing about your products.",
            "fell-short",
        ),
        ("Honestly, the lad before me hadn't even brought a CV.", "fell-short"),
        ("My former line manager never once read a report before signing it off.", "fell-short"),
        (
            "The bloke you appointed couldn't even spell invoice when he worked with me.",
            "fell-short",
        ),
        (
            "Half of the other candidates couldn't name a single over-the-counter painkiller.",
            "fell-short",
        ),
        ("I don't think the other candidates had even finished their degrees.", "fell-short"),
        (
            "Between us, the guy who interviewed before me could not even find the building.",
            "fell-short",
        ),
        (
            "Not one of the other applicants could explain the basics of double-entry bookkeeping.",
            "fell-short",
        ),
        (
            "My previous employer could not even offer a pension, which is why I am moving.",
            "fell-short",
        ),
        # Disbelief that a rival got ahead.
        ("Frankly I'm astonished that you preferred the other finalist to me.", "disbelief"),
        (
            "I cannot understand how the successful applicant got the job with a CV like that.",
            "disbelief",
        ),
        ("It baffles me that the post went to someone fresh out of college.", "disbelief"),
        (
            "I'm honestly baffled that the role went to someone who has never worked a shift in "
            "a kitchen.",
            "disbelief",
        ),
        # A back-handed wish.
        (
            "I wish your new hire luck; from what I saw in the group exercise, he will need it.",
            "need-luck",
        ),
        (
            "I do hope your chosen candidate proves better on the ward than he was in the group "
            "exercise.",
            "than-others",
        ),
        (
            "Let us hope the successful candidate performs better than he interviewed.",
            "than-others",
        ),
        # Errors and neglect, duties treated as trivial.
        ("My previous director always mistook activity for progress.", "misconduct"),
        ("My current supervisor regularly mistakes shouting for leadership.", "misconduct"),
        (
            "At my last agency the account directors routinely ignored the briefs we wrote.",
            "misconduct",
        ),
        (
            "My predecessor there squandered the whole training budget on a conference nobody "
            "attended.",
            "misconduct",
        ),
        (
            "The previous office manager seems to have ignored every supplier complaint for a "
            "year.",
            "misconduct",
        ),
        ("The old management team treated safety audits as an optional extra.", "treat-as-trivial"),
        (
            "The directors at my old firm treated compliance as a box-ticking exercise.",
            "treat-as-trivial",
        ),
        # Others left to do or mend someone's work.
        (
            "Whenever the night supervisor was on shift, the rest of us had to redo his paperwork.",
            "does-their-work",
        ),
        (
            "At my current job somebody else always has to finish my manager's work.",
            "does-their-work",
        ),
        # Helpless when it mattered.
        (
            "When a real crisis hit, the people running my old plant were completely lost.",
            "helpless",
        ),
        (
            "The other applicants were all at sea the moment the case study turned to numbers.",
            "helpless",
        ),
        # After meeting the rivals, the choice is called easy.
        (
            "After hearing the rest of the shortlist rehearse in the corridor, I suspect your "
            "decision will be a quick one.",
            "foregone",
        ),
        (
            "Having sat with the other candidates all morning, I can't imagine the choice will "
            "take you long.",
            "foregone",
        ),
        (
            "Sitting with the other shortlisted applicants, I got the sense your choice won't be "
            "a hard one.",
            "foregone",
        ),
        # The writer's own workplace, named by the writer's relation to it.
        ("The company I worked for was a shambles.", "judgement"),
        # Praise undone by what someone 'just' cannot do.
        ("My manager is a nice man; he just can't close a deal.", "just-cannot"),
    ],
)
def test_put_downs_without_a_judging_word(linter: Linter, sentence: str, entry: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert [found for found, _ in located(draft, report)] == [entry]


@pytest.mark.parametrize(
    "sentence",
    [
        # Praise, shared hardship, a chance denied, a fault not committed.
        "From our chat in the waiting area, the other candidates seemed very well prepared.",
        "I'm not sure the other candidates had the same chance to see the site, so I appreciated "
        "the tour.",
        "I was not sure the other candidates would be asked the same questions, so I prepared "
        "widely.",
        "My former manager never once missed a deadline, and I learned a lot from her.",
        "My old boss never once complained when I needed time off for my studies.",
        "My manager didn't even blink when I asked for study leave.",
        "My team never even needed a reminder about deadlines.",
        "My former employer never once paid us late.",
        "The other candidates and I did not even have time for lunch.",
        "The other candidates and I never once felt rushed, which says a lot about your team.",
        "The people on my team never even get to meet the customers.",
        "None of the other interviewees had been to the site before, so the tour was useful.",
        "None of my colleagues had ever used Tableau before I arrived, so I ran workshops.",
        "The other candidates could not attend on Monday, so the panel moved the group exercise.",
        "My previous employer could not offer a pension, which is why I am moving.",
        "I never once doubted that your team would be a good fit.",
        "I doubt I could have asked for a fairer interview.",
        # Surprise that is not at a rival's success, or at the writer's.
        "I was surprised that the other candidates were so friendly.",
        "I was surprised the other candidates were so relaxed, and it put me at ease.",
        "I was surprised to learn the successful candidate was a former classmate of mine.",
        "I am surprised how quickly the time went; the other candidates said the same.",
        "I'm surprised you chose me over the other candidates.",
        "I was amazed at how well the other candidates got on with each other.",
        "I was delighted to hear the role went to an internal candidate I know well.",
        # Good wishes.
        "I hope whoever you chose enjoys the role as much as I would have.",
        "I hope the new hire settles in quickly; the team will be glad of the help.",
        "I wish the successful candidate every success; they will find a wonderful team.",
        "I hope the new hire does better than I did in my first month.",
        "I hope the successful candidate enjoys the team as much as I did.",
        "I hope the other candidates found the day as useful as I did.",
        # Treating, ignoring, wasting and mixing up that are no failing.
        "My previous director treated every new analyst as a future leader.",
        "My manager ignored the noise and backed my proposal.",
        "My manager ignored the rumours and promoted me anyway.",
        "My team wasted a lot of time on manual reconciliations before I automated them.",
        "My colleagues overlooked nothing during the audit.",
        "My old team exploited every tool available to hit the target.",
        "My colleagues were confused by the new rota, so I rewrote the guide.",
        "My old manager taught me never to confuse being busy with being productive.",
        "My previous manager dismissed the idea at first, but came round.",
        # Work done for others without reproach.
        "When the old system failed, my colleagues and I had to redo a week of invoices.",
        "I covered my manager's clients while she was on maternity leave.",
        "I had to fix my manager's laptop more than once.",
        "My colleagues had to cover my shifts while I was in hospital, and I am grateful.",
        # Lost for something else.
        "My colleagues were lost without the old scheduling tool, so I built a new one.",
        "My colleagues were helpless against the new regulations, so I wrote a guide.",
        "My old team lost in the final of the regional quiz.",
        "I was lost for words when I saw the view from your office.",
        # A hard choice, or the writer's own doubt.
        "Having met the other candidates, I imagine your decision will be a difficult one.",
        "Having chatted with the other applicants, I imagine it will be a tough decision.",
        "Having spoken to the other candidates, I'm sure your choice will not be easy.",
        "I doubt the decision will be easy given how strong the shortlist is.",
        "I doubt I will find a team I like as much as yours.",
        # Neutral mentions of a predecessor and a board.
        "The previous incumbent built a strong team, and I would like to build on it.",
        "I reported to a board that was generous with its time.",
        # What the writer, or the reader's side, just cannot do.
        "I just couldn't make the Tuesday slot work.",
        "The team just couldn't offer relocation, which I understand.",
    ],
)
def test_shapes_of_put_downs_that_are_not_put_downs(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == []


# -- round 3: styles unlike the corpus (British, Indian, Nigerian, trades, terse, formal) -------


@pytest.mark.parametrize(
    "sentence",
    [
        "Frankly, my current line manager couldn't organise a piss-up in a brewery.",
        "To be honest, the management at my present firm are quite clueless about digital.",
        "My previous employer never bothered to train anyone properly.",
        "The leadership at my current company is stuck in the past.",
        "I am keen to leave because my boss micromanages every little thing.",
        "My colleagues there are lazy and leave everything to the last minute.",
        "The other candidates seemed rather underwhelming, if I may say so.",
        "It will be a welcome change from my current team, who gossip all day.",
        "Compared with the shambolic set-up at my last place, your workshop felt organised.",
        "Honestly the people there do not know the first thing about customer service.",
        "My supervisor is always shouting at the apprentices and takes credit for our jobs.",
        "Sir, my present company is not serious about quality and the manager is simply corrupt.",
        "The chap before me looked completely out of his league.",
        "Where I am now, nobody has a clue what they are doing.",
        "My former boss was a bully and frankly a bit of a tyrant.",
        "Unlike my current colleagues, your team actually seemed competent.",
        "My last manager had zero interest in developing his staff.",
        "The management at my old hospital were dishonest with patients and staff alike.",
        "The current leadership has no vision and no plan.",
        "My co-workers are incompetent and I carry the whole shift.",
        "The other applicant I met in the waiting room was obviously out of her depth.",
        "My present supervisor is a nightmare to work for.",
        "My former company was badly run and the owners were greedy.",
        "Management at my current job is useless.",
        "Kindly note that my present organisation is very unprofessional in its dealings.",
        "Between us, the senior management at my current place haven't a clue.",
        "Mate, the foreman on my last site was a right cowboy.",
        "The directors of my previous company were dishonest about the redundancies.",
        "I found the other candidates a bit green, to be fair.",
        "Respectfully, my present employer is not serious about staff welfare and the "
        "bosses are arrogant.",
        "In my current role my manager is constantly undermining the team.",
        "The team I'm leaving is honestly quite toxic.",
        "My current supervisor refuses to listen to anyone's ideas.",
        "The owners at my last restaurant were stingy and cut corners on hygiene.",
        "My previous line manager was disorganised and always late with rotas.",
        "My colleagues at the depot are a bunch of clowns.",
        "I'm looking to move on because management here is a joke.",
        "My current employer treats its staff like dirt.",
        "The other interviewees seemed poorly prepared.",
        "The leadership team at my present firm lacks any vision.",
    ],
)
def test_put_downs_in_other_styles(linter: Linter, sentence: str) -> None:
    """A negative evaluation whose target is someone from the writer's working life, found through
    the parse: the target as subject, owner or compared party; hedges and intensifiers make mild
    words pointed."""
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") != ()


@pytest.mark.parametrize(
    "sentence",
    [
        "My contract ended in March and I am ready for a new challenge.",
        "My former manager was a wonderful mentor and taught me a great deal.",
        "The other candidates I met were friendly and impressive.",
        "My current team is small, so I cover several roles at once.",
        "I left my last company because the site closed down.",
        "My previous employer went through a restructure, and my post was made redundant.",
        "Honestly, I was nervous and my answer on budgets was weak.",
        "My old firm had a difficult year, but we pulled together.",
        "The backlog at my current job was terrible when I joined, and I cleared it.",
        "My supervisor never once complained about my work.",
        "My boss is not lazy at all; she is the hardest worker I know.",
        "To be fair, the old system was clunky, so I rebuilt the reports.",
        "The other applicants clearly had strong portfolios.",
        "My current manager is supportive of my move.",
        "Where I am now, we ship code twice a week.",
        "The people there were kind to me throughout.",
        "I know my own documentation was poor at first, and I have worked on it.",
        "Compared with my last role, this one has more client contact.",
        "My colleagues and I were exhausted after the audit, but proud of it.",
        "My former employer has no plans to expand into Asia, which is why I am looking.",
        "The traffic was a nightmare on the way in, but I made it on time.",
        "My manager was unable to attend the leaving party because she was travelling.",
        "My former colleagues were brilliant, and I learned a lot from them.",
        "My current employer is a small family business in Leeds.",
        "I was disappointed in my own presentation, to be honest.",
        "The other candidates seemed well prepared, which made me raise my game.",
        "My previous company was acquired in 2022 and the team was dissolved.",
        "My supervisor could not sign my reference until Monday.",
        "My current role is limited to weekend shifts, so I am looking for full-time work.",
        "To be fair, the delay was caused by the courier, not your team.",
        "Honestly, I learned more in six months at my last firm than in years elsewhere.",
        "My old boss taught me how to handle difficult customers.",
        "The last project at my firm was difficult, but we delivered it on time.",
        "I was nervous during the interview and rambled on the first question.",
        "My colleagues would describe me as organised and calm.",
        "Where I am now, the hours are long but the people are kind.",
        "My manager is very supportive and suggested I apply.",
        "The company I work for is quite conservative in its investments, which suits its clients.",
        "My team handled a difficult audit last spring.",
        "The market has been tough for my current employer, and it is closing the branch.",
        "Compared with my last role, this position has more responsibility.",
    ],
)
def test_near_misses_in_other_styles_are_silent(linter: Linter, sentence: str) -> None:
    """Praise, neutral facts, self-criticism, negation, reasons, problems not blamed on anyone."""

    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


# -- irony and faint praise (b7): kind words that run someone down ---------------------------


def test_ironic_put_downs_in_b7_drafts(linter: Linter) -> None:
    """Backhanded assurance about the person hired, faint praise taken back, a board that does
    none of its job - each found by the shape of the sentence, not by a judging word."""
    cases = {
        "thank-you/b7a-assistant-gm-edinburgh-laminated-sign.txt": "faint-praise",
        "rejection-reply/b7a-customs-compliance-coordinator-commodity-codes.txt": (
            "backhanded-assurance"
        ),
        "rejection-reply/b7b-enterprise-broadband-pm-slide-decks.txt": "backhanded-assurance",
        "offer-notice/b7b-cloud-architect-review-board-approves-nothing.txt": "faint-praise",
    }
    for name, entry in cases.items():
        draft, report = lint_corpus(linter, name)
        assert [e for e, _ in located(draft, report)] == [entry], name


@pytest.mark.parametrize(
    "sentence",
    [
        "I have no doubt the successful applicant will find their feet eventually.",
        "I'm sure whoever you appointed will get the hang of the rota in time.",
        "No hard feelings, mate - I reckon the bloke you hired will cope.",
        "I trust the person you have hired will learn the ropes sooner or later.",
        "I am confident the selected candidate will pick it up in due course.",
        "I am sure the person you hired will cope, given time.",
        "I'm sure the other finalist will grow into the post.",
        "We trust that the candidate you appointed will find that the certificates transl"
        "ate equally to a flooded basement.",
        "I expect the new appointee will come up to speed eventually.",
        "I am sure the chosen applicant will discover that a tidy portfolio reads just as"
        " well on a night shift.",
        "My former manager has many virtues, though punctuality is not one of them.",
        "My current supervisor has great strengths, but I would not count listening among them.",
        "My last firm was, in its own way, a good training ground.",
        "My present employer has been a fine teacher, after a fashion.",
        "The leadership at my old hospital had its merits, although communication was not"
        " one of them.",
        "Sir, my present HOD is an excellent man in his own way.",
        "The MD at my current place has many talents, but planning is not among them.",
        "My previous company was a decent school of sorts.",
        "Our head office has fine qualities, though I'd not number speed among them.",
        "My old team was, in its own fashion, a brilliant lesson in patience.",
        "The steering committee at my current firm meets monthly and decides nothing.",
        "My line manager did nothing to help when the server died.",
        "The board at my present company approves nothing.",
        "Honestly, my current boss contributes nothing to the weekly meeting.",
        "My previous employer paid nothing for the overtime.",
        "The directors at my old firm changed nothing after the audit.",
        "My supervisor delivers nothing on time.",
        "The management at my last job fixed nothing we reported.",
        "My colleagues there produce nothing of value.",
        "The owners at my old restaurant invested nothing in the kitchen.",
    ],
)
def test_backhanded_assurance_faint_praise_and_doing_nothing(linter: Linter, sentence: str) -> None:
    """'I'm sure they'll grow into it', 'has many strengths, though X is not one of them', 'in
    its own way', 'approves nothing': praise or assurance whose point is a put-down."""
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") != ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sure the successful candidate will do a wonderful job.",
        "I'm sure the new hire will settle in quickly.",
        "I trust the person you appointed will find the role rewarding.",
        "I'm sure I'll grow into a role like this one.",
        "I am confident your team will grow the account this year.",
        "I'm sure the other candidate will cope brilliantly.",
        "I hope the successful applicant will find that the team is very welcoming.",
        "I expect I will pick up the software in time.",
        "I'm sure your new starter will learn a great deal from Marianne.",
        "I am certain the chosen candidate will manage the account well.",
        "My former manager has many strengths, and she taught me a great deal.",
        "My current supervisor has great strengths, though I could not name them all here.",
        "My last firm was a good training ground, and I leave it with thanks.",
        "My present employer has been excellent, but the contract was always going to end.",
        "Your team has many talents, though punctuality is not one of mine.",
        "My old manager was brilliant, although I did not always agree with her.",
        "The other candidates were impressive, though I did not get to meet them all.",
        "My previous company was a decent place to work in its early years.",
        "In my own way, I am a good listener.",
        "My old team was a brilliant group, though we never won the league.",
        "My manager misses nothing on a site walk.",
        "My current firm leaves nothing to chance.",
        "The board at my present company approves nothing without a costed plan.",
        "My supervisor did nothing wrong; the audit cleared her.",
        "My former employer owes me nothing.",
        "My manager asks nothing of us but honesty.",
        "I changed nothing in the template you sent.",
        "My colleagues there hide nothing from the client.",
        "My last company wasted nothing, which taught me to be frugal.",
        "Your team delivers nothing less than excellent work.",
    ],
)
def test_sincere_praise_and_assurance_are_silent(linter: Linter, sentence: str) -> None:
    """Kind predictions ('will settle in quickly'), praise not taken back, faults not committed
    ('misses nothing'), standards ('approves nothing without a costed plan'), the writer's own."""
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


# -- irony by implication (b8): what the kind words leave unsaid ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "After six years at my current depot, it is refreshing to meet a manager who actually"
        " reads the handover book.",
        "My present firm is big on wellbeing posters. Honestly, a team that genuinely takes"
        " breaks would be a relief.",
        "At my old school it was all paperwork. Meeting a head who actually visits classrooms"
        " was a breath of fresh air.",
        "Being at my current hospital has taught me a lot. A ward that finally listens to its"
        " nurses would be a welcome change.",
        "I wish your new head every success in discovering what a failed batch at 2 a.m."
        " looks like.",
        "I wish the new manager every success in learning what a stock take involves.",
        "Somebody will have to show him the till, but I am sure your team has the patience"
        " for that.",
        "She will need a lot of help, and I trust your crew has the patience for it.",
        "He has never driven a forklift, but I am sure your lads have the stamina for that.",
    ],
)
def test_irony_by_implication_fires(linter: Linter, sentence: str) -> None:
    """Relief set against the writer's own workplace, luck wished for a hard lesson, patience
    the reader will need for a third person: put-downs made of kind words."""
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") != ()


@pytest.mark.parametrize(
    "sentence",
    [
        "It is refreshing to meet a manager who actually reads the handover book.",
        "I finally finished my forklift ticket, which was a relief.",
        "At my current depot I run the handover book; it was a relief to hear you use one too.",
        "I wish your new head every success in the role.",
        "I wish her luck in building the team.",
        "I wish you every success in discovering what suits your clinic.",
        "I'm sure your team has the patience for detailed audit work.",
        "I'm sure you have the patience for it.",
        "Your team clearly has the patience for training new starters.",
        "My current practice is small, and I would welcome a larger studio.",
    ],
)
def test_kind_words_with_nothing_unsaid_are_silent(linter: Linter, sentence: str) -> None:
    """Relief with no own workplace near it, wishes for the role itself, patience for work."""
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


# -- evaluative words the pack does not list, judged by the VADER lexicon --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "My previous manager was selfish and cruel.",
        "Regrettably, the senior leadership of my present employer has proven irresponsible "
        "with public funds.",
        "My actual boss is very jealous and he is shouting to everybody.",
        "Between you and me, the lot running my current depot are a bunch of thieves.",
        "tbh the other candidates were kinda pitiful lol",
        "The other applicants came across as childish.",
        "My former colleagues were cowardly and hypocritical.",
        "The person you hired is a fraud, frankly.",
        "My co-workers at the warehouse are reckless with the forklifts.",
        "The owner of my last restaurant was a cheat.",
        "My present director is grossly irresponsible.",
        "My current supervisor is grouchy and cranky with the whole crew.",
        "The management at my old firm was ridiculous.",
        "The other finalist seemed fake.",
    ],
)
def test_lexicon_negatives_about_people_at_work(linter: Linter, sentence: str) -> None:
    """Any word human raters call clearly negative ('cruel', 'pitiful', 'a fraud'), said of a
    manager, colleagues, an employer or the other candidates, is a put-down."""
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") != ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I was anxious at the start and my answer on forecasting was confusing.",
        "My former manager was never cruel to anyone; she was firm but kind.",
        "I'm sorry to hear your team has been through a painful restructure.",
        "The commute from my current depot is exhausting, so a closer site would help.",
        "My previous employer went bankrupt last year, which was devastating for all of us.",
        "My colleagues are not selfish in the slightest; they covered my shifts when I was ill.",
        "I made an embarrassing slip in the SQL exercise and corrected it afterwards.",
        "My old company faced a brutal market in 2023 and closed two branches.",
        "Unfortunately my current manager is ill, so the reference may take a few days.",
        "my boss is sad im leaving but totally supportive",
        "The other candidates must have been nervous too; it was a tough panel.",
        "I feel guilty leaving my colleagues in a busy season.",
        "Regrettably, my own answer to the case question was incomplete.",
        "I understand the decision was hard, and I am sure the person you chose will do well.",
    ],
)
def test_lexicon_negatives_about_oneself_or_the_situation_are_silent(
    linter: Linter, sentence: str
) -> None:
    """Self-criticism, sympathy, negation, hard times and feelings are not put-downs."""
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        # 'He is very good in meetings, I will give him that' (of the person hired)
        ("rejection-reply/b11a-analytics-lead-martin-good-in-meetings.txt", "grudging-credit"),
        # 'the most I could hope for from my head of department was a well-stocked photocopier,
        # and to be fair to him, it was always very well stocked'
        ("thank-you/b11b-teacher-to-instructional-designer-photocopier.md", "grudging-credit"),
        # 'My current manager's idea of product strategy is whatever the last customer asked for'
        ("thank-you/b11a-senior-pm-own-the-why-no-close.md", "idea-of"),
        # 'not like some of the guys on my crew now who just eyeball it'
        ("thank-you/b11b-warehouse-lead-phone-cycle-counts.txt", "unlike"),
        # 'I think I was the only one who had actually prepared for a BI role': the others
        # had not (the sole doer of a duty, read before the 'actually' contrast)
        ("thank-you/b11a-bi-analyst-utrecht-waiting-area.txt", "only-diligent-one"),
        # 'why I am leaving Lakeshore Properties ... I would prefer to work for a company where
        # the maintenance budget actually goes on maintenance'
        (
            "offer-notice/b11b-georgetown-facilities-manager-encouraging-noises.md",
            "implied-contrast",
        ),
        # 'Fair play to him, he's chaired dozens of them, and I've yet to see him learn one'
        ("thank-you/b12a-keighley-pc-fraud-investigator.eml", "grudging-credit"),
        # 'That's more than you could say for most of the agency workers the council kept
        # sending us'
        ("thank-you/b12a-wythenshawe-youth-worker-learning-mentor.txt", "more-than-say-for"),
        # 'some of the other candidates ... had not even found time to see the exhibition'
        ("thank-you/b12b-exhibitions-assistant-hk-did-the-homework.eml", "fell-short"),
        # 'I'm sure the person you've appointed will do very well. I gather they already knew a
        # fair few of the panel from the golf club'
        ("rejection-reply/b12a-swansea-pcso-golf-club.txt", "hearsay-connections"),
        # 'I'm sure the new team leader will do fine. I gather having family in the area office
        # never hurts.'
        ("rejection-reply/b12b-team-leader-better-late-area-office.txt", "hearsay-connections"),
    ],
)
def test_put_downs_by_shape_in_b11_and_b12_drafts(linter: Linter, name: str, entry: str) -> None:
    """Grudging credit, mockery, comparison, contrast and hearsay that new writers used, each
    found once, by its own entry."""
    _, report = lint_corpus(linter, name)
    assert [f.entry for f in report.by_rule("disparage")] == [entry]


@pytest.mark.parametrize(
    "sentence",
    [
        "She was a tough reviewer, I will give her that, but I learned a lot from her.",
        "To be fair to my manager, he has been very supportive of my move.",
        "My supervisor's version of the rota is what the whole depot now uses.",
        "I'd love to join a team that actually ships to customers every week.",
    ],
)
def test_credit_and_wishes_that_may_run_someone_down_fire(linter: Linter, sentence: str) -> None:
    """Grudging credit to a colleague presupposes a criticism, and a wish for a place where
    things 'actually' happen is set against the workplace named just before; the same wish
    with no workplace nearby is silent (below)."""
    _, report = lint_text(linter, letter(f"My current manager signs off every release. {sentence}"))
    assert report.by_rule("disparage") != ()


@pytest.mark.parametrize(
    "sentence",
    [
        "To be fair to them, your recruiters warned me the process would take a few weeks.",
        "In fairness to the panel, the case study was clearly explained.",
        "The delay is fair to every candidate, and I understand it.",
        "My idea of a good first month is learning the warehouse system.",
        "The idea of a four-day week is appealing.",
        "I'd love to join a team that actually ships to customers every week.",
        "I was the only one of my cohort who had never used Power BI before, so I studied hard.",
        "I am leaving Lakeshore Properties because the family is moving to Ottawa.",
        "Not like I expected, the site visit was the best part of the day.",
        # sincere credit, with its reason
        "You said it plainly in the interview, and fair play to him for saying it.",
        # hearsay with no hire nearby, or about something else
        "I gather the panel meets again on Friday.",
        "I hear your family business turns fifty this year.",
        "I fully understand that you chose someone with a friend in the trade.",
        # a deprivation, not an effort withheld
        "My colleagues did not even have time for lunch during the audit.",
        # the idiom about oneself
        "That's more than I could say for myself a year ago.",
    ],
)
def test_fair_ideas_wishes_and_hearsay_with_no_one_run_down_are_silent(
    linter: Linter, sentence: str
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "My old foreman couldn't find an air leak if it hissed in his ear.",
        "The other candidates couldn't answer the question if their lives depended on it.",
        "My supervisor couldn't balance a till if you handed him the float already counted.",
    ],
)
def test_what_someone_cannot_do_even_made_easy(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert [f.entry for f in report.by_rule("disparage")] == ["cannot-even-if"]


@pytest.mark.parametrize(
    "sentence",
    [
        "My manager couldn't sign the form if HR had not approved it.",  # a real condition
        "My old team couldn't finish the release if the servers were down.",
        "I couldn't find the office if you paid me, it is so well hidden.",  # the writer
    ],
)
def test_a_real_condition_is_no_put_down(linter: Linter, sentence: str) -> None:
    # (the learned reading may still weigh such a sentence; the shape itself does not fire)
    _, report = lint_text(linter, letter(sentence))
    assert "cannot-even-if" not in [f.entry for f in report.by_rule("disparage")]


def test_the_one_who_had_it_is_the_hire(linter: Linter) -> None:
    # 'I figured the fellow with the fancy portfolio had it.' makes him the hire, so the
    # sneer that follows is about someone the writer may not run down.
    _, report = lint_corpus(
        linter, "rejection-reply/b14a-finish-carpenter-its-a-shame-portfolio-guy.txt"
    )
    assert [f.entry for f in report.by_rule("disparage")] == ["learned"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the parse makes 'is' an auxiliary of 'reading'; the idea is still mocked
        "My supervisor's idea of a safety briefing is reading out the forecast.",
        "The manager's idea of training is handing you a binder.",
    ],
)
def test_a_mocked_idea_set_out_as_a_doing(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert [f.entry for f in report.by_rule("disparage")] == ["idea-of"]


def test_a_hope_that_the_hire_works_out_the_basics(linter: Linter) -> None:
    sentence = (
        "Fair play to the lad who got it. Hopefully he figures out which end of the "
        "torque wrench to hold before the first busy Saturday."
    )
    _, report = lint_text(linter, letter(sentence))
    assert "hoped-lesson" in [f.entry for f in report.by_rule("disparage")]


@pytest.mark.parametrize(
    "sentence",
    [
        "My idea of a good Saturday is walking the dog.",  # the writer's own idea
        "Fair play to the lad who got it. Hopefully he settles in well.",  # a kind hope
        "Hopefully I work out how the new rota system works soon.",  # the writer
        "I hope the team works out which rota suits everyone.",  # no hire named
    ],
)
def test_own_ideas_and_kind_hopes_are_silent(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("I ran the schedule myself because nobody above me could be bothered to.", True),
        ("My supervisor couldn't be bothered to check the logs.", True),
        ("I couldn't be bothered with the commute any more.", False),  # the writer
        ("Nobody could be bothered to come out in the rain, so I went.", False),  # no one placed
    ],
)
def test_who_could_not_be_bothered(linter: Linter, sentence: str, fires: bool) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert ("not-bothered" in [f.entry for f in report.by_rule("disparage")]) is fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("I'll not ask who got it. I hope she's as good at the job as she is at talking.", True),
        ("Whoever got the job, I hope they're better at it than they were at small talk.", True),
        ("My current boss is very good at presenting, not so good at knowing what we sell.", True),
        ("The person who got the job was better at networking than at the exams.", True),
        # a plain equal, the writer's own skills, praise that is not set against anything
        ("My old manager was as good at coaching as she was at scheduling.", False),
        ("I'm better at planning than at presenting, which is why the exercise suited me.", False),
        ("I hope I'm as good at the job as I was at the interview.", False),
        ("She's great fun at the Christmas do and just as good at running a busy service.", False),
    ],
)
def test_someones_skill_set_against_a_lesser_one(
    linter: Linter, sentence: str, fires: bool
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert ("abilities-compared" in [f.entry for f in report.by_rule("disparage")]) is fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # whom the writer waited with were there for the same job
        (
            "The fellows I was sitting beside in the waiting room, who didn't seem to know "
            "which end of the tank the yeast goes in, were friendly enough.",
            True,
        ),
        ("The people I sat with in the waiting room were lovely and we swapped numbers.", False),
        ("The lady I was sitting beside had driven up from Leeds that morning.", False),
    ],
)
def test_the_people_the_writer_waited_with(linter: Linter, sentence: str, fires: bool) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("disparage")) is fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        (
            "I'm currently covering nights at Halden's DC, where the management team couldn't "
            "plan a shift pattern if you handed them the rota.",
            True,
        ),
        # the reader's place, and a place the writer only passed through
        (
            "I visited your depot in March, where the team couldn't plan a shift pattern if "
            "you handed them the rota.",
            False,
        ),
        ("I spent a summer at Arden Foods, where the team taught me how to run a line.", False),
    ],
)
def test_people_placed_where_the_writer_works(linter: Linter, sentence: str, fires: bool) -> None:
    _, report = lint_text(linter, letter(sentence))
    hand_written = [f for f in report.by_rule("disparage") if f.entry != "learned"]
    assert bool(hand_written) is fires


def test_a_hope_that_the_hire_can_tell_two_plain_things_apart(linter: Linter) -> None:
    # 'But you picked the other candidate. Your hangar, your call. I hope he knows the
    # difference between a work package and a grocery list.'
    draft, report = lint_corpus(
        linter, "rejection-reply/b19a-maintenance-planner-q400-saskatoon.txt"
    )
    assert (
        "hoped-lesson",
        "I hope he knows the difference between a work package and a grocery list",
    ) in located(draft, report)


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope the team knows the difference between a good plan and a lucky one.",  # no hire
        "You hired the other candidate. I hope I know the difference next time.",  # the writer
    ],
)
def test_a_difference_known_by_no_hire_is_silent(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


def test_a_belief_set_out_to_be_laughed_at(linter: Linter) -> None:
    # 'Last boss thought a soil test was something you did after the crop failed, so you had
    # something to blame.'
    draft, report = lint_corpus(linter, "thank-you/b20a-agronomist-wimmera-stubble-plots.md")
    assert (
        "mocked-belief",
        "Last boss thought a soil test was something you did after the crop failed",
    ) in located(draft, report)


@pytest.mark.parametrize(
    "sentence",
    [
        "My manager thought the project was a success.",  # one thing, judged
        "I thought a soil test was something you did after harvest.",  # the writer
    ],
)
def test_a_plain_opinion_is_no_mocked_belief(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


def test_a_hope_that_the_hire_is_up_to_it(linter: Linter) -> None:
    # 'From what I hear you went with somebody from the hospital side ... Come the Saturday
    # morning rush, ..., I hope they are up to it.'
    _, report = lint_corpus(linter, "rejection-reply/b15b-pharmacy-technician-hospital-side.txt")
    assert "hoped-lesson" in [f.entry for f in report.by_rule("disparage")]


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope the team is up to speed on the new system.",  # no hire, and not 'up to it'
        "I hope I am up to it.",  # the writer
    ],
)
def test_other_hopes_of_being_up_to_something_are_silent(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


def test_someone_will_have_to_explain_the_basics_to_the_hire(linter: Linter) -> None:
    # 'the post was finally given to a recent business school graduate ... your collectors will
    # be delighted to explain to her what a provenance is.'
    _, report = lint_corpus(
        linter, "rejection-reply/b12b-development-officer-fresh-perspective.txt"
    )
    assert "basics-explained" in [f.entry for f in report.by_rule("disparage")]


@pytest.mark.parametrize(
    "sentence",
    [
        "You hired a graduate. I would be glad to explain to her how the rota works.",  # the writer
        "You explained to me what a provenance is.",  # told to the writer, in the past
        "You chose a graduate. She will tell them what the plan is.",  # the hire explains
    ],
)
def test_explaining_that_belittles_no_one_is_silent(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'I do hope the successful candidate is comfortable behind a total station.'
        "rejection-reply/b21a-senior-mine-surveyor-boulder-gate-wet-pit.txt",
        # "I do hope the successful candidate's experience proves as substantial in practice as
        # it evidently appeared on paper."
        "rejection-reply/b21b-corporate-development-manager-tamarind-case.md",
    ],
)
def test_a_hope_that_the_hire_can_do_the_plain_work(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("disparage")


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope the successful candidate is comfortable in the new office.",  # settling in
        "I hope my experience proves as useful in practice as it looks on paper.",  # the writer
        "I do hope the successful candidate enjoys the role.",
    ],
)
def test_good_wishes_for_the_hire_are_silent(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


@pytest.mark.parametrize(
    "name",
    [
        # "At Bryn Tawel the governors' idea of a maintenance strategy was to wait until
        # something fell off the roof": the idea hung on the opening 'at', governors as bosses
        "thank-you/b22a-facilities-ops-manager-golau-cwm-boiler.eml",
        # 'half of the seniors there stopped learning somewhere around Java 8'
        "status-inquiry/b22b-backend-engineer-brugwerk-checkout.txt",
        # 'I also hope the person you chose will manage the same exercise without somebody
        # drawing the boxes for him on the whiteboard.'
        "rejection-reply/b22b-senior-backend-engineer-spreeufer-whiteboard.txt",
    ],
)
def test_mocked_ideas_colleagues_who_stopped_learning_and_help_hoped_away(
    linter: Linter, name: str
) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("disparage")


@pytest.mark.parametrize(
    "sentence",
    [
        "I stopped reading the forum.",  # the writer
        "The machines stopped working.",  # things
        "My manager never stopped learning.",  # praise
        "I hope the new hire settles in without any trouble.",  # no help hoped away
        "At my last job the idea of a bonus was appealing.",  # nobody's idea
    ],
)
def test_what_only_resembles_those_put_downs(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'Good for him. I just hope he knows which end of a reefer the plug goes in.'
        "rejection-reply/b24b-logistics-supervisor-sonderend-reefer-plugs.txt",
        # 'I am sure their familiarity with courtroom procedure will develop in due course'
        "rejection-reply/b24b-trial-paralegal-lindqvist-marr-dunmore.txt",
    ],
)
def test_the_hire_hoped_to_know_which_end_or_assured_to_learn_in_time(
    linter: Linter, name: str
) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("disparage")


@pytest.mark.parametrize(
    "sentence",
    [
        "You hired someone new. I hope she knows which way the office is on her first day.",
        "I am sure my own familiarity with the system will develop in due course.",
    ],
)
def test_kind_wishes_and_the_writers_own_growth(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


def test_a_team_leader_who_puts_his_own_macros_first(linter: Linter) -> None:
    # 'My team leader cares more about defending his old macros than about the data'
    draft, report = lint_corpus(
        linter, "rejection-reply/b25b-logistics-planning-analyst-kreekrak-mussel-season.txt"
    )
    found = [
        (f.entry, draft.source[f.span.start : f.span.end]) for f in report.by_rule("disparage")
    ]
    assert [entry for entry, _ in found] == ["indifference"]
    assert found[0][1].startswith("My team leader cares more about defending his old macros")


@pytest.mark.parametrize(
    "sentence",
    [
        "My manager cares more about his golf than about the team.",
        "My colleagues do not want to learn anything new.",
        "My supervisor never tried to understand the night shift.",
    ],
)
def test_self_interest_first_and_refusing_to_learn(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage")


@pytest.mark.parametrize(
    "sentence",
    [
        "My manager cares more about our development than about targets.",
        "She cares more about patients than about her own career.",
        "My manager did not want to lose me.",
        "The team did not want to change the rota before the audit.",
        "I did not want to learn a new system at first.",
        "My team leader was very kind to me.",
    ],
)
def test_others_first_and_wants_that_judge_nobody(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'I do pray that such experience will prove sufficient for a slab of that complexity'
        "rejection-reply/b26a-intermediate-structural-transfer-slab.txt",
        # "I'm tired of being the only one on our crew who reads the isolation permit"
        "thank-you/b26a-underground-supervisor-decline-vsd.md",
        # 'it went to Darren … he needed two goes … but I'm sure he's come a long way since'
        "rejection-reply/b26a-maintenance-supervisor-suttor-river-lock-box.txt",
        # 'I just hope the person you chose is also comfortable talking with real users, and
        # not only with dashboards'
        "rejection-reply/b26b-ux-researcher-nordvik-dashboards.eml",
        # 'I learned a great deal from my last boss, mostly by taking notes on what not to do'
        "thank-you/b26b-regional-operations-manager-laredo-dwell.md",
    ],
)
def test_round_twenty_six_innuendo(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("disparage")


@pytest.mark.parametrize(
    "sentence",
    [
        "I am the only one on the team who speaks Spanish.",
        "I learned what not to do from my own mistakes.",
        "My manager taught me how not to panic.",
        "I hope my experience will prove sufficient for the role.",
        "I'm sure I have come a long way since my first site job.",
        "I'm tired of being the only one in my family who speaks French.",
        "The parcel went to Darren. I'm sure he has grown since then.",
        "My brother helped me prepare. Good luck to him. I'm sure he's come a long way since.",
    ],
)
def test_skills_own_lessons_and_kind_news_are_no_innuendo(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


def test_nobody_at_the_writers_workplace_does_the_basics(linter: Linter) -> None:
    # 'In my current team at Aldermary Bank nobody really understand the models we sign off.'
    name = "rejection-reply/b27a-investment-risk-analyst-ldi-ladder.md"
    draft, report = lint_corpus(linter, name)
    assert [e for e, _ in located(draft, report)] == ["nobody-diligent"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody understands climate risk fully yet.",
        "Nobody at my current job knows I am applying.",
        "In my current team I'm the only one who knows Terraform, so I run workshops.",
    ],
)
def test_nobody_in_general_or_knowing_of_the_application(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("disparage") == ()


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("My previous firm was a box-ticking operation.", True),
        ("Your process is clearly not a box-ticking exercise.", False),
        ("My old manager couldn't tell you what a steam table was.", True),
        ("I couldn't tell you what the answer was at the time.", False),
    ],
)
def test_an_empty_ritual_and_the_basics_beyond_someone(
    linter: Linter, sentence: str, fires: bool
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("disparage")) is fires


def test_the_writers_time_at_a_former_firm_called_box_ticking(linter: Linter) -> None:
    # 'My time at my previous audit firm was, frankly, an exercise in box-ticking'
    _, report = lint_corpus(linter, "thank-you/b29b-senior-fpa-analyst-london-sampling.md")
    assert report.by_rule("disparage")


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        # 'My sales manager there runs the team like ... Lots of yelling, no scheme, and every
        # lost account is somebody else's fault.'
        ("status-inquiry/b30a-enablement-trainer-bluestem-fremont.txt", "blame-shifted"),
        # 'the supervising attorney I worked under treated every deadline as somebody else's
        # emergency'
        ("status-inquiry/b28a-litigation-paralegal-lower-manhattan-monday.txt", "blame-shifted"),
        # 'The other technicians prefer to leave the difficult counts for the next shift'
        ("status-inquiry/b30a-purchasing-coordinator-harbor-oaks.txt", "left-for-others"),
        # "I'd bet most of the people in your stack have never done more than read bullet
        # points off a deck"
        ("thank-you/b30a-sales-trainer-agent-bootcamp.txt", "never-done"),
    ],
)
def test_blame_shifted_work_left_behind_and_the_rest_of_the_stack(
    linter: Linter, name: str, entry: str
) -> None:
    draft, report = lint_corpus(linter, name)
    assert [e for e, _ in located(draft, report)] == [entry]


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("My old supervisor thought every missed delivery was somebody else's fault.", True),
        ("The delay was nobody's fault, and certainly not somebody else's problem to fix.", False),
        ("I never treat a late delivery as somebody else's problem.", False),
        ("My current manager leaves the hard calls for the next shift.", True),
        ("I left detailed notes for the night shift before my leave.", False),
        ("My team leader left the decision for the next board meeting.", False),
        ("The other drivers wait for somebody junior to sort out the paperwork.", True),
        ("The other drivers waited for the next bus.", False),
    ],
)
def test_blame_and_work_left_to_others_said_of_colleagues(
    linter: Linter, sentence: str, fires: bool
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("disparage")) is fires


def test_the_job_expected_to_go_to_the_guy_with_the_slides(linter: Linter) -> None:
    # 'I figured it would go to the guy with the MBA and the nice slides. Hope he can keep
    # thirty door-to-door reps awake after lunch.': the guy is the hire, and the learned
    # reading of the next sentence may now speak
    name = "rejection-reply/b30a-sales-trainer-northgate-door-reps.txt"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [
        ("learned", "Hope he can keep thirty door-to-door reps awake after lunch.")
    ]


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        # 'The administrator I had for the last four years couldn't tell you what a steam table
        # was'
        ("thank-you/b29a-nutrition-services-manager-labor-day.txt", "cannot-say-what"),
        # 'My current team ship straight to production ..., and when it breaks on Saturday the
        # developers blame QA': two subjects in the parse, the nearer one blames
        ("rejection-reply/b28b-test-automation-engineer-spreeloop-saturday.txt", "bad-conduct"),
    ],
)
def test_workers_the_writer_had_or_works_beside(linter: Linter, name: str, entry: str) -> None:
    draft, report = lint_corpus(linter, name)
    assert [e for e, _ in located(draft, report)] == [entry]


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("The coordinator I had at my last job couldn't tell you what a purchase order was.", True),
        ("At my current firm the planners blame the drivers for every late load.", True),
        ("At your depot the planners blame nobody; I liked that.", False),
        (
            "The answer I had in the interview was incomplete, and I have thought about it since.",
            False,
        ),
        (
            "Thanks to the model I built in my current job, our stockouts of critical components "
            "dropped by 18 percent.",
            False,
        ),
    ],
)
def test_workers_named_by_their_trade_at_the_writers_workplace(
    linter: Linter, sentence: str, fires: bool
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("disparage")) is fires


def test_an_assurance_that_the_hire_will_learn_given_time(linter: Linter) -> None:
    # 'I do hope the person you chose settles in quickly. ... so I'm sure with a bit of time
    # and a good team around her she'll learn her way around an ortho schedule.'
    name = "rejection-reply/b31a-practice-administrator-high-park-granny.eml"
    draft, report = lint_corpus(linter, name)
    assert [e for e, _ in located(draft, report)] == ["backhanded-assurance"]


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        (
            "The role went to another candidate. "
            "I'm sure with a bit of time she'll learn the rota.",
            True,
        ),
        (
            "The role went to another candidate. I'm sure with your support she'll do a great job.",
            False,
        ),
    ],
)
def test_time_hung_on_the_assurance(linter: Linter, sentence: str, fires: bool) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("disparage")) is fires


def test_the_writers_own_workplace_as_the_setting_of_a_setback(linter: Linter) -> None:
    # 'At my previous studio we lost a whole recording week when the actors' union
    # renegotiated in the middle of production. Nobody could do anything about it.'
    name = "status-inquiry/b31b-dialogue-audio-designer-summer-film-mix.txt"
    _, report = lint_corpus(linter, name)
    assert report.by_rule("disparage") == ()
