"""Rule `interest`: the note should restate the writer's interest in the role or the company."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.matching import entry_matcher
from followup_lint.models import Kind

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

    from followup_lint.annotated import Draft

_PREPOSITIONS = ("prep", "agent")
_CLAUSES = ("xcomp", "ccomp", "acl", "advcl", "pcomp")


class Interest(Check):
    """An interest predicate said by the writer ('I remain interested', 'I would love to',
    'eager', 'my first choice') whose complement is the job or the employer: a role, team or
    company noun, the context's company, or a verb of joining, working or contributing.
    Interest in a topic, readiness, availability and need do not count."""

    id = "interest"
    message_keys = frozenset({"missing", "suggest", "employer-fallback"})
    needs = frozenset({"parser", "lemmatizer", "ner", "sentences"})

    def setup(self, nlp: Language) -> None:
        self._matcher = entry_matcher(nlp, self.pack)
        self._words = _Vocabulary(**{f: self.term_set(f.replace("_", "-")) for f in _FIELDS})

    def run(self, draft: Draft) -> Iterator[Hit]:
        ranges = [r for r in (draft.parts.subject, *draft.parts.paragraphs) if r is not None]
        reader = _Reader(
            self._words,
            self._company_words(draft),
            self._position_words(draft),
            after_rejection=draft.kind is Kind.REJECTION_REPLY,
        )
        fixed = [m.span for m in self._matcher(draft.doc)]  # 'keep me in mind', 'first choice'
        for sent in draft.sentences_in(ranges):
            if any(sent.start <= m.start and m.end <= sent.end for m in fixed):
                return
            if reader.restates_interest(sent):
                return
        yield self.hit("missing", draft.first_sentence_range(), suggestions=self._suggest(draft))

    def _suggest(self, draft: Draft) -> tuple[str, ...]:
        """A sentence to add, worded for the kind of note."""
        kind = draft.kind.value if draft.kind is not None else ""
        key = f"suggest-{kind}" if f"suggest-{kind}" in self.pack.messages else "suggest"
        employer = draft.context.company or self.pack.message("employer-fallback")
        return (self.pack.message(key).format(employer=employer),)

    def _company_words(self, draft: Draft) -> frozenset[str] | None:
        """Distinctive words of the context's company name; None when no company is known."""
        name = draft.context.company
        if not name:
            return None
        words = {
            w.strip(".,&'’()").lower().removesuffix("'s").removesuffix("’s") for w in name.split()
        }
        generic = self._words.company_generic_words
        return frozenset(w for w in words if len(w) > 1 and w not in generic)

    @staticmethod
    def _position_words(draft: Draft) -> frozenset[str]:
        """The head noun of the context's position ('analyst' for 'Senior Data Analyst')."""
        words = [w.strip(".,()").lower() for w in (draft.context.position or "").split()]
        return frozenset([w for w in words if w.isalpha()][-1:])


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """The pack's word lists, one field per `[terms]` list (dashes become underscores)."""

    interest_adjectives: frozenset[str]
    weak_adjectives: frozenset[str]
    interest_verbs: frozenset[str]
    modal_interest_verbs: frozenset[str]
    anticipation_verbs: frozenset[str]
    interest_nouns: frozenset[str]
    preference_nouns: frozenset[str]
    ranking_words: frozenset[str]
    evaluation_nouns: frozenset[str]
    copular_verbs: frozenset[str]
    discussion_verbs: frozenset[str]
    target_nouns: frozenset[str]
    organisation_nouns: frozenset[str]
    opening_nouns: frozenset[str]
    future_words: frozenset[str]
    joining_verbs: frozenset[str]
    serving_verbs: frozenset[str]
    not_interest_verbs: frozenset[str]
    aspect_verbs: frozenset[str]
    transparent_nouns: frozenset[str]
    partitive_nouns: frozenset[str]
    referring_pronouns: frozenset[str]
    anticipation_particles: frozenset[str]
    modal_words: frozenset[str]
    preference_adverbs: frozenset[str]
    continuing_verbs: frozenset[str]
    likeness_words: frozenset[str]
    first_person: frozenset[str]
    company_generic_words: frozenset[str]
    relative_adverbs: frozenset[str]
    employer_prepositions: frozenset[str]
    reader_pronouns: frozenset[str]
    regarding_prepositions: frozenset[str]
    regarding_verbs: frozenset[str]
    opening_verbs: frozenset[str]
    conditions: frozenset[str]
    envisioning_verbs: frozenset[str]
    wishing_verbs: frozenset[str]
    novelty_words: frozenset[str]
    searching_verbs: frozenset[str]
    searching_particles: frozenset[str]
    prospect_nouns: frozenset[str]
    attraction_verbs: frozenset[str]
    comparison_marks: frozenset[str]
    benefactive_prepositions: frozenset[str]
    impatience_verbs: frozenset[str]
    modal_envisioning_verbs: frozenset[str]
    reflexive_pronouns: frozenset[str]
    applying_verbs: frozenset[str]
    relative_pronouns: frozenset[str]


