"""Rule `demand-reply`: urgency, deadlines or insistence aimed at the reader's reply."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from followup_lint.checks.base import Hit, PhraseCheck
from followup_lint.checks.complaint import is_perfect
from followup_lint.matching import EntryMatcher, Match
from followup_lint.models import Kind

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

    from followup_lint.annotated import Draft


class DemandReply(PhraseCheck):
    """Pack patterns find pressure; a match inside reported speech ('you mentioned a
    decision by Friday', 'I was told I would hear back within a week') is the employer's
    own timeline, not the writer's demand, and is dropped.

    Entries listed in `linked-entries` are bare deadlines ('by Friday', 'no later than
    noon'): each is widened to the reply it hangs from in the parse, at any distance ('I
    trust I will have an answer, one way or the other, by Friday'), and judged like the
    other entries; a deadline linked to no reply is dropped."""

    id = "demand-reply"
    needs = frozenset({"parser", "lemmatizer", "ner"})

    # The last draft's hits, shared by every instance using the same pack: `call-to-action`
    # asks which sentences are demands, and the rule itself runs on the same draft next.
    _memo: ClassVar[tuple[object, str, tuple[Hit, ...]] | None] = None

    def setup(self, nlp: Language) -> None:
        super().setup(nlp)
        linked = self.term_set("linked-entries")
        entries = self.pack.entries
        self._matcher = EntryMatcher(nlp, [e for e in entries if e.id not in linked], self.pack)
        self._deadlines = EntryMatcher(nlp, [e for e in entries if e.id in linked], self.pack)

    def run(self, draft: Draft) -> Iterator[Hit]:
        memo = DemandReply._memo
        if memo is None or memo[0] is not draft or memo[1] != self.pack.path:
            memo = DemandReply._memo = (draft, self.pack.path, tuple(self._find(draft)))
        return iter(memo[2])

    def _find(self, draft: Draft) -> Iterator[Hit]:
        """The accepted entry matches, then each linked deadline no accepted match covers."""
        kept = [m for m in self.matches(draft) if self.accept(draft, m)]
        for match in self.without_allowed(self._deadlines(draft.doc)):
            widened = self._linked(match)
            if widened is None or any(_overlap(widened, k) for k in kept):
                continue
            if self.accept(draft, widened):
                kept.append(widened)
        kept = [m for m in kept if not _consequence_of_another(m, kept)]
        for match in sorted(map(_from_the_demand, kept), key=lambda m: m.span.start):
            yield self.hit_for(match)

    def accept(self, draft: Draft, match: Match) -> bool:
        if self._modifier(match) or self._asks_about_timing(match) or self._states_terms(match):
            return False
        if self._asks_what_to_expect(match):
            return False
        if self._writer_acts(match) or self._writers_own_reply(match) or _reported_past(match):
            return False
        if self._third_party_deadline(match) or self._binds_someone_else(match):
            return False
        if self._softened(match) or self._released(match) or _grants_time(match):
            return False
        if _rejected_alternative(match) or _said_of_replies(match):
            return False
        if self._brief(match) or self._hoped(match) or self._follows_up(match):
            return False
        if _owned_up(match):
            return False  # 'I must confess that the decision came as a surprise'
        if _expected_in_the_past(match):
            return False  # 'I had rather expected to hear something by the end of June'

        if draft.kind == Kind.OFFER_NOTICE and self._expected_in_offer_notice(match):
            return False
        reporting = self.term_set("reporting-verbs")
        plans = self.term_set("plan-verbs")
        first_person = self.term_set("first-person")
        for token in match.span.sent:
            if token.i >= match.span.end:
                break
            lemma = token.lemma_.lower()
            if _that_said(token):
                continue  # 'That said, I'll need a yes or no': a discourse marker
            past = _looks_back(token)
            planned = lemma in plans or token.lower_ in plans
            if (planned or (lemma in reporting and past)) and _speaker_is_other(
                token, first_person
            ):
                return False
            if lemma in reporting and _kind_enough_to(token, first_person):
                return False  # 'you were kind enough to say that ... by the 20th of March'
        return True

    # -- linking a bare deadline to its reply ----------------------------------------------

    def _linked(self, match: Match) -> Match | None:
        """The deadline widened to the reply it hangs from: a reply verb ('let me know ...
        by Friday'), a reply noun ('an answer ... by Friday'), or the writer's need ('I will
        need a written offer ... by Thursday'); None when it hangs from none."""
        deadline = match.span
        found = self._reply_for(deadline)
        if found is None:
            return None
        first, last = found
        doc = deadline.doc
        start, end = min(first.i, deadline.start), max(last.i + 1, deadline.end)
        return Match(match.entry, doc[start:end])

    def _reply_for(self, deadline: Span) -> tuple[Token, Token] | None:
        """Walk up from the deadline through its clause (and the verbs it completes, and a
        question it sits in) to the first reply word."""
        node = deadline.root
        for _ in range(10):
            if node.head.i == node.i or node.head.i < deadline.sent.start:
                return None
            node = node.head
            lemma = node.lemma_.lower()
            if node.pos_ == "NOUN" and lemma in self.term_set("reply-nouns"):
                return node, node
            if node.pos_ not in ("VERB", "AUX"):
                continue
            if lemma in self.term_set("reply-verbs"):
                causer = (
                    node.head
                    if node.head.lemma_.lower() in self.term_set("causing-verbs")
                    else node
                )
                return min(causer, node, key=lambda t: t.i), node
            subjects = _subjects(node)
            dropped = not subjects and node.i == node.sent.start  # 'Need a yes or no by EOD'
            if lemma in self.term_set("insisting-verbs") and (dropped or self._by_writer(subjects)):
                return min([*subjects, node], key=lambda t: t.i), node
            nouns = [
                c
                for c in node.children
                if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
                and c.lemma_.lower() in self.term_set("reply-nouns")
            ]
            if nouns:
                return nouns[0], nouns[0]
            if node.dep_ != "xcomp" and not self._question(node):
                return None
        return None

    def _by_writer(self, subjects: list[Token]) -> bool:
        """Subjects that are all the writer ('I', 'we')."""
        first_person = self.term_set("first-person")
        return bool(subjects) and all(s.lower_ in first_person for s in subjects)

    # -- what a deadline is about --------------------------------------------------------

    def _modifier(self, match: Match) -> bool:
        """The matched reply word only describes a noun ('a written offer ... by close of
        business'): the linked deadline, if any, judges the clause instead."""
        first = match.span[0]
        return first.pos_ == "VERB" and first.dep_ == "amod"

    def _question(self, verb: Token) -> bool:
        """An indirect question: 'whether a decision is likely', 'where I stand', 'if you
        will decide' after a verb of telling or knowing."""
        if verb.dep_ not in ("ccomp", "advcl", "xcomp"):
            return False
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if marks & self.term_set("question-marks"):
            return True
        asking = verb.head.lemma_.lower() in self.term_set("question-verbs")
        wh = any(c.tag_ in ("WRB", "WP", "WDT") for c in verb.children)
        return asking and ("if" in marks or (wh and verb.dep_ == "ccomp"))

    def _question_clause(self, match: Match) -> Token | None:
        """The indirect question, between the match's reply word and its deadline, that the
        deadline sits in ('tell me whether a decision is likely before the 15th')."""
        reply = match.span[0]
        above = {reply.i, *(a.i for a in reply.ancestors)}
        for node in (_deadline(match), *_deadline(match).ancestors):
            if node.pos_ in ("VERB", "AUX") and self._question(node):
                return node
            if node.i in above:
                return None
        return None

    def _asks_about_timing(self, match: Match) -> bool:
        """'Would you be able to tell me whether a decision is likely before the middle of
        the month?': the deadline is what the writer asks about, not when to answer - unless
        the writer insists ('I need to know where I stand by Thursday at the latest')."""
        if match.entry.id in self.term_set("insisting-entries") | self.term_set("negated-entries"):
            return False
        if self._asks_directly(match):
            return True
        return self._question_clause(match) is not None and not self._insists(match)

    def _asks_directly(self, match: Match) -> bool:
        """'Is it still looking like a decision by end of month?', 'Will the panel decide
        before Friday?': a direct question about the timeline, not a request for a reply by
        a date ('Could you let me know by Friday?') nor one that insists."""
        sent = match.span.sent
        if not sent.text.rstrip().endswith("?") or self._insists(match):
            return False
        root = sent.root
        subjects = _subjects(root)
        inverted = any(c.dep_ in ("aux", "auxpass") and c.i < root.i for c in root.children)
        inverted = inverted or (root.lemma_.lower() == "be" and any(s.i > root.i for s in subjects))
        if not inverted:
            return False
        modals = {c.lower_ for c in root.children if c.tag_ == "MD"}
        asked_of_reader = any(self._readers(s) for s in subjects)
        return not (asked_of_reader and modals & self.term_set("request-modals"))

    def _brief(self, match: Match) -> bool:
        """'a quick word', 'a quick yes or no': quick is brief here, not fast."""
        first, *rest = match.span
        return first.lower_ == "quick" and any(self._in(t, "brief-nouns") for t in rest[:1])

    def _hoped(self, match: Match) -> bool:
        """'Hoping to hear some news before the end of term': the writer's hope, not a
        deadline - unless a hard limit or the writer's need is on it."""
        if match.entry.id in self.term_set("insisting-entries") or self._insists(match):
            return False
        for node in (match.span[0], *match.span[0].ancestors):
            if self._in(node, "hope-words") and node.tag_ != "VBD":
                subjects = _subjects(node) if node.pos_ in ("VERB", "AUX") else []
                return not subjects or self._by_writer(subjects)
        return False

    def _follows_up(self, match: Match) -> bool:
        """'I'll follow up next week if I haven't heard anything', 'if I don't hear by then
        I'll be in touch': the writer will write again, which is no ultimatum."""
        first = match.span[0]
        clause = next((t for t in (first, *first.ancestors) if t.dep_ == "advcl"), None)
        if clause is None or not self._by_writer(_subjects(clause)):
            return False
        if not any(c.lower_ in ("if", "unless") for c in clause.children):
            return False
        main = clause.head
        if not self._by_writer(_subjects(main)):
            return False
        # 'I will call the other company to accept' is an ultimatum: only the reader is called
        objects = [c for c in main.children if c.dep_ in ("dobj", "dative")]
        means = [o for o in objects if self._in(o, "follow-up-verbs")]  # 'give you a call'
        if any(not self._readers(o) and o not in means for o in objects):
            return False
        if self._in(main, "follow-up-verbs") or means:
            return True
        return any(  # 'I'll be in touch', 'I'll get in touch'
            p.lower_ == "in" and any(self._in(g, "follow-up-verbs") for g in p.children)
            for p in main.children
        )

    def _asks_what_to_expect(self, match: Match) -> bool:
        """'When might I expect to hear back?', 'What timeframe should I expect for feedback?',
        'Is there a date by which I should expect to hear?': the writer's expectation is what
        the question asks about (not 'I need an answer today - when will you reply?')."""
        sent = match.span.sent
        subject = match.span[0]
        if subject.lower_ not in self.term_set("first-person") or self._insists(match, hard=True):
            return False
        verb = subject.head
        if not sent.text.rstrip().endswith("?"):
            # 'Kindly advise where matters stand and when I might expect to hear.': an
            # indirect question, its 'when' hung on the verb
            return any(
                c.tag_ == "WRB" and c.i < subject.i and c.lower_ in ("when", "whether")
                for c in verb.children
            )
        before = sent.doc[sent.start : subject.i]
        inverted = any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)
        asked = any(t.tag_ in ("WRB", "WP", "WDT") for t in before)
        return inverted or asked

    def _states_terms(self, match: Match) -> bool:
        """A deadline on a word describing a noun - the terms of something ('an answer
        requested by Friday 20 November', 'an answer due by the 20th', 'an offer valid until
        Monday') - unless the noun is the reader's ('your answer, due by Friday')."""
        deadline = _deadline(match)
        prep = next((a for a in (deadline, *deadline.ancestors) if a.pos_ == "ADP"), None)
        if prep is None:
            return False
        head = prep.head
        describing = (head.dep_ == "acl" and head.tag_ in ("VBN", "VBG")) or head.dep_ == "amod"
        if not describing or head.i == match.span[0].i:
            return False
        owners = {c.lower_ for c in head.head.children if c.dep_ == "poss"}
        return not owners & self.term_set("reader-words")

    def _insists(self, match: Match, *, hard: bool = False) -> bool:
        """The writer insists: an ultimatum, a hard limit ('at the latest', 'without fail',
        'no later than'), or - unless only hard ones are asked for - the writer's own need
        or expectation on the reply's clause ('I need to hear', 'I trust I will have')."""
        if match.entry.id in self.term_set("insisting-entries"):
            return True
        text = " ".join(t.lower_ for t in match.span.sent)
        if any(phrase in text for phrase in self.term_set("hard-limits")):
            return True
        if hard:
            return False
        insisting = self.term_set("insisting-verbs")
        for node in (*match.span, *_governors(match.span[0])):
            needs = node.lemma_.lower() in insisting or any(
                c.dep_ == "aux" and c.lower_ in insisting for c in node.children
            )
            present = node.tag_ != "VBD"  # not 'I wanted to let you know'
            if (
                needs
                and present
                and node.pos_ in ("VERB", "AUX")
                and self._by_writer(_subjects(node))
            ):
                return True
        return False

    def _expected_in_offer_notice(self, match: Match) -> bool:
        """In an offer notice, asking politely about timing or stating the other offer's
        deadline is expected; an ultimatum or a hard limit is not, and the writer's own need
        is not when it is not asked politely."""
        if self._insists(match, hard=True):
            return False
        if self._polite_question(match):
            return True
        if self._insists(match):
            return False
        return self._about_the_other_offer(match) or self._politely_hoped(match)

    def _politely_hoped(self, match: Match) -> bool:
        """A request put as the writer's thanks to come ('If there's any prospect of an update
        before Friday, I'd be very grateful', 'any word before Monday would be a great help')
        or conceded in the same or the next sentence ('though I quite understand if not')."""
        sent = match.span.sent
        after = sent.doc[sent.end : sent.end + 1]
        following = after[0].sent if len(after) else None
        return self._thanked_ahead(sent) or any(
            self._concedes(s) for s in (sent, following) if s is not None
        )

    def _thanked_ahead(self, sent: Span) -> bool:
        """A word of thanks or benefit under a modal: 'I'd be grateful', 'would be hugely
        appreciated', 'would be a great help', 'it would mean a lot' (not 'would have been')."""
        for word in sent:
            if not self._in(word, "benefit-words"):
                continue
            clause = word.head if word.dep_ in ("acomp", "attr") else word
            aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
            modal = any(a.tag_ == "MD" for a in aux)
            perfect = any(a.lemma_.lower() == "have" for a in aux)
            if modal and not perfect and not any(c.dep_ == "neg" for c in clause.children):
                return True
        return False

    def _concedes(self, sent: Span) -> bool:
        """The writer accepts the reader may not manage it: 'I quite understand', 'though I
        appreciate the panel has its own timetable', 'if not, no harm done'."""
        for word in sent:
            if word.dep_ == "neg" and word.i > sent.start and word.nbor(-1).lower_ == "if":
                return True  # 'if not, no harm done'
            if not self._in(word, "conceding-verbs") or word.pos_ != "VERB":
                continue
            negated = any(c.dep_ == "neg" for c in word.children)
            if not negated and self._by_writer(_subjects(word)):
                return True
        return False

    def _in(self, token: Token, name: str) -> bool:
        """Whether the word (its lemma or its form) is in the pack's word list `name`."""
        words = self.term_set(name)
        return token.lemma_.lower() in words or token.lower_ in words

    def _writers_own_reply(self, match: Match) -> bool:
        """'my answer is due by Friday', 'I need to answer them by Friday': the writer's reply
        (to another employer), not a demand on the reader."""
        first_person = self.term_set("first-person")
        nouns = self.term_set("reply-nouns")
        receiving = self.term_set("receiving-verbs")
        for token in match.span:
            lemma = token.lemma_.lower()
            owned = any(c.dep_ == "poss" and c.lower_ in first_person for c in token.children)
            if (
                token.pos_ == "NOUN"
                and lemma in nouns
                # 'my answer', 'an answer from my side', 'I must give them an answer'
                and (owned or self._given(token) or self._handed_over(token))
            ):
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

    def _handed_over(self, noun: Token) -> bool:
        """A reply the writer hands over: 'I must give them an answer', 'I owe them a reply'."""
        verb = noun.head
        giving = self.term_set("giving-verbs")
        if noun.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in giving:
            return False
        return self._by_writer(_subjects(verb))

    def _given(self, noun: Token) -> bool:
        """A reply the writer gives: 'an answer for you', 'a quick update from my side'."""
        first_person = self.term_set("first-person")
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "to", "from"):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                words = {obj.lower_, *(c.lower_ for c in obj.children if c.dep_ == "poss")}
                owner = first_person if prep.lower_ == "from" else self.term_set("reader-words")
                if words & owner:
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

    def _binds_someone_else(self, match: Match) -> bool:
        """The match's deadline (its date, else its last word: 'right away', 'ASAP') binds
        someone other than the reader: the writer's own promptness ('let me know and I will
        send them right away') or a third party's habit ('decisions are taken on Monday and
        reversed by Thursday'). An imperative, 'you', the writer awaiting an answer, and an
        obligation ('must be made by Friday') stay demands."""
        if self._insists(match, hard=True):
            return False  # 'revert within 24 hours failing which I will assume…'
        question = self._question_clause(match)
        verb = question.head if question is not None else self._bound_verb(_deadline(match))
        if verb is None or verb.sent.text.rstrip().endswith("?"):
            return False  # 'Could your team confirm by Friday?' asks the reader's side
        if self._hears_from_writer(verb):
            return True  # 'the other company needs to hear from me by Friday'
        subjects = _subjects(verb)
        if not subjects or any(self._readers(s) for s in subjects) or _imperative(verb):
            return False
        if verb.dep_ in ("ccomp", "xcomp") and (
            _imperative(verb.head) or self._readers_clause(verb.head)
        ):
            return False  # 'Kindly ensure that the decision is communicated to me by Friday'
        words = {s.lower_ for s in subjects}
        if words <= self.term_set("first-person"):
            return not self._awaits(verb) and not self._asks_for_reply(verb)
        if words & self.term_set("dummy-subjects"):
            return False
        return not self._necessary(verb)

    def _readers_clause(self, verb: Token) -> bool:
        """A verb whose own subject is the reader: 'you will make sure that ...'."""
        return any(self._readers(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))

    def _hears_from_writer(self, verb: Token) -> bool:
        """A verb of receiving whose source is the writer: someone waits for the writer."""
        if verb.lemma_.lower() not in self.term_set("receiving-verbs"):
            return False
        first_person = self.term_set("first-person")
        return any(
            p.dep_ == "prep"
            and p.lower_ == "from"
            and any(o.lower_ in first_person for o in p.children)
            for p in verb.children
        )

    def _softened(self, match: Match) -> bool:
        """Pressure undone by its clause: negated ('please do not feel any pressure to respond
        quickly'), thanks for a reply already given ('thank you for your prompt response'),
        or looking back ('a quick yes would have been a courtesy')."""
        entry = match.entry.id
        if entry in self.term_set("insisting-entries") | self.term_set("negated-entries"):
            return False  # 'if I do not hear by Friday', 'I cannot wait' are negated on purpose
        chain = _clause_chain(match.span[0])
        if _negated(chain) or self._thanks_for(chain):
            return True
        return _looks_back_modally([*chain, *_nearby_roots(match)])

    def _released(self, match: Match) -> bool:
        """The writer lets the reader off in the same or the next sentence: 'If that isn't
        possible, I understand', 'if you can't, that is fine' - a wish, not a deadline."""
        sent = match.span.sent
        doc = sent.doc
        following = doc[sent.end].sent if sent.end < len(doc) else None
        for sentence in filter(None, (sent, following)):
            for word in sentence:
                if word.lemma_.lower() not in self.term_set("release-words"):
                    continue
                if any(c.dep_ in ("ccomp", "dobj") for c in word.children):
                    continue  # 'I will understand that the position has gone': the ultimatum
                if any(c.dep_ == "advcl" and self._if_not(c) for c in word.children):
                    return True
        return False

    def _if_not(self, clause: Token) -> bool:
        """'if that isn't possible', 'if you can't' - not 'if I do not hear by then'."""
        children = list(clause.children)
        marked = any(c.dep_ == "mark" and c.lower_ == "if" for c in children)
        subjects = [c for c in children if c.dep_ in ("nsubj", "expl")]
        writer = any(c.lower_ in self.term_set("first-person") for c in subjects)
        return marked and not writer and any(c.dep_ == "neg" for c in children)

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
        if verb.lemma_.lower() in self.term_set("giving-verbs"):
            return False  # 'I need to give them an answer by Monday': the writer's reply
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
        if verb.pos_ not in ("VERB", "AUX") or match.entry.id == "ultimatum":
            return False  # 'failing which I shall take it…': what the writer does is the threat
        question = self._question_clause(match)
        inner = question.head if question is not None else _deadline_verb(match)
        if inner is not None and any(a.i == verb.i for a in inner.ancestors):
            verb = inner
        lemma = verb.lemma_.lower()
        if lemma in self.term_set("receiving-verbs"):
            return self._tells_reader(verb) or self._knows_something_else(verb)
        if lemma in self.term_set("awaiting-verbs"):
            return False  # 'we'll need your verdict by tonight'
        if any(c.dep_ == "auxpass" for c in verb.children):
            return False  # 'I would like to be informed by Friday': the writer receives
        return self._by_writer(_subjects(verb))

    def _knows_something_else(self, verb: Token) -> bool:
        """'I know the kids' names by the end of the first week': the writer's own knowing of
        something that is no reply, said as a plain statement (not 'I need to know by
        Friday', not 'I must know your decision by Friday')."""
        if verb.dep_ in ("xcomp", "ccomp") or any(c.tag_ == "MD" for c in verb.children):
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        return (
            bool(objects)
            and self._by_writer(_subjects(verb))
            and not any(o.lemma_.lower() in self.term_set("reply-nouns") for o in objects)
        )

    def _tells_reader(self, verb: Token) -> bool:
        """'I'll let you know by Friday': the reader is the one to know, the writer tells."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
        causer = verb.head
        if not subjects or causer.lemma_.lower() not in self.term_set("causing-verbs"):
            return False
        if any(s.lower_ in self.term_set("first-person") for s in subjects):
            return False
        return self._by_writer(_subjects(causer))


def _consequence_of_another(match: Match, kept: list[Match]) -> bool:
    """'..., failing which I will assume I am not selected', 'Otherwise I will have to
    accept': the threat that follows a demand already found in its sentence or the one
    before is part of that demand, not a second one."""
    if match.span[0].lower_ not in ("otherwise", "failing"):
        return False
    sent = match.span.sent
    before = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(
        other is not match and before <= other.span.start < match.span.start for other in kept
    )


def _that_said(token: Token) -> bool:
    """'That said', 'This said': a turn in the writer's own argument, not a report."""
    return (
        token.lower_ == "said"
        and token.i > 0
        and token.nbor(-1).lower_ in ("that", "this")
        and token.nbor(-1).is_sent_start
    )


#: Replies the writer may thank the reader for having given ('I appreciate the quick decision').
_REPLY_NOUNS = frozenset({"decision", "reply", "response", "answer", "call", "update", "news"})


def _rejected_alternative(match: Match) -> bool:
    """The speed is what the writer would rather avoid: 'Better that than rushing it',
    'rather than a quick answer', 'instead of hurrying', 'without rushing anyone'."""
    doc, start = match.span.doc, match.span.start
    before = [t.lower_ for t in doc[max(match.span.sent.start, start - 2) : start]]
    return bool(before) and (before[-1] in ("than", "without") or before[-2:] == ["instead", "of"])


def _said_of_replies(match: Match) -> bool:
    """A prompt reply spoken of as a thing, the subject of a plain present, beside thanks for
    the reply already given ('I appreciate the quick decision; hearing back within a week
    means a lot'): no one is asked for it; 'hearing back by Friday would help' asks."""
    sent = match.span.sent
    thanked = any(
        t.lemma_.lower() in ("appreciate", "thank")
        and any(
            c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in _REPLY_NOUNS
            for c in (*t.children, *(g for p in t.children if p.dep_ == "prep" for g in p.children))
        )
        for t in sent
    )
    if not thanked:
        return False
    for token in match.span:
        head = token.head
        if token.dep_ == "csubj" and token.tag_ == "VBG" and head.tag_ in ("VBZ", "VBP"):
            return not any(c.tag_ == "MD" for c in head.children)
    return False


def _grants_time(match: Match) -> bool:
    """The decision is said to take time ('a decision with several candidates needs time,
    especially in the weeks before the Christmas peak'): the writer allows time, not limits it."""
    return any(
        token.lemma_.lower() == "time"
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in ("need", "take", "require")
        and not any(
            c.dep_ == "neg" or (c.dep_ == "nsubj" and c.lower_ in ("i", "we"))
            for c in token.head.children
        )
        for token in match.span
    )


def _governors(token: Token) -> list[Token]:
    """The verbs whose clause `token` is in: its own verb, the verbs that verb completes ('I
    need to hear'), and the verb it is the object clause of ('I trust I will have an
    answer')."""
    found: list[Token] = []
    node = token
    while node.head.i != node.i and len(found) < 6:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        found.append(node)
        if node.dep_ == "ccomp" and node.head.pos_ in ("VERB", "AUX"):
            found.append(node.head)
            break
        if node.dep_ != "xcomp":
            break
    return found


def _overlap(one: Match, other: Match) -> bool:
    return one.span.start < other.span.end and other.span.start < one.span.end


def _from_the_demand(match: Match) -> Match:
    """The match from where the demand starts: 'nobody has replied, and I want a response
    today' quotes 'I want a response today', not the report before it."""
    bound = _deadline_verb(match)
    first = match.span[0]
    if bound is None or not _looks_back(first) or _looks_back(bound):
        return match
    start = min((t.i for t in bound.subtree if t.i >= first.i), default=first.i)
    return Match(match.entry, match.span.doc[start : match.span.end])


def _reported_past(match: Match) -> bool:
    """'I heard nothing until today': a past reply verb reports, it does not demand."""
    verb = match.span[0]
    if not _looks_back(verb):
        return False
    bound = _deadline_verb(match)
    if bound is not None and not _looks_back(bound):
        return False  # 'nobody has replied, and I want a response today'
    return not any(t.lower_ in ("if", "unless") for t in match.span.sent if t.i < verb.i)


def _deadline(match: Match) -> Token:
    """The match's deadline word: its first date, else its last word ('ASAP', 'away'),
    never a closing comma."""
    words = [t for t in match.span if not t.is_punct] or [match.span[-1]]
    return next((t for t in words if t.ent_type_ in ("DATE", "TIME")), words[-1])


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
        # "you'd mentioned": before a participle "'d" is 'had', whatever the lemma says
        or (verb.tag_ == "VBN" and any(a.lower_ in ("'d", "’d") for a in auxiliaries))
    )


# How the parse hangs a clause put first from the one after it.
_FRONTED = ("ccomp", "parataxis", "advcl", "npadvmod")


def _clause_chain(token: Token) -> list[Token]:
    """The token and the words it hangs from, up to a clause put before its head: in
    'Reply today please, I don't have time to wait' the parse hangs the request from the
    complaint after it, whose 'not' is not the request's."""
    chain = [token]
    while token.head.i != token.i:
        if token.dep_ in _FRONTED and token.i < token.head.i:
            break
        token = token.head
        chain.append(token)
    return chain


def _negated(chain: list[Token]) -> bool:
    """A 'not' on the match or a word it hangs from ('there is no need to rush'), outside
    an 'if' or 'unless' clause."""
    children = [c for t in chain for c in t.children]
    conditional = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children)
    nouns = [c for t in chain if t.pos_ == "NOUN" for c in t.children]
    no = any(c.dep_ == "det" and c.lower_ == "no" for c in nouns)
    return not conditional and (no or any(c.dep_ == "neg" for c in children))


