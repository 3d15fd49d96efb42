"""The deterministic parser reads the phrasings founders actually type."""

import pytest

from advisor.numbers import normalise
from advisor.parse import (
    extract,
    is_correction,
    is_reset,
    prompt_short_in_context,
    prompt_works_in_context,
    unquoted,
)
from advisor.profile import Hardware, Hosting, TaskKind, TeamSkill


def assert_reads(text: str, expected: dict, expecting: str | None = None) -> dict:
    """Each expected field is read from `text` with its value; returns everything read."""
    found = extract(text, expecting=expecting)
    for key, value in expected.items():
        assert found.get(key) == value, (text, found)
    return found


@pytest.mark.parametrize(("text", "expecting", "expected"), [
    ("about 2k labeled tickets", "labeled_examples", {"labeled_examples": 2000}),
    ("a few hundred", "labeled_examples", {"labeled_examples": 300}),
    # The chat's quick replies to "did prompting fall short?"
    ("Yes, and it works well", "tried_prompting", {"prompt_works": True,
                                                   "tried_prompting": False}),
    ("Yes, it fell short", "tried_prompting", {"tried_prompting": True}),
    ("Not yet", "tried_prompting", {"tried_prompting": False}),
    # A bare rate beside a budget told by name answers the volume (set 183: h4569)
    ("About two thousand a month. Budget, say three grand.", "budget",
     {"budget_usd": 3000, "monthly_requests": 2000, "monthly_budget_usd": None}),
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
    assert_reads(text, expected, expecting)


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


# The issue's examples, as a new user typed them in the browser.
ISSUE_FIRST = ("We review supplier contracts for risky clauses. We've got roughly twelve hundred "
               "contracts annotated by our legal team. Our data is confidential and can't go "
               "to OpenAI.")


def test_numbers_bind_to_their_nouns() -> None:
    found = extract(ISSUE_FIRST)
    assert found["labeled_examples"] == 1200
    assert found["privacy"] is True and found["hosting"] == Hosting.SELF_HOSTED
    assert "budget_usd" not in found  # no dollar amount was said
    found = extract("we have two backend devs, no ML people", expecting="team_skill")
    assert found["team_skill"] == TeamSkill.API  # the negation keeps its scope
    assert "labeled_examples" not in found  # two devs are people, not examples
    found = extract("Two devs, no ML. Forty labeled examples. Budget a hundred dollars. We "
                    "classify churn reasons from cancellation surveys, maybe three hundred a "
                    "month.")
    assert (found["labeled_examples"], found["budget_usd"], found["monthly_requests"]) == (
        40, 100.0, 300)
    assert found["task_kind"] == TaskKind.CLASSIFICATION and found["team_skill"] == TeamSkill.API


@pytest.mark.parametrize(("text", "expected"), [
    ("almost no budget, maybe $20", {"budget_usd": 20.0}),
    ("8 grand for the whole thing", {"budget_usd": 8000.0}),
    ("A couple hundred bucks max", {"budget_usd": 200.0}),
    ("Budget 1.5k a month", {"monthly_budget_usd": 1500.0}),
    ("Budget is about two thousand dollars", {"budget_usd": 2000.0}),
    ("roughly three hundred thousand listings a month", {"monthly_requests": 300_000}),
    ("about 10.000 labeled reports", {"labeled_examples": 10_000}),
    ("We have 500 labeled clauses, no wait, it's more like 5,000.", {"labeled_examples": 5000}),
    ("Budget is $10k. Sorry, that's annual, so think of it as about 800 a month.",
     {"monthly_budget_usd": 800.0}),
    ("I pay like twenty bucks a month and that's my budget", {"monthly_budget_usd": 20.0}),
    ("ML team of 5, labeled Q&A examples, usually a few hundred each",
     {"labeled_examples": 300, "team_skill": TeamSkill.ML}),
    ("the answer must arrive within fifty milliseconds", {"tight_latency": True}),
    ("40 customer companies and each one wants its own model", {"num_tasks": 40}),
])
def test_worded_and_hedged_amounts(text: str, expected: dict) -> None:
    assert_reads(text, expected)


def test_names_and_sizes_are_not_amounts() -> None:
    found = extract("We run Llama 70B on one RTX 4090 and two 3090s; GPT-4 gets 68% top-1.")
    assert not {"labeled_examples", "budget_usd", "monthly_requests", "num_tasks"} & set(found)


def test_hardware_skills_and_history() -> None:
    found = extract("No money for API calls, but we have a GPU")
    assert found["budget_usd"] == 0 and found["hardware"] == Hardware.OWN_GPU
    assert "hosting" not in found  # "no money for API calls" is not a vendor API
    found = extract("we know PyTorch")
    assert found["knows_pytorch"] is True and found["team_skill"] == TeamSkill.ML
    assert extract("I have a laptop with an RTX 3070")["hardware"] == Hardware.LAPTOP_GPU
    assert extract("We have 4 ML engineers and a GPU cluster")["hardware"] == Hardware.CLUSTER
    assert extract("no GPUs at present")["hardware"] == Hardware.NONE
    assert extract("Tried GPT-4 with a long prompt, accuracy stuck around 70%")[
        "tried_prompting"] is True
    assert "tried_prompting" not in extract("ChatGPT is pretty good already for this")
    found = extract("We host one 13B model and can't afford 60 fine-tuned copies for our 60 "
                    "client brands, each with its own voice.")
    assert found["shared_model"] is True and found["num_tasks"] == 60


def test_budget_and_who_it_pays_for() -> None:
    assert extract("8 grand, and that has to cover the freelancer too")[
        "budget_covers_people"] is True
    assert extract("$5k, that's cash for API and compute only, salaries are separate")[
        "budget_covers_people"] is False


def test_vendor_permission_and_privacy() -> None:
    found = extract("Sending data to OpenAI is fine under our DPA. OpenAI fine-tuning is fine "
                    "with us.")
    assert found["privacy"] is False and found["vendor_finetune_ok"] is True
    found = extract("Claim documents may not leave our data centre under any circumstances.")
    assert found["privacy"] is True
    assert extract("nothing can go to OpenAI or any cloud AI company")["privacy"] is True


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("We have around 5k tickets but only 200 are labeled", {"labeled_examples": 200}, ()),
    ("no labeled data yet but we could label 500 in a week", {"labeled_examples": 0},
     ("monthly_requests",)),  # 'in a week' is how long, not how often
    ("$50k ARR, we raised $2M seed, can spend $3k on this", {"budget_usd": 3000.0}, ()),
    ("we have 0 budget and 0 engineers", {"budget_usd": 0.0, "team_skill": TeamSkill.NONE},
     ("labeled_examples",)),
    ("Volume: ~50k/day", {"monthly_requests": 1_500_000}, ()),
    ("response time under 2 seconds", {"tight_latency": False}, ()),
    ("We have a single model for all 20 of our clients",
     {"num_tasks": 20, "shared_model": True}, ()),
])
def test_phrasings_beyond_the_scenarios(text: str, expected: dict, absent: tuple) -> None:
    found = assert_reads(text, expected)
    assert not set(absent) & set(found), (text, found)


def test_a_bare_no_is_an_answer_a_sentence_is_not() -> None:
    """Found in the browser: 'No money for API calls...' asked about the team meant no
    budget, not no engineers."""
    found = extract("No money for API calls, but we have a GPU", expecting="team_skill")
    assert "team_skill" not in found and found["budget_usd"] == 0
    assert extract("No money at all", expecting="privacy").get("privacy") is None
    assert extract("no", expecting="team_skill")["team_skill"] == TeamSkill.NONE
    assert extract("None yet", expecting="labeled_examples")["labeled_examples"] == 0
    assert extract("No, we don't", expecting="privacy")["privacy"] is False


@pytest.mark.parametrize(("text", "expected"), [
    ("We can put 5k€ into it", {"budget_usd": 5000.0}),
    ("a team of three engineers", {"team_skill": TeamSkill.API}),
    ("our NLP team has fine-tuned BERT before", {"team_skill": TeamSkill.ML}),
    ("Our current GPT-4 prompt is right about 80% of the time, we need 95%",
     {"tried_prompting": True}),
    ("Prompts aren't cutting it anymore", {"tried_prompting": True}),
    ("Replies must keep our tone of voice", {"needs_consistency": True}),
    ("We want to serve all 30 customers from one base model", {"shared_model": True}),
    ("It has to answer in real time", {"tight_latency": True}),
    ("Inventory changes hourly", {"fresh_knowledge": True}),
    ("must stay in the EU, GDPR", {"privacy": True}),
])
def test_phrasings_neither_scenario_set_uses(text: str, expected: dict) -> None:
    assert_reads(text, expected)


# --- issue 10, generalised: classes of misses, each tested with sentences of our own ---------

@pytest.mark.parametrize(("text", "expected"), [
    ("Roughly half a million lookups hit the endpoint every month",
     {"monthly_requests": 500_000}),
    ("a quarter of a million listings a month", {"monthly_requests": 250_000}),
    ("twenty-ish thousand sessions a month", {"monthly_requests": 20_000}),
    ("We could spend a grand, give or take", {"budget_usd": 1000.0}),
    ("a few grand for compute", {"budget_usd": 3000.0}),
    ("our budget is 15k-ish", {"budget_usd": 15_000.0}),
    ("200-odd labelled essays", {"labeled_examples": 200}),
    ("we log thirty episodes a month", {"monthly_requests": 30}),
])
def test_hedged_and_worded_amounts(text: str, expected: dict) -> None:
    assert_reads(text, expected)


@pytest.mark.parametrize(("text", "labeled"), [
    ("We keep 1,800 clinician-graded answers", 1800),
    ("There are 4,300 support replies agents wrote themselves", 4300),  # not 4,300 agents
    ("We hold 2,600 hand-tagged paragraphs", 2600),
    ("we've got a back catalogue of 900 pushes", 900),
    ("a grand total of 40 examples", 40),
])
def test_labeled_data_in_other_words(text: str, labeled: int) -> None:
    found = extract(text)
    assert found.get("labeled_examples") == labeled, (text, found)
    assert "budget_usd" not in found, (text, found)


@pytest.mark.parametrize("text", [
    "We have 4 vets and 2 nurses",  # people the noun list may not know
    "we own a 3090",  # a graphics card's name
    "our laptop has a 4070 mobile chip",
    "They sent tens of thousands of strings each",  # an unknown plural counts itself
    "We have 12 labelled categories",  # the label set, not labeled items
])
def test_numbers_that_count_other_things_are_not_examples(text: str) -> None:
    assert "labeled_examples" not in extract(text), (text, extract(text))


@pytest.mark.parametrize(("text", "hardware"), [
    ("I train on a MacBook Pro with an M3 Max", Hardware.LAPTOP_GPU),
    ("We've got an A100 in the office", Hardware.OWN_GPU),
    ("Our ML guy has a 4070 mobile in his laptop", Hardware.LAPTOP_GPU),
    ("we own a 3090", Hardware.OWN_GPU),
    ("two RTX 3090s sit on a shelf", Hardware.OWN_GPU),
    ("there's a gaming PC under my desk", Hardware.OWN_GPU),
    ("our 4090 sits idle at night", Hardware.OWN_GPU),
    ("We don't use the cloud; we own an H100", Hardware.OWN_GPU),
])
def test_graphics_cards_by_name(text: str, hardware: Hardware) -> None:
    assert extract(text).get("hardware") == hardware, (text, extract(text))


@pytest.mark.parametrize("text", ["We rent A100s in the cloud", "H100 instances cost too much",
                                  "our GPU budget is 200", "we have 2 mobile apps"])
def test_rented_cards_are_not_owned(text: str) -> None:
    assert "hardware" not in extract(text), (text, extract(text))


@pytest.mark.parametrize(("text", "skill"), [
    ("Our clinic has no informatic persons", TeamSkill.NONE),
    ("We have no IT staff at all", TeamSkill.NONE),
    ("Our IT guy set up the website and the mail server", TeamSkill.API),
    ("The tech team is two people in Porto", TeamSkill.API),
])
def test_it_and_tech_staff(text: str, skill: TeamSkill) -> None:
    assert extract(text).get("team_skill") == skill, (text, extract(text))


def test_a_retraction_replaces_what_it_takes_back() -> None:
    found = extract("We employ plenty of ML researchers. Well, no, it's me and a part-time "
                    "accountant, and neither of us codes.")
    assert found["team_skill"] == TeamSkill.NONE
    assert "task_kind" not in found  # "neither of us codes" names no task
    found = extract("We have two ML engineers; correction: they are backend developers, none "
                    "do ML")
    assert found["team_skill"] == TeamSkill.API
    assert extract("We host it ourselves, scratch that, we'll use Gemini")[
        "hosting"] == Hosting.VENDOR_API
    # Without a retraction, the usual reading stands.
    assert extract("Two ML engineers. Our devs help with the API.")["team_skill"] == TeamSkill.ML


@pytest.mark.parametrize(("text", "expected"), [
    ("Uploading our scrubbed set to Google's tuning service is fine by compliance.",
     {"vendor_finetune_ok": True, "privacy": False}),
    ("We're fine to use Anthropic.", {"privacy": False, "hosting": Hosting.VENDOR_API}),
    ("No objection to a hosted fine-tune on Vertex.",
     {"vendor_finetune_ok": True, "hosting": Hosting.VENDOR_API}),
    ("We can send the examples to a vendor to fine-tune a model for us.",
     {"vendor_finetune_ok": True}),
    ("Legal signed off on Azure OpenAI fine-tuning.", {"vendor_finetune_ok": True}),
    # Data that may go to a vendor may go to its fine-tuning too.
    ("Sharing our survey answers with Anthropic is fine for us.",
     {"vendor_finetune_ok": True, "privacy": False}),
    ("It's ok to send the logs to Cohere, nothing secret in them.",
     {"vendor_finetune_ok": True}),
])
def test_saying_a_vendor_is_acceptable(text: str, expected: dict) -> None:
    assert_reads(text, expected)


def test_fine_in_fine_tuning_is_no_permission() -> None:
    assert "vendor_finetune_ok" not in extract("OpenAI fine-tuning is too expensive for us.")
    assert extract("We can't use OpenAI.")["hosting"] == Hosting.SELF_HOSTED
    assert extract("Fine to use Claude, but patient data must stay on our servers")[
        "privacy"] is True  # a stated restriction still wins


@pytest.mark.parametrize("text", [
    "The drafts from GPT-4o were meh.",
    "Our prompts give a different layout every run.",
    "Prompt results are all over the place.",
    "Few-shot prompting was underwhelming on the rare labels.",
])
def test_prompting_fell_short_in_other_words(text: str) -> None:
    assert extract(text).get("tried_prompting") is True, (text, extract(text))


@pytest.mark.parametrize("text", [
    "Finance won't pay for a dedicated model instance per customer.",
    "We want one copy of the weights serving every tenant.",
    "All 14 clients would hit the same deployment.",
    "The board will not approve separate models for each region.",
])
def test_one_shared_model_in_other_words(text: str) -> None:
    found = extract(text)
    assert found.get("shared_model") is True, (text, found)
    assert found.get("task_kind") != TaskKind.GENERATION  # "a copy of" is not copywriting


@pytest.mark.parametrize("text", [
    "Each post has to be 280 characters max and sound unmistakably like our founder.",
    "Texts must read like us, never more than 160 characters.",
    "There's a hard word limit on every product blurb.",
])
def test_length_limits_and_a_voice_are_consistency(text: str) -> None:
    assert extract(text).get("needs_consistency") is True, (text, extract(text))


@pytest.mark.parametrize(("text", "kind"), [
    ("Our bakery wants the AI to write order confirmations and the answers to simple "
     "questions from customers.", TaskKind.GENERATION),  # writing answers, not a Q&A bot
    ("We need to map each clause to a fixed taxonomy of 60 risk types.",
     TaskKind.CLASSIFICATION),
    ("We bucket expense lines into 30 GL accounts", TaskKind.CLASSIFICATION),
    ("A bot that answers questions about shipping", TaskKind.QA_CHAT),
    ("Help agents answer customer questions faster", TaskKind.QA_CHAT),
    ("We are content to use a vendor. Assign each call to one of our 12 dispositions.",
     TaskKind.CLASSIFICATION),  # "content to" is not content writing
])
def test_task_kinds_in_other_words(text: str, kind: TaskKind) -> None:
    assert extract(text).get("task_kind") == kind, (text, extract(text))


@pytest.mark.parametrize(("text", "expecting", "expected"), [
    ("None labeled yet.", "labeled_examples", {"labeled_examples": 0}),
    ("Nothing to speak of", "labeled_examples", {"labeled_examples": 0}),
    ("We have not training data, only old PDFs.", None, {"labeled_examples": 0}),
    ("About 5,000 invoices come in each month", None, {"monthly_requests": 5000}),
    ("No extra cash beyond our hosting bill.", None, {"budget_usd": 0.0}),
    ("She has run a QLoRA fine-tune before.", None, {"team_skill": TeamSkill.ML}),
    ("We've got 12k shipment strings that ops labeled by hand.", None,
     {"labeled_examples": 12_000}),
    ("There are 3,100 permits our inspectors marked up last year.", None,
     {"labeled_examples": 3100}),
    ("We had around 400 summaries, hmm, no, more like 900 once you count the archive.", None,
     {"labeled_examples": 900}),
    ("Nine regional desks each need their own routing rules.", None, {"num_tasks": 9}),
    ("Score support emails into ~15 issue types.", None,
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We want help to prepare the invoices and the answers to common questions about "
     "billing.", None, {"task_kind": TaskKind.GENERATION}),
])
def test_gaps_the_new_dev_scenarios_showed(text: str, expecting: str | None,
                                           expected: dict) -> None:
    assert_reads(text, expected, expecting)


@pytest.mark.parametrize(("text", "absent"), [
    ("Not enough data to train on, only about 40 examples.", {"labeled_examples": 0}),
    ("We are 3 physiotherapists and 2 assistants.", {"task_kind": TaskKind.QA_CHAT}),
    ("We have 3 vets and each vet writes their own letters.", {"num_tasks": 3}),
    # The seventh and eighth sets' patterns, where they must not reach.
    ("Our 14 bus routes get busy at rush hour.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("We have 500 contracts and each contract needs its own summary.", {"num_tasks": 500}),
    ("We sell to 300 shops across the country.", {"num_tasks": 300}),
    ("It takes 2 seconds per request and that is fine for us.", {"tight_latency": True}),
    ("Our data may not go to a vendor, not even for fine-tuning.",
     {"vendor_finetune_ok": True}),
    ("We can train on whatever you suggest.", {"team_skill": TeamSkill.ML}),
    ("Our partners sent thousands of segments each.", {"num_tasks": 3000}),
    ("We are a news agency that writes headlines.", {"fresh_knowledge": True}),
    ("We pay our engineers well; the budget is $5k.", {"budget_covers_people": True}),
    ("Our prompt is long but works well.", {"tried_prompting": True}),
    ("We have 2 100 tickets and 30 staff.", {"labeled_examples": 2_100_030}),
    ("It breaks on the Windows 11 machines.", {"labeled_examples": 11}),
    ("A chatbot that answers questions about our opening hours.",
     {"task_kind": TaskKind.GENERATION}),
    ("We were wrong about the budget, but we do own an RTX 4090.",
     {"hardware": Hardware.NONE}),
    # Sets 11 and 12's patterns, where they must not reach.
    ("We have 1,200 labeled rows, so none of the vendor's data is needed.",
     {"labeled_examples": 0}),
    ("Every month we hire 2 engineers.", {"monthly_requests": 2}),
    ("I won 3 awards and we have $5k.", {"budget_usd": 3.0}),
    ("The ticket costs 40 euros a seat; the budget is $2,000.", {"budget_usd": 40.0}),
    ("We sell 300 uniforms a week to schools.", {"needs_consistency": True}),
    ("We have 5,000 emails and 300 have been forwarded to sales.",
     {"labeled_examples": 300}),
    ("Each lawyer's client wants a quick answer.", {"num_tasks": 2}),
    ("We tried a prompt and it works fine; the price slips a bit each year.",
     {"tried_prompting": True}),
    # Set 14's patterns, where they must not reach.
    ("I've been writing blurbs with ChatGPT and they are great.", {"tried_prompting": True}),
    ("We pay our two developers from revenue.", {"team_skill": None}),
    ("It was a grand opening, 300 guests.", {"budget_usd": 1000.0}),
    ("We have 500 raw emails, none labeled.", {"labeled_examples": 500}),
    # Set 13's patterns, where they must not reach.
    ("We rent A100s by the hour for a year-long project.", {"hardware": Hardware.OWN_GPU}),
    ("We have 800 tagged invoices and no labels for the new fields.",
     {"labeled_examples": 0}),
    ("One model for all 30 clients, no separate copies.", {"shared_model": False}),
    ("It currently takes 3 seconds; we need it under 200 ms.", {"tight_latency": False}),
    ("We are fine hosting our own model.", {"shared_model": False}),
    ("We rent cloud GPUs with a dedicated budget.", {"hardware": Hardware.OWN_GPU}),
    ("Our staff is split into 3 groups.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("We have 3 PHP developers.", {"budget_usd": 0.05}),
    # Sets 15 and 16's patterns, where they must not reach.
    ("We want the same tone every time, and consistency is important.",
     {"needs_consistency": False}),
    ("Our app must reply in 300 ms per message.", {"tight_latency": False}),
    ("We add 80 new products every month.", {"monthly_requests": None}),
    ("They say 200 users signed up.", {"labeled_examples": 200}),
    ("We stay within our budget of $5k.", {"tight_latency": False}),
    ("The GPUs arrive in a single copy of the order.", {"shared_model": True}),
    ("We do not have any ML people or data scientists.", {"labeled_examples": 0}),
    ("We use OpenAI for support. Each client wants a different style.",
     {"tried_prompting": True}),
    ("We want one bot for each client.", {"shared_model": True}),
    ("Write reports according to our rubric.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("We want to put a chatbot into our system.", {"task_kind": TaskKind.EXTRACTION}),
    ("Privacy is not critical for us.", {"privacy": True}),
    ("Our machine learning budget is $800.", {"budget_usd": None}),
    ("We have 12 agencies. Actually 3 signed contracts matter.", {"labeled_examples": 12}),
    ("It's just me and two developers.", {"team_skill": TeamSkill.NONE}),
    ("Upgrading the servers is planned.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("We run 1 instance per customer.", {"shared_model": True}),
    ("Our ML lead left the meeting early; she trains models daily.", {"team_skill": None}),
    ("We have 4 clinics, each with its own reception.", {"labeled_examples": 4}),
    # Sets 21 and 22's patterns, where they must not reach.
    ("We work on a $3-5k budget with 200 labeled emails.", {"budget_usd": None}),
    ("It needs a category page redesign first.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("Sending data to OpenAI would violate GDPR, we never tried prompting.",
     {"tried_prompting": True}),
    ("We use GPT for our outdated catalogue.", {"tried_prompting": True}),
    ("Our 5 teams need tasks done by Friday.", {"num_tasks": 5}),
    ("We got 3 of our 10 devs using ChatGPT.", {"tried_prompting": True}),
    ("We condense contracts into a JSON record.", {"task_kind": TaskKind.GENERATION}),
    ("We have 40 nurses each night.", {"monthly_requests": 1200}),
    ("We wrote 2,000 lines of code last week.", {"labeled_examples": 2000}),
    # Sets 23-25's patterns, where they must not reach.
    ("We spend $2k on ads, and 300 a month come in as leads.", {"monthly_budget_usd": 300.0}),
    ("We have 300 labeled tickets, maybe 5 of them are wrong.", {"labeled_examples": 5}),
    ("We labeled 400 in a week.", {"monthly_requests": 1720}),
    ("Our staff explain how to fill in tax forms.", {"task_kind": TaskKind.EXTRACTION}),
    ("Privacy is an issue, nothing is public.", {"privacy": False}),
    ("We code in Python and JavaScript.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("They sent us 4,000 raw emails.", {"labeled_examples": 4000}),
    ("We sell 120 bikes a month, and 30 in a week at peak.", {"labeled_examples": 30}),
    ("We use ChatGPT and would be happy to stay with it for now, but we self-host Llama for this.",
     {"hosting": Hosting.VENDOR_API}),
    # Sets 26 and 27's patterns, where they must not reach.
    ("OpenAI can train models for us; we have no ML staff.", {"team_skill": TeamSkill.ML}),
    ("We move offices every year.", {"fresh_knowledge": True}),
    ("We have 40 folders of scanned invoices.", {"labeled_examples": 40}),
    ("She said 'can we do this?' and we started.", {"task_kind": TaskKind.QA_CHAT}),
    ("12 volunteers use us on weekends. Each one brings a laptop.", {"num_tasks": 12}),
    ("Each contract's own summary is written by a lawyer. We have 50 contracts.",
     {"num_tasks": 50}),
    # Sets 28 and 29's patterns, where they must not reach.
    ("We serve 140 companies; one client has 300 crews. Each of them wants their own tags.",
     {"num_tasks": 300}),
    ("Pricing is 500 pesos per seat; we handle 2,000 tickets a month.", {"monthly_requests": 500}),
    ("We pull requests from GitHub daily.", {"task_kind": TaskKind.EXTRACTION}),
    ("Our routing engine sends vans out at dawn; we want the tickets summarised.",
     {"task_kind": TaskKind.REASONING}),
    ("We had 500 examples. We had a go with it and then, well, 2 devs joined.",
     {"labeled_examples": 2}),
    # Sets 30 and 31's patterns, where they must not reach.
    ("Drafts of contracts come from lawyers; we classify them.",
     {"task_kind": TaskKind.GENERATION}),
    ("We put 5 examples per call in the prompt; we have 800 labeled replies.",
     {"labeled_examples": 5}),
    ("Sending data to third parties is fine.", {"privacy": True}),
    ("The FT team at the vendor is busy; we prompt for now.", {"vendor_finetune_ok": True}),
    # Sets 32 and 33's patterns, where they must not reach.
    ("Our detective game needs NPC banter.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("We rent the office month by month and want product descriptions written.",
     {"task_kind": TaskKind.REASONING}),
    ("Customers want 3 things from us; we have 200 labeled emails.", {"labeled_examples": 3}),
    ("We keep all invoices in our office for 7 years.", {"privacy": True}),
    ("We use Mistral on our own servers.", {"hosting": Hosting.VENDOR_API}),
    ("Once a quarter we review 40 contracts, one after the other.",
     {"task_kind": TaskKind.REASONING}),
    ("It's all in-jokes and sarcasm.", {"task_kind": TaskKind.GENERATION}),
    ("Turn call transcripts into a 6-field case note.", {"task_kind": TaskKind.GENERATION}),
    # Sets 34 and 35's patterns, where they must not reach.
    ("We'd go with the first vendor we like. We have 300 labeled tickets, a subscription or two.",
     {"labeled_examples": 2}),
    ("We sell to government entities; we want the named entities from each contract.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We have 12 fields in our CRM and want emails summarised.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Our team stays here in Lisbon.", {"privacy": True}),
    ("We have 3 100-page manuals.", {"labeled_examples": 3100}),
    # Sets 36 and 37's patterns, where they must not reach.
    ("The red flags in our audit were about pricing; we want product descriptions.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Our GPU bill is $4,000 a month.", {"hardware": Hardware.OWN_GPU}),
    ("1,500 staff use our intranet, and each one has its own login.", {"num_tasks": 1500}),
    ("Our fine-tuning expert is out this week.", {"vendor_finetune_ok": False}),
    ("We have 1 or 2 devs.", {"labeled_examples": 1}),
    # Patterns narrowed in the session's final review, where they must not reach.
    ("We keep the records in our CRM.", {"privacy": True}),
    ("Nobody here knows it yet, but we have two developers.", {"team_skill": TeamSkill.NONE}),
    ("We publish 30 articles a week and each article's tone must be neutral.",
     {"num_tasks": 30}),
    ("We have customers, about 300 of them, and each ticket gets a label.", {"num_tasks": 300}),
    ("Customers often ask about refunds; we want their emails routed into 5 queues.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("We produce 20 posts in a week.", {"labeled_examples": 20}),
    # Sets 38 and 39's patterns, where they must not reach.
    ("We rate suppliers as a team.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("Our interns type notes into the wiki.", {"task_kind": TaskKind.EXTRACTION}),
    ("The tone of the meeting was calm.", {"needs_consistency": True}),
    ("We want data on our competitors' prices.", {"privacy": True}),
    ("The model never goes offline at night.", {"privacy": True}),
    ("We'd rather have it as json/csv.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("Marketing as b2b/b2c matters to us.", {"task_kind": TaskKind.CLASSIFICATION}),
    # Sets 40 to 43's patterns, where they must not reach.
    ("Quality is ok but it takes 2 seconds and the cost is too high.", {"tight_latency": False}),
    ("Our prompt was fine but 1-2 seconds per call is too slow for checkout.",
     {"tight_latency": False}),
    ("OpenAI must never train on our data.", {"vendor_finetune_ok": True}),
    ("We need one more engineer.", {"budget_usd": 1.0}),
    ("We have one GPU server.", {"hardware": Hardware.CLUSTER}),
    ("Two machine-learning engineers and a GPU server.", {"hardware": Hardware.CLUSTER}),
    ("We rent GPU servers by the hour.", {"hardware": Hardware.CLUSTER}),
    ("The order of the sections in each report matters.", {"task_kind": TaskKind.REASONING}),
    ("We wrote the answers to common questions ourselves.", {"task_kind": TaskKind.QA_CHAT}),
    ("We can spend from $2k to $5k.", {"budget_usd": 2000.0}),
    # Sets 44 to 47's patterns, where they must not reach.
    ("He trained on our data last year at university.", {"vendor_finetune_ok": True}),
    ("We rejected the vendor's offer.", {"tried_prompting": True}),
    ("The laptop runs our billing app.", {"hosting": Hosting.SELF_HOSTED}),
    ("One copy of the contract goes to the client.", {"shared_model": True}),
    ("We have 3 papers at EMNLP.", {"labeled_examples": 3}),
    ("She said 'thanks' and he said 'no problem at all, happy to help'.",
     {"task_kind": TaskKind.GENERATION}),
    ("Our brochure says 'fresh every day' -> we mean it.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("We have 24/7 support and a 9 / 10 rating.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("We had 3 ML engineers and still have them.", {"team_skill": TeamSkill.NONE}),
    ("Our enterprise plan customers want their own tone.", {"hosting": Hosting.VENDOR_API}),
    # Sets 48 to 51's patterns, where they must not reach.
    ("She's not only our engineer but also our designer.", {"hardware": Hardware.NONE}),
    ("The phone rings all day.", {"hosting": Hosting.SELF_HOSTED}),
    ("We have no developers yet, but our agency can wire up an API for us.",
     {"team_skill": TeamSkill.NONE}),
    ("Our users call an API we built.", {"hosting": Hosting.VENDOR_API}),
    ("We did hire a data scientist last year and she trains our models.",
     {"team_skill": TeamSkill.API}),
    ("Each hotel is about 40 rooms.", {"num_tasks": 40}),
    ("I nearly signed with an agency for it, but I pulled out.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We sell to 25 white-label resellers.", {"labeled_examples": 25}),
    ("Sellers write listings in a hurry and we need brand and size pulled out.",
     {"task_kind": TaskKind.GENERATION}),
    ("Here's a line from one: 'Since 2019, 312 participants have found paid work "
     "within six months.'",
     {"labeled_examples": 312}),
    # Sets 52 and 53's patterns, where they must not reach.
    ("We have 2,000 archived answers, but half of those answers are already out of date.",
     {"labeled_examples": 1000}),
    ("40 customers, each labelled roughly 250 posts.", {"labeled_examples": 10000}),
    ("Half of our 2,000 emails are spam.", {"labeled_examples": 1000}),
    ("We want a proof of concept first.", {"task_kind": TaskKind.REASONING}),
    ("We spend $200 a month on hosting and the same again on coffee.", {"budget_usd": 400.0}),
    ("No labels yet, but the interns could label 300 in a week.", {"labeled_examples": 300}),
    # Sets 54 and 55's patterns, where they must not reach.
    ("Our team of 5 reviews the drafts.", {"labeled_examples": 5}),
    ("The budget is fine; we have 300 labeled examples.", {"budget_usd": 300.0}),
    ("The coffee machine keeps coming out of warranty.", {"tried_prompting": True}),
    # Sets 56 and 57's patterns, where they must not reach.
    ("No data yet, sorry.", {"privacy": True}),
    ("We have 3 prompts in production and 2,000 labeled pairs.", {"labeled_examples": 3}),
    ("Our chatbot says no to refunds over $50.", {"vendor_finetune_ok": False}),
    # Sets 58 to 61's patterns, where they must not reach.
    ("The 4 interns label data on Fridays; labels are 300 so far.", {"labeled_examples": 4}),
    ("We have 30 engineers; the 30 is the whole company.", {"labeled_examples": 30}),
    ("Prompting gets close to our target and we are happy with it.", {"tried_prompting": True}),
    ("Our data centre team put 2 new racks into it last year.", {"budget_usd": 2.0}),
    ("We meet 80 by the river every Sunday.", {"labeled_examples": 80}),
    ("We have 2,000 labeled tickets. Nobody wants the same old chatbot.", {"labeled_examples": 0}),
    # Sets 60 and 61's patterns, where they must not reach.
    ("Each seat costs a dollar a day; our budget is $500 one-off.", {"monthly_budget_usd": 30.0}),
    ("Our customers accept the terms when they sign up.", {"vendor_finetune_ok": True}),
    # Sets 62 to 67's patterns, where they must not reach.
    ("I want a tool where I paste the code and get back a short changelog.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Each group labels clause types in historical texts, hedges and dialects.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We want back a summary, a title and three tags for each article.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Our data stays in sync with the CRM every night.", {"privacy": True}),
    ("We answered every few hundred tickets by hand last year.", {"labeled_examples": 300}),
    ("The IT department has 200 laptops.", {"labeled_examples": 200}),
    ("She has written PyTorch training code for years.", {"task_kind": TaskKind.GENERATION}),
    ("We produce written incident summaries for about 30 enterprise customers.",
     {"labeled_examples": 30}),
    ("We wrote apps for 40 clients last year.", {"labeled_examples": 40}),
    ("We made apps for 40 councils.", {"labeled_examples": 40}),
    # Sets 68 to 75's patterns, where they must not reach.
    ("We want to know whether a prompt works well before we spend anything.",
     {"prompt_works": True}),
    ("We tried GPT, it doesn't work well on long tickets.", {"prompt_works": True}),
    ("We prompted GPT and got 60%; we need far better before they'd trust it.",
     {"prompt_works": True}),
    ("Our prompt works well for English, but it fails on Spanish.", {"prompt_works": True}),
    ("The team is great and our CRM does the job.", {"prompt_works": True}),
    ("We tried GPT and it gives a label for every ticket.", {"tried_prompting": True}),
    ("We prompted GPT; latency is 0.4 s.", {"tried_prompting": True}),
    ("We asked ChatGPT for a reply; it uses the previous template.", {"tried_prompting": True}),
    ("We want the different departments to share one model.", {"needs_consistency": False}),
    ("Our customers sometimes send the same ticket twice.", {"needs_consistency": False}),
    ("We tried a prompt with ChatGPT and it stalled at 70%. Nothing is built yet for the app.",
     {"tried_prompting": False}),
    ("We put the exports in a bucket on S3.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("We put every team on a level footing.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("Our provider of hosting lets us train on our own GPUs.", {"vendor_finetune_ok": True}),
    ("We tried a few tools; answers must come in under 300 ms.", {"tight_latency": False}),
    ("We put 12 prompts in a folder for the team.", {"labeled_examples": 0}),
    ("We tried ChatGPT. Once it works, we will roll it out.", {"prompt_works": True}),
    ("We prompted GPT; we need something that works well for Spanish too.", {"prompt_works": True}),
    ("We asked ChatGPT and it nailed it for simple cases only.", {"prompt_works": True}),
    ("We tried ChatGPT; make sure it works well before we pay.", {"prompt_works": True}),
    ("Our GPT prompt does the job. But it fails on invoices from Spain.", {"prompt_works": True}),
    ("We tried GPT for months and it is stuck at 80%. We want the model to write the first "
     "draft of each report.",
     {"prompt_refined": False}),
    ("Our app's first version shipped in May; we prompted Claude for months and it still "
     "drifts.",
     {"prompt_refined": False}),
    ("We tried GPT and it was bad. Our team works well together though.", {"prompt_works": True}),
    ("We tried GPT, it was bad. The business is doing great.", {"prompt_works": True}),
    # Set 79's patterns, where they must not reach.
    ("One-off budget $300, and running cost must stay under 1 cent per email.", {"privacy": True}),
    ("The tone has to stay consistent and costs must stay low.", {"privacy": True}),
    ("We're on their enterprise agreement with zero data retention.", {"labeled_examples": 0}),
    ("we have 400 labeled examples and more come in every week", {"monthly_requests": 1720}),
    ("we labeled 400 examples and we add more every week", {"monthly_requests": 1720}),
    ("We tried prompting: 88% vs 80% needed, so it works.", {"tried_prompting": True}),
    ("We tested a prompt with five examples. The JSON is invalid in roughly one of ten "
     "answers.",
     {"labeled_examples": 10}),
    ("We have 6,500 labeled reports. Older reports, about 120,000, have only free text.",
     {"labeled_examples": 120000}),
    ("our team is 4 people and we have 300 labeled tickets", {"labeled_examples": 4}),
    ("We moderate in-game chat for fifteen titles. Each game has its own community rules.",
     {"labeled_examples": 15}),
    ("One long prompt per game was tried last quarter; it confused the same two labels in "
     "almost every game.",
     {"labeled_examples": 2}),
    ("Our prompt is at 80%, we need to get over the 90% target.", {"prompt_works": True}),
    ("We send the data to a vendor to train a model, that is fine for us.",
     {"vendor_finetune_ok": False}),
    ("We tried a prompt for a month; the agents hate it and edit everything.",
     {"prompt_works": True}),
    ("Most of that is meant for GPU time.", {"budget_covers_people": True}),
    ("We tried a prompt; it gets 81%; our target was 95%.", {"prompt_works": True}),
    ("i tried chatgpt with a long instruction, no examples. it's ok but sometimes too salesy",
     {"labeled_examples": 0}),
    # Sets 80-81's patterns, where they must not reach.
    ("We want incident reports graded on our severity scale, 1 to 5.", {"labeled_examples": 3}),
    ("tried it one afternoon in ChatGPT with just the four words and 2 examples.",
     {"labeled_examples": 1}),
    ("We tried GPT-4 with a long prompt; it drifts. Our contract allows Azure OpenAI including"
     " its fine-tuning service.",
     {"prompt_works": True}),
    ("We tried prompting and it scores 96% on easy tickets but 60% on the rest.",
     {"prompt_works": True}),
    ("Members ask very often the same questions about grading examination rules. We want a "
     "chatbot that answers from our rulebook.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Our API lets customers fine-tune; its fine-tuning service is popular.",
     {"prompt_works": True}),
    # Sets 82-85's patterns, where they must not reach.
    ("we return the ad rewritten into our house format: fixed headings, limits on bullet "
     "length, salary band on top.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("we've got like 5,000 chat logs, nobody has labeled them. properly labeled "
     "question/answer pairs: maybe 60.",
     {"labeled_examples": 0}),
    ("A teacher's rubric decides which of six bands, 0 to 5, each answer falls in.",
     {"labeled_examples": 2}),
    ("We run a 46-billion-parameter open model for our 150 publishers.", {"num_tasks": 4}),
    ("Adding more examples stopped helping after about twenty per character.",
     {"labeled_examples": 20}),
    ("We have a developer who builds our app; he left the old agency last year.",
     {"team_skill": TeamSkill.NONE}),
    ("it runs on our own servers in the basement", {"hosting": Hosting.VENDOR_API}),
    ("we wrote 300 lines of code last week", {"labeled_examples": 300}),
    ("I tested ChatGPT, pasted 10 contracts and it got 9 right.", {"labeled_examples": 9}),
    ("I tested ChatGPT, pasted 10 contracts and it got 9 right.", {"labeled_examples": 10}),
    ("and we need exactly one label for the dashboard.", {"labeled_examples": 1}),
    ("we produce written summaries for 30 customers", {"labeled_examples": 30}),
    ("we tried per-agency system prompts with sample replies for months, tone still drifts "
     "after 3 messages",
     {"labeled_examples": 3}),
    ("It works if I stuff five full examples into the prompt, but then each call is 6,000 "
     "tokens.",
     {"labeled_examples": 5}),
    ("Without the examples the bullet order goes all over the place.", {"labeled_examples": 0}),
    # ...and what they must not read: a data centre as no data, the parts as a count, a label
    # set as tenants, slow staff as latency, a vendor not paid, a sorted pile as extraction,
    # a failure rate as a working prompt.
    ("Citizen records may not leave our own data center, our lawyers are clear on that.",
     {"labeled_examples": 0}),
    ("Our clerks split 600 invoices into those five fields by hand last spring.",
     {"labeled_examples": 5}),
    ("We need to send every request to one of 12 teams in the ministry.", {"num_tasks": 12}),
    ("Our agents are too slow to answer the tickets on Mondays.", {"tight_latency": True}),
    ("We don't pay for the API, we run Llama on our own GPU.", {"hosting": Hosting.VENDOR_API}),
    ("We want to sort reviews into positive, negative and mixed.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Our prompt is wrong about 9 out of 10 times on the long forms.", {"prompt_works": True}),
    # ...and what set 90's patterns must not read: the adjusters as the data, a frozen model
    # as privacy, no outputs as a vendor.
    ("The same three claims adjusters reviewed all 1,800 of them.", {"labeled_examples": 3}),
    ("We host a 13B model and keep it frozen for all our tenants.", {"privacy": True}),
    ("We have no sample replies written yet.", {"hosting": Hosting.VENDOR_API}),
    # ...and what sets 86 and 87's patterns must not read: a version as a count, a five-day
    # sample as data, drafting as a chat, cookie-cutter staff as variety wanted.
    ("We read SEPA 2.0 files into JSON that must match our ledger schema exactly.",
     {"labeled_examples": 2}),
    ("We have a 5-day sample of traffic.", {"labeled_examples": 5}),
    ("We want the tool to auto-draft responses to guest emails.", {"task_kind": TaskKind.QA_CHAT}),
    ("Our staff are slow and cookie-cutter in their replies.", {"needs_consistency": False}),
    # ...and what set 91's patterns must not read: the parenthesised count, a volume over
    # budget as money, one vendor model as privacy, spitting out an answer as writing.
    ("I type the details (size, colour, a couple of notes about the fabric) and it writes the "
     "product blurb.",
     {"labeled_examples": 2}),
    ("Latency target is p95 80ms, and the hosted model was way over budget at 5M calls.",
     {"budget_usd": 5000000.0}),
    ("Everything runs on the one Claude model we call through their API.", {"privacy": True}),
    ("The tutor should explain each step rather than just spit out the answer.",
     {"task_kind": TaskKind.GENERATION}),
    # ...and what set 92's patterns must not read: a verb in quotes as a skill, a year as a count.
    ("I just heard you can 'train' it on my old emails.", {"team_skill": TeamSkill.ML}),
    ("In 2021 we labeled nothing; this year we labeled 500 by hand.", {"labeled_examples": 2021}),
    # ...and what set 93's patterns must not read: someone else's web agency as the team,
    # letters to be sorted as data, GPU cards as data.
    ("Our old web agency handed over the site and its archive.", {"team_skill": TeamSkill.API}),
    ("Twenty teams want incoming letters sorted into their own categories.",
     {"labeled_examples": 20}),
    ("We have 2 RTX 4090 cards in the office.", {"labeled_examples": 2}),
    # ...and what sets 94 and 95's patterns must not read: reference documents as labeled
    # data, a share of answers as a count.
    ("We have the policy PDFs, maybe 80 documents.", {"labeled_examples": 80}),
    ("We wrote one prompt last week and three of the ten answers came out way too formal.",
     {"labeled_examples": 3}),
    # ...and what sets 96 and 97's patterns must not read: prompt demonstrations as data, crews
    # as tenants.
    ("We tried prompting Qwen for a month: rules for each label, 12 examples picked by "
     "similarity, reasoning first. It sits at 80%.",
     {"labeled_examples": 12}),
    ("140 firms use it, from solo shops up to one with 300 crews. Each of them wants its own "
     "tags.",
     {"num_tasks": 300}),
    # Sets 98 and 99: a score that 'just doesn't move' says nothing of privacy; 'each week' is
    # no tenant.
    ("It just doesn't move.", {"privacy": True}),
    ("The scores just don't move, whatever we try.", {"privacy": True}),
    ("We classify tickets; the reply goes out in our voice later.",
     {"task_kind": TaskKind.GENERATION}),
    ("We make ads for 28 client shops. Each week we get about 12 new briefs.", {"num_tasks": 28}),
    # Set 100: a week's briefs and one customer's size are no tenants; codes to sort into are
    # no extraction.
    ("We sort each ticket into one of 12 codes.", {"task_kind": TaskKind.EXTRACTION}),
    ("We make ads for 28 client shops. Each week we get about 12 new briefs, each with its own"
     " deadline.",
     {"num_tasks": 28}),
    ("Ninety clinics use our app, from solo dentists up to one with 250 chairs. Each of them "
     "wants the notes tagged its own way.",
     {"num_tasks": 250}),
    # Set 101: 'let's say' before a budget counts no examples.
    ("Let's say the budget is 5k.", {"labeled_examples": 5000}),
    # Set 103: a vendor's weights nobody can change are no shared model.
    ("We use GPT-4o through the API, so of course we can't change its weights.",
     {"shared_model": True}),
    # Sets 104-105: a time of day or a product manager is no rate; a score under the bar is
    # no working prompt; one of the services is a pronoun
    ("2 devs, 1 pm and a designer; 400 tickets a day", {"monthly_requests": 1}),
    # (a count with a stray comma or full stop before "pm" reads as no rate, and no error)
    ("We do 2,000, pm me for details.", {"monthly_requests": 2000}),
    ("Tickets: 1,200. pm says more soon.", {"monthly_requests": 1200}),
    ("we meet clients at 3 pm and want notes from the call", {"monthly_requests": 3}),
    ("Our current prompt is bad: it hits 70%, we need 95.", {"prompt_works": True}),
    ("I build with no-code automations that call an LLM API.", {"team_skill": TeamSkill.API}),
    ("We have 25 good question and answer which our teachers wrote.", {"labeled_examples": 0}),
    ("We use one of the big hosted chat services; one of them is fine.", {"labeled_examples": 1}),
    # Set 102: an echoed question answered with a number is not a no; 'why?' echoes nothing;
    # queues are no examples
    ("Examples? We have about 300, all checked.", {"labeled_examples": 0}),
    ("Why? Because our team answers 500 emails a day.", {"monthly_budget_usd": 500}),
    ("Routing tickets into 30 queues; we have 4,000 routed ones.", {"labeled_examples": 30}),
    ("Data? It cannot leave the EU. No, never.", {"labeled_examples": 0}),
    # (an echoed question is not an answer to it: "GPU?" names no GPU owned)
    ("GPU? No, nothing.", {"hardware": Hardware.OWN_GPU}),
    ("We have 3 PMs and 2k labeled tickets.", {"labeled_examples": 3}),
    # Sets 106-107: different grades every time is a complaint, not variety; a sum in
    # another currency set against is no count; a vendor allowed stays a vendor
    ("The model gives different grades every time, which is the problem.",
     {"needs_consistency": False}),
    ("We pay 12,000 a year for the CRM, not 5.000.", {"labeled_examples": 5}),
    ("Our data can leave; no GPU here, we use the OpenAI API.", {"hosting": Hosting.SELF_HOSTED}),
    # Set 108: 'our biggest line item' is a cost; '12 of our largest clients' and '5 of their
    # best ones' keep their old readings; a range of calls a day is no scale; a website chat's
    # logs are not a no
    ("the prompt with examples is our biggest line item", {"task_kind": TaskKind.EXTRACTION}),
    ("12 of our largest clients want it", {"labeled_examples": 12}),
    ("we pasted 5 of their best ones into the prompt", {"labeled_examples": 5}),
    ("we rated 300 calls, 200 to 400 a day come in", {"task_kind": TaskKind.CLASSIFICATION}),
    ("the chat logs of our website chat are exported monthly", {"labeled_examples": 0}),
    # Set 110: a nephew who is a developer is one; papers and journalists are no traffic
    ("My nephew is a developer and could hook it up.", {"team_skill": TeamSkill.NONE}),
    ("Answers must be lively, not always the same wording.", {"needs_consistency": True}),
    ("We are 40 staff, 11 papers, and 160 journalists.", {"monthly_requests": 160}),
    # Sets 109 and 111: 'the reasoning' as a memo part is no reasoning task; 'actually
    # different' corrects no count; 'Examples: no problem' is not a no
    ("The holding, the reasoning, the outcome: that's our memo.",
     {"task_kind": TaskKind.REASONING}),
    ("Posts must be fun, actually different each time; we have 400 posts and 2,000 a month.",
     {"monthly_requests": 400}),
    ("Examples: no problem, we have plenty.", {"labeled_examples": 0}),
    # set 112-115 must-nots: a score under the client's ask, a prompt refined after its first draft,
    # a 13B model 'not a 70B one', 'no off-the-shelf solutions', the customers' price, a peak said
    # beside a monthly count, 60% of drafts accepted
    ("The prompt scores 80% and the contract asks for 90%.", {"prompt_works": True}),
    ("We wrote a prompt and have refined it for months; it scores 85%.", {"prompt_refined": False}),
    ("We upload our examples and get a customized version back from the vendor.",
     {"privacy": True}),
    ("We run a 13B model, not a 70B one.", {"model_billions": 70.0}),
    ("The prompt is fine for short emails but long ones fail.", {"prompt_works": True}),
    ("No off-the-shelf solutions fit us; we have 300 labeled tickets.", {"labeled_examples": 0}),
    ("Our customers pay $49 a month for the app; our budget for this is $2,000.",
     {"budget_usd": 49}),
    ("Our prompt scores 85% and the client asks for 90%.", {"prompt_works": True}),
    ("We wrote a prompt in an hour and then refined it for three months.",
     {"prompt_refined": False}),
    ("Around 40,000 orders a month, peaking at 3,000 a day in December.",
     {"monthly_requests": 90000}),
    ("Agents accept 60% of the drafts without edits.", {"prompt_works": True}),
    # set 116-117 must-nots: a score below the agreed target, a prompt refined every week since, GPU
    # servers beside no GPU budget
    ("Our prompt gets 85% and the business target we agreed was 90%.", {"prompt_works": True}),
    ("We wrote one prompt in March and have refined it every week since.",
     {"prompt_refined": False}),
    ("We have 3 GPU servers and no gpu budget.", {"hardware": Hardware.NONE}),
    # set 118-119 must-nots: a copy per client too expensive, 'our data shows 5 categories', public
    # text beside confidential names, a count followed by an average
    ("A separate model per client is too expensive for us.", {"shared_model": False}),
    ("Our data shows 5 categories matter most.", {"num_tasks": 5}),
    ("The text is public but the customer names are confidential.", {"privacy": False}),
    ("We have 3,000 examples, so 500 a month on average.", {"labeled_examples": 500}),
    ("One thing: the policies are revised constantly.", {"labeled_examples": 1}),
    ("I pasted 3 emails into ChatGPT once; we have 200 labeled ones.", {"labeled_examples": 3}),
    # set 120-121 must-nots: a score under the target further on, labels planned for next month,
    # self-hosting with a vendor ruled out, GPU cards beside labeled tickets
    ("Our prompt scores 80% on the 500 tickets the team labeled, and we need 95% before "
     "launch.",
     {"prompt_works": True}),
    ("We could label 500 examples next month; today we have 40.", {"labeled_examples": 500}),
    ("We self-host everything; a vendor API is out.", {"hosting": Hosting.VENDOR_API}),
    ("We have 2 cards in the server and 300 labeled tickets.", {"labeled_examples": 2}),
])
def test_and_what_they_must_not_become(text: str, absent: dict) -> None:
    found = extract(text)
    for key, value in absent.items():
        assert found.get(key) != value, (text, found)


@pytest.mark.parametrize(("text", "hardware"), [
    ("No GPUs here, just our MacBooks.", Hardware.NONE),
    ("We don't own any hardware, everything is rented.", Hardware.NONE),
    ("A notebook with a 4060 and a desktop with a 2080 Ti.", Hardware.OWN_GPU),
    ("I've got a gaming laptop with an RTX 4070 and 8GB of VRAM.", Hardware.LAPTOP_GPU),
])
def test_which_machine_a_card_sits_in(text: str, hardware: Hardware) -> None:
    assert extract(text).get("hardware") == hardware, (text, extract(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("It must respond in under half a second", {"tight_latency": True}),
    ("Nobody here knows Python", {"team_skill": TeamSkill.NONE}),
    ("We're not allowed to send customer data to US cloud providers", {"privacy": True}),
    ("Data can go to OpenAI, we have a BAA", {"privacy": False}),
    ("We iterated on the prompt for weeks and it still mislabels refunds",
     {"tried_prompting": True}),
    ("GPT-4 gets maybe 70% right", {"tried_prompting": True}),
    ("Every customer should get their own adapter on one base model", {"shared_model": True}),
    ("We host 1 Llama 3 70B and serve 50 tenants from it",
     {"shared_model": True, "num_tasks": 50}),
    ("The tone should always match our brand guidelines", {"needs_consistency": True}),
    ("Turn doctor dictations into SOAP notes", {"task_kind": TaskKind.GENERATION}),
    ("$6k for the whole year", {"monthly_budget_usd": 500.0}),
])
def test_more_phrasings_of_the_same_facts(text: str, expected: dict) -> None:
    assert_reads(text, expected)
    # A score in the high nineties is no shortfall: the prompt does the job.
    found = extract("GPT-4 gets 97% right, which is plenty")
    assert found.get("tried_prompting") is not True and found.get("prompt_works") is True


@pytest.mark.parametrize(("text", "expected"), [
    ("Neither of us has ML experience but we both code.", {"team_skill": TeamSkill.API}),
    ("I'm a solo founder with no coding skills at all.", {"team_skill": TeamSkill.NONE}),
    ("New fares go live daily on our booking site.", {"fresh_knowledge": True}),
    ("Game patches drop every two weeks.", {"fresh_knowledge": True}),
    ("We have 1,000 logged conversations, unlabeled.", {"labeled_examples": 0}),
    ("We have 20k raw emails and 2k labeled ones.", {"labeled_examples": 2000}),
    ("We run on six GPU nodes in our rack.", {"hardware": Hardware.CLUSTER}),
])
def test_team_freshness_and_unlabeled_items(text: str, expected: dict) -> None:
    assert_reads(text, expected)


def test_an_audience_is_not_a_count_of_tenants() -> None:
    found = extract("Our network has 9 million subscribers and 3 regional call centres. Each "
                    "centre has its own supervisors.")
    assert "num_tasks" not in found
    assert extract("We have 30 client firms, and each one wants its own labels.")[
        "num_tasks"] == 30
    assert "num_tasks" not in extract("We route to 5 teams, each with its own queue.")


# The kinds of miss the second held-out set showed (h21..h45, now retired to a regression
# set), in new words: a closed answer set is classification, fields "pulled out" is
# extraction, placeholder tags are not labels, people who write Python against APIs are
# developers, a unit with no engineers does not borrow the IT department's, shortfalls said
# as "same mistakes" or a score after "~", running a model on hardware just named.
SECOND_SET_GAPS = [
    ("The bot reads a warranty request and answers approved, needs photos, or rejected.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Each support chat gets marked urgent/normal/low by an agent today.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Essays are scored against a rubric by two teachers.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Invoices arrive as scans and we need the VAT number and total pulled out.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We translate app strings and the HTML tags must stay as they are.",
     {"task_kind": TaskKind.GENERATION}),
    ("Our ops guy writes Python scripts against APIs, nobody does ML.",
     {"team_skill": TeamSkill.API}),
    ("I can write a bit of Python that calls an API.", {"team_skill": TeamSkill.API}),
    ("Nobody in the office writes code.", {"team_skill": TeamSkill.NONE}),
    ("There are no developers in our team; the group IT department runs the email servers.",
     {"team_skill": TeamSkill.NONE}),
    ("Prompting Gemini: ~65% right, the same mistakes whatever we try.",
     {"tried_prompting": True}),
    ("We tried few-shot prompts for a month. Accuracy is stuck near 70%.",
     {"tried_prompting": True}),
    ("We've been prompting Claude for weeks and it still mangles the dates.",
     {"tried_prompting": True}),
    ("The codes must come through untouched, every single time.",
     {"needs_consistency": True}),
    ("We have our own server with an L40S and would run everything there.",
     {"hosting": Hosting.SELF_HOSTED}),
    ("We annotated 800 of them, no wait, 1,800.", {"labeled_examples": 1800}),
    ("We have 2,000 tickets, sorry, there's one old laptop too.", {"labeled_examples": 2000}),
    ("About 60 proposals our sales lead wrote over the years.", {"labeled_examples": 60}),
]


# The kinds of miss the third held-out set showed (h46..h70), in new words.
THIRD_SET_GAPS = [
    ("Sample answers we have none so far.", {"labeled_examples": 0}),
    ("No examples collected yet, sorry.", {"labeled_examples": 0}),
    ("We haven't put together any labeled examples.", {"labeled_examples": 0}),
    ("Our copywriter left ~900 slogans I can use as training examples.",
     {"labeled_examples": 900}),
    ("The prompt carries six worked examples. We have 2,400 orders our staff keyed in by hand.",
     {"labeled_examples": 2400}),
    ("We kept about seventy past newsletters.", {"labeled_examples": 70}),
    ("Our servers are rented; we have several.", {}),
    ("Parts lists get pulled into our ERP record.", {"task_kind": TaskKind.EXTRACTION}),
    ("Turn the dictation into a structured referral form.", {"task_kind": TaskKind.EXTRACTION}),
    ("The model should work through the tax rules step by step, with the working shown.",
     {"task_kind": TaskKind.REASONING}),
    ("Every retailer has its own label scheme for returns.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We'd hit it about 300 times a day.", {"monthly_requests": 9000}),
    ("Sorry, I meant 300 a week, not a day. We sell 50 kits a year.",
     {"monthly_requests": 1290}),
    ("By statute the records stay in our national cloud.", {"privacy": True}),
    ("Partner contracts forbid sending their files to any AI vendor.", {"privacy": True}),
    ("Inspection reports must remain on premises under the regulation.", {"privacy": True}),
    ("Self-hosted on our own 4-node GPU cluster.", {"hardware": Hardware.CLUSTER}),
    ("The A6000 is my employer's machine, I can't use it. I have a laptop with a 3060.",
     {"hardware": Hardware.LAPTOP_GPU}),
    ("A long few-shot prompt works, but the token bill isn't sustainable.",
     {"tried_prompting": True}),
    ("We tried prompting GPT-4o; it keeps inventing fields.", {"tried_prompting": True}),
    ("Every report needs the same headings, no exceptions.", {"needs_consistency": True}),
]


# The kinds of miss the fourth held-out set showed (h71..h95), in new words.
FOURTH_SET_GAPS = [
    ("Our newsletter has a distinctive tone: playful, never cute.", {"needs_consistency": True}),
    ("My cousin can do a bit of Python and hook things up.", {"team_skill": TeamSkill.API}),
    ("Our office manager knows some JavaScript.", {"team_skill": TeamSkill.API}),
    ("Nobody here knows Python.", {"team_skill": TeamSkill.NONE}),
    ("We sell a response assistant to dental clinics, each wants its own phrasing.",
     {"task_kind": TaskKind.GENERATION}),
    ("An AI assistant that drafts answers to guest reviews in the hotel's voice.",
     {"task_kind": TaskKind.GENERATION}),
    ("Three ML engineers; we deploy our own models on Kubernetes. We once tried a hosted LLM.",
     {"hosting": Hosting.SELF_HOSTED}),
    ("We can't use Anthropic at all, and hosted fine-tuning is off the table too.",
     {"vendor_finetune_ok": False}),
    ("Nothing may go to Google; their tuning service would be a non-starter.",
     {"vendor_finetune_ok": False}),
    ("We prompted Mistral for a month; it omits the dosage line and makes codes up.",
     {"tried_prompting": True}),
    ("The tool should work out a loading order for the trucks within the weight limits.",
     {"task_kind": TaskKind.REASONING}),
    ("It proposes a nurse rota that satisfies everyone's availability.",
     {"task_kind": TaskKind.REASONING}),
    ("The fee has to cover our 1 freelance designer's hours. We don't have any labeled "
     "product data.", {"labeled_examples": 0}),
    ("The model drifts after page 4 of the report.", {}),
    ("Our auditors vetted 1,800 expense claims we can use as gold examples.",
     {"labeled_examples": 1800}),
    ("We keep about 300 transcripts per branch, 4,500 altogether.", {"labeled_examples": 4500}),
    ("Roughly 90 reviewed contracts per client, a total of 2,700.", {"labeled_examples": 2700}),
    ("Our system prompt has eight examples in it and still drifts.", {}),
    ("We tried few-shot with 5 samples; we hold 800 labeled ones.", {"labeled_examples": 800}),
]


# The kinds of miss the fifth held-out set showed (h96..h120), in new words.
FIFTH_SET_GAPS = [
    ("We prompted Gemini; roughly 2 invoices in 15 come back with the total wrong.",
     {"tried_prompting": True}),
    ("It fails on 3 out of 10 forms.", {}),
    ("We labeled 500 tickets in 3 months.", {"labeled_examples": 500}),
    ("We labeled 500 tickets in 2023.", {"labeled_examples": 500}),
    ("The bot replies with 3 options. We have no labeled chats.", {"labeled_examples": 0}),
    ("We tried prompting; it keeps dropping line items and breaks the JSON.",
     {"tried_prompting": True}),
    ("We prompted Claude, but the latency is painful, well over a second.",
     {"tried_prompting": True}),
    ("Prompting with a term list still mixes up the part names.", {"tried_prompting": True}),
    ("We train on three GPU boxes in our basement.", {"hardware": Hardware.CLUSTER}),
    ("A 34B model runs on our in-house cluster.", {"hardware": Hardware.CLUSTER}),
    ("Each agency files leads into its own set of queues.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("120 clinic groups use it, and each one keeps its own codes; one shared frozen model.",
     {"num_tasks": 120}),
    ("Our editor wrote about 900 of these by hand.", {"labeled_examples": 900}),
    ("We dug up maybe 60 old newsletters.", {"labeled_examples": 60}),
    ("We have 2,500 tax returns our accountants worked through line by line.",
     {"labeled_examples": 2500}),
    ("No one in the company does machine learning.", {"team_skill": TeamSkill.NONE}),
    ("Two developers, nobody does ML.", {"team_skill": TeamSkill.API}),
    ("Every answer needs the exact checklist every time.", {"needs_consistency": True}),
]


# The kinds of miss the sixth held-out set showed (h121..h145), in new words.
SIXTH_SET_GAPS = [
    ("We need to pull codes (diagnosis, procedure, payer, modifier, units, place) out of "
     "discharge letters.", {"task_kind": TaskKind.EXTRACTION}),
    ("Under our contracts no patient file leaves the building.", {"privacy": True}),
    ("No customer leaves a review without a reply.", {"privacy": None}),
    ("The model should suggest five subject lines per campaign. We haven't labeled anything.",
     {"task_kind": TaskKind.GENERATION, "labeled_examples": 0}),
    ("Turn the site diaries into friendly updates for homeowners. We have never tried any AI.",
     {"task_kind": TaskKind.GENERATION, "tried_prompting": False}),
    ("We tried Claude with our guide pasted in and 4 examples; 2,800 past posts sit in our CMS.",
     {"labeled_examples": 2800}),
    ("Claude few-shot works but takes 4 seconds a call and costs too much.",
     {"tried_prompting": True}),
    ("It's a multi step scheduling puzzle for our crews.", {"task_kind": TaskKind.REASONING}),
    ("We want a whatsapp bot that talks to guests and asks checkin/checkout/parking.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("we dont have any labeled chats", {"labeled_examples": 0}),
    ("We talk to our customers daily and want their emails sorted into 6 queues.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("No ML folks, just my cousin who built our website.", {"team_skill": TeamSkill.API}),
    ("We sell to 60 dental groups; each group has its own recall rules.", {"num_tasks": 60}),
    ("Our 4 staff reply to every review by hand.", {}),
    ("I have 700 essays that teachers rated by hand.", {"labeled_examples": 700}),
    ("Tried GPT-4o with a schema and 6 examples: totals shift around.",
     {"tried_prompting": True}),
]


# Kinds of miss from the seventh and eighth blind sets (h146-h195), in new words.
SEVENTH_SET_GAPS = [
    # Tenants named once, then referred to one at a time: "each office", "every lab".
    ("We license our planner to 45 bus operators. Every client keeps its own categories.",
     {"num_tasks": 45}),
    ("Our buyers are 70 dental labs; every lab wants its own set of labels.",
     {"num_tasks": 70}),
    ("We run 12 regional offices and each office sorts cases into its own list.",
     {"num_tasks": 12}),
    ("There are 9 product lines and for each line the tags follow its own scheme.",
     {"num_tasks": 9}),
    ("Forty member clubs share the platform. Each club wants newsletters in its own tone.",
     {"num_tasks": 40, "labeled_examples": None}),
    ("We have 500 contracts and each contract needs its own summary.",
     {"num_tasks": None, "labeled_examples": 500}),
    ("The cluster must handle some 150 small internal tasks with a single frozen model.",
     {"num_tasks": 150, "shared_model": True}),
    ("We can afford only one copy for every region.", {"shared_model": True}),
    ("We'd keep exactly one instance of it running for all the shops.",
     {"shared_model": True}),
    ("Self-hosted 7B, frozen. 18 client tasks on it, no per-client copies.",
     {"shared_model": True, "num_tasks": 18}),
    # Not tried yet, in other words.
    ("We not tried any prompts so far.", {"tried_prompting": False}),
    ("I haven't really experimented with prompting yet.", {"tried_prompting": False}),
    ("We have yet to try prompting.", {"tried_prompting": False}),
    # Tried, and what fell short was the cost, the speed or the style.
    ("Prompting Mistral gave answers that didn't match our tone.", {"tried_prompting": True}),
    ("Our prompt needs eight worked examples, so the token bill keeps climbing.",
     {"tried_prompting": True, "labeled_examples": None}),
    ("We prompted Gemini with examples; it is right but takes 2.5 s per request.",
     {"tried_prompting": True}),
    ("We tested a prompt on our in-house model with 4 worked examples.",
     {"labeled_examples": None, "hosting": Hosting.SELF_HOSTED}),
    # Consistency.
    ("Outputs keep drifting away from our house conventions.", {"needs_consistency": True}),
    # Money for calls, said without a currency sign; a US$ amount.
    ("We could put 80 a month toward api costs.", {"monthly_budget_usd": 80.0,
                                                   "monthly_requests": None}),
    ("There is US$7,500 for this.", {"budget_usd": 7500.0}),
    ("The $9k must also fund whichever contractor sets it up.",
     {"budget_usd": 9000.0, "budget_covers_people": True}),
    # What the task is.
    ("Nurses rate each referral's priority on a 1-4 scale.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("A chat assistant for riders of our 14 bus routes.", {"task_kind": TaskKind.QA_CHAT}),
    ("We route each complaint to one of 5 teams.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("Every typed address gets parsed into street, number and town.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Each practice wants its own referral categories.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("One model has to serve many small jobs (invoice tagging, email triage per team). "
     "Hand-written prompts were tried.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("Someone spends Sunday working out the coming week's shift rota. It's a puzzle with "
     "many constraints.", {"task_kind": TaskKind.REASONING}),
    ("We want an assistant that helps agents answer claimants' emails by drafting a "
     "response.", {"task_kind": TaskKind.GENERATION}),
    # No data, in other words.
    ("We don't keep any archive of approved replies.", {"labeled_examples": 0}),
    ("There's no record of earlier schedules we could use.", {"labeled_examples": 0}),
    # Skills: developers who work through APIs, whatever else they lack.
    ("Our IT team handles integrations via APIs; nobody knows ML.",
     {"team_skill": TeamSkill.API}),
    ("The office IT person can work with an API but we have no ML experts.",
     {"team_skill": TeamSkill.API}),
    # Where the data may go.
    ("Using a vendor is not allowed, fine-tuning services included.",
     {"vendor_finetune_ok": False}),
    ("From now on no message goes to outside APIs; the data stays with us.",
     {"privacy": True, "vendor_finetune_ok": False}),
    ("Redacted files may be sent to a vendor, its tuning service too.",
     {"vendor_finetune_ok": True}),
    ("Our own model runs on an internal server.", {"hosting": Hosting.SELF_HOSTED}),
    # Hardware: several GPU servers.
    ("We own a rack of GPU servers.", {"hardware": Hardware.CLUSTER}),
    ("We have a GPU server in our office.", {"hardware": Hardware.OWN_GPU}),
    # Latency: the need, not what the slow prompt takes now.
    ("Answers must come back under 150 ms; the hosted model takes 800 ms a call.",
     {"tight_latency": True}),
    ("The hosted model takes 800 ms a call.", {"tight_latency": None}),
    ("I want a bot that make menu suggestions for our guests.",
     {"task_kind": TaskKind.GENERATION}),
    ("We want only one copy for all regions.", {"shared_model": True}),
    ("There are thousands of old captions we can train on.",
     {"labeled_examples": 3000, "team_skill": None}),
    ("We host a single open model, and it has to serve some 60 internal tasks.",
     {"shared_model": True, "num_tasks": 60}),
    ("Nothing ever leaves our building.", {"privacy": True}),
    ("Someone works out next month's delivery routes by hand.",
     {"task_kind": TaskKind.REASONING}),
    ("It's a puzzle with lots of rules about who covers whom.",
     {"task_kind": TaskKind.REASONING}),
    ("I was wrong about the GPUs; there are no GPUs in the building.",
     {"hardware": Hardware.NONE}),
]


# Kinds of miss from the ninth and tenth blind sets (h196-h245), in new words.
NINTH_SET_GAPS = [
    ("Prompting Claude with our style guide, it keeps slipping back into generic mush.",
     {"tried_prompting": True}),
    ("We have roughly 2.5k pieces of copy our editor signed off on.",
     {"labeled_examples": 2500}),
    ("Bus times change several times a day.", {"fresh_knowledge": True,
                                               "monthly_requests": None}),
    ("We tried prompts with customer examples in them; they got very long and still mix the "
     "tones.", {"tried_prompting": True}),
    ("I love the Brahms 4 program note we did.", {"labeled_examples": None}),
    ("The council gave us three and a half thousand dollars.", {"budget_usd": 3500.0}),
    ("We have four and a half thousand checked pairs.", {"labeled_examples": 4500}),
    ("Farms sent about 90 tagged photos each, 2,700 total.", {"labeled_examples": 2700}),
    ("Stores sent about 40 tagged products each, 1,600 total.", {"labeled_examples": 1600}),
    ("One model has to handle all of them; we are not running 30 models.",
     {"shared_model": True}),
    ("We keep one frozen base serving all 14 of them.", {"num_tasks": 14,
                                                         "shared_model": True}),
    ("For each photo the tool must assign one of 40 categories.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Around half a mil lookups a month.", {"monthly_requests": 500_000}),
    ("We want the model to take out 9 fields from each form.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Budget is 3k one off.", {"budget_usd": 3000.0}),
    ("Each club sent us about 60 match reports.", {"labeled_examples": 60}),
    ("The $20k must also pay the agency that builds it.", {"budget_covers_people": True}),
    ("Right now: Gemini with 10 examples pasted into every request. The example tokens cost "
     "about $4k a month and slow every call. We need to get under $2,000 a month.",
     {"tried_prompting": True, "monthly_budget_usd": 2000.0, "labeled_examples": None}),
    ("All eleven tasks are served by that one appliance.", {"shared_model": True}),
    ("We'd like a chat helper for our library members.", {"task_kind": TaskKind.QA_CHAT}),
    ("Nobody's tried prompting yet.", {"tried_prompting": False}),
    ("Nothing tried so far.", {"tried_prompting": False}),
    ("Every entry must follow our cataloguing standard to the letter.",
     {"needs_consistency": True}),
    ("Rows must go into the warehouse template exactly.", {"needs_consistency": True}),
    ("An 8B model prompted with examples gets maybe a third right.",
     {"tried_prompting": True}),
    ("Roughly 90 invoices come in a week.", {"monthly_requests": 387,
                                             "labeled_examples": None}),
    ("We run a frozen 13B model on a small cluster.", {"hardware": Hardware.CLUSTER}),
    ("The files stay in-house.", {"privacy": True}),
    ("the data stays on my laptop", {"privacy": True}),
    ("samples? maybe 20 old ones in a drawer", {"labeled_examples": 20}),
    ("want captions. maybe 25 old ones.", {"labeled_examples": 25}),
    ("Sending tickets to Anthropic is fine, it is not sensitive data.",
     {"labeled_examples": None}),
    ("Each school marks essays against its own rubric.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("devs yes, ML no.", {"team_skill": TeamSkill.API}),
    ("engineers: yes. ML: none.", {"team_skill": TeamSkill.API}),
    ("want slogan ideas for our market stall", {"task_kind": TaskKind.GENERATION}),
    ("labelled examples? none.", {"labeled_examples": 0}),
    ("we've got one guy who knows a bit of javascript",
     {"labeled_examples": None, "team_skill": TeamSkill.API}),
    ("we send about 250 000 requests per month", {"monthly_requests": 250_000}),
    ("We use a hosted model, but the bill is crazy because every prompt is long.",
     {"tried_prompting": True}),
    ("12 member magazines, each with its own headline style.",
     {"num_tasks": 12, "labeled_examples": None, "task_kind": TaskKind.GENERATION}),
    ("We publish the latest news on fuel prices.", {"fresh_knowledge": True}),
    # The base model's size (the notes: LoRA is the safer default below ten billion).
    ("We serve a 7B open model on one card.", {"model_billions": 7.0}),
    ("Llama 3 70b runs on our cluster.", {"model_billions": 70.0}),
    ("It is a model of about 13 billion parameters.", {"model_billions": 13.0}),
    ("We raised $1.2b and have a 24gb card.", {"model_billions": None}),
]


# Sets 11 and 12 (h246-h295), in new words: a period that opens the clause, a team "of 4
# that trains", a part of the data said to be labeled, items "each paired with" an answer,
# data taken back ("so none really"), lakh and crore, currencies far from the dollar,
# misspelt dollars, "one time", "ca.", "I must correct", planning and arithmetic tasks,
# feedback as writing, more ways prompting falls short, one copy only, tenants' own teams.
ELEVENTH_SET_GAPS = [
    ("Every week we answer maybe 300 chats from tenants.", {"monthly_requests": 1290}),
    ("Each day our desk receives about 80 claims.", {"monthly_requests": 2400,
                                                    "labeled_examples": None}),
    ("Our data team of 3 that retrains models every month owns this.",
     {"monthly_requests": None}),
    ("We hold 9,000 photos, but only 400 have a caption our editor wrote.",
     {"labeled_examples": 400}),
    ("There are 20k tickets; checked by a human, there are only about 600.",
     {"labeled_examples": 600}),
    ("We kept 2,300 prompts, each matched with the answer our lawyer approved.",
     {"labeled_examples": 2300, "num_tasks": None}),
    ("We had some 700 tagged calls. Scratch that, the vendor deleted them, so none really.",
     {"labeled_examples": 0}),
    ("Around 400 recipes on cards in a box, so zero usable ones for now.",
     {"labeled_examples": 0}),
    ("answers: none written down yet", {"labeled_examples": 0}),
    ("We score about 2 lakh forms a month.", {"monthly_requests": 200_000}),
    ("The pilot has ₹2.5 lakh to spend.", {"budget_usd": 3000.0}),
    ("We can spend 8000 zł on it.", {"budget_usd": 2000.0}),
    ("Budget around 30,000 kronor.", {"budget_usd": 2850.0}),
    ("we could pay 150 dollers a month", {"monthly_budget_usd": 150.0}),
    ("Roughly 900 USD one-time, then nothing.", {"budget_usd": 900.0}),
    ("We labelled ca. 220 of them.", {"labeled_examples": 220}),
    ("We have 90 scored essays. We need to correct: it is 190.", {"labeled_examples": 190}),
    ("We run two racks of 4xA100 boxes as a cluster.", {"hardware": Hardware.CLUSTER}),
    ("We want it to verify the totals on each delivery note.",
     {"task_kind": TaskKind.REASONING}),
    ("It should decide which nurse covers which ward each night.",
     {"task_kind": TaskKind.REASONING}),
    ("Could a model propose the schedule for our crews?", {"task_kind": TaskKind.REASONING}),
    ("Students want AI feedback on their lab reports.", {"task_kind": TaskKind.GENERATION}),
    ("We need to pull out the dosage and the drug name.", {"task_kind": TaskKind.EXTRACTION}),
    ("Twelve fields from each shipping label go into our system.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We prompted Gemini for a quarter; the grades bounce around between runs.",
     {"tried_prompting": True}),
    ("Tried a prompt with our tone notes: the voice is close, but not ours.",
     {"tried_prompting": True}),
    ("A prompt with examples works on easy cases but is weak on the odd ones.",
     {"tried_prompting": True}),
    ("Claude with a long prompt costs way too much per call.", {"tried_prompting": True}),
    ("We prompted GPT-4o; accuracy 64% on our test sheet.", {"tried_prompting": True}),
    ("We use ChatGPT for slides, but not for this one yet.", {"tried_prompting": False}),
    ("Sales wants the blurbs to read uniform across the catalogue.",
     {"needs_consistency": True}),
    ("Our card holds only one copy of the model, whatever we do.", {"shared_model": True}),
    ("The base model must stay frozen for all nine teams.", {"shared_model": True}),
    ("We serve 30 banks and every bank's risk team wants its own labels.",
     {"num_tasks": 30}),
    ("Our two guys who built the company web shop do the tech.",
     {"team_skill": TeamSkill.API}),
    ("we have no programers at all", {"team_skill": TeamSkill.NONE}),
    ("Records stay in our VPC under the contract.", {"privacy": True}),
    # Numbers that are no budget, no data and no tenants, seen beside those sets' fields.
    ("Replies should be about one paragraph each.", {"labeled_examples": None}),
    ("We own 9 bakeries and can spend $200 each month.", {"num_tasks": None,
                                                           "monthly_budget_usd": 200.0}),
    ("Our cloud bill is about $12k now.", {"budget_usd": None}),
    ("Every laptop costs like 2,000 euros.", {"budget_usd": None}),
    ("The course fee is Rs 4999 a year.", {"monthly_budget_usd": None}),
    ("Sending the files to OpenAI is not ok for us.", {"vendor_finetune_ok": None}),
]
# Set 14 (h321-h345, casual US/UK/AU/NZ/CA/IE/ZA founders), in new words: "a mo" and "a yr",
# dollars of other countries, a zero budget said in two sentences, "nothing is labeled",
# "no X written up", data paired with its raw input, "each one tagged with", a developer
# still to be paid for, Irish "grand", a model run locally, data that stays on our machines,
# "nothing else. tried ...", fixed fields, "rather one model than copies", blurred styles.
FOURTEENTH_SET_GAPS = [
    ("we post about 12 new recipes a mo", {"monthly_requests": 12,
                                            "labeled_examples": None}),
    ("maybe 40 reports per mo, not more", {"monthly_requests": 40}),
    ("We'd put in AUD 3,000.", {"budget_usd": 1950.0}),
    ("Budget: C$ 900 a month.", {"monthly_budget_usd": 648.0}),
    ("No budget at all. Zero. My only bill is $60 a year for email.", {"budget_usd": 0.0}),
    ("cash budget pretty much nil", {"budget_usd": 0.0}),
    ("Nothing was labeled by anyone.", {"labeled_examples": 0}),
    ("We have no model answers written up anywhere.", {"labeled_examples": 0}),
    ("We hold about 1,400 summaries our editors signed off, paired with the raw transcripts.",
     {"labeled_examples": 1400}),
    ("Our designer made roughly 600 icons, each one tagged with its style.",
     {"labeled_examples": 600}),
    ("It's just me; the budget must also pay for a contract developer.",
     {"team_skill": TeamSkill.NONE}),
    ("Sending it to a vendor's tuning service would be grand.", {"vendor_finetune_ok": True}),
    ("We run a 7B model locally on the office box.", {"hosting": Hosting.SELF_HOSTED}),
    ("Client files remain on our own servers.", {"privacy": True}),
    ("A laptop, nothing else. Tried prompting a small model and it misses half the codes.",
     {"tried_prompting": True}),
    ("Each form has fixed fields the registry wants.", {"needs_consistency": True}),
    ("We would rather keep a single model than host 20 copies.", {"shared_model": True}),
    ("We prompted it per client and the tones blur together.", {"tried_prompting": True}),
    ("Prompting every task was tried; the prompts got enormous.", {"tried_prompting": True}),
]
# Sets 15 (numbers) and 16 (situations said indirectly), in new words.
FIFTEENTH_SET_GAPS = [
    ("Turnaround within a day is fine, nobody waits on it.", {"tight_latency": False}),
    ("It's fine if a draft takes 40 seconds.", {"tight_latency": False}),
    ("A summary can take a few minutes, no hurry.", {"tight_latency": False}),
    ("Need it under 200 ms. Our current hosted call takes 3 seconds per ticket.",
     {"tight_latency": True}),
    ("We want each post to feel different every time; consistency is not the point.",
     {"needs_consistency": False}),
    ("devs: none. budget $90/mo", {"team_skill": TeamSkill.NONE}),
    ("I'm a non-coder running a bakery.", {"team_skill": TeamSkill.NONE}),
    ("There is no personal data in the forms. We have 900 labeled forms.",
     {"labeled_examples": 900}),
    ("Between 200 and 600 labeled rows per client, call it ~300 on average.",
     {"labeled_examples": 300}),
    ("Budget 12k a year, so call it ~$1,000 a month.", {"monthly_budget_usd": 1000.0}),
    ("Monthly about forty thousand letters come in.", {"monthly_requests": 40_000}),
    ("Our 500 past support requests were answered and approved by leads.",
     {"labeled_examples": 500}),
    ("A prompt-based trial with 4 examples got 70%. We have 2,000 labeled rows.",
     {"labeled_examples": 2000}),
    ("Our prompt holds 6 example answers; we also have 4,000 graded ones.",
     {"labeled_examples": 4000}),
    ("The job is assigning billing codes to visit notes.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Prices retail from 20 to 80 dollars; our budget is $400.", {"budget_usd": 400.0}),
    ("Contractors here bill about $90/hr.", {"monthly_budget_usd": None}),
    ("We serve 220 groups, growing by about 5 a month.", {"monthly_requests": None}),
    ("it's just this one sorting job", {"num_tasks": 1}),
    ("We want one chatbot for all 12 branches.", {"num_tasks": 12}),
    ("Each depot has its own rota rules and 30 depots use the tool.", {"num_tasks": 30}),
    ("We prompt it with our guide and it works ok, but the bill is big.",
     {"tried_prompting": True}),
    ("We tried prompts; the XML breaks in one case of ten.", {"tried_prompting": True}),
    ("Few-shot prompting gives the same mix-ups every week.", {"tried_prompting": True}),
]
SIXTEENTH_SET_GAPS = [
    ("IT set up an open model with a long instruction; each report comes out with a "
     "different structure.", {"tried_prompting": True}),
    ("Right now it's a hosted model with our rules pasted in, and the tone slides back into "
     "corporate speak.", {"tried_prompting": True}),
    ("We run it through Azure OpenAI with a page of instructions and it is ~80% right.",
     {"tried_prompting": True}),
    ("We haven't done anything with AI yet.", {"tried_prompting": False}),
    ("We have not used any AI tool for this so far.", {"tried_prompting": False}),
    ("We haven't built anything for it yet.", {"tried_prompting": False}),
    ("Nobody here has trained a model.", {"knows_pytorch": False}),
    ("Our lead writes all the training code herself.", {"knows_pytorch": True}),
    ("Both of them train and deploy models for a living.", {"team_skill": TeamSkill.ML}),
    ("A freelancer connects our tools through APIs for us.", {"team_skill": TeamSkill.API}),
    ("The server has two big NVIDIA cards.", {"hardware": Hardware.OWN_GPU}),
    ("Orders should end up with the right team automatically.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Essays get a level following our rubric.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("The idea is to read the invoice and to put the totals into our ERP.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We don't have any kind of archive of good answers saved.", {"labeled_examples": 0}),
    ("Examples in that shape we do not have.", {"labeled_examples": 0}),
    ("Tax rules keep changing; the law moves every year.", {"fresh_knowledge": True}),
    ("The 20-billion-parameter model is ours.", {"model_billions": 20.0}),
    ("The weights stay untouched and all teams are served in the same batches.",
     {"shared_model": True}),
    ("12 regions want replies in their own dialect.", {"num_tasks": 12}),
    ("About 80 of them asked for their own tone.", {"num_tasks": 80}),
    ("Each office has own price list, 9 offices use it.", {"num_tasks": 9}),
    ("The vendor's tuning service is covered by our DPA with Azure OpenAI.",
     {"vendor_finetune_ok": True}),
]
# Set 17 (h396-h420, a cross-section in everyday words), in new words.
SEVENTEENTH_SET_GAPS = [
    ("budget... maybe $40 a month, the app makes like $2 per user per year",
     {"monthly_budget_usd": 40.0}),
    ("I write code all day but I've never trained a model.", {"knows_pytorch": False}),
    ("two api people, never trained anything", {"knows_pytorch": False}),
    ("Honestly we haven't seriously tried it yet.", {"tried_prompting": False}),
    ("We haven't worked on prompting yet.", {"tried_prompting": False}),
    ("We haven't really experimented yet.", {"tried_prompting": False}),
    ("Our pilot with a hosted model took 1.2 s per query and would cost a fortune.",
     {"tried_prompting": True}),
    ("Prompting gave uneven results across departments.", {"tried_prompting": True}),
    ("The prompt is decent, but the rest ignore our format.", {"tried_prompting": True}),
    ("Our licence terms allow a vendor fine-tune.", {"vendor_finetune_ok": True}),
    ("Between 200 and 600 labeled notes per clinic, about 400 on average.",
     {"labeled_examples": 400}),
    ("We turn legal notices into plain-language versions; we have a Copilot licence.",
     {"task_kind": TaskKind.GENERATION}),
    ("It all runs in our own private cloud on a GPU cluster.",
     {"hardware": Hardware.CLUSTER}),
    ("Their contracts forbid any outside AI vendor.", {"vendor_finetune_ok": False}),
    ("Each shop gave roughly 120 of their own past replies paired with the question.",
     {"labeled_examples": 120}),
]
# Set 18 (h421-h445, memos and terse chats), in new words.
EIGHTEENTH_SET_GAPS = [
    ("team = just me. no code", {"team_skill": TeamSkill.NONE}),
    ("examples? maybe 25 good ones I wrote", {"labeled_examples": 25}),
    ("prompts not tried yet", {"tried_prompting": False}),
    ("Tried: nothing yet.", {"tried_prompting": False}),
    ("Nobody has sat down and written a real prompt.", {"tried_prompting": False}),
    ("Nothing has been tried so far.", {"tried_prompting": False}),
    ("> Every week we answer about 90 supplier queries.", {"monthly_requests": 387}),
    ("ticket grading, 3 levels, for our support app", {"task_kind": TaskKind.CLASSIFICATION}),
    ("Most of the token bill is the example dialogues in every call.",
     {"tried_prompting": True}),
    ("Replies should be short (2 to 3 sentences) and friendly.", {"labeled_examples": None}),
    ("Our inbox tool offers suggested replies to agents.", {"task_kind": TaskKind.GENERATION}),
    ("12 of our biggest clients want the summaries to sound like them.", {"num_tasks": 12}),
    ("One copy must serve all 6 tasks for our 20 branches.", {"num_tasks": 6}),
    ("The 30b model lives in our k8s GPU cluster.", {"hosting": Hosting.SELF_HOSTED}),
]
# Sets 19 (any founder) and 20 (founders who think aloud), in new words.
NINETEENTH_SET_GAPS = [
    ("We prompted Claude for weeks, but the tone is not stable.", {"tried_prompting": True,
                                                                    "needs_consistency": True}),
    ("We want each call summarised into a 6-field record.", {"task_kind": TaskKind.EXTRACTION}),
    ("Each site keeps around 300 approved minutes paired with the recordings.",
     {"labeled_examples": 300}),
    ("Five departments have each asked for a routing task.", {"num_tasks": 5}),
    ("It should recompute the discounts and catch totals that don't add up.",
     {"task_kind": TaskKind.REASONING}),
    ("We tried prompting with the style guide, it's like 60% there.",
     {"tried_prompting": True}),
    ("We publish 30 magazines, each with its own house rules.", {"num_tasks": 30}),
    ("The budget is $40k including our engineers' time.", {"budget_covers_people": True}),
    ("Maybe 3k tickets are labeled? No wait, let me check... ok, 640 tickets.",
     {"labeled_examples": 640}),
    ("A trade blog said a rival trained on 80 thousand reviews; we have 900 labeled ones.",
     {"labeled_examples": 900}),
    ("Labeled: honestly none; the plan is to label 3,000 by spring.",
     {"labeled_examples": 0}),
    ("We think 10k labeled rows... well, after removing duplicates it's 6k.",
     {"labeled_examples": 6000}),
    ("I first guessed 900 examples, but Sam has since counted them: 700.",
     {"labeled_examples": 700}),
    ("I once pasted two emails into ChatGPT.", {"labeled_examples": None}),
    ("By law no patient data may leave the hospital.", {"privacy": True}),
    ("Our support tool rewrites tickets in each customer's own tone. 60 customers today.",
     {"num_tasks": 60}),
    ("Between 200 and 900 labeled per task; let's say 300 per task.",
     {"labeled_examples": 300}),
    ("The base model has to be shared, one instance for all squads.", {"shared_model": True}),
    ("We prompted it for months; adding more examples hasn't fixed it.",
     {"tried_prompting": True}),
    ("We need JSON out of every claim letter.", {"task_kind": TaskKind.EXTRACTION}),
    ("We had a data science lead. Well, had. She left in May. Now two API devs.",
     {"team_skill": TeamSkill.API}),
]
# Set 13 (h296-h320, platforms and agencies, hardware owned or rented), in new words: a copy
# per client that is fine, tenants named through what each has ("each shop's tone", "the
# style of each client", "and each wants"), a lease for the year, latency as measured now,
# explicit "no pairs" beside unlabeled items, "sample"/"solved" examples, more untried and
# fallen-short wordings, "Guten Tag" (no tag), sorting into groups, a record out of an email.
THIRTEENTH_SET_GAPS = [
    ("Our 14 agencies can each have their own tuned model, that is fine.",
     {"shared_model": False}),
    ("We don't need one model for everyone.", {"shared_model": False}),
    ("A dedicated model per brand is ok with us.", {"shared_model": False}),
    ("We run 25 shops on it and each shop's tone differs.", {"num_tasks": 25}),
    ("We host 16 schools and want the style of each school kept.", {"num_tasks": 16}),
    ("60 dealers signed up, and each wants listings in its own voice.", {"num_tasks": 60}),
    ("We serve 9 councils; every council has its own taxonomy.", {"num_tasks": 9}),
    # (a lease is owned hardware; two plain servers are a pair of machines, set 147)
    ("We lease two A100 servers for the whole year.", {"hardware": Hardware.OWN_GPU}),
    ("We lease three A100 servers for the whole year.", {"hardware": Hardware.CLUSTER}),
    ("Our reserved H100 box sits in a colo.", {"hardware": Hardware.OWN_GPU}),
    ("The answer must come within 100 ms. Today latency is around 900 ms.",
     {"tight_latency": True}),
    ("We have 3,000 product pages and no labeled examples of the output.",
     {"labeled_examples": 0}),
    ("Our tutors wrote about 300 sample answers.", {"labeled_examples": 300}),
    ("We keep roughly 700 solved puzzles from our editors.", {"labeled_examples": 700}),
    ("We have not bothered with prompts at all.", {"tried_prompting": False}),
    ("I haven't tried it for this yet.", {"tried_prompting": False}),
    ("We did not try to write careful prompts so far.", {"tried_prompting": False}),
    ("Nobody put real effort into prompts yet.", {"tried_prompting": None}),
    ("We prompted Llama; the persona wanders after ten turns.", {"tried_prompting": True}),
    ("Prompting the small model gives basically random labels.", {"tried_prompting": True}),
    ("We prompted GPT-4o and our reviewers are fed up.", {"tried_prompting": True}),
    ("Nobody on the team can write training code.", {"knows_pytorch": False}),
    ("Guten Tag, we want to summarise board minutes.", {"task_kind": TaskKind.GENERATION}),
    ("Incoming chats should be split into 5 groups by topic.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We turn supplier emails into database entries.", {"task_kind": TaskKind.EXTRACTION}),
    ("The layout has to be exact or the printer rejects it.", {"needs_consistency": True}),
    ("Fine with a tuned model on Azure OpenAI.", {"vendor_finetune_ok": True}),
]


# Sets 21 and 22 (h496-h545, blind on the final parser of the session before), in new words:
# writing in each tenant's own tone, groups that each bring a task to a shared model, a period
# of a morning or an evening, "confidently quotes" stale facts, "lines of sample verse",
# outputs that violate the schema, tasks named through language pairs, condensing into a note,
# one category per item, a derivation or plan made step by step, grading on a scale (its two
# ends are no amounts), copying the base model, a share right said as "6 of 10", a card
# named by its memory.
TWENTY_FIRST_SET_GAPS = [
    ("Each landlord wants the listings in their own tone.", {"task_kind": TaskKind.GENERATION}),
    ("It should produce adverts for 12 car dealers.", {"task_kind": TaskKind.GENERATION}),
    ("One frozen 34B base, and some 12 product squads want small tasks on it.",
     {"num_tasks": 12, "shared_model": True}),
    ("We email a digest of 10-15 posts every evening. No labeled digests at all.",
     {"labeled_examples": 0, "monthly_requests": 375}),
    ("We have 30 tickets each morning and 400 labeled ones.",
     {"monthly_requests": 900, "labeled_examples": 400}),
    ("We tried prompting Gemini; it confidently quotes last year's rates.",
     {"tried_prompting": True}),
    ("Our poets wrote about 600 lines of sample verse.", {"labeled_examples": 600}),
    ("Prompts were benchmarked for a month and the answers often violate the style guide.",
     {"tried_prompting": True}),
    ("One frozen copy serves the 12 language pairs.", {"num_tasks": 12, "labeled_examples": None}),
    ("Each voicemail is condensed to a four-line note for the nurse.",
     {"task_kind": TaskKind.GENERATION}),
    ("Every listing has to get one category before it goes live.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("The bot explains pension rules with a step-by-step derivation.",
     {"task_kind": TaskKind.REASONING}),
    ("It should plan delivery rounds step by step so the schedule is logical.",
     {"task_kind": TaskKind.REASONING}),
    ("Teachers mark essays on a 1 to 6 scale.",
     {"task_kind": TaskKind.CLASSIFICATION, "labeled_examples": None}),
    ("Invoices get rated on a 0-3 risk scale; 900 are rated already.",
     {"task_kind": TaskKind.CLASSIFICATION, "labeled_examples": 900}),
    ("Eight business lines use it without copying the base model.", {"shared_model": True}),
    ("Prompting GPT-4o fills about 6 of 10 fields and renames the columns.",
     {"tried_prompting": True}),
    ("Prompting gets roughly 7 answers out of 10 right.", {"tried_prompting": True}),
    ("A tower PC with a 16gb card under my desk.", {"hardware": Hardware.OWN_GPU}),
]


# Sets 23-25 (h546-h620, blind on the parser of commit acd913f), in new words: the question
# said back first ("annotated ones? maybe 300 ... so 520 total"), "N more ... so M", a rate
# "in a week" with nothing made in it, a scale's ends after "by urgency", a monthly budget
# corrected ("make that $250") and a running cost after a one-off ("plus 150 a month"), a
# tenant count corrected beside a count of copies, "Tagged tickets? Zero", privacy that is
# "not an issue", "but never for this", "No, not seriously", falling short as "strays from
# the style guide", "looks plausible", "the mid 60s", "fumbles", "don't reliably keep the
# structure", "all start sounding the same"; consistency as "the same calm voice", "not
# applied consistently", "into a CSV", "headings jump around"; data kept in-house, within a
# country or air-gapped; budgets that pay a freelancer or go to a contractor; grants as
# budgets; "two and a half k"; asking an assistant; passing on to the right team; coding into
# codes; plans that add up; recaps and N-word pieces; filling in forms; serving a model
# ourselves; staying with a vendor; one model in memory; 8xA100 nodes leased long-term;
# racks; "no ideal answers written for them"; "a few dozen ..., maybe 50".
TWENTY_THIRD_SET_GAPS = [
    ("annotated ones? maybe 300. no wait, Tom did more, so 520 total", {"labeled_examples": 520}),
    ("We had 600 graded essays. oh wait, 150 more came in, so 750.", {"labeled_examples": 750}),
    ("About 40 replies in a week, typed by hand.", {"monthly_requests": 172}),
    ("We rank incidents by urgency, 1 to 4.",
     {"task_kind": TaskKind.CLASSIFICATION, "labeled_examples": None}),
    ("We can do $200 a month. Actually make that $250.", {"monthly_budget_usd": 250.0}),
    ("A one-off 3,000 dollars, plus 150 a month afterwards.",
     {"budget_usd": 3000.0, "monthly_budget_usd": 150.0}),
    ("We serve 30 clinics on one frozen model. Sorry, it's 34 clinics now.", {"num_tasks": 34}),
    ("We can't host 50 copies. Sorry, it's 60 stores now.", {"num_tasks": 60}),
    ("Tagged tickets? Zero, nobody ever tagged them.", {"labeled_examples": 0}),
    ("Samples, we don't actually have.", {"labeled_examples": 0}),
    ("Privacy: not an issue, the reviews are public.", {"privacy": False}),
    ("We use Claude for blog posts but never for this.", {"tried_prompting": False}),
    ("Prompting? No, not seriously.", {"tried_prompting": False}),
    ("My co-founder set up the account. So no, not tried.", {"tried_prompting": False}),
    ("We trialled GPT-4o for a month; the tone strays from our style guide and legal won't "
     "accept it.",
     {"tried_prompting": True}),
    ("Every answer has to come in the same calm voice.", {"needs_consistency": True}),
    ("The grading rubric is not applied consistently.", {"needs_consistency": True}),
    ("Output goes straight into a CSV for the ERP.", {"needs_consistency": True}),
    ("The headings jump around between runs.", {"needs_consistency": True}),
    ("The agencies require that all documents stay within the country.", {"privacy": True}),
    ("Our transcripts stay in-house.", {"privacy": True}),
    ("Records are confidential; no external API is allowed.", {"vendor_finetune_ok": False}),
    ("The $5k could also pay a freelancer.", {"budget_covers_people": True}),
    ("Each gym wants the bot to answer in its own tone.", {"task_kind": TaskKind.QA_CHAT}),
    ("Texts should be passed on to the right team: sales, billing or support.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Citizens should be able to ask an online assistant about parking permits.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("Turn each podcast transcript into a short, friendly weekly newsletter.",
     {"task_kind": TaskKind.GENERATION}),
    ("We don't really have any examples yet.", {"labeled_examples": 0}),
    ("A 200-word recap for every match.", {"task_kind": TaskKind.GENERATION}),
    ("Staff fill in the intake form from each scanned letter.", {"task_kind": TaskKind.EXTRACTION}),
    ("We code survey answers into about 90 industry codes.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("It should produce a weekly meal plan that actually adds up to the calorie goal.",
     {"task_kind": TaskKind.REASONING}),
    ("Budget is two and a half k a month.", {"monthly_budget_usd": 2500.0}),
    ("Prompting hosted models gives text that looks plausible but is wrong.",
     {"tried_prompting": True}),
    ("Prompts reach the mid 60s.", {"tried_prompting": True}),
    ("We have not tested any AI yet.", {"tried_prompting": False}),
    ("We haven't really written a proper prompt yet.", {"tried_prompting": False}),
    ("A $12,000 grant pays for the pilot, and a third goes to a contractor.",
     {"budget_usd": 12000.0, "budget_covers_people": True}),
    ("It runs on an air-gapped server.", {"privacy": True}),
    ("The editors gave us around 500 captions.", {"labeled_examples": 500}),
    ("We tried a prompt per character, but they all start sounding the same.",
     {"tried_prompting": True}),
    ("Records may not leave our cloud, and we own a GPU server. We tested a hosted model last "
     "year.",
     {"hosting": Hosting.SELF_HOSTED}),
    ("We'd run a small model ourselves on our A10 box.", {"hosting": Hosting.SELF_HOSTED}),
    ("We already use Gemini through the API and would prefer to stay with it; a cofounder "
     "wants to rent GPUs for Llama.",
     {"hosting": Hosting.VENDOR_API}),
    ("The style wanders after a few paragraphs.", {"labeled_examples": None}),
    ("Maybe 5 thousand tickets for month.", {"monthly_requests": 5000}),
    ("We did not try nothing yet.", {"tried_prompting": False}),
    ("All customer text stays in our own data centre.", {"privacy": True}),
    ("Our prompt templates were tested for months and don't reliably keep the section structure.",
     {"tried_prompting": True}),
    ("GPT-4o with a long prompt fumbles the modifiers.", {"tried_prompting": True}),
    ("Per-store instructions with examples were too slow.", {"tried_prompting": True}),
    ("We want exactly one base model in memory, not 40.", {"shared_model": True}),
    ("Two 8xA100 nodes that we rent long-term.", {"hardware": Hardware.CLUSTER}),
    ("It must be one shared base model.", {"shared_model": True}),
    ("We have 2,000 chats but no ideal answers written for them.", {"labeled_examples": 0}),
    ("A few dozen labeled pages per client, maybe 50.", {"labeled_examples": 50}),
    ("Our own GPU servers sit in three racks.", {"hardware": Hardware.CLUSTER}),
    ("Analysts ask how to file the quarterly returns.", {"task_kind": TaskKind.QA_CHAT}),
]


# Sets 26 and 27 (h621-h670, blind on the parser of commit 54b2534), in new words: a tool that
# tags items, one shared model of N billion, "the base model stays frozen", "every email reads
# different", "updated most weeks", summarising into a handover (not triage), the bill "way
# over budget", planning trips, a title's own voice; and from founders who say it all
# indirectly: "nobody here understands computers", "one person who trains models", "not
# attempted to use artificial intelligence", items filed into folders by hand (the folders are
# labels, not data), turning a query into "brand plus filters", "already labeled 3,000 calls",
# "6 in 10 right", files "not allowed off our servers", "do not allow their files to go",
# "none of the records may leave", rating how urgent something is, sounding "like her",
# a vendor that "can train a custom version" (no skill of the team's), copying details into a
# system, variety that matters more, "which of our 80 canned replies", screening against a
# checklist, "use us. Each one wants its own", "has given us about 250", prices that move
# every hour, "it just guessed", "looks after our website", "fields out", "messes up",
# marking items "as A, B or C" on a maths site, "far too lenient", building a roster,
# "double-booked", "half a second", a quoted question after a colon, "reads like a brochure".
TWENTY_SIXTH_SET_GAPS = [
    ("Our tool tags incoming invoices by supplier type.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("Everything runs on one shared 70-billion-parameter open model.", {"shared_model": True}),
    ("The base model stays frozen.", {"shared_model": True}),
    ("We've prompted for weeks and every email reads different.", {"tried_prompting": True}),
    ("Menus get updated most weeks.", {"fresh_knowledge": True}),
    ("Summarise the triage notes into a short handover.", {"task_kind": TaskKind.GENERATION}),
    ("We tested a few-shot prompt; the bill is way over budget.", {"tried_prompting": True}),
    ("Plan weekend trips for families: order the stops and fit the opening hours.",
     {"task_kind": TaskKind.REASONING}),
    ("We publish 12 newsletters and want intros rewritten in each newsletter's own voice.",
     {"num_tasks": 12}),
    ("Nobody here understands computers.", {"team_skill": TeamSkill.NONE}),
    ("We have one person who trains models.", {"team_skill": TeamSkill.ML}),
    ("We have not attempted to use artificial intelligence tools.", {"tried_prompting": False}),
    ("About 700 letters were filed into 9 folders by hand.", {"labeled_examples": 700}),
    ("We need each query turned into brand plus filters.", {"task_kind": TaskKind.EXTRACTION}),
    ("Our analysts already labeled 3,000 calls with the right outcome.",
     {"labeled_examples": 3000}),
    ("She tried ChatGPT and it got maybe 6 in 10 right.", {"tried_prompting": True}),
    ("Customer files are not allowed off our servers.", {"privacy": True}),
    ("Our clients do not allow their files to go to any cloud.", {"privacy": True}),
    ("None of the records may leave the building.", {"privacy": True}),
    ("Rate how urgent a message is, 1-4.",
     {"task_kind": TaskKind.CLASSIFICATION, "labeled_examples": None}),
    ("The captions have to sound like her every time.", {"needs_consistency": True}),
    ("We have no technical staff; the vendor can train a custom version for us, no objection.",
     {"team_skill": TeamSkill.NONE, "vendor_finetune_ok": True}),
    ("Clerks copy the details out into the claims system.", {"task_kind": TaskKind.EXTRACTION}),
    ("Creativity matters more than sameness.", {"needs_consistency": False}),
    ("The screen should suggest which of our 80 canned replies fits.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Each lender screens loan files against its own checklist.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("1,200 landlords use us. Each one wants its own tone.", {"num_tasks": 1200}),
    ("Each supplier has given us about 250 corrected orders.", {"labeled_examples": 250}),
    ("Prices move every hour.", {"fresh_knowledge": True}),
    ("I asked ChatGPT and it just guessed.", {"tried_prompting": True}),
    ("My cousin looks after our website and can connect it to AI services.",
     {"team_skill": TeamSkill.API}),
    ("Agents need the fields out of each email.", {"task_kind": TaskKind.EXTRACTION}),
    ("We tried Claude and it messes up the dates.", {"tried_prompting": True}),
    ("Tutors mark proofs as valid, flawed or wrong on our maths site.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("ChatGPT was far too lenient with grades.", {"tried_prompting": True}),
    ("Every week I build the delivery roster by hand.", {"task_kind": TaskKind.REASONING}),
    ("I pasted the shifts into ChatGPT and it double-booked people.", {"tried_prompting": True}),
    ("Each answer must come back in under half a second.", {"tight_latency": True}),
    ("The phone never stops: 'is the 9am class still on today?'", {"task_kind": TaskKind.QA_CHAT}),
    ("I asked ChatGPT to write like him and it reads like a glossy brochure.",
     {"tried_prompting": True}),
]


# Sets 28 and 29 (h671-h720, blind on the parser of commit 3c5f072), in new words: putting
# each item "in a group", a scale's ends "1 to 10 for politeness", "about 40 of them" on one
# base, "12 teams each have a different task", "each wants" just after the count's sentence,
# "no, honestly, zero", asking follow-up questions, pesos (no amount we can place), pulling
# names and dates (not pull requests), "the XML break", "field names are changed", "the
# layout changes from one to the next", "handled ... badly", "takes around 2.5 s", "doesn't
# even fit", "the score swings", "gets a different label from day to day", "ignores the
# format", "the exact codes", a routing engine (no planning), "tried nothing", "haven't put
# an AI on it", "a bank of good answers", "don't keep any", a model "via API" or "hosted AI
# APIs", mapping onto a hierarchy, grading essays, planning pickup rounds, generated commit
# messages, and a correction word only in the number's own sentence ("had a go with ChatGPT
# ... a subscription or two" corrects nothing).
TWENTY_EIGHTH_SET_GAPS = [
    ("I want the AI to put each message in a group: refund, late, broken.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We tried prompting GPT but the XML break often.", {"tried_prompting": True}),
    ("We prompted Claude, but sometimes the field names are changed.", {"tried_prompting": True}),
    ("We license our model to hospitals, about 40 of them, all on one frozen base.",
     {"num_tasks": 40}),
    ("Budget is zero. Well, maybe 100 bucks. No, honestly, zero.", {"budget_usd": 0.0}),
    ("Parents should be able to ask follow-up questions about the timetable.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("About 20 posters a month. Budget around 800 pesos.", {"monthly_requests": 20}),
    ("We prompted a local model and the layout changes from one to the next.",
     {"tried_prompting": True}),
    ("12 regional teams each have a different task for the shared model.", {"num_tasks": 12}),
    ("rate support chats 1 to 10 for politeness",
     {"task_kind": TaskKind.CLASSIFICATION, "labeled_examples": None}),
    ("We need to pull names, dates and amounts from the receipts.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We host one open model for 30 retailers. each wants replies in their own tone.",
     {"num_tasks": 30}),
    ("Prompting an open model handled dialect badly.", {"tried_prompting": True}),
    ("We don't have a bank of good answers set aside.", {"labeled_examples": 0}),
    ("Prompted it for a month. The same ticket gets a different label from day to day.",
     {"tried_prompting": True, "needs_consistency": True}),
    ("no data, tried nothing yet", {"tried_prompting": False, "labeled_examples": 0}),
    ("We would rather use a model via API than run servers.", {"hosting": Hosting.VENDOR_API}),
    ("Tickets get one of 8 intents, in the exact codes our routing engine accepts.",
     {"task_kind": TaskKind.CLASSIFICATION, "needs_consistency": True}),
    ("We haven't put an AI on it yet.", {"tried_prompting": False}),
    ("An agency can hook it up to one of the hosted AI APIs.", {"hosting": Hosting.VENDOR_API}),
    ("We don't keep any example replies.", {"labeled_examples": 0}),
    ("A big model with a long prompt parses them fine but takes around 2.5 s.",
     {"tried_prompting": True}),
    ("We map free-text course names onto each university's internal programme hierarchy.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We tried prompting with the catalogue in context; it doesn't even fit.",
     {"tried_prompting": True}),
    ("We grade homework essays on a 1-6 band.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("Prompting: tried; the score swings by a full grade between runs.",
     {"tried_prompting": True, "needs_consistency": True}),
    ("An assistant that plans the day's pickup rounds for our vans.",
     {"task_kind": TaskKind.REASONING}),
    ("Tenants want auto-generated commit messages in their own style.",
     {"task_kind": TaskKind.GENERATION}),
    ("Prompting works, but every so often it ignores the format.", {"needs_consistency": True}),
    ("About 40 contracts a month. We had a go with ChatGPT. A subscription or two, 60 "
     "dollars a month.",
     {"monthly_requests": 40}),
]


# Sets 30 and 31 (h721-h770, blind on the parser of commit f0d1b76), in new words: pulling a
# long list of fields out of documents, demonstrations beside "instructions" or "per call" (no
# dataset), answer drafts, a voice that "bleeds between clients", teams that each have "one
# narrow task" (and "one task" alone), summarising into a template, a 2-line update, form
# answers ("Prompting tried?: no", "Tried prompts: yes. 1 in 4 replies runs over"),
# "structured attributes", MLEs, "'training data'" in quotes, "Vendor FT", a model size said
# to be the old one, "/wk", and "no patient data to third parties".
THIRTIETH_SET_GAPS = [
    ("We want a model to pull the buyer, the seller, the VAT number and the total out "
     "of scanned invoices.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We tested a hosted model with written instructions and 4 examples. We have "
     "2,000 invoices checked by hand.",
     {"labeled_examples": 2000}),
    ("Each shop wants the answer drafts in their own tone.", {"task_kind": TaskKind.GENERATION}),
    ("We prompted with their samples in context, but the voice still bleeds between clients.",
     {"tried_prompting": True}),
    ("18 business units each have one narrow task on the shared model.", {"num_tasks": 18}),
    ("One task, one customer.", {"num_tasks": 1}),
    ("Every meeting recording summarised into a fixed four-part template.",
     {"task_kind": TaskKind.GENERATION}),
    ("Use case: turn supplier emails into a 2-line update for the buyer",
     {"task_kind": TaskKind.GENERATION}),
    ("Prompting tried?: no", {"tried_prompting": False}),
    ("- pull order no., ship date, carrier, tracking id and weight out of the emails",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Few-shot works, but it's 5 examples per call. Labeled: 1.2k notes we tagged.",
     {"labeled_examples": 1200}),
    ("query -> structured attributes (colour/size/brand)", {"task_kind": TaskKind.EXTRACTION}),
    ("3 MLEs on the team.", {"team_skill": TeamSkill.ML}),
    ("We don't have any 'training data' yet.", {"labeled_examples": 0}),
    ("Tried prompts: yes. 1 in 4 replies runs over the limit.", {"tried_prompting": True}),
    ("Vendor FT is fine with legal.", {"vendor_finetune_ok": True}),
    ("We moved to a 70b model; the 13b is the old one.", {"model_billions": 70.0}),
    ("~25 tickets/wk", {"monthly_requests": 108}),
    ("No patient data to third parties.", {"privacy": True}),
]


# Sets 32 and 33 (h771-h820, blind on the parser of commit 449da66), in new words: keeping
# all data within the data centre, "takes almost 3 seconds", verses and poems, conditions
# checked one after the other, a vendor's Mistral API (not the open Mistral), JSON that
# "comes back broken", running "in our own environment", a target after "want" (no
# dataset), a "no data ... wait, actually" retracted by a hand-scored count, "keeps calling",
# "including my time", "each has its own" after the count's sentence, "coded two different
# ways", "different narrow jobs", NPCs, "starts sounding like", what someone owes, "a
# quarter of the time", a tutor's own rubric five words on, "each call took about 2 s",
# "and every month we get", "for one, ... for another", fields "typed out", files on "my
# laptop", turning notes into a memo (but a 6-field case note stays extraction), pasting into
# a chatbot, planning how to stack, "worked answers written down", "the point is range",
# and "flagged as ok / spam / abuse" (an in-joke is no joke to write).
THIRTY_SECOND_SET_GAPS = [
    ("Regulation obliges us to keep all client data within our own data centre.",
     {"privacy": True}),
    ("The prompt gets it right but takes almost 3 seconds.", {"tried_prompting": True}),
    ("we want fresh funny poems for each card", {"task_kind": TaskKind.GENERATION}),
    ("It must check several conditions one after the other before approving a refund.",
     {"task_kind": TaskKind.REASONING}),
    ("Our developer already uses the Mistral API.", {"hosting": Hosting.VENDOR_API}),
    ("We've used GPT-4o via the API for months; the JSON comes back broken every few "
     "hundred calls.",
     {"tried_prompting": True}),
    ("The model must run in our own environment.", {"hosting": Hosting.SELF_HOSTED}),
    ("Prompting got about 80% field accuracy with examples; customers want 97.",
     {"labeled_examples": None}),
    ("No labeled data... wait, actually our team hand-scored about 1,500 calls last year.",
     {"labeled_examples": 1500}),
    ("We've run a few-shot prompt for weeks; it keeps calling neutral reviews negative.",
     {"tried_prompting": True}),
    ("The budget is about $6k, including my time.", {"budget_covers_people": True}),
    ("We serve one frozen model to ~150 client firms. Each has its own style guide.",
     {"num_tasks": 150}),
    ("Auditors found the same incident coded two different ways.", {"needs_consistency": True}),
    ("One model handles 20 different narrow jobs for our clients.",
     {"num_tasks": 20, "labeled_examples": None}),
    ("I put a prompted model behind the NPCs in our game.", {"task_kind": TaskKind.GENERATION}),
    ("We prompted Llama, and after a few lines the villain starts sounding like a tour guide.",
     {"tried_prompting": True, "needs_consistency": True}),
    ("Work out what each tenant owes after a missed payment.", {"task_kind": TaskKind.REASONING}),
    ("We prompted GPT, it worked about a quarter of the time.", {"tried_prompting": True}),
    ("Every course's tutor marks with their own rubric. Currently 12 courses.", {"num_tasks": 12}),
    ("We tried a hosted model with few-shot; each call took about 2 seconds.",
     {"tried_prompting": True}),
    ("We're small, and every month we get about 30 applications.", {"monthly_requests": 30}),
    ("We host a 13B model and run document jobs for about 25 clients: summaries for "
     "one, tagging for another.",
     {"num_tasks": 25}),
    ("I have 900 invoices with the fields typed out.", {"labeled_examples": 900}),
    ("The files have to stay on my laptop.", {"hosting": Hosting.SELF_HOSTED}),
    ("A junior turns the call notes into a memo.", {"task_kind": TaskKind.GENERATION}),
    ("We pasted emails into a chatbot and the tone came out wrong.", {"tried_prompting": True}),
    ("An assistant that plans how to stack parcels in the van.", {"task_kind": TaskKind.REASONING}),
    ("We don't have any worked answers written down.", {"labeled_examples": 0}),
    ("The point is range: every slogan should be different.", {"needs_consistency": False}),
    ("Every message should be flagged as ok / spam / abuse.",
     {"task_kind": TaskKind.CLASSIFICATION}),
]


# Sets 34 and 35 (h821-h870, blind on the parser of commit dcf57ee), in new words: "after we
# removed the duplicates it is 700", "insufficient", a budget after "... worth." (no price),
# "the ones with a real answer are maybe 800" and "5,000 is pages, the leaflets are around
# 400" (the same things, restated), labeling every item "by cause", "14 fixed fields", "must
# run on our own servers", turning receipts into transactions, "has to run locally",
# "won't accept their notes leaving", "jumped around", "one model doing five jobs", "the
# data stays here", "in dollars it's about 16 thousand", answering patients on WhatsApp,
# eligibility "following our 7 rules", "an order JSON", "3,5k", "against our QA checklist,
# pass or fail", "2 000" grouped by a space, a bot that "classifies ... into", chat support,
# and "public entities" (no named entities).
THIRTY_FOURTH_SET_GAPS = [
    ("We had 900 labeled. Sorry, I must correct: after we removed the duplicates it is 700.",
     {"labeled_examples": 700}),
    ("Prompting was attempted; the accuracy was insufficient.", {"tried_prompting": True}),
    ("Our tutors drew up 60 solved sheets, roughly 4 binders worth. Budget maybe $150/month.",
     {"monthly_budget_usd": 150.0}),
    ("We have about 3,000 Q&A pairs. Actually no, 3,000 is everything; the ones with "
     "a real answer are maybe 800.",
     {"labeled_examples": 800}),
    ("The law makes us label every claim by cause.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("Turn each inspector's voice note into our audit form, which has 14 fixed fields.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Everything must run on our own servers in Lyon.", {"privacy": True}),
    ("An app that reads receipts and turns them into transactions.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("It has to run locally; patients won't accept their notes leaving the clinic.",
     {"privacy": True}),
    ("We have maybe 5,000 translated leaflets... no sorry, 5,000 is pages, the "
     "leaflets are around 400.",
     {"labeled_examples": 400}),
    ("We prompted with each client's guide pasted in and the scores jumped around.",
     {"tried_prompting": True}),
    ("We want one model doing five jobs for the back office.",
     {"num_tasks": 5, "labeled_examples": None}),
    ("POPIA means the data stays here.", {"privacy": True}),
    ("Budget is 300k rand. Sorry, in dollars it's about 16 thousand.", {"budget_usd": 16000.0}),
    ("We want the bot to answer patients on WhatsApp about opening hours.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("It should check whether an applicant is eligible following our 7 rules and "
     "explain step by step why.",
     {"task_kind": TaskKind.REASONING}),
    ("We need to turn supplier emails into an order JSON.", {"task_kind": TaskKind.EXTRACTION}),
    ("maybe 3,5k dollars", {"budget_usd": 3500.0}),
    ("Score each call against our QA checklist, pass or fail.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Per client we have around 2 000 approved segments.", {"labeled_examples": 2000}),
    ("Our SMS bot classifies farmer questions into 12 topics.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We offer chat support for 40 hotels.", {"task_kind": TaskKind.QA_CHAT}),
    ("We run document tasks for 20 public entities, each with its own categories.",
     {"task_kind": TaskKind.CLASSIFICATION}),
]


# Sets 36 and 37 (h871-h920, blind on the parser of commit f206fc3; set 37's founders name no
# technical category), in new words: guests who "keep asking ... about", "GPU memory" (no
# card), "the API of Mistral" and "through their API", "refund vs chargeback", "took two or
# three seconds" (a range, not a count), "well under a second", "does not respect the format
# we need", "labels differ per customer", "a single base model for everyone", "decides which
# of our five teams", "-> 4 bullet points", "something that answers them", "every answer
# rewritten", "the tone still changes a lot", "the fine-tuning of the provider", "plan which
# van takes which parcel, respecting the time windows", "turned into our product card, as
# JSON", "one paragraph per proposal" (red flags are no flagging task), "marked as a new
# booking, a change to a booking, or a cancellation", "wrote out 40 fully solved", "get back a
# table", staff who use a platform (no tenants), "got us maybe halfway", "sounded the same",
# a client's codebook, "15 small jobs on it", a SOAP note, "the service is out", cases
# "already decided", "sort to 3 type", and "0, 1 or 2" (a list, not a range).
THIRTY_SIXTH_SET_GAPS = [
    ("Guests keep asking on Instagram about parking and check-in times.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("GPU memory is full already; we host on our own cluster.", {"hardware": Hardware.CLUSTER}),
    ("Our developers use the API of Mistral, and fine-tuning through their API is ok.",
     {"hosting": Hosting.VENDOR_API, "vendor_finetune_ok": True}),
    ("it still confuses refund vs chargeback on the tickets",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("It took two or three seconds per call with a long prompt.", {"tried_prompting": True}),
    ("The app has to answer well under a second.", {"tight_latency": True}),
    ("We prompt GPT, but it does not respect the answer format we need.",
     {"tried_prompting": True, "needs_consistency": True}),
    ("80 customer tasks, and the labels differ per customer",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We want a single base model for everyone.", {"shared_model": True}),
    ("Someone reads each letter and decides which of our five teams should handle it.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("each meeting -> 4 bullet points for the wiki", {"task_kind": TaskKind.GENERATION}),
    ("want something that answers them by itself", {"task_kind": TaskKind.QA_CHAT}),
    ("Compliance wants every answer rewritten in our official voice.",
     {"task_kind": TaskKind.GENERATION}),
    ("We prompted GPT since May; the tone still changes a lot between replies.",
     {"tried_prompting": True}),
    ("Using the fine-tuning of the provider is ok for legal.", {"vendor_finetune_ok": True}),
    ("The planner must plan which van takes which parcel, respecting the time windows.",
     {"task_kind": TaskKind.REASONING}),
    ("We need each listing turned into our product card, as JSON.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("The board wants one paragraph per proposal, with any red flags.",
     {"task_kind": TaskKind.GENERATION}),
    ("Each form is read and turned into our applicant profile.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("I want each email marked as a new booking, a change to a booking, or a cancellation.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Our mentors wrote out 40 fully solved exercises.", {"labeled_examples": 40}),
    ("Take a signed contract and get back a table of dates and amounts.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("About 40 teams each want a small task on the model. Around 900 staff use the platform.",
     {"num_tasks": 40}),
    ("Prompting with tone notes got us maybe halfway.", {"tried_prompting": True}),
    ("We prompted it per hotel and the replies sounded the same.", {"tried_prompting": True}),
    ("We code open answers into each client's codebook.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("We want to run about 15 small jobs on it.", {"num_tasks": 15, "labeled_examples": None}),
    ("A doctor dictates and we need a SOAP note.", {"task_kind": TaskKind.GENERATION}),
    ("A vendor's fine-tuning service is out.", {"vendor_finetune_ok": False}),
    ("We have 500 disputes our officers already decided, and no examples in a prompt yet.",
     {"labeled_examples": 500}),
    ("I want AI sort to 3 type: sales, support, spam.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("We score each answer 0, 1 or 2 against the mark scheme.",
     {"task_kind": TaskKind.CLASSIFICATION}),
]


# Sets 38 and 39 (h921-h970, written last in one session and run once on the parser of commit
# 370b1fe), in new words: "into one of about 400 categories", questions texted in and "auto
# answers", trip suggestions, "as pass / borderline / fail", "already translated by an
# agency", "can connect APIs", "to set it up, then maybe 80 a month", data that "never leaves",
# a chat concierge that recommends, "want data in their own cloud", structured letters (still
# writing), a structure that wanders, calling a model through its API, "incl." (no sentence
# end), typing each item into the ERP, "US dollars", mapping claims to codes, "stays there",
# and "always close with the same".
THIRTY_EIGHTH_SET_GAPS = [
    ("We need each new product put into one of about 400 categories.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Patients text us questions in Yoruba and want auto answers.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("I want AI make trip suggestions for our guests, different each time.",
     {"task_kind": TaskKind.GENERATION}),
    ("We want to rate essays against a rubric as pass / borderline / fail.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We have maybe 150 manuals already translated by an agency.", {"labeled_examples": 150}),
    ("Our IT person can connect APIs.", {"team_skill": TeamSkill.API}),
    ("About two thousand dollars to set it up, then maybe 80 a month.",
     {"budget_usd": 2000.0, "monthly_budget_usd": 80.0}),
    ("Regulation requires that client data never leaves our premises.", {"privacy": True}),
    ("A chat concierge that recommends rooms to guests.", {"task_kind": TaskKind.QA_CHAT}),
    ("The hospitals want data in their own cloud.", {"privacy": True}),
    ("We turn discharge notes into structured follow-up letters.",
     {"task_kind": TaskKind.GENERATION}),
    ("We prompt a local model; the structure wanders on long notes.", {"needs_consistency": True}),
    ("We call a hosted model through its API; nobody trains models.",
     {"team_skill": TeamSkill.API}),
    ("Sending to a vendor, incl. for fine-tuning, is fine.", {"vendor_finetune_ok": True}),
    ("Somebody types each invoice into our ERP by hand.", {"task_kind": TaskKind.EXTRACTION}),
    ("We could spend about three hundred US dollars.", {"budget_usd": 300.0}),
    ("We map each claim to insurance codes.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("Customer chats never leave our infra.", {"privacy": True}),
    ("Each shop uploaded examples (their data stays there).", {"privacy": True}),
    ("The bot has to keep our calm tone and always close with the same disclaimer.",
     {"needs_consistency": True}),
]


# Sets 40 to 43 (h971-h1070: sets 40 and 41 written last in the session before and run once on
# its final parser, 33153db; sets 42 and 43 written blind and run once on 4e94d0e), in new
# words: values carried from documents "into our system", "X in, a JSON out", "into a
# structured ticket: a, b, c", the order of stops or visits, memos and briefings, "syntax
# broken", promising what "we never give", "64% exact match, flat for weeks", a voice whose
# quirks disappear or that must stay intact, staff who "produced" lines, "a different format on
# each run", wages on "a separate line", "if we hire one" (no amount), plural GPU servers with a
# count, data-protection laws by name and data residency, a vendor "training on our examples",
# tenants counted after they were said to want their own ("85 of them", "on it"), "nothing
# written down as examples", misspelt examples, "hooks up APIs", "q's", spotting and catching in
# messages, "take out: ...", answers to buyers' questions, scored "1-10 on", "keyed into our
# WMS", "exactly the same way", funding rounds, past purchases, prices "from" and order values
# (no budget), live stock and throughput (no examples), tonnes (no requests), "/mo budget",
# "incl. salaries", and "nothing may go into a vendor's training".
FORTIETH_SET_GAPS = [
    ("We want to get the data from purchase orders (buyer, SKU, quantity) into our "
     "warehouse system automatically.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Goal: move the values from lab reports into our LIMS without anyone retyping them.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Scanned receipt text in, a JSON with merchant, total and tax out.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Insurance claim letter in; structured record with policy number and dates out.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We want every voicemail turned into a structured ticket: name, callback number, "
     "issue and urgency.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Given the day's jobs and each customer's time slot, it should return the "
     "sequence of visits for each technician.",
     {"task_kind": TaskKind.REASONING}),
    ("The tool should output the order of pickups so no time slot is missed.",
     {"task_kind": TaskKind.REASONING}),
    ("We want each inspection turned into a two-page plain-English briefing for the owner.",
     {"task_kind": TaskKind.GENERATION}),
    ("Every survey should end up converted into a short memo for the board.",
     {"task_kind": TaskKind.GENERATION}),
    ("We prompted a 7B model, syntax broken in most replies.", {"tried_prompting": True}),
    ("We ran a prompt for three weeks. It sometimes promises discounts we never give.",
     {"tried_prompting": True}),
    ("Prompting our 13B with a few examples: 64% exact match, flat for weeks.",
     {"tried_prompting": True}),
    ("We tried prompting with the persona sheet; over long chats their quirks disappear.",
     {"tried_prompting": True}),
    ("Replies should keep every persona's personality intact.", {"needs_consistency": True}),
    ("Our editors produced roughly 3,200 caption lines with speaker tags.",
     {"labeled_examples": 3200}),
    ("We tried a prompt but the dates arrive in a different format on each run and "
     "our import breaks.",
     {"needs_consistency": True, "tried_prompting": True}),
    ("We have $6k for GPUs; wages are a separate budget line.",
     {"budget_usd": 6000.0, "budget_covers_people": False}),
    ("Budget is roughly $3,000 and it must also pay a designer if we hire one.",
     {"budget_usd": 3000.0, "budget_covers_people": True}),
    ("We run it on our own GPU servers, three of them, in the basement.",
     {"hardware": Hardware.CLUSTER}),
    ("We host it on our own k8s GPU cluster.", {"hardware": Hardware.CLUSTER}),
    ("Because of POPIA the data stays in our own Azure tenant.", {"privacy": True}),
    ("PIPEDA means we keep the records on our side.", {"privacy": True}),
    ("Data residency rules force us to self-host.", {"privacy": True}),
    ("It runs on-prem only, we are audited.", {"privacy": True}),
    ("We're fine with OpenAI training on our examples.", {"vendor_finetune_ok": True}),
    ("Each customer wants summaries in their own style; we have 45 enterprise customers on it.",
     {"num_tasks": 45}),
    ("We make a booking tool for dental clinics, 85 of them, and each one wants "
     "reminders in its own tone.",
     {"num_tasks": 85}),
    ("Twenty-two regional offices each need the model to read their own forms.", {"num_tasks": 22}),
    ("Nothing has been written down as examples yet.", {"labeled_examples": 0}),
    ("We don't have any exmaples.", {"labeled_examples": 0}),
    ("We collected about 300 exemples last year.", {"labeled_examples": 300}),
    ("A freelancer who hooks up APIs for us now and then.", {"team_skill": TeamSkill.API}),
    ("We want it to answer staff q's about the handbook.", {"task_kind": TaskKind.QA_CHAT}),
    ("We need to spot scams in marketplace messages.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("The discord bot should catch hate speech in game chat.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We read delivery notes and take out: item, quantity, lot number.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Every store wants answers to buyers' sizing questions in its own voice.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("Each call gets scored 1-10 on four criteria.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("We need order number, pallet count and delivery date keyed into our WMS.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Every product name must be rendered exactly the same way in each manual.",
     {"needs_consistency": True}),
    ("Budget is $3k; we closed a $4M seed round last spring.", {"budget_usd": 3000.0}),
    ("Zero budget. I paid $1,450 for my GPU last year.", {"budget_usd": 0.0}),
    ("Budget is about six grand; our cakes start from 40 quid.", {"budget_usd": 6000.0}),
    ("Budget around $900. Average order value is $64.", {"budget_usd": 900.0}),
    ("We have 2,800 postings our staff already tagged. We also host 90 thousand live postings.",
     {"labeled_examples": 2800}),
    ("Data per customer is about 300 labeled invoices. Side note: 2.3 million "
     "invoices processed in 2024.",
     {"labeled_examples": 300}),
    ("We handle 5,000 orders a week. We move about 60,000 tonnes a year.",
     {"monthly_requests": 21500}),
    ("We process ~300k docs/mo and have a ~2k/mo budget.",
     {"monthly_requests": 300000, "monthly_budget_usd": 2000.0}),
    ("Budget ~90k incl. salaries.", {"budget_usd": 90000.0, "budget_covers_people": True}),
    ("OpenAI fine-tuning is probably ok... actually no, compliance says nothing may "
     "go into a vendor's training.",
     {"vendor_finetune_ok": False}),
    ("We tried GPT-4o; the JSON is fine-ish but each call takes 3 seconds and volume is high.",
     {"tried_prompting": True}),
]


# Sets 44 to 47 (h1071-h1170, written blind and run once on 4e94d0e), in new words: documents
# "revised continually", "amended constantly", changes "month to month", "in one month" as a
# rate, "auto-sorted to the right department", counts "that I tagged by hand", editors who
# "rejected about half", a DPO who "accepts" vendor tuning, remarks "turned into the standard
# grading fields", pasting into "a free chatbot", answering dealers, not yet tried or asked
# ("we not try the chatbot", "nobody has prompted", "no llm tried yet"), a model "running on the
# laptop", "it has to be exact", an "80-100ms" range, "one copy of it ... no duplicates", "no
# history to learn from", "rendered identically", papers at a venue and pairs that get confused
# (no data), "topped out", "labeled is 6,500 now", "no earlier reports in any usable labelled
# form", the model size after one was retired, "I was wrong"/"honestly it's", "written in one
# spreadsheet" (one container), over-flagging, "no coders", "mis-parsed", "no labelled worked
# cases", "calling a hosted model's API", Zapier and API wiring, "3s+ per call", "approved
# wording", meeting notes, "inside our own cloud because customers demand it", "samples written
# down? none", "120 of these skills", rostering, "same layout", "always in that order",
# "exactly one code", "has become the problem", a developer who "quit", "6 usable ones",
# records "where the notes and the codes match up", "hot / warm / cold", a "labelling task", an
# approved enterprise API, and tasks told only by quoted samples: labels, named values, an
# answer to a guest's question, a translation, a taxonomy path, worked steps, a rota checked
# against rules.
FORTY_FOURTH_SET_GAPS = [
    ("Our product leaflets are revised continually and some change month to month.",
     {"fresh_knowledge": True}),
    ("Dosage guidance gets amended constantly.", {"fresh_knowledge": True}),
    ("It's roughly 450 letters in one month.", {"monthly_requests": 450}),
    ("We want the enquiries auto-sorted to the right department.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("I have perhaps ninety that I tagged by hand in May.", {"labeled_examples": 90}),
    ("We tried a prompt with our guide and eight samples; editors rejected about half for tone.",
     {"tried_prompting": True}),
    ("Our DPO accepts the vendor's fine-tuning service.", {"vendor_finetune_ok": True}),
    ("I want each inspector's remarks turned into the standard grading fields in a "
     "fixed format for our database.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We tried pasting a few emails into a free chatbot and it made things up.",
     {"tried_prompting": True}),
    ("Dealers keep emailing to ask whether a part fits; we want it to answer dealers directly.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("So far we not try the chatbot yet.", {"tried_prompting": False}),
    ("I tried qwen-2 (7b) running on the laptop with a prompt.", {"hosting": Hosting.SELF_HOSTED}),
    ("Our importer reads that file, so it has to be exact.", {"needs_consistency": True}),
    ("We haven't actually asked the model to do any of this yet.", {"tried_prompting": False}),
    ("It must respond in about 60-120ms.", {"tight_latency": True}),
    ("Legal was explicit: one copy of it, serving every client, no duplicates.",
     {"shared_model": True}),
    ("We've never filed past requests that way, so there's no history to learn from.",
     {"labeled_examples": 0}),
    ("Each part name must be translated identically every time.", {"needs_consistency": True}),
    ("Per client we have around 300 labeled messages. Our research team has three papers at EMNLP.",
     {"labeled_examples": 300}),
    ("Long prompts topped out months ago.", {"tried_prompting": True}),
    ("20k orders a week. 4 of us. correction: labeled is 6,500 now.", {"labeled_examples": 6500}),
    ("We hold no earlier reports in any usable labelled form.", {"labeled_examples": 0}),
    ("We moved to a 70B model last month; we retired the 8B one.", {"model_billions": 70.0}),
    ("Examples: none. Actually I was wrong, support has 200 questions with answers "
     "written in one spreadsheet.",
     {"labeled_examples": 200}),
    ("Nobody has prompted anything yet.", {"tried_prompting": False}),
    ("We tried few-shot prompting; it flags every friendly joke as abuse.",
     {"tried_prompting": True}),
    ("Our freelancer left in March, so no coders now.", {"team_skill": TeamSkill.NONE}),
    ("We prompted a 13B model; amounts get mis-parsed in about one invoice in eight.",
     {"tried_prompting": True}),
    ("We have no labelled worked cases (a client with two jobs and a flat, say).",
     {"labeled_examples": 0}),
    ("Labeled examples we have not.", {"labeled_examples": 0}),
    ("Our two analysts are comfortable calling a hosted model's API.",
     {"team_skill": TeamSkill.API}),
    ("Tried GPT-4 with few-shot: fine, but 3s+ per call and the bill is silly.",
     {"tried_prompting": True}),
    ("It must use our approved wording, never a paraphrase.", {"needs_consistency": True}),
    ("no llm tried yet", {"tried_prompting": False}),
    ("We sell a meeting-notes product to agencies.", {"task_kind": TaskKind.GENERATION}),
    ("It all runs inside our own cloud because customers demand it.", {"privacy": True}),
    ("Samples written down? None yet.", {"labeled_examples": 0}),
    ("There are 120 of these skills, each with its own examples.", {"num_tasks": 120}),
    ("I said 40 worked examples before, but honestly it's 12 once I counted.",
     {"labeled_examples": 12}),
    ("One of us does a bit of Zapier and API wiring.", {"team_skill": TeamSkill.API}),
    ("We need help with nurse rostering across three wards.", {"task_kind": TaskKind.REASONING}),
    ("We have no labeled data, well, actually support tagged about 420 of them in June.",
     {"labeled_examples": 420}),
    ("Same layout every time, please.", {"needs_consistency": True}),
    ("The same three pairs get confused every time; we have 4,000 labeled clauses.",
     {"labeled_examples": 4000}),
    ("Always in that order: brand, size, colour.", {"needs_consistency": True}),
    ("We use a hosted model with examples in the prompt; the length of every call has "
     "become the problem.",
     {"tried_prompting": True}),
    ("It should return exactly one code and nothing else.", {"needs_consistency": True}),
    ("'my card got eaten by the ATM' -> CARD_ISSUE, 'how do I raise my limit' -> LIMITS.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("From an order line like 'Order 5512, 3x blue mugs, ship to Ghent' we want "
     "'order_id: 5512 | qty: 3 | item: blue mugs | city: Ghent'.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Guests write things like 'is breakfast included on Sunday?' and the reply "
     "should read 'Yes, breakfast is served from 7 to 11 on Sundays and is included in your rate.'",
     {"task_kind": TaskKind.QA_CHAT}),
    ("When the supplier sends 'Mantener en lugar seco, lejos del sol' we need back "
     "exactly 'Keep in a dry place away from sunlight' in our approved wording.",
     {"task_kind": TaskKind.GENERATION}),
    ("'pink floyd vinyl used' should come back as 'Music > Vinyl', 'canon 50mm lens' "
     "-> 'Cameras > Lenses'.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Input: 'Anna 20 hours, Ben no weekends, two staff each shift' Output: a full "
     "week's rota plus a line per rule showing it holds.",
     {"task_kind": TaskKind.REASONING}),
    ("Given 'x squared minus 9 = 0' we want back 'Add 9 to both sides: x^2 = 9. Take "
     "roots: x = 3 or x = -3.'",
     {"task_kind": TaskKind.REASONING}),
    ("We had a contract developer but she quit in May; nobody codes now.",
     {"team_skill": TeamSkill.NONE}),
    ("Actually scratch that, I checked. Realistically 6 usable ones.", {"labeled_examples": 6}),
    ("We've got about 900 visits where the nurse notes and the final codes match up.",
     {"labeled_examples": 900}),
    ("I tried phi-3 running on my laptop with a prompt; it drops quantities.",
     {"hosting": Hosting.SELF_HOSTED, "tried_prompting": True}),
    ("Leads from the website should be scored hot / warm / cold.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Each tenant gets its own small labelling task on one frozen model.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Security is fine with our approved enterprise API.", {"hosting": Hosting.VENDOR_API}),
]


# Sets 48 to 51 (h1171-h1270: sets 48 and 49 run once on 681f051, sets 50 and 51 on a8050c1,
# the same parser), in new words: pasted samples, config lines and prompt lines are cut out
# before the words are read (`parse.unquoted`), a team that "writes its own training code",
# "haven't really worked on the prompts", "worked answers written by our tutors: about 45",
# pages per file (no examples), "3 different ways", characters that chat with players and stay
# in character, "rejects anything that isn't exactly our layout", "forbid data leaving",
# "reads like a bank", "Need: a, b, c, d", "a vendor is out", "3-node", "the 7B is retired",
# on a phone, "the rules stack", "stalled", a Wix site (no developer), "prompting? honestly
# no", "unevenly", an AI tutor, "a third of CVs get", "includes the time of the contractor",
# "not only compute", options weighed and dropped (hiring a data scientist, hosting it
# ourselves, a parked vendor fine-tune), "only 1,900 actually have a category", a reviewer who
# keeps flagging the output (no flagging task), "excluded", "computed correctly ... several
# steps", "can wire that up", "verses our writers did", "AI to write our listings", "never
# tried putting examples in the prompt" (prompting was still tried), "house voice", "swing
# from", "refuse that their files go", "revised 3 times in 2023", "-> 7 fields", "-> strict
# JSON", tenants said with another noun ("each customer ... ~120 tenants"), "each w/ own",
# "micro-tasks", "API access to a frontier model", "no, not yet", "api-only team", "batch is
# fine", "no latency reqs", "ignoring our 4-line format", an on-prem cluster, "each its own
# schema", and "I pulled out" (no extraction).
FORTY_EIGHTH_SET_GAPS = [
    ("Our data team of three writes and runs its own training code.", {"knows_pytorch": True}),
    ("I write the fine-tuning loop myself.", {"knows_pytorch": True}),
    ("We haven't really worked on the prompts yet, just typed the question in.",
     {"tried_prompting": False}),
    ("Worked answers written by our tutors: about 45.", {"labeled_examples": 45}),
    ("We'd summarise the inspection files, usually 20 to 60 pages, into a short note. "
     "We have no example notes yet.",
     {"labeled_examples": 0}),
    ("The formats are all over, times come back 3 different ways.", {"needs_consistency": True}),
    ("We want our game characters to chat with players and stay in character.",
     {"task_kind": TaskKind.QA_CHAT, "needs_consistency": True}),
    ("Honestly I did not try properly yet.", {"tried_prompting": False}),
    ("Our billing import rejects anything that isn't exactly our column layout.",
     {"needs_consistency": True}),
    ("Our contracts forbid patient data leaving our data centre.", {"privacy": True}),
    ("We tried rewording the prompt a lot; the replies still read like a bank wrote them.",
     {"tried_prompting": True}),
    ("Our prompt is literally: 'you are a helpful support agent for Petalo, reply to "
     "the customer nicely' and we want it to draft replies to emails.",
     {"task_kind": TaskKind.GENERATION}),
    ("Need: invoice number, supplier, net amount, VAT, due date.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("A vendor is out: the contracts forbid sending their copy anywhere.",
     {"vendor_finetune_ok": False}),
    ("We host it on a 3-node GPU setup.", {"hardware": Hardware.CLUSTER}),
    ("We moved to a 32B model, the 7B is retired.", {"model_billions": 32.0}),
    ("The app must run on the phone, so the model is tiny.", {"hosting": Hosting.SELF_HOSTED}),
    ("We want the model to decide whether a patient qualifies for the scheme; the rules stack.",
     {"task_kind": TaskKind.REASONING}),
    ("Prompting with the manuals was tried; agreement with the reviewers stalled.",
     {"tried_prompting": True}),
    ("Team is me and a volunteer who does our Wix site. No developers at all.",
     {"team_skill": TeamSkill.NONE}),
    ("Sending requests to an external API from the app is fine.", {"hosting": Hosting.VENDOR_API}),
    ("Prompting? Honestly no, we went straight to planning a fine-tune.",
     {"tried_prompting": False}),
    ("Prompts with the rules have run for a year, but the rules are followed unevenly.",
     {"tried_prompting": True}),
    ("Our AI tutor role-plays job interviews with learners.", {"task_kind": TaskKind.QA_CHAT}),
    ("No devs. We glue things together with Zapier.", {"team_skill": TeamSkill.NONE}),
    ("We paste CVs into ChatGPT with the list; maybe a third of CVs get a skill that "
     "is not in our list.",
     {"tried_prompting": True}),
    ("We have $9,000 and it includes the time of the contractor.",
     {"budget_usd": 9000.0, "budget_covers_people": True}),
    ("Budget is $9,000, for people, not only compute. We have one server with two A6000 cards.",
     {"hardware": Hardware.OWN_GPU}),
    ("We once thought about hiring a data scientist, decided no. Two devs, APIs only.",
     {"team_skill": TeamSkill.API}),
    ("We looked at paying an ML freelancer so we could host a model ourselves, but "
     "the quote was absurd, so we stay with the vendor's hosted model.",
     {"hosting": Hosting.VENDOR_API}),
    ("We have 8k tickets, but only about 1,900 actually have a category from agents.",
     {"labeled_examples": 1900}),
    ("I rewrite supplier texts into our house style; the editor keeps flagging it "
     "when the tone wanders.",
     {"task_kind": TaskKind.GENERATION}),
    ("We store everything on my own machine; I looked at a vendor fine-tune but parked it.",
     {"hosting": Hosting.SELF_HOSTED}),
    ("Fine-tuning with a vendor is also excluded for the same reason.",
     {"vendor_finetune_ok": False}),
    ("It checks whether the payroll tax was computed correctly, which takes several steps.",
     {"task_kind": TaskKind.REASONING}),
    ("Our IT contractor can wire that up but knows nothing about models.",
     {"team_skill": TeamSkill.API}),
    ("We have about 250 poems our writers did, each with the notes they came from.",
     {"labeled_examples": 250}),
    ("I want AI to write our event listings, I've not used any of these chatbots myself yet.",
     {"task_kind": TaskKind.GENERATION, "tried_prompting": False}),
    ("All in one house voice; the replies swing from stiff to chummy.",
     {"needs_consistency": True}),
    ("My clients refuse that their files go to any cloud.", {"privacy": True}),
    ("We tried a short prompt; it was inconsistent. We never tried putting examples in the prompt.",
     {"tried_prompting": True}),
    ("Leave policies got revised 3 times in 2023 and will keep changing.",
     {"fresh_knowledge": True}),
    ("We considered hiring an ML engineer but shelved that. Team is 2 developers on APIs.",
     {"team_skill": TeamSkill.API}),
    ("shipment emails -> 7 fields, strict JSON.", {"task_kind": TaskKind.EXTRACTION}),
    ("Each customer has its own label set; ~80 tenants.", {"num_tasks": 80}),
    ("It has to plan the loading: which truck, how many crates fit, it is many steps to think.",
     {"task_kind": TaskKind.REASONING}),
    ("15 internal micro-tasks on one frozen 3B model.", {"num_tasks": 15}),
    ("We already have API access to a frontier model.", {"hosting": Hosting.VENDOR_API}),
    ("tried prompting? no, not yet.", {"tried_prompting": False}),
    ("We're an api-only team.", {"team_skill": TeamSkill.API}),
    ("30 resellers, each w/ own product codes, on one frozen 7B.", {"num_tasks": 30}),
    ("volume ~2M docs/month, batch is fine, no realtime needed.", {"tight_latency": False}),
    ("It keeps ignoring our 4-line format.", {"needs_consistency": True}),
    ("need contract text -> strict JSON (parties, dates, amounts).",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Everything sits on an on-prem cluster of 4 nodes.", {"hardware": Hardware.CLUSTER}),
    ("About 90 document types to pull fields from, each its own schema.", {"num_tasks": 90}),
    ("Tried a bare zero-shot prompt on a hosted frontier model.", {"hosting": Hosting.VENDOR_API}),
    ("no latency reqs.", {"tight_latency": False}),
    ("We want the villagers to chat with players between quests.", {"task_kind": TaskKind.QA_CHAT}),
    ("It includes the contractor's hours, not only compute. We own a workstation with an RTX 4090.",
     {"hardware": Hardware.OWN_GPU}),
    ("I did look at a vendor fine-tune, but parked it. The model stays on my own machine.",
     {"hosting": Hosting.SELF_HOSTED}),
    ("We have 6k tickets. Wait, 6k is everything; only about 1,400 actually have a category tag.",
     {"labeled_examples": 1400}),
    ("Our current prompt says 'You are a support agent, answer politely and briefly "
     "please' and we use it to draft replies to emails.",
     {"task_kind": TaskKind.GENERATION}),
    ("Our config line: `base: mistral-7b-instruct, adapters: none`.", {"model_billions": 7.0}),
]


# Sets 52 and 53 (h1271-h1320, written blind and run once on 5ba67cb), in new words: amounts
# said as a small sum and worked out before they are read (`numbers._worked_out`): "roughly a
# quarter of them are already tagged", "10% of our 8,000 emails", "half of our $6,000
# allowance", "three districts with twelve schools in each", "four of our editors each wrote
# 25" (people only; "40 customers, each labelled 250" stays per customer), "80 per week, for 6
# weeks", "and double that this year", "plus the same again", "can spend the same again", "we
# removed 300 duplicates, so take those off"; a part that was not marked stays uncounted ("half
# of those answers are out of date"). Also "to be spent once" (one amount, not a yearly one),
# "pairs of raw transcript and cleaned summary" (labeled), "none of whom codes", "good with
# REST APIs", analysts "who use APIs", "mapped to one of", "proof-of-income" (no reasoning),
# plain-language rewrites, an approved chat assistant licence, "asking the approved model",
# "anything fancier", a prompt "with examples inside" never tried, "a fixed four-part answer",
# "each of which needs", coding survey responses, "nobody has written training code", "eating
# our token budget", "pairs? None", "not yet any example summaries", "move basically every
# week", "stays on our box", "a GPU server that we'd serve it from", "needs the tone fixed by
# hand", and "merges sections".
FIFTY_SECOND_SET_GAPS = [
    ("We have 1,200 chats and roughly a quarter of them are already tagged with an intent.",
     {"labeled_examples": 300}),
    ("Our team labelled 10% of our 8,000 support emails last year.", {"labeled_examples": 800}),
    ("The budget is half of our $6,000 innovation allowance, spent once.", {"budget_usd": 3000.0}),
    ("We have three districts with twelve schools in each, and every school wants its own tone.",
     {"num_tasks": 36}),
    ("Four of our editors each wrote 25 model answers.", {"labeled_examples": 100}),
    ("Our reviewers label 80 per week, for 6 weeks now.", {"labeled_examples": 480}),
    ("We labelled 300 contracts last year and double that this year.", {"labeled_examples": 900}),
    ("We have 2,500 corrected receipts from finance, plus the same again from the branches.",
     {"labeled_examples": 5000}),
    ("We pay $90 a month for our CRM and can spend the same again on this.",
     {"monthly_budget_usd": 90.0}),
    ("We had 1,500 labeled tickets, but we removed 300 duplicates, so take those off.",
     {"labeled_examples": 1200}),
    ("The budget is half of our 4,000 dollar yearly training allowance, to be spent once.",
     {"budget_usd": 2000.0}),
    ("I have 900 pairs of raw transcript and cleaned summary that my editors made by hand.",
     {"labeled_examples": 900}),
    ("Three people, none of whom codes.", {"team_skill": TeamSkill.NONE}),
    ("Team is two people; one of us is good with REST APIs.", {"team_skill": TeamSkill.API}),
    ("Team: three analysts who use APIs.", {"team_skill": TeamSkill.API}),
    ("Each card payment's merchant text is mapped to one of 120 categories.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We extract six fields from proof-of-income documents.", {"task_kind": TaskKind.EXTRACTION}),
    ("Need plain-language rewrites of tenancy letters; we have the approved chat "
     "assistant licence.",
     {"task_kind": TaskKind.GENERATION, "hosting": Hosting.VENDOR_API}),
    ("I tried just asking the approved model in plain words and the totals were off. "
     "I haven't tried anything fancier.",
     {"tried_prompting": True}),
    ("We did not try yet a prompt with examples inside.", {"tried_prompting": False}),
    ("Compliance mandates a fixed four-part answer and the model breaks that structure.",
     {"needs_consistency": True}),
    ("The platform serves 12 business units (cards, loans, savings and more), each of "
     "which needs routing with its own labels.",
     {"num_tasks": 12}),
    ("We want to code open-ended survey responses, 6 separate coding tasks.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Nobody here has written training code.", {"knows_pytorch": False}),
    ("Our prompt works on quality, but it is eating our token budget alive.",
     {"tried_prompting": True}),
    ("Labelled question-answer pairs? None. Only the policy pages, a few hundred of them.",
     {"labeled_examples": 0}),
    ("We have not yet any example summaries prepared.", {"labeled_examples": 0}),
    ("Prices move basically every week.", {"fresh_knowledge": True}),
    ("Everything stays on our box.", {"hosting": Hosting.SELF_HOSTED}),
    ("A GPU server in our rack that we'd serve it from.", {"hosting": Hosting.SELF_HOSTED}),
    ("Prompting is mostly fine, but one email in four needs the tone fixed by hand.",
     {"tried_prompting": True}),
    ("We tried GPT-4o for a month; it often merges sections together.", {"tried_prompting": True}),
    ("Budget: $900 per month for GPUs, and $6,000 one-off for the build.",
     {"monthly_budget_usd": 900.0, "budget_usd": 6000.0}),
    ("The $700 is per month, not a one-off.", {"monthly_budget_usd": 700.0}),
]


# Sets 54 and 55 (h1321-h1370, written blind and run once on db8a8ca), in new words: "keep
# coming out cheesy", "none of us code", "haven't done any prompt work", "Budget, maybe 2.5k?"
# (across the comma), "one base copy for all shops", "builds on APIs", "a team of six writes
# training code" (people, not examples), "translated differently ... the same term every time",
# "won't budge", "can use APIs", voice notes "with the finished reports", GPU servers "(four of
# them)", questions turned into answers, "keeps answering too long, ignoring our limit", and a
# count of "fashion brand shops" taken one brand at a time.
FIFTY_FOURTH_SET_GAPS = [
    ("We tried prompting with the brand rules pasted in; the taglines keep coming out cheesy.",
     {"tried_prompting": True}),
    ("Four of us run the shop and none of us code.", {"team_skill": TeamSkill.NONE}),
    ("We call a hosted model, but honestly we haven't done any prompt work yet.",
     {"tried_prompting": False}),
    ("We pull 9 fields from delivery notes. Budget, maybe 2.5k?", {"budget_usd": 2500.0}),
    ("We run a 13B model on one GPU server. One base copy for all shops, no exceptions.",
     {"shared_model": True}),
    ("Nothing tried yet; our team builds on APIs, nobody does ML.", {"team_skill": TeamSkill.API}),
    ("Our data team of six writes training code in PyTorch.", {"team_skill": TeamSkill.ML}),
    ("Product names still get translated differently from page to page; buyers need "
     "the same term every time.",
     {"needs_consistency": True}),
    ("We ran a few-shot prompt for a month; it reads irony as praise and accuracy won't budge.",
     {"tried_prompting": True}),
    ("The team can use APIs, no ML.", {"team_skill": TeamSkill.API}),
    ("We've got about nine hundred voice notes with the finished reports.",
     {"labeled_examples": 900}),
    ("We host an 8B model on our own GPU servers (four of them).", {"hardware": Hardware.CLUSTER}),
    ("We want to turn tenants' WhatsApp questions into short answers.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("We ran a prompt for weeks and it keeps answering too long, ignoring our 300-character limit.",
     {"tried_prompting": True}),
    ("We serve 30 fashion brand shops. Each brand wants copy in its own voice.", {"num_tasks": 30}),
]


# Sets 56 and 57 (h1371-h1420, written blind and run once on b277737), in new words: "no data
# leaves the plant" (privacy, not zero examples), "total 11 jobs", "put each into one of seven
# reasons", "keeps swapping", styles that "bleed", "lines of dialogue" (examples), "stay on
# site", "propose a valid schedule", "however we reword it" (prompting), one basic prompt (not
# one example), "a hard ceiling of 120 ms", a contractor or engineer the budget must cover (not
# on the team), taglines where "no two batches should feel alike", "too long per call", and
# lawyers who "said no to" a vendor's fine-tuning.
FIFTY_SIXTH_SET_GAPS = [
    ("Company rule: no data leaves the plant. We have 700 labeled reports.",
     {"labeled_examples": 700, "privacy": True}),
    ("Each team has its own job: tagging, summaries, extraction. Total 11 jobs on one "
     "frozen model.",
     {"num_tasks": 11}),
    ("Read the courier notes and put each into one of seven reasons.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We tried prompting a small local model; it keeps swapping 'late' and 'lost'.",
     {"tried_prompting": True}),
    ("We tried one prompt per client; the client styles bleed into each other.",
     {"tried_prompting": True}),
    ("We have about 4000 lines of dialogue from our last two games.", {"labeled_examples": 4000}),
    ("Patient records stay on site.", {"privacy": True}),
    ("We want it to plan delivery schedules and propose a valid schedule for each depot.",
     {"task_kind": TaskKind.REASONING}),
    ("it's stuck around 70% however we reword it", {"tried_prompting": True}),
    ("We only tried one basic prompt; we have 45 good examples per client.",
     {"labeled_examples": 45}),
    ("It must run inside checkout with a hard ceiling of 120 ms per call.",
     {"tight_latency": True}),
    ("The budget has to cover any contractor or engineer we bring in. None of us are engineers.",
     {"team_skill": TeamSkill.NONE}),
    ("We want it to pitch bold taglines; no two batches should feel alike.",
     {"task_kind": TaskKind.GENERATION, "needs_consistency": False}),
    ("Prompts tried, too long per call.", {"tried_prompting": True}),
    ("Our lawyers said no to uploading records to any vendor's fine-tuning service.",
     {"vendor_finetune_ok": False}),
]

# Sets 58 to 61: counts that are variety ('no two alike'), per-client styles, test runs on sample
# documents, subsets said of what they count, counts explained again, money put toward it, zero
# said as 'literally nothing', format said as 'exactly as', a team's way and its conventions, a
# hosted tool, data that may not leave a cloud account, and variety wanted.
FIFTY_EIGHTH_SET_GAPS = [
    ("We want quiz questions that surprise, no two quizzes alike. No data at all yet.",
     {"labeled_examples": 0}),
    ("We handle 12 customer-specific writing styles on one frozen model.", {"num_tasks": 12}),
    ("Amounts have to come out exactly as 1.234,56 because the ledger parses them.",
     {"needs_consistency": True}),
    ("Budget: maybe 1k. Actually no, the board says we can put 3k one-off toward it.",
     {"budget_usd": 3000.0}),
    ("We did test Claude on 40 public sample tenders. We have 900 tenders our bid team "
     "annotated.",
     {"labeled_examples": 900}),
    ("About 60 already tagged by hand in a spreadsheet.", {"labeled_examples": 60}),
    ("We spent weeks prompting Gemini and it gets close, but sections get swapped in some "
     "reports.",
     {"tried_prompting": True}),
    ("Budget - there isn't any, literally nothing.", {"budget_usd": 0.0}),
    ("We cannot pay a single thing: not a cent for this.", {"budget_usd": 0.0}),
    ("We need 2,500 shipping labels and menu items translated into Polish.", {}),
    ("Scratch that: the lawyers say recordings can't leave our own data centre.",
     {"hosting": Hosting.SELF_HOSTED}),
    ("Release notes written our company's way: version first, then fixes, then known issues.",
     {"needs_consistency": True}),
    ("We tried a local model and it keeps breaking the naming conventions.",
     {"tried_prompting": True}),
    ("Our tutors have marked up about 180 lab reports like that.", {"labeled_examples": 180}),
    ("Our pharmacists have produced about 700 patient-friendly versions next to the leaflets.",
     {"labeled_examples": 700}),
    ("No, we don't have labeled question-answer pairs. We have about 90 manual pages.",
     {"labeled_examples": 0}),
    ("The 900 is how many invoices exist; the ones our clerk actually coded are more like 70.",
     {"labeled_examples": 70}),
    ("We export 3,000 emails a month, and only 250 of those carry a team label from a "
     "supervisor.",
     {"labeled_examples": 250}),
    ("I've done 45 by hand, each with the right fields typed in.", {"labeled_examples": 45}),
    ("There are no past summaries we could use as examples.", {"labeled_examples": 0}),
    ("We have no saved answers from before.", {"labeled_examples": 0}),
    ("Nobody on staff codes; we'd pick a hosted tool.",
     {"hosting": Hosting.VENDOR_API, "team_skill": TeamSkill.NONE}),
    ("Our biggest customer insists none of their files leaves our own AWS account.",
     {"privacy": True}),
    ("I don't want every caption to sound the same.", {"needs_consistency": False}),
    ("The cards should not all read the same; each card should feel different.",
     {"needs_consistency": False}),
    ("I haven't tried any of those tools yet.", {"tried_prompting": False}),
    ("The group owns 12 hotel brands with 800 hotels, and one frozen copy must serve all 12 "
     "brands.",
     {"num_tasks": 12}),
]

# Sets 60 and 61: failures said as misreads and refused imports, a broken schema as format, a
# board that accepts sending data to a vendor for tuning, a dollar a day, and no coding said as
# knowing nothing of computers.
SIXTIETH_SET_GAPS = [
    ("We tried a prompted Mistral locally: it misreads the lot number in about one case in "
     "eight.",
     {"tried_prompting": True}),
    ("Nobody on the team knows much about coding.", {"team_skill": TeamSkill.NONE}),
    ("We know nothing about computers beyond email.", {"team_skill": TeamSkill.NONE}),
    ("We tried GPT-4o with a careful prompt, but the output is often invalid and our ERP "
     "refuses the upload.",
     {"tried_prompting": True}),
    ("The schema is sometimes broken, so the rows never load.", {"needs_consistency": True}),
    ("Our board accepts sending the records to Anthropic for tuning.",
     {"vendor_finetune_ok": True}),
    ("I can spend a buck a day on this.", {"monthly_budget_usd": 30.0}),
]

# Sets 62 to 67: the output said in more ways (one word back, get a rota back, need out:, from
# each email we want:, writes back a short advice, pass or fail per line, a strict schema, from
# our list: a, b, or c), values keyed in or taken out of documents, closed sets (sorted so the
# right team sees it, which of our funds it fits, -> 7 reasons), a chat window or widget as the
# surface only; counts explained again at a sentence's start, 'every few hundred docs', the typed
# subset 'next to the email: about 50', pairs 'where we have both', 'one IT volunteer';
# 'Examples, no.', no done translations, nothing labeled; shortfalls (broke, rewritten the prompt
# twenty times, still reads X as Y, off-voice, kills our throughput, change between runs, kept
# paraphrasing, crashes, the problem is cost); variety and format wanted in other words; no
# coding said as never a line of code; estimates, quotes and endowments are no budget; privacy
# said as data that stays in a country.
SIXTY_SECOND_SET_GAPS = [
    ("Tenants text the office. For each text I want one word back: repair, rent, noise or "
     "other.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Give it the drivers' hours and the rules and get a shift roster back.",
     {"task_kind": TaskKind.REASONING}),
    ("i need out: tracking number, carrier, weight in kg.", {"task_kind": TaskKind.EXTRACTION}),
    ("Want from each booking email: guest name, nights, room type, arrival day.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("from each invoice we need: supplier, total, due date, vat number.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("A patient types her symptom in Swahili and our nurse writes back a short advice.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("Each essay should come back with the weakest skill, from our list: grammar, structure, "
     "argument, or style.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Put the call in and get back, for each line of the checklist, pass or fail, in one JSON "
     "object.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Users paste listings and I need back a strict schema: title, price, size, colour.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Twice a day we must take out of them the order id, sku, quantity and address.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Every night we key in supplier, pallet count, weight and seal number.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We need the moisture, nitrogen, phosphorus and potassium in exact JSON.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Members email us all week; I want them sorted so the right team sees each one.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Someone reads each proposal and decides which of our 6 funds it fits.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Support tickets -> 7 reasons (billing, login, bug, other).",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We want to tag support chats as bug / question / praise; we tried it once in a chat "
     "window.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("40 shops use our chat widget and each has its own list of topics for routing messages.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("I'd like an assistant that reads our brief and writes the press release in our voice.",
     {"task_kind": TaskKind.GENERATION}),
    ("We have about 30 cases where both the scan and the typed form sit next to each other.",
     {"labeled_examples": 30}),
    ("The 2,000 is just how many calls we logged. The ones where someone actually typed the "
     "outcome next to the call: about 90.",
     {"labeled_examples": 90}),
    ("Every few hundred rows the CSV comes back broken. We have 1,500 labeled rows.",
     {"labeled_examples": 1500}),
    ("Our records office has about 400 hearings where we have both the recording and the "
     "written summary.",
     {"labeled_examples": 400}),
    ("We have one IT volunteer who can wire things up to an API; nobody knows machine "
     "learning.",
     {"team_skill": TeamSkill.API}),
    ("Labeled data? None. Nobody kept the old letters.", {"labeled_examples": 0}),
    ("Examples, no.", {"labeled_examples": 0}),
    ("We have no written question-and-answer pairs, only the handbook.", {"labeled_examples": 0}),
    ("We have no summaries done before, nothing at all.", {"labeled_examples": 0}),
    ("I wrote descriptions by hand for maybe forty products; they sit next to the photos.",
     {"labeled_examples": 40}),
    ("There's a CRM export with five thousand old emails, but nobody ever marked which were "
     "leads, so nothing is labeled.",
     {"labeled_examples": 0}),
    ("We checked about 35 claims by hand. In the busy month we receive 2,000 claims.",
     {"labeled_examples": 35, "monthly_requests": 2000}),
    ("Each editor has roughly two hundred of their own approved headlines.",
     {"labeled_examples": 200}),
    ("The vendor quote came back at $3,100 a month; our budget is $500 a month.",
     {"monthly_budget_usd": 500.0}),
    ("Our endowment is $4 million; our budget for this tool is $30 a week.",
     {"monthly_budget_usd": 129.0}),
    ("It broke the delivery windows a lot when we pasted the list into ChatGPT.",
     {"tried_prompting": True}),
    ("We've rewritten the system prompt maybe twenty times.", {"tried_prompting": True}),
    ("We prompted a small local model; it still reads most complaints as praise.",
     {"tried_prompting": True}),
    ("We've prompted Claude with the brand book for weeks; half the posts are usable, the rest"
     " go off-voice.",
     {"tried_prompting": True}),
    ("Few-shot prompting works, but the long prompts kill our throughput.",
     {"tried_prompting": True}),
    ("We tried GPT-4o with the rubric; grades change between runs and disagree with our "
     "markers.",
     {"tried_prompting": True}),
    ("We tried Gemini with our style sheet and it kept paraphrasing the legal lines.",
     {"tried_prompting": True}),
    ("We tried prompting for months; the units change and the importer crashes.",
     {"tried_prompting": True}),
    ("We use a hosted model with a long prompt. Quality is fine; the problem is cost.",
     {"tried_prompting": True}),
    ("We haven't done anything special with the prompt, only the question itself.", {}),
    ("We did not try captions yet.", {"tried_prompting": False}),
    ("I'd rather they all read a bit different.", {"needs_consistency": False}),
    ("No two of our postcards are ever alike, and that is the point.",
     {"needs_consistency": False}),
    ("Readers hate when it sounds the same; every week should be different.",
     {"needs_consistency": False}),
    ("Each villager should sound like nobody else; variety is the whole point.",
     {"needs_consistency": False}),
    ("Every mascot has a fixed voice and must never break it.", {"needs_consistency": True}),
    ("Product names must always be translated with the exact approved term.",
     {"needs_consistency": True}),
    ("After a few turns it drifts out of our tone.", {"needs_consistency": True}),
    ("Answers always have the same 4 parts: cause, fix, cost, next step.",
     {"needs_consistency": True}),
    ("We need it in the exact layout the ministry wants.", {"needs_consistency": True}),
    ("The portal rejects any report that is off-format.", {"needs_consistency": True}),
    ("Neither of us has ever written a line of code.", {"team_skill": TeamSkill.NONE}),
    ("Nobody at the farm is good with computers.", {"team_skill": TeamSkill.NONE}),
    ("I can write a bit of Python against an API.", {"team_skill": TeamSkill.API}),
    ("I can use ChatGPT, that's about it for tech.", {"team_skill": TeamSkill.NONE}),
    ("Our agency platform drafts replies in each broker's own style; 300 brokers are on it.",
     {"task_kind": TaskKind.GENERATION}),
    ("All 20 must run on one frozen 13B model; the group also has 900 branches.",
     {"num_tasks": 20}),
    ("By policy nothing goes to a commercial API.", {"privacy": True}),
    ("Client data stays in Norway under our contracts.", {"privacy": True}),
]

# Blind sets 68-75 (h1671-h1870): what was tried says how much room prompting has left, a prompt
# that already works or one first draft that nobody refined, and more ways to tell a shortfall, a
# no, variety wanted and sameness required. New words, not the sets' sentences.
SEVENTIETH_SET_GAPS = [
    ("We ask Claude to draft the weekly digest and honestly it works; the editors barely touch"
     " it.",
     {"prompt_works": True, "tried_prompting": False}),
    ("Our prompt on the hosted model has been rock solid for six months.", {"prompt_works": True}),
    ("The GPT prompt we wrote does the job and support trusts its output.", {"prompt_works": True}),
    ("We run a prompt through the API; the team is happy with the summaries.",
     {"prompt_works": True}),
    ("A Gemini prompt tags our leads. It nailed it from day one, zero complaints so far.",
     {"prompt_works": True}),
    ("Our intern wrote a quick prompt for ChatGPT in an hour and it gets about 70% right.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("We tried a single prompt once, it mixed up two of the labels, and nobody has touched the"
     " prompt since.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("I asked GPT once with a plain question and the answer was wrong.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("We tested the model once as a quick test; the tone was off.", {"prompt_refined": False}),
    ("We have iterated on the prompt for eight months and it is stuck at 80%.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("Months of prompt tweaking with Claude and the grades still vary.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("Prompting Llama trails our old classifier by about 6 points.", {"tried_prompting": True}),
    ("We prompted GPT-4o and it answers neutral for nearly everything.", {"tried_prompting": True}),
    ("With our brand notes in the prompt the register wobbles from email to email.",
     {"tried_prompting": True}),
    ("Our ChatGPT setup was fine until the tariff changed; now it cites outdated fees.",
     {"tried_prompting": True}),
    ("We prompted Claude for the report and sections get merged now and then.",
     {"tried_prompting": True}),
    ("We asked GPT for the codes with a long instruction, and we need far better than that.",
     {"tried_prompting": True}),
    ("The few-shot prompt we run is about 9k tokens and p95 sits at 5 s.",
     {"tried_prompting": True}),
    ("The voice goes missing after the first few replies from our Claude prompt.",
     {"tried_prompting": True}),
    ("We prompted Mistral. Instructions, examples, reasoning, everything. The scores are flat.",
     {"tried_prompting": True}),
    ("We pasted the forms into ChatGPT and the dates come out in different formats.",
     {"tried_prompting": True}),
    ("Our editor still rewrites half of what the GPT prompt writes.", {"tried_prompting": True}),
    ("We haven't given ChatGPT a try yet.", {"tried_prompting": False}),
    ("honestly i havent touched any AI tools yet", {"tried_prompting": False}),
    ("Product descriptions for our shop. Nothing is built yet.", {"tried_prompting": False}),
    ("Each newsletter should come out a bit different every week.", {"needs_consistency": False}),
    ("The more varied the slogans, the better.", {"needs_consistency": False}),
    ("It's fine if every greeting is different.", {"needs_consistency": False}),
    ("The replies needn't be word for word the same.", {"needs_consistency": False}),
    ("No two quests the same, please.", {"needs_consistency": False}),
    ("If the bot tells the same joke twice, people leave.", {"needs_consistency": False}),
    ("Jokes can change from show to show, different is the whole point.",
     {"needs_consistency": False}),
    ("Product blurbs can vary, we just need the facts right.", {"needs_consistency": False}),
    ("We want every scene to feel different.", {"needs_consistency": False}),
    ("All five branches use the same invoice template.", {"needs_consistency": True}),
    ("Part numbers have to stay identical across every manual.", {"needs_consistency": True}),
    ("Each product line has a prescribed template for its reports.", {"needs_consistency": True}),
    ("The result goes out in a fixed semicolon-separated form.", {"needs_consistency": True}),
    ("The sections are always in exactly this order: summary, risks, actions.",
     {"needs_consistency": True}),
    ("Nothing is allowed to leave the building, that's the rule for client files.",
     {"privacy": True}),
    ("Claims data may not go to a US provider, and not for training either.",
     {"vendor_finetune_ok": False}),
    ("The four of us run the shop; none of us are techy.", {"team_skill": TeamSkill.NONE}),
    ("Variety is key: guests should never hear the same welcome.", {"needs_consistency": False}),
    ("No tagged answers at all, only the staff manual, about 90 pages.", {"labeled_examples": 0}),
    ("We have about 350 product pages to do and no examples.", {"labeled_examples": 0}),
    ("We keep 1,500 graded essays. We tried Gemini with 4 of them pasted in; the grades "
     "wander.",
     {"labeled_examples": 1500, "tried_prompting": True}),
    ("We have 40 tagged emails pasted into a sheet.", {"labeled_examples": 40}),
    ("We tested Claude with a short prompt: answers fine, 1.2 s, and the bill is silly.",
     {"tried_prompting": True}),
    ("Moderation must happen before a post shows, under 150 ms. We tried a hosted model: "
     "900ms.",
     {"tight_latency": True}),
    ("Using a provider's fine-tuning service is fine with our lawyers.",
     {"vendor_finetune_ok": True}),
    ("We have some 900 labeled calls. Wait, scratch that: 450 distinct ones, the rest are "
     "copies.",
     {"labeled_examples": 450}),
    ("Each application gets put in a band from A to E by the panel.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Each lead is placed into one of 4 tiers by sales.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("We have 1,500 tagged invoices per customer and want one model rather than 40.",
     {"labeled_examples": 1500}),
    ("Under our contracts none of it may leave the hospital network.", {"privacy": True}),
    ("We don't have a labeled set yet, only raw call notes.", {"labeled_examples": 0}),
    ("We have no gold corpus at all.", {"labeled_examples": 0}),
    ("We hold 900 coded letters, sorry, correcting that: 600 coded, the other 300 are blank.",
     {"labeled_examples": 600}),
    ("About 2,000 call logs, but nobody turned them into labeled pairs, so zero of those.",
     {"labeled_examples": 0}),
    ("Nothing may leave our basement cluster of four GPU servers.",
     {"hardware": Hardware.CLUSTER, "privacy": True}),
    ("labeled data?? not sure what that means, so i guess none", {"labeled_examples": 0}),
    ("Coders graded 2,400 claims. Claude with the guide and a few graded claims keeps mixing "
     "up two codes.",
     {"labeled_examples": 2400}),
    ("The files are regulated, nothing goes to outside providers.", {"vendor_finetune_ok": False}),
    ("Nothing may touch an external cloud.", {"privacy": True}),
    ("We have 5,000 tagged rows. The prompt works: it carries 15 worked examples, and those 15"
     " examples go out with every call.",
     {"labeled_examples": 5000}),
    ("Our prompt is long. It includes 8 examples. We have 2,000 labeled rows.",
     {"labeled_examples": 2000}),
    ("It includes 300 labeled examples from our team.", {"labeled_examples": 300}),
    ("We have a GPT prompt that works well; the team trusts it.",
     {"prompt_works": True, "tried_prompting": False}),
    ("Our prompt with GPT-4o does well on short tickets. Long ones fail.",
     {"tried_prompting": True}),
]

# Set 79's misses (numbers beside distractors): cents are hundredths of a dollar and a price per
# item is no budget; money said with what it pays for ('$6k per month for inference') is a budget
# beside prices charged; a period after a long noun phrase; the question said back with more
# words; privacy as a policy, a refusal ('rule out sending data') or proprietary data; prompting
# under its target or complained about.
SET_79_GAPS = [
    ("One-off budget $300, and running cost must stay under 1 cent per email.",
     {"budget_usd": 300.0}),
    ("Budget is $2,000 once; each call may cost at most 3 cents per request.",
     {"budget_usd": 2000.0}),
    ("We can put $5k into it. Today a human costs us $0.40 per ticket.", {"budget_usd": 5000.0}),
    ("We charge the shops 0.3 cents per query, so inference has to be cheap: $6k per month for"
     " inference, $15k one-off for the build.",
     {"budget_usd": 15000.0, "monthly_budget_usd": 6000.0}),
    ("we process something like 400k bills of lading and customs forms every month",
     {"monthly_requests": 400000}),
    ("we answer about 2,000 support tickets from customers every single day",
     {"monthly_requests": 60000}),
    ("Examples with the correct answers? Maybe fifteen, that Priya did last month.",
     {"labeled_examples": 15}),
    ("Regulation and our board rule out sending data to external providers.", {"privacy": True}),
    ("Base: 13B open-weights model, self-hosted only, data is proprietary.", {"privacy": True}),
    ("Security policy: everything runs on our own GPU cluster.", {"privacy": True}),
    ("Prompted baseline: ROUGE-L 0.41 vs 0.55 target after two months of prompt work.",
     {"tried_prompting": True}),
    ("Our prompt gets 71% against a 90% goal.", {"tried_prompting": True}),
    ("Prompting with three example ads per client was tried in Q1. Clients said about a third "
     "of the outputs didn't sound like them.",
     {"tried_prompting": True, "needs_consistency": True}),
    ("We've been iterating on the system prompt for four months, at least 30 versions, and "
     "it's not getting better.",
     {"tried_prompting": True}),
    ("variety is literally the point, if two guards say the same line players notice",
     {"needs_consistency": False}),
    ("25k titles hand-categorised by our ops team, plus millions unlabeled.",
     {"labeled_examples": 25000}),
    ("Labeled: 25k query->category pairs our merch team verified; raw query logs are ~300M "
     "rows, unlabeled.",
     {"labeled_examples": 25000}),
    ("He earmarked $10,000 out of our $1.2M seed for it.", {"budget_usd": 10000.0}),
    ("The owner approved 2000 dollars; our clinics make around 90k dollars revenue per month.",
     {"budget_usd": 2000.0}),
    ("we have 5,000 tickets but none of them are labeled", {"labeled_examples": 0}),
    ("There are maybe 40 thousand old emails but nobody tagged them, only 120 that one "
     "receptionist marked last month.",
     {"labeled_examples": 120}),
    ("We have 3,200 documents where we kept the text and what the clerk keyed. The archive "
     "holds another ~400k docs nobody keyed in.",
     {"labeled_examples": 3200}),
    ("Each task has around 600 labeled reports. We have hundreds of thousands of unreviewed "
     "reports as well.",
     {"labeled_examples": 600}),
    ("Each task has between 500 and 900 labeled examples, so at least 500 each.",
     {"labeled_examples": 500}),
    ("My team is 2 HR generalists who answer these by hand. We have no collection of "
     "question/answer pairs.",
     {"labeled_examples": 0}),
    ("with a prompt I iterated on for a few weeks, checked against 200 summaries our HR "
     "partners wrote. Reviewers rate 94% of the model's summaries as good as the human ones, "
     "above the 90% we set as the bar.",
     {"prompt_works": True, "tried_prompting": False}),
    ("Wait, I asked Giulia about the 5,000: they are just the emails, nobody marked which "
     "department. She marked only 40 of them as a test last week.",
     {"labeled_examples": 40}),
    ("~2,000 service calls a month come in as voicemails. Office manager has marked about 500 "
     "of the old ones.",
     {"monthly_requests": 2000, "labeled_examples": 500}),
    ("Want each one flagged emergency / same week / can wait so dispatch knows what to do "
     "first.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("team is me + 2 react/node guys, no ml people.", {"team_skill": TeamSkill.API}),
    ("My nephew makes our website and he said he can connect some AI service by API.",
     {"team_skill": TeamSkill.API}),
    ("honestly I like it when each one feels different from the last.",
     {"needs_consistency": False}),
    ("The tool rewrites them into the formal style the office needs, with the fixed opening "
     "and closing phrases.",
     {"needs_consistency": True}),
    ("Our legal team says player chat logs stay in Korea, on our own machines.", {"privacy": True}),
    ("Client letters never leave our data centres; uploading them to an American provider to "
     "train something there is out of the question.",
     {"privacy": True, "vendor_finetune_ok": False}),
    ("For four months we've used ChatGPT with a prompt my ops manager wrote. Honestly the "
     "agents love it, they barely edit anything.",
     {"prompt_works": True, "tried_prompting": False}),
    ("All of it must run on premises on our own GPU cluster.", {"privacy": True}),
    ("Every answer must follow our approved template (greeting, protocol number, legal footer)"
     " exactly, the order also.",
     {"needs_consistency": True}),
    ("I wrote one zero-shot prompt on a Friday afternoon, got 80% on the 700, and leadership "
     "wants 92%+.",
     {"tried_prompting": True}),
    ("We did not try any bot before. Customer data going to the cloud provider is no problem.",
     {"tried_prompting": False, "privacy": False}),
    ("Budget for the prototype phase is $25,000, but most of that is meant for a contract "
     "engineer.",
     {"budget_usd": 25000.0, "budget_covers_people": True}),
    ("I give the email, the system gives me back a small JSON with quantity in bags, grade, "
     "destination port and shipping month.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("In goes a free-text report; out should come the findings, the side and the category, as "
     "fields for our registry.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("In: complaint email from a buyer. Out: one word from five: late, damaged, wrong-size, "
     "wrong-colour, other.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Different wording each week is fine, even nice.", {"needs_consistency": False}),
    ("around 3000 old messages but nobody wrote the answers down properly",
     {"labeled_examples": 0}),
    ("We wrote a GPT-4o prompt with definitions and five examples; on 300 labeled emails we "
     "held back it gets 96%; our target was 95%.",
     {"prompt_works": True, "tried_prompting": False}),
    ("We tried a prompt with five examples; on our test emails it gets 81%; our target was "
     "95%.",
     {"tried_prompting": True}),
    ("I can paste things into ChatGPT, that's the extent of my tech.",
     {"team_skill": TeamSkill.NONE}),
    ("The certification covers those exact weights. What we may change is the input. We have "
     "nine tasks queued.",
     {"shared_model": True}),
    ("We have about 800 emails already filled in by adjusters. Wait, sorry, I checked: 800 is "
     "everything they touched, but only around 300 were filled in completely and correctly.",
     {"labeled_examples": 300}),
    ("Patients send messages and we want to know to which desk it goes: appointments, lab "
     "results, billing, or urgent medical.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("From each email we need the policy number, the date and place of the accident, and "
     "whether anyone was injured.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We don't have any sample dialogue written yet, our writer is busy.", {"labeled_examples": 0}),
    ("It would run through a cloud API, the profiles aren't secret.",
     {"hosting": Hosting.VENDOR_API}),
    ("Our contracts say tickets stay in our own AWS account.", {"privacy": True}),
    ("PHI cannot leave our environment. That rules out public APIs and any vendor fine-tuning "
     "service.",
     {"vendor_finetune_ok": False}),
    ("openai api is fine, nothing secret. their fine tuning is also ok if it's cheap.",
     {"vendor_finetune_ok": True}),
]

# Blind sets 80 and 81: counts in dozens; the labeled part of an archive said as what it carries;
# a count corrected after a check; a farm's seed is no funding round; 'can pay up to' is a
# budget; a model's size in words; a prompt already fine, or scoring in the high nineties.
SET_81_GAPS = [
    ("We have only about two dozen messages that someone tagged properly.",
     {"labeled_examples": 24}),
    ("our agents tagged 3 dozen chats last week", {"labeled_examples": 36}),
    ("The archive holds about half a million reports, but only around 6,500 carry a severity "
     "an inspector actually assigned.",
     {"labeled_examples": 6500}),
    ("agents tagged like 5k chats last year. actually my colleague just checked, it's 3,400 "
     "usable ones, the rest had no tag.",
     {"labeled_examples": 3400}),
    ("We labeled around 900 invoices. I recounted and there are 750.", {"labeled_examples": 750}),
    ("we sort SMS about pests, fertilizer, seed, loans and milk collection, and we can pay up "
     "to $150 per month, not more.",
     {"monthly_budget_usd": 150.0}),
    ("We closed a $2M seed round, and we can pay up to $400 a month for this.",
     {"monthly_budget_usd": 400.0}),
    ("I read about prompt tuning, is it good for a 1.5 billion model?", {"model_billions": 1.5}),
    ("we run a 7 billion parameter model on our own box", {"model_billions": 7.0}),
    ("been testing gpt-4o with a prompt + 3 of those examples and honestly it's fine, "
     "customers can't tell.",
     {"prompt_works": True}),
    ("A hosted model with a carefully iterated prompt plus 3 examples: on our 250 hand-checked"
     " documents it scores 98% field-level.",
     {"prompt_works": True}),
    ("We haven't tried any LLM yet; we'd use a hosted one.", {"hosting": Hosting.VENDOR_API}),
    ("It finds the fields, but the date and IBAN formats drift and sometimes it invents a "
     "field.",
     {"needs_consistency": True}),
    ("We need exactly ISO dates and clean IBANs every time.", {"needs_consistency": True}),
    ("The model should work out the next step of an algebra problem and give the student a "
     "nudge.",
     {"task_kind": TaskKind.REASONING}),
    ("We want incident reports graded on our severity scale, 1 to 5.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("we need product descriptions for new skus. my investor keeps asking why we're not fine-"
     "tuning.",
     {"task_kind": TaskKind.GENERATION}),
    ("customers can't tell, and we like that each one reads a bit different.",
     {"needs_consistency": False}),
    ("It doesnt matter if reports sound different each time, even better, more lively.",
     {"needs_consistency": False}),
    ("we're a fashion label, team of 5, i'm the only one who can hit an api lol.",
     {"team_skill": TeamSkill.API}),
    ("I tried prompts with a free chatbot but it doesn't keep the template.",
     {"needs_consistency": True}),
    ("I want a model to write replies to supplier emails, with our exact company template.",
     {"needs_consistency": True}),
    ("tried gpt w/ long prompt, 6 examples. text ok but not our house tone",
     {"needs_consistency": True}),
    ("tried prompting w/ each site's template + 3 examples, it drifts off template on long "
     "shifts",
     {"needs_consistency": True}),
    ("We already serve 14 detection tasks off one frozen base via soft prompts. Adding #15: "
     "phishing triage.",
     {"num_tasks": 15}),
    ("we want the model sort every SMS to the correct officer among these 5 categories",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("want to sort incoming emails from ship masters / owners into: berthing, crew change, "
     "provisions, other",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("want AI to decide condition grade for each item from staff notes: S, A, B, C, junk",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("I want the AI to plan each week which parcels to spray, mow or harvest first, so it is "
     "planning with many constraints together.",
     {"task_kind": TaskKind.REASONING}),
    ("Budget is around $20k for the first year, and this includes paying the supplier who "
     "builds it.",
     {"budget_covers_people": True}),
    ("zero $ for cloud or APIs, and farmers dont want their data in cloud anyway.",
     {"privacy": True}),
    ("sites contractually forbid logs going to outside AI vendors, so no openai etc.",
     {"privacy": True, "vendor_finetune_ok": False}),
    ("Nobody from IT, I am a plumber.", {"team_skill": TeamSkill.NONE}),
    ("No question and answer examples are prepared.", {"labeled_examples": 0}),
]

# Blind sets 82-85: a score with its target in the next sentence; one line of listed values from
# each item; rewrites of the prompt are no task; a chain's rate from its shops; no messages
# sorted, nobody has written those, no example outputs.
SET_85_GAPS = [
    ("Our PM wrote a prompt for Gemini, and it catches 93% of spoilers with very few wrong "
     "hides. Our goal was 90%.",
     {"prompt_works": True}),
    ("from each transcript I need one line for our landing register: species, estimated weight"
     " in kilos, fishing zone code and gear type",
     {"task_kind": TaskKind.EXTRACTION}),
    ("The prompt has been through about five rewrites. From each transcript we need the "
     "species, weight, zone code and gear type.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("one line in exactly our CSV column order, because the register software rejects anything"
     " else.",
     {"needs_consistency": True}),
    ("There are 120 stores, one note per store each day.", {"monthly_requests": 3600}),
    ("We have 40 clinics, 25 calls per clinic a day.", {"monthly_requests": 30000}),
    ("we havent tried any AI thing yet and we don't have old messages sorted or anything.",
     {"labeled_examples": 0}),
    ("Examples of good bullet points? No, nobody has ever written those.", {"labeled_examples": 0}),
    ("out should come show notes: a short summary, five chapter titles with timestamps. we "
     "have no good example show notes at all.",
     {"labeled_examples": 0}),
    ("A firm uploads a contract, and for every clause the firm wants back one of its own "
     "internal tags. Each client firm handed us roughly 600 clauses already tagged. We have 40"
     " client firms now and I do not want 40 copies of a 70B model running; one base model has"
     " to serve them all.",
     {"labeled_examples": 600, "num_tasks": 40}),
    ("Each publisher gave us edited before/after paragraphs, about 500 on average.",
     {"labeled_examples": 500}),
    ("We have three thousand past claims with the code the senior assessor finally put.",
     {"labeled_examples": 3000}),
    ("I need, from each note, any other income the borrower mentions: the source, the amount "
     "and how often.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("from each one we need the diagnoses, the medications with doses and the follow-up date, "
     "as separate fields for our records system.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("I want the order number, delivery date and quantity dropped into our spreadsheet "
     "automatically.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We prompted it carefully: few-shot, strict schema. 81% of fields correct, and a month of"
     " tweaking hasn't moved it.",
     {"tried_prompting": True}),
    ("I pasted yesterday's list into ChatGPT once; the plan looked nice but two stops were "
     "outside their window.",
     {"tried_prompting": True}),
    ("A 3B open model prompted with examples writes fluent text but keeps the hard words and "
     "sometimes changes facts.",
     {"tried_prompting": True}),
    ("tenants type a question like 'can my landlord raise the rent?' and get a plain-English "
     "answer based on the law. No question-and-answer examples written yet.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("I'm not a programmer beyond gluing APIs together.", {"team_skill": TeamSkill.API}),
    ("Approved lines: twelve thousand, written by our scenario team over three games.",
     {"labeled_examples": 12000}),
    ("A teacher's rubric decides which of six bands, 0 to 5, each answer falls in. We want the"
     " model to put each answer in its band.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We run a 46-billion-parameter open model; we cannot keep 150 copies of it for our 150 "
     "publishers.",
     {"model_billions": 46.0}),
    ("Earlier I said we have a developer. Correction: he left last month. It's me and a "
     "recruiter now, nobody technical.",
     {"team_skill": TeamSkill.NONE}),
    ("Every plan is different and this is fine, we don't want all the same.",
     {"needs_consistency": False}),
    ("no separate budget, runs on our existing azure openai contract",
     {"hosting": Hosting.VENDOR_API}),
    ("The writers have assembled around 150 lines they love, as style references.",
     {"labeled_examples": 150}),
    ("Our prompt hits 96% on a 120-document holdout the ops team labelled, against a target of"
     " 95%.",
     {"labeled_examples": 120, "prompt_works": True}),
    ("no gpu. api only", {"hosting": Hosting.VENDOR_API, "hardware": Hardware.NONE}),
    ("Last week I tried one zero-shot prompt in our Azure OpenAI tenant and it got 28 of the "
     "40 right.",
     {"tried_prompting": True}),
    ("we self-host because partner data-sharing agreements prohibit third-party processing.",
     {"privacy": True}),
    ("Because of FERPA, student work stays on the university's research computing cluster, "
     "where the AI lab runs a 70B model.",
     {"privacy": True, "hardware": Hardware.CLUSTER}),
    ("We give feedback across roughly 120 courses; one shared copy of the model, and the lab "
     "won't stand up a copy per course.",
     {"num_tasks": 120}),
    ("We wrote a prompt with the band definitions and tweaked it a few times; it's at eighty-"
     "eight per cent on a held-out set and governance wants ninety.",
     {"tried_prompting": True}),
    ("local 7b prompted, keeps breaking schema",
     {"hosting": Hosting.SELF_HOSTED, "tried_prompting": True}),
    ("The transcripts are public records, so a commercial API raises no confidentiality issue.",
     {"hosting": Hosting.VENDOR_API}),
    ("I have 2000 labeled messages... sorry no, I checked, 2000 is the export total, only 200 "
     "are labeled, my brother labeled them last summer.",
     {"labeled_examples": 200}),
    ("my assistant says she saved about 500 of our old replies... ah wait, I just checked the "
     "folder, only 120 have the customer's original question attached.",
     {"labeled_examples": 120}),
    ("we try claude, it understand well but sometime put one review in two group, and we need "
     "exactly one label for dashboard.",
     {"tried_prompting": True, "needs_consistency": True}),
    ("Money is small so we prefer run model ourself on the laptop, not pay API every month.",
     {"hosting": Hosting.SELF_HOSTED}),
    ("I tested ChatGPT Plus already, pasted 10 contracts and it got 9 right, the wrong one was"
     " a scanned PDF. honestly better than I expected.",
     {"prompt_works": True}),
    ("it gets maybe 60% of the way, still slips back into Parisian phrasing and mixes "
     "registers inside one paragraph.",
     {"needs_consistency": True}),
    ("We tried ChatGPT with the character sheet. First 3, 4 lines are good, then the voice "
     "breaks, becomes too polite and generic.",
     {"needs_consistency": True}),
    ("no tengo ejemplos etiquetados, y no sé programar, a freelancer built the app.",
     {"labeled_examples": 0, "team_skill": TeamSkill.NONE}),
    ("what I really want is to batch requests from different firms together in one forward "
     "pass with a few kilobytes per firm.",
     {"shared_model": True}),
    ("no ML background, no gpu. fine if openai trains it, tweets are public anyway.",
     {"vendor_finetune_ok": True}),
    ("I know enough JavaScript to build a web app, never touched Python, let alone PyTorch.",
     {"team_skill": TeamSkill.API, "knows_pytorch": False}),
    ("every factory has a different code list (25 factories now, 15 to 40 codes each). we host"
     " Qwen 14B on our own gpu server, cant afford a copy per factory, one base model for all.",
     {"num_tasks": 25}),
    ("api's fine", {"hosting": Hosting.VENDOR_API}),
    ("Descriptions written by our copywriter we have for about 350 products, those are the "
     "good ones.",
     {"labeled_examples": 350}),
    ("oops, I meant $300 total to set it up, monthly we can do like $100",
     {"budget_usd": 300.0, "monthly_budget_usd": 100.0}),
    ("We run a self-hosted Mistral 7B for a dozen internal tasks and want each one adapted "
     "without hosting twelve copies.",
     {"shared_model": True}),
    ("Our CRM plugin scores inbound leads as hot, warm or cold for about 45 B2B customers.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("The data of one firm must never be seen by another one, and nothing goes outside our "
     "servers in France.",
     {"privacy": True}),
    ("we're an HR software company with about 300 customers, and they keep asking for a button"
     " that writes job ads the way they write them.",
     {"task_kind": TaskKind.GENERATION}),
    ("budget maybe $300 a month, could stretch a bit. app is $4.99/month and we have ~9k "
     "subscribers so margins are thin",
     {"monthly_budget_usd": 300.0}),
    ("Budget is around $1,000 a month for the AI part. Schools pay us $8 per student per year "
     "and we have roughly 30,000 students.",
     {"monthly_budget_usd": 1000.0}),
    ("Budget is zero dollars now honestly. App is $2.99 and rating 4.6 stars but we are only 2"
     " people.",
     {"budget_usd": 0.0}),
    ("We did try prompting. It works if I stuff five full examples into the prompt, but each "
     "call is 6,000 tokens. Without the examples the bullet order goes all over the place.",
     {"tried_prompting": True}),
    ("I spent one afternoon on a single zero-shot prompt, it scored about 70% on our 150 hand-"
     "labeled emails.",
     {"prompt_refined": False}),
    ("Our PM rewrote maybe 150 summaries as gold versions and we score the prompt against them"
     " every release, and it's holding steady.",
     {"prompt_works": True}),
]

# Blind sets 88 and 89 (h2172-h2219), in new words: a data centre is no dataset, latency said as
# typing, serving from the machine just named, the handler or team as the label, the fields an
# item is split into, one of N as a label set, scores that drift by the day, ratios of approval,
# prompting tricks that are no task, a prompt untouched since, rotas made, and no vendor
# training.
SET_89_GAPS = [
    ("Citizen records may not leave our own data center, our lawyers are clear on that.",
     {"privacy": True}),
    ("The box should suggest the right category as shoppers type.", {"tight_latency": True}),
    ("We tried a hosted LLM with a long prompt; it was way too slow for live search.",
     {"tight_latency": True}),
    ("I have a 3090 in my desktop and I would serve the finished model from that machine.",
     {"hosting": Hosting.SELF_HOSTED}),
    ("We keep about 12,000 old tickets with the team that finally resolved each one.",
     {"labeled_examples": 12000}),
    ("Our clerks split 600 invoices into those five fields by hand last spring.",
     {"labeled_examples": 600}),
    ("The model should split every invoice line into product, quantity, unit price and tax.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We need to send every request to one of 12 teams in the ministry.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Each support email should go to one of four queues.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("The same contract gets flagged high risk one week and low risk the next.",
     {"needs_consistency": True}),
    ("It garbles the date format now and then.", {"needs_consistency": True}),
    ("The characters' voices blend together after a while.", {"needs_consistency": True}),
    ("We don't want the captions all to read the same, that would bore people.",
     {"needs_consistency": False}),
    ("Our prompt's drafts get signed off by the editors about 19 out of 20 times.",
     {"prompt_works": True}),
    ("We tried few-shot prompts and chain-of-thought, but when we extract the dates it still "
     "mixes up the due date and the invoice date.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We write personalised comments on each student's lab report.",
     {"task_kind": TaskKind.GENERATION}),
    ("I wrote one prompt in March and haven't changed it since; it gets about 65% of the tags "
     "right.",
     {"tried_prompting": True}),
    ("The tool should make next month's staff rota for our three warehouses.",
     {"task_kind": TaskKind.REASONING}),
    ("I prompted ChatGPT for a timetable once; it looked fine but ignored three constraints.",
     {"tried_prompting": True}),
    ("We spend around $80 a month on the API already.", {"hosting": Hosting.VENDOR_API}),
    ("Legal is fine with Gemini for answering, but no vendor training, ever.",
     {"vendor_finetune_ok": False}),
]

# Blind set 90 (h2221-h2245), in new words: questions sent by message that get answers back,
# outputs not yet written, 'some API', '-> structured record', a count said after its noun, a job
# named by its material, rules walked through with the steps shown, a base kept frozen for all
# and requests batched across tenants, 'not close enough' and 'below the bar', and customers who
# will not accept their data going to a cloud.
SET_90_GAPS = [
    ("Parents can send WhatsApp questions about school fees and get an answer back within "
     "minutes.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("We don't have any scripts written yet, just the character sheets.", {"labeled_examples": 0}),
    ("We have no sample replies written yet.", {"labeled_examples": 0}),
    ("We'd just call some API from our backend.", {"hosting": Hosting.VENDOR_API}),
    ("Scanned delivery notes -> structured record (supplier, date, lines, totals).",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Labeled examples we have two hundred, where our tutor wrote the question and the answer.",
     {"labeled_examples": 200}),
    ("The same three claims adjusters reviewed all 1,800 of them.", {"labeled_examples": 1800}),
    ("It must walk through the tariff rules one by one and give the final duty with the steps "
     "shown.",
     {"task_kind": TaskKind.REASONING}),
    ("We host a 13B model and keep it frozen for all our tenants.", {"shared_model": True}),
    ("The serving layer batches requests from many agencies together.", {"shared_model": True}),
    ("Our prompt got close, but the large customers say it is not close enough.",
     {"tried_prompting": True}),
    ("We tried prompting with the house guide; most teams are still well below the quality "
     "bar.",
     {"tried_prompting": True}),
    ("Our hospitals will not accept their notes going to any US cloud.", {"privacy": True}),
]

# Sets 86 and 87 (h2124-h2170), not yet registered, in new words: API coding as a skill, drafted
# responses as writing, a negation that stops at its sentence, dropped key details as a
# shortfall, a count joined to its noun by a hyphen, a word count as prose, values re-keyed into
# a system, past periods with both sides kept, graded into N levels, promises of no data sharing,
# releases and latest prices as fresh facts, posts meant to vary, 'I don't think we have any',
# nothing set up yet, fillers before a count, breaking character, a version number as no count.
SET_87_GAPS = [
    ("Our receptionist can do some API coding when needed.", {"team_skill": TeamSkill.API}),
    ("We want the tool to auto-draft responses to guest emails.",
     {"task_kind": TaskKind.GENERATION}),
    ("There is a list of words we never use. We tried prompting for weeks and the banned words"
     " keep sneaking back in.",
     {"tried_prompting": True}),
    ("I tried Mistral 7B with a long prompt; it often leaves out the key date.",
     {"tried_prompting": True}),
    ("Our prompt scores 96% on our 400-invoice held-out set and the target was 95%.",
     {"labeled_examples": 400}),
    ("Each entry needs a name, a 50-word summary and three tags.",
     {"task_kind": TaskKind.GENERATION}),
    ("Right now two clerks re-key the date, supplier, amount and VAT into the finance system.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("About 40 past months where we still have both the order log and the plan she made from "
     "it.",
     {"labeled_examples": 40}),
    ("We want tickets sorted into 5 priority levels.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("The app runs on our own box because we promised customers no data sharing.",
     {"privacy": True}),
    ("We publish new releases every sprint and people ask about the latest pricing.",
     {"fresh_knowledge": True}),
    ("We want the captions to vary; cookie-cutter copy hurts reach.", {"needs_consistency": False}),
    ("Labeled examples? I don't think we have any.", {"labeled_examples": 0}),
    ("We haven't set anything up yet.", {"tried_prompting": False}),
    ("Our annotators have made, hmm, I'd say 2,500 pairs so far.", {"labeled_examples": 2500}),
    ("Prompting with a persona sheet broke character all the time.", {"tried_prompting": True}),
    ("We read SEPA 2.0 files into JSON that must match our ledger schema exactly.",
     {"needs_consistency": True}),
]

# Blind set 91 (h2246-h2270), in new words: outputs never saved, a list of inputs in parentheses
# that holds a count, drafts still rewritten, a bot that invents, variety asked for, data taken
# out of emails, one vendor model that everything stays on, a laptop card beside no cloud budget,
# weights that may not change, strict layouts, rows cleaned by a team, a percentile before a
# limit, a chat box.
SET_91_GAPS = [
    ("I never save my old captions, I write each one from scratch.", {"labeled_examples": 0}),
    ("I type the details (size, colour, a couple of notes about the fabric) and it writes the "
     "product blurb.",
     {"task_kind": TaskKind.GENERATION}),
    ("We pasted the style guide into the prompt; editors still rewrite about half the drafts.",
     {"tried_prompting": True}),
    ("We want a bot that comes up with new riddles every day.", {"task_kind": TaskKind.GENERATION}),
    ("Want them silly and different every time, nothing samey.", {"needs_consistency": False}),
    ("We need to pull the booking details out of supplier emails: date, pax, hotel, price.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Everything runs on the one Claude model we call through their API.",
     {"hosting": Hosting.VENDOR_API}),
    ("It's a gaming notebook with a 6 GB RTX 3060 and there's no cloud budget.",
     {"hardware": Hardware.LAPTOP_GPU}),
    ("Any change to the model's weights triggers a full re-validation by risk.",
     {"shared_model": True}),
    ("Please make it write short posts, each time different.", {"needs_consistency": False}),
    ("The layout is strict: fixed sub-headings, and auditors reject reports that deviate.",
     {"needs_consistency": True}),
    ("Labels: about 90k product titles cleaned by our catalog team.", {"labeled_examples": 90000}),
    ("Latency target is p95 80ms, and the hosted model was way over budget at 5M calls.",
     {"tight_latency": True}),
    ("I'd like a chat box on the site that answers stuff like opening hours.",
     {"task_kind": TaskKind.QA_CHAT}),
]

# Blind set 92 (h2271-h2295), in new words: a sample said again as approved pairs, 'any labeled
# ones', a plural in quotes, F1 or accuracy 'is' a score, a count said again as something else,
# 'lower than we need', a count 'we tagged by hand', a hyphened count before a labeled test set.
SET_92_GAPS = [
    ("Of the last 300 replies, 270 went out unchanged. We have those 300 approved pairs.",
     {"labeled_examples": 300}),
    ("We don't have any labeled ones yet, none at all.", {"labeled_examples": 0}),
    ("We run about 90 internal 'workflows' on one frozen model, no copies.", {"num_tasks": 90}),
    ("We tried Qwen 14B with a prompt and four examples; accuracy is 71%, we need 88%.",
     {"tried_prompting": True}),
    ("We have 1,200 tagged posts - no wait, 1,200 is posts we scraped, tagged ones are 400.",
     {"labeled_examples": 400}),
    ("The prompt-only version we tried comes out 10 points lower than we need.",
     {"tried_prompting": True}),
    ("Loads of raw transcripts, nobody labeled them. About 60 we tagged by hand in May.",
     {"labeled_examples": 60}),
    ("Our prompt scores 89% on a 2,000-ticket labeled test set.", {"labeled_examples": 2000}),
]

# Blind set 93 (h2296-h2320), in new words: an app written in a language and a vendor's API
# called, answers 'we do not have', N different bots refused, levels to rate on, confusion that
# persists, a vendor ruled out beside data that may not leave, variety wanted, items sorted by a
# person, a self-described dev agency, fields that go into a system, a layout that wanders,
# segments per client, something small per customer on one base, contracts that forbid the cloud,
# narrow checks against the stores they run in, cards keyed in, 'barely better than chance'.
SET_93_GAPS = [
    ("I build the backend in PHP and call the Gemini API.", {"team_skill": TeamSkill.API}),
    ("Example questions with the right answers we do not have.", {"labeled_examples": 0}),
    ("One model for every shop please, we cannot run 30 different bots.", {"num_tasks": 30}),
    ("The app rates support chats on four levels, from calm to furious.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("I ran Mistral locally with a long prompt, still it confuses refunds and returns.",
     {"tried_prompting": True}),
    ("Legal won't let any data leave our data center, so a vendor's API is off the table.",
     {"hosting": Hosting.SELF_HOSTED}),
    ("We want variety, really, the readers get bored otherwise.", {"needs_consistency": False}),
    ("We have 75 complaints already sorted by our ombudsman.", {"labeled_examples": 75}),
    ("We're a small dev agency and we use the Mistral API.", {"team_skill": TeamSkill.API}),
    ("Name, date of birth, policy number, address: nine fields that go into our claims system.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We prompted it with the template; the summaries were mostly right but the layout "
     "wandered on long files.",
     {"tried_prompting": True}),
    ("About 8k segments per client in the translation memory.", {"labeled_examples": 8000}),
    ("We'd like one base model and something small per customer on top.", {"shared_model": True}),
    ("Our client contracts forbid any cloud processing.", {"privacy": True}),
    ("There are 45 narrow checks we need, and the model runs in 300 branches; each task's add-"
     "on is shipped to them. The base weights are frozen.",
     {"num_tasks": 45}),
    ("2,000 cards have been keyed in by staff and double-checked.", {"labeled_examples": 2000}),
    ("Prompting the 7B model gave results barely better than chance.", {"tried_prompting": True}),
]

# Blind sets 94 and 95 (h2321-h2370), in new words: an archive not to be counted, a count said
# again as all that is held, an hourly rate as no budget, counts hand-keyed, lines written over
# seasons, 'no two ... repeat', the length of one bulletin, nothing to show as examples, answers
# never written down, formats that keep changing, text turned into JSON and a JSON record per
# item, notes that become an email, a one-page checklist, outputs too formal, a voice like a
# customer-service bot, most drafts rewritten, 'not tried for this yet', chapters not to go to
# OpenAI, a tenant's approved assistant, nothing trained on the data, a vendor plan scratched.
SET_95_GAPS = [
    ("Please don't count the 3 million scans in the archive, those were never reviewed. About "
     "4,000 were checked by our clerks.",
     {"labeled_examples": 4000}),
    ("We have 50,000 tagged, sorry, no: 50,000 is every order we hold; the ones our team "
     "tagged by hand are about 6,000.",
     {"labeled_examples": 6000}),
    ("Budget: two hundred dollars a month. We bill $300 an hour.", {"monthly_budget_usd": 200.0}),
    ("Our dispatchers have hand-keyed roughly 900 of these into the system.",
     {"labeled_examples": 900}),
    ("We have about 1,800 lines our writers wrote over three seasons, each tagged.",
     {"labeled_examples": 1800}),
    ("Testers love that no two quests repeat, and we have no dataset of good quests.",
     {"labeled_examples": 0}),
    ("We send members a bulletin of about three pages and have no earlier translations.",
     {"labeled_examples": 0}),
    ("I don't have any old captions I like, so nothing to show as examples.",
     {"labeled_examples": 0}),
    ("I haven't written any model answers down yet.", {"labeled_examples": 0}),
    ("The format keeps changing: dates in three styles, and then the import breaks.",
     {"needs_consistency": True}),
    ("The app turns any menu photo text into a JSON list of dishes and prices.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("What I need is one clean JSON record per invoice.", {"task_kind": TaskKind.EXTRACTION}),
    ("I want these quick notes to become a polite, finished email to the guest.",
     {"task_kind": TaskKind.GENERATION}),
    ("We need a one-page checklist for each inspection.", {"task_kind": TaskKind.GENERATION}),
    ("We wrote one prompt last week and three of the ten answers came out way too formal.",
     {"tried_prompting": True}),
    ("We tried prompting a local model; the knight sounds like a customer-service bot.",
     {"tried_prompting": True}),
    ("With a prompt per client the agents still rewrote most drafts.", {"tried_prompting": True}),
    ("I use ChatGPT a bit, but not tried for this yet.", {"tried_prompting": False}),
    ("Our authors don't want their unpublished chapters going to OpenAI.", {"privacy": True}),
    ("Our Microsoft tenant has an approved AI assistant we can use.",
     {"hosting": Hosting.VENDOR_API}),
    ("And I don't want anything trained on patient letters.", {"vendor_finetune_ok": False}),
    ("We planned to use OpenAI's fine-tuning, but our clients ban sending data out, so scratch"
     " that.",
     {"vendor_finetune_ok": False}),
]

# Sets 96 and 97 (h2371-h2420), in new words: mistakes made by a first prompt, a cost 'absurd' at
# volume, a score above its target after a semicolon, examples picked by similarity as
# demonstrations, tenants counted before 'each has'.
SET_97_GAPS = [
    ("We tried one prompt on Monday; it made several unit mistakes in the conversions.",
     {"tried_prompting": True}),
    ("We tried GPT-4o with a few-shot prompt: quality fine, but the cost at our volume was "
     "absurd.",
     {"tried_prompting": True}),
    ("Our prompt hits 95% on our 300 held-out tickets; target was 93%.", {"prompt_works": True}),
    ("We have 150 clinics on the platform. Each has maybe 40 notes tagged by its nurses.",
     {"num_tasks": 150}),
]

# Sets 98 and 99 (h2421-h2470), in new words: questions asked 'like' something and an AI to
# answer them, a row or line per item with its values, a rota produced, tricks with their scores,
# curated turns, a prompt that works at a cost that is now the biggest line item, a hand check of
# a prompt's outputs, a volume said with its monthly cost, tenants named by what we do for them.
SET_99_GAPS = [
    ("Our members text a hotline asking stuff like when the next bin collection is or how to "
     "appeal a parking fine. We'd like an AI to reply instead of our two clerks.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("I want a chat widget on our site where shoppers ask 'is this jacket waterproof' and it "
     "answers them.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("Marked-up data? Hmm, not really. Nobody ever flagged which replies were good. So zero, "
     "I'd say.",
     {"labeled_examples": 0}),
    ("We have about 900 curated chat turns per persona from our writers.",
     {"labeled_examples": 900}),
    ("The prompt does the job, but only because we stuff eight sample answers into it, and "
     "that has become our largest expense after salaries.",
     {"tried_prompting": True}),
    ("At the end I'd like one row per invoice: supplier, total, due date and VAT number.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Each delivery note should end up as a line in our stock system: SKU, amount, date.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We don't have any invoices marked up with the correct values.", {"labeled_examples": 0}),
    ("We sort complaints into 9 buckets. The first prompt got 58% on our test set, adding "
     "examples 62%, and a version with step-by-step reasoning 61%.",
     {"task_kind": TaskKind.CLASSIFICATION, "tried_prompting": True}),
    ("It's just me and another person from sales. Neither of us has ever trained a model or "
     "written code.",
     {"team_skill": TeamSkill.NONE}),
    ("Our email-routing prompt hits 95% on 300 held-out emails it never saw; the goal was 90%.",
     {"task_kind": TaskKind.CLASSIFICATION, "prompt_works": True}),
    ("I need a tool that produces the weekly shift plan for our 30 drivers and respects the "
     "rest-time rules.",
     {"task_kind": TaskKind.REASONING}),
    ("Our platform team already trains and serves models.", {"team_skill": TeamSkill.ML}),
    ("My data group fine-tunes and deploys models every week.", {"team_skill": TeamSkill.ML}),
    ("I checked 12 emails by hand and 11 came out right, which is good enough for us.", {}),
    ("Those long prompts cost us about $9k a month at 800,000 requests.",
     {"monthly_requests": 800000}),
    ("We run campaigns for 40 client brands; each gave us about 15 sample posts.",
     {"num_tasks": 40}),
    ("We tried five prompt versions on those 60 clauses: 68, 70, 69, 71 and 70 percent. It "
     "just won't budge.",
     {"tried_prompting": True}),
    ("We host a 13B model for 45 retail brands. Each brand has around 250 approved newsletters"
     " in its voice.",
     {"task_kind": TaskKind.GENERATION}),
    ("Our ticket-urgency prompt gets 93% on 150 held-out tickets; we aimed for 90%.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("The lead-priority model we tried was a mess.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("We make ads for 28 client shops. Each shop sent us about 12 sample ads they liked.",
     {"num_tasks": 28}),
    ("Our writers have about 450 hand-curated replies per persona.", {"labeled_examples": 450}),
    # (a hand check on items named as labeled keeps them: review of this table)
    ("We tested the prompt on 200 labeled tickets and 180 were right.", {"labeled_examples": 200}),
]

# Set 100 (h2471-h2495), in new words: a long list of values pulled out of documents, values put
# into the ERP or indexed, a volume 'in a normal month', 'I do not program', 'something that
# plans the loading', a plan nobody 'has written one down', 'I have none translated yet', a hand
# check 'on 200 records ... it got 191 right', a website chat to answer 'things like', variety
# that need not sound the same, a grade 'every time different:' as a complaint, a model that
# 'stays frozen', tenants named before 'each ... its own'.
SET_100_GAPS = [
    ("We pull sender, VAT number, tariff codes and total weight out of customs declarations, "
     "about 9,000 a month.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("The notes don't need to all sound alike, honestly better if they don't.",
     {"needs_consistency": False}),
    ("The wording need not be the same every time; it should feel fresh.",
     {"needs_consistency": False}),
    ("Volume is about 25,000 texts in a normal month, more in spring.",
     {"monthly_requests": 25000}),
    ("I do not program.", {"team_skill": TeamSkill.NONE}),
    ("Me and my wife run it. I don't program and neither does she.",
     {"team_skill": TeamSkill.NONE}),
    ("I want something that plans the loading: which dock, which trailer, who goes first.",
     {"task_kind": TaskKind.REASONING}),
    ("Examples of good plans? No. Nobody has ever written one down, it's all in my head.",
     {"labeled_examples": 0}),
    ("We got a grant to index surname, parish, date and plot for the burial registers.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We run it through a prompt on GPT-4o now. I checked it by hand on 200 records our clerks"
     " had done: it got 191 right.",
     {"prompt_works": True}),
    ("I have none translated yet.", {"labeled_examples": 0}),
    ("Our platform is used by 300 dairy co-operatives. Each co-op wants the monthly summaries "
     "written its own way.",
     {"num_tasks": 300}),
    ("I want the website chat to answer things like whether a part is in stock or how much a "
     "repair costs.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("We need customer, load type, gross and net weight into our ERP.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We tried a prompt with Llama on our own server. For easy slips it is okay, but on "
     "handwritten ones it mixes up tare and gross.",
     {"tried_prompting": True}),
    ("The grade it writes every time different: 'A 2', 'A2', 'grade A2'. Our system needs "
     "exact codes.",
     {"needs_consistency": True}),
    ("Our customers are 900 dental labs; each sorts its orders into its own categories. We "
     "host one 13B open model on our cluster and it stays frozen.",
     {"num_tasks": 900, "shared_model": True}),
    ("We pull consignee, notify party, tariff codes, gross weight and port of arrival out of "
     "freight papers.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Our clients are 700 bakeries and cafes; each tags its orders with its own product codes.",
     {"num_tasks": 700}),
    ("they dont need to all sound the same, better if they dont.", {"needs_consistency": False}),
    ("We tried a prompt with Mistral on our server. On the scanned slips it mixes tare and "
     "gross.",
     {"tried_prompting": True}),
]

# Set 101 (h2496-h2520), in new words: each message put in one pile, a range restated 'say 400
# typical', a helper where someone can ask and get an answer, descriptions turned into programs,
# under a third of the scripts run, the same report graded twice and the grade moving, a bot
# answering with outdated rules, one document kept up to date beside counted pairs.
SET_101_GAPS = [
    ("Orders, returns, delivery question, invoice copy. Four piles. I want the AI to put each "
     "message in one pile.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Each shop sent between 200 and 800 approved captions. Say 400 typical.",
     {"labeled_examples": 400}),
    ("We dream of an SMS helper where a fisherman can ask 'what is the price of tilapia at the"
     " landing site today' and get an answer in Luo.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("We want an assistant that turns engineers' plain descriptions into programs in our in-"
     "house PLC language.",
     {"task_kind": TaskKind.GENERATION}),
    ("With the best prompts we could write, under a third of the scripts even run.",
     {"tried_prompting": True}),
    ("When we send the same report twice the grade sometimes moves by two points. Customers "
     "hate scores that jump around.",
     {"needs_consistency": True}),
    ("Right now it is the model with a system prompt, and sometimes it answers with last "
     "year's prices, which is risky for us.",
     {"tried_prompting": True}),
    ("The city keeps one guide always up to date, and we have 250 question and answer pairs "
     "our staff wrote.",
     {"labeled_examples": 250}),
    ("Today the bot runs on a system prompt, and now and then it replies with outdated rules, "
     "which is dangerous for us.",
     {"tried_prompting": True}),
]

# Set 103 (h2546-h2570), in new words: leaflets volunteers 'have translated', wording 'less
# important' and a format 'fairly loose', generated banter as writing, a prompt that 'made
# everyone sound like the same' assistant, values taken out 'into Excel' without an 'and',
# weights nobody 'may' change.
SET_103_GAPS = [
    ("Our volunteers have translated maybe 20 brochures so far, very carefully.",
     {"labeled_examples": 20}),
    ("The meaning has to be right; the exact wording is less important.",
     {"needs_consistency": False}),
    ("Our game has 7 companions and we want generated camp banter that sounds exactly like "
     "each of them. Writers produced about 12,000 lines tagged by character.",
     {"task_kind": TaskKind.GENERATION}),
    ("Prompting with character sheets made everyone sound like the same cheerful assistant.",
     {"tried_prompting": True}),
    ("Format can be fairly loose.", {"needs_consistency": False}),
    ("Each month about 80 receipts come in, I want take out date, shop, amount, VAT into Excel"
     " automatic.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Twenty tasks run on one 8B model we host; it is certified, and we may not change its "
     "weights or load adapters into it.",
     {"shared_model": True}),
]

# Sets 104-105 (written beside each other; regulated trades that say what they lack, and hurried
# product managers): 'pm' after a count is per month; a small count a transcript is condensed
# into is the output's shape; 'the whole point is novelty' and 'no rigid template' want variety;
# a score in the high nineties after 'current' still says the prompt works; multi-tenant batches
# and kilobytes per tenant share one model; 'a large api model' and 'no-code tools that call an
# AI API' are a vendor's (and not the founder's skill); 'able to use an API' is a developer; a
# 1-to-4 score each item gets, and predicting the reason, are classification; rules that keep
# getting ignored fall short; a count of line items is a volume; 'a hard no' rules a vendor out;
# 'question and answer pairs' are examples
SET_104_GAPS = [
    ("about 60k orders pm, 3k of them tagged by our ops team", {"monthly_requests": 60000}),
    ("spend cap is 1.5k pm for the api", {"monthly_budget_usd": 1500}),
    ("we want llm to condense support calls into 3 short notes for the agent. no labeled notes"
     " at all",
     {"labeled_examples": 0}),
    ("Our posts should all feel different, the whole point is novelty; we don't need a rigid "
     "template.",
     {"needs_consistency": False}),
    ("Copywriters hate when all the slogans sound alike.", {"needs_consistency": False}),
    ("Our current prompt on gemini reaches 97% on the test tickets, our bar is 95.",
     {"prompt_works": True}),
    ("Serving rule: multi-tenant batches, kilobytes per tenant, no weight diffs allowed.",
     {"shared_model": True}),
    ("a quiz generator for chemistry homework, using a large api model",
     {"hosting": Hosting.VENDOR_API}),
    ("No engineers, but our office manager is able to use an API.", {"team_skill": TeamSkill.API}),
    ("Every claim form gets a fraud risk score 1 to 4 from the adjuster.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We tried a prompt with our style guide; the tone came out fine, but the citation "
     "conventions keep getting ignored.",
     {"tried_prompting": True}),
    ("We'll run it through one of the hosted AI chat tools.", {"hosting": Hosting.VENDOR_API}),
    ("Task: read a product title and pick the tariff code. About 300,000 line items a month.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Compliance said that a vendor's tuning service is a hard no.", {"vendor_finetune_ok": False}),
    ("My shop runs on no-code automations that call an LLM API.", {"hosting": Hosting.VENDOR_API}),
    ("We don't have question and answer pairs, just the handbook.", {"labeled_examples": 0}),
    ("The model should predict the denial reason for each insurance claim.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Last month we condensed old calls into 15 summaries by hand.", {"labeled_examples": 15}),
]

# Set 102 (numbers said per day or week, in words, and corrected later): a reply that opens by
# echoing a question ('Training data? ...', 'Budget? ...') answers that question; 'I don't think
# we have anything like that. None.' is a no; no finished captions yet is no data; not yet
# experimented with any AI tools is untried; classes a resume is sorted into are no examples, and
# a CV is a document even without its plural
SET_102_GAPS = [
    ("Training data? I don't think we have anything like that. None. We keep a wiki of the "
     "policies.",
     {"labeled_examples": 0}),
    ("Budget? Maybe 300 a month.", {"monthly_budget_usd": 300}),
    ("Volume? Around 2,000 a day.", {"monthly_requests": 60000}),
    ("we dont have any finished captions yet, none at all", {"labeled_examples": 0}),
    ("Our agency has not yet experimented with any AI tools.", {"tried_prompting": False}),
    ("The app sort resume into 9 job family. We have 800 resume our staff already label.",
     {"labeled_examples": 800}),
    ("We have 2,400 CV that our recruiters tagged.", {"labeled_examples": 2400}),
]

# Sets 106-107 (several numbers of different kinds per message; non-native English from many
# countries): 'no one-off money' leaves a monthly budget monthly; zero 'upfront or monthly' is
# zero both ways; data that stays on our servers is private, and with our own GPU it is self-
# hosted though no vendor is named; variety 'in the phrasing is welcome' and wanting different
# lines every session want no sameness; a score over 'the goal we set' works; groups that 'each
# have a small task' are tenants; the sequence of operations and which shift starts where is
# reasoning; rows of named values are extraction; 'we not have' is a no; PII is private; 'out of
# question' rules out; a chatbot on the site is a chat; lakhs in words; grading every item from 1
# to 10 is classification; 'I checked ..., it is 30 ..., not 80' corrects the count
SET_106_GAPS = [
    ("Budget: $80 a month max, there's no one-off money at all.", {"monthly_budget_usd": 80}),
    ("We have zero dollars to spend, upfront or monthly.",
     {"budget_usd": 0, "monthly_budget_usd": 0}),
    ("Patient data stays on our own servers, always.", {"privacy": True}),
    ("Variety in the phrasing is welcome; we don't want all the captions sounding alike.",
     {"needs_consistency": False}),
    ("Our prompt on Gemini gets approved 91% of the time, and the goal we set was 88%.",
     {"prompt_works": True}),
    ("18 regional offices each have a small triage task on the platform.", {"num_tasks": 18}),
    ("I want it to draft the sequence of operations for each machine: which shift starts "
     "where.",
     {"task_kind": TaskKind.REASONING}),
    ("Supplier invoices should be turned into supplier, invoice date, amount and VAT rows.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Example captions that we like, we not have.", {"labeled_examples": 0}),
    ("Agents' notes contain PII, and we run our own server with 2 L40S cards in the office.",
     {"privacy": True, "hosting": Hosting.SELF_HOSTED}),
    ("The texts have PII, so a vendor is out of question.", {"privacy": True}),
    ("we want a booking chatbot on the site that suggests tours", {"task_kind": TaskKind.QA_CHAT}),
    ("We want fresh, different jokes every session.", {"needs_consistency": False}),
    ("around four lakh SMS a month", {"monthly_requests": 400000}),
    ("Reviewers score every paper from 1 to 10.", {"task_kind": TaskKind.CLASSIFICATION}),
    # (the count set against ends before the full stop: "..., not 9,000.")
    ("We had 9,000 labeled rows. After cleaning it is 7,500 rows, not 9,000.",
     {"labeled_examples": 7500}),
    ("We have about 80 receipts done. Sorry, I checked with my accountant, it is 30 receipts "
     "entered correctly, not 80.",
     {"labeled_examples": 30}),
]

# Set 108 (founders for whom tuning is the honest answer, said in everyday words): guessing which
# department a question means is classification; output 'in 4 different formats', 'it never quite
# reads like our shop' and 'regulars can spot one of ours' want sameness; no powerful machines is
# no hardware; 'the big AI companies' are vendors, and training 'their model on them' or 'the
# provider's own training service' is vendor tuning; no emails 'written yet' and no 'schedules as
# solved examples' are no data; 'the online chat', a bot that talks with customers and a
# homework-helper chatbot are conversations; a 0-to-10 scale keeps both ends, and ratings that
# 'looked pretty random' fall short; 'just call a hosted model through its API' and integrating
# APIs are developers; 'one sixty-billion-parameter model' is 60B, not 61B; 'the smallest sent
# 250' is the count to plan on; a copy every tenant shares and what is stored per customer being
# tiny mean one shared model; 'I wrote 1,200 of his replies' counts the replies; drifting back to
# sounding like a chatbot falls short; 'run fully offline' is self-hosted; 'Cash, we have none'
# is zero
SET_108_GAPS = [
    ("Users type a question and we must guess which department they mean, about 40 of them.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("The totals come back in 4 different formats.", {"needs_consistency": True}),
    ("It never quite reads like our shop.", {"needs_consistency": True}),
    ("Regulars can spot one of ours in a second.", {"needs_consistency": True}),
    ("We don't own any powerful machines.", {"hardware": Hardware.NONE}),
    ("Happy to send the recipes to one of the big AI companies if they train their model on "
     "them.",
     {"vendor_finetune_ok": True}),
    ("I don't have any emails written yet that I'd show anyone.", {"labeled_examples": 0}),
    ("We'd like the online chat to quote delivery times.", {"task_kind": TaskKind.QA_CHAT}),
    ("We tried a prompt that rates pitches from 0 to 10; the ratings looked pretty random.",
     {"task_kind": TaskKind.CLASSIFICATION, "tried_prompting": True}),
    ("We just call a hosted model through its API; no one here has trained anything.",
     {"team_skill": TeamSkill.API}),
    ("We run one sixty-billion-parameter model in house.", {"model_billions": 60}),
    ("Every team sent a few hundred tagged cases; the smallest sent 250.",
     {"labeled_examples": 250}),
    ("One copy of the base in memory that every tenant shares.", {"shared_model": True}),
    ("Whatever we store per customer has to be tiny.", {"shared_model": True}),
    ("the barista bot should talk with customers at the counter screen",
     {"task_kind": TaskKind.QA_CHAT}),
    ("I wrote 1,200 of his replies as question / reply pairs.", {"labeled_examples": 1200}),
    ("We tried it with a long prompt, but after a couple of turns it drifts back to sounding "
     "like a generic chatbot.",
     {"tried_prompting": True}),
    ("It must run fully offline on the tablet.", {"hosting": Hosting.SELF_HOSTED}),
    ("The provider's own training service is fine by legal.", {"vendor_finetune_ok": True}),
    ("We don't have old schedules as solved examples.", {"labeled_examples": 0}),
    ("Cash, we have none right now.", {"budget_usd": 0}),
    ("Our freelancer integrates APIs for us.", {"team_skill": TeamSkill.API}),
    ("a homework-helper chatbot for physics students", {"task_kind": TaskKind.QA_CHAT}),
]

# Set 110 (numbers in messy real-life forms beside numbers that count other things): 'the most
# technical person' names no developer; '300 a month in dollars', 'five k, dollars' and 'three
# millions' are amounts; '18 times out of 20' is a working rate; A5000s are GPUs; 'the more
# variety the better' wants variety; slash-separated buckets are classification; turning many
# letters 'a month' into fields is extraction; maths as the trade is no reasoning; unscored ones
# are not labeled; a reply headed 'Labeled data:' answers it throughout, its correction ('closer
# to 1,600') first; 'or so' hedges a count; 'breaks a rule' falls short; 'typed one prompt' is a
# first draft; 'its own template' wants sameness; 'busy weeks maybe 3k' is a rate; example plans
# scored 'on 37 of them' keep their count; 'work with its API' is a developer; a son who runs the
# website is not staff; output 'not reliably the same' wants sameness
SET_110_GAPS = [
    ("Nobody here is techy; I'm the most technical person and I barely do email.",
     {"team_skill": TeamSkill.NONE}),
    ("Spend is 300 a month in dollars.", {"monthly_budget_usd": 300}),
    ("We pasted the rules into ChatGPT; it got it right like 18 times out of 20.",
     {"prompt_works": True}),
    ("Everything runs on one box with two A5000s.", {"hardware": Hardware.OWN_GPU}),
    ("The more variety the better, kids memorise repeats.", {"needs_consistency": False}),
    ("We want to triage incoming calls into urgent / routine / sales / spam.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We turn about 800 claim letters a month into claim fields.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We run maths and physics tutoring and want practice worksheets generated.",
     {"task_kind": TaskKind.GENERATION}),
    ("Traffic is about three millions sessions a month.", {"monthly_requests": 3000000}),
    ("We have a grant of five k, dollars.", {"budget_usd": 5000}),
    ("About 300 essays scored by two teachers; thousands more unscored ones sit in a drive.",
     {"labeled_examples": 300}),
    ("Labeled data: we keep the approved versions. Ops said 2,000; I checked, it's closer to "
     "1,600.",
     {"labeled_examples": 1600}),
    ("Archive: about nine thousand or so reviewed reply pairs.", {"labeled_examples": 9000}),
    ("The draft breaks a rule maybe one time in four, even after our prompt tweaks.",
     {"tried_prompting": True}),
    ("I typed one prompt into Gemini and it was meh.", {"prompt_refined": False}),
    ("Each client wants reports in its own template.", {"needs_consistency": True}),
    ("Busy weeks maybe 3k orders.", {"monthly_requests": 12900}),
    ("We wrote 40 example plans and the prompt gets it right on 37 of them.",
     {"labeled_examples": 40}),
    ("I'm the only one who can work with its API.", {"team_skill": TeamSkill.API}),
    ("Nobody here is technical; my son runs our website.", {"team_skill": TeamSkill.NONE}),
    ("The JSON isn't reliably the same, which breaks our import.", {"needs_consistency": True}),
]

# Sets 109 and 111 (a plain cross-section; chats answered in few words or sideways): 'take from
# each voicemail the name, number, and topic' is extraction; 'haven't tried prompts seriously'
# leaves room for the one try that fell short after it, and without one stays a no; 'actually'
# after a verb corrects nothing; 'none of us are techies' and 'I'm a sales guy' name no builder;
# planning waves, assignments and routes is reasoning; latency 'through the roof' and formats
# that 'slip after a few turns' fall short (and want sameness); a template's 'reasoning' section
# makes no reasoning task; 'most of our $5,000 monthly budget' is monthly; 'the answer back in
# under 80 ms' is a speed, not the output; 'it was meh' just before the model's name falls short;
# 'labeled pairs no' and 'so zero I guess' are no data
SET_109_GAPS = [
    ("I need to take from each voicemail the caller name, callback number, and the topic.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We haven't tried prompts seriously. I ran one prompt once and it returned a whole essay "
     "instead of a score.",
     {"tried_prompting": True}),
    ("We haven't tried prompting properly yet, just a quick look.", {"tried_prompting": False}),
    ("Every week we get about 50 reports. We don't have good summaries saved, so zero I guess,"
     " and variety is actually nicer.",
     {"monthly_requests": 215, "labeled_examples": 0}),
    ("None of us are techies.", {"team_skill": TeamSkill.NONE}),
    ("Each night we plan loading waves and driver assignments.", {"task_kind": TaskKind.REASONING}),
    ("Per-client prompts got huge and latency went through the roof.", {"tried_prompting": True}),
    ("The memo template: summary, facts, reasoning, next steps.", {}),
    ("We tried a prompt per team. The formats slip after a few turns.",
     {"tried_prompting": True, "needs_consistency": True}),
    ("The API bill eats most of our $5,000 monthly budget.", {"monthly_budget_usd": 5000}),
    ("We sort refunds into 12 reasons and need the answer back in under 80 ms.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("planning delivery routes for 12 vans", {"task_kind": TaskKind.REASONING}),
    ("We tried, it was meh. Claude got the gist but not the codes.", {"tried_prompting": True}),
    ("handbook yes, labeled pairs no", {"labeled_examples": 0}),
    ("No ML folks. I'm a sales guy.", {"team_skill": TeamSkill.NONE}),
]

# Sets 112-115 (h2771-h2870), blind on 41448f8, fixed as classes: a prompt that already beats the
# target said in everyday words ('the contract asks for 90%', 'we'd be happy at 90%', 'agents
# accept 95% of drafts'); one prompt written in an afternoon is a first draft, and refining it
# since is not; prompting described without the word ('fiddled with the wording', 'the
# instructions he gives the model', 'a detailed brief for the AI'); the vendor's tuning service
# in plain words ('a customized version back', 'a paid customization on our examples', 'custom-
# training offering'); 'the provider' is a vendor (the pattern had demanded an apostrophe); one
# frozen base said as weights kept bit-identical, weights nobody touches, not wanting twelve
# versions, everyone running off the same model; teams that have done fine-tunes before can write
# training code; variety wanted ('every reply a bit different is actually good', 'hate it when
# two spots sound alike'); data kept inside a VPC or a country on their own hardware; 'Mio.' and
# decimal-comma millions; a peak hourly rate is no monthly volume; a currency we cannot place is
# no count; 'used twice a month'; 'not one dollar'; what the founder's customers pay is no
# budget; a one-off said after a monthly budget; 'i mean 3,000'; reports that aren't labeled; 'no
# worked solutions'; the right code for each line, answering emails about bookings, drafting a
# roster, quizzes, parts split out of an address, support assistants; 'I don't know programming';
# 'fast for email'; a model corrected to 70B 'not the 7B'; demonstrations in a prompt are no
# dataset.
SET_112_GAPS = [
    ("Right now a GPT-4o-mini prompt with the topic definitions scores 93% on those 1,000, and"
     " the contract with the clients asks for 90%.",
     {"prompt_works": True}),
    ("The prompt scores 94% on those 500 and we'd be happy at 90%.", {"prompt_works": True}),
    ("Honestly, the current prompt is fine: agents accept 95% of drafts without edits.",
     {"prompt_works": True}),
    ("Our prompt gets 91% on the checked set and the client only asks for 88%.",
     {"prompt_works": True}),
    ("Editors approve 97% of the summaries our prompt writes.", {"prompt_works": True}),
    ("I write one prompt in the afternoon, only the list of reasons, no examples, and the "
     "result was maybe 70% correct, not enough.",
     {"prompt_refined": False, "tried_prompting": True}),
    ("Well, to be fair, 'tried' means I wrote one zero-shot prompt on a Friday afternoon and "
     "it got about 70%. Nobody has touched it since.",
     {"prompt_refined": False}),
    ("My colleague wrote one prompt in ChatGPT one afternoon last month, just 'give the HS "
     "code for this', ran it on 20 lines and about half came back wrong.",
     {"prompt_refined": False, "tried_prompting": True}),
    ("I wrote one prompt on an afternoon last month, it got maybe two thirds right, and we "
     "haven't touched it since.",
     {"prompt_refined": False, "tried_prompting": True}),
    ("We put together a prompt in an hour and it got about 60% right.",
     {"prompt_refined": False, "tried_prompting": True}),
    ("We haven't actually tried just asking one of the chat AIs to do it yet.",
     {"tried_prompting": False}),
    ("We've done nothing with AI on this yet.", {"tried_prompting": False}),
    ("I have done nothing with ChatGPT for this so far.", {"tried_prompting": False}),
    ("Honestly we fiddled with the wording for weeks: added examples, spelled out the rules, "
     "told it to think it through before answering. It still mixes up 'glass damage' and "
     "'collision' about one time in six.",
     {"tried_prompting": True}),
    ("We've tried writing a really detailed brief for the AI and pasting a couple of old "
     "descriptions in. It gets close, but every third one comes out sounding like generic "
     "catalogue copy.",
     {"tried_prompting": True}),
    ("Our IT contractor has been adjusting the instructions he gives the model for about two "
     "months. The letters are readable, but the structure and salutations wander.",
     {"tried_prompting": True}),
    ("My team spent the spring writing and rewriting instructions for each job; three jobs are"
     " fine, the rest stall around 80% on our checks.",
     {"tried_prompting": True}),
    ("We've been tweaking the instructions to the AI since spring and it still slips 'nestled'"
     " in, and the length is all over the place.",
     {"tried_prompting": True}),
    ("Legal has already signed off on the vendor's own service where you upload your examples "
     "and get a customized version back.",
     {"vendor_finetune_ok": True}),
    ("He tells me the provider we already use offers a paid customization on our own examples,"
     " and our engagement terms permit it.",
     {"vendor_finetune_ok": True, "hosting": Hosting.VENDOR_API}),
    ("We use the vendor API, and the option where they train a private version on our examples"
     " is okay for us, the data is not secret.",
     {"vendor_finetune_ok": True, "privacy": False, "hosting": Hosting.VENDOR_API}),
    ("Our devs are API folks, and the vendor's custom-training offering is fine by us.",
     {"vendor_finetune_ok": True}),
    ("we're two web devs, we call one of the big ai apis, nobody here has trained anything",
     {"hosting": Hosting.VENDOR_API}),
    ("The constraint from model risk: the validated 70B weights must stay bit-identical and "
     "nothing may be added inside the layers. 42 internal teams want their own narrow task on "
     "it.",
     {"shared_model": True, "num_tasks": 42}),
    ("ideally all the agents just run off the same model, not a separate one each",
     {"shared_model": True}),
    ("We already run a 20-billion-parameter open model on our GPU cluster, and frankly I don't"
     " want twelve versions of it.",
     {"shared_model": True}),
    ("We've got a dozen internal text jobs: tagging complaint reasons, pulling fields out of "
     "loan applications, summarising call notes.",
     {"num_tasks": 12}),
    ("Team: nine ML engineers who have done full fine-tunes before.", {"knows_pytorch": True}),
    ("a team of 15 ML engineers who have pretrained and fully fine-tuned models before",
     {"knows_pytorch": True}),
    ("They should sound warm and personal, not like a form letter; every reply a bit different"
     " is actually good.",
     {"needs_consistency": False}),
    ("Teachers actually like it when the questions vary every time so kids can't share "
     "answers.",
     {"needs_consistency": False}),
    ("Honestly the whole point is fresh ideas; clients hate it when two spots sound alike.",
     {"needs_consistency": False}),
    ("None of them allow their alerts outside our VPC, so no external APIs.", {"privacy": True}),
    ("Contracts say resident data stays in Finland on our hardware.", {"privacy": True}),
    ("Around 2 Mio. queries a month, peaks of 3,000 an hour on Saturdays.",
     {"monthly_requests": 2000000}),
    ("Volume: 1,2 milioni products a quarter, suppliers keep adding.",
     {"monthly_requests": 400000}),
    ("It would be used maybe twice a month.", {"monthly_requests": 2}),
    ("Messages are about 6,000 per month in the rainy season. Farmers pay 100 shillings per "
     "month subscription.",
     {"monthly_requests": 6000}),
    ("money: cero. not one dollar for APIs or cloud, the project has no income", {"budget_usd": 0}),
    ("We've set aside $3,000 for the project, and for context customers pay a 4.99 euro "
     "booking fee, so it has to stay cheap per request.",
     {"budget_usd": 3000}),
    ("Monthly budget is around $3,000, and we could spend a one-off $5,000 if it pays back.",
     {"monthly_budget_usd": 3000, "budget_usd": 5000}),
    ("i have 3 mil labelled, i mean 3,000 tweets, me and two friends labelled them",
     {"labeled_examples": 3000}),
    ("We have about 3,000 reports our medical reviewers labeled and double-checked. Roughly "
     "25,000 historical reports aren't labeled in this scheme.",
     {"labeled_examples": 3000}),
    ("We want the model to write step-by-step solutions to high-school algebra problems. We "
     "have no worked solutions yet and haven't tried anything.",
     {"labeled_examples": 0, "tried_prompting": False}),
    ("The task: give each shipment line the right 8-digit HS customs code based on the "
     "description on the commercial invoice.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("I'm building a tool for middle-school science teachers: paste in a textbook section, get"
     " back a 10-question quiz with an answer key.",
     {"task_kind": TaskKind.GENERATION}),
    ("We've been sorting incoming claims into our nine claim types with one of the big chat "
     "AIs through their API.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("I'd love something that answers customer messages on our website: opening hours, whether"
     " we do gluten-free, how to order a birthday cake.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("Every Sunday night I juggle 14 physios across 3 clinics, with rules like nobody works "
     "more than 4 days. I'd love an AI to draft the weekly roster for me to check.",
     {"task_kind": TaskKind.REASONING}),
    ("We host support assistants for B2B clients; each client needs answers in its own product"
     " vocabulary and with its own escalation rules.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("Every order arrives with the address typed however the customer felt like it, and we "
     "need street, number, complement and neighbourhood split out before a courier is "
     "assigned.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We want the AI to answer guest emails about bookings, transfers from the airport, tips "
     "for the altitude.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("I don't know programming, nothing. I can pay maybe 40 euros per month.",
     {"team_skill": TeamSkill.NONE}),
    ("It needs to be fast! ... well, fast for email. If the reply is ready in a minute it is "
     "perfect.",
     {"tight_latency": False}),
    ("Correction: production runs the 70B variant, not the 7B. The 7B was only our prototype.",
     {"model_billions": 70.0}),
    ("We translate our product texts to English in our own shop style: always the 'you' form, "
     "short sentences, and our fixed names for the product lines.",
     {"needs_consistency": True}),
    ("Examples? I don't have any written down, sorry.", {"labeled_examples": 0}),
    ("We already send guest data to OpenAI under their business agreement, so that is fine, "
     "forget what I said about keeping it in-house.",
     {"privacy": False}),
    ("We've been sorting incoming claims into our nine claim types. Legal signed off on the "
     "vendor's service where you upload your examples and get a customized version back.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("tried prompting Llama 3.2 3B locally with 10 examples and a rubric; we have 3,000 "
     "labelled tweets",
     {"labeled_examples": 3000}),
]

# Sets 116-117 (h2871-h2920), blind on 2964f82, fixed as classes: a score above a target with a
# word before it ('the business target we agreed was 90%'), 'which honestly is enough' (a 'but my
# CEO keeps saying' takes nothing back), a rating above the bar set ('4.3; we set 4 as good
# enough'); first drafts ('First attempt, plain prompt', 'a single prompt that just lists the
# rules', 'didnt touch since', 'tried gpt once'); a prompt's shortfall told as 'quality is
# decent, but', 'sat at', 'it hasn't moved', '7 out of 10 came back right', 'where contracts
# promise 90%'; weights that may never be touched, any change restarting a validation; teams that
# have done full-parameter training; characters voiced by one frozen model; a rota, slots and
# 'query -> category' as task kinds, editors scoring outputs no classification task; 'gpu: none';
# 'we just call one gpt model'; 'wait no, 500'; a set the prompt was run on that was marked by
# hand is labeled data; 'no examples' beside a single try is the prompt's.
SET_116_GAPS = [
    ("Our prompt on a hosted model has been live for two months and on our 400 hand-labelled "
     "test emails it gets 94% into the right queue; the business target we agreed was 90%.",
     {"prompt_works": True}),
    ("our current gpt prompt gets ninety-four percent on a held out set, which honestly is "
     "enough, but my CEO keeps saying we should be fine-tuning by now",
     {"prompt_works": True}),
    ("We use a prompt to rewrite recipes. Our two editors score every rewrite from 1 to 5 and "
     "the average over the last 200 is 4.3; we set 4 as good enough when we started.",
     {"prompt_works": True}),
    ("First attempt, plain prompt, no glossary, no context on where each string appears. My "
     "Japanese reviewer flagged about one in five as wrong or unnatural.",
     {"prompt_refined": False, "tried_prompting": True}),
    ("tried gpt, meh. one prompt, wrote it friday, didnt touch since",
     {"prompt_refined": False, "tried_prompting": True}),
    ("tried gpt once, no examples, meh", {"prompt_refined": False, "tried_prompting": True}),
    ("I wrote one prompt on friday afternoon, zero-shot, no examples, and ran it on 60 "
     "contracts our paralegal had already marked up. 7 out of 10 came back fully right.",
     {"prompt_refined": False, "tried_prompting": True, "labeled_examples": 60}),
    ("With a single prompt that just lists the rules and asks for the rota, only about 3 in 10"
     " rotas pass our validator. I haven't done anything clever yet: no worked examples, no "
     "asking it to reason first.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("Our search box sends each query to a big hosted model with six examples in the prompt. "
     "Quality is decent, 88% exact match, but it takes about 180 ms per request and the budget"
     " for this step is under 100 ms.",
     {"tried_prompting": True}),
    ("Problem: around 1 of 4 answers tells an old price or says item is available when it is "
     "sold out. We use ChatGPT API.",
     {"tried_prompting": True}),
    ("Per-task prompts score anywhere from 68% to 83%, where contracts promise 90%. We've "
     "rewritten them many times.",
     {"tried_prompting": True}),
    ("Prompts per policy sat at an average F1 of 0.72 for six months against a 0.88 target.",
     {"tried_prompting": True}),
    ("In playtests, players rated 'sounds like this character' at 6.1 out of 10 on average; "
     "our target is 8. We've spent five months on per-character prompts and it hasn't moved.",
     {"tried_prompting": True}),
    ("Hand-written prompts per task are stuck between 0.70 and 0.78 F1 after a year of tuning "
     "wording; most tasks need 0.85.",
     {"tried_prompting": True}),
    ("gpt-4 few-shot accurate but way too slow + $$", {"tried_prompting": True}),
    ("Everything runs on a 20-billion-parameter open model that our model-risk team validated."
     " Any change to the weights, and that includes adding adapter layers next to them, counts"
     " as a new model and restarts a nine-month validation. What goes into the input is "
     "outside that scope.",
     {"shared_model": True}),
    ("one 65b base on our gpu cluster. audit: base weights never touched, never copied. per-"
     "task artefact must be kb not mb",
     {"shared_model": True}),
    ("Our RPG has 60 named characters and we generate their side dialogue on the fly. Each "
     "must stay in character. One frozen model has to voice everyone.",
     {"num_tasks": 60, "shared_model": True}),
    ("a research team of five who've done full-parameter training before",
     {"team_skill": TeamSkill.ML}),
    ("We ask a hosted model to turn staff availability and rules (max hours, rest periods, "
     "skill mix) into a weekly rota.",
     {"task_kind": TaskKind.REASONING}),
    ("We run a 350M-parameter model to turn spoken commands (already transcribed) into a "
     "device action plus slots.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("query -> category in the search box. 300k req/day, p99 must be <100ms",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We use a prompt to rewrite reader-submitted recipes into our house format with a short "
     "friendly intro. Honestly we like that the intros aren't all the same.",
     {"task_kind": TaskKind.GENERATION, "needs_consistency": False}),
    ("content agency, 60 clients each w own tone. we just call one gpt model for all of them. "
     "no ml ppl, gpu: none.",
     {"team_skill": TeamSkill.API, "hardware": Hardware.NONE}),
    ("we have 5k labeled. wait no, 500 summaries written by adjusters, rest is raw files",
     {"labeled_examples": 500}),
]

# Sets 118-119 (h2921-h2970), blind on eb73bed, fixed as classes: a copy per client said to be
# fine ('a separately tuned model for each is fine by us', 'one separate model per site is
# perfectly fine'); one base with 'a small add-on per client'; shows and chapels as tenants, and
# offices that each classify into their own categories; shortfalls ('still bounce a third of
# drafts', 'below what the units need', 'many rule violations stay', 'every output must be
# checked again'); 'where the data goes isn't a concern'; 'forbidden to send it to an external
# cloud'; values re-keyed into a system by hand; facts that shift around holidays or follow
# 'whatever is on the website that week'; summaries written 'for about 80 sermons' are 80
# summaries; a count settled with 'so zero finished examples'; Copilot in use is no task; 'our IT
# uses only Azure OpenAI'; 'does not need to be same every day'.
SET_118_GAPS = [
    ("With only three clients, a separately tuned model for each is fine by us.",
     {"shared_model": False}),
    ("We have exactly two large clients. One tuned model per client is obviously fine with two"
     " clients.",
     {"shared_model": False}),
    ("One separate model per site is perfectly fine, they're different languages anyway.",
     {"shared_model": False}),
    ("We'd like one 7B base serving everyone with a small add-on per client.",
     {"shared_model": True}),
    ("Solo freelancer doing podcast production for five shows. I'd love an AI to draft show "
     "notes and episode titles in each show's vibe.",
     {"num_tasks": 5}),
    ("We've spent four months refining few-shot prompts on a hosted model and the brand teams "
     "still bounce a third of drafts for tone.",
     {"tried_prompting": True}),
    ("Prompting the 20B with instructions and examples worked for some tasks, but on about "
     "half it's below what the units need.",
     {"tried_prompting": True}),
    ("Listing text is public, so where the data goes isn't a concern.", {"privacy": False}),
    ("Mechanics write defect entries in free text and our planners re-key ATA chapter, part "
     "number, panel location and corrective action into AMOS by hand.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("The tricky bit is that collection days shift around bank holidays and the recycling "
     "rules changed twice last year. Answers have to match whatever is on the council website "
     "that week.",
     {"fresh_knowledge": True}),
    ("Each Sunday the ministers preach and I would love short summaries of the sermons for the"
     " weekly newsletter.",
     {"task_kind": TaskKind.GENERATION}),
    ("We have no data for this. Well, actually, that's not quite right: our volunteer Margaret"
     " has written summaries for about 80 sermons over the past two years, and we kept the "
     "sermon texts with them. So 80, I suppose.",
     {"labeled_examples": 80}),
    ("We have 30 regional offices and each of them classifies the incoming notifications into "
     "their own local priority categories.",
     {"num_tasks": 30}),
    ("About us: our IT uses only Azure OpenAI, no own servers, no GPU, and nobody knows "
     "machine learning.",
     {"team_skill": TeamSkill.API}),
    ("We tried with prompts on a local model for three months, many rule violations stay and "
     "every output must be checked again.",
     {"tried_prompting": True}),
    ("It is citizen data, it is forbidden to send it to an external cloud.", {"privacy": True}),
    ("we have thousands of examples! ... no wait, sorry, what we have thousands of is the "
     "counts in excel. the emails I write by hand every day and don't keep. so zero finished "
     "examples.",
     {"labeled_examples": 0}),
    ("no programmers. and the text does not need to be same every day, just correct numbers "
     "and clear.",
     {"needs_consistency": False}),
    ("Each Sunday the ministers preach and I would love short summaries of the sermons. I use "
     "Copilot in Word and that's the extent of it.",
     {"task_kind": TaskKind.GENERATION}),
    ("Each merchant can paste 3 descriptions they like.", {"labeled_examples": 3}),
    ("One thing: the policies are revised constantly. Procurement thresholds changed three times "
     "this year alone.", {"fresh_knowledge": True}),
]

# Sets 120-121 (h2971-h3020), blind on 6cf2578, fixed as classes: a score over 'we only need 90%'
# said further on; graded or sorted into one of a set; intent tagging as a service; thinking a
# turn through as reasoning; weights kept byte-identical; 'nothing external' and a model only
# hosted internally; worked examples a nurse 'could write up' are not yet data; a dozen 'model
# worked solutions'; 'I labeled 1,500 cards' (trading cards, not GPUs); 'wire up an API' and
# 'only Microsoft Copilot is approved' as a vendor, and Copilot as a tool names no task; self-
# hosting ruled out; 'did not give me the keywords right' and 'sounds like every other app' as
# shortfalls; 'I just want variety'; each one of 80 planners wanting drafts that sound like them.
SET_120_GAPS = [
    ("Our current GPT prompt with a few examples scores 94% on the 2,000 passages our teacher "
     "advisor labeled, and we only need 90% for this to be useful.",
     {"prompt_works": True}),
    ("We grade book passages into one of 6 reading levels.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Model risk management requires that its weights stay byte-identical: no fine-tuning, no "
     "merged adapters. We run one validated model for all our applications.",
     {"shared_model": True}),
    ("The security office only allows the open model that our IT group hosts internally; "
     "nothing external.",
     {"privacy": True}),
    ("We have no labeled cases, but two research nurses could write up a handful of worked "
     "examples.",
     {"labeled_examples": 0}),
    ("I've written maybe a dozen model worked solutions myself.", {"labeled_examples": 12}),
    ("I'm not a programmer but my nephew can wire up an API.", {"hosting": Hosting.VENDOR_API}),
    ("Prompting the small model did not give me the keywords right even with examples.",
     {"tried_prompting": True}),
    ("no examples written yet, honestly I just want variety, it's fine if they're weird.",
     {"needs_consistency": False}),
    ("We have 80 planners on it and each one wants the AI drafts to sound like them.",
     {"num_tasks": 80}),
    ("I tried for about a month with Claude and ChatGPT, long system prompts, examples pasted "
     "in. They're pleasant but they sound like every other wellness app, not like me.",
     {"tried_prompting": True}),
    ("We'd love an AI opponent that can also explain why it played a card. The rules are "
     "tricky, chains of effects, so it has to actually think through the turn.",
     {"task_kind": TaskKind.REASONING}),
    ("Want monthly outage reports for the exec team summarised into one page. Only Microsoft "
     "Copilot is approved by IT.",
     {"task_kind": TaskKind.GENERATION, "hosting": Hosting.VENDOR_API}),
    ("We're only allowed to use the vendor API that security signed off; there's a freeze on "
     "new infrastructure this year, so self-hosting anything is out.",
     {"hosting": Hosting.VENDOR_API}),
    ("I need to pull card stats out of OCR text of new cards. I labeled 1,500 cards already.",
     {"labeled_examples": 1500}),
    ("We host one open 20B model and sell NPC dialogue-intent tagging to 25 indie studios.",
     {"task_kind": TaskKind.CLASSIFICATION}),
]


def test_a_corrected_count_of_tenants_is_the_counted_number() -> None:
    from advisor.parse import correction

    assert correction("Correction: 52 clinics now, three joined last week.", "num_tasks") == 52


@pytest.mark.parametrize("text, expected", [*SECOND_SET_GAPS, *THIRD_SET_GAPS, *FOURTH_SET_GAPS,
                                            *FIFTH_SET_GAPS, *SIXTH_SET_GAPS,
                                            *SEVENTH_SET_GAPS, *NINTH_SET_GAPS,
                                            *ELEVENTH_SET_GAPS, *THIRTEENTH_SET_GAPS,
                                            *FOURTEENTH_SET_GAPS, *FIFTEENTH_SET_GAPS,
                                            *SIXTEENTH_SET_GAPS, *SEVENTEENTH_SET_GAPS,
                                            *EIGHTEENTH_SET_GAPS, *NINETEENTH_SET_GAPS,
                                            *TWENTY_FIRST_SET_GAPS, *TWENTY_THIRD_SET_GAPS,
                                            *TWENTY_SIXTH_SET_GAPS,
                                            *TWENTY_EIGHTH_SET_GAPS,
                                            *THIRTIETH_SET_GAPS,
                                            *THIRTY_SECOND_SET_GAPS,
                                            *THIRTY_FOURTH_SET_GAPS,
                                            *THIRTY_SIXTH_SET_GAPS,
                                            *THIRTY_EIGHTH_SET_GAPS,
                                            *FORTIETH_SET_GAPS,
                                            *FORTY_FOURTH_SET_GAPS,
                                            *FORTY_EIGHTH_SET_GAPS,
                                            *FIFTY_SECOND_SET_GAPS,
                                            *FIFTY_FOURTH_SET_GAPS,
                                            *FIFTY_SIXTH_SET_GAPS,
                                            *FIFTY_EIGHTH_SET_GAPS,
                                            *SIXTIETH_SET_GAPS,
                                            *SIXTY_SECOND_SET_GAPS,
                                            *SEVENTIETH_SET_GAPS,
                                            *SET_79_GAPS,
                                            *SET_81_GAPS,
                                            *SET_85_GAPS,
                                            *SET_89_GAPS,
                                            *SET_90_GAPS,
                                            *SET_87_GAPS,
                                            *SET_91_GAPS,
                                            *SET_92_GAPS,
                                            *SET_93_GAPS,
                                            *SET_95_GAPS,
                                            *SET_97_GAPS,
                                            *SET_99_GAPS,
                                            *SET_100_GAPS,
                                            *SET_101_GAPS,
                                            *SET_103_GAPS,
                                            *SET_104_GAPS,
                                            *SET_102_GAPS,
                                            *SET_106_GAPS,
                                            *SET_108_GAPS,
                                            *SET_110_GAPS,
                                            *SET_109_GAPS,
                                            *SET_112_GAPS,
                                            *SET_116_GAPS,
                                            *SET_118_GAPS,
                                            *SET_120_GAPS])
def test_gaps_the_heldout_sets_showed(text: str, expected: dict) -> None:
    found = assert_reads(text, expected)
    if not expected:
        assert "labeled_examples" not in found, (text, found)


@pytest.mark.parametrize(("text", "worked_out"), [
    ("a third of our 900 tickets are tagged", "300 tickets are tagged"),
    ("900 tickets and about a third of them are tagged", "900 tickets and about 300 are tagged"),
    ("3 districts with 12 schools in each", "36 schools across 3 districts"),
    ("4 editors each wrote 25 answers", "4 editors wrote 100 answers"),
    ("we label 80 per week, for 6 weeks now", "we label 480 in all now"),
    ("2,500 receipts plus the same again", "5000 receipts"),
    ("$90 a month for the crm and can spend the same again", "can spend $90 a month"),
])
def test_small_sums_are_worked_out(text: str, worked_out: str) -> None:
    assert worked_out in normalise(text)


@pytest.mark.parametrize("text", [
    "we get 200 requests per day, for 5 days a week",  # a rate, not a total
    "our budget is $5k and double that next year",  # money is not summed as batches
    "40 customers, each labelled 250 posts",  # per customer, as the founder counts
    "half of those 2,000 answers are out of date",  # a part that was not marked
])
def test_and_where_they_are_not_sums(text: str) -> None:
    t = normalise(text)
    assert not any(n in t for n in ("1000 requests", "15000", "10000", "1000 answers")), t


def test_a_pasted_sample_is_cut_out_but_short_quotes_stay() -> None:
    text = "Our prompt is 'you are a friendly support agent, be polite' and tone is 'too stiff'."
    plain = unquoted(text)
    assert "support agent" not in plain and "'too stiff'" in plain


# Sets 58-63: the task told only by what goes in and what should come back, and closed
# sets said with other verbs (the output reader, `_output_kind`, and new wordings).
OUTPUT_WANTED = [
    ("A delivery note comes in and we want back a single word: which depot handles it.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Each lab report arrives by fax; what we need coming out is a CSV row with patient id, "
     "test and value.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("A tenant complaint goes in, one of 4 urgency levels out.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("An order email comes in and I'd like back the order number, the quantity, the colour and"
     " the delivery date.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("Parents text us things like when is the next trip, and we want back a short answer from "
     "the school calendar.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("A police report goes in, and what should come out is a two-paragraph summary for the "
     "insurer.",
     {"task_kind": TaskKind.GENERATION}),
    ("A pharmacist note comes in and the tool should return which of our 18 product lines it "
     "concerns.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("The depot sends its parcels and drivers, and we send back a delivery plan: which van, "
     "which stop first.",
     {"task_kind": TaskKind.REASONING}),
    ("A dense insurance policy goes in and what should come out is the same content in plain "
     "Spanish.",
     {"task_kind": TaskKind.GENERATION}),
    ("A farmer describes the symptoms and we answer which of 9 pests it most likely is.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("It reads the delivery slips and gives us supplier, date, weight and price, in the same "
     "four columns.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("I want that from each call note comes back one line: caller, topic and callback time.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("A citizen letter comes in; one job must return the office it belongs to, another a yes "
     "or no on urgency.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Guest emails should get auto-forwarded to one of 4 front-desk teams.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Every receipt line has to end up in one of the client's own cost centres.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We want to tag each support chat with one of 15 product areas; storing one more copy is "
     "fine.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Each ticket should be stamped with which of our 5 agents owns it.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Every franchise wants the job descriptions mapped onto its own list of pay grades.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("We want every pothole report to go to the right council team automatically.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("I'd like each survey answer read and sorted: happy, annoyed about price, or annoyed "
     "about staff.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Students message us all week with questions about deadlines and rooms; I'd like them "
     "answered right away.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("Tenants keep emailing the same sort of questions about bins and parking, written in a "
     "hurry.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("I want a widget on our site that answer the customer about opening hours and prices, "
     "written short.",
     {"task_kind": TaskKind.QA_CHAT}),
]


@pytest.mark.parametrize(("text", "expected"), OUTPUT_WANTED)
def test_the_task_told_by_the_output_wanted(text: str, expected: dict) -> None:
    assert_reads(text, expected)


@pytest.mark.parametrize("text", [
    "GPT-4 comes back with the fields in a random order.",
    "Each answer comes out in a different structure, which breaks the import form.",
    "It has to return in under 80 ms or the checkout form stalls.",
    "Can you tell us which way to go on the categories question?",
    "Prompting gives us a score of 70% on our labels.",
    "One of our engineers went to the right team meeting.",
])
def test_and_how_todays_answers_come_back_says_nothing_of_it(text: str) -> None:
    from advisor.parse import _output_kind

    assert _output_kind(normalise(text)) is None, text


# Set 122-123 kinds of miss, in new words: sizes and counts said aloud, plans, speech without
# stops, shortfalls told by measure, refusals that sweep in vendor tuning.
SAID_ALOUD = [
    # A family, its version, then its size: the size alone, not their sum
    ("we serve Qwen two seven B from a box under my desk", {"model_billions": 7}),
    ("the team likes Mistral seven B and we tried Llama three point one seventy B too",
     {"model_billions": 70}),
    # Decimals, short hundreds and a scale said once for a range
    ("we see about three point two million searches a month", {"monthly_requests": 3_200_000}),
    ("budget is roughly four fifty a month", {"monthly_budget_usd": 450}),
    ("we can put in between eight and twelve thousand dollars", {"budget_usd": 10_000}),
    ("our ops team hand-tagged six to eight hundred emails", {"labeled_examples": 700}),
    # A sample tagged by hand, its size said bare; a supplier is no model vendor
    ("the nurses tagged a batch of 240 in a shared sheet", {"labeled_examples": 240}),
    ("yes, ops already tagged some of them by hand, 600 or so", {"labeled_examples": 600}),
    ("we match vendor invoices to purchase orders and flag mismatches", {"hosting": None}),
    # Two counts said next to each other are two, or a range of neighbours
    ("maybe five six people will use it", {}),
    # Corrected in speech, no stops: the corrected count stands
    ("we have like four thousand rated calls no actually it's closer to three thousand the rest "
     "haven't been reviewed", {"labeled_examples": 3000}),
    # A plan is no count today
    ("We serve 45 shops, each with its own product tags, all on one frozen model; we expect "
     "around 300 shops by next summer.", {"num_tasks": 45}),
    # A new clause that grants, said without a stop after a negation
    ("we have no data scientists we're totally fine with Google tuning the model on our chats",
     {"vendor_finetune_ok": True}),
    ("no $ at all for GPUs right now, my own laptop only", {"budget_usd": 0}),
    ("I need an assistant that plans weekend trips for families within their budget",
     {"task_kind": TaskKind.REASONING}),
    # Shortfalls told by a measure
    ("I tried a prompt on the 20 invoices we checked by hand: it got 13 right, so 65%.",
     {"tried_prompting": True}),
    ("We prompted GPT-4o for a month; its kappa is 0.48 against our nurses, who agree with "
     "each other at 0.81.", {"tried_prompting": True}),
    ("Few-shot prompting on the 70B gave decent tags but 900 ms a call, hopeless for checkout.",
     {"tried_prompting": True}),
    ("We prompted Claude with our templates and editors still rewrite in about a third of the "
     "cases.", {"tried_prompting": True}),
    # Refusals that sweep in a vendor's tuning
    ("Compliance won't approve any cloud API, and that includes the vendors' fine-tuning.",
     {"vendor_finetune_ok": False}),
    ("Our agreements forbid letting any third party train on member data, so Azure fine-tuning "
     "is out.", {"vendor_finetune_ok": False}),
]


@pytest.mark.parametrize(("text", "expected"), SAID_ALOUD)
def test_sizes_and_counts_said_aloud_plans_and_measured_shortfalls(text: str,
                                                                     expected: dict) -> None:
    found = assert_reads(text, expected)
    if not expected:  # "five six people" is no eleven of anything
        assert 11 not in found.values(), found


# Set 124-125 kinds of miss, in new words.
TOLD_AS_IT_HAPPENED = [
    # A bar set by someone else, a sentence away or said as "anything above"
    ("Our support lead tuned a Gemini prompt for two weeks and it sorts 94% of tickets right "
     "on the 250 we checked; the ops manager says anything above 85% is fine.",
     {"prompt_works": True, "tried_prompting": False}),
    ("we prompt claude with 6 examples, iterated on it for weeks. 88% correct on 150 we "
     "checked. we'd like 95+", {"tried_prompting": True}),
    # One copy only, said in several ways
    ("We run one copy of the 34B model, loaded and frozen, and that must remain the only copy.",
     {"shared_model": True}),
    ("Platform's limit is one copy of the model. Not 20 forks.", {"shared_model": True}),
    # The count served, with a two-word noun and "that X's own"
    ("We host quizzes for 30 different driving schools, and for each one the model has to use "
     "that school's own question bank.", {"num_tasks": 30}),
    # A few picked out are no count of tenants
    ("Each franchise has its own menu codes; the three largest franchises complained first.",
     {"num_tasks": None}),
    # A prompting trick is no task kind
    ("Tickets need a priority label: P1 / P2 / P3 / P4. We've spent weeks on prompts: "
     "definitions, examples, a reasoning step before the answer.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Every claim email gets turned into a JSON record: policy number, date of loss, amount. "
     "We added retrieved examples and a reasoning step.", {"task_kind": TaskKind.EXTRACTION}),
    ("A planner has to work out whether a crew can finish the job given shift limits and site "
     "opening windows.", {"task_kind": TaskKind.REASONING}),
    # Data kept in-house is no data for a vendor's tuning either
    ("All case files stay on premises by regulation; we run Mixtral on our own servers.",
     {"privacy": True, "vendor_finetune_ok": False}),
    ("Budget is $2,000 and we can't go above.", {"budget_usd": 2000, "privacy": None}),
    # Prompting not yet tried, a first draft, and shortfalls by measure
    ("We have not yet tried writing instructions for Copilot.", {"tried_prompting": False}),
    ("I tried asking Gemini once, pasted the timetable in, and it was wrong.",
     {"prompt_refined": False}),
    ("The prompt is the one I typed up one evening. Nobody has changed it since.",
     {"prompt_refined": False}),
    ("We tried a long prompt per brand; the tone is still not right and editors fix too much.",
     {"tried_prompting": True}),
    # Who can call an API, a price pitched, a count in brackets
    ("our CTO hooked the bot into Claude's API last spring", {"team_skill": TeamSkill.API}),
    ("About 200 times a month a clerk checks this. A vendor offered us a tuned model for 12k a "
     "year.", {"monthly_requests": 200, "budget_usd": None, "monthly_budget_usd": None}),
    ("we publish new recipes on the blog every week (about 25)", {"monthly_requests": 108}),
    # A model named Phi is no protected health information; a score is no count
    ("we tried Phi-3-mini with LoRA, got 0.81 vs 0.73 with prompting",
     {"privacy": None, "labeled_examples": None}),
    ("the hospitals don't want any records leaving their network", {"privacy": True}),
    # One base model for everyone, said in passing
    ("we'd like to grow from 15 tenants to ~150 next year, all on one base model",
     {"num_tasks": 15, "shared_model": True}),
    ("multi-tenant setup: 35 tenants, per-tenant adapters, shared frozen base",
     {"num_tasks": 35, "shared_model": True}),
    ("each business unit wants its own tagger but ops can only host one model",
     {"shared_model": True}),
    ("the shared base of knowledge is our wiki", {"shared_model": None}),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_AS_IT_HAPPENED)
def test_what_happened_told_in_passing(text: str, expected: dict) -> None:
    assert_reads(text, expected)


# Set 127 kinds of miss (engineers' shorthand), in new words.
SHORTHAND = [
    ("extraction F1 0.79 against a 0.9 target on our gold set, prompts tuned for weeks",
     {"tried_prompting": True}),
    ("one prompt per client on Claude; macro-F1 sits at 0.74 against the 0.88 in our contracts",
     {"tried_prompting": True}),
    ("the invoices prompt scores 91% field-level; ops signed off on 88 as good enough",
     {"prompt_works": True, "tried_prompting": False}),
    ("we have 40 tenants today; target for next year: 400 tenants, each its own schema, one "
     "frozen base", {"num_tasks": 40}),
    ("data is PHI and stays with us; vendor APIs are out", {"vendor_finetune_ok": False}),
    ("on-prem only because of banking secrecy law", {"privacy": True}),
    ("the 13B stays frozen and single-copy, adapters must batch across clients in one forward "
     "pass", {"shared_model": True}),
    ("we pretrain small models in-house", {"knows_pytorch": True}),
    ("I'd like to try prompt tuning (PEFT style) on our API model", {"knows_pytorch": None}),
    ("text-to-SQL for our warehouse, GPT-4o gets 55% executable",
     {"task_kind": TaskKind.GENERATION}),
    ("given orders, drivers and delivery windows, it proposes a day plan for each van",
     {"task_kind": TaskKind.REASONING}),
    ("Prompting: not really tried.", {"tried_prompting": False}),
    ("we asked it zero shot, no examples, and it got 58% on 300 checked cases",
     {"prompt_refined": False}),
    ("today it's one generic prompt for all customers and they say it doesn't sound like them",
     {"prompt_refined": False, "tried_prompting": True}),
    ("we wrote one instruction, haven't iterated, no definitions or examples in it",
     {"prompt_refined": False, "labeled_examples": None}),
    ("12 regional desks want it to rewrite agency copy into their desk's house style",
     {"num_tasks": 12, "labeled_examples": None}),
    ("we run GPT-4o via the API today; plan for next year is to fine-tune Llama on our own GPUs",
     {"hosting": Hosting.VENDOR_API}),
    ("how often does it change? honestly all the time, legal pushes updates to the policies "
     "almost every week", {"fresh_knowledge": True}),
    ("our test set: 250 questions with teacher solutions", {"labeled_examples": 250}),
    # Time and versions spent on a prompt (set 126)
    ("we spent a couple of months prompting Qwen with rules and examples, it stays at 75%",
     {"prompt_refined": True}),
    ("we try prompting a lot, my son spend three weeks on it, many versions",
     {"prompt_refined": True}),
    ("we spent two months on the warehouse move", {"prompt_refined": None}),
]


@pytest.mark.parametrize(("text", "expected"), SHORTHAND)
def test_engineers_shorthand(text: str, expected: dict) -> None:
    assert_reads(text, expected)


# Sets 128-129: prompts refined as people say it, in-prompt examples, classes named by the
# verb, spans and codes with their values, periods and durations after a count.
WORDED_128 = [
    ("the prompt we've rewritten maybe 40 times since spring still swaps the two parties",
     {"prompt_refined": True}),
    ("our developers put the style guide in the prompt and revised it many times",
     {"prompt_refined": True}),
    ("I iterated the prompt for six weeks with a schema and examples", {"prompt_refined": True}),
    ("I prompt Llama locally and spent a few weekends on it, added rules and samples",
     {"prompt_refined": True}),
    ("the prompt's accuracy hasn't moved over the last four rounds of changes",
     {"prompt_refined": True}),
    ("we spent a few weekends on the new office", {"prompt_refined": None}),
    ("we've tweaked the prompt a lot and it still drifts", {"prompt_refined": True}),
    ("two months iterating the prompt with a strict output format", {"prompt_refined": True}),
    ("a Claude prompt the team refined since March still misses one in six",
     {"prompt_refined": True}),
    ("Prompting: four months with GPT-4o, few-shot and a schema", {"prompt_refined": True}),
    ("we have tried prompting, properly, and it stalls at 80%", {"prompt_refined": True}),
    ("we haven't tried prompting properly yet", {"prompt_refined": None}),
    ("I test one time with Gemini, I write a quick prompt, the answers are too hard for kids",
     {"prompt_refined": False, "tried_prompting": True}),
    ("Honestly we haven't really done anything yet.", {"tried_prompting": False}),
    ("Nothing has been built for it yet.", {"tried_prompting": False}),
    ("Nobody in the office is technical, we don't have anyone who codes.",
     {"team_skill": TeamSkill.NONE}),
    ("Two partners, none technical.", {"team_skill": TeamSkill.NONE}),
    ("2 backend devs, plus a data scientist who's mostly reporting and dashboards",
     {"team_skill": TeamSkill.API}),
    ("It would need to be a hosted product, we cannot look after servers.",
     {"hosting": Hosting.VENDOR_API}),
    ("$4k for API and training; staff time comes out of another budget",
     {"budget_usd": 4000, "budget_covers_people": False}),
    ("the only tagged tickets we have are the 60 a supervisor did one evening",
     {"labeled_examples": 60}),
    ("a labelled archive of 8,500 claims with the adjuster's decision",
     {"labeled_examples": 8500}),
    ("the six examples make every call about 3k tokens", {"labeled_examples": None}),
    ("maybe 240 guides across the year, one exhibition at a time",
     {"monthly_requests": 20, "labeled_examples": None}),
    ("our archivists labeled 900 letters over the year", {"labeled_examples": 900}),
    ("each complaint is bucketed into one of 18 root-cause codes",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("we sort purchase line items into our 9 spend categories",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("find the sponsor reads in each video transcript and give start and end times",
     {"task_kind": TaskKind.EXTRACTION}),
    ("turn the vet's notes into billing codes with quantities and doses",
     {"task_kind": TaskKind.EXTRACTION}),
    ("a labeled history of 3,000 tickets", {"task_kind": None}),
]


@pytest.mark.parametrize(("text", "expected"), WORDED_128)
def test_sets_128_129_wording(text: str, expected: dict) -> None:
    assert_reads(text, expected)


# Sets 130-131: refinement told by what was changed and for how long, one-off tries, a
# working prompt whose only "but" is its cost, privacy told by who forbids what, task kinds
# told by what comes out (a JSON record, feedback, a verdict, a bulletin, a plan that keeps
# rules).
WORDED_130 = [
    ("our support lead reworded the instructions dozens of times", {"prompt_refined": True}),
    ("we modified the prompt maybe forty times since spring", {"prompt_refined": True}),
    ("a carefully crafted few-shot prompt, and we've tweaked it constantly",
     {"prompt_refined": True}),
    ("we used a hand-tuned prompt with examples for a quarter", {"prompt_refined": True}),
    ("we've been tuning the system prompt on Claude for three months", {"prompt_refined": True}),
    ("I've been prompting Llama locally since a year", {"prompt_refined": True}),
    ("the prompt went through 12 revisions and it still fails on long files",
     {"prompt_refined": True, "labeled_examples": None}),
    ("I tested it with Gemini for an hour with a short prompt, the replies were too formal. "
     "Never went back to it.", {"prompt_refined": False, "tried_prompting": True}),
    ("Our prompt works, 93% on the audit set, which is what ops asked for, but the examples "
     "make every call three times longer", {"prompt_works": True, "tried_prompting": False}),
    ("the prompt works but it is slow and often wrong on long emails",
     {"prompt_works": None, "tried_prompting": True}),
    ("we tried a prompt and the cost would be absurd at our volume", {"tried_prompting": True}),
    ("My cofounder uses the Anthropic API, he is not an ML engineer",
     {"team_skill": TeamSkill.API}),
    ("Our hospitals forbid that the records leave our servers", {"privacy": True}),
    ("client emails stay in our own data centre", {"privacy": True}),
    ("the requests carry patient-identifiable details", {"privacy": True}),
    ("house terms are still not consistent across translators", {"needs_consistency": True}),
    ("every manifest has to become a valid JSON object for our TMS",
     {"task_kind": TaskKind.EXTRACTION}),
    ("we score each incoming transfer for fraud before release",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("teachers want personalised feedback on homework, each against the class rubric",
     {"task_kind": TaskKind.GENERATION}),
    ("each night we need a one-page briefing for the ward managers",
     {"task_kind": TaskKind.GENERATION}),
    ("it should suggest rotas for the drivers that respect the legal rest limits",
     {"task_kind": TaskKind.REASONING}),
    ("Good answers we kept? Practically none.", {"labeled_examples": 0}),
    ("around 9k rewrites a month once it launches", {"monthly_requests": 9000}),
]


@pytest.mark.parametrize(("text", "expected"), WORDED_130)
def test_sets_130_131_wording(text: str, expected: dict) -> None:
    assert_reads(text, expected)


# Sets 132-133: how long and how much a prompt was worked on, said every which way; one-off
# tries; a working prompt told by who is happy with it; a vendor's tuning allowed "there";
# texts written from records; how often one piece of work is needed.
WORDED_132 = [
    ("the prompt has been reworked many times by two of us over three months",
     {"prompt_refined": True}),
    ("the prompt has been worked on for six weeks: definitions, examples",
     {"prompt_refined": True}),
    ("I tried prompting a local Qwen a lot, with examples", {"prompt_refined": True}),
    ("we've been on GPT prompts for 5 months, iterated a lot", {"prompt_refined": True}),
    ("prompting with the glossary in the prompt we did for 8 months",
     {"prompt_refined": True}),
    ("few-shot prompts per client tried over the last year, stuck at 70%",
     {"prompt_refined": True}),
    ("our dev has been tweaking a claude prompt for like 3 weeks", {"prompt_refined": True}),
    ("prompting got us to about 70% after a lot of work", {"prompt_refined": True}),
    ("I did try once in Gemini, it came out over the top", {"prompt_refined": False,
                                                            "tried_prompting": True}),
    ("I pasted one report into a chatbot. That was the only time.",
     {"prompt_refined": False}),
    ("my colleague wrote the prompt on a Friday afternoon", {"prompt_refined": False}),
    ("the prompt is meeting the bar, QA checks it weekly", {"prompt_works": True}),
    ("Honestly the current setup works: a prompt with six examples, ops are happy",
     {"prompt_works": True, "tried_prompting": False}),
    ("on short calls it's good; on long ones it drops the action items",
     {"prompt_works": None}),
    ("i use chatgpt w a prompt for the menu text, works great honestly",
     {"prompt_works": True}),
    ("We use Anthropic's API. Fine-tuning there is fine with us.",
     {"vendor_finetune_ok": True}),
    ("we rent GPU VMs in our Azure subscription, nothing leaves it",
     {"hosting": Hosting.SELF_HOSTED}),
    ("fine-tuning inside our Azure tenant is approved by legal",
     {"hosting": Hosting.VENDOR_API}),
    ("we only have normal office laptops", {"hardware": Hardware.NONE}),
    ("The team is me and 1 copywriter.", {"team_skill": TeamSkill.NONE}),
    ("budget 30k, but that's mostly the contractor's time", {"budget_covers_people": True}),
    ("we haven't started yet", {"tried_prompting": False}),
    ("each report must be mapped to the insurer's claim category and severity",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("we want to write product blurbs from our structured catalogue data",
     {"task_kind": TaskKind.GENERATION}),
    ("I have a question about training a model per customer. We tag tickets into 20 queues.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("I have 25 contracts filled by hand as examples", {"labeled_examples": 25}),
    ("we send the newsletter once a week", {"monthly_requests": 4}),
    ("the bot writes every day the summary for the night shift", {"monthly_requests": 30}),
    ("we run the batch once a week, 40,000 documents each time",
     {"monthly_requests": None}),
]


@pytest.mark.parametrize(("text", "expected"), WORDED_132)
def test_sets_132_133_wording(text: str, expected: dict) -> None:
    assert_reads(text, expected)


# Sets 134-135: refinement told as a story ("started with a plain instruction, then added
# ..."), by season or rounds; a working prompt judged against a bar someone else set; what
# the data lacks is no lack of data; the prompt's own examples.
WORDED_134 = [
    ("Started with Claude and a plain prompt, then added a schema and six examples",
     {"prompt_refined": True}),
    ("most of last year we worked on prompts with a local model", {"prompt_refined": True}),
    ("we spent the spring prompting a 70B model with definitions", {"prompt_refined": True}),
    ("since last March our developer has refined the GPT-4o prompt with a checklist",
     {"prompt_refined": True}),
    ("tried prompting: few-shot plus definitions, 4 rounds of iteration",
     {"prompt_refined": True}),
    ("We tried really hard with prompts. It still mixes up two categories.",
     {"prompt_refined": True}),
    ("per-brand prompts with examples, for two years now, reworked many times",
     {"prompt_refined": True}),
    ("Haven't started building anything yet.", {"tried_prompting": False}),
    ("Our customers are mostly happy with the replies the prompt writes",
     {"prompt_works": True}),
    ("Our prompt has been live a year. Auditors check a sample: 97% of reports are rated fine "
     "without edits. The target the quality board set is 95%.",
     {"prompt_works": True, "tried_prompting": False}),
    ("a third of the drafts are rewritten by the editors", {"tried_prompting": None}),
    ("it's supplier invoices without personal data, vendor tuning is fine",
     {"labeled_examples": None}),
    ("Our best version has 6 worked examples and a schema, 84% right",
     {"labeled_examples": None}),
    ("We have 6 worked examples from our lead.", {"labeled_examples": 6}),
    ("about 300 essays from the last 4 cycles", {"labeled_examples": 300}),
]


@pytest.mark.parametrize(("text", "expected"), WORDED_134)
def test_sets_134_135_wording(text: str, expected: dict) -> None:
    assert_reads(text, expected)


# Set 135: terse lists, a measured range of latency, a one-off paste into Copilot, a subset
# kept after cleaning.
WORDED_135 = [
    ("latency is 800 ms to 2 s. Too slow.", {"tight_latency": None}),
    ("I pasted a single report into Copilot and asked for key risks, but it missed the "
     "exclusions", {"tried_prompting": True, "prompt_refined": False}),
    ("4. Prompting: not tried yet, next sprint", {"tried_prompting": False}),
    ("2. Output: JSON with site, meter id, reading, date", {"task_kind": TaskKind.EXTRACTION}),
    ("the findings template must match, and it has to be exact", {"needs_consistency": True}),
    ("Two years of claims labeled by adjusters. After dedup we kept about 7,500 we trust.",
     {"labeled_examples": 7500}),
    ("We're on Gemini. Legal said fine-tuning on them is fine.", {"vendor_finetune_ok": True}),
]


# Held-out sets 136 and 137 (h3371-h3420), first blind run on 28d704a: ways of saying a
# prompt was worked on at length or only drafted, a shortfall, a working prompt, a count
# marked by people, a volume with no period, data kept in-house, and tasks named by mapping
# items to codes. Each failed before the change that reads it.
WORDED_136 = [
    ("the prompt has gone through maybe 30 revisions, and it still swaps consignee and notify "
     "party", {"prompt_refined": True, "tried_prompting": True}),
    ("I tried a local Llama 3 8B with a long prompt. went through a lot of versions over two "
     "months. it still mixes up FDI and universal tooth numbering", {"prompt_refined": True}),
    ("We tried with prompt on small open models. Many weeks of work on the prompt. Still it "
     "confuses disease names", {"prompt_refined": True}),
    ("We worked on prompting for a whole quarter with a self-hosted 70B model, and it still "
     "misplaces speaker labels", {"prompt_refined": True}),
    ("We've iterated on prompts with GPT-4.1 for about four months. It plateaus around 81%.",
     {"prompt_refined": True}),
    ("one of our recruiters wrote a prompt in ChatGPT last Friday afternoon and pasted in a "
     "few CVs. Results were all over the place", {"prompt_refined": False,
                                                  "tried_prompting": True}),
    ("One engineer hacked a zero-shot prompt with just the category names in an afternoon, "
     "got 64% on a sample", {"prompt_refined": False}),
    ("The city gives us Copilot licences, but we haven't tried using it for this.",
     {"tried_prompting": False}),
    ("We built it on Azure OpenAI with a detailed prompt. About 1 report in 8 still comes back "
     "with sections reordered.", {"tried_prompting": True}),
    ("We did try prompting with each partner's tone guide. Partner QA still rejects roughly 1 "
     "in 6 letters for tone.", {"tried_prompting": True}),
    ("budget: there is none honestly, my dad won't pay for cloud anything.", {"budget_usd": 0}),
    ("We have 70,000 declarations mapped by our medical underwriters over 4 years.",
     {"labeled_examples": 70000}),
    ("our support team has manually categorised about 12,000 of these tricky transactions",
     {"labeled_examples": 12000}),
    ("Volume is seasonal, something like 2 million uncategorised transactions between February "
     "and April.", {"labeled_examples": None}),
    ("a normal month is ~4 million messages", {"monthly_requests": 4_000_000,
                                               "labeled_examples": None}),
    ("Some transcripts are sealed, so nothing leaves our servers.",
     {"privacy": True, "vendor_finetune_ok": False}),
    ("farmers are ok with us using it but they don't want it sent to American companies",
     {"vendor_finetune_ok": False}),
    ("Our EU data commitments mean we run open models in our own cloud account.",
     {"privacy": True}),
    ("We serve a 70B model on a pool of H100s.", {"hardware": Hardware.CLUSTER}),
    ("We map each visit's SOAP notes to procedure and billing codes from our catalogue.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Each sponsor wants the letter generated from the clinical review in their format. "
     "Appeals reviewers still flag tone and structure problems.",
     {"task_kind": TaskKind.GENERATION}),
    ("It answers member questions in Slack, pulling the current policies from our Notion.",
     {"task_kind": TaskKind.QA_CHAT}),
    ("75 field technicians. After each visit the tech dictates notes and we need a service "
     "report in our exact client template.", {"task_kind": TaskKind.GENERATION}),
    # Places with their own rules are one task: not tenants
    ("140 stenographers working in 9 states; the layout follows each state's rules.",
     {"num_tasks": None}),
]

WORDED_137 = [
    ("We have around 4,000 claim charts from past reports, each checked by a senior searcher.",
     {"labeled_examples": 4000}),
    ("About 1,200 reports a month, each with several claims.",
     {"monthly_requests": 1200, "labeled_examples": None}),
    ("For every report we break each independent claim into its elements.",
     {"task_kind": TaskKind.EXTRACTION}),
    ("They iterated the prompt a lot: the table schema spelled out. It's right on maybe 70%.",
     {"prompt_refined": True}),
    ("The prompts are long and we've iterated on them plenty, but several tasks keep drifting.",
     {"prompt_refined": True}),
    ("Our developers built this on the OpenAI API and worked the prompt hard. It still drifts.",
     {"prompt_refined": True}),
    ("We code every line item on vet invoices to our benefit codes.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Our vendor contract allows claims data to be used for fine-tuning within their EU region.",
     {"vendor_finetune_ok": True}),
    ("tried chatgpt once for instagram captions, never for this.", {"tried_prompting": False}),
    ("I tried it once in Claude with a one-line instruction and the reasoning was shallow.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("It's protected health information, so nothing leaves our AWS account.",
     {"privacy": True, "vendor_finetune_ok": False}),
    # and what must still read as before
    ("9 tasks queued, each with around 1,500 labelled examples", {"labeled_examples": 1500}),
    ("I have 1,100 field reports labeled with crop, pest and severity.",
     {"task_kind": TaskKind.EXTRACTION, "labeled_examples": 1100}),
    ("if it works fine we keep it", {"prompt_works": None}),
]


def test_a_working_prompt_said_in_the_next_message() -> None:
    """Set 137 (h3404): the model named first, "It works fine, honestly." next."""
    first = ("For about eight months we've used GPT-4o through the API to write the follow-up "
             "texts after a fitting.")
    assert prompt_works_in_context("It works fine, honestly. Complaints are basically "
                                   "zero.", first)


# Held-out sets 138 and 139 (h3421-h3470), first blind run on 56f1876.
WORDED_138 = [
    ("Since March we've used a prompt on Azure OpenAI that turns visit notes into an update. "
     "Our nurse supervisors spot-check it every week and they're happy: it's accurate.",
     {"prompt_works": True, "tried_prompting": False}),
    ("We use Claude with a long prompt. Our dev has been improving it for three months. It's "
     "stuck at 85% line accuracy.", {"prompt_refined": True, "tried_prompting": True}),
    ("examples: our copywriter did before/after rewrites for about 60 products last year",
     {"labeled_examples": 60}),
    ("Every product review has to be screened for health claims we're not allowed to publish.",
     {"task_kind": TaskKind.CLASSIFICATION}),
    ("Yes, we've prompted it for a couple of months, with examples. It's stuck at about 81%.",
     {"prompt_refined": True, "tried_prompting": True}),
    ("How often do they change? Honestly all the time. The underwriter sends new bulletins "
     "most weeks.", {"fresh_knowledge": True}),
    ("The manual has been revised twice this year already.", {"fresh_knowledge": True}),
    ("each venue wants seller listings mapped into its own seating scheme and section names",
     {"task_kind": TaskKind.EXTRACTION}),
    ("We want first drafts of the red-flag memo sections written from the analysts' notes.",
     {"task_kind": TaskKind.GENERATION}),
    ("We've been iterating prompts with GPT-4 since January: style guide, section template, "
     "three strong memos as examples. Partners still rewrite most of it.",
     {"prompt_refined": True, "labeled_examples": None}),
    ("We have about 1,400 past memo sections paired with the analyst notes they were written "
     "from.", {"labeled_examples": 1400}),
    ("Every complaint report has to be triaged into a hazard class. The label depends on "
     "reasoning about potential harm.", {"task_kind": TaskKind.CLASSIFICATION}),
]

WORDED_139 = [
    ("So really it's 150 little classification jobs.", {"num_tasks": 150,
                                                        "labeled_examples": None}),
    ("The prompt was basically 'write a description for this bow'. Wrote it one evening, "
     "honestly didn't tweak it after that.", {"prompt_refined": False}),
    ("A big model with a few-shot prompt does it fine quality-wise but takes 1.5 to 2 seconds.",
     {"tight_latency": None}),
    ("We want an LLM to label each incoming alert with a severity and a MITRE technique ID, "
     "output as strict JSON.", {"task_kind": TaskKind.CLASSIFICATION}),
    ("Our one ML engineer has done the prompt work properly: schema, 10 examples. It still "
     "mixes up lateral movement and credential access.", {"prompt_refined": True}),
    ("Our GPT-4o prompt works, 97% on our checks, but it carries six full example stubs, so "
     "each call is around 7,000 tokens.", {"prompt_works": True}),
    ("Our agreement with OpenAI covers fine-tuning on this data.", {"vendor_finetune_ok": True}),
    ("Dealers send us emails with sizes and glass type, and we type it in the order system by "
     "hand.", {"task_kind": TaskKind.EXTRACTION}),
    ("Money for cloud or API we don't have, really zero.", {"budget_usd": 0}),
    ("An analyst builds a tasking plan: which fields to image, on which pass, given cloud "
     "forecasts and a capture budget. We'd like an LLM to draft that plan.",
     {"task_kind": TaskKind.REASONING}),
    ("We plan to fine-tune it, given our budget constraints.", {"task_kind": None}),
    ("No worked examples in the prompt, no step-by-step. We have about 50 past plans together "
     "with the inputs they were made from.", {"labeled_examples": 50}),
    ("Inspectors write free-text defect reports and we need them coded against our 32 defect "
     "codes.", {"task_kind": TaskKind.CLASSIFICATION}),
]


# Set 135's last kinds of miss (h3361, h3363): a subset kept after a comma, agreement below
# the people's own, and a working model step said to work in the next message.
WORDED_135_LEFT = [
    ("We have 5,200 essays, each scored by two trained readers. We kept the ones where they "
     "agreed within one point, about 4,100.", {"labeled_examples": 4100}),
    ("Prompting, yes: rubric in the prompt, 6 scored examples. We iterated most of last term. "
     "Agreement within one point with readers is 58%; readers agree with each other 81%.",
     {"tried_prompting": True, "prompt_refined": True}),
]


def test_a_model_step_said_to_work_in_the_next_message() -> None:
    """Set 135 (h3361): "goes through a small LLM step that normalises ..." first, "It works
    well." next; a plain description of the business first is no prompt."""
    first = ("Every shopping-list line goes through a small LLM step that normalises free text "
             "into our product category plus quantity.")
    assert prompt_works_in_context("It works well. The business is happy with that.", first)
    assert not prompt_works_in_context("It works well.", "We run the app for 600 stores.")


def test_a_prompt_named_further_back_in_the_last_message_works_in_this_one() -> None:
    """Set 184 (h4572): the prompt is named, then two sentences about a boss; "To be honest the
    drafts are good." next still speaks of that prompt."""
    first = ("We write product blurbs with Gemini, using a prompt I have tuned since January. "
             "Our COO keeps asking why we haven't trained our own model. He wants a memo by "
             "Friday.")
    assert prompt_works_in_context("Truthfully, the blurbs are good.", first)
    assert not prompt_works_in_context("Truthfully, the blurbs are good.",
                                       "We sell furniture online. Our COO wants a memo by Friday.")


# Held-out sets 140 and 141 (h3471-h3520), first blind run on 1e0736c.
WORDED_140 = [
    ("It runs on Claude with a system prompt our clinical lead wrote. Honestly it's doing fine: "
     "our physios spot-check 50 chats a week and the error rate is under 2%, well inside the "
     "bar they set.", {"prompt_works": True, "tried_prompting": False,
                       "monthly_requests": None}),
    ("I gave ChatGPT one chapter with 'list all names' and it missed a bunch. That was the only "
     "try.", {"prompt_refined": False, "tried_prompting": True}),
    ("We have around 300 past proposals that got funded. Maybe 220 of them also have the intake "
     "notes we started from.", {"labeled_examples": 220}),
    ("We're on GPT-4o with a long prompt. Our engineers have spent six weeks refining it and "
     "it's stuck at 74%.", {"prompt_refined": True}),
    ("total volume like 4k listings/month. we sell ~1,100 chairs a month if that matters lol",
     {"monthly_requests": 4000}),
    ("Sorry, correction on volume: 40,000 a day was during the strike weeks. Normal is about "
     "12,000 a day.", {"monthly_requests": 360_000}),
    ("We use a prompt. Our analysts iterated on it maybe 30 times.", {"prompt_refined": True}),
    ("Per-partner prompts still got the rules wrong a fifth of the time after a month of "
     "tweaking.", {"prompt_refined": True}),
    ("Around 6,000 summaries a month, roughly one per venue per night.",
     {"monthly_requests": 6000}),
    ("I've prompted Llama 3.1 8B locally for a few weeks with a detailed prompt and examples "
     "and still ~15% of records get a wrong code.", {"prompt_refined": True}),
    ("45 municipalities use our appeal system. Every city has own violation codes and own "
     "appeal outcome categories.", {"num_tasks": 45}),
    ("a rack of A100s we already use for image embeddings", {"hardware": Hardware.CLUSTER}),
    ("the error rate went up and the prompt makes errors on long tickets",
     {"tried_prompting": True}),
]

WORDED_141 = [
    ("We have a prompt. We've rewritten it maybe fifteen times.",
     {"prompt_refined": True, "task_kind": None}),
    ("no programmers here, my nephew does our website", {"team_skill": TeamSkill.NONE}),
    ("nobody technical at all unless you count our designer who does the website.",
     {"team_skill": TeamSkill.NONE}),
    ("We tried a 70B Llama with a few-shot prompt. Accuracy was okay-ish, 87%, but p95 latency "
     "was over two seconds.", {"tight_latency": None, "tried_prompting": True}),
    ("We can keep exactly one copy of the 70B loaded. Ideally requests for all fourteen tasks "
     "go through the same batches.", {"shared_model": True}),
    ("We've been prompting a local Qwen 14B on our own server for months. Lots of rewording.",
     {"prompt_refined": True}),
    ("refunds and ban appeals have to follow the policy wording exactly.",
     {"needs_consistency": True}),
    ("We publish three mobile games, the biggest has about 2 million monthly players.",
     {"monthly_requests": None}),
    ("We don't have a labeled set and nobody wants to relabel thousands of reviews every three "
     "weeks.", {"labeled_examples": 0}),
    ("We've trialled GPT-4o-mini with a long prompt: far too slow, and however we reword it, it "
     "confuses banter with abuse.", {"prompt_refined": True}),
    ("Serving constraint: the GPU budget covers one copy of the base model.",
     {"budget_usd": None}),
    ("We self-host on our own GPU cluster, because the OEM contracts forbid sending tickets to "
     "third parties.", {"privacy": True, "vendor_finetune_ok": False}),
]


def test_a_number_under_its_own_heading_does_not_answer_the_budget() -> None:
    """Set 141 (h3513): "Tickets: roughly 1,500 a day" asked about the budget is volume."""
    found = extract("Tickets: roughly 1,500 a day. Two backend devs.", expecting="budget")
    assert found.get("monthly_requests") == 45_000 and "monthly_budget_usd" not in found
    assert extract("Budget: about 2k a month", expecting="budget")["monthly_budget_usd"] == 2000


# Held-out sets 142 and 143 (h3521-h3570), first blind run on 4bfec80.
WORDED_142 = [
    ("The loan rules change whenever the council renegotiates licences, roughly every quarter, "
     "and availability changes by the minute.", {"fresh_knowledge": True}),
    ("Prompting with each shop's style notes gets the tone roughly, but shops keep rejecting "
     "drafts.", {"tried_prompting": True}),
    ("it runs on the OpenAI API with a long prompt my cousin wrote in march. answers are "
     "honestly good, we spot check about 30 a week and fix maybe one",
     {"prompt_works": True, "tried_prompting": False}),
    ("We have 14,000 logged commands with the correct parse, from our override logs.",
     {"labeled_examples": 14000}),
    ("Need broker chat messages turned into trade tickets: product, delivery period, volume in "
     "MW, price, counterparty.", {"task_kind": TaskKind.EXTRACTION}),
    ("Each client (35 active right now) has its own defect classification scheme. One "
     "aerospace client has 22 categories, a dental lab has 6.", {"num_tasks": 35}),
    ("We run a 34B model on our own GPU server because client drawings are under NDA.",
     {"privacy": True}),
    ("My nephew is developer, he can use the API of OpenAI or Mistral.",
     {"hosting": Hosting.VENDOR_API}),
    ("We host Qwen 2.5 14B with a carefully worked prompt, but it keeps failing on old deeds.",
     {"prompt_refined": True}),
    ("A GPT-4o prompt with 12 worked examples does it at about 94%, which we're happy with, "
     "but each call is ~3,500 tokens.", {"prompt_works": True, "tried_prompting": False}),
    ("What we really want is variety though. Students complain the materials feel repetitive.",
     {"needs_consistency": False}),
    ("We played with a few prompts in Gemini last month, honestly decent, a bit generic.",
     {"prompt_refined": False}),
    ("Members ask the same kinds of questions by email: how is my benefit calculated, what "
     "happens if I go part-time.", {"task_kind": TaskKind.QA_CHAT}),
    ("I've been using Claude to write the condition reports from my bench notes. I've worked on "
     "the prompt quite a bit: my grading scale spelled out.",
     {"task_kind": TaskKind.GENERATION, "prompt_refined": True}),
    # and what must still read as before
    ("Agents complain the output sounds samey and sometimes breaks our house style.",
     {"needs_consistency": True}),
    ("We run Mistral 7B on our own server.", {"hosting": Hosting.SELF_HOSTED}),
]

WORDED_143 = [
    ("Input: stewards' reports, messy free text. Output: fixed JSON, incidents, horse ids, "
     "interference type.", {"task_kind": TaskKind.EXTRACTION}),
    ("Each clinic wants the follow-up messages our assistant drafts to sound like them.",
     {"task_kind": TaskKind.GENERATION}),
    ("When a seller uploads a lot we need the category plus 12 attributes before the page "
     "renders.", {"task_kind": TaskKind.EXTRACTION}),
    ("Currently it's one prompt on a hosted API. Estimators say it's right on basically "
     "everything.", {"prompt_works": True}),
    ("We have 5,200 orders annotated by pharmacists. One of us wrote PyTorch training code "
     "during her PhD.", {"labeled_examples": 5200}),
    ("No, we have no programmer. Not tried really.", {"tried_prompting": False}),
    ("We tried a hosted model with 10 examples, then reworked it with the compliance team over "
     "six weeks. Accuracy is stuck at 78%.", {"prompt_refined": True, "tried_prompting": True}),
    ("We have a prompt with 5 example reports in it, which our officer worked on for a month.",
     {"prompt_refined": True}),
    ("We prompted a hosted model with the template and iterated with our medical lead for two "
     "months.", {"prompt_refined": True}),
]


# Held-out sets 144 and 145 (h3571-h3620), first blind run on 0cf4f0b (parser 713b99d).
WORDED_144 = [
    ("Last year we set up a prompt with Claude that flags hardship. QA spot-checks 200 a month "
     "and it agrees 96% of the time, which is above the 93% our compliance officer asked for.",
     {"prompt_works": True, "tried_prompting": False}),
    ("Per our licence conditions data goes nowhere outside our infra.", {"privacy": True}),
    ("we tried a local Qwen 7B with a long prompt and few-shot examples, iterated for weeks, "
     "stuck at around seventy percent", {"prompt_refined": True, "tried_prompting": True}),
    ("customers complain the replies are off-brand", {"tried_prompting": None}),
    ("We use a prompt. Customers complain the replies are off-brand.",
     {"tried_prompting": True}),
]

WORDED_145 = [
    ("Is it working? Yeah... actually, it is. Our patient panel rated 94% of them clear, and "
     "complaints dropped. The prompt's been stable since spring.",
     {"tried_prompting": None}),
    ("Regulation requires that player communications stay within our own data centre.",
     {"privacy": True}),
    ("We run Llama 3 70B on our GPU server with a carefully iterated prompt.",
     {"prompt_refined": True}),
    ("Prompts alone gave inconsistent hints, even after we iterated on them for a whole school "
     "term.", {"prompt_refined": True, "tried_prompting": True}),
    ("We've used a prompt with GPT-4o for two shows and kept improving it, but editors still "
     "rewrite about 40% of the entries.", {"prompt_refined": True, "tried_prompting": True}),
    ("Tried: few-shot prompt on gpt-4o-mini, iterated over a quarter.", {"prompt_refined": True}),
    ("We tried per-broker prompts for a quarter, revising them as we went.",
     {"prompt_refined": True}),
    ("We're on the OpenAI API. The records are published registers, so legal is fine with "
     "uploading them for fine-tuning.", {"vendor_finetune_ok": True}),
    ("My nephew, who's doing a data science course, says we should fine-tune our own model.",
     {"team_skill": None}),
    ("I run Llama 3.1 8B locally with a prompt. Spent a few weeks on it. It gets the "
     "structure, but the wording never sounds like us.", {"tried_prompting": True}),
    ("Prompting we tried: one long prompt per court. It works somewhat, but the conventions of "
     "similar courts get mixed.", {"tried_prompting": True}),
]

# Left from sets 142, 144 and 145 when they were registered, read since.
WORDED_145_LEFT = [
    ("We need chemistry, state of charge and net weight extracted into one fixed CSV row per "
     "lot.", {"needs_consistency": True}),
    ("We're not a tech company, it's me and two packers.", {"team_skill": "none"}),
    ("It's just me and a designer.", {"team_skill": "none"}),
    ("It's me and two techs, one of them writes Python.", {"team_skill": "api"}),
    # h3579, h3587, h3594 (set 144)
    ("Every live chat message must be scored for problem-gambling markers before the agent "
     "sees it.", {"task_kind": "classification"}),
    ("We need to sort incoming regulatory and customer-safety documents from eleven EU markets "
     "into about twenty categories.", {"task_kind": "classification"}),
    ("Debt collection agency. Every call gets a disposition code. There are 14 of them.",
     {"task_kind": "classification"}),
]

WORDED_146 = [
    ("Some are very clinical, some very warm, a few need bilingual output.",
     {"labeled_examples": None}),
    ("Each clinic has signed off on a set of example summaries, usually 250 or more per "
     "clinic.", {"labeled_examples": 250}),
    ("One of our backend devs tried pasting the data into GPT-4o with 'make a seeding plan' "
     "and the plan double-booked racks.", {"tried_prompting": True, "prompt_refined": False}),
    ("So far we've asked GPT-4o straight 'is this legal?' with no examples.",
     {"prompt_refined": False}),
    ("We have tried ChatGPT a bit. Actually no, that was Dani, she tried it once and said it "
     "was cheesy.", {"tried_prompting": True, "prompt_refined": False}),
    ("No developers. I'm the one who does the website, on Squarespace.", {"team_skill": "none"}),
    ("We've had a prompt in Claude that pulls the time out of the note. QA checks it every "
     "week and it's right basically every time: two mistakes in four months.",
     {"prompt_works": True, "tried_prompting": False}),
    ("Our new director wants us to 'own our own model', and he's offered a budget of $15,000 "
     "for it.", {"budget_usd": 15000}),
    ("One member says we should fine-tune, he's even offered $2,000 from the tech fund for it.",
     {"budget_usd": 2000}),
    ("A vendor offered us a tuned model for $30k a year.", {"budget_usd": None}),
    ("I tried a local model, Mistral 7B, with a careful prompt: every abbreviation spelled out.",
     {"prompt_refined": True}),
    ("Our curator and I hand-checked about seven hundred cards last winter.",
     {"labeled_examples": 700}),
    ("Our stenographers' raw output has to be turned into certified transcripts that follow "
     "the state's rules.", {"task_kind": "generation"}),
    ("Patent translation bureau, German, French and Japanese into English. We want machine "
     "first drafts of patent claims; examiners flag inconsistent terms.",
     {"task_kind": "generation"}),
    ("After each walk, turn the walker's quick notes plus the GPS stats into a friendly 3-4 "
     "sentence update for the owner.", {"task_kind": "generation"}),
    ("We want the model to turn a supervisor's rambling voice-note transcript into our "
     "incident report template, which has 18 fixed fields.", {"task_kind": "extraction"}),
    ("We'd like each note converted into a structured defect report: part number, defect "
     "type, location.", {"task_kind": "extraction"}),
    ("We tried prompting pretty seriously, with the code definitions and twenty examples. We "
     "plateau around 81%.", {"prompt_refined": True, "tried_prompting": True}),
    ("We self-host Llama 3.1 70B because dealer pricing data may not go to third parties "
     "under our contracts.", {"vendor_finetune_ok": False, "privacy": True}),
    ("We need to make from each email the order lines: article number, quantity, variant.",
     {"task_kind": "extraction"}),
    ("Our developer use GPT-4o since almost one year, he made the prompt very long, and he "
     "change it many times.", {"prompt_refined": True}),
    ("We don't have any examples of good summaries. Well, actually, one of our reporters did "
     "about a dozen last year, so I suppose we have twelve. A vendor quoted $22,000 to "
     "fine-tune one.", {"labeled_examples": 12}),
    ("We don't have any examples. We have 3 people.", {"labeled_examples": 0}),
]

WORDED_147 = [
    ("We not try it yet, my developer can connect to OpenAI API no problem.",
     {"tried_prompting": False}),
    ("We tried prompting Mistral 7B locally for about a month: few-shot examples, exact "
     "section headings.", {"prompt_refined": True}),
    ("The county permit offices are picky about the format.", {"needs_consistency": True}),
    ("Each of our 28 largest carriers formats invoices and accessorial codes its own way.",
     {"num_tasks": 28}),
    ("Each of our big clients has its own binding rulings, so it's a separate task per "
     "client. 35 clients in scope.", {"num_tasks": 35}),
    ("The two biggest accounts complained.", {"num_tasks": None}),
    ("We self-host Llama 3.1 70B on our own GPU cluster (client contracts keep invoice data "
     "in-house).", {"privacy": True}),
    ("Ideally one model behind all thirty, we are not going to maintain thirty separate "
     "models.", {"num_tasks": 30, "shared_model": True}),
    ("We self-host Llama 2 13B on two A100 servers we own.", {"hardware": "own_gpu"}),
    ("3 ML engineers, 2 GPU servers on-prem.", {"hardware": "own_gpu"}),
    ("We host Llama 3.3 70B ourselves on two 8xH100 nodes.", {"hardware": "cluster"}),
    ("We own two GPU servers in our data centre, 8xA100 each.", {"hardware": "cluster"}),
    ("In our server room stand two machines, each with four A100.", {"hardware": "cluster"}),
    ("Self-hosting a 13b model on 2 GPU servers.. actually 3 now.", {"hardware": "cluster"}),
    ("Prompting with examples per pair was tried, is ok for big pairs but weak in small ones.",
     {"tried_prompting": True}),
    ("We get loads of emails asking things like will this Hornby loco run on my Bachmann "
     "track.", {"task_kind": "qa_chat"}),
    ("I tried ChatGPT one evening, typed in a question, and it said N gauge stock would run "
     "on OO track, which is rubbish. Neither of us can program.",
     {"tried_prompting": True, "prompt_refined": False, "team_skill": "none"}),
    ("Prompted GPT-4o-mini with examples for a month: 1.2 s p50 and it drops filters ~7% of "
     "the time.", {"prompt_refined": True}),
    ("We write insurance supplement requests and the adjusters want a very specific format: "
     "line items with codes.", {"task_kind": "generation"}),
    ("My office manager's nephew built it out over two months: five example supplements in "
     "the prompt, the exact layout.", {"prompt_refined": True}),
    ("Per-client prompts with the rulings pasted in were our first go; we spent a quarter on "
     "them.", {"prompt_refined": True}),
    ("I try once GPT-4o with simple question 'calculate duty for this invoice' and it make "
     "mistake in the order.", {"tried_prompting": True, "prompt_refined": False}),
    ("A 9-example few-shot prompt on a hosted model; we refined it over a quarter, it's at "
     "81%.", {"prompt_refined": True}),
    ("We need voice notes turned into a standard damage report so we're covered on claims.",
     {"task_kind": "generation", "needs_consistency": True}),
    ("The franchise agreement says customer data, plates included, stays on our own systems.",
     {"privacy": True}),
]

# Left from sets 143 and 145 when they were registered (h3565, h3613), read since.
WORDED_147_LEFT = [
    ("We annotate transcripts for nine annotation schemes in total, each with its own label "
     "set.", {"num_tasks": 9, "labeled_examples": None}),
    ("We did try prompting with the coding manuals pasted in. It was decent for two schemes "
     "and poor for the rest, even after several rounds of "
     "revising. Oh, correction: it's ten schemes now.",
     {"prompt_refined": True, "num_tasks": 10}),
    ("We work with roughly 200 accounting-firm partners. The infra people want one frozen "
     "model for everything. Some partners have 400 accounts.", {"num_tasks": 200}),
]

WORDED_148 = [
    ("The family fills in a form (name, dates, hobbies) and then someone has to turn that into "
     "an obituary in our house style.", {"task_kind": "generation"}),
    ("We publish 31 puzzle titles, each with its own setter persona. Infra: exactly one copy "
     "of the 70B stays in GPU memory, and requests from all 31 titles get batched together.",
     {"num_tasks": 31}),
    ("Donors ask many question like 'can I give blood after tattoo', 'I take this medicine, "
     "can I donate'.", {"task_kind": "qa_chat"}),
    ("Examples? Hmm. Not really, the old blurbs are all over the place, some are one line. So "
     "none, really.", {"labeled_examples": 0}),
    ("Examples? Hmm, not really many, maybe 40.", {"labeled_examples": 40}),
    ("Someone pasted some notes into ChatGPT once and it was actually pretty good, just a bit "
     "too corporate. Nobody's worked on the prompt since.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("Every listing description has to follow a strict template: reference number, condition "
     "in our own A to D grading language, and our tone.", {"task_kind": "generation"}),
    ("Parents email and message us constantly: when does half-term start, what's on the menu "
     "at the allergy table.", {"task_kind": "qa_chat"}),
    ("We have twelve separate text jobs. Sorry, I said twelve earlier. It's fourteen now, "
     "customs split their job into three.", {"num_tasks": 14}),
    ("I've been prompting Phi-3 mini locally with examples and refined it over a few weekends; "
     "it still mangles the batch codes.", {"prompt_refined": True}),
    ("Our puzzle app gives players graded hints for a clue: a gentle nudge, a stronger nudge, "
     "then the letter pattern.", {"task_kind": "generation"}),
    ("We want the tutor to give step-by-step hints for maths word problems.",
     {"task_kind": "reasoning"}),
    ("We'd like to avoid nine copies of the model. One base model with a small per-sector "
     "add-on is what we're after.", {"shared_model": True}),
    ("We use a prompt with eight examples on every call through Azure OpenAI. It's about 93% on "
     "our audit set, which the clinical team says is acceptable.",
     {"prompt_works": True, "tried_prompting": False}),
    ("Prompting with each style guide pasted in was tried; the guides are long and the model "
     "blends rules from different universities.", {"tried_prompting": True}),
]

WORDED_149 = [
    ("Yes, we've been prompting GPT-4-class models since March. Went through maybe 20 versions "
     "of the prompt, spelled out every rule. It still busts the line limit on roughly one in "
     "eight subtitles and our QC people fix them by hand.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("I paste the week's notes into Claude with a prompt I wrote back in January and it's... "
     "fine? Parents like the emails. I change maybe a word or two.",
     {"prompt_works": True, "tried_prompting": False}),
    ("Sorry, I said 40 brands, it's 42 since last week.", {"num_tasks": None}),
    ("Prompting a vendor model since Jan, refined heavily, few-shot, field list spelled out. "
     "Still ~10% of records with wrong codes.", {"prompt_refined": True}),
    ("We use ChatGPT a little bit for ideas but not seriously, no real prompt.",
     {"tried_prompting": False}),
    ("It runs on a vendor API. Ops says 85-90% go out without edits, but the price-breakdown "
     "table comes out formatted differently every so often.", {"needs_consistency": True}),
    ("Tried prompting a local model: with examples and the format spelled out we get about "
     "70%.", {"prompt_refined": True, "tried_prompting": True}),
    ("budget small, couple hundred $ a month max", {"monthly_budget_usd": 200}),
    ("We have couple thousand tickets.", {"labeled_examples": 2000}),
    ("I call the API through a little script our intern wrote.", {"hosting": "vendor_api"}),
    ("We've used an API prompt for listings for a year. Tone is fine, but the marketplace feeds "
     "reject listings when the fields don't follow their exact scheme, about 1 in 6 get "
     "bounced.", {"tried_prompting": True, "needs_consistency": True}),
]

WORDED_150 = [
    ("Since January we've had a prompt on GPT-4o that turns the checklist into a letter. "
     "Honestly it's working. Our QA person checks a sample of 50 a week.",
     {"prompt_works": True, "tried_prompting": False, "monthly_requests": None}),
    ("My regional director wants us to 'fine-tune our own model', and he's got 25k set aside "
     "for it.", {"budget_usd": 25000, "labeled_examples": None}),
    ("Every night we add the day's edition, and corrections get appended to old articles "
     "quite often.", {"fresh_knowledge": True}),
    ("About 1,100 logs we went through by hand last winter, all three labels on each.",
     {"labeled_examples": 1100}),
    ("Tried prompting a local model, Phi-3 mini, for a few weeks.", {"model_billions": 3.8}),
    ("We moved from Phi-3 mini to a 7B Mistral.", {"model_billions": 7}),
    ("examples? we don't keep old ones in any form you'd call data, no",
     {"labeled_examples": 0}),
    ("I tried ChatGPT twice with a spec sheet and it wrote something that sounded like a car "
     "advert.", {"tried_prompting": True, "prompt_refined": False}),
    ("We have a chatbot on GPT-4o-mini, it must talk like our brand: friendly, short.",
     {"needs_consistency": True}),
    ("We run a 13B model on our own GPU server. One base model stays loaded and frozen, and "
     "the task gets switched per request.", {"shared_model": True}),
    ("A prompt with six worked examples on GPT-4o pulls them into our order format well "
     "enough, but the six examples make each call five times longer.",
     {"prompt_works": True, "tried_prompting": False}),
    ("Prompting with each client's taxonomy and examples: tried it for a quarter. The tier "
     "boundaries are where it falls down.", {"tried_prompting": True}),
    ("Labeled data: roughly 40k tags from our analysts over three years.",
     {"labeled_examples": 40000}),
    ("Well, correction: we have loads of letters. Summaries written down properly by our "
     "interpreters, maybe twenty.", {"labeled_examples": 20}),
    ("workstation with 2x 4090 already in the office", {"hardware": "own_gpu"}),
    ("The engine gives us the best move and the evaluation, the model must reason why.",
     {"task_kind": "reasoning"}),
    ("Fine with it going to OpenAI if we take the names out.", {"vendor_finetune_ok": True}),
]

WORDED_151 = [
    ("Everything is self-hosted, the regulator won't let invoice data leave our AWS account.",
     {"vendor_finetune_ok": False}),
    ("For every shipment the customs description must get the correct tariff code (HS code).",
     {"task_kind": "classification"}),
    ("We want to turn the bargaining-committee minutes - usually 15 to 30 pages - into a "
     "one-page bulletin for members.", {"task_kind": "generation"}),
    ("Well, I tried it, one afternoon: pasted a set of minutes into Copilot with 'summarise "
     "this for members' and it came out bland.", {"tried_prompting": True,
                                                  "prompt_refined": False}),
    ("We'd like an assistant that checks whether an international applicant meets our entry "
     "requirements from their transcript.", {"task_kind": "reasoning"}),
    ("We gave it a go last week: one prompt, pasted a transcript, asked if the student meets "
     "the requirements. It got the Abitur conversion wrong.", {"prompt_refined": False}),
    ("Each forwarder wants its own tone and wording. About 30 forwarder customers now, maybe "
     "50 by year end.", {"num_tasks": 30, "monthly_requests": None}),
    ("He wrote a prompt with our summary template. Honestly the summaries are good - partners "
     "review each one and rarely change much.", {"prompt_works": True}),
    ("We tried it with ChatGPT a few times last season, results were mixed.",
     {"tried_prompting": True}),
    ("We use a prompt in Claude for the newsletter. I change one or two words.",
     {"prompt_works": True}),
]

WORDED_152 = [
    ("Prompting is what we do now. Our dev has refined it for months: rule list, six "
     "examples, a self-check step.", {"labeled_examples": None, "prompt_refined": True}),
    ("GPT-4-class model through the API, instructions rewritten maybe a dozen times, five "
     "worked examples, the schema spelled out in full. Every few hundred sheets it renames a "
     "key and the import breaks.", {"labeled_examples": None, "tried_prompting": True}),
    ("Team is 5 backend devs using OpenAI's API. Fine with their fine-tuning if it comes to "
     "that.", {"vendor_finetune_ok": True}),
    ("we have'nt tried any prompt yet. no examples saved", {"tried_prompting": False}),
    ("We've run a carefully tuned GPT-4o mini prompt since January with 7 example messages in "
     "it.", {"prompt_refined": True}),
    ("Want the AI to draft the reply text when a customer fills in our 'locked out' form: ETA, "
     "call-out fee, what ID to have ready.", {"task_kind": "generation"}),
    ("We need to grade condition (Like New / Good / Acceptable / Poor) from the seller's "
     "description.", {"task_kind": "classification"}),
    ("tutoring marketplace. maths + sciences. want: after each session, a summary for the "
     "parent.", {"task_kind": "generation"}),
    ("tried once. pasted notes into chatgpt with 'write a summary for the parent'. too long, "
     "too gushy. didn't try again", {"tried_prompting": True, "prompt_refined": False}),
    ("Each design's title, tags and a short description generated from my design notes, in a "
     "format my upload script parses.", {"task_kind": "generation"}),
    ("We try with GPT-4o, a long prompt with the criteria, asking to reason step by step. We "
     "classify the claims: compliant, needs evidence, non-compliant.",
     {"task_kind": "classification"}),
    ("Prompting with each landlord's style guide works for the big ones, but the smaller ones "
     "come out generic. We've been iterating on that since last autumn.",
     {"prompt_refined": True}),
    ("A GPT-4.1 prompt has been turning them into booking records. It has eight worked "
     "examples in it and it's accurate: our spot check found 2 errors.",
     {"prompt_works": True}),
    ("I had a go with ChatGPT a couple of evenings, some of it a bit flat, I didn't really play "
     "with the wording much.", {"prompt_refined": False}),
    ("I haven't actually tried yet, I'm seventy-one and my grandson only set me up with a "
     "ChatGPT account last week.", {"monthly_requests": None, "tried_prompting": False}),
    ("tennis club. want match reports for the website, written from scores + a few notes",
     {"labeled_examples": None}),
]

WORDED_153 = [
    ("Since January we've pasted the English into GPT-4 with a prompt our dramaturg wrote, and "
     "our reviewers change only a word here or there.", {"prompt_works": True}),
    ("Budget for this project is $8k, not counting salaries.",
     {"budget_usd": 8000, "budget_covers_people": False}),
    ("We tried a couple of prompts in ChatGPT Team. Sometimes lovely, sometimes it slips into "
     "'excels compared to peers' language, which we can't have.", {"tried_prompting": True}),
    ("Consignor details are in the notes and our insurers won't let those go to outside AI "
     "services.", {"vendor_finetune_ok": False}),
    ("A prompt with category definitions on Azure OpenAI. It's good, I'd say. Well, good "
     "except it keeps filing overflowing bins under missed collection instead of container "
     "issues, and supervisors complain.", {"tried_prompting": True, "prompt_works": None}),
    ("I run Llama 3.1 8B locally, because the owners are firm that our data isn't going to "
     "any cloud.", {"privacy": True, "vendor_finetune_ok": False}),
    ("We run Gemma 2 27B on H100s we rent by the year in a cluster. We promised those stay with "
     "us, so no OpenAI or similar.", {"privacy": True, "vendor_finetune_ok": False}),
    ("No, haven't tried it. Well, I asked ChatGPT once in passing to 'make a rehearsal "
     "schedule' and it was nonsense.", {"tried_prompting": True}),
    ("Haven't actually tried prompting yet. Well, I pasted one email into the chat tool once, "
     "does that count? Let's say no.", {"tried_prompting": False}),
    ("Our data team has hand-entered 2,000 sheets into exactly that JSON.",
     {"labeled_examples": 2000}),
    ("We've used Gemini on Vertex AI for four months, refining the prompt with the schema; "
     "output still breaks the schema.", {"prompt_refined": True, "tried_prompting": True}),
]

WORDED_154 = [
    ("The prompt has the full rubric, five anchor scripts, and asks it to reason through each "
     "criterion before giving a band.", {"labeled_examples": None}),
    ("We want an LLM to give a provisional CEFR band on the written paper.",
     {"task_kind": "classification"}),
    ("How many clients? 120 on the enterprise tier right now, and growing.",
     {"num_tasks": 120}),
    ("Our 300 biggest customers each get a weekly safety summary.", {"monthly_requests": 1290}),
    ("ML team of 8, training code is their day job.", {"knows_pytorch": True}),
    ("Want the model to sort call-centre notes by pest type (rodents, wasps, bedbugs, ants, "
     "other).", {"task_kind": "classification"}),
    ("We try already Llama 3 8B with a prompt, our engineer write many versions. Still it give "
     "broken JSON or invent item codes.", {"tried_prompting": True}),
    ("havent really tried properly yet. is it worth training something??",
     {"tried_prompting": False}),
    ("We haven't really prompted seriously, just messed about.", {"tried_prompting": False}),
    ("We tried Llama 3 70B on our parent company's GPU cluster with chain-of-thought.",
     {"hardware": "cluster"}),
    ("labeled examples, none really. well actually our safety manager tagged about sixty last "
     "month for an audit. so sixty.", {"labeled_examples": 60}),
    ("GPT-4o with six full example sheets in every prompt. Accuracy is fine, about 96% on our "
     "checks. The problem is cost.", {"prompt_works": True, "tried_prompting": False}),
    ("We tried a prompt on Gemini. Vendor tuning is fine, there's no personal data in them.",
     {"vendor_finetune_ok": True}),
    ("I want a model to pick the probable cause category for each one.",
     {"task_kind": "classification"}),
    ("Ran Mistral 7B locally with a prompt twice, results so-so. Didn't spend much time on it "
     "honestly.", {"prompt_refined": False}),
    ("We've been on a GPT-4-class model with a prompt that carries six worked examples. Quality "
     "is fine, 97% field accuracy on our spot checks. The issue is the bill: we're spending "
     "roughly $3,000 a month on this step alone.",
     {"prompt_works": True, "monthly_budget_usd": None}),
]

WORDED_155 = [
    ("Yes, we prompted it. About three weeks of work: schema in the prompt, five worked "
     "examples.", {"prompt_refined": True}),
    ("I try one time in ChatGPT with only 'translate this' and the result is too flat, too "
     "literal.", {"tried_prompting": True, "prompt_refined": False}),
    ("I've only played with ChatGPT a bit for birthday party rhymes, never for the scripts.",
     {"tried_prompting": False}),
    ("my nephew set up a prompt w claude that turns them into order lines for our system, we "
     "checked it and its right like 98%. data leaving isnt an issue for us btw",
     {"task_kind": "extraction", "prompt_works": True, "privacy": False}),
    ("I haven't actually tried giving it the notes yet.", {"tried_prompting": False}),
    ("We host a 12B model on two RTX 6000 Ada workstations. Candidate data and client "
     "frameworks stay in-house. We don't have the VRAM for 25 copies.",
     {"privacy": True, "hardware": "own_gpu"}),
    ("Prompting with each client's style sheet: clients keep sending drafts back, and we've "
     "been iterating on those prompts since January.", {"prompt_refined": True}),
    ("The prompt: I worked on it a good month. Style rules, 5 example listings. Still too "
     "salesy.", {"prompt_refined": True, "tried_prompting": True}),
    ("Budget maybe $100 for this. I don't care if the listings go to OpenAI.",
     {"hosting": "vendor_api", "vendor_finetune_ok": True}),
    ("We have 5,000 keyed bookings with the original email linked. Company policy allows "
     "Vertex tuning.", {"labeled_examples": 5000, "vendor_finetune_ok": True}),
    ("Right now it's GPT-4o-mini with a prompt that has eight example summaries in it. "
     "Quality's fine honestly, QA signs off on it.", {"prompt_works": True}),
    ("Each installer wants the customer emails our system sends to sound like them.",
     {"task_kind": "generation"}),
]


def test_a_rate_with_its_season_does_not_answer_the_budget_question() -> None:
    """Set 153 (h3812): asked the budget, "maybe 30 a month in season" is traffic; a bare
    rate without a season still answers it."""
    assert_reads("maybe 30 a month in season", {"monthly_requests": 30,
                                                "monthly_budget_usd": None}, "budget")
    assert_reads("maybe 300 a month", {"monthly_budget_usd": 300}, "budget")


def test_a_count_said_before_and_corrected() -> None:
    """Set 149 (h3706): "Sorry, I said 40 brands, it's 42": the 40 is named back, and the
    correction's number is the 42."""
    from advisor.parse import correction, recalled_field
    text = "Sorry, I said 40 brands, it's 42 since last week."
    assert recalled_field(text, {"num_tasks": 40}) == "num_tasks"
    assert correction(text, "num_tasks") == 42


def test_a_shortfall_told_in_the_message_after_the_prompt() -> None:
    """Set 146 (h3645): the prompt in one message ("he wrote the prompt with the list of
    fields"), what goes wrong in the next ("mistakes are mostly the size"); a fault that is
    wanted is none (h3074: "that's kind of the point for brainstorming")."""
    first = ("we use the claude api. he wrote the prompt with the list of fields and gave it 3 "
             "example messages, changed it a couple of times since. it's right most of the "
             "time, he guesses 85-90%? nobody counted properly")
    assert prompt_short_in_context("mistakes are mostly the size and dates like 'after my "
                                   "holiday in june'", first)
    assert not prompt_short_in_context("The outputs are a bit all over the place, but "
                                       "honestly that's kind of the point for brainstorming.",
                                       first)


def test_a_prompt_said_to_work_when_asked_in_the_next_message() -> None:
    """Set 145 (h3617): "We use an LLM to rewrite ..." first, then "Is it working? Yeah...
    actually, it is. ... complaints dropped." (complaints that fell are no shortfall)."""
    first = ("We use an LLM to rewrite appointment reminders into plain language, matched to "
             "each patient's reading level.")
    assert prompt_works_in_context("Is it working? Yeah... actually, it is. Our patient panel "
                                   "rated 94% of them clear, and complaints dropped.", first)


# Every set's new wordings, one table each above, read by one test (ids name the set).
WORDED_156 = [
    ("tried local mistral 7b w a prompt, refined it a bunch over 2 wks, it keeps dropping "
     "sections", {"tried_prompting": True, "prompt_refined": True}),
    ("We tried gpt-4o-mini with a few-shot prompt and spent two sprints improving it; "
     "accuracy is okay-ish but it takes well over a second per call.", {"prompt_refined": True}),
    ("Prompting: per-market prompts, refined them properly. They plateau around 85%.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("Llama 3.1 8B with a long instruction prompt plus examples, refined over five or six "
     "weeks. Tooth numbering is wrong too often.", {"tried_prompting": True,
                                                   "prompt_refined": True}),
    ("We've been working the prompt since January. It keeps confusing employment with "
     "landlord-tenant.", {"prompt_refined": True}),
    ("Prompting: we've had a character-bible prompt for months, tuned by our lead writer.",
     {"prompt_refined": True}),
    ("We use Claude through the API with a prompt our content lead wrote and rewrote, and "
     "honestly the explanations are good, our teachers sign off on about 97% of them.",
     {"prompt_works": True, "tried_prompting": False}),
    ("Vendor fine-tuning? Our general counsel says yes as long as it's Azure OpenAI.",
     {"vendor_finetune_ok": True}),
    ("we put about a week into the prompt: schema spelled out, 4 examples. ~90% field "
     "accuracy on our 100 test timesheets, we need like 98 for payroll.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("labeled: 300 timesheets with the correct JSON, the 100 test ones included.",
     {"labeled_examples": 300}),
    ("Our concierge chat has to answer in each brand's own voice.", {"task_kind": "qa_chat"}),
    # the class, in other words
    ("Our prompt? We polished it for three months and it still invents fields.",
     {"prompt_refined": True}),
    ("Sales improved over the last year; the prompt is a first draft.",
     {"prompt_refined": False}),
    # (the handbook's revisions refine no prompt; the one-line prompt is a first draft, read
    # since set 182)
    ("The handbook was revised over the last year. Our prompt is one line we wrote in an hour.",
     {"prompt_refined": False}),
    ("Our agents keep using the prompt every day.", {"tried_prompting": None}),
]

WORDED_157 = [
    ("We're a wedding planner marketplace, ~220 planners listed. Each planner wants the AI "
     "to draft client emails in their own voice.", {"num_tasks": 220}),
    ("We have 18 partner airlines, and each one has its own scheme for categorising member "
     "messages.", {"num_tasks": 18}),
    ("Prompting with the client's taxonomy definitions in context got us to 78%, we need "
     "about 90.", {"tried_prompting": True}),
    ("since last fall we've had a prompt in our workspace that does the summary. Honestly "
     "the counselors like it, and it holds up fine.", {"prompt_works": True}),
    ("We try prompting since four months, with examples inside, but still maybe one of five "
     "notes the model change the order or forget the section.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("Our developer is one person, he use the OpenAI API, but training code he cannot write "
     "himself.", {"team_skill": "api", "knows_pytorch": False}),
    ("we have around 1,800 pairs written by senior nurses. sorry, 1,800 was last year's "
     "count, it's about 2,300 now", {"labeled_examples": 2300}),
    ("We tried GPT-4o-mini with the category list. Accuracy was decent, but 700ms+ per call.",
     {"tight_latency": None}),
    ("ML team of five, PyTorch, we serve models on our own GPU fleet.",
     {"hardware": "cluster"}),
    ("Each product ships a short written report generated from the detection outputs.",
     {"task_kind": "generation"}),
    ("We need the client report from it: fixed 7-section structure, numbers copied exactly.",
     {"task_kind": "generation"}),
]

WORDED_158 = [
    ("Yes we tried prompting, since about March. Our developer added examples, spelled out "
     "the schema. Still around 7% come back with wrong keys.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("Since January one developer work on a GPT-4o prompt, schema inside, examples, JSON "
     "mode.", {"prompt_refined": True}),
    ("Prompts per bank we tried, with examples, revised in several rounds. Still it confuses "
     "'fees' with 'mis-selling'.", {"tried_prompting": True, "prompt_refined": True}),
    ("A few-shot prompt gets 91%. We tried more examples, chain of thought, splitting it "
     "into two calls; still 91%.",
     {"prompt_refined": True}),
    ("Adverse-event flagging is well below where the pharmacists need it, even after a lot "
     "of prompt work.", {"tried_prompting": True, "prompt_refined": True}),
    ("We have a bunch of narrow text tasks: pull fields from forms, summarise calls, draft "
     "appeal letters... about 12 in all.", {"num_tasks": 12}),
    ("Nothing can leave our data centre - donor health data.",
     {"privacy": True, "vendor_finetune_ok": False}),
    ("Also the client's contract says the scans stay with us.",
     {"privacy": True, "vendor_finetune_ok": False}),
    ("OpenAI is fine for training, the notes have no customer names in them.",
     {"vendor_finetune_ok": True}),
    ("Platform team does APIs; no ML people.", {"team_skill": "api"}),
    ("We have 8,000 RFQs whose line items sales ops already entered in the ERP.",
     {"labeled_examples": 8000}),
    ("Our app lets kids aged 5-8 chat with Pip, the mouse from our books.",
     {"task_kind": "qa_chat"}),
    ("About 200k sessions a month. Sorry - 200k chats, each maybe 10 messages.",
     {"monthly_requests": 200000, "labeled_examples": None}),
    ("Our claims handlers re-key around 25 fields into our claims platform.",
     {"task_kind": "extraction"}),
    ("I want the computer to make practice theory-test questions with four answers.",
     {"task_kind": "generation"}),
    ("Oh, and we want mixed-product batches on the same GPUs.", {"hardware": None}),
]

WORDED_159 = [
    ("62 franchisees across the country. Each franchise owner wants their own voice.",
     {"num_tasks": 62}),
    ("We haven't really tried prompting with their old captions yet, just a generic 'write "
     "an instagram caption for this brand' which was meh.", {"tried_prompting": True}),
    ("honestly we haven't really tried AI for this, only my sister pasted one item into "
     "ChatGPT once and it was meh", {"tried_prompting": False}),
    ("I pasted a notice into Claude and asked 'should we appeal?'. Answer was vague.",
     {"tried_prompting": True}),
    ("Our two developers hook into the Claude API. No ML people. I read somewhere you can "
     "train a model per creator?? sounds scary.", {"team_skill": "api"}),
    ("We have a GPT-4o-mini prompt with 8 worked examples. QA says it's as good as our human "
     "taggers, about 94%, which is what the client contract asks for.",
     {"prompt_works": True, "tried_prompting": False}),
    ("The regulator is strict, customer data does not leave us.",
     {"privacy": True, "vendor_finetune_ok": False}),
    ("Pairs: we have 18,000 note pairs. Wait, correction, 18,000 is the total; about 4,000 "
     "are from a client who left and we can't use those. So 14,000.",
     {"labeled_examples": 14000}),
]


WORDED_160 = [
    ("I typed in one instruction, something like 'write an obituary from these notes'. "
     "What came back was okay but very stiff.", {"prompt_refined": False}),
    ("We've been drafting the death notices and obituaries from the notes families give us.",
     {"task_kind": "generation"}),
    ("Asked a hosted model once with a plain instruction, totals were off by 200-300 kcal.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("Want the model to build each customer's weekly plan from our recipe list so it hits "
     "their calorie + protein targets.", {"task_kind": "reasoning"}),
    ("Dosing schedules get rewritten by our agronomist every week, sometimes twice.",
     {"fresh_knowledge": True}),
    ("I try one time with a prompt, result was not so good, the structure was every time "
     "different.", {"tried_prompting": True, "prompt_refined": False,
                    "needs_consistency": True}),
    ("The classroom network has no internet and nothing we produce can leave the building.",
     {"privacy": True, "vendor_finetune_ok": False}),
    ("We don't have any engineers, just the agency who does the website.",
     {"team_skill": "none"}),
    ("Ah wait, correction: 8B is what's on our dev box. The production cluster runs the 70B.",
     {"team_skill": None, "model_billions": 70.0}),
    ("I've prompted a 3B model on it with examples for a couple of weeks.",
     {"hosting": "self_hosted", "prompt_refined": True}),
    ("We'd run whatever we end up with ourselves.", {"hosting": "self_hosted"}),
    ("Budget up to $8,000 for this. Hammer total last year was $41m.",
     {"budget_usd": 8000.0}),
    ("Budget isn't the issue, he's offered $20k.", {"budget_usd": 20000.0}),
    ("It's live, with a prompt our developer wrote. Our senior physios reviewed the sheets "
     "and signed off 96% without changes.", {"prompt_works": True, "tried_prompting": False}),
    ("It costs a few hundred a month, nobody's complaining about speed.",
     {"tried_prompting": None}),
    ("my voice memo transcripts -> formal inspection report, standard sections",
     {"task_kind": "generation"}),
    # and the other way: a vendor's offer is no budget
    ("A vendor offered us a tuned model for $30k a year.", {"budget_usd": None}),
]

WORDED_161 = [
    ("We sell in 18 regulatory markets and for each we run a compliance check on product copy.",
     {"num_tasks": 18}),
    ("We did try per-department prompts with the scheme definitions and worked examples, over "
     "a whole term. The headings still come out wrong a third of the time.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("tried llama 3 8b on it with a long prompt + examples for weeks, fields keep coming out "
     "wrong", {"prompt_refined": True}),
    ("We've been running Mistral 7B on that box with a very detailed prompt since September. "
     "Rewrote it maybe ten times.", {"prompt_refined": True}),
    ("We want an LLM to read the intake summary and assign an urgency tier, 1 to 5.",
     {"task_kind": "classification"}),
    ("For each design we generate a title, 13 tags and a short description in a strict JSON; "
     "4% of outputs ignore the 13-tag rule.", {"task_kind": "generation"}),
    ("We use Claude to rewrite our safety warnings into plain language. Honestly it works "
     "great, our compliance lead checked the last 120 outputs and signed off on all but two.",
     {"prompt_works": True, "labeled_examples": None}),
    ("No issue with Google tuning on our data.", {"vendor_finetune_ok": True}),
    ("Every enterprise customer has a different taxonomy, we have 48 live.",
     {"num_tasks": 48, "labeled_examples": None}),
    ("Per-customer prompts with their taxonomy and examples got us to 78%, and we've been "
     "tweaking them for half a year.", {"tried_prompting": True, "prompt_refined": True}),
]


WORDED_162 = [
    ("We haven't really tried prompting. Well, OK, our developer set up a GPT-4 prompt in "
     "January and has been tuning it since, but it still shuffles sections.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("which is a returns nightmare at $30k a piece.", {"budget_usd": None}),
    ("we do about 40 closings a month at an average of $8,500", {"budget_usd": None}),
    ("The marketing team is three people and none of them code.", {"team_skill": "none"}),
    ("Honestly we haven't really tried either yet.", {"tried_prompting": False}),
    ("Tried prompting? Yes, for about four months. Schema in the system prompt, eight worked "
     "examples.", {"prompt_refined": True}),
    ("We've used Llama 3 8B with a long prompt for some months. It went through maybe 20 "
     "revisions.", {"prompt_refined": True}),
    ("I've iterated a prompt on Llama 3 8B running locally, added examples, the schema.",
     {"prompt_refined": True}),
    ("A system prompt per client with glossary, style notes and examples, refined over most "
     "of last year.", {"prompt_refined": True}),
    ("Prompt: our engineer works on it since summer, field accuracy is stuck around 80%.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("Prompted per country with the rules it's decent, but error rates stopped improving "
     "months ago.", {"prompt_refined": True}),
    ("It still drops nothing, the prompt is fine.", {"tried_prompting": False}),
]


WORDED_164 = [
    ("We have roughly fifteen thousand raw/final pairs from past jobs.",
     {"labeled_examples": 15000}),
    ("We have 20,000 raw call logs, nobody tagged them.", {"labeled_examples": 0}),
    ("We call GPT-4o through the API today. No ML people, no GPUs. Do we need 80 fine-tuned "
     "models?", {"team_skill": "api", "tried_prompting": None}),
    ("We tried a prompt, we need 95 on the test set and get 80.", {"tried_prompting": True}),
]


WORDED_165 = [
    ("we get like thirty emails a week offering donations and want them sorted. also feeding "
     "about 900 families a week", {"monthly_requests": 129}),
    ("we see 300 patients a day and want to summarise each visit",
     {"monthly_requests": 9000}),
    # (writers split on "quality is fine, but the prompt costs too much": the sixty-second
    # set read a prompt that fell short on cost, set 164 a working one; the older reading
    # stays, and the pick is fine-tuning either way at that volume)
    ("We do this with GPT-4o and a prompt with 14 worked examples. Quality is fine now, but "
     "the prompt is about 6,000 tokens.", {"tried_prompting": True}),
    ("Oh, and the editors want every description to follow the same structure.",
     {"fresh_knowledge": None, "needs_consistency": True}),
    ("Our price list changes every week.", {"fresh_knowledge": True}),
]


WORDED_168 = [
    ("Sending the data to OpenAI for training is okay, no customer personal data is in the "
     "notes.", {"labeled_examples": None, "privacy": False, "vendor_finetune_ok": True}),
    ("We have an ML engineer. Okay, no, we had one, he left.", {"team_skill": None}),
    ("One base model serving all 45 clients. Adding client number 46 should be a tiny file. "
     "Oh, and the output is a flag plus two sentences.",
     {"num_tasks": 45, "labeled_examples": None}),
]


WORDED_169 = [
    ("One prompt per client since March and kept iterating on them; it keeps choosing "
     "near-synonyms that aren't on the client's list.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("Prompts with a handful of their annotations got the style maybe half right.",
     {"tried_prompting": True}),
    ("Per-partner system prompts have grown long, and the strictest partners still see "
     "violations.", {"tried_prompting": True}),
    ("I try one time with ChatGPT, I write the prompt in maybe 10 minutes, and the result was "
     "too technical and too long.", {"tried_prompting": True, "prompt_refined": False}),
    ("Prompting each site's scheme into the 13B: we spent 6 weeks, plateaued at ~75%.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("Since March we try with GPT-4 and a long prompt, our developer has improved it many "
     "times, but still around 9% of the sheets have errors.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("it mixed up the two codes constantly even after weeks of reworking the wording.",
     {"prompt_refined": True}),
    ("We've done the prompting properly: few-shot with examples per intent.",
     {"prompt_refined": True}),
    ("We tried already for half year GPT-4 with glossary and examples in prompt.",
     {"prompt_refined": True}),
    ("Yes we try prompting already. Almost two months my colleague improve the prompt.",
     {"prompt_refined": True}),
    ("We tried a quick one: pasted the script into Claude and asked 'is this dose correct?'.",
     {"prompt_refined": False}),
    ("I tried a prompt in the OpenAI playground for an afternoon, just 'rewrite this as a "
     "listing'.", {"prompt_refined": False}),
    ("we tried it. wrong on 3 of the 5 i tried. that's the only version of the prompt.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("I typed in one instruction, something like 'write an obituary from these notes'. What "
     "came back was okay but very stiff.", {"tried_prompting": True}),
    ("We don't have any engineers, just the agency who does the website, and no servers "
     "obviously.", {"hardware": "none"}),
]


WORDED_167 = [
    ("The statutory bits, the exemption wording and the structure have to be right every time.",
     {"needs_consistency": True}),
    ("we tried it. i typed 'find the mistake in this student solution' and pasted one in. "
     "wrong on 3 of the 5 i tried", {"tried_prompting": True}),
    ("We have 12,000 complaints with final QA decisions from the last six years.",
     {"labeled_examples": 12000}),
    ("About ninety matches a weekend in season.", {"monthly_requests": 387}),
    ("We tried GPT-4o-mini with a prompt. It gets about 90% of fields right on the 50 we "
     "checked; QA wants 97% or better.", {"tried_prompting": True}),
    ("Vendor fine-tuning: legal said yes if we strip names first.",
     {"vendor_finetune_ok": True}),
    ("I did paste one of our old synopses into ChatGPT and asked for one 'in this style'. It "
     "was... fine? A bit purple. I didn't really go further with it.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("I paste that into ChatGPT with a little prompt I wrote. Honestly it does a great job.",
     {"prompt_works": True}),
    ("Sending stories to OpenAI or anybody is a total non-starter. It has to run on our own "
     "box.", {"privacy": True, "vendor_finetune_ok": False}),
    ("We tried prompting with each firm's style guide and the partners keep saying it doesn't "
     "read like their associates' work.", {"tried_prompting": True}),
    ("each hospital grades answers into its own 4-5 buckets", {"task_kind": "classification"}),
]


WORDED_170 = [
    ("We write the letters with a GPT-4o prompt. The managers are pleased; a spot-check found "
     "2 small slips, on par with our human writers.", {"prompt_works": True}),
    ("A PM threw together a prompt on Claude and the pilot users actually like it, apart from "
     "the occasional repeat.", {"prompt_works": True, "tried_prompting": False}),
    ("Three of us are comfortable calling the Gemini API.", {"team_skill": "api"}),
    ("So far I only use the model in the chat window, never a real prompt.",
     {"tried_prompting": False}),
    ("I draft everything by hand in Claude's chat window; we want product blurbs written from "
     "the spec sheets.", {"task_kind": "generation"}),
    ("We want 200-word abstracts for each grant report.", {"task_kind": "generation"}),
    ("Assign the correct 6-digit tariff classification to each shipment line.",
     {"task_kind": "classification"}),
    ("About 400 tickets per business day.", {"monthly_requests": 8680}),
    ("support tickets -> which queue (billing, outages, sales, other). ~2k a month.",
     {"task_kind": "classification"}),
    ("It should work out, step by step, which rebates each customer qualifies for.",
     {"task_kind": "reasoning"}),
    ("Dispatchers spend the day matching open loads to drivers under hours-of-service rules.",
     {"task_kind": "reasoning"}),
    ("Customers email purchase orders and we need them as line items in our ERP's import "
     "format.", {"task_kind": "extraction"}),
    ("Budget wasn't really a concern, about 6k, as long as nothing leaves the building.",
     {"budget_usd": 6000}),
    ("Prices only change when we publish a new catalogue, a few times a year.",
     {"monthly_requests": None}),
    ("We only tried asking it directly without the rules written out, and it made basic "
     "mistakes.", {"tried_prompting": True, "prompt_refined": False}),
    ("Roughly 60 clinics use our software. Each visit we send a recap. Clinics want their own "
     "wording.", {"num_tasks": 60}),
    ("I spent several evenings on a detailed style prompt; closer, still not right.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("We haven't written a single prompt yet and don't have any 'approved reply' examples.",
     {"tried_prompting": False, "labeled_examples": 0}),
    ("We want lots of little separate jobs on the shared model: tagging, routing, field "
     "pulling. Maybe 25 of these jobs in a year.", {"num_tasks": 25}),
    ("The prompt has been reworked heavily by our compliance lead; it still misses 1 in 10.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("budget around 500 pounds a month for whichever API we pick", {"hosting": "vendor_api"}),
]


WORDED_171 = [
    ("We had 900 claims two adjusters reviewed. Correction: closer to 1,100 now, the second "
     "batch came in.", {"labeled_examples": 1100}),
    ("On long calls the bot skips the safety disclaimer and its tone drifts into stiff legal "
     "speak.", {"needs_consistency": True}),
    ("I pasted a few into Claude and it did fine, but I never wrote a proper prompt.",
     {"tried_prompting": False}),
    ("We could spend maybe 4k on fine-tuning runs.", {"budget_usd": 4000}),
    ("A hosted model with a few-shot prompt gets it right but takes 1.5 seconds.",
     {"tried_prompting": True}),
    ("Our prompt with six examples is accurate enough, but the token bill is killing us.",
     {"tried_prompting": True}),
    ("Some 300 schools use our platform. I thought of a model per school so each one keeps its "
     "tone.", {"num_tasks": 300}),
    ("Per-region prompts tested, reworked, still stuck at 70%.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("We've not tried it on the real contracts yet.", {"tried_prompting": False}),
    ("No problem sharing the transcripts with a vendor, they're published anyway.",
     {"vendor_finetune_ok": True}),
    ("Prompting: we spent the whole quarter on it, and it plateaued at 80%.",
     {"tried_prompting": True, "prompt_refined": True}),
]


WORDED_172 = [
    ("The product copy comes from a Gemini prompt and honestly it does fine; sales likes it.",
     {"prompt_works": True, "tried_prompting": False}),
    ("Claims summaries come from GPT-4o with a prompt our analyst wrote. Audits show them passing "
     "at 97% against our 92% target.", {"prompt_works": True, "tried_prompting": False}),
    ("We use a Claude prompt for the reply drafts. How well does it work now? Honestly, very "
     "well.", {"prompt_works": True}),
    ("Our GPT-4o prompt scores 81%, below our 90% bar.", {"tried_prompting": True}),
    ("Well, none of these are actually tagged with a priority, to be honest.",
     {"labeled_examples": 0}),
    ("Legal said no fine-tuning through Google or anyone else.", {"vendor_finetune_ok": False}),
    ("I gave Claude a quick zero-shot try; fine on easy ones, shaky on edge cases.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("Per-store prompts were tested and plateaued despite three rounds of rewrites.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("We run a 13B model on our private cloud cluster.", {"hardware": "cluster"}),
    ("We do about 300 jobs a week... no wait, that's wrong, 300 is the busiest depot's month. "
     "Overall it's about 1,400 jobs a month.", {"monthly_requests": 1400}),
    ("We have a few sample contracts but no set of clauses paired with the approved redlines.",
     {"labeled_examples": 0}),
    ("Over the summer our paralegal hand-corrected about 900 clauses into that format.",
     {"labeled_examples": 900}),
    ("I tried a local 8B with a long prompt and spent several evenings iterating; it still "
     "drops fields.", {"tried_prompting": True, "prompt_refined": True}),
    ("Volume is about 30,000 invoices a month; our QA team spot-checks 200 a week.",
     {"monthly_requests": 30000}),
    ("We have 5,000 index cards already catalogued by volunteers.",
     {"labeled_examples": 5000}),
    ("About 12,000 cards a month come in from the branches.", {"monthly_requests": 12000}),
    ("It should work out which deliveries clash and propose a loading order.",
     {"task_kind": "reasoning"}),
    ("Staff read each message and set the urgency, then copy out the order number.",
     {"task_kind": "classification"}),
    ("We need a model that ports our old Python 2 scripts to Python 3.",
     {"task_kind": "generation"}),
    ("Lab results plus the nurse's notes into a patient letter, 2,000 a month.",
     {"task_kind": "generation"}),
    ("every franchisee insists on their own style for the weekly mailer",
     {"task_kind": "generation"}),
    ("Guests email us from booking sites with questions: parking, breakfast, late check-in.",
     {"task_kind": "qa_chat"}),
    ("Each record has to become our standard row: supplier, SKU, size, price.",
     {"task_kind": "extraction"}),
    ("Tried once: pasted a sample brief, asked for a draft, came out bland.",
     {"tried_prompting": None}),
    ("No developers, we use ChatGPT. Tried once: pasted a brief, asked for a draft, came out "
     "bland and generic.", {"tried_prompting": True}),
    ("We tried a small open model with a plain question and it gave confident nonsense.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("We rewrote the category definitions and examples six or seven times.",
     {"prompt_refined": None}),
    ("Prompting with each tenant's label list got 70%, and we rewrote those definitions five "
     "times.", {"tried_prompting": True, "prompt_refined": True}),
    ("GPT-4o with a 12-shot prompt is accurate, but at our volume that's $30k a month.",
     {"tried_prompting": True}),
    ("Soft prompts we trained for six tasks beat our hand-written prompts by 5 to 9 points.",
     {"tried_prompting": True}),
]


WORDED_173 = [
    ("We really don't want 20 separate model deployments.", {"shared_model": True}),
    ("Our serving stack mixes customers in one batch.", {"shared_model": True}),
    ("Requests from different teams land in the same batch on the 70B.",
     {"shared_model": True}),
    ("We operate 40 pharmacies. Each pharmacy has a slightly different tone for its notices.",
     {"num_tasks": 40}),
    ("We already rent a 3-node GPU cluster for our search engine.", {"hardware": "cluster"}),
    ("We lease six GPU servers there already for transcription.", {"hardware": "cluster"}),
    ("The nightly reports keep missing the committee's template.",
     {"needs_consistency": True}),
    ("I worked on the prompt about three weekends, and it still mixes up the part numbers.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("Member records cannot go to any outside AI provider under our funder's rules.",
     {"vendor_finetune_ok": False}),
    ("Have about 300 old visit notes, but no discharge letters were written for them.",
     {"labeled_examples": 0}),
    ("We have 1,800 cases where the reviewers finalised the outcome codes.",
     {"labeled_examples": 1800}),
    ("Our Claude prompt has been refined a lot, but the editors end up fixing every other "
     "paragraph.", {"tried_prompting": True, "prompt_refined": True}),
    ("We want to translate the engineers' shorthand notes into plain English for customers.",
     {"task_kind": "generation"}),
    ("Pilots ask whether a roster change breaks rest rules; the model should explain why it's "
     "legal or not.", {"task_kind": "reasoning"}),
    ("We look after 12 partner clinics. Each clinic sends me its updates and I'd like the "
     "newsletter in that clinic's own voice.", {"num_tasks": 12}),
    ("We're on the Anthropic API. Sending our data to them for fine-tuning is fine.",
     {"vendor_finetune_ok": True}),
    ("We have 36,000 approved segments from this client. Wait, that's across all three "
     "languages, so 12k per language.", {"labeled_examples": 36000}),
    ("Budget is about 8 thousand dollars, and that has to include our translator's time.",
     {"budget_covers_people": True}),
    ("IT won't let us use anything beyond Copilot.", {"hosting": "vendor_api"}),
    ("Docs go EN to FR/DE for every release.", {"task_kind": "generation"}),
    ("We want an AI teaching assistant in the course forum.", {"task_kind": "qa_chat"}),
    ("Gemini's tuning is fine, nothing sensitive in there.", {"vendor_finetune_ok": True}),
    ("We audit for 6 client refinery sites. Each site has its own incident scheme.",
     {"num_tasks": 6}),
    ("tried one zero-shot prompt in claude, 64% right. that's it so far",
     {"tried_prompting": True, "prompt_refined": False}),
    ("Serving a separate fine-tuned copy per client is a no-go for us.",
     {"shared_model": True}),
    ("Our QA tool rates segments: keep, light edit, or redo.",
     {"task_kind": "classification"}),
    ("The insurer wants each claim coded: body part, injury type, severity, in their CSV layout.",
     {"task_kind": "extraction"}),
    ("Client contracts say files can't be used by any AI vendor for training.",
     {"vendor_finetune_ok": False}),
    ("I tried a prompt with a local model for weeks, it confuses the product codes.",
     {"tried_prompting": True}),
]


WORDED_174 = [
    ("Our developer built the GPT-4o prompt over five months; editors correct maybe 1 in 25 "
     "now.", {"prompt_works": True, "tried_prompting": False}),
    ("We spent weeks on the prompt with our head nurse. Staff rate the summaries good.",
     {"prompt_works": True}),
    ("no devs. tried Claude a couple times. tone all over the place.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("We have Series B money, 12 million, and about 3,000 tickets a month.",
     {"monthly_requests": 3000, "budget_usd": None}),
    ("Analysts code customer feedback into 9 themes by hand today.",
     {"task_kind": "classification"}),
    ("Want AI to draft the weekly rota: 20 staff, two sites, rest rules.",
     {"task_kind": "reasoning"}),
    ("The tool should work out the member's copay from the plan summary.",
     {"task_kind": "reasoning"}),
    ("We refined a Gemini prompt over several weeks and it still drops dates.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("Our board approved a vendor handling the data, fine-tuning included.",
     {"vendor_finetune_ok": True}),
    ("It must answer in under 200 ms. A hosted model with examples took 3 seconds per order.",
     {"tight_latency": True}),
    ("We run one frozen 70B for all of them and now have about 150 of them, one per brand.",
     {"num_tasks": 150}),
]


WORDED_175 = [
    ("Since May we use Claude with a prompt; we improved the prompt many weeks with our "
     "developer and still 1 in 10 fields is wrong.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("I gave the model one quick prompt and the letter was generic.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("Yes it's GPT-4 with a system prompt. No wait, it's not fine, it quoted an old rate last "
     "week.", {"tried_prompting": True}),
    ("We haven't actually tried generating captions with it yet.",
     {"tried_prompting": False}),
    ("Route incoming supplier emails to one of 8 teams.", {"task_kind": "classification"}),
    ("We need product descriptions for 3,000 new items; our chatbot already uses the API.",
     {"task_kind": "generation"}),
    ("Running 40 fine-tuned copies is obviously out.", {"shared_model": True}),
    ("Prompts got us close after a lot of rework, but the long ones drift.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("Prompting with the label definitions was tried hard and plateaued at 80%.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("We get 50,000 scanned letters a month, 22 document types to tell apart.",
     {"task_kind": "classification"}),
    # A fault's rate is no edit rate (registered sets 109 and 147)
    ("We prompt GPT-4o with a schema; it gets most fields, but the JSON breaks often enough that "
     "our system rejects about one in twenty.", {"prompt_works": None}),
    ("We tried prompting it a lot. It still misses med changes maybe 1 in 12.",
     {"prompt_works": None, "tried_prompting": True}),
]


WORDED_176 = [
    # A prompt that already beats what is needed (sets 176-177: h4380, h4405)
    ("Our system prompt writes the captions; the editors accept 80% untouched, which is frankly "
     "better than we need.", {"prompt_works": True}),
    ("We run Claude on the forms: accuracy sits at 96%, above the 93% our auditors require.",
     {"prompt_works": True}),
    # An earlier claim quoted back and taken back (h4376)
    ('We use a prompt. The "months of tuning" was actually a single prompt my cofounder typed '
     "once, and nobody has edited it since.", {"prompt_refined": False}),
    # Refinement said with an adverb, a plateau, or a span of time (h4378, h4383, h4388, h4389,
    # h4392, h4394, h4418)
    ("Claude, eight demonstrations, extensively tuned: 88% on the audit set.",
     {"prompt_refined": True}),
    ("Our prompt for the triage levelled off at 75% after three months.",
     {"prompt_refined": True, "tried_prompting": True}),
    ("The few-shot prompt still breaks the layout, even after 3 weeks of rewording it.",
     {"prompt_refined": True}),
    ("One prompt per brand gets 70%; we have refined these prompts for half a year and it won't "
     "budge.", {"prompt_refined": True}),
    ("Those prompts plateau at 81%, and we've been rewriting them for six weeks.",
     {"prompt_refined": True}),
    ("We've been prompting Gemini since last autumn with a careful prompt, and one answer in ten "
     "is still off.", {"prompt_refined": True}),
    # A quick try on an evening (h4401)
    ("I dropped three of our notes into Claude one afternoon and the output was okay-ish.",
     {"prompt_refined": False}),
    # Nothing tried yet, said loosely (h4381, h4384)
    ("We haven't tried any of it yet.", {"tried_prompting": False}),
    ("Nothing has been tested with a language model so far.", {"tried_prompting": False}),
    # A pairing named with an arrow modifies the noun after it (h4378)
    ("We hold 12k ticket->reply examples.", {"labeled_examples": 12000}),
    # The items' length is no count of them (h4375)
    ("On reports longer than 30 pages the summary loses the thread.",
     {"labeled_examples": None}),
    # Data kept in their own cloud account (h4375)
    ("The policy says call recordings have to stay inside our own GCP project.",
     {"privacy": True}),
    ("For data-protection reasons the whole thing runs on our own servers.", {"privacy": True}),
    # Francs, and the Swiss thousands mark (h4390, h4399)
    ("The foundation can give us about 4'500 francs.", {"budget_usd": 4500}),
    ("We have maybe 800 Swiss francs for it.", {"budget_usd": 800}),
    # The part of a volume that would reach the model (h4403)
    ("They handle 1,200 claims a month, but only the complex ones, roughly half of them, would "
     "go to the model.", {"monthly_requests": 600}),
    ("They handle 1,200 claims a month and roughly half of them are water damage.",
     {"monthly_requests": 1200}),
    # Plans and decisions reached by weighing inputs (h4390, h4393, h4403)
    ("The assistant should reason its way to approve / escalate / reject for each refund.",
     {"task_kind": "reasoning"}),
    ("We must fit the visiting classes into time slots with a cap of 30 per room.",
     {"task_kind": "reasoning"}),
    ("It has to work out which parcels ride together and in what order the van stops.",
     {"task_kind": "reasoning"}),
    # Values read off a document (h4374)
    ("From each invoice we have to read the supplier, the VAT number and the total.",
     {"task_kind": "extraction"}),
    ("One of those AI chat things on the site, for tenants' questions.",
     {"task_kind": "qa_chat"}),
    # Consent to a vendor, fine-tuning included (h4416)
    ("Our patients consented to processing by Microsoft, including training.",
     {"vendor_finetune_ok": True}),
    # Ones joining a shared model add to those on it (h4420)
    ("The frozen model serves 6 tasks through soft prompts; 3 more teams want jobs of their own.",
     {"num_tasks": 9}),
    # Each one's own voice named after the count (h4382)
    ("We list 250 wineries and reply to buyers in each winery's own tone.",
     {"num_tasks": 250}),
    # Layout faults are a need for consistency (h4375)
    ("Past 20 pages the page numbers reset and headings drift.", {"needs_consistency": True}),
    # A standing rented machine is theirs; one they might rent is not (h4386)
    ("We rent a GPU server for the team.", {"hardware": "own_gpu"}),
    ("We could rent a GPU server if needed.", {"hardware": None}),
    # A shortfall said as disagreement (h4387)
    ("We prompt GPT-4o with our rules, and it still disagrees with the reviewers on one case in "
     "five.", {"tried_prompting": True}),
]


WORDED_178 = [
    # GPUs denied beside renting; a VRAM shortfall is no "no GPU" (sets 178-179: h4434)
    ("We neither use the cloud nor own anything; we don't own or rent any GPUs.",
     {"hardware": "none"}),
    ("We self-host on one A6000, but we don't have the VRAM for 12 copies.",
     {"hardware": "own_gpu"}),
    # A count of things not wanted is no score target (h4434)
    ("We call Gemini's API, and we really don't want 30 separate fine-tuned models to look "
     "after.",
     {"tried_prompting": None, "shared_model": True}),
    # Complaints stopped, drafts sent nearly untouched (h4425)
    ("Claude drafts the replies with our prompt; since spring, complaints about tone have largely "
     "died down.", {"prompt_works": True}),
    ("Agents send about 92% of the suggestions as-is. The prompt was written by our support "
     "lead.", {"prompt_works": True}),
    ("In the last audit of 120 summaries, 96% were approved without edits; our prompt is on "
     "Claude.", {"prompt_works": True, "labeled_examples": None}),
    # Complaints that are the task's topic are no shortfall (h4425)
    ("We use a prompt with GPT-4o to answer resident emails (parking, bins, noise complaints).",
     {"tried_prompting": None}),
    # Revisions counted, a year of refining, weeks of working on the wording (h4447, h4458,
    # h4469)
    ("The prompt on our Llama box has been through 15 iterations and tops out at 84%.",
     {"prompt_refined": True, "tried_prompting": True}),
    ("For the last year our developer has tweaked a prompt on GPT-4o; editors still fix the "
     "dates on about a quarter of entries.", {"prompt_refined": True, "tried_prompting": True}),
    ("After 6 weeks of working on the prompts we sit at 80%.", {"prompt_refined": True}),
    # A total after a range per group (h4455, h4459)
    ("Each client gave us 200 to 500 graded essays, about 9,000 in total.",
     {"labeled_examples": 9000}),
    ("Every queue has at least 300 tagged tickets; the total is around 11,000.",
     {"labeled_examples": 11000}),
    # A count checked again takes the kind it corrects (h4450)
    ("I said about 5,000 pairs earlier, but I recounted and it's 6,300.",
     {"labeled_examples": 6300}),
    # None labeled, said of a longer noun (h4452)
    ("None of the archived tickets are tagged with a team.", {"labeled_examples": 0}),
    # Revenue is no budget; no money for APIs is none (h4443)
    ("We have no money for APIs or cloud; the bakery turns over about $20k a month.",
     {"budget_usd": 0, "monthly_budget_usd": None}),
    # Private data kept with them (h4457)
    ("We run our own 34B model and patient notes stay with us under our contracts.",
     {"privacy": True}),
    # Developers said in passing (h4461, h4465)
    ("My cousin built the site and knows how to use the Claude API.", {"team_skill": "api"}),
    ("I'm technical enough to hook it up to our CRM myself.", {"team_skill": "api"}),
    # A team that already runs tasks on soft prompts trains models (h4469)
    ("We serve 9 internal jobs on soft prompts today.", {"team_skill": "ml"}),
    # A chain's rate from its parts (h4446)
    ("We have 25 cafes, and every week each cafe needs 4 menu blurbs.",
     {"monthly_requests": 430}),
    # More places than cities is no ratio; each one's own voice (h4462)
    ("We manage 48 buildings in 9 cities. Each building's manager wants the notices to sound "
     "like their building.", {"num_tasks": 48}),
    ("It gets 1 in 10 wrong.", {"labeled_examples": None}),
    # Variety wanted, even with a house voice (h4438)
    ("Fans hate it when we sound samey; every post has to feel fresh, in our voice.",
     {"needs_consistency": False}),
]


WORDED_180 = [
    # A first try said in passing (sets 180-181: h4504, h4515)
    ("Our analyst tried Claude. Honestly: one prompt, no examples, one afternoon.",
     {"prompt_refined": False}),
    ("I gave GPT-4o a prompt. I haven't tried anything clever with the prompt; it was literally "
     "that one line.", {"prompt_refined": False}),
    ("I pasted two contracts into Claude through the API with 'find the risky clauses' and it "
     "confidently cited clauses that don't exist.",
     {"tried_prompting": True, "prompt_refined": False}),
    # A working prompt that the team is happy with (h4517)
    ("Our prompt has run for a year; readers rate the stories 4.7 out of 5 and the editorial "
     "team is happy.", {"prompt_works": True}),
    # Refinement said as time or effort spent (h4477, h4478, h4497, h4498, h4503)
    ("Heavy prompt iteration over the summer got us to 79%.", {"prompt_refined": True}),
    ("The prompt took about three weeks to get right.", {"prompt_refined": True}),
    ("Four weeks tweaking the prompt on Mistral and it still drops the units.",
     {"prompt_refined": True, "tried_prompting": True}),
    ("After two months of careful prompt work we're at 0.72 agreement.",
     {"prompt_refined": True, "labeled_examples": None}),
    ("Our engineer prompted Llama many evenings and it still loses the dates.",
     {"prompt_refined": True}),
    # One setup for all (h4476)
    ("We'd like one deployment serving every branch, not 52 separate bots.",
     {"shared_model": True}),
    # A report type per product counts products (h4513)
    ("We write one report type per product; 18 products today.", {"num_tasks": 18}),
    # No external APIs is private (h4513)
    ("Our hospital clients mean no third-party APIs, period.", {"privacy": True}),
    # Facts that update by the minute (h4501)
    ("The dispatch board updates arrival times and driver names every 5 minutes, and the bot "
     "has to quote them.", {"fresh_knowledge": True}),
]


WORDED_182 = [
    # A single short try, said as one go or a few lines (sets 182-183: h4522, h4543, h4548)
    ("Honestly it was one attempt in Claude over lunch, and the prompt was about three lines.",
     {"prompt_refined": False}),
    ("We asked GPT-4o for the rota with a 4-line prompt.", {"prompt_refined": False}),
    ("I dropped a few invoices into ChatGPT just once and it mangled the totals.",
     {"prompt_refined": False}),
    ("We tried Gemini. To be honest that was a single prompt on a Friday.",
     {"prompt_refined": False}),
    # Refinement said as versions, rounds or time (h4534, h4544, h4545, h4550)
    ("Our team has gone through 9 prompt versions since May.", {"prompt_refined": True}),
    ("After six months of prompt tweaking the model still drops the VAT line.",
     {"prompt_refined": True}),
    ("Our lead has been polishing the Claude prompt for the past quarter.",
     {"prompt_refined": True}),
    # What still fails after the prompt (h4524, h4568)
    ("We tried a prompt with Mistral and roughly 1 in 8 tickets needs manual edits.",
     {"tried_prompting": True}),
    ("Our GPT prompt is long, but the model still swaps the glossary terms.",
     {"tried_prompting": True}),
    ("Tone is the part we couldn't get from prompting, after weeks on it.",
     {"tried_prompting": True}),
    # Right but too slow is short of the job (h4531, h4567)
    ("The answers must arrive within 200 ms. We tested Claude Haiku with a short prompt and "
     "quality was great, but it's at 700 ms per call.",
     {"tried_prompting": True, "prompt_works": None, "tight_latency": True}),
    # A vendor not tried is neither used nor refused (h4521)
    ("I haven't even tried Gemini for this yet, and is a model the way to go?",
     {"hosting": None, "privacy": None}),
    # Data kept off clouds (h4524, h4539)
    ("Patient letters cannot be sent to any public cloud, so we run Qwen on our own GPU box.",
     {"privacy": True, "vendor_finetune_ok": False}),
    ("Two hospital clients won't let their records data into foreign data centres.",
     {"privacy": True}),
    # Nothing labeled yet, whatever was collected (h4521, h4527)
    ("We scanned 30,000 delivery notes last year, but we haven't tagged any of them.",
     {"labeled_examples": 0}),
    ("I don't keep a proper list of customer questions with replies.", {"labeled_examples": 0}),
    # Hardware named by its GPU (h4531)
    ("Inference runs on 4 L4 nodes in our rack.", {"hardware": "cluster"}),
    # Task kinds (h4525, h4534, h4536, h4546, h4550, h4559, h4562, h4566)
    ("The app turns a coach's voice memo into a friendly weekly report for each athlete.",
     {"task_kind": "generation"}),
    ("Clerks turn each lab sheet into a structured sample report: date, batch, pH, verdict.",
     {"task_kind": "extraction"}),
    ("The model keeps placing the buyer in the seller box on older contracts.",
     {"task_kind": "extraction"}),
    ("Our agents key 14 fields into the policy system by hand from each form.",
     {"task_kind": "extraction"}),
    ("We hold 9,000 old tickets with the support team's answers.", {"task_kind": "qa_chat"}),
    ("Task: draft the weekly newsletter intro for each region.", {"task_kind": "generation"}),
    ("The tutor bot writes personalised feedback on each essay against the course rubric and "
     "its error categories.", {"task_kind": "generation"}),
    ("From each shipping label, fill in the sender name, tracking number and weight.",
     {"task_kind": "extraction"}),
    # Counts said the non-native way (h4551)
    ("We handle about 120 thousands messages per month.", {"monthly_requests": 120000}),
    # Tenants named twice or by their board (h4555, h4563)
    ("We serve 60 gyms and climbing halls, and each hall wants its own tone.",
     {"num_tasks": 60}),
    ("We look after 30 residents' associations; each board wants notices in its own voice.",
     {"num_tasks": 30}),
    # One base model, frozen by its certification (h4544)
    ("Our appliance ships with locked base weights, so only per-request prompt embeddings are "
     "possible.", {"shared_model": True}),
    # A second model not tried beside one that was (h4560)
    ("I tested a few-shot prompt on Phi-3 and it confuses the classes. Haven't tried a larger "
     "hosted model since the data stays here.", {"tried_prompting": True}),
    # A small number after "we need" is no score target (h4539)
    ("Prompting gets about 72%. We need one model with a small add-on per client.",
     {"prompt_works": None, "tried_prompting": True}),
    # Terminology broken is consistency (h4544)
    ("About 9% of outputs still break the client's style guide.", {"needs_consistency": True}),
    # Set 180's last kinds, fixed since (h4484, h4492, h4494)
    ("Every call carries a 3,000-token rulebook; we inject the rules into each request and it "
     "is slowing everything down.", {"tried_prompting": True}),
    ("Our prompt has had two months of work. Roughly 1 in 5 replies still needs legal edits.",
     {"tried_prompting": True, "prompt_refined": True}),
    ("Over long conversations the assistant drifts and turns chatty.",
     {"needs_consistency": True}),
]

# Held-out sets 184 and 185 (h4571-h4620), first blind run on 2809770 (parser bfe1138):
# the classes their misses showed, in new words.
WORDED_184 = [
    # A high score told, its one miss put down to our own input (set 183: h4565)
    ("We asked Claude our 12 standard questions: it got 11 of 12 right, and the one miss "
     "came from an old page I had pasted.", {"tried_prompting": None}),
    ("We tried Gemini on our FAQ and it got 19 of 20 answers right.",
     {"tried_prompting": None}),
    # Demonstrations said by what they do to the prompt (h4593)
    ("We have 9,000 keyed forms. With 8 examples the prompt runs past 4k tokens.",
     {"labeled_examples": 9000}),
    # Tasks named by the work they do (h4609)
    ("We run four document classification tasks on the same model.", {"num_tasks": 4}),
    # Weights pinned by a sign-off (h4609)
    ("The model is certified as a frozen artifact; every update to its weights requires "
     "re-certification.", {"shared_model": True}),
    # A standing server in their own cloud (h4573)
    ("We host Mistral 7B in our cloud on one server with 4 L40S cards.",
     {"hardware": "own_gpu"}),
    # Twice or thrice a period, after what is written (h4576)
    ("We publish a market note on LinkedIn thrice a week.", {"monthly_requests": 13}),
    # One try with a word between (h4580)
    ("Asked Claude zero-shot twice; it mixed up the units.", {"prompt_refined": False}),
    # Values copied from documents into a system (h4581)
    ("Our clerks copy policy numbers and dates from scanned claim forms into the CRM.",
     {"task_kind": "extraction"}),
    ("We need structured incident records out of the shift logs.", {"task_kind": "extraction"}),
    ("Those notes get turned into billing-code entries for each insurer.",
     {"task_kind": "extraction"}),
    # Versions counted loosely, iterations over months, hard work (h4581, h4616)
    ("We prompted Llama for a month, 40-ish iterations, and it still misses the totals.",
     {"prompt_refined": True}),
    ("Six weeks of prompt iterations later, the model still mislabels refunds.",
     {"prompt_refined": True}),
    # A bar near perfect (h4581)
    ("Legal says anything below 99.5% is unacceptable for filings.",
     {"needs_consistency": True}),
    ("The tax codes have to be 100% correct.", {"needs_consistency": True}),
    # Formats that scatter (h4587)
    ("Timestamps come out in 7 different formats.", {"needs_consistency": True}),
    # The raw side of each pair (h4588)
    ("We keep 8,000 edited captions with the corresponding raw transcripts.",
     {"labeled_examples": 8000}),
    # Scripting is coding (h4588)
    ("Our two sysadmins script in PowerShell.", {"team_skill": "api"}),
    # A period with no article (h4589)
    ("We expect around 500 orders in month.", {"monthly_requests": 500}),
    # A prompt that works for part of them (h4592)
    ("The prompt only works for a third of the stores.", {"tried_prompting": True}),
    # A quote is no budget; money put into the work is (h4596, h4599)
    ("We can spend about 2,000 euro. An agency quoted us 40,000 euro for a custom model.",
     {"budget_usd": 2000.0}),
    ("I could put maybe $800 into getting this running; our cheapest product is $15.",
     {"budget_usd": 800.0}),
    ("We set aside 3k for fine-tuning runs.", {"budget_usd": 3000.0}),
    # A score against its target with a measure between (h4600)
    ("Prompting gives 79% field accuracy vs 90% target.", {"tried_prompting": True}),
    # A prompt named by what is sent, and people happy with it (h4602, h4614)
    ("For each ticket we pass the thread along with a short block of instructions, and the "
     "agents are happy with what comes out.", {"prompt_works": True, "tried_prompting": False}),
    ("We use a prompt on GPT-4o-mini and the drafts seldom need any edits.",
     {"prompt_works": True}),
    ("My cofounder hacked together a little bot with the OpenAI API: instructions plus 4 "
     "sample replies.", {"labeled_examples": None}),
    # One of them wants something: no count (h4602)
    ("Every client has its own style: one wants short paragraphs, one wants tables.",
     {"labeled_examples": None}),
    # Nothing goes to a cloud API (h4612)
    ("Nothing goes to hosted APIs, by contract.", {"vendor_finetune_ok": False}),
    # Junk and a bill out of control (h4612, h4615)
    ("Running Phi-3 with a prompt gives junk.", {"tried_prompting": True}),
    ("We prompt Gemini with a long rulebook and the bill is getting out of control.",
     {"tried_prompting": True}),
    # Not tried, said as a doubt (h4617)
    ("I don't think we've ever tried asking ChatGPT with the rules spelled out.",
     {"tried_prompting": False}),
]


# Held-out sets 186 and 187 (h4621-h4670), first blind run on ea3d9e7 (parser 3fe3dff):
# the classes their misses showed, in new words.
WORDED_186 = [
    # Not tried, said of nobody or of getting it to do the job (sets 186-187: h4650, h4647)
    ("Honestly nobody on the team has ever tried asking ChatGPT to draft these.",
     {"tried_prompting": False, "hosting": None}),
    ("We haven't really tried to get Claude to write the summaries yet.",
     {"tried_prompting": False}),
    # Graded by people, counted as data (h4669)
    ("We hold 5,000 answers, each marked by three trained graders.",
     {"labeled_examples": 5000, "num_tasks": None}),
    # A level or band chosen per item (h4669, h4641)
    ("We want an automatic risk tier (low/med/high) per application.",
     {"task_kind": "classification"}),
    ("Auto-grade the lab reports against the department's grade boundaries.",
     {"task_kind": "classification"}),
    # Weeks of tries with a vendor's model (h4669)
    ("We tried Claude with a rubric and examples for about 8 weeks and it plateaued.",
     {"prompt_refined": True, "tried_prompting": True}),
    # Nothing kept in a usable form (h4621, h4636, h4657)
    ("We don't have old estimates written down anywhere, they live in my inbox.",
     {"labeled_examples": 0}),
    ("There are no past schedules in digital form.", {"labeled_examples": 0}),
    # Rules broken, a quick prompt, work on the prompt (h4657, h4645)
    ("Our prompt gives tidy plans but a third of them violate the rest rules.",
     {"tried_prompting": True}),
    ("Our intern wrote the prompt in half an hour and we never changed it.",
     {"prompt_refined": False}),
    ("We really worked on the prompt: rules, examples, a self-check.",
     {"prompt_refined": True}),
    # Terse reports that it works (h4654, h4663)
    ("Prompt works fine. Staff happy.", {"prompt_works": True}),
    ("We pasted our handbook into a prompt. It answers really well: I tested 30 questions and "
     "it got them right.",
     {"prompt_works": True}),
    # Exact columns, a spreadsheet filled, values pulled (h4626, h4637, h4655)
    ("The rows go straight into payroll, so the fields must be exact.",
     {"needs_consistency": True}),
    ("From each delivery note, pull sender, weight, pallet count, date.",
     {"task_kind": "extraction"}),
    ("The model should fill our intake form: name, address, policy number, claim type.",
     {"task_kind": "extraction"}),
    ("OUTPUT: patient no., ward, bed, admission date", {"task_kind": "extraction"}),
    # No LoRA on the serving side (h4640)
    ("Our inference stack doesn't support LoRA adapters, only prompt embeddings.",
     {"shared_model": True}),
    # Worse than the alternative is short (h4665)
    ("Prompting with the label list was noticeably worse than the small classifier.",
     {"tried_prompting": True}),
    # Data kept on a body's servers (h4668)
    ("Patient data stays on hospital servers, full stop.", {"privacy": True}),
    # A yard's classification tracks are no label set (h4657)
    ("The plan moves cars between classification tracks 1-8.", {"task_kind": None}),
    # A chat for guests, questions asked of it (h4658, h4663, h4667)
    ("We're launching a helpdesk chatbot for our tenants.", {"task_kind": "qa_chat"}),
    ("Our agents can ask it questions about the refund policy.", {"task_kind": "qa_chat"}),
    # The API used to do the work is a vendor's (h4654)
    ("We use the API to write the weekly summaries.", {"hosting": "vendor_api"}),
    # Counts after an ellipsis (h4639)
    ("...9 tasks in total, all on one model.", {"num_tasks": 9}),
    # Dictations are items (h4655)
    ("I have 700 dictations with the forms filled in.", {"labeled_examples": 700}),
    # ... and what those new words must not catch: a rule to keep, what prompting beat, a
    # negated score, a single thing not logged
    ("We tried prompting, and the model must not violate our style guide.",
     {"tried_prompting": None}),
    ("We use a prompt on Claude; our old keyword filter was worse than the prompt.",
     {"tried_prompting": None}),
    ("We use a prompt and it never got them right.", {"prompt_works": None}),
    ("I don't have time logged in Jira for this.", {"labeled_examples": None}),
]


WORDED_188 = [
    # No instructions at all is a bare prompt, not one worked on (sets 188-189: h4707)
    ("Today we send the question straight to GPT-4o with no instructions at all, and the "
     "answers are useless.",
     {"prompt_refined": False, "tried_prompting": True}),
    ("We call Claude without any system prompt and it rambles.", {"prompt_refined": False}),
    ("tried llama. just the instruction. no demos. wrong a lot.", {"prompt_refined": False}),
    # No worked answers held (h4707)
    ("We don't have any worked solutions in a dataset, none.", {"labeled_examples": 0}),
    # Complaints near nil: the prompt does the job (h4709)
    ("The bot runs on GPT-4o-mini with our policies in the prompt, and complaints are near "
     "zero.",
     {"prompt_works": True, "tried_prompting": False}),
    # A random sample drawn to check is no dataset (h4709)
    ("Each Monday I pull 50 random tickets and check the replies by hand.",
     {"labeled_examples": None}),
    # A spec or proposal pasted in quotes is the founder's own situation (h4679, h4685, h4668)
    ('Pasting from our requirements doc: "The service shall run on the bank\'s own servers. '
     'Customer data shall not leave our infrastructure."',
     {"privacy": True, "hosting": "self_hosted"}),
    ("From the project ticket: 'Input: scanned invoice. Output: JSON with supplier, total, "
     "due date.'",
     {"task_kind": "extraction"}),
    # The only task they would use it for (h4685)
    ("This is the only job we would ever use the model for.", {"num_tasks": 1}),
    # Weeks or a month of tweaks, iterating constantly (h4685, h4690, h4712)
    ("Prompting got us to 70% after two weeks of tweaks.", {"prompt_refined": True}),
    ("It stalled at 80% after a month of tweaking the prompt.", {"prompt_refined": True}),
    ("We have been on Gemini for a year, iterating the prompt constantly.",
     {"prompt_refined": True}),
    # Right but too dear to run, said strongly, is short of the job (h4694, h4386, h4411)
    ("Our few-shot prompt on GPT-4o-mini is accurate enough; it's cost and latency that kill "
     "us.",
     {"tried_prompting": True, "prompt_works": None}),
    ("The prompt is accurate enough, but the bill is around $7k a month and climbing.",
     {"tried_prompting": True}),
    # A time measured after the number (h4694)
    ("The hosted prompt was fine on quality but 1,200 ms median; we need under 150 ms.",
     {"tight_latency": True, "tried_prompting": True}),
    # A reporting "say" corrects nothing (h4676)
    ("We write about 40 quotes a week. My partner say we must train a model on the old "
     "quotes, I have maybe 3000 in folders.",
     {"monthly_requests": 172}),
    # One of them a day (h4703)
    ("It's roughly a newsletter a week, nothing more.", {"monthly_requests": 4}),
    # Emails of questions answered are questions answered (h4705)
    ("We get lots of emails: are the rooms free in May, what does parking cost. I answer them "
     "all myself.",
     {"task_kind": "qa_chat"}),
    # Sealed records stay in (h4692)
    ("Everything runs in-house because the case files are sealed.", {"privacy": True}),
    # ... and what these must not catch: a task no prompt, a check that labels, a cost not of
    # the prompt, a tolerance, a manual
    ("We pulled 2,000 random tickets and checked and labeled them.",
     {"labeled_examples": 2000}),
    ("The problem is cost: we have no budget at all.", {"tried_prompting": None}),
    ("Our prompt with 6 examples does the job, about 97% on our checks. The problem is cost.",
     {"prompt_works": True}),
    ("Pasting a customer message: 'Hi, the parcel never arrived and I want a refund now.'",
     {"privacy": None}),
    ("Read only the instruction manual for the pump and summarise it.",
     {"prompt_refined": None}),
]

WORDED_190 = [
    # Moderator decisions are labels; a running bill over the running budget is a prompt short
    # on cost (sets 190-191: h4741, the wrong pick)
    ("We have 40,000 moderator decisions logged since 2021.", {"labeled_examples": 40000}),
    ("Our triage runs on a GPT-4o prompt. We're paying roughly $4,000 a month and the CFO wants "
     "the running cost under $1,000 a month.",
     {"tried_prompting": True, "monthly_budget_usd": 1000}),
    # A country is no count to correct (h4770, the other wrong pick)
    ("We have 5,000 approved summaries. Actually, scratch the 3 markets: one country only for "
     "now.",
     {"labeled_examples": 5000}),
    # "no." that takes a count back (h4742)
    ("have 40k tagged. wait - no. 12k tagged by our editors, the rest is raw. so 12k.",
     {"labeled_examples": 12000}),
    # A score dropped to, its % left out; a test split scored on (h4751, h4760)
    ("We tried fewer examples in the prompt and accuracy dropped to 85.",
     {"labeled_examples": None}),
    ("We have 900 graded reports. The prompt is stuck at 70% on 200 held-back reports.",
     {"labeled_examples": 900}),
    # A running budget said after the one-off (h4754)
    ("Budget for setup maybe $2k, and monthly maybe 150.",
     {"budget_usd": 2000, "monthly_budget_usd": 150}),
    # A length in pages is no dataset (h4726)
    ("Our price list fits on about three pages.", {"labeled_examples": None}),
    # A quote that ends its sentence ends it (h4749)
    ('My CEO said, quote, "everyone serious is fine-tuning these days." He wants me to set aside '
     '8k dollars for it.',
     {"budget_usd": 8000}),
    # Needing no edits is sure (h4749)
    ("We use a prompt on Claude; our editor checks 40 a week and 95% need no edits, above the "
     "90% she set as the bar.",
     {"prompt_works": True}),
    # A count of things is no target (h4735)
    ("Per-client prompts got us to 78% accuracy, but they are huge (some clients need 12 "
     "examples).",
     {"tried_prompting": True, "prompt_works": None}),
    # A bare prompt or one attempt; guesses, samey, rejected, still changes (h4723, h4737,
    # h4744, h4750, h4766)
    ("What we tried: pasted the tariff rules and asked for the duty. It gets the sums wrong "
     "half the time. Just that one attempt, though.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("We tried a small local model with a few examples and it basically guesses the label.",
     {"tried_prompting": True}),
    ("I tried ChatGPT once with one line, and it was fine but a bit samey.",
     {"tried_prompting": True, "prompt_refined": False}),
    ("Our prompt with the template and 2 examples is very long and still 1 in 4 rejected.",
     {"tried_prompting": True}),
    ("We try GPT with long prompt for months, but still it change the order of sections.",
     {"tried_prompting": True}),
    ("It goes wrong maybe 1 on 5 documents.", {"labeled_examples": None}),
    # Months of wording, a prompt's version number (h4763, h4755)
    ("Prompting gets 80% after months of tuning the wording.", {"prompt_refined": True}),
    ("CURRENT: GPT-4o-mini, prompt v12, schema in the system prompt.", {"prompt_refined": True}),
    # Not tried yet, said as "getting it to" (h4752)
    ("I haven't really tried getting it to write the newsletter yet.",
     {"tried_prompting": False}),
    # Too dear, said strongly (h4758)
    ("It's Claude with a long prompt. Finance says the bill is now bigger than the team's "
     "salaries.",
     {"tried_prompting": True}),
    # Tasks: graded on a scale, structured lines for a system, who covers which route, a
    # report in each one's own template, questions answered (h4760, h4768, h4756, h4766, h4746)
    ("Each incident needs to be graded on our 4-level risk scale.",
     {"task_kind": "classification"}),
    ("Customers email orders any old way and we need structured order lines for our ERP.",
     {"task_kind": "extraction"}),
    ("We want the AI to propose who covers which shift when someone calls in sick.",
     {"task_kind": "reasoning"}),
    ("Each client demands the audit summary in its own template.",
     {"task_kind": "generation"}),
    ("I want to train our own AI on our stuff so it knows the answers.",
     {"task_kind": "qa_chat"}),
    # A boss's plan is no task (h4731)
    ("I need to come back with a fine-tuning plan for my boss.", {"task_kind": None}),
    # Facts that move by the minute (h4728, h4732)
    ("Drafts must use the latest odds, which change by the minute.", {"fresh_knowledge": True}),
    ("Opening hours are pulled live from our booking API.", {"fresh_knowledge": True}),
    # One shared base: an add-on per request in a mixed batch; a yearly lease (h4763, h4764)
    ("Each request must carry its client's add-on inside a mixed batch.",
     {"shared_model": True}),
    ("We run it on three rented GPU servers on a yearly lease.", {"hardware": "cluster"}),
    # Nothing to vendors (h4766)
    ("Patient data, so nothing goes to vendors.", {"vendor_finetune_ok": False}),
    # Today's count stands beside the plan to reach it (h4738)
    ("About 300 clients, one classification task per client. Question: scale soft prompts to "
     "all 300?",
     {"num_tasks": 300}),
    # ... and what these must not catch: fear of bad advice, wrong answers, a target said in
    # points, labeled held-out data
    ("We use a prompt. I just don't want to tell my boss the wrong thing.",
     {"tried_prompting": None}),
    ("We use a prompt. It gets the wrong answer on long ones.", {"tried_prompting": True}),
    ("Our prompt hits 91% on the test set; we need 90 and we are happy.",
     {"prompt_works": True}),
    ("On 500 held-out labeled documents the prompt scores 96%.", {"labeled_examples": 500}),
]

WORDED_BY_SET = {"135": WORDED_135, "135-left": WORDED_135_LEFT, "136": WORDED_136,
                 "137": WORDED_137, "138": WORDED_138, "139": WORDED_139, "140": WORDED_140,
                 "141": WORDED_141, "142": WORDED_142, "143": WORDED_143, "144": WORDED_144,
                 "145": WORDED_145, "145-left": WORDED_145_LEFT, "146": WORDED_146,
                 "147": WORDED_147, "147-left": WORDED_147_LEFT, "148": WORDED_148,
                 "149": WORDED_149, "150": WORDED_150, "151": WORDED_151,
                 "152": WORDED_152, "153": WORDED_153, "154": WORDED_154, "155": WORDED_155,
                 "156": WORDED_156, "157": WORDED_157, "158": WORDED_158,
                 "159": WORDED_159, "160": WORDED_160, "161": WORDED_161,
                 "162": WORDED_162, "164": WORDED_164,
                 "165": WORDED_165, "167": WORDED_167, "168": WORDED_168,
                 "169": WORDED_169, "170": WORDED_170, "171": WORDED_171,
                 "172": WORDED_172, "173": WORDED_173, "174": WORDED_174,
                 "175": WORDED_175, "176": WORDED_176, "178": WORDED_178, "180": WORDED_180,
                 "182": WORDED_182, "184": WORDED_184, "186": WORDED_186,
                 "188": WORDED_188, "190": WORDED_190}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(text, expected, id=f"set{name}-{i}")
    for name, rows in WORDED_BY_SET.items() for i, (text, expected) in enumerate(rows)])
def test_the_held_out_sets_wording(text: str, expected: dict) -> None:
    assert_reads(text, expected)


def test_a_share_named_back_corrects_no_count() -> None:
    """Set 164 (h4075): "actually the 95% is the English site. The French site is more like
    90" corrects a rate; the monthly count said before stands."""
    from advisor.parse import correction
    assert correction("Oh, and actually the 95% is the English site. The French site is more "
                      "like 90, but that's still good enough for us.", "monthly_requests") is None
    assert correction("Sorry, more like 90 a month.", "monthly_requests") == 90


def test_a_number_said_back_as_a_peak_names_the_field_it_corrects() -> None:
    """Set 177 (h4413): "sorry, I said two thousand, that was January ... more like fifteen
    hundred" corrects the volume said before; the two thousand is the old value, not the new."""
    from advisor.parse import correction, recalled_field
    text = "Oops, we said 3,000, that was our March peak. A usual month is nearer 2,400."
    assert recalled_field(text, {"monthly_requests": 3000, "labeled_examples": 0}) == (
        "monthly_requests")
    assert correction(text, "monthly_requests") == 2400


def test_a_number_named_as_another_count_gives_way_to_the_part_kept() -> None:
    """Set 178 (h4423): "600 is how many swaps came in last season, but only around 250 have
    the decision actually recorded" corrects the labeled count to 250."""
    from advisor.parse import correction
    text = ("Correction: 1,100 is how many tickets came in, but only about 400 have the category "
            "actually logged.")
    assert correction(text, "labeled_examples") == 400


def test_a_headed_count_in_a_correction_is_the_labeled_count() -> None:
    """Set 181 (h4509): "The 2,000 are transcripts ... Briefs our reporters actually wrote to go
    with a transcript: maybe 200." corrects the labeled count to 200."""
    from advisor.parse import correction
    text = ("Sorry, I must correct that. The 5,000 are calls we recorded. Summaries an agent "
            "wrote for a call: about 350.")
    assert correction(text, "labeled_examples") == 350


def test_a_question_to_the_advisor_is_no_shortfall() -> None:
    """Set 178 (h4425): "Am I missing something?" after a prompt named earlier."""
    from advisor.parse import prompt_short_in_context
    context = "Support uses Claude with a prompt our lead wrote over a month."
    assert not prompt_short_in_context("The vendor says everyone tunes. Am I missing something?",
                                       context)
    assert prompt_short_in_context("It keeps missing the order number.", context)


def test_a_number_said_to_be_a_peak_is_not_the_correction() -> None:
    """Set 166 (h4139): "8 000 is all hostels together in August only. A normal month is more
    like 3 000" corrects the volume to the normal month, not to the peak named back."""
    from advisor.parse import correction
    assert correction("Sorry, correction, 8 000 is all hostels together in August only. A "
                      "normal month is more like 3 000", "monthly_requests") == 3000
    assert correction("Sorry, correction, 5000 is both shops in December only. A normal month "
                      "is more like 1500.", "monthly_requests") == 1500
