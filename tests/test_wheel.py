"""The package works when installed from a wheel, outside the checkout (issue 27).

The wheel is built from a copy of the package's sources, installed without dependencies into a fresh virtual
environment in a temporary folder (its dependencies come from this environment's site-packages through a `.pth`
line, which adds the folder without running this environment's editable-install hook), and `lesion_sam segment`
runs there from a folder outside any clone: with `LESION_SAM_HOME` set to the clone it segments a bundled image;
without it, it fails with an error that names the missing checkpoint and the setting.
"""
import os, shutil, subprocess, sys, sysconfig, tempfile
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
IMAGE = ROOT/'data/isic2017-256/val/images/ISIC_0001769.jpg'

def run(cmd: list, cwd: Path, env: dict|None=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)

@pytest.fixture(scope='module')
def wheel_env():
    tmp = Path(tempfile.mkdtemp(prefix='lesion_sam_wheel_'))
    src = tmp/'src'; src.mkdir()
    for f in ('setup.py', 'settings.ini', 'README.md'): shutil.copy(ROOT/f, src)
    shutil.copytree(ROOT/'lesion_sam', src/'lesion_sam', ignore=shutil.ignore_patterns('__pycache__'))
    r = run([sys.executable, '-m', 'pip', 'wheel', '--no-deps', '--no-build-isolation', '-q', '-w', tmp/'dist', '.'], src)
    if r.returncode != 0:  # this environment's setuptools cannot build wheels (too old): build in pip's isolated environment
        r = run([sys.executable, '-m', 'pip', 'wheel', '--no-deps', '-q', '-w', tmp/'dist', '.'], src)
    assert r.returncode == 0, r.stderr[-3000:]
    wheels = list((tmp/'dist').glob('lesion_sam-*.whl'))
    assert len(wheels) == 1, wheels
    venv = tmp/'venv'
    r = run([sys.executable, '-m', 'venv', '--without-pip', venv], tmp); assert r.returncode == 0, r.stderr
    py = venv/'bin/python'
    site = Path(run([py, '-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], tmp).stdout.strip())
    (site/'_lesion_sam_deps.pth').write_text(sysconfig.get_paths()['purelib'] + '\n')
    r = run([sys.executable, '-m', 'pip', '--python', py, 'install', '--no-deps', '-q', wheels[0]], tmp)
    assert r.returncode == 0, r.stderr[-3000:]
    env = {k: v for k, v in os.environ.items() if k not in ('LESION_SAM_HOME', 'LESION_SAM_DATA', 'PYTHONPATH')}
    env.update(LESION_SAM_CACHE=str(tmp/'cache'), HF_HUB_OFFLINE='1')
    work = tmp/'work'; work.mkdir()
    yield venv, work, env
    shutil.rmtree(tmp, ignore_errors=True)

def test_installed_from_the_wheel(wheel_env):
    venv, work, env = wheel_env
    r = run([venv/'bin/python', '-c', 'import lesion_sam.pipeline as p; print(p.__file__)'], work, env)
    assert r.returncode == 0, r.stderr[-3000:]
    assert Path(r.stdout.strip()).is_relative_to(venv), f'imported from {r.stdout.strip()}, not from the wheel in {venv}'

def test_segments_with_lesion_sam_home(wheel_env):
    venv, work, env = wheel_env
    r = run([venv/'bin/lesion_sam', 'segment', IMAGE, '--out', work/'out'], work, {**env, 'LESION_SAM_HOME': str(ROOT)})
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-3000:]
    mask = work/'out'/f'{IMAGE.stem}_segmentation.png'
    assert mask.is_file() and mask.stat().st_size > 0, sorted(p.name for p in (work/'out').iterdir())

def test_outside_a_clone_says_what_to_set(wheel_env):
    venv, work, env = wheel_env
    r = run([venv/'bin/lesion_sam', 'segment', IMAGE, '--out', work/'out2'], work, env)
    assert r.returncode != 0
    assert "set LESION_SAM_HOME" in r.stderr + r.stdout, r.stderr[-3000:]
    assert "Traceback" not in r.stderr, r.stderr[-3000:]  # a clear message, not a crash
