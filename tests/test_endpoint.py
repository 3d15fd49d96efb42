"""The founder's real model: prompting through an OpenAI-compatible endpoint, and tuned
results served so that the `openai` client calls them. Real HTTP everywhere: `transformers
serve` with the bundled model as the third-party server, small servers on real sockets for
the error paths, and Tailor's own soft-prompt server."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from adapters import RunConfig, Trial
from adapters.models import load_base
from tailor.endpoint import EndpointConfig, match_label
from tailor.errors import TailorError
from tailor.settings import Settings
from tests.conftest import free_port

pytestmark = [pytest.mark.slow, pytest.mark.model]


def wait_for(url: str, seconds: float = 180) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not come up")


@pytest.fixture(scope="module")
def served_model() -> Iterator[tuple[str, str]]:
    """`transformers serve` with the bundled model (converted once to safetensors) on a free
    loopback port; it runs offline."""
    load_base()  # make sure the converted folder exists
    path = str(Settings.from_env().model_cache / "smollm2-135m-instruct")
    port = free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "transformers"), "serve", path,
                             "--port", str(port), "--device", "cpu"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/v1/models")
        yield f"http://127.0.0.1:{port}/v1", path
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_prompting_through_the_endpoint_agrees_with_the_local_path(served_model, tickets_split,
                                                                   tmp_path: Path) -> None:
    """The same raw prompt through the completions API must come back as what the local model
    writes for it (greedy). Tolerance: the server runs float32 and the local path bf16
    autocast, which can flip a near-tie token, so at least 3 answers in 4 must be identical.
    Scoring then reads each answer with the strict matcher: this 135M model rarely answers
    with a label when it is not ranked over the label set, and those rows count as wrong."""
    from adapters import scoring

    url, model = served_model
    remote = Trial(tickets_split, RunConfig(output_dir=tmp_path / "r", endpoint=EndpointConfig(
        url, model, api="completions")))
    r = remote.run("zero_shot")
    assert r.model == f"{model} @ {url}" and r.api_usage["requests"] == len(tickets_split.eval)
    local = Trial(tickets_split, RunConfig(output_dir=tmp_path / "l"))
    prompts = scoring.encode(local.tok, [local.fmt.prompt(e.input) for e in tickets_split.eval])
    max_tokens = max(8, 2 * max(len(i) for i in local.labels.ids))
    mine = scoring.generate(local.base.model, local.tok, prompts, max_tokens)
    theirs = [p["answer"].strip().split("\n")[0].strip() for p in r.predictions]
    same = sum(a == b for a, b in zip(mine, theirs, strict=True))
    assert same / len(mine) >= 0.75, list(zip(mine, theirs, strict=True))
    parsed = [match_label(t, tickets_split.task.labels) for t in theirs]
    assert r.unparseable == parsed.count(None)
    assert r.score == round(sum(p == e.output for p, e in zip(parsed, tickets_split.eval,
                                                              strict=True)) / len(parsed), 4)
    prompt = json.loads((Path(r.artifact_dir) / "prompt.json").read_text())
    assert prompt["endpoint"] == {"base_url": url, "model": model}


def test_chat_style_few_shot_and_the_cli(served_model, tickets_csv: Path, tmp_path: Path,
                                         monkeypatch) -> None:
    url, model = served_model
    monkeypatch.setenv("OPENAI_API_KEY", "sk-never-printed-12345")
    out = subprocess.run(
        [sys.executable, "-m", "adapters", "--technique", "few_shot", "--train",
         str(tickets_csv), "--base-url", url, "--api-model", model, "--max-eval", "4",
         "--json", "--out", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout)
    assert result["model"].startswith(model) and result["api_usage"]["requests"] == 4
    assert "sk-never-printed" not in out.stdout + out.stderr
    assert not any("sk-never-printed" in p.read_text(errors="ignore")
                   for p in tmp_path.rglob("*") if p.is_file())


class Refusing(BaseHTTPRequestHandler):
    """A small OpenAI-shaped server that answers with a chosen status and counts requests."""

    status: ClassVar[int] = 401
    hits: ClassVar[int] = 0

    def _answer(self) -> None:
        cls = type(self)
        cls.hits += 1
        if self.path.endswith("/models"):
            body, status = {"object": "list", "data": [{"id": "real-model"}]}, 200
        else:
            body = {"error": {"message": "nope", "type": "x", "code": str(cls.status)}}
            status = cls.status
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if status == 429:
            self.send_header("retry-after-ms", "10")
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _answer

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def refusing() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Refusing)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    Refusing.hits = 0
    yield f"http://127.0.0.1:{httpd.server_port}/v1"
    httpd.shutdown()


@pytest.mark.parametrize(("status", "message"), [
    (401, "refused the API key"),
    (404, "has no model 'ghost' .* It offers: real-model"),
    (429, "kept answering 'too many requests'"),
])
def test_endpoint_errors_say_what_to_do(refusing: str, status: int, message: str,
                                        tickets_split, tmp_path: Path) -> None:
    Refusing.status = status
    config = EndpointConfig(refusing, "ghost", "sk-test", max_retries=2)
    trial = Trial(tickets_split, RunConfig(output_dir=tmp_path, endpoint=config))
    with pytest.raises(TailorError, match=message):
        trial.run("zero_shot")
    if status == 429:
        assert Refusing.hits == 3  # the first try and two retries with backoff


def test_a_dead_port_says_so(tickets_split, tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    config = EndpointConfig(f"http://127.0.0.1:{port}/v1", "m", max_retries=0, timeout=5)
    with pytest.raises(TailorError, match="Cannot reach"):
        Trial(tickets_split, RunConfig(output_dir=tmp_path, endpoint=config)).run("zero_shot")


def test_the_matcher_is_strict() -> None:
    labels = ("billing", "bug", "book flight", "book hotel")
    assert match_label("Billing.", labels) == "billing"
    assert match_label("The answer is: book hotel", labels) == "book hotel"
    assert match_label("book", labels) is None
    assert match_label("I think it is a bug", labels) is None
    assert match_label("", labels) is None


def test_a_tuned_lora_exported_and_served_by_transformers_serve(tickets_split, tmp_path: Path
                                                                ) -> None:
    from openai import OpenAI

    from adapters.serving import export_merged

    r = Trial(tickets_split, RunConfig(steps=4, output_dir=tmp_path / "run")).run("lora")
    merged = export_merged(r.artifact_dir, tmp_path / "merged")
    assert (merged / "model.safetensors").exists() and (merged / "prompt.json").exists()
    port = free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "transformers"), "serve",
                             str(merged), "--port", str(port), "--device", "cpu"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/v1/models")
        client = OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="not-needed")
        prompt = Trial.for_artifact(r.artifact_dir).fmt.prompt("I was charged twice")
        reply = client.completions.create(model=str(merged), prompt=prompt, max_tokens=4,
                                          temperature=0)
        assert reply.choices[0].text.strip()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_soft_prompt_served_by_tailor_streams_to_openai_and_langchain(tickets_split,
                                                                        tmp_path: Path
                                                                        ) -> None:
    import uvicorn
    from langchain_openai import ChatOpenAI
    from openai import OpenAI

    from adapters.serve import create_app
    from adapters.serving import SERVE_NAME

    r = Trial(tickets_split, RunConfig(steps=4, output_dir=tmp_path)).run("prompt_tuning")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(r.artifact_dir), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_for(f"http://127.0.0.1:{port}/v1/models")
        client = OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="not-needed")
        assert [m.id for m in client.models.list().data] == [SERVE_NAME]
        text = "I was charged twice for my plan"
        whole = client.chat.completions.create(
            model=SERVE_NAME, messages=[{"role": "user", "content": text}])
        answer = whole.choices[0].message.content
        assert answer in tickets_split.task.labels
        # exactly what the lab's playground (the evaluated predictor) answers
        from adapters.techniques import REGISTRY

        trial = Trial.for_artifact(r.artifact_dir)
        assert REGISTRY.get("prompt_tuning").load(trial, Path(r.artifact_dir)).predict(
            [text]).predictions[0] == answer
        stream = client.chat.completions.create(
            model=SERVE_NAME, messages=[{"role": "user", "content": text}], stream=True)
        assert "".join(c.choices[0].delta.content or "" for c in stream) == answer
        chat = ChatOpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="not-needed",
                          model=SERVE_NAME)
        assert chat.invoke(text).content == answer
    finally:
        server.should_exit = True
        thread.join(timeout=10)