def _nearby_roots(match: Match) -> list[Token]:
    """The roots of the match's sentence and of the words just after it: a fragment ('A
    quick yes') may be parsed apart from its verb ('or no would have been a courtesy')."""
    doc = match.span.doc
    after = doc[match.span.end : min(len(doc), match.span.end + 8)]
    return [t for t in (*match.span.sent, *after) if t.dep_ == "ROOT"]


def _looks_back_modally(chain: list[Token]) -> bool:
    """'would have been appreciated', 'should have replied': a wish about the past."""
    return any(is_perfect(t) and any(c.tag_ == "MD" for c in t.children) for t in chain)


def _imperative(verb: Token) -> bool:
    """A bare main verb with a vocative parsed as its subject: 'Please, everyone, respond'
    (but not 'I will let my recruiter know')."""
    bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    # 'Tell me the outcome now, I can't keep waiting': a request put first, hung by the
    # parse from the clause after it
    fronted = verb.i == verb.sent.start and verb.dep_ in _FRONTED and verb.i < verb.head.i
    return verb.tag_ == "VB" and (verb.dep_ == "ROOT" or fronted) and bare


def _control_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it completes or is coordinated with ('need to be made'),
    through an adjective ('able to confirm')."""
    chain = [verb]
    while len(chain) < 8:
        last, head = chain[-1], chain[-1].head
        if last.dep_ in ("xcomp", "conj") and head.pos_ in ("VERB", "AUX"):
            chain.append(head)
        elif last.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
            chain.append(head.head)  # 'I should be able to confirm': the copula's subject
        else:
            break
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


def _kind_enough_to(verb: Token, first_person: frozenset[str]) -> bool:
    """'You were kind enough to say that ...', 'you were good enough to mention ...': what the
    reader said, reported in the past through the adjective that frames it."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.pos_ != "ADJ":
        return False
    copula = adjective.head if adjective.dep_ == "acomp" else adjective
    return _looks_back(copula) and _speaker_is_other(copula, first_person)


