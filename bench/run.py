"""The benchmark suite: `python bench/run.py [--quick] [--only NAMES] [--serial]`.

Builds distinct, deterministic drafts from corpus/ (bench/drafts.py), runs each measurement
(several times where the time allows), prints a Markdown table of medians with the targets and
the machine, and writes every figure to bench/results/latest.json. See bench/README.md.

Measurements (--only takes these names, comma-separated):
  overhead   Linter.lint_many / bare nlp.pipe, 1,000 drafts, same model and components [<= 1.3]
  cold       `followup-lint check` of one draft / `python -c "spacy.load(MODEL)"`         [<= 1.25]
  light      `followup-lint --help` and `followup-lint rules`                          [<= 0.3 s]
  scaling    time per draft at 100, 1,000, 10,000 drafts [flat within 15%], and peak RSS
             of the 10,000 run / the 1,000 run [<= 1.2]; each size in its own process
  jobs       `check --jobs 2` / `check --jobs 1` over a folder of 1,000 files   [>= 1.6x faster]
  cache      the cached re-run of that folder / its first run                   [>= 20x faster]
  proselint  proselint over the same 1,000 files, for reference

Unless --serial, the 10,000-draft process runs on one core while the single-process
measurements run one after another on the other; `--jobs 2`, which needs both cores, runs alone
at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
# bench/ goes last on the path: its profile.py must not shadow the standard library's
# `profile` (spaCy imports cProfile, which imports it).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.append(str(HERE))

import drafts  # noqa: E402

TODAY = "2026-11-20"
NAMES = ("overhead", "cold", "light", "scaling", "jobs", "cache", "proselint")
# The bench's own config beside the drafts: proofreading as shipped ("auto" and no URL, which
# with LTP_JAR_DIR_PATH at an empty folder is the offline checker), and it stops the search
# for a config file, so no user's config (or LanguageTool URL) applies.
BENCH_CONFIG = """\
# followup-lint benchmark: the default configuration, proofreading by the offline checker.
[languagetool]
mode = "auto"
"""


@dataclass(frozen=True)
class Plan:
    """How much of everything to run."""

    overhead_drafts: int = 1000
    overhead_repeat: int = 3
    sizes: tuple[int, ...] = (100, 1000, 10_000)
    size_repeat: tuple[int, ...] = (5, 1, 1)
    cold_repeat: int = 5
    light_repeat: int = 5
    folder_files: int = 1000
    cached_repeat: int = 3
    proselint_repeat: int = 3
    distinct_check: int = 10_000


QUICK = Plan(
    overhead_drafts=100,
    overhead_repeat=1,
    sizes=(20, 100, 400),
    size_repeat=(1, 1, 1),
    cold_repeat=2,
    light_repeat=2,
    folder_files=100,
    cached_repeat=1,
    proselint_repeat=1,
    distinct_check=400,
)

TARGETS = {
    "overhead": ("<= 1.30", lambda v: v <= 1.30),
    "cold": ("<= 1.25", lambda v: v <= 1.25),
    "light": ("<= 0.30 s", lambda v: v <= 0.30),
    "flat": ("<= 1.15", lambda v: v <= 1.15),
    "memory": ("<= 1.20", lambda v: v <= 1.20),
    "jobs": (">= 1.6", lambda v: v >= 1.6),
    "cache": (">= 20", lambda v: v >= 20),
}


class BenchError(RuntimeError):
    """A measurement could not be taken (a command failed with exit 2, a worker crashed)."""


# -- environment -----------------------------------------------------------------------------
@dataclass
class Bench:
    """Scratch space, the subprocess environment and the figures collected so far."""

    scratch: Path
    plan: Plan
    figures: dict[str, Any] = field(default_factory=dict)
    durations: dict[str, float] = field(default_factory=dict)
    loads: dict[str, tuple[float, float]] = field(default_factory=dict)  # 1-min load, start/end

    @property
    def no_languagetool(self) -> Path:
        folder = self.scratch / "no-languagetool"
        folder.mkdir(exist_ok=True)
        return folder

    def env(self, cache: Path | None = None) -> dict[str, str]:
        """The environment of every subprocess: today pinned, a private cache folder, no
        local LanguageTool visible (the folder LTP_JAR_DIR_PATH names holds no server jar)."""
        env = dict(os.environ)
        env.pop("FOLLOWUP_LINT_LT_URL", None)
        env["FOLLOWUP_LINT_TODAY"] = TODAY
        env["LTP_JAR_DIR_PATH"] = str(self.no_languagetool)
        env["FOLLOWUP_LINT_CACHE_DIR"] = str(cache or self.fresh_cache())
        # Bytecode as an installed package has it, kept out of the source tree: compiled once
        # (by the untimed first runs) into the scratch folder, even where the environment
        # says PYTHONDONTWRITEBYTECODE (which would recompile every module in every run).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(self.scratch / "pycache")
        return env

    def fresh_cache(self) -> Path:
        return Path(tempfile.mkdtemp(prefix="cache-", dir=self.scratch))

    @contextmanager
    def measuring(self, name: str) -> Iterator[None]:
        """Record and print how long a measurement took."""
        log(f"[{name}] started")
        start, load = time.perf_counter(), os.getloadavg()[0]
        try:
            yield
        finally:
            self.durations[name] = self.durations.get(name, 0.0) + time.perf_counter() - start
            self.loads[name] = (load, os.getloadavg()[0])
            log(f"[{name}] {time.perf_counter() - start:.1f} s")


def log(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


def cli() -> list[str]:
    """The followup-lint console script of this interpreter's environment."""
    script = Path(sys.executable).parent / "followup-lint"
    return [str(script)] if script.exists() else [sys.executable, "-m", "followup_lint"]


