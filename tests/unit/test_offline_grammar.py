"""Each offline grammar rule catches its clear cases and stays silent on the tricky correct ones."""

from __future__ import annotations

import pytest

from followup_lint.proofing import learner_grammar as learner
from followup_lint.proofing import offline_grammar as g
from followup_lint.proofing.model import ProofMatch


def found(rule: g.Rule, text: str) -> list[tuple[str, str]]:
    """(matched text, first replacement) for each match of `rule`."""
    return [(text[m.offset : m.end], m.replacements[0]) for m in rule(text)]


def silent(rule: g.Rule, text: str) -> bool:
    return rule(text) == []


# -- DOUBLED_WORD ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you for the the interview on Tuesday.", ("the the", "the")),
        ("I look forward to to hearing from you.", ("to to", "to")),
        ("The the panel was generous with its time.", ("The the", "The")),
        ("I am keen to join join the team.", ("join join", "join")),
    ],
)
def test_doubled_word_positives(text: str, expected: tuple[str, str]) -> None:
    assert found(g.doubled_word, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "By Friday I had had three interviews.",  # past perfect
        "I said that that approach worked well.",  # conjunction + determiner
        "What it is is a great fit for my skills.",
        "I was very very grateful for the tour.",  # emphasis: style, not a slip
        "I grew up near Walla Walla and Baden Baden.",  # repeated names
        "I enjoyed meeting the\nthe warehouse team.",  # across a line break (wrapped list)
        "- Python\n- Python scripting",
        "It was the, the best conversation.",  # across punctuation
        "I enjoyed **the** the tour.",  # markup between
    ],
)
def test_doubled_word_negatives(text: str) -> None:
    assert silent(g.doubled_word, text)


# -- A_AN -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was a interesting conversation.", ("a", "an")),
        ("I applied for an role in finance.", ("an", "a")),
        ("I waited a hour in reception.", ("a", "an")),
        ("She is a honest and thoughtful manager.", ("a", "an")),
        ("I studied at an university in Leeds.", ("an", "a")),
        ("It was an one-time project.", ("an", "a")),
        ("I worked with an European client.", ("an", "a")),
        ("I completed a MBA last year.", ("a", "an")),
        ("I met a HR manager.", ("a", "an")),
        ("I worked at an UK firm.", ("an", "a")),
        ("The patient needed a X-ray.", ("a", "an")),
        ("I will send a e-mail tomorrow.", ("a", "an")),
        ("I have a update on my references.", ("a", "an")),
        ("It was an useful exercise.", ("an", "a")),
        ("An role like this is rare.", ("An", "A")),
        ("I have an year of experience.", ("an", "a")),
        ("I worked for a NGO in Nairobi.", ("a", "an")),
        ("She bought a iPhone for the team.", ("a", "an")),
    ],
)
def test_a_an_positives(text: str, expected: tuple[str, str]) -> None:
    assert found(g.a_an, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "I waited an hour. She is an honest manager. I studied at a university.",
        "It was a one-time project with a European client and a unique brief.",
        "I hold an MBA, met an HR manager at a UK firm and needed an X-ray.",
        "Send me an e-mail about a user study, a UX review or an API change.",
        "It was an honour to meet a KPI owner and an NGO partner.",
        "It was a 12-week course and an 8-week placement.",  # numbers are not judged
        'It was a "interesting" chat.',  # quotes are not judged
        "I wrote a SQL query and an SQL view.",  # both pronunciations are used
        "I read a FAQ and an FAQ.",
        "I interned at a NASA lab.",  # read as a word: not judged
        "It was a historic day and an historic day.",  # both accepted
        "Plan A is fine and Grade A was expected.",  # a letter, not the article
        "We met a Uber driver and an Uber driver.",  # capitalised u-words are not judged
        "I used a\nspreadsheet and an\nexample.",  # one line break is fine
    ],
)
def test_a_an_negatives(text: str) -> None:
    assert silent(g.a_an, text)


@pytest.mark.parametrize(
    ("word", "vowel"),
    [
        ("hour", True),
        ("honest", True),
        ("university", False),
        ("one-time", False),
        ("European", False),
        ("MBA", True),
        ("HR", True),
        ("UK", False),
        ("X-ray", True),
        ("e-mail", True),
        ("unusual", True),
        ("unanimous", False),
        ("NASA", None),
        ("SQL", None),
        ("herb", None),
        ("8-week", None),
    ],
)
def test_vowel_sound(word: str, vowel: bool | None) -> None:
    assert g.vowel_sound(word) is vowel


