"""Entry matchers built from rule packs, and the data-driven PhraseCheck and RequiredCheck."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from followup_lint import Linter
from followup_lint.annotated import Draft
from followup_lint.checks.base import Hit, PhraseCheck, RequiredCheck, data_check, resolve_settings
from followup_lint.draft import TextRange, parse_draft
from followup_lint.errors import ConfigError, RulePackError
from followup_lint.matching import EntryMatcher, entry_matcher, needs_of
from followup_lint.models import Category, Context, Severity
from followup_lint.nlp import CAPABILITIES, components_for, load_pipeline, resolve_model_name
from followup_lint.registry import check_plugins
from followup_lint.rulepacks import Entry, RulePack, load_folder, load_packs, parse_pack

RULE_DOCS = """\
summary = "s"
why = "w"
what = "w"
bad = "b"
good = "g"
"""

BUZZWORDS = f"""\
[rule]
id = "buzzwords"
category = "tone"
severity = "info"
type = "phrases"
{RULE_DOCS}
[messages]
default = "'{{match}}' is office jargon."

[[entry]]
id = "synergy"
phrase = ["synergy", "synergies"]

[[entry]]
id = "bandwidth"
phrase = "bandwidth"

[[entry]]
id = "circle-back"
pattern = [{{ LEMMA = "circle" }}, {{ LOWER = "back" }}]
message = "'{{match}}' is jargon for 'reply'."
severity = "warning"
suggestions = ["reply"]

[[allow]]
phrase = "network bandwidth"
"""

NEXT_STEPS = f"""\
[rule]
id = "next-steps"
category = "content"
severity = "warning"
type = "required"
{RULE_DOCS}
[messages]
missing = "The note never asks about next steps."

[[entry]]
id = "next-steps"
phrase = ["next steps", "timeline"]
"""

LETTER = """\
Dear Sarah,

Thank you for meeting with me yesterday about the Data Analyst role. The synergies between \
our teams are clear, and I have the bandwidth to lead the migration. We also cut network \
bandwidth costs by half last year. I will circle back next week.

Best regards,
Jordan Lee
"""

PLAIN_LETTER = """\
Dear Sarah,

Thank you for meeting with me yesterday about the Data Analyst role. I enjoyed hearing how \
your team moved its reporting to dbt.

Best regards,
Jordan Lee
"""


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The real pipeline, loaded once (load_pipeline is lru-cached across the session)."""
    return load_pipeline(resolve_model_name(), components_for({"sentences", "lemmatizer", "ner"}))


def annotate(nlp: Language, text: str) -> Draft:
    parsed = parse_draft(text)
    return Draft(parsed=parsed, doc=nlp(parsed.text), context=Context())


def user_pack(folder: Path, text: str, name: str, category: str) -> RulePack:
    """Write a pack under folder/category/name.toml and load it as a user folder would be."""
    path = folder / category / f"{name}.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return load_folder(folder)[name]


@pytest.fixture
def buzzwords(tmp_path: Path) -> RulePack:
    return user_pack(tmp_path, BUZZWORDS, "buzzwords", "tone")


@pytest.fixture
def next_steps(tmp_path: Path) -> RulePack:
    return user_pack(tmp_path, NEXT_STEPS, "next-steps", "content")


# -- needs_of -------------------------------------------------------------------------------


def test_lemma_pattern_needs_the_lemmatizer() -> None:
    entry = Entry(id="be-stoked", pattern=[{"LEMMA": "be"}, {"LOWER": "stoked"}])

    assert needs_of([entry]) == {"lemmatizer"}


def test_lemma_phrase_needs_the_lemmatizer() -> None:
    assert needs_of([Entry(id="circle-back", phrase="circle back", attr="LEMMA")]) == {"lemmatizer"}


def test_entity_type_pattern_needs_ner() -> None:
    entry = Entry(id="by-date", pattern=[{"LOWER": "by"}, {"ENT_TYPE": "DATE", "OP": "+"}])

    assert needs_of([entry]) == {"ner"}


def test_sentence_start_pattern_needs_sentences() -> None:
    entry = Entry(id="hey", pattern=[{"LOWER": "hey", "IS_SENT_START": True}])

    assert needs_of([entry]) == {"sentences"}


