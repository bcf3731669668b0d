"""Grammar read from the parse: agreement across words, the 'to' that 'allow me' needs,
'it's' where a verb's object needs 'its', a possessive standing as a subject ('your probably
running'), and a bare verb after a preposition ('thank you for let me know').
Run through the linter (offline proofreading), as a user's draft is."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from tests.checks.helpers import lint_corpus, lint_text, wrap_letter

OPENING = "Thank you for meeting me on Tuesday about the Data Analyst role. "


_PARSED = (
    "AGREEMENT_ACROSS",
    "TO_MISSING",
    "ITS_IT_S",
    "YOUR_YOU_RE",
    "THEIR_THERE",
    "BARE_VERB_AFTER_PREPOSITION",
    "UNTIL_FOR_BY",
)


def parsed_findings(linter: Linter, sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(rule id, flagged words, suggestions) of the parse-read grammar findings in a letter."""
    draft, report = lint_text(linter, wrap_letter(OPENING + sentence))
    return [
        (f.entry, draft.source[f.span.start : f.span.end], f.suggestions)
        for f in report.by_rule("grammar")
        if f.entry in _PARSED
    ]


@pytest.mark.parametrize(
    ("sentence", "flagged", "fix"),
    [
        ("The keys to the site office is still with me.", "is", "are"),
        ("The documents your HR team requested is ready.", "is", "are"),
        ("The notes I took during the site visit shows how much I learned.", "shows", "show"),
        ("Mrs Adeyemi, who interviewed me with Mr Baptiste, were very patient.", "were", "was"),
        ("Each of the shifts I covered were logged by the duty manager.", "were", "was"),
        ("One of the reasons I applied are your apprenticeship scheme.", "are", "is"),
        ("My skills in designing, building and testing has grown here.", "has", "have"),
        ("The reports on sales, marketing and finance was late that week.", "was", "were"),
        ("The discussion on the damage to the suspended slabs were instructive.", "were", "was"),
        ("The quality of the welds on the frame were poor.", "were", "was"),
    ],
)
def test_a_subject_and_its_verb_apart_disagree(
    linter: Linter, sentence: str, flagged: str, fix: str
) -> None:
    assert parsed_findings(linter, sentence) == [("AGREEMENT_ACROSS", flagged, (fix,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel at the depot were generous with their time.",  # British collective
        "The rest of the interviews go ahead next week, you said.",
        "Ten years in one kitchen is a long time.",
        "Five rounds of interviews is a lot for a junior role.",
        "The news about the new branch is very exciting.",
        "Lettings, with its renewals and its deposits, is the natural home for me.",
        "Ghosting candidates after a final interview reflects poorly on a firm.",
        "The simulation work and the mentoring within your team are what I want.",
        "Our lab manager orders reagents after they run out, and then asks why.",
        "My sister, as well as my uncle, works at your Hull warehouse.",
        # one thing with 'were', two with 'was': writers agree with the sense as often
        "The night shift on the ward were brilliant with me.",
        "The care and the attention was what stayed with me.",
        "Mr and Mrs Okafor were so welcoming at the open day.",
        "The planning and executing of audits was the part I enjoyed.",
        "My manager and the visiting partner was kind to me.",
        # bodies of people may take 'were', as collectives do
        "The management of the site were very kind to me.",
        "The majority of the staff were new that year.",
    ],
)
def test_agreement_the_parse_cannot_vouch_for_is_left_alone(linter: Linter, sentence: str) -> None:
    assert parsed_findings(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Thank you for allowing me visit the site last week.", "me"),
        ("The new role would enable me learn new skills.", "me"),
    ],
)
def test_a_verb_that_wants_to_before_the_next(linter: Linter, sentence: str, flagged: str) -> None:
    assert parsed_findings(linter, sentence) == [("TO_MISSING", flagged, ("me to",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please let me know if you need anything else.",
        "Your advice helped me learn the new system quickly.",
        "Thank you for allowing me time to think it over.",
        "Thank you for allowing me to visit the site.",
    ],
)
def test_verbs_that_take_a_bare_verb_or_already_have_to(linter: Linter, sentence: str) -> None:
    assert parsed_findings(linter, sentence) == []


def test_agreement_across_a_phrase_in_a_saved_email(linter: Linter) -> None:
    # 'The photos of the therapy sessions on your studio wall was very inspiring to me.'
    draft, report = lint_corpus(
        linter, "thank-you/b24a-industrial-designer-halvorsen-grip-study.eml"
    )
    found = [f for f in report.by_rule("grammar") if f.entry == "AGREEMENT_ACROSS"]
    assert [(draft.source[f.span.start : f.span.end], f.suggestions) for f in found] == [
        ("was", ("were",))
    ]
    assert "'was' does not agree with its subject 'photos'" in found[0].message


def test_a_list_after_the_subject_is_no_aside(linter: Linter) -> None:
    # 'My experiences in planning, executing and reporting on audit engagements has given me'
    draft, report = lint_corpus(
        linter, "thank-you/b25b-internal-audit-senior-kinsol-valley-certificate.txt"
    )
    found = [f for f in report.by_rule("grammar") if f.entry == "AGREEMENT_ACROSS"]
    assert [(draft.source[f.span.start : f.span.end], f.suggestions) for f in found] == [
        ("has", ("have",))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "I helped the branch reach it's targets for two years running.",
        "Your team clearly loves it's customers.",
        "The plant met it's deadlines every quarter.",
    ],
)
def test_its_for_the_object_of_a_verb(linter: Linter, sentence: str) -> None:
    assert parsed_findings(linter, sentence) == [("ITS_IT_S", "it's", ("its",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "I think it's targets that keep a team honest.",
        "I bet it's people who make the difference there.",
        "I can start whenever suits, provided it's somebody else's shift.",
        "I hope it's useful to have my references early.",
    ],
)
def test_its_after_a_verb_that_takes_a_clause(linter: Linter, sentence: str) -> None:
    assert parsed_findings(linter, sentence) == []


def test_its_for_a_possessive_in_a_bulleted_record(linter: Linter) -> None:
    # '- Track record building teams that hit it's targets without burning people out'
    draft, report = lint_corpus(linter, "thank-you/b26b-plant-operations-manager-green-belt.txt")
    found = [f for f in report.by_rule("grammar") if f.entry == "ITS_IT_S"]
    assert [(draft.source[f.span.start : f.span.end], f.suggestions) for f in found] == [
        ("it's", ("its",))
    ]


@pytest.mark.parametrize(
    ("sentence", "entry", "flagged", "fix"),
    [
        (
            "I know your probably running short-handed with storm work.",
            "YOUR_YOU_RE",
            "your",
            "you're",
        ),
        ("I hope their going to post the results soon.", "THEIR_THERE", "their", "they're"),
    ],
)
def test_a_possessive_the_parse_reads_as_a_subject(
    linter: Linter, sentence: str, entry: str, flagged: str, fix: str
) -> None:
    assert parsed_findings(linter, sentence) == [(entry, flagged, (fix,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Your definitely welcoming team made the day easy.",
        "I enjoyed hearing about their plans for the depot.",
    ],
)
def test_a_possessive_before_its_noun_is_left_alone(linter: Linter, sentence: str) -> None:
    assert parsed_findings(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "flagged", "fix"),
    [
        ("Thanks also for consider my application so quickly.", "consider", "considering"),
        ("I am grateful for give me the chance to meet the team.", "give", "giving"),
    ],
)
def test_a_bare_verb_after_a_preposition(
    linter: Linter, sentence: str, flagged: str, fix: str
) -> None:
    assert parsed_findings(linter, sentence) == [("BARE_VERB_AFTER_PREPOSITION", flagged, (fix,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "I am looking for work that suits my hours.",
        "Thank you in advance for your help with the references.",
    ],
)
def test_a_preposition_before_a_noun_is_left_alone(linter: Linter, sentence: str) -> None:
    assert parsed_findings(linter, sentence) == []


def test_thank_you_for_let_me_know_in_a_rejection_reply(linter: Linter) -> None:
    draft, report = lint_corpus(
        linter, "rejection-reply/b27a-quantitative-analyst-pricing-case.txt"
    )
    found = [f for f in report.by_rule("grammar") if f.entry == "BARE_VERB_AFTER_PREPOSITION"]
    assert [(draft.source[f.span.start : f.span.end], f.suggestions) for f in found] == [
        ("let", ("letting",))
    ]


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I was told the decision will be made until 24 April.", "until"),
        ("Please let me know until Monday whether I should keep the date free.", "until"),
    ],
)
def test_until_for_a_deadline(linter: Linter, sentence: str, flagged: str) -> None:
    assert parsed_findings(linter, sentence) == [("UNTIL_FOR_BY", flagged, ("by",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "I will not know until Friday whether my notice period can be shortened.",
        "I am available for a second interview until Friday.",
        "They have given me until Friday to decide.",
    ],
)
def test_until_for_what_lasts(linter: Linter, sentence: str) -> None:
    assert parsed_findings(linter, sentence) == []
