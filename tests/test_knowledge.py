"""The knowledge base: real notes, real MiniLM embeddings, real Chroma (embedded and server)."""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import replace
from pathlib import Path

import pytest

from advisor.knowledge import KnowledgeBase, load_notes, read_note, split_note
from tailor.errors import TailorError
from tailor.settings import ROOT, Settings
from tests.conftest import free_port

NOTES = ROOT / "knowledge"


def test_every_note_has_a_title_sources_and_sections() -> None:
    notes = load_notes(NOTES)
    assert len(notes) >= 9
    for note in notes:
        assert note.sources, note.path
        chunks = split_note(note)
        assert len(chunks) >= 2, note.path
        assert all(meta["source"] == note.path.name and meta["heading"] for _, meta in chunks)


def test_the_article_facts_are_in_the_notes() -> None:
    text = " ".join(n.body for n in load_notes(NOTES))
    for fact in ("roughly 500", "minimum of 10", "50 to 100", "100 to 500",
                 "start with it", "Brown et al. (2020)", "Wei et al. (2022)",
                 "Lester et al.", "Hu et al. 2021"):
        assert fact in text, fact


@pytest.mark.parametrize(("query", "source"), [
    ("how many examples do I need to fine-tune", "how-much-data.md"),
    ("soft prompts only rival fine-tuning on very large models", "soft-prompt-tuning.md"),
    ("our facts change every week, should we fine-tune", "fresh-knowledge-retrieval.md"),
    ("chain of thought: intermediate reasoning steps", "few-shot-and-chain-of-thought.md"),
    ("low-rank adapters use less GPU memory", "lora-vs-full-fine-tuning.md"),
    ("technical difficulty: no API for prompt tuning", "comparison-four-axes.md"),
    ("we tried prompting and accuracy is stuck, what next", "when-prompting-falls-short.md"),
    ("we only wrote a first draft prompt", "when-prompting-falls-short.md"),
    ("answers must come back within 50 milliseconds", "latency-and-volume.md"),
    ("we cannot afford a copy of the model for each customer", "many-tasks-one-model.md"),
    ("fine-tune with 4-bit quantisation on a single GPU we own", "own-hardware.md"),
])
def test_retrieval_finds_the_right_note(kb, query: str, source: str) -> None:
    hits = kb.search(query, k=3)
    assert hits[0].source == source, [(h.source, h.heading, h.score) for h in hits]
    assert hits[0].score > hits[-1].score or len(hits) == 1
    assert hits[0].sources and hits[0].heading
    # The passage is the section's own text, from its first word, without the heading.
    assert hits[0].text[0].isupper() and not hits[0].text.startswith(hits[0].heading)


def _copy_kb(tmp_path: Path, **env: str) -> tuple[Path, Settings]:
    notes = tmp_path / "notes"
    shutil.copytree(NOTES, notes)
    base = Settings.from_env()
    settings = replace(base, knowledge_dir=notes, data_dir=tmp_path / "data",
                       collection="test-sync", **env)
    return notes, settings


def test_index_is_rebuilt_when_a_note_changes(kb, tmp_path: Path) -> None:
    notes, settings = _copy_kb(tmp_path)
    first = KnowledgeBase(settings)
    total = len(load_notes(notes))
    assert KnowledgeBase(settings).sync() == {"added": 0, "updated": 0, "removed": 0,
                                              "unchanged": total}
    note = notes / "cost-drivers.md"
    note.write_text(note.read_text() + "\n## Zebra pricing\nStriped GPUs cost 42 zebras.\n")
    (notes / "hosting-and-privacy.md").unlink()
    again = KnowledgeBase(settings)
    assert again.sync() == {"added": 0, "updated": 0, "removed": 0, "unchanged": total - 1}
    hit = again.search("how many zebras do striped GPUs cost", k=1)[0]
    assert hit.heading.endswith("Zebra pricing") and "42 zebras" in hit.text
    assert all(p.source != "hosting-and-privacy.md" for p in again.search("privacy", k=5))
    assert len(first) == len(again)  # same collection on disk