def test_needs_are_collected_over_every_pattern_of_every_entry() -> None:
    entries = [
        Entry(id="a", pattern=[[{"POS": "ADJ"}], [{"DEP": "amod"}]]),
        Entry(id="b", pattern=[{"LOWER": "by"}, {"ENT_TYPE": "DATE"}]),
        Entry(id="c", phrase="thx"),
    ]

    assert needs_of(entries) == {"pos", "parser", "ner"}


def test_tokenizer_only_attributes_need_nothing() -> None:
    entries = [
        Entry(id="a", phrase=["thx", "pls"]),
        Entry(id="b", phrase="ASAP", attr="ORTH"),
        Entry(id="c", pattern=[{"LOWER": {"IN": ["u", "ur"]}}, {"IS_PUNCT": True}]),
    ]

    assert needs_of(entries) == frozenset()


def test_every_need_derived_from_a_built_in_pack_is_a_known_pipeline_need() -> None:
    for rule_id, pack in load_packs().items():
        assert needs_of(pack.entries) <= set(CAPABILITIES), rule_id


# -- EntryMatcher ---------------------------------------------------------------------------


def test_invalid_token_pattern_names_the_pack_file_and_the_entry(
    nlp: Language, tmp_path: Path
) -> None:
    pack = user_pack(
        tmp_path,
        BUZZWORDS + '\n[[entry]]\nid = "broken"\npattern = [{ COLOUR = "red" }]\n',
        "buzzwords",
        "tone",
    )

    with pytest.raises(RulePackError) as caught:
        EntryMatcher(nlp, pack.entries, pack)

    assert caught.value.path == pack.path
    assert str(caught.value).startswith(f"{pack.path}: entry 'broken': invalid token pattern")


def test_invalid_token_pattern_is_reported_when_a_check_is_set_up(
    nlp: Language, tmp_path: Path
) -> None:
    pack = user_pack(
        tmp_path,
        BUZZWORDS + '\n[[entry]]\nid = "typo"\npattern = [{ LOWR = "synergy" }]\n',
        "buzzwords",
        "tone",
    )
    check = data_check(pack)

    with pytest.raises(RulePackError, match=r"entry 'typo': invalid token pattern") as caught:
        check.setup(nlp)

    assert caught.value.path == pack.path


def test_an_empty_token_pattern_is_rejected_when_the_pack_loads(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="entry 'empty' has an empty phrase or pattern"):
        user_pack(
            tmp_path,
            BUZZWORDS + '\n[[entry]]\nid = "empty"\npattern = [[]]\n',
            "buzzwords",
            "tone",
        )


def test_entry_matcher_is_built_once_per_pipeline_and_pack(
    nlp: Language, buzzwords: RulePack
) -> None:
    matcher = entry_matcher(nlp, buzzwords)

    assert entry_matcher(nlp, buzzwords) is matcher
    assert entry_matcher(nlp, buzzwords, allow=True) is not matcher


def test_matches_come_in_document_order_with_their_entries(
    nlp: Language, buzzwords: RulePack
) -> None:
    draft = annotate(nlp, LETTER)

    matches = EntryMatcher(nlp, buzzwords.entries, buzzwords)(draft.doc)

    assert [(m.entry.id, m.span.text) for m in matches] == [
        ("synergy", "synergies"),
        ("bandwidth", "bandwidth"),
        ("bandwidth", "bandwidth"),
        ("circle-back", "circle back"),
    ]


def test_overlapping_matches_are_reduced_to_the_longest(nlp: Language, buzzwords: RulePack) -> None:
    entries = [
        Entry(id="network", phrase="network"),
        Entry(id="network-bandwidth", phrase="network bandwidth"),
    ]
    doc = nlp("We cut network bandwidth costs.")

    matches = EntryMatcher(nlp, entries, buzzwords)(doc)

    assert [(m.entry.id, m.span.text) for m in matches] == [
        ("network-bandwidth", "network bandwidth")
    ]


# -- PhraseCheck ----------------------------------------------------------------------------


def test_data_check_of_a_phrases_pack_is_a_phrase_check_with_the_packs_identity(
    buzzwords: RulePack,
) -> None:
    check = data_check(buzzwords)

    assert isinstance(check, PhraseCheck)
    assert not isinstance(check, RequiredCheck)
    assert check.id == "buzzwords"
    assert check.category is Category.TONE
    assert check.severity is Severity.INFO
    assert check.all_needs == {"lemmatizer"}  # from the LEMMA pattern of circle-back


