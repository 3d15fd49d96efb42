"""Take it to production: the exported recipe trains with `accelerate launch` as it is, here
on the CPU for a few steps, and what it saves loads back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from adapters import RunConfig, Trial
from adapters.models import load_base
from adapters.recipe import expected_cost, export_recipe
from adapters.techniques import REGISTRY
from tailor.errors import TailorError

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("technique", ["lora", "prompt_tuning"])
def test_the_recipe_runs_with_accelerate_launch(technique: str, tiny_model: str,
                                                tickets_split, tmp_path: Path) -> None:
    run = RunConfig(model=tiny_model, steps=2, output_dir=tmp_path / "lab")
    trial = Trial(tickets_split, run)
    spec = REGISTRY.get(technique)
    result = trial.run(technique)
    base = load_base(tiny_model)
    rows = tickets_split.train + tickets_split.eval
    folder = export_recipe(tmp_path / "recipe", technique, spec.config(), result,
                           tickets_split, rows, run, tiny_model, base.params, 40.0)
    recipe = json.loads((folder / "recipe.json").read_text())
    assert recipe["settings"]["lr"] == spec.config().lr and recipe["labels"] == list(
        tickets_split.task.labels)
    assert len((folder / "data.jsonl").read_text().splitlines()) == len(rows)
    assert {p.name for p in (folder / "accelerate").iterdir()} >= {"fsdp.yaml", "multi_gpu.yaml"}
    accelerate = Path(sys.executable).parent / "accelerate"
    out = subprocess.run(
        [str(accelerate), "launch", "--cpu", "--num_processes", "1", "--num_machines", "1",
         "--mixed_precision", "no", "--dynamo_backend", "no", str(folder / "train.py"),
         "--max-steps", "2", "--out", str(tmp_path / "trained")],
        capture_output=True, text=True, timeout=600, cwd=folder)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "step 2/2" in out.stdout
    from peft import PeftModel

    PeftModel.from_pretrained(base.copy(), tmp_path / "trained")


def test_prompting_has_no_recipe_and_costs_scale(tickets_split, tiny_model: str,
                                                 tmp_path: Path) -> None:
    trial = Trial(tickets_split, RunConfig(model=tiny_model, output_dir=tmp_path))
    result = trial.run("zero_shot")
    with pytest.raises(TailorError, match="technique that trains"):
        export_recipe(tmp_path / "r", "zero_shot", REGISTRY.get("zero_shot").config(),
                      result, tickets_split, [], RunConfig(), "m", 1, 1.0)
    small = expected_cost("lora", 135_000_000, 1_000, 60, 3)
    big = expected_cost("full_finetune", 7_000_000_000, 100_000, 200, 3)
    assert small["usd"] == 2.5 and small["billed_hours"] == 1  # one billed hour minimum
    # 6 FLOPs per parameter per token for full fine-tuning: 6 * 7e9 * 6e7 tokens = 2.5e18
    # FLOPs, at 105 TFLOP/s sustained (300 at 35%) is 6.7 hours, billed as 7.
    assert big["train_tokens"] == 60_000_000
    assert big["gpu_hours"] == pytest.approx(6.667, abs=0.01)
    assert big["usd"] > small["usd"]
    # A frozen base costs two thirds per token; twice the rows cost twice the compute.
    lora = expected_cost("lora", 7_000_000_000, 100_000, 200, 3)
    assert lora["gpu_hours"] == pytest.approx(big["gpu_hours"] * 4 / 6, rel=1e-3)
    assert expected_cost("lora", 7_000_000_000, 200_000, 200, 3)["gpu_hours"] == \
        pytest.approx(2 * lora["gpu_hours"], rel=1e-3)
