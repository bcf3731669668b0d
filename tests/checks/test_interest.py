"""Rule `interest`: the note should restate the writer's interest in the role or the company."""

from __future__ import annotations

import pytest

from followup_lint import Context, Linter, ParsedDraft, Report, Severity, parse_draft
from tests.checks.helpers import (
    ACME_THANK_YOU,
    analyst_letter,
    entries_and_texts,
    lint_corpus,
    lint_text,
)
from tests.checks.helpers import ANALYST_OPENING as OPENING

MESSAGE = (
    "Nothing restates your interest in the role or the company; add a sentence that says you "
    "still want the job."
)
SUGGEST = ("I remain very interested in the role and would welcome the chance to join your team.",)


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str]]:
    """Each interest finding as (entry, source text)."""
    return entries_and_texts(draft, report, "interest")


def lint_sentence(linter: Linter, sentence: str) -> tuple[ParsedDraft, Report]:
    return lint_text(linter, analyst_letter(sentence), ACME_THANK_YOU)


# -- fires ---------------------------------------------------------------------------------


def test_a_terse_note_that_never_restates_interest(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/sr-accountant-earlier-today.txt")
    (finding,) = report.by_rule("interest")
    assert finding.severity is Severity.WARNING
    assert finding.category.value == "content"
    assert finding.message == MESSAGE
    assert finding.suggestions == SUGGEST
    # anchored at the first body sentence
    assert located(draft, report) == [
        ("missing", "Thank you for meeting with me earlier today about the Sr. Accountant opening.")
    ]
    assert (finding.span.line, finding.span.column) == (11, 1)


def test_a_friendly_engineers_note_of_corrections_that_never_says_it_wants_the_job(
    linter: Linter,
) -> None:
    # 'I wanted to correct that so it doesn't skew your notes': the note's purpose, not a wish
    _, report = lint_corpus(linter, "thank-you/b11a-ml-engineer-panel-two-corrections.txt")
    assert [f.entry for f in report.by_rule("interest")] == ["missing"]


@pytest.mark.parametrize(
    ("name", "first_sentence"),
    [
        # 'I believe that experience would let me contribute quickly': fit, not interest.
        (
            "thank-you/credit-risk-analyst-mr-chan.eml",
            "Thank you for meeting with me yesterday to discuss the Credit Risk Analyst position "
            "at Harbour Trust Bank.",
        ),
        # 'Our discussion about automating soil respiration measurements was particularly
        # interesting to me': interest in a topic.
        (
            "thank-you/soil-research-decision-date-only.txt",
            "Thank you for the opportunity to interview for the Research Associate position at "
            "the Greenfield Institute for Soil Science.",
        ),
        # 'I was particularly interested in the plan to move alerting ...': a plan, not the job.
        (
            "thank-you/b2-sre-greets-recruiter.eml",
            "Thank you for yesterday's interview for the Site Reliability Engineer position, and "
            "for arranging the schedule so smoothly.",
        ),
        # 'ready to learn on the job': readiness.
        (
            "thank-you/electrician-apprentice-hey-mike.txt",
            "Thanks for showing me around the job site this morning and for talking me through "
            "the Electrical Apprentice position.",
        ),
        # 'I remain keen to hear how things are progressing': keen on news, not on the job.
        (
            "status-inquiry/b2-hello-no-role-no-date-no-frontmatter.txt",
            "I hope this finds you well.",
        ),
        # 'Please, I really need this job': need is desperation, not interest.
        (
            "status-inquiry/b3-delivery-driver-begging-short.txt",
            "Still nothing on the Delivery Driver job??",
        ),
    ],
)
def test_fit_readiness_topics_and_need_are_not_interest(
    linter: Linter, name: str, first_sentence: str
) -> None:
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [("missing", first_sentence)]


def test_an_offer_notice_is_told_to_say_the_employer_is_still_first_choice(
    linter: Linter,
) -> None:
    draft, report = lint_corpus(linter, "offer-notice/b3-site-manager-mr-price-deadline-thrice.txt")
    (finding,) = report.by_rule("interest")
    assert finding.suggestions == (
        "Thornbury Homes remains my first choice, and I would much rather join your team.",
    )
    assert located(draft, report) == [
        ("missing", "Thank you for meeting me last Thursday about the Site Manager vacancy.")
    ]


def test_a_rejection_reply_is_told_to_ask_about_future_openings(linter: Linter) -> None:
    _, report = lint_corpus(linter, "rejection-reply/b3-content-strategist-bitter-no-thanks.txt")
    (finding,) = report.by_rule("interest")
    assert finding.suggestions == (
        "I remain very interested in Bellweather Digital, so please keep me in mind for future "
        "openings.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I believe I would be a good fit for the role.",
        "I am ready to learn and available to start on Monday.",
        "I was interested in the forecasting model you described.",
        "I really need this job.",
        "I would be glad to send my references.",
        "I look forward to hearing from you about the role.",
        "I wanted to follow up on the position.",
        "I enjoyed learning about the role and the company.",
        "I was excited when you called.",
        "I am confident that I can do this job well.",
    ],
)
def test_inline_sentences_that_are_not_interest(linter: Linter, sentence: str) -> None:
    draft, report = lint_sentence(linter, sentence)
    assert located(draft, report) == [("missing", OPENING.strip())]


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # 'I remain very interested in the role.'
        "status-inquiry/medical-receptionist-start-asap.md",
        # 'I am still interested.' (bare, present tense)
        "status-inquiry/emergency-dispatcher-terse-no-thanks.txt",
        # 'I remain very interested in joining the team at Mercy Valley Hospital.'
        "status-inquiry/registered-nurse-timeline-question.txt",
        # 'I would be excited to tackle similar problems with your team.'
        "thank-you/data-analyst-dear-sara.txt",
        # 'I would love the chance to join your kitchen and keep learning from you.'
        "thank-you/kitchen-trial-no-frontmatter-no-title.txt",
        # 'I'd love to keep learning from you and the rest of the studio'
        "thank-you/b2-ux-ui-designer-lowkey-vibe.txt",
        # 'I left our conversation super excited about the school's reading workshop model'
        "thank-you/fourth-grade-teacher-panel-super-excited.txt",
        # 'I would welcome the chance to discuss how I could support the lab's move ...'
        "thank-you/b3-lab-manager-project-slot-long-sentence.txt",
        # 'Meridian Ledger is still where I can picture myself doing my best work.'
        "status-inquiry/b5a-product-analyst-offer-on-table.txt",
        # 'your team's way of working ..., and I would really love to be part of it.'
        "status-inquiry/b5b-ux-writer-sao-paulo-colleagues.eml",
        # 'I would be very glad to begin my career in public service with Northmoor.'
        "thank-you/b5c-graduate-policy-officer-assessment-centre.md",
        # 'yours is the job I'd rather have'
        "status-inquiry/b5c-hgv-driver-left-hanging-pennine.txt",
        # 'I'd much rather be part of that.'
        "offer-notice/b5c-dental-nurse-perth-reckon-bright-smiles.txt",
        # 'I'd love the chance to do the same for you.'
        "thank-you/b5c-bar-supervisor-cork-trackies-the-other-day.txt",
    ],
)
def test_interest_in_the_role_the_team_or_the_company(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("interest") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'Tidewater remains my first choice'
        "offer-notice/b3-ux-researcher-written-offer-clean.txt",
        # 'I still think Silverline is the better fit'
        "offer-notice/b3-data-engineer-verbal-ultimatum.txt",
        # 'your sous chef vacancy looks like the right place to learn it'
        "thank-you/b2-sous-chef-fortnight.txt",
        # 'it made the backend engineer role ... feel like a very natural next step for me'
        "thank-you/b2-backend-payments-thursday-panel.md",
        # 'Cooking at Olivo has been my dream'
        "rejection-reply/b3-sous-chef-begging-grateful.txt",
    ],
)
def test_the_employer_ranked_first(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("interest") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'Please do keep me in mind for future Library Assistant or Customer Services roles'
        "rejection-reply/b3-library-assistant-re-news-hiring-manager.txt",
        # 'defintely gonna apply for the next barista opening tho'
        "rejection-reply/b3-barista-hey-lol-short.txt",
        # 'would welcome being considered for future graduate roles'
        "rejection-reply/b3-structural-engineer-subject-bath-clean.txt",
        # 'Should a position in process engineering open again next year, I would be happy to
        # apply once more.' (the parser misreads the inverted condition)
        "rejection-reply/b5b-process-engineer-dresden-could-not-offer.eml",
    ],
)
def test_after_a_rejection_future_openings_count(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("interest") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I remain very interested in the role.",
        "I'm excited about the opportunity.",
        "I would love to join the team.",
        "I would welcome the chance to contribute.",
        "Acme remains my first choice.",
        "I am eager to contribute to your projects.",
        "I want this job.",
        "I am keen to be part of Acme.",
        "I look forward to the possibility of joining your team.",
        "I'm still very keen.",
        "I would much rather join your team than any other.",
        "Please keep me in mind for future openings.",
        "I hope that I can join your team.",
    ],
)
def test_inline_restatements_of_interest(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("interest") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # accepting or choosing, said hypothetically
        "I would take this position in a heartbeat.",
        "I would gladly accept the Data Analyst role.",
        "Acme Analytics is the company I would choose if the decision were mine.",
        "The analyst opening is one I would jump at.",
        # hoping and getting to belong; the lemmatizer reads 'hoping' as 'hop'
        "I am still hoping to be part of your analytics team.",
        "I hope I get to be part of what you are building at Acme.",
        "I hope I get to join the team.",
        # pride, and a wh-clause describing the employer
        "I would be proud to take on the Data Analyst role.",
        "Your team is where I want to be.",
        "Acme Analytics feels like the place where I could grow.",
        "I would regard a role with Acme Analytics as the preferable outcome.",
        # idioms of commitment
        "If there is a place for me on the team, count me in.",
        "I'm all in on this role.",
        # a noun tied to the employer by 'at' or 'with'
        "I would love to build a career with Acme Analytics.",
        # imagining oneself there
        "I can picture myself working alongside your team.",
        "Acme is where I can see myself building a career.",
        # the job acting on the writer, or valued as a prospect
        "The position appeals to me a great deal.",
        "What draws me to Acme is its focus on data quality.",
        "It would be a privilege to join your team.",
        "Working at Acme would be a dream come true.",
        # searching, and the object of a relative clause
        "This role is exactly what I have been looking for.",
        "Yours is the job I'd rather have.",
        # 'part of it', work for the reader, a comparison, a denied comparative
        "I would really love to be part of it.",
        "I'd love the chance to do the same for you.",
        "I would love nothing more than to join your team.",
        "I couldn't be more excited about the role.",
        "I can't wait to join the team.",
        # the job ranked first for the writer
        "I left even more convinced that this is the right role for me.",
    ],
)
def test_broader_restatements_of_interest(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("interest") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I would take any feedback on board.",
        "Your team was all in on the migration.",
        "I enjoyed the time with my team at my current company.",
        "If you need another reference, I can send one.",
        "Another candidate may suit the position better.",
        "I would like to add that my availability has changed.",
        # denied interest
        "I am no longer interested in the role.",
        "I'd rather not join the team.",
        "I'm not sure this is the right role for me.",
        "The role no longer appeals to me.",
        # describing oneself, wishing others well, hoping about someone else
        "I see myself as a strong analyst.",
        "I wish you and the team every success.",
        "I hope the new hire works out well for the team.",
        # no object of the job: applying a lesson, a past search, a pleasure that was
        "I would be happy to apply what I learned.",
        "I was looking for the office for twenty minutes.",
        "It was a pleasure to meet the team.",
        "I can't wait to hear from you.",
        # the letter's purpose told in the past; 'put me down' as belittling
        "I wanted to correct that so it doesn't skew your notes.",
        "My last supervisor used to put me down in front of the team.",
    ],
)
def test_near_misses_that_are_not_interest(linter: Linter, sentence: str) -> None:
    draft, report = lint_sentence(linter, sentence)
    assert located(draft, report) == [("missing", OPENING.strip())]


