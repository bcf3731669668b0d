"""Rule `call-to-action`: the note must close politely looking forward (hearing back, next
steps, an offer of more material, keeping in touch).

The rule is lenient: it fires only when no sentence of the letter turns, politely, toward a
future contact with the reader. Such a sentence has two parts, found in the parse:

- a word of CONTACT or of the PROCESS: hearing, talking, replying, meeting again, a call, news,
  a decision, the next steps, material sent on ('send my portfolio'), a reader's need ('if you
  need anything'), 'give me a ring';
- governed, with nothing past, negated, obliged or thanked for in between, by a word that LOOKS
  AHEAD: a modal ('I can send', 'I'd welcome an update'), hope or eagerness ('hoping for good
  news', 'keen to hear'), willingness ('happy to send'), an imperative or a 'please' ('let me
  know', 'do not hesitate to call'), asking ('I was wondering whether…'), availability ('I
  remain at your disposal for any information').

A question about the process, 'look forward', thanks in advance, a request hedged on the
reader ('If you could…, I would be grateful'), an offer put as a question ('Would it help if I
sent over the plan?') or made on the reader's need whatever it offers, and the writer's details
left with the reader ('you've got my number') count as they are. A sentence the demand-reply
rule flags is never a polite close.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.checks.complaint import hyphenated_word, is_perfect, own_subjects, subject_of
from followup_lint.checks.demand_reply import DemandReply
from followup_lint.checks.slang import in_quotation
from followup_lint.draft.model import TextRange
from followup_lint.matching import entry_matcher
from followup_lint.models import Kind
from followup_lint.rulepacks import load_packs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

    from followup_lint.annotated import Draft

_AHEAD, _BLOCKED, _PASS = "ahead", "blocked", "pass"
_CLAUSE_LINKS = ("ccomp", "advcl")
# Word lists whose words start a close, and those that point at the word that may ('another'
# at 'chat', 'me' at 'give me a ring', 'if' at its condition): only these are looked at.
_TRIGGERS = (
    "contact-verbs",
    "contact-nouns",
    "reaching-verbs",
    "answering-verbs",
    "reunion-verbs",
    "offer-verbs",
    "telling-verbs",
    "request-abbreviations",
    "advance-words",
    "copulas",
    "need-words",
    "channel-nouns",
    "reach-words",
    "mind-verbs",
)
_POINTERS = ("again-words", "writer-objects", "need-words", "conditions")
# What an act done for a person gives them beyond being its object.
_GIVEN = ("dobj", "dative", "prep", "prt", "xcomp", "ccomp")


class CallToAction(Check):
    """Fires when no sentence of the body or closing holds a word of contact governed by a
    word that looks ahead, a process question, 'look forward' or thanks in advance."""

    id = "call-to-action"
    needs = frozenset({"parser", "lemmatizer", "ner", "sentences"})
    message_keys = frozenset({"missing", "demand", "suggest", "suggest-rejection-reply"})

    def setup(self, nlp: Language) -> None:
        self._demand = DemandReply(load_packs()["demand-reply"])
        self._demand.setup(nlp)
        self._terms = {name: self.term_set(name) for name in self.pack.terms}
        self._triggers = frozenset().union(*(self._terms[n] for n in _TRIGGERS), {"look"})
        self._pointers = frozenset().union(*(self._terms[n] for n in _POINTERS))
        self._idioms = entry_matcher(nlp, self.pack)  # 'you know where I am'
        # 'checking in to see if…', 'I would be grateful to learn whether…'
        self._asking = self._terms["ask-words"] | {"see", "check", "learn"}

    def run(self, draft: Draft) -> Iterator[Hit]:
        demands = [TextRange(h.start, h.end) for h in self._demand.run(draft)]
        sentences = self.letter_sentences(draft)
        if next(self.closing(draft, sentences, demands), None) is not None:
            return
        last = draft.parts.paragraphs[-1] if draft.parts.paragraphs else None
        anchor = last or draft.first_sentence_range()
        kind = "suggest-rejection-reply" if draft.kind is Kind.REJECTION_REPLY else "suggest"
        yield self.hit(
            "demand" if demands else "missing", anchor, suggestions=[self.pack.message(kind)]
        )

    @staticmethod
    def letter_sentences(draft: Draft) -> list[Span]:
        """The sentences a close may be in: the paragraphs, the closing line and a postscript,
        the letter's last word ('P.S. Happy to send the deck if useful.')."""
        parts = draft.parts
        in_letter = [*parts.paragraphs, *filter(None, [parts.closing, parts.postscript])]
        return list(draft.sentences_in(in_letter))

    def closing(
        self, draft: Draft, sentences: list[Span], demands: list[TextRange] | None = None
    ) -> Iterator[Span]:
        """The sentences the hand-written tests read as a polite close, last first (a close
        is usually in the last lines, and any one will do); none that presses for a reply."""
        if demands is None:
            demands = [TextRange(h.start, h.end) for h in self._demand.run(draft)]
        idioms = [m.span for m in self._idioms(draft.doc)]
        for sent in reversed(sentences):
            idiom = any(sent.start <= m.start and m.end <= sent.end for m in idioms)
            if (idiom or self._closes(sent)) and not _overlaps_any(sent, demands):
                yield sent

    def _in(self, token: Token, name: str) -> bool:
        """Whether the word (its lemma or its form) is in the pack's word list `name`."""
        words = self._terms[name]
        return token.lemma_.lower() in words or token.lower_ in words

    # -- a sentence that closes politely ---------------------------------------------------
    def _closes(self, sent: Span) -> bool:
        """Whether the sentence turns toward a future contact with the reader."""
        if self._asks_about_process(sent) or self._until_next_time(sent):
            return True
        if self._asks_if_it_helps(sent):
            return True
        if self._offers_a_hand(sent) or self._bare_call(sent) or self._standing_by(sent):
            return True
        if _on_request(sent):
            return True
        for token in self._candidates(sent):
            if self._reachable(token):
                return True
            if self._looks_forward(token) or self._thanks_in_advance(token):
                return True
            if self._at_disposal(token) or self._by_the_phone(token):
                return True
            if self._thanked_condition(token) or self._offered_on_need(token):
                return True
            if self._is_contact(token) and self._governed_ahead(token):
                return True
        return self._offers_holds_or_asks(sent)

    def _offers_holds_or_asks(self, sent: Span) -> bool:
        """One pass for the tests that start from a few words: an offer on the reader's need
        (from its condition), the writer's details with the reader ('have', 'get'), and
        asking whether ('wonder', 'see', 'check')."""
        for token in sent:
            if _condition_of(token, token.head) and self._writer_offers_on_need(token.head):
                return True
            lemma = token.lemma_.lower()
            if lemma in ("have", "get") and self._reader_holds_channel(token):
                return True
            if lemma in self._asking and self._asks_whether(token):
                return True
        return False

    def _candidates(self, sent: Span) -> Iterator[Token]:
        """The words that may start a close; the rest of the sentence is not looked at."""
        for token in sent:
            if in_quotation(token.doc[token.i : token.i + 1]):
                continue  # 'someone who "can start producing insights"': the reader's words
            lemma, form = token.lemma_.lower(), token.lower_
            if lemma in self._triggers or form in self._triggers:
                yield token
            elif hyphenated_word(token) in self._triggers:
                yield token  # 'a heads-up', split by the tokenizer into 'heads', '-', 'up'
            elif form.endswith("ing") and token.pos_ == "NOUN":
                yield token  # perhaps a gerund of contact: 'I'd appreciate hearing…'
            if lemma in self._pointers or form in self._pointers:
                yield token.head

    def _governed_ahead(self, contact: Token) -> bool:
        """Walk up from a word of contact to the first word that looks ahead; a past, negated,
        obliged or thanked-for clause on the way, or a report of the past, stops the walk."""
        node, told = contact, False
        for _ in range(8):
            state = self._state(node, told)
            if state != _PASS:
                return state == _AHEAD
            if node.head.i == node.i:
                return False
            told = told or self._stated(node)
            node = node.head
        return False

    def _stated(self, clause: Token) -> bool:
        """'I will say that…', 'I should be transparent that…': the clause is what the writer
        states."""
        return (
            clause.dep_ == "ccomp"
            and (self._in(clause.head, "statement-verbs") or clause.head.pos_ == "ADJ")
            and not _asked(clause)
        )

    def _state(self, node: Token, told: bool) -> str:
        """Whether a word on the walk looks ahead, blocks it or lets it pass. Above a
        statement ('I will say that…'), only hoping, asking or a request looks ahead."""
        if self._reported(node) or self._third_party(node) or self._obliged(node):
            return _BLOCKED
        if self._in(node, "memory-words") or self._watches(node):
            return _BLOCKED  # 'I will always remember our conversation'
        if self._in(node, "apology-words"):
            return _BLOCKED  # 'please excuse me if it sounds like talking': about this note
        if _preferred_over(node):
            return _BLOCKED  # 'I'd rather hear that now than find out later': a preference
        if _manner_or_reported_question(node):
            return _BLOCKED  # 'the way I would prepare for an exam', 'considered how it will be'
        if _formal_notice(node):
            return _BLOCKED  # 'Please be informed that I acknowledge receipt': a notice
        if self._ahead(node, told):
            return _AHEAD
        if self._blocks(node):
            return _BLOCKED
        return _PASS

    # -- words that look ahead -------------------------------------------------------------
    def _ahead(self, node: Token, told: bool = False) -> bool:
        """A modal, hope, willingness, an imperative or 'please', asking, or availability."""
        if self._asks(node) or self._hope_idiom(node) or self._eager_fragment(node):
            return True
        if _looks_back(node) or self._negated(node) or self._writer_passive(node):
            return False
        if (
            self._in(node, "hope-words")
            or self._hoped_aside(node)
            or self._stands_by(node)
            or self._imperative(node)
            or any(self._polite_request(c) for c in node.children)
        ):
            return True
        return not told and (self._modal(node) or self._willing(node) or self._available(node))

    def _polite_request(self, word: Token) -> bool:
        """'Please', 'kindly' asking, before its verb or alone; not 'for letting me know so
        kindly' (a manner, after the verb)."""
        if not self._in(word, "politeness-markers"):
            return False
        return word.i < word.head.i or not any(c.dep_ == "advmod" for c in word.children)

    def _hoped_aside(self, node: Token) -> bool:
        """'Hope we get to speak again', 'Hopefully we talk soon': a hope put before the
        clause as an aside, which the parse hangs below its verb."""
        return any(
            c.dep_ in ("advmod", "npadvmod", "intj") and self._in(c, "hope-words")
            for c in node.children
        )

    @staticmethod
    def _stands_by(node: Token) -> bool:
        """'Standing by for your update', 'Keeping an eye out for your email': awaiting."""
        lemma = node.lemma_.lower()
        if lemma == "stand":
            return any(
                c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "by" for c in node.children
            )
        return (
            lemma == "keep"
            and any(c.dep_ == "dobj" and c.lower_ == "eye" for c in node.children)
            and any(c.lower_ == "out" for c in node.children)
        )

    def _modal(self, node: Token) -> bool:
        """'I can send', 'I'd welcome', 'it would be great to hear', not 'I must have an
        answer' nor 'I would be a good fit' (a claim about the writer, not an offer)."""
        auxiliaries = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        modals = [c for a in (node, *auxiliaries) for c in a.children if c.tag_ == "MD"]
        if not modals or any(self._in(c, "obligation-words") for c in modals):
            return False
        if node.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in node.children):
            return False  # 'you'd mentioned': a past perfect
        if self._in(node, "unwilling-words"):
            return False  # 'I would be crushed to lose it', read as a passive
        if any(self._in(c, "duty-modals") for c in modals) and not self._thankful(node):
            return False  # 'I should tell you', but 'I should be most grateful'
        values = [c for c in node.children if c.dep_ in ("acomp", "attr")]
        return not values or any(self._offered_value(c) for c in values)

    def _offered_value(self, value: Token) -> bool:
        """What 'would be' says: a willing adjective ('I'd be happy'), or a help or thanks to
        come ('an update would be a great help'), not a claim ('I would be a good fit')."""
        if value.dep_ == "acomp":
            return not self._in(value, "unwilling-words")
        return self._in(value, "appreciation-words")

    def _thankful(self, word: Token) -> bool:
        """'appreciate', 'be grateful', 'be brilliant': thanks for something to come."""
        return self._in(word, "appreciation-words") or any(
            c.dep_ == "acomp" and self._in(c, "appreciation-words") for c in word.children
        )

    def _willing(self, node: Token) -> bool:
        """'happy to send', 'stoked to share', 'glad of any feedback': an adjective of the
        writer with something to do or to have, except reluctance ('sorry to send')."""
        willing = self._in(node, "willing-words")
        if self._in(node, "unwilling-words"):
            return False
        if node.head.lower_ == "being":
            return False  # 'thanks for being so easy to talk to': the reader described
        if not willing and not (node.pos_ == "ADJ" and node.dep_ in ("acomp", "ROOT")):
            return False
        return any(
            c.dep_ == "xcomp" or (willing and c.dep_ == "prep" and self._in(c, "wanting-preps"))
            for c in node.children
        )

    def _imperative(self, node: Token) -> bool:
        """'Let me know', 'Give me a ring', 'Speak soon, I hope': a bare verb with no subject
        that opens its sentence or is joined to one that does."""
        if node.lower_ in self._terms["request-abbreviations"]:
            return True  # 'Lmk if you need anything'
        if node.tag_ != "VB" or self._in(node, "thank-words"):
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") and not _topic(c) for c in node.children):
            return False
        if any(c.dep_ == "aux" and c.lemma_.lower() != "do" for c in node.children):
            return False  # 'to send', but 'Do shout if…'
        if node.dep_ == "conj":  # 'Thanks, and let me know…'
            return (
                node.head.pos_ not in ("VERB", "AUX")
                or self._imperative(node.head)
                or _so_clause(node)
            )
        return node.dep_ == "ROOT" or (
            node.dep_ in ("ccomp", "parataxis", "advcl") and node.i == node.sent.start
        )

    def _hope_idiom(self, node: Token) -> bool:
        """'Fingers crossed I hear good news': a verbless hope the parse reads as a past."""
        return self._in(node, "hope-words") and any(
            c.dep_ == "nsubj" and self._in(c, "hope-idiom-subjects") for c in node.children
        )

    def _eager_fragment(self, verb: Token) -> bool:
        """'Keen to hear your thoughts', 'Happy to chat': an adjective with no subject, which
        the parse may read as a name that is the subject of the infinitive."""
        return any(
            c.dep_ == "nsubj"
            and c.i == verb.sent.start
            and (self._in(c, "hope-words") or self._in(c, "willing-words"))
            for c in verb.children
        ) and any(c.tag_ == "TO" for c in verb.children)

    def _asks(self, node: Token) -> bool:
        """'I was wondering whether…', 'I wanted to ask about…': asking now, or politely in
        the past progressive, not 'I wondered where the office was'."""
        return (
            self._in(node, "ask-words")
            and node.pos_ == "VERB"
            and not any(c.dep_ == "nsubjpass" for c in node.children)
            and node.tag_ != "VBD"
            and not is_perfect(node)
            and not self._negated(node)
        )

    def _available(self, node: Token) -> bool:
        """'I remain available for a call', 'I'm around all week if you'd like to chat'."""
        if not self._in(node, "copulas"):
            return False
        for child in node.children:
            if child.dep_ in ("acomp", "advmod") and self._in(child, "available-words"):
                return True
        # 'I'm only an email away', 'just a phone call away': reachable by a word of contact
        distance = any(c.dep_ == "advmod" and self._in(c, "distance-words") for c in node.children)
        return distance and any(
            c.dep_ in ("attr", "npadvmod") and self._in(c, "contact-nouns") for c in node.children
        )

    def _at_disposal(self, verb: Token) -> bool:
        """'I remain at your disposal', 'I am at your service': an offer in itself."""
        return (
            self._in(verb, "copulas")
            and any(
                c.dep_ == "prep" and any(self._in(g, "disposal-words") for g in c.children)
                for c in verb.children
            )
            and not _looks_back(verb)
            and not self._negated(verb)
            and not self._reported(verb)
        )

    def _by_the_phone(self, channel: Token) -> bool:
        """'I am generally near the phone after six', 'I'll be by my phone all day': the
        writer waiting by a channel, now or ahead (not 'I was near the phone')."""
        place = channel.head
        if channel.dep_ != "pobj" or not self._in(place, "nearby-preps"):
            return False
        verb = place.head
        if not self._in(channel, "channel-nouns") or not self._in(verb, "copulas"):
            return False
        writer = any(c.dep_ == "nsubj" and self._in(c, "writer-objects") for c in verb.children)
        return writer and not _looks_back(verb) and not self._negated(verb)

    def _reachable(self, word: Token) -> bool:
        """'I'm reachable on this number anytime', 'Reachable on Slack or email': the writer
        says how to be reached, now or ahead (not 'I was not reachable last week')."""
        if not self._in(word, "reach-words") or word.pos_ != "ADJ":
            return False
        verb = word.head if word.dep_ == "acomp" else word
        if word.dep_ == "acomp" and not self._in(verb, "copulas"):
            return False
        if any(not self._in(s, "writer-objects") for s in own_subjects(verb)):
            return False  # 'the site office is reachable by the back road'
        return not (_looks_back(verb) or self._negated(verb) or self._reported(verb))

    def _bare_call(self, sent: Span) -> bool:
        """'Call or text, whatever's easier', 'Just holler if you need copies': a calling
        verb at the head of the sentence with no subject and only words like 'just' or
        'please' before it, which the tagger may read as a noun or an adjective, is an
        imperative."""
        root = sent.root
        if root.lower_ not in self._terms["calling-verbs"] or root.tag_ in ("VBD", "VBN"):
            return False
        before = [t for t in sent if t.i < root.i and not t.is_space]
        if any(t.head.i != root.i or t.dep_ not in ("advmod", "intj", "aux") for t in before):
            return False
        return not any(
            c.dep_ in ("nsubj", "nsubjpass", "det", "poss", "amod", "compound")
            for c in root.children
        )

    def _standing_by(self, sent: Span) -> bool:
        """'Standing by.', 'I am standing by.': the writer awaiting the reader, said alone
        (with a 'for' it is read as awaiting what follows)."""
        root = sent.root
        if root.lemma_.lower() != "stand" or _looks_back(root) or self._negated(root):
            return False
        if any(not self._in(s, "writer-objects") for s in own_subjects(root)):
            return False
        return any(c.lower_ == "by" and not list(c.children) for c in root.children)

    def _looks_forward(self, token: Token) -> bool:
        """'I look forward to…', 'Looking forward,': the close itself, whatever follows,
        unless it is the writer's own job elsewhere ('to starting my new job next month')."""
        return (
            token.lemma_.lower() == "look"
            and any(c.lower_ in ("forward", "fwd") for c in token.children)
            and not _past(token)
            and not self._negated(token)
            and not self._reported(token)
            and not any(self._writers_own_job(t) for t in token.subtree)
        )

    def _writers_own_job(self, noun: Token) -> bool:
        """'my new job', 'our move': a job of the writer's own, not the reader's."""
        return self._in(noun, "own-job-nouns") and any(
            c.dep_ == "poss" and self._in(c, "writer-possessives") for c in noun.children
        )

    def _offers_a_hand(self, sent: Span) -> bool:
        """'Happy to walk Joanne through the model before your board', 'I'd be glad to show
        you the prototype', 'happy to pick up the phone': the writer willing, now or ahead, to
        do something for a person on the reader's side, or to take a call, offers more, as
        sending material does."""
        for word in sent:
            if word.pos_ != "ADJ" or not self._in(word, "willing-words"):
                continue
            if word.dep_ not in ("ROOT", "acomp") or _looks_back(word) or self._negated(word):
                continue
            clause = word.head if word.dep_ == "acomp" else word
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if not all(self._in(s, "writer-objects") for s in subjects):
                continue  # 'she is happy to introduce you': someone else's offer
            for verb in (c for c in word.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
                if is_perfect(verb):
                    continue  # 'Happy to have met you all': looking back
                again = any(c.dep_ == "advmod" and c.lower_ == "again" for c in verb.children)
                if again and not self._repeats_a_task(verb):
                    return True  # 'glad to throw my hat in the ring again': back in touch
                objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
                if any(self._in(c, "channel-nouns") for c in objects):
                    return True  # 'happy to pick up the phone'
                if verb.lemma_.lower() == "help" or (
                    verb.lemma_.lower() in ("have", "take")
                    and any(c.lemma_.lower() == "look" for c in objects)
                ):
                    return True  # 'happy to have a look at them', 'glad to help with it'
                # a person given something more: 'walk Joanne through the model', 'show you
                # the prototype' (not 'join Fernhill', a firm the tagger took for a person)
                people = [c for c in objects if self._person(c)]
                more = [c for c in verb.children if c.dep_ in _GIVEN and c not in people]
                if people and more:
                    return True
        return False

    def _someone_elses_skill(self, verb: Token) -> bool:
        """A verb in a clause that describes a third person ('someone who can explain the
        forms', 'a lead who will answer questions'): what they do, not the writer's offer."""
        if verb.dep_ != "relcl":
            return False
        if not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
            return False  # 'anything I can send': the writer does it
        head = verb.head
        if self._in(head, "writer-objects") or self._in(head, "reader-words"):
            return False
        return head.pos_ in ("NOUN", "PRON", "PROPN")

    def _repeats_a_task(self, verb: Token) -> bool:
        """'I've used Paragon before and I'd be glad to do it again': the same work done
        again, an 'it' or 'that' for a task, is no return to the reader."""
        if self._is_contact(verb):
            return False
        return any(
            c.dep_ == "dobj" and c.lower_ in ("it", "that", "this", "them") for c in verb.children
        )

    def _person(self, word: Token) -> bool:
        """The reader, or someone named: 'you', 'Joanne'."""
        return self._in(word, "reader-words") or _named_person(word)

    def _until_next_time(self, sent: Span) -> bool:
        """'Until then,', 'Until next time!', 'Till we speak again', 'Talk soon,': a verbless
        farewell that points at the next contact (a 'until' inside a clause, 'wait until then',
        is not one)."""
        if any(t.dep_ == "ROOT" and self._in(t, "until-words") for t in sent):
            return True
        if any(t.dep_ == "ROOT" and self._soon_again(t) for t in sent):
            return True
        # 'Chat soon, chur.', 'Abraço, and we talk soon!': the farewell beside a word the
        # parse made the root, or with 'we' as its subject
        if any(
            t.dep_ in ("conj", "dep", "npadvmod", "nsubj") and self._soon_again(t) for t in sent
        ):
            return True
        # 'Until we speak again,', 'Until I hear from you, best regards,': the clause is
        # the farewell itself, governed by no other verb
        return any(
            self._in(t, "until-words")
            and t.dep_ == "mark"
            and (self._in(t.head, "contact-verbs") or self._meets_again(t.head))
            and (t.head.dep_ == "ROOT" or t.head.head.pos_ not in ("VERB", "AUX"))
            for t in sent
        )

    def _soon_again(self, root: Token) -> bool:
        """'Talk soon,', 'Speak again shortly', 'Talk Monday!': a word of contact, verb or noun
        as the tagger reads it, looking ahead with no subject."""
        children = list(root.children)
        when = any(
            (c.dep_ == "advmod" and self._in(c, "soon-words"))
            or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))  # 'Talk Monday!'
            for c in children
        )
        subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
        return (
            self._in(root, "contact-verbs")
            and all(c.lower_ == "we" for c in subjects)
            and root.tag_ not in ("VBD", "VBN")
            and when
        )

    # -- words that stop the walk ----------------------------------------------------------
    def _blocks(self, node: Token) -> bool:
        """A clause in the past, negated, obliged ('I will have to withdraw'), thanked for, or
        a phrase looking back ('after our call', 'without knowing the outcome')."""
        looks_back = _past(node) or (is_perfect(node) and not _asked(node))
        if node.pos_ in ("VERB", "AUX") and looks_back:
            return True  # 'shared', 'happy to have met you', but 'if there has been news'
        if self._negated(node) or self._writer_passive(node):
            return True
        if self._in(node, "thank-words"):
            return True  # 'I would like to thank you for the call'
        if node.dep_ == "relcl" and node.tag_ in ("VBZ", "VBP") and not self._reader_acts(node):
            return True  # 'the person who receives the files': a description, not a request
        return node.dep_ == "prep" and self._in(node, "backward-preps")

    def _reader_acts(self, verb: Token) -> bool:
        """The reader is the verb's subject: 'any more info you need'."""
        return any(c.dep_ == "nsubj" and self._in(c, "reader-words") for c in verb.children)

    def _obliged(self, node: Token) -> bool:
        """'I will have to withdraw', 'I need your decision', not 'if you need anything' or
        'happy to have another chat'."""
        if not self._in(node, "obligation-words") or self._something_needed(node):
            return False
        if node.tag_ == "VBG" and node.dep_ == "ROOT" and not own_subjects(node):
            return False  # 'Expecting your kind response': a participle close
        if node.lemma_.lower() == "have" and not any(c.dep_ == "xcomp" for c in node.children):
            return False
        return not any(c.dep_ == "nsubj" and self._in(c, "reader-words") for c in node.children)

    def _something_needed(self, node: Token) -> bool:
        """'should anything further be required': the reader's need, not the writer's duty
        (unlike 'happy to relocate if needed')."""
        return self._reader_needs(node) and any(
            c.dep_ == "nsubjpass" and self._in(c, "question-words") for c in node.children
        )

    def _watches(self, node: Token) -> bool:
        """'I will be following your progress with interest', 'I'll watch the launch': looking
        on from afar, not contact ('follow up' is)."""
        return self._in(node, "watching-verbs") and any(c.dep_ == "dobj" for c in node.children)

    def _negated(self, node: Token) -> bool:
        """'I cannot send', 'I will not be able to attend', but not the polite 'do not
        hesitate to contact me'."""
        if self._in(node, "hesitation-words"):
            return False
        verb = node.head if node.dep_ in ("acomp", "attr") else node
        return any(c.dep_ == "neg" for c in (*node.children, *verb.children))

    def _reported(self, node: Token) -> bool:
        """'You said you would let me know', 'I was told I would hear': the clause is the
        complement of a verb in the past."""
        while node.head.i != node.i:
            head = node.head
            if _rest_assured(head):
                return False  # 'Rest assured I look forward to your reply'
            if node.dep_ == "ccomp" and node.i > head.i and _past(head) and not self._asks(head):
                return not self._hope_idiom(head)  # 'I was wondering whether…' asks
            node = node.head
        return False

    def _third_party(self, node: Token) -> bool:
        """'He will call me': someone else's future, not the writer's or the reader's."""
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and (self._in(c, "third-person") or _the_chosen(c))
            for c in node.children
        )

    # -- words of contact ------------------------------------------------------------------
    def _is_contact(self, token: Token) -> bool:
        """A word of contact with the reader or of the process, or a reader's need."""
        if token.lower_ in self._terms["request-abbreviations"]:
            return True
        if (
            token.i == token.sent.start
            and token.i + 1 < len(token.doc)
            and token.nbor().text == ","
        ):
            return False  # 'Mind, I'd want…': a word said in passing, not 'keep me in mind'
        if token.pos_ == "ADP" and hyphenated_word(token) in self._terms["contact-nouns"]:
            return True  # 'I'd appreciate a heads-up either way'
        if token.pos_ in ("VERB", "AUX") or _has_modal(token):
            if self._announces(token) or self._writer_passive(token) or token.dep_ == "amod":
                return False  # 'my updated CV' describes, it does not contact
            if _addressed_to_third_person(token) or _a_means(token) or _perceives(token):
                return False  # 'tell her the scones are owed', 'I'd start by talking to ...'
            if self._someone_elses_skill(token):
                return False  # 'the patients deserve someone who can explain the forms'
            if _writer_considers(token):
                return False  # 'I would consider a future opening': the writer's choice

            return (
                self._in(token, "contact-verbs")
                or (self._in(token, "reaching-verbs") and self._reaches_person(token))
                or (self._in(token, "answering-verbs") and self._answers_questions(token))
                or self._meets_again(token)
                or self._minds_writer(token)
                or self._offers_material(token)
                or self._to_the_writer(token)
                or self._reader_needs(token)
                or (token.lemma_.lower() == "know" and self._wants_to_know(token))
            )
        if token.pos_ in ("NOUN", "PROPN"):
            if token.dep_ == "compound" or self._enclosed(token):
                return False
            before = [c for c in token.subtree if c.i < token.i]
            if any(self._in(c, "past-times") for c in before):
                return False  # 'our last conversation', 'yesterday's interview'
            if any(self._in(c, "again-words") for c in before) and self._writers_own(token):
                return True  # 'another chat', 'a second trial shift'
            if _on_the_line(token):
                return True  # 'Happy to jump on the phone if that's quicker'
            if token.lemma_.lower() == "list" and not (
                token.dep_ == "pobj" and token.head.lower_ == "on"
            ):
                return False  # 'keep my name on the list', not 'take my name off the list'
            if self._in_writers_record(token):
                return False  # 'my experience with people, rotas and difficult conversations'
            mine = any(self._in(c, "writer-possessives") for c in before)
            if mine and self._in(token, "channel-nouns"):
                return True  # 'I'll keep an eye on my inbox', 'my phone is always on'
            return (self._in(token, "contact-nouns") or self._contact_gerund(token)) and (
                not mine or self._in(token, "material-words")  # 'send my references'
            )
        return token.pos_ == "ADJ" and (
            self._in(token, "contact-verbs") or self._reader_needs(token)
        )  # 'stay connected', 'keep me posted', 'should it be useful'

    def _in_writers_record(self, noun: Token) -> bool:
        """A word of contact inside a phrase the writer owns, as what they are good at: 'my
        experience with people, rotas and difficult conversations', 'my skill in calls'."""
        node = noun
        for _ in range(6):
            if node.dep_ not in ("pobj", "conj", "prep") or node.head.i == node.i:
                return False
            node = node.head
            if node.pos_ == "NOUN" and any(
                c.dep_ == "poss" and self._in(c, "writer-possessives") for c in node.children
            ):
                return not self._in(node, "material-words")  # not 'my references for calls'
        return False

    def _contact_gerund(self, noun: Token) -> bool:
        """'I'd appreciate hearing where things stand': a gerund the tagger reads as a noun,
        known by its verb ('hearing' -> 'hear', 'chatting' -> 'chat', 'writing' -> 'write')."""
        form = noun.lower_
        if not form.endswith("ing") or len(form) < 6:
            return False
        stem = form[:-3]
        stems = {stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem}
        return not stems.isdisjoint(self._terms["contact-verbs"])

    def _enclosed(self, noun: Token) -> bool:
        """'Please find my references attached', 'the enclosed portfolio': sent now, not
        offered for later."""
        return self._in(noun.head, "enclosure-words") or any(
            self._in(c, "enclosure-words") for c in noun.children
        )

    def _writers_own(self, noun: Token) -> bool:
        """The writer has or does it again: 'happy to have another chat', 'do a second trial
        shift', not 'if you choose another candidate' nor 'I am holding another offer'."""
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        return self._in(verb, "event-verbs") and all(
            self._in(c, "writer-objects") for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
        )

    def _reaches_person(self, verb: Token) -> bool:
        """'reach me', 'reach out', 'get back to me', 'come in again', not 'reach for a
        table' or 'call it a day'."""
        if self._in(verb, "calling-verbs") and not any(
            c.dep_ in ("dobj", "dative") and not _whenever(c) for c in verb.children
        ):
            return True  # 'please ring if anything is unclear'
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and self._in(child, "person-words"):
                return True
            if child.dep_ in ("prt", "advmod") and self._in(child, "contact-particles"):
                return True
            if child.dep_ == "prep" and any(self._in(g, "person-words") for g in child.children):
                return True
        return False

    def _answers_questions(self, verb: Token) -> bool:
        """'answer any questions', 'happy to answer', not 'answer phones'."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return not objects or any(self._in(o, "question-words") for o in objects)

    def _announces(self, verb: Token) -> bool:
        """'I should tell you that I hold an offer', 'I would like to inform you…': the
        writer telling the reader, not the reader asked to tell ('let me know whether…')."""
        if not self._in(verb, "telling-verbs"):
            return False
        links = ("dobj", "dative")
        if verb.lemma_.lower() == "know":  # 'let you know': 'you' is the subject of 'know'
            links = ("nsubj", "dobj")
        return any(c.dep_ in links and self._in(c, "reader-words") for c in verb.children)

    def _writer_passive(self, verb: Token) -> bool:
        """'I can be reached by phone': the writer's whereabouts, not an invitation."""
        if not (self._in(verb, "contact-verbs") or self._in(verb, "reaching-verbs")):
            return False
        return any(c.dep_ == "nsubjpass" and self._in(c, "writer-objects") for c in verb.children)

    def _meets_again(self, verb: Token) -> bool:
        """'see you again', 'we meet', 'work together': writer and reader together."""
        if not self._in(verb, "reunion-verbs"):
            return False
        if any(self._another_occasion(c) for c in verb.children):
            return True  # 'I hope we can meet another time'
        if any(c.dep_ == "dobj" and not self._in(c, "reader-words") for c in verb.children):
            return False  # 'we meet our targets'
        for child in verb.children:
            if child.dep_ in ("dobj", "pobj") and self._in(child, "reader-words"):
                return True
            if child.dep_ == "nsubj" and self._in(child, "we-words"):
                return True
            if self._in(child, "reunion-markers"):
                return True
            if child.dep_ == "prep" and any(self._in(g, "reader-words") for g in child.children):
                return True
        return False

    def _minds_writer(self, verb: Token) -> bool:
        """'Please think of me if anything opens up': the reader keeping the writer in
        mind, as 'keep me in mind' does (not 'I think of you')."""
        if any(self._in(s, "writer-objects") for s in own_subjects(verb)):
            return False  # 'I would think of us as a good match'
        return self._in(verb, "mind-verbs") and any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.dep_ == "pobj" and self._in(g, "writer-objects") for g in c.children)
            for c in verb.children
        )

    def _another_occasion(self, word: Token) -> bool:
        """'another time', 'some other day': an occasion again, whatever its link."""
        return (
            word.dep_ in ("dobj", "npadvmod", "pobj")
            and self._in(word, "occasion-words")
            and any(self._in(c, "again-words") for c in word.children)
        )

    def _offers_material(self, verb: Token) -> bool:
        """'send my portfolio', 'share them', 'happy to provide evaluations': not 'I can provide
        leadership' (an ability, not an offer)."""
        if not self._in(verb, "offer-verbs") or verb.lower_ in self._terms["enclosure-words"]:
            return False  # 'Please find my references attached'
        if self._in(verb, "transfer-verbs") and verb.dep_ == "xcomp" and self._willing(verb.head):
            return True  # 'happy to provide any other requirements': willing, whatever it is
        if _at_readers_time(verb):
            return True  # 'I can bring the originals down whenever suits': on the reader's call
        if self._to_the_employer(verb):
            return False  # 'delighted to bring that to Marchbank as your negotiator': the job
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        return not objects or any(self._in(o, "material-words") for o in objects)

    def _to_the_employer(self, verb: Token) -> bool:
        """'bring that to Marchbank', 'bring my experience to your team', 'a lot I can bring
        to this job': what the writer would bring to the job, not material handed over."""
        if verb.lemma_.lower() != "bring":
            return False
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                reader = any(self._in(c, "reader-possessives") for c in obj.children)
                if obj.pos_ == "PROPN" or reader or self._in(obj, "job-nouns"):
                    return True  # 'to Marchbank', 'to your team', 'to this job'
        return False

    def _to_the_writer(self, verb: Token) -> bool:
        """'give me a ring', 'drop me a line', 'send me a note': the reader reaching out."""
        return any(c.dep_ == "dative" and self._in(c, "writer-objects") for c in verb.children)

    def _wants_to_know(self, verb: Token) -> bool:
        """'let me know', 'I'd like to know', not 'as you know' nor 'I know I can…'."""
        if verb.head.lemma_.lower() == "let":
            told = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
            told += [c for c in verb.head.children if c.dep_ == "dobj"]
            return not told or any(self._in(c, "writer-objects") for c in told)
        return verb.tag_ == "VBG" or any(c.tag_ == "TO" for c in verb.children)

    def _reader_needs(self, word: Token) -> bool:
        """A condition on the reader's need: 'if you need…', 'should it be useful', or
        anything the reader needs ('anything else you need', 'any details you may require')."""
        if word.dep_ == "relcl":
            return self._open_need(word)
        if word.dep_ not in (*_CLAUSE_LINKS, "acomp", "ROOT"):
            return False
        clause = word.head if word.dep_ == "acomp" else word
        if any(self._in(s, "writer-objects") for s in own_subjects(clause)):
            return False  # 'if I may, I should like to expand': the writer's own wish
        marked = any(
            c.dep_ in ("mark", "aux") and self._in(c, "conditions") for c in clause.children
        )
        needs = self._in(word, "need-words") or any(
            c.dep_ in ("acomp", "attr", "dobj") and self._in(c, "need-words") for c in word.children
        )  # 'if it would be any use'
        return marked and needs and not _past(clause)

    def _open_need(self, clause: Token) -> bool:
        """'anything you need', 'any particulars you may require', not 'the skills you need'
        (a claim about the writer)."""
        head = clause.head
        readers = any(c.dep_ == "nsubj" and self._in(c, "reader-words") for c in clause.children)
        open_ended = self._in(head, "question-words") or any(
            c.dep_ == "det" and c.lower_ == "any" for c in head.children
        )
        return readers and open_ended and self._in(clause, "need-words") and not _past(clause)

    # -- closes that stand alone -----------------------------------------------------------
    def _asks_about_process(self, sent: Span) -> bool:
        """A question about the process: 'Has a decision been made yet?', 'Any news?'."""
        text = sent.text.rstrip()
        if not text.endswith("?") or text.endswith("??"):
            return False
        if text.lower().startswith(tuple(self._terms["complaint-questions"])):
            return False
        if any(self._in(t, "question-topics") or self._is_contact(t) for t in sent):
            return True
        return self._asks_after_the_job(sent)

    def _asks_after_the_job(self, sent: Span) -> bool:
        """'Is the role still uncorked?', 'Has the post been filled yet?': the job's state
        asked about, now - not 'What does the role involve?'."""
        jobs = self._terms["job-nouns"]
        asked = any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in jobs for t in sent)
        return asked and any(t.lower_ in ("still", "yet", "already") for t in sent)

    def _asks_if_it_helps(self, sent: Span) -> bool:
        """'Would it help if I sent over the plan?', 'Would a copy of my certificate be
        useful?': asking whether something would help the reader offers it (not 'Would I need
        a licence?', the writer's own question, nor 'Would it have helped?')."""
        if not sent.text.rstrip().endswith("?"):
            return False
        root = sent.root
        values = [root, *(c for c in root.children if c.dep_ in ("acomp", "attr"))]
        values += [g for c in root.children if c.dep_ == "prep" for g in c.children]  # 'of use'
        if not any(self._in(v, "need-words") for v in values):
            return False
        if any(self._in(s, "writer-objects") for s in own_subjects(root)):
            return False
        modal = any(c.tag_ == "MD" and not self._in(c, "obligation-words") for c in root.children)
        return modal and not is_perfect(root) and not self._negated(root)

    def _reader_holds_channel(self, verb: Token) -> bool:
        """'If the new hire doesn't pan out, you've got my number', 'You have my email': the
        writer's details left with the reader, now (not 'you had my number')."""
        lemma = verb.lemma_.lower()
        if lemma not in ("have", "get") or _past(verb) or self._negated(verb):
            return False
        if lemma == "get" and not is_perfect(verb):
            return False  # 'you got my number' told of the past; 'you've got' is having
        if not any(c.dep_ == "nsubj" and self._in(c, "reader-words") for c in verb.children):
            return False
        return any(
            c.dep_ == "dobj"
            and (self._in(c, "channel-nouns") or self._in(c, "detail-nouns"))
            and any(g.dep_ == "poss" and self._in(g, "writer-possessives") for g in c.children)
            for c in verb.children
        )

    def _writer_offers_on_need(self, verb: Token) -> bool:
        """'If you'd find it useful, I can put together a write-up', 'I'm happy to redo the
        exercise in Go if that's more useful': whatever the writer offers to do on the
        reader's need is an offer (not 'If you need someone reliable, I would be a great fit',
        a claim, nor 'I would have sent it', the past)."""
        if not any(_condition_of(c, verb) and self._reader_needs(c) for c in verb.children):
            return False
        if self._in(verb, "copulas") and any(
            c.lower_ == "yours" or (c.dep_ == "acomp" and self._in(c, "open-words"))
            for c in verb.children
        ):  # 'Should you need a referee, they are yours', 'The repo is public if anyone wants it'
            return not _looks_back(verb)
        if not any(self._in(s, "writer-objects") for s in own_subjects(verb)):
            return False
        if _looks_back(verb) or self._negated(verb) or self._obliged(verb):
            return False
        if verb.pos_ == "VERB" and not self._in(verb, "copulas"):
            return any(
                c.tag_ == "MD" and not self._in(c, "obligation-words") for c in verb.children
            )
        return any(
            c.dep_ == "acomp" and self._willing(c) and not self._negated(c) for c in verb.children
        )

    def _asks_whether(self, verb: Token) -> bool:
        """'Just checking in to see whether the role is still open', 'I was wondering if
        there's been any movement': asking whether, now or politely in the past progressive
        (not 'I wondered if it would rain')."""
        asked = [c for c in verb.children if c.dep_ in ("ccomp", "advcl")]
        if verb.dep_ == "xcomp":  # 'I write to enquire, respectfully, whether…'
            asked += [
                c for c in verb.head.children if c.dep_ in ("ccomp", "advcl") and c.i > verb.i
            ]
        if not any(m.lower_ in ("if", "whether") for c in asked for m in c.children):
            return False
        # 'I'll ask my union rep whether…', 'check with my landlord whether…': someone else
        asked_of = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        asked_of += [g for c in verb.children if c.lower_ in ("with", "of") for g in c.children]
        if any(not self._in(p, "reader-words") for p in asked_of):
            return False
        return verb.tag_ != "VBD" and not is_perfect(verb) and not self._negated(verb)

    def _offered_on_need(self, clause: Token) -> bool:
        """'If you want to talk before then, my cell is…': a condition on the reader's wish
        to make contact, answered now by the writer, not in the past nor refused."""
        if clause.dep_ != "advcl" or not self._reader_needs(clause):
            return False
        if not any(c.dep_ == "nsubj" and self._in(c, "reader-words") for c in clause.children):
            return False
        contact = any(t.i != clause.i and self._is_contact(t) for t in clause.subtree)
        # 'if you need me', 'should you need anything from me': needing the writer is contact
        contact = contact or any(
            t.i != clause.i and t.dep_ in ("dobj", "pobj") and self._in(t, "writer-objects")
            for t in clause.subtree
        )
        main = clause.head
        return contact and not (_looks_back(main) or self._negated(main) or self._obliged(main))

    def _thanks_in_advance(self, token: Token) -> bool:
        """'Thanks in advance', 'Thanking you in anticipation', 'Thank you beforehand'."""
        if not self._in(token, "advance-words"):
            return False
        thanked = token.head.head if token.head.lower_ == "in" else token.head
        return self._in(thanked, "thank-words") and not _past(thanked)

    def _thanked_condition(self, token: Token) -> bool:
        """'If you could give me a sense of timing, I would be grateful': a condition on
        what the reader does now, thanked for in advance."""
        if token.dep_ not in ("advcl", "ROOT") or self._negated(token):
            return False
        inverted = _inverted(token)
        children = list(token.children)
        marked = any(c.dep_ in ("mark", "aux") and self._in(c, "conditions") for c in children)
        if _past(token) and not (inverted or marked):
            return False  # but 'Were it possible…', 'If you were able…' wish, not the past
        if not (marked or inverted):
            return False
        readers = any(c.dep_ == "nsubj" and self._in(c, "reader-words") for c in children)
        if not readers and not any(self._is_contact(t) for t in token.subtree):
            return False  # 'if you could…', 'if there is any prospect of an update'
        return any(self._thanks(t) for t in token.sent if t.i > token.i and t.head.i != token.i)

    def _thanks(self, word: Token) -> bool:
        """'I would be grateful', 'it would help', 'I'd really appreciate it'."""
        return self._thankful(word) and self._modal(word) and not is_perfect(word)


