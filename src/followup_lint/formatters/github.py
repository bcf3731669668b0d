"""GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding."""

from __future__ import annotations

from followup_lint.formatters import Formatter
from followup_lint.models import FileFailure, Report, Severity, Summary

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message as the runner expects (%, CR, LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (also ':' and ',')."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter(Formatter):
    """Annotations GitHub shows on the right lines of a pull request."""

    name = "github"

    def emit(self, report: Report | FileFailure) -> None:
        write = self.stream.write
        if isinstance(report, FileFailure):
            path = escape_property(report.path)
            write(f"::error file={path},title=followup-lint::{escape_data(report.error.message)}\n")
            return
        path = escape_property(report.path or "<text>")
        for f in report.findings:
            span = f.span
            where = (
                f"file={path},line={span.line},col={span.column},"
                f"endLine={span.end_line},endColumn={span.end_column}"
            )
            title = escape_property(f"followup-lint {f.rule}")
            message = f.message
            if f.suggestions and f.suggestions[0]:
                message += f" Suggestion: {f.suggestions[0]}"
            write(f"::{_LEVEL[f.severity]} {where},title={title}::{escape_data(message)}\n")

    def end(self, summary: Summary) -> None:
        self.stream.write(
            f"::notice title=followup-lint::{summary.files} files, {summary.passed} passed, "
            f"{summary.failed} failed, {summary.findings} findings\n"
        )