@pytest.mark.parametrize(
    "sentence",
    [
        "I will keep an eye on your careers page for other openings.",
        "I'd be glad to hear about any similar roles.",
    ],
)
def test_after_a_rejection_other_openings_are_future_ones(linter: Linter, sentence: str) -> None:
    context = Context(company="Acme Analytics", kind="rejection-reply")
    _, report = lint_text(linter, analyst_letter(sentence), context)
    assert report.by_rule("interest") == ()


def test_in_an_offer_notice_another_role_is_the_other_offer(linter: Linter) -> None:
    context = Context(company="Acme Analytics", kind="offer-notice")
    draft, report = lint_text(
        linter, analyst_letter("Another company has offered me a similar role."), context
    )
    assert located(draft, report) == [("missing", OPENING.strip())]


def test_a_rejection_reply_offering_to_apply_if_another_role_opens(linter: Linter) -> None:
    text = (
        "Dear Sarah,\n\nThank you for letting me know about your decision on the Data Analyst "
        "position. If another analyst position opens up, I would apply again straight away.\n\n"
        "Best regards,\nJordan Lee\n"
    )
    context = Context(
        interviewer="Sarah Chen",
        position="Data Analyst",
        company="Acme Analytics",
        kind="rejection-reply",
    )
    report = linter.lint(parse_draft(text), context=context)
    assert report.by_rule("interest") == ()


