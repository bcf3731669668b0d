"""The pre-commit hook (.pre-commit-hooks.yaml), run by the real pre-commit tool.

pre-commit installs the hook from a clone of this repository into its own virtualenv (the
package, spaCy and the model from the package index), so the first run takes minutes; the
install is shared by every test here through one PRE_COMMIT_HOME. Skipped when pre-commit or
git is not installed, or when the source tree is not a git repository.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
THANK_YOU = ROOT / "corpus" / "thank-you"
FLAWED = THANK_YOU / "data-analyst-dear-sara.txt"  # greets "Sara": interviewer-name error
CLEAN = THANK_YOU / "lab-technician-thanks-again-signoff.txt"  # scores 100
TIMEOUT = 15 * 60  # the first run installs the hook environment from the package index


def _pre_commit_command() -> list[str] | None:
    if importlib.util.find_spec("pre_commit") is not None:
        return [sys.executable, "-m", "pre_commit"]
    exe = shutil.which("pre-commit")
    return [exe] if exe else None


def _run(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def _git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    proc = _run(
        ["git", "-c", "user.name=followup-lint tests", "-c", "user.email=tests@invalid", *args],
        cwd,
        env,
    )
    assert proc.returncode == 0, f"git {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout.strip()


@pytest.fixture(scope="module")
def pre_commit(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """pre-commit's command, an environment with a shared PRE_COMMIT_HOME, and a hook repo."""
    command = _pre_commit_command()
    if command is None:
        pytest.skip("pre-commit is not installed")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip(f"{ROOT} is not a git repository, so there is nothing to clone")

    base = tmp_path_factory.mktemp("pre-commit")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env["PRE_COMMIT_HOME"] = str(base / "home")
    env["FOLLOWUP_LINT_CACHE_DIR"] = str(base / "cache")
    env["GIT_CONFIG_NOSYSTEM"] = "1"

    # The hook is installed from committed code: a clone of this repository. The manifest is
    # copied from the working tree (and committed in the clone) so an edit to it is tested
    # before it is committed here.
    clone = base / "followup-lint"
    _git("clone", "--quiet", str(ROOT), str(clone), cwd=base, env=env)
    shutil.copyfile(ROOT / ".pre-commit-hooks.yaml", clone / ".pre-commit-hooks.yaml")
    _git("add", ".pre-commit-hooks.yaml", cwd=clone, env=env)
    if _git("status", "--porcelain", cwd=clone, env=env):
        _git("commit", "--quiet", "--no-verify", "-m", "hook manifest", cwd=clone, env=env)
    rev = _git("rev-parse", "HEAD", cwd=clone, env=env)
    return {"command": command, "env": env, "clone": clone, "rev": rev}


def _repo(tmp_path: Path, pre_commit: dict, files: dict[str, str | Path]) -> Path:
    """A git repository with the hook configured and `files` (name -> text or source) added."""
    repo = tmp_path / "notes"
    repo.mkdir()
    env = pre_commit["env"]
    _git("init", "--quiet", cwd=repo, env=env)
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {pre_commit['clone']}\n"
        f"    rev: {pre_commit['rev']}\n"
        "    hooks:\n"
        "      - id: followup-lint\n",
        encoding="utf-8",
    )
    for name, content in files.items():
        target = repo / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Path):
            shutil.copyfile(content, target)
        else:
            target.write_text(content, encoding="utf-8")
    _git("add", ".", cwd=repo, env=env)
    return repo


def _run_hooks(repo: Path, pre_commit: dict) -> subprocess.CompletedProcess[str]:
    proc = _run([*pre_commit["command"], "run", "--all-files"], repo, pre_commit["env"])
    print(proc.stdout, proc.stderr, sep="\n")
    return proc


def test_flawed_draft_fails_the_hook(tmp_path: Path, pre_commit: dict) -> None:
    repo = _repo(
        tmp_path,
        pre_commit,
        {"drafts/sara.txt": FLAWED, "drafts/karimi.txt": CLEAN},
    )
    proc = _run_hooks(repo, pre_commit)
    assert proc.returncode != 0
    out = proc.stdout
    assert "followup-lint" in out and "Failed" in out
    assert (
        "drafts/sara.txt:9:6: interviewer-name [error] "
        "'Sara' does not match the interviewer's name 'Sarah'."
    ) in out
    assert "drafts/karimi.txt: score 100/100" in out


def test_clean_draft_passes_the_hook(tmp_path: Path, pre_commit: dict) -> None:
    repo = _repo(tmp_path, pre_commit, {"drafts/karimi.txt": CLEAN})
    proc = _run_hooks(repo, pre_commit)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "followup-lint" in proc.stdout and "Passed" in proc.stdout


def test_hook_skips_files_that_are_not_drafts(tmp_path: Path, pre_commit: dict) -> None:
    repo = _repo(
        tmp_path,
        pre_commit,
        {
            "README.md": "# notes\n\nnot a letter\n",
            "requirements.txt": "spacy\n",
            "docs/CHANGELOG.md": "- nothing\n",
            "tool.py": "print('hi')\n",
        },
    )
    proc = _run_hooks(repo, pre_commit)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "(no files to check)" in proc.stdout and "Skipped" in proc.stdout
