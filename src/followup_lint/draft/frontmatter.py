"""Read the optional YAML (---) or TOML (+++) block at the top of a draft into a Context."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from functools import cache
from typing import Any

from pydantic import ValidationError

from followup_lint.errors import InputError
from followup_lint.models import Context

ALLOWED_KEYS = (
    "interviewer",
    "interviewers",
    "position",
    "company",
    "sender",
    "interview_date",
    "sent_date",
    "decision_date",
    "previous_followups",
    "previous_followup_date",
    "kind",
)
_FENCES = ("---", "+++")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)\s*$")


def split_front_matter(source: str, start: int = 0) -> tuple[Context, int]:
    """Return the context the front matter declares and the offset where the letter begins.

    Front matter counts only when its opening fence is the very first line
    (at `start`, which skips a byte-order mark); otherwise the draft has none.
    """
    first_end = _line_end(source, start)
    fence = source[start:first_end].rstrip()
    if fence not in _FENCES:
        return Context(), start
    content_start = _next_line(source, first_end)
    cursor = content_start
    while cursor < len(source):
        line_end = _line_end(source, cursor)
        if source[cursor:line_end].rstrip() == fence:
            block = source[content_start:cursor]
            first_line = source.count("\n", 0, content_start) + 1
            values = (
                _load_toml(block, first_line) if fence == "+++" else _load_yaml(block, first_line)
            )
            return _context_from(values), _next_line(source, line_end)
        cursor = _next_line(source, line_end)
    raise InputError(f"front matter: no closing '{fence}'")


def _line_end(source: str, start: int) -> int:
    newline = source.find("\n", start)
    return len(source) if newline == -1 else newline


def _next_line(source: str, line_end: int) -> int:
    return min(line_end + 1, len(source))


@cache
def _yaml_loader() -> type:
    """SafeLoader (libyaml's C parser when PyYAML was built with it, about ten times faster)
    that keeps an impossible date (2026-13-45) as text, for Context to reject; built on the
    first YAML front matter, so a run without any never imports yaml (~13 ms)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
        try:
            return loader.construct_yaml_timestamp(node)
        except ValueError:
            return loader.construct_scalar(node)

    loader = type("_Loader", (base,), {})
    loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp_or_text)
    return loader


def _load_yaml(block: str, first_line: int) -> Any:
    import yaml

    try:
        return yaml.load(block, Loader=_yaml_loader())  # a SafeLoader: no arbitrary objects
    except yaml.MarkedYAMLError as error:
        problem = error.problem or error.context or "invalid YAML"
        line = first_line + error.problem_mark.line if error.problem_mark else first_line
        raise InputError(f"front matter line {line}: {_one_line(problem)}") from None
    except (yaml.YAMLError, ValueError, TypeError) as error:
        raise InputError(f"front matter: {_one_line(str(error))}") from None


def _load_toml(block: str, first_line: int) -> Any:
    try:
        return tomllib.loads(block)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        where = _TOML_POSITION.search(message)
        if where is None:
            raise InputError(f"front matter: {_one_line(message)}") from None
        line = first_line + int(where.group(1)) - 1
        raise InputError(
            f"front matter line {line}: {_one_line(message[: where.start()])}"
        ) from None


def _context_from(values: Any) -> Context:
    if values is None:
        return Context()
    if not isinstance(values, dict):
        raise InputError(f"front matter: expected 'key: value' pairs, got a {_kind_of(values)}")
    fields: dict[str, Any] = {}
    spelled: dict[str, str] = {}
    for raw_key, value in values.items():
        key = str(raw_key).strip().lower().replace("-", "_")
        if key not in ALLOWED_KEYS:
            raise InputError(f"front matter: unknown key {str(raw_key)!r}{_hint(key)}")
        fields[key] = value.date() if isinstance(value, dt.datetime) else value
        spelled[key] = str(raw_key)
    if "interviewer" in fields and "interviewers" in fields:
        raise InputError("front matter: give 'interviewer' or 'interviewers', not both")
    try:
        return Context.model_validate(fields)
    except ValidationError as error:
        first = error.errors()[0]
        key = str(first["loc"][0]) if first["loc"] else ""
        raise InputError(
            f"front matter: bad value for {spelled.get(key, key)!r}: {_one_line(first['msg'])}"
        ) from None


def _hint(key: str) -> str:
    close = difflib.get_close_matches(key, ALLOWED_KEYS, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _kind_of(value: Any) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    return type(value).__name__


def _one_line(text: str) -> str:
    return " ".join(text.split())
