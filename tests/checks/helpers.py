"""Helpers shared by the per-rule tests: lint a corpus draft or a text, build a small letter,
and describe a rule's findings as tuples that are easy to compare."""

from __future__ import annotations

from followup_lint import Context, Finding, Linter, ParsedDraft, Report, parse_draft, read_draft
from tests.conftest import corpus_draft

ANALYST_OPENING = "Thank you for meeting with me yesterday about the Data Analyst position. "
"""The first sentence of `analyst_letter`, with its trailing space."""

ROLE_OPENING = "Thank you for meeting with me yesterday about the Data Analyst role. "
"""The first sentence of `role_letter`, with its trailing space."""

ACME_THANK_YOU = Context(
    interviewer="Sarah Chen", position="Data Analyst", company="Acme Analytics", kind="thank-you"
)
"""A thank-you note to Sarah Chen about the Data Analyst role at Acme Analytics."""


# -- linting -------------------------------------------------------------------------------


def lint_corpus(
    linter: Linter, name: str, context: Context | None = None
) -> tuple[ParsedDraft, Report]:
    """Read the corpus draft `name` (a path under corpus/) and lint it."""
    draft = read_draft(corpus_draft(name))
    return draft, linter.lint(draft, context=context)


def lint_text(
    linter: Linter, text: str, context: Context | None = None, *, path: str | None = None
) -> tuple[ParsedDraft, Report]:
    """Parse `text` (as if read from `path`, which picks the format) and lint it."""
    draft = parse_draft(text, path=path)
    return draft, linter.lint(draft, context=context)


# -- letters -------------------------------------------------------------------------------


def wrap_letter(
    body: str,
    greeting: str = "Dear Sarah,",
    closing: str = "Best regards,",
    signature: str = "Jordan Lee",
) -> str:
    """A letter: greeting, `body` as one paragraph, closing and signature."""
    return f"{greeting}\n\n{body}\n\n{closing}\n{signature}\n"


def analyst_letter(sentence: str) -> str:
    """A letter to Sarah whose body is `ANALYST_OPENING` followed by `sentence`."""
    return wrap_letter(f"{ANALYST_OPENING}{sentence}")


def role_letter(
    sentence: str,
    greeting: str = "Dear Sarah,",
    closing: str = "Best regards,",
    signature: str = "Jordan Lee",
) -> str:
    """A letter whose body is `ROLE_OPENING` followed by `sentence`."""
    return wrap_letter(f"{ROLE_OPENING}{sentence}", greeting, closing, signature)


# -- findings ------------------------------------------------------------------------------


def span_text(draft: ParsedDraft, finding: Finding) -> str:
    """The source text a finding points at."""
    return draft.source[finding.span.start : finding.span.end]


def flagged_texts(draft: ParsedDraft, report: Report, rule: str) -> list[str]:
    """The source text of each finding of `rule`, in document order."""
    return [span_text(draft, f) for f in report.by_rule(rule)]


def only_flagged_text(draft: ParsedDraft, report: Report, rule: str) -> str:
    """The source text of the one finding of `rule` (fails unless there is exactly one)."""
    (finding,) = report.by_rule(rule)
    return span_text(draft, finding)


def entries_and_texts(draft: ParsedDraft, report: Report, rule: str) -> list[tuple[str, str]]:
    """Each finding of `rule` as (entry, source text)."""
    return [(f.entry or "", span_text(draft, f)) for f in report.by_rule(rule)]


def entries_texts_and_positions(
    draft: ParsedDraft, report: Report, rule: str
) -> list[tuple[str, str, int, int]]:
    """Each finding of `rule` as (entry, source text, line, column)."""
    return [
        (f.entry or "", span_text(draft, f), f.span.line, f.span.column)
        for f in report.by_rule(rule)
    ]


def entries_texts_and_suggestions(
    draft: ParsedDraft, report: Report, rule: str
) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each finding of `rule` as (entry, source text, suggestions)."""
    return [(f.entry or "", span_text(draft, f), f.suggestions) for f in report.by_rule(rule)]
