"""``python -m needlejournal``: the same as the ``needlejournal`` command."""

from __future__ import annotations

import sys

from needlejournal.cli import main

if __name__ == "__main__":
    sys.exit(main())
