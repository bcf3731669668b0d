"""Rule `wrong-company`: another organisation named where the employer belongs."""

from __future__ import annotations

import pytest

from followup_lint import Context, Linter, ParsedDraft, Report, Severity, parse_draft
from tests.checks.helpers import flagged_texts, lint_corpus
from tests.checks.helpers import role_letter as letter


def flagged(draft: ParsedDraft, report: Report) -> list[str]:
    return flagged_texts(draft, report, "wrong-company")


INITECH = Context(interviewer="Sarah Chen", position="Data Analyst", company="Initech")


def lint_sentence(linter: Linter, sentence: str, context: Context = INITECH) -> list[str]:
    draft = parse_draft(letter(sentence))
    return flagged(draft, linter.lint(draft, context=context))


# -- fires ---------------------------------------------------------------------------------


def test_a_reused_thank_you_note_names_another_practice(linter: Linter) -> None:
    # '... the Dental Receptionist position at Pearlview Dental Care', sent to Brightsmile.
    draft, report = lint_corpus(linter, "thank-you/b3-dental-receptionist-pearlview.txt")
    (finding,) = report.by_rule("wrong-company")
    assert finding.entry == "wrong"
    assert finding.severity is Severity.ERROR
    assert finding.category.value == "content"
    assert finding.message == (
        "'Pearlview Dental Care' is named where Brightsmile Family Dentistry belongs; was this "
        "note written for another employer?"
    )
    assert finding.suggestions == ("Brightsmile Family Dentistry",)
    assert draft.source[finding.span.start : finding.span.end] == "Pearlview Dental Care"
    assert (finding.span.line, finding.span.column) == (11, 90)


@pytest.mark.parametrize(
    ("name", "name_found", "company", "line", "column"),
    [
        # 'I would still very much like to work with the team at Halden Foods'
        (
            "rejection-reply/b3-qa-technician-area-slot-halden.md",
            "Halden Foods",
            "Marrow & Finch Foods",
            15,
            55,
        ),
        # 'I wish everyone at Coldwater Community Foundation all the best'
        (
            "rejection-reply/b3-grants-officer-finally-coldwater.txt",
            "Coldwater Community Foundation",
            "Riverside Youth Trust",
            13,
            127,
        ),
        # 'I remain very keen on joining Tessaly Logistics'
        (
            "offer-notice/b3-fpa-company-b-slot-tessaly.md",
            "Tessaly Logistics",
            "Orbis Freight",
            15,
            31,
        ),
        # 'joining the finance team at Kingsbury Medical Group'
        (
            "status-inquiry/b3-staff-accountant-kingsbury-date-slot.md",
            "Kingsbury Medical Group",
            "Larchmont Health Partners",
            16,
            91,
        ),
    ],
)
def test_another_organisation_in_the_employers_place(
    linter: Linter, name: str, name_found: str, company: str, line: int, column: int
) -> None:
    draft, report = lint_corpus(linter, name)
    (finding,) = report.by_rule("wrong-company")
    assert draft.source[finding.span.start : finding.span.end] == name_found
    assert (finding.span.line, finding.span.column) == (line, column)
    assert finding.suggestions == (company,)
    assert finding.message.startswith(f"'{name_found}' is named where {company} belongs")


