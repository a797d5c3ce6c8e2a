"""`python -m orgdoc …`: the same command as `orgdoc …`."""

import sys

from orgdoc.cli import main

if __name__ == "__main__":  # not again in a worker started by spawn or a fork server
    sys.exit(main())