# -- interest said in other ways (round 2: categories, not phrasings) ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # idioms of standing as a candidate, and of the heart
        "My hat is still firmly in the ring.",
        "If the role is still open, put me down as a very firm yes.",
        "You can keep my name down for the next one that comes up.",
        "The work we discussed on the textile store remains the one closest to my heart.",
        # the job in hand as 'this one', the one the writer hopes for
        "I have not taken up any other position, and this one is still the one I am hoping for.",
        # hope said by an idiom or an adverb, about the writer in the job
        "Fingers crossed I get to work with you and the team.",
        "Hopefully I'll be joining your team in the new year.",
        "With any luck, I will be working alongside you by the spring.",
        "Touch wood, I'll be part of the analytics team before long.",
        "I pray that I will be given the chance to serve at Acme Analytics.",
        "I'm really hoping this works out.",
        # joining valued, whatever the word of value
        "It would be a real satisfaction for me to join the revenue team of Acme Analytics.",
        "It would be fantastic to work alongside your analysts.",
        "Joining your team would mean the world to me.",
        "To work with your team would be a wonderful next chapter.",
        "Being part of your team would be amazing.",
        "Getting this job would be a huge step for me.",
        # a state the writer imagines being in on joining
        "I'd be over the moon to get the job.",
        "I would consider myself lucky to join such a team.",
        "I would be delighted to accept an offer.",
        # the writer's own interest as a noun, kept or restated
        "Nothing in the other offer changes the preference I expressed for Acme Analytics.",
        "I have a genuine interest in the role.",
        "The enthusiasm I feel for this position is as strong as ever.",
        "I just wanted to reiterate my enthusiasm.",
        "My interest remains as strong as ever.",
        "This news does not alter my commitment to the position.",
        # work given to the employer through a noun
        "I would be glad to build the same reputation for your operations practice.",
        "I would be honoured to put my experience at the service of Acme Analytics.",
        "I would be happy to devote my energy to the success of Acme Analytics.",
        "I hope I can be of service to your organisation.",
        "I am keen to bring my skills to your team.",
        # the job found appealing, or ranked first as a list
        "Working with your team is a prospect I find very exciting.",
        "This position remains at the top of my list.",
    ],
)
def test_interest_in_other_words(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("interest") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # hopes about someone or something else
        "Fingers crossed the weather holds for your team's offsite.",
        "Hopefully the new system will help your team.",
        "Hopefully my prep counts for something.",
        "I hope it works out for you.",
        # value said of the past, of mere possibility, or of regret
        "It was a pleasure to work with your team on the exercise.",
        "It would be possible for me to join in January.",
        "It would be easy for me to work with your team's tools.",
        "It would be a shame to miss the team offsite.",
        # ability, readiness and fit are not interest
        "I would be available to join on Monday.",
        "I'd be well placed to support your team.",
        "I think I would fit in well with the team.",
        "I am confident that this experience would help me support your team from the start.",
        # interest lost, someone else's, or in a topic
        "I have lost interest in the role.",
        "The new offer has weakened my interest in the role.",
        "Thank you for your interest in my background.",
        "I have a strong interest in machine learning.",
        # offers of material for the team, and the other offer
        "I would be glad to prepare a sample analysis for the team.",
        "I'd be happy to put together a short plan for your team.",
        "I'd be happy to share my notes with the team.",
        "I would accept the other offer.",
        "I would be happy to accept the offer from Globex.",
        "I would be on hand to support your team.",
        # the past, and a topic found appealing
        "I was lucky to work with a great team at my last job.",
        "The role sounded exciting at first.",
        "The migration project sounds exciting.",
    ],
)
def test_near_misses_in_other_words(linter: Linter, sentence: str) -> None:
    draft, report = lint_sentence(linter, sentence)
    assert located(draft, report) == [("missing", OPENING.strip())]