def test_the_competitor_is_fine_as_the_source_of_the_offer_but_not_as_the_career_goal(
    linter: Linter,
) -> None:
    # 'a written offer from Redwood & Rye' is its own place; 'build the next chapter of my
    # career at Redwood & Rye' puts it where Brightwork Agency belongs.
    draft, report = lint_corpus(linter, "offer-notice/b3-account-director-prefers-competitor.txt")
    assert draft.source.count("Redwood & Rye") == 2
    (finding,) = report.by_rule("wrong-company")
    assert draft.source[finding.span.start : finding.span.end] == "Redwood & Rye"
    assert (finding.span.line, finding.span.column) == (13, 234)
    assert finding.suggestions == ("Brightwork Agency",)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("I would be excited to join Globex.", "Globex"),
        ("I am confident I could contribute to the role at Globex.", "Globex"),
        ("I admire Globex's mission to make banking simple.", "Globex"),
        ("I enjoyed meeting your team at Globex.", "Globex"),
        ("Globex remains my first choice.", "Globex"),
        ("I look forward to the possibility of joining Globex Corporation.", "Globex Corporation"),
        ("I wish everyone at Globex Industries all the best.", "Globex Industries"),
        ("I am very interested in Globex Industries.", "Globex Industries"),
        ("I would love to bring my experience to Globex.", "Globex"),
        ("Thank you for the opportunity to interview with Globex Industries.", "Globex Industries"),
    ],
)
def test_inline_reused_drafts(linter: Linter, sentence: str, wrong: str) -> None:
    assert lint_sentence(linter, sentence) == [wrong]


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # 'I have received a written offer from Parkline Insurance.'
        "offer-notice/b3-ux-researcher-written-offer-clean.txt",
        # 'Pellham Logistics has made me a written offer', 'my current employer, Castleford'
        "offer-notice/b3-warehouse-supervisor-current-employer.txt",
        # 'a formal offer for a Controls Engineer post at Harrow Automation'
        "offer-notice/b3-controls-engineer-update-subject.eml",
        # 'the Harbourside Hotel has offered me ...'; "the Meridian Grand's lobby" is the employer
        "offer-notice/b3-front-office-manager-there-youre.eml",
        # 'At Fellside Books I ran a similar A/B test': a former employer
        "thank-you/b3-marketing-coordinator-british-clean.txt",
        # 'In my current role at Lakeshore Urgent Care I helped ...'
        "thank-you/b3-physician-assistant-splints-clean.eml",
        # 'I am finishing my MEng at the University of Bath this spring'
        "rejection-reply/b3-structural-engineer-subject-bath-clean.txt",
        # 'a similar change we made at the Harbourside Inn, where I worked for six years'
        "thank-you/hotel-front-office-manager-700-words.txt",
    ],
)
def test_other_organisations_in_their_own_place(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("wrong-company") == ()


@pytest.mark.parametrize(
    ("name", "mention"),
    [
        # 'Westbrook High School' for Westbrook Unified School District: a school of the district
        ("status-inquiry/chemistry-teacher-date-in-signature.md", "Westbrook High School"),
        # "St. Brendan's Regional Medical Center" spelt with a full stop and a possessive
        ("thank-you/icu-nurse-panel-one-greeted.txt", "St. Brendan's Regional Medical Center"),
        # 'the Public Health Department' for Riverside County Public Health Department
        ("thank-you/b2-data-analyst-good-afternoon-420-words.md", "the Public Health Department"),
    ],
)
def test_short_forms_and_parts_of_the_employer_match(
    linter: Linter, name: str, mention: str
) -> None:
    draft, report = lint_corpus(linter, name)
    assert mention in draft.source
    assert flagged(draft, report) == []


def test_a_short_form_of_the_employer_beside_a_wrong_name(linter: Linter) -> None:
    # 'how Orbis is rebuilding its rolling forecast' is Orbis Freight; Tessaly is not.
    draft, report = lint_corpus(linter, "offer-notice/b3-fpa-company-b-slot-tessaly.md")
    assert "how Orbis is rebuilding" in draft.source
    assert flagged(draft, report) == ["Tessaly Logistics"]


@pytest.mark.parametrize(
    "sentence",
    [
        "At Acme Corp I led a similar migration to dbt.",
        "In my current role at Acme Corp I manage three analysts.",
        "I was part of the analytics team at Acme Corp for four years.",
        "I worked at Acme Corp for five years before joining Hooli.",
        "Since joining Acme Corp in 2020 I have built three dashboards.",
        "I currently work at Acme Corp as a junior analyst.",
        "I have received an offer from Globex Industries, with a deadline of Friday.",
        "I have been offered a role at Globex Industries.",
        "I graduated from the University of Leeds in May.",
        "I am certified by the Project Management Institute.",
        "My work for Acme Corp's biggest client taught me a lot.",
        "I would be excited to join Sarah's team.",
        "It was great to spend time with Maria Lopez in the lab.",
        "I met Sarah at the Data Summit last year.",
        "I would love to join the Marketing team.",
    ],
)
def test_inline_other_organisations_in_their_own_place(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I would love to join INITECH.",
        "I would be excited to join Initech, Inc. and its team.",
        "Initech's mission resonates with me.",
        "I would be excited to join the team at Initech Ltd.",
        "I enjoyed meeting your team at The Initech.",
    ],
)
def test_the_employers_name_is_compared_tolerantly(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


def test_an_acronym_of_the_employer_matches(linter: Linter) -> None:
    bank = Context(company="Harbour Trust Bank")
    assert lint_sentence(linter, "I would be proud to join HTB.", bank) == []
    assert lint_sentence(linter, "I would be proud to join Globex.", bank) == ["Globex"]


def test_without_a_company_the_rule_is_skipped(linter: Linter) -> None:
    _, report = lint_corpus(linter, "thank-you/forklift-operator-no-greeting.txt")
    assert report.by_rule("wrong-company") == ()
    assert [s.reason for s in report.skipped if s.rule == "wrong-company"] == [
        "no company in the context"
    ]


# -- a name before the team the writer wants to join --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("I would love to join the Globex team and help with your reporting.", "Globex"),
        ("I hope I can become part of the Globex family.", "Globex"),
        ("I would bring that experience to the Globex team.", "Globex"),
        ("I truly hope to be part of the care community at Globex.", "Globex"),
        # a template's stock line, the name ending in a common noun
        (
            "I am confident I would be a valuable addition to the Harlow Distribution team.",
            "Harlow Distribution",
        ),
        # any place of work the name owns, when the tagger reads it as an organisation
        (
            "I'm still excited about bringing my book of business to the Brightline Medical "
            "sales floor.",
            "Brightline Medical",
        ),
    ],
)
def test_a_team_named_after_another_company(linter: Linter, sentence: str, wrong: str) -> None:
    assert lint_sentence(linter, sentence) == [wrong]


