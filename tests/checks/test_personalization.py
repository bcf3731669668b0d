"""Rule `personalization`: a thank-you note should mention something specific from the visit."""

from __future__ import annotations

import pytest

from followup_lint import Config, Context, Linter, ParsedDraft, Report, Severity
from tests.checks.helpers import (
    ACME_THANK_YOU,
    analyst_letter,
    entries_and_texts,
    lint_corpus,
    lint_text,
)
from tests.checks.helpers import ANALYST_OPENING as OPENING

MESSAGE = (
    "Nothing refers to something specific from the interview; mention a project, problem, person "
    "or topic you discussed."
)


def located(draft: ParsedDraft, report: Report) -> list[tuple[str, str]]:
    """Each personalization finding as (entry, source text)."""
    return entries_and_texts(draft, report, "personalization")


def lint_sentence(linter: Linter, sentence: str) -> tuple[ParsedDraft, Report]:
    return lint_text(linter, analyst_letter(sentence), ACME_THANK_YOU)


# -- fires ---------------------------------------------------------------------------------


def test_a_note_with_nothing_but_generic_praise(linter: Linter) -> None:
    # 'I really liked the team.'
    draft, report = lint_corpus(linter, "thank-you/barista-shift-supervisor-thx-short.txt")
    (finding,) = report.by_rule("personalization")
    assert finding.severity is Severity.WARNING
    assert finding.category.value == "content"
    assert finding.message == MESSAGE
    assert finding.suggestions == ()
    assert located(draft, report) == [
        ("missing", "Thx for meeting with me yesterday about the shift supervisor job.")
    ]
    assert (finding.span.line, finding.span.column) == (11, 1)


@pytest.mark.parametrize(
    ("name", "first_sentence"),
    [
        # 'I appreciated the chance to learn more about the role and about Ashgrove Council ...
        # confirmed my interest in the team and the work you do'
        (
            "thank-you/b3-payroll-yesterday-three-days-unsigned.txt",
            "Thank you for meeting with me yesterday about the Payroll Specialist position.",
        ),
        # 'I enjoyed learning about the role and the company'
        (
            "thank-you/b3-customer-success-excited-four-times.md",
            "Thank you so much for the interview yesterday for the **Customer Success Manager** "
            "role!",
        ),
        # 'Thank you for showing me around the Maren Star': the company's own name.
        (
            "thank-you/b2-deckhand-no-greeting-short.txt",
            "Thank you for showing me around the Maren Star on Friday.",
        ),
    ],
)
def test_generic_praise_and_the_companys_name_are_not_specific(
    linter: Linter, name: str, first_sentence: str
) -> None:
    draft, report = lint_corpus(linter, name)
    assert located(draft, report) == [("missing", first_sentence)]


@pytest.mark.parametrize(
    "name",
    [
        # 'four years of front-desk experience in a busy physiotherapy clinic'
        "thank-you/b3-dental-receptionist-pearlview.txt",
        # 'full rewires, consumer unit upgrades and EICR testing', 'the 18th Edition regulations'
        "thank-you/b3-electrician-lazy-supervisor.md",
    ],
)
def test_details_of_the_writers_own_experience_do_not_count(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert [f.entry for f in report.by_rule("personalization")] == ["missing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed learning about the role and the company.",
        "The team seems great, and I enjoyed our conversation.",
        "I appreciated hearing about your goals and the culture of the team.",
        "I enjoyed our discussion about the exciting projects.",
        "I have five years of experience with SQL and Python at Globex.",
        "Let me know if you need my portfolio or references.",
        # a possible future, not something from the conversation
        "I can come in for a trial shift if you would like me to demonstrate my knife skills.",
        "Should you want a second reference, my former supervisor can help.",
        # a colleague from the writer's own past
        "I have worked with Maria Lopez on reporting pipelines for years.",
        "I built dashboards with Maria Lopez at my previous employer.",
        # what the reader does, in words that fit any employer
        "I enjoyed hearing how you support your staff.",
        "It was good to hear how you manage projects.",
    ],
)
def test_inline_generic_notes(linter: Linter, sentence: str) -> None:
    draft, report = lint_sentence(linter, sentence)
    assert located(draft, report) == [("missing", OPENING.strip())]


