"""The intake conversation, turn by turn, on the real knowledge base."""

from __future__ import annotations

from dataclasses import replace

from advisor.chat import SKIP_REST, ChatState, respond, start
from advisor.handlers import chat_turn, opening, pick_option, restart
from advisor.profile import Hardware, Hosting, TaskKind, TeamSkill


def talk(kb, messages: list[str], state: ChatState | None = None):
    state = state or start()[0]
    replies = []
    for m in messages:
        state, reply = respond(state, m, kb)
        replies.append(reply)
    return state, replies


def test_from_hi_to_a_cited_recommendation(kb) -> None:
    state, replies = talk(kb, [
        "hi",
        "Route incoming support tickets to the right team",
        "about 2k labeled tickets",
        "$5,000",
        "Developers who can call APIs",
        SKIP_REST,
    ])
    assert "What should the model do" in replies[0].text
    assert "labeled examples" in replies[1].text  # kind was inferred: straight to data
    assert "budget" in replies[2].text.lower() and "2,000 labeled examples" in replies[2].text
    assert replies[3].options and "ML engineers" in replies[3].options
    rec = replies[-1].recommendation
    assert rec is not None and state.recommendation is rec
    assert rec.technique == "fine_tuning" and rec.variant == "vendor_api"
    assert rec.profile.labeled_examples == 2000 and rec.profile.budget_usd == 5000
    assert rec.profile.team_skill == TeamSkill.API
    assert len(rec.citations) >= 2
    assert "My recommendation: Fine-tuning" in replies[-1].text


def test_one_question_at_a_time_then_optional_ones(kb) -> None:
    state, replies = talk(kb, ["We need help with our thing", "Classify or route"])
    assert replies[0].options[0] == "Classify or route"  # kind asked with quick replies
    assert state.profile.task_kind == TaskKind.CLASSIFICATION
    assert state.expecting == "labeled_examples"
    state, replies = talk(kb, ["none", "no budget"], state)
    assert state.profile.labeled_examples == 0 and state.profile.budget_usd == 0
    assert state.expecting == "team_skill" and replies[-1].recommendation is None
    # Skipping each optional question ends in a recommendation too.
    for _ in range(7):
        state, reply = respond(state, "Skip", kb)
        if reply.recommendation:
            break
    assert reply.recommendation.technique == "prompt_engineering"
    assert any("Team skills not given" in a for a in reply.recommendation.assumptions)


def test_everything_in_one_message_skips_the_questions(kb) -> None:
    state, replies = talk(kb, [
        "We want to summarise sales calls. We have about 300 examples and no budget.",
        SKIP_REST,
    ])
    assert "Got it" in replies[0].text and state.profile.labeled_examples == 300
    assert replies[-1].recommendation.technique == "prompt_engineering"


def test_corrections_update_the_recommendation(kb) -> None:
    state, _ = talk(kb, ["Classify product reviews by sentiment", "we have 20", "no budget",
                         SKIP_REST])
    assert state.recommendation.technique == "prompt_engineering"
    state, reply = respond(state, "actually we have 800", kb)
    assert state.profile.labeled_examples == 800
    assert "800 labeled examples" in reply.text
    state, reply = respond(state, "and our budget is 20k", kb)
    assert state.profile.budget_usd == 20000
    assert reply.recommendation.technique == "fine_tuning"
    # A bare corrected number goes to the last number given.
    state, reply = respond(state, "sorry, make that 25k", kb)
    assert state.profile.budget_usd == 25000


def test_correction_during_intake(kb) -> None:
    state, _ = talk(kb, ["Extract fields from invoices", "a few hundred"])
    assert state.expecting == "budget"
    state, _reply = respond(state, "actually 1500", kb)
    assert state.profile.labeled_examples == 1500 and state.expecting == "budget"


def test_start_over_clears_everything(kb) -> None:
    state, _ = talk(kb, ["Classify tickets", "2k", "$5k", SKIP_REST])
    assert state.recommendation is not None
    state, reply = respond(state, "start over", kb)
    assert state.profile.task is None and state.recommendation is None
    assert "What should the model do" in reply.text


def test_unclear_answers_get_a_hint_and_lose_nothing(kb) -> None:
    state, _ = talk(kb, ["Classify tickets"])
    state, reply = respond(state, "banana", kb)
    assert "didn't catch" in reply.text and state.expecting == "labeled_examples"
    assert state.profile.task == "Classify tickets"
    state, reply = respond(state, "", kb)
    assert state.profile.task == "Classify tickets"
    state, _ = talk(kb, ["500", "$2k", SKIP_REST], state)
    state, reply = respond(state, "purple elephants", kb)
    assert "didn't catch a change" in reply.text and state.recommendation is not None


