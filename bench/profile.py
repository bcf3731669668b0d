"""Where the time goes: `python bench/profile.py [--drafts 300]` (needs pyinstrument).

1. `Linter.lint_many` over generated drafts (bench/drafts.py), after a warm-up:
   a. a stage breakdown timed directly, without a profiler (CPU time): parsing, spaCy's
      pipeline (the same texts through bare `nlp.pipe`), and, by wrapping them in this process
      only, kind detection, each check's `skip_reason` and `run` (with whatever it calls:
      spaCy's Matcher, regexes, the offline proofreader) and the rest of `Linter._check`;
   b. a pyinstrument profile of the same run for the call tree of our own Python code.
      spaCy and thinc are Cython compiled with profiling hooks whose frames have no parent,
      so pyinstrument shows them detached at the root (`gemm`, `Matcher.__call__`, ...);
      the tables charge those by the file they are in.
2. Command-line runs, each profiled from the first line of a fresh process: a cold
   `followup-lint check` of one draft, `followup-lint rules`, and a cached re-run of `check`
   over a folder of 300 files (after an unprofiled first run); imports by package, then
   followup_lint's own functions by inclusive time.

Prints Markdown (also to bench/results/profile-summary.md); writes the full pyinstrument trees
to bench/results/profile-lint_many.txt and profile-cold.txt. Same
environment as bench/run.py: FOLLOWUP_LINT_TODAY pinned, a private cache folder, offline
proofreading (no LanguageTool is ever started or contacted).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
# bench/ goes last on the path: its profile.py must not shadow the standard library's
# `profile` (spaCy imports cProfile, which imports it).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.append(str(HERE))

PIPELINE_FILE = os.path.join("spacy", "language.py")
OURS = os.sep + "followup_lint" + os.sep


def setup_env(scratch: Path) -> dict[str, str]:
    (scratch / "no-languagetool").mkdir(exist_ok=True)
    (scratch / "cache").mkdir(exist_ok=True)
    env = {
        "FOLLOWUP_LINT_TODAY": "2026-11-20",
        "FOLLOWUP_LINT_CACHE_DIR": str(scratch / "cache"),
        "LTP_JAR_DIR_PATH": str(scratch / "no-languagetool"),
    }
    os.environ.update(env)
    os.environ.pop("FOLLOWUP_LINT_LT_URL", None)
    # bytecode as an installed package has it (see bench/README.md), out of the source tree
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    return {**os.environ}


def module_of(path: str) -> str:
    """`followup_lint/checks/slang.py` -> `followup_lint.checks.slang`."""
    tail = path.split(OURS, 1)[1] if OURS in path else path
    return "followup_lint." + tail.removesuffix(".py").replace(os.sep, ".").removesuffix(
        ".__init__"
    )


def detached(root: Any) -> dict[str, float]:
    """pyinstrument's time per bucket: our modules (innermost followup_lint frame), spaCy's
    pipeline below `Language.pipe`, and the detached Cython frames by file."""
    buckets: dict[str, float] = defaultdict(float)

    def walk(frame: Any, ours: str | None, in_pipe: bool, loose: str | None, depth: int) -> None:
        path = frame.file_path or ""
        if OURS in path:
            ours, in_pipe = module_of(path), False
        elif path.endswith(PIPELINE_FILE) and frame.function == "pipe":
            in_pipe = True
        if depth <= 1 and OURS not in path and not path.endswith("profile.py"):
            loose = f"detached: {cython_bucket(path, frame.function)}"  # no parent frame
        own = frame.time - sum(child.time for child in frame.children)
        if own > 0:
            if in_pipe:
                key = "spaCy pipeline (Python frames below Language.pipe)"
            else:
                key = ours or loose or "bench script"
            buckets[key] += own
        for child in frame.children:
            walk(child, ours, in_pipe, loose if ours is None else None, depth + 1)

    walk(root, None, False, None, 0)
    return buckets


def cython_bucket(path: str, function: str) -> str:
    if not path:
        return "unattributed (thread [self])"
    if "thinc" in path:
        return "thinc layers (the pipeline's neural nets)"
    if "matcher" in path:
        return f"spaCy Matcher `{function}` (checks, kind cues; attribute_ruler)"
    if "tokens" in path:
        return f"spaCy Doc/Token/Span `{function}`"
    return f"{Path(path).name} `{function}`"


def inclusive(root: Any, select: Any) -> dict[str, float]:
    """Inclusive time per selected frame key, not counting a key again inside itself."""
    totals: dict[str, float] = defaultdict(float)

    def walk(frame: Any, active: frozenset[str]) -> None:
        key = select(frame)
        if key is not None and key not in active:
            totals[key] += frame.time
            active = active | {key}
        for child in frame.children:
            walk(child, active)

    walk(root, frozenset())
    return totals


def table(rows: dict[str, float], total: float, top: int, label: str) -> str:
    lines = [f"| {label} | s | share |", "|---|---:|---:|"]
    for key, value in sorted(rows.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"| `{key}` | {value:.2f} | {value / total:.1%} |")
    return "\n".join(lines)


# -- 1. lint_many ----------------------------------------------------------------------------
class Stopwatch:
    """CPU seconds per label, accumulated by wrapped callables."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, label: str, function: Any, materialize: bool = False) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            result = function(*args, **kwargs)
            if materialize:  # a check's hits are a generator: the work happens while iterating
                result = list(result)
            self.seconds[label] += time.process_time() - start
            return result

        return timed


