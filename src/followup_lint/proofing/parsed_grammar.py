"""Agreement that the words alone cannot show: a subject and its verb with a phrase or a
clause between them ('The keys to the site office is', 'The documents your team requested
is', 'Mrs Adeyemi, who interviewed me, were', 'One of the reasons I applied are'). Read from
spaCy's parse of the draft, so it runs beside the offline checker, which sees text only;
LanguageTool has agreement rules of its own.

Among nouns, a plural subject with a singular verb is judged; one thing with 'were' only
when it is an abstract noun before a phrase ('The discussion on the slabs were'): a group
('the night shift were brilliant') and two things joined with 'was' ('the care and the
attention was') may agree with their sense, and held-out drafts showed writers doing so.

A parse of a faulty sentence is itself unsure, so every reading is guarded: the subject's
phrase must run up to its verb, no verb may stand before the subject ('Ghosting candidates
reflects'), collectives ('the panel were'), partitives ('the rest of us are'), measures ('Ten
years is a long time') and nouns plural in form only ('the news is') are passed over."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from followup_lint.proofing.grammar_text import grammar_match, match_case, words
from followup_lint.proofing.learner_grammar import COLLECTIVE
from followup_lint.proofing.model import ProofMatch

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SINGULAR = {"is": "are", "was": "were", "has": "have", "does": "do"}
_PLURAL = {plural: singular for singular, plural in _SINGULAR.items()}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Nouns plural in form that take a singular verb ('the news is', 'logistics is').
_PLURAL_IN_FORM = words("news series means species headquarters kudos thanks whereabouts")
#: Units: 'Ten years is a long time', 'Two thousand pounds is more than I expected'.
_UNITS = words(
    "year month week day hour minute second pound dollar euro rand percent cent mile "
    "kilometre kilometer metre meter foot inch ton tonne litre liter gallon"
)
#: Parts and amounts beyond the collectives: 'a handful of the drivers are'.
_PARTITIVE = words("handful dozen percentage proportion total part plenty")
#: Titles before a surname: 'Mrs Adeyemi were' is one person.
_TITLES = words("mr mrs ms miss dr prof mx")
#: Determiners that make a coordination one thing at a time ('Each manager and each
#: supervisor has').
_DISTRIBUTIVE = words("each every no")
#: Tokens that may stand between a subject's phrase and its verb.
_BETWEEN_POS = frozenset({"PUNCT", "ADV", "PART"})
_HARD_PUNCT = frozenset({":", ";", "-", "–", "—", "(", ")", '"'})


def agreement_across(doc: Doc) -> list[ProofMatch]:
    """Subjects whose verb, some words on, has the other number."""
    out = []
    for subject in doc:
        if subject.dep_ not in _SUBJECTS or not subject.is_alpha:
            continue
        verb = _finite_verb(subject)
        if verb is None or verb.i < subject.i or not _runs_up_to(subject, verb):
            continue
        fix = _disagreement(subject, verb)
        if fix is not None:
            message = (
                f"'{verb.text}' does not agree with its subject '{subject.text}'; "
                f"did you mean '{fix}'?"
            )
            out.append(_found(verb, "AGREEMENT_ACROSS", message, match_case(verb.text, fix)))
    return out


#: Verbs that take a person and then 'to' ('allow me to visit', 'enable us to plan').
_TO_VERBS = words(
    "allow enable permit encourage ask want expect invite force advise remind urge require "
    "persuade order teach tell need"
)
_OBJECT_PRONOUNS = words("me us him her them you")


def to_missing(doc: Doc) -> list[ProofMatch]:
    """'Thank you for allowing me visit the site', 'it would enable me learn': these verbs
    want 'to' before the next one ('let me know' and 'help me learn' need none)."""
    out = []
    for verb in doc:
        if verb.lemma_.lower() not in _TO_VERBS or verb.i + 2 >= len(doc):
            continue
        person, action = doc[verb.i + 1], doc[verb.i + 2]
        if person.lower_ not in _OBJECT_PRONOUNS or action.head != verb:
            continue
        if action.dep_ not in ("ccomp", "xcomp") or person.head != action:
            continue
        bare = action.tag_ == "VB" or (action.tag_ == "VBP" and action.lemma_ == action.lower_)
        if not bare or any(c.lower_ == "to" for c in action.children):
            continue
        fix = f"{person.text} to"
        message = (
            f"'{verb.text} {person.text} {action.text}': after '{verb.lemma_.lower()}' the "
            f"next verb takes 'to' ('{verb.text} {fix} {action.text}')."
        )
        out.append(_found(person, "TO_MISSING", message, fix))
    return out


def _finite_verb(subject: Token) -> Token | None:
    """The word that carries the subject's number: an auxiliary after it, else its head."""
    head = subject.head
    for child in head.children:
        if child.dep_ in ("aux", "auxpass") and child.i > subject.i:
            return child
    return head


