"""Deterministic reading of free text into profile fields. No model, no network: the same
words always give the same fields.

`extract(text, expecting=...)` returns only what the text states. `expecting` names the field
the chat just asked about, so a bare answer ("a few hundred", "none", "5k") lands there.
"""

from __future__ import annotations

import re
from typing import Any

from advisor.profile import Hosting, TaskKind, TeamSkill

WORD_NUMBERS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
MULTIPLIERS = {
    "k": 1_000, "thousand": 1_000, "grand": 1_000, "m": 1_000_000, "mm": 1_000_000,
    "million": 1_000_000, "mil": 1_000_000, "hundred": 100, "dozen": 12, "b": 1_000_000_000,
    "billion": 1_000_000_000,
}
# Vague amounts, longest first so "a few hundred" wins over "a few".
VAGUE = [
    ("tens of thousands", 30_000), ("hundreds of thousands", 300_000),
    ("a few thousand", 3_000), ("several thousand", 5_000), ("a couple thousand", 2_000),
    ("a couple of thousand", 2_000), ("thousands", 3_000),
    ("a few hundred", 300), ("several hundred", 500), ("a couple hundred", 200),
    ("a couple of hundred", 200), ("hundreds", 300),
    ("a few dozen", 36), ("several dozen", 50), ("dozens", 36), ("a dozen", 12),
    ("a handful", 5), ("a couple", 2), ("a few", 3), ("several", 5),
]
NUM = r"\d+(?:[.,]\d+)*"
MULT = r"(?:k|thousand|grand|mm|m|million|mil|hundred|b|billion)\b"
AMOUNT = rf"(?P<num>{NUM})\s*(?P<mult>{MULT})?"


def _amount(tag: str) -> str:
    return rf"(?P<num{tag}>{NUM})\s*(?P<mult{tag}>{MULT})?"

DATA_NOUNS = (
    r"labell?ed|labels?|examples?|samples?|rows?|records?|tickets?|emails?|pairs?|documents?|"
    r"docs|items?|reviews?|messages?|conversations?|transcripts?|annotat\w*|data ?points?|"
    r"sentences?|questions?|entries|cases|calls?|chats?|invoices?|contracts?|reports?|"
    r"articles?|posts?|comments?|descriptions?|summaries|answers?"
)
PERIODS = {"day": 30, "daily": 30, "week": 4.3, "weekly": 4.3, "month": 1, "monthly": 1,
           "mo": 1, "year": 1 / 12, "yearly": 1 / 12, "annually": 1 / 12, "hour": 720,
           "hr": 720}
PERIOD = (r"(?:a|an|per|each|every|/)\s*(?P<period>day|week|month|mo|year|hour|hr)\b"
          r"|(?P<adv>daily|weekly|monthly|yearly|annually)\b")
CURRENCY_BEFORE = r"(?:[$€£]|usd\s*|eur\s*|gbp\s*)"
CURRENCY_AFTER = r"(?:dollars?|usd|bucks|euros?|eur|pounds?|gbp)\b"

YES = re.compile(r"^\s*(y|yes|yeah|yep|yup|sure|definitely|absolutely|correct|right|true|"
                 r"it does|we do|they do|very much|of course|a lot|strict(ly)?)\b", re.I)
NO = re.compile(r"^\s*(n|no|nope|nah|not really|not at all|none|false|never|neither|"
                r"doesn'?t|don'?t|we don'?t|not)\b", re.I)
RESET = re.compile(r"\b(start (over|again|afresh)|restart|reset|from scratch|new (chat|"
                   r"conversation|session)|clear (it|everything|all))\b", re.I)
CORRECTION = re.compile(r"\b(actually|correction|sorry|i meant|we meant|scratch that|"
                        r"make that|change (it|that)|update|instead|rather|oops|wait)\b", re.I)
SKIP = re.compile(r"^\s*(skip|pass|don'?t know|not sure|no idea|unsure|dunno|n/?a|\?)\b", re.I)
FINISH = re.compile(r"\b(skip (the )?rest|recommend( now)?|that'?s (all|it)|just tell me|"
                    r"give me (the|a|your) (answer|recommendation)|done|go ahead)\b", re.I)
GREETING = re.compile(r"^\s*(hi|hello|hey|hiya|yo|good (morning|afternoon|evening)|help|"
                      r"start|howdy|greetings)\b[\s!.?]*$", re.I)


def _to_number(num: str, mult: str | None) -> float:
    # "1,500" and "1.5" both occur; a comma followed by exactly three digits is grouping.
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", num):
        value = float(num.replace(",", ""))
    else:
        value = float(num.replace(",", "."))
    return value * MULTIPLIERS[mult.lower()] if mult else value


