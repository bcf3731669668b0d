"""Rule `interview-date`: something in the note must say when the interview took place."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from followup_lint.annotated import Draft

_NUMERIC_DATE = re.compile(r"^\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?$")
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$", re.IGNORECASE)
# Dates and clock times that the tokenizer splits or the recogniser misses: '2026-11-14',
# '12-11-2026', '12-Nov-26', '2:30', '10am', '3.15 p.m.', "9 o'clock", 'this a.m.'.
_WRITTEN_TIME = re.compile(
    r"(?<![\w/.:-])(?:"
    r"\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-\d{2,4}"
    r"|\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?"
    r"|\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?|o['’]clock)"
    r"|this\s[ap]\.?m\.?"
    r")(?![\w/:-])",
    re.IGNORECASE,
)


# Event words that name the interview only as verbs ('showing me round'): 'the Saturday
# morning show' is a programme, not a meeting.
_VERB_ONLY = frozenset({"show", "showed", "showing", "shown", "host", "hosted", "hosting"})
_THANKING = frozenset({"thank", "thanks", "grateful", "appreciate", "appreciation", "gratitude"})
# Thanks that look back whatever modal frames them: 'I would like to express my thanks for'.
_THANKS_FOR = frozenset({"thank", "thanks", "gratitude", "appreciation"})
# Words of a time that is the day of writing when it goes with the writer's present act:
# 'I am taking this opportunity today to thank you', 'Today I write to'.
_PRESENT_DAY = frozenset({"today", "tonight", "now", "this", "just"})
_PASSED_POS = frozenset({"ADP", "DET", "PUNCT", "CCONJ", "SCONJ", "PART"})
# A past told in years or months dates the interview only in a sentence about it ('our
# interview last month'); alone it is some other past ('a pupil there until last year').
_COARSE = frozenset({"year", "years", "month", "months", "decade"})
# Words after which a lower-case short weekday is one: 'thx for sat', 'following up from fri',
# 'we met tues' (not 'I sat with your team').
_BEFORE_SHORT_DAY = frozenset({"for", "from", "on", "since", "met", "last"})
# Words that make a DATE a length counted from the meeting: 'a week after', 'a fortnight on'.
_COUNTING = frozenset({"a", "an", "few", "couple", "fortnight"})
# Verbs of what the reader or both said or did at the meeting: 'On Thursday you mentioned…'.
_TOLD = frozenset({"mention", "say", "tell", "ask", "explain", "describe", "show", "offer"})
# Words before a time that make it a habit, not a day: 'every Monday', 'each morning'.
_HABIT = frozenset({"every", "each"})
#: Conjunctions of a supposed event, which dates nothing: 'if they called in sick the morning of'.
_SUPPOSING = frozenset({"if", "unless", "whether", "suppose", "supposing"})
# Children of a verb that say where from or what was done: 'got out of our interview'.
_PLACE_DEPS = frozenset({"prep", "prt", "dobj", "advmod", "npadvmod"})


class InterviewDate(Check):
    """A past time expression, or a date next to an interview word in a sentence not about
    the future or a deadline, outside the signature block."""

    id = "interview-date"
    message_keys = frozenset({"missing", "missing-unknown"})
    needs = frozenset({"ner", "sentences", "lemmatizer"})

    def run(self, draft: Draft) -> Iterator[Hit]:
        sentences = list(self._prose_sentences(draft))
        if any(self._dates_the_interview(draft, sent) for sent in sentences):
            return
        if any(
            self._date_fragment(a) and self._tells_the_meeting(b) for a, b in pairwise(sentences)
        ):
            return
        weekday = None
        if draft.context.interview_date is not None:
            weekday = draft.context.interview_date.strftime("%A")
        if weekday:
            yield self.hit("missing", draft.first_sentence_range(), weekday=weekday)
        else:
            yield self.hit("missing-unknown", draft.first_sentence_range())

    def _prose_sentences(self, draft: Draft) -> Iterator[Span]:
        prose = draft.prose_ranges()
        for sent in draft.sentence_list():
            if any(r.contains(sent.start_char) for r in prose):
                yield sent

    def _dates_the_interview(self, draft: Draft, sent: Span) -> bool:
        past = self.term_set("past-markers")
        future = self.term_set("future-markers")
        events = self.term_set("event-words")
        words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        thanked = bool(words & _THANKING)  # 'Thanks for having me in this arvo'
        near_event = thanked or any(_meeting_word(t, events) for t in sent)
        about_future = bool(words & future) or any(
            t.tag_ == "MD" and not _courtesy(t) for t in sent
        )
        for expression in self._time_expressions(sent):
            lowered = {t.lower_ for t in expression}
            if self._points_ahead(expression) or self._habitual(expression):
                continue
            if _hyphenated_modifier(expression):
                continue  # 'the last-minute cover', 'a same-day reply': a kind, not a day
            if _day_of_a_month(expression):
                continue  # 'the last Sunday of March': a rule of the calendar, not a day gone
            if self._dates_the_writing(expression, events) or self._nowadays(expression):
                continue
            if self._is_bare_adverb(expression):  # 'the call earlier', 'I recently interviewed'
                if (near_event and not about_future) or self._event_attached_to(expression, events):
                    return True
                continue
            if not self._is_point(expression):
                if self._span_of_time(expression) and self._event_attached_to(expression, events):
                    return True  # 'Thank you for the last two days'
                continue
            if lowered & _COARSE and not near_event:
                continue  # 'a pupil there until last year'
            if lowered & past and not lowered & {"next", "coming"}:
                return True  # "yesterday", "two days ago", "last Tuesday", "earlier today"
            if self._told_then(expression) or _our_appointment(expression):
                return True  # 'On Thursday you mentioned…', 'at our 9 a.m.'
            if self._possessive_event(expression, events):
                return True  # "Monday's interview", "Wednesday afternoon's chat"
            event = self._event_attached_to(expression, events)
            if event is not None and not self._in_the_future(event, future):
                return True  # "meeting with me on Tuesday", "interviewed on 3 November"
            if near_event and not about_future and not self._bare_month(expression):
                return True  # the parse missed the link; same sentence, nothing ahead
        if self._elapsed_since(sent, events):
            return True
        return self._just_finished(sent, events) or self._straight_after(sent, events)

    def _date_fragment(self, sent: Span) -> bool:
        """A sentence that is only a past day, cut off from its clause by the date's own full
        stop: 'on 22.10.' before 'I had the interview with you'."""
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            return False
        expressions = list(self._time_expressions(sent))
        inside = {i for e in expressions for i in range(e.start, e.end)}
        return any(self._is_point(e) and not self._points_ahead(e) for e in expressions) and all(
            t.i in inside or t.pos_ in _PASSED_POS for t in sent
        )

    def _tells_the_meeting(self, sent: Span) -> bool:
        """Whether the sentence tells of the meeting as past: 'I had the interview with you'."""
        events = self.term_set("event-words")
        return any(_meeting_word(t, events) and "VBD" in (t.tag_, t.head.tag_) for t in sent)

    @staticmethod
    def _told_then(expression: Span) -> bool:
        """'On Thursday you mentioned the rota', 'You told me on Monday that…': what the
        reader (or both) said at a time is said at the meeting."""
        verb = expression.root.head
        while verb.pos_ == "ADP" and verb.head.i != verb.i:
            verb = verb.head
        if verb.tag_ != "VBD" or verb.lemma_.lower() not in _TOLD:
            return False
        return any(c.dep_ == "nsubj" and c.lower_ in ("you", "we") for c in verb.children)

    def _elapsed_since(self, sent: Span, events: frozenset[str]) -> bool:
        """'It is a month today since our interview', 'two weeks have gone by since we
        spoke': a length of time counted from the meeting places it."""
        # a length counted: 'five days', 'a fortnight', not 'the weekend'
        dates = [
            e
            for e in sent.ents
            if e.label_ == "DATE"
            and any(t.like_num or t.lower_ in _COUNTING for t in e)
            and not _describes_a_thing(e)
        ]
        dates += [sent.doc[t.i : t.i + 1] for t in sent if self._counted_unit(t)]
        if not dates:
            return False
        for token in sent:
            if token.lower_ == "since":
                # A length after a 'since' clause counts only when the meeting is its subject
                # ('Since the interview is already two weeks'); in 'since I sat there an hour'
                # 'since' means 'because'.
                after = token.dep_ == "mark" and not any(e.end <= token.i for e in dates)
                subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
                if after and not any(_mentions(s, events) for s in subjects):
                    continue
            elif not (
                token.lower_ in ("after", "from") and any(0 <= token.i - e.end <= 1 for e in dates)
            ):
                continue  # 'Five days after our interview', 'Ten days on from our chat'
            linked = [c for c in token.children if c.dep_ in ("pobj", "pcomp")]
            if token.dep_ == "mark":
                linked.append(token.head)
            if any(_mentions(t, events) for t in linked):
                return True
        return False

    def _counted_unit(self, token: Token) -> bool:
        """'a fortnight', 'two weeks' that the recogniser left unnamed: a unit of time with a
        count before it."""
        if token.ent_type_ == "DATE" or token.lemma_.lower() not in self.term_set("time-units"):
            return False
        if _describes_a_thing(token.doc[token.i : token.i + 1]):
            return False  # 'a 24-hour course'
        return any(c.like_num or c.lower_ in _COUNTING for c in token.children)

    def _time_expressions(self, sent: Span) -> Iterator[Span]:
        """DATE/TIME entities plus weekdays, day parts, numeric and ordinal dates."""
        weekdays = self.term_set("weekdays")
        months = self.term_set("months")
        day_parts = self.term_set("day-parts")
        short_weekdays = self.term_set("weekday-abbreviations")
        adverbs = self.term_set("past-adverbs")
        seen: set[int] = set()
        for ent in sent.ents:
            if ent.label_ in ("DATE", "TIME"):
                seen.update(range(ent.start, ent.end))
                if not _PLACE_IN_A_CYCLE.match(ent.text):
                    yield ent  # not 'the last week of the quarter': a place in every quarter
        for written in self._written_times(sent):
            if not seen.issuperset(range(written.start, written.end)):
                seen.update(range(written.start, written.end))
                yield written
        for token in sent:
            if token.i in seen:
                continue
            lower = token.lower_
            if lower == "ago":  # "a fortnight ago", "ten days ago"
                yield sent.doc[max(sent.start, token.i - 3) : token.i + 1]
                continue
            if lower == "now" and token.i > sent.start and token.nbor(-1).lower_ == "just":
                yield sent.doc[token.i - 1 : token.i + 1]  # 'the chat just now'
                continue
            if lower in adverbs and token.pos_ == "ADV" and not _followed_by(token, "than"):
                yield sent.doc[token.i : token.i + 1]  # 'the call earlier', 'recently met'
                continue
            if (
                lower in weekdays
                or (lower.rstrip(".") in short_weekdays and token.text[:1].isupper())
                or (lower in short_weekdays and _after_word(token, _BEFORE_SHORT_DAY))
                or lower in day_parts
                or lower.removesuffix("s") in day_parts  # "this mornings interview"
                or lower == "yesterday"
                or (lower in months and token.text[:1].isupper())
                or any(part in months for part in lower.split("-")[1:2])  # '12-Nov-26'
                or _NUMERIC_DATE.match(token.text)
                or _ORDINAL.match(token.text)
            ):
                yield sent.doc[token.i : token.i + 1]

    @cached_property
    def _point_words(self) -> frozenset[str]:
        """Words that make a time expression a day or a time (built once per check)."""
        return (
            self.term_set("weekdays")
            | self.term_set("months")
            | self.term_set("day-parts")
            | self.term_set("past-markers")
            | {t.rstrip(".") for t in self.term_set("weekday-abbreviations")}
            | {"today", "tonight", "this", "weekend", "since", "passed", "ago", "past", "other"}
        )

    def _dates_the_writing(self, expression: Span, events: frozenset[str]) -> bool:
        """'I am taking this opportunity today to thank you', 'Today I write to follow up':
        the day goes with the writer's present act of writing, not with the meeting ('Thank
        you for your time today', 'meeting me this morning' still date it)."""
        words = {t.lower_ for t in expression}
        if not words <= _PRESENT_DAY | self.term_set("day-parts"):
            return False
        if expression.start > expression.sent.start and _mentions_word(
            expression.doc[expression.start - 1], events
        ):
            return False  # 'our chat this morning': the nearest noun takes the time
        verb = expression.root.head
        while verb.pos_ == "ADP" and verb.head.i != verb.i:
            verb = verb.head  # 'I write on this day'
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() == "be":
            return False
        lemma = verb.lemma_.lower()
        if lemma in events or verb.lower_ in events or lemma in _THANKING:
            return False
        return _present(verb) and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children
        )

    @staticmethod
    def _nowadays(expression: Span) -> bool:
        """'today the QA team is always the last to know': 'today' with a present tense
        that is no one's act now means 'these days', not the day of the meeting."""
        if [t.lower_ for t in expression] != ["today"] or expression.root.dep_ != "npadvmod":
            return False  # 'Today is the day I met the team' is about the day itself
        verb = expression.root.head
        if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in _THANKING:
            return False
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
        return subject is not None and subject.lower_ not in ("i", "we", "you")

    def _is_point(self, expression: Span) -> bool:
        """A day or a time, not a length or a frequency: 'Tuesday', 'November 3', 'this
        morning', '3/11' count; 'an eighteen-month forecast', 'monthly', 'three weeks' do not."""
        after = expression.doc[expression.end : min(expression.end + 3, expression.sent.end)]
        words = {t.lower_ for t in expression} | {t.lower_ for t in after}  # 'ten days have passed'
        points = self._point_words
        words |= {w.rstrip(".") for w in words} | {w.removesuffix("s") for w in words}
        if self._span_of_time(expression) and not words & {"ago", "since", "passed"}:
            return False  # 'over the last eighteen months': a length, however recent
        return (
            bool(words & points)
            or _day_of_an_event(expression)
            or any(_NUMERIC_DATE.match(t.text) or _ORDINAL.match(t.text) for t in expression)
            or _WRITTEN_TIME.search(expression.text) is not None
        )

    def _span_of_time(self, expression: Span) -> bool:
        """'the last eighteen months', 'the past few weeks': a counted plural unit of time;
        also 'the last eight as site safety lead', the unit left unsaid."""
        units = self.term_set("time-units")
        if any(
            t.lower_ in ("last", "past") and t.i + 1 < len(t.doc) and t.nbor().like_num
            for t in expression
        ):
            return True
        return any(
            t.tag_ == "NNS"
            and t.lemma_.lower() in units
            and any(c.like_num or c.lower_ in ("few", "several", "couple") for c in t.children)
            for t in expression
        )

    def _is_bare_adverb(self, expression: Span) -> bool:
        """'earlier', 'recently', 'just now' on their own: past, but they date the interview
        only when they go with the meeting, not in 'as I said earlier'."""
        lowered = [t.lower_ for t in expression]
        return lowered == ["just", "now"] or (
            len(lowered) == 1 and lowered[0] in self.term_set("past-adverbs")
        )

    def _bare_month(self, expression: Span) -> bool:
        """'June', 'in July' with no day: as coarse as 'last year', so it dates the meeting
        only when the parse ties it to one ('our chat in June'), not from somewhere else in
        the sentence ('the convention dates in June', 'July is vacation time')."""
        months = self.term_set("months")
        if not any(t.lower_ in months for t in expression):
            return False
        # the day may lie just outside: '3 NOV', 'the 3rd of November'
        start = max(expression.sent.start, expression.start - 2)
        around = expression.doc[start : min(expression.end + 1, expression.sent.end)]
        return not any(
            t.like_num or _ORDINAL.match(t.text) or _NUMERIC_DATE.match(t.text) for t in around
        )

    def _habitual(self, expression: Span) -> bool:
        """'every Monday morning', 'each June', 'the Saturdays I have open': how often,
        not when we met."""
        doc = expression.doc
        start = max(expression.sent.start, expression.start - 2)
        if any(t.lower_ in _HABIT for t in doc[start : expression.end]):
            return True
        plural_days = self.term_set("weekdays") | self.term_set("day-parts")
        after = doc[expression.end : expression.end + 1]
        if any(_mentions_word(t, self.term_set("event-words")) for t in after):
            return False  # 'this mornings interview': a possessive missing its apostrophe
        return any(
            t.lower_.endswith("s") and t.lower_.removesuffix("s") in plural_days for t in expression
        )

    @staticmethod
    def _written_times(sent: Span) -> Iterator[Span]:
        """Dates and clock times found in the text, however the tokenizer cut them."""
        for match in _WRITTEN_TIME.finditer(sent.text):
            start = sent.start_char + match.start()
            span = sent.doc.char_span(start, start + len(match.group()), alignment_mode="expand")
            if span is not None:
                yield span

    def _just_finished(self, sent: Span, events: frozenset[str]) -> bool:
        """'I have just left your office', 'I only just got out of the interview': written
        straight after the meeting."""
        leaving = self.term_set("leaving-verbs")
        for token in sent:
            verb = token.head
            if token.lower_ != "just" or token.dep_ != "advmod" or verb.tag_ not in ("VBD", "VBN"):
                continue
            if verb.lemma_.lower() in events or verb.lower_ in events:
                return True  # 'we just spoke'
            if verb.lemma_.lower() in leaving and not _has_own_object(verb):
                return True  # 'just left your office', 'just hung up'
            if any(_mentions(c, events) for c in verb.children if c.dep_ in _PLACE_DEPS):
                return True  # 'just got out of our interview'
        return False

    def _straight_after(self, sent: Span, events: frozenset[str]) -> bool:
        """'Writing straight after our call', 'right after the interview'."""
        right = self.term_set("right-after")
        for token in sent:
            if token.lower_ != "after" or token.i == sent.start:
                continue
            if token.nbor(-1).lower_ not in right:
                continue
            window = sent.doc[token.i + 1 : min(token.i + 4, sent.end)]
            noun = next((t for t in window if t.pos_ in ("NOUN", "PROPN", "VERB")), None)
            if noun is not None and (noun.lower_ in events or noun.lemma_.lower() in events):
                return True
        return False

    @staticmethod
    def _points_ahead(expression: Span) -> bool:
        """A deadline or a future date: 'by the 25th', 'next week', 'tomorrow'."""
        doc = expression.doc
        before = {
            t.lower_
            for t in doc[max(expression.sent.start, expression.start - 2) : expression.start]
        }
        inside = {t.lower_ for t in expression}
        if inside & {"next", "tomorrow", "upcoming", "coming"}:
            return True
        if inside & {"yesterday", "ago", "last"}:
            return False
        return bool(before & {"by", "until", "till", "before", "next"})

    @staticmethod
    def _possessive_event(expression: Span, events: frozenset[str]) -> bool:
        doc = expression.doc
        nxt = doc[expression.end : expression.end + 3]
        return (
            len(nxt) >= 2
            and nxt[0].lower_ in ("'s", "’s")
            and (nxt[1].lemma_.lower() in events or nxt[1].lower_ in events)
        ) or (
            len(nxt) >= 1
            and nxt[0].lower_ in events
            and nxt[0].pos_ != "VERB"
            and nxt[0].lower_ not in _VERB_ONLY
            and nxt[0].tag_ != "NNS"  # 'weekend shifts', 'Friday meetings': a habit
        )

    @staticmethod
    def _event_attached_to(expression: Span, events: frozenset[str]) -> Token | None:
        """The interview word the time expression modifies in the parse, if any: the walk up
        passes over prepositions and the places or things they introduce ('seeing me at the
        yard on Monday 5 October') and stops at the first other word, which decides."""
        token: Token = expression.root
        for _ in range(6):
            if token.head.i == token.i:
                return None
            token = token.head
            if token.lemma_.lower() in events or token.lower_ in events:
                return token if _meeting_word(token, events) else None
            if _writers_visit(token):
                return token  # 'I came in on the 2nd'
            held = _meeting_held(token, events) or _done_at_the_meeting(token, events)
            if held is not None:
                return held  # 'We did the video interview on May 12'
            if token.lemma_.lower() in _THANKING and (
                expression.root.head.lower_ == "for" or _thanks_for_a_meeting(token, events)
            ):
                return token  # 'Thanks for this afternoon', 'Thank you for our chat in June'
            if token.i in range(expression.start, expression.end) or token.pos_ in _PASSED_POS:
                continue
            if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("pobj", "appos", "npadvmod"):
                continue
            return None
        return None

    @staticmethod
    def _in_the_future(event: Token, future: frozenset[str]) -> bool:
        """'look forward to meeting the group on the 24th', 'we will talk on Monday'; and an
        event only supposed ('what I would do if the volunteers called in sick that morning')."""
        if any(t.lower_ in _SUPPOSING for t in event.subtree if t.i < event.i):
            return True  # the parse may hang the 'if' anywhere in the event's own clause
        for token in (event, *event.ancestors):
            if token.lemma_.lower() in _THANKS_FOR:
                return False  # 'my thanks for the interview on Tuesday': thanks look back
            if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in token.children):
                return True  # 'what I would do if half the volunteers called in sick'
            if token.lemma_.lower() in future and token.lemma_.lower() not in {"by", "until"}:
                return True
            if any(
                (c.tag_ == "MD" and not _courtesy(c)) or c.lower_ == "forward"
                for c in token.children
            ):
                return True
        return False


