"""Detect the kind of note (thank-you, status inquiry, rejection reply, offer notice) from cues.

The data lives in `rules/kinds/`: one `<kind>.toml` per kind (a prior and weighted cues,
phrases or token patterns) and `detector.toml` (how position, negation and confidence work).
This module holds the logic only:

- every cue match is weighted by where it stands: the subject line and the first paragraphs
  say what a note is for, so they count more; the closing paragraph and the sign-off count less;
- a cue marked `asserts` states a fact ("I have received an offer", "I was not selected"): a
  negation just before it ("I have not received an offer") or a hedge earlier in its sentence
  ("whether you will make me an offer", "if I am not selected") cancels it;
- each cue counts once, at its best-placed match; a weaker cue on the same words as a stronger
  cue of the same kind counts only in part; a kind's score is its prior plus its cues;
- the best score wins; the confidence is a softmax over the scores, so it is high only when the
  winner is well ahead and low when two kinds score close (or nothing much was found).
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from followup_lint.errors import RulePackError
from followup_lint.matching import needs_of
from followup_lint.models import Kind
from followup_lint.rulepacks import Entry, TokenPattern, builtin_rules_dir, is_builtin

if TYPE_CHECKING:
    from importlib.abc import Traversable

    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from followup_lint.draft.model import Parts

KINDS_FOLDER = "kinds"
SETTINGS_FILE = "detector.toml"

Where = Literal["anywhere", "subject", "lead", "body"]
Region = Literal["subject", "paragraph", "other"]


class Cue(BaseModel):
    """A phrase or pattern that suggests a kind, with how strongly and where it counts."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    phrase: str | list[str] | None = None
    pattern: TokenPattern | list[TokenPattern] | None = None
    attr: Literal["LOWER", "ORTH", "LEMMA", "NORM"] = "LOWER"
    weight: float = Field(gt=0)
    where: Where = Field(
        default="anywhere",
        description="anywhere; subject: the subject line only; lead: the subject line or the "
        "first body paragraph; body: body paragraphs only.",
    )
    asserts: bool = Field(
        default=False,
        description="The cue states a fact: a negation just before it or a hedge ('if', "
        "'whether') earlier in its sentence cancels it.",
    )
    heads: tuple[str, ...] = Field(
        default=(),
        description="When given, the match counts only if the word it modifies (its syntactic "
        "head, or that word's own head) has one of these lemmas: 'yesterday' in 'met "
        "yesterday', not in 'your mail of yesterday'.",
    )
    own_nouns: tuple[str, ...] = Field(
        default=(),
        description="When given, a match whose clause subject is something of the writer's "
        "('our first version was not successful') counts only if that thing has one of these "
        "lemmas ('my application was unsuccessful').",
    )
    note: str = ""

    @model_validator(mode="after")
    def _valid_entry(self) -> Cue:
        try:
            self.as_entry()  # kebab-case id, exactly one of phrase/pattern, nothing empty
        except ValidationError as exc:
            raise ValueError(_describe(exc)) from None
        return self

    def as_entry(self) -> Entry:
        """The cue as a pack entry, so the shared matcher builder serves it."""
        return Entry(id=self.id, phrase=self.phrase, pattern=self.pattern, attr=self.attr)


class KindInfo(BaseModel):
    """The `[kind]` table."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Kind
    description: str
    prior: float = Field(default=0.0, ge=0)


class KindCues(BaseModel):
    """One `rules/kinds/<kind>.toml` file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: KindInfo
    cue: tuple[Cue, ...] = ()

    @model_validator(mode="after")
    def _unique_cue_ids(self) -> KindCues:
        seen: set[str] = set()
        for cue in self.cue:
            if cue.id in seen:
                raise ValueError(f"duplicate cue id {cue.id!r}")
            seen.add(cue.id)
        return self


