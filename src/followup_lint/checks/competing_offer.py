"""Rule `competing-offer`: reports every mention of another offer, graded by how it is used."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.checks.complaint import (
    clause_range,
    has_subject,
    is_hypothetical,
    is_negated,
    subject_of,
)
from followup_lint.draft.model import TextRange
from followup_lint.matching import Match, entry_matcher
from followup_lint.models import Severity

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

    from followup_lint.annotated import Draft


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of another offer, with its grade (a `[messages]` key)."""

    anchor: Token
    grade: str


class CompetingOffer(Check):
    """Pack entries find the word 'offer' and vaguer hints; the parse decides whether the
    offer is someone else's (not the reader's, not hypothetical, not 'offer to send').

    A mention is graded: 'leverage' when its paragraph presses for a decision or threatens
    to accept; 'verbal' when the offer is not firm; 'vague' for a hint without an offer;
    'notice' (info) for a plain mention of a written offer or one from a named company.
    A note of plain notices gets one info finding; otherwise each warning is reported.
    """

    id = "competing-offer"
    needs = frozenset({"parser", "lemmatizer", "ner"})
    message_keys = frozenset({"notice", "verbal", "vague", "unconfirmed", "leverage"})

    def setup(self, nlp: Language) -> None:
        self._matcher = entry_matcher(nlp, self.pack)
        terms = self.term_set
        self._others = terms("other-markers")
        self._reader = terms("reader-words")
        self._first_person = terms("first-person")
        self._holding = terms("holding-verbs")
        self._taking = terms("taking-verbs")
        self._making = terms("making-verbs")
        self._jobs = terms("job-nouns")
        self._joining = terms("joining-verbs")
        self._marks = terms("conditional-marks")
        self._wishing = terms("wishing-verbs")
        self._ready = terms("readiness-words")
        self._pending = terms("pending-words")
        self._modals = terms("modals")
        self._informal = terms("informal-markers")
        self._formal = terms("formal-markers")
        self._negations = terms("negations")
        self._polite = terms("polite-words")
        self._company_stop = terms("company-stopwords")
        self._vague = terms("vague-entries")
        self._leverage = terms("leverage-entries")
        self._suggestions = tuple(self.pack.terms.get("warning-suggestions", ()))
        self._employers = terms("employer-nouns")
        self._current = terms("current-markers")
        self._hiring = terms("hiring-verbs")

    def run(self, draft: Draft) -> Iterator[Hit]:
        prose = draft.prose_ranges()
        company = self._company_words(draft)
        pressure: list[int] = []
        mentions: list[tuple[Token, bool]] = []
        for entry_id, matches in self._matcher.by_entry(draft.doc).items():
            for match in matches:
                if not any(r.contains(match.span.start_char) for r in prose):
                    continue
                if entry_id in self._leverage:
                    if self._presses(entry_id, match):
                        pressure.append(match.span.start_char)
                    continue
                anchor = match.span.root
                vague = entry_id in self._vague
                if self._mentions_other_offer(entry_id, anchor, company):
                    mentions.append((anchor, vague))
        graded = [
            Mention(anchor, self._grade(draft, anchor, vague, pressure))
            for anchor, vague in sorted(mentions, key=lambda m: m[0].i)
        ]
        warnings = [m for m in graded if m.grade != "notice"]
        if not graded:
            return
        if not warnings:
            body = [m for m in graded if draft.part_name(m.anchor.idx) == "body"]
            yield self._hit(draft, (body or graded)[0])
            return
        seen: set[int] = set()
        for mention in warnings:
            sent = mention.anchor.sent.start
            if sent not in seen:
                seen.add(sent)
                yield self._hit(draft, mention)

    def _hit(self, draft: Draft, mention: Mention) -> Hit:
        rng = clause_range(mention.anchor)
        text = draft.text[rng.start : rng.end]
        if mention.grade == "notice":
            return self.hit("notice", rng, severity=Severity.INFO, match=text)
        # Warnings take the rule's severity (warning unless a pack or config says otherwise).
        return self.hit(mention.grade, rng, suggestions=self._suggestions, match=text)

    # -- is it another offer? -----------------------------------------------------------------
    def _mentions_other_offer(self, entry_id: str, anchor: Token, company: set[str]) -> bool:
        if is_hypothetical(anchor, self._marks) or self._long_ago(anchor):
            return False
        if self._wished(anchor) and not self._awaited_from_other(anchor, company):
            return False
        if self._ready_to(anchor):
            return False
        if entry_id == "other-employer-pursues":
            return self._pursues_writer(anchor)
        if entry_id == "offer-noun":
            return self._other_offer_noun(anchor, company)
        if entry_id == "offer-verb":
            return self._offered_to_writer(anchor, company)
        if entry_id == "other-job":
            return self._takes_other_job(anchor)
        if entry_id == "offer-synonym":
            return self._offer_in_other_words(anchor, company)
        if entry_id == "holding-others" and anchor.tag_ in ("VBD", "VBN"):
            return False  # "I have held other roles": a career, not offers on hold
        subject = subject_of(anchor) if anchor.pos_ in ("VERB", "AUX") else None
        return subject is None or subject.lower_ not in self._reader

    def _awaited_from_other(self, anchor: Token, company: set[str]) -> bool:
        """'I expect their offer this week', 'I am expecting an offer from a competitor': an
        offer another organisation is about to make is news, not a wish."""
        verb = next((a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lemma_.lower() not in self.term_set("expecting-verbs"):
            return False
        if any(c.dep_ == "poss" and c.lower_ in self._others for c in anchor.children):
            return True
        source = self._source(anchor)
        return source is not None and self._other_organisation(source, company)

    def _long_ago(self, anchor: Token) -> bool:
        """A past offer told as history: 'I turned down an offer from X two years ago', 'I
        was offered a promotion at X in 2019'."""
        verb = anchor if anchor.pos_ in ("VERB", "AUX") else None
        verb = verb or next((a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.tag_ not in ("VBD", "VBN"):
            return False
        for token in verb.subtree:
            if token.lower_ in self.term_set("long-ago-words"):
                return True
            if token.ent_type_ == "DATE" and token.text.isdigit() and len(token.text) == 4:
                return True  # 'in 2019' (not 'the 23rd')
        return False

    def _pursues_writer(self, organisation: Token) -> bool:
        """Another organisation wants the writer: 'another firm has approached me', 'I have
        been selected by another company', 'another bank is keen to hire me', 'there is
        another company interested in me' - not 'another candidate asked me'."""
        pursuing = self.term_set("pursuing-verbs")
        verb = organisation.head
        if organisation.dep_ == "pobj" and verb.lower_ == "by":
            verb = verb.head  # 'selected by another company'
        elif organisation.dep_ not in ("nsubj", "attr", "nsubjpass"):
            return False
        if is_negated(verb) or self._modal(verb):
            return False
        if any(
            p.dep_ == "prep"
            and p.lower_ == "after"
            and any(o.lower_ in self._first_person for o in p.children)
            for p in organisation.children
        ):
            return True  # "there's another hotel group after me"
        keen = [c for c in (*organisation.children, *verb.children) if c.dep_ in ("amod", "acomp")]
        keen = [c for c in keen if c.lemma_.lower() in self.term_set("keen-words")]
        scope = [*keen] if keen else ([verb] if verb.lemma_.lower() in pursuing else [])
        if not scope and verb.tag_ != "VBD" and self._job_for_writer(verb):
            return True  # 'another firm has been making encouraging noises about a package for me'
        return any(
            t.lower_ in self._first_person and t.i != verb.i
            for node in scope
            for t in node.subtree
            if not organisation.left_edge.i <= t.i <= organisation.right_edge.i
        )

    def _job_for_writer(self, verb: Token) -> bool:
        """The clause speaks of a job or a package for the writer: 'making noises about a
        package for me', 'has a role in mind for me'."""
        for noun in verb.subtree:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self._jobs:
                continue
            for prep in noun.children:
                for_writer = any(o.lower_ in self._first_person for o in prep.children)
                if prep.dep_ == "prep" and prep.lower_ == "for" and for_writer:
                    return True
        return False

    def _other_offer_noun(self, offer: Token, company: set[str]) -> bool:
        """'another offer', 'a written offer from Parkline', 'I have received an offer',
        'Eastbrook has made me a written offer' - but not 'your offer', 'an offer from you'."""
        if offer.dep_ == "compound" and offer.head.pos_ == "NOUN":
            return self._other_offer_noun(offer.head, company)  # 'a signed offer letter from X'
        if not self._job_offer(offer):
            return False
        makers = [c for c in offer.children if c.dep_ in ("poss", "compound")]
        if any(self._is_employer(m, company) for m in makers):
            return False
        verb = offer.head
        source = self._source(offer)
        arriving = offer.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX")
        if source is None and (verb.lemma_.lower() in self._holding or arriving):
            source = self._source(verb)  # "an offer came through from another firm"
        if source is not None:
            return not self._is_employer(source, company)
        if any(c.lower_ in self._others for c in offer.children if c.dep_ in ("det", "amod")):
            return True
        if any(m.pos_ == "PROPN" or m.lower_ in self._others for m in makers):
            return True
        if self._elsewhere(offer, company) or self._counter(offer):
            return True
        if self._made_by_other(offer, company):
            return True
        if offer.dep_ not in ("dobj", "obj", "nsubjpass", "ccomp", "attr", "oprd"):
            return False
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.lower()
        if lemma not in self._holding | self._making or self._modal(verb):
            return False
        subject = subject_of(verb)
        if lemma in self._making:
            # "X has made me an offer": X must not be the reader or the employer
            receivers = [c for c in verb.children if c.dep_ in ("dative", "iobj")]
            receivers += [c for c in offer.children if c.lower_ in self._first_person]
            to_writer = any(r.lower_ in self._first_person for r in receivers)
            if not receivers and subject is not None and subject.pos_ == "PROPN":
                # 'Roscoe Ridge Renewables … sent over a written offer': to the writer, who
                # tells it, unless the offer goes 'to' someone named
                to_writer = not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
            return to_writer and subject is not None and not self._is_employer(subject, company)
        if subject is None and verb.i == verb.sent.start and verb.tag_ in ("VBD", "VB", "VBN"):
            return lemma in ("get", "have", "receive")  # 'Got a written offer yesterday arvo'
        return subject is not None and subject.lower_ in self._first_person

    def _counter(self, offer: Token) -> bool:
        """A counter-offer (written 'counteroffer' or 'counter-offer'): an offer made against
        another one, here by someone other than the reader (the reader's was ruled out)."""
        doc = offer.doc
        before = [t.lower_ for t in doc[max(0, offer.i - 2) : offer.i]]
        return offer.lower_.startswith("counter") or before == ["counter", "-"]

    def _made_by_other(self, offer: Token, company: set[str]) -> bool:
        """The offer is what another organisation did something with, for real: 'Atlantique
        Finance Group transmitted to me a written offer', 'Pemberton Health tabled an offer',
        'my current employer has put an offer in writing', 'X came back with a firm offer'."""
        maker = self._maker(offer)
        if maker is None or not self._other_organisation(maker, company):
            return False
        return not self._for_someone_else(offer)

    def _for_someone_else(self, offer: Token) -> bool:
        """'made an offer to the union', 'an offer for the Riverside site': the offer goes to
        someone or something other than the writer or a job."""
        verb = offer.head.head if offer.dep_ == "pobj" else offer.head
        for node in (offer, verb):
            for child in node.children:
                if child.dep_ in ("dative", "iobj") and child.lower_ not in self._first_person:
                    return True
                if child.dep_ != "prep" or child.lower_ not in ("to", "for", "on"):
                    continue
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    mine = obj.lower_ in self._first_person
                    when = obj.ent_type_ in ("DATE", "TIME")
                    if not (mine or when) and obj.lemma_.lower() not in self._jobs:
                        return True
        return False

    def _maker(self, offer: Token) -> Token | None:
        """The subject of a real (not modal, not negated) verb the offer is the object of,
        or comes 'with'."""
        verb = offer.head
        if offer.dep_ == "pobj" and verb.lower_ == "with":
            verb = verb.head
        elif offer.dep_ not in ("dobj", "obj"):
            return None
        if verb.pos_ not in ("VERB", "AUX") or self._modal(verb) or is_negated(verb):
            return None
        return subject_of(verb)

    def _offer_in_other_words(self, word: Token, company: set[str]) -> bool:
        """'a verbal yes from another school board', 'another firm came back to me with a
        package': an offer named by another word, made by another organisation."""
        if not self._job_offer(word):
            return False  # "no go-ahead", "a package of reading"
        if any(c.dep_ == "poss" and self._is_employer(c, company) for c in word.children):
            return False
        makers: list[Token] = []
        source = self._source(word)
        if source is None and word.dep_ in ("dobj", "obj", "nsubj", "nsubjpass"):
            source = self._source(word.head)
        if source is not None:
            makers.append(source)
        if word.dep_ == "pobj" and word.head.lower_ == "with":
            subject = subject_of(word.head.head)
            if subject is not None:
                makers.append(subject)  # "another firm came back to me with a package"
        if any(self._other_organisation(m, company) for m in makers):
            return True
        maker = self._maker(word)  # 'my present firm has proposed a retention package'
        if maker is None or not self._writers_employer(maker):
            return False
        return not any(_infinitive(c) for c in (*word.children, *word.head.children))

    def _other_organisation(self, token: Token, company: set[str]) -> bool:
        """'another university', 'a different agency', 'Globex' - not the reader or employer."""
        if token.lower_ in self._first_person or self._is_employer(token, company):
            return False
        if self._writers_employer(token):
            return True
        marked = any(c.lower_ in self._others for c in token.children if c.dep_ in ("det", "amod"))
        named = token.pos_ == "PROPN" and token.ent_type_ not in ("PERSON", "GPE", "DATE")
        return marked or token.ent_type_ == "ORG" or named

    def _writers_employer(self, token: Token) -> bool:
        """'my current employer', 'my present firm', 'my manager': where the writer works
        now, which is not the reader's organisation."""
        if token.lemma_.lower() not in self._employers:
            return False
        marks = {c.lower_ for c in token.children if c.dep_ in ("poss", "amod")}
        return bool(marks & (self._first_person | self._current))

    def _job_offer(self, offer: Token) -> bool:
        """An offer of a job that the writer has: not 'no other offers', 'an offer of a second
        interview' or 'an offer to interview again'."""
        if any(c.lower_ in ("no", "none") for c in offer.children) or is_negated(offer.head):
            return False
        for child in offer.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].lemma_.lower() not in self._jobs:
                    return False
            infinitive = any(c.lower_ == "to" for c in child.children if c.dep_ == "aux")
            clause = child.dep_ in ("acl", "relcl")
            if clause and infinitive and child.lemma_.lower() not in self._joining:
                return False
        return not self._offer_of_an_action(offer)

    def _offer_of_an_action(self, offer: Token) -> bool:
        """'I've taken up the offer from our head of department to shadow the rota': the
        parse hangs what is offered on the verb; anything but joining is no job."""
        return offer.dep_ == "dobj" and any(
            c.dep_ == "advcl"
            and c.i > offer.i
            and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
            and c.lemma_.lower() not in self._joining
            for c in offer.head.children
        )

    def _takes_other_job(self, job: Token) -> bool:
        """'I'll take the other job', 'I have accepted another position', 'other proposals
        which I will need to answer', 'other proposals on the table' - but not 'I held another
        role' or 'to be considered for other roles'."""
        if job.dep_ in ("dobj", "obj") and self._writer_decides(job.head):
            return True
        if any(self._writer_decides(c) for c in job.children if c.dep_ in ("relcl", "acl")):
            return True
        return self._pending_for_writer(job)

    def _writer_decides(self, verb: Token) -> bool:
        """The writer takes, weighs or answers something, perhaps through a verb of need or
        intent: 'I have accepted', 'which I will need to answer'."""
        for node in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
            if node.lemma_.lower() not in self._taking:
                continue
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children):
                continue
            if is_negated(node):
                continue  # 'I have not taken up any other position'
            subject = subject_of(node)
            if subject is not None and subject.lower_ in self._first_person:
                return True
        return False

    def _pending_for_writer(self, job: Token) -> bool:
        """'There are other proposals on the table', 'another position pending': an offer
        waiting on the writer, not a role in general."""
        existential = job.dep_ == "attr" and any(c.dep_ == "expl" for c in job.head.children)
        held = job.dep_ in ("dobj", "obj") and job.head.lemma_.lower() in self._holding
        if not (existential or held) or job.head.tag_ in ("VBD", "VBN"):
            return False
        return any(t.lower_ in self._pending for t in job.subtree if t.i > job.i)

    def _offered_to_writer(self, verb: Token, company: set[str]) -> bool:
        """'I have been offered a contract elsewhere', 'Harbourside Hotel has offered me the
        position' - but not 'I can offer references', 'you offered me the chance' or 'I was
        offered early retirement'."""
        if self._modal(verb):
            return False
        children = list(verb.children)
        passive = [c for c in children if c.dep_ == "nsubjpass"]
        if passive:
            if passive[0].lower_ not in self._first_person:
                return False
            thing = next((c for c in children if c.dep_ in ("dobj", "obj")), None)
            if not self._a_job(thing) and not self._with_other(verb, thing, company):
                return False
            agent = self._source(verb)
            return agent is None or not self._is_employer(agent, company)
        subject = subject_of(verb)
        receivers = [c for c in children if c.dep_ in ("dative", "iobj", "dobj")]
        receivers += self._hired(verb)
        if not any(r.lower_ in self._first_person for r in receivers):
            return False
        if subject is None or self._is_employer(subject, company):
            return False
        things = [c for c in children if c.dep_ in ("dobj", "obj") and c.lower_ not in ("me", "us")]
        return not things or things[0].lemma_.lower() in self._jobs

    def _a_job(self, thing: Token | None) -> bool:
        """What was offered could be a job: one of the job nouns, a sum ('offered 70k'), or
        left unsaid; not 'early retirement' or 'a lift home'."""
        if thing is None or thing.lemma_.lower() in self._jobs:
            return True
        if thing.ent_type_ in ("MONEY", "CARDINAL") or any(c.isdigit() for c in thing.text):
            return True
        return thing.pos_ not in ("NOUN", "PROPN")

    def _hired(self, verb: Token) -> list[Token]:
        """Whom an offered hiring act is for: 'offered to keep me on', 'offered to promote me'."""
        return [
            o
            for c in verb.children
            if c.dep_ == "xcomp" and c.lemma_.lower() in self._hiring
            for o in c.children
            if o.dep_ in ("dobj", "obj")
        ]

    def _elsewhere(self, offer: Token, company: set[str]) -> bool:
        """'an offer for a post at Harrow Automation': another organisation inside the phrase."""
        for prep in offer.subtree:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "with", "from"):
                for obj in prep.children:
                    if (
                        obj.dep_ == "pobj"
                        and obj.ent_type_ == "ORG"
                        and not self._is_employer(obj, company)
                    ):
                        return True
        return False

    def _with_other(self, verb: Token, thing: Token | None, company: set[str]) -> bool:
        """Work offered with another organisation: 'offered planning shifts with another
        haulier' (not 'offered extra shifts' by the writer's own manager)."""
        holders = [verb, *([thing] if thing is not None else [])]
        return any(
            prep.dep_ == "prep"
            and prep.lower_ in ("at", "with", "for")
            and any(
                o.dep_ == "pobj"
                and self._other_organisation(o, company)
                and (o.pos_ == "PROPN" or o.lemma_.lower() in self.term_set("business-nouns"))
                for o in prep.children
            )
            for holder in holders
            for prep in holder.children
        )

    def _source(self, token: Token) -> Token | None:
        """The maker named by 'from X' or 'by X'."""
        for prep in token.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        return None

    def _is_employer(self, token: Token, company: set[str]) -> bool:
        """The reader or the employer the note is addressed to."""
        if token.lower_ in self._reader:
            return True
        words = {t.lower_ for t in token.subtree}
        if any(c.dep_ == "poss" and c.lower_ in self._reader for c in token.children):
            return True
        return bool(company) and bool(words & company)

    def _company_words(self, draft: Draft) -> set[str]:
        """The employer's distinctive first word ('meridian' of 'The Meridian Grand Hotel')."""
        words = [w.lower() for w in (draft.context.company or "").split()]
        distinctive = [w for w in words if w not in self._company_stop]
        return set(distinctive[:1])

    def _modal(self, verb: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in self._modals for c in verb.children)

    def _ready_to(self, anchor: Token) -> bool:
        """A hint that is a verb the writer is ready or willing to do ('I am ready to work
        somewhere the leadership leads') describes a wish, not an offer in hand."""
        head = anchor.head
        return (
            anchor.pos_ == "VERB"
            and anchor.dep_ == "xcomp"
            and head.pos_ == "ADJ"
            and head.lemma_.lower() in self._ready
        )

    def _wished(self, token: Token) -> bool:
        """'I hope to receive an offer', 'I look forward to an offer' - but not 'I wanted to
        let you know that I have received an offer'."""
        node = token
        for _ in range(5):
            if node.i != token.i and node.pos_ in ("VERB", "AUX") and has_subject(node):
                return False
            if node.head.i == node.i:
                return False
            if node.dep_ == "ccomp" and node.head.lemma_.lower() not in self._wishing:
                return False  # 'I wanted to be upfront that X offered me…': what is told
            if node.dep_ == "conj" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in node.children
            ):
                return False  # the same told clause, hung as a conjunct past an aside
            node = node.head
            if node.lemma_.lower() in self._wishing and node.pos_ in ("VERB", "AUX", "ADV"):
                return True
        return False

    # -- how is it used? ------------------------------------------------------------------------
    def _presses(self, entry_id: str, match: Match) -> bool:
        """Pressure counts unless it is a polite question ('would it be possible ... by the
        18th?')."""
        if entry_id != "leverage-deadline":
            return True
        sent = match.span.sent
        words = {t.lower_ for t in sent}
        return not (words & self._polite) and not sent.text.rstrip().endswith("?")

    def _grade(self, draft: Draft, anchor: Token, vague: bool, pressure: list[int]) -> str:
        paragraph = self._paragraph(draft, anchor)
        if any(paragraph.contains(p) for p in pressure):
            return "leverage"
        sent = anchor.sent
        if self._informal_in(sent):
            return "verbal"
        if vague:
            return "vague"
        para_words = {t.lower_ for t in draft.doc if paragraph.contains(t.idx)}
        if para_words & self._formal:
            return "notice"
        if any(t.ent_type_ == "ORG" or t.pos_ == "PROPN" for t in self._offer_source(anchor)):
            return "notice"
        return "unconfirmed"

    def _offer_source(self, anchor: Token) -> list[Token]:
        """Tokens naming who made the offer: 'from X', 'by X', 'X has offered', 'X offer', 'X
        came back with an offer'."""
        found: list[Token] = []
        for token in (anchor, anchor.head):
            source = self._source(token)
            if source is not None:
                found.extend(source.subtree)
            subject = subject_of(token) if token.pos_ in ("VERB", "AUX") else None
            if subject is not None and subject.lower_ not in self._first_person:
                found.extend(subject.subtree)
        named_offer = anchor.pos_ in ("NOUN", "PROPN") and anchor.lemma_.lower().endswith("offer")
        maker = self._maker(anchor) if named_offer else None
        if maker is not None:
            found.extend(maker.subtree)  # 'Kestrel Partners came back to me with a firm offer'
        found.extend(c for c in anchor.children if c.dep_ in ("compound", "poss"))
        for clause in anchor.children:
            if clause.dep_ == "acl" and clause.lemma_.lower() in self._joining:
                found.extend(clause.subtree)  # "an offer to join Globex"
        return found

    def _informal_in(self, sent: Span) -> bool:
        """'a verbal offer', 'nothing in writing yet', 'basically offered me a job'."""
        lowered = [t.lower_ for t in sent]
        if set(lowered) & self._informal:
            return True
        for i, word in enumerate(lowered):
            if word == "writing" and set(lowered[max(0, i - 3) : i]) & self._negations:
                return True
        return False

    @staticmethod
    def _paragraph(draft: Draft, anchor: Token) -> TextRange:
        for rng in draft.prose_ranges():
            if rng.contains(anchor.idx):
                return rng
        sent = anchor.sent
        return TextRange(sent.start_char, sent.end_char)


def _infinitive(token: Token) -> bool:
    """A 'to' clause: 'the nod to apply for external roles' is permission, not an offer."""
    return token.dep_ in ("xcomp", "acl", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )
