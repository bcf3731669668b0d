"""The offline engine flags real typos with the right suggestion and leaves correct text alone."""

from __future__ import annotations

import time

import pytest

from followup_lint import Linter, parse_draft
from followup_lint.proofing.model import ProofingUnavailable, ProofMatch
from followup_lint.proofing.offline import OfflineEngine


@pytest.fixture(scope="module")
def engine() -> OfflineEngine:
    warm = OfflineEngine()
    warm.check("Warm up.", "en")
    return warm


def spelling(engine: OfflineEngine, text: str, language: str = "en") -> list[ProofMatch]:
    return [m for m in engine.check(text, language) if m.kind == "spelling"]


def flagged(engine: OfflineEngine, text: str) -> list[str]:
    return [text[m.offset : m.end] for m in spelling(engine, text)]


# -- typos --------------------------------------------------------------------------------

TYPOS = [
    ("I look forward to hearing whether I will recieve an offer.", "recieve", "receive"),
    ("Thank you for the oppurtunity to meet the team on Tuesday.", "oppurtunity", "opportunity"),
    ("I remain very intrested in the Data Analyst role.", "intrested", "interested"),
    ("My background in project managment would help the team.", "managment", "management"),
    ("I would definately welcome the chance to talk again.", "definately", "definitely"),
    ("I have attached a seperate list of references.", "seperate", "separate"),
    ("I will be travelling untill the end of the month.", "untill", "until"),
    ("I enjoyed the part of the interview wich covered reporting.", "wich", "which"),
    ("Thank you for teh tour of the warehouse.", "teh", "the"),
    ("I beleive my experience fits the role.", "beleive", "believe"),
    ("I am commited to improving patient outcomes.", "commited", "committed"),
    ("I am confident I can acheive the targets you described.", "acheive", "achieve"),
    ("Thank you for the intervew yesterday afternoon.", "intervew", "interview"),
    ("I am truely grateful for your time.", "truely", "truly"),
    ("It was a sucessful quarter for my team.", "sucessful", "successful"),
    ("I hope to stay in touch as a proffesional contact.", "proffesional", "professional"),
    ("I would like to persue this opportunity further.", "persue", "pursue"),
    ("I havent heard back since our call.", "havent", "haven't"),
]


@pytest.mark.parametrize(("text", "typo", "best"), TYPOS, ids=[t[1] for t in TYPOS])
def test_typical_typos_are_flagged_with_the_right_first_suggestion(
    engine: OfflineEngine, text: str, typo: str, best: str
) -> None:
    [match] = spelling(engine, text)
    assert text[match.offset : match.end] == typo
    assert match.replacements[0] == best
    assert len(match.replacements) <= 3
    assert match.rule_id == "OFFLINE_SPELLING"
    assert match.message == f"Possible spelling mistake: '{typo}'."


def test_a_capitalised_typo_at_a_sentence_start_gets_capitalised_suggestions(
    engine: OfflineEngine,
) -> None:
    text = "Thank you for your time. Definately the highlight was meeting the team."
    [match] = spelling(engine, text)
    assert text[match.offset : match.end] == "Definately"
    assert match.replacements[0] == "Definitely"


def test_words_run_together_are_flagged_with_the_split_form(engine: OfflineEngine) -> None:
    text = "I learnt alot from the panel, thankyou again."
    matches = spelling(engine, text)
    assert [(text[m.offset : m.end], m.replacements[0]) for m in matches] == [
        ("alot", "a lot"),
        ("thankyou", "thank you"),
    ]


def test_a_typo_inside_a_hyphenated_word_or_before_a_possessive_is_located_exactly(
    engine: OfflineEngine,
) -> None:
    text = "I led a data-drivn review of the managment's reporting process."
    matches = spelling(engine, text)
    assert [text[m.offset : m.end] for m in matches] == ["drivn", "managment"]
    assert [m.replacements[0] for m in matches] == ["driven", "management"]


# -- offsets ------------------------------------------------------------------------------


def test_offsets_are_code_points_after_an_emoji_and_other_non_bmp_characters(
    engine: OfflineEngine,
) -> None:
    text = "Thanks so much 🙏🏽! The 𝒸𝒶𝓁𝓁 was great and I hope to recieve good news."
    [match] = spelling(engine, text)
    assert match.offset == text.index("recieve")
    assert text[match.offset : match.end] == "recieve"


def test_offsets_are_exact_with_curly_apostrophes_and_several_typos(engine: OfflineEngine) -> None:
    text = "I’m intrested in the role.\n\nIt’s a great oppurtunity, and I’d recieve feedback well."
    matches = spelling(engine, text)
    assert [text[m.offset : m.end] for m in matches] == ["intrested", "oppurtunity", "recieve"]
    assert matches == sorted(matches, key=lambda m: m.offset)


# -- never flagged ------------------------------------------------------------------------

