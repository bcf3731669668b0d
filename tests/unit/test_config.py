"""Config discovery and validation: `.followup-lint.toml` and `[tool.followup-lint]`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup_lint.config import Config, config_for, find_config, read_config_file
from followup_lint.errors import ConfigError
from followup_lint.models import Context, Severity


@pytest.fixture(autouse=True)
def fresh_config_cache() -> Iterator[None]:
    """find_config is lru-cached per folder; every test starts and ends with a clean cache."""
    find_config.cache_clear()
    yield
    find_config.cache_clear()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- discovery ------------------------------------------------------------------------------


def test_dot_config_file_is_found_walking_up_from_a_nested_folder(tmp_path: Path) -> None:
    config_file = write(tmp_path / ".followup-lint.toml", 'select = ["tone"]\nmin-score = 70\n')
    nested = tmp_path / "drafts" / "2026" / "acme"
    nested.mkdir(parents=True)

    config = find_config(nested)

    assert config.select == ("tone",)
    assert config.min_score == 70
    assert config.source == str(config_file)


def test_pyproject_tool_table_is_found_walking_up_from_a_draft_file(tmp_path: Path) -> None:
    pyproject = write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "notes"\n\n[tool.followup-lint]\nfail-level = "warning"\n',
    )
    draft = write(tmp_path / "letters" / "acme" / "thanks.txt", "Dear Sarah,\n")

    config = config_for(draft)

    assert config.fail_level is Severity.WARNING
    assert config.source == str(pyproject)


def test_pyproject_without_the_tool_table_is_skipped_for_one_higher_up(tmp_path: Path) -> None:
    outer = write(tmp_path / "pyproject.toml", '[tool.followup-lint]\nignore = ["format"]\n')
    write(tmp_path / "project" / "pyproject.toml", '[project]\nname = "inner"\n')
    nested = tmp_path / "project" / "drafts"
    nested.mkdir(parents=True)

    config = find_config(nested)

    assert config.ignore == ("format",)
    assert config.source == str(outer)


def test_dot_config_file_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    dot = write(tmp_path / ".followup-lint.toml", 'select = ["content"]\n')
    write(tmp_path / "pyproject.toml", '[tool.followup-lint]\nselect = ["tone"]\n')

    config = find_config(tmp_path)

    assert config.select == ("content",)
    assert config.source == str(dot)


def test_nearest_config_wins_over_one_further_up(tmp_path: Path) -> None:
    write(tmp_path / ".followup-lint.toml", "min-score = 50\n")
    inner = write(tmp_path / "team" / ".followup-lint.toml", "min-score = 90\n")

    config = find_config(tmp_path / "team")

    assert config.min_score == 90
    assert config.source == str(inner)


def test_folder_with_no_config_above_it_gets_the_defaults(tmp_path: Path) -> None:
    config = find_config(tmp_path)

    assert config == Config()
    assert config.select == ("all",)
    assert config.fail_level is Severity.ERROR
    assert config.source is None


def test_explicit_config_path_is_used_instead_of_discovery(tmp_path: Path) -> None:
    write(tmp_path / ".followup-lint.toml", 'select = ["tone"]\n')
    explicit = write(tmp_path / "elsewhere" / "strict.toml", 'fail-level = "info"\n')

    config = config_for(tmp_path / "draft.txt", explicit=explicit)

    assert config.fail_level is Severity.INFO
    assert config.select == ("all",)
    assert config.source == str(explicit)


def test_explicit_config_path_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"

    with pytest.raises(ConfigError) as caught:
        config_for(None, explicit=missing)

    assert caught.value.path == str(missing)
    assert str(missing) in str(caught.value)
    assert "does not exist" in str(caught.value)


def test_explicit_pyproject_without_the_tool_table_is_an_error(tmp_path: Path) -> None:
    pyproject = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')

    with pytest.raises(ConfigError, match=r"no \[tool\.followup-lint\] table") as caught:
        config_for(None, explicit=pyproject)

    assert str(pyproject) in str(caught.value)


def test_read_config_file_returns_none_for_a_pyproject_without_the_table(tmp_path: Path) -> None:
    pyproject = write(tmp_path / "pyproject.toml", "[tool.black]\nline-length = 88\n")

    assert read_config_file(pyproject) is None


def test_tool_entry_that_is_not_a_table_is_an_error(tmp_path: Path) -> None:
    pyproject = write(tmp_path / "pyproject.toml", '[tool]\nfollowup-lint = "strict"\n')

    with pytest.raises(ConfigError, match="must be a table") as caught:
        read_config_file(pyproject)

    assert caught.value.path == str(pyproject)


# -- validation -----------------------------------------------------------------------------


def test_unknown_key_names_the_file_and_the_key(tmp_path: Path) -> None:
    config_file = write(tmp_path / ".followup-lint.toml", 'colour = "always"\n')

    with pytest.raises(ConfigError) as caught:
        find_config(tmp_path)

    message = str(caught.value)
    assert message.startswith(f"{config_file}: ")
    assert "colour" in message
    assert "unknown key" in message


def test_unknown_key_inside_the_pyproject_table_names_pyproject(tmp_path: Path) -> None:
    pyproject = write(tmp_path / "pyproject.toml", "[tool.followup-lint]\nmin-scroe = 60\n")

    with pytest.raises(ConfigError) as caught:
        config_for(tmp_path / "draft.txt")

    assert str(caught.value) == f"{pyproject}: min-scroe: unknown key"


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ('fail-level = "fatal"', "fail-level"),
        ("min-score = 200", "min-score"),
        ("min-score = -1", "min-score"),
        ('severity = { slang = "loud" }', "severity.slang"),
    ],
)
def test_bad_value_names_the_key(tmp_path: Path, line: str, key: str) -> None:
    config_file = write(tmp_path / ".followup-lint.toml", line + "\n")

    with pytest.raises(ConfigError) as caught:
        find_config(tmp_path)

    assert caught.value.path == str(config_file)
    assert caught.value.message.startswith(f"{key}: ")


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    config_file = write(tmp_path / ".followup-lint.toml", 'select = ["tone"\nmin-score = \n')

    with pytest.raises(ConfigError, match="not valid TOML") as caught:
        find_config(tmp_path)

    assert caught.value.path == str(config_file)
    assert str(caught.value).startswith(f"{config_file}: ")


def test_select_and_ignore_accept_a_comma_separated_string(tmp_path: Path) -> None:
    write(
        tmp_path / ".followup-lint.toml",
        'select = "tone, content ,slang"\nignore = "demand-reply"\nextend-select = "length,"\n',
    )

    config = find_config(tmp_path)

    assert config.select == ("tone", "content", "slang")
    assert config.ignore == ("demand-reply",)
    assert config.extend_select == ("length",)


def test_severity_overrides_are_parsed_into_severities(tmp_path: Path) -> None:
    write(tmp_path / ".followup-lint.toml", '[severity]\nslang = "error"\ntone = "info"\n')

    config = find_config(tmp_path)

    assert config.severity == {"slang": Severity.ERROR, "tone": Severity.INFO}


def test_per_rule_settings_are_kept_as_given(tmp_path: Path) -> None:
    write(tmp_path / ".followup-lint.toml", "[rules.length]\nmin-words = 60\n")

    config = find_config(tmp_path)

    assert config.rules == {"length": {"min-words": 60}}


# -- rule packs -----------------------------------------------------------------------------


def test_rule_pack_folders_are_resolved_relative_to_the_config_file(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "house-rules").mkdir(parents=True)
    (tmp_path / "shared").mkdir()
    write(project / ".followup-lint.toml", 'rule-packs = ["house-rules", "../shared"]\n')

    config = find_config(project / "house-rules")

    assert config.rule_packs == (
        str((project / "house-rules").resolve()),
        str((tmp_path / "shared").resolve()),
    )


def test_rule_pack_folders_in_pyproject_resolve_next_to_pyproject(tmp_path: Path) -> None:
    (tmp_path / "packs").mkdir()
    write(tmp_path / "pyproject.toml", '[tool.followup-lint]\nrule-packs = ["packs"]\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)

    config = find_config(nested)

    assert config.rule_packs == (str((tmp_path / "packs").resolve()),)


def test_missing_rule_pack_folder_is_an_error_naming_the_file(tmp_path: Path) -> None:
    config_file = write(tmp_path / ".followup-lint.toml", 'rule-packs = ["no-such-packs"]\n')

    with pytest.raises(ConfigError) as caught:
        find_config(tmp_path)

    assert caught.value.path == str(config_file)
    assert "rule-packs" in caught.value.message
    assert "no-such-packs" in caught.value.message
    assert "does not exist" in caught.value.message


# -- context --------------------------------------------------------------------------------


def test_context_table_becomes_a_context(tmp_path: Path) -> None:
    write(
        tmp_path / ".followup-lint.toml",
        "[context]\n"
        'interviewer = "Sarah Chen"\n'
        'position = "Data Analyst"\n'
        'company = "Acme"\n'
        "interview_date = 2026-11-17\n",
    )

    context = find_config(tmp_path).context

    assert isinstance(context, Context)
    assert context.interviewers == ("Sarah Chen",)
    assert context.position == "Data Analyst"
    assert context.company == "Acme"
    assert context.interview_date == dt.date(2026, 11, 17)


def test_context_interviewer_list_in_one_string_is_split_into_a_panel(tmp_path: Path) -> None:
    write(tmp_path / ".followup-lint.toml", '[context]\ninterviewer = "Sarah Chen; Raj Patel"\n')

    assert find_config(tmp_path).context.interviewers == ("Sarah Chen", "Raj Patel")


def test_unknown_context_key_is_an_error_naming_it(tmp_path: Path) -> None:
    write(tmp_path / ".followup-lint.toml", '[context]\nhiring-manager = "Sarah"\n')

    with pytest.raises(ConfigError) as caught:
        find_config(tmp_path)

    assert caught.value.message == "context.hiring-manager: unknown key"


# -- overrides ------------------------------------------------------------------------------


def test_with_overrides_replaces_only_the_given_values(tmp_path: Path) -> None:
    config_file = write(
        tmp_path / ".followup-lint.toml",
        'select = ["tone"]\nmin-score = 70\n[context]\ninterviewer = "Sarah Chen"\n',
    )
    config = find_config(tmp_path)

    changed = config.with_overrides(fail_level="warning", select=None, min_score=None)

    assert changed.fail_level is Severity.WARNING
    assert changed.select == ("tone",)
    assert changed.min_score == 70
    assert changed.context.interviewers == ("Sarah Chen",)
    assert changed.source == str(config_file)
    assert config.fail_level is Severity.ERROR  # the original is untouched


def test_with_overrides_and_nothing_given_returns_the_same_config() -> None:
    config = Config(select=("tone",))

    assert config.with_overrides(select=None, ignore=None) is config


def test_with_overrides_splits_a_comma_string_like_the_file_does() -> None:
    changed = Config().with_overrides(ignore="slang, length")

    assert changed.ignore == ("slang", "length")
    assert changed.select == ("all",)


def test_with_overrides_rejects_a_bad_value_naming_the_field() -> None:
    with pytest.raises(ConfigError, match=r"^min_score: "):
        Config().with_overrides(min_score=300)
