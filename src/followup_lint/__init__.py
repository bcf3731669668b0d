"""followup-lint: check a post-interview note (thank-you, status inquiry, …) before it is sent.

>>> import followup_lint
>>> report = followup_lint.lint(text, context=followup_lint.Context(interviewer="Sarah Chen"))
>>> report.score, report.passed, report.findings
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

from followup_lint.checks.base import Check, Hit, PhraseCheck, RequiredCheck
from followup_lint.config import Config
from followup_lint.draft import ParsedDraft, parse_draft, read_draft
from followup_lint.errors import FollowupLintError
from followup_lint.linter import Linter
from followup_lint.models import (
    Category,
    Context,
    Finding,
    Kind,
    Report,
    Severity,
    Skipped,
    Span,
)

try:
    __version__ = version("followup-lint")
except PackageNotFoundError:  # running from a source tree without metadata
    __version__ = "0+unknown"

__all__ = [
    "Category",
    "Check",
    "Config",
    "Context",
    "Finding",
    "FollowupLintError",
    "Hit",
    "Kind",
    "Linter",
    "ParsedDraft",
    "PhraseCheck",
    "Report",
    "RequiredCheck",
    "Severity",
    "Skipped",
    "Span",
    "__version__",
    "lint",
    "parse_draft",
    "read_draft",
]


@lru_cache(maxsize=1)
def _default_linter() -> Linter:
    return Linter()


def lint(
    draft: str | ParsedDraft,
    *,
    context: Context | None = None,
    config: Config | None = None,
    path: str | None = None,
) -> Report:
    """Lint one draft with the default (or the given) configuration."""
    linter = _default_linter() if config is None else Linter(config)
    return linter.lint(draft, context=context, path=path)
