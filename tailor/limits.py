"""Limits on what one session may ask of the machine, from the environment.

Two presets: `local` (one founder on their own machine) and `public` (a Hugging Face Space or
a wiki panel: anonymous users, many at once, two CPU cores). `TAILOR_PRESET=public` picks the
second, and so does running on Spaces (it sets SPACE_ID). Any single limit can be set on its
own with its environment variable, e.g. `TAILOR_MAX_ROWS=500`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Limits:
    preset: str = "local"
    max_rows: int = 2000  # rows the lab keeps from an upload (drawn at random, with a note)
    max_upload_mb: float = 20.0
    max_tokens_per_example: int = 512  # longer inputs are cut for training and scoring
    max_steps: int = 500  # training steps per technique
    max_seconds_per_technique: float = 300.0
    max_seconds_per_trial: float = 900.0
    max_playground_chars: int = 2000
    session_ttl_hours: float = 24.0  # a session's files are removed after this long idle

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Limits:
        e = os.environ if env is None else env
        public = e.get("TAILOR_PRESET", "").lower() == "public" or (
            "SPACE_ID" in e and e.get("TAILOR_PRESET", "").lower() != "local")
        limits = PUBLIC if public else cls()
        changes = {}
        for f in fields(cls):
            raw = e.get(f"TAILOR_{f.name.upper()}")
            if raw is not None and f.name != "preset":
                try:
                    changes[f.name] = type(getattr(limits, f.name))(raw)
                except ValueError:
                    continue  # a malformed override keeps the preset's value
        return replace(limits, **changes)

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 2**20)


PUBLIC = Limits(preset="public", max_rows=500, max_upload_mb=2.0, max_tokens_per_example=256,
                max_steps=120, max_seconds_per_technique=60.0, max_seconds_per_trial=240.0,
                max_playground_chars=1000, session_ttl_hours=1.0)
