"""Split a letter's analysis text into greeting, body paragraphs, closing and signature."""

from __future__ import annotations

import re
from collections.abc import Collection

from followup_lint.draft.model import Parts, TextRange

_SALUTATION = re.compile(
    r"(?:dear|respected|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day)"
    r"|to\s+whom\s+it\s+may\s+concern|morning|afternoon|evening|yo)\b",
    re.IGNORECASE,
)
_CLOSING_PHRASES = (
    "best",
    "all the best",
    "all best",
    "best regards",
    "best wishes",
    "with best regards",
    "with best wishes",
    "kind regards",
    "kindest regards",
    "with kind regards",
    "warm regards",
    "warmest regards",
    "warm wishes",
    "warmly",
    "regards",
    "sincerely",
    "sincerely yours",
    "yours sincerely",
    "yours truly",
    "very truly yours",
    "yours faithfully",
    "respectfully",
    "respectfully yours",
    "thank you",
    "thank you again",
    "thank you so much",
    "thank you very much",
    "thank you for your time",
    "thank you for your consideration",
    "thanks",
    "thanks again",
    "thanks so much",
    "thanks for your time",
    "many thanks",
    "with thanks",
    "with many thanks",
    "with gratitude",
    "with appreciation",
    "cheers",
    "take care",
    "looking forward",
    "looking forward to hearing from you",
    "cordially",
    "gratefully",
    "gratefully yours",
    "talk soon",
    "yours",
)
# Thanks and farewells in the other languages writers close in ("Diolch yn fawr,", "Muchas
# gracias,", "Ngā mihi,"): listed closings too, so that a line going on from one ("Diolch
# again, and hwyl for now,") is read as the closing, and its words are no misspellings.
OTHER_LANGUAGE_CLOSINGS = (
    "diolch yn fawr iawn",
    "diolch yn fawr",
    "diolch o galon",
    "diolch",
    "hwyl fawr",
    "hwyl",
    "muchas gracias",
    "mil gracias",
    "gracias",
    "un abrazo",
    "abrazos",
    "saludos",
    "merci beaucoup",
    "merci",
    "cordialement",
    "vielen dank",
    "danke",
    "mit freundlichen grüßen",
    "grazie mille",
    "grazie",
    "cordiali saluti",
    "muito obrigado",
    "muito obrigada",
    "obrigado",
    "obrigada",
    "baie dankie",
    "dankie",
    "asante sana",
    "asante",
    "maraming salamat",
    "salamat po",
    "salamat",
    "terima kasih",
    "ngā mihi",
    "nga mihi",
    "mahalo",
    "toda raba",
    "shukran",
    "dhanyavaad",
    "spasibo",
    "dziękuję",
    "dank je wel",
    "tack så mycket",
)
_CLOSING_PHRASES = (*_CLOSING_PHRASES, *OTHER_LANGUAGE_CLOSINGS)
# Beyond the list: "With warm regards", "Kindest wishes", "With sincere thanks".
_ADJECTIVES = (
    r"(?:(?:very|most|my|our|all|every|kind|kindest|warm|warmest|best|good|many|sincere|"
    r"sincerest|heartfelt|deepest|deep|grateful|respectful|cordial|fond|fondest|much|"
    r"heaps\s+of)\s+)*"
)
_NOUNS = r"(?:regards|wish|wishes|thanks|gratitude|appreciation|respect)"
_COMPOSED = (
    rf"(?:with\s+)?{_ADJECTIVES}{_NOUNS}(?:\s+(?:and|&)\s+{_ADJECTIVES}{_NOUNS})?"
    r"(?:\s+(?:again|heaps|so\s+much|a\s+lot))?"
)
_PHRASE = "|".join(
    [
        *(
            r"\s+".join(phrase.split())
            for phrase in sorted(_CLOSING_PHRASES, key=len, reverse=True)
        ),
        _COMPOSED,
    ]
)
_CLOSING = re.compile(rf"(?:{_PHRASE})(?:\s*[,!.:—–-]+)?", re.IGNORECASE)
_CLOSING_GOING_ON = re.compile(rf"(?:{_PHRASE})\b.*,", re.IGNORECASE)
_CLOSING_WITH_NAME = re.compile(rf"((?:{_PHRASE})\s*[,—–-])\s*(\S.*)", re.IGNORECASE)
_LIST_LINE = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]")
_CONTACT = re.compile(r"@|https?://|www\.|linkedin\.com|\d{3}[\s.)-]*\d{3}[\s.-]*\d{4}|\+\d")
_SENTENCE_END = re.compile(r"([\w’']+)[.!?]\s")
# Titles and name abbreviations whose stop ends no sentence ('Eng.' is the engineer's title
# in the Gulf and much of the Arab world, 'Capt.', 'Fr.' and the like elsewhere).
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "rev", "hon", "eng", "engr"}
    | {"capt", "lt", "maj", "sgt", "cpl", "fr", "supt", "insp", "cdr"}  # service titles
)
_NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "del", "bin", "al", "y"}
)
_SENTENCE_OPENER = re.compile(
    r"(?:i|we|thank|thanks|it|this|that|my|our|just|please|as|after)\b", re.IGNORECASE
)
_GREETING_CUT = re.compile(r"[,:!]|\s[-—–]\s")
_NAME_THEN_STOP = re.compile(
    r"[ \t]*,?[ \t]*("
    r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Eng|Engr|Capt)\.[ \t]+)?"  # an optional title
    r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"  # one to three capitalised words
    r")\.[ \t]"
)
# A closing the lists do not know ("Ngā mihi,", "Le meas,", "Respectfully submitted,"): a
# short line ended by a comma that stands alone between the last sentence and the name.
_BARE_CLOSING = re.compile(r"[^\W\d_][^\d@:;?!.]{0,120}?\s*,")
_BARE_CLOSING_MAX_WORDS = 4
# A longer line of thanks, wishes or hopes standing alone before the name is a closing too
# ("Thank you very much for your time,", "With renewed thanks, and every good wish for the
# remainder of your search,", "Wishing you a busy run-up to Christmas,", "Hoping to hear from
# you soon-soon,").
_THANKS_CLOSING = re.compile(
    r"(?:thank\s+you|thanks|many\s+thanks|wishing|hoping|looking\s+forward"
    r"|with\b.*\b(?:thanks|wishes|regards|gratitude))\b.*,",
    re.IGNORECASE,
)
_THANKS_CLOSING_MAX_WORDS = 16
# Nicknames and pronouns beside a name: 'Chukwuemeka "Emeka" Obi', 'Dr A. Lindqvist (she/her)'.
_NAME_ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_QUOTES = "\"'“”‘’«»"
_HEADER_WINDOW = 6
_SIGNATURE_DELIMITER = ("--", "—")
_CLOSING_WINDOW = 8
# A signature's title or affiliation line may be longer than a name, if every word but these
# is capitalised.
_MAX_TITLE_WORDS = 16
_TITLE_PARTICLES = frozenset(
    {"of", "and", "&", "the", "for", "in", "at", "on", "de", "|", "-", "–"}
)
_MAX_SIGNATURE_LINES = 5

