"""Prompting a founder's own model through any OpenAI-compatible endpoint (OpenAI, vLLM,
Ollama, LM Studio, `transformers serve`) with the official `openai` client.

Classification through an API: when the server returns token log-probabilities, labels are
ranked by them (the first token's log-probability, when the labels' first tokens differ);
otherwise the answer is constrained to the label set by the instruction and read by a strict
matcher, and answers that match no label count as wrong and are reported. Retries with
backoff on 429 and 5xx are the client's own; requests to one endpoint are limited to a few at
a time; token usage is counted so the result can say what 1,000 requests would cost.

The API key is held in memory only: never logged, never written into a result or artifact.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from tailor.errors import TailorError

MAX_CONCURRENT = 4  # requests in flight per endpoint
_limits: dict[str, threading.Semaphore] = {}
_limits_lock = threading.Lock()


@dataclass(frozen=True)
class EndpointConfig:
    """Where the founder's model is. `api_key` is kept out of repr and of every result."""

    base_url: str
    model: str
    api_key: str = field(default="", repr=False)
    timeout: float = 60.0
    max_retries: int = 3
    input_price_per_m: float | None = None  # dollars per 1M prompt tokens, for the estimate
    output_price_per_m: float | None = None
    # "chat": the instruction, demonstrations and input as chat messages (chat models);
    # "completions": the same raw prompt the local model sees (base models, legacy API).
    api: str = "chat"

    def __post_init__(self) -> None:
        if self.api not in ("chat", "completions"):
            raise TailorError(f"The endpoint API is 'chat' or 'completions', not '{self.api}'.")
        if not re.match(r"^https?://", self.base_url or ""):
            raise TailorError(f"The base URL must start with http:// or https:// (got "
                              f"'{self.base_url}'), e.g. http://127.0.0.1:8000/v1.")
        if not (self.model or "").strip():
            raise TailorError("Name the model the endpoint should use, e.g. gpt-4o-mini.")

    @property
    def label(self) -> str:
        """The model as rows and reports name it (no key)."""
        return f"{self.model} @ {self.base_url}"


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0

    def add(self, other: Usage) -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.requests += other.requests


@dataclass
class Reply:
    text: str
    first_token_logprobs: dict[str, float] | None  # top alternatives at the first position
    usage: Usage


def _semaphore(base_url: str) -> threading.Semaphore:
    with _limits_lock:
        return _limits.setdefault(base_url, threading.Semaphore(MAX_CONCURRENT))


def explain(exc: Exception, config: EndpointConfig) -> TailorError:
    """An openai exception as a message that says what to do."""
    import openai

    where = config.base_url
    if isinstance(exc, openai.AuthenticationError):
        return TailorError(f"The endpoint at {where} refused the API key (401). Check the key "
                           "(for OpenAI, the OPENAI_API_KEY you were given).")
    if isinstance(exc, openai.PermissionDeniedError):
        return TailorError(f"The endpoint at {where} says this key may not use "
                           f"'{config.model}' (403).")
    if isinstance(exc, openai.NotFoundError):
        return TailorError(f"The endpoint at {where} has no model '{config.model}' (404)."
                           + _offered(config))
    if isinstance(exc, openai.RateLimitError):
        return TailorError(f"The endpoint at {where} kept answering 'too many requests' (429) "
                           f"after {config.max_retries} retries. Wait a minute, or raise your "
                           "rate limit.")
    if isinstance(exc, openai.APITimeoutError):
        return TailorError(f"The endpoint at {where} did not answer within "
                           f"{config.timeout:.0f} s.")
    if isinstance(exc, openai.APIConnectionError):
        return TailorError(f"Cannot reach {where}: is the server running and the URL right "
                           "(it usually ends in /v1)?")
    if isinstance(exc, openai.APIStatusError):
        return TailorError(f"The endpoint at {where} answered {exc.status_code}: "
                           f"{str(exc)[:200]}")
    return TailorError(f"The endpoint at {where} failed: {type(exc).__name__}: {exc}")


