"""An on-disk cache of proofreading results: atomic writes, corrupt entries ignored."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from followup_lint.proofing.model import ProofMatch

CACHE_ENV = "FOLLOWUP_LINT_CACHE_DIR"
FORMAT = 1


def cache_root() -> Path:
    """The user's cache folder for followup-lint (FOLLOWUP_LINT_CACHE_DIR overrides it)."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("followup-lint", appauthor=False))


def clear_cache() -> Path:
    """Remove every cached result; returns the folder that was cleared."""
    root = cache_root()
    if root.exists():
        shutil.rmtree(root)
    return root


def cache_key(text: str, *parts: str) -> str:
    """A key for `text` under the given engine identity, language and rule configuration."""
    digest = hashlib.sha256()
    for piece in (str(FORMAT), *parts, text):
        digest.update(piece.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def atomic_write_bytes(path: Path, data: bytes, *, keep_mode: bool = False) -> None:
    """Write `data` to `path` atomically (temporary file, then rename), with the existing
    file's permissions when `keep_mode`; errors are the caller's to ignore or raise."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if keep_mode:
            shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_marshal(path: Path) -> Any:
    """Data stored with `store_marshal`, or None when absent, unreadable or corrupt."""
    import marshal

    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def store_marshal(path: Path, data: Any) -> None:
    """Keep `data` (plain values only) for a later process; a type marshal cannot store or
    a cache that cannot be written is skipped silently."""
    import marshal

    with contextlib.suppress(OSError, ValueError):
        atomic_write_bytes(path, marshal.dumps(data))


def atomic_write(path: Path, data: str) -> None:
    """Write `data` to `path` so a reader sees the old file or the whole new one, never half."""
    atomic_write_bytes(path, data.encode("utf-8"))


class ResultCache:
    """Proofreading matches keyed by text and configuration, one JSON file per entry."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or cache_root() / "proofing"
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[ProofMatch] | None:
        """The cached matches, or None when absent or unreadable (a corrupt entry is a miss)."""
        try:
            raw = json.loads(self._path(key).read_text(encoding="utf-8"))
            matches = [
                ProofMatch(**{**item, "replacements": tuple(item["replacements"])})
                for item in raw["matches"]
            ]
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return matches

    def put(self, key: str, matches: Iterable[ProofMatch]) -> None:
        """Store matches; a cache that cannot be written is silently skipped."""
        payload = {
            "matches": [
                {
                    "offset": m.offset,
                    "length": m.length,
                    "kind": m.kind,
                    "rule_id": m.rule_id,
                    "message": m.message,
                    "replacements": list(m.replacements),
                    "category": m.category,
                }
                for m in matches
            ]
        }
        with contextlib.suppress(OSError):
            atomic_write(self._path(key), json.dumps(payload))


class ServerRegistry:
    """Remembers each LanguageTool server's identity (version included) for a day, so a run
    whose drafts are all cached never contacts the server, not even to ask its version."""

    TTL_SECONDS = 24 * 3600

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or cache_root()) / "servers.json"

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def identity(self, server: str) -> str | None:
        """The identity last seen for `server` (mode and address), if recent."""
        entry = self._read().get(server)
        if not isinstance(entry, dict):
            return None
        seen, identity = entry.get("seen"), entry.get("identity")
        if not isinstance(seen, (int, float)) or not isinstance(identity, str):
            return None
        return identity if time.time() - seen < self.TTL_SECONDS else None

    def remember(self, server: str, identity: str) -> None:
        """Record what `server` answered as its identity."""
        data = self._read()
        data[server] = {"identity": identity, "seen": time.time()}
        with contextlib.suppress(OSError):
            atomic_write(self.path, json.dumps(data, indent=1))
