"""The knowledge base: our markdown notes, split by headers and indexed into Chroma through
LangChain, with the bundled MiniLM embeddings (Chroma's default embedder would download).

The index keeps a content hash per note and re-embeds only the notes that changed, so editing
a note is picked up at the next start. With CHROMA_HOST set, a Chroma server holds the index.

Searches are cached per (query, k): each rule asks with a fixed topic string, and embedding the
query was most of the time `advise` took. `sync` empties the cache, so a changed index is
never answered from stale results.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from tailor.embeddings import embedder
from tailor.errors import TailorError
from tailor.settings import Settings

log = logging.getLogger(__name__)

# Bump when the way notes are split changes, so old chunks are re-indexed.
SPLITTER_VERSION = "md-headers-v2"
HEADERS = [("#", "title"), ("##", "section")]


@dataclass(frozen=True)
class Note:
    path: Path
    title: str
    sources: list[str]
    body: str
    digest: str


@dataclass(frozen=True)
class Passage:
    """One retrieved chunk: where it comes from, what it says, how close it is."""

    source: str  # file name under knowledge/
    heading: str  # "Title > Section"
    text: str
    sources: list[str]  # the note's reference list
    score: float  # cosine similarity, higher is closer


def read_note(path: Path, salt: str = "") -> Note:
    """Parse one note: YAML front matter (title, sources) and a markdown body."""
    raw = path.read_text(encoding="utf-8")
    if not raw.startswith("---"):
        raise TailorError(f"{path.name}: a note must start with '---' front matter "
                          "holding its title and sources.")
    try:
        _, front, body = raw.split("---", 2)
        meta = yaml.safe_load(front) or {}
    except (ValueError, yaml.YAMLError) as exc:
        raise TailorError(f"{path.name}: front matter is not valid YAML ({exc}).") from exc
    sources = meta.get("sources") or []
    if not sources:
        raise TailorError(f"{path.name}: list the note's sources in its front matter.")
    digest = hashlib.sha256((salt + raw).encode()).hexdigest()[:16]
    return Note(path, str(meta.get("title", path.stem)), [str(s) for s in sources],
                body.strip(), digest)


def load_notes(directory: Path, salt: str = "") -> list[Note]:
    notes = [read_note(p, salt) for p in sorted(directory.glob("*.md"))]
    if not notes:
        raise TailorError(f"No knowledge notes (*.md) in {directory}. "
                          "Set TAILOR_KNOWLEDGE_DIR to the folder that holds them.")
    return notes


def split_note(note: Note) -> list[tuple[str, dict[str, str]]]:
    """Split a note by its headers into (text, metadata) chunks."""
    from langchain_text_splitters import MarkdownHeaderTextSplitter

    splitter = MarkdownHeaderTextSplitter(headers_to_split_on=HEADERS)
    chunks = []
    for doc in splitter.split_text(note.body):
        heading = " > ".join(v for k, v in doc.metadata.items() if k in ("title", "section"))
        # The heading goes into the embedded text: it says what the passage is about.
        chunks.append((f"{heading or note.title}\n{doc.page_content}", {
            "source": note.path.name,
            "heading": heading or note.title,
            "sources": "\n".join(note.sources),
            "hash": note.digest,
        }))
    return chunks


class KnowledgeBase:
    """Chroma-backed search over the notes, kept in sync with the files."""

    def __init__(self, settings: Settings | None = None) -> None:
        from langchain_chroma import Chroma

        self.settings = settings or Settings.from_env()
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, int], tuple[Passage, ...]] = {}
        self._generation = 0  # bumped by every sync; a search started before is not cached
        self.embeddings = embedder(self.settings.embeddings)

        def open_store() -> None:
            self.store = Chroma(
                collection_name=self.settings.collection,
                embedding_function=self.embeddings,
                client=self._client(),
                collection_metadata={"hnsw:space": "cosine"},
            )
            counts = self.sync()
            log.info("Knowledge index: %s", ", ".join(f"{v} {k}" for k, v in counts.items()))

        try:
            open_store()
        except TailorError:
            raise
        except Exception as exc:
            if self.settings.chroma_host:
                raise
            # A missing index is simply built; an unreadable one (a crash mid-write, a
            # half-copied folder) is rebuilt from the notes, which are the source of truth.
            path = self.settings.data_dir / "chroma"
            log.warning("The knowledge index at %s could not be read (%s); rebuilding it "
                        "from %s.", path, exc, self.settings.knowledge_dir)
            from chromadb.api.client import SharedSystemClient

            SharedSystemClient.clear_system_cache()
            shutil.rmtree(path, ignore_errors=True)
            open_store()

    def _client(self):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        s = self.settings
        if s.chroma_host:
            try:
                return chromadb.HttpClient(host=s.chroma_host, port=s.chroma_port,
                                           settings=chroma_settings)
            except Exception as exc:
                raise TailorError(
                    f"Cannot reach the Chroma server at {s.chroma_host}:{s.chroma_port} "
                    f"({exc}). Start it, or unset CHROMA_HOST to use the embedded store."
                ) from exc
        path = s.data_dir / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)

    def sync(self) -> dict[str, int]:
        """Re-index notes whose content (or embedding model, or splitter) changed.

        Returns counts of notes added, updated, removed and unchanged.
        """
        salt = f"{self.settings.embeddings}|{SPLITTER_VERSION}|"
        notes = load_notes(self.settings.knowledge_dir, salt)
        with self._lock:
            indexed: dict[str, str] = {}
            for meta in self.store.get(include=["metadatas"])["metadatas"]:
                if meta:
                    indexed[meta["source"]] = meta["hash"]
            counts = {"added": 0, "updated": 0, "removed": 0, "unchanged": 0}
            current = {n.path.name for n in notes}
            for source in set(indexed) - current:
                self.store.delete(where={"source": source})
                counts["removed"] += 1
            for note in notes:
                old = indexed.get(note.path.name)
                if old == note.digest:
                    counts["unchanged"] += 1
                    continue
                if old is not None:
                    self.store.delete(where={"source": note.path.name})
                chunks = split_note(note)
                self.store.add_texts(
                    texts=[text for text, _ in chunks],
                    metadatas=[meta for _, meta in chunks],
                    ids=[f"{note.path.name}#{i}" for i in range(len(chunks))],
                )
                counts["updated" if old else "added"] += 1
            self._cache.clear()  # results from the old index must not outlive it
            self._generation += 1
        return counts

    def search(self, query: str, k: int = 3) -> list[Passage]:
        """The k passages closest in meaning to the query (cached until the next sync)."""
        key = (query, k)
        cached = self._cache.get(key)
        if cached is None:
            generation = self._generation
            cached = tuple(self._search(query, k))
            with self._lock:
                if generation == self._generation:
                    self._cache[key] = cached
        return list(cached)  # a fresh list: callers may not change the cache

    def _search(self, query: str, k: int) -> list[Passage]:
        hits = self.store.similarity_search_with_score(query, k=k)
        # Chroma returns cosine distance; report similarity so higher means closer.
        return [
            Passage(
                source=doc.metadata["source"],
                heading=doc.metadata["heading"],
                text=doc.page_content.removeprefix(doc.metadata["heading"] + "\n"),
                sources=doc.metadata["sources"].split("\n"),
                score=round(1.0 - float(distance), 4),
            )
            for doc, distance in hits
        ]

    def __len__(self) -> int:
        return len(self.store.get(include=[])["ids"])


@lru_cache(maxsize=1)
def default_knowledge_base() -> KnowledgeBase:
    """The process-wide knowledge base: loading the embedder takes seconds, so do it once."""
    return KnowledgeBase()
