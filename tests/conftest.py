"""Shared fixtures: one linter per session, the labelled corpus, and a --update-golden option."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup_lint import Linter
from followup_lint.evaluation import LabelledDraft, load_labels

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
# panels/ holds the folders of duplicate-note (labelled for that rule only)
DEV_LABELS = (*sorted(CORPUS.glob("labels*.toml")), CORPUS / "panels" / "labels.toml")
HOLDOUT_LABELS = (
    *sorted((CORPUS / "holdout").glob("labels*.toml")),
    CORPUS / "holdout" / "panels" / "labels.toml",
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden from current output"
    )


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep the suite's result and proofreading caches out of the user's cache folder (also
    for subprocesses), so no test is served an entry written by an earlier run."""
    folder = tmp_path_factory.mktemp("cache")
    previous = os.environ.get("FOLLOWUP_LINT_CACHE_DIR")
    os.environ["FOLLOWUP_LINT_CACHE_DIR"] = str(folder)
    yield folder
    if previous is None:
        del os.environ["FOLLOWUP_LINT_CACHE_DIR"]
    else:
        os.environ["FOLLOWUP_LINT_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def linter() -> Linter:
    """The default linter; the spaCy pipeline loads once for the whole session."""
    return Linter()


def labelled_corpus(split: str = "dev") -> list[tuple[Path, LabelledDraft]]:
    """Labelled drafts: 'dev' (tuning set), 'holdout', or 'all'."""
    files = {
        "dev": DEV_LABELS,
        "holdout": HOLDOUT_LABELS,
        "all": DEV_LABELS + HOLDOUT_LABELS,
    }[split]
    return [item for f in files for item in load_labels(f)]


def corpus_draft(name: str) -> Path:
    """A corpus draft by its path under corpus/ (must exist)."""
    path = CORPUS / name
    assert path.exists(), f"corpus draft {name} is missing"
    return path
