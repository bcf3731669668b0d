"""split_parts: greeting, body paragraphs, closing and signature of a letter, plus reflow."""

from __future__ import annotations

import pytest

from followup_lint.draft import Parts, TextRange, parse_draft
from followup_lint.draft.parts import split_parts


def parts_of(text: str) -> tuple[str, Parts]:
    return split_parts(text, None, 0)


def show(text: str, rng: TextRange | None) -> str | None:
    return None if rng is None else text[rng.start : rng.end]


BODY = "Thank you for meeting with me today.\n\n"


@pytest.mark.parametrize(
    ("first_line", "greeting"),
    [
        ("Dear Ms. Chen,", "Dear Ms. Chen,"),
        ("Hi Sarah -", "Hi Sarah -"),
        ("Sarah,", "Sarah,"),
        ("To whom it may concern:", "To whom it may concern:"),
        ("Good morning Dr. Patel!", "Good morning Dr. Patel!"),
        ("Hello Sarah", "Hello Sarah"),
        ("Hiring team:", "Hiring team:"),
        (
            "Dear Hiring Committee for the Senior Data Engineer role,",
            "Dear Hiring Committee for the Senior Data Engineer role,",
        ),
    ],
)
def test_greeting_forms(first_line: str, greeting: str) -> None:
    text, parts = parts_of(f"{first_line}\n\n{BODY}Best,\nJordan\n")
    assert show(text, parts.greeting) == greeting
    assert show(text, parts.paragraphs[0]) == BODY.strip()


@pytest.mark.parametrize(
    "first_line",
    [
        "I wanted to thank you for the interview today.",
        "Thank you so much for your time,",
        "Following our call, I am sending the portfolio.",
    ],
)
def test_no_greeting(first_line: str) -> None:
    text, parts = parts_of(f"{first_line}\n\nMore text here.\n")
    assert parts.greeting is None
    assert show(text, parts.paragraphs[0]) == first_line


def test_greeting_on_the_same_line_as_the_text() -> None:
    text, parts = parts_of("Dear Sarah, thank you for your time today.\n\nBest,\nJordan\n")
    assert show(text, parts.greeting) == "Dear Sarah,"
    assert show(text, parts.paragraphs[0]) == "thank you for your time today."


def test_greeting_with_a_dash_on_the_same_line() -> None:
    text, parts = parts_of("Hi Sarah - thanks for the call.\n")
    assert show(text, parts.greeting) == "Hi Sarah -"
    assert show(text, parts.paragraphs[0]) == "thanks for the call."


def test_greeting_reaches_past_a_comma_after_the_salutation() -> None:
    text, parts = parts_of("Hey, Sarah, thanks for the call.\n")
    assert show(text, parts.greeting) == "Hey, Sarah,"


@pytest.mark.parametrize(
    "closing", ["Best regards,", "Thanks again,", "Sincerely", "Cheers!", "All the best,", "Best —"]
)
def test_closings(closing: str) -> None:
    text, parts = parts_of(f"Hi Sarah,\n\n{BODY}{closing}\nJordan Lee\n")
    assert show(text, parts.closing) == closing
    assert show(text, parts.signature) == "Jordan Lee"
    assert [show(text, p) for p in parts.paragraphs] == [BODY.strip()]


def test_closing_and_name_on_one_line() -> None:
    text, parts = parts_of(f"Hi Sarah,\n\n{BODY}Best, Jordan\n")
    assert show(text, parts.closing) == "Best,"
    assert show(text, parts.signature) == "Jordan"


def test_closing_without_signature() -> None:
    text, parts = parts_of(f"Hi Sarah,\n\n{BODY}Thank you!\n")
    assert show(text, parts.closing) == "Thank you!"
    assert parts.signature is None


def test_signature_with_title_phone_email_and_link() -> None:
    signature = (
        "Jordan Lee\nData Analyst candidate\n(555) 010-0199\n"
        "jordan.lee@example.com\nhttps://www.linkedin.com/in/jordanlee"
    )
    text, parts = parts_of(f"Hi Sarah,\n\n{BODY}Kind regards,\n{signature}\n")
    assert show(text, parts.closing) == "Kind regards,"
    assert show(text, parts.signature) == signature


def test_thanks_inside_the_body_is_not_a_closing() -> None:
    letter = "Hi Sarah,\n\nThank you\nfor the long tour of the new office.\n\nBest,\nJordan\n"
    text, parts = parts_of(letter)
    assert show(text, parts.closing) == "Best,"
    assert show(text, parts.paragraphs[0]) == "Thank you for the long tour of the new office."


def test_name_block_without_closing_is_the_signature() -> None:
    text, parts = parts_of(f"Hi Sarah,\n\n{BODY}Jordan Lee\n555-0100\n")
    assert parts.closing is None
    assert show(text, parts.signature) == "Jordan Lee\n555-0100"
    assert [show(text, p) for p in parts.paragraphs] == [BODY.strip()]


