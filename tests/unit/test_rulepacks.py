"""Rule packs: the built-in TOML files load, and a malformed pack is a one-line error."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint.errors import RulePackError
from followup_lint.models import Category, Kind, Severity
from followup_lint.rulepacks import builtin_rules_dir, load_folder, load_packs, parse_pack

ROOT = Path(__file__).resolve().parents[2]
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


def rule_table(rule_id: str = "buzzwords", category: str = "tone", extra: str = "") -> str:
    """The `[rule]` table of a small, valid pack."""
    return (
        "[rule]\n"
        f'id = "{rule_id}"\n'
        f'category = "{category}"\n'
        'severity = "warning"\n'
        'summary = "Corporate buzzwords."\n'
        'why = "Buzzwords hide what you mean."\n'
        'what = "Words such as synergy."\n'
        'bad = "Our synergy was great."\n'
        'good = "We worked well together."\n'
        f"{extra}\n"
    )


def write_pack(folder: Path, text: str, name: str = "buzzwords", category: str = "tone") -> Path:
    path = folder / category / f"{name}.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def invalid(text: str, path: str = "/packs/tone/buzzwords.toml") -> RulePackError:
    """The error parse_pack raises for `text`; fails the test when it raises none."""
    with pytest.raises(RulePackError) as caught:
        parse_pack(text, path)
    assert caught.value.path == path
    assert str(caught.value).startswith(f"{path}: ")
    return caught.value


# -- the built-in packs ---------------------------------------------------------------------


def test_every_built_in_check_has_a_built_in_pack() -> None:
    assert set(load_packs()) >= BUILTIN_IDS


@pytest.mark.parametrize("rule_id", sorted(BUILTIN_IDS))
def test_built_in_pack_documents_its_rule(rule_id: str) -> None:
    pack = load_packs()[rule_id]

    assert pack.id == rule_id
    assert Path(pack.path).stem == rule_id
    for field in ("summary", "why", "what", "bad", "good", "source"):
        assert getattr(pack.rule, field).strip(), f"{rule_id}: empty {field}"


def test_built_in_packs_sit_in_the_folder_of_their_category() -> None:
    for rule_id, pack in load_packs().items():
        assert Path(pack.path).parent.name == pack.rule.category.value, rule_id


def test_built_in_pack_kinds_are_known_kinds_of_note() -> None:
    known = {kind.value for kind in Kind}
    for rule_id, pack in load_packs().items():
        assert set(pack.rule.kinds) <= known, rule_id


def test_built_in_data_and_phrase_packs_have_the_messages_their_checks_use() -> None:
    packs = load_packs()

    assert packs["slang"].message("default")
    assert packs["demand-reply"].message("default")
    assert packs["gratitude"].message("missing")


def test_built_in_rules_dir_is_the_checkouts_rules_folder() -> None:
    assert Path(str(builtin_rules_dir())).resolve() == ROOT / "rules"


def test_a_built_in_pack_loads_into_typed_models() -> None:
    slang = load_packs()["slang"]

    assert slang.rule.category is Category.TONE
    assert slang.rule.severity is Severity.WARNING
    thanks = next(e for e in slang.entries if e.id == "text-speak-thanks")
    assert "thx" in thanks.phrases
    assert thanks.patterns == ()
    assert thanks.suggestions == ("thank you",)


# -- pack structure -------------------------------------------------------------------------


def test_a_minimal_pack_parses_with_defaults() -> None:
    pack = parse_pack(rule_table(), "/packs/tone/buzzwords.toml")

    assert pack.id == "buzzwords"
    assert pack.rule.type == "python"
    assert pack.rule.kinds == ()
    assert pack.entries == ()
    assert pack.path == "/packs/tone/buzzwords.toml"


def test_phrase_and_pattern_entries_expose_phrases_and_patterns_as_tuples() -> None:
    pack = parse_pack(
        rule_table()
        + '[[entry]]\nid = "synergy"\nphrase = "synergy"\n'
        + '[[entry]]\nid = "leverage"\nphrase = ["leverage", "leveraging"]\n'
        + '[[entry]]\nid = "circle-back"\npattern = [{ LOWER = "circle" }, { LOWER = "back" }]\n'
        + '[[entry]]\nid = "deep-dive"\n'
        + 'pattern = [[{ LOWER = "deep" }, { LOWER = "dive" }], [{ LOWER = "deep-dive" }]]\n',
        "/packs/tone/buzzwords.toml",
    )
    entries = {e.id: e for e in pack.entries}

    assert entries["synergy"].phrases == ("synergy",)
    assert entries["leverage"].phrases == ("leverage", "leveraging")
    assert entries["circle-back"].patterns == ([{"LOWER": "circle"}, {"LOWER": "back"}],)
    assert entries["deep-dive"].patterns == (
        [{"LOWER": "deep"}, {"LOWER": "dive"}],
        [{"LOWER": "deep-dive"}],
    )
    assert entries["circle-back"].phrases == ()


def test_pack_whose_file_name_differs_from_its_id_is_an_error_naming_the_file() -> None:
    error = invalid(rule_table("buzzwords"), path="/packs/tone/jargon.toml")

    assert "'buzzwords'" in error.message
    assert "'jargon'" in error.message


def test_entry_with_both_phrase_and_pattern_is_an_error_naming_the_entry() -> None:
    error = invalid(
        rule_table() + '[[entry]]\nid = "synergy"\nphrase = "synergy"\n'
        'pattern = [{ LOWER = "synergy" }]\n'
    )

    assert "entry 'synergy' needs exactly one of 'phrase' or 'pattern'" in error.message


def test_entry_with_neither_phrase_nor_pattern_is_an_error_naming_the_entry() -> None:
    error = invalid(rule_table() + '[[entry]]\nid = "synergy"\nmessage = "No."\n')

    assert "entry 'synergy' needs exactly one of 'phrase' or 'pattern'" in error.message


@pytest.mark.parametrize("empty", ["phrase = []", "pattern = []"])
def test_entry_with_an_empty_phrase_or_pattern_list_is_an_error(empty: str) -> None:
    error = invalid(rule_table() + f'[[entry]]\nid = "synergy"\n{empty}\n')

    assert "synergy" in error.message


def test_allow_entry_needs_a_phrase_or_a_pattern() -> None:
    error = invalid(rule_table() + '[[allow]]\nid = "fine"\n')

    assert "allow.0" in error.message
    assert "exactly one of 'phrase' or 'pattern'" in error.message


def test_duplicate_entry_ids_are_an_error_naming_the_id() -> None:
    error = invalid(
        rule_table()
        + '[[entry]]\nid = "synergy"\nphrase = "synergy"\n'
        + '[[entry]]\nid = "synergy"\nphrase = "synergies"\n'
    )

    assert "duplicate entry id 'synergy'" in error.message


def test_rule_id_that_is_not_kebab_case_is_an_error() -> None:
    error = invalid(rule_table("Buzz_Words"), path="/packs/tone/Buzz_Words.toml")

    assert "rule id 'Buzz_Words' is not kebab-case" in error.message


@pytest.mark.parametrize("entry_id", ["Synergy", "circle_back", "-lead", "two  words"])
def test_entry_id_that_is_not_kebab_case_is_an_error(entry_id: str) -> None:
    error = invalid(rule_table() + f'[[entry]]\nid = "{entry_id}"\nphrase = "synergy"\n')

    assert f"entry id {entry_id!r} is not kebab-case" in error.message


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('colour = "red"\n' + rule_table(), "colour"),
        (rule_table(extra='colour = "red"'), "rule.colour"),
        (
            rule_table() + '[[entry]]\nid = "synergy"\nphrase = "synergy"\nhint = "x"\n',
            "entry.0.hint",
        ),
        (rule_table() + '[[allow]]\nphrase = "synergy"\nreason = "x"\n', "allow.0.reason"),
    ],
)
def test_unknown_keys_are_an_error_naming_where_they_are(text: str, where: str) -> None:
    error = invalid(text)

    assert f"{where}: Extra inputs are not permitted" in error.message


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (rule_table(category="style"), "rule.category"),
        (rule_table().replace('severity = "warning"', 'severity = "fatal"'), "rule.severity"),
        (rule_table(extra='type = "regex"'), "rule.type"),
    ],
)
def test_bad_rule_values_are_errors_naming_the_key(text: str, where: str) -> None:
    error = invalid(text)

    assert error.message.startswith(f"invalid rule pack: {where}: ")


def test_missing_documentation_field_is_an_error_naming_it() -> None:
    text = "\n".join(line for line in rule_table().splitlines() if not line.startswith("why ="))

    error = invalid(text)

    assert "rule.why" in error.message


def test_invalid_toml_is_an_error_naming_the_file() -> None:
    error = invalid(rule_table() + "[[entry]\nid = \n")

    assert error.message.startswith("not valid TOML")


def test_unknown_kind_of_note_is_an_error() -> None:
    error = invalid(rule_table(extra='kinds = ["thankyou"]'))

    assert "kinds" in error.message


def test_known_kinds_of_note_are_accepted() -> None:
    pack = parse_pack(
        rule_table(extra='kinds = ["thank-you", "status-inquiry"]'), "/p/tone/buzzwords.toml"
    )

    assert pack.rule.kinds == ("thank-you", "status-inquiry")


# -- messages, terms and settings -----------------------------------------------------------


def test_message_returns_the_text_of_a_known_key() -> None:
    pack = parse_pack(
        rule_table() + "[messages]\ndefault = \"'{match}' is jargon.\"\n", "/p/tone/buzzwords.toml"
    )

    assert pack.message("default") == "'{match}' is jargon."


def test_missing_message_key_is_a_pack_error_not_a_silent_default() -> None:
    pack = parse_pack(rule_table() + '[messages]\ndefault = "x"\n', "/p/tone/buzzwords.toml")

    with pytest.raises(RulePackError) as caught:
        pack.message("missing")

    assert caught.value.path == "/p/tone/buzzwords.toml"
    assert "rule pack 'buzzwords' has no message 'missing'" in str(caught.value)


def test_term_set_is_lower_cased_for_membership_tests() -> None:
    pack = parse_pack(
        rule_table() + '[terms]\nbuzz = ["Synergy", "LEVERAGE", "paradigm"]\n',
        "/p/tone/buzzwords.toml",
    )

    assert pack.term_set("buzz") == frozenset({"synergy", "leverage", "paradigm"})
    assert pack.terms["buzz"] == ("Synergy", "LEVERAGE", "paradigm")  # the pack keeps its text


def test_missing_terms_list_is_a_pack_error() -> None:
    pack = parse_pack(rule_table(), "/p/tone/buzzwords.toml")

    with pytest.raises(RulePackError, match="has no terms list 'buzz'"):
        pack.term_set("buzz")


def test_settings_keep_their_toml_types() -> None:
    pack = parse_pack(
        rule_table() + '[settings]\nmax_hits = 3\nratio = 0.5\nstrict = true\nmode = "loose"\n',
        "/p/tone/buzzwords.toml",
    )

    assert pack.settings == {"max_hits": 3, "ratio": 0.5, "strict": True, "mode": "loose"}
    assert type(pack.settings["max_hits"]) is int
    assert type(pack.settings["ratio"]) is float
    assert type(pack.settings["strict"]) is bool


# -- folders --------------------------------------------------------------------------------


def test_load_folder_finds_packs_in_category_subfolders(tmp_path: Path) -> None:
    write_pack(tmp_path, rule_table())
    write_pack(tmp_path, rule_table("thanks-twice", "content"), "thanks-twice", "content")
    (tmp_path / "README.md").write_text("not a pack", encoding="utf-8")

    packs = load_folder(tmp_path)

    assert set(packs) == {"buzzwords", "thanks-twice"}
    assert packs["thanks-twice"].rule.category is Category.CONTENT


def test_same_rule_id_twice_in_one_folder_is_an_error(tmp_path: Path) -> None:
    first = write_pack(tmp_path, rule_table(category="format"), category="format")
    second = write_pack(tmp_path, rule_table(category="tone"), category="tone")  # read later

    with pytest.raises(RulePackError, match="defined twice") as caught:
        load_folder(tmp_path)

    assert caught.value.path == str(second)
    assert str(first) in caught.value.message


def test_load_folder_of_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="does not exist"):
        load_folder(tmp_path / "nowhere")


def test_a_bad_pack_in_a_user_folder_names_its_file(tmp_path: Path) -> None:
    bad = write_pack(tmp_path, rule_table() + '[[entry]]\nid = "x"\n')

    with pytest.raises(RulePackError) as caught:
        load_packs([tmp_path])

    assert caught.value.path == str(bad)


def test_user_folder_adds_packs_to_the_built_in_ones(tmp_path: Path) -> None:
    write_pack(tmp_path, rule_table())

    packs = load_packs([tmp_path])

    assert set(packs) == set(load_packs()) | {"buzzwords"}


def test_user_pack_overrides_the_built_in_pack_of_the_same_id(tmp_path: Path) -> None:
    custom = rule_table("slang").replace('severity = "warning"', 'severity = "error"')
    path = write_pack(tmp_path, custom + '[messages]\ndefault = "Too casual."\n', "slang")

    packs = load_packs([tmp_path])

    assert packs["slang"].path == str(path)
    assert packs["slang"].rule.severity is Severity.ERROR
    assert packs["slang"].message("default") == "Too casual."
    assert load_packs()["slang"].path == str(ROOT / "rules" / "tone" / "slang.toml")


def test_later_user_folders_win_over_earlier_ones(tmp_path: Path) -> None:
    write_pack(tmp_path / "team", rule_table())
    mine = write_pack(tmp_path / "mine", rule_table())

    assert load_packs([tmp_path / "team", tmp_path / "mine"])["buzzwords"].path == str(mine)


def test_load_packs_returns_a_fresh_dict_each_call(tmp_path: Path) -> None:
    packs = load_packs()
    packs.pop("slang")

    assert "slang" in load_packs()
