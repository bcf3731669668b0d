"""Rule `slang`: text-speak, emoji, emoticons and over-casual words, each with its own advice."""

from __future__ import annotations

import pytest

from followup_lint import Context, Linter, ParsedDraft, Report, Severity, parse_draft
from tests.checks.helpers import entries_texts_and_positions, lint_corpus, lint_text
from tests.checks.helpers import role_letter as letter


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str, int, int]]:
    """Each slang finding as (entry, source text, line, column)."""
    return entries_texts_and_positions(draft, report, "slang")


# -- text-speak ----------------------------------------------------------------------------


def test_thx_is_text_speak_for_thank_you(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/barista-shift-supervisor-thx-short.txt")
    (finding,) = report.by_rule("slang")
    assert finding.entry == "text-speak-thanks"
    assert finding.severity is Severity.WARNING
    assert finding.category.value == "tone"
    assert finding.message == "'Thx' is text-speak; write it out."
    assert finding.suggestions == ("thank you",)
    assert located(draft, report) == [("text-speak-thanks", "Thx", 11, 1)]


def test_pls_is_text_speak_for_please(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/admin-assistant-pls-too-short.txt")
    (finding,) = report.by_rule("slang")
    assert finding.message == "'Pls' is text-speak for 'please'."
    assert finding.suggestions == ("please",)
    assert located(draft, report) == [("text-speak-please", "Pls", 11, 108)]


def test_lol_is_a_chat_abbreviation_with_no_replacement(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/vet-tech-lol-numeric-date.txt")
    (finding,) = report.by_rule("slang")
    assert finding.message == "'lol' is a chat abbreviation; say it in full or leave it out."
    assert finding.suggestions == ()
    assert located(draft, report) == [("text-speak-abbreviation", "lol", 11, 234)]


def test_hey_gonna_and_btw_in_one_status_inquiry(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "status-inquiry/event-coordinator-hey-btw.txt")
    assert located(draft, report) == [
        ("hey-greeting", "Hey", 9, 1),
        ("going-to", "gonna", 11, 142),
        ("text-speak-abbreviation", "Btw", 13, 1),
    ]
    hey, gonna, _ = report.by_rule("slang")
    assert hey.message == "'Hey' is a casual greeting; use 'Dear' or 'Hi'."
    assert hey.suggestions == ("Hi",)
    assert gonna.message == "'gonna' is spoken slang."
    assert gonna.suggestions == ("going to",)


def test_gonna_in_a_note_without_front_matter(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/plumber-asap-gonna-no-frontmatter.txt")
    assert located(draft, report) == [("going-to", "gonna", 3, 175)]


@pytest.mark.parametrize(
    ("sentence", "entry", "found", "suggestions"),
    [
        ("I would love to help u with the dashboards.", "text-speak-you", "u", ("you",)),
        ("I wanna help with the dashboards.", "want-to", "wanna", ("want to",)),
        ("I really enjoyed it, tbh.", "text-speak-abbreviation", "tbh", ()),
        ("Yeah, I would love to join the team.", "yes-casual", "Yeah", ("yes",)),
        ("No worries if you need more time.", "no-worries", "No worries", ()),
    ],
)
def test_more_text_speak_and_casual_words(
    linter: Linter, sentence: str, entry: str, found: str, suggestions: tuple[str, ...]
) -> None:
    draft, report = lint_text(linter, letter(sentence))
    (finding,) = report.by_rule("slang")
    assert finding.entry == entry
    assert finding.suggestions == suggestions
    assert draft.source[finding.span.start : finding.span.end] == found
    line = draft.source.splitlines()[finding.span.line - 1]
    assert line[finding.span.column - 1 :].startswith(found)


# -- emoji and emoticons -------------------------------------------------------------------


def test_an_emoji_at_the_end_of_a_markdown_note(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/marketing-coordinator-emoji-at-end.md")
    (finding,) = report.by_rule("slang")
    assert finding.entry == "emoji"
    assert finding.message == "Emoji do not belong in a follow-up note; remove '😊'."
    assert finding.suggestions == ()
    # Columns count code points in the original file, Markdown link markup included.
    assert located(draft, report) == [("emoji", "😊", 15, 166)]


def test_an_emoticon(linter: Linter) -> None:
    draft, report = lint_text(linter, letter("I enjoyed it :) and hope to hear from you."))
    (finding,) = report.by_rule("slang")
    assert finding.entry == "emoticon"
    assert finding.message == "Emoticons do not belong in a follow-up note; remove ':)'."
    assert located(draft, report) == [("emoticon", ":)", 3, 83)]


# -- over-casual words ---------------------------------------------------------------------


def test_hey_as_a_greeting_and_awesome(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/electrician-apprentice-hey-mike.txt")
    assert located(draft, report) == [
        ("hey-greeting", "Hey", 9, 1),
        ("awesome", "awesome", 11, 182),
    ]
    _, awesome = report.by_rule("slang")
    assert awesome.message == "'awesome' is too casual for a follow-up note."
    assert awesome.suggestions == ("excellent",)


def test_super_as_an_intensifier(linter: Linter) -> None:
    name = "thank-you/fourth-grade-teacher-panel-super-excited.txt"
    draft, report = lint_corpus(linter, name)
    (finding,) = report.by_rule("slang")
    assert finding.message == "'super excited' uses a casual intensifier."
    assert finding.suggestions == ()
    assert located(draft, report) == [("super-intensifier", "super excited", 11, 139)]


def test_totally_as_an_intensifier(linter: Linter) -> None:
    draft, report = lint_text(linter, letter("I am totally ready for the role."))
    assert located(draft, report) == [("totally", "totally ready", 3, 75)]


def test_really_cool_and_you_guys(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/product-manager-you-guys-cool.md")
    assert located(draft, report) == [
        ("cool", "cool", 11, 50),
        ("you-guys", "you guys", 11, 67),
    ]
    cool, guys = report.by_rule("slang")
    assert cool.suggestions == ("interesting",)
    assert guys.message == "'you guys' is too casual for a business letter."
    assert guys.suggestions == ("your team",)


def test_stoked_as_excited(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/ux-designer-hi-there-stoked.md")
    (finding,) = report.by_rule("slang")
    assert finding.entry == "stoked"
    assert finding.suggestions == ("excited",)
    assert located(draft, report) == [("stoked", "stoked", 11, 118)]


def test_hey_greeting_inline(linter: Linter) -> None:
    draft, report = lint_text(linter, letter("I enjoyed it.", greeting="Hey Sarah,"))
    assert located(draft, report) == [("hey-greeting", "Hey", 1, 1)]


def test_slang_in_the_signature_block_counts_too(linter: Linter) -> None:
    text = letter("I enjoyed it.").replace(
        "Jordan Lee\n", "Jordan Lee\nSent from my phone, pls excuse typos :)\n"
    )
    draft, report = lint_text(linter, text)
    signature = draft.parts.signature
    assert signature is not None
    assert draft.text[signature.start : signature.end].endswith("pls excuse typos :)")
    assert located(draft, report) == [
        ("text-speak-please", "pls", 7, 21),
        ("emoticon", ":)", 7, 38),
    ]


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # 'keeping every shipment cool' is literal temperature.
        "thank-you/cold-chain-supervisor-cool-literal-no-thanks.txt",
        # 'have stoked the wood kiln' is literal.
        "thank-you/pottery-studio-stoked-kiln-hello-team.txt",
        # 'Hi Fiona,' and the British sign-off 'Cheers,'.
        "thank-you/surveyor-british-cheers-signoff.txt",
        "thank-you/construction-project-manager-380-words.txt",
        "status-inquiry/research-assistant-non-native.txt",
    ],
)
def test_plain_professional_register_is_silent(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("slang") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I really enjoyed our conversation.",
        "I am very excited about the role.",
        "The walk-in freezer keeps the produce cool overnight.",
        "At the pottery I stoked the kiln for three-day firings.",
        # 'all good' before the noun it modifies is not the casual 'It's all good'.
        "I send all good wishes to the team for the product launch.",
        # A slang-looking word inside a proper name.
        "I volunteered for two summers at the Dude Creek Nature Reserve.",
        "Before that I taught at Ysgol Bro Dinefwr in Carmarthenshire.",
    ],
)
def test_friendly_but_formal_phrasing_is_silent(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence, greeting="Hi Sarah,", closing="Cheers,"))
    assert report.by_rule("slang") == ()


def test_slang_word_inside_the_context_company_is_silent(linter: Linter) -> None:
    draft = parse_draft(letter("I would be proud to join Buddy Freight this spring."))
    report = linter.lint(draft, context=Context(company="Buddy Freight"))
    assert report.by_rule("slang") == ()


def test_all_good_on_its_own_is_casual(linter: Linter) -> None:
    draft, report = lint_text(linter, letter("The reschedule was all good on my end."))
    assert located(draft, report) == [("no-worries", "all good", 3, 89)]


@pytest.mark.parametrize(
    "sentence",
    [
        # someone else's words, quoted
        'Some testers logged "game broken pls fix" and went for a smoke.',
        # 'not totally' is 'not entirely', a plain hedge
        "The underpayment reports you showed me were not totally new to me.",
    ],
)
def test_quoted_words_and_a_hedged_intensifier_are_silent(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("slang") == ()


def test_no_dramas_is_no_worries(linter: Linter) -> None:
    _, report = lint_text(linter, letter("If Friday doesn't suit, no dramas."))
    assert [f.entry for f in report.by_rule("slang")] == ["no-worries"]


def test_obvs_is_a_chat_abbreviation(linter: Linter) -> None:
    # 'Gutted, obvs.'
    draft, report = lint_corpus(linter, "rejection-reply/b20b-ux-writer-overdraft-brunch-pun.md")
    assert ("text-speak-abbreviation", "obvs") in [(e, t) for e, t, _, _ in located(draft, report)]


@pytest.mark.parametrize("sentence", ["I loved the tote bags.", "The definition was clear."])
def test_words_that_contain_chat_abbreviations_are_not_slang(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("slang") == ()


def test_radio_talk_for_understood_is_slang(linter: Linter) -> None:
    # 'You said you'd decide by end of month. Roger that.'
    draft, report = lint_corpus(linter, "thank-you/b21b-dispatch-supervisor-reefer-weekend.md")
    assert ("radio-talk", "Roger that.") in [(e, t) for e, t, _, _ in located(draft, report)]


@pytest.mark.parametrize(
    "sentence", ["I attach a copy that I kept.", "Roger that was a great call."]
)
def test_copy_and_roger_in_running_prose_are_not_radio_talk(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("slang") == ()


@pytest.mark.parametrize(
    "sentence", ["I hope you are doing well and staying cool.", "She kept cool under pressure."]
)
def test_cool_kept_or_stayed_is_literal(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("slang") == ()


@pytest.mark.parametrize(
    ("name", "entry", "found"),
    [
        (
            "offer-notice/b24a-head-of-event-operations-mallon-keogh-athenry.txt",
            "you-plural",
            "yous",
        ),
        (
            "offer-notice/b17a-911-call-taker-dispatch-supervisor-harlan-county.eml",
            "you-plural",
            "y'all",
        ),
        (
            "status-inquiry/b20a-arable-agronomist-waimate-seed-dressing.eml",
            "you-plural",
            "you lot",
        ),
        (
            "status-inquiry/b24b-cold-store-supervisor-hexvallei-citrus-intake.txt",
            "yes-foreign",
            "Ja,",
        ),
        (
            "rejection-reply/b24b-logistics-supervisor-sonderend-reefer-plugs.txt",
            "regional-casual",
            "lekker",
        ),
    ],
)
def test_regional_speech_is_too_casual_for_a_letter(
    linter: Linter, name: str, entry: str, found: str
) -> None:
    draft, report = lint_corpus(linter, name)
    assert (entry, found) in [(e, t) for e, t, _, _ in located(draft, report)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our supplier in Johannesburg, Ja Logistics, handled the reefers.",
        "I thanked you all for the time you gave me.",
        "I would be glad to show you lots of examples of the work.",
    ],
)
def test_names_and_plain_plurals_are_no_regional_speech(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("slang") == ()


@pytest.mark.parametrize(
    ("sentence", "entry", "found"),
    [
        ("Sweet as.", "adjective-as", "Sweet as."),
        ("Keen as to get into it.", "adjective-as", "Keen as to"),
        ("Heaps of good questions came from the panel.", "heaps", "Heaps of"),
        ("I learned heaps on the tour.", "heaps", "heaps"),
        ("The sparkies on the night shift were great.", "regional-casual", "sparkies"),
        ("I can start Tuesday arvo.", "regional-casual", "arvo"),
    ],
)
def test_antipodean_colloquial_words(linter: Linter, sentence: str, entry: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert [(e, t) for e, t, _, _ in located(draft, report)] == [(entry, found)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I reckon the new substation will need a second crew.",  # plain regional 'I think'
        "I am just as keen as I was at the first interview.",
        "I was as busy as ever during the shutdown.",
        "I am twice as keen as before.",
    ],
)
def test_reckon_and_real_comparisons_are_no_slang(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("slang") == ()


def test_reckon_alone_is_plain_australian(linter: Linter) -> None:
    # "I reckon I'm ready to run a crew of my own now", 'leading hand', 'on the tools'
    _, report = lint_corpus(
        linter, "thank-you/b26a-electrical-supervisor-dragline-trailing-cable.txt"
    )
    assert report.by_rule("slang") == ()


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("My first-day checklist covers the locker, PPE and who is your buddy.", False),
        ("We ran a buddy system for every new driver.", False),
        ("Thanks again, buddy, for the tour.", True),
        ("My buddy Dave put me forward for the role.", True),
    ],
)
def test_buddy_as_a_role_or_a_friend(linter: Linter, sentence: str, fires: bool) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("slang")) is fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("Here's the thing hon, Cedarbrook wants my answer by Monday.", True),
        ("The Hon. Mary Smith opened the new ward.", False),
        ("I just wanted youse to know where things stand.", True),
        ("Ye were all very sound on the day.", True),
    ],
)
def test_endearments_and_regional_plurals(linter: Linter, sentence: str, fires: bool) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("slang")) is fires


def test_a_regional_plural_is_no_misspelling(linter: Linter) -> None:
    _, report = lint_text(linter, letter("I just wanted youse to know where things stand."))
    assert report.by_rule("spelling") == ()


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("One month without any news is quite long lah.", True),
        ("The new schedule is not so easy leh.", True),
        ("Lah Construction was my first employer.", False),
    ],
)
def test_spoken_particles(linter: Linter, sentence: str, fires: bool) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("slang")) is fires


def test_a_malaysian_particle_in_a_status_inquiry(linter: Linter) -> None:
    name = "status-inquiry/b32b-senior-process-engineer-cockburn-notice-period.txt"
    _, report = lint_corpus(linter, name)
    assert [f.message for f in report.by_rule("slang")] == [
        "'lah' is a spoken particle, too casual for a business letter."
    ]