def test_ui_handlers_keep_gradio_history(kb) -> None:
    history, state = opening()
    assert history[0]["role"] == "assistant"
    view = chat_turn("Classify tickets", history, state)
    assert view.message_box == "" and view.card_json is None and "appears here" in view.card
    view = chat_turn("2k", view.chatbot, view.chat_state)
    view = chat_turn("$5,000", view.chatbot, view.chat_state)
    assert view.chatbot[-1]["options"][0] == {"value": "No engineers", "label": "No engineers"}
    # Gradio hands history back with content as a list of parts: that must work too.
    history = [{**m, "content": [{"type": "text", "text": m["content"]}]}
               for m in view.chatbot]
    view = pick_option(SKIP_REST, history, view.chat_state)
    assert view.card_json["technique"] == "fine_tuning"
    assert view.card.startswith("## Recommendation")
    assert "### Sources" in view.card and "| Data needed " in view.card
    too_long = chat_turn("x" * 5000, view.chatbot, view.chat_state)
    assert too_long.chat_state == view.chat_state
    assert "keep it under" in too_long.chatbot[-1]["content"]
    assert restart().chat_state == ChatState(expecting="task")


ISSUE_FIRST = ("We flag risky clauses in supplier contracts. We've got roughly twelve hundred "
               "contracts annotated by our lawyers and about $8,000 to spend. Our data is "
               "confidential and can't go to OpenAI.")


def test_the_issue_conversation(kb) -> None:
    """The browser session from the issue: nothing is overwritten, negations hold, private
    data stays in-house."""
    state, replies = talk(kb, [ISSUE_FIRST])
    p = state.profile
    assert (p.labeled_examples, p.budget_usd, p.privacy) == (1200, 8000, True)
    assert p.hosting == Hosting.SELF_HOSTED  # "can't go to OpenAI" is not "vendor API"
    assert state.expecting == "team_skill" and "1,200 labeled examples" in replies[0].text
    state, replies = talk(kb, ["we have two backend devs, no ML people"], state)
    assert state.profile.labeled_examples == 1200 and state.profile.team_skill == TeamSkill.API
    state, replies = talk(kb, [SKIP_REST], state)
    rec = replies[-1].recommendation
    assert rec.variant != "vendor_api" and rec.deployment == "self_hosted"
    assert "vendor" not in replies[-1].text.split("**")[1]  # the headline of the pick


def test_a_guessed_number_is_asked_about_not_applied(kb) -> None:
    state, _ = talk(kb, ["Route support tickets", "1,200 labeled tickets", "$5,000"])
    assert state.expecting == "team_skill"
    state, reply = respond(state, "we have 2", kb)
    assert reply.text.endswith("Did you mean 2 labeled examples? Earlier you said 1,200 "
                               "labeled examples.")
    assert reply.options == ("Yes, 2 labeled examples", "No, keep 1,200 labeled examples")
    assert state.profile.labeled_examples == 1200
    state, reply = respond(state, reply.options[1], kb)
    assert state.profile.labeled_examples == 1200 and state.pending is None
    assert "Kept 1,200 labeled examples" in reply.text and state.expecting == "team_skill"
    state, reply = respond(state, "we have 2", kb)
    state, reply = respond(state, "yes", kb)
    assert state.profile.labeled_examples == 2
    # Something else instead of an answer: the earlier value stands, the message counts.
    state, _ = respond(state, "we have 700", kb)
    state, _ = respond(state, "ML engineers", kb)
    assert state.profile.labeled_examples == 2 and state.profile.team_skill == TeamSkill.ML
    assert state.pending is None
    # An explicit correction needs no question.
    state, _ = respond(state, "actually we have 700", kb)
    assert state.profile.labeled_examples == 700


def test_recommend_now_works_before_every_answer(kb) -> None:
    _, replies = talk(kb, ["Summarise sales calls", SKIP_REST])
    rec = replies[-1].recommendation
    assert rec is not None and rec.technique == "prompt_engineering"
    assert any("labeled data" in a for a in rec.assumptions)


