"""Findings become a 0–100 score and per-category sub-scores."""

from __future__ import annotations

from followup_lint.models import Category, Finding, Severity, Span
from followup_lint.scoring import rule_costs, score_findings

CATEGORY_OF = {
    "gratitude": Category.CONTENT,
    "position": Category.CONTENT,
    "interviewer-name": Category.CONTENT,
    "slang": Category.TONE,
    "demand-reply": Category.TONE,
    "spelling": Category.CORRECTNESS,
    "length": Category.FORMAT,
}


def finding(rule: str, severity: Severity, at: int = 0) -> Finding:
    """A finding of `rule` on one word starting at offset `at` of a one-line draft."""
    return Finding(
        rule=rule,
        category=CATEGORY_OF[rule],
        severity=severity,
        message=f"{rule} fired",
        span=Span(start=at, end=at + 4, line=1, column=at + 1, end_line=1, end_column=at + 5),
        excerpt="word",
    )


def test_no_findings_scores_100_with_every_sub_score_100() -> None:
    score, subscores = score_findings([])

    assert score == 100
    assert subscores == dict.fromkeys(Category, 100)


def test_every_category_has_a_sub_score_even_without_findings() -> None:
    _, subscores = score_findings([finding("slang", Severity.WARNING)])

    assert set(subscores) == set(Category)
    assert subscores[Category.TIMING] == 100


def test_an_error_costs_20_points() -> None:
    score, subscores = score_findings([finding("gratitude", Severity.ERROR)])

    assert score == 80
    assert subscores[Category.CONTENT] == 80


def test_a_warning_costs_8_points() -> None:
    score, subscores = score_findings([finding("slang", Severity.WARNING)])

    assert score == 92
    assert subscores[Category.TONE] == 92


def test_an_info_costs_2_points() -> None:
    score, subscores = score_findings([finding("length", Severity.INFO)])

    assert score == 98
    assert subscores[Category.FORMAT] == 98


def test_a_repeated_finding_of_one_rule_costs_half() -> None:
    score, _ = score_findings([finding("slang", Severity.WARNING, at) for at in (0, 10)])

    assert score == 100 - (8 + 4)


def test_repeats_of_one_rule_are_capped_at_twice_the_first_cost() -> None:
    three = [finding("slang", Severity.WARNING, at) for at in (0, 10, 20)]
    ten = [finding("slang", Severity.WARNING, at) for at in range(0, 100, 10)]

    assert score_findings(three)[0] == 100 - 16  # 8 + 4 + 4 reaches the cap exactly
    assert score_findings(ten)[0] == 100 - 16  # one noisy rule cannot sink the note


def test_errors_of_one_rule_are_capped_at_40() -> None:
    many = [finding("demand-reply", Severity.ERROR, at) for at in range(0, 50, 10)]

    assert rule_costs(many) == {"demand-reply": (Category.TONE, 40.0)}
    assert score_findings(many)[0] == 60


def test_a_rule_is_charged_first_by_its_most_severe_finding() -> None:
    findings = [finding("slang", Severity.INFO, 0), finding("slang", Severity.ERROR, 10)]

    assert rule_costs(findings) == {"slang": (Category.TONE, 20.0 + 0.5 * 2.0)}


def test_findings_of_different_rules_each_cost_in_full() -> None:
    findings = [finding("slang", Severity.WARNING), finding("demand-reply", Severity.WARNING)]

    assert score_findings(findings)[0] == 100 - 8 - 8


def test_sub_scores_count_only_their_own_categorys_rules() -> None:
    findings = [
        finding("gratitude", Severity.ERROR),
        finding("position", Severity.WARNING),
        finding("slang", Severity.WARNING),
        finding("slang", Severity.WARNING, 10),
        finding("spelling", Severity.INFO),
    ]

    score, subscores = score_findings(findings)

    assert subscores == {
        Category.CONTENT: 100 - 20 - 8,
        Category.TONE: 100 - 12,
        Category.CORRECTNESS: 100 - 2,
        Category.FORMAT: 100,
        Category.TIMING: 100,
    }
    assert score == 100 - 20 - 8 - 12 - 2


def test_score_and_sub_scores_floor_at_zero() -> None:
    findings = [
        finding(rule, Severity.ERROR, at)
        for rule in ("gratitude", "position", "interviewer-name")
        for at in (0, 10, 20)
    ]

    score, subscores = score_findings(findings)

    assert sum(cost for _, cost in rule_costs(findings).values()) == 120
    assert score == 0
    assert subscores[Category.CONTENT] == 0
    assert subscores[Category.TONE] == 100


def test_score_findings_accepts_a_one_shot_iterator() -> None:
    score, subscores = score_findings(iter([finding("length", Severity.WARNING)]))

    assert score == 92
    assert subscores[Category.FORMAT] == 92
