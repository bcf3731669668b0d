"""Rule `spelling`: misspellings, and the other variant's spellings when narrowed to one."""

from __future__ import annotations

from followup_lint.checks.grammar import ProofreadingCheck


class Spelling(ProofreadingCheck):
    """Misspelt words (errors) and other-variant spellings (info)."""

    id = "spelling"
    match_kinds = frozenset({"spelling", "variant"})
