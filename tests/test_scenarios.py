"""The founder scenario table, table-driven, on the real knowledge base.

Each description goes through the path a user takes: one message through `profile_from_text`
and `advise` (as `python -m advisor`), a conversation through the chat, turn by turn. Its pick
must be one the notes support, and every field it states must be read right.

The dev set (d01..d45 by a colleague who never saw the rules, d46+ added while working on
the parser) is checked scenario by scenario. The first held-out set (h01..h20) was written
before the rules changed; its misses were then rewritten as new dev scenarios (d61..d75, new
words, same kinds of miss), so it is no longer blind: its goals are asserted as a regression.
The second held-out set (h21..h45) was written blind by a colleague with no sight of the
rules and run once (24/25 picks, 120/139 fields); its kinds of miss were then fixed in the
parser with new words (tests/test_parse.py), so it too is now a regression set. The third
(h46..h70) was written blind the same way and run once after those fixes (21/25 picks,
122/149 fields), then its kinds of miss were fixed the same way. The fourth (h71..h95),
blind the same way, ran once after that: 24/25 picks, 122/134 fields, 34/38 numbers. Its
kinds of miss were fixed the same way too; so were those of the fifth (h96..h120), blind
again, first run 23/25 picks, 139/152 fields, 45/50 numbers, and of the sixth (h121..h145),
first run 24/25 picks, 118/134 fields, 37/43 numbers. All seven sets now guard against
regressions, and the first-run figures of the blind sets are the honest estimate.
"""

from __future__ import annotations

from dataclasses import fields

import pytest

from advisor.profile import Hardware, Hosting, Profile, TaskKind, TeamSkill
from advisor.rules import FAMILIES
from advisor.scenarios import (
    DEV,
    HELDOUT,
    HELDOUT2,
    HELDOUT3,
    HELDOUT4,
    HELDOUT5,
    HELDOUT6,
    Outcome,
    figures,
    load,
    run,
)
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


@pytest.mark.parametrize("path", [DEV, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5,
                                  HELDOUT6], ids=["dev", "heldout", "heldout2", "heldout3",
                                                  "heldout4", "heldout5", "heldout6"])
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


@pytest.fixture(scope="module")
def heldout2(kb) -> list[Outcome]:
    return [run(s, kb) for s in load(HELDOUT2)]


@pytest.fixture(scope="module")
def heldout3(kb) -> list[Outcome]:
    return [run(s, kb) for s in load(HELDOUT3)]


@pytest.fixture(scope="module")
def heldout4(kb) -> list[Outcome]:
    return [run(s, kb) for s in load(HELDOUT4)]


@pytest.fixture(scope="module")
def heldout5(kb) -> list[Outcome]:
    return [run(s, kb) for s in load(HELDOUT5)]


@pytest.fixture(scope="module")
def heldout6(kb) -> list[Outcome]:
    return [run(s, kb) for s in load(HELDOUT6)]


def test_goals_on_the_dev_set(kb) -> None:
    f = figures([run(s, kb) for s in DEV_SET])
    assert f.scenarios + len(load(HELDOUT)) + len(load(HELDOUT2)) >= 60
    assert f.picks_pct >= GOAL_PICKS and f.fields_pct >= GOAL_FIELDS


def test_goals_on_the_first_heldout_set(heldout: list[Outcome]) -> None:
    """First run 15/20 picks, 87/103 fields; 19/20 and 102/103 since its kinds of miss were
    worked on through new dev scenarios (so this set now guards against regressions)."""
    f = figures(heldout)
    assert f.scenarios == 20
    assert f.picks_pct >= GOAL_PICKS, f"{f.picks_pct:.1f}% picks\n{_misses(heldout)}"
    assert f.fields_pct >= GOAL_FIELDS, f"{f.fields_pct:.1f}% fields\n{_misses(heldout)}"


def test_goals_on_the_second_heldout_set(heldout2: list[Outcome]) -> None:
    """First run (blind) 24/25 picks, 120/139 fields; 25/25 and 138/139 since its kinds of
    miss were fixed in the parser (so this set now guards against regressions)."""
    f = figures(heldout2)
    assert f.scenarios == 25
    assert f.picks_pct >= GOAL_PICKS, f"{f.picks_pct:.1f}% picks\n{_misses(heldout2)}"
    assert f.fields_pct >= GOAL_FIELDS, f"{f.fields_pct:.1f}% fields\n{_misses(heldout2)}"


