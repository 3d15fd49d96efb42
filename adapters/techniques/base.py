"""Helpers the technique modules share: what scoring and training cost in tokens."""

from __future__ import annotations

import math

from adapters.registry import Shape, TrainConfig, Work
from adapters.training import plan_steps

GENERATE_BATCH = 48  # adapters.scoring.generate's batch


def decoding(rows: float, tokens: float, batch: int = GENERATE_BATCH) -> tuple[float, float]:
    """(rows x new tokens, batched decoding steps) for greedy generation as adapters.scoring
    runs it: each batch decodes up to `tokens` steps. A batch ends early once every row has
    reached its stop string, which cannot be known beforehand, so the estimate counts them
    all: an upper bound where answers are short."""
    return rows * tokens, (math.ceil(rows / batch) * tokens if rows else 0.0)


def answer_decoding(shape: Shape, rows: float) -> tuple[float, float]:
    """Writing the answers for `rows` prompts: nothing for classification (scored, not
    generated). A batch ends once every row has written its line (scoring.StopAfter), so it
    is counted to the longest training answer and its newline, when that is known and
    shorter than the limit: answers shaped by the training rows end there or soon after."""
    if shape.classification:
        return 0.0, 0.0
    limit = shape.max_new_tokens
    return decoding(rows, min(limit, shape.longest_answer + 2) if shape.longest_answer
                    else limit)


def scored_tokens(shape: Shape, prompt: float, shares_instruction: bool = True) -> float:
    """Tokens one held-out answer costs in forward passes, as adapters.scoring runs them: the
    prompt's own tokens (the instruction every prompt shares, and any soft prompt before it,
    is encoded once, not per row), plus, for classification, every label's tokens after the
    first, packed into one block (the first is read at the prompt's last position)."""
    own = prompt - (shape.instruction_tokens if shares_instruction else 0.0)
    return max(own, 1.0) + (shape.label_tail_tokens if shape.classification else 0.0)


def trained_work(shape: Shape, config: TrainConfig, *, extra_prompt: float = 0.0,
                 saves_model: bool = False) -> Work:
    """A training run on a copy of the model, then rank classification or generation.
    `extra_prompt`: virtual tokens a request carries (a soft prompt's), run once with the
    shared instruction when labels are scored."""
    steps = plan_steps(shape.n_fit, shape.batch_size, config.epochs, shape.steps,
                       shape.max_steps)
    prompt = shape.prompt_tokens + extra_prompt
    # A training row costs what scoring it does (the loss is over the whole label set), or
    # for generation the prompt and the answer it learns.
    per_row = (scored_tokens(shape, shape.prompt_tokens)
               if shape.classification else shape.prompt_tokens + shape.answer_tokens)
    generated, steps_decoded = answer_decoding(shape, shape.n_eval)
    # Writing answers, a soft prompt's model decodes without a shared cache (scoring.generate).
    soft_writer = bool(extra_prompt) and not shape.classification
    scored = (scored_tokens(shape, prompt, shares_instruction=False) if soft_writer
              else scored_tokens(shape, shape.prompt_tokens))
    return Work(prompt_tokens=prompt, eval_tokens=shape.n_eval * scored,
                generated_tokens=generated, decode_steps=steps_decoded,
                train_tokens=steps * min(shape.batch_size, shape.n_fit) * per_row,
                steps=steps, copies_model=True, saves_model=saves_model)


def peft_how_to_load(base_id: str) -> str:
    """The model card's snippet for a PEFT artifact (LoRA or a soft prompt) on its base."""
    return ("```python\nfrom peft import PeftModel\n"
            "from transformers import AutoModelForCausalLM, AutoTokenizer\n"
            f'base = AutoModelForCausalLM.from_pretrained("{base_id}")\n'
            'model = PeftModel.from_pretrained(base, ".")  # this folder\n'
            f'tokenizer = AutoTokenizer.from_pretrained("{base_id}")\n```')
