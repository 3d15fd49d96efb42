"""Give prompting its best shot: search the prompt the way a prompt engineer would iterate,
before anyone trains anything (after DSPy's bootstrapped few-shot search, APE/OPRO's
propose-and-score loop and promptfoo's prompt matrices).

The search space: the instruction (written templates: the task statement, a choose-the-label
question, an output constraint, label definitions when the user gave them, plus paraphrases
from the founder's endpoint when one is connected), demonstrations per label (0, 1, 2 or 4),
how they are chosen (nearest neighbours, a fixed balanced set, a diverse set), their order,
and calibration on or off. Every candidate is scored on a validation slice carved from the
training rows, with demonstrations drawn from the other training rows; the held-out rows are
never scored during the search. The budget is the number of candidates scored.

The winner is an ordinary prompt: it is evaluated on the held-out rows like every technique,
and saved as prompt.json and prompt.txt, which work without Tailor.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
import torch

from adapters import scoring
from adapters.data import Example
from adapters.predict import (
    Answers,
    EndpointPredictor,
    LMPredictor,
    Predictor,
    calibration,
    prior_from,
)
from adapters.prompts import PromptFormat, with_definitions
from adapters.registry import Fit, Shape, Technique, TechniqueConfig, Work
from adapters.techniques.base import answer_decoding, scored_tokens
from adapters.techniques.few_shot import MAX_DEMOS
from adapters.techniques.zero_shot import endpoint_record
from adapters.trial import Progress, Trial
from tailor.embeddings import embedder
from tailor.errors import TailorError
from tailor.pricing import Serving

# The search's second step, in order: demonstrations for the best instruction.
DEMO_STEPS = ((1, "knn"), (2, "knn"), (1, "diverse"), (2, "diverse"), (1, "fixed"), (4, "knn"))
CALIBRATION_ROWS = 16  # training rows each calibrated candidate measures its label bias on
FINAL_CALIBRATION_ROWS = 32  # the same, once, for the winner


@dataclass(frozen=True)
class OptimizedPromptConfig(TechniqueConfig):
    VARIANTS = ("search",)
    # The search may take a quarter of a whole trial's time goal (90 s on two CPU cores):
    # eight candidates on twenty rows is about that for a short-text task.
    budget: int = 8  # candidate prompts scored on the validation slice
    val_rows: int = 20  # training rows held back to score candidates on

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.budget < 1 or self.val_rows < 2:
            raise TailorError("The prompt search needs a budget of at least 1 candidate and "
                              "at least 2 validation rows.")


@dataclass(frozen=True)
class Candidate:
    """One prompt: which instruction, how many demonstrations per label, how they are
    chosen and ordered, and whether the label bias is calibrated away."""

    template: str
    instruction: str
    shots: int = 0
    selection: str = "knn"
    order: str = "similar_last"  # or "shuffled"
    calibrate: bool = True

    def describe(self) -> str:
        demos = ("no demonstrations" if not self.shots else
                 f"{self.shots} {self.selection} demonstration(s) per label, {self.order}")
        return (f"instruction '{self.template}', {demos}, calibration "
                f"{'on' if self.calibrate else 'off'}")


def templates(trial: Trial) -> dict[str, str]:
    """Written instruction templates for this task."""
    task = trial.task
    labels = ", ".join(task.labels)
    thing, answer = task.input_name.lower(), task.output_name.lower()
    out = {"task statement": trial.fmt.instruction}
    if task.kind == "classification":
        out |= {
            "choose": f"Read the {thing} and choose its {answer}. Possible answers: {labels}.",
            "constrained": f"{task.instruction} Answer with exactly one of these words and "
                           f"nothing else: {labels}.",
            "question": f"Which {answer} fits this {thing} best: {labels}?",
        }
        if task.descriptions:
            out["definitions"] = with_definitions(
                f"Choose the {answer} that fits the {thing}.", task.descriptions)
    else:
        out["examples first"] = (f"Write the {answer} for the {thing}, following the style "
                                 "of the examples exactly.")
    return out


def paraphrases(trial: Trial, instruction: str, n: int = 2) -> dict[str, str]:
    """Instructions proposed by the founder's own model (APE), when one is connected."""
    if trial.config.endpoint is None:
        return {}
    from tailor.endpoint import complete

    asks = [f"Rewrite this task instruction for a language model so it is clearer. Keep "
            f"every label word exactly. Reply with the instruction only.\n\n{instruction}",
            f"Write a different, more precise instruction for the same task. Keep every "
            f"label word exactly. Reply with the instruction only.\n\n{instruction}"][:n]
    out = {}
    for i, ask in enumerate(asks):
        try:
            text = complete(trial.config.endpoint, [{"role": "user", "content": ask}],
                            max_tokens=120).text.strip()
        except TailorError:
            break
        if text and all(label in text for label in trial.task.labels):
            out[f"proposed {i + 1}"] = text
    return out


