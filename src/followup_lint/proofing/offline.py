"""The offline proofreading engine: precise spelling and a few grammar rules without a server."""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from followup_lint.draft.parts import OTHER_LANGUAGE_CLOSINGS
from followup_lint.proofing.grammar_text import (
    UNCOUNTABLE_PLURALS,
    in_protected,
    is_sentence_start,
    protected_spans,
)
from followup_lint.proofing.model import ProofingUnavailable, ProofMatch
from followup_lint.proofing.offline_grammar import check_grammar

SPELLING_RULE_ID = "OFFLINE_SPELLING"

#: A correction is proposed only from words at least this frequent in pyspellchecker's list
#: (about its 30,000 commonest words): a rarer neighbour is no evidence of a typo.
MIN_CANDIDATE_FREQUENCY = 300
#: The most a correction may cost (see `typo_cost`): one ordinary slip or two small ones.
MAX_COST = 1.4
#: Stricter for a capitalised word at a sentence start, which may well be a name: a swap or
#: doubled letter (Thier, Untill), or a vowel slip in a long word (Definately, Managment),
#: but not a short name one vowel from a word (Tane, Deel, Procore).
MAX_COST_CAPITALISED = 0.5
MAX_COST_CAPITALISED_LONG = 0.7
LONG_CAPITALISED = 8
#: How much one unit of typo cost weighs against a tenfold difference in frequency.
COST_WEIGHT = 2.5
#: A correction must score at least this (log10 frequency - COST_WEIGHT * cost): a rare word
#: is believed only for a very cheap slip, a costlier slip only towards a very common word.
MIN_SCORE = 1.5
#: Extra cost of a slip at the first or last letter: writers rarely get the first letter
#: wrong, and a changed ending is usually another form of a word (pleaser, compet).
EDGE_PENALTY = 0.5
#: A derived word is taken for a typo when a slip this cheap (doubled letter, swap, vowel)
#: inside it gives a common word; for a plural only a doubled letter or apostrophe counts.
SLIP_COST = 0.7
PLURAL_SLIP_COST = 0.4
#: Stems must be at least this frequent to vouch for a derived word ("rebranded" → "rebrand").
MIN_STEM_FREQUENCY = 100
#: Longer "words" are codes, hashes or text run together, not typos (and too costly to search).
MAX_WORD_LENGTH = 25
_CACHE_LIMIT = 50_000


def _words(spaced: str) -> frozenset[str]:
    """A word set written as one space-separated string."""
    return frozenset(spaced.split())


_CHUNK = re.compile(r"\S+")
_LINE = re.compile(r"[^\n]+")
_UNSEEN: Any = object()  # a run of non-spaces not judged yet
_WORD = re.compile(r"[^\W\d_]+(?:['’‑-][^\W\d_]+)*")
_PART = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+")
_NEXT_INITIAL = re.compile(r"[^\W\d_]+[ \t]+([^\W\d_])")
# A chunk (run of non-spaces) with a digit or a code-like character is not prose.
_NOT_PROSE = re.compile(r"[\d/\\=<>{}\[\]|_~^$%]")
_VOWELS = frozenset("aeiouy")
_DOUBLED_STEM = re.compile(r"([a-z]*[aeiou]([b-df-hj-np-tv-z]))\2(?:ed|ing|er|ers|est|y)")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz'"