@pytest.mark.parametrize(
    "sentence",
    [
        # a department, a branch, or the employer itself
        "I would love to join the Analytics team.",
        "I would love to join the London team.",
        "I would love to join the Initech team.",
        # the writer's past: not a wish
        "I was part of the Globex team for six years.",
        "I joined the Globex team in 2019.",
        # a person, not an organisation
        "Dr Hale's lab at the university shaped how I think about forecasting.",
        "Professor Ruiz's group published the study you mentioned.",
        # the writer's own contacts
        "I have discussed the idea with colleagues at Globex.",
        # a place, not an organisation
        "I enjoyed the site visit at Marsh Lane and meeting your foreman.",
        # a unit of the employer, and the position's own programme
        "I remain fully committed to joining the Health Records department.",
        "Thank you for considering my application to the Data Analyst Programme.",
    ],
)
def test_names_that_are_not_the_employers_place(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


def test_the_readers_colleagues_are_still_the_employers(linter: Linter) -> None:
    sentence = "I would be glad to meet your colleagues at Globex."
    assert lint_sentence(linter, sentence) == ["Globex"]


# -- generalised: the writer's own wish for another organisation --------------------------


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # any verb the writer wishes to do for or at an organisation
        ("I'm still keen to drive for Pennine Haulage.", "Pennine Haulage"),
        ("I am eager to teach at Riverside Academy next year.", "Riverside Academy"),
        # an organisation the writer hopes to serve
        ("I would be proud to help Willowmere Health keep expanding access.", "Willowmere Health"),
        ("I would love to support Globex as it expands into Europe.", "Globex"),
        # the subject of praise meant for the employer
        ("Globex is exactly the kind of company I would love to be part of.", "Globex"),
        ("Globex is the sort of organisation where I could see myself growing.", "Globex"),
        # a corporate word makes a name an organisation whatever the model tagged it as
        ("I would be thrilled to work for Globex Corporation.", "Globex Corporation"),
        # what the writer, or the writer's experience, would be to an organisation
        (
            "I believe my experience with buttons and grips could be useful for Pellucid Mobility.",
            "Pellucid Mobility",
        ),
    ],
)
def test_the_writers_wish_for_another_organisation(
    linter: Linter, sentence: str, wrong: str
) -> None:
    assert lint_sentence(linter, sentence) == [wrong]


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's past, or a place to work in general, not a wish
        "Globex was a great place to work, but I am ready for a new challenge.",
        "Globex is a great place to work, but I want a bigger team.",
        "I was proud to help Globex Corporation win the Halden account.",
        "I helped Globex cut its reporting time in half.",
        "My years at Pellucid Mobility were useful for my career.",
        # the writer's own business with a former employer or a client
        "I would need to give Globex four weeks' notice.",
        "I am happy to ask my manager at Globex Corporation for a reference.",
        "I would be happy to walk you through the dashboards I built for Globex.",
        "Globex is one of our biggest clients and I would love to keep them happy.",
        # a person the writer would help, not an organisation
        "I would be glad to help Maria settle in.",
        # a university in its own place
        "I hope to study at Leeds University next year.",
        "I am eager to finish my degree at Leeds Beckett University.",
        # someone else's plan, not the writer's
        "The team plans to move the test suite from Selenium to Playwright.",
    ],
)
def test_other_organisations_outside_the_writers_wish(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


def test_a_reused_closing_paragraph_after_the_right_name(linter: Linter) -> None:
    # Cedar Hollow is named first; 'I would be proud to help Willowmere Health Partners keep
    # expanding access' was not updated. Lakemont Orthopedics is the current employer.
    name = "thank-you/b5a-practice-manager-willowmere-tuesday.eml"
    cedar_hollow = Context(interviewer="Anita Rosenthal", company="Cedar Hollow Family Medicine")
    draft, report = lint_corpus(linter, name, cedar_hollow)
    assert "my current role at Lakemont Orthopedics" in draft.source
    assert flagged(draft, report) == ["Willowmere Health Partners"]


# -- generalised (round 2): needs the writer fits, wished activities, parts of the employer --


@pytest.mark.parametrize(
    "sentence",
    [
        # the organisation said to need someone like the writer
        "I still think Halden Foods needs someone who has taken a case to a hearing, which I "
        "have done twice.",
        "Halden Foods needs a controller who can close the books in five days, and that is "
        "what I do.",
        "What Halden Foods needs right now is someone who has run a warehouse migration, and I "
        "have run three.",
        "Halden Foods could use someone with my background in cold-chain logistics.",
        "I am convinced Halden Foods would benefit from someone with my experience of ERP.",
        "Halden Foods is looking for someone who can speak to clients in Spanish, and I can.",
        "I know Halden Foods needs people who can work nights, and I am happy to.",
        # the setting of a wished activity, however the infinitives are strung together
        "I'd jump at the chance to start the graduate scheme and learn the business at Halden "
        "Foods from the ground up.",
        "I would love to spend the next few years at Halden Foods from January onwards.",
        "I hope to be given the chance to train as an apprentice at Halden Foods.",
        "It would be a privilege to grow with Halden Foods over the coming years.",
        # what the organisation has, admired or wished for
        "I have long admired Halden Foods' commitment to apprenticeships.",
        "I would be proud to wear Halden Foods' name on my uniform.",
        "I'd love to help run Halden Foods' new warehouse in Leeds.",
        "I would bring the same care to Halden Foods' patients.",
    ],
)
def test_other_constructions_that_put_another_organisation_in_place(
    linter: Linter, sentence: str
) -> None:
    assert lint_sentence(linter, sentence) == ["Halden Foods"]


@pytest.mark.parametrize(
    "sentence",
    [
        # described as part of the employer
        "It could help especially at Initrode Labs, your sister company in Leeds.",
        "A similar report could be useful at Initrode Lodge, the new brand of the group.",
        # a third party's possession in a technical description
        "I would add that the link between the depot's legacy CMMS, the OEM's remote feed and "
        "the review is where such programmes fail.",
        "The OEM's warranty terms were the main risk we discussed.",
        "Halden Foods' API documentation was the best I have used.",
        # needs that are past, negated, not for a person, or not the writer's to fit
        "Halden Foods needed someone to rebuild its pipeline, so in 2021 I took the job.",
        "Ofgem needs someone to sign off every change, which slows projects down.",
        "I think Halden Foods needs a better website.",
        "Halden Foods does not need another analyst, but your team does.",
        # the writer's own employer or a client, described as such
        "My current employer, Halden Foods, needs someone to cover nights this month.",
        "Our client Halden Foods needs someone who can turn reports round overnight, which I do.",
        "At Halden Foods, where I work now, we had the same problem with late cancellations.",
        "I learned the trade at Halden Foods from the stockroom up.",
        # something else as the subject of the wished verb
        "The new system could work well at Halden Freight, the carrier you mentioned.",
    ],
)
def test_near_misses_of_the_employers_place(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


@pytest.mark.parametrize(
    ("name", "wrong"),
    [
        # 'learn the business at Oakhurst Home from the stockroom up'
        ("thank-you/b6a-retail-management-trainee-jump-at-chance.txt", "Oakhurst Home"),
        # 'I still think Harlow Energy needs someone who has taken a contested ... case'
        ("status-inquiry/b6b-general-counsel-preferred-candidate-harlow.txt", "Harlow Energy"),
    ],
)
def test_reused_names_in_new_constructions(linter: Linter, name: str, wrong: str) -> None:
    draft, report = lint_corpus(linter, name)
    assert flagged(draft, report) == [wrong]


@pytest.mark.parametrize(
    "name",
    [
        # 'Selva Lodge, the new brand of the group' (a brand of Grupo Costa Turquesa)
        "thank-you/b6c-revenue-analyst-cancun-sister-brand.txt",
        # "the OEM's remote condition-monitoring feed"
        "offer-notice/b6b-chief-engineer-rolling-stock-halvard-verbal.txt",
    ],
)
def test_a_sister_brand_and_a_suppliers_acronym(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("wrong-company") == ()


# -- round 3: unseen styles ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be thrilled to join Globex and help your team grow.",
        "I am confident I could add real value at Globex.",
        "Please pass on my thanks to everyone at Globex.",
        "I would relish the chance to contribute to Globex.",
        "I remain very keen on the Data Analyst post at Globex Corporation.",
        "Cheers for the chat about the role at Globex.",
        "It would be an honour to serve Halden Foods in this capacity.",
        "I believe I would be a strong asset to Globex Corporation.",
        "Thanks for having me in at Globex yesterday.",
        "I remain enthusiastic about Globex Corporation and the team.",
        "Globex is exactly where I want to be.",
        "The interview at Globex Corporation confirmed my interest.",
        "I hope to become part of Globex soon.",
        "Thank you for considering me for a place at Halden Foods.",
        "Working at Halden Foods would be a dream come true.",
        "I would be proud to represent Globex Corporation to your clients.",
        "Please let me know the next steps for my candidacy with Halden Foods.",
    ],
)
def test_the_employers_place_in_many_styles(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Before Initech came along, I spent six years at Globex Corporation running their payroll.",
        "During my time with Wipro I led a team of twelve engineers.",
        "I completed my MSc at Imperial College London in 2019.",
        "At Deloitte we audited clients such as Unilever and Tesco.",
        "I have already rolled out Salesforce at two firms and could do the same for your team.",
        "Your move to Snowflake sounds like a great fit for my experience.",
        "I currently work for Barclays as a senior analyst.",
        "Unlike Globex, Initech seems to genuinely invest in its people.",
        "I have received an offer from Globex, but Initech remains my first choice.",
        "I'd love to help Initech win more contracts with the NHS.",
        "Our discussion about your partnership with Shopify was fascinating.",
        "I heard about the role through a friend at Accenture.",
        "I volunteered with the Red Cross in Lagos for three years.",
        "My apprenticeship with British Gas taught me to work safely on site.",
        "I am keen to bring what I learned at Ernst & Young to Initech.",
        "Having worked at Dangote Cement, I understand plant operations well.",
        "I noticed Initech recently acquired Vandelay Industries, which excites me.",
        "Halden Foods has offered me a position, and I must respond by Friday.",
        "I am also speaking with Globex, though Initech is where I would rather be.",
        "The certificate I earned with Coursera covered exactly this.",
        "As a former Globex employee, I know how hard migrations are.",
        "I used to work for Globex Corporation, so I know the industry well.",
        "My manager at Halden Foods has agreed to act as a referee.",
        "I would welcome the chance to apply what I built for Tesco to your retail clients.",
        "Compared with Globex, your onboarding process was far clearer.",
        "I presented our findings to the board of Shell Nigeria last year.",
        "I sat my exams through ACCA and passed all of them first time.",
        "We discussed how Initech competes with Globex in the Midlands.",
        "I trained on Xero and Sage during my placement at KPMG.",
        "I would love to help Initech take market share from Globex.",
        "Thank you for meeting me at the Manchester office yesterday.",
        "My current employer, Globex, would need a month's notice.",
        "I have been with Infosys since 2018 and I am ready for a new challenge.",
        "I look forward to joining Initech, and I will be giving notice to Globex this week.",
        "I would love to work with clients like Tesco and Unilever.",
        "I hope to work with partners such as the NHS on your data projects.",
        "I'd be excited to work with Salesforce and Tableau every day.",
        "I'm keen to help your clients such as Barclays get more from their data.",
        "I'd love to help Initech compete with Globex for the big retail accounts.",
        "I'd love to build dashboards for Tesco, one of your key accounts.",
        "I would love to contribute to open-source projects such as Apache Spark.",
        "I would happily work from the Leeds office.",
        "I would be glad to start at Initech's Lagos branch.",
        "I look forward to representing Initech at the Chartered Institute conference.",
        "I would be delighted to work with the Ministry of Health on your vaccine project.",
        "I'd be happy to study for the CIPD qualification with the Open University.",
        "I would be glad to work on the Unilever account.",
        "I'd love to join the Initech Labs team.",
        "I am excited about joining Initech Solutions Ltd.",
        "The migration you described from Oracle to Snowflake is exactly what I did at Globex.",
        "I would bring ten years at Globex to the role.",
        "I would relish the chance to bring my Globex experience to your team.",
        "I'd welcome the chance to work with Accenture again as your implementation partner.",
        "Having delivered projects for Shell and BP, I'd love to do the same for your clients.",
        "I would love to collaborate with the University of Leeds on your research grant.",
        "I'd love to work on the Tesco Clubcard analytics you mentioned.",
        "I could see myself partnering with Google Cloud on your migration.",
        "I'm excited to learn more about Initech's partnership with Globex.",
        "I would happily travel to Globex's site in Derby for the audit.",
        "I'd love to help Initech become the Globex of payroll software.",
        "Initech's mission reminds me of what drew me to Globex years ago.",
        "I'm really keen to get stuck into the Woolworths rollout with your team.",
        "I would love to attend the AWS Summit with the team.",
        "I can't wait to work with HubSpot again.",
        "I have been in touch with the Globex recruiter as well, but Initech is my first choice.",
        "Globex extended an offer last week, but I would prefer to join Initech.",
        "I would be honoured to carry on the tradition of excellence Initech is known for.",
        (
            "Having spent four years at Globex Corporation, I would love to bring "
            "that experience to your team."
        ),
        "I hope to do for Initech what I did for Globex Corporation.",
        "I am eager to build on my five years with Globex Corporation.",
        "I would love to replicate the success we had at Globex Corporation.",
        "I plan to stay at Globex Corporation until my contract ends in May.",
        "I would need to give four weeks' notice to Globex Corporation.",
        "I'd work out my notice at Halden Foods and could start in March.",
        "I'd be happy to provide a reference from Globex Corporation.",
        "I will remain with Halden Foods until the end of March.",
        (
            "I have received an offer from Halden Foods. The role at Halden Foods "
            "is similar, but Initech remains my first choice."
        ),
        (
            "Halden Foods has offered me the Senior Analyst post. Their team at "
            "Halden Foods is smaller, and I would prefer to join Initech."
        ),
        "I'd prefer Initech over Globex Corporation without hesitation.",
        "I would rather work at Initech than at Globex Corporation.",
        (
            "My time at Globex Corporation taught me how much culture matters, and "
            "Initech's culture stood out."
        ),
        "I'm keen to bring the rigour I learned at Halden Foods to your data team.",
        (
            "In my role as a consultant for Halden Foods, I would sit with the "
            "finance team every week."
        ),
        "I would still be working for Halden Foods until June.",
        (
            "Thank you for the interview. Halden Foods is the client I mentioned; "
            "I would love to tell you more about that project."
        ),
        "At Halden Foods I led the move to dbt. I would love to do the same at Initech.",
        "I was at Halden Foods for six years. The people at Halden Foods taught me a lot.",
        (
            "I interned with Globex Corporation last summer and would love to "
            "build on that at Initech."
        ),
        (
            "Halden Foods gave me my first job, and I would be proud to bring what "
            "I learned there to Initech."
        ),
        "Thank you for explaining how Initech supports Halden Foods with its payroll.",
        "I'd love to help your team support clients like Halden Foods.",
        "Thank you for reviewing my application to the Graduate Economist Programme.",
        "Ex-Globex colleagues speak very highly of Initech.",
    ],
)
def test_organisations_in_their_own_place_in_many_styles(linter: Linter, sentence: str) -> None:
    # Former and current employers, tenure, notice, clients, partners, tools, competitors
    # and the maker of another offer: a name the note places elsewhere keeps that place.
    assert lint_sentence(linter, sentence) == []


