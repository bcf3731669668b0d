"""Rule `slang`: text-speak, emoji and over-casual words; every word list lives in the pack."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from followup_lint.checks.base import PhraseCheck
from followup_lint.matching import Match

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from followup_lint.annotated import Draft


class Slang(PhraseCheck):
    """Each pack entry match, anywhere in the note, is a finding with its formal suggestion.

    Words that are slang only as a feeling ('I'm stoked') are dropped when used as a verb
    with an object or in a perfect tense ('I have stoked the kiln'); phrases that are casual
    only on their own ('all good') are dropped before the noun they modify ('all good
    wishes'); nothing inside a proper name counts (the school 'Ysgol Bro Taf'), nor inside
    double quotation marks (someone else's words); and an intensifier after 'not' is a
    hedge ('not totally new'). 'Cool' kept or stayed is the temperature or calm ('staying
    cool').
    """

    id = "slang"

    def accept(self, draft: Draft, match: Match) -> bool:
        span = match.span
        if _inside_name(draft, span) or in_quotation(span):
            return False
        if match.entry.id in self.term_set("negatable-entries") and _after_not(span):
            return False  # 'not totally new to me': 'not entirely', a plain hedge
        if match.entry.id == "adjective-as" and _compared(span):
            return False  # 'just as keen as.', 'as busy as ever': a comparison, not 'keen as'
        if match.entry.id == "cool" and span.root.head.lemma_.lower() in ("stay", "keep"):
            return False  # 'staying cool' in the heat, 'kept cool under pressure': literal
        if match.entry.id == "dude" and _buddy_as_a_role(span.root):
            return False  # 'who is your buddy' on a first-day checklist, 'the buddy system'
        if match.entry.id in self.term_set("standalone-entries"):
            after = span.doc[span.end] if span.end < len(span.doc) else None
            if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ"):
                return False
        if match.entry.id not in self.term_set("feeling-entries"):
            return True
        token = span.root
        if any(c.dep_ in ("dobj", "obj") for c in token.children):
            return False
        return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)


def _buddy_as_a_role(word: Token) -> bool:
    """'buddy' for the colleague who shows a new starter round ('who is your buddy', 'a
    buddy for each new driver', 'the buddy scheme'), not a form of address ('Thanks,
    buddy') or a friend ('my buddy Dave')."""
    if word.lower_ != "buddy":
        return False
    if word.dep_ == "compound":
        return True  # 'the buddy system'
    return any(c.dep_ in ("det", "poss") and c.lower_ != "my" for c in word.children)


_QUOTES = re.compile(r'["“”]')


def in_quotation(span: Span) -> bool:
    """Inside double quotation marks in its sentence: someone else's words, quoted
    ('testers logging "game broken pls fix"'), not the writer's register."""
    sent = span.sent
    before = span.doc.text[sent.start_char : span.start_char]
    after = span.doc.text[span.end_char : sent.end_char]
    return len(_QUOTES.findall(before)) % 2 == 1 and bool(_QUOTES.search(after))


def _compared(span: Span) -> bool:
    """'as keen as', 'so easy as', 'twice as busy as': the 'as' completes a comparison."""
    doc = span.doc
    before = doc[max(0, span.start - 2) : span.start]
    return any(t.lower_ in ("as", "so", "twice", "half", "equally") for t in before)


def _after_not(span: Span) -> bool:
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_ in ("not", "n't", "never")


def _inside_name(draft: Draft, span: Span) -> bool:
    """Whether the match is part of a proper name: one from the context (company, role,
    interviewer), or a run of capitalised proper nouns in mid-sentence."""
    context = draft.context
    names = [context.company, context.position, context.sender, *context.interviewers]
    for name in filter(None, names):
        for found in re.finditer(re.escape(name), draft.text):
            if found.start() <= span.start_char and span.end_char <= found.end():
                return True
    first = span[0]
    if first.is_sent_start or not first.text[:1].isupper() or first.pos_ != "PROPN":
        return False
    doc = span.doc
    neighbours = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(_capitalised_name_word(t) for t in neighbours)


def _capitalised_name_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.pos_ == "PROPN"
