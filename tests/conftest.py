"""The tests' environment: every test session gets its own temporary folder for the embedding cache, the compiled
engines and every temporary file the notebooks make (`TMPDIR`), removed at the end, so the tests neither write to
`~/.cache` nor leave folders in `/tmp`. Each notebook runs in its own process (tests/test_notebooks.py), so an
environment variable one notebook sets cannot reach the next.

`LESION_SAM_TEST_CACHE=keep` runs against the user's own caches instead (the slow cells of `make test-slow` read
embeddings that take hours to make); their results still go to temporary folders.
"""
import os, shutil, tempfile
from pathlib import Path
import pytest

CACHE_VARS = ('LESION_SAM_CACHE', 'LESION_SAM_ENGINES')  # the embedding cache, the compiled engines

@pytest.fixture(scope='session', autouse=True)
def test_environment():
    root = Path(tempfile.mkdtemp(prefix='lesion_sam_tests_'))
    saved = {k: os.environ.get(k) for k in (*CACHE_VARS, 'TMPDIR', 'MPLCONFIGDIR')}
    os.environ.update(TMPDIR=str(root/'tmp'), MPLCONFIGDIR=str(root/'matplotlib'))
    (root/'tmp').mkdir()
    if os.environ.get('LESION_SAM_TEST_CACHE') != 'keep':
        os.environ.update(LESION_SAM_CACHE=str(root/'embeddings'), LESION_SAM_ENGINES=str(root/'engines'))
    tempfile.tempdir = None  # recomputed from TMPDIR by the next call
    try: yield root
    finally:
        for k, v in saved.items():
            if v is None: os.environ.pop(k, None)
            else: os.environ[k] = v
        tempfile.tempdir = None
        shutil.rmtree(root, ignore_errors=True)
