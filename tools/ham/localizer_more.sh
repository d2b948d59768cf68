#!/bin/bash
# Stage 2 of the embedding localizer on ISIC 2017 + HAM10000 (issue 23): its val box IoU still rose at the 4th and
# last epoch of tools/ham/localizer.sh, so it trains on from the shipped stage-1 checkpoint (weights only) at half
# the learning rate, on the same images and embeddings, selected on val + ham_val; resumes if stopped.
cd "$(dirname "$0")/../.."
R=runs/localizer_ham2; LAST=$R/embedding_localizer_last.pth
.venv/bin/lesion_sam train localizer --kind embedding --engine openvino --precision bf16 --train-splits train ham_train --val-splits val ham_val \
  --per-split 1600 --init outputs/checkpoints/embedding_localizer.pth --lr 2.5e-4 --epochs 4 --patience 2 --threads 2 --out $R \
  $( [ -f $LAST ] && echo --resume $LAST )
