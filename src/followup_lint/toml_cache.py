"""Parsed TOML kept on disk: the rule packs and kind cues are parsed once, not per run.

`tomllib` is pure Python; the built-in packs take about 0.1 s to parse, a third of what a
one-file `check` spends beyond loading spaCy. The parsed data is stored with `marshal` under
the hash of the text, so an edited file is simply a new entry; a missing, unreadable or
corrupt entry is parsed again, and a cache that cannot be written is skipped.
"""

from __future__ import annotations

import hashlib
import tomllib
from typing import Any

from followup_lint.proofing.cache import cache_root, load_marshal, store_marshal

FOLDER = "toml"


def loads(text: str) -> dict[str, Any]:
    """`tomllib.loads(text)`, served from the cache when this exact text was parsed before
    (TOMLDecodeError is raised as usual and never cached)."""
    key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
    path = cache_root() / FOLDER / f"{key}.marshal"
    data = load_marshal(path)
    if isinstance(data, dict):
        return data
    data = tomllib.loads(text)
    store_marshal(path, data)  # skipped for types marshal cannot store (dates)
    return data