@dataclass(frozen=True)
class Ran:
    """One finished command: wall-clock seconds, CPU seconds of it and its children, and the
    cores everything else on the machine kept busy meanwhile, on average (None: unknown)."""

    wall: float
    cpu: float
    stdout: str = ""
    stderr: str = ""
    others: float | None = None


def machine_busy() -> float | None:
    """CPU seconds the whole machine has spent busy since boot (/proc/stat), or None."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = [int(x) for x in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_timed(argv: list[str], env: dict[str, str], cwd: Path | None = None) -> tuple[int, Ran]:
    """Run a command to the end; its wall time, and its CPU time (with its own children,
    e.g. `--jobs` workers) from RUSAGE_CHILDREN, which no other child changes meanwhile."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        busy, cpu, start = machine_busy(), children_cpu(), time.perf_counter()
        proc = subprocess.run(argv, stdout=out, stderr=err, env=env, cwd=cwd, check=False)
        wall, cpu = time.perf_counter() - start, children_cpu() - cpu
        after = machine_busy()
        others = None
        if busy is not None and after is not None and wall > 0.5:
            others = max(0.0, (after - busy - cpu) / wall)
        out.seek(0)
        err.seek(0)
        ran = Ran(
            wall,
            cpu,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            others,
        )
    return proc.returncode, ran


def run_cli(
    bench: Bench, argv: list[str], cache: Path | None = None, cwd: Path | None = None
) -> Ran:
    """Run followup-lint; exit 0 or 1 (findings) is fine, anything else stops the bench."""
    code, ran = run_timed([*cli(), *argv], bench.env(cache), cwd)
    if code not in (0, 1):
        raise BenchError(
            f"followup-lint {' '.join(argv[:3])}... exited {code}: {ran.stderr[-800:]}"
        )
    return ran


def run_ok(argv: list[str], env: dict[str, str], cwd: Path | None = None) -> Ran:
    code, ran = run_timed(argv, env, cwd)
    if code != 0:
        raise BenchError(f"{argv[:3]} exited {code}: {ran.stderr[-800:]}")
    return ran


def start_worker(bench: Bench, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(HERE / "worker.py"), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=bench.env(),
    )


def finish_worker(proc: subprocess.Popen[str]) -> dict[str, Any]:
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        raise BenchError(f"worker {proc.args[2:]} exited {proc.returncode}: {stderr[-1500:]}")
    return json.loads(stdout.strip().splitlines()[-1])


def median(values: list[float]) -> float:
    return statistics.median(values)


