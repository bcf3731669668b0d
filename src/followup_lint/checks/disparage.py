"""Rule `disparage`: flags a note that speaks badly of other candidates, employers or colleagues."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.checks.complaint import (
    clause_range,
    hyphenated_word,
    is_negated,
    is_perfect,
    own_clause_tokens,
    own_subjects,
    ranks_above,
    subject_of,
)
from followup_lint.draft.model import TextRange
from followup_lint.learned import SentenceModel
from followup_lint.matching import Match, entry_matcher
from followup_lint.models import Severity
from followup_lint.sentiment import RatedWords

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from followup_lint.annotated import Draft


CANDIDATE = "candidate"
WORKPLACE = "workplace"
# Entries whose words are negative evaluations by themselves: a comparison set in the same
# sentence ('compared with my last team, ...') then reads as a put-down.
# Verbs that predicate praise of their subject ('has many strengths', 'was an excellent school').
PRAISE_VERBS = frozenset({"be", "have", "remain", "prove"})
NEGATIVE_ENTRIES = ("judgement", "negative-evaluation", "weak-criticism", "put-down-idiom")


# Verbs of someone getting the job: 'the fellow with the portfolio had it', 'she got the role'.
_GETTING = frozenset({"get", "have", "win", "land", "take", "bag"})
# Subjects of an 'if' that makes a thing easy for someone: 'if it hissed in his ear', 'if you
# handed them the rota', 'if anyone drew him a map'.
_EASY_SUBJECTS = frozenset({"it", "you", "someone", "somebody", "anyone", "anybody"})


def _tokens_near(word: Token, *, own_sentence: bool) -> Iterator[Token]:
    """The tokens of the two sentences before `word`'s (and of its own, when asked), the
    nearest sentence first."""
    sents = list(word.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= word.i < s.end)
    for sent in reversed(sents[max(0, here - 2) : here + own_sentence]):
        yield from sent


class Disparage(Check):
    """A pack entry finds a negative judgement; the dependency parse says whom it is about.

    The judgement counts when it is predicated of, or attached to, another candidate, the
    person hired, a manager or colleague, or the writer's own employer: 'my current manager
    is incompetent', 'the person you hired has barely two years', 'managers who have no idea'.
    One finding per sentence, spanning the target and the judging clause.
    """

    id = "disparage"
    needs = frozenset({"parser", "lemmatizer"})
    message_keys = frozenset({"learned"})

    def setup(self, nlp: Language) -> None:
        self._model = self.learned_model()
        self._learned_threshold = float(self.settings["learned_threshold"])
        self._learned_severity = Severity(self.settings["learned_severity"])
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
        self._negators = terms("implicit-negators")
        self._nobody = terms("nobody")
        self._inability = terms("inability-modals")
        self._restrictors = terms("restrictors")
        self._scarce = terms("scarcity-words")
        self._knowledge = terms("knowledge-amounts")
        self._wh_words = terms("wh-words")
        self._low = terms("low-words")
        self._dismay = terms("dismay-words")
        self._light_verbs = terms("light-verbs")
        self._duty_verbs = terms("duty-verbs")
        self._personal_verbs = terms("personal-object-verbs")
        self._diligence = terms("diligence-verbs")
        self._reluctance = terms("reluctance-verbs")
        self._reluctant_about = terms("reluctant-about")
        self._self_owners = terms("self-owners")
        self._things = terms("thing-pronouns")
        self._topic_preps = terms("topic-prepositions")
        self._turn_preps = terms("turn-prepositions")
        self._blameless = terms("blameless-verbs")
        self._doubts = terms("doubt-verbs")
        self._certainty = terms("certainty-words")
        self._uncertain = terms("uncertainty-words")
        self._strong_disbelief = terms("strong-disbelief")
        self._advancing = terms("advancing-verbs")
        self._mix_ups = terms("mix-up-verbs")
        self._neglect = terms("neglect-verbs")
        self._work_products = terms("work-products")
        self._obligation = terms("obligation-words")
        self._helpless_preps = terms("helpless-exceptions")
        self._easy = terms("easy-words")
        self._hard = terms("hard-words")
        self._expectations = terms("expectation-verbs")
        self._luck = terms("luck-words")
        self._work_relations = terms("work-relation-verbs")
        self._mending = terms("mending-verbs")
        self._encounters = terms("encounter-verbs")
        self._waiting_verbs = terms("waiting-verbs")
        self._waiting_places = terms("waiting-places")
        self._placed_at = terms("placed-at-verbs")
        self._abilities = terms("ability-words")
        self._hopes = terms("hope-words")
        self._fault_manners = terms("fault-manners")
        self._deprivations = terms("deprivation-nouns")
        self._setting_verbs = terms("setting-verbs")
        self._place_adverbs = terms("place-adverbs")
        self._hedges = terms("hedges")
        self._intensifiers = terms("intensifiers")
        self._contrast_words = terms("contrast-evaluatives")
        self._reason_marks = terms("reason-marks")
        self._deficit = terms("deficit-verbs")
        self._growth = terms("growth-verbs")
        self._learning = terms("learning-verbs")
        self._slowness = terms("slowness-words")
        self._speed = terms("speed-words")
        self._finding_out = terms("discovery-verbs")
        self._puzzling_out = terms("puzzling-verbs")
        self._equatives = terms("equative-words")
        self._concessive = terms("concessive-marks")
        self._ironic = terms("ironic-qualifiers")
        self._praise_when_none = terms("praise-when-none")
        self._standard_marks = terms("standard-marks")
        self._relief = terms("relief-words")
        self._preference = terms("preference-verbs")
        self._leaving = terms("leaving-verbs")
        self._connections = terms("connection-words")
        self._taking_back = terms("taking-back-words")
        self._hire_markers = terms("hire-markers")
        self._wish_verbs = terms("wish-verbs")
        self._anaphors = terms("anaphors")
        self._third_persons = terms("third-person-people")
        self._pools = terms("applicant-pools")
        self._receivers = terms("handover-receivers")
        self._next_in_line = terms("next-in-line")
        self._worker_endings = tuple(sorted(terms("worker-endings")))
        self._rated = RatedWords(self)
        from spacy.parts_of_speech import IDS

        words = self._candidates | self._people | self._colleagues | self._workplaces
        pieces = {piece for word in self._colleagues for piece in word.split("-")}
        strings = nlp.vocab.strings
        self._target_hashes = frozenset(strings.add(w) for w in words | pieces)
        self._propn, self._csubj = IDS["PROPN"], strings.add("csubj")
        self._linking = terms("linking-verbs")
        self._predicate_preps = terms("predicate-prepositions")
        self._states = terms("states")
        self._tests = {
            "indifference": self._indifferent,
            "knows-little": self._knows_little,
            "lacks-quality": self._lacking,
            "lacks-experience": self._lacking,
            "misconduct": self._misconduct,
            "helpless": self._helpless,
            "need-luck": self._needs_luck,
            "weak-criticism": self._pointed,
            "cannot-manage": self._unable,
            "cannot-even-if": self._cannot_even_if,
        }
        self._finders = {
            "low-standard": self._low_standard,
            "fell-short": self._fell_short,
            "disbelief": self._disbelief,
            "does-their-work": self._their_work_done,
            "foregone": self._foregone,
            "unlike": lambda word: self._compared(word, any_class=True),
            "than-others": self._than,
            "backhanded-assurance": self._backhanded,
            "faint-praise": self._faint_praise,
            "does-nothing": self._does_nothing,
            "implied-contrast": self._implied_contrast,
            "hard-lesson-wish": self._hard_lesson_wished,
            "hoped-lesson": self._hoped_lesson,
            "stopped-growing": self._stopped_growing,
            "not-bothered": self._not_bothered,
            "patience-needed": self._patience_needed,
            "grudging-credit": self._credited,
            "idea-of": self._mocked_idea,
            "mocked-belief": self._mocked_belief,
            "basics-explained": self._basics_explained,
            "more-than-say-for": self._said_for,
            "hearsay-connections": self._insinuated,
            "abilities-compared": self._abilities_compared,
            "only-diligent-one": self._only_diligent_one,
            "nobody-diligent": self._nobody_diligent,
            "box-ticking": self._empty_ritual,
            "counterexample": self._lesson_by_counterexample,
            "blame-shifted": self._blame_shifted,
            "left-for-others": self._left_for_others,
        }

    def run(self, draft: Draft) -> Iterator[Hit]:
        prose = draft.prose_ranges()
        best: dict[int, tuple[int, Match, Token]] = {}
        found = self._matcher.by_entry(draft.doc)
        judging = {m.span.sent.start for e in NEGATIVE_ENTRIES for m in found.get(e, ())}
        for entry_id, matches in found.items():
            for match in matches:
                if not any(r.contains(match.span.start_char) for r in prose):
                    continue
                if entry_id == "compared":
                    target = self._contrasted(match.span, match.span.sent.start in judging)
                else:
                    target = self._target_of(entry_id, match)
                if target is None:
                    continue
                sent = match.span.sent.start
                if sent not in best or match.span.start < best[sent][0]:
                    best[sent] = (match.span.start, match, target)
        # A word an entry already matched has had its own, more specific test.
        listed = {i for ms in found.values() for m in ms for i in range(m.span.start, m.span.end)}
        for word in self._rated_words(draft.doc):
            sent = word.sent.start
            if sent in best or word.i in listed or not any(r.contains(word.idx) for r in prose):
                continue
            target = self._described(word)
            if target is not None:
                best[sent] = (
                    word.i,
                    Match(self._rated.entry, word.doc[word.i : word.i + 1]),
                    target,
                )
        hits = [self._hit(draft, match, target) for _, match, target in best.values()]
        if self._model is not None:
            hits.extend(self._learned_hits(draft, self._model, taken=set(best)))
        yield from sorted(hits, key=lambda hit: hit.start)

    def _learned_hits(self, draft: Draft, model: SentenceModel, taken: set[int]) -> Iterator[Hit]:
        """Sentences the learned classifier reads as put-downs, among those about someone the
        writer may not run down (named in the sentence or the one before: 'She was punctual.
        I'll give her that.'). A sentence a hand-written test flagged, or one beside it, is
        left alone: that passage has its finding, and a bag of words would read the target
        named next door ('I met my current manager in 2019.') as the put-down."""
        sentences = list(draft.sentences_in(draft.prose_ranges()))
        doc = draft.doc
        people = [
            i
            for i in self._maybe_targets(doc)
            if self._target_class(doc[i]) is not None and not self._writers_setting(doc[i])
        ]
        about = [any(s.start <= i < s.end for i in people) for s in sentences]
        flagged = [sent.start in taken for sent in sentences]
        chosen = [
            sent
            for i, sent in enumerate(sentences)
            if not any(flagged[max(0, i - 1) : i + 2]) and (about[i] or (i > 0 and about[i - 1]))
        ]
        if not chosen:
            return
        for sent, score in zip(chosen, model.scores([s.text for s in chosen]), strict=True):
            if score >= self._learned_threshold:
                text = sent.text.rstrip()
                rng = TextRange(sent.start_char, sent.start_char + len(text))
                yield self.hit("learned", rng, severity=self._learned_severity, match=text)

    def _writers_setting(self, token: Token) -> bool:
        """'At my previous studio we lost a whole recording week': the writer's workplace as
        the setting of what the writer (with others) did or suffered, not someone judged."""
        if token.dep_ != "pobj" or token.head.lower_ not in ("at", "in"):
            return False
        doer = subject_of(token.head.head) if token.head.head.pos_ in ("VERB", "AUX") else None
        return doer is not None and doer.lower_ in self._first_person

    def _maybe_targets(self, doc: Doc) -> list[int]:
        """Indices of the tokens `_target_class` could accept, found over integer columns: a
        word of the target lists (or a piece of a hyphenated one), a proper noun, or a verb
        that is a clause subject ('whoever you hired'); the rest cannot be a target."""
        from spacy.attrs import DEP, LEMMA, LOWER, POS

        if not len(doc):
            return []
        hashes = self._target_hashes
        rows = doc.to_array([LOWER, LEMMA, POS, DEP]).tolist()
        return [
            i
            for i, (lower, lemma, pos, dep) in enumerate(rows)
            if lower in hashes or lemma in hashes or pos == self._propn or dep == self._csubj
        ]

    def _hit(self, draft: Draft, match: Match, target: Token) -> Hit:
        clause = clause_range(match.span.root)
        start = clause.start
        first = next((t for t in match.span.sent if t.idx == start), None)
        if first is not None and first.tag_ == "WRB" and first.i + 1 < match.span.sent.end:
            start = first.nbor().idx  # "where management treated nurses ...": not the 'where'
        left = target.left_edge
        if left.sent.start == match.span.sent.start and left.idx < start:
            start = left.idx
        rng = TextRange(start, clause.end)
        entry = match.entry
        message = (entry.message or "{match}").format(match=draft.text[rng.start : rng.end])
        return Hit(rng.start, rng.end, entry.id, message, entry.severity, entry.suggestions)

    # -- words human raters call negative (the VADER lexicon) -----------------------------
    def _rated_words(self, doc: Doc) -> Iterator[Token]:
        """Adjectives and nouns rated clearly negative: one dictionary lookup per token, so
        a stranger's 'cruel', 'pitiful' or 'a cheat' counts without being listed."""
        yield from self._rated.tokens(doc)

    def _described(self, word: Token) -> Token | None:
        """Whom a rated word describes: said of them through a linking verb ('my manager was
        selfish', 'came across as childish', 'are a bunch of thieves') or attached to them
        ('a reckless colleague'). Not a feeling or condition ('my boss is sad I am leaving'),
        not negated ('never cruel'), not about the writer (the parse finds no target)."""
        if word.lemma_.lower() in self._states or word.lower_ in self._states:
            return None
        if is_negated(word) or any(c.lower_ in self._nobody for c in word.children):
            return None
        attached = word.dep_ == "amod" and word.head.pos_ in ("NOUN", "PROPN")
        if not attached and not self._predicated(word):
            return None
        if self._about_what_happened(word):
            return None
        found = self._judged(word)
        if found is None:
            return None
        target = found[0]
        if attached and word.head.i != target.i:
            return None  # "my old company faced a brutal market": the market, not the company
        return target

    @staticmethod
    def _about_what_happened(word: Token) -> bool:
        """'My employer went bankrupt, which was devastating': a relative clause after the
        verb is about the event, though the parser hangs it on the noun."""
        clause = next((a for a in (word, *word.ancestors) if a.dep_ == "relcl"), None)
        if clause is None:
            return False
        between = word.doc[clause.head.i + 1 : clause.left_edge.i]
        return any(t.pos_ in ("VERB", "AUX") for t in between)

    def _predicated(self, word: Token) -> bool:
        """Whether the word is a description its clause gives of the subject."""
        node = word
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head  # "selfish and cruel"
        if node.dep_ in ("pobj", "amod") and node.head.lower_ in self._predicate_preps:
            node = node.head.head  # "came across as childish", "a bunch of thieves"
        if node.dep_ in ("attr", "acomp", "oprd"):
            node = node.head
        return node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in self._linking

    # -- whom a judgement is about --------------------------------------------------------
    def _target_of(self, entry_id: str, match: Match) -> Token | None:
        root = match.span.root
        if entry_id in self._negatable and is_negated(root):
            return None
        if entry_id in self._needs_negation and not self._negated(root):
            return None
        test = self._tests.get(entry_id)
        if test is not None and not test(root):
            return None
        finder = self._finders.get(entry_id)
        if finder is not None:
            return finder(root)
        if entry_id == "tells-all":
            return self._told_about(match)
        if entry_id == "no-idea" and not self._clueless(match):
            return None
        found = self._judged(root)
        if found is None:
            return None
        target, kind = found
        if entry_id in self._candidate_only and kind != CANDIDATE:
            return None
        return target

    # -- what makes a neutral word a judgement --------------------------------------------
    def _negated(self, token: Token) -> bool:
        """'did not care', and negation carried by the governing verb or the subject:
        'stopped caring', 'refused to listen', 'none of them cared', 'no one there listens'."""
        if is_negated(token):
            return True
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in self._negators:
            return not is_negated(token.head)
        predicate = token.head if token.dep_ in ("acomp", "attr", "oprd") else token
        subject = subject_of(predicate) if predicate.pos_ in ("VERB", "AUX") else None
        return subject is not None and (
            subject.lower_ in self._nobody
            or any(c.lower_ in ("no", "not") for c in subject.children)
        )

    def _indifferent(self, verb: Token) -> bool:
        """'does not care about the user', 'never listened', 'care only about their own
        allowances' - but not 'could not support the move' (inability, not indifference)."""
        if verb.pos_ != "VERB":
            return False
        if self._self_first(verb):
            return True
        if not self._towards_someone(verb):
            return False
        if self._negated(verb):
            modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            cannot = bool(modals & self._inability)
            return not cannot or any(c.lower_ == "less" for c in verb.children)
        if verb.lemma_.lower() == "want":
            return False  # wanting judges only when refused ('did not want to learn')
        near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
        return any(t.lower_ in self._restrictors and t.dep_ == "advmod" for t in near)

    def _self_first(self, verb: Token) -> bool:
        """'cares more about defending his old macros than about the data': someone's own
        interest put before the work ('cares more about our development than targets' puts
        others first and is praise)."""
        if not any(c.lower_ == "more" and c.dep_ == "advmod" for c in verb.children):
            return False
        than = next((t for t in verb.subtree if t.lower_ == "than"), None)
        if than is None:
            return False
        first = [t for t in verb.subtree if verb.i < t.i < than.i and t.lower_ in self._self_owners]
        return bool(first) and not any(t.lower_ in self._self_owners for t in than.subtree)

    def _towards_someone(self, verb: Token) -> bool:
        """Indifference is towards people, their work or their duties: 'never bothered to
        read', 'does not value anyone's ideas' - not 'does not care where I work from' (an
        open choice), 'never bothered me', 'did not appreciate the new policy'."""
        if any(c.dep_ in ("ccomp", "advcl") for c in verb.children):
            return False
        lemma = verb.lemma_.lower()
        if lemma in self._reluctance and lemma not in self._duty_verbs:
            return any(
                c.dep_ == "xcomp" and c.lemma_.lower() in self._reluctant_about
                for c in verb.children
            )  # 'did not want to learn anything new', not 'did not want to lose me'
        if lemma in self._duty_verbs:
            return any(c.dep_ == "xcomp" for c in verb.children)
        if lemma in self._personal_verbs:
            objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            return bool(objects) and self._personal(objects[0])
        return True

    def _personal(self, noun: Token) -> bool:
        """A person, a group, or something of someone's ('anyone's ideas', 'our work')."""
        if noun.pos_ == "PRON":
            return noun.lower_ not in self._things
        if any(c.dep_ == "poss" for c in noun.children):
            return True
        lemma = noun.lemma_.lower()
        return any(lemma in group for group in (self._people, self._colleagues, self._workplaces))

    def _knows_little(self, verb: Token) -> bool:
        """'knows nothing about', 'did not seem to know much', 'does not know what he is
        doing' - not 'does not know that I am applying'."""
        if verb.pos_ != "VERB":
            return False
        if self._about_writer(verb):
            return False  # "my manager knows nothing about my plans"
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if objects and objects[0].lemma_.lower() in self._scarce:
            return True
        if not self._negated(verb):
            return False
        if objects:
            obj = objects[0]
            asked = obj.lower_ in self._wh_words or any(
                c.lower_ in self._wh_words for c in obj.children
            )  # "what the role involved", parsed as an object
            return asked or obj.lemma_.lower() in self._knowledge
        for clause in verb.children:
            # 'what he is doing', 'which end of the tank the yeast goes in': the question
            # word opens the clause, however deep the parser hangs it.
            if clause.dep_ in ("ccomp", "xcomp") and any(
                t.lower_ in self._wh_words for t in clause.subtree if t.i < clause.i
            ):
                doer = subject_of(clause)
                return doer is None or doer.lower_ not in self._first_person
        return False

    def _about_writer(self, verb: Token) -> bool:
        """Knowledge about the writer's own affairs ('about my plans', 'of my application')."""
        for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in ("about", "of")):
            for topic in prep.children:
                owners = [topic, *(c for c in topic.children if c.dep_ == "poss")]
                if any(o.lower_ in self._first_person for o in owners):
                    return True
        return False

    def _lacking(self, noun: Token) -> bool:
        """A quality someone has none of: 'has no vision', 'lacked any sense of direction',
        'little respect for staff', 'does not have the experience'."""
        if noun.pos_ != "NOUN":
            return False
        scarce = ("det", "amod", "nummod")
        modifiers = [
            *noun.children,
            *(g for c in noun.children if c.dep_ == "compound" for g in c.children),
        ]
        if any(c.dep_ in scarce and c.lower_ in self._scarce for c in modifiers):
            return True  # "no vision", "zero people skills"
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "in":
            head = head.head  # "lacking in vision"
        elif noun.dep_ not in ("dobj", "obj"):
            return False
        lemma = head.lemma_.lower()
        return lemma == "lack" or (lemma in ("have", "do") and self._negated(head))

    def _low_standard(self, noun: Token) -> Token | None:
        """'the low standard of the other applicants', 'surprised at the standard of some of
        the others': a standard judged low belongs to whoever the 'of' names."""
        if noun.pos_ != "NOUN":
            return None
        adjectives = [c.lower_ for c in noun.children if c.dep_ == "amod"]
        low = any(a in self._low for a in adjectives)
        if not low and not adjectives and noun.dep_ == "pobj":
            feeling = noun.head.head
            low = feeling.lemma_.lower() in self._dismay or feeling.lower_ in self._dismay
        if not low:
            return None
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for owner in prep.children:
                    found = self._target_or_owner(owner)
                    if found is not None:
                        return found
        return None

    def _told_about(self, match: Match) -> Token | None:
        """'which tells you all you need to know about them': the idiom judges its 'about'."""
        for token in match.span:
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "about":
                    for obj in prep.children:
                        found = self._target_or_owner(obj)
                        if found is not None:
                            return found
        return None

    def _target_or_owner(self, noun: Token) -> Token | None:
        """The noun itself (a pronoun through its antecedent, 'some of' through its group)
        when it is a target, else a target that owns it ('the other applicants' answers')."""
        if noun.dep_ != "pobj":
            return None
        stand_in = self._partitive(self._antecedent(noun))
        if self._target_class(stand_in) is not None:
            return noun
        owner = self._owner(stand_in)
        return owner[0] if owner is not None else None

    def _describes_subject(self, noun: Token) -> bool:
        """An object that says something about the verb's subject: 'has a habit of', 'makes
        awful calls', 'puts the blame on the writer'."""
        lemma = noun.head.lemma_.lower()
        return lemma in self._property or lemma in self._light_verbs

    def _clueless(self, match: Match) -> bool:
        """'no idea what they are doing' or a bare 'no idea', not 'no idea that I applied'."""
        end = match.span.end
        doc = match.span.doc
        if end >= match.span.sent.end:
            return True
        following = doc[end]
        return following.is_punct or following.lower_ in self._idea_followers

    def _compared(self, word: Token, *, any_class: bool) -> Token | None:
        """'Unlike the other candidates, ...', 'not like some of the guys on my crew',
        'stronger than the other applicants'."""
        objects = [self._partitive(c) for c in word.children if c.dep_ == "pobj"]
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
            if node.dep_ in ("acomp", "oprd") and node.head.i != node.i:
                node = node.head  # "they were completely lost": a participle as predicate
                continue
            if node.pos_ in ("VERB", "AUX"):
                subject = _nearest_subject(node)
                if subject is None:
                    subject = next((c for c in node.children if c.dep_ == "csubj"), None)
                if subject is None and node.dep_ == "pcomp" and node.head.head.i != node.i:
                    node = node.head.head  # "they'll be fine at churning out filler"
                    continue
                if subject is None and node.dep_ in ("conj", "acl") and node.head.i != node.i:
                    node = node.head  # "has a habit of presenting ... and then blaming us"
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
                subject = self._apposed(subject)
                kind = self._target_class(subject)
                if kind is None:
                    outer = self._who_hung_low(subject)
                    if outer is not None:
                        return outer
                    owner = self._owner(subject)
                    if owner is not None:
                        return owner  # "the other candidate's portfolio was amateurish"
                    return self._runs_the_place(subject)
                return subject, kind
            dep = node.dep_
            if dep in ("dobj", "obj") and not self._describes_subject(node):
                return None
            if dep == "pobj" and node.head.lower_ in self._topic_preps:
                return None  # "has little patience for sloppy code": the code is judged
            if dep in ("nsubj", "nsubjpass", "ROOT") or node.head.i == node.i:
                return None
            node = node.head
        return None

    def _who_hung_low(self, noun: Token) -> tuple[Token, str] | None:
        """'the fellows I was sitting beside in the waiting room, who didn't seem to know':
        a 'who' the parser hung on the last noun (a room cannot be a 'who') stands for the
        person the phrase is about, further up."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() in self._people:
            return None
        if not any(
            c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)
            for c in noun.children
        ):
            return None
        node = noun
        while node.dep_ in ("pobj", "prep", "relcl", "acl") and node.head.i != node.i:
            node = node.head
            kind = self._target_class(node)
            if kind is not None:
                return node, kind
        return None

    @staticmethod
    def _misparsed_subject(verb: Token) -> Token | None:
        """'My team lead micromanages everything': a finite verb the parser hung as the object
        of the noun before it; that noun is its subject."""
        head = verb.head
        finite = verb.tag_ in ("VBZ", "VBD", "VBP")
        if finite and head.i < verb.i and head.pos_ in ("NOUN", "PROPN") and head.i != verb.i:
            return head
        if verb.dep_ == "ccomp":
            # "I'd bet most of the people in your stack have never done ...": the clause's
            # subject taken for the object of 'bet'
            taken = [c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i]
            return taken[-1] if taken else None
        return None

    def _antecedent(self, pronoun: Token, depth: int = 0) -> Token:
        """'They will be fine at churning out filler': a third-person pronoun stands for the
        nearest target earlier in its sentence or in the sentence before it, or for what an
        earlier 'he' of the same person stood for ('it went to Darren. Good luck to him. …
        he needed two goes')."""
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
            same = _PERSONS.get(token.lower_)
            if depth < 3 and same is not None and same == _PERSONS.get(pronoun.lower_):
                found = self._antecedent(token, depth + 1)
                if found.i != token.i:
                    return found
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
            if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in self._property:
                for obj in clause.children:
                    if obj.dep_ in ("dobj", "obj") and self._target_class(obj) == WORKPLACE:
                        return noun, WORKPLACE
        return None

    def _apposed(self, noun: Token) -> Token:
        """'Mate, the foreman on my last site was ...': a vocative the parser made the subject,
        with the real subject in apposition to it."""
        if self._target_class(noun) is not None:
            return noun
        return next(
            (c for c in noun.children if c.dep_ == "appos" and self._target_class(c) is not None),
            noun,
        )

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
        people = lemma in self._people or lower in self._people
        if people and (self._selected(token) or self._fellow_candidate(token)):
            return CANDIDATE
        if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "") and self._selected(token):
            return CANDIDATE  # 'the role went to Martin', 'you chose Priya'
        if people and self._at_own_workplace(token):
            return WORKPLACE
        if lemma in self._colleagues or lower in self._colleagues:
            return WORKPLACE
        if hyphenated_word(token) in self._colleagues:
            return WORKPLACE  # "co-workers", split by the tokenizer
        if people and (self._pointed_back(token) or self._set_at_own_workplace(token)):
            return WORKPLACE
        if self._fellow_workers(token) or self._own_workers(token):
            return WORKPLACE
        if (lemma in self._workplaces or lower in self._workplaces) and self._own_workplace(token):
            return WORKPLACE
        return None

    def _fellow_workers(self, noun: Token) -> bool:
        """'the other technicians', 'my fellow drivers': others of the writer's own trade,
        named by a word for a worker ('-er', '-ist', '-ian' ...) in the plural."""
        if noun.tag_ != "NNS" or not self._worker_word(noun):
            return False
        return any(c.dep_ == "amod" and c.lower_ in ("other", "fellow") for c in noun.children)

    def _worker_word(self, noun: Token) -> bool:
        """A word for a worker by its ending: 'developers', 'planners', 'the administrator'."""
        return noun.pos_ == "NOUN" and noun.lemma_.lower().endswith(self._worker_endings)

    def _own_workers(self, noun: Token) -> bool:
        """Workers the writer places at their own workplace: 'the administrator I had', 'the
        developers I work with', 'the planners there', and, in a sentence about the writer's
        own team or firm, 'the developers' ('my current team ship ..., and the developers
        blame QA'). The reader's people ('your planners') are not."""
        if not self._worker_word(noun) or self._readers(noun):
            return False
        if self._worked_there(noun) or self._had_over_writer(noun):
            return True
        if noun.tag_ != "NNS":
            return False
        if self._at_own_workplace(noun) or self._pointed_back(noun):
            return True
        if self._set_at_own_workplace(noun):
            return True
        return any(
            t.lemma_.lower() in self._workplaces
            and (self._own_workplace(t, 1) or self._own_compound(t))
            for t in noun.sent
            if t.i != noun.i and t.pos_ == "NOUN"
        )

    def _own_compound(self, noun: Token) -> bool:
        """'My current team ship straight to production': the parse takes the verb for a
        noun and hangs 'my current' on it, with 'team' as its compound."""
        return noun.dep_ == "compound" and any(
            c.lower_ in self._own for c in noun.head.children if c.dep_ in ("poss", "amod", "det")
        )

    def _had_over_writer(self, noun: Token) -> bool:
        """'The administrator I had for the last four years': a boss the writer had, named by
        a word that can only be a person ('-or', '-ist', '-ian': not 'the answer I had')."""
        if not noun.lemma_.lower().endswith(("or", "ist", "ian")) and noun.tag_ != "NNS":
            return False
        return self._related_to_writer(noun, _HAVING)

    def _own_workplace(self, noun: Token, depth: int = 0) -> bool:
        """'my last company', 'our team', 'the team at my current job'."""
        children = list(noun.children)
        if any(c.lower_ in self._own for c in children if c.dep_ in ("poss", "amod", "det")):
            return True
        if self._worked_there(noun):
            return True
        if depth > 0:
            return False
        if self._where_writer_is(noun):
            return True
        for prep in children:
            if prep.dep_ == "prep" and prep.lower_ in self._workplace_preps:
                for obj in prep.children:
                    workplace = obj.dep_ == "pobj" and obj.lemma_.lower() in self._workplaces
                    if workplace and self._own_workplace(obj, depth + 1):
                        return True
        return False

    def _selected(self, noun: Token) -> bool:
        """'the person you hired', 'people who apply', 'the job went to someone', 'the fellow
        with the fancy portfolio had it'."""
        for child in noun.children:
            if child.dep_ in ("relcl", "acl") and self._seeks_job(child):
                return True
        doc = noun.doc
        following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        participle = following is not None and following.tag_ in ("VBG", "VBN")
        if participle and self._seeks_job(following):
            return True  # "the others waiting to be interviewed", however it is attached
        head = noun.head
        if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in self._selection:
            chooser = subject_of(head)
            if chooser is not None and chooser.lower_ not in self._first_person:
                return True  # "you chose someone", "they hired a guy"
        chosen = noun.dep_ == "pobj" and head.lower_ in self._choice_preps
        if chosen and head.head.lemma_.lower() in self._choice_verbs:
            return True  # "you went with someone", "they opted for a graduate"
        # 'the guy got the job', and 'I figured the fellow with the portfolio had it', where
        # the parse leaves 'had' without its subject, beside the noun
        getters = [head] if noun.dep_ == "nsubj" else []
        if noun.dep_ == "dobj":
            getters = [c for c in head.children if c.dep_ == "ccomp" and c.i > noun.i]
            getters = [g for g in getters if subject_of(g) is None]
        for verb in getters:
            if verb.lemma_.lower() in _GETTING and verb.tag_ == "VBD":
                won = [c for c in verb.children if c.dep_ == "dobj"]
                if any(c.lower_ == "it" or c.lemma_.lower() in self._jobs for c in won):
                    return True
        allocated = head.head.lemma_.lower() in self._allocation
        if noun.dep_ == "pobj" and head.lower_ == "to" and allocated:
            subject = subject_of(head.head)
            if subject is not None and subject.lower_ == "it" and _past_or_expected(head.head):
                # 'Heard on the grapevine it went to Darren', 'I figured it would go to the
                # guy with the MBA': the job, gone or expected to go
                return True
            return subject is not None and subject.lemma_.lower() in self._jobs
        return False

    def _fellow_candidate(self, noun: Token) -> bool:
        """'the other lady waiting with me', 'the guy before me', 'the others': in a note about
        an interview, the other people, or the one interviewed just before or after the writer."""
        children = list(noun.children)
        if any(c.dep_ == "amod" and c.lower_ == "other" for c in children):
            return True
        if noun.lower_ == "others" and any(c.lower_ == "the" for c in children):
            # A bare 'the others'; 'the others on my team' is someone else.
            return not any(c.dep_ in ("prep", "relcl", "acl") for c in children)
        if self._in_applicant_pool(noun):
            return True
        if any(
            prep.dep_ == "prep"
            and prep.lower_ in self._turn_preps
            and any(o.lower_ in self._first_person for o in prep.children)
            for prep in noun.children
        ):
            return True
        return self._waited_with(noun)

    def _in_applicant_pool(self, noun: Token) -> bool:
        """'the people in your stack', 'the others on the shortlist', 'everyone in the
        running': people placed among the applications, however the parse hangs the phrase
        (it often goes to the verb)."""
        doc = noun.doc
        after = doc[noun.i + 1 : min(noun.i + 5, noun.sent.end)]
        if not after or after[0].lower_ not in ("in", "on", "from"):
            return False
        for token in after[1:]:
            if token.lemma_.lower() in self._pools and token.pos_ == "NOUN":
                return True
            if token.dep_ not in ("det", "poss", "amod", "compound"):
                return False
        return False

    def _waited_with(self, noun: Token) -> bool:
        """'the fellows I was sitting beside', 'the people in the waiting area': whom the
        writer waited alongside on the day, who were there for the same job - not 'the people
        I met on the tour' (the reader's staff)."""
        for clause in noun.children:
            if clause.dep_ == "relcl" and clause.lemma_.lower() in self._waiting_verbs:
                doer = subject_of(clause)
                if doer is not None and doer.lower_ in self._first_person:
                    return True
        return any(
            prep.dep_ == "prep"
            and prep.lower_ in ("in", "at")
            and any(
                o.lemma_.lower() in self._waiting_places
                and any(c.lower_ == "waiting" for c in o.children)
                for o in prep.children
            )
            for prep in noun.children
        )

    def _seeks_job(self, verb: Token) -> bool:
        """'hired', 'who applied', 'waiting to be interviewed', 'hoping to get the job'."""
        if verb.lemma_.lower() in self._selection:
            return True
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in self._selection for c in verb.children)

    def _worked_there(self, noun: Token) -> bool:
        """'the company I worked for', 'a board that I reported to', 'the people I worked
        with': the writer's own workplace or colleagues, named by the writer's relation."""
        return self._related_to_writer(noun, self._work_relations)

    def _related_to_writer(self, noun: Token, verbs: frozenset[str]) -> bool:
        """A relative clause of the writer's on the noun with one of `verbs`: 'the people I
        worked with', 'the administrator I had'."""
        return any(
            clause.dep_ == "relcl"
            and clause.lemma_.lower() in verbs
            and (doer := subject_of(clause)) is not None
            and doer.lower_ in self._first_person
            for clause in noun.children
        )

    def _at_own_workplace(self, noun: Token) -> bool:
        """'the people at my last job', 'everyone in our office', 'the people I worked with'."""
        if self._worked_there(noun):
            return True
        return any(
            prep.dep_ == "prep"
            and prep.lower_ in self._workplace_preps
            and any(
                obj.dep_ == "pobj"
                and obj.lemma_.lower() in self._workplaces
                and self._own_workplace(obj, 1)
                for obj in prep.children
            )
            for prep in noun.children
        )

    def _describes_writer(self, noun: Token) -> bool:
        """'I am the strongest candidate': a noun predicated of the writer."""
        if noun.dep_ not in ("attr", "oprd", "appos"):
            return False
        subject = subject_of(noun.head)
        return subject is not None and subject.lower_ in self._first_person

    # -- judgements carried by the sentence's shape, not by a judging word -----------------
    def _fell_short(self, word: Token) -> Token | None:
        """'had not even opened the docs', 'couldn't name a single painkiller', 'never once
        read a report', 'I doubt they had so much as glanced at it': a bare minimum not
        reached - not 'never once complained' (a fault not committed)."""
        verb = self._minimised_verb(word)
        if verb is None or not self._a_duty(verb):
            return None
        if not (self._negated(verb) or self._doubted(verb)):
            return None
        found = self._judged(verb)
        return found[0] if found is not None and not self._with_writer(found[0]) else None

    def _a_duty(self, verb: Token) -> bool:
        """Something a person ought to do: not a fault ('never once complained', 'never paid
        us late') nor a chance they were denied ('did not even have time for lunch')."""
        if verb.lemma_.lower() in self._blameless:
            return False
        if any(c.lower_ in self._fault_manners for c in verb.children):
            return False
        if verb.lemma_.lower() in ("find", "make", "take"):
            return True  # 'had not even found time to see the exhibition': an effort not made
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        return not any(o.lemma_.lower() in self._deprivations for o in objects)

    def _with_writer(self, target: Token) -> bool:
        """'The other candidates and I ...': what the writer shared is no judgement."""
        return any(c.dep_ == "conj" and c.lower_ in self._first_person for c in target.children)

    @staticmethod
    def _minimised_verb(word: Token) -> Token | None:
        """The action a minimiser belongs to: its head, or the verb over its noun."""
        node = word
        for _ in range(4):
            if node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ == "VERB":
                return node
            if node.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADV", "ADP", "ADJ"):
                return None
        return None

    def _doubted(self, verb: Token) -> bool:
        """'I'm not sure they had even opened it', 'I doubt they read it', 'I can't imagine
        it will take long': the writer doubts the clause, which then reads as negated."""
        if verb.dep_ != "ccomp":
            return False
        stance = verb.head
        predicate = stance.head if stance.dep_ in ("acomp", "attr") else stance
        holder = subject_of(predicate)
        if holder is not None and holder.lower_ not in self._first_person:
            return False
        lemma = stance.lemma_.lower()
        if lemma in self._uncertain:
            return True
        if lemma in self._doubts:
            return not is_negated(stance)
        return lemma in self._certainty and is_negated(stance)

    def _disbelief(self, stance: Token) -> Token | None:
        """'I'm astonished you preferred the other finalist', 'it baffles me that the post went
        to someone fresh out of college', 'I'm surprised the others made it further than I
        did': disbelief that a rival got ahead. Mild surprise counts only against the writer."""
        lemma = stance.lemma_.lower()
        if lemma in self._certainty:  # "I cannot believe / understand how ..."
            if not is_negated(stance):
                return None
        elif is_negated(stance):
            return None
        strong = lemma in self._strong_disbelief or lemma in self._certainty
        for clause in self._complements(stance):
            if clause.lemma_.lower() not in self._advancing or self._writer_advanced(clause):
                continue
            rival = next((t for t in clause.subtree if self._target_class(t) == CANDIDATE), None)
            if rival is not None and (strong or self._over_writer(clause)):
                return rival
        return None

    @staticmethod
    def _complements(stance: Token) -> list[Token]:
        """The clauses a stance is about: 'surprised (to see) the others get through'."""
        found = [c for c in stance.children if c.dep_ in ("ccomp", "xcomp")]
        for clause in list(found):
            found.extend(c for c in clause.children if c.dep_ in ("ccomp", "xcomp"))
        return found

    def _writer_advanced(self, clause: Token) -> bool:
        """'I'm surprised you chose me over the others': the writer was the one chosen."""
        return any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and c.lower_ in self._first_person
            for c in clause.children
        )

    def _over_writer(self, clause: Token) -> bool:
        """'further than I did', 'ahead of me', 'to me': the rival measured against the writer."""
        return any(t.lower_ in self._first_person for t in clause.subtree if t.i > clause.i)

    def _than(self, word: Token) -> Token | None:
        return self._compared(word, any_class=False) or self._self_comparison(word)

    def _self_comparison(self, than: Token) -> Token | None:
        """'I hope whoever you chose turns out better than they came across': someone wished
        better than their own showing, which is then implied to have been poor."""
        if than.dep_ != "mark":
            return None
        showing = than.head
        if showing.lemma_.lower() in self._expectations:
            return None  # "better than they expected"
        own = subject_of(showing)
        if own is None or own.lower_ not in self._pronouns:
            return None
        verb = showing.head if showing.head.pos_ in ("VERB", "AUX") else showing.head.head
        better = [c for c in (showing.head, *verb.children) if c.tag_ in ("JJR", "RBR")]
        if not any(c.lemma_.lower() in ("good", "well") for c in better):
            return None
        found = self._judged(verb)
        return found[0] if found is not None and found[1] == CANDIDATE else None

    def _needs_luck(self, verb: Token) -> bool:
        """'I wish your new hire luck; he will need it'."""
        sent = verb.sent
        start = verb.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        return any(t.lemma_.lower() in self._luck for t in verb.doc[start : sent.end])

    def _misconduct(self, verb: Token) -> bool:
        """'confused building a model with understanding one', 'ignored the briefs we wrote',
        'squandered the budget': an error or neglect in someone's work - not 'ignored the
        noise', 'wasted no time', 'mixed me up with my sister'."""
        if verb.pos_ != "VERB" or self._negated(verb):
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if any(o.lower_ in self._scarce or self._none_of(o) for o in objects):
            return False  # "overlooked nothing", "wasted no time"
        lemma = verb.lemma_.lower()
        if lemma in self._mix_ups:
            passive = any(c.dep_ in ("auxpass", "agent", "nsubjpass") for c in verb.children)
            return not passive and not any(self._personal(o) for o in objects)
        if lemma in self._neglect:
            return bool(objects) and self._someones_work(objects[0])
        return True

    def _none_of(self, noun: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in self._scarce for c in noun.children)

    def _someones_work(self, noun: Token) -> bool:
        """A person, someone's work, or a piece of work ('the briefs we wrote', 'advice')."""
        if self._personal(noun) or noun.lemma_.lower() in self._work_products:
            return True
        return any(
            c.dep_ == "relcl" and (subject_of(c) or c).lower_ in self._first_person
            for c in noun.children
        )

    def _their_work_done(self, verb: Token) -> Token | None:
        """'somebody else must finish their work', 'the rest of us had to redo his paperwork':
        others made to do or mend someone's work, which says it was not done (well)."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or is_negated(verb) or not self._obliged(verb):
            return None
        doer = subject_of(verb)
        if lemma not in self._mending and not self._someone_else(doer):
            return None
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        for obj in (o for o in objects if o.lemma_.lower() in self._work_products):
            for owner in (c for c in obj.children if c.dep_ == "poss"):
                target = self._antecedent(owner)
                if self._target_class(target) is None:
                    continue
                if doer is not None and self._antecedent(doer).i == target.i:
                    return None  # "he had to redo his own work"
                return owner
        return None

    def _blame_shifted(self, word: Token) -> Token | None:
        """'every lost account is somebody else's fault', 'treated every deadline as somebody
        else's emergency': someone's failures always put on others. Whose they are: the
        clause's subject or the subject of the verb it hangs on, or, when the clause is about
        things ('every lost account'), the person named in it or the sentence before - not
        'it was nobody's fault' nor 'it is never somebody else's problem' (said of oneself)."""
        node = word
        while node.dep_ in ("attr", "pobj", "prep", "oprd", "dobj") and node.head.i != node.i:
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                break
        if node.pos_ not in ("VERB", "AUX") or self._negated(node):
            return None
        subject = subject_of(node)
        if subject is not None:
            if self._writer_or_reader(subject):
                return None
            person = self._target_behind(subject)
            if person is not None:
                return person
            if subject.pos_ == "PRON" and subject.lower_ not in ("it", "everything"):
                return None
        sentence = word.sent
        before = word.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        named = (t for t in word.doc[before.start : word.i] if self._target_class(t) is not None)
        return next(named, None)

    def _left_for_others(self, verb: Token) -> Token | None:
        """'the other technicians leave the difficult counts for the next shift', 'the senior
        staff wait for somebody junior to sort it out': a target's work left to whoever comes
        next - not the writer's own handover ('I left the notes for the night shift')."""
        if verb.pos_ != "VERB" or is_negated(verb):
            return None
        receivers = [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("for", "to")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if verb.lemma_.lower() == "wait":
            # 'wait for somebody junior to sort it out', not 'wait for the next shift'
            receivers = [
                r for r in receivers if any(t.lower_ == "to" for t in r.doc[r.i + 1 : r.i + 3])
            ]
        if not any(self._handed_to_others(r) for r in receivers):
            return None
        node = verb
        while subject_of(node) is None and node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            node = node.head
        subject = subject_of(node)
        if subject is None or self._writer_or_reader(subject):
            return None
        return self._target_behind(subject)

    def _writer_or_reader(self, subject: Token) -> bool:
        """'I', 'we', 'you': people the writer may speak of freely."""
        return subject.lower_ in self._first_person or subject.lower_ == "you"

    def _target_behind(self, subject: Token) -> Token | None:
        """The target a subject stands for, through a pronoun or a partitive ('most of
        them'), or None."""
        person = self._partitive(self._antecedent(subject))
        return person if self._target_class(person) is not None else None

    def _handed_to_others(self, noun: Token) -> bool:
        """'the next shift', 'somebody else', 'somebody junior', 'the night crew'."""
        marks = {c.lower_ for c in noun.children if c.dep_ in ("amod", "advmod")}
        if _followed_by(noun, "else") or "else" in marks:
            return True
        following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if following is not None and following.pos_ == "ADJ":
            marks.add(following.lower_)  # 'somebody junior': the adjective follows
        return noun.lemma_.lower() in self._receivers and bool(marks & self._next_in_line)

    def _someone_else(self, doer: Token | None) -> bool:
        """'somebody else', 'everyone else', 'the rest of us'."""
        if doer is None:
            return False
        if any(c.lower_ == "else" for c in doer.children):
            return True
        return doer.lemma_.lower() in self._partitives and any(
            o.lower_ in self._first_person for p in doer.children for o in p.children
        )

    def _obliged(self, verb: Token) -> bool:
        """'must finish', 'had to redo', 'always ends up fixing', somewhere up the clause."""
        node = verb
        for _ in range(3):
            if any(
                c.lower_ in self._obligation for c in node.children if c.dep_ in ("aux", "advmod")
            ):
                return True
            if node.dep_ in ("xcomp", "advcl") and node.head.lemma_.lower() in self._obligation:
                return True
            if node.dep_ not in ("xcomp", "advcl", "conj") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _helpless(self, token: Token) -> bool:
        """'they are lost', 'were all at sea', 'floundering': someone who cannot cope - not
        'lost without the old tool', 'lost in thought', 'lost their jobs'."""
        if self._negated(token):
            return False
        if any(c.dep_ == "prep" and c.lower_ in self._helpless_preps for c in token.children):
            return False
        if token.lower_ != "lost":
            return True
        passive = any(c.dep_ == "auxpass" for c in token.children)
        if not (passive or token.dep_ in ("acomp", "oprd") or token.tag_ == "JJ"):
            return False  # "my old team lost": a defeat, not helplessness
        return not any(
            c.dep_ in ("dobj", "obj", "agent", "dative")
            or (c.dep_ == "prep" and c.lower_ in self._helpless_preps)
            for c in token.children
        )

    def _foregone(self, noun: Token) -> Token | None:
        """'Having heard the other applicants rehearse, I doubt your deliberations will detain
        you for long': after meeting the rivals, the choice is called quick or easy, which
        says they are no match - not 'I imagine your decision will be a difficult one'."""
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = noun.head
        if not any(self._met_rival(t, verb) for t in noun.sent):
            return None
        words = {t.lower_ for t in own_clause_tokens(verb)}
        easy, hard = bool(words & self._easy), bool(words & self._hard)
        if easy == hard:
            return None
        doubted = self._doubted(verb)
        if easy == (self._negated(verb) or doubted):
            return None
        # The finding is the claim ('I doubt your deliberations will detain you'), not the rivals.
        return (subject_of(verb.head) or noun) if doubted else noun

    def _met_rival(self, token: Token, decision: Token) -> bool:
        """A rival the writer met, heard or watched ('listening to the other applicants',
        'after hearing the rest of the shortlist'), outside the clause about the decision."""
        rival = token.lemma_.lower() in self._candidates or self._target_class(token) == CANDIDATE
        if not rival or decision in token.ancestors:
            return False
        clause = set(decision.subtree)
        return any(
            t.lemma_.lower() in self._encounters and t.pos_ == "VERB" and t not in clause
            for t in token.sent
            if t.i < token.i
        )

    # -- the broad class: a negative evaluation of someone from the writer's working life ----
    def _pointed_back(self, noun: Token) -> bool:
        """'the people there', 'everyone there': 'there' points back at a workplace."""
        return any(c.dep_ == "advmod" and c.lower_ in self._place_adverbs for c in noun.children)

    def _set_at_own_workplace(self, noun: Token) -> bool:
        """'Where I am now, nobody has a clue', 'at my current firm everyone ...': people
        placed at the writer's own workplace by the clause they are the subject of."""
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            return False
        if self._where_writer_is(noun):
            return True
        verb = noun.head
        for child in verb.children:
            if child.dep_ == "advcl" and self._where_i_am(child):
                return True
            placed = child.dep_ == "prep" and child.lower_ in self._workplace_preps
            if placed and any(
                o.lemma_.lower() in self._workplaces and self._own_workplace(o, 1)
                for o in child.children
            ):
                return True
        return False

    def _where_writer_is(self, noun: Token) -> bool:
        """'I'm covering nights at Halden's DC, where the management team couldn't plan a
        shift': people placed, by a 'where' clause, at a place the writer is at or works at."""
        clause = noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl":
            return False
        if not any(c.lower_ == "where" for c in clause.children):
            return False
        place = clause.head
        if place.lemma_.lower() in self._workplaces and self._own_workplace(place, 1):
            return True  # "my last job, where ..."
        if place.dep_ != "pobj" or place.head.lower_ not in self._workplace_preps:
            return False
        verb = place.head.head
        while verb.pos_ in ("NOUN", "PROPN") and verb.head.i != verb.i:
            verb = verb.head  # "covering nights at ..."
        if verb.pos_ not in ("VERB", "AUX") or is_negated(verb):
            return False
        if verb.lemma_.lower() not in self._placed_at or self._readers(place):
            return False  # "I visited your depot, where the team ...": the reader's people
        doer = subject_of(verb)
        return doer is not None and doer.lower_ in self._first_person

    @staticmethod
    def _readers(noun: Token) -> bool:
        return any(c.dep_ == "poss" and c.lower_ == "your" for c in noun.children)

    def _where_i_am(self, clause: Token) -> bool:
        """'where I am now', 'where I work', 'where I currently sit'."""
        where = any(c.lower_ == "where" for c in clause.children)
        doer = subject_of(clause)
        writer = doer is not None and doer.lower_ in self._first_person
        return where and writer and clause.lemma_.lower() in self._setting_verbs

    def _hedged(self, sent: Span) -> bool:
        """'Frankly', 'to be honest', 'if I am honest', 'to be fair', 'between us'."""
        return any(t.lower_ in self._hedges for t in sent)

    def _pointed(self, word: Token) -> bool:
        """A mild criticism ('difficult', 'bureaucratic', 'limited') counts when it is said
        of a person, or made pointed by a hedge ('frankly') or an intensifier ('very')."""
        if is_negated(word) or word.dep_ not in ("acomp", "attr", "amod", "oprd", "conj"):
            return False
        found = self._judged(word)
        if found is None:
            return False
        target, kind = found
        if word.dep_ == "amod" and word.head.i != target.i:
            return False  # "my team had a difficult year": the year, not the team
        owned = any(c.lower_ in self._own for c in target.children)
        person = kind == CANDIDATE or (owned and target.lemma_.lower() in self._colleagues)
        intensified = any(c.lower_ in self._intensifiers for c in word.children)
        return person or intensified or self._hedged(word.sent)

    @staticmethod
    def _cannot_even_if(verb: Token) -> bool:
        """'couldn't find an air leak if it hissed in his ear': an 'if' that makes the thing
        easy, said now - not a real condition not met ('couldn't sign it if HR had not
        approved it', 'couldn't finish the release if the servers were down')."""
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if not any(m.lower_ == "if" for m in clause.children if m.dep_ == "mark"):
                continue
            if is_perfect(clause) or is_negated(clause):
                continue
            # made easy: the thing itself ('if it hissed in his ear'), someone's help ('if you
            # handed them the rota'), or everything at stake ('if his life depended on it')
            subjects = [c.lower_ for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if set(subjects) & _EASY_SUBJECTS or clause.lemma_.lower() == "depend":
                return True
        return False

    def _unable(self, verb: Token) -> bool:
        """'could not organise a rota', 'is unable to make a decision', 'incapable of
        planning' - a lack of competence, unless a reason is given ('because the server was
        down')."""
        node = verb
        while node.dep_ in ("xcomp", "pcomp", "pobj", "prep") and node.head.i != node.i:
            node = node.head
        unable = node.lemma_.lower() in ("unable", "incapable")
        if not unable and not is_negated(verb):
            return False
        if not unable and not any(c.lower_ in self._inability for c in verb.children):
            return False
        return not any(
            c.dep_ == "advcl" and any(m.lower_ in self._reason_marks for m in c.children)
            for head in (verb, node)
            for c in head.children
        )

    def _contrasted(self, span: Span, judging: bool) -> Token | None:
        """'Compared with my last firm, your team felt organised', 'a welcome change from my
        current team, who gossip all day': a target set against something judged."""
        for prep in span:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                target = self._target_class(obj)
                if target is None:
                    owner = self._workplace_of(obj)
                    if owner is None:
                        continue
                if judging or any(
                    t.lemma_.lower() in self._contrast_words or t.lower_ in self._contrast_words
                    for t in span.sent
                ):
                    return obj
        return None

    def _workplace_of(self, noun: Token) -> Token | None:
        """'the set-up at my last place': a thing placed at the writer's own workplace."""
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in self._workplace_preps:
                for obj in prep.children:
                    if self._target_class(obj) is not None:
                        return obj
        return None

    # -- irony and faint praise: a kind word that runs someone down ---------------------------
    def _backhanded(self, stance: Token) -> Token | None:
        """'I'm sure they'll grow into it', 'I trust the candidate you selected will find that
        the slide decks translate just as smoothly to a fibre cut': the writer's assurance over
        a prediction that a target will come up to the mark only in time, or find out the hard
        way - not 'I'm sure they will do a great job' or 'I'm sure she'll settle in quickly'."""
        if is_negated(stance) or (stance.lemma_.lower() == "doubt" and stance.pos_ == "VERB"):
            return None  # doubting is not assuring
        predicate = stance.head if stance.dep_ in ("acomp", "attr", "dobj", "obj") else stance
        if stance.pos_ == "NOUN" and not any(c.lower_ == "no" for c in stance.children):
            return None  # only 'no doubt'
        holder = subject_of(predicate)
        if holder is None or holder.lower_ not in self._first_person:
            return None
        clauses = self._complements(stance)
        # "I'm sure with a bit of time ... she'll learn": the time hung on the assurance
        framing = [t for c in stance.children if c.dep_ == "prep" for t in c.subtree]
        if predicate.i != stance.i:
            clauses += self._complements(predicate)  # "I am certain [that] ...", "I have no doubt"
        for clause in clauses:
            doer = self._predicted_doer(stance, clause)
            if doer is None:
                continue
            owner = next((c for c in doer.children if c.dep_ == "poss"), None)
            if owner is not None and (owner.lower_ in self._pronouns or owner.pos_ == "NOUN"):
                doer = owner  # 'their familiarity with courtroom procedure will develop'
            kind = self._target_class(self._partitive(self._antecedent(doer)))
            if kind is not None and self._backhand(clause, kind, framing):
                return doer
        return None

    @staticmethod
    def _predicted_doer(stance: Token, clause: Token) -> Token | None:
        """Whom the prediction is about: its subject, 'whoever you appointed' (a clausal
        subject), or 'I trust the person you hired will ...' (hung as the stance's object)."""
        if clause.pos_ not in ("VERB", "AUX"):
            return None
        doer = subject_of(clause)
        if doer is None:
            doer = next((c for c in clause.children if c.dep_ == "csubj"), None)
        if doer is None and clause.i > stance.i:
            doer = next((c for c in stance.children if c.dep_ in ("dobj", "obj")), None)
        return doer

    def _backhand(self, clause: Token, kind: str, framing: list[Token]) -> bool:
        """A prediction that says the target is not up to it yet, or a test set for a rival;
        `framing` is what the assurance itself was hung with ('with a bit of time')."""
        words = own_clause_tokens(clause)
        if is_negated(clause) or any(t.lower_ in self._speed for t in words):
            return False
        lemma = clause.lemma_.lower()
        children = list(clause.children)
        if lemma in self._deficit and not any(c.dep_ in ("dobj", "obj") for c in children):
            return True  # "they'll cope", "they'll muddle through"
        if lemma in self._growth and any(c.dep_ == "prep" and c.lower_ == "into" for c in children):
            return True  # "they'll grow into it"
        if lemma in self._learning and any(self._slowly(t) for t in (*words, *framing)):
            return True  # "they'll get the hang of it eventually", "in time"
        if _perfect_form(clause) and self._improved_since(clause, words):
            return True  # "I'm sure he's come a long way since": he had far to come
        if lemma in self._finding_out and kind == CANDIDATE:
            return any(c.dep_ == "ccomp" and self._equated(c) for c in children)
        return False

    def _improved_since(self, clause: Token, words: list[Token]) -> bool:
        """'he has come a long way since', 'she has improved since then': progress assured
        from a past time the writer has just recalled."""
        lemma = clause.lemma_.lower()
        since = any(t.lower_ == "since" for t in words)
        long_way = any(
            t.lower_ == "way" and any(c.lower_ == "long" for c in t.children) for t in words
        )
        if lemma == "come":
            return long_way
        return since and (lemma in self._learning or lemma in self._growth)

    def _slowly(self, token: Token) -> bool:
        """'eventually', 'in time', 'one day', 'sooner or later', 'in due course'."""
        return token.lower_ in self._slowness and token.dep_ in (
            "advmod",
            "npadvmod",
            "pobj",
            "conj",
        )

    def _equated(self, clause: Token) -> bool:
        """'just as smoothly', 'quite as well', 'every bit as': a strength put to another test."""
        for token in clause.subtree:
            if token.lower_ == "equally":
                return True
            if token.lower_ in self._equatives and any(
                s.lower_ == "as" for s in (*token.head.children, *token.head.head.children)
            ):
                return True
        return False

    def _faint_praise(self, word: Token) -> Token | None:
        """'My current GM has many strengths, though I'd not count planning among them', 'my
        present organisation has been, in its own way, an excellent school': praise of a target
        taken back by the clause that follows, or hedged as ironic."""
        if is_negated(word):
            return None
        verb = self._predicate_of(word)
        if verb is None:
            return None
        # "I will be candid that my firm has been, in its own way, an excellent school": the
        # parser may hang the praise on the outer copula; the inner one is the predicate.
        near = [
            *verb.children,
            *(g for c in verb.children if c.dep_ == "acomp" for g in c.children),
        ]
        inner = [c for c in near if c.dep_ == "ccomp" and c.lemma_.lower() in PRAISE_VERBS]
        for predicate in (verb, *inner):
            if not (self._ironically_hedged(predicate) or self._taken_back(predicate)):
                continue
            found = self._judged(predicate)
            if found is not None:
                return found[0]
        return None

    @staticmethod
    def _predicate_of(word: Token) -> Token | None:
        """The 'be' or 'have' that predicates the praise of a subject ('has many strengths',
        'has been an excellent school', 'was brilliant')."""
        node = word
        for _ in range(3):
            if node.dep_ not in ("amod", "acomp", "attr", "dobj", "obj", "oprd"):
                return None
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return node if node.lemma_.lower() in PRAISE_VERBS else None
        return None

    def _ironically_hedged(self, verb: Token) -> bool:
        """'in its own way', 'in their own fashion', 'of sorts', 'after a fashion'."""
        for token in own_clause_tokens(verb):
            if token.dep_ != "pobj" or token.lemma_.lower() not in self._ironic:
                continue
            own = any(c.lower_ == "own" for c in token.children)
            if own or token.lemma_.lower() in ("fashion", "sort", "sorts"):
                return True
        return False

    def _taken_back(self, verb: Token) -> bool:
        """A concessive clause that withholds one virtue from the praised list: 'though I'd not
        count planning among them', 'but punctuality is not one of them'."""
        concessive_cc = any(c.dep_ == "cc" and c.lower_ in self._concessive for c in verb.children)
        for clause in verb.children:
            if clause.dep_ == "advcl":
                marked = any(m.lower_ in self._concessive for m in clause.children)
            elif clause.dep_ == "conj":
                marked = concessive_cc
            else:
                continue
            if marked and is_negated(clause) and self._withheld(clause):
                return True
        return False

    @staticmethod
    def _withheld(clause: Token) -> bool:
        """'among them', 'one of them': membership of the praised set, denied."""
        for token in clause.subtree:
            if token.dep_ != "prep":
                continue
            pronouns = [o for o in token.children if o.pos_ == "PRON"]
            if token.lower_ in ("among", "amongst") and pronouns:
                return True
            if token.lower_ == "of" and token.head.lower_ == "one" and pronouns:
                return True
        return False

    def _does_nothing(self, word: Token) -> Token | None:
        """'the review board meets twice a year and approves nothing', 'my manager did nothing
        to help': a target doing none of its job - not 'misses nothing', 'did nothing wrong',
        'approves nothing without reading it twice'."""
        if word.dep_ not in ("dobj", "obj") or word.head.pos_ != "VERB":
            return None
        verb = word.head
        lemma = verb.lemma_.lower()
        if lemma in self._praise_when_none or lemma in self._blameless or is_negated(verb):
            return None
        if any(c.dep_ == "amod" or c.lower_ in self._standard_marks for c in word.children):
            return None  # "nothing new", "nothing but praise", "nothing less than"
        for token in own_clause_tokens(verb):
            if token.lower_ in self._fault_manners:
                return None  # "did nothing wrong"
            if token.lower_ in self._standard_marks and token.dep_ in ("prep", "mark", "cc"):
                return None  # "approves nothing without a costed plan"
        found = self._judged(verb)
        return found[0] if found is not None else None

    # -- irony by implication: kind words whose point is what the target is not -------------
    def _implied_contrast(self, adverb: Token) -> Token | None:
        """'It was refreshing to meet a manager who actually reads the logs', 'I would prefer
        a company where the budget actually goes on maintenance' in a paragraph about the
        writer's own workplace: the reader's side, set against the writer's employer by
        'actually', 'finally', 'genuinely' - not the same words with no own workplace nearby.
        And 'I was the only one who had actually prepared': the others did not."""
        verb = adverb.head
        if adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX"):
            return None
        doer = subject_of(verb)
        if doer is not None and doer.lower_ in self._first_person:
            return None  # "I finally finished the course"
        if self._only_one_who(verb):
            return verb.head
        sent = adverb.sent
        if not any(t.lemma_.lower() in self._relief for t in sent) and not self._wished_for(verb):
            return None
        for other in self._paragraph_sentences(sent):
            for token in other:
                if self._owned(token):
                    return token
        return None

    def _only_one_who(self, clause: Token) -> bool:
        """'I was the only one who had actually prepared': the writer set apart from everyone
        else by a relative clause on 'the only one'."""
        one = clause.head
        if clause.dep_ != "relcl" or not any(c.lower_ == "only" for c in one.children):
            return False
        if one.dep_ != "attr":
            return False
        holder = one.head
        subject = subject_of(holder)
        steps = 0
        while subject is None and holder.head.i != holder.i and steps < 4:
            holder, steps = holder.head, steps + 1  # "I'm tired of being the only one who"
            if holder.pos_ in ("VERB", "AUX"):
                subject = subject_of(holder)
        return subject is not None and subject.lower_ in self._first_person

    def _lesson_by_counterexample(self, word: Token) -> Token | None:
        """'I learned a great deal from my last boss, mostly by taking notes on what not to
        do': someone at work held up as the example to avoid - not 'I learned what not to do
        from my own mistakes'."""
        for token in word.sent:
            if token.i == word.i or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if self._target_class(token) == WORKPLACE:
                return token
        return None

    def _only_diligent_one(self, word: Token) -> Token | None:
        """'I'm tired of being the only one on our crew who reads the isolation permit': the
        writer the only one who does the job's duty, so the others do not - not 'the only one
        on the team who speaks Spanish' (a skill, not a duty)."""
        one = word.head if word.lower_ == "only" else word
        clause = next((c for c in one.children if c.dep_ == "relcl"), None)
        if clause is None or clause.lemma_.lower() not in self._diligence:
            return None
        if is_negated(clause) or not self._only_one_who(clause):
            return None
        return one

    def _wished_for(self, clause: Token) -> bool:
        """'a company where the budget actually goes on maintenance' as what the writer would
        prefer, want or look for: a relative clause on a place or person not yet theirs."""
        noun = clause.head
        if clause.dep_ != "relcl" or not any(c.lower_ in ("a", "an") for c in noun.children):
            return False
        return any(
            a.lemma_.lower() in self._preference and self._writers(a) for a in noun.ancestors
        )

    def _writers(self, verb: Token) -> bool:
        """A verb whose subject is the writer (or, for an infinitive, whose governor's is)."""
        while verb.dep_ == "xcomp" and subject_of(verb) is None:
            verb = verb.head
        doer = subject_of(verb)
        return doer is not None and doer.lower_ in self._first_person

    def _left_by_writer(self, token: Token) -> bool:
        """'why I am leaving Lakeshore Properties': an organisation the writer leaves."""
        noun = token.head if token.dep_ == "compound" else token
        verb = noun.head
        return (
            noun.dep_ == "dobj"
            and noun.pos_ == "PROPN"
            and verb.lemma_.lower() in self._leaving
            and self._writers(verb)
        )

    def _empty_ritual(self, word: Token) -> Token | None:
        """'My time at my previous audit firm was an exercise in box-ticking', 'my last
        employer was a box-ticking operation': said, through a linking verb, of a target or
        of the writer's time there."""
        node = word
        for _ in range(6):
            if node.dep_ in ("attr", "oprd", "acomp"):
                verb = node.head
                subject = subject_of(verb)
                if subject is not None and subject.lemma_.lower() in ("time", "year", "years"):
                    return next((t for t in subject.subtree if self._owned(t)), None)
                found = self._judged(verb)
                return found[0] if found is not None else None
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def _nobody_diligent(self, word: Token) -> Token | None:
        """'In my current team at Aldermary Bank nobody really understands the models we sign
        off', 'nobody there reads the permit': no one at the writer's own workplace does the
        basics - not a bare 'nobody' ('nobody understands climate risk fully yet')."""
        verb = word.head
        lemma = verb.lemma_.lower()
        if word.dep_ != "nsubj" or not (lemma in self._diligence or lemma == "understand"):
            return None  # not 'know' ('nobody at my job knows I am applying')
        if is_negated(verb) or any(c.tag_ == "MD" for c in verb.children):
            return None  # 'nobody would check it twice': a hypothetical
        return next((t for t in word.sent if self._owned(t)), None)

    def _owned(self, token: Token) -> bool:
        """'my current site', 'my manager': the writer's own workplace or people, not 'a
        manager' (who may be the reader); 'Lakeshore Properties' when the writer leaves it."""
        if self._left_by_writer(token):
            return True
        if self._target_class(token) != WORKPLACE:
            return False
        return self._own_workplace(token) or any(
            c.lower_ in self._own for c in token.children if c.dep_ in ("poss", "amod", "det")
        )

    @staticmethod
    def _paragraph_sentences(sent: Span) -> list[Span]:
        """The sentences of the paragraph holding `sent` (blank lines end a paragraph)."""
        sents = list(sent.doc.sents)
        here = next(i for i, s in enumerate(sents) if s.start == sent.start)
        found = [sent]
        for step in (-1, 1):
            i = here
            while 0 <= i + step < len(sents):
                a, b = sorted((sents[i], sents[i + step]), key=lambda s: s.start)
                if "\n\n" in sent.doc[a.start : b.end].text.strip():  # not doc.text: a join
                    break
                i += step
                found.append(sents[i])
        return found

    def _hard_lesson_wished(self, noun: Token) -> Token | None:
        """'I wish your new head every success in discovering what a 2 a.m. failure looks
        like': luck wished to someone for finding out how hard the job is - not 'every success
        in the role' or 'luck in building the team'."""
        wish = noun.head if noun.dep_ in ("dobj", "obj", "dative") else None
        near = [*noun.children, *(wish.children if wish is not None else ())]
        steps = [g for c in near if c.dep_ == "prep" for g in c.children] + near
        if not any(
            c.pos_ == "VERB" and c.lemma_.lower() in self._finding_out and self._asks_what(c)
            for c in steps
        ):
            return None
        if wish is None or wish.lemma_.lower() not in self._wish_verbs:
            return None
        return next(
            (
                c
                for c in wish.children
                if c.dep_ in ("dobj", "obj", "dative") and c.i != noun.i and self._third_party(c)
            ),
            None,
        )

    def _not_bothered(self, word: Token) -> Token | None:
        """Who could not be bothered: a target ('my supervisor couldn't be bothered to
        check'), or nobody placed above the writer ('nobody above me could be bothered') -
        not the writer ('I couldn't be bothered with the commute') nor a bare 'nobody'."""
        verb = next((t for t in (word, word.head, *word.sent) if t.lower_ == "bothered"), word)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        negated = is_negated(verb) or subject.lower_ in self._nobody
        if not negated:
            return None
        if self._target_class(subject) is not None:
            return subject
        return subject if subject.lower_ in self._nobody and ranks_above(subject) else None

    def _hoped_lesson(self, word: Token) -> Token | None:
        """'Hopefully he works out which way round the headlamp aimer goes', 'I hope she
        figures out how the till works': a hope that a third person works out the job's basics,
        with the hire named just before - not 'I hope he settles in' or 'hopefully I learn'."""
        if word.lower_ == "hopefully":
            verb = word.head
        else:
            verb = next((c for c in word.children if c.dep_ == "ccomp"), word)
        lemma = verb.lemma_.lower()
        puzzling = lemma in self._puzzling_out and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
        )
        emphatic = any(c.dep_ == "aux" and c.lower_ == "do" for c in word.children)
        if not (
            (puzzling and self._asks_what(verb))
            or self._knows_a_basic_difference(verb)
            or _knows_which_end(verb)
            or self._equal_to_it(verb)
            or _as_good_as_on_paper(verb)
            or self._without_help(verb)
            or ((emphatic or self._not_only(verb)) and self._at_ease_with_the_work(verb))
        ):
            return None  # not 'learns how much we care'
        subject = subject_of(verb)
        if subject is not None:
            # 'the successful candidate's experience': the hire's, judged through it
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            subject = owner if owner is not None and owner.pos_ == "NOUN" else subject
        if subject is None or not self._third_party(subject):
            return None
        if self._target_class(subject) == CANDIDATE or self._the_hire(subject):
            return subject
        return subject if self._hire_named_near(verb, own_sentence=False) else None

    @staticmethod
    def _not_only(verb: Token) -> bool:
        """'comfortable talking with real users, and not only with dashboards': ease hoped
        for, set against what the hire is said to know instead."""
        words = [t.lower_ for t in verb.subtree]
        return any(a == "not" and b == "only" for a, b in pairwise(words))

    def _at_ease_with_the_work(self, verb: Token) -> bool:
        """'I do hope the successful candidate is comfortable behind a total station': an
        emphatic hope that someone is at ease with the job's plain tools or work - not 'I
        hope she is comfortable in the new office' (a place to settle in)."""
        if verb.lemma_.lower() != "be" or self._negated(verb):
            return False
        if not any(c.dep_ == "acomp" and c.lemma_.lower() in _AT_EASE for c in verb.children):
            return False
        preps = [t for t in verb.subtree if t.dep_ == "prep"]
        return any(p.lower_ in ("behind", "with", "around", "using", "on") for p in preps)

    def _stopped_growing(self, word: Token) -> Token | None:
        """'half of the seniors there stopped learning somewhere around Java 8': colleagues
        (or the hire) said to have stopped learning or trying - not 'I stopped
        reading the forum' nor 'the machines stopped working'."""
        verb = word if word.lemma_.lower() in ("stop", "quit", "give") else word.head
        if self._negated(verb):
            return None  # 'never stopped learning'
        subjects = own_subjects(verb)
        if not subjects:
            return None  # 'don't stop learning': an imperative, about no one
        target = self._partitive(subjects[0])
        return target if self._target_class(target) is not None else None

    def _without_help(self, verb: Token) -> bool:
        """'I hope the person you chose will manage without somebody drawing the boxes for
        him': a hope that someone copes unaided, which says they may not."""
        for prep in (t for t in verb.subtree if t.lower_ == "without" and t.dep_ == "prep"):
            if any(t.lemma_.lower() in _HELPERS for t in prep.subtree):
                return True
        return False

    @staticmethod
    def _equal_to_it(verb: Token) -> bool:
        """'I hope they are up to it', 'hopefully she can cope', 'I pray that such experience
        will prove sufficient': a hope that someone can manage the job at all."""
        lemma = verb.lemma_.lower()
        if any(c.dep_ == "neg" for c in verb.children):
            return False
        if lemma in ("be", "prove") and any(
            c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in _SUFFICIENT
            for c in verb.children
        ):
            return True  # 'I do pray that such experience will prove sufficient'
        if lemma == "be":
            return any(
                c.lower_ == "up" and any(g.lower_ == "to" for g in c.children)
                for c in verb.children
            )
        return lemma == "cope"

    @staticmethod
    def _knows_a_basic_difference(verb: Token) -> bool:
        """'I hope he knows the difference between a work package and a grocery list': a hope
        that someone can tell two plain things apart."""
        if verb.lemma_.lower() not in ("know", "understand", "tell", "see"):
            return False
        return any(
            c.dep_ in ("dobj", "obj")
            and c.lemma_.lower() == "difference"
            and any(g.lower_ == "between" for g in c.children)
            for c in verb.children
        )

    @staticmethod
    def _asks_what(verb: Token) -> bool:
        """'discovering what X looks like', 'finding out how hard it is': a question as object."""
        return any(t.tag_ in ("WP", "WDT", "WRB") for t in verb.subtree if t.i > verb.i)

    def _third_party(self, token: Token) -> bool:
        """A third person: 'him', 'her', 'your new head', 'the new hire' - not 'you' or 'me'."""
        if token.lower_ in self._first_person or token.lower_ in ("you", "yourself"):
            return False
        return token.pos_ in ("NOUN", "PROPN") or token.lower_ in self._third_persons

    def _credited(self, word: Token) -> Token | None:
        """Whom grudging credit is given to: 'I will give him that', 'to be fair to him', 'I'll
        say this for her' - a target, or a pronoun standing for one named just before."""
        if word.lower_ == "play" and not self._taken_back_after(word):
            return None  # 'Fair play to him for saying it so plainly': sincere credit
        near = [t for t in word.subtree if word.i - 4 <= t.i <= word.i + 4]  # 'be fair to'
        preps = [t for t in near if t.dep_ == "prep" and t.lower_ in ("to", "for")]
        people = [c for c in word.children if c.dep_ in ("dative", "dobj") and c.pos_ == "PRON"]
        people += [g for p in preps for g in p.children if g.dep_ == "pobj"]
        for person in people:
            target = self._partitive(self._antecedent(person))
            if self._target_class(target) is not None:
                return target
            if target.lower_ in ("him", "her"):
                return target  # one third person, never the reader: 'fair play to him'
        return None

    def _taken_back_after(self, word: Token) -> bool:
        """'Fair play to him, ..., and I've yet to see him learn a single one': the credit is
        followed in its sentence by a contrast or a denial, and gives no reason ('for ...')."""
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in word.subtree):
            return False
        after = word.doc[word.i + 1 : word.sent.end]
        return any(t.lower_ in self._taking_back for t in after)

    def _insinuated(self, verb: Token) -> Token | None:
        """'I gather having family in the area office never hurts', after 'I'm sure the new
        team leader will do fine': hearsay of connections, with the hire named just before -
        not 'I gather the panel meets on Friday' or 'I hear your family business turns 50'."""
        if verb.tag_ != "VBP" or is_negated(verb):
            return None
        said = [t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree]
        if not any(t.lemma_.lower() in self._connections for t in said):
            return None
        return self._hire_named_near(verb, own_sentence=True)

    def _hire_named_near(self, word: Token, *, own_sentence: bool) -> Token | None:
        """The hire or another candidate named in the two sentences before `word`'s (and in
        its own, when asked), nearest first."""
        for token in _tokens_near(word, own_sentence=own_sentence):
            if self._target_class(token) == CANDIDATE or self._the_hire(token):
                return token
            if self._who_got_it(token):
                return token
        return None

    def _who_got_it(self, token: Token) -> bool:
        """'I'll not ask who got it', 'whoever landed the post': the hire, asked after."""
        if token.lower_ not in ("who", "whoever") or token.dep_ != "nsubj":
            return False
        verb = token.head
        if verb.lemma_.lower() not in _GETTING:
            return False
        return any(
            c.dep_ in ("dobj", "obj") and (c.lower_ == "it" or c.lemma_.lower() in self._jobs)
            for c in verb.children
        )

    def _abilities_compared(self, word: Token) -> Token | None:
        """'I hope she's as good at keeping a ward clean as she is at talking about it', 'she
        was better at networking than at the exams', 'very good at presenting, not so good at
        knowing what we present': someone's skill at the job set against a lesser one - not
        'as good at coaching as at scheduling' said plainly, nor the writer's own skills."""
        sent = word.sent
        after = [t for t in sent if t.i > word.i + 1]
        if not self._second_arm(word, after):
            return None
        verb = word.head if word.head.pos_ in ("VERB", "AUX") else word
        subject = subject_of(verb) if verb.i != word.i else None
        if subject is not None and (
            subject.lower_ in self._first_person or subject.lower_ in ("you", "yourself")
        ):
            return None
        equative = any(t.lower_ == "as" for t in word.doc[max(0, word.i - 2) : word.i])
        if equative and not any(t.lemma_.lower() in self._hopes and t.i < word.i for t in sent):
            return None  # 'as good at coaching as at scheduling': a plain equal
        found = self._judged(word)
        if found is not None:
            return found[0]
        if subject is not None and subject.lower_ in self._third_persons:
            return self._hire_named_near(word, own_sentence=True)
        return None

    def _second_arm(self, word: Token, after: list[Token]) -> bool:
        """The lesser skill: '... as she is at talking', '... than at the exams', '..., not so
        good at knowing'."""
        opener = "than" if word.tag_ in ("JJR", "RBR") else "as"
        for k, token in enumerate(after):
            near = after[k + 1 : k + 5]
            if token.lower_ == opener and any(t.lower_ == "at" for t in near):
                return True
            lesser = token.lemma_.lower() in self._abilities and any(
                t.lower_ in ("not", "less", "n't") for t in after[max(0, k - 2) : k]
            )
            if lesser and any(t.lower_ == "at" for t in after[k + 1 : k + 2]):
                return True
        return False

    def _the_hire(self, noun: Token) -> bool:
        """'the new team leader', 'the successful applicant': the person who got the job."""
        return noun.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in self._hire_markers for c in noun.children
        )

    def _said_for(self, word: Token) -> Token | None:
        """Whom 'more than you could say for ...' is about: anyone but the writer or reader."""
        say = next((t for t in word.subtree if t.lemma_.lower() == "say"), None)
        if say is None:
            return None
        for prep in (c for c in say.children if c.dep_ == "prep"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                target = self._partitive(obj)
                if target.lower_ not in self._first_person and target.lower_ != "you":
                    return target
        return None

    def _mocked_idea(self, noun: Token) -> Token | None:
        """'My manager's idea of strategy is whatever the last customer asked for': a target's
        idea of something, set out as the subject of 'is' - not 'the idea of a bonus is
        appealing' or 'my idea of the role'."""
        head = noun.head
        subject = noun.dep_ == "nsubj"
        if noun.dep_ == "pobj" and noun.i < head.head.i and not own_subjects(head.head):
            # 'At Bryn Tawel the governors' idea of a strategy was to wait': with no comma the
            # parse hangs the idea on the opening 'at', and the copula has no subject of its own
            head, subject = head.head, True
        # 'X's idea of a toolbox talk is reading out the forecast': the parse makes 'is' the
        # auxiliary of 'reading', but it is still what the idea is set out to be.
        copula = head.lemma_.lower() == "be" or (
            head.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children)
        )
        if not subject or not copula:
            return None
        found = self._owner(noun)
        return found[0] if found is not None else None

    def _basics_explained(self, verb: Token) -> Token | None:
        """'your collectors will be delighted to explain to her what a provenance is': someone
        of the reader's side will have to tell the hire what a plain thing is, with the hire
        named before - not 'I can explain how I would run it' or 'you explained to me'."""
        future = any(
            c.tag_ == "MD" or c.lower_ in ("going", "have")
            for node in (verb, verb.head, verb.head.head)
            for c in node.children
        )
        if not future:
            return None
        told = [
            g
            for c in verb.children
            if c.dep_ in ("dative", "prep") and c.lower_ in ("to", "her", "him", "them")
            for g in ([c] if c.dep_ == "dative" else [x for x in c.children if x.dep_ == "pobj"])
        ]
        if not any(t.lower_ in self._third_persons for t in told):
            return None
        asked = any(
            c.dep_ == "ccomp" and any(t.tag_ in ("WP", "WRB") for t in c.subtree if t.i < c.i)
            for c in verb.children
        )
        if not asked or self._explained_by_writer_or_hire(verb):
            return None
        return self._hire_named_near(verb, own_sentence=True) or self._chosen_near(verb)

    def _chosen_near(self, word: Token) -> Token | None:
        """Whoever was chosen, by any noun, in the two sentences before `word`'s or its own:
        'the post was finally given to a recent business school graduate'."""
        return next(
            (
                t
                for t in _tokens_near(word, own_sentence=True)
                if t.pos_ in ("NOUN", "PROPN") and self._selected(t)
            ),
            None,
        )

    def _explained_by_writer_or_hire(self, verb: Token) -> bool:
        """Whether the writer (or the hire) does it: 'I can explain', 'she will show them'."""
        for node in (verb, verb.head, verb.head.head):
            subject = subject_of(node) if node.pos_ in ("VERB", "AUX", "ADJ") else None
            if subject is not None:
                # the writer ('I can explain'), or the hire explaining to others
                return subject.lower_ in self._first_person or subject.lower_ in ("he", "she")
        return False

    def _mocked_belief(self, verb: Token) -> Token | None:
        """'Last boss thought a soil test was something you did after the crop failed': what
        a target once thought any such thing was ('a ...  was something / just ...') - not 'my
        manager thought the project was a success' (one thing, judged) nor the writer's own
        belief."""
        subject = subject_of(verb)
        if subject is None or subject.lower_ in self._first_person:
            return None
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be":
                continue
            thing = subject_of(clause)
            generic = thing is not None and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in thing.children
            )
            attrs = [c for c in clause.children if c.dep_ == "attr"]
            belittled = any(a.lower_ in ("something", "anything", "thing") for a in attrs) or any(
                c.dep_ == "advmod" and c.lower_ in ("just", "only", "merely")
                for c in clause.children
            )
            if generic and belittled and self._target_class(subject) is not None:
                return subject
        return None

    def _patience_needed(self, noun: Token) -> Token | None:
        """'..., but I'm sure your team has the patience for that': the writer's assurance that
        the reader can bear what was just said about a third person - not 'the patience for
        detailed audit work', nor with nobody else in the sentence."""
        if noun.dep_ not in ("dobj", "obj") or is_negated(noun.head):
            return None
        if not any(
            prep.dep_ == "prep" and any(o.lower_ in self._anaphors for o in prep.children)
            for prep in noun.children
        ):
            return None
        stance = noun.head.head
        if stance.dep_ in ("acomp", "attr"):
            stance = stance.head  # "I'm sure [that] ..."
        holder = subject_of(stance)
        if noun.head.dep_ != "ccomp" or holder is None or holder.lower_ not in self._first_person:
            return None
        before = (t for t in noun.sent if t.i < noun.head.i and t.lower_ in self._third_persons)
        return next(before, None)


