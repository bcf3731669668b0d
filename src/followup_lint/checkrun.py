"""`followup-lint check`: find drafts, read and lint them in batches, print, exit code."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pydantic import ValidationError

from followup_lint.config import Config, config_for
from followup_lint.context_sources import file_context
from followup_lint.draft import ParsedDraft, decode_source, parse_draft, read_draft
from followup_lint.errors import FollowupLintError, InputError, UsageError
from followup_lint.models import Context, FileError, FileFailure, Report, Summary

if TYPE_CHECKING:
    from followup_lint.formatters import Formatter
    from followup_lint.linter import Linter
    from followup_lint.result_cache import ReportCache

DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".eml")
TODAY_ENV = "FOLLOWUP_LINT_TODAY"
CHUNK = 64
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


class CheckRun:
    """One `check` invocation: a linter per config (pipeline shared), output in path order."""

    def __init__(self, args: argparse.Namespace, stdout: TextIO, stdin: TextIO) -> None:
        from followup_lint.registry import formatter_classes

        formats = formatter_classes()
        if args.format not in formats:
            raise UsageError(f"unknown format {args.format!r} (choose from {', '.join(formats)})")
        self.args = args
        self.stdout = stdout
        self.stdin = stdin
        self.context = cli_context(args)
        self.overrides = config_overrides(args)
        self.lt_overrides = languagetool_overrides(args)
        color = args.color == "always" or (
            args.color == "auto" and stdout.isatty() and "NO_COLOR" not in os.environ
        )
        self.formatter: Formatter = formats[args.format](stdout, color=color)
        self.linters: dict[int, Linter] = {}
        self.results: list[Report | FileFailure] = []
        self.report_cache: ReportCache | None = None

    # -- pieces ---------------------------------------------------------------------------
    def config_of(self, path: str) -> Config:
        """The config governing a path, before command-line overrides."""
        return config_for(None if path == "-" else path, self.args.config)

    def linter_for(self, path: str) -> Linter:
        """One Linter per distinct config, built with the command-line overrides."""
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

    def fail(self, item: Item) -> None:
        """One line on stderr naming the file; the failure also stands in the output."""
        assert item.error is not None
        exc = item.error
        sys.stderr.write(f"followup-lint: {exc if exc.path else f'{item.path}: {exc}'}\n")
        self.emit(FileFailure(path=item.path, error=FileError(kind=exc.kind, message=exc.message)))

    # -- the run --------------------------------------------------------------------------
    def lint_chunk(self, items: list[Item]) -> None:
        """Consecutive readable drafts under one config go through `lint_many` as a batch."""
        index = 0
        while index < len(items):
            item = items[index]
            if item.error is not None:
                self.fail(item)
                index += 1
                continue
            linter = self.linter_for(item.path)
            end = index + 1
            while (
                end < len(items)
                and items[end].error is None
                and self.linter_for(items[end].path) is linter
            ):
                end += 1
            for report in self.lint_cached(linter, items[index:end]):
                self.emit(report)
            index = end

    def cache_for(self, linter: Linter) -> ReportCache | None:
        """The report cache, unless this linter's config turns caching off (`--no-cache`)."""
        if not linter.config.cache:
            return None
        if self.report_cache is None:
            from followup_lint.result_cache import ReportCache

            self.report_cache = ReportCache()
        return self.report_cache

    def lint_cached(self, linter: Linter, items: list[Item]) -> Iterator[Report]:
        """Reports in draft order: cached ones served as they are (spaCy is loaded only when
        some draft misses), the rest linted as one batch and stored. Stdin is never cached."""
        drafts = [i.draft for i in items if i.draft is not None]
        cache = self.cache_for(linter)
        if cache is None:
            yield from linter.lint_many(drafts, context=self.context)
            return
        keys: list[str | None] = []
        found: list[Report | None] = []
        for item in items:
            draft = item.draft
            assert draft is not None
            key = None if item.stdin else cache.key(linter, draft, self.context)
            keys.append(key)
            found.append(None if key is None else cache.get(key, draft.path))
        misses = [d for d, r in zip(drafts, found, strict=True) if r is None]
        fresh = linter.lint_many(misses, context=self.context) if misses else iter(())
        for key, report in zip(keys, found, strict=True):
            if report is None:
                report = next(fresh)
                if key is not None:
                    cache.put(key, report)
            yield report

    def execute(self) -> int:
        """Lint everything, print the summary, and return the exit code."""
        try:
            self.formatter.begin()
            paths = list(discover(self.args.paths))
            for start in range(0, len(paths), CHUNK):
                self.lint_chunk([self.read(p) for p in paths[start : start + CHUNK]])
            summary = Summary.of(self.results)
            self.formatter.end(summary)
            self.stdout.flush()
        finally:
            for linter in self.linters.values():
                linter.close()
        if summary.errors:
            return 2
        if summary.failed and not self.args.exit_zero:
            return 1
        return 0


def run_check(args: argparse.Namespace) -> int:
    """Entry point of the `check` command."""
    return CheckRun(args, sys.stdout, sys.stdin).execute()
