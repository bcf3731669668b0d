"""Readability figures that never touch the network.

textstat 0.7 counts English syllables with NLTK's CMU dictionary and downloads it on first
use. This module never calls those functions: syllables come from the hyphenation
dictionaries that pyphen (a textstat dependency) ships, and the textstat formulas used here
(Coleman–Liau, ARI) count letters and words only. `followup_lint.readability` is the only
place the project computes readability, so the rule holds everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")


@lru_cache(maxsize=1)
def _hyphenator():  # type: ignore[no-untyped-def]
    from pyphen import Pyphen

    return Pyphen(lang="en_US")


@lru_cache(maxsize=8192)
def syllables(word: str) -> int:
    """Syllables of one word, from hyphenation points plus vowel groups for short words."""
    lower = word.lower().strip("'’")
    if not lower:
        return 0
    by_hyphenation = len(_hyphenator().positions(lower)) + 1
    groups = len(re.findall(r"[aeiouy]+", lower))
    if lower.endswith("e") and not lower.endswith(("le", "ee", "ye")) and groups > 1:
        groups -= 1  # silent final e: "make", "hope"
    return max(1, by_hyphenation, groups if len(lower) <= 6 else 0)


@dataclass(frozen=True)
class Figures:
    """Readability of a passage: counts and US grade levels (higher is harder)."""

    words: int
    sentences: int
    syllables: int
    words_per_sentence: float
    flesch_kincaid_grade: float
    flesch_reading_ease: float
    coleman_liau_grade: float
    automated_readability_grade: float


def words_of(text: str) -> list[str]:
    """The words of a passage, as readability formulas count them."""
    return _WORD.findall(text)


def figures(text: str, sentences: int | None = None) -> Figures:
    """All the figures for `text`; pass `sentences` when a parser already counted them."""
    import textstat

    words = words_of(text)
    count = len(words)
    if sentences is None:
        sentences = max(1, len(_SENTENCE_END.findall(text.strip() + " ")))
    sentences = max(1, sentences)
    total = sum(syllables(w) for w in words)
    per_sentence = count / sentences if count else 0.0
    per_word = total / count if count else 0.0
    return Figures(
        words=count,
        sentences=sentences,
        syllables=total,
        words_per_sentence=round(per_sentence, 2),
        flesch_kincaid_grade=round(0.39 * per_sentence + 11.8 * per_word - 15.59, 2)
        if count
        else 0.0,
        flesch_reading_ease=round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 2)
        if count
        else 0.0,
        coleman_liau_grade=float(textstat.coleman_liau_index(text)) if count else 0.0,
        automated_readability_grade=float(textstat.automated_readability_index(text))
        if count
        else 0.0,
    )
