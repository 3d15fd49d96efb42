"""The lab's data step and its handlers' errors: no language model needed (fast tier)."""

from __future__ import annotations

import pytest

from lab import data, handlers
from lab.state import LabState, new_state
from tailor.errors import TailorError


def test_each_session_gets_its_own_state() -> None:
    a, b = new_state(), new_state()
    assert a.id != b.id and a.cancel is not b.cancel and a.folder != b.folder
    a.cancel.set()
    assert not b.cancel.is_set()


def test_built_in_samples_load() -> None:
    for sid in ("tickets", "reviews", "rewrite"):
        s = data.load(LabState(), sample=sid)
        assert 60 <= len(s.rows) <= 200 and s.split is not None
    assert data.load(LabState(), sample="rewrite").split.task.kind == "generation"


def test_pasted_rows_and_mapping() -> None:
    state = data.load(LabState(), pasted="ticket\tteam\tlang\nmy card was charged twice\t"
                      "billing\ten\nthe app crashes\ttechnical\ten\nI forgot my password\t"
                      "account\ten\nrefund please\tbilling\ten\nblank screen\ttechnical\ten\n"
                      "change my email\taccount\ten")
    assert state.columns == ("ticket", "team")  # no alias fits: the first two, changeable
    remapped = data.prepare(state, ("ticket", "lang"), "Ticket", "Language", None, 3)
    assert remapped.columns == ("ticket", "lang") and remapped.output_name == "Language"
    assert remapped.split.task.kind == "generation"  # one repeated value is no label set
    with pytest.raises(TailorError, match="two different columns"):
        data.prepare(state, ("ticket", "ticket"))
    jsonl = data.load(LabState(), pasted='{"question": "2+2?", "answer": "4"}\n'
                                         '{"question": "3+3?", "answer": "6"}\n'
                                         '{"question": "1+1?", "answer": "2"}')
    assert jsonl.columns == ("question", "answer")


@pytest.mark.parametrize(("call", "message"), [
    (lambda s: handlers.load_pasted("", s), "Pick a built-in sample"),
    (lambda s: handlers.load_pasted('{"a": 1}\nnot json', s), "not valid JSON"),
    (lambda s: handlers.load_upload("/nonexistent/file.csv", s), "No file"),
    (lambda s: handlers.apply_mapping("input", "input", "A", "B", "", 0, "", s),
     "two different columns"),
    (lambda s: list(handlers.run([], 60, 12, s, None)), "Tick at least one technique"),
    (lambda s: list(handlers.run(["magic"], 60, 12, s, None)), "Unknown technique"),
    (lambda s: handlers.download_adapter("lora", s), "Run LoRA first"),
    (lambda s: handlers.try_it("few_shot", "hi", s), "Run Few-shot prompt"),
    (lambda s: handlers.curve("lora", 0.9, LabState()), "Load some data first"),
])
def test_bad_input_is_a_clear_error(call, message: str) -> None:
    state = data.load(LabState(), sample="tickets")
    with pytest.raises(TailorError, match=message):
        call(state)


def test_no_data_yet() -> None:
    with pytest.raises(TailorError, match="Load some data first"):
        list(handlers.run(["zero_shot"], 60, 12, LabState(), None))
    assert data.summary(LabState()) == "No data yet."


def test_label_definitions_reach_every_prompt() -> None:
    from adapters.prompts import default_format

    state = data.load(LabState(), sample="tickets")
    defined = data.prepare(state, descriptions="billing: charges, refunds, invoices\n"
                                               "shipping: parcels and delivery")
    fmt = default_format(defined.split.task)
    assert "- billing: charges, refunds, invoices" in fmt.instruction
    assert "- shipping: parcels and delivery" in fmt.instruction
    with pytest.raises(TailorError, match="'refunds' is not one of the labels"):
        data.prepare(state, descriptions="refunds: money back")
    with pytest.raises(TailorError, match="write 'label: what it means'"):
        data.prepare(state, descriptions="billing")
