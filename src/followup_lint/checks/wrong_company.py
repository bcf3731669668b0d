"""Rule `wrong-company`: another organisation named where the employer belongs (a reused draft)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.checks.complaint import is_perfect
from followup_lint.draft.model import TextRange

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from followup_lint.annotated import Draft

_WORD = re.compile(r"[^\W_]+")
_FIRST_PERSON = frozenset({"i", "we"})
_PAST = frozenset({"VBD", "VBN"})


def _past(verb: Token) -> bool:
    """A past verb, but not a participle used as an adjective ('I would be thrilled to')."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ != "acomp")


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above the token in the parse."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _writers_record(noun: Token) -> bool:
    """'I've had eleven years on the tools, the last three as leading hand on the HV crew at
    X': the noun sits in what the writer has done, a past or perfect clause of 'I'."""
    verb = _governing_verb(noun)
    if verb is None or not _past(verb) or verb.lemma_.lower() not in _RECORD_VERBS:
        return False  # not 'I met the team at X', which may be a reused note's interview
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lower_ in _FIRST_PERSON for s in subjects)


#: Verbs of a working record: 'I've had eleven years …', 'I spent three years …'.
_RECORD_VERBS = frozenset({"have", "spend", "work", "serve", "lead", "run", "supervise"})


#: Steps up through a phrase to the verb that governs it ('bring [this kind [of
#: [partnering]]] to X').
_PHRASE_STEPS = frozenset(
    {"pobj", "prep", "dobj", "compound", "amod", "nmod", "pcomp", "advcl", "xcomp", "acl", "appos"}
)


def _comes_on_board(verb: Token) -> bool:
    """'come on board', 'come aboard', 'get on board': the idiom for joining."""
    if verb.lemma_.lower() not in ("come", "get", "climb", "jump", "hop"):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ == "board" for o in c.children))
        or c.lower_ == "aboard"
        for c in verb.children
    )


def _own_objects(verb: Token) -> list[Token]:
    """The verb's objects the writer owns: 'my current shifts', 'our results'."""
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and any(p.dep_ == "poss" and p.lower_ in ("my", "our") for p in c.children)
    ]


def _writer_or_own(subject: Token) -> bool:
    """The writer, or what the writer brings: 'I', 'my background', 'our experience'."""
    if subject.lower_ in _FIRST_PERSON:
        return True
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subject.children)


def _organisation_elsewhere(token: Token) -> bool:
    """'Pellucid's mission' after 'useful for Pellucid Mobility': elsewhere in the note the
    same word is an organisation's (tagged so, or the first word of a name that is not a
    person's), so this mention, tagged a person, is the organisation too."""
    word = token.lower_
    for other in token.doc:
        if other.lower_ != word or other.i == token.i or other.ent_type_ in ("PERSON", "NORP"):
            continue
        if other.ent_type_ in ("ORG", "FAC"):
            return True
        if other.dep_ == "compound" and other.head.pos_ == "PROPN":
            return other.head.ent_type_ not in ("PERSON", "NORP")
    return False


def _where_writer_would_be(clause: Token) -> bool:
    """'where I'd rather be', 'where I want to work': the place the writer wishes to be."""
    if clause.dep_ not in ("ccomp", "advcl", "attr") or not any(
        c.lower_ == "where" for c in clause.children
    ):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    wished = any(c.tag_ == "MD" or c.lower_ == "rather" for c in clause.children)
    wished = wished or clause.lemma_.lower() in ("want", "wish", "hope", "like", "love")
    negated = any(c.dep_ == "neg" for c in clause.children)
    mine = any(s.lower_ in ("i", "we") for s in subjects)
    return wished and mine and not negated and not _past(clause)


def capitalised_common_word(token: Token) -> bool:
    """A common word capitalised only because it opens the sentence, with no other word of a
    name after it ('Banking is the domain ...', 'Halden Foods' is a name)."""
    if not token.is_sent_start or any(c.dep_ in ("compound", "flat") for c in token.children):
        return False
    if token.i + 1 < len(token.doc) and token.nbor().text[:1].isupper():
        return False
    from followup_lint.proofing.offline import word_frequency

    return (word_frequency(token.lower_) or 0) >= 1000


def _repeated_preposition(prep: Token) -> Token:
    """The earlier preposition a repeated one continues, when the parse hangs the repeat on
    the verb: in 'I'm keen on the role, and on Globex' the second 'on' is the first's."""
    earlier = [
        t
        for t in prep.head.subtree
        if t.i < prep.i and t.lower_ == prep.lower_ and t.dep_ == "prep"
    ]
    return earlier[-1] if earlier else prep


