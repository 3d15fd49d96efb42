"""The parser's regex layer (`advisor.rx`) must answer exactly as `re` does: its literal
prefilter and its branch-by-branch search only skip work that cannot find a match."""

import random
import re
from pathlib import Path

import pytest
import yaml

from advisor import parse, profile_from_text, rx

SCENARIOS = Path(__file__).parent / "scenarios"

# Texts where case folding is more than str.lower(): re.IGNORECASE equates 'İ' and 'ı' with
# 'i', 'ſ' with 's' and the Kelvin sign with 'k'.
ODD_CASES = ["İnstagram posts to classİfy", "ıt's for claſſifying, no OpenAı", "KİT: 10 examples",
             "\u212aubernetes, ſtrict format", "STRICT FORMAT EVERY SINGLE TIME", ""]


@pytest.mark.parametrize(("pattern", "tests"), [
    # every match opens with one of the branch words, after the zero-width checks
    (r"(?<!hand-)\b(personalit(y|ies)|characters?|tone)", [("charac", "person", "tone")]),
    # a required word after a repeat, and two independent requirements
    (r"\d+ examples", [(" examp",)]),
    (r"\b(voice|tone) (\S+ ){0,2}(fades?|vanish(es)?)\b",
     [("fade", "vanish"), ("tone ", "voice ")]),
    # nothing literal, or too short to rule anything out: no prefilter
    (r"\d+(\.\d+)?k?", None),
    (r"\b(a|b)\w+", None),
])
def test_what_a_pattern_requires(pattern: str, tests: list | None) -> None:
    pre = rx._prefilter(pattern, rx.I)
    assert (pre and sorted(pre[0])) == (tests and sorted(tests))


def test_long_alternations_are_split_and_short_ones_are_not() -> None:
    assert len(rx._alternatives(parse.CONSISTENCY, rx.I)) > 50
    assert rx._alternatives(r"(a|b)|c|d", rx.I) is None
    # a class holding '|' or ')' (or a ']' first) does not cut a branch
    alts = rx._alternatives("|".join([r"[|)]x", r"\|y", r"(z|w)", r"[^]|]v"] * 3), 0)
    assert [s for _, s in alts][:4] == [r"[|)]x", r"\|y", r"(z|w)", r"[^]|]v"]
    # unsafe to split: backreferences, patterns that can match nothing
    assert rx._alternatives("|".join([r"(a)\1"] + [f"w{i}" for i in range(9)]), 0) is None
    assert rx._alternatives("|".join(["x?"] + [f"w{i}" for i in range(9)]), 0) is None


WORDS = "|".join(["cat", "dog", "eel", "fox", "gnu", "hen", "ibis", "jay", "koi"])


def test_an_opening_group_is_split_after_its_zero_width_checks() -> None:
    alts = rx._alternatives(rf"(?<!z)\b(?P<w>{WORDS}) (?:ran|sat)", 0)
    assert [s for _, s in alts][:2] == [r"(?<!z)\b(?:cat) (?:ran|sat)",
                                        r"(?<!z)\b(?:dog) (?:ran|sat)"]
    assert len(rx._alternatives(rf"(?:{WORDS})s", 0)) == 9
    # not split: a repeated or flagged group, a reference back to it, a non-group opening
    for pattern in (rf"\b({WORDS})?x", rf"(?i:{WORDS})x", rf"({WORDS})\1", rf"a({WORDS})"):
        assert rx._alternatives(pattern, 0) is None


@pytest.mark.parametrize("text", [
    "the cat sat, the dog ran",  # the first candidate fails on what follows the group
    "zdog ran; koi sat; cats sat; ibis ran", "catdog sat", "", "no animals here at all",
])
def test_an_opening_group_answers_as_re_does(text: str) -> None:
    pattern = rf"(?<!z)\b(?P<w>{WORDS}) (?:ran|sat)"
    assert rx._alternatives(pattern, rx.I)
    plain = re.compile(pattern, re.I)
    assert [(m.span(), m["w"]) for m in rx.finditer(pattern, text, rx.I)] == [
        (m.span(), m["w"]) for m in plain.finditer(text)]
    assert rx.sub(pattern, r"<\g<w>>", text, flags=rx.I) == plain.sub(r"<\g<w>>", text)
    assert rx.sub(pattern, lambda m: m["w"].upper(), text, 1, rx.I) == plain.sub(
        lambda m: m["w"].upper(), text, 1)


def _sample_texts() -> list[str]:
    texts = []
    for path in sorted(SCENARIOS.glob("*.yaml")):
        for row in yaml.safe_load(path.read_text()):
            texts.extend(row.get("turns", [row.get("text")]))
    return random.Random(0).sample(texts, 60) + ODD_CASES


def test_every_parser_pattern_answers_as_re_does(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _sample_texts()
    seen: set[tuple[str, int]] = set()
    real = rx._info

    def spy(pattern: str, flags: int):
        if isinstance(pattern, str):
            seen.add((pattern, flags))
        return real(pattern, flags)

    monkeypatch.setattr(rx, "_info", spy)
    for text in texts:
        if text:
            profile_from_text(text)
    monkeypatch.undo()
    assert len(seen) > 500
    assert sum(rx._alternatives(p, f) is not None for p, f in seen) >= 10

    def spans(matches):
        return [(m.span(), m.groups()) for m in matches]

    wrong = []
    for pattern, flags in seen:
        plain = re.compile(pattern, flags)
        for text in texts:
            first, ours = plain.search(text), rx.search(pattern, text, flags)
            if ((first and (first.span(), first.groups()))
                    != (ours and (ours.span(), ours.groups()))
                    or spans(plain.finditer(text)) != spans(rx.finditer(pattern, text, flags))
                    or plain.sub("#", text) != rx.sub(pattern, "#", text, flags=flags)
                    or plain.sub(r"<\g<0>>", text, 1) != rx.sub(pattern, r"<\g<0>>", text, 1,
                                                                  flags)
                    or bool(plain.match(text)) != bool(rx.match(pattern, text, flags))):
                wrong.append((pattern[:60], text[:60]))
    assert not wrong


@pytest.mark.parametrize(("pattern", "text"), [
    (r"\bopenai\b", "no OpenAı please"), (r"classif\w*", "claſſify these"),
    (r"\bkits?\b", "a \u212aIT of tools"), (r"\binstagram\b", "İnstagram posts"),
])
def test_case_folding_beyond_lower(pattern: str, text: str) -> None:
    assert re.search(pattern, text, re.I)
    assert rx.search(pattern, text, rx.I).span() == re.search(pattern, text, re.I).span()


def test_live_branches_are_the_same_with_or_without_aho_corasick(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The one-pass literal finder (pyahocorasick) and the plain substring test per literal
    leave the same branches to search, on the parser's largest alternations."""
    texts = _sample_texts()
    patterns = [parse.SHORTFALL, parse.CONSISTENCY, parse.VENDOR, parse.PROMPT_WORKS]
    assert all(rx._alternatives(p, rx.I) for p in patterns)
    fast = [[rx._live(p, t, rx.I) for t in texts] for p in patterns]
    assert rx.ahocorasick is not None  # a pinned requirement: the fast path is the one tested
    monkeypatch.setattr(rx, "ahocorasick", None)
    rx._plan.cache_clear()
    try:
        slow = [[rx._live(p, t, rx.I) for t in texts] for p in patterns]
    finally:
        rx._plan.cache_clear()
    assert fast == slow
    assert any(len(live) > 1 for row in fast for live in row)  # some texts leave several
