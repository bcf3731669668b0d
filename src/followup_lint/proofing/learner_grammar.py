"""The offline grammar rules for slips a learner of English makes: a participle for a past
('I done'), 'there was a few', 'since 2019' with the present, a missing article, 'could of', a
past after an auxiliary, a doubled comparison, 'between you and I', 'then' for 'than', and the
agreement the words alone show ('the questions was', 'the offer come with'). Built on
`grammar_text`, like the other offline grammar rules."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup_lint.proofing.grammar_text import (
    AUXILIARIES,
    BE_FORMS,
    FUNCTION_WORDS,
    OBJECT_PREPOSITIONS,
    PERSONAL,
    PREPOSITIONS,
    SINGULAR_VERBS,
    THIRD_PERSON,
    UNCOUNTABLE_PLURALS,
    Rule,
    Token,
    grammar_match,
    hyphenated,
    is_sentence_start,
    joined,
    match_case,
    next_is,
    next_word,
    prev_word,
    tokens,
    with_apostrophe,
    words,
)
from followup_lint.proofing.model import ProofMatch
from followup_lint.proofing.offline import word_frequency

#: Past participles a writer puts where the simple past belongs ("I done my Level 3", "we
#: seen the yard"), and 'been' without its 'have' ("I been driving ten years").
_PARTICIPLE_AS_PAST = {"done": "did", "seen": "saw", "gone": "went", "been": "have been"}
_INVERTING = words(
    "have has had having haven't hasn't hadn't am is are was were be do does did will would "
    "could should may might must can shall thank"
)


def participle_as_past(text: str) -> list[ProofMatch]:
    """'I done', 'we seen', 'I been driving': a participle with no 'have' before it."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks):
        if tok.lower not in PERSONAL:
            continue
        verb = next_word(toks, i, text)
        if verb is None or verb.lower not in _PARTICIPLE_AS_PAST or hyphenated(text, verb):
            continue
        prev = prev_word(toks, i, text)
        if prev is not None and (prev.lower in _INVERTING or prev.lower in OBJECT_PREPOSITIONS):
            continue  # 'Have I done enough?', 'Thank you', 'the work for you done'
        fix = _PARTICIPLE_AS_PAST[verb.lower]
        if verb.lower == "been":
            fix = "has been" if tok.lower in ("he", "she") else fix
        message = f"'{tok.text} {verb.text}': without 'have' the past is '{fix}'."
        out.append(
            grammar_match(
                verb, "PARTICIPLE_AS_PAST", message, match_case(verb.text, fix), "GRAMMAR"
            )
        )
    return out


#: Words that make what follows 'there is/was' plural ("There was a few things").
_PLURAL_QUANTITIES = words(
    "several many numerous few two three four five six seven eight nine ten eleven twelve various"
)
_THERE_IS = {"is": "are", "was": "were"}
#: Words after which 'there is' opens a clause of its own ('and there was', 'I think there is').
_CLAUSE_OPENERS = words(
    "and but so because as since if when while although though that think thought know knew "
    "said say believe hope feel felt then where whether yes no also still"
)