class DetectorSettings(BaseModel):
    """The `[detector]` table of `rules/kinds/detector.toml`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    subject_factor: float = Field(default=1.5, ge=0)
    paragraph_factors: tuple[float, ...] = Field(
        default=(1.5, 1.2), description="Factors for the first body paragraphs, in order."
    )
    body_factor: float = Field(default=1.0, ge=0, description="Later body paragraphs.")
    last_paragraph_factor: float = Field(
        default=0.8, ge=0, description="The last paragraph of a note with at least three."
    )
    other_factor: float = Field(default=0.5, ge=0, description="Greeting, closing, signature.")
    overlap_factor: float = Field(
        default=0.5,
        ge=0,
        le=1,
        description="A cue whose words overlap a stronger cue of the same kind counts this much.",
    )
    temperature: float = Field(default=1.5, gt=0, description="Softmax temperature.")
    negation_window: int = Field(default=3, ge=0)
    negators: tuple[str, ...] = ("not", "n't", "never", "no", "nothing", "without", "nor")
    hedges: tuple[str, ...] = ("if", "whether", "unless")


class _SettingsFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    detector: DetectorSettings = DetectorSettings()


@dataclass(frozen=True)
class KindRules:
    """Everything in `rules/kinds/`: the settings and each kind's cues (with their files)."""

    settings: DetectorSettings
    kinds: tuple[KindCues, ...]
    paths: tuple[str, ...]


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def _read(item: Traversable | Path) -> dict[str, object]:
    try:
        from followup_lint import toml_cache

        return toml_cache.loads(item.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(f"not valid TOML: {exc}", path=str(item)) from None


def load_kind_rules(folder: str | Path | None = None) -> KindRules:
    """The detector settings and every kind's cues, validated; errors name the file."""
    return _load(str(folder) if folder is not None else None)


@lru_cache(maxsize=8)
def _load(folder: str | None) -> KindRules:
    root: Traversable | Path = (
        builtin_rules_dir() / KINDS_FOLDER if folder is None else Path(folder)
    )
    if not root.is_dir():
        raise RulePackError("kind-cue folder does not exist", path=str(root))
    settings = DetectorSettings()
    found: dict[Kind, tuple[KindCues, str]] = {}
    for item in sorted(root.iterdir(), key=lambda f: f.name):
        if not item.name.endswith(".toml"):
            continue
        path = str(item)
        data = _read(item)
        try:
            if item.name == SETTINGS_FILE:
                settings = _SettingsFile.model_validate(data).detector
                continue
            cues = KindCues.model_validate(data)
        except ValidationError as exc:
            raise RulePackError(f"invalid kind cues: {_describe(exc)}", path=path) from None
        stem = item.name.removesuffix(".toml")
        if stem != cues.kind.id.value:
            raise RulePackError(
                f"kind {cues.kind.id.value!r} does not match the file name {stem!r}", path=path
            )
        found[cues.kind.id] = (cues, path)
    missing = [k.value for k in Kind if k not in found]
    if missing:
        raise RulePackError(f"no cue file for kind(s) {', '.join(missing)}", path=str(root))
    ordered = [found[k] for k in Kind]
    return KindRules(settings, tuple(c for c, _ in ordered), tuple(p for _, p in ordered))


def load_kind_cues() -> tuple[KindCues, ...]:
    """Every kind's built-in cues, validated; errors name the file."""
    return load_kind_rules().kinds


def kind_cue_needs(folder: str | Path | None = None) -> frozenset[str]:
    """Pipeline capabilities the cue patterns read (lemmas, POS, sentence starts)."""
    kinds = load_kind_rules(folder).kinds
    cues = [c for kind_cues in kinds for c in kind_cues.cue]
    needs = needs_of(c.as_entry() for c in cues) | {"sentences"}
    if any(c.heads or c.own_nouns for c in cues):
        needs |= {"parser", "lemmatizer"}
    return needs


@dataclass(frozen=True)
class CueHit:
    """One cue that counted: for which kind, the text it matched, where, and its weight."""

    kind: Kind
    cue: str
    text: str
    region: str
    weight: float
    start: int = 0  # token offsets of the match in the Doc
    end: int = 0


@dataclass(frozen=True)
class Detection:
    """The detected kind, how sure (0–1), the scores behind it, and the cues that counted."""

    kind: Kind
    confidence: float
    scores: dict[Kind, float]
    evidence: tuple[CueHit, ...] = ()

    @property
    def runner_up(self) -> Kind:
        """The second most likely kind."""
        ranked = sorted(self.scores, key=lambda k: self.scores[k], reverse=True)
        return ranked[1] if len(ranked) > 1 else ranked[0]


@dataclass(frozen=True)
class _Layout:
    """Where the subject line and the body paragraphs lie in the Doc's text."""

    subject_end: int  # characters before this offset are the subject line / letter head
    paragraphs: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, doc: Doc, parts: Parts | None) -> _Layout:
        if parts is None:
            from followup_lint.draft.parts import split_parts

            _, parts = split_parts(doc.text, None, 0)  # doc.text joins every token: only here
            first = parts.greeting or (parts.paragraphs[0] if parts.paragraphs else None)
            subject_end = first.start if first is not None else 0
        else:
            subject_end = parts.subject.end if parts.subject is not None else 0
        return cls(subject_end, tuple((p.start, p.end) for p in parts.paragraphs))

    def place(self, offset: int) -> tuple[Region, int]:
        """The region of a character offset, and the paragraph index (-1 outside the body)."""
        for index, (start, end) in enumerate(self.paragraphs):
            if start <= offset < end:
                return "paragraph", index
        if offset < self.subject_end:
            return "subject", -1
        return "other", -1


