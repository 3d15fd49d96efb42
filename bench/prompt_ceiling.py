"""How much can the prompt search buy, and which way of picking its winner holds up?

On **tuning splits only** (never the report splits), for each task and seed: run the search
with a budget wide enough to log every step, score every candidate it logged, plus the
few-shot technique's own setting (the task statement, one nearest demonstration per label,
calibrated), on the validation slice (row by row) and on the split's held-out rows. From that
matrix the bench replays selection rules offline: the search's current pick (the best
validation score within the default budget), and "keep the few-shot setting unless a
candidate beats it on the validation rows by a margin", and reports the ceiling (the best
candidate picked with hindsight on held-out rows), so a goal can be judged against what the
search space holds at all.

    .venv/bin/python -m bench.prompt_ceiling --tasks sst2,goemotions
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import asdict
from pathlib import Path

from adapters.techniques.optimized_prompt import (
    CALIBRATION_ROWS,
    FINAL_CALIBRATION_ROWS,
    Candidate,
    Demos,
    OptimizedPromptConfig,
    PromptPredictor,
    _prior,
    search,
)
from adapters.trial import RunConfig, Trial
from bench.tasks import TASKS, TUNING_SEEDS

OUT = Path(__file__).parent / "results" / "prompt-ceiling.json"
MARGINS = (0.0, 0.05, 0.10, 0.15, 0.20)


def _correct(trial: Trial, predictor: PromptPredictor, rows) -> list[int]:
    answers = predictor.predict([e.input for e in rows])
    return [int(p == e.output) for p, e in zip(answers.predictions, rows, strict=True)]


def run_split(task_id: str, seed: int, default_budget: int) -> dict:
    trial = Trial(TASKS[task_id].split(seed, "tuning"), RunConfig(seed=seed))
    train = trial.split.train
    start = time.perf_counter()
    _, log, _, val = search(trial, OptimizedPromptConfig(budget=16), lambda *a: None)
    search_s = time.perf_counter() - start
    exclude = set(val)
    val_rows = [train[i] for i in val]
    calib = [train[i] for i in range(len(train)) if i not in exclude][:CALIBRATION_ROWS]
    fixed_best = max(log[:default_budget], key=lambda r: r["score"])  # first maximum
    incumbent = Candidate("task statement", trial.fmt.instruction, shots=1, selection="knn")
    candidates = [incumbent] + [Candidate(**r["candidate"]) for r in log]
    seen, rows = set(), []
    search_demos, final_demos = Demos(trial, train), Demos(trial, train)
    for c in candidates:
        if c in seen:
            continue
        seen.add(c)
        on_val = PromptPredictor(trial, c, search_demos, exclude=exclude)
        on_eval = PromptPredictor(trial, c, final_demos)
        if c.calibrate:
            on_val.inner.prior = _prior(trial, on_val, calib)
            on_eval.inner.prior = _prior(trial, on_eval, train[:FINAL_CALIBRATION_ROWS])
        rows.append({"candidate": asdict(c), "val": _correct(trial, on_val, val_rows),
                     "heldout": sum(_correct(trial, on_eval, trial.split.eval))
                     / len(trial.split.eval),
                     "incumbent": c == incumbent,
                     "current_pick": asdict(c) == fixed_best["candidate"]})
    reference = {t: trial.run(t).score for t in ("zero_shot", "few_shot")}
    print(f"  {task_id} seed {seed}: {len(rows)} candidates, search {search_s:.0f}s, "
          f"zero {reference['zero_shot']:.3f} few {reference['few_shot']:.3f} "
          f"ceiling {max(r['heldout'] for r in rows):.3f}", flush=True)
    return {"task": task_id, "seed": seed, "reference": reference, "candidates": rows,
            "default_budget": default_budget}


def replay(split: dict, margin: float | None) -> float:
    """Held-out score of the candidate a rule picks: `None` is the search's current rule;
    a margin keeps the incumbent unless a candidate within the default budget beats it on
    the validation rows by more than that share of the rows."""
    rows = split["candidates"]
    if margin is None:
        return next(r["heldout"] for r in rows if r["current_pick"])
    inc = next(r for r in rows if r["incumbent"])
    budget = [r for r in rows if not r["incumbent"]][: split["default_budget"]]
    n = len(inc["val"])
    pick = inc
    for r in budget:  # first candidate with the highest advantage wins ties
        gain = (sum(r["val"]) - sum(inc["val"])) / n
        if gain > margin and sum(r["val"]) > sum(pick["val"]):
            pick = r
    return pick["heldout"]


def summarise(splits: list[dict]) -> list[dict]:
    table = []
    for task in dict.fromkeys(s["task"] for s in splits):
        mine = [s for s in splits if s["task"] == task]
        base = [max(s["reference"].values()) for s in mine]

        def gap(scores: list[float], base: list[float] = base) -> tuple[float, float]:
            d = [100 * (a - b) for a, b in zip(scores, base, strict=True)]
            return round(statistics.mean(d), 1), round(statistics.pstdev(d), 1)

        row = {"task": task, "seeds": len(mine),
               "best_of_zero_few": round(statistics.mean(base), 3),
               "ceiling": gap([max(r["heldout"] for r in s["candidates"]) for s in mine]),
               "current": gap([replay(s, None) for s in mine])}
        for m in MARGINS:
            row[f"incumbent+{m:.2f}"] = gap([replay(s, m) for s in mine])
        table.append(row)
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tasks", default="sst2,goemotions")
    ap.add_argument("--seeds", default=",".join(map(str, TUNING_SEEDS)))
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    if set(seeds) - set(TUNING_SEEDS):
        ap.error(f"tuning seeds only ({TUNING_SEEDS}): report splits are never used to choose")
    budget = OptimizedPromptConfig().budget
    splits = [run_split(t, s, budget) for t in args.tasks.split(",") for s in seeds]
    table = summarise(splits)
    print("\nPoints above the better of zero-shot and few-shot on held-out rows of tuning "
          "splits (mean, sd over seeds):")
    cols = [k for k in table[0] if k not in ("task", "seeds", "best_of_zero_few")]
    print(f"{'task':<12}{'base':>7}" + "".join(f"{c:>17}" for c in cols))
    for row in table:
        print(f"{row['task']:<12}{row['best_of_zero_few']:>7.3f}" +
              "".join(f"{row[c][0]:>+10.1f} ±{row[c][1]:<5.1f}" for c in cols))
    args.out.write_text(json.dumps({"role": "tuning", "seeds": seeds, "table": table,
                                    "splits": splits}, indent=1), encoding="utf-8")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
