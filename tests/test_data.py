"""Reading samples: formats, column aliases, clear errors, deterministic splits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adapters.data import Example, detect_task, load_examples, relabel, split
from adapters.scoring import exact_match, macro_f1, rouge_l
from tailor.errors import TailorError


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "text"), [
    ("a.csv", "input,output\nhello there,greeting\nbye now,farewell\n"),
    ("b.csv", "text,label\nhello there,greeting\nbye now,farewell\n"),
    ("c.tsv", "sentence\tlabel\nhello there\tgreeting\nbye now\tfarewell\n"),
    ("d.csv", "Prompt,Completion\n\"hello, there\",greeting\nbye now,farewell\n"),
    ("e.jsonl", '{"question": "hello there", "answer": "greeting"}\n'
                '{"question": "bye now", "answer": "farewell"}\n'),
    ("f.jsonl", "\n".join(json.dumps({"messages": [
        {"role": "system", "content": "Be brief."}, {"role": "user", "content": u},
        {"role": "assistant", "content": a}]}) for u, a in
        (("hello there", "greeting"), ("bye now", "farewell")))),
])
def test_formats_and_aliases(tmp_path: Path, name: str, text: str) -> None:
    examples = load_examples(write(tmp_path / name, text))
    assert [e.output for e in examples] == ["greeting", "farewell"]
    assert examples[0].input.startswith("hello")


@pytest.mark.parametrize(("name", "text", "message"), [
    ("x.csv", "foo,bar,baz\n1,2,3\n", "Found 'foo', 'bar', 'baz'"),
    ("x.jsonl", '{"input": "a", "output": "b"}\nnot json\n', "Line 2 is not valid JSON"),
    ("x.jsonl", '["a", "b"]\n', "not an object"),
    ("x.csv", "input,output\n", "no rows"),
    ("x.pdf", "whatever", "use a .csv, .tsv or .jsonl"),
    ("x.jsonl", '{"messages": [{"role": "user", "content": "hi"}]}\n', "assistant turn"),
])
def test_bad_files_say_what_is_wrong(tmp_path: Path, name: str, text: str, message: str) -> None:
    with pytest.raises(TailorError, match=message):
        load_examples(write(tmp_path / name, text))
    with pytest.raises(TailorError, match="No file"):
        load_examples(tmp_path / "missing.csv")


def test_task_detection() -> None:
    cls = [Example(f"text {i}", ["a", "b", "c"][i % 3]) for i in range(30)]
    assert detect_task(cls).kind == "classification"
    assert detect_task(cls).labels == ("a", "b", "c")
    gen = [Example(f"text {i}", f"a different answer {i}") for i in range(30)]
    assert detect_task(gen).kind == "generation"


def test_split_is_deterministic_and_stratified() -> None:
    data = [Example(f"text {i}", "yes" if i % 4 else "no") for i in range(40)]
    a, b = split(data, seed=1), split(data, seed=1)
    assert a.train == b.train and a.eval == b.eval
    assert split(data, seed=2).eval != a.eval
    assert {e.output for e in a.eval} == {"yes", "no"}
    assert sum(e.output == "no" for e in a.eval) == round(10 * 0.25)
    assert not set(a.train) & set(a.eval)
    with pytest.raises(TailorError, match="at least 2 training"):
        split(data[:1])


def test_relabel() -> None:
    assert relabel([Example("x", "1")], {"1": "positive"}) == [Example("x", "positive")]


def test_metrics() -> None:
    assert rouge_l("the cat sat", "the cat sat") == 1.0
    assert rouge_l("cat the", "the cat sat") == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))
    assert rouge_l("", "x") == 0.0
    assert exact_match(["The Cat."], ["the cat"]) == 1.0
    assert macro_f1(["a", "a", "b"], ["a", "b", "b"], ("a", "b")) == pytest.approx(
        (2 / 3 + 2 / 3) / 2)
