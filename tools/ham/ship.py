"""Ship the models retrained on ISIC 2017 + HAM10000 and choose their box rules on val + ham_val.

    python tools/ham/ship.py localizer   # after tools/ham/localizer.sh: ship it, choose the embedding box rule (zero-shot LiteMedSAM)
    python tools/ham/ship.py unet        # after tools/ham/unet.sh: ship it, choose the consensus box rule (fine-tuned decoder)
    (--no-ship: only choose the box rule of what is shipped)
"""
import sys, shutil, time
import torch; torch.set_num_threads(1)
import pandas as pd
from lesion_sam.data import training_pairs, _atomic_csv
from lesion_sam.segmenters import LiteMedSAM, EmbeddingCache
from lesion_sam.engines import use_engine, DEFAULT_ENGINE
from lesion_sam.training import best_checkpoint
from lesion_sam.localizer import EMBEDDING_SHIPPED, METRICS_DIR, load_embedding_localizer, load_consensus_localizer
from lesion_sam.localizer_training import ship_localizer, choose_prompt_settings
from lesion_sam.unet import ship_unet, TRAIN_LOG
from lesion_sam.finetune import load_finetuned

MARGINS, THRESHOLDS = (0, 4, 8), (0.4, 0.5, 0.6)
val = training_pairs(['val', 'ham_val'])
GRID = METRICS_DIR/'prompt_settings_val.csv'

def grid_rows(g, localizer, segmenter, source):
    return g.assign(localizer=localizer, segmenter=segmenter, source=source, selection='val + ham_val', n_val=len(val))

def save(rows):
    old = pd.read_csv(GRID) if GRID.exists() else pd.DataFrame()
    if len(old): old = old[~old.source.isin(rows.source.unique())]
    _atomic_csv(pd.concat([old, rows], ignore_index=True), GRID)

what = sys.argv[1]
t0 = time.time()
if what == 'localizer':
    log = METRICS_DIR/'embedding_localizer_train_log.csv'
    if not (METRICS_DIR/'embedding_localizer_isic_train_log.csv').exists(): shutil.copy(log, METRICS_DIR/'embedding_localizer_isic_train_log.csv')
    if '--no-ship' not in sys.argv: print('shipped', ship_localizer(best_checkpoint('runs/localizer_ham'), 'runs/localizer_ham/embedding_localizer_log.csv', EMBEDDING_SHIPPED, log))
    lite = use_engine(LiteMedSAM(cache=EmbeddingCache()), *DEFAULT_ENGINE, 1)
    g = choose_prompt_settings(lite, val, load_embedding_localizer(), EMBEDDING_SHIPPED, 'embedding_box', MARGINS, THRESHOLDS)
    save(grid_rows(g, 'embedding localizer', 'LiteMedSAM', 'embedding_box'))
elif what == 'unet':
    if not (METRICS_DIR/'unet_isic_train_log.csv').exists(): shutil.copy(TRAIN_LOG, METRICS_DIR/'unet_isic_train_log.csv')
    if '--no-ship' not in sys.argv: print('shipped', ship_unet(best_checkpoint('runs/unet_ham'), 'runs/unet_ham/unet_resnet34_log.csv'))
    ft = use_engine(load_finetuned(cache=EmbeddingCache()), *DEFAULT_ENGINE, 1)
    g = choose_prompt_settings(ft, val, load_consensus_localizer(), EMBEDDING_SHIPPED, 'consensus_box', MARGINS, THRESHOLDS)
    save(grid_rows(g, 'consensus localizer', 'LiteMedSAM fine-tuned', 'consensus_box'))
else: sys.exit(__doc__)
print(g[g.chosen].to_string(), f'\n{time.time() - t0:.0f} s', flush=True)
