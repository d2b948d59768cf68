"""The shipped (ISIC-only) fine-tuned decoder scored the way `lesion_sam train decoder` selects: mean val Dice on val + ham_val with the
shipped embedding localizer's boxes. Compared with the retrained decoder's val_dice (runs/decoder_ham); writes
outputs/metrics/decoder_ft_ham_selection.csv. Usage: python tools/ham/decoder_baseline.py"""
import torch; torch.set_num_threads(2)
import pandas as pd
from lesion_sam.data import training_pairs, atomic_csv
from lesion_sam.segmenters import EmbeddingCache
from lesion_sam.engines import use_engine
from lesion_sam.finetune import load_finetuned, embedding_table, decoder_val_dice, SHIPPED
from lesion_sam.localizer import load_embedding_localizer, METRICS_DIR
from lesion_sam.training import best_checkpoint
val = training_pairs(['val', 'ham_val'])
loc = load_embedding_localizer()
rows = []
for name, path in (('shipped decoder (ISIC 2017 train)', SHIPPED), ('retrained decoder (ISIC 2017 + HAM10000 train, 1 epoch)', best_checkpoint('runs/decoder_ham'))):
    seg = use_engine(load_finetuned(path, cache=EmbeddingCache()), 'openvino', 'bf16', 2)
    va = embedding_table(seg, val, loc, progress=False)
    for use in ('loc', 'gt'):
        rows.append(dict(decoder=name, boxes={'loc': f'embedding localizer {loc.settings()} (REALISTIC)', 'gt': 'GT box + 10 px (UNREALISTIC)'}[use],
                         selection='val + ham_val', n=len(val), val_dice=decoder_val_dice(seg, va, val, use)))
        print(rows[-1], flush=True)
atomic_csv(pd.DataFrame(rows), METRICS_DIR/'decoder_ft_ham_selection.csv')