# -- measurements ----------------------------------------------------------------------------
def measure_overhead(bench: Bench) -> None:
    plan = bench.plan
    with bench.measuring("overhead"):
        result = finish_worker(
            start_worker(bench, "overhead", plan.overhead_drafts, plan.overhead_repeat)
        )
    bare, full = median(result["nlp_pipe_s"]), median(result["lint_many_s"])
    bare_cpu, full_cpu = median(result["nlp_pipe_cpu_s"]), median(result["lint_many_cpu_s"])
    result.update(
        ratio=full_cpu / bare_cpu,
        wall_ratio=full / bare,
        lint_many_drafts_per_s=result["drafts"] / full,
        nlp_pipe_drafts_per_s=result["drafts"] / bare,
        lint_many_drafts_per_cpu_s=result["drafts"] / full_cpu,
        nlp_pipe_drafts_per_cpu_s=result["drafts"] / bare_cpu,
        pair_ratios=[
            f / b for f, b in zip(result["lint_many_cpu_s"], result["nlp_pipe_cpu_s"], strict=True)
        ],
    )
    bench.figures["overhead"] = result


def model_name() -> str:
    from followup_lint.nlp import resolve_model_name

    return resolve_model_name()


def one_draft_folder(bench: Bench) -> Path:
    """A folder holding the bench config and one draft of median length."""
    folder = bench.scratch / "one"
    if not folder.exists():
        folder.mkdir()
        (folder / ".followup-lint.toml").write_text(BENCH_CONFIG, encoding="utf-8")
        count = len(drafts.bases())
        ranked = sorted(range(count), key=lambda i: (drafts.bases()[i].words, i))
        generated = drafts.draft(ranked[count // 2])
        (folder / generated.name).write_text(generated.source, encoding="utf-8")
    return folder


def warm_support_cache(bench: Bench, folder: Path, target: str) -> Path:
    """A cache folder as a user's second run finds it: parsed rule packs and the offline
    checker's tables kept from one earlier run, but no stored reports, so the draft is linted."""
    template = bench.fresh_cache()
    run_cli(bench, ["check", target], cache=template, cwd=folder)
    shutil.rmtree(template / "results", ignore_errors=True)
    return template


def copy_of(template: Path, bench: Bench) -> Path:
    copy = bench.fresh_cache()
    shutil.copytree(template, copy, dirs_exist_ok=True)
    return copy


def measure_cold(bench: Bench) -> None:
    """Cold start: `check` of one draft, each in a fresh process, alternating with a bare
    process loading the same model. The check's cache folder holds what any earlier run leaves
    (parsed rule packs, the spelling tables) but no report, so the draft is linted in full; the
    very first run on a machine (empty cache folder) is measured too, and reported beside."""
    model = model_name()
    folder = one_draft_folder(bench)
    target = next(p.name for p in folder.iterdir() if not p.name.startswith("."))
    load = [sys.executable, "-c", f"import spacy; spacy.load({model!r})"]
    # The command raises the collector's young threshold from its first line, which speeds
    # the model's load inside it too: the same load under that setting shows what is ours.
    tuned_load = [
        sys.executable,
        "-c",
        "from followup_lint.collector import raise_young_threshold; raise_young_threshold()\n"
        f"import spacy; spacy.load({model!r})",
    ]
    bare: list[Ran] = []
    tuned: list[Ran] = []
    check: list[Ran] = []
    first: list[Ran] = []
    with bench.measuring("cold"):
        template = warm_support_cache(bench, folder, target)  # also warms the page cache
        run_ok(load, bench.env(), cwd=folder)
        for _ in range(bench.plan.cold_repeat):
            bare.append(run_ok(load, bench.env(), cwd=folder))
            tuned.append(run_ok(tuned_load, bench.env(), cwd=folder))
            cache = copy_of(template, bench)
            check.append(run_cli(bench, ["check", target], cache=cache, cwd=folder))
            first.append(run_cli(bench, ["check", target], cwd=folder))
    bench.figures["cold"] = {
        "model": model,
        "model_version": dist_version(model.replace("_", "-")),
        "draft": target,
        "spacy_load_s": [r.wall for r in bare],
        "check_one_s": [r.wall for r in check],
        "spacy_load_cpu_s": [r.cpu for r in bare],
        "check_one_cpu_s": [r.cpu for r in check],
        "first_run_cpu_s": [r.cpu for r in first],
        "spacy_load_fewer_collections_cpu_s": [r.cpu for r in tuned],
        "ratio_same_collector": median([r.cpu for r in check]) / median([r.cpu for r in tuned]),
        "ratio": median([r.cpu for r in check]) / median([r.cpu for r in bare]),
        "wall_ratio": median([r.wall for r in check]) / median([r.wall for r in bare]),
        "first_run_ratio": median([r.cpu for r in first]) / median([r.cpu for r in bare]),
    }


def measure_light(bench: Bench) -> None:
    folder = one_draft_folder(bench)
    help_: list[Ran] = []
    rules: list[Ran] = []
    with bench.measuring("light"):
        run_cli(bench, ["rules"], cwd=folder)
        for _ in range(bench.plan.light_repeat):
            help_.append(run_cli(bench, ["--help"], cwd=folder))
            rules.append(run_cli(bench, ["rules"], cwd=folder))
    bench.figures["light"] = {
        "help_s": [r.wall for r in help_],
        "rules_s": [r.wall for r in rules],
        "help_cpu_s": [r.cpu for r in help_],
        "rules_cpu_s": [r.cpu for r in rules],
    }


def run_sizes(bench: Bench, sizes: list[tuple[int, int]]) -> None:
    """Scaling runs, one process each, one after another."""
    for size, repeat in sizes:
        for _ in range(repeat):
            with bench.measuring(f"scaling {size}"):
                result = finish_worker(start_worker(bench, "scale", size))
            bench.figures.setdefault("scaling_runs", []).append(result)


def summarize_scaling(bench: Bench) -> None:
    runs = bench.figures.get("scaling_runs", [])
    sizes = sorted({r["drafts"] for r in runs})
    per_size = {}
    for size in sizes:
        mine = [r for r in runs if r["drafts"] == size]
        per_size[str(size)] = {
            "runs": len(mine),
            "cpu_ms_per_draft": median([r["cpu_ms_per_draft"] for r in mine]),
            "ms_per_draft": median([r["ms_per_draft"] for r in mine]),
            "peak_rss_mb": median([r["peak_rss_mb"] for r in mine]),
        }
    summary: dict[str, Any] = {"sizes": per_size}
    if len(sizes) >= 2:
        times = [v["cpu_ms_per_draft"] for v in per_size.values()]
        summary["flatness"] = max(times) / min(times)
        walls = [v["ms_per_draft"] for v in per_size.values()]
        summary["wall_flatness"] = max(walls) / min(walls)
        largest, second = per_size[str(sizes[-1])], per_size[str(sizes[-2])]
        summary["memory_ratio"] = largest["peak_rss_mb"] / second["peak_rss_mb"]
        summary["memory_sizes"] = [sizes[-1], sizes[-2]]
    bench.figures["scaling"] = summary


def jobs_available(bench: Bench) -> bool:
    return "--jobs" in run_cli(bench, ["check", "--help"]).stdout


def folder_of_files(bench: Bench) -> tuple[Path, list[Path]]:
    folder = bench.scratch / "folder"
    if not folder.exists():
        paths = drafts.write_folder(folder, bench.plan.folder_files)
        (folder / ".followup-lint.toml").write_text(BENCH_CONFIG, encoding="utf-8")
    else:
        paths = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    return folder, paths


def check_folder(bench: Bench, extra: list[str], cache: Path) -> dict[str, Any]:
    folder, paths = folder_of_files(bench)
    ran = run_cli(bench, ["check", str(folder), "--exit-zero", *extra], cache=cache)
    summary = next(
        (line for line in reversed(ran.stdout.splitlines()) if re.match(r"\d+ files?:", line)),
        "",
    )
    checked = int(summary.split()[0]) if summary else -1
    if checked != len(paths):
        raise BenchError(f"check {extra}: {summary!r} for {len(paths)} files: {ran.stderr[-800:]}")
    return {
        "seconds": ran.wall,
        "cpu_seconds": ran.cpu,
        "other_cores_busy": ran.others,
        "summary": summary,
    }


def measure_folder_first(bench: Bench, want_cache: bool, jobs: bool) -> None:
    """The first run over the folder (--jobs 1 when there is --jobs): the jobs baseline and the
    cache's first run at once, then the cached re-runs."""
    cache = bench.fresh_cache()
    extra = ["--jobs", "1"] if jobs else []
    with bench.measuring("folder first run" + (" (--jobs 1)" if jobs else "")):
        first = check_folder(bench, extra, cache)
    bench.figures["folder_first"] = {"args": extra, **first}
    if want_cache:
        again = []
        with bench.measuring("cache"):
            for _ in range(bench.plan.cached_repeat):
                again.append(check_folder(bench, extra, cache))
        cached = median([r["seconds"] for r in again])
        cached_free = median([min(r["seconds"], r["cpu_seconds"]) for r in again])
        bench.figures["cache"] = {
            "first_s": first["seconds"],
            "first_cpu_s": first["cpu_seconds"],
            "cached_s": [r["seconds"] for r in again],
            "cached_cpu_s": [r["cpu_seconds"] for r in again],
            "wall_speedup": first["seconds"] / cached,
            # both runs are one process: its CPU time is what its wall time would be on a
            # free core (reading files from the page cache is CPU time too)
            "speedup": min(first["seconds"], first["cpu_seconds"]) / cached_free,
        }


def measure_jobs2(bench: Bench) -> None:
    with bench.measuring("jobs 2"):
        second = check_folder(bench, ["--jobs", "2"], bench.fresh_cache())
    first = bench.figures["folder_first"]
    bench.figures["jobs"] = {
        "jobs1_s": first["seconds"],
        "jobs1_cpu_s": first["cpu_seconds"],
        "jobs2_s": second["seconds"],
        "jobs2_cpu_s": second["cpu_seconds"],
        "wall_speedup": first["seconds"] / second["seconds"],
        # --jobs 1 ran while the other core was busy: its CPU time is what its wall time
        # would be on a free core, so a busy machine cannot flatter --jobs 2
        "speedup": min(first["seconds"], first["cpu_seconds"]) / second["seconds"],
        # cores other processes kept busy while --jobs 2 ran: above ~0.15 it did not have
        # both cores to itself, and a speed-up below target says little
        "other_cores_busy_during_jobs2": second["other_cores_busy"],
        "summary": second["summary"],
    }


def measure_proselint(bench: Bench) -> None:
    script = Path(sys.executable).parent / "proselint"
    found = str(script) if script.exists() else shutil.which("proselint")
    if found is None:
        bench.figures["proselint"] = {"available": False}
        return
    folder, paths = folder_of_files(bench)
    times = []
    with bench.measuring("proselint"):
        for _ in range(bench.plan.proselint_repeat):
            start = time.perf_counter()
            proc = subprocess.run(
                [found, "check", *(p.name for p in paths)],
                cwd=folder,
                capture_output=True,
                env=bench.env(),
                check=False,
            )
            times.append(time.perf_counter() - start)
            if proc.returncode not in (0, 1):
                bench.figures["proselint"] = {
                    "available": True,
                    "error": f"exit {proc.returncode}: {proc.stderr[-400:]!r}",
                }
                return
    bench.figures["proselint"] = {
        "available": True,
        "version": dist_version("proselint"),
        "files": len(paths),
        "seconds": times,
        "findings": proc.stdout.count(b"\n"),
    }


# -- machine ---------------------------------------------------------------------------------
def dist_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    changed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no", "--", "src", "rules"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.splitlines()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "spacy": dist_version("spacy"),
        "followup_lint": dist_version("followup-lint"),
        "commit": commit or "unknown",
        "uncommitted_files_in_src_and_rules": len(changed),
        "load_average_at_start": os.getloadavg(),
    }


# -- table -----------------------------------------------------------------------------------
def row(name: str, value: str, target: str = "", met: str = "") -> tuple[str, str, str, str]:
    return (name, value, target, met)


def judged(key: str, value: float) -> tuple[str, str]:
    target, test = TARGETS[key]
    return target, "yes" if test(value) else "**no**"


def table(figures: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str, str]] = []
    f = figures
    if "overhead" in f:
        o = f["overhead"]
        rows.append(
            row(
                f"rules overhead: `lint_many` / bare `nlp.pipe`, {o['drafts']:,} drafts (CPU)",
                f"{o['ratio']:.2f}",
                *judged("overhead", o["ratio"]),
            )
        )
        rows.append(row("  the same in wall-clock time", f"{o['wall_ratio']:.2f}"))
        rows.append(
            row(
                "  drafts per CPU second: `lint_many` / `nlp.pipe`",
                f"{o['lint_many_drafts_per_cpu_s']:.1f} / {o['nlp_pipe_drafts_per_cpu_s']:.1f}",
            )
        )
    if "cold" in f:
        c = f["cold"]
        rows.append(
            row(
                "cold start: `check` one draft / `spacy.load` (CPU)",
                f"{c['ratio']:.2f}",
                *judged("cold", c["ratio"]),
            )
        )
        rows.append(
            row(
                "  CPU s: `check` / `spacy.load`; wall-clock s, ratio",
                f"{median(c['check_one_cpu_s']):.2f} / {median(c['spacy_load_cpu_s']):.2f}; "
                f"{median(c['check_one_s']):.2f} / {median(c['spacy_load_s']):.2f}, "
                f"{c['wall_ratio']:.2f}",
            )
        )
        if "ratio_same_collector" in c:
            rows.append(
                row(
                    "  against `spacy.load` with the command's collector setting: CPU s, ratio",
                    f"{median(c['spacy_load_fewer_collections_cpu_s']):.2f}, "
                    f"{c['ratio_same_collector']:.2f}",
                )
            )
        if "first_run_ratio" in c:
            rows.append(
                row(
                    "  first run on the machine (empty cache folder): CPU s, ratio",
                    f"{median(c['first_run_cpu_s']):.2f}, {c['first_run_ratio']:.2f}",
                )
            )
    if "light" in f:
        light = f["light"]
        for key, label in (("help", "`followup-lint --help`"), ("rules", "`followup-lint rules`")):
            value = median(light[f"{key}_cpu_s"])
            wall = median(light[f"{key}_s"])
            rows.append(
                row(
                    f"{label}, CPU s (wall s)", f"{value:.2f} ({wall:.2f})", *judged("light", value)
                )
            )
    if "scaling" in f:
        s = f["scaling"]
        sizes = s["sizes"]
        label = " / ".join(f"{int(k):,}" for k in sizes)
        rows.append(
            row(
                f"CPU time per draft at {label} drafts, ms",
                " / ".join(f"{v['cpu_ms_per_draft']:.1f}" for v in sizes.values()),
            )
        )
        if "flatness" in s:
            rows.append(
                row(
                    "  slowest / fastest per draft",
                    f"{s['flatness']:.2f}",
                    *judged("flat", s["flatness"]),
                )
            )
            rows.append(
                row(
                    "  wall-clock per draft, ms (slowest / fastest)",
                    " / ".join(f"{v['ms_per_draft']:.1f}" for v in sizes.values())
                    + f" ({s['wall_flatness']:.2f})",
                )
            )
            big, small = s["memory_sizes"]
            rows.append(
                row(
                    f"peak RSS {big:,} / {small:,} drafts",
                    f"{s['memory_ratio']:.2f}",
                    *judged("memory", s["memory_ratio"]),
                )
            )
            rows.append(
                row(
                    "  peak RSS, MiB",
                    " / ".join(f"{v['peak_rss_mb']:.0f}" for v in sizes.values()),
                )
            )
    files = f.get("folder_files")
    if "jobs" in f:
        j = f["jobs"]
        if j.get("available") is False:
            rows.append(
                row("`check --jobs 2` speed-up over `--jobs 1`", "not available", ">= 1.6", "—")
            )
        else:
            target, met = judged("jobs", j["speedup"])
            busy = j.get("other_cores_busy_during_jobs2")
            if met != "yes" and busy is not None and busy > 0.15:
                met = f"unsure: other processes kept {busy:.1f} cores busy during `--jobs 2`"
            rows.append(
                row(
                    f"`check --jobs 2` speed-up over `--jobs 1`, {files:,} files",
                    f"{j['speedup']:.2f}",
                    target,
                    met,
                )
            )
            rows.append(
                row(
                    "  wall s `--jobs 1` (its CPU s) / `--jobs 2`; wall ratio",
                    f"{j['jobs1_s']:.1f} ({j['jobs1_cpu_s']:.1f}) / {j['jobs2_s']:.1f}; "
                    f"{j['wall_speedup']:.2f}",
                )
            )
    if "cache" in f:
        c = f["cache"]
        rows.append(
            row(
                f"cached re-run speed-up, {files:,} files",
                f"{c['speedup']:.1f}",
                *judged("cache", c["speedup"]),
            )
        )
        rows.append(
            row(
                "  wall s (CPU s): first run / cached re-run; wall ratio",
                f"{c['first_s']:.1f} ({c['first_cpu_s']:.1f}) / {median(c['cached_s']):.2f} "
                f"({median(c['cached_cpu_s']):.2f}); {c['wall_speedup']:.1f}",
            )
        )
    if "proselint" in f:
        p = f["proselint"]
        if not p["available"]:
            value = "not installed (`pip install proselint`)"
        elif "error" in p:
            value = f"failed: {p['error'][:60]}"
        else:
            value = f"{median(p['seconds']):.1f} s"
        rows.append(row(f"proselint over the same {files:,} files (reference)", value, "—", "—"))
    for name, message in f.get("errors", {}).items():
        rows.append(row(name, "FAILED: " + message[:70].replace("|", "/"), "", "**no**"))
    lines = ["| measurement | median | target | met? |", "|---|---:|---:|:---:|"]
    lines += [f"| {' | '.join(r)} |" for r in rows]
    return "\n".join(lines)