def there_is_plural(text: str) -> list[ProofMatch]:
    """'There was a few things', 'there is two options': many things take 'are'/'were'."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks[:-2]):
        if tok.lower != "there":
            continue
        before = prev_word(toks, i, text)
        if before is not None and before.lower not in _CLAUSE_OPENERS:
            continue  # 'the IT team there was three people': 'there' is a place
        verb = next_word(toks, i, text)
        if verb is None or verb.lower not in _THERE_IS:
            continue
        w = i + 2
        word = next_word(toks, i + 1, text)
        if word is None or hyphenated(text, word):
            continue
        if word.lower == "a":  # 'a few' is plural, 'many a slip' and 'a couple' are left
            w, word = i + 3, next_word(toks, i + 2, text)
            if word is None or word.lower != "few":
                continue
        elif word.lower not in _PLURAL_QUANTITIES or word.lower == "few":
            continue
        following = next_word(toks, w, text)
        if following is None or following.lower in ("of", "more", "less", "a", "an"):
            continue  # 'there was many of us' is left; a noun must follow
        fix = match_case(verb.text, _THERE_IS[verb.lower])
        message = f"'there {verb.text} {word.text} …': many things take '{fix}'."
        out.append(grammar_match(verb, "THERE_IS_PLURAL", message, fix, "GRAMMAR"))
    return out


#: 'since' with a point in time after it ('since 2019', 'since last May', 'since Monday').
_SINCE_POINT = re.compile(
    r"since\s+(?:(?:early|mid|late|the\s+(?:start|beginning|end)\s+of)\s+)?"
    r"(?:(?:19|20)\d\d\b|last\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)",
    re.IGNORECASE,
)
_PRESENT_BE = {"am": "have been", "are": "have been", "is": "has been"}
#: A subject and 'be' written as one word: 'I'm handling it since May'.
_PRONOUN_BE = words("i'm we're they're")
#: Words of a perfect already there: 'I have been handling it since 2019', 'I've been'.
_PERFECT_WORDS = words("have has had been i've we've they've you've he's she's it's")
_NOT_GERUNDS = words("nothing something thing")


def present_since(text: str) -> list[ProofMatch]:
    """'I am handling the reporting since 2019': a state running up to now takes 'have been'."""
    toks = tokens(text)
    out = []
    for since in _SINCE_POINT.finditer(text):
        start = max(text.rfind(c, 0, since.start()) for c in ".!?\n") + 1
        clause = [t for t in toks if start <= t.start < since.start()]
        if {t.lower for t in clause} & _PERFECT_WORDS:
            continue  # 'I have been handling it since 2019'
        for k, tok in enumerate(clause[:-2]):
            if tok.lower in _PRONOUN_BE:
                be, verb = tok, clause[k + 1]
                fix = be.text.split("'")[0].split("’")[0] + " have been"
            elif tok.lower in PERSONAL and clause[k + 1].lower in _PRESENT_BE:
                be, verb = clause[k + 1], clause[k + 2]
                fix = _PRESENT_BE[be.lower]
            else:
                continue
            if not verb.lower.endswith("ing") or verb.lower in _NOT_GERUNDS:
                continue
            message = f"'{be.text} {verb.text} … since': it runs up to now, so '{fix} {verb.text}'."
            out.append(
                grammar_match(be, "PRESENT_SINCE", message, match_case(be.text, fix), "GRAMMAR")
            )
            break
    return out


#: Words after 'since I' that are no verb ('since we last spoke').
_NOT_SINCE_VERBS = words("last first only just then still also never ever always really")
_PAST_TIME = re.compile(r"\b(?:last|ago|yesterday|(?:19|20)\d\d)\b", re.IGNORECASE)


def present_for_past_since(text: str) -> list[ProofMatch]:
    """'since I pass my CPC exam last spring': a past event after 'since' takes the past."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks[:-2]):
        if tok.lower != "since" or toks[i + 1].lower not in PERSONAL:
            continue
        verb = toks[i + 2]
        if not joined(text, tok, toks[i + 1], lines=False) or not joined(
            text, toks[i + 1], verb, lines=False
        ):
            continue
        word = verb.lower
        if not verb.text.isalpha() or word in _NOT_SINCE_VERBS or word.endswith(("ed", "ing")):
            continue
        if (
            word in AUXILIARIES
            or word in _MODALS
            or word in _IRREGULAR_PASTS
            or word in BE_FORMS
            or word in _HAVE_FORMS
        ):
            continue
        past = _past_of(word)
        if past is None:
            continue
        after = text[verb.end : verb.end + 60]
        after = re.split(r"[.,!?;\n]", after, maxsplit=1)[0]
        if not _PAST_TIME.search(after):
            continue  # 'since I work nights, I can only call after six': because
        message = f"'since {toks[i + 1].text} {verb.text}': a past event takes '{past}'."
        out.append(grammar_match(verb, "PAST_SINCE", message, past, "GRAMMAR"))
    return out


def _past_of(base: str) -> str | None:
    """The past of a bare verb, when it is a common one: 'pass' -> 'passed'."""
    if base in _IRREGULAR_BARES:
        return _IRREGULAR_BARES[base]
    if _frequency(base) < 1000:
        return None
    candidates = [base + "ed", base + "d"]
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        candidates.append(base[:-1] + "ied")
    best = max(candidates, key=_frequency)
    return best if _frequency(best) >= 1000 else None


_ARTICLE_NOUNS = words(
    "offer answer decision reply response job interview letter email call update chance opportunity"
)
_ARTICLE_VERBS = words(
    "got get gets getting need needs needed received receive receiving give gave giving "
    "make made making want wants expect expecting"
)
_AFTER_BARE_NOUN = words(
    "from to by for on about before as soon and but so please today now this next until till "
    "yet already quickly asap"
)


