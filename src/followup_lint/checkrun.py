"""`followup-lint check`: find drafts, read and lint them in batches, print, exit code."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pydantic import ValidationError

from followup_lint.config import Config, config_for
from followup_lint.context_sources import file_context
from followup_lint.draft import ParsedDraft, decode_source, parse_draft, read_draft
from followup_lint.errors import FollowupLintError, InputError, UsageError
from followup_lint.fixes import fingerprint, plan_fix, read_for_fix, unified_diff, write_fix
from followup_lint.models import Context, FileError, FileFailure, Report, Summary
from followup_lint.progress import Progress
from followup_lint.runlevel import RunLevelPass

if TYPE_CHECKING:
    from followup_lint.formatters import Formatter
    from followup_lint.linter import Linter
    from followup_lint.result_cache import ReportCache
    from followup_lint.workers import WorkerPool

DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".eml")
TODAY_ENV = "FOLLOWUP_LINT_TODAY"
BATCH = 32  # drafts per lint_many call and per worker task
CONTEXT_FLAGS = (
    "interviewers", "position", "company", "sender", "interview_date", "sent_date",
    "decision_date", "previous_followups", "previous_followup_date", "kind",
)  # fmt: skip


def today() -> dt.date:
    """Today's date, or FOLLOWUP_LINT_TODAY (YYYY-MM-DD) when set, for reproducible runs."""
    pinned = os.environ.get(TODAY_ENV)
    if pinned:
        try:
            return dt.date.fromisoformat(pinned)
        except ValueError:
            raise UsageError(f"{TODAY_ENV}={pinned!r} is not a YYYY-MM-DD date") from None
    return dt.date.today()


def discover(paths: Sequence[str]) -> Iterator[str]:
    """Files to lint, in a stable order: files as given, folders recursively by suffix."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.suffix.lower() in DRAFT_SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            yield from (str(p) for p in sorted(found))
        else:
            yield raw


def cli_context(args: argparse.Namespace) -> Context | None:
    """The context given on the command line, validated (bad dates are usage errors)."""
    given = {
        name: value
        for name in CONTEXT_FLAGS
        if (value := getattr(args, "interviewer" if name == "interviewers" else name)) is not None
    }
    if not given:
        return None
    try:
        return Context.model_validate(given)
    except ValidationError as exc:
        first = exc.errors()[0]
        flag = "--" + str(first["loc"][0]).replace("_", "-")
        raise UsageError(f"{flag}: {first['msg']}") from None


def config_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """Config fields the command line replaces (None: not given)."""
    from followup_lint.selection import parse_selectors

    return {
        "fail_level": args.fail_level,
        "min_score": args.min_score,
        "model": args.model,
        "select": parse_selectors(args.select) or None,
        "ignore": parse_selectors(args.ignore) or None,
        "language": args.language,
        "require_grammar": True if args.require_grammar else None,
        "cache": False if args.no_cache else None,
    }


def languagetool_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """`--languagetool` and `--languagetool-url` (a URL alone means remote mode)."""
    given = {"mode": args.languagetool, "url": args.languagetool_url}
    given = {k: v for k, v in given.items() if v is not None}
    if "url" in given and "mode" not in given:
        given["mode"] = "remote"
    return given


@dataclass
class Item:
    """One path of the run: its parsed draft, or the error that stopped it."""

    path: str
    draft: ParsedDraft | None = None
    error: FollowupLintError | None = None
    stdin: bool = False


class LinterFactory:
    """One Linter per distinct config (the spaCy pipeline is shared), with the command line's
    overrides applied; the parent and every `--jobs` worker build theirs the same way."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.context = cli_context(args)
        self.overrides = config_overrides(args)
        self.lt_overrides = languagetool_overrides(args)
        self.linters: dict[int, Linter] = {}

    def config_of(self, path: str) -> Config:
        """The config governing a path, before command-line overrides."""
        return config_for(None if path == "-" else path, self.args.config)

    def linter_for(self, path: str) -> Linter:
        """The linter for a path's config, built on first use."""
        from followup_lint.linter import Linter

        config = self.config_of(path)
        key = id(config)
        if key not in self.linters:
            lt = config.languagetool.model_copy(update=self.lt_overrides)
            context = config.context
            if context.sent_date is None:  # a draft checked before sending goes out today
                context = context.model_copy(update={"sent_date": today()})
            self.linters[key] = Linter(
                config.with_overrides(**self.overrides, languagetool=lt, context=context)
            )
        return self.linters[key]

    def lint_batch(
        self, drafts: Sequence[ParsedDraft], context: Context | None
    ) -> Iterator[Report]:
        """Reports in draft order; consecutive drafts under one config share a `lint_many`."""
        index = 0
        while index < len(drafts):
            linter = self.linter_for(drafts[index].path or "-")
            end = index + 1
            while end < len(drafts) and self.linter_for(drafts[end].path or "-") is linter:
                end += 1
            yield from linter.lint_many(drafts[index:end], context=context)
            index = end

    def close(self) -> None:
        """Stop whatever the linters started (a local LanguageTool server)."""
        for linter in self.linters.values():
            linter.close()