def _hyphenated_modifier(expression: Span) -> bool:
    """'last-minute' in 'the last-minute cover': words joined by a hyphen that describe the
    noun after them."""
    joined = any(t.text == "-" and not t.whitespace_ for t in expression)
    if not joined and "-" not in expression.text:
        return False
    return expression.root.dep_ in ("amod", "compound", "nmod") or (
        expression.end < len(expression.doc)
        and expression.doc[expression.end].pos_ == "NOUN"
        and expression.root.head.i == expression.end
    )


def _meeting_word(token: Token, events: frozenset[str]) -> bool:
    """An interview word that names a meeting: not a plural or a present tense, which are
    habits ('weekend shifts', 'Friday calls', 'I see the figures every night'), and 'time' only
    as someone's ('your time', 'the time you spent with me'), not 'the same time last year'."""
    if not (token.lower_ in events or token.lemma_.lower() in events):
        return False
    if token.tag_ in ("NNS", "VBP", "VBZ"):
        return False  # a present tense is a habit too: 'I see the pickup figures every night'
    return token.lower_ != "time" or any(c.dep_ in ("poss", "relcl") for c in token.children)


def _thanks_for_a_meeting(thanks: Token, events: frozenset[str]) -> bool:
    """Whether the thanks are for a meeting named after 'for' ('Thank you for our chat in
    June'), so a time the parser hangs on the thanking verb is that meeting's."""
    return any(
        c.lower_ == "for" and any(_meeting_word(g, events) for g in c.children)
        for c in thanks.children
    )


