"""Rule `date-mismatch`: the note's reference to the interview day must fit the context dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.dates import (
    date_matches,
    day_number,
    long_date,
    numeric_date,
    previous_weekday,
    resolve_written,
    same_week,
    week_start,
    weekday_index,
    year_number,
)
from followup_lint.draft.model import TextRange
from followup_lint.matching import entry_matcher
from followup_lint.models import Kind

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

    from followup_lint.annotated import Draft

_INDEFINITE = frozenset({"a", "an", "any", "every", "each", "some", "another"})
_FUNCTION_POS = frozenset({"ADP", "AUX", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM"})
_CALENDAR = frozenset({"month-day", "day-month", "numeric-date", "ordinal-day", "month"})
_ELAPSED = frozenset({"ago", "ago-digits", "elapsed", "elapsed-since"})


@dataclass(frozen=True, slots=True)
class Dates:
    """The two context dates every comparison needs."""

    interview: dt.date
    sent: dt.date


class DateMismatch(Check):
    """Pack patterns find date expressions; those the parse ties to the interview (a date on
    'meeting', "Tuesday's interview", 'thanks for yesterday', 'two weeks since we met') are
    resolved against the sent date and compared with the interview date."""

    id = "date-mismatch"
    needs = frozenset({"parser", "lemmatizer", "pos", "sentences"})
    message_keys = frozenset(
        {
            "weekday",
            "relative",
            "week",
            "calendar",
            "about",
            "suggest-today",
            "suggest-yesterday",
            "suggest-weekday",
            "suggest-date",
            "no-dates",
        }
    )

    def setup(self, nlp: Language) -> None:
        self._matcher = entry_matcher(nlp, self.pack)

    def skip_reason(self, draft: Draft) -> str | None:
        """Both the interview date and the sent date are needed."""
        if draft.context.interview_date is None or draft.context.sent_date is None:
            return self.pack.message("no-dates")
        return None

    def run(self, draft: Draft) -> Iterator[Hit]:
        ctx = draft.context
        if ctx.interview_date is None or ctx.sent_date is None:
            return
        dates = Dates(ctx.interview_date, ctx.sent_date)
        prose = [r for r in (draft.parts.subject, *draft.parts.paragraphs) if r is not None]
        by_sentence: dict[int, list[tuple[Hit | None, bool, Span]]] = {}
        for match in self._matcher(draft.doc):
            span = match.span
            if not any(r.contains(span.start_char) for r in prose):
                continue
            if not self._about_interview(draft, span, match.entry.id):
                continue
            weekday = match.entry.id in ("weekday", "last-weekday")
            hit = self._compare(match.entry.id, span, dates)
            by_sentence.setdefault(span.sent.start, []).append((hit, weekday, span))
        # A note that dates the interview rightly somewhere may date other stages too ('the
        # practical test on 25 September'): then only a sentence naming the interview itself
        # can contradict the context.
        right_somewhere = any(hit is None for found in by_sentence.values() for hit, *_ in found)
        for found in by_sentence.values():
            # 'on Monday and Tuesday' for a two-day interview, 'on May 12 and, in the second
            # round, on May 26': one right day of the same sort in the sentence makes the others
            # other days or rounds ('Monday, 26 May' for a Tuesday is still wrong).
            right = {weekday for hit, weekday, _ in found if hit is None}
            for hit, weekday, span in found:
                if hit is None or weekday in right:
                    continue
                if right_somewhere and not self._names_the_interview(span):
                    continue
                yield hit

    # -- is this the interview? ---------------------------------------------------------

    def _names_the_interview(self, span: Span) -> bool:
        """The date's sentence, on the date's own line, says 'interview' (or 'interviewed'),
        not only another stage (a list of stages may parse as one sentence)."""
        doc, sent = span.doc, span.sent
        text = doc.text
        line_start = text.rfind("\n", 0, span.start_char) + 1
        line_end = text.find("\n", span.end_char)
        line_end = len(text) if line_end < 0 else line_end
        words = self.term_set("interview-words")
        return any(t.lemma_.lower() in words and line_start <= t.idx < line_end for t in sent)

    def _about_interview(self, draft: Draft, span: Span, kind: str) -> bool:
        """Whether the expression dates the interview rather than a letter, a deadline, a
        start date or something still to come."""
        doc = span.doc
        ahead = self.term_set("ahead-words")
        before = doc[max(span.sent.start, span.start - 2) : span.start]
        if any(t.lower_ in ahead for t in before) or any(
            t.lower_ in self.term_set("ahead-inside") for t in span
        ):
            return False
        # 'a trial shift on a Saturday', 'any day this week': whichever day, not one that was
        if (
            any(t.lower_ in _INDEFINITE for t in before[-1:])  # the word just before
            or span[0].lower_ in _INDEFINITE
            or any(t.lower_ in _INDEFINITE and t.head.lower_ == "day" for t in before)
            or _any_time_in(span)  # 'happy to join a call at any time this week'
        ):
            return False
        after = doc[span.end] if span.end < span.sent.end else None
        if (
            kind in ("weekday", "last-weekday")
            and after is not None
            and after.lower_ in self.term_set("plural-day-parts")
        ):
            return False  # 'on Friday afternoons': a habit, not a day
        if kind in ("elapsed", "elapsed-since"):
            return self._since_event(draft, span)
        if self._event_follows(draft, span):
            return True  # "Monday's interview", "this mornings interview"
        return self._attached_to_event(draft, span)

    def _event_follows(self, draft: Draft, span: Span) -> bool:
        doc = span.doc
        nxt = doc[span.end : min(span.end + 5, span.sent.end)]
        if len(nxt) and nxt[0].lower_ in ("'s", "’s", "s"):
            nxt = nxt[1:]
        while len(nxt) and nxt[0].lower_ in self.term_set("day-parts"):
            nxt = nxt[1:]
        if len(nxt) >= 3 and nxt[1].text == "-" and not nxt[1].whitespace_:
            joined = f"{nxt[0].lower_}-{nxt[2].lower_}"  # "Monday's sit-down", 'walk-through'
            if joined in self.term_set("event-words"):
                return True
        return bool(len(nxt)) and self._is_event(draft, nxt[0])

    def _since_event(self, draft: Draft, span: Span) -> bool:
        """'two weeks since my interview', 'ten days have passed since we met'."""
        since = span[-1]
        following = since.doc[since.i + 1 : min(since.i + 7, span.sent.end)]
        return any(self._is_event(draft, token) for token in following)

    def _attached_to_event(self, draft: Draft, span: Span) -> bool:
        """Walk up the parse from the expression to the first word that decides: an interview
        word, a thanks for an interview, a light verb with an interview object ('I had an
        interview', 'follow up on my interview'); places and other objects on the way ('in
        the hangar on the 10th') are passed over, a letter or a deadline stops the walk."""
        token = span.root
        thanking = self.term_set("thanking-words")
        if token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "PROPN"):
            # 'your mail of yesterday', 'the panel of Tuesday': the noun is what is dated
            return self._is_event(draft, token.head.head)
        for _ in range(8):
            if token.head.i == token.i:
                return False
            token = token.head
            if token.i in range(span.start, span.end) or token.pos_ in _FUNCTION_POS:
                continue
            lemma = token.lemma_.lower()
            if self._is_event(draft, token):
                return not self._planned(token) and not self._elsewhere(token)
            if lemma in thanking or token.lower_ in thanking:
                if self._thanked_for_other(draft, token):
                    return False  # 'Thank you for your email from Friday'
                return span.root.dep_ == "pobj" or self._object_is_event(draft, token)
            if self._is_other(draft, token):
                return False
            if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("pobj", "dobj", "appos"):
                continue  # 'in the hangar on the 10th', 'the position on 2 November'
            if lemma in self.term_set("receiving-verbs") and _writer_received(token):
                return not self._planned(token)  # 'Thank you for seeing me on Friday'
            if lemma in self.term_set("light-verbs"):
                return self._object_is_event(draft, token) and not self._planned(token)
            return False
        return False

    def _thanked_for_other(self, draft: Draft, verb: Token) -> bool:
        """The thanks are for a letter, news or a decision and for nothing that is the
        interview: 'Thank you for your email from Friday with the decision'."""
        thanked = [
            obj
            for child in verb.children
            if child.dep_ == "prep" and child.lower_ == "for"
            for obj in child.children
            if obj.dep_ in ("pobj", "pcomp")
        ]
        thanked += [c for c in thanked for c in c.conjuncts]
        return bool(thanked) and all(
            self._is_other(draft, obj) and not self._is_event(draft, obj) for obj in thanked
        )

    def _object_is_event(self, draft: Draft, verb: Token) -> bool:
        """'I had an interview', 'Thank you for the interview', 'follow up on my interview',
        'the time you gave me on 3 November'."""
        if verb.dep_ in ("relcl", "acl") and self._is_event(draft, verb.head):
            return True
        preps = self.term_set("object-prepositions")
        for child in verb.children:
            if child.dep_ in ("dobj", "attr") and self._is_event(draft, child):
                return True
            if child.dep_ == "prep" and child.lower_ in preps:
                for obj in child.children:
                    if obj.dep_ in ("pobj", "pcomp") and self._is_event(draft, obj):
                        return True
        return False

    def _is_event(self, draft: Draft, token: Token) -> bool:
        """An interview word, or a noun compounded or coordinated with one."""
        events = self.term_set("event-words")
        if self._is_other(draft, token):
            return False
        if token.lemma_.lower() in events or token.lower_ in events:
            return True
        return token.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "nmod", "conj") and c.lemma_.lower() in events
            for c in token.children
        )

    def _is_other(self, draft: Draft, token: Token) -> bool:
        """A letter, a decision, a deadline: not the interview. A call is the news itself in
        a rejection reply or an offer notice."""
        words = {token.lemma_.lower(), token.lower_}
        if words & self.term_set("other-words"):
            return True
        if not words & self.term_set("news-calls"):
            return False
        return draft.kind in (Kind.REJECTION_REPLY, Kind.OFFER_NOTICE) or self._errand_call(
            token, asking=draft.kind is Kind.STATUS_INQUIRY
        )

    def _errand_call(self, call: Token, *, asking: bool) -> bool:
        """'your recruiter phoned me about the paperwork', and in a status inquiry 'a call
        from your office on 5th February': a call about something other than the role, or
        one received while waiting, which arranged things rather than being the interview -
        not 'our call on Tuesday', 'thank you for calling me on Monday about the role', nor
        in a thank-you note 'the call from your office on Thursday' (a phone interview)."""
        topics = self.term_set("topic-words")
        about = [
            obj
            for child in call.children
            if child.lower_ in topics
            for obj in child.children
            if obj.dep_ in ("pobj", "dobj")
        ]
        if about:
            return not any(o.lemma_.lower() in self.term_set("role-words") for o in about)
        return asking and any(c.dep_ == "prep" and c.lower_ == "from" for c in call.children)

    def _elsewhere(self, event: Token) -> bool:
        """Another interview: 'I interviewed at another company', 'a meeting elsewhere'."""
        others = self.term_set("elsewhere-words")
        for child in event.children:
            if child.lower_ in others:
                return True
            if child.dep_ == "prep" and child.lower_ in ("at", "with", "for"):
                for obj in child.children:
                    if any(d.lower_ in others for d in obj.children if d.dep_ in ("det", "amod")):
                        return True
        return False

    def _planned(self, event: Token) -> bool:
        """'look forward to meeting the group on the 24th', 'we will talk on Monday'; a modal
        beyond a noun ('I would like to thank you for the chance to meet') does not count."""
        ahead = self.term_set("ahead-words")
        thanking = self.term_set("thanking-words")
        for token in (event, *event.ancestors):
            if token is not event and (
                token.pos_ in ("NOUN", "PROPN") or token.lemma_.lower() in thanking
            ):
                return False
            if token.lower_ in ahead:
                return True
            if any(c.tag_ == "MD" or c.lower_ in ahead for c in token.children):
                return True
        return False

    # -- what does it claim? -------------------------------------------------------------

    def _compare(self, kind: str, span: Span, dates: Dates) -> Hit | None:
        if kind in _CALENDAR:
            return self._calendar(kind, span, dates)
        if kind in _ELAPSED:
            return self._elapsed(span, dates)
        interview, sent = dates.interview, dates.sent
        days = (sent - interview).days
        if kind == "weekday":
            weekday = self._weekday(span)
            if weekday is None or weekday == interview.weekday():
                return None
            return self._hit("weekday", span, dates)
        if kind == "last-weekday":
            weekday = self._weekday(span)
            if weekday is None:
                return None
            latest = previous_weekday(sent, weekday)
            limit = int(self.settings["last_week_max_days"])
            if interview == latest or (
                interview == latest - dt.timedelta(days=7) and days <= limit
            ):
                return None
            return self._hit("relative", span, dates, claimed=long_date(latest))
        if kind == "yesterday":
            if days == 1:
                return None
            return self._hit("relative", span, dates, claimed=long_date(sent - dt.timedelta(1)))
        if kind == "day-before-yesterday":
            if days == 2:
                return None
            return self._hit("relative", span, dates, claimed=long_date(sent - dt.timedelta(2)))
        if kind == "today":
            if days == 0:
                return None
            return self._hit("relative", span, dates, claimed=long_date(sent))
        if kind == "last-week":
            limit = int(self.settings["last_week_max_days"])
            if not same_week(interview, sent) and 0 < days <= limit:
                return None
            claimed = week_start(sent) - dt.timedelta(days=7)
            return self._hit("week", span, dates, claimed=long_date(claimed))
        if kind == "this-week":
            if same_week(interview, sent) and days >= 0:
                return None
            return self._hit("week", span, dates, claimed=long_date(week_start(sent)))
        return None

    def _calendar(self, kind: str, span: Span, dates: Dates) -> Hit | None:
        """'November 3', '3 November', '11/3' (either order), 'the 3rd', 'in October'."""
        months = self.term_set_ordered("months")
        short = self.term_set_ordered("month-abbreviations")
        month = day = year = weekday = None
        readings: list[tuple[int | None, int | None, int | None]] = []
        for token in span:
            word = token.lower_.rstrip(".")
            if word in months:
                month = months.index(word) + 1
            elif word in short or word == "sept":
                month = (short.index(word) if word in short else 8) + 1
            elif (day_of_week := self._weekday((token,))) is not None:
                weekday = day_of_week
            elif (number := numeric_date(token.text)) is not None:
                first, second, year = number
                readings = [(first, second, year), (second, first, year)]
            elif (number := year_number(token.text)) is not None:
                year = number
            elif (number := day_number(token.text)) is not None:
                day = number
        if not readings:
            readings = [(month, day, year)]
        readings = [r for r in readings if r[0] is None or 1 <= r[0] <= 12]
        if not readings:
            return None
        resolved = [resolve_written(dates.sent, *r) for r in readings]
        if all(r is not None and r > dates.sent for r in resolved):
            return None  # a date still to come is not the interview
        if any(date_matches(dates.interview, *r) for r in readings) and (
            weekday is None or weekday == dates.interview.weekday()
        ):
            return None
        return self._hit("calendar", span, dates)

    def _weekday(self, tokens: Iterable[Token]) -> int | None:
        """The weekday some words name ('Tuesday', 'last Tues'), Monday being 0, or None."""
        weekdays = self.term_set_ordered("weekdays")
        short = self.term_set("weekday-abbreviations")
        return next(
            (i for t in tokens if (i := weekday_index(t.text, weekdays, short)) is not None), None
        )

    def _elapsed(self, span: Span, dates: Dates) -> Hit | None:
        """'two weeks ago', 'a fortnight ago', 'ten days have passed since we met'."""
        numbers = self.term_set_ordered("numbers")
        count: float | None = None
        low_high: tuple[int, int] | None = None
        unit = None
        for token in span:
            word = token.lower_
            if word in numbers:
                count = numbers.index(word)
            elif token.is_digit:
                count = int(word)
            elif word in ("a", "an") and count is None:
                count = 1
            elif word in self.term_set("a-couple"):
                low_high = (2, 3)
            elif word in self.term_set("a-few"):
                low_high = (2, 6)
            elif word.rstrip("s") in ("day", "week", "month", "fortnight"):
                unit = word.rstrip("s")
        if unit is None:
            return None
        size = {"day": 1, "week": 7, "fortnight": 14, "month": 30}[unit]
        tolerance = int(
            self.settings[
                {"day": "days_tolerance", "month": "months_tolerance"}.get(unit, "weeks_tolerance")
            ]
        )
        days = (dates.sent - dates.interview).days
        if low_high is not None:
            least, most = low_high[0] * size - tolerance, low_high[1] * size + tolerance
        elif count is not None:
            least, most = int(count * size) - tolerance, int(count * size) + tolerance
        else:
            return None
        if any(t.lower_ in ("over", "more", "than") for t in span):
            most = 10**6
        if any(t.lower_ in ("almost", "nearly", "under") for t in span):
            least = 0
        if least <= days <= most:
            return None
        estimate = dates.sent - dt.timedelta(days=int((least + most) / 2))
        claimed = self.pack.message("about").format(date=long_date(estimate))
        return self._hit("relative", self._duration(span), dates, claimed=claimed)

    def _duration(self, span: Span) -> Span:
        """'ten days' out of 'it has been ten days since', 'two weeks ago' kept whole."""
        if span[-1].lower_ == "ago":
            return span
        counts = set(self.term_set("numbers")) | self.term_set("a-couple") | self.term_set("a-few")
        counts |= {"a", "an", "full", "about", "almost", "nearly", "over", "just", "some"}
        start = next((t.i for t in span if t.lower_ in counts or t.is_digit), span.start)
        end = next(
            (
                t.i + 1
                for t in span
                if t.lower_.rstrip("s") in ("day", "week", "month", "fortnight")
            ),
            span.end,
        )
        return span.doc[start:end]

    # -- reporting -------------------------------------------------------------------------

    def _hit(self, key: str, span: Span, dates: Dates, **fields: str) -> Hit:
        text = span.text.strip(" ,")
        start = span.start_char + span.text.index(text)
        return self.hit(
            key,
            TextRange(start, start + len(text)),
            suggestions=(self._suggestion(dates),),
            match=text,
            interview=long_date(dates.interview),
            sent=long_date(dates.sent),
            **fields,
        )

    def _suggestion(self, dates: Dates) -> str:
        """How the note could name the interview day: 'yesterday', 'on Monday', 'on 2 November'."""
        days = (dates.sent - dates.interview).days
        interview = dates.interview
        if days == 0:
            return self.pack.message("suggest-today")
        if days == 1:
            return self.pack.message("suggest-yesterday")
        weekday = interview.strftime("%A")
        if 1 < days < 7:
            return self.pack.message("suggest-weekday").format(weekday=weekday)
        return self.pack.message("suggest-date").format(
            day=interview.day, month=interview.strftime("%B")
        )

    def term_set_ordered(self, name: str) -> list[str]:
        """A `[terms]` list in its written order (the position is the value), lower-cased."""
        return [t.lower() for t in self.pack.terms[name]]


def _any_time_in(span: Span) -> bool:
    """'at any time this week', 'some time last week': whenever, not a day that was."""
    noun = span.root.head
    return noun.lower_ == "time" and any(c.lower_ in _INDEFINITE for c in noun.children)


def _writer_received(verb: Token) -> bool:
    """'seeing me', 'having us in': the verb's object is the writer, so the verb is the visit."""
    return any(c.dep_ == "dobj" and c.lower_ in ("me", "us") for c in verb.children)
