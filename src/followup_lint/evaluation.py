"""Measure rules against a labelled corpus: per-rule precision and recall, and every miss.

A labels file lists drafts with the rules that must fire and those that must stay silent
(see corpus/README.md). `python -m followup_lint.evaluation corpus/labels.toml` prints the table.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from followup_lint.config import Config
from followup_lint.context_sources import file_context
from followup_lint.draft import read_draft
from followup_lint.linter import Linter
from followup_lint.models import Context, Kind, Report


class LabelledDraft(BaseModel):
    """One `[[draft]]` of a labels file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    fires: tuple[str, ...] = ()
    silent: tuple[str, ...] = ()
    note: str = ""
    kind: str | None = Field(default=None, description="The true kind, for kind detection.")
    context: Context | None = None
    twins: tuple[str, ...] = Field(
        default=(), description="duplicate-note: the drafts this one is a near-copy of."
    )


def load_labels(labels_file: str | Path) -> list[tuple[Path, LabelledDraft]]:
    """The labelled drafts of a labels file, with their absolute paths."""
    labels_file = Path(labels_file)
    data = tomllib.loads(labels_file.read_text(encoding="utf-8"))
    base = labels_file.parent
    return [
        (base / item["path"], LabelledDraft.model_validate(item)) for item in data.get("draft", [])
    ]


@dataclass
class RuleScore:
    """Confusion counts of one rule, with the drafts it got wrong."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Of the drafts where the rule fired, the share where it should have (1.0 if none)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Of the drafts where it should fire, the share where it did (1.0 if none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate(
    labelled: Sequence[tuple[Path, LabelledDraft]], linter: Linter | None = None
) -> tuple[dict[str, RuleScore], list[tuple[Path, LabelledDraft, Report]]]:
    """Lint the labelled drafts as one run, as a folder run would (each with its file-level
    context: front matter, sidecar, headers, context.toml; a label's context over that), so
    run-level rules compare them too; score each labelled rule."""
    linter = linter or Linter(Config())
    scores: dict[str, RuleScore] = {}
    drafts = []
    for path, label in labelled:
        draft = read_draft(path)
        merged, _ = file_context(path, draft)
        if label.context is not None:
            merged = label.context.merged_over(merged)
        drafts.append(dataclasses.replace(draft, context=merged, path=str(path)))
    reports = linter.lint_together(drafts)
    results = []
    for (path, label), report in zip(labelled, reports, strict=True):
        results.append((path, label, report))
        fired = report.rules_fired
        name = str(path)
        for rule in label.fires:
            score = scores.setdefault(rule, RuleScore())
            if rule in fired:
                score.tp += 1
            else:
                score.fn += 1
                score.false_negatives.append(name)
        for rule in label.silent:
            score = scores.setdefault(rule, RuleScore())
            if rule in fired:
                score.fp += 1
                score.false_positives.append(name)
            else:
                score.tn += 1
    return dict(sorted(scores.items())), results


def kind_accuracy(
    labelled: Sequence[tuple[Path, LabelledDraft]], linter: Linter | None = None
) -> tuple[float, list[tuple[str, str, str, float]]]:
    """Share of drafts whose detected kind is the true one (the label's, else the folder
    name; drafts with neither, such as panels, are not counted), and the misses."""
    linter = linter or Linter(Config())
    misses = []
    kinds = {kind.value for kind in Kind}
    labelled = [(p, lab) for p, lab in labelled if (lab.kind or p.parent.name) in kinds]
    for path, label in labelled:
        truth = label.kind or path.parent.name
        detection = linter.detect_kind(read_draft(path))
        if detection.kind.value != truth:
            misses.append((str(path), truth, detection.kind.value, detection.confidence))
    total = len(labelled) or 1
    return (total - len(misses)) / total, misses


def format_table(scores: dict[str, RuleScore]) -> str:
    """A Markdown table of per-rule counts, precision and recall."""
    lines = [
        "| rule | fires (labelled) | silent (labelled) | TP | FP | FN | precision | recall |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for rule, s in scores.items():
        lines.append(
            f"| `{rule}` | {s.tp + s.fn} | {s.tn + s.fp} | {s.tp} | {s.fp} | {s.fn} "
            f"| {s.precision:.2f} | {s.recall:.2f} |"
        )
    return "\n".join(lines)


def main(argv: Iterable[str] | None = None) -> int:
    """Print the table for one or more labels files, and list every miss."""
    parser = argparse.ArgumentParser(prog="python -m followup_lint.evaluation")
    parser.add_argument("labels", nargs="+", help="labels.toml files")
    parser.add_argument("--misses", action="store_true", help="list every wrong draft")
    args = parser.parse_args(list(argv) if argv is not None else None)
    labelled = [item for f in args.labels for item in load_labels(f)]
    linter = Linter(Config())
    scores, results = evaluate(labelled, linter)
    print(f"{len(labelled)} drafts from {', '.join(args.labels)}\n")
    print(format_table(scores))
    accuracy, kind_misses = kind_accuracy(labelled, linter)
    print(
        f"\nkind detection accuracy: {accuracy:.2f} ({len(labelled) - len(kind_misses)}"
        f"/{len(labelled)})"
    )
    if args.misses:
        by_path = {str(p): r for p, _, r in results}
        for rule, s in scores.items():
            for kind, paths in (("FP", s.false_positives), ("FN", s.false_negatives)):
                for p in paths:
                    msgs = [f.message for f in by_path[p].by_rule(rule)]
                    print(f"{kind} {rule}: {p} {msgs if msgs else ''}")
        for path, truth, detected, confidence in kind_misses:
            print(f"KIND {path}: {truth} detected as {detected} ({confidence})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
