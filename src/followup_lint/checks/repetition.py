"""Rule `repetition`: the same point made twice, or one content word used so often it grates."""

from __future__ import annotations

import difflib
import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.draft.model import TextRange
from followup_lint.proofing.grammar_text import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from followup_lint.annotated import Draft

_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM"})
_COUNTED = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


@dataclass(frozen=True, slots=True)
class _Sentence:
    span: Span
    lemmas: frozenset[str]
    runs: frozenset[tuple[str, ...]]
    forms: tuple[str, ...]
    verbs: tuple[bool, ...]  # which of the forms are verbs


class Repetition(Check):
    """Two body sentences sharing most of their content lemmas, or a run of words with
    several content words in it, make the same point twice (the later one is reported). A
    content lemma used at least `overuse_count` times (more in long notes, one more for nouns),
    outside names and the context's words, is overused (its last use is reported)."""

    id = "repetition"
    message_keys = frozenset({"repeated-point", "overused-word"})
    needs = frozenset({"lemmatizer", "pos", "ner", "sentences"})

    def run(self, draft: Draft) -> Iterator[Hit]:
        sentences = list(draft.sentences_in(draft.parts.paragraphs))
        yield from self._repeated_points(sentences)
        yield from self._overused_words(draft, sentences)

    # -- the same point twice -------------------------------------------------------------------
    def _repeated_points(self, sentences: list[Span]) -> Iterator[Hit]:
        run_length = self.settings["shared_run_words"]
        seen: list[_Sentence] = []
        for sent in sentences:
            if _labelled_field(sent):
                continue  # '- Offer received: 19 NOV, in writing': a record, not a point
            current = self._describe(sent, run_length)
            earlier = next((e for e in seen if self._same_point(e, current)), None)
            seen.append(current)
            if earlier is not None:
                yield self.hit(
                    "repeated-point",
                    _trimmed(sent),
                    earlier=_excerpt(earlier.span.text, self.settings["excerpt_chars"]),
                )

    def _describe(self, sent: Span, run_length: int) -> _Sentence:
        ignored = self.term_set("ignored-lemmas")
        lemmas: set[str] = set()
        forms: list[str] = []  # the words, punctuation and spaces left out
        content: list[int] = []  # 1 for each content word among them
        verbs: list[bool] = []
        for t in sent:
            alpha, number = t.is_alpha, t.like_num
            is_content = t.pos_ in _CONTENT and not t.is_stop
            if ((is_content and alpha) or number) and not _when(t):
                lemma = t.lemma_.lower()
                if lemma not in ignored:
                    lemmas.add(lemma)
            if not (t.is_punct or t.is_space):
                forms.append(t.lower_)
                content.append(1 if is_content and (alpha or number) else 0)
                verbs.append(t.pos_ in ("VERB", "AUX"))
        runs = frozenset(
            tuple(forms[i : i + run_length])
            for i in range(len(forms) - run_length + 1)
            if sum(content[i : i + run_length]) >= 2
        )
        return _Sentence(sent, frozenset(lemmas), runs, tuple(forms), tuple(verbs))

    def _same_point(self, earlier: _Sentence, later: _Sentence) -> bool:
        """Most content lemmas shared, or a shared run of words backed by some overlap."""
        if not earlier.lemmas or not later.lemmas:
            return False
        shared = earlier.lemmas & later.lemmas
        overlap = len(shared) / min(len(earlier.lemmas), len(later.lemmas))
        if len(shared) >= self.settings["min_shared_lemmas"] and (
            overlap >= self.settings["near_duplicate_overlap"]
        ):
            return True
        runs = earlier.runs & later.runs
        if not runs or overlap < self.settings["run_overlap"]:
            return False
        # When the run is all they share, it must be a clause said again, verb and all
        # ('there is any update on my application'), not a stock phrase ('on the status of my
        # application by' in a follow-up told and in the request after it) or a short
        # condition ('if there is a second round').
        in_runs = {word for run in runs for word in run}
        if shared - in_runs:
            return True
        return _shared_clause(earlier, later) >= self.settings["clause_run_words"]

    # -- one word too often ---------------------------------------------------------------------
    def _common(self, lemma: str) -> bool:
        """One of the commonest words of English, whose repetition does not grate."""
        from followup_lint.proofing.offline import word_frequency

        count = word_frequency(lemma.split(" ")[0])
        return count is not None and count > self.settings["common_word_frequency"]

    def _overused_words(self, draft: Draft, sentences: list[Span]) -> Iterator[Hit]:
        excluded = self.term_set("ignored-lemmas") | _context_words(draft)
        names = self.term_set("name-entities")
        # 'works' the noun (construction works) and 'work' the verb are different words
        uses: dict[tuple[str, bool], list[Token]] = defaultdict(list)
        words = 0
        for sent in sentences:
            for token in sent:
                if not token.is_alpha:
                    continue
                words += 1
                if token.pos_ not in _COUNTED or token.is_stop:
                    continue
                lemma = _lexeme(token)
                if (
                    token.ent_type_.lower() not in names
                    and lemma not in excluded
                    and token.lemma_.lower() not in excluded
                    and token.lower_ not in excluded
                ):
                    uses[lemma, token.pos_ == "NOUN"].append(token)
        base = self.settings["overuse_count"]
        scale = self.settings["overuse_words"]
        threshold = max(base, math.ceil(base * words / scale))
        for (lemma, noun), tokens in uses.items():
            if len(tokens) < threshold or self._common(lemma):
                continue
            needed = threshold + (self.settings["noun_extra"] if noun else 0)
            if len(tokens) < needed:
                continue
            last = tokens[-1]
            yield self.hit(
                "overused-word",
                TextRange(last.idx, last.idx + len(last.text)),
                word=lemma,
                count=len(tokens),
                words=words,
            )