# -- round 4: the organisation's people, the team met, and units of the employer -----------


@pytest.mark.parametrize(
    "sentence",
    [
        # the organisation's people, whom the writer or their background would help
        "My years on the line would help Globex Corporation's new starters settle in.",
        "I am sure my experience can help Globex Corporation's analysts get more from their data.",
        "My skills in SQL will surely help Halden Foods' buyers plan their orders better.",
        "I reckon my time on the tools could help Globex Corporation's apprentices learn.",
        "My training background would enable Globex Corporation's cabin crew to stay calm.",
        "I trust my experience shall assist Halden Foods' passengers in finding their way.",
        "My knowledge of audits would help Globex Corporation's finance team close on time.",
        "I would love to help Halden Foods' patients feel at home on the ward.",
        "My experience with rostering could help Halden Foods' night staff get more rest.",
        "Our combined experience would help Globex Corporation's engineers ship faster.",
        # the team met at the interview, named after another organisation
        "It was a pleasure to spend the afternoon with the Globex team.",
        "Lovely to meet the Halden Foods team on Tuesday.",
        "Thank you for letting me spend the morning with the Globex Corporation team.",
        "I really enjoyed meeting the Globex team yesterday.",
        "Please thank the Halden Foods team for their warm welcome.",
        "Kindly convey my gratitude to the Globex team for the hospitality.",
        "Many thanks to the Globex team for showing me the depot.",
        "Having coffee with the Globex team after the panel was a highlight.",
        "I was delighted to meet the Globex Corporation team in person.",
        "Talking with the Halden Foods team this morning made the role feel real.",
    ],
)
def test_the_organisations_people_and_the_team_met(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's past, a client's people, the employer itself
        "My time at Globex helped me understand payroll.",
        "At Globex I helped the cabin crew earn their wings.",
        "My background helped Globex's trainees pass their checks.",
        "My experience would help your team win business from Globex's clients.",
        "I hope my experience will help your crews match Globex's safety record.",
        "My background would help Initech's trainees earn their wings.",
        "My background would help Initech Corporation's trainees earn their wings.",
        # a team from the writer's own working life, a department, a place
        "I spent six years with the Globex team before moving on.",
        "I met the Globex team at a trade fair in 2019.",
        "At my last job I worked closely with the Globex team.",
        "Having spent four years with the Globex team, I know the sector well.",
        "I often talked with the Globex team when I ran their account.",
        "It was a pleasure to spend the afternoon with the Initech team.",
        "It was a pleasure to meet the Analytics team.",
        "It was great to meet the London team.",
        "I look forward to meeting the Initech team again.",
        # a town before a site of the employer's
        "Thank you for your time on Wednesday and for the walk round the Daventry site.",
        "I enjoyed the tour of the Leeds office.",
    ],
)
def test_near_misses_of_the_people_and_the_team_met(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


UNIVERSITY = Context(
    interviewer="Ernesto Lacsamana", position="Research Associate", company="Northbridge University"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "I remain keen on the post since the panel at the College of Engineering.",
        "Thank you for my interview at the School of Nursing.",
        "I would love to take up the role at the Faculty of Law.",
        "Thank you for the tour of the Department of Civil Engineering.",
        "I would be delighted to join the School of Medicine.",
        "Please pass my thanks to everyone at the Institute of Education.",
        "I hope to hear soon about the post at the Division of Surgery.",
        "I would be proud to serve the College of Arts and Sciences.",
        "Thanks heaps to the team at the Graduate School of Business.",
        "I enjoyed my visit to the Centre for Environmental Science.",
    ],
)
def test_a_unit_of_the_employer_named_by_generic_words(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence, UNIVERSITY) == []


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Thank you for the panel at the Harlow College of Engineering.", "Harlow"),
        ("I would love to join the Kingsbury School of Nursing.", "Kingsbury"),
        ("I remain keen on the role at Imperial College.", "Imperial"),
        ("Please pass my thanks to everyone at the Ashworth Institute.", "Ashworth"),
        ("I would be proud to serve Leeds Beckett University.", "Leeds"),
        ("I would be delighted to join the Mersey Faculty of Law.", "Mersey"),
        ("Thank you for the interview at Halden College.", "Halden"),
        ("I hope to hear soon about the post at the Okafor Institute of Surgery.", "Okafor"),
        ("Thanks to everyone at the Brampford School of Art.", "Brampford"),
        ("I would relish the chance to contribute to the Tessaly Centre for Health.", "Tessaly"),
    ],
)
def test_another_institution_with_a_name_of_its_own(
    linter: Linter, sentence: str, wrong: str
) -> None:
    assert any(wrong in name for name in lint_sentence(linter, sentence, UNIVERSITY))


