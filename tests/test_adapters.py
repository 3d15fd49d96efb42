"""Every technique on the real SmolLM2-135M, trained for a few real steps on tiny samples."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import torch

from adapters import scoring
from adapters.models import check_memory_for_full_finetune, load_base
from adapters.techniques import REGISTRY
from adapters.techniques.few_shot import DemoPool, FewShotConfig
from adapters.training import Cancelled
from adapters.trial import Progress, RunConfig, Trial
from tailor.errors import TailorError
from tailor.settings import ROOT

pytestmark = pytest.mark.model

FIELDS = {"technique", "metric", "score", "scores", "train_seconds", "eval_seconds",
          "trainable_params", "total_params", "peak_memory_mb", "prompt_tokens_per_request",
          "artifact_dir", "loss_curve", "predictions"}


@pytest.fixture(scope="module")
def base():
    return load_base()


def snapshot(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def eval_predictions(trial: Trial, model) -> list[str]:
    prompts = scoring.encode(trial.tok, [trial.fmt.prompt(e.input) for e in trial.split.eval])
    logp = scoring.label_logprobs(model, trial.tok, prompts, trial.labels)
    return [trial.labels.names[i] for i in logp.argmax(1).tolist()]


def test_base_loads_offline_once(base) -> None:
    assert load_base() is base
    assert 130e6 < base.params < 140e6
    assert not any(p.requires_grad for p in base.model.parameters())


def test_zero_shot_result(base, tickets_split, tmp_path: Path) -> None:
    r = Trial(tickets_split, RunConfig(output_dir=tmp_path)).run("zero_shot")
    d = r.to_dict()
    assert d.keys() >= FIELDS
    assert r.metric == "accuracy" and 0 <= r.score <= 1 and "macro_f1" in r.scores
    assert r.trainable_params == 0 and r.total_params == base.params
    assert r.n_eval == len(tickets_split.eval) == len(r.predictions)
    prompt = json.loads((Path(r.artifact_dir) / "prompt.json").read_text())
    assert prompt["labels"] == ["account", "billing", "bug"]
    assert prompt["format"]["input_prefix"] == "Ticket: "
    json.dumps(d)


def test_same_seed_same_scores(base, tickets_split, tmp_path: Path) -> None:
    runs = [Trial(tickets_split, RunConfig(steps=3, seed=7, output_dir=tmp_path / str(i)))
            .run("lora") for i in range(2)]
    assert runs[0].loss_curve == runs[1].loss_curve
    assert runs[0].scores == runs[1].scores


@pytest.mark.parametrize("variant", ["prefix", "prompt"])
def test_soft_prompts_train_only_the_prompt_and_reload(base, tickets_split, tmp_path: Path,
                                                       variant: str) -> None:
    from peft import PeftModel

    before = snapshot(base.model)
    trial = Trial(tickets_split, RunConfig(output_dir=tmp_path))
    spec = REGISTRY.get("prompt_tuning")
    r = trial.run("prompt_tuning", spec.config(variant=variant, epochs=8))
    assert r.variant == variant
    assert 0 < r.trainable_params < 0.01 * r.total_params
    first, last = r.loss_curve[0][1], sum(loss for _, loss in r.loss_curve[-3:]) / 3
    assert last < first, r.loss_curve
    after = snapshot(base.model)
    assert all(torch.equal(before[k], after[k]) for k in before)  # the base never moved
    # Plain PEFT loads the artifact and scores exactly what the run reported.
    reloaded = PeftModel.from_pretrained(base.copy(), r.artifact_dir).eval()
    assert [p["prediction"] for p in r.predictions] == eval_predictions(trial, reloaded)
    # The evaluation path agrees with the training loss: the soft prompt fits its own data.
    train_logp = scoring.label_logprobs(reloaded, trial.tok, trial.train_prompts, trial.labels)
    train_pred = [trial.labels.names[i] for i in train_logp.argmax(1).tolist()]
    gold = [e.output for e in tickets_split.train]
    # (0.9 or more on the AVX-512-bf16 host the defaults were chosen on; 16/18 = 0.889 for the
    # "prompt" variant on an AVX2-only host, whose kernels round differently: one row is noise)
    assert scoring.accuracy(train_pred, gold) >= 0.85


def test_lora_changes_only_adapters_and_reloads(base, tickets_split, tmp_path: Path) -> None:
    from peft import PeftModel

    before = snapshot(base.model)
    trial = Trial(tickets_split, RunConfig(output_dir=tmp_path))
    r = trial.run("lora", REGISTRY.get("lora").config(epochs=4))
    assert 0 < r.trainable_params < 0.1 * r.total_params
    assert sum(loss for _, loss in r.loss_curve[-3:]) / 3 < r.loss_curve[0][1]
    assert all(torch.equal(before[k], v) for k, v in snapshot(base.model).items())
    reloaded = PeftModel.from_pretrained(base.copy(), r.artifact_dir).eval()
    state = reloaded.state_dict()
    lora_keys = [k for k in state if "lora_" in k]
    assert lora_keys and any(state[k].abs().sum() > 0 for k in lora_keys if "lora_B" in k)
    assert [p["prediction"] for p in r.predictions] == eval_predictions(trial, reloaded)
    assert (Path(r.artifact_dir) / "adapter_config.json").exists()
    assert r.adapter_bytes > 0


def test_full_finetune_trains_every_weight(base, tickets_split, tmp_path: Path) -> None:
    from transformers import AutoModelForCausalLM

    trial = Trial(tickets_split, RunConfig(steps=3, output_dir=tmp_path))
    r = trial.run("full_finetune")
    assert r.trainable_params == r.total_params == base.params
    saved = AutoModelForCausalLM.from_pretrained(r.artifact_dir).eval()
    moved = sum(not torch.equal(p, base.model.state_dict()[k])
                for k, p in saved.state_dict().items() if k in base.model.state_dict())
    assert moved > 100  # nearly every tensor changed
    pred = eval_predictions(trial, saved)
    agree = sum(p["prediction"] == q for p, q in zip(r.predictions, pred, strict=True))
    assert agree >= len(pred) - 1  # same up to bf16 rounding on a tie


def test_full_finetune_refuses_what_does_not_fit() -> None:
    with pytest.raises(TailorError, match="Use LoRA or prompt tuning"):
        check_memory_for_full_finetune(10**13)
    check_memory_for_full_finetune(135_000_000)  # the default model fits


def test_few_shot_picks_balanced_neighbours(base, tickets_split, tmp_path: Path) -> None:
    trial = Trial(tickets_split, RunConfig(output_dir=tmp_path))
    train = tickets_split.train
    pool = DemoPool(trial, train, FewShotConfig())
    try:
        demos = pool.select([e.input for e in tickets_split.eval])
        loo = pool.select([e.input for e in train], leave_out=list(range(len(train))))
    finally:
        pool.close()
    for d in demos:
        # one per label, in the label set's order (the last label's pull is then the same for
        # every input, and calibration removes it)
        assert [e.output for e in d] == list(trial.task.labels)
        assert sorted(e.output for e in d) == ["account", "billing", "bug"]
        assert all(e in train for e in d)
    for q, d in zip(train, loo, strict=True):
        assert q not in d
    r = trial.run("few_shot")
    assert r.prompt_tokens_per_request > trial.run("zero_shot").prompt_tokens_per_request


def test_cancel_and_time_budget(base, tickets_split, tmp_path: Path) -> None:
    cancel = threading.Event()

    def stop_after_two(p: Progress) -> None:
        if p.phase == "train" and p.step == 2:
            cancel.set()

    trial = Trial(tickets_split, RunConfig(steps=20, output_dir=tmp_path), stop_after_two,
                  cancel)
    with pytest.raises(Cancelled):
        trial.run("lora")
    with pytest.raises(Cancelled):
        trial.run("zero_shot")  # a cancelled trial starts nothing new
    budget = Trial(tickets_split, RunConfig(steps=500, max_seconds=1.0, output_dir=tmp_path))
    r = budget.run("lora")
    assert r.stopped == "time budget" and 0 < r.steps < 500
    assert 0 <= r.score <= 1 and r.predictions  # still evaluated


def test_generation_task(base, capitals_split, tmp_path: Path) -> None:
    trial = Trial(capitals_split, RunConfig(steps=4, output_dir=tmp_path))
    r = trial.run("zero_shot")
    assert r.metric == "rouge_l" and set(r.scores) == {"rouge_l", "exact_match"}
    assert all(p["prediction"] is not None for p in r.predictions)
    lora = trial.run("lora")
    assert lora.loss_curve[-1][1] < lora.loss_curve[0][1]


@pytest.mark.slow
def test_cli_all_techniques(tickets_csv: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "adapters", "--technique", "all", "--train", str(tickets_csv),
         "--steps", "2", "--seed", "3", "--json", "--out", str(tmp_path / "run"),
         "--input-name", "Ticket", "--output-name", "Team"],
        capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    results = json.loads(out.stdout)
    assert [r["technique"] for r in results] == list(REGISTRY.ids)
    for r in results:
        assert r.keys() >= FIELDS and 0 <= r["score"] <= 1
        assert Path(r["artifact_dir"]).is_dir()
    assert len({r["n_eval"] for r in results}) == 1  # one split for all
    table = subprocess.run(
        [sys.executable, "-m", "adapters", "--technique", "zero_shot,prompt_tuning:prompt",
         "--train", str(tickets_csv), "--steps", "2", "--out", str(tmp_path / "t")],
        capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert table.returncode == 0, table.stderr[-2000:]
    assert "| zero_shot " in table.stdout and "| prompt   " in table.stdout
    bad = subprocess.run([sys.executable, "-m", "adapters", "--technique", "lora", "--train",
                          str(tmp_path / "nope.csv")], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert bad.returncode == 2 and "No file" in bad.stderr
    variant = subprocess.run([sys.executable, "-m", "adapters", "--technique", "lora",
                              "--variant", "wide", "--train", str(tickets_csv)],
                             capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert variant.returncode == 2 and "Unknown variant 'wide'" in variant.stderr


@pytest.mark.parametrize("variant", ["prefix", "prompt"])
def test_soft_prompt_generation_matches_step_by_step_decoding(base, capitals_split,
                                                              tmp_path: Path, variant: str
                                                              ) -> None:
    """generate() in transformers 5 + PEFT 0.21 loses soft prompts after the first token;
    the evaluation must decode what the trained model really says."""
    from peft import PeftModel

    trial = Trial(capitals_split, RunConfig(steps=6, output_dir=tmp_path))
    r = trial.run("prompt_tuning", REGISTRY.get("prompt_tuning").config(variant=variant))
    model = PeftModel.from_pretrained(base.copy(), r.artifact_dir).eval()
    for example, pred in zip(capitals_split.eval, r.predictions, strict=False):
        seq = trial.tok(trial.fmt.prompt(example.input)).input_ids
        start = len(seq)
        with torch.no_grad():
            for _ in range(12):
                logits = model(input_ids=torch.tensor([seq])).logits[0, -1]
                seq.append(int(logits.argmax()))
        text = trial.tok.decode(seq[start:], skip_special_tokens=True).lstrip()
        expected = text.split("\n")[0].strip()
        assert pred["prediction"], r.predictions
        assert pred["prediction"] == expected or expected.startswith(pred["prediction"])


def test_labels_scored_from_the_generation_cache_equal_a_fresh_prompt(base, monkeypatch
                                                                      ) -> None:
    """Chain of thought's answer step continues from the cache its reasoning was decoded
    into, with rows of different lengths (left padding) keeping different numbers of
    generated tokens: each label scores as on a fresh prompt + kept tokens + cue, and the
    kept tokens are the plain greedy continuation."""
    monkeypatch.setenv("TAILOR_NO_AUTOCAST", "1")
    tok, model = base.tokenizer, base.model
    ls = scoring.label_set(tok, ("positive", "negative", "mixed feelings"), lambda x: " " + x)
    prompts = scoring.encode(tok, ["Review: great food, slow service.\nThink:",
                                   "Review: awful.\nThink:",
                                   "Review: I would come back any day of the week.\nThink:"])
    wanted = iter([0, 3, 6])  # tokens each row keeps, in the order rows are cut
    cue = tok(" So the answer is:", add_special_tokens=False).input_ids
    kept, packed = scoring.generate_then_score(model, tok, prompts, 6, lambda _: next(wanted),
                                               cue, ls)
    assert sorted(len(k) for k in kept) == [0, 3, 6]
    with torch.inference_mode():
        for r, prompt in enumerate(prompts):
            seq = list(prompt)
            for _ in range(len(kept[r])):
                seq.append(int(model(input_ids=torch.tensor([seq])).logits[0, -1].argmax()))
            assert seq[len(prompt):] == kept[r]
            for j, lab in enumerate(ls.ids):
                ids = torch.tensor([seq + cue + list(lab)])
                logp = model(input_ids=ids).logits[0, -len(lab) - 1:-1].log_softmax(-1)
                alone = logp[torch.arange(len(lab)), torch.tensor(lab)].sum().item()
                assert packed[r, j].item() == pytest.approx(alone, abs=2e-3)


def test_generation_stops_a_row_at_its_stop_string_not_at_a_leading_blank_line(base) -> None:
    tok = base.tokenizer
    prompt = tok("Q: name a colour.\nA:").input_ids
    stop = scoring.StopAfter(tok, len(prompt), "\n")
    rows = [prompt + tok("\n\nBlue", add_special_tokens=False).input_ids,
            prompt + tok(" Blue\nQ:", add_special_tokens=False).input_ids,
            prompt + tok(" Blue and", add_special_tokens=False).input_ids]
    width = max(map(len, rows))
    ids = torch.tensor([r + [tok.pad_token_id] * (width - len(r)) for r in rows])
    assert stop(ids, None).tolist() == [False, True, False]


@pytest.mark.parametrize(("generated", "reasoning"), [
    ("It is sad and slow. So the answer is: negative", "It is sad and slow."),
    ("\n\nThe film drags.\n\nAnswer: negative", "The film drags."),
    ("Short and sweet", "Short and sweet"),
    ("So the answer is: positive", ""),
])
def test_chain_of_thought_keeps_the_reasoning_before_its_own_answer(base, generated,
                                                                    reasoning) -> None:
    from adapters.techniques.chain_of_thought import reasoning_length

    tok = base.tokenizer
    new = tok(generated, add_special_tokens=False).input_ids
    n = reasoning_length(tok, new)
    assert tok.decode(new[:n], skip_special_tokens=True).strip() == reasoning
    # The end of text ends the reasoning too.
    assert reasoning_length(tok, [*new[:2], tok.eos_token_id, *new[2:]]) <= 2


@pytest.mark.parametrize("soft_prompt", [None, "prefix", "prompt"])
def test_training_loss_with_the_instruction_run_once_equals_running_it_per_row(
        base, soft_prompt, monkeypatch) -> None:
    """The training loss runs the instruction every row shares once per batch (after any
    soft prompt) and continues each row from its cache: the loss and the gradients are those
    of running every row whole."""
    from peft import PrefixTuningConfig, PromptTuningConfig, get_peft_model

    from adapters.training import classification_batch, loss_fn

    monkeypatch.setenv("TAILOR_NO_AUTOCAST", "1")
    model = base.copy()
    if soft_prompt:
        config = (PrefixTuningConfig if soft_prompt == "prefix" else PromptTuningConfig)(
            task_type="CAUSAL_LM", num_virtual_tokens=4)
        model = get_peft_model(model, config)
    else:
        model.requires_grad_(True)
    ls = scoring.label_set(base.tokenizer, ("book flight", "book hotel", "play music"),
                           lambda lab: " " + lab)
    prompts = scoring.encode(base.tokenizer, [f"Classify the intent.\nText: {t}\nIntent:"
                                              for t in ("a room in Paris", "jazz please",
                                                        "fly me to Oslo on Monday")])
    shared = scoring.common_prefix(prompts)
    assert shared > 3
    params = [p for p in model.parameters() if p.requires_grad][-2:]
    results = []
    for n in (shared, 0):
        batch = classification_batch(prompts, [1, 2, 0], base.tokenizer.pad_token_id, n)
        assert batch.tokens == n + sum(len(p) - n for p in prompts)  # what the step runs
        loss = loss_fn(model, batch, ls)
        grads = torch.autograd.grad(loss, params)
        results.append((loss.item(), grads))
    (once, g_once), (whole, g_whole) = results
    assert once == pytest.approx(whole, abs=1e-4)
    for a, b in zip(g_once, g_whole, strict=True):  # float32 sums in another order
        assert float((a - b).norm() / b.norm()) < 1e-3


@pytest.mark.parametrize("soft_prompt", [None, "prefix", "prompt"])
def test_label_scores_equal_scoring_each_label_alone(base, soft_prompt, monkeypatch) -> None:
    """The packed, tree-masked label block gives each label the log-likelihood of a plain
    forward pass over prompt + that label alone, with and without soft prompts."""
    from peft import PrefixTuningConfig, PromptTuningConfig, get_peft_model

    monkeypatch.setenv("TAILOR_NO_AUTOCAST", "1")  # compare in float32, not bf16 noise
    model = base.model
    if soft_prompt:
        config = (PrefixTuningConfig if soft_prompt == "prefix" else PromptTuningConfig)(
            task_type="CAUSAL_LM", num_virtual_tokens=4)
        model = get_peft_model(base.copy(), config).eval()
    labels = ("book flight", "book hotel", "play music", "10", "café crème", "日本")
    ls = scoring.label_set(base.tokenizer, labels, lambda lab: " " + lab)
    assert ls.longest > 1 and ls.ids[0][0] == ls.ids[1][0]  # shared first token
    texts = ["Reserve me a room in Paris", "Put on some jazz", "Intent of: wake me at 7?"]
    prompts = scoring.encode(base.tokenizer, [f"Classify the intent.\nText: {t}\nIntent:"
                                        for t in texts])
    packed = scoring.label_logprobs(model, base.tokenizer, prompts, ls)
    with torch.inference_mode():
        for r, prompt in enumerate(prompts):
            for j, lab in enumerate(ls.ids):
                ids = torch.tensor([prompt + list(lab)])
                logp = model(input_ids=ids).logits[0, -len(lab) - 1:-1].log_softmax(-1)
                alone = logp[torch.arange(len(lab)), torch.tensor(lab)].sum().item()
                assert packed[r, j].item() == pytest.approx(alone, abs=2e-3)
