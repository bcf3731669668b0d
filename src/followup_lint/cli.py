"""Command line: argv → exit code (0 all passed, 1 a file failed, 2 usage/config/input error).

`--help`, `rules`, `explain` and `schema` never import spaCy.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from followup_lint.errors import ConfigError, FollowupLintError, InputError
from followup_lint.models import Context, FileError, FileFailure, Kind, Report, Severity, Summary

DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".eml")
CHUNK = 64
PROG = "followup-lint"


class UsageError(FollowupLintError):
    """A bad command line."""

    kind = "usage"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every other bad input
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; kept separate so the docs and tests can inspect it."""
    from followup_lint import __version__

    parser = _Parser(prog=PROG, description="Lint a post-interview note before you send it.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = commands.add_parser("check", help="lint drafts (files, folders, or - for stdin)")
    check.add_argument(
        "paths",
        nargs="*",
        default=["."],
        metavar="PATH",
        help="draft files or folders (*.txt, *.md, *.eml), or - for stdin",
    )
    ctx = check.add_argument_group("context (overrides front matter and config)")
    ctx.add_argument(
        "--interviewer",
        action="append",
        metavar="NAME",
        help="interviewer's name; repeat for a panel",
    )
    ctx.add_argument("--position", metavar="TITLE")
    ctx.add_argument("--company", metavar="NAME")
    ctx.add_argument("--sender", metavar="NAME", help="your own name")
    ctx.add_argument("--interview-date", metavar="YYYY-MM-DD")
    ctx.add_argument("--sent-date", metavar="YYYY-MM-DD")
    ctx.add_argument("--decision-date", metavar="YYYY-MM-DD")
    ctx.add_argument("--previous-followups", type=int, metavar="N",
                     help="status inquiries already sent")
    ctx.add_argument("--previous-followup-date", metavar="YYYY-MM-DD",
                     help="when the last status inquiry was sent")
    ctx.add_argument("--kind", choices=[k.value for k in Kind])
    out = check.add_argument_group("output and exit code")
    out.add_argument(
        "--format",
        default="text",
        metavar="FORMAT",
        help="text (default) or json, or a plug-in format",
    )
    out.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="RULES",
        help="rules or categories to run (comma-separated)",
    )
    out.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="RULES",
        help="rules or categories to skip (comma-separated)",
    )
    out.add_argument(
        "--fail-level",
        choices=[s.value for s in Severity],
        help="lowest severity that fails a file (default: error)",
    )
    out.add_argument("--min-score", type=int, metavar="N", help="fail a file scoring below N")
    out.add_argument("--exit-zero", action="store_true", help="exit 0 even when files fail")
    out.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    check.add_argument("--config", metavar="FILE", help="use this config file only")
    check.add_argument("--model", metavar="NAME", help="spaCy pipeline to use")
    check.add_argument(
        "--stdin-filename", metavar="NAME", help="name (and format, by suffix) to report for stdin"
    )

    rules = commands.add_parser("rules", help="list every rule with its category and severity")
    rules.add_argument("--format", choices=["text", "json"], default="text")
    rules.add_argument("--config", metavar="FILE")
    explain = commands.add_parser("explain", help="print a rule's documentation")
    explain.add_argument("rule")
    explain.add_argument("--config", metavar="FILE")
    commands.add_parser("schema", help="print the JSON schema of --format json output")
    return parser


