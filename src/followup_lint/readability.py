"""Readability figures that never touch the network.

textstat 0.7 counts English syllables with NLTK's CMU dictionary and downloads it on first
use. This module never calls those functions: syllables come from the hyphenation
dictionaries that pyphen (a textstat dependency) ships, and the textstat formulas used here
(Coleman–Liau, ARI) count letters and words only. `followup_lint.readability` is the only
place the project computes readability, so the rule holds everywhere.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")


@lru_cache(maxsize=1)
def _hyphenator():  # type: ignore[no-untyped-def]
    """pyphen's US English hyphenator. Parsing its pattern file takes about 0.1 s, so the
    parsed patterns are kept in the cache folder (by pyphen's version) and handed to pyphen's
    own dictionary cache; anything unexpected falls back to pyphen's normal loading."""
    import pyphen

    with contextlib.suppress(Exception):
        _preload_patterns(pyphen)
    return pyphen.Pyphen(lang="en_US")


def _preload_patterns(pyphen) -> None:  # type: ignore[no-untyped-def]
    from importlib.metadata import version

    from followup_lint.proofing.cache import cache_root, load_marshal, store_marshal

    path = pyphen.LANGUAGES[pyphen.language_fallback("en_US")]
    if path in pyphen.hdcache:
        return
    stored = cache_root() / "offline" / f"pyphen-{version('pyphen')}-en_US.marshal"
    patterns = load_marshal(stored)
    if not isinstance(patterns, dict) or not patterns:
        hyph = pyphen.HyphDict(path)
        if all(all(type(v) is int for v in values) for _, values in hyph.patterns.values()):
            store_marshal(stored, hyph.patterns)
        pyphen.hdcache[path] = hyph
        return
    hyph = pyphen.HyphDict.__new__(pyphen.HyphDict)
    hyph.patterns, hyph.cache = patterns, {}
    hyph.maxlen = max(len(key) for key in patterns)
    pyphen.hdcache[path] = hyph


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
    """Readability of a passage: counts and US grade levels (higher is harder).

    The letter-count grades come from textstat, imported only when one is asked for: importing
    textstat 0.7 imports NLTK (about 0.3 s), which a one-file `check` should not pay for a
    figure the rule does not read."""

    words: int
    sentences: int
    syllables: int
    words_per_sentence: float
    flesch_kincaid_grade: float
    flesch_reading_ease: float
    text: str = field(default="", repr=False, compare=False)

    @cached_property
    def coleman_liau_grade(self) -> float:
        """Coleman–Liau index (letters and sentences per 100 words), via textstat."""
        import textstat

        return float(textstat.coleman_liau_index(self.text)) if self.words else 0.0

    @cached_property
    def automated_readability_grade(self) -> float:
        """Automated Readability Index (characters per word, words per sentence), via textstat."""
        import textstat

        return float(textstat.automated_readability_index(self.text)) if self.words else 0.0


def words_of(text: str) -> list[str]:
    """The words of a passage, as readability formulas count them."""
    return _WORD.findall(text)


def figures(text: str, sentences: int | None = None) -> Figures:
    """All the figures for `text`; pass `sentences` when a parser already counted them."""
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
        text=text,
    )