def _addressed_to_third_person(verb: Token) -> bool:
    """The contact is with someone else: 'tell her', 'explain to her', 'talk to Michelle' (not
    'send them over', where 'them' are the things sent)."""
    people = [c for c in verb.children if c.dep_ == "dative"]
    people += [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.lower_ != "them" and c.lower_ not in _PASSED_ON
    ]  # 'tell Iain thanks for the coffee': the thanks are passed on, Iain is told
    passed_to = [  # the parse may hang the person on the thanks: 'Iain thanks'
        g
        for c in verb.children
        if c.dep_ == "dobj" and c.lower_ in _PASSED_ON
        for g in c.children
        if g.dep_ in ("compound", "poss") and g.pos_ == "PROPN"
    ]
    people += [
        g
        for p in verb.children
        if p.dep_ in ("prep", "dative")
        for g in p.children
        if g.dep_ == "pobj" and p.lower_ in ("to", "with")
    ]
    if passed_to and not people:
        return True
    return bool(people) and all(p.lower_ in _THIRD_PERSONS or _named_person(p) for p in people)


#: What one asks the reader to pass on to someone else ('tell Iain thanks', 'give Ravi my best').
_PASSED_ON = frozenset({"thanks", "regards", "wishes", "best", "hello", "hi", "love"})


