"""Rule `placeholder`: template slots left unfilled ('[Job Title]', 'XYZ Company', '____')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.draft.model import TextRange
from followup_lint.matching import entry_matcher

if TYPE_CHECKING:
    from spacy.language import Language

    from followup_lint.annotated import Draft

# Bracket pairs, each with the key of its hits; the contents stay on one line.
_BRACKETS = re.compile(
    r"\[(?P<bracketed>[^\[\]\n]{1,80})\]"
    r"|\{(?P<braced>[^{}\n]{1,80})\}"
    r"|<(?P<angled>[^<>\n]{1,80})>"
    r"|\((?P<parenthesised>[^()\n]{1,80})\)"
)
_LINK = re.compile(r"@|://|www\.|\.(?:com|org|net|io)\b", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")
_REGEX_TERMS = ("underscores", "honorific-choice")


class Placeholder(Check):
    """Brackets, braces and angle brackets around words are slots (unless they hold a link,
    an address, a number or an editorial mark); parentheses only when they hold a slot
    description ('(company name)', '(topic discussed)'); pack patterns and regexes find
    'XYZ Company', 'INSERT DATE', 'Mr./Ms.' and underscore blanks. A slot that names a
    context field ('[Job Title]') gets the context's value as its suggestion."""

    id = "placeholder"
    needs = frozenset({"tokens"})
    message_keys = frozenset({"slot", "date"})

    def setup(self, nlp: Language) -> None:
        self._matcher = entry_matcher(nlp, self.pack)
        self._regexes = [
            (name, re.compile("|".join(self.pack.terms[name]))) for name in _REGEX_TERMS
        ]

    def run(self, draft: Draft) -> Iterator[Hit]:
        found: list[tuple[TextRange, str]] = []
        for match in _BRACKETS.finditer(draft.text):
            key = match.lastgroup or "bracketed"
            if key == "parenthesised" and _qualifies_a_name(draft.text[: match.start()]):
                continue  # 'UX Researcher (Patient Experience)': part of the title
            if self._is_slot(key, match.group(key)):
                found.append((TextRange(match.start(), match.end()), key))
        for key, regex in self._regexes:
            found.extend((TextRange(m.start(), m.end()), key) for m in regex.finditer(draft.text))
        for m in self._matcher(draft.doc):
            found.append((TextRange(m.span.start_char, m.span.end_char), m.entry.id))
        for rng, key in _outermost(found):
            slot = draft.text[rng.start : rng.end]
            value = self._fill(draft, slot, rng)
            message = self.pack.message("slot").format(slot=slot)
            yield Hit(rng.start, rng.end, key, message, suggestions=(value,) if value else ())

    # -- which bracketed text is a slot ------------------------------------------------------
    def _is_slot(self, key: str, content: str) -> bool:
        words = _WORDS.findall(content)
        if (
            not words
            or _LINK.search(content)
            or content.strip().lower() in self.term_set("not-slots")
        ):
            return False
        if key in ("bracketed", "braced"):
            return True
        if len(words) > int(self.settings["max_slot_words"]) or any(c.isdigit() for c in content):
            return False
        if key == "angled":
            return words[0].lower() not in self.term_set("html-tags") and "=" not in content
        return self._describes_slot(words)

    def _describes_slot(self, words: list[str]) -> bool:
        """'(company name)', '(insert date)', '(topic discussed)': not '(see attached)'."""
        lowered = [w.lower().rstrip(".") for w in words]
        if lowered[0] in self.term_set("instructions"):
            return True
        if set(lowered) & self.term_set("aside-words"):
            return False
        cased = {"lower" if w.islower() else "upper" if w.isupper() else "title" for w in words}
        if len(cased) > 1 and not (cased == {"title", "upper"} and lowered[0] == "your"):
            return False  # '(Pacific time)' is a proper name, '(company name)' a slot
        core = [w for w in lowered if w not in self.term_set("slot-trailers")]
        while core and core[-1].endswith("ed"):  # '(topic discussed)'
            core.pop()
        return bool(core) and core[-1] in self.term_set("slot-nouns")

    # -- suggestions -------------------------------------------------------------------------
    def _fill(self, draft: Draft, slot: str, rng: TextRange) -> str | None:
        """The context value a slot asks for ('[Job Title]' → the position), if known."""
        words = [w.lower().rstrip(".") for w in _WORDS.findall(slot)]
        words = [w for w in words if w not in self.term_set("instructions")]
        words = [w for w in words if w not in self.term_set("slot-trailers") - {"your", "my"}]
        label = " ".join(words).replace("’", "'").replace("'s", "")
        context = draft.context
        interviewer = context.interviewers[0] if context.interviewers else None
        part = draft.part_name(rng.start)
        name = interviewer if part == "greeting" else context.sender
        fields = {
            "position-slots": context.position,
            "company-slots": context.company,
            "interviewer-slots": interviewer,
            "sender-slots": context.sender,
            "name-slots": name,
            "first-name-slots": name.split()[0] if name else None,
        }
        for terms, value in fields.items():
            if label in self.term_set(terms):
                return value
        day = context.interview_date
        if day is not None and label in self.term_set("interview-date-slots"):
            return self.pack.message("date").format(month=day.strftime("%B"), day=day.day)
        return None


#: Capitalised words after which a parenthesis may still be a slot ('Dear (Hiring Manager)').
_SLOT_LEADS = frozenset({"dear", "hi", "hello", "mr", "mrs", "ms", "miss", "mx", "dr", "prof"})
_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)\.?[ \t]*$")


def _qualifies_a_name(before: str) -> bool:
    """A parenthesis right after a capitalised word within a line, as in 'UX Researcher
    (Patient Experience)' or 'Analyst (Payments)', qualifies that name; after 'Dear' or a
    title it stands where the name should be."""
    found = _LAST_WORD.search(before)
    if found is None:
        return False
    word = found.group(1)
    start = found.start(1)
    line_start = before.rfind("\n", 0, start) + 1
    if not before[line_start:start].strip():
        return False  # the first word of its line: a greeting or a heading
    return word[0].isupper() and word.lower() not in _SLOT_LEADS


def _outermost(found: list[tuple[TextRange, str]]) -> list[tuple[TextRange, str]]:
    """Drop slots inside longer ones ('Mr./Ms. [Last Name]' is one slot), in text order."""
    found.sort(key=lambda item: (item[0].start, -item[0].end))
    kept: list[tuple[TextRange, str]] = []
    for rng, key in found:
        if kept and rng.start < kept[-1][0].end:
            if rng.end > kept[-1][0].end:
                kept[-1] = (TextRange(kept[-1][0].start, rng.end), kept[-1][1])
            continue
        kept.append((rng, key))
    return kept
