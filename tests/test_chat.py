"""The intake conversation, turn by turn, on the real knowledge base."""

from __future__ import annotations

from advisor.chat import SKIP_REST, ChatState, respond, start
from advisor.handlers import chat_turn, opening, pick_option, restart
from advisor.profile import TaskKind, TeamSkill


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
