"""A person's path through the app in a real browser: Debian's Chromium driven by Playwright.

Open the app, answer the intake, get a recommendation, open the lab with a built-in sample,
run a short trial and read the results. Each stage is saved as a screenshot: into a temporary
folder by `make test` (the tree stays clean), into docs/ by `make screenshots`
(TAILOR_SCREENSHOTS=docs), which runs the lab with its default training budget.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(os.environ.get("TAILOR_SCREENSHOTS") or tempfile.mkdtemp(prefix="tailor-shots-"))
FOR_README = "TAILOR_SCREENSHOTS" in os.environ
# As root Chromium needs --no-sandbox; the rest keep it off the closed network.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
        "--disable-dev-shm-usage"]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: `make test` installs Debian's chromium package.")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, url: str):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector("#message textarea", timeout=60_000)
    yield page
    page.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(1500)  # let the plots finish drawing
    page.screenshot(path=str(SHOTS / name), full_page=True)


def test_from_hello_to_measured_results(page) -> None:
    box = page.locator("#message textarea")

    bot = page.locator("#chat [data-testid='bot']")

    def say(text: str, expect: str) -> None:
        """Send a message and wait for the reply: a new bot bubble that says `expect`."""
        before = bot.count()
        box.fill(text)
        box.press("Enter")
        page.wait_for_function(
            "n => document.querySelectorAll(\"#chat [data-testid='bot']\").length > n",
            arg=before, timeout=60_000)
        assert expect in bot.last.inner_text()

    say("hi", "What should the model do for you?")
    say("Route incoming support tickets to the right team", "How many labeled examples")
    say("about 2k labeled tickets", "What budget can you put into this")
    say("$5,000", "who will build it?")
    shot(page, "01-intake.png")
    page.get_by_role("button", name="Skip the rest, recommend now").last.click()
    page.locator("#card").get_by_text("Recommendation: Fine-tuning").wait_for(timeout=60_000)
    assert page.locator("#card").get_by_text("Sources").is_visible()
    shot(page, "02-recommendation.png")

    page.locator("#open-lab").click()
    techniques = page.locator("#techniques")
    techniques.wait_for()
    page.wait_for_timeout(500)
    assert techniques.get_by_label("Zero-shot prompt").is_checked()
    assert techniques.get_by_label("LoRA").is_checked()
    assert not techniques.get_by_label("Full fine-tuning").is_checked()

    page.locator("#sample input").click()
    page.get_by_role("option", name="Support-ticket router").click()
    page.locator("#load-sample").click()
    page.locator("#data-summary").get_by_text("56 train / 16 held out").wait_for(timeout=60_000)
    shot(page, "03-lab-data.png")

    if not FOR_README:  # a short run in the tests; the README shows the default budget
        page.get_by_label("Training budget per technique (s)").fill("4")
    page.locator("#run").click()
    page.locator("#progress progress").first.wait_for(timeout=60_000)
    page.locator("#lab-message").get_by_text("Running").wait_for(timeout=60_000)
    page.locator("#progress").get_by_text("loss").first.wait_for(timeout=120_000)  # training
    shot(page, "04-lab-running.png")
    page.locator("#lab-message").get_by_text("Done.").wait_for(timeout=300_000)
    results = page.locator("#results")
    assert results.get_by_text("LoRA").first.is_visible()
    assert results.get_by_text("Zero-shot prompt").first.is_visible()
    assert page.locator("#restated").get_by_text("Measured on your sample").is_visible()
    shot(page, "05-lab-results.png")


def test_a_second_user_waits_in_line_and_can_still_chat(browser, url: str) -> None:
    """One training at a time: the second user sees their place in the queue, and their
    chat keeps answering meanwhile."""

    def open_lab(page) -> None:
        page.goto(url, wait_until="domcontentloaded")
        page.wait_for_selector("#message textarea", timeout=60_000)
        page.get_by_role("tab", name="Lab").click()
        page.locator("#sample input").click()
        page.get_by_role("option", name="Product review sentiment").click()
        page.locator("#load-sample").click()
        page.locator("#data-summary").get_by_text("held out").wait_for(timeout=60_000)

    first, second = browser.new_page(), browser.new_page()
    try:
        open_lab(first)
        open_lab(second)
        first.locator("#run").click()
        first.locator("#lab-message").get_by_text("Running").wait_for(timeout=60_000)
        second.locator("#run").click()
        second.locator("#lab-message").get_by_text("1 run(s) ahead of yours").wait_for(
            timeout=30_000)
        second.get_by_role("tab", name="Advisor").click()
        bot = second.locator("#chat [data-testid='bot']")
        before = bot.count()
        second.locator("#message textarea").fill("hi")
        second.locator("#message textarea").press("Enter")
        second.wait_for_function(
            "n => document.querySelectorAll(\"#chat [data-testid='bot']\").length > n",
            arg=before, timeout=30_000)
        assert "What should the model do" in bot.last.inner_text()
        second.get_by_role("tab", name="Lab").click()
        first.locator("#lab-message").get_by_text("Done.").wait_for(timeout=300_000)
        second.locator("#lab-message").get_by_text("Done.").wait_for(timeout=300_000)
    finally:
        first.close()
        second.close()


def _open_sample(page, url: str, sample: str) -> None:
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector("#message textarea", timeout=60_000)
    page.get_by_role("tab", name="Lab").click()
    page.locator("#sample input").click()
    page.get_by_role("option", name=sample).click()
    page.locator("#load-sample").click()
    page.locator("#data-summary").get_by_text("held out").wait_for(timeout=60_000)


def _prompt_download(page) -> dict:
    """Download the zero-shot prompt template and read it back over HTTP."""
    import json
    import urllib.request

    page.get_by_role("button", name="Downloads").click()
    page.locator("#download-pick input").click()
    page.get_by_role("option", name="Zero-shot prompt").click()
    page.locator("#download-prompt").click()
    link = page.locator("#download-file a").first
    link.wait_for(timeout=60_000)
    with urllib.request.urlopen(link.get_attribute("href")) as response:
        return json.loads(response.read())


def test_two_users_each_have_their_own_lab(browser, url: str) -> None:
    """B's Cancel does not stop A's run, and each downloads their own run's files."""
    a_context, b_context = browser.new_context(), browser.new_context()
    a, b = a_context.new_page(), b_context.new_page()
    try:
        _open_sample(a, url, "Product review sentiment")
        _open_sample(b, url, "Support-ticket router")
        a.locator("#run").click()
        a.locator("#progress").get_by_text("loss").first.wait_for(timeout=120_000)
        b.locator("#cancel").click()  # B, who runs nothing, presses Cancel
        b.locator("#lab-message").get_by_text("Cancelling").wait_for(timeout=30_000)
        a.locator("#lab-message").get_by_text("Done.").wait_for(timeout=300_000)
        assert not a.locator("#lab-message").get_by_text("Cancelled").count()
        for label in ("Embedding classifier", "Few-shot prompt (kNN)", "LoRA"):
            b.locator("#techniques").get_by_label(label).uncheck()
        b.locator("#run").click()
        b.locator("#lab-message").get_by_text("Done.").wait_for(timeout=300_000)
        a_prompt, b_prompt = _prompt_download(a), _prompt_download(b)
        assert a_prompt["format"]["input_prefix"] == "Review: "
        assert b_prompt["format"]["input_prefix"] == "Ticket: "
    finally:
        a_context.close()
        b_context.close()


