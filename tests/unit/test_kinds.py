"""Kind detection: real corpus drafts of each kind, tricky cases, confidence, and cue files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from spacy.language import Language

from followup_lint import Linter
from followup_lint.draft import ParsedDraft, parse_draft, read_draft
from followup_lint.errors import RulePackError
from followup_lint.kinds import Detection, KindDetector, kind_cue_needs, load_kind_rules
from followup_lint.linter import mark_part_boundaries
from followup_lint.models import Kind
from followup_lint.nlp import components_for, load_pipeline, resolve_model_name
from followup_lint.rulepacks import builtin_rules_dir
from tests.conftest import corpus_draft

BUILTIN = Path(str(builtin_rules_dir() / "kinds"))


@pytest.fixture(scope="module")
def nlp() -> Language:
    """Just the components the cues need (load_pipeline is cached across the session)."""
    return load_pipeline(resolve_model_name(), components_for(kind_cue_needs()))


@pytest.fixture(scope="module")
def detector(nlp: Language) -> KindDetector:
    return KindDetector(nlp)


def detect(nlp: Language, detector: KindDetector, draft: str | ParsedDraft) -> Detection:
    """Annotate like the linter does (sentences never cross paragraphs), then detect."""
    parsed = draft if isinstance(draft, ParsedDraft) else parse_draft(draft)
    doc = nlp.make_doc(parsed.text)
    mark_part_boundaries(doc, parsed)
    return detector.detect(nlp(doc))


def from_corpus(nlp: Language, detector: KindDetector, name: str) -> Detection:
    return detect(nlp, detector, read_draft(corpus_draft(name)))


def cues_of(detection: Detection, kind: Kind) -> set[str]:
    return {hit.cue for hit in detection.evidence if hit.kind == kind}


# -- each kind, on real development drafts ----------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "thank-you/sr-accountant-earlier-today.txt",
        "thank-you/research-scientist-quoted-printable.eml",
        "thank-you/icu-nurse-panel-one-greeted.txt",
        "status-inquiry/hvac-technician-two-weeks-ago.txt",
        "status-inquiry/b3-sre-before-decision-date-any-update.txt",
        "status-inquiry/b2-electrician-must-insist-no-thanks.txt",
        "rejection-reply/b3-library-assistant-re-news-hiring-manager.txt",
        "rejection-reply/b3-vet-nurse-monday-topic-slot.md",
        "rejection-reply/b3-barista-hey-lol-short.txt",
        "offer-notice/b3-ux-researcher-written-offer-clean.txt",
        "offer-notice/b3-science-teacher-last-wednesday.txt",
        "offer-notice/b3-tax-associate-big-four-leverage.md",
        # status asked in the writer's own words: 'a rough idea of where things are at', 'so no
        # pressure at all', 'a wee note about the ... job I came in for'
        "status-inquiry/b12a-belfast-social-worker-tenancy-wee-note.txt",
        # 'information about the state of my application'
        "status-inquiry/b12b-sales-associate-colloquium-croydon.txt",
    ],
)
def test_corpus_draft_is_detected_as_its_folder(
    nlp: Language, detector: KindDetector, name: str
) -> None:
    detection = from_corpus(nlp, detector, name)
    assert detection.kind == Kind(name.split("/")[0]), detection.evidence
    assert detection.confidence >= 0.7


@pytest.mark.parametrize(
    ("name", "misleading"),
    [
        # 'I was offered early retirement' is no job offer
        ("thank-you/b11b-retired-postmaster-member-service-rep.txt", "offer-received"),
        # 'I hope the person you have chosen enjoys the work' is not the writer's enjoyment
        ("rejection-reply/b11b-barbados-teacher-facilitator-feedback.txt", "enjoyed-meeting"),
    ],
)
def test_words_of_another_kind_in_other_senses_do_not_count(
    nlp: Language, detector: KindDetector, name: str, misleading: str
) -> None:
    detection = from_corpus(nlp, detector, name)
    assert detection.kind == Kind(name.split("/")[0]), detection.evidence
    assert misleading not in [hit.cue for hit in detection.evidence]


def test_thank_you_cues_are_the_thanks_and_the_recent_meeting(
    nlp: Language, detector: KindDetector
) -> None:
    detection = from_corpus(nlp, detector, "thank-you/sr-accountant-earlier-today.txt")
    assert {"thanks-for-meeting", "recent-meeting"} <= cues_of(detection, Kind.THANK_YOU)


def test_rejection_reply_cues_name_the_rejection(nlp: Language, detector: KindDetector) -> None:
    detection = from_corpus(nlp, detector, "rejection-reply/b3-vet-nurse-monday-topic-slot.md")
    assert {"thanks-for-letting-know", "not-selected"} <= cues_of(detection, Kind.REJECTION_REPLY)


# -- tricky cases ---------------------------------------------------------------------------


def test_thank_you_that_mentions_feedback(nlp: Language, detector: KindDetector) -> None:
    # "hearing your feedback on the sauce": feedback received, not asked for after a rejection.
    detection = from_corpus(nlp, detector, "thank-you/kitchen-trial-no-frontmatter-no-title.txt")
    assert detection.kind == Kind.THANK_YOU
    assert "feedback-request" not in cues_of(detection, Kind.REJECTION_REPLY)


def test_thanks_for_feedback_on_the_day_is_a_thank_you(
    nlp: Language, detector: KindDetector
) -> None:
    text = (
        "Dear Dr. Alvarez,\n\nMany thanks for the warm welcome at the lab today and for the "
        "feedback on my poster. Your point about batch effects was spot on, and I have already "
        "re-run the analysis.\n\nI would be delighted to join the group.\n\nKind regards,\nTom"
    )
    assert detect(nlp, detector, text).kind == Kind.THANK_YOU


@pytest.mark.parametrize(
    "name",
    [
        "status-inquiry/b2-procurement-time-essence.eml",  # "a competing offer on the table"
        "status-inquiry/b3-wind-technician-third-email-offer.eml",  # "received an offer"
        "status-inquiry/b2-line-cook-revert-at-earliest.txt",  # "another offer from a hotel"
    ],
)
def test_status_inquiry_that_uses_an_offer_as_leverage(
    nlp: Language, detector: KindDetector, name: str
) -> None:
    detection = from_corpus(nlp, detector, name)
    assert detection.kind == Kind.STATUS_INQUIRY
    assert detection.scores[Kind.OFFER_NOTICE] > 0  # the offer is seen, and outweighed


@pytest.mark.parametrize(
    "name",
    [
        "rejection-reply/b3-structural-engineer-subject-bath-clean.txt",
        "rejection-reply/b3-qa-technician-area-slot-halden.md",
    ],
)
def test_rejection_reply_that_thanks_for_the_interview(
    nlp: Language, detector: KindDetector, name: str
) -> None:
    detection = from_corpus(nlp, detector, name)
    assert detection.kind == Kind.REJECTION_REPLY
    assert cues_of(detection, Kind.THANK_YOU)  # it does thank for the meeting


def test_thank_you_whose_last_paragraph_mentions_an_offer(
    nlp: Language, detector: KindDetector
) -> None:
    # The opening thanks for Thursday's panel; the held offer comes only at the end.
    detection = from_corpus(nlp, detector, "thank-you/b2-backend-payments-thursday-panel.md")
    assert detection.kind == Kind.THANK_YOU
    assert detection.runner_up == Kind.OFFER_NOTICE
    assert detection.confidence < 0.7


def test_following_up_on_the_conversation_is_not_a_status_inquiry(
    nlp: Language, detector: KindDetector
) -> None:
    # "I am following up on our conversation on Friday": the conversation, not the application.
    detection = from_corpus(nlp, detector, "thank-you/supply-chain-analyst-thanks-to-causal.txt")
    assert detection.kind == Kind.THANK_YOU
    assert "continues-conversation" in cues_of(detection, Kind.THANK_YOU)
    assert detection.runner_up == Kind.STATUS_INQUIRY
    assert detection.confidence < 0.75


# -- negation, hedges, position, subject line -------------------------------------------------

NO_OFFER = """\
Dear Ms. Lopez,

