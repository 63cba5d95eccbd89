"""``python -m analysis.report``: run the notebook collection (see ``analysis.report.main``)."""

import sys

from . import main

sys.exit(main())