def test_name_right_after_a_sentence_is_the_signature() -> None:
    text, parts = parts_of("Hi Sarah,\n\nI look forward to hearing from you.\nJordan Lee\n")
    assert show(text, parts.signature) == "Jordan Lee"
    assert show(text, parts.paragraphs[0]) == "I look forward to hearing from you."


def test_lowercase_trailing_words_are_not_a_signature() -> None:
    text, parts = parts_of("Hi Sarah,\n\nI enjoyed the demo of the\nnew roadmap\n")
    assert parts.signature is None
    assert show(text, parts.paragraphs[0]) == "I enjoyed the demo of the new roadmap"


def test_signature_delimiter_starts_the_signature() -> None:
    text, parts = parts_of(f"Hi Sarah,\n\n{BODY}-- \nJordan Lee | Analyst\n")
    assert parts.closing is None
    assert show(text, parts.signature) == "Jordan Lee | Analyst"
    assert [show(text, p) for p in parts.paragraphs] == [BODY.strip()]


def test_hard_wrapped_paragraphs_are_reflowed_without_moving_offsets() -> None:
    letter = (
        "Hi Sarah,\n\nThank you for the\ninterview today. It was\ngreat.\n\nBest,\nJordan\nLee Co\n"
    )
    text, parts = parts_of(letter)
    assert len(text) == len(letter)
    assert show(text, parts.paragraphs[0]) == "Thank you for the interview today. It was great."
    assert show(text, parts.signature) == "Jordan\nLee Co"  # signature keeps its lines
    assert text.startswith("Hi Sarah,\n\n")


def test_reflow_keeps_lines_before_list_items_and_after_colons() -> None:
    letter = (
        "Hi Sarah,\n\nTwo things stood out:\nthe team\nand the scope.\n- a bullet\n2. a number\n"
    )
    text, parts = parts_of(letter)
    assert show(text, parts.paragraphs[0]) == (
        "Two things stood out:\nthe team and the scope.\n- a bullet\n2. a number"
    )


def test_keep_breaks_protects_chosen_newlines() -> None:
    letter = "one\ntwo\nthree"
    text, _ = split_parts(letter, None, 0, keep_breaks={7})
    assert text == "one two\nthree"


def test_subject_and_body_start_are_respected() -> None:
    text = "Thanks\n\nDear Sarah,\n\nGreat chat.\n"
    reflowed, parts = split_parts(text, TextRange(0, 6), 8)
    assert parts.subject == TextRange(0, 6)
    assert show(reflowed, parts.greeting) == "Dear Sarah,"
    assert parts.body_start == reflowed.index("Great")


def test_plain_text_draft_end_to_end() -> None:
    draft = parse_draft(
        "Subject: Thank you\n\nDear Ms. Chen,\n\nThank you for\nyour time.\n\n"
        "Sincerely\nJordan Lee\njordan@example.com\n"
    )
    assert draft.excerpt(draft.parts.subject) == "Thank you"
    assert draft.excerpt(draft.parts.greeting) == "Dear Ms. Chen,"
    assert draft.excerpt(draft.parts.paragraphs[0]) == "Thank you for your time."
    assert draft.excerpt(draft.parts.closing) == "Sincerely"
    assert draft.excerpt(draft.parts.signature) == "Jordan Lee\njordan@example.com"


def test_only_a_greeting() -> None:
    text, parts = parts_of("Hi Sarah,\n")
    assert show(text, parts.greeting) == "Hi Sarah,"
    assert parts.paragraphs == ()
    assert parts.closing is None and parts.signature is None


def test_a_letter_head_block_before_the_greeting_is_not_the_body() -> None:
    text = (
        "November 19, 2026\n\nMs. Sarah Chen\nAcme Analytics\n123 Main Street\n\n"
        "Dear Ms. Chen:\n\nThank you for the interview yesterday.\n\nSincerely,\nJordan Lee"
    )
    draft = parse_draft(text)
    assert draft.excerpt(draft.parts.greeting) == "Dear Ms. Chen:"
    assert [draft.excerpt(p) for p in draft.parts.paragraphs] == [
        "Thank you for the interview yesterday."
    ]


def test_a_prose_first_line_is_never_skipped_to_find_a_later_greeting() -> None:
    draft = parse_draft("I am writing to follow up.\n\nDear Sarah,\n\nMore.\n\nBest,\nJo")
    assert draft.parts.greeting is None


@pytest.mark.parametrize(
    ("text", "greeting"),
    [
        ("Hi Sarah. Thank you for meeting me on Tuesday.\n\nBest,\nJo", "Hi Sarah."),
        ("Hi Dr. Patel. Thanks for Tuesday.\n\nBest,\nJo", "Hi Dr. Patel."),
    ],
)
def test_a_greeting_ended_by_a_full_stop_on_the_first_line(text: str, greeting: str) -> None:
    draft = parse_draft(text)
    assert draft.excerpt(draft.parts.greeting) == greeting
    assert draft.excerpt(draft.parts.paragraphs[0]).startswith("Th")