def test_interest_stated_only_in_a_dashed_subject_line(linter: Linter) -> None:
    # The subject is part of the note; parsed whole, 'Analyst - thank you' garbles the clause.
    text = (
        f"Subject: I'd love to be your Data Analyst - thank you for Tuesday\n\n{analyst_letter('')}"
    )
    _, report = lint_text(linter, text, ACME_THANK_YOU)
    assert report.by_rule("interest") == ()


def test_a_dashed_subject_line_without_interest(linter: Linter) -> None:
    text = f"Subject: Data Analyst interview - thank you\n\n{analyst_letter('')}"
    _, report = lint_text(linter, text, ACME_THANK_YOU)
    assert [f.entry for f in report.by_rule("interest")] == ["missing"]


@pytest.mark.parametrize(
    "name",
    [
        # 'Fingers crossed I get to work with you and the team.'
        "status-inquiry/b6a-junior-designer-opens-with-ask.eml",
        # 'It would be a real satisfaction for me to join the revenue team of Costa Turquesa'
        "thank-you/b6c-revenue-analyst-cancun-sister-brand.txt",
        # 'I would be honoured to put this experience at the service of the Autorité…'
        "thank-you/b6c-trade-facilitation-officer-lome-single-window.txt",
        # 'This information does not in any manner modify the preference that I had expressed
        # to you for Ebène Bank'
        "offer-notice/b6c-aml-compliance-officer-abidjan-dense-no-close.txt",
        # 'I would be glad to build the same reputation for Hartwell's operations practice.'
        "thank-you/b6b-management-consultant-reused-hartwell.eml",
        # Subject: 'I'd love to be your Social Media Intern - thank you for Thursday'
        "thank-you/b6a-social-media-intern-subject-line-hope.eml",
        # 'I would be honoured to sit in that dispatch chair and help keep your trucks moving'
        "thank-you/b11b-kingston-bus-driver-fleet-dispatcher.txt",
        # 'If any facilitation work comes up at Coralstone in the new year, I would be very
        # glad to be kept in mind.' (a rejection reply)
        "rejection-reply/b11b-barbados-teacher-facilitator-feedback.txt",
    ],
)
def test_interest_in_the_words_of_other_writers(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("interest") == ()


# -- round 3: a lenient rule; any positive attitude of the writer's, now or ahead -----------


@pytest.mark.parametrize(
    "sentence",
    [
        # British, Irish and Australian plain speech
        "I'd be chuffed to bits to join the crew.",
        "Honestly, I'm chuffed with how the role sounds, and I'd love a go at it.",
        "The job really speaks to me.",
        "Your way of running the site resonates with me.",
        "Reckon I'd fit right in and I'm dead keen on the job.",
        # Indian and Nigerian business English
        "I am very much desirous of joining your esteemed organisation.",
        "Kindly note my continued interest in the position.",
        "I remain hopeful of being part of your organisation.",
        "I am highly enthused about the prospect of working with Acme Analytics.",
        "I humbly hope for a favourable outcome.",
        # terse phone messages and fragments
        "Really keen on the job.",
        "Still hopeful of a place on the team.",
        "Would be proud to serve on your crew.",
        "Excited about what your team is building.",
        # formal and academic
        "I am greatly inspired by the mission of Acme Analytics.",
        "The research programme you outlined is one I would be delighted to join.",
        "I hope for a positive answer.",
        "I would be delighted to progress to the next stage.",
        # caused in the writer, or the employer's own work
        "The conversation made me even more excited about the role.",
        "I'm honestly stoked about the accessibility audit you described.",
        "I greatly admire the work your team does.",
        "I am intrigued by your plans for the new clinic.",
        "The apprenticeship is exactly what I want.",
        "I am passionate about your mission.",
        # the job judged right for the writer; a request to be considered; a trust in joining
        "I am convinced this role is right for me.",
        "Please consider me for the role.",
        "Kindly consider my application favourably.",
        "I trust I will have the opportunity to serve your company.",
        # keen to begin, keen on the next stage, keener since the interview
        "I am available and eager to start.",
        "I am enthusiastic about the next steps.",
        "I'm all the more keen after meeting the team.",
        "I look forward to your favourable response.",
    ],
)
def test_any_positive_attitude_toward_the_job_or_the_employer(
    linter: Linter, sentence: str
) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("interest") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # the past: the interview enjoyed, a topic found interesting then
        "I really liked the team.",
        "I enjoyed meeting your staff and seeing the site.",
        "I was impressed by the cool room.",
        "It was very interesting for me to hear how your team checks translations.",
        "I was glad to hear that you are expanding the clinic.",
        # thanks, fit, readiness, availability, offers of material
        "I am very grateful for the opportunity and for your time.",
        "I think I would fit in well with the team.",
        "I am happy to start whenever suits you.",
        "I would be glad to come back for a trial day.",
        "I would be happy to answer your questions.",
        "Kindly find attached my certificates for your records.",
        # news, the reader's process, the reader's words
        "I look forward to hearing about the next steps.",
        "I remain keen to hear how things are progressing.",
        "I would love your feedback on my portfolio.",
        "I would like to know whether I am still being considered.",
        "I appreciate your patience and your time.",
        # goodwill, and hopes about others
        "I wish you and your team continued success.",
        "Perhaps our paths will cross again.",
        "I hope future candidates hear back sooner.",
        # the writer's own interests and things
        "I enjoy working with data in my spare time.",
        # denied
        "I am not keen on the role any more.",
        "The job no longer speaks to me.",
        "I am not sure this role is right for me.",
        # requests and trusts about something else; the reader's conduct; a hope for speed
        "Please consider my request for feedback.",
        "Please consider me withdrawn from the process.",
        "I trust this finds you well.",
        "I admire your honesty about the decision.",
        "I greatly value your feedback.",
        "I want you to know that I have another offer.",
        "I hope for a quick answer.",
        # keener then, not now; right timing; starting paperwork
        "I was even more keen after meeting the team.",
        "The timing is right for me.",
        "I would be happy to start on the paperwork.",
        "I am keen to understand your decision.",
    ],
)
def test_near_misses_of_a_lenient_rule(linter: Linter, sentence: str) -> None:
    draft, report = lint_sentence(linter, sentence)
    assert located(draft, report) == [("missing", OPENING.strip())]