class Demos:
    """Demonstration selection over embedded training rows (numpy: the search scores many
    candidates, and each needs the same neighbours)."""

    def __init__(self, trial: Trial, pool: list[Example]) -> None:
        self.trial, self.pool = trial, pool
        self.embed = embedder(trial.settings.embeddings)
        self.vectors = np.asarray(self.embed.embed_documents([e.input for e in pool]))
        self.groups: dict[str | None, list[int]] = {}
        for i, e in enumerate(pool):
            key = e.output if trial.labels is not None else None
            self.groups.setdefault(key, []).append(i)
        self._query_cache: dict[str, np.ndarray] = {}

    def _vectors(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in texts if t not in self._query_cache]
        if missing:
            for t, v in zip(missing, self.embed.embed_documents(missing), strict=True):
                self._query_cache[t] = np.asarray(v)
        return np.stack([self._query_cache[t] for t in texts])

    def _diverse(self, members: list[int], k: int) -> list[int]:
        """Farthest-point picks: the member nearest the group's centre, then each next one
        farthest from those chosen."""
        vecs = self.vectors[members]
        chosen = [int(np.argmax(vecs @ vecs.mean(0)))]
        while len(chosen) < min(k, len(members)):
            dist = 1 - vecs @ vecs[chosen].T
            chosen.append(int(np.argmax(dist.min(1))))
        return [members[i] for i in chosen]

    def select(self, candidate: Candidate, queries: list[str], exclude: set[int] = frozenset()
               ) -> list[list[Example]]:
        if not candidate.shots:
            return [[] for _ in queries]
        k = candidate.shots
        groups = self.groups
        if len(groups) * k > MAX_DEMOS:  # many labels: the nearest few, whatever their label
            groups = {None: [i for members in groups.values() for i in members]}
            k = MAX_DEMOS
        rng = random.Random(self.trial.config.seed)
        fixed = []
        if candidate.selection in ("fixed", "diverse"):
            for members in groups.values():
                members = [m for m in members if m not in exclude]
                picks = (rng.sample(members, min(k, len(members)))
                         if candidate.selection == "fixed" else self._diverse(members, k))
                fixed += picks
        qv = self._vectors(queries) if candidate.selection == "knn" else None
        out = []
        for qi in range(len(queries)):
            if candidate.selection == "knn":
                sims = self.vectors @ qv[qi]
                picks = []
                for members in groups.values():
                    members = [m for m in members if m not in exclude and
                               self.pool[m].input != queries[qi]]
                    picks += sorted(members, key=lambda m: -sims[m])[:k]
                picks.sort(key=lambda m: sims[m])  # most similar last
            else:
                picks = [m for m in fixed if self.pool[m].input != queries[qi]]
            if candidate.order == "shuffled":
                picks = picks[:]
                random.Random(self.trial.config.seed + qi).shuffle(picks)
            out.append([self.pool[m] for m in picks])
        return out


