"""Every rule documents itself, and its documentation runs: `bad` fires, `good` stays silent."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.registry import check_plugins
from followup_lint.rulepacks import load_packs
from tests.conftest import labelled_corpus

PACKS = load_packs()
RULES = sorted(p.name for p in check_plugins())


@pytest.mark.parametrize("rule", RULES)
def test_documentation_is_complete(rule: str) -> None:
    doc = PACKS[rule].rule
    for field in ("summary", "why", "what", "bad", "good", "source"):
        assert getattr(doc, field).strip(), f"{rule}: empty {field}"
    assert doc.summary.endswith("."), f"{rule}: summary should be one sentence"
    assert doc.bad != doc.good


@pytest.mark.parametrize("rule", RULES)
def test_bad_example_fires_and_good_example_is_silent(rule: str, linter: Linter) -> None:
    doc = PACKS[rule].rule
    bad = linter.lint(doc.bad)
    good = linter.lint(doc.good)
    assert rule in bad.rules_fired, f"{rule}: the 'bad' example does not fire"
    assert rule not in good.rules_fired, f"{rule}: the 'good' example fires: {good.by_rule(rule)}"


@pytest.mark.parametrize("rule", RULES)
def test_at_least_five_corpus_drafts_each_way(rule: str) -> None:
    labelled = [label for _, label in labelled_corpus("dev")]
    fires = sum(rule in label.fires for label in labelled)
    silent = sum(rule in label.silent for label in labelled)
    assert fires >= 5 and silent >= 5, f"{rule}: {fires} drafts fire, {silent} silent"