def machine_line(figures: dict[str, Any]) -> str:
    m = figures["machine"]
    model = figures.get("model", "?")
    return (
        f"Machine: {m['cpu']}, {m['cores']} cores; Python {m['python']}; spaCy {m['spacy']}; "
        f"model {model}; followup-lint {m['followup_lint']} ({m['commit']}"
        + (
            f" + {m['uncommitted_files_in_src_and_rules']} changed files in src/, rules/"
            if m.get("uncommitted_files_in_src_and_rules")
            else ""
        )
        + "); load average at "
        f"start {' '.join(f'{x:.2f}' for x in m['load_average_at_start'])}"
        + (
            f", at end {' '.join(f'{x:.2f}' for x in m['load_average_at_end'])}."
            if "load_average_at_end" in m
            else "."
        )
    )


# -- main ------------------------------------------------------------------------------------
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="small sizes, one run each: a smoke test"
    )
    parser.add_argument(
        "--only",
        default=",".join(NAMES),
        help=f"comma-separated subset of: {', '.join(NAMES)} (default: all)",
    )
    parser.add_argument(
        "--serial",
        action="store_true",
        help="run nothing side by side (the largest scaling run too): cleaner, about 1.7x longer",
    )
    parser.add_argument("--output", type=Path, default=RESULTS / "latest.json", help="JSON file")
    args = parser.parse_args(argv)
    args.only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(args.only) - set(NAMES)
    if unknown:
        parser.error(
            f"unknown measurement(s) {', '.join(sorted(unknown))}; known: {', '.join(NAMES)}"
        )
    return args


