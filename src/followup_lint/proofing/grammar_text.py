"""The words of a note as the offline grammar rules see them: tokens and their neighbours,
sentence starts, the spans no rule may touch, and the word classes several rules share. Both
rule modules (`offline_grammar`, `learner_grammar`) build on it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

from followup_lint.proofing.model import ProofMatch

Rule = Callable[[str], list[ProofMatch]]


def words(spaced: str) -> frozenset[str]:
    """A word set written as one space-separated string."""
    return frozenset(spaced.split())


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_PROTECTED = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail address
    r"|(?:https?://|www\.)\S+"  # URL
    r"|(?<![\w.-])[^\W_]+(?:[.-][^\W_]+)*\.(?:com|org|net|io|co|dev|ai|app|edu|gov|uk|us|ca|au|de|info"
    r"|biz|me|ly|so|example)\b(?:/\S*)?"  # bare domain, with or without a path
    r"|(?<![\w.])[^\W_]+(?:\.[^\W_]+)+\b"  # dotted tokens: file.txt, Node.js, e.g
    r"|(?<![\w@])[@#][\w-]+"  # handle or tag
    r"|`[^`\n]*`",  # inline code
    re.IGNORECASE,
)

#: A day and month written the continental way, whose last stop is the date's own: 'on 03.11.
#: and for the tour'.
DAY_MONTH_STOP = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.$")
#: Abbreviations whose period does not end a sentence.
ABBREVIATIONS = words(
    "e.g i.e etc vs cf approx incl esp a.m p.m no nos fig mr mrs ms dr prof st inc ltd corp co "
    "jr sr dept est min max avg ext tel ph.d b.a m.a b.sc m.sc u.s u.k "
    # formal and South Asian letter style: '14th inst.', 'encl.', 'ref.', '20 yrs.', 'dt.'
    "inst ult prox encl enc ref attn hrs yrs wks mos dt"
)

# -- word classes several rules share ----------------------------------------------------
PREPOSITIONS = words(
    "of for to with from by into through in on at under within towards toward throughout about "
    "during"
)
#: Words that end a noun phrase: the verb after it.
NP_ENDERS = words("is are was were has have had will would")
BE_FORMS = words("is are was were be been being am isn't aren't wasn't weren't")
#: Words that cannot be the head noun after an acronym modifier.
FUNCTION_WORDS = (
    PREPOSITIONS
    | NP_ENDERS
    | words("a an the and or but if that which who to not so as than then when while because")
)
#: Bare verbs a learner leaves without the -s after 'he', 'she' or 'Mr. Dale' ("he say",
#: "Mr. Dale say that…"); after 'did', 'would' and the like the bare form is right.
THIRD_PERSON = {
    "say": "says", "want": "wants", "need": "needs", "have": "has", "do": "does", "go": "goes",
    "know": "knows", "think": "thinks", "tell": "tells", "like": "likes", "make": "makes",
    "take": "takes", "come": "comes", "give": "gives", "ask": "asks", "seem": "seems",
    "mean": "means", "look": "looks", "feel": "feels", "work": "works",
}  # fmt: skip
#: Words after which a bare verb is right ("did say", "let the team go").
AUXILIARIES = words(
    "do does did can could will would shall should may might must let make made help "
    "doesn't didn't can't couldn't won't wouldn't shouldn't"
)
#: Prepositions that take an object pronoun ("with me", "between you and me").
OBJECT_PREPOSITIONS = words(
    "with to for from about of at by like than behind beside besides between among around "
    "after before without within towards toward upon onto into near beyond"
)
#: Personal subject pronouns.
PERSONAL = words("i we you they he she")
#: Singular verbs a compound subject cannot take, with the plural it wants.
SINGULAR_VERBS = {"was": "were", "is": "are", "has": "have"}


# -- the words of a note -------------------------------------------------------------------


class Token(NamedTuple):
    """One word of the text (letters with internal apostrophes), with its code-point span and
    its comparison form: lower case with a straight apostrophe (computed once, as every rule
    compares words many times)."""

    start: int
    end: int
    text: str
    lower: str


@lru_cache(maxsize=8)
def tokens(text: str) -> tuple[Token, ...]:
    """The words of `text`; cached because every rule walks the same note. The comparison
    forms are cut from the note folded once (unless folding changes its length)."""
    folded = text.lower().replace("’", "'")
    spans = [m.span() for m in _WORD.finditer(text)]
    if len(folded) != len(text):
        return tuple(Token(s, e, text[s:e], text[s:e].lower().replace("’", "'")) for s, e in spans)
    make = tuple.__new__  # Token(...) without the named tuple's Python-level __new__
    return tuple([make(Token, (s, e, text[s:e], folded[s:e])) for s, e in spans])


#: What every protected span but inline code contains somewhere in its run of non-spaces.
_PROTECTED_HINT = re.compile(r"[@#]|://|www\.|[^\W_]\.[^\W_]", re.IGNORECASE)
_SPACE = re.compile(r"\s")


@lru_cache(maxsize=8)
def protected_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans no offline rule may touch: e-mail addresses, URLs, domains, handles, tags, code.

    Only inline code crosses a space; every other span lies in one run of non-spaces with a
    hint in it ('@', '://', a dot between letters), so the full pattern, slow at every
    position of a letter, runs on those runs alone (its lookbehinds still see the text)."""
    if "`" in text:
        return tuple((m.start(), m.end()) for m in _PROTECTED.finditer(text))
    spans: list[tuple[int, int]] = []
    end = 0
    for hint in _PROTECTED_HINT.finditer(text):
        if hint.start() < end:
            continue  # inside the run already searched
        start = max(text.rfind(c, 0, hint.start()) for c in " \t\n\r\f\v") + 1
        start = max(start, end)
        after = _SPACE.search(text, hint.end())
        end = after.start() if after else len(text)
        spans.extend((m.start(), m.end()) for m in _PROTECTED.finditer(text, start, end))
    return tuple(spans)


