"""Benchmarks measured as ratios inside one run: `python bench/run.py [--quick]`.

Prints a table of medians and writes every figure to bench/results/latest.json.
Measurements (targets in brackets):
  overhead   Linter.lint_many vs bare nlp.pipe, same model and components  [ratio <= 1.3]
  cold       `followup-lint check` one draft vs `python -c "spacy.load(MODEL)"` [<= 1.25]
  light      `followup-lint --help` and `followup-lint rules`             [<= 0.3 s each]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
CLI = [sys.executable, "-m", "followup_lint"]


def corpus_texts(count: int) -> list[str]:
    """`count` realistic drafts, cycling deterministically through the development corpus."""
    from followup_lint import read_draft

    paths = sorted(p for p in (ROOT / "corpus").glob("*/*") if p.suffix in (".txt", ".md", ".eml"))
    parsed = [read_draft(p) for p in paths]
    return [parsed[i % len(parsed)].text for i in range(count)]


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Wall times of `repeat` runs of `action`."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def run_command(argv: list[str]) -> None:
    subprocess.run(argv, check=False, capture_output=True)


def measure_overhead(count: int, repeat: int) -> dict[str, object]:
    """Rules overhead: lint_many against nlp.pipe over the same texts and pipeline."""
    from followup_lint import Linter

    linter = Linter()
    nlp = linter.nlp
    texts = corpus_texts(count)
    list(linter.lint_many(texts[:20]))  # warm-up: matchers built, caches filled

    bare = timed(lambda: [None for _ in nlp.pipe(texts, batch_size=32)], repeat)
    full = timed(lambda: list(linter.lint_many(texts)), repeat)
    bare_m, full_m = statistics.median(bare), statistics.median(full)
    return {
        "drafts": count,
        "components": nlp.pipe_names,
        "nlp_pipe_s": bare,
        "lint_many_s": full,
        "drafts_per_s": count / full_m,
        "ratio": full_m / bare_m,
        "target": 1.3,
    }


def measure_cold(repeat: int) -> dict[str, object]:
    """Cold start of the CLI on one draft against loading the same model in a bare process."""
    from followup_lint.nlp import resolve_model_name

    model = resolve_model_name()
    draft = str(ROOT / "corpus" / "thank-you" / "marketing-coordinator-emoji-at-end.md")
    bare = timed(
        lambda: run_command([sys.executable, "-c", f"import spacy; spacy.load({model!r})"]), repeat
    )
    cli = timed(lambda: run_command([*CLI, "check", draft]), repeat)
    help_ = timed(lambda: run_command([*CLI, "--help"]), repeat)
    rules = timed(lambda: run_command([*CLI, "rules"]), repeat)
    return {
        "model": model,
        "spacy_load_s": bare,
        "check_one_s": cli,
        "ratio": statistics.median(cli) / statistics.median(bare),
        "target": 1.25,
        "help_s": help_,
        "rules_s": rules,
        "light_target_s": 0.3,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer drafts and repeats")
    args = parser.parse_args()
    repeat = 3 if args.quick else 5
    count = 200 if args.quick else 1000
    figures = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": __import__("os").cpu_count(),
        },
        "overhead": measure_overhead(count, repeat),
        "cold": measure_cold(repeat),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    o, c = figures["overhead"], figures["cold"]
    med = statistics.median
    rows = [
        ("rules overhead (lint_many / nlp.pipe)", f"{o['ratio']:.2f}", "<= 1.30"),
        ("  lint_many drafts per second", f"{o['drafts_per_s']:.1f}", ""),
        ("cold check one draft / spacy.load", f"{c['ratio']:.2f}", "<= 1.25"),
        ("  check one draft, s", f"{med(c['check_one_s']):.2f}", ""),
        ("  spacy.load alone, s", f"{med(c['spacy_load_s']):.2f}", ""),
        ("followup-lint --help, s", f"{med(c['help_s']):.2f}", "<= 0.30"),
        ("followup-lint rules, s", f"{med(c['rules_s']):.2f}", "<= 0.30"),
    ]
    print("| measurement | median | target |\n|---|---:|---:|")
    for name, value, target in rows:
        print(f"| {name} | {value} | {target} |")
    print(f"\n{figures['machine']}; components: {', '.join(o['components'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
