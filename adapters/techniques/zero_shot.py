"""Zero-shot prompting: the instruction and the input, nothing else. Calibrated by default:
small models favour some labels whatever the input, so the bias they show on the training
inputs (their labels unused) is subtracted (Zhao et al. 2021)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from adapters.predict import (
    EndpointPredictor,
    LMPredictor,
    Predictor,
    calibration,
    prior_from,
)
from adapters.registry import Fit, Shape, Technique, TechniqueConfig, Work
from adapters.techniques.base import answer_decoding, scored_tokens
from adapters.trial import Trial
from tailor.pricing import Serving


@dataclass(frozen=True)
class ZeroShotConfig(TechniqueConfig):
    VARIANTS = ("calibrated", "plain")


class ZeroShot(Technique):
    id = "zero_shot"
    name = "Zero-shot prompt"
    family = "prompt_engineering"
    config_class = ZeroShotConfig
    serving = Serving.VENDOR
    color = "#64748b"
    default_on = True
    prepare_label = "calibration"
    endpoint_capable = True

    def fit(self, trial: Trial, config: ZeroShotConfig, out: Path) -> Fit:
        if trial.uses_endpoint(self.id):
            # No calibration through an API: it would cost a request per training row.
            trial.save_prompt(out, self.id, variant=config.variant, calibration=None,
                              endpoint=endpoint_record(trial))
            return Fit(EndpointPredictor(trial))
        predictor = LMPredictor(trial, trial.base.model)
        start = time.perf_counter()
        if config.variant == "calibrated" and trial.labels is not None:
            predictor.prior = predictor.raw_logprobs(trial.train_prompts).mean(0)
        trial.save_prompt(out, self.id, variant=config.variant,
                          calibration=calibration(trial, predictor.prior))
        return Fit(predictor, seconds=time.perf_counter() - start)

    def load(self, trial: Trial, artifact: Path) -> Predictor:
        saved = trial.read_prompt(artifact)
        if saved.get("endpoint"):
            return EndpointPredictor(trial)
        return LMPredictor(trial, trial.base.model, prior=prior_from(trial, saved["calibration"]))

    def work(self, shape: Shape, config: ZeroShotConfig) -> Work:
        calibrate = config.variant == "calibrated" and shape.classification
        per = scored_tokens(shape, shape.prompt_tokens)
        generated, steps = answer_decoding(shape, shape.n_eval)
        return Work(prompt_tokens=shape.prompt_tokens, eval_tokens=per * shape.n_eval,
                    prepare_tokens=per * shape.n_train if calibrate else 0.0,
                    generated_tokens=generated, decode_steps=steps)


def endpoint_record(trial: Trial) -> dict[str, str]:
    """The endpoint as an artifact records it: the URL and the model, never the key."""
    e = trial.config.endpoint
    return {"base_url": e.base_url, "model": e.model}
