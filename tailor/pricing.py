"""Prices behind every cost Tailor shows, in one place: the advisor's estimate and the lab's
"per 1,000 requests" both price serving here. Every number is an assumption a founder can
read and change."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Serving(StrEnum):
    """How a technique's requests are paid for."""

    VENDOR = "vendor"  # a vendor's hosted base model, per token
    VENDOR_TUNED = "vendor_tuned"  # a vendor's fine-tuned model: a multiple of the base price
    SELF_HOSTED = "self_hosted"  # an open model on a rented GPU, amortised per token
    CPU = "cpu"  # a small classifier on an ordinary CPU server


@dataclass(frozen=True)
class Pricing:
    """Prices and rates (USD). Defaults are mid-2020s list prices."""

    vendor_training_per_m_tokens: float = 3.00  # a small hosted model's fine-tuning API
    vendor_input_per_m: float = 0.15  # base model, per 1M prompt tokens
    vendor_output_per_m: float = 0.60
    tuned_price_multiplier: float = 2.0  # vendors charge more per token for a tuned model
    # An open 7B-class model on one rented GPU serves about 2,500 tokens/s when it is busy;
    # a small product keeps it busy a quarter of the time, and the idle hours are paid too.
    serve_tokens_per_second: float = 2500.0
    gpu_utilisation: float = 0.25
    cpu_server_per_m_requests: float = 5.0  # an embedding classifier on a CPU server
    gpu_hour: float = 2.50  # one rented 80 GB data-centre GPU
    lora_tokens_per_second: float = 3000.0  # a 7B-class open model on that GPU
    full_ft_gpus: int = 4  # full fine-tuning needs optimizer state for every weight
    full_ft_slowdown: float = 1.5
    min_gpu_hours: float = 1.0  # rentals bill at least an hour
    epochs: int = 3
    few_shot_k: int = 4  # demonstrations in a few-shot prompt
    instruction_tokens: int = 150
    output_tokens: int = 100
    engineer_day: float = 800.0  # loaded cost of one engineer-day
    default_monthly_requests: int = 10_000

    @property
    def self_hosted_per_m(self) -> float:
        """Dollars per 1M tokens on a rented GPU at the stated utilisation."""
        return self.gpu_hour / (self.serve_tokens_per_second * 3600 * self.gpu_utilisation) \
            * 1e6

    def per_request(self, prompt_tokens: float, serving: Serving,
                    output_tokens: float | None = None) -> float:
        """Dollars for one request: its prompt plus a short answer."""
        out = self.output_tokens if output_tokens is None else output_tokens
        if serving == Serving.CPU:
            return self.cpu_server_per_m_requests / 1e6
        if serving == Serving.SELF_HOSTED:
            return (prompt_tokens + out) * self.self_hosted_per_m / 1e6
        mult = self.tuned_price_multiplier if serving == Serving.VENDOR_TUNED else 1.0
        return (prompt_tokens * self.vendor_input_per_m
                + out * self.vendor_output_per_m) * mult / 1e6

    def per_1k(self, prompt_tokens: float, serving: Serving) -> float:
        """Dollars for 1,000 requests, rounded for display."""
        return round(1000 * self.per_request(prompt_tokens, serving), 4)