def _courtesy(modal: Token) -> bool:
    """A modal of politeness around thanks, not the future: 'I would like to thank you for',
    'I should like to place on record my gratitude for', 'May I thank you for' - but not 'I
    would appreciate an update on Thursday', a request."""
    verb = modal.head
    return any(
        t.lemma_.lower() in _THANKS_FOR and _for_something(t) and not _subordinate(t, verb)
        for t in verb.subtree
    )


def _subordinate(token: Token, verb: Token) -> bool:
    """In a clause of its own below `verb`: 'I would be glad if you could thank them for'."""
    node = token
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in ("advcl", "ccomp"):
            return True
        node = node.head
    return False


def _for_something(thanks: Token) -> bool:
    """'thank you', 'thanks for the interview', 'say thanks for the chat': thanks given,
    not asked for."""
    holders = (thanks, thanks.head)
    return any(
        (c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ == "dobj" and c.lower_ == "you")
        for h in holders
        for c in h.children
    )


def _present(verb: Token) -> bool:
    """'I write', 'I am writing', 'I take this opportunity'."""
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children
    )


def _followed_by(token: Token, word: str) -> bool:
    return token.i + 1 < len(token.doc) and token.nbor(1).lower_ == word


def _mentions_word(token: Token, words: frozenset[str]) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


