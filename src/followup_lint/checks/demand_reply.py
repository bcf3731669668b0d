"""Rule `demand-reply`: urgency, deadlines or insistence aimed at the reader's reply."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from followup_lint.checks.base import Hit, PhraseCheck
from followup_lint.matching import Match
from followup_lint.models import Kind

if TYPE_CHECKING:
    from spacy.tokens import Token

    from followup_lint.annotated import Draft


class DemandReply(PhraseCheck):
    """Pack patterns find pressure; a match inside reported speech ('you mentioned a
    decision by Friday', 'I was told I would hear back within a week') is the employer's
    own timeline, not the writer's demand, and is dropped."""

    id = "demand-reply"
    needs = frozenset({"parser", "lemmatizer", "ner"})

    # The last draft's hits, shared by every instance using the same pack: `call-to-action`
    # asks which sentences are demands, and the rule itself runs on the same draft next.
    _memo: ClassVar[tuple[object, str, tuple[Hit, ...]] | None] = None

    def run(self, draft: Draft) -> Iterator[Hit]:
        memo = DemandReply._memo
        if memo is None or memo[0] is not draft or memo[1] != self.pack.path:
            memo = DemandReply._memo = (draft, self.pack.path, tuple(super().run(draft)))
        return iter(memo[2])

    def accept(self, draft: Draft, match: Match) -> bool:
        if self._writer_acts(match) or self._writers_own_reply(match) or _reported_past(match):
            return False
        if self._third_party_deadline(match) or self._binds_someone_else(match):
            return False
        if self._softened(match):
            return False
        insisting = match.entry.id in self.term_set("insisting-entries")
        if (
            draft.kind == Kind.OFFER_NOTICE
            and not insisting
            and (self._polite_question(match) or self._about_the_other_offer(match))
        ):
            return False
        reporting = self.term_set("reporting-verbs")
        plans = self.term_set("plan-verbs")
        first_person = self.term_set("first-person")
        for token in match.span.sent:
            if token.i >= match.span.end:
                break
            lemma = token.lemma_.lower()
            past = _looks_back(token)
            planned = lemma in plans or token.lower_ in plans
            if (planned or (lemma in reporting and past)) and _speaker_is_other(
                token, first_person
            ):
                return False
        return True

    def _writers_own_reply(self, match: Match) -> bool:
        """'my answer is due by Friday', 'I need to answer them by Friday': the writer's reply
        (to another employer), not a demand on the reader."""
        first_person = self.term_set("first-person")
        nouns = self.term_set("reply-nouns")
        receiving = self.term_set("receiving-verbs")
        for token in match.span:
            lemma = token.lemma_.lower()
            owned = any(c.dep_ == "poss" and c.lower_ in first_person for c in token.children)
            if token.pos_ == "NOUN" and lemma in nouns and owned:
                return True
            if (
                match.entry.id == "need-answer"
                and token.i == match.span[-1].i
                and token.pos_ == "VERB"
                and lemma not in receiving
                and all(s.lower_ in first_person for s in _subjects(token))
            ):
                return True  # 'I need to answer', but not 'I need you to reply'

        return False

    def _third_party_deadline(self, match: Match) -> bool:
        """'they need my answer by Friday', 'I have been asked to confirm by Monday'."""
        third = self.term_set("third-parties")
        asking = self.term_set("asking-verbs")
        for token in (match.span[0], *match.span[0].ancestors):
            if token.lemma_.lower() not in asking:
                continue
            for child in token.children:
                if child.dep_ == "nsubj" and (child.lower_ in third or child.ent_type_ == "ORG"):
                    return True
                if child.dep_ in ("auxpass", "nsubjpass") and token.lemma_.lower() == "ask":
                    return True
        return False

    def _binds_someone_else(self, match: Match) -> bool:
        """The match's deadline (its date, else its last word: 'right away', 'ASAP') binds
        someone other than the reader: the writer's own promptness ('let me know and I will
        send them right away') or a third party's habit ('decisions are taken on Monday and
        reversed by Thursday'). An imperative, 'you', the writer awaiting an answer, and an
        obligation ('must be made by Friday') stay demands."""
        verb = self._bound_verb(_deadline(match))
        if verb is None or verb.sent.text.rstrip().endswith("?"):
            return False  # 'Could your team confirm by Friday?' asks the reader's side
        subjects = _subjects(verb)
        if not subjects or any(self._readers(s) for s in subjects) or _imperative(verb):
            return False
        words = {s.lower_ for s in subjects}
        if words <= self.term_set("first-person"):
            return not self._awaits(verb) and not self._asks_for_reply(verb)
        if words & self.term_set("dummy-subjects"):
            return False
        return not self._necessary(verb)

    def _softened(self, match: Match) -> bool:
        """Pressure undone by its clause: negated ('please do not feel any pressure to respond
        quickly'), thanks for a reply already given ('thank you for your prompt response'),
        or looking back ('a quick yes would have been a courtesy')."""
        entry = match.entry.id
        if entry in self.term_set("insisting-entries") | self.term_set("negated-entries"):
            return False  # 'if I do not hear by Friday', 'I cannot wait' are negated on purpose
        chain = [match.span[0], *match.span[0].ancestors]
        if _negated(chain) or self._thanks_for(chain):
            return True
        return _looks_back_modally([*chain, *_nearby_roots(match)])

    def _thanks_for(self, chain: list[Token]) -> bool:
        """'Thank you for your quick reply', 'I appreciate you responding so quickly' - but
        not 'I would appreciate a prompt reply' or 'thanks in advance for a quick answer'."""
        thanking = self.term_set("thanking-words")
        for token in chain:
            if token.lemma_.lower() not in thanking and token.lower_ not in thanking:
                continue
            words = {t.lower_ for t in token.subtree}
            clause = [token, *token.ancestors][:3]  # 'would be grateful': the copula's modal
            modal = any(c.tag_ == "MD" for t in clause for c in t.children)
            requesting = token.lemma_.lower() in self.term_set("requesting-thanks")
            asking = (modal and requesting) or words & {"if", "whether"}
            return not asking and not words & self.term_set("in-advance")
        return False

    def _readers(self, subject: Token) -> bool:
        """'you', 'your team', 'your HR department'."""
        reader = self.term_set("reader-words")
        return subject.lower_ in reader or any(
            c.dep_ == "poss" and c.lower_ in reader for c in subject.children
        )

    def _awaits(self, verb: Token) -> bool:
        """The writer waits for word: 'I need to hear', 'I would like to be informed'."""
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        return passive or verb.lemma_.lower() in self.term_set("awaiting-verbs")

    def _bound_verb(self, token: Token) -> Token | None:
        """The verb a deadline word belongs to; None when it binds a reply noun first ('a
        response by Friday'), which is the reader's to give."""
        nouns = self.term_set("reply-nouns")
        first_person = self.term_set("first-person")
        for node in (token, *token.ancestors):
            if node.pos_ in ("VERB", "AUX"):
                return node
            owned = any(c.dep_ == "poss" and c.lower_ in first_person for c in node.children)
            if node.pos_ == "NOUN" and node.lemma_.lower() in nouns and not owned:
                return None
        return None

    def _asks_for_reply(self, verb: Token) -> bool:
        """The verb's own object is the reader's reply: 'I'd appreciate an answer by Friday',
        'I would be grateful for a decision by Monday'."""
        for token in verb.subtree:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in self.term_set("reply-nouns"):
                continue
            owners = [c.lower_ for c in token.children if c.dep_ == "poss"]
            if any(o not in self.term_set("reader-words") for o in owners):
                continue  # 'my answer', 'their decision': not the reader's reply
            owner = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if owner is not None and owner.i == verb.i:
                return True
        return False

    def _necessary(self, verb: Token) -> bool:
        """'must be made by Friday', 'needs to be decided by Friday': an obligation."""
        words = self.term_set("necessity-words")
        for node in _control_chain(verb):
            if node.lemma_.lower() in words or any(
                c.dep_ == "aux" and c.lemma_.lower() in words for c in node.children
            ):
                return True
        return False

    def _about_the_other_offer(self, match: Match) -> bool:
        """In an offer notice, a deadline in a sentence about the other offer is its deadline."""
        third = self.term_set("third-parties")
        return any(t.lemma_.lower() == "offer" or t.lower_ in third for t in match.span.sent)

    def _polite_question(self, match: Match) -> bool:
        """A hedged request or a question: how an offer notice asks about timing."""
        sent = match.span.sent
        text = sent.text.lower()
        return text.rstrip().endswith("?") or any(h in text for h in self.term_set("hedges"))

    def _writer_acts(self, match: Match) -> bool:
        """The matched verb is something the writer does: 'I can send them immediately'.
        When the deadline hangs from a verb inside the first one's clause ('I hope you can
        give me an answer by Friday'), that verb is the one done by the deadline."""
        verb = match.span[0]
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        inner = _deadline_verb(match)
        if inner is not None and any(a.i == verb.i for a in inner.ancestors):
            verb = inner
        if verb.lemma_.lower() in self.term_set("receiving-verbs"):
            return False
        if any(c.dep_ == "auxpass" for c in verb.children):
            return False  # 'I would like to be informed by Friday': the writer receives
        subjects = _subjects(verb)
        return bool(subjects) and all(s.lower_ in self.term_set("first-person") for s in subjects)


def _reported_past(match: Match) -> bool:
    """'I heard nothing until today': a past reply verb reports, it does not demand."""
    verb = match.span[0]
    if not _looks_back(verb):
        return False
    return not any(t.lower_ in ("if", "unless") for t in match.span.sent if t.i < verb.i)


def _deadline(match: Match) -> Token:
    """The match's deadline word: its first date, else its last word ('ASAP', 'away')."""
    return next((t for t in match.span if t.ent_type_ in ("DATE", "TIME")), match.span[-1])


def _deadline_verb(match: Match) -> Token | None:
    """The verb the deadline word hangs from."""
    token = _deadline(match)
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def _looks_back(verb: Token) -> bool:
    """A past verb: 'I was told', 'you mentioned' - not 'I would like to be informed'."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBD"
        or not auxiliaries
        or any(a.tag_ == "VBD" or a.lemma_.lower() == "have" for a in auxiliaries)
    )


def _negated(chain: list[Token]) -> bool:
    """A 'not' on the match or a word it hangs from, outside an 'if' or 'unless' clause."""
    children = [c for t in chain for c in t.children]
    conditional = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children)
    return not conditional and any(c.dep_ == "neg" for c in children)


def _nearby_roots(match: Match) -> list[Token]:
    """The roots of the match's sentence and of the words just after it: a fragment ('A
    quick yes') may be parsed apart from its verb ('or no would have been a courtesy')."""
    doc = match.span.doc
    after = doc[match.span.end : min(len(doc), match.span.end + 8)]
    return [t for t in (*match.span.sent, *after) if t.dep_ == "ROOT"]


def _looks_back_modally(chain: list[Token]) -> bool:
    """'would have been appreciated', 'should have replied': a wish about the past."""
    for token in chain:
        children = list(token.children)
        modal = any(c.tag_ == "MD" for c in children)
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
        if modal and perfect:
            return True
    return False


def _imperative(verb: Token) -> bool:
    """A bare main verb with a vocative parsed as its subject: 'Please, everyone, respond'
    (but not 'I will let my recruiter know')."""
    bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ == "VB" and verb.dep_ == "ROOT" and bare


def _control_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it completes or is coordinated with ('need to be made')."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj") and chain[-1].head.pos_ in ("VERB", "AUX"):
        chain.append(chain[-1].head)
    return chain


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, else those of the verb it completes ('I need to answer'; the
    object in 'I request you to inform') or is coordinated with."""
    for node in _control_chain(verb):
        found = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if found:
            return found
        if node.dep_ == "xcomp":
            objects = [c for c in node.head.children if c.dep_ == "dobj"]
            if objects:
                return objects
    return []


def _speaker_is_other(verb: Token, first_person: frozenset[str]) -> bool:
    """The reporting verb's speaker is not the writer: 'you said', 'I was told'."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True  # "I was told", "it was mentioned"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return verb.dep_ in ("advcl", "relcl") and verb.tag_ in ("VBD", "VBN")  # "as discussed"
    return all(s.lower_ not in first_person for s in subjects)