# -- ITS_IT_S -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its been a pleasure to meet the team.", ("Its", "It's")),
        ("I think its a great fit for my skills.", ("its", "it's")),
        ("I hope its going well with the launch.", ("its", "it's")),
        ("I know its not an easy decision.", ("its", "it's")),
        ("They said its pretty much settled.", ("its", "it's")),
        ("I admire how the company supports it's own staff.", ("it's", "its")),
        ("The company and it's team were welcoming.", ("it's", "its")),
        ("I was impressed by the clinic and it's team.", ("it's", "its")),
        ("I admire the mission of it's founders.", ("it's", "its")),
        # An acronym modifying the noun after it: only a possessive fits.
        ("The lab walked me through it's QA procedures on day one.", ("it's", "its")),
        ("The bank and it's HR team were welcoming.", ("it's", "its")),
        # the last of listed noun phrases
        ("Now I understand the role, the team and it's way of working.", ("it's", "its")),
    ],
)
def test_its_positives(text: str, expected: tuple[str, str]) -> None:
    assert found(g.its_it_s, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The company values its own people and its team.",
        "It's been a pleasure, and it's a great fit.",
        "The charity and its not-for-profit arm impressed me.",  # a compound follows
        "At the end of the day, it's team spirit that matters.",  # it is team spirit
        "The product and its A/B testing framework were new to me.",
        "What I love about it's that the team is small.",  # colloquial 'about it is'
        "I admired the bakery and its pretty storefront.",
        "Moving the call is fine; it's OK with me either way.",
        "It's IT support that I enjoy most.",  # it is IT support
        "The role is demanding and it's work that matters.",  # it is work
        "I took notes, and it's part of how I prepare.",  # it is part of
    ],
)
def test_its_negatives(text: str) -> None:
    assert silent(g.its_it_s, text)


def test_its_fix_keeps_curly_apostrophes() -> None:
    text = "I’m sure its been a busy week."
    assert found(g.its_it_s, text) == [("its", "it’s")]


# -- THEIR_THERE ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Their is a lot I could bring to the role.", ("Their", "There")),
        ("I was told their are two openings.", ("their", "there")),
        ("Their was a short delay before the panel.", ("Their", "There")),
        ("I am glad their were so many questions.", ("their", "there")),
        ("Please tell me if their has been any change.", ("their", "there")),
        ("The nurses clearly take pride in there own work.", ("there", "their")),
        ("I understand their going to decide by Friday.", ("their", "they're")),
        ("The engineers showed me they're own tools.", ("they're", "their")),
        ("I thanked the managers for they're time.", ("they're", "their")),
        # 'there' before a noun that ends its phrase: the possessive was meant.
        ("The recruiters said there offer is final.", ("there", "their")),
        ("I met the nurses, and there team was very kind.", ("there", "their")),
    ],
)
def test_their_there_positives(text: str, expected: tuple[str, str]) -> None:
    assert found(g.their_there, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "There is a lot I could bring, and there are two openings.",
        "Their team is great and their own tools are impressive.",
        "They're going to decide by Friday.",
        "They're team players, which I admire.",  # they are team players
        "I saw there the offer letter.",
        "Their is-it-worth-it analysis was thorough.",  # a compound follows
        "Was there feedback on the case study?",
        "I worked there ten years and loved it.",
        "Is there time for a second call, and is there help I can offer?",
    ],
)
def test_their_there_negatives(text: str) -> None:
    assert silent(g.their_there, text)


# -- YOUR_YOU_RE ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your welcome to call me at any time? No: Your welcome!", ("Your", "You're")),
        ("I think your going to love the new process.", ("your", "you're")),
        ("Your a great mentor to the junior staff.", ("Your", "You're")),
        ("Thank you for you're time yesterday.", ("you're", "your")),
        ("You're application was very clear.", ("You're", "Your")),
        ("I admire how you're own team works.", ("you're", "your")),
        ("I know your probably making the final call this week.", ("your", "you're")),
        ("Hope you're week is going well.", ("you're", "your")),  # the greeting's week
        ("I hope you're weekend was restful.", ("you're", "your")),
        # an adjective that only follows 'you are', with a preposition or a time after it
        ("I know your busy with the Thanksgiving boxes right now.", ("your", "you're")),
        ("If your free this week, I could come in.", ("your", "you're")),
        ("I am sure your available.", ("your", "you're")),
        ("I get that your flat out with the Collinsville shutdown.", ("your", "you're")),
        ("If your snowed under this week, I can wait.", ("your", "you're")),
    ],
)
def test_your_you_re_positives(text: str, expected: tuple[str, str]) -> None:
    assert found(g.your_you_re, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your welcome.",  # the noun
        "I appreciated your welcome.",
        "Your welcome email arrived this morning.",
        "I value your time and your feedback.",
        "You're welcome to call me at any time.",
        "You're going to love the new process.",
        "You're team players, and it shows.",  # you are team players
        "I liked your not-for-profit work.",
        "Your definitely welcoming team made the day easy.",  # an adjective, not a verb
        "I saw your flat out performance review.",  # hyphen-less adjective before a noun
        "Your probably busy week is why I kept this short.",
        "I hope you're well this week.",
        "You're day one of the new rota, I believe.",
        "I know your busy schedule leaves little room.",  # a noun follows: the possessive
        "Thanks for your free time and your able assistance.",
        "I hope your busy and full week goes well.",
    ],
)
def test_your_you_re_negatives(text: str) -> None:
    assert silent(g.your_you_re, text)


