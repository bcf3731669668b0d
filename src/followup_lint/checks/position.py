"""Rule `position`: the subject line or text must name the job title (or a clear variant)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from followup_lint.annotated import Draft

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def singular(word: str) -> str:
    """A crude singular for comparing titles: 'analysts' → 'analyst', 'nurses' → 'nurse'."""
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_LINKING = frozenset({"of", "and", "&", "the", "for", "to", "in"})


class Position(Check):
    """Matches the context title, its core without seniority, its acronym (whole or for its
    last words: 'Enterprise AE'), or a role phrase."""

    id = "position"
    message_keys = frozenset({"missing", "missing-unknown"})
    needs = frozenset({"pos"})

    def setup(self, nlp: Language) -> None:
        self._abbreviations = {
            short.strip(): long.strip().split()
            for short, _, long in (a.partition("=") for a in self.pack.terms["abbreviations"])
        }

    def run(self, draft: Draft) -> Iterator[Hit]:
        words = self._text_words(draft, draft.context.company)
        position = draft.context.position
        if position:
            titles = [position, *_main_title(position)]
            company = draft.context.company
            if not any(self._mentions_title(words, t, draft.doc, company) for t in titles):
                yield self.hit(
                    "missing",
                    draft.first_sentence_range(),
                    position=position,
                )
        elif not self._mentions_any_role(draft):
            yield self.hit("missing-unknown", draft.first_sentence_range())

    # -- normalisation -----------------------------------------------------------------
    def _normalise(self, text: str) -> list[str]:
        """Lower-case words with abbreviations expanded and plurals made singular."""
        out: list[str] = []
        for word in _TOKEN.findall(text.lower().replace("-", " ")):
            out.extend(singular(w) for w in self._abbreviations.get(word, [word]))
        return out

    def _text_words(self, draft: Draft, company: str | None) -> list[str]:
        """The normalised words of everything but the signature (the subject line counts),
        with the company's name blanked out: 'Barista Brothers' does not name a barista."""
        words: list[str] = []
        for rng in draft.prose_ranges():
            words.extend(self._normalise(draft.text[rng.start : rng.end]))
            words.append("¶")  # never let a title match across parts
        name = self._normalise(company or "")
        if name:
            for i in range(len(words) - len(name) + 1):
                if words[i : i + len(name)] == name:
                    words[i : i + len(name)] = ["¶"] * len(name)
        return words

    # -- with a known title ------------------------------------------------------------
    def _mentions_title(
        self, words: list[str], position: str, doc: Doc, company_name: str | None
    ) -> bool:
        title = self._normalise(position)
        ignorable = self.term_set("function-words")
        core = [w for w in title if w not in self.term_set("seniority") and w not in ignorable]
        if not core:
            core = [w for w in title if w not in ignorable]
        if _contains(words, title) or _contains(words, core):
            return True
        if self._acronym_matches(doc, position, core):
            return True
        if any(_contains(words, f) for t in (title, core) for f in partly_initialled(t)):
            return True  # 'the Enterprise AE role'
        roles = {singular(r) for r in self.term_set("role-nouns")}
        head, modifiers = core[-1], core[:-1]
        # "the analyst role": the title's head named as a job.
        if _followed_by(words, [head], roles):
            return True
        # "the QA opening", "the opening on your QA team": the title's distinctive words
        # beside a job noun (words of the company's name are not distinctive).
        company = set(self._normalise(company_name or ""))
        if not modifiers or set(modifiers) <= company:
            return False
        return _beside_role(words, modifiers, roles)

    def _acronym_matches(self, doc: Doc, position: str, core: Sequence[str]) -> bool:
        """'PM' for 'Product Manager', 'SRE' for 'Site Reliability Engineer'."""
        candidates = set()
        full = [w for w in position.lower().replace("-", " ").split() if w not in _LINKING]
        for words in (core, full):  # 'CFO' keeps the C of 'Chief' that the core drops
            letters = "".join(w[0] for w in words if w)
            if len(letters) >= 2:
                candidates.add(letters)
        for short, long in self._abbreviations.items():
            if long == core or " ".join(long) == " ".join(core):
                candidates.add(short)
        return any(t.text.isupper() and t.text.lower() in candidates for t in doc)

    # -- without a known title ---------------------------------------------------------
    def _mentions_any_role(self, draft: Draft) -> bool:
        """A title-like noun phrase: 'the data analyst role', 'a nurse position', 'Line Cook'."""
        roles = self.term_set("role-nouns")
        heads = self.term_set("title-heads")
        greeting = draft.parts.greeting
        prose = [r for r in draft.prose_ranges() if r != greeting]
        for token in draft.doc:
            if not any(r.contains(token.idx) for r in prose):
                continue
            lower = token.lower_
            if lower in roles:
                modifiers = [
                    c
                    for c in token.children
                    if c.dep_ in ("compound", "amod", "nmod")
                    and c.pos_ in ("NOUN", "PROPN", "ADJ")
                    and c.lower_ not in {"new", "open", "current", "exciting", "great", "this"}
                ]
                of_phrase = [
                    c
                    for c in token.children
                    if c.dep_ == "prep" and c.lower_ in ("of", "for", "as")
                ]
                if modifiers or any(
                    g.pos_ in ("NOUN", "PROPN") and singular(g.lower_) in heads
                    for p in of_phrase
                    for g in p.subtree
                ):
                    return True
            if office_title(token):
                return True  # 'Head of Customer Success'
            if (
                singular(lower) in heads
                and token.pos_ in ("NOUN", "PROPN")
                and (
                    token.text[:1].isupper()
                    or any(c.dep_ in ("compound", "amod") for c in token.children)
                    or token.head.lower_ in roles
                )
            ):
                return True
        return False


