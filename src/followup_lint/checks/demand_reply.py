"""Rule `demand-reply`: urgency, deadlines or insistence aimed at the reader's reply."""

from __future__ import annotations

from typing import TYPE_CHECKING

from followup_lint.checks.base import PhraseCheck
from followup_lint.matching import Match

if TYPE_CHECKING:
    from spacy.tokens import Token

    from followup_lint.annotated import Draft


class DemandReply(PhraseCheck):
    """Pack patterns find pressure; a match inside reported speech ('you mentioned a
    decision by Friday', 'I was told I would hear back within a week') is the employer's
    own timeline, not the writer's demand, and is dropped."""

    id = "demand-reply"
    needs = frozenset({"parser", "lemmatizer", "ner"})

    def accept(self, draft: Draft, match: Match) -> bool:
        if self._writer_acts(match):
            return False
        reporting = self.term_set("reporting-verbs")
        plans = self.term_set("plan-verbs")
        first_person = self.term_set("first-person")
        for token in match.span.sent:
            if token.i >= match.span.end:
                break
            lemma = token.lemma_.lower()
            past = token.tag_ in ("VBD", "VBN")
            if (lemma in plans or (lemma in reporting and past)) and _speaker_is_other(
                token, first_person
            ):
                return False
        return True

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


def _speaker_is_other(verb: Token, first_person: frozenset[str]) -> bool:
    """The reporting verb's speaker is not the writer: 'you said', 'I was told'."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True  # "I was told", "it was mentioned"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return verb.dep_ in ("advcl", "relcl") and verb.tag_ in ("VBD", "VBN")  # "as discussed"
    return all(s.lower_ not in first_person for s in subjects)
