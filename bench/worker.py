"""In-process measurements, each run by bench/run.py in a subprocess of its own.

    python bench/worker.py overhead DRAFTS REPEAT   lint_many against bare nlp.pipe
    python bench/worker.py scale DRAFTS             lint_many over a generator; time and peak RSS

Prints one JSON object on stdout. Needs the environment bench/run.py sets (FOLLOWUP_LINT_TODAY,
a private FOLLOWUP_LINT_CACHE_DIR, LTP_JAR_DIR_PATH pointing at an empty folder).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

HERE = Path(__file__).resolve().parent

# bench/ goes last on the path: its profile.py must not shadow the standard library's
# `profile` (spaCy imports cProfile, which imports it).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.append(str(HERE))

import drafts  # noqa: E402

if TYPE_CHECKING:
    from followup_lint import Linter, ParsedDraft

WARM_START = 50_000  # warm-up drafts come from far beyond any measured index
WARM_COUNT = 32
BATCH = 32  # lint_many's default batch size, used for nlp.pipe too


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_linter() -> Linter:
    """The linter as `followup-lint check` builds it: default config, offline proofreading,
    sent date defaulting to today; refuses to run if any LanguageTool would be used."""
    from followup_lint import Config, Linter

    today = dt.date.fromisoformat(os.environ["FOLLOWUP_LINT_TODAY"])
    linter = Linter(Config(context={"sent_date": today}))
    lt = linter.config.languagetool
    if lt.mode != "auto" or lt.url or linter.proofreader.starts_local_server:
        raise SystemExit(f"bench: LanguageTool would be used ({lt.mode}, {lt.url}); refusing")
    return linter


def parsed(start: int, count: int) -> Iterator[ParsedDraft]:
    """Generated drafts parsed as `followup-lint check` parses files, one at a time."""
    from followup_lint import parse_draft

    for generated in drafts.generate(count, start):
        yield parse_draft(generated.source, path=generated.name)


def warm_up(linter: Linter) -> None:
    """Load the pipeline, set up every check and fill first-use caches, on other drafts."""
    for _ in linter.lint_many(parsed(WARM_START, WARM_COUNT)):
        pass


def overhead(count: int, repeat: int) -> dict[str, object]:
    """Rules overhead: lint_many (parsing included) against nlp.pipe over the same texts.

    Both run in this process over the same `count` drafts, alternating which goes first
    (ABBA...), so drift on a busy machine hits both alike."""
    from followup_lint import parse_draft

    sources = [(g.source, g.name) for g in drafts.generate(count)]
    start = time.perf_counter()
    texts = [parse_draft(source, path=name).text for source, name in sources]
    parse_s = time.perf_counter() - start
    linter = make_linter()
    nlp = linter.nlp
    warm_up(linter)
    for _ in nlp.pipe([d.text for d in parsed(WARM_START, WARM_COUNT)], batch_size=BATCH):
        pass

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=BATCH):
            pass

    def full() -> None:
        stream = (parse_draft(source, path=name) for source, name in sources)
        for _ in linter.lint_many(stream, batch_size=BATCH):
            pass

    times: dict[str, list[float]] = {
        "nlp_pipe_s": [],
        "lint_many_s": [],
        "nlp_pipe_cpu_s": [],
        "lint_many_cpu_s": [],
    }
    for index in range(repeat):
        order = [("nlp_pipe", bare), ("lint_many", full)]
        for key, action in order if index % 2 == 0 else order[::-1]:
            start, cpu = time.perf_counter(), time.process_time()
            action()
            times[f"{key}_s"].append(time.perf_counter() - start)
            times[f"{key}_cpu_s"].append(time.process_time() - cpu)
    return {
        "drafts": count,
        "words": sum(len(t.split()) for t in texts),
        "components": list(nlp.pipe_names),
        "parse_s": parse_s,
        **times,
    }


def scale(count: int) -> dict[str, object]:
    """Time per draft and peak memory of lint_many fed a generator of `count` drafts."""
    linter = make_linter()
    warm_up(linter)
    rss_warm = peak_rss_mb()
    findings = linted = 0
    start, cpu = time.perf_counter(), time.process_time()
    for report in linter.lint_many(parsed(0, count), batch_size=BATCH):
        linted += 1
        findings += len(report.findings)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    peak = peak_rss_mb()
    sample = min(count, 200)  # what making and parsing the drafts costs, inside `seconds`
    start = time.perf_counter()
    for _ in parsed(0, sample):
        pass
    generate_ms = (time.perf_counter() - start) / sample * 1000
    assert linted == count, (linted, count)
    return {
        "drafts": count,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "ms_per_draft": seconds / count * 1000,
        "cpu_ms_per_draft": cpu_seconds / count * 1000,
        "generate_parse_ms_per_draft": generate_ms,
        "peak_rss_mb": peak,
        "rss_after_warm_up_mb": rss_warm,
        "findings": findings,
    }


def main(argv: list[str]) -> int:
    kind, *numbers = argv
    if kind == "overhead":
        result = overhead(int(numbers[0]), int(numbers[1]))
    elif kind == "scale":
        result = scale(int(numbers[0]))
    else:
        raise SystemExit(f"unknown measurement {kind!r}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