def test_understood_fields_stay_in_view_and_change_in_one_click(page) -> None:
    """The issue's messages, typed as a new user would: the panel shows what was understood
    after each turn (nothing overwritten, negations kept), the card says what would change
    the pick, and changing one field in the panel re-runs the advice."""
    from playwright.sync_api import expect

    box = page.locator("#message textarea")
    bot = page.locator("#chat [data-testid='bot']")

    def say(text: str, expect_text: str) -> None:
        before = bot.count()
        box.fill(text)
        box.press("Enter")
        page.wait_for_function(
            "n => document.querySelectorAll(\"#chat [data-testid='bot']\").length > n",
            arg=before, timeout=60_000)
        assert expect_text in bot.last.inner_text()

    def field(name: str):
        return page.locator(f"#u-{name} input").first

    say("We flag risky clauses in supplier contracts. We've got roughly twelve hundred "
        "contracts annotated by our lawyers and about $8,000 to spend. Our data is "
        "confidential and can't go to OpenAI.", "who will build it?")
    expect(field("labeled_examples")).to_have_value("1200")
    expect(field("budget_usd")).to_have_value("8000")
    expect(field("privacy")).to_have_value("yes")
    expect(field("hosting")).to_have_value("self-hosted")
    say("we have two backend devs, no ML people", "tried prompting")
    expect(field("team_skill")).to_have_value("developers (APIs)")
    expect(field("labeled_examples")).to_have_value("1200")  # not overwritten by the 2
    page.get_by_role("button", name="Skip the rest, recommend now").last.click()
    card = page.locator("#card")
    card.get_by_text("Recommendation: Prompt engineering").wait_for(timeout=60_000)
    assert card.get_by_text("on an open model you host").first.is_visible()
    assert card.get_by_text("With an ML engineer: fine-tuning").is_visible()
    shot(page, "06-understood.png")

    field("team_skill").click()
    page.get_by_role("option", name="ML engineers").click()
    card.get_by_text("Recommendation: Fine-tuning — LoRA adapter").wait_for(timeout=60_000)
    # The same event updates the chat; it may render a moment after the card.
    expect(bot.last).to_contain_text("Changed: ML engineers", timeout=30_000)

    # The other phrasings from the issue, in a fresh conversation.
    page.locator("#reset").click()
    expect(field("labeled_examples")).to_have_value("")
    say("We route support chats to 5 teams and have 3k labeled chats.", "What budget")
    say("almost no budget, maybe $20", "who will build it?")
    expect(field("budget_usd")).to_have_value("20")
    say("No money for API calls, but we have a GPU", "tried prompting")
    expect(field("budget_usd")).to_have_value("0")
    expect(field("hardware")).to_have_value("a GPU of your own")
    expect(field("hosting")).to_have_value("unknown")  # "API calls" is not a vendor API
    say("we know PyTorch", "")
    expect(field("knows_pytorch")).to_have_value("yes")
    expect(field("team_skill")).to_have_value("ML engineers")
    page.get_by_role("button", name="Skip the rest, recommend now").last.click()
    card.get_by_text("Recommendation: Fine-tuning — LoRA adapter").wait_for(timeout=60_000)