def missing_article(text: str) -> list[ProofMatch]:
    """'I need answer by Friday', 'I have got offer': one answer or offer needs an article."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks[:-1]):
        if tok.lower not in _ARTICLE_VERBS:
            continue
        noun = next_word(toks, i, text)
        if noun is None or noun.lower not in _ARTICLE_NOUNS or hyphenated(text, noun):
            continue
        rest = text[noun.end :].lstrip(" \t")
        following = next_word(toks, i + 1, text)
        ends = not rest or rest[0] in ".,;:!?)\n"
        if not ends and (following is None or following.lower not in _AFTER_BARE_NOUN):
            continue  # 'need job security', 'got offer letters': a compound goes on
        article = "an" if noun.lower[0] in "aeiou" else "a"
        fix = f"{article} {noun.text}"
        message = f"'{tok.text} {noun.text}': one {noun.lower} takes an article ('{fix}')."
        out.append(grammar_match(noun, "MISSING_ARTICLE", message, fix, "GRAMMAR"))
    return out


#: Modal verbs, after which the bare verb follows ("could have", "I will send").
_MODALS = words(
    "can could will would shall should may might must won't can't couldn't wouldn't "
    "shouldn't mustn't"
)
#: Irregular past forms a writer puts where the bare verb belongs ("I didn't saw", "I will
#: sent"); regular pasts are known by their -ed.
_IRREGULAR_PASTS = {
    "saw": "see", "went": "go", "came": "come", "took": "take", "gave": "give", "told": "tell",
    "said": "say", "made": "make", "knew": "know", "wrote": "write", "spoke": "speak",
    "brought": "bring", "thought": "think", "bought": "buy", "felt": "feel", "left": "leave",
    "found": "find", "sent": "send", "heard": "hear", "got": "get", "began": "begin",
}  # fmt: skip
_IRREGULAR_BARES = {bare: past for past, bare in _IRREGULAR_PASTS.items()}
#: Words ending in -ed that are no past forms, or pasts used as adjectives after 'to'.
_NOT_PASTS = words(
    "need feed bleed speed proceed succeed exceed seed breed weed bed red shed embed heed "
    "indeed shred deed"
)
_SUBJECT_OR_PLEASE = PERSONAL | words("please kindly")
_NEGATED_DO = words("did didn't does doesn't don't")


def _past_form(tok: Token) -> str | None:
    """The bare verb of a past form ('sent' -> 'send', 'decided' -> 'decide'), if it is one."""
    if tok.lower in _IRREGULAR_PASTS:
        return _IRREGULAR_PASTS[tok.lower]
    word = tok.lower
    if len(word) <= 4 or not word.endswith("ed") or word in _NOT_PASTS:
        return None
    stem = word[:-2]
    candidates = [stem + "e", stem]
    if stem.endswith("i"):
        candidates.insert(0, stem[:-1] + "y")  # 'applied' -> 'apply'
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])  # 'planned' -> 'plan'
    return max(candidates, key=_frequency)


def _frequency(word: str) -> int:
    """How common a word is in the offline checker's table (0 when unknown or not installed)."""
    return word_frequency(word) or 0


def could_of(text: str) -> list[ProofMatch]:
    """'I could of explained', 'should of asked': 'of' is heard, 'have' is meant."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks[:-2]):
        if tok.lower not in _MODALS or not next_is(toks, i, text, "of"):
            continue
        after = next_word(toks, i + 1, text)
        if after is None or after.lower == "course":
            continue  # 'would, of course,' has commas; 'could of course' is rare but right
        of = toks[i + 1]
        fix = match_case(of.text, "have")
        message = f"'{tok.text} {of.text}': after '{tok.text}' the word is 'have'."
        out.append(grammar_match(of, "COULD_OF", message, fix, "GRAMMAR"))
    return out


def past_after_auxiliary(text: str) -> list[ProofMatch]:
    """'I didn't saw', 'Did you received', 'I will sent', 'can discussed': the verb is bare."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks[:-1]):
        j = _verb_after_auxiliary(toks, i, text)
        if j is None or j >= len(toks) or not joined(text, toks[j - 1], toks[j]):
            continue
        verb = toks[j]
        bare = _past_form(verb)
        if bare is None or hyphenated(text, verb):
            continue
        message = f"'{text[tok.start : verb.end]}': after '{tok.text}' the verb is bare ('{bare}')."
        fix = match_case(verb.text, bare)
        out.append(grammar_match(verb, "PAST_AFTER_AUXILIARY", message, fix, "GRAMMAR"))
    return out


def _verb_after_auxiliary(toks: Sequence[Token], i: int, text: str) -> int | None:
    """Where the verb an auxiliary governs stands: 'didn't [saw]', 'did not [knew]', 'did
    you [received]', 'I will [sent]', 'could you please [sent]'; None for anything else
    ('did' alone may be the main verb: 'what I did mattered')."""
    word = toks[i].lower
    if word in ("didn't", "doesn't", "don't"):
        return i + 1
    if word in ("did", "does") and next_is(toks, i, text, "not"):
        return i + 2
    if word not in _MODALS and word != "did":
        return None
    if toks[i].text[:1].isupper() and not is_sentence_start(text, toks[i].start):
        return None  # 'Your letter dated 2 May arrived': a month or a name, not a modal
    j = i + 1
    if j < len(toks) and toks[j].lower in _SUBJECT_OR_PLEASE and joined(text, toks[i], toks[j]):
        j += 1  # 'Did you received', 'Could you please sent'
        if j < len(toks) and toks[j].lower in ("please", "kindly"):
            j += 1
    elif word == "did":
        return None
    return j


#: Comparatives and superlatives a writer doubles with 'more' or 'most' ("more better").
_COMPARATIVES = words(
    "better worse bigger closer easier harder higher lower faster slower larger smaller nicer "
    "cheaper shorter stronger happier busier greater safer quicker newer younger richer wider "
    "simpler"
)
_SUPERLATIVES = words(
    "best worst biggest closest easiest hardest highest lowest fastest largest smallest nicest "
    "cheapest strongest happiest busiest greatest safest quickest newest simplest"
)


