"""How the hand-written tests of a rule read the writers' labelled sentences.

    python scripts/sentence_figures.py call-to-action
    python scripts/sentence_figures.py interest disparage complaint interview-date wrong-company
    python scripts/sentence_figures.py grammar

`training/<name>/writers-<n>.jsonl` hold sentences written and labelled for the project by
writers who never saw the corpus. Each sentence is put in a short letter (an opening that
neither closes, restates interest, runs anyone down nor complains, and for interview-date says
nothing of when; to the line's `company` when it names one) and linted with every
learned reading off, so the figures are those of the hand-written tests alone, on strangers'
wording: how many of the label-1 sentences the rule recognises (recall), and how many label-0
sentences it takes for the concept all the same (false recognitions).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from followup_lint import Context, Linter, parse_draft  # noqa: E402
from followup_lint.config import Config  # noqa: E402
from followup_lint.rulepacks import load_packs  # noqa: E402

OPENING = (
    "Thank you for meeting with me yesterday about the Data Analyst role. I enjoyed our "
    "conversation about the churn dashboard."
)
# An opening that says nothing of when the interview was, for the rule that looks for that.
UNDATED_OPENING = "I enjoyed our conversation about the churn dashboard."
# The concept a folder's sentences carry, and whether the rule fires when a note has it
# (a put-down, a complaint) or when it lacks it (a polite close, interest restated).
FIRES_WHEN_PRESENT = {
    "call-to-action": False,
    "interest": False,
    "disparage": True,
    "complaint": True,
    "interview-date": False,  # label 1: the sentence says when the interview was
    "wrong-company": True,  # label 1: another organisation where `company` belongs
    "grammar": True,  # label 1: a slip of grammar (the offline checker, no LanguageTool)
}


def letter(sentence: str, opening: str = OPENING) -> str:
    """A short letter to Sarah whose body ends with `sentence`."""
    return f"Dear Sarah,\n\n{opening} {sentence}\n\nBest regards,\nJordan Lee\n"


def recognised(linter: Linter, rule: str, row: dict[str, str]) -> bool:
    """Whether the rule reads the concept in the letter ending with the row's sentence (to
    the row's `company`, when it names one)."""
    opening = UNDATED_OPENING if rule == "interview-date" else OPENING
    context = Context(company=row["company"]) if row.get("company") else None
    report = linter.lint(parse_draft(letter(row["text"], opening)), context=context)
    fired = any(f.rule == rule for f in report.findings)
    return fired == FIRES_WHEN_PRESENT[rule]


def figures(linter: Linter, rule: str, path: Path) -> str:
    """One line: the file, recall on its label-1 sentences, false recognitions on label 0."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    found = {1: 0, 0: 0}
    total = {1: 0, 0: 0}
    for row in rows:
        label = int(row["label"])
        total[label] += 1
        found[label] += recognised(linter, rule, row)
    recall = found[1] / max(1, total[1])
    return (
        f"{path.relative_to(ROOT)}: recognised {found[1]}/{total[1]} = {recall:.2f}; "
        f"false recognitions {found[0]}/{total[0]}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+", choices=sorted(FIRES_WHEN_PRESENT))
    args = parser.parse_args()
    packs = load_packs()
    # Every learned reading off: the figures are the hand-written tests' own.
    learned = {rule: {"learned": False} for rule in packs if "learned" in packs[rule].settings}
    with Linter(Config.model_validate({"rules": learned})) as linter:
        for name in args.names:
            for path in sorted((ROOT / "training" / name).glob("writers-*.jsonl")):
                print(figures(linter, name, path), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
