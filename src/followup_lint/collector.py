"""Fewer cyclic garbage collections while a stream of drafts is linted.

Reference counting frees almost everything a draft allocates (spans, matches, word lists), but
CPython's cyclic collector still counts each container and scans the young ones every 700 net
allocations. The survivors of those scans, the drafts of a batch still in flight, are promoted
until a full collection walks the whole heap, spaCy's vocabulary and the linter's tables included:
about 0.1 s each time, 0.3 to 0.5 ms per draft in all (`bench/profile.py`, "garbage
collection"). While `Linter.lint_many` runs, the youngest generation's threshold is raised, as
type checkers and compilers do for the same reason; the caller's thresholds come back when the
stream ends or is closed."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 20_000
"""Net container allocations between young collections while linting (CPython's default: 700)."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the youngest generation's threshold for the block, unless the collector is off or
    the threshold is already as high; restore it after, unless someone changed it meanwhile."""
    before = gc.get_threshold()
    if before[0] == 0 or before[0] >= YOUNG_THRESHOLD:
        yield
        return
    raised = (YOUNG_THRESHOLD, *before[1:])
    gc.set_threshold(*raised)
    try:
        yield
    finally:
        if gc.get_threshold() == raised:
            gc.set_threshold(*before)