#: Real words of working life that pyspellchecker's list lacks.
MODERN_WORDS = _words(
    """
    admin admins app apps analytics api apis backend backends barback barcode barista baristas blog
    blogs blogger bloodwork bootcamp bootcamps chatbot chatbots cloud codebase codebases
    coworker coworkers coworking cybersecurity dashboard dashboards dataset datasets dbt devops
    dropdown ecommerce email emailed emailing emails emoji emojis fintech fintechs followup
    funder funders grantee grantees grantmaker grantmakers
    followups frontend fullstack gamification gig hashtag hashtags healthtech homepage inbox
    inboxes insurtech intercompany intranet intraoral javascript kanban kpi kpis kubernetes
    lifecycle linkedin livestream login logins lookup lookups metadata microservice
    microservices mlops nonprofit nonprofits offboarding omnichannel onboard onboarded
    onboarding onsite ops paas podcast podcasts preconstruction proptech rebar rebrand
    rebranded rebranding recertification refactor refactored refactoring reskilling roadmap
    roadmaps rollout rollouts saas scalable scalability signoff skillset skillsets smartphone
    stakeholder stakeholders startup startups stormwater tech techs telehealth telemedicine
    timeline timelines toolkit toolkits underserved upskill upskilled upskilling username
    usernames webinar webinars website websites wellbeing wifi workaround workarounds workflow
    workflows workpapers workplace workshop workstream workstreams comp comps
    cheque cheques tyre tyres kerb grey storey storeys maths whilst amongst fulfil enrol
    cafe cafes dreamt furore speciality specialities stat fiance fiancee ebook ebooks codec
    codecs situ facto priori posteriori versa fide annum quo wishy mumbo roly nitty topsy
    dict dicts eval evals bool bools func funcs args kwargs elif regex regexes config configs
    repo repos env envs enum enums async localhost stdout stdin sudo npm golang
    """
)
#: Text-speak and casual spellings: the `slang` rule's business, not misspellings.
TEXT_SPEAK = _words(
    "lol omg omw imo imho idk tbh brb asap fyi btw thx pls plz tysm ty ur cya gonna wanna gotta "
    "kinda sorta dunno lemme gimme ya yup yep nope nah okay haha hehe lowkey highkey tmrw tmr "
    "ngl lmk rn bc cuz coz yous youse yinz yall"
)
#: Words run together that are always wrong, flagged even if the dictionary lists them.
RUN_TOGETHER = {
    "alot": "a lot",
    "aswell": "as well",
    "atleast": "at least",
    "eachother": "each other",
    "infact": "in fact",
    "ofcourse": "of course",
    "thankyou": "thank you",
    "alittle": "a little",
}
#: Hyphenated words whose halves would look odd alone.
_JOINED_OK = _words(
    "wishywashy mumbojumbo rolypoly crisscross laissezfaire avantgarde tetatete nittygritty "
    "topsyturvy hodgepodge helterskelter willynilly"
)
_CONTRACTION_ENDS = ("n't", "'s", "'m", "'re", "'ve", "'ll", "'d")
_PREFIXES = (
    "re", "un", "pre", "co", "non", "multi", "mis", "over", "under", "out", "sub", "inter",
    "cross", "post", "anti", "de", "dis", "self", "auto", "e", "micro", "macro", "semi", "super",
    "hyper", "cyber", "tele", "mega", "mini", "bio", "eco",
)  # fmt: skip
#: Parts that may stand before a hyphen (pre-apprenticeship, co-op, ex-colleague, up-skilled).
_HYPHEN_PREFIXES = frozenset(
    (
        *_PREFIXES,
        *("ex", "mid", "bi", "tri", "vice", "pro", "non", "well", "full", "part", "half"),
        *("up", "down"),
    )
)
#: (suffix, what the stem may have ended with instead) for regular inflection and derivation.
_SUFFIXES = (
    ("'s", ("",)), ("ies", ("y",)), ("es", ("",)), ("s", ("",)),
    ("ied", ("y",)), ("ed", ("", "e")), ("ing", ("", "e")),
    ("iers", ("y",)), ("ers", ("", "e")), ("ier", ("y",)), ("er", ("", "e")),
    ("iest", ("y",)), ("est", ("", "e")), ("ily", ("y",)), ("ly", ("", "le")),
    ("ments", ("",)), ("ment", ("",)), ("iness", ("y",)), ("ness", ("",)),
    ("ability", ("able",)), ("ibility", ("ible",)), ("ities", ("", "e")), ("ity", ("", "e")),
    ("ists", ("", "e", "y")), ("ist", ("", "e", "y")), ("ism", ("", "e")),
    ("isations", ("", "e", "y")), ("izations", ("", "e", "y")),
    ("isation", ("", "e", "y")), ("ization", ("", "e", "y")),
    ("ising", ("", "e", "y")), ("izing", ("", "e", "y")),
    ("ised", ("", "e", "y")), ("ized", ("", "e", "y")), ("ises", ("", "e", "y")),
    ("izes", ("", "e", "y")), ("ise", ("", "e", "y")), ("ize", ("", "e", "y")),
    ("able", ("", "e")), ("ful", ("",)), ("less", ("",)), ("al", ("", "e")), ("ship", ("",)),
)  # fmt: skip
#: British → American respellings, so inflected British forms find their American stem.
_UK_TO_US = (
    (re.compile(r"is(e|ed|es|ing|er|ers|ation|ations|able)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing|er|ers)$"), r"yz\1"),
    (re.compile(r"our(s|ed|ing|ful|able|ably|ite|ites|al|er|ers|less|ism)?$"), r"or\1"),
    (re.compile(r"([bt])re(s|d)?$"), r"\1er\2"),
    (re.compile(r"ll(ed|ing|er|ers|or|ors)$"), r"l\1"),
    (re.compile(r"ence(s|d)?$"), r"ense\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe"), "e"),
)
_NOT_COMPOUND_PARTS = _words(
    "the and you your for are not but all any can was one our his her its who how why "
    "each other every some thing body time"
)

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_PHONETIC = frozenset(
    frozenset(p) for p in ("cs", "ck", "sz", "kq", "gj", "fv", "dt", "mn", "bp", "yi", "ei")
)


