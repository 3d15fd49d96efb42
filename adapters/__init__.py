"""Adapter backends: try each technique on a sample of your own data, measured alike.

    from adapters import Trial, RunConfig, load_examples, split
    data = split(load_examples("tickets.csv"), seed=0)
    trial = Trial(data, RunConfig(steps=20))
    results = [trial.run(t) for t in ("zero_shot", "few_shot", "lora")]

The techniques live in `adapters.techniques.REGISTRY`, one module each. Every one uses the
same split, prompt format and evaluation.
"""

from adapters.data import Example, Split, Task, load_examples, relabel, split
from adapters.techniques import REGISTRY
from adapters.training import Cancelled
from adapters.trial import Progress, Result, RunConfig, Trial

__all__ = ["REGISTRY", "Cancelled", "Example", "Progress", "Result", "RunConfig", "Split",
           "Task", "Trial", "load_examples", "relabel", "split"]