def test_goals_on_the_third_heldout_set(heldout3: list[Outcome]) -> None:
    """Written blind and run once after the second set's fixes: 21/25 picks (84.0%), 122/149
    fields (81.9%), neither goal met. Its kinds of miss (unsaid data assumed to be none, a
    count said as "none yet" or "training examples", privacy said as law or contract, GPU
    servers, self-hosted read as rented, the task said as "pulled into" or "step by step")
    were then fixed with new words in tests/test_parse.py; it now guards against
    regressions: 25/25 and 149/149 since."""
    f = figures(heldout3)
    assert f.scenarios == 25
    assert f.picks_pct >= GOAL_PICKS, f"{f.picks_pct:.1f}% picks\n{_misses(heldout3)}"
    assert f.fields_pct >= GOAL_FIELDS, f"{f.fields_pct:.1f}% fields\n{_misses(heldout3)}"


def test_goals_on_the_fourth_heldout_set(heldout4: list[Outcome]) -> None:
    """Written blind and run once after the third set's fixes: 24/25 picks (96.0%), 122/134
    fields (91.0%), 34/38 numbers (89.5%): the picks goal met, the fields and numbers goals
    not. Its kinds of miss (a per-item count beside a stated total, "day 3" read as a count,
    examples inside a prompt read as a dataset, "approved N plans we can use as examples",
    "one contract developer's pay" read as one contract, planning under constraints, a reply
    assistant, "serve our own models", vendor tuning "off the table", "can do a little
    Python") were then fixed with new words in tests/test_parse.py: 25/25 and 134/134
    since."""
    f = figures(heldout4)
    assert f.scenarios == 25
    assert f.picks_pct >= GOAL_PICKS, f"{f.picks_pct:.1f}% picks\n{_misses(heldout4)}"
    assert f.fields_pct >= GOAL_FIELDS, f"{f.fields_pct:.1f}% fields\n{_misses(heldout4)}"


def test_goals_on_the_fifth_heldout_set(heldout5: list[Outcome]) -> None:
    """Written blind and run once after the fourth set's fixes: 23/25 picks (92.0%), 139/152
    fields (91.4%), 45/50 numbers (90.0%): no goal met. Its kinds of miss (a ratio "1 note
    in 10" read as a count, questions the product asks read as data, "written about 3,000 of
    these", "old blurbs", work "worked through" by staff, "four GPU servers" and "our own
    cluster" as a cluster, sorting "into its own set of categories", "N operators use it",
    "nobody on staff does ML", shortfalls said as dropped fields, swapped terms or an ugly
    bill, "the exact table every time", and a founder with data who has not tried prompting
    yet) were then fixed with new words in tests/test_parse.py and a rule case in
    tests/test_rules.py: 25/25 and 152/152 since."""
    f = figures(heldout5)
    assert f.scenarios == 25
    assert f.picks_pct >= GOAL_PICKS, f"{f.picks_pct:.1f}% picks\n{_misses(heldout5)}"
    assert f.fields_pct >= GOAL_FIELDS, f"{f.fields_pct:.1f}% fields\n{_misses(heldout5)}"


def test_goals_on_the_sixth_heldout_set(heldout6: list[Outcome]) -> None:
    """Written blind and run once after the fifth set's fixes: 24/25 picks (96.0%), 118/134
    fields (88.1%), 37/43 numbers (86.0%): the picks goal met, the fields and numbers goals
    not. Its kinds of miss (a parenthetical list pushing the object out of reach, "no record
    leaves", texting style "havent labeled anything", "suggest 3 opening lines", notes
    turned into updates, "never tried any AI tool", a few examples beside a model's name read
    as a dataset, "our 3 staff answer them" read as 3 answers, "multi step planning", a
    chat that asks "size/placement/style", "a guy who does our website", "clinic groups",
    "rated" by people, a corrected count of libraries) were then fixed with new words in
    tests/test_parse.py: 25/25 and 134/134 since. No blind set is left: the next one must
    be written before the rules change."""
    f = figures(heldout6)
    assert f.scenarios == 25
    assert f.picks_pct >= GOAL_PICKS, f"{f.picks_pct:.1f}% picks\n{_misses(heldout6)}"
    assert f.fields_pct >= GOAL_FIELDS, f"{f.fields_pct:.1f}% fields\n{_misses(heldout6)}"