def _words_to_digits(text: str) -> str:
    """'two thousand' -> '2 thousand', 'five hundred' -> '5 hundred' (bare words too)."""
    pattern = r"\b(" + "|".join(k for k in WORD_NUMBERS if k not in ("a", "an", "no")) + r")\b"
    return re.sub(pattern, lambda m: str(WORD_NUMBERS[m.group(1).lower()]), text, flags=re.I)


def _normalise(text: str) -> str:
    t = text.lower().replace("–", "-").replace("—", "-").replace("’", "'")
    for phrase, value in VAGUE:
        t = re.sub(rf"\b{phrase}\b", str(value), t)
    t = re.sub(r"\ba (hundred|thousand|million|dozen)\b", r"1 \1", t)
    t = _words_to_digits(t)
    # "5 hundred" -> "500" so that a later noun or period attaches to a single number.
    t = re.sub(rf"({NUM})\s*(hundred|dozen)\b",
               lambda m: f"{_to_number(m.group(1), m.group(2)):g}", t)
    # Ranges ("50-100", "3 to 5k", "between 500 and 1000"): keep the midpoint.
    def mid(m: re.Match) -> str:
        hi_mult = m.group(4)
        lo = _to_number(m.group(1), m.group(2) or hi_mult)
        hi = _to_number(m.group(3), hi_mult)
        return f"{(lo + hi) / 2:g}"
    t = re.sub(rf"(?:between\s+)?({NUM})\s*({MULT})?\s*(?:-|to|and)\s*[$€£]?({NUM})\s*({MULT})?",
               mid, t)
    return t


def _money(t: str) -> tuple[float | None, float | None, str]:
    """(one-off, monthly, text without the money mentions)."""
    one_off = monthly = None
    pattern = re.compile(
        rf"(?P<pre>{CURRENCY_BEFORE})\s*{AMOUNT}(?:\s*{CURRENCY_AFTER})?"
        rf"|{_amount('3')}\s*{CURRENCY_AFTER}"
        rf"|(?:budget|spend|afford|invest|cap|up to|around|about|roughly)\s+(?:is\s+|of\s+|"
        rf"around\s+|about\s+|roughly\s+|maybe\s+)*(?P<num2>{NUM})\s*(?P<mult2>{MULT})?"
        # No backtracking into "2k tickets" or "2,000 rows": those are counts, not money.
        rf"(?!\d|[.,]\d|\s*(?:{MULT}|{DATA_NOUNS}|{VOLUME_NOUNS}))", re.I)
    spans = []
    for m in pattern.finditer(t):
        num = m.group("num") or m.group("num3") or m.group("num2")
        mult = m.group("mult") or m.group("mult3") or m.group("mult2")
        if num is None:
            continue
        # Bare "about 2k" counts as money only when budget words are near.
        if m.group("num2") and not re.search(r"budget|spend|afford|invest|\$|usd|dollar",
                                             t[max(0, m.start() - 40): m.end() + 40]):
            continue
        value = _to_number(num, mult)
        after = t[m.end(): m.end() + 25]
        before = t[max(0, m.start() - 25): m.start()]
        if re.match(rf"\s*(?:{PERIOD})", after) or re.search(r"monthly\s*(budget)?\s*(of|is)?\s*$",
                                                             before):
            monthly = value
        else:
            one_off = value
        spans.append((m.start(), m.end()))
    for start, end in reversed(spans):
        t = t[:start] + " " + t[end:]
    return one_off, monthly, t


VOLUME_NOUNS = (r"requests?|queries|calls?|messages?|tickets?|emails?|users?|visitors?|"
                r"conversations?|chats?|documents?|items?|reviews?|questions?|runs?|generations?")


def _volume(t: str, need_noun: bool) -> tuple[int | None, str]:
    """Requests per month from 'N <things> a day/week/month'. Without a noun ('5k a month')
    it counts only when the question was about volume: otherwise it may be money."""
    noun = rf"(?:\w+\s+){{0,2}}?(?:{VOLUME_NOUNS})\s*" + ("" if need_noun else "?")
    m = re.search(rf"{AMOUNT}\s*{noun}(?:{PERIOD})", t, re.I)
    if not m:
        return None, t
    period = m.group("period") or m.group("adv")
    value = _to_number(m.group("num"), m.group("mult")) * PERIODS[period.lower()]
    return round(value), t[: m.start()] + " " + t[m.end():]


def _count(t: str) -> int | None:
    if re.search(r"\b(no|zero|without|lack)\s+(labell?ed\s+)?(data|examples?|labels?|"
                 r"dataset|training data)\b|\bnothing labell?ed\b", t):
        return 0
    m = re.search(rf"{AMOUNT}\s*\+?\s*(?:\w+\s+){{0,3}}?(?:{DATA_NOUNS})\b", t, re.I)
    if not m:
        # "we have 800", "got about 2k"
        m = re.search(rf"\b(?:have|got|collected|gathered|there are)\s+(?:about\s+|around\s+|"
                      rf"roughly\s+|maybe\s+|only\s+|just\s+|over\s+|~\s*)?{AMOUNT}", t, re.I)
    if not m:
        return None
    return round(_to_number(m.group("num"), m.group("mult")))


