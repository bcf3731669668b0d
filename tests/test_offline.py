"""Linting never opens a network connection: proved with sockets blocked, API and CLI, cold."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import corpus_draft

BLOCK_SOCKETS = """
import socket
def refuse(*args, **kwargs):
    raise OSError("network access attempted during linting")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
"""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK_SOCKETS + code], capture_output=True, text=True, timeout=300
    )


def test_the_api_lints_with_sockets_blocked() -> None:
    path = corpus_draft("thank-you/data-analyst-dear-sara.txt")
    done = _run(
        "import followup_lint\n"
        f"report = followup_lint.lint(followup_lint.read_draft({str(path)!r}))\n"
        "assert report.findings, 'expected findings'\n"
        "print('ok', report.score)\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok ")
    assert "network access attempted" not in done.stderr


def test_the_cli_lints_a_folder_with_sockets_blocked() -> None:
    folder = corpus_draft("status-inquiry")
    done = _run(
        "from followup_lint.cli import main\n"
        f"raise SystemExit(main(['check', {str(folder)!r}, '--exit-zero']))\n"
    )
    assert done.returncode == 0, done.stderr
    assert "network access attempted" not in done.stdout + done.stderr
    assert " passed, " in done.stdout
