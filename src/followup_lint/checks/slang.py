"""Rule `slang`: text-speak, emoji and over-casual words; every word list lives in the pack."""

from __future__ import annotations

from followup_lint.checks.base import PhraseCheck


class Slang(PhraseCheck):
    """Each pack entry match, anywhere in the note, is a finding with its formal suggestion."""

    id = "slang"