Line = tuple[int, int]


def formula_words() -> frozenset[str]:
    """The English words greetings and closings are made of ("dear", "regards", "sincerely"):
    a proofreader's correction towards one of them is a real slip in a formula line."""
    english = [p for p in _CLOSING_PHRASES if p not in OTHER_LANGUAGE_CLOSINGS]
    words = re.findall(r"[a-z]+", " ".join(english) + " " + _ADJECTIVES + _NOUNS)
    words += re.findall(r"[a-z]+", _SALUTATION.pattern)
    return frozenset(w for w in words if len(w) > 1)


def split_parts(
    text: str,
    subject: TextRange | None,
    body_start: int,
    keep_breaks: Collection[int] = frozenset(),
) -> tuple[str, Parts]:
    """Find the letter's anatomy and reflow hard-wrapped paragraphs (same length, same offsets).

    `body_start` is where the letter begins after the subject; `keep_breaks`
    holds newline indices that must not be reflowed (Markdown list items, <br>).
    """
    lines = [line for line in _lines(text, body_start) if not _blank(text, line)]
    greeting, body_from = _find_greeting(text, lines, body_start)
    tail = [(max(start, body_from), end) for start, end in lines if end > body_from]
    tail = [line for line in tail if not _blank(text, line)]
    tail, postscript = _postscript(text, tail)
    closing, signature, body_end = _closing_and_signature(text, tail)
    paragraphs = _paragraphs(text, body_from, body_end)
    reflowed = _reflow(
        text, paragraphs + ((postscript,) if postscript else ()), frozenset(keep_breaks)
    )
    return reflowed, Parts(subject, greeting, paragraphs, closing, signature, postscript)


