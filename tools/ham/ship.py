"""Ship the embedding localizer retrained on ISIC 2017 + HAM10000 and choose the box rules on val + ham_val.

    python tools/ham/ship.py localizer   # after tools/ham/localizer.sh: ship it, choose the embedding box rule (zero-shot LiteMedSAM)
    python tools/ham/ship.py consensus   # choose the consensus box rule (shipped UNet + embedding localizer, fine-tuned decoder)
    python tools/ham/ship.py box         # after tools/ham/efficientnet.sh: ship the EfficientNet-B0 box regressor, choose the
                                         # margins of its box and of its Grad-CAM box (zero-shot LiteMedSAM)
    python tools/ham/ship.py gradcam     # only the Grad-CAM box's margin (to run beside `box --no-gradcam` on the other core)
    python tools/ham/ship.py student_embedding [--run DIR]  # `--student`: ship the head trained on the student's embeddings from DIR
                                         # (`lesion_sam train localizer --kind embedding --encoder lesion_sam.student:use_student --out DIR`),
                                         # then choose its embedding box rule (student encoder + its fine-tuned decoder)
    python tools/ham/ship.py student_consensus  # `--student`: choose the consensus box rule of that head + the shipped UNet
    (localizer --no-ship: only choose the rule for what is shipped; the UNet is shipped by tools/ham/colour_ablation.py;
     --margins M ... / --thresholds T ...: a smaller grid than the default margins 0-16 x thresholds 0.4-0.6)

The rule searches can run side by side (one core each): each computes its grid, then stores its choice in the
localizer checkpoint and the grid CSV under a file lock.
"""
import fcntl, shutil, sys, tempfile, time
from pathlib import Path
import torch; torch.set_num_threads(1)
import pandas as pd
from lesion_sam.data import training_pairs, atomic_csv
from lesion_sam.segmenters import LiteMedSAM, EmbeddingCache
from lesion_sam.engines import use_engine, DEFAULT_ENGINE
from lesion_sam.training import best_checkpoint, load_checkpoint, ship_checkpoint
from lesion_sam.localizer import (EMBEDDING_SHIPPED, STUDENT_EMBEDDING_SHIPPED, REGRESSOR_SHIPPED, METRICS_DIR, load_embedding_localizer,
                                  load_consensus_localizer, load_box_localizers, load_student_localizer, load_student_consensus_localizer)
from lesion_sam.localizer_training import choose_prompt_settings, set_prompt_settings
from lesion_sam.finetune import load_finetuned, load_decoder
from lesion_sam.data import SHIPPED_CHECKPOINTS

def student_segmenter():
    "What `build_pipeline(student=True)` segments with: the student encoder (cached embeddings) and the decoder fine-tuned on them."
    from lesion_sam.student import use_student
    seg = use_student(LiteMedSAM(cache=EmbeddingCache()))
    load_decoder(seg, SHIPPED_CHECKPOINTS['student_decoder'])
    return seg

def option(name: str, default: tuple) -> tuple:
    "The numbers after `--name` on the command line, or the default."
    if name not in sys.argv: return default
    i = sys.argv.index(name) + 1
    vals = []
    while i < len(sys.argv) and not sys.argv[i].startswith('--'): vals.append(float(sys.argv[i])); i += 1
    return tuple(vals)

MARGINS, THRESHOLDS = option('--margins', (0, 4, 8, 12, 16)), option('--thresholds', (0.4, 0.5, 0.6))
GRID, STUDENT_GRID = METRICS_DIR/'prompt_settings_val.csv', METRICS_DIR/'student_prompt_settings_val.csv'

def choose(seg, localizer, source: str, localizer_name: str, segmenter_name: str, shipped=EMBEDDING_SHIPPED, thresholds=THRESHOLDS,
           grid=GRID) -> pd.DataFrame:
    "`choose_prompt_settings` on val + ham_val, on a copy of the checkpoint; the choice and the grid are then stored under a lock."
    val = training_pairs(['val', 'ham_val'])
    with tempfile.TemporaryDirectory() as d:
        own = Path(d)/shipped.name; shutil.copy(shipped, own)
        g = choose_prompt_settings(seg, val, localizer, own, source, MARGINS, thresholds, progress=False)
        chosen = load_checkpoint(own, keys=('config',))['prompt'][source]
    g = g.assign(localizer=localizer_name, segmenter=segmenter_name, source=source, selection='val + ham_val', n_val=len(val))
    with open(Path(tempfile.gettempdir())/'lesion_sam_prompt_settings.lock', 'w') as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        set_prompt_settings(shipped, source, **chosen)
        old = pd.read_csv(grid) if grid.exists() else pd.DataFrame()
        if len(old): old = old[old.source != source]
        atomic_csv(pd.concat([old, g], ignore_index=True), grid)
    return g

