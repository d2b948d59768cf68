#!/bin/bash
# The click decoder on the three test sets (issue 24), as it was run on the 2-core machine: its rows (in the columns of benchmark.csv)
# and the clicks curves of the click decoder and of the box-only decoder from the benchmark's consensus boxes (the HAM10000 curves on a
# seeded sample of 300 images), written as parts under runs/clicks/eval, then merged into outputs/metrics/click_decoder_*.csv,
# clicks_curve.csv and outputs/figures/clicks_curve.png. One thread per process, one process per core.
cd "$(dirname "$0")/../.."
E="env OMP_NUM_THREADS=1 .venv/bin/python tools/clicks/evaluate.py --threads 1"
# core 0 (while the click decoder trained on core 1): the box-only decoder's curves; then the click decoder's HAM10000 rows
taskset -c 0 nice -n 5 bash -c "$E --split test isic2017_val ham_test --decoders box --no-rows --curve-sample 300 \
  && $E --split ham_test --decoders click --no-curve" > runs/clicks/eval_box.log 2>&1 &
# core 1, after the training: the click decoder's rows and curves on the ISIC sets, its curve on the HAM10000 sample
taskset -c 1 nice -n 5 bash -c "$E --split test isic2017_val --decoders click && $E --split ham_test --decoders click --no-rows --curve-sample 300" \
  > runs/clicks/eval_click.log 2>&1
wait
$E --merge
