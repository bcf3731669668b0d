"""Variant files: sentences people write, read from tests/checks/data/<rule>_variants.txt and
placed in a letter where nothing else decides the rule, so each line is judged on its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"

SECTIONS = ("counts", "near-misses", "gaps")
"""'counts' must keep the rule silent; 'near-misses' and 'gaps' (not recognised yet) fire."""

# Each rule's letter holds what the other rule needs, so only the variant decides.
INTEREST_OPENING = (
    "Thank you for meeting with me yesterday about the Data Analyst position. I enjoyed our "
    "conversation about the churn dashboard."
)
INTEREST_AFTER = "I look forward to hearing from you."
CLOSE_OPENING = (
    "Thank you for meeting with me yesterday about the Data Analyst role. I enjoyed our "
    "conversation about the churn dashboard, and I remain very interested in the position."
)


@dataclass(frozen=True)
class Variant:
    """One line of a variant file: its text, where it goes in the letter, and its section."""

    text: str
    place: str  # 'body', 'line' (before the closing), 'closing' or 'ps'
    section: str

    def __str__(self) -> str:
        return self.text


def read_variants(rule: str) -> list[Variant]:
    """The variants of `rule` (its id with underscores), in file order."""
    found: list[Variant] = []
    section = ""
    for raw in (DATA / f"{rule}_variants.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            assert section in SECTIONS, f"unknown section {line}"
            continue
        place, _, text = line.partition(": ")
        if place not in ("line", "closing", "ps") or not text:
            place, text = "body", line
        found.append(Variant(text, place, section))
    return found


def letter(opening: str, variant: Variant, after: str = "") -> str:
    """A letter to Sarah with `variant` in its place, `after` as a last paragraph if given."""
    body = [opening]
    if variant.place == "body":
        body.append(variant.text)
    if after:
        body.append(after)
    closing = variant.text if variant.place == "closing" else "Best regards,"
    if variant.place == "line":
        closing = f"{variant.text}\n{closing}"
    text = "Dear Sarah,\n\n" + "\n\n".join(body) + f"\n\n{closing}\nJordan Lee\n"
    if variant.place == "ps":
        text += f"\n{variant.text}\n"
    return text


def interest_letter(variant: Variant) -> str:
    """A thank-you note with a polite close, so only the variant can restate interest."""
    return letter(INTEREST_OPENING, variant, INTEREST_AFTER)


def close_letter(variant: Variant) -> str:
    """A thank-you note that restates interest, so only the variant can close it."""
    return letter(CLOSE_OPENING, variant)