def test_phrase_check_finds_its_phrases_and_patterns(nlp: Language, buzzwords: RulePack) -> None:
    check = data_check(buzzwords)
    check.setup(nlp)
    draft = annotate(nlp, LETTER)

    hits = list(check.run(draft))

    assert [(h.key, draft.text[h.start : h.end]) for h in hits] == [
        ("synergy", "synergies"),
        ("bandwidth", "bandwidth"),
        ("circle-back", "circle back"),
    ]


def test_phrase_check_hits_carry_the_entry_or_default_message(
    nlp: Language, buzzwords: RulePack
) -> None:
    check = data_check(buzzwords)
    check.setup(nlp)

    hits = {h.key: h for h in check.run(annotate(nlp, LETTER))}

    assert hits["synergy"].message == "'synergies' is office jargon."
    assert hits["synergy"].severity is None  # the rule's own severity applies
    assert hits["synergy"].suggestions == ()
    assert hits["circle-back"].message == "'circle back' is jargon for 'reply'."
    assert hits["circle-back"].severity is Severity.WARNING
    assert hits["circle-back"].suggestions == ("reply",)


def test_allow_phrase_suppresses_an_overlapping_match_only(
    nlp: Language, buzzwords: RulePack
) -> None:
    check = data_check(buzzwords)
    check.setup(nlp)
    draft = annotate(nlp, LETTER)
    allowed_at = draft.text.index("network bandwidth") + len("network ")
    flagged_at = draft.text.index("the bandwidth") + len("the ")

    starts = [h.start for h in check.run(draft) if h.key == "bandwidth"]

    assert starts == [flagged_at]
    assert allowed_at not in starts


def test_phrase_check_on_a_clean_draft_finds_nothing(nlp: Language, buzzwords: RulePack) -> None:
    check = data_check(buzzwords)
    check.setup(nlp)

    assert list(check.run(annotate(nlp, PLAIN_LETTER))) == []


def test_built_in_slang_check_flags_text_speak(nlp: Language) -> None:
    plugins = {p.name: p for p in check_plugins()}
    slang = plugins["slang"].cls(load_packs()["slang"])
    slang.setup(nlp)
    draft = annotate(nlp, PLAIN_LETTER.replace("Thank you", "Thx"))

    hits = list(slang.run(draft))

    assert [draft.text[h.start : h.end] for h in hits] == ["Thx"]
    assert hits[0].suggestions == ("thank you",)


def test_hit_helper_formats_a_pack_message_with_the_given_fields(buzzwords: RulePack) -> None:
    check = data_check(buzzwords)

    hit = check.hit("default", TextRange(3, 12), match="synergies", suggestions=["teamwork"])

    assert hit == Hit(3, 12, "default", "'synergies' is office jargon.", None, ("teamwork",))


# -- RequiredCheck --------------------------------------------------------------------------


def test_data_check_of_a_required_pack_is_a_required_check(next_steps: RulePack) -> None:
    check = data_check(next_steps)

    assert isinstance(check, RequiredCheck)
    assert check.id == "next-steps"
    assert check.category is Category.CONTENT


def test_required_check_yields_one_missing_hit_when_nothing_matches(
    nlp: Language, next_steps: RulePack
) -> None:
    check = data_check(next_steps)
    check.setup(nlp)
    draft = annotate(nlp, PLAIN_LETTER)

    hits = list(check.run(draft))

    assert len(hits) == 1
    (hit,) = hits
    assert hit.key == "missing"
    assert hit.message == "The note never asks about next steps."
    first = draft.first_sentence_range()
    assert (hit.start, hit.end) == (first.start, first.end)
    assert draft.text[hit.start : hit.end].startswith("Thank you for meeting with me")


def test_required_check_is_satisfied_by_any_entry_match(
    nlp: Language, next_steps: RulePack
) -> None:
    check = data_check(next_steps)
    check.setup(nlp)
    draft = annotate(nlp, PLAIN_LETTER.replace("to dbt.", "to dbt. Could you share the timeline?"))

    assert list(check.run(draft)) == []


def test_required_pack_without_a_missing_message_is_rejected_when_the_check_is_built(
    tmp_path: Path,
) -> None:
    pack = user_pack(
        tmp_path,
        NEXT_STEPS.replace('missing = "The note never asks about next steps."', 'x = "y"'),
        "next-steps",
        "content",
    )

    with pytest.raises(RulePackError, match="lacks \\[messages\\] 'missing'") as caught:
        data_check(pack)

    assert caught.value.path == pack.path


# -- Check construction and settings --------------------------------------------------------