def _number(verb: Token) -> str | None:
    """'singular' for is/was/has/does or a verb in -s, 'plural' for are/were/have/do."""
    word = verb.lower_
    if word in _SINGULAR:
        return "singular"
    if word in _PLURAL:
        return "plural"
    if verb.tag_ == "VBZ" and word.endswith("s"):
        return "singular"
    return None


def _fix(verb: Token) -> str:
    word = verb.lower_
    if word in _SINGULAR:
        return _SINGULAR[word]
    if word in _PLURAL:
        return _PLURAL[word]
    return verb.lemma_.lower()


def _disagreement(subject: Token, verb: Token) -> str | None:
    """The verb form the subject needs, when the parse shows it has the other one."""
    number = _number(verb)
    if number is None:
        return None
    doc = subject.doc
    if any(t.lower_ == "and" for t in doc[subject.left_edge.i : subject.i]):
        return None  # 'Mr and Mrs Okafor were', 'the work and the mentoring are'
    if any(c.dep_ == "conj" and not _misattached_member(subject, c) for c in subject.children):
        return None  # 'The salary and the start date was' is left to the text rules: two
        # things joined may also be one idea ('the care and the attention was')
    lower = subject.lower_
    if lower in ("one", "each"):  # 'One of the reasons are', 'Each of the shifts were'
        of = any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
        return _fix(verb) if number == "plural" and of and verb.lower_ in _PLURAL else None
    if subject.pos_ == "PROPN":  # 'Mrs Adeyemi, who interviewed me, were'
        titled = any(
            c.dep_ == "compound" and c.lower_.rstrip(".") in _TITLES for c in subject.children
        )
        return _fix(verb) if titled and verb.lower_ in _PLURAL else None
    if subject.pos_ != "NOUN" or verb.i == subject.i + 1 or _passed_over(subject):
        return None
    if subject.tag_ == "NNS" and number == "singular" and _determined(subject):
        return _fix(verb)  # not 'lettings, with its renewals, is': a trade, one thing
    if _abstract_one(subject) and verb.lower_ in _PLURAL and _determined(subject):
        return _fix(verb)  # 'The discussion on the slabs were': an act or quality, no body
    # One thing with 'were' or 'are' is left alone: 'the night shift were brilliant', 'the
    # range of options are' agree with their sense, in British English and beyond.
    return None


#: Endings of nouns naming an act, state or quality ('discussion', 'agreement',
#: 'maintenance', 'kindness'), which no writer counts as many people.
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ness", "ity")


def _abstract_one(subject: Token) -> bool:
    """A singular abstract noun before a phrase: 'The discussion on the chloride damage to
    the slabs were' - not a body of people ('the administration were', 'the congregation')."""
    if subject.tag_ != "NN" or not subject.lower_.endswith(_ABSTRACT_ENDINGS):
        return False
    if subject.lemma_.lower() in COLLECTIVE or subject.lower_ in _BODIES:
        return False
    return any(c.dep_ == "prep" for c in subject.children)


#: '-tion' and '-ity' nouns that name groups of people.
_BODIES = words(
    "administration organisation organization congregation delegation generation population "
    "corporation association federation institution committee authority community majority "
    "minority faculty fraternity management government department opposition competition "
    "audience"
)


def _passed_over(subject: Token) -> bool:
    """Nouns whose number does not decide the verb, or whose parse is too unsure to trust."""
    lemma = subject.lemma_.lower()
    if lemma in COLLECTIVE or subject.lower_ in COLLECTIVE or lemma in _PARTITIVE:
        return True  # 'the panel were', 'the rest of the interviews go'
    if subject.lower_ in _PLURAL_IN_FORM or subject.lower_.endswith("ics"):
        return True  # 'the news is', 'logistics is'
    numbered = any(c.dep_ == "nummod" for c in subject.children)
    if numbered and (lemma in _UNITS or not _determined(subject)):
        return True  # 'Ten years is a long time', 'Five rounds of interviews is a lot'
    return sum(c.dep_ in _SUBJECTS for c in subject.head.children) > 1


def _misattached_member(subject: Token, member: Token) -> bool:
    """'My experiences in planning, executing and reporting … has': the parse joins
    'executing' to the subject, but it continues the list of gerunds after 'in'."""
    if not member.lower_.endswith("ing") or subject.lower_.endswith("ing"):
        return False
    return any(
        p.dep_ == "prep" and p.i < member.i and o.dep_ == "pobj" and o.lower_.endswith("ing")
        for p in subject.children
        for o in p.children
    )


