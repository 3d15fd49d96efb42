"""Numbers in free text, each bound to what it counts.

"We have two backend devs and 1,200 annotated contracts; budget maybe $20" holds three
numbers: 2 people, 1,200 labeled examples and 20 dollars. `mentions(text)` finds them and says
what each one counts (its `kind`), reading the words after it ("devs", "contracts a day"),
the words before it ("team of 5", "budget is"), currency signs and words, and in-message
corrections ("500, no wait, more like 5,000"). Everything is plain regular expressions: the
same words always give the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from advisor import rx as re  # re over a compile cache that holds every pattern

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague amounts, longest first so "a few hundred" wins over "a few".
VAGUE = [
    ("tens of thousands", 30_000), ("hundreds of thousands", 300_000),
    ("a few thousand", 3_000), ("few thousand", 3_000), ("several thousand", 5_000),
    ("a couple of thousand", 2_000), ("a couple thousand", 2_000), ("couple of thousand", 2_000),
    ("couple thousand", 2_000), ("thousands", 3_000),
    ("a few hundred", 300), ("few hundred", 300), ("several hundred", 500),
    ("a couple of hundred", 200), ("a couple hundred", 200), ("couple of hundred", 200),
    ("couple hundred", 200), ("hundreds", 300),
    ("a few dozen", 36), ("several dozen", 50), ("dozens", 36), ("a dozen", 12),
    ("a handful of", 5), ("a handful", 5), ("a couple of", 2), ("a couple", 2),
    ("a few", 3), ("several", 5),
]
FRACTIONS = {"half": 0.5, "quarter": 0.25}
# "grand" is a thousand dollars, except in "a grand total", "grand opening"...
NOT_MONEY_GRAND = r"(?!\s+(?:total|scheme|plan|opening|tour|prize|jury|slam|design|vision))"
MULTIPLIERS = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "bn": 1_000_000_000}
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
CLAUSE_END = re.compile(r"[.;!?\n]|,\s|\s(?:but|although|though|however|whereas)\s")
PERIODS = {"day": 30, "daily": 30, "morning": 30, "evening": 30, "night": 30,
           "weekday": 21.7, "workday": 21.7, "working day": 21.7, "business day": 21.7,
           "work day": 21.7, "week": 4.3, "weekly": 4.3, "month": 1, "monthly": 1,
           "quarter": 1 / 3, "quarterly": 1 / 3, "year": 1 / 12, "yearly": 1 / 12,
           "annually": 1 / 12, "annual": 1 / 12, "hour": 720,
           # "ninety matches a weekend": one weekend a week
           "weekend": 4.3}
PERIOD = re.compile(r"^(?:a|an|per|each|every|for|by|over the|across the|throughout the)"
                    r"\s+(?:single\s+|normal\s+|typical\s+|"
                    r"usual\s+|regular\s+|average\s+|ordinary\s+)?(working day|business day|"
                    r"work day|day|week|month|quarter|"
                    r"year|hour|morning|evening|night|weekday|workday|weekend)\b"
                    # (not a deadline: "maybe 50 by year end")
                    r"(?<!by year(?=[- ]end))(?<!by month(?=[- ]end))"
                    r"|^(daily|weekly|monthly|quarterly|yearly|annually)\b")
CORRECTION = re.compile(r"\b(no wait|wait|sorry|actually|i mean|i meant|correction|correcting|"
                        r"(let me|i (need|have|must) to|i must|i should) correct|correct (that|"
                        r"myself|this)|"
                        r"scratch "
                        r"that|make (it|that)|more like|nearer( to)?|or rather|rather(?! than)|"
                        r"oops|(i|we) "
                        r"(must|have to|need to|should) correct|"
                        # a restatement: "300-500, call it ~350", "1,000 to 3,000; say 1,500"
                        # (not a report: "my nephew say i must train own model")
                        r"call it|say(?! (that|i|we|you|he|she|they|it|my|our|the|this|so|no|"
                        r"yes)\b)|avg|on average|average|let me check|(re)?counted|so use|"
                        r"so at least|"
                        r"let'?s (say|use)|(let'?s|we'?ll|i'?ll|we'?d|i'?d) go with|well(?=,)|"
                        r"after (we )?(removing|removed|dedup\w*|deduplicat\w*|cleaning|cleaned)|"
                        r"no,? honestly|honestly,? (it'?s|that'?s|we have|more like)|(i|we) "
                        r"(was|were) wrong|in fact)"
                        r"\b")


class Kind(StrEnum):
    MONEY = "money"  # dollars (per `period`, if any)
    DATA = "data"  # labeled examples, documents, rows...
    VOLUME = "volume"  # things per period: requests a month
    PEOPLE = "people"  # devs, engineers, employees
    TASKS = "tasks"  # tasks, use cases, model copies
    ENTITIES = "entities"  # customers, clients, tenants, brands
    LATENCY = "latency"  # milliseconds
    HARDWARE = "hardware"  # GPUs, servers
    OTHER = "other"  # percentages, classes, durations, model sizes: nothing we use
    BARE = "bare"  # a number on its own: only the question asked can place it
    HAVE = "have"  # "we have 800": probably examples, but a guess


# Nouns by what they count. A noun phrase's head is its last noun ("product categories").
NOUNS: list[tuple[Kind, str]] = [
    (Kind.PEOPLE, r"devs?|developers?|engineers?|people|persons?|employees?|staff|clinicians?|"
                  r"(co-?)?founders?|scientists?|researchers?|writers?|mods|moderators?|agents|"
                  r"recruiters?|analysts?|lawyers?|paralegals?|folks|members|designers?|"
                  r"copywriters?|teachers?|doctors?|nurses?|coders?|programmers?|freelancers?|"
                  r"contractors?|hires|humans|annotators?|label(l)?ers?|guys?|colleagues|vets|"
                  r"examiners?|graders?|markers|raters?|"
                  r"accountants?|pharmacists?|reps|interns?|volunteers?|editors?|translators?|"
                  r"reviewers?|operators?|technicians?|specialists?|consultants?|managers?|"
                  r"teammates?|admins?|experts?|engs?|ppl|investigators?|assessors?|"
                  r"adjusters?|underwriters?|inspectors?|auditors?|clerks?|agronomists?|"
                  r"dispatchers?|linguists?|radiologists?|surveyors?|tutors?|physicians?|"
                  r"therapists?|dentists?|pathologists?|planners?|caseworkers?|officers?|"
                  r"pms|pos|qas|sres|ctos?|ceos?|friends|classmates|buddies|mates|siblings|"
                  r"cousins"),
    (Kind.HARDWARE, r"gpus?|a100s?|h100s?|h200s?|v100s?|l40s?|t4s|\d{4}s|rtx|cards?|"
                    r"servers?|machines?|nodes?|workstations?|boxes"),
    (Kind.LATENCY, r"ms|msecs?|milliseconds?|seconds?|secs?|s"),
    (Kind.OTHER, r"minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|quarters?|"
                 r"afternoons?|mornings?|evenings?|weekends?|fortnights?|cycles?|seasons?|"
                 r"semesters?|"
                 r"times|categories|category|classes|types|intents|queues|tags|buckets|teams|"
                 r"sections|bullets|languages|characters|chars|words|fields|columns|steps|"
                 r"options|topics|levels|tiers|outcomes|percent|parameters|params|tokens|"
                 r"stars|points|countr(y|ies)|cit(y|ies)|locations|offices|sites|times?|models?|llms?|"
                 r"weights|checkpoints|versions?|epochs|shots|attempts|gigs?|folders|piles|"
                 r"bins|trays|drawers|"
                 # Goods and land, not requests: "40,000 TEU a year", "60,000 tonnes a year"
                 r"tonnes?|tons?|teu|kg|kilos?|kilograms?|lbs|litres?|liters?|gallons?|"
                 r"barrels?|km|kilomet(er|re)s?|miles|hectares?|acres?|kwh|mwh"),
    # ("nine annotation schemes, each with its own label set": a task each)
    (Kind.TASKS, r"([\w]+-)?tasks?|use-cases?|workflows?|copies|adapters|skills|schemes"),
    (Kind.ENTITIES, r"customers?|clients?|tenants?|brands?|companies|businesses|units|"
                    r"accounts|shops|stores|departments?|organi[sz]ations|orgs|partners|"
                    r"products|apps|users?|visitors?|subscribers?|players|students|restaurants?|"
                    r"clinics?|hospitals?|schools?|rooftops?|dealerships?|branches|franchises?|"
                    r"merchants?|sellers?|hotels?|venues?|outlets?|firms?|agencies|publishers?|"
                    r"retailers?|stations?|locations|groups|chains|practices|networks|"
                    r"libraries|newspapers|districts|councils|municipalities|universities|"
                    r"colleges|dealers|distributors|resellers|insurers|banks|carriers|labs|"
                    r"pharmacies|gyms|studios|salons|resorts|shows|podcasts|channels|"
                    r"chapels|parishes|homes"),
    (Kind.DATA, r"labell?ed|labels|examples?|samples?|rows?|records?|tickets?|emails?|pairs?|"
                r"documents?|docs|items?|reviews?|messages?|conversations?|transcripts?|"
                r"sentences?|questions?|entries|cases|calls?|chats?|invoices?|contracts?|"
                r"reports?|articles?|posts?|comments?|descriptions?|summaries|summary|"
                r"answers?|replies|listings?|captions?|creatives?|claims?|notes?|recipes?|"
                r"clauses?|applications?|r[ée]sum[ée]s?|cvs?|titles?|queries|completions?|"
                r"dictations?|"
                r"logs?|feedback|surveys?|orders?|utterances?|prompts?|responses?|outputs?|"
                r"texts?|files?|pdfs?|images?|photos?|datapoints?|q&as?|faqs?|headlines?|"
                r"letters?|forms?|receipts?|notifications?|snippets?|stories|transactions?|"
                r"entries|dialogues?|threads?|pages?|bios?|profiles?|jobs?|postings?|extractions?|"
                r"annotations?|judg(e)?ments?|ratings?|translations?|cases|memos?|tweets?|"
                r"abstracts?|papers?|sms|emails?|essays?|passages?|paragraphs?|excerpts?|pushes|"
                r"alerts?|filings?|dossiers?|submissions?|quotes?|proposals?|briefs?|scripts?|"
                r"lessons?|quizzes|exams?|recordings?|voicemails?|observations?|incidents?|"
                r"scans?|agreements?|statements?|policies|specs|disclosures?|ads|adverts?|"
                r"segments?|rewrites?|sheets?|bookings?|decisions|verdicts|rulings"),
    (Kind.VOLUME, r"requests?|searches|predictions?|inferences?|lookups?|hits|views|"
                  r"generations?|runs?|sessions?|api-calls"),
]
NOUN_RES = [(kind, re.compile(rf"(?:{pattern})")) for kind, pattern in NOUNS]
MONEY_AFTER = re.compile(r"^(?:[$€£]|(?:dollars?|bucks|usd|euros?|eur|pounds?|gbp|quid|cents?|"
                         r"budget|cash)\b)")
MONEY_BEFORE = re.compile(r"\bin (us )?dollars,? (it'?s|that'?s|is|comes to|about|around)? ?"
                          r"(about |around |roughly |~)?$|"
                          r"\b(budget|budget's|spend|spending|afford|invest|cash|money|funds?|"
                          r"pay|paying|cap|capped|max(imum)?|up to|costs?|set aside|put aside|"
                          r"allocat\w*|earmark\w*)\b")
# An amount a period spent on calls, said without a currency: "100 a month for api calls".
SPENT_ON = re.compile(r"^(?:a|an|per|each|every)\s+(?:day|week|month|year)\s+(?:for|toward|"
                      r"towards|on|in)\s+(?:the\s+|our\s+)?(?:api|openai|compute|hosting|"
                      r"tokens?|credits|inference|usage|llm)")
HAVE_BEFORE = re.compile(r"\b(have|got|hold|collected|gathered|there are|there's|own|sitting "
                         r"on)\b(?:\s+\w+){0,3}\s*$")
# Words right before a number that make it a name or a version, not an amount.
NAME_BEFORE = re.compile(r"(rtx|gtx|quadro|geforce|radeon|llama|mistral|qwen|gemma|phi|falcon|"
                         r"gpt|claude|gemini|version|v|iphone|python|ios|android|windows|"
                         r"series|top|rank|step|level|tier|stage|phase|web|covid|"
                         # an index, not an amount: "after day 3", "page 12", "question 4"
                         r"\b(day|page|chapter|slide|section|round|season|episode|part|"
                         r"grade|figure|table|week|question|item|line|room|floor|gate|"
                         # (not a "no." that takes a number back: "wait - no. 15k tagged")
                         r"module|number|(?<!wait - )(?<!wait, )(?<!wait )(?<!oops )(?<!sorry )"
                         r"(?<!oh )(?<!- )(?<!, )no\.|#)|"
                         r"(since|in|by|until|from|of|early|late|mid|q[1-4])\s+(?=(19|20)\d\d))"
                         r"\s*$")
LABEL_CUES = re.compile(r"(?<!white-)(?<!private-)(?<!white )label|annotat|tagged|examples?|pairs|"
                        r"approved|reviewed|confirmed|signed[- ]off|"
                        r"categori[sz]ed|adjudicated|rewr[io]te|rewritten|written|wrote|graded|"
                        r"verified|validated|gold|ground truth|training|\b(hand-)?scored\b|"
                        r"\bhand-rated\b|\b(hand-)?curated\b|\bhand-?picked\b")
# Pieces of text that are items of data once something marks them: "150 lines they love, as
# style references".
TEXT_UNITS = {"lines", "texts", "passages", "paragraphs", "sentences", "snippets", "entries",
              "barks", "quotes", "verses"}
# Said after items, these make them labeled: "leases our paralegals marked up by hand".
# ("350 problems with teacher solutions", "200 threads where our agents wrote reference notes")
MARKED = re.compile(r"\bwith (the )?(teacher|teachers'|expert|human|reference|gold|model|worked|"
                    r"correct) (solutions|answers|notes|labels|summaries|outputs|translations|"
                    r"parses?|codes?|categor(y|ies)|intents?|labels?|classes)\b|"
                    r"\bwhere (\S+ ){0,3}(wrote|written|gave) (the )?(reference|gold|model|"
                    r"correct) |"
                    # "2,200 studies where the physicians finalised the report fields"
                    r"\bwhere (the |our )?(\S+ ){0,2}(finali[sz]ed|signed off|approved|completed|"
                    r"confirmed|coded|labell?ed) (the |their |its )?(\S+ ){0,2}(fields|labels|"
                    r"codes|reports?|answers?|categor(y|ies)|outputs?|values)\b|"
                    r"\b(label\w*|annotat\w*|tagged|marked up|graded|reviewed|verified|checked|"
                    r"typed (out|up|in)|filled (in|out)|filled (manually|by hand)|hand-scored|"
                    r"translated|"
                    r"rated|judged|ranked|assessed|decided|resolved|"
                    r"corrected|categori[sz]ed|classified|coded|scored|wrote|written|approved|"
                    # "70,000 declarations mapped by our medical underwriters"
                    r"mapped (by|to)|"
                    r"cleaned (up )?by|sorted by (our|the|a|my|their|hand)\b|already sorted\b|"
                    r"keyed (in|up)\b|double-checked|"
                    r"hand-checked|"
                    r"rewr[io]te|rewritten|\b(where|for which|of which) we (have|kept|keep|saved|"
                    r"still have|stored) both\b|\bwith both (the )?\w+ and\b|"
                    r"structured)\b|training examples|as (\S+ )?examples|worked examples|"
                    r"\bworked (through|out)\b|"
                    # "only about 2,500 actually have an intent tag from agents"
                    r"\b(have|has|with|carry|carries|bear|bears) (a|an|the|its|their) (\S+ )?(tag|"
                    r"label|category|code|"
                    r"intent|grade|class)\b|"
                    # "only 120 have the customer's original question attached"
                    r"\b(have|has|with) (the |their |its )?(\S+ ){0,3}(questions?|inputs?|"
                    r"requests?|answers?|repl(y|ies)|labels?|outputs?|emails?|messages?) "
                    r"attached\b|"
                    # "150 lines they love, as style references"
                    r"\bas (style |tone |voice |gold |reference )?(references|exemplars|gold "
                    r"standard)\b|"
                    # "3,000 past claims with the code the senior assessor finally put"
                    r"\bwith (the|their) (final |correct |right |assigned |agreed )?(code|label|"
                    r"category|tag|grade|class|decision|outcome|verdict|department|team|queue|"
                    r"desk|unit|office)s? (\S+ ){0,4}(put|gave|assigned|chose|picked|set|decided|"
                    r"entered|made|handled|resolved|took)\b|"
                    # "only 6,500 carry a severity an inspector assigned"
                    r"\b(carry|carries|bear|bears) (a|an|the|its|their) (\S+ )?(severity|rating|"
                    r"score|priority|verdict|outcome|diagnosis)\b|"
                    # "300 verses our writers did"
                    r"\b(writers|copywriters|editors|staff|team|agents|translators|experts|"
                    r"teachers|tutors|doctors|lawyers|accountants|nurses|moderators) (did|made|"
                    r"produced|created|prepared)\b|"
                    # "1,200 dictations with the finished forms"
                    r"\bwith (the |their )?(finished|final|correct|completed|approved|right) "
                    r"(\S+ )?(forms?|outputs?|versions?|summaries|answers|labels|records|"
                    r"translations|codes|json|fields|values|data|entries|decisions|outcomes|"
                    r"verdicts|grades|ratings|categories)\b|"
                    # "1,500 loads where the notes and the recorded grades match up"
                    r"\bmatch(es|ed)? up\b|\b(are|were) paired\b|"
                    # "titles our moderators already split into the right fields"
                    r"\b(split|broke|broken|sorted|mapped|matched|keyed|entered|put)( down| up)? "
                    r"(\S+ ){0,2}(in|into|to) (the )?(right|correct|proper|matching)\b|"
                    r"training data|\b(we )?(can|could) (train|fine-?tune) on\b|signed off|"
                    r"\bby hand\b|\bhand-|"
                    # "1,800 lines, each paired with the scene it is for"
                    r"\b(paired|matched) (up )?with\b|"
                    # "8,000 RFQs whose line items sales ops already entered in the ERP"
                    r"\bwhose (\S+ ){1,5}?(already )?(entered|keyed|typed|captured|recorded|"
                    r"extracted|transcribed)\b")
# Said before items, these make them labeled: "we've labeled 500 of them".
MARKED_BEFORE = re.compile(r"\b(labell?ed|annotated|tagged|graded|hand-labell?ed|approved|"
                           r"(?<!could )(?<!would )(?<!will )(?<!can )(?<!to )(label|labels|"
                           r"annotate|annotates)|"
                           r"(hand-)?scored|(hand-)?rated|"
                           r"reviewed|verified|vetted|hand-checked|hand-entered|hand-keyed|keyed|"
                           # "over the winter I hand-corrected about 700 lines"
                           r"hand-corrected|hand-fixed|hand-cleaned|hand-coded|hand-sorted|"
                           r"signed off( on)?|"
                           r"written|wrote|wrote out|"
                           r"(have|has|had) marked( up)?|marked up|(have|has|had) corrected|"
                           # "volunteers have translated maybe 15 leaflets so far"
                           r"(have|has|had) (already )?translated|"
                           # "our ops folks have hand-keyed roughly 1,800 of these"
                           r"(hand-)?keyed( in)?|hand-typed|(have|has|had) (manually )?abstracted|"
                           # "support has manually categorised about 12,000 of these"
                           r"(have|has|had) (manually |hand-|already |carefully )?(categori[sz]ed|"
                           r"classified|coded|mapped|sorted|corrected|checked)|"
                           # "she marked only 40 of them as a test"
                           r"(i|we|she|he|they|someone|somebody) (already )?marked|"
                           # "I wrote notes by hand for maybe a dozen episodes" (not "we made
                           # apps for 40 councils")
                           r"(wrote|did) (\S+ )?(descriptions|notes|summaries|captions|answers|"
                           r"replies|labels|tags|translations|headlines|titles|minutes|reports|"
                           r"rewrites)"
                           r"( by hand)? for|"
                           r"written out|wrote up|typed up|"
                           # "the writers gave us around 300 lines per character"
                           # "our editors produced roughly 3,200 caption lines"
                           r"(writers|editors|experts|annotators|translators|reviewers|"
                           r"teachers|lawyers|doctors|agents|copywriters|moderators|paralegals|"
                           r"linguists|analysts|staff|team|nurses|clerks|dispatchers|"
                           r"accountants|pharmacists|engineers|planners|recruiters|tutors|"
                           r"editors|specialists|officers|adjusters|coders|volunteers) "
                           r"(have |had )?(gave|given|sent|provided|supplied|handed|"
                           r"made|produced|created|prepared|crafted|wrote|written) "
                           r"(us )?|(has|have|had) (already )?(given|sent|provided|supplied|shared|"
                           r"handed) (us )?)\s*"
                           r"(about |around |roughly |maybe |some |over |nearly |only |just |"
                           r"all )?$")
# Marked by someone, said in a clause after the count: "120 that one receptionist marked".
MARKED_BY = re.compile(r"(that|which) (\S+ ){0,3}?(sorted|labell?ed|tagged|marked|graded|checked|"
                       r"classified|annotated|coded|categori[sz]ed|corrected|reviewed|keyed|"
                       r"verified)\b")
# ("paired with the raw supplier data" is the input of a labeled pair.)
# ("40 thousand old emails but nobody tagged them", "5,000 tickets but none of them labeled")
UNLABELED = re.compile(r"unlabell?ed|unannotated|unreviewed|unverified|untagged|ungraded|unscored|"
                       r"unmarked|unrated|unchecked|"
                       # (not the raw side of a pair: "fifteen thousand raw/final pairs")
                       # (nor "transcripts with the matching raw files": the input each
                       # one was made from)
                       r"uncategori[sz]ed|(?<!the )(?<!with )(?<!of )(?<!matching )"
                       r"(?<!corresponding )(?<!original )(?<!paired )\braw\b(?!\s*(/|-to-|-|to|"
                       r"and|&|\+|->)\s*(final|edited|clean|cleaned|corrected|finished|"
                       r"formatted|polished|certified))|not labell?ed|"
                       # "25,000 historical reports aren't labeled in this scheme"
                       r"\b(aren'?t|are not|isn'?t|is not|weren'?t|were not) (yet )?(been )?"
                       r"(labell?ed|annotated|tagged)\b|"
                       r"\bnobody (ever )?(tagged|labell?ed|annotated|marked|categori[sz]ed|sorted|"
                       r"keyed) (them|those|these|it|any)\b|"
                       r"\bnobody (ever )?(tagged|labell?ed|annotated|keyed)\b|"
                       r"\bnobody (ever )?wrote (the |any )?(answers|replies|labels)\b|"
                       r"\bnone (of (them|those|these) )?(are |is |were |was |have been |got )?"
                       r"(labell?ed|annotated|tagged)\b|"
                       r"\bnone of (the|our)\s+(\S+\s+)?(are|is|were|was|have been|got) (labell?ed|"
                       r"annotated|tagged)\b")


@dataclass(frozen=True)
class Mention:
    value: float
    kind: Kind
    start: int
    end: int
    per_month: float | None = None  # multiplier to a month when a period was stated
    cue: int = 0  # how sure a DATA mention is about being labeled data (0-2; -1: unlabeled)
    corrects: bool = False  # said as a correction of the number before it
    annual: bool = False  # money said to be per year
    bound: bool = True  # a noun, currency or cue said what it counts
    noun: str | None = None  # the word it counts ("customers", "vets")
    unlisted: bool = False  # a plural the noun lists do not know ("vets", "business lines")

    def monthly(self) -> float:
        return self.value * (self.per_month or 1)


def to_number(num: str) -> float:
    """'1,500' -> 1500, '1.5' -> 1.5, '1,5' -> 1.5 (a comma before exactly three digits is
    grouping)."""
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", num):
        return float(num.replace(",", ""))
    return float(num.replace(",", "."))


def _fmt(x: float) -> str:
    return f"{x:.15g}"


def _word_run_value(words: list[str]) -> float:
    total = current = 0.0
    for w in words:
        if w == "a":
            current = 1
        elif w in UNITS:
            current += UNITS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
    return total + current


# "one" after a determiner or an adjective is a pronoun: "tough one", "this one", "each one".
PRONOUN_ONE = re.compile(r"\b(the|this|that|each|every|which|another|any|some|a|other|same|"
                         r"tough|good|great|hard|easy|big|small|new|old|last|first|next|right|"
                         r"wrong|little|tricky|fun|real|main|latest|current)\s+$")


def _word_numbers(words: list[str]) -> list[list[str]]:
    """Split a run of number words where English does not join them: "three eight" is 3 then
    8 ("Llama three eight B"), "three seventy" is 3 then 70, "two and three" 2 then 3; a ten
    takes one digit after it ("twenty two"), hundreds and scales take anything."""
    runs: list[list[str]] = [[]]
    last = None  # the kind of the previous word: digit, teen, ten, hundred, scale
    for w in words:
        if w == "and":
            continue
        kind = ("hundred" if w == "hundred" else "scale" if w in SCALES else "digit"
                if w == "a" or UNITS[w] < 10 else "teen" if UNITS[w] < 20 else "ten")
        joins = last is None or kind in ("hundred", "scale") or last in ("hundred", "scale") or (
            last == "ten" and kind == "digit")
        if not joins:
            runs.append([])
        runs[-1].append(w)
        last = kind
    return runs


# A model family before a number said aloud: "llama three seventy b" is version 3, size 70.
MODEL_FAMILY = r"(llama|mistral|mixtral|qwen|gemma|phi|falcon|deepseek|olmo|granite|yi)"


def _word_run(m: re.Match) -> str:
    words = re.findall(r"[a-z]+", m.group(0))
    if words == ["one"] and PRONOUN_ONE.search(m.string[max(0, m.start() - 12): m.start()]):
        return m.group(0)
    runs = _word_numbers(words)
    # Hundreds said the short way: "two fifty a month" is 250, "twelve ninety-nine" 1,299
    # (not after a model's name: "llama three seventy b")
    if (len(runs) == 2 and len(runs[0]) == 1 and runs[0][0] != "a" and 1 <= UNITS[runs[0][0]] < 20
            and runs[1][0] in UNITS and UNITS[runs[1][0]] >= 20 and "and" not in words
            and not re.search(rf"\b{MODEL_FAMILY}[\s\d.-]*$", m.string[max(0, m.start() - 20):
                                                                  m.start()])):
        return _fmt(UNITS[runs[0][0]] * 100 + _word_run_value(runs[1]))
    if len(runs) == 1:
        return _fmt(_word_run_value(words))
    values = [_word_run_value(r) for r in runs]
    if len(runs) == 2 and len(runs[0]) == len(runs[1]) == 1 and (
            values[1] - values[0] == 1 or (values[0] >= 20 and values[1] - values[0] == 10)):
        return f"{_fmt(values[0])}-{_fmt(values[1])}"  # "five six people", "twenty thirty"
    # (an "and" between two numbers stays: "between two and three" is a range)
    sep = " and " if re.search(r"\band\b", m.group(0)) and len(runs) == 2 else " "
    return sep.join(_fmt(v) for v in values)


NUMWORD = "|".join([*UNITS, *SCALES])
WORD_RUN = re.compile(rf"\b(?:a\s+(?=(?:hundred|thousand|million|billion)\b))?(?:{NUMWORD})"
                      rf"(?:(?:\s+and\s+|[\s-]+)(?:{NUMWORD}))*\b")


DIGITS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9}


def _spoken_value(said: str) -> float:
    """'2' or 'twenty two' as a number."""
    said = said.strip()
    return to_number(said) if said[0].isdigit() else _word_run_value(re.findall(r"[a-z]+", said))


def _unit_value(word: str) -> float:
    return float(word) if word[0].isdigit() else UNITS[word]


@lru_cache(maxsize=512)  # the parser reads one message several times (task, team, hosting)
def normalise(text: str) -> str:
    """Lower case, one spelling per number: words and multipliers become digits, '8 grand'
    becomes '$8000', ranges their midpoint, '/mo' becomes 'a month'."""
    t = text.lower().replace("–", "-").replace("—", "-").replace("’", "'").replace("‘", "'")
    t = re.sub(r"\bone[- ]off\b|\bone[- ]time\b(?! (a|an|per|each|every)\b)", "oneoff", t)
    t = re.sub(r"\bca\.\s", "about ", t)  # "ca. 150", as German speakers write "circa"
    # The Swiss thousands mark: "15'000 francs", "3'000 pages", "1'200'000"
    t = re.sub(r"(?<![\d'])(\d{1,3})((?:'\d{3})+)(?![\d'])", lambda m: m.group(1)
               + m.group(2).replace("'", ""), t)
    t = re.sub(r"\bper cent\b", "percent", t)  # "eighty-eight per cent"
    # A plural in quotes is the word: "~350 internal 'skills'" counts skills (a verb in quotes,
    # "you can 'train' it", stays a doubt).
    t = re.sub(r"(?<![\w'])'([a-z][\w-]{1,30}s)'(?![\w'])", r"\1", t)
    # Fillers and hedges between a verb and its count: "our writers have produced, hmm, I want
    # to say 40,000 lines" is "produced about 40,000 lines".
    t = re.sub(r",?\s*\b(hmm+|umm*|uhh*|erm)\b,?(?=\s)", "", t)
    t = re.sub(r",?\s*\b(i want to say|i'd say|i would say|i'm going to say),?\s+(?=("
               r"(about |around |roughly |maybe |some |over |nearly )?[\d$€£]|(a|one|two|three|"
               r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|"
               r"eighty|ninety|a few|several) ))(?P<hedged>(about|around|roughly|maybe|some|over|"
               r"nearly) )?", lambda m: " " + (m.group("hedged") or "about "), t)
    t = re.sub(r"\bshall not\b|\bshan'?t\b", "must not", t)  # a spec's "shall not leave"
    # "maybe 1 on 4 documents", as French and Portuguese speakers write "1 in 4"
    t = re.sub(r"\b(maybe|about|around|roughly|like|approx\.?|~) ?(\d+) on (\d+)\b", r"\1 \2 in \3",
               t)
    # "about a post a day": one of them per day
    t = re.sub(r"\b(about|around|roughly|maybe|only|just|like|it'?s) an? (?!(lot|bit|few|little|"
               r"couple|dozen|handful|score|bunch|ton|pile|lot|day|week|month|year|time|once|"
               r"while)\b)([a-z]+) (a|per|each|every) (day|week|month|working day|weekday)\b",
               r"\1 1 \3 \4 \5", t)
    t = re.sub(r",? let alone\b", ", and not", t)  # "never touched python, let alone pytorch"
    # "paired, one to one": no range (but "route each one to one of 25 departments" is none)
    t = re.sub(r"\bone[- ]to[- ]one\b(?! of\b)", "onetoone", t)
    t = re.sub(r"\b(\d[\d,.]*) of (their|our|its|his|her|my) own\b", r"\1", t)  # "250 of their own"
    # "I wrote 3,000 of her lines": the lines counted, whose they are aside
    # (not "25 of our largest hotel groups", a part of a whole, nor "5 of their best ones")
    t = re.sub(r"\b(\d[\d,.]*) of (her|his|their|my) (?=(lines|verses|replies|messages|posts|"
               r"poems|jokes|emails|letters|scripts|texts|stories|recipes|notes|descriptions|"
               r"captions|articles)\b)", r"\1 ", t)
    t = re.sub(r"(\d)-(hundred|thousand|million|billion)\b", r"\1 \2", t)  # "a 34-billion-..."
    # "a 120-document holdout the ops team labelled": the count of the documents
    # (any item: "on our 1,000-receipt held-out set", not "a 5-day sample")
    t = re.sub(r"\b(\d[\d,]*)-(?!(day|week|month|year|hour|minute|person|man|point|star|"
               r"page|word|line|step|shot)s?\b)([a-z]+?)s? ((?:labell?ed |hand-labell?ed |gold )?"
               r"(?:holdout|hold-out|held-out set|"
               r"held out set|test set|eval set|evaluation set|validation set|gold set|sample|"
               r"set))\b", r"\1 \3s in a \4", t)
    t = re.sub(r"\b(dolars?|dollers?|dolares|d[oó]lares|dolla)\b", "dollars", t)
    t = re.sub(r"(\d)x(?=(?:[ahlvb]\d{2,3}|rtx|gpus?)\b)", r"\1x ", t)  # "8xH100"
    t = re.sub(r"\b(\d+(?:\.\d+)?|a|half a)\s*mil\b\.?", r"\1 million", t)  # "half a mil"
    # Millions in other tongues, with a decimal comma: "2 Mio. queries", "1,2 milioni" (a
    # comma before one or two digits is no thousands separator)
    t = re.sub(r"(?<![\d,.])(\d+),(\d{1,2}) (?=(million|milioni|millones|millions|millionen|"
               r"miljoen|mio|mn)\b)", r"\1.\2 ", t)
    t = re.sub(r"(?<![\w.])(\d+(?:\.\d+)?) ?(milioni|millones|millionen|miljoen|mio|mn)\b\.?",
               r"\1 million", t)
    # "has written summaries for about 80 sermons": that many summaries
    # (not whom they are for: "summaries for about 30 enterprise customers")
    t = re.sub(r"\b(written|wrote|have|has|had|kept|got) (\w+ )?(summaries|notes|answers|"
               r"translations|captions|descriptions|replies|labels|transcripts|write-?ups) for "
               r"(about |around |roughly |some |over |maybe )?(\d[\d,]*) (?=[a-z])(?!(\w+ )?("
               r"customers|clients|tenants|brands|companies|users|members|firms|agencies|shops|"
               r"stores|teams|departments)\b)", r"\1 \2\4\5 \3 for ", t)
    # "One thing: the policies are revised constantly": no count
    t = re.sub(r"\bone more (thing|question|note|caveat|detail|point)\b", r"another \1", t)
    t = re.sub(r"\bone (thing|question|note|caveat|detail|point|"
               r"catch)\b(?=\s*[:,.;!-])", r"a \1", t)
    # "a dozen model worked solutions": worked examples (not "worked solutions: about 30")
    t = re.sub(r"\bmodel (worked )?(solutions|answers)\b", "worked examples", t)
    # "not one dollar for APIs or cloud": nothing
    t = re.sub(r"\bnot (a|one|a single|1) (dollar|cent|penny|euro|buck|rupee)\b", "$0", t)
    # "it would be used maybe twice a month": that many requests
    t = re.sub(r"\b(used|run|needed|asked|queried|called|use it|run it|ask it)( \w+)? (maybe |"
               r"about |roughly |only |like |just )?(once|twice|thrice) (a|per|each|every) (month|"
               r"week|day)\b", lambda m: f"{m.group(1)}{m.group(2) or ''} {m.group(3) or ''}"
               f"{ {'once': 1, 'twice': 2, 'thrice': 3}[m.group(4)]} requests {m.group(5)} "
               f"{m.group(6)}", t)
    # "- ...12 tasks in total": an ellipsis before a number leaves it whole
    t = re.sub(r"(\.{2,}|…)(?=\d)", r"\1 ", t)
    # "about 200 debriefs in month" (no article, as some write English): a month
    t = re.sub(r"(?<=\d)( \S+)? in (day|week|month|year)\b(?! ?(\d|one|two|three|of|before|"
               r"after|end|start)\b)", r"\1 in a \2", t)
    # "we post on Instagram and Facebook twice a day": that many pieces written
    t = re.sub(r"\b(posts?|posting|publish(es|ing)?|sends?|sending|tweets?|tweeting|mails?|"
               r"mailing|writes?|writing|drafts?|drafting|generates?|generating|produces?|"
               r"producing)\b((?: [^\s.;!?]+){0,5}?) (twice|thrice) (a|per|each|every) "
               r"(month|week|day)\b", lambda m: f"{m.group(1)}{m.group(3)} "
               f"{ {'twice': 2, 'thrice': 3}[m.group(4)]} times {m.group(5)} "
               f"{m.group(6)}", t)
    # "a dollar a day"
    t = re.sub(r"\ba (dollar|buck)(?= (a|per|each) (day|week|month)\b)", "$1", t)
    # Thousands split by a space: "400 000 requests" (not "2021 300", a year and a count).
    # (nor "p99 100ms", a percentile and a limit)
    t = re.sub(r"(?<![\d.,a-z])(\d{1,3})((?: \d{3})+)(?![\d.,]*\d)",
               lambda m: m.group(1) + m.group(2).replace(" ", ""), t)
    t = re.sub(r"\bus\s?\$", "$", t)  # "US$20,000"
    t = re.sub(r"\bno one\b", "nobody", t)
    # "nobody has ever written one down": a pronoun, not a count
    t = re.sub(r"\b(written|wrote|write|writes|made|make|kept|keep|drawn|drew|typed|type|put) "
               r"one (down|up)\b", r"\1 it \2", t)
    # Shorthand and slips in the nouns the parser counts: "staff q's", "no exemples".
    t = re.sub(r"\bq'?s\b", "questions", t)
    t = re.sub(r"\b(qc|qa)(?:'d|-?ed)\b", "checked", t)  # "narratives QC'd by two physicians"
    t = re.sub(r"\b(zero|one|two|three|few|0|1|2|3) shot\b", r"\1-shot", t)  # "zero shot": no count
    # "per-tenant adapters", "per-client prompts": one per each
    # (not "per-task files": a file for each task, said of tasks already counted)
    t = re.sub(r"\bper-(tenant|client|customer|brand)\b", r"per \1", t)
    # "45 different exam boards": the count of a two-word noun, whatever the adjective
    t = re.sub(r"\b(\d[\d,]*) (?:different|separate|distinct|individual) (?=[a-z]+ [a-z]+s\b)",
               r"\1 ", t)
    # "tagged a sample of 350 in a spreadsheet": 350 sample rows (not "a sample of 350 tickets")
    t = re.sub(r"\b(?:a|an|one) (sample|batch|subset) of (about |around |roughly |some |~)?"
               r"(\d[\d,]*)(?! ?[a-z]*s\b)(?!\d)", r"\2\3 \1 rows", t)
    t = re.sub(r"(?<![\w/])w/o(?![\w/])", "without", t)  # "w/ own labels", "w/o ML"
    t = re.sub(r"(?<![\w/])w/(?=\s)", "with", t)
    t = re.sub(r"\b(exemple|exmaple|exampel|examle|exaple|exmple|exampe)(s?)\b",
               r"example\2", t)
    t = re.sub(r"\b(sampel|smaple)(s?)\b", r"sample\2", t)
    t = re.sub(r"\buse cases?\b", lambda m: m.group(0).replace(" ", "-"), t)
    # "we don't have question and answer examples": one modifier
    t = re.sub(r"\bquestion (and|&) answer (?=(examples?|pairs?|data|sets?|samples?|logs?)\b)",
               "question-and-answer ", t)
    t = re.sub(r"\bapi calls\b", "api-calls", t)
    # European thousands: "10.000" is ten thousand.
    t = re.sub(r"(?<![\d.,])(\d{1,3})((?:\.\d{3})+)(?![\d.,]*\d)", lambda m: m.group(1) +
               m.group(2).replace(".", ""), t)
    # Hedges on a number say nothing of its size: "ten-ish", "50ish", "10k-ish", "200-odd",
    # "twelve thousand or so original-to-final pairs".
    t = re.sub(rf"\b({NUMWORD}|\d[\d.,]*(?:k|m)?|grand) or so\b(?= [a-z])", r"\1", t)
    t = re.sub(rf"\b({NUMWORD}|\d[\d.,]*(?:k|m)?|grand)(?:-?ish|-odd)\b", r"\1", t)
    t = re.sub(rf"\b({NUMWORD}|\d[\d.,]*(?:k|m)?|grand) ish\b", r"\1", t)
    # Fractions of a scale: "half a million", "a quarter of a million", "a thousand and a half".
    t = re.sub(r"\b(half|quarter)\s+(?:of\s+)?an?\s+(hundred|thousand|million|billion)\b",
               lambda m: _fmt(FRACTIONS[m.group(1)] * SCALES[m.group(2)]), t)
    t = re.sub(r"\b(?:an?|one)\s+(hundred|thousand|million|billion)\s+and\s+an?\s+half\b",
               lambda m: _fmt(1.5 * SCALES[m.group(1)]), t)
    # "two and a half thousand", "6 and a half million"
    t = re.sub(rf"\b({'|'.join(UNITS)}|\d+)\s+and\s+a\s+half\s+(hundred|thousand|million|"
               r"billion)\b", lambda m: _fmt((_unit_value(m.group(1)) + 0.5) *
                                             SCALES[m.group(2)]), t)
    # "one and a half k a month", "two and a half grand"
    t = re.sub(rf"\b({'|'.join(UNITS)}|\d+)\s+and\s+a\s+half\s*(k|grand)\b",
               lambda m: ("$" if m.group(2) == "grand" else "") + _fmt(
                   (_unit_value(m.group(1)) + 0.5) * 1000), t)
    t = re.sub(rf"\ba grand\b{NOT_MONEY_GRAND}", "1 grand", t)
    t = re.sub(r"\bus dollars?\b", "dollars", t)  # "four hundred US dollars"
    # A count in brackets after its period: "new bouquets on the website every week (like 40)"
    t = re.sub(r"\b(every|each|a|per) (day|week|month|year) \((?:like |about |around |roughly |"
               r"maybe |~|approx\.? )?(\d[\d,.]*k?)\)", r"\1 \2 (\3 a \2)", t)
    # A price said without its currency: "a vendor pitched us a tuned model for 30k a year"
    t = re.sub(r"\b((pitched|offered|quoted|sold|sells|selling|charges?|charging|priced|wants?|"
               r"asked|asking)\b[^.;$€£]{0,60}?\bfor) (\d[\d,.]*k?) (?=(a|per|each) (year|"
               r"month)\b)", r"\1 $\3 ", t)
    # "200 a month in dollars": an amount, its currency said after the period
    t = re.sub(r"(?<![\w$.])(\d[\d,.]*) (a|per) (day|week|month|year) in (us )?dollars\b",
               r"$\1 \2 \3", t)
    t = re.sub(r"\bincl\.", "including", t)  # (not a sentence's end)
    # "300 complaints in one month" is a rate, like "in a month"
    t = re.sub(r"\bin (one|1|a single) (day|week|month|year)\b", r"in a \2", t)
    t = re.sub(r"(?<![\w.-])(\d+)\s*(?:-|to)\s*(\d+)\s?(ms|milliseconds?)\b",
               lambda m: _fmt((int(m.group(1)) + int(m.group(2))) / 2) + " ms", t)  # "80-100ms"
    # "well under a second" is the tight end; "under a second" a plain limit
    t = re.sub(r"\b(well|comfortably|way|far) (under|below) (a|one|1) second\b", "under 500 ms", t)
    t = re.sub(r"\b(under|below|within|less than) (a|one) second\b", r"\1 1000 ms", t)
    # "under half a second", "a quarter of a second"
    t = re.sub(r"\b(half|a quarter of) (a )?second\b",
               lambda m: "500 ms" if m.group(1) == "half" else "250 ms", t)
    # "two dozen messages", "3 dozen": a count in dozens ("a dozen", "dozens" are VAGUE)
    t = re.sub(rf"\b({'|'.join(UNITS)}|\d+)\s+dozens?\b",
               lambda m: _fmt(12 * _unit_value(m.group(1))), t)
    for phrase, value in VAGUE:
        # "we have several." points back at the last noun: no amount of its own.
        stop = r"(?!\s*[.;!?])" if phrase == "several" else ""
        # ("250 thousands documents" is a scale after a count, read below: not "250 3000")
        after_count = r"(?<!\d )(?<!\d)" if phrase in ("thousands", "hundreds", "dozens") else ""
        t = re.sub(rf"{after_count}\b{phrase}\b{stop}", str(value), t)
    # "5 million" and "1.5 thousand" before the word runs, so "million" is not read alone.
    # Indian English: a lakh is 100,000 and a crore ten million ("3 lakh invoices").
    def lakhs(t: str) -> str:
        return re.sub(rf"(?<![\w.])({NUM})\s*(lakhs?|lacs?|crores?)\b", lambda m: _fmt(
            to_number(m.group(1)) * (10_000_000 if m.group(2).startswith("cr") else 100_000)), t)

    # Decimals said aloud: "two point five million", "2 point 4k"
    digit = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
    t = re.sub(rf"\b(?P<int>(?:{NUMWORD})(?:[\s-]+(?:{NUMWORD}))*|\d+) point (?P<dec>(?:(?:{digit}|"
               rf"\d)\b ?)+)", lambda m: _fmt(_spoken_value(m.group("int"))) + "." + "".join(
                   str(DIGITS.get(w, w)) for w in m.group("dec").split()) + " ", t)
    # A scale said once for both ends of a range: "ten to fifteen thousand dollars"
    said = rf"(?:{NUMWORD})(?:[\s-]+(?:{NUMWORD}))*?|\d+(?:\.\d+)?"
    t = re.sub(rf"\b(?P<a>{said}) (?P<sep>to|-|or|and) (?P<b>{said}) (?P<s>hundred|thousand|"
               r"million|billion)\b", lambda m: (
                   f"{_fmt(_spoken_value(m.group('a')) * SCALES[m.group('s')])} {m.group('sep')} "
                   f"{_fmt(_spoken_value(m.group('b')) * SCALES[m.group('s')])}"
                   if (m.group("sep") != "and" or t[:m.start()].endswith("between "))
                   and not set(m.group("a").split()) & set(SCALES) and _spoken_value(
                       m.group("a")) < _spoken_value(m.group("b")) else m.group(0)), t)
    t = lakhs(t)
    # ("two millions queries per month": a plural after a count is still the multiplier)
    scaled = re.compile(rf"(?<![\w.])({NUM})\s*(hundred|thousand|million|billion)s?\b")
    while scaled.search(t):
        t = scaled.sub(lambda m: _fmt(to_number(m.group(1)) * SCALES[m.group(2)]), t)
    # "one seventy-billion-parameter model": an article before a compound, not 71 billion
    t = re.sub(rf"\bone (?=(?:{NUMWORD})(?:-(?:{NUMWORD}))*-[a-z])", "a ", t)
    t = lakhs(WORD_RUN.sub(_word_run, t))  # and in words: "six lakh messages"
    # A model's size said aloud, after its family and version: "llama three eight b" (now
    # "llama 3 8 b") is the 8B model, written as such.
    t = re.sub(r"\b((?:llama|mistral|mixtral|qwen|gemma|phi|falcon|deepseek|olmo|granite|yi)"
               r"(?:[ -]?\d+(?:\.\d+)?|(?: point)? \d+){0,3}) (\d+(?:\.\d+)?) b\b", r"\1 \2b", t)
    # "two millions queries", "ten k, dollars": the multiplier after a number said in words
    t = re.sub(rf"(?<![\w.])({NUM}) (million|billion)s\b",
               lambda m: _fmt(to_number(m.group(1)) * SCALES[m.group(2)]), t)
    t = re.sub(rf"(?<![\w.])({NUM}) k\b(?![\w-])", r"\1k", t)
    t = re.sub(r"\b(\d[\d,.]*) of (their|our|its|his|her|my) own\b", r"\1", t)  # in words too

    def midpoint(m: re.Match) -> str:
        hi_mult = MULTIPLIERS.get(m.group("hm") or "", 1)
        lo = to_number(m.group("lo")) * MULTIPLIERS.get(m.group("lm") or "", hi_mult)
        hi = to_number(m.group("hi")) * hi_mult
        return m.group("cur") + _fmt((lo + hi) / 2)

    def scale(m: re.Match) -> bool:
        """Both ends of a rating scale, not a range of amounts: "on a 0 to 5 label"."""
        if m.group("cur") or m.group("lm") or m.group("hm"):
            return False  # "on a $3-5k budget" is money
        return bool(re.search(rf"\b{SCALE_LEAD}[,:]?\s*(from\s+)?$",
                              t[max(0, m.start() - 16): m.start()])
                    # "score CVs against job descriptions, 1 to 5": a small scale from 0 or 1
                    or (to_number(m.group("lo")) in (0, 1) and 2 <= to_number(m.group("hi")) <= 10
                        and re.search(rf"\b{SCALE_LEAD}\b[^.]{{0,40}}$",
                                      t[max(0, m.start() - 50): m.start()]))
                    # "teachers grade each essay from 1 to 5"
                    or re.search(rf"\b{SCALE_LEAD} (each|every|the|all|our) (\S+ ){{0,2}}from\s+$",
                                 t[max(0, m.start() - 50): m.start()])
                    or re.match(SCALE_TAIL, t[m.end():]))

    # Ranges keep their midpoint: "50-100", "$3-5k", "between 400 and 2,000".
    t = re.sub(rf"(?<![\w.-])(?P<cur>[$€£]?)(?P<between>between\s+)?(?P<lo>{NUM})(?P<lm>k|m)?"
               rf"\s*(?P<sep>-|to|and|or(?=\s*\d+\s+[a-z]))\s*[$€£]?(?P<hi>{NUM})(?P<hm>k|mm|m|bn)?"
               r"(?![\w-])",
               lambda m: midpoint(m) if (m.group("between") or m.group("sep") != "and")
               and not scale(m) and not (m.group("sep") == "or" and re.search(
                   r"\d\s*,\s*$", t[:m.start()])) else m.group(0), t)  # ("0, 1 or 2" is a list)
    # Thousands grouped by a space, as in French: "1 000 validated segments" (not "2 100-page")
    t = re.sub(r"(?<![\d,.])(\d{1,3}) (\d{3})(?=\s+[a-z])", r"\1\2", t)
    # A decimal comma before a multiplier: "2,5k" is 2,500
    t = re.sub(r"(?<![\d,.])(\d{1,3}),(\d{1,2})\s*(k|mm|bn)\b", r"\1.\2\3", t)
    t = re.sub(rf"(?<![\w.])({NUM})(k|mm|m|bn)\b",
               lambda m: _fmt(to_number(m.group(1)) * MULTIPLIERS[m.group(2)]), t)
    t = re.sub(rf"(?<![\w.])\$?({NUM})\s*grand\b{NOT_MONEY_GRAND}",
               lambda m: "$" + _fmt(to_number(m.group(1)) * 1000), t)
    t = re.sub(r"\b(a|per|each|every) (mo|yr)\b\.?", lambda m: m.group(1) + " " + {
        "mo": "month", "yr": "year"}[m.group(2)], t)  # "30 new listings a mo"
    t = re.sub(r"\s*/\s*(mo|month|day|week|wk|year|yr|hour|hr)\b", lambda m: " a " + {
        "mo": "month", "yr": "year", "hr": "hour", "wk": "week"}.get(m.group(1), m.group(1)), t)
    # Hurried shorthand for a period: "~40k tickets pm", "budget 2k pm", "9M queries p/m", "pw"
    # (not a time of day, "until 5 pm", nor the product manager in "2 devs, 1 pm")
    # (the count as NUM reads it: "1,200. pm" must not hand float() a "1,200.")
    t = re.sub(rf"(?<![\w.])(\$?({NUM})(?: [a-z][\w-]*){{0,2}}) (p/?m|p/?w|p/?d)\b(?![\w/])",
               lambda m: m.group(0) if m.group(1) == m.group(2) and to_number(m.group(2)) <= 12
               else m.group(1) + " a " + {"m": "month", "w": "week", "d": "day"}[m.group(3)[-1]],
               t)
    # "a grant: ten k, dollars, one-off": the currency said after a comma
    t = re.sub(r"(?<![\w$.,])(\d+(?:,\d{3})*(?:\.\d+)?),\s+(dollars|usd|bucks)\b", r"$\1", t)
    return _in_dollars(_worked_out(t))


# Parts of a whole: "a third of our 900 tickets", "half of the $2,000 allowance".
MARKING = re.compile(r"[^.;]{0,40}?\b(are|were|have|has|got|is|was)? ?(already |actually |been )?("
                     r"tagged|labell?ed|annotated|checked|reviewed|verified|coded|categori[sz]ed|"
                     r"graded|hand-\w+|have (a|an|the) (\S+ )?(tag|label|code|category))\b|"
                     r"\b(labell?ed|tagged|annotated|reviewed|checked|coded|graded|verified) ")
# What reaches the model: "(a third of them) would go through this review"
ROUTED = re.compile(r",?\s*(would|will|could|should|need to|needs to|have to|has to|must|actually|"
                    r"really)? ?(go|goes|be sent|get sent|be routed|get routed|pass|run|be run|be "
                    r"fed|need|needs)\b[^.;]{0,20}?\b(through|to|into|by)\b (the |this |our |a "
                    r"|an )?(\S+ )?(model|llm|ai|review|pipeline|system|tool|bot|check|classifier|"
                    r"assistant)\b")
PERIOD_NEXT = re.compile(r"\s*([a-z-]+ ){0,2}(a|per|each|every) (day|week|month|year)\b")
FRACTION = (r"(?P<f>half|(a|one|1) (third|quarter|fifth|tenth)|(two|2) thirds|(three|3) "
            r"quarters)")
FRACTION_OF = {"half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fifth": 1 / 5, "tenth": 1 / 10,
               "thirds": 2 / 3, "quarters": 3 / 4}
OWNER = r"(our |the |those |these |all |its |their |that |this )?"


def _share(m: re.Match) -> float:
    return FRACTION_OF[m.group("f").split()[-1]]


def _worked_out(t: str) -> str:
    """Amounts said as a small sum, written as its result, so the words that count them stay
    beside one number: "a third of our 900 tickets are tagged" becomes "300 tickets are
    tagged", "4 regions with 10 clinics in each" becomes "40 clinics across 4 regions"."""
    if not re.search(r"\b(of|each|double|twice|same|per|weeks|months|threw|removed|dropped|"
                     r"deleted|discarded)\b", t):
        return t  # (most messages have none of these: skip the passes)
    # "5% of our 20,000 calls", "a third of our 900 tickets", "half of our $2,000 allowance"
    t = re.sub(rf"(?<![\w.])(?P<p>\d+(\.\d+)?) ?(%|percent) of {OWNER}(?P<cur>\$?)(?P<n>{NUM})\b",
               lambda m: m.group("cur") + _fmt(round(float(m.group("p")) * to_number(
                   m.group("n")) / 100)), t)
    # (only a part that was marked, or money: "half of those answers are out of date" is no
    # count of examples)
    def marked(m: re.Match) -> bool:
        money = bool(m.group("cur")) or bool(MONEY_AFTER.match(t[m.end():].lstrip()))
        return money or bool(MARKING.search(t[max(0, m.start() - 60): m.start()]) or
                             MARKING.match(t, m.end()))

    t = re.sub(rf"\b{FRACTION} of {OWNER}(?P<cur>\$?)(?P<n>{NUM})\b",
               lambda m: m.group("cur") + _fmt(round(_share(m) * to_number(m.group("n"))))
               if marked(m) else m.group(0), t)
    # "900 tickets and about a third of them are tagged": the part, counted; so is the part
    # that would reach the model ("900 missions a month, but only the flagged plans, maybe a
    # third of them, would go through this review")
    def part(m: re.Match) -> str:
        share = _fmt(round(_share(m) * to_number(m.group("n"))))
        if MARKING.match(t, m.end()):
            return m.group("n") + m.group("mid") + m.group("h") + share
        if ROUTED.match(t, m.end()) and PERIOD_NEXT.match(m.group("mid")):
            return share + m.group("mid") + m.group("h") + "those"  # the rate is the part's
        return m.group(0)

    t = re.sub(rf"(?P<n>{NUM})(?P<mid> [^.;]{{0,60}}?\b)(?P<h>(about |roughly |around |only |maybe "
               rf"|just )?){FRACTION} of (them|those|these)\b", part, t)
    # "4 regions with 10 clinics in each"
    t = re.sub(r"\b(?P<a>\d+) (?P<g>[a-z-]+) with (about |around |roughly )?(?P<b>\d+) "
               r"(?P<x>[a-z-]+) (in|at|for|per) each\b",
               lambda m: f"{int(m['a']) * int(m['b'])} {m['x']} across {m['a']} {m['g']}", t)
    # "120 stores, one note per store each day": the whole chain's rate
    t = re.sub(r"\b(?P<a>\d+) (?P<g>[a-z-]+?)(?P<s>e?s),? (?P<b>\d+) (?P<x>[a-z-]+) (per|from|for) "
               r"(each |every |a )?(?P=g)(?P<per>,? (each|a|per|every) (day|week|month))\b",
               lambda m: f"{m['a']} {m['g']}{m['s']}, {int(m['a']) * int(m['b'])} "
               f"{m['x'].removesuffix('s')}s {m['per'].lstrip(', ')}", t)
    # "40 shops now, and every week each shop needs 3 Instagram captions": the chain's rate
    t = re.sub(r"\b(?P<a>\d+) (?P<g>[a-z-]+?)(?P<s>e?s)\b(?P<mid>[^.;]{0,80}?)\b(?P<per>(every|"
               r"each|a|per) (day|week|month)),? (each|every) (?P=g) (?P<v>needs?|gets?|sends?|"
               r"writes?|posts?|wants?|produces?|has|makes?) (?P<b>\d+)\b",
               lambda m: f"{m['a']} {m['g']}{m['s']}{m['mid']}{m['per']} all {m['g']}{m['s']} "
               f"together {m['v']} {int(m['a']) * int(m['b'])}", t)
    # "3 engineers each wrote 5", "5 of our writers each wrote 12 gold-standard emails"
    # (people only: "60 clients, each labelled 300 posts" is 300 per client)
    t = re.sub(r"\b(?P<a>\d+) (?P<mid>(\S+ ){0,3}?)each (?P<v>wrote|did|made|labell?ed|tagged|"
               r"annotated|produced|prepared|sent|contributed|translated|checked|reviewed) (about "
               r"|around |roughly )?(?P<b>\d+)\b",
               lambda m: f"{m['a']} {m['mid']}{m['v']} {int(m['a']) * int(m['b'])}" if _noun(
                   [(m["mid"].split() or ["?"])[-1].strip(",")])[0] == Kind.PEOPLE else m.group(0),
               t)
    # "label 150 per week, since 10 weeks"
    t = re.sub(r"\b(?P<n>\d+) (?P<mid>(\S+ ){0,2}?)(per|a|each|every) (?P<u>week|month|day|year),? "
               r"(since|for|over|during|in the (last|past)) (?P<k>\d+) (?P=u)s\b"
               r"(?! (a|per|each|every) \w+)",  # (not "200 a day, for 5 days a week")
               lambda m: f"{int(m['n']) * int(m['k'])} {m['mid']}in all", t)
    # "250 pairs last quarter and double that this quarter": both batches
    t = re.sub(rf"(?<![$\d.,])(?P<n>{NUM})(?P<mid>[^.;]{{0,80}}?)\b(plus|and) (double|twice) "
               r"(that|it|this)( number| amount| many| figure)?\b",
               lambda m: _fmt(3 * to_number(m.group("n"))) + m.group("mid"), t)
    # "4,000 addresses corrected by support, plus the same again from the drivers' app"
    t = re.sub(rf"(?<![$\d.,])(?P<n>{NUM})(?P<mid>[^.;]{{0,80}}?),? (plus|and) (about )?the same "
               r"(again|amount|number)( again)?\b",
               lambda m: _fmt(2 * to_number(m.group("n"))) + m.group("mid"), t)
    # "we pay $150 a month for the booking tool and can spend the same again on this"
    t = re.sub(rf"\$(?P<n>{NUM})(?P<per> (a|per|each) (month|week|year))?(?P<mid>[^.;]{{0,80}}?\b"
               r"(spend|put in|budget|afford|invest|allocate) )the same( again| amount)?\b",
               lambda m: "$" + m.group("n") + (m.group("per") or "") + m.group("mid") + "$" +
               m.group("n") + (m.group("per") or ""), t)
    # "double last year's 600"
    t = re.sub(r"\b(double|twice) (last year'?s|last month'?s|that|our|the) (?P<n>\d+)\b",
               lambda m: _fmt(2 * int(m.group("n"))), t)
    # "3,000 labeled clauses, no wait, we threw out 600 duplicates, so take those off"
    def removed(m: re.Match) -> str:
        return _fmt(to_number(m.group("n")) - to_number(m.group("m"))) + m.group("mid") + (
            m.group("v") + " those" + m.group("rest"))
    t = re.sub(rf"(?P<n>{NUM})(?P<mid>[^.]{{0,60}}?\b)(?P<v>threw out|removed|dropped|deleted|"
               rf"discarded) (?P<m>{NUM})(?P<rest>[^.]{{0,40}}?\b(take (those|them|these) off|so "
               r"subtract (those|them)|minus (those|them)))", removed, t)
    return t


