"""Rule `disparage`: flags a note that speaks badly of other candidates, employers or colleagues."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.checks.complaint import clause_range, is_negated, subject_of
from followup_lint.draft.model import TextRange
from followup_lint.matching import Match, entry_matcher

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

    from followup_lint.annotated import Draft

CANDIDATE = "candidate"
WORKPLACE = "workplace"


class Disparage(Check):
    """A pack entry finds a negative judgement; the dependency parse says whom it is about.

    The judgement counts when it is predicated of, or attached to, another candidate, the
    person hired, a manager or colleague, or the writer's own employer: 'my current manager
    is incompetent', 'the person you hired has barely two years', 'managers who have no idea'.
    One finding per sentence, spanning the target and the judging clause.
    """

    id = "disparage"
    needs = frozenset({"parser", "lemmatizer"})

    def setup(self, nlp: Language) -> None:
        self._matcher = entry_matcher(nlp, self.pack)
        terms = self.term_set
        self._candidates = terms("candidate-nouns")
        self._people = terms("people-nouns")
        self._selection = terms("selection-verbs")
        self._jobs = terms("job-nouns")
        self._allocation = terms("allocation-verbs")
        self._colleagues = terms("colleague-nouns")
        self._workplaces = terms("workplace-nouns")
        self._own = terms("own-markers")
        self._first_person = terms("first-person")
        self._property = terms("property-verbs")
        self._partitives = terms("partitives")
        self._candidate_only = terms("candidate-only-entries")
        self._negatable = terms("negatable-entries")
        self._needs_negation = terms("needs-negation-entries")
        self._workplace_preps = terms("workplace-prepositions")
        self._comparatives = terms("comparatives")
        self._idea_followers = terms("idea-followers")
        self._choice_verbs = terms("choice-verbs")
        self._choice_preps = terms("choice-prepositions")
        self._pronouns = terms("third-person-pronouns")

    def run(self, draft: Draft) -> Iterator[Hit]:
        prose = draft.prose_ranges()
        best: dict[int, tuple[int, Match, Token]] = {}
        for entry_id, matches in self._matcher.by_entry(draft.doc).items():
            for match in matches:
                if not any(r.contains(match.span.start_char) for r in prose):
                    continue
                target = self._target_of(entry_id, match)
                if target is None:
                    continue
                sent = match.span.sent.start
                if sent not in best or match.span.start < best[sent][0]:
                    best[sent] = (match.span.start, match, target)
        for _, match, target in sorted(best.values(), key=lambda item: item[0]):
            yield self._hit(draft, match, target)

    def _hit(self, draft: Draft, match: Match, target: Token) -> Hit:
        clause = clause_range(match.span.root)
        start = clause.start
        left = target.left_edge
        if left.sent.start == match.span.sent.start and left.idx < start:
            start = left.idx
        rng = TextRange(start, clause.end)
        entry = match.entry
        message = (entry.message or "{match}").format(match=draft.text[rng.start : rng.end])
        return Hit(rng.start, rng.end, entry.id, message, entry.severity, entry.suggestions)

    # -- whom a judgement is about --------------------------------------------------------
    def _target_of(self, entry_id: str, match: Match) -> Token | None:
        root = match.span.root
        if entry_id in self._negatable and is_negated(root):
            return None
        if entry_id in self._needs_negation and not is_negated(root):
            return None
        if entry_id == "no-idea" and not self._clueless(match):
            return None
        if entry_id == "unlike":
            return self._compared(root, any_class=True)
        if entry_id == "than-others":
            return self._compared(root, any_class=False)
        found = self._judged(root)
        if found is None:
            return None
        target, kind = found
        if entry_id in self._candidate_only and kind != CANDIDATE:
            return None
        return target

    def _clueless(self, match: Match) -> bool:
        """'no idea what they are doing' or a bare 'no idea', not 'no idea that I applied'."""
        end = match.span.end
        doc = match.span.doc
        if end >= match.span.sent.end:
            return True
        following = doc[end]
        return following.is_punct or following.lower_ in self._idea_followers

    def _compared(self, word: Token, *, any_class: bool) -> Token | None:
        """'Unlike the other candidates, ...', 'stronger than the other applicants'."""
        objects = [c for c in word.children if c.dep_ == "pobj"]
        if not objects:
            return None
        kind = self._target_class(objects[0])
        if kind is None or (not any_class and kind != CANDIDATE):
            return None
        if not any_class:
            head = word.head
            comparative = head.tag_ in ("JJR", "RBR") or head.lower_ in self._comparatives
            if not comparative and not any(c.lower_ in self._comparatives for c in head.children):
                return None
        return objects[0]

    def _judged(self, token: Token) -> tuple[Token, str] | None:
        """Walk from the judgement to what it describes: an attached noun, or the subject of
        the predicate it belongs to (through objects of 'have', 'make' and the like)."""
        node = token
        for _ in range(8):
            kind = self._target_class(node)
            if kind is not None:
                return node, kind
            if node.pos_ in ("VERB", "AUX"):
                subject = subject_of(node)
                if subject is None:
                    subject = next((c for c in node.children if c.dep_ == "csubj"), None)
                if subject is None and node.dep_ == "pcomp" and node.head.head.i != node.i:
                    node = node.head.head  # "they'll be fine at churning out filler"
                    continue
                if subject is None:
                    subject = self._misparsed_subject(node)
                if subject is None:
                    return None
                pronoun = subject
                subject = self._antecedent(subject)
                if subject is not pronoun:
                    kind = self._target_class(subject)
                    return (pronoun, kind) if kind is not None else None
                subject = self._partitive(subject)
                kind = self._target_class(subject)
                if kind is None:
                    owner = self._owner(subject)
                    if owner is not None:
                        return owner  # "the other candidate's portfolio was amateurish"
                    return self._runs_the_place(subject)
                return subject, kind
            dep = node.dep_
            if dep in ("dobj", "obj") and node.head.lemma_.lower() not in self._property:
                return None
            if dep in ("nsubj", "nsubjpass", "ROOT") or node.head.i == node.i:
                return None
            node = node.head
        return None

    @staticmethod
    def _misparsed_subject(verb: Token) -> Token | None:
        """'My team lead micromanages everything': a finite verb the parser hung as the object
        of the noun before it; that noun is its subject."""
        head = verb.head
        finite = verb.tag_ in ("VBZ", "VBD", "VBP")
        if finite and head.i < verb.i and head.pos_ in ("NOUN", "PROPN") and head.i != verb.i:
            return head
        return None

    def _antecedent(self, pronoun: Token) -> Token:
        """'They will be fine at churning out filler': a third-person pronoun stands for the
        nearest target earlier in its sentence or in the sentence before it."""
        if pronoun.lower_ not in self._pronouns:
            return pronoun
        sent = pronoun.sent
        start = sent.start
        if start > 0:
            start = pronoun.doc[start - 1].sent.start
        for token in reversed(pronoun.doc[start : pronoun.i]):
            if "\n\n" in token.whitespace_ or "\n\n" in token.text:
                break  # another paragraph
            if token.pos_ in ("NOUN", "PROPN", "PRON") and self._target_class(token) is not None:
                return token
        return pronoun

    def _owner(self, noun: Token) -> tuple[Token, str] | None:
        """A target that possesses the judged thing ('whose' stands for its antecedent)."""
        for child in noun.children:
            if child.dep_ == "poss":
                if child.tag_ == "WP$":
                    clause = next((a for a in child.ancestors if a.dep_ == "relcl"), None)
                    if clause is not None:
                        child = clause.head
                kind = self._target_class(child)
                if kind is not None:
                    return child, kind
        return None

    def _runs_the_place(self, noun: Token) -> tuple[Token, str] | None:
        """'my employer is run by people who ...', 'the people who run my old firm ...'."""
        if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
            owner = subject_of(noun.head.head)
            if owner is not None and self._target_class(owner) == WORKPLACE:
                return noun, WORKPLACE
        for clause in noun.children:
            if clause.dep_ == "relcl" and clause.lemma_.lower() in self._property:
                for obj in clause.children:
                    if obj.dep_ in ("dobj", "obj") and self._target_class(obj) == WORKPLACE:
                        return noun, WORKPLACE
        return None

    def _partitive(self, noun: Token) -> Token:
        """'the rest of the crew' stands for the crew."""
        if noun.lemma_.lower() not in self._partitives:
            return noun
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        return noun

    def _target_class(self, token: Token) -> str | None:
        """CANDIDATE, WORKPLACE, or None when the token is not someone the writer may not
        run down."""
        lemma = token.lemma_.lower()
        lower = token.lower_
        if token.pos_ == "VERB" and token.dep_ == "csubj":
            return CANDIDATE if lemma in self._selection else None  # "whoever you hired"
        if token.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        if lower in self._first_person or self._describes_writer(token):
            return None
        if lemma in self._candidates or lower in self._candidates:
            return CANDIDATE
        if (lemma in self._people or lower in self._people) and self._selected(token):
            return CANDIDATE
        if lemma in self._colleagues or lower in self._colleagues:
            return WORKPLACE
        if (lemma in self._workplaces or lower in self._workplaces) and self._own_workplace(token):
            return WORKPLACE
        return None

    def _own_workplace(self, noun: Token, depth: int = 0) -> bool:
        """'my last company', 'our team', 'the team at my current job'."""
        children = list(noun.children)
        if any(c.lower_ in self._own for c in children if c.dep_ in ("poss", "amod", "det")):
            return True
        if depth > 0:
            return False
        for prep in children:
            if prep.dep_ == "prep" and prep.lower_ in self._workplace_preps:
                for obj in prep.children:
                    workplace = obj.dep_ == "pobj" and obj.lemma_.lower() in self._workplaces
                    if workplace and self._own_workplace(obj, depth + 1):
                        return True
        return False

    def _selected(self, noun: Token) -> bool:
        """'the person you hired', 'people who apply', 'the job went to someone'."""
        for child in noun.children:
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in self._selection:
                return True
        head = noun.head
        if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in self._selection:
            chooser = subject_of(head)
            if chooser is not None and chooser.lower_ not in self._first_person:
                return True  # "you chose someone", "they hired a guy"
        chosen = noun.dep_ == "pobj" and head.lower_ in self._choice_preps
        if chosen and head.head.lemma_.lower() in self._choice_verbs:
            return True  # "you went with someone", "they opted for a graduate"
        allocated = head.head.lemma_.lower() in self._allocation
        if noun.dep_ == "pobj" and head.lower_ == "to" and allocated:
            subject = subject_of(head.head)
            return subject is not None and subject.lemma_.lower() in self._jobs
        return False

    def _describes_writer(self, noun: Token) -> bool:
        """'I am the strongest candidate': a noun predicated of the writer."""
        if noun.dep_ not in ("attr", "oprd", "appos"):
            return False
        subject = subject_of(noun.head)
        return subject is not None and subject.lower_ in self._first_person
