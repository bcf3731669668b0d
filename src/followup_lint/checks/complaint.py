"""Rule `complaint`: flags a note that complains about the length of the process or the silence."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.draft.model import TextRange
from followup_lint.matching import Match, entry_matcher
from followup_lint.models import Kind
from followup_lint.sentiment import RatedWords

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from followup_lint.annotated import Draft

SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# Dependents that open a clause of their own: not part of the clause that governs them.
CLAUSAL = frozenset({"advcl", "ccomp", "relcl", "parataxis", "csubj", "acl"})
# Relations through which a clause head hands its subject down to a dependent verb.
SHARED_SUBJECT = frozenset({"conj", "xcomp"})
RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})


# -- dependency helpers, shared by the tone rules ---------------------------------------------


def hyphenated_word(token: Token) -> str:
    """The whole hyphenated word a token is part of, lower-case ('co-workers', 'heads-up':
    the tokenizer splits them at the hyphen); the token itself when it has no hyphen."""
    doc = token.doc
    start = end = token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_:
        end += 2
    return doc[start : end + 1].text.lower()


def own_subjects(verb: Token) -> list[Token]:
    """The verb's own subjects (a clause as subject aside): 'I', 'the panel', 'there'."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]


def has_subject(token: Token) -> bool:
    """Whether a verb has a subject of its own."""
    return any(c.dep_ in SUBJECTS for c in token.children)


def clause_head(token: Token) -> Token:
    """The head of the clause a token belongs to: the nearest verb with a subject, else the root."""
    node = token
    while True:
        is_verb = node.pos_ in ("VERB", "AUX")
        if is_verb and (has_subject(node) or node.dep_ in CLAUSAL):
            return node
        if node.head.i == node.i or node.dep_ == "ROOT":
            return node
        node = node.head


def own_clause_tokens(head: Token) -> list[Token]:
    """A clause's tokens without the subordinate or coordinated clauses it governs."""
    found = [head]
    stack = list(head.children)
    while stack:
        child = stack.pop()
        if child.dep_ in CLAUSAL or (child.dep_ == "conj" and has_subject(child)):
            continue
        found.append(child)
        stack.extend(child.children)
    return sorted(found, key=lambda t: t.i)


