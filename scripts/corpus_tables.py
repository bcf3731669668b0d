"""Print the README's corpus tables: per-rule precision/recall on the development set and on
the held-out set side by side, and kind-detection accuracy (`python scripts/corpus_tables.py`)."""

from __future__ import annotations

import sys
from pathlib import Path

from followup_lint import Config, Linter
from followup_lint.evaluation import evaluate, kind_accuracy, load_labels

ROOT = Path(__file__).resolve().parents[1]


def labelled(folder: Path):  # type: ignore[no-untyped-def]
    """The folder's labelled drafts, its panel folders (duplicate-note) included."""
    files = [*sorted(folder.glob("labels*.toml")), folder / "panels" / "labels.toml"]
    return [item for f in files if f.exists() for item in load_labels(f)]


def main() -> int:
    linter = Linter(Config())
    dev, held = labelled(ROOT / "corpus"), labelled(ROOT / "corpus" / "holdout")
    dev_scores, _ = evaluate(dev, linter)
    held_scores, _ = evaluate(held, linter)
    print(
        f"Development set: {len(dev)} drafts; held-out set: {len(held)} drafts "
        "(panel folders included; they are labelled for duplicate-note only).\n"
    )
    print(
        "| rule | dev fires/silent | dev precision | dev recall "
        "| held-out fires/silent | held-out precision | held-out recall |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for rule, d in dev_scores.items():
        h = held_scores[rule]
        print(
            f"| `{rule}` | {d.tp + d.fn}/{d.tn + d.fp} | {d.precision:.2f} | {d.recall:.2f} "
            f"| {h.tp + h.fn}/{h.tn + h.fp} | {h.precision:.2f} | {h.recall:.2f} |"
        )
    dev_kind, _ = kind_accuracy(dev, linter)
    held_kind, _ = kind_accuracy(held, linter)
    print(f"\nKind detection accuracy: development {dev_kind:.2f}, held-out {held_kind:.2f}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