Thank you for meeting me yesterday about the analyst role. I have not received any other offer,
and your team is where I want to be.

Best regards,
Sam Lee
"""

HEDGED_OFFER = """\
Dear Ms. Lopez,

Thank you for meeting me yesterday. I wanted to ask whether you expect to make me an offer
before the holidays.

Best regards,
Sam Lee
"""


@pytest.mark.parametrize("text", [NO_OFFER, HEDGED_OFFER])
def test_a_negated_or_hedged_offer_is_no_offer(
    nlp: Language, detector: KindDetector, text: str
) -> None:
    detection = detect(nlp, detector, text)
    assert detection.kind == Kind.THANK_YOU
    assert detection.scores[Kind.OFFER_NOTICE] == 0


def test_the_same_offer_stated_plainly_counts(nlp: Language, detector: KindDetector) -> None:
    text = NO_OFFER.replace(
        "I have not received any other offer", "I have received a written offer"
    )
    assert cues_of(detect(nlp, detector, text), Kind.OFFER_NOTICE) >= {"offer-received"}


def test_a_cue_in_the_first_paragraph_weighs_more_than_in_a_later_one(
    nlp: Language, detector: KindDetector
) -> None:
    ask = "Is there any update on my application?"
    filler = "I have kept working on the sample report we discussed in the interview."
    early = f"Dear Ana,\n\n{ask}\n\n{filler}\n\n{filler} Again.\n\n{filler} Thanks.\n\nBest,\nLi"
    late = f"Dear Ana,\n\n{filler}\n\n{filler} Again.\n\n{ask}\n\n{filler} Thanks.\n\nBest,\nLi"

    def weight(text: str) -> float:
        hits = detect(nlp, detector, text).evidence
        return next(h.weight for h in hits if h.cue == "status-ask")

    assert weight(early) > weight(late)


def test_reply_subject_with_rejection_wording(nlp: Language, detector: KindDetector) -> None:
    text = (
        "Subject: Re: Your application - Data Analyst\n\nDear Ms. Lopez,\n\nThank you for your "
        "message. Of course I am disappointed, but I enjoyed meeting the team on Tuesday and "
        "would welcome being considered for future roles.\n\nBest regards,\nSam Lee\n"
    )
    detection = detect(nlp, detector, text)
    assert detection.kind == Kind.REJECTION_REPLY
    assert any(h.cue == "reply-subject" and h.region == "subject" for h in detection.evidence)


def test_detection_with_the_drafts_own_parts_agrees(nlp: Language, detector: KindDetector) -> None:
    parsed = read_draft(corpus_draft("offer-notice/b3-controls-engineer-update-subject.eml"))
    doc = nlp.make_doc(parsed.text)
    mark_part_boundaries(doc, parsed)
    doc = nlp(doc)
    assert detector.detect(doc, parsed.parts) == detector.detect(doc)


# -- confidence -------------------------------------------------------------------------------


def test_confidence_is_low_when_two_kinds_score_close(
    nlp: Language, detector: KindDetector
) -> None:
    text = (
        "Dear Ms. Lopez,\n\nThank you for the interview last week. I have received another "
        "offer, and I wanted to ask whether there is any update on my application.\n\n"
        "Best regards,\nSam Lee\n"
    )
    detection = detect(nlp, detector, text)
    assert detection.kind in (Kind.STATUS_INQUIRY, Kind.OFFER_NOTICE)
    assert detection.confidence < 0.75


def test_confidence_is_low_when_nothing_points_anywhere(
    nlp: Language, detector: KindDetector
) -> None:
    detection = detect(nlp, detector, "Hello,\n\nI look forward to hearing from you.\n\nBest,\nSam")
    assert detection.kind == Kind.THANK_YOU  # the default
    assert detection.confidence < 0.5


def test_confidence_is_high_on_a_clear_note(nlp: Language, detector: KindDetector) -> None:
    detection = from_corpus(
        nlp, detector, "rejection-reply/b3-library-assistant-re-news-hiring-manager.txt"
    )
    assert detection.confidence >= 0.95


def test_linter_reports_the_detected_kind_and_confidence(linter: Linter) -> None:
    draft = read_draft(corpus_draft("status-inquiry/pharmacy-technician-the-position.eml"))
    report = linter.lint(draft)
    detection = linter.detect_kind(draft)
    assert (report.kind, report.kind_source) == (Kind.STATUS_INQUIRY, "detected")
    assert report.kind_confidence == detection.confidence


# -- cue files --------------------------------------------------------------------------------


def test_built_in_cue_files_load_and_cover_every_kind() -> None:
    rules = load_kind_rules()
    assert [c.kind.id for c in rules.kinds] == list(Kind)
    assert all(c.cue for c in rules.kinds)
    assert rules.settings.temperature > 0


def test_cues_need_lemmas_parts_of_speech_and_sentences() -> None:
    assert {"lemmatizer", "pos", "sentences"} <= kind_cue_needs()


def copy_builtin(tmp_path: Path) -> Path:
    folder = tmp_path / "kinds"
    shutil.copytree(BUILTIN, folder)
    return folder


GOOD_CUE = '[[cue]]\nid = "extra"\nphrase = "extra words"\nweight = 1.0\n'


@pytest.mark.parametrize(
    ("file", "addition", "expected"),
    [
        ("thank-you.toml", "[[cue\n", "not valid TOML"),
        ("thank-you.toml", GOOD_CUE.replace("1.0", "0"), "weight"),
        ("thank-you.toml", GOOD_CUE + "colour = 'red'\n", "colour"),
        ("status-inquiry.toml", GOOD_CUE + 'pattern = [{ LOWER = "x" }]\n', "exactly one"),
        ("rejection-reply.toml", GOOD_CUE.replace('"extra"', '"Extra Cue"'), "kebab"),
        ("offer-notice.toml", GOOD_CUE.replace('"extra"', '"first-choice"'), "duplicate"),
        ("offer-notice.toml", GOOD_CUE + "where = 'footer'\n", "where"),
        ("detector.toml", "[extra]\nkey = 1\n", "extra"),
    ],
)
def test_a_bad_cue_file_is_an_error_naming_the_file(
    tmp_path: Path, file: str, addition: str, expected: str
) -> None:
    folder = copy_builtin(tmp_path)
    target = folder / file
    target.write_text(target.read_text(encoding="utf-8") + "\n" + addition, encoding="utf-8")
    with pytest.raises(RulePackError) as error:
        load_kind_rules(folder)
    assert error.value.path == str(target)
    assert expected in error.value.message


def test_a_bad_detector_setting_is_an_error_naming_the_file(tmp_path: Path) -> None:
    folder = copy_builtin(tmp_path)
    target = folder / "detector.toml"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("temperature = 1.5", "temperature = -1"), encoding="utf-8")
    with pytest.raises(RulePackError) as error:
        load_kind_rules(folder)
    assert error.value.path == str(target)
    assert "temperature" in error.value.message


def test_a_cue_file_for_the_wrong_kind_is_an_error(tmp_path: Path) -> None:
    folder = copy_builtin(tmp_path)
    (folder / "thank-you.toml").rename(folder / "thanks.toml")
    with pytest.raises(RulePackError) as error:
        load_kind_rules(folder)
    assert error.value.path == str(folder / "thanks.toml")


def test_a_missing_kind_is_an_error(tmp_path: Path) -> None:
    folder = copy_builtin(tmp_path)
    (folder / "offer-notice.toml").unlink()
    with pytest.raises(RulePackError, match="offer-notice"):
        load_kind_rules(folder)


def test_an_invalid_token_pattern_is_an_error_naming_the_file(
    tmp_path: Path, nlp: Language
) -> None:
    folder = copy_builtin(tmp_path)
    target = folder / "thank-you.toml"
    bad = '[[cue]]\nid = "bad"\npattern = [{ LOWR = "x" }]\nweight = 1.0\n'
    target.write_text(target.read_text(encoding="utf-8") + "\n" + bad, encoding="utf-8")
    with pytest.raises(RulePackError) as error:
        KindDetector(nlp, folder)
    assert error.value.path == str(target)
    assert "'bad'" in error.value.message


@pytest.mark.parametrize(
    "sentence",
    [
        "I am awaiting your response on the outcome.",
        "I await your decision on my application.",
        "I am still waiting to hear back from the panel.",
    ],
)
def test_waiting_for_the_answer_is_a_status_inquiry_cue(
    nlp: Language, detector: KindDetector, sentence: str
) -> None:
    detection = detect(nlp, detector, f"Dear Sarah,\n\n{sentence}\n\nBest regards,\nJordan Lee\n")
    assert "awaiting-reply" in cues_of(detection, Kind.STATUS_INQUIRY)


def test_yesterday_counts_for_a_thank_you_only_when_it_dates_the_meeting(
    nlp: Language, detector: KindDetector
) -> None:
    """'met yesterday' is the thank-you's recent meeting; 'your mail of yesterday' or 'they
    rang me yesterday' are other events and say nothing about the kind."""
    met = detect(nlp, detector, "Dear Ana,\n\nThank you for meeting me yesterday.\n\nBest,\nTom")
    mail = detect(
        nlp, detector, "Dear Ana,\n\nI read your mail of yesterday carefully.\n\nBest,\nTom"
    )
    assert any(h.cue == "recent-meeting" for h in met.evidence)
    assert not any(h.cue == "recent-meeting" for h in mail.evidence)