class _CueMatcher:
    """One token matcher and one phrase matcher per attribute for every kind's cues.

    Unlike a rule pack's matcher, overlapping matches are all kept: cues of two kinds may
    cover the same words and each kind gets its evidence (within one kind, the detector
    discounts the overlap).
    """

    def __init__(self, nlp: Language, rules: KindRules) -> None:
        from spacy.matcher import PhraseMatcher

        from followup_lint.matching import GatedMatcher

        self._cues: dict[str, tuple[Kind, Cue]] = {}
        self._phrases: dict[str, PhraseMatcher] = {}
        self._tokens = GatedMatcher(
            nlp.vocab, validate=not all(is_builtin(path) for path in rules.paths)
        )
        for cues, path in zip(rules.kinds, rules.paths, strict=True):
            for cue in cues.cue:
                key = f"{cues.kind.id.value}/{cue.id}"
                self._cues[key] = (cues.kind.id, cue)
                entry = cue.as_entry()
                if entry.phrase is not None:
                    matcher = self._phrases.get(cue.attr)
                    if matcher is None:
                        matcher = self._phrases[cue.attr] = PhraseMatcher(nlp.vocab, attr=cue.attr)
                    make = nlp if cue.attr == "LEMMA" else nlp.make_doc
                    matcher.add(key, [make(p) for p in entry.phrases])
                    continue
                try:
                    self._tokens.add(key, list(entry.patterns))
                except Exception as exc:  # spaCy's MatchPatternError, ValueError
                    lines = str(exc).strip().splitlines()
                    raise RulePackError(
                        f"cue {cue.id!r}: invalid token pattern: {lines[-1] if lines else exc}",
                        path=path,
                    ) from None

    def __call__(self, doc: Doc) -> list[tuple[Kind, Cue, Span]]:
        found = []
        for matcher in (*self._phrases.values(), self._tokens):
            for match_id, start, end in matcher(doc):
                kind, cue = self._cues[doc.vocab.strings[match_id]]
                found.append((kind, cue, doc[start:end]))
        return found