def test_questions_only_where_the_answer_can_matter(kb) -> None:
    state, _ = talk(kb, ["Classify tickets", "2k", "$5k", "ML engineers"])
    assert state.expecting == "hardware"  # someone can train: owned GPUs matter
    state, _ = talk(kb, ["Classify tickets", "2k", "$5k", "No engineers"])
    assert state.expecting == "tried_prompting"  # no one to train: GPUs are not asked about
    state, _ = talk(kb, ["Yes, it fell short"], state)
    assert state.profile.tried_prompting is True


def test_the_panel_shows_and_fixes_what_was_understood(kb) -> None:
    from dataclasses import fields

    from advisor.handlers import EDITORS, ChatView, edit_field

    panel = [f.name for f in fields(ChatView)][5:]
    assert panel == [e.component for e in EDITORS]  # one component per understood field
    history, state = opening()
    view = chat_turn(ISSUE_FIRST, history, state)
    assert (view.u_labeled_examples, view.u_budget_usd) == (1200, 8000)
    assert (view.u_privacy, view.u_hosting, view.u_team_skill) == ("yes", "self_hosted",
                                                                  "unknown")
    view = chat_turn("we have two backend devs, no ML people", view.chatbot, view.chat_state)
    view = pick_option(SKIP_REST, view.chatbot, view.chat_state)
    assert view.u_team_skill == "api" and view.u_labeled_examples == 1200
    # The card said what an ML engineer would change; one change in the panel re-runs the
    # advice, says so in the chat, and lands on that pick.
    assert view.card_json["technique"] == "prompt_engineering"
    assert "- With an ML engineer: fine-tuning (LoRA adapter on an open model)." in view.card
    view = edit_field("team_skill", "ml", view.chatbot, view.chat_state)
    assert view.u_team_skill == "ml" and view.chat_state.profile.team_skill == TeamSkill.ML
    assert "Changed: ML engineers (was developers (APIs))" in view.chatbot[-1]["content"]
    assert (view.card_json["technique"], view.card_json["variant"]) == ("fine_tuning", "lora")
    # Re-sending the same value (a number field losing focus) adds nothing.
    assert len(edit_field("team_skill", "ml", view.chatbot, view.chat_state).chatbot) == len(
        view.chatbot)
    bad = edit_field("labeled_examples", -5, view.chatbot, view.chat_state)
    assert "cannot be negative" in bad.chatbot[-1]["content"]
    assert bad.chat_state.profile.labeled_examples == 1200
    cleared = edit_field("privacy", "unknown", view.chatbot, view.chat_state)
    assert cleared.chat_state.profile.privacy is None and cleared.u_privacy == "unknown"


# --- issue 10, generalised: a number answers the open question only when it is the answer ---

def test_a_loose_number_in_a_description_does_not_answer_the_open_question(kb) -> None:
    """Numbers that count models, boxes or people in a long message leave the open question
    open; a short reply, or a sentence that names the field, answers it."""
    state, _ = talk(kb, ["Classify warranty claims by defect type"])
    assert state.expecting == "labeled_examples"
    state, reply = respond(state, "We serve everything from a single open 13B model on two "
                                  "rented boxes. Our agents triage by hand today, about 12 of "
                                  "them.", kb)
    assert state.profile.labeled_examples is None and state.expecting == "labeled_examples"
    assert "labeled examples" in reply.text
    # A pronoun is not a number, and an amount set aside is money even without a '$'.
    state, _ = respond(state, "Tough one. We set aside about 4000 for this, mostly compute.", kb)
    assert state.profile.labeled_examples is None and state.profile.budget_usd == 4000
    # A reply that leads with the answer.
    state, _ = respond(state, "Around 400. Our interns labeled them in May.", kb)
    assert state.profile.labeled_examples == 400 and state.expecting == "team_skill"


def test_a_long_reply_answers_when_its_sentence_names_the_field(kb) -> None:
    state, _ = talk(kb, ["Route inbound leads to the right sales rep"])
    state, _ = respond(state, "Hard to say exactly, but counting everything the ops team has "
                              "tagged over the last two years it comes to 2500 or so.", kb)
    assert state.profile.labeled_examples == 2500
    assert state.expecting == "budget"
    state, _ = respond(state, "The pilot runs in 3 regions with 40 dealers, and each region "
                              "lead checks the output weekly.", kb)
    assert not state.profile.has_budget and state.expecting == "budget"
    state, _ = respond(state, "Maybe 600 a month", kb)
    assert state.profile.monthly_budget_usd == 600