# -- closings the lists do not know --------------------------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "Saludos cordiales,",  # Spanish
        "Mit freundlichen Grüßen,",  # German
        "Met vriendelijke groet,",  # Dutch
        "Respectfully submitted,",
        "With every good wish,",
        "All good wishes,",
        # longer lines of thanks or wishes
        "Thank you very much for your time,",
        "Thank you for your kindness,",
        "Thanks again for a really good afternoon,",
        "With renewed thanks and all best wishes,",
        "With renewed thanks, and every good wish for the remainder of your search,",
        "Wishing you a busy run-up to Christmas,",
        "Hoping to hear from you soon-soon,",
        "Looking forward to hearing how the season goes,",
        # a listed closing that goes on
        "All the best for the Christmas menus,",
        "All the best, and thanks again,",
    ],
)
def test_an_unlisted_closing_line_before_the_name(closing: str) -> None:
    text, parts = parts_of(f"Hi Sarah,\n\n{BODY}{closing}\nJordan Lee\n")
    assert show(text, parts.closing) == closing
    assert show(text, parts.signature) == "Jordan Lee"
    assert [show(text, p) for p in parts.paragraphs] == [BODY.strip()]


def test_a_wrapped_body_line_ending_in_a_comma_is_not_a_closing() -> None:
    letter = "Hi Sarah,\n\nI enjoyed meeting the analysts in\nthe Leeds office,\nJordan Lee\n"
    _, parts = parts_of(letter)
    assert parts.closing is None


@pytest.mark.parametrize(
    "name",
    ['Adebayo "Bayo" Okafor', "Dr Mira K. Holm (she/her)", "Sam Ortiz (they/them)"],
)
def test_a_name_with_a_nickname_or_pronouns_is_the_signature(name: str) -> None:
    text, parts = parts_of(f"Hi Sarah,\n\n{BODY}Un saludo,\n{name}\nOperations Lead\n")
    assert show(text, parts.closing) == "Un saludo,"
    assert show(text, parts.signature) == f"{name}\nOperations Lead"


@pytest.mark.parametrize("marker", ["P.S.", "PS:", "P.P.S.", "p.s."])
def test_a_postscript_after_the_signature_is_its_own_part(marker: str) -> None:
    text = (
        f"Dear Ana,\n\n{BODY}Best regards,\nLeo Marchetti\n\n{marker} I forgot to mention "
        "the test dashboard.\n"
    )
    text, parts = parts_of(text)
    assert show(text, parts.closing) == "Best regards,"
    assert show(text, parts.signature) == "Leo Marchetti"
    assert show(text, parts.postscript) == f"{marker} I forgot to mention the test dashboard."
    assert [show(text, p) for p in parts.paragraphs] == ["Thank you for meeting with me today."]


def test_a_ps_inside_the_body_is_not_a_postscript() -> None:
    _, parts = parts_of("Dear Ana,\n\nPS5 consoles were the topic.\n\nBest,\nLeo\n")
    assert parts.postscript is None


def test_a_signature_may_carry_a_long_title_and_affiliation_line() -> None:
    affiliation = (
        "Postdoctoral Research Associate, School of Biological Sciences, University of Edinburgh"
    )
    text, parts = parts_of(
        f"Hi Sarah,\n\n{BODY}\nWith thanks,\n\nEleanor Whitcombe, PhD\n{affiliation}\n"
    )
    assert show(text, parts.closing) == "With thanks,"
    assert show(text, parts.signature) == f"Eleanor Whitcombe, PhD\n{affiliation}"
    assert [show(text, p) for p in parts.paragraphs] == [BODY.strip()]


@pytest.mark.parametrize(
    "name", ["Leonard Haverkamp, P.Eng. (ret.)", "Amara Obi, Ph.D., CPA", "R. S. Menon, M.Sc."]
)
def test_a_name_with_dotted_post_nominals_is_the_signature(name: str) -> None:
    text, parts = parts_of(
        f"Dear Ms. Corbett,\n\n{BODY}Yours very truly,\n\n{name}\n807-555-0143\n"
    )
    assert show(text, parts.closing) == "Yours very truly,"
    assert show(text, parts.signature) == f"{name}\n807-555-0143"


def test_a_closing_in_another_language_that_goes_on_to_thank() -> None:
    text, parts = parts_of(f"Hi Rhian,\n\n{BODY}Diolch, and thanks again to you both,\n\nCeri\n")
    assert show(text, parts.closing) == "Diolch, and thanks again to you both,"
    assert show(text, parts.signature) == "Ceri"


@pytest.mark.parametrize(
    "closing",
    [
        "Diolch again, and hwyl for now,",
        "Diolch o galon, and lovely to have met you all,",
        "Diolch yn fawr,",
        "Muchas gracias,",
        "Asante sana,",
    ],
)
def test_thanks_in_another_language_close_the_letter(closing: str) -> None:
    text, parts = parts_of(f"Hi Rhian,\n\n{BODY}{closing}\n\nRhiannon Pritchard\n")
    assert show(text, parts.closing) == closing
    assert show(text, parts.signature) == "Rhiannon Pritchard"
