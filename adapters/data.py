"""Reading the user's sample: CSV, TSV, JSONL or OpenAI chat JSONL into input/output pairs,
a deterministic train/eval split, and the task kind."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from adapters.files import read_table
from tailor.errors import TailorError

# Accepted column pairs, first match wins.
ALIASES: list[tuple[str, str]] = [
    ("input", "output"), ("text", "label"), ("sentence", "label"), ("prompt", "completion"),
    ("question", "answer"), ("text", "output"), ("input", "label"), ("source", "target"),
]
MAX_LABELS = 50  # more distinct outputs than this is generation, not classification


@dataclass(frozen=True)
class Example:
    input: str
    output: str


@dataclass(frozen=True)
class Task:
    """What kind of task the sample is, and for classification its label set."""

    kind: str  # "classification" or "generation"
    labels: tuple[str, ...] = ()
    instruction: str = ""
    # What the input and output are called in the prompt. Names that say what the data is
    # ("Review", "Sentiment") help a small model a lot more than "Input"/"Output".
    input_name: str = "Input"
    output_name: str = "Output"
    # Optional one-line definitions per label, written by the user; every prompt shows them.
    descriptions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Split:
    train: list[Example]
    eval: list[Example]
    task: Task
    seed: int = 0
    source: str = ""
    notes: list[str] = field(default_factory=list)


def _from_chat(row: dict) -> Example | None:
    """OpenAI chat fine-tuning format: the last user turn in, the assistant turn out."""
    messages = row.get("messages")
    if not isinstance(messages, list):
        return None
    turns = [m for m in messages if isinstance(m, dict)]
    user = [m.get("content", "") for m in turns if m.get("role") == "user"]
    bot = [m.get("content", "") for m in turns if m.get("role") == "assistant"]
    if not user or not bot:
        return None
    return Example(str(user[-1]).strip(), str(bot[-1]).strip())


GENERIC_NAMES = {"input", "output", "text", "label", "labels", "prompt", "completion", "source",
                 "target", "x", "y", "col1", "col2", "column1", "column2"}


def names_from_columns(input_column: str, output_column: str) -> tuple[str, str]:
    """What the prompt calls the input and the output, from the column headers: a header that
    says what the data is ("review", "sentiment") helps a small model more than "Input";
    generic headers keep "Input"/"Output"."""
    def name(column: str, default: str) -> str:
        words = " ".join(str(column).replace("_", " ").replace("-", " ").split())
        if not words or words.lower() in GENERIC_NAMES or len(words) > 30:
            return default
        return words[0].upper() + words[1:]

    return name(input_column, "Input"), name(output_column, "Output")


def guess_columns(rows: list[dict]) -> tuple[str, str] | None:
    """The (input, output) columns: by the accepted aliases, or the only two there are;
    None when that is ambiguous."""
    if not rows:
        return None
    columns = {str(c).strip().lower(): c for c in rows[0] if c is not None}
    for src, dst in ALIASES:
        if src in columns and dst in columns:
            return columns[src], columns[dst]
    if len(columns) == 2:
        first, second = columns.values()
        return first, second
    return None


def rows_to_examples(rows: list[dict], name: str = "the data",
                     columns: tuple[str, str] | None = None,
                     notes: list[str] | None = None) -> list[Example]:
    """Map rows to examples, by the given columns or any of the accepted pairs. Rows with an
    empty input or output are left out, and `notes` (when given) says how many."""
    if not rows:
        raise TailorError(f"{name} has no rows. Provide at least a few labeled examples.")
    if columns is None and "messages" in rows[0]:
        examples = [e for r in rows if (e := _from_chat(r)) is not None]
        if not examples:
            raise TailorError(f"{name}: 'messages' rows need a user and an assistant turn.")
        return examples
    pair = columns or guess_columns(rows)
    if pair is None:
        found = [c for c in rows[0] if c is not None]
        if len(found) < 2:
            raise TailorError(f"{name} has {len(found)} column ({', '.join(map(repr, found))})"
                              "; the lab needs two: the input and the answer you want. Add the "
                              "answer column, with a header line naming both.")
        raise TailorError(f"{name}: which columns are the input and the answer? Found "
                          f"{', '.join(map(repr, found))}. In the lab, pick them under Mapping; "
                          "in a file, name them input and output (or text and label).")
    a, b = pair
    if a == b or a not in rows[0] or b not in rows[0]:
        raise TailorError(f"{name}: pick two different columns among "
                          f"{', '.join(map(repr, rows[0]))}.")
    examples = [Example(str(r.get(a) or "").strip(), str(r.get(b) or "").strip())
                for r in rows]
    kept = [e for e in examples if e.input and e.output]
    if not kept:
        raise TailorError(f"{name}: every row has an empty '{a}' or '{b}'.")
    if notes is not None and len(kept) < len(examples):
        empty_out = sum(1 for e in examples if e.input and not e.output)
        notes.append(f"{len(examples) - len(kept)} row(s) with an empty '{a}' or '{b}' were "
                     f"left out ({empty_out} had no '{b}'): rows without an answer can be "
                     "neither trained on nor scored.")
    return kept


def load_examples(path: str | Path) -> list[Example]:
    """Read a CSV, TSV or JSONL file into examples."""
    return rows_to_examples(read_table(path).rows, Path(path).name)


def detect_task(examples: list[Example]) -> Task:
    """Classification when outputs come from a small label set that repeats, else generation."""
    counts = Counter(e.output for e in examples)
    repeated = len(counts) <= max(2, len(examples) // 3)
    if 2 <= len(counts) <= MAX_LABELS and repeated and max(len(o) for o in counts) <= 40:
        labels = tuple(sorted(counts))
        return Task("classification", labels,
                    "Classify the input. Answer with one of: " + ", ".join(labels) + ".")
    return Task("generation", (), "Write the output for the input, in the style of the "
                "examples.")


def parse_descriptions(text: str, labels: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """'label: what it means' lines into definitions, in label order. A line that names no
    label of the task is an error that lists the labels."""
    found: dict[str, str] = {}
    for n, line in enumerate((text or "").splitlines(), 1):
        if not line.strip():
            continue
        label, sep, meaning = line.partition(":")
        label, meaning = label.strip().strip("-* "), meaning.strip()
        if not sep or not meaning:
            raise TailorError(f"Label definitions, line {n}: write 'label: what it means'.")
        if label not in labels:
            raise TailorError(f"Label definitions, line {n}: '{label}' is not one of the "
                              f"labels ({', '.join(labels)}).")
        found[label] = meaning
    return tuple((lab, found[lab]) for lab in labels if lab in found)


def relabel(examples: list[Example], names: dict[str, str]) -> list[Example]:
    """Replace raw labels (say 0/1) with words the model understands (negative/positive)."""
    return [Example(e.input, names.get(e.output, e.output)) for e in examples]


def split(examples: list[Example], eval_examples: list[Example] | None = None, *,
          seed: int = 0, eval_fraction: float = 0.25, max_train: int | None = None,
          max_eval: int | None = None, source: str = "", instruction: str | None = None,
          input_name: str | None = None, output_name: str | None = None,
          descriptions: tuple[tuple[str, str], ...] = ()) -> Split:
    """A deterministic split from the seed; stratified by label for classification."""
    task = detect_task(examples + (eval_examples or []))
    task = replace(task, instruction=instruction or task.instruction,
                   input_name=input_name or task.input_name,
                   output_name=output_name or task.output_name,
                   descriptions=tuple((lab, d) for lab, d in descriptions
                                      if lab in task.labels))
    rng = random.Random(seed)
    if eval_examples is not None:
        train, evals = list(examples), list(eval_examples)
        rng.shuffle(train)
    elif task.kind == "classification":
        by_label: dict[str, list[Example]] = defaultdict(list)
        for e in examples:
            by_label[e.output].append(e)
        train, evals = [], []
        for label in sorted(by_label):
            group = by_label[label]
            rng.shuffle(group)
            n_eval = max(1, round(len(group) * eval_fraction)) if len(group) > 1 else 0
            evals += group[:n_eval]
            train += group[n_eval:]
        rng.shuffle(train)
        rng.shuffle(evals)
    else:
        shuffled = list(examples)
        rng.shuffle(shuffled)
        n_eval = max(1, round(len(shuffled) * eval_fraction))
        evals, train = shuffled[:n_eval], shuffled[n_eval:]
    if max_train:
        train = _take(train, max_train, task)
    if max_eval:
        evals = evals[:max_eval]
    if len(train) < 2 or not evals:
        raise TailorError(f"Need at least 2 training and 1 evaluation example; got "
                          f"{len(train)} and {len(evals)}. Add more rows.")
    return Split(train, evals, task, seed, source)


def _take(train: list[Example], n: int, task: Task) -> list[Example]:
    """The first n, keeping every label represented when possible."""
    if task.kind != "classification" or n >= len(train):
        return train[:n]
    chosen = [next(e for e in train if e.output == label) for label in task.labels
              if any(e.output == label for e in train)][:n]
    rest = [e for e in train if e not in chosen]
    return (chosen + rest)[:n]