def double_comparative(text: str) -> list[ProofMatch]:
    """'more better', 'most nicest', 'more good': the comparison is made twice."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks[:-1]):
        nxt = next_word(toks, i, text)
        if nxt is None or hyphenated(text, nxt):
            continue
        doubled = (tok.lower == "more" and nxt.lower in _COMPARATIVES) or (
            tok.lower == "most" and nxt.lower in _SUPERLATIVES
        )
        if not doubled:
            continue
        message = f"'{tok.text} {nxt.text}': '{nxt.text}' already compares; drop '{tok.text}'."
        out.append(
            grammar_match((tok.start, nxt.end), "DOUBLE_COMPARATIVE", message, nxt.text, "GRAMMAR")
        )
    return out


def between_you_and_i(text: str) -> list[ProofMatch]:
    """'between you and I': after a preposition the pronoun is 'me'."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks[:-3]):
        if tok.lower != "between" or not (
            next_is(toks, i, text, "you") and next_is(toks, i + 1, text, "and")
        ):
            continue
        pronoun = toks[i + 3]
        if pronoun.lower == "i" and joined(text, toks[i + 2], pronoun):
            message = "'between you and I': after 'between' the pronoun is 'me'."
            out.append(grammar_match(pronoun, "BETWEEN_YOU_AND_I", message, "me", "GRAMMAR"))
    return out


_THAN_WORDS = words(
    "better worse higher lower bigger smaller busier cheaper greater faster easier harder "
    "larger fewer rather"
)


def then_than(text: str) -> list[ProofMatch]:
    """'higher then yours', 'busier then I expected': a comparison takes 'than'."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks[:-1]):
        nxt = next_word(toks, i, text)
        if tok.lower in _THAN_WORDS and nxt is not None and nxt.lower == "then":
            message = f"'{tok.text} {nxt.text}': a comparison takes 'than'."
            out.append(
                grammar_match(nxt, "THEN_THAN", message, match_case(nxt.text, "than"), "GRAMMAR")
            )
    return out


#: Bare verbs that are no nouns, with their participles: after 'have' the participle
#: belongs ("I have learn a lot" -> "learned").
_PARTICIPLES = {
    "learn": "learned", "decide": "decided", "receive": "received", "apply": "applied",
    "speak": "spoken", "write": "written", "take": "taken", "give": "given", "go": "gone",
    "see": "seen", "know": "known", "choose": "chosen", "forget": "forgotten",
    "begin": "begun", "eat": "eaten", "drive": "driven", "send": "sent", "bring": "brought",
    "think": "thought", "teach": "taught", "tell": "told", "leave": "left", "find": "found",
    "meet": "met", "hear": "heard", "enjoy": "enjoyed", "gain": "gained", "attend": "attended",
}  # fmt: skip
_HAVE_FORMS = words("have has had i've we've you've they've")


def have_bare_verb(text: str) -> list[ProofMatch]:
    """'I have learn a lot', 'she has give notice': after 'have' the participle."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks[:-1]):
        if tok.lower not in _HAVE_FORMS:
            continue
        verb = next_word(toks, i, text)
        if verb is None or verb.lower not in _PARTICIPLES or hyphenated(text, verb):
            continue
        prev = prev_word(toks, i, text)
        if tok.lower in ("have", "has", "had") and (prev is None or prev.lower not in PERSONAL):
            continue  # 'you'll have go-karts', 'the ones we have see': only 'I have learn'
        fix = match_case(verb.text, _PARTICIPLES[verb.lower])
        message = f"'{tok.text} {verb.text}': after '{tok.text}' the verb is '{fix}'."
        out.append(grammar_match(verb, "HAVE_BARE_VERB", message, fix, "GRAMMAR"))
    return out


def _after_clause_mark(text: str, pos: int) -> bool:
    """Whether the last character before `pos` that is not a space is a comma or semicolon
    (looked up from `pos` back, not by copying the text before it)."""
    j = pos - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] in ",;"


#: Words after which 'it' opens a clause as its subject ('how it feel', 'if it work').
_CLAUSE_WORDS = words(
    "how what where when why if whether because that so once until unless and but"
)


