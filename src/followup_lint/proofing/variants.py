"""British and American spellings: both correct by default, an info finding when narrowed."""

from __future__ import annotations

import re
from functools import lru_cache

from followup_lint.proofing.model import ProofMatch

LANGUAGES = ("en", "en-US", "en-GB")
_WORD = re.compile(r"[^\W\d_]+")  # "organisation's" → "organisation", "'s"


@lru_cache(maxsize=1)
def _maps() -> tuple[dict[str, str], dict[str, str]]:
    """(British → American, American → British) from breame's tables."""
    from breame.data.spelling_constants import (
        AMERICAN_ENGLISH_SPELLINGS,
        BRITISH_ENGLISH_SPELLINGS,
    )

    return BRITISH_ENGLISH_SPELLINGS, AMERICAN_ENGLISH_SPELLINGS


def is_variant(word: str) -> bool:
    """Whether `word` is a recognised British or American spelling."""
    british, american = _maps()
    lower = word.lower()
    return lower in british or lower in american


def engine_language(language: str) -> str:
    """The variant an engine checks with: 'en' (both accepted) is checked as en-US."""
    return "en-GB" if language == "en-GB" else "en-US"


def _match_case(word: str, replacement: str) -> str:
    if word.isupper():
        return replacement.upper()
    if word[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def apply_variant_policy(text: str, matches: list[ProofMatch], language: str) -> list[ProofMatch]:
    """Drop 'misspellings' that are valid variants; when narrowed to one variant, report the
    other variant's spellings as `variant` matches with the local spelling as suggestion."""
    kept = [m for m in matches if not (m.kind == "spelling" and is_variant(text[m.offset : m.end]))]
    if language not in ("en-US", "en-GB"):
        return kept
    british, american = _maps()
    foreign = british if language == "en-US" else american
    local = "American" if language == "en-US" else "British"
    taken = {(m.offset, m.end) for m in kept}
    for found in _WORD.finditer(text):
        word = found.group()
        target = foreign.get(word.lower())
        if target is None or (found.start(), found.end()) in taken:
            continue
        kept.append(
            ProofMatch(
                offset=found.start(),
                length=len(word),
                kind="variant",
                rule_id=f"VARIANT_{language.replace('-', '_').upper()}",
                message=f"'{word}' is not the {local} spelling.",
                replacements=(_match_case(word, target),),
                category="VARIANT",
            )
        )
    return sorted(kept, key=lambda m: (m.offset, m.length))