def _mentions(token: Token, words: frozenset[str]) -> bool:
    return any(t.lower_ in words or t.lemma_.lower() in words for t in token.subtree)


def _has_own_object(verb: Token) -> bool:
    """'just finished a course', 'just left my job': the writer's own affairs, not the visit."""
    for child in verb.children:
        if child.dep_ == "dobj":
            return not any(c.dep_ == "poss" and c.lower_ in ("your", "our") for c in child.children)
    return False


def _after_word(token: Token, words: frozenset[str]) -> bool:
    """Whether the word just before `token` is one of `words`."""
    return token.i > token.sent.start and token.nbor(-1).lower_ in words


#: Verbs that only carry the meeting they take as an object ('did the interview').
_LIGHT_VERBS = frozenset({"do", "have", "hold", "attend", "sit", "take", "complete", "finish"})
# Verbs that, with a particle, are the writer's visit: 'I came in', 'popped over', 'dropped by'.
_VISIT_VERBS = frozenset({"come", "pop", "drop", "stop", "call"})
_VISIT_PARTICLES = frozenset({"in", "by", "over", "round", "down", "along"})


def _writers_visit(verb: Token) -> bool:
    """'I came in on the 2nd', 'when I popped in on Friday': the writer's visit is the
    meeting (not 'the parcel came in on Monday')."""
    if verb.lemma_.lower() not in _VISIT_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    children = list(verb.children)
    visit = any(c.dep_ == "prt" and c.lower_ in _VISIT_PARTICLES for c in children)
    return visit and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in children)


