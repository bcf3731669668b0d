"""Checks and formatters are discovered through entry points, exactly as plug-ins would be."""

from __future__ import annotations

import importlib
import tomllib
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from followup_lint import registry
from followup_lint.checks.base import Check
from followup_lint.errors import PluginError
from followup_lint.registry import (
    CHECK_GROUP,
    check_plugins,
    formatter_classes,
    validate_against_packs,
)
from followup_lint.rulepacks import load_packs

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
DECLARED_CHECKS: dict[str, str] = PYPROJECT["project"]["entry-points"][CHECK_GROUP]
BUILTIN_IDS = {
    "gratitude",
    "interviewer-name",
    "position",
    "interview-date",
    "slang",
    "length",
    "demand-reply",
    "grammar",
    "spelling",
}
# The sample plug-in module next to this file, under whatever name pytest imported us by.
_PACKAGE = __name__.rpartition(".")[0]
SAMPLES = f"{_PACKAGE}.plugin_samples" if _PACKAGE else "plugin_samples"
plugin_samples = importlib.import_module(SAMPLES)


@pytest.fixture(autouse=True)
def fresh_plugin_cache() -> Iterator[None]:
    """check_plugins and the entry points are lru-cached; no test may see (or leave behind)
    another's plug-ins."""
    check_plugins.cache_clear()
    registry.check_entry_points.cache_clear()
    yield
    check_plugins.cache_clear()
    registry.check_entry_points.cache_clear()


def sample(name: str, attribute: str) -> EntryPoint:
    """A real entry point naming `attribute` of the sample plug-in module."""
    return EntryPoint(name=name, value=f"{SAMPLES}:{attribute}", group=CHECK_GROUP)


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch):
    """Make `entry_points(group=...)` report exactly the given check entry points."""

    def install(*eps: EntryPoint) -> None:
        def fake_entry_points(*, group: str) -> list[EntryPoint]:
            return [ep for ep in eps if ep.group == group]

        monkeypatch.setattr(registry, "entry_points", fake_entry_points)

    return install


# -- the built-in checks, as installed --------------------------------------------------------


def test_pyproject_declares_an_entry_point_for_every_built_in_check() -> None:
    assert set(DECLARED_CHECKS) >= BUILTIN_IDS


def test_check_plugins_finds_every_built_in_check_through_its_entry_point() -> None:
    plugins = {plugin.name: plugin for plugin in check_plugins()}

    assert set(plugins) >= BUILTIN_IDS
    for name in BUILTIN_IDS:
        plugin = plugins[name]
        module, _, attribute = DECLARED_CHECKS[name].partition(":")
        assert issubclass(plugin.cls, Check)
        assert plugin.cls.id == name
        assert (plugin.cls.__module__, plugin.cls.__name__) == (module, attribute)
        assert plugin.provider == f"followup-lint ({DECLARED_CHECKS[name]})"


def test_check_plugins_are_in_name_order_and_cached() -> None:
    plugins = check_plugins()

    assert [p.name for p in plugins] == sorted(p.name for p in plugins)
    assert check_plugins() is plugins


def test_every_built_in_check_has_a_pack_and_builds_from_it() -> None:
    plugins = check_plugins()
    packs = load_packs()

    assert validate_against_packs(plugins, packs) is None
    for plugin in plugins:
        check = plugin.cls(packs[plugin.name])
        assert check.category is packs[plugin.name].rule.category
        assert check.severity is packs[plugin.name].rule.severity


def test_missing_rule_pack_is_a_plugin_error_naming_the_plug_in() -> None:
    packs = load_packs()
    del packs["slang"]

    with pytest.raises(PluginError) as caught:
        validate_against_packs(check_plugins(), packs)

    message = str(caught.value)
    assert message.startswith("plug-in 'slang' from followup-lint (")
    assert "followup_lint.checks.slang:Slang" in message
    assert "rules/<category>/slang.toml" in message


def test_built_in_formatters_are_registered() -> None:
    formatters = formatter_classes()

    assert {"text", "json"} <= set(formatters)
    assert all(isinstance(cls, type) for cls in formatters.values())


# -- third-party plug-ins ---------------------------------------------------------------------


