"""Call a tuned result like any other model: through a server that already exists where one
does (`transformers serve` on CPU, vLLM with LoRA on a GPU), and through `adapters.serve` for
soft prompts, which no common server loads. The lab shows these commands for each run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tailor.errors import TailorError

SERVE_NAME = "tailor-tuned"


def export_merged(artifact: str | Path, out: str | Path) -> Path:
    """A plain model folder (weights in safetensors, tokenizer, prompt.json) that any
    transformers-based server loads: LoRA merged into its base, or the fully fine-tuned model
    as it is."""
    from adapters.trial import Trial

    artifact, out = Path(artifact), Path(out)
    saved = json.loads((artifact / "prompt.json").read_text(encoding="utf-8"))
    technique = saved["technique"]
    if technique == "full_finetune":
        shutil.copytree(artifact, out, dirs_exist_ok=True)
        return out
    if technique != "lora":
        raise TailorError(f"Only LoRA and full fine-tuning export as a model folder; serve "
                          f"{technique} with `python -m adapters.serve --adapter {artifact}`.")
    from peft import PeftModel

    trial = Trial.for_artifact(artifact)
    merged = PeftModel.from_pretrained(trial.base.copy(), artifact).merge_and_unload()
    out.mkdir(parents=True, exist_ok=True)
    merged.save_pretrained(out)
    trial.tok.save_pretrained(out)
    shutil.copy(artifact / "prompt.json", out / "prompt.json")
    return out


def instructions(technique: str, artifact: str | Path, base_id: str) -> str:
    """Markdown: the exact commands that serve this result, and an `openai` snippet."""
    artifact = Path(artifact)
    saved = json.loads((artifact / "prompt.json").read_text(encoding="utf-8"))
    example = saved["format"]["instruction"] + "\\n\\n" + saved["format"]["input_prefix"] + \
        "<your input>\\n" + saved["format"]["output_prefix"]
    client = ("```python\nfrom openai import OpenAI\n"
              'client = OpenAI(base_url="http://127.0.0.1:8000/v1", api_key="not-needed")\n'
              f'reply = client.completions.create(model="{{model}}", prompt="{example}",\n'
              "                                   max_tokens=16, temperature=0)\n"
              "print(reply.choices[0].text.strip())\n```")
    if technique in ("lora", "full_finetune"):
        merged = artifact.parent / f"{technique}-merged"
        lines = [
            "**On a CPU, with `transformers serve`** (the same prompt format as in the lab):",
            "```bash",
            *([f"python -m adapters.export --adapter {artifact} --out {merged}"]
              if technique == "lora" else []),
            f"transformers serve {merged if technique == 'lora' else artifact} --port 8000",
            "```", client.format(model=merged if technique == "lora" else artifact)]
        if technique == "lora":
            lines += ["", "**On a GPU, with vLLM** (the adapter as it is, on its base model):",
                      "```bash", f"vllm serve {base_id} --enable-lora "
                      f"--lora-modules {SERVE_NAME}={artifact} --port 8000", "```",
                      client.format(model=SERVE_NAME)]
        return "\n".join(lines)
    if technique == "prompt_tuning":
        return "\n".join([
            "**Soft prompts** load in no common server; Tailor's own serves them:", "```bash",
            f"python -m adapters.serve --adapter {artifact} --port 8000", "```",
            "```python\nfrom openai import OpenAI\n"
            'client = OpenAI(base_url="http://127.0.0.1:8000/v1", api_key="not-needed")\n'
            f'reply = client.chat.completions.create(model="{SERVE_NAME}",\n'
            '    messages=[{"role": "user", "content": "<your input>"}])\n'
            "print(reply.choices[0].message.content)\n```"])
    return ("Nothing to serve: use the base model with `prompt.json`, or its own API.")