def it_bare_verb(text: str) -> list[ProofMatch]:
    """'how it feel', 'It really make me feel at home': 'it' opening a clause takes -s."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks[:-1]):
        if tok.lower != "it":
            continue
        prev, verb = prev_word(toks, i, text), next_word(toks, i, text)
        opens = (
            is_sentence_start(text, tok.start)
            or _after_clause_mark(text, tok.start)  # 'the welcome, it really make'
            or (prev is not None and prev.lower in _CLAUSE_WORDS)
        )
        if verb is not None and verb.lower in _BETWEEN and opens:
            verb = next_word(toks, i + 1, text)  # 'It really make'
        if not opens or verb is None:
            continue
        if verb.lower not in THIRD_PERSON or verb.lower in ("have", "do") or hyphenated(text, verb):
            continue  # 'what it have' is too rare to tell from a question
        fix = with_apostrophe(verb.text, THIRD_PERSON[verb.lower])
        message = f"'{tok.text} {verb.text}': the verb does not agree with 'it'."
        out.append(grammar_match(verb, "SUBJECT_VERB", message, fix, "GRAMMAR"))
    return out


#: Determiners that open a noun phrase whose head may be a plural ('the questions was').
_PLURAL_DETERMINERS = words("the these those my your our their his her all both many")
#: Nouns in -s that are singular or uncountable ('the news was', 'the process was').
_SINGULAR_IN_S = words(
    "news means series species process business address access success class glass boss "
    "bus status campus analysis basis thesis crisis diagnosis emphasis physics economics "
    "mathematics politics athletics logistics statistics ethics lyrics premises headquarters "
    "whereabouts thanks odds"
)
_SINGULAR_VERBS_AFTER_PLURAL = {**SINGULAR_VERBS, "does": "do"}
#: Verbs in -s that report a clause ('my husband says is'), never a plural noun there.
_SAYING_VERBS = words("says thinks reckons believes feels knows claims insists agrees hopes")


def plural_with_singular_verb(text: str) -> list[ProofMatch]:
    """'the questions was fair', 'my references has gone': a plural noun takes 'were'."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks[1:-1], start=1):
        verb = next_word(toks, i, text)
        if verb is None or verb.lower not in _SINGULAR_VERBS_AFTER_PLURAL:
            continue
        if not _plural_noun(tok) or hyphenated(text, tok):
            continue
        if tok.lower in _SAYING_VERBS and i >= 2:
            continue  # 'which my husband says is not normal': a verb, its clause after it
        near = [k for k in (i - 1, i - 2) if k >= 0 and _in_one_phrase(text, toks[k], toks[i])]
        d = next((k for k in near if toks[k].lower in _PLURAL_DETERMINERS), None)
        if d is None:
            continue  # only 'the questions was', 'my old references was', 'the 12 buses was'
        if d != i - 1 and toks[i - 1].lower in FUNCTION_WORDS:
            continue
        if _object_phrase(toks, d, text):
            continue  # 'the rig for the flow meters was', 'meeting your nurses was'
        if _last_of_a_list(toks, d, text):
            continue  # 'the bit about fault finding on the lighting and the points heaters
            # was': the last of a list whose head came before
        plural = _SINGULAR_VERBS_AFTER_PLURAL[verb.lower]
        message = (
            f"'{tok.text} {verb.text}': '{tok.text}' are more than one; the verb is '{plural}'."
        )
        out.append(
            grammar_match(verb, "SUBJECT_VERB", message, match_case(verb.text, plural), "GRAMMAR")
        )
    return out


def _last_of_a_list(toks: Sequence[Token], d: int, text: str) -> bool:
    """The phrase at toks[d] follows an 'and' with no verb before it in the sentence ('the
    bit about fault finding on the lighting and the points heaters was'), so its noun is
    one of a list, not the subject; after a clause ('the panel was very kind and the
    questions was fair') it is a subject of its own."""
    joined = prev_word(toks, d, text)
    if joined is None or joined.lower not in ("and", "or"):
        return False
    k = d - 2
    while k >= 0 and _in_one_phrase(text, toks[k], toks[d]):
        word = toks[k].lower
        finite = word in BE_FORMS or word in AUXILIARIES or word in _MODALS
        if finite or word in ("has", "have", "had") or word.endswith("ed"):
            return False
        k -= 1
    return True


#: Verbs whose bare form after a singular noun can only be a verb ('the offer come with').
_BARE_AFTER_NOUN = {
    "come": "comes", "go": "goes", "have": "has", "seem": "seems", "happen": "happens",
    "belong": "belongs", "depend": "depends", "involve": "involves", "require": "requires",
    "include": "includes", "appear": "appears", "tend": "tends", "know": "knows",
    "get": "gets", "need": "needs", "give": "gives", "tell": "tells",
    "allow": "allows",
}  # fmt: skip
#: ...and those that may also be nouns, believed only past a clause ('the audit you
#: mentioned sound like', 'the role you described suit me').
_BARE_AFTER_CLAUSE = {
    **_BARE_AFTER_NOUN,
    "sound": "sounds", "mean": "means", "make": "makes", "take": "takes", "say": "says",
    "look": "looks", "suit": "suits", "feel": "feels", "fit": "fits", "match": "matches",
    "compare": "compares", "run": "runs", "handle": "handles", "cover": "covers",
    "work": "works",
}  # fmt: skip
#: Singular determiners that open a subject.
_SINGULAR_DETERMINERS = words("the a an this my your our his her their its every each")
#: Nouns that take a plural verb in British English ('the team have'), or count a plural
#: ('a lot of', 'the rest'), and adjectives standing for people ('the young').
COLLECTIVE = words(
    "team staff crew family panel board management government company firm business council "
    "committee department police people group audience class public majority minority couple "
    "pair number lot rest range variety bunch kind sort type half data media personnel "
    "faculty union club band squad office agency trust practice school hospital bank store "
    "shop organisation organization partnership cast jury army navy workforce leadership "
    "none young old elderly poor rich unemployed first last best same other former latter "
    "following remainder likes folk"
)
#: Words that sit between a subject and its verb without being the subject.
_BETWEEN = words(
    "also still just only often always never really usually already sometimes now then all "
    "both probably certainly definitely surely even"
)
#: A question's auxiliary before the subject makes the bare verb right ('when does the
#: role come'); so, right before it (or its 'that'), do a causative or a verb of perception
#: ('let the team go'), a demand ('I suggest that the candidate come in') or a preference
#: ('I'd rather the offer come in writing').
_QUESTION_AUXILIARIES = AUXILIARIES | _MODALS | words("do")
_BARE_LICENSERS = words(
    "let lets letting made makes making helps helped helping see sees saw seeing "
    "watch watched watching hear heard hearing have has had having feel felt "
    "suggest suggests suggested recommend recommends recommended insist insists insisted "
    "request requests requested propose proposed demand demands demanded require requires "
    "required important essential vital crucial necessary urge urged ask asks asked "
    "rather lest prefer preferred"
)
_AFTER_COME = words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december the rain spring summer autumn fall "
    "winter what hell"
)