def test_a_correction_moves_only_a_number_that_counts_nothing_else(kb) -> None:
    state, _ = talk(kb, ["Summarise maintenance reports", "1,100 labeled reports", "$3k"])
    assert state.profile.budget_usd == 3000
    state, _ = respond(state, "Actually we also have 3 ML engineers now", kb)
    assert state.profile.budget_usd == 3000 and state.profile.team_skill == TeamSkill.ML
    state, _ = respond(state, "sorry, more like 4.5k", kb)
    assert state.profile.budget_usd == 4500


def test_a_correction_that_names_an_earlier_number_corrects_that_field(kb) -> None:
    # The last number given was the budget; "scratch the 12" names the labeled count.
    state, _ = talk(kb, ["Summaries of candidate calls in our fixed template",
                         "Good example summaries? 12 I'd say.", "Budget 300 US dollars."])
    assert (state.profile.labeled_examples, state.profile.budget_usd) == (12, 300)
    state, _ = respond(state, "Actually, scratch the 12, a few of those use our old template. "
                              "More like 8 that match today's.", kb)
    assert (state.profile.labeled_examples, state.profile.budget_usd) == (8, 300)


def test_a_correction_that_sets_an_earlier_number_aside_corrects_that_field(kb) -> None:
    # "it's 23, not twenty-odd" sets aside the count of units, said three messages before
    # the budget question it might otherwise answer.
    state, _ = talk(kb, ["Twenty-odd business units each want a narrow task on our model: "
                         "routing and tagging.", "About 300 labeled examples per unit.",
                         "We self-host Llama 3 70B; one frozen base for all units."])
    assert state.profile.num_tasks == 20
    state, _ = respond(state, "Correction on the unit count: it's 23, not twenty-odd.", kb)
    assert (state.profile.num_tasks, state.profile.labeled_examples) == (23, 300)
    assert state.profile.monthly_budget_usd is None and state.profile.budget_usd is None

def test_a_correction_that_sets_a_number_against_the_old_one_corrects_that_count(kb) -> None:
    # "... of them, not three hundred" is a correction even when the new count is a subset
    # ("of them"); once it has corrected the labeled count it leaves the budget said last.
    state, _ = talk(kb, ["Tag support chats by topic", "We have about 300 tagged chats.",
                         "Budget 900 dollars."])
    assert (state.profile.labeled_examples, state.profile.budget_usd) == (300, 900)
    state, _ = respond(state, "Sorry, correction: our lead found three thousand of them, not "
                              "three hundred.", kb)
    assert (state.profile.labeled_examples, state.profile.budget_usd) == (3000, 900)
    state, _ = talk(kb, ["Tag support chats by topic", "Labeled data: 5,000 chats tagged by "
                         "agents.", "Budget is 4,000 dollars."])
    state, _ = respond(state, "Sorry, I must correct: the tagged ones are 3 thousand, not 5.", kb)
    assert (state.profile.labeled_examples, state.profile.budget_usd) == (3000, 4000)


def test_a_reply_that_echoes_a_question_answers_that_question(kb) -> None:
    # "Budget? ..." answers the budget whatever was asked last; a bare rate is money then
    state, _ = talk(kb, ["Write product descriptions for our shop"])
    state, _ = respond(state, "Budget? Around 500 a month.", kb)
    assert state.profile.monthly_budget_usd == 500 and state.profile.monthly_requests is None
    state, _ = respond(state, "Labeled examples? I don't think we have anything like that. "
                              "No, none.", kb)
    assert state.profile.labeled_examples == 0
    state, _ = respond(state, "Team? None, it's only me.", kb)
    assert state.profile.team_skill == TeamSkill.NONE
    state, _ = respond(state, "GPU? No.", kb)
    assert state.profile.hardware == Hardware.NONE


def test_a_count_said_first_becomes_tenants_when_a_later_message_takes_them_one_by_one(kb):
    state, _ = talk(kb, ["We make bookkeeping software used by about 900 small accounting "
                         "firms. We want AI to write the monthly summary letter each firm "
                         "sends to its clients."])
    assert state.profile.num_tasks is None
    state, _ = respond(state, "Each firm has its own tone, some formal, some very friendly.", kb)
    assert state.profile.num_tasks == 900