#: Dates and times are when, not what: 'by 17 March 2026' twice is no point made twice.
_WHEN = frozenset({"DATE", "TIME"})


#: Calendar words the entity tagger may miss in capitals ('30 SEP', '1700 CST, Wednesday').
_CALENDAR = words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
)
#: Time zones written after a clock time.
_ZONES = words("cst cdt est edt pst pdt mst mdt gmt bst utc cet cest aest awst nzst")


def _when(token: Token) -> bool:
    """A date or time: tagged so, a calendar word, or a number beside one ('30 SEP', '1700
    CST')."""
    if token.ent_type_ in _WHEN:
        return True
    lower = token.lower_.rstrip(".")
    if lower in _ZONES or (lower in _CALENDAR and lower != "may"):
        return True
    if not token.like_num:
        return False
    doc = token.doc
    beside = [doc[k] for k in (token.i - 1, token.i + 1) if 0 <= k < len(doc)]
    return any(b.lower_.rstrip(".") in _CALENDAR | _ZONES for b in beside)


def _labelled_field(sent: Span) -> bool:
    """A list item that labels a value ('- Deadline: 25 NOV', '* Interview: 30 SEP'): a
    summary of facts that may restate the prose around it."""
    doc = sent.doc
    first = sent[0]
    before = doc[first.i - 1] if first.i > 0 else None
    marked = first.text in ("-", "*", "•", "–") or (
        before is not None and before.text in ("-", "*", "•", "–")
    )
    colon = next((t.i - sent.start for t in sent if t.text == ":"), None)
    return marked and colon is not None and colon <= 4


def _shared_clause(first: _Sentence, second: _Sentence) -> int:
    """How many words in a row the two sentences share, when a verb is among them (else 0)."""
    matcher = difflib.SequenceMatcher(None, first.forms, second.forms, autojunk=False)
    block = matcher.find_longest_match(0, len(first.forms), 0, len(second.forms))
    return block.size if any(first.verbs[block.a : block.a + block.size]) else 0


def _lexeme(token: Token) -> str:
    """The word a use counts towards: its lemma, or for a phrasal verb the verb with its
    particle ('work out', 'give up' are other words than 'work', 'give')."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
        if particles:
            return " ".join((lemma, *particles))
    return lemma


def _context_words(draft: Draft) -> frozenset[str]:
    """Words of the interviewers' names, the company and the position: repeating them is fine."""
    context = draft.context
    names = [*context.interviewers, context.company or "", context.position or ""]
    if context.sender:
        names.append(context.sender)
    return frozenset(w.strip(".,&'’()").lower() for n in names for w in n.split() if w)


def _trimmed(sent: Span) -> TextRange:
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    return TextRange(start, start + len(text.strip()))


def _excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