#: The person hired in the writer's place: 'the successful candidate', 'the person you chose'.
_CHOSEN_NOUNS = frozenset({"candidate", "hire", "appointee", "applicant", "person"})
_CHOOSING = frozenset({"choose", "hire", "select", "appoint", "pick", "offer", "take"})


def _the_chosen(noun: Token) -> bool:
    """'the person you chose', 'the successful candidate', 'the new hire': whatever they
    will do is no contact with the writer."""
    if noun.lemma_.lower() not in _CHOSEN_NOUNS:
        return False
    if any(c.dep_ == "relcl" and c.lemma_.lower() in _CHOOSING for c in noun.children):
        return True
    return any(c.dep_ == "amod" and c.lower_ in ("successful", "new") for c in noun.children)


def _on_the_line(noun: Token) -> bool:
    """'jump on the phone', 'hop on a line': the phone as a place to meet, not 'I saw it on
    the phone' (the walk above still asks that the clause look ahead)."""
    if noun.lower_ not in ("phone", "line", "blower") or noun.dep_ != "pobj":
        return False
    on = noun.head
    return on.lower_ == "on" and on.head.lemma_.lower() in ("jump", "hop", "get", "be")


def _on_request(sent: Span) -> bool:
    """'References available on request.', 'Portfolio and transcripts upon request': the
    CV's offer of more, with no one having asked yet ('on your request' reports a request
    made, 'at the request of' an errand)."""
    for token in sent:
        if token.lower_ not in ("request", "demand") or token.dep_ != "pobj":
            continue
        prep = token.head
        if prep.lower_ not in ("on", "upon") or any(c.dep_ == "poss" for c in token.children):
            continue
        holder = prep.head
        if holder.pos_ in ("NOUN", "PROPN", "ADJ") or holder.lemma_.lower() in (
            "provide",
            "supply",
            "send",
            "be",
        ):
            return not any(c.dep_ == "neg" for c in holder.children)
    return False


