"""`python -m vcnic_tb.bench ...` = `vcnic bench ...`."""

import sys

from .cli import main

sys.exit(main())
