"""Rule `repetition`: the same point made twice, or one content word used so often it grates."""

from __future__ import annotations

import pytest

from followup_lint import Config, Linter, ParsedDraft, Report, Severity
from tests.checks.helpers import (
    ACME_THANK_YOU,
    entries_and_texts,
    lint_corpus,
    lint_text,
    wrap_letter,
)


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str]]:
    """Each repetition finding as (entry, source text)."""
    return entries_and_texts(draft, report, "repetition")


def lint_body(linter: Linter, body: str) -> tuple[ParsedDraft, Report]:
    return lint_text(linter, wrap_letter(body), ACME_THANK_YOU)


# -- one word too often --------------------------------------------------------------------


def test_excited_four_times_in_a_short_note(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/b3-customer-success-excited-four-times.md")
    (finding,) = report.by_rule("repetition")
    assert finding.severity is Severity.WARNING
    assert finding.category.value == "content"
    assert finding.message == "'excited' is used 4 times in 67 words; vary the wording or cut some."
    assert finding.suggestions == ()
    # the last use: 'I am really excited to hear about next steps'
    assert located(draft, report) == [("overused-word", "excited")]
    assert (finding.span.line, finding.span.column) == (15, 13)


def test_grateful_four_times_in_the_body(linter: Linter) -> None:
    # 'Gratefully,' in the sign-off is not part of the body.
    draft, report = lint_corpus(linter, "rejection-reply/b3-sous-chef-begging-grateful.txt")
    (finding,) = report.by_rule("repetition")
    assert finding.message == (
        "'grateful' is used 4 times in 138 words; vary the wording or cut some."
    )
    assert located(draft, report) == [("overused-word", "grateful")]
    assert (finding.span.line, finding.span.column) == (15, 135)


# -- the same point twice ------------------------------------------------------------------


def test_the_offer_deadline_stated_again(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "offer-notice/b3-site-manager-mr-price-deadline-thrice.txt")
    (finding,) = report.by_rule("repetition")
    assert finding.message == (
        "This sentence repeats the point of an earlier one ('So I have a written offer from "
        "Weald & Stour, and they want…'); say it once."
    )
    assert located(draft, report) == [
        (
            "repeated-point",
            "As I said, the Weald & Stour offer has a deadline of 18 November, which means I have "
            "to give them an answer by the 18th.",
        )
    ]


def test_the_same_question_asked_three_times(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/b3-sre-before-decision-date-any-update.txt")
    assert located(draft, report) == [
        (
            "repeated-point",
            "I know you mentioned a decision by 20 November, but I wanted to check whether there "
            "is any update on my application.",
        ),
        (
            "repeated-point",
            "If there is any update on my application, or anything else you need from me, please "
            "let me know.",
        ),
    ]
    first, _ = report.by_rule("repetition")
    assert "('I am writing to ask whether there is any update on my appli…')" in first.message


def test_a_repeated_claim_and_an_overused_word(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/b3-executive-assistant-katherine-confident.txt")
    assert located(draft, report) == [
        ("repeated-point", "Once again, I am confident I would be a strong fit."),
        ("overused-word", "confident"),
    ]


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # 'family' four times: a topic noun may recur once more than other words.
        "thank-you/social-worker-no-thanks-no-date.eml",
        # 'In my current role' opens two sentences that make different points.
        "status-inquiry/b2-litigation-paralegal-over-600-words.txt",
        # 'pupil' seven times in 626 words: longer notes allow more.
        "thank-you/b2-maths-teacher-over-600-words.txt",
        # 'a short case study' and 'accessible checkout case study' are one point, once linked.
        "thank-you/ux-designer-hi-there-stoked.md",
        # 'role' four times: generic, and a noun.
        "thank-you/software-engineer-dr-patel-tuesday.md",
    ],
)
def test_natural_recurrence_is_not_repetition(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("repetition") == ()


def test_the_context_words_may_recur(linter: Linter) -> None:
    body = (
        "Thank you for discussing the Data Analyst role at Acme Analytics. Acme Analytics "
        "builds data tools, and the Data Analyst team at Acme Analytics uses data daily. I "
        "would love to join Acme Analytics."
    )
    _, report = lint_body(linter, body)
    assert report.by_rule("repetition") == ()


def test_a_word_used_three_times_is_fine_but_four_is_not(linter: Linter) -> None:
    three = (
        "Thank you for the wonderful interview yesterday. The team was wonderful, and the "
        "office was wonderful too. I look forward to hearing from you."
    )
    _, report = lint_body(linter, three)
    assert report.by_rule("repetition") == ()
    draft, report = lint_body(linter, three + " It was a wonderful day.")
    assert located(draft, report) == [("overused-word", "wonderful")]


def test_the_threshold_is_a_setting() -> None:
    strict = Linter(Config(rules={"repetition": {"overuse-count": 3}}))
    body = (
        "Thank you for the wonderful interview yesterday. The team was wonderful, and the "
        "office was wonderful too. I look forward to hearing from you."
    )
    draft, report = lint_body(strict, body)
    assert located(draft, report) == [("overused-word", "wonderful")]


def test_a_phrasal_verb_is_another_word_than_its_verb(linter: Linter) -> None:
    # 'work' three times, 'work out' once: four uses of the letters, but no word overused.
    body = (
        "Thank you for meeting me yesterday about the Data Analyst role. I am already working "
        "on the gap in my forecasting you pointed out. The way your team works with the "
        "logistics group is the kind of work I enjoy, and I hope the timing works out for "
        "both of us."
    )
    draft, report = lint_body(linter, body)
    assert located(draft, report) == []


def test_the_same_verb_four_times_is_still_overused(linter: Linter) -> None:
    body = (
        "Thank you for meeting me yesterday about the Data Analyst role. I am already working "
        "on the gap you pointed out. The way your team works with logistics is how I like to "
        "work, and I hope to work with you soon."
    )
    draft, report = lint_body(linter, body)
    assert located(draft, report) == [("overused-word", "work")]


def test_the_commonest_words_of_english_may_recur(linter: Linter) -> None:
    # 'want' four times: one of the hundred commonest words, glue rather than style
    body = (
        "Thank you for meeting me yesterday about the Data Analyst role. I want to say how much "
        "I enjoyed it. I want to learn your forecasting tools, and I want to grow with the "
        "team. That is the work I want to do."
    )
    _, report = lint_body(linter, body)
    assert report.by_rule("repetition") == ()


def test_the_noun_and_the_verb_are_counted_apart(linter: Linter) -> None:
    # 'breakwater and marina works', 'the armour rock placement works', 'similar marine works'
    # (the noun: construction works) and 'working with the tide windows' (the verb)
    _, report = lint_corpus(
        linter, "status-inquiry/b20b-senior-site-engineer-breakwater-ramadan.md"
    )
    assert report.by_rule("repetition") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'I have followed up on the status of my application by emails dated …' and 'Kindly
        # revert on the status of my application by 5:00 p.m. on Friday, 17 April 2026.'
        "status-inquiry/b25b-senior-internal-auditor-ironwood-packaging.txt",
        # '… if there is a second round I want to be available for it.' and 'Can you tell me
        # when you expect to make a decision, or if there is a second round?'
        "status-inquiry/b25b-shipping-planner-noordmolen-holiday.txt",
    ],
)
def test_a_stock_phrase_or_a_condition_twice_is_no_point_made_twice(
    linter: Linter, name: str
) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("repetition") == ()