def _manner_or_reported_question(node: Token) -> bool:
    """'the way I would prepare for a clinical examination': a clause describing a manner;
    'the company has considered how the file will be prepared': a question reported under a
    done deed. Neither looks ahead to contact with the reader."""
    if node.dep_ == "relcl" and node.head.lemma_.lower() in ("way", "manner"):
        return True
    if node.dep_ != "ccomp" or not any(c.lower_ in ("how", "whether") for c in node.children):
        return False
    head = node.head
    return head.tag_ in ("VBD", "VBN") and head.lemma_.lower() not in ("ask", "wonder")


def _formal_notice(node: Token) -> bool:
    """'Please be informed that…', 'Kindly be advised that…', 'Please note that…': a formula
    that announces what follows, not a request for contact."""
    lemma = node.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in node.children)
    announced = any(c.dep_ == "ccomp" for c in node.children)
    if lemma in ("inform", "advise", "note") and passive and announced:
        return True
    return lemma == "note" and node.tag_ == "VB" and announced


def _writer_considers(verb: Token) -> bool:
    """'I would consider a future opening, should one arise': the writer weighing something,
    not the reader considering the writer ('I hope you will consider me')."""
    if verb.lemma_.lower() != "consider":
        return False
    subject = subject_of(verb)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    return (
        not passive
        and subject is not None
        and subject.lower_ in ("i", "we")
        and bool(objects)
        and all(o.lower_ not in ("me", "us", "myself") for o in objects)
    )


