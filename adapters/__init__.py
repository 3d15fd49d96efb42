"""Adapter backends: try each technique on a sample of your own data, measured alike.

    from adapters import Trial, RunConfig, load_examples, split
    data = split(load_examples("tickets.csv"), seed=0)
    trial = Trial(data, RunConfig(steps=20))
    results = [trial.run(t) for t in ("zero_shot", "few_shot", "lora")]

Techniques: zero_shot, few_shot, chain_of_thought, prompt_tuning (prefix or prompt
variant), lora, full_finetune. Every one uses the same split, prompt format and evaluation.
"""

from adapters.data import Example, Split, Task, load_examples, relabel, split
from adapters.techniques import TECHNIQUES, Progress, Result, RunConfig, Trial, run_all
from adapters.training import Cancelled

__all__ = ["TECHNIQUES", "Cancelled", "Example", "Progress", "Result", "RunConfig", "Split",
           "Task", "Trial", "load_examples", "relabel", "run_all", "split"]