class TimedMatcher:
    """Stands in for a spaCy Matcher or PhraseMatcher: times each call, passes the rest on."""

    def __init__(self, inner: Any, label: str, watch: Stopwatch) -> None:
        self._inner, self._label, self._watch = inner, label, watch

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        result = self._inner(*args, **kwargs)
        self._watch.seconds[self._label] += time.process_time() - start
        return result

    def __len__(self) -> int:
        return len(self._inner)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def time_matchers(linter: Any, watch: Stopwatch) -> bool:
    """Put a TimedMatcher around every spaCy matcher the checks and the kind detector built
    (private attributes: if they change, the matcher rows are left out)."""
    try:
        from followup_lint import matching

        for key, built in matching._CACHE.items():
            pack = key[2] + (" (allow-list)" if key[3] else "")
            built._tokens = TimedMatcher(built._tokens, f"token Matcher {pack}", watch)
            for attr, phrase in list(built._phrase.items()):
                built._phrase[attr] = TimedMatcher(phrase, f"PhraseMatcher {pack}", watch)
        cues = linter.kind_detector._matcher
        cues._tokens = TimedMatcher(cues._tokens, "token Matcher (kind cues)", watch)
        for attr, phrase in list(cues._phrases.items()):
            cues._phrases[attr] = TimedMatcher(phrase, "PhraseMatcher (kind cues)", watch)
    except (AttributeError, ImportError, IndexError, TypeError):
        return False
    return True


