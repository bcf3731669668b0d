"""Human-readable output: `path:line:col: rule [severity] message`, scores, and a summary."""

from __future__ import annotations

from followup_lint.formatters import Formatter
from followup_lint.models import FileFailure, Report, Severity, Summary

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


class TextFormatter(Formatter):
    """One line per finding with its suggestion, a score line per file, then totals."""

    name = "text"

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._skipped: dict[tuple[str, str], int] = {}
        self._engines: dict[tuple[str, str | None], int] = {}
        self._scores: list[tuple[int, str]] = []

    def _paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text

    def emit(self, report: Report | FileFailure) -> None:
        write = self.stream.write
        if isinstance(report, FileFailure):
            return  # already reported on stderr, counted in the summary
        path = report.path or "<text>"
        self._scores.append((report.score, path))
        for f in report.findings:
            severity = self._paint(f.severity.value, _COLOURS[f.severity])
            write(f"{path}:{f.span.line}:{f.span.column}: {f.rule} [{severity}] {f.message}\n")
            if f.suggestions and any(s for s in f.suggestions):
                shown = " | ".join(repr(s) for s in f.suggestions[:3])
                write(f"    suggestion: {shown}\n")
        for s in report.skipped:
            self._skipped[(s.rule, s.reason)] = self._skipped.get((s.rule, s.reason), 0) + 1
        if report.proofing is not None:
            key = (report.proofing.engine, report.proofing.degraded)
            self._engines[key] = self._engines.get(key, 0) + 1
        verdict = self._paint("passed", "32") if report.passed else self._paint("failed", "31")
        subs = ", ".join(f"{c.value} {v}" for c, v in report.subscores.items())
        kind = f", {report.kind.value}" if report.kind else ""
        write(f"{path}: score {report.score}/100 ({subs}{kind}): {verdict}\n")

    def end(self, summary: Summary) -> None:
        write = self.stream.write
        for (rule, reason), count in sorted(self._skipped.items()):
            files = "file" if count == 1 else "files"
            write(f"skipped {rule} in {count} {files}: {reason}\n")
        for (engine, degraded), count in sorted(self._engines.items(), key=str):
            files = "file" if count == 1 else "files"
            note = f" instead of LanguageTool ({degraded})" if degraded else ""
            write(f"proofread by {engine}{note} in {count} {files}\n")
        if summary.files > 1 and summary.by_rule:
            write("findings by rule:\n")
            width = max(len(rule) for rule in summary.by_rule)
            for rule, count in sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
                write(f"  {rule:<{width}}  {count}\n")
        if summary.files > 1 and self._scores:
            write("lowest scores:\n")
            for score, path in sorted(self._scores)[:5]:
                write(f"  {score:>3}  {path}\n")
        severities = ", ".join(
            f"{n} {s.value}{'s' if n != 1 else ''}"
            for s, n in sorted(summary.by_severity.items(), key=lambda kv: -kv[0].rank)
        )
        findings = f"{summary.findings} finding{'s' if summary.findings != 1 else ''}"
        line = f"{summary.files} file{'s' if summary.files != 1 else ''}: {summary.passed} passed, "
        line += f"{summary.failed} failed"
        if summary.errors:
            line += f", {summary.errors} not readable"
        line += f"; {findings}" + (f" ({severities})" if severities else "")
        write(line + "\n")
