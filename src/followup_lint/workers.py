"""Worker processes for `check --jobs N`: each loads the pipeline once and lints batches.

The parent reads every draft, serves cached reports and keeps the output in path order; it
sends only the drafts that need linting, in batches, and takes the reports back in the order
it sent them (futures are resolved in submission order), so output is deterministic whatever
the workers' pace. Errors raised in a worker (a missing model, a broken rule pack) come back
as the same exception and end the run with its one-line message.
"""

from __future__ import annotations

import atexit
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from concurrent.futures import Future, ProcessPoolExecutor

    from followup_lint.checkrun import LinterFactory
    from followup_lint.draft import ParsedDraft
    from followup_lint.models import Context, Report

_factory: LinterFactory | None = None


def available_cores() -> int:
    """The cores this process may run on (the default of `--jobs`)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start(args: argparse.Namespace) -> None:
    """Worker initialiser: the same linters the parent would build, closed at exit."""
    from followup_lint.checkrun import LinterFactory

    global _factory
    _factory = LinterFactory(args)
    atexit.register(_factory.close)


def _lint(drafts: list[ParsedDraft], context: Context | None) -> list[Report]:
    assert _factory is not None, "worker used before its initialiser ran"
    return list(_factory.lint_batch(drafts, context))


class WorkerPool:
    """`jobs` processes linting batches of parsed drafts; started on the first batch."""

    def __init__(self, args: argparse.Namespace, jobs: int) -> None:
        self.args = args
        self.jobs = jobs
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, drafts: list[ParsedDraft], context: Context | None) -> Future[list[Report]]:
        """Lint `drafts` in some worker; the future holds their reports in the same order."""
        if self._executor is None:
            from concurrent.futures import ProcessPoolExecutor  # ~10 ms: only with workers

            self._executor = ProcessPoolExecutor(
                max_workers=self.jobs, initializer=_start, initargs=(self.args,)
            )
        return self._executor.submit(_lint, drafts, context)

    def close(self) -> None:
        """Stop the workers (pending batches are cancelled when the run was interrupted)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
