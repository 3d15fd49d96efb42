"""`re`'s functions over a compile cache that holds every pattern the parser uses.

The parser has several hundred patterns, and builds more per message (one per noun it counts).
Together they overflow `re`'s own cache of 512, which then drops and recompiles the large
static ones: a third of the parse time went to compiling. Same names and arguments as `re`.

Two shortcuts, both exact (tests/test_rx.py checks every parser pattern against `re`):

- A literal prefilter: sets of strings, read from the parsed pattern, such that every match
  contains one string of each set; a text without them is ruled out by `str.__contains__`
  before the regex runs. `re` finds literal prefixes itself only in case-sensitive patterns
  that do not open with `\\b`; the parser's word lists are case-insensitive and open with it.
- A long alternation that opens the pattern (`a|b|c|...`, the parser's largest patterns, or
  `\\b(a|b|c|...)` followed by more) is searched only through the branches whose literals the
  text holds: `re` would try every branch at every position. Every match starts where one of
  those branches matches, so the whole pattern is tried only there, earliest first, and groups
  and the choice among branches stay `re`'s own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

try:  # the parser behind `re`; private, so its absence only turns the prefilter off
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover
    _parser = None
try:  # finds many literals in one pass; without it the same answers, more slowly
    import ahocorasick
except ImportError:  # pragma: no cover
    ahocorasick = None

I = IGNORECASE = re.IGNORECASE  # noqa: E741 (the name re gives it)
Match = re.Match
Pattern = re.Pattern
escape = re.escape

_MAX_PREFIXES = 64  # past this many alternatives the check costs more than it saves
_SPLIT_FROM = 8  # branches; fewer cost little to try everywhere
_TESTS = 3  # each further set is checked on every call
_SHORTEST = 2  # shorter strings are in nearly every text
_KEEP = 6  # a prefix's first characters suffice to rule a text out; fewer checks


@lru_cache(maxsize=8192)
def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:
    if isinstance(pattern, re.Pattern):
        return pattern
    return re.compile(pattern, flags)


class _Seq:
    """What a run of pattern items requires: `exact`, every string it can match when that is
    a short list of literals, else None; `needs`, sets of strings such that every match
    contains one string of each set."""

    def __init__(self) -> None:
        self.run: set[str] = {""}  # the literal run being read, as its alternatives
        self.whole = True  # no item so far broke the run
        self.needs: list[set[str]] = []

    def offer(self, cand: set[str] | None) -> None:
        if cand and "" not in cand:
            self.needs.append(cand)

    def add(self, strings: set[str]) -> None:
        if len(self.run) * len(strings) > _MAX_PREFIXES:
            self.cut()
            self.run = set(strings)
        else:
            self.run = {a + b for a in self.run for b in strings}

    def cut(self) -> None:
        """End the literal run here (something not literal follows)."""
        self.offer(self.run)
        self.run = {""}
        self.whole = False

    def result(self) -> tuple[set[str] | None, list[set[str]]]:
        self.offer(self.run)
        return (self.run if self.whole else None), self.needs


def _quality(strings: set[str]) -> tuple[int, int]:
    """Longer and fewer strings rule out more texts."""
    return (min(min(len(s) for s in strings), _KEEP), -len(strings))


def _requires(items: Any) -> tuple[set[str] | None, list[set[str]]]:
    """(exact strings or None, the sets of strings every match contains one of)."""
    seq = _Seq()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: what the match consumes stays contiguous around it
        if op is _c.LITERAL and av < 128:
            seq.add({chr(av)})
        elif op is _c.IN and all(o is _c.LITERAL and a < 128 for o, a in av):
            seq.add({chr(a) for _, a in av})
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:  # no scoped flags
            _take(seq, *_requires(av[3].data))
        elif op is _c.BRANCH:
            parts = [_requires(b.data) for b in av[1]]
            exacts = [e for e, _ in parts]
            exact = set().union(*exacts) if all(e is not None for e in exacts) else None
            if exact is not None and len(exact) > _MAX_PREFIXES:
                exact = None
            # each alternative's strongest need; a match takes one alternative
            best = [max(n, key=_quality) if n else None for _, n in parts]
            needs = [set().union(*best)] if all(best) else []
            _take(seq, exact, needs)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            seq.cut()  # at least one repetition: what it requires, the whole requires
            seq.needs.extend(_requires(av[2].data)[1])
        else:
            seq.cut()
    return seq.result()


def _take(seq: _Seq, exact: set[str] | None, needs: list[set[str]]) -> None:
    if exact is not None:
        seq.add(exact)
    else:
        seq.cut()
        seq.needs.extend(needs)


Prefilter = tuple[tuple[tuple[str, ...], ...], bool]


@lru_cache(maxsize=8192)
def _prefilter(pattern: str | Pattern[str], flags: int) -> Prefilter | None:
    """(sets of strings, ignore case): a text that lacks every string of any one set cannot
    match. None when no such test is worth running."""
    if _parser is None:
        return None
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags if isinstance(pattern, re.Pattern) else flags
    if not isinstance(source, str):
        return None
    try:
        parsed = _parser.parse(source, flags)
        _, needs = _requires(parsed.data)
    except Exception:  # an unreadable pattern is only left unfiltered
        return None
    fold = bool(parsed.state.flags & re.IGNORECASE)
    tests = []
    for need in sorted(needs, key=_quality, reverse=True)[:_TESTS]:
        need = {s[:_KEEP].lower() if fold else s[:_KEEP] for s in need}
        if min(map(len, need)) < _SHORTEST:
            break
        # a text without 'cat' has no 'cats' either
        tests.append(tuple(sorted(s for s in need if not any(t != s and t in s for t in need))))
    return (tuple(tests), fold) if tests else None


_last: tuple[str, str] = ("", "")


def _folded(string: str) -> str:
    """`string` case-folded as `re.IGNORECASE` matches it against ASCII letters."""
    global _last
    last = _last
    if last[0] is string:
        return last[1]
    text = string
    if not text.isascii():  # the only non-ASCII letters that re.I equates with ASCII ones
        text = text.replace("\u0130", "i")
        text = text.lower().replace("\u0131", "i").replace("\u017f", "s")
    else:
        text = text.lower()
    _last = (string, text)
    return text


def _structure(source: str, i: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth after it) for each `(`, `)` and `|` of `source` from `i`,
    skipping escapes and character classes."""
    depth, in_class = 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (source[i + 1:i + 2] == "^")
            i += source[i:i + 1] == "]"  # a ']' first in a class is literal
            continue
        elif ch in "()|":
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def _top_level(source: str) -> list[str]:
    """`source` cut at each `|` outside groups and character classes."""
    cuts = [i for i, ch, depth in _structure(source) if ch == "|" and depth == 0]
    return [source[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(source)], strict=True)]


