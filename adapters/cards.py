"""A model card for every artifact: what it is, how to load it without Tailor, the prompt
format, the labels, what was measured (with its interval) and how it was trained. PEFT's
`save_pretrained` writes a blank template README; this replaces it, and points the adapter's
config at the public base model instead of a path on this server."""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adapters.registry import Technique, TechniqueConfig
    from adapters.trial import Result, Trial


def point_at_public_base(out: Path, base_id: str) -> None:
    """adapter_config.json names the base model by its public id, so the zip loads anywhere."""
    path = out / "adapter_config.json"
    if path.exists():
        config = json.loads(path.read_text(encoding="utf-8"))
        config["base_model_name_or_path"] = base_id
        if config.get("tokenizer_name_or_path"):  # soft prompts initialised from text
            config["tokenizer_name_or_path"] = base_id
        path.write_text(json.dumps(config, indent=2), encoding="utf-8")


def write_card(out: Path, spec: Technique, config: TechniqueConfig, result: Result,
               trial: Trial) -> None:
    base, fmt, task = trial.base, trial.fmt, trial.task
    lo, hi = result.interval
    example = fmt.prompt("<your input>")
    lines = [
        f"# {spec.label(result.variant)}: trained and measured by Tailor", "",
        f"*{time.strftime('%Y-%m-%d')}. Base model: `{base.public_id}`. "
        f"Measured on {base.description}.*", "",
        "## What was measured", "",
        f"- **{result.metric}: {result.score:.3f}** (95% interval {lo:.3f}-{hi:.3f}) on "
        f"{result.n_eval} held-out rows, after training on {result.n_train} rows.",
        *([f"- Macro-F1: {result.scores['macro_f1']:.3f}."] if "macro_f1" in result.scores
          else []),
        "- These numbers hold for this base model and these rows. A larger model usually "
        "scores higher with prompts alone, and the gap between prompting and tuning tends to "
        "shrink as models grow; measure again on the model you will serve.", "",
        "## How to load it", "", spec.how_to_load(base.public_id), "",
        "## Prompt format", "",
        "Every request is built exactly like this (the answer follows the last line):", "",
        "```text", example, "```", "",
    ]
    if task.kind == "classification":
        lines += ["## Labels", "", ", ".join(f"`{label}`" for label in task.labels), "",
                  "The prediction is the label whose tokens are most likely after the prompt "
                  "(rank classification), not free text.", ""]
    settings = {k: v for k, v in asdict(config).items()}
    lines += ["## How it was trained", "",
              f"- Technique `{spec.id}`, settings: `{json.dumps(settings)}`.",
              f"- Steps: {result.steps}" + (f" (stopped: {result.stopped})" if result.stopped
                                            else "") + f", seed {result.seed}, trainable "
              f"parameters {result.trainable_params:,} of {result.total_params:,}.", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
