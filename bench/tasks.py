"""The benchmark's tasks and how their splits are drawn.

Splits of three roles, never mixed:
- report splits (seeds 0-4): training rows from the training file, held-out rows from the
  task's test file. Nothing is chosen on these; the README reports them.
- tuning splits (seeds 100-104): training rows from the training file, held-out rows from the
  test-file rows that no report split draws, so they look like the reported rows (SST-2's
  test file holds full sentences, its training file mostly phrases) without being any of
  them. Defaults are chosen on these only.
- "tuning-train" splits (seeds 100-104): training AND held-out rows both from the training
  file. Defaults chosen before 2026-11-28 were picked on these; kept to reproduce them.

Each task is read the way a founder's CSV would be: its own column headers, the generic
instruction Tailor writes by default, no hand-picked field names.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

from adapters.data import Example, Split, names_from_columns, split
from tailor.settings import ROOT

SHARED = ROOT.parent / "shared" / "data"
TUNING_SEEDS = (100, 101, 102, 103, 104)
REPORT_SEEDS = (0, 1, 2, 3, 4)
ROLES = ("report", "tuning", "tuning-train")


@dataclass(frozen=True)
class BenchTask:
    id: str
    train_file: Path
    test_file: Path | None  # None: one file, split by seed (the generation sample)
    text: str  # column headers
    label: str
    n_train: int
    n_eval: int
    label_names: dict[str, str] | None = None  # raw label -> word (SST-2's 0/1)
    source: str = ""

    def _read(self, path: Path) -> list[Example]:
        delimiter = "\t" if path.suffix == ".tsv" else ","
        quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter=delimiter, quoting=quoting))
        names = self.label_names or {}
        return [Example(r[self.text].strip(), names.get(r[self.label], r[self.label]).strip())
                for r in rows if r[self.text].strip() and r[self.label].strip()]

    def _report_rows(self, seed: int, n_test: int) -> list[int]:
        """Positions in the test file of the held-out rows of report split `seed`."""
        order = list(range(n_test))
        random.Random(seed).shuffle(order)  # the same permutation split() applies to the rows
        return order[: self.n_eval]

    def unreported_rows(self, n_test: int | None = None) -> list[int]:
        """Positions of the test-file rows that no report split holds out."""
        n_test = len(self._read(self.test_file)) if n_test is None else n_test
        used = {i for seed in REPORT_SEEDS for i in self._report_rows(seed, n_test)}
        return [i for i in range(n_test) if i not in used]

    def split(self, seed: int, role: str = "report") -> Split:
        """The seed's split for `role` (one of ROLES): see the module docstring for which rows
        each role may use."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {role!r}")
        rng = random.Random(seed)
        pool = self._read(self.train_file)
        input_name, output_name = names_from_columns(self.text, self.label)
        if self.test_file is None:  # a small sample: the app's own stratified split
            return split(pool, seed=seed, source=self.id, input_name=input_name,
                         output_name=output_name)
        if role == "tuning-train":
            rng.shuffle(pool)
            evals, pool = pool[: self.n_eval], pool[self.n_eval:]
        elif role == "tuning":
            test = self._read(self.test_file)
            evals = [test[i] for i in self.unreported_rows(len(test))]
            rng.shuffle(evals)
            evals = evals[: self.n_eval]
        else:
            evals = self._read(self.test_file)
            rng.shuffle(evals)
            evals = evals[: self.n_eval]
        train = _stratified(pool, self.n_train, rng)
        return split(train, evals, seed=seed, source=self.id, input_name=input_name,
                     output_name=output_name)


def _stratified(pool: list[Example], n: int, rng: random.Random) -> list[Example]:
    """n rows with every label as equally represented as the pool allows."""
    by_label: dict[str, list[Example]] = {}
    for e in pool:
        by_label.setdefault(e.output, []).append(e)
    for rows in by_label.values():
        rng.shuffle(rows)
    chosen: list[Example] = []
    while len(chosen) < n and any(by_label.values()):
        for label in sorted(by_label):
            if by_label[label] and len(chosen) < n:
                chosen.append(by_label[label].pop())
    rng.shuffle(chosen)
    return chosen


TASKS = {t.id: t for t in (
    BenchTask("sst2", SHARED / "sst2" / "train.tsv", SHARED / "sst2" / "dev.tsv",
              "sentence", "label", 64, 200, {"0": "negative", "1": "positive"},
              "GLUE SST-2 (Socher et al. 2013), ../shared/data/sst2"),
    BenchTask("goemotions", ROOT / "bench/data/goemotions_ekman/train.csv",
              ROOT / "bench/data/goemotions_ekman/test.csv", "text", "label", 64, 200,
              source="GoEmotions mapped to 7 Ekman classes (Demszky et al. 2020), Apache-2.0"),
    BenchTask("fin_topics", ROOT / "bench/data/fin_tweet_topic/train.csv",
              ROOT / "bench/data/fin_tweet_topic/test.csv", "text", "label", 64, 200,
              source="Twitter financial news topics, 20 classes (zeroshot, 2022), MIT"),
    BenchTask("rewrite", ROOT / "samples/rewrite.csv", None, "input", "output", 45, 15,
              source="Tailor's built-in rewriting sample (generation)"),
)}