PASTED = """text,team
I was charged twice for my plan,billing
Refund the extra payment please,billing
The invoice shows the wrong amount,billing
Why did my bill go up,billing
The app crashes on start,tech support
Clicking save does nothing,tech support
Pages load forever,tech support
The export button throws an error,tech support
Where is my parcel,shipping desk
The parcel arrived broken,shipping desk
Tracking says delivered but nothing came,shipping desk
Can I change the delivery address,shipping desk
My card, the visa one, got declined,billing
"""


def _rows(page, table: str):
    """A Gradio dataframe's body rows (an ARIA grid: rows holding grid cells)."""
    return page.locator(f"{table} [role=row]").filter(has=page.locator("[role=gridcell]"))


def _toast(page, text: str) -> None:
    """A message the user sees without scrolling: a toast inside the viewport."""
    toast = page.locator("[data-testid='toast-body']").filter(has_text=text).first
    toast.wait_for(timeout=30_000)
    box, view = toast.bounding_box(), page.viewport_size
    assert box and 0 <= box["y"] < view["height"] and 0 <= box["x"] < view["width"], box


def test_what_the_lab_shows_is_what_was_measured(browser, url: str, tmp_path) -> None:
    """Issue 14 on a laptop-sized screen: errors in sight, pasted rows read right, one loss
    line per trained technique, every prediction with a mistakes filter, a playground that
    answers as evaluated, and new data clearing the old results."""
    import re

    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(url, wait_until="domcontentloaded")
        page.wait_for_selector("#message textarea", timeout=60_000)
        page.get_by_role("tab", name="Lab").click()
        # 5: run with no data: the message lands in view.
        page.locator("#run").click()
        _toast(page, "Load some data first")
        # 11: a one-column upload says what is missing (and does not suggest renaming).
        one = tmp_path / "one.csv"
        one.write_text("text\nhello\nbye\n")
        page.locator("input[type=file]").first.set_input_files(str(one))
        _toast(page, "needs two: the input and the answer")
        # 10: pasted rows with an unquoted comma: left out with a warning, no invented label.
        page.get_by_label("Or paste rows (with a header line)").fill(PASTED)
        page.get_by_role("button", name="Use pasted rows").click()
        summary = page.locator("#data-summary")
        summary.get_by_text("more fields than the header").wait_for(timeout=60_000)
        assert "the visa one" not in summary.inner_text()
        assert "billing, shipping desk, tech support" in summary.inner_text()
        assert page.locator("#model-note").get_by_text("SmolLM2-135M").first.is_visible()
        # 5: nothing ticked: in view too.
        techniques = page.locator("#techniques")
        for box in techniques.locator("input[type=checkbox]").all():
            box.uncheck()
        page.locator("#run").click()
        _toast(page, "Tick at least one technique")
        for label in ("Zero-shot prompt", "Soft prompt", "Full fine-tuning"):
            techniques.get_by_label(label).check()
        page.get_by_label("Training budget per technique (s)").fill("4")
        page.locator("#run").click()
        page.locator("#lab-message").get_by_text("Done").wait_for(timeout=300_000)
        page.wait_for_timeout(1500)
        page.screenshot(path=str(SHOTS / "14-results-viewport.png"))
        # 4: one loss line per trained technique, each named in the legend.
        legend = page.locator("#loss-plot").inner_text()
        assert "Soft prompt" in legend and "Full fine-tuning" in legend, legend
        # 9: predictions open on a technique that ran: every held-out row, mistakes filter.
        page.get_by_role("button", name="Predictions beside the gold answers").click()
        note = page.locator("#prediction-note")
        note.get_by_text("held-out rows").wait_for(timeout=30_000)
        rows, wrong = (int(x) for x in re.search(r"(\d+) held-out rows, (\d+) wrong",
                                                 note.inner_text()).groups())
        table = _rows(page, "#prediction-table")
        assert table.count() == rows
        first_input = table.first.locator("[role=gridcell]").first.inner_text().strip()
        first_pred = table.first.locator("[role=gridcell]").nth(2).inner_text().strip()
        shown = page.locator("#prediction-pick input").input_value()
        page.locator("#mistakes-only input").check()
        note.get_by_text(f"showing {wrong}").wait_for(timeout=30_000)
        # 2: the playground answers that held-out row as the evaluation did.
        page.get_by_role("button", name="Playground: try a variant on new input").click()
        page.locator("#play-pick input").click()
        page.get_by_role("option", name=shown).click()
        page.locator("#play-text textarea").fill(first_input)
        page.get_by_role("button", name="Ask").click()
        answer = page.locator("#play-out strong").first
        answer.wait_for(timeout=60_000)
        assert answer.inner_text().strip() == first_pred
        # 3: new data clears every view of the old run.
        page.get_by_label("Or paste rows (with a header line)").fill(
            PASTED.replace("billing", "money"))
        page.get_by_role("button", name="Use pasted rows").click()
        page.locator("#data-summary").get_by_text("money").first.wait_for(timeout=60_000)
        assert _rows(page, "#results").filter(has_text="Soft prompt").count() == 0
        assert page.locator("#restated").inner_text().strip() == ""
        assert page.locator("#play-out").inner_text().strip() == ""
        page.screenshot(path=str(SHOTS / "14-new-data-viewport.png"))
    finally:
        page.close()