Alternative = tuple[Pattern[str], str]
_ZERO_WIDTH = (r"\b", r"\B", r"\A", "^")
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


def _group_end(source: str, i: int) -> int:
    """The index of the `)` that closes the group opened at `source[i]`, or -1."""
    return next((j for j, ch, depth in _structure(source, i) if ch == ")" and depth == 0), -1)


def _opening(source: str) -> tuple[str, list[str], str] | None:
    """(zero-width checks, branches, the rest) when `source` opens with zero-width checks and
    then a group holding a top-level alternation (`\\b(a|b|c) more`), else None."""
    i = 0
    while True:
        token = next((z for z in _ZERO_WIDTH if source.startswith(z, i)), None)
        if token:
            i += len(token)
        elif source.startswith(_LOOKAROUND, i) and (end := _group_end(source, i)) > 0:
            i = end + 1
        else:
            break
    if not source.startswith("(", i):
        return None
    if source.startswith("(?:", i):
        body = i + 3
    elif source.startswith("(?P<", i) and (close := source.find(">", i)) > 0:
        body = close + 1
    elif source.startswith("(?", i):
        return None  # flags, comments, conditionals
    else:
        body = i + 1
    end = _group_end(source, i)
    return (source[:i], _top_level(source[body:end]), source[end + 1:]) if end > 0 else None


