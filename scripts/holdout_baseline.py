"""Rewrite tests/holdout_baseline.toml from the current held-out scores (run deliberately,
after a change to a rule, and review the diff: a drop is a regression to explain)."""

from __future__ import annotations

import sys
from pathlib import Path

from followup_lint.evaluation import evaluate, load_labels

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    holdout = ROOT / "corpus" / "holdout"
    files = [*sorted(holdout.glob("labels*.toml")), holdout / "panels" / "labels.toml"]
    labelled = [item for f in files for item in load_labels(f)]
    scores, _ = evaluate(labelled)
    lines = ["# Held-out precision/recall per rule; written by scripts/holdout_baseline.py.", ""]
    for rule, s in scores.items():
        lines.append(f'["{rule}"]')
        lines.append(f"precision = {s.precision:.2f}")
        lines.append(f"recall = {s.recall:.2f}")
        lines.append("")
    (ROOT / "tests" / "holdout_baseline.toml").write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote baseline for {len(scores)} rules from {len(labelled)} held-out drafts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
