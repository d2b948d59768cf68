"""Notebook outputs stay small: figures are files under `outputs/figures/` linked from markdown, not embedded
outputs that every rerun would add to git history again. A notebook over the budget fails with its size."""
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
BUDGET_KB = 300  # per notebook, outputs included

@pytest.mark.parametrize('nb', sorted(ROOT.glob('nbs/**/*.ipynb')), ids=lambda p: str(p.relative_to(ROOT/'nbs')))
def test_notebook_size(nb):
    kb = nb.stat().st_size/1024
    assert kb <= BUDGET_KB, f'{nb.relative_to(ROOT)} is {kb:.0f} KB, over the {BUDGET_KB} KB budget: save figures to outputs/figures/ and link them'
