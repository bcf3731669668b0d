"""The GitHub annotations format and the text summary table, on real corpus drafts."""

from __future__ import annotations

import re

import pytest

from followup_lint.cli import main
from followup_lint.formatters.github import escape_data, escape_property
from tests.conftest import CORPUS, corpus_draft

ANNOTATION = re.compile(
    r"^::(error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+),col=(?P<col>\d+),"
    r"endLine=\d+,endColumn=\d+,title=followup-lint (?P<rule>[a-z-]+)::(?P<message>.+)$"
)


def test_each_finding_is_one_annotation_on_the_right_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = corpus_draft("thank-you/data-analyst-dear-sara.txt")
    main(["check", str(path), "--format", "github"])
    lines = capsys.readouterr().out.splitlines()
    annotations = [ANNOTATION.match(line) for line in lines[:-1]]
    assert annotations and all(annotations)
    found = next(m for m in annotations if m and m["rule"] == "interviewer-name")
    assert found.group(1) == "error"
    source_line = path.read_text(encoding="utf-8").splitlines()[int(found["line"]) - 1]
    assert source_line[int(found["col"]) - 1 :].startswith("Sara")
    assert found["message"].endswith("Suggestion: Sarah")
    assert lines[-1].startswith("::notice title=followup-lint::1 files, ")


def test_info_findings_are_notices(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(corpus_draft("offer-notice/b3-ux-researcher-written-offer-clean.txt")),
          "--format", "github"])  # fmt: skip
    levels = {line.split(" ", 1)[0] for line in capsys.readouterr().out.splitlines()}
    assert "::notice" in levels


def test_workflow_command_text_is_escaped() -> None:
    assert escape_data("50% done\nnext") == "50%25 done%0Anext"
    assert escape_property("a,b:c") == "a%2Cb%3Ac"


def test_an_unreadable_file_is_an_error_annotation(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.txt").write_text("")
    assert main(["check", str(tmp_path / "empty.txt"), "--format", "github"]) == 2
    out = capsys.readouterr().out
    assert out.startswith(f"::error file={tmp_path / 'empty.txt'},title=followup-lint::")


def test_a_folder_run_ends_with_findings_by_rule_and_the_lowest_scores(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["check", str(CORPUS / "offer-notice"), "--exit-zero"])
    out = capsys.readouterr().out
    by_rule = out.split("findings by rule:\n", 1)[1].split("lowest scores:\n", 1)
    counts = [int(line.split()[-1]) for line in by_rule[0].splitlines()]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0
    scores = [int(line.split()[0]) for line in by_rule[1].splitlines()[:5]]
    assert scores == sorted(scores) and len(scores) == 5
