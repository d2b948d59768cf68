#!/bin/bash
# The embedding localizer on ISIC 2017 train + HAM10000 train (1600 of each; bf16 embeddings of the default engine), selected on val + ham_val; resumes.
cd "$(dirname "$0")/../.."
R=runs/localizer_ham; LAST=$R/embedding_localizer_last.pth
.venv/bin/lesion_sam train localizer --kind embedding --engine openvino --precision bf16 --train-splits train ham_train --val-splits val ham_val \
  --per-split 1600 --init outputs/checkpoints/embedding_localizer.pth --lr 5e-4 --epochs 4 --patience 2 --threads 1 --out $R \
  $( [ -f $LAST ] && echo --resume $LAST )