def test_searches_are_cached_until_the_index_changes(kb, tmp_path: Path) -> None:
    """Each rule asks with a fixed topic: the second ask is answered without embedding the
    query again, and a sync that changes the index empties the cache."""
    notes, settings = _copy_kb(tmp_path)
    base = KnowledgeBase(settings)
    asked: list[str] = []
    search = base._search

    def counting(query: str, k: int):
        asked.append(query)
        return search(query, k)

    base._search = counting
    query = "how many zebras do striped GPUs cost"
    first = base.search(query, k=1)
    first.append(first[0])  # the caller's list is its own
    assert base.search(query, k=1) == first[:1] and asked == [query]
    note = notes / "cost-drivers.md"
    note.write_text(note.read_text() + "\n## Zebra pricing\nStriped GPUs cost 42 zebras.\n")
    assert base.sync()["updated"] == 1
    hit = base.search(query, k=1)[0]
    assert "42 zebras" in hit.text and asked == [query, query]


def test_warm_advice_embeds_nothing(kb, monkeypatch) -> None:
    from advisor import Profile, advise

    profile = Profile(task="Route tickets", labeled_examples=2000, budget_usd=5000)
    advise(profile, kb)
    monkeypatch.setattr(kb, "_search", lambda *a: pytest.fail(f"searched again: {a}"))
    assert advise(profile, kb).citations


def test_bad_notes_give_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("# No front matter\ntext\n")
    with pytest.raises(TailorError, match="front matter"):
        read_note(bad)
    bad.write_text("---\ntitle: x\n---\n# X\n## Y\ntext\n")
    with pytest.raises(TailorError, match="sources"):
        read_note(bad)
    with pytest.raises(TailorError, match="TAILOR_KNOWLEDGE_DIR"):
        load_notes(tmp_path / "empty")


@pytest.mark.slow
def test_chroma_server(kb, tmp_path: Path) -> None:
    """With CHROMA_HOST set, the same code indexes into and searches a Chroma server."""
    chroma = Path(shutil.which("chroma") or ROOT / ".venv" / "bin" / "chroma")
    port = free_port()
    server = subprocess.Popen([str(chroma), "run", "--path", str(tmp_path / "server"),
                               "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _, settings = _copy_kb(tmp_path, chroma_host="127.0.0.1", chroma_port=port)
        deadline = time.monotonic() + 60
        while True:
            try:
                remote = KnowledgeBase(settings)
                break
            except TailorError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.5)
        assert remote.search("how much data for fine-tuning", k=1)[0].source == "how-much-data.md"
        assert not (tmp_path / "data" / "chroma").exists()  # nothing went to the local store
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_unreachable_chroma_server_says_what_to_do(kb, tmp_path: Path) -> None:
    _, settings = _copy_kb(tmp_path, chroma_host="127.0.0.1", chroma_port=free_port())
    with pytest.raises(TailorError, match="CHROMA_HOST"):
        KnowledgeBase(settings)


def test_an_unreadable_index_is_rebuilt_at_start(tmp_path: Path, caplog) -> None:
    import logging

    from chromadb.api.client import SharedSystemClient

    settings = replace(Settings.from_env(), data_dir=tmp_path, collection="rebuild-test")
    n = len(KnowledgeBase(settings))
    SharedSystemClient.clear_system_cache()
    (tmp_path / "chroma" / "chroma.sqlite3").write_bytes(b"not a database" * 200)
    with caplog.at_level(logging.WARNING, logger="advisor.knowledge"):
        rebuilt = KnowledgeBase(settings)
    assert "could not be read" in caplog.text and "rebuilding it" in caplog.text
    assert len(rebuilt) == n and rebuilt.search("soft prompts", k=1)
