"""The Linter: parse, annotate (batched through nlp.pipe), check, select, score, report."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from followup_lint.annotated import Draft
from followup_lint.checks.base import Check, Hit, RunCheck, RunHit, data_check
from followup_lint.collector import fewer_collections
from followup_lint.config import Config
from followup_lint.draft import ParsedDraft, parse_draft
from followup_lint.errors import ConfigError, debugging, internal_error_hint
from followup_lint.kinds import Detection, KindDetector, kind_cue_needs
from followup_lint.models import Category, Context, Finding, Proofing, Report, Skipped
from followup_lint.nlp import components_for, load_pipeline, resolve_model_name
from followup_lint.proofing.service import Proofreader
from followup_lint.registry import check_plugins, validate_against_packs
from followup_lint.rulepacks import RulePack, load_packs
from followup_lint.scoring import score_findings
from followup_lint.selection import Selection

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

EXCERPT_WIDTH = 80


def build_checks(config: Config, extra: Iterable[Check] = ()) -> dict[str, Check]:
    """Every known check (entry points, data-only packs, user objects), keyed by rule id."""
    packs: dict[str, RulePack] = load_packs(config.rule_packs)
    plugins = check_plugins()
    validate_against_packs(plugins, packs)
    checks: dict[str, Check] = {}
    for plugin in plugins:
        checks[plugin.name] = plugin.cls(packs[plugin.name], config.rules.get(plugin.name))
    for rule_id, pack in packs.items():
        if rule_id not in checks and pack.rule.type != "python":
            checks[rule_id] = data_check(pack, config.rules.get(rule_id))
    for check in extra:
        if check.id in checks:
            raise ConfigError(f"a check with id {check.id!r} is already registered")
        checks[check.id] = check
    unknown = set(config.rules) - set(checks)
    if unknown:
        raise ConfigError(f"rules: no rule named {sorted(unknown)[0]!r}", path=config.source)
    return checks


class Linter:
    """Lints drafts with one configuration; loads the spaCy pipeline once, on first use."""

    def __init__(self, config: Config | None = None, *, checks: Iterable[Check] = ()) -> None:
        self.config = config or Config()
        self.checks = build_checks(self.config, checks)
        categories = {rule: check.category for rule, check in self.checks.items()}
        self.selection = Selection(
            self.config.select + self.config.extend_select, self.config.ignore, self.config.severity
        )
        try:
            self.selection.validate(categories)
        except ConfigError as exc:
            raise ConfigError(exc.message, path=self.config.source) from None
        self.enabled = [self.checks[rule] for rule in self.selection.enabled_rules(categories)]
        self.run_checks = [check for check in self.enabled if isinstance(check, RunCheck)]
        self.proofreader = Proofreader(self.config)

    def close(self) -> None:
        """Stop any LanguageTool server this linter started."""
        self.proofreader.close()

    def __enter__(self) -> Linter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @cached_property
    def nlp(self) -> Language:
        """The pipeline with only the components the enabled checks need; checks set up once."""
        needs: set[str] = {"sentences"} | set(kind_cue_needs())
        for check in self.enabled:
            needs |= check.all_needs
        nlp = load_pipeline(resolve_model_name(self.config.model), components_for(needs))
        for check in self.enabled:
            check.setup(nlp)
        self.kind_detector = KindDetector(nlp)
        return nlp

    # -- public API -----------------------------------------------------------------------
    def lint(
        self, draft: str | ParsedDraft, *, context: Context | None = None, path: str | None = None
    ) -> Report:
        """Lint one draft (text or parsed) and return its report."""
        return next(iter(self.lint_many([draft], context=context, path=path)))

    def lint_many(
        self,
        drafts: Iterable[str | ParsedDraft],
        *,
        context: Context | None = None,
        path: str | None = None,
        batch_size: int = 32,
    ) -> Iterator[Report]:
        """Lint a stream of drafts lazily, annotating them in batches through `nlp.pipe`.

        Until the stream ends or is closed, the cyclic garbage collector runs less often
        (`collector.fewer_collections`): its scans of each draft's short-lived objects cost
        more than some checks."""
        nlp = self.nlp
        parsed = (d if isinstance(d, ParsedDraft) else parse_draft(d, path=path) for d in drafts)
        with fewer_collections():
            for doc, draft in nlp.pipe(
                _tokenized(nlp, parsed), as_tuples=True, batch_size=batch_size
            ):
                yield self._check(draft, doc, context)

    def lint_together(
        self,
        drafts: Iterable[str | ParsedDraft],
        *,
        context: Context | None = None,
    ) -> list[Report]:
        """Lint drafts as one run, so run-level rules (`duplicate-note`) compare them; give
        parsed drafts with a path and a context (company, position, interviewer) for that."""
        from followup_lint.runlevel import RunLevelPass

        parsed = [d if isinstance(d, ParsedDraft) else parse_draft(d) for d in drafts]
        run_level = RunLevelPass(context)
        for index, draft in enumerate(parsed):
            run_level.collect(index, self, draft)
        results: list[Report] = list(self.lint_many(parsed, context=context))
        run_level.amend(results)
        return results

    def merged_context(self, parsed: ParsedDraft, context: Context | None) -> Context:
        """The draft's own context over the config's, and `context` (the caller's) over both."""
        merged = parsed.context.merged_over(self.config.context)
        return merged if context is None else context.merged_over(merged)

    def amend(self, report: Report, check: RunCheck, hits: Iterable[RunHit]) -> Report:
        """`report` with a run-level check's findings added, re-scored and re-judged (unless
        the rule does not apply to the report's kind)."""
        kinds = check.pack.rule.kinds
        if kinds and report.kind is not None and report.kind not in kinds:
            return report
        severity = self.selection.severity_of(check.id, check.category.value, check.severity)
        added = [
            Finding(
                rule=check.id,
                entry=hit.key,
                category=check.category,
                severity=severity,
                message=hit.message,
                span=hit.span,
                excerpt=hit.excerpt,
            )
            for hit in hits
        ]
        findings = sorted(
            (*report.findings, *added), key=lambda f: (f.span.start, f.span.end, f.rule)
        )
        score, subscores = score_findings(findings)
        return report.model_copy(
            update={
                "findings": tuple(findings),
                "score": score,
                "subscores": subscores,
                "passed": self._passed(findings, score, report.proofing),
            }
        )

    def detect_kind(self, draft: str | ParsedDraft) -> Detection:
        """The kind of note the text reads as, ignoring any kind the context gives."""
        parsed = draft if isinstance(draft, ParsedDraft) else parse_draft(draft)
        doc = self._doc_of(parsed)  # loads the pipeline, and with it the kind detector
        return self.kind_detector.detect(doc, parsed.parts)

    def annotate(self, draft: ParsedDraft, *, context: Context | None = None) -> Draft:
        """The draft as checks see it (annotated, context merged, kind given or detected), for
        tools that ask a check's own questions, such as the export of training sentences."""
        return self._annotated(draft, self._doc_of(draft), context)

    # -- internals ------------------------------------------------------------------------

    def _doc_of(self, parsed: ParsedDraft) -> Doc:
        """One draft through the pipeline, its sentences starting at every part boundary."""
        nlp = self.nlp
        ((doc, _),) = nlp.pipe(_tokenized(nlp, [parsed]), as_tuples=True)
        return doc

    def _annotated(self, parsed: ParsedDraft, doc: Doc, context: Context | None) -> Draft:
        """The checks' Draft: context merged, kind given (no confidence) or detected."""
        merged = self.merged_context(parsed, context)
        kind, confidence = merged.kind, None
        if kind is None:
            detection = self.kind_detector.detect(doc, parsed.parts)
            kind, confidence = detection.kind, detection.confidence
        return Draft(
            parsed=parsed,
            doc=doc,
            context=merged,
            kind=kind,
            proofreader=self.proofreader,
            kind_confidence=confidence,
        )

    def _check(self, parsed: ParsedDraft, doc: Doc, context: Context | None) -> Report:
        annotated = self._annotated(parsed, doc, context)
        kind, confidence = annotated.kind, annotated.kind_confidence
        kind_source = "context" if confidence is None else "detected"
        findings: list[Finding] = []
        skipped: list[Skipped] = []
        for check in self.enabled:
            if isinstance(check, RunCheck):
                continue  # judged over the whole run (lint_together, folder runs)
            kinds = check.pack.rule.kinds
            if kinds and annotated.kind is not None and annotated.kind not in kinds:
                continue
            reason = check.skip_reason(annotated)
            if reason is not None:
                skipped.append(Skipped(rule=check.id, reason=reason))
                continue
            try:
                found = [self._finding(check, parsed, hit) for hit in check.run(annotated)]
            except Exception as exc:  # a bug in one rule must not cost the draft its others
                if debugging():
                    raise
                reason = f"internal error: {type(exc).__name__} {internal_error_hint()}"
                skipped.append(Skipped(rule=check.id, reason=reason))
                continue
            findings.extend(found)
        findings.sort(key=lambda f: (f.span.start, f.span.end, f.rule))
        score, subscores = score_findings(findings)
        outcome = self.proofreader.outcome_for(annotated)
        proofing = (
            None if outcome is None else Proofing(engine=outcome.engine, degraded=outcome.degraded)
        )
        passed = self._passed(findings, score, proofing)
        return Report(
            path=parsed.path,
            kind=kind,
            kind_source=kind_source,
            kind_confidence=confidence,
            score=score,
            subscores=subscores,
            passed=passed,
            findings=tuple(findings),
            skipped=tuple(skipped),
            proofing=proofing,
        )

    def _passed(self, findings: Iterable[Finding], score: int, proofing: Proofing | None) -> bool:
        """No finding at the fail level, the score at least `min-score`, and the grammar
        checked by the configured engine when `require-grammar` is set."""
        fail_rank = self.config.fail_level.rank
        proofed_fully = proofing is not None and proofing.degraded is None
        return (
            all(f.severity.rank < fail_rank for f in findings)
            and (self.config.min_score is None or score >= self.config.min_score)
            and (not self.config.require_grammar or proofed_fully)
        )

    def _finding(self, check: Check, parsed: ParsedDraft, hit: Hit) -> Finding:
        category: Category = check.category
        severity = self.selection.severity_of(
            check.id, category.value, hit.severity or check.severity
        )
        span = parsed.offsets.span(hit.start, hit.end)
        fix = hit.fix
        if (
            fix is not None
            and parsed.source[span.start : span.end] != parsed.text[hit.start : hit.end]
        ):
            fix = None  # markup or an encoding inside the span: the file is not edited blind
        return Finding(
            rule=check.id,
            entry=hit.key,
            category=category,
            severity=severity,
            message=hit.message,
            span=span,
            excerpt=excerpt_of(parsed.source, span.start, span.end),
            suggestions=hit.suggestions,
            fix=fix,
        )


def excerpt_of(source: str, start: int, end: int) -> str:
    """The source text of a span, on one line and at most EXCERPT_WIDTH characters."""
    text = " ".join(source[start:end].split())
    return text if len(text) <= EXCERPT_WIDTH else text[: EXCERPT_WIDTH - 1] + "…"


def _tokenized(nlp: Language, drafts: Iterable[ParsedDraft]) -> Iterator[tuple[Doc, ParsedDraft]]:
    """Tokenise each draft and start a sentence at every part and paragraph boundary."""
    for parsed in drafts:
        doc = nlp.make_doc(parsed.text)
        mark_part_boundaries(doc, parsed)
        yield doc, parsed


def _starts_a_line(text: str, offset: int) -> bool:
    """A word at the start of a line the draft keeps (a list item, a line after a colon, a
    <br>; other single newlines were reflowed into spaces): a sentence of its own, not one
    run-on with the lines before it."""
    j = offset - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] == "\n"


def mark_part_boundaries(doc: Doc, parsed: ParsedDraft) -> None:
    """Sentences never cross the subject, greeting, paragraphs, closing, signature or a
    line the draft keeps (a list item), and never start right after an article."""
    parts = parsed.parts
    starts = {
        r.start
        for r in (
            parts.subject,
            parts.greeting,
            *parts.paragraphs,
            parts.closing,
            parts.signature,
            parts.postscript,
        )
        if r is not None
    }
    if not len(doc):
        return
    from spacy.attrs import IDX, LOWER

    columns = doc.to_array([IDX, LOWER]).tolist()  # integers, not a Token each
    offsets = [offset for offset, _ in columns]
    text = doc.text
    for i, offset in enumerate(offsets):
        if offset in starts or _starts_a_line(text, offset):
            doc[i].is_sent_start = True
    # 'I need a yes or no by Wednesday': no sentence starts right after an article, though
    # the parser, left alone, may start one at 'yes'.
    strings = doc.vocab.strings
    articles = {strings.add(word) for word in ("a", "an", "the")}
    for i in range(1, len(columns)):
        if columns[i - 1][1] in articles and offsets[i] not in starts:
            doc[i].is_sent_start = False