# -- silent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # 'I enjoyed hearing how your team uses shipment data to predict delays'
        "thank-you/data-analyst-dear-sara.txt",
        # 'your candor about how busy the fracture clinic gets on Mondays'
        "thank-you/b3-physician-assistant-splints-clean.eml",
        # 'the Jura Savagnin you poured at the end'
        "thank-you/b3-sommelier-please-please-late.txt",
        # 'your superintendent, Mr. Garza': a person met
        "thank-you/construction-project-manager-380-words.txt",
        # 'its new twelve-bed layout': a figure
        "thank-you/icu-nurse-panel-one-greeted.txt",
        # 'the large wood-fired kiln' the writer was shown
        "thank-you/pottery-studio-stoked-kiln-hello-team.txt",
        # no front matter: 'the new commercial contracts you're gonna be bidding on'
        "thank-you/plumber-asap-gonna-no-frontmatter.txt",
        # 'Watching your crew rough in the wiring for that new clinic'
        "thank-you/electrician-apprentice-hey-mike.txt",
        # 'the workers' comp claims you showed me', parsed as a clause 'claims' governs
        "thank-you/b18a-billing-specialist-workers-comp-please-please.md",
    ],
)
def test_something_specific_from_the_visit(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("personalization") == ()


@pytest.mark.parametrize(
    "name",
    [
        "status-inquiry/b3-sre-before-decision-date-any-update.txt",
        "rejection-reply/b3-content-strategist-bitter-no-thanks.txt",
        "offer-notice/b3-site-manager-mr-price-deadline-thrice.txt",
    ],
)
def test_only_thank_you_notes_are_judged(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert report.by_rule("personalization") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing how your team uses shipment data to predict delivery delays.",
        "It was a pleasure to meet Maria.",
        "Your plan to migrate the warehouse dashboards to Tableau sounds promising.",
        "The forecasting model you described is a problem I have solved before.",
        "I was glad to hear that the team grew by 40 percent this year.",
        # what the reader's side does, named by a verb of its own
        "Seeing how you rotate the pickers out every forty minutes told me a lot.",
    ],
)
def test_inline_specific_details(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("personalization") == ()


def test_a_stricter_setting_needs_more_concrete_words() -> None:
    strict = Linter(Config(rules={"personalization": {"min-specific-words": 4}}))
    sentence = "The forecasting model you described is a problem I have solved before."
    _, report = lint_sentence(strict, sentence)
    assert [f.entry for f in report.by_rule("personalization")] == ["missing"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a number in a name the entity recogniser misses
        "Thanks for walking me through the Route 9 warehouse project.",
        "I enjoyed the tour of Building 4 and its loading bays.",
        # a person the writer spent part of the visit with
        "Pairing on the churn query with Priya Nair was the highlight of my day.",
        "I spent an hour reviewing dashboards alongside Tomasz Nowak.",
    ],
)
def test_names_numbers_and_people_met_are_specific(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("personalization") == ()


# -- anything concrete from the visit counts; the writer's own story does not ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The SAP migration sounds like a big job.",
        "Good luck with the Q3 launch!",
        "All the best with the Manchester expansion.",
        "Meeting Priya and the rest of the night crew was a highlight.",
        "Sipho's point about the backlog was well taken.",  # a name the tagger calls a noun
        "Kindly extend my regards to Mrs. Adeyemi, who showed me the filing system.",
        "Please thank Dr. Okafor for the time in the lab.",
        "Thank you for introducing me to Kwame from procurement.",
        "Hearing that you ship 3,000 orders a day was eye-opening.",
        "It was great to learn the clinic sees 200 patients a week.",
        'Your line about "slow is smooth" stuck with me.',
        "I was impressed by the Tableau dashboards on the wall.",
        "I would love to help with the Kafka rollout you are planning.",
        "I look forward to seeing the Kafka rollout take shape.",
        "I found the case study on the Bristol bus depot fascinating.",
        "Congratulations again on winning the Northern Logistics award.",
        "It was brilliant to see the lads pouring the slab on the Hendon job.",
        "The way your nurses use the SBAR handover really impressed me.",
        "Thanks for the tour of the cold store.",
        "I loved seeing the new CNC lathe in action.",
    ],
)
def test_names_figures_quotes_and_things_seen_are_specific(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("personalization") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I am confident my skills would be an asset to your team.",
        "Thank you for your time and consideration.",
        "I really valued the chance to learn more about the position.",
        "It was a pleasure meeting the three of you.",
        "Everything you said about the company was inspiring.",
        "The opportunity to grow with your organisation excites me.",
        "Thank you for the warm welcome and the insightful discussion.",
        "I enjoyed the conversation and learning how the team works.",
        "I remain very interested in the post and the work of your department.",
        "It was great to meet you and the team on Monday.",
        "Your questions made me think hard about my own approach.",
        "Please find attached my CV and two references.",
        # names and figures from the writer's own story
        "At Globex I cut reporting time by 30 percent.",
        "I hold an MSc from the University of Leeds.",
        "My Excel and Power BI skills would help from day one.",
        "I worked in Lagos for three years before moving to London.",
        "I am currently completing my CIPD Level 5 qualification.",
        "I helped launch the SAP module at my last job.",
        "I supervised 40 staff across two sites.",
        "I managed a budget of $2m in my previous post.",
        "I am proficient in Excel, SQL and Power BI.",
        "Having spent ten years in logistics, I understand the pressures of peak season.",
        # the employer's own name and a job title
        "Thank you for considering my application for the Azure Engineer role.",
        "I am excited about the chance to work at Globex Analytics.",
        "I would love to join Initech.",
        # a name that only places or frames something generic
        "I would be delighted to relocate for the role in Thunder Bay.",
        "Thank you again for the Zoom call.",
        "I enjoyed seeing your São Paulo office.",
        "I speak Portuguese and Spanish fluently.",
        "I can start on 1 December and am free for a second interview.",
    ],
)
def test_generic_praise_and_the_writers_own_story_are_not_specific(
    linter: Linter, sentence: str
) -> None:
    draft, report = lint_sentence(linter, sentence)
    assert located(draft, report) == [("missing", OPENING.strip())]


