"""Decide which rules run and at what severity; the most specific selector wins."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from followup_lint.errors import ConfigError
from followup_lint.models import Category, Severity

ALL = "all"
_CATEGORIES = frozenset(c.value for c in Category)


def _specificity(selector: str, rule: str, category: str) -> int:
    """3 for the rule id itself, 2 for its category, 1 for 'all', 0 for no match."""
    if selector == rule:
        return 3
    if selector == category:
        return 2
    if selector == ALL:
        return 1
    return 0


@dataclass(frozen=True)
class Selection:
    """Which rules are on, and their severities, decided once per config and cached."""

    select: tuple[str, ...] = (ALL,)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    _decisions: dict[str, bool] = field(default_factory=dict, init=False, compare=False)

    def validate(self, rules: Mapping[str, Category]) -> None:
        """Every selector must name a known rule, a category or 'all'."""
        known = set(rules) | _CATEGORIES | {ALL}
        for option, selectors in (
            ("select", self.select),
            ("ignore", self.ignore),
            ("severity", tuple(self.severity)),
        ):
            for selector in selectors:
                if selector not in known:
                    raise ConfigError(f"{option}: unknown rule or category {selector!r}")

    def enabled(self, rule: str, category: str) -> bool:
        """On when the most specific matching `select` beats the most specific `ignore`."""
        decision = self._decisions.get(rule)
        if decision is None:
            chosen = max((_specificity(s, rule, category) for s in self.select), default=0)
            dropped = max((_specificity(s, rule, category) for s in self.ignore), default=0)
            decision = self._decisions[rule] = chosen > 0 and chosen > dropped
        return decision

    def severity_of(self, rule: str, category: str, default: Severity) -> Severity:
        """The configured severity (rule beats category), else the finding's own."""
        if rule in self.severity:
            return self.severity[rule]
        if category in self.severity:
            return self.severity[category]
        return default

    def enabled_rules(self, rules: Mapping[str, Category]) -> list[str]:
        """The enabled rule ids among `rules`, in a stable order."""
        return [r for r, c in sorted(rules.items()) if self.enabled(r, c.value)]


def parse_selectors(values: Iterable[str]) -> tuple[str, ...]:
    """Split comma-separated command-line values into selectors."""
    return tuple(s.strip() for v in values for s in v.split(",") if s.strip())