def test_open_questions_read_only_the_reply_that_answers_them(kb) -> None:
    """'Under 300 ms' is not 'under 300 requests a month', and a sentence that opens with
    'Right now' is not a yes."""
    from advisor.parse import extract

    found = extract("Answers have to come back in under 300 ms since shoppers wait on them.",
                    expecting="monthly_requests")
    assert "monthly_requests" not in found and found["tight_latency"] is True
    assert extract("Under 1k a month", expecting="monthly_requests")["monthly_requests"] == 500
    assert "privacy" not in extract("Right now everything goes through one script",
                                    expecting="privacy")
    assert extract("Right.", expecting="privacy")["privacy"] is True
    # A long message with 'only' somewhere is not 'just one task'.
    found = extract("We have a small team and only a laptop, but six product lines will use "
                    "it eventually.", expecting="num_tasks")
    assert found.get("num_tasks") != 1
    assert extract("Only this one", expecting="num_tasks")["num_tasks"] == 1
    assert extract("five customers", expecting="num_tasks")["num_tasks"] == 5


def test_the_command_line_and_the_chat_agree(kb) -> None:
    """Every one-message dev description gives the same fields and the same pick through
    `python -m advisor` (profile_from_text, advise) as typed into the chat followed by
    "recommend now". Only the task kind may differ: the chat insists on one (a skip is
    taken as writing) where the command line leaves it unknown."""
    from advisor import advise, profile_from_text
    from advisor.scenarios import DEV, load

    for s in [s for s in load(DEV) if not s.chat]:
        cli = profile_from_text(s.turns[0])
        cli_rec = advise(cli, kb)
        state, _ = talk(kb, [s.turns[0], SKIP_REST])
        if state.pending is not None or state.recommendation is None:
            state, _ = talk(kb, [SKIP_REST], state)
        chat = state.profile
        if cli.task_kind is None:
            chat = replace(chat, task_kind=None)
        assert chat == cli, s.id
        assert (state.recommendation.technique, state.recommendation.variant) == (
            cli_rec.technique, cli_rec.variant), s.id


def test_tenants_named_in_one_message_and_counted_in_another(kb) -> None:
    """'Each school keeps its own rubric' first, '27 schools use it' later: 27 tenants; a later
    correction of that count replaces it. Counting something else adds no tenants."""
    state, _ = start()
    state, _ = respond(state, "We grade essays for schools, and each school keeps its own "
                              "rubric and bands.", kb)
    assert state.profile.num_tasks is None
    state, _ = respond(state, "We have 27 schools signed up so far.", kb)
    assert state.profile.num_tasks == 27
    state, _ = respond(state, "Correction: it's 31 schools, four joined this week.", kb)
    assert state.profile.num_tasks == 31

    state, _ = start()
    state, _ = respond(state, "We grade essays, and each school keeps its own rubric.", kb)
    state, _ = respond(state, "We have 12 teachers on the team.", kb)
    assert state.profile.num_tasks is None


def test_a_message_that_corrects_its_own_number_leaves_earlier_answers_alone(kb) -> None:
    """'We labeled 900. Sorry, I re-counted: 1,100 labeled.' corrects the 900 said in the same
    message, not the volume given in the message before."""
    state, _ = start()
    state, _ = respond(state, "We sort support emails into 6 queues, about 20,000 emails a "
                              "month.", kb)
    assert state.profile.monthly_requests == 20_000
    state, _ = respond(state, "We labeled 900 emails. Sorry, I re-counted with Ana: 1,100 "
                              "labeled, the 900 was last quarter.", kb)
    assert state.profile.labeled_examples == 1_100
    assert state.profile.monthly_requests == 20_000


def test_a_message_that_corrects_its_own_count_of_anything_leaves_earlier_answers_alone(kb
                                                                                    ) -> None:
    """'4 GPU boxes.. actually 5 now' and 'about 8k I think. wait, I checked: 12k labelled'
    correct their own first number, whatever it counts: not the tenants or the volume said
    before."""
    state, _ = start()
    state, _ = respond(state, "We host reply drafting for 30 clinics, each wants its own tone. "
                              "About 90,000 messages a month.", kb)
    assert state.profile.num_tasks == 30
    state, _ = respond(state, "self-hosting a 14b model on 4 GPU boxes.. actually 5 now, we "
                              "bought one in march", kb)
    assert state.profile.num_tasks == 30
    assert state.profile.hardware == Hardware.CLUSTER
    state, _ = respond(state, "labelled replies: about 8k I think. wait, the support lead "
                              "checked, it's 12k labelled replies", kb)
    assert state.profile.labeled_examples == 12_000
    assert state.profile.monthly_requests == 90_000
    assert state.profile.num_tasks == 30


