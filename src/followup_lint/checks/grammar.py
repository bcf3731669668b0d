"""Rules `grammar` and `spelling`: slots wired to LanguageTool, reported as skipped until set up."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit

if TYPE_CHECKING:
    from followup_lint.annotated import Draft


class LanguageToolSlot(Check):
    """Reports itself skipped with the reason until a LanguageTool backend is configured."""

    message_keys = frozenset({"backend-missing", "not-configured"})

    def skip_reason(self, draft: Draft) -> str | None:
        if importlib.util.find_spec("language_tool_python") is None:
            return self.pack.message("backend-missing")
        return self.pack.message("not-configured")

    def run(self, draft: Draft) -> Iterator[Hit]:
        return iter(())


class Grammar(LanguageToolSlot):
    """Grammar and usage through LanguageTool."""

    id = "grammar"
