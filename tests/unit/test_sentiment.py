"""The VADER valence lexicon, read as data only: word -> mean human rating (-4 to +4)."""

from __future__ import annotations

import sys
import time

import pytest

from followup_lint import sentiment


def test_lines_become_word_valences_without_emoticons() -> None:
    text = (
        ":-(\t-1.9\t0.9\t[-2, -2]\n"
        "%)\t-0.4\t1.0\t[-1, 0]\n"
        "clueless\t-1.5\t0.5\t[-1, -2]\n"
        "Fed-up\t-1.8\t0.6\t[-2, -2]\n"
        "can't\t-0.5\t0.5\t[0, -1]\n"
    )
    assert sentiment.parse(text) == {"clueless": -1.5, "fed-up": -1.8, "can't": -0.5}


@pytest.mark.parametrize(
    ("word", "negative"),
    [
        ("shambolic", False),  # not rated: no opinion, not a guess
        ("cruel", True),
        ("pitiful", True),
        ("agonising", True),  # British spelling, rated in its own right
        ("stressful", True),
        ("sorry", False),  # mildly negative only: sympathy, apologies
        ("tough", False),
        ("excellent", False),
    ],
)
def test_is_negative_at_a_threshold(word: str, negative: bool) -> None:
    assert sentiment.is_negative(word, -1.0) is negative


def test_unknown_words_are_neutral() -> None:
    assert sentiment.valence("followup-lint") == 0.0


def test_a_token_takes_the_more_negative_of_form_and_lemma() -> None:
    assert sentiment.token_valence("disappointing", "disappoint") == pytest.approx(-2.2)


def test_loads_once_quickly_and_without_the_vader_module() -> None:
    sentiment.lexicon.cache_clear()
    start = time.perf_counter()
    table = sentiment.lexicon()
    elapsed = time.perf_counter() - start
    assert len(table) > 7000
    assert sentiment.lexicon() is table  # cached for the process
    assert "vaderSentiment.vaderSentiment" not in sys.modules  # it would import requests
    assert elapsed < 0.5  # a few milliseconds; generous for a loaded machine