# Currencies far from the dollar, at rough 2026 rates: "₹4 lakh" is about $4,800, not $4.
# Euros, pounds and Swiss francs stay at face value (within a third of a dollar, inside the
# estimate's own error); the panel shows dollars, and the founder can correct them there.
# (Not "¥": yen or yuan, twenty times apart. Not "pesos": which country's?)
# Each: dollars per unit, what may stand before an amount, what may follow it.
CURRENCIES = [
    (0.012, r"₹|rs\.?|inr", r"rupees?|inr|rs"),  # India
    (0.0036, r"pkr", r"pkr|pakistani rupees?"),
    (0.25, r"pln", r"zł|zl|złoty|zloty|zlotys|pln"),  # Poland
    (0.14, r"rmb|cny", r"rmb|cny|yuan|renminbi"),  # China
    (0.0067, r"jpy", r"jpy|yen"),  # Japan
    (0.65, r"a\$|au\$|aud", r"aud|australian dollars?"),
    (0.72, r"c\$|ca\$|cad", r"cad|canadian dollars?"),
    (0.59, r"nz\$|nzd", r"nzd|new zealand dollars?"),
    (0.75, r"s\$|sgd", r"sgd|singapore dollars?"),
    (0.13, r"hk\$|hkd", r"hkd|hong kong dollars?"),
    (0.18, r"r\$|brl", r"brl|reais"),  # Brazil
    (0.00072, r"₩|krw", r"krw"),  # South Korea ("won" is a word)
    (0.095, r"sek", r"sek|kronor"), (0.093, r"nok", r"nok|kroner"), (0.15, r"dkk", r"dkk"),
    (0.043, r"czk", r"czk|kč|korun[ay]?"), (0.0027, r"huf", r"huf|forints?"),
    (0.055, r"zar", r"zar|rand"), (0.0077, r"kes|ksh", r"kes|ksh|kenyan shillings?"),
    (0.00065, r"₦|ngn", r"ngn|naira"), (0.025, r"₺", r"lira"),
    (0.00006, r"idr|rp\.?", r"idr|rupiah"), (0.017, r"₱", r"philippine pesos?"),
    (0.029, r"฿|thb", r"thb|baht"), (0.00004, r"vnd", r"vnd|dong"),
    (0.02, r"egp", r"egp|egyptian pounds?"), (0.024, r"₴|uah", r"uah|hryvni?as?"),
    # Swiss francs at face value, like euros and pounds, but named with words of their own
    (1.0, r"chf|sfr\.?", r"chf|sfr|(swiss )?francs?"),
]