BRITISH = (
    "I admired the organisation's colour scheme, the training programme and the new centre. "
    "I hold a full driving licence, have travelled widely and will enrol in the course. "
    "We prioritised the behaviours our organisations valued, analysed the catalogues, "
    "cancelled the cheques, modelled the labelling and reorganised the travellers' "
    "favourite honours; the paediatric programmes were organisational successes."
)
MODERN = (
    "I led onboarding and analytics for the barista team, ran a webinar on fintech SaaS "
    "pricing, set up dbt models, deployed to Kubernetes, shared it on LinkedIn and by e-mail, "
    "and wrote the rollout workflow, the roadmap, the dashboards and the stakeholder lookups."
)


@pytest.mark.parametrize("text", [BRITISH, MODERN], ids=["british", "modern"])
def test_british_spellings_and_modern_words_are_never_flagged(
    engine: OfflineEngine, text: str
) -> None:
    for language in ("en", "en-US", "en-GB"):
        assert flagged(engine, text) == [], language


def test_american_spellings_are_not_flagged_either(engine: OfflineEngine) -> None:
    text = "The organization's color program was a favorite; I traveled and analyzed behavior."
    assert flagged(engine, text) == []


def test_names_acronyms_and_mixed_case_words_are_never_flagged(engine: OfflineEngine) -> None:
    text = (
        "Dear Ms. Nwosu-Hale,\n\n"
        "Thank you and Mr. Okonkwo for Thursday. Priyanka Raman mentioned the HVAC and QA "
        "backlog, the NHS contract, the iPhone app, the eBay listing and the SaaS pricing at "
        "Brightwaterlisle. Tobias asked about RECIEVABLES in our ERP.\n\n"
        "Kind regards,\n"
        "Pieter de Vries\n"
        "Nurul Aisyah binte Rahman"
    )
    assert flagged(engine, text) == []


def test_names_at_a_sentence_start_are_not_flagged(engine: OfflineEngine) -> None:
    text = (
        "Dear Tunde,\n\n"
        "Thank you for Monday. Tane showed me the kiln. Deel is where I work now. Procore "
        "training would help me. Cerner is the system I know. Tunde's tour was the highlight."
    )
    assert flagged(engine, text) == []


def test_addresses_handles_tags_code_and_digit_words_are_never_flagged(
    engine: OfflineEngine,
) -> None:
    text = (
        "Reach me at jordan.recieve@gmail.com or https://recieve.example.com/managment/intrested "
        "or www.oppurtunity.io, on @managment_guy or #oppurtunity, see recieve.txt, the "
        "`recieve_all()` helper, Q4recieve, 3rd, 2nd-quarter and intrested2024."
    )
    assert flagged(engine, text) == []


def test_contractions_text_speak_and_all_caps_are_not_spelling_mistakes(
    engine: OfflineEngine,
) -> None:
    text = (
        "I'm sure we'll talk soon; it's been great and I don't doubt you'd agree. "
        "I’ve enjoyed it and they’re kind. thx, pls lmk, gonna be great lol. "
        "I was SO EXCITED and RECIEVED it."
    )
    assert flagged(engine, text) == []


def test_derived_and_compound_words_of_known_words_are_accepted(engine: OfflineEngine) -> None:
    text = (
        "I rebranded the reskilling programme, co-led the pre-apprenticeship scheme, "
        "reprioritised the workarounds, was gapping the shelves, and planned the handovers "
        "for the underserved clinics with the bloodwork and stormwater teams."
    )
    assert flagged(engine, text) == []


def test_phrases_of_other_languages_and_verbed_nouns_after_a_prefix_are_accepted(
    engine: OfflineEngine,
) -> None:
    text = (
        "At the Scène nationale de Mâcon I ran a programme hors les murs; my unit was re-roled "
        "twice and the project de-scoped."
    )
    assert flagged(engine, text) == []
    # two slips side by side are still two slips, and a word before a hyphen is no prefix
    assert flagged(engine, "I recieve teh packages every morning.") == ["recieve", "teh"]
    assert flagged(engine, "The store-roled staff left.") == ["roled"]


def test_rare_real_words_without_a_convincing_correction_are_not_flagged(
    engine: OfflineEngine,
) -> None:
    text = (
        "As a phlebotomist and sonographer I worked with the sommelier, the esthetician, the "
        "millwright, the stevedore and the scaffolder on the idempotency of the rostering."
    )
    assert flagged(engine, text) == []


def test_known_words_are_accepted(engine: OfflineEngine) -> None:
    text = "I moved my savings to revolut last year."
    assert flagged(engine, text) == ["revolut"]
    assert flagged(OfflineEngine(known_words=frozenset({"revolut"})), text) == []
    assert flagged(OfflineEngine(known_words=frozenset({"Revolut"})), text) == []


# -- the engine contract ------------------------------------------------------------------


def test_the_engine_names_itself_and_its_dictionary(engine: OfflineEngine) -> None:
    assert engine.name.startswith("offline (pyspellchecker ")
    assert engine.name.endswith(")")


