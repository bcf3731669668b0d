"""The Python API: the pinned public names, `lint`, `Linter.lint_many`, and user check objects."""

from __future__ import annotations

import types
from collections.abc import Iterator

import pytest

import followup_lint
from followup_lint import Context, Linter, Report, read_draft
from followup_lint.checks.base import Check, Hit
from followup_lint.rulepacks import parse_pack
from tests.conftest import corpus_draft

FLAWED = "thank-you/data-analyst-dear-sara.txt"
CLEAN = "thank-you/lab-technician-thanks-again-signoff.txt"


def test_public_api_is_pinned() -> None:
    assert sorted(followup_lint.__all__) == [
        "Category", "Check", "Config", "Context", "Finding", "FollowupLintError", "Hit", "Kind",
        "Linter", "ParsedDraft", "PhraseCheck", "Report", "RequiredCheck", "Severity", "Skipped",
        "Span", "__version__", "lint", "parse_draft", "read_draft",
    ]  # fmt: skip
    for name in followup_lint.__all__:
        assert getattr(followup_lint, name) is not None


def test_lint_a_string_with_context() -> None:
    text = corpus_draft(FLAWED).read_text(encoding="utf-8")
    report = followup_lint.lint(text, context=Context(interviewer="Sarah Chen"))
    assert isinstance(report, Report)
    assert 0 <= report.score < 100
    assert not report.passed
    finding = report.by_rule("interviewer-name")[0]
    assert text[finding.span.start : finding.span.end] == "Sara"
    assert finding.suggestions == ("Sarah",)


def test_reports_are_frozen_and_findings_in_document_order() -> None:
    report = followup_lint.lint(read_draft(corpus_draft(FLAWED)))
    starts = [f.span.start for f in report.findings]
    assert starts == sorted(starts)
    try:
        report.score = 100  # type: ignore[misc]
    except Exception as exc:  # pydantic's ValidationError for frozen models
        assert "frozen" in str(exc)
    else:
        raise AssertionError("Report is not frozen")


def test_lint_many_streams_strings_and_parsed_drafts(linter: Linter) -> None:
    drafts = [read_draft(corpus_draft(CLEAN)), corpus_draft(FLAWED).read_text(encoding="utf-8")]
    reports = linter.lint_many(iter(drafts))
    assert isinstance(reports, types.GeneratorType)
    first, second = list(reports)
    assert first.passed and first.path and first.path.endswith(".txt")
    assert not second.passed and second.path is None


class ExclamationCheck(Check):
    """A user's own check, handed straight to the Linter."""

    id = "exclamation"

    def run(self, draft) -> Iterator[Hit]:  # type: ignore[no-untyped-def]
        for token in draft.doc:
            if token.text == "!":
                yield self.hit("found", _range(token))


def _range(token):  # type: ignore[no-untyped-def]
    from followup_lint.draft import TextRange

    return TextRange(token.idx, token.idx + 1)


EXCLAMATION_PACK = """
[rule]
id = "exclamation"
category = "tone"
severity = "info"
summary = "Exclamation marks."
why = "One is plenty."
what = "Any exclamation mark."
bad = "Thanks!"
good = "Thanks."
[messages]
found = "An exclamation mark."
"""


def test_user_check_objects_run_beside_the_built_ins() -> None:
    check = ExclamationCheck(parse_pack(EXCLAMATION_PACK, "exclamation.toml"))
    linter = Linter(checks=[check])
    report = linter.lint(
        "Dear Sarah,\n\nThank you for Tuesday's interview for the analyst role! "
        "I enjoyed it.\n\nBest,\nJo"
    )
    found = report.by_rule("exclamation")
    assert len(found) == 1 and found[0].severity.value == "info"
    assert found[0].category.value == "tone"


class BrokenCheck(ExclamationCheck):
    """A user check with a bug: it raises on every draft."""

    def run(self, draft) -> Iterator[Hit]:  # type: ignore[no-untyped-def]
        raise RecursionError("maximum recursion depth exceeded")


def test_a_rule_that_crashes_is_reported_skipped_and_the_others_still_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FOLLOWUP_LINT_DEBUG", raising=False)
    linter = Linter(checks=[BrokenCheck(parse_pack(EXCLAMATION_PACK, "exclamation.toml"))])
    report = linter.lint("Dear Sarah,\n\nThank you for the interview!\n\nBest,\nJo")
    (skipped,) = [s for s in report.skipped if s.rule == "exclamation"]
    assert skipped.reason.startswith("internal error: RecursionError")
    assert report.by_rule("exclamation") == ()
    assert report.by_rule("interest")  # the built-in rules still judged the draft


def test_with_debug_on_a_crashing_rule_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_LINT_DEBUG", "1")
    linter = Linter(checks=[BrokenCheck(parse_pack(EXCLAMATION_PACK, "exclamation.toml"))])
    with pytest.raises(RecursionError):
        linter.lint("Dear Sarah,\n\nThank you for the interview!\n\nBest,\nJo")
