"""E-mail drafts: headers become context, the text body is analysed, offsets point into the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from followup_lint.draft import ParsedDraft, parse_draft, read_draft
from followup_lint.draft.eml import decode_quoted_printable, html_to_text
from followup_lint.errors import InputError

FIXTURES = Path(__file__).parents[1] / "fixtures" / "drafts"
CORPUS = Path(__file__).parents[2] / "corpus"


def span_source(draft: ParsedDraft, word: str) -> str:
    start = draft.text.index(word)
    span = draft.offsets.span(start, start + len(word))
    return draft.source[span.start : span.end]


def test_single_part_7bit_maps_one_to_one() -> None:
    raw = (
        "From: Jordan Lee <jordan@example.com>\r\n"
        "To: Sarah Chen <sarah@acme.example>\r\n"
        "Subject: Thank you\r\n"
        "\r\n"
        "Hi Sarah,\r\n\r\nThank you for the tour of the\r\nwarehouse.\r\n\r\nBest,\r\nJordan\r\n"
    )
    draft = parse_draft(raw, format="eml")

    assert draft.text.startswith("Thank you\n\nHi Sarah,")
    assert "\r" not in draft.text
    assert draft.excerpt(draft.parts.subject) == "Thank you"
    assert span_source(draft, "Thank you") == "Thank you"
    assert span_source(draft, "warehouse") == "warehouse"
    assert draft.excerpt(draft.parts.paragraphs[0]) == "Thank you for the tour of the warehouse."
    start = draft.text.index("warehouse")
    assert draft.offsets.span(start, start + 9).line == 8


def test_quoted_printable_soft_breaks_and_utf8_escapes_map_back() -> None:
    draft = read_draft(FIXTURES / "quoted_printable.eml")

    assert "café" in draft.text
    assert "a real pleasure" in draft.text  # soft line break joined
    assert span_source(draft, "caf") == "caf"
    # é maps to the first of its two escapes, so a span ending on it ends after that "="
    assert span_source(draft, "café") == "caf="
    accent = draft.text.index("é")
    assert draft.source[draft.offsets.source_offset(accent) :].startswith("=C3=A9")
    assert span_source(draft, "pleasure") == "pleasure"
    assert span_source(draft, "real pleasure") == "real=\r\n pleasure"


def test_folded_subject_maps_into_the_header() -> None:
    draft = read_draft(FIXTURES / "quoted_printable.eml")
    assert draft.excerpt(draft.parts.subject) == "Thank you for the interview"
    assert span_source(draft, "interview") == "interview"


def test_headers_become_context() -> None:
    draft = read_draft(FIXTURES / "quoted_printable.eml")
    assert draft.context.interviewers == ("Sarah Chen",)
    assert draft.context.sender == "Jordan Lee"
    # 23:30 at -0800 is already the 19th in UTC; the header's own date counts
    assert draft.context.sent_date == dt.date(2026, 11, 18)


def test_bare_addresses_give_no_interviewer() -> None:
    draft = read_draft(FIXTURES / "multipart_alternative.eml")
    assert draft.context.interviewers == ("Priya Patel",)
    draft = parse_draft(
        "To: sarah@acme.example\nFrom: j@x.example\n\nHi,\n\nThanks.\n", path="a.eml"
    )
    assert draft.context.interviewers == ()
    assert draft.context.sender is None
    assert draft.context.sent_date is None


def test_multipart_alternative_prefers_text_plain() -> None:
    draft = read_draft(FIXTURES / "multipart_alternative.eml")

    assert "HTML version" not in draft.text
    assert draft.excerpt(draft.parts.greeting) == "Hi Priya,"
    assert span_source(draft, "Data Scientist") == "Data Scientist"
    assert draft.excerpt(draft.parts.closing) == "Best regards,"
    assert draft.excerpt(draft.parts.signature) == "Jordan Lee"


def test_html_only_body_is_converted_to_text() -> None:
    draft = read_draft(FIXTURES / "html_only.eml")

    assert "<" not in draft.text
    assert "color: red" not in draft.text
    assert "alert" not in draft.text
    assert "interview & the tour" in draft.text
    assert draft.excerpt(draft.parts.greeting) == "Hi Sarah,"
    assert draft.excerpt(draft.parts.closing) == "Best,"
    assert draft.excerpt(draft.parts.signature) == "Jordan"
    assert span_source(draft, "interview") == "interview"
    assert span_source(draft, "&") == "&"  # the entity maps to its '&'
    assert draft.context.sent_date == dt.date(2026, 11, 19)


def test_html_list_items_keep_their_lines() -> None:
    draft = read_draft(FIXTURES / "html_only.eml")
    items = [draft.excerpt(p) for p in draft.parts.paragraphs if "team" in draft.excerpt(p)]
    assert items == ["Great team\nClear roadmap"]


def test_html_to_text_positions_point_into_the_markup() -> None:
    markup = "<p>Hi&nbsp;Sarah,</p>\n<div>Thanks  for\n the <i>call</i>.<br>Jo</div>"
    text, positions, breaks = html_to_text(markup)
    assert text == "Hi\xa0Sarah,\n\nThanks for the call.\nJo"
    assert markup[positions[text.index("call")]] == "c"
    assert markup[positions[2] : positions[2] + 6] == "&nbsp;"
    assert text.index("\nJo") in breaks


def test_quoted_printable_html_chains_both_maps_to_the_file() -> None:
    raw = (
        "From: Jordan <j@example.com>\r\nSubject: Hi\r\n"
        "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        "\r\n<div>Hi Sarah,</div><div><br></div><div>I loved the caf=C3=A9 &amp; the long =\r\n"
        "conversation.</div>\r\n<div>Best,<br>Jordan</div>\r\n"
    )
    draft = parse_draft(raw, format="eml")

    assert draft.text == (
        "Hi\n\nHi Sarah,\n\nI loved the café & the long conversation.\n\nBest,\nJordan"
    )
    assert span_source(draft, "conversation") == "conversation"
    assert span_source(draft, "&") == "&"
    assert span_source(draft, "long conversation") == "long =\r\nconversation"
    assert draft.excerpt(draft.parts.signature) == "Jordan"


def test_base64_body_maps_to_the_start_of_the_part_body() -> None:
    draft = read_draft(FIXTURES / "base64_body.eml")

    assert draft.excerpt(draft.parts.greeting) == "Hi Sarah,"
    body_start = draft.source.index("SGkg")
    start = draft.text.index("interview")
    assert draft.offsets.source_offset(start) == body_start
    span = draft.offsets.span(start, start + 9)
    assert span.line == 9 and span.column == 1


def test_quoted_printable_decoder_directly() -> None:
    source = "caf=C3=A9 =\nok=3D"
    text, positions = decode_quoted_printable(source, 0, len(source), "utf-8", "utf-8")
    assert text == "café ok="
    assert positions[3] == 3
    assert source[positions[5]] == "o"
    assert positions[7] == source.index("=3D")


def test_latin1_8bit_mail_maps_every_byte(tmp_path: Path) -> None:
    raw = (
        b"From: Jordan <j@example.com>\nSubject: Merci\n"
        b"Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
        b"Bonjour Ren\xe9e,\n\nMerci pour l'entretien.\n"
    )
    path = tmp_path / "latin1.eml"
    path.write_bytes(raw)
    draft = read_draft(path)
    assert "Renée" in draft.text
    assert span_source(draft, "Renée") == "Renée"
    assert span_source(draft, "entretien") == "entretien"


def error_of(raw: str | bytes, tmp_path: Path) -> str:
    path = tmp_path / "bad.eml"
    path.write_bytes(raw.encode() if isinstance(raw, str) else raw)
    with pytest.raises(InputError) as caught:
        read_draft(path)
    assert caught.value.path == str(path)
    assert "\n" not in caught.value.message
    return caught.value.message


def test_missing_text_part(tmp_path: Path) -> None:
    raw = (FIXTURES / "no_text_part.eml").read_bytes()
    assert error_of(raw, tmp_path) == "e-mail has no text/plain or text/html part"


def test_text_without_headers_is_not_an_email(tmp_path: Path) -> None:
    message = error_of("Hi Sarah,\n\nThanks for the chat.\n", tmp_path)
    assert message.startswith("not an e-mail message:")


def test_headers_without_any_address_or_subject_are_not_an_email(tmp_path: Path) -> None:
    message = error_of("X-Note: hello\n\nbody\n", tmp_path)
    assert message == "not an e-mail message: no From, To, Subject or Date header"


def test_empty_body(tmp_path: Path) -> None:
    assert error_of("Subject: Hi\n\n\n", tmp_path).startswith("empty draft")


def test_raw_utf8_in_headers_is_read_as_text(tmp_path: Path) -> None:
    """Mail programs often write 'From: Elif Demirtaş' unencoded; the names must come out as
    text (not surrogate escapes), so the context can be shown, cached and compared."""
    path = tmp_path / "note.eml"
    path.write_bytes(
        "From: Elif Demirtaş <elif@example.com>\nTo: Murat Aksoy <murat@example.com>\n"
        "Subject: Teşekkürler – Export Coordinator interview\nDate: Thu, 15 Oct 2026 09:12:00 "
        "+0300\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Dear Murat,\n\nThank you for the interview yesterday.\n\nBest regards,\nElif\n".encode()
    )
    draft = read_draft(path)
    assert draft.context.sender == "Elif Demirtaş"
    assert draft.excerpt(draft.parts.subject).startswith("Teşekkürler")
    draft.context.model_dump_json()  # no surrogates left to trip JSON or the cache


def test_an_8bit_body_with_no_charset_is_read_as_the_file_is() -> None:
    # 'Ojalá we get to work together.' in a UTF-8 file with no Content-Type header
    draft = read_draft(CORPUS / "thank-you/b22a-member-outreach-specialist-tres-rios-cooler.eml")
    assert "Ojalá we get to work together." in draft.text
    assert span_source(draft, "Ojalá") == "Ojalá"
    assert "\ufffd" not in draft.text