def clause_range(token: Token) -> TextRange:
    """The text of the clause around `token`, up to a following clause with its own subject."""
    head = clause_head(token)
    cut = min(
        (
            c.left_edge.i
            for c in head.children
            if c.dep_ == "conj" and c.i > token.i and has_subject(c)
        ),
        default=None,
    )
    tokens = [t for t in head.subtree if cut is None or t.i < cut]
    while len(tokens) > 1 and (
        tokens[0].is_punct
        or tokens[0].is_space
        or (tokens[0].dep_ in ("cc", "mark") and tokens[0].head.i == head.i)
    ):
        tokens.pop(0)
    while len(tokens) > 1 and _trailing_noise(tokens):
        tokens.pop()
    return TextRange(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _trailing_noise(tokens: list[Token]) -> bool:
    """Trailing punctuation or a dangling conjunction, but not a bracket closing one inside."""
    last = tokens[-1]
    if last.text in (")", "]") and any(t.text in ("(", "[") for t in tokens[:-1]):
        return False
    return last.is_punct or last.is_space or last.dep_ == "cc"


def subject_of(verb: Token) -> Token | None:
    """Who a verb is about: its subject, a relative pronoun's antecedent, or a controller's."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if subject.tag_ in RELATIVE_TAGS and node.dep_ == "relcl":
                return node.head
            return subject
        if node.dep_ == "xcomp":
            objects = [c for c in node.head.children if c.dep_ in ("dobj", "obj")]
            if objects:
                return objects[0]
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return node.head
        if node.dep_ not in SHARED_SUBJECT and node.dep_ not in ("advcl", "pcomp"):
            return None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def is_perfect(token: Token) -> bool:
    """A perfect ('have sent', 'had received', 'would have replied'): done, or past wishing."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)


def ranks_above(noun: Token) -> bool:
    """'nobody above me', 'the people over us', 'nobody upstairs': someone placed above the
    writer at work."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("above", "over"))
        or (c.dep_ == "advmod" and c.lower_ == "upstairs")
        for c in noun.children
    )


def is_negated(token: Token) -> bool:
    """A 'not' or 'never' on the token or on the copula or auxiliary it hangs from."""
    nodes = [token]
    if token.dep_ in ("acomp", "attr", "oprd", "xcomp") or token.pos_ in ("ADJ", "NOUN"):
        nodes.append(token.head)
    return any(
        c.dep_ == "neg"
        or c.lower_ == "never"
        or (c.lower_ == "once" and any(g.dep_ == "neg" for g in c.children))
        for n in nodes
        for c in n.children
    )


#: Verbs by which the reader foretold the pace: 'You warned me it would be slow'.
_FORETELLING = frozenset({"warn", "tell", "say", "mention", "predict", "explain", "caution"})


def _foretold_by_reader(verb: Token) -> bool:
    """'You warned me it would be a slow couple of weeks': the pace is what the reader said
    beforehand, reported, not the writer's grievance."""
    node = verb
    while node.dep_ == "ccomp" and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in _FORETELLING:
            return _readers_word(node)
    return False


def _readers_word(verb: Token) -> bool:
    """The verb is said by the reader's side: 'you warned', 'they told'."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("you", "they") for c in verb.children)


def is_hypothetical(token: Token, marks: frozenset[str]) -> bool:
    """Whether the token sits in a clause introduced by 'if', 'unless', 'whether' and the like."""
    node = token
    for _ in range(12):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def sentence_words(sent: Span) -> set[str]:
    """Lower-cased forms and lemmas of a sentence's tokens."""
    return {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}


# -- the check ----------------------------------------------------------------------------


#: Predicates that make light of a wait: 'twelve days is nothing', 'three weeks is normal'.
_LIGHT = frozenset({"nothing", "normal", "reasonable", "understandable", "fine", "usual"})
#: What a duration is said not to be when the writer makes light of it: 'is not long'.
_HEAVY = frozenset({"long", "unusual", "unreasonable", "excessive", "much", "forever"})


def _made_light_of(unit: Token) -> bool:
    """'twelve days is nothing in a hiring process', 'three weeks is perfectly normal', 'two
    weeks is not long for a hospital': the duration said to be no great wait."""
    head = unit.head
    if unit.dep_ not in ("nsubj", "nsubjpass") or head.lemma_.lower() != "be":
        return False
    said = [c for c in head.children if c.dep_ in ("attr", "acomp")]
    if is_negated(head):
        # 'two weeks is not long for a hospital', 'ten days isn't a long time'
        return any(c.lower_ in _HEAVY or _long_time(c) for c in said)
    return any(c.lower_ in _LIGHT for c in said)


def _long_time(noun: Token) -> bool:
    """'a long time', 'a long wait'."""
    return noun.lower_ in ("time", "wait") and any(c.lower_ == "long" for c in noun.children)


class Complaint(Check):
    """Pack entries anchor candidate complaints; each is kept only in the right context.

    Not having heard counts when it is insistent ('still', 'since', 'not once', counted
    attempts, elapsed time) and not softened ('yet'); elapsed time needs a reproach in the
    same sentence; frustration needs the writer as experiencer and the wait as its topic.
    Entries without a test of their own ('went unanswered', 'in limbo') count unless they
    are hypothetical. One finding per sentence, spanning the clause that complains, with the
    matching entry's message and suggestions.
    """

    id = "complaint"
    needs = frozenset({"parser", "lemmatizer", "ner"})

    def setup(self, nlp: Language) -> None:
        self._matcher = entry_matcher(nlp, self.pack)
        terms = self.term_set
        self._hearing = terms("hearing-verbs")
        self._replies = terms("reply-nouns")
        self._hearing_objects = terms("hearing-objects")
        self._intensifiers = terms("intensifiers")
        self._softeners = terms("softeners")
        self._plain_silence = terms("plain-silence-entries")
        self._contrasts = terms("contrast-words")
        self._waiting_on = terms("waiting-on-entries")
        self._marks = terms("conditional-marks")
        self._attempts = terms("attempt-nouns")
        self._attempt_verbs = terms("attempt-verbs")
        self._units = terms("time-units")
        self._reproach = terms("reproach-words")
        self._weighty = terms("weighty-words")
        self._quantities = terms("quantities")
        self._ongoing = terms("ongoing")
        self._reply_verbs = terms("reply-verbs")
        self._closed_when_answered = terms("closed-when-answered")
        self._nobody = terms("nobody")
        self._topics = terms("delay-topics")
        self._silence_verbs = terms("silence-verbs")
        self._evaluative = terms("evaluative-subjects")
        self._first_person = terms("first-person")
        self._modal = terms("modal-or-generic")
        self._persistent = terms("persistent")
        self._nothing = terms("nothing-words")
        self._no = terms("no-words")
        self._length_topics = terms("length-topics")
        self._chase_objects = terms("chase-objects")
        self._processes = terms("process-nouns")
        self._hiring_side = terms("hiring-side-words")
        self._length_intensifiers = terms("length-intensifiers")
        self._slow_words = terms("slow-words")
        self._silence_nouns = terms("silence-nouns")
        self._frequency = terms("frequency-adverbs")
        self._generic_dets = terms("generic-determiners")
        self._acceptance = terms("acceptance-verbs")
        self._workplaces = terms("workplace-nouns")
        self._elsewhere_preps = terms("elsewhere-prepositions")
        self._discovery = terms("discovery-verbs")
        self._anyone = terms("generic-people")
        self._second_person = terms("second-person")
        self._stances = terms("stance-verbs")
        self._courteous = terms("courtesy-words")
        self._sufficing = terms("sufficing-verbs")
        self._enough = terms("enough-words")
        self._expectations = terms("expectation-verbs")
        self._answer_verbs = terms("answer-verbs")
        self._answer_nouns = terms("answer-nouns")
        self._back = terms("back-particles")
        self._every = terms("every-words")
        self._contact = terms("contact-nouns")
        self._ample = terms("ample-words")
        self._deciding = terms("deciding-verbs")
        self._promises = terms("promise-verbs")
        self._deadlines = terms("deadline-nouns")
        self._lost_things = terms("lost-things")
        self._inference_topics = terms("inference-topics")
        self._efforts = terms("effort-nouns")
        self._more = terms("more-words")
        self._repeats = terms("repeat-adverbs")
        self._again = terms("again-words")
        self._no_result = terms("no-result-nouns")
        self._endless = terms("endless-words")
        self._negated_grievances = terms("negated-grievances")
        self._growth = terms("growth-verbs")
        self._minimum = terms("minimum-words")
        self._rated = RatedWords(self)
        self._predicate_deps = terms("predicate-deps")
        self._cause_deps = terms("cause-deps")
        self._conditions = terms("conditions")
        self._tests: dict[str, Callable[[Token], bool]] = {
            "hearing": self._unanswered_hearing,
            "no-answer": self._no_answer,
            "never-replied": self._never_replied,
            "nobody-replied": self._nobody_replied,
            "elapsed": self._elapsed_reproach,
            "frustration": self._frustration,
            "too-long": self._too_long,
            "ignored": self._ignored,
            "finally": self._finally,
            "chased": self._chased,
            "not-much-to-ask": self._small_ask,
            "none-received": self._none_received,
            "had-to-ask": self._had_to_ask,
            "slow-as": self._likened_to_slowness,
            "been-patient": self._been_patient,
            "still-waiting": self._still_waiting,
            "slow-process": self._slow_process,
            "bothered": self._bothered,
            "by-now": lambda token: True,
            "date-passed": self._date_passed,
            "promised-ago": self._promised_long_ago,
            "would-have-been": self._counterfactual,
            "without-reply": self._without_reply,
            "expected-sooner": self._expected_sooner,
            "dated-now": self._past_promised_date,
            "after-their-date": self._after_their_date,
            "only-assume": self._sardonic_inference,
            "deserved-better": self._deserved_better,
            "dragging": self._dragging,
            "gone-quiet": self._gone_quiet,
            "lost-in-the-void": self._lost_in_the_void,
        }

    def run(self, draft: Draft) -> Iterator[Hit]:
        prose = draft.prose_ranges()
        best: dict[int, tuple[int, Match]] = {}
        found = self._matcher.by_entry(draft.doc)
        # A word an entry already matched has had its own, more specific test.
        listed = {i for ms in found.values() for m in ms for i in range(m.span.start, m.span.end)}
        for entry_id, matches in found.items():
            test = self._tests.get(entry_id, self._plain_grievance)
            for match in matches:
                sent = match.span.sent
                if not any(r.contains(match.span.start_char) for r in prose):
                    continue
                anchor = self._anchor(match)
                if self._elsewhere(anchor) or not test(anchor):
                    continue
                if entry_id in self._plain_silence and self._excused_next(sent):
                    continue  # 'No news since the interview. I know July is vacation time.'
                if entry_id in self._waiting_on and draft.kind == Kind.OFFER_NOTICE:
                    continue  # 'I cannot wait forever': the other offer's clock, not the delay
                kept = best.get(sent.start)
                if kept is None or match.span.start < kept[0]:
                    best[sent.start] = (match.span.start, match)
        for word in self._rated_words(draft.doc, listed):
            sent = word.sent.start
            if sent in best or not any(r.contains(word.idx) for r in prose):
                continue
            if not self._elsewhere(word) and self._aggrieved(word):
                best[sent] = (word.i, Match(self._rated.entry, word.doc[word.i : word.i + 1]))
        for _, match in sorted(best.values(), key=lambda item: item[0]):
            yield self._hit(draft, match)

    def _hit(self, draft: Draft, match: Match) -> Hit:
        anchor = self._anchor(match)
        if match.entry.id == "expected-sooner":
            anchor = self._past_expectation(anchor) or anchor  # the whole 'I expected ...'
        rng = clause_range(anchor)
        text = draft.text[rng.start : rng.end]
        entry = match.entry
        message = (entry.message or "{match}").format(match=text)
        return Hit(rng.start, rng.end, entry.id, message, entry.severity, entry.suggestions)

    @staticmethod
    def _anchor(match: Match) -> Token:
        """The token whose context decides: the span's syntactic root."""
        return match.span.root

    # -- words human raters call negative (the VADER lexicon) -------------------------------
    def _rated_words(self, doc: Doc, listed: set[int]) -> Iterator[Token]:
        """Words rated clearly negative that no entry matched: one dictionary lookup per
        token, so a stranger's 'agonising', 'a mess' or 'insulting' counts unlisted."""
        for token in self._rated.tokens(doc):
            if token.i not in listed:
                yield token

    def _aggrieved(self, word: Token) -> bool:
        """A rated word said of the wait ('the silence is stressful', 'your process has been
        a mess', 'the wait is killing me'), or the writer's feeling about it ('I am angry
        about the delay'); not negated ('no stress'), hypothetical, generic or accepted."""
        lemma = word.lemma_.lower()
        if lemma in self._topics or lemma in self._processes or lemma in self._conditions:
            return False  # "the delay" itself is the topic, not a judgement of it
        if self._hypothetical(word) or is_negated(word):
            return False
        if any(c.lower_ in self._no for c in word.children):
            return False
        node = word
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head  # "exhausting and chaotic"
        predicate = node.head if node.dep_ in self._predicate_deps else node
        if any(c.dep_ == "aux" and c.lower_ in self._modal for c in predicate.children):
            return False  # "I would be sad to miss out"
        if self._generic(predicate) or self._accepted(predicate):
            return False
        verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and _foretold_by_reader(verb):
            return False  # 'You warned me it would be a slow couple of weeks'
        if lemma in _FORETELLING and _readers_word(word):
            return False  # the reader's warning itself, not the writer's grievance
        if any(self._the_wait(n) for n in self._described(node, predicate)):
            return True
        return self._writer_feels_it(node, predicate) and self._caused_by_wait(node, predicate)

    @staticmethod
    def _described(node: Token, predicate: Token) -> list[Token]:
        """What the rated word is said of: the noun it modifies, its clause's subject, or
        the object it is predicated of ('I find the delay insulting')."""
        found = [node.head] if node.dep_ in ("amod", "acl") else []
        # Not a subject borrowed across an adverbial clause: in 'your decision be sent by
        # Thursday, failing which ...' the failing is not the decision's.
        subject = subject_of(predicate) if predicate.dep_ != "advcl" else None
        if subject is not None:
            found.append(subject)
        found.extend(c for c in predicate.children if c.dep_ in SUBJECTS | {"dobj", "obj"})
        return found  # every subject: "ngl the wait is killing me" has two

    def _the_wait(self, noun: Token) -> bool:
        """The employer's process, wait or silence - not the writer's own."""
        lemma = noun.lemma_.lower()
        if lemma not in self._processes and lemma not in self._topics:
            return False
        if any(self._named_after_other(c) for c in noun.children if c.dep_ == "compound"):
            return False  # 'mocking the bank response in the lower environments'
        return not self._mine(noun) and not self._owned_by_writer(noun)

    def _named_after_other(self, modifier: Token) -> bool:
        """A compound naming whose process it is, when that is not the hiring side's."""
        lemma = modifier.lemma_.lower()
        return not (lemma in self._processes or lemma in self._topics or lemma in self._hiring_side)

    def _writer_feels_it(self, node: Token, predicate: Token) -> bool:
        """The writer is who feels it: 'I am hurt', 'it is making me sad', 'frustrates me' -
        not who acts ('I doubt', 'failing which I shall accept'): a verb is a feeling only
        as a participle or with the writer as its object."""
        if node.pos_ == "VERB":
            objects = [c for c in node.children if c.dep_ in ("dobj", "obj")]
            if any(self._is_first_person(o) for o in objects):
                return True
            if node.tag_ != "VBN":
                return False
        people = [subject_of(predicate), subject_of(clause_head(node)), *node.children]
        return any(
            p is not None and p.dep_ in SUBJECTS | {"dobj", "obj"} and self._is_first_person(p)
            for p in people
        )

    def _caused_by_wait(self, node: Token, predicate: Token) -> bool:
        """The feeling's cause, said beside it, is the wait or the silence ('about the delay',
        'that nobody has told me anything', 'by how long this is taking')."""
        causes = [c for t in {node, predicate} for c in t.children if c.dep_ in self._cause_deps]
        words = [w for c in causes for w in c.subtree]
        if any(w.lemma_.lower() in self._topics for w in words):
            return True
        return any(
            w.lower_ in self._nothing and w.head.lemma_.lower() in self._reply_verbs for w in words
        ) or (bool(words) and self._silence_in(node.doc[min(words).i : max(words).i + 1]))

    # -- context ----------------------------------------------------------------------------
    def _hypothetical(self, token: Token) -> bool:
        return is_hypothetical(token, self._marks)

    def _is_first_person(self, token: Token | None) -> bool:
        return token is not None and token.lower_ in self._first_person

    def _insistent(self, head: Token) -> bool:
        """Intensifiers in the clause, counted attempts or elapsed time in the sentence."""
        words = own_clause_tokens(head)
        lowered = {t.lower_ for t in words if t.dep_ != "mark"}
        if lowered & self._intensifiers:
            return True
        if any(t.lower_ == "all" and t.head.lower_ == "at" for t in words):
            return True
        sent = head.sent
        if self._after_own_attempt(head):
            return True
        return self._counted_attempts(sent) or self._elapsed_in(sent) or self._dated_now(sent)

    def _after_own_attempt(self, head: Token) -> bool:
        """'I mailed on the 22nd and also heard nothing': the silence answered the writer's
        own earlier try, a second time unanswered."""
        attempt = head.head
        return (
            head.dep_ == "conj"
            and attempt.i < head.i
            and attempt.lemma_.lower() in self._attempt_verbs
            and self._is_first_person(subject_of(attempt))
        )

    def _elsewhere(self, token: Token) -> bool:
        """'At my last job, the approval process was painfully slow': the clause is set at
        the writer's own workplace, so its delays are not this employer's."""
        for word in own_clause_tokens(clause_head(token)):
            if word.dep_ == "prep" and word.lower_ in self._elsewhere_preps:
                for place in word.children:
                    if place.lemma_.lower() in self._workplaces and self._mine(place):
                        return True
        return False

    def _generic(self, head: Token) -> bool:
        """'these things often take longer', 'hiring processes take time': a habit of
        processes in general, not a reproach about this one."""
        if any(c.lower_ in self._frequency for c in head.children):
            return True
        subject = subject_of(head)
        if subject is None or subject.tag_ != "NNS" or head.tag_ not in ("VBP", "VBZ"):
            return False
        if any(c.dep_ == "aux" for c in head.children):
            return False  # "things are taking longer": this process, now
        return all(
            c.lower_ in self._generic_dets for c in subject.children if c.dep_ in ("det", "poss")
        )

    def _accepted(self, head: Token) -> bool:
        """'I understand the decision is taking longer': the writer accepts the delay."""
        node = head
        while node.dep_ in ("ccomp", "conj") and node.head.i != node.i:
            parent = node.head
            if node.dep_ == "ccomp":
                if is_negated(parent):
                    return False  # "I cannot understand why it is taking so long"
                return parent.lemma_.lower() in self._acceptance and self._is_first_person(
                    subject_of(parent)
                )
            node = parent
        return False

    def _excused_next(self, sent: Span) -> bool:
        """The next sentence accepts the silence just stated: 'I know July is vacation time
        for everybody, so I am not surprised', 'I understand these things take time.'; not
        'I understand you are busy, but ...'."""
        doc = sent.doc
        while sent.end < len(doc) and doc[sent.end].is_space:
            sent = doc[sent.start : sent.end + 1]  # the spaces after it, if any
        if sent.end >= len(doc) or "\n\n" in doc[sent.end - 1].text_with_ws:
            return False  # the next sentence is in another paragraph
        following = doc[sent.end].sent
        if any(t.lower_ in self._contrasts for t in following):
            return False
        for token in following:
            lemma = token.lemma_.lower()
            if (
                lemma in ("surprised", "surprise")
                and token.dep_ == "acomp"
                and is_negated(token.head)
                and self._is_first_person(subject_of(token.head))
            ):
                return True  # 'so I am not surprised'
            if lemma not in self._acceptance or token.pos_ != "VERB" or is_negated(token):
                continue
            if token.dep_ not in ("ROOT", "conj"):
                continue  # 'I need to know ASAP whether ...' wants to know, accepts nothing
            if not self._is_first_person(subject_of(token)):
                continue
            clauses = [c for c in token.children if c.dep_ == "ccomp"]
            if clauses and all(not self._is_first_person(subject_of(c)) for c in clauses):
                return True  # 'I know July is vacation time', not 'I know I can turn it round'
        return False

    def _about_reply(self, tokens: Iterator[Token] | list[Token]) -> bool:
        """Whether some token is a reply ('an acknowledgement'), hearing back, or answering
        ('getting back to candidates', 'to let me know')."""
        for token in tokens:
            lemma = token.lemma_.lower()
            if lemma in self._answer_nouns and token.pos_ in ("NOUN", "PROPN"):
                return True
            if token.pos_ != "VERB":
                continue
            if lemma in self._answer_verbs:
                return True
            if lemma == "hear" and any(
                (c.dep_ == "dobj" and c.lower_ in ("something", "anything", "news"))
                or (c.dep_ == "prep" and c.lower_ == "from")
                for c in token.children
            ):
                return True  # 'to hear something by the end of June', 'to hear from you'
            backed = any(c.lower_ in self._back for c in token.children)
            if lemma in self._reply_verbs and backed and not self._thing_returns(token):
                return True
        return False

    def _thing_returns(self, verb: Token) -> bool:
        """'without a single plate coming back to the pass': what comes back is a thing, not
        a reply nor anyone on the hiring side."""
        subject = subject_of(verb) or (verb.head if verb.dep_ == "acl" else None)
        if subject is None or subject.pos_ != "NOUN":
            return False
        lemma = subject.lemma_.lower()
        return not (
            lemma in self._answer_nouns or lemma in self._hiring_side or lemma in self._anyone
        )

    def _softened(self, head: Token) -> bool:
        lowered = {t.lower_ for t in own_clause_tokens(head)}
        return bool(lowered & self._softeners) and not lowered & self._persistent

    def _counted_attempts(self, sent: Span) -> bool:
        """'three emails', 'my third message', 'twice' next to chasing."""
        for token in sent:
            repeated = token.lower_ in self._repeats and token.dep_ == "advmod"
            if repeated and self._is_first_person(subject_of(token.head)):
                return True  # "I have emailed twice"
            if self._hyphen_word(token) in self._attempts:
                first = token.doc[token.i - 2]  # "three follow-ups"
                if any(c.like_num for t in (token, first) for c in t.children):
                    return True
            if token.lemma_.lower() in self._attempts and token.pos_ == "NOUN":
                for child in token.children:
                    if child.like_num or child.ent_type_ in ("CARDINAL", "ORDINAL"):
                        return True
                    if child.dep_ in ("det", "predet") and child.lower_ in ("either", "both"):
                        return True  # 'a response to either email': there were two
        return False

    @staticmethod
    def _hyphen_word(token: Token) -> str:
        """'follow-ups' as one word ending at `token`, singular: 'follow-up'."""
        doc = token.doc
        if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 2].whitespace_:
            return ""
        return f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"

    def _elapsed_in(self, sent: Span) -> bool:
        return any(t.lemma_.lower() in self._units and self._elapsed_construction(t) for t in sent)

    def _elapsed_construction(self, unit: Token) -> bool:
        """'it has been two weeks', 'six weeks is a long time', 'it took you a month',
        'I have been waiting for three weeks' - not 'two months' salary' (a measure)."""
        children = list(unit.children)
        if unit.dep_ == "poss" or any(c.dep_ == "case" for c in children):
            return False
        if not any(c.like_num or c.lower_ in self._quantities for c in children):
            return False
        if any(c.dep_ == "amod" and c.lower_ not in self._quantities for c in children):
            return False  # "a long day", "a busy week": a description, not a duration
        node = unit
        for _ in range(3):
            node = node.head
            lemma = node.lemma_.lower()
            if lemma == "be" and node.pos_ in ("AUX", "VERB"):
                if unit.dep_ == "nsubj":
                    return True  # "six weeks is a long time"
                subjects = [c for c in node.children if c.dep_ in ("nsubj", "expl")]
                ongoing = any(
                    c.lemma_.lower() == "have" or c.lower_ in self._ongoing for c in node.children
                ) or any(c.lower_ in self._ongoing for c in unit.children)
                if ongoing and any(s.lower_ == "it" for s in subjects):
                    return True  # "it has been two weeks", "it is now a month since"
            if lemma in ("take", "wait") and node.tag_ in ("VBD", "VBN", "VBG"):
                return not any(c.lower_ in self._modal for c in node.children)
            if node.head.i == node.i:
                break
        return False

    def _silence_in(self, sent: Span) -> bool:
        """The sentence is about the wait: a delay word, 'no reply', a negated reply, 'the
        lack of communication'."""
        words = sentence_words(sent)
        if words & self._topics or self._lack_of_reply(sent):
            return True
        for token in sent:
            if token.lemma_.lower() in self._replies and any(
                c.lower_ in self._no for c in token.children
            ):
                return True
            lemma = token.lemma_.lower()
            silent = lemma in self._silence_verbs or lemma in self._reply_verbs
            # a verb not done ('nobody answered'), not a noun ('Straight answer: he couldn't…')
            if silent and token.pos_ in ("VERB", "AUX") and is_negated(token):
                return True
        return False

    def _lack_of_reply(self, sent: Span) -> bool:
        """'the lack of communication', 'the absence of any update'."""
        return any(
            t.lemma_.lower() in ("lack", "absence")
            and any(
                p.lower_ == "of"
                and (
                    self._about_reply(p.subtree)
                    or any(o.lemma_.lower() in self._replies for o in p.children)
                )
                for p in t.children
                if p.dep_ == "prep"
            )
            for t in sent
        )

    # -- one test per entry ------------------------------------------------------------------
    def _unanswered_hearing(self, verb: Token) -> bool:
        """'I still have not heard', 'I have received no update' (with elapsed time)."""
        if self._hypothetical(verb):
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "attr")]
        obj = objects[0] if objects else None
        negated = is_negated(verb) or (
            obj is not None
            and (
                obj.lower_ in self._nothing
                or any(c.dep_ == "det" and c.lower_ in self._no for c in obj.children)
            )
        )
        if not negated:
            return False
        if verb.lemma_.lower() == "hear":
            if (
                obj is not None
                and not self._is_reply(obj)
                and obj.lower_ not in self._hearing_objects
            ):
                return False
        elif obj is None or not self._is_reply(obj):
            return False
        subject = subject_of(verb)
        if subject is not None and not self._is_first_person(subject):
            return False
        return not self._softened(verb) and self._insistent(verb)

    def _is_reply(self, noun: Token) -> bool:
        nouns = [noun, *(c for c in noun.children if c.dep_ == "conj")]
        return any(n.lemma_.lower() in self._replies for n in nouns)

    def _no_answer(self, token: Token) -> bool:
        """'Three emails now and no answer', 'no word since', 'Still nothing on the job??'."""
        if self._hypothetical(token):
            return False
        if token.lower_ in self._nothing:
            head = token.head
            fragment = token.dep_ == "ROOT" or (
                token.dep_ == "conj"
                and token.head.pos_ not in ("VERB", "AUX")
                and any(c.lower_ in self._persistent for c in token.children)
            )  # "Three weeks on and still nothing"
            heard = head.lemma_.lower() in self._hearing and token.dep_ in ("dobj", "obj")
            if self._found_nothing(token):
                return True
            if not (fragment or heard):
                return False
        head = clause_head(token)
        if (
            head.lemma_.lower() in self._hearing
            and head.i != token.i
            and head.pos_ in ("VERB", "AUX")
            and token.dep_ in ("dobj", "obj")
        ):
            return self._unanswered_hearing(head)  # "I have received no update"
        if self._softened(head):
            return False
        return self._insistent(head) or self._absences_listed(token.sent)

    def _absences_listed(self, sent: Span) -> bool:
        """'No call, no email.', 'No reply, nothing.': a verbless list of what never came,
        a charge by repetition (one 'no update' alone is only a fact)."""
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            return False
        absent = [t for t in sent if t.lower_ in self._no or t.lower_ in self._nothing]
        return len(absent) >= 2

    def _found_nothing(self, token: Token) -> bool:
        """'checking my inbox forty times a day and finding nothing': the writer (or anyone
        in their place) looks for an answer and finds none, again and again."""
        verb = token.head
        if token.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in self._discovery:
            return False
        finder = subject_of(verb)
        if finder is not None and not (
            self._is_first_person(finder) or finder.lower_ in self._anyone
        ):
            return False  # "the audit found nothing"
        return self._insistent(verb) or self._repeated(verb.sent)

    def _repeated(self, sent: Span) -> bool:
        """'every day', 'for three weeks': looking again and again, or for a long time."""
        for unit in sent:
            if unit.lemma_.lower() not in self._units:
                continue
            if any(c.lower_ in self._every or c.like_num for c in unit.children):
                return True
        return False

    def _never_replied(self, verb: Token) -> bool:
        """'You never replied to my email', 'not once has anyone answered'."""
        if not is_negated(verb) or self._hypothetical(verb):
            return False
        subject = subject_of(verb)
        if subject is None or self._mine(subject):
            return False  # "my previous manager never answered emails": not this employer
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if objects and not (self._mine(objects[0]) or self._is_reply(objects[0])):
            return False  # "they never answered the question"
        return not self._softened(verb) and self._insistent(verb)

    def _nobody_replied(self, token: Token) -> bool:
        """'Nobody answers the phone', 'no one has bothered to reply', 'nobody has been in
        touch'."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return False
        if ranks_above(token):
            return False  # 'nobody above me could be bothered': the writer's own managers
        verb = token.head
        in_touch = any(
            c.dep_ == "prep" and any(o.lemma_.lower() in self._contact for o in c.children)
            for c in verb.children
        )
        recording = ("down", "out", "up") if verb.lemma_.lower() == "write" else ("down",)
        if any(c.dep_ == "prt" and c.lower_ in recording for c in verb.children):
            return False  # 'things nobody wrote down' records ('nobody is picking up' replies)
        answering = verb.lemma_.lower() in self._reply_verbs or in_touch
        answering = answering or any(
            c.dep_ in ("xcomp", "acl", "advcl") and c.lemma_.lower() in self._reply_verbs
            for t in verb.subtree
            for c in t.children
        )  # "nobody has had the decency to update me"
        return answering and not self._hypothetical(verb)

    def _elapsed_reproach(self, unit: Token) -> bool:
        """Elapsed time with a reproach: 'it has now been a month with no decision'."""
        if self._hypothetical(unit) or _made_light_of(unit):
            return False  # 'twelve days is nothing in a hiring process': the wait excused
        if self._silent_duration(unit) or self._grown_wait(unit):
            return True
        if self._lapse_pointed_out(unit) or self._spent_on_the_answer(unit):
            return True
        if not self._elapsed_construction(unit) or self._accepted(clause_head(unit)):
            return False
        sent = unit.sent
        words = self._words_outside_result_clauses(unit)
        if words & self._reproach or self._waited(unit) or self._ample_to_decide(unit):
            return True
        if self._called_weighty(unit):
            return True
        if self._since_their_date(sent):
            return True
        for token in sent:
            lemma = token.lemma_.lower()
            if lemma == "take" and any(
                c.lower_ == "you" and c.dep_ in ("dative", "dobj") for c in token.children
            ):
                return True
            if lemma in self._replies and any(c.lower_ in self._no for c in token.children):
                return True
            if lemma in self._hearing and token.pos_ in ("VERB", "AUX") and is_negated(token):
                return not self._softened(token)
        return False

    def _called_weighty(self, unit: Token) -> bool:
        """'one month is a considerable period', 'five weeks is a lengthy wait': the duration
        itself called heavy - not 'two weeks of considerable thought'."""
        if unit.dep_ != "nsubj" or unit.head.lemma_.lower() != "be" or is_negated(unit.head):
            return False
        said = [c for c in unit.head.children if c.dep_ in ("attr", "acomp")]
        said += [g for c in said for g in c.children if g.dep_ == "amod"]
        return any(t.lower_ in self._weighty for t in said)

    def _spent_on_the_answer(self, unit: Token) -> bool:
        """'Six weeks and three rounds to get to a no.', 'Seven weeks for a two-line email.',
        'It took six weeks to get an answer.': the time set against the bare answer it bought
        - not 'it took two weeks for the checks to clear' nor 'six weeks of training'."""
        if not any(c.like_num or c.lower_ in self._quantities for c in unit.children):
            return False
        head = unit.head
        if unit.dep_ == "ROOT":
            if any(
                p.dep_ == "prep" and p.lower_ == "for" and self._bare_answer(p)
                for p in unit.children
            ):
                return True
            reaching = [c for c in unit.children if c.dep_ in ("acl", "relcl", "advcl")]
        elif head.lemma_.lower() == "take" and head.tag_ == "VBD" and unit.dep_ in ("dobj", "obj"):
            reaching = [c for c in head.children if c.dep_ == "xcomp"]
        elif head.dep_ == "ROOT" and head.tag_ == "VB" and unit.dep_ in ("npadvmod", "dep"):
            reaching = [head]  # a fragment: 'Six weeks to get an answer.'
        else:
            return False
        return any(
            verb.lemma_.lower() in self._hearing | {"reach"}
            and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
            and self._bare_answer(verb)
            for verb in reaching
        )

    def _bare_answer(self, word: Token) -> bool:
        """'... an answer', '... to a no', '... for a two-line email' among the word's objects."""
        after = word.doc[word.i + 1 : word.sent.end]
        if any(a.lower_ == "a" and b.lower_ in ("no", "yes") for a, b in pairwise(after)):
            return True  # 'to get to a no', however the parse takes the 'no'
        objects = [c for c in word.children if c.dep_ in ("dobj", "obj", "pobj")]
        objects += [g for c in word.children if c.dep_ == "prep" for g in c.children]
        return any(
            o.dep_ in ("dobj", "obj", "pobj")
            and (o.lemma_.lower() in self._replies or o.lower_ in ("no", "yes"))
            for o in objects
        )

    @staticmethod
    def _words_outside_result_clauses(unit: Token) -> set[str]:
        """The sentence's words and lemmas but those of a result clause with its own subject
        ('so ...') that the duration is not in: in 'the one I've been waiting to see
        advertised for about a year, so this note is doing its best not to sound too keen'
        the 'too' is the note's, not the wait's."""
        inside = {
            t.i
            for c in unit.sent.root.children
            if has_subject(c)
            and c.dep_ == "advcl"
            and any(g.lower_ == "so" for g in c.children)
            and not c.left_edge.i <= unit.i <= c.right_edge.i
            for t in c.subtree
        }
        rest = [t for t in unit.sent if t.i not in inside]
        return {t.lower_ for t in rest} | {t.lemma_.lower() for t in rest}

    def _silent_duration(self, unit: Token) -> bool:
        """'five weeks of silence', 'a month of waiting': a duration spent without an answer."""
        if unit.dep_ == "poss":
            return False
        counted = any(c.like_num or c.lower_ in self._quantities for c in unit.children)
        if not counted and unit.tag_ != "NNS":
            return False  # "weeks of silence" counts; "a week of interviews" does not anyway
        return any(
            prep.dep_ == "prep"
            and prep.lower_ == "of"
            and any(o.lemma_.lower() in self._silence_nouns for o in prep.children)
            for prep in unit.children
        )

    def _grown_wait(self, unit: Token) -> bool:
        """'The fortnight has since grown into the better part of six weeks', 'your two weeks
        became six': the duration the employer gave turned into a longer one - not 'my two
        weeks of temping turned into six years' (the writer's own time) or 'the week grew into
        a celebration' (no duration)."""
        if unit.dep_ == "pobj" and unit.head.lower_ == "of":
            unit = unit.head.head  # "the couple of weeks became three months"
        if unit.dep_ not in ("nsubj", "nsubjpass") or self._mine(unit):
            return False
        verb = unit.head
        if verb.lemma_.lower() not in self._growth or is_negated(verb):
            return False
        for result in verb.children:
            if result.dep_ == "prep" and result.lower_ in ("into", "to"):
                outcome = list(result.subtree)[1:]
            elif result.dep_ in ("attr", "oprd", "acomp"):
                outcome = list(result.subtree)
            else:
                continue
            if any(t.lemma_.lower() in self._units or t.like_num for t in outcome):
                return True
        return False

    @staticmethod
    def _waited(unit: Token) -> bool:
        """'I have been waiting a month': the duration of one's own waiting."""
        verb = unit.head if unit.head.lemma_ == "wait" else unit.head.head
        return verb.lemma_ == "wait" and any(c.lower_ == "been" for c in verb.children)

    def _frustration(self, token: Token) -> bool:
        """'I am frustrated by the delay', 'which is disappointing', 'my frustration with the
        silence' - the writer's feeling, about the wait."""
        if self._hypothetical(token) or self._not_on_with_object(token):
            return False
        said_negated = token.lower_ in self._negated_grievances  # "not ideal"
        if token.lower_ not in ("not", "n't", "hardly") and not said_negated and is_negated(token):
            return False
        if not self._writer_feels(token):
            return False
        return self._silence_in(_before_a_turn(token))

    @staticmethod
    def _not_on_with_object(token: Token) -> bool:
        """'waiting on paperwork, not on labor': 'not' before a preposition with its object,
        not the British 'that is not on' (unacceptable)."""
        doc = token.doc
        on = token
        if token.lower_ == "not" and token.i + 1 < len(doc):
            on = doc[token.i + 1]
        before = doc[on.i - 1] if on.i > 0 else None
        return (
            on.lower_ == "on"
            and before is not None
            and before.lower_ == "not"
            and any(c.dep_ == "pobj" for c in on.children)
        )

    def _writer_feels(self, token: Token) -> bool:
        if token.pos_ == "NOUN":
            possessors = [c for c in token.children if c.dep_ == "poss"]
            if possessors:
                return self._is_first_person(possessors[0])
        objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
        if token.pos_ == "VERB" and objects:
            return self._is_first_person(objects[0])  # "the delay frustrates me"
        predicate = token.head if token.dep_ in ("acomp", "attr", "oprd", "amod") else token
        if token.dep_ == "amod":
            return token.head.lemma_.lower() in self._topics
        subject = subject_of(predicate)
        if subject is None:
            return True
        lowered = subject.lower_
        if subject.lemma_.lower() in ("lack", "absence") and self._lack_of_reply(subject.sent):
            return True  # "the lack of communication has been frustrating"
        return (
            lowered in self._first_person
            or lowered in self._evaluative
            or subject.lemma_.lower() in self._topics
            or subject.tag_ in RELATIVE_TAGS
        )

    def _too_long(self, token: Token) -> bool:
        """'this is taking far too long', 'a long time to wait', 'took a month longer than'."""
        sent = token.sent
        following = sent.doc[token.i + 1] if token.i + 1 < sent.end else None
        if following is not None and following.lower_ == "as":
            return False  # "so long as"
        if self._hypothetical(token):
            return False
        head = clause_head(token)
        if is_negated(head) or any(
            c.lower_ in self._modal for c in head.children if c.dep_ == "aux"
        ):
            return False
        if head.lemma_.lower() == "take" and self._is_first_person(subject_of(head)):
            return False  # "I took too long over my answer": self-criticism
        if self._generic(head) or self._accepted(head):
            return False
        subject = self._stands_for(subject_of(head), head)
        if subject is not None and not self._employers_process(subject):
            return False  # "the project took longer than expected"
        words = sentence_words(sent) - {"long", "longer", "too"}
        return bool(words & self._length_topics)

    @staticmethod
    def _stands_for(subject: Token | None, verb: Token) -> Token | None:
        """A relative pronoun stands for the noun its clause describes."""
        if subject is not None and subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
            return verb.head
        return subject

    def _employers_process(self, subject: Token) -> bool:
        """What can take the employer too long: the process, the decision, the wait, 'it',
        'this', the reader, anything of the reader's - not the writer's own work."""
        if self._mine(subject):
            return False
        lemma = subject.lemma_.lower()
        return (
            lemma in self._processes
            or lemma in self._length_topics
            or subject.lower_ in self._evaluative
            or subject.lower_ in self._second_person
            or lemma in ("thing", "everything", "matter")
            or any(c.dep_ == "poss" and c.lower_ in self._second_person for c in subject.children)
        )

    def _slow_process(self, adjective: Token) -> bool:
        """'your recruitment process is painfully slow', 'this has been a very long process' -
        but not 'hiring can be slow' or 'our process at my last job was slow'."""
        if adjective.pos_ != "ADJ" or is_negated(adjective) or self._hypothetical(adjective):
            return False
        if adjective.lower_ not in self._slow_words and not any(
            c.lower_ in self._length_intensifiers for c in adjective.children
        ):
            return False
        if adjective.dep_ == "amod":
            process = adjective.head
            verb = process.head
        elif adjective.dep_ in ("acomp", "attr", "oprd"):
            verb = adjective.head
            process = subject_of(verb)
        else:
            return False
        if process is None or process.lemma_.lower() not in self._processes:
            return False
        generic = any(c.lower_ in self._modal for c in verb.children)  # "can be slow"
        if generic or self._generic(verb) or self._accepted(verb) or _foretold_by_reader(verb):
            return False
        return not self._mine(process) and not self._owned_by_writer(process)

    def _owned_by_writer(self, noun: Token) -> bool:
        """'my current employer's approval process': the writer's side, one owner removed."""
        return any(c.dep_ == "poss" and self._mine(c) for c in noun.children)

    def _dragging(self, verb: Token) -> bool:
        """'your process is dragging', 'the decision has stalled' - this employer's process,
        not the writer's project or processes in general."""
        if is_negated(verb) or self._hypothetical(verb) or self._generic(verb):
            return False
        subject = self._stands_for(subject_of(verb), verb)
        if subject is None or self._owned_by_writer(subject):
            return False
        lemma = subject.lemma_.lower()
        return self._employers_process(subject) and (
            lemma in self._processes or subject.lower_ in self._evaluative
        )

    def _gone_quiet(self, verb: Token) -> bool:
        """'and then went quiet', 'it's all gone a bit quiet on your end': the other side
        fell silent - not the writer ('I went quiet on social media') nor a place ('the
        site goes quiet at Christmas', a habit)."""
        if is_negated(verb) or self._hypothetical(verb) or verb.tag_ in ("VBZ", "VBP"):
            return False
        if self._accepted(verb) or self._unsurprised(verb):
            return False  # 'I am not surprised things have gone quiet for a while'
        subject = subject_of(verb)  # 'accounts that ... go quiet': the accounts
        return subject is None or subject.lower_ in _WHO_WENT_QUIET

    @staticmethod
    def _unsurprised(verb: Token) -> bool:
        """'I am not surprised things have gone quiet': the clause told without surprise
        (not 'I don't know why it has gone quiet')."""
        governor = verb.head
        words = [governor, *governor.children, *verb.doc[governor.i : verb.i]]
        surprised = any(w.lower_ in ("surprised", "surprising", "shocked") for w in words)
        return verb.dep_ == "ccomp" and surprised and is_negated(governor)

    def _lost_in_the_void(self, word: Token) -> bool:
        """'my application fell through the cracks', 'into a black hole' - not 'members who
        fall through the cracks between the hospital and the pharmacy' (other people lost)."""
        if not self._plain_grievance(word):
            return False
        if word.pos_ != "VERB":
            return True
        subject = subject_of(word)  # 'members who fall through ...': the members
        if subject is None or self._is_first_person(subject) or self._mine(subject):
            return True
        return subject.lemma_.lower() in self._lost_things

    def _ignored(self, token: Token) -> bool:
        """'tired of being ignored', 'my emails were ignored', 'you ignored my messages',
        'I'm beginning to feel forgotten'."""
        if is_negated(token) or self._hypothetical(token):
            return False
        if token.dep_ in ("acomp", "oprd") or token.pos_ == "ADJ":
            feeler = subject_of(token.head)  # "I'm beginning to feel forgotten"
            return feeler is not None and self._mine(feeler)
        passive = token.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in token.children)
        if passive:
            patients = [c for c in token.children if c.dep_ == "nsubjpass"]
            return not patients or self._mine(patients[0])
        doer = subject_of(token)
        if doer is None or self._is_first_person(doer):
            return False  # "Please ignore my previous email", "I forgot my notes"
        objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
        return bool(objects) and self._mine(objects[0])

    def _mine(self, noun: Token) -> bool:
        return self._is_first_person(noun) or any(
            c.dep_ == "poss" and self._is_first_person(c) for c in noun.children
        )

    def _finally(self, token: Token) -> bool:
        """'Thank you for finally letting me know': the reader was late."""
        verb = token.head
        lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        # 'Appreciate you finally closing the loop.': answering, said as closing something
        closed = lemma == "close" and any(o.lower_ in self._closed_when_answered for o in objects)
        if lemma not in self._reply_verbs and not closed:
            return False
        if objects and not (
            closed
            or self._is_reply(objects[0])
            or self._is_first_person(objects[0])
            or objects[0].lower_ in self._hearing_objects
        ):
            return False  # "to finally get my hands on the new machine": not an answer
        own = subject_of(verb)
        doer = own
        if doer is None and verb.dep_ == "xcomp":
            doer = subject_of(verb.head.head if verb.head.dep_ == "acomp" else verb.head)
        if self._is_first_person(doer):
            # "I finally heard back", not "I'm excited to finally get on the other side of it"
            back = any(c.lower_ in self._back for c in verb.children)
            return lemma in self._hearing and (bool(objects) or back or own is not None)
        return True

    def _chased(self, verb: Token) -> bool:
        """'I chased twice': the writer had to chase for an answer - not 'please don't take
        this as me chasing'."""
        if is_negated(verb) or not self._is_first_person(subject_of(verb)):
            return False
        if any(is_negated(a) for a in list(verb.ancestors)[:3]):
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        return not objects or self._chased_for_answer(objects[0])

    def _chased_for_answer(self, obj: Token) -> bool:
        """What chasing is for: the reader ('chased you'), the matter, an answer, or a count
        of attempts ('three times')."""
        lemma = obj.lemma_.lower()
        return obj.lower_ in self._chase_objects or lemma in self._attempts or self._is_reply(obj)

    def _had_to_ask(self, have: Token) -> bool:
        """'this is the second time I have had to write', 'I have had to chase this three
        times': the writer obliged to ask again - not 'I had to write to HR for the form' or
        'if I have to write again'."""
        if have.lemma_.lower() != "have" or is_negated(have) or self._hypothetical(have):
            return False
        if not self._is_first_person(subject_of(have)):
            return False
        asked = [c for c in have.children if c.dep_ == "xcomp"]
        objects = [c for a in asked for c in a.children if c.dep_ in ("dobj", "dative")]
        if any(not self._chased_for_answer(o) for o in objects):
            return False  # 'I had to ask the receptionist twice where the lift was'
        words = sentence_words(have.sent)
        return bool(words & (self._repeats | self._again))

    def _likened_to_slowness(self, token: Token) -> bool:
        """'the decision was travelling to me by carrier pigeon': the slowest of deliveries,
        in a sentence about the answer or the wait (not 'my grandfather kept carrier
        pigeons')."""
        if self._hypothetical(token):
            return False
        sent = token.sent
        return self._about_the_wait(sent) or bool(sentence_words(sent) & self._processes)

    def _still_waiting(self, verb: Token) -> bool:
        """'I am still waiting for a reply': the writer's wait, insisted on."""
        if self._hypothetical(verb) or is_negated(verb):
            return False
        if not any(c.lower_ in self._persistent for c in verb.children) and not self._endless_wait(
            verb
        ):
            return False
        return self._is_first_person(subject_of(verb))

    def _endless_wait(self, verb: Token) -> bool:
        """'waiting since long', 'waiting for ages', 'been waiting forever': a wait called
        open-ended or exaggerated."""
        for child in verb.children:
            if child.lower_ in self._endless and child.dep_ in ("advmod", "npadvmod"):
                return child.lower_ != "long" or any(
                    g.lower_ in ("so", "too") for g in child.children
                )
            since = child.dep_ == "prep" and child.lower_ in ("for", "since")
            if since and any(o.lower_ in self._endless for o in child.children):
                return True
        return False

    def _been_patient(self, token: Token) -> bool:
        """'I have been patient, but ...': claimed patience is spent patience."""
        been = token if token.lower_ == "been" else token.head
        if is_negated(been) or self._hypothetical(been):
            return False
        return is_perfect(been) and self._is_first_person(subject_of(been))

    def _bothered(self, verb: Token) -> bool:
        """'nobody has bothered to reply', 'you did not even bother to answer' - not 'decks
        the account people didn't bother to read': what was not done must be the reply; nor
        'the drive wouldn't bother me', which troubles someone."""
        subject = subject_of(verb)
        if subject is None or self._is_first_person(subject):
            return False
        if any(c.dep_ == "dobj" for c in verb.children) or self._hypothetical(verb):
            return False  # 'it wouldn't bother me one bit': troubling someone, not replying
        if ranks_above(subject):
            return False  # 'nobody above me could be bothered to': the writer's managers
        done = [c for c in verb.children if c.dep_ == "xcomp"]
        if done and not self._about_reply([t for c in done for t in c.subtree]):
            return False
        return (
            is_negated(verb)
            or subject.lower_ in self._nobody
            or (subject.lower_ == "one" and any(c.lower_ in self._no for c in subject.children))
        )

    def _date_passed(self, token: Token) -> bool:
        """'the decision date has come and gone', 'a decision is long overdue' - not 'my
        invoice is long overdue' nor 'the total station was overdue for calibration' (a
        thing due for service)."""
        if self._hypothetical(token):
            return False
        if token.lower_ == "overdue" and token.dep_ == "amod" and token.head.pos_ == "NOUN":
            # 'four hundred patients overdue', 'an overdue decision': the thing said overdue
            thing = token.head
            return self._about_reply([thing]) or thing.lemma_.lower() in self._deadlines
        subject = subject_of(clause_head(token))
        if subject is None:
            return True
        if self._mine(subject):
            return False
        if token.lower_ == "overdue" and subject.pos_ in ("NOUN", "PROPN"):
            lemma = subject.lemma_.lower()
            return self._about_reply([subject]) or lemma in self._deadlines or lemma in self._topics
        return True

    def _promised_long_ago(self, token: Token) -> bool:
        """'You said you'd have a decision by end of next week, which was a couple of weeks
        ago': the 'which' clause follows the employer's own promise in its sentence - not 'I
        interviewed on the 3rd, which was two weeks ago'."""
        sent = token.sent
        which = next(t for t in sent if t.lower_ == "which" and t.i <= token.i)
        for verb in sent.doc[sent.start : which.i]:
            if verb.lemma_.lower() not in self._promises or self._hypothetical(verb):
                continue
            giver = subject_of(verb)
            if giver is not None and not self._mine(giver):
                return True
        return False

    def _counterfactual(self, token: Token) -> bool:
        """'Even a one-line reply would have been appreciated', 'I would have liked to hear
        back', 'you could have let me know': what the employer did not do, regretted - but
        not 'I would have liked to hear more about the roadmap'."""
        predicate = token.head
        if self._hypothetical(predicate) or is_negated(predicate):
            return False
        lemma = predicate.lemma_.lower()
        doer = subject_of(predicate)
        if lemma in self._answer_verbs or lemma in self._reply_verbs:
            return doer is not None and (
                doer.lower_ in self._second_person or doer.lower_ in self._anyone
            )
        courteous = lemma in self._stances or any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in self._courteous
            for c in predicate.children
        )
        # 'A two-line reply would have done', '... would have been enough': so little asked
        enough = lemma in self._sufficing or any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in self._enough
            for c in predicate.children
        )
        return (courteous or enough) and self._about_reply(predicate.subtree)

    def _without_reply(self, token: Token) -> bool:
        """'three emails without so much as an acknowledgement', 'called four times without
        success': attempts left unanswered."""
        if self._hypothetical(token):
            return False
        fruitless = any(t.lemma_.lower() in self._no_result for t in token.subtree)
        if not self._about_reply(token.subtree) and not (
            fruitless and self._counted_attempts(token.sent)
        ):
            return False
        head = clause_head(token)
        if is_negated(head) or any(c.lower_ in self._modal for c in head.children):
            return False
        return self._insistent(head)

    def _expected_sooner(self, token: Token) -> bool:
        """'I expected a company of your size to be quicker at getting back to candidates',
        'I had hoped to hear back sooner': an answer later than the writer expected."""
        expected = self._past_expectation(token)
        if expected is None or is_negated(expected) or self._hypothetical(expected):
            return False
        if expected.lemma_.lower() == "think" and any(
            c.dep_ == "prep" and c.lower_ in ("about", "over", "of") for c in expected.children
        ):
            return False  # 'I have thought about it more since yesterday': thinking, not expecting
        if not self._is_first_person(subject_of(expected)):
            return False
        return self._about_reply(expected.subtree)

    def _past_expectation(self, token: Token) -> Token | None:
        """The 'expected' or 'had hoped' that governs a comparative, if any."""
        node = token
        for _ in range(6):
            lemma = node.lemma_.lower()
            expecting = lemma in self._expectations or node.lower_ in self._expectations
            if expecting and node.tag_ in ("VBD", "VBN"):
                return node
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def _left_by_writer(self, word: Token) -> bool:
        """'I cannot in fairness leave it unanswered': the writer leaves something
        unanswered (the subject found anywhere before the verb, where the parse may hang it
        lower), not 'you left my emails unanswered'."""
        verb = word.head
        if word.dep_ != "oprd":
            return False
        subjects = [t for t in verb.subtree if t.dep_ == "nsubj" and t.i < verb.i]
        return bool(subjects) and all(self._is_first_person(t) for t in subjects)

    def _plain_grievance(self, token: Token) -> bool:
        """Grievance phrases ('went unanswered', 'in limbo', 'cannot keep waiting') - not
        their negation ('I appreciate not being kept waiting'), unless it is patience run out
        ('I cannot keep waiting')."""
        if self._hypothetical(token):
            return False
        if token.lower_ == "unanswered" and self._left_by_writer(token):
            return False  # 'I cannot leave it unanswered': the writer's own answer owed
        if token.lower_ == "without" and not _time_going_by(token.head):
            return False  # 'passed by three weeks without word', not 'I left without a word'
        unable = any(c.dep_ == "aux" and c.lower_ in self._modal for c in token.children)
        return unable or not is_negated(token)

    # -- the wait measured against a date, a duration called ample, sardonic conclusions ----
    def _dated_now(self, sent: Span) -> bool:
        """'It is now November', 'we are now in the middle of November', 'here we are in
        December', 'it is now nearly three': the present date stated as a point the process
        has reached."""
        return any(self._now_is(token) is not None for token in sent)

    def _now_is(self, token: Token) -> Token | None:
        """The 'be' of a clause that says what date it now is, if `token` is its 'now' or
        'today'."""
        verb = token.head
        if verb.lemma_.lower() != "be" or self._hypothetical(verb):
            return None
        if token.lower_ == "today":
            if token.dep_ != "nsubj":
                return None  # "Today is the 29th"
        elif token.lower_ not in ("now", "here") or token.dep_ != "advmod":
            return None
        else:
            subject = subject_of(verb)
            if subject is None or subject.lower_ not in ("it", "we"):
                return None
        dated = any(
            t.ent_type_ == "DATE" or t.like_num for t in own_clause_tokens(verb) if t.i != token.i
        )  # "it is now November", "it is now nearly three [weeks]"
        return verb if dated else None

    def _past_promised_date(self, token: Token) -> bool:
        """'The committee expected to decide by 9 October. It is now November': the date the
        employer gave, set against the date it now is."""
        verb = self._now_is(token)
        if verb is None or verb.dep_ not in ("ROOT", "conj"):
            return False  # "As it is now mid-November, I wanted to check in": a reason
        sent = verb.sent
        start = verb.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        now = set(own_clause_tokens(verb))
        return any(self._promised(t, now) for t in verb.doc[start : sent.end] if t not in now)

    def _promised(self, token: Token, now: set[Token]) -> bool:
        """A date the employer gave: 'you said early October', 'the panel was to decide by 9
        October', 'we were promised a decision by the end of October'."""
        if token.ent_type_ != "DATE":
            return False
        verbs = [a for a in token.ancestors if a.pos_ in ("VERB", "AUX")]
        if verbs and self._writers_step(verbs[0]):
            return False  # "as you suggested I do after the 1st": the writer's date
        for verb in verbs:
            if verb in now:
                return False
            lemma = verb.lemma_.lower()
            scheduled = lemma == "be" and any(c.dep_ == "xcomp" for c in verb.children)
            giver = subject_of(verb)
            passive = any(c.dep_ == "nsubjpass" for c in verb.children)
            if (lemma in self._promises or scheduled) and (
                passive or not self._is_first_person(giver)
            ):
                return True
        return False

    def _writers_step(self, verb: Token) -> bool:
        """Something the writer does by a date, other than hearing back or being promised."""
        lemma = verb.lemma_.lower()
        waiting = lemma in self._hearing or lemma in self._reply_verbs or lemma in self._promises
        return self._is_first_person(subject_of(verb)) and not waiting

    def _after_their_date(self, prep: Token) -> bool:
        """'It arrived five weeks after the date the panel itself had given': the answer came
        after the employer's own date - not 'we finished after the date the vendor gave'."""
        if self._hypothetical(prep) or prep.dep_ != "prep":
            return False
        dates = [c for c in prep.children if c.lemma_.lower() in self._deadlines]
        if not dates or not self._employers_date(dates[0]):
            return False
        arrival = subject_of(prep.head) if prep.head.pos_ in ("VERB", "AUX") else None
        return arrival is not None and self._an_answer(arrival)

    def _small_ask(self, token: Token) -> bool:
        """'A short mail to say yes or no is not a lot to ask': what is called a small thing
        is an answer - not 'it is not too much to ask for a second interview'."""
        sent = token.sent
        asked = [t for t in sent if t.i < token.i or t.head.lemma_ == "ask"]
        yes_or_no = any(t.lower_ == "yes" for t in sent) and any(t.lower_ == "no" for t in sent)
        return yes_or_no or self._about_reply(asked)

    def _none_received(self, token: Token) -> bool:
        """'Communication received since interview: none': the label before the colon
        counts replies, and the count is nothing."""
        sent = token.sent
        colon = next((t for t in sent if t.text == ":" and t.i < token.i + 2), None)
        if colon is None:
            return False
        label = [t for t in sent if t.i < colon.i]
        return self._about_reply(label) or any(
            t.lemma_.lower() in ("communication", "contact", "correspondence") for t in label
        )

    def _lapse_pointed_out(self, unit: Token) -> bool:
        """'You said you'd have an answer by the 18th. That was twelve days ago.': the time
        since the employer's own promise, counted out to them."""
        ago = unit.head
        if ago.lower_ != "ago" or ago.head.lemma_.lower() != "be":
            return False
        subject = subject_of(ago.head)
        if subject is None or subject.lower_ not in ("that", "this"):
            return False
        if any(c.dep_ in ("advcl", "conj", "ccomp") for c in ago.head.children):
            return False  # 'That was two days ago, so I thought I'd check in': a reason given
        sent = unit.sent
        if sent.start == 0:
            return False
        previous = unit.doc[sent.start - 1].sent
        return any(
            t.lemma_.lower() in self._promises
            and t.pos_ == "VERB"
            and any(c.dep_ == "nsubj" and c.lower_ in self._second_person for c in t.children)
            for t in previous
        )

    def _since_their_date(self, sent: Span) -> bool:
        """'five weeks since the interview, and more than three since the firm's own stated
        decision date': time gone by since the date the employer gave."""
        return any(
            prep.lower_ == "since"
            and date.dep_ == "pobj"
            and date.lemma_.lower() in self._deadlines
            and self._employers_date(date)
            for prep in sent
            for date in prep.children
        )

    def _an_answer(self, noun: Token) -> bool:
        """'It', 'your email', 'the decision': what came late is the answer."""
        if self._mine(noun):
            return False
        lemma = noun.lemma_.lower()
        return (
            noun.lower_ in self._evaluative or lemma in self._replies or lemma in self._answer_nouns
        )

    def _employers_date(self, date: Token) -> bool:
        """'your deadline', 'the date you gave me', 'the timeline the panel had set', 'the
        firm's own stated decision date'."""
        if any(c.dep_ == "poss" and c.lower_ in self._second_person for c in date.children):
            return True
        if any(c.dep_ == "amod" and c.lemma_.lower() in self._promises for c in date.children):
            return True  # 'the stated date', 'the promised timeline'
        owner = [c for c in date.children if c.dep_ == "poss" and not self._mine(c)]
        if owner and any(c.lower_ == "own" for c in date.children):
            return True  # 'the firm's own date'
        for clause in date.children:
            if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in self._promises:
                giver = subject_of(clause)
                if giver is not None and giver.i != date.i and not self._mine(giver):
                    return True
        return False

    def _sardonic_inference(self, verb: Token) -> bool:
        """'I can only assume my application has been lost', 'I take the silence to mean you
        have moved on': a conclusion the silence forces on the writer - not 'I assume the
        committee is still meeting candidates' or 'I take it the next step is references'."""
        if verb.pos_ != "VERB" or is_negated(verb) or self._hypothetical(verb):
            return False
        if not self._is_first_person(subject_of(verb)):
            return False
        children = list(verb.children)
        forced = any(c.lower_ == "only" or c.lower_ == "must" for c in children)
        forced = forced or any(
            c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "mean" for c in children
        )  # "I take the silence to mean ..."
        forced = forced or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "have")
        return forced and bool(sentence_words(verb.sent) & self._inference_topics)

    def _deserved_better(self, verb: Token) -> bool:
        """'Four rounds over eleven weeks deserved a better ending than an unsigned message',
        'I think I deserved more than a two-line email' - not 'the team deserves better
        tools' (the writer's process or the candidates, owed more than they got)."""
        if verb.pos_ != "VERB" or is_negated(verb) or self._hypothetical(verb):
            return False
        owed = [c for c in verb.children if c.dep_ in ("dobj", "obj", "advmod")]
        owed_more = any(
            o.lemma_.lower() in self._more
            or any(c.lemma_.lower() in self._more for c in o.children if c.dep_ == "amod")
            for o in owed
        ) or (self._owed_minimum(owed) and self._unmet(verb))
        if not owed_more or not self._about_the_wait(verb.sent):
            return False
        subject = subject_of(verb)
        if subject is not None:
            return self._process_or_candidate([subject, *subject.children])
        before = verb.doc[max(verb.sent.start, verb.i - 6) : verb.i]
        return self._process_or_candidate(list(before))  # a subject the parser lost

    def _owed_minimum(self, owed: list[Token]) -> bool:
        """'at least a line of acknowledgement', 'even a one-line reply': the least owed."""
        return any(
            c.lower_ in self._minimum and c.dep_ in ("advmod", "amod", "preconj")
            for o in owed
            for c in o.children
        )

    def _unmet(self, verb: Token) -> bool:
        """The claim looks back on a hope let down: 'deserved', or 'I had hoped ... might
        merit' - not 'I hope my application merits at least a second look'."""
        return verb.tag_ in ("VBD", "VBN") or self._past_expectation(verb) is not None

    def _about_the_wait(self, sent: Span) -> bool:
        """The sentence names the answer, the silence or how long it took ('than a two-line
        email', 'more than silence', 'over eleven weeks')."""
        return self._about_reply(sent) or any(
            t.lemma_.lower() in self._units or t.lemma_.lower() in self._silence_nouns for t in sent
        )

    def _process_or_candidate(self, nouns: list[Token]) -> bool:
        """The writer, candidates, or the rounds and weeks the process took."""
        return any(
            self._is_first_person(n)
            or (n.pos_ == "NOUN" and n.lemma_.lower() in self._efforts | self._units)
            for n in nouns
            if n.dep_ != "poss" and n.dep_ != "amod"
        )

    def _ample_to_decide(self, unit: Token) -> bool:
        """'Five weeks is a generous interval in which to consider a candidate', 'forty days is
        ample time to reach a decision': a duration called more than enough to decide."""
        if unit.dep_ != "nsubj" or unit.head.lemma_.lower() != "be":
            return False
        for attr in (c for c in unit.head.children if c.dep_ in ("attr", "acomp")):
            words = {t.lower_ for t in attr.subtree} | {t.lemma_.lower() for t in attr.subtree}
            deciding = any(
                t.dep_ in ("relcl", "acl", "xcomp") and t.lemma_.lower() in self._deciding
                for t in attr.subtree
            )
            if words & self._ample and deciding:
                return True
        return False