def test_a_wrong_company_in_the_employers_place_is_not_a_detail(linter: Linter) -> None:
    # '... the Dental Receptionist position at Pearlview Dental Care' (the employer is
    # Brightsmile): a name, but the company's, not something from the conversation.
    _, report = lint_corpus(linter, "thank-you/b3-dental-receptionist-pearlview.txt")
    assert [f.entry for f in report.by_rule("personalization")] == ["missing"]


def test_a_person_to_work_with_is_not_the_employer(linter: Linter) -> None:
    _, report = lint_sentence(linter, "I look forward to working with Priya Nair on the audit.")
    assert report.by_rule("personalization") == ()


# -- round 4: the writer's own prospects and the organisation as a whole -------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's hopes for something not yet known
        "The apprenticeship would give me a chance to learn a skilled craft properly.",
        "I hope to learn new techniques from experienced masons.",
        "I am keen to learn a trade with real prospects.",
        "With your guidance, I would learn modern repair methods quickly.",
        "I hope to observe senior nurses at work and learn good bedside habits.",
        "It would be a privilege to learn traditional joinery skills.",
        "I would welcome the chance to shadow experienced engineers in field practice.",
        "I aim to learn practical accountancy under seasoned auditors.",
        "Being taken on would let me see real building conservation up close.",
        "I long to hear seasoned voices and learn hospital routines.",
        # the organisation as a whole, however it is praised
        "It is a privilege to be shortlisted by your distinguished establishment.",
        "I thank you for being interviewed by your renowned academy.",
        "I would be honoured to join your prestigious enterprise.",
        "Kindly accept my thanks for being selected by your illustrious institution.",
        "It would be a dream to work at your well-regarded workshop.",
        "Being invited by your highly regarded foundation was a great honour.",
        "I was humbled to be called for interview by your famed hospital.",
        "I would be proud to work for your reputed concern.",
        "I am grateful to have been considered by your esteemed institution.",
        "It was an honour to be short-listed by your leading agency.",
    ],
)
def test_the_writers_hopes_and_the_whole_organisation_are_not_specific(
    linter: Linter, sentence: str
) -> None:
    draft, report = lint_sentence(linter, sentence)
    assert located(draft, report) == [("missing", OPENING.strip())]