class PromptPredictor(Predictor):
    """A candidate prompt, applied: on the local model (rank classification, optionally
    calibrated) or on the founder's endpoint."""

    def __init__(self, trial: Trial, candidate: Candidate, demos: Demos,
                 prior: torch.Tensor | None = None, exclude: set[int] = frozenset()) -> None:
        self.trial, self.candidate, self.demos, self.exclude = trial, candidate, demos, exclude
        self.fmt = replace(trial.fmt, instruction=candidate.instruction)
        self.prior = prior
        if trial.uses_endpoint("optimized_prompt"):
            self.inner: Predictor = EndpointPredictor(
                trial, demos=lambda texts: demos.select(candidate, texts, exclude),
                instruction=candidate.instruction)
        else:
            self.inner = LMPredictor(trial, trial.base.model, prompt=self.prompts, prior=prior)

    def prompts(self, texts: list[str]) -> list[str]:
        shots = self.demos.select(self.candidate, texts, self.exclude)
        return [self.fmt.prompt(t, d) for t, d in zip(texts, shots, strict=True)]

    def predict(self, texts: list[str]) -> Answers:
        return self.inner.predict(texts)


def _score(trial: Trial, predictor: PromptPredictor, rows: list[Example]) -> tuple[float, int]:
    """(accuracy, plus the gold label's mean log-probability margin as a tie-break; or
    ROUGE-L for generation), and the prompt tokens it cost."""
    answers = predictor.predict([e.input for e in rows])
    gold = [e.output for e in rows]
    tokens = sum(answers.prompt_tokens)
    if trial.labels is None:
        return sum(scoring.rouge_l(p, g) for p, g in zip(answers.predictions, gold,
                                                          strict=True)) / len(rows), tokens
    accuracy = sum(p == g for p, g in zip(answers.predictions, gold, strict=True)) / len(rows)
    if answers.logprobs is None:
        return accuracy, tokens
    idx = torch.tensor([trial.labels.names.index(g) for g in gold])
    logp = answers.logprobs.log_softmax(-1)
    margin = float(logp[torch.arange(len(rows)), idx].mean())
    return accuracy + 1e-3 * (margin + 10) / 10, tokens  # accuracy first, margin breaks ties


def _prior(trial: Trial, predictor: PromptPredictor, rows: list[Example]) -> torch.Tensor:
    """The label bias of this prompt on training inputs (their labels unused)."""
    prompts = scoring.encode(trial.tok, predictor.prompts([e.input for e in rows]))
    return scoring.label_logprobs(trial.base.model, trial.tok, prompts, trial.labels).mean(0)