# -- SENTENCE_CAPITAL -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks again. the tour was the highlight.", ("the", "The")),
        ("What a day! it was great to meet everyone.", ("it", "It")),
        ("Could we talk next week? maybe Tuesday works.", ("maybe", "Maybe")),
        ("thank you for the interview.", ("thank", "Thank")),  # the text's first word
        ("Hi Sarah,\n\nthanks for the chat on Monday.", ("thanks", "Thanks")),  # paragraph
        ("Dear Sarah,\nthank you for the chat.", ("thank", "Thank")),  # after a greeting line
        ("I enjoyed it.\nthe team was kind.", ("the", "The")),  # after . and a line break
        ("Thank you.\n\nbest regards,\nJordan", ("best", "Best")),
    ],
)
def test_sentence_capital_positives(text: str, expected: tuple[str, str]) -> None:
    assert found(g.sentence_capital, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "I enjoyed meeting the team,\nand I learned a lot.",  # a wrapped line, not a greeting
        "I read the reports, e.g. the quarterly one, i.e. the summary.",
        "We covered budgets, rotas, etc. and the new system.",
        "I spoke with Dr. smith about it.",  # after an abbreviation
        "We cut C. difficile cases by a third.",  # after an initial
        "I expect to receive my P.Eng. licence by the spring.",  # after a dotted title
        "Her Ph.D. thesis was on bridge decks.",
        "Thank you for the interview of 14th inst. for the post of Facilities Manager.",
        "I am having 20 yrs. of service and encl. are my papers.",  # letter abbreviations
        "Thank you for the conversation on 03.11. and for the tour.",  # a day.month. date
        "It went well... maybe better than I hoped.",  # an ellipsis
        "Highlights:\n- managed budgets\n* led a team\n1) cut costs\na) saved time",
        "email: jordan@example.com\nphone: 555 0100",  # labels
        "> thanks for the update\n> see below",  # quoted lines
        "Visit www.acme.com. eBay and iPhone sales rose. dbt runs daily.",
        "The guide at https://acme.com/start.html then the FAQ helped.",  # dots inside a URL
        "I said “thanks.” she smiled.",  # a quotation, not a sentence end
        "i think it went well.",  # i_lowercase reports the lone i
    ],
)
def test_sentence_capital_negatives(text: str) -> None:
    assert silent(g.sentence_capital, text)


# -- I_LOWERCASE ----------------------------------------------------------------------------


def test_i_lowercase_positives() -> None:
    text = "i think i'm ready, and i’ve prepared notes."
    assert found(g.i_lowercase, text) == [("i", "I")] * 3


def test_i_lowercase_negatives() -> None:
    assert silent(g.i_lowercase, "See (i) and i) and i.e. the Wi-Fi, x_i and pi values.")


# -- SUBJECT_VERB ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I has really enjoyed meeting you and the team.", [("has", "have")]),
        ("I is very keen on the role.", [("is", "am")]),
        ("They was very welcoming, and we was impressed.", [("was", "were"), ("was", "were")]),
        ("He don’t need to rush the decision.", [("don’t", "doesn’t")]),
        ("You was right about the night shifts.", [("was", "were")]),
    ],
)
def test_subject_verb_positives(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(g.subject_verb, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I have really enjoyed it, and I am keen. They were kind; he doesn't mind.",
        "If I were in your position, I would ask the same.",  # subjunctive
        "Thank you was all I could say at the time.",  # 'thank you' as a noun
        "Phase I is complete and Part I was published.",  # Roman numerals
        "Our IT are hiring, and IT is growing.",  # the department
        "Is it the case that you were the lead?",
        "My application with you is still open.",  # 'you' is the object of 'with'
    ],
)
def test_subject_verb_negatives(text: str) -> None:
    assert silent(g.subject_verb, text)


# -- LOOK_FORWARD_TO ------------------------------------------------------------------------


def test_look_forward_to_positives() -> None:
    text = "I look forward to hear from you and am looking forward to meet the team."
    assert found(g.look_forward_to, text) == [("hear", "hearing"), ("meet", "meeting")]


def test_look_forward_to_negatives() -> None:
    text = (
        "I look forward to hearing from you, I look forward to the interview, and I am "
        "looking forward to it. I look forward, to be honest, to your reply."
    )
    assert silent(g.look_forward_to, text)


# -- doubled spaces -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Thank you.  I enjoyed it.", [(10, 12)]),
        ("the  team and the   plan", [(3, 5), (17, 20)]),
        ("    Indented line.\nEnds here.  \nNext.", []),
        ("One space only, as usual.", []),
    ],
)
def test_doubled_spaces_between_words_are_found(text: str, spans: list[tuple[int, int]]) -> None:
    found = g.doubled_space(text)
    assert [(m.offset, m.end) for m in found] == spans
    assert all(m.replacements == (" ",) for m in found)


