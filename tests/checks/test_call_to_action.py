"""Rule `call-to-action`: the note must close politely looking forward."""

from __future__ import annotations

import pytest

from followup_lint import Linter, ParsedDraft, Report, Severity
from tests.checks.helpers import entries_and_texts, lint_corpus, lint_text, wrap_letter

LOOK_FORWARD = ("I look forward to hearing from you.",)
PATHS_CROSS = (
    "I hope our paths cross again, and I would welcome the chance to be considered for future "
    "openings.",
)
MISSING = (
    "The note has no polite forward-looking close; end by looking forward to hearing from the "
    "reader or offering more information."
)
DEMAND = (
    "The only forward-looking close presses for a reply; end politely instead, e.g. by looking "
    "forward to hearing from the reader."
)
OPENING = (
    "Thank you for meeting with me yesterday about the Data Analyst role. I enjoyed our "
    "conversation about the churn dashboard."
)


def letter(sentence: str) -> str:
    return wrap_letter(f"{OPENING} {sentence}")


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str]]:
    """Each call-to-action finding as (entry, source text)."""
    return entries_and_texts(draft, report, "call-to-action")


# -- fires: the corpus ---------------------------------------------------------------------


def test_a_note_that_ends_on_interest_is_flagged_at_its_last_paragraph(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/b2-qa-engineer-ii-38-words.txt")
    (finding,) = report.by_rule("call-to-action")
    assert finding.severity is Severity.WARNING
    assert finding.category.value == "content"
    assert finding.entry == "missing"
    assert finding.message == MISSING
    assert finding.suggestions == LOOK_FORWARD
    # 'I would welcome the chance to contribute' restates interest; it offers nothing.
    assert draft.source[finding.span.start : finding.span.end] == (
        "Thank you for interviewing me this morning for the QA Engineer II role. I enjoyed "
        "walking through the test plan for the infusion pump firmware, and I would welcome the "
        "chance to contribute to your software verification team."
    )
    assert (finding.span.line, finding.span.column) == (11, 1)


def test_a_demand_is_not_a_polite_close(linter: Linter) -> None:
    # 'please let me know ASAP whether…' would be a close without 'ASAP'.
    draft, report = lint_corpus(linter, "thank-you/plumber-asap-gonna-no-frontmatter.txt")
    (finding,) = report.by_rule("call-to-action")
    assert finding.message == DEMAND
    assert finding.suggestions == LOOK_FORWARD
    assert located(draft, report) == [
        (
            "demand",
            "I have a couple of other interviews lined up, so please let me know ASAP whether "
            "you want me on the crew.",
        )
    ]


def test_a_rejection_reply_is_offered_a_door_opening_close(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "rejection-reply/b3-ml-engineer-jargon-its-been.txt")
    (finding,) = report.by_rule("call-to-action")
    assert finding.suggestions == PATHS_CROSS
    assert located(draft, report) == [
        (
            "missing",
            "I remain very interested in Quillfeather and in the applied research your team is "
            "publishing.",
        )
    ]


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        # 'I am checking on the status of my application.' states; it does not ask.
        ("status-inquiry/no-frontmatter-checking-status-too-short.txt", "missing"),
        ("thank-you/account-executive-ultimatum.txt", "demand"),
        ("status-inquiry/backend-engineer-within-48-hours.txt", "demand"),
        # 'Still nothing on the Delivery Driver job??' is not a polite question.
        ("status-inquiry/b3-delivery-driver-begging-short.txt", "missing"),
        ("thank-you/b2-deckhand-no-greeting-short.txt", "missing"),  # 'I can start immediately'
        ("offer-notice/b3-science-teacher-last-wednesday.txt", "missing"),
    ],
)
def test_corpus_notes_without_a_polite_close(linter: Linter, name: str, entry: str) -> None:
    _, report = lint_corpus(linter, name)
    assert [f.entry for f in report.by_rule("call-to-action")] == [entry]