_QUALIFIER = re.compile(r"\s+[–—-]\s+|\s*[(,:|/]\s*")


#: Offices named by what they head: 'Head of Customer Success', 'Director of Nursing'.
_OFFICES = frozenset({"head", "director", "vp", "chief", "dean", "principal", "president"})


def office_title(token: Token) -> bool:
    """A capitalised office with what it heads after 'of': 'Head of Customer Success'."""
    return (
        token.lower_ in _OFFICES
        and token.text[:1].isupper()
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    )


def partly_initialled(title: Sequence[str]) -> list[list[str]]:
    """The title with a run of two or more of its words given by their initials and the
    rest in full: 'enterprise ae' for Enterprise Account Executive, 'ml engineer' for Machine
    Learning Engineer, 'senior pm' for Senior Product Manager."""
    n = len(title)
    return [
        [*title[:i], "".join(w[0] for w in title[i:j] if w), *title[j:]]
        for i in range(n - 1)
        for j in range(i + 2, n + 1)
        if j - i < n
    ]


def _main_title(position: str) -> list[str]:
    """'Data Analyst – Public Health' → ['Data Analyst']: the title before its qualifier;
    'QA Automation Engineer' → ['Automation Engineer']: a title of two words or more after
    the initials of its field."""
    titles: list[str] = []
    head = _QUALIFIER.split(position, maxsplit=1)[0].strip()
    if head and head != position.strip():
        titles.append(head)
    words = (head or position).split()
    field = words[0] if words else ""
    if len(words) >= 3 and 2 <= len(field) <= 4 and field.isalpha() and field.isupper():
        titles.append(" ".join(words[1:]))
    return titles


def _starts(words: Sequence[str], needle: Sequence[str]) -> Iterator[int]:
    """Every index at which `needle` occurs as a contiguous run of `words` (found with
    list.index on the first word, not a slice compared at every position)."""
    n = len(needle)
    if not n:
        return
    words, needle = list(words), list(needle)
    first, start = needle[0], 0
    while True:
        try:
            i = words.index(first, start)
        except ValueError:
            return
        if words[i : i + n] == needle:
            yield i
        start = i + 1


def _contains(words: Sequence[str], needle: Sequence[str]) -> bool:
    """Whether `needle` occurs as a contiguous run of `words`."""
    return next(_starts(words, needle), None) is not None


def _followed_by(words: Sequence[str], needle: Sequence[str], nouns: set[str]) -> bool:
    """`needle` directly followed by one of `nouns`."""
    n = len(needle)
    return any(i + n < len(words) and words[i + n] in nouns for i in _starts(words, needle))


def _beside_role(words: Sequence[str], needle: Sequence[str], roles: set[str]) -> bool:
    """`needle` just before a job noun ('QA opening'), or after one and a preposition
    ('opening on your QA team')."""
    n = len(needle)
    linkers = {"on", "in", "for", "with", "within", "at"}
    determiners = {"the", "your", "our", "a", "an", "this"}
    for i in _starts(words, needle):
        if any(w in roles for w in words[i + n : i + n + 2]):
            return True
        j = i - 1
        if j >= 0 and words[j] in determiners:
            j -= 1
        if j >= 1 and words[j] in linkers and words[j - 1] in roles:
            return True
    return False
