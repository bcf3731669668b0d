"""Readability figures: plausible values, and never a download (sockets blocked, NLTK watched)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from followup_lint.readability import figures, syllables
from tests.conftest import corpus_draft


@pytest.mark.parametrize(
    ("word", "count"),
    [("interview", 3), ("opportunity", 5), ("make", 1), ("analyst", 3), ("experience", 4),
     ("hope", 1), ("the", 1)],
)  # fmt: skip
def test_syllables_come_from_shipped_hyphenation_dictionaries(word: str, count: int) -> None:
    assert syllables(word) == count


def test_a_plain_note_reads_at_a_low_grade_and_a_dense_one_at_a_high_grade() -> None:
    plain = figures("Thank you for meeting with me yesterday. I enjoyed our talk about the team.")
    dense = figures(
        "Notwithstanding considerable organisational heterogeneity, the interdisciplinary "
        "implementation methodology demonstrated unprecedented operational sustainability "
        "characteristics throughout the comprehensive evaluation."
    )
    assert plain.sentences == 2 and plain.words == 14
    assert plain.flesch_kincaid_grade < 6 < 16 < dense.flesch_kincaid_grade
    assert dense.coleman_liau_grade > plain.coleman_liau_grade
    assert dense.automated_readability_grade > plain.automated_readability_grade


def test_empty_text_has_zero_figures() -> None:
    empty = figures("")
    assert empty.words == 0 and empty.flesch_kincaid_grade == 0.0


PROBE = """
import socket, nltk
def refuse(*args, **kwargs):
    raise OSError("network access attempted")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
calls = []
nltk.download = lambda *a, **k: calls.append(a) or False
from followup_lint.readability import figures
text = open({path!r}, encoding="utf-8").read()
result = figures(text)
assert result.words > 50 and result.flesch_kincaid_grade > 0, result
assert calls == [], f"NLTK download attempted: {{calls}}"
print("ok", result.flesch_kincaid_grade)
"""


def test_readability_on_a_fresh_process_never_downloads() -> None:
    path = str(corpus_draft("thank-you/data-analyst-dear-sara.txt"))
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(path=path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok ")