# Any of their words, to skip the per-currency passes for the many texts that name none. (All
# the words in two branches, not two per currency: sixty branches tried at every position of
# the text cost a millisecond a message.)
ANY_CURRENCY = re.compile(rf"(?<![\w.$])(?:{'|'.join(before for _, before, _ in CURRENCIES)})\s?\d"
                          rf"|\d\s?(?:{'|'.join(after for _, _, after in CURRENCIES)})(?!\w)")
# Each currency's two spellings of an amount, compiled once: "₹400000" and "400000 rupees".
CURRENCY_RES = [(rate, re.compile(rf"(?<![\w.$])(?:{before})\s?(?P<n>{NUM})(?![\w.,]*\d)"),
                 re.compile(rf"(?<![\w.$])(?P<n>{NUM})\s?(?:{after})(?!\w)"))
                for rate, before, after in CURRENCIES]


# Cents are hundredths of a dollar: "under 1 cent per email" is $0.01, not $1.
CENTS = re.compile(rf"(?<![\w.$€£])(?P<n>{NUM}) ?(cents?|¢)(?!\w)")


def _in_dollars(t: str) -> str:
    """Amounts in cents and in the currencies of `CURRENCIES`, written as dollars."""
    t = CENTS.sub(lambda m: "$" + _fmt(round(to_number(m.group("n")) / 100, 6)), t)
    if not ANY_CURRENCY.search(t):
        return t
    for rate, sign_first, word_after in CURRENCY_RES:
        def dollars(m: re.Match, rate: float = rate) -> str:
            return "$" + _fmt(round(to_number(m.group("n")) * rate, 2))

        t = word_after.sub(dollars, sign_first.sub(dollars, t))
    return t


