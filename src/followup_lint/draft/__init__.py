"""Reading drafts: files and strings in, a ParsedDraft (text, parts, offsets, context) out."""

from followup_lint.draft.model import (
    DraftFormat,
    OffsetMap,
    ParsedDraft,
    Parts,
    TextRange,
    line_starts_of,
)
from followup_lint.draft.read import decode_source, format_for, parse_draft, read_draft

__all__ = [
    "DraftFormat",
    "OffsetMap",
    "ParsedDraft",
    "Parts",
    "TextRange",
    "decode_source",
    "format_for",
    "line_starts_of",
    "parse_draft",
    "read_draft",
]
