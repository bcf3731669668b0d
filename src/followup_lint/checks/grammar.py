"""Rules `grammar` and `spelling`: proofreading matches (LanguageTool or offline) as findings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from followup_lint.checks.base import Check, Hit
from followup_lint.models import Severity

if TYPE_CHECKING:
    from followup_lint.annotated import Draft
    from followup_lint.proofing.model import ProofMatch


class ProofreadingCheck(Check):
    """Turns the run's proofreading outcome into findings of the kinds this rule owns.

    LanguageTool's own rule id, message and replacements are kept; the offline checker's
    messages come from the pack (`[messages]` keyed by its rule id in kebab-case).
    """

    match_kinds: ClassVar[frozenset[str]] = frozenset()
    message_keys = frozenset({"not-configured"})

    def skip_reason(self, draft: Draft) -> str | None:
        if draft.proofreader is None:
            return self.pack.message("not-configured")
        return draft.proofreader.off_reason()

    def run(self, draft: Draft) -> Iterator[Hit]:
        assert draft.proofreader is not None
        outcome = draft.proofreader.proofread(draft)
        for match in outcome.matches:
            if match.kind not in self.match_kinds:
                continue
            word = draft.text[match.offset : match.end]
            template = self.pack.messages.get(match.rule_id.lower().replace("_", "-"))
            suggestion = match.replacements[0] if match.replacements else ""
            message = (
                template.format(word=word, suggestion=suggestion) if template else match.message
            )
            severity = Severity.INFO if match.kind == "variant" else None
            fix = match.replacements[0] if self.fixable(match) else None
            yield Hit(
                match.offset, match.end, match.rule_id, message, severity, match.replacements, fix
            )

    def fixable(self, match: ProofMatch) -> bool:
        """Whether --fix may apply the match's replacement: exactly one is offered, and the
        pack lists the engine's rule id among those safe to apply (`fixable-rules`; every
        rule when the pack lists '*')."""
        if len(match.replacements) != 1 or match.kind == "variant":
            return False
        fixable = self.term_set("fixable-rules")
        return "*" in fixable or match.rule_id.lower() in fixable


class Grammar(ProofreadingCheck):
    """Grammar, usage and punctuation."""

    id = "grammar"
    match_kinds = frozenset({"grammar"})
