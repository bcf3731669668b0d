"""Rule `position`: the subject line or text names the job title, or a clear variant of it."""

from __future__ import annotations

import pytest

from followup_lint import Context, Linter, Severity
from tests.checks.helpers import lint_corpus, lint_text

UNKNOWN = "The note never names the position you interviewed for; mention the job title."


def letter(sentence: str, subject: str | None = None) -> str:
    head = f"Subject: {subject}\n\n" if subject else ""
    return (
        f"{head}Dear Sarah,\n\n{sentence} I enjoyed hearing how your team uses shipment data to "
        "predict delays, and I would be glad to help with that work.\n\n"
        "I look forward to hearing from you.\n\nBest regards,\nJordan Lee\n"
    )


SENIOR_ANALYST = Context(interviewer="Sarah Chen", position="Senior Data Analyst")


# -- with a position in the context --------------------------------------------------------


def test_the_position_alone_does_not_name_the_title(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/policy-analyst-dear-hiring-manager.txt")
    (finding,) = report.by_rule("position")
    assert finding.entry == "missing"
    assert finding.severity is Severity.WARNING
    assert finding.message == "The note never names the position; mention the Policy Analyst role."
    assert finding.suggestions == ()
    # Anchored at the first body sentence, which is where the title belongs.
    assert draft.source[finding.span.start : finding.span.end] == (
        "Thank you for the opportunity to interview for the position yesterday."
    )
    assert (finding.span.line, finding.span.column) == (11, 1)


@pytest.mark.parametrize(
    ("name", "context", "title"),
    [
        # Subject and body say only 'my application', 'the position', 'the role'.
        (
            "status-inquiry/pharmacy-technician-the-position.eml",
            Context(position="Pharmacy Technician"),
            "Pharmacy Technician",
        ),
        ("status-inquiry/event-coordinator-hey-btw.txt", None, "Event Coordinator"),
        # 'study engineering' is not the title Civil Engineer.
        ("thank-you/civil-engineer-non-native-long.txt", None, "Civil Engineer"),
        # 'the role'; 'case aide' is the writer's current job.
        (
            "thank-you/social-worker-no-thanks-no-date.eml",
            Context(position="Child Welfare Caseworker"),
            "Child Welfare Caseworker",
        ),
    ],
)
def test_the_role_alone_fires(
    linter: Linter, name: str, context: Context | None, title: str
) -> None:
    _, report = lint_corpus(linter, name, context)
    (finding,) = report.by_rule("position")
    assert finding.entry == "missing"
    assert f"mention the {title} role" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for meeting with me yesterday about the role.",
        "Thank you for meeting with me yesterday about the position.",
        "Thank you for meeting with me yesterday about joining your data team.",
    ],
)
def test_inline_notes_that_never_name_the_title(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence), SENIOR_ANALYST)
    (finding,) = report.by_rule("position")
    assert finding.message == (
        "The note never names the position; mention the Senior Data Analyst role."
    )
    assert draft.source[finding.span.start : finding.span.end] == sentence
    assert (finding.span.line, finding.span.column) == (3, 1)


def test_the_subject_line_counts(linter: Linter) -> None:
    name = "thank-you/paralegal-position-in-subject-only.txt"
    draft, report = lint_corpus(linter, name)
    assert "Subject: Thank you - Paralegal interview" in draft.source
    assert report.by_rule("position") == ()
    # The same note without its subject line never names the position.
    without_subject = draft.source.replace("Subject: Thank you - Paralegal interview\n\n", "")
    _, report = lint_text(linter, without_subject)
    assert [f.message for f in report.by_rule("position")] == [
        "The note never names the position; mention the Paralegal role."
    ]


