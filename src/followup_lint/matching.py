"""Build spaCy matchers from rule-pack entries once per pipeline, and run them over a Doc."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

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


@dataclass(frozen=True, slots=True)
class Match:
    """One entry match: the entry and the spaCy span it covers."""

    entry: Entry
    span: Span


class EntryMatcher:
    """Phrase and token-pattern matchers for a list of entries, built and validated once."""

    def __init__(self, nlp: Language, entries: Sequence[Entry], pack: RulePack) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self._entries = {entry.id: entry for entry in entries}
        self._phrase: dict[str, PhraseMatcher] = {}
        self._tokens = Matcher(nlp.vocab, validate=True)
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
