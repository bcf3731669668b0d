"""The offline grammar rules: a few checks precise enough to run without LanguageTool."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from followup_lint.proofing.grammar_text import (
    ABBREVIATIONS,
    AUXILIARIES,
    BE_FORMS,
    DAY_MONTH_STOP,
    FUNCTION_WORDS,
    NP_ENDERS,
    OBJECT_PREPOSITIONS,
    PERSONAL,
    PREPOSITIONS,
    SINGULAR_VERBS,
    THIRD_PERSON,
    Rule,
    Token,
    grammar_match,
    hyphenated,
    in_protected,
    is_sentence_start,
    joined,
    match_case,
    next_is,
    next_word,
    prev_word,
    protected_spans,
    tokens,
    with_apostrophe,
    words,
)
from followup_lint.proofing.model import ProofMatch

#: Words a careful writer repeats on purpose ("had had", "that that", "very very"), and the
#: numerals many Englishes double to mean "each" or "one by one" (Caribbean, West African and
#: Indian English: "one one coco full basket", "give them two two sweets").
_DELIBERATE_REPEATS = words(
    "had that is do very really so much many more far long ever never again bye ha no yes "
    "knock well now one two three four five"
)
#: Nouns that, after it's / they're / you're, show a possessive was meant (when the noun phrase
#: ends right after them: "it's team is", "for you're time.").
_POSSESSED_NOUNS = words(
    "team teams time application company organisation organization mission values culture staff "
    "employees customers clients members people products product services offer feedback "
    "consideration interview help support insight insights advice reply response email e-mail "
    "message note letter call question questions work role department office business website "
    "approach goals goal vision leadership managers manager patience kindness hospitality "
    "guidance input perspective thoughts plans process decision invitation recommendation "
    "generosity expertise hiring way "
    # the greeting's times and news: 'Hope you're week is going well', 'it's weekend was busy'
    "week weekend day morning afternoon evening month year holiday holidays trip summer family"
)
#: Capitalised words that are not acronym modifiers of a noun ("it's OK with me").
_NOT_MODIFIERS = words("ok okay i tbd tba asap fyi")
_IT_IS_FOLLOWERS = words("been a an the not going getting my your our their his")
_YOU_ARE_FOLLOWERS = words("a an the not")
#: Adjectives that follow 'you are' and rarely stand before a noun after 'your' with a
#: preposition or an adverb of time next: 'your busy with', 'your free this week'.
_PREDICATIVE = words("busy sure aware free available ready able interested happy glad well")
#: Two-word states said of a person ('flat out', 'snowed under'): after 'your' they want
#: 'you're'.
_PREDICATIVE_PAIRS = frozenset({("flat", "out"), ("snowed", "under"), ("tied", "up")})
#: 'I hope your keeping well', 'your doing great': a state verb and how you are.
_KEEPING = words("doing keeping feeling getting")
_KEEPING_STATES = words("well ok okay good fine great alright better")
_AFTER_PREDICATE = PREPOSITIONS | words("right now this these today tomorrow yet enough")
#: Adverbs of a whole statement: 'your probably making', 'your definitely going' want you're.
_STATEMENT_ADVERBS = words(
    "probably definitely certainly surely obviously clearly absolutely undoubtedly presumably"
)
#: A short greeting line ending in a comma ("Dear Sarah,"): the next line starts a sentence.
_GREETING_LINE = re.compile(
    r"^[ \t]*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings|to whom)\b"
    r"[^\n,.!?]{0,40},[ \t]*\n[ \t]*(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)
_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NEXT_WORD = re.compile(r"[^\W\d_]+(?:[-‑'’][^\W\d_]+)*")
_ARTICLE = re.compile(r"\b([Aa]n?)(?:[ \t]+\n?[ \t]*|\n[ \t]*)(?=\S)")
_LONE_I = re.compile(r"(?<![\w.’'(\[/-])i(?=['’](?:m|ve|ll|d)\b|[ \t]+[^\W\d_])")
_LIST_OR_MARKUP_LINE = re.compile(r"[-*+•#>|]|\d+[.)]|[a-z]{1,3}\)", re.IGNORECASE)
#: After a preposition these still allow "it is" ("the trouble with it's that ..."): not judged.
_CLAUSE_STARTERS = _IT_IS_FOLLOWERS | words(
    "that this just really very so all what how also still always never only quite too"
)


def _ends_noun_phrase(toks: Sequence[Token], j: int, text: str) -> bool:
    """Whether the noun phrase ends after toks[j]: a verb or a sentence end follows."""
    rest = text[toks[j].end :].lstrip(" \t")
    if not rest or rest[0] in ".!?\n":
        return True
    following = next_word(toks, j, text)
    return following is not None and following.lower in NP_ENDERS


# -- the rules ------------------------------------------------------------------------------


def doubled_word(text: str) -> list[ProofMatch]:
    """Same word twice with only spaces between is a slip; deliberate repeats and names skipped."""
    toks = tokens(text)
    out = []
    for left, right in pairwise(toks):
        if left.lower != right.lower or not joined(text, left, right, lines=False):
            continue
        if left.lower in _DELIBERATE_REPEATS or right.text[:1].isupper():
            continue
        message = f"The word '{right.text}' is repeated."
        out.append(
            grammar_match((left.start, right.end), "DOUBLED_WORD", message, left.text, "MISC")
        )
    return out


_DOUBLED_SPACE = re.compile(r"(?<=[^\s])  +(?=[^\s])")


def doubled_space(text: str) -> list[ProofMatch]:
    """Two or more spaces between words on one line; indentation and line ends are left alone."""
    return [
        grammar_match(
            (m.start(), m.end()), "DOUBLED_SPACE", "Two spaces between words.", " ", "TYPOS"
        )
        for m in _DOUBLED_SPACE.finditer(text)
    ]


_LETTER_NAMES_WITH_VOWEL_SOUND = frozenset("AEFHILMNORSX")
_CONSONANT_LETTER_NAMES = frozenset("BCDGJKPQTUVWYZ")
_AMBIGUOUS_ACRONYMS = frozenset({"SQL", "URL", "FAQ", "SAAS", "HTML"})
_YOU_PREFIXES = (
    "unan", "unic", "unif", "unil", "unio", "uniq", "unis", "unit", "univ", "use", "usi", "usu",
    "usa", "uti", "ute", "ure", "uri", "uro", "ura", "ubi", "uku", "ukr", "ufo", "uto", "uvu",
    "eu", "ewe",
)  # fmt: skip
_UH_PREFIXES = ("un", "up", "um", "ul", "ug", "ush", "utt", "urg", "urb", "ump")
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_EITHER_H = ("herb", "historic", "hotel", "heroic", "hypothe", "habitual", "hereditar", "hysteric")
_ANY_ACRONYM = re.compile(r"[A-Z]{2,}s?")
_PRONOUNCEABLE = re.compile(r"[AEIOU]|[^AEIOU][AEIOUY]")


def _acronym_sound(acronym: str) -> bool | None:
    """Vowel sound of an all-capitals word: spelt out unless it reads as a word (NASA)."""
    letters = acronym.rstrip("s")
    if letters in _AMBIGUOUS_ACRONYMS:
        return None
    if len(letters) == 2 or not _PRONOUNCEABLE.match(letters):
        return letters[0] in _LETTER_NAMES_WITH_VOWEL_SOUND
    if letters[0] in "AEIO":
        return True
    return False if letters[0] in _CONSONANT_LETTER_NAMES else None


def vowel_sound(word: str) -> bool | None:
    """Whether `word` starts with a vowel sound; None when that cannot be judged safely."""
    first = re.split(r"[-‑]", word, maxsplit=1)[0]
    if not first or not first[0].isalpha():
        return None
    if len(first) == 1:
        if first.isupper() or first != word:  # a letter: "an X-ray", "an e-mail", "a B"
            return first.upper() in _LETTER_NAMES_WITH_VOWEL_SOUND
        return None
    if _ANY_ACRONYM.fullmatch(first):
        return _acronym_sound(first)
    if any(c.isupper() for c in first[1:]):  # iPhone, eBay, PhD, SaaS
        return True if first[0] in "ie" and first[1].isupper() else None
    lower = first.lower()
    if lower in ("one", "once", "oneself") or lower.startswith(_YOU_PREFIXES):
        return False
    if lower[0] == "u":  # an update, an unusual; names (Uma, Uganda) and rarer words unjudged
        return True if first[0].islower() and lower.startswith(_UH_PREFIXES) else None
    if lower[0] in "aeio":
        return True
    if lower.startswith(_SILENT_H):
        return True
    if lower.startswith(_EITHER_H):
        return None
    return False


def a_an(text: str) -> list[ProofMatch]:
    """Judged only when the next word's first sound is certain; numbers, quotes, NASA skipped."""
    out = []
    for m in _ARTICLE.finditer(text):
        article = m.group(1)
        if text[m.start() - 1 : m.start()] in ("-", "'", "’", ".") or (
            article[0] == "A" and not is_sentence_start(text, m.start())
        ):
            continue  # "Plan A is", "Grade A", "x-a"
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt is None or text[nxt.end() : nxt.end() + 1].isdigit():
            continue
        sound = vowel_sound(nxt.group())
        wants = "an" if sound else "a"
        if sound is None or article.lower() == wants:
            continue
        fix = match_case(article, wants)
        message = f"Use '{fix}' instead of '{article}' before '{nxt.group()}'."
        out.append(
            grammar_match((m.start(), m.start() + len(article)), "A_AN", message, fix, "MISC")
        )
    return out