def breakdown(linter: Any, sources: list[tuple[str, str]]) -> str:
    """Stage by stage, timed directly (no profiler), in CPU seconds."""
    import worker

    from followup_lint import parse_draft

    count = len(sources)
    start = time.process_time()
    texts = [parse_draft(source, path=name).text for source, name in sources]
    parse = time.process_time() - start
    start = time.process_time()
    for _ in linter.nlp.pipe(texts, batch_size=worker.BATCH):
        pass
    bare = time.process_time() - start

    watch = Stopwatch()
    for check in linter.enabled:
        check.run = watch.wrap(f"check {check.id}", check.run, materialize=True)
        check.skip_reason = watch.wrap("checks' skip_reason", check.skip_reason)
    linter.kind_detector.detect = watch.wrap("kind detection", linter.kind_detector.detect)
    proofread = linter.proofreader.proofread
    linter.proofreader.proofread = watch.wrap("  of which offline proofreading", proofread)
    linter._check = watch.wrap("Linter._check, all", linter._check)
    matchers = time_matchers(linter, watch)
    start = time.process_time()
    stream = (parse_draft(source, path=name) for source, name in sources)
    for _ in linter.lint_many(stream, batch_size=worker.BATCH):
        pass
    total = time.process_time() - start
    matcher_rows = {
        k: watch.seconds.pop(k) for k in list(watch.seconds) if "Matcher" in k.split(" ")[1]
    }
    token_total = sum(v for k, v in matcher_rows.items() if k.startswith("token"))
    phrase_total = sum(v for k, v in matcher_rows.items() if k.startswith("Phrase"))
    checks_total = sum(v for k, v in watch.seconds.items() if k.startswith("check "))
    in_check = watch.seconds.pop("Linter._check, all")
    proof = watch.seconds.pop("  of which offline proofreading", 0.0)
    kinds = watch.seconds.pop("kind detection", 0.0)
    skips = watch.seconds.pop("checks' skip_reason", 0.0)
    rows = {
        "parsing drafts (front matter, e-mail, Markdown, parts, offsets)": parse,
        "spaCy pipeline (bare `nlp.pipe` over the same texts)": bare,
        "tokenising for lint_many, sentence starts, batching (the rest)": max(
            0.0, total - in_check - parse - bare
        ),
        "kind detection": kinds,
        "checks' skip_reason": skips,
        "checks' run, all together": checks_total,
        "  of which offline proofreading (grammar, spelling)": proof,
        "spaCy token `Matcher` calls (checks and kind cues)": token_total,
        "spaCy `PhraseMatcher` calls (checks and kind cues)": phrase_total,
        "findings, sorting, scoring, report (rest of `_check`)": in_check
        - checks_total
        - kinds
        - skips,
    }
    lines = [
        f"lint_many: {total:.1f} CPU s for {count} drafts ({count / total:.1f} drafts/s); "
        f"bare nlp.pipe {bare:.1f} s, so {total / bare:.2f}x; everything beyond the pipeline: "
        f"{total - bare:.1f} s.",
        "",
        "| stage | CPU s | share of lint_many | ms per draft |",
        "|---|---:|---:|---:|",
    ]
    for label, value in rows.items():
        lines.append(
            f"| {label} | {value:.2f} | {value / total:.1%} | {value / count * 1000:.1f} |"
        )
    lines += [
        "",
        "| check (`run`, with what it calls) | CPU s | share of lint_many |",
        "|---|---:|---:|",
    ]
    checks = {k: v for k, v in watch.seconds.items() if k.startswith("check ")}
    for label, value in sorted(checks.items(), key=lambda kv: -kv[1])[:15]:
        lines.append(f"| `{label.removeprefix('check ')}` | {value:.2f} | {value / total:.1%} |")
    if matchers:
        lines += [
            "",
            "| spaCy matcher (rule pack) | CPU s | share of lint_many |",
            "|---|---:|---:|",
        ]
        for label, value in sorted(matcher_rows.items(), key=lambda kv: -kv[1])[:12]:
            lines.append(f"| {label} | {value:.2f} | {value / total:.1%} |")
    return "\n".join(lines)


def _required(pattern: list[dict[str, Any]]) -> list[tuple[str, frozenset[str]]]:
    """The tokens a match of `pattern` must contain: (attribute, any of these values), from
    every token that is not optional and compares LOWER, ORTH, TEXT, LEMMA or NORM to a
    string or an IN list."""
    required = []
    for token in pattern:
        op = str(token.get("OP", "1"))
        if op in ("?", "*", "!") or (op.startswith("{") and op[1:].split(",")[0] in ("", "0")):
            continue
        for attr in ("LOWER", "ORTH", "TEXT", "LEMMA", "NORM"):
            value = token.get(attr)
            if isinstance(value, str):
                required.append((attr, frozenset([value])))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                required.append((attr, frozenset(value["IN"])))
            else:
                continue
            break
    return required


