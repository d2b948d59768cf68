#!/usr/bin/env bash
# System packages for the demo's browser test (nbs/07_demo.ipynb, `#| slow`): Debian's headless-capable
# Chromium, the matching ChromeDriver (Selenium drives it), and a font for the screenshot.
# Python side: pip install -e '.[demo]' plus the dev requirements (selenium).
# Usage (Debian/Ubuntu, as root or with sudo): tools/install_browser.sh
set -euo pipefail
SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium chromium-driver fonts-dejavu-core
chromium --version
chromedriver --version
