#!/bin/bash
# The EfficientNet-B0 box regressor (localizers 1 and 2: its box and its Grad-CAM box) on ISIC 2017 train + HAM10000 train
# (800 of each), warm-started from the ISIC 2017 model, selected on val + ham_val box IoU; resumes if stopped.
cd "$(dirname "$0")/../.."
R=runs/efficientnet_ham; LAST=$R/efficientnet_b0_box_last.pth
OMP_NUM_THREADS=1 taskset -c ${CORE:-0} .venv/bin/lesion_sam train localizer --kind efficientnet --train-splits train ham_train \
  --val-splits val ham_val --per-split 800 --init outputs/checkpoints/efficientnet_b0_box.pth --scale-augment --lr 3e-4 --epochs 4 \
  --threads 1 --quiet --out $R $( [ -f $LAST ] && echo --resume $LAST )
