"""What the writer knows better than a dictionary: names, entities, addresses, their own words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from followup_lint.draft.parts import formula_words
from followup_lint.proofing.model import ProofMatch

if TYPE_CHECKING:
    from followup_lint.annotated import Draft

WORDS_FILE = ".followup-lint-words"
_ADDRESS = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|(?:https?://|www\.)\S+"  # URL
    r"|\b[\w-]+\.(?:com|org|net|io|co|dev|ai|app|edu|gov|uk|example)(?:/\S*)?\b"  # bare domain
    r"|\+?\(?\d[\d\s().-]{6,}\d"  # phone number
    r"|[@#]\w+",  # handle or tag
    re.IGNORECASE,
)
_FORMULA_WORDS = formula_words()
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "PRODUCT", "NORP", "FAC", "WORK_OF_ART"})


def read_word_list(path: Path) -> frozenset[str]:
    """A personal word list: one word per line, '#' starts a comment."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(w.strip().lower() for line in lines if (w := line.split("#", 1)[0].strip()))


@dataclass(frozen=True)
class Exemptions:
    """Words and ranges of one draft that spelling matches may not touch."""

    words: frozenset[str]
    ranges: tuple[tuple[int, int], ...]
    #: Greeting and closing lines: formulas often in another language ("Kia ora", "Le meas").
    formulas: tuple[tuple[int, int], ...] = ()

    def covers(self, match: ProofMatch, text: str) -> bool:
        """Whether a spelling match falls on an exempt word or inside an exempt range; in a
        greeting or closing, unless the correction is a word such formulas are made of
        ("Sincerly" → "Sincerely" is a slip, "meas" → "means" is Irish)."""
        word = text[match.offset : match.end].lower().strip(".'’")
        if word in self.words:
            return True
        if any(start <= match.offset and match.end <= end for start, end in self.ranges):
            return True
        inside = any(start <= match.offset and match.end <= end for start, end in self.formulas)
        return inside and not any(r.lower() in _FORMULA_WORDS for r in match.replacements)


def _split(names: Iterable[str | None]) -> set[str]:
    out: set[str] = set()
    for name in names:
        for part in re.split(r"[\s/–—-]+", name or ""):
            part = part.strip(".,()'’").lower()
            if part:
                out.add(part)
    return out


def exemptions_for(draft: Draft, personal: frozenset[str]) -> Exemptions:
    """Context names, the sender, entities spaCy finds, capitalised words inside a sentence,
    addresses, URLs, phone numbers, and the personal word list."""
    context = draft.context
    words = _split([*context.interviewers, context.company, context.position, context.sender])
    words |= personal
    ranges: list[tuple[int, int]] = [(m.start(), m.end()) for m in _ADDRESS.finditer(draft.text)]
    for ent in draft.doc.ents:
        if ent.label_ in _NAME_ENTITIES:
            ranges.append((ent.start_char, ent.end_char))
    signature = draft.parts.signature
    if signature is not None:
        ranges.append((signature.start, signature.end))  # names, titles, street names
    doc = draft.doc
    if len(doc):
        from spacy.attrs import POS
        from spacy.symbols import PROPN

        for i, pos in enumerate(doc.to_array(POS).tolist()):  # a Token for proper nouns only
            if pos == PROPN:
                token = doc[i]
                if token.text[:1].isupper() and not token.is_sent_start:
                    ranges.append((token.idx, token.idx + len(token.text)))
    parts = draft.parts
    formulas = tuple((r.start, r.end) for r in (parts.greeting, parts.closing) if r is not None)
    return Exemptions(frozenset(words), tuple(ranges), formulas)


def filter_spelling(
    text: str, matches: list[ProofMatch], exemptions: Exemptions
) -> list[ProofMatch]:
    """Spelling matches minus the exempt ones; grammar and variant matches pass through."""
    return [m for m in matches if m.kind != "spelling" or not exemptions.covers(m, text)]