@pytest.mark.parametrize(
    "sentence",
    [
        # hopes about something the visit made known
        "I would love to learn more about the kiln rebuild you mentioned.",
        "I would love to hear more about the mezzanine extension.",
        "I hope to see the new dispatch line running when it opens.",
        "I would like to learn the cathedral's lime mortar recipe.",
        "I would be keen to observe the night shift handover on Ward 7.",
        "It would be a privilege to learn the west front restoration methods.",
        "I hope to shadow the triage nurses in the emergency department.",
        "I would welcome the chance to review the supplier consolidation plan.",
        "Thank you for the chance to see a working lime kiln.",
        "I loved seeing a real steam crane being restored.",
        # a part of the organisation, or a thing of it, not the whole
        "I was impressed by your hospital's new cardiac step-down unit.",
        "It was exciting to hear about your institution's flood-modelling grant.",
        "I would be honoured to join your neonatal transport team.",
        "Being interviewed by your paediatric oncology panel was humbling.",
        "I would love to work on your rainfall-runoff model.",
        "Your esteemed institution's work on dengue vaccines impressed me.",
        "It was a privilege to be interviewed by Dr. Menon and your heart team.",
        "I hope to join the crew restoring your medieval choir screen.",
        "I would be glad to work with your stroke rehabilitation unit.",
        "Thank you for inviting me to your Saturday farmers' market stall.",
    ],
)
def test_known_things_and_parts_of_the_organisation_stay_specific(
    linter: Linter, sentence: str
) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("personalization") == ()


# -- round b19: the writer's own list, offer and the employer seeking ----------------------