@pytest.mark.parametrize(
    "sentence",
    [
        # a warm stance held now, about anything but news, the meeting or the reader
        "I remain very keen on the project.",
        "I'd honestly rather be with you.",
        "Nothing would give me greater satisfaction than to see the next intake go smoothly.",
        "I would count it a privilege to bring the same habit to your back office.",
        "It would be a real pleasure to build that dashboard with you all.",
        "I'm still dead keen on the warehouse job, mate.",
        # a wish of the writer's own, now or ahead
        "I would love to contribute to that work.",
        "I hope to be part of it.",
        "I'd welcome the chance to keep building on what we discussed.",
        "We would relish helping the crew get the depot running.",
        # the writer's stance in an impersonal frame, pride in the deed ahead
        "It would be an honor to be the first face the guests see when they arrive.",
        "I would be proud to help the new officers get through their first month.",
    ],
)
def test_a_warm_stance_now_counts_whatever_it_is_about(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("interest") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm excited to hear from you.",
        "I am keen to know the outcome.",
        "I was really excited by the discussion.",
        "It was a pleasure to meet you.",
        "I would be honoured to receive your feedback.",
        "It would be a pleasure to speak with you again.",
        "I would like to thank you again.",
        "I want to follow up on my application.",
        "I hope this email finds you well.",
        "I wish everyone at the trust all the best with the funding round.",
        "I would love to hear from you.",
        "I hope future candidates hear back sooner.",
        "I would be proud to send you my portfolio.",
        "It was an honour to meet the team.",
        "I would be pleased to walk you through the spreadsheet.",
        # done, not wanted
        "I am honoured to have been considered.",
        "I am proud to have been shortlisted for the role.",
        # work coming up that is not an opening
        "When the work comes up for review, I can send my notes.",
    ],
)
def test_a_stance_about_news_the_meeting_or_goodwill_is_not_interest(
    linter: Linter, sentence: str
) -> None:
    draft, report = lint_sentence(linter, sentence)
    assert located(draft, report) == [("missing", OPENING.strip())]


