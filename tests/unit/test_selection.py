"""Which rules run and at what severity: the most specific selector wins."""

from __future__ import annotations

import pytest

from followup_lint.errors import ConfigError
from followup_lint.models import Category, Severity
from followup_lint.rulepacks import load_packs
from followup_lint.selection import Selection, parse_selectors

# The built-in rules and their categories, as the rule packs declare them.
RULES: dict[str, Category] = {rule: pack.rule.category for rule, pack in load_packs().items()}


def enabled(selection: Selection) -> set[str]:
    return set(selection.enabled_rules(RULES))


def in_category(category: Category) -> set[str]:
    return {rule for rule, c in RULES.items() if c is category}


def test_the_built_in_rules_cover_the_categories_these_tests_rely_on() -> None:
    assert {"slang", "demand-reply"} <= in_category(Category.TONE)
    assert {"gratitude", "position"} <= in_category(Category.CONTENT)


def test_all_selects_every_rule() -> None:
    assert enabled(Selection(select=("all",))) == set(RULES)


def test_default_selection_is_every_rule() -> None:
    assert enabled(Selection()) == set(RULES)


def test_nothing_selected_runs_nothing() -> None:
    assert enabled(Selection(select=())) == set()


def test_enabled_rules_come_back_in_a_stable_sorted_order() -> None:
    assert Selection().enabled_rules(RULES) == sorted(RULES)


def test_selecting_a_category_runs_only_its_rules() -> None:
    assert enabled(Selection(select=("tone",))) == in_category(Category.TONE)


def test_ignoring_a_category_drops_its_rules() -> None:
    assert enabled(Selection(select=("all",), ignore=("tone",))) == (
        set(RULES) - in_category(Category.TONE)
    )


def test_ignoring_a_rule_drops_only_that_rule() -> None:
    assert enabled(Selection(ignore=("length",))) == set(RULES) - {"length"}


def test_a_rule_id_in_ignore_beats_its_category_in_select() -> None:
    selection = Selection(select=("tone",), ignore=("slang",))

    assert not selection.enabled("slang", "tone")
    assert selection.enabled("demand-reply", "tone")
    assert enabled(selection) == in_category(Category.TONE) - {"slang"}


def test_a_rule_id_in_select_beats_its_category_in_ignore() -> None:
    selection = Selection(select=("slang",), ignore=("tone",))

    assert selection.enabled("slang", "tone")
    assert not selection.enabled("demand-reply", "tone")


def test_a_category_in_select_beats_all_in_ignore() -> None:
    selection = Selection(select=("content",), ignore=("all",))

    assert enabled(selection) == in_category(Category.CONTENT)


def test_equally_specific_select_and_ignore_leave_the_rule_off() -> None:
    assert not Selection(select=("slang",), ignore=("slang",)).enabled("slang", "tone")
    assert enabled(Selection(select=("all",), ignore=("all",))) == set()


def test_validate_accepts_rules_categories_and_all() -> None:
    selection = Selection(
        select=("all", "tone", "gratitude"),
        ignore=("timing", "slang"),
        severity={"format": Severity.INFO, "position": Severity.ERROR},
    )

    assert selection.validate(RULES) is None  # raises ConfigError when a selector is unknown
    # a rule id beats its category: gratitude stays on; timing's rules are all ignored
    assert enabled(selection) == set(RULES) - {"slang"} - in_category(Category.TIMING)


@pytest.mark.parametrize(
    ("selection", "option", "selector"),
    [
        (Selection(select=("tone", "slangg")), "select", "slangg"),
        (Selection(ignore=("style",)), "ignore", "style"),
        (Selection(severity={"demand_reply": Severity.INFO}), "severity", "demand_reply"),
    ],
)
def test_unknown_selector_is_a_config_error_naming_it(
    selection: Selection, option: str, selector: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        selection.validate(RULES)

    assert caught.value.message == f"{option}: unknown rule or category {selector!r}"


def test_severity_override_for_the_rule_beats_the_one_for_its_category() -> None:
    selection = Selection(severity={"slang": Severity.ERROR, "tone": Severity.INFO})

    assert selection.severity_of("slang", "tone", Severity.WARNING) is Severity.ERROR
    assert selection.severity_of("demand-reply", "tone", Severity.ERROR) is Severity.INFO


def test_category_severity_override_beats_the_findings_own() -> None:
    selection = Selection(severity={"content": Severity.INFO})

    assert selection.severity_of("gratitude", "content", Severity.ERROR) is Severity.INFO


def test_without_an_override_the_finding_keeps_its_own_severity() -> None:
    selection = Selection(severity={"tone": Severity.INFO})

    assert selection.severity_of("length", "format", Severity.WARNING) is Severity.WARNING
    assert Selection().severity_of("gratitude", "content", Severity.ERROR) is Severity.ERROR


def test_parse_selectors_splits_repeated_comma_separated_flags() -> None:
    assert parse_selectors(["tone,slang", " length ", "content,,", ""]) == (
        "tone",
        "slang",
        "length",
        "content",
    )
