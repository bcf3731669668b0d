"""Against a real LanguageTool server: set FOLLOWUP_LINT_LT_URL (e.g. http://localhost:8081).

    docker run --rm -p 8010:8010 erikvl87/languagetool
    FOLLOWUP_LINT_LT_URL=http://localhost:8010 pytest -m languagetool

Only that server is contacted (never the public API); skipped when the variable is unset.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from followup_lint.proofing.languagetool import LanguageToolEngine, open_engine

URL = os.environ.get("FOLLOWUP_LINT_LT_URL", "").strip()

pytestmark = [
    pytest.mark.languagetool,
    pytest.mark.skipif(not URL, reason="set FOLLOWUP_LINT_LT_URL to a LanguageTool server to run"),
]


@pytest.fixture(scope="module")
def engine() -> Iterator[LanguageToolEngine]:
    opened = open_engine("remote", url=URL, timeout=30.0)
    try:
        yield opened
    finally:
        opened.close()


def test_the_server_reports_its_version(engine: LanguageToolEngine) -> None:
    assert engine.version != "unknown"
    assert engine.name.startswith(f"languagetool {engine.version} (remote ")


def test_a_misspelling_after_emoji_maps_to_code_points(engine: LanguageToolEngine) -> None:
    text = "Hi Sam 👋🏽 🙏 thank you for the interveiw yesterday."
    found = engine.check(text, "en-US")
    spelling = [m for m in found if m.kind == "spelling"]
    assert [text[m.offset : m.end] for m in spelling] == ["interveiw"]
    assert spelling[0].rule_id.startswith("MORFOLOGIK_RULE_EN")
    assert "interview" in spelling[0].replacements
    assert len(spelling[0].replacements) <= 5


def test_a_grammar_error_is_grammar(engine: LanguageToolEngine) -> None:
    text = "I have a idea for the onboarding project."
    found = engine.check(text, "en-GB")
    a_vs_an = [m for m in found if m.rule_id == "EN_A_VS_AN"]
    assert len(a_vs_an) == 1
    assert text[a_vs_an[0].offset : a_vs_an[0].end] == "a"
    assert "an" in a_vs_an[0].replacements


def test_a_disabled_rule_is_not_reported() -> None:
    with open_engine(
        "remote", url=URL, timeout=30.0, disabled_rules=frozenset({"EN_A_VS_AN"})
    ) as quiet:
        found = quiet.check("I have a idea for the onboarding project.", "en-US")
    assert "EN_A_VS_AN" not in {m.rule_id for m in found}
