"""Grammar and spelling through the whole linter: LanguageTool (a fake on loopback) and offline.

The fake server speaks LanguageTool's /v2/check and /v2/languages; the real
language_tool_python client talks to it in remote mode.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from followup_lint import Config, Context, Linter, read_draft
from followup_lint.cli import main
from tests.conftest import corpus_draft
from tests.lt_server import FakeLanguageTool, find_match, typo_responder

EML_WITH_TYPO = "offer-notice/b3-controls-engineer-update-subject.eml"  # "recieved", line 14
MD_WITH_TYPO = "thank-you/b3-electrician-lazy-supervisor.md"  # "intrested", **bold** before it


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FOLLOWUP_LINT_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def fake() -> Iterator[FakeLanguageTool]:
    with FakeLanguageTool(responder=misspelt_too("recieved", "intrested")) as server:
        yield server


def remote(url: str, **config: Any) -> Linter:
    return Linter(Config(languagetool={"mode": "remote", "url": url, "timeout": 2}, **config))


FIXES = {"recieved": "received", "intrested": "interested"}


def misspelt_too(*words: str):  # type: ignore[no-untyped-def]
    """A responder that also calls `words` misspelt, as a real dictionary would for names."""

    def respond(request):  # type: ignore[no-untyped-def]
        found = typo_responder(request)
        for word in words:
            if word in request.text:
                found.append(
                    find_match(
                        request.text,
                        word,
                        rule_id="MORFOLOGIK_RULE_EN_US",
                        message="Possible spelling mistake found.",
                        replacements=[FIXES.get(word, word.lower())],
                        issue_type="misspelling",
                        category="TYPOS",
                    )
                )
        return sorted(found, key=lambda m: m["offset"])

    return respond


def test_languagetool_spelling_maps_back_into_an_eml_file(
    fake: FakeLanguageTool, cache_dir: Path
) -> None:
    draft = read_draft(corpus_draft(EML_WITH_TYPO))
    with remote(fake.url) as linter:
        report = linter.lint(draft)
    (finding,) = report.by_rule("spelling")
    assert draft.source[finding.span.start : finding.span.end] == "recieved"
    assert (finding.span.line, finding.entry) == (14, "MORFOLOGIK_RULE_EN_US")
    assert finding.message == "Possible spelling mistake found."
    assert finding.suggestions == ("received",)
    assert report.proofing is not None and report.proofing.engine.startswith("languagetool")
    assert report.proofing.degraded is None


def test_languagetool_spans_survive_markdown_and_emoji(
    fake: FakeLanguageTool, cache_dir: Path
) -> None:
    text = "---\nkind: thank-you\n---\nDear **Sam** 🎉,\n\nI am 🙂 *very* intrested in the role.\n"
    from followup_lint import parse_draft

    draft = parse_draft(text, path="note.md")
    fake.responder = misspelt_too("intrested")
    with remote(fake.url) as linter:
        report = linter.lint(draft)
    (finding,) = report.by_rule("spelling")
    assert text[finding.span.start : finding.span.end] == "intrested"


def test_names_addresses_and_the_word_list_are_never_misspellings(
    fake: FakeLanguageTool, cache_dir: Path
) -> None:
    draft = read_draft(corpus_draft(EML_WITH_TYPO))
    fake.responder = misspelt_too("recieved", "Devika", "Harrow", "upfront", "PLC", "Kestrel")
    with remote(fake.url, words=("upfront",)) as linter:
        report = linter.lint(draft, context=Context(company="Kestrel Robotics"))
    found = {draft.source[f.span.start : f.span.end] for f in report.by_rule("spelling")}
    assert found == {"recieved"}


def test_a_second_run_over_unchanged_drafts_makes_no_languagetool_request(
    fake: FakeLanguageTool, cache_dir: Path
) -> None:
    drafts = [read_draft(corpus_draft(EML_WITH_TYPO)), read_draft(corpus_draft(MD_WITH_TYPO))]
    with remote(fake.url) as linter:
        first = [r.by_rule("spelling") for r in linter.lint_many(drafts)]
    checks_after_first = len(fake.checks)
    with remote(fake.url) as linter:
        second = [r.by_rule("spelling") for r in linter.lint_many(drafts)]
    assert second == first
    assert checks_after_first >= 2
    assert len(fake.checks) == checks_after_first  # every draft answered from the cache


def test_the_cache_is_keyed_by_language_and_rule_config(
    fake: FakeLanguageTool, cache_dir: Path
) -> None:
    draft = read_draft(corpus_draft(EML_WITH_TYPO))
    for config in ({}, {"language": "en-GB"}):
        with remote(fake.url, **config) as linter:
            linter.lint(draft)
    lt = {"mode": "remote", "url": fake.url, "timeout": 2, "disabled-rules": ["EN_A_VS_AN"]}
    with Linter(Config(languagetool=lt)) as linter:
        linter.lint(draft)
    assert [c.language for c in fake.checks if "recieved" in c.text] == ["en-US", "en-GB", "en-US"]


def test_a_corrupt_cache_entry_is_ignored_and_replaced(
    fake: FakeLanguageTool, cache_dir: Path
) -> None:
    draft = read_draft(corpus_draft(EML_WITH_TYPO))
    with remote(fake.url) as linter:
        expected = linter.lint(draft).by_rule("spelling")
    entries = list(cache_dir.rglob("*.json"))
    assert entries
    for entry in entries:
        entry.write_text("{not json", encoding="utf-8")
    with remote(fake.url) as linter:
        assert linter.lint(draft).by_rule("spelling") == expected
    assert all(json.loads(e.read_text(encoding="utf-8")) for e in entries)  # rewritten


@pytest.mark.parametrize("failure", ["http500", "malformed", "close"])
def test_a_failing_server_degrades_to_the_offline_checker(
    failure: str, fake: FakeLanguageTool, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.fail(failure)
    path = str(corpus_draft(EML_WITH_TYPO))
    code = main(["check", path, path, "--languagetool-url", fake.url, "--format", "json"])
    out, err = capsys.readouterr()
    reports = json.loads(out)["reports"]
    for report in reports:
        assert report["proofing"]["engine"].startswith("offline")
        assert report["proofing"]["degraded"]
        assert any(f["rule"] == "spelling" for f in report["findings"])  # offline found it
    assert len([ln for ln in err.splitlines() if "LanguageTool unavailable" in ln]) == 1
    assert code == 1  # the spelling error fails the file, as it would with LanguageTool


def test_require_grammar_fails_a_degraded_run_and_nothing_else_changes(
    fake: FakeLanguageTool, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = str(corpus_draft("thank-you/lab-technician-thanks-again-signoff.txt"))
    assert main(["check", clean, "--languagetool-url", fake.url]) == 0
    fake.stop()  # gone: the next run cannot reach it
    assert main(["check", clean, "--languagetool-url", fake.url, "--no-cache"]) == 0
    code = main(["check", clean, "--languagetool-url", fake.url, "--no-cache", "--require-grammar"])
    assert code == 1
    capsys.readouterr()


def test_a_slow_server_is_bounded_by_the_timeout(fake: FakeLanguageTool, cache_dir: Path) -> None:
    import time

    fake.delay = 5
    lt = {"mode": "remote", "url": fake.url, "timeout": 0.5}
    start = time.perf_counter()
    with Linter(Config(languagetool=lt, cache=False)) as linter:
        report = linter.lint(read_draft(corpus_draft(EML_WITH_TYPO)))
    assert time.perf_counter() - start < 4
    assert report.proofing is not None and "0.5 s" in (report.proofing.degraded or "")


def test_a_server_gone_mid_run_degrades_the_remaining_drafts(
    fake: FakeLanguageTool, cache_dir: Path
) -> None:
    drafts = [read_draft(corpus_draft(p)) for p in (EML_WITH_TYPO, MD_WITH_TYPO, EML_WITH_TYPO)]
    engines = []
    with Linter(Config(languagetool={"mode": "remote", "url": fake.url}, cache=False)) as linter:
        for index, report in enumerate(linter.lint_many(drafts, batch_size=1)):
            engines.append(report.proofing.degraded is None if report.proofing else None)
            if index == 0:
                fake.stop()
    assert engines == [True, False, False]


def test_off_mode_skips_both_rules_with_the_reason() -> None:
    with Linter(Config(languagetool={"mode": "off"})) as linter:
        report = linter.lint(read_draft(corpus_draft(EML_WITH_TYPO)))
    reasons = {s.rule: s.reason for s in report.skipped}
    assert set(reasons) >= {"grammar", "spelling"}
    assert "off" in reasons["spelling"]
    assert report.proofing is None


def test_both_english_variants_are_correct_by_default_and_narrowing_reports_info() -> None:
    text = (
        "Dear Sam,\n\nThank you for Tuesday's interview. The programme and the colour scheme "
        "of your organisation's color guide impressed me.\n\nBest,\nJo"
    )
    with Linter(Config(languagetool={"mode": "auto"})) as linter:
        assert linter.lint(text).by_rule("spelling") == ()
    with Linter(Config(language="en-US")) as linter:
        found = linter.lint(text).by_rule("spelling")
    assert {(text[f.span.start : f.span.end], f.suggestions[0]) for f in found} == {
        ("programme", "program"),
        ("colour", "color"),
        ("organisation", "organization"),
    }
    assert {f.severity.value for f in found} == {"info"}
    with Linter(Config(language="en-GB")) as linter:
        found = linter.lint(text).by_rule("spelling")
    assert [(text[f.span.start : f.span.end], f.suggestions[0]) for f in found] == [
        ("color", "colour")
    ]


def test_the_offline_checker_says_it_is_offline_in_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["check", str(corpus_draft(MD_WITH_TYPO)), "--format", "json"])
    report = json.loads(capsys.readouterr().out)["reports"][0]
    assert report["proofing"] == {"engine": report["proofing"]["engine"], "degraded": None}
    assert report["proofing"]["engine"].startswith("offline")
    spelling = [f for f in report["findings"] if f["rule"] == "spelling"]
    assert [f["excerpt"] for f in spelling] == ["intrested"]
    assert spelling[0]["suggestions"][0] == "interested"