def _bare_number(t: str) -> float | None:
    m = re.search(rf"~?\s*{AMOUNT}", t, re.I)
    return _to_number(m.group("num"), m.group("mult")) if m else None


TASK_PATTERNS: list[tuple[TaskKind, str]] = [
    (TaskKind.REASONING, r"reason|math|calculat|multi-?step|logic|plan(ning)?\b|solve|puzzle|"
                         r"arithmetic|word problems?"),
    (TaskKind.EXTRACTION, r"extract|pull (out )?(the )?fields|parse|entit(y|ies)|\bner\b|"
                          r"fill (in )?forms?|key fields|structured data from"),
    (TaskKind.CLASSIFICATION, r"classif|categori[sz]|rout(e|ing)|triage|tag(ging)?\b|"
                              r"assign\w* (a )?(labels?|categor)|"
                              r"sentiment|detect|moderat|spam|intent|prioriti[sz]|sort"),
    (TaskKind.QA_CHAT, r"answer|question|chat|assistant|support bot|faq|help ?desk|"
                       r"conversation|customer support|copilot|bot\b"),
    (TaskKind.GENERATION, r"write|writ|generat|draft|rewrit|summar|translat|compose|"
                          r"paraphras|describ|copy|content|email replies|marketing|product "
                          r"descriptions|blog"),
]


def task_kind(t: str) -> TaskKind | None:
    for kind, pattern in TASK_PATTERNS:
        if re.search(pattern, t, re.I):
            return kind
    return None


def team_skill(t: str) -> TeamSkill | None:
    if re.search(r"\bno (engineers?|developers?|devs|tech\w*|coders?|programmers?|one)\b|"
                 r"non-?technical|not technical|no-?code|just (me|us)|nobody|^\s*none\b", t):
        return TeamSkill.NONE
    if re.search(r"\bml\b|machine learning|data scien|mlops|ai engineers?|research(ers)?|"
                 r"can train|train models", t):
        return TeamSkill.ML
    if re.search(r"developer|engineer|software|programmer|\bapis?\b|backend|coders?|devs?\b|"
                 r"full-?stack|python|javascript", t):
        return TeamSkill.API
    return None


def hosting(t: str) -> Hosting | None:
    if re.search(r"self[- ]?host|on[- ]?prem|our own (servers?|gpus?|cloud|hardware|infra\w*|"
                 r"machines?)|open[- ]?(source|weights?)|llama|mistral|qwen|gemma|vllm|"
                 r"in[- ]house|own model|host (it )?ourselves", t):
        return Hosting.SELF_HOSTED
    if re.search(r"openai|anthropic|claude|gemini|vertex|bedrock|azure|vendor|hosted|"
                 r"\bgpt|\bapi\b|provider|saas|cloud api", t):
        return Hosting.VENDOR_API
    return None


def _flag(t: str, positive: str, expecting: bool) -> bool | None:
    """A yes/no field: an explicit no/yes when it was asked, else keywords."""
    if expecting:
        if NO.search(t):
            return False
        if YES.search(t):
            return True
    if re.search(positive, t):
        negated = re.search(rf"\b(no|not|n't|without|don'?t need)\b[\w\s]{{0,20}}({positive})", t)
        return not negated
    return None


PRIVACY = (r"privacy|private|confidential|gdpr|hipaa|sensitive|on[- ]?prem|can'?t leave|"
           r"cannot leave|must stay|\bpii\b|regulated|compliance|personal data|medical|patient")
CONSISTENCY = (r"strict|exact format|json|schema|consistent|consistency|same format|"
               r"structured output|always the same|brand voice|style guide|format")
FRESH = (r"chang(e|es|ing) (often|daily|weekly|monthly|every|all the time|constantly|a lot)|"
         r"up[- ]to[- ]date|latest|fresh|new products|catalog(ue)?|prices? change|"
         r"real[- ]?time|news|changing|our (docs|documentation|knowledge base|wiki)|"
         r"internal (docs|documents|knowledge)")
TASKS = (rf"(?P<n>{NUM}|several|many|multiple|a few|few)\s+(?:separate\s+|different\s+|"
         r"distinct\s+|other\s+)?(?:tasks|use[- ]?cases|products|customers|clients|features|"
         r"workflows|models)")


