"""Training a sentence classifier: seeded, so the same files always give the same model."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import TYPE_CHECKING

from followup_lint.learned import LABEL, normalise, training_digest

if TYPE_CHECKING:
    from spacy.language import Language

# A bag of words and word pairs: single words generalised as well on drafts held apart, but
# read sincere near-misses ('the other candidates seemed very well prepared') as put-downs;
# 2**16 hashed features lost nothing in recall against 2**18.
MODEL = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": 2**16,
}
EPOCHS = 10
SEED = 0


def read_examples(files: list[Path]) -> list[tuple[str, int]]:
    """(normalised text, label) pairs of JSON Lines training files, in file order; each line
    is {"text": ..., "label": 0 or 1}, other keys being notes."""
    examples = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            if item.get("label") not in (0, 1) or not isinstance(item.get("text"), str):
                raise ValueError(f"{path}:{number}: needs a text and a label of 0 or 1")
            examples.append((normalise(item["text"]), int(item["label"])))
    return examples


def train(examples: list[tuple[str, int]]) -> Language:
    """A blank English pipeline with one `textcat`, trained on the examples."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": MODEL})
    textcat.add_label(LABEL)
    textcat.add_label("NO")
    data = [
        Example.from_dict(nlp.make_doc(text), {"cats": {LABEL: float(y), "NO": float(not y)}})
        for text, y in examples
    ]
    optimizer = nlp.initialize(lambda: data)
    order = random.Random(SEED)
    for _ in range(EPOCHS):
        order.shuffle(data)
        for batch in minibatch(data, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    return nlp


def build(files: list[Path], out: Path) -> dict[str, object]:
    """Train on `files` and write the pipeline and its `training.json` to `out`."""
    examples = read_examples(files)
    train(examples).to_disk(out)
    info: dict[str, object] = {
        "digest": training_digest(files),
        "files": sorted(p.name for p in files),
        "sentences": len(examples),
        "positive": sum(y for _, y in examples),
        "model": MODEL,
        "epochs": EPOCHS,
        "seed": SEED,
    }
    (out / "training.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info