# -- round 5: another firm's team served, and the work wished for another firm ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I am sure I could help the Globex finance team close the books faster.",
        "I would love to help the Globex Logistics crew cut their turnaround.",
        "I believe I can support the Globex sales team in hitting its targets.",
        "I'm still interested in running the night shift for Globex Foods.",
    ],
)
def test_another_firms_team_served_or_work_wished_there(linter: Linter, sentence: str) -> None:
    assert any("Globex" in name for name in lint_sentence(linter, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I helped the Globex finance team close the books faster in 2021.",
        "I ran the night shift for Globex Foods for six years.",
        "I was interested in running the floor for Globex Stores back then.",
        "I could help the Initech finance team close the books faster.",
        "I am interested in running the seasonal floor for your garden centre.",
    ],
)
def test_near_misses_of_the_team_served_and_the_work_wished(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


# -- round 6: the employer's success or future, its uniform, a name with '&' -------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I am confident I can contribute to the continued success of Globex.", "Globex"),
        ("I would love to help shape the future of Globex Foods.", "Globex Foods"),
        ("I would be proud to wear the Globex Air uniform.", "Globex Air"),
        ("I would still love to be part of the Crumb & Co family one day.", "Crumb & Co"),
    ],
)
def test_the_employers_success_uniform_or_family(linter: Linter, sentence: str, name: str) -> None:
    assert lint_sentence(linter, sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "I contributed to the success of Globex for six years.",  # the past
        "I watched the growth of Globex Foods from the outside.",  # no wish
        "I wore the Globex Air uniform for six years.",
        "I would be proud to wear the Initech uniform.",  # the employer itself
    ],
)
def test_near_misses_of_the_success_and_the_uniform(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


@pytest.mark.parametrize(
    ("name", "company"),
    [
        # 'the continued success of Bayfront Grand Hotel'
        ("thank-you/b14a-night-auditor-first-thing-bayfront.eml", "Casa Marigold Hotel"),
        # 'proud to wear the Caribjet uniform'
        ("thank-you/b14b-gate-agent-storm-day-caribjet-uniform.eml", "Sunhaven Airways"),
        # 'part of the Crumb & Co family'
        ("rejection-reply/b14b-bakery-manager-crumb-and-co-family.txt", None),
    ],
)
def test_b14_reused_notes(linter: Linter, name: str, company: str | None) -> None:
    context = Context(company=company) if company else None
    _, report = lint_corpus(linter, name, context)
    assert len(report.by_rule("wrong-company")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "I look forward to hearing from Globex Foods about the next steps.",
        "I will be waiting for the good news from Globex Foods.",
    ],
)
def test_word_awaited_from_another_firm(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == ["Globex Foods"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I heard from Globex Foods last week about another role.",  # the past
        "I received an update from Globex Foods on Monday.",
        "I am waiting to hear from Globex Foods about their offer before I decide.",  # the offer
        "I look forward to hearing from Initech.",  # the employer itself
    ],
)
def test_word_from_another_firm_in_its_own_place(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


def test_another_firm_called_the_right_place_for_the_writer(linter: Linter) -> None:
    sentence = "I am more certain than ever that Globex Foods is the right place for me."
    assert lint_sentence(linter, sentence) == ["Globex Foods"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex Foods was the right place for me back then.",  # the past
        "Initech is the right place for me.",  # the employer itself
    ],
)
def test_the_right_place_in_its_own_place(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the organisation's people formed the writer, in the past
        "The crew at Harbour Freight Ltd showed me how to load a trailer safely.",
        # a relative clause tells the writer's own history there
        "I can pass on what I learned from diners at Corner Table Bistro, where I waited tables.",
        # an event, not an employer
        "I will be at the Midlands Logistics Expo on Friday but free otherwise.",
        "I'm travelling for the Northern Farming Show next week.",
        # a partner or client in the reader's own work
        "Your agency's project with Bright Homes Trust sounds like real work worth doing.",
        # the writer's own current work, kept on
        "I would like to keep my current weekend shifts at Valley Garden Centre if possible.",
    ],
)
def test_own_place_shapes_from_writers_sentences(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("I would love to work at Corner Table Bistro, where I could grow.", "Corner Table Bistro"),
        ("Your team at Harbour Freight Ltd made me feel welcome.", "Harbour Freight Ltd"),
    ],
)
def test_the_same_names_in_the_employers_place_still_fire(
    linter: Linter, sentence: str, wrong: str
) -> None:
    assert lint_sentence(linter, sentence) == [wrong]


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # a trade word marks a firm the tagger took for a person
        ("I'd love to run the yard for Morgan Roofing.", "Morgan Roofing"),
        # a gerund subject named as the writer's goal
        (
            "Running sites for Davies Scaffolding is the step I've been working towards.",
            "Davies Scaffolding",
        ),
        ("Working at Globex Foods is my dream.", "Globex Foods"),
    ],
)
def test_trade_names_and_goals(linter: Linter, sentence: str, wrong: str) -> None:
    assert lint_sentence(linter, sentence) == [wrong]


