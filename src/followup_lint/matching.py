"""Build spaCy matchers from rule-pack entries once per pipeline, and run them over a Doc."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from followup_lint.errors import RulePackError
from followup_lint.rulepacks import Entry, RulePack, is_builtin

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


def longest_match(patterns: Sequence[Sequence[dict[str, Any]]]) -> int | None:
    """The most tokens a match of any of `patterns` can cover, or None when a pattern has an
    unbounded operator ('*', '+', '{2,}')."""
    longest = 0
    for pattern in patterns:
        length = 0
        for token in pattern:
            op = str(token.get("OP", "1"))
            if op in ("*", "+"):
                return None
            if op.startswith("{"):
                low, _, high = op[1:-1].partition(",")
                if _ and not high:
                    return None  # '{2,}'
                length += int(high if _ else low)
            else:
                length += 1  # '1', '?', '!'
        longest = max(longest, length)
    return longest


def _sentence_numbers(doc: Doc) -> list[int]:
    """Each token's sentence, numbered from 0 (kept per Doc)."""
    numbers = doc.user_data.get("followup_lint.sentence_numbers")
    if numbers is None:
        from spacy.attrs import SENT_START

        starts = doc.to_array(SENT_START).tolist() if len(doc) else []
        if starts:
            starts[0] = 1
        numbers = list(accumulate(1 if s == 1 else 0 for s in starts))
        numbers = doc.user_data["followup_lint.sentence_numbers"] = [n - 1 for n in numbers]
    return numbers


def _indexes(doc: Doc, attr: str) -> tuple[dict[int, int], dict[int, list[int]]]:
    """The Doc's words for `attr` (`LOWER`, `ORTH`/`TEXT`, `LEMMA`, `NORM`) as string-store
    hashes, each with the sentences it occurs in as a bit mask (bit n: sentence n) and with
    its token indexes; read from one column once per Doc and attribute, shared by every
    matcher (the masks gate keys, the indexes place their windows)."""
    attr = "ORTH" if attr == "TEXT" else attr
    built = doc.user_data.setdefault("followup_lint.words", {})
    found = built.get(attr)
    if found is None:
        from spacy import attrs

        column = doc.to_array(getattr(attrs, attr)).tolist() if len(doc) else []
        positions: dict[int, list[int]] = {}
        for i, word in enumerate(column):
            where = positions.get(word)
            if where is None:
                positions[word] = [i]
            else:
                where.append(i)
        numbers = _sentence_numbers(doc)
        masks = {}
        for word, where in positions.items():
            mask = 0
            for i in where:
                mask |= 1 << numbers[i]
            masks[word] = mask
        found = built[attr] = (masks, positions)
    return found


def word_index(doc: Doc, attr: str) -> dict[int, int]:
    """The Doc's words for `attr` with the sentences each occurs in, as a bit mask."""
    return _indexes(doc, attr)[0]


