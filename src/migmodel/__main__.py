"""``python -m migmodel``: the command line."""

import sys

from migmodel.cli import main

sys.exit(main())