def matcher_experiment(linter: Any, texts: list[str]) -> str:
    """What the token matchers cost as built, merged into one, and gated by the words each
    key needs (one small Matcher per key, run only when its required words are in the Doc)."""
    from spacy.matcher import Matcher

    from followup_lint import matching

    nlp = linter.nlp
    vocab = nlp.vocab
    try:
        built = [(key[2], em._tokens) for key, em in matching._CACHE.items()]
        built.append(("kind cues", linter.kind_detector._matcher._tokens))
        built = [(pack, getattr(m, "_inner", m)) for pack, m in built]
        keys = [
            (f"{pack}/{vocab.strings[k]}", m.get(k)[1])
            for pack, m in built
            if len(m)
            for k in m._patterns
        ]
    except (AttributeError, KeyError, TypeError) as exc:
        return f"(matcher experiment skipped: {exc!r})"
    docs = list(nlp.pipe(texts, batch_size=32))
    matchers = [(pack, m) for pack, m in built if len(m)]
    merged = Matcher(vocab)
    singles = []
    for name, patterns in keys:
        merged.add(name, patterns)
        single = Matcher(vocab)
        single.add(name, patterns)
        singles.append((single, [_required(p) for p in patterns]))

    def separate() -> set[tuple[str, int, int]]:
        return {
            (f"{pack}/{vocab.strings[k]}", a, b)
            for d in docs
            for pack, m in matchers
            for k, a, b in m(d)
        }

    def one() -> None:
        for d in docs:
            merged(d)

    def gated() -> set[tuple[str, int, int]]:
        found = set()
        for d in docs:
            have = {
                "LOWER": {t.lower_ for t in d},
                "ORTH": {t.orth_ for t in d},
                "LEMMA": {t.lemma_ for t in d},
                "NORM": {t.norm_ for t in d},
            }
            have["TEXT"] = have["ORTH"]
            for single, needs in singles:
                if any(all(values & have[a] for a, values in need) for need in needs):
                    found.update((vocab.strings[k], a, b) for k, a, b in single(d))
        return found

    timings = {}
    results = {}
    for label, action in (("separate", separate), ("merged", one), ("gated", gated)):
        start = time.process_time()
        results[label] = action()
        timings[label] = time.process_time() - start
    same = results["separate"] == results["gated"]
    return (
        f"{len(keys)} match keys ({sum(len(p) for _, p in keys)} token patterns) in "
        f"{len(matchers)} Matchers, over {len(docs)} Docs, CPU s: as built (one Matcher per "
        f"pack) {timings['separate']:.2f}; all keys in one Matcher {timings['merged']:.2f}; "
        f"gated by required words {timings['gated']:.2f} "
        f"({'same' if same else 'DIFFERENT'} matches: {len(results['gated'])} vs "
        f"{len(results['separate'])})."
    )


def profile_lint_many(count: int) -> str:
    import worker
    from pyinstrument import Profiler

    from followup_lint import parse_draft

    sources = [(g.source, g.name) for g in worker.drafts.generate(count)]
    linter = worker.make_linter()
    worker.warm_up(linter)

    profiler = Profiler(interval=0.001)
    profiler.start()
    stream = (parse_draft(source, path=name) for source, name in sources)
    for _ in linter.lint_many(stream, batch_size=worker.BATCH):
        pass
    profiler.stop()
    session = profiler.last_session
    (RESULTS / "profile-lint_many.txt").write_text(
        profiler.output_text(unicode=True, show_all=False), encoding="utf-8"
    )
    root = session.root_frame()
    buckets = detached(root)
    functions = inclusive(
        root,
        lambda f: f"{module_of(f.file_path)}:{f.function}" if OURS in (f.file_path or "") else None,
    )
    functions = {k: v for k, v in functions.items() if not k.endswith(("lint_many", "<genexpr>"))}
    return "\n\n".join(
        [
            f"### `lint_many` over {count} drafts\n\n#### Stage breakdown (no profiler)",
            breakdown(linter, sources),
            f"#### pyinstrument ({root.time:.1f} s under the profiler)",
            table(buckets, root.time, 20, "where (self time)"),
            table(functions, root.time, 25, "followup_lint function (inclusive)"),
            "#### Experiment: the token matchers, built differently",
            matcher_experiment(linter, [parse_draft(src, path=n).text for src, n in sources]),
        ]
    )