def doc_sentences(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The Doc's sentences as (start, end) token offsets, numbered as `word_index` numbers them."""
    bounds = doc.user_data.get("followup_lint.sentence_bounds")
    if bounds is None:
        numbers = _sentence_numbers(doc)
        starts = [i for i, n in enumerate(numbers) if i == 0 or n != numbers[i - 1]]
        bounds = doc.user_data["followup_lint.sentence_bounds"] = tuple(
            zip(starts, [*starts[1:], len(doc)], strict=True)
        )
    return bounds


@dataclass(frozen=True, slots=True)
class _Need:
    """One required token of a gated pattern, shared by every key that requires the same:
    `number` indexes the per-Doc answers."""

    number: int
    attr: str
    words: frozenset[int] | None  # string hashes, or None for a regular expression
    regex: re.Pattern[str] | None
    # a regular expression's verdict on each word seen so far (words recur from draft to draft)
    verdicts: dict[int, bool] = field(default_factory=dict, compare=False, hash=False)

    def met_by(self, doc: Doc, words: dict[int, Any]) -> Iterable[int]:
        """Which of the Doc's words (the string hashes keying `words`) meet this need."""
        if self.words is not None:
            keys = words.keys()  # a set view: these test the smaller side
            return () if keys.isdisjoint(self.words) else keys & self.words
        assert self.regex is not None
        search, strings, verdicts = self.regex.search, doc.vocab.strings, self.verdicts
        if len(verdicts) > _VERDICT_LIMIT:
            verdicts.clear()
        met = []
        for word in words:
            verdict = verdicts.get(word)
            if verdict is None:
                verdict = verdicts[word] = search(strings[word]) is not None
            if verdict:
                met.append(word)
        return met

    def sentences(self, doc: Doc) -> int:
        """The sentences (a bit mask) holding a word of the Doc that meets this need."""
        masks = word_index(doc, self.attr)
        found = 0
        for word in self.met_by(doc, masks):
            found |= masks[word]
        return found

    def positions(self, doc: Doc) -> list[int]:
        """The token indexes of the Doc's words that meet this need."""
        index = _indexes(doc, self.attr)[1]
        return [i for word in self.met_by(doc, index) for i in index[word]]


# Keys whose longest match is at most this many tokens run on windows around their words.
_WINDOW_LIMIT = 12


_VERDICT_LIMIT = 100_000
_NEEDS: dict[tuple[str, object], _Need] = {}


def _need(vocab: Any, attr: str, requirement: Requirement) -> _Need:
    """The shared need for `requirement`, its words hashed with the vocabulary's strings."""
    key = (attr, requirement if isinstance(requirement, frozenset) else requirement.pattern)
    need = _NEEDS.get(key)
    if need is None:
        if isinstance(requirement, frozenset):
            hashed = frozenset(vocab.strings.add(w) for w in requirement)
            need = _NEEDS[key] = _Need(len(_NEEDS), attr, hashed, None)
        else:
            need = _NEEDS[key] = _Need(len(_NEEDS), attr, None, requirement)
    return need


def _candidate_sentences(doc: Doc, gates: list[tuple[_Need, ...]]) -> int:
    """The sentences (a bit mask) in which one of a key's patterns finds every word it
    requires."""
    answers: dict[int, int] = doc.user_data.setdefault("followup_lint.gates", {})
    candidates = 0
    for gate in gates:
        here = -1  # every sentence, until a need narrows it
        for need in gate:
            found = answers.get(need.number)
            if found is None:
                found = answers[need.number] = need.sentences(doc)
            here &= found
            if not here:
                break
        if here:
            candidates |= here
    return candidates


class GatedMatcher:
    """A token Matcher that runs a key only on the sentences containing the words it requires.

    spaCy's Matcher tries every pattern at every token, so its cost grows with the number of
    patterns and the length of the Doc whatever they match. Most patterns name at least one
    word that must be there ('offer', a list of thanking words); a key runs only on the
    sentences where one of its patterns finds every such word, so a gated match never crosses
    a sentence boundary (identical matches on every generated bench draft). A key whose
    longest match is short runs on still less: the stretches of those sentences around its
    words (`_windows`). Keys with a pattern that requires no particular word share one
    always-run Matcher over the Doc."""

    def __init__(self, vocab: Any, *, validate: bool = True) -> None:
        from spacy.matcher import Matcher

        self._vocab = vocab
        self._validate = validate  # spaCy's pattern schema, ~40 us a key: user packs only
        self._always = Matcher(vocab, validate=validate)
        self._gated: list[tuple[Any, list[tuple[_Need, ...]], int | None]] = []
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
            single = Matcher(self._vocab, validate=self._validate)
            single.add(key, patterns)
            needs = [tuple(_need(self._vocab, a, r) for a, r in gate) for gate in gates]
            longest = longest_match(patterns)
            if longest is not None and longest > _WINDOW_LIMIT:
                longest = None
            self._gated.append((single, needs, longest))
        self._count += 1

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found = list(self._always(doc)) if len(self._always) else []
        bounds: tuple[tuple[int, int], ...] | None = None
        for matcher, gates, longest in self._gated:
            candidates = _candidate_sentences(doc, gates)
            if not candidates:
                continue
            if bounds is None:
                bounds = doc_sentences(doc)
            if longest is None:
                stretches = [bounds[n] for n in _set_bits(candidates)]
            else:
                stretches = _windows(doc, gates, candidates, longest, bounds)
            for start, end in stretches:
                found.extend((k, start + s, start + e) for k, s, e in matcher(doc[start:end]))
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
        self._tokens = GatedMatcher(nlp.vocab, validate=not is_builtin(pack.path))
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


def _windows(
    doc: Doc,
    gates: list[tuple[_Need, ...]],
    candidates: int,
    longest: int,
    bounds: tuple[tuple[int, int], ...],
) -> list[tuple[int, int]]:
    """Stretches of the candidate sentences that hold every match of a key: a match of a
    pattern covers a word meeting its first need, and at most `longest` tokens, so it lies
    within `longest - 1` tokens of that word and inside its sentence. Overlapping stretches
    are joined, so no match is found twice."""
    numbers = _sentence_numbers(doc)
    stretches = []
    for gate in gates:
        for i in gate[0].positions(doc):
            sentence = numbers[i]
            if (candidates >> sentence) & 1:
                first, last = bounds[sentence]
                stretches.append((max(first, i - longest + 1), min(last, i + longest)))
    stretches.sort()
    joined: list[tuple[int, int]] = []
    for start, end in stretches:
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def _set_bits(mask: int) -> Iterator[int]:
    """The numbers of the bits set in `mask`, lowest first."""
    number = -1
    while mask:
        skip = (mask & -mask).bit_length()
        mask >>= skip
        number += skip
        yield number
