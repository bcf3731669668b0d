"""Train a sentence classifier from `training/<name>/*.jsonl` into the package.

    python scripts/train_sentence_model.py disparage
    python scripts/train_sentence_model.py disparage --export-corpus   # refresh corpus.jsonl first

Each line of a training file is {"text": ..., "label": 0 or 1}; other keys are notes.
`corpus.jsonl` holds sentences of the development corpus, labelled by the draft's labels and
the rule's hand-written tests (see `disparage_sentences` and the other labellers);
`--export-corpus` rebuilds it (the held-out set is never read).
Training is seeded: the same files give the same model. The model, with `training.json`
(the files' digest and counts), is written to `src/followup_lint/learned/<name>/`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from followup_lint.learned import MODELS  # noqa: E402
from followup_lint.learned.training import build  # noqa: E402


def overlaps(a, b) -> bool:
    """Whether two source spans share a character."""
    return a.start < b.end and b.start < a.end


def disparage_sentences(linter, draft, fires: bool):  # type: ignore[no-untyped-def]
    """Every sentence of a silent draft (0); in a draft labelled to fire, the sentences the
    hand-written tests flag (1): the others may be put-downs the tests missed."""
    flagged = [f.span for f in linter.lint(draft).findings if f.rule == "disparage"]
    for sent in linter.nlp(draft.text).sents:
        if not fires:
            yield sent.text, 0
        elif any(overlaps(draft.offsets.span(sent.start_char, sent.end_char), s) for s in flagged):
            yield sent.text, 1


def _lacking_sentences(sentences, found, fires: bool):  # type: ignore[no-untyped-def]
    """For a rule that fires when a note lacks something: every sentence of a draft labelled
    as lacking it (0); otherwise the sentences `found()` returns, where the hand-written
    tests find it (1). The others may hold it in words the tests miss, so they are left out."""
    if fires:
        for sent in sentences:
            yield sent.text, 0
    else:
        for sent in dict.fromkeys(found()):
            yield sent.text, 1


def interest_sentences(linter, draft, fires: bool):  # type: ignore[no-untyped-def]
    """Sentences of drafts labelled without interest (0), and those restating it (1)."""
    check = linter.checks["interest"]
    annotated = linter.annotate(draft)
    sentences = check.body_sentences(annotated)
    return _lacking_sentences(sentences, lambda: check.restating(annotated, sentences), fires)


def call_to_action_sentences(linter, draft, fires: bool):  # type: ignore[no-untyped-def]
    """Letter sentences of drafts labelled with no polite close (0), and the closes (1)."""
    check = linter.checks["call-to-action"]
    annotated = linter.annotate(draft)
    sentences = check.letter_sentences(annotated)
    return _lacking_sentences(sentences, lambda: check.closing(annotated, sentences), fires)


LABELLERS = {
    "disparage": disparage_sentences,
    "interest": interest_sentences,
    "call-to-action": call_to_action_sentences,
}


def export_corpus(name: str) -> None:
    """Rewrite `training/<name>/corpus.jsonl` from the development corpus and the rule's
    hand-written tests."""
    import dataclasses

    from followup_lint.config import Config
    from followup_lint.context_sources import file_context
    from followup_lint.draft import read_draft
    from followup_lint.evaluation import load_labels
    from followup_lint.linter import Linter
    from followup_lint.rulepacks import load_packs

    # Every learned reading off: the export must not depend on a model (or on one not yet built).
    packs = load_packs()
    learned = [rule for rule in LABELLERS if "learned" in packs[rule].settings]
    config = Config.model_validate({"rules": {rule: {"learned": False} for rule in learned}})
    labels = [*sorted(ROOT.glob("corpus/labels*.toml")), ROOT / "corpus/panels/labels.toml"]
    labeller = LABELLERS[name]
    lines = []
    with Linter(config) as linter:
        for labels_file in labels:
            for path, label in load_labels(labels_file):
                if name not in label.fires and name not in label.silent:
                    continue
                draft = read_draft(path)
                merged, _ = file_context(path, draft)
                if label.context is not None:
                    merged = label.context.merged_over(merged)
                draft = dataclasses.replace(draft, context=merged, path=str(path))
                source = path.relative_to(ROOT).as_posix()
                for text, y in labeller(linter, draft, name in label.fires):
                    text = " ".join(text.split())
                    if text:
                        lines.append(json.dumps({"text": text, "label": y, "source": source}))
    out = ROOT / "training" / name / "corpus.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out.relative_to(ROOT)}: {len(lines)} sentences")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="the concept: a folder under training/")
    parser.add_argument("--export-corpus", action="store_true", help="refresh corpus.jsonl first")
    args = parser.parse_args()
    if args.export_corpus:
        export_corpus(args.name)
    files = sorted((ROOT / "training" / args.name).glob("*.jsonl"))
    if not files:
        raise SystemExit(f"training/{args.name}/: no .jsonl files")
    out = MODELS / args.name
    info = build(files, out)
    print(f"{out.relative_to(ROOT)}: {info['sentences']} sentences, {info['positive']} positive")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
