"""Load rule packs (`rules/<category>/<rule-id>.toml`) into validated models, without spaCy."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from followup_lint.errors import RulePackError
from followup_lint.models import Category, Kind, Severity

KEBAB = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
TokenPattern = list[dict[str, Any]]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class RuleDoc(_Strict):
    """The `[rule]` table: identity, defaults and the documentation `explain` prints."""

    id: str
    category: Category
    severity: Severity
    type: Literal["python", "phrases", "required"] = Field(
        default="python",
        description="python: a check class carries the logic; phrases: every entry match is a "
        "finding; required: one finding when no entry matches.",
    )
    summary: str
    why: str
    what: str
    bad: str
    good: str
    source: str = "Career guides on post-interview follow-up (see ADVICE in the README)."
    kinds: tuple[Kind, ...] = Field(
        default=(), description="Kinds of note the rule applies to; empty means all."
    )

    @model_validator(mode="after")
    def _kebab_id(self) -> RuleDoc:
        if not KEBAB.match(self.id):
            raise ValueError(f"rule id {self.id!r} is not kebab-case")
        return self


class Entry(_Strict):
    """One phrase or token pattern the rule looks for, with its message and fixes."""

    id: str
    phrase: str | list[str] | None = None
    pattern: TokenPattern | list[TokenPattern] | None = None
    attr: Literal["LOWER", "ORTH", "LEMMA", "NORM"] = "LOWER"
    message: str | None = None
    severity: Severity | None = None
    suggestions: tuple[str, ...] = ()
    fix: bool = Field(
        default=False,
        description="--fix may replace a match with the one suggestion (safe in every context).",
    )

    @model_validator(mode="after")
    def _one_matcher(self) -> Entry:
        if not KEBAB.match(self.id):
            raise ValueError(f"entry id {self.id!r} is not kebab-case")
        if (self.phrase is None) == (self.pattern is None):
            raise ValueError(f"entry {self.id!r} needs exactly one of 'phrase' or 'pattern'")
        if not (self.phrases or self.patterns) or not all(self.patterns):
            raise ValueError(f"entry {self.id!r} has an empty phrase or pattern")
        if self.fix and len(self.suggestions) != 1:
            raise ValueError(f"entry {self.id!r}: 'fix = true' needs exactly one suggestion")
        return self

    @property
    def phrases(self) -> tuple[str, ...]:
        """The entry's phrases as a tuple (empty for a pattern entry)."""
        if self.phrase is None:
            return ()
        return (self.phrase,) if isinstance(self.phrase, str) else tuple(self.phrase)

    @property
    def patterns(self) -> tuple[TokenPattern, ...]:
        """The entry's token patterns as a tuple (empty for a phrase entry)."""
        if not self.pattern:
            return ()
        if isinstance(self.pattern[0], list):
            return tuple(self.pattern)  # type: ignore[arg-type]
        return (self.pattern,)  # type: ignore[return-value]


class Allow(_Strict):
    """A phrase or pattern whose matches suppress overlapping entry matches."""

    id: str | None = None
    phrase: str | list[str] | None = None
    pattern: TokenPattern | list[TokenPattern] | None = None
    attr: Literal["LOWER", "ORTH", "LEMMA", "NORM"] = "LOWER"

    @model_validator(mode="after")
    def _one_matcher(self) -> Allow:
        if (self.phrase is None) == (self.pattern is None):
            raise ValueError("an allow entry needs exactly one of 'phrase' or 'pattern'")
        if self.phrase in ("", []) or self.pattern == []:
            raise ValueError("an allow entry has an empty phrase or pattern")
        return self

    def as_entry(self, index: int) -> Entry:
        """View the allow item as an entry so one matcher builder serves both."""
        return Entry(
            id=self.id or f"allow-{index}", phrase=self.phrase, pattern=self.pattern, attr=self.attr
        )