def test_updates_said_in_passing_restate_tenants_and_model_and_a_zero_budget_is_no_count(kb
                                                                                      ) -> None:
    """'we signed 12 more clinics, so it's 52', 'and customers are 61 as of today' and 'the
    base is a 70B now, we retired the 8B' update what was known; 'zero budget honestly',
    said while the labeled-examples question is open, says nothing about examples."""
    state, _ = start()
    state, _ = respond(state, "We write reminder texts for 40 clinics, each wants its own tone, "
                              "on one self-hosted 8B model shared by all of them.", kb)
    assert (state.profile.num_tasks, state.profile.model_billions) == (40, 8)
    assert state.expecting == "labeled_examples"
    state, _ = respond(state, "zero budget honestly, no cloud spend at all", kb)
    assert state.profile.labeled_examples is None
    assert state.profile.budget_usd == 0
    state, _ = respond(state, "News: we signed 12 more clinics this month, so it's 52, and the "
                              "base is a 70B now, we retired the 8B one.", kb)
    assert (state.profile.num_tasks, state.profile.model_billions) == (52, 70)
    state, _ = respond(state, "oh and clinics are 61 as of today", kb)
    assert state.profile.num_tasks == 61


def test_a_pasted_sample_is_not_the_founders_words_and_an_engineer_in_passing_keeps_the_team(
        kb) -> None:
    """A quoted model answer that says 'Actually ...' corrects nothing, its numbers count
    nothing; 'the budget includes the engineer's time' leaves an ML team an ML team."""
    state, _ = start()
    state, _ = respond(state, "We sort insurance claims into 12 categories for our adjusters.",
                       kb)
    state, _ = respond(state, "We have 2,300 claims labeled by the adjusters.", kb)
    assert state.profile.labeled_examples == 2_300
    state, _ = respond(state, "Our prompt got one badly wrong, it answered: 'Actually this is "
                              "a water damage claim worth 450 dollars for 3 rooms'.", kb)
    assert state.profile.labeled_examples == 2_300
    assert state.profile.budget_usd is None
    state, _ = respond(state, "Two ML engineers who train and serve models in PyTorch.", kb)
    assert state.profile.team_skill == TeamSkill.ML
    state, _ = respond(state, "Budget is $12,000 and it includes the time of the engineer, not "
                              "only compute.", kb)
    assert state.profile.team_skill == TeamSkill.ML
    assert state.profile.budget_covers_people is True


def test_a_smaller_count_said_in_passing_does_not_replace_the_tenants(kb) -> None:
    """'35 different narrow jobs for our clients', then 'we once gave two clients their own
    copy': the two are a subset, not a new total. A correction still lowers it."""
    state, _ = start()
    state, _ = respond(state, "One 40B model on our own cluster handles 35 different narrow "
                              "jobs for our clients.", kb)
    assert state.profile.num_tasks == 35
    state, _ = respond(state, "We once gave two clients their own fine-tuned copy; the two "
                              "copies filled a whole server.", kb)
    assert state.profile.num_tasks == 35
    state, _ = respond(state, "Correction: it's 30 clients now, five left us.", kb)
    assert state.profile.num_tasks == 30


def test_a_vendor_model_tried_later_does_not_move_private_data_back_to_the_vendor(kb) -> None:
    """Data that may not leave stays self-hosted when a later message names the vendor model
    that was tried; a correction still moves it."""
    state, _ = start()
    state, _ = respond(state, "We pull the parties, dates and amounts out of supply contracts.",
                       kb)
    state, _ = respond(state, "Our clients forbid sending their contracts to any outside "
                              "provider, so we run an open model on our own GPU box.", kb)
    assert state.profile.hosting == Hosting.SELF_HOSTED
    state, _ = respond(state, "Yes, we tried prompting GPT-4o with the schema for two months; it "
                              "still drops the notice period.", kb)
    assert state.profile.hosting == Hosting.SELF_HOSTED
    assert state.profile.tried_prompting is True
    state, _ = respond(state, "Correction: the clients now allow OpenAI, so we'll use their API.",
                       kb)
    assert state.profile.hosting == Hosting.VENDOR_API


def test_a_count_explained_again_is_no_new_count_and_the_marked_subset_stands(kb) -> None:
    """'the 5,000 is the backlog we exported, and only 600 of those carry a label', said as
    a correction after the volume: 600 labeled, the volume untouched."""
    state, _ = start()
    state, _ = respond(state, "Incoming claims emails should go to one of 12 queues.", kb)
    state, _ = respond(state, "We have roughly 5,000 labeled emails.", kb)
    state, _ = respond(state, "Volume is about 300,000 emails a month. Also, I have to correct "
                              "myself: the 5,000 is the backlog we exported, and only 600 of "
                              "those actually carry a queue label.", kb)
    assert state.profile.labeled_examples == 600
    assert state.profile.monthly_requests == 300_000


