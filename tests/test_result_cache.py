"""The report cache: an unchanged folder re-runs without spaCy, and any change is a miss."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup_lint import result_cache
from followup_lint.cli import main
from followup_lint.config import find_config
from followup_lint.linter import Linter
from followup_lint.rulepacks import _load_cached, builtin_rules_dir
from tests.conftest import CORPUS

DRAFTS = (
    "admin-assistant-pls-too-short.txt",
    "account-executive-ultimatum.txt",
    "b2-assistant-coach-reckon-heaps.txt",
)


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FOLLOWUP_LINT_CACHE_DIR", str(folder))
    monkeypatch.setenv("FOLLOWUP_LINT_TODAY", "2026-11-22")
    find_config.cache_clear()
    _load_cached.cache_clear()
    yield folder
    find_config.cache_clear()
    _load_cached.cache_clear()


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for name in DRAFTS:
        shutil.copy(CORPUS / "thank-you" / name, folder / name)
    return folder


def entries(cache_dir: Path) -> dict[Path, str]:
    folder = cache_dir / "results"
    return {p: p.read_text(encoding="utf-8") for p in folder.rglob("*.json")}


def check(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    main(["check", *argv, "--format", "json"])
    out, _ = capsys.readouterr()
    return out


def forbid_linting(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("linted although every draft should be a cache hit")

    monkeypatch.setattr(Linter, "lint_many", fail)


def test_a_second_run_is_served_from_the_cache_with_identical_output(
    drafts: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    first = check(capsys, str(drafts))
    assert len(entries(cache_dir)) == len(DRAFTS)
    forbid_linting(monkeypatch)
    second = check(capsys, str(drafts))
    assert second == first
    paths = [r["path"] for r in json.loads(second)["reports"]]
    assert paths == [str(drafts / name) for name in sorted(DRAFTS)]
    for text in entries(cache_dir).values():
        assert json.loads(text)["path"] is None  # stored without the path


def test_the_cached_run_does_not_import_spacy(drafts: Path, cache_dir: Path) -> None:
    probe = (
        "import sys\n"
        "from followup_lint import cli\n"
        f"cli.main(['check', {str(drafts)!r}, '--format', 'json'])\n"
        "print('SPACY', 'spacy' in sys.modules)\n"
    )
    env = {**os.environ, "FOLLOWUP_LINT_CACHE_DIR": str(cache_dir)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
        )
        for _ in range(2)
    ]
    assert runs[0].stdout.rstrip().endswith("SPACY True"), runs[0].stderr
    assert runs[1].stdout.rstrip().endswith("SPACY False"), runs[1].stderr
    assert runs[0].stdout.replace("True", "") == runs[1].stdout.replace("False", "")


def assert_miss(before: dict[Path, str], cache_dir: Path) -> None:
    assert set(entries(cache_dir)) - set(before), "the change should have been a cache miss"


def test_editing_the_draft_is_a_miss(
    drafts: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = drafts / DRAFTS[0]
    first = check(capsys, str(draft))
    before = entries(cache_dir)
    draft.write_text(draft.read_text(encoding="utf-8").replace("Pls", "Please"), encoding="utf-8")
    second = check(capsys, str(draft))
    assert_miss(before, cache_dir)
    assert second != first


def test_a_sidecar_or_front_matter_change_is_a_miss(
    drafts: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = drafts / DRAFTS[1]
    check(capsys, str(draft))
    before = entries(cache_dir)
    (drafts / (draft.stem + ".context.toml")).write_text(
        'sender = "Someone Else"\n', encoding="utf-8"
    )
    check(capsys, str(draft))
    assert_miss(before, cache_dir)
    before = entries(cache_dir)
    text = draft.read_text(encoding="utf-8")
    draft.write_text(text.replace("interview_date: 2026-11-11", "interview_date: 2026-11-02"))
    changed = check(capsys, str(draft))
    assert_miss(before, cache_dir)
    assert changed != ""


def test_a_command_line_context_flag_is_a_miss(
    drafts: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = str(drafts / DRAFTS[1])
    first = check(capsys, draft)
    before = entries(cache_dir)
    second = check(capsys, draft, "--interviewer", "Someone Else")
    assert_miss(before, cache_dir)
    assert second != first


def test_a_config_change_is_a_miss(
    drafts: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = str(drafts / DRAFTS[0])
    first = check(capsys, draft)
    before = entries(cache_dir)
    selected = check(capsys, draft, "--select", "content")
    assert_miss(before, cache_dir)
    assert selected != first

    before = entries(cache_dir)
    (drafts / ".followup-lint.toml").write_text('[severity]\nslang = "info"\n', encoding="utf-8")
    find_config.cache_clear()
    relaxed = check(capsys, draft)
    assert_miss(before, cache_dir)
    assert relaxed != first
    assert '"severity":"info"' in relaxed.replace(" ", "")


def test_a_different_package_version_is_a_miss(
    drafts: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    draft = str(drafts / DRAFTS[0])
    check(capsys, draft)
    before = entries(cache_dir)
    monkeypatch.setattr(result_cache, "package_version", lambda: "99.0.0")
    check(capsys, draft)
    assert_miss(before, cache_dir)


def test_the_key_covers_every_ingredient(drafts: Path) -> None:
    from followup_lint.draft import read_draft
    from followup_lint.models import Context

    draft = read_draft(drafts / DRAFTS[0])
    base = result_cache.result_key(draft, None, "{}", "rules", "1.0")
    assert result_cache.result_key(draft, None, "{}", "rules", "1.0") == base
    variants = {
        result_cache.result_key(draft, None, "{}", "rules", "1.1"),
        result_cache.result_key(draft, None, '{"select":["content"]}', "rules", "1.0"),
        result_cache.result_key(draft, None, "{}", "other-rules", "1.0"),
        result_cache.result_key(draft, Context(position="Clerk"), "{}", "rules", "1.0"),
    }
    assert base not in variants and len(variants) == 4


def test_a_changed_rule_pack_is_a_miss(
    drafts: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packs = drafts.parent / "packs"
    packs.mkdir()
    slang = packs / "slang.toml"
    shutil.copy(builtin_rules_dir() / "tone" / "slang.toml", slang)
    (drafts / ".followup-lint.toml").write_text('rule-packs = ["../packs"]\n', encoding="utf-8")
    draft = str(drafts / DRAFTS[0])
    first = check(capsys, draft)
    assert "text-speak for 'please'" in first
    before = entries(cache_dir)
    slang.write_text(
        slang.read_text(encoding="utf-8").replace("text-speak for 'please'", "short for 'please'"),
        encoding="utf-8",
    )
    _load_cached.cache_clear()
    check(capsys, draft)
    assert_miss(before, cache_dir)  # (in-process, the loaded pipeline may keep the old matchers)


def test_no_cache_neither_reads_nor_writes(
    drafts: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = str(drafts / DRAFTS[0])
    uncached = check(capsys, draft, "--no-cache")
    assert not entries(cache_dir)
    check(capsys, draft)
    (entry,) = entries(cache_dir)
    poisoned = json.loads(entry.read_text(encoding="utf-8"))
    poisoned["score"] = 1
    entry.write_text(json.dumps(poisoned), encoding="utf-8")
    assert check(capsys, draft, "--no-cache") == uncached
    assert json.loads(entry.read_text(encoding="utf-8"))["score"] == 1  # not rewritten
    assert '"score": 1,' in check(capsys, draft)  # (the poisoned entry is what a hit serves)


def test_a_corrupt_entry_is_ignored_and_replaced(
    drafts: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = str(drafts / DRAFTS[0])
    first = check(capsys, draft)
    (entry,) = entries(cache_dir)
    entry.write_text('{"score": "not a report', encoding="utf-8")
    assert check(capsys, draft) == first
    assert json.loads(entry.read_text(encoding="utf-8"))["path"] is None


def test_stdin_is_never_cached(
    drafts: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    import io

    data = (drafts / DRAFTS[0]).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    check(capsys, "-")
    assert not entries(cache_dir)