def in_protected(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans`."""
    return any(s < end and start < e for s, e in spans)


def grammar_match(
    tok: Token | tuple[int, int], rule_id: str, message: str, fix: str, category: str
) -> ProofMatch:
    """A grammar match over a word or a (start, end) span, with one suggested fix."""
    start, end = (tok.start, tok.end) if isinstance(tok, Token) else tok
    return ProofMatch(
        offset=start,
        length=end - start,
        kind="grammar",
        rule_id=rule_id,
        message=message,
        replacements=(fix,) if fix else (),
        category=category,
    )


def match_case(model: str, word: str) -> str:
    """`word` with the capitalisation of `model` ("Its" → "It's")."""
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def with_apostrophe(model: str, word: str) -> str:
    """`word` written with the apostrophe style of `model` (curly stays curly)."""
    return word.replace("'", "’") if "’" in model else word


def joined(text: str, left: Token, right: Token, *, lines: bool = True) -> bool:
    """Whether only spaces (and, when `lines`, one line break) separate two words."""
    gap = text[left.end : right.start]
    if not gap or gap.strip(" \t\n"):
        return False
    return gap.count("\n") <= (1 if lines else 0)


def hyphenated(text: str, tok: Token) -> bool:
    """Whether the word goes on with a hyphen or slash ("not-for-profit", "A/B"): a compound."""
    return text[tok.end : tok.end + 1] in ("-", "‑", "/", "&")


def next_word(toks: Sequence[Token], i: int, text: str) -> Token | None:
    """The word after toks[i] when nothing but spaces separates them."""
    if i + 1 < len(toks) and joined(text, toks[i], toks[i + 1]):
        return toks[i + 1]
    return None


def next_is(toks: Sequence[Token], i: int, text: str, word: str) -> bool:
    """Whether the word right after toks[i] is `word` (lower case)."""
    nxt = next_word(toks, i, text)
    return nxt is not None and nxt.lower == word


def prev_word(toks: Sequence[Token], i: int, text: str) -> Token | None:
    """The word before toks[i] when nothing but spaces separates them."""
    if i > 0 and joined(text, toks[i - 1], toks[i]):
        return toks[i - 1]
    return None


def is_sentence_start(text: str, pos: int) -> bool:
    """Whether a word at `pos` opens a sentence: text start, a new line, or after . ! ?"""
    j = pos - 1
    while j >= 0 and text[j] in " \t\"'“‘([*_":
        j -= 1
    if j < 0 or text[j] == "\n":
        return True
    if text[j] not in ".!?" or j + 1 == pos:
        return False
    head = text[max(0, j - 12) : j + 1]
    if DAY_MONTH_STOP.search(head):
        return False
    before = re.search(r"([\w.]+)\.$", head)
    return before is None or before.group(1).lower() not in ABBREVIATIONS


#: Plurals of nouns English never counts ('informations', 'advices'): a grammar slip of
#: writers whose language counts them, not a misspelling.
UNCOUNTABLE_PLURALS = {
    "informations": "information",
    "advices": "advice",
    "feedbacks": "feedback",
    "equipments": "equipment",
    "furnitures": "furniture",
    "luggages": "luggage",
    "homeworks": "homework",
}