# Who may fall silent on the writer: 'you went quiet', 'it's all gone quiet', 'things have
# gone quiet' - not 'accounts that go quiet after onboarding' nor the writer.
_WHO_WENT_QUIET = frozenset({"you", "they", "it", "things", "everything", "everyone", "all"})


# What time does while no word comes: 'the date passed without word', 'I waited without a word'.
_TIME_GOING_BY = frozenset(
    {"pass", "go", "wait", "sit", "elapse", "come", "tick", "be", "remain", "stay", "hang"}
)


def _time_going_by(verb: Token) -> bool:
    """Time passing, or the writer left waiting: 'passed without word', 'being left without
    any answer' - not 'I left without a word'."""
    lemma = verb.lemma_.lower()
    left = lemma == "leave" and (
        verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)
    )
    return lemma in _TIME_GOING_BY or left


def _before_a_turn(token: Token) -> Span:
    """The sentence up to a 'but' or 'yet' that turns from the feeling: 'Of course I'm
    disappointed, but I really appreciated how thoughtful the whole process was' - the
    disappointment is the outcome's, the process is praised."""
    sent = token.sent
    head = clause_head(token)
    for child in head.children:
        if child.dep_ == "cc" and child.lower_ in ("but", "yet") and child.i > token.i:
            return sent.doc[sent.start : child.i]
    return sent