class KindDetector:
    """Scores a Doc against every kind's cues; the matchers are built once per pipeline."""

    def __init__(self, nlp: Language, folder: str | Path | None = None) -> None:
        rules = load_kind_rules(folder)
        self.settings = rules.settings
        self._priors = {cues.kind.id: cues.kind.prior for cues in rules.kinds}
        self._negators = frozenset(w.lower() for w in rules.settings.negators)
        self._hedges = frozenset(w.lower() for w in rules.settings.hedges)
        self._matcher = _CueMatcher(nlp, rules)

    def detect(self, doc: Doc, parts: Parts | None = None) -> Detection:
        """The most likely kind of note for this Doc (`parts`: the draft's anatomy, if known)."""
        layout = _Layout.of(doc, parts)
        best: dict[tuple[Kind, str], CueHit] = {}
        for kind, cue, span in self._matcher(doc):
            hit = self._weigh(kind, cue, span, layout)
            key = (kind, cue.id)
            if hit is not None and (key not in best or hit.weight > best[key].weight):
                best[key] = hit
        hits = self._discount_overlaps(best.values())
        scores = dict(self._priors)
        for hit in hits:
            scores[hit.kind] += hit.weight
        scores = {k: round(v, 3) for k, v in scores.items()}
        kind = max(scores, key=lambda k: scores[k])
        evidence = sorted(hits, key=lambda h: (h.kind != kind, -h.weight))
        return Detection(kind, self._confidence(scores, kind), scores, tuple(evidence))

    def _discount_overlaps(self, hits: Iterable[CueHit]) -> list[CueHit]:
        """The same words are evidence once: a weaker cue of the same kind on them counts less."""
        kept: list[CueHit] = []
        for hit in sorted(hits, key=lambda h: -h.weight):
            if any(k.kind == hit.kind and k.start < hit.end and hit.start < k.end for k in kept):
                hit = replace(hit, weight=round(hit.weight * self.settings.overlap_factor, 3))
            kept.append(hit)
        return kept

    def _weigh(self, kind: Kind, cue: Cue, span: Span, layout: _Layout) -> CueHit | None:
        region, index = layout.place(span.start_char)
        if not _allowed(cue.where, region, index):
            return None
        if cue.asserts and self._cancelled(span):
            return None
        if cue.heads and not _modifies(span, cue.heads):
            return None
        if cue.own_nouns and _said_of_own_thing(span, cue.own_nouns):
            return None
        factor = self._factor(region, index, len(layout.paragraphs))
        if factor <= 0:
            return None
        label = f"paragraph {index + 1}" if region == "paragraph" else region
        weight = round(cue.weight * factor, 3)
        return CueHit(kind, cue.id, span.text, label, weight, span.start, span.end)

    def _factor(self, region: Region, index: int, paragraphs: int) -> float:
        s = self.settings
        if region == "subject":
            return s.subject_factor
        if region == "other":
            return s.other_factor
        if paragraphs >= 3 and index == paragraphs - 1:
            return s.last_paragraph_factor
        if index < len(s.paragraph_factors):
            return s.paragraph_factors[index]
        return s.body_factor

    def _cancelled(self, span: Span) -> bool:
        """A negation just before the cue, or a hedge earlier in its sentence."""
        doc = span.doc
        try:
            sentence_start = span.sent.start
        except ValueError:  # no sentence boundaries: look back within the window only
            sentence_start = max(0, span.start - self.settings.negation_window)
        window = max(sentence_start, span.start - self.settings.negation_window)
        if any(t.lower_ in self._negators for t in doc[window : span.start]):
            return True
        return any(t.lower_ in self._hedges for t in doc[sentence_start : span.start])

    def _confidence(self, scores: dict[Kind, float], kind: Kind) -> float:
        top = max(scores.values())
        t = self.settings.temperature
        total = sum(math.exp((s - top) / t) for s in scores.values())
        return round(math.exp((scores[kind] - top) / t) / total, 2)


_PASSED_POS = frozenset({"ADP", "DET", "PART", "AUX", "CCONJ", "SCONJ", "PUNCT", "SPACE"})


#: Parts of a day a time word may qualify ('yesterday afternoon') on its way to the event.
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "lunchtime"})


def _modifies(span: Span, lemmas: tuple[str, ...]) -> bool:
    """Whether the matched words attach to a word with one of `lemmas`: the first content
    word up the parse decides, prepositions and the like are passed over ('thank you for
    yesterday': thank; 'thank you for telephoning yesterday': telephone, which is not)."""
    head = span.root.head
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.pos_ == "NOUN"
        and before.dep_ in ("nsubj", "nsubjpass")
        and before.head.i == head.i
    ):
        # 'your email yesterday was a surprise', 'the interview yesterday was great': the
        # time word right after the subject dates that subject
        return before.lemma_.lower() in lemmas or before.lower_ in lemmas
    for _ in range(4):
        if head.lemma_.lower() in lemmas or head.lower_ in lemmas:
            return True
        if head.lower_ in _DAY_PARTS and head.head.i != head.i:
            head = head.head  # 'to meet with me yesterday afternoon': the meeting's afternoon
            continue
        if head.pos_ not in _PASSED_POS or head.head.i == head.i:
            return False
        head = head.head
    return False


def _said_of_own_thing(span: Span, allowed: tuple[str, ...]) -> bool:
    """The clause is about something of the writer's other than `allowed`: 'Our first
    version was not successful' tells of the writer's past work, not of this application."""
    verb = span.root if span.root.pos_ in ("VERB", "AUX") else span.root.head
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        owned = any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subject.children)
        if owned and subject.lemma_.lower() not in allowed:
            return True
    return False


def _allowed(where: Where, region: Region, index: int) -> bool:
    if where == "anywhere":
        return True
    if where == "subject":
        return region == "subject"
    if where == "lead":
        return region == "subject" or (region == "paragraph" and index == 0)
    return region == "paragraph"
