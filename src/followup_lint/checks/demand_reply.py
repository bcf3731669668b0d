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
        if self._third_party_deadline(match):
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
            past = token.tag_ in ("VBD", "VBN")
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
                and token is match.span[-1]
                and token.pos_ == "VERB"
                and lemma not in receiving
            ):
                return True
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
        """The matched verb is something the writer does: 'I can send them immediately'."""
        verb = match.span[0]
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in self.term_set(
            "receiving-verbs"
        ):
            return False
        first_person = self.term_set("first-person")
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return bool(subjects) and all(s.lower_ in first_person for s in subjects)


def _reported_past(match: Match) -> bool:
    """'I heard nothing until today': a past reply verb reports, it does not demand."""
    verb = match.span[0]
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(t.lower_ in ("if", "unless") for t in match.span.sent if t.i < verb.i)


def _speaker_is_other(verb: Token, first_person: frozenset[str]) -> bool:
    """The reporting verb's speaker is not the writer: 'you said', 'I was told'."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True  # "I was told", "it was mentioned"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return verb.dep_ in ("advcl", "relcl") and verb.tag_ in ("VBD", "VBN")  # "as discussed"
    return all(s.lower_ not in first_person for s in subjects)