MENTION = re.compile(
    rf"(?<![\w.,/-])(?P<cur>[$€£]\s?|(?:usd|eur|gbp)\s)?(?P<num>{NUM})"
    # (not the "1" of "1,000-page": a number cut short is no number)
    r"(?P<unit>\s?%|ms\b|gb\b|tb\b|b\b|x\b|h\b)?(?![\w/-]|,\d)")


def _clause_after(t: str, end: int) -> str:
    m = CLAUSE_END.search(t, end)
    return t[end: m.start() if m else len(t)]


def _marked_since(t: str, end: int) -> bool:
    """The items just counted were marked by hand before the try, said in the rest of their
    sentence: "ran it on 60 contracts our paralegal had already marked up"."""
    return bool(re.search(r"\b(had|have|has) (already )?(been )?(marked up|label\w*|annotated|"
                          r"tagged|checked|coded|graded)\b",
                          re.split(r"[.!?;]", t[end: end + 80])[0]))


def _not_the_dataset(t: str, m: re.Match, head: list[str], clause_before: str) -> bool:
    """Items counted that are no labeled set: a try ("I tested ChatGPT, pasted 10
    contracts"), a prompt's demonstrations ("if I stuff five full examples into the prompt"),
    a point in a conversation ("the tone drifts after 3 messages"; not "past": "we labeled
    the past 300 claims"), or the output ("we need exactly one label for the dashboard")."""
    # (not a marked set it was scored on: "ran it on 60 contracts our paralegal had already
    # marked up")
    # (not examples to come: "each merchant can paste 3 descriptions they like")
    tried = re.search(r"\b(pasted|(?<!can )(?<!could )(?<!will )(?<!would )paste|fed|feed|threw|"
                      r"tried (it )?(on|with)|tested (it )?(on|"
                      r"with)|ran (it )?(on|over))( in| into)?( about| around| maybe| some| "
                      r"like)?\s*$", clause_before) and not _marked_since(t, m.end())
    demos = re.search(r"\b(stuff|stuffed|put|cram|crammed|include|included|add|added|paste|"
                      r"pasted|give it|gave it)( in)?( about| around| maybe| some| like| only| "
                      r"just)?\s*$", clause_before) and re.match(
        r"[^.]{0,30}\b(in|into|to) (the|my|our|its|a) prompt", t[m.end():])
    # "tried prompting Llama 3.2 3B locally with 10 examples and a rubric"
    # (a model's version may hold a full stop: "Llama 3.2 3B")
    sentence_before = re.split(r"[!?;]|\.(?!\d)", t[max(0, m.start() - 80): m.start()])[-1]
    demos = demos or (re.search(r"\b(prompt\w*|few-?shot)\b([^.]|\.(?=\d)){0,60}\bwith( about|"
                                r" around| "
                                r"maybe| some| like| only| just)?\s*$", sentence_before) and (
        head[:1] and head[0] in ("examples", "example", "demos", "demonstrations", "shots")))
    point = re.search(r"\b(after|within|in the first|for the first)( about| around| like)?\s*$",
                      clause_before)
    # ("nobody wants to relabel thousands of reviews every three weeks": labels to come)
    point = point or re.search(r"\b(to|would|will|could|'d) (re-?label|label|annotate|tag)( about| "
                               r"around| some)?\s*$", clause_before)
    output = m.group("num") in ("1", "one") and head[:1] and head[0] in (
        "label", "tag", "category", "code", "class", "word", "answer", "value")
    # The model's own latest outputs, checked: "our compliance lead checked the last 120
    # outputs and signed off on all but two" is a review of the prompt, no labeled set
    review = (re.search(r"\b(checked|reviewed|spot-?checked|audited|sampled|read|rated|graded) "
                        r"(the |its )?(last|latest|past|most recent)( about| around| roughly)?\s*$",
                        clause_before)
              # "in our most recent audit of 250 letters, 97% were approved"
              or re.search(r"\b(audit|review|spot-?check|sample)s? of( about| around| roughly)?"
                           r"\s*$", clause_before)) and head[:1] and head[0] in (
        "outputs", "output", "drafts", "answers", "responses", "generations", "results",
        "replies", "suggestions", "letters", "summaries", "notes", "emails", "reports")
    return bool(tried or demos or point or output or review)


def _clause_before(t: str, start: int) -> str:
    cut = 0
    for m in CLAUSE_END.finditer(t, 0, start):
        cut = m.end()
    return t[cut:start]


# Job titles named by what they handle: "claims adjusters", "loans officers" (not "3,000
# summaries adjusters wrote": the summaries).
TRADES = {"claims", "loans", "benefits", "fraud", "credit", "tax", "customs", "compliance",
          "insurance", "mortgage", "mortgages"}
TRADE_AFTER = re.compile(r"adjusters?|handlers?|assessors?|examiners?|processors?|"
                         r"investigators?|underwriters?|officers?")


def _noun(words: list[str]) -> tuple[Kind | None, int]:
    """The kind of the first noun phrase in `words` and where its head is: the head is the
    last noun of the first run ("product categories"), but a plural noun ends the phrase
    ("case notes agents wrote": the notes, not the agents). "per" or "each" ends the search:
    "200 per client" does not count clients."""
    run: list[Kind] = []
    head = -1
    for i, w in enumerate(words):
        if re.fullmatch(r"[\d.,]+", w) or (w in ("and", "or") and run) or w in DISTRIBUTIVE:
            break
        if not run and w in ("a", "an", "the"):
            break  # "the 40 a pathologist did": a new noun phrase, not what 40 counts
        w = w.removesuffix("'s")  # "our 1 contract developer's pay": the developer
        kind = next((k for k, rx in NOUN_RES if rx.fullmatch(w)), None)
        if kind is not None:
            if run and (_plural(words[head]) or words[head] in COLLECTIVE) and not (
                    kind == Kind.PEOPLE and words[head] in TRADES and TRADE_AFTER.fullmatch(w)):
                break  # "our 3 staff answer them": the staff, then a verb
            # (but "3 claims adjusters": a job named by its material)
            run.append(kind)
            head = i
        elif run and _plural(w) and not _plural(words[head]):
            return None, -1  # "merchant strings": an unknown head after a known modifier
        elif run and not _plural(words[head]) and re.fullmatch(
                r"[a-z]+(tion|sion|ing|ment|ysis)", w):
            continue  # "6 text classification tasks": what the work does, inside the phrase
        elif run or w in CLAUSE_WORDS or i >= 3 or _plural(w):
            # Up to three adjectives before the noun ("1,200 annotated contracts"); an
            # unknown plural is the noun itself ("2,300 leases our paralegals marked up").
            break
    return (run[-1] if run else None), head


# Words that start a new phrase: the noun a number counts comes before them ("650 once you
# count last year" counts no years).
CLAUSE_WORDS = {"once", "you", "we", "i", "they", "it", "he", "she", "that", "which", "who",
                "when", "if", "because", "since", "after", "before", "to", "for", "in", "on",
                "at", "from", "with", "by", "is", "are", "was", "were", "will", "would", "can",
                "could", "should", "do", "does", "did", "have", "has", "had", "so", "but",
                "than", "then", "now", "ago", "like", "as", "including", "excluding",
                "covering",
                # a verb: "some are clinical, a few need bilingual output" (the clinics)
                "need", "needed", "want", "wanted", "require", "prefer", "say", "said", "ask",
                "asked", "insist", "complain", "complained",
                # (and its third person: "one wants full sentences", the client, not 1 sentence)
                "needs", "wants", "requires", "prefers", "says", "asks", "insists", "complains"}


DISTRIBUTIVE = ("per", "each", "every")
# Nouns for a group of people that take a plural verb: what follows them is no compound.
COLLECTIVE = {"staff", "people", "crew", "personnel", "folks"}
# Words ending in s that are not plural nouns.
NOT_PLURAL = {"this", "its", "his", "has", "was", "does", "is", "as", "yes", "plus", "less",
              "unless", "across", "perhaps", "always", "sometimes", "besides", "towards",
              "afterwards", "thereabouts", "ones", "others", "whereas", "thus", "anyways",
              "overseas", "nowadays", "us", "thanks", "lots", "tops", "max", "goes", "says",
              "makes", "takes", "gives", "gets", "needs", "wants", "seems", "means", "works",
              "runs", "uses", "includes", "costs", "comes",
              # nouns that end in s but modify the next one: "sales calls", "news articles"
              "sales", "news", "analytics", "ops", "operations", "logistics", "electronics",
              "economics", "physics", "statistics", "series", "species", "goods", "savings",
              "earnings", "sports"}


def _plural(w: str) -> bool:
    return (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s"))
            and w not in NOT_PLURAL)


def _counted(words: list[str]) -> str | None:
    """An unknown plural noun right after a number ("3 vets", "3000 of segments"): the number
    counts that, whatever it is."""
    words = words[1:] if words[:1] == ["of"] else words
    for w in words[:2]:
        if w in CLAUSE_WORDS:
            return None  # "a team of 4 that trains models": a verb, not the thing counted
        if _plural(w) and re.fullmatch(r"[a-z][a-z'-]*", w):
            return w
        if w in DISTRIBUTIVE or w in ("of", "and", "or", "to", "for", "in", "from", "with"):
            return None
    return None


# A four-digit graphics-card model ("a 3090", "4080 mobile"), not an amount.
GPU_MODEL = re.compile(r"[1-9]0[5-9]0")
GPU_MODEL_BEFORE = re.compile(r"\b(a|an|the|my|our|one|1|single|its|their)\s*$")
GPU_MODEL_AFTER = re.compile(r"^\s*(ti|super|mobile|laptop|max-q|gpus?|cards?|graphics)\b")
# Words that name a set of labels, not labeled items: "12 labeled categories" is the set.
LABEL_SET = re.compile(r"categories|category|classes|types|intents|queues|tags|buckets|labels|"
                       r"minutes?|hours?|days?|weeks?|months?|years?")


# Documents that may be reference material rather than labeled items.
REFERENCE_DOCS = {"documents", "docs", "pdfs", "files", "pages", "manuals", "articles"}
# What items were made over: "2,500 lines our writer wrote over two games".
SPANS = {"games", "seasons", "projects", "campaigns", "releases", "titles", "sprints",
         "semesters", "terms", "editions"}
# What one item is split into: "800 addresses cleaned into those four parts".
PARTS = {"parts", "fields", "pieces", "columns", "sections", "components", "elements", "chunks",
         "bits", "slots", "attributes", "boxes"}


# Examples inside a prompt are demonstrations, not a labeled dataset: "a prompt with six
# examples", "few-shot with 3 samples", "5 examples in the system prompt".
DEMO_NOUNS = {"example", "examples", "sample", "samples", "shots", "demos", "demonstrations"}
DEMOS_BEFORE = re.compile(r"\b(prompt[\w-]*|few-?shot|in-?context|system message|instructions?)\b"
                          r"(\s+\S+){0,4}"
                          r"\s*$")
# A handful beside a model's name: "tried GPT-4o with a JSON schema and 5 examples".
DEMOS_NEAR_MODEL = re.compile(r"\b(chatgpt|gpt\S*|claude|gemini|llama\S*|mistral|pasted)\b"
                              r"(\s+\S+){0,8}\s*$")
# Farther from the word "prompt", a handful still is: "our prompt on an in-house model with 4
# worked examples", "the prompt only works because it carries six examples".
# ("instructions about our listing style plus 3 example listings")
DEMOS_FAR = re.compile(r"\b(prompt\w*|few-?shot|instructions)\b(\s+\S+){0,8}\s*$")
DEMOS_AFTER = re.compile(r"^((\S+\s+){0,3}?((in|into) (chatgpt|claude|gemini|gpt\S*|the chat)\b|"
                         r"in (it|them|the prompt|our prompt|my prompt|the "
                         r"system)|in-?context|pasted in|per (call|request|prompt|query))|"
                         # "with 5 examples the prompt is huge": what they do to its length
                         # (right after them, not "40 example plans and the prompt gets ...")
                         r"\s*(\S+\s+)?(the|our|my|its|that) prompts? (is|are|gets?|got|grows?|"
                         r"grew|becomes?|became|was|runs?|ran|balloons?|ballooned|hits?))\b")