_POSTSCRIPT = re.compile(r"\s*(?:P\.?\s?P\.?\s?S|P\.?\s?S)(?:\.|:|\b)", re.IGNORECASE)


def _postscript(text: str, lines: list[Line]) -> tuple[list[Line], TextRange | None]:
    """A 'P.S.' (or 'PS:', 'P.P.S.') block at the end, after the sign-off: the lines before
    it, and its range. It is prose the reader reads, but not part of the body or signature."""
    for index in range(len(lines) - 1, 0, -1):
        start, end = lines[index]
        match = _POSTSCRIPT.match(text, start, end)
        if match and text[start:end].strip()[:1] in "Pp":
            tail_end = lines[-1][1]
            return lines[:index], _trimmed(text, start, tail_end)
    return lines, None


def _lines(text: str, start: int) -> list[Line]:
    lines: list[Line] = []
    cursor = start
    while cursor <= len(text):
        newline = text.find("\n", cursor)
        end = len(text) if newline == -1 else newline
        lines.append((cursor, end))
        if newline == -1:
            break
        cursor = newline + 1
    return lines


def _blank(text: str, line: Line) -> bool:
    return not text[line[0] : line[1]].strip()


def _trimmed(text: str, start: int, end: int) -> TextRange:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return TextRange(start, end)


def _find_greeting(text: str, lines: list[Line], body_start: int) -> tuple[TextRange | None, int]:
    """The greeting on the first line, or after a letter-head block (date, address lines)."""
    for index, line in enumerate(lines[:_HEADER_WINDOW]):
        greeting, after = _greeting(text, line)
        if greeting is not None and (
            index == 0 or _SALUTATION.match(text[greeting.start : greeting.end])
        ):
            return greeting, after
        if not _header_line(text[line[0] : line[1]].strip()):
            break
    return None, lines[0][0] if lines else body_start


def _header_line(content: str) -> bool:
    """A letter-head line: a date, an address or a name; short and not a sentence."""
    words = content.split()
    return (
        0 < len(words) <= 8
        and not content.endswith(("?", "!"))
        and not _has_sentence_end(content)
        and not (content.endswith(".") and len(words) > 3)
    )


def _greeting(text: str, line: Line) -> tuple[TextRange | None, int]:
    """The greeting on the first line, and where the body starts after it."""
    whole = _trimmed(text, *line)
    content = text[whole.start : whole.end]
    words = content.split()
    salutation = _SALUTATION.match(content)
    if content[-1] in ",:!-—–" and len(words) <= 8 and (salutation or _addresses_someone(content)):
        return whole, whole.end
    if not salutation:
        return None, line[0]
    cut = _GREETING_CUT.search(content, salutation.end())
    if cut is not None:
        end = cut.end() if content[cut.start()] in ",:!" else cut.end() - 1
        end = _extend_over_name(content, salutation.end(), end)
        greeting = _trimmed(text, whole.start, whole.start + end)
        return greeting, greeting.end
    stop = _NAME_THEN_STOP.match(content, salutation.end())
    if stop is not None and stop.group(1).split()[-1].lower() not in _ABBREVIATIONS:
        greeting = _trimmed(text, whole.start, whole.start + stop.end(1) + 1)
        return greeting, greeting.end
    if len(words) <= 8:
        return whole, whole.end
    return None, line[0]