def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    """Keys next to each letter on a QWERTY keyboard (same row and the rows above and below)."""
    where = {c: (r, i) for r, row in enumerate(_KEYBOARD_ROWS) for i, c in enumerate(row)}
    out: dict[str, frozenset[str]] = {}
    for c, (r, i) in where.items():
        out[c] = frozenset(
            d for d, (r2, i2) in where.items() if d != c and abs(r - r2) <= 1 and -1 <= i2 - i <= 1
        )
    return out


_NEIGHBOURS = _keyboard_neighbours()


def _substitution_cost(typed: str, meant: str) -> float:
    """How likely a writer types `typed` for `meant`: vowel mix-ups and next keys are cheap."""
    if typed == meant:
        return 0.0
    if typed in "aeiou" and meant in "aeiou":
        return 0.6
    if meant in _NEIGHBOURS.get(typed, ()) or frozenset((typed, meant)) in _PHONETIC:
        return 0.8
    return 1.5


def _indel_cost(word: str, i: int) -> float:
    """Cost of word[i] typed extra or left out: doubled letters and apostrophes are cheapest."""
    c = word[i]
    if c == "'":
        return 0.3
    if (i > 0 and word[i - 1] == c) or (i + 1 < len(word) and word[i + 1] == c):
        return 0.4
    return (0.7 if c in "aeiou" else 0.8) + (EDGE_PENALTY if i in (0, len(word) - 1) else 0.0)


def typo_cost(typed: str, meant: str) -> tuple[float, int]:
    """(cost, edits) of typing `meant` as `typed`: likely slips (doubled, swapped) cost least."""
    n, m = len(typed), len(meant)

    def edge(i: int) -> float:  # typed[i] is the first or last letter
        return EDGE_PENALTY if i in (0, n - 1) else 0.0

    prev2: list[tuple[float, int]] = []
    prev = [(0.0, 0)]
    for j in range(1, m + 1):
        prev.append((prev[-1][0] + _indel_cost(meant, j - 1), j))
    for i in range(1, n + 1):
        cur = [(prev[0][0] + _indel_cost(typed, i - 1), i)]
        for j in range(1, m + 1):
            sub = _substitution_cost(typed[i - 1], meant[j - 1])
            best = min(
                (prev[j - 1][0] + sub + (edge(i - 1) if sub else 0.0), prev[j - 1][1] + (sub > 0)),
                (prev[j][0] + _indel_cost(typed, i - 1), prev[j][1] + 1),
                (cur[j - 1][0] + _indel_cost(meant, j - 1), cur[j - 1][1] + 1),
            )
            if (
                i > 1
                and j > 1
                and typed[i - 1] == meant[j - 2]
                and typed[i - 2] == meant[j - 1]
                and typed[i - 1] != typed[i - 2]
            ):
                swap = 0.5 + max(edge(i - 1), edge(i - 2))
                best = min(best, (prev2[j - 2][0] + swap, prev2[j - 2][1] + 1))
            cur.append(best)
        prev2, prev = prev, cur
    return prev[m]


def _deletes(word: str) -> Iterator[str]:
    """`word` with each one letter removed."""
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]


