"""Train the click decoder (issue 24): `lesion_sam.click_decoder.cli_train` (`--help` for the options)."""
import sys
from lesion_sam.click_decoder import cli_train

if __name__ == '__main__': sys.exit(cli_train(sys.argv[1:]))
