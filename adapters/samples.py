"""The built-in samples under samples/, written by us, with their field names."""

from __future__ import annotations

import json
from dataclasses import dataclass

from adapters.data import Split, load_examples, split
from tailor.errors import TailorError
from tailor.settings import ROOT

SAMPLES_DIR = ROOT / "samples"


@dataclass(frozen=True)
class Sample:
    id: str
    title: str
    file: str
    input_name: str
    output_name: str
    instruction: str


def samples() -> dict[str, Sample]:
    entries = json.loads((SAMPLES_DIR / "manifest.json").read_text())
    return {e["id"]: Sample(**e) for e in entries}


def load_sample(sample_id: str, seed: int = 0, eval_fraction: float = 0.25) -> Split:
    """A built-in sample, split deterministically, with its field names and instruction."""
    known = samples()
    if sample_id not in known:
        raise TailorError(f"No built-in sample '{sample_id}'. Choose one of: "
                          f"{', '.join(known)}.")
    s = known[sample_id]
    return split(load_examples(SAMPLES_DIR / s.file), seed=seed, eval_fraction=eval_fraction,
                 source=f"samples/{s.file}", instruction=s.instruction,
                 input_name=s.input_name, output_name=s.output_name)
