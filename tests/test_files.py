"""Whatever a user uploads or pastes: read it, or say exactly what is wrong, and never drop,
cut or guess silently. No model needed (fast tier)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adapters.files import MAX_CELL_CHARS, cap_rows, parse_text, read_table, sniff_delimiter
from lab import data
from lab.state import LabState
from tailor.errors import TailorError
from tailor.markdown import neutralise


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


ROWS = [("I was charged twice", "billing"), ("The app crashes", "technical"),
        ("Where is my parcel?", "shipping"), ("Refund my order", "billing"),
        ("Login fails", "technical"), ("Parcel arrived broken", "shipping")] * 2


def csv_text(rows=ROWS, header="text,label", sep=",") -> str:
    return header + "\n" + "\n".join(f"{a}{sep}{b}" for a, b in rows) + "\n"


@pytest.mark.parametrize(("name", "content", "check"), [
    ("plain.csv", csv_text(), lambda t: len(t.rows) == 12 and not t.notes),
    ("bom.csv", "\ufeff" + csv_text(), lambda t: list(t.rows[0]) == ["text", "label"]),
    ("tabs.tsv", csv_text(sep="\t", header="text\tlabel"), lambda t: len(t.rows) == 12),
    ("semicolons.txt", csv_text(sep=";", header="text;label"),
     lambda t: t.rows[0]["label"] == "billing" and "';'" in t.notes[0]),
    ("emoji.csv", csv_text([(a, "😀" if b == "billing" else "😡") for a, b in ROWS]),
     lambda t: {r["label"] for r in t.rows} == {"😀", "😡"}),
    ("one-row.csv", "text,label\nhello,greeting\n", lambda t: len(t.rows) == 1),
    ("chat.jsonl", "\n".join(json.dumps({"messages": [
        {"role": "user", "content": a}, {"role": "assistant", "content": b}]}) for a, b in ROWS),
     lambda t: len(t.rows) == 12),
])
def test_files_that_read(tmp_path: Path, name: str, content: str, check) -> None:
    assert check(read_table(write(tmp_path / name, content)))


def test_latin1_and_windows_1252_are_read_and_named(tmp_path: Path) -> None:
    rows = [("Café crème trop sucré", "négatif"), ("Très bon merci", "positif"),
            ("Prix 20€ – correct", "positif"), ("Déçu par la qualité", "négatif")] * 3
    for encoding in ("latin-1", "cp1252"):
        text = csv_text([(a.replace("€", "EUR").replace("–", "-") if encoding == "latin-1"
                          else a, b) for a, b in rows])
        table = read_table(write(tmp_path / f"{encoding}.csv", text.encode(encoding)))
        assert table.rows[0]["text"].startswith("Café") and table.rows[0]["label"] == "négatif"
        assert "not UTF-8: read it as cp1252" in table.notes[0]
        state = data.load(LabState(), upload=str(tmp_path / f"{encoding}.csv"))
        assert "not UTF-8: read it as" in data.summary(state)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("binary.csv", bytes(range(256)) * 40, "does not look like text"),
    ("broken.jsonl", '{"input": "a", "output": "b"}\n{"input": ', "Line 2 is not valid JSON"),
    ("list.jsonl", '["a", "b"]\n', "not an object"),
    ("huge-cell.csv", "text,label\n" + "x" * (MAX_CELL_CHARS + 1) + ",a\nshort,b\n",
     f"row 2: the 'text' cell has {MAX_CELL_CHARS + 1:,} characters; the limit is"),
    ("doc.pdf", "whatever", "use a .csv, .tsv or .jsonl"),
])
def test_files_that_cannot_be_read_say_why(tmp_path: Path, name: str, content, message: str
                                           ) -> None:
    with pytest.raises(TailorError, match=message):
        read_table(write(tmp_path / name, content))


def test_a_megabyte_cell_names_the_row_in_the_lab(tmp_path: Path) -> None:
    path = write(tmp_path / "big.csv", csv_text() + "y" * 2**20 + ",billing\n")
    with pytest.raises(TailorError, match=r"row 14: the 'text' cell has 1,048,576 characters"):
        data.load(LabState(), upload=str(path))


def test_one_column_says_what_is_missing(tmp_path: Path) -> None:
    path = write(tmp_path / "one.csv", "text\nhello\nbye\n")
    with pytest.raises(TailorError, match=r"has 1 column .*needs two: the input and the answer"):
        data.load(LabState(), upload=str(path))


def test_chat_jsonl_without_an_assistant_turn(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", '{"messages": [{"role": "user", "content": "hi"}]}\n')
    with pytest.raises(TailorError, match="assistant turn"):
        data.load(LabState(), upload=str(path))


def test_a_big_upload_is_sampled_and_says_so(tmp_path: Path) -> None:
    rows = [(f"message number {i}", ["a", "b", "c"][i % 3]) for i in range(100_000)]
    path = write(tmp_path / "big.csv", csv_text(rows))
    state = data.load(LabState(), upload=str(path))
    assert len(state.rows) == 2000
    assert "100,000 rows; the lab compares techniques on 2,000 of them" in data.summary(state)
    assert cap_rows(read_table(path), 5).rows != read_table(path).rows[:5]  # not the first 5


def test_empty_outputs_are_dropped_with_a_count_and_keep_classification(tmp_path: Path) -> None:
    rows = [*ROWS, *[(f"unlabelled {i}", "") for i in range(8)]]
    state = data.load(LabState(), upload=str(write(tmp_path / "gaps.csv", csv_text(rows))))
    assert state.split.task.kind == "classification"
    assert len(state.split.train) + len(state.split.eval) == 12
    assert "8 row(s) with an empty 'text' or 'label' were left out (8 had no 'label')" in \
        data.summary(state)


def test_an_unquoted_comma_never_becomes_a_label() -> None:
    text = csv_text([*ROWS, ("My card, the visa one, got declined", "billing")])
    table = parse_text(text)
    assert len(table.rows) == 12 and "1 row(s) have more fields than the header" in table.notes[0]
    assert "line(s) 14" in table.notes[0]
    state = data.load(LabState(), pasted=text)
    assert set(state.split.task.labels) == {"billing", "technical", "shipping"}
    assert "unquoted comma" in data.summary(state)


def test_delimiters() -> None:
    assert sniff_delimiter("a\tb\nc, d\te\n") == "\t"
    assert sniff_delimiter("a;b\nc;d\ne;f\n") == ";"
    assert sniff_delimiter("text,label\nhi there,x\n") == ","
    assert sniff_delimiter("x,y\n1,2", ".tsv") == "\t"


def test_formulas_are_neutralised_in_exports(tmp_path: Path) -> None:
    from lab.artifacts import decision_report

    assert neutralise("=HYPERLINK(1)") == "'=HYPERLINK(1)" and neutralise("fine") == "fine"
    rows = [(a, "=cmd|' /C calc'!A0" if b == "billing" else "@SUM(A1)") for a, b in ROWS]
    state = data.load(LabState(), upload=str(write(tmp_path / "evil.csv", csv_text(rows))))
    report = decision_report(state, None)
    assert "'=cmd" in report and "'@SUM" in report
    assert "(=cmd" not in report and ", =cmd" not in report