def _meeting_held(verb: Token, events: frozenset[str]) -> Token | None:
    """The meeting a light verb takes as its object, which is what the verb's time dates:
    'We did the video interview on May 12', 'I had my panel on the 3rd'."""
    if verb.lemma_.lower() not in _LIGHT_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and _meeting_word(c, events)), None)


def _done_at_the_meeting(verb: Token, events: frozenset[str]) -> Token | None:
    """The meeting a verb is placed at, which its time then dates: 'the date you gave at the
    end of our interview on May 5', 'what you said during the panel on Tuesday'."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "during", "in", "after"):
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        for _ in range(3):  # 'at the end of our interview': through 'of' only
            if place is None:
                break
            if _meeting_word(place, events):
                return place
            of = next((c for c in place.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            place = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    return None


def _day_of_an_event(expression: Span) -> bool:
    """'the day of the storm', 'the day the gale shut the crossing', 'the day after Labor
    Day': a day named by what happened on it, or next to a named day, is a point in time."""
    day = expression.root
    if day.lower_ != "day" or not any(c.lower_ == "the" for c in day.children):
        return False
    return _told_by_a_clause(day) or any(
        c.dep_ == "relcl"
        or (c.dep_ == "prep" and c.lower_ == "of")
        or (c.dep_ == "prep" and c.lower_ in ("after", "before") and _names_a_day(c))
        for c in day.children
    )