# -- all rules ------------------------------------------------------------------------------


def test_every_rule_has_a_stable_id_and_a_one_line_reason() -> None:
    text = (
        "thank you for the the interview. It was a interesting talk and its been great. "
        "Their is a lot to do and your going to love it. i agree. I has a question, "
        "and I look forward to hear from you.  Thanks. I am very appreciate. Me and Dale was "
        "there. He and his wife is here. I done it. There was a few problems. I am "
        "working here since 2019. I need answer. I could of said. I didn't saw it. It is more "
        "better. Between you and I, it is higher then that. I grew since I start in 2019. "
        "Despite of that, it will be make soon. Could I have a short feedback?"
    )
    ids = {m.rule_id for m in g.check_grammar(text)}
    assert ids == {
        "DOUBLED_WORD",
        "DOUBLED_SPACE",
        "A_AN",
        "ITS_IT_S",
        "THEIR_THERE",
        "YOUR_YOU_RE",
        "SENTENCE_CAPITAL",
        "I_LOWERCASE",
        "SUBJECT_VERB",
        "LOOK_FORWARD_TO",
        "BE_BASE_VERB",
        "ME_AND_SUBJECT",
        "COMPOUND_SUBJECT_VERB",
        "PARTICIPLE_AS_PAST",
        "THERE_IS_PLURAL",
        "PRESENT_SINCE",
        "MISSING_ARTICLE",
        "COULD_OF",
        "PAST_AFTER_AUXILIARY",
        "DOUBLE_COMPARATIVE",
        "BETWEEN_YOU_AND_I",
        "THEN_THAN",
        "PAST_SINCE",
        "WRONG_PATTERN",
        "PASSIVE_BARE_VERB",
        "COUNTED_UNCOUNTABLE",
    }
    for rule in (*g.RULES, *learner.LEARNER_RULES):
        assert rule.__doc__ and "\n" not in rule.__doc__.strip()


def test_matches_are_grammar_kind_with_code_point_offsets_after_emoji() -> None:
    text = "🎉🙏🏽 Thank you! It was a interesting talk about 𝒸𝑜𝒹𝑒 and its been great."
    matches = g.check_grammar(text)
    assert [(m.kind, m.rule_id, text[m.offset : m.end]) for m in matches] == [
        ("grammar", "A_AN", "a"),
        ("grammar", "ITS_IT_S", "its"),
    ]
    assert all(isinstance(m, ProofMatch) for m in matches)
    assert matches[0].offset == text.index(" a ") + 1


def test_nothing_is_flagged_inside_addresses_urls_handles_or_code() -> None:
    text = (
        "Write to the.the@example.com or see https://example.com/a-interview/its-been or "
        "www.their-is.org, ping @its_a_bot or #a_interview, and run `a interview` locally."
    )
    assert g.check_grammar(text) == []


def test_a_clean_note_has_no_grammar_matches() -> None:
    text = (
        "Dear Ms. Chen,\n\n"
        "Thank you for meeting with me on Tuesday about the Data Analyst role. It was an honour "
        "to hear how your team uses route data, and I was glad there is an MBA-funded training "
        "programme. The company and its team were welcoming; it's clear they're proud of their "
        "work. You're welcome to contact my references, e.g. my manager at a UK charity.\n\n"
        "I look forward to hearing from you.\n\n"
        "Best regards,\n"
        "Jordan Lee"
    )
    assert g.check_grammar(text) == []


# -- BE_BASE_VERB ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I am very appreciate for your time.", ("appreciate", "appreciative")),
        ("We are interest in the role.", ("interest", "interested")),
        ("I am agree with your point.", ("am agree", "agree")),
        ("I'm agree with that.", ("'m agree", " agree")),
        ("I am very appreciate it.", ("am very appreciate", None)),
    ],
)
def test_be_base_verb_positives(text: str, expected: tuple[str, str | None]) -> None:
    (match,) = g.be_base_verb(text)
    fix = match.replacements[0] if match.replacements else None
    assert (text[match.offset : match.offset + match.length], fix) == expected


@pytest.mark.parametrize(
    "text",
    [
        "All I can do is thank you.",
        "The next step is agree the budget.",
        "I am appreciative of your time.",
        "I am interested in the role.",
        "Is it agree-able to you?",
    ],
)
def test_be_base_verb_negatives(text: str) -> None:
    assert silent(g.be_base_verb, text)