@pytest.mark.parametrize(
    "sentence",
    [
        # a condition on an opening, whatever verb the parser makes of it, and the writer's wish
        "If the Japan market-entry role you mentioned firms up next year, I would want to be in "
        "that conversation.",
        # the writer as the newest arrival
        "I'd be thrilled to be the newest pair of hands in your edit suite.",
    ],
)
def test_a_wish_on_an_opening_and_the_writer_as_newcomer(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("interest") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "If the role you mentioned firms up next year, I will let my manager know.",
        "If the role you mentioned firms up next year, I would not want to be considered.",
        "I was thrilled to be the newest hire at my last firm.",
    ],
)
def test_what_only_resembles_a_wish_on_an_opening(linter: Linter, sentence: str) -> None:
    draft, report = lint_sentence(linter, sentence)
    assert located(draft, report) == [("missing", OPENING.strip())]


def test_a_privilege_whose_clause_leads_back_to_it_is_read_once(linter: Linter) -> None:
    # The parse makes 'to care for…' a relative clause of 'privilege' with its gap on
    # 'privilege' again; reading it must end, and it restates interest.
    sentence = "It would be a privilege to care for the residents at Rosewood Manor."
    _, report = lint_text(linter, analyst_letter(sentence))
    assert report.by_rule("interest") == ()


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        ("I would be very glad to continue my career with you as HVAC Service Engineer.", True),
        ("I would be proud to come on as your service engineer.", True),
        ("I worked as a service engineer for five years.", False),  # the past
        ("I was happy to work as an engineer at Climar.", False),
    ],
)
def test_a_wish_to_work_as_the_role_itself(linter: Linter, sentence: str, restated: bool) -> None:
    context = Context(position="HVAC Service Engineer")
    _, report = lint_text(linter, analyst_letter(sentence), context)
    assert (report.by_rule("interest") == ()) is restated


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        ("I'll be honest with you: this job means everything to me.", True),
        ("This role matters a great deal to me.", True),
        ("That means a lot to me, thank you.", False),  # thanks, not the job
        ("It means a lot to me that you called.", False),
        ("Your feedback means a lot to me.", False),  # the reader's part in the exchange
        ("The interview meant a lot to me.", False),  # the past, and the meeting
    ],
)
def test_what_the_job_means_to_the_writer(linter: Linter, sentence: str, restated: bool) -> None:
    _, report = lint_text(linter, analyst_letter(sentence))
    assert (report.by_rule("interest") == ()) is restated


