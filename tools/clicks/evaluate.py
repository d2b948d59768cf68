"""The click decoder on the test sets (issue 24): its rows and the clicks curves as parts, or `--merge` them into
outputs/metrics and outputs/figures: `lesion_sam.click_decoder.cli_evaluate` (`--help` for the options)."""
import sys
from lesion_sam.click_decoder import cli_evaluate

if __name__ == '__main__': sys.exit(cli_evaluate(sys.argv[1:]))
