"""Shared fixtures. Tests run offline against the real embeddings and a real Chroma store."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TAILOR_LLM_MODEL", "CHROMA_HOST"):
    os.environ.pop(var, None)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Each test session indexes into its own folder, never the developer's .tailor/."""
    path = tmp_path_factory.mktemp("tailor-data")
    os.environ["TAILOR_DATA_DIR"] = str(path)
    # The converted default model is reusable across sessions (it only depends on the GGUF).
    os.environ.setdefault("TAILOR_MODEL_CACHE", str(ROOT / ".tailor" / "models"))
    return path


@pytest.fixture(scope="session")
def kb(data_dir: Path):
    """The process-wide knowledge base on the real notes (loads the embedder once)."""
    from advisor.knowledge import default_knowledge_base

    return default_knowledge_base()


@pytest.fixture(scope="session")
def url(kb):
    """The whole app, launched once per test session on a free port (real HTTP)."""
    from app import CSS, demo, file_access

    port = free_port()
    demo.queue(default_concurrency_limit=16).launch(
        server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, css=CSS,
        quiet=True, **file_access())
    yield f"http://127.0.0.1:{port}/"
    demo.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


TICKETS = [
    ("I was charged twice for my subscription this month", "billing"),
    ("Please refund the extra payment on my card", "billing"),
    ("My invoice shows the wrong amount", "billing"),
    ("Why did my bill go up without notice?", "billing"),
    ("The payment failed but money left my account", "billing"),
    ("Can I get a receipt for last month's charge?", "billing"),
    ("I need to update the credit card you charge", "billing"),
    ("You billed me after I cancelled", "billing"),
    ("The app crashes when I open the settings page", "bug"),
    ("Clicking save does nothing and my changes are lost", "bug"),
    ("The export button throws an error message", "bug"),
    ("Pages load forever and then show a blank screen", "bug"),
    ("Search returns results from the wrong project", "bug"),
    ("The mobile app freezes on the login screen", "bug"),
    ("Images do not upload, the spinner never stops", "bug"),
    ("Notifications arrive twice for every message", "bug"),
    ("I forgot my password and the reset email never came", "account"),
    ("How do I change the email address on my profile?", "account"),
    ("Please delete my account and all my data", "account"),
    ("I want to add a second user to our team plan", "account"),
    ("My account is locked after too many attempts", "account"),
    ("Can I change my username?", "account"),
    ("How do I turn on two-factor authentication?", "account"),
    ("I cannot log in with my Google account anymore", "account"),
]

CAPITALS = [
    ("France", "Paris"), ("Germany", "Berlin"), ("Italy", "Rome"), ("Spain", "Madrid"),
    ("Japan", "Tokyo"), ("Egypt", "Cairo"), ("Canada", "Ottawa"), ("Kenya", "Nairobi"),
    ("Peru", "Lima"), ("Norway", "Oslo"), ("Greece", "Athens"), ("Poland", "Warsaw"),
]


@pytest.fixture(scope="session")
def tickets_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import csv

    path = tmp_path_factory.mktemp("samples") / "tickets.csv"
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["text", "label"])
        w.writerows(TICKETS)
    return path


@pytest.fixture(scope="session")
def tickets_split():
    from adapters.data import Example, split

    return split([Example(t, lab) for t, lab in TICKETS], seed=0, eval_fraction=0.25,
                 input_name="Ticket", output_name="Team")


@pytest.fixture(scope="session")
def capitals_split():
    from adapters.data import Example, split

    return split([Example(c, k) for c, k in CAPITALS], seed=0, eval_fraction=0.25,
                 input_name="Country", output_name="Capital")


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A randomly initialised two-layer Llama with a byte-level BPE tokenizer trained on the
    fly: every adapter code path runs on it in milliseconds (the fast tier). Its scores mean
    nothing; the real model's tests check those."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    path = tmp_path_factory.mktemp("tiny-model")
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    corpus = [t for pair in TICKETS + CAPITALS for t in pair] + [
        "Classify the input. Answer with one of: Output: Input: Ticket: Team:"]
    bpe.train_from_iterator(corpus, trainers.BpeTrainer(
        vocab_size=400, special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    tok = PreTrainedTokenizerFast(tokenizer_object=bpe, eos_token="<|endoftext|>",
                                  pad_token="<|endoftext|>")
    tok.save_pretrained(path)
    import torch

    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=len(tok), hidden_size=32, intermediate_size=64,
                         num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                         max_position_embeddings=1024, eos_token_id=tok.eos_token_id,
                         pad_token_id=tok.pad_token_id, tie_word_embeddings=True)
    LlamaForCausalLM(config).save_pretrained(path)
    return str(path)