# -- ME_AND_SUBJECT --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Me and Dale was talking about your setup.", ("Me and Dale was", "Dale and I were")),
        ("Thanks. me and my wife are moving in May.", ("me and my wife are", "my wife and I are")),
        (
            "Me and the other two apprentices were kept on.",
            ("Me and the other two apprentices were", "The other two apprentices and I were"),
        ),
        (
            "Me and my old supervisor both thought so.",
            ("Me and my old supervisor both", "My old supervisor and I both"),
        ),
    ],
)
def test_me_and_someone_as_the_subject(text: str, expected: tuple[str, str]) -> None:
    (match,) = g.me_and_subject(text)
    assert (text[match.offset : match.offset + match.length], match.replacements[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She thanked me and Dale was pleased.",  # 'me' is an object, mid-sentence
        "Me and my big mouth!",  # no verb: an exclamation
        "Me and Dale, we were talking about it.",  # the subject is 'we'
        "Between you and me and the gatepost, it went well.",
        "Me and\nDale was there.",  # a line break: not one phrase
    ],
)
def test_me_and_someone_that_is_not_a_subject(text: str) -> None:
    assert silent(g.me_and_subject, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Your superintendent Ray and me was talking about the blind picks.",
            ("Your superintendent Ray and me was", "Your superintendent Ray and I were"),
        ),
        ("Dale and me were both on shift.", ("Dale and me were", "Dale and I were")),
        ("You and me are on the same page.", ("You and me are", "You and I are")),
    ],
)
def test_someone_and_me_as_the_subject(text: str, expected: tuple[str, str]) -> None:
    (match,) = g.me_and_subject(text)
    assert (text[match.offset : match.offset + match.length], match.replacements[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She thanked Dale and me was pleased.",  # 'me' is the object of 'thanked'
        "Between you and me was a gap in the rota.",  # a preposition: no subject
        "He invited Dale and me to lunch.",  # no verb after 'me'
    ],
)
def test_someone_and_me_that_is_not_a_subject(text: str) -> None:
    assert silent(g.me_and_subject, text)


def test_the_rule_runs_with_the_others_on_a_corpus_draft() -> None:
    from tests.checks.helpers import corpus_draft

    text = corpus_draft("thank-you/b13b-herd-manager-heifer-barn-no-context.txt").read_text()
    found = [m for m in g.check_grammar(text) if m.rule_id == "ME_AND_SUBJECT"]
    assert [text[m.offset : m.offset + m.length] for m in found] == ["Me and Dale was"]


# -- COMPOUND_SUBJECT_VERB ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You and the headteacher was very kind to me.", ("was", "were")),
        ("He and his wife is coming to the open day.", ("is", "are")),
        ("I and my colleague has already applied.", ("has", "have")),
    ],
)
def test_two_people_take_a_plural_verb(text: str, expected: tuple[str, str]) -> None:
    (match,) = g.compound_subject_verb(text)
    assert (text[match.offset : match.offset + match.length], match.replacements[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "You and your team were lovely.",  # already plural
        "Bread and butter is my favourite.",  # not a pronoun: maybe one thing
        "He and the team, was it, had left.",  # a comma: not one phrase
        "She and I has a plan.",  # 'I has' is the subject-verb rule's
        "Thank you and the team was great.",  # 'you' is not the sentence's first word
    ],
)
def test_what_is_no_compound_subject(text: str) -> None:
    assert silent(g.compound_subject_verb, text)


def test_the_b14_caretakers_note() -> None:
    from tests.checks.helpers import corpus_draft

    text = corpus_draft("status-inquiry/b14b-school-caretaker-polish-boiler-question.txt")
    text = text.read_text()
    found = [m for m in g.check_grammar(text) if m.rule_id == "COMPOUND_SUBJECT_VERB"]
    assert [text[m.offset : m.offset + m.length] for m in found] == ["was"]


# -- SUBJECT_VERB: he, she and a titled name without the -s -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He say the team is small.", ("say", "says")),
        ("When she come back, I will ask her.", ("come", "comes")),
        ("At the interview Mr. Dale say that the decision will take two weeks.", ("say", "says")),
        ("Dr Patel want the figures by noon.", ("want", "wants")),
    ],
)
def test_a_third_person_without_its_s(text: str, expected: tuple[str, str]) -> None:
    (match,) = g.subject_verb(text)
    assert (text[match.offset : match.offset + match.length], match.replacements[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Did he say when the panel meets?",  # after an auxiliary the bare form is right
        "Would she like a copy of the plan?",
        "I will make sure he knows.",
        "We made it work in the end.",  # 'it' is an object as often as a subject
        "Thank you, Mr. Dale, say hello to the team for me.",  # a comma: a vocative
    ],
)
def test_a_bare_verb_that_fits(text: str) -> None:
    assert silent(g.subject_verb, text)