# "change 5 times a day" is how often facts change, not requests.
CHANGES_BEFORE = re.compile(r"\b(chang|updat|revis|refresh|mov|shift|rotat)\w*(\s+\S+)?\s*$")
# "120 reports come in a week": arriving, per week.
ARRIVE = {"come", "comes", "came", "coming", "arrive", "arrives", "pour", "pours", "roll",
          "rolls", "flow", "flows", "land", "lands"}
# An article and a name before a number and a singular noun: "a Mahler 5 note".
NAMED_BEFORE = re.compile(r"\b(a|an|the|our|my|their|his|her)\s+(?!(last|first|next|other|"
                          r"remaining|extra|additional|whole|entire|total|new|old|past|only|"
                          r"about|around|roughly|some|over|under)\b)[a-z][\w-]*\s*$")


# A rate said as a ratio: "about 1 note in 10", "3 out of 10 replies".
# (Not a year or a stretch of time: "500 tickets in 2023", "500 signups in 3 months".)
RATIO_AFTER = re.compile(r"\s+([a-z]\S*\s+)?(in|out of)\s+(?!(19|20)\d\d\b)\d[\d,.]*"
                         r"(?!\s*(days?|weeks?|months?|years?|hours?|minutes?|mins?|hrs?|"
                         r"seconds?|secs?|ms)\b)(?![\d,.])")
RATIO_BEFORE = re.compile(r"\b\d[\d,.]*\s+([a-z]\S*\s+)?(in|out of)\s+$")
# "invalid in roughly 1 of 10 answers" is a rate too; "into 1 of 5 categories" is not.
RATE_OF = re.compile(r"\b(in|roughly|about|around|maybe|nearly|almost|like|only|just|~)\s*"
                     r"(?P<a>\d[\d,.]*)\s+of\s+(?P<b>\d[\d,.]*)(?![\d,.])")
# Items the product itself asks, returns or writes: "it asks 2 questions back".
PRODUCT_DOES = re.compile(r"\b(it|model|assistant|bot|tool|app|system|ai|llm)\b[^.,;]{0,20}"
                          r"\b(asks?|returns?|suggests?|generates?|writes|gives|shows|outputs?|"
                          r"produces|proposes|offers|drafts|picks)\s+(back\s+)?$")


def _cued(cues: re.Pattern, s: str) -> bool:
    """A cue word in `s` that is not negated: "and no labeled examples" is no cue."""
    # (nor a wish: "25 desks want it to rewrite wire copy" have rewritten nothing)
    return any(not re.search(r"\b(no|not|without|any)\s+([a-z-]+\s+)?$|\b(want|wants|need|needs|"
                             r"would like|'d like) (it |them |us |the model |the ai )?to\s+$",
                             s[max(0, c.start() - 24): c.start()]) for c in cues.finditer(s))


# Work done, before a count: then "in a week" says how long it took.
MADE_BEFORE = re.compile(r"\b(label\w*|annotat\w*|tagg\w*|wrote|written|did|done|finish\w*|"
                         r"collect\w*|review\w*|transcrib\w*|mark\w*|grad\w*|check\w*|sort\w*|"
                         r"categori[sz]\w*)\b")
# What a scale rates: "grade tweets 1 to 5 for anger".
QUALITIES = (r"(anger|politeness|urgency|severity|sentiment|toxicity|quality|relevance|risk|tone|"
             r"sarcasm|accuracy|clarity|helpfulness|priority|fit|fluency|readability|"
             r"professionalism|empathy)")
# Said before or after a scale's two ends: "rated 1-5", "urgency, 1 to 4", "a 1-10 rating".
SCALE_LEAD = (r"(scale of|scale from|(?<!at )scale|bands|rated|rates?|rating|graded|grades?|"
              r"scored?|scores|marks?|severity|urgency|priority|importance|risk|sentiment|level|"
              r"score)")
SCALE_TAIL = rf"\s*((-?point )?(scale|rating|grade|label|score|stars?)\b|for {QUALITIES}\b)"
# Both ends of a rating scale: "grade answers on a 0 to 5 label", "a 1-10 rating".
SCALE = re.compile(rf"\b{SCALE_LEAD}[,:]?( from)?\s+\d+(\.\d+)?\s*(to|-)\s*\d+(\.\d+)?\b|"
                   rf"\b\d+(\.\d+)?\s*(to|-)\s*\d+(\.\d+)?(?={SCALE_TAIL})")


def _in_ratio(t: str, m: re.Match) -> bool:
    """Either number of a ratio: "1 note in 10", "3 out of 10"; or of a scale."""
    if any(s.start() <= m.start() < s.end() for s in SCALE.finditer(t, max(0, m.start() - 20),
                                                                        m.end() + 12)):
        return True
    # (a part is no bigger than its whole: "60 buildings in 14 cities" is no ratio)
    if (after := RATIO_AFTER.match(t, m.end())) and _no_bigger(m.group(0), re.search(
            r"\d[\d,.]*", after.group(0)).group(0)):
        return True
    if any(r.start("a") == m.start() or r.start("b") == m.start()
           for r in RATE_OF.finditer(t, max(0, m.start() - 40), m.end())):
        return True
    before = RATIO_BEFORE.search(t, 0, m.start())
    if before is None:
        return False
    first = re.match(r"\d[\d,.]*", before.group(0))
    return bool(RATIO_AFTER.match(t, before.start() + first.end())) and _no_bigger(
        first.group(0), m.group(0))


def _no_bigger(part: str, whole: str) -> bool:
    """A ratio's first number is no bigger than its second ("1,200 in 1,500"); True when
    either is not a plain number ("$5", "10%"), as before this check."""
    try:
        return float(part.replace(",", "").rstrip(".")) <= float(whole.replace(",", "")
                                                                  .rstrip("."))
    except ValueError:
        return True


# Items then said, one by one, to be labeled: "1,800 lines, each paired with its scene".
# ("4,000 claim charts from past reports, each checked by a senior searcher")
EACH_MARKED = re.compile(r"\s*[a-z][\w'-]*(\s+[a-z][\w'-]*){0,4},?\s+(each( one)?|all|"
                         r"every one)\s+("
                         r"paired|matched|labell?ed|annotated|tagged|graded|scored|coded|checked|"
                         r"verified|reviewed|approved|corrected|mapped|categori[sz]ed)\b")
LENGTHS = {"page", "pages", "paragraph", "paragraphs", "line", "lines", "sentence", "sentences"}
# Counts that belong to someone else or to the future: "I read that a competitor fine-tuned on
# 50 thousand descriptions", "the plan is our copywriter writes 2 thousand by December".
OTHERS_OR_PLANS = (r"\b(competitors?|rivals?|i read|we read|(a|the|one) (blog|article|paper|case "
                   r"study)|other compan\w+|big players?)\b|\b(the plan is|we plan|planning to|"
                   r"(will|going to|want to|aim to|hope to|could|can|would) (write|label|collect|"
                   r"annotate|have|gather|build)( up)?)\b")
# A period that opens the clause: "each month we receive around 900 letters".
LEAD_PERIOD = re.compile(r"(?:^[\s>*•-]*|\b(?:and|but|so|where|when)\s+)(?:(?:every|each|per|"
                         r"once a)\s+("
                         r"day|week|"
                         r"month|quarter|year)|(daily|weekly|monthly))\b,?(?:\s+\S+){1,6}\s*$|"
                         # "in the high season month we get 1,200 reviews"
                         r"\bin (?:the|a|an) (?:\S+ ){0,2}(month|week|day)s?,? (?:we|they|i) "
                         r"(?:get|receive|see|handle|process)(?: about| around| roughly| up to| "
                         r"some)?\s*$|"
                         # "they cost us $9k a month at 800,000 requests"
                         r"\b(?:a|an|per|each|every) (month|week|day|year),? at(?: about| "
                         r"around| roughly| some)?\s*$|"
                         # "quiet months maybe 2k orders, valentines week alone is like 9k"
                         r"\b(?:quiet|slow|busy|peak|normal|typical|average|good|bad|low|high) "
                         r"(month|week|day)s?,?(?: we get| we see| are| is)?(?: maybe| about| "
                         r"around| roughly| like| only)?\s*$")
# A part of what was counted, said to be labeled: "only 200 have a proper listing written by
# our copywriter", "labelled, with the right JSON, are only 150".
SUBSET_AFTER = re.compile(r"^(of (them|those|these) )?(actually |also )?(have|has|are|were|"
                          r"come with|"
                          r"got|carry|bear)\b")
SUBSET_BEFORE = re.compile(r"\b(are|is|were|was)( only| just)?( about| around| roughly| maybe|"
                           r" some)?\s*$")
MARKED_BEFORE_IN = re.compile(r"\b(labell?ed|annotated|tagged|verified|corrected|reviewed|"
                              r"checked|approved|graded|scored|coded|categori[sz]ed)\b")


# A subset kept, its count after a comma (so beyond the clause): "We kept the ones where they
# agreed within one point, about 4,100."
KEPT_SUBSET = re.compile(r"\bkept (only )?(the ones|those|them)\b[^.;:]{0,60},\s*(about|around|"
                         r"roughly|some|maybe)?\s*$")
# The count named before its number: "labeled is 4,000 now", "labelled set: 900".
LABELED_IS = re.compile(r"\b(labell?ed|annotated|tagged)( (data|examples|ones|count|set|rows))? "
                        r"(is|are|=|:)( now)?( about| around| roughly| ~)?\s*$|"
                        # "the ones my sister actually sorted into the categories are more
                        # like 40"
                        r"\bthe ones (\S+ ){0,4}(sorted|labell?ed|tagged|marked|coded|annotated|"
                        r"checked|categori[sz]ed|classified|graded|mapped|done|typed|filled|"
                        r"keyed|wrote|written)\b[^.;:]{0,50}(\b(are|is|were|was|come to)|:)( now)?"
                        r"( more like| about| around| roughly| maybe| only| just)?\s*$|"
                        # "a labeled history of 60,000 disputes", "an annotated archive of 4k"
                        r"\b(labell?ed|annotated|tagged|hand-labell?ed|coded) (history|archive|"
                        r"set|backlog|corpus|dataset|data set|collection|record|log) of( about| "
                        r"around| roughly| some| over| ~)?\s*$")
# Words that make an unknown noun an example: "200 sample lines", "5,000 solved plans".
EXAMPLE_WORDS = {"sample", "example", "solved", "worked", "gold", "reference", "finished",
                 "translated", "validated", "verified"}
PAST_WORK = {"past", "previous", "earlier", "existing", "historical", "archived", "old"}
# Items live on a site now: a stock, not examples ("61 thousand active listings").
STOCK = {"active", "live", "open", "current"}


