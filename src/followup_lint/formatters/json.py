"""Machine-readable output: one JSON document `{"version", "reports", "summary"}`."""

from __future__ import annotations

from followup_lint.formatters import Formatter
from followup_lint.models import FileFailure, Output, Report, Summary


class JsonFormatter(Formatter):
    """Collects every report and prints the whole run as one JSON object at the end."""

    name = "json"

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._reports: list[Report | FileFailure] = []

    def emit(self, report: Report | FileFailure) -> None:
        self._reports.append(report)

    def end(self, summary: Summary) -> None:
        from followup_lint import __version__

        output = Output(version=__version__, reports=tuple(self._reports), summary=summary)
        self.stream.write(output.model_dump_json(indent=2, exclude_none=False) + "\n")
