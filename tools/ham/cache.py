# Fill the bf16 (default-engine) LiteMedSAM embedding cache for the ISIC+HAM training, selection and test images.
# usage: python tools/ham/cache.py [--threads N] [JOB ...]   (JOB: ham_val val train ham_test test isic2017_val; default all)
import argparse, time
from lesion_sam.data import training_pairs, load_split
from lesion_sam.segmenters import LiteMedSAM, EmbeddingCache, fill_cache
from lesion_sam.engines import use_engine, DEFAULT_ENGINE
ap = argparse.ArgumentParser(); ap.add_argument('--threads', type=int, default=2); ap.add_argument('jobs', nargs='*')
args = ap.parse_args()
seg = use_engine(LiteMedSAM(cache=EmbeddingCache()), *DEFAULT_ENGINE, args.threads)
jobs = [('ham_val', list(load_split('ham_val').image)), ('val', list(load_split('val').image)),
        ('train', list(training_pairs(['train', 'ham_train'], per_split=1600).image)),
        ('ham_test', list(load_split('ham_test').image)), ('test', list(load_split('test').image)),
        ('isic2017_val', list(load_split('isic2017_val').image))]
for name, imgs in jobs:
    if args.jobs and name not in args.jobs: continue
    t0 = time.time(); r = fill_cache(seg, imgs, progress=False)
    print(f'{name}: {r["encoded"]} encoded, {r["cached"]} cached, {len(r["failed"])} failed, {time.time()-t0:.0f} s', flush=True)
