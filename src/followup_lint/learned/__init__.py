"""Sentence classifiers learned from the project's labelled sentences (`training/<name>/`).

Some judgements have more shapes than hand-written tests can list: a put-down said by
sarcasm, faint praise or insinuation. A small spaCy text classifier (`textcat`, bag of words)
trained on sentences labelled by many writers reads those shapes as a whole; the rule that
uses it decides where it may speak (a sentence about someone the writer may not run down).

The trained pipelines ship inside the package (`learned/<name>/`, built by
`scripts/train_sentence_model.py`); loading one reads only local files. Each records the
digest of the training files it was built from, so a test can tell a stale model.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from followup_lint.errors import RulePackError

if TYPE_CHECKING:
    from spacy.language import Language

MODELS = Path(__file__).parent
LABEL = "YES"  # the class a model scores; its other class is "NO"


def normalise(text: str) -> str:
    """The form a sentence is classified in, in training and in use: lower case, one space."""
    return " ".join(text.lower().split())


def training_digest(files: Sequence[Path]) -> str:
    """A SHA-256 over the training files' names and bytes, in name order."""
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.name):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class SentenceModel:
    """A trained classifier: the probability that a sentence is an instance of its concept."""

    def __init__(self, nlp: Language, info: dict[str, object]) -> None:
        self._nlp = nlp
        self._textcat = nlp.get_pipe("textcat")
        self._column = list(self._textcat.labels).index(LABEL)
        self.info = info

    def scores(self, sentences: Sequence[str]) -> list[float]:
        """One probability per sentence, in order (the component's `predict`, without the
        pipeline's per-call bookkeeping: a draft asks about a few sentences at a time)."""
        if not sentences:
            return []
        docs = [self._nlp.make_doc(normalise(s)) for s in sentences]
        return [float(row[self._column]) for row in self._textcat.predict(docs)]


@cache
def sentence_model(name: str) -> SentenceModel:
    """The shipped model `name`, loaded once per process."""
    import spacy

    path = MODELS / name
    try:
        nlp = spacy.load(path)
        info = json.loads((path / "training.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RulePackError(
            f"learned model {name!r} cannot be loaded: {exc}", path=str(path)
        ) from None
    return SentenceModel(nlp, info)