@dataclass
class Batch:
    """Up to BATCH consecutive paths: cached reports at once, the rest linted later or in a
    worker. `fresh` yields the misses' reports in order when the batch is finished."""

    items: list[Item]
    keys: list[str | None]
    found: list[Report | None]
    fresh: Callable[[], list[Report]]


class CheckRun:
    """One `check` invocation: read, serve from cache or lint (in-process or in workers),
    add run-level findings, print in path order, and return the exit code."""

    def __init__(self, args: argparse.Namespace, stdout: TextIO, stdin: TextIO) -> None:
        from followup_lint.registry import formatter_classes

        formats = formatter_classes()
        if args.format not in formats:
            raise UsageError(f"unknown format {args.format!r} (choose from {', '.join(formats)})")
        self.args = args
        self.stdout = stdout
        self.stdin = stdin
        self.factory = LinterFactory(args)
        self.context = self.factory.context
        color = args.color == "always" or (
            args.color == "auto" and stdout.isatty() and "NO_COLOR" not in os.environ
        )
        self.formatter: Formatter = formats[args.format](stdout, color=color)
        self.results: list[Report | FileFailure] = []
        self.report_cache: ReportCache | None = None
        self.pool: WorkerPool | None = None
        self.run_level = RunLevelPass(self.context)
        self.fixing = bool(getattr(args, "fix", False) or getattr(args, "diff", False))
        self.fingerprints: dict[str, str] = {}  # what each file said when read (--fix)

    # -- pieces ---------------------------------------------------------------------------
    def linter_for(self, path: str) -> Linter:
        return self.factory.linter_for(path)

    def read(self, path: str) -> Item:
        """Read and parse one path; an input error is kept, not raised."""
        try:
            if path == "-":
                name = self.args.stdin_filename or "<stdin>"
                text = decode_source(self.stdin.buffer.read(), name)
                return Item(name, parse_draft(text, path=name), stdin=True)
            if not Path(path).exists():
                raise InputError("no such file or directory", path=path)
            draft = read_draft(path)
            # the file's own sources (front matter, sidecar, headers, context.toml), merged:
            # the linter puts them over the config and the command line over them
            merged, _ = file_context(Path(path), draft)
            return Item(path, dataclasses.replace(draft, context=merged))
        except InputError as exc:
            return Item(path, error=exc)

    def emit(self, result: Report | FileFailure) -> None:
        self.results.append(result)
        self.formatter.emit(result)

    def failure(self, item: Item) -> FileFailure:
        """One line on stderr naming the file; the failure also stands in the output."""
        assert item.error is not None
        exc = item.error
        if not getattr(self.args, "fix", False):  # --fix reports it in the lint that follows
            sys.stderr.write(f"followup-lint: {exc if exc.path else f'{item.path}: {exc}'}\n")
        return FileFailure(path=item.path, error=FileError(kind=exc.kind, message=exc.message))

    def cache_for(self, linter: Linter) -> ReportCache | None:
        """The report cache, unless this linter's config turns caching off (`--no-cache`)."""
        if not linter.config.cache:
            return None
        if self.report_cache is None:
            from followup_lint.result_cache import ReportCache

            self.report_cache = ReportCache()
        return self.report_cache

    def jobs_for(self, paths: Sequence[str]) -> int:
        """Worker processes for this run: `--jobs` (default: the cores), but one for a run
        too small to repay starting workers, and one when a local LanguageTool server would
        otherwise be started once per worker."""
        from followup_lint.workers import available_cores

        jobs = self.args.jobs or available_cores()
        if jobs <= 1 or len(paths) <= BATCH:
            return 1
        first = next((p for p in paths if p != "-"), None)
        if first is not None and self.linter_for(first).proofreader.starts_local_server:
            return 1
        return jobs

    # -- the run --------------------------------------------------------------------------
    def start(self, items: list[Item], first: int) -> Batch:
        """Take run-level notes, look every readable draft up in the cache and send the
        misses to be linted; `first` is the run position of the first item."""
        keys: list[str | None] = []
        found: list[Report | None] = []
        misses: list[ParsedDraft] = []
        for index, item in enumerate(items, start=first):
            key, report = None, None
            if item.draft is not None:
                linter = self.linter_for(item.path)
                self.run_level.collect(index, linter, item.draft)
                if self.fixing:
                    self.fingerprints[item.path] = fingerprint(item.draft.source)
                cache = self.cache_for(linter)
                if cache is not None and not item.stdin:
                    try:
                        key = cache.key(linter, item.draft, self.context)
                    except ValueError:  # text the cache cannot store: lint it uncached
                        key = None
                    if key is not None:
                        report = cache.get(key, item.draft.path)
                if report is None:
                    misses.append(item.draft)
            keys.append(key)
            found.append(report)
        if not misses:
            return Batch(items, keys, found, list)
        if self.pool is not None:
            future = self.pool.submit(misses, self.context)
            return Batch(items, keys, found, future.result)
        return Batch(
            items, keys, found, lambda: list(self.factory.lint_batch(misses, self.context))
        )

    def finish(self, batch: Batch) -> Iterator[Report | FileFailure]:
        """The batch's results in path order; fresh reports are stored in the cache."""
        fresh = iter(batch.fresh())
        for item, key, report in zip(batch.items, batch.keys, batch.found, strict=True):
            if item.error is not None:
                yield self.failure(item)
                continue
            if report is None:
                report = next(fresh)
                if key is not None and (cache := self.report_cache) is not None:
                    cache.put(key, report)
            yield report

    def lint_all(self, paths: Sequence[str], progress: Progress) -> Iterator[Report | FileFailure]:
        """Every path's result in order, reading ahead while workers lint (a bounded window,
        so memory stays flat on a large folder)."""
        jobs = self.jobs_for(paths)
        window = 0
        if jobs > 1:
            from followup_lint.workers import WorkerPool

            self.pool = WorkerPool(self.args, jobs)
            window = 2 * jobs
        inflight: deque[Batch] = deque()
        for start in range(0, len(paths), BATCH):
            items = [self.read(p) for p in paths[start : start + BATCH]]
            inflight.append(self.start(items, start))
            while len(inflight) > window:
                batch = inflight.popleft()
                yield from self.finish(batch)
                progress.advance(len(batch.items))
        while inflight:
            batch = inflight.popleft()
            yield from self.finish(batch)
            progress.advance(len(batch.items))

    def execute(self) -> int:
        """Lint everything, print the summary, and return the exit code."""
        if self.fixing:
            return self.execute_fixes()
        progress = Progress(0, sys.stderr, enabled=False)
        try:
            self.formatter.begin()
            paths = list(discover(self.args.paths))
            progress = Progress(len(paths), sys.stderr)
            results = list(self.lint_all(paths, progress))
            progress.close()
            self.run_level.amend(results)  # needs every draft: output waits for the last
            for result in results:
                self.emit(result)
            summary = Summary.of(self.results)
            self.formatter.end(summary)
            self.stdout.flush()
        finally:
            progress.close()
            if self.pool is not None:
                self.pool.close()
            self.factory.close()
        if summary.errors:
            return 2
        if summary.failed and not self.args.exit_zero:
            return 1
        return 0

    def execute_fixes(self) -> int:
        """`--diff`: print what `--fix` would change (exit 1 when something would). `--fix`:
        rewrite the files, then lint again and report what is left."""
        paths = list(discover(self.args.paths))
        if "-" in paths:
            raise UsageError("--fix and --diff work on files, not on stdin")
        progress = Progress(len(paths), sys.stderr)
        try:
            results = list(self.lint_all(paths, progress))
        finally:
            progress.close()
            if self.pool is not None:
                self.pool.close()
            self.factory.close()
        problems = files = refused = 0
        for result in results:
            if not isinstance(result, Report) or result.path not in self.fingerprints:
                continue  # unreadable files are reported by the lint that follows
            expected = self.fingerprints[result.path]
            try:
                _, text = read_for_fix(result.path)
                if fingerprint(text) != expected:
                    raise InputError("changed since it was read: not fixed", path=result.path)
                plan = plan_fix(result, text)
                if plan is None:
                    continue
                if self.args.diff:
                    self.stdout.write(unified_diff(plan.path, plan.before, plan.after))
                else:
                    write_fix(plan, expected)
            except (InputError, OSError) as exc:
                sys.stderr.write(f"followup-lint: {exc}\n")
                refused += 1
                continue
            problems += len(plan.edits)
            files += 1
        verb = "would fix" if self.args.diff else "fixed"
        sys.stderr.write(
            f"followup-lint: {verb} {problems} problem{'s' * (problems != 1)} "
            f"in {files} file{'s' * (files != 1)}\n"
        )
        if self.args.diff:
            self.stdout.flush()
            return 2 if refused else (1 if files else 0)
        again = argparse.Namespace(**{**vars(self.args), "fix": False, "diff": False})
        code = CheckRun(again, self.stdout, self.stdin).execute()
        return 2 if refused else code


def run_check(args: argparse.Namespace) -> int:
    """Entry point of the `check` command."""
    return CheckRun(args, sys.stdout, sys.stdin).execute()
