"""Optional LLM parsing over a real HTTP server that speaks the OpenAI chat API.

The server returns fixed completions: what is under test is our client, its validation and
the fallback to the parser, not a model's judgement.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from advisor import profile_from_text
from advisor.llm import llm_extract
from advisor.profile import TeamSkill
from tailor.settings import Settings
from tests.conftest import free_port


class Completions(BaseHTTPRequestHandler):
    reply: str = "{}"
    status: int = 200
    seen: ClassVar[list[dict]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).seen.append({"path": self.path, "body": body})
        payload = {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                   "choices": [{"index": 0, "finish_reason": "stop",
                                "message": {"role": "assistant", "content": type(self).reply}}]}
        data = json.dumps(payload).encode()
        self.send_response(type(self).status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server() -> Iterator[Settings]:
    Completions.reply, Completions.status, Completions.seen = "{}", 200, []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Completions)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = Settings.from_env()
    yield replace(base, llm_model="tiny", openai_base_url=f"http://127.0.0.1:{httpd.server_port}/v1",
                  openai_api_key="test")
    httpd.shutdown()


def test_not_configured_means_parser_only() -> None:
    assert not Settings.from_env({}).llm_configured
    assert llm_extract("we have ML engineers", Settings.from_env({})) == {}


def test_llm_fills_what_the_parser_missed(server: Settings) -> None:
    Completions.reply = ('Sure! {"team_skill": "ml", "labeled_examples": 999, '
                         '"privacy": "maybe", "num_tasks": -3, "hosting": "moon"}')
    found = llm_extract("our folks are quants", server)
    assert found == {"team_skill": TeamSkill.ML, "labeled_examples": 999}
    assert Completions.seen[0]["path"] == "/v1/chat/completions"
    assert Completions.seen[0]["body"]["model"] == "tiny"
    # The parser's reading wins where both speak.
    profile = profile_from_text("Classify tickets, we have 2k labeled ones", server)
    assert profile.labeled_examples == 2000 and profile.team_skill == TeamSkill.ML


@pytest.mark.parametrize(("status", "reply"), [(500, "{}"), (200, "not json at all"),
                                               (200, '["a list"]')])
def test_any_failure_falls_back(server: Settings, status: int, reply: str) -> None:
    Completions.status, Completions.reply = status, reply
    assert llm_extract("anything", server) == {}
    assert profile_from_text("we have 300 examples", server).labeled_examples == 300


def test_no_server_falls_back() -> None:
    settings = replace(Settings.from_env(), llm_model="tiny",
                       openai_base_url=f"http://127.0.0.1:{free_port()}/v1")
    assert llm_extract("anything", settings, timeout=2) == {}


def test_llm_can_fill_the_new_fields(server: Settings) -> None:
    Completions.reply = ('{"hardware": "laptop_gpu", "tried_prompting": true, '
                         '"shared_model": "yes", "knows_pytorch": true}')
    found = llm_extract("my laptop has a decent card", server)
    assert found == {"hardware": "laptop_gpu", "tried_prompting": True, "knows_pytorch": True}
