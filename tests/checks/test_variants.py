"""`interest` and `call-to-action` on sentences written the way strangers write them: each
line of tests/checks/data/<rule>_variants.txt, alone in a letter that settles everything else."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from tests.checks.helpers import ACME_THANK_YOU, lint_text
from tests.checks.variants import Variant, close_letter, interest_letter, read_variants


def fires(linter: Linter, rule: str, text: str) -> bool:
    """Whether `rule` reports anything on the letter `text`."""
    _, report = lint_text(linter, text, ACME_THANK_YOU)
    return bool(report.by_rule(rule))


def cases(rule: str) -> list[object]:
    """The variants of `rule` as test cases, a gap marked as an expected failure."""
    return [
        pytest.param(
            v,
            id=f"{v.section}:{v.text[:50]}",
            marks=[pytest.mark.xfail(strict=True, reason="not recognised yet")]
            if v.section == "gaps"
            else [],
        )
        for v in read_variants(rule)
    ]


@pytest.mark.parametrize("variant", cases("interest"))
def test_interest_variant(linter: Linter, variant: Variant) -> None:
    # 'counts' and 'gaps' restate interest: silent; 'near-misses' do not: the rule fires.
    wanted = variant.section != "near-misses"
    assert fires(linter, "interest", interest_letter(variant)) is not wanted


@pytest.mark.parametrize("variant", cases("call_to_action"))
def test_call_to_action_variant(linter: Linter, variant: Variant) -> None:
    # 'counts' and 'gaps' close looking forward: silent; 'near-misses' do not: the rule fires.
    wanted = variant.section != "near-misses"
    assert fires(linter, "call-to-action", close_letter(variant)) is not wanted
