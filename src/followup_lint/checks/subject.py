"""Rule `subject`: a subject line must exist in an e-mail and name the role or the interview."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.checks.position import office_title, partly_initialled, singular

if TYPE_CHECKING:
    from spacy.tokens import Span

    from followup_lint.annotated import Draft

_WORD = re.compile(r"[a-z0-9]+")
_EMPTY_SUBJECT = re.compile(r"(?im)^[ \t]*subject[ \t]*:[ \t]*$")
_HEADER_END = re.compile(r"\r?\n\r?\n")


class Subject(Check):
    """Applies to drafts with a subject line and to every .eml. The subject is informative
    when it names the interview, the context's position (or its core without seniority
    words, or its acronym), or a job title (a title noun, or a role noun with a modifier)."""

    id = "subject"
    needs = frozenset({"lemmatizer", "parser"})
    message_keys = frozenset(
        {
            "missing",
            "empty",
            "uninformative",
            "suggest-thank-you",
            "suggest-status-inquiry",
            "suggest-rejection-reply",
            "suggest-offer-notice",
        }
    )

    def run(self, draft: Draft) -> Iterator[Hit]:
        subject = draft.parts.subject
        if subject is None:
            if self._empty_line(draft):
                yield self.hit(
                    "empty", draft.first_sentence_range(), suggestions=self._suggest(draft)
                )
            elif draft.parsed.format == "eml":
                yield self.hit(
                    "missing", draft.first_sentence_range(), suggestions=self._suggest(draft)
                )
            return
        span = draft.doc.char_span(subject.start, subject.end, alignment_mode="expand")
        if span is None or not self._informative(draft, span):
            text = draft.text[subject.start : subject.end]
            yield self.hit("uninformative", subject, suggestions=self._suggest(draft), subject=text)

    @staticmethod
    def _empty_line(draft: Draft) -> bool:
        """A 'Subject:' header or first line with nothing after it."""
        source = draft.parsed.source
        if draft.parsed.format == "eml":
            end = _HEADER_END.search(source)
            head = source[: end.start() if end else len(source)]
        else:
            head = source[: draft.parsed.offsets.source_offset(draft.parts.body_start)]
        return _EMPTY_SUBJECT.search(head) is not None

    # -- what makes a subject informative ---------------------------------------------------
    def _informative(self, draft: Draft, span: Span) -> bool:
        events = self.term_set("interview-words")
        if any(t.lemma_.lower() in events or t.lower_ in events for t in span):
            return True
        words = self._expanded([singular(w) for w in _WORD.findall(span.text.lower())])
        position = draft.context.position
        if position and self._names_position(words, span, position):
            return True
        return self._names_a_title(span)

    def _expanded(self, words: list[str]) -> list[str]:
        """The subject's words with common title abbreviations written out ('Rep' →
        'representative', 'Sr' → 'senior', 'Mgr' → 'manager')."""
        table = dict(pair.split("=", 1) for pair in self.term_set("abbreviations"))
        out: list[str] = []
        for word in words:
            out.extend(singular(w) for w in table.get(word, word).split())
        return out

    def _names_position(self, words: list[str], span: Span, position: str) -> bool:
        """The context title, its core without seniority words, or its acronym (whole, or for
        its last words: 'Enterprise AE')."""
        title = [singular(w) for w in _WORD.findall(position.lower())]
        core = [w for w in title if w not in self.term_set("seniority")] or title
        for needle in (title, core, *partly_initialled(title), *partly_initialled(core)):
            n = len(needle)
            if any(words[i : i + n] == needle for i in range(len(words) - n + 1)):
                return True
        acronyms = {"".join(w[0] for w in needle) for needle in (title, core)}
        acronyms = {a for a in acronyms if len(a) >= 2}
        return any(t.text.isupper() and t.lower_ in acronyms for t in span)

    def _names_a_title(self, span: Span) -> bool:
        """'Data Analyst', 'HVAC Service Technician', 'the nursing position'."""
        heads = self.term_set("title-heads")
        roles = self.term_set("role-nouns")
        for token in span:
            word = singular(token.lower_)
            if (word in heads and token.pos_ in ("NOUN", "PROPN")) or office_title(token):
                return True
            if word in roles and any(
                c.dep_ in ("compound", "amod", "nmod")
                and c.pos_ in ("NOUN", "PROPN", "ADJ")
                and c.lower_ not in self.term_set("vague-modifiers")
                for c in token.children
            ):
                return True
        return False

    def _suggest(self, draft: Draft) -> list[str]:
        """A subject naming the role, worded for the kind of note, when the role is known."""
        position = draft.context.position
        if not position:
            return []
        kind = draft.kind.value if draft.kind is not None else "thank-you"
        return [self.pack.message(f"suggest-{kind}").format(position=position)]