def search(trial: Trial, config: OptimizedPromptConfig,
           report: Callable[[int, int, float], None]) -> tuple[Candidate, list[dict], int, list]:
    """Coordinate search under the budget: the instruction first (no demonstrations), then
    demonstrations for the best instruction, then calibration and order. Returns the best
    candidate, the log of every candidate scored, the tokens spent and the training-row
    indices that were scored (the validation slice)."""
    train = trial.split.train
    rng = random.Random(trial.config.seed + 31)
    by_label: dict[str, list[int]] = {}
    for i, e in enumerate(train):
        by_label.setdefault(e.output if trial.labels is not None else "", []).append(i)
    n_val = max(2, min(config.val_rows, len(train) // 3))
    val: list[int] = []
    for members in by_label.values():  # stratified, at least one per label when possible
        members = members[:]
        rng.shuffle(members)
        val += members[: max(1, round(n_val * len(members) / len(train)))]
    val = sorted(val)[:max(n_val, len(by_label))]
    exclude = set(val)
    demos = Demos(trial, train)
    val_rows = [train[i] for i in val]
    calib_rows = [train[i] for i in range(len(train)) if i not in exclude][:CALIBRATION_ROWS]
    classification, remote = trial.labels is not None, trial.uses_endpoint("optimized_prompt")
    log: list[dict] = []
    spent = [0]
    best: list = [None, -1.0]

    def evaluate(c: Candidate) -> float:
        if len(log) >= config.budget:
            return -1.0
        if remote or not classification:
            c = replace(c, calibrate=False)
        predictor = PromptPredictor(trial, c, demos, exclude=exclude)
        if c.calibrate:
            predictor.inner.prior = _prior(trial, predictor, calib_rows)
        value, tokens = _score(trial, predictor, val_rows)
        spent[0] += tokens
        log.append({"candidate": asdict(c), "score": round(value, 4), "tokens": tokens})
        if value > best[1]:
            best[:] = [c, value]
        report(len(log), config.budget, best[1])
        return value

    instructions = templates(trial) | paraphrases(trial, trial.fmt.instruction)
    for name, text in instructions.items():  # 1. the instruction alone
        evaluate(Candidate(name, text))
    top = best[0]
    for shots, selection in DEMO_STEPS:  # 2. demonstrations
        evaluate(replace(top, shots=shots, selection=selection))
    top = best[0]
    evaluate(replace(top, calibrate=not top.calibrate))  # 3. calibration, then order
    if best[0].shots:
        evaluate(replace(best[0], order="shuffled"))
    return best[0], log, spent[0], val


def plan(classification: bool, budget: int, instructions: int | None = None
         ) -> list[tuple[int, str, bool, bool]]:
    """The candidates `search` scores, in order, as (demonstrations per label, how they are
    chosen, shuffled per row, calibrated), for estimating its cost before it runs. The
    calibration and order steps reuse the best prompt so far, unknown beforehand: one kNN
    demonstration per label stands in for it. `templates` writes four instructions for
    classification (five with label definitions), two otherwise."""
    n = instructions or (4 if classification else 2)
    steps = [(0, "knn", False, classification)] * n
    steps += [(k, sel, False, classification) for k, sel in DEMO_STEPS]
    steps += [(1, "knn", False, False), (1, "knn", True, classification)]
    return steps[:budget]


class OptimizedPrompt(Technique):
    id = "optimized_prompt"
    name = "Optimised prompt (searched)"
    family = "prompt_engineering"
    config_class = OptimizedPromptConfig
    serving = Serving.VENDOR
    color = "#0891b2"
    default_on = True
    endpoint_capable = True
    prepare_label = "prompt search"

    def fit(self, trial: Trial, config: OptimizedPromptConfig, out: Path) -> Fit:
        start = time.perf_counter()
        curve: list[tuple[int, float]] = []

        def report(done: int, total: int, best: float) -> None:
            curve.append((done, round(best, 4)))
            trial.progress(Progress(self.id, "search", done, total, best))

        best, log, tokens, val = search(trial, config, report)
        demos = Demos(trial, trial.split.train)
        predictor = PromptPredictor(trial, best, demos)
        if best.calibrate and trial.labels is not None and not trial.uses_endpoint(self.id):
            predictor.inner.prior = _prior(trial, predictor,
                                           trial.split.train[:FINAL_CALIBRATION_ROWS])
        prior = getattr(predictor.inner, "prior", None)
        record = {"candidate": asdict(best), "search": log, "search_tokens": tokens,
                  "validation_rows": val, "search_curve": curve,
                  "pool": [asdict(e) for e in trial.split.train],
                  "calibration": calibration(trial, prior)}
        if trial.uses_endpoint(self.id):
            record["endpoint"] = endpoint_record(trial)
        trial.save_prompt(out, self.id, variant=config.variant, **record)
        fmt = PromptFormat(best.instruction, trial.fmt.input_prefix, trial.fmt.output_prefix)
        (out / "prompt.txt").write_text(_plain_text(fmt, best, trial), encoding="utf-8")
        return Fit(predictor, seconds=time.perf_counter() - start, search_curve=curve,
                   search_tokens=tokens)

    def load(self, trial: Trial, artifact: Path) -> Predictor:
        saved = trial.read_prompt(artifact)
        best = Candidate(**saved["candidate"])
        pool = [Example(**e) for e in saved["pool"]]
        predictor = PromptPredictor(trial, best, Demos(trial, pool))
        if saved.get("calibration") and hasattr(predictor.inner, "prior"):
            predictor.inner.prior = prior_from(trial, saved["calibration"])
        return predictor

    def work(self, shape: Shape, config: OptimizedPromptConfig) -> Work:
        """The search as `search` runs it, candidate by candidate under the budget: the
        written instructions alone, then demonstrations, calibration and order, each scored
        on the validation slice (a classifying candidate first measures its label bias on
        training rows; a generating one writes its answers), then the winner's calibration.
        Demonstrations chosen per row (nearest neighbours, or a per-row shuffle) make every
        prompt different; a fixed set is shared by all and encoded once. Which candidate
        wins is unknown beforehand, so evaluation is a range: from a prompt without per-row
        demonstrations to the longest per-row one the budget reaches."""
        cls = shape.classification
        val = max(2, min(config.val_rows, shape.n_train // 3), min(shape.n_labels,
                                                                     shape.n_train))
        demo_tokens = shape.prompt_tokens - shape.instruction_tokens + shape.answer_tokens + 2

        def demos(shots: int) -> int:
            return min(MAX_DEMOS, shots * max(1, shape.n_labels))

        def prompt(shots: int, per_row: bool) -> float:
            """A row's own prompt tokens (the instruction is shared)."""
            return shape.prompt_tokens + (demos(shots) * demo_tokens if per_row else 0.0)

        prepare = generated = decode_steps = 0.0
        steps = plan(cls, config.budget)
        for shots, selection, shuffled, calibrated in steps:
            per_row = bool(shots) and (selection == "knn" or shuffled)
            rows = val + (CALIBRATION_ROWS if calibrated else 0)
            shared = shape.instruction_tokens + (0 if per_row else demos(shots) * demo_tokens)
            prepare += rows * scored_tokens(shape, prompt(shots, per_row)) + shared
            written, decoded = answer_decoding(shape, val)
            generated, decode_steps = generated + written, decode_steps + decoded
        widest = max([k for k, sel, shuffled, _ in steps if sel == "knn" or shuffled] or [0])
        low = scored_tokens(shape, prompt(0, False))
        high = scored_tokens(shape, prompt(widest, True))
        mid = (low + high) / 2
        if cls:
            prepare += FINAL_CALIBRATION_ROWS * mid
        answers, answer_steps = answer_decoding(shape, shape.n_eval)
        return Work(prompt_tokens=shape.prompt_tokens + demos(widest) * demo_tokens / 2,
                    eval_tokens=mid * shape.n_eval,
                    eval_tokens_range=(low * shape.n_eval, high * shape.n_eval),
                    prepare_tokens=prepare, prepare_generated_tokens=generated,
                    prepare_decode_steps=decode_steps, generated_tokens=answers,
                    decode_steps=answer_steps,
                    # the pool twice (search, winner); the rows whose neighbours are looked up
                    embedded_texts=round(2 * shape.n_train + val + CALIBRATION_ROWS
                                         + (FINAL_CALIBRATION_ROWS + shape.n_eval) / 2))


def _plain_text(fmt: PromptFormat, best: Candidate, trial: Trial) -> str:
    """The winning prompt as text anyone can paste: the instruction, how demonstrations are
    laid out, and the query."""
    lines = [f"# Optimised prompt ({best.describe()})", "", fmt.instruction, ""]
    if best.shots:
        lines += [f"[{best.shots} demonstration(s) per label, chosen {best.selection}, each as:]",
                  fmt.demo(Example("<example input>", "<its answer>")).rstrip(), ""]
    lines += [fmt.query("<your input>")]
    return "\n".join(lines) + "\n"