@pytest.mark.parametrize(
    "sentence",
    [
        "Working at Globex Foods was my dream once, but it ended badly.",  # the past
        "I ran sites for Davies Scaffolding for six years.",  # the writer's history
    ],
)
def test_goals_and_trade_names_in_their_own_place(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # work wished for another firm ('Civil' is a trade word)
        ("That's the sort of work I'd want to be doing for Tarrant Civil.", "Tarrant Civil"),
        # growing 'here at' another organisation: the 'at' hangs on 'here'
        ("I'm excited for the chance to grow here at Bayview Health Partners.", "Bayview Health"),
        # another firm's needs, in a possessive
        ("My claims experience fits very well with Norvale's needs.", "Norvale"),
    ],
)
def test_wished_work_growth_here_and_needs(linter: Linter, sentence: str, wrong: str) -> None:
    found = lint_sentence(linter, sentence)
    assert len(found) == 1 and found[0].startswith(wrong)


@pytest.mark.parametrize(
    "sentence",
    [
        # a habit at the writer's own workplace, not a wish
        "The pass check is something I have already started doing at The Old Granary.",
        "I worked here at Globex for six years.",  # the writer's history
    ],
)
def test_habits_and_history_in_their_own_place(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


def test_a_common_word_capitalised_at_the_start_is_no_name(linter: Linter) -> None:
    # 'Banking is the domain where I feel most comfortable': the tagger calls the opening
    # word a proper noun, but it is a common word with no entity tag.
    name = "rejection-reply/b18b-senior-automation-tester-fernhill-record-playback.txt"
    _, report = lint_corpus(linter, name)
    assert report.by_rule("wrong-company") == ()


# -- round b19: an organisation seeking, the folks at a firm, a hyphenated name -------------


@pytest.mark.parametrize(
    ("name", "flagged"),
    [
        # 'I think my experience is a good match for what Rivière-Noire Aviation is looking for'
        ("thank-you/b19a-ame-m1-abbotsford-king-air.md", ["Rivière-Noire Aviation"]),
        # 'I just know I could be a blessing to the folks at Sweetgum Senior Services'
        (
            "thank-you/b19b-operations-manager-thanksgiving-box-drive.txt",
            ["Sweetgum Senior Services"],
        ),
        # 'I think I would fit well in the team at Vallée-Verte': the whole hyphenated name
        ("status-inquiry/b19a-avionics-technician-duluth-propeller.txt", ["Vallée-Verte"]),
    ],
)
def test_a_reused_note_seeking_or_serving_another_firm(
    linter: Linter, name: str, flagged: list[str]
) -> None:
    draft, report = lint_corpus(linter, name)
    assert flagged_texts(draft, report, "wrong-company") == flagged


@pytest.mark.parametrize(
    "name",
    [
        # 'the selected candidate is having more experience with STR reports'
        "rejection-reply/b19a-revenue-analyst-two-rivers-final-round.txt",
        # 'I would prefer to move to Amsterdam': a city, where the writer would live
        "offer-notice/b19b-supply-chain-analyst-barge-planning-kranhaus.txt",
    ],
)
def test_a_tool_someone_knows_and_a_city_to_move_to_are_not_employers(
    linter: Linter, name: str
) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("wrong-company") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I am sure my background is a good fit for what Globex is looking for.",
        "I would be a blessing to the folks at Globex.",
    ],
)
def test_the_writer_fitting_another_firm_is_flagged(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Your new hire will have more experience with Globex reports than I do.",
        "I would be glad to relocate to Boston for the role.",
        "I read that Globex is looking for a new supplier.",
    ],
)
def test_tools_cities_and_news_of_another_firm_are_not(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


def test_a_second_object_of_interest_after_the_role(linter: Linter) -> None:
    # "I'm still very keen on the role, and on Cobalt Heron in particular": the parse hangs
    # the second 'on' on the verb, not on 'keen'
    draft, report = lint_corpus(
        linter, "status-inquiry/b20b-senior-copywriter-oddfellow-dinner-party.txt"
    )
    assert flagged_texts(draft, report, "wrong-company") == ["Cobalt Heron"]


def test_the_repeated_preposition_still_reads_the_writers_own_place(linter: Linter) -> None:
    assert lint_sentence(linter, "I worked at Globex, and at Halden Foods, for ten years.") == []


def test_what_the_writer_would_be_allowed_to_bring_to_another_firm(linter: Linter) -> None:
    sentence = "My experience would allow me to bring value to Globex from the first months."
    assert lint_sentence(linter, sentence) == ["Globex"]


def test_what_the_writer_was_once_allowed_to_bring_is_their_history(linter: Linter) -> None:
    sentence = "Working there allowed me to bring new clients to Globex."
    assert lint_sentence(linter, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "This experience would be of real service to Globex and its riders.",  # of service to X
        "I'm excited to partner with the team at Globex to build a CS function.",  # 'team at X'
    ],
)
def test_of_service_to_another_firm_and_its_team(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == ["Globex"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was of service to Globex for years.",  # the past
        "I worked with the team at Globex for two years.",
        "I am very excited at the prospect of building my career at Initech.",
    ],
)
def test_service_given_and_teams_worked_with_are_history(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


def test_a_name_the_model_calls_a_person_is_the_organisation_named_before(
    linter: Linter,
) -> None:
    # 'could be useful for Pellucid Mobility. I would be very happy to contribute to
    # Pellucid's mission': the second mention is tagged a person, the first is a firm's name.
    halvorsen = Context(company="Halvorsen Assistive Labs", position="Industrial Designer II")
    draft, report = lint_corpus(
        linter, "thank-you/b24a-industrial-designer-halvorsen-grip-study.eml", halvorsen
    )
    assert flagged(draft, report) == ["Pellucid Mobility", "Pellucid"]


def test_the_writers_employer_named_by_apposition_keeps_its_place(linter: Linter) -> None:
    # 'my current employer, Harcastle Insurance, ...' and later 'than as Harcastle's most
    # expensively retained actuary': the writer's own firm, in a note to Blackthorn Mutual.
    draft, report = lint_corpus(
        linter, "offer-notice/b6b-head-of-pricing-counter-offer-incumbent.md"
    )
    assert flagged(draft, report) == []


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Globex is still where I'd rather be.", "Globex"),
        ("I would love to join BP.", "BP"),  # two letters alone are no department
        ("My experience is a good match for Globex Foods.", "Globex Foods"),
        (
            "I am confident that I can contribute to the stewardship agenda at Pennine Moss "
            "Hospitals.",
            "Pennine Moss Hospitals",
        ),
    ],
)
def test_the_writers_place_fit_and_part_wished_elsewhere(
    linter: Linter, sentence: str, wrong: str
) -> None:
    assert lint_sentence(linter, sentence) == [wrong]


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex was where I learned the trade.",
        "Globex is where I would rather not be.",
        "My experience was a good match for Globex Foods back then.",
        "I contributed to the stewardship agenda at Pennine Moss Hospitals.",
        "I would love to join the Corporate FP&A team.",  # a part of the employer
        "I would love to work with the R&D group on the new line.",
    ],
)
def test_past_places_refusals_and_the_employers_own_departments(
    linter: Linter, sentence: str
) -> None:
    assert lint_sentence(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        (
            "I remain very keen to bring my skills to the team at Brennock Partners.",
            "Brennock Partners",
        ),
        ("I'm keen to get a start with Nebo Creek Resources.", "Nebo Creek Resources"),
    ],
)
def test_a_team_given_to_and_a_start_wished_for(linter: Linter, sentence: str, wrong: str) -> None:
    assert lint_sentence(linter, sentence) == [wrong]


