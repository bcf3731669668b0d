"""Parsed TOML and dictionary tables kept on disk: served when unchanged, rebuilt otherwise."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from followup_lint import toml_cache
from followup_lint.proofing import offline
from followup_lint.rulepacks import builtin_rules_dir


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWUP_LINT_CACHE_DIR", str(tmp_path))
    return tmp_path / toml_cache.FOLDER


def test_a_pack_is_parsed_once_then_read_back_unchanged(cache_dir: Path) -> None:
    text = (builtin_rules_dir() / "tone" / "slang.toml").read_text(encoding="utf-8")
    first = toml_cache.loads(text)
    assert len(list(cache_dir.iterdir())) == 1
    assert toml_cache.loads(text) == first == tomllib.loads(text)


def test_an_edited_text_is_a_new_entry(cache_dir: Path) -> None:
    toml_cache.loads('a = "one"\n')
    assert toml_cache.loads('a = "two"\n') == {"a": "two"}
    assert len(list(cache_dir.iterdir())) == 2


def test_a_corrupt_entry_is_parsed_again(cache_dir: Path) -> None:
    toml_cache.loads("a = 1\n")
    (entry,) = cache_dir.iterdir()
    entry.write_bytes(b"\x00garbage")
    assert toml_cache.loads("a = 1\n") == {"a": 1}


def test_invalid_toml_still_raises_and_is_not_cached(cache_dir: Path) -> None:
    with pytest.raises(tomllib.TOMLDecodeError):
        toml_cache.loads("a = \n")
    assert not cache_dir.exists() or not list(cache_dir.iterdir())


def test_dates_that_marshal_cannot_store_are_parsed_every_time(cache_dir: Path) -> None:
    assert str(toml_cache.loads("d = 2026-11-22\n")["d"]) == "2026-11-22"


def test_the_offline_dictionary_tables_come_back_identical_from_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_LINT_CACHE_DIR", str(tmp_path))
    offline._shared_tables.cache_clear()
    try:
        built = offline._shared_tables()
        assert list((tmp_path / "offline").glob("tables-*.marshal"))
        offline._shared_tables.cache_clear()
        assert offline._shared_tables() == built
    finally:
        offline._shared_tables.cache_clear()
