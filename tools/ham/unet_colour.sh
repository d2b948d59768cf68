#!/bin/bash
# The colour-constancy ablation of the UNet (issue 23): one more epoch from the shipped ISIC 2017 + HAM10000 UNet
# (tools/ham/unet.sh, epoch 1), with and without Shades-of-Gray colour constancy, everything else equal (a fresh
# draw of 1600 images of each training split, seed 43; the same augmentations; selected on val + ham_val).
# Each arm resumes if stopped; the two run side by side, one core each.
cd "$(dirname "$0")/../.."
arm() {  # arm NAME CORE [--colour-constancy]
  R=runs/unet_colour_$1; LAST=$R/unet_resnet34_last.pth
  OMP_NUM_THREADS=1 taskset -c $2 .venv/bin/lesion_sam train unet --train-splits train ham_train --val-splits val ham_val \
    --per-split 1600 --seed 43 --init outputs/checkpoints/unet_resnet34.pth --scale-augment --lr 3e-4 --epochs 1 --threads 1 \
    --out $R ${3:-} $( [ -f $LAST ] && echo --resume $LAST ) > runs/unet_colour_$1.log 2>&1
}
arm none 0 & arm sog 1 --colour-constancy & wait