_FIELDS = tuple(_Vocabulary.__dataclass_fields__)


class _Reader:
    """Reads sentences of one draft for restated interest, knowing its company and position."""

    def __init__(
        self,
        words: _Vocabulary,
        company: frozenset[str] | None,
        position: frozenset[str],
        *,
        after_rejection: bool = False,
    ) -> None:
        self.w = words
        self.company = company
        self.position = position
        # After a rejection any new opening is a future one: 'other openings', 'similar roles'.
        self.opening_words = words.future_words | (
            words.novelty_words if after_rejection else set()
        )

    def restates_interest(self, sent: Span) -> bool:
        """Whether the sentence restates the writer's interest in the job or the employer."""
        for token in sent:
            if (
                self._is_predicate(token)
                and self._said_by_writer(token)
                and self._complement_counts(token)
            ):
                return True
            if self._future_opening(token) or self._preferred_employer(token):
                return True
            if self._valued_prospect(token) or self._attracts_writer(token):
                return True
        return False

    def _valued_prospect(self, noun: Token) -> bool:
        """'It would be a privilege to join your team', 'Working at Acme would be a dream come
        true': joining the employer, imagined and valued highly."""
        if noun.lemma_.lower() not in self.w.prospect_nouns or noun.dep_ != "attr":
            return False
        copula = noun.head
        if (
            copula.lemma_.lower() not in self.w.copular_verbs
            or not any(c.tag_ == "MD" for c in copula.children)
            or self._negated(copula)
        ):
            return False
        clauses = [
            *(c for c in noun.children if c.dep_ in ("acl", "relcl")),
            *(c for c in copula.children if c.dep_ in ("csubj", "xcomp", "ccomp")),
        ]
        return any(c.pos_ in ("VERB", "AUX") and self._verb_counts(c, True) for c in clauses)

    def _attracts_writer(self, verb: Token) -> bool:
        """'The role appeals to me', 'What draws me to Acme is…', 'your mission inspires me':
        the job or the employer acting on the writer, now."""
        if (
            verb.lemma_.lower() not in self.w.attraction_verbs
            or verb.tag_ == "VBD"
            or self._negated(verb)
        ):
            return False
        first = self.w.first_person
        to_phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
        goals = [g for p in to_phrases for g in p.children if g.dep_ == "pobj"]
        moved = any(c.dep_ == "dobj" and c.lower_ in first for c in verb.children)
        if not (moved or any(g.lower_ in first for g in goals)):
            return False
        causes = [c for c in verb.children if c.dep_ == "nsubj"]
        return any(
            t.lower_ not in first and self._noun_counts(t, True, 0) for t in (*causes, *goals)
        )

    def _is_predicate(self, token: Token) -> bool:
        """A word of interest that is not denied ('no longer interested'), or eagerness said
        by denial ('I can't wait to join')."""
        if self._cannot_wait(token):
            return True
        return self._is_interest_word(token) and not self._negated(token)

    def _cannot_wait(self, token: Token) -> bool:
        """'I can't wait to join the team': impatience denied with a modal is eagerness."""
        return (
            token.lemma_.lower() in self.w.impatience_verbs
            and any(c.tag_ == "MD" for c in token.children)
            and any(c.dep_ == "neg" for c in token.children)
        )

    def _negated(self, predicate: Token) -> bool:
        """'I am not interested', 'no longer keen', 'I'd rather not': denied, unless the denial
        is of a comparative, the strongest yes ('I couldn't be more excited', 'happier')."""
        governor = predicate.head if predicate.dep_ in ("acomp", "oprd", "advmod") else predicate
        nodes = {predicate, governor}
        modifiers = [c for n in nodes for c in n.children if c.dep_ == "advmod"]
        denials = [c for n in (*nodes, *modifiers) for c in n.children if c.dep_ == "neg"]
        if not denials:
            return False
        comparatives = [predicate, *(c for n in nodes for c in n.children)]
        return not any(
            t.tag_ in ("JJR", "RBR") and not any(g.dep_ == "neg" for g in t.children)
            for t in comparatives
        )

    def _is_interest_word(self, token: Token) -> bool:
        """An adjective, verb or possessed noun of interest, or 'would rather'."""
        lower, lemma = token.lower_, token.lemma_.lower()
        if token.pos_ in ("ADJ", "VERB") and (
            lower in self.w.interest_adjectives or lemma in self.w.interest_adjectives
        ):
            return True
        if lemma in self.w.anticipation_verbs and any(
            c.lower_ in self.w.anticipation_particles for c in token.children
        ):
            return True  # 'I look forward to joining the team'
        if token.pos_ == "VERB" and (
            lemma in self.w.interest_verbs or lower in self.w.interest_verbs
        ):
            if lemma in self.w.modal_interest_verbs:
                return any(c.lower_ in self.w.modal_words for c in token.children)
            return True
        if lemma in self.w.searching_verbs and any(
            c.dep_ == "prep" and c.lower_ in self.w.searching_particles for c in token.children
        ):
            return not _past(token)  # 'exactly what I have been looking for'
        if token.lower_ in self.w.preference_adverbs and any(
            c.lower_ in self.w.modal_words for c in token.head.children
        ):
            return True
        if token.pos_ == "NOUN" and lemma in self.w.interest_nouns:
            return any(c.dep_ == "poss" and c.lower_ in self.w.first_person for c in token.children)
        return self._envisions_self(token)

    def _envisions_self(self, token: Token) -> bool:
        """'I can picture myself working with your team', 'where I could see myself grow':
        imagining oneself in the job is wanting it (its complement must still be the job or
        the employer). 'See' imagines only with a modal: 'I see myself as a leader' describes."""
        lemma = token.lemma_.lower()
        if lemma not in self.w.envisioning_verbs:
            return False
        if lemma in self.w.modal_envisioning_verbs and not any(
            c.tag_ == "MD" for c in token.children
        ):
            return False
        reflexives = self.w.reflexive_pronouns
        return any(
            (c.dep_ == "dobj" and c.lower_ in reflexives)
            or (
                c.dep_ in ("ccomp", "xcomp")
                and any(g.dep_ == "nsubj" and g.lower_ in reflexives for g in c.children)
            )
            for c in token.children
        )

    def _said_by_writer(self, token: Token) -> bool:
        """The experiencer is the writer: 'I', 'we', 'my', or a subjectless fragment."""
        if token.pos_ == "NOUN" or token.lower_ in self.w.preference_adverbs:
            return True
        current = token
        for _ in range(4):
            subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return all(s.lower_ in self.w.first_person for s in subjects)
            if current.head == current:
                return True
            current = current.head
        return True

    def _complement_counts(self, predicate: Token) -> bool:
        """Whether what the predicate is about is the job or the employer."""
        lemma = predicate.lemma_.lower()
        strong = (
            predicate.lower_ not in self.w.weak_adjectives and lemma not in self.w.weak_adjectives
        )
        if predicate.lower_ in self.w.preference_adverbs:
            return self._verb_counts(predicate.head, strong=True)
        if predicate.pos_ == "NOUN":
            return self._noun_predicate_counts(predicate)
        if lemma in self.w.wishing_verbs:
            # 'I wish to join the team' wants; 'I wish you and the team well' is goodwill.
            clauses = [c for c in predicate.children if c.dep_ in ("xcomp", "ccomp")]
            return any(self._verb_counts(c, strong) for c in clauses)
        complements = list(self._complements(predicate))
        if predicate.dep_ == "relcl":
            complements.append(predicate.head)  # 'the kind of work I want to be doing'
        complements.extend(self._copular_subjects(predicate))
        if not complements:
            return self._bare_counts(predicate)
        return any(self._counts(c, strong) for c in complements)

    def _copular_subjects(self, predicate: Token) -> list[Token]:
        """'The post is one I'd jump at', 'Your kitchen is where I want to be': the subject of
        the copula that the writer's clause describes."""
        if predicate.dep_ == "relcl" and predicate.head.dep_ in ("attr", "pobj"):
            clause = predicate.head.head
            if clause.lower_ in self.w.likeness_words:
                clause = clause.head
        elif predicate.dep_ in ("advcl", "ccomp") and any(
            c.lower_ in self.w.relative_adverbs for c in predicate.subtree
        ):
            clause = predicate.head
        else:
            return []
        if clause.lemma_.lower() not in self.w.copular_verbs:
            return []
        return [
            c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in self.w.first_person
        ]

    def _complements(self, predicate: Token) -> Iterator[Token]:
        """What the predicate is about: prepositional objects, clauses, direct objects."""
        heads = [predicate]
        if predicate.dep_ in ("acomp", "oprd"):
            # 'I left even more keen on the role': the parser hangs the preposition on the verb.
            heads.append(predicate.head)
        for head in heads:
            for child in head.children:
                if head is not predicate and child.i < predicate.i:
                    continue
                if child.dep_ in _PREPOSITIONS:
                    yield from (g for g in child.children if g.dep_ in ("pobj", "pcomp"))
                elif head is predicate and child.dep_ in (*_CLAUSES, "dobj", "attr"):
                    if child.dep_ == "advcl" and any(
                        g.dep_ == "mark" and g.lower_ not in self.w.comparison_marks
                        for g in child.children
                    ):
                        continue  # 'excited when you called', not 'nothing more than to join'
                    yield child
                elif head is predicate and child.lower_ in self.w.anticipation_particles:
                    yield from self._complements(child)

    def _bare_counts(self, predicate: Token) -> bool:
        """'I am still interested': a bare adjective of interest, not in the past."""
        if predicate.pos_ not in ("ADJ", "VERB") or predicate.lower_ in self.w.weak_adjectives:
            return False
        lemma = predicate.lemma_.lower()
        if lemma in self.w.interest_verbs or lemma in self.w.impatience_verbs:
            return False
        governor = predicate.head if predicate.dep_ in ("acomp", "oprd") else predicate
        if governor.lemma_.lower() in self.w.continuing_verbs:
            return True
        auxiliaries = [c for c in governor.children if c.dep_ in ("aux", "auxpass")]
        tags = [governor.tag_, *(a.tag_ for a in auxiliaries)]
        return "VBD" not in tags

    def _noun_predicate_counts(self, noun: Token) -> bool:
        """'my interest in the role', 'X remains my first choice', 'has been my dream'."""
        for child in noun.children:
            if child.dep_ in _PREPOSITIONS and any(
                self._counts(g, strong=True) for g in child.children if g.dep_ == "pobj"
            ):
                return True
        if noun.dep_ == "attr":
            subjects = [c for c in noun.head.children if c.dep_ in ("nsubj", "csubj")]
            if any(self._counts(s, strong=True) or self._ranks(s) for s in subjects):
                return True
        return noun.lemma_.lower() in self.w.preference_nouns and self._ranked(noun)

    def _preferred_employer(self, noun: Token) -> bool:
        """'Silverline is the better fit', 'the vacancy looks like the right place for me',
        'Acme feels like the place where I could grow', 'I'd regard X as the preferable outcome'."""
        ranked_job = self._ranked_for_writer(noun)
        if noun.lemma_.lower() not in self.w.evaluation_nouns and not ranked_job:
            return False
        if not (self._ranked(noun) or self._writers_own_place(noun)):
            return False
        clause = noun.head
        if noun.dep_ == "pobj" and clause.lower_ in self.w.regarding_prepositions:
            verb = clause.head  # 'I would regard a position with Acme as the better outcome'
            return verb.lemma_.lower() in self.w.regarding_verbs and any(
                c.dep_ == "dobj" and self._noun_counts(c, True, 1) for c in verb.children
            )
        if noun.dep_ == "pobj" and clause.lower_ in self.w.likeness_words:
            clause = clause.head  # 'looks like the right place', 'feel like a natural step'
        elif noun.dep_ != "attr":
            return False
        if clause.lemma_.lower() not in self.w.copular_verbs or self._doubted(clause):
            return False
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        return any(
            s.lower_ not in self.w.first_person and (ranked_job or self._noun_counts(s, True, 1))
            for s in subjects
        )

    def _doubted(self, clause: Token) -> bool:
        """'X isn't the better fit', 'I'm not sure this is the right role': the clause or one
        that embeds it is denied."""
        node = clause
        for _ in range(4):
            if self._negated(node):
                return True
            if node.head == node:
                return False
            node = node.head
        return False

    def _ranked_for_writer(self, noun: Token) -> bool:
        """'this is the right role for me': the job itself, ranked first for the writer."""
        if noun.lemma_.lower() not in self.w.target_nouns or not self._ranked(noun):
            return False
        return any(
            c.dep_ == "prep"
            and c.lower_ in self.w.benefactive_prepositions
            and any(g.lower_ in self.w.first_person for g in c.children)
            for c in noun.children
        )

    def _writers_own_place(self, noun: Token) -> bool:
        """'the place where I could grow': a definite noun that the writer's clause describes."""
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        return definite and any(
            c.dep_ == "relcl"
            and any(
                s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in self.w.first_person
                for s in c.children
            )
            for c in noun.children
        )

    def _ranked(self, noun: Token) -> bool:
        """'first choice', 'the better fit', 'the right place'."""
        return any(
            c.lower_ in self.w.ranking_words or c.lemma_.lower() in self.w.ranking_words
            for c in noun.children
            if c.dep_ == "amod"
        )

    def _ranks(self, subject: Token) -> bool:
        """'It remains my first choice': a pronoun subject refers back to the job."""
        return subject.lower_ in self.w.referring_pronouns

    # -- what counts as the job or the employer -----------------------------------------------
    def _counts(self, token: Token, strong: bool) -> bool:
        """Whether a complement (noun or verb) is the job or the employer."""
        if token.pos_ in ("VERB", "AUX"):
            return self._about_the_writer(token) and self._verb_counts(token, strong)
        return self._noun_counts(token, strong, depth=0)

    def _about_the_writer(self, verb: Token) -> bool:
        """A clause with its own subject counts only when the writer is in it: 'I hope you
        will consider me', not 'I hope the new hire works out for the team'."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return True
        first = self.w.first_person
        return any(
            c.lower_ in first
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")
        )

    def _verb_counts(self, verb: Token, strong: bool) -> bool:
        """'join', 'work', or a verb whose object is the job or the employer."""
        lemma = verb.lemma_.lower()
        if lemma in self.w.discussion_verbs:
            # 'the chance to discuss how I could support the lab': judge the writer's own clause
            for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                subjects = [s for s in clause.children if s.dep_ == "nsubj"]
                if subjects and all(s.lower_ in self.w.first_person for s in subjects):
                    return self._verb_counts(clause, strong)
            return False
        if lemma in self.w.aspect_verbs and any(c.dep_ == "xcomp" for c in verb.children):
            # 'keep learning', 'continue to work', 'get to be part of the team'
            return any(self._verb_counts(c, strong) for c in verb.children if c.dep_ == "xcomp")
        if lemma in self.w.not_interest_verbs:
            return False
        if lemma in self.w.joining_verbs or (strong and lemma in self.w.serving_verbs):
            return True
        if lemma in self.w.applying_verbs and not _has_object(verb):
            return True  # 'I would be happy to apply once more'
        if self._object_gap_counts(verb, strong):
            return True
        for child in verb.children:
            if child.dep_ in ("dobj", "attr", "dative") and self._noun_counts(child, strong, 1):
                return True
            if child.dep_ in _PREPOSITIONS and any(
                self._noun_counts(g, strong, 1) for g in child.children if g.dep_ == "pobj"
            ):
                return True
            if strong and self._for_the_reader(child):
                return True  # 'I'd love the chance to do the same for you'
            if (
                child.dep_ in ("conj", "xcomp")  # 'to join Acme and contribute', 'help set up'
                and child.pos_ in ("VERB", "AUX")
                and self._verb_counts(child, strong)
            ):
                return True
        return False

    def _for_the_reader(self, prep: Token) -> bool:
        """'for you': work done for the reader is work done for the employer."""
        return (
            prep.dep_ in ("prep", "dative")
            and prep.lower_ in self.w.benefactive_prepositions
            and any(g.dep_ == "pobj" and g.lower_ in self.w.reader_pronouns for g in prep.children)
        )

    def _object_gap_counts(self, verb: Token, strong: bool) -> bool:
        """'the job I'd rather have': in a relative clause with no object of its own, the verb's
        object is the noun the clause describes."""
        if verb.dep_ != "relcl":
            return False
        relative = self.w.relative_pronouns
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in relative:
                return False  # 'the team that supports me': the gap is the subject
            if child.dep_ in ("dobj", "attr") and child.lower_ not in relative:
                return False
        return self._noun_counts(verb.head, strong, 1)

    def _noun_counts(self, noun: Token, strong: bool, depth: int) -> bool:
        """The noun or one of its conjuncts is the job or the employer."""
        for token in (noun, *(c for c in noun.conjuncts)):
            if self._noun_is_target(token, strong, depth):
                return True
        return False

    def _noun_is_target(self, noun: Token, strong: bool, depth: int) -> bool:
        """A role, team or company noun, the company's name, or 'the chance to join'."""
        lemma = noun.lemma_.lower()
        if any(c.dep_ == "poss" and c.lower_ in self.w.first_person for c in noun.children):
            return False  # 'my team', 'my company': the writer's current employer
        if lemma in self.w.transparent_nouns:
            inner = [c for c in noun.children if c.dep_ in ("acl", "relcl", "prep")]
            inner = [c for c in inner if c.dep_ != "prep" or c.lower_ == "of"]
            if inner:
                return any(self._inner_counts(c, strong) for c in inner)
        if lemma in self.w.target_nouns or noun.lower_ in self.w.target_nouns:
            return True
        if self._is_company(noun) or noun.lower_ in self.position:
            return True
        if depth == 0 and strong and noun.lower_ in self.w.referring_pronouns:
            return True
        if (
            depth == 0
            and strong
            and any(
                c.dep_ == "poss"
                and (c.lemma_.lower() in self.w.organisation_nouns or self._is_company(c))
                for c in noun.children
            )
        ):
            return True  # 'excited about the school's reading model', 'Acme's mission'
        for prep in (c for c in noun.children if c.dep_ == "prep"):
            objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
            if prep.lower_ in self.w.employer_prepositions and any(
                self._is_company(g) for g in objects
            ):
                return True  # 'the nursing family at Mercy Bay', 'a career with Acme'
            if lemma in self.w.partitive_nouns and prep.lower_ == "of":
                for g in objects:
                    if strong and g.lower_ in self.w.referring_pronouns:
                        return True  # 'I would love to be part of it'
                    if g.pos_ in ("VERB", "AUX") and self._employers_own_clause(g):
                        return True  # 'part of what you are building'
                    if g.dep_ == "pobj" and self._noun_counts(g, strong, depth + 1):
                        return True
        return False

    def _employers_own_clause(self, verb: Token) -> bool:
        """A clause whose subject is the reader or the employer: 'what you are building'."""
        return any(
            c.dep_ in ("nsubj", "nsubjpass")
            and (
                c.lower_ in self.w.reader_pronouns or c.lemma_.lower() in self.w.organisation_nouns
            )
            for c in verb.children
        )

    def _inner_counts(self, clause: Token, strong: bool) -> bool:
        """The complement of 'the chance to ...' or 'the possibility of ...'."""
        if clause.dep_ == "prep":
            return any(
                self._counts(g, strong) for g in clause.children if g.dep_ in ("pobj", "pcomp")
            )
        return self._verb_counts(clause, strong)

    def _is_company(self, token: Token) -> bool:
        """A word of the context's company name, or any organisation when none is known."""
        if self.company is None:
            return token.ent_type_ == "ORG" and token.pos_ == "PROPN"
        return token.lower_ in self.company and token.text[:1].isupper()

    def _future_opening(self, token: Token) -> bool:
        """'future Library Assistant roles', 'any upcoming openings' (after a rejection)."""
        if token.lemma_.lower() not in self.w.opening_nouns:
            return False
        if any(self._opens_up(verb) for verb in _verbs_of_subject(token)):
            return True
        return any(
            c.lower_ in self.opening_words
            for c in token.children
            if c.dep_ in ("amod", "compound", "det")
        )

    def _opens_up(self, verb: Token) -> bool:
        """'if another position opens up', 'should a similar role come up': a conditional
        about a new opening, not a report of a past one."""
        if verb.lemma_.lower() not in self.w.opening_verbs or verb.tag_ == "VBD":
            return False
        if any(c.dep_ in ("mark", "aux") and c.lower_ in self.w.conditions for c in verb.children):
            return True
        # An inverted 'Should a position open again' is often misparsed: the condition then
        # only opens the sentence.
        opener = verb.sent[0]
        return opener.lower_ in self.w.conditions and opener.i < verb.i


def _verbs_of_subject(noun: Token) -> list[Token]:
    """The verbs a noun is the subject of: its head, or an attached verb or adjective when
    the parser misreads the clause ('a position ... open' as a modifier)."""
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(noun.head)
    return verbs


def _past(verb: Token) -> bool:
    """'I looked', 'I was looking': said of the past."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def _has_object(verb: Token) -> bool:
    """'apply my skills', 'apply what I learned': the verb takes an object or a clause."""
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children)
