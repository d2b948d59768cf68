"""Render the notebooks to HTML offline, as the docs site shows them, and screenshot the result pages.

Quarto (which builds the real site in .github/workflows/deploy.yaml) cannot be installed on the
development machines, so this is the local check: nbconvert renders each notebook's saved outputs
with the same cell directives honoured (`#| hide` drops a cell, `#| echo: false` drops its code,
`#| export` code is shown as in nbdev's pages), and headless Chromium opens the pages.

    python tools/render_pages.py                       # every notebook -> _site_offline/*.html
    python tools/render_pages.py --screenshot 05_benchmark 05a_speed 06_sensitivity index

Screenshots go to outputs/site_check/<page>.jpg: each result page from its results section on, 800 px wide. The script fails when a
page has an error output, when an `outputs/figures/*.png` shown by a notebook is missing from its
page, or when a result page has no table."""
import argparse, re, shutil, sys, tempfile
from pathlib import Path
import nbformat
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor

ROOT = Path(__file__).resolve().parents[1]
SITE, SHOTS = ROOT/'_site_offline', ROOT/'outputs/site_check'

def tag_directives(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    "Turn Quarto/nbdev cell directives into nbconvert tags; drop the directive lines from shown code."
    for c in nb.cells:
        if c.cell_type != 'code': continue
        tags = set(c.metadata.get('tags', []))
        if re.search(r'^#\|\s*hide\b', c.source, re.M): tags.add('remove_cell')
        if re.search(r'^#\|\s*echo:\s*false', c.source, re.M): tags.add('remove_input')
        if re.search(r'^#\|\s*output:\s*false', c.source, re.M): tags.add('remove_output')
        c.source = re.sub(r'^#\|.*\n?', '', c.source, flags=re.M).strip()
        if not c.source and not c.get('outputs'): tags.add('remove_cell')  # a bare `#| default_exp` cell
        c.metadata['tags'] = sorted(tags)
    return nb

def render(nb_path: Path, out_dir: Path=SITE) -> tuple[Path, list[str]]:
    "Write one page; return it and the problems found in the notebook's saved outputs."
    nb = tag_directives(nbformat.read(nb_path, as_version=4))
    problems = [f'{nb_path.name}: error output in a cell: {o.get("ename")}: {o.get("evalue")}'
                for c in nb.cells if c.cell_type == 'code' and 'remove_cell' not in c.metadata.tags
                for o in c.get('outputs', []) if o.get('output_type') == 'error']
    rm = TagRemovePreprocessor(remove_cell_tags={'remove_cell'}, remove_input_tags={'remove_input'},
                               remove_all_outputs_tags={'remove_output'}, enabled=True)
    exporter = HTMLExporter(template_name='lab', embed_images=True, exclude_input_prompt=True, exclude_output_prompt=True)
    exporter.register_preprocessor(rm, enabled=True)
    html, _ = exporter.from_notebook_node(nb, resources={'metadata': {'name': nb_path.stem, 'path': str(nb_path.parent)}})  # markdown images: figures/ -> outputs/figures
    out_dir.mkdir(parents=True, exist_ok=True)
    page = out_dir/f'{nb_path.stem}.html'
    page.write_text(html)
    return page, problems

def check_page(driver, page: Path, nb_path: Path) -> list[str]:
    "Open the page in Chromium: it must have a title, its figures must be drawn, a result page must show a table."
    from selenium.webdriver.common.by import By
    driver.get(page.as_uri())
    problems = []
    if not driver.find_elements(By.TAG_NAME, 'h1'): problems.append(f'{page.name}: no title')
    imgs = driver.find_elements(By.TAG_NAME, 'img')
    broken = [i for i in imgs if not driver.execute_script('return arguments[0].complete && arguments[0].naturalWidth > 0', i)]
    if broken: problems.append(f'{page.name}: {len(broken)} of {len(imgs)} images not drawn')
    shown = set(re.findall(r"figures/([\w.-]+\.png)", nb_path.read_text()))
    if shown and len(imgs) < 1: problems.append(f'{page.name}: the notebook shows {sorted(shown)} but the page has no image')
    if nb_path.stem in RESULT_PAGES and not driver.find_elements(By.TAG_NAME, 'table'): problems.append(f'{page.name}: no results table')
    return problems

RESULT_PAGES = ('index', '05_benchmark', '05a_speed', '06_sensitivity')

RESULT_SECTIONS = {'01_unet': 'The shipped UNet', '05_benchmark': 'Results on three test sets', '04_medsam_finetune': 'The shipped decoder',
                   '05a_speed': 'The committed run', '06_sensitivity': 'The committed run'}  # where a page's results start

def screenshot(driver, page: Path, out: Path, width: int=800, height: int=9000) -> Path:
    "Screenshot (Chromium's own capture) of a page from its results section on, at most `height` px, as a JPEG `width` px wide."
    from PIL import Image
    from selenium.webdriver.common.by import By
    import base64, io
    driver.get(page.as_uri())
    h = driver.execute_script('return document.documentElement.scrollHeight')
    driver.execute_cdp_cmd('Emulation.setDeviceMetricsOverride', dict(width=1200, height=min(h, 30000), deviceScaleFactor=1, mobile=False))
    section = RESULT_SECTIONS.get(page.stem)
    heads = [e for e in driver.find_elements(By.CSS_SELECTOR, 'h2') if section and e.text.strip().rstrip('¶').strip() == section]
    top = heads[0].location['y'] - 20 if heads else 0
    png = driver.execute_cdp_cmd('Page.captureScreenshot', dict(format='png', captureBeyondViewport=True))['data']
    im = Image.open(io.BytesIO(base64.b64decode(png))).convert('RGB')
    im = im.crop((0, top, im.width, min(im.height, top + height)))
    im = im.resize((width, round(im.height*width/im.width)), Image.LANCZOS)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix('.tmp.jpg'); im.save(tmp, quality=65, optimize=True); tmp.replace(out)
    return out

def chromium(user_dir: Path):
    "Headless Chromium with no network of its own (Debian's chromium + chromedriver: tools/install_browser.sh)."
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    binary = next((b for b in ('/usr/lib/chromium/chromium', shutil.which('chromium')) if b and Path(b).is_file()), None)
    driver = shutil.which('chromedriver')
    if not (binary and driver): sys.exit('chromium/chromedriver not found: run tools/install_browser.sh')
    o = webdriver.ChromeOptions(); o.binary_location = binary
    for a in ('--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
              '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', f'--user-data-dir={user_dir}', '--window-size=1200,1000'):
        o.add_argument(a)
    return webdriver.Chrome(service=Service(driver), options=o)

def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('notebooks', nargs='*', help='notebook names (default: all in nbs/)')
    p.add_argument('--screenshot', action='store_true', help='also open the pages in headless Chromium, check them and screenshot them')
    a = p.parse_args(argv)
    nbs = [ROOT/'nbs'/f'{n}.ipynb' for n in a.notebooks] if a.notebooks else sorted((ROOT/'nbs').glob('*.ipynb'))
    pages, problems = [], []
    for nb in nbs:
        page, pr = render(nb); pages.append((nb, page)); problems += pr
        print(f'{page.relative_to(ROOT)}: {page.stat().st_size/1e6:.1f} MB')
    if a.screenshot:
        driver = chromium(Path(tempfile.mkdtemp()))
        try:
            for nb, page in pages:
                problems += check_page(driver, page, nb)
                print(f'screenshot {screenshot(driver, page, SHOTS/f"{nb.stem}.jpg").relative_to(ROOT)}')
        finally: driver.quit()
    for pr in problems: print('PROBLEM', pr, file=sys.stderr)
    return 1 if problems else 0

if __name__ == '__main__': sys.exit(main())
