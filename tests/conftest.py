"""Shared fixtures. Tests run offline against the real embeddings and a real Chroma store."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TAILOR_LLM_MODEL", "CHROMA_HOST"):
    os.environ.pop(var, None)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session", autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Each test session indexes into its own folder, never the developer's .tailor/."""
    path = tmp_path_factory.mktemp("tailor-data")
    os.environ["TAILOR_DATA_DIR"] = str(path)
    return path


@pytest.fixture(scope="session")
def kb(data_dir: Path):
    """The process-wide knowledge base on the real notes (loads the embedder once)."""
    from advisor.knowledge import default_knowledge_base

    return default_knowledge_base()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
