"""Chain-of-thought prompting (Wei et al. 2022, zero-shot form of Kojima et al.): "Let's think
step by step", a few generated tokens of reasoning, then the answer after a cue."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from adapters import scoring
from adapters.predict import Answers, EndpointPredictor, LMPredictor, Predictor
from adapters.prompts import COT_ANSWER, COT_TRIGGER
from adapters.registry import Fit, Shape, Technique, TechniqueConfig, Work
from adapters.techniques.base import answer_decoding, decoding, scored_tokens
from adapters.techniques.zero_shot import endpoint_record
from adapters.trial import Trial
from tailor.errors import TailorError
from tailor.pricing import Serving


@dataclass(frozen=True)
class ChainOfThoughtConfig(TechniqueConfig):
    VARIANTS = ("zero_shot_cot",)
    reasoning_tokens: int = 24

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.reasoning_tokens < 1:
            raise TailorError("Chain of thought needs at least one reasoning token.")

REASON_BATCH = 128  # rows whose reasoning is decoded together


def reasoning_length(tok, new: list[int]) -> int:
    """How many of the generated tokens are the reasoning: those before a blank line, before
    an answer the model gave itself (`COT_ANSWER`), and before the end of text."""
    ends = {tok.eos_token_id, tok.pad_token_id} - {None}
    n = next((i for i, t in enumerate(new) if t in ends), len(new))
    text = tok.decode(new[:n], skip_special_tokens=True)
    body = text.lstrip()  # small models often open with a blank line
    cuts = [body.find(mark) for mark in ("\n\n", COT_ANSWER) if mark in body]
    if not cuts:
        return n
    limit = len(text) - len(body) + min(cuts)  # characters of reasoning to keep
    while n and len(tok.decode(new[:n], skip_special_tokens=True)) > limit:
        n -= 1
    return n


class ChainOfThoughtPredictor(LMPredictor):
    def __init__(self, trial: Trial, reasoning_tokens: int) -> None:
        super().__init__(trial, trial.base.model)
        self.reasoning_tokens = reasoning_tokens

    def predict(self, texts: list[str]) -> Answers:
        fmt, tok, labels = self.trial.fmt, self.trial.tok, self.trial.labels
        asks = [fmt.prompt(t) + " " + COT_TRIGGER for t in texts]
        if labels is not None:
            # The labels are scored straight after the reasoning, from the cache its decoding
            # left: the prompt and the reasoning are encoded once, not twice.
            cue = tok(" " + COT_ANSWER, add_special_tokens=False).input_ids
            prompts = scoring.encode(tok, asks)
            kept, logp = scoring.generate_then_score(
                self.model, tok, prompts, self.reasoning_tokens,
                lambda new: reasoning_length(tok, new), cue, labels, batch_size=REASON_BATCH)
            return Answers([labels.names[i] for i in logp.argmax(1).tolist()], logp,
                           [len(p) + len(k) + len(cue) for p, k in zip(prompts, kept,
                                                                      strict=True)],
                           notes=[{"reasoning": tok.decode(k, skip_special_tokens=True).strip()}
                                  for k in kept])
        reasoning = scoring.generate(self.model, tok, scoring.encode(tok, asks),
                                     self.reasoning_tokens, stop="\n\n",
                                     batch_size=REASON_BATCH)
        # Cut the reasoning before any answer it gave itself, then ask for the answer.
        reasoning = [r.split(COT_ANSWER)[0].strip() for r in reasoning]
        answers = self.answer(scoring.encode(tok, [f"{a} {r} {COT_ANSWER}"
                                                   for a, r in zip(asks, reasoning, strict=True)]))
        answers.notes = [{"reasoning": r} for r in reasoning]
        return answers


class ChainOfThought(Technique):
    id = "chain_of_thought"
    name = "Chain-of-thought prompt"
    family = "prompt_engineering"
    config_class = ChainOfThoughtConfig
    serving = Serving.VENDOR
    color = "#a855f7"
    endpoint_capable = True

    def fit(self, trial: Trial, config: ChainOfThoughtConfig, out: Path) -> Fit:
        remote = trial.uses_endpoint(self.id)
        trial.save_prompt(out, self.id, variant=config.variant, trigger=COT_TRIGGER,
                          answer_cue=COT_ANSWER, reasoning_tokens=config.reasoning_tokens,
                          **({"endpoint": endpoint_record(trial)} if remote else {}))
        if remote:
            return Fit(EndpointPredictor(trial, reasoning=True))
        return Fit(ChainOfThoughtPredictor(trial, config.reasoning_tokens))

    def load(self, trial: Trial, artifact: Path) -> Predictor:
        saved = trial.read_prompt(artifact)
        if saved.get("endpoint"):
            return EndpointPredictor(trial, reasoning=True)
        return ChainOfThoughtPredictor(trial, saved["reasoning_tokens"])

    def work(self, shape: Shape, config: ChainOfThoughtConfig) -> Work:
        prompt = shape.prompt_tokens + config.reasoning_tokens + 12  # + trigger and cue
        # The reasoning (batches of 128), then the answer: scored, or written.
        thought, thought_steps = decoding(shape.n_eval, config.reasoning_tokens, REASON_BATCH)
        answer, answer_steps = answer_decoding(shape, shape.n_eval)
        if shape.classification:
            # Every prompt's own tokens once (decoding starts from them, instruction and all),
            # then the cue and the labels from the reasoning's cache.
            scored = scored_tokens(shape, shape.prompt_tokens + 12, shares_instruction=False)
        else:  # the answer is written after the prompt and reasoning, encoded again
            scored = scored_tokens(shape, prompt)
        return Work(prompt_tokens=prompt, eval_tokens=shape.n_eval * scored,
                    generated_tokens=thought + answer, decode_steps=thought_steps + answer_steps)
