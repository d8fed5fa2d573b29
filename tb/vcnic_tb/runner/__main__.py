"""`python -m vcnic_tb.runner MODULE [-p NAME=VALUE ...] [--seed N] [--waves] [-k TEST]`."""

import sys

from .cli import main

sys.exit(main())
