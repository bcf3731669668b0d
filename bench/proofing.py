"""Proofreading figures: `python bench/proofing.py`.

Prints the offline checker's time per draft over the corpus, and the effect of the result cache
on a second run over the corpus through LanguageTool (a loopback LanguageTool stand-in from the
test suite, answering every request after a fixed delay that stands for a real server's work).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# bench/ must not come first on the path: its profile.py would shadow the standard library's
# `profile` (spaCy imports cProfile, which imports it).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

SERVER_DELAY = 0.05  # seconds per /v2/check: a small local LanguageTool on a short note


def corpus_drafts():  # type: ignore[no-untyped-def]
    from followup_lint import read_draft

    paths = sorted(p for p in (ROOT / "corpus").glob("*/*") if p.suffix in (".txt", ".md", ".eml"))
    return [read_draft(p) for p in paths]


def main() -> int:
    import os

    from tests.lt_server import FakeLanguageTool

    from followup_lint import Config, Linter
    from followup_lint.proofing.offline import OfflineEngine

    drafts = corpus_drafts()
    engine = OfflineEngine()
    engine.check("Warm up the dictionary.", "en-US")
    per_draft = []
    for draft in drafts:
        start = time.perf_counter()
        engine.check(draft.text, "en-US")
        per_draft.append(time.perf_counter() - start)
    print(
        f"offline checker: {len(drafts)} drafts, median {statistics.median(per_draft) * 1000:.1f}"
        f" ms, max {max(per_draft) * 1000:.1f} ms per draft"
    )

    with tempfile.TemporaryDirectory() as cache, FakeLanguageTool() as server:
        os.environ["FOLLOWUP_LINT_CACHE_DIR"] = cache
        server.delay = SERVER_DELAY
        config = Config(
            languagetool={"mode": "remote", "url": server.url}, select=("grammar", "spelling")
        )
        times = []
        for _ in range(2):
            with Linter(config) as linter:
                list(linter.lint_many(drafts[:1]))  # pipeline loaded outside the timing
                before = len(server.checks)
                start = time.perf_counter()
                list(linter.lint_many(drafts))
                times.append((time.perf_counter() - start, len(server.checks) - before))
    (first, first_requests), (second, second_requests) = times
    print(
        f"LanguageTool over the corpus: first run {first:.2f} s ({first_requests} requests), "
        f"cached re-run {second:.2f} s ({second_requests} requests), {first / second:.1f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