def test_a_wish_in_the_past_is_regret_after_a_rejection(linter: Linter) -> None:
    # 'I will not hide that I was dissapointed, as I had prepared a lot for the interview and I
    # was hoping to work on the Nizwa road project.': nothing asks to be considered again
    _, report = lint_corpus(linter, "rejection-reply/b20b-site-engineer-muscat-wadi-crossing.txt")
    assert [f.entry for f in report.by_rule("interest")] == ["missing"]


def test_a_wish_in_the_past_is_a_polite_present_elsewhere(linter: Linter) -> None:
    # in a thank-you note 'I was hoping to' is today's wish, said politely
    _, report = lint_sentence(linter, "I was hoping to join your analytics team.")
    assert report.by_rule("interest") == ()


@pytest.mark.parametrize(
    "sentence",
    ["I'd sign on tomorrow.", "I would join without hesitation.", "I would say yes on the spot."],
)
def test_taking_the_job_at_once_said_ahead_is_interest(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("interest") == ()


@pytest.mark.parametrize(
    "sentence",
    ["I can start tomorrow.", "I would sign the form today.", "I wouldn't join tomorrow."],
)
def test_availability_and_paperwork_are_not_interest(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("interest")


@pytest.mark.parametrize(
    "sentence",
    [
        "If anything like it comes up again, you'll find me at the front of the queue, mind.",
        "Ojalá we get to work together.",  # a hope in another language
        "Inshallah I will have the chance to work with you.",
    ],
)
def test_first_in_the_queue_and_hopes_in_other_languages(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("interest") == ()


def test_an_idiom_told_of_the_past_is_not_interest(linter: Linter) -> None:
    _, report = lint_sentence(linter, "I stood at the front of the queue at the bank.")
    assert report.by_rule("interest")


def test_news_one_was_hoping_for_after_a_rejection_is_regret(linter: Linter) -> None:
    # "I'll admit it's not the news I was hoping for, but sure look, that's the way it goes."
    _, report = lint_corpus(
        linter, "rejection-reply/b24a-group-events-manager-claddagh-arms-presentation.txt"
    )
    assert report.by_rule("interest")