# Being at ease with the work: 'comfortable behind a total station', 'familiar with a ledger'.
_AT_EASE = frozenset({"comfortable", "familiar", "competent", "confident", "conversant"})


#: The relation of having someone over one: 'the administrator I had'.
_HAVING = frozenset({"have"})


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two (a misparse: 'My current team ship ..., and when it breaks
    the developers blame QA'), the one nearest before the verb."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(subjects) > 1:
        return subjects[-1]
    return subject_of(verb)


def _followed_by(token: Token, word: str) -> bool:
    """Whether the next token is `word` ('somebody else')."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ == word


def _past_or_expected(verb: Token) -> bool:
    """'it went', and 'it would go' said of what the writer had expected."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)


def _perfect_form(verb: Token) -> bool:
    """'he has come', "he's come" (which the parse may read as a passive)."""
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'s", "'ve", "had", "'d")
        for c in verb.children
    )


#: Pronouns of one person, so that 'he' may stand for what an earlier 'him' stood for.
_PERSONS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}

#: What a hope that someone's experience is enough says it may not be.
_SUFFICIENT = frozenset({"sufficient", "enough", "adequate"})


def _as_good_as_on_paper(verb: Token) -> bool:
    """'...proves as substantial in practice as it evidently appeared on paper', '...is as
    good in person as on paper': someone hoped to match in the work what they seemed on
    paper, which says they may not."""
    words = [t.lower_ for t in verb.subtree if t.i > verb.i]
    equative = words.count("as") >= 2 or "than" in words
    shown = any(
        w in ("paper", "cv", "résumé", "resume") and words[k - 1 : k] == ["on"]
        for k, w in enumerate(words)
    )
    return equative and shown


# Help the hire may need: 'without somebody drawing the boxes for him', 'without a hand'.
_HELPERS = frozenset(
    {"help", "hand", "somebody", "someone", "anyone", "anybody", "assistance", "support"}
    | {"prompting", "babysitting", "hand-holding", "supervision", "guidance"}
)


def _knows_which_end(verb: Token) -> bool:
    """'I just hope he knows which end of a reefer the plug goes in', 'hopefully she knows
    which way up the board goes': a hope that someone can tell the plainest way round."""
    if verb.lemma_.lower() not in ("know", "understand", "remember", "learn", "see", "tell"):
        return False
    doc = verb.doc
    for t in (t for t in verb.subtree if t.i > verb.i and t.lower_ == "which"):
        following = [w.lower_ for w in doc[t.i + 1 : t.i + 3]]
        if following[:1] == ["end"] or following in (
            ["way", "round"],
            ["way", "up"],
            ["way", "around"],
        ):
            return True  # not 'which way the office is': a kind wish about finding it
    return False
