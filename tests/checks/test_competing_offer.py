"""Rule `competing-offer`: every mention of another offer, graded info (a plain notice of a
written offer) or warning (verbal, vague, or used as leverage)."""

from __future__ import annotations

import pytest

from followup_lint import Linter, ParsedDraft, Report, Severity
from tests.checks.helpers import analyst_letter as letter
from tests.checks.helpers import lint_corpus, lint_text, span_text

POLITE_NOTICE = (
    "I have received a written offer from another company. You remain my first choice, and I "
    "would be grateful to know whether a decision is likely before its deadline.",
)


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str, Severity]]:
    """Each competing-offer finding as (message key, source text, severity)."""
    return [
        (f.entry or "", span_text(draft, f), f.severity) for f in report.by_rule("competing-offer")
    ]


# -- a polite notice of a written offer: info ------------------------------------------------


def test_a_polite_notice_of_a_written_offer_is_info(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "offer-notice/b3-ux-researcher-written-offer-clean.txt")
    assert located(draft, report) == [
        ("notice", "I have received a written offer from Parkline Insurance", Severity.INFO)
    ]
    (finding,) = report.by_rule("competing-offer")
    assert finding.message == (
        "'I have received a written offer from Parkline Insurance' mentions another offer; a "
        "polite notice of a written offer is fine: give its deadline and restate your "
        "preference."
    )
    assert finding.suggestions == ()
    assert (finding.span.line, finding.span.column) == (15, 64)


def test_an_offer_stated_three_times_is_reported_once(linter: Linter) -> None:
    name = "offer-notice/b3-site-manager-mr-price-deadline-thrice.txt"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [
        (
            "notice",
            "I have been offered a Site Manager role by Weald & Stour Construction",
            Severity.INFO,
        )
    ]


@pytest.mark.parametrize(
    ("name", "found"),
    [
        # 'Eastbrook Charter School has made me a written offer'
        (
            "offer-notice/b3-science-teacher-last-wednesday.txt",
            "Eastbrook Charter School has made me a written offer for a similar science position",
        ),
        # 'offered me there Front Office Manager position': the body, not the subject line
        (
            "offer-notice/b3-front-office-manager-there-youre.eml",
            "the Harbourside Hotel has offered me there Front Office Manager position",
        ),
        # a misspelt verb: the other organisation inside the phrase still counts
        (
            "offer-notice/b3-controls-engineer-update-subject.eml",
            "I have recieved a formal offer for a Controls Engineer post at Harrow Automation, "
            "with a response deadline of 27 November",
        ),
    ],
)
def test_other_written_offers(linter: Linter, name: str, found: str) -> None:
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [("notice", found, Severity.INFO)]


# -- verbal, vague or leveraged: warning --------------------------------------------------------


