"""Execute notebooks in place so their saved outputs carry results into the docs site.

    python tools/run_nbs.py nbs/00_data.ipynb [...] [--skip slow gpu]

Cells marked `#| eval: false` never run; cells with a flag given to `--skip` are left with the outputs
they had. The notebook is cleaned with `nbdev_clean` afterwards. Stops at the first failing cell.
"""
import argparse, os, sys
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory
from nbdev.frontmatter import FrontmatterProc
from nbdev.process import NBProcessor
from nbdev.clean import clean_nb

def run_nb(path: Path, skip: set):
    flagged = NBProcessor(path, procs=FrontmatterProc, process=True).nb.cells
    nb = read_nb(path)
    keep = set()
    for i, c in enumerate(flagged):
        d = getattr(c, 'directives_', {}) or {}
        if c.cell_type != 'code' or 'nbdev_export(' in c.source or d.get('eval:', [''])[0].lower() == 'false' or skip & d.keys(): keep.add(i)
    cells = nb.cells
    idx = {id(c): i for i, c in enumerate(cells)}
    shell = CaptureShell(path)
    with working_directory(path.parent):
        shell.run_all(nb, exc_stop=True, preproc=lambda c: idx[id(c)] in keep)
    write_nb(nb, path)
    os.system(f'{Path(sys.executable).parent}/nbdev_clean --fname {path}')

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('notebooks', nargs='+', type=Path)
    p.add_argument('--skip', nargs='*', default=[], help='flags of cells to leave unexecuted (keep their outputs)')
    a = p.parse_args()
    os.environ.setdefault('HF_HUB_OFFLINE', '1')
    for nbp in a.notebooks:
        print(f'running {nbp}', flush=True)
        run_nb(nbp.resolve(), set(a.skip))