def test_a_count_restated_later_and_a_prompt_said_to_work_in_the_next_message(kb) -> None:
    """'~80 schools, each with its own rubric' first, then 'sorry, 95 schools now': the new
    count of the same things stands. 'We use a prompt with Gemini that ...' then 'honestly it
    works great': a prompt that does the job, not one that fell short."""
    state, _ = start()
    state, _ = respond(state, "We grade essays for ~80 schools, each with its own rubric, on one "
                              "frozen self-hosted model.", kb)
    assert state.profile.num_tasks == 80
    state, _ = respond(state, "each school sent a few hundred graded essays", kb)
    state, _ = respond(state, "sorry, ninety five schools now since the autumn", kb)
    assert state.profile.num_tasks == 95
    state, _ = start()
    state, _ = respond(state, "we use a prompt with Gemini that turns meeting notes into our "
                              "weekly client update", kb)
    state, _ = respond(state, "honestly it works great, the account managers love it", kb)
    assert (state.profile.prompt_works, state.profile.tried_prompting) == (True, False)


def test_a_working_prompt_stays_working_through_a_cost_complaint_and_a_labeled_part_corrects(
        kb) -> None:
    """'Our prompt works ... no complaints' then 'the catch is the token bill': still a prompt
    that works. '12,000 past summaries' then 'let me correct that, only about 3,000 of them
    were reviewed': the reviewed part is the labeled count."""
    state, _ = start()
    state, _ = respond(state, "Our ticket-summary prompt works: editors accept 95% of the "
                              "summaries, no complaints.", kb)
    assert (state.profile.prompt_works, state.profile.tried_prompting) == (True, False)
    state, _ = respond(state, "The catch is cost: each call carries ten examples, about 9k "
                              "tokens, and the API bill keeps growing.", kb)
    assert state.profile.tried_prompting is False
    state, _ = respond(state, "We have 12,000 past summaries written by the team.", kb)
    assert state.profile.labeled_examples == 12_000
    state, _ = respond(state, "Let me correct that. Only about 3,000 of them were reviewed by a "
                              "lead, the rest never were.", kb)
    assert state.profile.labeled_examples == 3_000


def test_examples_in_the_prompt_are_no_labeled_count_and_a_labeled_history_is(kb) -> None:
    """'The six examples make each call about 3k tokens' speaks of the prompt; 'a labeled
    history of 40,000 tickets' later is the count. Classes named by 'bucketed into one of'
    make a classification task."""
    state, _ = start()
    state, _ = respond(state, "Every support ticket gets bucketed into one of our 22 queues. "
                              "Today a GPT-4o prompt does it with six worked examples.", kb)
    assert state.profile.task_kind == "classification"
    state, _ = respond(state, "About 9,000 tickets a day. The six examples make each call "
                              "about 3k tokens, so the bill hurts.", kb)
    assert state.profile.labeled_examples is None
    assert state.profile.monthly_requests == 270_000
    state, _ = respond(state, "We keep a labeled history of 40,000 tickets with the queue each "
                              "one ended up in.", kb)
    assert state.profile.labeled_examples == 40_000
    assert state.profile.task_kind == "classification"


def test_tenants_taken_one_at_a_time_in_a_later_message_are_counted_after_it(kb) -> None:
    """'each clinic in its own tone' in the second message, 'about 45 clinics' in the third:
    the count of tenants, though the first message named no tenant at all. A budget question
    answered by a count of rewrites is a volume, not money."""
    state, _ = start()
    state, _ = respond(state, "we make booking software for physio clinics", kb)
    state, _ = respond(state, "want AI reminder texts to patients, each clinic in its own "
                              "tone", kb)
    state, _ = respond(state, "about 45 clinics right now", kb)
    assert state.profile.num_tasks == 45
    state = replace(state, expecting="budget")
    state, _ = respond(state, "maybe 20k rewrites a month at launch", kb)
    assert state.profile.monthly_requests == 20_000
    assert state.profile.monthly_budget_usd is None


def test_the_earlier_messages_the_chat_keeps_are_bounded(kb) -> None:
    """A long conversation keeps only the last SAID_CHARS characters of what was said, the
    latest message whole, so no turn grows slower with the length of the chat."""
    from advisor.chat import SAID_CHARS

    state, _ = start()
    for i in range(8):
        state, _ = respond(state, f"note {i}: " + "we sort invoices by supplier. " * 30, kb)
    assert len(state.said) <= SAID_CHARS
    assert state.said.endswith("we sort invoices by supplier.")
    assert "note 7:" in state.said and "note 0:" not in state.said


