"""`--fix` and `--diff`: apply the safe replacements findings carry, never anything else.

A finding has a `fix` only when its rule marks the replacement safe in every context (a slang
word with one formal equivalent, a doubled word or space, a spelling with exactly one
correction) and the finding's span in the file is the very text that was analysed (no markup
or encoding inside it). Placeholders are never filled in. A file is rewritten only when it is
still, byte for byte, what was linted, and only through a temporary file renamed over it
with the original permissions, so a crash leaves the old file or the new one, never half.
"""

from __future__ import annotations

import codecs
import difflib
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from followup_lint.errors import InputError
from followup_lint.models import Finding, Report
from followup_lint.proofing.cache import atomic_write_bytes


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace source[start:end] with `replacement` (code-point offsets)."""

    start: int
    end: int
    replacement: str
    rule: str


def edits_of(findings: Iterable[Finding]) -> list[Edit]:
    """The findings' fixes in file order; of two that overlap, the first is kept (the other
    is reported again after the fix, when it may no longer apply)."""
    candidates = sorted(
        (Edit(f.span.start, f.span.end, f.fix, f.rule) for f in findings if f.fix is not None),
        key=lambda e: (e.start, e.end),
    )
    kept: list[Edit] = []
    for edit in candidates:
        if kept and edit.start < kept[-1].end:
            continue
        kept.append(edit)
    return kept


def apply_edits(source: str, edits: Iterable[Edit]) -> str:
    """`source` with every edit applied (edits must not overlap)."""
    pieces, position = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        pieces.append(source[position : edit.start])
        pieces.append(edit.replacement)
        position = edit.end
    pieces.append(source[position:])
    return "".join(pieces)


def fingerprint(text: str) -> str:
    """What a file said when it was read, to notice a change before writing over it."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of one file, as `git diff` or `ruff --diff` show it."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{path.lstrip('/')}",
        tofile=f"b/{path.lstrip('/')}",
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )


@dataclass(frozen=True, slots=True)
class FileFix:
    """The fixed text of one file and the edits that made it."""

    path: str
    before: str
    after: str
    edits: tuple[Edit, ...]


def plan_fix(report: Report, source: str) -> FileFix | None:
    """The fix of one linted file whose current text is `source`, or None when there is
    nothing safe to change."""
    edits = edits_of(report.findings)
    if not edits or report.path is None:
        return None
    after = apply_edits(source, edits)
    if after == source:
        return None
    return FileFix(report.path, source, after, tuple(edits))


def read_for_fix(path: str) -> tuple[bytes, str]:
    """The file's bytes and its text; only UTF-8 files (with or without a BOM) are fixed,
    so writing back changes nothing but the edits."""
    data = Path(path).read_bytes()
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data, body.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("not UTF-8: not fixed", path=path) from None


def write_fix(fix: FileFix, expected: str) -> None:
    """Write `fix.after` over the file, atomically and with its permissions, unless the file
    no longer holds the text that was linted (fingerprint `expected`)."""
    path = Path(fix.path)
    data, text = read_for_fix(fix.path)
    if fingerprint(text) != expected or text != fix.before:
        raise InputError("changed since it was read: not fixed", path=fix.path)
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    atomic_write_bytes(path, bom + fix.after.encode("utf-8"), keep_mode=True)
