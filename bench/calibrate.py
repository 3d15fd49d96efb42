"""Fit the estimator's throughputs to a trial benchmark, and check them on other tasks.

    .venv/bin/python -m bench.calibrate [--report bench/results/trial-report.json]
                                        [--fit-on sst2]

The lab's estimate times the work each technique describes (`Technique.work`: tokens scored,
generated and trained, texts embedded, a model copied or saved) with this machine's
throughputs. This fits those throughputs, per technique, on the benchmark's splits of one task
(`--fit-on`), then times the same work on the *other* tasks' splits with them and compares
with what each run took: the estimator's error on tasks it was not fitted on. Writes the
throughputs to bench/results/throughputs.json, which lab/estimate.py reads, and a table.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

import numpy as np

from adapters.models import load_base
from adapters.techniques import REGISTRY
from adapters.trial import RunConfig, measure_shape
from bench.tasks import TASKS
from lab.estimate import MEASURED, seconds
from tailor.markdown import table
from tailor.settings import ROOT


def works(report: dict) -> list[tuple[str, dict, object]]:
    """(task, result row, Work) for every run in the report, with the configs it ran with."""
    tokenizer = load_base().tokenizer
    sets = report.get("sets", {})
    out = []
    for s in report["splits"]:
        # Files written before roles had names say only tuning or not; their tuning splits
        # drew held-out rows from the training file.
        role = s.get("role") or ("tuning-train" if s["tuning"] else "report")
        shape = measure_shape(TASKS[s["task"]].split(s["seed"], role), tokenizer, RunConfig())
        for r in s["results"]:
            spec = REGISTRY.get(r["technique"])
            work = spec.work(shape, spec.config(**sets.get(r["technique"], {})))
            out.append((s["task"], r, work))
    return out


def fit(runs: list[tuple[str, dict, object]],
        decoding: list[tuple[str, dict, object]] = ()) -> dict:
    """Throughputs that time each run's two phases (preparing or training, evaluating).
    Decoding's two costs (per batched step, per row and token) are fitted by least squares
    on the runs that generate, plus `decoding` (plain generation runs of another task: the
    fit task's only generator, chain of thought, decodes every batch the same way, which
    cannot tell the two costs apart)."""
    m = json.loads(json.dumps(MEASURED))
    per: dict[str, dict[str, list[float]]] = {}

    def add(technique: str, key: str, value: float) -> None:
        per.setdefault(key, {}).setdefault(technique, []).append(value)

    embed = [w.embedded_texts / (r["train_s"] + r["eval_s"]) for _, r, w in runs
             if r["technique"] == "embedding_classifier" and w.embedded_texts]
    if embed:
        m["embed_texts_s"] = statistics.median(embed)
    for _, r, w in runs:
        t = r["technique"]
        # A searched prompt's evaluation tokens are a guess until the winner is known:
        # its evaluation is timed at the other prompts' rate, not fitted.
        if (w.eval_tokens and not w.generated_tokens and not w.eval_tokens_range
                and r["eval_s"] > 0):
            add(t, "forward_tok_s", w.eval_tokens / r["eval_s"])
        if w.prepare_tokens and r["train_s"] > 0:
            spent = (r["train_s"] - w.embedded_texts / m["embed_texts_s"]
                     - w.prepare_generated_tokens * m["gen_s_per_token"]
                     - w.prepare_decode_steps * m["decode_step_s"])
            add(t, "prepare_tok_s", w.prepare_tokens / max(spent, 0.1 * r["train_s"]))
        if w.train_tokens and r["train_s"] > 0:
            fixed = m["copy_s"] * w.copies_model + m["save_model_s"] * w.saves_model
            add(t, "train_tok_s", w.train_tokens / max(r["train_s"] - fixed, 0.5))
    # peak_mb is not fitted: the bench records the process's peak, which only grows.
    for key, by in per.items():
        rates = {t: round(statistics.median(v), 1) for t, v in by.items()}
        m[key] = {**rates, "default": round(statistics.median(rates.values()), 1)}
    # Generation: what evaluation took beyond scoring its prompts.
    fwd = m["forward_tok_s"]
    gen = [(w.decode_steps, w.generated_tokens,
            r["eval_s"] - w.eval_tokens / fwd.get(r["technique"], fwd["default"]))
           for _, r, w in [*runs, *decoding] if w.generated_tokens and r["eval_s"] > 0]
    if len({(a, b) for a, b, _ in gen}) >= 2:
        (step, token), *_ = np.linalg.lstsq(np.array([g[:2] for g in gen]),
                                            np.array([g[2] for g in gen]), rcond=None)
        m["decode_step_s"] = round(max(float(step), 1e-3), 5)
        m["gen_s_per_token"] = round(max(float(token), 1e-5), 6)
    return m


def check(runs: list[tuple[str, dict, object]], measured: dict) -> list[list]:
    """Estimated against actual seconds per technique: the whole run (mean signed, mean and
    largest absolute error), the phase before evaluation alone (what the lab's results table
    shows beside each row), and for a searched prompt, whose evaluation is a range until the
    winner is known, how many runs ended inside the estimated range."""
    errors: dict[str, list[float]] = {}
    prep: dict[str, list[float]] = {}
    inside: dict[str, list[bool]] = {}
    for _, r, w in runs:
        t = r["technique"]
        before, evaluation = seconds(t, w, measured, 1.0)
        actual = r.get("actual_s") or r["train_s"] + r["eval_s"]
        errors.setdefault(t, []).append((before + evaluation - actual) / actual)
        if r["train_s"] > 0.5:
            prep.setdefault(t, []).append((before - r["train_s"]) / r["train_s"])
        if w.eval_tokens_range:
            lo, hi = (before + seconds(t, w, measured, 1.0, n)[1] for n in w.eval_tokens_range)
            inside.setdefault(t, []).append(0.7 * lo <= actual <= 1.3 * hi)
    return [[t, f"{100 * statistics.mean(e):+.0f}%",
             f"{100 * statistics.mean(abs(x) for x in e):.0f}%",
             f"{100 * max(abs(x) for x in e):.0f}%",
             f"{100 * statistics.mean(abs(x) for x in prep[t]):.0f}%" if t in prep else "–",
             f"{sum(inside[t])}/{len(inside[t])}" if t in inside else "–", len(e)]
            for t, e in errors.items()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--report", nargs="+",
                    default=[str(ROOT / "bench" / "results" / "trial-report.json")],
                    help="one or more trial benchmark files, read together")
    ap.add_argument("--fit-on", default="sst2")
    ap.add_argument("--skip", default="", help="comma list of tasks, or task:seed splits, to "
                    "leave out (runs whose timings are not comparable)")
    ap.add_argument("--decoding-from", default="rewrite",
                    help="a generation task whose zero-shot runs also fit decoding's costs")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "throughputs.json"))
    args = ap.parse_args()
    skip = {t for t in args.skip.split(",") if t}
    runs = []
    for path in args.report:
        report = json.loads(Path(path).read_text())
        report["splits"] = [s for s in report["splits"] if s["task"] not in skip
                            and f"{s['task']}:{s['seed']}" not in skip]
        runs += works(report)
    decoding = [x for x in runs if x[0] == args.decoding_from
                and x[1]["technique"] == "zero_shot"]
    fitted = fit([x for x in runs if x[0] == args.fit_on], decoding)
    others = [x for x in runs if x[0] != args.fit_on and x not in decoding]
    head = ["technique", "mean error", "mean |error|", "max |error|", "prep/train |error|",
            "in range ±30%", "runs"]
    print(f"\nFitted on {args.fit_on}; the built-in constants on the same runs:\n")
    print(table(head, check([x for x in runs if x[0] == args.fit_on], MEASURED)))
    print(f"\nFitted throughputs on {args.fit_on}'s own runs:\n")
    print(table(head, check([x for x in runs if x[0] == args.fit_on], fitted)))
    if others:
        tasks = ", ".join(dict.fromkeys(x[0] for x in others))
        print(f"\nFitted throughputs on the other tasks ({tasks}), never fitted on:\n")
        print(table(head, check(others, fitted)))
    out = Path(args.out)
    out.write_text(json.dumps({"fitted_on": args.fit_on,
                               "report": [Path(p).name for p in args.report],
                               "measured": fitted}, indent=1) + "\n")
    print(f"\n{json.dumps(fitted, indent=1)}\nwritten to {out}")


if __name__ == "__main__":
    main()
