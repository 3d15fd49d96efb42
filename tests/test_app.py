"""The app over real HTTP: launched on a free port, called through gradio_client."""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


def test_advise_endpoint(url: str) -> None:
    from gradio_client import Client

    client = Client(url, verbose=False)
    assert "/advise" in client.view_api(print_info=False, return_format="dict")[
        "named_endpoints"]
    rec = client.predict("Route support tickets; about 2k labeled; $5,000 budget",
                         api_name="/advise")
    assert rec["technique"] == "fine_tuning" and rec["profile"]["labeled_examples"] == 2000
    assert len(rec["citations"]) >= 2


def test_bad_input_is_an_error_and_the_server_lives_on(url: str) -> None:
    from gradio_client import Client

    client = Client(url, verbose=False)
    with pytest.raises(Exception, match="Describe your task"):
        client.predict("  ", api_name="/advise")
    assert client.predict("no data, no budget", api_name="/advise")["technique"] == \
        "prompt_engineering"


class SlowLLM(BaseHTTPRequestHandler):
    """An OpenAI-compatible server that takes half a second per answer and counts how many
    requests it holds at once: requests served one after another never overlap."""

    lock = threading.Lock()
    inflight = 0
    most = 0

    def do_POST(self) -> None:
        cls = type(self)
        self.rfile.read(int(self.headers["Content-Length"]))
        with cls.lock:
            cls.inflight += 1
            cls.most = max(cls.most, cls.inflight)
        time.sleep(0.5)
        with cls.lock:
            cls.inflight -= 1
        data = json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": "m",
                           "choices": [{"index": 0, "finish_reason": "stop", "message": {
                               "role": "assistant", "content": "{}"}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


def test_users_do_not_wait_for_each_other(url: str, monkeypatch) -> None:
    """Four users ask at once; with the optional LLM helper configured each answer waits on
    a slow server, so the server sees the requests overlap only if the app serves them
    concurrently."""
    from gradio_client import Client

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), SlowLLM)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    monkeypatch.setenv("TAILOR_LLM_MODEL", "slow")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{httpd.server_port}/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "test")
    try:
        texts = [f"Classify emails; we have {n} examples; $10k budget" for n in (5, 50, 500, 5000)]
        clients = [Client(url, verbose=False) for _ in texts]
        with ThreadPoolExecutor(4) as pool:
            recs = list(pool.map(lambda ct: ct[0].predict(ct[1], api_name="/advise"),
                                 zip(clients, texts, strict=True)))
    finally:
        httpd.shutdown()
    assert [r["profile"]["labeled_examples"] for r in recs] == [5, 50, 500, 5000]
    assert SlowLLM.most >= 3, SlowLLM.most


@pytest.mark.slow
def test_trial_endpoint_streams(url: str) -> None:
    from gradio_client import Client

    client = Client(url, verbose=False)
    assert "/trial" in client.view_api(print_info=False, return_format="dict")[
        "named_endpoints"]
    job = client.submit(sample="reviews", techniques="zero_shot,lora", steps=2,
                        api_name="/trial")
    outputs = job.outputs() if job.result() else []
    assert len(outputs) > 2 and any(o["phase"] == "train" for o in outputs)
    assert [r["technique"] for r in outputs[-1]["results"]] == ["zero_shot", "lora"]
    with pytest.raises(Exception, match="Unknown technique"):
        client.predict(sample="reviews", techniques="magic", api_name="/trial")


@pytest.mark.slow
def test_advice_answers_while_a_trial_trains(url: str) -> None:
    """Training holds its own queue; the advisor's endpoint is not stuck behind it."""
    from gradio_client import Client

    client = Client(url, verbose=False)
    job = client.submit(sample="tickets", techniques="lora", steps=16, api_name="/trial")
    while not any(o.get("phase") == "train" for o in job.outputs()):
        assert not job.done(), job.exception()
        time.sleep(0.2)
    rec = client.predict("no data, no budget", api_name="/advise")
    assert rec["technique"] == "prompt_engineering"
    assert not job.done()  # the advice came back while the training was still running
    assert job.result()["phase"] == "results"
