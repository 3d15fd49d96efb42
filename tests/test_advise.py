"""The recommendation as the API and CLI return it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from advisor import TailorError, advise_text, profile_from_text, to_markdown
from advisor.recommend import AXES
from tailor.settings import ROOT

FIELDS = {"technique", "variant", "confidence", "reasons", "comparison", "cost", "next_steps",
          "alternatives", "assumptions", "citations", "profile"}
TEXT = "We want to route support tickets. About 2k labeled tickets and $5,000 to spend."


def test_recommendation_has_every_field(kb) -> None:
    rec = advise_text(TEXT, kb).to_dict()
    assert rec.keys() >= FIELDS
    assert rec["technique"] in {"prompt_engineering", "prompt_tuning", "fine_tuning"}
    assert rec["profile"]["labeled_examples"] == 2000
    assert rec["profile"]["budget_usd"] == 5000.0
    assert set(rec["comparison"]) == {"prompt_engineering", "prompt_tuning", "fine_tuning"}
    for technique in rec["comparison"].values():
        assert set(technique) == set(AXES)
    assert len(rec["citations"]) >= 2
    for c in rec["citations"]:
        assert (ROOT / "knowledge" / c["source"]).exists()
        assert c["heading"] and c["excerpt"] and c["sources"]
        assert " ".join(c["excerpt"].split()[:6]) in " ".join(
            (ROOT / "knowledge" / c["source"]).read_text().split())
    assert rec["cost"]["assumptions"] and rec["next_steps"] and rec["alternatives"]
    json.dumps(rec)  # plain JSON all the way down


def test_citations_back_the_reasons(kb) -> None:
    rec = advise_text("We have no labeled data and no budget; classify emails", kb)
    assert rec.technique == "prompt_engineering"
    fired = {r["rule"] for r in rec.reasons}
    assert {c.supports for c in rec.citations} <= fired
    assert len({(c.source, c.heading) for c in rec.citations}) == len(rec.citations)


def test_markdown_card(kb) -> None:
    card = to_markdown(advise_text(TEXT, kb))
    for part in ("## Recommendation", "### Why", "| Data needed ", "| Training cost ",
                 "| Technical difficulty ", "| Response quality ", "### Cost estimate",
                 "### Next steps", "### Sources", "knowledge/"):
        assert part in card


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TailorError, match="Describe your task"):
        profile_from_text("   ")
    with pytest.raises(TailorError, match="under"):
        profile_from_text("x" * 10_000)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "advisor", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=180)


@pytest.mark.slow
def test_cli_json_and_markdown(kb) -> None:
    out = run_cli(TEXT, "--json")
    assert out.returncode == 0, out.stderr
    rec = json.loads(out.stdout)
    assert rec.keys() >= FIELDS
    assert rec["profile"]["labeled_examples"] == 2000 and rec["profile"]["budget_usd"] == 5000
    assert rec["technique"] == "fine_tuning"
    out = run_cli("no labeled data, no budget, classify emails")
    assert out.returncode == 0 and out.stdout.startswith("## Recommendation: Prompt engineering")
    out = run_cli(" ")
    assert out.returncode == 2 and "Describe your task" in out.stderr
