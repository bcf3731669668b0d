"""`--fix` and `--diff`: each safe fix shown on a file before and after, and every way a
rewrite is refused (changed since read, not parsed, not UTF-8, a placeholder)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from followup_lint import Linter, read_draft
from followup_lint.cli import main
from followup_lint.errors import InputError
from followup_lint.fixes import fingerprint, plan_fix, write_fix

FIXES = Path(__file__).parent / "fixtures" / "fixes"
CASES = sorted(p.name.split(".")[0] for p in FIXES.glob("*.before.*"))


def pair(name: str) -> tuple[Path, Path]:
    (before,) = FIXES.glob(f"{name}.before.*")
    return before, FIXES / before.name.replace(".before.", ".after.")


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_LINT_TODAY", "2026-11-22")


@pytest.mark.parametrize("name", CASES)
def test_fix_turns_the_before_file_into_the_after_file(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, after = pair(name)
    draft = tmp_path / before.name
    shutil.copy(before, draft)
    main(["check", str(draft), "--fix"])
    _, err = capsys.readouterr()
    assert draft.read_text(encoding="utf-8") == after.read_text(encoding="utf-8")
    assert "problem" in err  # "fixed N problems in M files" on stderr, stdout stays a report


@pytest.mark.parametrize("name", CASES)
def test_diff_shows_the_same_change_and_writes_nothing(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, after = pair(name)
    draft = tmp_path / before.name
    shutil.copy(before, draft)
    code = main(["check", str(draft), "--diff"])
    out, _ = capsys.readouterr()
    assert draft.read_bytes() == before.read_bytes()
    changed = before.read_bytes() != after.read_bytes()
    assert code == (1 if changed else 0)
    for line in set(after.read_text(encoding="utf-8").splitlines()) - set(
        before.read_text(encoding="utf-8").splitlines()
    ):
        assert f"+{line}\n" in out


def test_a_placeholder_is_never_filled_in(tmp_path: Path) -> None:
    draft = tmp_path / "template.txt"
    shutil.copy(FIXES / "placeholder.before.txt", draft)
    assert main(["check", str(draft), "--fix"]) == 1  # the placeholder errors remain
    assert draft.read_bytes() == (FIXES / "placeholder.before.txt").read_bytes()


def test_permissions_are_kept_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    draft = tmp_path / "slang.txt"
    shutil.copy(FIXES / "slang.before.txt", draft)
    os.chmod(draft, 0o640)
    main(["check", str(draft), "--fix"])
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["slang.txt"]


def test_a_byte_order_mark_and_crlf_line_ends_survive_a_fix(tmp_path: Path) -> None:
    text = (FIXES / "slang.before.txt").read_text(encoding="utf-8")
    draft = tmp_path / "windows.txt"
    draft.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    main(["check", str(draft), "--fix"])
    fixed = (FIXES / "slang.after.txt").read_text(encoding="utf-8")
    assert draft.read_bytes() == b"\xef\xbb\xbf" + fixed.replace("\n", "\r\n").encode("utf-8")


def test_a_file_changed_after_it_was_read_is_not_written(tmp_path: Path, linter: Linter) -> None:
    draft = tmp_path / "slang.txt"
    shutil.copy(FIXES / "slang.before.txt", draft)
    parsed = read_draft(draft)
    report = linter.lint(parsed).model_copy(update={"path": str(draft)})
    plan = plan_fix(report, parsed.source)
    assert plan is not None
    draft.write_text(parsed.source + "\nP.S. edited in another window\n", encoding="utf-8")
    edited = draft.read_bytes()
    with pytest.raises(InputError, match="changed since it was read"):
        write_fix(plan, fingerprint(parsed.source))
    assert draft.read_bytes() == edited


def test_a_file_that_failed_to_parse_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    shutil.copy(FIXES / "slang.before.txt", good)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Hey thx \xff\xfe broken bytes\n")
    code = main(["check", str(tmp_path), "--fix"])
    _, err = capsys.readouterr()
    assert code == 2
    assert bad.read_bytes() == b"Hey thx \xff\xfe broken bytes\n"
    assert good.read_bytes() == (FIXES / "slang.after.txt").read_bytes()
    assert err.count("bad.txt") == 1  # one line for the bad file, not one per pass


def test_an_encoded_eml_body_is_not_edited_blind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "note.eml"
    draft.write_text(
        "From: Sam Ortiz <sam@example.com>\nTo: Dana Reyes <dana@example.com>\n"
        "Subject: Thank you - Baker interview\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Dear Dana,\n\nThank you for the tour on Tuesday. The sourdough line was aw=\nesome and I "
        "remain keen on the Baker role.\n\nI look forward to hearing from you.\n\nBest regards,\n"
        "Sam Ortiz\n",
        encoding="utf-8",
    )
    before = draft.read_bytes()
    main(["check", str(draft), "--diff"])
    out, _ = capsys.readouterr()
    assert "excellent" not in out  # the word is split by a soft line break in the file
    assert draft.read_bytes() == before


def test_fix_and_diff_refuse_stdin(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "-", "--fix"]) == 2
    assert "stdin" in capsys.readouterr().err