def test_asking_to_be_told_the_result_is_a_status_inquiry(
    nlp: Language, detector: KindDetector
) -> None:
    text = (
        "Respected Sir,\n\nI attended the interview for the Laboratory Technician post. My "
        "humble request is that you kindly inform me of the result.\n\nThanks and regards,\nSneha"
    )
    assert detect(nlp, detector, text).kind == Kind.STATUS_INQUIRY


def test_a_fresh_linter_can_detect_a_kind_before_it_lints() -> None:
    draft = read_draft(corpus_draft("status-inquiry/pharmacy-technician-the-position.eml"))
    with Linter() as fresh:
        assert fresh.detect_kind(draft).kind is Kind.STATUS_INQUIRY


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # 'Thanks for the call this morning, and for telling me yourself ... But you picked
        # the other candidate.'
        ("rejection-reply/b19a-maintenance-planner-q400-saskatoon.txt", Kind.REJECTION_REPLY),
        # 'and for telling me your decision ... Of course I would have liked a different result'
        ("rejection-reply/b19b-dispatch-team-lead-tachograph-course.md", Kind.REJECTION_REPLY),
        # 'I had my heart set on the Operations Associate position'
        (
            "rejection-reply/b19b-operations-associate-food-ministry-kitchen-table.md",
            Kind.REJECTION_REPLY,
        ),
        # 'Cuyahoga Aero Overhaul in Cleveland sent me a written offer yesterday ... They want
        # my signature by Thursday noon'; subject 'offer from another company'
        ("offer-notice/b19a-avionics-technician-cleveland-harness-bench.md", Kind.OFFER_NOTICE),
        # New Zealand thanks: 'Yeah nah, fair enough. Cheers for letting me know about the
        # technical sales agronomist job'
        (
            "rejection-reply/b20a-technical-sales-agronomist-pukeko-trace-elements.txt",
            Kind.REJECTION_REPLY,
        ),
    ],
)
def test_the_other_candidate_regret_and_a_sent_offer_tell_the_kind(
    nlp: Language, detector: KindDetector, name: str, kind: Kind
) -> None:
    assert detect(nlp, detector, read_draft(corpus_draft(name))).kind is kind