# -- four learner's slips: a bare participle, 'there was' + many, 'since' + present, no article --


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("I done my Level 3 last year.", "PARTICIPLE_AS_PAST", ("done", "did")),
        ("They seen the report before me.", "PARTICIPLE_AS_PAST", ("seen", "saw")),
        ("I been driving buses for ten years.", "PARTICIPLE_AS_PAST", ("been", "have been")),
        ("There was a few things I wanted to ask.", "THERE_IS_PLURAL", ("was", "were")),
        ("I think there is two ways to do it.", "THERE_IS_PLURAL", ("is", "are")),
        ("I am handling the incident reports since 2019.", "PRESENT_SINCE", ("am", "have been")),
        ("She is teaching there since last May.", "PRESENT_SINCE", ("is", "has been")),
        ("I have got offer from another garage.", "MISSING_ARTICLE", ("offer", "an offer")),
        ("I need answer by Friday, please.", "MISSING_ARTICLE", ("answer", "an answer")),
        ("Please give decision soon.", "MISSING_ARTICLE", ("decision", "a decision")),
    ],
)
def test_learners_slips(text: str, rule: str, expected: tuple[str, str]) -> None:
    (match,) = [m for m in g.check_grammar(text) if m.rule_id == rule]
    assert (text[match.offset : match.offset + match.length], match.replacements[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Have I done enough to show it?",  # a question: 'have' comes first
        "Thank you, I have seen the yard and done the test.",
        "The IT team there was three people.",  # 'there' is a place
        "There was many a slip on the night.",  # 'many a' is singular
        "There is two-way radio in every van.",  # a compound
        "This is my first job since 2019.",  # not a state running on
        "I have been handling it since 2019.",
        "I am writing since I have not heard back.",  # 'since' as 'because'
        "I need job security.",  # a compound goes on
        "I got offer letters from two firms.",
        "We need a decision soon.",
        "One one coco full basket, as my mother says.",  # a doubled numeral: 'one by one'
    ],
)
def test_what_is_no_learners_slip(text: str) -> None:
    new = {"PARTICIPLE_AS_PAST", "THERE_IS_PLURAL", "PRESENT_SINCE", "MISSING_ARTICLE"}
    assert [m.rule_id for m in g.check_grammar(text) if m.rule_id in new | {"DOUBLED_WORD"}] == []


# -- 'could of', a past after an auxiliary, a doubled comparison, 'between you and I', 'then' --


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("I should of mentioned my forklift licence.", "COULD_OF", ("of", "have")),
        ("I didn't saw your email until today.", "PAST_AFTER_AUXILIARY", ("saw", "see")),
        ("Did you received my references?", "PAST_AFTER_AUXILIARY", ("received", "receive")),
        ("We can discussed the hours on Monday.", "PAST_AFTER_AUXILIARY", ("discussed", "discuss")),
        ("Could you please sent me the address?", "PAST_AFTER_AUXILIARY", ("sent", "send")),
        (
            "The night shift would be more better for me.",
            "DOUBLE_COMPARATIVE",
            ("more better", "better"),
        ),
        (
            "It was the most nicest interview I have had.",
            "DOUBLE_COMPARATIVE",
            ("most nicest", "nicest"),
        ),
        ("Between you and I, the offer is low.", "BETWEEN_YOU_AND_I", ("I", "me")),
        ("Their offer is higher then yours.", "THEN_THAN", ("then", "than")),
    ],
)
def test_more_learners_slips(text: str, rule: str, expected: tuple[str, str]) -> None:
    (match,) = [m for m in g.check_grammar(text) if m.rule_id == rule]
    assert (text[match.offset : match.offset + match.length], match.replacements[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I would, of course, be happy to.",
        "Your letter dated 2 May arrived this morning.",  # a month, not a modal
        "What I did mattered to them.",  # 'did' as the main verb
        "You will need a licence for the yard.",  # 'need' is no past
        "I could have sent it sooner.",
        "See you later then.",  # 'then' of time
        "There is more later on that.",
        "Between you and me, I prefer mornings.",
    ],
)
def test_what_is_no_learners_slip_either(text: str) -> None:
    new = {
        "COULD_OF",
        "PAST_AFTER_AUXILIARY",
        "DOUBLE_COMPARATIVE",
        "BETWEEN_YOU_AND_I",
        "THEN_THAN",
        "PAST_SINCE",
    }
    assert [m.rule_id for m in g.check_grammar(text) if m.rule_id in new] == []


# -- agreement that the words alone show: 'the questions was', 'how it feel', 'I have learn' ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The panel was kind and the questions was fair.", ("was", "were")),
        ("All the number 12 buses was diverted.", ("was", "were")),
        ("My references has been sent already.", ("has", "have")),
        ("So you know how it feel from my side.", ("feel", "feels")),
        ("During the process I have learn a lot.", ("learn", "learned")),
    ],
)
def test_agreement_the_words_show(text: str, expected: tuple[str, str]) -> None:
    rules = {"SUBJECT_VERB", "HAVE_BARE_VERB"}
    (match,) = [m for m in g.check_grammar(text) if m.rule_id in rules]
    assert (text[match.offset : match.offset + match.length], match.replacements[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The news was good.",  # a noun in -s that is singular
        "The test rig for the flow meters was interesting to see.",  # a preposition's object
        "Meeting your charge nurses was the highlight of my day.",  # a gerund's object
        "One of my colleagues was on leave.",
        "I have to learn the rota first.",
        "We made it work in the end.",
        "The Joneses was a name I knew.",  # a name
    ],
)
def test_what_only_looks_like_disagreement(text: str) -> None:
    rules = {"SUBJECT_VERB", "HAVE_BARE_VERB"}
    assert [m.rule_id for m in g.check_grammar(text) if m.rule_id in rules] == []


