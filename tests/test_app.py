"""The app over real HTTP: launched on a free port, called through gradio_client."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import free_port


@pytest.fixture(scope="module")
def url(kb) -> Iterator[str]:
    from app import CSS, demo

    port = free_port()
    demo.queue(default_concurrency_limit=16).launch(
        server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, css=CSS,
        quiet=True)
    yield f"http://127.0.0.1:{port}/"
    demo.close()


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


def test_users_do_not_wait_for_each_other(url: str) -> None:
    from gradio_client import Client

    from app import demo

    texts = [f"Classify emails; we have {n} examples; $10k budget" for n in (5, 50, 500, 5000)]
    with ThreadPoolExecutor(4) as pool:
        recs = list(pool.map(lambda t: Client(url, verbose=False).predict(
            t, api_name="/advise"), texts))
    assert [r["profile"]["labeled_examples"] for r in recs] == [5, 50, 500, 5000]
    # Every chat event may run many sessions at once (Gradio's default is one at a time).
    limits = {fn.name: fn.concurrency_limit for fn in demo.fns.values()}
    for name in ("chat_turn", "on_option", "advise_api"):
        assert limits[name] is None or limits[name] >= 8, limits