def test_a_numbered_list_of_the_writers_qualifications_is_not_specific(linter: Linter) -> None:
    # '2. Good knowledge of Excel, Power BI and SAP TM.' and '3. Experience with monthly KPI
    # reports': products the writer knows, not things from the conversation
    _, report = lint_corpus(linter, "thank-you/b19b-supply-chain-analyst-felixstowe-video.md")
    assert len(report.by_rule("personalization")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Strong knowledge of Kubernetes and Terraform.",
        "Experience with Salesforce and HubSpot reporting.",
        "I would be glad to send a letter of recommendation from Reverend Okafor.",
        "I am sure my experience is a good match for what Globex is looking for.",
    ],
)
def test_the_writers_skills_offers_and_an_employer_seeking_are_not_details(
    linter: Linter, sentence: str
) -> None:
    _, report = lint_sentence(linter, sentence)
    assert [f.entry for f in report.by_rule("personalization")] == ["missing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Your team's knowledge of Kubernetes was impressive.",
        "I was glad to hear about the Salesforce migration.",
        "I would be glad to send a cost model for the kiln rebuild you described.",
        "I hope Sipho finds the second forklift driver he is looking for.",
    ],
)
def test_the_readers_knowledge_and_news_stay_specific(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("personalization") == ()


@pytest.mark.parametrize(
    "name",
    [
        # "I reckon I'd fit in well at Tussock Agri, and I'd bring ...": apostrophes quote nothing
        "thank-you/b20a-farm-systems-advisor-system-four-gumboots.txt",
        # 'Suffice to say I'd very much like the job': a common word opening the sentence
        "thank-you/b20b-midweight-copywriter-studied-nonchalance.txt",
        # 'the Site Engineer (Infrastructure) position', 'any documents or references you may
        # require', 'May Allah reward you for your time and kindness.'
        "thank-you/b20b-site-engineer-infrastructure-waleed.txt",
    ],
)
def test_apostrophes_titles_blessings_and_possible_requests_are_no_details(
    linter: Linter, name: str
) -> None:
    _, report = lint_corpus(linter, name)
    assert len(report.by_rule("personalization")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Your line about 'measure twice, cut once' stayed with me.",
        "I keep thinking about the Leeds depot move you described.",
    ],
)
def test_a_quotation_and_a_described_move_stay_specific(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("personalization") == ()


@pytest.mark.parametrize(
    "name",
    [
        # "I'm happy to send over the diary study ... from my portfolio — they're a bit long":
        # the writer's own work, whatever the parse hangs it from
        "thank-you/b21a-ux-researcher-tidewater-relaxed-panel.txt",
        # '22 years Army logistics, the last 8 running supply operations': a résumé line
        "thank-you/b21b-inventory-control-lead-cielo-tuesday.eml",
    ],
)
def test_the_writers_own_material_and_record_are_no_details(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert len(report.by_rule("personalization")) == 1


def test_the_companys_legal_suffix_is_no_detail(linter: Linter) -> None:
    # 'the Treasury Analyst position with Ferrand Marine Insurance Ltd.'
    context = Context(company="Ferrand Marine Insurance Ltd.", position="Treasury Analyst")
    _, report = lint_corpus(linter, "thank-you/b21b-treasury-analyst-ferrand-marine.eml", context)
    assert len(report.by_rule("personalization")) == 1


@pytest.mark.parametrize(
    "name",
    [
        # 'I hope you don't mind me dropping you a line', 'from the minute I walked through the
        # door': a negated wish and the writer's own walk are nothing of the visit
        "thank-you/b22a-housing-operations-coordinator-tai-glannau-welcome.md",
        # 'helping families get the care they need' ('they' are the families); 'en la comunidad'
        "thank-you/b22a-chw-diabetes-outreach-palo-verde-kitchen-table.txt",
        # a verbless list of what the writer brings: '7 years of backend development, mostly Go
        # and Kotlin', 'Postgres, Kafka and Redis in production'
        "thank-you/b22b-backend-engineer-lindegracht-panel.md",
        # 'the position of Completions Engineer at Gulfline Pressure Systems', "Master's
        # degree in Petroleum Engineering (Caspian State Technical University, 2016)"
        "thank-you/b22b-completions-engineer-gulfline-qualifications.md",
    ],
)
def test_what_is_the_writers_or_nobodys_is_no_detail(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert len(report.by_rule("personalization")) == 1


def test_a_phrase_the_parse_hung_on_the_verb_still_belongs_to_the_thing(linter: Linter) -> None:
    # 'Good to see the chicory behind the yards holding up after that wet August.'
    _, report = lint_corpus(linter, "thank-you/b20a-territory-manager-waikato-chicory-yards.txt")
    assert report.by_rule("personalization") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing about the pilots they ran in Leeds last spring.",  # the company's
        "You walked me through the returns cage and the night rota.",
    ],
)
def test_their_work_and_a_walk_through_stay_specific(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("personalization") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'It was a honour to discuss about the Transportation Engineer (Road Safety) position
        # with two professionals of such experience': a number of people is no figure
        "thank-you/b23a-transportation-engineer-ashbridge-offices.eml",
        # "In enterprise sales I've always seen myself as a partner": a self-view, not the visit
        "thank-you/b23b-senior-manager-customer-success-peachline.md",
        # 'for the post of Estates Maintenance Supervisor': the title after 'the post of'
        "thank-you/b23b-estates-supervisor-plym-college.txt",
    ],
)
def test_people_counted_self_views_and_titles_after_of_are_no_details(
    linter: Linter, name: str
) -> None:
    context = None
    if name.endswith(".eml"):
        context = Context(
            position="Transportation Engineer (Road Safety)", company="City of Ashbridge"
        )
    _, report = lint_corpus(linter, name, context)
    assert len(report.by_rule("personalization")) == 1


@pytest.mark.parametrize(
    "sentence",
    ["You said the depot ships 3,000 orders a day.", "I keep thinking about the Ward 9B rota."],
)
def test_figures_in_digits_stay_details(linter: Linter, sentence: str) -> None:
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("personalization") == ()


@pytest.mark.parametrize(
    ("name", "context"),
    [
        # 'The values you talked about, like reliability and teamwork, are the same values I
        # try to bring to my own work every day.'
        (
            "thank-you/b24b-export-logistics-coordinator-cape-meridian-terminal.eml",
            Context(position="Export Logistics Coordinator", company="Cape Meridian Exports"),
        ),
        # "the legal function's emphasis on excellence, collaboration, and service"
        ("thank-you/b24b-corporate-paralegal-meridale-foods-in-house.md", None),
    ],
)
def test_virtues_any_employer_claims_are_no_detail(
    linter: Linter, name: str, context: Context | None
) -> None:
    _, report = lint_corpus(linter, name, context)
    assert len(report.by_rule("personalization")) == 1


