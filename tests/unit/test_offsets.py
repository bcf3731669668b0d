"""TextBuilder keeps a source offset for every analysis character; compose and align chain maps."""

from __future__ import annotations

from followup_lint.draft.offsets import TextBuilder, align, compose


def test_append_copies_source_one_to_one_and_drops_carriage_returns() -> None:
    source = "Hi Sarah,\r\nThanks!\r\n"
    builder = TextBuilder()
    builder.append(source, 0, len(source))
    text, offsets = builder.build(source)

    assert text == "Hi Sarah,\nThanks!\n"
    assert "\r" not in text
    thanks = text.index("Thanks")
    assert offsets.to_source[thanks] == source.index("Thanks")
    assert len(offsets.to_source) == len(text) + 1
    assert offsets.to_source[-1] == len(source)


def test_append_text_anchors_synthetic_characters_to_one_offset() -> None:
    source = "Subject: Hello\nBody"
    builder = TextBuilder()
    builder.append(source, 9, 14)
    builder.append_text("\n\n", 14)
    builder.append(source, 15, len(source))
    text, offsets = builder.build(source)

    assert text == "Hello\n\nBody"
    assert offsets.to_source[5] == offsets.to_source[6] == 14
    span = offsets.span(text.index("Body"), len(text))
    assert source[span.start : span.end] == "Body"


def test_append_mapped_uses_per_character_positions() -> None:
    source = "caf=C3=A9!"
    builder = TextBuilder()
    builder.append_mapped("café!", [0, 1, 2, 3, 9])
    text, offsets = builder.build(source)

    assert text == "café!"
    assert offsets.source_offset(3) == 3
    assert offsets.to_source[-1] == 10


def test_keep_break_marks_only_newlines() -> None:
    builder = TextBuilder()
    builder.append_text("a\n", 0)
    builder.keep_break()
    builder.append_text("b", 2)
    builder.keep_break()
    assert builder.hard_breaks == frozenset({1})


def test_span_gives_one_based_line_and_column() -> None:
    source = "line one\r\nline two\r\n"
    builder = TextBuilder()
    builder.append(source, 0, len(source))
    text, offsets = builder.build(source)

    span = offsets.span(text.index("two"), text.index("two") + 3)
    assert (span.line, span.column, span.end_line, span.end_column) == (2, 6, 2, 9)
    assert source[span.start : span.end] == "two"


def test_compose_chains_html_positions_through_a_decoding_map() -> None:
    raw = "<b>hi</b>"
    html_positions = [3, 4]  # "hi" inside the decoded markup
    markup_to_raw = list(range(len(raw) + 1))
    assert compose(html_positions, markup_to_raw) == [3, 4]
    assert compose([0, 5], [10, 11]) == [10, 11]  # clamped to the inner map


def test_align_finds_text_across_folded_lines() -> None:
    source = "Subject: Thank you\r\n for the chat\r\n"
    start = source.index("Thank")
    positions = align("Thank you for the chat", source, start, len(source))
    assert positions is not None
    assert source[positions[10]] == "f"
    assert align("Something else", source, start, len(source)) is None