# -- silent: the corpus --------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "status-inquiry/event-coordinator-hey-btw.txt",  # 'let me know if there's any news!'
        "thank-you/b2-sous-chef-fortnight.txt",  # 'If it helps, I can come in for another…'
        "thank-you/b2-ux-ui-designer-lowkey-vibe.txt",  # 'Happy to send them over if…'
        # 'I remain keen to hear how things are progressing'
        "status-inquiry/b2-hello-no-role-no-date-no-frontmatter.txt",
        "rejection-reply/b3-grants-officer-finally-coldwater.txt",  # 'our paths will cross again'
        # 'I would therefore be grateful for any indication as to whether your timeline…'
        "offer-notice/b3-regulatory-affairs-dense-unsigned.txt",
        # 'If there is any chance of an update…, I would be very grateful'
        "offer-notice/b3-controls-engineer-update-subject.eml",
        "offer-notice/b3-game-designer-gonna-by-tomorrow.txt",  # 'Can't wait to hear back!!!'
        # 'Please confirm whether I am still under consideration' beside an urgent demand.
        "status-inquiry/b2-procurement-time-essence.eml",
        "status-inquiry/claims-adjuster-too-short.txt",  # 'Has a decision been made yet?'
        # 'If it would be useful, I'm happy to offer a short writing sample'
        "thank-you/b5a-senior-consultant-long-rewarding-clean.txt",
        # 'If a sample coaching-cycle plan would be useful, I would be happy to put one together.'
        "thank-you/b5a-instructional-coach-no-frontmatter-clean.txt",
        # 'Give me a ring if you need my CISRS card number or a reference.'
        "thank-you/b5c-advanced-scaffolder-leeds-met-on-site.txt",
        # 'I'd welcome an update whenever you have a moment'
        "status-inquiry/b5c-chef-de-partie-galway-offer-second-shift.txt",
    ],
)
def test_corpus_notes_with_a_polite_close(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("call-to-action") == ()


# -- inline --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I look forward to hearing from you.",
        "I'm looking forward to your decision.",
        "I hope to hear from you soon.",
        "Hope to talk soon!",
        "Talk soon.",
        "Please let me know if you need anything else.",
        "If there's anything else you need from me, just let me know.",
        "I would be happy to provide references.",
        "I can send my portfolio if that would help.",
        "I can provide references from my last two employers.",
        "If you need anything else, I'll send it right over.",
        "Please do not hesitate to contact me.",
        "Please feel free to get in touch if you have any questions.",
        "Should you need further details, please contact me.",
        "Could you let me know the expected timeline?",
        "What are the next steps in the process?",
        "Is there any update on the position?",
        "Would it be possible to get an update on the timeline?",
        "I hope our paths cross again.",
        "Let's keep in touch.",
        "Please keep me in mind for future openings.",
        "Please consider me for any future roles.",
        "I hope to be considered for the role.",
        "I would welcome the opportunity to discuss this further.",
        "I'd be glad to come in for another conversation.",
        "I remain available for a follow-up call.",
        "I am happy to answer any other questions.",
        "I would be grateful for any feedback you can share.",
        "Any feedback would be greatly appreciated.",
        "I was wondering whether you have an update on the timeline.",
        "Please keep me updated on your decision.",
        "I await your reply.",
        "I hope you will consider me for future openings.",
        # subjectless fragments, where the tagger reads the first word as a name
        "Keen to hear how it goes!",
        "Eager to hear your thoughts.",
        # a wh-question in 'wondering'
        "Just wondering where things stand with the process.",
        "I was wondering what the next steps might be.",
        # 'glad of' and 'happy for' as hedged requests
        "I would be glad of any feedback on my interview.",
        "I'd be happy for any pointers on the timeline.",
        # watching for the reply
        "I will keep an eye on my inbox for your decision.",
        "I'll keep an eye out for your email.",
        # an inverted conditional after a polite imperative
        "Please do not hesitate to contact me should you need my certificates.",
        "Kindly reach me should you require any further documents.",
        # an offer where the parser reads the infinitive as a preposition
        "Should it help, I would be glad to forward the report we discussed.",
        # any offer made on the reader's need, whatever its verb
        "If it would be useful, I'm happy to offer a short writing sample.",
        "Should it be helpful, I can put together a short plan.",
        "I'd be happy to do a second trial shift if it would help you decide.",
        "Shout if you need anything else from me.",
        # light verbs of contact, and requests to be kept informed
        "Give me a ring if you have any questions.",
        "Drop me a line whenever suits.",
        "Do keep me posted on the next steps.",
        # hedged requests with 'welcome' or 'value'
        "I'd welcome an update whenever you have a moment.",
        "I would value any feedback on my interview.",
        # hoping to meet the reader again
        "I hope we get the chance to work together in the future.",
        "I hope we cross paths again.",
        "Hoping to see you again soon.",
        "I'd love to stay connected.",
    ],
)
def test_polite_forward_looking_closes(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        ("I remain very interested in the role.", "missing"),
        ("I would welcome the chance to contribute to your team.", "missing"),
        ("I would be glad to join the team.", "missing"),
        ("I can start immediately.", "missing"),
        ("I can provide strong leadership to your team.", "missing"),  # a claim, not an offer
        ("I will provide excellent care to your patients.", "missing"),
        ("I was happy to share my portfolio during the interview.", "missing"),  # the past
        ("I enjoyed discussing the roadmap with you.", "missing"),
        ("Thank you for letting me know the outcome.", "missing"),
        ("You said you would let me know by Friday.", "missing"),  # reported
        ("I have been waiting for you to contact me for weeks.", "missing"),
        ("I am grateful for your time.", "missing"),
        ("I don't know what the next steps are.", "missing"),
        ("Why has nobody answered my emails?", "missing"),
        ("Please pass my thanks to the team.", "missing"),
        ("Thank you for considering me for the role.", "missing"),
        ("Why haven't I heard back yet?", "missing"),  # a complaint, not a question
        ("I wondered where the office was.", "missing"),  # past, no request
        ("I was glad of the chance to meet the team.", "missing"),  # past, no topic
        ("You said you would keep me in the loop.", "missing"),
        # a condition on the reader's need, but nothing offered
        ("If you need someone reliable, I would be a great fit.", "missing"),
        ("If you needed anything, I would have sent it.", "missing"),  # a missed chance
        ("If you decide to go with someone else, I will understand.", "missing"),
        ("Thank you for keeping me posted.", "missing"),
        # hopes about others, or about the past
        ("I hope you meet your targets this quarter.", "missing"),
        ("I hoped to work with you, but it was not to be.", "missing"),
        ("I need an answer by Friday.", "demand"),
        ("Please respond ASAP.", "demand"),
    ],
)
def test_no_polite_close(linter: Linter, sentence: str, entry: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [(entry, f"{OPENING} {sentence}")]


def test_a_looking_forward_closing_line_counts(linter: Linter) -> None:
    text = f"Dear Sarah,\n\n{OPENING}\n\nLooking forward to hearing from you,\nJordan Lee\n"
    _, report = lint_text(linter, text)
    assert report.by_rule("call-to-action") == ()


# -- polite closes in other words (round 2: categories, not phrasings) -----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a request hedged on what the reader can do, thanked for in advance
        "If you are able to give me a sense of when the committee expects to conclude, I would "
        "be grateful.",
        "Should you find a moment to share where things stand, I would be much obliged.",
        "If you get a chance to say roughly when you expect to decide, it would help me plan.",
        "If you have time to give me a rough idea of the timing, I'd really appreciate it.",
        "If you are in a position to indicate a date, I should be most thankful.",
        # the writer at the reader's disposal, now
        "I remain at your entire disposal for any complementary information.",
        "I stay at your full disposal should you require anything further.",
        "I am entirely at your service for any clarification.",
        # hoping for the reader's reply, named by a noun
        "I hope for a positive answer.",
        "Hoping for good news soon!",
        "In the hope of a favourable reply, I thank you for your attention.",
        "In anticipation of your kind response, I remain yours faithfully.",
        "I am praying for a positive response from the panel.",
        "Until then, I'll keep my fingers crossed for good news.",
        "Thanking you in anticipation.",
        "Thanks in advance for any update you can share.",
        # wanting to learn what the reader decides
        "I am eager to learn about the next steps.",
        "It would be great to hear how the panel's deliberations go.",
        # a conversation offered, or the writer around if the reader wishes
        "I'd be thrilled to jump on a call whenever suits you.",
        "I would love a short call to go over the case study.",
        "I'm around all week if you'd like to chat further.",
        "Should you wish to discuss anything further, I am reachable on 07700 900123.",
        "Do tell me if there is anything else you need from me.",
        # meeting the reader again, 'we' on the verb between
        "I hope we will have the opportunity to talk again.",
        # a reference offered on the reader's need, whoever gives it
        "If you need a reference, my former manager can vouch for me.",
    ],
)
def test_polite_closes_in_other_words(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # conditions that look back, press, or are not about the reader's ability
        "If you had called me back, I would have been grateful.",
        "If you choose another candidate, I would be disappointed.",
        "If you are able to match the offer, I would accept it.",
        "I would be grateful to work for such a company.",
        # availability and hope in the past, or for something else
        "I was at your disposal for three weeks and nobody called.",
        "I hoped for a positive answer.",
        "I had hoped for better news.",
        "I hope for the team's sake that the launch goes well.",
        "I hope we meet our targets.",
        # reports and topics, not wanting to learn the outcome
        "I was eager to learn about the team.",
        "I'm keen to learn new tools quickly.",
        "It would be great to get the job.",
        "I am asked to send my documents by Friday.",
        # conversations had, not offered
        "I was glad about our call yesterday.",
        "I'm pleased with our conversation.",
        "I enjoyed the call with your team.",
        # interest, goodwill and statements about the writer close nothing
        "I can be reached by phone throughout the holiday week.",
        "I sincerely wish your team continued success.",
        "It will be an honour for me to serve the patients of your hospital.",
        "If there's a spot on the platform team next summer, count me in.",
        "I would still be interested in a future chair at Kingsbridge.",
        "I'm available to start on Monday.",
    ],
)
def test_near_misses_in_other_words(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("missing", f"{OPENING} {sentence}")]