@lru_cache(maxsize=2048)
def _alternatives(pattern: str | Pattern[str], flags: int) -> tuple[Alternative, ...] | None:
    """The branches of a long alternation that opens the pattern, each compiled alone (between
    the zero-width checks before the group and the rest of the pattern after it), or None
    where that is not worth it or not safe. `re` tries every branch at every position of the
    text; a branch whose literal strings are absent from the text need not be tried at all,
    and the whole pattern matches only where one of the branches does."""
    if _parser is None or isinstance(pattern, re.Pattern):
        return None
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    data = parsed.data
    if (not data or parsed.getwidth()[0] == 0 or parsed.state.flags & re.VERBOSE
            or (pattern.startswith("(?") and pattern[2:3].isalpha())  # global inline flags
            or re.search(r"\\[1-9]|\(\?P=|\(\?\(", pattern)):  # references to groups
        return None
    if len(parts := _top_level(pattern)) > 1:  # a|b|c
        if not _is_alternation(pattern, flags):
            return None
        prefix, branches, rest = "", data[-1][1][1], ""
    else:  # \b(a|b|c) more, \b(?:a|b|c) more
        opening = _opening(pattern)
        if opening is None:
            return None
        prefix, parts, rest = opening
        checks = _parser.parse(prefix, flags).data if prefix else []
        if (len(data) <= len(checks)
                or any(op not in (_c.AT, _c.ASSERT, _c.ASSERT_NOT) for op, _ in checks)
                or [op for op, _ in data[:len(checks)]] != [op for op, _ in checks]):
            return None
        op, av = data[len(checks)]
        if op is _c.SUBPATTERN and not av[1] and not av[2] and len(av[3].data) == 1:
            op, av = av[3].data[0]  # a capturing group around the alternation
        if op is not _c.BRANCH:
            return None
        branches = av[1]
    if len(branches) < _SPLIT_FROM or len(parts) != len(branches):
        return None
    if prefix or rest:
        # each branch with what follows the group: it matches exactly where the whole does
        # through that branch, and its prefilter holds the rest's words too
        parts = [f"{prefix}(?:{p}){rest}" for p in parts]
    try:
        return tuple((compile(p, flags), p) for p in parts)
    except re.error:
        return None


def _split_search(whole: Pattern[str], alts: tuple[Alternative, ...], string: str,
                  nexts: dict[int, int], pos: int) -> Match[str] | None:
    """The whole pattern's first match at or after `pos`, tried only where a live branch
    matches, earliest first. `nexts` holds each live branch's next match start (-1: not
    searched yet; past the end: none left), updated in place."""
    while True:
        first = -1
        for k in list(nexts):
            at = nexts[k]
            if at < pos:
                m = alts[k][0].search(string, pos)
                at = nexts[k] = m.start() if m else len(string) + 1
            if at <= len(string) and (first < 0 or at < first):
                first = at
        if first < 0:
            return None
        # Every match of the whole starts where a branch matches; the whole, run there, makes
        # its own choice among branches and sets its own groups. (A top-level alternation
        # always matches here; an opening group may still fail on what follows it.)
        if (m := whole.match(string, first)) is not None:
            return m
        pos = first + 1


class Plan(NamedTuple):
    """One alternation's branch prefilters, turned inside out: all the literals are found in
    one pass over the text, and only the branches whose literals turned up are looked at."""

    finder: Callable[[str], set[str]]  # the plan's literals that occur in a text
    always: tuple[int, ...]  # branches with no prefilter
    by_literal: dict[str, tuple[int, ...]]  # literal -> branches whose first set holds it
    rest: dict[int, tuple[frozenset[str], ...]]  # a branch's further sets


def _finder(literals: set[str]) -> Callable[[str], set[str]]:
    """A function from a text to the `literals` it contains: one Aho-Corasick pass where
    pyahocorasick is installed (forty times faster on the parser's largest alternations),
    else a substring test per literal."""
    if not literals:
        return lambda text: set()
    if ahocorasick is None:  # pragma: no cover
        ordered = tuple(literals)
        return lambda text: {lit for lit in ordered if lit in text}
    automaton = ahocorasick.Automaton()
    for lit in literals:
        automaton.add_word(lit, lit)
    automaton.make_automaton()
    return lambda text: {lit for _, lit in automaton.iter(text)}


@lru_cache(maxsize=2048)
def _plan(pattern: str, flags: int) -> Plan:
    # (every branch folds case as the whole does: `_alternatives` splits no pattern that sets
    # its flags inline, so `flags` alone decides)
    always: list[int] = []
    by_literal: dict[str, list[int]] = {}
    rest: dict[int, tuple[frozenset[str], ...]] = {}
    literals: set[str] = set()
    for k, (_, src) in enumerate(_alternatives(pattern, flags) or ()):
        pre = _prefilter(src, flags)
        if pre is None:
            always.append(k)
            continue
        tests = pre[0]
        literals.update(*tests)
        for lit in tests[0]:
            by_literal.setdefault(lit, []).append(k)
        rest[k] = tuple(frozenset(need) for need in tests[1:])
    return Plan(_finder(literals), tuple(always),
                {lit: tuple(ks) for lit, ks in by_literal.items()}, rest)


def _live(pattern: str, string: str, flags: int) -> dict[int, int]:
    """The branches that can match `string`, each with its next match start still unknown."""
    return _live_in(_plan(pattern, flags), string, flags)


