"""Per-file context sources: flags > front matter > sidecar > headers > context.toml > config."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from followup_lint.cli import main
from followup_lint.config import config_for
from followup_lint.context_sources import resolve_context
from followup_lint.draft import read_draft
from followup_lint.models import Context
from tests.conftest import corpus_draft

FRONT = "thank-you/data-analyst-dear-sara.txt"  # front matter: Sarah Chen, Data Analyst, ...
EML = "thank-you/financial-analyst-answer-by-friday.eml"  # To: Olivia Brandt, From: Marcus ...


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def body_only(name: str) -> str:
    """A corpus draft without its front matter."""
    text = corpus_draft(name).read_text(encoding="utf-8")
    return text.split("---\n", 2)[2] if text.startswith("---\n") else text


def copy(name: str, folder: Path, as_name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / as_name
    shutil.copyfile(corpus_draft(name), target)
    return target


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def resolve(path: Path, cli: Context | None = None) -> tuple[Context, dict[str, str]]:
    return resolve_context(path, read_draft(path), cli, config_for(path))


@pytest.fixture(autouse=True)
def _pinned_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_LINT_TODAY", "2026-11-20")


# -- each source on its own -------------------------------------------------------------------
def test_front_matter_is_a_source(tmp_path: Path) -> None:
    draft = copy(FRONT, tmp_path / "app", "sarah.txt")
    context, sources = resolve(draft)
    assert context.interviewers == ("Sarah Chen",)
    assert sources["interviewers"] == "front matter"


def test_sidecar_with_kebab_keys_and_interviewer_string(tmp_path: Path) -> None:
    draft = write(tmp_path / "app" / "sarah.txt", body_only(FRONT))
    write(
        tmp_path / "app" / "sarah.context.toml",
        'interviewer = "Sarah Chen"\ninterview-date = 2026-11-17\nposition = "Data Analyst"\n',
    )
    context, sources = resolve(draft)
    assert context.interviewers == ("Sarah Chen",)
    assert context.interview_date == dt.date(2026, 11, 17)
    assert sources["interview_date"] == "sidecar sarah.context.toml"
    assert sources["position"] == "sidecar sarah.context.toml"


def test_sidecar_interviewer_as_a_list_with_snake_keys(tmp_path: Path) -> None:
    draft = write(tmp_path / "sarah.txt", body_only(FRONT))
    write(
        tmp_path / "sarah.context.toml",
        'interviewer = ["Sarah Chen", "Li Wei"]\nprevious_followup_date = 2026-11-01\n',
    )
    context, _ = resolve(draft)
    assert context.interviewers == ("Sarah Chen", "Li Wei")
    assert context.previous_followup_date == dt.date(2026, 11, 1)


def test_eml_headers_are_a_source(tmp_path: Path) -> None:
    draft = copy(EML, tmp_path, "olivia.eml")
    context, sources = resolve(draft)
    assert context.interviewers == ("Olivia Brandt",)
    assert context.sender == "Marcus Lindgren"
    assert context.sent_date == dt.date(2026, 10, 28)
    assert sources["interviewers"] == sources["sender"] == sources["sent_date"] == "e-mail headers"


def test_context_toml_in_a_parent_folder_is_shared(tmp_path: Path) -> None:
    shared = write(tmp_path / "context.toml", 'company = "Northwind Freight"\n')
    draft = write(tmp_path / "round-1" / "sarah.txt", body_only(FRONT))
    context, sources = resolve(draft)
    assert context.company == "Northwind Freight"
    assert sources["company"] == f"context.toml ({shared.resolve()})"


def test_config_context_is_a_source(tmp_path: Path) -> None:
    config = write(tmp_path / ".followup-lint.toml", '[context]\nsender = "Amara Nwosu"\n')
    draft = write(tmp_path / "sarah.txt", body_only(FRONT))
    context, sources = resolve(draft)
    assert context.sender == "Amara Nwosu"
    assert sources["sender"] == f"config ({config})"


# -- precedence between adjacent sources -------------------------------------------------------
def test_flag_beats_front_matter(tmp_path: Path) -> None:
    draft = copy(FRONT, tmp_path, "sarah.txt")
    context, sources = resolve(draft, Context(position="Senior Data Analyst"))
    assert context.position == "Senior Data Analyst"
    assert sources["position"] == "--position"
    assert sources["company"] == "front matter"


def test_front_matter_beats_sidecar(tmp_path: Path) -> None:
    draft = copy(FRONT, tmp_path, "sarah.txt")
    write(tmp_path / "sarah.context.toml", 'position = "Other"\nsender = "Amara Nwosu"\n')
    context, sources = resolve(draft)
    assert context.position == "Data Analyst"
    assert sources["position"] == "front matter"
    assert context.sender == "Amara Nwosu"  # a field the front matter leaves unset


def test_sidecar_beats_eml_headers(tmp_path: Path) -> None:
    draft = copy(EML, tmp_path, "olivia.eml")
    write(tmp_path / "olivia.context.toml", 'interviewer = "Olivia Brandt-Smith"\n')
    context, sources = resolve(draft)
    assert context.interviewers == ("Olivia Brandt-Smith",)
    assert sources["interviewers"] == "sidecar olivia.context.toml"
    assert sources["sender"] == "e-mail headers"


def test_eml_headers_beat_context_toml(tmp_path: Path) -> None:
    draft = copy(EML, tmp_path, "olivia.eml")
    write(tmp_path / "context.toml", 'sender = "Someone Else"\ncompany = "Castell Capital"\n')
    context, sources = resolve(draft)
    assert context.sender == "Marcus Lindgren"
    assert sources["sender"] == "e-mail headers"
    assert context.company == "Castell Capital"


def test_sidecar_beats_context_toml(tmp_path: Path) -> None:
    draft = write(tmp_path / "sarah.txt", body_only(FRONT))
    write(tmp_path / "sarah.context.toml", 'company = "Northwind Freight"\n')
    write(tmp_path / "context.toml", 'company = "Elsewhere"\nposition = "Data Analyst"\n')
    context, sources = resolve(draft)
    assert context.company == "Northwind Freight"
    assert sources["company"] == "sidecar sarah.context.toml"
    assert context.position == "Data Analyst"


def test_nearest_context_toml_wins(tmp_path: Path) -> None:
    write(tmp_path / "context.toml", 'company = "Outer"\nsender = "Amara Nwosu"\n')
    inner = write(tmp_path / "app" / "context.toml", 'company = "Inner"\n')
    draft = write(tmp_path / "app" / "sarah.txt", body_only(FRONT))
    context, sources = resolve(draft)
    assert context.company == "Inner"
    assert sources["company"] == f"context.toml ({inner.resolve()})"
    assert context.sender is None  # the outer file is not merged in


def test_context_toml_beats_config(tmp_path: Path) -> None:
    config = write(tmp_path / ".followup-lint.toml", '[context]\ncompany = "Config Co"\n')
    write(tmp_path / "context.toml", 'company = "Northwind Freight"\n')
    draft = write(tmp_path / "sarah.txt", body_only(FRONT))
    _, sources = resolve(draft)
    assert sources["company"].startswith("context.toml")
    write(tmp_path / "context.toml", 'position = "Data Analyst"\n')
    context, sources = resolve(draft)
    assert context.company == "Config Co"
    assert sources["company"] == f"config ({config})"


# -- bad context files ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('interviewer = "Sarah Chen"\nintervewer-date = 2026-11-17\n', "unknown key"),
        ('sent-date = "2026-13-45"\n', "bad value for 'sent-date'"),
    ],
)
def test_a_bad_sidecar_is_an_input_error_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, expected: str
) -> None:
    draft = copy(FRONT, tmp_path, "sarah.txt")
    sidecar = write(tmp_path / "sarah.context.toml", content)
    code, out, err = run(capsys, "check", str(draft), "--languagetool", "off", "--format", "json")
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert str(sidecar) in lines[0] and expected in lines[0]
    assert json.loads(out)["reports"][0]["error"]["kind"] == "input"
    code, _, err = run(capsys, "context", str(draft))
    assert code == 2
    assert str(sidecar) in err and expected in err


# -- the context command ------------------------------------------------------------------------
def test_context_command_text_names_each_source(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    draft = copy(EML, tmp_path / "app", "olivia.eml")
    write(tmp_path / "app" / "olivia.context.toml", 'position = "Financial Analyst"\n')
    shared = write(tmp_path / "app" / "context.toml", 'company = "Castell Capital"\n')
    code, out, _ = run(capsys, "context", str(draft), "--interview-date", "2026-10-27")
    assert code == 0
    assert out.splitlines() == [
        "interviewers: Olivia Brandt (e-mail headers)",
        "position: Financial Analyst (sidecar olivia.context.toml)",
        f"company: Castell Capital (context.toml ({shared.resolve()}))",
        "sender: Marcus Lindgren (e-mail headers)",
        "interview_date: 2026-10-27 (--interview-date)",
        "sent_date: 2026-10-28 (e-mail headers)",
    ]


def test_context_command_json_and_the_today_default(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    draft = write(tmp_path / "sarah.txt", body_only(FRONT))
    write(tmp_path / "sarah.context.toml", 'interviewer = ["Sarah Chen", "Li Wei"]\n')
    code, out, _ = run(capsys, "context", str(draft), "--format", "json", "--kind", "thank-you")
    assert code == 0
    data = json.loads(out)
    assert data["context"] == {
        "interviewers": ["Sarah Chen", "Li Wei"],
        "sent_date": "2026-11-20",
        "kind": "thank-you",
    }
    assert data["sources"] == {
        "interviewers": "sidecar sarah.context.toml",
        "sent_date": "today",
        "kind": "--kind",
    }


def test_config_sent_date_beats_the_today_default(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write(tmp_path / ".followup-lint.toml", "[context]\nsent-date = 2026-11-19\n")
    draft = write(tmp_path / "sarah.txt", body_only(FRONT))
    _, out, _ = run(capsys, "context", str(draft), "--format", "json")
    assert json.loads(out)["context"]["sent_date"] == "2026-11-19"
    assert json.loads(out)["sources"]["sent_date"].startswith("config (")


# -- a folder run ---------------------------------------------------------------------------
def test_folder_run_shares_context_toml_but_each_draft_has_its_own_interviewer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    app = tmp_path / "northwind"
    body = body_only(FRONT)  # greets "Dear Sara,"
    write(app / "sarah.txt", body)
    write(app / "sara.txt", body)
    write(
        app / "context.toml",
        'position = "Data Analyst"\ncompany = "Northwind Freight"\n'
        'interview-date = 2026-11-17\nsent-date = 2026-11-18\nkind = "thank-you"\n',
    )
    write(app / "sarah.context.toml", 'interviewer = "Sarah Chen"\n')
    write(app / "sara.context.toml", 'interviewer = "Sara Okafor"\n')
    code, out, _ = run(capsys, "check", str(app), "--format", "json", "--languagetool", "off")
    assert code in (0, 1)
    reports = {Path(r["path"]).name: r for r in json.loads(out)["reports"]}
    assert set(reports) == {"sarah.txt", "sara.txt"}
    wrong = [f for f in reports["sarah.txt"]["findings"] if f["rule"] == "interviewer-name"]
    assert wrong and "Sarah" in " ".join(wrong[0]["suggestions"])
    assert "interviewer-name" not in {f["rule"] for f in reports["sara.txt"]["findings"]}
    for report in reports.values():  # the shared file reached both drafts
        assert report["kind"] == "thank-you" and report["kind_source"] == "context"
    # a flag still beats both sidecars
    _, out, _ = run(
        capsys, "check", str(app), "--format", "json", "--languagetool", "off",
        "--interviewer", "Sara Okafor",
    )  # fmt: skip
    for report in json.loads(out)["reports"]:
        assert "interviewer-name" not in {f["rule"] for f in report["findings"]}
