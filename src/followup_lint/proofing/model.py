"""What every proofreading engine returns, and the exception that means 'cannot check now'."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

MatchKind = Literal["spelling", "grammar", "variant"]


@dataclass(frozen=True, slots=True)
class ProofMatch:
    """One problem an engine found, in code-point offsets of the text it was given.

    - `kind`: spelling (a misspelt word), grammar (grammar, usage, punctuation), or variant
      (a correct spelling of the other English variant when the config narrows to one)
    - `rule_id`: the engine's own rule id (LanguageTool's, or an offline rule's)
    - `replacements`: best first; may be empty
    """

    offset: int
    length: int
    kind: MatchKind
    rule_id: str
    message: str
    replacements: tuple[str, ...] = ()
    category: str = ""

    @property
    def end(self) -> int:
        """Offset just past the match."""
        return self.offset + self.length


class ProofingUnavailable(Exception):
    """The engine cannot check now (not installed, unreachable, timed out, bad answer).

    The message is one line fit for stderr and for a report's `skipped` reason.
    """


class Engine(Protocol):
    """A proofreading engine: one instance serves a whole run."""

    #: e.g. "languagetool 6.6 (remote http://localhost:8081)" or "offline (pyspellchecker 0.9.1)"
    name: str

    def check(self, text: str, language: str) -> list[ProofMatch]:
        """Problems in `text`; raises ProofingUnavailable when it cannot check."""
        ...

    def close(self) -> None:
        """Release servers and connections; safe to call twice."""
        ...
