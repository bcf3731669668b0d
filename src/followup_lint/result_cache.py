"""A cache of whole lint reports, so re-linting an unchanged folder never loads spaCy.

An entry is keyed by everything a report depends on: the draft's text and format, its merged
file-level context and the command-line context, the effective config (after command-line
overrides, languagetool settings and the default sent date included), the rule set (enabled
check ids, the contents of every rule-pack folder and the kind-detection cues, the registered
check plug-ins, the package's own code) and the package version. Reports are stored without
their path; the current path is set when one is served. Reports whose proofreading was degraded
(LanguageTool configured but unavailable) are never stored: the next run should try again.
"""

from __future__ import annotations

import contextlib
import hashlib
from importlib.abc import Traversable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from followup_lint.models import Context, Report
from followup_lint.proofing.cache import atomic_write, cache_root

if TYPE_CHECKING:
    from followup_lint.draft import ParsedDraft
    from followup_lint.linter import Linter

FORMAT = 1
FOLDER = "results"


def package_version() -> str:
    """The installed version of followup-lint."""
    from followup_lint import __version__

    return __version__


def _hash_tree(digest: hashlib._Hash, folder: Traversable | Path, label: str) -> None:
    """Feed every file below `folder` (names and contents, in a stable order) into `digest`."""
    if not folder.is_dir():
        digest.update(f"{label}:missing\0".encode())
        return
    for child in sorted(folder.iterdir(), key=lambda c: c.name):
        name = f"{label}/{child.name}"
        if child.is_dir():
            if child.name != "__pycache__":
                _hash_tree(digest, child, name)
        elif not child.name.endswith((".pyc", ".pyo")):
            digest.update(name.encode("utf-8") + b"\0")
            digest.update(child.read_bytes())
            digest.update(b"\0")


def _dist_version(name: str) -> str:
    try:
        return version(name)
    except (PackageNotFoundError, ValueError):
        return "?"


def rule_set_fingerprint(linter: Linter) -> str:
    """What the linter's findings depend on besides the draft, context and config.

    The enabled checks, the built-in rules/ folder (packs and kind cues), the user's rule-pack
    folders, the check plug-ins and their versions, this package's code, the spaCy pipeline it
    would load, the personal word list and the proofreading mode `auto` resolves to."""
    import followup_lint
    from followup_lint.nlp import resolve_model_name
    from followup_lint.proofing.exemptions import WORDS_FILE
    from followup_lint.registry import check_entry_points
    from followup_lint.rulepacks import builtin_rules_dir

    digest = hashlib.sha256()
    digest.update(",".join(check.id for check in linter.enabled).encode("utf-8") + b"\0")
    _hash_tree(digest, builtin_rules_dir(), "rules")
    for index, folder in enumerate(linter.config.rule_packs):
        _hash_tree(digest, Path(folder), f"pack{index}")
    for check in linter.checks.values():  # the packs as loaded (settings, messages, terms)
        digest.update(check.pack.model_dump_json().encode("utf-8") + b"\0")
    providers: dict[object, str] = {}  # one metadata read per distribution, not per check
    for ep in check_entry_points():
        dist = getattr(ep, "dist", None)
        where = "?"
        if dist is not None:
            known = getattr(dist, "_path", None) or id(dist)
            where = providers.get(known) or providers.setdefault(
                known, f"{dist.name}=={dist.version}"
            )
        digest.update(f"{ep.name}={ep.value}@{where}\0".encode())
    _hash_tree(digest, Path(followup_lint.__file__).resolve().parent, "code")
    model = resolve_model_name(linter.config.model)
    digest.update(f"model={model}@{_dist_version(model)}\0".encode())
    proofreader = linter.proofreader
    digest.update(",".join(sorted(proofreader.personal_words())).encode("utf-8") + b"\0")
    folder = Path(linter.config.source).parent if linter.config.source else Path.cwd()
    digest.update(f"words-file={(folder / WORDS_FILE).resolve()}\0".encode())
    mode = proofreader.mode if proofreader.mode == "off" else proofreader._resolved_mode()
    digest.update(f"proofing={mode}\0".encode())
    return digest.hexdigest()


def result_key(
    draft: ParsedDraft,
    cli_context: Context | None,
    config_json: str,
    rule_set: str,
    package: str | None = None,
) -> str:
    """The cache key of one draft's report under one effective config and rule set."""
    from followup_lint.draft.read import format_for

    parts = (
        f"format={FORMAT}",
        f"version={package if package is not None else package_version()}",
        f"rules={rule_set}",
        f"config={config_json}",
        f"file-context={draft.context.model_dump_json()}",
        f"cli-context={cli_context.model_dump_json() if cli_context is not None else ''}",
        f"draft-format={format_for(draft.path)}",
        draft.source,
    )
    digest = hashlib.sha256()
    for piece in parts:
        digest.update(piece.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


class ReportCache:
    """Reports keyed by `result_key`, one JSON file per entry under cache_root()/results."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or cache_root() / FOLDER
        self.hits = 0
        self.misses = 0
        self._fingerprints: dict[int, tuple[Linter, str]] = {}

    def fingerprint(self, linter: Linter) -> str:
        """`rule_set_fingerprint`, computed once per linter."""
        known = self._fingerprints.get(id(linter))
        if known is None or known[0] is not linter:
            known = (linter, rule_set_fingerprint(linter))
            self._fingerprints[id(linter)] = known
        return known[1]

    def key(self, linter: Linter, draft: ParsedDraft, cli_context: Context | None) -> str:
        return result_key(
            draft, cli_context, linter.config.model_dump_json(), self.fingerprint(linter)
        )

    def path_of(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, path: str | None) -> Report | None:
        """The cached report with `path` set, or None (absent or corrupt: a miss)."""
        try:
            report = Report.model_validate_json(self.path_of(key).read_text(encoding="utf-8"))
        except (OSError, ValueError, ValidationError):
            self.misses += 1
            return None
        self.hits += 1
        return report.model_copy(update={"path": path})

    def put(self, key: str, report: Report) -> None:
        """Store a report without its path; degraded proofreading and unwritable caches are
        skipped silently."""
        if report.proofing is not None and report.proofing.degraded is not None:
            return
        data = report.model_copy(update={"path": None}).model_dump_json()
        with contextlib.suppress(OSError):
            atomic_write(self.path_of(key), data)
