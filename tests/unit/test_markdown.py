"""Markdown drafts: markup is stripped for analysis, every kept character still maps to the file."""

from __future__ import annotations

from pathlib import Path

from followup_lint.draft import ParsedDraft, parse_draft, read_draft
from followup_lint.draft.markdown import strip_markdown
from followup_lint.draft.offsets import TextBuilder

FIXTURES = Path(__file__).parents[1] / "fixtures" / "drafts"
CORPUS = Path(__file__).parents[2] / "corpus"


def stripped(markdown: str) -> str:
    """The analysis text of a Markdown snippet (before paragraph reflow)."""
    builder = TextBuilder()
    strip_markdown(markdown, 0, len(markdown), builder)
    return builder.build(markdown)[0]


def maps_back(draft: ParsedDraft, word: str) -> str:
    start = draft.text.index(word)
    span = draft.offsets.span(start, start + len(word))
    return draft.source[span.start : span.end]


def test_emphasis_markers_are_removed() -> None:
    assert stripped("a *b* _c_ **d** __e__ ***f*** ~~g~~") == "a b c d e f g"


def test_intra_word_underscores_and_lone_stars_stay() -> None:
    assert stripped("my snake_case_name and 2 * 3 = 6") == "my snake_case_name and 2 * 3 = 6"
    assert stripped("an **unclosed bold") == "an **unclosed bold"
    assert stripped("~5 minutes early") == "~5 minutes early"


def test_inline_code_keeps_its_text() -> None:
    assert stripped("run `make test` or ``a `tick` b``") == "run make test or a `tick` b"


def test_links_images_and_autolinks_keep_their_text() -> None:
    assert stripped("see [the post](https://x.io/a_(b)) now") == "see the post now"
    assert stripped("see [the post][1] now") == "see the post now"
    assert stripped("![team photo](team.png)") == "team photo"
    assert stripped("<https://example.com/jobs>") == "https://example.com/jobs"
    assert stripped("[Company Name] stays") == "[Company Name] stays"


def test_html_tags_are_removed_but_angle_placeholders_stay() -> None:
    assert stripped("a <b>bold</b> <br/> word<!-- note -->") == "a bold  word"
    assert stripped("Dear <Interviewer Name>,") == "Dear <Interviewer Name>,"


def test_backslash_escapes() -> None:
    assert stripped(r"\*not emphasis\* and \_this\_") == "*not emphasis* and _this_"


def test_headings_lose_their_markers_and_stand_alone() -> None:
    assert stripped("## Next steps ##\nText") == "Next steps\n\nText"
    assert stripped("Title\n=====\nText") == "Title\n\nText"


def test_block_markers_are_removed() -> None:
    text = stripped("- one\n* two\n+ three\n1. four\n2) five\n> quoted\n> > nested\n- [x] done")
    assert text == "one\ntwo\nthree\nfour\nfive\nquoted\nnested\ndone"


def test_rules_fences_and_reference_definitions_are_removed() -> None:
    markdown = "Before\n\n---\n\n```python\ncode = 1\n```\nAfter\n[1]: https://example.com\n"
    text = stripped(markdown)
    assert "code" not in text
    assert "---" not in text
    assert "https" not in text
    assert text.split() == ["Before", "After"]


def test_unclosed_fence_drops_the_rest() -> None:
    assert stripped("Text\n~~~\nhidden\n").strip() == "Text"


def test_bold_word_and_link_text_map_back_to_the_source() -> None:
    draft = read_draft(FIXTURES / "markdown_note.md")

    assert maps_back(draft, "Sarah") == "Sarah"
    assert maps_back(draft, "great") == "great"
    assert maps_back(draft, "Platform Engineer") == "Platform Engineer"
    assert maps_back(draft, "deploy_service") == "deploy_service"
    assert maps_back(draft, "mentoring") == "mentoring"


def test_markdown_note_parts() -> None:
    draft = read_draft(FIXTURES / "markdown_note.md")
    parts = draft.parts

    assert draft.format == "markdown"
    assert draft.excerpt(parts.subject) == "Thank you"
    assert draft.excerpt(parts.greeting) == "Hi Sarah,"
    assert draft.excerpt(parts.closing) == "Thanks again,"
    assert draft.excerpt(parts.signature) == "Jordan Lee"
    assert "dropped" not in draft.text
    first = draft.excerpt(parts.paragraphs[0])
    assert "role. I especially" in first  # the hard-wrapped line was reflowed


def test_list_items_stay_on_their_own_lines() -> None:
    draft = read_draft(FIXTURES / "markdown_note.md")
    items = [draft.excerpt(p) for p in draft.parts.paragraphs if "mentoring" in draft.excerpt(p)]
    assert items == ["the focus on mentoring\nthe old new release process"]


def test_wrapped_list_item_continuation_is_reflowed() -> None:
    draft = parse_draft("Hi Sarah,\n\n- one long\n  item\n- two\n\nBest,\nJo\n", format="markdown")
    assert draft.excerpt(draft.parts.paragraphs[0]) == "one long item\ntwo"


def test_subject_line_wins_over_a_heading() -> None:
    draft = parse_draft(
        "Subject: Hello\n\n# Heading\n\nHi Sarah,\n\nThank you for the call.\n", format="markdown"
    )
    assert draft.excerpt(draft.parts.subject) == "Hello"
    # the heading stands before the greeting like a letter-head, outside the body
    assert draft.excerpt(draft.parts.greeting) == "Hi Sarah,"
    assert draft.excerpt(draft.parts.paragraphs[0]) == "Thank you for the call."


def test_signature_delimiter_is_not_a_heading_underline() -> None:
    draft = parse_draft("Hi Sarah,\n\nThanks for the call.\n-- \nJordan Lee\n", format="markdown")
    assert draft.excerpt(draft.parts.signature) == "Jordan Lee"
    assert draft.excerpt(draft.parts.paragraphs[0]) == "Thanks for the call."


def test_a_bold_first_line_is_the_subject() -> None:
    # '**Re: Dispatch Supervisor interview, 22 SEP**' above 'Mr. Hutchings,'
    draft = read_draft(CORPUS / "thank-you/b21b-dispatch-supervisor-reefer-weekend.md")
    assert draft.excerpt(draft.parts.subject) == "Re: Dispatch Supervisor interview, 22 SEP"
    assert draft.excerpt(draft.parts.greeting) == "Mr. Hutchings,"


def test_a_bold_greeting_is_not_a_subject() -> None:
    draft = parse_draft(
        "**Dear Sam,**\n\nThank you for the call.\n\nBest,\nJo\n", format="markdown"
    )
    assert draft.parts.subject is None
