#!/bin/bash
# A GPU path check: every local technique through the CLI (python -m adapters) on whatever
# accelerator the machine has, on the built-in ticket (classification) and rewriting
# (generation) samples, with a randomly initialised model of SmolLM2-135M's shape: the
# bundled 98 MB of weights cannot travel to a machine that only takes 64 MiB, so scores mean
# nothing here; the check is that training, scoring, generation, bf16 autocast and peak-memory
# accounting run on the device end to end.
#
#   bench/device_check.sh prepare        # here: the model's shape, tokenizer and wheels
#   bench/device_check.sh                # there: OUT=... bench/device_check.sh
set -u
if [ "${1:-}" = prepare ]; then
  mkdir -p .gpucheck/smollm2-shape .whl
  .venv/bin/python -c "
from adapters.models import load_base
b = load_base()
b.model.config.save_pretrained('.gpucheck/smollm2-shape')
b.tokenizer.save_pretrained('.gpucheck/smollm2-shape')"
  # The device image's transformers may be older than ours: carry ours and PEFT's.
  .venv/bin/pip download -q --no-deps --only-binary=:all: --python-version 3.12 \
    --implementation cp --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
    -d .whl "transformers==$(.venv/bin/python -c 'import transformers;print(transformers.__version__)')" \
    "peft==$(.venv/bin/python -c 'import peft;print(peft.__version__)')"
  exit
fi
export OUT=${OUT:-/tmp/device-check}; mkdir -p "$OUT"
PY=${PY:-python3}
if [ -d .whl ] && [ -z "${NO_WHEELS:-}" ]; then
  $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
    --target /tmp/site .whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site:$PWD
fi
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONUNBUFFERED=1
nvidia-smi -L 2>/dev/null | tee "$OUT/device.txt"
$PY - <<'P' 2>&1 | tee -a "$OUT/device.txt"
import torch, transformers, peft
from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer
print("torch", torch.__version__, "cuda", torch.cuda.is_available(), "transformers",
      transformers.__version__, "peft", peft.__version__)
torch.manual_seed(0)
m = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(".gpucheck/smollm2-shape"))
m.save_pretrained("/tmp/rand-smollm2")
AutoTokenizer.from_pretrained(".gpucheck/smollm2-shape").save_pretrained("/tmp/rand-smollm2")
P
run() {  # name, techniques, training file, more CLI arguments
  local name=$1 t0; t0=$(date +%s)
  $PY -m adapters --technique "$2" --train "$3" --model /tmp/rand-smollm2 --out "/tmp/art-$name" \
    --json "${@:4}" > "$OUT/$name.json" 2> "$OUT/$name.err"
  echo "$name rc=$? $(( $(date +%s) - t0 ))s" | tee -a "$OUT/summary.txt"
}
run tickets zero_shot,chain_of_thought,prompt_tuning,lora,full_finetune samples/tickets.csv \
  --max-seconds "${MAXS:-20}"
run rewrite zero_shot,prompt_tuning,lora,full_finetune samples/rewrite.csv --max-seconds "${MAXS:-20}"
$PY - <<'P' | tee -a "$OUT/summary.txt"
import json, os
for name in ("tickets", "rewrite"):
    path = os.path.join(os.environ.get("OUT", "/tmp/device-check"), name + ".json")
    for r in json.load(open(path)):
        print(name, {k: r[k] for k in ("technique", "score", "train_seconds", "eval_seconds",
                                       "steps", "peak_memory_mb")})
P
