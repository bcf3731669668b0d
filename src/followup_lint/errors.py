"""The errors followup-lint raises on purpose; each renders as one line naming the file.

FollowupLintError
├── InputError      a draft cannot be read or parsed (missing, binary, empty, bad .eml)
├── ConfigError     a config file or flag has an unknown key or a bad value
├── RulePackError   a rule pack is malformed (names the pack file and entry id)
├── PluginError     an entry-point check or formatter is broken (names the plug-in)
├── ModelError      the spaCy pipeline is missing (says how to install one)
└── UsageError      a bad command line
"""

from __future__ import annotations

import os

DEBUG_VARIABLE = "FOLLOWUP_LINT_DEBUG"


def debugging() -> bool:
    """Whether the user asked to see tracebacks of internal errors instead of one line."""
    return bool(os.environ.get(DEBUG_VARIABLE))


def internal_error_hint() -> str:
    """The note every one-line internal error ends with, so users know how to see more."""
    return f"({DEBUG_VARIABLE}=1 for details)"


class FollowupLintError(Exception):
    """Base class: an expected failure with a message fit for one line on stderr."""

    kind = "error"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(FollowupLintError):
    """A draft that cannot be read or parsed."""

    kind = "input"


class ConfigError(FollowupLintError):
    """A configuration file or command-line value that is not valid."""

    kind = "config"


class RulePackError(FollowupLintError):
    """A rule pack that does not validate."""

    kind = "rulepack"


class PluginError(FollowupLintError):
    """A check or formatter plug-in that cannot be loaded or is inconsistent."""

    kind = "plugin"


class ModelError(FollowupLintError):
    """No usable spaCy pipeline."""

    kind = "model"


class UsageError(FollowupLintError):
    """A bad command line."""

    kind = "usage"
