"""Run the ``open-responses`` command: ``python -m open_responses``."""

from open_responses._cli import main

raise SystemExit(main())
