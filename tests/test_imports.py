"""The package's import structure (issue 27): no cycle among its modules, no private name imported across
modules, no module imports an experiment, and the README's module table lists every notebook.

Imports inside functions count too: a cycle through a function-level import still ties two modules together.
"""
import ast, re
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT/'lesion_sam'
MODULES = {p.stem: p for p in PKG.glob('*.py') if p.stem not in ('__init__', '_modidx')}

def imports(path: Path) -> list[tuple[str, list[str]]]:
    "(module of the package, names) for each import of the package in `path`; names is [] for `import lesion_sam.x`."
    out = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            mod = node.module or ''
            if node.level == 1: target = mod.split('.')[0] or None
            elif mod.startswith('lesion_sam.'): target = mod.split('.')[1]
            else: continue
            if target: out.append((target, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            out += [(a.name.split('.')[1], []) for a in node.names if a.name.startswith('lesion_sam.')]
    return out

def graph() -> dict[str, set[str]]:
    return {m: {t for t, _ in imports(p) if t != m} for m, p in MODULES.items()}

def find_cycle(g: dict[str, set[str]]) -> list[str]|None:
    "One cycle of `g` as a list of modules, or None."
    state, stack = {}, []
    def visit(m):
        state[m] = 'open'; stack.append(m)
        for n in sorted(g.get(m, ())):
            if state.get(n) == 'open': return stack[stack.index(n):] + [n]
            if n not in state and (c := visit(n)): return c
        state[m] = 'done'; stack.pop()
    for m in sorted(g):
        if m not in state and (c := visit(m)): return c
    return None

def test_find_cycle_finds_one():
    assert find_cycle({'a': {'b'}, 'b': {'c'}, 'c': {'a'}}) == ['a', 'b', 'c', 'a']
    assert find_cycle({'a': {'b'}, 'b': set()}) is None

def test_no_import_cycle():
    c = find_cycle(graph())
    assert c is None, 'import cycle: ' + ' → '.join(c)

def test_no_private_name_across_modules():
    bad = [f'{m} imports {n} from {t}' for m, p in MODULES.items() for t, names in imports(p)
           for n in names if n.startswith('_') and not n.startswith('__')]
    assert not bad, '; '.join(bad)

def test_no_module_imports_an_experiment():
    exp = {p.stem for p in (ROOT/'nbs/experiments').glob('*.ipynb')}
    bad = [f'{m}: {t}' for m, p in MODULES.items() for t, _ in imports(p) if t not in MODULES]
    assert not bad, f'imports of something that is not a package module: {bad}'
    text = {m: p.read_text() for m, p in MODULES.items()}
    bad = [f'{m} mentions experiments/{e}' for m, t in text.items() for e in exp if re.search(rf'experiments[/.]{e}\b', t)]
    assert not bad, bad

def test_readme_lists_every_notebook():
    readme = (ROOT/'README.md').read_text()
    nbs = [p for p in (ROOT/'nbs').rglob('*.ipynb') if p.stem != 'index' and not p.name.startswith('_') and '.ipynb_checkpoints' not in p.parts]
    missing = [str(p.relative_to(ROOT/'nbs').with_suffix('')) for p in nbs
               if f'`{p.relative_to(ROOT/"nbs").with_suffix("")}`' not in readme]
    assert not missing, f'the README\'s notebook table lacks {missing} (edit nbs/index.ipynb, then tools/make_readme.py)'
