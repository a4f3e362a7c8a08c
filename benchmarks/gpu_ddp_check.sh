#!/usr/bin/env bash
# GPU check of the DDP path, for a machine with torch and one CUDA GPU (the device tool's image):
# torchrun with one NCCL process (train, then resume), one plain process for comparison, and
# bench_ddp.py (1 vs 2 gloo CPU processes). Needs tensorboardX as a wheel in .whl/ (see README).
set -u
python3 -m pip install -q --no-index --no-deps --target /tmp/site .whl/*.whl && export PYTHONPATH=/tmp/site:$PWD/src PYTHONUNBUFFERED=1 || exit 1
nvidia-smi -L; python3 -c "import torch; print('torch', torch.__version__, torch.cuda.is_available())"
W=/tmp/w; mkdir -p $W
echo "== torchrun 1 GPU process, NCCL"
timeout 200 torchrun --standalone --nproc-per-node 1 -m gdlab train --ddp --device cuda --data digits --data-root $W/d --logdir $W/runs --checkpoint $W/ck.pt --no-progress --json > $OUT/ddp_nccl.json 2> $OUT/ddp_nccl.err; echo rc=$?; cat $OUT/ddp_nccl.json; tail -5 $OUT/ddp_nccl.err
echo "== resume under NCCL"
timeout 120 torchrun --standalone --nproc-per-node 1 -m gdlab train --ddp --device cuda --data digits --data-root $W/d --logdir '' --checkpoint $W/ck.pt --resume --no-progress --json 2>&1 | grep -v "^ \|^=\|^$" | tail -8
echo "== resume, one plain process"
timeout 120 python3 -m gdlab train --device cuda --data digits --data-root $W/d --logdir "" --checkpoint $W/ck.pt --resume --no-progress --json 2>&1 | tail -3
echo "== single process on the same GPU"
timeout 120 python3 -m gdlab train --device cuda --data digits --data-root $W/d --logdir '' --no-progress --json 2>&1 | tail -1
echo "== 2 CPU gloo processes vs 1 on 16 cores"
timeout 150 python3 benchmarks/bench_ddp.py 2>&1 | tail -8