@pytest.mark.parametrize(
    ("name", "context"),
    [
        # 'software engineer role' for Senior Software Engineer: seniority dropped, lower case.
        ("thank-you/software-engineer-dr-patel-tuesday.md", None),
        # 'Sr. Accountant opening' for Senior Accountant.
        ("thank-you/sr-accountant-earlier-today.txt", None),
        # 'PM role' for Product Manager: the common acronym.
        ("thank-you/product-manager-you-guys-cool.md", None),
        # 'fourth grade teacher position': a case change.
        ("thank-you/fourth-grade-teacher-panel-super-excited.txt", None),
        # 'research assistant post': a case change, another job noun.
        ("status-inquiry/research-assistant-non-native.txt", None),
        # 'join the team as a Laboratory Technician': no job noun needed.
        ("thank-you/lab-technician-thanks-again-signoff.txt", None),
        # Subject and body of an e-mail, position from the labels' context.
        (
            "status-inquiry/marketing-executive-british.eml",
            Context(position="Senior Marketing Executive"),
        ),
    ],
)
def test_clear_variants_of_the_title_count(
    linter: Linter, name: str, context: Context | None
) -> None:
    _, report = lint_corpus(linter, name, context)
    assert report.by_rule("position") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for meeting with me yesterday about the Senior Data Analyst position.",
        "Thank you for meeting with me yesterday about the Data Analyst position.",
        "Thank you for meeting with me yesterday about the Sr. Data Analyst position.",
        "Thank you for meeting with me yesterday about the senior data analyst opening.",
        "Thank you for meeting with me yesterday; I know you are hiring several data analysts.",
    ],
)
def test_inline_variants_of_senior_data_analyst(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence), SENIOR_ANALYST)
    assert report.by_rule("position") == ()


def test_a_variant_in_the_subject_line_only(linter: Linter) -> None:
    sentence = "Thank you for meeting with me yesterday about the role."
    _, report = lint_text(
        linter, letter(sentence, subject="Data Analyst interview"), SENIOR_ANALYST
    )
    assert report.by_rule("position") == ()


def test_an_acronym_stands_for_the_title(linter: Linter) -> None:
    sentence = "Thank you for meeting with me yesterday about the PM role."
    context = Context(position="Product Manager")
    _, report = lint_text(linter, letter(sentence), context)
    assert report.by_rule("position") == ()
    # The acronym of another title does not.
    _, report = lint_text(linter, letter(sentence), Context(position="Data Engineer"))
    assert [f.entry for f in report.by_rule("position")] == ["missing"]


def test_a_title_initialled_after_its_first_words(linter: Linter) -> None:
    sentence = "Thank you for meeting with me yesterday about the Enterprise AE role."
    _, report = lint_text(
        linter, letter(sentence), Context(position="Enterprise Account Executive")
    )
    assert report.by_rule("position") == ()
    # Initials of another title's last words do not.
    _, report = lint_text(linter, letter(sentence), Context(position="Enterprise Data Engineer"))
    assert [f.entry for f in report.by_rule("position")] == ["missing"]


def test_a_title_initialled_before_its_last_words(linter: Linter) -> None:
    # 'ML Engineer' for Machine Learning Engineer, in a note from the corpus.
    _, report = lint_corpus(linter, "thank-you/b11a-ml-engineer-panel-two-corrections.txt")
    assert report.by_rule("position") == ()
    sentence = "Thank you for meeting with me yesterday about the ML Engineer role."
    _, report = lint_text(linter, letter(sentence), Context(position="Machine Learning Engineer"))
    assert report.by_rule("position") == ()
    # The same initials before another title's last word do not.
    _, report = lint_text(linter, letter(sentence), Context(position="Machine Learning Scientist"))
    assert [f.entry for f in report.by_rule("position")] == ["missing"]


def test_the_context_title_decides_what_counts(linter: Linter) -> None:
    # Without context 'the opening for a forklift operator' names a role; told the position is
    # Inventory Clerk, the note never names it.
    name = "thank-you/forklift-operator-no-greeting.txt"
    _, report = lint_corpus(linter, name)
    assert report.by_rule("position") == ()
    _, report = lint_corpus(linter, name, Context(position="Inventory Clerk"))
    (finding,) = report.by_rule("position")
    assert finding.message == "The note never names the position; mention the Inventory Clerk role."


# -- without a position in the context -----------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "thank-you/forklift-operator-no-greeting.txt",  # 'the opening for a forklift operator'
        "thank-you/dental-hygienist-no-frontmatter.txt",  # 'the dental hygienist position'
        "status-inquiry/junior-accountant-to-whom-it-may-concern.txt",  # 'Junior Accountant'
        "thank-you/plumber-asap-gonna-no-frontmatter.txt",  # 'the journeyman plumber position'
    ],
)
def test_without_context_any_role_title_counts(linter: Linter, name: str) -> None:
    draft, report = lint_corpus(linter, name)
    assert draft.context.position is None
    assert report.by_rule("position") == ()