def mentions(t: str) -> list[Mention]:
    """Every number in normalised text `t`, with what it counts."""
    found: list[Mention] = []
    for m in MENTION.finditer(t):
        before = t[max(0, m.start() - 40): m.start()]
        if NAME_BEFORE.search(before):
            continue
        if GPU_MODEL.fullmatch(m.group("num")) and (GPU_MODEL_BEFORE.search(before) or
                                                     GPU_MODEL_AFTER.match(t[m.end():])):
            continue
        if _in_ratio(t, m):
            continue  # "1 note in 10", "3 out of 10": a rate, not an amount
        if re.search(r"\b(accuracy|score|agreement|f1|precision|recall|match rate|hit rate)\b"
                     r"[^.;]{0,20}\b(dropped|drops|fell|falls|went down|goes down|rose|went up|"
                     r"climbed|jumped|improved|sank|slipped)( back)? (to|from|by)( about| around|"
                     r" roughly| ~)?\s*$", before) and to_number(m.group("num")) <= 100:
            continue  # "accuracy dropped to 88": a score, its % left out
        if m.group("num") == "1" and re.match(r"\s*:", t[m.end():]) and re.search(
                r"\b(from|of|in|like|is) $", before):
            continue  # "here's a line from one: '...'": a pronoun before a sample
        if re.search(r"\bno $", before) and re.match(
                r"\s*[\w-]+( [\w-]+)? (are |is |feel |sound |look |read )?(alike|the same|"
                r"identical)\b", t[m.end():]):
            continue  # "no two conversations alike": variety wanted, not a count
        if (re.search(r"(\bthe |^|[.!?:] )$", before) and re.match(
                r"\s*(is|was|are|were) (the|how|what|our|just|only|all|a|an)\b", t[m.end():])) or (
                re.search(r"[,;:] $", before) and re.match(
                    r"\s*(is|was) (just |only )?the (whole |full |raw |total |entire )?(export|"
                    r"total|backlog|archive|dump|lot)\b", t[m.end():])):
            # ("i checked, 2000 is the export total, only 200 are labeled")
            continue  # "the 5,000 is the backlog we exported": a number said before, explained
        if m.group("num") == "1" and re.match(r"\s*of (the|our|their|these|those|its|his|her|"
                                              r"my|your|them|those)\b", t[m.end():]):
            continue  # "something we use through one of the hosted chat services": a pronoun
        if re.search(r"\b(every|once in|once every)( about| roughly| ~)?\s*$", before):
            continue  # "every few hundred docs the JSON comes back broken": a rate
        value = to_number(m.group("num"))
        unit = (m.group("unit") or "").strip()
        if unit == "ms":
            found.append(Mention(value, Kind.LATENCY, m.start(), m.end()))
            continue
        if unit:
            continue  # percentages, model sizes, memory, "10x"
        after = _clause_after(t, m.end()).strip()
        if re.match(r"it (volunteers?|persons?|guys?|people|staff|team|department|managers?|"
                    r"admins?|contractors?|consultants?|freelancers?|engineers?|specialists?)\b",
                    after):
            # "we have one IT volunteer": people, not "one" of "it"
            found.append(Mention(value, Kind.PEOPLE, m.start(), m.end(), noun="it staff"))
            continue
        if re.match(r"(pesos?|shillings?|dirhams?|dinars?|riyals?|cedis?|taka|birr|soles)\b",
                    after):
            continue  # money in a currency we cannot place (Mexico's? Chile's?): no amount
        # ("400k bills of lading and customs forms every month": a long noun phrase)
        # ("25k email->fields examples": a pairing named with an arrow is one modifier)
        words = ["paired" if ">" in w or "→" in w else w for w in re.findall(
            r"[\w&'é/-]+(?:(?:->|→)[\w&'é/-]+)+|[\w&'é/-]+", after)[:9]]
        # A period ("a day", "monthly") may follow the noun phrase: cut it off first.
        per_month = None
        head: list[str] = []
        for i in range(len(words)):
            if re.fullmatch(r"[\d.,]+", words[i]):
                break  # the next number's words are not this one's
            if i and (words[i] in ("we", "i", "they", "you", "he", "she") or (
                    words[i - 1] == "and" and words[i] in ("more", "new", "another", "others",
                                                           "fresh", "additional", "then"))):
                break  # "400 examples and (we add) more every week": another clause's period
            p = PERIOD.match(" ".join(words[i:]))
            if p and i and words[i - 1] in ("in", "within", "over", "for", "by") and (
                    words[i] in ("a", "an")) and not (i > 1 and words[i - 2] in ARRIVE) and (
                    words[i - 1] != "in" or MADE_BEFORE.search(_clause_before(t, m.start()))):
                # "we labeled 500 in a week" is how long; "come in each month" and "about
                # 20 posts in a week" are how often
                break
            if p and words[i] in ("over", "across", "throughout") and MADE_BEFORE.search(
                    _clause_before(t, m.start())):
                break  # "we labeled 500 over the year" is how long it took
            if p:
                per_month = PERIODS[p.group(1) or p.group(2)]
                break
            head.append(words[i])
        clause_before = _clause_before(t, m.start())
        if per_month is None and (lead := LEAD_PERIOD.search(clause_before.rstrip(" ~"))):
            # "each month we check 50 bills"
            per_month = PERIODS[next(g for g in lead.groups() if g)]
        if LABELED_IS.search(clause_before) or KEPT_SUBSET.search(
                t[max(0, m.start() - 100): m.start()]) or re.search(
                r"\b(examples|solutions|pairs|answers|summaries|replies|labels)\b[^.:;]{0,40}"
                r"(written|labell?ed|made|done|checked|annotated|prepared)[^.:;]{0,25}:\s*(about |"
                r"around |roughly |~)?$", clause_before) or re.search(
                # "Approved lines: twelve thousand"
                r"\b(approved|labell?ed|annotated|tagged|checked|gold|verified|reviewed|graded) "
                r"(\S+ ){0,2}?(lines|examples|pairs|answers|summaries|replies|samples|texts|emails|"
                r"tickets|documents|translations|descriptions|records|items|ones)\s*:\s*(about |"
                r"around |roughly |~)?$", clause_before):
            # "correction: labeled is 4,000 now", "worked solutions written by our teachers:
            # about 30": the count named before its number
            kind, at, head = Kind.DATA, 0, ["labeled"]
        elif head[:2] in (["of", "them"], ["of", "those"], ["of", "these"]) and not (
                len(head) > 2 and _noun(head[2:3])[0] is not None):
            kind, at = None, -1  # "tagged about 350 of them last quarter": not quarters
        elif head[:2] in (["of", "these"], ["of", "those"]):
            kind, at = _noun(head[2:3])[0], 2  # "300 of these skills"
        else:
            kind, at = _noun(head)
        bound = kind is not None
        noun = head[at] if kind is not None else None
        if kind is None and head[:2] == ["of", "them"] and (
                prior := re.search(r"\b([a-z]+s),?\s*$", t[:m.start()])):
            # "for dental clinics, 85 of them"; "a SaaS for newsrooms, 120 of them": the
            # count of what was just named (sold to or served: the customers)
            k = _noun([prior.group(1)])[0] or (Kind.ENTITIES if re.search(
                r"\b(for|to|serv\w*|sell\w*) (\S+ ){0,2}?[a-z]+s,?\s*$", t[:m.start()]) else None)
            if k is not None:
                kind, noun, bound = k, prior.group(1), True
        unlisted = False
        money = bool(m.group("cur")) or bool(MONEY_AFTER.match(after)) or bool(
            re.match(r"^of (api )?credits", after)) or bool(SPENT_ON.match(after)) or bool(
            re.match(r"((a|per|each) (month|week|year|day|quarter) )?(budget|spend)\b", after)) or (
            # "we can put 5k one-off toward it"
            bool(re.search(r"\b(put|invest|commit|allocate|throw|spare)( up to| about| around| "
                           r"roughly)?\s*$", clause_before)) and bool(re.match(
                               r"(oneoff |a month |per month )?(toward|towards|into|behind) "
                               r"(it|this|that|the (project|pilot|build))\b", after)))
        # ("~2k/mo budget": the amount of a budget)
        # ("I wrote descriptions by hand for maybe forty products": one made for each; not
        # "we wrote apps for 40 clients")
        made_for = re.search(r"\b(wrote|did|written|done|made) (\S+ )?(descriptions|notes|"
                             r"summaries|captions|answers|replies|labels|tags|translations|"
                             r"rewrites|headlines|titles|minutes|reports)( by hand)? for( about| "
                             r"around| "
                             r"roughly| maybe| some)?\s*$|"
                             # "descriptions written by our copywriter we have for about 350"
                             r"\b(descriptions|notes|summaries|captions|answers|replies|"
                             r"translations|reports) (written|made|done) by (our|the|a|my) (\S+ )"
                             r"{1,2}(we have |we've got |exist )?for( about| around| roughly| "
                             r"maybe| some)?\s*$", clause_before)
        if made_for and made_for.group(1) and made_for.group(1) not in ("wrote", "did") and not (
                made_for.group(4)):
            made_for = None  # "we produce written summaries for 30 customers": a service
        rewritten = kind in (Kind.OTHER, Kind.ENTITIES) and (
            noun in ("versions", "rewrites", "drafts") or made_for is not None)
        if rewritten and made_for is not None and made_for.group(1) is None:
            kind = Kind.DATA  # "descriptions written by our copywriter we have for about 350"
        elif (kind is None or rewritten) and (marked := MARKED_BEFORE.search(clause_before)):
            kind = Kind.DATA  # "we've labeled 500 of them", "nurses produced 1,200 versions"
            # ("the office manager has marked about 500 of the old ones": its own count, not a
            # correction of the calls a month before it; "finance approved 5k" may be money)
            bound = not marked.group(0).startswith("approved")
        elif re.search(r"\b(team|staff|crew|headcount) (of|is|are|=)( just| only| currently)?\s*$",
                       clause_before) and not money:
            # "our ML team of 9 writes training code", "our team of 5 reviews the drafts"
            kind, bound = Kind.PEOPLE, True
        elif kind is None and LABEL_CUES.search(" ".join(head[:3])) and head[:2] not in (
                # (not how often a prompt was reworked: "despite several rounds of rewrites")
                ["rounds", "of"], ["iterations", "of"], ["passes", "of"], ["cycles", "of"]
        ) and not (
                head[:1] in (["on"], ["for"], ["toward"], ["towards"])
                and re.search(r"\b(spend|spending|invest|put|allocate|budget|afford|set aside|"
                              r"put aside|earmark|earmarked|reserve|reserved)\b(\s+\S+)?"
                              r"(\s+(maybe|about|around|roughly|up to|~))?\s*$", clause_before)):
            # (not what an amount is spent on: "can spend maybe 3k on training runs")
            kind = Kind.DATA  # "40,000 verified extractions": the cue says what they are
        elif kind in (Kind.OTHER, Kind.ENTITIES) and LABEL_CUES.search(
                " ".join(head[:at])) and not (
                LABEL_SET.fullmatch(head[at])):
            kind = Kind.DATA  # "6,200 reviewer-labelled sections" are labeled items
        elif kind is None and (noun := _counted(head)) is not None:
            unlisted = True
            # "3 vets", "thousands of segments" count something else; "30 episodes a month"
            # is still a volume, and "2,300 leases our paralegals marked up" labeled data.
            bound = True
            if per_month is not None:
                kind = Kind.VOLUME
            elif _cued(MARKED, after) or EACH_MARKED.match(t, m.end()) or (
                    head and head[0] in PAST_WORK | EXAMPLE_WORDS) or (
                    head[:1] == ["of"] and len(head) > 1 and head[1] in PAST_WORK) or (
                    head[1:2] == ["of"] and len(head) > 2 and head[2] in (
                        PAST_WORK | EXAMPLE_WORDS)) or (
                    len(head) > 2 and head[1] in EXAMPLE_WORDS) or (
                    head[:1] and head[0] in TEXT_UNITS and MARKED.search(
                        re.split(r"[.!?;]", t[m.end():], maxsplit=1)[0])):
                # "forty past obituaries we're proud of", "1,000 lines of sample dialogue",
                # "150 lines they love, as style references"
                kind = Kind.DATA
            else:
                kind = Kind.OTHER
        if noun in ("jobs", "checks", "classifiers", "extractors", "detectors") and (any(
                w in ("different", "separate", "distinct", "narrow", "small", "internal",
                      "little", "tiny", "mini", "classification", "extraction", "tagging",
                      "text", "nlp", "llm", "language", "specialised", "specialized")
                                   for w in head[:at]) or re.search(
                                       r"\b(doing|handling|running|serving|total( of)?)\s*$",
                                       _clause_before(t, m.start())) or (
                # "small narrow jobs on it: tag ..., pull ... Roughly 40 of these jobs"
                any(w in ("these", "those", "such") for w in head[:at]) and re.search(
                    rf"\b(different|separate|distinct|narrow|small|little|tiny|internal) (\S+ )?"
                    rf"{noun}\b", t[: m.start()]))):
            kind = Kind.TASKS  # "handles 35 different narrow jobs" for its clients
        if kind in (None, Kind.OTHER) and head and re.fullmatch(
                r"(client|customer|tenant|brand|shop|store|partner|team|department|market|"
                r"country|region|hotel|school|clinic)-(specific|specified|owned|own)", head[0]):
            kind, noun, bound = Kind.TASKS, head[0], True  # "15 client-specific styles"
        if noun == "labels" and at and head[at - 1] in (
                "button", "ui", "menu", "shipping", "product", "price", "address", "warning",
                "care", "record", "interface", "form", "field"):
            kind = Kind.OTHER  # "4,000 button labels" to translate are the work, not labels
        if noun == "pairs" and at and head[at - 1] in ("language", "currency", "trading"):
            kind = Kind.OTHER  # "all nine language pairs" are tasks, not input/output pairs
        if re.match(r"(lines|rows) of (\S+ )?(code|python|sql|javascript|typescript|java|yaml|"
                    r"config)\b", after) or (noun == "copy" and (
                        value == 1 or "frozen" in head[:at])):
            kind = Kind.OTHER  # "2,000 lines of code we wrote", "1 frozen copy" of a model
        if kind == Kind.DATA and re.search(
                r"\b(tri(ed|es)|try|test(ed)?|trialt?ed|ran|evaluated|piloted|benchmarked) "
                r"(\S+ ){0,5}on (about |around |roughly |some |just |only )?$",
                clause_before) and not any(
                    re.match(r"(hand-)?(label|annotat|tagged|graded|gold|marked)", w)
                    for w in head[:at + 1]) and not _marked_since(t, m.end()):
            # (not a set marked by hand: "ran it on 60 contracts our paralegal had already
            # marked up")
            kind = Kind.OTHER  # "we did try GPT-4 on 50 public sample contracts": a test run
        if re.match(r"lines of (\S+ )?(dialogue|script|copy|subtitles?|text|poetry|"
                    r"verse)\b", after):
            kind, noun, bound = Kind.DATA, "lines", True  # "3000 lines of dialogue we wrote"
        if kind in (None, Kind.OTHER) and head[:1] in (["example"], ["sample"]) and len(
                head) > 1 and per_month is None:
            kind, bound = Kind.DATA, True  # "60 example days with the right schedule"
        # (not "lines of code", whose kind the rules above settled)
        if kind in (None, Kind.OTHER) and head[:1] in (["lines"], ["replies"], ["verses"]) and (
                head[1:2] != ["of"]) and (
                re.search(r"\b(wrote|written|penned|scripted)\s+(about |around |roughly |~)?$",
                          clause_before) or re.match(r"\S+ (\S+ ){0,2}as (\S+ ){0,4}(pairs|"
                                                     r"examples)\b", after)):
            kind, noun, bound = Kind.DATA, head[0], True  # "i wrote ~3,000 of her lines"
        if kind == Kind.DATA and noun in ("prompt", "prompts") and value < 10:
            kind = Kind.OTHER  # "only one basic prompt": what was tried, not examples
        if head[1:2] == ["ones"] and head[0] in PAST_WORK | {"good", "great", "best", "nice",
                                                             "clean", "usable", "proper",
                                                             "complete", "finished", "valid",
                                                             "decent", "real"}:
            kind, noun, bound = Kind.DATA, "ones", True  # "maybe 15 old ones": the items
        if kind in (Kind.DATA, Kind.OTHER) and noun and value != 1 and not _plural(noun) and (
                NAMED_BEFORE.search(clause_before)):
            kind, bound = None, False  # "a Mahler 5 note", "the Windows 11 laptop": a name
            continue
        if kind == Kind.DATA and noun in LENGTHS and per_month is None and (re.match(
                r"\S+\s+(of\s+)?(each|long|max(imum)?|at most|or (less|so|fewer)|per)\b", after)
                or re.search(r"\(\s*(about |around |roughly )?$", clause_before)
                or re.search(r"\b(usually|typically|normally|mostly|often|generally|each) $",
                             clause_before)
                or re.search(r"\b(after|within|in|for|than|over|under|past|beyond) (the )?(first "
                             r"|last )?(about |around |roughly )?$", clause_before)):
            # "summaries of about one page each", "the voice drifts after a few sentences"
            kind = Kind.OTHER
        if kind == Kind.DATA and noun in LENGTHS and per_month is None and re.search(
                r"\b(output|answer|reply|result|summary|response)s? (is|are|should be|must be) "
                r"(\S+ ){0,4}(plus|and|then|with|followed by) (about |around |roughly )?$",
                clause_before):
            # "the output is a flag plus two sentences": the length of each answer
            kind = Kind.OTHER
        if kind == Kind.DATA and noun in LENGTHS and re.search(
                r"\b(handbook|manual|guide|polic(y|ies)|book|contract|report|document|doc|pdf|"
                r"wiki|catalog(ue)?|brochure|spec|rulebook|circular|newsletter|letter|article|"
                r"post|essay|story|leaflet|flyer|bulletin|digest|memo|handout|booklet)s?\b"
                r"[^.]{0,30}$", before):
            # "just the policy handbook, roughly 120 pages": its length
            kind, bound = Kind.OTHER, True
        if kind == Kind.DATA and noun in LENGTHS and re.search(
                r"\b([a-z]{3,}s|ones) (over|above|beyond|past|exceeding|longer than|shorter than|"
                r"under|of|with) (about |around |roughly |some |~)?\s*$", before):
            # "on transcripts over ~40 pages it drifts": the items' length, not a count of them
            kind, bound = Kind.OTHER, True
        if kind == Kind.DATA and value <= 20 and per_month is None and (re.search(
                r"\b(into|in(?: the form of)?|as) (just |only |exactly |max(imum)? |at most |"
                r"up to |about |roughly |around )?$", clause_before) and re.search(
                r"\b(summari[sz]\w*|condens\w*|boil\w*|turn\w*|split\w*|break\w*|rewrit\w*|"
                r"reduc\w*|shorten\w*|distil\w*|compress\w*|format\w*|convert\w*|chop\w*)\b",
                clause_before)) and not re.search(r"\b(by hand|manually|ourselves)\b", after):
            # "summarise call transcripts into 5 bullet notes": the output's shape, not data
            kind, bound = Kind.OTHER, True
        if kind == Kind.DATA and per_month is None and re.search(
                r"\b(classif\w*|sort\w*|rout\w*|bucket\w*|categori[sz]\w*|triag\w*|divid\w*|"
                r"group\w*) (\S+ ){0,5}into (one of |1 of )?(the |our )?(about |around |"
                r"roughly )?$", clause_before):
            # "our product classify CV into 12 job family": the classes, not examples
            kind, bound = Kind.OTHER, True
        if re.match(r"of (them|those|these)\b", after) and re.search(
                r"\b(match\w*|beats?|beating|gets?|got|right|correct\w*|pass\w*|wins?|won|"
                r"agrees?|agreed)\b[^.]{0,40}\b(on|in|for) (about |around |only |just )?$",
                clause_before):
            # "it matches or beats our planners on 57 of them": a score on the set, not its size
            kind, bound = Kind.OTHER, True
        if kind == Kind.DATA and re.match(r"\S+ (still |left )?to (do|write|translate|"
                                          r"describe|caption|answer|process|go)\b", after):
            kind, bound = Kind.OTHER, True  # "200 listings to do": the work ahead, not examples
        if kind == Kind.DATA and re.match(
                r"(of (my|our|the|their|his|her) )?\S+ (\S+ )?((pasted|stuffed|dropped|put|"
                r"included|inserted) (in\b(?!to)|into (the |a |our )?(prompt|chat\w*|context|"
                r"gpt\S*|claude|gemini|model|window|conversation)\b)|(in|inside) the prompt\b)",
                after):
            # "a few of my descriptions pasted in": the prompt's examples
            kind, bound = Kind.OTHER, True
        # "the prompt works. It carries 12 worked examples": the prompt's demonstrations
        if kind == Kind.DATA and value <= 50 and (
                re.search(r"\b(carries|carry|packs|pack)\s*$", before) or (
                re.search(r"\bprompt", t[max(0, m.start() - 200): m.start()]) and re.search(
                    r"^(it|the prompt|our prompt|which) (has|holds|includes|contains|uses)\s*$",
                    re.split(r"[.!?]\s", t[max(0, m.start() - 120): m.start()])[-1].strip()
                    + " "))):
            kind, bound = Kind.OTHER, True
        if kind == Kind.OTHER and noun in ("days", "weeks", "months", "shifts") and re.match(
                r"\s*(\S+ ){1,2}(where|for which|of which) we (still |also )?(have|kept|keep) "
                r"both\b",
                _clause_after(t, m.end())):
            kind = Kind.DATA  # "30 past weeks where we still have both the sheet and the rota"
        if kind == Kind.HARDWARE and noun in ("cards", "boxes") and MARKED.search(
                _clause_after(t, m.end())):
            kind = Kind.DATA  # "1,500 cards have already been keyed in by volunteers"
        elif kind == Kind.HARDWARE and noun == "cards" and not re.search(
                r"\b(gpus?|graphics|video|nvidia|amd|vram|\d+ ?gb|rtx|gtx|[ahlv]100s?|l40s?|"
                r"[1-9]0[5-9]0s?|cuda)\b", t[t.rfind(".", 0, m.start()) + 1:
                                           (t.find(".", m.end()) + 1) or len(t)]):
            # Catalogue, index or trading cards, not graphics cards: "8,000 cards already
            # catalogued by staff", "about 40,000 cards a month"
            if re.match(r"\s*(\S+ ){0,3}(catalogu?ed|cataloged|described|labell?ed|tagged|"
                        r"transcribed|keyed|typed up|entered|coded|graded)\b", after):
                kind = Kind.DATA
            elif per_month is not None:
                kind = Kind.VOLUME
        if kind in (Kind.DATA, Kind.BARE) and value == 2 and re.search(r"\bno\s*$", before):
            kind, bound = Kind.OTHER, True  # "no two conversations repeat": none alike
        if kind == Kind.DATA and (noun in REFERENCE_DOCS or f"{noun}s" in REFERENCE_DOCS):
            # (the sentence around it, across commas)
            around = re.split(r"[.!?]\s", t[max(0, m.start() - 80): m.start()])[-1] + " " + (
                re.split(r"[.!?](\s|$)", t[m.end(): m.end() + 80])[0])
            # (or kept current: "our lawyer keeps one document always updated")
            if re.search(r"\b(polic(y|ies)|manuals?|handbooks?|wiki|knowledge base|reference|"
                         r"guidelines|(always |kept )(updated|up[- ]to[- ]date|current))\b",
                         around) and not MARKED.search(around):
                kind, bound = Kind.OTHER, True  # "we have the policy PDFs, maybe 60 documents"
        opened = t.rfind("(", 0, m.start())
        if kind == Kind.DATA and value <= 10 and opened > t.rfind(")", 0, m.start()) and (
                "," in t[opened: m.start()]):
            kind = Kind.OTHER  # "I paste the specs (beds, baths, a couple of notes ...)": a list
        # (a count is never written "4.0"; a range's midpoint, "10-15" as 12.5, is a count)
        if kind == Kind.DATA and (re.fullmatch(r"\d+\.0+", m.group("num")) or re.search(
                r"\b(v|version|release) ?$", t[max(0, m.start() - 8): m.start()])):
            kind, bound = Kind.OTHER, True  # "CFDI 4.0 invoices": a version, no count
        if kind == Kind.DATA and value <= 20 and re.search(
                r"\b(gpt\S*|claude|gemini|chatgpt|llama|mistral|prompt\w*|model|llm)\b[^.]{0,40}"
                r"\bwith\b[^.]{0,30}$", before):
            # "GPT-4 with the rubric and a few graded samples": in the prompt
            kind, bound = Kind.OTHER, True
        if kind == Kind.DATA and (any(w in STOCK for w in head[:at]) or re.match(
                r"\S+ (processed|handled|received|served|shipped|sold) (last|this|"
                r"in|per|a|each|every|so far)\b", after)):
            kind = Kind.OTHER  # "61 thousand active listings", "1.7 million documents processed
            # last year": what passes through, not examples
        if kind == Kind.DATA and (re.match(r"\S+ (\S+ )?(at|in) (acl|emnlp|naacl|neurips|nips|"
                                           r"icml|iclr|cvpr|iccv|eccv|aaai|ijcai|coling|sigir|"
                                           r"kdd|interspeech|icassp|nature|science)\b", after)
                                  or (noun == "pairs" and re.match(
                                      r"\S+ (get |got |are |were )?(confused|mixed up|swapped|"
                                      r"muddled)\b", after))):
            kind = Kind.OTHER  # "two papers in ACL", "the same two pairs confused": no data
        if kind == Kind.DATA and value == 1 and re.search(r"\b(in|into|on) (one|1|a single)?\s*$",
                                                          clause_before):
            kind = Kind.OTHER  # "150 questions with answers written in one document"
        if kind == Kind.DATA and noun in PARTS and re.search(
                r"\b(in|into|to) (those|these|the|its|their|our)?\s*$", clause_before):
            kind = Kind.OTHER  # "cleaned 800 addresses into those four parts": the fields
        if kind == Kind.DATA and (noun in SPANS or (head[:1] and head[0] in SPANS)) and re.search(
                r"\b(over|across|during|in|from|for) (the )?(last |past |our |my )?$",
                clause_before):
            kind = Kind.OTHER  # "2,500 lines our writer wrote over two games": the span
        if kind == Kind.DATA and re.search(OTHERS_OR_PLANS, clause_before):
            kind = Kind.OTHER  # "a competitor fine-tuned on 50 thousand", "the plan is 2,000"
        if kind == Kind.DATA and value <= 20 and re.match(
                r"(\S+\s+){0,3}?(in|into) (a |the )?(free |public |online )?(chatgpt|claude|gemini|"
                r"gpt\S*|chat|chat ?bot)\b", after):
            kind = Kind.OTHER  # "pasted one recipe into chatgpt once": a try, not a dataset
        if kind == Kind.OTHER and noun == "minutes" and re.search(
                r"\b(approved|paired|written|signed off)\b", after + " " + clause_before):
            kind = Kind.DATA  # "400 approved minutes paired with the transcripts": meeting minutes
        if kind == Kind.DATA and PRODUCT_DOES.search(clause_before):
            kind = Kind.OTHER  # "it asks 2 questions back": what the product does
        demo = noun in DEMO_NOUNS or (kind == Kind.DATA and any(
            w in ("example", "sample", "demo") for w in head[:at]))  # "5 example replies"
        if kind == Kind.DATA and demo and (
                DEMOS_BEFORE.search(clause_before[-40:]) or DEMOS_AFTER.match(after) or (
                    value <= 20 and DEMOS_FAR.search(clause_before[-70:])) or (
                    value <= 20 and DEMOS_NEAR_MODEL.search(clause_before[-60:])
                    and not LABEL_CUES.search(" ".join(head[:at]))) or (
                    # "style guide in the system prompt, five example reports"
                    value <= 20 and re.search(r"\b(prompt\w*|few-?shot)\b[^.;!?]{0,100}$",
                                              t[max(0, m.start() - 120): m.start()])) or (
                    # "16 examples picked by similarity"
                    value <= 50 and re.match(r"\S+ (picked|chosen|retrieved|selected) by "
                                             r"(similarity|embedding|nearest)", after))):
            kind = Kind.OTHER  # "a long prompt with a few examples in it": demonstrations
        if kind == Kind.LATENCY:
            unit_word = head[0] if head else ""
            ms = value if unit_word.startswith(("ms", "msec", "milli")) else value * 1000
            found.append(Mention(ms, Kind.LATENCY, m.start(), m.end()))
            continue
        if money:
            kind = Kind.MONEY
        elif kind is None:
            if re.search(r"\b(team|staff|crew|group|headcount) of\s*$", clause_before) or (
                    re.search(r"\bof us\b", after[:8])):
                kind = Kind.PEOPLE
            elif re.search(r"\bbudget\s*[,:-]?\s*(maybe|about|around|roughly|approx\w*|~)?\s*$",
                           t[max(0, m.start() - 30): m.start()]):
                kind = Kind.MONEY  # "Budget, maybe 1.5k?"
            elif re.search(r"\b(series [a-e]|seed|pre-?seed|funding|raise|round|investment|"
                           r"capital|valuation)( money| cash| funding)?,?\s*(of |about |around |"
                           r"roughly |~)?$", t[max(0, m.start() - 40): m.start()]):
                kind, bound = Kind.OTHER, True  # "We have series A money, 1.5 million": funding
            elif re.search(r"\bbudget('?s| is| isn'?t| is not| was| wasn'?t)? (really |honestly |"
                           r"actually |truly )?(not |no |n't )?(really )?(the |an? |much of an? |"
                           r"a big |our )?(issue|problem|concern|constraint|worry|fine|ok|okay|"
                           r"flexible|tight|limited|small|modest)\s*[,:;-]\s*(maybe|about|"
                           r"around|roughly|say|approx\w*|~|probably|like|perhaps)?\s*$",
                           t[max(0, m.start() - 70): m.start()]):
                kind = Kind.MONEY  # "Budget isn't really the issue, maybe 10k"
            # ("it must pay a designer if we hire one": the budget's word is in the clause, but
            # "one" is the designer)
            elif re.search(r"\b(over|under|within|above|below|blow\w*|busts?|bust\w*) (the |our |"
                           r"its |their )?budget (at|with|for|by)\s*$", clause_before):
                kind = Kind.OTHER  # "way over budget at 40M": the volume that breaks it
            elif MONEY_BEFORE.search(clause_before[-40:]) and not (value == 1 and re.search(
                    r"\b(if|when|once|unless) (we|i|they|you) (\S+ )?(need|hire|get|find|want|add|"
                    r"buy|bring in|take on)\s*$", clause_before) and re.match(r"\s*([.,;!?)]|$)",
                                                                        t[m.end():])) and not (
                    # "a cap of 30 per room", "max 60 per gallery": a limit on a count
                    re.search(r"\b(cap|capped|max(imum)?|up to)\b[^$]{0,12}$", clause_before)
                    and re.match(r"\s*(per|each|a|in each|for each) (?!(month|week|day|year|"
                                 r"hour|quarter|request|call|query|run|token|user|seat)s?\b)"
                                 r"[a-z]", t[m.end():])):
                kind = Kind.MONEY
            elif per_month is not None:
                kind = Kind.VOLUME
            elif (SUBSET_AFTER.match(after) and (MARKED.search(after) or LABEL_CUES.search(
                    after) or re.search(r"\b(have|has) (a|an|the|its|their) (\S+ )?(tag|label|"
                                        r"category|code|intent|grade|class)\b", after)
                    # "Maybe 220 of them also have the intake notes we started from": the
                    # inputs that make them pairs
                    or re.search(r"\b(have|has) (the|their|its) (\S+ ){0,2}(inputs?|notes|briefs|"
                                 r"originals|sources?|requests?|questions?)\b[^.]{0,30}\b(started "
                                 r"from|came from|were written from|was written from|made from|"
                                 r"based on)\b", t[m.end():m.end() + 120]))) or (
                    SUBSET_BEFORE.search(clause_before) and MARKED_BEFORE_IN.search(
                        t[max(0, t.rfind(". ", 0, m.start())): m.start()])):
                # "only about 200 have a listing our copywriter wrote": said of what it
                # counts, so a correction nearby does not rebind it ("it is 500" may correct)
                kind, bound = Kind.DATA, bool(SUBSET_AFTER.match(after))
            elif re.search(r"\b(want|wants|need|needs|target|goal|aim for|require|requires|"
                           r"expect|expects)( is| of| at)?( about| around| ~)?\s*$", clause_before):
                kind = Kind.OTHER  # "got 85% accuracy, customers want 95": a target
            elif re.match(r"(that|which) (i|we|they|our \w+|the \w+|\w+) (\S+ ){0,2}?(sorted|"
                          r"labell?ed|tagged|marked|graded|checked|classified|annotated|coded|"
                          r"categori[sz]ed|corrected|reviewed|wrote|translated)\b", after):
                kind = Kind.DATA  # "maybe 120 that I sorted by hand last month"
            elif not 1900 <= value <= 2100 and re.match(
                    r"(i|we|they) (\S+ )?(sorted|labell?ed|tagged|marked|graded|classified|"
                    r"annotated|coded|categori[sz]ed|corrected)( \S+)? (by hand|manually|"
                    r"ourselves|myself|last|this|so far)\b", after):
                kind = Kind.DATA  # "around 50 we marked by hand last week"
            elif re.match(r"((are|were|have been|already|all|so far) )*([a-z]+(ed|done) )?(by "
                          r"hand|manually|by (my|our|the) \w+)\b", after) and not re.match(
                              r"by (my|our|the) \w+", after):
                kind = Kind.DATA  # "~40 already stamped by hand", "I've done 80 by hand"
            elif re.match(r"((out )?of (them|those|these|the \w+|\d+) )?(right|wrong|correct|"
                          r"incorrect)\b", after):
                kind = Kind.OTHER  # "it got 9 right": a score, not a count held
            elif re.search(r"\b(i'?m|i am|he'?s|she'?s|aged|age)\s*$", clause_before) and not (
                    re.match(r"\s*(%|percent|\w+s\b)", after)):
                kind, bound = Kind.OTHER, True  # "I'm seventy-one and my grandson ...": an age
            elif re.match(r"(set aside|earmarked|allocated|budgeted|put aside|ring-?fenced|"
                          r"approved|signed off)\b", after):
                kind = Kind.MONEY  # "he's got 25k set aside for it": money, not examples
            elif HAVE_BEFORE.search(clause_before):
                kind = Kind.HAVE
            else:
                kind = Kind.BARE
        elif per_month is not None and kind in (Kind.DATA, Kind.ENTITIES, Kind.VOLUME):
            kind = Kind.VOLUME
        elif kind == Kind.VOLUME and (MARKED.search(after) or (head and head[0] in PAST_WORK)
                                      or MARKED_BEFORE.search(clause_before)):
            kind = Kind.DATA  # "1,100 past quote requests paired with the correct XML"
        elif kind == Kind.VOLUME:
            kind = Kind.OTHER  # "2k requests" with no period: not a rate
        elif kind == Kind.OTHER and per_month is not None and noun in ("times", "time") and (
                not CHANGES_BEFORE.search(clause_before)) and not re.search(
                # "Rules only change when we publish errata, a couple of times a year"
                r"\b(chang|updat|revis|refresh|publish|releas|reprint)\w*\b[^.;!?]{0,60},\s*$",
                t[max(0, m.start() - 80): m.start()]):
            kind = Kind.VOLUME  # "we'd run it a thousand times a day", not "change 5 times"
        if re.match(r"\s*of (us|you|our team|the team|our staff)\b", t[m.end():]) and (
                kind != Kind.MONEY):
            kind, bound = Kind.PEOPLE, True  # "One of us wrote PyTorch training code"
        if kind == Kind.MONEY and not m.group("cur") and re.match(
                r"\s*(\S+ )?(copy|copies|instances?|replicas?)\b", t[m.end():]):
            kind = Kind.OTHER  # "the GPU budget covers one copy of the base model"
        if kind == Kind.VOLUME and re.match(r"\s*(monthly|daily|weekly) (active )?(players|users|"
                                            r"actives|visitors|members|subscribers|listeners|"
                                            r"readers|viewers|learners|students|riders|fans)\b",
                                            t[m.end():]):
            kind = Kind.OTHER  # "about 2 million monthly players": an audience, not requests
        if kind == Kind.VOLUME and re.search(r"\b(spot[- ]?check(s|ed|ing)?|sampl(e|es|ed|ing)|"
                                             r"audit(s|ed|ing)?) (\S+ )?(about |around |roughly |"
                                             r"some |maybe |only )?$", clause_before):
            kind = Kind.OTHER  # "our physios spot-check 50 chats a week": a sample, not traffic
        if kind in (Kind.DATA, Kind.VOLUME) and re.search(
                r"\b(pull|pulls|pulled|grab|grabs|grabbed|pick|picks|picked|draw|draws|drew|take|"
                r"takes|took) (out )?(about |around |roughly |some |maybe |only )?$",
                clause_before) and re.match(
                r"\s*(\S+ )?random\b[^.;!?]{0,60}\b(check|checks|checked|review|reviews|"
                r"reviewed|read|reads|compare|compares|compared|audit|audits|audited)\b(?![^.;!?]*"
                r"\b(label|annotat|tag)\w*)", t[m.end():]):
            kind = Kind.OTHER  # "every Friday I pull 100 random chats and check them": a sample
        if kind == Kind.DATA and re.search(r"\b(on|over|against|across) (a |an |our |the |some )?"
                                           r"$", clause_before) and re.match(
                r"\s*(held-?back|held-?out|holdout|hold-out|test|eval|evaluation|validation|"
                r"unseen)\b(?! (labell?ed|tagged|annotated|graded|hand-labell?ed)\b)",
                t[m.end():]):
            # "71% agreement on 150 held-back reports": the test split (but "500 held-out
            # labeled documents" are labeled data all the same)
            kind = Kind.OTHER
        if kind == Kind.DATA and noun in ("pages", "page") and (re.search(
                r"\b(fit|fits|fitted|run|runs|ran|come|comes) (on|onto|in|into|to)( about| around| "
                r"roughly| maybe| just| only| under)?\s*$", clause_before) or re.match(
                r"\s*(\S+ )?long\b", after)):
            kind = Kind.OTHER  # "the house rules fit on about four pages": a length
        if kind == Kind.VOLUME and re.search(r"\b(grow\w*|increas\w*|ris\w*) by (about |roughly |"
                                             r"around |~|some )?$", clause_before):
            kind = Kind.OTHER  # "240 tasks, growing by roughly 10 a month": growth, not traffic
        if kind == Kind.DATA and value < 10 and re.search(
                r"\b(written|generated|made|drafted|produced|created|built) from (\S+ ){0,3}$",
                clause_before):
            kind = Kind.OTHER  # "match reports written from scores + a few notes": inputs
        if kind == Kind.OTHER and noun in ("tags", "labels") and re.search(
                r"\blabell?ed (data|examples|set)\s*:\s*(\S+\s+)?$", t[max(0, m.start() - 40):
                                                                     m.start()]):
            kind = Kind.DATA  # "Labeled data: roughly 40k tags from our analysts"
        if kind == Kind.DATA and re.match(r"(\S+ )?(labels|tags|codes|fields|categories) (on|"
                                          r"per|for|in) (each|every|all|one)\b", after):
            kind = Kind.OTHER  # "1,100 logs ..., all three labels on each": labels per item
        if kind == Kind.VOLUME and re.match(r"\s*sample rows\b", after):
            # "QA checks a sample of 50 a week" (normalised to "50 sample rows a week"): a
            # check, not traffic
            kind = Kind.OTHER
        # ("Our curator and I hand-checked about seven hundred cards last winter")
        if kind == Kind.HARDWARE and re.search(r"\b(i|we|they|she|he) (have )?(hand-)?(labell?ed|"
                                               r"annotated|tagged|checked|hand-checked|"
                                               r"transcribed|corrected|verified|sorted|keyed in)("
                                               r" about| around| roughly| over| maybe)?\s*$",
                                               clause_before):
            kind = Kind.DATA  # "I labeled 1,500 cards already": trading cards, not GPUs
        if kind == Kind.OTHER and head[:1] and head[0] in PAST_WORK and re.match(
                r"(\S+ ){0,3}(paired|matched|together) with\b", after):
            kind = Kind.DATA  # "1,400 past memo sections paired with the analyst notes"
        cue = 0
        if kind == Kind.DATA:
            window = clause_before[-30:] + " " + " ".join(words)
            # "1,000 logged conversations, unlabeled": up to the next number or full stop.
            # ("25k titles hand-categorised by our ops team, plus millions unlabeled": the
            # unlabeled ones are others)
            rest = re.split(r"[.!?;\d]|\b(plus|besides|while|whereas|millions|thousands|hundreds|"
                            r"lots|tons|heaps|loads|(the )?rest)\b", t[m.end():], maxsplit=1)[0]
            if UNLABELED.search(clause_before[-12:] + " " + rest):  # (not the last number's)
                cue = -1  # items, but none of them labeled
            else:
                # ("only 120 that one receptionist marked last month")
                cue = 2 if _cued(LABEL_CUES, window) or _cued(MARKED, _clause_after(
                    t, m.end())) or MARKED_BY.match(after) or (
                    MARKED_BEFORE.search(clause_before)) else 1
        if kind == Kind.DATA and _not_the_dataset(t, m, head, clause_before):
            kind = Kind.OTHER
        if kind == Kind.DATA and (re.search(
                r"\b(volume|traffic)\b( is| was| are| of|:)[^.;]{0,40}$",
                t[max(0, m.start() - 60): m.start()]) or (cue < 2 and value < 50 and re.search(
                    r"\beach( (with|has|having|containing|holding|of (them|those|these)))?( about| "
                    r"around| roughly| maybe| some| several| a few| like| up to)?\s*$",
                    t[max(0, m.start() - 60): m.start()]))):
            # "Volume is seasonal, something like 2 million uncategorised transactions": a
            # volume over a season; "1,200 reports a month, each with several claims": a count
            # inside each item (not "9 tasks, each with around 1,500 labelled examples");
            # "200k chats, each maybe 10 messages" too
            kind = Kind.OTHER
        if kind == Kind.MONEY and per_month is None and (
                p := re.search(r"\b(daily|weekly|monthly|quarterly|yearly|annual)\b"
                               r"(\s+\S+){0,3}\s*$", clause_before)):
            per_month = PERIODS[p.group(1)]  # "a monthly budget of 2000"
        if kind == Kind.MONEY and per_month is None and (
                p := re.match(r"\s*(daily|weekly|monthly|quarterly|yearly|annual) (budget|spend|"
                              r"allowance|cap|limit|bill)\b", t[m.end():])):
            per_month = PERIODS[p.group(1)]  # "most of our $8,000 monthly budget"
        # (Up to the sentence's end or the next number: "$0. my bill is $240 a year".)
        # ("half of our annual allowance, to be spent once" is one amount, once; not "$500 is
        # per month, not a one-off")
        sentence_after = re.split(r"[.!?;]\s|\d", t[m.end():], maxsplit=1)[0]
        # ("$150 a month tops, there's no one-off money" is monthly)
        # (not "a one-off" that belongs to the next amount: "monthly budget is around $3,000,
        # and we could spend a one-off $5,000")
        once = re.search(r"\b(spent once|paid once|(?<!not a )(?<!not )(?<!no )oneoff)\b"
                         r"(?!\s*[$€£]?\s*$)", sentence_after)
        annual = kind == Kind.MONEY and bool(re.search(
            r"\b(annual|annually|yearly|per year|a year|per annum|for the (whole |full |entire )?"
            r"year)\b", re.split(r"[.!?;]\s|\d", t[m.end(): m.end() + 45], maxsplit=1)[0])
        ) and not once
        if kind == Kind.MONEY and per_month is not None and once:
            per_month = None  # "half of our yearly allowance, to be spent once"
        if annual:
            per_month = 1 / 12
        if kind == Kind.DATA and noun in ("labels", "label") and re.search(
                r"\b(the same|confus\w*( the)?|mix\w* up( the)?|between( the)?)\s*$", before):
            kind, bound = Kind.OTHER, True  # "it confused the same two labels": a label set
        if kind == Kind.DATA and cue == 1 and re.search(
                r"\b(moderat\w*|run|runs|host\w*|support\w*|build|builds|serv\w*|work\w*) "
                r"(\S+ ){0,3}for\s*$", before) and not made_for:
            kind, bound = Kind.ENTITIES, True  # "we moderate in-game chat for 15 titles"
        if kind in (Kind.DATA, Kind.BARE) and re.search(r"\b(the )?(other|remaining)\s*$",
                                                        t[max(0, m.start() - 20): m.start()]):
            # "1,200 annotated, the other 800 are scans": the remainder, never a correction
            kind, bound = Kind.OTHER, True
        if kind == Kind.DATA and re.search(r"\b(those|these)\s*$", before) and any(
                f.value == value and f.kind == Kind.OTHER for f in found) and not re.search(
                    r"\b(reviewed|labell?ed|annotated|approved|corrected|checked|verified|graded|"
                    r"tagged)\b", " ".join(head[:at])):
            # "those 12 examples ride along": said again (but "of the last 200 pieces, 184 went
            # out unedited ... we have those 200 reviewed pairs" names them as data)
            kind, bound = Kind.OTHER, True
        if kind == Kind.DATA and re.search(SPOT_CHECKED, before) and re.match(
                SPOT_RESULT, t[m.end():]) and not re.match(
                    r"\s*(\S+\s+){0,2}?(labell?ed|annotated|tagged|gold|graded)\b", t[m.end():]):
            # "I checked 10 emails by hand and 9 came out right": a prompt's outputs looked
            # over, not a labeled set (but "on 200 labeled tickets and 180 were right" names
            # labeled ones)
            kind, bound = Kind.OTHER, True
        if re.search(r"\b(don'?t|do not|not|never) (count|include) (the |our |those |these )?$",
                     before):
            kind, bound = Kind.OTHER, True  # "please don't count the 2 million in our archive"
        # "900 labeled pairs - wait no, 900 is products we looked at": said again as something
        # else, the count was never the labeled one
        if re.match(r"\s*(is|are|was|were) (just |only |actually |really )?(the |every |all "
                    r"(the )?|our )?(\S+ )?[a-z]+ (we|i|they|you|that|which) (\S+ )?(looked at|saw|"
                    r"have|hold|store|keep|own|sell|list\w*|process\w*|handle\w*|received|get|"
                    r"got|touched|scraped|collected|pulled|exported|checked)\b", t[m.end():]) and (
                any(f.value == value and f.kind == Kind.DATA for f in found)):
            found = [replace(f, kind=Kind.OTHER) if f.value == value and f.kind == Kind.DATA
                     else f for f in found]
            kind = Kind.OTHER
        # "800 is everything they touched, but only around 300 were filled in completely":
        # the subset that counts, said last, stands over the whole
        narrows = kind == Kind.DATA and cue >= 1 and bool(re.search(
            r"\bbut (only|just) (about |around |roughly |some |~)?$", before))
        found.append(Mention(value, kind, m.start(), m.end(), per_month, cue, annual=annual,
                             bound=bound or money or kind in (Kind.MONEY, Kind.PEOPLE),
                             noun=noun, unlisted=unlisted and kind == Kind.OTHER,
                             corrects=narrows))
    return _apply_corrections(t, found)