def test_a_well_formed_plug_in_is_registered_with_its_entry_point_as_provider(installed) -> None:
    installed(sample("buzzwords", "Buzzwords"))

    (plugin,) = check_plugins()

    assert plugin.name == "buzzwords"
    assert plugin.cls is plugin_samples.Buzzwords
    assert plugin.provider == f"{SAMPLES}:Buzzwords"


def test_a_plug_in_needs_a_rule_pack_of_its_own(installed, tmp_path: Path) -> None:
    installed(sample("buzzwords", "Buzzwords"))
    plugins = check_plugins()

    with pytest.raises(PluginError, match=r"plug-in 'buzzwords' .* has no rule pack"):
        validate_against_packs(plugins, load_packs())

    pack = tmp_path / "tone" / "buzzwords.toml"
    pack.parent.mkdir()
    pack.write_text(
        '[rule]\nid = "buzzwords"\ncategory = "tone"\nseverity = "info"\ntype = "phrases"\n'
        'summary = "s"\nwhy = "w"\nwhat = "w"\nbad = "b"\ngood = "g"\n',
        encoding="utf-8",
    )
    assert validate_against_packs(plugins, load_packs([tmp_path])) is None


def test_entry_point_name_that_differs_from_the_class_id_is_an_error(installed) -> None:
    installed(sample("buzzwords", "Jargon"))

    with pytest.raises(PluginError) as caught:
        check_plugins()

    message = str(caught.value)
    assert message.startswith(f"plug-in 'buzzwords' from {SAMPLES}:Jargon")
    assert "differs from its id 'jargon'" in message


def test_entry_point_name_that_is_not_kebab_case_is_an_error(installed) -> None:
    installed(sample("snake_case", "SnakeCase"))

    with pytest.raises(PluginError) as caught:
        check_plugins()

    assert str(caught.value) == (
        f"plug-in 'snake_case' from {SAMPLES}:SnakeCase: rule id must be kebab-case"
    )


@pytest.mark.parametrize("attribute", ["NotACheck", "not_a_class"])
def test_entry_point_that_is_not_a_check_subclass_is_an_error(installed, attribute: str) -> None:
    installed(sample("not-a-check", attribute))

    with pytest.raises(PluginError) as caught:
        check_plugins()

    assert str(caught.value) == (
        f"plug-in 'not-a-check' from {SAMPLES}:{attribute} is not a Check subclass"
    )


def test_entry_point_that_cannot_be_imported_is_an_error_naming_it(installed) -> None:
    installed(
        EntryPoint(name="ghost", value="followup_lint_no_such_module:Ghost", group=CHECK_GROUP)
    )

    with pytest.raises(PluginError) as caught:
        check_plugins()

    message = str(caught.value)
    assert message.startswith("plug-in 'ghost' from followup_lint_no_such_module:Ghost")
    assert f"in {CHECK_GROUP} failed to load" in message
    assert "followup_lint_no_such_module" in message


def test_entry_point_naming_a_missing_class_is_an_error(installed) -> None:
    installed(sample("buzzwords", "NoSuchClass"))

    with pytest.raises(PluginError, match=r"plug-in 'buzzwords' .* failed to load"):
        check_plugins()


def test_two_classes_registered_under_one_id_is_an_error(installed) -> None:
    installed(sample("buzzwords", "Buzzwords"), sample("buzzwords", "OtherBuzzwords"))

    with pytest.raises(PluginError, match="rule id 'buzzwords' is registered twice"):
        check_plugins()


def test_the_same_class_registered_twice_counts_once(installed) -> None:
    installed(sample("buzzwords", "Buzzwords"), sample("buzzwords", "Buzzwords"))

    plugins = check_plugins()

    assert [(p.name, p.cls) for p in plugins] == [("buzzwords", plugin_samples.Buzzwords)]


def test_plug_ins_of_other_groups_are_not_checks(installed) -> None:
    installed(
        sample("buzzwords", "Buzzwords"),
        EntryPoint(name="xml", value=f"{SAMPLES}:NotACheck", group="followup_lint.formatters"),
    )

    assert [p.name for p in check_plugins()] == ["buzzwords"]


def test_a_bad_plug_in_is_reported_even_among_good_ones(installed) -> None:
    installed(sample("buzzwords", "Buzzwords"), sample("aaa-first", "Jargon"))

    with pytest.raises(PluginError, match="plug-in 'aaa-first'"):
        check_plugins()
