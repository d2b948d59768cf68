#!/bin/bash
# The fine-tuned decoder, trained on from the shipped one on ISIC 2017 train + HAM10000 train (1600 of each; bf16 embeddings of the default
# engine; half of the boxes with the shipped embedding localizer's own errors), selected on val + ham_val with that localizer's boxes; resumes.
cd "$(dirname "$0")/../.."
R=runs/decoder_ham; LAST=$(ls $R/*_last.pth 2>/dev/null | head -1)
.venv/bin/lesion_sam train decoder --init outputs/checkpoints/litemedsam_decoder_ft.pth --engine openvino --precision bf16 \
  --train-splits train ham_train --val-splits val ham_val --per-split 1600 --epochs 1 --lr 5e-5 --threads 1 --out $R --no-ship \
  $( [ -n "$LAST" ] && echo --resume $LAST )