def _offered(config: EndpointConfig) -> str:
    try:
        names = [m.id for m in client(config).models.list().data][:10]
    except Exception:
        return ""
    return f" It offers: {', '.join(names)}." if names else ""


def client(config: EndpointConfig):
    from openai import OpenAI

    return OpenAI(base_url=config.base_url, api_key=config.api_key or "not-needed",
                  timeout=config.timeout, max_retries=config.max_retries)


def check(config: EndpointConfig) -> None:
    """Fail early and clearly: the endpoint answers, knows the model and takes the key."""
    try:
        client(config).chat.completions.create(
            model=config.model, messages=[{"role": "user", "content": "Say OK."}],
            max_tokens=1, temperature=0)
    except Exception as exc:
        raise explain(exc, config) from exc


def complete(config: EndpointConfig, messages: list[dict[str, str]] | str, max_tokens: int,
             want_logprobs: bool = False) -> Reply:
    """One greedy completion: chat messages, or a raw prompt for the completions API; with
    the first token's top log-probabilities when the server returns them."""
    with _semaphore(config.base_url):
        try:
            if isinstance(messages, str):
                out = client(config).completions.create(
                    model=config.model, prompt=messages, max_tokens=max_tokens, temperature=0,
                    **({"logprobs": 20} if want_logprobs else {}))
            else:
                out = client(config).chat.completions.create(
                    model=config.model, messages=messages, max_tokens=max_tokens,
                    temperature=0,
                    **({"logprobs": True, "top_logprobs": 20} if want_logprobs else {}))
        except Exception as exc:
            raise explain(exc, config) from exc
    choice = out.choices[0]
    first = None
    if isinstance(messages, str):
        text = choice.text or ""
        tops = getattr(getattr(choice, "logprobs", None), "top_logprobs", None)
        if tops:
            first = dict(tops[0])
    else:
        text = (choice.message.content or "") if choice.message else ""
        content = getattr(getattr(choice, "logprobs", None), "content", None)
        if content:
            first = {alt.token: alt.logprob for alt in (content[0].top_logprobs or [])}
            first.setdefault(content[0].token, content[0].logprob)
    usage = Usage(getattr(out.usage, "prompt_tokens", 0) or 0,
                  getattr(out.usage, "completion_tokens", 0) or 0, 1)
    return Reply(text, first or None, usage)


def complete_all(config: EndpointConfig, conversations: list[list[dict[str, str]] | str],
                 max_tokens: int, want_logprobs: bool = False,
                 on_done: Callable[[int], None] | None = None) -> list[Reply]:
    """Many completions, a few at a time (the endpoint's limit), in order."""
    done = [0]
    lock = threading.Lock()

    def one(messages: list[dict[str, str]]) -> Reply:
        reply = complete(config, messages, max_tokens, want_logprobs)
        with lock:
            done[0] += 1
            if on_done is not None:
                on_done(done[0])
        return reply

    with ThreadPoolExecutor(MAX_CONCURRENT) as pool:
        return list(pool.map(one, conversations))


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def match_label(answer: str, labels: tuple[str, ...]) -> str | None:
    """The label an answer names, strictly: the answer's first line (or what follows an
    "Answer:" / "answer is:" cue) equals a label, case and punctuation aside, or begins with
    exactly one label as whole words. Anything else (another word, two labels, an empty
    answer) is unparseable: None."""
    text = answer.strip()
    # "The answer is: billing" / "Answer: billing": read what follows the last such cue.
    cue = re.split(r"(?i)\banswer(?: is)?\s*:", text)
    if len(cue) > 1:
        text = cue[-1].strip()
    line = _norm(text.split("\n")[0])
    if not line:
        return None
    normed = {_norm(lab): lab for lab in labels}
    if line in normed:
        return normed[line]
    starts = [lab for key, lab in normed.items() if key and (line == key or line.startswith(
        key + " "))]
    # The longest label that starts the line wins ("book flight" over "book").
    starts.sort(key=len, reverse=True)
    if len(starts) == 1 or (len(starts) > 1 and len(_norm(starts[0])) > len(_norm(starts[1]))):
        return starts[0]
    return None
