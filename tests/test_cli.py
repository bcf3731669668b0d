"""The command line, run in-process through `cli.main(argv)`: output, exit codes, bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from followup_lint.cli import main
from tests.conftest import CORPUS, corpus_draft

CLEAN = "thank-you/lab-technician-thanks-again-signoff.txt"
FLAWED = "thank-you/data-analyst-dear-sara.txt"
DEMANDING = "thank-you/financial-analyst-answer-by-friday.eml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_clean_draft_passes_with_exit_code_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(corpus_draft(CLEAN)))
    assert code == 0
    assert "1 file: 1 passed, 0 failed" in out


def test_findings_print_path_line_column_rule_severity_and_suggestion(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = corpus_draft(FLAWED)
    code, out, _ = run(capsys, "check", str(path))
    assert code == 1
    line = next(ln for ln in out.splitlines() if " interviewer-name [error] " in ln)
    location, _, _ = line.partition(": interviewer-name")
    file, row, col = location.rsplit(":", 2)
    assert file == str(path)
    # the reported line/column point at the misspelt name in the file itself
    source_line = path.read_text(encoding="utf-8").splitlines()[int(row) - 1]
    assert source_line[int(col) - 1 :].startswith("Sara")
    assert "suggestion: 'Sarah'" in out
    assert f"{path}: score " in out


def test_context_flags_override_front_matter(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(corpus_draft(FLAWED))
    _, out, _ = run(capsys, "check", path, "--interviewer", "Sara Okafor", "--format", "json")
    reports = json.loads(out)["reports"]
    assert "interviewer-name" not in {f["rule"] for f in reports[0]["findings"]}


def test_json_output_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(corpus_draft(DEMANDING)), "--format", "json")
    data = json.loads(out)
    assert set(data) == {"version", "reports", "summary"}
    report = data["reports"][0]
    assert {"path", "kind", "score", "passed", "findings", "skipped"} <= set(report)
    finding = next(f for f in report["findings"] if f["rule"] == "demand-reply")
    assert {"rule", "category", "severity", "message", "span", "excerpt", "suggestions"} <= set(
        finding
    )
    assert {"start", "end", "line", "column"} <= set(finding["span"])
    raw = Path(report["path"]).read_text(encoding="utf-8")
    assert raw[finding["span"]["start"] : finding["span"]["end"]].split()[0] in finding["excerpt"]
    assert not {s["rule"] for s in report["skipped"]} & {"grammar", "spelling"}
    assert report["proofing"]["engine"].startswith("offline")
    assert code == 1


def test_stdin_is_linted_with_a_dash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = corpus_draft(FLAWED).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "check", "-")
    assert code == 1
    assert "<stdin>:" in out and "interviewer-name" in out


def test_a_folder_run_reports_bad_files_and_lints_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_bytes(corpus_draft(CLEAN).read_bytes())
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin1.txt").write_bytes("Dear Zo\xeb,".encode("latin-1"))
    code, out, err = run(capsys, "check", str(tmp_path), "--format", "json")
    assert code == 2
    data = json.loads(out)
    by_name = {Path(r["path"]).name: r for r in data["reports"]}
    assert set(by_name) == {"good.txt", "empty.txt", "binary.md", "latin1.txt"}
    assert by_name["good.txt"]["passed"] is True
    for bad in ("empty.txt", "binary.md", "latin1.txt"):
        assert "error" in by_name[bad] and "findings" not in by_name[bad]
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert all(ln.startswith("followup-lint: ") and str(tmp_path) in ln for ln in lines)
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "no/such/draft.txt"], "no such file"),
        (["check", "--interview-date", "18/11/2026", CLEAN], "--interview-date"),
        (["check", "--format", "xml", CLEAN], "unknown format"),
        (["check", "--select", "nonsense", CLEAN], "unknown rule or category"),
        (["explain", "no-such-rule"], "unknown rule"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_usage_and_input_exit_2_with_one_line(
    argv: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(CORPUS)
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert message in err
    assert "Traceback" not in err


def test_select_and_ignore_choose_rules(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(corpus_draft(FLAWED))
    _, out, _ = run(capsys, "check", path, "--select", "tone", "--format", "json")
    rules = {f["rule"] for f in json.loads(out)["reports"][0]["findings"]}
    assert rules <= {"slang", "demand-reply"}
    _, out, _ = run(capsys, "check", path, "--ignore", "interviewer-name", "--format", "json")
    rules = {f["rule"] for f in json.loads(out)["reports"][0]["findings"]}
    assert "interviewer-name" not in rules


def test_fail_level_min_score_and_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(corpus_draft(FLAWED))
    assert run(capsys, "check", path, "--exit-zero")[0] == 0
    code, out, _ = run(capsys, "check", path, "--ignore", "content", "--fail-level", "warning")
    warnings = [ln for ln in out.splitlines() if "[warning]" in ln]
    assert code == (1 if warnings else 0)
    assert run(capsys, "check", str(corpus_draft(CLEAN)), "--min-score", "101")[0] == 2
    assert run(capsys, "check", str(corpus_draft(CLEAN)), "--min-score", "100")[0] in (0, 1)


def test_rules_lists_every_rule_with_category_and_severity(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    rows = {line.split()[0]: line.split()[1:3] for line in out.splitlines()}
    assert rows["gratitude"] == ["content", "error"]
    assert rows["slang"] == ["tone", "warning"]
    assert {"position", "interview-date", "length", "demand-reply", "grammar", "spelling"} <= set(
        rows
    )


def test_explain_prints_why_what_and_both_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "slang")
    assert code == 0
    for heading in ("Why", "What it flags", "Bad", "Good", "Source"):
        assert f"\n{heading}\n" in out


def test_schema_is_the_json_schema_of_the_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0
    assert set(schema["required"]) == {"version", "reports", "summary"}
    assert "Finding" in schema["$defs"] and "Span" in schema["$defs"]


def passes_in_a_fresh_process(probe: str) -> None:
    """Run Python source in a new interpreter (what it imports and sets is its own) and
    require that its assertions hold."""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_help_rules_and_explain_do_not_import_spacy() -> None:
    probe = (
        "import sys; from followup_lint.cli import main\n"
        "for argv in (['rules'], ['explain', 'slang'], ['schema']):\n"
        "    assert main(argv) == 0\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
    )
    passes_in_a_fresh_process(probe)


def test_the_command_runs_its_process_with_fewer_collections() -> None:
    probe = (
        "import gc\nfrom followup_lint.cli import console_main, main\n"
        "from followup_lint.collector import YOUNG_THRESHOLD\n"
        "assert main(['rules']) == 0 and gc.get_threshold()[0] == 700, 'main changed the process'\n"
        "assert console_main(['rules']) == 0\n"
        "assert gc.get_threshold()[0] == YOUNG_THRESHOLD, gc.get_threshold()\n"
    )
    passes_in_a_fresh_process(probe)


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "followup_lint", "rules"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert "demand-reply" in done.stdout


def test_the_cli_spells_kinds_and_severities_as_the_models_do() -> None:
    from followup_lint import cli
    from followup_lint.models import Kind, Severity

    assert tuple(k.value for k in Kind) == cli.KINDS
    assert tuple(s.value for s in Severity) == cli.SEVERITIES


def test_help_imports_neither_pydantic_models_nor_the_linter() -> None:
    probe = (
        "import sys\nfrom followup_lint.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = {'spacy', 'followup_lint.models', 'followup_lint.linter'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    passes_in_a_fresh_process(probe)


def test_an_unexpected_error_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import followup_lint.checkrun

    def broken(args: object) -> int:
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(followup_lint.checkrun, "run_check", broken)
    monkeypatch.delenv("FOLLOWUP_LINT_DEBUG", raising=False)
    code, _, err = run(capsys, "check", str(corpus_draft(CLEAN)))
    assert code == 2
    assert err == (
        "followup-lint: internal error: RuntimeError: something nobody expected "
        "(FOLLOWUP_LINT_DEBUG=1 for details)\n"
    )
