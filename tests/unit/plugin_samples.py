"""Check classes for the registry tests, loaded through real entry points ("plugin_samples:…")."""

from __future__ import annotations

from followup_lint.checks.base import Check, PhraseCheck


class Buzzwords(PhraseCheck):
    """A well-formed third-party check."""

    id = "buzzwords"


class OtherBuzzwords(PhraseCheck):
    """A second, different class claiming the same rule id."""

    id = "buzzwords"


class Jargon(Check):
    """Its id differs from the entry-point name it is registered under in the tests."""

    id = "jargon"


class SnakeCase(Check):
    """Its id, and the entry-point name, are not kebab-case."""

    id = "snake_case"


class NotACheck:
    """A class that does not derive from Check."""

    id = "not-a-check"


def not_a_class() -> None:
    """An entry point may name a function by mistake."""
