"""The run-level pass: rules that compare the drafts of one run (`duplicate-note`).

While a run reads its drafts, each run-level check keeps a small note per draft; once every
draft has its report (linted or served from the cache, where run-level findings are never
stored because they depend on the other files), the checks compare the notes and their
findings are added to the reports they belong to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import MutableSequence
from typing import TYPE_CHECKING, Any

from followup_lint.models import FileFailure, Report

if TYPE_CHECKING:
    from followup_lint.checks.base import RunCheck, RunHit
    from followup_lint.draft import ParsedDraft
    from followup_lint.linter import Linter
    from followup_lint.models import Context


class RunLevelPass:
    """Collects notes per run-level check, then amends the run's reports."""

    def __init__(self, context: Context | None = None) -> None:
        self.context = context
        self._notes: dict[str, tuple[RunCheck, list[tuple[int, Linter, Any]]]] = {}

    def collect(self, index: int, linter: Linter, draft: ParsedDraft) -> None:
        """Take the notes of the draft at position `index` of the run."""
        if not linter.run_checks:
            return
        context = linter.merged_context(draft, self.context)
        for check in linter.run_checks:
            note = check.note(draft, context)
            if note is not None:
                self._notes.setdefault(check.id, (check, []))[1].append((index, linter, note))

    def amend(
        self, results: MutableSequence[Report] | MutableSequence[Report | FileFailure]
    ) -> None:
        """Add each check's findings to the reports at their positions (in place)."""
        for check, notes in self._notes.values():
            linters = {index: linter for index, linter, _ in notes}
            hits: dict[int, list[RunHit]] = defaultdict(list)
            for hit in check.compare([(index, note) for index, _, note in notes]):
                hits[hit.index].append(hit)
            for index, found in hits.items():
                report = results[index]
                if isinstance(report, Report):
                    results[index] = linters[index].amend(report, check, found)