def _live_in(plan: Plan, string: str, flags: int) -> dict[int, int]:
    present = plan.finder(_folded(string) if flags & re.IGNORECASE else string)
    live = dict.fromkeys(plan.always, -1)
    for lit in present:
        for k in plan.by_literal.get(lit, ()):
            if k not in live and all(not present.isdisjoint(need) for need in plan.rest[k]):
                live[k] = -1
    return live


class Info(NamedTuple):
    """All a call needs to know about one pattern, looked up once per call."""

    compiled: Pattern[str]
    tests: tuple[tuple[str, ...], ...]  # the prefilter: one string of each set must occur
    fold: bool  # the prefilter reads the case-folded text
    alts: tuple[Alternative, ...] | None  # the opening alternation's branches, if split
    plan: Plan | None  # which of those branches a text leaves live


@lru_cache(maxsize=8192)
def _info(pattern: str | Pattern[str], flags: int) -> Info:
    compiled = compile(pattern, flags)
    alts = _alternatives(pattern, flags)
    # A split top-level alternation's own prefilter is every branch's strings at once, which
    # the live-branch pass finds anyway, in one pass instead of a test per string.
    pure = alts is not None and _is_alternation(pattern, flags)
    tests, fold = (None if pure else _prefilter(pattern, flags)) or ((), False)
    return Info(compiled, tests, fold, alts, _plan(pattern, flags) if alts else None)


@lru_cache(maxsize=2048)
def _is_alternation(pattern: str, flags: int) -> bool:
    """Whether `pattern` is a top-level alternation, as `re` reads it too. (`re` moves what
    every branch opens with, such as `\\b`, out in front of the branches.)"""
    parts = _top_level(pattern)
    data = _parser.parse(pattern, flags).data
    return (len(parts) > 1 and bool(data) and data[-1][0] is _c.BRANCH
            and len(data[-1][1][1]) == len(parts))


def _ruled_out(info: Info, string: str) -> bool:
    """True when the prefilter shows the pattern cannot match anywhere in `string`."""
    if not info.tests:
        return False
    text = _folded(string) if info.fold else string
    for need in info.tests:  # (plain loops: any/all over generators cost more than the tests)
        for s in need:
            if s in text:
                break
        else:
            return True
    return False


def search(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    info = _info(pattern, flags)
    if _ruled_out(info, string):
        return None
    if info.alts is None:
        return info.compiled.search(string)
    return _split_search(info.compiled, info.alts, string,
                         _live_in(info.plan, string, flags), 0)


def match(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    info = _info(pattern, flags)
    return None if _ruled_out(info, string) else info.compiled.match(string)


def fullmatch(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    info = _info(pattern, flags)
    return None if _ruled_out(info, string) else info.compiled.fullmatch(string)


def finditer(pattern: str | Pattern[str], string: str, flags: int = 0) -> Iterator[Match[str]]:
    info = _info(pattern, flags)
    if _ruled_out(info, string):
        return iter(())
    if info.alts is None:
        return info.compiled.finditer(string)
    return _split_finditer(info.compiled, info.alts, string, _live_in(info.plan, string, flags))


def _split_finditer(whole: Pattern[str], alts: tuple[Alternative, ...], string: str,
                    nexts: dict[int, int]) -> Iterator[Match[str]]:
    # The whole pattern cannot match empty (checked in `_alternatives`), so each next
    # match starts where the last one ended, as in `re.finditer`.
    pos = 0
    while (m := _split_search(whole, alts, string, nexts, pos)) is not None:
        yield m
        pos = m.end()


def findall(pattern: str | Pattern[str], string: str, flags: int = 0) -> list[Any]:
    info = _info(pattern, flags)
    return [] if _ruled_out(info, string) else info.compiled.findall(string)


def sub(pattern: str | Pattern[str], repl: str | Callable[[Match[str]], str], string: str,
        count: int = 0, flags: int = 0) -> str:
    info = _info(pattern, flags)
    if _ruled_out(info, string):
        return string
    if info.alts is None:
        return info.compiled.sub(repl, string, count)
    # re.sub's own loop over the split search's matches (none can be empty: see
    # `_alternatives`); a template is expanded by the same code re.sub uses.
    out, last = [], 0
    matches = _split_finditer(info.compiled, info.alts, string,
                              _live_in(info.plan, string, flags))
    for n, m in enumerate(matches, 1):
        out += (string[last:m.start()], repl(m) if callable(repl) else m.expand(repl))
        last = m.end()
        if n == count:
            break
    return "".join(out) + string[last:] if out else string


def split(pattern: str | Pattern[str], string: str, maxsplit: int = 0,
          flags: int = 0) -> list[str]:
    info = _info(pattern, flags)
    return [string] if _ruled_out(info, string) else info.compiled.split(string, maxsplit)
