"""The deterministic parser reads the phrasings founders actually type."""

import pytest

from advisor.parse import extract, is_correction, is_reset
from advisor.profile import Hosting, TaskKind, TeamSkill


@pytest.mark.parametrize(("text", "expecting", "expected"), [
    ("about 2k labeled tickets", "labeled_examples", {"labeled_examples": 2000}),
    ("a few hundred", "labeled_examples", {"labeled_examples": 300}),
    ("none", "labeled_examples", {"labeled_examples": 0}),
    ("None yet", "labeled_examples", {"labeled_examples": 0}),
    ("we have no labeled data", None, {"labeled_examples": 0}),
    ("1.5k", "labeled_examples", {"labeled_examples": 1500}),
    ("1,500 rows", None, {"labeled_examples": 1500}),
    ("two thousand examples", None, {"labeled_examples": 2000}),
    ("50-100 examples", None, {"labeled_examples": 75}),
    ("a dozen", "labeled_examples", {"labeled_examples": 12}),
    ("Thousands", "labeled_examples", {"labeled_examples": 3000}),
    ("actually we have 800", None, {"labeled_examples": 800}),
    ("$5,000", "budget", {"budget_usd": 5000.0}),
    ("5000", "budget", {"budget_usd": 5000.0}),
    ("5k a month", "budget", {"monthly_budget_usd": 5000.0}),
    ("$500/mo", "budget", {"monthly_budget_usd": 500.0}),
    ("no budget", "budget", {"budget_usd": 0.0}),
    ("No budget", None, {"budget_usd": 0.0}),
    ("nothing", "budget", {"budget_usd": 0.0}),
    ("$3-5k", "budget", {"budget_usd": 4000.0}),
    ("€2k", "budget", {"budget_usd": 2000.0}),
    ("10k upfront and 2k a month", "budget", {"budget_usd": 10000.0,
                                               "monthly_budget_usd": 2000.0}),
    ("our budget is 20k", None, {"budget_usd": 20000.0}),
    ("monthly budget of 2000", "budget", {"monthly_budget_usd": 2000.0}),
    ("we get 10k requests a day", None, {"monthly_requests": 300_000}),
    ("About 100k a month", "monthly_requests", {"monthly_requests": 100_000}),
    ("ML engineers", "team_skill", {"team_skill": TeamSkill.ML}),
    ("No engineers", "team_skill", {"team_skill": TeamSkill.NONE}),
    ("Developers who can call APIs", "team_skill", {"team_skill": TeamSkill.API}),
    ("A self-hosted open model", "hosting", {"hosting": Hosting.SELF_HOSTED}),
    ("A vendor's API (OpenAI, Google, Anthropic)", "hosting",
     {"hosting": Hosting.VENDOR_API}),
    ("yes", "privacy", {"privacy": True}),
    ("no", "needs_consistency", {"needs_consistency": False}),
    ("3 separate tasks", None, {"num_tasks": 3}),
    ("Just this one", "num_tasks", {"num_tasks": 1}),
])
def test_phrasings(text: str, expecting: str | None, expected: dict) -> None:
    found = extract(text, expecting=expecting)
    for key, value in expected.items():
        assert found.get(key) == value, (text, found)


def test_a_whole_first_message() -> None:
    text = ("We want to route support tickets into 6 queues. We have about 2k labeled "
            "tickets and $5,000 to spend.")
    found = extract(text, expecting="task")
    assert found["task"] == text
    assert found["task_kind"] == TaskKind.CLASSIFICATION
    assert found["labeled_examples"] == 2000
    assert found["budget_usd"] == 5000.0


def test_money_and_counts_do_not_swap() -> None:
    found = extract("we have about 2,000 tickets and a budget of around 3k")
    assert found["labeled_examples"] == 2000 and found["budget_usd"] == 3000.0
    assert "labeled_examples" not in extract("we can spend about 2k on this")


@pytest.mark.parametrize(("text", "kind"), [
    ("Route support tickets to the right team", TaskKind.CLASSIFICATION),
    ("Pull invoice numbers and totals out of PDFs: extract fields", TaskKind.EXTRACTION),
    ("Summarise sales calls into CRM notes", TaskKind.GENERATION),
    ("A chatbot that answers questions about our product", TaskKind.QA_CHAT),
    ("Solve multi-step math word problems", TaskKind.REASONING),
])
def test_task_kinds(text: str, kind: TaskKind) -> None:
    assert extract(text)["task_kind"] == kind


def test_private_data_and_fresh_facts() -> None:
    found = extract("data is confidential patient records, must stay on-prem")
    assert found["privacy"] is True and found["hosting"] == Hosting.SELF_HOSTED
    found = extract("Answer questions about our docs, which change every week")
    assert found["fresh_knowledge"] is True
    assert extract("no privacy concerns").get("privacy") is False


def test_greetings_and_noise_say_nothing() -> None:
    assert extract("hi", expecting="task") == {}
    assert extract("banana", expecting="labeled_examples") == {}


def test_control_phrases() -> None:
    assert is_reset("let's start over") and is_reset("reset")
    assert not is_reset("we restarted the project last year")
    assert is_correction("actually we have 800") and not is_correction("we have 800")
