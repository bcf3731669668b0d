"""Every rule documents itself, and its documentation runs: `bad` fires, `good` stays silent."""

from __future__ import annotations

import re

import pytest

from followup_lint import Linter, Report, parse_draft
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


FILE_HEADER = re.compile(r"^==> (.+) <==$", re.MULTILINE)


def lint_example(linter: Linter, example: str) -> list[Report]:
    """An example is one draft, or several files each under a `==> name <==` line (the
    examples of run-level rules such as duplicate-note), linted together as one run."""
    pieces = FILE_HEADER.split(example)
    if len(pieces) == 1:
        return [linter.lint(example)]
    names, texts = pieces[1::2], pieces[2::2]
    drafts = [
        parse_draft(text.strip() + "\n", path=name) for name, text in zip(names, texts, strict=True)
    ]
    return linter.lint_together(drafts)


@pytest.mark.parametrize("rule", RULES)
def test_bad_example_fires_and_good_example_is_silent(rule: str, linter: Linter) -> None:
    doc = PACKS[rule].rule
    bad = lint_example(linter, doc.bad)
    good = lint_example(linter, doc.good)
    assert all(rule in r.rules_fired for r in bad), f"{rule}: the 'bad' example does not fire"
    assert not any(rule in r.rules_fired for r in good), (
        f"{rule}: the 'good' example fires: {[r.by_rule(rule) for r in good]}"
    )


@pytest.mark.parametrize("rule", RULES)
def test_at_least_five_corpus_drafts_each_way(rule: str) -> None:
    labelled = [label for _, label in labelled_corpus("dev")]
    fires = sum(rule in label.fires for label in labelled)
    silent = sum(rule in label.silent for label in labelled)
    assert fires >= 5 and silent >= 5, f"{rule}: {fires} drafts fire, {silent} silent"