def its_it_s(text: str) -> list[ProofMatch]:
    """Only where the other form is impossible: 'its been/a/not', 'it's own', 'of it's team'."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks):
        if tok.lower == "its":
            nxt = next_word(toks, i, text)
            if nxt and (
                (nxt.lower in _IT_IS_FOLLOWERS and not hyphenated(text, nxt))
                or (nxt.lower == "pretty" and next_is(toks, i + 1, text, "much"))
            ):
                fix = match_case(tok.text, with_apostrophe(text, "it's"))
                out.append(_confused(tok, fix, "ITS_IT_S"))
        elif tok.lower == "it's" and _possessive_meant(toks, i, text):
            out.append(_confused(tok, match_case(tok.text, "its"), "ITS_IT_S"))
    return out


def _possessive_meant(toks: Sequence[Token], i: int, text: str) -> bool:
    """Whether the contraction toks[i] (it's, they're, you're) stands where a possessive must."""
    nxt = next_word(toks, i, text)
    if nxt is None or hyphenated(text, nxt):
        return False
    if nxt.lower == "own" or _acronym_modified_noun(toks, i + 1, text):
        return True
    prev = prev_word(toks, i, text)
    if prev is not None and prev.lower in PREPOSITIONS and nxt.lower not in _CLAUSE_STARTERS:
        return True
    if nxt.lower not in _POSSESSED_NOUNS:
        return False
    if _ends_noun_phrase(toks, i + 1, text):
        return True
    # the last of listed noun phrases: 'the role, the team and it's way of working'
    listed = prev is not None and prev.lower in ("and", "or")
    return listed and next_is(toks, i + 1, text, "of")


def _acronym_modified_noun(toks: Sequence[Token], j: int, text: str) -> bool:
    """Whether toks[j] is an acronym modifying the noun after it, and that noun phrase ends
    there ("it's HR team is", "they're QA checks on"): only a possessive fits before it."""
    acronym = toks[j].text
    if not (len(acronym) >= 2 and acronym.isupper() and acronym.lower() not in _NOT_MODIFIERS):
        return False
    noun = next_word(toks, j, text)
    if noun is None or not noun.text.islower() or noun.lower in FUNCTION_WORDS:
        return False
    if hyphenated(text, noun) or hyphenated(text, toks[j]):
        return False
    after = next_word(toks, j + 1, text)
    return _ends_noun_phrase(toks, j + 1, text) or (
        after is not None and after.lower in PREPOSITIONS and not hyphenated(text, after)
    )


def _there_for_their(toks: Sequence[Token], i: int, text: str) -> bool:
    """'there offer is open', 'there team was kind': 'there' before a possessed noun that
    ends its noun phrase, not after a verb of being ("Was there interest is…" is not judged)."""
    nxt = next_word(toks, i, text)
    if nxt is None or nxt.lower not in _POSSESSED_NOUNS or hyphenated(text, nxt):
        return False
    prev = prev_word(toks, i, text)
    if prev is not None and prev.lower in BE_FORMS:
        return False
    following = next_word(toks, i + 1, text)
    return following is not None and following.lower in NP_ENDERS


def _confused(tok: Token, fix: str, rule_id: str) -> ProofMatch:
    """A confused-words match: `tok` should read `fix`."""
    message = f"Did you mean '{fix}'?"
    return grammar_match(tok, rule_id, message, fix, "CONFUSED_WORDS")


def their_there(text: str) -> list[ProofMatch]:
    """Only impossible pairs: 'their is/are/has', 'there own', 'their going to', 'they're own'."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks):
        if tok.lower not in ("their", "there", "they're"):
            continue
        nxt = next_word(toks, i, text)
        fix = ""
        if tok.lower == "their" and nxt and not hyphenated(text, nxt):
            if nxt.lower in ("is", "are", "was", "were", "has"):
                fix = "there"
            elif nxt.lower == "going" and next_is(toks, i + 1, text, "to"):
                fix = with_apostrophe(text, "they're")
        elif (
            (tok.lower == "there" and nxt and nxt.lower == "own")
            or (tok.lower == "there" and _there_for_their(toks, i, text))
            or (tok.lower == "they're" and _possessive_meant(toks, i, text))
        ):
            fix = "their"
        if fix:
            out.append(_confused(tok, match_case(tok.text, fix), "THEIR_THERE"))
    return out


def your_you_re(text: str) -> list[ProofMatch]:
    """Only impossible pairs: 'Your welcome!', 'your going to', 'your a', 'for you're time'."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks):
        fix = ""
        if tok.lower == "your" and _you_are_meant(toks, i, text):
            fix = with_apostrophe(text, "you're")
        elif tok.lower == "you're" and _possessive_meant(toks, i, text):
            fix = "your"
        if fix:
            out.append(_confused(tok, match_case(tok.text, fix), "YOUR_YOU_RE"))
    return out


def _you_are_meant(toks: Sequence[Token], i: int, text: str) -> bool:
    """Whether 'your' at toks[i] stands where only 'you are' fits."""
    nxt = next_word(toks, i, text)
    if nxt is None or hyphenated(text, nxt):
        return False
    if nxt.lower in _YOU_ARE_FOLLOWERS:
        return True
    if nxt.lower == "going":
        return next_is(toks, i + 1, text, "to")
    if nxt.lower in _KEEPING:
        state = next_word(toks, i + 1, text)
        return state is not None and state.lower in _KEEPING_STATES
    if nxt.lower in _STATEMENT_ADVERBS:
        # 'your probably making the call this week' (a verb and its object), not 'your
        # definitely welcoming team' (an adjective and its noun)
        verb = next_word(toks, i + 1, text)
        if verb is None or not verb.lower.endswith("ing") or len(verb.lower) <= 4:
            return False
        return _phrase_ends(toks, i + 2, text, FUNCTION_WORDS)
    if nxt.lower == "welcome":
        closed = text[nxt.end : nxt.end + 1] in ("", ".", "!", ",", "\n")
        return closed and prev_word(toks, i, text) is None  # "Your welcome!", "Oh, your welcome."
    if nxt.lower == "well":  # 'I hope your well and that the harvest is in'
        return _phrase_ends(toks, i + 1, text, _AFTER_PREDICATE | words("and but"))
    second = next_word(toks, i + 1, text)
    if second is not None and (nxt.lower, second.lower) in _PREDICATIVE_PAIRS:
        # 'I get that your flat out with the shutdown', 'if your snowed under'
        return _phrase_ends(toks, i + 2, text, _AFTER_PREDICATE)
    if nxt.lower in _PREDICATIVE:
        # 'I know your busy with the boxes', 'if your free this week'; not 'your busy
        # schedule', 'your free time' (a noun follows) nor 'your busy and full week'
        return _phrase_ends(toks, i + 1, text, _AFTER_PREDICATE)
    return False


def _phrase_ends(toks: Sequence[Token], j: int, text: str, followers: frozenset[str]) -> bool:
    """Whether the phrase ends after toks[j]: nothing, a stop, a comma or a line break follows,
    or one of `followers` ('your probably making the call', 'your busy with')."""
    rest = text[toks[j].end :].lstrip(" \t")
    after = next_word(toks, j, text)
    return not rest or rest[0] in ".,!?;\n" or (after is not None and after.lower in followers)


#: Pronoun + verb pairs that never agree, with the verb that does ("I has" → "have").
_DISAGREEING = {
    "i": {"has": "have", "is": "am", "does": "do", "are": "am", "were": "was"},
    "you": {"was": "were", "is": "are", "has": "have"},
    "we": {"was": "were", "is": "are", "has": "have"},
    "they": {"was": "were", "is": "are", "has": "have"},
    "he": {"don't": "doesn't", "are": "is", "were": "was"},
    "she": {"don't": "doesn't", "are": "is", "were": "was"},
    "it": {"don't": "doesn't", "are": "is", "were": "was"},
}
#: Words before 'I/he/she/it were' that make it a subjunctive, which is right: 'if it were',
#: 'as it were', 'I wish I were', 'as though he were', 'I'd rather it were'.
_SUBJUNCTIVE_OPENERS = words(
    "if as wish wished though rather suppose supposing whether unless imagine pretend lest "
    "only even"
)
# Not 'it': an object as often as a subject ('we made it work', 'to see it grow').
for _pronoun in ("he", "she"):
    _DISAGREEING[_pronoun] = {**_DISAGREEING[_pronoun], **THIRD_PERSON}
_TITLES = words("mr mrs ms mx dr prof")


def subject_verb(text: str) -> list[ProofMatch]:
    """A personal pronoun directly before a verb form that never fits it ("I has") is wrong."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks):
        verbs = _DISAGREEING.get(tok.lower)
        if verbs is None:
            continue
        nxt = next_word(toks, i, text)
        if nxt is None or nxt.lower not in verbs or hyphenated(text, nxt):
            continue
        prev = prev_word(toks, i, text)
        if (
            prev is not None
            and (
                (tok.lower == "you" and prev.lower == "thank")  # "Thank you was all I could say"
                or prev.lower in OBJECT_PREPOSITIONS  # "the role with you is still open": an object
                or (tok.lower == "i" and prev.text[:1].isupper())  # "Phase I is", a numeral
            )
        ):
            continue
        if len(tok.text) > 1 and tok.text.isupper():
            continue  # IT (the department), or shouting
        if nxt.lower in THIRD_PERSON and prev is not None and prev.lower in AUXILIARIES:
            continue  # 'did he say', 'let it go': the bare form after an auxiliary
        if nxt.lower == "were" and any(
            t.lower in _SUBJUNCTIVE_OPENERS for t in toks[max(0, i - 3) : i]
        ):
            continue  # 'if it were up to me': a subjunctive
        if (
            nxt.lower in ("were", "are", "have", "do")
            and prev is not None
            and (prev.lower in ("and", "or", "nor"))
        ):
            continue  # 'my team and I were', 'the machines and I are': two subjects
        fix = with_apostrophe(nxt.text, verbs[nxt.lower])
        message = f"'{tok.text} {nxt.text}': the verb does not agree with '{tok.text}'."
        out.append(grammar_match(nxt, "SUBJECT_VERB", message, fix, "GRAMMAR"))
    out.extend(_titled_name_verb(text, toks))
    return out


def _titled_name_verb(text: str, toks: Sequence[Token]) -> Iterator[ProofMatch]:
    """'Mr. Dale say that the decision…': a titled name is one person, who says."""
    for i, tok in enumerate(toks[:-2]):
        if tok.lower not in _TITLES:
            continue
        name, verb = toks[i + 1], toks[i + 2]
        gap = text[tok.end : name.start]
        if gap.strip(" .") or not name.text[:1].isupper():
            continue  # 'Mr. Dale' or 'Mr Dale', nothing else between
        if verb.lower not in THIRD_PERSON or not joined(text, name, verb, lines=False):
            continue
        if hyphenated(text, verb):
            continue
        fix = with_apostrophe(verb.text, THIRD_PERSON[verb.lower])
        message = f"'{text[tok.start : verb.end]}': the verb does not agree with '{name.text}'."
        yield grammar_match(verb, "SUBJECT_VERB", message, fix, "GRAMMAR")


#: Verbs a learner puts after "am"/"is"/"are" as if they were adjectives ("I am agree", "I am
#: very appreciate"), with what the writer meant: the verb alone, or its adjective.
_BE_VERB_MEANT = {
    "agree": None, "disagree": None, "appreciate": "appreciative", "interest": "interested",
    "concern": "concerned", "worry": "worried", "satisfy": "satisfied", "excite": "excited",
    "disappoint": "disappointed",
}  # fmt: skip
_BE_PRESENT = words("am is are")
_DEGREE = words("very really so truly totally fully completely strongly deeply much")


def be_base_verb(text: str) -> list[ProofMatch]:
    """'I am agree', 'I am very appreciate': a bare verb where its adjective belongs."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks):
        lower = tok.lower
        if lower not in _BE_PRESENT and not lower.endswith(("'m", "'re")):
            continue  # most words: one set lookup and one suffix test
        contracted = lower.endswith(("'m", "'re")) and lower.split("'")[0] in PERSONAL
        if not contracted:
            prev = prev_word(toks, i, text)
            if tok.lower not in _BE_PRESENT or prev is None or prev.lower not in PERSONAL:
                continue  # 'All I can do is thank you': only after a personal pronoun
        j = i
        nxt = next_word(toks, j, text)
        while nxt is not None and nxt.lower in _DEGREE:
            j += 1
            nxt = next_word(toks, j, text)
        if nxt is None or nxt.lower not in _BE_VERB_MEANT or hyphenated(text, nxt):
            continue
        meant = _BE_VERB_MEANT[nxt.lower]
        if meant is None:  # 'am agree' -> 'agree'
            if contracted:  # "I'm agree": drop the "'m"
                ending = tok.lower[tok.lower.index("'") :]
                span, fix, be = (tok.end - len(ending), nxt.end), " " + nxt.text, ending
            else:
                span, fix, be = (tok.start, nxt.end), nxt.text, tok.lower
            full = {"'m": "am", "'re": "are"}.get(be, be)
            message = f"'{nxt.text}' is a verb and needs no '{full}' before it."
        elif next_word(toks, j + 1, text) is not None and next_is(toks, j + 1, text, "it"):
            span, fix = (tok.start, nxt.end), ""  # 'I am very appreciate it': no one fix
            message = f"'{nxt.text}' is a verb: drop '{tok.text}', or write '{meant}'."
        else:
            span, fix = (nxt.start, nxt.end), match_case(nxt.text, meant)
            message = f"'{nxt.text}' is a verb; after '{tok.text}' the adjective '{fix}' fits."
        out.append(grammar_match(span, "BE_BASE_VERB", message, fix, "GRAMMAR"))
    return out


#: Verbs that show a sentence-opening "Me and X" is the subject ("Me and Dale was talking"),
#: with the plural form a compound subject takes.
_COMPOUND_VERBS = {
    "was": "were", "is": "are", "has": "have", "were": "were", "are": "are", "have": "have",
    "had": "had", "will": "will", "would": "would", "can": "can", "could": "could",
    "did": "did", "went": "went", "got": "got", "both": "both", "used": "used",
}  # fmt: skip


#: Subject pronouns that open a compound subject ("You and the headteacher was kind").
_COMPOUND_OPENERS = PERSONAL


def _compound_subjects(
    text: str, toks: Sequence[Token], openers: frozenset[str]
) -> Iterator[tuple[int, int, Token]]:
    """Each sentence-opening pair 'X and <one to four words> <verb>' whose X is in `openers`:
    (index of X, index of the partner's last word, the verb)."""
    for i, tok in enumerate(toks):
        if tok.lower not in openers or not next_is(toks, i, text, "and"):
            continue
        if not is_sentence_start(text, tok.start):
            continue
        for j in range(i + 2, min(i + 6, len(toks) - 1)):  # the partner: one to four words
            if not joined(text, toks[j - 1], toks[j], lines=False):
                break
            verb = next_word(toks, j, text)
            if verb is None or verb.lower not in _COMPOUND_VERBS or hyphenated(text, verb):
                continue
            yield i, j, verb
            break


def me_and_subject(text: str) -> list[ProofMatch]:
    """'Me and Dale was talking': a sentence opening 'me and' + a phrase + a verb wants 'I'."""
    # The phrase (one to four words) and the verb make the pair the sentence's subject, which
    # takes 'I', named last, and a plural verb.
    toks = tokens(text)
    out = []
    for i, j, verb in _compound_subjects(text, toks, frozenset({"me"})):
        tok = toks[i]
        partner, plural = text[toks[i + 2].start : toks[j].end], _COMPOUND_VERBS[verb.lower]
        fix = f"{match_case(tok.text, partner)} and I {plural}"
        message = (
            f"'{text[tok.start : toks[j].end]}' is the subject here: "
            f"'{partner} and I', with '{plural}'."
        )
        out.append(grammar_match((tok.start, verb.end), "ME_AND_SUBJECT", message, fix, "GRAMMAR"))
    out.extend(_someone_and_me(text, toks))
    return out


def _someone_and_me(text: str, toks: Sequence[Token]) -> Iterator[ProofMatch]:
    """'Your superintendent Ray and me was talking': a sentence-opening phrase of one to four
    words, 'and me', and a verb make the pair the subject: 'Ray and I were'."""
    for k, tok in enumerate(toks):
        if tok.lower != "me" or k < 2 or toks[k - 1].lower != "and":
            continue
        verb = next_word(toks, k, text)
        if verb is None or verb.lower not in _COMPOUND_VERBS or hyphenated(text, verb):
            continue
        for i in range(k - 2, max(-1, k - 6), -1):  # the partner's first word
            if not joined(text, toks[i], toks[i + 1], lines=False):
                break
            if not is_sentence_start(text, toks[i].start):
                continue
            if toks[i].lower in PREPOSITIONS or toks[i].lower == "between":
                break  # 'Between you and me was…': no subject
            if k - 2 > i and toks[i].lower in _COMPOUND_OPENERS:
                break  # 'She thanked Dale and me…': 'me' is an object
            partner, plural = text[toks[i].start : toks[k - 2].end], _COMPOUND_VERBS[verb.lower]
            fix = f"{partner} and I {plural}"
            message = f"'{partner} and me' is the subject here: '{partner} and I', with '{plural}'."
            yield grammar_match(
                (toks[i].start, verb.end), "ME_AND_SUBJECT", message, fix, "GRAMMAR"
            )
            break


def compound_subject_verb(text: str) -> list[ProofMatch]:
    """'You and the headteacher was very kind': two joined by 'and' take a plural verb."""
    # Only a sentence-opening subject pronoun and a partner of one to four words are read:
    # 'Bread and butter is my favourite' may be one thing.
    toks = tokens(text)
    out = []
    for i, j, verb in _compound_subjects(text, toks, _COMPOUND_OPENERS):
        plural = SINGULAR_VERBS.get(verb.lower)
        if plural is None or toks[j].lower in _COMPOUND_OPENERS:
            continue  # 'She and I has': subject_verb reads 'I has' already
        subject = text[toks[i].start : toks[j].end]
        message = f"'{subject}' are two: the verb is '{plural}'."
        fix = match_case(verb.text, plural)
        out.append(
            grammar_match((verb.start, verb.end), "COMPOUND_SUBJECT_VERB", message, fix, "GRAMMAR")
        )
    return out


#: After "look forward to", the gerund: "to hear" → "to hearing".
_GERUNDS = {
    "hear": "hearing", "meet": "meeting", "speak": "speaking", "talk": "talking",
    "work": "working", "join": "joining", "discuss": "discussing", "receive": "receiving",
    "see": "seeing", "learn": "learning", "continue": "continuing", "contribute": "contributing",
    "start": "starting", "get": "getting", "be": "being", "have": "having",
    "welcome": "welcoming", "connect": "connecting", "help": "helping", "visit": "visiting",
}  # fmt: skip


def look_forward_to(text: str) -> list[ProofMatch]:
    """'to' in 'look forward to' is a preposition, so a bare verb after it is always wrong."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks):
        if tok.lower not in ("look", "looks", "looking", "looked") or i + 3 >= len(toks):
            continue
        if not (next_is(toks, i, text, "forward") and next_is(toks, i + 1, text, "to")):
            continue
        verb = next_word(toks, i + 2, text)
        if verb is None or verb.lower not in _GERUNDS or hyphenated(text, verb):
            continue
        fix = match_case(verb.text, _GERUNDS[verb.lower])
        message = f"After 'look forward to', use the -ing form: '{fix}'."
        out.append(grammar_match(verb, "LOOK_FORWARD_TO", message, fix, "GRAMMAR"))
    return out


def _sentence_starts(text: str) -> list[int]:
    """Where sentences start: the text start, each paragraph, after . ! ? and a greeting line."""
    starts = [m.end() for m in re.finditer(r"(?:\A|\n[ \t]*\n)\s*", text)]
    starts += [m.end() for m in re.finditer(r"(?<=[.!?])(?:[ \t]+|[ \t]*\n[ \t]*)(?=\S)", text)]
    starts += [m.end() for m in _GREETING_LINE.finditer(text)]
    return sorted(set(starts))


def _after_abbreviation(text: str, pos: int) -> bool:
    """Whether the . ! ? before `pos` belongs to an abbreviation or an ellipsis."""
    head = text[max(0, pos - 40) : pos].rstrip()
    if head.endswith(("..", "…")):
        return True
    if DAY_MONTH_STOP.search(head):
        return True  # 'on 03.11. and for the tour'
    before = re.search(r"([\w.]+)\.$", head[-14:])
    if before is not None and re.fullmatch(r"[A-Z]", before.group(1)):
        return True  # an initial: 'C. difficile', 'E. coli'
    if before is not None and re.fullmatch(
        r"(?:[A-Z][A-Za-z]{0,3}\.)+[A-Za-z]{1,4}", before.group(1)
    ):
        return True  # a dotted title or degree: 'my P.Eng. licence', 'her Ph.D. thesis'
    return before is not None and before.group(1).lower() in ABBREVIATIONS


def _not_a_sentence(text: str, pos: int, word: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a lower-case sentence start is fine: a label, list item, brand, address, e.g."""
    after = text[pos + len(word) : pos + len(word) + 1]
    line_start = text.rfind("\n", 0, pos) + 1
    while text[line_start] in " \t":
        line_start += 1
    return (
        word == "i"  # i_lowercase's finding
        or after in (":", ")")
        or after.isdigit()
        or (after == "." and (len(word) <= 3 or word.lower() in ABBREVIATIONS))
        or any(c.isupper() for c in word)
        or not re.search(r"[aeiouy]", word)
        or in_protected(spans, pos, pos + len(word) + 1)
        or _LIST_OR_MARKUP_LINE.match(text, line_start) is not None
        or _after_abbreviation(text, pos)
        or _in_a_list(text, line_start)
    )


def _in_a_list(text: str, line_start: int) -> bool:
    """A line of a list whose markers are gone (Markdown stripped): the last non-blank line
    before it ends with ':', or it sits among lines that also start in lower case."""
    before = text[:line_start].rstrip()
    previous_line = before[before.rfind("\n") + 1 :]
    if previous_line.endswith(":"):
        return True
    if (
        line_start == 0
        or text[line_start - 1] != "\n"
        or text[line_start - 2 : line_start] == "\n\n"
    ):
        return False  # only a line directly under another can be a list line
    return previous_line[:1].islower() and "." not in previous_line[:-1]


def sentence_capital(text: str) -> list[ProofMatch]:
    """A lower-case sentence start is unambiguous once lists, labels, abbreviations are out."""
    spans = protected_spans(text)
    out = []
    for pos in _sentence_starts(text):
        word = _LETTERS.match(text, pos)
        if word is None or not word.group()[0].islower():
            continue
        if _not_a_sentence(text, pos, word.group(), spans):
            continue
        fix = word.group()[0].upper() + word.group()[1:]
        message = "This sentence does not start with an uppercase letter."
        out.append(grammar_match(word.span(), "SENTENCE_CAPITAL", message, fix, "CASING"))
    return out


def i_lowercase(text: str) -> list[ProofMatch]:
    """A lone lower-case 'i' before a word or in i'm is always the pronoun; 'i)', 'i.e.' are not."""
    out = []
    for m in _LONE_I.finditer(text):
        message = "The pronoun 'I' is written in upper case."
        out.append(grammar_match((m.start(), m.end()), "I_LOWERCASE", message, "I", "CASING"))
    return out


RULES: tuple[Rule, ...] = (
    doubled_word,
    doubled_space,
    a_an,
    its_it_s,
    their_there,
    your_you_re,
    sentence_capital,
    i_lowercase,
    subject_verb,
    look_forward_to,
    be_base_verb,
    me_and_subject,
    compound_subject_verb,
)


@lru_cache(maxsize=1)
def _all_rules() -> tuple[Rule, ...]:
    """These rules and the learner's slips, imported here, once: the learner's rules read word
    frequencies from `offline`, which imports this module."""
    from followup_lint.proofing.learner_grammar import LEARNER_RULES

    return (*RULES, *LEARNER_RULES)


def check_grammar(text: str) -> list[ProofMatch]:
    """Every offline grammar rule on `text`, minus matches inside addresses, URLs and code."""
    spans = protected_spans(text)
    found = [
        m for rule in _all_rules() for m in rule(text) if not in_protected(spans, m.offset, m.end)
    ]
    return sorted(found, key=lambda m: (m.offset, m.rule_id))
