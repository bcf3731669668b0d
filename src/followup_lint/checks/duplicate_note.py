"""Rule `duplicate-note`: one body sent to several interviewers of a panel.

Guides insist each interviewer gets a note of their own. Within one run, drafts for the same
company and position addressed to different interviewers are compared on their body words,
with the greeting, closing and signature left out and every interviewer's name and the
third-person pronouns masked, so that swapping "Dear Raj" for "Dear Ana" (or "as Raj said"
for "as Ana said") does not make two copies differ. Similarity is the larger of the share of
three-word runs in common and difflib's ratio over the word sequences: moving paragraphs
around or changing a few words keeps it high, a paragraph written for one person lowers it.
Drafts to the same person (two versions of one note) are never a pair.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from followup_lint.checks.base import RunCheck, RunHit
from followup_lint.models import Span

if TYPE_CHECKING:
    from followup_lint.draft import ParsedDraft
    from followup_lint.models import Context

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NAME = "\0name"
_PRONOUN = "\0pronoun"
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam"})


@dataclass(frozen=True, slots=True)
class PanelNote:
    """What the comparison keeps of one draft: who it is for, and its masked body words."""

    path: str
    application: tuple[str, str]
    interviewers: frozenset[str]
    names: frozenset[str]
    addressee: str
    words: tuple[str, ...]
    span: Span
    excerpt: str


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def body_words(text: str, pronouns: frozenset[str]) -> tuple[str, ...]:
    """The words of `text`, case-folded, possessive 's dropped, pronouns replaced by a marker."""
    words = []
    for match in _WORD.finditer(text):
        word = match.group().casefold().replace("’", "'").removesuffix("'s")
        words.append(_PRONOUN if word in pronouns else word)
    return tuple(words)


def name_parts(names: Sequence[str]) -> frozenset[str]:
    """The case-folded words of people's names, titles left out ('Dr. Ana Souza' → ana, souza)."""
    return frozenset(
        part.casefold()
        for name in names
        for part in _WORD.findall(name)
        if part.casefold() not in _TITLES
    )


def masked(words: tuple[str, ...], names: frozenset[str]) -> tuple[str, ...]:
    """`words` with every name part replaced by one marker."""
    return tuple(_NAME if word in names else word for word in words)


class DuplicateNote(RunCheck):
    """Pairs of near-identical bodies to different interviewers of one application."""

    id = "duplicate-note"
    message_keys = frozenset({"duplicate"})

    def note(self, draft: ParsedDraft, context: Context) -> PanelNote | None:
        interviewers = [name for name in context.interviewers if name.strip()]
        if not (context.company and context.position and interviewers and draft.path):
            return None
        body = draft.parts.body
        if body is None:
            return None
        text = " ".join(draft.excerpt(p) for p in draft.parts.paragraphs)
        words = body_words(text, self.term_set("pronouns"))
        if len(words) < self.settings["min_words"]:
            return None
        span = draft.offsets.span(body.start, body.end)
        first_line = draft.excerpt(draft.parts.paragraphs[0]).split("\n")[0]
        return PanelNote(
            path=draft.path,
            application=(_normal(context.company), _normal(context.position)),
            interviewers=frozenset(_normal(name) for name in interviewers),
            names=name_parts(interviewers),
            addressee=interviewers[0],
            words=words,
            span=span,
            excerpt=first_line,
        )

    def compare(self, notes: Sequence[tuple[int, PanelNote]]) -> Iterator[RunHit]:
        threshold = self.settings["threshold"]
        panels: dict[tuple[str, str], list[tuple[int, PanelNote]]] = defaultdict(list)
        for index, note in notes:
            panels[note.application].append((index, note))
        for members in panels.values():
            # every panel member's name is masked in every note: the note to Ana may thank
            # Raj for the tour where the note to Raj thanks Ana
            names = frozenset().union(*(note.names for _, note in members))
            words = {index: masked(note.words, names) for index, note in members}
            for (i, a), (j, b) in combinations(members, 2):
                if a.interviewers & b.interviewers:
                    continue  # two versions of one person's note, not a panel
                similarity = _similarity(words[i], words[j], threshold)
                if similarity is None:
                    continue
                yield self._hit(i, a, b, similarity)
                yield self._hit(j, b, a, similarity)

    def _hit(self, index: int, note: PanelNote, twin: PanelNote, similarity: float) -> RunHit:
        message = self.pack.message("duplicate").format(
            twin=twin.path,
            twin_interviewer=twin.addressee,
            interviewer=note.addressee,
            similarity=f"{similarity:.0%}",
        )
        return RunHit(index, note.span, note.excerpt, "duplicate", message)


def _similarity(a: tuple[str, ...], b: tuple[str, ...], threshold: float) -> float | None:
    """How alike two bodies are, when it reaches `threshold`, else None.

    The larger of two measures: the share of three-word runs the bodies have in common
    (blind to paragraphs or sentences moved around) and difflib's ratio of the word sequences
    (forgiving of single words changed, which break three runs each). difflib's cheap upper
    bounds are tried first, so unrelated notes cost little."""
    shared = _shared_trigrams(a, b)
    if shared >= threshold:
        return shared
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        return None
    ratio = matcher.ratio()
    return ratio if ratio >= threshold else None


def _shared_trigrams(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Dice coefficient of the two bodies' multisets of three-word runs."""
    grams_a = Counter(zip(a, a[1:], a[2:], strict=False))
    grams_b = Counter(zip(b, b[1:], b[2:], strict=False))
    total = sum(grams_a.values()) + sum(grams_b.values())
    return 2 * sum((grams_a & grams_b).values()) / total if total else 0.0
