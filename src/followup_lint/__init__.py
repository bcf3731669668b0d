"""followup-lint: check a post-interview note (thank-you, status inquiry, …) before it is sent.

    >>> import followup_lint
    >>> report = followup_lint.lint(text, context=followup_lint.Context(interviewer="Sarah Chen"))
    >>> report.score, report.passed, report.findings

Public names are imported on first use, so `import followup_lint` (and `followup-lint --help`)
stays fast; spaCy is loaded only when a draft is linted.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_EXPORTS = {
    "Category": "followup_lint.models",
    "Check": "followup_lint.checks.base",
    "Config": "followup_lint.config",
    "Context": "followup_lint.models",
    "Finding": "followup_lint.models",
    "FollowupLintError": "followup_lint.errors",
    "Hit": "followup_lint.checks.base",
    "Kind": "followup_lint.models",
    "Linter": "followup_lint.linter",
    "ParsedDraft": "followup_lint.draft",
    "PhraseCheck": "followup_lint.checks.base",
    "Report": "followup_lint.models",
    "RequiredCheck": "followup_lint.checks.base",
    "Severity": "followup_lint.models",
    "Skipped": "followup_lint.models",
    "Span": "followup_lint.models",
    "parse_draft": "followup_lint.draft",
    "read_draft": "followup_lint.draft",
}

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


def __getattr__(name: str) -> Any:
    """Import a public name the first time it is used."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'followup_lint' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


@lru_cache(maxsize=1)
def _default_linter() -> Linter:
    from followup_lint.linter import Linter

    return Linter()


def lint(
    draft: str | ParsedDraft,
    *,
    context: Context | None = None,
    config: Config | None = None,
    path: str | None = None,
) -> Report:
    """Lint one draft with the default (or the given) configuration."""
    from followup_lint.linter import Linter

    linter = _default_linter() if config is None else Linter(config)
    return linter.lint(draft, context=context, path=path)
