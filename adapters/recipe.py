"""Take it to production: a recipe folder that trains the lab's chosen technique on the whole
dataset with `accelerate launch`, on one GPU or many (multi-GPU, FSDP or DeepSpeed through
accelerate's config), with the prompt format and hyperparameters the lab used and the cost
the estimate expects."""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from pathlib import Path

from adapters.data import Example, Split
from adapters.registry import TechniqueConfig
from adapters.trial import Result, RunConfig
from tailor.errors import TailorError
from tailor.pricing import Pricing

FILES = Path(__file__).resolve().parent / "recipe_files"
TRAINED = ("lora", "prompt_tuning", "full_finetune")
GPU_TFLOPS = 300.0  # bf16 on one rented data-centre GPU (H100 class), dense
GPU_MFU = 0.35  # the share of it a small-batch fine-tuning run achieves


def expected_cost(technique: str, params: int, rows: int, tokens_per_row: float,
                  epochs: float, pricing: Pricing | None = None) -> dict[str, float]:
    """GPU hours and dollars for the full run: model FLOPs (6N per trained token for full
    fine-tuning, about 4N with a frozen base) over a rented GPU's sustained throughput,
    billed at least a whole hour."""
    p = pricing or Pricing()
    tokens = rows * tokens_per_row * epochs
    flops = (6 if technique == "full_finetune" else 4) * params * tokens
    hours = flops / (GPU_TFLOPS * 1e12 * GPU_MFU) / 3600
    billed = max(hours, p.min_gpu_hours)
    return {"train_tokens": round(tokens), "gpu_hours": round(hours, 4),
            "billed_hours": billed, "usd": round(billed * p.gpu_hour, 2)}


def export_recipe(out: Path, technique: str, config: TechniqueConfig, result: Result,
                  split: Split, rows: list[Example], run: RunConfig, base_id: str,
                  params: int, tokens_per_row: float) -> Path:
    """Write the recipe folder for a finished lab run; returns its path."""
    if technique not in TRAINED:
        raise TailorError("A recipe is for a technique that trains (soft prompt, LoRA, full "
                          "fine-tuning). For prompting, download the prompt template.")
    out.mkdir(parents=True, exist_ok=True)
    settings = {**asdict(config), "batch_size": run.batch_size}
    cost = expected_cost(technique, params, len(rows), tokens_per_row, settings["epochs"])
    fmt = {"instruction": result_format(split)["instruction"],
           "input_prefix": f"{split.task.input_name}: ",
           "output_prefix": f"{split.task.output_name}:"}
    recipe = {"technique": technique, "base_model": base_id, "format": fmt,
              "labels": list(split.task.labels), "task": split.task.kind,
              "settings": settings, "seed": run.seed, "expected_cost": cost,
              "measured_in_the_lab": {"metric": result.metric, "score": result.score,
                                      "interval": list(result.interval),
                                      "n_train": result.n_train, "n_eval": result.n_eval,
                                      "model": result.model}}
    (out / "recipe.json").write_text(json.dumps(recipe, indent=2, ensure_ascii=False),
                                     encoding="utf-8")
    with (out / "data.jsonl").open("w", encoding="utf-8") as f:
        for e in rows:
            f.write(json.dumps({"input": e.input, "output": e.output}, ensure_ascii=False) + "\n")
    shutil.copy(FILES / "train.py", out / "train.py")
    shutil.copytree(FILES / "accelerate", out / "accelerate", dirs_exist_ok=True)
    (out / "README.md").write_text(_readme(recipe, len(rows)), encoding="utf-8")
    return out


def result_format(split: Split) -> dict[str, str]:
    from adapters.prompts import default_format

    return default_format(split.task).to_dict()


def _readme(recipe: dict, rows: int) -> str:
    cost = recipe["expected_cost"]
    lab = recipe["measured_in_the_lab"]
    return "\n".join([
        f"# Recipe: {recipe['technique']} on {recipe['base_model']}", "",
        f"The Tailor lab measured {lab['metric']} {lab['score']:.3f} (95% interval "
        f"{lab['interval'][0]:.2f}-{lab['interval'][1]:.2f}) on {lab['n_eval']} held-out rows "
        f"after training on {lab['n_train']}. This folder trains the same technique, with the "
        f"same prompt format and hyperparameters, on all {rows:,} rows in `data.jsonl`.", "",
        "## Run it", "", "```bash",
        "pip install torch transformers peft accelerate",
        "accelerate launch train.py                                      # one GPU (or CPU)",
        "accelerate launch --config_file accelerate/multi_gpu.yaml train.py  # all GPUs",
        "accelerate launch --config_file accelerate/fsdp.yaml train.py       # sharded",
        "accelerate launch --config_file accelerate/deepspeed_zero2.yaml train.py", "```", "",
        "`--base` points at another copy of the base model, `--max-steps 2` is a smoke test, "
        "and the result lands in `output/` (a PEFT adapter, or the whole model for full "
        "fine-tuning). Serve it as the lab's \"Call a tuned result\" panel shows: "
        "`transformers serve` on a CPU, vLLM on a GPU.", "",
        "## Expected cost", "",
        f"About {cost['train_tokens']:,} training tokens; {cost['gpu_hours']:.3f} GPU-hours "
        f"of compute on one rented data-centre GPU ({GPU_TFLOPS:.0f} TFLOP/s bf16 at "
        f"{GPU_MFU:.0%} utilisation), billed as {cost['billed_hours']:g} hour(s): "
        f"**${cost['usd']:,.2f}**. Several GPUs finish sooner for about the same total.", "",
        "## Files", "",
        "- `recipe.json`: technique, base model, prompt format, labels, hyperparameters, "
        "seed, and what the lab measured.",
        "- `data.jsonl`: the rows to train on, one JSON object per line.",
        "- `train.py`: the training script (torch, transformers, peft, accelerate).",
        "- `accelerate/`: configs for one GPU, all GPUs of a machine, FSDP and DeepSpeed.", ""])
