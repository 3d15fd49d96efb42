"""`re`'s functions over a compile cache that holds every pattern the parser uses.

The parser has several hundred patterns, and builds more per message (one per noun it counts).
Together they overflow `re`'s own cache of 512, which then drops and recompiles the large
static ones: a third of the parse time went to compiling. Same names and arguments as `re`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

I = IGNORECASE = re.IGNORECASE  # noqa: E741 (the name re gives it)
Match = re.Match
Pattern = re.Pattern
escape = re.escape


@lru_cache(maxsize=8192)
def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:
    if isinstance(pattern, re.Pattern):
        return pattern
    return re.compile(pattern, flags)


def search(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).search(string)


def match(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: str | Pattern[str], string: str, flags: int = 0) -> Iterator[Match[str]]:
    return compile(pattern, flags).finditer(string)


def findall(pattern: str | Pattern[str], string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def sub(pattern: str | Pattern[str], repl: str | Callable[[Match[str]], str], string: str,
        count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def split(pattern: str | Pattern[str], string: str, maxsplit: int = 0,
          flags: int = 0) -> list[str]:
    return compile(pattern, flags).split(string, maxsplit)
