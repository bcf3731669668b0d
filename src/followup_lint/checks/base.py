"""The check contract, plus the two data-driven rule types: PhraseCheck and RequiredCheck."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from followup_lint.draft.model import TextRange
from followup_lint.errors import ConfigError, RulePackError
from followup_lint.learned import SentenceModel, sentence_model
from followup_lint.matching import Match, entry_matcher, needs_of
from followup_lint.models import Category, Severity, Span
from followup_lint.rulepacks import RulePack

if TYPE_CHECKING:
    from spacy.language import Language

    from followup_lint.annotated import Draft
    from followup_lint.draft import ParsedDraft
    from followup_lint.models import Context


@dataclass(frozen=True, slots=True)
class Hit:
    """A finding in analysis-text offsets, before it is mapped to the source file."""

    start: int
    end: int
    key: str
    message: str
    severity: Severity | None = None
    suggestions: tuple[str, ...] = ()
    fix: str | None = None  # a safe replacement for [start, end), applied by --fix


@dataclass(frozen=True, slots=True)
class RunHit:
    """A finding of a run-level check: the draft it belongs to (its index in the run) and a
    span already mapped to that draft's source file."""

    index: int
    span: Span
    excerpt: str
    key: str
    message: str


class Check:
    """Base class of every rule, built-in or plug-in.

    Contract:
    - `id` equals the entry-point name and the id of the rule pack that documents it
    - `needs` lists the pipeline capabilities it reads (see `followup_lint.nlp.CAPABILITIES`)
    - `setup(nlp)` is called once per pipeline before any `run`; build matchers there
    - `skip_reason(draft)` says why the rule cannot judge this draft (missing dates, no
      backend); the rule is then reported as skipped, never as passed
    - `run(draft)` yields `Hit`s in analysis offsets and has no side effects
    - every word a user reads comes from the pack (`[messages]`, entries), not from code;
      `message_keys` lists the `[messages]` the check uses, checked when it is built
    """

    id: ClassVar[str] = ""
    needs: ClassVar[frozenset[str]] = frozenset()
    message_keys: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, pack: RulePack, settings: Mapping[str, Any] | None = None) -> None:
        if pack.id != self.id:
            raise ValueError(f"check {self.id!r} was given the pack of {pack.id!r}")
        self.pack = pack
        missing = sorted(self.required_messages() - set(pack.messages))
        if missing:
            raise RulePackError(
                f"rule pack {pack.id!r} lacks [messages] {', '.join(map(repr, missing))}",
                path=pack.path,
            )
        self.settings = resolve_settings(pack, settings or {})

    def required_messages(self) -> set[str]:
        """The `[messages]` keys this check needs from its pack."""
        return set(self.message_keys)

    # -- identity, taken from the pack ------------------------------------------------------
    @property
    def category(self) -> Category:
        """The rule's category (content, tone, correctness, format, timing)."""
        return self.pack.rule.category

    @property
    def severity(self) -> Severity:
        """The rule's default severity."""
        return self.pack.rule.severity

    @property
    def all_needs(self) -> frozenset[str]:
        """What the check and its pack's patterns need from the pipeline."""
        return self.needs | needs_of(self.pack.entries)

    # -- the lifecycle --------------------------------------------------------------------
    def setup(self, nlp: Language) -> None:
        """Prepare per-pipeline state (matchers); the default needs none."""

    def skip_reason(self, draft: Draft) -> str | None:
        """Why this rule cannot judge `draft`, or None when it can."""
        return None

    def run(self, draft: Draft) -> Iterator[Hit]:
        """Yield the rule's hits on `draft`."""
        raise NotImplementedError

    # -- helpers for subclasses -----------------------------------------------------------
    def hit(
        self,
        key: str,
        rng: TextRange,
        *,
        suggestions: tuple[str, ...] | list[str] = (),
        severity: Severity | None = None,
        **fields: object,
    ) -> Hit:
        """A hit whose message is the pack's `[messages]` text `key`, formatted with `fields`."""
        message = self.pack.message(key).format(**fields)
        return Hit(rng.start, rng.end, key, message, severity, tuple(suggestions))

    def learned_model(self) -> SentenceModel | None:
        """The rule's shipped sentence classifier (`followup_lint.learned`, named after the
        rule), or None when the pack's `learned` setting turns it off."""
        return sentence_model(self.id) if self.settings["learned"] else None

    def term_set(self, name: str) -> frozenset[str]:
        """A word list from the pack's `[terms]`, lower-cased once per check (checks ask for
        their lists over a hundred times per draft)."""
        cache: dict[str, frozenset[str]] = self.__dict__.setdefault("_term_sets", {})
        found = cache.get(name)
        if found is None:
            found = cache[name] = self.pack.term_set(name)
        return found