class RulePack(_Strict):
    """A validated rule pack: documentation, entries, allow-list, messages, vocabularies."""

    rule: RuleDoc
    entries: tuple[Entry, ...] = Field(default=(), alias="entry")
    allow: tuple[Allow, ...] = ()
    messages: dict[str, str] = Field(default_factory=dict)
    terms: dict[str, tuple[str, ...]] = Field(
        default_factory=dict, description="Named word lists a Python check reads."
    )
    settings: dict[str, int | float | str | bool] = Field(
        default_factory=dict, description="Default thresholds; config may override them."
    )
    path: str = Field(default="", description="Where the pack was loaded from (for errors).")

    @model_validator(mode="after")
    def _unique_entry_ids(self) -> RulePack:
        seen: set[str] = set()
        for entry in self.entries:
            if entry.id in seen:
                raise ValueError(f"duplicate entry id {entry.id!r}")
            seen.add(entry.id)
        return self

    @property
    def id(self) -> str:
        """The rule id (same as the pack's file stem)."""
        return self.rule.id

    def message(self, key: str) -> str:
        """A `[messages]` text by key; a missing key is a pack error, not a silent default."""
        try:
            return self.messages[key]
        except KeyError:
            raise RulePackError(
                f"rule pack {self.id!r} has no message {key!r}", path=self.path
            ) from None

    def term_set(self, name: str) -> frozenset[str]:
        """A `[terms]` list, lower-cased, for membership tests."""
        try:
            return frozenset(t.lower() for t in self.terms[name])
        except KeyError:
            raise RulePackError(
                f"rule pack {self.id!r} has no terms list {name!r}", path=self.path
            ) from None


@lru_cache(maxsize=1)
def builtin_rules_dir() -> Traversable:
    """The packaged `rules/` (wheel) or the checkout's `rules/` (editable install)."""
    packaged = resources.files("followup_lint") / "rules"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "rules"
    if checkout.is_dir():
        return checkout
    raise RulePackError("the built-in rules/ folder is missing from this installation")


def is_builtin(path: str) -> bool:
    """Whether a pack or cue file is one of the packaged rules (its patterns are checked by
    the test suite, so spaCy's per-pattern validation can be skipped when building matchers)."""
    return bool(path) and path.startswith(str(builtin_rules_dir()))


RESERVED_FOLDERS = frozenset({"kinds"})  # rules/kinds/ holds kind-detection cues, not packs


def _walk(folder: Traversable, top: bool = True) -> Iterable[Traversable]:
    for child in sorted(folder.iterdir(), key=lambda c: c.name):
        if child.is_dir():
            if not (top and child.name in RESERVED_FOLDERS):
                yield from _walk(child, top=False)
        elif child.name.endswith(".toml"):
            yield child


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def parse_pack(text: str, path: str) -> RulePack:
    """Validate one pack's TOML text; errors name the file and, if known, the entry."""
    from followup_lint import toml_cache

    try:
        data = toml_cache.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(f"not valid TOML: {exc}", path=path) from None
    try:
        pack = RulePack.model_validate({**data, "path": path})
    except ValidationError as exc:
        raise RulePackError(f"invalid rule pack: {_describe(exc)}", path=path) from None
    stem = Path(path).stem
    if stem != pack.id:
        raise RulePackError(f"rule id {pack.id!r} does not match the file name {stem!r}", path=path)
    return pack


def load_folder(folder: Traversable | Path) -> dict[str, RulePack]:
    """Every pack below `folder`, keyed by rule id; a duplicate id is an error."""
    packs: dict[str, RulePack] = {}
    if not folder.is_dir():
        raise RulePackError("rule-pack folder does not exist", path=str(folder))
    for item in _walk(folder):
        pack = parse_pack(item.read_text(encoding="utf-8"), str(item))
        if pack.id in packs:
            raise RulePackError(
                f"rule id {pack.id!r} is defined twice (also in {packs[pack.id].path})",
                path=str(item),
            )
        packs[pack.id] = pack
    return packs


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...]) -> dict[str, RulePack]:
    packs = load_folder(builtin_rules_dir())
    for folder in extra:
        for rule_id, pack in load_folder(Path(folder)).items():
            packs[rule_id] = pack  # a user's pack overrides a built-in of the same id
    return packs


def load_packs(extra_folders: Iterable[str | Path] = ()) -> dict[str, RulePack]:
    """The built-in packs plus any extra folders (later folders win); cached per process."""
    return dict(_load_cached(tuple(str(Path(f).resolve()) for f in extra_folders)))
