"""Rule `sign-off`: the letter must end with a closing phrase and the sender's name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.draft.model import TextRange

if TYPE_CHECKING:
    from followup_lint.annotated import Draft

_WORD = re.compile(r"[\w'’.-]+")
_CONTACT = re.compile(r"@|https?://|www\.|\d")
_CLOSING_END = re.compile(r"[,!.:—–-]$")
# Asides beside a name (pronouns, a nickname): 'Ana Ruiz (she/her)', 'Chukwuemeka "Emeka" Obi'.
_NAME_ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_QUOTES = "\"'“”‘’«»"


class SignOff(Check):
    """Reads the parts the parser found (closing, signature); a short last paragraph made of
    closing words ('Thanks heaps!') is taken as a closing the parser did not know; a name is
    a capitalised line, a PERSON entity or the context's sender in the signature block."""

    id = "sign-off"
    needs = frozenset({"ner"})
    message_keys = frozenset(
        {
            "no-closing",
            "no-closing-no-name",
            "no-name",
            "suggestion",
            "default-closing",
            "unknown-name",
        }
    )

    def run(self, draft: Draft) -> Iterator[Hit]:
        parts = draft.parts
        closing, name = parts.closing, self._name(draft, parts.signature)
        if closing is None:
            closing, name = self._unlisted_closing(draft, name)
        sender = draft.context.sender or name or self.pack.message("unknown-name")
        if closing is None:
            default = self.pack.message("default-closing")
            suggestion = self.pack.message("suggestion").format(closing=default, name=sender)
            if name is not None and parts.signature is not None:
                rng = _first_line(draft, parts.signature)
                yield self.hit("no-closing", rng, suggestions=[suggestion])
            else:
                rng = self._last_sentence(draft)
                yield self.hit("no-closing-no-name", rng, suggestions=[suggestion])
        elif name is None:
            phrase = draft.text[closing.start : closing.end].strip()
            if not _CLOSING_END.search(phrase):
                phrase += ","
            suggestion = self.pack.message("suggestion").format(closing=phrase, name=sender)
            yield self.hit("no-name", closing, suggestions=[suggestion], closing=phrase)

    def _unlisted_closing(
        self, draft: Draft, name: str | None
    ) -> tuple[TextRange | None, str | None]:
        """A closing the parser's list does not know, and the name after it: 'Yours,' on
        the signature's first line, a last paragraph 'Thanks heaps!', or 'With gratitude and
        warm wishes, Jordan' run together."""
        signature = draft.parts.signature
        if signature is not None:
            first = _first_line(draft, signature)
            if self._closing_like(draft.text[first.start : first.end]):
                rest = TextRange(min(first.end + 1, signature.end), signature.end)
                return first, self._name(draft, rest if len(rest) else None)
        paragraphs = draft.parts.paragraphs
        if not paragraphs:
            return None, name
        last = paragraphs[-1]
        content = draft.text[last.start : last.end]
        if self._closing_like(content):
            return last, name
        comma = content.find(",")
        if comma > 0 and self._closing_like(content[: comma + 1]):
            closing = TextRange(last.start, last.start + comma + 1)
            tail = content[comma + 1 :].strip()
            return closing, tail if self._name_like(tail) else name
        return None, name

    def _closing_like(self, content: str) -> bool:
        """Short, capitalised, made of closing words: 'Thanks heaps!', 'Yours,'."""
        words = [w.lower().strip(".-") for w in _WORD.findall(content)]
        closing_words = self.term_set("closing-words")
        if not words or len(words) > int(self.settings["closing_max_words"]):
            return False
        if content.rstrip().endswith("?") or not content.lstrip()[:1].isupper():
            return False
        fillers = self.term_set("closing-fillers")
        return bool(set(words) & closing_words) and not set(words) - closing_words - fillers

    def _name(self, draft: Draft, signature: TextRange | None) -> str | None:
        """The sender's name in the signature block, if one is there."""
        if signature is None:
            return None
        text = draft.text[signature.start : signature.end]
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        for line in lines[: int(self.settings["name_lines"])]:
            candidate = line.split(",")[0].strip()
            if self._name_like(candidate):
                return candidate
        sender = (draft.context.sender or "").lower().split()
        if any(word in text.lower().split() for word in sender):
            return draft.context.sender
        for ent in draft.doc.ents:
            if ent.label_ == "PERSON" and signature.contains(ent.start_char):
                return ent.text
        return None

    def _name_like(self, line: str) -> bool:
        words = [w.strip(_QUOTES) for w in _NAME_ASIDE.sub(" ", line).split()]
        words = [w for w in words if w]
        if not 1 <= len(words) <= 5 or _CONTACT.search(line):
            return False
        particles = self.term_set("name-particles")
        return words[0][:1].isupper() and all(
            w[:1].isupper() or w.lower() in particles for w in words
        )

    def _last_sentence(self, draft: Draft) -> TextRange:
        """Where a missing sign-off belongs: the end of the last body paragraph."""
        paragraphs = draft.parts.paragraphs
        if not paragraphs:
            return draft.first_sentence_range()
        last = paragraphs[-1]
        sentences = list(draft.sentences(last))
        if sentences:
            start = max(sentences[-1].start_char, last.start)
            return TextRange(start, last.end)
        return last


def _first_line(draft: Draft, rng: TextRange) -> TextRange:
    newline = draft.text.find("\n", rng.start, rng.end)
    return TextRange(rng.start, rng.end if newline == -1 else newline)
