"""SARIF 2.1.0: the format GitHub code scanning and other CI tools read, with rule metadata."""

from __future__ import annotations

import json
from urllib.parse import quote

from followup_lint.formatters import Formatter
from followup_lint.models import FileFailure, Report, Severity, Summary

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule_descriptor(rule_id: str) -> dict[str, object]:
    """A SARIF reportingDescriptor from the rule's pack: name, texts, help, default level."""
    from followup_lint.rulepacks import load_packs

    pack = load_packs().get(rule_id)
    if pack is None:
        return {"id": rule_id}
    doc = pack.rule
    help_text = f"{doc.why}\n\nWhat it flags: {doc.what}\n\nBad:\n{doc.bad}\n\nGood:\n{doc.good}"
    return {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.split("-")),
        "shortDescription": {"text": doc.summary},
        "fullDescription": {"text": doc.why},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": _LEVEL[doc.severity]},
        "properties": {"category": doc.category.value, "tags": [doc.category.value]},
    }


class SarifFormatter(Formatter):
    """One SARIF run for the whole invocation; columns are Unicode code points."""

    name = "sarif"

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._results: list[dict[str, object]] = []
        self._notifications: list[dict[str, object]] = []
        self._rules: dict[str, int] = {}

    def emit(self, report: Report | FileFailure) -> None:
        if isinstance(report, FileFailure):
            self._notifications.append(
                {
                    "level": "error",
                    "message": {"text": report.error.message},
                    "locations": [_location(report.path)],
                }
            )
            return
        for finding in report.findings:
            index = self._rules.setdefault(finding.rule, len(self._rules))
            span = finding.span
            result: dict[str, object] = {
                "ruleId": finding.rule,
                "ruleIndex": index,
                "level": _LEVEL[finding.severity],
                "message": {"text": finding.message},
                "locations": [
                    _location(
                        report.path or "<text>",
                        {
                            "startLine": span.line,
                            "startColumn": span.column,
                            "endLine": span.end_line,
                            "endColumn": span.end_column,
                            "charOffset": span.start,
                            "charLength": span.end - span.start,
                        },
                    )
                ],
                "properties": {"category": finding.category.value, "entry": finding.entry},
            }
            if finding.suggestions:
                result["properties"]["suggestions"] = list(finding.suggestions)  # type: ignore[index]
            self._results.append(result)

    def end(self, summary: Summary) -> None:
        from followup_lint import __version__

        driver = {
            "name": "followup-lint",
            "version": __version__,
            "rules": [_rule_descriptor(rule) for rule in self._rules],
        }
        run = {
            "tool": {"driver": driver},
            "columnKind": "unicodeCodePoints",
            "invocations": [
                {
                    "executionSuccessful": summary.errors == 0,
                    "toolExecutionNotifications": self._notifications,
                }
            ],
            "results": self._results,
        }
        log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
        self.stream.write(json.dumps(log, indent=2) + "\n")


def _location(path: str, region: dict[str, int] | None = None) -> dict[str, object]:
    physical: dict[str, object] = {"artifactLocation": {"uri": quote(path.replace("\\", "/"))}}
    if region is not None:
        physical["region"] = region
    return {"physicalLocation": physical}