# A prompt's outputs looked over and found right: "checked 10 emails and 9 came out right".
SPOT_CHECKED = (r"\b(checked|tested|tried|ran|looked at|looked over|spot[- ]checked|went "
                r"through)( it| the prompt| them)?( on| against| over)? (about |around |roughly |"
                r"the first |the last )?$")
SPOT_RESULT = (r"[^.;]{0,40}?(,|\band\b) (\d+|all|most|only \d+|all but \d+|just \d+) (of them |"
               r"of those )?(came out|come out|were|was|turned out|looked|are) (\S+ )?(right|"
               r"correct|fine|ok|okay|good|wrong|perfect|spot on|usable)\b")


# (and words that qualify the same things: "300 unique ones", "250 usable")
CORRECTION_FILLERS = {"of", "or", "not", "and", "instead", "in", "total", "i", "we", "they",
                      "unique", "distinct", "usable", "clean", "valid", "actual", "genuine",
                      "coded", "annotated", "labeled", "labelled", "tagged", "graded", "marked",
                      "checked", "verified", "approved",
                      "actually", "sorry", "then", "rather", "more", "so", "at", "is", "was",
                      "are", "were", "that", "which", "max", "tops", "plus", "now",
                      "a", "per", "each", "every", "once", "if", "when", "because", "since",
                      "after", "before", "counting", "including", "from", "by", "to", "for",
                      "with", "all", "altogether", "overall", "give", "take", "ish",
                      "typical", "typically", "usually", "normally", "mostly",
                      "really", "though", "but", "you", "it", "this", "the",
                      "last", "these", "those", "them", "right", "exactly", "about", "on",
                      "average", "avg", "as"}


