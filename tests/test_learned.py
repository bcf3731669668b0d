"""The learned sentence classifiers: shipped, reproducible, and in step with their data."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint.errors import RulePackError
from followup_lint.learned import MODELS, normalise, sentence_model, training_digest
from followup_lint.learned.training import build, read_examples

TRAINING = Path(__file__).resolve().parents[1] / "training"
NAMES = ["disparage", "interest"]


@pytest.mark.parametrize("name", NAMES)
def test_the_shipped_model_was_built_from_the_training_files(name: str) -> None:
    info = sentence_model(name).info
    files = sorted((TRAINING / name).glob("*.jsonl"))
    assert info["files"] == [p.name for p in files]
    assert info["digest"] == training_digest(files), (
        f"training/{name} changed: run `python scripts/train_sentence_model.py {name}`"
    )


@pytest.mark.parametrize("name", NAMES)
def test_training_is_reproducible(name: str, tmp_path: Path) -> None:
    build(sorted((TRAINING / name).glob("*.jsonl")), tmp_path)
    shipped = (MODELS / name / "textcat" / "model").read_bytes()
    assert (tmp_path / "textcat" / "model").read_bytes() == shipped


def test_scores_are_probabilities_in_sentence_order() -> None:
    model = sentence_model("interest")
    low, high = model.scores(["Thank you for your time.", "I remain very keen on the role."])
    assert 0.0 <= low < 0.5 < high <= 1.0
    assert model.scores([]) == []


def test_sentences_are_read_in_lower_case_with_single_spaces() -> None:
    assert normalise("  I REMAIN\n very   Keen ") == "i remain very keen"


def test_a_training_line_without_a_label_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine", "label": 1}\n{"text": "no label"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2: needs a text and a label"):
        read_examples([bad])


def test_a_missing_model_is_a_rule_pack_error() -> None:
    with pytest.raises(RulePackError, match="learned model 'no-such' cannot be loaded"):
        sentence_model("no-such")
