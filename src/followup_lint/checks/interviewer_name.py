"""Rule `interviewer-name`: greet the interviewer by name, spelt as in the context."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.draft.model import TextRange

if TYPE_CHECKING:
    from followup_lint.annotated import Draft

_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W\d_])?\.?", re.UNICODE)


_NOT_PEOPLE = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP", "PRODUCT", "EVENT"})


@lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """Lower-case and strip accents and trailing dots, so 'José.' compares equal to 'jose'."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.lower().strip(".").replace("’", "'")


def similarity(a: str, b: str) -> float:
    """How alike two folded names are, 0–1."""
    return SequenceMatcher(None, fold(a), fold(b)).ratio()


class InterviewerName(Check):
    """The greeting must name the interviewer (any panel member), spelt as in the context."""

    id = "interviewer-name"
    needs = frozenset({"ner"})  # places and organisations are never misspelt names
    message_keys = frozenset(
        {"missing", "missing-known", "generic", "generic-known", "misspelt", "other-person"}
    )

    def run(self, draft: Draft) -> Iterator[Hit]:
        greeting = draft.parts.greeting
        interviewers = draft.context.interviewers
        name = interviewers[0] if interviewers else None
        if greeting is None:
            if name:
                first = name.split()[0]
                yield self.hit(
                    "missing-known",
                    draft.first_sentence_range(),
                    name=first,
                    suggestions=[f"Dear {first},"],
                )
            else:
                yield self.hit("missing", draft.first_sentence_range())
            return
        yield from self._check_greeting(draft, greeting)
        yield from self._check_mentions(draft, greeting)

    # -- the greeting ------------------------------------------------------------------
    def _addressee_words(self, draft: Draft, greeting: TextRange) -> list[tuple[str, int]]:
        """Words of the greeting after the salutation, with their analysis offsets."""
        text = draft.text[greeting.start : greeting.end]
        lowered = text.lower()
        skip = 0
        for salutation in sorted(self.term_set("salutations"), key=len, reverse=True):
            if lowered.startswith(salutation) and (
                len(lowered) == len(salutation) or not lowered[len(salutation)].isalpha()
            ):
                skip = len(salutation)
                break
        return [
            (m.group(), greeting.start + m.start())
            for m in _WORD.finditer(text)
            if m.start() >= skip
        ]

    def _check_greeting(self, draft: Draft, greeting: TextRange) -> Iterator[Hit]:
        words = self._addressee_words(draft, greeting)
        titles = self.term_set("titles")
        generic = self.term_set("generic") | self.term_set("connectors")
        names = [(w, at) for w, at in words if fold(w) not in titles and fold(w) not in generic]
        greeting_text = draft.text[greeting.start : greeting.end].strip()
        interviewers = draft.context.interviewers
        if not names:
            if interviewers:
                first = interviewers[0].split()[0]
                yield self.hit(
                    "generic-known",
                    greeting,
                    greeting=greeting_text,
                    name=interviewers[0],
                    suggestions=[f"Dear {first},"],
                )
            else:
                yield self.hit("generic", greeting, greeting=greeting_text)
            return
        if not interviewers:
            return
        parts = {fold(p) for person in interviewers for p in person.split() if fold(p)}
        if any(fold(word) in parts for word, _ in names):
            return
        yield self._mismatch(names, interviewers)

    def _mismatch(self, names: list[tuple[str, int]], interviewers: tuple[str, ...]) -> Hit:
        """The greeted name is no interviewer's: a misspelling if close, else another person."""
        best = (0.0, "", "", 0)
        for word, at in names:
            for person in interviewers:
                for part in person.split():
                    score = similarity(word, part)
                    if score > best[0]:
                        best = (score, word, part, at)
        score, found, expected, at = best
        rng = TextRange(at, at + len(found.rstrip(".")))
        if score >= float(self.settings["misspelling_similarity"]):
            return self.hit("misspelt", rng, found=found, expected=expected, suggestions=[expected])
        words = " ".join(w for w, _ in names)
        start = names[0][1]
        end = names[-1][1] + len(names[-1][0].rstrip("."))
        first_names = [p.split()[0] for p in interviewers]
        return self.hit(
            "other-person",
            TextRange(start, end),
            found=words,
            expected=" or ".join(interviewers),
            suggestions=first_names,
        )

    # -- the name elsewhere ------------------------------------------------------------
    def _check_mentions(self, draft: Draft, greeting: TextRange) -> Iterator[Hit]:
        """A near-miss of an interviewer's name in the prose ('Thank you, Sara,') is a typo."""
        interviewers = draft.context.interviewers
        if not interviewers:
            return
        # a three-letter name ('Raj', 'Thị') is one edit from too many words to judge a typo
        parts = [p.strip(".") for person in interviewers for p in person.split() if len(p) > 3]
        known = {fold(p) for p in parts}
        for other in (draft.context.company, draft.context.position, draft.context.sender):
            known.update(fold(w) for w in (other or "").split())
        threshold = max(0.8, float(self.settings["misspelling_similarity"]))
        for token in draft.doc:
            if token.idx < greeting.end or not token.text[:1].isupper() or len(token.text) < 3:
                continue
            if draft.part_name(token.idx) == "signature" or fold(token.text) in known:
                continue
            if token.ent_type_ in _NOT_PEOPLE:
                continue  # a place or an organisation ('Thái Bình'), not a misspelt name
            if token.is_stop:
                continue  # 'The offer…' is a word, not a slip for 'Theo'
            for part in parts:
                if (
                    fold(token.text)[0] == fold(part)[0]
                    and similarity(token.text, part) >= threshold
                ):
                    yield self.hit(
                        "misspelt",
                        TextRange(token.idx, token.idx + len(token.text)),
                        found=token.text,
                        expected=part,
                        suggestions=[part],
                    )
                    break