def test_a_check_refuses_the_pack_of_another_rule(buzzwords: RulePack) -> None:
    slang = {p.name: p for p in check_plugins()}["slang"].cls

    with pytest.raises(ValueError, match="check 'slang' was given the pack of 'buzzwords'"):
        slang(buzzwords)


SETTINGS_PACK = parse_pack(
    f"""\
[rule]
id = "wordy"
category = "format"
severity = "info"
{RULE_DOCS}
[settings]
min_words = 40
ratio = 0.5
strict = true
mode = "loose"
""",
    "/packs/format/wordy.toml",
)


def test_settings_without_overrides_are_the_pack_defaults() -> None:
    settings = resolve_settings(SETTINGS_PACK, {})

    assert settings == {"min_words": 40, "ratio": 0.5, "strict": True, "mode": "loose"}
    settings["min_words"] = 1
    assert SETTINGS_PACK.settings["min_words"] == 40  # a copy, not the pack's own dict


def test_config_overrides_use_kebab_case_keys_and_replace_defaults() -> None:
    settings = resolve_settings(SETTINGS_PACK, {"min-words": 60, "strict": False, "mode": "strict"})

    assert settings == {"min_words": 60, "ratio": 0.5, "strict": False, "mode": "strict"}


def test_an_integer_is_accepted_for_a_float_setting_and_becomes_a_float() -> None:
    settings = resolve_settings(SETTINGS_PACK, {"ratio": 1})

    assert settings["ratio"] == 1.0
    assert type(settings["ratio"]) is float


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("min-words", "60", "int"),
        ("min-words", 2.5, "int"),
        ("min-words", True, "int"),
        ("ratio", True, "float"),
        ("strict", 1, "bool"),
        ("mode", 3, "str"),
    ],
)
def test_an_override_of_the_wrong_type_is_a_config_error(
    key: str, value: object, expected: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        resolve_settings(SETTINGS_PACK, {key: value})

    assert caught.value.message == (
        f"rule 'wordy' setting {key!r} must be {expected}, got {value!r}"
    )


def test_an_unknown_setting_is_a_config_error_listing_the_known_ones() -> None:
    with pytest.raises(ConfigError) as caught:
        resolve_settings(SETTINGS_PACK, {"max-words": 500})

    assert caught.value.message == (
        "rule 'wordy' has no setting 'max-words' (known: min-words, ratio, strict, mode)"
    )


def test_a_kebab_case_pack_setting_can_be_overridden_by_the_same_key() -> None:
    pack = parse_pack(
        f'[rule]\nid = "wordy"\ncategory = "format"\nseverity = "info"\n{RULE_DOCS}'
        "[settings]\nmin-words = 40\n",
        "/packs/format/wordy.toml",
    )

    settings = resolve_settings(pack, {"min-words": 60})

    assert settings.get("min_words", settings.get("min-words")) == 60


def test_a_pack_without_settings_accepts_no_overrides(buzzwords: RulePack) -> None:
    with pytest.raises(ConfigError, match=r"has no setting 'limit' \(known: none\)"):
        resolve_settings(buzzwords, {"limit": 3})


def test_a_built_in_check_takes_its_settings_from_config() -> None:
    plugin = {p.name: p for p in check_plugins()}["length"]
    pack = load_packs()["length"]

    check = plugin.cls(pack, {"min-words": 60})

    assert check.settings["min_words"] == 60
    assert check.settings["max_words"] == pack.settings["max_words"]


def test_gated_matching_finds_exactly_what_a_plain_matcher_finds(linter: Linter) -> None:
    """Every token pattern of every pack, run gated and ungated over corpus drafts: the same
    matches inside sentences (a gated key never bridges two, see the next test), while keys
    whose required words are absent are skipped."""
    from spacy.matcher import Matcher

    from followup_lint.matching import GatedMatcher, doc_sentences, required_words
    from followup_lint.rulepacks import load_packs
    from tests.conftest import CORPUS

    nlp = linter.nlp
    plain, gated = Matcher(nlp.vocab), GatedMatcher(nlp.vocab)
    for pack in load_packs().values():
        for entry in pack.entries:
            if entry.patterns:
                plain.add(f"{pack.id}/{entry.id}", list(entry.patterns))
                gated.add(f"{pack.id}/{entry.id}", list(entry.patterns))
    paths = sorted(CORPUS.glob("*/*.txt"))[:40]
    for doc in nlp.pipe(p.read_text(encoding="utf-8") for p in paths):
        sentences = doc_sentences(doc)
        within = [m for m in plain(doc) if any(s <= m[1] and m[2] <= e for s, e in sentences)]
        assert sorted(gated(doc)) == sorted(within)
    assert required_words(
        [{"LOWER": "offer"}, {"OP": "?"}, {"LEMMA": {"IN": ["get", "have"]}}]
    ) == [
        ("LOWER", frozenset({"offer"})),
        ("LEMMA", frozenset({"get", "have"})),
    ]
    assert required_words([{"LOWER": "dear", "OP": "?"}, {"POS": "PROPN"}]) == []
    [(attr, weekday)] = required_words([{"TEXT": {"REGEX": "^(Mon|Tues)day$"}}])
    assert attr == "TEXT" and weekday.search("Tuesday") and not weekday.search("today")


def test_a_gated_key_matches_within_a_sentence_only(linter: Linter) -> None:
    """Gated keys run on the sentences holding their words, so a pattern that would bridge
    two sentences finds nothing, while the same words inside one sentence still match."""
    from followup_lint.matching import GatedMatcher

    nlp = linter.nlp
    gated = GatedMatcher(nlp.vocab)
    gated.add("offer-then-thanks", [[{"LOWER": "offer"}, {"OP": "*"}, {"LOWER": "thanks"}]])
    across = nlp("I received an offer yesterday. Thanks again for your time.")
    within = nlp("I received an offer yesterday, and thanks to you I am calm.")
    assert gated(across) == []
    assert [within[s:e].text for _, s, e in gated(within)] == ["offer yesterday, and thanks"]


def test_every_built_in_pattern_passes_spacys_schema(linter: Linter) -> None:
    """Matchers of the packaged packs and kind cues are built without spaCy's per-pattern
    validation (a cold start saves ~10 ms); this is where those patterns are validated."""
    from spacy.matcher import Matcher

    from followup_lint.kinds import load_kind_rules
    from followup_lint.rulepacks import is_builtin, load_packs

    patterns = [
        (f"{pack.id}/{entry.id}", list(entry.patterns))
        for pack in load_packs().values()
        for entry in pack.entries
        if entry.patterns
    ]
    rules = load_kind_rules()
    patterns += [
        (cue.id, list(cue.as_entry().patterns))
        for cues in rules.kinds
        for cue in cues.cue
        if cue.as_entry().patterns
    ]
    assert len(patterns) > 150
    assert all(is_builtin(pack.path) for pack in load_packs().values())
    assert all(is_builtin(path) for path in rules.paths)
    for key, pats in patterns:
        Matcher(linter.nlp.vocab, validate=True).add(key, pats)  # raises on a bad pattern


def test_a_user_pack_is_not_built_in(tmp_path: Path) -> None:
    from followup_lint.rulepacks import is_builtin

    assert not is_builtin(str(tmp_path / "buzzwords.toml"))
    assert not is_builtin("")


def test_longest_match_counts_bounded_operators_and_gives_up_on_unbounded_ones() -> None:
    from followup_lint.matching import longest_match

    assert longest_match([[{"LOWER": "a"}, {"OP": "?"}, {"OP": "{,4}"}, {"LOWER": "b"}]]) == 7
    assert longest_match([[{"LOWER": "a"}], [{"LOWER": "a"}, {"OP": "{2}"}]]) == 3
    assert longest_match([[{"LOWER": "a"}, {"OP": "{1,3}"}]]) == 4
    assert longest_match([[{"LOWER": "a"}, {"OP": "*"}]]) is None
    assert longest_match([[{"LOWER": "a"}, {"OP": "{2,}"}]]) is None


def test_a_short_key_runs_on_windows_around_its_words_and_finds_every_match(
    linter: Linter,
) -> None:
    """A key of at most a dozen tokens runs on stretches around its required words; matches
    near each other (overlapping stretches) are found once, and none crosses a sentence."""
    from followup_lint.matching import GatedMatcher

    nlp = linter.nlp
    gated = GatedMatcher(nlp.vocab)
    gated.add("offer-from", [[{"LOWER": "offer"}, {"OP": "{,3}"}, {"LOWER": "from"}]])
    doc = nlp(
        "I have an offer from Acme and an offer, sadly, from Initech. "
        "It is an offer. From here I will decide."
    )
    assert [doc[s:e].text for _, s, e in gated(doc)] == [
        "offer from",
        "offer, sadly, from",
    ]
