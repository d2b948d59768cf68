"""The test suite is the notebooks' inline tests: one pytest item per notebook in `nbs/` and `nbs/experiments/`.

Each notebook runs top to bottom in a fresh IPython shell (execnb), skipping cells flagged with the
`tst_flags` of settings.ini (`#| slow`, `#| gpu`, `#| local`) and `#| eval: false` cells, exactly as
`nbdev_test` does. `#| local` marks a cell that needs a training run's checkpoints under `runs/` (not committed,
so absent from a clean clone; the notebook gives the command that makes them): `make test-slow` skips it.
Every notebook runs in its own Python process (as `nbdev_test` does), so one notebook's threads, engines and
signal handlers cannot crash the next. A failing cell fails the item with the notebook's
name and the cell's traceback. Run the slow cells too with `LESION_SAM_TEST_FLAGS=slow` (space-separated
flags to force).
"""
import os, subprocess, sys
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
NBS = sorted(p for p in [*(ROOT/'nbs').glob('*.ipynb'), *(ROOT/'nbs/experiments').glob('*.ipynb')] if not p.name.startswith('_'))

def _skip_flags() -> set:
    from nbdev.config import get_config
    flags = set(str(get_config(path=ROOT).get('tst_flags', '')).split('|')) - {''}
    return flags - set(os.environ.get('LESION_SAM_TEST_FLAGS', '').split())

def run_notebook(nb_path: Path) -> int:
    "Run one notebook's tests in this process; print the failing cell's traceback and return 1 on failure."
    from execnb.shell import CaptureShell
    from fastcore.xtras import working_directory
    from nbdev.frontmatter import FrontmatterProc
    from nbdev.process import NBProcessor
    os.environ['IN_TEST'] = '1'
    os.environ.setdefault('HF_HUB_OFFLINE', '1')
    flags = _skip_flags()
    nb = NBProcessor(nb_path, procs=FrontmatterProc, process=True).nb
    def _skip(cell):
        if cell.cell_type != 'code' or 'nbdev_export(' in cell.source: return True
        direc = getattr(cell, 'directives_', {}) or {}
        if direc.get('eval:', [''])[0].lower() == 'false': return True
        return bool(flags & direc.keys())
    shell = CaptureShell(nb_path)
    try:
        with working_directory(nb_path.parent): shell.run_all(nb, exc_stop=True, preproc=_skip)
    except Exception:
        print(f'{nb_path.name} failed:\n{shell.prettytb(fname=nb_path)}', flush=True)
        return 1
    return 0

@pytest.mark.parametrize('nb_path', NBS, ids=[str(p.relative_to(ROOT/'nbs').with_suffix('')) for p in NBS])
def test_notebook(nb_path: Path):
    r = subprocess.run([sys.executable, __file__, str(nb_path)], capture_output=True, text=True)
    if r.returncode != 0:
        why = f'exit status {r.returncode}' + (f' (signal {-r.returncode})' if r.returncode < 0 else '')
        pytest.fail(f'{nb_path.name}: {why}\n{r.stdout[-20000:]}\n{r.stderr[-5000:]}', pytrace=False)

if __name__ == '__main__': sys.exit(run_notebook(Path(sys.argv[1])))
