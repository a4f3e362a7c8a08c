#!/usr/bin/env bash
# A short GPU check: `gdlab train --data digits` on CUDA (fp32, then --amp), asserting from its --json
# output that the GPU trained and reached 97% validation accuracy; then bench_train.py on the GPU
# (throughput against the PyTorch tutorial's loop, and seconds to 97%); then notebook 08 executed on the GPU
# (benchmarks/gpu_notebook_check.py: trained on cuda, validation accuracy >= 97% on digits).
# Usage: bash benchmarks/gpu_check.sh   (PYTHON=... to pick the interpreter; gdlab from src/;
#        DEVICE=cpu for a dry run of the script itself on a machine without a GPU, fp32 only)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
DEVICE=${DEVICE:-cuda}
export PYTHONPATH="$PWD/src${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$PY" - "$DEVICE" <<'PYEOF'
import sys, torch
if sys.argv[1] == "cuda":
    assert torch.cuda.is_available(), "no CUDA GPU visible to torch"
    print(f"torch {torch.__version__}, {torch.cuda.get_device_name(0)}")
PYEOF

modes=("" "--amp")
[ "$DEVICE" = cuda ] || modes=("")
for amp in "${modes[@]}"; do
    start=$(date +%s%N)
    "$PY" -m gdlab train --data digits --data-root "$work/data" --device "$DEVICE" $amp --logdir "$work/runs" \
        --checkpoint "$work/ck.pt" --no-progress --json > "$work/result.json"
    wall=$(( ($(date +%s%N) - start) / 1000000 ))
    "$PY" - "$work/result.json" "${amp:-fp32}" "$wall" "$DEVICE" <<'PYEOF'
import json, sys
result = json.load(open(sys.argv[1]))
assert result["device"].startswith(sys.argv[4]), f"trained on {result['device']}, not {sys.argv[4]}"
assert result["val_accuracy"] >= 0.97, f"val accuracy {result['val_accuracy']:.4f} < 0.97"
print(f"gdlab train --device {sys.argv[4]} {sys.argv[2]}: val accuracy {result['val_accuracy']:.4f} after "
      f"{result['epochs_run']} epochs, {result['seconds']:.2f} s training, "
      f"{result['images_per_second']:.0f} images/s, {int(sys.argv[3]) / 1000:.1f} s wall (with start-up)")
PYEOF
done
"$PY" benchmarks/bench_train.py --device "$DEVICE"
[ "$DEVICE" != cuda ] || "$PY" benchmarks/bench_train.py --device cuda --amp | tail -1
# notebook 08 executed on the device: it must say it trained there, and reach 97% on digits
if [ "$DEVICE" = cuda ]; then
    "$PY" benchmarks/gpu_notebook_check.py --device cuda --min-accuracy 0.97
else
    "$PY" benchmarks/gpu_notebook_check.py --device cpu --epochs 1 --train-limit 512 --min-accuracy 0
fi
