"""The code stays ruff clean (settings in pyproject.toml)."""

import shutil
import subprocess
import sys
from pathlib import Path

from tailor.settings import ROOT


def test_ruff_clean() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    out = subprocess.run([ruff, "check", str(ROOT)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