class RunCheck(Check):
    """A rule that compares the drafts of one run instead of judging a draft alone.

    Contract, besides Check's: `note(draft, context)` keeps from one parsed draft (with its
    merged context) what the comparison needs, or returns None when the draft cannot take
    part; `compare(notes)` gets `(index, note)` pairs of the whole run and yields `RunHit`s.
    Notes stay small (no spaCy objects), so a run of thousands of drafts holds little. The
    linter never calls `run`; a draft linted on its own has nothing to be compared with.
    """

    def note(self, draft: ParsedDraft, context: Context) -> object | None:
        """What `compare` needs from this draft, or None."""
        raise NotImplementedError

    def compare(self, notes: Sequence[tuple[int, Any]]) -> Iterator[RunHit]:
        """Hits over the run's notes."""
        raise NotImplementedError

    def run(self, draft: Draft) -> Iterator[Hit]:
        return iter(())


def resolve_settings(pack: RulePack, overrides: Mapping[str, Any]) -> dict[str, Any]:
    """The pack's `[settings]` defaults with config overrides, type-checked against them."""
    values: dict[str, Any] = {k.replace("-", "_"): v for k, v in pack.settings.items()}
    for raw_key, value in overrides.items():
        key = raw_key.replace("-", "_")
        if key not in values:
            known = ", ".join(k.replace("_", "-") for k in values) or "none"
            raise ConfigError(f"rule {pack.id!r} has no setting {raw_key!r} (known: {known})")
        default = values[key]
        ok = isinstance(value, type(default)) and not (
            isinstance(value, bool) and not isinstance(default, bool)
        )
        if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
            ok, value = True, float(value)
        if not ok:
            raise ConfigError(
                f"rule {pack.id!r} setting {raw_key!r} must be {type(default).__name__}, "
                f"got {value!r}"
            )
        values[key] = value
    return values


class PhraseCheck(Check):
    """Every match of a pack entry (not covered by an allow entry) is a hit.

    Subclasses may override `accept(draft, match)` to drop matches by context.
    """

    def required_messages(self) -> set[str]:
        """`default` is needed when some entry has no message of its own."""
        needed = super().required_messages()
        if any(entry.message is None for entry in self.pack.entries):
            needed.add("default")
        return needed

    def setup(self, nlp: Language) -> None:
        self._matcher = entry_matcher(nlp, self.pack)
        self._allow = entry_matcher(nlp, self.pack, allow=True) if self.pack.allow else None

    def matches(self, draft: Draft) -> list[Match]:
        """Entry matches minus those overlapping an allowed phrase."""
        return self.without_allowed(self._matcher(draft.doc))

    def without_allowed(self, found: list[Match]) -> list[Match]:
        """`found` minus the matches that overlap an allow entry's match in the same Doc."""
        if self._allow is None or not found:
            return found
        doc = found[0].span.doc
        allowed = [TextRange(m.span.start_char, m.span.end_char) for m in self._allow(doc)]
        return [
            m
            for m in found
            if not any(a.overlaps(TextRange(m.span.start_char, m.span.end_char)) for a in allowed)
        ]

    def hit_for(self, match: Match) -> Hit:
        """The hit of an accepted entry match: its message, suggestions and safe fix."""
        entry, text = match.entry, match.span.text
        message = (entry.message or self.pack.message("default")).format(match=text)
        return Hit(
            match.span.start_char,
            match.span.end_char,
            entry.id,
            message,
            entry.severity,
            entry.suggestions,
            fix=in_case_of(text, entry.suggestions[0]) if entry.fix else None,
        )

    def accept(self, draft: Draft, match: Match) -> bool:
        """Whether a match counts in its context; by default every match does."""
        return True

    def run(self, draft: Draft) -> Iterator[Hit]:
        for match in self.matches(draft):
            if self.accept(draft, match):
                yield self.hit_for(match)


class RequiredCheck(PhraseCheck):
    """One hit, anchored at the first body sentence, when no entry matches anywhere it counts.

    Subclasses may override `counts(draft, match)` to ignore matches in some parts.
    """

    def required_messages(self) -> set[str]:
        """Only `missing`: entries are never reported one by one."""
        return set(self.message_keys) | {"missing"}

    def counts(self, draft: Draft, match: Match) -> bool:
        """Whether a match satisfies the requirement; by default any accepted match does."""
        return self.accept(draft, match)

    def run(self, draft: Draft) -> Iterator[Hit]:
        if any(self.counts(draft, m) for m in self.matches(draft)):
            return
        yield self.hit("missing", draft.first_sentence_range())


def in_case_of(original: str, replacement: str) -> str:
    """`replacement` capitalised like `original` ('Thx' → 'Thank you', 'thx' → 'thank you')."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def data_check(pack: RulePack, settings: Mapping[str, Any] | None = None) -> Check:
    """A check with no Python of its own, built from a pack whose `[rule] type` says how."""
    base = {"phrases": PhraseCheck, "required": RequiredCheck}[pack.rule.type]
    cls = type(f"DataCheck_{pack.id.replace('-', '_')}", (base,), {"id": pack.id})
    return cls(pack, settings)
