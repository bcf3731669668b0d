"""Folder runs: worker processes (`--jobs`), the progress bar, and panel duplicates."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from followup_lint import Linter, read_draft
from followup_lint.checkrun import BATCH
from followup_lint.cli import main
from followup_lint.progress import Progress
from tests.conftest import CORPUS

PANELS = CORPUS / "panels"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def big_folder(tmp_path: Path) -> Path:
    """More drafts than one batch, so `--jobs 2` really starts workers."""
    folder = tmp_path / "drafts"
    shutil.copytree(CORPUS / "thank-you", folder / "thank-you")
    shutil.copytree(PANELS / "harbourline-data-analyst", folder / "harbourline")
    assert len(list(folder.rglob("*.*"))) > BATCH
    return folder


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_LINT_TODAY", "2026-11-22")


def test_two_jobs_give_the_same_output_in_the_same_order_as_one(
    capsys: pytest.CaptureFixture[str], big_folder: Path
) -> None:
    one = run(capsys, "check", str(big_folder), "--jobs", "1", "--no-cache", "--format", "json")
    two = run(capsys, "check", str(big_folder), "--jobs", "2", "--no-cache", "--format", "json")
    assert one[0] == two[0] == 1
    assert one[1] == two[1]
    paths = [f["path"] for f in json.loads(two[1])["reports"]]
    assert paths == sorted(paths) and len(paths) > BATCH
    # run-level findings are added in the parent whatever the worker count
    assert "duplicate-note" in two[1]


def test_an_error_inside_a_worker_ends_the_run_with_one_line(
    capsys: pytest.CaptureFixture[str], big_folder: Path
) -> None:
    code, _, err = run(
        capsys, "check", str(big_folder), "--jobs", "2", "--no-cache", "--model", "no_such_model"
    )
    assert code == 2
    assert err.count("\n") == 1 and "no_such_model" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_whole_number(
    capsys: pytest.CaptureFixture[str], value: str
) -> None:
    code, _, err = run(capsys, "check", str(PANELS), "--jobs", value)
    assert code == 2
    assert "--jobs" in err and err.count("\n") == 1


def test_the_progress_bar_draws_on_a_terminal_and_erases_itself() -> None:
    stream = io.StringIO()
    progress = Progress(100, stream, enabled=True)
    progress.started -= 5  # a run that has been going for a while
    progress.advance(40)
    progress.close()
    drawn = stream.getvalue()
    assert "[#########...............] 40/100 files" in drawn
    assert drawn.endswith("\r\x1b[2K")


def test_the_progress_bar_stays_silent_when_stderr_is_not_a_terminal() -> None:
    stream = io.StringIO()  # isatty() is False, as in CI or a pipe
    progress = Progress(1000, stream)
    progress.started -= 5
    progress.advance(500)
    progress.close()
    assert stream.getvalue() == ""


def test_a_folder_run_prints_no_progress_into_captured_stderr(
    capsys: pytest.CaptureFixture[str], big_folder: Path
) -> None:
    _, _, err = run(capsys, "check", str(big_folder), "--no-cache", "--jobs", "1")
    assert "files" not in err and "\r" not in err


def test_copies_of_one_note_to_a_panel_name_each_other(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = PANELS / "morrow-hotel-front-office-manager"
    code, out, _ = run(
        capsys, "check", str(folder), "--select", "duplicate-note", "--format", "json"
    )
    files = {Path(f["path"]).name: f for f in json.loads(out)["reports"]}
    lucia, owen, mei = (
        files[f"{n}.txt"] for n in ("lucia-ferraro", "owen-pritchard", "mei-tanaka")
    )
    assert "owen-pritchard.txt" in lucia["findings"][0]["message"]
    assert "lucia-ferraro.txt" in owen["findings"][0]["message"]
    assert mei["findings"] == []  # her note was written for her
    assert code == 0  # a warning does not fail a file by default


def test_notes_with_a_paragraph_written_for_each_person_do_not_fire(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(
        capsys, "check", str(PANELS / "lumen-ux-researcher"), "--select", "duplicate-note"
    )
    assert "duplicate-note" not in out.split("findings by rule")[0]


def test_the_threshold_is_a_setting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "kestrel"
    shutil.copytree(PANELS / "kestrel-qa-engineer", folder)  # about 87% alike
    args = ("check", str(folder), "--select", "duplicate-note", "--format", "json")
    _, out, _ = run(capsys, *args)
    assert "duplicate-note" in out
    (folder / ".followup-lint.toml").write_text(
        "[rules.duplicate-note]\nthreshold = 0.95\n", encoding="utf-8"
    )
    from followup_lint.config import find_config

    find_config.cache_clear()
    _, out, _ = run(capsys, *args)
    assert "duplicate-note" not in out


def test_a_cached_re_run_still_compares_and_notices_a_rewritten_twin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "harbourline"
    shutil.copytree(PANELS / "harbourline-data-analyst", folder)
    args = ("check", str(folder), "--select", "duplicate-note", "--format", "json")
    first = run(capsys, *args)[1]
    again = run(capsys, *args)[1]  # every report from the cache
    assert first == again
    assert [len(r["findings"]) for r in json.loads(first)["reports"]] == [1, 1]
    colm = folder / "colm-fitzgerald.txt"
    header = colm.read_text(encoding="utf-8").split("Dear Colm,")[0]
    colm.write_text(
        header
        + "Dear Colm,\n\n"
        + read_draft(PANELS / "lumen-ux-researcher" / "dev-malhotra.txt").excerpt(
            read_draft(PANELS / "lumen-ux-researcher" / "dev-malhotra.txt").parts.body
        ),
        encoding="utf-8",
    )
    assert "duplicate-note" not in run(capsys, *args)[1]


def test_lint_together_compares_drafts_given_to_the_library(linter: Linter) -> None:
    folder = PANELS / "tidewell-site-engineer"
    drafts = [read_draft(p) for p in sorted(folder.glob("*.eml"))]
    import dataclasses

    from followup_lint.context_sources import file_context

    drafts = [dataclasses.replace(d, context=file_context(Path(d.path), d)[0]) for d in drafts]
    reports = linter.lint_together(drafts)
    assert all("duplicate-note" in r.rules_fired for r in reports)
    alone = linter.lint(drafts[0])
    assert "duplicate-note" not in alone.rules_fired  # nothing to compare with