def _so_clause(verb: Token) -> bool:
    """'…before then, so give us a shout': a comma and 'so' or 'then' open a clause of its own,
    whose bare verb is no longer under the first clause's subject and modal."""
    i = verb.i
    doc = verb.doc
    return (
        i >= 2
        and doc[i - 1].lower_ in ("so", "then")
        and doc[i - 1].head == verb
        and doc[i - 2].text == ","
    )


def _named_person(word: Token) -> bool:
    """Someone named: 'Joanne', 'Michelle'."""
    return word.pos_ == "PROPN" and word.ent_type_ == "PERSON"


def _a_means(verb: Token) -> bool:
    """'I'd start by talking to the accounts': the contact is how something else is done."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "by"


def _perceives(verb: Token) -> bool:
    """'I could tell which two were going to be hard work': telling as seeing, with no one
    told."""
    return (
        verb.lemma_.lower() == "tell"
        and not any(c.dep_ in ("dative", "dobj") for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


_THIRD_PERSONS = frozenset({"him", "her", "them"})


def _looks_back(word: Token) -> bool:
    """Said in the past: 'I was happy to…', 'I have been waiting', or an infinitive or
    participle of a past verb ('I rearranged my week to stay available')."""
    verb = word.head if word.dep_ in ("acomp", "attr") else word
    if _past(verb) or is_perfect(verb):
        return True
    if verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("'d", "’d") for c in verb.children
    ):
        return True  # "I'd hoped": 'had', since 'would' takes no participle
    non_finite = verb.tag_ == "VBG" or any(c.tag_ == "TO" for c in verb.children)
    if non_finite and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children
    ):
        governor = verb.head
        return governor.i != verb.i and (_past(governor) or is_perfect(governor))
    return False


def _topic(subject: Token) -> bool:
    """A topic put first and parsed as the subject of an imperative: 'Any questions, just
    give me a bell'; not a pronoun ('I give', 'you give')."""
    comma = any(t.is_punct for t in subject.doc[subject.i + 1 : subject.head.i])
    return comma and subject.tag_ not in ("PRP", "NNP")


