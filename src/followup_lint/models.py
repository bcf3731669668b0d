"""Frozen pydantic models that cross the public API: context in, findings and reports out."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    NonNegativeInt,
)


class Severity(StrEnum):
    """How serious a finding is; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more serious; used to compare against a fail level."""
        return {"info": 1, "warning": 2, "error": 3}[self.value]


class Category(StrEnum):
    """The five areas a note is scored on."""

    CONTENT = "content"
    TONE = "tone"
    CORRECTNESS = "correctness"
    FORMAT = "format"
    TIMING = "timing"


class Kind(StrEnum):
    """The kinds of post-interview note the career guides distinguish."""

    THANK_YOU = "thank-you"
    STATUS_INQUIRY = "status-inquiry"
    REJECTION_REPLY = "rejection-reply"
    OFFER_NOTICE = "offer-notice"


def _names(value: Any) -> Any:
    """Accept one interviewer as a string, several as a list or a comma/semicolon list."""
    if value is None:
        return ()
    if isinstance(value, str):
        parts = [p.strip() for p in value.replace(";", ",").split(",")]
        return tuple(p for p in parts if p)
    return tuple(value)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Context(_Frozen):
    """What the writer knows and the text may not say: who, what role, which dates."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    interviewers: Annotated[tuple[str, ...], BeforeValidator(_names)] = Field(
        default=(),
        validation_alias=AliasChoices("interviewers", "interviewer"),
        description="Interviewer names; with a panel, any one of them may be greeted.",
    )
    position: str | None = Field(default=None, description="The job title applied for.")
    company: str | None = Field(default=None, description="The employer's name.")
    sender: str | None = Field(default=None, description="The writer's own name.")
    interview_date: dt.date | None = None
    sent_date: dt.date | None = None
    decision_date: dt.date | None = Field(
        default=None, description="When the employer said it would decide."
    )
    previous_followups: NonNegativeInt | None = Field(
        default=None, description="Status inquiries already sent for this application."
    )
    previous_followup_date: dt.date | None = Field(
        default=None, description="When the last status inquiry was sent."
    )
    kind: Kind | None = Field(default=None, description="The kind of note, if known.")

    def merged_over(self, base: Context) -> Context:
        """Return this context with every unset field taken from `base`."""
        values = base.model_dump()
        for name, value in self.model_dump().items():
            if value not in (None, ()):
                values[name] = value
        return Context.model_validate(values)


class Span(_Frozen):
    """Where a finding sits in the original file: code-point offsets plus 1-based line/column."""

    start: NonNegativeInt
    end: NonNegativeInt
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1)


class Finding(_Frozen):
    """One problem a rule found, with where it is and what to write instead."""

    rule: str
    entry: str | None = Field(
        default=None, description="Stable id of the pack entry or message that fired."
    )
    category: Category
    severity: Severity
    message: str
    span: Span
    excerpt: str = Field(description="The source text the span covers (trimmed to one line).")
    suggestions: tuple[str, ...] = ()
    fix: str | None = Field(
        default=None,
        description="A safe replacement for the span's source text, applied by --fix.",
    )


class Skipped(_Frozen):
    """A rule that could not run on this draft, and why; never counted as passed."""

    rule: str
    reason: str


class FileError(_Frozen):
    """Why a file could not be linted at all."""

    kind: str = Field(description="input | config | rulepack")
    message: str


class FileFailure(_Frozen):
    """A file that could not be linted; it stands in the output where its report would."""

    path: str
    error: FileError


class Proofing(_Frozen):
    """Which engine proofread the draft, and why it was not the configured one, if so."""

    engine: str
    degraded: str | None = Field(
        default=None, description="Why LanguageTool was not used (the offline checker stood in)."
    )


class Report(_Frozen):
    """Everything the linter concluded about one draft."""

    path: str | None = None
    kind: Kind | None = None
    kind_source: str | None = Field(
        default=None, description="context, detected, or null when unknown."
    )
    kind_confidence: float | None = Field(
        default=None, ge=0, le=1, description="How sure the detection is (detected kinds only)."
    )
    score: int = Field(ge=0, le=100)
    subscores: dict[Category, int]
    passed: bool
    findings: tuple[Finding, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    proofing: Proofing | None = None

    def by_rule(self, rule: str) -> tuple[Finding, ...]:
        """The findings of one rule, in document order."""
        return tuple(f for f in self.findings if f.rule == rule)

    @property
    def rules_fired(self) -> frozenset[str]:
        """Ids of every rule with at least one finding."""
        return frozenset(f.rule for f in self.findings)


class Summary(_Frozen):
    """Totals over a run, for the end of the text output and the JSON document."""

    files: int = 0
    passed: int = 0
    failed: int = 0
    errors: int = Field(default=0, description="Files that could not be linted.")
    findings: int = 0
    by_severity: dict[Severity, int] = Field(default_factory=dict)
    by_rule: dict[str, int] = Field(default_factory=dict)

    @classmethod
    def of(cls, results: list[Report | FileFailure]) -> Summary:
        """Totals of a run's reports and failures."""
        by_severity: dict[Severity, int] = {}
        by_rule: dict[str, int] = {}
        reports = [r for r in results if isinstance(r, Report)]
        for report in reports:
            for finding in report.findings:
                by_severity[finding.severity] = by_severity.get(finding.severity, 0) + 1
                by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
        passed = sum(1 for r in reports if r.passed)
        return cls(
            files=len(results),
            passed=passed,
            failed=len(reports) - passed,
            errors=len(results) - len(reports),
            findings=sum(by_rule.values()),
            by_severity=by_severity,
            by_rule=dict(sorted(by_rule.items())),
        )


class Output(_Frozen):
    """The JSON document `--format json` prints; its schema is `followup-lint schema`."""

    version: str
    reports: tuple[Report | FileFailure, ...]
    summary: Summary
