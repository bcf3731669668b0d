"""Discover checks and formatters through entry points, exactly as a third-party plug-in would."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points

from followup_lint.errors import PluginError
from followup_lint.rulepacks import KEBAB, RulePack

CHECK_GROUP = "followup_lint.checks"
FORMATTER_GROUP = "followup_lint.formatters"


@dataclass(frozen=True, slots=True)
class CheckPlugin:
    """A registered check class and the entry point that provides it."""

    name: str
    cls: type
    entry_point: EntryPoint

    @property
    def provider(self) -> str:
        """'distribution (module:Class)', for messages; read from the distribution's metadata
        only when asked (parsing it for every check costs a cold start ~40 ms)."""
        return _provider(self.entry_point)


def _provider(ep: EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    return f"{dist.name} ({ep.value})" if dist is not None else ep.value


def _load(ep: EntryPoint, group: str) -> object:
    try:
        return ep.load()
    except Exception as exc:
        raise PluginError(
            f"plug-in {ep.name!r} from {_provider(ep)} in {group} failed to load: {exc}"
        ) from None


@lru_cache(maxsize=1)
def check_entry_points() -> tuple[EntryPoint, ...]:
    """The `followup_lint.checks` entry points by name, read once per process (scanning every
    installed distribution's metadata costs tens of milliseconds, and a run needs it twice:
    for the checks and for the result cache's rule-set fingerprint)."""
    return tuple(sorted(entry_points(group=CHECK_GROUP), key=lambda e: (e.name, e.value)))


def check_names() -> tuple[str, ...]:
    """The rule ids registered as checks, read from metadata without importing any check
    (enough for `rules` and `explain`; `check_plugins` validates the classes themselves)."""
    return tuple(sorted({ep.name for ep in check_entry_points()}))


@lru_cache(maxsize=1)
def check_plugins() -> tuple[CheckPlugin, ...]:
    """Every check class registered in the `followup_lint.checks` group, validated, by name."""
    from followup_lint.checks.base import Check

    found: dict[str, CheckPlugin] = {}
    for ep in check_entry_points():
        cls = _load(ep, CHECK_GROUP)
        if not (isinstance(cls, type) and issubclass(cls, Check)):
            raise PluginError(f"plug-in {ep.name!r} from {_provider(ep)} is not a Check subclass")
        if not KEBAB.match(ep.name):
            raise PluginError(
                f"plug-in {ep.name!r} from {_provider(ep)}: rule id must be kebab-case"
            )
        if cls.id != ep.name:
            raise PluginError(
                f"plug-in {ep.name!r} from {_provider(ep)}: entry-point name differs from its "
                f"id {cls.id!r}"
            )
        if ep.name in found and found[ep.name].cls is not cls:
            raise PluginError(f"rule id {ep.name!r} is registered twice ({_provider(ep)})")
        found[ep.name] = CheckPlugin(ep.name, cls, ep)
    return tuple(found.values())


def validate_against_packs(plugins: tuple[CheckPlugin, ...], packs: Mapping[str, RulePack]) -> None:
    """Every registered check must have a rule pack that documents it."""
    for plugin in plugins:
        if plugin.name not in packs:
            raise PluginError(
                f"plug-in {plugin.name!r} from {plugin.provider} has no rule pack "
                f"(add rules/<category>/{plugin.name}.toml or a rule-pack folder in config)"
            )


@lru_cache(maxsize=1)
def formatter_classes() -> dict[str, type]:
    """Output formats registered in the `followup_lint.formatters` group."""
    return {
        ep.name: _load(ep, FORMATTER_GROUP)  # type: ignore[misc]
        for ep in sorted(entry_points(group=FORMATTER_GROUP), key=lambda e: e.name)
    }