def _edits1(word: str) -> set[str]:
    """All strings one deletion, transposition, substitution or insertion away from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    out |= {a + c + b for a, b in splits for c in _ALPHABET}
    return out


class Frequencies:
    """Word -> count in the spelling dictionary's English corpus, kept as two sorted lists.

    A 160,000-word dict takes ~45 ms to read back from the cache folder (every key is hashed
    and inserted); two lists take ~13 ms, a third of a cold start's proofreading. A lookup
    bisects the words and remembers its answer, so a long run soon answers from a dict."""

    __slots__ = ("_counts", "_memo", "_words")

    def __init__(self, words: list[str], counts: Sequence[int]) -> None:
        self._words = words
        self._counts = counts
        self._memo: dict[str, int | None] = {}

    @classmethod
    def of(cls, table: dict[str, int]) -> Frequencies:
        words = sorted(table)
        return cls(words, array("q", [table[w] for w in words]))

    def _find(self, word: str) -> int | None:
        memo = self._memo
        if word in memo:
            return memo[word]
        words = self._words
        i = bisect_left(words, word)
        found = self._counts[i] if i < len(words) and words[i] == word else None
        if len(memo) < _CACHE_LIMIT:
            memo[word] = found
        return found

    def get(self, word: str, default: int = 0) -> int:
        found = self._find(word)
        return default if found is None else found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._find(word) is not None

    def __getitem__(self, word: str) -> int:
        found = self._find(word)
        if found is None:
            raise KeyError(word)
        return found

    def __len__(self) -> int:
        return len(self._words)

    def items(self) -> Iterator[tuple[str, int]]:
        return zip(self._words, self._counts, strict=True)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Frequencies):
            return NotImplemented
        return self._words == other._words and self._counts == other._counts

    __hash__ = None  # type: ignore[assignment]


@lru_cache(maxsize=1)
def _shared_tables() -> tuple[Frequencies, frozenset[str]]:
    """Frequencies and variants, loaded once per process and shared by every engine (only the
    personal word list differs between engines). Building them from pyspellchecker's
    compressed JSON takes about 0.3 s, so the result is kept in the cache folder (keyed by
    both libraries' versions) and later processes read it back in ~15 milliseconds."""
    key = f"tables-{_version('pyspellchecker')}-{_version('breame')}-{_TABLES_FORMAT}.marshal"
    stored = _read_tables(key)
    if stored is not None:
        return stored
    try:
        from breame.data.spelling_constants import (
            AMERICAN_ENGLISH_SPELLINGS,
            BRITISH_ENGLISH_SPELLINGS,
        )
        from spellchecker import SpellChecker
    except ImportError as exc:
        raise ProofingUnavailable(
            f"the offline checker needs pyspellchecker and breame ({exc.name} is missing)"
        ) from exc
    dictionary: dict[str, int] = SpellChecker(language="en").word_frequency.dictionary
    variants = frozenset(BRITISH_ENGLISH_SPELLINGS) | frozenset(AMERICAN_ENGLISH_SPELLINGS)
    # British spellings count as often as their American twins ("organisation").
    frequency = {
        uk: dictionary[us] for uk, us in BRITISH_ENGLISH_SPELLINGS.items() if us in dictionary
    }
    frequency.update(dictionary)
    tables = Frequencies.of(frequency), variants
    _write_tables(key, *tables)
    return tables


_TABLES_FORMAT = 3


def word_frequency(word: str) -> int | None:
    """How often `word` (lower case) occurs in the spelling dictionary's English counts; None
    when the offline checker's tables are not installed."""
    try:
        frequency, _ = _shared_tables()
    except ProofingUnavailable:
        return None
    return frequency.get(word, 0)


def _read_tables(key: str) -> tuple[Frequencies, frozenset[str]] | None:
    """The tables stored by an earlier process, or None (absent, unreadable or corrupt)."""
    from followup_lint.proofing.cache import cache_root, load_marshal

    stored = load_marshal(cache_root() / "offline" / key)
    if not isinstance(stored, tuple) or len(stored) != 3:
        return None
    words, packed, variants = stored
    if not (
        isinstance(words, list) and isinstance(packed, bytes) and isinstance(variants, frozenset)
    ):
        return None
    counts = array("q")
    counts.frombytes(packed)  # machine integers: far quicker to read back than 160,000 ints
    if len(counts) != len(words):
        return None
    return Frequencies(words, counts), variants


def _write_tables(key: str, frequency: Frequencies, variants: frozenset[str]) -> None:
    """Store the tables for the next process; a cache that cannot be written is skipped."""
    from followup_lint.proofing.cache import cache_root, store_marshal

    counts = array("q", frequency._counts).tobytes()
    store_marshal(cache_root() / "offline" / key, (frequency._words, counts, variants))


@lru_cache(maxsize=1)
def _near_word_index() -> dict[str, list[str]]:
    """Common words by their one-letter deletions, to find corrections in ~1 ms. Built once
    per process, and only when a note first has an unknown word (about 0.5 s)."""
    frequency, _ = _shared_tables()
    index: dict[str, list[str]] = {}
    for word, count in frequency.items():
        if count >= MIN_CANDIDATE_FREQUENCY and re.fullmatch(r"[a-z]+(?:'[a-z]+)?", word):
            for key in {word, *_deletes(word)}:
                index.setdefault(key, []).append(word)
    return index


@lru_cache(maxsize=1)
def _unaccented_words() -> frozenset[str]:
    """The dictionary's accented words with their accents taken off: English drops them."""
    frequency, _ = _shared_tables()
    words = (w for w, _ in frequency.items() if not w.isascii())
    folded = (unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in words)
    return frozenset(w for w in folded if len(w) > 2)


class _Lexicon:
    """Word frequencies, variants and extra words, indexed to find near words in ~1 ms."""

    def __init__(self, known_words: frozenset[str]) -> None:
        self.frequency, self.variants = _shared_tables()
        self.extra = MODERN_WORDS | known_words

    def known(self, word: str) -> bool:
        """Whether `word` (lower case) is a dictionary word, a variant or an extra word, or a
        dictionary word written without its accents ('fete', 'entree' for 'fête', 'entrée')."""
        known = word in self.frequency or word in self.variants or word in self.extra
        return known or (word.isascii() and word in _unaccented_words())

    def vouches(self, stem: str) -> bool:
        """Whether `stem` is common enough (or listed) to vouch for words derived from it."""
        return (
            self.frequency.get(stem, 0) >= MIN_STEM_FREQUENCY
            or stem in self.variants
            or stem in self.extra
        )

    def common(self, word: str) -> bool:
        """Whether `word` is common enough to be the word the writer meant."""
        return self.frequency.get(word, 0) >= MIN_CANDIDATE_FREQUENCY

    def neighbours(self, word: str) -> set[str]:
        """Common words within about two edits of `word` (to be scored by `typo_cost`)."""
        lookup, found = _near_word_index().get, set()
        for near in _edits1(word) | {word}:
            hit = lookup(near)
            if hit:
                found.update(hit)
            for i in range(len(near)):
                hit = lookup(near[:i] + near[i + 1 :])
                if hit:
                    found.update(hit)
        return found


class OfflineEngine:
    """Flags a word only if unknown, no variant or derivation, and confidently correctable."""

    def __init__(self, known_words: frozenset[str] = frozenset()) -> None:
        self.known_words = frozenset(w.lower() for w in known_words)
        self.name = f"offline (pyspellchecker {_version('pyspellchecker')})"
        self._lexicon: _Lexicon | None = None
        self._verdicts: dict[tuple[str, bool], tuple[str, ...]] = {}
        # a run of non-spaces -> `_chunk_verdict`
        self._chunks: dict[str, tuple[tuple[int, str, tuple[str, ...]], ...] | None] = {}

    def check(self, text: str, language: str) -> list[ProofMatch]:
        """Spelling and grammar matches in `text`; English only."""
        if not language.lower().startswith("en"):
            raise ProofingUnavailable(f"the offline checker knows English only, not {language!r}")
        matches = self.spelling(text) + check_grammar(text)
        return sorted(matches, key=lambda m: (m.offset, m.kind, m.rule_id))

    def close(self) -> None:
        """Forget the loaded dictionary; safe to call twice."""
        self._lexicon = None
        self._verdicts.clear()
        self._chunks.clear()

    # -- spelling ---------------------------------------------------------------------------
    def _lex(self) -> _Lexicon:
        """The dictionary, loaded on first use and kept for the engine's life."""
        if self._lexicon is None:
            self._lexicon = _Lexicon(self.known_words)
        return self._lexicon

    def spelling(self, text: str) -> list[ProofMatch]:
        """Misspelt words in `text`, in code-point offsets."""
        spans = protected_spans(text)
        names: frozenset[str] | None = None
        out = []
        for line in _LINE.finditer(text):
            if _name_or_foreign_line(line.group()):
                continue
            for chunk in _CHUNK.finditer(text, line.start(), line.end()):
                raw = chunk.group()
                found = self._chunks.get(raw, _UNSEEN)
                if found is _UNSEEN:
                    found = self._chunk_verdict(raw)
                if found == ():
                    continue  # nothing to flag, wherever the chunk stands
                chunk_start = chunk.start()
                if spans and in_protected(spans, chunk_start, chunk_start + len(raw)):
                    continue
                if found is not None:
                    out.extend(_spelling_match(chunk_start + at, w, f) for at, w, f in found)
                    continue
                for start, word in _chunk_words(text, chunk_start, raw):
                    capitalised = word[0].isupper()
                    if capitalised:
                        if names is None:
                            names = _names_inside_sentences(text)
                        if word.lower() in names:
                            continue  # "Tunde" at a sentence start, and "with Tunde" elsewhere
                    fixes = self.suggestions(word.lower(), capitalised=capitalised)
                    if fixes:
                        if capitalised:
                            fixes = tuple(s[:1].upper() + s[1:] for s in fixes)
                        out.append(_spelling_match(start, word, fixes))
        return [
            m
            for m in out
            if not _in_foreign_phrase(text, m, out) and not self._verbed_after_prefix(text, m)
        ]

    def _verbed_after_prefix(self, text: str, match: ProofMatch) -> bool:
        """'re-roled', 'de-scoped': a known noun made a verb after a hyphenated prefix, as
        trades and services coin them."""
        prefix = _PREFIX_BEFORE.search(text, max(0, match.offset - 12), match.offset)
        if prefix is None or prefix.group(1).lower() not in _HYPHEN_PREFIXES:
            return False  # 'store-roled' is no prefix: the whole word before the hyphen is
        word = text[match.offset : match.offset + match.length].lower()
        stems = [word[:-1], word[:-2]] if word.endswith("ed") else []
        stems += [word[:-1]] if word.endswith("s") else []
        return any(len(st) > 2 and self._lex().known(st) for st in stems)

    def _chunk_verdict(self, raw: str) -> tuple[tuple[int, str, tuple[str, ...]], ...] | None:
        """The misspelt words of a run of non-spaces as (offset in it, word, corrections), or
        None when they depend on where it stands (a capital is judged only at a sentence
        start). Kept: runs recur from note to note."""
        if len(self._chunks) > _CACHE_LIMIT:
            self._chunks.clear()
        verdict: tuple[tuple[int, str, tuple[str, ...]], ...] | None
        if _NOT_PROSE.search(raw) or (not raw.isascii() and any(c.isdigit() for c in raw)):
            verdict = ()  # code, a number, an address: not prose
        elif _lower_case_only(raw):
            verdict = tuple(
                (at, word, fixes)
                for at, word in _chunk_words(raw, 0, raw)
                if (fixes := self.suggestions(word))
            )
        else:
            verdict = None
        self._chunks[raw] = verdict
        return verdict

    def suggestions(self, word: str, *, capitalised: bool = False) -> tuple[str, ...]:
        """Up to three corrections for a misspelt lower-case `word`, or () when it is fine."""
        key = (word, capitalised)
        if key not in self._verdicts:
            if len(self._verdicts) > _CACHE_LIMIT:
                self._verdicts.clear()
            self._verdicts[key] = self._judge(word, capitalised)
        return self._verdicts[key]

    def _judge(self, word: str, capitalised: bool) -> tuple[str, ...]:
        """The verdict on one word: () when it is fine, else its corrections."""
        word = word.replace("’", "'")
        if word in RUN_TOGETHER:
            return (RUN_TOGETHER[word],)
        if (
            not 3 <= len(word) <= MAX_WORD_LENGTH
            or word in TEXT_SPEAK
            or word in UNCOUNTABLE_PLURALS  # 'informations': the grammar rules' business
            or not _VOWELS & set(word)
            or not word.replace("'", "").isascii()
            or self.accepted(word)
        ):
            return ()
        found = self.corrections(word)
        if found and capitalised:  # believed only if the best correction is a very likely slip
            limit = (
                MAX_COST_CAPITALISED_LONG if len(word) >= LONG_CAPITALISED else MAX_COST_CAPITALISED
            )
            if typo_cost(word, found[0])[0] > limit or len(found[0]) < 4:
                return ()
        return found

    def accepted(self, word: str) -> bool:
        """Whether `word` is known, or formed from a known word without looking like a slip."""
        lex = self._lex()
        if lex.known(word) or self._contraction(word):
            return True
        if any(lex.known(r) or self._derived(r) for r in _respellings(word)):
            return True  # British forms: organisational, colourful, travellers
        if any(lex.vouches(s) for s in _plural_stems(word)):
            return not self._slip_of_common(word, PLURAL_SLIP_COST)  # not companys
        derived = self._derived(word) or self._compound(word)
        return derived and not self._slip_of_common(word, SLIP_COST)

    def _derived(self, word: str) -> bool:
        """Whether one suffix, one prefix, or a prefix and a suffix come off a common stem."""
        lex = self._lex()
        if any(lex.vouches(stem) for stem in _stems(word)):
            return True
        return any(lex.vouches(s) for rest in _unprefixed(word) for s in _unsuffixed(rest))

    def _contraction(self, word: str) -> bool:
        """don't, should've, organisation's: a known head with a contraction ending."""
        lex = self._lex()
        for end in _CONTRACTION_ENDS:
            if word.endswith(end) and len(word) > len(end):
                head = word[: -len(end)]
                return lex.known(head) or (end == "'s" and self.accepted(head))
        return False

    def _compound(self, word: str) -> bool:
        """lookup, rollout, onboarding: two common words written as one."""
        lex = self._lex()
        for i in range(2, len(word) - 2):
            left, right = word[:i], word[i:]
            if left in _NOT_COMPOUND_PARTS or right in _NOT_COMPOUND_PARTS:
                continue
            left_ok = lex.frequency.get(left, 0) >= 1000 and len(left) >= 4
            if (left_ok or left in ("on", "up")) and _compound_part(lex, right):
                return True
        return False

    def _slip_of_common(self, word: str, limit: float) -> bool:
        """Whether one slip costing at most `limit` inside `word` gives a common word (commited)."""
        lex = self._lex()
        for near in _edits1(word):
            cheap = lex.common(near) and typo_cost(word, near)[0] <= limit
            if cheap and not self._doubled_by_rule(word, near):
                return True
        return False

    def _doubled_by_rule(self, word: str, near: str) -> bool:
        """gapping, not a slip for gaping: a common short stem doubles its consonant (not writ)."""
        found = _DOUBLED_STEM.fullmatch(word)
        if found is None or len(near) != len(word) - 1:
            return False
        stem = self._lex().frequency.get(found.group(1), 0)
        return stem >= 1000 and stem * 10 >= self._lex().frequency.get(near, 0)

    def corrections(self, word: str, max_cost: float = MAX_COST) -> tuple[str, ...]:
        """Common words the writer probably meant, best first; () when none is convincing."""
        lex = self._lex()
        scored = []
        for candidate in lex.neighbours(word):
            if abs(len(candidate) - len(word)) > 2 or candidate == word:
                continue
            if len(word) <= 3 and not _swap_or_double(word, candidate):
                continue  # three letters are too few to judge other slips (Kia, mihi)
            cost, edits = typo_cost(word, candidate)
            score = math.log10(lex.frequency[candidate]) - COST_WEIGHT * cost
            if edits <= 2 and cost <= max_cost and score >= MIN_SCORE:
                scored.append((-score, candidate))
        return tuple(candidate for _, candidate in sorted(scored)[:3])


def _swap_or_double(word: str, other: str) -> bool:
    """Whether `other` is `word` with two letters swapped or one letter doubled or undoubled."""
    if len(word) == len(other):
        return sorted(word) == sorted(other)
    short, long = sorted((word, other), key=len)
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short and long[i] == long[i - 1] for i in range(1, len(long))
    )