def test_the_other_candidates_still_competing_are_no_rejection(
    nlp: Language, detector: KindDetector
) -> None:
    text = (
        "Dear Ana,\n\nThank you for meeting me yesterday. I know you are still seeing the "
        "other candidates this week.\n\nBest,\nTom"
    )
    assert "the-other-candidate" not in cues_of(detect(nlp, detector, text), Kind.REJECTION_REPLY)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # 'taking the trouble to telephone me on Friday rather than simply sending a letter'
        (
            "rejection-reply/b21a-mine-survey-supervisor-kambalda-decline-crew.txt",
            Kind.REJECTION_REPLY,
        ),
        # 'you called me yourself instead of sending a form letter'; 'Put me down for the next one'
        (
            "rejection-reply/b21b-safety-training-coordinator-borderland-agency.txt",
            Kind.REJECTION_REPLY,
        ),
        # "Here's where I stand" tells; 'No answer by then, I sign with Sierra Blanca'
        ("offer-notice/b21b-distribution-ops-supervisor-sierra-blanca.txt", Kind.OFFER_NOTICE),
        # the writer's own 'I wanted to write properly rather than send a few hurried lines'
        ("thank-you/b2-maths-teacher-over-600-words.txt", Kind.THANK_YOU),
    ],
)
def test_news_by_telephone_and_the_writer_standing_tell_the_kind(
    nlp: Language, detector: KindDetector, name: str, kind: Kind
) -> None:
    assert detect(nlp, detector, read_draft(corpus_draft(name))).kind is kind