# A total of what was just counted: "2,000 per paper, 24,000 in total", "a total of 900".
AVERAGE_AFTER = re.compile(r"\s*(on average|avg|average|each on average)\b")
TOTAL_AFTER = re.compile(r"\s*(in total|total|altogether|overall|all told|combined|in all)\b")
TOTAL_BEFORE = re.compile(r"\b(a total of|in total|altogether|overall|all told|in all|the total "
                          r"(is|was|comes to|of)( about| around| roughly| some| ~)?)\s*$")
# The floor of a count given per group: "several hundred labeled cases each; the smallest has
# 300" (the count to plan on)
FLOOR_BEFORE = re.compile(r"\b(the )?(smallest|least|fewest|minimum|lowest|thinnest)( one| of "
                          r"them)? (has|is|have|with|at|gave us|sent)( only| just)?\s*$")


def _apply_corrections(t: str, found: list[Mention]) -> list[Mention]:
    """'500 labeled clauses, no wait, more like 5,000': a bare number after a correction word
    takes the kind of the number it corrects; so does a total of what was just counted, and
    it stands over the per-item count."""
    out: list[Mention] = []
    for i, mention in enumerate(found):
        if not mention.bound and (TOTAL_AFTER.match(t, mention.end) or AVERAGE_AFTER.match(
                t, mention.end) or TOTAL_BEFORE.search(t, max(0, mention.start - 20),
                                                         mention.start) or FLOOR_BEFORE.search(
                t, max(0, mention.start - 30), mention.start)):
            # (a labeled count said per group counts too: "between 300 and 900 adjudicated
            # narratives per sponsor, roughly 20,000 in total")
            prev = next((p for p in reversed(out) if (p.bound or p.kind == Kind.DATA) and (
                p.kind not in (Kind.MONEY, Kind.OTHER, Kind.LATENCY))), None)
            if prev is not None and not re.search(r"[.!?]", t[prev.end: mention.start]):
                mention = Mention(mention.value, prev.kind, mention.start, mention.end,
                                  prev.per_month, prev.cue, corrects=True, noun=prev.noun)
                out.append(mention)
                continue
        if not mention.bound and i > 0:
            cands = [p for p in reversed(out) if p.kind not in (Kind.BARE, Kind.OTHER)]
            prev = cands[0] if cands else None
            # A headcount is no count that grows tenfold: "1,200 orders that two pharmacists
            # labeled ... Correction: it's closer to 1,400 now" corrects the orders.
            if prev is not None and prev.kind == Kind.PEOPLE and mention.value >= 10 * prev.value:
                prev = next((p for p in cands if p.kind != Kind.PEOPLE
                             and p.value / 3 <= mention.value <= p.value * 3), prev)
            between = t[prev.end: mention.start] if prev else ""
            # A bare rate ("800 a month") corrects money only; other bare numbers anything.
            fits = prev is not None and (mention.kind != Kind.VOLUME or prev.kind == Kind.MONEY)
            # "actually there's one old gaming PC": a number that counts some other thing
            # is not a correction of the last amount.
            nxt = re.match(r"\s*([a-z][\w'-]*)", t[mention.end:])
            other_thing = nxt is not None and nxt.group(1) not in CORRECTION_FILLERS and not (
                re.match(r"\s*(signed|live|active|paying|onboarded|confirmed|enrolled)\s*([,.;!?]"
                         r"|$)", t[mention.end:]))  # "actually no, 45 signed, 4 was the pilot"
            # The correction word belongs to the number's own sentence (or a short one just
            # before it: "500. Sorry. 600"), not to any sentence since the last amount ("had
            # a go with ChatGPT ... a subscription or two" corrects nothing).
            # ("a bit of variety is actually nicer. we don't have examples ..., so zero":
            # "actually" after a verb stresses, it corrects nothing)
            local = re.sub(r"\b(is|are|was|were|be|it'?s|that'?s|they'?re) actually\b", " ",
                           " ".join(re.split(r"[.!?]", between)[-2:]))
            if prev and fits and not other_thing and CORRECTION.search(local):
                per = mention.per_month if mention.per_month is not None else (
                    None if prev.annual else prev.per_month)
                mention = Mention(mention.value, prev.kind, mention.start, mention.end, per,
                                  max(prev.cue, 1), corrects=True, noun=prev.noun)
        if not mention.corrects and re.search(r"\b(i|we) mean(t)?,?\s*$|\bwait,? no\b,?\s*$|"
                                              r"\bcorrection\b[^.]*$|"
                                              r"\b(so )?call it\s*~?\s*$|\blet me check\b.*$|"
                                              r"\bno,? (wait|sorry)\b[^.]*$|\bsorry,? (it'?s|"
                                              r"its|that'?s|make (it|that)|we'?re|we have|"
                                              r"now)?\s*$|\b(actually,?|make (it|that)|more "
                                              r"like|or rather)\s*\$?$|"
                                              # "my colleague just checked, it's 3,400"
                                              r"\b(checked|counted|recounted|double-checked)"
                                              r"\b( with [^,.]{1,40})?,?\s*(and\s+)?(it'?s|its|"
                                              r"it is|that is|that'?s|there'?s|"
                                              r"there are|we have|we'?ve got)\s+(only\s+)?"
                                              r"(about\s+|around\s+|roughly\s+|closer to\s+|"
                                              r"more like\s+|nearer\s+)?$",
                                              t[max(0, mention.start - 40): mention.start]):
            mention = replace(mention, corrects=True)  # "Sorry, I meant a thousand a month"
            # (a loose one takes the kind of the count it corrects: "I said roughly 10,000
            # pairs, but I just checked and it's 12,400")
            last = next((p for p in reversed(out) if p.kind not in (Kind.BARE, Kind.OTHER)), None)
            if not mention.bound and mention.kind == Kind.BARE and last is not None and re.search(
                    r"\b(checked|counted|recounted|double-checked)\b[^.]{0,40}$",
                    t[max(0, mention.start - 40): mention.start]):
                mention = Mention(mention.value, last.kind, mention.start, mention.end,
                                  last.per_month, max(last.cue, 1), corrects=True, noun=last.noun)
        # "it is fifteen forms filled correctly, not fifty": set against an earlier count
        if not mention.corrects and mention.kind not in (Kind.BARE, Kind.OTHER) and (
                against := re.match(rf"[^.;!?]{{0,60}}?,?\s+not (about |around |the )?({NUM})"
                                    r"(?![\d,.]*\d)", t[mention.end:])) and any(
                p.value == to_number(against.group(2)) and p.kind == mention.kind for p in out):
            mention = replace(mention, corrects=True)
        prev = out[-1] if out else None
        if prev is not None and prev.kind == Kind.MONEY:
            if mention.corrects and mention.kind == Kind.MONEY and mention.per_month is None \
                    and prev.per_month is not None and not prev.annual and not re.match(
                        r"[^.]{0,20}\b(one[- ]off|once|one[- ]time|upfront|in total)\b",
                        t[mention.end:]):
                # "$100 a month. actually make that $150": still a month
                mention = replace(mention, per_month=prev.per_month)
            elif not mention.bound and mention.kind == Kind.VOLUME and re.match(
                    r"[^.;]{0,30}?,?\s*(and|plus|then)\b", t[prev.end: mention.start]) and (
                    re.match(r"\s*(a|per|each|every)\s+\w+\s*((after(wards)?|later|ongoing|"
                             r"thereafter|on top|recurring|to run it|for (hosting|running|"
                             r"inference|the api|api calls|compute))\b)?\s*([.,;!?)]|$)",
                             t[mention.end:])):
                # "5,000 dollars, and maybe 300 a month after": the running cost
                mention = replace(mention, kind=Kind.MONEY, bound=True)
            elif not mention.bound and mention.kind == Kind.VOLUME and re.fullmatch(
                    r"[^.;!?]{0,30}?,?\s*(and|plus|then)\s+(monthly|per month|a month|each month|"
                    r"ongoing|recurring)( (maybe|about|around|roughly|perhaps|like|~))?\s*",
                    t[prev.end: mention.start]) and re.match(r"\s*([.,;!?)]|$)", t[mention.end:]):
                # "Budget for setup maybe €3k, and monthly maybe 200": the running budget
                mention = replace(mention, kind=Kind.MONEY, bound=True)
        if not mention.bound and mention.kind in (Kind.BARE, Kind.HAVE) and out and (
                out[-1].kind in (Kind.DATA, Kind.ENTITIES, Kind.VOLUME)) and re.fullmatch(
                r"[^.;!?]{0,40},\s*(perhaps|maybe|probably|roughly|about|around|so)\s*~?",
                t[out[-1].end: mention.start]) and not re.match(r"\s*[a-z]", t[mention.end:]
                                                                   .replace(" or so", "")):
            # "a few dozen good samples per product, perhaps 40": the same count, restated
            prev = out[-1]
            mention = Mention(mention.value, prev.kind, mention.start, mention.end,
                              prev.per_month, max(prev.cue, 1), corrects=True, noun=prev.noun)
        if not mention.bound and mention.kind in (Kind.BARE, Kind.HAVE) and (same := next((
                p for p in reversed(out) if p.kind in (Kind.DATA, Kind.OTHER) and p.noun),
                None)) is not None and re.search(
                rf"\bthe (\w+ )?({re.escape(same.noun)}|ones)( \w+){{0,5}} (are|is|come to|number|"
                r"total) (about |around |maybe |roughly |~)?$", t[max(same.end, mention.start - 80):
                                                                 mention.start]):
            # "10,000 is pages, the sheets are around 900"; "the ones with a proper answer are
            # maybe 700": the count of the same things, restated
            mention = Mention(mention.value, Kind.DATA, mention.start, mention.end, None,
                              max(same.cue, 1), corrects=True, noun=same.noun)
        if not mention.bound and mention.kind == Kind.BARE and (more := next((
                p for p in reversed(out) if p.kind in (Kind.DATA, Kind.ENTITIES) and re.match(
                    r"\s+more\b", t[p.end:])), None)) is not None and re.search(
                r"\b(so|making|makes|that'?s|for a total of|brings (it|us|the total) to)\s+("
                r"it'?s\s+|we'?re at\s+|that'?s\s+)?(now\s+|about\s+|around\s+)?$",
                t[max(more.end, mention.start - 30): mention.start]):
            # "900 pairs. oh wait, she sent 250 more on friday, so 1150": the new total; "we
            # signed ten more shops, so it's 40"
            mention = Mention(mention.value, more.kind, mention.start, mention.end, None,
                              max(more.cue, 1), corrects=True, noun=more.noun)
        if not mention.bound and mention.kind == Kind.BARE and (named := re.search(
                r"\b(example|sample|labell?ed|annotated|approved|gold|reference|checked|"
                r"corrected|hand-?labell?ed|hand-?checked) ([a-z]+s)\s*[,:(]\s*(usually|typically|"
                r"normally|generally|mostly|often|each|so)?\s*(about|around|roughly|maybe|"
                r"probably|perhaps|some|~)?\s*$", t[max(0, mention.start - 60): mention.start])):
            # "a set of example summaries, usually 250 or more per clinic": the count of the
            # labeled things just named
            mention = Mention(mention.value, Kind.DATA, mention.start, mention.end, None, 1,
                              noun=named.group(2))
        if not mention.bound and mention.kind == Kind.BARE and (done := re.search(
                r"\b(summaries|examples|pairs|translations|answers|replies|descriptions|notes|"
                r"letters|labels) (written|done|made|checked|labell?ed|approved|corrected|"
                r"translated)( down| up| out)? (\S+ ){0,5}?\S+,\s*(maybe|about|around|roughly|"
                r"perhaps|probably|some|~)\s*$", t[max(0, mention.start - 90): mention.start])):
            # "Summaries written down properly by our interpreters, maybe twenty."
            mention = Mention(mention.value, Kind.DATA, mention.start, mention.end, None, 1,
                              noun=done.group(1))
        if not mention.bound and mention.kind == Kind.BARE and (said := re.search(
                r"\b([a-z]+) (are|is|number|total|come to)( now)?( about| around| roughly| ~)?"
                r"\s*$", t[max(0, mention.start - 40): mention.start])) and _noun(
                [said.group(1)])[0] == Kind.ENTITIES:
            # "and clients are 22 as of monday": a count of them, said again
            mention = Mention(mention.value, Kind.ENTITIES, mention.start, mention.end, None,
                              1, corrects=True, noun=said.group(1))
        if not mention.bound and mention.kind == Kind.BARE and out and (
                out[-1].kind in (Kind.DATA, Kind.ENTITIES)) and re.search(
                r"\b(was|were)\b[^.;!?]{0,40}[,;]\s*(but\s+)?(it'?s|it is|we'?re at|that'?s|"
                r"they'?re|there are)( now)?( about| around| roughly| ~| more like)?\s*$",
                t[out[-1].end: mention.start]):
            # "1,800 was last year's count, it's about 2,300 now": the count said again
            prev = out[-1]
            mention = Mention(mention.value, prev.kind, mention.start, mention.end,
                              prev.per_month, max(prev.cue, 1), corrects=True, noun=prev.noun)
        if not mention.bound and mention.kind == Kind.BARE and (prev := next((
                p for p in reversed(out) if p.kind in (Kind.DATA, Kind.ENTITIES) and p.corrects
                and p.noun), None)) is not None and re.search(
                r"(^|[.;!?]\s+)so,?\s+(that'?s\s+|it'?s\s+)?(about\s+|around\s+|roughly\s+)?$",
                t[max(prev.end, mention.start - 30): mention.start]) and re.match(
                r"\s*(usable|left|in all|total|then|now)?\s*([.!;]|$)", t[mention.end:]):
            # "18,000 is the total; about 4,000 are from a client who left ... So 14,000.":
            # the count worked out after a correction
            mention = Mention(mention.value, prev.kind, mention.start, mention.end,
                              prev.per_month, max(prev.cue, 1), corrects=True, noun=prev.noun)
        if not mention.bound and mention.kind in (Kind.BARE, Kind.HAVE) and re.match(
                # (not "200 signed up in total but the 60 live ones are who we'd serve")
                r"\s+(live|active|on (the|our) platform)\b",
                t[mention.end:]) and (who := re.search(
                    r"\b(customers?|clients?|tenants?|brands?|accounts?|partners?|stores?|shops?)\b"
                    r"[^.]{0,80}$", t[max(0, mention.start - 120): mention.start])):
            # "Every enterprise customer has a different taxonomy, we have 48 live": the
            # customers, counted
            mention = Mention(mention.value, Kind.ENTITIES, mention.start, mention.end, None,
                              1, noun=who.group(1) if who.group(1).endswith("s")
                              else who.group(1) + "s")
        if not mention.bound and mention.kind == Kind.BARE and re.match(
                r"\s+(test|held-?out|holdout|eval|evaluation|validation)( \w+)? (included|among "
                r"them|in there|counted)\b", t[mention.end:]):
            # "300 timesheets with the correct JSON, the 100 test ones included": a part
            mention = replace(mention, kind=Kind.OTHER, bound=True)
        if mention.kind == Kind.DATA and mention.per_month is None and (vol := next((
                p for p in reversed(out) if p.kind == Kind.VOLUME and p.value == mention.value
                and p.per_month is not None), None)) is not None and re.search(
                r"\b(sorry|i mean|i meant|correction|rather|make that|scratch that|not \w+)\b"
                r"[\s,:;-]*(about |around |roughly |~)?$",
                t[max(vol.end, mention.start - 30): mention.start]):
            # "About 200k sessions a month. Sorry - 200k chats": the same volume with its
            # noun put right, not 200k labeled chats
            mention = replace(mention, kind=Kind.VOLUME, per_month=vol.per_month, corrects=True)
        out.append(mention)
    # "30 emails a week ... also feeding about 900 families a week": beside the requests
    # counted, the business's own reach is no request to the model (but "we see 300 patients
    # a day", alone, may be what each note is written for)
    served = [i for i, m in enumerate(out) if m.kind == Kind.VOLUME and m.noun in SERVED
              and SERVING.search(t[max(0, m.start - 40): m.start])]
    if served and any(m.kind == Kind.VOLUME and i not in served for i, m in enumerate(out)):
        for i in served:
            out[i] = replace(out[i], kind=Kind.OTHER, per_month=None)
    return out


# Whom a business serves, and how: "feeding about 900 families a week".
SERVED = {"families", "patients", "guests", "diners", "passengers", "visitors", "kids",
          "children", "students", "pupils", "residents", "households", "people", "animals",
          "pets", "horses"}
SERVING = re.compile(r"\b(feed|feeds|feeding|fed|serve|serves|serving|served|see|sees|seeing|"
                     r"treat|treats|treating|host|hosts|hosting|welcome|welcomes|welcoming|teach|"
                     r"teaches|teaching|house|houses|housing|carry|carries|carrying|fly|flies|"
                     r"flying|look after|looking after|care for|caring for)( about| around| "
                     r"roughly| some| over| nearly| like| up to)?\s*$")


def first_number(t: str) -> float | None:
    """The first amount in normalised text, whatever it counts."""
    for m in MENTION.finditer(t):
        if not (m.group("unit") or "").strip():
            return to_number(m.group("num"))
    return None