what, t0 = sys.argv[1], time.time()
if what == 'localizer':
    log = METRICS_DIR/'embedding_localizer_train_log.csv'
    if not (METRICS_DIR/'embedding_localizer_isic_train_log.csv').exists(): shutil.copy(log, METRICS_DIR/'embedding_localizer_isic_train_log.csv')
    if '--no-ship' not in sys.argv: print('shipped', ship_checkpoint(best_checkpoint('runs/localizer_ham'), 'runs/localizer_ham/embedding_localizer_log.csv', EMBEDDING_SHIPPED, log))
    lite = use_engine(LiteMedSAM(cache=EmbeddingCache()), *DEFAULT_ENGINE, 1)
    g = choose(lite, load_embedding_localizer(), 'embedding_box', 'embedding localizer', 'LiteMedSAM')
elif what == 'consensus':
    ft = use_engine(load_finetuned(cache=EmbeddingCache()), *DEFAULT_ENGINE, 1)
    g = choose(ft, load_consensus_localizer(), 'consensus_box', 'consensus localizer', 'LiteMedSAM fine-tuned')
elif what == 'box':
    log = METRICS_DIR/'efficientnet_b0_box_train_log.csv'
    if not (METRICS_DIR/'efficientnet_b0_box_isic_train_log.csv').exists(): shutil.copy(log, METRICS_DIR/'efficientnet_b0_box_isic_train_log.csv')
    if '--no-ship' not in sys.argv: print('shipped', ship_checkpoint(best_checkpoint('runs/efficientnet_ham'), 'runs/efficientnet_ham/efficientnet_b0_box_log.csv', REGRESSOR_SHIPPED, log))
    lite = use_engine(LiteMedSAM(cache=EmbeddingCache()), *DEFAULT_ENGINE, 1)
    box, cam = load_box_localizers()
    g = pd.concat([choose(lite, box, 'auto_box', 'EfficientNet-B0 box', 'LiteMedSAM', REGRESSOR_SHIPPED, None)] +
                  ([] if '--no-gradcam' in sys.argv else [choose(lite, cam, 'gradcam_box', 'Grad-CAM box', 'LiteMedSAM', REGRESSOR_SHIPPED, None)]),
                  ignore_index=True)
elif what == 'gradcam':
    lite = use_engine(LiteMedSAM(cache=EmbeddingCache()), *DEFAULT_ENGINE, 1)
    g = choose(lite, load_box_localizers()[1], 'gradcam_box', 'Grad-CAM box', 'LiteMedSAM', REGRESSOR_SHIPPED, None)
elif what == 'student_embedding':
    if '--run' in sys.argv:
        run = Path(sys.argv[sys.argv.index('--run') + 1])
        print('shipped', ship_checkpoint(best_checkpoint(run), run/'embedding_localizer_log.csv', STUDENT_EMBEDDING_SHIPPED,
                                         METRICS_DIR/'student_embedding_localizer_train_log.csv'))
    g = choose(student_segmenter(), load_student_localizer(), 'embedding_box', 'student embedding localizer', 'LiteMedSAM student fine-tuned',
               STUDENT_EMBEDDING_SHIPPED, grid=STUDENT_GRID)
elif what == 'student_consensus':
    g = choose(student_segmenter(), load_student_consensus_localizer(), 'consensus_box', 'student consensus localizer',
               'LiteMedSAM student fine-tuned', STUDENT_EMBEDDING_SHIPPED, grid=STUDENT_GRID)
else: sys.exit(__doc__)
print(g[g.chosen].to_string(), f'\n{time.time() - t0:.0f} s', flush=True)