def _compound_part(lex: _Lexicon, word: str) -> bool:
    """Whether `word` may end a compound: common, or a listed word, at least three letters."""
    return len(word) >= 4 and (lex.frequency.get(word, 0) >= 1000 or word in lex.extra)


def _version(package: str) -> str:
    """The installed version of `package`, for the engine's name."""
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def _respellings(word: str) -> Iterator[str]:
    """American spellings a British `word` may stand for (organisations → organizations)."""
    for pattern, american in _UK_TO_US:
        respelt = pattern.sub(american, word, count=1)
        if respelt != word:
            yield respelt


def _plural_stems(word: str) -> Iterator[str]:
    """What a plural or third-person `word` may come from (companies → company)."""
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("es"):
        yield word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        yield word[:-1]


def _stems(word: str) -> Iterator[str]:
    """What `word` may come from: one suffix or one prefix stripped."""
    yield from _unsuffixed(word)
    yield from _unprefixed(word)


def _unsuffixed(word: str) -> Iterator[str]:
    """`word` with one regular suffix stripped (rebranded → rebrand, planned → plan)."""
    for suffix, endings in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            yield from (base + end for end in endings if len(base + end) >= 4)
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiousl":
                yield base[:-1]


def _unprefixed(word: str) -> Iterator[str]:
    """`word` with one common prefix stripped, leaving at least four letters (rethink)."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            yield word[len(prefix) :]


def _chunk_words(text: str, chunk_start: int, raw: str) -> Iterator[tuple[int, str]]:
    """(offset, word) to judge in the run of non-spaces `raw` at `chunk_start` of `text`: no
    acronyms, prefixes before a hyphen, or capitalised words but a sentence's first."""
    for word in _WORD.finditer(raw):
        w, at = word.group(), chunk_start + word.start()
        if "-" in w or "‑" in w:
            yield from _checkable_parts(text, at, w)
            continue
        token = _strip_possessive(w)
        after = text[at + len(w) : at + len(w) + 1]  # "pre-" at a line end
        if _judgeable(text, at, token, first=True, before_hyphen=after in ("-", "‑")):
            yield at, token


