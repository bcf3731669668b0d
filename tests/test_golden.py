"""Exact formatter output for a few corpus drafts, and the JSON schema, against tests/golden/.

Run `pytest tests/test_golden.py --update-golden` to rewrite them; review the diff like code.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from followup_lint.cli import main
from tests.conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"
DRAFTS = [
    "corpus/thank-you/data-analyst-dear-sara.txt",
    "corpus/thank-you/marketing-coordinator-emoji-at-end.md",
    "corpus/thank-you/financial-analyst-answer-by-friday.eml",
    "corpus/thank-you/lab-technician-thanks-again-signoff.txt",
    "corpus/thank-you/hotel-front-office-manager-700-words.txt",
    "corpus/status-inquiry/pharmacy-technician-the-position.eml",
]
FORMATS = {"text": "txt", "json": "json"}
VERSION = re.compile(r'"version": "[^"]+"')


def _compare(path: Path, actual: str, update: bool) -> None:
    if update:
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{path.name} missing: run pytest --update-golden"
    assert actual == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("draft", DRAFTS)
def test_formatter_output_matches_golden(
    draft: str,
    fmt: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("FOLLOWUP_LINT_TODAY", "2026-11-22")  # drafts without a sent date
    main(["check", draft, "--format", fmt])
    out = VERSION.sub('"version": "VERSION"', capsys.readouterr().out)
    assert str(ROOT) not in out
    golden = GOLDEN / f"{Path(draft).stem}.{FORMATS[fmt]}"
    _compare(golden, out, request.config.getoption("--update-golden"))


def test_json_schema_is_stable(
    capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    main(["schema"])
    schema = json.dumps(json.loads(capsys.readouterr().out), indent=2, sort_keys=True) + "\n"
    _compare(GOLDEN / "schema.json", schema, request.config.getoption("--update-golden"))
