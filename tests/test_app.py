"""The app over real HTTP: launched on a free port, called through gradio_client."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

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