@pytest.mark.parametrize(
    "name",
    [
        # 'If you are able to give me a sense of when the committee expects to conclude, I would
        # be grateful.'
        "status-inquiry/b6b-coo-nominations-committee-fortnight.txt",
        # 'I remain at your entire disposal for any complementary information, and I hope for a
        # positive answer.'
        "thank-you/b6c-trade-facilitation-officer-lome-single-window.txt",
    ],
)
def test_polite_closes_in_the_words_of_other_writers(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("call-to-action") == ()


# -- round 3: lenient, any polite turn toward a future contact with the reader ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        # British
        "Do give me a shout if anything else would be useful.",
        "I'd be more than happy to pop in again for a chat.",
        "Speak soon, and thanks again.",
        "I shall look out for your email in due course.",
        # Indian
        "Kindly revert with the next steps at your convenience.",
        "Awaiting your positive reply.",
        "Please do the needful and update me on the status of my candidature.",
        "I shall be highly obliged if you could share the result with me.",
        # Nigerian
        "I am optimistic of a favourable response from you.",
        "Trusting to hear from you soon.",
        "I remain hopeful of a positive outcome and I am available for any further clarification.",
        # Australian
        "Give us a bell if you need anything else.",
        "Happy to have another yarn whenever suits.",
        "Catch you soon, hopefully.",
        # terse, phone
        "Any news?",
        "Lmk re next steps.",
        "Call me anytime.",
        # very formal, academic
        "I would welcome any indication of the committee's likely timetable.",
        "Should the panel require further information regarding my publications, I would be "
        "pleased to provide it.",
        "I remain at your disposal for any further information you may require.",
        "Please accept my thanks in advance for any guidance you can offer.",
        "I'm more than willing to come back for a practical assessment.",
        # trades
        "If you need to see my tickets, just say the word and I'll bring them in.",
        "I can come by the yard any day next week if you want another look at my welding.",
        "Ring me on the mobile if the start date firms up.",
        # non-native phrasing
        "I am waiting your answer with impatience.",
        "I hope to receive good news from your side soon.",
        "Please, inform me about the decision when it is possible.",
        "I will be very happy to meet you again.",
        # keeping the door open after a rejection
        "Please keep my details on file for future vacancies.",
        "I would love to be considered should another opening come up.",
        "I hope we'll cross paths again before long.",
        "Do keep me in mind if anything else comes up.",
        # questions, feedback, following up
        "Would you be able to share a rough timeline for the decision?",
        "I'd love to hear your thoughts on the sample I sent.",
        "Your feedback would mean a great deal to me.",
        "I'll follow up next week if that suits you.",
        "I will be in touch next week to see how things are progressing.",
    ],
)
def test_any_polite_turn_toward_the_reader_is_a_close(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # wanting the job is interest, not a contact
        "I would love to bring my energy to your team.",
        "I am very keen on the role and would fit in well.",
        "I'd be proud to wear the company uniform.",
        "It would be a privilege to serve your patients.",
        "Hope to be part of the team soon!",
        "I can start on Monday and work any shift.",
        "I would relish the opportunity to manage the night crew.",
        "I would welcome the chance to grow with the company.",
        # good wishes
        "Wishing you and the team all the best for the busy season.",
        "Good luck with the rest of the interviews.",
        "I wish the department every success with the reorganisation.",
        # the past, reported or remembered
        "I was told I would hear back within a week.",
        "You mentioned you would call me by Friday.",
        "I had hoped to discuss the salary at the interview.",
        "I looked forward to our meeting all week.",
        "We discussed my references at length during the interview.",
        "I will always remember our conversation about the bakery.",
        # news told now, and statements about the writer
        "I would like to inform you that I have accepted another offer.",
        "I should mention that I have also applied elsewhere.",
        "I will be on leave from the 3rd to the 10th.",
        "I can answer phones and manage a busy diary.",
        # thanks for what is done, and refusals
        "I really appreciated the time you gave me after the call.",
        "Thank you for the chance to discuss the role.",
        "I will not be able to attend a second interview.",
        "I can't wait to start.",  # eager for the job, not for a reply
    ],
)
def test_near_misses_that_close_nothing(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("missing", f"{OPENING} {sentence}")]