def _lower_case_only(raw: str) -> bool:
    """Whether every letter of `raw` is a lower-case one: then no word in it is judged by where
    it stands (a capital is judged only at a sentence start), so `raw` alone decides."""
    if raw.isascii():
        return raw.islower()
    return not any(c.isalpha() and not c.islower() for c in raw)


def _checkable_parts(text: str, start: int, word: str) -> Iterator[tuple[int, str]]:
    """Parts of a hyphenated word to judge: not prefixes (pre-, co-), capitals only first."""
    parts = [(m.start(), m.group()) for m in _PART.finditer(word)]
    if len(parts) > 1 and "".join(p for _, p in parts).lower() in _JOINED_OK:
        return
    hyphen_after = text[start + len(word) : start + len(word) + 1] in ("-", "‑")
    last = len(parts) - 1
    for i, (offset, part) in enumerate(parts):
        token = _strip_possessive(part)
        if _judgeable(
            text, start + offset, token, first=i == 0, before_hyphen=i < last or hyphen_after
        ):
            yield start + offset, token


def _judgeable(text: str, at: int, token: str, *, first: bool, before_hyphen: bool) -> bool:
    """Whether a word (or the part of one) at `at` is judged: not a prefix before a hyphen,
    no capital after its first letter, and capitalised only as a sentence's first word that
    no other capitalised word follows (Priya Raman is a name)."""
    if before_hyphen and token.lower() in _HYPHEN_PREFIXES:
        return False
    if not _case_allows(token):
        return False
    if token[0].islower():
        return True
    if not first or not is_sentence_start(text, at):
        return False
    return not (token[0].isupper() and _followed_by_capital(text, at))