@pytest.mark.parametrize(
    ("name", "first_sentence", "line"),
    [
        # 'Chef' is the reader's title, 'kitchen trial' is not a role.
        (
            "thank-you/kitchen-trial-no-frontmatter-no-title.txt",
            "Thank you for inviting me to the kitchen trial on Friday.",
            3,
        ),
        # 'the opening on your team' names no role.
        ("status-inquiry/no-frontmatter-no-role-title.txt", "I hope you had a good weekend.", 3),
        ("status-inquiry/any-news-no-greeting.txt", "Any news on the job?", 1),
        (
            "status-inquiry/no-frontmatter-checking-status-too-short.txt",
            "I am checking on the status of my application.",
            5,
        ),
    ],
)
def test_without_context_a_note_naming_no_role_fires(
    linter: Linter, name: str, first_sentence: str, line: int
) -> None:
    draft, report = lint_corpus(linter, name)
    (finding,) = report.by_rule("position")
    assert finding.entry == "missing-unknown"
    assert finding.message == UNKNOWN
    assert draft.source[finding.span.start : finding.span.end] == first_sentence
    assert (finding.span.line, finding.span.column) == (line, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for meeting with me yesterday about the marketing coordinator position.",
        "Thank you for meeting with me yesterday about the opening for a nurse.",
        "Thank you for meeting with me yesterday about the Data Analyst role.",
    ],
)
def test_without_context_inline_role_phrases_count(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("position") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for meeting with me yesterday about the role.",
        "Thank you for meeting with me yesterday about the position on your team.",
        "Thank you for meeting with me yesterday about the exciting opportunity.",
    ],
)
def test_without_context_a_bare_role_noun_fires(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert [f.message for f in report.by_rule("position")] == [UNKNOWN]


@pytest.mark.parametrize(
    ("position", "sentence"),
    [
        ("Chief Financial Officer", "I would welcome the chance to do that work as your CFO."),
        ("Chief Operating Officer", "I remain very keen on the COO role."),
        ("Head of Data and Analytics", "The HDA post is the one I want."),
    ],
)
def test_the_initials_of_the_whole_title_name_it(
    linter: Linter, position: str, sentence: str
) -> None:
    text = f"Dear Ana,\n\nThank you for Tuesday. {sentence}\n\nBest regards,\nLeo\n"
    _, report = lint_text(linter, text, Context(interviewer="Ana Ruiz", position=position))
    assert report.by_rule("position") == ()


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("I want to grow as an automation engineer with your team.", True),
        ("I want to grow as an engineer with your team.", False),  # one word is not the title
    ],
)
def test_a_title_without_the_initials_of_its_field(
    linter: Linter, sentence: str, named: bool
) -> None:
    text = f"Dear Ana,\n\nThank you for Tuesday. {sentence}\n\nBest regards,\nLeo\n"
    context = Context(interviewer="Ana Ruiz", position="QA Automation Engineer")
    _, report = lint_text(linter, text, context)
    assert (report.by_rule("position") == ()) is named


def test_an_office_named_by_what_it_heads_is_a_title(linter: Linter) -> None:
    # '**Subject: Thank you – Head of Customer Success, Tallowmere**', no front matter
    _, report = lint_corpus(
        linter, "thank-you/b23b-head-of-customer-success-tallowmere-renewals.md"
    )
    assert report.by_rule("position") == ()
    assert report.by_rule("subject") == ()


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("I enjoyed talking about the Director of Nursing post.", True),
        ("The head of the department was kind.", False),  # not capitalised: a person
    ],
)
def test_heads_of_things_without_context(linter: Linter, sentence: str, named: bool) -> None:
    text = f"Dear Ana,\n\nThank you for Tuesday. {sentence}\n\nBest regards,\nLeo\n"
    _, report = lint_text(linter, text)
    assert (report.by_rule("position") == ()) is named
