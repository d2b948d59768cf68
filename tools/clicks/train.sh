#!/bin/bash
# The click decoder (issue 24), warm-started from the shipped box decoder: ISIC 2017 train + HAM10000 train (1600 of each; the bf16
# embeddings of the default engine, read from the cache), mixed prompts (box / point / points / box + points) and simulated corrective
# clicks with the previous logits fed back, selected on val + ham_val; 2 epochs on one core (about 35 minutes each); resumes.
# Started as: setsid nohup taskset -c 1 nice -n 5 env OMP_NUM_THREADS=1 tools/clicks/train.sh > runs/click_decoder.log 2>&1 &
cd "$(dirname "$0")/../.."
R=runs/click_decoder; LAST=$(ls $R/*_last.pth 2>/dev/null | head -1)
.venv/bin/python tools/clicks/train.py --epochs 2 --lr 1e-4 --threads 1 --out $R $( [ -n "$LAST" ] && echo --resume $LAST ) "$@"
