"""Turn findings into a 0–100 score and per-category sub-scores; a pure function.

Each rule with findings costs points once, by the highest severity among its findings
(error 20, warning 8, info 2), plus half its own cost for each further finding of the
same rule, capped at twice the first cost, so one noisy rule cannot sink a note alone. The score
is 100 minus all costs, floored at 0; a category's sub-score is 100 minus its own rules' costs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from followup_lint.models import Category, Finding, Severity

COST = {Severity.ERROR: 20.0, Severity.WARNING: 8.0, Severity.INFO: 2.0}
REPEAT_FACTOR = 0.5
CAP_FACTOR = 2.0


def rule_costs(findings: Iterable[Finding]) -> dict[str, tuple[Category, float]]:
    """What each rule's findings cost, with the rule's category."""
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_rule[finding.rule].append(finding)
    costs: dict[str, tuple[Category, float]] = {}
    for rule, found in by_rule.items():
        ranked = sorted((COST[f.severity] for f in found), reverse=True)
        first = ranked[0]
        total = min(first + REPEAT_FACTOR * sum(ranked[1:]), CAP_FACTOR * first)
        costs[rule] = (found[0].category, total)
    return costs


def score_findings(findings: Iterable[Finding]) -> tuple[int, dict[Category, int]]:
    """The overall score and the sub-score of every category."""
    costs = rule_costs(findings)
    per_category: dict[Category, float] = dict.fromkeys(Category, 0.0)
    for category, cost in costs.values():
        per_category[category] += cost
    total = sum(per_category.values())
    score = max(0, round(100 - total))
    subscores = {c: max(0, round(100 - cost)) for c, cost in per_category.items()}
    return score, subscores
