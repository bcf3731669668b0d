"""Rule `call-to-action`: the note must close politely looking forward (hearing back, next
steps, an offer of more material, keeping in touch)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Hit, PhraseCheck
from followup_lint.checks.demand_reply import DemandReply
from followup_lint.draft.model import TextRange
from followup_lint.matching import Match
from followup_lint.models import Kind
from followup_lint.rulepacks import load_packs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

    from followup_lint.annotated import Draft

# Entries whose matches count only in the right mood (an offer, a request, not a report).
_OFFERS = frozenset({"offer-to-send", "offer-to-talk"})
_REQUESTS = frozenset({"contact-me", "let-me-know"})
_ASKING = "ask-about"
_OFFER_LINKS = ("xcomp", "acl", "dobj", "conj", "advcl", "prep", "pobj")
_APPRECIATING = "would-appreciate"
_AT_DISPOSAL = "at-disposal"
_CONVERSATION = "offer-conversation"


class CallToAction(PhraseCheck):
    """Pack patterns find forward-looking closes anywhere in the body or closing; offers
    count when the writer is willing ('happy to send', 'can provide references if…'),
    requests when they are imperative or hedged, and questions when they ask about the
    process. A sentence the demand-reply rule flags is never a polite close."""

    id = "call-to-action"
    needs = frozenset({"parser", "lemmatizer", "ner", "sentences"})
    message_keys = frozenset({"missing", "demand", "suggest", "suggest-rejection-reply"})

    def required_messages(self) -> set[str]:
        """Only the rule's own messages: entries are never reported one by one."""
        return set(self.message_keys)

    def setup(self, nlp: Language) -> None:
        super().setup(nlp)
        self._demand = DemandReply(load_packs()["demand-reply"])
        self._demand.setup(nlp)

    def run(self, draft: Draft) -> Iterator[Hit]:
        demands = [TextRange(h.start, h.end) for h in self._demand.run(draft)]
        in_letter = [*draft.parts.paragraphs, *filter(None, [draft.parts.closing])]
        for sent in self._candidates(draft, in_letter):
            rng = TextRange(sent.start_char, sent.end_char)
            if not any(d.overlaps(rng) for d in demands):
                return
        last = draft.parts.paragraphs[-1] if draft.parts.paragraphs else None
        anchor = last or draft.first_sentence_range()
        kind = "suggest-rejection-reply" if draft.kind is Kind.REJECTION_REPLY else "suggest"
        yield self.hit(
            "demand" if demands else "missing", anchor, suggestions=[self.pack.message(kind)]
        )

    # -- what counts as a polite forward-looking close -------------------------------------
    def _candidates(self, draft: Draft, ranges: list[TextRange]) -> Iterator[Span]:
        """Sentences of the letter that hold a forward-looking close, in order."""
        seen: set[int] = set()
        for match in self.matches(draft):
            sent = match.span.sent
            if sent.start in seen or not any(r.contains(match.span.start_char) for r in ranges):
                continue
            if self._counts(match):
                seen.add(sent.start)
                yield sent
        for sent in draft.doc.sents:
            if sent.start in seen or not any(r.contains(sent.start_char) for r in ranges):
                continue
            if (
                self._asks_about_process(sent)
                or self._offers_on_condition(sent)
                or self._hopes_to_meet_again(sent)
                or self._asks_on_condition(sent)
                or self._hopes_for_reply(sent)
                or self._keen_to_learn(sent)
            ):
                yield sent

    def _counts(self, match: Match) -> bool:
        """Whether a match is a polite close in its sentence's grammar."""
        entry = match.entry.id
        verb = match.span[0]
        if entry in _OFFERS:
            return self._offers(verb, entry == "offer-to-send")
        if entry in _REQUESTS:
            return self._requests(verb)
        if entry == _ASKING:
            # 'I was wondering whether…' asks; 'I wondered where the office was' reports.
            return verb.tag_ != "VBD" and self._writer_is_subject(verb)
        if entry == _APPRECIATING:
            return self._asks_politely(verb)
        if entry == _AT_DISPOSAL:
            return self._at_readers_disposal(verb)
        if entry == _CONVERSATION:
            return self._offers_conversation(verb)
        return True

    def _offers(self, verb: Token, needs_object: bool) -> bool:
        """'I am happy to send…', 'I would welcome the chance to discuss…', 'I can provide
        references': the writer offers; 'we discussed', 'I can provide leadership' do not."""
        if verb.tag_ in ("VBD", "VBN") or _negated(verb) or not self._writer_is_subject(verb):
            return False
        willing = self.term_set("willing-words")
        node = verb
        for _ in range(4):
            if _past(node) or (node.dep_ == "acomp" and _past(node.head)):
                return False  # 'I was happy to share my portfolio during the interview'
            if node.lemma_.lower() in willing or node.lower_ in willing or self._keen(node):
                return True
            # 'prep'/'pobj': the parser sometimes reads 'glad to forward' as a preposition.
            if node.head == node or node.dep_ not in _OFFER_LINKS:
                break
            node = node.head
        modal = _has_modal(verb) or _has_modal(verb.head)
        if not modal:
            return False
        if any(t.lower_ in self.term_set("conditions") and t.dep_ == "mark" for t in verb.sent):
            return True
        if not needs_object:
            return False
        objects = self.term_set("offer-objects")
        return any(
            c.dep_ in ("dobj", "dative") and (c.lemma_.lower() in objects or c.lower_ in objects)
            for c in verb.children
        )

    def _keen(self, word: Token) -> bool:
        """'I'd be thrilled to send…', 'stoked to share': any adjective the writer is, said of
        the offer, makes it willing, except reluctance or mere likelihood ('sorry to send')."""
        felt = (
            word.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in word.children)
            and not any(c.dep_ == "aux" for c in word.children)  # 'I have been asked to send'
            and word.lemma_.lower() not in self.term_set("reported-request-heads")
        )
        return (
            ((word.dep_ == "acomp" and word.pos_ == "ADJ") or felt)  # 'thrilled' read as passive
            and word.lemma_.lower() not in self.term_set("unwilling-words")
            and word.lower_ not in self.term_set("unwilling-words")
        )

    def _offers_conversation(self, noun: Token) -> bool:
        """'I'd be thrilled to jump on a call', 'I would love a short chat': a conversation the
        writer offers, as the object of a verb still to be done (not 'I enjoyed the call' or
        'pleased with our meeting')."""
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
            return False
        if noun.dep_ == "pobj" and noun.head.head != verb:
            return False
        to_be_done = _has_modal(verb) or any(c.tag_ == "TO" for c in verb.children)
        return to_be_done and self._offers(verb, needs_object=False)

    def _at_readers_disposal(self, at: Token) -> bool:
        """'I remain at your entire disposal', 'I am at your service': the writer available
        to the reader now, not 'I was at your disposal for weeks'."""
        verb = at.head
        return (
            verb.lemma_.lower() in self.term_set("copulas")
            and not _past(verb)
            and not _negated(verb)
            and self._writer_is_subject(verb)
        )

    def _requests(self, verb: Token) -> bool:
        """'Please let me know…', 'Feel free to contact me', 'You can reach me…': not
        'thank you for letting me know' or 'you never contacted me'."""
        if verb.lower_ in self.term_set("request-abbreviations"):
            return True
        if verb.tag_ in ("VBD", "VBN", "VBG"):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        conditional = any(c.dep_ == "mark" for c in verb.children)
        if subjects and not _has_modal(verb) and not conditional:
            return False  # 'you let me know last week that…' reports, it does not ask
        if self._pleads(verb):
            return True  # 'Please do not hesitate to contact me should you need…'
        reported = self.term_set("reported-request-heads")
        node = verb
        for _ in range(2):  # 'waiting for you to contact me', not 'thanks, and let me know'
            if node.dep_ in ("conj", "ROOT"):
                break
            node = node.head
            if node.lemma_.lower() in reported:
                return False
        return True

    def _pleads(self, verb: Token) -> bool:
        """A polite imperative: 'please' or 'kindly' on the verb or on the verb it completes."""
        politeness = self.term_set("politeness-markers")
        heads = (verb, verb.head) if verb.dep_ in ("xcomp", "ccomp") else (verb,)
        return any(c.lower_ in politeness for h in heads for c in h.children)

    def _asks_politely(self, word: Token) -> bool:
        """'I would be grateful for any feedback', 'If there is any update…, I would be very
        grateful': a hedged request about the process, not 'I am grateful for your time'."""
        if not (_has_modal(word) or _has_modal(word.head)):
            return False
        if _perfect(word) or _perfect(word.head):
            return False  # 'If you had called, I would have been grateful' looks back
        topics = self.term_set("request-topics")
        return any(t.lemma_.lower() in topics for t in word.sent)

    def _writer_is_subject(self, verb: Token) -> bool:
        """The nearest subject up the parse is the writer ('I', 'we') or there is none."""
        first_person = self.term_set("first-person")
        node = verb
        for _ in range(4):
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return all(s.lower_ in first_person for s in subjects)
            if node.head == node:
                return True  # 'Happy to send them over'
            node = node.head
        return True

    def _offers_on_condition(self, sent: Span) -> bool:
        """'If it would be useful, I'm happy to offer a writing sample', 'Give me a ring if you
        need a reference': whatever is offered, an offer made on the reader's need."""
        return any(
            token.dep_ in ("advcl", "ccomp")  # an inverted 'Should it be useful' reads as ccomp
            and self._needs_of_reader(token)
            and self._offered(token.head)
            for token in sent
        )

    def _needs_of_reader(self, verb: Token) -> bool:
        """A condition about what the reader needs or would find useful: 'if you need…',
        'should it be helpful', 'if it would help you decide', 'if you have any questions'."""
        conditions = self.term_set("conditions")
        if _past(verb) or not any(
            c.dep_ in ("mark", "aux") and c.lower_ in conditions for c in verb.children
        ):
            return False  # 'if you needed anything' looks back
        needs = self.term_set("need-words")
        if verb.lemma_.lower() in needs or any(
            c.dep_ in ("acomp", "dobj", "attr") and c.lemma_.lower() in needs for c in verb.children
        ):
            return True
        readers = self.term_set("reader-words")
        return any(  # 'if there is anything else you need'
            t.dep_ == "relcl"
            and t.lemma_.lower() in needs
            and any(c.dep_ == "nsubj" and c.lower_ in readers for c in t.children)
            for t in verb.subtree
        )

    def _offered(self, verb: Token) -> bool:
        """The clause the condition hangs on offers: the writer willing or able ('I'd be happy
        to…', 'I can…', 'I will…') or an imperative to the reader ('Give me a ring'), not a
        report of the past, a denial or a statement about the writer ('I would be a good fit')."""
        willing = self.term_set("willing-words")
        node, keen = verb, False
        for _ in range(4):
            if _past(node) or _perfect(node) or _negated(node):
                return False  # 'I was happy to…', 'I would have sent it', 'I cannot…'
            keen = keen or _has_modal(node) or node.lemma_.lower() in willing
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                first_person = self.term_set("first-person")
                if not all(s.lower_ in first_person for s in subjects):
                    return False
                if node.lemma_.lower() in self.term_set("copulas"):
                    return any(
                        c.dep_ in ("acomp", "advmod") and c.lower_ in willing for c in node.children
                    )  # 'I'd be happy to', 'I'm around all week if…'
                return keen
            if node.head == node:
                return node.tag_ == "VB" or keen  # 'Give me a ring if…', 'Happy to, if useful'
            node = node.head
        return False

    def _asks_on_condition(self, sent: Span) -> bool:
        """'If you are able to give me a sense of timing, I would be grateful', 'Should you
        find a moment…, I'd be much obliged', 'If you could…, that would be brilliant': a
        request hedged as a condition on what the reader can do, thanked for in advance."""
        conditions = [t for t in sent if self._reader_can(t)]
        return any(
            self._thanks_in_advance(h) and self._outside(h, c) for c in conditions for h in sent
        )

    def _reader_can(self, verb: Token) -> bool:
        """A condition whose subject is the reader, able or with time to act: 'if you could',
        'if you are able to', 'should you have a moment', 'if you get a chance'."""
        children = list(verb.children)
        marked = any(
            c.dep_ in ("mark", "aux") and c.lower_ in self.term_set("conditions") for c in children
        )
        readers = self.term_set("reader-words")
        if not marked or not any(c.dep_ == "nsubj" and c.lower_ in readers for c in children):
            return False
        if _past(verb) or _negated(verb):
            return False
        ability = self.term_set("ability-words")
        near = [*children, *(g for c in children if c.dep_ == "prep" for g in c.children)]
        return any(t.lower_ in ability or t.lemma_.lower() in ability for t in near)

    def _thanks_in_advance(self, word: Token) -> bool:
        """'I would be grateful', 'that would be brilliant', 'I'd really appreciate it', 'it
        would help me plan': a hedged, forward-looking thanks (not 'I would have to withdraw',
        'I would be disappointed', 'I would have been grateful')."""
        if not any(
            c.tag_ == "MD" and c.lower_ not in self.term_set("obligation-modals")
            for c in word.children
        ):
            return False
        if _perfect(word) or _negated(word):
            return False
        if word.lemma_.lower() in self.term_set("appreciation-verbs"):
            return True
        if word.lemma_.lower() not in self.term_set("copulas"):
            return False
        regrets = self.term_set("unwilling-words")
        return any(
            c.dep_ in ("acomp", "attr")
            and c.lemma_.lower() not in regrets
            and c.lower_ not in regrets
            and not any(g.dep_ == "xcomp" for g in c.children)  # 'forced to withdraw'
            for c in word.children
        )

    @staticmethod
    def _outside(word: Token, condition: Token) -> bool:
        """The thanks is not part of the condition (or a comma parts them, whatever the parse)."""
        if word not in condition.subtree:
            return True
        first, last = sorted((word.i, condition.i))
        return any(t.text == "," for t in word.doc[first:last])

    def _hopes_for_reply(self, sent: Span) -> bool:
        """'I hope for a positive answer', 'Hoping for good news', 'In the hope of a
        favourable reply', 'in anticipation of your response': the writer hoping for the
        reader's reply, named by a noun."""
        for word in sent:
            if word.lemma_.lower() not in self.term_set("expecting-words"):
                continue
            if word.pos_ == "VERB" and (
                _past(word) or _negated(word) or not self._writer_is_subject(word)
            ):
                continue
            if any(self._is_reply(g) for g in self._hoped_for(word)):
                return True
        return False

    def _hoped_for(self, word: Token) -> list[Token]:
        """What a word of hoping is for: 'hope for news', 'the hope of a reply', 'anticipate
        your answer'."""
        links = self.term_set("hope-prepositions")
        preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ in links]
        return [
            *(c for c in word.children if c.dep_ == "dobj"),
            *(g for p in preps for g in p.children if g.dep_ in ("pobj", "pcomp")),
        ]

    def _keen_to_learn(self, sent: Span) -> bool:
        """'I am eager to learn about the next steps', 'It would be great to hear how the
        panel goes': wanting, now, to learn what the reader decides."""
        learning = self.term_set("learning-verbs")
        for verb in sent:
            if verb.lemma_.lower() not in learning or verb.dep_ != "xcomp":
                continue
            wanting = verb.head
            if _past(wanting.head if wanting.dep_ == "acomp" else wanting) or _negated(wanting):
                continue
            if not self._keen_word(wanting):
                continue
            if verb.lemma_.lower() in self.term_set("open-learning-verbs") or self._about_process(
                verb
            ):
                return True
        return False

    def _keen_word(self, word: Token) -> bool:
        """'eager', 'keen', 'I hope', or a hedged 'it would be great': wanting, not reporting."""
        if word.lemma_.lower() in self.term_set("eager-words"):
            return self._writer_is_subject(word)
        # 'it would be great to hear': the infinitive hangs on the adjective or on the copula
        copula = word.head if word.dep_ in ("acomp", "attr") else word
        values = [c for c in copula.children if c.dep_ in ("acomp", "attr")]
        return (
            copula.lemma_.lower() in self.term_set("copulas")
            and _has_modal(copula)
            and bool(values)
            and not any(v.lemma_.lower() in self.term_set("unwilling-words") for v in values)
        )

    def _about_process(self, verb: Token) -> bool:
        """What is to be learnt is the process: 'the next steps', 'the outcome', 'how it goes'."""
        topics = self.term_set("question-topics")
        objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp")]
        objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
        return any(
            o.dep_ == "ccomp" or o.lemma_.lower() in topics or self._is_reply(o) for o in objects
        )

    def _is_reply(self, word: Token) -> bool:
        """A reply of the reader: 'a positive answer', 'good news', 'hearing from you'."""
        return word.lemma_.lower() in self.term_set("reply-nouns")

    def _hopes_to_meet_again(self, sent: Span) -> bool:
        """'I hope we get the chance to work together', 'I hope to see you again': the writer
        hoping to meet the reader again, the close of a rejection reply."""
        hopes = self.term_set("hope-words")
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.term_set("reunion-verbs"):
                continue
            if _past(verb) or _perfect(verb) or self._meets_something_else(verb):
                continue
            hoper = next((a for a in verb.ancestors if a.lemma_.lower() in hopes), None)
            # 'I hope we will have the chance to talk again': 'we' may be on a verb between
            if not any(self._with_the_reader(v) for v in (verb, *self._path(verb, hoper))):
                continue
            if (
                hoper is not None
                and not _past(hoper)
                and not _negated(hoper)
                and self._writer_is_subject(hoper)
            ):
                return True
        return False

    def _meets_something_else(self, verb: Token) -> bool:
        """'I hope we meet our targets': the object met is something of ours or theirs, not
        the reader ('see you again', 'cross paths')."""
        readers = self.term_set("reader-possessives")
        return any(
            c.dep_ == "dobj"
            and any(g.dep_ == "poss" and g.lower_ not in readers for g in c.children)
            for c in verb.children
        )

    @staticmethod
    def _path(word: Token, top: Token | None) -> list[Token]:
        """The words between a word and one of its ancestors."""
        path: list[Token] = []
        for ancestor in word.ancestors:
            if ancestor == top:
                return path
            path.append(ancestor)
        return []

    def _with_the_reader(self, verb: Token) -> bool:
        """Writer and reader together: 'we meet', 'work together', 'speak with you'."""
        reader = self.term_set("reader-words")
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lower_ in self.term_set("we-words"):
                return True
            if child.dep_ == "advmod" and child.lower_ in self.term_set("together-words"):
                return True
            if child.dep_ == "dobj" and child.lower_ in reader:
                return True
            if child.dep_ == "prep" and any(g.lower_ in reader for g in child.children):
                return True
        return False

    def _asks_about_process(self, sent: Span) -> bool:
        """A question about the process: 'Has a decision been made yet?', 'Any news?'."""
        text = sent.text.rstrip()
        if not text.endswith("?") or text.endswith("??"):
            return False
        if text.lower().startswith(tuple(self.term_set("complaint-questions"))):
            return False
        topics = self.term_set("question-topics")
        return any(t.lemma_.lower() in topics or t.lower_ in topics for t in sent)


def _past(token: Token) -> bool:
    """A verb in the past: 'shared', 'was (happy)', 'had (sent)'."""
    return token.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in token.children
    )


def _perfect(token: Token) -> bool:
    """'would have sent': a perfect, here a missed chance rather than an offer."""
    return token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children
    )


def _has_modal(token: Token) -> bool:
    """'can send', 'would be (glad)': a modal auxiliary on the word."""
    return any(c.tag_ == "MD" for c in token.children)


def _negated(token: Token) -> bool:
    """'I cannot send', 'I am not able to discuss'."""
    return any(c.dep_ == "neg" for c in (*token.children, *token.head.children))
