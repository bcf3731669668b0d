"""Where a draft's context comes from, and which source wins for each field.

Highest first: command-line flags, the draft's front matter, a sidecar `NAME.context.toml`
next to the draft, `.eml` headers, the nearest `context.toml` in the draft's folder or a
parent folder, then the config's `[context]` table.
"""

from __future__ import annotations

import datetime as dt
import difflib
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from followup_lint.errors import InputError
from followup_lint.models import Context

if TYPE_CHECKING:
    from followup_lint.config import Config
    from followup_lint.draft import ParsedDraft

SIDECAR_SUFFIX = ".context.toml"
SHARED_NAME = "context.toml"
FIELDS = tuple(Context.model_fields)
_KEYS = (*FIELDS, "interviewer")

Layer = tuple[Context, str]


def sidecar_path(path: Path) -> Path:
    """`sarah.txt` → `sarah.context.toml` in the same folder."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def shared_context_path(path: Path) -> Path | None:
    """The nearest `context.toml` in the draft's folder or a parent folder, if any."""
    folder = path.resolve().parent
    for candidate_dir in (folder, *folder.parents):
        candidate = candidate_dir / SHARED_NAME
        if candidate.is_file():
            return candidate
    return None


def load_context_file(path: Path) -> Context:
    """A context TOML file (snake_case or kebab-case keys); errors name the file and key."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read context file: {_one_line(str(exc))}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {_one_line(str(exc))}") from None
    fields: dict[str, Any] = {}
    spelled: dict[str, str] = {}
    for raw_key, value in raw.items():
        key = raw_key.strip().lower().replace("-", "_")
        if key not in _KEYS:
            close = difflib.get_close_matches(key, _KEYS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise InputError(f"{path}: unknown key {raw_key!r}{hint}")
        fields[key] = value.date() if isinstance(value, dt.datetime) else value
        spelled[key] = raw_key
    if "interviewer" in fields and "interviewers" in fields:
        raise InputError(f"{path}: give 'interviewer' or 'interviewers', not both")
    try:
        return Context.model_validate(fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = str(first["loc"][0]) if first["loc"] else ""
        if key == "interviewers" and "interviewer" in spelled:
            key = "interviewer"
        raise InputError(
            f"{path}: bad value for {spelled.get(key, key)!r}: {_one_line(first['msg'])}"
        ) from None


def file_layers(path: Path, parsed: ParsedDraft) -> list[Layer]:
    """The draft's own context sources, highest precedence first (no CLI, no config)."""
    own = parsed.context
    layers: list[Layer] = []
    if parsed.format != "eml":
        layers.append((own, "front matter"))
    sidecar = sidecar_path(path)
    if sidecar.is_file():
        layers.append((load_context_file(sidecar), f"sidecar {sidecar.name}"))
    if parsed.format == "eml":
        layers.append((own, "e-mail headers"))
    shared = shared_context_path(path)
    if shared is not None:
        layers.append((load_context_file(shared), f"{SHARED_NAME} ({shared})"))
    return layers


def merge_layers(layers: list[Layer]) -> tuple[Context, dict[str, str]]:
    """Merge contexts given highest first; each set field remembers which layer gave it."""
    merged = Context()
    sources: dict[str, str] = {}
    for context, label in reversed(layers):
        merged = context.merged_over(merged)
        for name in FIELDS:
            if getattr(context, name) not in (None, ()):
                sources[name] = label
    return merged, {name: sources[name] for name in FIELDS if name in sources}


def file_context(path: Path, parsed: ParsedDraft) -> tuple[Context, dict[str, str]]:
    """Front matter or headers, sidecar and shared `context.toml`, merged."""
    return merge_layers(file_layers(path, parsed))


def cli_layers(cli: Context | None) -> list[Layer]:
    """One layer per flag given, labelled with the flag."""
    if cli is None:
        return []
    layers: list[Layer] = []
    for name in FIELDS:
        value = getattr(cli, name)
        if value not in (None, ()):
            flag = "interviewer" if name == "interviewers" else name
            layers.append((Context.model_validate({name: value}), "--" + flag.replace("_", "-")))
    return layers


def resolve_context(
    path: Path, parsed: ParsedDraft, cli: Context | None, config: Config
) -> tuple[Context, dict[str, str]]:
    """The context a draft is linted with, and the source of every set field."""
    label = f"config ({config.source})" if config.source else "config"
    layers = [*cli_layers(cli), *file_layers(path, parsed), (config.context, label)]
    return merge_layers(layers)


def format_value(value: Any) -> str:
    """A context value as text: names joined by commas, dates as YYYY-MM-DD."""
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value.value if hasattr(value, "value") else value)


def _one_line(text: str) -> str:
    return " ".join(text.split())