# -- one thing with a bare verb: 'the offer come with', 'the audit you mentioned sound' -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They told me the offer come with a start date.", ("come", "comes")),
        ("I understand that a selection process have started.", ("have", "has")),
        ("The outpatient E/M audit you mentioned sound like good work.", ("sound", "sounds")),
        ("I'm sure the candidate you chose probably have more years.", ("have", "has")),
        ("I built the one that compare ledger totals.", ("compare", "compares")),
        ("A manager who know the floor is worth a lot.", ("know", "knows")),
        ("I received a written offer, and the offer come with a car.", ("come", "comes")),
        # a question's auxiliary in the clause before is not this clause's
        ("Versioning would fix it, but the window need to cover the month.", ("need", "needs")),
    ],
)
def test_one_thing_with_a_bare_verb(text: str, expected: tuple[str, str]) -> None:
    (match,) = [m for m in g.check_grammar(text) if m.rule_id == "SUBJECT_VERB"]
    assert (text[match.offset : match.offset + match.length], match.replacements[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The team have been very kind.",  # a collective noun, plural in British English
        "Does the role come with a car?",  # a question's auxiliary
        "When will the panel's decision come through?",
        "Let the new system settle in.",  # a causative
        "I suggest that the candidate come in on Monday.",  # a demand takes the bare verb
        "I'd rather the offer come in writing.",  # so does a preference
        "There is a real need to modernise the rota.",  # 'need' as a noun
        "I'd be glad to give the new system a fair go.",  # 'go' as a noun
        "I'll have the forms ready come Monday.",  # 'come' as 'when it is'
        "The training need was identified in March.",  # 'need' as a noun
        "I hope the person you have chosen enjoys the work.",  # 'you have chosen'
        "Your email must have gone to my spam folder.",  # an auxiliary
        "Respect and a clear task go a long way.",  # a compound subject
        "I've felt the days since the interview have gone slowly.",  # an object of 'since'
        "My thanks also go to the greenkeepers.",  # a plural in -s
        "I'm the one folk come to with rota problems.",  # 'folk' are many
    ],
)
def test_what_is_no_bare_verb_after_one_thing(text: str) -> None:
    assert [m.rule_id for m in g.check_grammar(text) if m.rule_id == "SUBJECT_VERB"] == []


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("It were a good interview.", False),
        ("She were there on the night shift.", False),
        ("If it were up to me, I would start Monday.", True),  # a subjunctive
        ("I wish it were Friday.", True),
        ("As it were, the plan changed.", True),
        ("My colleagues and I were exhausted after the audit.", True),  # two people
    ],
)
def test_were_after_one_person_or_thing(text: str, right: bool) -> None:
    found = [m for m in g.check_grammar(text) if m.rule_id == "SUBJECT_VERB"]
    assert (found == []) is right


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is the work I hoped for since I pass my CPC exam last spring.", ("pass", "passed")),
        ("Things have changed since I move to Leeds two years ago.", ("move", "moved")),
        ("I have been here since I start in 2019.", ("start", "started")),
    ],
)
def test_a_past_event_after_since(text: str, expected: tuple[str, str]) -> None:
    (match,) = [m for m in g.check_grammar(text) if m.rule_id == "PAST_SINCE"]
    assert (text[match.offset : match.offset + match.length], match.replacements[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Since I work nights, I can only call after six.",  # 'since' as 'because'
        "Since I come from Leeds, I know the last mile well.",
        "Since we last spoke in March, I finished the course.",  # an adverb, not a verb
        "I have learned a lot since I joined last year.",  # already past
    ],
)
def test_what_is_no_present_for_a_past_event(text: str) -> None:
    assert [m.rule_id for m in g.check_grammar(text) if m.rule_id == "PAST_SINCE"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It really make me feel at home.", ("make", "makes")),  # a sentence opened by 'it'
        ("I appreciated the warm welcome, it really make me feel at home.", ("make", "makes")),
        ("It seem the email with my payslips did not arrive.", ("seem", "seems")),
    ],
)
def test_it_opening_a_sentence_takes_the_s_form(text: str, expected: tuple[str, str]) -> None:
    assert found(learner.it_bare_verb, text) == [expected]


@pytest.mark.parametrize(
    "text", ["It really helps.", "I know it well.", "Let it go.", "We made it work."]
)
def test_it_with_an_agreeing_verb_or_as_an_object(text: str) -> None:
    assert silent(learner.it_bare_verb, text)


def test_a_reporting_verb_in_s_is_no_plural_noun() -> None:
    text = "I've told everyone about the loos, which my husband says is not normal."
    assert silent(learner.plural_with_singular_verb, text)


