"""The founder scenario table, table-driven, on the real knowledge base.

Each description goes through the path a user takes: one message through `profile_from_text`
and `advise` (as `python -m advisor`), a conversation through the chat, turn by turn. Its pick
must be one the notes support, and every field it states must be read right.

The dev set (d01..d45 by a colleague who never saw the rules, d46+ added while working on
the parser) is checked scenario by scenario. The held-out set (h01..h20) was written before
the rules changed and never used to change them: only the goals are asserted on it (they are
not met yet, see below), and its misses are printed, not fixed one by one.
"""

from __future__ import annotations

from dataclasses import fields

import pytest

from advisor.profile import Hardware, Hosting, Profile, TaskKind, TeamSkill
from advisor.rules import FAMILIES
from advisor.scenarios import DEV, HELDOUT, Outcome, figures, load, run
from tailor.settings import ROOT

GOAL_PICKS = 95.0  # % of picks among the accepted techniques
GOAL_FIELDS = 97.0  # % of stated fields read right
ENUMS = {"task_kind": TaskKind, "team_skill": TeamSkill, "hosting": Hosting,
         "hardware": Hardware}
DEV_SET = load(DEV)


def _misses(outcomes: list[Outcome]) -> str:
    lines = []
    for o in outcomes:
        if not o.pick_ok:
            lines.append(f"{o.scenario.id}: picked {o.technique}, accepted "
                         f"{list(o.scenario.accept)}")
        lines += [f"{o.scenario.id}: {c.name} expected {c.expected!r}, read {c.got!r}"
                  for c in o.wrong_fields]
    return "\n".join(lines)


@pytest.mark.parametrize("path", [DEV, HELDOUT], ids=["dev", "heldout"])
def test_the_table_is_well_formed(path) -> None:
    """Ids are unique, picks are techniques, fields are Profile fields with valid values,
    and each expectation names the note behind it."""
    scenarios = load(path)
    names = {f.name for f in fields(Profile)}
    assert len({s.id for s in scenarios}) == len(scenarios)
    for s in scenarios:
        assert s.turns and all(t.strip() for t in s.turns), s.id
        assert set(s.accept) <= set(FAMILIES) and s.accept, s.id
        assert set(s.fields) <= names, (s.id, set(s.fields) - names)
        for name, value in s.fields.items():
            if name in ENUMS:
                ENUMS[name](value)
        notes = [w.split(":")[0] for w in s.why.split() if w.startswith("knowledge/")]
        assert notes and all((ROOT / n).exists() for n in notes), (s.id, notes)


@pytest.mark.parametrize("scenario", DEV_SET, ids=[s.id for s in DEV_SET])
def test_dev_scenario(kb, scenario) -> None:
    outcome = run(scenario, kb)
    assert outcome.pick_ok and not outcome.wrong_fields, _misses([outcome])


@pytest.fixture(scope="module")
def heldout(kb) -> list[Outcome]:
    return [run(s, kb) for s in load(HELDOUT)]


def test_goals_on_the_dev_set(kb) -> None:
    f = figures([run(s, kb) for s in DEV_SET])
    assert f.scenarios + len(load(HELDOUT)) >= 60
    assert f.picks_pct >= GOAL_PICKS and f.fields_pct >= GOAL_FIELDS


# Measured once, after the parser and rules were final: 15/20 picks (75.0%) and 87/103 fields
# (84.5%). Short of the goals, and left so rather than tuned to these 20 descriptions (the
# README lists the kinds of misses). strict: the day the goals are met this fails, and the
# marker must go.
HELDOUT_AS_REPORTED = (15, 87)  # picks acceptable, fields read right


@pytest.mark.xfail(strict=True, reason="held-out: 75.0% picks, 84.5% fields as first run; "
                                       "goals are 95% and 97%")
def test_goals_on_the_heldout_set(heldout: list[Outcome]) -> None:
    f = figures(heldout)
    assert f.scenarios == 20
    assert f.picks_pct >= GOAL_PICKS, f"{f.picks_pct:.1f}% picks\n{_misses(heldout)}"
    assert f.fields_pct >= GOAL_FIELDS, f"{f.fields_pct:.1f}% fields\n{_misses(heldout)}"


def test_heldout_does_not_fall_below_the_reported_figure(heldout: list[Outcome]) -> None:
    f = figures(heldout)
    picks, read = HELDOUT_AS_REPORTED
    assert f.picks_ok >= picks and f.fields_ok >= read, _misses(heldout)
