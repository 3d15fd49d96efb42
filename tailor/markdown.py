"""Markdown tables, one way everywhere (CLI, card, report)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tabulate import tabulate


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A GitHub-flavoured markdown table; pipes inside cells are escaped."""
    def cell(value: Any) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    return tabulate([[cell(v) for v in row] for row in rows], headers=[cell(h) for h in headers],
                    tablefmt="github", disable_numparse=True)
