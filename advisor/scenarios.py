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
HELDOUT3 = SCENARIO_DIR / "founders_heldout3.yaml"  # h46..h70: blind on its first run
HELDOUT4 = SCENARIO_DIR / "founders_heldout4.yaml"  # h71..h95: blind on its first run
HELDOUT5 = SCENARIO_DIR / "founders_heldout5.yaml"  # h96..h120: blind on its first run
HELDOUT6 = SCENARIO_DIR / "founders_heldout6.yaml"  # h121..h145: blind on its first run
HELDOUT7 = SCENARIO_DIR / "founders_heldout7.yaml"  # h146..h170: blind on its first run
HELDOUT8 = SCENARIO_DIR / "founders_heldout8.yaml"  # h171..h195: blind on its first run
HELDOUT9 = SCENARIO_DIR / "founders_heldout9.yaml"  # h196..h220: blind on its first run
HELDOUT10 = SCENARIO_DIR / "founders_heldout10.yaml"  # h221..h245: blind on its first run
HELDOUT11 = SCENARIO_DIR / "founders_heldout11.yaml"  # h246..h270: blind on its first run
HELDOUT12 = SCENARIO_DIR / "founders_heldout12.yaml"  # h271..h295: blind on its first run
HELDOUT13 = SCENARIO_DIR / "founders_heldout13.yaml"  # h296..h320: blind on its first run
HELDOUT14 = SCENARIO_DIR / "founders_heldout14.yaml"  # h321..h345: blind on its first run
HELDOUT15 = SCENARIO_DIR / "founders_heldout15.yaml"  # h346..h370: blind on its first run
HELDOUT16 = SCENARIO_DIR / "founders_heldout16.yaml"  # h371..h395: blind on its first run
HELDOUT17 = SCENARIO_DIR / "founders_heldout17.yaml"  # h396..h420: blind on its first run
HELDOUT18 = SCENARIO_DIR / "founders_heldout18.yaml"  # h421..h445: blind on its first run
HELDOUT19 = SCENARIO_DIR / "founders_heldout19.yaml"  # h446..h470: blind on its first run
HELDOUT20 = SCENARIO_DIR / "founders_heldout20.yaml"  # h471..h495: blind on its first run
HELDOUT21 = SCENARIO_DIR / "founders_heldout21.yaml"  # h496..h520: blind on its first run
HELDOUT22 = SCENARIO_DIR / "founders_heldout22.yaml"  # h521..h545: blind on its first run
HELDOUT23 = SCENARIO_DIR / "founders_heldout23.yaml"  # h546..h570: blind on its first run
HELDOUT24 = SCENARIO_DIR / "founders_heldout24.yaml"  # h571..h595: blind on its first run
HELDOUT25 = SCENARIO_DIR / "founders_heldout25.yaml"  # h596..h620: blind on its first run
HELDOUT26 = SCENARIO_DIR / "founders_heldout26.yaml"  # h621..h645: blind on its first run
HELDOUT27 = SCENARIO_DIR / "founders_heldout27.yaml"  # h646..h670: blind on its first run
HELDOUT28 = SCENARIO_DIR / "founders_heldout28.yaml"  # h671..h695: blind on its first run
HELDOUT29 = SCENARIO_DIR / "founders_heldout29.yaml"  # h696..h720: blind on its first run
HELDOUT30 = SCENARIO_DIR / "founders_heldout30.yaml"  # h721..h745: blind on its first run
HELDOUT31 = SCENARIO_DIR / "founders_heldout31.yaml"  # h746..h770: blind on its first run
HELDOUT32 = SCENARIO_DIR / "founders_heldout32.yaml"  # h771..h795: blind on its first run
HELDOUT33 = SCENARIO_DIR / "founders_heldout33.yaml"  # h796..h820: blind on its first run
HELDOUT34 = SCENARIO_DIR / "founders_heldout34.yaml"  # h821..h845: blind on its first run
HELDOUT35 = SCENARIO_DIR / "founders_heldout35.yaml"  # h846..h870: blind on its first run
HELDOUT36 = SCENARIO_DIR / "founders_heldout36.yaml"  # h871..h895: blind on its first run
HELDOUT37 = SCENARIO_DIR / "founders_heldout37.yaml"  # h896..h920: blind on its first run
HELDOUT38 = SCENARIO_DIR / "founders_heldout38.yaml"  # h921..h945: blind on its first run
HELDOUT39 = SCENARIO_DIR / "founders_heldout39.yaml"  # h946..h970: blind on its first run
HELDOUT40 = SCENARIO_DIR / "founders_heldout40.yaml"  # h971..h995: blind on its first run
HELDOUT41 = SCENARIO_DIR / "founders_heldout41.yaml"  # h996..h1020: blind on its first run
HELDOUT42 = SCENARIO_DIR / "founders_heldout42.yaml"  # h1021..h1045: blind on its first run
HELDOUT43 = SCENARIO_DIR / "founders_heldout43.yaml"  # h1046..h1070: blind on its first run
HELDOUT44 = SCENARIO_DIR / "founders_heldout44.yaml"  # h1071..h1095: blind on its first run
HELDOUT45 = SCENARIO_DIR / "founders_heldout45.yaml"  # h1096..h1120: blind on its first run
HELDOUT46 = SCENARIO_DIR / "founders_heldout46.yaml"  # h1121..h1145: blind on its first run
HELDOUT47 = SCENARIO_DIR / "founders_heldout47.yaml"  # h1146..h1170: blind on its first run
HELDOUT48 = SCENARIO_DIR / "founders_heldout48.yaml"  # h1171..h1195: blind on its first run
HELDOUT49 = SCENARIO_DIR / "founders_heldout49.yaml"  # h1196..h1220: blind on its first run
HELDOUT50 = SCENARIO_DIR / "founders_heldout50.yaml"  # h1221..h1245: blind on its first run
HELDOUT51 = SCENARIO_DIR / "founders_heldout51.yaml"  # h1246..h1270: blind on its first run
HELDOUT52 = SCENARIO_DIR / "founders_heldout52.yaml"  # h1271..h1295: blind on its first run
HELDOUT53 = SCENARIO_DIR / "founders_heldout53.yaml"  # h1296..h1320: blind on its first run
HELDOUT54 = SCENARIO_DIR / "founders_heldout54.yaml"  # h1321..h1345: blind on its first run
HELDOUT55 = SCENARIO_DIR / "founders_heldout55.yaml"  # h1346..h1370: blind on its first run
HELDOUT56 = SCENARIO_DIR / "founders_heldout56.yaml"  # h1371..h1395: blind on its first run
HELDOUT57 = SCENARIO_DIR / "founders_heldout57.yaml"  # h1396..h1420: blind on its first run
# Every held-out set in the order written; each now guards against regressions.
HELDOUT_SETS = {"heldout": HELDOUT, "heldout2": HELDOUT2, "heldout3": HELDOUT3,
                "heldout4": HELDOUT4, "heldout5": HELDOUT5, "heldout6": HELDOUT6,
                "heldout7": HELDOUT7, "heldout8": HELDOUT8, "heldout9": HELDOUT9,
                "heldout10": HELDOUT10, "heldout11": HELDOUT11, "heldout12": HELDOUT12,
                "heldout13": HELDOUT13, "heldout14": HELDOUT14,
                "heldout15": HELDOUT15, "heldout16": HELDOUT16,
                "heldout17": HELDOUT17, "heldout18": HELDOUT18, "heldout19": HELDOUT19,
                "heldout20": HELDOUT20, "heldout21": HELDOUT21, "heldout22": HELDOUT22,
                "heldout23": HELDOUT23, "heldout24": HELDOUT24, "heldout25": HELDOUT25,
                "heldout26": HELDOUT26, "heldout27": HELDOUT27, "heldout28": HELDOUT28,
                "heldout29": HELDOUT29, "heldout30": HELDOUT30, "heldout31": HELDOUT31,
                "heldout32": HELDOUT32, "heldout33": HELDOUT33, "heldout34": HELDOUT34,
                "heldout35": HELDOUT35, "heldout36": HELDOUT36, "heldout37": HELDOUT37,
                "heldout38": HELDOUT38, "heldout39": HELDOUT39, "heldout40": HELDOUT40,
                "heldout41": HELDOUT41, "heldout42": HELDOUT42, "heldout43": HELDOUT43,
                "heldout44": HELDOUT44, "heldout45": HELDOUT45, "heldout46": HELDOUT46,
                "heldout47": HELDOUT47, "heldout48": HELDOUT48, "heldout49": HELDOUT49,
                "heldout50": HELDOUT50, "heldout51": HELDOUT51, "heldout52": HELDOUT52,
                "heldout53": HELDOUT53, "heldout54": HELDOUT54, "heldout55": HELDOUT55,
                "heldout56": HELDOUT56, "heldout57": HELDOUT57}
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