# -- round 4: closes in more shapes, and what only looks like one ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a fronted topic before an imperative
        "Any questions, just give me a bell.",
        "Anything else you need, just say the word.",
        "Any queries at all, do drop me a line.",
        # the reader's open-ended need, in a relative clause or a passive condition
        "I shall be glad to furnish any additional particulars you may require.",
        "I remain contactable on the number below should anything further be required.",
        "I'm happy to pull together any figures you might want.",
        # a calling verb with no object
        "I can be reached on 0412 555 123 any time, so please ring if anything is unclear.",
        "Please phone whenever suits.",
        # verbless hopes and participle closes
        "Fingers crossed I hear good news soon.",
        "Expecting your positive response.",
        "Pending your reply, I remain yours faithfully.",
        "Keen to hear your thoughts when you've had a chance to reflect.",
        "Eager to hear how the panel got on.",
        # a request to acknowledge, help or thanks to come, an inverted condition
        "Kindly acknowledge receipt of this mail.",
        "Any update would be a great help, if at all feasible.",
        "Were it possible to have some indication of timing, I'd be ever so thankful.",
        "Should there be any news, I would be most obliged to hear it.",
    ],
)
def test_closes_in_more_shapes(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # material enclosed now, not offered
        "Please find my references attached.",
        "Kindly see the enclosed portfolio.",
        "Please find attached my updated CV.",
        # the past, in a perfect
        "Happy to have met you all.",
        "Delighted to have had the chance to speak with the wider team.",
        # watching from afar
        "I will be following your company's progress with interest.",
        "I'll be watching the launch closely.",
        # telling someone else, or a need of the writer's
        "I will let my current manager know once I have an offer.",
        "I am happy to relocate if needed.",
        "I would bring the experience you need.",
        # hopes with no contact in them
        "Fingers crossed the weather holds for your team day.",
        "Keen observers of the sector will know your brand.",
    ],
)
def test_what_only_looks_like_a_close(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("missing", f"{OPENING} {sentence}")]


