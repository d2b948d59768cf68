"""The colour-constancy ablation of the UNet (after tools/ham/unet_colour.sh): each arm's best checkpoint scored by
`evaluate_split` on ISIC 2017 val and HAM10000 val (the selection images, against their split masks), with the shipped starting point
(epoch 1 on ISIC 2017 + HAM10000) as the reference; writes outputs/metrics/unet_colour_constancy_ablation.csv.

    python tools/ham/colour_ablation.py          # score and write the table
    python tools/ham/colour_ablation.py --ship   # also ship the arm with the best val + ham_val Dice if it beats the shipped UNet
"""
import sys, time
import pandas as pd, torch
from lesion_sam.data import load_split, repo_root, atomic_csv
from lesion_sam.training import best_checkpoint, ship_checkpoint
from lesion_sam.unet import SHIPPED, TRAIN_LOG, evaluate_split, load_unet

torch.set_num_threads(int(sys.argv[sys.argv.index('--threads') + 1]) if '--threads' in sys.argv else 2)
OUT = repo_root()/'outputs/metrics/unet_colour_constancy_ablation.csv'
arms = {'shipped start (epoch 1, no colour constancy)': SHIPPED,
        'one more epoch, no colour constancy': best_checkpoint(repo_root()/'runs/unet_colour_none'),
        'one more epoch, Shades of Gray': best_checkpoint(repo_root()/'runs/unet_colour_sog')}
rows = []
for arm, path in arms.items():
    t0, model = time.time(), load_unet(path, device='cpu')
    info = model.checkpoint_info
    log = pd.read_csv(TRAIN_LOG if path == SHIPPED else path.parent/'unet_resnet34_log.csv')
    row = dict(arm=arm, colour_constancy=bool(info['config'].get('colour_constancy', False)), checkpoint=str(path.relative_to(repo_root())),
               val_dice_256=info['best_val_dice'], train_cpu_seconds=log.get('cpu_seconds', pd.Series(dtype=float)).sum() or None,
               train_seconds=log.seconds.sum())
    scores = {split: evaluate_split(model, load_split(split)).dice for split in ('val', 'ham_val')}
    row |= {f'{split}_dice': d.mean() for split, d in scores.items()} | dict(val_ham_val_dice=pd.concat(scores.values()).mean())
    rows.append(row); print(row, f'{time.time() - t0:.0f} s', flush=True)
table = pd.DataFrame(rows)
table['chosen'] = table.val_ham_val_dice == table.val_ham_val_dice.max()
atomic_csv(table, OUT)
print(table.to_string())
best = table[table.chosen].iloc[0]
if '--ship' in sys.argv and best.checkpoint != str(SHIPPED.relative_to(repo_root())):
    run = repo_root()/best.checkpoint
    keep = repo_root()/'outputs/metrics/unet_ham1_train_log.csv'  # the starting point's log, kept beside the new one
    if not keep.exists(): atomic_csv(pd.read_csv(TRAIN_LOG), keep)
    print('shipped', ship_checkpoint(run, run.parent/'unet_resnet34_log.csv', SHIPPED, TRAIN_LOG))
