"""Rule `interest`: the note should restate the writer's interest in the role or the company."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.matching import entry_matcher
from followup_lint.models import Kind
from followup_lint.sentiment import valence

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
        self._model = self.learned_model()
        self._learned_threshold = float(self.settings["learned_threshold"])
        self._nlp = nlp
        self._matcher = entry_matcher(nlp, self.pack)
        self._words = _Vocabulary(**{f: self.term_set(f.replace("_", "-")) for f in _FIELDS})

    def _subject_segments(self, draft: Draft) -> Iterator[Span]:
        """A subject line is a headline of parts joined by dashes or bars ('I'd love to be your
        intern - thank you for Thursday'); parsed whole, the parts garble each other, so each
        part is read again as a sentence of its own."""
        subject = draft.parts.subject
        if subject is None:
            return
        text = draft.text[subject.start : subject.end]
        parts = [text]
        for mark in self._words.headline_separators:
            parts = [p for part in parts for p in part.split(f" {mark} ")]
        if len(parts) < 2:
            return
        for part in parts:
            if part.strip():
                yield from self._nlp(part.strip()).sents

    def run(self, draft: Draft) -> Iterator[Hit]:
        reader = self._reader(draft)
        sentences = self.body_sentences(draft)
        if next(self.restating(draft, sentences, reader), None) is not None:
            return
        if any(reader.restates_interest(s) for s in self._subject_segments(draft)):
            return
        if self._model is not None and sentences:
            scores = self._model.scores([sent.text for sent in sentences])
            if max(scores) >= self._learned_threshold:
                return  # said in words no hand-written test knows: 'count me in'
        yield self.hit("missing", draft.first_sentence_range(), suggestions=self._suggest(draft))

    def body_sentences(self, draft: Draft) -> list[Span]:
        """The sentences where interest may be restated: the subject, the paragraphs and a
        postscript (often 'P.S. I'm still really excited about it')."""
        parts = draft.parts
        ranges = [r for r in (parts.subject, *parts.paragraphs, parts.postscript) if r is not None]
        return list(draft.sentences_in(ranges))

    def restating(
        self, draft: Draft, sentences: list[Span], reader: _Reader | None = None
    ) -> Iterator[Span]:
        """The sentences the hand-written tests read as restating interest: a pack entry
        ('keep me in mind', 'first choice') first, then the reader's, from the end, where
        interest is most often restated (the rule needs only the first)."""
        if reader is None:
            reader = self._reader(draft)
        fixed = [m.span for m in self._matcher(draft.doc) if not _told_of_the_past(m.span)]
        for sent in sentences:
            if any(sent.start <= m.start and m.end <= sent.end for m in fixed):
                yield sent
        for sent in reversed(sentences):
            if reader.restates_interest(sent):
                yield sent

    def _reader(self, draft: Draft) -> _Reader:
        return _Reader(
            self._words,
            self._company_words(draft),
            self._position_words(draft),
            after_rejection=draft.kind is Kind.REJECTION_REPLY,
            positive=float(self.settings["positive_threshold"]),
        )

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
    loose_opening_nouns: frozenset[str]
    quantity_words: frozenset[str]
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
    newcomer_words: frozenset[str]
    searching_verbs: frozenset[str]
    searching_particles: frozenset[str]
    attraction_verbs: frozenset[str]
    comparison_marks: frozenset[str]
    benefactive_prepositions: frozenset[str]
    impatience_verbs: frozenset[str]
    modal_envisioning_verbs: frozenset[str]
    reflexive_pronouns: frozenset[str]
    applying_verbs: frozenset[str]
    relative_pronouns: frozenset[str]
    hope_markers: frozenset[str]
    non_valuing_words: frozenset[str]
    valuing_verbs: frozenset[str]
    change_verbs: frozenset[str]
    restating_verbs: frozenset[str]
    negative_quantifiers: frozenset[str]
    headline_separators: frozenset[str]
    appeal_adjectives: frozenset[str]
    finding_verbs: frozenset[str]
    outcome_particles: frozenset[str]
    obtaining_verbs: frozenset[str]
    accepting_verbs: frozenset[str]
    offer_nouns: frozenset[str]
    employer_links: frozenset[str]
    employer_links_weak: frozenset[str]
    reader_possessives: frozenset[str]
    exchange_nouns: frozenset[str]
    favourable_words: frozenset[str]
    outcome_nouns: frozenset[str]
    goal_prepositions: frozenset[str]
    partitive_links: frozenset[str]
    circumstance_prepositions: frozenset[str]
    considering_verbs: frozenset[str]
    candidacy_nouns: frozenset[str]
    stage_nouns: frozenset[str]
    value_nouns: frozenset[str]
    news_words: frozenset[str]
    meeting_words: frozenset[str]
    wanting_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    value_adjectives: frozenset[str]
    impression_verbs: frozenset[str]
    hiring_verbs: frozenset[str]
    assent_words: frozenset[str]
    chance_nouns: frozenset[str]
    awaiting_verbs: frozenset[str]
    writer_possessive_pronouns: frozenset[str]
    attraction_participles: frozenset[str]
    joining_adverbs: frozenset[str]
    habit_verbs: frozenset[str]
    present_markers: frozenset[str]
    signing_verbs: frozenset[str]
    at_once_words: frozenset[str]


_FIELDS = tuple(_Vocabulary.__dataclass_fields__)

# Every reading in `restates_interest` starts from a word of one of these lists, or from a
# word in one of these grammatical roles ('would be [a privilege]', 'would be [glad] to');
# any other word is passed over without trying them one by one.
_TRIGGER_LISTS = (
    "impatience_verbs",
    "interest_adjectives",
    "anticipation_verbs",
    "interest_verbs",
    "searching_verbs",
    "preference_adverbs",
    "interest_nouns",
    "envisioning_verbs",
    "opening_nouns",
    "loose_opening_nouns",
    "evaluation_nouns",
    "target_nouns",
    "attraction_verbs",
    "hope_markers",
    "appeal_adjectives",
    "outcome_nouns",
    "ranking_words",
    "considering_verbs",
)
_TRIGGER_DEPS = frozenset({"attr", "acomp", "dobj", "prep", "ccomp", "oprd", "advcl"})


@lru_cache(maxsize=8)
def _triggers(words: _Vocabulary) -> frozenset[str]:
    """The union of the trigger lists, built once per vocabulary."""
    return frozenset().union(*(getattr(words, name) for name in _TRIGGER_LISTS))


class _Reader:
    """Reads sentences of one draft for restated interest, knowing its company and position."""

    def __init__(
        self,
        words: _Vocabulary,
        company: frozenset[str] | None,
        position: frozenset[str],
        *,
        after_rejection: bool = False,
        positive: float = 1.2,
    ) -> None:
        self.w = words
        self.positive = positive  # the VADER rating from which a word is warm
        self.company = company
        self.position = position
        self.triggers = _triggers(words)
        # After a rejection any new opening is a future one: 'other openings', 'similar roles'.
        self.opening_words = words.future_words | (
            words.novelty_words if after_rejection else set()
        )
        self.after_rejection = after_rejection
        # Nouns whose inner clause is being read: the clause's gap may lead back to the noun
        # ('a privilege to care for…', parsed as a relative clause of 'privilege').
        self._reading: set[int] = set()

    def restates_interest(self, sent: Span) -> bool:
        """Whether the sentence restates the writer's interest in the job or the employer."""
        triggers = self.triggers
        for token in sent:
            if (
                token.dep_ not in _TRIGGER_DEPS
                and token.lemma_.lower() not in triggers
                and token.lower_ not in triggers
                and not (token.pos_ == "VERB" and self._warm(token))
            ):
                continue  # none of the readings below starts from such a word
            if (
                self._is_predicate(token)
                and self._said_by_writer(token)
                and not self._feeling_gone_by(token)
                and self._complement_counts(token)
            ):
                return True
            if self._future_opening(token) or self._preferred_employer(token):
                return True
            if self._valued_prospect(token) or self._attracts_writer(token):
                return True
            if self._hoped_for_place(token) or self._imagined_self(token):
                return True
            if self._appealing_job(token) or self._hoped_for_outcome(token):
                return True
            if self._right_for_writer(token) or self._asks_to_be_considered(token):
                return True
            if self._impression_of_job(token) or self._kept_stance(token):
                return True
            if self._answers_an_offer(token):
                return True
        return self._stance_now(sent) or self._would_sign_at_once(sent)

    def _would_sign_at_once(self, sent: Span) -> bool:
        """'I'd sign on tomorrow', 'I would join without hesitation': the writer would take
        the job at once, an answer given ahead (not 'I can start tomorrow', availability,
        nor 'I would sign the form today')."""
        for verb in sent:
            if verb.lemma_.lower() not in self.w.signing_verbs or verb.pos_ != "VERB":
                continue
            if not any(c.lower_ in ("would", "'d", "’d") for c in verb.children):
                continue
            if not any(self._is_first_person_subject(c) for c in verb.children):
                continue
            if any(
                c.dep_ in ("dobj", "obj") and c.lower_ not in ("it", "that") for c in verb.children
            ):
                continue
            words = {t.lower_ for t in verb.subtree if t.i > verb.i}
            if words & self.w.at_once_words and not self._negated(verb):
                return True
        return False

    def _is_first_person_subject(self, word: Token) -> bool:
        return word.dep_ == "nsubj" and word.lower_ in self.w.first_person

    # -- warmth toward the job, read from the VADER ratings -------------------------------
    def _warm(self, word: Token) -> bool:
        """A word human raters found clearly positive ('brilliant', 'treasure', 'a great')."""
        rating = max(valence(word.lower_), valence(word.lemma_.lower()))
        return rating >= self.positive

    def _impression_of_job(self, word: Token) -> bool:
        """'The job sounds brilliant', 'It sounds like a great fit', 'Acme seems a lovely
        place to work': the writer's impression of the job or the employer, now, by a verb of
        impression and a warm word (not 'sounded', not 'if you enjoy spreadsheets')."""
        if word.dep_ == "acomp":
            verb, warm = word.head, self._warm(word)
        elif word.dep_ in ("prep", "attr") and (
            word.dep_ == "attr" or word.lower_ in self.w.likeness_words
        ):
            noun = (
                word
                if word.dep_ == "attr"
                else next((g for g in word.children if g.dep_ == "pobj"), None)
            )
            if noun is None:
                return False
            verb = word.head
            warm = self._warm(noun) or any(
                c.dep_ == "amod" and self._warm(c) for c in noun.children
            )
        else:
            return False
        if verb.lemma_.lower() not in self.w.impression_verbs or not warm:
            return False
        if _past(verb) or self._negated(verb) or self._hedged_on_reader(verb):
            return False
        return any(
            s.lower_ not in self.w.first_person
            and (s.lower_ in self.w.referring_pronouns or self._noun_counts(s, True, 1))
            for s in self._subjects(verb)
        )

    def _hedged_on_reader(self, verb: Token) -> bool:
        """'…if you enjoy endless spreadsheets': a judgement made on the reader's taste."""
        return any(
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in self.w.conditions for m in c.children)
            and any(s.dep_ == "nsubj" and s.lower_ in self.w.reader_pronouns for s in c.children)
            for c in verb.children
        )

    def _kept_stance(self, state: Token) -> bool:
        """'I remain fully committed to joining the department', 'I stay open to the role':
        any state the writer keeps toward the job, unless doubtful or mere readiness
        ('I remain unsure about relocating', 'I remain available to join')."""
        verb = state.head
        if state.dep_ != "acomp" or verb.lemma_.lower() not in self.w.continuing_verbs:
            return False
        if self._negated(verb) or not self._writers_clause(verb):
            return False
        lemma = state.lemma_.lower()
        if lemma in self.w.non_valuing_words or state.lower_ in self.w.non_valuing_words:
            return False
        if min(valence(state.lower_), valence(lemma)) < 0:
            return False
        return any(self._counts(c, True) for c in self._complements(state))

    # -- an answer given in advance to being hired ---------------------------------------
    def _answers_an_offer(self, condition: Token) -> bool:
        """'Should you offer me the role, I would accept without hesitation', 'If you will
        have me, I would be glad to start', 'I'd be over the moon if it works out': the
        writer's own welcome, said ahead, to being hired."""
        if condition.dep_ not in ("advcl", "ccomp") or not self._hiring_condition(condition):
            return False
        answer = condition.head
        if answer.i == condition.i or not self._writers_clause_now(answer):
            return False
        return self._welcomes(answer)

    def _hiring_condition(self, clause: Token) -> bool:
        """A condition on being hired: the reader takes the writer ('if you will have me',
        'should you offer me the role'), the writer is chosen ('if selected'), or the job or
        an offer comes ('if an offer comes my way', 'if it works out')."""
        if not self._marked_condition(clause) or self._negated(clause) or clause.tag_ == "VBD":
            return False
        lemma = clause.lemma_.lower()
        first = self.w.first_person
        roles = {c.dep_: c for c in clause.children}
        taken = any(
            c.dep_ in ("dobj", "dative", "nsubjpass") and c.lower_ in first for c in clause.children
        )
        if lemma in self.w.hiring_verbs and (
            taken or ("nsubj" not in roles and clause.tag_ == "VBN")
        ):
            return True  # 'if you will have me', 'should I be selected', 'if selected'
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(
            s.lemma_.lower() in self.w.offer_nouns or s.lemma_.lower() in self.w.opening_nouns
            for s in subjects
        ):
            return any(t.lower_ in first for t in clause.subtree)  # 'an offer comes my way'
        return any(
            c.dep_ == "prt" and c.lower_ in self.w.outcome_particles for c in clause.children
        ) and all(s.lower_ in self.w.referring_pronouns for s in subjects)  # 'if it works out'

    def _welcomes(self, answer: Token) -> bool:
        """What the writer would do or be: accept, join, say yes, or a state that is not a
        need, an ability or a doubt ('glad to start', 'over the moon', not 'I would need
        notice', 'I would be able to start in May')."""
        lemma = answer.lemma_.lower()
        if lemma in self.w.accepting_verbs or lemma in self.w.joining_verbs:
            return True
        if any(c.lower_ in self.w.assent_words for c in answer.children):
            return True  # 'I'll be saying yes'
        if lemma in self.w.copular_verbs:
            return any(
                self._welcome_state(c)
                for c in answer.children
                if c.dep_ in ("acomp", "attr", "prep")
                and c.lower_ not in self.w.circumstance_prepositions
            )
        return self._warm(answer) or (answer.tag_ == "VBN" and self._welcome_state(answer))

    def _welcome_state(self, state: Token) -> bool:
        """A state that is neither mere ability or fit nor rated negative."""
        words = (state.lower_, state.lemma_.lower())
        return all(w not in self.w.non_valuing_words and valence(w) >= 0 for w in words)

    # -- the lenient backstop -----------------------------------------------------------
    def _stance_now(self, sent: Span) -> bool:
        """Any warm stance of the writer's, held now or ahead, that is not about news, the
        meeting itself or the reader's conduct: 'I remain very keen on the project', 'I would
        count it a privilege to bring that habit to your office', 'Nothing would give me greater
        satisfaction than ...', 'I'd honestly rather be with you'. The readings above know what
        the stance is about; this one only knows what it is not about, so that a writer who
        wants the job in words nobody foresaw is not told to say so."""
        writer = any(t.lower_ in self.w.first_person for t in sent)
        for token in sent:
            lemma = token.lemma_.lower()
            if not writer and not (lemma in self.w.value_nouns and _impersonal(token)):
                continue  # 'It would be an honour to ...' is the writer's stance too
            if lemma in self.w.interest_adjectives and lemma not in self.w.weak_adjectives:
                found = token.pos_ == "ADJ" and self._held_now(token, needs_modal=False)
            elif lemma in self.w.value_adjectives:
                # 'I would be proud to help the new officers': pride in doing the work, ahead
                # (not 'glad to send', 'happy to prepare': willingness, an offer)
                found = (
                    token.pos_ == "ADJ"
                    and any(
                        c.dep_ == "xcomp" and c.pos_ == "VERB"
                        for c in (*token.children, *token.head.children)
                    )
                    and self._held_now(token, needs_modal=True)
                )
            elif lemma in self.w.value_nouns:
                found = token.pos_ == "NOUN" and self._held_now(token, needs_modal=True)
            elif lemma in self.w.wanting_verbs and token.pos_ == "VERB":
                found = self._wants_now(token)
            elif token.lower_ in self.w.preference_adverbs:
                found = self._modal_near(token.head) and self._held_now(
                    token.head, needs_modal=True
                )
            else:
                found = False
            if found:
                return True
        return False

    def _held_now(self, word: Token, *, needs_modal: bool) -> bool:
        """The writer's stance, not denied, not told of the past, not about news or the
        meeting (a modal 'would'/'will' is required of nouns: 'it was a pleasure' is past)."""
        clause = word
        while (
            clause.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj")
            and clause.head.i != clause.i
        ):
            clause = clause.head
        if needs_modal and not self._modal_near(clause) and not self._modal_near(word):
            return False
        if self._negated(word) or _past(clause) or (word.dep_ == "acomp" and _past(word.head)):
            return False
        if self._about_a_topic(word):
            return False  # 'I'm interested in machine learning more generally'
        about = _what_it_is_about(word)
        if word.dep_ in ("acomp", "attr", "dobj"):
            about += _what_it_is_about(clause)  # 'I remain keen on the project'
            # 'It would be a pleasure to speak with you': the clause may hang on the verb
            about += [c for c in clause.children if c.dep_ == "advcl" and c.pos_ == "VERB"]
        return not any(
            t.lemma_.lower() in self.w.news_words
            or t.lemma_.lower() in self.w.meeting_words
            or (t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in self.w.exchange_nouns)
            or (t.pos_ == "VERB" and t.lemma_.lower() in self.w.speech_verbs)
            or _perfect_infinitive(t)  # 'proud to have been shortlisted': done, not wanted
            for t in about
        )

    @staticmethod
    def _about_a_topic(word: Token) -> bool:
        """'interested in machine learning', 'keen on analytics': a stance whose object is a
        field named bare, with no article or owner, is about a topic, not the employer's work
        ('keen on the project', 'excited about your roadmap')."""
        objects = [
            g
            for p in word.children
            if p.dep_ == "prep"
            for g in p.children
            if g.dep_ in ("pobj", "pcomp")
        ]
        return bool(objects) and all(
            g.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in g.children)
            for g in objects
        )

    def _wants_now(self, verb: Token) -> bool:
        """'I would love to contribute to that work', 'I'd welcome the chance', 'I hope to be
        part of it': the writer's own wish, now or ahead, for something that is not news, the
        meeting, a speech act ('I'd like to thank you', 'I want to follow up') or the
        reader's good ('I wish you well', 'I hope you are well')."""
        if not any(c.dep_ == "nsubj" and c.lower_ in self.w.first_person for c in verb.children):
            return False
        if not (self._modal_near(verb) or verb.tag_ in ("VBP", "VBZ", "VBG")):
            return False
        wished = [c for c in verb.children if c.dep_ in ("xcomp", "dobj", "ccomp")]
        if not wished or any(c.lower_ in self.w.reader_pronouns for c in wished):
            return False
        if verb.lemma_.lower() in self.w.wishing_verbs and any(c.dep_ == "dobj" for c in wished):
            return False  # 'I wish everyone at Acme all the best': goodwill
        for clause in (c for c in wished if c.dep_ == "ccomp"):
            subjects = [g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")]
            if not any(g.lower_ in self.w.first_person for g in subjects):
                return False  # 'I hope this finds you well'
        if any(
            any(c.dep_ == "poss" and c.lower_ in self.w.first_person for c in s.children)
            for s in self._copular_subjects(verb)
        ):
            return False  # 'My current team is where I want to be'
        about = _what_it_is_about(verb)
        return not any(
            t.lemma_.lower() in self.w.news_words
            or t.lemma_.lower() in self.w.meeting_words
            or t.lemma_.lower() in self.w.exchange_nouns
            or t.lemma_.lower() in self.w.speech_verbs
            or t.lower_ in self.w.speech_verbs
            or t.lower_ in self.w.reader_pronouns
            for t in about
        ) and not self._negated(verb)

    def _modal_near(self, verb: Token) -> bool:
        """'would', 'will', ''d' governing the verb, or the continuing 'remain', 'still'."""
        if verb.lemma_.lower() in self.w.continuing_verbs:
            return True
        return any(
            c.tag_ == "MD" or c.lower_ in self.w.modal_words or c.lower_ == "still"
            for c in verb.children
        )

    def _right_for_writer(self, quality: Token) -> bool:
        """'this role is right for me', 'Acme feels perfect for me': the job or the employer
        judged the right one for the writer (not doubted: 'I'm not sure it is right for me')."""
        clause = quality.head
        if quality.dep_ != "acomp" or clause.lemma_.lower() not in self.w.copular_verbs:
            return False
        if quality.lemma_.lower() not in self.w.ranking_words or self._doubted(clause):
            return False
        for_writer = any(
            c.dep_ == "prep"
            and c.lower_ in self.w.benefactive_prepositions
            and any(g.lower_ in self.w.first_person for g in c.children)
            for c in quality.children
        )
        return for_writer and any(
            s.lower_ in self.w.referring_pronouns or self._noun_counts(s, True, 1)
            for s in self._subjects(clause)
        )

    def _asks_to_be_considered(self, verb: Token) -> bool:
        """'Please consider me for the role', 'Kindly consider my application favourably': a
        request to be considered is wanting the job (not 'whether I am still considered')."""
        if verb.lemma_.lower() not in self.w.considering_verbs or verb.tag_ != "VB":
            return False
        if self._negated(verb) or any(c.dep_ in ("nsubj", "aux") for c in verb.children):
            return False
        return any(
            c.dep_ == "dobj"
            and (
                c.lower_ in self.w.first_person
                or (c.lemma_.lower() in self.w.candidacy_nouns and self._owned_by_writer(c))
            )
            for c in verb.children
        )

    def _hoped_for_outcome(self, noun: Token) -> bool:
        """'I hope for a favourable outcome', 'I look forward to your positive response': a
        good outcome of the application, hoped for or awaited by the writer, is wanting the
        job (not 'whether the decision is positive or negative')."""
        if noun.lemma_.lower() not in self.w.outcome_nouns:
            return False
        if not any(c.dep_ == "amod" and c.lower_ in self.w.favourable_words for c in noun.children):
            return False
        node = noun
        for _ in range(4):
            node = node.head
            if self._is_predicate(node) and node.lemma_.lower() not in self.w.weak_adjectives:
                return self._said_by_writer(node)
            if node.head == node:
                return False
        return False

    def _imagined_self(self, state: Token) -> bool:
        """'I'd be over the moon to get the job', 'I would be chuffed to join', 'I would
        consider myself lucky to join such a team': any state the writer imagines being in on
        joining, but for mere ability, readiness or fit ('I would be able to join in May')."""
        if state.dep_ not in ("acomp", "prep", "ccomp", "oprd") or state.pos_ == "NOUN":
            return False
        holder = state.head
        if not any(c.tag_ == "MD" for c in holder.children) or self._negated(holder):
            return False
        subjects = [c for c in (*state.children, *holder.children) if c.dep_ == "nsubj"]
        writer = self.w.first_person | self.w.reflexive_pronouns
        if not subjects or not all(s.lower_ in writer for s in subjects):
            return False
        words = [state, *(g for g in state.children if g.dep_ == "pobj")]
        if any(w.lemma_.lower() in self.w.non_valuing_words for w in words):
            return False
        clauses = [
            c
            for n in (holder, *words)
            for c in n.children
            if c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children)
        ]
        strong = not any(w.lower_ in self.w.weak_adjectives for w in words)
        return any(self._verb_counts(c, strong) for c in clauses)

    def _appealing_job(self, quality: Token) -> bool:
        """'The role sounds really exciting', 'Working with your team is a prospect I find
        very exciting': the job or the employer found appealing by the writer, now."""
        if quality.lemma_.lower() not in self.w.appeal_adjectives and (
            quality.lower_ not in self.w.appeal_adjectives
        ):
            return False
        clause = quality.head
        if quality.dep_ not in ("acomp", "oprd") or _past(clause) or self._negated(clause):
            return False
        if self._hedged_on_reader(clause):
            return False
        if clause.lemma_.lower() in self.w.finding_verbs:
            if not self._writers_clause(clause):
                return False
            found = [c for c in clause.children if c.dep_ == "dobj"]
            if clause.dep_ == "relcl" and clause.head.dep_ == "attr":
                found.extend(self._subjects(clause.head.head))  # 'X is a prospect I find…'
        elif clause.lemma_.lower() in self.w.copular_verbs:
            found = self._subjects(clause)
        else:
            return False
        return any(t.lower_ not in self.w.first_person and self._counts(t, True) for t in found)

    @staticmethod
    def _subjects(clause: Token) -> list[Token]:
        """The subjects of a clause, a clause as subject included ('Working here is…')."""
        return [c for c in clause.children if c.dep_ in ("nsubj", "csubj")]

    def _hoped_for_place(self, marker: Token) -> bool:
        """'Fingers crossed I get to work with the team', 'Hopefully I'll be joining you',
        'With any luck I will be part of Acme': the writer in the job, a future hoped for with
        an idiom or an adverb rather than a verb whose subject is the writer."""
        if marker.lemma_.lower() not in self.w.hope_markers:
            return False
        anchor = marker.head if marker.dep_ == "compound" else marker
        if anchor.dep_ == "pobj":  # 'with any luck' hangs on the verb of the clause it hopes
            anchor = anchor.head
        clauses = [c for c in anchor.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
        if anchor.dep_ in ("advmod", "npadvmod", "dep", "intj", "prep"):
            clauses.append(anchor.head)
        return any(
            c.pos_ in ("VERB", "AUX")
            and not _past(c)
            and not self._negated(c)
            and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
            and (
                (self._about_the_writer(c) and self._verb_counts(c, strong=True))
                or self._job_comes_to_writer(c)
            )
            for c in clauses
        )

    def _job_comes_to_writer(self, clause: Token) -> bool:
        """'the role comes my way', 'the job goes to me', 'the post is mine': a clause whose
        subject is the job and which ends with the writer (hoped for, not told of the past)."""
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or not all(s.lemma_.lower() in self.w.opening_nouns for s in subjects):
            return False
        if _past(clause) or self._negated(clause):
            return False
        return any(
            t.lower_ in self.w.first_person | self.w.writer_possessive_pronouns
            for t in clause.subtree
            if t.i > clause.i
        )

    def _valued_prospect(self, value: Token) -> bool:
        """'It would be a privilege to join your team', 'It would be fantastic to work with
        you', 'Joining Acme would mean the world to me': joining the employer, imagined and
        valued (any value but a doubtful one: 'possible', 'a mistake')."""
        if not self._imagined_value(value):
            return False
        copula = value.head
        clauses = [
            *(c for c in value.children if c.dep_ in ("acl", "relcl", "advcl", "xcomp")),
            *(c for c in copula.children if c.dep_ in ("csubj", "xcomp", "ccomp")),
        ]
        return any(c.pos_ in ("VERB", "AUX") and self._verb_counts(c, True) for c in clauses)

    def _imagined_value(self, value: Token) -> bool:
        """The value a modal copula gives: 'would be [a privilege | fantastic]', 'would mean
        the world'; not denied and not a word of mere possibility or of regret."""
        if value.dep_ not in ("attr", "acomp", "dobj"):
            return False
        copula = value.head
        lemma = copula.lemma_.lower()
        if value.dep_ != "dobj":
            if lemma not in self.w.copular_verbs or value.pos_ not in ("NOUN", "ADJ"):
                return False
        elif lemma not in self.w.valuing_verbs:
            return False
        if self._writers_clause(copula):
            return False  # 'I would be glad to…': a state of the writer's, see _imagined_self
        return (
            value.lemma_.lower() not in self.w.non_valuing_words
            and any(c.tag_ == "MD" for c in copula.children)
            and not self._negated(copula)
        )

    def _attracts_writer(self, verb: Token) -> bool:
        """'The role appeals to me', 'What draws me to Acme is…', 'your mission inspires me':
        the job or the employer acting on the writer, now."""
        if self._drawn_to_job(verb):
            return True
        if (
            verb.lemma_.lower() not in self.w.attraction_verbs
            or verb.tag_ == "VBD"
            or self._negated(verb)
        ):
            return False
        first = self.w.first_person
        to_phrases = [
            c for c in verb.children if c.dep_ == "prep" and c.lower_ in self.w.goal_prepositions
        ]
        goals = [g for p in to_phrases for g in p.children if g.dep_ == "pobj"]
        moved = any(c.dep_ == "dobj" and c.lower_ in first for c in verb.children)
        if not (moved or any(g.lower_ in first for g in goals)):
            return False
        causes = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.lemma_.lower() in ("mean", "matter"):
            # 'this job means everything to me', but not 'that means a lot to me' (thanks)
            causes = [c for c in causes if c.pos_ in ("NOUN", "PROPN")]
            goals = []
        return any(
            t.lower_ not in first and (self._noun_counts(t, True, 0) or self._employers_own(t))
            for t in (*causes, *goals)
        )

    def _drawn_to_job(self, state: Token) -> bool:
        """'I'm all the more drawn to the role', 'we are attracted to Acme': the same pull
        said of the writer as a state, now."""
        if state.lower_ not in self.w.attraction_participles or state.dep_ not in (
            "acomp",
            "ROOT",
        ):
            return False
        clause = state.head if state.dep_ == "acomp" else state
        if _past(clause) or self._negated(state) or not self._writers_clause(clause):
            return False
        return any(
            self._noun_counts(g, True, 0) or self._employers_own(g)
            for p in state.children
            if p.dep_ == "prep" and p.lower_ in self.w.goal_prepositions
            for g in p.children
            if g.dep_ == "pobj"
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
        if _fragment_head(token) and lemma in self.w.interest_adjectives:
            return True
        if _modal_verb_as_preposition(token) and lemma in self.w.interest_verbs:
            return True  # 'I would very much like it', 'like' read as a preposition
        if self._warm_wish(token):
            return True  # 'one I would treasure', 'I'd cherish a place on the team'
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
        if (
            lemma in self.w.awaiting_verbs
            and token.dep_ == "relcl"
            and any(
                c.dep_ == "prep" and c.lower_ in self.w.searching_particles and not any(c.children)
                for c in token.children
            )
        ):
            return not _past(token)  # 'the job I've been waiting for': the gap is the job
        if token.lower_ in self.w.preference_adverbs and any(
            c.lower_ in self.w.modal_words for c in token.head.children
        ):
            return True
        if token.pos_ == "NOUN" and lemma in self.w.interest_nouns:
            return self._owned_by_writer(token) and not self._given_up(token)
        return self._envisions_self(token)

    def _warm_wish(self, verb: Token) -> bool:
        """'the opportunity is one I would treasure', 'I'd cherish a place on the team': a
        verb human raters find warm, said with 'would' (its object must still be the job)."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not self._warm(verb):
            return False
        if lemma in self.w.not_interest_verbs or lemma in self.w.speech_verbs:
            return False
        if lemma in self.w.serving_verbs or lemma in self.w.non_valuing_words:
            return False  # 'I would help the team' offers, 'I would fit in well' claims
        return any(c.lower_ in self.w.modal_words for c in verb.children)

    def _owned_by_writer(self, noun: Token) -> bool:
        """'my interest', 'the preference I expressed', 'I have a real interest': the writer's
        own interest, by a possessive, a relative clause or as the object of their verb."""
        first = self.w.first_person
        if any(c.dep_ == "poss" and c.lower_ in first for c in noun.children):
            return True
        if noun.dep_ == "attr" and self._for_writer(noun):
            return True  # 'this role is a dream for me'
        if any(self._writers_clause(c) for c in noun.children if c.dep_ == "relcl"):
            return True
        return noun.dep_ == "dobj" and self._writers_clause(noun.head)

    def _writers_clause_now(self, verb: Token) -> bool:
        """A clause of the writer's, neither negated nor in the past."""
        return self._writers_clause(verb) and not self._negated(verb) and not _past(verb)

    def _writers_clause(self, verb: Token) -> bool:
        """A clause whose subject is the writer."""
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in self.w.first_person
            for c in verb.children
        )

    def _given_up(self, noun: Token) -> bool:
        """'I have lost interest', 'the offer has weakened my interest': interest changed,
        unless the change is denied ('nothing alters my preference for Acme')."""
        verb = noun.head
        return (
            noun.dep_ in ("dobj", "nsubj", "nsubjpass")
            and verb.lemma_.lower() in self.w.change_verbs
            and not self._denied(verb)
        )

    def _denied(self, verb: Token) -> bool:
        """'does not alter', 'Nothing changes', 'no news will change': a verb said not to
        happen, by a negation or by a subject that is nothing."""
        if self._negated(verb):
            return True
        # 'does not in any manner alter': the parser may hang the negation on the inserted phrase
        inserted = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
        if any(g.dep_ == "neg" for c in inserted for g in c.children):
            return True
        quantifiers = self.w.negative_quantifiers
        return any(
            c.dep_ in ("nsubj", "nsubjpass")
            and (
                c.lower_ in quantifiers
                or any(d.dep_ == "det" and d.lower_ in quantifiers for d in c.children)
            )
            for c in verb.children
        )

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
        if lemma in self.w.hope_markers and self._hopes_it_works_out(predicate):
            return True
        if self._wins_the_job(predicate):
            return True  # 'I'd gladly accept an offer'
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
        if any(self._counts(c, strong) for c in complements):
            return True
        return (
            strong
            and not self._past_stance(predicate)
            and any(self._employers_own(c) for c in complements)
        )

    def _feeling_gone_by(self, predicate: Token) -> bool:
        """'I was really excited about the role before the interview', 'I used to dream of
        working at Acme', after a rejection 'I was hoping to work on it': a feeling told of
        the past, in a sentence that does not carry it into the present ('and still am',
        'even more so now')."""
        governor = predicate.head if predicate.dep_ in ("acomp", "oprd", "xcomp") else predicate
        habit = predicate.dep_ == "xcomp" and governor.lemma_.lower() in self.w.habit_verbs
        # after a rejection a wish in the past is regret: 'I was hoping to work on the Nizwa
        # road project' (elsewhere 'I was hoping to join' is a polite present)
        regret = self.after_rejection and predicate.pos_ == "VERB" and _past(predicate)
        if not (habit or regret or (predicate.pos_ == "ADJ" and self._past_stance(predicate))):
            return False
        sent = predicate.sent
        return not any(
            t.lower_ in self.w.present_markers
            or (
                t.tag_ in ("VBP", "VBZ")
                and t.dep_ not in ("aux", "auxpass")
                and not _said_of_something_else(t)
            )
            for t in sent
        )

    def _past_stance(self, predicate: Token) -> bool:
        """'I was interested in the model you described': a feeling of the interview, not
        of now ('I remain excited about the audit you described')."""
        governor = predicate.head if predicate.dep_ in ("acomp", "oprd") else predicate
        return _past(predicate) or _past(governor)

    def _employers_own(self, node: Token) -> bool:
        """The employer's own work, plans or ways: 'your mission', 'the audit you described',
        'what your team is building', 'the values of Acme'; not the reader's part in the
        exchange ('your time', 'your feedback')."""
        if node.pos_ in ("VERB", "AUX"):
            return self._employers_own_wh_clause(node)
        if node.pos_ not in ("NOUN", "PROPN") or node.lemma_.lower() in self.w.exchange_nouns:
            return False
        for child in node.children:
            if child.dep_ == "poss" and (
                child.lower_ in self.w.reader_possessives or self._is_employer(child)
            ):
                return True
            if child.dep_ == "relcl" and self._employers_own_clause(child):
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ in self.w.employer_links_weak
                and any(g.dep_ == "pobj" and self._is_employer(g) for g in child.children)
            ):
                return True  # 'the mission of Acme'
        return False

    def _hopes_it_works_out(self, hope: Token) -> bool:
        """'I'm really hoping this works out', 'I hope it all pans out': the application,
        referred to by a pronoun, turning out well (not 'I hope it works out for you')."""
        for clause in (c for c in hope.children if c.dep_ == "ccomp"):
            if self._negated(clause) or not any(
                c.dep_ == "prt" and c.lower_ in self.w.outcome_particles for c in clause.children
            ):
                continue
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            others = [
                g
                for c in clause.children
                if c.dep_ == "prep"
                for g in c.children
                if g.lower_ not in self.w.first_person
            ]
            if subjects and all(s.lower_ in self.w.referring_pronouns for s in subjects):
                return not others
        return False

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
                    if child.lower_ in self.w.circumstance_prepositions:
                        continue  # 'even more keen after meeting the team': when, not what
                    yield from (g for g in child.children if g.dep_ in ("pobj", "pcomp"))
                elif head is predicate and (
                    child.dep_ in (*_CLAUSES, "dobj", "attr")
                    or (child.dep_ == "pobj" and predicate.pos_ == "ADP")  # 'would like it'
                ):
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
        if predicate.lower_ in self.w.weak_adjectives:
            return False
        if predicate.pos_ not in ("ADJ", "VERB") and not _fragment_head(predicate):
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
        """'my interest in the role', 'the preference I expressed for Acme', 'X remains my
        first choice', 'has been my dream', 'I want to reiterate my enthusiasm'."""
        # the parser may hang 'for Acme' on the relative clause: 'the preference I had for Acme'
        heads = [noun, *(c for c in noun.children if c.dep_ == "relcl" and self._writers_clause(c))]
        for child in (c for h in heads for c in h.children):
            if child.dep_ in _PREPOSITIONS and any(
                self._counts(g, strong=True) for g in child.children if g.dep_ in ("pobj", "pcomp")
            ):
                return True
        if self._kept(noun):
            return True
        if noun.dep_ == "attr":
            subjects = [c for c in noun.head.children if c.dep_ in ("nsubj", "csubj")]
            if any(self._counts(s, strong=True) or self._ranks(s) for s in subjects):
                return True
        return noun.lemma_.lower() in self.w.preference_nouns and self._ranked(noun)

    def _kept(self, noun: Token) -> bool:
        """'I want to reiterate my enthusiasm', 'my interest remains', 'nothing changes my
        preference': interest restated or kept, which needs no complement."""
        verb = noun.head
        lemma = verb.lemma_.lower()
        if noun.dep_ == "dobj" and lemma in self.w.restating_verbs:
            return not self._negated(verb)
        if noun.dep_ == "nsubj" and lemma in self.w.continuing_verbs:
            return not self._negated(verb)
        return lemma in self.w.change_verbs and self._denied(verb)

    def _preferred_employer(self, noun: Token) -> bool:
        """'Silverline is the better fit', 'the vacancy looks like the right place for me',
        'Acme feels like the place where I could grow', 'I'd regard X as the preferable outcome'."""
        ranked_job = self._ranked_for_writer(noun)
        if noun.lemma_.lower() not in self.w.evaluation_nouns and not ranked_job:
            return False
        if not (
            self._ranked(noun) or self._writers_own_place(noun) or self._meant_for_writer(noun)
        ):
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

    def _meant_for_writer(self, noun: Token) -> bool:
        """'Acme is the place for me', 'this is the job for me': the one for the writer."""
        return _definite(noun) and self._for_writer(noun)

    def _for_writer(self, word: Token) -> bool:
        """'… for me': the word is the writer's by a benefactive phrase."""
        return any(
            c.dep_ == "prep"
            and c.lower_ in self.w.benefactive_prepositions
            and any(g.lower_ in self.w.first_person for g in c.children)
            for c in word.children
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
            if strong and self._job_comes_to_writer(token):
                return True  # 'I hope the role comes my way'
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
        if _perfect_infinitive(verb):
            return False  # 'honoured to have been considered': done, not wanted
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
        if self._wins_the_job(verb):
            return True  # 'to get the job', 'delighted to accept an offer'
        if any(self._as_the_role(c) for c in verb.children):
            return True  # 'glad to continue my career with you as HVAC Service Engineer'
        if any(c.lower_ in self.w.joining_adverbs for c in verb.children):
            return True  # 'to come aboard', 'get onboard'
        if lemma in self.w.not_interest_verbs:
            # 'I will be given the chance to serve at Acme', not 'discuss the opportunity'
            return any(c.dep_ == "dobj" and self._chance_to_join(c, strong) for c in verb.children)
        if self._writers_own_job(verb):
            return False  # 'starting my new job elsewhere': not this employer's job
        if lemma in self.w.joining_verbs or (strong and lemma in self.w.serving_verbs):
            return True
        if lemma in self.w.serving_verbs and self._served_through_object(verb):
            return True
        if lemma in self.w.applying_verbs and not _has_object(verb):
            return True  # 'I would be happy to apply once more'
        if self._object_gap_counts(verb, strong):
            return True
        newcomer = any(self._newcomer(c) for c in verb.children)
        feeling = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # 'was thrilled'
        if strong and lemma == "be" and newcomer and not _past(feeling):
            return True  # 'thrilled to be the newest pair of hands in the edit suite'
        for child in verb.children:
            if child.dep_ in ("dobj", "attr", "dative") and self._noun_counts(child, strong, 1):
                return True
            if strong and child.dep_ == "dobj" and self._their_work(child):
                # 'I would enjoy solving it again', 'keen to tackle your backlog'; not the
                # letter's purpose told in the past: 'I wanted to correct that'
                referring = child.lower_ in self.w.referring_pronouns
                if not (referring and verb.dep_ == "xcomp" and _past(verb.head)):
                    return True
            if (child.dep_ in _PREPOSITIONS or (strong and _is_dative_preposition(child))) and any(
                self._noun_counts(g, strong, 1) for g in child.children if g.dep_ == "pobj"
            ):
                return True  # 'work with your team', 'keen to bring my skills to your team'
            if strong and self._for_the_reader(child):
                return True  # 'I'd love the chance to do the same for you'
            if (
                child.dep_ in ("conj", "xcomp")  # 'to join Acme and contribute', 'help set up'
                and child.pos_ in ("VERB", "AUX")
                and self._verb_counts(child, strong)
            ):
                return True
        return False

    def _as_the_role(self, prep: Token) -> bool:
        """'as HVAC Service Engineer', 'come on as tower crane operator': the role itself,
        named by the head noun of the context's position."""
        if prep.dep_ != "prep" or prep.lower_ != "as":
            return False
        words = {t.lower_ for g in prep.children if g.dep_ == "pobj" for t in g.subtree}
        return bool(words & self.position)

    def _writers_own_job(self, verb: Token) -> bool:
        """'start my new job', 'return to my team': the object is a job the writer owns,
        not tied to this employer ('begin my career with Northmoor' is theirs)."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [g for p in verb.children if p.dep_ == "prep" for g in p.children]
        owned = any(
            o.lemma_.lower() in self.w.target_nouns
            and any(c.dep_ == "poss" and c.lower_ in self.w.first_person for c in o.children)
            for o in objects
        )
        places = [
            g for n in (verb, *objects) for p in n.children if p.dep_ == "prep" for g in p.children
        ]
        return owned and not any(self._is_employer(g) for g in places)

    def _their_work(self, obj: Token) -> bool:
        """A piece of the employer's work that the writer would gladly do: a pronoun for a
        problem they described, or something of theirs (the verb is not one of asking,
        hearing or sending, which the caller has ruled out)."""
        return obj.lower_ in self.w.referring_pronouns or self._employers_own(obj)

    def _wins_the_job(self, verb: Token) -> bool:
        """'get the job', 'land the role', 'accept an offer from you': obtaining the job, or
        accepting the reader's offer (not 'accept the other offer')."""
        lemma = verb.lemma_.lower()
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if lemma in self.w.obtaining_verbs and obj.lemma_.lower() in self.w.opening_nouns:
                return not any(c.dep_ == "poss" for c in obj.children)
            if lemma in self.w.accepting_verbs and obj.lemma_.lower() in self.w.offer_nouns:
                elsewhere = any(self._from_elsewhere(c) for c in (*obj.children, *verb.children))
                return not elsewhere and not any(
                    c.lower_ in self.w.novelty_words or c.dep_ == "poss" for c in obj.children
                )
        return False

    def _from_elsewhere(self, prep: Token) -> bool:
        """'the offer from Globex': from a named organisation that is not the employer."""
        return prep.dep_ == "prep" and any(
            g.pos_ == "PROPN" and not self._is_company(g) for g in prep.children
        )

    def _chance_to_join(self, noun: Token, strong: bool) -> bool:
        """'the chance to serve at Acme': a chance whose complement is the job."""
        if noun.lemma_.lower() not in self.w.transparent_nouns:
            return False
        inner = [c for c in noun.children if c.dep_ in ("acl", "relcl", "prep")]
        return any(
            self._inner_counts(c, strong) for c in inner if c.dep_ != "prep" or c.lower_ == "of"
        )

    def _served_through_object(self, verb: Token) -> bool:
        """'glad to build the same reputation for your practice': the parser hangs the
        employer on the object of a verb of service rather than on the verb."""
        return any(
            self._noun_counts(g, False, 2)
            for obj in verb.children
            if obj.dep_ == "dobj"
            for prep in obj.children
            if prep.dep_ == "prep"
            for g in prep.children
            if g.dep_ == "pobj"
        )

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
                if noun.i in self._reading:
                    return False  # back from its own inner clause: no answer there
                self._reading.add(noun.i)
                try:
                    return any(self._inner_counts(c, strong) for c in inner)
                finally:
                    self._reading.discard(noun.i)
            if strong and lemma in self.w.opening_nouns | self.w.chance_nouns:
                return _definite(noun)  # 'I'd jump at the chance': the one on offer
        if lemma in self.w.target_nouns or noun.lower_ in self.w.target_nouns:
            return True
        if self._is_company(noun) or noun.lower_ in self.position:
            return True
        if depth == 0 and strong and noun.lower_ in self.w.referring_pronouns:
            return True
        if depth == 0 and strong and _this_one(noun):
            return True  # 'this one is still the one I am hoping for'
        if strong and lemma in self.w.stage_nouns and self._ahead(noun):
            return True  # 'enthusiastic about the next stage'
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
            if depth > 0 and self._serves_employer(prep, objects, strong):
                return True
            if prep.lower_ in self.w.employer_prepositions and any(
                self._is_company(g) for g in objects
            ):
                return True  # 'the nursing family at Mercy Bay', 'a career with Acme'
            if lemma in self.w.partitive_nouns and prep.lower_ in self.w.partitive_links:
                for g in objects:
                    if strong and g.lower_ in self.w.referring_pronouns:
                        return True  # 'I would love to be part of it'
                    if g.pos_ in ("VERB", "AUX") and self._employers_own_clause(g):
                        return True  # 'part of what you are building'
                    if g.dep_ == "pobj" and self._noun_counts(g, strong, depth + 1):
                        return True
        return False

    def _ahead(self, noun: Token) -> bool:
        """'the next stage', 'the upcoming round'."""
        return any(c.dep_ == "amod" and c.lower_ in self.w.future_words for c in noun.children)

    def _serves_employer(self, prep: Token, objects: list[Token], strong: bool) -> bool:
        """'put my experience at the service of Acme', 'devote my energy to the success of the
        team'; after a strong predicate also 'to' or 'for' ('hope I can be of service to your
        organisation'), which after a weak one mostly offers ('happy to prepare a plan for
        the team')."""
        linking = self.w.employer_links if strong else self.w.employer_links_weak
        return prep.lower_ in linking and any(self._is_employer(g) for g in objects)

    def _employers_own_wh_clause(self, verb: Token) -> bool:
        """'what your team is building', 'how you run the ward', 'how the role sounds': the
        employer's own doing, or the job's, not a clause about the exchange ('I want you to
        know')."""
        wh = any(c.tag_ in ("WP", "WRB", "WDT") for c in verb.children)
        if not wh or verb.lemma_.lower() in self.w.not_interest_verbs:
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return self._employers_own_clause(verb) or any(  # 'how the role sounds'
            self._noun_counts(s, True, 0) and s.lower_ not in self.w.referring_pronouns
            for s in subjects
        )

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

    def _is_employer(self, noun: Token) -> bool:
        """The company by name, or an organisation noun that is not the writer's own."""
        if self._is_company(noun):
            return True
        return noun.lemma_.lower() in self.w.organisation_nouns and not any(
            c.dep_ == "poss" and c.lower_ in self.w.first_person for c in noun.children
        )

    def _is_company(self, token: Token) -> bool:
        """A word of the context's company name, or any organisation when none is known. A
        name whose head is generic ('Ebène Bank') is known by its other words."""
        names = [token, *(c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN")]
        return any(self._is_company_word(t) for t in names)

    def _is_company_word(self, token: Token) -> bool:
        """One word of the company's name."""
        if self.company is None:
            return token.ent_type_ == "ORG" and token.pos_ == "PROPN"
        return token.lower_ in self.company and token.text[:1].isupper()

    def _future_opening(self, token: Token) -> bool:
        """'future Library Assistant roles', 'any upcoming openings' (after a rejection), 'if
        any facilitation work comes up'."""
        lemma = token.lemma_.lower()
        if lemma in self.w.loose_opening_nouns:
            some = any(
                c.dep_ in ("det", "amod") and c.lower_ in self.w.quantity_words
                for c in token.children
            )
            return some and (
                any(self._opens_up(verb) for verb in _verbs_of_subject(token))
                or self._wished_if_it_opens(token)
            )
        if lemma not in self.w.opening_nouns:
            return False
        if any(self._opens_up(verb) for verb in _verbs_of_subject(token)):
            return True
        if self._wished_if_it_opens(token):
            return True
        return any(
            c.lower_ in self.opening_words
            for c in token.children
            if c.dep_ in ("amod", "compound", "det")
        )

    def _newcomer(self, attr: Token) -> bool:
        """What the writer would be is the newest arrival: 'the newest pair of hands', 'your
        next hire'."""
        return attr.dep_ == "attr" and any(
            c.dep_ == "amod" and c.lower_ in self.w.newcomer_words for c in attr.children
        )

    def _wished_if_it_opens(self, noun: Token) -> bool:
        """'If the Japan role you mentioned firms up next year, I would want to be in that
        conversation': a sentence that opens on a condition holding the opening, and whose
        main clause is the writer's wish (read from the sentence, as the parser often garbles
        the condition's verb)."""
        sent = noun.sent
        root = sent.root
        return (
            sent[0].lower_ in self.w.conditions and noun.i < root.i and self._wish_said_ahead(root)
        )

    def _opens_up(self, verb: Token) -> bool:
        """'if another position opens up', 'should a similar role come up': a conditional
        about a new opening, not a report of a past one. With any other verb ('if the Japan
        role firms up next year') the writer's answer must say the wish: 'I would want to be
        in that conversation'."""
        if verb.tag_ == "VBD":
            return False
        if verb.lemma_.lower() not in self.w.opening_verbs:
            return self._conditional(verb) and self._wish_said_ahead(verb.head)
        if self._marked_condition(verb):
            return True
        # An inverted 'Should a position open again' is often misparsed: the condition then
        # only opens the sentence.
        opener = verb.sent[0]
        return opener.lower_ in self.w.conditions and opener.i < verb.i

    def _marked_condition(self, clause: Token) -> bool:
        """A clause marked as a condition: 'if ...', 'should ...'."""
        return any(
            c.dep_ in ("mark", "aux") and c.lower_ in self.w.conditions for c in clause.children
        )

    def _conditional(self, clause: Token) -> bool:
        """A condition on the clause it hangs from: 'if ...', 'should ...'."""
        return clause.dep_ == "advcl" and self._marked_condition(clause)

    def _wish_said_ahead(self, answer: Token) -> bool:
        """The writer's wish, said ahead: 'I would want to be in that conversation', 'I'd love
        to hear about it'."""
        modal = any(c.tag_ == "MD" for c in answer.children)
        return (
            self._writers_clause_now(answer)
            and modal
            and answer.lemma_.lower() in self.w.wanting_verbs
        )


def _definite(noun: Token) -> bool:
    """'the chance', 'this role': a noun that points at one thing the reader knows."""
    return any(
        c.dep_ in ("det", "poss") and c.tag_ in ("DT", "PRP$") for c in noun.children
    ) and not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no") for c in noun.children)


def _fragment_head(token: Token) -> bool:
    """'Keen as mustard to get started': the adjective opening a verbless fragment, which the
    tagger reads as a name."""
    return token.pos_ == "PROPN" and token.dep_ == "ROOT" and token.i == token.sent.start


def _modal_verb_as_preposition(token: Token) -> bool:
    """'I would very much like it': a verb after a modal and a subject that the tagger reads
    as a preposition."""
    return (
        token.pos_ == "ADP"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def _verbs_of_subject(noun: Token) -> list[Token]:
    """The verbs a noun is the subject of: its head, or an attached verb or adjective when
    the parser misreads the clause ('a position ... open' as a modifier)."""
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(noun.head)
    return verbs


def _is_dative_preposition(token: Token) -> bool:
    """'bring my skills to your team': the parser reads 'to' as a dative."""
    return token.dep_ == "dative" and token.pos_ == "ADP"


def _what_it_is_about(word: Token) -> list[Token]:
    """The words a stance is directly about: objects of its prepositions, its clauses and
    objects, and their own objects ('keen to know the outcome' -> know, outcome)."""
    found: list[Token] = []
    for child in word.children:
        if child.dep_ == "prep":
            found += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        elif child.dep_ in ("xcomp", "ccomp", "acl", "relcl", "dobj", "pobj", "pcomp"):
            found.append(child)
    for verb in [t for t in found if t.pos_ in ("VERB", "AUX")]:
        found += [g for g in verb.children if g.dep_ in ("dobj", "attr")]
        for prep in (g for g in verb.children if g.dep_ == "prep"):
            found += [g for g in prep.children if g.dep_ == "pobj"]
    return found


def _impersonal(noun: Token) -> bool:
    """'It would be an honour to ...': a value noun whose clause has the empty 'it'."""
    head = noun.head if noun.dep_ == "attr" else noun
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)


def _this_one(noun: Token) -> bool:
    """'this one', 'that one': a pronoun-like noun pointing at the job in hand."""
    return noun.lower_ == "one" and any(
        c.dep_ == "det" and c.lower_ in ("this", "that") for c in noun.children
    )


def _perfect_infinitive(verb: Token) -> bool:
    """'to have been considered', 'to have met the team'."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBN" and "to" in auxiliaries and "have" in auxiliaries


def _past(verb: Token) -> bool:
    """'I looked', 'I was looking': said of the past."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def _has_object(verb: Token) -> bool:
    """'apply my skills', 'apply what I learned': the verb takes an object or a clause."""
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children)


def _told_of_the_past(span: Span) -> bool:
    """An idiom inside a clause in the past: 'I stood at the front of the queue at the bank'
    (not 'you'll find me at the front of the queue')."""
    verb = next((t for t in (span.root, *span.root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and _past(verb)


def _said_of_something_else(verb: Token) -> bool:
    """'it's not the news I was hoping for, but that's the way it goes': a present verb whose
    subject is a thing, which carries no feeling of the writer's into the present."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl")]
    return bool(subjects) and all(s.lower_ in ("it", "that", "this", "there") for s in subjects)