# -- round 5: meeting again, hypothetical requests, offers on the reader's wish --------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope we can meet another time.",
        "Perhaps we will see each other another day.",
        "If you were able to spare a few minutes for feedback, I would value it.",
        "If you were to share any feedback, I would be most grateful.",
        "If you want to talk before then, my mobile is 07700 900123.",
        "Should you wish to speak further, my number is below.",
    ],
)
def test_round_five_closes(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Please excuse me if this sounds a little like talking.",
        "Kindly forgive the length of this reply.",
        "If I may, I should like to expand on my answer about the budget.",
        "I would be genuinely pleased to contribute to the repair programme.",
        "That is all I wanted to add.",
        "We met another time at a trade fair.",
    ],
)
def test_round_five_near_misses(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("missing", f"{OPENING} {sentence}")]


# -- offers of a hand, and farewells that point ahead -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Happy to walk Joanne through the covenant model before your board on the 20th.",
        "I would be glad to show you the prototype.",
        "Happy to pick up the phone before then if easier.",
        "Talk soon,",
        "Speak again shortly.",
        # idioms that leave the door open
        "If the regional role you mentioned ever comes up, you know where I am.",
        "Thanks also for the offer of feedback; I'll take you up on that.",
        # the things sent, not people: 'them'
        "I've typed up the routes and can send them over if you'd like them.",
    ],
)
def test_an_offer_to_someone_or_a_farewell_pointing_ahead(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I was happy to walk Joanne through it.",  # the past
        "She is happy to introduce you to the team.",  # someone else's offer
        "I can answer phones and manage a busy diary.",  # a skill, not an offer
        "We talked again later about the rota.",  # a report, with a subject
        "You know where the stores are, so I will not repeat it.",  # a place, not the writer
        # contact with someone else, contact as a means, telling as seeing
        "Say hello to Michelle in the lab for me, and tell her the scones are still owed.",
        "I'm sure your collectors will be delighted to explain to her what a provenance is.",
        "I'd start by talking to the five accounts that churned after the price change.",
        "I could tell straight away which two were going to be hard work.",
    ],
)
def test_what_only_resembles_an_offer_or_a_farewell(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("missing", f"{OPENING} {sentence}")]