def test_a_discussed_virtue_with_a_detail_of_its_own_is_specific(linter: Linter) -> None:
    sentence = (
        "Your point about safety on the night shift, when the forklift lanes go dark, stayed "
        "with me."
    )
    _, report = lint_sentence(linter, sentence)
    assert report.by_rule("personalization") == ()


def test_a_definite_thing_of_the_visit_judged_afterwards(linter: Linter) -> None:
    # 'the run down the decline to look at the new substation was a bonus'
    _, report = lint_corpus(linter, "thank-you/b26a-underground-supervisor-decline-vsd.md")
    assert report.by_rule("personalization") == ()


@pytest.mark.parametrize(
    "name",
    [
        # 'The last two companies I worked for had hands who …'; 'the O&M team at Double
        # Mountain', the employer the first line named, without a context
        "thank-you/b27a-om-supervisor-double-mountain-snyder.txt",
        # 'fresh ideas to your digital channels' for the *Digital Engagement Assistant*
        # position; 'your welcome to reach out anytime, and I'm happy to share more examples'
        "thank-you/b27b-digital-engagement-assistant-waller-creek.md",
        # a bulleted summary of the writer's own record; 'I can help Hill Country Beverage
        # hit its numbers' (a reused name in the employer's place)
        "thank-you/b26b-plant-operations-manager-green-belt.txt",
    ],
)
def test_the_writers_past_the_employer_and_the_job_itself_are_no_detail(
    linter: Linter, name: str
) -> None:
    _, report = lint_corpus(linter, name)
    assert len(report.by_rule("personalization")) == 1


@pytest.mark.parametrize(
    ("name", "context"),
    [
        # a numbered list of the writer's own record: '2.' is no figure
        ("thank-you/b28a-corporate-investigator-prairie-meridian-rcmp.txt", None),
        # 'every child can learn to love books': a belief, not something learned at the visit
        (
            "thank-you/b28b-reading-tutor-coordinator-grandson-email.eml",
            Context(position="Reading Tutor Coordinator"),
        ),
        # 'to join the team at Harrow & Vance': a firm's name in the employer's place
        (
            "thank-you/b28a-paralegal-castellanos-litigation-support.eml",
            Context(position="Paralegal", company="Castellanos Reid"),
        ),
    ],
)
def test_list_numbers_beliefs_and_a_joined_name_are_no_detail(
    linter: Linter, name: str, context: Context | None
) -> None:
    _, report = lint_corpus(linter, name, context)
    assert len(report.by_rule("personalization")) == 1


@pytest.mark.parametrize(
    "name",
    [
        # 'As a pharmacy technician at Westheimer Care Pharmacy ..., I have managed our daily
        # inventory': 'our' is the writer's own workplace, not the reader's side
        "thank-you/b30a-inventory-analyst-cypress-hollow.eml",
        # 'a great group of people and a strong brand here in South Florida': where they are
        "thank-you/b31b-leasing-operations-manager-south-florida.md",
    ],
)
def test_the_writers_own_inventory_and_a_region_are_no_detail(linter: Linter, name: str) -> None:
    _, report = lint_corpus(linter, name)
    assert len(report.by_rule("personalization")) == 1


def test_a_thing_of_the_visit_the_writer_keeps_laughing_about(linter: Linter) -> None:
    # "I still haven't stopped laughing about the Saturday hygiene block that nobody wants to
    # take."
    _, report = lint_corpus(linter, "thank-you/b31a-office-manager-saturday-hygiene-block.eml")
    assert report.by_rule("personalization") == ()


@pytest.mark.parametrize(
    ("sentence", "specific"),
    [
        ("I keep thinking about the pallet audit you run every Friday.", True),
        ("I keep thinking about the weekly pallet audit.", True),
        ("I keep thinking about a career in logistics.", False),
        ("I keep thinking about my move from retail.", False),
    ],
)
def test_things_the_writer_keeps_turning_over(
    linter: Linter, sentence: str, specific: bool
) -> None:
    _, report = lint_sentence(linter, sentence)
    assert (report.by_rule("personalization") == ()) is specific
