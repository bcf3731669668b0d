"""Rule `personalization`: a thank-you note should mention something specific from the visit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

    from followup_lint.annotated import Draft

_OBJECTS = ("dobj", "pobj", "attr", "oprd", "dative", "nsubjpass", "appos")


class Personalization(Check):
    """A noun phrase that belongs to the conversation or the employer (the object of 'you
    described', 'we discussed', 'hearing about'; modified by 'you mentioned'; 'your plan';
    the topic of 'our discussion about') and is specific: a name or number that is not the
    context's, or two content words outside the generic job-search vocabulary."""

    id = "personalization"
    message_keys = frozenset({"missing"})
    needs = frozenset({"parser", "lemmatizer", "ner", "sentences"})

    def setup(self, nlp: Language) -> None:
        self._generic = self.term_set("generic-words")
        self._vague = self.term_set("vague-modifiers")
        self._verbs = self.term_set("conversation-verbs")
        self._nouns = self.term_set("conversation-nouns")
        self._others = self.term_set("their-side")
        self._writer = self.term_set("writer-side")
        self._titles = self.term_set("title-nouns")
        self._entities = self.term_set("specific-entities")
        self._numbers = self.term_set("specific-numbers")
        self._conditions = self.term_set("conditions")
        self._companions = self.term_set("companion-prepositions")
        self._min_words = int(self.settings["min_specific_words"])

    def run(self, draft: Draft) -> Iterator[Hit]:
        excluded = _context_words(draft)
        for sent in draft.sentences_in(draft.parts.paragraphs):
            if any(self._specific(a, excluded) for a in self._anchors(sent)):
                return
        yield self.hit("missing", draft.first_sentence_range())

    # -- what belongs to the conversation or the employer ------------------------------------
    def _anchors(self, sent: Span) -> Iterator[Token]:
        """Noun phrases (their head tokens) that the sentence ties to the reader's side."""
        for token in sent:
            lemma = token.lemma_.lower()
            if token.pos_ in ("VERB", "AUX") and (
                lemma in self._verbs
                or (self._their_subject(token) and not self._hypothetical(token))
            ):
                yield from self._objects_of(token)
            if token.pos_ in ("NOUN", "PROPN"):
                if any(c.dep_ == "relcl" and self._their_subject(c) for c in token.children):
                    yield token  # 'the audit you described', 'the flow we sketched'
                if any(c.dep_ == "poss" and self._theirs(c) for c in token.children):
                    yield token  # 'your plan to build the list', 'the school's model'
                if lemma in self._nouns:
                    yield from self._objects_of(token)  # 'our discussion about automation'
                if self._companion(token):
                    yield token  # 'tasting the new blend with Priya'

    def _objects_of(self, head: Token) -> Iterator[Token]:
        for child in head.children:
            if child.dep_ in _OBJECTS or child.dep_ in ("ccomp", "xcomp", "pcomp"):
                yield child
            elif child.dep_ in ("prep", "prt", "advmod"):
                for grandchild in child.children:
                    if grandchild.dep_ in ("pobj", "pcomp", "dobj"):
                        yield grandchild

    def _companion(self, token: Token) -> bool:
        """A person the writer did something with during the visit ('shadowing the night shift
        with Tomas'), not a colleague from the writer's own past ('my manager Ana', 'I have
        worked with Ana')."""
        if token.ent_type_ != "PERSON" or token.dep_ != "pobj":
            return False
        if token.head.lower_ not in self._companions:
            return False
        clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token.head)
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children):
            return False  # 'I have worked with Ana for years'
        return not any(t.dep_ == "poss" and t.lower_ in self._writer for t in clause.subtree)

    def _hypothetical(self, verb: Token) -> bool:
        """'if you would like me to come in', 'should you need references': not something
        they said or did, but a possible future."""
        return any(
            c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ in self._conditions)
            for c in verb.children
        )

    def _their_subject(self, verb: Token) -> bool:
        """The clause's subject is the reader's side: you, we, your team, the company."""
        return any(c.dep_ in ("nsubj", "nsubjpass") and self._theirs(c) for c in verb.children)

    def _theirs(self, token: Token) -> bool:
        if token.lower_ in self._others or token.lemma_.lower() in self._others:
            return True
        return any(c.dep_ == "poss" and c.lower_ in self._others for c in token.children)

    # -- what is specific -------------------------------------------------------------------------
    def _in_title(self, token: Token) -> bool:
        """A word of a job title: 'journeyman plumber' in 'the journeyman plumber position'."""
        return any(t.lemma_.lower() in self._titles for t in _modifier_chain(token))

    def _specific(self, anchor: Token, excluded: frozenset[str]) -> bool:
        if any(c.dep_ == "poss" and c.lower_ in self._writer for c in anchor.children):
            return False  # 'my transcript', 'my experience': the writer's side
        content = 0
        for token in anchor.subtree:
            lower, lemma = token.lower_, token.lemma_.lower()
            if lower in excluded or lemma in excluded:
                continue
            if token.like_num and (
                token.ent_type_.lower() in self._numbers
                or (not token.ent_type_ and token.head.pos_ == "PROPN")
            ):
                return True  # '40 percent', 'Highway 7', 'Ward 9B'
            if self._in_title(token):
                continue
            if token.ent_type_.lower() in self._entities and token.pos_ == "PROPN":
                return True
            if (
                (token.pos_ in ("NOUN", "PROPN", "ADJ") or token.tag_ == "VBG")
                and token.is_alpha
                and not token.is_stop
                and lemma not in self._generic
                and lower not in self._generic
                and lemma not in self._vague
                and lemma not in self._verbs
            ):
                content += 1
                if content >= self._min_words:
                    return True
        return False


def _modifier_chain(token: Token) -> Iterator[Token]:
    """The nouns a modifier belongs to: 'plumber' -> 'position' in 'the plumber position'."""
    while token.dep_ in ("compound", "amod", "nmod", "nummod") and token.head is not token:
        token = token.head
        yield token


def _context_words(draft: Draft) -> frozenset[str]:
    """Words of the interviewers' and sender's names, the company and the position."""
    context = draft.context
    names = [*context.interviewers, context.company or "", context.position or ""]
    if context.sender:
        names.append(context.sender)
    return frozenset(w.strip(".,&'’()").lower() for n in names for w in n.split() if w)