def _in_a_list(comma: Token) -> bool:
    """'in planning, executing and reporting': a comma between the members of a list, with
    the next member joined to the one before and an 'and' or 'or' still to come."""
    doc = comma.doc
    if comma.i + 1 >= len(doc):
        return False
    member = doc[comma.i + 1]
    if member.dep_ != "conj":
        return False
    return any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in doc[member.i : member.i + 8])


def _determined(noun: Token) -> bool:
    """'the keys', 'my brother': a determiner or possessive of its own."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in _DISTRIBUTIVE for c in noun.children)


def _runs_up_to(subject: Token, verb: Token) -> bool:
    """The subject's phrase reaches its verb, with only commas, adverbs and 'not' between;
    nothing before it looks like a verb it could be the object of."""
    doc = subject.doc
    if any(t.pos_ not in _BETWEEN_POS for t in doc[subject.right_edge.i + 1 : verb.i]):
        return False
    phrase = doc[subject.left_edge.i : verb.i]
    if any(t.text in _HARD_PUNCT for t in phrase):
        return False  # 'Transport: own car …, so the clients are'
    asides = [t for t in phrase if t.text == "," and not _in_a_list(t)]
    if len(asides) % 2:
        return False  # 'cheers for the tour, looks like': one comma is no aside
    start = subject.left_edge.i
    if start > 0 and doc[start - 1].tag_.startswith("VB"):
        return False  # 'orders reagents …, and then asks': an object, not a subject
    if any(t.tag_ == "VBG" and t.i < subject.i for t in subject.subtree):
        return False  # 'Ghosting candidates reflects': the gerund is the subject
    if any(c.dep_ == "aux" and c.i < subject.i for c in subject.head.children):
        return False  # 'Does the new hire have': a question's auxiliary comes first
    hyphens = {doc[k].text for k in (subject.i - 1, subject.i + 1) if 0 <= k < len(doc)}
    return "-" not in hyphens  # 'ex-coworkers': the parse split the word


#: Verbs that take a clause with no 'that' before it ('I think it's', 'hope it's'), so an
#: 'it's' after them is the contraction.
_CLAUSE_VERBS = words(
    "think know say said believe guess hope feel suppose reckon mean wish bet suspect expect "
    "find see hear realize realise understand notice agree doubt assume show prove learn "
    "remember forget imagine promise tell read gather seem appear trust figure sense worry "
    "fear ensure make let be become remain get provide give consider"
)
#: Pronouns tagged as nouns: 'provided it's somebody else's'.
_INDEFINITE = words(
    "somebody someone something anybody anyone anything nobody nothing everybody everyone "
    "everything"
)


def its_after_verb(doc: Doc) -> list[ProofMatch]:
    """'teams that hit it's targets', 'helped it reach it's goals': 'it's' straight after a
    verb that wants an object, before a bare noun, is the possessive 'its'. Verbs that take
    a clause ('I think it's', 'hope it's') are passed over."""
    out = []
    for it in doc[1:-2]:
        verb, contraction, noun = doc[it.i - 1], doc[it.i + 1], doc[it.i + 2]
        if it.lower_ != "it" or contraction.lower_ not in ("'s", "’s"):
            continue
        if contraction.idx != it.idx + len(it.text) or verb.pos_ != "VERB":
            continue  # "it 's" apart is no contraction; 'I'm glad it's', 'is it's'
        if verb.lemma_.lower() in _CLAUSE_VERBS or verb.dep_ in ("aux", "auxpass"):
            continue
        if any(c.dep_ in ("dobj", "dative") and not it.i <= c.i <= it.i + 4 for c in verb.children):
            continue  # an object of its own elsewhere ('gave them it's'): leave it
        if noun.tag_ not in ("NN", "NNS") or not noun.is_lower or noun.lower_ in _INDEFINITE:
            continue  # 'hit it's the', 'hit it's Q3': not certain
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.pos_ in ("VERB", "AUX"):
            continue  # 'bet it's people are': a clause after all
        span = doc[it.i : contraction.i + 1]
        fix = match_case(it.text, "its")
        message = f"'{span.text}': before '{noun.text}' the possessive is '{fix}'."
        out.append(_found(span, "ITS_IT_S", message, fix))
    return out


#: A possessive the parse reads as the subject of a clause, with what the writer meant.
_SUBJECT_POSSESSIVES = {"your": "you're", "its": "it's"}
_POSSESSIVE_RULES = {"your": "YOUR_YOU_RE", "their": "THEIR_THERE", "its": "ITS_IT_S"}
_THERE_VERBS = words("is was has had 's will would")


def possessive_as_subject(doc: Doc) -> list[ProofMatch]:
    """'your probably running short-handed', 'Their is a lot I can bring', 'Its been a
    month': a possessive the parse can only read as the subject of a verb is 'you're',
    'there' or 'they're', 'it's'. Where the words alone are unsure ('your probably
    running short-handed with', not 'your definitely welcoming team') the parse decides."""
    out = []
    for word in doc:
        lower = word.lower_
        if lower not in _POSSESSIVE_RULES or word.tag_ != "PRP$":
            continue
        if word.dep_ not in ("nsubj", "nsubjpass", "expl") or list(word.children):
            continue
        head = word.head
        if not (head.tag_.startswith("VB") or head.tag_ == "JJ") or head.i < word.i:
            continue
        if lower == "their":
            verb = doc[word.i + 1] if word.i + 1 < len(doc) else head
            fix = "there" if verb.lower_ in _THERE_VERBS else "they're"
        else:
            fix = _SUBJECT_POSSESSIVES[lower]
        fix = match_case(word.text, fix)
        message = f"'{word.text}' is the subject of '{head.text}' here: did you mean '{fix}'?"
        out.append(_found(word, _POSSESSIVE_RULES[lower], message, fix))
    return out


#: Prepositions that take a gerund, never a bare verb ('thank you for letting me know').
_GERUND_PREPOSITIONS = words("for of about after before by without in on from")


def bare_verb_after_preposition(doc: Doc) -> list[ProofMatch]:
    """'Thank you for let me know', 'thanks for consider my application': after a
    preposition a verb takes '-ing'. Only a bare verb with an object of its own is judged,
    so a noun the parse mistook for a verb ('for review') is left alone."""
    out = []
    for verb in doc:
        if verb.tag_ != "VB" or not verb.is_lower or verb.i == 0:
            continue
        prep = doc[verb.i - 1]  # however the parse hangs them ('for' may come as its 'aux')
        if prep.lower_ not in _GERUND_PREPOSITIONS or prep.tag_ != "IN":
            continue
        if not any(c.dep_ in ("dobj", "ccomp", "dative") and c.i > verb.i for c in verb.children):
            continue
        fix = _gerund(verb.lower_)
        message = f"'{prep.text} {verb.text}': after '{prep.text}' the verb takes '-ing' ('{fix}')."
        out.append(_found(verb, "BARE_VERB_AFTER_PREPOSITION", message, fix))
    return out


def _gerund(verb: str) -> str:
    """'let' -> 'letting', 'give' -> 'giving', 'consider' -> 'considering', 'see' -> 'seeing'."""
    vowels = "aeiou"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    short = len(verb) <= 4 and sum(c in vowels for c in verb) == 1
    if short and verb[-1] not in vowels + "wxy" and verb[-2] in vowels:
        return verb + verb[-1] + "ing"  # 'let', 'get', 'plan', 'stop'
    return verb + "ing"


#: Verbs of one moment (a decision made, a message sent): a deadline for them takes 'by'.
_PUNCTUAL_VERBS = words(
    "decide inform notify tell send reply respond answer confirm make submit advise revert "
    "announce communicate"
)
_NEGATIVES = words("not n't never no nobody nothing none")


def until_for_by(doc: Doc) -> list[ProofMatch]:
    """'the decision will be made until 24 April', 'please inform me until Friday': a
    deadline for something done at one moment is 'by' (German 'bis', Polish 'do' both read
    'until'); 'I will not know until Friday' and 'available until Friday' are right."""
    out = []
    for until in doc:
        if until.lower_ not in ("until", "till") or until.dep_ != "prep":
            continue
        verb = until.head
        told = verb.lemma_.lower() == "know" and verb.head.lemma_.lower() == "let"
        if not (told or verb.lemma_.lower() in _PUNCTUAL_VERBS) or verb.pos_ != "VERB":
            continue  # 'let me know until Monday' is told at one moment too
        if any(t.lower_ in _NEGATIVES for t in verb.subtree if t.i < until.i):
            continue  # 'I will not hear until Friday', 'nobody will decide until'
        when = [c for c in until.children if c.dep_ == "pobj"]
        if not when or when[0].ent_type_ not in ("DATE", "TIME"):
            continue
        fix = match_case(until.text, "by")
        date = doc[until.i : when[0].right_edge.i + 1].text
        message = (
            f"'{date}': a deadline for '{verb.lemma_.lower()}' takes "
            f"'{fix}'; '{until.lower_}' is for something that lasts."
        )
        out.append(_found(until, "UNTIL_FOR_BY", message, fix))
    return out


def _found(where: Token | Span, rule_id: str, message: str, fix: str) -> ProofMatch:
    """A grammar match over a word or words of the parse, with its one replacement."""
    if isinstance(where, Span):
        return grammar_match((where.start_char, where.end_char), rule_id, message, fix, "GRAMMAR")
    return grammar_match((where.idx, where.idx + len(where.text)), rule_id, message, fix, "GRAMMAR")
