"""How sure a measurement is: intervals for one score, paired tests for two techniques on
the same held-out rows, and how many rows would tell a gap apart from noise.

Accuracy gets a Wilson interval; per-row scores in [0, 1] (ROUGE-L) a bootstrap one. Two
classifiers on the same rows are compared with McNemar's exact test (only the rows where
they disagree carry information); generation with a paired bootstrap.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

Z95 = 1.959964  # two-sided 95%
Z80 = 0.841621  # one-sided, for 80% power


def wilson(successes: float, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion (stays inside [0, 1], sane at 0 and n)."""
    if n <= 0:
        return 0.0, 1.0
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def bootstrap(values: list[float], rounds: int = 2000, seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap interval for the mean of per-row scores."""
    if not values:
        return 0.0, 1.0
    rng = random.Random(seed)
    n = len(values)
    means = sorted(sum(values[rng.randrange(n)] for _ in range(n)) / n for _ in range(rounds))
    return means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1]


def interval(per_row: list[float], binary: bool) -> tuple[float, float]:
    """95% interval of the mean of per-row scores (1/0 for accuracy)."""
    return wilson(sum(per_row), len(per_row)) if binary else bootstrap(per_row)


@dataclass(frozen=True)
class Comparison:
    """Technique A against technique B on the same rows."""

    gap: float  # mean(A) - mean(B)
    p_value: float
    discordant: int  # rows where exactly one is right (classification)
    n: int

    @property
    def significant(self) -> bool:
        return self.p_value < 0.05


def mcnemar(a: list[float], b: list[float]) -> Comparison:
    """McNemar's exact test on paired right/wrong outcomes (1.0 = right)."""
    if len(a) != len(b):
        raise ValueError("paired outcomes must cover the same rows")
    a_only = sum(1 for x, y in zip(a, b, strict=True) if x >= 0.5 > y)
    b_only = sum(1 for x, y in zip(a, b, strict=True) if y >= 0.5 > x)
    n = a_only + b_only
    k = min(a_only, b_only)
    # Two-sided exact binomial test of k successes out of n at p = 1/2.
    p = min(1.0, 2 * sum(math.comb(n, i) for i in range(k + 1)) / 2**n) if n else 1.0
    gap = (sum(a) - sum(b)) / max(1, len(a))
    return Comparison(gap, p, n, len(a))


def paired_bootstrap(a: list[float], b: list[float], rounds: int = 2000, seed: int = 0
                     ) -> Comparison:
    """Two-sided paired bootstrap test of mean(a) - mean(b) on the same rows."""
    if len(a) != len(b):
        raise ValueError("paired scores must cover the same rows")
    diffs = [x - y for x, y in zip(a, b, strict=True)]
    n = len(diffs)
    gap = sum(diffs) / max(1, n)
    rng = random.Random(seed)
    centred = [d - gap for d in diffs]
    extreme = sum(abs(sum(centred[rng.randrange(n)] for _ in range(n)) / n) >= abs(gap)
                  for _ in range(rounds))
    return Comparison(gap, (extreme + 1) / (rounds + 1), sum(d != 0 for d in diffs), n)


def compare(a: list[float], b: list[float], binary: bool) -> Comparison:
    return mcnemar(a, b) if binary else paired_bootstrap(a, b)


def rows_to_resolve(gap: float, discordant_rate: float) -> int:
    """Held-out rows a paired test needs to tell a gap of this size from noise (5% level,
    80% power), given how often the two disagree (McNemar's sample size)."""
    d = abs(gap)
    if d <= 0:
        return 0
    p = max(discordant_rate, d)
    return math.ceil((Z95 * math.sqrt(p) + Z80 * math.sqrt(p - d * d)) ** 2 / (d * d))


def margin(n: int, p: float = 0.5) -> float:
    """Half-width of a 95% interval for an accuracy near p measured on n rows."""
    lo, hi = wilson(p * n, n)
    return (hi - lo) / 2
