"""Find and validate `[tool.followup-lint]` / `.followup-lint.toml`, and merge overrides."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from followup_lint.errors import ConfigError
from followup_lint.models import Context, Severity

CONFIG_FILE = ".followup-lint.toml"
PYPROJECT = "pyproject.toml"


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class LanguageToolConfig(BaseModel):
    """`[tool.followup-lint.languagetool]`: which proofreading engine, and how."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", alias_generator=_kebab, populate_by_name=True
    )

    mode: Literal["auto", "local", "remote", "public", "off"] = Field(
        default="auto",
        description="auto: a configured remote URL, else an installed local LanguageTool, "
        "else the offline checker. public sends text to LanguageTool's public API (opt-in).",
    )
    url: str | None = Field(default=None, description="A self-hosted LanguageTool server.")
    timeout: float = Field(default=10.0, gt=0, description="Seconds per request.")
    enabled_rules: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()


class Config(BaseModel):
    """Everything a run can be configured with; keys are kebab-case in TOML."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", alias_generator=_kebab, populate_by_name=True
    )

    select: tuple[str, ...] = Field(
        default=("all",), description="Rule ids or categories to run ('all' for every rule)."
    )
    ignore: tuple[str, ...] = Field(default=(), description="Rule ids or categories to skip.")
    extend_select: tuple[str, ...] = Field(default=(), description="Added to `select`.")
    severity: dict[str, Severity] = Field(
        default_factory=dict, description="Per-rule (or per-category) severity overrides."
    )
    fail_level: Severity = Field(
        default=Severity.ERROR, description="The lowest severity that fails a file."
    )
    min_score: int | None = Field(default=None, ge=0, le=100)
    model: str | None = Field(default=None, description="spaCy pipeline name or path.")
    rule_packs: tuple[str, ...] = Field(
        default=(), description="Extra rule-pack folders (relative to the config file)."
    )
    context: Context = Field(default_factory=Context, description="Default context.")
    rules: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="Per-rule settings, e.g. rules.length.min-words."
    )
    language: Literal["en", "en-US", "en-GB"] = Field(
        default="en", description="en accepts British and American spelling alike."
    )
    words: tuple[str, ...] = Field(default=(), description="Words never flagged as misspelt.")
    languagetool: LanguageToolConfig = Field(default_factory=LanguageToolConfig)
    cache: bool = Field(default=True, description="Cache proofreading results on disk.")
    require_grammar: bool = Field(
        default=False, description="Fail a file whose grammar could not be fully checked."
    )
    source: str | None = Field(default=None, exclude=True, description="Where it was read.")

    @field_validator("select", "ignore", "extend_select", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split(",") if v.strip())
        return value

    def with_overrides(self, **overrides: Any) -> Config:
        """A copy with the given fields replaced (None means 'not given')."""
        given = {k: v for k, v in overrides.items() if v is not None}
        if not given:
            return self
        data = self.model_dump(by_alias=False)
        data.update(given)
        data["source"] = self.source
        try:
            return Config.model_validate(data)
        except ValidationError as exc:
            raise ConfigError(_describe(exc)) from None


def _describe(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        message = "unknown key"
    return f"{where}: {message}" if where else message


def parse_config(data: dict[str, Any], source: str) -> Config:
    """Validate a config table; errors name the file and the key."""
    data = dict(data)
    if isinstance(data.get("context"), dict):
        fields = Context.model_fields
        data["context"] = {
            (k.replace("-", "_") if k.replace("-", "_") in fields else k): v
            for k, v in data["context"].items()
        }
    base = Path(source).parent
    packs = data.get("rule-packs", data.get("rule_packs"))
    if isinstance(packs, list):
        key = "rule-packs" if "rule-packs" in data else "rule_packs"
        data[key] = [str((base / p).resolve()) for p in packs]
    try:
        config = Config.model_validate({**data, "source": source})
    except ValidationError as exc:
        raise ConfigError(_describe(exc), path=source) from None
    for folder in config.rule_packs:
        if not Path(folder).is_dir():
            raise ConfigError(f"rule-packs: folder {folder!r} does not exist", path=source)
    return config


def read_config_file(path: Path) -> Config | None:
    """The config in `path`, or None for a pyproject.toml without our table."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config: {exc}", path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=str(path)) from None
    if path.name == PYPROJECT:
        table = raw.get("tool", {}).get("followup-lint")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError("[tool.followup-lint] must be a table", path=str(path))
        return parse_config(table, str(path))
    return parse_config(raw, str(path))


@lru_cache(maxsize=256)
def find_config(start: Path) -> Config:
    """The nearest config walking up from `start` (a folder); defaults when there is none."""
    folder = start.resolve()
    for candidate_dir in (folder, *folder.parents):
        for name in (CONFIG_FILE, PYPROJECT):
            candidate = candidate_dir / name
            if candidate.is_file():
                config = read_config_file(candidate)
                if config is not None:
                    return config
    return Config()


def config_for(path: str | Path | None, explicit: str | Path | None = None) -> Config:
    """The config that governs a draft: an explicit file, else the nearest one above it."""
    if explicit is not None:
        explicit = Path(explicit)
        if not explicit.is_file():
            raise ConfigError("config file does not exist", path=str(explicit))
        config = read_config_file(explicit)
        if config is None:
            raise ConfigError("no [tool.followup-lint] table", path=str(explicit))
        return config
    if path is None:
        return find_config(Path.cwd())
    target = Path(path)
    return find_config(target if target.is_dir() else target.parent)
