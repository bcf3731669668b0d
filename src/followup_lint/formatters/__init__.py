"""Output formats: each turns a stream of Reports into text on a stream."""

from __future__ import annotations

from typing import ClassVar, TextIO

from followup_lint.models import FileFailure, Report, Summary


class Formatter:
    """Base class of output formats (registered in the `followup_lint.formatters` group).

    Contract: `begin()` once, `emit(report)` per file in order, `end(summary)` once; write
    only to `self.stream`; never include absolute paths the caller did not pass in.
    """

    name: ClassVar[str] = ""

    def __init__(self, stream: TextIO, *, color: bool = False) -> None:
        self.stream = stream
        self.color = color

    def begin(self) -> None:
        """Called before the first report."""

    def emit(self, report: Report | FileFailure) -> None:
        """Write (or collect) one file's report."""
        raise NotImplementedError

    def end(self, summary: Summary) -> None:
        """Called after the last report."""