# -- entry point ---------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (also used by the console script)."""
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help()
            return 2
        handler = {
            "check": run_check,
            "rules": run_rules,
            "explain": run_explain,
            "schema": run_schema,
        }[args.command]
        return handler(args)
    except FollowupLintError as exc:
        _error(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")


# -- check -------------------------------------------------------------------------------
def cli_context(args: argparse.Namespace) -> Context | None:
    """The context given on the command line, validated (bad dates are usage errors)."""
    values = {
        "interviewers": args.interviewer,
        "position": args.position,
        "company": args.company,
        "sender": args.sender,
        "interview_date": args.interview_date,
        "sent_date": args.sent_date,
        "decision_date": args.decision_date,
        "previous_followups": args.previous_followups,
        "previous_followup_date": args.previous_followup_date,
        "kind": args.kind,
    }
    given = {k: v for k, v in values.items() if v is not None}
    if not given:
        return None
    try:
        return Context.model_validate(given)
    except ValidationError as exc:
        first = exc.errors()[0]
        flag = "--" + str(first["loc"][0]).replace("_", "-")
        raise UsageError(f"{flag}: {first['msg']}") from None


def discover(paths: Sequence[str]) -> Iterator[str]:
    """Files to lint, in a stable order: files as given, folders recursively by suffix."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
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


def run_check(args: argparse.Namespace) -> int:
    """Lint every path; print through the chosen formatter; decide the exit code."""
    from followup_lint.config import config_for
    from followup_lint.draft import decode_source, parse_draft, read_draft
    from followup_lint.linter import Linter
    from followup_lint.registry import formatter_classes
    from followup_lint.selection import parse_selectors

    formats = formatter_classes()
    if args.format not in formats:
        raise UsageError(f"unknown format {args.format!r} (choose from {', '.join(formats)})")
    context = cli_context(args)
    overrides = {
        "fail_level": args.fail_level,
        "min_score": args.min_score,
        "model": args.model,
        "select": parse_selectors(args.select) or None,
        "ignore": parse_selectors(args.ignore) or None,
    }
    stream: TextIO = sys.stdout
    color = args.color == "always" or (
        args.color == "auto" and stream.isatty() and "NO_COLOR" not in os.environ
    )
    formatter = formats[args.format](stream, color=color)
    linters: dict[int, Linter] = {}
    results: list[Report | FileFailure] = []

    def linter_for(path: str | None) -> Linter:
        config = config_for(None if path in (None, "-") else path, args.config)
        key = id(config)
        if key not in linters:
            linters[key] = Linter(config.with_overrides(**overrides))
        return linters[key]

    def read(path: str) -> tuple[str, object]:
        if path == "-":
            name = args.stdin_filename or "<stdin>"
            text = decode_source(sys.stdin.buffer.read(), name)
            return name, parse_draft(text, path=name)
        return path, read_draft(path)

    def fail(path: str, exc: FollowupLintError) -> None:
        _error(str(exc) if exc.path else f"{path}: {exc}")
        failure = FileFailure(path=path, error=FileError(kind=exc.kind, message=exc.message))
        results.append(failure)
        formatter.emit(failure)

    formatter.begin()
    paths = list(discover(args.paths))
    for start in range(0, len(paths), CHUNK):
        chunk = paths[start : start + CHUNK]
        parsed: list[tuple[str, object | None, FollowupLintError | None]] = []
        for path in chunk:
            if path != "-" and not Path(path).exists():
                parsed.append((path, None, InputError("no such file or directory", path=path)))
                continue
            try:
                name, draft = read(path)
                parsed.append((name, draft, None))
            except InputError as exc:
                parsed.append((path, None, exc))
        # Consecutive drafts under one config are linted as one batch through nlp.pipe.
        index = 0
        while index < len(parsed):
            name, draft, error = parsed[index]
            if error is not None:
                fail(name, error)
                index += 1
                continue
            linter = linter_for(chunk[index])
            group = [parsed[index]]
            while (
                index + len(group) < len(parsed)
                and parsed[index + len(group)][2] is None
                and linter_for(chunk[index + len(group)]) is linter
            ):
                group.append(parsed[index + len(group)])
            for report in linter.lint_many([d for _, d, _ in group], context=context):
                results.append(report)
                formatter.emit(report)
            index += len(group)
    summary = Summary.of(results)
    formatter.end(summary)
    stream.flush()
    if summary.errors:
        return 2
    if summary.failed and not args.exit_zero:
        return 1
    return 0


# -- rules, explain, schema ------------------------------------------------------------------
def _catalogue(config_path: str | None) -> dict[str, dict[str, str]]:
    """Every rule's documentation, from the packs, for checks that are registered or data-only."""
    from followup_lint.config import config_for
    from followup_lint.registry import check_plugins, validate_against_packs
    from followup_lint.rulepacks import load_packs

    config = config_for(None, config_path)
    packs = load_packs(config.rule_packs)
    plugins = check_plugins()
    validate_against_packs(plugins, packs)
    names = {p.name for p in plugins} | {r for r, p in packs.items() if p.rule.type != "python"}
    return {rule: packs[rule].rule.model_dump(mode="json") for rule in sorted(names)}


def run_rules(args: argparse.Namespace) -> int:
    """List rules: id, category, default severity, and the one-line summary."""
    catalogue = _catalogue(args.config)
    if args.format == "json":
        sys.stdout.write(json.dumps(list(catalogue.values()), indent=2) + "\n")
        return 0
    width = max(len(r) for r in catalogue)
    for rule, doc in catalogue.items():
        sys.stdout.write(
            f"{rule:<{width}}  {doc['category']:<11}  {doc['severity']:<7}  {doc['summary']}\n"
        )
    return 0


def run_explain(args: argparse.Namespace) -> int:
    """Print one rule's full documentation."""
    catalogue = _catalogue(args.config)
    doc = catalogue.get(args.rule)
    if doc is None:
        raise ConfigError(f"unknown rule {args.rule!r} (see '{PROG} rules')")
    indent = "    "
    kinds = ", ".join(doc["kinds"]) if doc["kinds"] else "all"
    lines = [
        f"{doc['id']}: {doc['summary']}",
        "",
        f"Category: {doc['category']}    Default severity: {doc['severity']}    Kinds: {kinds}",
        "",
        "Why",
        indent + doc["why"],
        "",
        "What it flags",
        indent + doc["what"],
        "",
        "Bad",
        *(indent + line for line in doc["bad"].splitlines()),
        "",
        "Good",
        *(indent + line for line in doc["good"].splitlines()),
        "",
        "Source",
        indent + doc["source"],
    ]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    """Print the JSON schema of the `--format json` document."""
    from followup_lint.models import Output

    sys.stdout.write(json.dumps(Output.model_json_schema(), indent=2) + "\n")
    return 0