def _joining_hyphen(token: Token) -> bool:
    """A hyphen inside a name, with no space on either side: 'Rivière-Noire Aviation'."""
    return (
        token.text in ("-", "‑")
        and not token.whitespace_
        and token.i > 0
        and not token.doc[token.i - 1].whitespace_
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proper name found in an employer slot, in analysis offsets."""

    start: int
    end: int
    text: str


class WrongCompany(Check):
    """Finds proper names in employer slots (object of 'join', 'the role at X', 'your team at
    X', "X's mission", 'X is my first choice') and compares them tolerantly with the context
    company; names of former or current employers, universities, clients and competing offers
    sit elsewhere in the syntax, or are exempted by their clause (past work, 'my current role',
    'an offer from X')."""

    id = "wrong-company"
    needs = frozenset({"parser", "ner", "lemmatizer", "pos"})
    message_keys = frozenset({"wrong", "no-company"})

    def skip_reason(self, draft: Draft) -> str | None:
        """Without the employer's name there is nothing to compare with."""
        if not draft.context.company:
            return self.pack.message("no-company")
        return None

    def run(self, draft: Draft) -> Iterator[Hit]:
        company = draft.context.company
        if not company:
            return
        own = self._words(company)
        people = [self._words(name) for name in draft.context.interviewers]
        if draft.context.sender:
            people.append(self._words(draft.context.sender))
        title = set(self._words(draft.context.position or ""))
        history, makers = self._names_in_own_place(draft)
        seen: set[int] = set()
        for sent in self._prose_sentences(draft):
            for token in sent:
                candidate = self._candidate(token)
                if candidate is None or candidate.start in seen:
                    continue
                words = self._words(candidate.text)
                if not words or self.same_organisation(words, own):
                    continue
                if self._titled(words, title) or any(set(words) <= set(p) for p in people):
                    continue
                if self._place_of_study(words, own) or self._unit_name(words):
                    continue
                if self._department_name(words):
                    continue
                if any(self.same_organisation(words, other) for other in history):
                    continue  # named elsewhere as the writer's former or current employer
                if not self._in_wish(token) and any(
                    self.same_organisation(words, other) for other in makers
                ):
                    continue  # 'the role at X' after 'an offer from X'; not 'to join X'
                seen.add(candidate.start)
                yield self.hit(
                    "wrong",
                    TextRange(candidate.start, candidate.end),
                    suggestions=(company,),
                    name=candidate.text,
                    company=company,
                )

    def _titled(self, words: list[str], title: set[str]) -> bool:
        """The position's own name, perhaps with a word of the job beside it: 'the Graduate
        Economist Programme' when the post is Graduate Economist."""
        generic = self.term_set("slot-nouns") | self.term_set("employer-attributes")
        rest = set(words) - title
        return not rest or (len(rest) < len(words) and rest <= generic)

    def _place_of_study(self, words: list[str], own: list[str]) -> bool:
        """'study at the University of Leeds': a university stays in its own place unless
        the employer is one too."""
        places = self.term_set("study-places")
        return bool(places & set(words)) and not places & set(own)

    def _unit_name(self, words: list[str]) -> bool:
        """'the panel at the College of Engineering', 'the School of Nursing': a unit noun and
        field words with nothing distinctive name a part of the employer, not another one
        ('Harlow College of Engineering' has a word of its own)."""
        units = self.term_set("unit-nouns")
        generic = (
            units
            | self.term_set("department-words")
            | self.term_set("field-words")
            | self.term_set("generic-leads")
            | self.term_set("study-places")
        )
        return bool(units & set(words)) and set(words) <= generic

    def _department_name(self, words: list[str]) -> bool:
        """'the Corporate FP&A team', 'the R&D group': a name made only of department words
        and short letters ('FP&A' is read as 'fp', 'a') names a part of the employer."""
        departments = self.term_set("department-words") | self.term_set("generic-leads")
        named = [w for w in words if w in departments]
        return bool(named) and all(w in departments or len(w) <= 2 for w in words)

    # -- where the employer belongs ----------------------------------------------------------

    def _prose_sentences(self, draft: Draft) -> Iterator[Span]:
        prose = [r for r in (draft.parts.subject, *draft.parts.paragraphs) if r is not None]
        for sent in draft.sentence_list():
            if any(r.contains(sent.start_char) for r in prose):
                yield sent

    def _candidate(self, token: Token) -> Candidate | None:
        """The name `token` heads, when it stands in an employer slot and nothing exempts it."""
        if not self._is_name(token):
            return None
        name = self._name_span(token)
        anchor = self._name_head(token, name)
        if anchor.i != token.i:
            if self._is_name(anchor):
                return None  # not the head of its name ('Halden' in 'Halden Foods')
            token = anchor  # a name ending in a common noun: 'Harlow Distribution'
        if self._personal(token, name):
            return None  # 'Dr Ellery's group': a person, not an organisation
        if token.lemma_.lower() in self.term_set("event-nouns"):
            return None  # 'the Northbridge Air Show', 'the Hospitality Expo': an event
        slot = self._in_employer_slot(token) or self._brought_to(token, name)
        if not slot or self._exempt(token):
            return None
        if self._in_own_place(token):
            return None
        return name

    # -- the organisation's own place ------------------------------------------------------

    def _names_in_own_place(self, draft: Draft) -> tuple[list[list[str]], list[list[str]]]:
        """Names the note itself places as the writer's past or present employer ('At Acme I
        led...') and as makers of another offer ('Acme has offered me the post'): a name
        keeps its role through a note, so 'the role at Acme' later on is that role."""
        history: list[list[str]] = []
        makers: list[list[str]] = []
        for sent in self._prose_sentences(draft):
            for token in sent:
                if not self._is_name(token):
                    continue
                name = self._name_span(token)
                if name.start <= token.head.idx < name.end and token.head.i != token.i:
                    continue
                words = self._words(name.text)
                if not words:
                    continue
                if self._in_own_place(token):
                    history.append(words)
                elif self._exempt(token) or self._offers(token):
                    makers.append(words)
        return history, makers

    def _in_wish(self, token: Token) -> bool:
        """The name sits under the writer's own wish: 'to build my career at X', 'join X'."""
        verbs = [a for a in token.ancestors if a.pos_ in ("VERB", "AUX")]
        return any(self._writers_wish(v) for v in verbs)

    def _offers(self, token: Token) -> bool:
        """The organisation makes an offer: 'Acme has offered me the post', 'Acme made me an
        offer'."""
        if token.dep_ != "nsubj":
            return False
        verb = token.head
        offers = self.term_set("offer-words")
        return verb.lemma_.lower() in offers or any(
            c.dep_ == "dobj" and c.lemma_.lower() in offers for c in verb.children
        )

    def _in_own_place(self, token: Token) -> bool:
        """The writer's own history: a span of time ('my five years with X'), the writer's
        past or present work there ('I was at X for six years', 'having spent four years at
        X', 'I currently work for X', 'X gave me my first job'), the tenure still running
        ('stay at X until May', 'work out my notice at X')."""
        if any(c.dep_ == "relcl" and self._writers_history(c) for c in token.children):
            return True  # 'Bean Republic, where I was a barista for two years'
        if token.dep_ == "appos" and self._own_employer_noun(token.head):
            return True  # 'my current employer, Harcastle Insurance,'
        if token.dep_ == "pobj":
            prep = token.head
            if prep.dep_ == "conj" and prep.head.pos_ != "ADP":
                prep = _repeated_preposition(prep)  # 'keen on the role, and on X'
            holder = prep.head
            if holder.pos_ in ("NOUN", "PROPN") and holder.ent_type_ == "DATE":
                return True  # 'my five years with X', 'ten years at X'
            if holder.pos_ == "NOUN":
                return self._formed_the_writer(holder) or self._readers_partner(token, holder)
            if holder.pos_ not in ("VERB", "AUX"):
                return False
            if self._for_the_reader(holder, token) or self._attached_to_past(holder, token):
                return True
            if self._keeps_own_work(holder):
                return True
            return self._writers_history(holder)
        if token.dep_ == "nsubj":
            return self._formed_the_writer(token)
        if token.dep_ == "dobj" and token.head.pos_ == "VERB":
            return self._writers_history(token.head)  # 'since I joined X', 'I left X'
        return False

    def _own_employer_noun(self, noun: Token) -> bool:
        """'my current employer', 'my old firm': the writer's own workplace, by its noun."""
        return noun.lemma_.lower() in self.term_set("own-workplace-nouns") and any(
            c.dep_ == "poss" and c.lower_ in ("my", "our") for c in noun.children
        )

    @staticmethod
    def _formed_the_writer(subject: Token) -> bool:
        """The organisation, or its people, did something to the writer in the past: 'X gave
        me my first job', 'The team at X taught me a lot'."""
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
            return False
        mine = any(c.lower_ in ("me", "us") for c in verb.children if c.dep_ != "nsubj")
        return mine and _past(verb)

    def _readers_partner(self, name: Token, noun: Token) -> bool:
        """A partner or client in the reader's own work: "your firm's work with X", 'your
        project for X' - not 'your team at X', which is the employer's slot."""
        if name.head.lower_ not in ("with", "for"):
            return False
        owners = [c for c in noun.children if c.dep_ == "poss"]
        reader = self.term_set("reader-words")
        return any(t.lower_ in reader for o in owners for t in o.subtree)

    def _keeps_own_work(self, verb: Token) -> bool:
        """'keep working my current Saturday shifts at X': the verb's object is the writer's
        present or past work, so the place is the writer's own."""
        marks = self.term_set("own-job-marks")
        return any(m.lower_ in marks for o in _own_objects(verb) for m in o.children)

    def _for_the_reader(self, verb: Token, name: Token) -> bool:
        """The same verb names the reader's own work as its goal, so the name is a partner,
        client or tool on it: 'work with X on your vaccine project', 'build dashboards for X,
        one of your key accounts'."""
        reader = self.term_set("reader-words")
        appositives = [c for c in name.children if c.dep_ == "appos"]
        if any(t.lower_ in reader for a in appositives for t in a.subtree):
            return True
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i == name.head.i:
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.lemma_.lower() in self.term_set("team-nouns"):
                    continue  # 'work at X with your team' still puts X in the employer's place
                if any(c.dep_ == "poss" and c.lower_ in reader for c in obj.children):
                    return True
        return False

    def _writers_history(self, verb: Token) -> bool:
        """A verb of the writer's own working life rather than a wish: past, perfect or
        present-tense work by the writer, a tenure that runs on ('until June', 'still'), or
        leaving ('give notice to X', 'leave X')."""
        lemma = verb.lemma_.lower()
        children = list(verb.children)
        words = {c.lower_ for c in children if c.dep_ in ("advmod", "prep", "mark")}
        words |= {g.lower_ for c in children if c.dep_ == "advcl" for g in c.children}
        subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
        # 'my application is still under consideration at X': the application's wait, not
        # the writer's tenure
        tenure = not subjects or any(_writers_side(s) for s in subjects)
        if tenure and words & self.term_set("tenure-marks"):
            return True
        if lemma in self.term_set("leaving-verbs"):
            return True
        leaving = self.term_set("leaving-nouns")
        if any(c.dep_ == "dobj" and c.lemma_.lower() in leaving for c in children):
            return True
        if self._spans_time(verb) and not self._wished(verb):
            return True
        mine = bool(subjects) and all(_writers_side(s) for s in subjects)
        if self._perfect_participle(verb):
            return not subjects or mine
        if not mine or any(c.tag_ == "MD" for c in children):
            return False
        if lemma in self.term_set("event-verbs") and all(
            s.lower_ in _FIRST_PERSON for s in subjects
        ):
            return False  # 'I met the team at X' is the interview, judged elsewhere
        if _past(verb) and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
            return True  # 'I was at X', 'I spent six years at X'
        present = verb.tag_ in ("VBP", "VBZ") or (
            verb.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in children)
        )
        work = self.term_set("work-verbs")
        return present and lemma in work  # 'I work at X', 'I am currently working for X'

    @staticmethod
    def _perfect_participle(verb: Token) -> bool:
        """'Having spent four years at X', 'since joining X'."""
        if any(c.lower_ == "having" for c in verb.children if c.dep_ == "aux"):
            return True
        return verb.tag_ == "VBG" and verb.head.lower_ in ("since", "after")

    @staticmethod
    def _spans_time(verb: Token) -> bool:
        """A duration on the verb: 'spent four years at X', 'was at X for six years'."""
        for child in verb.children:
            if child.dep_ in ("dobj", "npadvmod") and child.ent_type_ == "DATE":
                return True
            dated = any(g.ent_type_ == "DATE" for g in child.children)
            if child.dep_ == "prep" and child.lower_ == "for" and dated:
                return True
        return False

    @staticmethod
    def _attached_to_past(verb: Token, name: Token) -> bool:
        """The name's preposition follows, word for word, something of the writer's past
        that it most likely belongs to: a past relative clause ('replicate the success we had
        at X') or a span of years ('build on my five years with X')."""
        prep = name.head
        if prep.i == 0 or prep.head.i != verb.i:
            return False
        before = name.doc[prep.i - 1]
        if before.ent_type_ == "DATE" and any(c.dep_ == "nummod" for c in before.children):
            return True
        clause = next((a for a in (before, *before.ancestors) if a.dep_ == "relcl"), None)
        return (
            clause is not None
            and clause.tag_ == "VBD"
            and clause.right_edge.i == before.i
            and any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in clause.children)
        )

    def _personal(self, token: Token, name: Candidate) -> bool:
        """A name led by a personal title ('Dr Ellery', 'Professor Achebe')."""
        titles = self.term_set("person-titles")
        first = token.doc.char_span(name.start, name.end, alignment_mode="expand")
        words = [first[0]] if first is not None and len(first) else []
        if first is not None and first.start > token.sent.start:
            words.append(token.doc[first.start - 1])
        return any(w.lower_ in titles for w in words)

    def _is_name(self, token: Token) -> bool:
        if not token.text[:1].isupper():
            return False  # most words: decided before reading the tags
        named = token.ent_type_ in ("ORG", "FAC", "GPE") and token.is_title
        if token.pos_ != "PROPN" and not named:  # the small model tags some firms as nouns
            return False
        if token.ent_type_ in ("DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT"):
            return False
        if self._capitalised_word(token) or _after_indefinite(token):
            return False
        return token.lower_ not in self.term_set("not-names")

    @staticmethod
    def _capitalised_word(token: Token) -> bool:
        """'Banking is the domain where I feel at home': a common word capitalised only
        because it opens the sentence, with no entity tag and no other word of a name."""
        if token.ent_type_ or token.i + 1 >= len(token.doc):
            return False
        return capitalised_common_word(token)

    def _in_employer_slot(self, token: Token) -> bool:
        dep, head = token.dep_, token.head
        if dep == "dobj" and head.lemma_.lower() in self.term_set("join-verbs"):
            return self._wished(head)
        if dep in ("dobj", "nsubj") and not self._person_like(token) and self._served(token):
            return True
        if dep == "poss":
            return (
                (self._organisation_like(token) or token.ent_type_ == "PRODUCT")
                and head.lemma_.lower() not in self.term_set("offer-words")
                and head.lemma_.lower() not in self.term_set("third-party-nouns")
                and not self._owned(head)
                and (
                    head.lemma_.lower() in self.term_set("employer-attributes")
                    or self._wanted(head)
                )
            )
        if dep == "pobj" and head.pos_ == "ADP":
            prep = head
            while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
                prep = prep.head  # 'about the role and about Globex'
            if prep.dep_ == "conj":
                prep = _repeated_preposition(prep)  # 'keen on the role, and on Globex'
            owner = prep.head
            if owner.lower_ in ("here", "there") and owner.dep_ == "advmod":
                owner = owner.head  # 'to grow here at X': the growing is at X
            before = token.doc[prep.i - 1] if prep.i > 0 else None
            if (
                before is not None
                and before.i != owner.i
                and owner.pos_ not in ("VERB", "AUX")
                and before.pos_ == "NOUN"
                and before.lemma_.lower() in self.term_set("slot-nouns")
            ):
                owner = before  # 'to partner with the team at X': the parse hung 'at' higher
            elif (
                before is not None
                and owner.pos_ == "VERB"
                and before.lemma_.lower() in self.term_set("slot-nouns")
                and before.head.lower_ == "to"
                and before.head.head.i == owner.i
                and self._in_to_verbs(owner)
            ):
                owner = before  # 'to bring my skills to the team at X': the team is at X
            elif (
                prep.lower_ == "to"
                and owner.dep_ == "dobj"
                and owner.pos_ == "NOUN"
                and self._in_to_verbs(owner.head)
            ):
                owner = owner.head  # 'bring the same approach to X': hung on the object
            elif owner.lemma_.lower() == "be" and prep.lower_ in ("at", "with"):
                # 'my application is still under consideration at X': the application's place
                held = [
                    c
                    for c in owner.children
                    if c.dep_ == "nsubj" and c.lemma_.lower() in self.term_set("slot-nouns")
                ]
                owner = held[0] if held else owner
            return self._after_preposition(token, head.lower_, owner)
        if dep in ("nsubj", "nsubjpass") and head.lemma_.lower() in ("be", "remain", "stay"):
            return self._preferred(head, token)
        if dep == "nsubj" and head.lemma_.lower() in self.term_set("needing-verbs"):
            return self._needs_the_writer(head)
        # 'the X team', and 'the Crumb & Co family', a name with a '&' the parse hangs apart
        if dep in ("compound", "amod", "nmod") and self._names_a_group(token, head):
            return self._team_name(token) and (
                self._joined(head) or self._hosted_by(head) or self._served(head)
            )
        return False

    def _brought_to(self, token: Token, name: Candidate) -> bool:
        """'I would be glad to bring this kind of patient fault-finding to Nordvig Energi',
        'the prospect of bringing this kind of partnering to Table Bay Logistics': a 'to'
        just before the name that belongs to 'bring' some phrases up, however the parse
        hangs it (on a noun of the phrase, or as an infinitive's 'to')."""
        doc = token.doc
        first = doc.char_span(name.start, name.end, alignment_mode="expand")
        if first is None or first.start == 0 or doc[first.start - 1].lower_ != "to":
            return False
        node = doc[first.start - 1].head
        if node.pos_ in ("VERB", "AUX") and doc[first.start - 1].dep_ == "prep":
            return False  # 'to X' on the verb itself: the usual reading decides
        for _ in range(7):
            giving = node.lemma_.lower() in self.term_set("giving-verbs")
            if node.pos_ in ("VERB", "AUX") and giving and node.i < token.i:
                return self._writer_moves(node) and not _past(node)
            if node.dep_ not in _PHRASE_STEPS or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _in_to_verbs(self, verb: Token) -> bool:
        """'bring', 'contribute', 'add': the writer giving something to a team."""
        return verb.lemma_.lower() in self.term_set("to-verbs")

    def _names_a_group(self, token: Token, noun: Token) -> bool:
        """The name says whose the noun is, as "X's" would: 'the X team' for any team noun;
        for any other noun but a unit's ('the X sales floor', 'the X edit suite') only a name
        the tagger reads as an organisation."""
        if noun.pos_ != "NOUN":
            return False
        lemma = noun.lemma_.lower()
        if lemma in self.term_set("project-nouns"):
            return False  # 'the Pilbara tender', 'the Globex contract': a project or a client
        if token.dep_ == "compound" and lemma in self.term_set("team-nouns"):
            return True
        one_word = not any(c.dep_ == "compound" for c in token.children)
        if one_word and lemma in self.term_set("site-nouns"):
            return False  # 'the walk round the Daventry site': a town, most likely
        # 'the Health Records department', 'the X wing': a part of the employer, by its name
        return token.ent_type_ == "ORG" and lemma not in self.term_set("unit-nouns")

    def _served(self, token: Token) -> bool:
        """The organisation the writer hopes to serve: 'proud to help X keep expanding
        access', 'I would love to support X'."""
        verb = token.head
        if token.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp"):
            verb = verb.head  # 'help X keep expanding': X is the subject of the complement
        elif token.dep_ != "dobj":
            return False
        return verb.lemma_.lower() in self.term_set("service-verbs") and self._writers_wish(verb)

    def _needs_the_writer(self, verb: Token) -> bool:
        """The organisation is said to need someone like the writer: 'I still think Harlow
        Energy needs someone who has taken a case to a hearing', 'X could use someone with
        my background', 'what X needs is someone who...' - not 'X needed someone' (past) or
        'the regulator needs someone to sign off every change'."""
        if _past(verb) or any(c.dep_ == "neg" for c in verb.children):
            return False
        wanted = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        wanted += [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("for", "from")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if any(w.lower_ == "what" for w in wanted) and verb.dep_ == "csubj":
            wanted += [c for c in verb.head.children if c.dep_ == "attr"]
        if any(w.lower_ == "what" for w in wanted) and verb.dep_ == "pcomp":
            return self._writer_fits(verb.head.head)  # 'a good match for what X is looking for'
        mine = {"me", "us", "my", "our"}
        for person in wanted:
            if person.lower_ in mine or any(c.lower_ in mine for c in person.children):
                return True
            described = any(t.lower_ in mine for t in person.subtree if t.i != person.i)
            if self._person(person) and (described or self._writer_speaks(verb, person)):
                return True
        return False

    def _writer_fits(self, noun: Token) -> bool:
        """'my experience is a good match for', 'I am the right fit for': the writer, or what
        the writer has, is said to suit what the organisation seeks."""
        if noun.lemma_.lower() not in self.term_set("fit-nouns") or noun.dep_ != "attr":
            return False
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        return any(
            s.lower_ in ("i", "we") or any(c.lower_ in ("my", "our") for c in s.children)
            for s in subjects
        )

    def _person(self, noun: Token) -> bool:
        """'someone', 'people', or a noun described by a 'who' clause ('a controller who')."""
        if noun.lemma_.lower() in self.term_set("person-words"):
            return True
        return any(
            c.dep_ == "relcl" and any(g.tag_ == "WP" for g in c.children) for c in noun.children
        )

    def _writer_speaks(self, verb: Token, person: Token) -> bool:
        """The writer vouches for the need or fits it in the same sentence: 'I think X needs
        someone who...', '... someone who has done it, which I have done twice', '..., and
        that is what I do'."""
        if any(t.lower_ in _FIRST_PERSON for t in person.subtree):
            return True
        return any(t.dep_ == "nsubj" and t.lower_ in _FIRST_PERSON for t in verb.sent)

    def _wanted(self, noun: Token) -> bool:
        """A possession the writer wishes to serve or work on: 'I would love to help run
        X's new warehouse', 'bring the same care to X's patients'."""
        if self._subject_of_service(noun):
            return True
        node = noun
        for _ in range(4):
            if node.dep_ not in ("dobj", "obj", "pobj", "prep", "conj", "appos"):
                return False
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return self._writers_wish(node)
        return False

    def _subject_of_service(self, noun: Token) -> bool:
        """The organisation's people as the ones the writer would help: 'my background would
        help X's trainees earn their wings', 'I could enable X's crews to work safer'."""
        clause = noun.head
        if noun.dep_ != "nsubj" or clause.dep_ not in ("ccomp", "xcomp"):
            return False
        verb = clause.head
        return verb.lemma_.lower() in self.term_set("service-verbs") and self._writers_wish(verb)

    def _wished_post(self, noun: Token) -> bool:
        """Any job title the writer wishes to work as: 'train as an apprentice at X', 'start
        as a junior buyer with X'."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = prep.head
        return self._wished(verb) and not self._someone_elses(verb)

    def _wished_start(self, noun: Token) -> bool:
        """'keen to get a start with X', 'hoping for a start at X': being taken on, wished."""
        if noun.lemma_.lower() != "start" or noun.dep_ != "dobj":
            return False
        verb = noun.head
        return verb.lemma_.lower() in ("get", "have") and self._wished(verb)

    def _someone_elses(self, verb: Token) -> bool:
        """The verb has a subject that is not the writer: 'it could help at X'."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(s.lower_ not in _FIRST_PERSON for s in subjects)

    def _writers_wish(self, verb: Token) -> bool:
        """A wish or plan of the writer's own ('I'm keen to drive for X', 'I would be proud
        to help X'), not someone else's ('the plan to move the suite to X')."""
        if not self._wished(verb):
            return False
        node = verb
        for _ in range(8):
            if _past(node):  # 'I was proud to help X' looks back
                return any(c.tag_ == "MD" for c in node.children)
            modal = any(c.tag_ == "MD" for c in node.children)
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if node.dep_ == "ccomp" and [s.lower_ for s in subjects] in (["me"], ["us"]):
                subjects = []  # 'would allow me to bring value to X': judged at 'allow'
            if subjects:
                if modal and all(s.lower_ == "it" for s in subjects):
                    return True  # 'It would be an honour to serve X'
                return all(_writer_or_own(s) for s in subjects)
            if node.dep_ == "csubj":  # 'Working at X would', 'Running X is my goal'
                return any(c.tag_ == "MD" for c in node.head.children) or self._named_a_goal(
                    node.head
                )
            if node.lemma_.lower() in self.term_set("thanking-verbs"):
                return True  # 'Thank you for the chance to work with X'
            chance = self._chance_of(node)
            if chance is not None:
                node = chance
                continue
            if node.dep_ not in ("xcomp", "acomp", "conj", "ccomp") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _chance_of(self, verb: Token) -> Token | None:
        """'the chance to contribute to X', 'an honour to serve X', 'the prospect of bringing
        … to X': the verb that holds the chance, so the writer's wish is judged there ('I
        would relish', 'I had', 'I am excited by')."""
        of = verb.head
        if verb.dep_ == "pcomp" and of.lower_ == "of" and of.dep_ == "prep":
            noun = of.head  # 'the prospect of bringing … to X'
        elif verb.dep_ in ("acl", "relcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            noun = verb.head  # 'the chance to contribute to X'
        else:
            return None
        if noun.pos_ != "NOUN":
            return None
        if noun.lemma_.lower() not in self.term_set("chance-nouns"):
            return None
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head  # 'excited about the role and the prospect of bringing …'
        holder = noun.head
        if noun.dep_ == "pobj":
            holder = holder.head
        return holder if holder.pos_ in ("VERB", "AUX", "ADJ") else None

    def _team_name(self, token: Token) -> bool:
        """A name before a team noun that reads as an organisation, not a department: 'the
        Globex team', but not 'the Analytics team' or 'the Platform Engineering team'."""
        if token.ent_type_ in ("NORP", "GPE", "LOC"):
            return False  # 'the London team', 'the Nigerian team': a branch, not a firm
        departments = self.term_set("department-words")
        words = [t for t in token.subtree if t.dep_ == "compound" or t.i == token.i]
        return not all(t.lower_ in departments for t in words)

    def _joined(self, noun: Token) -> bool:
        """The team is one the writer wishes to join: 'join the X team', 'be part of the X
        family', 'bring that to the X team', 'an asset to the X team', 'to be the newest hire in
        the X studio'."""
        head = noun.head
        if noun.dep_ == "dobj":
            return head.lemma_.lower() in self.term_set("join-verbs") and self._wished(head)
        if noun.dep_ != "pobj" or head.pos_ != "ADP":
            return False
        owner = head.head
        if head.lower_ == "to" and owner.pos_ in ("VERB", "AUX"):
            return owner.lemma_.lower() in self.term_set("to-verbs") and self._wished(owner)
        if head.lower_ == "to" and owner.pos_ == "NOUN":
            return self._belonging(owner, "to")  # 'a valuable addition to the X team'
        if head.lower_ == "of" and owner.lemma_.lower() in ("part", "member"):
            verb = owner.head
            return verb.pos_ in ("VERB", "AUX") and self._wished(verb)
        if head.lower_ == "in" and owner.dep_ == "attr" and owner.head.lemma_.lower() == "be":
            return self._wished(owner.head)  # 'to be the newest pair of hands in the X suite'
        return False

    def _hosted_by(self, noun: Token) -> bool:
        """The team the writer met at the interview: 'a pleasure to spend the afternoon with
        the X team', 'lovely meeting the X team', 'please thank the X team', 'my thanks to the
        X team' - not the writer's own past ('I met the X team at a trade fair', 'having spent
        four years with the X team')."""
        thanks = self.term_set("thanking-nouns")
        if noun.dep_ == "dobj":
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ in ("with", "to"):
            verb = noun.head.head
            if verb.lemma_.lower() in thanks or any(
                c.dep_ == "dobj" and c.lemma_.lower() in thanks for c in verb.children
            ):
                return True  # 'my thanks to the X team', 'convey my gratitude to the X team'
            if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
                if verb.lemma_.lower() not in self.term_set("shared-time-nouns"):
                    return False  # 'having more experience with STR reports'
                verb = verb.head  # 'having coffee with the X team'
        else:
            return False
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.lower()
        if lemma not in self.term_set("event-verbs") | self.term_set("thanking-verbs"):
            return False
        return not (self._writer_did(verb) or self._writers_history(verb))

    def _after_preposition(self, token: Token, prep: str, owner: Token) -> bool:
        """'the role at X', 'everyone at X', 'to work at X', 'interested in X', 'meeting
        with me at X', 'learning about X'."""
        lemma = owner.lemma_.lower()
        if prep in ("with", "for") and not self._organisation_like(token):
            return False  # 'the interview with Maria', 'working for Dr. Patel'
        if (
            token.ent_type_ in ("PERSON", "NORP")
            and prep not in ("at", "to")
            and not self._corporate(token)
        ):
            return False  # the small model tags many firms as people; 'at' rarely takes one
        slot_preps = self.term_set("slot-prepositions")
        if prep == "from" and self._awaited_word(owner):
            return True  # 'I look forward to hearing from X', 'waiting for good news from X'
        if owner.pos_ in ("NOUN", "PRON", "PROPN"):
            if lemma in self.term_set("place-nouns") and token.ent_type_ != "ORG" and prep != "for":
                return False  # 'the site visit at Low Moor': a place, maybe not a firm
            if prep in slot_preps and self._wished_post(owner):
                return True
            if prep in slot_preps and self._wished_start(owner):
                return True  # 'keen to get a start with X': to be taken on there
            if prep in ("to", "of") and self._belonging(owner, prep):
                return True
            if prep == "of" and self._wished_attribute(owner):
                return True
            if prep in slot_preps and self._wished_work(owner):
                return True
            if prep == "for" and owner.lemma_.lower() in self.term_set("fit-nouns"):
                return self._writer_fits(owner) and not _past(owner.head)  # 'a good match for X'
            if prep == "at" and self._wished_object(owner):
                return True
            return (
                prep in slot_preps
                and lemma in self.term_set("slot-nouns")
                and not self._owned(owner)
                and not _writers_record(owner)
            )
        if owner.pos_ == "ADJ":
            if prep in self.term_set("interest-prepositions"):
                return lemma in self.term_set("interest-words")
            # 'my experience could be useful for X', 'I would be valuable to X'
            return (
                prep in ("for", "to")
                and lemma in self.term_set("value-adjectives")
                and owner.dep_ == "acomp"
                and self._writers_wish(owner.head)
            )
        if owner.pos_ not in ("VERB", "AUX"):
            return False
        if prep == "to":
            if token.ent_type_ == "GPE" and lemma in self.term_set("relocation-verbs"):
                return False  # 'I would prefer to move to Amsterdam': a city, not a firm
            if self._a_visit(owner):
                return False  # 'I can come to Hams Hall for a second meeting': a trip
            return lemma in self.term_set("to-verbs") and self._writer_moves(owner)
        if prep == "about":
            return lemma in self.term_set("learning-verbs") and not self._writer_did(owner)
        if prep == "at" and lemma in self.term_set("event-verbs"):
            return not self._writer_did(owner)
        if (
            prep in slot_preps
            and lemma in self.term_set("slot-verbs")
            and self._wished(owner)
            and not self._someone_elses(owner)
        ):
            return True
        if prep in slot_preps and _comes_on_board(owner):
            # 'I'm still very interested in coming on board at Lehigh Crossing': joining
            return (self._wished(owner) or self._writers_interest(owner)) and not _past(owner)
        if prep in slot_preps and lemma in self.term_set("wished-slot-verbs"):
            head = owner.head if owner.dep_ == "xcomp" else owner
            return self._modal_wish(head) and not self._someone_elses(owner)
        return (
            prep in self.term_set("service-prepositions")
            and self._writers_wish(owner)
            and not self._own_object(owner)
        )

    def _a_visit(self, verb: Token) -> bool:
        """'come to Hams Hall for a second meeting', 'happy to travel to X for the
        assessment day': the writer goes there for a meeting, not to work there."""
        return any(
            prep.dep_ == "prep"
            and prep.lower_ == "for"
            and any(o.lemma_.lower() in self.term_set("visit-nouns") for o in prep.children)
            for prep in verb.children
        )

    def _awaited_word(self, owner: Token) -> bool:
        """Word the writer awaits from the organisation: 'hearing (back) from X', 'the good news
        from X' - not 'I heard from X last week' nor 'an update I received from X' (the past)."""
        lemma = owner.lemma_.lower()
        offers = self.term_set("offer-words")
        if any(t.lemma_.lower() in offers for t in owner.sent):
            return False  # 'waiting to hear from X about their offer': the other employer
        if owner.pos_ in ("VERB", "AUX"):
            return lemma == "hear" and not _past(owner) and not is_perfect(owner)
        if lemma not in self.term_set("awaited-nouns"):
            return False
        verb = _governing_verb(owner)
        return verb is None or not (_past(verb) or is_perfect(verb))

    def _wished_attribute(self, noun: Token) -> bool:
        """What the writer wishes to add to: 'contribute to the continued success of X',
        'help shape the future of X' - not 'I watched the growth of X' (no wish)."""
        if noun.lemma_.lower() not in self.term_set("employer-attributes"):
            return False
        verb = _governing_verb(noun)
        return verb is not None and self._writers_wish(verb) and not self._someone_elses(verb)

    def _wished_work(self, noun: Token) -> bool:
        """The work the writer wishes to do there: 'running the seasonal floor for X',
        'to manage the kitchen at X' - not 'I ran the floor at X' (the past)."""
        verb = noun.head
        return (
            noun.dep_ == "dobj"
            and verb.lemma_.lower() in self.term_set("work-verbs")
            and (self._writers_wish(verb) or self._writers_interest(verb))
            and not self._someone_elses(verb)
        )

    def _wished_object(self, noun: Token) -> bool:
        """What the writer wishes to join in at the organisation: 'contribute meaningfully to
        the stewardship agenda at X' - not 'I contributed to the agenda at X' (the past)."""
        verb = _governing_verb(noun)
        return (
            noun.dep_ == "pobj"
            and verb is not None
            and verb.lemma_.lower() in self.term_set("slot-verbs")
            and self._writers_wish(verb)
            and not self._someone_elses(verb)
        )

    def _writers_interest(self, verb: Token) -> bool:
        """'I'm still interested in running…': work the writer is interested in now."""
        adjective = verb.head.head
        if verb.dep_ != "pcomp" or adjective.lemma_.lower() not in self.term_set("interest-words"):
            return False
        copula = adjective.head if adjective.dep_ == "acomp" else adjective
        subjects = [c for c in copula.children if c.dep_ == "nsubj"]
        return not _past(copula) and any(_writer_or_own(s) for s in subjects)

    def _belonging(self, noun: Token, prep: str) -> bool:
        """The writer as the organisation's own, now or wished: 'an asset to X', 'my
        application to X', 'to become part of X' - not 'I was an asset to X'."""
        lemma = noun.lemma_.lower()
        if prep == "to" and lemma in self.term_set("to-nouns"):
            verb = _governing_verb(noun)
            return verb is None or not _past(verb) or lemma in self.term_set("application-nouns")
        if prep == "of" and lemma in self.term_set("belonging-nouns"):
            verb = _governing_verb(noun)
            return verb is not None and self._writers_wish(verb)
        return False

    @staticmethod
    def _own_object(verb: Token) -> bool:
        """'ask my manager at X', 'bring my experience to X': the verb's object is the
        writer's own."""
        return bool(_own_objects(verb))

    def _writer_moves(self, verb: Token) -> bool:
        """'I would love to come to X', 'the chance to bring my experience to X': the writer
        or what they bring goes to X, not 'the plan to move the suite from Selenium to X'."""
        return self._writers_wish(verb) or (self._wished(verb) and self._own_object(verb))

    @staticmethod
    def _writer_did(verb: Token) -> bool:
        """The writer is the verb's subject and its object is not the reader's: 'I met Sarah
        at a conference', but not 'I met your team at X' or 'I enjoyed meeting them at X'."""
        children = list(verb.children)
        if not any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in children):
            return False
        if verb.tag_ == "VBG" and not any(
            c.dep_ == "aux" and c.lemma_.lower() == "be" for c in children
        ):
            return False  # 'I enjoyed meeting' parsed with 'enjoyed' as an auxiliary
        objects = [c for c in children if c.dep_ == "dobj"]
        return not any(
            o.lower_ == "you" or any(p.lower_ == "your" for p in o.children) for o in objects
        )

    def _corporate(self, token: Token) -> bool:
        """A name with a word only organisations carry ('Globex Corporation', 'Pennine
        Haulage Ltd'), whatever entity type the model gave it."""
        words = self.term_set("organisation-words")
        name = [token, *(t for t in token.subtree if t.dep_ == "compound")]
        return any(t.lower_.rstrip(".") in words for t in name)

    def _person_like(self, token: Token) -> bool:
        """Tagged as a person or a people ('help Maria settle in'), with no corporate word."""
        return (
            token.ent_type_ in ("PERSON", "NORP")
            and not self._corporate(token)
            and not _organisation_elsewhere(token)
        )

    def _organisation_like(self, token: Token) -> bool:
        """Tagged as an organisation or place, or a multi-word name that is not a person's."""
        if token.ent_type_ in ("ORG", "FAC") or self._corporate(token):
            return True
        if token.ent_type_ in ("PERSON", "NORP"):
            return _organisation_elsewhere(token)
        return any(c.dep_ == "compound" for c in token.children)

    def _preferred(self, verb: Token, subject: Token) -> bool:
        """'X remains my first choice', 'X is the team I would most like to join', 'X is
        exactly the kind of company I would love to be part of'."""
        if verb.tag_ in ("VBZ", "VBP") and any(
            self._wished_home(c) or self._right_for_writer(c)
            for c in verb.children
            if c.dep_ in ("attr", "acomp")
        ):
            return True
        if verb.tag_ in ("VBZ", "VBP") and any(_where_writer_would_be(c) for c in verb.children):
            return True  # 'Granton is still where I'd rather be'
        choice = self.term_set("choice-words")
        join = self.term_set("join-verbs") | self.term_set("slot-verbs")
        for word in verb.subtree:
            if word.i in range(subject.left_edge.i, subject.right_edge.i + 1):
                continue
            lemma = word.lemma_.lower()
            if lemma in choice:
                return True
            verbal = word.pos_ == "VERB" or (word.pos_ == "AUX" and word.dep_ == "xcomp")
            if lemma in join and verbal and self._writers_wish(word):
                return True  # not 'X is a great place to work': the writer's own wish
        return False

    def _wished_home(self, noun: Token) -> bool:
        """An employer noun the writer wishes to belong to: 'the kind of company I would
        love to be part of', 'a place where I could grow' - not 'a great place to work'."""
        kinds = self.term_set("employer-nouns")
        if noun.lemma_.lower() in self.term_set("kind-nouns"):
            inner = [g for c in noun.children if c.dep_ == "prep" for g in c.children]
            if not any(g.lemma_.lower() in kinds for g in inner):
                return False
        elif noun.lemma_.lower() not in kinds:
            return False
        clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
        return any(self._writers_wish(c) and self._modal_wish(c) for c in clauses)

    def _right_for_writer(self, noun: Token) -> bool:
        """'X is the right place for me', 'X is the ideal employer for me to grow with': the
        employer judged right for the writer, now."""
        if noun.lemma_.lower() not in self.term_set("employer-nouns"):
            return False
        if not any(c.lemma_.lower() in self.term_set("right-words") for c in noun.children):
            return False
        return any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ == "me" for g in c.children)
            for c in noun.children
        )

    def _modal_wish(self, verb: Token) -> bool:
        """'I would love to', 'I could see myself', 'I want to': a wish, not a fact."""
        lemma = verb.lemma_.lower()
        return lemma in self.term_set("wish-verbs") or any(c.tag_ == "MD" for c in verb.children)

    def _wished(self, verb: Token) -> bool:
        """The verb is a wish, a plan or a condition, not the writer's past or present job."""
        children = list(verb.children)
        lowers = {c.lower_ for c in children}
        marks = {c.lower_ for c in children if c.dep_ in ("mark", "advmod")}
        if marks & self.term_set("time-marks"):
            return False  # 'after I joined', 'when I worked' - not 'learn it from the ground up'
        if any(c.tag_ == "MD" for c in children) or "if" in lowers:
            return True
        if verb.tag_ == "VB":
            return verb.head.lemma_.lower() != "use"  # not 'I used to work at'
        if verb.tag_ == "VBG":
            if any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in children):
                return False  # 'I am also interviewing with Globex': a fact, not a wish
            head = verb.head
            if head.dep_ == "prep" and head.lower_ in self.term_set("time-marks"):
                return False  # 'since joining Acme'
            if verb.dep_ == "csubj" and self._named_a_goal(head):
                return True  # 'running sites for X is the step I've been working towards'
            if verb.dep_ in ("csubj", "ccomp"):
                return any(c.tag_ == "MD" for c in head.children)  # 'I can see myself building'
            return verb.dep_ in ("pcomp", "xcomp", "acl", "conj", "advcl")
        return False

    def _named_a_goal(self, copula: Token) -> bool:
        """'… is the step I've been working towards', '… is my dream': what the subject names
        is the writer's goal, now (not '… was my dream once')."""
        if copula.lemma_.lower() != "be" or _past(copula):
            return False
        goals = self.term_set("goal-nouns")
        return any(c.dep_ == "attr" and c.lemma_.lower() in goals for c in copula.children)

    def _owned(self, noun: Token) -> bool:
        """'my current role at X', 'another position at X', 'the team I led at X'."""
        marks = self.term_set("own-job-marks")
        if noun.lemma_.lower() in self.term_set("relational-nouns") and not any(
            c.dep_ in ("det", "poss") for c in noun.children
        ):
            return True  # 'conversations with colleagues at X': the writer's own contacts
        for child in noun.children:
            if child.lower_ in marks:
                return True
            if (
                child.dep_ == "poss"
                and child.lower_ in ("my", "our")
                and (noun.lemma_.lower() in self.term_set("job-nouns"))
                and not self._wanted(noun)  # 'I'd love to begin my career at X' is ahead
            ):
                return True
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            if verb.dep_ not in ("pobj", "prep", "dobj", "attr", "conj", "appos"):
                break
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and verb.tag_ in _PAST | {"VBP", "VBZ"}:
            subjects = {c.lower_ for c in verb.children if c.dep_ == "nsubj"}
            if subjects & _FIRST_PERSON and verb.lemma_.lower() in self.term_set("work-verbs"):
                return True  # 'I led the team at Acme', 'I was part of the team at Acme'
        return False

    def _exempt(self, token: Token) -> bool:
        """Inside a mention of an offer ('an offer for a post at Globex'), or described as
        something else ('Selva Lodge, the new brand of the group')."""
        offers = self.term_set("offer-words")
        return any(a.lemma_.lower() in offers for a in token.ancestors) or self._described(token)

    def _described(self, token: Token) -> bool:
        """An appositive or title noun that puts the name in its own place: part of the
        employer ('the new brand of the group', 'your sister company'), the writer's own
        ('my current employer'), or a third party ('our client Globex')."""
        nouns = [c for c in token.children if c.dep_ in ("appos", "compound") and c.pos_ == "NOUN"]
        for noun in nouns:
            lemma = noun.lemma_.lower()
            words = {t.lower_ for t in noun.subtree}
            if lemma in self.term_set("third-party-nouns") or words & {"my", "our"}:
                return True
            if words & self.term_set("own-job-marks"):
                return True
            if lemma in self.term_set("part-nouns") and words & self.term_set("part-marks"):
                return True
            if lemma in self.term_set("employer-nouns") and words & self.term_set("sibling-marks"):
                return True  # 'your sister company', but not 'Globex, your company'
        return False

    # -- names ------------------------------------------------------------------------------

    @staticmethod
    def _name_head(token: Token, name: Candidate) -> Token:
        """The word of the name the rest of the sentence attaches to."""
        node = token
        while node.head.i != node.i and name.start <= node.head.idx < name.end:
            node = node.head
        return node

    def _name_span(self, token: Token) -> Candidate:
        """The whole proper name around `token`: 'Redwood & Rye', 'University of Bath'."""
        sent = token.sent
        connectors = self.term_set("name-connectors")

        def part(t: Token) -> bool:
            if t.ent_type_ in ("DATE", "TIME") or t.lower_ == "i":
                return False
            return self._is_name(t) or (t.text[:1].isupper() and not t.is_sent_start)

        start = token.i
        while start > sent.start:
            prev = token.doc[start - 1]
            if part(prev) and prev.lower_ != "i":
                start -= 1
            elif (
                (prev.lower_ in connectors or prev.tag_ == "POS" or _joining_hyphen(prev))
                and start - 2 >= sent.start
                and part(token.doc[start - 2])
            ):
                start -= 2
            else:
                break
        end = token.i + 1
        while end < sent.end:
            nxt = token.doc[end]
            if part(nxt) and nxt.lower_ != "i":
                end += 1
            elif (
                (nxt.lower_ in connectors or nxt.tag_ == "POS" or _joining_hyphen(nxt))
                and end + 1 < sent.end
                and part(token.doc[end + 1])
            ):
                end += 2
            else:
                break
        doc = token.doc
        while start < end - 1 and doc[start].lower_ == "the":
            start += 1
        span = doc[start:end]
        return Candidate(span.start_char, span.end_char, span.text)

    def _words(self, name: str) -> list[str]:
        """A name reduced for comparison: lower case, no punctuation, articles, legal suffixes
        or possessive."""
        fillers = self.term_set("name-fillers")
        text = re.sub(r"['’]s\b", "", name.lower())
        return [w for w in _WORD.findall(text) if w not in fillers]

    def same_organisation(self, mention: list[str], company: list[str]) -> bool:
        """Tolerant comparison: subset either way, same distinctive first word, acronym, or a
        near spelling."""
        m, c = set(mention), set(company)
        if m <= c or c <= m:
            return True
        generic = self.term_set("generic-leads")
        lead_m = next((w for w in mention if w not in generic), None)
        lead_c = next((w for w in company if w not in generic), None)
        if lead_m is not None and lead_m == lead_c:
            return True
        initials = "".join(w[0] for w in company)
        if len(mention) == 1 and len(mention[0]) >= 2 and mention[0] == initials:
            return True
        joined_m, joined_c = " ".join(mention), " ".join(company)
        return difflib.SequenceMatcher(None, joined_m, joined_c).ratio() >= 0.85


#: The writer's own group at work: 'my team had a rough year at X'.
_GROUPS = frozenset({"team", "crew", "department", "unit", "squad", "group", "colleagues"})


def _writers_side(subject: Token) -> bool:
    """The writer, or the writer's own group: 'I', 'we', 'my team', 'our crew' - not 'my
    application'."""
    if subject.lower_ in _FIRST_PERSON:
        return True
    return subject.lemma_.lower() in _GROUPS and any(
        c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subject.children
    )


def _after_indefinite(token: Token) -> bool:
    """'a redacted sample DPIA', 'an SOP': a capitalised word after 'a' (with only
    describing words between) is a kind of thing, not an organisation's name."""
    doc = token.doc
    k = token.i - 1
    while k >= token.sent.start and (
        doc[k].pos_ in ("ADJ", "NOUN") or doc[k].tag_ == "VBN"  # 'redacted', 'sample'
    ):
        k -= 1
    return k >= token.sent.start and doc[k].lower_ in ("a", "an")