def test_dates_shared_are_no_point_shared(linter: Linter) -> None:
    body = (
        "Thank you for meeting me on 3 March 2026 about the Data Analyst role. You expected a "
        "decision by 17 March 2026, and I am writing as that date has passed. I remain keen "
        "on the forecasting work."
    )
    _, report = lint_body(linter, body)
    assert report.by_rule("repetition") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'I interviewed with you and Mr. Keane on 30 SEP.' and the field '- Interview: 30 SEP'
        "status-inquiry/b26b-supply-chain-ops-manager-sitrep.txt",
        # 'Their deadline is 1700 CST, Wednesday, 25 NOV.' and '- Deadline: 25 NOV'; 'I have
        # received a written offer' and '- Offer received: 19 NOV, in writing'
        "offer-notice/b26b-director-of-operations-five-site-network.txt",
    ],
)
def test_dates_in_capitals_and_labelled_fields_restate_no_point(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("repetition") == ()


def test_a_point_repeated_in_prose_with_dates_in_capitals_still_counts(linter: Linter) -> None:
    body = (
        "I have received a written offer from Medina River with a deadline of 25 NOV. "
        "I wanted you to know about it. As I said, I have received a written offer from "
        "Medina River, and their deadline is 25 NOV."
    )
    _, report = lint_body(linter, body)
    assert [f.entry for f in report.by_rule("repetition")] == ["repeated-point"]
