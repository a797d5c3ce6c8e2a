"""`python -m orgdoc …`: the same command as `orgdoc …`."""

import sys

from orgdoc.cli import main

sys.exit(main())