# -- round six: offers put as questions, details left with the reader, asking whether ------


@pytest.mark.parametrize(
    "sentence",
    [
        # asking whether something would help offers it
        "Would it help if I sent over the rota template I use?",
        "Would a copy of my forklift licence be useful?",
        "If it would be any use, I can have the references over to you by Monday.",
        # whatever the writer offers to do on the reader's need
        "I'm happy to redo the task in Excel if that's more useful for you.",
        "If my certificates need checking, I can bring the originals in.",
        # the writer's details left with the reader, the writer by the phone
        "If the new starter doesn't work out, you've got my number.",
        "You have my email if anything changes.",
        "I'm generally near the phone after five.",
        # asking whether, politely in the past progressive too
        "Just checking in to see whether there's any news on the role.",
        "I was wondering if there's been any movement on the vacancy.",
        "Any idea when the panel will meet again?",
        # awaiting, thanks ahead, farewells and idioms in other words
        "Standing by for your update.",
        "Keeping an eye out for your email.",
        "Cheers in advance for any news.",
        "Thanks ahead of time for keeping me posted.",
        "Looking fwd to next steps.",
        "Talk Monday!",
        "I await your further correspondence.",
        "Hopefully we'll bump into each other at the next trade show.",
        "Don't be a stranger if another vacancy comes up.",
        "If anything else comes up on the plumbing side, just say the word.",
        "Should you need a referee from my teaching days, they are yours for the asking.",
        "If anything opens up in the spring, I'd be glad to throw my hat in the ring again.",
        # a time in a question or a hope, and a follow-up promised: no demand
        "I'll be in touch next week if I haven't heard anything.",
        "Is it still looking like a decision by the end of the month?",
        "Hoping to hear some news before half term.",
    ],
)
def test_round_six_closes(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll ask my union rep whether the rate is standard.",  # someone else is asked
        "I'll check with my landlord whether I can move earlier.",
        "I wondered if it would rain on the day.",  # the past, no request
        "You had my number all along.",  # the past
        "I was near the phone all afternoon.",
        "Would I need my own tools?",  # the writer's own question
        "Wouldn't it be useful to have a shared calendar?",  # an opinion, negated
        "I was glad to do the practical test again.",  # the past
        "The choice is yours, of course.",  # nothing offered
    ],
)
def test_round_six_near_misses(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("missing", f"{OPENING} {sentence}")]


@pytest.mark.parametrize(
    "name",
    [
        # 'Would it be useful if I sent over…?'
        "thank-you/b14a-social-media-coordinator-shy-grad-calendar-question.txt",
        # 'If it would be any use…, I can have it over to you'
        "status-inquiry/b14a-school-librarian-fortnight-ago-monday.txt",
        # 'you've got my number'
        "rejection-reply/b14a-finish-carpenter-its-a-shame-portfolio-guy.txt",
        "thank-you/b13b-herd-manager-heifer-barn-no-context.txt",  # 'near the phone after six'
    ],
)
def test_corpus_closes_found_in_round_six(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I can bring the originals down to the depot whenever suits.",  # on the reader's call
        "I could drop my tickets round at any time.",
        "If anything needs talking through before then, I'm all ears.",
        "Any more info you need, just shout.",  # the reader's need, in a relative clause
    ],
)
def test_offers_on_the_readers_time_and_open_ears(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I brought the originals to every interview whenever I could.",  # the past
        "I would be absolutely crushed to lose this chance over timing.",  # a feeling
        "After years as the person who receives the files, I'd love to be the one who plans.",
    ],
)
def test_feelings_habits_and_descriptions_close_nothing(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("missing", f"{OPENING} {sentence}")]


@pytest.mark.parametrize(
    "name",
    [
        "thank-you/b16a-scaffolder-site-supervisor-toolbox-talk.eml",  # 'whenever suits'
        "offer-notice/b16b-council-finance-management-accountant-all-ears.md",
    ],
)
def test_corpus_closes_found_in_round_sixteen(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "So, is the role still going, or has it gone back on the shelf?",  # the job's state
        "The take-home repo is still public if anyone wants to poke at it.",  # open on need
    ],
)
def test_round_seventeen_closes(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Mind, I'd want my level four sorted in the first year.",  # an aside, not 'in mind'
        "Thanks for being so easy to talk to.",  # the reader described
        "I would be delighted to bring that to Marchbank as your negotiator.",  # the job
        "I'd hoped this would be the step up.",  # a past hope
        "What does the role involve day to day?",  # not its state
    ],
)
def test_round_seventeen_near_misses(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("missing", f"{OPENING} {sentence}")]