# -- 2. command-line runs, cold ---------------------------------------------------------------
def cli_child(name: str, out: str, argv: list[str]) -> None:
    """In a fresh process: profile `followup-lint ARGV` from before the first import."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    from followup_lint.cli import console_main

    code = console_main(argv)
    profiler.stop()
    root = profiler.last_session.root_frame()
    (RESULTS / f"profile-{name}.txt").write_text(
        profiler.output_text(unicode=True, show_all=False), encoding="utf-8"
    )

    def import_key(frame: Any) -> str | None:
        if frame.function != "<module>" or not frame.file_path:
            return None
        path = frame.file_path
        if Path(path).name == Path(__file__).name and "bench" in path:
            return None  # this script's own module frame
        if OURS in path:
            return "followup_lint (own module code)"
        if "site-packages" in path:
            tail = path.split("site-packages" + os.sep, 1)[1]
            return tail.split(os.sep, 1)[0].removesuffix(".py")
        parts = Path(path).parts
        if "lib" in parts and parts.index("lib") + 2 < len(parts):
            return "stdlib " + parts[parts.index("lib") + 2].removesuffix(".py")
        return "other " + Path(path).name

    def ours_key(frame: Any) -> str | None:
        path = frame.file_path or ""
        if OURS in path and frame.function != "<module>":
            return f"{module_of(path)}:{frame.function}"
        return None

    # imports nest (spacy imports thinc...): charge each top-level package once, outermost wins
    top_imports: dict[str, float] = defaultdict(float)

    def walk(frame: Any, inside: str | None) -> None:
        key = import_key(frame)
        if key is not None and inside is None and key != "followup_lint (own module code)":
            top_imports[key] += frame.time
            inside = key
        for child in frame.children:
            walk(child, inside)

    walk(root, None)
    Path(out).write_text(
        json.dumps(
            {
                "exit": code,
                "total": root.time,
                "top_imports": top_imports,
                "ours": inclusive(root, ours_key),
            }
        ),
        encoding="utf-8",
    )


def profile_cli(
    env: dict[str, str], scratch: Path, name: str, title: str, argv: list[str], cwd: Path
) -> str:
    out = scratch / f"{name}.json"
    # once unprofiled first: bytecode compiled, files in the page cache, and (as the bench's
    # cold start has it) the cache folder holding what any earlier run leaves, parsed rule
    # packs and the spelling tables, but no stored report, so the draft is linted in full
    # (a cache hit for a cached re-run is prepared by the caller)
    if name != "cached":
        command = [sys.executable, "-m", "followup_lint", *argv]
        subprocess.run(command, env=env, cwd=cwd, check=False, stdout=subprocess.DEVNULL)
        shutil.rmtree(Path(env["FOLLOWUP_LINT_CACHE_DIR"]) / "results", ignore_errors=True)
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--cli-child", name, str(out), *argv],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=cwd,
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    total = data["total"]
    return "\n\n".join(
        [
            f"### {title}\n\nProfiled: {total:.2f} s (exit {data['exit']}); imports are "
            "charged to the first package on the stack (spaCy's import pulls in thinc, numpy, "
            "weasel...). Tree: `bench/results/profile-" + name + ".txt`.",
            table(data["top_imports"], total, 10, "import of"),
            table(data["ours"], total, 20, "followup_lint function (inclusive)"),
        ]
    )


def profile_commands(env: dict[str, str], scratch: Path, cached_files: int) -> list[str]:
    """Cold `check` of one draft, `rules`, and a cached re-run over a folder."""
    import drafts

    config = '[languagetool]\nmode = "auto"\n'
    one = scratch / "one"
    one.mkdir()
    (one / ".followup-lint.toml").write_text(config, encoding="utf-8")
    ranked = sorted(range(len(drafts.bases())), key=lambda i: (drafts.bases()[i].words, i))
    generated = drafts.draft(ranked[len(ranked) // 2])
    (one / generated.name).write_text(generated.source, encoding="utf-8")
    parts = [
        profile_cli(
            env, scratch, "cold", "Cold `followup-lint check` of one draft",
            ["check", generated.name], one,
        ),
        profile_cli(env, scratch, "rules", "`followup-lint rules`", ["rules"], one),
    ]  # fmt: skip
    if cached_files:
        folder = scratch / "folder"
        drafts.write_folder(folder, cached_files)
        (folder / ".followup-lint.toml").write_text(config, encoding="utf-8")
        first = [sys.executable, "-m", "followup_lint", "check", ".", "--exit-zero", "-j", "1"]
        subprocess.run(first, env=env, cwd=folder, check=True, stdout=subprocess.DEVNULL)
        parts.append(
            profile_cli(
                env, scratch, "cached",
                f"Cached re-run of `followup-lint check` over {cached_files} files",
                ["check", ".", "--exit-zero", "-j", "1"], folder,
            )
        )  # fmt: skip
    return parts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=300)
    parser.add_argument("--skip-cold", action="store_true", help="only lint_many")
    parser.add_argument("--skip-lint-many", action="store_true", help="only the commands")
    parser.add_argument(
        "--cached-files", type=int, default=300, help="files for the cached re-run (0: none)"
    )
    parser.add_argument("--cli-child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    if args.cli_child:
        name, out, *argv = args.cli_child
        cli_child(name, out, argv)
        return 0
    with tempfile.TemporaryDirectory(prefix="followup-lint-profile-") as tmp:
        scratch = Path(tmp)
        env = setup_env(scratch)
        parts = [] if args.skip_lint_many else [profile_lint_many(args.drafts)]
        if not args.skip_cold:
            parts += profile_commands(env, scratch, args.cached_files)
    text = "\n\n".join(parts)
    (RESULTS / "profile-summary.md").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
