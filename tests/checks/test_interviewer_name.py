"""Rule `interviewer-name`: greet the interviewer (any panel member) by name, spelt right."""

from __future__ import annotations

import pytest

from followup_lint import Context, Linter, ParsedDraft, Report, Severity
from tests.checks.helpers import lint_corpus, lint_text, span_text


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, int, int]]:
    """Each finding of the rule as (source text, line, column)."""
    return [
        (span_text(draft, f), f.span.line, f.span.column)
        for f in report.by_rule("interviewer-name")
    ]


BODY = """

Thank you for meeting with me yesterday about the Data Analyst position. I enjoyed hearing how \
your team uses shipment data to predict delays, and I would be glad to help with that work.

Best regards,
Jordan Lee
"""
SARAH = Context(interviewer="Sarah Chen")


# -- misspellings --------------------------------------------------------------------------


def test_a_misspelt_first_name_in_the_greeting(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/data-analyst-dear-sara.txt")
    (finding,) = report.by_rule("interviewer-name")
    assert finding.entry == "misspelt"
    assert finding.severity is Severity.ERROR
    assert finding.message == "'Sara' does not match the interviewer's name 'Sarah'."
    assert finding.suggestions == ("Sarah",)
    assert located(draft, report) == [("Sara", 9, 6)]


def test_a_misspelt_surname_after_a_title_in_an_eml(linter: Linter) -> None:
    # The interviewer, Wei Chen, comes from the To header.
    draft, report = lint_corpus(linter, "thank-you/credit-risk-analyst-mr-chan.eml")
    (finding,) = report.by_rule("interviewer-name")
    assert finding.entry == "misspelt"
    assert finding.message == "'Chan' does not match the interviewer's name 'Chen'."
    assert finding.suggestions == ("Chen",)
    assert located(draft, report) == [("Chan", 10, 10)]


def test_a_misspelt_panel_member_when_no_member_is_greeted_correctly(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/treasury-analyst-panel-misspelled.txt")
    (finding,) = report.by_rule("interviewer-name")
    assert finding.entry == "misspelt"
    assert finding.suggestions == ("Feld",)
    assert located(draft, report) == [("Field", 9, 10)]


def test_the_name_misspelt_in_the_body_is_flagged_too(linter: Linter) -> None:
    text = "Dear Sarah," + BODY.replace("Thank you for", "Thank you, Sara, for")
    draft, report = lint_text(linter, text, SARAH)
    (finding,) = report.by_rule("interviewer-name")
    assert finding.entry == "misspelt"
    assert finding.message == "'Sara' does not match the interviewer's name 'Sarah'."
    assert finding.suggestions == ("Sarah",)
    assert located(draft, report) == [("Sara", 3, 12)]


def test_the_name_spelt_right_in_the_body_is_not_flagged(linter: Linter) -> None:
    text = "Dear Ms. Chen," + BODY.replace("Thank you for", "Thank you, Sarah, for")
    _, report = lint_text(linter, text, SARAH)
    assert report.by_rule("interviewer-name") == ()


def test_a_sentence_opening_word_is_no_slip_for_a_short_name(linter: Linter) -> None:
    """'The offer requests…' is one letter from 'Theo' but a word, not his name misspelt."""
    _, report = lint_corpus(
        linter, "offer-notice/b24b-senior-paralegal-fairbanks-ocampo-reinholt.txt"
    )
    assert report.by_rule("interviewer-name") == ()


# -- someone else --------------------------------------------------------------------------


def test_greeting_a_different_person(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/retail-wrong-person-appreciated.txt")
    (finding,) = report.by_rule("interviewer-name")
    assert finding.entry == "other-person"
    assert finding.severity is Severity.ERROR
    assert finding.message == "The greeting names 'Alvarez', but the interviewer is Dana Kowalski."
    assert finding.suggestions == ("Dana",)
    assert located(draft, report) == [("Alvarez", 9, 10)]


def test_a_different_person_with_a_panel_suggests_every_member(linter: Linter) -> None:
    panel = Context(interviewer=["Sarah Chen", "Raj Patel"])
    draft, report = lint_text(linter, "Dear Ms. Alvarez," + BODY, panel)
    (finding,) = report.by_rule("interviewer-name")
    assert finding.entry == "other-person"
    assert finding.message == (
        "The greeting names 'Alvarez', but the interviewer is Sarah Chen or Raj Patel."
    )
    assert finding.suggestions == ("Sarah", "Raj")
    assert located(draft, report) == [("Alvarez", 1, 10)]


# -- generic greetings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "greeting", "interviewer"),
    [
        (
            "thank-you/policy-analyst-dear-hiring-manager.txt",
            "Dear Hiring Manager,",
            "Patricia Nguyen",
        ),
        ("thank-you/pottery-studio-stoked-kiln-hello-team.txt", "Hello team,", "Ingrid Solberg"),
        ("thank-you/ux-designer-hi-there-stoked.md", "Hi there,", "Noor Haddad"),
        (
            "status-inquiry/copywriter-hiring-team-no-date-no-thanks.txt",
            "Dear Hiring Team,",
            "Simone Laurent",
        ),
    ],
)
def test_a_generic_greeting_when_the_interviewer_is_known(
    linter: Linter, name: str, greeting: str, interviewer: str
) -> None:
    draft, report = lint_corpus(linter, name)
    (finding,) = report.by_rule("interviewer-name")
    assert finding.entry == "generic-known"
    assert finding.message == (
        f"'{greeting}' is a generic greeting; address {interviewer} by name."
    )
    assert finding.suggestions == (f"Dear {interviewer.split()[0]},",)
    assert located(draft, report) == [(greeting, 9, 1)]


def test_a_generic_greeting_without_context(linter: Linter) -> None:
    name = "status-inquiry/junior-accountant-to-whom-it-may-concern.txt"
    draft, report = lint_corpus(linter, name)
    (finding,) = report.by_rule("interviewer-name")
    assert finding.entry == "generic"
    assert finding.message == (
        "'To whom it may concern,' is a generic greeting; address the interviewer by name."
    )
    assert finding.suggestions == ()
    assert located(draft, report) == [("To whom it may concern,", 1, 1)]


@pytest.mark.parametrize("greeting", ["Dear Sir or Madam,", "Hi there,", "Dear Hiring Manager,"])
def test_generic_greetings_fire_with_or_without_context(linter: Linter, greeting: str) -> None:
    for context, entry in ((SARAH, "generic-known"), (None, "generic")):
        draft, report = lint_text(linter, greeting + BODY, context)
        assert [f.entry for f in report.by_rule("interviewer-name")] == [entry]
        assert located(draft, report) == [(greeting, 1, 1)]


# -- no greeting ---------------------------------------------------------------------------


def test_no_greeting_without_context(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/forklift-operator-no-greeting.txt")
    (finding,) = report.by_rule("interviewer-name")
    assert finding.entry == "missing"
    assert finding.message == "The note has no greeting; open with the interviewer's name."
    assert finding.suggestions == ()
    # Anchored at the first sentence of the body.
    assert located(draft, report) == [
        (
            "Thank you for the interview on Monday for the opening for a forklift operator at "
            "your distribution centre.",
            1,
            1,
        )
    ]


def test_no_greeting_with_a_known_interviewer_suggests_one(linter: Linter) -> None:
    context = Context(interviewer="Piotr Nowak")
    _, report = lint_corpus(linter, "thank-you/forklift-operator-no-greeting.txt", context)
    (finding,) = report.by_rule("interviewer-name")
    assert finding.entry == "missing-known"
    assert "'Dear Piotr,'" in finding.message
    assert finding.suggestions == ("Dear Piotr,",)
    assert (finding.span.line, finding.span.column) == (1, 1)


def test_a_note_that_is_one_question_has_no_greeting(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/any-news-no-greeting.txt")
    assert located(draft, report) == [("Any news on the job?", 1, 1)]


# -- correct greetings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "thank-you/paralegal-position-in-subject-only.txt",  # 'Ms. Estrada' for Gloria Estrada
        "thank-you/software-engineer-dr-patel-tuesday.md",  # 'Dr. Patel' for Raj Patel
        "status-inquiry/research-assistant-non-native.txt",  # 'Professor Dumont'
        "thank-you/research-scientist-quoted-printable.eml",  # 'Dr. M=C3=BCller' for Müller
        "thank-you/electrician-apprentice-hey-mike.txt",  # 'Hey Mike!': slang, but the right name
        "status-inquiry/marketing-executive-british.eml",  # first name, from the To header
    ],
)
def test_first_name_or_title_and_surname_is_correct(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("interviewer-name") == ()


@pytest.mark.parametrize(
    "greeting", ["Dear Sarah,", "Dear Sarah Chen,", "Dear Ms. Chen,", "Dear Dr. Chen,"]
)
def test_every_correct_form_of_the_name(linter: Linter, greeting: str) -> None:
    _, report = lint_text(linter, greeting + BODY, SARAH)
    assert report.by_rule("interviewer-name") == ()


@pytest.mark.parametrize(
    "name",
    [
        "thank-you/icu-nurse-panel-one-greeted.txt",  # one of three: 'Dear Ms. Whitfield,'
        "thank-you/fourth-grade-teacher-panel-super-excited.txt",  # 'Ms. Marsh and Mr. Asante'
        "thank-you/product-manager-you-guys-cool.md",  # 'Hi Ava and Leo,'
    ],
)
def test_greeting_any_panel_member_is_correct(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("interviewer-name") == ()


@pytest.mark.parametrize(
    "name",
    [
        "thank-you/dental-hygienist-no-frontmatter.txt",  # 'Dear Dr. Whitaker,'
        "thank-you/kitchen-trial-no-frontmatter-no-title.txt",  # 'Dear Chef Moreau,'
        "status-inquiry/no-frontmatter-checking-status-too-short.txt",  # 'Dear Mr. Adeyemi,'
        "status-inquiry/no-frontmatter-no-role-title.txt",  # 'Hi Carmen,'
    ],
)
def test_without_context_any_personal_name_is_correct(linter: Linter, name: str) -> None:
    draft, report = lint_corpus(linter, name)
    assert draft.context.interviewers == ()
    assert report.by_rule("interviewer-name") == ()


def test_the_call_context_overrides_the_front_matter(linter: Linter) -> None:
    # The front matter says Sarah Chen; told the interviewer is Sara Lindqvist, 'Sara' is right.
    context = Context(interviewer="Sara Lindqvist")
    _, report = lint_corpus(linter, "thank-you/data-analyst-dear-sara.txt", context)
    assert report.by_rule("interviewer-name") == ()


def test_a_place_that_looks_like_a_short_name_is_not_a_misspelling(linter: Linter) -> None:
    """'Thái Bình' is a province; 'Thị' is the interviewer's middle name, and three-letter
    names are too short to judge a typo by spelling alone."""
    text = (
        "Dear Dr. Nguyễn Thị Lan,\n\nThank you for the interview on Monday. During my thesis in "
        "Thái Bình I cleaned district case reports like yours.\n\nBest regards,\nMinh\n"
    )
    _, report = lint_text(linter, text, Context(interviewer="Nguyễn Thị Lan"))
    assert report.by_rule("interviewer-name") == ()


def test_respected_sir_is_a_generic_greeting(linter: Linter) -> None:
    # South Asian formal English greets with 'Respected': 'Respected Sir,' names nobody
    _, report = lint_corpus(linter, "rejection-reply/b31a-estate-manager-non-selection.txt")
    (finding,) = report.by_rule("interviewer-name")
    assert finding.message.startswith("'Respected Sir,' is a generic greeting")


def test_respected_with_a_title_and_name_is_a_named_greeting(linter: Linter) -> None:
    _, report = lint_corpus(linter, "thank-you/b5b-qa-lead-vijayawada-respected-dr.txt")
    assert report.by_rule("interviewer-name") == ()
