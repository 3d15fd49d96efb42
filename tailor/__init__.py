"""What the advisor, the adapters and the lab all need: settings from the environment, the one
error class users see, the bundled sentence embedder, serving prices and markdown tables.

Dependencies point one way: `advisor/` and `adapters/` import from here, never each other;
`lab/` and `app.py` sit on top of all three.
"""

from tailor.errors import TailorError
from tailor.settings import ROOT, Settings

__all__ = ["ROOT", "Settings", "TailorError"]