def test_time_given_to_the_writer_is_no_job_given_away(
    nlp: Language, detector: KindDetector
) -> None:
    # 'I am very grateful for the time which you and your team have given to me.'
    name = "thank-you/b22b-reservoir-engineer-brazos-ridge-tracer.txt"
    assert detect(nlp, detector, read_draft(corpus_draft(name))).kind is Kind.THANK_YOU


def test_the_job_given_to_another_still_tells_a_rejection(
    nlp: Language, detector: KindDetector
) -> None:
    text = (
        "Dear Ana,\n\nThank you for letting me know that the panel has given the role to "
        "another candidate. I would be glad to be considered for future openings.\n\nBest,\nTom"
    )
    assert "someone-else-chosen" in cues_of(detect(nlp, detector, text), Kind.REJECTION_REPLY)


def test_the_writers_own_work_not_succeeding_is_no_rejection(
    nlp: Language, detector: KindDetector
) -> None:
    # 'Our first version was not successful, because we tested it only with young engineers'
    name = "thank-you/b24a-senior-industrial-designer-cedarline-fire-alarm.txt"
    detection = detect(nlp, detector, read_draft(corpus_draft(name)))
    assert detection.kind is Kind.THANK_YOU
    assert "not-selected" not in cues_of(detection, Kind.REJECTION_REPLY)