def _inverted(verb: Token) -> bool:
    """A condition put first with its verb before the subject: 'Were it possible…', 'Should
    there be any news…', 'Had you a moment…'."""
    first = verb.sent[0]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl")]
    opener = first.i == verb.i or (first.head.i == verb.i and first.dep_ == "aux")
    return (
        verb.dep_ == "advcl"
        and opener
        and first.lower_ in ("were", "should", "had", "could")
        and any(s.i > first.i for s in subjects)
    )


def _asked(clause: Token) -> bool:
    """A clause that asks ('whether you have news', 'when you expect to decide')."""
    return any(
        c.dep_ in ("mark", "advmod")
        and c.lower_ in ("whether", "if", "when", "where", "how", "what")
        for c in clause.children
    ) or any(
        c.dep_ in ("nsubj", "dobj", "attr") and c.tag_ in ("WP", "WDT") for c in clause.children
    )


def _past(token: Token) -> bool:
    """A verb in the past: 'shared', 'was (happy)', 'had (sent)'."""
    return token.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in token.children
    )


def _condition_of(clause: Token, verb: Token) -> bool:
    """A clause that may be a condition on `verb`: an adverbial clause, or one put first
    that the parse hangs as a complement ('Should you need a referee, they are yours')."""
    return clause.dep_ == "advcl" or (clause.dep_ == "ccomp" and clause.i < verb.i)


