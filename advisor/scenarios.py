"""The founder scenario table: descriptions written by someone who never saw the rules, each
with the techniques a reader of our notes would accept and the fields a careful reader would
take from the text. Used by tests/test_scenarios.py and bench/scenarios.py.

One-message scenarios go through `profile_from_text` and `advise` (the CLI's path);
multi-turn ones through the chat, turn by turn, then "recommend now" if the chat is still
asking (the path a browser user takes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml

from advisor.profile import Profile
from advisor.recommend import Recommendation, Retriever, advise
from tailor.settings import ROOT

SCENARIO_DIR = ROOT / "tests" / "scenarios"
DEV = SCENARIO_DIR / "founders_dev.yaml"
HELDOUT = SCENARIO_DIR / "founders_heldout.yaml"  # h01..h20: its misses informed dev work
# h21..h45: blind when first run (24/25 picks, 120/139 fields); its kinds of miss were then
# worked on, so it now guards against regressions, as the first set does.
HELDOUT2 = SCENARIO_DIR / "founders_heldout2.yaml"
# Sets 3 onwards (h46 on, 25 founders each: set n holds h(25n-29)..h(25n-5)) were each blind
# on their first run; their kinds of miss were then fixed in new words. Every held-out set in
# the order written; each now guards against regressions. Later sets, written blind but not
# yet fixed, stay out until they are; so does a set whose misses were only partly fixed.
LAST_REGISTERED = 191
# Blind-run and committed, kinds of miss still open (162, 163 and 169: every pick right, but
# fields still under the 97% goal, 92-94% on 2026-11-30).
NOT_YET: frozenset[int] = frozenset({85, 126, 162, 163, 169})
HELDOUT_SETS = {"heldout": HELDOUT, "heldout2": HELDOUT2} | {
    f"heldout{n}": SCENARIO_DIR / f"founders_heldout{n}.yaml"
    for n in range(3, LAST_REGISTERED + 1) if n not in NOT_YET}
NUMERIC = ("labeled_examples", "budget_usd", "monthly_budget_usd", "monthly_requests",
           "num_tasks")


@dataclass(frozen=True)
class Scenario:
    id: str
    voice: str
    turns: tuple[str, ...]  # one turn for a one-message description
    accept: tuple[str, ...]
    fields: dict[str, Any]
    why: str
    chat: bool  # written as a conversation


@dataclass(frozen=True)
class FieldCheck:
    name: str
    expected: Any
    got: Any

    @property
    def ok(self) -> bool:
        if self.name in NUMERIC:
            return self.got is not None and float(self.got) == float(self.expected)
        got = str(self.got) if isinstance(self.got, StrEnum) else self.got
        return got == self.expected

    @property
    def numeric(self) -> bool:
        return self.name in NUMERIC


@dataclass(frozen=True)
class Outcome:
    scenario: Scenario
    technique: str
    variant: str
    checks: list[FieldCheck] = field(default_factory=list)

    @property
    def pick_ok(self) -> bool:
        return self.technique in self.scenario.accept

    @property
    def wrong_fields(self) -> list[FieldCheck]:
        return [c for c in self.checks if not c.ok]


def load(path: Path) -> list[Scenario]:
    """Read a scenario file; a malformed entry is a bug in the table, so fail loudly."""
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for row in rows:
        turns = tuple(row["turns"]) if "turns" in row else (row["text"],)
        out.append(Scenario(row["id"], row.get("voice", ""), turns, tuple(row["accept"]),
                            dict(row.get("fields") or {}), row.get("why", ""),
                            "turns" in row))
    return out


def final_profile_and_rec(s: Scenario, retriever: Retriever) -> tuple[Profile,
                                                                         Recommendation]:
    """Put the scenario through the path a user would take."""
    if not s.chat:
        from advisor import profile_from_text

        profile = profile_from_text(s.turns[0])
        return profile, advise(profile, retriever)
    from advisor.chat import SKIP_REST, respond, start

    state = start()[0]
    for turn in s.turns:
        state, _ = respond(state, turn, retriever)
    # Still asking? Ask for the recommendation, as the quick reply does.
    for _ in range(3):
        if state.recommendation is not None and state.pending is None:
            break
        state, _ = respond(state, SKIP_REST, retriever)
    assert state.recommendation is not None, f"{s.id}: the chat never recommended"
    return state.profile, state.recommendation


def run(s: Scenario, retriever: Retriever) -> Outcome:
    profile, rec = final_profile_and_rec(s, retriever)
    checks = [FieldCheck(name, expected, getattr(profile, name, None))
              for name, expected in s.fields.items()]
    return Outcome(s, rec.technique, rec.variant, checks)


@dataclass(frozen=True)
class Figures:
    scenarios: int
    picks_ok: int
    fields: int
    fields_ok: int
    numbers: int
    numbers_ok: int

    @property
    def picks_pct(self) -> float:
        return 100 * self.picks_ok / self.scenarios

    @property
    def fields_pct(self) -> float:
        return 100 * self.fields_ok / self.fields

    @property
    def numbers_pct(self) -> float:
        return 100 * self.numbers_ok / self.numbers if self.numbers else 100.0


def figures(outcomes: list[Outcome]) -> Figures:
    checks = [c for o in outcomes for c in o.checks]
    numbers = [c for c in checks if c.numeric]
    return Figures(len(outcomes), sum(o.pick_ok for o in outcomes), len(checks),
                   sum(c.ok for c in checks), len(numbers), sum(c.ok for c in numbers))
