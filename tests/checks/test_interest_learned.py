"""Rule `interest`, its learned reading: interest restated in words no hand-written test knows."""

from __future__ import annotations

import pytest

from followup_lint import Config, Linter
from tests.checks.helpers import lint_corpus

HOPES = [
    # 'would want my name on that board': a wish about the job, in the writer's own image.
    "thank-you/b13a-lab-scientist-accra-tracking-board.txt",
    # 'If a Buyer's Agent spot opens up again I'd still want to hear about it.'
    "rejection-reply/b13b-buyers-agent-leawood-fellow.txt",
]


@pytest.mark.parametrize("name", HOPES)
def test_interest_in_the_writers_own_words_is_read_as_a_whole(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("interest") == ()


@pytest.mark.parametrize("name", HOPES)
def test_without_the_learned_reading_the_same_notes_are_flagged(name: str) -> None:
    plain = Linter(Config(rules={"interest": {"learned": False}}))
    _, report = lint_corpus(plain, name)
    (finding,) = report.by_rule("interest")
    assert finding.message.startswith("Nothing restates your interest")


@pytest.mark.parametrize(
    "name",
    [
        # Friendly notes that never say the writer still wants the job (the writers' labels).
        "thank-you/b13a-sous-chef-porto-acorda-trial.md",
        "thank-you/credit-risk-analyst-mr-chan.eml",
    ],
)
def test_warm_notes_that_never_restate_interest_are_still_flagged(
    linter: Linter, name: str
) -> None:
    _, report = lint_corpus(linter, name)
    assert len(report.by_rule("interest")) == 1
