"""Rule `disparage`, its learned reading: put-downs whose shape no hand-written test lists."""

from __future__ import annotations

import pytest

from followup_lint import Config, Linter, Severity
from tests.checks.helpers import entries_and_texts, lint_corpus


@pytest.mark.parametrize(
    ("name", "put_down"),
    [
        (
            "offer-notice/b13a-loan-officer-saigon-match-by-noon.txt",
            "He puts his name on every file our team closes, and when a file is late he says it "
            "is our fault.",
        ),
    ],
)
def test_a_put_down_by_blame_or_grievance_is_read_as_a_whole(
    linter: Linter, name: str, put_down: str
) -> None:
    draft, report = lint_corpus(linter, name)
    assert entries_and_texts(draft, report, "disparage") == [("learned", put_down)]
    (finding,) = report.by_rule("disparage")
    assert finding.severity is Severity.WARNING  # less sure than a hand-written test
    assert finding.message.startswith(f"'{put_down}' reads as running someone down")


def test_remarks_about_the_other_candidates_each_get_a_finding(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/b13a-claims-officer-karachi-freshers.txt")
    texts = [text for _, text in entries_and_texts(draft, report, "disparage")]
    assert texts == [
        "With due respect, I could not help noticing that most of the candidates in the waiting "
        "area were freshers who had never opened a claim file in their lives.",
        "One of them was asking the others what a surveyor does.",
    ]


def test_the_learned_reading_can_be_switched_off() -> None:
    plain = Linter(Config(rules={"disparage": {"learned": False}}))
    _, report = lint_corpus(plain, "thank-you/b13a-claims-officer-karachi-freshers.txt")
    assert report.by_rule("disparage") == ()


def test_a_stricter_threshold_keeps_only_the_surest_readings() -> None:
    strict = Linter(Config(rules={"disparage": {"learned-threshold": 0.999}}))
    _, report = lint_corpus(strict, "thank-you/b13a-claims-officer-karachi-freshers.txt")
    assert len(report.by_rule("disparage")) < 2


def test_praise_of_the_person_hired_is_not_read_as_a_put_down(linter: Linter) -> None:
    # The writer's labels: praise of a colleague and of the person who got the job.
    name = "rejection-reply/b13b-processing-archivist-comes-round-again.txt"
    _, report = lint_corpus(linter, name)
    assert report.by_rule("disparage") == ()


def test_a_put_down_the_hand_written_rules_know_is_theirs(linter: Linter) -> None:
    # 'nobody else on that team has bothered to learn how they work' is 'nobody-diligent'
    name = "status-inquiry/b13b-technical-artist-done-carrying-them.txt"
    draft, report = lint_corpus(linter, name)
    assert [entry for entry, _ in entries_and_texts(draft, report, "disparage")] == [
        "nobody-diligent"
    ]
