"""One proofreader per run: picks the engine, falls back offline on failure, caches results."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from followup_lint.proofing.cache import ResultCache, ServerRegistry, cache_key
from followup_lint.proofing.exemptions import (
    WORDS_FILE,
    exemptions_for,
    filter_spelling,
    read_word_list,
)
from followup_lint.proofing.model import Engine, ProofingUnavailable, ProofMatch
from followup_lint.proofing.variants import apply_variant_policy, engine_language

if TYPE_CHECKING:
    from followup_lint.annotated import Draft
    from followup_lint.config import Config


def warn_on_stderr(message: str) -> None:
    """The default way to tell the user something once: one line on stderr."""
    sys.stderr.write(f"followup-lint: {message}\n")


@dataclass(frozen=True)
class ProofOutcome:
    """What proofreading found in one draft, and which engine found it.

    `degraded` says why the configured engine was not the one used (then the offline
    checker stood in), so nobody mistakes an offline run for a full LanguageTool run.
    """

    engine: str
    matches: tuple[ProofMatch, ...]
    degraded: str | None = None


@dataclass
class Proofreader:
    """Chooses and keeps the engine for a whole run; see `[tool.followup-lint.languagetool]`."""

    config: Config
    warn: Callable[[str], None] = warn_on_stderr
    use_cache: bool = True
    _engine: Engine | None = field(default=None, init=False)
    _fallback_reason: str | None = field(default=None, init=False)
    _offline: Engine | None = field(default=None, init=False)
    _warned: set[str] = field(default_factory=set, init=False)
    _memo: tuple[Draft, ProofOutcome] | None = field(default=None, init=False)
    _words: frozenset[str] | None = field(default=None, init=False)
    _cache: ResultCache | None = field(default=None, init=False)
    _servers: ServerRegistry | None = field(default=None, init=False)

    # -- configuration ----------------------------------------------------------------
    @property
    def mode(self) -> str:
        """The configured mode: auto, local, remote, public or off."""
        return self.config.languagetool.mode

    def off_reason(self) -> str | None:
        """Why proofreading does not run at all, or None."""
        if self.mode == "off":
            return 'proofreading is off (languagetool mode = "off")'
        return None

    def personal_words(self) -> frozenset[str]:
        """`words` from config plus a `.followup-lint-words` file beside the config file."""
        if self._words is None:
            words = {w.lower() for w in self.config.words}
            folder = Path(self.config.source).parent if self.config.source else Path.cwd()
            words |= read_word_list(folder / WORDS_FILE)
            self._words = frozenset(words)
        return self._words

    # -- engines ----------------------------------------------------------------------
    def _offline_engine(self) -> Engine:
        if self._offline is None:
            from followup_lint.proofing.offline import OfflineEngine

            self._offline = OfflineEngine(known_words=self.personal_words())
        return self._offline

    def _resolved_mode(self) -> str:
        """The mode `auto` stands for here: remote with a URL, local when installed, else
        offline; other modes as configured."""
        if self.mode != "auto":
            return self.mode
        if self.config.languagetool.url:
            return "remote"
        return "local" if _local_languagetool_available() else "offline"

    @property
    def starts_local_server(self) -> bool:
        """Whether linting would start a local LanguageTool server (one per process)."""
        return self._resolved_mode() == "local"

    def _server_key(self) -> str:
        """Which LanguageTool server results come from, for the server registry."""
        lt = self.config.languagetool
        return f"{self._resolved_mode()} {lt.url or ''}".strip()

    def _open(self) -> Engine:
        """The engine for this run, opened once; LanguageTool failures fall back offline."""
        if self._engine is not None:
            return self._engine
        lt = self.config.languagetool
        mode = self._resolved_mode()
        if mode == "offline":
            self._engine = self._offline_engine()
            return self._engine
        try:
            from followup_lint.proofing.languagetool import open_engine

            self._engine = open_engine(
                mode,
                url=lt.url,
                timeout=lt.timeout,
                enabled_rules=frozenset(lt.enabled_rules),
                disabled_rules=frozenset(lt.disabled_rules),
                warn=self.warn,
            )
        except ImportError:
            self._degrade(
                "LanguageTool support is not installed (pip install 'followup-lint[languagetool]')"
            )
        except ProofingUnavailable as exc:
            self._degrade(str(exc))
        assert self._engine is not None
        return self._engine

    def _degrade(self, reason: str) -> None:
        """Switch to the offline checker for the rest of the run, saying why once."""
        self._fallback_reason = reason
        self._engine = self._offline_engine()
        if reason not in self._warned:
            self._warned.add(reason)
            self.warn(f"LanguageTool unavailable ({reason}); using the offline checker")

    # -- checking ---------------------------------------------------------------------
    def _identity_name(self) -> str:
        """The engine name reported for a cached answer."""
        if self._engine is not None:
            return self._engine.name
        lt = self.config.languagetool
        where = lt.url or "local"
        return f"languagetool ({self._resolved_mode()} {where}, cached)"

    def _caching(self) -> bool:
        """LanguageTool results are cached; the offline checker is faster than the cache."""
        return (
            self.use_cache
            and self.config.cache
            and self.mode != "off"
            and self._resolved_mode() != "offline"
            and self._fallback_reason is None
        )

    def _key(self, identity: str, text: str, language: str) -> str:
        lt = self.config.languagetool
        rules = (",".join(sorted(lt.enabled_rules)), ",".join(sorted(lt.disabled_rules)))
        return cache_key(text, identity, language, *rules)

    def _cached(self, text: str, language: str) -> tuple[Engine | None, list[ProofMatch] | None]:
        """A cached answer, found without opening the engine when the server is known."""
        if not self._caching():
            return None, None
        if self._servers is None:
            self._servers = ServerRegistry()
            self._cache = ResultCache()
        assert self._cache is not None
        engine = self._engine
        identity = getattr(engine, "identity", None) or self._servers.identity(self._server_key())
        if identity is None:
            return None, None
        return engine, self._cache.get(self._key(identity, text, language))

    def _store(self, engine: Engine, text: str, language: str, matches: list[ProofMatch]) -> None:
        identity = getattr(engine, "identity", None)
        if not self._caching() or engine is self._offline or not identity:
            return
        assert self._cache is not None and self._servers is not None
        self._servers.remember(self._server_key(), identity)
        self._cache.put(self._key(identity, text, language), matches)

    def proofread(self, draft: Draft) -> ProofOutcome:
        """Proofread a draft once (both `grammar` and `spelling` read the same outcome)."""
        if self._memo is not None and self._memo[0] is draft:
            return self._memo[1]
        text = draft.text
        language = engine_language(self.config.language)
        _, cached = self._cached(text, language)
        if cached is not None:
            matches, name = cached, self._identity_name()
        else:
            engine = self._open()
            try:
                matches = engine.check(text, language)
                self._store(engine, text, language, matches)
            except ProofingUnavailable as exc:
                self._degrade(str(exc))
                engine = self._offline_engine()
                matches = engine.check(text, language)
            name = engine.name
        offline = self._offline is not None and name == self._offline.name
        if offline:
            matches = _with_parsed_grammar(draft, matches)
        matches = apply_variant_policy(text, matches, self.config.language)
        if any(m.kind == "spelling" for m in matches):  # most drafts have none to exempt
            matches = filter_spelling(text, matches, exemptions_for(draft, self.personal_words()))
        outcome = ProofOutcome(
            engine=name,
            matches=tuple(matches),
            degraded=self._fallback_reason if offline else None,
        )
        self._memo = (draft, outcome)
        return outcome

    def outcome_for(self, draft: Draft) -> ProofOutcome | None:
        """The outcome already computed for `draft`, if any (never proofreads)."""
        if self._memo is not None and self._memo[0] is draft:
            return self._memo[1]
        return None

    def close(self) -> None:
        """Stop any server this run started."""
        for engine in (self._engine, self._offline):
            if engine is not None:
                engine.close()
        self._engine = None


def _with_parsed_grammar(draft: Draft, matches: list[ProofMatch]) -> list[ProofMatch]:
    """The offline checker's matches plus what only the draft's parse shows (the checker
    sees text only): agreement across words, a missing 'to', 'it's' or 'your' in the other's
    place, a bare verb after a preposition, 'until' for 'by'; once per word."""
    from followup_lint.proofing import parsed_grammar as parsed

    found = [
        *parsed.agreement_across(draft.doc),
        *parsed.to_missing(draft.doc),
        *parsed.its_after_verb(draft.doc),
        *parsed.possessive_as_subject(draft.doc),
        *parsed.bare_verb_after_preposition(draft.doc),
        *parsed.until_for_by(draft.doc),
    ]
    if not found:
        return matches
    taken = {m.offset for m in matches if m.kind == "grammar"}
    merged = matches + [m for m in found if m.offset not in taken]
    return sorted(merged, key=lambda m: (m.offset, m.kind, m.rule_id))


def _local_languagetool_available() -> bool:
    """Whether a LanguageTool is installed locally (never downloads anything)."""
    try:
        from followup_lint.proofing.languagetool import local_available
    except ImportError:
        return False
    return local_available()