@pytest.mark.parametrize(
    "sentence",
    [
        "I've had eleven years on the tools, the last three as leading hand on the HV crew at "
        "Brigalow Coal.",
        "I know you had the Pilbara tender on at the time.",
        "I brought my skills to the team at Brennock Partners for five years.",
        "I got a start with Nebo Creek Resources in 2019.",
        "I was so impressed by the warmth of the staff at Initech.",
    ],
)
def test_a_working_record_and_a_project_named_for_a_place(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


def test_an_approach_brought_to_another_firm(linter: Linter) -> None:
    sentence = "I believe I can bring the same practical approach to Halbrook Logistics."
    assert lint_sentence(linter, sentence) == ["Halbrook Logistics"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If you need anything more from me, I can come to Hams Hall for a second meeting.",
        "I brought the same practical approach to Corvell Logistics when I started there.",
    ],
)
def test_a_trip_for_a_meeting_and_an_approach_brought_before(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        (
            "I should be so glad to be of some real use to the Gem City Museum of Flight.",
            "Gem City Museum of Flight",
        ),
    ],
)
def test_of_use_to_another_organisation(linter: Linter, sentence: str, wrong: str) -> None:
    assert lint_sentence(linter, sentence) == [wrong]


def test_a_tool_of_use_to_a_client_is_in_its_own_place(linter: Linter) -> None:
    sentence = "At my last job I built a dashboard that was of real use to Brennock Partners."
    assert lint_sentence(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        (
            "I would be glad to bring this kind of patient fault-finding to Nordvig Energi.",
            "Nordvig Energi",
        ),
        (
            "I am genuinely excited about the role and the prospect of bringing this kind of "
            "partnering to Table Bay Logistics.",
            "Table Bay Logistics",
        ),
        ("I'm still very interested in coming on board at Lehigh Crossing.", "Lehigh Crossing"),
    ],
)
def test_work_brought_to_and_joining_another_firm(
    linter: Linter, sentence: str, wrong: str
) -> None:
    assert lint_sentence(linter, sentence) == [wrong]


@pytest.mark.parametrize(
    "sentence",
    [
        "I came on board at Lehigh Crossing in 2019 as a line cook.",
        "I would prefer to move to Amsterdam, where my partner works.",
    ],
)
def test_joined_in_the_past_or_a_city_moved_to(linter: Linter, sentence: str) -> None:
    assert lint_sentence(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        (
            "Kindly inform whether my application is still under consideration at Globex.",
            ["Globex"],
        ),
        ("I was asked about the rough year my team had at Globex when the market turned.", []),
        ("My application is still with Globex as well, but Initech is my first choice.", []),
    ],
)
def test_an_application_placed_at_a_firm_and_the_writers_team_at_one(
    linter: Linter, sentence: str, wrong: list[str]
) -> None:
    assert lint_sentence(linter, sentence) == wrong


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("If a redacted sample DPIA would be of use to Initech, I can send one over.", []),
        ("I wrote an SOP for the night shift that Initech could adapt.", []),
        ("I would be proud to bring this care to Globex.", ["Globex"]),
    ],
)
def test_a_capitalised_kind_of_thing_after_a_is_no_firm(
    linter: Linter, sentence: str, wrong: list[str]
) -> None:
    assert lint_sentence(linter, sentence) == wrong