def singular_with_bare_verb(text: str) -> list[ProofMatch]:
    """'the offer come with', 'a process have', 'the audit you mentioned sound': one thing."""
    toks = tokens(text)
    out = []
    for v, verb in enumerate(toks[2:], start=2):
        if verb.lower not in _BARE_AFTER_CLAUSE or hyphenated(text, verb):
            continue
        found = _singular_subject(toks, v, text)
        if found is None:
            continue
        noun, direct = found
        if direct and verb.lower not in _BARE_AFTER_NOUN:
            continue
        after = next_word(toks, v, text)
        if verb.lower == "need" and direct and (after is None or after.lower != "to"):
            continue  # 'the training need' may be a noun
        if verb.lower == "come" and after is not None and after.lower in _AFTER_COME:
            continue  # 'the forms ready come Monday'
        fix = with_apostrophe(verb.text, _BARE_AFTER_CLAUSE[verb.lower])
        message = f"'{noun.text} ... {verb.text}': one {noun.lower} takes '{fix}'."
        out.append(grammar_match(verb, "SUBJECT_VERB", message, fix, "GRAMMAR"))
    return out


def _singular_subject(toks: Sequence[Token], v: int, text: str) -> tuple[Token, bool] | None:
    """The singular noun heading the subject of the verb at toks[v], and whether it stands
    right before the verb (an adverb aside): 'the offer come', 'the candidate probably
    have'; or past a relative ('the one that compare', 'a manager who know') or a contact
    clause ('the audit you mentioned sound')."""
    n = v - 1
    if toks[n].lower in _BETWEEN or toks[n].lower.endswith("ly"):
        n -= 1  # 'the candidate probably have'
    direct = True
    if toks[n].lower in ("who", "that"):
        n -= 1
        direct = False
        if toks[n + 1].lower == "that" and toks[n].lower != "one":
            return None  # 'the list of tasks that need': whose 'that'?
    elif n >= 2 and toks[n - 1].lower in ("you", "i", "we", "they"):
        if toks[n].lower in AUXILIARIES or toks[n].lower in _MODALS:
            return None
        n -= 2  # 'the audit you mentioned sound'
        direct = False
    if n < 1 or not all(joined(text, toks[k], toks[k + 1], lines=False) for k in range(n, v)):
        return None
    noun = toks[n]
    if not _singular_noun(noun):
        return None
    det = _opening_determiner(toks, n, text)
    if det is None or _object_phrase(toks, det, text):
        return None
    if det >= 1 and toks[det - 1].lower in _COPULAS:
        return None  # 'there is a real need to act': a complement, not a subject
    if toks[det].lower in ("a", "an") and toks[n + 1].lower == "go":
        return None  # 'give it a fair go': a noun
    if det >= 1 and toks[det - 1].lower in _NOT_A_SUBJECT_BEFORE:
        joined_clause = (
            toks[det - 1].lower in ("and", "but")
            and det >= 2
            and "," in text[toks[det - 2].end : toks[det - 1].start]
        )
        if not joined_clause:  # ', and the offer come with': a clause of its own
            return None
    if _question_before(toks, det, text):
        return None
    before = det - 2 if det >= 1 and toks[det - 1].lower == "that" else det - 1
    if before >= 0 and toks[before].lower in _BARE_LICENSERS:
        return None
    return noun, direct


def _question_before(toks: Sequence[Token], det: int, text: str) -> bool:
    """A question's auxiliary in the subject's own clause ('when does the role come'), not
    one in the clause before it ('it would fix it, but the window need ...')."""
    for k in range(det - 1, max(-1, det - 5), -1):
        if "," in text[toks[k].end : toks[k + 1].start] or toks[k].lower in _CLAUSE_JOINS:
            return False
        if toks[k].lower in _QUESTION_AUXILIARIES:
            return True
    return False


_CLAUSE_JOINS = words("and but so because or yet while although though")


def _singular_noun(tok: Token) -> bool:
    """A common word that can head a singular subject: not a plural, a collective, an
    adverb, a pronoun or an auxiliary ('your email must have')."""
    word = tok.lower
    if not tok.text.isalpha() or not tok.text.islower() or len(word) < 3:
        return False
    if word in COLLECTIVE or word in _BETWEEN or word in _NOT_NOUNS or word.endswith("ly"):
        return False
    if word in FUNCTION_WORDS or word in AUXILIARIES or word in _MODALS or word in PERSONAL:
        return False
    if word.endswith("s") and word not in _SINGULAR_IN_SS:
        return False
    return _frequency(word) >= 1000