@pytest.mark.parametrize(
    "sentence",
    [
        # what someone else can do is no offer from the writer
        "The patients deserve someone who can explain the charity care forms from memory.",
        # the same task done again is no return to the reader
        "I've used Paragon before at a previous job and I'd be glad to do it again.",
    ],
)
def test_round_eighteen_near_misses(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("missing", f"{OPENING} {sentence}")]


@pytest.mark.parametrize(
    "sentence",
    [
        "If there is anything I can send you, please let me know.",  # the writer sends it
        "I'd be glad to throw my hat in the ring again.",  # back in touch
    ],
)
def test_round_eighteen_closes(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


def test_feedback_taken_gratefully_is_a_close(linter: Linter) -> None:
    # "If you did have any feedback on the writing test, I'd take it gratefully."
    _, report = lint_corpus(linter, "rejection-reply/b20b-ux-writer-overdraft-brunch-pun.md")
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "If anything opens up for the spring term, please think of me.",  # kept in mind
        "I'm reachable on this number anytime.",  # how to be reached
        "Reachable on Slack or email, whichever's easier.",
        "Call or text, whatever's easier.",  # a calling verb read as a noun
        "Just holler if you need copies of my licenses.",
        "I'll be around all week, so call whenever suits.",
        "I'd really appreciate a heads-up either way.",  # a hyphenated word of contact
        "Hope we get to speak again before long.",  # a hope put first, as an aside
        "Until we speak again,",  # the farewell is the clause itself
        "Until I hear from you, best regards,",
        "How are things looking on your side?",
        "I would be grateful to learn whether the shortlist has been finalised.",
        "I write to enquire, respectfully, whether the recruitment process has concluded.",
        "Rest assured I look forward to your esteemed reply.",
        "I can forward my DBS certificate straight away if needed.",  # 'forward' with a modal
        "I hope we can keep in contact, it was really a pleasure.",  # a comma splice
    ],
)
def test_closes_the_writers_files_taught(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I was not reachable last week.",  # the past, negated
        "The depot is reachable by the back road.",  # a place, not the writer
        "I would think of us as a good match.",  # the writer's own view
        "Calls were never returned.",  # no imperative
        "Hopefully the interviews went well.",  # a hope about the past
        "I think of you often.",
    ],
)
def test_what_only_resembles_those_closes(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("missing", f"{OPENING} {sentence}")]


def test_standing_by_alone_is_a_close(linter: Linter) -> None:
    # '... Thanks for your time. Standing by.'
    _, report = lint_corpus(
        linter, "status-inquiry/b21b-transportation-supervisor-loma-alta-hazmat.txt"
    )
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'I'd rather hear that now than find out six months into the job': a preference
        "rejection-reply/b21a-research-ops-lead-halyard-form-email.txt",
        # 'Their is a lot I can bring to this job': what the writer brings to the job
        "thank-you/b21b-inventory-control-lead-cielo-tuesday.eml",
    ],
)
def test_round_twenty_one_notes_without_a_close(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert [f.entry for f in report.by_rule("call-to-action")] == ["missing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I stood by.",  # the past
        "The team is standing by.",  # someone else
        "I'd rather hear that now than find out six months into the job.",
    ],
)
def test_what_only_resembles_standing_by(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("missing", f"{OPENING} {sentence}")]


def test_thanks_in_welsh_for_news_told_so_kindly_is_no_close(linter: Linter) -> None:
    # 'Diolch again for letting me know so kindly, and all the best to you all with the new
    # appointment.': thanks for what was done, and 'so kindly' is a manner, not a request
    _, report = lint_corpus(linter, "rejection-reply/b22a-operations-manager-bae-gwyn-ladder.txt")
    assert [f.entry for f in report.by_rule("call-to-action")] == ["missing"]


