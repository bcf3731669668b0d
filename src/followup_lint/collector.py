"""Fewer cyclic garbage collections while a stream of drafts is linted.

Reference counting frees almost everything a draft allocates (spans, matches, word lists), but
CPython's cyclic collector still counts each container and scans the young ones every 700 net
allocations. The survivors of those scans, the drafts of a batch still in flight, are promoted
until a full collection walks the whole heap, spaCy's vocabulary and the linter's tables included:
about 0.1 s each time, 0.3 to 0.5 ms per draft in all (`bench/profile.py`, "garbage
collection"). While `Linter.lint_many` runs, the youngest generation's threshold is raised, as
type checkers and compilers do for the same reason; the caller's thresholds come back when the
stream ends or is closed. The `followup-lint` command raises it for its whole process."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 20_000
"""Net container allocations between young collections while linting (CPython's default: 700)."""


def raise_young_threshold() -> tuple[int, int, int] | None:
    """Raise the youngest generation's threshold to `YOUNG_THRESHOLD`, unless the collector is
    off or the threshold is already as high; the thresholds set, or None when left alone."""
    before = gc.get_threshold()
    if before[0] == 0 or before[0] >= YOUNG_THRESHOLD:
        return None
    raised = (YOUNG_THRESHOLD, *before[1:])
    gc.set_threshold(*raised)
    return raised


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the youngest generation's threshold for the block (`raise_young_threshold`);
    restore it after, unless someone changed it meanwhile."""
    before = gc.get_threshold()
    raised = raise_young_threshold()
    try:
        yield
    finally:
        if raised is not None and gc.get_threshold() == raised:
            gc.set_threshold(*before)