_NOT_NOUNS = words(
    "there here rather him her them me us it its whom whose which what more most less least "
    "much many enough too very quite own"
)
#: Singular nouns in -s ('a selection process have'); not 'thanks' or 'odds'.
_SINGULAR_IN_SS = words(
    "process business address access success class glass boss bus status campus analysis "
    "basis thesis crisis diagnosis emphasis"
)
#: Words before a determiner that make its phrase something else's object ('since the
#: interview') or one part of a compound subject ('references and a background check').
_COPULAS = words("is was are were be been being am there's it's that's")
_NOT_A_SUBJECT_BEFORE = words("since until till after before than like despite and but or nor")


def _opening_determiner(toks: Sequence[Token], n: int, text: str) -> int | None:
    """The index of the singular determiner that opens the noun's phrase, over at most
    three modifiers joined by spaces, hyphens or slashes ('the outpatient E/M audit')."""
    for k in range(n - 1, max(-1, n - 5), -1):
        word = toks[k].lower
        if word in _SINGULAR_DETERMINERS:
            return k
        if word in FUNCTION_WORDS or word in PERSONAL or word in _BETWEEN:
            return None
        if not toks[k].text.isalpha() or word in AUXILIARIES or word in _MODALS:
            return None
        gap = text[toks[k].end : toks[k + 1].start]
        if gap.strip(" \t/-") != "":
            return None
    return None


_MORE_PREPOSITIONS = words("round around up down over across past via per including near off")


def _object_phrase(toks: Sequence[Token], det: int, text: str) -> bool:
    """Whether the phrase starting at toks[det] is something's object, not the subject: after
    a preposition ('for the flow meters') or a gerund ('meeting your charge nurses')."""
    before = prev_word(toks, det, text)
    if before is None:
        return False
    word = before.lower
    return (
        word in PREPOSITIONS
        or word in OBJECT_PREPOSITIONS
        or word in _MORE_PREPOSITIONS
        or (word.endswith("ing") and len(word) > 4)
    )


def _in_one_phrase(text: str, first: Token, last: Token) -> bool:
    """Whether only words, spaces and numbers separate two words: 'the number 12 buses'."""
    gap = text[first.end : last.start]
    return all(c.isalpha() or c in " \t" or c.isdigit() for c in gap)


def _plural_noun(tok: Token) -> bool:
    """A regular plural of a common word ('questions', 'buses'), not a noun in -s."""
    word = tok.lower
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "'s")):
        return False
    if word in _SINGULAR_IN_S or not tok.text.islower():
        return False
    stems = [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
    return any(_frequency(stem) >= 1000 for stem in stems)


#: Verbs whose bare form cannot follow a passive 'be' or 'been', with the participle that
#: can ('the decision will be make' -> 'made'): those after 'have' but 'go' ('will be go'
#: wants 'going'), and more that a decision or a letter undergoes. Bare forms that are also
#: adjectives ('open', 'free', 'clear') are left out.
_PASSIVE_PARTICIPLES = {
    **{verb: done for verb, done in _PARTICIPLES.items() if verb != "go"},
    "make": "made", "pay": "paid", "keep": "kept", "sell": "sold", "buy": "bought",
    "show": "shown", "inform": "informed", "announce": "announced", "contact": "contacted",
    "schedule": "scheduled", "review": "reviewed", "consider": "considered",
    "select": "selected", "offer": "offered",
}  # fmt: skip
#: What puts a bare 'be' in a passive: a modal, 'to', or a perfect's 'been'.
_BEFORE_PASSIVE_BE = _MODALS | words("to")


def passive_bare_verb(text: str) -> list[ProofMatch]:
    """'The decision will be make by Friday', 'it has been send': a passive's participle."""
    toks = tokens(text)
    out = []
    for i, tok in enumerate(toks[1:-1], start=1):
        if tok.lower not in ("be", "been"):
            continue
        before = prev_word(toks, i, text)
        if tok.lower == "be" and (before is None or before.lower not in _BEFORE_PASSIVE_BE):
            continue
        verb = next_word(toks, i, text)
        if verb is None or verb.lower not in _PASSIVE_PARTICIPLES or hyphenated(text, verb):
            continue
        after = next_word(toks, i + 1, text)
        if after is not None and after.lower in ("it", "them", "me", "you", "us", "him", "her"):
            continue  # 'will be send them' wants 'sending': no one fix
        fix = match_case(verb.text, _PASSIVE_PARTICIPLES[verb.lower])
        message = f"'{tok.text} {verb.text}': a passive takes the participle ('{tok.text} {fix}')."
        out.append(grammar_match(verb, "PASSIVE_BARE_VERB", message, fix, "GRAMMAR"))
    return out


_OBJECT = r"(?P<who>me|us|him|her|them)"
_SUBJECT_FORM = {"me": "I", "us": "we", "him": "he", "her": "she", "them": "they"}
#: Word patterns a learner carries over from another language, each never right in English:
#: (pattern, fix template over the pattern's groups, what to say).
_WRONG_PATTERNS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), fix, why)
    for pattern, fix, why in (
        (r"\bdespite of\b", "despite", "'despite' takes no 'of'"),
        # only a bare 'discuss': 'the problem we discussed about scaling' is a relative clause
        (
            r"\b(?P<v>(?:to|will|would|could|can|should|must|let's|please) discuss) about\b",
            "{v}",
            "'discuss' takes its topic with no 'about'",
        ),
        (r"\b(?P<v>appreciated?) if\b", "{v} it if", "'appreciate' needs 'it' before 'if'"),
        (r"\b(?P<v>look(?:s|ed|ing)? forward) for\b", "{v} to", "it is 'look forward to'"),
        (r"\bcapable to\b", "capable of", "'capable' takes 'of' and an -ing form"),
        (r"\bresponsible of\b", "responsible for", "it is 'responsible for'"),
        (
            r"\b(?P<v>repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?) " + _OBJECT + r"\b",
            "{v} to {who}",
            "one replies to someone",
        ),
        (
            r"\b(?P<v>waiting) (?P<det>your|my|his|her|their|our) "
            r"(?P<n>reply|answer|response|decision|call|email|e-mail|news|feedback|letter)\b",
            "{v} for {det} {n}",
            "one waits for an answer",
        ),
        (
            r"\b(?P<v>let|lets|letting|make|makes|made|making) " + _OBJECT + r" to(?= [a-z])",
            "{v} {who}",
            "after 'let' or 'make' the verb takes no 'to'",
        ),
        (
            r"\b(?P<v>explain(?:s|ed|ing)?|describ(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|"
            r"mention(?:s|ed|ing)?|said) " + _OBJECT + r"(?= (?:that|the|how|what|why|when|"
            r"where|whether|about)\b)",
            "{v} to {who}",
            "the person told comes after 'to'",
        ),
        (
            r"\b(?P<v>suggest(?:s|ed|ing)?|propos(?:e|es|ed|ing)) " + _OBJECT + r" to\b",
            "{v} that {subject}",
            "one suggests that someone does something",
        ),
    )
)  # fmt: skip