def _strip_possessive(token: str) -> str:
    """`token` without a final 's (Sarah's → Sarah), so offsets cover the word itself."""
    return token[:-2] if token[-2:] in ("'s", "’s") and len(token) > 2 else token


def _case_allows(token: str) -> bool:
    """Three letters or more, and no capital after the first: never acronyms or iPhone-like
    words (a capitalised word is judged only at a sentence start, which the caller tests)."""
    rest = token[1:]
    return len(token) >= 3 and (rest.islower() or not any(c.isupper() for c in rest))


def _followed_by_capital(text: str, pos: int) -> bool:
    """Whether another capitalised word follows (Priya Raman): then both are a name."""
    nxt = _NEXT_INITIAL.match(text, pos)
    return nxt is not None and nxt.group(1).isupper()


def _names_inside_sentences(text: str) -> frozenset[str]:
    """Capitalised words seen inside a sentence (Dear Tunde, with Tunde): names, lower-cased."""
    return frozenset(
        m.group().lower()
        for m in _CAPITALISED.finditer(text)
        if not is_sentence_start(text, m.start())
    )


def _name_or_foreign_line(line: str) -> bool:
    """A short line of names or another language: Pieter de Vries; Kia ora Aroha,; Ngā mihi,"""
    words = _PART.findall(line)
    if not words or len(words) > 5:
        return False
    if any(not w.replace("’", "").isascii() for w in words):
        return True
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised >= 2 and capitalised >= len(words) - 1 and not re.search(r"[.!?;:]", line)


