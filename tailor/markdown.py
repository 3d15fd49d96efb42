"""Markdown tables, one way everywhere (CLI, card, report)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tabulate import tabulate

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """A cell a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
    apostrophe, so an exported file cannot carry a formula (CSV injection, OWASP)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A GitHub-flavoured markdown table; pipes inside cells are escaped."""
    def cell(value: Any) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    return tabulate([[cell(v) for v in row] for row in rows], headers=[cell(h) for h in headers],
                    tablefmt="github", disable_numparse=True)
