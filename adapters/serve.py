"""Serve a Tailor artifact (a soft prompt above all, which no common server loads) as an
OpenAI-compatible endpoint: `/v1/models` and `/v1/chat/completions`, streaming or not. The
official `openai` client and LangChain's `ChatOpenAI` work with it unchanged.

    python -m adapters.serve --adapter .tailor/lab/<session>/runs/prompt_tuning [--port 8000]

The last user message is the input; it is answered exactly as in the lab (the same prompt
format, labels and predictor). Bound to 127.0.0.1 unless --host says otherwise.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from adapters.serving import SERVE_NAME
from tailor.errors import TailorError


def _text(content: Any) -> str:
    """A message's content: a string, or a list of parts (the newer format)."""
    if isinstance(content, list):
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    return str(content or "")


def create_app(artifact: str | Path, name: str = SERVE_NAME):
    from fastapi import FastAPI, HTTPException
    from fastapi.responses import StreamingResponse

    from adapters.techniques import REGISTRY
    from adapters.trial import Trial

    artifact = Path(artifact)
    if not (artifact / "prompt.json").exists():
        raise TailorError(f"No Tailor artifact at {artifact} (it has no prompt.json).")
    saved = json.loads((artifact / "prompt.json").read_text(encoding="utf-8"))
    trial = Trial.for_artifact(artifact)
    predictor = REGISTRY.get(saved["technique"]).load(trial, artifact)
    lock = threading.Lock()  # one answer at a time: the CPU is the bottleneck
    app = FastAPI(title=f"Tailor: {saved['technique']}")

    @app.get("/v1/models")
    def models() -> dict:
        return {"object": "list", "data": [{"id": name, "object": "model", "created": 0,
                                            "owned_by": "tailor"}]}

    @app.post("/v1/chat/completions")
    def chat(body: dict) -> Any:
        if body.get("model") not in (name, None):
            raise HTTPException(404, f"The model '{body.get('model')}' does not exist; this "
                                     f"server has '{name}'.")
        users = [m for m in body.get("messages") or [] if m.get("role") == "user"]
        if not users or not _text(users[-1].get("content")).strip():
            raise HTTPException(400, "Send at least one user message with the input.")
        with lock:
            answers = predictor.predict([_text(users[-1]["content"]).strip()])
        answer, prompt_tokens = answers.predictions[0], answers.prompt_tokens[0]
        rid, created = f"chatcmpl-{uuid.uuid4().hex[:12]}", int(time.time())
        usage = {"prompt_tokens": prompt_tokens, "completion_tokens": len(answer.split()),
                 "total_tokens": prompt_tokens + len(answer.split())}
        if not body.get("stream"):
            return {"id": rid, "object": "chat.completion", "created": created, "model": name,
                    "choices": [{"index": 0, "finish_reason": "stop", "message": {
                        "role": "assistant", "content": answer}}], "usage": usage}

        def events():
            def chunk(delta: dict, finish: str | None = None) -> str:
                return "data: " + json.dumps({
                    "id": rid, "object": "chat.completion.chunk", "created": created,
                    "model": name, "choices": [{"index": 0, "delta": delta,
                                                "finish_reason": finish}]}) + "\n\n"

            yield chunk({"role": "assistant", "content": ""})
            words = answer.split(" ")
            for i, word in enumerate(words):
                yield chunk({"content": word if i == 0 else " " + word})
            yield chunk({}, "stop")
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    return app


def main(argv: list[str] | None = None) -> int:
    import sys

    import uvicorn

    ap = argparse.ArgumentParser(prog="python -m adapters.serve", description=__doc__.split(
        "\n")[0])
    ap.add_argument("--adapter", required=True, help="a run's artifact folder")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--name", default=SERVE_NAME, help="the model name clients ask for")
    args = ap.parse_args(argv)
    try:
        app = create_app(args.adapter, args.name)
    except TailorError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