def _speaker_is_other(verb: Token, first_person: frozenset[str]) -> bool:
    """The reporting verb's speaker is not the writer: 'you said', 'I was told'."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True  # "I was told", "it was mentioned"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return verb.dep_ in ("advcl", "relcl") and verb.tag_ in ("VBD", "VBN")  # "as discussed"
    return all(s.lower_ not in first_person for s in subjects)


#: Verbs of owning up after 'must': 'I must confess', 'I must admit', 'I must say'.
_OWNING_UP = frozenset({"confess", "admit", "say", "add", "acknowledge", "own", "stress"})


def _owned_up(match: Match) -> bool:
    """'I must confess that the decision came as a surprise': 'must' with a verb of owning
    up introduces what the writer says, not a need of the reader's answer."""
    for token in match.span:
        if token.lower_ == "must" and token.head.lemma_.lower() in _OWNING_UP:
            return True
    return False


def _expected_in_the_past(match: Match) -> bool:
    """'I had rather expected to hear something by the end of June', 'I expected an answer
    last week': the writer's expectation told as past - a reproach, perhaps (that is
    `complaint`), not a demand of the reader now."""
    node = match.span.root
    for _ in range(4):
        if node.lemma_.lower() == "expect":
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            mine = any(c.lower_ in ("i", "we") for c in subjects)
            had = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in node.children)
            return mine and (node.tag_ == "VBD" or (node.tag_ == "VBN" and had))
        if node.dep_ not in ("xcomp", "ccomp", "dobj", "prep", "pobj") or node.head.i == node.i:
            return False
        node = node.head
    return False