def _num_tasks(t: str, expecting: bool) -> int | None:
    m = re.search(TASKS, t)
    if m:
        n = m.group("n")
        return {"several": 3, "many": 10, "multiple": 3, "a few": 3, "few": 3}.get(n) or int(
            float(n.replace(",", "")))
    if expecting:
        if re.search(r"\b(just|only|single|one)\b", t) or NO.search(t):
            return 1
        value = _bare_number(t)
        if value is not None:
            return max(1, int(value))
    return None


VOLUME_WORDS = [(r"\b(tiny|very low|minimal)\b", 500), (r"\blow\b|\bsmall\b", 1_000),
                (r"\b(medium|moderate)\b", 30_000), (r"\b(very high|huge|massive)\b", 3_000_000),
                (r"\b(high|large|lots)\b", 300_000)]


def extract(text: str, expecting: str | None = None) -> dict[str, Any]:
    """Profile fields stated in `text`. Keys are Profile field names; absent means unsaid."""
    raw = text.strip()
    t = _normalise(raw)
    found: dict[str, Any] = {}

    if expecting == "monthly_requests" and (m := re.search(r"under (\d+) ?k", t)):
        found["monthly_requests"] = int(m.group(1)) * 1000 // 2
        return found

    one_off, monthly, t = _money(t)
    if one_off is not None:
        found["budget_usd"] = one_off
    if monthly is not None:
        found["monthly_budget_usd"] = monthly

    volume, t = _volume(t, need_noun=expecting != "monthly_requests")
    if volume is not None:
        found["monthly_requests"] = volume
    if re.search(r"\b(no|zero|without( a)?|nil|tiny|shoestring) budget\b|\bbudget (is )?(zero|"
                 r"none|nil|0)\b|can'?t spend|\$0\b|nothing to spend", t):
        found["budget_usd"] = 0.0

    count = _count(t)
    if count is not None:
        found["labeled_examples"] = count

    kind = task_kind(raw)
    if kind is not None:
        found["task_kind"] = kind

    if (skill := team_skill(t)) is not None and (expecting == "team_skill" or re.search(
            r"team|engineer|developer|devs?\b|\bml\b|technical|coders?|scientist|nobody|"
            r"programmer|just (me|us)", t)):
        found["team_skill"] = skill
    if (host := hosting(t)) is not None and (expecting in ("hosting", "privacy") or re.search(
            r"host|model|api|openai|vendor|on[- ]?prem|server|cloud|llama|mistral|gpt", t)):
        found["hosting"] = host
    for name, pattern in (("privacy", PRIVACY), ("needs_consistency", CONSISTENCY),
                          ("fresh_knowledge", FRESH)):
        value = _flag(t, pattern, expecting == name)
        if value is not None:
            found[name] = value
    if (n := _num_tasks(t, expecting == "num_tasks")) is not None:
        found["num_tasks"] = n

    # A bare answer to the question just asked.
    if expecting == "labeled_examples" and "labeled_examples" not in found:
        if NO.search(t) or re.search(r"\bnothing\b|^\s*0\s*$", t):
            found["labeled_examples"] = 0
        elif (value := _bare_number(t)) is not None:
            found["labeled_examples"] = round(value)
    if expecting == "budget":
        if not ({"budget_usd", "monthly_budget_usd"} & found.keys()) and (
                NO.search(t) or re.search(r"\bnothing\b|\bzero\b", t)):
            found["budget_usd"] = 0.0
        # Bare amounts answer the budget question: "10k upfront and 2k a month".
        for m in re.finditer(rf"{AMOUNT}\s*(?:{PERIOD})?", t, re.I):
            key = "monthly_budget_usd" if (m.group("period") or m.group("adv")) else "budget_usd"
            found.setdefault(key, _to_number(m.group("num"), m.group("mult")))
    if expecting == "monthly_requests" and "monthly_requests" not in found:
        for pattern, value in VOLUME_WORDS:
            if re.search(pattern, t):
                found["monthly_requests"] = value
                break
        else:
            if (value := _bare_number(t)) is not None:
                found["monthly_requests"] = int(value)
    if expecting == "team_skill" and "team_skill" not in found and NO.search(t):
        found["team_skill"] = TeamSkill.NONE
    if expecting == "task" and raw and not GREETING.match(raw):
        found["task"] = raw
    return found


def bare_number(text: str) -> float | None:
    """The first number in the text (with k/m multipliers), for corrections like 'make it 800'."""
    return _bare_number(_normalise(text))


def is_reset(text: str) -> bool:
    return bool(RESET.search(text))


def is_correction(text: str) -> bool:
    return bool(CORRECTION.search(text))


def is_skip(text: str) -> bool:
    return bool(SKIP.match(text))


def is_finish(text: str) -> bool:
    return bool(FINISH.search(text))


def is_greeting(text: str) -> bool:
    return bool(GREETING.match(text))
