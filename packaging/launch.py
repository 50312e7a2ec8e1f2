"""Entry point of the bundled app: the same as the ``needlejournal`` command."""

import sys

from needlejournal.cli import main

if __name__ == "__main__":
    sys.exit(main())