#: Function words of other languages that join the words of a phrase ('hors les murs').
_FOREIGN_JOINS = (
    "de|la|le|les|du|des|del|los|las|di|da|der|die|das|und|et|y|il|el|von|van|e|al|en|um"
)
_JOINED_BY_FOREIGN_WORD = re.compile(rf"[ \t]+(?:{_FOREIGN_JOINS})[ \t]+", re.IGNORECASE)
_PREFIX_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[-‑]$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+([^\W\d_]+)")
_WORDS_NEAR = re.compile(r"[^\W\d_]+")
#: The words of thanks and farewells in other languages ('diolch', 'gracias', 'mihi').
_COURTESY_WORDS = frozenset(
    word for phrase in OTHER_LANGUAGE_CLOSINGS for word in phrase.split() if len(word) > 2
)


def _in_foreign_phrase(text: str, match: ProofMatch, flagged: list[ProofMatch]) -> bool:
    """A word joined to another unknown word by a function word of another language, or
    beside a word with letters English does not use, is part of a phrase in that language
    ('hors les murs', 'Scène nationale de Mâcon'), not a slip."""
    end = match.offset + match.length
    for other in flagged:
        if other is match:
            continue
        left, right = sorted(((other.offset, other.offset + other.length), (match.offset, end)))
        if _JOINED_BY_FOREIGN_WORD.fullmatch(text, left[1], right[0]):
            return True
    before = _WORD_BEFORE.search(text, max(0, match.offset - 40), match.offset)
    after = _WORD_AFTER.match(text[end : end + 40])
    neighbours = [m.group(1) for m in (before, after) if m]
    if any(not word.isascii() for word in neighbours):
        return True
    # 'Diolch yn fawr again for your time': two words either side of a courtesy in another
    # language belong to it
    near = _WORDS_NEAR.findall(text[max(0, match.offset - 30) : match.offset])[-2:]
    near += _WORDS_NEAR.findall(text[end : end + 30])[:2]
    return any(word.lower() in _COURTESY_WORDS for word in near)


def _spelling_match(start: int, word: str, suggestions: tuple[str, ...]) -> ProofMatch:
    """The match for a misspelt `word` at `start`."""
    return ProofMatch(
        offset=start,
        length=len(word),
        kind="spelling",
        rule_id=SPELLING_RULE_ID,
        message=f"Possible spelling mistake: '{word}'.",
        replacements=suggestions,
        category="TYPOS",
    )