@pytest.mark.parametrize("sentence", ["Kindly let me know.", "Please let me know."])
def test_kindly_and_please_before_the_verb_still_ask(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


def test_the_writer_weighing_a_future_opening_is_no_close(linter: Linter) -> None:
    # 'I hold the firm in high regard and would consider a future opening in the trial group,
    # should one arise.' then good wishes only
    _, report = lint_corpus(
        linter, "rejection-reply/b24b-trial-paralegal-lindqvist-marr-dunmore.txt"
    )
    assert [f.entry for f in report.by_rule("call-to-action")] == ["missing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope you will consider me for future openings.",
        "I would welcome being considered for a future vacancy, should one arise.",
        "I'm around all week, so do call me whenever suits.",
    ],
)
def test_the_reader_considering_the_writer_still_closes(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


def test_a_call_after_so_opens_a_clause_of_its_own(linter: Linter) -> None:
    # "It'd be a grand job altogether if we could get it sorted before then, so give us a
    # shout on the mobile."
    sentence = "It would be great to get it sorted before then, so give us a shout on the mobile."
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'I wish you and the department well in the new financial year. God bless,': wishes only
        "rejection-reply/b25a-lead-oncology-pharmacist-medlock-vale-protocols.txt",
        # 'tell Iain thanks for the wee coffee': thanks passed on to someone else
        "thank-you/b25a-sre-clydeforge-failover-whiteboard.txt",
        # 'I trust that the company has considered how the file will be prepared': a question
        # reported under a done deed, not one put to the reader
        "rejection-reply/b25b-assistant-controller-lynwood-consolidation.txt",
    ],
)
def test_round_twenty_five_notes_without_a_close(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert [f.entry for f in report.by_rule("call-to-action")] == ["missing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please be informed that I acknowledge receipt of your decision.",
        "This is the way I would prepare for a clinical examination.",
        "Please tell Iain thanks for the coffee.",
    ],
)
def test_notices_manners_and_thanks_passed_on_are_no_close(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("missing", f"{OPENING} {sentence}")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please note that I can send my references whenever you need them.",
        "Please let me know how the next steps will look.",
        "I wonder how the next stage will be arranged.",
        "Tell me more about the rota whenever suits.",
        "Please give me a call whenever suits.",
    ],
)
def test_what_only_resembles_a_notice_still_closes(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'References and DD-214 available on request.'
        "thank-you/b26b-plant-operations-manager-green-belt.txt",
        # 'References and performance reports on request.'
        "thank-you/b26b-regional-operations-manager-laredo-dwell.md",
    ],
)
def test_references_on_request_close_a_note(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("call-to-action") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "References available on request.",
        "Transcripts can be provided upon request.",
        "Happy to jump on the phone if that's quicker.",
    ],
)
def test_offers_without_a_verb_of_contact(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("call-to-action") == ()


def test_what_the_hire_will_do_and_the_readers_quoted_words_are_no_close(
    linter: Linter,
) -> None:
    # 'I just hope the person you chose is also comfortable talking with real users', and
    # 'you needed someone who "can start producing insights from day one", as you wrote.'
    _, report = lint_corpus(linter, "rejection-reply/b26b-ux-researcher-nordvik-dashboards.eml")
    assert [f.entry for f in report.by_rule("call-to-action")] == ["missing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I sent the transcripts on your request.",
        "We spoke on the phone on Tuesday.",
        "I hope the successful candidate will call on me if they need a handover.",
    ],
)
def test_requests_made_calls_past_and_the_hires_contacts(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("missing", f"{OPENING} {sentence}")]


def test_a_word_of_contact_in_the_writers_own_record_is_no_close(linter: Linter) -> None:
    # ends on thanks; 'my experience with people, rotas and difficult conversations would be
    # useful for the Council' is what she brings, not a next contact
    _, report = lint_corpus(linter, "thank-you/b27b-people-advisor-lickey-vale-panel.eml")
    assert report.by_rule("call-to-action")


@pytest.mark.parametrize(
    ("sentence", "closes"),
    [
        ("Chat soon, chur.", True),
        ("Abraço, and we talk soon!", True),
        ("We spoke soon after the interview.", False),
    ],
)
def test_a_farewell_that_looks_to_the_next_talk(
    linter: Linter, sentence: str, closes: bool
) -> None:
    _, report = lint_text(linter, wrap_letter("Thanks for Tuesday and the tour. " + sentence))
    assert (report.by_rule("call-to-action") == ()) is closes


@pytest.mark.parametrize(
    ("sentence", "closes"),
    [
        (
            "If the drift logs still puzzle anyone next week, I am happy to have a look at them.",
            True,
        ),
        ("I am happy to help with the handover.", True),
        ("If the team grows next year, kindly keep my name on the list.", True),
        ("Please take my name off the list.", False),
        ("I was happy to help with the handover last year.", False),
    ],
)
def test_help_offered_and_a_name_kept_on_a_list(
    linter: Linter, sentence: str, closes: bool
) -> None:
    _, report = lint_text(linter, wrap_letter("Thanks for Tuesday and the tour. " + sentence))
    assert (report.by_rule("call-to-action") == ()) is closes
