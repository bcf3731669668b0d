"""A one-line progress bar on stderr, shown only to a person watching a long run.

Silent unless stderr is a terminal and the run is long (more than `MIN_FILES` files and
`DELAY` seconds in); redrawn at most ten times a second and erased at the end, so piped or
captured output never contains it. Twenty lines of code do this; a dependency would not do
it better.
"""

from __future__ import annotations

import os
import time
from typing import TextIO

MIN_FILES = 20
DELAY = 1.0
WIDTH = 24


class Progress:
    """Counts linted files against the total and draws `[#####.....] 12/500 files`."""

    def __init__(self, total: int, stream: TextIO, *, enabled: bool | None = None) -> None:
        if enabled is None:
            enabled = total > MIN_FILES and _is_terminal(stream) and "CI" not in os.environ
        self.total = total
        self.stream = stream
        self.enabled = enabled
        self.done = 0
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.visible = False

    def advance(self, count: int = 1) -> None:
        """Record `count` more files done; redraw when due."""
        self.done += count
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < DELAY or now - self.drawn_at < 0.1:
            return
        self.drawn_at = now
        filled = WIDTH * self.done // max(self.total, 1)
        bar = "#" * filled + "." * (WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} files")
        self.stream.flush()
        self.visible = True

    def close(self) -> None:
        """Erase the bar so the output that follows starts on a clean line."""
        if self.visible:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self.visible = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