def test_check_returns_grammar_matches_too_sorted_by_offset(engine: OfflineEngine) -> None:
    text = "Thank you for the the interview. I hope to recieve a offer soon."
    matches = engine.check(text, "en-US")
    assert [(m.kind, m.rule_id, text[m.offset : m.end]) for m in matches] == [
        ("grammar", "DOUBLED_WORD", "the the"),
        ("spelling", "OFFLINE_SPELLING", "recieve"),
        ("grammar", "A_AN", "a"),
    ]


def test_another_language_is_unavailable_not_wrong(engine: OfflineEngine) -> None:
    with pytest.raises(ProofingUnavailable, match="English only"):
        engine.check("Vielen Dank für das Gespräch.", "de-DE")


def test_the_dictionary_loads_lazily_and_close_is_safe_twice() -> None:
    started = time.perf_counter()
    fresh = OfflineEngine()
    assert time.perf_counter() - started < 0.05  # nothing loaded yet
    assert flagged(fresh, "I hope to recieve it.") == ["recieve"]
    fresh.close()
    fresh.close()
    assert flagged(fresh, "I hope to recieve it.") == ["recieve"]  # reloads after close


NOTE = """Dear Ms. Chen,

Thank you for taking the time to meet with me on Tuesday to discuss the Data Analyst position
at Northwind Logistics. I enjoyed learning about how your team uses route data to cut fuel
costs, and I was especially interested in the dashboard project you described for the
regional depots. It sounds like a great opportunity to combine analysis with real operational
impact.

In my current role at Acme Freight, I built weekly reports in SQL and Tableau that helped our
managers spot late deliveries two days earlier than before. I also cleaned up a messy customer
database, which reduced duplicate records by almost a third. I believe these experiences would
let me contribute quickly to the reporting work your team is planning for next year, and I am
keen to learn how your organisation approaches forecasting.

I also appreciated hearing about the mentoring programme and the way analysts work closely with
the dispatch team. That kind of collaboration is exactly what I am looking for in my next role,
and it makes me even more excited about the position.

Please let me know if you need any further information, such as references or samples of my
work. Thank you again for your time and consideration. I look forward to hearing from you
about the next steps.

Best regards,
Jordan Lee
"""


def test_two_hundred_words_fifty_times_take_under_two_and_a_half_seconds(
    engine: OfflineEngine,
) -> None:
    assert 180 <= len(NOTE.split()) <= 230
    # Each copy carries a different unknown word, so no check is served from the word cache.
    slips = [f"a{c}{d}sement" for c in "bcdfghjklm" for d in "prstv"]
    notes = [NOTE.replace("messy", slip) for slip in slips]
    started = time.perf_counter()
    for note in notes:
        engine.check(note, "en")
    assert time.perf_counter() - started < 2.5


# -- greetings and closings: formulas, often in another language ------------------------------

_LETTER = (
    "Dear Sarah,\n\nThank you for meeting with me yesterday about the Data Analyst role. "
    "I look forward to hearing from you.\n\n{closing}\nJordan Lee\n"
)


@pytest.mark.parametrize(
    "closing", ["Le meas,", "Saludos cordiales,", "Un abrazo,", "Mit freundlichen Grüßen,"]
)
def test_a_closing_in_another_language_is_not_misspelt(linter: Linter, closing: str) -> None:
    report = linter.lint(parse_draft(_LETTER.format(closing=closing)))
    assert report.by_rule("spelling") == ()


@pytest.mark.parametrize(
    ("closing", "word"),
    [("Sincerly,", "Sincerly"), ("Kind reguards,", "reguards"), ("Warm regrds,", "regrds")],
)
def test_a_slip_in_an_english_closing_is_still_misspelt(
    linter: Linter, closing: str, word: str
) -> None:
    draft = parse_draft(_LETTER.format(closing=closing))
    (finding,) = linter.lint(draft).by_rule("spelling")
    assert draft.source[finding.span.start : finding.span.end] == word


@pytest.mark.parametrize("word", ["fete", "fetes", "entree", "cafe"])
def test_a_dictionary_word_written_without_its_accents_is_no_typo(
    engine: OfflineEngine, word: str
) -> None:
    assert engine.check(f"We plan the big {word} backwards from the last tray.", "en-GB") == []


@pytest.mark.parametrize(
    "text",
    [
        "Diolch yn fawr again for your time, and for the Welsh cakes.",
        "Asante sana for the tour of the depot.",
    ],
)
def test_words_of_thanks_in_another_language_are_not_misspellings(
    engine: OfflineEngine, text: str
) -> None:
    assert flagged(engine, text) == []


def test_a_slip_beside_an_english_word_is_still_flagged(engine: OfflineEngine) -> None:
    assert flagged(engine, "Thanks again for the recieved parcel.") == ["recieved"]