# -- YOUR_YOU_RE: how you are -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I hope your well.", ("your", "you're")),
        ("I hope your keeping well after the harvest.", ("your", "you're")),
        ("Hope your doing good!", ("your", "you're")),
        ("I hope your well and that the harvest is in.", ("your", "you're")),
    ],
)
def test_your_for_how_you_are(text: str, expected: tuple[str, str]) -> None:
    assert found(g.your_you_re, text) == [expected]


@pytest.mark.parametrize(
    "text", ["We tested your well water.", "Your well-being matters to us.", "It was your doing."]
)
def test_your_before_its_noun_is_possessive(text: str) -> None:
    assert silent(g.your_you_re, text)


# -- PASSIVE_BARE_VERB ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The decision will be make by the end of April.", ("make", "made")),
        ("My file has been send to HR.", ("send", "sent")),
        ("I was told the shortlist would be review on Monday.", ("review", "reviewed")),
    ],
)
def test_a_passive_takes_the_participle(text: str, expected: tuple[str, str]) -> None:
    assert found(learner.passive_bare_verb, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The decision will be made by Friday.",
        "I will be sending them tomorrow.",
        "I will be send them tomorrow.",  # 'sending' or 'send': no one fix
        "Please be open with me.",
        "The shop will be free on Monday.",
    ],
)
def test_a_passive_with_its_participle_or_no_passive(text: str) -> None:
    assert silent(learner.passive_bare_verb, text)


# -- WRONG_PATTERN ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Despite of the delay, I am keen.", ("Despite of", "Despite")),
        ("I would like to discuss about the salary.", ("to discuss about", "to discuss")),
        ("I would appreciate if you could confirm.", ("appreciate if", "appreciate it if")),
        ("I am looking forward for your reply.", ("looking forward for", "looking forward to")),
        ("I am capable to work alone.", ("capable to", "capable of")),
        ("I am responsible of the stock room.", ("responsible of", "responsible for")),
        ("Please reply me at this address.", ("reply me", "reply to me")),
        ("I have been waiting your reply.", ("waiting your reply", "waiting for your reply")),
        ("Please let me to know.", ("let me to", "let me")),
        ("The interview made me to feel welcome.", ("made me to", "made me")),
        (
            "You kindly explained me that the decision was near.",
            ("explained me", "explained to me"),
        ),
        ("He said me that I was first.", ("said me", "said to me")),
        ("My manager suggested me to apply.", ("suggested me to", "suggested that I")),
    ],
)
def test_word_patterns_never_right_in_english(text: str, expected: tuple[str, str]) -> None:
    assert found(learner.wrong_pattern, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The problem we discussed about scaling the queue is hard.",
        "I would appreciate it if you could confirm.",
        "She described me as calm under pressure.",
        "I was waiting my turn at the counter.",
        "I have been interested for a long time.",
        "Let me know if you need anything.",
        "I look forward to your reply.",
    ],
)
def test_right_patterns_near_the_wrong_ones(text: str) -> None:
    assert silent(learner.wrong_pattern, text)


# -- COUNTED_UNCOUNTABLE ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Could you please send me a short feedback about my interview?",
            ("a short feedback", "some short feedback"),
        ),
        ("May I ask you for an advice?", ("an advice", "some advice")),
    ],
)
def test_a_noun_never_counted_takes_no_article(text: str, expected: tuple[str, str]) -> None:
    assert found(learner.counted_uncountable, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "I would welcome a feedback session with the panel.",
        "Even a little advice would help.",
        "Thank you for a piece of advice I still use.",
    ],
)
def test_a_counted_phrase_around_the_noun_is_fine(text: str) -> None:
    assert silent(learner.counted_uncountable, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you for all the informations you shared.", ("informations", "information")),
        ("Could you tell me any feedbacks about my portfolio?", ("feedbacks", "feedback")),
    ],
)
def test_a_noun_never_counted_has_no_plural(text: str, expected: tuple[str, str]) -> None:
    assert found(learner.plural_uncountable, text) == [expected]


def test_the_plural_of_a_noun_never_counted_is_no_misspelling() -> None:
    from followup_lint.proofing.offline import OfflineEngine

    matches = OfflineEngine().check("Thank you for all the informations.", "en-US")
    assert [(m.kind, m.rule_id) for m in matches] == [("grammar", "COUNTED_UNCOUNTABLE")]


def test_one_offer_letter_gives() -> None:
    text = "The agency have asked for my answer, and the offer letter give me until five."
    assert [text[m.offset : m.end] for m in learner.singular_with_bare_verb(text)] == ["give"]


def test_two_subjects_joined_by_and_take_are() -> None:
    assert silent(g.subject_verb, "I am sure the machines and I are still getting acquainted.")


def test_the_last_of_a_list_before_was_is_no_plural_subject() -> None:
    text = "The bit about fault finding on the depot lighting and the points heaters was great."
    assert silent(learner.plural_with_singular_verb, text)


def test_a_plural_subject_after_a_clause_and_and_still_disagrees() -> None:
    text = "The panel was very kind and the questions was fair."
    assert found(learner.plural_with_singular_verb, text) == [("was", "were")]
