"""Command line: argv → exit code (0 all passed, 1 a file failed, 2 usage/config/input error).

`--help`, `rules`, `explain` and `schema` never import spaCy.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Sequence

from followup_lint.errors import (
    ConfigError,
    FollowupLintError,
    UsageError,
    debugging,
    internal_error_hint,
)

PROG = "followup-lint"
# The values of models.Kind and models.Severity, spelt out so `--help` needs no pydantic
# (a test checks they agree).
KINDS = ("thank-you", "status-inquiry", "rejection-reply", "offer-notice")
SEVERITIES = ("error", "warning", "info")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every other bad input
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def add_context_flags(parser: argparse.ArgumentParser) -> None:
    """The context flags `check` and `context` share."""
    ctx = parser.add_argument_group(
        "context (overrides front matter, sidecar, headers, context.toml and config)"
    )
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
    ctx.add_argument(
        "--previous-followups", type=int, metavar="N", help="status inquiries already sent"
    )
    ctx.add_argument(
        "--previous-followup-date",
        metavar="YYYY-MM-DD",
        help="when the last status inquiry was sent",
    )
    ctx.add_argument("--kind", choices=KINDS)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; kept separate so the docs and tests can inspect it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        __version__ = version("followup-lint")
    except PackageNotFoundError:
        __version__ = "0+unknown"

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
    add_context_flags(check)
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
        choices=SEVERITIES,
        help="lowest severity that fails a file (default: error)",
    )
    out.add_argument("--min-score", type=int, metavar="N", help="fail a file scoring below N")
    out.add_argument("--exit-zero", action="store_true", help="exit 0 even when files fail")
    out.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    fixing = out.add_mutually_exclusive_group()
    fixing.add_argument(
        "--fix",
        action="store_true",
        help="apply safe fixes (slang with one formal word, doubled words and spaces, "
        "one-suggestion spellings) to the files, then report what is left",
    )
    fixing.add_argument(
        "--diff", action="store_true", help="print the safe fixes as a diff; change nothing"
    )
    proof = check.add_argument_group("grammar and spelling")
    proof.add_argument(
        "--languagetool",
        choices=["auto", "local", "remote", "public", "off"],
        metavar="MODE",
        help="auto (default), local, remote, public (sends the text out), or off",
    )
    proof.add_argument("--languagetool-url", metavar="URL", help="a self-hosted server")
    proof.add_argument(
        "--language",
        choices=["en", "en-US", "en-GB"],
        help="en (default) accepts British and American spelling alike",
    )
    proof.add_argument(
        "--require-grammar",
        action="store_true",
        help="fail a file whose grammar the configured engine could not check",
    )
    proof.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    check.add_argument("--config", metavar="FILE", help="use this config file only")
    check.add_argument(
        "--jobs",
        "-j",
        type=_positive_int,
        metavar="N",
        help="worker processes for a folder run (default: the machine's cores)",
    )
    check.add_argument("--model", metavar="NAME", help="spaCy pipeline to use")
    check.add_argument(
        "--stdin-filename", metavar="NAME", help="name (and format, by suffix) to report for stdin"
    )

    context = commands.add_parser(
        "context", help="print a draft's merged context and where each value came from"
    )
    context.add_argument("path", metavar="FILE", help="a draft file")
    context.add_argument("--format", choices=["text", "json"], default="text")
    context.add_argument("--config", metavar="FILE", help="use this config file only")
    add_context_flags(context)

    rules = commands.add_parser("rules", help="list every rule with its category and severity")
    rules.add_argument("--format", choices=["text", "json"], default="text")
    rules.add_argument("--config", metavar="FILE")
    explain = commands.add_parser("explain", help="print a rule's documentation")
    explain.add_argument("rule")
    explain.add_argument("--config", metavar="FILE")
    commands.add_parser("schema", help="print the JSON schema of --format json output")
    cache = commands.add_parser("cache", help="show or clear the on-disk cache")
    cache.add_argument("action", choices=["clear", "dir"])
    setup = commands.add_parser("setup", help="install an optional component (downloads it)")
    setup.add_argument("component", choices=["languagetool"])
    return parser


# -- entry point ---------------------------------------------------------------------------
def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through `finally`: a LanguageTool server stops too


def console_main(argv: Sequence[str] | None = None) -> int:
    """The `followup-lint` command: a short-lived process of its own, so the cyclic collector
    runs less often from its first line on, spaCy's import and the model's load included (as
    type checkers' commands do); `main`, called from other code, leaves its process alone."""
    from followup_lint.collector import raise_young_threshold

    raise_young_threshold()
    return main(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (`console_main` is the command itself)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help()
            return 2
        handler = {
            "check": run_check,
            "context": run_context,
            "rules": run_rules,
            "explain": run_explain,
            "schema": run_schema,
            "cache": run_cache,
            "setup": run_setup,
        }[args.command]
        return handler(args)
    except FollowupLintError as exc:
        _error(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line, exit 2; FOLLOWUP_LINT_DEBUG=1 shows the traceback
        if debugging():
            raise
        _error(f"internal error: {type(exc).__name__}: {exc} {internal_error_hint()}")
        return 2


def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")


# -- rules, explain, schema ------------------------------------------------------------------
def _catalogue(config_path: str | None) -> dict[str, dict[str, str]]:
    """Every rule's documentation, from the packs, for checks that are registered or data-only."""
    from followup_lint.config import config_for
    from followup_lint.errors import PluginError
    from followup_lint.registry import check_names
    from followup_lint.rulepacks import load_packs

    config = config_for(None, config_path)
    packs = load_packs(config.rule_packs)
    registered = set(check_names())
    missing = sorted(registered - set(packs))
    if missing:
        raise PluginError(f"check {missing[0]!r} is registered but has no rule pack")
    names = registered | {r for r, p in packs.items() if p.rule.type != "python"}
    return {rule: packs[rule].rule.model_dump(mode="json") for rule in sorted(names)}


def run_check(args: argparse.Namespace) -> int:
    """`check`: imported on demand, so `--help`, `rules` and `explain` stay light."""
    from followup_lint.checkrun import run_check as check

    return check(args)


def run_context(args: argparse.Namespace) -> int:
    """`context FILE`: the merged context, one field a line with its source (or JSON)."""
    from pathlib import Path

    from followup_lint.checkrun import cli_context, today
    from followup_lint.config import config_for
    from followup_lint.context_sources import format_value, resolve_context
    from followup_lint.draft import read_draft
    from followup_lint.errors import InputError

    path = Path(args.path)
    if not path.is_file():
        raise InputError("no such file", path=args.path)
    cli = cli_context(args)
    config = config_for(path, args.config)
    merged, sources = resolve_context(path, read_draft(path), cli, config)
    if merged.sent_date is None:  # as `check` does: a draft not yet sent goes out today
        merged = merged.model_copy(update={"sent_date": today()})
        sources["sent_date"] = "today"
    values = merged.model_dump(mode="json")
    fields = [name for name in values if name in sources]
    if args.format == "json":
        document = {
            "path": args.path,
            "context": {name: values[name] for name in fields},
            "sources": {name: sources[name] for name in fields},
        }
        sys.stdout.write(json.dumps(document, indent=2) + "\n")
        return 0
    for name in fields:
        value = format_value(getattr(merged, name))
        sys.stdout.write(f"{name}: {value} ({sources[name]})\n")
    return 0


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


def run_cache(args: argparse.Namespace) -> int:
    """`cache clear` empties the cache folder; `cache dir` prints where it is."""
    from followup_lint.proofing.cache import cache_root, clear_cache

    if args.action == "dir":
        sys.stdout.write(f"{cache_root()}\n")
    else:
        sys.stdout.write(f"cleared {clear_cache()}\n")
    return 0


def run_setup(args: argparse.Namespace) -> int:
    """`setup languagetool`: the one command that downloads LanguageTool, and only on request."""
    from followup_lint.proofing.model import ProofingUnavailable

    try:
        from followup_lint.proofing.languagetool import install_local

        where = install_local(progress=sys.stderr.isatty())
    except ImportError:
        raise UsageError(
            "LanguageTool support is not installed: pip install 'followup-lint[languagetool]'"
        ) from None
    except ProofingUnavailable as exc:
        raise UsageError(f"setup languagetool failed: {exc}") from None
    sys.stdout.write(f"LanguageTool installed in {where}\n")
    return 0