def _overlaps_any(sent: Span, ranges: list[TextRange]) -> bool:
    """Whether the sentence shares a character with any of the ranges."""
    rng = TextRange(sent.start_char, sent.end_char)
    return any(r.overlaps(rng) for r in ranges)


def _at_readers_time(verb: Token) -> bool:
    """'whenever suits', 'at any time', 'at your convenience': the writer hands something
    over when the reader chooses, which makes it an offer whatever is handed over."""
    for child in verb.children:
        words = [t.lower_ for t in child.subtree]
        if words[:1] == ["whenever"]:
            return True  # however the parse hangs it: 'whenever suits' is read as an object
        if child.dep_ == "advmod" and child.lower_ == "anytime":
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "at"
            and (words[1:3] == ["any", "time"] or words[1:3] == ["your", "convenience"])
        ):
            return True
    return False


def _whenever(word: Token) -> bool:
    """'call whenever suits': the parse may hang the 'whenever' clause as an object."""
    return next(iter(word.subtree)).lower_ == "whenever"


def _has_modal(word: Token) -> bool:
    """A word with a modal of its own is a verb, whatever the tagger says ('I can forward
    my certificate', with 'forward' read as an adverb)."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in word.children)


def _rest_assured(verb: Token) -> bool:
    """'Rest assured…': an idiom the parse reads as a verb in the past with 'rest' its
    subject."""
    return verb.lower_ == "assured" and any(c.lower_ == "rest" for c in verb.children)


def _preferred_over(verb: Token) -> bool:
    """'I'd rather hear that now than find out six months in': one thing preferred to
    another, a statement about the writer, not a request."""
    return any(c.dep_ == "advmod" and c.lower_ == "rather" for c in verb.children) and any(
        t.lower_ == "than" for t in verb.subtree
    )
