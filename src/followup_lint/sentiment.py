"""Word valence from the VADER lexicon: a broad, human-rated signal of evaluative words.

Rules that look for negative judgements (a put-down, a grievance) cannot list every word a
stranger might use; VADER's ~7,500 entries, each rated by ten people from -4 (very negative)
to +4 (very positive), can. Only the data file is read, through `importlib.resources`: the
`vaderSentiment` module itself imports `requests`, which we neither need nor want to load.
"""

from __future__ import annotations

import os
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from followup_lint.checks.base import Check
    from followup_lint.rulepacks import Entry

PACKAGE = "vaderSentiment"
LEXICON = "vader_lexicon.txt"


def _is_word(token: str) -> bool:
    """A word entry ('clueless', 'fed-up', "can't"), not an emoticon such as ':-(' or '%)'."""
    return token.replace("-", "").replace("'", "").isalpha()


def parse(text: str) -> dict[str, float]:
    """Word -> mean valence from the lexicon's tab-separated lines (token, mean, sd, ratings)."""
    found: dict[str, float] = {}
    for line in text.splitlines():
        token, mean, _ = line.split("\t", 2)
        if _is_word(token):
            found[token.lower()] = float(mean)
    return found


@cache
def lexicon() -> dict[str, float]:
    """The word valences, read once per process from the installed vaderSentiment package.
    Parsing its 7,500 lines takes ~9 ms, a fortieth of a one-file run beyond spaCy, so the
    result is kept in the cache folder (keyed by the file's size and modification time) and
    read back in ~2 ms."""
    from followup_lint.proofing.cache import cache_root, load_marshal, store_marshal

    source = files(PACKAGE).joinpath(LEXICON)
    try:
        info = os.stat(str(source))
        stored_as: Path | None = (
            cache_root() / "sentiment" / f"vader-{info.st_size}-{info.st_mtime_ns}.marshal"
        )
    except OSError:  # not a plain file (a zipped install): parse it every time
        stored_as = None
    stored = load_marshal(stored_as) if stored_as else None
    if isinstance(stored, dict) and stored:
        return stored
    table = parse(source.read_text(encoding="utf-8"))
    if stored_as:
        store_marshal(stored_as, table)
    return table


def valence(word: str) -> float:
    """Mean human rating of a lower-cased word or lemma; 0.0 when the lexicon lacks it."""
    return lexicon().get(word, 0.0)


def token_valence(lower: str, lemma: str) -> float:
    """The more negative of a token's form and lemma ('disappointing' -> 'disappoint')."""
    table = lexicon()
    return min(table.get(lower, 0.0), table.get(lemma, 0.0))


def is_negative(word: str, threshold: float) -> bool:
    """Whether a word's mean rating is at or below `threshold` (a negative number)."""
    return valence(word) <= threshold


@cache
def negative_words(threshold: float) -> tuple[str, ...]:
    """The words rated at or below `threshold`, found once per process and threshold."""
    return tuple(word for word, mean in lexicon().items() if mean <= threshold)


@cache
def negative_hashes(threshold: float) -> frozenset[int]:
    """The string ids (hashes of the text, the same in every spaCy string store) of the words
    rated at or below `threshold`: a check tests a token's `lower` or `lemma` with a set
    lookup, building no string. One set per threshold, so checks sharing a threshold share
    `rated_tokens`' pass over each Doc."""
    from spacy.strings import hash_string

    return frozenset(hash_string(word) for word in negative_words(threshold))


def rated_tokens(doc: Doc, negative: frozenset[int], parts: frozenset[int]) -> list[Token]:
    """The Doc's tokens whose form or lemma is among `negative` (from `negative_hashes`) and
    whose part of speech is among `parts` (spaCy POS ids): one pass over two integer columns
    per Doc and word set, kept in the Doc, so checks look only at the few rated words
    instead of building every token."""
    key = ("followup_lint.rated", id(negative))
    found = doc.user_data.get(key)
    if found is None:
        from spacy.attrs import LEMMA, LOWER

        rows = doc.to_array([LOWER, LEMMA]).tolist() if len(doc) else []
        found = doc.user_data[key] = [
            i for i, (lower, lemma) in enumerate(rows) if lower in negative or lemma in negative
        ]
    return [token for token in (doc[i] for i in found) if token.pos in parts]


class RatedWords:
    """A rule's reading of the lexicon, from its pack: the words rated at or below its
    `lexicon-threshold` setting, in the parts of speech its `lexicon-parts` list names,
    reported as the entry its `lexicon-entry` setting names."""

    __slots__ = ("_negative", "_parts", "entry")

    def __init__(self, check: Check) -> None:
        from spacy.parts_of_speech import IDS

        self.entry: Entry = next(
            e for e in check.pack.entries if e.id == check.settings["lexicon_entry"]
        )
        self._negative = negative_hashes(float(check.settings["lexicon_threshold"]))
        self._parts = frozenset(IDS[p.upper()] for p in check.term_set("lexicon-parts"))

    def tokens(self, doc: Doc) -> list[Token]:
        """The Doc's rated words (`rated_tokens`)."""
        return rated_tokens(doc, self._negative, self._parts)