def test_an_offer_on_the_table_with_an_ultimatum(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/account-executive-ultimatum.txt")
    assert located(draft, report) == [
        ("leverage", "I should be direct: I have another offer on the table", Severity.WARNING),
        (
            "leverage",
            "If I have not heard from you by then, I will accept the other position",
            Severity.WARNING,
        ),
    ]
    first = report.by_rule("competing-offer")[0]
    assert first.message == (
        "'I should be direct: I have another offer on the table' uses another offer as "
        "leverage; state its deadline politely and restate your preference instead of "
        "pressing for a decision."
    )
    assert first.suggestions == POLITE_NOTICE


def test_weighing_my_options_is_vague(linter: Linter) -> None:
    draft, report = lint_corpus(linter, "thank-you/financial-analyst-answer-by-friday.eml")
    assert located(draft, report) == [
        ("vague", "I am currently weighing my options", Severity.WARNING)
    ]


def test_an_unnamed_offer_that_is_not_said_to_be_written(linter: Linter) -> None:
    name = "status-inquiry/b3-wind-technician-third-email-offer.eml"
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [
        (
            "unconfirmed",
            "I have now received an offer from another operator in the region",
            Severity.WARNING,
        )
    ]


def test_other_opportunities_on_hold_and_work_turned_down(linter: Linter) -> None:
    draft, report = lint_corpus(
        linter, "status-inquiry/procurement-long-winded-reply-this-week.txt"
    )
    assert located(draft, report) == [
        (
            "vague",
            "Nevertheless, I cannot continue to hold other opportunities indefinitely",
            Severity.WARNING,
        )
    ]
    draft, report = lint_corpus(linter, "status-inquiry/b2-electrician-must-insist-no-thanks.txt")
    assert [text for _, text, _ in located(draft, report)] == [
        "I have turned down other work while waiting for your call"
    ]


@pytest.mark.parametrize(
    ("sentence", "key", "found"),
    [
        (
            "I have another offer on the table, so I need your decision by Monday.",
            "leverage",
            "I have another offer on the table",
        ),
        ("Another company is waiting on me.", "vague", "Another company is waiting on me"),
        (
            "I'll take the other job unless you can match their salary.",
            "leverage",
            "I'll take the other job unless you can match their salary",
        ),
        (
            "I have received a verbal offer from another firm.",
            "verbal",
            "I have received a verbal offer from another firm",
        ),
        (
            "Another company has offered me a position.",
            "unconfirmed",
            "Another company has offered me a position",
        ),
    ],
)
def test_inline_warnings(linter: Linter, sentence: str, key: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [(key, found, Severity.WARNING)]


def test_inline_written_notice(linter: Linter) -> None:
    sentence = (
        "I have received a written offer from Globex with a deadline of November 20, but "
        "Acme remains my first choice."
    )
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [
        (
            "notice",
            "I have received a written offer from Globex with a deadline of November 20",
            Severity.INFO,
        )
    ]


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # 'I have been interviewing elsewhere as well': no offer.
        "status-inquiry/b3-cybersecurity-interviewing-elsewhere-clean.txt",
        # 'I have a couple of other interviews lined up': no offer.
        "thank-you/plumber-asap-gonna-no-frontmatter.txt",
        # 'I need to plan around another process': no offer.
        "status-inquiry/backend-engineer-within-48-hours.txt",
        # 'feedback you can offer', 'a lot to offer': the verb in other senses.
        "rejection-reply/b3-library-assistant-re-news-hiring-manager.txt",
        # 'whether you expect to make offers before or after the holidays': the reader's own.
        "status-inquiry/b2-clinical-research-second-round-no-rush.md",
        # 'turned down other shifts waiting on you': shifts are not job offers.
        "status-inquiry/b3-forklift-caps-fourth-time.txt",
        # 'I was offered early retirement': what was offered is not a job.
        "thank-you/b11b-retired-postmaster-member-service-rep.txt",
    ],
)
def test_no_other_offer_is_mentioned(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("competing-offer") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I have been interviewing elsewhere, but this role is my first choice.",
        "I would be happy to offer references.",
        "I believe I have a lot to offer your team.",
        "I look forward to receiving your offer.",
        "If you decide to make me an offer, I would accept it gladly.",
        "Thank you for offering me the chance to interview again.",
        "I have no other offers at the moment.",
        "I received an offer of a second interview elsewhere.",
        "I would love to be considered for other opportunities at your company.",
        "I have held other roles in retail.",
        "Another company I worked for gave me a leaving package for my service.",
        "Another firm has a role for a junior analyst, which I passed on to a friend.",
        "Last spring I was offered voluntary redundancy and took it.",
        "Just wanted to let you know that I have not taken up any other position.",
    ],
)
def test_inline_notes_without_another_offer(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("competing-offer") == ()


# -- generalised: an offer in other words, an offer that arrived from someone ----------------


@pytest.mark.parametrize(
    ("sentence", "key", "found"),
    [
        (
            "I have had an informal yes from another hospital for a staff nurse post.",
            "verbal",
            "I have had an informal yes from another hospital for a staff nurse post",
        ),
        (
            "An offer arrived from a different agency on Monday.",
            "unconfirmed",
            "An offer arrived from a different agency on Monday",
        ),
        (
            "I got the green light from another firm this week.",
            "unconfirmed",
            "I got the green light from another firm this week",
        ),
        (
            "Globex has come back to me with a package, but I would rather join Acme.",
            "unconfirmed",
            "Globex has come back to me with a package",
        ),
    ],
)
def test_offers_in_other_words(linter: Linter, sentence: str, key: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [(key, found, Severity.WARNING)]


def test_a_written_offer_that_came_in_from_a_named_company_is_info(linter: Linter) -> None:
    draft, report = lint_text(linter, letter("A written offer came in yesterday from Hooli."))
    assert located(draft, report) == [
        ("notice", "A written offer came in yesterday from Hooli", Severity.INFO)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The benefits package you described sounds excellent.",
        "I said yes to a second interview elsewhere.",
        "My manager gave me the nod to apply for external roles.",
        "Sarah came back to me with a package of reading on the product.",
        "The care package from your team was lovely.",
    ],
)
def test_other_words_for_an_offer_that_are_not_one(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == []


# -- generalised: offers waiting on the writer, wishes that are not offers -------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "I am weighing other proposals at the moment.",
            "I am weighing other proposals at the moment",
        ),
        (
            "I have another position pending and must decide shortly.",
            "I have another position pending and must decide shortly",
        ),
    ],
)
def test_other_jobs_waiting_on_the_writer(linter: Linter, sentence: str, found: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == [("vague", found, Severity.WARNING)]


def test_other_proposals_the_writer_must_answer(linter: Linter) -> None:
    # 'There are other proposals on the table which I will need to answer in the near future'
    name = "status-inquiry/b5b-financial-controller-wroclaw-courtesy-of-reply.md"
    draft, report = lint_corpus(linter, name)
    ((_, found, severity),) = located(draft, report)
    assert found.startswith("There are other proposals on the table which I will need to answer")
    assert severity is Severity.WARNING


@pytest.mark.parametrize(
    "sentence",
    [
        "I am ready to work somewhere that values quality.",
        "I am willing to work elsewhere in the region if the role requires it.",
        "There are other roles on your careers page that interest me too.",
        "We discussed other proposals for the dashboard redesign.",
    ],
)
def test_wishes_and_other_roles_are_not_offers(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == []


# -- generalised (round 2): counter-offers, and offers another organisation made -------------


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        # the writer's current employer counters to keep them
        ("My current employer has put a counter-offer in writing.", "notice"),
        (
            "My manager has come back with a counteroffer of a ten per cent raise if I stay.",
            "unconfirmed",
        ),
        (
            "When I handed in my notice, my present firm countered with a retention package.",
            "unconfirmed",
        ),
        (
            "My present employer, on learning of my plans, has proposed a retention package.",
            "unconfirmed",
        ),
        ("My current employer has offered me a promotion to stay.", "unconfirmed"),
        ("I received a counter-offer from my current company yesterday.", "unconfirmed"),
        # another organisation did something with an offer, whatever the verb
        (
            "Atlantique Finance Group transmitted to me on 30 October a written offer for the "
            "position of Head of KYC Remediation.",
            "notice",
        ),
        ("Last week Nordvik Energy issued me a formal offer of employment.", "notice"),
        (
            "Pemberton Health tabled an offer on Monday, which I have until Friday to consider.",
            "notice",
        ),
        (
            "Yesterday the Ministry of Transport sent across an offer for a senior analyst post.",
            "notice",
        ),
        ("Kestrel Partners came back to me on Friday with a firm offer.", "notice"),
        ("The regional bank has since confirmed its offer in writing.", "notice"),
        # the offer is a compound: 'an offer letter'
        ("A signed offer letter from Baltic Freight arrived yesterday.", "notice"),
        ("I have in hand a written offer from another hospital trust.", "notice"),
        ("An offer of appointment was extended to me by the council on Tuesday.", "unconfirmed"),
    ],
)
def test_offers_made_by_another_organisation(linter: Linter, sentence: str, key: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert [k for k, _, _ in located(draft, report)] == [key]


@pytest.mark.parametrize(
    "sentence",
    [
        # 'offer' in other senses, or an offer to someone else
        "I can offer references from my current employer.",
        "My current employer offers excellent training, but I am ready for a change.",
        "My current employer has offered remote work to all staff since 2021.",
        "My current employer made a generous offer to the union last year.",
        "Globex tabled an offer for the Riverside site in March.",
        "My present company sent an offer to a graduate I had mentored.",
        "In my last role I extended written offers to twelve new hires.",
        "Our biggest client accepted the offer we made in June.",
        # the reader's offer, and offers that are not real
        "Your offer of a second interview is much appreciated.",
        "The offer of flexible hours you mentioned would suit me well.",
        "I did not receive a counter-offer when I left my last job.",
        "My current employer has not made any counter-offer.",
        "If my employer makes a counter-offer, I will decline it.",
        "I hope to receive a written offer from you soon.",
        "Once your written offer arrives, I will resign.",
        # no offer at all
        "The council transmitted the planning documents to me on Tuesday.",
        "My manager counters every idea with a spreadsheet.",
        "I am happy to put my proposal in writing.",
    ],
)
def test_near_misses_of_offers_made_elsewhere(linter: Linter, sentence: str) -> None:
    draft, report = lint_text(linter, letter(sentence))
    assert located(draft, report) == []


@pytest.mark.parametrize(
    ("name", "found"),
    [
        # 'my current employer, Harcastle Insurance, ... has put a counter-offer in writing'
        (
            "offer-notice/b6b-head-of-pricing-counter-offer-incumbent.md",
            "I am talking to other firms and has put a counter-offer in writing",
        ),
        # 'Atlantique Finance Group transmitted to me on 30 October a written offer for ...'
        (
            "offer-notice/b6c-aml-compliance-officer-abidjan-dense-no-close.txt",
            "Atlantique Finance Group transmitted to me on 30 October a written offer",
        ),
    ],
)
def test_counter_and_transmitted_offers_in_the_corpus(
    linter: Linter, name: str, found: str
) -> None:
    draft, report = lint_corpus(linter, name)
    ((key, text, severity),) = located(draft, report)
    assert (key, severity) == ("notice", Severity.INFO)
    assert found in text


# -- round 3: unseen styles ----------------------------------------------------------------


def _mentions(linter: Linter, sentence: str) -> list[str]:
    draft, report = lint_text(linter, letter(sentence))
    return [span_text(draft, f) for f in report.by_rule("competing-offer")]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have also been approached by another firm and expect their offer this week.",
        "Another company has come back to me with a package.",
        "Another employer has asked me to start in two weeks.",
        "I've been offered a job elsewhere.",
        "I have been offered 68k by another agency.",
        "I've since been offered something at another firm.",
        "Another firm has been making very encouraging noises about a package for me.",
        "Globex have offered me the role and want an answer by Friday.",
        "I have an offer in hand from Globex Corporation.",
        "Another organisation is keen to hire me and has asked for my decision.",
        "I have received a written offer from a different practice.",
        "I am currently holding an offer from another hospital trust.",
        "I have been selected by another company, but I prefer Initech.",
        "Another firm has said they want me on board.",
        "I have two other offers and need to decide soon.",
        "A competing company has extended an offer to me.",
        "I have got a job offer from Globex with a deadline of Friday.",
    ],
)
def test_another_offer_or_pursuer_in_many_styles(linter: Linter, sentence: str) -> None:
    assert _mentions(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I can offer references from my last two managers.",
        "I am happy to offer any further information you need.",
        "I have other interviews lined up, but Initech is my first choice.",
        "I hope to receive an offer from you soon.",
        "If I am offered the role, I can start in March.",
        "Your offer of a second interview is much appreciated.",
        "I would love to accept an offer from Initech.",
        "Thank you for the offer to tour the site.",
        "Initech remains my first choice among the companies I have applied to.",
        "I turned down an offer from Globex two years ago to stay in research.",
        "I applied to several companies, and Initech is the one I want.",
        "I am not currently considering any other offers.",
        "The training offered at Initech is very attractive.",
        "I look forward to a possible offer.",
        "I have applied for other roles but none compare with this one.",
        "What I can offer the team is ten years of audit experience.",
        "I was offered a promotion at Globex in 2019, which taught me a lot.",
        "I have no other offers at this stage.",
        "For transparency, I am at the final stage with another bank.",
    ],
)
def test_no_other_offer_in_many_styles(linter: Linter, sentence: str) -> None:
    # Interviewing elsewhere, even at a final stage, is not an offer (labelling guide).
    assert _mentions(linter, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # told, not wished: 'wanted to be upfront that ...'
        "I wanted to be upfront that Brightpath Staffing offered me a position yesterday.",
        # work offered with another business, starting on a day ('the 23rd' is no year)
        "I've been offered planning shifts with another haulier, starting the 23rd.",
    ],
)
def test_offers_told_plainly_or_offered_as_work_elsewhere(linter: Linter, sentence: str) -> None:
    assert _mentions(linter, sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "I've taken up the offer from our head of department to shadow the rota planning.",
        "My current manager has offered me extra shifts over December.",
        "I hope that Brightpath offers me the role.",  # a wish
    ],
)
def test_offers_of_an_action_or_more_shifts_are_no_job_offer(linter: Linter, sentence: str) -> None:
    assert _mentions(linter, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "There's another hotel group after me, and they want an answer by Friday.",
        "Another hotel group has approached me about a similar post.",
    ],
)
def test_another_employer_after_the_writer(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("competing-offer")


@pytest.mark.parametrize(
    "sentence",
    [
        "I worked for another hotel group after university.",
        "Another hotel group is after the same site as you, I read.",
    ],
)
def test_another_employer_not_after_the_writer(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("competing-offer") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Got a written offer yesterday arvo from Hallorans for a supervisor role.",
        "Received an offer from Meridian Logistics this morning.",
    ],
)
def test_an_offer_told_without_a_subject_is_the_writers(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("competing-offer")


@pytest.mark.parametrize(
    "sentence",
    ["Got your email, thanks.", "Have a look at the offer letter I attached."],
)
def test_a_subjectless_sentence_without_an_offer_received(linter: Linter, sentence: str) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert report.by_rule("competing-offer") == ()


def test_a_tradesmans_offer_notice_in_clipped_sentences(linter: Linter) -> None:
    name = "offer-notice/b26a-electrical-supervisor-capella-ridge-christmas.txt"
    _, report = lint_corpus(linter, name)
    assert report.by_rule("competing-offer")


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("Roscoe Ridge Renewables called me Friday and then sent over a written offer.", True),
        ("Roscoe Ridge Renewables sent an offer to a colleague of mine.", False),
        ("You sent over the offer letter for the intern I mentored.", False),
    ],
)
def test_an_offer_another_firm_sent_goes_to_the_writer(
    linter: Linter, sentence: str, fires: bool
) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("competing-offer")) is fires


def test_an_offer_told_past_an_aside(linter: Linter) -> None:
    # 'I wanted to let you know, because I think it's only fair, that Midtown Smile Centre has
    # offered me their Office Manager position in writing': the aside makes the parse hang the
    # told clause on 'wanted' as a conjunct, but it is still what is told, not a wish
    _, report = lint_corpus(linter, "offer-notice/b31a-clinic-manager-morning-huddle-midtown.txt")
    assert report.by_rule("competing-offer")


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        (
            "I wanted to tell you, since it seems only right, that Globex has offered me a "
            "position in writing.",
            True,
        ),
        ("I wanted to say that I hope to receive an offer from your team.", False),
    ],
)
def test_told_offers_and_wished_ones(linter: Linter, sentence: str, fires: bool) -> None:
    _, report = lint_text(linter, letter(sentence))
    assert bool(report.by_rule("competing-offer")) is fires