def wrong_pattern(text: str) -> list[ProofMatch]:
    """'explained me that', 'despite of', 'let me to know': patterns never right in English."""
    out = []
    for pattern, template, why in _WRONG_PATTERNS:
        for m in pattern.finditer(text):
            found = m.group()
            groups = m.groupdict()
            if groups.get("who"):
                groups["subject"] = _SUBJECT_FORM[groups["who"].lower()]
            fix = match_case(found, template.format(**groups))
            message = f"'{found}': {why} ('{fix}')."
            out.append(grammar_match(m.span(), "WRONG_PATTERN", message, fix, "GRAMMAR"))
    return out


#: Nouns English never counts, which many languages do ('an advice', 'a feedback').
_UNCOUNTABLE = r"advice|feedback|information|equipment|furniture|luggage|baggage|homework"
#: 'a short feedback about', 'an information.': the noun ends its phrase ('a feedback form'
#: and 'an information session' are fine), and the word between is no 'little' ('a little
#: advice' is English).
_COUNTED_UNCOUNTABLE = re.compile(
    r"\b(?P<a>an?) (?:(?P<adj>(?!little\b|bit\b)[a-z]+) )?(?P<n>" + _UNCOUNTABLE + r")\b"
    r"(?= (?:about|on|from|for|to|regarding|of|and|or|please|if|as)\b|\s*[.,!?;:)]|\s*$)",
    re.IGNORECASE,
)


def counted_uncountable(text: str) -> list[ProofMatch]:
    """'a short feedback about my interview', 'an advice': nouns never counted take no 'a'."""
    out = []
    for m in _COUNTED_UNCOUNTABLE.finditer(text):
        adj = f"{m.group('adj')} " if m.group("adj") else ""
        fix = match_case(m.group(), f"some {adj}{m.group('n')}")
        message = f"'{m.group()}': '{m.group('n').lower()}' is not counted; say '{fix}'."
        out.append(grammar_match(m.span(), "COUNTED_UNCOUNTABLE", message, fix, "GRAMMAR"))
    return out


_UNCOUNTABLE_PLURAL = re.compile(r"\b(?:" + "|".join(UNCOUNTABLE_PLURALS) + r")\b", re.IGNORECASE)


def plural_uncountable(text: str) -> list[ProofMatch]:
    """'all the informations you shared', 'your advices': these nouns have no plural."""
    out = []
    for m in _UNCOUNTABLE_PLURAL.finditer(text):
        fix = match_case(m.group(), UNCOUNTABLE_PLURALS[m.group().lower()])
        message = f"'{m.group()}': '{fix.lower()}' has no plural; say '{fix}'."
        out.append(grammar_match(m.span(), "COUNTED_UNCOUNTABLE", message, fix, "GRAMMAR"))
    return out


LEARNER_RULES: tuple[Rule, ...] = (
    counted_uncountable,
    plural_uncountable,
    participle_as_past,
    there_is_plural,
    present_since,
    missing_article,
    could_of,
    past_after_auxiliary,
    double_comparative,
    between_you_and_i,
    then_than,
    have_bare_verb,
    it_bare_verb,
    plural_with_singular_verb,
    singular_with_bare_verb,
    present_for_past_since,
    passive_bare_verb,
    wrong_pattern,
)
