#!/bin/bash
# The UNet on ISIC 2017 train + HAM10000 train (1600 of each), selected on val + ham_val; resumes if stopped.
cd "$(dirname "$0")/../.."
R=runs/unet_ham; LAST=$R/unet_resnet34_last.pth
.venv/bin/lesion_sam train unet --train-splits train ham_train --val-splits val ham_val --per-split 1600 \
  --init outputs/checkpoints/unet_resnet34.pth --scale-augment --lr 3e-4 --epochs 3 --patience 2 --threads 1 --out $R \
  $( [ -f $LAST ] && echo --resume $LAST )
