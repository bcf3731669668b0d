"""The collector runs less often while drafts are linted, and the caller's settings come back."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from followup_lint import Linter
from followup_lint.collector import YOUNG_THRESHOLD, fewer_collections
from tests.conftest import corpus_draft


@pytest.fixture
def default_thresholds() -> Iterator[tuple[int, int, int]]:
    """CPython's default thresholds for the test, the session's own put back after."""
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield (700, 10, 10)
    gc.set_threshold(*before)


def test_linting_raises_the_young_threshold_and_restores_it(
    linter: Linter, default_thresholds: tuple[int, int, int]
) -> None:
    stream = linter.lint_many(
        [corpus_draft("thank-you/account-executive-ultimatum.txt").read_text()]
    )
    next(stream)
    assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
    assert list(stream) == []
    assert gc.get_threshold() == default_thresholds


def test_an_abandoned_stream_restores_the_threshold_when_closed(
    linter: Linter, default_thresholds: tuple[int, int, int]
) -> None:
    text = corpus_draft("thank-you/account-executive-ultimatum.txt").read_text()
    stream = linter.lint_many([text, text])
    next(stream)
    stream.close()
    assert gc.get_threshold() == default_thresholds


def test_a_collector_switched_off_or_already_raised_is_left_alone() -> None:
    before = gc.get_threshold()
    try:
        for setting in [(0, 10, 10), (50_000, 10, 10)]:
            gc.set_threshold(*setting)
            with fewer_collections():
                assert gc.get_threshold() == setting
            assert gc.get_threshold() == setting
    finally:
        gc.set_threshold(*before)


def test_a_change_made_meanwhile_is_kept(default_thresholds: tuple[int, int, int]) -> None:
    with fewer_collections():
        gc.set_threshold(5_000, 10, 10)  # the caller tuned it while the stream was open
    assert gc.get_threshold() == (5_000, 10, 10)
