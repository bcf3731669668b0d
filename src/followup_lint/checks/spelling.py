"""Rule `spelling`: misspellings through LanguageTool (see grammar.py for the shared slot)."""

from __future__ import annotations

from followup_lint.checks.grammar import LanguageToolSlot


class Spelling(LanguageToolSlot):
    """Spelling through LanguageTool."""

    id = "spelling"
