"""What one session or one anonymous caller can reach: only its own files, only safe model
formats. Over real HTTP against the launched app, and on real files."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from lab.state import LabState, sweep
from tailor.errors import TailorError
from tailor.settings import ROOT


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_another_sessions_files_cannot_be_fetched_by_path(url: str) -> None:
    other = LabState()
    secret = other.folder / "runs" / "lora" / "adapter_config.json"
    secret.parent.mkdir(parents=True)
    secret.write_text("{}")
    for path in (secret, f"{other.folder}/runs/../runs/lora/adapter_config.json",
                 ROOT / "app.py", ROOT / "knowledge" / "cost-drivers.md", "/etc/passwd"):
        assert status(f"{url}gradio_api/file={path}") in (403, 404), path
    assert status(f"{url}gradio_api/info") == 200  # the server itself answers


def test_models_load_from_safetensors_only(tmp_path: Path, tiny_model: str) -> None:
    import shutil

    from adapters.models import load_base

    pickled = tmp_path / "pickled"
    shutil.copytree(tiny_model, pickled)
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(pickled)
    for f in pickled.glob("*.safetensors"):
        f.unlink()
    torch.save(model.state_dict(), pickled / "pytorch_model.bin")  # a pickle: can run code
    with pytest.raises(TailorError, match="Cannot load model"):
        load_base(str(pickled))


def test_idle_session_folders_are_swept(tmp_path: Path) -> None:
    import os
    import time

    old, fresh = LabState(), LabState()
    for state in (old, fresh):
        (state.folder / "runs").mkdir(parents=True)
        (state.folder / "runs" / "f.bin").write_bytes(b"x" * 1024)
    stale = time.time() - 30 * 3600
    for p in [old.folder, *old.folder.rglob("*")]:
        os.utime(p, (stale, stale))
    assert sweep(24) >= 1
    assert not old.folder.exists() and fresh.folder.exists()
