"""Build spaCy matchers from rule-pack entries once per pipeline, and run them over a Doc."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from followup_lint.errors import RulePackError
from followup_lint.rulepacks import Entry, RulePack

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# Token attributes that need a pipeline component beyond the tokenizer.
ATTRIBUTE_NEEDS = {
    "LEMMA": "lemmatizer",
    "POS": "pos",
    "TAG": "tagger",
    "MORPH": "pos",
    "DEP": "parser",
    "HEAD": "parser",
    "ENT_TYPE": "ner",
    "ENT_IOB": "ner",
    "ENT_ID": "ner",
    "IS_SENT_START": "sentences",
    "SENT_START": "sentences",
}


def needs_of(entries: Iterable[Entry]) -> frozenset[str]:
    """The pipeline capabilities that a set of entries' attributes require."""
    needs: set[str] = set()
    for entry in entries:
        if entry.phrase is not None and entry.attr in ATTRIBUTE_NEEDS:
            needs.add(ATTRIBUTE_NEEDS[entry.attr])
        for pattern in entry.patterns:
            for token in pattern:
                needs.update(ATTRIBUTE_NEEDS[k] for k in token if k in ATTRIBUTE_NEEDS)
    return frozenset(needs)


_WORD_ATTRS = ("LOWER", "ORTH", "TEXT", "LEMMA", "NORM")

# What a required token must be: one of a set of words, or a word matching a regular
# expression (searched, as spaCy's REGEX predicate does).
Requirement = frozenset[str] | re.Pattern[str]


def required_words(pattern: Sequence[dict[str, Any]]) -> list[tuple[str, Requirement]]:
    """What a match of `pattern` must contain: for every token that is not optional and
    compares a word attribute to a string, an IN list or a REGEX, (attribute, requirement)."""
    required: list[tuple[str, Requirement]] = []
    for token in pattern:
        op = str(token.get("OP", "1"))
        if op in ("?", "*", "!") or (op.startswith("{") and op[1:].split(",")[0] in ("", "0")):
            continue
        for attr in _WORD_ATTRS:
            value = token.get(attr)
            if isinstance(value, str):
                required.append((attr, frozenset([value])))
                break
            if isinstance(value, dict) and set(value) == {"IN"}:
                required.append((attr, frozenset(value["IN"])))
                break
            if isinstance(value, dict) and set(value) == {"REGEX"}:
                required.append((attr, re.compile(value["REGEX"])))
                break
    return required


def doc_words(doc: Doc) -> dict[str, frozenset[str]]:
    """The Doc's words by attribute, built once per Doc and shared by every matcher."""
    words = doc.user_data.get("followup_lint.words")
    if words is None:
        orth = frozenset(t.text for t in doc)
        words = doc.user_data["followup_lint.words"] = {
            "LOWER": frozenset(t.lower_ for t in doc),
            "ORTH": orth,
            "TEXT": orth,
            "LEMMA": frozenset(t.lemma_ for t in doc),
            "NORM": frozenset(t.norm_ for t in doc),
        }
    return words


def _present(doc: Doc, attr: str, requirement: Requirement) -> bool:
    """Whether some word of the Doc meets `requirement` (regex answers kept per Doc)."""
    words = doc_words(doc)[attr]
    if isinstance(requirement, frozenset):
        return not words.isdisjoint(requirement)
    answers = doc.user_data.setdefault("followup_lint.regex_gates", {})
    key = (attr, requirement.pattern)
    found = answers.get(key)
    if found is None:
        search = requirement.search
        found = answers[key] = any(search(word) for word in words)
    return found