def _told_by_a_clause(day: Token) -> bool:
    """'the day the storm came through', however the parse hangs it: a subject and a past
    verb straight after 'day', within the sentence."""
    after = day.doc[day.i + 1 : min(day.i + 6, day.sent.end)]
    if not after or after[0].pos_ not in ("DET", "PRON", "PROPN") or after[0].lower_ == "that":
        return False
    for token in after[1:]:
        if token.tag_ == "VBD":
            return True
        if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP"):
            return False
    return False


def _names_a_day(prep: Token) -> bool:
    """'after Labor Day', 'before the bank holiday': a day both know by its name."""
    return any(
        o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.lower_ in ("holiday", "weekend"))
        for o in prep.children
    )


def _our_appointment(expression: Span) -> bool:
    """'at our 9 a.m.', 'our 3 pm catch-up': a clock time that was ours is the meeting."""
    start = expression.start
    return (
        start > expression.sent.start
        and expression.doc[start - 1].lower_ == "our"
        and _WRITTEN_TIME.search(expression.text) is not None
    )


# A place within a recurring period ('the last week of the quarter', 'the first day of each
# month'), which dates no meeting.
_PLACE_IN_A_CYCLE = re.compile(
    r"(?:the|every|each)\s+(?:last|first|final|second|third|fourth|opening|closing)\s+"
    r"(?:week|weeks|day|days|month|months|fortnight)\s+of\s+(?:the|each|every|a)\b",
    re.IGNORECASE,
)


def _describes_a_thing(length: Span) -> bool:
    """A length that describes a thing ('a 24-hour course', 'a two-week placement'), not time
    gone by."""
    root = length.root
    return (
        root.dep_ in ("amod", "compound", "nmod")
        and root.head.pos_ in ("NOUN", "PROPN")
        and not (length.start <= root.head.i < length.end)
    )


_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "month"}
)


def _day_of_a_month(expression: Span) -> bool:
    """'the last Sunday of March', 'the first Monday of each month': which weekday of a
    month, the way a calendar rule or a rota is said - not a day that has passed, nor 'the
    Wednesday of half-term'."""
    doc = expression.doc
    for token in expression:
        if token.lower_ not in _WEEKDAYS:
            continue
        after = [t.lower_ for t in doc[token.i + 1 : token.i + 4]]
        if after[:1] == ["of"] and any(w in _MONTHS for w in after[1:3]):
            return True
    return False