def tree_state() -> str:
    """A digest of HEAD and the uncommitted changes under src/ and rules/."""
    import hashlib

    digest = hashlib.sha256()
    for argv in (["git", "rev-parse", "HEAD"], ["git", "diff", "HEAD", "--", "src", "rules"]):
        digest.update(subprocess.run(argv, capture_output=True, cwd=ROOT).stdout)
    return digest.hexdigest()[:12]


def attempt(bench: Bench, name: str, step: Callable[[], None]) -> None:
    """Run one measurement; a failure is recorded and reported, and the others go on."""
    try:
        step()
    except BenchError as exc:
        log(f"[{name}] FAILED: {exc}")
        bench.figures.setdefault("errors", {})[name] = str(exc)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    plan = QUICK if args.quick else Plan()
    only = set(args.only)
    wall = time.perf_counter()
    background: subprocess.Popen[str] | None = None
    with tempfile.TemporaryDirectory(prefix="followup-lint-bench-") as scratch:
        bench = Bench(Path(scratch), plan)
        figures = bench.figures
        figures["machine"] = machine()
        figures["model"] = f"{model_name()} {dist_version(model_name().replace('_', '-'))}"
        figures["plan"] = {
            **plan.__dict__,
            "quick": args.quick,
            "only": sorted(only),
            "serial": args.serial,
        }
        state = tree_state()
        sizes = list(zip(plan.sizes, plan.size_repeat, strict=True))
        largest = sizes[-1] if sizes else (0, 0)
        background_start = time.perf_counter()
        try:
            if "scaling" in only and not args.serial and sizes:
                sizes.pop()  # the largest size's first run goes on the other core, from now
                log(f"[scaling {largest[0]}] started in the background (one core)")
                background = start_worker(bench, "scale", largest[0])
            if only & {"overhead", "scaling", "jobs", "cache", "proselint"}:
                with bench.measuring("distinct drafts check"):
                    count = plan.distinct_check if "scaling" in only else plan.folder_files
                    figures["drafts"] = {
                        "bases": len(drafts.bases()),
                        **drafts.distinctness(count, texts=plan.folder_files),
                    }
            steps: list[tuple[str, Callable[[], None]]] = [
                ("overhead", lambda: measure_overhead(bench)),
                ("scaling", lambda: run_sizes(bench, sizes)),
                ("cold", lambda: measure_cold(bench)),
                ("light", lambda: measure_light(bench)),
            ]
            for name, step in steps:
                if name in only:
                    attempt(bench, name, step)
            has_jobs = False
            if only & {"jobs", "cache", "proselint"}:
                figures["folder_files"] = plan.folder_files
                has_jobs = jobs_available(bench)
            if only & {"jobs", "cache"}:
                attempt(
                    bench,
                    "jobs" if "jobs" in only else "cache",
                    lambda: measure_folder_first(bench, "cache" in only, has_jobs),
                )
            if "proselint" in only:
                attempt(bench, "proselint", lambda: measure_proselint(bench))
            if background is not None:
                log(f"waiting for the background run of {largest[0]:,} drafts")

                def finish_background() -> None:
                    assert background is not None
                    result = finish_worker(background)
                    name = f"scaling {largest[0]}"
                    bench.durations[name] = time.perf_counter() - background_start
                    log(f"[{name}] {bench.durations[name]:.1f} s")
                    figures.setdefault("scaling_runs", []).append(result)
                    run_sizes(bench, [(largest[0], largest[1] - 1)])  # further repeats: alone

                attempt(bench, "scaling", finish_background)
            if "jobs" in only:
                if not has_jobs:
                    figures["jobs"] = {
                        "available": False,
                        "reason": "`check --help` lists no --jobs",
                    }
                elif "folder_first" in figures:
                    attempt(bench, "jobs", lambda: measure_jobs2(bench))
            if "scaling" in only and figures.get("scaling_runs"):
                summarize_scaling(bench)
        finally:
            if background is not None and background.poll() is None:
                background.kill()
                background.wait()
        if tree_state() != state:
            figures["tree_changed_during_run"] = True
            log("WARNING: src/ or rules/ changed during the run: the figures mix versions")
        figures["machine"]["load_average_at_end"] = os.getloadavg()
        figures["durations_s"] = bench.durations
        figures["load_average_1min"] = bench.loads
        figures["wall_s"] = time.perf_counter() - wall
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(table(figures))
    print()
    print(machine_line(figures))
    print()
    spent = ", ".join(f"{k} {v:.0f} s" for k, v in bench.durations.items())
    print(f"Bench wall time {figures['wall_s']:.0f} s ({spent}). Figures: {args.output}")
    errors = figures.get("errors", {})
    for name, message in errors.items():
        print(f"FAILED {name}: {message}", file=sys.stderr)
    if figures.get("tree_changed_during_run"):
        print("WARNING: src/ or rules/ changed during the run.", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
