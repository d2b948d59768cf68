# The two commands a fresh machine needs (see README): `make benchmark` and `make test`.
# Each creates the virtual environment and installs the pinned requirements on first use.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install benchmark test test-slow export clean-nbs

$(STAMP): setup.py settings.ini
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## The main job: every benchmark row on the three bundled test sets (ISIC 2017 test split, official ISIC 2017
## validation images, HAM10000 test split), CSVs and figures into outputs/.
benchmark: $(STAMP)
	$(BIN)/lesion_sam benchmark
	$(BIN)/lesion_sam benchmark --split isic2017_val --no-sensitivity
	$(BIN)/lesion_sam benchmark --split ham_test --no-sensitivity

## The test suite: every notebook's inline tests (cells flagged slow/gpu are skipped).
test: $(STAMP)
	$(BIN)/python -m pytest tests

## The same, with the slow cells run too (real-data evaluations, the demo's headless-Chromium test:
## tools/install_browser.sh installs Chromium with apt).
## On empty embedding caches (a fresh machine) several notebooks first encode the 1,600 training images with the
## fp32 PyTorch encoder (about 35 min), so expect well over an hour; later runs reuse ~/.cache/lesion_sam.
test-slow: $(STAMP)
	command -v chromium >/dev/null || bash tools/install_browser.sh
	LESION_SAM_TEST_FLAGS="slow" LESION_SAM_TEST_CACHE=keep $(BIN)/python -m pytest tests

export: $(STAMP)
	$(BIN)/nbdev_export

clean-nbs: $(STAMP)
	$(BIN)/nbdev_clean