def _extend_over_name(content: str, after_salutation: int, end: int) -> int:
    """In "Hey, Sarah, thanks…" the greeting runs to the comma after the name."""
    if content[after_salutation : end - 1].strip():
        return end
    following = content.find(",", end)
    if following != -1 and _name_like(content[end:following]):
        return following + 1
    return end


def _addresses_someone(content: str) -> bool:
    """A line like "Sarah," or "Hiring team:" that greets without a salutation word."""
    words = content.rstrip(",:!-—– ").split()
    if not words or len(words) > 5 or not words[0][0].isupper():
        return False
    if _SENTENCE_OPENER.match(words[0]):
        return False
    return not _has_sentence_end(content)


def _has_sentence_end(content: str) -> bool:
    """A full stop after a word, with more after it; not one closing an abbreviation with
    inner stops ('P.Eng. (ret.)', 'Ph.D., CPA')."""
    for match in _SENTENCE_END.finditer(content + " "):
        word = match.group(1)
        dotted = content[match.start(1) - 1 : match.start(1)] == "."
        if (
            match.end() < len(content)
            and len(word) > 1
            and word.lower() not in _ABBREVIATIONS
            and not dotted
        ):
            return True
    return False


def _name_like(line: str) -> bool:
    words = [w.strip(_QUOTES) for w in _NAME_ASIDE.sub(" ", line).strip().rstrip(",").split()]
    words = [w for w in words if w]
    if not 1 <= len(words) <= 4 or any(ch.isdigit() or ch == "@" for ch in line):
        return False
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words)


def _closing_and_signature(
    text: str, lines: list[Line]
) -> tuple[TextRange | None, TextRange | None, int]:
    """Closing and signature ranges, and where the body ends."""
    window = lines[-_CLOSING_WINDOW:]
    for index in range(len(window) - 1, -1, -1):
        line = _trimmed(text, *window[index])
        content = text[line.start : line.end]
        after = window[index + 1 :]
        if not _signature_lines(text, after):
            continue
        if _CLOSING.fullmatch(content):
            return line, _signature_range(text, after), line.start
        with_name = _CLOSING_WITH_NAME.fullmatch(content)
        if with_name and _name_like(with_name.group(2)):
            closing = TextRange(line.start, line.start + with_name.end(1))
            signature = _trimmed(text, line.start + with_name.start(2), _end_of(line, after))
            return closing, signature, line.start
    bare = _bare_closing(text, lines)
    if bare is not None:
        return bare
    for index in range(len(window) - 1, -1, -1):
        delimiter = _trimmed(text, *window[index])
        if text[delimiter.start : delimiter.end] in _SIGNATURE_DELIMITER:
            return None, _signature_range(text, window[index + 1 :]), delimiter.start
    return _signature_without_closing(text, lines)


def _bare_closing(text: str, lines: list[Line]) -> tuple[TextRange, TextRange | None, int] | None:
    """An unlisted closing: a capitalised line of a few words ending in a comma, after a
    finished sentence (or a blank line) and right before a name block."""
    first = max(1, len(lines) - _CLOSING_WINDOW)
    for index in range(len(lines) - 2, first - 1, -1):
        line = _trimmed(text, *lines[index])
        content = text[line.start : line.end]
        after = lines[index + 1 :]
        if (
            not _BARE_CLOSING.fullmatch(content)
            or not content[0].isupper()
            or len(content.split()) > _bare_closing_limit(content)
            or not _signature_lines(text, after)
            or not _name_like(text[after[0][0] : after[0][1]])
        ):
            continue
        previous = lines[index - 1]
        blank_between = text.count("\n", previous[1], line.start) >= 2
        sentence_before = text[previous[0] : previous[1]].rstrip().endswith((".", "!", "?"))
        if blank_between or sentence_before:
            return line, _signature_range(text, after), line.start
    return None


