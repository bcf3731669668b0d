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
        self._things = terms("thing-pronouns")
        self._topic_preps = terms("topic-prepositions")
        self._turn_preps = terms("turn-prepositions")
        self._tests = {
            "indifference": self._indifferent,
            "knows-little": self._knows_little,
            "lacks-quality": self._lacking,
            "lacks-experience": self._lacking,
        }

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
        if entry_id == "low-standard":
            return self._low_standard(root)
        if entry_id == "tells-all":
            return self._told_about(match)
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
            or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
        )

    def _indifferent(self, verb: Token) -> bool:
        """'does not care about the user', 'never listened', 'care only about their own
        allowances' - but not 'could not support the move' (inability, not indifference)."""
        if verb.pos_ != "VERB" or not self._towards_someone(verb):
            return False
        if self._negated(verb):
            modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            cannot = bool(modals & self._inability)
            return not cannot or any(c.lower_ == "less" for c in verb.children)
        near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
        return any(t.lower_ in self._restrictors and t.dep_ == "advmod" for t in near)

    def _towards_someone(self, verb: Token) -> bool:
        """Indifference is towards people, their work or their duties: 'never bothered to
        read', 'does not value anyone's ideas' - not 'does not care where I work from' (an
        open choice), 'never bothered me', 'did not appreciate the new policy'."""
        if any(c.dep_ in ("ccomp", "advcl") for c in verb.children):
            return False
        lemma = verb.lemma_.lower()
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
            if clause.dep_ in ("ccomp", "xcomp") and any(
                t.lower_ in self._wh_words for t in clause.children
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
                kind = self._target_class(subject)
                if kind is None:
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
        people = lemma in self._people or lower in self._people
        if people and (self._selected(token) or self._fellow_candidate(token)):
            return CANDIDATE
        if people and self._at_own_workplace(token):
            return WORKPLACE
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
        allocated = head.head.lemma_.lower() in self._allocation
        if noun.dep_ == "pobj" and head.lower_ == "to" and allocated:
            subject = subject_of(head.head)
            return subject is not None and subject.lemma_.lower() in self._jobs
        return False

    def _fellow_candidate(self, noun: Token) -> bool:
        """'the other lady waiting with me', 'the guy before me': in a note about an
        interview, the other person, or the one interviewed just before or after the writer."""
        if any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
            return True
        return any(
            prep.dep_ == "prep"
            and prep.lower_ in self._turn_preps
            and any(o.lower_ in self._first_person for o in prep.children)
            for prep in noun.children
        )

    def _seeks_job(self, verb: Token) -> bool:
        """'hired', 'who applied', 'waiting to be interviewed', 'hoping to get the job'."""
        if verb.lemma_.lower() in self._selection:
            return True
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in self._selection for c in verb.children)

    def _at_own_workplace(self, noun: Token) -> bool:
        """'the people at my last job', 'everyone in our office'."""
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