class GatedMatcher:
    """A token Matcher that runs a key only on Docs containing the words it requires.

    spaCy's Matcher tries every pattern at every token, so its cost grows with the number of
    patterns whatever they match. Most patterns name at least one word that must be there
    ('offer', a list of thanking words); a key whose every pattern lacks one of its required
    words in the Doc cannot match and is skipped, with identical results. Keys with a
    pattern that requires no particular word share one always-run Matcher."""

    def __init__(self, vocab: Any) -> None:
        from spacy.matcher import Matcher

        self._vocab = vocab
        self._always = Matcher(vocab, validate=True)
        self._gated: list[tuple[Any, list[list[tuple[str, Requirement]]]]] = []
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        """Add a key's patterns (validated by spaCy as the Matcher would)."""
        from spacy.matcher import Matcher

        gates = [required_words(p) for p in patterns]
        if any(not gate for gate in gates):
            self._always.add(key, patterns)
        else:
            single = Matcher(self._vocab, validate=True)
            single.add(key, patterns)
            self._gated.append((single, gates))
        self._count += 1

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found = list(self._always(doc)) if len(self._always) else []
        for matcher, gates in self._gated:
            if any(all(_present(doc, a, need) for a, need in gate) for gate in gates):
                found.extend(matcher(doc))
        found.sort(key=lambda m: (m[1], m[2], m[0]))
        return found


@dataclass(frozen=True, slots=True)
class Match:
    """One entry match: the entry and the spaCy span it covers."""

    entry: Entry
    span: Span


class EntryMatcher:
    """Phrase and token-pattern matchers for a list of entries, built and validated once."""

    def __init__(self, nlp: Language, entries: Sequence[Entry], pack: RulePack) -> None:
        from spacy.matcher import PhraseMatcher

        self._entries = {entry.id: entry for entry in entries}
        self._phrase: dict[str, PhraseMatcher] = {}
        self._tokens = GatedMatcher(nlp.vocab)
        for entry in entries:
            if entry.phrase is not None:
                matcher = self._phrase.get(entry.attr)
                if matcher is None:
                    matcher = self._phrase[entry.attr] = PhraseMatcher(nlp.vocab, attr=entry.attr)
                make = nlp if entry.attr == "LEMMA" else nlp.make_doc
                matcher.add(entry.id, [make(p) for p in entry.phrases])
            else:
                try:
                    self._tokens.add(entry.id, list(entry.patterns))
                except Exception as exc:  # spaCy's MatchPatternError, ValueError
                    first = str(exc).strip().splitlines()
                    raise RulePackError(
                        f"entry {entry.id!r}: invalid token pattern: {first[-1] if first else exc}",
                        path=pack.path,
                    ) from None

    def _spans(self, doc: Doc) -> list[Span]:
        spans = []
        matchers = [*self._phrase.values(), *([self._tokens] if len(self._tokens) else [])]
        for matcher in matchers:
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                span.label_ = doc.vocab.strings[match_id]
                spans.append(span)
        return spans

    def __call__(self, doc: Doc) -> list[Match]:
        """All matches, overlapping ones reduced to the longest, in document order."""
        from spacy.util import filter_spans

        return [Match(self._entries[s.label_], s) for s in filter_spans(self._spans(doc))]

    def by_entry(self, doc: Doc) -> dict[str, list[Match]]:
        """Each entry's matches (overlaps reduced within the entry only), in pack order; one
        pass over the Doc instead of one matcher per entry."""
        from spacy.util import filter_spans

        grouped: dict[str, list[Span]] = {}
        for span in self._spans(doc):
            grouped.setdefault(span.label_, []).append(span)
        return {
            entry_id: [Match(entry, s) for s in filter_spans(grouped[entry_id])]
            for entry_id, entry in self._entries.items()
            if entry_id in grouped
        }


_CACHE: dict[tuple[int, str, str, bool], EntryMatcher] = {}


def entry_matcher(nlp: Language, pack: RulePack, *, allow: bool = False) -> EntryMatcher:
    """The matcher of a pack's entries (or allow-list) for this pipeline, built once."""
    key = (id(nlp.vocab), pack.path, pack.id, allow)
    matcher = _CACHE.get(key)
    if matcher is None:
        entries = [a.as_entry(i) for i, a in enumerate(pack.allow)] if allow else list(pack.entries)
        matcher = _CACHE[key] = EntryMatcher(nlp, entries, pack)
    return matcher
