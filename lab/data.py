"""The lab's data step: read a built-in sample, an upload or pasted rows, map the columns,
name the fields and split train / held-out from a seed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from adapters import stats
from adapters.data import (
    Example,
    detect_task,
    guess_columns,
    names_from_columns,
    parse_descriptions,
    rows_to_examples,
    split,
)
from adapters.files import cap_rows, parse_text, read_table
from adapters.samples import SAMPLES_DIR, samples
from lab.state import LabState
from tailor.errors import TailorError
from tailor.limits import Limits
from tailor.markdown import neutralise


def load(state: LabState, *, sample: str | None = None, upload: str | None = None,
         pasted: str | None = None) -> LabState:
    """Read rows from a built-in sample, an uploaded file or pasted text, and guess the
    input/output columns. Raises TailorError with what to fix; what was done to read the
    data (encoding, rows left out or sampled) is kept in `state.notes`."""
    limits = Limits.from_env()
    if sample:
        known = samples()
        if sample not in known:
            raise TailorError(f"No built-in sample '{sample}'.")
        s = known[sample]
        table = read_table(SAMPLES_DIR / s.file)
        state = replace(state, input_name=s.input_name, output_name=s.output_name,
                        instruction=s.instruction, source=f"sample: {s.title}")
    elif upload:
        table = read_table(upload, max_bytes=limits.max_upload_bytes)
        state = replace(state, source=f"upload: {Path(upload).name}", instruction="")
    elif pasted and pasted.strip():
        table = parse_text(pasted)
        state = replace(state, source="pasted rows", instruction="")
    else:
        raise TailorError("Pick a built-in sample, upload a CSV/TSV/JSONL file, or paste rows "
                          "with a header line.")
    if not table.rows:
        raise TailorError(f"{state.source} has a header but no rows. Add at least a few "
                          "labeled examples.")
    table = cap_rows(table, limits.max_rows, seed=state.seed)
    rows = table.rows
    if "messages" in rows[0]:
        examples = rows_to_examples(rows, state.source)
        rows = [{"input": e.input, "output": e.output} for e in examples]
    columns = guess_columns(rows)
    if columns is None and len(rows[0]) >= 2:
        first = [c for c in rows[0] if c is not None]
        columns = (first[0], first[1])  # a guess the user can change in the mapping
    if not sample:
        input_name, output_name = names_from_columns(*columns) if columns else ("Input",
                                                                              "Output")
        state = replace(state, input_name=input_name, output_name=output_name)
    state = replace(state, rows=tuple(rows), columns=columns, results={}, estimates={},
                    curve=(), split=None, read_notes=tuple(table.notes))
    return prepare(state)


def prepare(state: LabState, columns: tuple[str, str] | None = None,
            input_name: str | None = None, output_name: str | None = None,
            instruction: str | None = None, seed: int | None = None,
            descriptions: str | None = None) -> LabState:
    """Apply the mapping, names and label definitions; split train/eval from the seed."""
    columns = columns or state.columns
    if not state.rows:
        raise TailorError("Load some data first.")
    notes: list[str] = []
    examples = rows_to_examples(list(state.rows), state.source or "the data", columns, notes)
    # About four characters a token: inputs past the per-example limit are cut, and said so.
    limit = Limits.from_env().max_tokens_per_example * 4
    long = sum(len(e.input) > limit for e in examples)
    if long:
        examples = [Example(e.input[:limit], e.output) for e in examples]
        notes.append(f"{long} input(s) longer than about {limit // 4} tokens were cut to that "
                     "length (the limit per example here).")
    default_instruction = detect_task(examples).instruction
    state = replace(state, columns=columns,
                    input_name=(input_name or state.input_name).strip() or "Input",
                    output_name=(output_name or state.output_name).strip() or "Output",
                    instruction=(instruction if instruction is not None else state.instruction)
                    or default_instruction,
                    seed=state.seed if seed is None else int(seed))
    labels = detect_task(examples).labels
    if descriptions is not None:
        state = replace(state, descriptions=parse_descriptions(descriptions, labels))
    data = split(examples, seed=state.seed, source=state.source,
                 instruction=state.instruction, input_name=state.input_name,
                 output_name=state.output_name, descriptions=state.descriptions)
    return replace(state, split=data, results={}, estimates={}, curve=(),
                   notes=(*state.read_notes, *notes))


def column_names(state: LabState) -> list[str]:
    return [c for c in (state.rows[0] if state.rows else {}) if c is not None]


def preview_rows(state: LabState, n: int = 8) -> list[list[str]]:
    cols = column_names(state)
    return [[str(r.get(c, ""))[:120] for c in cols] for r in state.rows[:n]]


def summary(state: LabState, export: bool = False) -> str:
    """What was detected, in words. `export` neutralises the user's own strings (labels,
    file name) that a spreadsheet would run as formulas."""
    if state.split is None:
        return "No data yet."
    safe = neutralise if export else str
    d = state.split
    kind = (f"**classification** into {len(d.task.labels)} labels "
            f"({', '.join(safe(label) for label in d.task.labels)})"
            if d.task.kind == "classification" else "**generation** (free-text outputs)")
    a, b = state.columns or ("?", "?")
    return (f"{len(state.rows)} rows from {safe(state.source)}. Input column **{safe(a)}**, "
            f"output column **{safe(b)}**: {kind}. Split with seed {state.seed}: "
            f"**{len(d.train)} train / {len(d.eval)} held out**, the same held-out rows for "
            "every technique. " + held_out_advice(len(d.eval), d.task.kind)
            + "".join(f"\n\n⚠️ {note}" for note in state.notes))


def held_out_advice(n_eval: int, kind: str) -> str:
    """How precise scores on this many held-out rows are, and what would resolve gaps."""
    if kind != "classification":
        return (f"With {n_eval} held-out rows, ROUGE-L differences of a few points are within "
                "noise; judge generation by reading the predictions too.")
    pm = 100 * stats.margin(n_eval, 0.75)
    need = stats.rows_to_resolve(0.05, 0.15)
    return (f"With {n_eval} held-out rows an accuracy near 75% is known to about ±{pm:.0f} "
            f"points (95%); telling two techniques 5 points apart takes about {need} held-out "
            "rows.")
