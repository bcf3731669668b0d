"""Rule `overeager`: flags begging, runs of exclamation marks and shouting in capitals."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.checks.complaint import clause_range, is_hypothetical, is_negated, subject_of
from followup_lint.draft.model import TextRange
from followup_lint.matching import Match, entry_matcher

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

    from followup_lint.annotated import Draft

_MARKS = re.compile(r"[!?]*![!?]*")


class Overeager(Check):
    """Pack entries find pleading; the parse keeps the writer's own, real pleas ('I would do
    anything to join', not 'let me know if I can do anything'). Punctuation and capitals are
    counted in the prose: a run of '!', more marks than the note's length allows (settings),
    and two or more ordinary words in capitals in a row, or a sentence all in capitals;
    acronyms are words outside the pipeline's dictionary or in the pack's acronym list."""

    id = "overeager"
    needs = frozenset({"parser", "lemmatizer"})
    message_keys = frozenset({"exclamation-run", "exclamations", "shouting"})

    def setup(self, nlp: Language) -> None:
        self._matcher = entry_matcher(nlp, self.pack)
        self._acronyms = self.term_set("acronyms")
        self._first_person = self.term_set("first-person")
        self._marks = self.term_set("conditional-marks")
        self._promises = self.term_set("promise-auxiliaries")
        self._help_followers = self.term_set("help-followers")
        self._jobs = self.term_set("job-nouns")
        self._run_suggestions = tuple(self.pack.terms.get("run-suggestions", ()))
        self._stop = frozenset(nlp.Defaults.stop_words)
        self._nlp = nlp
        self._known: frozenset[str] | None = None  # built when first needed (~10 ms)
        self._tests: dict[str, Callable[[Token], bool]] = {
            "begging": self._writer_pleads,
            "do-anything": self._would_do_anything,
            "need-this-job": self._needs_the_job,
            "desperate": self._writer_pleads,
            "give-me-a-chance": self._imperative,
            "devastated": self._devastated,
        }

    def _known_words(self) -> frozenset[str]:
        """Ordinary English words, read from the lemmatizer's tables the first time a word
        in capitals needs them."""
        if self._known is None:
            self._known = _dictionary(self._nlp)
        return self._known

    def run(self, draft: Draft) -> Iterator[Hit]:
        prose = draft.prose_ranges()
        hits = [*self._pleas(draft, prose), *self._exclamations(draft, prose)]
        hits += self._shouting(draft, prose)
        yield from sorted(hits, key=lambda h: h.start)

    # -- begging ------------------------------------------------------------------------------
    def _pleas(self, draft: Draft, prose: tuple[TextRange, ...]) -> list[Hit]:
        """The first plea of each sentence, spanning the clause that pleads."""
        best: dict[int, Match] = {}
        for entry_id, matches in self._matcher.by_entry(draft.doc).items():
            test = self._tests.get(entry_id, lambda token: True)
            for match in matches:
                span = match.span
                if not any(r.contains(span.start_char) for r in prose) or not test(span.root):
                    continue
                kept = best.get(span.sent.start)
                if kept is None or span.start < kept.span.start:
                    best[span.sent.start] = match
        hits: list[Hit] = []
        for match in best.values():
            rng = clause_range(match.span.root)
            entry = match.entry
            message = (entry.message or "{match}").format(match=draft.text[rng.start : rng.end])
            hits.append(
                Hit(rng.start, rng.end, entry.id, message, entry.severity, entry.suggestions)
            )
        return hits

    def _writer_pleads(self, token: Token) -> bool:
        """'I'm begging you', 'I really need this job', 'I am desperate for work'."""
        if is_negated(token) or is_hypothetical(token, self._marks):
            return False
        verb = token if token.pos_ in ("VERB", "AUX") else token.head
        subject = subject_of(verb)
        return subject is None or subject.lower_ in self._first_person

    def _needs_the_job(self, verb: Token) -> bool:
        """'I really need this job' - not 'I need the role to include remote work'."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not objects or any(c.dep_ in ("relcl", "acl") for c in objects[0].children):
            return False
        return not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) and (
            self._writer_pleads(verb)
        )

    def _devastated(self, token: Token) -> bool:
        """'I would be devastated if I did not get this job' - not news about something else."""
        verb = token.head if token.dep_ in ("acomp", "attr", "oprd") else token
        subject = subject_of(verb)
        if subject is None or subject.lower_ not in self._first_person or is_negated(token):
            return False
        return any(t.lemma_.lower() in self._jobs for t in token.sent)

    def _would_do_anything(self, verb: Token) -> bool:
        """'I will do anything to join', not 'let me know if I can do anything else'."""
        if not self._writer_pleads(verb):
            return False
        following = verb.doc[verb.i + 2] if verb.i + 2 < len(verb.doc) else None
        if following is not None and following.lower_ in self._help_followers:
            return False
        return any(c.dep_ == "aux" and c.lower_ in self._promises for c in verb.children)

    @staticmethod
    def _imperative(verb: Token) -> bool:
        """'Please give me one more chance' - not 'thank you for giving me a chance'."""
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        return verb.tag_ == "VB" and not has_subject and verb.dep_ not in ("xcomp", "pcomp")

    # -- exclamation marks ---------------------------------------------------------------------
    def _exclamations(self, draft: Draft, prose: tuple[TextRange, ...]) -> list[Hit]:
        hits: list[Hit] = []
        marks: list[re.Match[str]] = []
        for rng in prose:
            for found in _MARKS.finditer(draft.text, rng.start, rng.end):
                marks.append(found)
                if found.group().count("!") > 1:
                    where = TextRange(found.start(), found.end())
                    hits.append(
                        self.hit(
                            "exclamation-run",
                            where,
                            suggestions=self._run_suggestions,
                            match=found.group(),
                        )
                    )
        if len(marks) <= self.settings["max_exclamations"]:
            return hits  # within the allowance whatever the length: no need to count words
        words = sum(1 for t in draft.doc if t.is_alpha and any(r.contains(t.idx) for r in prose))
        allowed = max(
            self.settings["max_exclamations"], words // self.settings["words_per_exclamation"]
        )
        if len(marks) > allowed:
            extra = marks[allowed]
            where = TextRange(extra.start(), extra.end())
            hits.append(self.hit("exclamations", where, count=len(marks), words=words))
        return hits

    # -- capitals ------------------------------------------------------------------------------
    def _shouting(self, draft: Draft, prose: tuple[TextRange, ...]) -> list[Hit]:
        hits: list[Hit] = []
        for sent in draft.sentence_list():
            if not any(r.contains(sent.start_char) for r in prose):
                continue
            runs = [run for run in self._capital_runs(sent) if self._shout_count(run) > 0]
            loud = [
                run for run in runs if self._shout_count(run) >= self.settings["min_shout_words"]
            ]
            if not loud and runs and self._all_capitals(sent):
                loud = runs
            for run in loud:
                where = TextRange(run[0].idx, run[-1].idx + len(run[-1].text))
                text = draft.text[where.start : where.end]
                hits.append(self.hit("shouting", where, suggestions=[_lowered(run)], match=text))
        return hits

    @staticmethod
    def _capital_runs(sent: Span) -> list[list[Token]]:
        """Maximal runs of consecutive tokens written in capitals."""
        runs: list[list[Token]] = []
        current: list[Token] = []
        for token in sent:
            if _in_capitals(token):
                current.append(token)
                continue
            if current:
                runs.append(current)
            current = []
        if current:
            runs.append(current)
        return runs

    def _shout_count(self, run: list[Token]) -> int:
        """Ordinary words in a run: not single letters, not acronyms."""
        return sum(1 for token in run if self._is_word(token))

    def _is_word(self, token: Token) -> bool:
        if token.ent_type_ in _NAME_ENTITIES:
            return False  # a product or firm written in capitals: 'Power BI and SAP TM'
        lower = token.lower_
        if any(ch.isdigit() for ch in lower):
            return False  # a code: 'SA-2027', 'REQ-118', 'B2B'
        letters = "".join(ch for ch in lower if ch.isalpha())
        if len(letters) < 2 or lower in self._acronyms:
            return False
        if lower in self._stop or letters in self._known_words():
            return True
        stems = (letters[:-1], letters[:-2], letters[:-3])
        known = self._known_words()
        return letters.endswith(("s", "ed", "ing")) and any(s in known for s in stems)

    def _all_capitals(self, sent: Span) -> bool:
        """A whole sentence in capitals ('PLEASE CALL ME.', 'URGENT!')."""
        letters = [t for t in sent if any(ch.isalpha() for ch in t.text)]
        return bool(letters) and all(_in_capitals(t) for t in letters)


_NAME_ENTITIES = frozenset({"ORG", "PRODUCT", "FAC", "GPE", "LAW", "WORK_OF_ART"})


def _lowered(run: list[Token]) -> str:
    """The run in ordinary case: 'I NEED TO KNOW' -> 'I need to know'."""
    words = []
    for token in run:
        text = token.text
        if token.lower_ == "i" or (token.i == token.sent.start and not words):
            words.append(text[:1] + text[1:].lower() + token.whitespace_)
        else:
            words.append(token.lower_ + token.whitespace_)
    return "".join(words).strip()


def _in_capitals(token: Token) -> bool:
    """A letter in it, and every letter a capital ('HELLO', 'I', "DON'T", 'U.S.')."""
    return token.text.isupper()


def _dictionary(nlp: Language) -> frozenset[str]:
    """Ordinary English words known to the pipeline's lemmatizer tables (empty if none)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError, ValueError):
        return frozenset()
    words: set[str] = set()
    for values in table.values():
        words.update(values)
    return frozenset(words)