def test_an_application_not_succeeding_is_still_a_rejection(
    nlp: Language, detector: KindDetector
) -> None:
    text = (
        "Dear Ana,\n\nThank you for letting me know that my application was not successful "
        "this time. I would be glad to be considered for future openings.\n\nBest,\nTom"
    )
    assert "not-selected" in cues_of(detect(nlp, detector, text), Kind.REJECTION_REPLY)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # 'Received your mail regarding the Estate Manager post. Decision noted. Kindly share
        # the reasons for non-selection': the formal register of a rejection reply
        ("rejection-reply/b31a-estate-manager-non-selection.txt", Kind.REJECTION_REPLY),
        # 'your email yesterday was a bit of a surprise': yesterday dates the email, not a
        # meeting
        ("rejection-reply/b31b-vp-operations-internal-candidate.txt", Kind.REJECTION_REPLY),
        # 'This is my third mail ... inform the present status of my candidature'
        ("status-inquiry/b31a-admin-security-head-chakan-plant.txt", Kind.STATUS_INQUIRY),
        # 'Thank you for taking the time to meet with me yesterday afternoon'
        ("thank-you/b31a-clinic-manager-recare-list-tea.txt", Kind.THANK_YOU),
        # 'Thank you for your call yesterday and for explaining the decision so openly'
        ("rejection-reply/b32a-qa-lead-dresden-meetup.txt", Kind.REJECTION_REPLY),
        # 'Thank you for Friday's call about the Knitwear Buyer role, and for telling me
        # straight'
        ("rejection-reply/b32b-knitwear-buyer-hollis-fair-isle.txt", Kind.REJECTION_REPLY),
        # 'I appreciate you letting an old bus man ask so many questions': thanks for the visit
        ("thank-you/b32a-fleet-manager-bucket-truck.eml", Kind.THANK_YOU),
        # 'Kindly revert with your decision by this Wednesday latest'
        ("status-inquiry/b32b-production-engineer-tuas-polyols-bond.txt", Kind.STATUS_INQUIRY),
    ],
)
def test_formal_cues_thanks_for_being_told_and_the_day_a_time_word_dates(
    nlp: Language, detector: KindDetector, name: str, kind: Kind
) -> None:
    assert detect(nlp, detector, read_draft(corpus_draft(name))).kind is kind


def test_a_subject_dated_yesterday_counts_only_when_it_is_the_meeting(
    nlp: Language, detector: KindDetector
) -> None:
    text = (
        "Dear Ana,\n\nThe interview yesterday was a real pleasure, and I keep thinking about "
        "your plans for the warehouse.\n\nBest,\nTom"
    )
    assert "recent-meeting" in cues_of(detect(nlp, detector, text), Kind.THANK_YOU)


def test_kindly_let_me_know_offers_help_and_asks_for_no_decision(
    nlp: Language, detector: KindDetector
) -> None:
    text = (
        "Dear Ana,\n\nThank you for the interview on Monday. Kindly let me know if you need my "
        "certificates.\n\nBest regards,\nTom"
    )
    assert "decision-ask" not in cues_of(detect(nlp, detector, text), Kind.STATUS_INQUIRY)