def test_a_correction_that_names_its_field_leaves_the_last_number_alone(kb) -> None:
    """Set 140 (h3485): the labeled count was said last; "correction on volume" corrects the
    volume, and its peak number does not land on the labeled count."""
    state, _ = talk(kb, ["Every refund claim gets sorted into one of 14 eligibility reasons.",
                         "Volume is around 40,000 claims a day, peaks in winter.",
                         "Labeled data: 55,000 past claims with the agent's final decision."])
    assert (state.profile.monthly_requests, state.profile.labeled_examples) == (1_200_000,
                                                                                55_000)
    state, _ = respond(state, "Sorry, correction on volume: 40,000 a day was during the strike "
                              "weeks. Normal is about 12,000 a day.", kb)
    assert (state.profile.monthly_requests, state.profile.labeled_examples) == (360_000, 55_000)


def test_a_correction_on_the_data_corrects_the_labeled_count(kb) -> None:
    """Set 184 (h4585): the volume was said last; "correction on the data: I said 90k
    labeled, it's closer to 30k" corrects the labeled count, not the volume."""
    state, _ = talk(kb, ["Every inspection note gets turned into a 40-field condition report; "
                         "about 50,000 notes a month.",
                         "Correction on the data: I told our board 90k labeled, but it's "
                         "actually closer to 30k with both the note and the report."])
    assert (state.profile.monthly_requests, state.profile.labeled_examples) == (50_000, 30_000)


def test_a_prompt_named_in_the_last_message_works_in_this_one(kb) -> None:
    """Set 141 (h3500): the prompt is named in the second message, "Honestly it works." in the
    third."""
    state, _ = talk(kb, ["We sell tickets for about 60 festivals. I want to fine-tune something "
                         "on our support emails.",
                         "Right now? We use Claude through the API with a prompt our support "
                         "lead wrote. It tags each incoming email and drafts a reply.",
                         "Honestly it works. We spot-checked 400 emails last month and the tag "
                         "was right on 96%."])
    assert state.profile.prompt_works is True and state.profile.tried_prompting is False


def test_a_correction_of_a_number_no_field_holds_changes_no_field(kb) -> None:
    """Set 168 (h4192): "9 examples was last quarter, it's 11 now" corrects the prompt's
    demonstrations; the 6,000 labeled extractions stand. A correction of the number the field
    holds still applies."""
    state, _ = talk(kb, ["We extract 14 fields from shipment notes with GPT-4o and a prompt "
                         "that has 9 worked examples in it. Honestly it works.",
                         "We have about 6,000 extractions validated by our audit team."])
    assert state.profile.labeled_examples == 6000
    state, _ = respond(state, "Correction: 9 examples was last quarter, it's 11 now.", kb)
    assert state.profile.labeled_examples == 6000
    state, _ = respond(state, "Sorry, 6,000 extractions was last year's count, it's 7,500 "
                             "now.", kb)
    assert state.profile.labeled_examples == 7500


def test_gpus_counted_as_a_cluster_stay_one_when_named_again_in_passing(kb) -> None:
    """Set 170 (h4231): "our own GPU cluster" first, "the GPUs are shared with other teams"
    later; the later mention names no new hardware, so only a correction lowers it."""
    state, _ = talk(kb, ["Our data science group self-hosts a 70B model on our own GPU cluster.",
                         "Budget is thin, and the GPUs are shared with other teams."])
    assert state.profile.hardware == Hardware.CLUSTER
    state, _ = respond(state, "Correction: it's really just one GPU server.", kb)
    assert state.profile.hardware == Hardware.OWN_GPU


def test_a_correction_that_repeats_the_old_number_still_corrects(kb) -> None:
    # Set 178 (h4431): "it's 2,000, not 20,000. The 20k includes phone claims" names the old
    # count again; the correction still applies.
    state, _ = talk(kb, ["We pull 12 fields from claim emails into our system.",
                         "We have 30,000 emails where a handler keyed the fields by hand."])
    assert state.profile.labeled_examples == 30000
    state, _ = respond(state, "Sorry, I was wrong: it's 3,000, not 30,000. The 30k includes "
                              "faxed claims with no email.", kb)
    assert state.profile.labeled_examples == 3000