def _bare_closing_limit(content: str) -> int:
    """How many words an unlisted closing may have: more when it thanks or wishes, or goes on
    from a listed closing ('All the best for the Christmas menus,', 'All the best, and thanks
    again,', 'Diolch, and thanks again to you both,')."""
    thanks = _THANKS_CLOSING.search(content)
    if (thanks and thanks.end() == len(content)) or _CLOSING_GOING_ON.fullmatch(content):
        return _THANKS_CLOSING_MAX_WORDS
    return _BARE_CLOSING_MAX_WORDS


def _end_of(line: TextRange, after: list[Line]) -> int:
    return after[-1][1] if after else line.end


def _signature_range(text: str, lines: list[Line]) -> TextRange | None:
    if lines and text[lines[0][0] : lines[0][1]].strip() in _SIGNATURE_DELIMITER:
        lines = lines[1:]
    if not lines:
        return None
    return _trimmed(text, lines[0][0], lines[-1][1])


def _signature_lines(text: str, lines: list[Line]) -> bool:
    """True when every line reads like a sign-off block: name, title, phone, e-mail, link."""
    if len(lines) > _MAX_SIGNATURE_LINES + 1:
        return False
    return all(_signature_line(text[start:end].strip()) for start, end in lines)


def _signature_line(line: str) -> bool:
    if line in _SIGNATURE_DELIMITER or _CONTACT.search(line):
        return True
    words = line.split()
    if line.endswith("?") or _has_sentence_end(line):
        return False
    if len(words) > 8:
        # a title and an affiliation: 'Postdoctoral Research Associate, School of Biological
        # Sciences, University of Edinburgh'
        return len(words) <= _MAX_TITLE_WORDS and all(
            w[0].isupper() or w.lower() in _TITLE_PARTICLES for w in words
        )
    abbreviated = "." in words[-1][:-1]  # 'M.Sc.', 'P.Eng.': not the end of a sentence
    return not (line.endswith((".", "!")) and len(words) > 3 and not abbreviated)


def _signature_without_closing(text: str, lines: list[Line]) -> tuple[None, TextRange | None, int]:
    """A trailing name block ("Jordan Lee\\n555-0100") after the last paragraph."""
    nothing = (None, None, len(text))
    block: list[Line] = []
    for line in reversed(lines):
        content = text[line[0] : line[1]].strip()
        if not _signature_line(content) or content.endswith((".", "!", "?", ":")):
            break
        block.insert(0, line)
    for line in block[-_MAX_SIGNATURE_LINES:]:
        if not _name_like(text[line[0] : line[1]]):
            continue
        position = lines.index(line)
        if position == 0:
            return nothing
        previous = lines[position - 1]
        blank_between = text.count("\n", previous[1], line[0]) >= 2
        sentence_before = text[previous[0] : previous[1]].rstrip().endswith((".", "!", "?"))
        if not (blank_between or sentence_before):
            return nothing
        signature = _trimmed(text, line[0], block[-1][1])
        return None, signature, signature.start
    return nothing


def _paragraphs(text: str, start: int, end: int) -> tuple[TextRange, ...]:
    paragraphs: list[TextRange] = []
    for chunk in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text[start:end]):
        rng = _trimmed(text, start + chunk.start(), start + chunk.end())
        if len(rng) > 0:
            paragraphs.append(rng)
    return tuple(paragraphs)


def _reflow(text: str, paragraphs: tuple[TextRange, ...], keep: frozenset[int]) -> str:
    """Turn single newlines inside paragraphs into spaces, except before list items."""
    chars = list(text)
    for paragraph in paragraphs:
        index = text.find("\n", paragraph.start, paragraph.end)
        while index != -1:
            line_start = text.rfind("\n", 0, index) + 1
            keep_it = (
                index in keep
                or _LIST_LINE.match(text, index + 1) is not None
                or text[line_start:index].rstrip().endswith(":")
            )
            if not keep_it:
                chars[index] = " "
            index = text.find("\n", index + 1, paragraph.end)
    return "".join(chars)
