"""Deterministic reading of free text into profile fields. No model, no network: the same
words always give the same fields.

`read(text, expecting=...)` returns what the text states, and which numbers were only a guess
(`weak`): "we have 800" is probably 800 examples, but the chat asks before it overwrites an
earlier answer with a guess. `expecting` names the field the chat just asked about, so a bare
answer ("a few hundred", "none", "5k") lands there. Numbers are bound to their nouns by
`advisor.numbers`; a negation governs the rest of its clause ("no ML people", "can't go to
OpenAI").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from advisor import rx as re  # re over a compile cache that holds every pattern
from advisor.numbers import CORRECTION as NUMBER_CORRECTION
from advisor.numbers import NOUNS, Kind, Mention, mentions, normalise
from advisor.profile import Hardware, Hosting, TaskKind, TeamSkill

# "Right", "true", "correct", "a lot" and "strict" open ordinary sentences too ("Right now we
# use GPT-4", "A lot of our data is PDFs"): they say yes only on their own.
YES = re.compile(r"^\s*((y|yes|yeah|yep|yup|sure|definitely|absolutely|it does|we do|they do|"
                 r"very much|of course)\b|(correct|right|true|a lot|strict(ly)?)\s*([.!,;:-]|$))",
                 re.I)
NO = re.compile(r"^\s*(n|no|nope|nah|not really|not at all|not yet|none|false|never|neither|"
                r"doesn'?t|don'?t|we don'?t|not|0)\b", re.I)
RESET = re.compile(r"\b(start (over|again|afresh)|restart|reset|from scratch|new (chat|"
                   r"conversation|session)|clear (it|everything|all))\b", re.I)
CORRECTION = re.compile(r"\b(actually|correction|sorry|sry|soz|i meant|we meant|scratch that|"
                        r"(let me|i (need|have|must) to|i must|i should) correct|"
                        r"correct(ing)? (that|myself|this|(\S+ )?(things?|points?|numbers?))|"
                        r"make that|change (it|that)|update|instead|rather|oops|wait)\b|"
                        # "the 30 is old, my cofounder did more this weekend, it's 60 now"
                        r"\bthe \d[\d,.]* (is|was|'s) (old|outdated|out of date|stale|wrong|not "
                        r"right|not current)\b", re.I)
SKIP = re.compile(r"^\s*(skip|pass|don'?t know|not sure|no idea|unsure|dunno|n/?a|\?)\b", re.I)
FINISH = re.compile(r"\b(skip (the )?rest|recommend( now)?|that'?s (all|it)|just tell me|"
                    r"give me (the|a|your) (answer|recommendation)|done|go ahead)\b", re.I)
GREETING = re.compile(r"^\s*(hi|hello|hey|hiya|yo|good (morning|afternoon|evening)|help|"
                      r"start|howdy|greetings)\b[\s!.?]*$", re.I)

# A negation governs the words after it up to the end of its clause.
NOT = (r"\w+n't|(ca|do|does|wo|is|are|did|have|has|was|were|should|could|would|must)nt|"
       r"cannot|can not")
# ("0" but not the 0 of "4.0" or "0-shot")
# ("no-code tools that call an AI API" use one: a kind of tool, not a negation)
NEGATOR = re.compile(rf"\b({NOT}|no(?!-(code|brainer))|not|never|without|nobody|none|neither|"
                     r"rul(e|es|ed|ing) out|nor|lack\w*|nothing|avoid\w*|instead of|rather than|"
                     r"forbid\w*|"
                     r"(?<![\d.,])0(?!-shot|[.,]\d))\b")
# (not the point of "4.0" or the comma of "1,500")
# (and, in speech typed without stops, a new clause that grants: "no ML people we're fine with
# OpenAI fine tuning")
NEG_BOUNDARY = re.compile(r"[;:!?()\n]|(?<!\d)[.,]|[.,](?!\d)|\s(but|although|though|however|"
                          r"whereas|and|so|"
                          r"while|yet|except)\s|\s(?=(we're|we are|i'm|i am|it's|that's|we'd be|"
                          r"we would be) (\w+ )?(fine|ok|okay|happy|good|cool|comfortable)\b)")


# Negative words that grant: "no objection to OpenAI", "we don't mind Claude".
PERMISSION_NEGATIVES = re.compile(r"\bno (objections?|problems?|issues?|concerns?)\b|"
                                  r"\bnothing against\b|\b(don'?t|do not|doesn'?t|does not|"
                                  r"wouldn'?t|would not) mind\b|\bnot (a problem|an issue)\b")


def negated(t: str, start: int, window: int = 8, permits: bool = False) -> bool:
    """Whether the words just before position `start`, in its clause, negate it. With
    `permits`, a negative that grants ("no objection to") does not count."""
    cut = 0
    # (a boundary may look a few words past start: "no ML people we're fine with ...")
    for m in NEG_BOUNDARY.finditer(t, 0, start + 60):
        if m.end() > start:
            break
        cut = m.end()
    words = " ".join(t[cut:start].split()[-window:])
    if permits:
        words = PERMISSION_NEGATIVES.sub(" ", words)
    return bool(NEGATOR.search(words))


def _mentioned(t: str, pattern: str, permits: bool = False) -> tuple[bool, bool]:
    """(said positively somewhere, said under a negation somewhere)."""
    pos = neg = False
    for m in re.finditer(pattern, t):
        if negated(t, m.start(), permits=permits):
            neg = True
        else:
            pos = True
    return pos, neg


def _sentences(t: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?\n])\s+", t) if s.strip()]


# --- what kind of task ---------------------------------------------------------------

TASK_PATTERNS: list[tuple[TaskKind, str]] = [
    # The task named under its own head: "Task: generate chapter summaries, key-term glossaries
    # and review questions"
    (TaskKind.GENERATION, r"\b(the )?task\s*:\s*(generat|writ|draft|compos|rewrit|summari[sz])\w*"),
    (TaskKind.EXTRACTION, r"\b(the )?task\s*:\s*(extract|pull\w* out|fill\w* in)\w*"),
    (TaskKind.CLASSIFICATION, r"\b(the )?task\s*:\s*(classif|categori[sz]|tag|label|sort|rout)\w*"),
    # Feedback written on a learner's work is writing: "the model gives feedback in the format
    # and pedagogy of the specific course"
    (TaskKind.GENERATION, r"\b(gives?|giving|writes?|writing|drafts?|drafting) (\S+ ){0,2}?"
                          r"(written |personal\w* |detailed )?feedback\b"),
    # Fields filled from a document: "from the scanned identification and the document, fill
    # in the signer's name, ID type and number, expiry date"
    (TaskKind.EXTRACTION, r"\bfill (in|out) (the |our )?(\S+ ){0,3}?(names?|dates?|numbers?|"
                          r"fields|details|amounts?|addresses)\b|"
                          # "we need structured order lines for our ERP"
                          r"\bstructured (\S+ )?(lines|fields|data|records|rows|entries) (for|into|"
                          r"in) (our|the|their) (\S+ )?(erp|crm|tms|wms|pim|system|database|db|"
                          r"ledger|catalogue|catalog)\b"),
    # Set 142-143's ways of naming a task by what goes in and what comes out: "messages turned
    # into trade tickets: product, delivery period, volume, price, counterparty", "Output:
    # fixed JSON, incidents, horse ids", "a bank line ... to come out as a draft journal entry,
    # account, VAT code", "the category plus 12 attributes"
    (TaskKind.EXTRACTION, r"\b(turn|turned|turning|"
                          r"convert\w*) into (\S+ ){0,3}\w+\s*:\s*[\w ]{2,25}"
                          r"(, [\w ]{2,25}){3,}|\boutput\s*:\s*(a |an )?(fixed |strict |valid |"
                          r"structured )?json\b|\bcome out as (a |an )?(\S+ ){0,2}(entry|entries|"
                          r"record|records|row|rows|json|ticket|tickets)\b|\b(plus|and) (\d+|a "
                          r"dozen|several) (attributes|fields)\b"),
    # Members asking questions by email is question answering, whatever the questions are
    # about ("how is my benefit calculated")
    (TaskKind.QA_CHAT, r"\b(members|customers|clients|users|patients|students|employees|"
                       r"tenants|citizens|residents|parents|guests) (ask|send|email|write in with) "
                       r"(us )?(\S+ ){0,4}questions\b|"
                       # "flooded with applicant emails about deadlines ... 40,000 past emails
                       # with our officers' answers"
                       r"\b(emails|messages|enquiries|inquiries|questions|tickets) with (our |the "
                       r"|their )?((?!\d)\S+ ){0,2}answers\b"),
    # A document wanted in each one's own template: "30 sponsors, each demands the monitoring
    # visit report in its own template and phrasing"
    (TaskKind.GENERATION, r"\b(demands?|wants?|needs?|requires?|expects?) (the |their |its |a )?"
                          r"(\S+ ){0,3}(reports?|letters?|summaries|descriptions|write-?ups|"
                          r"notices|newsletters|posts) in (its|their|our|his|her) own (template|"
                          r"format|style|phrasing|voice|wording|tone)\b"),
    # Texts written from notes, or drafted to sound like someone, are writing: "to write the
    # condition reports from my bench notes", "the follow-up messages our assistant drafts to
    # sound like them"
    (TaskKind.GENERATION, r"\b(write|writes|writing|draft|drafts|drafting) (the |our |my |their )?"
                          r"(\S+ ){0,3}?(reports?|letters?|summaries|descriptions|listings|notes|"
                          r"notices|obituaries|eulogies|bios) from "
                          r"(my|our|the|their) (\S+ ){0,2}?notes\b|"
                          r"\b(messages|replies|emails|letters|"
                          r"texts|posts) (\S+ ){0,3}(drafts?|writes?|generates?) (\S+ ){0,3}to "
                          r"sound like\b"),
    # Mapping or coding items to a code list is classification, whatever the items are
    # ("we map each visit's SOAP notes to procedure and billing codes", "we code every line
    # item on vet invoices to our benefit codes")
    # Codes with values beside them are fields to fill: "mapped to our deferral codes plus
    # dates"
    (TaskKind.EXTRACTION, r"\b(codes?|categories|category|labels?) (plus|and|with|along with) "
                          r"(the |their |its )?(dates?|amounts?|quantities|doses?|durations?|"
                          r"prices?|values|timestamps?)\b"),
    (TaskKind.CLASSIFICATION, r"\b(map|maps|mapping|mapped|code|codes|coding|coded|assign|"
                              r"assigns|assigning) (each|every|all|the|our) (\S+ ){0,6}?(to|into|"
                              r"onto|with) (\S+ ){0,4}?(codes|categories|classes|labels|queues)\b"),
    # Coding, triaging or labeling against a code list or class is classification: "we need
    # them coded against our 32 defect codes", "triaged into a hazard class", "label each
    # incoming alert with a severity and a technique ID", "screened for health claims"
    (TaskKind.CLASSIFICATION, r"\bcod(ed|e|es|ing) (\S+ ){0,3}(against|to|with|into) (our|the|a|"
                              r"their|its) (\d+ )?(\S+ )?codes\b|\btriag\w* (\S+ ){0,3}into (a|an|"
                              r"one|1) (\S+ )?(class|category|bucket|level|tier|queue)\b|"
                              r"\b(label|labels|labelling|labeling|tag|tags|tagging) (each|every) "
                              r"(\S+ ){0,3}with (a|an|its|the|one) (\S+ ){0,3}(severity|category|"
                              r"class|label|code|priority|tag|technique|intent|topic)\b|"
                              r"\b(screened|screen|screens|screening) for (\S+ ){0,3}(claims|"
                              r"violations|spam|toxicity|abuse|pii|policy breaches)\b"),
    # A plan drafted under constraints is reasoning: "builds a tasking plan: which fields to
    # image, on which satellite pass, given cloud forecasts, client priorities and a budget"
    # (the noun, not the verb: "we plan to tune it, given our budget" is no plan)
    (TaskKind.REASONING, r"\b(a|an|the|that|this|our|their|each|every|daily|weekly) (\S+ )?(plan|"
                         r"schedule|rota|roster|timetable)s?\b[^.]{0,80}\bgiven (\S+ ){0,6}("
                         r"constraints|forecasts?|priorities|budgets?|capacity|availability|"
                         r"deadlines)\b"),
    # A decision reached by weighing several inputs, or a plan under limits, even with its
    # answers listed: "reasons its way to go / delay / reroute", "fit them into time slots:
    # max 60 people per gallery", "propose which loads ride together and in what stop order"
    (TaskKind.REASONING, r"\breason(s|ing)? (its|their|his|her|the|a) way (to|through|towards)\b|"
                         r"\bfit (them|it|(\S+ ){0,2}\S+) into (\S+ )?(time ?slots?|slots|"
                         r"schedules?|timetables?|rotas?|rosters?)\b|"
                         r"\bwhich (\S+ ){0,2}(ride|go|travel|ship|sit|fit|belong) together\b"
                         r"[^.]{0,40}\border\b|"
                         r"\bin (what|which) (stop |delivery |visiting |pickup )order\b"),
    # Records mapped into each tenant's own scheme, or typed into a system, are extraction:
    # "each wants seller listings mapped into its own seating scheme and section names",
    # "we type it in the order system by hand"
    (TaskKind.EXTRACTION, r"\b(mapped|map|maps|mapping) (\S+ ){0,3}(into|onto) (its|their|each "
                          r"\w+'s) own (\S+ ){0,2}(scheme|schema|format|field names|section names|"
                          r"layout)\b|\b(type|types|typed|typing|key|keys|keyed|enter|enters|"
                          r"entered) (it|them|this|these|that|everything) (in|into) (the|"
                          r"our) (\S+ )"
                          r"?(system|erp|crm|database|spreadsheet|portal)\b"),
    # Items broken into their parts: "we break each independent claim into its elements"
    (TaskKind.EXTRACTION, r"\b(break|breaks|breaking|split|splits|splitting|decompos\w*) (each|"
                          r"every) (\S+ ){0,2}into (its|their) (elements|parts|components|"
                          r"fields|clauses|line items)\b"),
    # A report written from notes to a template is writing: "the tech dictates notes and we
    # need a service report in our exact client template"
    (TaskKind.GENERATION, r"\b(need|needs|want|wants|produce|produces|write|writes|generate|"
                          r"generates|create|creates)( (us|them))? (a|an|the|each) (\S+ )?(report|"
                          r"letter|summary|write-?up|memo) (in|following|using|to) (our|the|"
                          r"their|a|"
                          r"an|each \w+'s) (\S+ ){0,3}(template|format|house style)\b|"
                          # "we need the client report from it: fixed 7-section structure"
                          r"\b(need|needs|want|wants) (us |them )?(a|an|the|each) (\S+ )?(report|"
                          r"letter|summary|write-?up|memo) (made |written |built )?from (it|them|"
                          r"each|every|the \S+)\b"),
    # Classifying into a set is classification whoever does it ("our WhatsApp bot classifies
    # messages into 30 intents").
    # Texts written from records are writing, not extraction: "generate the public accession
    # descriptions from each bank's structured records"
    (TaskKind.GENERATION, r"\b(generat|writ|draft|produc|creat|compos)\w* (\S+ ){0,4}("
                          r"descriptions?|texts?|summar\w+|reports?|narratives?|letters|emails|"
                          r"copy|captions?|"
                          r"blurbs?) from (\S+ ){0,4}(structured|tabular) (records|data|fields)\b"),
    # Written feedback is writing, whatever rubric it follows: "automatic feedback on student
    # essays, each against its own rubric"
    (TaskKind.GENERATION, r"\b(automatic|automated|written|personali[sz]ed|detailed|tailored) "
                          r"feedback (on|for|to) (\S+ ){0,2}(essays?|assignments?|submissions?|"
                          r"homework|answers|drafts?|work|code|writing)\b"),
    (TaskKind.CLASSIFICATION, r"\b(mapped|assigned|matched) to (the |a |an |our |their )?"
                              r"(\S+ ){0,3}(category|categories|class|code|label|type|"
                              r"bucket)( and "
                              r"(severity|priority|urgency|level))?\b|"
                              r"\bscor(e|es|ing) (every|each|all|incoming|inbound) (\S+ ){0,2}"
                              r"for (phishing|spam|fraud|toxicity|abuse|bec|malware|scams?|"
                              r"risk|harassment)\b|"
                              r"\bclassif(y|ies|ied|ying) (\S+ ){0,4}into\b|"
     # "sort the line items on incoming invoices into our 14 benefit categories", "has to be
     # classed into one of the Reg E / Visa reason codes" (before extraction's "line items")
     r"\b(sort|sorts|sorted|sorting|class|classed|bucket|buckets|bucketed|categori[sz]e[sd]?|"
     r"categori[sz]ing|assign|assigns|assigned) (\S+ ){0,11}?into ((one|1) of )?(\S+ ){0,5}?"
     r"(categories|classes|buckets|codes|groups|labels|types|tags|intents|bins|queues|"
     r"reason codes)\b"),
    # Values listed, taken from each item: "from each email we need the policy number, the
    # date and place of the accident, the other driver's plate ..."
    # Plans that must keep rules: "proposes shift swaps for our crews that respect rest rules,
    # licences and union limits"
    (TaskKind.REASONING, r"\b(propose|proposes|suggest|suggests|decide|decides|work out|works "
                         r"out|figure out|figures out) who (covers|takes|drives|works|does|gets) "
                         r"(which|what|each) (route|shift|run|job|slot|bus|truck)s?\b|"
                         r"\b(propos|suggest|plan|schedul|build|draft|creat|mak)\w* (\S+ ){0,6}"
                         r"(swaps?|rosters?|rotas?|schedules?|shifts?|routes?|plans?|timetables?|"
                         r"assignments?) (\S+ ){0,5}(that|which) (respect|satisf|obey|follow|meet|"
                         r"keep|honou?r|compl)\w* (to |with )?(\S+ ){0,3}(rules?|constraints?|"
                         r"limits?|regulations?|windows?|laws?)\b|"
                         # "build each customer's weekly plan from our recipe list so it hits
                         # their calorie + protein targets"
                         r"\b(build|builds|building|make|makes|create|creates|plan|plans|draft|"
                         r"drafts) (\S+ ){0,4}(plans?|schedules?|rosters?|rotas?|routes?|"
                         r"timetables?|menus?) (\S+ ){0,6}so (that )?(it|they) (hits?|meets?|"
                         r"respects?|satisf\w*|stays? (under|within)|obeys?|fits?) (\S+ ){0,4}"
                         r"(targets?|rules?|constraints?|limits?|budgets?|requirements?|goals?)\b"),
    (TaskKind.EXTRACTION, r"\b(start ?/ ?end|start and end|begin and end|beginning and end) "
                          r"(times?|timestamps?|offsets?|positions?|indices|indexes|points)\b|"
                          r"\boutput:? (a |strict |valid )?json\b|"
                          # "each one has to become a strict JSON record"
                          r"\b(become|becomes|turned into|turn into|converted into|convert "
                          r"into) (a |an )?(strict |valid |structured |clean )?json (record|"
                          r"object|document|entry)\b|"
                          # "notes into CDT procedure codes with tooth numbers and surfaces":
                          # a code and the values that go with it
                          r"\binto (\S+ ){0,3}codes? (along )?with (the |their |its )?(\S+ )"
                          r"{0,2}(numbers?|dates?|amounts?|names?|ids?|surfaces|quantit(y|ies)|"
                          r"modifiers?|units?|doses?|prices?)\b|"
                          # "from the bill we must read the yearly consumption in kWh, the
                          # price per kWh, the grid operator and the meter number"
                          r"\b(must|have to|has to|need to|needs to|should) (read|pull|copy|find|"
                          r"take|get)( out)? the [\w' -]{1,40}, the [\w' -]{1,40}(,? and| and|,) "
                          r"the\b|"
                          r"\b(take|takes|get|pull|grab|read)( out)? from (each|every) (\S+ )"
                          r"{0,2}(the |a |an )?[\w' -]{1,30}, [\w' -]{1,40},|"
                          r"\bfrom (each|every) (\S+ ){0,2}(we|i) (need|want) (to (get|pull|"
                          r"extract|capture) )?(the |a |an )?[\w' -]{1,30}, [\w' -]{1,40}, |"
                          # "I need, from each note, any other income mentioned: the source,
                          # the amount and how often"
                          r"\b(we|i) (need|want),? from (each|every) \S+,? [^.:;]{0,60}: (the |a "
                          r"|an )?[\w' -]{1,30}, [\w' -]{1,40}\b|"
                          # "I want the order number, delivery date and quantity dropped into
                          # our spreadsheet"
                          r"\b[\w' -]{1,30}, [\w' -]{1,30},? and [\w' -]{1,30} (dropped|put|"
                          r"entered|copied|filled|pulled|typed|written) (straight |automatically "
                          r")?(in|into) (our|the|a|my) (\S+ )?(spreadsheet|sheet|crm|erp|database|"
                          r"system|table|excel)\b|"
                          # "we need supplier, grade, gross and net weight into our ERP"
                          r"\b(need|needs|want|wants|get|put|pull|take|takes|copy|copies)( out)?"
                          r"\b (the )?([\w' -]{1,30}, ){1,}[\w' -]{1,30}(,? and [\w' -]{1,30})? "
                          r"(in|into) ((our|the|a|my) )?(\S+ )?("
                          r"spreadsheet|sheet|crm|erp|database|system|table|excel|register|"
                          r"ledger)\b|"
                          # "we pull consignee, notify party, HS codes, ... and port out of
                          # bills of lading" (a long list of values, then where they come from)
                          r"\b(pull|pulls|pulling|get|gets|take|takes|grab|grabs|lift|lifts|"
                          r"capture|captures) ([\w' -]{1,30}, ){2,}(and )?[\w' -]{1,40} (out of|"
                          r"from) (the |our |their |each |every |all )?\w|"
                          # "a grant to index grantor, grantee, date and parcel"
                          r"\bindex(ing|es)? (the )?([\w' -]{1,25}, ){2,}(and )?[\w' -]{1,25}|"
                          # "the diagnoses, the medications ... as separate fields for our records"
                          r"\b(as|into) (separate|individual|distinct|structured|discrete) "
                          r"(fields|columns|values)\b"),
    # "we want to know to which desk it goes: appointments, lab results, billing, or urgent"
    (TaskKind.CLASSIFICATION, r"\b(which|what) (desk|team|queue|department|bucket|category|"
                              r"folder|inbox|person|agent|group)\b[^.]{0,30}: ([\w' -]{1,25}, ){2,}"
                              r"(or |and )?\w"),
    # "Out: one word from five: late, damaged, wrong-size, ..."
    (TaskKind.CLASSIFICATION, r"\b(one|1) (word|label|category|code|tag|value|option) (from|of|"
                              r"out of) (the |these |our )?\d+\b"),
    # Options said with slashes: "each one flagged emergency / same week / can wait".
    (TaskKind.CLASSIFICATION, r"\b(flag|tag|mark|label|sort|rout|bucket|categori[sz])\w*:? "
                              r"(\S+ ){0,3}(as )?[a-z][\w' -]{0,20}?( ?/ ?[a-z][\w' -]{0,20}?){2,}"
                              r"( so| to|[,.;:]|$)"),
    # "sort messages from the patient portal in categories so the right person see it"
    (TaskKind.CLASSIFICATION, r"\b(sort|sorts|sorting|sorted|classify|classifies|categori[sz]e|"
                              r"group|groups|grouping|divide|divides|split|splits) (\S+ ){0,6}?"
                              r"(in|into) (the |our |its |their )?(right |correct |proper )?"
                              r"(categories|classes|types|topics|queues|buckets)\b"),
    # A scale or set each item is put on: "each essay put in a band from 1 to 6", "placed into
    # one of 5 tiers".
    (TaskKind.CLASSIFICATION, r"\b(put|puts|place[sd]?|assign(s|ed)?|slot(s|ted)?) (\S+ ){0,3}"
                              r"(in|into) (a|(one|1) of (the|our|\d+)) (\S+ )?(bands?|"
                              r"tiers?|levels?)\b"),
    # "Five boxes. I want the AI to put each email in one box."
    # (not "we put the exports in a bucket on S3")
    (TaskKind.CLASSIFICATION, r"\b(put|puts|place|places|drop|drops|file|files) (each|every|"
                              r"every single) (\S+ ){0,2}(in|into) (1|the right|the correct|its) "
                              r"(box|bucket|pile|folder|category|drawer|group|tray|bin|column|"
                              r"queue)\b"),
    # A summary for a person after each session; items written from one's notes: "after each
    # session, a summary for the parent", "a title, tags and a short description generated
    # from my design notes", "turning them into catalogue entries in our house style"
    (TaskKind.GENERATION, r"\b(a|an) (short |brief |one-page |quick )?(summary|recap|report|"
                          r"update|note|email) (for|to) (the|each|our|every) (parent|customer|"
                          r"client|owner|member|patient|family|student|guest)s?\b|"
                          r"\b(generated|written|drafted) from (my|our|the|their) (\S+ )?(notes|"
                          r"specs?|briefs?|details|detection outputs|measurements|readings|sensor "
                          r"data|survey data|results)\b|\b(catalogue|catalog) entries in (our|the|"
                          r"their) (house )?style\b|"
                          r"\b(draft|write|drafting|writing) (the |a |our )?(reply|replies|"
                          r"response|responses) text\b"),
    # "pick the probable cause category for each one"
    (TaskKind.CLASSIFICATION, r"\b(pick|picks|choose|chooses|assign|assigns|give|gives) (the |a )?"
                              r"(\S+ ){0,3}(category|label|class|code|bucket|tag) (for|to) (each|"
                              r"every)\b"),
    # "sort call-centre notes by pest type (rodents, wasps, ...)"
    (TaskKind.CLASSIFICATION, r"\b(sort|sorts|sorted|sorting|group|groups|split|splits|route|"
                              r"routes|file|files) (\S+ ){0,4}by (\S+ )?(type|category|topic|"
                              r"intent|urgency|priority|department|severity|reason)\b"),
    # A band given on a script: "give a provisional CEFR band on the written paper"
    (TaskKind.CLASSIFICATION, r"\b(give|gives|giving|assign|assigns|suggest|suggests|predict|"
                              r"predicts) (a |the )?(provisional |likely |suggested |first )?"
                              r"(\S+ )?(band|grade)\b"),
    # "each hospital grades answers into its own 4-5 buckets"
    (TaskKind.CLASSIFICATION, r"\b(grade|grades|grading|sort|sorts|sorting|bucket|buckets|"
                              r"classif\w*) (\S+ ){0,3}into (its|their|our) own (\S+ )?(buckets|"
                              r"categories|classes|bands|levels|tiers|labels)\b"),
    # "read the intake summary and assign an urgency tier, 1 to 5"
    # A verdict out of a few named options: "scores fuzzy matches: accept as-is, light edit, or
    # retranslate"
    (TaskKind.CLASSIFICATION, r"\b(scores?|rates?|grades?|marks?|flags?) (\S+ ){1,3}(matches|"
                              r"segments|items|tickets|cases|claims|listings|reviews):\s*[a-z-]+"
                              r"( [a-z-]+){0,2}, [a-z-]+( [a-z-]+){0,2},? or [a-z-]+\b"),
    # Coded by field in someone's layout: "our insurer wants each one coded: body part, injury
    # type, activity zone, severity 1-5, in their exact CSV layout"
    (TaskKind.EXTRACTION, r"\b(coded|keyed|entered|captured|filled in):\s*[a-z]+( [a-z]+)?, "
                          r"[a-z]+( [a-z]+)?, [^.]{0,80}\b(csv|json|xml|spreadsheet|layout|"
                          r"schema|fields)\b"),
    # "route incoming hull & cargo claim notices to one of 11 claim types"
    (TaskKind.CLASSIFICATION, r"\b(route|routes|routing|assign|assigns|map|maps) (\S+ ){0,8}to "
                              r"(one|1) of (\d+|the|our|several|many) (\S+ )?(types|categories|"
                              r"classes|queues|teams|buckets|labels|codes|departments)\b"),
    # "We need product descriptions for about 5,000 new SKUs" (before a chatbot named beside)
    (TaskKind.GENERATION, r"\b(need|want|write|generate|writing|generating)s? (\S+ ){0,2}(product|"
                          r"item|listing|catalogue|catalog) descriptions\b"),
    # "We code exit-interview comments for clients into 14 themes"
    (TaskKind.CLASSIFICATION, r"\b(code|codes|coding|coded|sort|sorts|bucket|buckets|bin|bins) "
                              r"(\S+ ){0,5}into (\d+|one of \d+|our|the|its|their) (\S+ )?(themes|"
                              r"categories|buckets|classes|codes|labels|groups|topics)\b"),
    # Routing written as an arrow: "member emails -> which team (facilities, billing, ...)"
    (TaskKind.CLASSIFICATION, r"(->|→|=>) (which|what|the right) (team|department|queue|desk|"
                              r"person|category|bucket|folder|group|inbox|label|tag)\b"),
    # Which ones set, which extracted beside them: "sets the trade (...), the urgency (...) and
    # pulls out the room number"
    (TaskKind.CLASSIFICATION, r"\b(sets?|assigns?|picks?|chooses?) the (trade|urgency|category|"
                              r"priority|department|queue|severity|intent|topic)\b"),
    # "translate ASL gloss transcriptions (...) into natural English" (before "classifiers",
    # which in sign language are a grammar term)
    (TaskKind.GENERATION, r"\btranslat\w* (\S+ ){0,6}(into|to) (natural |plain |proper |fluent |"
                          r"idiomatic |good )?(english|french|spanish|german|italian|portuguese|"
                          r"dutch|polish|chinese|japanese|korean|arabic|hindi|(haitian )?"
                          r"creole)\b"),
    # Strings between languages: "UI strings go EN to DE/FR/ES/IT"
    (TaskKind.GENERATION, r"\b(en|de|fr|es|it|pt|nl|pl|ja|zh|ko|ar|ru|sv|da|fi|tr) (to|into|->|→) "
                          r"(en|de|fr|es|it|pt|nl|pl|ja|zh|ko|ar|ru|sv|da|fi|tr)(/[a-z]{2})*\b"),
    # "We want AI to help draft letters to tenants", "an AI TA in the student Slack"
    (TaskKind.GENERATION, r"\b(help|ai to|model to|llm to|want to|us to) (\S+ )?(draft|write) "
                          r"(\S+ ){0,2}(letters|notices|newsletters|statements|bulletins)\b"),
    # (not "an AI tutor which solves maths word problems step by step": that one reasons)
    # ("building a guest concierge chat in our app")
    (TaskKind.QA_CHAT, r"\b(ai|virtual|digital) (ta|teaching assistant|helpdesk|concierge)\b|"
                       r"\b(building|build|launch\w*|want|need|making|make) (a|an|our) (\S+ )?"
                       r"(concierge|helpdesk|help ?desk|support|faq) (chat|chatbot|bot|"
                       r"assistant)\b|"
                       # "new volunteers ask it questions"
                       r"\b[a-z]+ (can )?ask (it|the bot|the chatbot|the assistant) (their )?"
                       r"(questions|things)\b"),
    # Code carried to a new version is written: "ports old 1.x Lua mod scripts to the 2.x API"
    (TaskKind.GENERATION, r"\b(ports?|porting|migrat\w*) (\S+ ){0,5}(scripts?|code|mods?|"
                          r"functions?|programs?|queries|notebooks?) (to|into|from)\b"),
    # Notes turned into a letter: "audiogram results + audiologist notes into a patient letter"
    (TaskKind.GENERATION, r"\binto (a|an) (\S+ ){0,2}(letter|email|reply|notice|recap|"
                          r"newsletter)s?\b"),
    # Worked out step by step: "figure out, step by step, which deductions they qualify for";
    # shifts matched to people under rules: "matching open shifts to nurses", "learns to
    # schedule"
    (TaskKind.REASONING, r"\b(figure|work|reason|think) (it )?out,? step[- ]by[- ]step\b|"
                         r"\bmatch\w* (the )?(open |available |empty |unfilled |vacant )?(shifts|"
                         r"slots|loads|appointments|rotas?) (to|with) (\S+ )?(nurses|drivers|staff|"
                         r"workers|trucks|carriers|technicians|techs|people|volunteers|doctors|"
                         r"teachers|carers|caregivers)\b|\blearns? to (schedule|roster|plan "
                         r"(the )?(shifts|routes|rotas?))\b|"
                         # "check whether the swap breaks duty-time limits ... and explain why
                         # it's legal or not"
                         r"\bexplain why (it'?s|it is|the \w+ is) (legal|allowed|valid|permitted|"
                         r"compliant) or not\b|\bbreaks? (\S+ ){0,2}(duty|rest|hours?|duty-time|"
                         r"working-time) (limits|rules)\b|"
                         # "draft the week's plan" (rooms, actors, rest rules), "it works out
                         # the patient's out-of-pocket"
                         r"\b(draft|make|build|produce|create|propose|plan) (the|a|our) (week'?s|"
                         r"weekly|daily|day'?s|month'?s|monthly) (plan|schedule|rota|roster|"
                         r"timetable)\b|\bworks? out (the |a )?(\S+ )?(out-of-pocket|copay|"
                         r"balance owed|amount owed|total due|refund due|net pay)\b|"
                         # "works out which arrivals conflict and proposes a berth order"
                         r"\bworks? out (which|what|whether|how)\b[^.]{0,60}\b(conflict\w*|"
                         r"clash\w*|overlap\w*)\b|\bpropos\w* (a|an|the) (\S+ )?(order|"
                         r"sequence|allocation|rota|schedule)\b"),
    # Turned into rows a system imports: "we need them as order lines in our ERP import format"
    # ("each line has to become our standard record: genus, species, ...", "each needs
    # metadata: headline, byline, date, ...")
    (TaskKind.EXTRACTION, r"\b(need|want|get|turn|convert)s? (them|it|these|those|each (one|\w+))"
                          r" (as|into) (\S+ )?(order lines|line items|rows|records|json|csv|"
                          r"(\S+ ){0,2}import format)\b|\b(has to|must|should|needs? to) become "
                          r"(our|a|the|one) (\S+ )?(standard |structured )?(record|row|entry)\b|"
                          r"\b(each|every) (\S+ ){0,2}needs? (its )?metadata\b"),
    # ("assign the 10-digit HTS classification to invoice line items")
    (TaskKind.CLASSIFICATION, r"\b(assign|assigns|assigning) (a|an|the|each \w+ an?) (\S+ ){0,2}("
                              r"tier|level|priority|urgency|category|label|code|class|"
                              r"classification)\b"),
    # Condition or quality graded: "we need to grade condition (Like New / Good / ...)"
    (TaskKind.CLASSIFICATION, r"\b(grade|grades|grading|rate|rates|rating) (the |its |their |"
                              r"each )?(condition|quality|severity|priority|urgency|sentiment)\b"
                              r"(?! (of|in) (our|the) (writing|prose|copy))"),
    # "The engine gives the best move, the model must reason why"
    (TaskKind.REASONING, r"\b(must|has to|should|needs? to|will have to) reason (why|about|"
                         r"through|out|it out)\b|"
                         # "checks whether an applicant meets our entry requirements ...
                         # converting grades between systems"
                         r"\bchecks? (whether|if) (\S+ ){0,4}(meets?|satisf(y|ies)|qualif(y|ies)"
                         r") (\S+ ){0,3}(requirements|criteria|rules|limits)\b"),
    # "Each installer wants the customer emails our system sends ... to sound like them"
    (TaskKind.GENERATION, r"\b(emails?|messages?|replies|letters?|posts?|texts?|newsletters?) "
                          r"(\S+ ){0,8}to sound like (them|us|him|her|the brand|each \w+)\b"),
    # A value put in the wrong field is a field filled: "the model keeps putting the consignee
    # in the shipper field"
    (TaskKind.EXTRACTION, r"\b(puts?|putting|placing|places|enters?|entering) (the |a )?"
                          r"(\S+ ){0,2}(in|into) the (wrong |\S+ )?(field|box|column)\b|"
                          # "we key 22 fields into our claims system by hand"
                          r"\b(key|keys|keying|keyed|type|types|typing|retype\w*|enter|enters|"
                          r"entering|copy|copying) (in )?(\d+ |the |all |those |these |its )?"
                          r"(\S+ )?fields (into|in|by hand)\b"),
    # Lines or rows made from a message: "a prompt that turns them into order lines for our
    # system"
    # ("those turned into pay-code lines for each employer's scheme")
    (TaskKind.EXTRACTION, r"\b(turn|turns|turned|turning|convert\w*) (\S+ ){0,4}into (\S+ )?("
                          r"order lines|line items|rows|records|fields|json|structured data|"
                          r"[\w-]*code (lines|entries|rows))\b"),
    # Text made from notes: "turn the walker's notes plus the GPS stats into a friendly 3-4
    # sentence update", "raw output has to be turned into certified transcripts", "machine
    # first drafts of patent claims", "German, French and Japanese into English", "we write
    # insurance supplement requests"
    (TaskKind.GENERATION, r"\b(turn|turns|turned|turning|convert\w*|transform\w*) (\S+ ){0,10}?"
                          # (not "turned into a scouting report with fixed fields": a form)
                          r"into (a |an |the |our )?((?!structured )\S+ ){0,4}?(updates?|"
                          r"summar(y|ies)|letters?|notices?|emails?|messages?|posts?|stor(y|ies)|"
                          r"obituar(y|ies)|blurbs?|bios?|eulog(y|ies)|speech(es)?|captions?|"
                          r"bulletins?|"
                          r"poems?|announcements?|press releases?|write-?ups?|"
                          r"narratives?|descriptions?|transcripts?|articles?|newsletters?|"
                          # ("notes after a lesson into a short progress report for the
                          # parents")
                          r"recaps?|handovers?|briefs?|(short|brief|written|progress|narrative|"
                          r"friendly|plain[- ]language|readable|one-page|parent|weekly) reports?"
                          r")\b(?! (fields?|rows?|columns?|"
                          r"json|table|schema|with (fixed|set|these|the following) fields)\b)"
                          r"(?!\s*:)|"  # ("into an embryo report: day, grade, ...": a form)
                          r"\b(machine |rough )?first drafts? of (\S+ ){0,3}(claims|"
                          r"descriptions|translations|letters|reports|articles|contracts|"
                          r"documents|emails|replies|posts|patents)\b|"
                          r"\b(german|french|japanese|spanish|chinese|mandarin|italian|"
                          r"portuguese|dutch|korean|arabic|russian|polish|czech|swedish|danish|"
                          r"norwegian|finnish|turkish|greek|hungarian|hebrew|hindi|vietnamese|"
                          r"thai|indonesian|ukrainian|romanian)\b[^.]{0,40}\binto (english|german|"
                          r"french|spanish|japanese|italian|dutch|portuguese|chinese)\b|"
                          r"\b(we|i) (write|draft|prepare|put together) (\S+ ){0,3}(requests|"
                          r"appeals|proposals|bids|applications|submissions|cover letters|"
                          r"supplements)\b"),
    # Lines taken from each message: "we need to make from each email the order lines:
    # article number, quantity, ..."
    # ("a bank line or receipt to come out as a draft journal entry, account, VAT code, cost
    # centre": its fields listed)
    (TaskKind.EXTRACTION, r"\bfrom (each|every) (\S+ ){0,2}(the |our |its )?(\S+ ){0,2}(lines?|"
                          r"fields?|rows?|records?|data|values|details)\s*:|\b(come|comes|coming) "
                          r"out as (a |an )?(\S+ ){0,3}(entry|entries|record|records|row|rows)\b"
                          r",? ([\w' -]{2,25}, ){2,}"),
    # Questions asked by email: "we get loads of emails asking things like will this loco
    # run on my track"
    # ("Donors ask many question like 'can I give blood after tattoo'", "Parents email and
    # message us constantly: when does half-term start, what's on the menu")
    (TaskKind.QA_CHAT, r"\b(helper|assistant|bot|chatbot|agent|concierge chat|support chat|"
                       r"chat) (to|has to|must|should|needs to) answer\b|"
                       # "our app lets kids aged 5-8 chat with Pip"
                       r"\b(lets?|letting|allows?|allowing) (\S+ ){0,4}?(chat|talk|converse) (with|"
                       r"to)\b|"
                       r"\b(email|emails|message|messages|ask|asks|call|calls|text|texts|phone|"
                       r"phones)( and (email|message|call|text|ask|phone)s?)? us (constantly|all "
                       r"the time|daily|every day|non-?stop|a lot|endlessly)?:? (when|what'?s?|"
                       r"where|how|is|are|can|do|does|has|have|which|why|will)\b|"
                       r"\b(emails?|messages?|calls?|questions?|enquiries|inquiries|dms?|"
                       r"tickets?) (\S+ )?asking (us )?((things|stuff|questions) )?(like|such as|"
                       r"whether|how|what|which|where|when|why)\b|\b(ask|asks|asking|send|sends|"
                       r"email|emails) (us )?(many |lots of |a lot of |loads of |all sorts of |the "
                       r"same )?questions?,? (such as|like)\b"),
    # "every live chat message must be scored for problem-gambling markers", "each call
    # gets a disposition code"
    (TaskKind.CLASSIFICATION, r"\b(scored|screened|checked|flagged|assessed|scanned) for (\S+ )"
                              r"{0,3}(markers|signs|signals|indicators|red flags|risk factors|"
                              r"warning signs)\b|\b(every|each) (\S+ ){0,4}(gets?|is given|"
                              r"receives?|needs?|must get|must have|should get|has to get) (a|one|"
                              r"its|the right|the correct|exactly one) (\S+ ){0,2}(code|category|"
                              r"label|tag|class|bucket)\b"),
    # "sell NPC dialogue-intent tagging to 25 indie studios"
    (TaskKind.CLASSIFICATION, r"\b(\w+-)?(intent|sentiment|topic|category|severity|risk) "
                              r"(tagging|classification|detection)\b"),
    # Graded or sorted into one of a set: "we grade book passages into one of 6 reading levels"
    (TaskKind.CLASSIFICATION, r"\b(grade|grades|grading|sort|sorts|sorting|bucket|buckets|place|"
                              r"places)\b (\S+ ){0,4}into (1|one) of\b"),
    # Thinking a turn through: "it has to actually think through the turn"
    (TaskKind.REASONING, r"\b(think|thinks|thinking|reason|reasons|reasoning) through (the|each|"
                         r"every|a|its) (turn|move|step|steps|problem|case|rules)\b"),
    # The right code or category given to each item is a choice from a set: "give each
    # shipment line the right 8-digit HS customs code".
    (TaskKind.CLASSIFICATION, r"\b(give|gives|assign|assigns|attach|attaches|pick|picks|choose|"
                              r"chooses|find|finds)( to)? (each|every) (\S+ ){0,3}(the |its )?("
                              r"right|correct|proper|matching) (\S+ ){0,3}(code|category|label|"
                              r"tag|class|bucket|queue|department|intent)\b"),
    # Messages and emails answered about the founder's own facts are questions answered:
    # "answer guest emails about bookings, transfers", "answers customer messages on our
    # website: opening hours, ..."
    (TaskKind.QA_CHAT, r"\banswer\w* (\S+ ){0,2}(emails|messages|enquiries|inquiries) (about|"
                       r"regarding|asking)\b|\banswer\w* (\S+ ){0,2}messages on (our|the|my) (web ?"
                       r"site|site|app|page|shop|store)\b|\bsupport (assistants?|bots?|"
                       r"chat ?bots?)\b|"
                       # "We get a lot of emails: is there a guide free ..., what's the boat
                       # price ... I answer them all myself"
                       r"\b(get|gets|receive|receives)\b[^.]{0,30}\b(emails|messages|enquiries|"
                       r"inquiries)\s*:\s*(is|are|do|does|can|what'?s|what|when|where|how|which|"
                       r"who)\b|\b(emails|messages|enquiries|inquiries)\b[^.]{0,200}\.\s*(i|we) "
                       r"(\S+ )?(answer|reply to|respond to) (them|all of them|each of them)\b|"
                       # "train our own AI on all our stuff so it knows the answers"
                       r"\bso (it|the ai|the bot|the model|the assistant) (knows|can give|gives) "
                       r"(people |customers |them )?(the |all the )?answers\b"),
    # Named parts split out of one string: "we need street, number, complement and
    # neighbourhood split out"
    (TaskKind.EXTRACTION, r"\b(re-?key|re-?type|re-?enter)\w* (by hand |manually )?(around |about |"
                          r"roughly |some |over |\d+ )?(\d+ )?fields\b|"
                          r"\b(re-?key|key|type|"
                          r"enter)\w* ([\w' -]{1,30}, ){1,6}[\w' -]{1,30},? and "
                          r"[\w' -]{1,30} into \S+( by hand| manually)?\b|"
                          r"\b(need|needs|want|wants|get|have)( the)? ([\w' -]{1,30}, ){1,6}"
                          r"[\w' -]{1,30},? and [\w' -]{1,30} (split|pulled|broken|separated|"
                          r"picked) out\b"),
    # A rota or roster drafted under rules is a plan: "draft the weekly roster for me"
    (TaskKind.REASONING, r"\b(draft|build|make|create|produce|plan|do|write)\w* (the |a |our |my )?"
                         r"((weekly|monthly|daily|staff|shift|work|nurse|team) ){0,2}(rotas?|"
                         r"rosters?)\b|\binto (a |the |our )?((weekly|monthly|daily|staff|shift|"
                         r"work) ){0,2}(rotas?|rosters?|shift plans?)\b"),
    # An action and its slots: "into a device action plus slots"
    (TaskKind.EXTRACTION, r"\b(action|intent|command) (plus|and|\+|with) (its |their )?slots\b|"
                          r"\bslot[- ]?filling\b"),
    # "my voice memo transcripts -> formal inspection report, standard sections"
    (TaskKind.GENERATION, r"(->|→)\s*(a |an |the )?(formal |written |short |polished |final )?"
                          r"(\S+ )?(reports?|letters?|summar(y|ies)|emails?|write-?ups?|"
                          r"descriptions?|posts?|articles?|newsletters?)\b"),
    # "query -> category"
    (TaskKind.CLASSIFICATION, r"(->|→)\s*(a |the |1 )?(category|label|class|intent|tag|queue|"
                              r"department|bucket|topic)\b"),
    # Questions turned into answers are answering questions: "turn farmers' SMS questions
    # into short advice answers".
    (TaskKind.QA_CHAT, r"\bturn\w* (\S+ ){0,3}questions (\(.*?\) )?into (\S+ ){0,3}(answers|"
                       r"replies)\b"),
    # Characters that chat with players are a conversation, even when NPCs write lines below
    # ("we want our NPCs to chat with players in each character's voice").
    # A tutor students talk to is a conversation, whatever its subject ("a maths tutor
    # chatbot for secondary-school students")
    (TaskKind.QA_CHAT, r"\b(tutor|tutoring|study|homework|revision)[- ](buddy |helper )?(chat ?"
                       r"bots?|chats?|assistants?|bots?)\b"),
    # ("the innkeeper npc to talk to players in her exact voice")
    (TaskKind.QA_CHAT, r"\b(to|that|which|who|npcs?|bots?|characters?|agents?) (\S+ )?(chat(s|"
                       r"ting)?|talks?|talking|convers\w*) (with|to) (\S+ ){0,2}(players|"
                       r"customers|users|guests|visitors|patients|students|fans|members)\b"),
    # Questions written for practice are writing, not answering: "make practice theory-test
    # questions with four answers"
    # Cards or sheets written per item: "Need care cards - light, water, soil"
    (TaskKind.GENERATION, r"\b(need|needs|want|wants|make|making|create|creating|write|writing)"
                          r" (\S+ ){0,2}(care|recipe|product|info|fact|spec|tasting|story|"
                          r"character|profile|flash|menu|course) ?(cards|sheets)\b"),
    (TaskKind.GENERATION, r"\b(make|makes|making|create|creates|creating|generate|generates|"
                          r"generating|produce|produces|write|writes|writing|draft|drafts) (\S+ )?"
                          r"(practice|quiz|test|exam|mock|multiple-choice|revision|theory-test|"
                          r"review|trivia|interview) (questions|quizzes|exercises|flashcards)\b"),
    # Text to code or queries is writing: "text-to-query for our own query language"
    (TaskKind.GENERATION, r"\b(text|natural[- ]language|nl)[- ]to[- ](sql|query|queries|code|regex|"
                          r"dsl|json queries|api calls)\b"),
    # An assistant that writes is a writing task, whatever else it is called.
    # Condensing into a note is summarising: "each report condensed into a 5-field template".
    (TaskKind.GENERATION, r"\bsummari[sz]\w* (\S+ ){0,5}into (a |an )?(\S+ ){0,3}(summar\w*|"
                          r"notes?|paragraphs?|bullets?|reports?|handovers?|briefs?|emails?|"
                          r"digests?|recaps?|templates?)\b|\b(reply|replies|response|email|"
                          r"answer) drafts?\b|\bdrafts? of (replies|responses|answers|emails)\b|"
                          r"\bdrafts (\S+ )?(replies|responses|answers|emails)\b|"
                          r"\b(auto-?)?draft(ing)? (\S+ )?(replies|responses|emails)\b|"
                          # "a title, an 80-word description and a bullet list of specs"
                          r"\b\d+[- ]words? (description|summary|blurb|bio|paragraph|intro|"
                          r"overview|teaser|abstract|synopsis)s?\b|"
                          # "I want these notes to become a polite, finished email", "a
                          # one-page checklist for the technician"
                          r"\b(become|turn into|turned into|turns into) (a |an )?((polite|finished|"
                          r"proper|full|friendly|nice|short),? )*(email|letter|reply|message)s?\b|"
                          r"\b(one-page|1-page|short|brief) (checklist|summary|brief|report|letter|"
                          r"note)s? for\b|"
                          # "we want generated side dialogue that sounds like each companion"
                          r"\b(generat\w*|writ(e|es|ing)) (\S+ ){0,3}(dialogue|dialog|banter|"
                          r"barks|bark lines)\b|"
                          # "an assistant that turns task descriptions into programs in our DSL"
                          r"\bturns? (\S+ ){0,6}into (\S+ ){0,3}(programs?|code|scripts?|sql|"
                          r"queries)\b|"
                          # "a discord bot that spits out side-quest hooks"
                          r"\b(bot|tool|app|assistant) (that|which|to) (writes|generates|invents|"
                          r"comes up with|dreams up|spits out|churns out|cranks out)\b|"
                          # "we write feedback on essays ... against its own rubric"
                          r"\b(we|i|it|to|and) (write|writes|draft|drafts|give|gives) (\S+ )?"
                          r"(written )?(feedback|comments|critiques?)\b|"
                          r"\b(generated|auto-generated|drafted) (docstrings|summaries|"
                          r"descriptions|reports|emails|letters|replies|posts|notes|commit "
                          r"messages)\b|"
                          r"\bcondens\w* (\S+ ){0,5}(into|to) (?!(a |an |the |our )?(json|"
                          r"records?|rows?|fields|structured|database|spreadsheet))|"
                          r"\bsuggested repl(y|ies)\b|\brepl(y|ies) suggestions?\b|\bnpcs?\b|"
                          r"\b(reply|replies|answers?|emails?|messages?|"
                          r"drafts?) (\S+ ){0,2}rewritten\b|"
                          r"\brewrit\w* (every|each|all|the|our) (reply|replies|answers?|emails?|"
                          r"messages?|drafts?)\b|\b(one|a|1) (paragraph|sentence|page)s? (per|for "
                          r"each|on each|about each)\b|\bsoap notes?\b|\b\d+ bullet[- ]points?\b|"
                          r"\bturns? (\S+ ){0,4}into (a |an )?(?!\d+[- ]field)(\S+ ){0,2}(memo|"
                          r"summary|brief|minutes|newsletter|post|update|note)s?\b|"
                          r"\b(writing|copywriting|drafting|content|email|reply|replies|"
                          r"response) (assistant|tool|copilot|app|bot)|\bassistant (that|which|"
                          r"to|who) (writes|drafts|composes|suggests|proposes|words) |"
                          # "an assistant that helps staff reply by drafting the answer"
                          r"\b(plain[- ]language|plain[- ]english|simpler|easy[- ]read) (rewrites?|"
                          r"versions?)\b|"
                          # "an AI to write our property listings" (not "sellers write listings")
                          r"\b(to|ai|model|it|tool|assistant|would|should|can) write (our |the |"
                          r"their |all )?(\S+ ){0,2}(listings|posts|descriptions|newsletters|"
                          r"captions|ads|articles|blogs?|bios|verses|poems|scripts)\b|"
                          r"\bassistant (that|which|to|who) [^.]{0,80}? and (writes|drafts|"
                          r"composes|produces) (the|a|an|our|their) \w+|"
                          r"\bassistant (that|which|to|who) (\S+ ){0,8}?by (writing|drafting|"
                          r"composing|suggesting)\b|"
                          # "a chatbot that make itinerary suggestions"
                          r"\b(assistant|chat ?bot|bot) (that|which|to|who) (makes?|gives?|"
                          r"writes?|drafts?) (\S+ ){0,2}(suggestions|proposals|drafts|"
                          r"itinerar(y|ies)|plans)\b"),
    # A chat that talks to people, whatever it asks them ("asks size/placement/style").
    (TaskKind.QA_CHAT, r"\banswer (our |the |their |all |a |each )?(customers?|clients?|users?|"
                       r"callers?|patients?|guests?|members|"
                       r"parents|students|tenants|buyers|shoppers|residents|dealers|"
                       r"brokers|employees|staff|colleagues|reps|sellers|drivers|travell?ers|"
                       r"fans)\b(?! (questions|emails|letters))|"
                       r"\bchat support\b|"
                       # "tenants type a question ... and get a plain-English answer"
                       r"\b(type|ask|send|submit|enter|post|text)s? (a |their |any |the )?(sms |"
                       r"whatsapp |text |short |voice )?questions?\b"
                       r"[^.]{0,80}\b(get|gets|receive|receives)\b (back )?(a |an |the )?(\S+ )?"
                       r"answers?\b|"
                       r"\b(chat ?(thing|agent|helper)s?|(sms|whatsapp|text(ing)?) bot)\b|"
                       # "each wants the bot to answer in their own style"
                       r"\b(chat ?bot|bot|assistant) (that |which |who |to )answers?\b(?! (\S+ )"
                       r"{0,2}(emails|letters|reviews|comments|mails))|"
                       r"\b(bot|assistant|agent|thing|widget|tool|model|ai|system) (that |which "
                       r"|who )?talks? (\S+ ){0,2}to (\S+ ){0,2}(customers|people|ppl|users|"
                       r"guests|clients|patients|members|callers|visitors)\b"),
    # Items marked as one of a few named answers, whatever the subject ("marking answers as
    # correct, partly correct or wrong" on a maths site is still a closed set).
    (TaskKind.CLASSIFICATION, r"\b(marks?|marked|marking|labels?|labell?ed|labell?ing|grades?|"
                              r"graded|grading|rates?|rated|rating|judges?|tags?|tagged|tagging|"
                              r"scores|scored|scoring|"
                              r"sorts?|sorted|sorting) (\S+ ){0,4}?as [\w-]+( [\w-]+){0,4}, "
                              r"[\w-]+( [\w-]+){0,4},? or [\w-]+\b"),
    # (not a template's section: "holding, facts in five lines, reasoning, relevance")
    (TaskKind.REASONING, r"(?<!, )\breasoning\b(?!,)|\bstep[- ]by[- ]step (derivations?|reasoning|"
                         r"working|"
                         r"solutions?|calculations?|logic|deductions?)\b|\bderivations?\b|"
                         r"\b(qualif\w*|eligib\w*) (\S+ ){0,6}(following|according to|under|per) "
                         r"(our |the )?(\d+ )?rules\b|"
                         r"\b(plan|plans|planning|check|checks|checking|work|works|derive|explain|"
                         r"derives|deduc\w*|decid\w*)\b (\S+ ){0,4}step[- ]by[- ]step\b|"
                         r"\b(plans?|schedules?|budgets?|itinerar(y|ies)|rotas?|rosters?|"
                         r"timetables?) (\S+ ){0,2}(that|which) (actually |really |still )?(adds? "
                         r"up|works? out|makes? sense)\b|"
                         r"\bplan(s|ning)? (\S+ ){0,2}(trips?|itinerar(y|ies)|routes?|journeys?|"
                         r"tours?|schedules)\b|"
                         # "work out whether a late truck can still make its drops: driving-hour
                         # limits, loading windows"
                         r"\bwork(s|ing)? out (whether|if)\b[^.]{0,120}\b(limits?|windows?|"
                         r"timetables?|constraints?|rules|deadlines?|schedules?)\b|"
                         r"\bplans? how (to|we|they)\b|\bcheck\w* (several|many|multiple|a few|"
                         r"\d+) "
                         r"conditions\b|\b(conditions|checks|rules|steps) (\S+ ){0,3}(one|"
                         r"1) after the other\b|\bwork(s|ing)? out (what|"
                         r"how much) (\S+ )"
                         r"{0,3}(owes?|costs?|pays?|is due|totals?|sums?)\b|"
                         r"\bbuild\w* (\S+ ){0,3}(rota|roster|schedule|timetable)s?\b|"
                         # "walk through our rating rulebook, 40 rules applied in order, with
                         # the steps shown"
                         r"\bwalk(s|ing)? through (\S+ ){0,3}(rules|rulebook|rule ?book|"
                         r"calculations?|logic|formulas?)\b|\brules (\S+ ){0,2}applied in order\b|"
                         r"\b(with )?(the )?steps shown\b|"
                         # "makes weekly shift rotas for nurses", "make the weekly schedule"
                         r"\b(make|makes|making|draw up|draws up|drawing up|put together|puts "
                         r"together|produce|produces|producing|generate|generates|generating|"
                         r"create|creates|creating|come up with|comes up with|propose|proposes|"
                         r"proposing|suggest|suggests) (the |a |our |"
                         r"their |each |every )?(weekly |monthly |daily |(next|this|each) "
                         r"(week|month)'?s? )?(shift |staff |work )?(rota|roster|schedule|"
                         r"timetable|shift plan|staffing plan|duty plan|day plan|route plan)s?"
                         r"\b(?! (a|an|the|our|posts?|meetings?|calls?|messages?|emails?)\b)|"
                         r"\b(plan|answer|result|schedule|itinerary|route) (is|be|are) "
                         r"logic(al)?\b|"
                         # "I want the AI to plan each week which parcels to spray",
                         # "planning with many constraints together"
                         r"\b(ai|model|it|bot|tool|assistant|llm|system) to plan\b|\bplanning "
                         r"with (\S+ ){0,2}constraints\b|\b(many|several|lots of|multiple|all "
                         r"the|all these) constraints (together|at once)\b|"
                         # (not maths as the trade: "we run maths and science tutoring")
                         r"\breason (about|through|step)|\bmath\w*\b(?!( and \w+)? (tutor\w*|"
                         r"cent(re|er)s?|schools?|teachers?|classes|lessons|departments?|"
                         r"curricul\w*|camps?|clubs?|compan\w*|business\w*))|arithmetic|"
                         r"\balgebra\w*|"
                         r"\bcalculus\b|\bequations\b|\bwork(s|ing)? out (the |each |every )?"
                         r"(next )?step\b|"
                         r"calculat\w*|multi[- ]?step|logic(al)? (puzzles?|problems?)|"
                         r"word problems?|\bsolve\b|\bproofs?\b(?!-of|\s+of\s+(address|identity|"
                         r"income|delivery|purchase|residence|payment|concept|id)\b)|"
                         r"\bwork(s|ing)? through (\S+ ){0,5}step[- ]by[- ]step|"
                         r"(with )?the working shown|show(s|ing)? (its|the|their) working|"
                         # Planning under constraints: "work out a loading order", "a rota
                         # that satisfies everyone's availability".
                         r"\bwork(s|ing)? out (\S+ ){0,4}(sequence|schedule|plan|"
                         r"order|routes?|timetable|rota|roster)s?\b|"
                         r"\bpuzzle with (lots of |many |a lot of |all sorts of )?(rules|"
                         r"constraints)\b|\b(schedules?|plans?|"
                         r"sequences?|timetables?|rotas?|rosters?|routes?) (\S+ ){0,3}(that|"
                         r"which) (respects?|satisf(y|ies)|obeys?|honou?rs?|meets?|keeps?) |"
                         r"\b(scheduling|planning) (problems?|puzzles?|engine|solver)|\brouting "
                         # "nurse rostering", "a week's rota plus a line per rule showing it
                         # holds"
                         r"(problems?|puzzles?|solver)|\brostering\b|\b(rota|roster|schedule|"
                         r"timetable)s?\b[^.]{0,60}\b(constraints?|rules?)\b[^.]{0,30}\b(holds?|"
                         r"satisf\w*|respected|met|checked)\b|"
                         # "I want something that plans the unloading: which pit, who waits"
                         r"\b(something|tool|system|ai|model|app|assistant) (that|which|to) "
                         r"plans? (the|our|each|every|a|all)\b|"
                         r"\bplan(s|ning)? (the |our )?(\S+ ){0,4}(runs|routes|rounds|deliveries|"
                         r"shifts|schedule|rota|rosters?|waves|assignments)\b|\bin what order\b|"
                         r"\bdecid\w* whether (\S+ ){0,4}qualif\w*|\brules stack\b|"
                         r"\b(check|verify|validate)\w* (whether|if) (\S+ ){0,8}(computed|"
                         r"calculated|worked out) (correctly|right)\b|"
                         r"\b(takes|needs|involves|is|are) (many|"
                         r"several|multiple|a few|\d+) steps\b|\bmany steps to think\b|"
                         # "give back the order of stops", "the sequence of visits per technician"
                         r"\b(order|sequence|ordering) of (the )?(\S+ )?(stops|visits|deliveries|"
                         r"drops|jobs|pickups|pick-ups|appointments|calls|runs|trades|crews|"
                         r"tasks|operations|works|shifts|steps)\b|"
                         # "which crew goes when", "which truck goes where"
                         r"\bwhich (crew|team|truck|driver|van|nurse|technician|tech|worker|"
                         r"shift|vessel|ship|machine|trade|subcontractor|sub) (goes|comes|starts|"
                         r"runs|works) (when|where|first|next)\b|"
                         # Checking sums, assigning under constraints, itineraries that fit.
                         r"\bmultiplications?\b|\brecomput\w*|\b(totals|sums|numbers|figures) "
                         r"(don'?t|do not) add up\b|\b(check|verify|validate)\w* (\S+ ){0,3}(sums|"
                         r"totals|additions)\b|\bmore (of a )?logic(al)?\b|"
                         r"\b(decid|plan)\w* which \S+ (\S+ ){0,2}which\b|\brespecting (the )?"
                         r"(\S+ ){0,3}(windows|constraints|limits|closures|capacit\w*)\b|"
                         r"\bpropos\w* (the |a |our )?(valid |feasible |workable )?"
                         r"(planning|schedule|rota|roster|timetable)\b|"
                         r"\bitinerar(y|ies) (\S+ ){0,3}(that|which) (respects?|"
                         r"satisf(y|ies)|obeys?|fits?|honou?rs?)\b"),
    (TaskKind.EXTRACTION, r"extract\w*|\bstructured (fields|attrs|attributes|filters|data|json|"
                          r"records?)\b|"
                          # (not retrieval: "pulling the current policies from our Notion")
                          r"\bpull\w* (?!requests?\b)(?!(\S+ ){0,4}from (our |the |their )?("
                          r"notion|confluence|wiki|knowledge ?base|kb|docs|documentation|help "
                          r"?cent\w+|intranet|sharepoint|drive|website|site)\b)(\S+ ){0,12}(out "
                          r"of|from)\b|"
                          # (not "I pulled out": withdrew)
                          r"(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\bhe )(?<!\bshe )\bpull(s|ed|"
                          r"ing)? out\b|\bpull(s|ed|ing)? out\b(?!\s*([.,;!?]|$|of (the|a|that) "
                          r"(deal|contract|project)))|"
                          # (not "75 field technicians")
                          r"\b\d+[- ]field\b(?! (technicians?|techs?|engineers?|workers?|staff|"
                          r"agents?|sales|reps?|teams?|service|crews?|officers?|inspectors?|"
                          r"offices?)\b)|\bjson out\b|"
                          r"(->|→)\s*~?\d+ (\S+ )?fields\b|"
                          r"(->|→)\s*(a |an )?(strict |valid |clean |structured )?(json|csv|xml|"
                          r"fields|records?|table)\b|(->|→)\s*(a |an )?structured \w+|"
                          # "Need: case number, court, date, parties, outcome."
                          r"\b(need|needs|want|fields|extract)\s*:\s*[\w ]{2,25}"
                          r"(, [\w ]{2,25}){3,}|"
                          # Values carried from documents into a system: "get the data from
                          # purchase orders into our warehouse system", "take out: item, lot".
                          r"\b(get|move|take|bring|transfer|copy|push|load|sync)\w* (the |all "
                          r")?(\S+ )?(data|values|details|information|info|fields|figures|"
                          r"numbers) (\S+ ){0,3}from (\S+ ){0,6}?(into|to|in) (our|the|their|a) "
                          r"(\S+ ){0,2}(system|erp|crm|tms|wms|lims|database|db|sap|spreadsheet|"
                          r"sheet|ledger|records?|tool|platform|software|app)\b|"
                          r"\b(take|pull|get|read)\w*( \S+)? out\s*:|"
                          # "take shipment data out of the emails from our agents: ..."
                          r"\b(take|get|pull|read|lift)\w* (\S+ ){0,3}(data|details|fields|info|"
                          r"information|values|numbers) out of\b|"
                          # Said as input and output: "receipt text in, a JSON with the total
                          # out"; "each note into a structured report: part, defect, severity".
                          r"\bin\s*(,|;|and|->|→)\s*(and )?(a |an |the )?(structured |valid |"
                          r"clean )?(json|csv|xml|table|record|row|fields?|key-value)\b[^.]{0,100}?"
                          r"\bout\b|\binto (a |an )?structured (\S+ ){0,2}\w+\s*:\s*[\w -]+,|"
                          r"\bto put (\S+ ){0,3}(in|into) (our|the) "
                          r"(erp|crm|database|tms|sap|spreadsheet)\b|"
                          # ("we turn roughly 1,200 visit notes a week into billing fields")
                          r"\b(turn|convert)\w* (\S+ ){0,8}into (a |an |our |the )?(\S+ ){0,2}"
                          r"(fields|values|factors|json|csv)\b|"
                          # "one clean JSON record per email"
                          r"\b(one|a|1) (clean |valid |structured )?(json|csv|xml) (record|object|"
                          r"row|line)s? (per|for each|for every)\b|"
                          r"\b(turn|convert)\w* (\S+ ){0,5}into (a |an |"
                          r"our )?(\S+ ){0,2}(records?|rows?|entries|work orders?|database|"
                          r"spreadsheet rows?|filters|attributes|slots|transactions|bookings|"
                          r"forms?|"
                          r"cards?|profiles?|templates?|sheets?|"
                          r"contacts)\b|\bfields out\b|"
                          r"\bcop(y|ies|ying) (\S+ ){0,3}(out )?into (a |an |the |our )?(\S+ )?"
                          r"(report|form|sheet|spreadsheet|record|template|system|crm|erp)s?\b|"
                          r"\bfields (out of|from) (each|every|the|our|"
                          r"these|those|them|it)\b|"
                          r"\bpull\w* (?!requests?\b)(\S+ ){0,8}into\b|\bparsed\b|\bparses\b|"
                          # "shipper, consignee, port codes, weights: fourteen fields that go
                          # into our transport management system"
                          r"\b(\d+|several|many|all the|the) fields (that|which) (go|goes|get|are|"
                          r"flow) (\S+ )?into\b|"
                          # Values typed by hand into a system: "our CS team re-types origin,
                          # destination, cargo type and pickup date into the booking system"
                          r"\b(re-?typ|re-?key|re-?enter|typ|key|enter|copy|copie)\w* ([\w -]+, )"
                          r"{2,}[\w -]+ (and|&) [\w -]+ into (the |our |their )?(\S+ )?(system|erp|"
                          r"crm|tms|wms|database|spreadsheet|sheet|portal|forms?)\b|"
                          # One item taken apart: "break each address into street, landmark,
                          # area and LGA" (not a pile sorted into groups: "one of 5 queues")
                          r"\b(break|split|separat|decompos|chop)\w*( up| down)? (each|every|one|a "
                          r"single) ([\w-]+ ){1,2}?(up |down )?into (?!(one|1|a|an|the right|"
                          r"the correct|"
                          r"\d+|two|three|four|five|six) )[\w -]{2,30},|"
                          r"\b(take|takes|taking|get|gets|read|reads|captur\w*|grab\w*|lift\w*) "
                          r"(out )?(the )?(\d+ )?(\S+ )?fields\b|"
                          r"\binto (a |an |our |the )?(\S+ )?"
                          r"structured\b(?! (\S+ )?(letters?|reports?|summar\w*|notes?|emails?))|"
                          r"\b(types?|typed|typing|key|keys|keyed|keying) (\S+ ){0,3}into "
                          r"(our|the) (erp|crm|system|database|spreadsheet|tms|wms|lims|sap)\b|"
                          # "pull metal grade, weight, seller ID, contamination notes"
                          r"\bpull (out )?(the )?[a-z]+( [a-z]+)?, [a-z]+( [a-z]+)?, [a-z]+\b|"
                          # "I want a model to fill our grading sheet: species, grade, ..."
                          r"\bfill (in )?(our|the|a|each|every) (\S+ )?(sheet|form|template|"
                          r"record|card)s?\s*:\s*[a-z]+( [a-z]+)?, [a-z]+|"
                          # "we need structured defect records out of them"
                          r"\bstructured (\S+ ){0,2}(records?|data|fields|rows|entries|json|"
                          r"output) (\S+ ){0,2}(out of|from) (them|these|those|the|each|every|"
                          r"our)\b|"
                          # "staff type courses and grades from foreign transcripts into our
                          # system": values copied out of documents
                          r"\b(types?|typed|typing|key|keys|keyed|keying|enters?|entered|entering|"
                          r"retyp\w*|cop(y|ies|ied|ying)) (\S+ ){0,6}?from (\S+ ){0,3}?\w+ "
                          r"(in)?to (our|the|their) (\S+ )?(erp|crm|system|database|spreadsheet|"
                          r"tms|wms|lims|sap|portal)\b|"
                          r"\b(put|entered|loaded) (\S+ ){0,3}into (our|the) (erp|crm|database|"
                          r"spreadsheet|tms|wms|lims|sap)\b|\bnormali[sz]\w* into\b|\bparse\b|"
                          r"parsing|"
                          r"(?<!government )(?<!legal )(?<!public )(?<!state )(?<!business )"
                          r"(?<!client )(?<!corporate )"
                          r"(?<!\d )entit(y|ies)|\bner\b|\b\d+ (fixed|mandatory|"
                          r"required) fields\b|fill (in )?forms?|\bpull (the |out )?(dates?|"
                          r"names?|numbers?|amounts?|addresses|prices|fields|details|totals)\b|"
                          r"(?<!how to )\bfill\w* (in |out )?(the |a |"
                          r"an |our |each |every |their )?(\S+ ){0,2}forms?\b|"
                          r"\b(box|field)(es|s)? (filled|completed)\b|"
                          # "receipts turned into vendor, date, total and tax lines"
                          r"\b(turn|convert)\w* (\S+ ){0,5}into:? ([\w-]+ )?[\w-]+, ([\w-]+ ){0,2}?"
                          r"(dates?|totals?|amounts?|vendors?|suppliers?|names?|address(es)?|"
                          r"numbers?|prices?|tax|vat|skus?|quantit(y|ies)|ids?|emails?|phones?|"
                          r"currency)\b|"
                          r"\bevery (box|field) (filled|complete)\b|key fields|structured data "
                          # (a count of line items is a volume, "600,000 line items a month",
                          # and "our biggest line item" a cost)
                          r"from|into (a |an |our )?(fixed )?(\S+ )?json\b|(?<!\d )(?<!biggest )"
                          r"(?<!largest )(?<!single )(?<!budget )(?<!main )(?<!major )"
                          r"line[- ]items?|"
                          r"\bas (valid |strict )?json\b|\bin (exact|valid|strict|clean|proper) "
                          r"json\b|"
                          # "we must take out of them the shipper, consignee, ...", "we key in
                          # consignee, gross weight, pallet count"
                          r"\b(take|takes|taking|took|get|gets|getting|lift|lifts)( \S+)? out of ("
                          r"them|it|each( 1)?|every \w+|the \w+|these|those)( the)? \w[\w ]{0,25}, "
                          r"\w|\b(we|i|they|staff|clerks|ops|someone|he|she) (manually |still |"
                          r"currently |now |then )?(key|keyed|type|typed) in (the )?(?!(1|one|a|"
                          r"an|my|our) (instruction|prompt|question|line|request)\b)\w[\w ]{0,25}, "
                          r"\w|"
                          r"\b(get|give|return)s? (us |me )?back (a|an) (\w+ )?(table|"
                          r"list|spreadsheet|json|record)\b|\binto a table\b|"
                          # "out should come the findings, the side ... as fields for our
                          # registry"
                          r"\bas (structured )?fields (for|in|into|of)\b"),
    # (routing things somewhere, not "our 14 bus routes")
    # (not a rail yard's "classification tracks", where cars are sorted into trains)
    (TaskKind.CLASSIFICATION, r"classif\w*\b(?! (tracks?|yards?|bowl|hump|lines?)\b)|"
                              r"\blabel (every|each|all|our) (\S+ ){0,3}by\b|"
                              # A closed set said with other verbs: "routed to one of 6
                              # teams", "land in one of the firm's buckets", "stamped with
                              # which of our 6 people", "mapped onto its own list of reasons",
                              # "go to the right department", "read and sorted: ..."
                              r"\b(rout|assign|send|sent|forward|direct|dispatch|allocat)\w* "
                              r"(\S+ ){0,3}to 1 of\b|\b(land|lands|landing|go|goes|end up|ends "
                              r"up|fall|falls|belong|belongs|put|sort\w*|file|filed|drop\w*) "
                              r"(\S+ ){0,2}(in(to)?|to) 1 of\b|"
                              # "grades customer reviews on five levels"
                              r"\b(grad|rat|scor|sort|classif)\w* (\S+ ){0,3}on \d+ (levels|"
                              r"bands|grades|tiers|classes|categories)\b|"
                              # "complaints graded into 6 severity levels"
                              r"\b(grad|sort|rat|bucket|class|band|group)(ed|ing|es|s)? (\S+ )?"
                              r"into (1 of )?(the |our )?\d+ (\S+ )?(levels|bands|grades|tiers|"
                              r"categories|classes|buckets|groups|types)\b|"
                              r"\b(label|tag|mark|stamp|flag|code)\w* "
                              r"(\S+ ){0,4}with (1 of|which (1 )?of)\b|\bmap\w* (\S+ ){0,3}("
                              r"on ?to|to|into) (its|their|our|a|the|each \w+'s) (own )?(fixed "
                              r"|internal )?(list|set|taxonomy|catalog\w*|codes|categories|"
                              r"scheme) of\b|\b(go|goes|sent|send|routed|forwarded|passed) to "
                              r"the (right|correct|proper|relevant|responsible) (\S+ )?("
                              r"department|team|queue|desk|"
                              r"person|agent|folder|unit|office|inbox|group)s?\b|"
                              r"(->|→)\s*(1 of )?\d+ (\S+ )?(themes|categories|classes|labels|"
                              r"buckets|groups|intents|topics|types|tags|reasons|codes)\b|"
                              r"\b(sort|sorted|sorting|triag\w*|bucket\w*)\s*:|\bread and (sorted|"
                              r"tagged|labell?ed|flagged|routed|bucketed)\b|"
                              # "I want them sorted so the right person sees each one", "decide
                              # which of our 4 programs it fits"
                              r"\b(want|need|like)s? (them|it|these|those|each( 1)?|every \w+|"
                              r"all (of )?(them|these|those)|the \w+) (\S+ )?(sorted|routed|"
                              r"triaged|categori[sz]ed|bucketed)\b|\bthe right (person|team|"
                              r"department|desk|people|agent) (sees|gets|handles|receives)\b|"
                              r"\bwhich (1 )?of (our|the|its|their) (\d+ )?\w+( \w+)? (it|they|"
                              r"each|this|that) (fits?|belongs?|goes|matches|falls)\b|"
                              r"\bagainst (a|an|the|our|its|their) (own )?(\S+ )?(checklist|"
                              r"criteria)\b|\bpass (or|/) fail\b|\b(flags?|flagged|flagging|"
                              r"marks?|marked|marking|labels?|labell?ed|labell?ing|tags?|tagged|"
                              r"tagging|classed|scores?|scored|scoring|rates?|rated|rating|grades?|"
                              r"graded|grading|sorts?|sorted|sorting) (\S+ ){0,6}as "
                              r"[\w-]+ ?/ ?[\w-]+|\b(put|place|sort|assign)s? each (\w+ )?(in|"
                              r"into|to) (one|1) of (the |our )?(\d+|several|many) \w+\b|"
                              # "sort incoming emails ... into: berthing, crew change, other",
                              # "decide condition grade for each item: S, A, B, C, junk"
                              r"\b(sort|split|bucket|file|divide|group)\w* (\S+ ){0,8}?into:? "
                              r"([\w-]+( [\w-]+)?, ){2,}|"
                              # "sort incoming job requests into emergency / this week / quote
                              # only / not us"
                              r"\b(sort|split|bucket|file|divide|group|route|triage)\w* "
                              r"(\S+ ){0,10}?into:? ([\w-]+( [\w-]+){0,2} ?/ ?){2,}|"
                              r"\b(decide|assign|give|pick|choose|set)s? "
                              r"(the |a |an )?(\S+ )?(grade|category|label|class|rating|tier|"
                              r"priority|severity) (for|of|to) (each|every)\b|"
                              # "guess which aisle they mean (dairy, bakery, ... 60 aisles)"
                              r"\b(guess|predict|tell|work out|figure out|decide|pick|choose)\w* "
                              r"which (\S+ )?(aisle|shelf|section|category|department|desk|team|"
                              r"queue|bucket|folder|bin|class|label|tag|topic|intent|product "
                              r"line|type|group)s?\b|"
                              # "predict the rejection reason (or ok)", "guess which of the
                              # 12 reasons applies"
                              r"\b(predict|guess|infer|determine|identify|pick|choose)s? (the |a |"
                              r"its |their )?(\S+ )?(reason|category|class|label|tag|code|"
                              r"outcome|verdict|bucket|queue|intent|topic)\b(?! (codes?|data|"
                              r"descriptions?|text|names?|definitions?)\b)|"
                              # "score CVs against job descriptions, 1 to 5"
                              r"\b(score|scores|grade|grades|rate|rates|mark|marks) (\S+ ){0,5}?"
                              r"(from |on a )?[01] ?(to|-) ?([2-9]|10)\b|"
                              # "teachers grade each essay from 1 to 5 with a rubric"
                              r"\b(grade|grades|graded|rate|rates|rated|score|scores|scored|mark|"
                              r"marks) (each|every|the|all|our) (\S+ ){0,2}(from |on a (scale of )?"
                              r")?\d+ ?(to|-) ?\d+\b|"
                              # "each one graded on our 5-level severity scale"
                              r"\b(graded|rated|scored|ranked|classified|banded) on (a|an|our|"
                              r"the|their) (\S+ ){0,2}(scale|levels)\b|"
                              # "each report gets a severity rating 1 to 5"
                              r"\b(each|every) (\S+ ){0,3}(gets?|receives?|is given|is assigned|"
                              r"needs?) an? (\S+ )?(rating|grade|score|level|category|label|class|"
                              r"priority|severity)( level)? (of |from )?\d+ ?(to|-) ?\d+\b|"
                              # "auto-score practice essays against each exam board's rubric
                              # bands": a band chosen per essay
                              r"\b(auto-?)?(score|grade|band|mark)s? (\S+ ){0,3}against (\S+ )"
                              r"{0,4}(rubric )?(bands|levels|grade boundaries)\b|"
                              # "we want an automatic CEFR level (A1-C2) per essay"
                              r"\b(automatic|automated|auto-?assigned|predicted) (\S+ )?(level|"
                              r"grade|band|rating|tier|category|class|label|priority|severity) "
                              r"(\([^)]{1,20}\) )?(per|for each|for every|on each|to each) "
                              r"[a-z]+\b|"
                              # "sort every SMS to the correct officer among these 5 categories"
                              r"\b(sort|route|send|forward|assign|file|put)\w* (\S+ ){0,4}(to|"
                              r"into|in) (the )?(correct|right|proper|matching|relevant) (\S+ )?"
                              r"(officer|person|team|department|desk|queue|folder|category|"
                              r"bucket|inbox|group|unit)\b|\b(among|between|from) (these|the|our) "
                              r"\d+ (categories|classes|buckets|groups|types|queues|labels|"
                              r"options)\b|"
                              r"\b(put|place|sort|assign)s? each (one|\w+) (in|"
                              r"into|"
                              r"to) (a|one) (group|category|bucket|pile|class|folder)\b|"
                              # "put each answer in its band"
                              r"\b(put|place|sort|assign)s? (each|every) (one|\w+) (in|into|to) "
                              r"(its|the right|the correct|the matching) (band|category|group|"
                              r"bucket|class|level|tier|grade|queue|folder)\b|"
                              r"\b(grade|rate|score|rank)\w* (\S+ ){0,6}\d+ (to|-) \d+ for \w+|"
                              r"\b(we |to |and |should |will |they )grade (\S+ ){0,3}(essays|"
                              r"answers|submissions|assignments|papers|calls|tickets|leads|tweets|"
                              r"posts|reviews)\b|"
                              r"\b(grade|rate|score|judge|rank)s? how (\S+ ){0,3}"
                              r"(is|are)\b|\bwhich (one )?of (our|the|its|their) (\d+ )?(\S+ ){0,2}"
                              r"(answers|replies|responses|templates|categories|codes|options|"
                              r"macros)\b|\bscreens? (\S+ ){0,2}against (a|an|the|its|their) (own "
                              r")?(checklist|criteria|rubric|rules)\b|"
                              r"\b(that|which|tool|model|system|app|ai|it) "
                              r"(labels|tags|labell?ing|tagging) (\S+ ){0,3}\w+s\b|"
                              r"\bcod(e|es|ing) (\S+ ){0,5}into (\S+ ){0,4}(codes|codebooks?|"
                              r"code ?frames?|categories|classes|groups)\b|\blabels? (differ|vary|"
                              r"change)\b|\b(mix\w* up|confus\w*) (\S+ ){0,2}\w+ (vs\.?|"
                              r"versus) \w+|\binto (roughly |about |around |some "
                              r"|~)?\d+ (\S+ ){0,3}codes\b|\b(grade|grades|grading|rate|rates|"
                              r"rating|score|scores|scoring|rank|ranks|ranking|sort|sorts|"
                              r"sorting|bucket|"
                              r"buckets)\b (\S+ ){0,4}by (severity|urgency|priority|risk|"
                              r"sentiment|importance|seriousness)\b|\b(needs?|gets?|given|get|"
                              r"must have|has to have) "
                              r"(a|1|its|the right|exactly 1) (category|label|class|tag|"
                              r"bucket|intent|department|queue)\b(?![- ](pages?|managers?|names?|"
                              r"trees?))|\b(grade|grades|graded|rate|rates|rated|score|scores|"
                              r"scored|mark|marks|marked) (\S+ ){0,7}on (an?|our|the|their|its) "
                              r"(\d+(\.\d+)?( ?(to|-) ?"
                              r"\d+(\.\d+)?)?(-point)? )?(\S+ )?(scale|label|grade|rating|score|"
                              r"rubric|band)\b|categori[sz]\w*|\brout(ing|er)\b|triage|"
                              # "our ticket-priority prompt", "the lead-urgency model"
                              r"\b\w+-(priority|urgency|severity|intent|sentiment|spam|topic) "
                              r"(prompt|classifier|model|labels?|detector|check)s?\b|"
                              r"(^|\b(auto-?|to |and |then |we |they |it |automatically ))"
                              r"rout(e|es)\b|\brout(e|es) (\S+ ){0,4}?(to|into)\b|\brout(e|es) "
                              r"(\S+ ){0,2}(tickets|emails|messages|calls|requests|leads|"
                              r"queries|cases|claims|chats|orders)\b|"
                              # "rate priority on a 1-4 scale", "its own categories"
                              r"\bon an? [\d.]+( ?(-|to) ?[\d.]+)?(-point)? (point )?scale\b|"
                              r"\bscale (of|from) "
                              r"[\d.]+ to [\d.]+\b|\b(own|their|its|different) (\S+ ){0,2}"
                              r"(categories|label sets?|labels|tags|classes)\b|"
                              r"\bauto-?tag\w*|\btag(ging|ged)\b|"
                              # "code free-text survey answers", "8 separate coding tasks"
                              r"\bcod(e|ing) (the )?(free-text |open-ended |open )?(survey )?("
                              r"answers|responses|comments|verbatims)\b|\bcoding (tasks?|jobs?|"
                              r"schemes?)\b|"
                              # (not a count of tags written: "ignore the 13-tag rule")
                              r"(?<!\ba )(?<!\bthe )(?<!guten )(?<!-)\btag\b(?! (rule|limit|"
                              r"cap|count|maximum|max)\b)|"
                              r"\btags (each|every|incoming|them|it|all|our|the)\b|"
                              # An answer from a closed set: "says covered, partly covered or
                              # not covered", "labels CVs yes/maybe/no", graded on a rubric.
                              r"\b(says?|answers?|outputs?|returns?|decides?|marks?|marking|"
                              r"labels?|labell?ing|grades?|grading|rates?|rating|judges?) "
                              r"(\S+ ){0,3}?"
                              r"(whether |either |as )?"
                              r"[\w-]+( [\w-]+)?, [\w-]+( [\w-]+)?,? or [\w-]+( [\w-]+)?\b|"
                              r"\b\w+/\w+/\w+\b|\b[a-z]+ / [a-z]+ / [a-z]+\b|"
                              # "each customer's own narrow labelling task"
                              r"\blabell?ing (tasks?|jobs?|problems?)\b|"
                              r"\bagainst (a|the|our|its|their) (own )?rubric\b|"
                              r"\b(label|labell?ing|category|tag|class) schemes?\b|"
                              r"\b(separate|split|sort|group)\w* (them|these|it|each|the "
                              r"messages)\b|"
                              r"\blabel(s|ling)? (\S+ ){0,3}into|"
                              r"\bsort\w* (\S+ ){0,6}into|\bsort\w* (\S+ ){0,3}(to|in|by) (\d+|"
                              r"several|few) "
                              r"(types?|groups|kinds|categories|buckets)\b|\binto (its|their|our|"
                              r"a|the) "
                              r"(own )?(set|list) of (categories|classes|labels|buckets|types|"
                              r"queues|folders)\b|sentiment|\bdetect(?!ives?\b)\w*|moderat\w*|"
                              # "spot scams in marketplace messages", "catch abuse in game chat"
                              r"\b(spot|spots|spotting|catch|catches|catching) (\S+ ){0,3}in (\S+ )"
                              r"{0,3}(messages|chats?|comments|posts|reviews|emails|tickets|"
                              r"listings|transactions|claims|calls|threads|dms)\b|"
                              # "each call scored 1-10 on four criteria"
                              r"\b(graded|rated|scored|marked|grade|rate|score|mark|grading|"
                              r"rating|scoring)s? (\S+ ){0,3}(from )?\d+ ?(-|to) ?\d+ on\b|"
                              r"\bspam\b|\bintents?\b|prioriti[sz]\w*|toxic\w*|fraud|"
                              r"brand-?safety|(?<!red )(?<!red-)(?<!keeps )(?<!kept )(?<!keep )"
                              r"\bflag(s|ging)?\b(?! (it|them|those|these|the (output|drafts?|"
                              r"copy|text|replies))\b)|"
                              r"\bdecid\w* which (of )?(our |the )?(\S+ ){0,2}(departments?|teams?|"
                              r"queues?|categories|desks?|folders|colleagues?)\b|"
                              r"into ~?\d+ (\S+ )?(types|categories|classes|queues|intents)|"
                              r"\binto (1|one) of (about |around |roughly |some )?\d+ (\S+ )?("
                              r"categories|classes|types|labels|intents|queues|buckets|codes)\b|"
                              r"\b(messages|emails|tickets|requests|chats|documents|items|"
                              r"reviews|calls|leads|orders|claims|posts|comments|them)\b[^.]{0,40}"
                              r"\b(in|into) (\d+|several|different) (groups|buckets|piles|"
                              r"folders)\b|"
                              # Mapping onto a fixed set of labels: "map sections to a
                              # taxonomy of 140 headings", "assign each call one of 9 codes".
                              r"\bassign\w* (\S+ ){0,3}(one|1) of (the |our )?(\d+ )?(\S+ )?"
                              r"(categories|classes|labels|codes|tags|types|intents)\b|"
                              # (not a grading the founder's people sit: "questions about
                              # grading examination rules", "grading exams at our dojo")
                              r"\b(risk |essay |answer |lead )?grading\b(?! (examinations?|exams?|"
                              r"rules|requirements|criteria|days?|sessions?|ceremon\w*|fees?|"
                              r"schedules?|policy|policies)\b)|"
                              r"\bassign\w* (\S+ ){0,3}(codes?|labels?|categor(y|ies)|tags?|"
                              r"class(es)?)\b|\b(land|go|end up|send\w*|forward\w*|direct\w*|"
                              r"pass\w*|get\w*|(auto-?)?sort\w*|assign\w*) "
                              r"(\S+ ){0,3}?(at|to|in|with) the right (desk|"
                              r"team|queue|person|department|inbox|folder)\b|\b(band|grade|score|"
                              r"mark|level|rating)s?\b([^.]|\.(?=\d)){0,40}\b(following|per|"
                              r"according to) (a|the|our|its|their) (own )?rubric\b|"
                              r"taxonom\w*|\b(map|maps|mapped|mapping|assign\w*|"
                              r"bucket\w*)\b[^.]{0,60}"
                              r"\b(to|into|with|onto) (one of |a |an |our |the )?(fixed |closed |"
                              r"predefined |standard )?(\S+ )?(set|list|taxonomy|codes?|categor\w*|"
                              r"classes|labels?|buckets?|\d+ \S+)\b|"
                              r"\b(map|maps|mapping)\b[^.]{0,60}"
                              r"\bonto (\S+ ){0,5}(architecture|hierarchy|ontology|framework)\b"),
    # ("answers to questions" the noun is something to write; "answer questions" is Q&A.)
    # Writing answers is writing: "prepare the letters and the answers to usual questions".
    (TaskKind.GENERATION, r"\b(turn|convert|transform|rewrit)\w* (\S+ ){0,5}into (\S+ ){0,3}(plain|"
                          r"simple|simpler|easy|short|shorter)[- ](language |english )?(versions?|"
                          r"texts?|summar\w*)\b|"
                          r"\b(writ\w*|wrote|draft\w*|prepar\w*|compos\w*|generat\w*)\b[^.]{0,60}"
                          r"\banswers to\b"),
    # (an AI assistant, not "2 assistants" at a clinic)
    (TaskKind.QA_CHAT, r"\bask (a|an|the|our) (\S+ ){0,2}(assistant|bot|chatbot|agent)\b|"
                       # "farmers text us, they ask things like where to buy seed", "an AI to
                       # answer instead of our 3 agronomists", "a chat on the website"
                       r"\b(they|customers|clients|patients|guests|parents|members|users|"
                       r"students|tenants|buyers|shoppers|callers|visitors|residents|citizens|"
                       r"farmers|people) (\S+ ){0,4}?(ask|asking|asks) (us )?(things|stuff|"
                       r"questions) (like|such as)\b|"
                       r"\b(ai|bot|model|assistant|it) to (answer|reply|respond) (to )?(them |"
                       r"people |customers |instead )?(instead of|in place of|rather than) (our|"
                       r"the|my)\b|"
                       # "so the website chat can quote prices"
                       r"\b(website|site|web ?shop|online|live) (chat|chatbot|chat bot)s?\b(?! "
                       r"(logs?|transcripts?|history|histories|archives?|exports?))|"
                       r"\b(a|an) (ai |live |little |\w+ )?(chat|chatbot|chat bot) (on|for|in) "
                       r"(the|our|my) (web ?site|site|web|app|web ?shop|shop|store|page|"
                       r"portal)\b|"
                       # "a WhatsApp helper where a farmer can ask '...' and get an answer"
                       r"\b(whatsapp|sms|text|chat|voice|phone) helper\b|\b(can|could|to|will|"
                       r"would) ask (\S+ ){0,8}?and get (a |an |the )?(\S+ )?(answer|reply|"
                       r"response)s?\b|"
                       r"\b(chat|bot|assistant|ai|it) (to|that|which|should|can|would) (answer|"
                       r"reply to|respond to|handle) (things|questions|stuff) (like|such as)\b|"
                       # The surface it sits in, after the task verbs: "label chat messages as
                       # ok / spam" or "routing customer messages" in a chat widget classify.
                       r"\bchat ?(widget|window|box)s?\b|"
                       # Questions that come in: "customers keep asking us about the menu",
                       # "something that answers them by itself" (after the classification
                       # patterns: "customers ask about refunds; route the emails" routes).
                       r"\b(text|send|ask|message|whatsapp)s? us (\S+ )?questions\b|"
                       # "Many couples write us on WhatsApp and email with questions: ..."
                       r"\b(write|writes|email|emails|message|messages|text|texts) us "
                       r"(\S+ ){0,5}with (their |all sorts of |lots of )?questions\b|"
                       # "patients text us all day with questions", "customers keep
                       # whatsapping the same kind of questions"
                       r"\b(customers|clients|patients|guests|parents|members|users|students|"
                       r"tenants|buyers|shoppers|callers|visitors|residents|citizens|farmers) "
                       r"(\S+ ){0,2}(text|messag|email|call|whatsapp|dm|ping|send|ask|writ)\w* "
                       r"(\S+ ){0,5}questions\b|\bauto[- ]?"
                       r"(answers?|replies)\b|\bchat \w+ (that|which|who) (recommends|answers|"
                       r"helps|advises)\b|"
                       r"\b(customers|clients|users|members|patients|guests|parents|students|"
                       r"farmers|residents|callers) (keep |often |always |constantly )?(ask|asking|"
                       r"asks) (us )?(\S+ ){0,3}about\b|(?<!investor )(?<!boss )(?<!board )"
                       r"(?<!ceo )(?<!cto )(?<!manager )(?<!cfo )\bkeeps? asking\b(?! (why|whether|"
                       r"if|when) we| for)|\b(that|which|to) "
                       r"answers? (them|customers|people|clients|users)\b|"
                       r"\b(able to|can|could|let them|lets them) ask (\S+ ){0,2}questions\b|"
                       r"\b(web|website|online|site|in-app|virtual|voice|phone|help) (assistant|"
                       r"agent)\b|chat ?bots?|\bbots?\b|"
                       r"\b(ai|virtual|chat) (tutor|coach|companion)\b|"
                       r"\b(ai|chat|virtual|support|smart|digital|voice|"
                       r"an|our|the|a|internal|research|coding|sales|hr|legal) assistant\b|"
                       r"\bassistant (that|which|to|for|who)\b|"
                       r"\banswer(s(?! to\b)|ing|ed)?\b "
                       r"(\S+ ){0,3}questions|"
                       # (writing answers to questions was read as writing above)
                       r"\banswers to (\S+ ){0,3}questions\b|"
                       r"questions? about|\bfaqs?\b|\b(they|users|customers|staff|"
                       r"employees|analysts|people|clients|members|residents|students|patients|"
                       r"agents|callers|guests|tenants|visitors) (often |usually |mostly |always "
                       r")?(ask|asks|asking) (\S+ )?(how|what|when|where|whether|which|why) |"
                       # (not a tool in use: "I use Copilot in Word")
                       r"help ?desk|"
                       r"(?<!use )(?<!using )(?<!with )(?<!microsoft )(?<!github )copilot|\bq&a\b|"
                       r"conversational|"
                       r"support agent|(support|customer|user|employee) questions"),
    # Hints written for a player: "gives players graded hints for a clue: a gentle nudge"
    (TaskKind.GENERATION, r"\b(gives?|giving|generates?|generating|writes?|writing|offers?|"
                          r"offering) (?!step)(\S+ ){0,2}(hints|tips|explanations|nudges)\b"
                          # (hints through maths are worked reasoning: "step-by-step hints for
                          # maths word problems")
                          r"(?![^.]{0,60}\b(maths?|word problems|equations|algebra|arithmetic|"
                          r"physics|chemistry|proofs?|step[- ]by[- ]step)\b)"),
    # (not code: "a bit of Python", "a line of code", "PyTorch training code")
    (TaskKind.GENERATION, r"(?<!hand-)(?<!hand )\bwrit(?!\w* down)(?!\w* (\S+ ){0,4}(code|python|"
                          r"pytorch|sql|javascript|typescript|software|programs?)\b)\w*|"
                          r"generat\w*|draft\w*|"
                          r"rewrit\w*|summar\w*|\b(ai|automated|written|personali[sz]ed|"
                          r"individual|detailed) feedback (on|for|to)\b|"
                          r"translat\w*|compos\w*|paraphras\w*|descriptions?|captions?|"
                          # "copy" and "content" the nouns: not "a copy of the model",
                          # not "content to use a vendor"
                          r"(?<!model )(?<!full )(?<!1 )(?<!frozen )(?<!single )(?<!shared )"
                          r"\bcopy\b(?! of\b| per\b)|"
                          r"content\b(?! (to|with)\b)|"
                          r"\brepl(y|ies)\b|respond\w* to|answer\w* (\S+ ){0,2}(emails|messages|"
                          r"letters|reviews|comments)|marketing|blog|\bstor(y|ies)|blurbs?|"
                          r"subject lines|notifications|autocomplet\w*|completions?|titles?|"
                          r"barks|slogans?|taglines?|advertisements|adverts|\bad copy\b|"
                          r"\bpreviews?\b|"
                          r"\b(itinerary|trip|travel|gift|product|menu|recipe) (suggestions?|ideas|"
                          r"recommendations?)\b|"
                          r"\bverses?\b|\bpoems?\b|(?<!in-)\bjokes?\b|\brhymes?\b|\blyrics\b|"
                          r"\blimericks?\b|"
                          r"\brecaps?\b|\bwrite-?ups?\b|\b\d+[- ]words? (\S+ )?(summar\w*|"
                          r"abstracts?|"
                          r"reports?|posts?|descriptions?|articles?|blurbs?|bios?|emails?|texts?|"
                          r"pieces?|intros?|paragraphs?)\b|\b(automated|auto-generated|match|game|"
                          r"race|news|written|narrative) reports?\b|"
                          r"\bjob (ads|postings|posts|listings)\b|\b(in|with) (his|her|its|"
                          r"their|our|your|the client'?s|the customer'?s) own (tone|voice|"
                          r"style|wording)\b|"
                          # "400 approved emails in its voice"
                          r"\b(emails|posts|newsletters|replies|letters|captions|descriptions|"
                          r"messages|texts|articles|ads) in (his|her|its|their|our|the brand'?s|"
                          r"each brand'?s) (own )?(brand )?(voice|tone|style)\b|"
                          r"\b(text|caption|name|copy|slogan|post|content) "
                          r"ideas\b|headlines?|\bsuggest\w* (\S+ ){0,3}(lines|replies|titles|names|"
                          r"captions|messages|openers|slogans|ideas|headlines|taglines|texts|"
                          r"wording)\b|"
                          # "need a short bulletin for the executive team" (made from reports)
                          r"\b(need|needs|want|wants|write|writes|draft|drafts|produce|produces|"
                          r"prepare|prepares) (a |an |the )?(short |daily |weekly |morning |"
                          r"brief |one-page )?(bulletin|digest|briefing|newsletter|recap)s? "
                          r"(for|to)\b|"
                          # "turn dictations into SOAP notes"
                          r"\b(turn|convert|transform)\w* (\S+ ){0,5}into (\S+ ){0,4}(notes?|"
                          r"instructions|explanations?|summar\w*|reports?|emails?|letters?|"
                          r"posts?|prose|text|articles?|updates?|messages|bulletins|newsletters|"
                          r"versions?|"
                          r"digests?|stor(y|ies)|descriptions?|newsletters?|bulletins?|"
                          r"drafts?|sql|code|queries|scripts?|memos?|briefings?|one-pagers?)\b|"
                          r"\bmeeting[- ]notes\b"),
    # Nothing else named, but the questions that come in are quoted: "the phone: 'have you
    # got copper elbows at the Ashby branch?'"
    (TaskKind.QA_CHAT, r"(:|\blike|\bask\w*|\bquestions?( such as| like)?)\s*['\"“‘][^'\"”’]{8,120}"
                       r"\?['\"”’]"),
]
# Scores only a classifier reports: a last resort when nothing else names the task.
# ("codes" as a noun: "assign billing codes", not "nobody codes").
WEAK_CLASSIFICATION = (r"accuracy|top-1|precision|recall|\bf1\b|"
                       # "37 document types, some differing only by a checkbox"
                       r"\b\d+ (document|doc|form|ticket|email|message|claim|request|letter) "
                       r"types\b|"
                       r"(?<!us )(?<!he )(?<!she )(?<!who )(?<!one )(?<!it )(?<!nobody )(?<!here )"
                       r"(?<!else )(?<!even )\bcodes\b")


# A quoted sample: opened after a space, colon or bracket and closed before one, so the
# apostrophes inside ("where's order 5521??") do not end it; or a record in braces.
QUOTE = (r"(?:(?<=[\s:(\[])|^)[\"'“‘`](?!\d\d\b)(?=\S)(?P<q>[^\"“”`\n]{2,400}?)(?<=\S)"
         r"[\"'”’`](?=[\s.,;:!?)\]]|->|$)|"
         r"(?P<b>\{[^{}\n]{2,400}\}|\[[^\[\]\n]{2,400}\])")
# What joins a sample input to its output: "-> REFUND", "we need back", "and returns", "the
# reply should read", "must come out as", "we want reply:".
PAIRED = (r"->|→|=>|\b(we (want|need|get)|want|need|expects?|returns?|gives?|get back|"
          r"comes? (out|back)|becomes?|should|must|turned into|into|reply|replies|answer|output|"
          r"read)\b")
# An output of named values: "{invoice_no: 2023-114, total: 4312.50}", "port: X; ref: Y".
KEY_VALUES = r"(?:^|[{\[|;,]\s*|\s-\s)[a-z]\w*( \w+){0,2}:\s*[^\s:|;,{}]"
# An output that is a label: "REFUND", "CHANGE_ORDER", "hot"; or a path in a taxonomy.
LABEL_OUT = r"\s*([A-Z][A-Z0-9_/-]{2,}|[a-z][\w-]*)\b"
TAXONOMY_PATH = r"^\w[\w &-]*( > [\w &-]+)+$"
# Who sends the sample in: a person writing to the product is a conversation.
SENDER = (r"\b(users?|customers?|buyers?|clients?|patients?|guests?|members?|staff|people|"
          r"callers?|shoppers?|parents?|students?|tenants?|visitors?)\b[^.]{0,30}\b(writes?|"
          r"types?|asks?|says?|sends?|messages?|texts?)\b[^.'\"“‘]{0,30}$")


# Where a founder says what should come back: "a message comes in and I want back ...",
# "what I need coming out is ...", "clause text in, one of 5 risk levels out", "each note
# should come back with ...". The named group is the output.
OUTPUT_SAID = (r"\b(?:wants?|wanted|need|needs|like|love|get|gets|getting|receive|expect|"
               r"expects)(?: to get| to receive| to have)? back(?: is| would be)?\s*:?\s*"
               r"(?P<a>[^.;!?\n]{2,160})|"
               # (not how today's answers come back: "comes back in the wrong order")
               r"\b(?:(?:should|must|to|will|would|'d|need to|needs to) come (?:out|back)|"
               r"coming out)(?: is| would be|\s*:| with| as) (?P<b>[^.;!?\n]{2,160})|"
               r"\bout comes\s+(?P<c>[^.;!?\n]{2,160})|"
               # "I want one word back: ...", "get a rota back", "i need out: amount, sender",
               # "want from each email: plant names, quantities"
               r"\b(?:want|wants|need|needs|get|gets|like|love) (?P<h>(?:a|an|1|the|just|only|"
               r"some)(?: (?!and\b|where\b|that\b|which\b|i\b|we\b|to\b)[\w'/-]+){1,5}) back\b"
               r"(?:\s*:\s*(?P<h2>[^.;!?\n]{2,160}))?|"
               r"\b(?:want|wants|need|needs) out\s*:\s*(?P<i>[^.;!?\n]{2,160})|"
               # "from each email i want: fabric code, how many meters, which week"
               # ("from each transcript i need 1 line for our register: species, weight")
               r"\bfrom (?:each|every) [^:.;!?\n]{1,30}? (?:i|we) (?:want|need)(?P<k>(?:\s+(?:a|"
               r"an|1) [^:.;!?\n]{1,40}?)?\s*:\s*[^.;!?\n]{2,160})|"
               # a spec's head: "OUTPUT: defendant name, case no., court, date, time"
               r"(?:^|\n)\s*outputs?\s*:\s*(?P<o>[^;!?\n]{2,160})|"
               # "our agronomist writes back a short advice"
               r"\b(?:writes?|writing|texts?|sends?) back (?P<l>(?:a|an|the|1|some) "
               r"[^.;!?\n]{2,120})|"
               r"\b(?:want|wants|need|needs|get) (?:from|out of) (?:each|every|the|these|those|"
               r"all) [^:.;!?\n]{1,30}:\s*(?P<j>[^.;!?\n]{2,160})|"
               # "what I want at the end is a simple row for each letter: name, tooth, ...",
               # "each note should end up as a line in our stock system: sku, amount"
               r"\b(?:end up as|ends up as|become|becomes|turned into|turn into|is|want|like|"
               r"need|get) (?P<m>(?:a|an|1) (?:simple |single |short |clean |new )?(?:row|line|"
               r"record|entry) (?:for each|for every|per|in|into|of) [^:.;!?\n]{1,40}:\s*"
               r"[^.;!?\n]{2,160})|"
               # "I want that from each email comes back one row: ..."
               r"\b(?:want|need|like)\b[^.;!?\n]{0,40}\bcomes? (?:out|back) (?P<g>(?:1|a|an) "
               r"[^.;!?\n]{2,160})|"
               r"\b(?:must|should|to|would|will|it|and|we) (?:return|give back|hand back|spit out|"
               r"send back|give (?:us|me|them)|gives (?:us|me|them))s?"
               r"\s+(?!in |within |under |fast|quick)(?P<d>[^.;!?\n]{2,160})|"
               r"\bin\s*[,;]\s*(?P<e>[^.;!?\n,]{2,60}?)\s+out\b|"
               r"\b(?:(?:it tells?|to tell|and tells?|telling) (?:me|us|them|the \w+)|"
               r"(?:we|to|it|and) answers?(?= which (?:1 )?of| whether))\s+"
               r"(?P<f>(?:which|whether|if) [^.;!?\n]{2,120})")
# The head of that output, by kind; the first head word in it decides ("a short paragraph
# for the caseworker: who the person is, what they need" is writing, not values).
OUTPUT_HEADS: list[tuple[TaskKind, str]] = [
    (TaskKind.CLASSIFICATION, r"\b(which|whether|if it|1 of|(single|1|one)[- ]word|yes or no|"
                              r"yes/no|true/false|pass|fail|pass/fail|labels?|tags?|categor(y|"
                              r"ies)|class|codes?|scores?|"
                              r"ratings?|grades?|severity|levels?|verdicts?|flags?|priority|"
                              r"buckets?|desks?|departments?|teams?|queues?|folders?|shelf|"
                              r"shelves|famil(y|ies)|intents?|topics?|sentiment|risk)\b"),
    (TaskKind.EXTRACTION, r"\b(json|csv|xml|schema|tables?|spreadsheets?|records?|rows?|fields|"
                          r"columns|forms?|values|key[- ]values?|list of (who|what|which|when|"
                          r"where|each|every|all the))\b"),
    (TaskKind.REASONING, r"\b(plans?|schedules?|routes?|rotas?|rosters?|itinerar(y|ies)|"
                         r"timetables?|sequence|order of)\b"),
    (TaskKind.QA_CHAT, r"\b(repl(y|ies)|answers?|responses?|advice)\b"),
    (TaskKind.GENERATION, r"\b(quiz(zes)?|worksheets?|lesson plans?|paragraphs?|summar(y|ies)|"
                          r"notes?|emails?|letters?|messages?|"
                          r"descriptions?|write-?ups?|posts?|drafts?|texts?|versions?|"
                          r"translations?|captions?|titles?|headlines?|copy|reports?|briefs?|"
                          r"memos?|recaps?|stor(y|ies)|bios?|scripts?|articles?|blurbs?|"
                          r"listings?|explanations?|sentences?|minutes|content|wording)\b"),
]
# Values listed as the output: "name, address, callback number and whats broke".
VALUE_LIST = r"^(\w[\w' -]{0,25}, ){2,}(and )?\w|^\w[\w' -]{0,25}, \w[\w' -]{0,25},? and \w"


def _first_head(s: str) -> tuple[int, TaskKind | None]:
    heads = [(h.start(), kind) for kind, p in OUTPUT_HEADS if (h := re.search(p, s))]
    return min(heads, default=(len(s), None))


def _values(s: str) -> bool:
    """A list of named values ("name, dose and unit"), not of options ("a, b, or c")."""
    s = re.sub(r"\.(?=,)", "", s)  # an abbreviation in the list: "case no., court, date"
    return bool(re.match(VALUE_LIST, s)) and not re.search(r", (or|another|then) \w", s)


def _output_kind(t: str) -> TaskKind | None:
    """The task told by the output a founder asks for, in normalised text: labels or a
    choice out make classification, values extraction, a plan reasoning, prose writing, and
    a reply to a person's message a conversation."""
    for m in re.finditer(OUTPUT_SAID, t):
        out = next(v for v in m.groupdict().values() if v is not None)
        # "we need the answer back in under 100 milliseconds": a speed, not what comes out
        if re.fullmatch(r"(the |an? |our )?(answer|response|reply|result|output)s?", out.strip(
                )) and re.match(r"\s*(in|within) (under|less than|about|around|\d)", t[m.end():]):
            continue
        # "upload your examples and get a customized version back": the vendor's tuned
        # model, not the task's output
        if re.match(r"(a |an |the |your |our )?(custom\w*|tuned|fine-?tuned|private|trained|"
                    r"dedicated) (version|model|copy)\b", out.strip()):
            continue
        # "I need to come back with a fine-tuning plan": the founder's answer to a boss
        if re.match(r"(a |an |the |our |my )?(fine-?tuning|training|tuning|ai|llm|project|"
                    r"migration|rollout|budget|business) (plan|proposal|strategy|roadmap)\b",
                    out.strip()):
            continue
        if m.group("h") and m.group("h2"):
            out = f"{m.group('h')}: {m.group('h2')}"  # "one word back: booking, cancel or ..."
        out = re.sub(r"^(is |a |an |the |some |just |only )+", "", out.strip())
        # "one line: caller, topic and callback time" names values after its colon, as
        # "a list of medications with name, dose and unit" does after its "with"
        parts = re.split(r"(:| with )", out, maxsplit=1)
        if len(parts) == 3 and (len(parts[0]) <= 30 or re.match(
                r"(1|a|an) (line|row|record|entry) (for|in|of) ", parts[0])):
            head, tail = parts[0], parts[2].strip()
            kind = _first_head(head)[1]
            if kind is None and _values(tail):
                return TaskKind.EXTRACTION
            kind = kind or _first_head(tail)[1]
        else:
            kind = _first_head(out)[1]
            if _values(out):
                # values out, unless the first item is prose: "a summary, a title and tags"
                first = _first_head(out.split(",")[0])[1]
                return first if first in (TaskKind.GENERATION, TaskKind.QA_CHAT,
                                          TaskKind.REASONING) else TaskKind.EXTRACTION
        if kind is None and re.search(r"(\w[\w' -]{0,25}, ){2,}or \w", out):
            return TaskKind.CLASSIFICATION  # "from our list: guide, bus, hotel, or nothing"
        if kind is None:
            continue
        if kind == TaskKind.QA_CHAT and not re.search(
                r"\b(asks?|questions?|messages? (us|in)|texts? us|writes? (to )?us|sends? "
                r"(us )?(an? )?(sms|message|text|question)s?|(types?|sends?|describes?) (his|"
                r"her|their|a|the) (\S+ )?(problem|question|issue|symptoms?|query))\b", t):
            return TaskKind.GENERATION  # a reply to a letter, not to a person asking
        return kind
    return None


# A document of the founder's own pasted in quotes, and what marks one as a spec, not a sample.
SPEC_PASTED = (r"\b(pasting|pasted|paste|copying|copied|quoting|quoted|here'?s|here is|from)\b"
               r"[^.\"'“‘]{0,30}\b(spec|specs|specification|requirements?|ticket|rfp|brief|prd|"
               r"design doc|doc|document|proposal|user story|story|tender|charter)\b"
               r"[^\"'“‘]{0,15}$")
SPEC_BODY = (r"\b(shall|input:|output:|constraints?:|requirements?:|acceptance criteria)(?=\W)")


def unquoted(text: str) -> str:
    """`text` without its quoted samples of six words or more, `code` spans and {records}: a
    pasted message, sheet row or line of the founder's prompt describes their data, not their
    situation ("our prompt is: 'you are a friendly support agent'" is no chat task)."""
    def cut(m: re.Match) -> str:
        body = m.group("q")
        # (a spec or ticket of their own pasted in is their situation: 'Pasting from our spec:
        # "The platform shall host ... Patron data shall not leave city infrastructure."')
        if body is not None and re.search(SPEC_PASTED, m.string[max(0, m.start() - 60):
                                                                m.start()], re.I) and (
                re.search(SPEC_BODY, body, re.I)):
            return " " + body + " "
        if body is None or m.group(0).startswith("`") or len(body.split()) >= 6:
            # (a quote that ends its sentence still ends it: 'said, quote, "... on the
            # table." He wants me to put 10k dollars aside')
            ends = body and body.rstrip()[-1:] in ".!?" and re.match(r"\s+[A-Z]",
                                                                   m.string[m.end():])
            return " (sample). " if ends else " (sample) "
        return m.group(0)
    return re.sub(QUOTE, cut, text)


def _example_kind(raw: str) -> TaskKind | None:
    """The task told by a quoted sample and the output wanted for it, when a founder names no
    kind: labels out make classification, named values extraction, worked steps reasoning,
    an answer to a person's message a conversation, and other prose writing."""
    quotes = sorted(re.finditer(QUOTE, raw), key=lambda m: m.start())
    pairs: list[tuple[str, str, str]] = []
    labels = 0
    for a, b in pairwise(quotes):
        between = raw[a.end(): b.start()]
        if a.group("q") and len(between) <= 90 and re.search(PAIRED, between, re.I):
            pairs.append((raw[max(0, a.start() - 80): a.start()], a.group("q"),
                          b.group("q") or b.group("b")))
    for a in quotes:
        # "'food cold, waiter lovely' -> MIXED": a label after an arrow, unquoted
        if (lab := re.match(r"\s*(->|→|=>)" + LABEL_OUT + r"\s*([.,;]|$)", raw[a.end():])):
            labels += 1 if lab.group(2).isupper() or len(lab.group(2)) <= 12 else 0
    if labels >= 2 or (labels and not pairs):
        return TaskKind.CLASSIFICATION
    short = [out for _, _, out in pairs if len(out.split()) <= 4 and ":" not in out]
    if (len(pairs) >= 2 and len(short) == len(pairs)) or any(
            re.match(TAXONOMY_PATH, out) for _, _, out in pairs):
        return TaskKind.CLASSIFICATION  # "'lego technic porsche' -> 'Toys > Building Sets'"
    for lead, inp, out in pairs:
        if len(re.findall(KEY_VALUES, out, re.I)) >= 2:
            return TaskKind.EXTRACTION
        words = out.split()
        if out.count("=") >= 2 or re.search(r"\b(reasoning|therefore|step \d)\b", out, re.I):
            return TaskKind.REASONING  # worked steps out: "3x = 15. Divide by 3: x = 5."
        if len(words) <= 2 and (out.isupper() or "_" in out):
            return TaskKind.CLASSIFICATION
        if len(words) >= 4 and (inp.rstrip().endswith("?") or re.search(SENDER, lead, re.I)):
            return TaskKind.QA_CHAT
        if len(words) >= 4:
            return TaskKind.GENERATION
    return None


def task_kind(text: str) -> TaskKind | None:
    # Quoted samples say it first ("'where's order 5521??' -> TRACKING"), but reasoning shows
    # in prose out: "Output: 'Liability A 100 %. Reasoning: ...'".
    shown = _example_kind(text)
    if shown in (TaskKind.CLASSIFICATION, TaskKind.EXTRACTION):
        return shown
    plain = unquoted(text)
    said = _named_kind(plain)  # the founder's words first, then the quotes if they alone name it
    if said is None and plain != text:
        said = _named_kind(text)
    if shown is None:
        shown = _output_kind(normalise(plain))  # "a form comes in, we want back ..."
    if shown is not None:
        return TaskKind.REASONING if said == TaskKind.REASONING else shown
    return said


TRICKS_TRIED = (r"(\b(tried|tested|experimented with|prompt versions|few-?shot|(versions?|"
                r"variants?|v\d+) (with|using|that (used|added))|prompts?|prompting|added|adding|"
                r"examples)\b[^.;]{0,80}?)"
                r"\b(step[- ]by[- ]step (reasoning|thinking|prompting|prompts?)|chain[- ]of[- ]"
                r"thought( reasoning| prompting| prompts?)?|hav(e|ing) (it|the model) reason( "
                r"first| step[- ]by[- ]step)?|asking ((it|the model) )?to reason( "
                r"first| step[- ]by[- ]step)?|(a|an) (short |explicit |extra |separate )?reasoning "
                r"(step|pass)( before the answer)?)\b")

TRICK_SCORED = (r"\b(step[- ]by[- ]step (reasoning|thinking|prompting|prompts?)|chain[- ]of[- ]"
                r"thought( reasoning| prompting| prompts?)?)(?=,? (got |gave |scored |reached |"
                r"hit |was |at |gets |gives |scores )?(about |around |~)?\d+(\.\d+)? ?(%|"
                r"percent))")


def _named_kind(text: str) -> TaskKind | None:
    """The task as the words name it (TASK_PATTERNS, in order)."""
    # A parenthetical list ("fields (ATA chapter, part number, ...) out of") would push the
    # verb's object out of reach.
    # Unless the list is all there is: "many small jobs (invoice tagging, email triage)".
    # Rewrites of the prompt are not the task: "the prompt has been through five rewrites".
    full = re.sub(r"\bprompts? (\S+ ){0,6}?rewrites\b|\b(rounds|cycles|passes) of (rewrites|"
                  r"rewriting)\b|\brewr(ote|itten|ites|iting|ite) (\S+ ){0,2}"
                  r"prompts?\b|\brewr(ote|itten) (it|them) (\S+ ){0,3}times\b", " ",
                  normalise(text))
    # Nor the prompting tricks tried on it: "we tried many prompt versions, few-shot with 8
    # examples, step by step reasoning" (reasoning named as a method, not as the task).
    full = re.sub(TRICKS_TRIED, lambda m: m.group(1), full)
    # Where the founder types is no task: "I do everything myself in the chat window", "we've
    # only used the model in the chat window so far" (a chat window on the site still is one)
    full = re.sub(r"\b(i|we)('ve| have| had|'d)?\b([^.;]{0,50}?)\b(in|into) (the|a|its|"
                  r"chatgpt'?s|claude'?s|gemini'?s) (\S+ )?chat ?(window|interface|ui|box)\b"
                  r"(?! (on|of|in) (our|the|my) )", r"\1\3in the tool", full)
    # A question for us is no task: "I have a question about customising a model"
    full = re.sub(r"\b(i|we) (have|had|got|'ve got) (a|one|some|a quick|a few|two) "
                  r"questions? (about|on|for|regarding)\b", " ", full)
    # A security grading is no task: "everything is classified Protected B", "classified
    # documents"
    full = re.sub(r"\b(is|are|be|being|was|were|stays?|remains?|documents?|data|files?|"
                  r"information|material) (\S+ )?classified\b( as)?(?= (protected|secret|"
                  r"top secret|confidential|restricted|official|sensitive|internal|[a-z]+ level)\b"
                  r"|\s*[.,;])|\bclassified (documents?|data|files?|information|material|"
                  r"networks?|systems?)\b", " restricted ", full)
    # A vocabulary to write in is no grading task: "condition in our own A to D grading
    # language"
    full = re.sub(r"\b(grading|rating|scoring) (language|vocabulary|terms|phrases|words|"
                  r"wording|scale words)\b", " house terms", full)
    # A trick with its score is one too: "adding examples 62%, step-by-step reasoning 61%".
    full = re.sub(TRICK_SCORED, " ", full)
    # Nor reviewers judging the outputs: "appeals reviewers still flag tone and structure
    # problems in about 15% of letters"
    full = re.sub(r"\b(reviewers|editors|qa|auditors|checkers|graders|supervisors|teachers|"
                  r"moderators|coders|adjusters|underwriters|partners?) (still |often |then )?("
                  r"flag|flags|flagged|reject|rejects|rejected|catch|catches|caught|mark|marks) "
                  r"(\S+ ){0,6}?(problems|issues|errors|mistakes|letters|drafts|outputs|"
                  r"answers|replies)\b", " ", full)
    # Nor people grading the outputs: "our two editors score every rewrite from 1 to 5"
    full = re.sub(r"\b(editors|reviewers|judges|raters|linguists|graders|annotators|testers|"
                  r"players|users|customers|agents|staff) (score|scores|rate|rates|grade|grades|"
                  r"mark|marks|rated|scored|graded) (every|each|the|all|our) (\S+ ){0,2}?("
                  r"rewrites?|drafts?|outputs?|answers?|replies|summar(y|ies)|translations?|"
                  r"responses?|generations?|versions?|results?) (from|on a|out of|between) \d",
                  " ", full)
    for t in (re.sub(r"\s*\([^()]*\)", "", full), full):
        for kind, pattern in TASK_PATTERNS:
            if re.search(pattern, t):
                return kind
    if re.search(WEAK_CLASSIFICATION, full):
        return TaskKind.CLASSIFICATION
    # Written in someone's voice is writing: "want AI for tweets in our voice", "every clinic
    # lead insists on their own style"
    if re.search(r"\b(in|insists? on|keeps?|with|match\w*) (our|their|its|his|her|the "
                 r"(client|customer|brand)'?s?) (own |house |brand )?(voice|writing style|tone "
                 r"of voice|style)\b", full):
        return TaskKind.GENERATION
    return None


# --- who builds it -------------------------------------------------------------------

ML = (r"\bml\b|\bmles?\b|machine[- ]learning|data scien\w*|mlops|"
      # "We run 12 other internal tasks on soft prompts today"
      r"\b(run|runs|serve|serves) (\S+ ){0,4}(tasks|jobs|classifiers) on (our own )?(soft "
      r"prompts|lora adapters|adapters we trained)\b|"
      # "who've done full-parameter training before"
      r"\b(done|run|ran) (\S+ )?(full-parameter |full |large-scale )?(training|fine-?tuning|"
      r"pre-?training)( runs?)? before\b|"
      r"\b(ai|nlp) (engineers?|researchers?|"
      r"team|people|experience)|(have|has|'ve) (fine-?tuned|trained) |"
      r"research engineers?|(have|has|'ve) trained (\S+ ){0,2}models|"
      r"\btrains? (\S+ ){0,2}models (for|as|at|every|daily|professionally)|"
      r"\b(who|he|she|they) trains? (\S+ ){0,2}models\b|"
      r"\b(train|trains|fine-?tunes?) and (deploys?|serves?|ships?|hosts?) (our |its |their |"
      r"own )?models\b|"
      r"training models (for|as|at)|(done|run|ran) (a |some )?(lora|qlora|fine-?tun\w*|"
      r"training)|pytorch|(?<!openai )(?<!vendor )(?<!they )(?<!google )(?<!you )(?<!one )"
      r"\bcan train\b(?! on\b)"
      r"(?! a "
      r"custom)")
DEV = (# "knows how to use the OpenAI API", "I'm technical enough to wire it up"
       r"\bknows? how to (use|call|work with|hook up|connect) (the |an? )?(\S+ )?apis?\b|"
       r"\btechnical enough to (wire|hook|set|plug|build|code)\b|"
       r"\b(our )?it (team |department |people )?(uses|use|works with) (only )?(azure|openai|"
       r"the api|apis|gpt\S*|claude)\b|"
       r"\b(we |i )?(just |only )?call (1 |one |a |the |an )?(gpt\S*|openai|claude|gemini|llm|"
       r"ai) (model|api)\b|"
       # "We call GPT-4o through the API today"
       r"\b(we|i) (\S+ )?call (gpt\S*|openai|claude|gemini|mistral|an? llm|the model) (through|via|"
       r"over|with) (the|their|an|its) api\b|"
       r"\bdevs?\b|\bdevelopers?\b|\bengineers?\b|\bsoftware (team|people|folks|engineers?)|"
       # "me + 2 react/node guys", "he can connect some AI service by API"
       r"\b(react|node|vue|angular|php|rails|django|laravel|java|python|ios|android|web|"
       r"mobile)( ?/ ?\w+)? (guys|people|folks|team|devs?)\b|\b(he|she|they|someone|we) can "
       r"(connect|call|hook up|wire up|integrate|plug in) (\S+ ){0,4}(by|via|through|with) "
       r"(an? |the )?apis?\b|"
       # "my cofounder wired it up to GPT-4o", "our CTO hooked the bot into Claude's API"
       r"\b(wired|hooked|plugged|connected|integrated) (it|this|that|the \w+|our \w+)( up)? "
       r"(to|into|with) (gpt\S*|openai|claude|gemini|mistral|the (\S+ )?api|an? (\S+ )?api|"
       r"their api|\S+'s api)\b|"
       r"\bprogramm?ers?\b|(?<!non-)(?<!non )\bcoders?\b|\bbackend\b|back-end|full-?stack|"
       r"frontend|\bcto\b|"
       r"tech lead|technical co-?founder|\b\d+ (of us )?(is|are) technical|\bi code\b|"
       r"\bcan code\b|\b(we|i|they)( both| all)? code\b|\bapis?\b(?= (only|integration))|"
       r"call(ing)? apis|\bcall(s|ing)? (an? |the |some )?(\S+ )?apis?\b|\bagainst (the )?apis?\b|"
       # "my nephew can do a bit of API coding for us", "platform team does APIs"
       r"\bapi (coding|programming|development)\b|\b(platform|infra|it|integration|product) "
       r"(team|people|folks|group) (does|do|handles?|builds?|writes?) (the )?apis\b|"
       # "calling a hosted model's API", "a bit of Zapier and API wiring"
       r"\bcall(ing|s)? (an? |the )?(\S+ ){0,2}\S+'s api\b|\bapi (wiring|integrations?|work|"
       r"plumbing)\b|"
       r"\bconnect\w* (\S+ )?apis?\b|\b(we|they) (only |just |already |currently )?call (a|an|"
       r"the) (\S+ ){0,2}(model|llm) (through|"
       r"via|over) (its|an?|the) api\b|"
       r"\bwrites? (\S+ ){0,3}python\b|\bwrite (\S+ ){0,3}python\b|"
       # "we're a dev agency", "we use the Claude API", "I write the app in Ruby"
       r"\bwe('re| are) (an? )?(small |little )?(dev|development|software|web|app) (agency|shop|"
       r"studio|house|consultancy)\b|"
       r"\bwe (use|call|are using|are calling) the (\S+ )?api\b|"
       # "two of us are comfortable with the Claude API"
       r"\b(comfortable|confident|fluent|familiar|at home|handy) (with|using|calling) (the |an? |"
       r"their )?(\S+ ){0,2}apis?\b|"
       # "my nephew use the OpenAI API" (he calls it, whatever else he is not)
       r"\b(nephew|niece|son|daughter|cousin|brother|sister|friend|co-?founder|partner|husband|"
       r"wife|he|she) (already |also )?(use|uses|call|calls|is using|is calling) the (\S+ ){0,2}"
       r"api\b|"
       r"\b(write|writes|wrote|build|builds|built) (the |our |my )?(app|backend|site|bot|code|"
       r"tool|plugin) in (ruby|python|javascript|typescript|php|go|java|kotlin|swift|rust|c#|"
       r"elixir|node)\b|"
       r"\b(knows?|can do|does|codes? in|scripts? in|scripting in|program in|programs in) "
       r"(\S+ ){0,3}(python|javascript|typescript|php|ruby|powershell|bash|"
       r"sql)\b|\b(does|built|builds|maintains|looks after|runs|manages) (our|the) (?!(squarespace|"
       r"wix|webflow|shopify|wordpress|carrd) )(\S+ )?(website|site|web ?shop|app)\b|"
       r"\b(analysts?|devs?|developers?|engineers?|people|staff|folks|guys?|person|she|he)( who| "
       r"that)? (use|uses|call|calls|works? with|is good with|are good with) (rest |web |the )?"
       r"apis\b|\b(good|comfortable|handy|experienced) with (rest |web |the )?apis?\b|"
       r"\bapi[- ]only (team|devs?|developers?|engineers?|folks)\b|\b(contractor|freelancer|agency|"
       r"developer|dev|it person|it guy) (\S+ ){0,2}can (wire|hook|set|plug) (that|it|this) up\b|"
       # "hooks up APIs for us", "a contractor who wires up APIs"
       r"\b(hooks?|hooked|hooking|wires?|wired|wiring|plugs?|plugged|glues?|glued) (\S+ ){0,2}"
       r"up (to )?(an? |the |our |their )?(\S+ )?apis?\b|"
       # "handles integrations via APIs", "can work with an API"
       r"\bintegrat\w* (\S+ )?apis\b|"  # "our IT contractor integrates APIs"
       r"\b(integrat|connect)\w* (\S+ ){0,4}(via|through|with|using|over|to) (\S+ ){0,2}(apis?|"
       r"ai services)\b|"
       r"\bwork(s|ing)? with (an? |the |its |their )?apis?\b|"
       r"\bbuilds? (on|with|against) (\S+ )?apis\b|"
       r"\bglu(e|es|ed|ing) (\S+ )?apis? together\b|"
       r"\b(can|could|able to) use (the |an? |rest |web )?apis?\b|"
       r"\b(can|could) (hit|call|ping|query) (an? |the )?(\S+ )?apis?\b|"
       # (not "I'm the most technical person", which says there is none)
       r"(?<!most )\b(tech|technical|software|computer) (people|persons?|staff|team|guys?|folks|"
       r"experts?)\b")
# IT and tech staff, as people say it in other languages too ("informatic people"): builders
# unless the founder says their own unit has no engineers.
IT_STAFF = (r"\binformatic\w*|\b(it|tech|technical|software|computer) (people|persons?|staff|"
            r"team|department|guys?|folks|experts?)\b")
NO_TEAM = (r"non-?technical|non-?coders?\b|\bno cod(e|ing)\b|\bjust (me|us)\s*[.,;]|"
           # "The team is me and one designer."
           r"\bteam is (just |only )?(me|myself) and (a|one|1|my|an|two|2) (designer|marketer|"
           r"copywriter|writer|intern|assistant|salesperson|photographer|editor|accountant|"
           r"bookkeeper)s?\s*([.!,;]|$)|"
           # "We're not a tech company, it's me and two packers."
           r"\b(we'?re|we are) not (really )?(a|an) (tech|technology|software|it|digital) ("
           r"company|business|firm|shop|outfit|startup)\b|"
           r"\b(it'?s|we'?re|we are|the team is|team is) (just |only )?(me|myself) and (my )?("
           r"a|an|one|two|three|four|five|\d+) (\S+ )?(packers?|pickers?|drivers?|bakers?|"
           r"cooks?|cleaners?|baristas?|assistants?|volunteers?|part-?timers?|seasonal "
           r"workers|shop staff|staff|helpers?|technicians?|techs?|carpenters?|gardeners?|"
           r"fitters?|stylists?|nurses?|guides?|instructors?|teachers?|designers?|marketers?|"
           r"copywriters?|interns?|photographers?|editors?|accountants?|bookkeepers?|"
           r"salespeople|salesperson)\s*([.!,;]|$)|"
           # "We don't have anyone technical", "3 of us, none technical"
           r"\b(don'?t|do not|doesn'?t|does not) have (anyone|anybody|someone|a person|people) "
           r"(technical|tech(y|ie)|who (codes|can code|programs|is technical))\b|"
           r"\bnone (of (us|them) )?(is |are )?(technical|tech(y|ie)|coders?)\b|"
           # "I don't know programming, nothing."
           r"\b(don'?t|do not|can'?t|cannot) (know|do) (any )?(programming|coding|code|how to "
           r"code|how to program)\b|"
           # "I can paste things into ChatGPT, that's the extent of my tech"
           r"\bthat'?s (the extent|the limit|about the limit|as far as it goes) of (my|our) "
           r"(tech|technical|skills|know-how)\b|"
           r"not (very |at all )?tech(y|ie|nical)?\b|no-?code|\bno (coders?|programmers?)\b|"
           r"\bno (developers|devs)( at all)?\b|\bno s[ée] programar\b|"
           r"nobody (here )?(is|does|codes|can)\b|\bnobody (from|in) (the )?(it|tech)\b|"
           r"\b(nobody|none of us|no one) (here )?(is|are) (a )?techies\b|"
           # "no ML people. I'm an ops guy": the one speaking builds nothing
           r"\b(i'?m|i am) (just |only )?(an? )?(ops|operations|sales|marketing|finance|business|"
           r"hr|admin) (guy|person|girl|woman|man|type|lead|manager)\b|"
           r"\bnone of (them|those|these) (codes?|programs?|is technical|are technical|can code)\b|"
           r"\bnone of whom (codes?|programs?|is technical|"
           r"are technical)\b|(nobody|none of us)\b[^.,]{0,25}\b("
           r"technical|tech(y|ie)|codes?|programs|developers?|engineers?|programm?ers?|python|"
           r"coding|"
           r"programming|writes? code|writes? software)\b|can'?t code|"
           r"don'?t code|neither of us (codes?|can code|is technical|programs|can program|can "
           r"write code|knows how to code|knows how to program)|"
           r"\b(i|we) (don'?t|do not|can'?t|cannot) (program|write code)\b|"
           r"\bno (coding|programming|technical|tech|dev\w*|software) (skills?|experience|"
           r"background|knowledge)|"
           r"\bno tech\w*|no (it|engineering) (staff|team|people)|just (me|us)$|"
           r"\bnobody (here )?(knows|understands|gets) (computers|tech\w*|software|coding)\b|"
           # "neither of us has ever written a line of code", "nobody in the family is good with
           # computers", "I can use ChatGPT, that's about it for tech"
           r"\b(never|not|neither of us has) (ever )?(written|wrote) a (single )?line of code\b|"
           # "neither of us has ever trained a model or written code beyond a formula"
           r"\b(neither of us|nobody here|none of us) (has|have) (ever )?[^.,;]{0,40}\bor "
           r"(written|wrote) (any |much )?code\b|"
           r"\b(nobody|none of us)\b[^.,]{0,25}\bgood with (computers|tech\w*|code|software)\b|"
           r"\bthat'?s (about |pretty much )?it for (tech|technical|computers|coding|skills)\b|"
           # "nobody here knows anything about programming", "I know nothing of computers",
           # "we no sabi code at all" (Nigerian Pidgin)
           r"\b(nobody|none of us) (here |on the team )?knows (anything|much) (about|of) ("
           r"programming|coding|computers|code|tech\w*|software)\b|\b(i|we) know nothing (of|"
           r"about) (computers|programming|coding|code|tech\w*|software)\b|\b(i|we) no sabi "
           r"(code|coding|computer|tech)")


def team_skill(text: str) -> TeamSkill | None:
    # "devs yes, ML no", "ML: none": the answer after the noun negates it.
    t = re.sub(r"\b(ml|machine[- ]learning|data science)( people| engineers| folks| team)?\s*"
               r"[:,-]?\s*(no|none|nope|zero|nobody)\b", r"no \1", normalise(text))
    t = re.sub(r"\b(devs?|developers?|engineers?|coders?|programmers?)\s*[:-]?\s*(none|zero|"
               r"nope)\b", r"no \1", t)  # "devs: none"
    # "a freelancer built the app": not on the team
    t = re.sub(r"\b(a|an|the|our) (freelancer|contractor|agency|consultant|friend|nephew)\b[^.]"
               r"{0,30}\b(built|made|set up|wrote|coded|develop\w*|does|runs|maintains|"
               r"handles|looks after)\b", " ", t)
    # Nor a relative beside staff said to be non-technical: "Nobody on staff is technical; my
    # nephew does our website" (but "no ML folks, just my cousin who built our website" is
    # the one who builds, and "my nephew is a developer" is one)
    # ("no programmers here, my nephew does our website", "nobody technical at all unless you
    # count our designer who does the website")
    if re.search(r"\b(nobody|no one|none of us)\b[^.;]{0,30}\b(technical|techy|tech)\b|\bno ("
                 r"programmers|developers|devs|coders|tech people|techies)\b", t):
        t = re.sub(r"\b(my|our|his|her) (nephew|niece|son|daughter|cousin|brother|sister|friend|"
                   r"designer|web designer|intern)\b"
                   r"[^.]{0,30}\b(built|made|set up|wrote|coded|does|runs|maintains|looks after|"
                   r"handles)\b", " ", t)
    # Nor a relative on a course: "My nephew, who's doing a data science course, says we
    # should fine-tune" (he is not on the team)
    t = re.sub(r"\b(my|our|his|her) (nephew|niece|son|daughter|cousin|brother|sister|friend),? "
               r"(who'?s|who is|currently)? ?(doing|studying|taking|on) (a |"
               r"an )?(\S+ ){0,3}(course|"
               r"degree|class|bootcamp|masters?|phd)\b", " ", t)
    # A site kept on a no-code builder is no developer's work: "No developers. I'm the one
    # who does the website, on Squarespace."
    t = re.sub(r"\b(does|do|did|built|build|made|make|runs?|maintains?|manages?|looks after|"
               r"handles?|updates?) (\S+ ){0,2}(web ?site|site|shop|store|page)s?,? (\S+ )?(on|"
               r"with|in|using|through) (squarespace|wix|shopify|wordpress|webflow|weebly|godaddy|"
               r"jimdo|carrd|etsy|canva)\b", " uses a site builder", t)
    # What a tool does is not the team's skill: "no-code tools that call an AI API"
    t = re.sub(r"\b(tools?|apps?|platforms?|plugins?|services?|zaps?|automations?|builders?) "
               r"(that|which) (call|calls|use|uses|hit|hits|connect|connects) (to )?(\S+ ){0,3}"
               r"apis?\b", r"\1", t)
    # A machine is no developer: "8B is what's on our dev box"
    t = re.sub(r"\bdev (box|boxes|machines?|servers?|environments?|cluster|laptops?|instances?|"
               r"vms?|setup)\b", r"test \1", t)
    # "I'm not a programmer beyond gluing APIs together": that much they do
    t = re.sub(r"\bnot (a |an |much of a |really a )?(programmer|developer|coder|dev|engineer)s? "
               r"(beyond|except( for)?|other than|apart from|past) ", "a dev, ", t)
    # What a vendor can do is not the team's skill: "OpenAI can train models for us".
    t = re.sub(r"\b(openai|the vendor|vendors?|google|anthropic|azure|the provider|they)\s+(can|"
               r"could|will|would)\s+(train|fine-?tune)\b", "the vendor offers tuning", t)
    # A developer still to be paid for is not on the team: "the $15k has to cover a
    # freelance dev too", "we would hire a contractor".
    # So is one only considered: "thought about hiring a data scientist, decided no".
    t = re.sub(r"\b(hire|hiring|to hire|recruit\w*|cover|covers|covering|pay for|paying for|"
               r"paying|fund) (a|an|one|some|any) (freelance |contract |outside |external |"
               r"part-?time )?"
               r"(ml |machine[- ]learning |ai |nlp )?(devs?|developers?|engineers?|programmers?|"
               r"coders?|freelancers?|contractors?|data scientists?|"
               r"consultants?)( or (\w+ )?(devs?|"
               r"developers?|engineers?|programmers?|coders?|freelancers?|contractors?))?\b", "", t)
    # "we had a freelance dev but he left in june": not on the team any more
    # ("earlier i said we have a developer. correction: he left last month")
    t = re.sub(r"\b(had|used to have|have|has) (a|an|one|two|\d+) (\S+ )?(devs?|developers?|"
               r"engineers?|programmers?|coders?|freelancers?|contractors?)\b(?=([^.]|\.(?=\s*("
               r"correction:?|actually,?|but|sadly,?|well,?|update:?)?\s*(he|she|they)\b)){0,50}?"
               r"\b(left|quit|is gone|moved on)\b)", "", t)
    # "We have an ML guy. Well, had. He left in March."
    t = re.sub(r"\b(ml|machine learning|data science) (guy|person|engineer|people|expert|lead)\b"
               r"(?=[^.]{0,5}\.?\s*(well,? had\b|[^.]{0,40}\b(left|quit)\b))", "", t)
    # "one data scientist who's more analytics than ML": an analyst, who trains nothing
    t = re.sub(r"\bdata scien\w+,? (who'?s|who is|who are|that'?s|that is|but)? ?(more|mostly|"
               r"mainly|really|more of) (an? )?(analytics|analyst|bi|reporting|dashboards?|sql|"
               r"statistics|stats)\b( (person|type|guy|girl|folks?))?( than (ml|machine learning|"
               r"modell?ing))?", "analyst", t)
    ml_pos, _ = _mentioned(t, ML)
    if ml_pos:
        return TeamSkill.ML
    dev_pos, dev_neg = _mentioned(t, DEV)
    if dev_pos:
        return TeamSkill.API
    it_pos, it_neg = _mentioned(t, IT_STAFF)
    # "Nobody on staff does ML", and no developer named: nobody to build either.
    nobody_ml = bool(re.search(rf"\b(nobody|none of us)\b[^.,;]{{0,30}}({ML})", t))
    if dev_neg or it_neg or nobody_ml or re.search(NO_TEAM, t):
        return TeamSkill.NONE
    return TeamSkill.API if it_pos else None


PYTORCH = (r"pytorch|\btorch\b|\bjax\b|tensorflow|keras|hugging ?face (transformers|trainer)|"
           # (knowing PEFT, not wishing for it: "I'd like to do prompt tuning (PEFT style)")
           r"(?<!\()\bpeft\b(?! style)|"
           # "we pretrain small models in-house"
           r"\b(pretrain|train|fine-?tune)s? (\S+ ){0,2}models (in-house|ourselves|themselves)\b|"
           # "ML team of 8, training code is their day job"
           r"\btraining code is (their|our|his|her|my) (day job|bread and butter|job)\b|"
           r"\bwrites? (all )?(the |their own |our )?training (code|jobs|scripts|loops)|"
           # "writes and runs its own training code", "I write the fine-tuning loop myself"
           r"\b(write|writes|wrote|written|writing)( and runs?)? (\S+ ){0,2}(training|"
           r"fine-?tuning) (code|loops?|scripts?)\b|"
           # "ML engineers who have done full fine-tunes before", "who have pretrained and fully
           # fine-tuned models before"
           r"\b(done|run|shipped) (\S+ )?(full |lora )?fine-?tunes before\b|\b(pretrained|"
           r"fine-?tuned|trained) (\S+ ){0,2}models (before|themselves|ourselves|in-house)\b")


def knows_pytorch(t: str) -> bool | None:
    if re.search(r"\b(nobody|none of us)\b[^.]{0,20}\b(write|writes|do|does) (\S+ )?training "
                 r"(code|scripts?|loops?)|"
                 r"\bnever trained (a |any )?(models?|anything)\b|"
                 # "training code he cannot write himself"
                 r"\btraining (code|scripts?|loops?) (he|she|they|we|i|nobody|no one) (can'?t|"
                 r"cannot|can not|couldn'?t|is not able to|isn'?t able to) write\b|"
                 r"\b(nobody|none of us|no one)\b( here| on the team)? (has |"
                 r"have )?(ever )?trained (a |any )?models?\b", t):
        return False  # "Nobody here can write training code."
    pos, neg = _mentioned(t, PYTORCH)
    return True if pos else (False if neg else None)


# --- where it runs, and where the data may go ----------------------------------------

SELF = (# "GPU VMs in our Azure subscription" (Azure's own fine-tuning in a tenant is a vendor's)
        r"\b(gpu )?(vms?|virtual machines?|instances?) (in|inside|within|on) (our|my) (own )?("
        r"azure|aws|gcp|google cloud|cloud)( (tenant|tenancy|subscription|account|vpc))?\b|"
        r"self[- ]?host\w*|on[- ]?prem\w*|our own (\S+ ){0,2}(servers?|gpus?|hardware|infra\w*|"
        # "it has to run offline on the laptop"
        r"machines?|data ?cent\w*|vpc|cloud|box)|\b(run|runs|running) (fully |completely |entirely "
        r")?(offline|on-device|on device)\b|our own (\S+ ){0,2}(servers?|gpus?|hardware|infra\w*|"
        r"machines?|data ?cent\w*|vpc|cloud|box)|in our (own )?(vpc|data ?cent\w*)|"
        r"open[- ]?(source|weights?)|\bopen (\S+ ){0,2}models?\b|\blocal(ly)? (\S+ ){0,2}"
        r"(models?|llms?)|llama|(?<!api of )mistral(?!'?s? (api|platform|cloud))|\b(on|"
        r"stays? on) my (own )?("
        r"machine|laptop|computer|pc|desktop)\b|\b(run|runs|hosted|"
        r"host) in our own environment\b|qwen|gemma|vllm|ollama|host (\S+ ){0,3}ourselves|"
        # "We'd run whatever we end up with ourselves", "prompted a 3B model on it"
        r"\b(run|host|serve) (it|them|whatever|the model|the result|that) (\S+ ){0,5}?"
        r"ourselves\b|\b(prompted|running|ran|run|tried|tested) (a|an|the) \d+(\.\d+)?b "
        r"(\S+ )?model on (it|my|our|the|that|this)\b|"
        r"\bwe('d| would)? host\b|\bwe host|"
        r"runs? on our(?! (existing |current |enterprise )?(\S+ )?(\S+ )?("
        r"contract|subscription|licen[cs]e|account|plan|credits|agreement|deal|api))|"
        r"on our (own )?servers|"
        r"\b(serve|run|host|deploy)\w* (\S+ ){0,4}(ourselves|ourself|myself)\b|"
        r"\b(serve|run|host|deploy)\w* (\S+ )?our own (\S+ ){0,2}models?\b|"
        r"\b(in-?house|internal) (\S+ )?(models?|llms?|servers?)\b|"
        # "everything stays on our box", "a GPU server in our rack that we'd serve it from"
        r"\b(stays?|runs?|lives?) on (our|my) (own )?(box|machine|server|hardware)\b|"
        r"\bthat we'?d (serve|run|host) it (from|on)\b|"
        r"\bphi-?\d|\brunning on (the|my|our) (own )?(laptop|pc|desktop|workstation|mac)\b|"
        # "local 7b prompted, keeps breaking schema"
        r"\blocal (\d+(\.\d+)?b|llms?|models?|llama\w*|mistral\w*|qwen\w*)\b|"
        r"\b(run|runs|running) on (the |a |their |our )?(phone|device|mobile|edge)\b|"
        r"\bon-device\b|"
        r"\b(models?|llms?|\d+(\.\d+)?b) (\S+ ){0,2}locally\b|\b(in|on) our (own )?(\S+ ){0,2}"
        r"cluster\b")
VENDOR = (r"openai|chatgpt|\bgpt\b|gpt-?\d\w*|claude|anthropic|gemini|vertex|bedrock|azure|"
          # (not a supplier's papers: "vendor invoices", "vendor contracts")
          r"cohere|\bvendors?\b(?!'?s? (invoices?|contracts?|bills?|payments?|management|"
          r"onboarding|master|portal|records?|lists?|names?|statements?|quotes?|catalog(ue)?s?|"
          r"relationships?|risk|due diligence|spend|agreements?|purchase orders?|pos)\b)|"
          r"\b(a|the|any|our) providers?('s|')?(?!\w)|third[- ]party|(external|"
          r"outside) (providers?|apis?|services?)|"
          r"cloud ai|\bhosted (ai )?apis?\b|"
          # "whatever we use would have to be a hosted service, we can't run servers"
          r"\b(a|an|the) hosted (service|solution|product|platform|offering|tool)\b|"
          # "won't sign off on any cloud API", "no commercial API of any kind"
          r"\b(any|a|the|no|public|commercial) (public |commercial )?cloud (ai |llm )?(apis?|"
          r"services?|providers?)\b|\bcommercial (ai |llm )?(apis?|providers?|vendors?)\b|"
          r"\b(through|via|over|with) (a|the|some) cloud (ai )?apis?\b|"
          r"\b(api|apis|platform) of (mistral|openai|anthropic|google|cohere)\b|"
          r"\b(by|through|via) their api\b|\b(of|from|by) the (provider|vendor)\b|"
          r"\b(model|llm|ai) (by|via|through|over) (an? |the )?api\b|"
          r"(api|model|llm|ai) provider|hosted (\S+ )?(model|llm|api|fine-?tun\w*|tuning)|"
          # "upload the verses to one of the big companies"
          r"\bthe big (ai |tech |llm )?(companies|providers|players|labs|apis)\b|"
          # "my nephew can wire up an API", "Only Microsoft Copilot is approved by IT"
          # "has to be done in Copilot", "took 8 months to approve Microsoft Copilot"
          r"\b(in|inside|through|within|via|approv\w*|licen[cs]\w*|procured|bought) (microsoft "
          r"|m365 |ms )?copilot\b|\bmicrosoft (365 )?copilot\b|"
          # "I call the API through a little script our intern wrote"
          r"\b(call|calls|calling|called|hit|hits|hitting|query|queries|querying) the api\b|"
          r"\b(wire|hook|plug|connect)\w* (up |in |into )?(an?|the) api\b|\b(only )?microsoft "
          r"copilot is (the only )?approved\b|\bonly (microsoft )?copilot\b|"
          # "one of the hosted chat AI services"
          r"\bhosted (\S+ ){0,2}(ai|chat|llm|model|gpt) (services?|tools?|products?|apps?)\b|"
          r"\bfrontier (model|llm)s?\b|\bapi access to\b|\b(chat assistant|copilot|chatgpt|ai "
          r"assistant) licen[cs]es?\b|"
          r"google'?s? (ai|cloud|vertex|gemini|api|tuning|models?)|together ai|fireworks|"
          r"openrouter|mistral'?s? (api|platform)|"
          # "an approved enterprise API" (a vendor's, bought)
          r"\b(approved |licensed |our )?enterprise (ai |llm )?(api|licen[cs]e|deployment)\b|"
          # "a commercial API raises no confidentiality issue"
          r"\bcommercial (llm |ai |model )?(apis?|vendors?|providers?|llms?)\b|"
          # "api's fine"
          r"\bapi'?s (fine|ok|okay|good)\b|\b(an? |the )?api (is |would be )?(fine|ok|okay)\b|"
          # "our Microsoft tenant has an approved AI assistant we're allowed to use"
          r"\b(microsoft|m365|office 365|google workspace) tenant\b|\bapproved (ai )?assistant\b|"
          # "IT won't give us anything beyond Copilot"
          r"\b(beyond|except|other than|but) (microsoft |m365 |ms )?copilot\b|"
          # "just gonna call some api from the game server"
          r"\b(call|use|hit)\w* some (\S+ )?api\b|"
          # "300 euros a month for whatever API we use"
          r"\b(whatever|whichever) (ai |llm |model )?api (we|i) (use|pick|choose|go with|end up "
          r"with)\b|"
          # "we can pay around $50 per week for the API"
          r"\b(pay|paying|spend|spending)\b (\S+ ){0,6}?(for|on) (the|an?) api\b|"
          # "no gpu. api only"
          r"\b(an? )?api[- ]only\s*([.,;!]|$)|"
          # "I'd use a hosted tool"
          r"\b(use|using|pick|go with|buy) (a|an|some) hosted (ai )?(tool|service|product|app|"
          r"model|api|one|1)\b|"
          # "using a big api model", "we call an api llm"
          r"\b(use|using|uses|call|calling|calls|on|with|via) (a|an|some|the|our) (big |large |"
          r"frontier |paid |commercial |hosted )?(api (model|llm|ai)s?|(ai|llm|gpt) apis?)\b")
# Saying a vendor is acceptable: "fine to use OpenAI", "happy with Claude", "no objection".
PERMISSION = (r"\b(fine(?![- ]?tun)|ok|okay|allowed|approved|cleared|happy|comfortable|content|"
              r"glad|keen|acceptable|accepts?|accepted|permitted|okayed|agreed|green light|"
              r"signed off|sign off|"
              r"free to|good with|no objections?|no problems?|no issues?|nothing against|"
              r"(don'?t|do not|doesn'?t|does not) mind|go ahead|(?<=be )grand|(?<=is )grand)\b")
# Data that may not leave: "can't go to OpenAI", "must stay on our servers".
RESTRICTED = (r"\bair[- ]?gapped\b|"
              # "some clients won't allow their data in US clouds"
              r"\b(won'?t|will not|don'?t|do not|doesn'?t|does not|never) (allow|permit|let) "
              r"(their|our|the|any|its|client|customer|patient) (\S+ )?data (in|into|on|to|near|"
              r"outside) (\S+ ){0,2}(clouds?|servers|data ?cent\w+)\b|"
              # "data goes nowhere outside our infra", "communications stay within our own data
              # centre"
              r"\b(goes|go|going) nowhere (outside|beyond|off) (our|the)\b|\bstays? (within|"
              r"inside) (our|the) (own )?(\S+ )?(data ?cent\w+|servers?|network|premises|infra\w*|"
              r"walls|building|vpc|tenant|account)\b|"
              # "because client drawings are under NDA"
              r"\b(are|is) (all )?under (an? |strict )?(ndas?|confidentiality)\b|"
              # "our EU data commitments mean we run open models in our own cloud account",
              # "so our own cloud account only"
              r"\b(data|privacy|gdpr|compliance|legal|regulatory) (commitments?|obligations?|"
              r"requirements?|rules|promises) (mean|means|force|forces|require|requires) (that )?"
              r"(we|everything|all|it) (\S+ ){0,4}(our own|in[- ]house|on[- ]prem\w*|self[- ]"
              r"host\w*)\b|"
              r"\bour own (\S+ ){0,2}(account|tenant|vpc|servers?|hardware|cloud|infrastructure|"
              r"infra|data ?cent\w+) only\b|"
              # "on-prem because of bank secrecy rules"
              r"\bon[- ]?prem\w* (only )?(because of|due to|for|under) (\S+ ){0,3}(secrecy|privacy|"
              r"confidentiality|data protection|compliance|regulat\w*|law|laws|rules)\b|"
              # "our clients don't want documents leaving their side"
              r"\b(don'?t|do not|doesn'?t|does not|won'?t|will not) (want|allow|let) (\S+ ){0,3}?("
              r"documents?|data|files?|records?|texts?|anything|it|them|contracts?|emails?) "
              r"(leaving|leave|to leave|going out|go out)\b|"
              # "only allows the open model that our IT group hosts internally; nothing external"
              r"\bnothing external\b|\bonly allows? the (\S+ ){0,3}model (that )?(our )?(\S+ ){0,2}"
              r"hosts? (internally|in-house|on-?prem\w*)\b|"
              # "it is forbidden to send it to an external cloud"
              r"\b(forbidden|not allowed|prohibited|illegal) to (send|upload|share|transfer) (it|"
              r"them|the data|data|anything) to (an? |any |the )?(external|outside|public|third[- ]"
              r"party|foreign) (cloud|servers?|providers?|vendors?|services?)\b|"
              # "none of them allow their alerts outside our VPC"
              r"\b(none of (them|us|our \w+)|nobody|no one|never|don'?t|doesn'?t|do not|does "
              r"not|won'?t|will not) (allow|allows|let|lets|permit|permits) (\S+ ){0,3}(outside|"
              r"out of|off|beyond) (our|the|their) (own )?(vpc|network|servers?|cloud|premises|"
              r"data ?cent\w+|environment|infra\w*|country|walls)\b|"
              # "nothing goes outside our servers in France"
              r"\bnothing (goes|leaves|may go|can go|will go) (outside|out of|beyond) (our|the) "
              r"(own )?(servers?|network|premises|walls|building|country|datacent\w+|infra\w*)\b|"
              # "client contracts keep invoice data in-house", "customer data, plates included,
              # stays on our own systems"
              r"\b(contracts?|agreements?|ndas?|dpas?|laws?|regulations?|polic(y|ies)|"
              r"licen[cs]es?) (\S+ ){0,2}keeps? (\S+ ){0,2}data (in-house|on-?prem\w*|with us|"
              r"inside|internal|on our (own )?(servers|systems))\b|\bdata,? ([^,.]{1,30}, )?("
              r"stays?|remains?|must stay|has to stay|needs to stay) (on|in|within|inside) (our|"
              r"the company'?s) own (systems|servers|machines|hardware|infra\w*|network|premises|"
              r"computers)\b|"
              # "partner data-sharing agreements prohibit third-party processing"
              r"\b(prohibit|prohibits|forbid|forbids|bar|bars|ban|bans|rule out|rules out) (any )?"
              r"(third[- ]party|external|outside|vendor) (processing|hosting|access|apis?|"
              r"services?|vendors?|providers?)\b|"
              # "farmers dont want their data in cloud anyway", "sites contractually forbid
              # logs going to outside AI vendors"
              # "no cloud, client NDAs forbid it"
              r"\b(ndas?|contracts?|dpas?|agreements?) (\S+ )?(forbid|forbids|prohibit|prohibits|"
              r"ban|bans|rule out|rules out)\b|"
              # "we promised users no data sharing"
              r"\bpromised (our )?(users|customers|clients|members|patients|players|students) "
              r"(no data sharing|privacy|(that )?(their|the) data (stays|is never|won'?t|will "
              r"not|never))\b|"
              # "carriers do not accept their claims going to an American API"
              r"\b(don'?t|dont|do not|won'?t|will not|never|refuse to) (accept|allow|tolerate|"
              r"want) (their|our|the|its|any) (\S+ ){0,2}(going|being sent|sent|to go) to (an? |"
              r"any |the )?(openai|anthropic|google|microsoft|chatgpt|claude|gemini)\b|"
              r"\b(don'?t|dont|do not|won'?t|will not|never|refuse to) (accept|allow|tolerate|"
              r"want) (their|our|the|its|any) (\S+ ){0,2}(going|being sent|sent|to go) to (an? |"
              r"any |the )?(\S+ )?(apis?|vendors?|clouds?|providers?|servers?)\b|"
              r"\b(don'?t|dont|do not|won'?t|never) want (their|our|the|its|any) (\S+ )?data "
              r"(in|on|going to|sent to|to go to) (the |a |any )?(public )?clouds?\b|"
              r"\b(forbid|forbids|prohibit|prohibits|bar|bars|ban|bans)\b[^.]{0,40}\b(going|"
              r"being sent|sent|sending|uploaded|leaving) (to|outside)\b|"
              # "tickets stay in our own AWS account"
              # ("contracts require recordings and transcripts to stay inside their own AWS
              # account")
              r"\b(tickets|data|documents|records|texts|emails|messages|chats|it|[a-z]{3,}s) (must "
              r"|have to |has to |to )?(stay|stays|remain|remains) (in|on|inside|within) (our|"
              r"their|its) (own )?(aws|gcp|azure|cloud|vpc)( account| tenant| project| "
              r"subscription)?\b|"
              # "All of it must run on premises", "Security policy: everything runs on our own
              # GPU cluster"
              r"\b(must|has to|have to|needs? to|can only|may only) (run|stay|be hosted|live|"
              r"be processed) (on[- ]?prem\w*|in[- ]house|locally)\b|"
              r"\b(security|compliance|data|privacy|it) (policy|rules?|requirements?)\b[^.]{0,30}"
              r"\b(runs?|stays?|lives?|is hosted|hosted|kept) (on|in|inside|within) (our|its) "
              r"own\b|"
              # "inside our own cloud because customers demand it"
              r"\b(inside|in|within) our (own )?(cloud|vpc|network|data ?cent\w*|premises)\b"
              r"[^.]{0,20}\bbecause (of )?(clients|customers|regulators|the law|law|contracts?|"
              r"compliance|legal)\b|\b(everything|it|all of it|the model|all data) (must|has to|"
              r"needs to|should) (run|stay|live|be hosted) (on|in|inside) (our|its) own\b|"
              r"\b(has|have|must|needs?) to run locally\b|\b(won'?t|will not|don'?t|do not) accept "
              r"(their |our |the )?(\S+ ){0,2}leaving\b|\bkeep (all |the |our |any )?(customer |"
              r"client |patient )?"
              r"(data|documents?|files?|records?|information) (within|inside) (our|the) |"
              r"\bno (customer |client |patient |personal |user )?data (to|"
              r"with|for) (any )?(third[- ]part(y|ies)|vendors?|outside|external)|"
              r"\bnot (allowed|permitted) (to (leave|go) )?off\b|\bnothing (ever )?goes to (any )?"
              r"(outside|external|third[- ]party|cloud)\b|"
              r"\bnone of (the |that |this |our |their )?(data|documents?|files?|records?|texts?) "
              r"(may|can|must|will|should) (ever )?(leave|go)\b|"
              # "none of their material leaves our own cloud account"
              r"\bnone of (the |that |this |our |their )?(\S+ )?(data|documents?|files?|records?|"
              r"texts?|material|content|transcripts?|information) (ever )?(leaves|goes out)\b|"
              rf"({NOT}|must not|may not|not allowed to|never|(do|does|did|will|would) not|"
              r"nothing (can|may|"
              # (not money: "we can't go above")
              r"should|must))\s+(\S+\s+){0,4}?(go(?! (above|over|beyond|higher|past|further|up|"
              r"lower|below|more|any (higher|further))\b)|leave|be sent|send|be shared|share|"
              r"be processed|be uploaded|upload|be stored|move (out|off|outside|abroad|elsewhere|"
              r"anywhere|to|into)|leaves|goes (out|off|outside|"
              r"to))\b|"
              r"\b(want|wants|require|requires|insist on|need|needs) (the |their |all )?data (in|"
              r"inside|on|within) (our|their) (own )?(cloud|servers?|premises|data ?cent\w*|"
              r"country|region)\b|"
              # (not "costs must stay under 1 cent", "the tone has to stay consistent")
              r"(must|has to|have to|needs? to|should) (stay|remain|be kept)\b(?! (under|below|"
              r"above|over|low|cheap|affordable|small|short|fast|quick|simple|flat|stable|"
              r"constant|fixed|frozen|consistent|the same|same|identical|predictable|readable|"
              r"accurate|polite|friendly|formal|neutral|professional|concise|on[- ]brand|"
              r"in sync|in (the )?budget|within (the )?budget|within \$|at|around|about|near|"
              r"close|reasonable|manageable|human|humane|warm|calm|clear|up|open|online)\b|"
              # ("it all has to stay on the one gpt model we call": one model, not privacy)
              r" on (the |a |one |that |this |our )?(one |same |single )?(\S+ )?(model|gpt\S*|llm|"
              r"api|base|vendor|plan|tier)\b)|"
              r"\b(data|records?|files?|docs|documents?|everything|it|texts?|notes|material|"
              r"content|transcripts?|emails|messages|information) (\S+ ){0,3}(stays?|"
              r"remains?|to stay|to remain) "
              r"(in|on|inside|within) (our|the|premises|prem)\b(?! (one |same |single )?(\S+ )?("
              r"model|gpt\S*|llm|api|base|vendor|plan|tier)\b)|"
              r"\b(forbid\w*|prohibit\w*|bans?|banned) (\S+ ){0,2}(sending|sharing|uploading)|"
              r"\b(forbid\w*|prohibit\w*) (\S+ ){0,3}(leaving|to leave|from leaving)\b|"
              # "our clients forbid that their texts leave our servers", "customer mail stays in
              # our infra"
              r"\bforbids? (that )?(their |our |the |any )?(\S+ )?(texts?|data|documents?|files?|"
              r"records?|emails?|mail|content) (leave|leaves|go|goes|be sent|are sent|is sent)\b|"
              r"\b(customer|client|user|patient|member) (mail|emails?|messages?|documents?|files?|"
              r"texts?) (\S+ )?(stays?|remains?) (in|on|inside|within) (our|the) (own )?(infra\w*|"
              r"servers?|cloud|network|systems?|data ?cent(er|re)s?|premises)\b|"
              r"\brefuse (that )?(their |our |the )?(\S+ )?(documents?|data|files?|records?) (go|"
              r"goes|be sent|leave)\b|"
              r"\bno (\S+ )?(data|documents?|records?|files?|letters?) (may|can|must|will|should) "
              r"(ever )?leave\b|"
              r"\b(no|not a single|not one) (\S+ )?(records?|files?|data|documents?|bytes?|"
              r"emails?|messages?|information|info|transcripts?|scans?|images?|notes?|"
              r"reports?|entries) (ever )?(leaves|goes out|is sent|gets sent|is shared|"
              r"is uploaded|goes to)\b|\bnothing (ever )?(leaves|goes out|is sent|gets sent)\b|"
              # "by policy nothing goes to a commercial API", "client data stays in Turkey"
              # ("nothing goes to hosted APIs, by contract")
              r"\bnothing (ever )?goes to (a |an |any |the )?(commercial|outside|external|third[- ]"
              r"party|cloud|public|foreign|hosted) (\S+ )?(apis?|providers?|vendors?|services?|"
              r"clouds?)\b|"
              # "citizen data stays on municipal servers"
              r"\b(client|customer|patient|user|personal|citizen|member|player|our) (data|"
              r"chat logs|logs|records) (\S+ ){0,2}(stays?|remains?|to stay|to remain|must stay) "
              r"on (our |the |its |their )?(own |\w+ )?(servers?|premises|infrastructure|"
              r"hardware|machines|network)\b|"
              r"\b(client|customer|patient|user|personal|citizen|member|player|our) (data|"
              r"chat logs|logs|records) (\S+ ){0,2}("
              r"stays?|remains?|to stay|to remain) in (the )?(?!sync|memory|cache|format|order|"
              r"shape|place|touch|use)[a-z]+\b|"
              r"\b(data|records?|everything|it|chats?|messages?) (\S+ ){0,2}stays? with us\b|"
              r"\b(data|records?|files?|everything|it|documents?|material|texts?|content|"
              r"transcripts?|notes) (\S+ ){0,2}(stays?|remains?) (here|there|in-?house|on[- ]?site|"
              r"on-?prem\w*|"
              r"on my|in my|with me)\b|\b(require|requires|required|insist|insists) (that )?"
              r"(the |all |our |their )?(data|documents?|files?|records?|everything) (stays?|"
              r"remains?|be kept|is kept) (in|inside|within)\b|"
              # "so they stay on our machines, full stop"
              r"\b(stays?|remains?|kept|keep (it|them)) (on|in|inside|within) (my|our) (own )?("
              r"machines?|servers?|laptops?|computers?|premises|network|hardware|"
              r"infrastructure|building|office|cloud|vpc)\b")
PRIVATE = (# "defence customers mean no external APIs, full stop"
           r"\bno (external|third[- ]party|outside) (apis?|vendors?|providers?|services)\b|"
           # "customer menus stay with us per our contracts"
           r"\b(data|records|files|documents|menus|notes|texts|it|everything|[a-z]{3,}s) (must |"
           r"have to |has to |need to |needs to )?(stay|stays|remain|remains) with us\b|"
           # "For data-protection reasons everything runs on our own GPU cluster"
           r"\bdata[- ]protection reasons\b|"
           # "because the documents are sealed" (by a court)
           r"\b(documents?|records?|files?|filings?|cases?|transcripts?) (are|is|were|was|"
           r"being|often) (\S+ )?(sealed|under seal)\b|\bsealed (documents|records|files|"
           r"filings|cases)\b|"
           r"privacy|private(?! (version|model|copy|instance|fine-?tun\w*|endpoint|beta|"
           r"equity|school|label))|confidential\w*|privileged|\bgdpr\b|hipaa|sensitive|"
           r"\bphi\b(?![- ]?\d)(?!-(mini|small|medium))|"  # (not Microsoft's Phi-3 models)
           r"\bpii\b|"
           # "the owners are firm that our data isn't going to any cloud", "we promised those
           # stay with us"
           # "Candidate data and client frameworks stay in-house"
           r"\b(data|frameworks?|documents?|files?|records?)\b[^.]{0,30}\b(stays?|remain|remains|"
           r"kept) in-?house\b|"
           # "the client's contract says the scans stay with us"
           # "nothing we produce can leave the building"
           r"\bnothing (\S+ ){0,3}(can|may|must|should|is allowed to) (ever )?leave (the|our) "
           r"(building|premises|site|network|country|office|servers?)\b|"
           r"\b(data|scans|files|documents|records|images|recordings|notes|texts|photos|audio)"
           r" (must |have to |has to |need to |should )?(stay|stays|remain|remains) with us\b|"
           r"\b(data|it|anything)\b (isn'?t|is not|won'?t be|will not be|is never|never) going "
           r"(to|into) (any |the )?(cloud|vendors?|outside)\b|\bpromised (\S+ ){0,3}(stay|stays|"
           r"remain|remains) with us\b|"
           r"protected health|personal data|patient (data|notes|records)|medical records|"
           r"\bpatient-(linked|identifiable|identifying|level)\b|"
           r"trade secrets?|"
           # "self-hosted only, data is proprietary"
           r"\b(data|documents|records|texts|files|content|corpus) (is|are) (strictly |highly |"
           r"all )?proprietary\b|"
           # Data-protection laws by name, and residency: "because of LGPD", "POPIA"
           r"\b(lgpd|pipeda|popia|pdpa|appi|ccpa|dpdp|ferpa|coppa|glba|pci[- ]dss)\b|"
           # "customer data stays in-country on our hardware"
           r"\b(data|records|documents|files) (stays?|remains?|must stay|has to stay|have to "
           r"stay|is kept|are kept) (in [a-z]+ )?(in-country|in country|in the country|"
           r"on-?prem\w*|on our "
           r"(own )?(hardware|servers?|premises|machines|infrastructure|network))\b|"
           r"data residency|\bdata protection (law|"
           r"act|rules|regulations?)\b|\bon-?prem(ise)?s? only\b|\bnothing (is |may be )?"
           r"(allowed|permitted) to leave\b|\bnothing (may|can|must|should) (ever )?touch "
           r"(an? |any )?(third[- ]party|outside|external|public|vendor'?s?) (clouds?|servers?|"
           r"apis?|vendors?)\b|\b(none of (it|this|the data|our data)|no data) "
           r"(may|can|must|is allowed to|should) (ever )?leave\b")
PERMITTED = (r"\bforget (what i said|that) about (keeping|it staying|the data staying) (it |the "
             r"data |everything )?(in-?house|on-?prem\w*|private|local|with us)\b|"
             # "we already send guest data to OpenAI under their business agreement"
             r"\b(we|they) already (send|sent|share|upload)\w* (\S+ ){0,3}(data|records|emails|"
             r"texts|documents|files) to (openai|anthropic|google|microsoft|azure|the vendor|a "
             r"vendor|chatgpt|claude|gemini)\b|"
             r"(fine|ok|okay|allowed|cleared|approved|happy|no problem|acceptable)\b[^.]{0,30}"
             r"\b(send|sending|share|sharing|upload\w*)\b|\b(send|sending|share|sharing|"
             r"upload\w*)\b[^.]{0,40}\b(is|are) (fine|ok|okay|allowed|cleared|approved|"
             r"acceptable|no problem)|don'?t care about (the )?data|public (posts|data|content|"
             r"information|info)|\b(can|may) (go|be sent|be shared|leave)\b|"
             r"\b(data|texts?|contents?|documents|emails|files) (isn'?t|is not|aren'?t|are not) "
             r"(secret|sensitive|private|confidential)|data (is|are) (all )?public|"
             # "No issue sending the notes to a vendor"
             r"\bno (issue|issues|problem|problems|concern|concerns|worries) (with )?(send|"
             r"sending|share|sharing|upload\w*)\b")


# Running it on hardware just named: "we have our own server ... we will run everything there".
RUN_ON_IT = (r"\b(run|host|serve|deploy)\w* (\S+ ){0,4}?(there|on it|on that|on them|from (it|"
             r"that|this))\b")
OWN_MACHINE = r"\b(own|our|my) (\S+ ){0,2}(servers?|machines?|box|rig|pc|workstation)\b"


def hosting(text: str) -> Hosting | None:
    # An option weighed and dropped is no hosting: "so we could host a model ourselves, but
    # the quote was absurd, so we stay with the vendor".
    t = re.sub(r"\bso (that )?we (could|would|might) (host|run|serve)\b[^.]{0,40}\bbut\b", "but",
               normalise(text))
    # "I did look at a vendor fine-tune, but ... so I parked it"
    t = re.sub(r"\b((did )?look(ed)? (at|into)|considered|thought about|"
               r"tried to get)\b[^.]{0,80}\b("
               r"parked|dropped|shelved|decided against|ruled out|abandoned|gave up on) (it|that|"
               r"the idea)\b", "", t)
    # A plan for later is not where it runs now: "Plan for next year is to fine-tune Llama 3 8B
    # on our own data", "we plan to fine-tune an open model next year anyway"
    t = re.sub(r"[^.;!?]*\b(plan|plans|planning|roadmap)\b[^.;!?]*\b(next year|next yr|later this "
               r"year|eventually|some ?day|in the future|long[- ]term)\b[^.;!?]*", " ", t)
    # Self-hosting ruled out is none: "a freeze on new infrastructure, so self-hosting anything
    # is out"
    t = re.sub(r"\bself[- ]?host\w* (anything |it |a model |models )?(is|are) (out|off the table|"
               r"not an option|ruled out)\b", " ", t)
    # A vendor ruled out is no vendor used: "so vendor fine-tuning is off the table"
    t = re.sub(rf"({VENDOR})('s)?{RULED_OUT}", " ", t)
    t = re.sub(UNTRIED_VENDOR, " ", t)
    # Only one tool allowed is that tool: "IT won't give us anything beyond Copilot"
    t = re.sub(r"\b(won'?t|will not|doesn'?t|does not|don'?t|do not) (give|let|allow) (us|me|"
               r"them)( use)? (anything|any tool|any ai) (beyond|but|except|other than) ",
               "we use only ", t)
    # An open model's maker called through its own API is a vendor: "he can use the API of
    # OpenAI or Mistral", "we call Mistral's API"
    t = re.sub(r"\b(the )?apis? of (openai|anthropic|google|mistral|cohere)( or (openai|anthropic|"
               r"google|mistral|cohere))?\b|\bmistral('s)? (api|"
               r"la plateforme)\b", " the openai api ",
               t)
    # "we use the API to write feedback on essays": a model called as a service
    t = re.sub(r"\b(we|i) (use|call|are using|'re using|am using) the api (to|for) ",
               r"\1 \2 the openai api \3 ", t)
    self_pos, _ = _mentioned(t, SELF)
    if not self_pos and (re.search(GPU, t) or re.search(OWN_MACHINE, t)):
        self_pos = _mentioned(t, RUN_ON_IT)[0]
    vendor_pos, vendor_neg = _mentioned(t, VENDOR, permits=True)
    if vendor_pos and re.search(r"\b(happy|prefer|want|like|glad|rather) to (stay|keep|remain)"
                                r"( there| with (them|it|the api|that api))\b", t) and not (
            re.search(r"\bwe (already |now |currently )?(self-?host|host|run|serve)\b", t)):
        return Hosting.VENDOR_API  # "we already call Claude ... and would be happy to stay there"
    if self_pos:
        return Hosting.SELF_HOSTED
    if re.search(RESTRICTED, t) and re.search(GPU, t) and not _vendor_permitted(t) and (
            vendor_pos or not vendor_neg):
        # "the data may not leave our cloud; we have a GPU server" ("we do not want to send
        # customer SMS to an outside company ... a server with two A100 cards in our office")
        return Hosting.SELF_HOSTED
    if vendor_pos:
        return Hosting.VENDOR_API
    if vendor_neg:  # "can't go to OpenAI": whatever runs, runs at home
        return Hosting.SELF_HOSTED
    if re.search(r"\b(can'?t|cannot|may not|must not|mustn'?t|won'?t|never|not allowed to|"
                 r"(won'?t|doesn'?t|don'?t|will not|does not|do not) (let|allow) (anything|any "
                 r"data|data|it|them)( to)?) "
                 r"leave (our|the) (own )?(servers?|network|data ?cent(er|re)s?|infrastructure|"
                 r"premises|racks?|machines|hardware)\b", t):
        return Hosting.SELF_HOSTED  # "player chat can't leave our own servers"
    return None


# A vendor not tried yet is neither used nor refused: "I've never even tried just asking ChatGPT
# to draft the answers"
# ("nobody here has even tried just giving Claude a few of our old entries")
UNTRIED_VENDOR = (rf"\b(never|haven'?t|have not|not yet|didn'?t|did not|(nobody|no one|none of "
                  rf"us)( here| on the team| in the team)? (has|have)) (even |yet |really |"
                  rf"actually |ever )?(tried|tested|played with|touched)\b[^.;,]{{0,25}}?"
                  rf"({VENDOR})")


def privacy(t: str, expecting: bool) -> bool | None:
    if expecting and (answer := _yes_no(t)) is not None:
        return answer
    if any(not negated(t, m.start()) for m in re.finditer(PERMITTED, t)):
        return False  # ("not allowed to send" is no permission)
    if re.search(r"\b(privacy|confidentiality|data protection)( is|'s|:)? (isn'?t |is not |not |"
                 r"no |never )(really )?(a (big )?(concern|issue|problem|worry)|an issue|critical|"
                 r"important)\b|\bno privacy (concerns?|issues?|worries|problems?)\b|"
                 r"\bwhere the data goes (isn'?t|is not) (a |an )?(concern|issue|problem)\b|"
                 # "data leaving isnt an issue for us btw"
                 r"\bdata (leaving|going out|going outside) (isn'?t|isnt|is not|is no) (a |an )?"
                 r"(big )?(issue|problem|concern|worry)\b|"
                 r"\b(listings|posts|data|content|documents|texts|reviews|pages|records) (are|is) "
                 r"(all )?public\b|"
                 # "Customer data going to the cloud provider is no problem"
                 r"\b(data|it|that|this|texts?|emails?|messages?) (\S+ ){0,3}(going|being sent|"
                 r"to go) to (the |a |an |any )?(\S+ )?(cloud|vendors?|providers?|openai|apis?|"
                 r"third[- ]part\w+)( \S+)? (is|are) (no problem|fine|ok|okay|allowed|not a "
                 r"problem|acceptable)\b", t):
        return False  # "privacy is not critical for us"
    if re.search(RESTRICTED, t):
        return True
    _, vendor_neg = _mentioned(re.sub(UNTRIED_VENDOR, " ", t), VENDOR, permits=True)
    if vendor_neg and re.search(r"\b(go|sent|send|share|process\w*|upload\w*|data)\b", t):
        return True
    if _vendor_permitted(t):
        return False  # "Fine to use OpenAI": the data may go to a vendor
    pos, neg = _mentioned(t, PRIVATE)
    if pos:
        return True
    return False if neg else None


def _vendor_permitted(t: str) -> bool:
    """A vendor named in a clause that says it is acceptable, with nothing negating that."""
    for s in _sentences(t):
        for m in re.finditer(VENDOR, s):
            if negated(s, m.start(), permits=True):
                continue
            start = max((b.end() for b in NEG_BOUNDARY.finditer(s, 0, m.start())), default=0)
            ends = [b.start() for b in NEG_BOUNDARY.finditer(s, m.end())]
            clause = s[start: ends[0] if ends else len(s)]
            p = re.search(PERMISSION, clause)
            if p and not negated(clause, p.start(), permits=True):
                return True
    return False


FINE_TUNE = (r"fine[- ]?tun\w*|finetun\w*|\b(vendor|openai|hosted|api) ft\b|\bcustom version\b|"
             r"\btrain a custom\b|"
             # "a customized version back", "a paid customization on our own examples", "they
             # train a private version", "the vendor's custom-training offering"
             r"\bcustomi[sz]ed (version|model|copy)\b|\b(paid )?customi[sz]ation (on|with|from) "
             r"(our|my|your|the) (own )?(examples|data)\b|\btrain (a |an )?(private|custom\w*|"
             r"dedicated) (version|model|copy)\b|\bcustom[- ]training\b|"
             # "the vendor's own training service is fine by us"
             r"\b(vendor'?s?|provider'?s?|their|its|openai'?s?) (own )?training (service|api|"
             r"offering|product|feature|endpoint)\b|"
             r"tuning (job|api|endpoint|service|product|feature|"
             r"offering)|supervised tuning|custom models?|\btuned models?\b|"
             # "upload the verses to one of the big companies if they'll teach their model
             # with them"
             r"\b(teach|teaches|teaching|train|trains|training) (their|its|the|a|your) (own )?"
             r"(model|ai|llm|system) (with|on) (them|those|these|it|our|my)\b|"
             # "fine with OpenAI training on our data": the vendor trains on the founder's data
             # ("fine with Google tuning the model on our chats")
             r"\b(train|trains|training|tune|tunes|tuning) (a model |models |the model |it |"
             r"them )?(on|with) (our|my|the|their) (own )?"
             r"(data|examples|texts|documents|descriptions|replies|tickets|records|dataset|"
             r"pairs|chats|emails|calls|messages|conversations|transcripts)\b|"
             # "sending the data to OpenAI for training"
             r"\b(to|with) (openai|anthropic|google|mistral|cohere|the vendor|them) for (training|"
             r"tuning)\b")
# ("fine" in "fine-tuning" is no permission.)
PERMIT = (r"\b(can(?!'?t\b|not\b)|could|may(?! not\b)|able|fine(?![- ]?tun)|ok|okay|"
          r"acceptable|approved|"
          r"cleared|happy|allowed|"
          r"comfortable|willing|open to|use|using|content|glad|keen|permitted|okayed|agreed|"
          r"accepts?|accepted|"
          r"green light|signed off|sign off|free to|good with|no objections?|no problems?|"
          r"(don'?t|do not) mind|go ahead|(?<=be )grand|(?<=is )grand|covered|allows?|permits?)\b")


# Said after a thing, these rule it out: "vendor fine-tuning is off the table".
RULED_OUT = (r"(\s+(\S+\s+){0,3}?(is|are|'s|would be|remains?) (also |simply |completely |"
             r"totally )?(off the table|out of (the )?question|not an option|ruled out|a no-?go|"
             r"out(?=\s*[.,;!]|$)|"
             r"a (total |complete |absolute )?non-?starter|"
             r"forbidden|not allowed|banned|excluded|a (hard |firm |clear )?no\b(?!"
             r"[- ]?(brainer|code)))|\s+(\S+\s+){0,2}?(service|"
             r"apis?|options?|offering|route|vendors?) (is|are) out\b(?! of\b)|"
             # "so OpenAI fine-tuning is out"
             r"(?<=tuning) (is|are) (also )?out\b(?! of\b))")


# Vendor tuning refused, each way it is said (any one is a no).
TUNING_REFUSED = (
    # "Client NDAs say documents can't be used by any model provider for training"
    r"\b(can'?t|cannot|may not|must not|mustn'?t|won'?t) be used (by|with) (any|an?) (model|ai|"
    r"llm)? ?(provider|vendor|company)s? for (training|fine-?tuning)\b",
    # "Client details cannot go to any outside AI company"
    r"\b(cannot|can'?t|must not|may not|mustn'?t|won'?t|never) (go|be sent|be shared|be "
    r"uploaded|leave) to (any|an?) (outside|external|third[- ]party|cloud|commercial) (ai |llm )?"
    r"(company|companies|vendors?|providers?|services?|firms?)\b",
    # "absolutely no fine-tuning through OpenAI or anyone else"
    r"\bno (fine-?tuning|tuning|training) (through|with|via|by|at|on) (openai|anthropic|google|"
    r"azure|gemini|vertex|the vendor|a vendor|any vendor|vendors|anyone|them|any(one|body) "
    r"else)\b",
    # "our contracts say no third-party processors"
    r"\bno (outside |external )?third[- ]party (data )?(processors?|processing|services?|vendors?|"
    r"providers?|apis?|ai)\b",
    # "they don't want it sent to American companies"
    r"\b(don'?t|do not|doesn'?t|does not|won'?t) want (it|the data|their data|our data|them|"
    r"data) (to be )?(sent|going|to go|uploaded|shared|given) to (american|us|u\.s\.|foreign|"
    r"outside|external|third[- ]party|big tech|other|any) (companies|firms|vendors|providers|"
    r"clouds?|services|tech)\b",
    # "our data isn't going to any cloud", "we promised those stay with us, so no OpenAI or
    # similar"
    r"\b(data|it|anything)\b (isn'?t|is not|won'?t be|will not be|is never|never) going (to|"
    r"into) (any |the )?(cloud|vendors?|third[- ]part(y|ies)|outside)\b|\bno (openai|vendors?|"
    r"cloud ai|third[- ]party)( or (similar|anything like it|the like|others))\b|"
    # "our insurers won't let those go to outside AI services"
    r"\b(won'?t|will not|doesn'?t|does not|don'?t|do not|never) (let|allow|permit) (\S+ ){0,3}("
    r"data|it|them|anything|those|these) (go|be sent|leave) to (any )?(outside|external|"
    r"third[- ]party|public|cloud) (ai |llm )?(services?|vendors?|providers?|apis?|companies)\b|"
    # "the regulator won't let invoice data leave our AWS account"
    r"\b(won'?t|will not|doesn'?t|does not|don'?t|do not|never) (let|allow|permit) (\S+ ){0,3}("
    r"data|it|them|anything) (leave|go outside|go out of|outside) (our|the) (own )?(aws |azure |"
    r"gcp |google |cloud )?(account|tenant|vpc|network|servers?|infra\w*|data ?cent\w+)\b|"
    # "their contracts forbid any third-party model vendor", "pricing data may not go to
    # third parties under our contracts"
    r"\b(may not|must not|mustn'?t|cannot|can'?t|can not|won'?t|will not|should not|"
    r"shouldn'?t|never) (\S+ )?(go|be sent|be shared|be given|leave|be passed|be disclosed) "
    r"(\S+ )?to (any )?(third[- ]part(y|ies)|outside (companies|vendors|parties|firms)|"
    r"external (parties|vendors|companies|firms))\b|"
    r"\b(forbid\w*|prohibit\w*|bans?|banned|rule out|rules out) (any |all )?"
    r"(third[- ]party |outside |external )?(model |ai )?(vendors?|providers?)\b|"
    r"\bno (cloud|external|third[- ]party|outside|hosted|vendor) (ai |llm |model )?"
    r"(apis?|services?|vendors?|providers?) (is|are) (possible|allowed|permitted|an "
    r"option)\b|\b(also|and|or) not (even )?for (training|fine-?tuning)\b",
    # "nothing goes into a vendor's training"
    r"\b(nothing|no (\S+ )?data|none of (it|this|our data))\b[^.]{0,30}\b(vendors?|"
    r"third[- ]party|providers?|openai|anthropic|google)('s?)? (model )?training\b",
    # "a vendor is out": its tuning service too
    r"\b(a |any |the )?(vendors?|third[- ]party|hosted (api|model)s?) (is|are) (out|"
    r"not "
    r"an option|off the table|excluded|ruled out)\b",
    # "uploading it to an American provider to train something there is out of the question"
    r"\b(upload\w*|send\w*) (it|them|this|the data|our data|\S+) to (an? |any |"
    r"the )?(\S+ )?(provider|vendor|cloud|service|company)s? to (train|fine-?tune)\b"
    r"[^.]{0,40}"
    r"\b(out of the question|not an option|impossible|not allowed|forbidden|a no-?go|"
    r"off the table)",
    # "That rules out public APIs and any vendor fine-tuning service."
    r"\brul(e|es|ed|ing) out\b[^.]{0,40}\b(vendors?|providers?|openai|their)('s)? "
    r"(fine[- ]?tun\w*|training)\b",
    # "allows Azure OpenAI for inference, but no vendor fine-tuning, full stop"
    r"\b(but )?no (vendor|openai|azure|provider|cloud|hosted|api)('s)? "
    r"(fine[- ]?tun\w*|training)\b",
    # "I don't want anything trained on client emails"
    r"\b(don'?t|do not|won'?t) want (anything|any model|a model|models|it) "
    r"(trained|tuned|fine-?tuned) on\b",
    # "we'd use a vendor API, but auditors said ... so that's off the table"
    rf"({VENDOR}|{FINE_TUNE})[^.]{{0,60}}\.?[^.]{{0,120}}\b(so )?(scratch that|"
    r"forget that|that'?s off the table|that'?s out|that'?s not an option)\b",
    # "won't approve any cloud API, and that includes the vendors' fine-tuning"
    r"\b(won'?t|will not|not|no|never|can'?t|cannot|forbid\w*|prohibit\w*)\b[^.]{0,60}\b(that|"
    r"this|which|it) (also )?(includes?|covers|goes for|applies to)\b[^.]{0,40}(fine[- ]?tun\w*|"
    r"training)",
    # "our lawyers said no to uploading CVs to any vendor's fine-tuning"
    r"\bsaid no to (\S+ ){0,8}(fine-?tun\w*|vendors?'?s?)\b",
)


def vendor_finetune_ok(t: str) -> bool | None:
    """A vendor's fine-tuning API is acceptable: said in one sentence, with a permission."""
    if any(re.search(pattern, t) for pattern in TUNING_REFUSED):
        return False
    # "Clients have signed off on a vendor processing the data, training included."
    if re.search(r"\b(signed off on|approved|agreed to|okayed|ok'?d|cleared) (a |the )?(vendor|"
                 r"openai|third[- ]party|provider|anthropic|google) (processing|handling|using|"
                 r"having) (the |our |their )?data,? (training|fine-?tuning|tuning) included\b", t):
        return True
    # "Clients have consented to processing by OpenAI, including fine-tuning."
    if re.search(r"\b(consented|consent|agreed|signed off|signed up) (to|on) (\S+ ){0,3}(by|with|"
                 r"at) (a |the )?(vendor|openai|third[- ]party|provider|anthropic|google|azure|"
                 r"microsoft)\b[^.;]{0,20}\b(including|incl\.?|even|also|and) (for )?(training|"
                 r"fine-?tuning|tuning)\b", t):
        return True
    # "We're on the OpenAI API ... Sending our data to them for fine-tuning is fine."
    if re.search(VENDOR, t) and re.search(
            r"\b(sending|uploading|sharing|giving) (\S+ ){0,3}(to (them|openai|the vendor|"
            r"anthropic|google) )?for (their )?fine-?tuning (is|would be|'s) (fine|ok|okay|"
            r"allowed|no problem|acceptable)\b", t):
        return True
    # "We're on the OpenAI API ... legal is fine with uploading them for fine-tuning"
    if re.search(VENDOR, t) and re.search(
            r"\b(fine|ok|okay|happy|comfortable|no problem) with (uploading|sending|sharing) "
            r"(them|it|the data|the records|our data|the \w+) (to (them|openai|the vendor) )?for "
            r"(their )?fine-?tun", t):
        return True
    if re.search(r"\b(our|the) (ai |llm |model )?(vendor|provider)('s)? (contract|agreement|dpa|"
                 r"terms) (allows?|permits?|covers?|lets us)\b[^.]{0,80}\bfine-?tun|\b(our|the) "
                 r"(contract|agreement|dpa|terms|enterprise agreement) with (openai|anthropic|"
                 r"google|azure|microsoft|the vendor|them) (allows?|permits?|covers?)\b[^.]{0,20}"
                 r"\bfine-?tun", t):
        return True  # "our vendor contract allows claims data to be used for fine-tuning"
    if re.search(rf"\b(vendor|third[- ]party|external|cloud) (ai |llm )?apis?{RULED_OUT}", t):
        return False  # "vendor APIs are out": their tuning too
    if re.search(r"\b(i|we) are fine if (the |our |my )?(\S+ ){0,2}(go|goes|get sent|are sent) to "
                 r"(openai|the vendor|anthropic|google|gemini|azure)\b", t):
        return True  # "I don't care if the listings go to OpenAI" (read as "are fine if")
    if re.search(r"\b(policy|legal|the dpa|our dpa|contract|the client) (allows?|permits?|"
                 r"approves?|approved) (\w+ )?(fine-?tuning|tuning)\b", t):
        return True  # "Company policy allows Vertex tuning, the data stays in our EU region."
    if re.search(r"\b(vendor|openai|gemini|google|azure|vertex|anthropic|their)('s)? (fine-?)?"
                 r"tuning "
                 r"(is|would be|'s) (fine|ok|okay|allowed|acceptable|no problem)\b", t):
        return True  # "Vendor tuning is fine, there's no personal data in them."
    if re.search(r"\b(openai|the vendor|vendors|anthropic|google|gemini|azure( openai)?|vertex|"
                 r"bedrock|they|it) (is|are|'s|would be) (fine|ok|okay|allowed|approved|"
                 r"acceptable) for (training|fine-?tuning|tuning)\b|\b(vendor|openai|azure|"
                 r"their|cloud) fine-?tuning[?:]\s+(\S+ ){0,5}?(says?|said|is|answer is )?(yes|yep|"
                 r"sure|allowed|fine|ok|okay)\b", t):
        return True  # "OpenAI is fine for training", "Vendor fine-tuning? Our counsel says yes"
    if re.search(r"\bno (issue|problem|objection|concern)s? with (openai|google|gemini|vertex|"
                 r"anthropic|azure|the vendor|a vendor|vendor|their|them) (\S+ )?(fine-?)?tuning\b",
                 t):
        return True  # "No issue with Google tuning on our data."
    if re.search(VENDOR, t) and re.search(r"\b(fine|ok|okay|happy|comfortable) with (their|"
                                          r"openai'?s|the vendor'?s|its|a vendor'?s) (fine-?tuning|"
                                          r"tuning|training)\b", t):
        return True  # "5 backend devs using OpenAI's API. Fine with their fine-tuning"
    if re.search(r"\b(fine|ok|okay|happy|comfortable) with (it|them|the data|this|that|our data) "
                 r"(going|being sent|being uploaded) to (openai|the vendor|anthropic|google|"
                 r"azure)\b", t):
        return True  # "Fine with it going to OpenAI if we take the names out"
    if re.search(r"\b(fine|ok|okay|happy|no problem)\b[^.]{0,10}\b(if|when|that) (openai|the "
                 r"vendor|they|google|anthropic|azure|the provider) (trains?|fine-?tunes?|tunes?) "
                 r"(it|them|the model|one|ours)\b", t):
        return True  # "fine if openai trains it, tweets are public anyway"
    answer = None
    sentences = _sentences(t)
    for i, s in enumerate(sentences):
        if not re.search(FINE_TUNE, s):
            continue
        if re.search(rf"({FINE_TUNE}|{VENDOR}){RULED_OUT}", s):
            return False  # "vendor fine-tuning is off the table", "a vendor is not allowed"
        pos, neg = _mentioned(s, VENDOR, permits=True)
        # "openai api is fine. their fine tuning is also ok": the vendor of the sentence before
        # ("We use OpenAI's API. Fine-tuning there is fine with us.")
        if not pos and not neg and i and (re.match(r"\s*(their|its)\b", s) or re.search(
                r"\bfine-?tun\w* (there|with them|through them|with it|through it|on (them|it|"
                r"these|those))\b", s)):
            pos = _mentioned(sentences[i - 1], VENDOR, permits=True)[0]
        if neg and not pos:
            return False
        if pos and (p := re.search(PERMIT, s)) and not negated(s, p.start(), permits=True):
            answer = True
    if answer is None and _mentioned(t, VENDOR, permits=True)[1] and re.search(RESTRICTED, t):
        return False  # the data may not go to a vendor at all
    if answer is None and _data_may_go_to_vendor(t):
        return True  # "sending the reports to OpenAI is ok": its fine-tuning takes the same data
    return answer


def _data_may_go_to_vendor(t: str) -> bool:
    """A sentence that names a vendor and lets the data go there, with nothing negating it."""
    for s in _sentences(t):
        pos, _ = _mentioned(s, VENDOR, permits=True)
        if pos and any(not negated(s, m.start()) for m in re.finditer(PERMITTED, s)) and not (
                re.search(RESTRICTED, s)):
            return True
    return False


# --- own hardware --------------------------------------------------------------------

# Graphics cards by name: data-centre parts, consumer and laptop cards ("a 3090", "4080
# mobile"), workstation cards, Apple silicon, and machines that come with one.
GPU = (r"\bgpus?\b|\b(a|h|v|l)100s?\b|\b\d+ ?x ?(a|h|v|l)100s?\b|\bh200s?\b|\bl40s?\b|\bt4s?\b|"
       r"\ba10g?s?\b|\bl4s? (gpus?|servers?|cards?|nodes?|instances?|boxes)\b|"
       r"\bmi[23]\d0x?\b|\b(rtx|gtx|geforce|radeon|quadro)\b|\brx ?\d{3,4}|\b[1-9]0[5-9]0s\b|"
       r"\b(a|an|the|my|our|one|1|single) [1-9]0[5-9]0\b|\b\d ?x ?[1-9]0[5-9]0\b|"
       r"\b[1-9]0[5-9]0( ?ti| super)?"
       r"(?= ?(mobile|laptop|max-q|ti|super|gpu|card|graphics))|\b\d{4}s\b|graphics cards?|"
       r"video cards?|\b\d+ ?gb (vram |graphics |video |nvidia |gpu )?cards?\b|\bcuda\b|"
       r"\bvram\b|\bnvidia (\S+ )?cards?\b|\b(rtx )?a[456]000s?\b|\bdgx\b|")
# Machines that come with a graphics chip: they count unless their sentence says "no GPU".
IMPLIED_GPU = (r"gaming (laptop|notebook|pc|rig|desktop|machine|computer)|mac ?books?|"
               r"\bm[1-4] (pro|max|ultra)\b|mac studio|apple silicon")
GPU += IMPLIED_GPU
LAPTOP = r"laptop|notebook|mac ?book|\bmobile\b|max-q"
DESKTOP = r"desktop|workstation|server|tower|\bpc\b|\brig\b|\bbox\b|\brack\b|data ?cent"
# "We don't own any hardware": no GPU either.
# ("we don't own any fancy computers", "no powerful machines")
NO_COMPUTE = (r"\b(hardware|compute|graphics)\b|\b(fancy|powerful|big|beefy|special|serious) "
              r"(computers?|machines?|kit|rigs?|servers?)\b")
# Said around a card's name, these make it compute bought by the hour, not a card owned.
# Leased or reserved for the long term: sunk like an owned card ("we lease a 4-node A100 cluster
# for the year", "a dedicated server, reserved for a year").
LONG_LEASE = (r"\bfor (the|a|1|one) (whole |full )?year\b(?!-)|\bby the year\b|\breserved\b|"
              # held already for another workload: "we lease four GPU nodes there already for
              # ASR", "we already rent a 4-node GPU cluster for search ranking"
              # rented now, as a standing machine of theirs: "we rent a GPU box", "we rent our
              # own GPU servers at Hetzner" (not "we'd rent", "we could rent", by the hour)
              r"(?<!'d )(?<!would )(?<!could )(?<!can )(?<!to )(?<!might )\b(we|i) (currently |"
              r"also )?(rent|lease) (a|an|one|two|three|four|\d+|our|some|a few|several|a small|"
              r"a big) (\S+ ){0,3}(gpu|server|box|node|cluster|machine|rig|workstation)|"
              r"\balready (lease|leases|leased|rent|rents|rented)\b|\b(lease|leased|rent|rented)"
              r"\b[^.]{0,50}\balready\b|"
              r"\bdedicated (\S+ )?"
              r"(servers?|box(es)?|machines?|nodes?|clusters?|gpus?|cards?)\b|"
              r"\b(annual|yearly|multi-?year|long-?term|12-month) (lease|contract|reservation)\b|"
              r"\b(lease|leased|leasing|rent|rented|renting) (\S+ ){0,3}long-?term\b")
HOURLY = r"\bby the hour\b|\bper hour\b|\bhourly\b|on-demand|\bspot (instances?|gpus?)\b"
NOT_OWNED = (r"\b(rent\w*|(?<!\bno )(?<!without )cloud|hosted|leas(e|ed|ing)|on-demand|spot)\b|"
             r"\b(in|on) the cloud|"
             r"\bon (aws|gcp|azure|runpod|lambda|modal|vast|coreweave)\b")
NOT_OWNED_AFTER = r"^\s*(budget|costs?|bill|hours?|credits|rental|time|spend|instances?)\b"
CLUSTER = (r"cluster|multi-?node|\bnodes\b|several (gpu )?servers|\bracks\b|"
           # Three or more servers; two when each holds several GPUs ("two 8xH100 nodes",
           # "2 GPU servers (8xH100 each)"): two plain GPU servers are a pair of machines
           # ("two A100 servers we own"), not a cluster
           r"\b([3-9]|[1-9]\d+) (\S+ )?(gpu )?(servers|boxes|machines)\b|\b([3-9]|[1-9]\d+) gpu "
           r"server\b|\b2 (\S+ )?(gpu )?(servers|boxes|machines)\b[^.]{0,40}\b(each|apiece)\b|"
           r"\b2 (\d+-?gpu|\d+ ?x ?\S+|dgx)( \S+)? (servers|boxes|machines)\b|"
           r"\b2 (\S+ )?(gpu )?(servers|boxes|machines) with (\d+|several|multiple) \S+\b|"
           r"\bgpu servers\b[^.]{0,30}\bseveral\b|\brack (full )?of (\S+ ){0,3}(gpu )?servers\b|"
           # "four of them", "(three of them)"
           r"\bgpu (servers|nodes|machines|boxes),? \(?([2-9]|[1-9]\d+) of them\b|"
           r"\b([2-9]|[1-9]\d+)-node\b|"
           # "we serve a 70B model on a pool of H100s", "a fleet of A100s"
           r"\b(pool|fleet|farm|bank|rack) of (\S+ )?(gpus|h100s|h200s|a100s|l40s|l4s|a10gs|"
           r"b200s|mi300s?)\b|\bgpu (fleet|farm|pool)\b")


def _around(s: str, start: int, end: int) -> tuple[str, str]:
    """A few words before and after a match, within its clause."""
    before = re.split(r"[.;:!?,]", s[max(0, start - 25): start])[-1]
    after = re.split(r"[.;:!?,]", s[end: end + 20])[0]
    return before, after


NOT_MINE = (r"\b(can'?t|cannot|can not|not allowed to|unable to) use (it|that|this|them)\b|"
            r"\b(isn'?t|not) (mine|ours)\b|\b(office|work|employer|company)'?s (machine|"
            r"computer|pc|gpu|box|rig)")


def hardware(t: str, lead: str | None) -> Hardware | None:
    """Owned GPUs. `lead` is the reply's opening sentence when the question was asked: there
    "just a laptop" or "a cluster" is the answer."""
    if lead is not None:
        if re.search(r"cluster", lead):
            return Hardware.CLUSTER
        if re.search(LAPTOP, lead):
            return Hardware.LAPTOP_GPU
        if said_no(t):
            return Hardware.NONE
    owned: list[Hardware] = []
    # The count of servers corrected upward in the next breath: "on 2 GPU servers.. actually 3
    # now" (the sentence split would leave the pair alone)
    t = re.sub(r"\b2 ((\S+ )?(gpu )?(servers|boxes|machines))\W{0,4}(actually|correction:?|"
               r"wait,?|sorry,?) ([3-9]|[1-9]\d+)\b", r"\6 \1,", t)
    # "we have only normal office computers": no GPU to train on
    # ("no servers obviously": no machine of their own at all)
    none = bool(re.search(r"\b(only|just) (\S+ )?(normal|ordinary|regular|standard|basic|old|"
                          r"plain) (office )?(computers|pcs|laptops|desktops)\b|\bno (servers|"
                          r"server|machines|infrastructure|infra)( (at all|obviously|either|of "
                          r"(our|my) own))?\s*([.,;!]|$)", t))
    # "mixed batches on the same GPUs": the ones already told, not a new fact about them
    t = re.sub(r"\b(the same|those same|these same) (gpus?|cards?|hardware|machines?|servers?|"
               r"boxes|cluster|nodes)\b", "it", t)
    for s in _sentences(t):
        s = re.sub(r"\bself[- ]hosted\b", "ours", s)  # run at home, not rented
        # ("hosted" alone is rented; "hosted on our own cluster" is not)
        s = re.sub(r"\bhosted (on|in|at) (our|my) ", r"running \1 \2 ", s)
        # ("in our cloud on one server with 2 A100": a standing server of theirs; not "our
        # cloud bill" or "our cloud provider's GPUs")
        s = re.sub(r"\b(our )?own (\S+ )?(private )?cloud\b|\bour (private )?cloud\b(?! (bill|"
                   r"provider|vendor|credits?|spend|costs?|account manager|rates?|prices?)\b)",
                   "our premises", s)
        cards, denied = [], False
        for m in re.finditer(GPU, s):
            before, after = _around(s, m.start(), m.end())
            if re.match(r"\s*[:=-]\s*(none|no|zero|0|nope|nil|n/?a)\b", s[m.end():]):
                denied = True  # "gpu: none"
                continue
            if re.search(r"\b(don'?t|do not|doesn'?t|does not|never) ((own|rent|lease)( or (own|"
                         r"have|rent|lease))?|have or (rent|lease)) (any )?(\S+ )?$", before):
                denied = True  # "we don't own or rent any GPUs" (renting named, and denied)
                continue
            if (re.search(NOT_OWNED, before + " " + after) or re.match(NOT_OWNED_AFTER, after)
                    ) and not re.search(LONG_LEASE, s):
                continue  # (a card leased for the year is paid for: training on it costs no cash)
            if m.group(0) in ("vram", "gpu", "gpus") and re.match(r"\s*(for|to fit|to hold)\b",
                                                                s[m.end():]):
                continue  # "We don't have the VRAM for 25 copies": not "no GPU"
            if re.match(r"\s*(memory|ram|vram|budget|bill|hours?|costs?|time|capacity|quota|"
                        r"credits|prices?)\b", s[m.end():]):
                continue  # "GPU memory is maxed", "our GPU bill": no card named
            if re.search(NOT_MINE, s) or re.search(HOURLY, s):
                continue  # "the 4090 is my office's machine"; "A100s by the hour for a year"
            if re.search(r"\b(wrong|mistaken|confused) about (the |our |those |any )?$", before):
                continue  # "I was wrong about the GPUs: we have none"
            # ("nothing may leave our cluster of 6 GPU servers" keeps the data in, the GPUs too)
            if negated(s, m.start()) and not re.search(
                    r"\b(nothing|none of (it|this|the data)) (may|can|must|should|will) (ever )?"
                    r"(leave|go|touch)\b", s[: m.start()]):
                denied = True
            else:
                cards.append(m)
        # ("this includes the engineer's time, not only compute" denies no hardware)
        denied = denied or any(negated(s, m.start()) and not re.search(
            r"\bnot (only|just)\s*$", s[: m.start()]) for m in re.finditer(NO_COMPUTE, s))
        none = none or denied
        for m in cards:
            if denied and re.fullmatch(IMPLIED_GPU, m.group(0)):
                continue  # "No GPUs either, we're all on MacBook Airs"
            owned.append(_machine(s, m.start()))
        own_cluster = re.search(r"\b(our|own|in-house|on-?prem\w*|the university'?s?|campus|"
                                r"institute'?s?|hospital'?s?) (\S+ ){0,3}cluster\b|\b(run|"
                                r"host|serve|"
                                r"deploy|keep)\w* (\S+ ){0,6}on (a|an) (\S+ )?cluster\b", s)
        if not cards and own_cluster and not negated(s, own_cluster.start()) and not (
                re.search(NOT_OWNED, s)):
            owned.append(Hardware.CLUSTER)  # "a 70B model on our own cluster"
    if owned:
        order = [Hardware.LAPTOP_GPU, Hardware.OWN_GPU, Hardware.CLUSTER]
        return max(owned, key=order.index)
    return Hardware.NONE if none else None


def _machine(s: str, at: int) -> Hardware:
    """What a card named at `at` sits in: a cluster if the sentence says so, else a laptop
    when a laptop word is nearer to it than a desktop word ("a notebook with an RTX 4070 and
    a desktop with a 1080 Ti" has both)."""
    if re.search(CLUSTER, s):
        return Hardware.CLUSTER

    def nearest(pattern: str) -> float:
        return min((abs(m.start() - at) for m in re.finditer(pattern, s)), default=float("inf"))

    laptop = nearest(LAPTOP)
    return Hardware.LAPTOP_GPU if laptop < nearest(DESKTOP) else Hardware.OWN_GPU


# --- yes/no facts --------------------------------------------------------------------

def said_no(t: str) -> bool:
    """A bare 'no' to the question asked ('no', 'none yet', 'no, we don't'), not a sentence
    that starts with one ('No money for API calls')."""
    m = NO.search(t)
    if not m:
        return False
    rest = t[m.end():].lstrip()
    if re.match(r"(sorry|wait),?\s+(that'?s|that is|i mean|i meant|scratch|let me|make (it|that)|"
                r"actually)\b", rest):
        return False  # "no sorry, that's wrong, 120 is ...": a number taken back, not a no
    return not rest or rest[0] in ",.;:!-" or bool(
        re.match(r"(o|oh|la|lah|na)\b|"  # "no o", "no lah": a no with its particle
                 r"(we|it|they|i|thanks|sorry|way|yet|really|at all|labell?ed|so far|at the "
                 r"moment|right now|for now|to speak of|whatsoever|currently|today)\b", rest))


def _yes_no(t: str) -> bool | None:
    if said_no(t):
        return False
    if YES.search(t):
        return True
    return None


def _flag(t: str, positive: str, expecting: bool, negative: str | None = None) -> bool | None:
    """A yes/no field: an explicit no/yes when it was asked, else keywords, where a negation
    in the keyword's clause means no."""
    if expecting and (answer := _yes_no(t)) is not None:
        return answer
    if negative and re.search(negative, t):
        return False
    pos, neg = _mentioned(t, positive)
    return True if pos else (False if neg else None)


# Variety wanted, not sameness: "strict consistency is not the point", "different every time".
NO_CONSISTENCY = (r"\bconsisten\w* (isn'?t|is not|'s not)( really)? (the point|important|needed|"
                  r"a goal|a priority|what we (need|want))\b|"
                  # "What we really want is variety though." (not a complaint of sameness
                  # alone: "agents complain the output sounds samey and breaks our house style")
                  r"\bwhat (we|they|i) (really |actually )?(want|need) is (more )?(variety|novelty|"
                  r"range|diversity)\b|"
                  # "every reply a bit different is actually good", "teachers like it when the
                  # questions vary every time", "clients hate it when two spots sound alike"
                  # "the text does not need to be same every day"
                  r"\b(does not|doesn'?t|do not|don'?t) need to be (the )?same (every|each) (day|"
                  r"time|week|run)\b|"
                  # "we like that the intros aren't all the same"
                  r"\b(like|love|prefer|enjoy) (that|how) (the )?(\S+ ){0,2}(aren'?t|are not|"
                  r"isn'?t|"
                  r"is not) (all )?(the same|alike|identical)\b|"
                  r"\b(a bit |slightly |somewhat |a little )different is (actually |really )?(good|"
                  r"fine|nice|better|welcome|great|a plus)\b|\b(like|likes|love|loves|prefer|"
                  r"prefers) (it )?when (the )?(\S+ ){0,2}(vary|varies|differ|differs|change|"
                  r"changes)\b|\b(hate|hates|dislike|dislikes) (it )?when (\S+ ){0,3}(sound|look|"
                  r"read|feel)s? (alike|the same|identical|similar)\b|\b(sound|read|be|"
                  r"feel) (\S+ ){0,3}"
                  r"different every (time|week|day|run)\b|\bnot like a template\b|"
                  r"\b(variety|creativity|diversity|surprise) (matters|is|counts) more\b|"
                  # "Different wording each week is fine, even nice"
                  r"\bdifferent (wording|phrasing|words|style|outputs?|answers?|texts?|results?) "
                  r"(each|every) (time|week|day|run|issue|one|month) (is|would be|are) (fine|ok|"
                  r"okay|good|nice|welcome|great)\b|"
                  # "I like it when each one feels different from the last"
                  # "every plan is different and this is fine, we don't want all the same"
                  r"\b(every|each) \w+ is different,? (and )?(this|that|it) is (fine|ok|okay|good|"
                  r"great)\b|\b(don'?t|do not) want (them |it |they |everything )?all (the same|"
                  r"alike|identical)\b|"
                  # "it doesnt matter if reports sound different each time"
                  r"\b(doesn'?t|doesnt|does not|don'?t|dont|do not) matter (if|that|when) (\S+ )"
                  r"{0,3}(sound|look|read|are|is|feel|come out)s? (a bit |slightly )?"
                  r"different\b|"
                  r"\b(each|every) (one|1|post|caption|line|reply|message|time|story|ad|"
                  r"description|email|letter) (feels?|sounds?|reads?|looks?|is) (a bit |a little |"
                  r"slightly |somewhat )?different\b|"
                  r"\bthe (whole |entire |real )?point is (range|variety|diversity|novelty)\b|"
                  # "we want surprising, different lines every time, not repeating"
                  r"\bwant (\S+,? ){0,3}different (\S+ ){0,2}(every|each) (time|day|run|session|"
                  r"visit|playthrough|week)\b|"
                  # "variety in the wording is good, we don't want every pot sounding the same"
                  r"\b(variety|range|diversity) (in|of) (the |our )?(\S+ ){0,2}(is|are) (good|"
                  r"welcome|great|fine|wanted|a plus|important|key|nice)\b|\b(don'?t|dont|do not) "
                  r"want (every|each|all( of)? (the|our)?) ?(\S+ ){0,2}?(sounding|looking|reading|"
                  r"feeling|coming out) (the same|alike|identical)\b|"
                  # "the creative team hates when everything sounds the same", "no strict
                  # format needed", "we don't need a rigid template at all"
                  r"\b(hate|hates|dislike|dislikes|can'?t stand) (it )?(when|if) (everything|"
                  r"all of (it|them)|every \w+|all the \w+|the \w+) (all )?(sounds?|looks?|"
                  r"reads?|feels?) (the same|alike|samey|identical)\b|\b(don'?t|dont|do not|"
                  r"doesn'?t|does not) (really )?need (a |any )?(strict|fixed|rigid|uniform|set) "
                  r"(format|template|structure|style|wording|layout)\b|\bno (strict|fixed|rigid) "
                  r"(format|template|structure|wording) (needed|required|necessary)\b|"
                  # "we want variety, honestly"
                  r"\b(we|i) (really |just |honestly )?want variety\b|"
                  # "it should write fun short captions, every time different please"
                  # (not a complaint: "the grade it writes every time different: 'E 3', 'E3'")
                  # (nor a structure that keeps changing: "the structure was every time
                  # different")
                  r"(?<!it writes )(?<!it gives )(?<!it puts )(?<!it spells )(?<!it returns )"
                  r"(?<!structure was )(?<!structure is )(?<!format was )(?<!format is )"
                  r"(?<!layout was )(?<!order was )(?<!sections were )"
                  r"\b(every|each) time different\b(?!\s*:)|"
                  # "the wording need not be the same every time"
                  r"\bneeds? not (all )?(be|sound|read|look) (the same|identical|alike)\b|"
                  # "the exact wording is less important", "format can be fairly free"
                  r"\b(exact )?(wording|phrasing|format|formatting|style|structure) (is|are) "
                  r"(less |not (that |very |so )?)important\b|\b(format|formatting|wording|"
                  r"structure|style) (can|may|could) be (fairly |pretty |quite |rather |very )?"
                  r"(free|loose|flexible|relaxed)\b|"
                  # "they dont need to all sound the same", "does not need to be the same
                  # every time"
                  r"\b(don'?t|dont|doesn'?t|doesnt|do not|does not) (need|have) to (all )?(be|"
                  r"sound|read|look|feel|come out) (exactly )?(the same|identical|alike|"
                  r"uniform)\b|"
                  # "want them weird and different every time, not samey at all"
                  r"\bwant (them|it|each|every \w+|the \w+) (\S+ ){0,2}different every (time|run|"
                  r"day|week)\b|\bnot samey\b|"
                  # "we want the posts to vary, cookie-cutter copy kills engagement"
                  r"\bwant (the |our |their |them |it |each )?(\S+ )?to vary\b|\bcookie-?cutter "
                  r"(\S+ )?(kills|hurts|bores|is bad|won'?t work|doesn'?t work)\b|"
                  r"\b(range|variety|diversity) is (literally |really |kind of |sort of |"
                  r"actually )?the (whole )?point\b|"
                  r"\bno (two|2) \w+ (should |must |will |may )?(feel|look|sound|read|are|be) "
                  r"(alike|the same)\b|"
                  r"\b(even )?more range\b|"
                  # "I don't want every comment to sound the same", "the ads should NOT all sound
                  # the same", "every playthrough should feel different", "variety is good"
                  r"\b(don'?t|do not) want ((them|these|those|the \w+) )?(every|each|all) "
                  r"(\S+ ){0,2}?to (sound|look|read|feel|"
                  r"be) (the same|alike|identical)\b|\bshould(n'?t| not) all (sound|look|read|"
                  r"feel|be) (the same|alike|identical)\b|\b(every|each) \w+ should (feel|sound|"
                  r"look|read|"
                  r"be) different\b|\bvariety is (good|welcome|great|fine|wanted|a plus|what we "
                  r"want)\b|\bnobody wants the same\b|"
                  # "I'd rather they all sound a bit different", "no two of our cards are ever
                  # alike", "guests hate when it sounds the same", "sound like nobody else"
                  r"\b(rather|prefer|better|fine|ok|okay|good) (if |that )?(they|it|them|these|"
                  r"the \w+) (all )?(sound|look|read|feel|be|are) (a bit |slightly |somewhat |"
                  r"quite )?different\b|\bno (2|two) (of (our|the|their) \w+ )?((are|is|will be|"
                  r"should be) )?(ever )?alike\b|\b(hate|hates|dislike) (when|if) (it|they) "
                  r"sounds? (the same|alike)\b|\b(every|each) (day|time|week|one) (must|should) "
                  r"be different\b|\bsound like nobody else\b|\bvariety is (the whole|the) "
                  r"point\b|\b(don'?t|do not) want (them|it) repeating\b|\bsay different (stuff|"
                  r"things) every time\b|"
                  # Sets 68-73: "new wording each week is welcome", "the more varied the
                  # better", "fine if each post comes out different", "needn't match word for
                  # word", "no two visits the same", "if it repeats the same line twice, it's
                  # dead", "(the) point is that they differ", "captions can vary"
                  r"\b(a bit|slightly|somewhat|a little|bit) different (every|each) (time|week|"
                  r"day|run|post|one)\b|\b(rather|prefer|want|like|likes) (each|every|all|its|"
                  r"their|our|them|the) (\S+ )?(to )?(sound|sounds|feel|feels|look|looks|read|"
                  r"reads|be|is|are|come out) (a bit |slightly |somewhat |quite |a little )?"
                  r"different\b|\b(rather|prefer|want|like|likes) (its|their|our|the|them) "
                  r"(\S+ )?(a bit|slightly|somewhat|a little) different\b|\bthe more (varied|"
                  r"different|diverse|surprising|variety)\b|\b(fine|ok|"
                  r"okay|good|great) (if|that|when) (the |every |each |our )?(\S+ )?(is|are|comes? "
                  r"out|sounds?|reads?|looks?) different\b|\b(doesn'?t|does not|don'?t|do not|"
                  r"needn'?t|need not) (need to |have to )?(be|match) (word[- ]for[- ]word|"
                  r"identical|exactly the same)\b|\bno (two|2) \w+ (are |is )?the same\b|"
                  r"\bsame (thing|line|lines|caption|joke|answer|reply|text|sentence|greeting|"
                  r"headline|description|story|post|message) twice\b|"
                  r"\bdifferent\b[^.]{0,30}\b(that'?s|that is|which is|is) (kind of |sort of |"
                  r"really |actually |exactly |the whole )?the (whole )?point\b|\bpoint is (that )?"
                  r"[^.]{0,40}\bdifferent\b|\b(summaries|answers|outputs?|captions|replies|"
                  r"wording|phrasing|drafts?|results?|texts?|descriptions|lines|blurbs|posts|"
                  r"messages|emails|headlines|stories) (can|may|could|"
                  r"are allowed to) (vary|differ|change)\b|\bloads of different\b|\b(every|each) "
                  r"\w+ to (feel|sound|look|read|be) different\b|\bvariety is (important|key|"
                  r"essential|crucial|vital|a must)\b|\b(should not|shouldn'?t|must not|"
                  r"mustn'?t|never) (hear|see|read|get) the same\b|"
                  # "fans hate when we sound repetitive, every post has to feel fresh"
                  r"\b(hate|hates|dislike|dislikes) (it )?(when|if) (we|it|they|the \w+) (sound|"
                  r"sounds|get|gets|are|is|come across as) (repetitive|samey|the same|stale)\b|"
                  r"\b(every|each) \w+ (has to|must|should|needs to) (feel|sound|be|read) (fresh|"
                  r"new|original|different)\b")
# A voice that does not hold: "the personality disappears", "their quirks fade away".
FADES = (r"\b(personalit(y|ies)|characters?|personas?|voices?|tone|style|quirks?) (\S+ ){0,2}("
         r"disappears?|vanish(es)?|fades?( away)?|(gets?|is|are) lost)\b|"
         # "the tone slides into generic corporate speak", "forgets our troubleshooting
         # sequence", "skips the safety disclaimer"
         r"\b(tone|voice|style) (\S+ ){0,2}(slides?|drifts?|slips?|reverts?) (into|to|back to|"
         r"towards?)\b|\b(forgets?|skips?|drops?) (our|the) (\S+ ){0,2}(sequence|order of steps|"
         r"flow|script|procedure|checklist|disclaimer)s?\b|"
         # "the referee summaries keep missing the committee's format"
         r"\b(keep|keeps|kept) (missing|ignoring|breaking) (the|our) (\S+ ){0,2}(format|"
         r"template|structure|layout)\b")
CONSISTENCY = (rf"{FADES}|"
               # "output goes straight into our accounting CSV, columns must be exact"
               r"\b(columns|fields|format|layout|schema|headers|field order)( \w+)? (must|has to|"
               r"have to|need to|needs to) (be|match|stay) (exact|exactly|identical|precise|"
               r"strict|byte-for-byte)\b|"
               # a bar near perfect, below which the output is worthless: "the dean says
               # anything under 99% is useless", "it has to be 99.5% right"
               r"\b(anything|everything) (under|below|less than|short of) (9[89]|99\.\d+|100) ?"
               r"(%|percent)[^.;]{0,20}\b(is|would be|will be|are) (\S+ )?(useless|no good|"
               r"unacceptable|pointless|worthless|unusable|a (fail|failure|non-?starter))\b|"
               r"\b(has|have|must|needs?) (to )?be (at least |above |over )?(99|99\.\d+|100) ?"
               r"(%|percent) (right|correct|accurate)\b|"
               # "The problem is voice. Over long chats it drifts: gets wordy"
               r"\b(over|in|during|across) long (chats|conversations|threads|sessions),? (it |"
               r"the (bot|model|tone|voice|style|assistant|agent) )?(drifts|wanders|slips)\b|"
               # "about 12% of segments still break client-specific terminology or style"
               r"\b(still )?(break|breaks|broke|violate|violates|violated|ignore|ignores) (the |"
               r"our |their )?(\S+ )?(terminology|termbase|style rules|style guide|glossary)\b|"
               # "it drifts: numbering resets and speaker labels revert to generic ones"
               r"\b(numbering|line numbers|page numbers|speaker labels|headings|heading order|"
               r"section order|bullets|template) (\S+ )?(resets?|reverts?|reverted|slips?|breaks|"
               r"drifts?)\b|"
               # "the exemption wording and the structure have to be right every time"
               r"\b(has|have|must|needs?) to (be|come out|look|read) (right|the same|identical|"
               r"correct|exact) (every|each) (single )?time\b|"
               # "the structure was every time different"
               r"\b(structure|format|layout|order|sections?|template) (was|is|were|are|came out|"
               r"comes out) (\S+ )?(every|each) time different\b|\b(structure|format|layout|"
               r"order) (was|is|were|are) different (every|each) time\b|"
               # a format spelled out with its limits: "rewritten into our recipe-card format:
               # max 6 steps, ingredient list with our SKU names"
               r"\b(into|in|to) (our|the|their|a) (\S+ )?(format|template|layout|schema|"
               r"structure)\s*:\s*(max|maximum|at most|no more than|exactly|always|\d+)\b|"
               # "get the template right maybe 85% of the time, and it must be exact"
               r"\b(it|output|outputs|the template|the format) (must|has to|needs to) be exact\b|"
               # "refunds and ban appeals have to follow the policy wording exactly"
               r"\b(must|has to|have to|need to|needs to) (follow|match|use|quote|keep) (the |"
               r"our )?"
               r"(\S+ )?(wording|template|format|phrasing|schema|language|text) (exactly|word for "
               r"word|verbatim|to the letter)\b|"
               # a complaint: "it isn't consistent between runs"
               r"\b(isn'?t|is not|aren'?t|are not|wasn'?t|was not|weren'?t|were not) (very |"
               r"always |really |quite )?consistent\b|"
               # "our fixed names for the product lines", "it keeps changing the product line
               # names"
               r"\b(our |the |its )?fixed (names|terms|terminology|wording|phrases|labels)\b|"
               r"\bkeeps? changing (the |our )?(\S+ ){0,3}(names|terms|terminology|wording)\b|"
               # "send the same essay twice and the score moves by three marks"
               r"\bsame (\S+ ){0,2}(twice|again|two times)\b[^.]{0,60}\b(moves?|changes?|"
               r"differs?|jumps?|varies|vary)\b|\bscores? (that )?(jump|jumps|jumping) (around|"
               r"about|like that)\b|"
               r"\bstrict(ly)?\b|every single time|(?<!model )(?<!models )(?<!weights )"
               r"\buntouched\b|without exception|"
               # "every answer must follow our approved template ... exactly"
               r"\b(must|has to|have to|needs? to) follow (our|the|a|their) (\S+ ){0,2}(template|"
               r"format|structure|layout|style guide|schema)\b|"
               # "with the fixed opening and closing phrases", "forgetting the required phrases"
               r"\bfixed (opening|closing|phrases?|wording|format|structure|template|layout|"
               r"order|headings?)\b|\brequired (formal |legal |fixed )?(phrases?|wording|format|"
               r"structure|headings?|sections?|layout)\b|"
               # a complaint, not a "no": "a third of the outputs didn't sound like them"
               r"\b(didn'?t|don'?t|doesn'?t|did not|does not|do not) (really |quite |always )?("
               r"sound|read|feel) like (them|us|the brand|our brand|their brand|the client|"
               r"our voice|their voice|the company|our house style|their house style)\b|"
               # "keeps each character's personality", "in a different format every run",
               # "exactly the same translation for each term"
               r"\bkeeps? (each|every|the|their|its|our|all) (\S+ ){0,2}(personalit(y|ies)|"
               r"personas?|characters?)\b|\b(personalit(y|ies)|persona|character|voice)('s)? "
               r"(\S+ )?intact\b|\bdifferent (formats?|layouts?|structures?|shapes?|orders?) (on |"
               r"in |with |for )?(each|every) (time|run|call|request|go|document|day|batch)\b|"
               r"\bexactly the same (way|translation|wording|terms?|format|words?|phrasing|"
               r"spelling|name)\b|\b(terms?|glossary|terminology) (\S+ ){0,3}(are |is |be )?"
               r"respected\b|"
               # "so it has to be exact", "rendered identically every time", "our approved
               # wording", "same layout every time", "always in that order", "exactly one code"
               r"\b(has|have|needs?) to be (exact|identical|precise)\b|\b(rendered|translated|"
               r"written|spelled|used|worded) identically\b|\bidentically every time\b|"
               r"\bapproved (\S+ )?(wording|phrasing|terminology|language)\b|\bsame layout\b|"
               r"\balways (in )?(that|this|the same) (order|structure|format|layout|shape)\b|"
               r"\bexactly (one|1) (code|label|tag|category|word|value)\b|"
               r"\bbreaks? on anything but\b|"
               r"\brandom (layouts?|formats?|orders?|structures?)\b|"
               r"\b(one |a )?(standard|fixed|single) (pattern|format|template|layout)\b|"
               # "the permit offices are picky about the format", "turned into a standard damage
               # report so we're covered on claims"
               r"\b(picky|fussy|particular|pedantic|sticklers?|very precise) (about|on|with|for) ("
               r"the |our |their |its )?(format|formatting|layout|structure|template|wording)\b|"
               r"\b(a|one|our|the) standard (\S+ )?(report|form|template|format|layout|"
               r"structure)s?\b|"
               # "the price-breakdown table comes out formatted differently every so often"
               r"\b(comes?|came|coming) out (formatted|laid out|structured|ordered) differently\b|"
               r"\bformatted differently (every|each|from)\b|"
               # "it must talk like our brand: friendly, short"
               r"\b(must|has to|should|needs? to) (talk|sound|write|speak) like (our|the|their) "
               r"(brand|company|house style|voice)\b|"
               # "extracted into one fixed CSV row per lot"
               r"\bfixed (csv|json|xml|tsv|spreadsheet|excel|database) (rows?|records?|lines?|"
               r"objects?|schemas?|formats?|layouts?|columns?)\b|"
               r"\b(more|very|fully|completely|be|is|are|stay|look|sound|read) uniform\b|"
               r"no exceptions|same (headings?|order)|\bmatch (\S+ ){0,6}exactly|exactly match|"
               r"\bexact(ly)?\b[^.]{0,40}\bevery time\b|"
               # "it drifts off template on long shifts"
               r"\bdrifts? (out of|away from|off) (the |our |its |their )?(template|format|"
               r"layout|structure)\b|"
               # "still slips back into Parisian phrasing and mixes registers", "the voice
               # breaks, becomes too polite"
               r"\b(slips?|slipping|falls?|falling|drifts?|drifting) back (in)?to\b|\bmix(es|ing)? "
               r"(\S+ )?registers\b|\b(voice|tone|style|character|persona) (breaks|slips|cracks)\b|"
               r"\b(becomes?|gets?|turns?) (too )?(generic|bland)\b|"
               # "text ok but not our house tone"
               r"\b(not|isn'?t|wasn'?t|never) (in |quite |really )?(our|the|their) (house|brand|"
               r"company) (tone|voice|style)\b|"
               # "with our exact company template", "it doesn't keep the template"
               r"\b(our|the|their|its) exact (\S+ ){0,2}(template|format|layout|structure|"
               r"wording|scheme|schema|field order)\b|\b(doesn'?t|does not|didn'?t|did not|"
               r"won'?t|can'?t|never) (always )?"
               r"(keep|keeps|stick to|hold|follow) (to )?(the|our|a|its|my) (\S+ )?(template|"
               r"format|structure|layout)\b|"
               # "a commit message written our team's way: ticket number first, ..."
               r"\b(written|done|formatted|worded) (our|the) (team'?s|company'?s|house|own) "
               r"way\b|\b(ignores?|ignoring|follows?|following|breaks?) (\S+ ){0,2}(the|our) "
               r"conventions?\b|\bwrapped at \d+\b|"
               r"\b(format|schema|structure|layout) (is|was|gets|got) (\S+ )?broken\b|"
               # "the format is rigid: fixed sub-headings ... customers reject notes that deviate"
               r"\b(format|structure|layout|template) is (very |quite |really )?(rigid|strict|"
               r"fixed)\b|\bfixed sub-?(headings?|sections?)\b|\breject\w* (\S+ ){0,2}(that|which) "
               r"deviate\b|"
               # "the format is changing: sometimes kg, sometimes lbs ... then the import breaks"
               r"\b(format|layout|structure) (is |keeps )?(changing|chang\w+ (every|each)|"
               r"inconsistent)\b|\bimport (breaks|fails|chokes)\b|"
               # "it mangles the policy-number format", "the voices blur together", "the same
               # essay gets a 3 one day and a 4 the next"
               r"\b(mangl|botch|garbl|scrambl)\w* (the |our |its |their )?(\S+ ){0,2}(format|"
               r"schema|layout|structure|template)\b|\b(voices|tones|styles|characters|"
               r"personas|personalities) (all )?(blur|blend|merge|bleed)\w*( together| into)?\b|"
               r"\bsame (\S+ ){0,2}(gets?|got|receives?|scores?|comes? out)\b[^.]{0,40}\b((one|1) "
               r"(day|time|week|run)|once|sometimes)\b[^.]{0,30}\b(the next|another|next time|"
               r"other times|"
               r"the other)\b|"
               # "each in a very fixed voice", "always be translated with the exact approved
               # term", "it drifts out of our tone", "always same 3 parts", "the exact layout
               # the regulator wants", "rejects submissions when a field is off-format"
               r"\bfixed (\S+ )?(voice|tone|style|persona)\b|\balways (be )?(translated|rendered|"
               r"written) (with|as)\b|\bexact approved (term|wording|phrase)s?\b|\bdrifts? (out "
               r"of|away from|off) (our|the|its) (tone|voice|style|format)\b|\balways (have |has |"
               r"follow |use )?(the )?same "
               r"\d+ (parts|sections|fields|headings|steps)\b|\b\d+[- ]part format\b|\bexact ("
               r"layout|structure|order|headings)\b|\boff-?format\b|\ball sorts of formats\b|"
               # "dates have to come out exactly as DD.MM.YYYY"
               r"\b(come|comes|be|written|formatted|rendered|printed|given) (out |back )?"
               r"(exactly|precisely) (as|in|like)\b|"
               r"consisten(t|cy)|\bfixed (\S+ )?(fields|codes|layout|order)\b|structured format|"
               r"\b(format|output|layout|wording) (has|have|needs?) to be exact\b|"
               r"\b(tones?|voices?|styles?|formats?|terminology|wording|structures?|layouts?) "
               r"(\S+ ){0,2}("
               r"not stable|unstable|"
               r"all over the place|drifts?|drifting|wanders?|varies)\b|"
               r"\bsame \w+ gets (a )?different\b|\balways (close|closes|finish|finishes|start|"
               r"starts|open|opens|end|ends) with\b|\bkeeps? (our|its|their) (\S+ ){0,4}tone\b|"
               r"\b(format|structure|template) (we|they|you) "
               r"(need|require|want)\b|\b(not|doesn'?t|does not) respect (the |our )?(\S+ )?"
               r"(format|template|structure)\b|\b(\d+|two|several|many) different ways\b|"
               r"\b(formats?|layouts?|structure) (are |is )?all over\b|\b(stays?|staying|"
               r"remains?) in character\b|\bsound alike\b|\brejects? anything else\b|"
               r"\bexactly (our|the) (\S+ ){0,2}order\b|\brejects? anything (that )?(isn'?t|is "
               r"not|not) (exactly )?(our|the)\b|\bexactly (our|the) (\S+ )?(format|layout|schema|"
               r"template|structure)\b|\bhouse voice\b|\bone (house )?voice\b|\bswings? from\b|"
               r"\b(starts?|started|begins?|began) (sounding|to sound) like\b|\b(score|label|"
               r"grade|answer|output)s? ("
               r"swings?|varies|changes|differs)\b|\bif you run it twice\b|\bexact (codes|"
               r"labels|values|strings|ids)\b|\b(ignores|ignoring|breaks|misses|"
               r"drifts from) (the|our) (\S+ )?"
               r"(format|template|structure|layout)\b|"
               r"\bnot (applied|used|followed|done|graded|scored|handled|written|marked) "
               r"consistently\b|\bsame (\S+ )?(voice|tone|style|register)\b|"
               r"\bthe same (term|terms|word|wording|translation|phrasing)( every time| each time| "
               r"throughout)\b|\b(translated|rendered) differently\b|"
               r"\b(columns|fields|keys|sections|headings) (\S+ ){0,2}(shift|shifts|move|moves|"
               r"jump|jumps) around\b|\b(into|as|to) (a |an )?(\S+ )?csv\b|"
               r"exact (format|voice|tone|style|wording|"
               r"template)|same (format|structure|sections?|template|style|voice|tone|\d+ "
               r"sections)|\b(fixed|set|mandatory|standard) (\d+|two|three|four|five|six)-(part|"
               r"section|line|field)\b|\bbreaks? (that|this) (structure|format|template|layout)\b|"
               r"fixed (\S+ )?(schema|format|structure|template|sections?|character|"
               r"length)|\bjson\b|schema|structured output|always (the same|in the same|with|"
               r"ends?|follow|use|includes?|mentions?)|brand voice|house style|style guide|"
               r"tone guide|on-?brand|off-?(tone|brand)|mandatory|our (exact )?voice|"
               r"brand (guidelines?|guide|book)|style (guidelines?|book)|always match|"
               r"in our (own )?(voice|tone|style)|sound like us|own (voice|tone|style)|"
               r"tone of voice|house (conventions|rules|format|standards?)|to the letter|"
               r"\b(format|template|schema|layout) exactly\b|"
               r"\b(required|specific|exact|fixed|house|our) (output |response )?"
               r"(format|template|structure)|"
               r"(its|their) own (\S+ )?(tone|voice|style|template|house style|format)|"
               r"\b(specific|particular|distinctive|signature|recogni[sz]able|unique) (\S+ )?"
               r"(voice|tone|style|register|feel)\b|"
               # "the formats slip after a few turns"
               r"\b(formats?|structure|sections) (slip|slips|slipped|drift|drifts|drifted)\b|"
               # "the output shape isn't reliably the same, which breaks the TMS import"
               # (not "posts must be creative, not always the same": variety wanted)
               r"\b(isn'?t|is not|aren'?t|are not|never) (reliably|consistently) (the same|"
               r"consistent|identical|stable)\b|"
               # A complaint that it misses the voice wants it: "it never quite sounds like
               # us"; "customers can spot one of ours a mile off"; "the dates come back in
               # three different formats"
               r"\b(never|doesn'?t|does not|don'?t|do not|didn'?t|did not|won'?t) (quite |really |"
               r"actually |ever )?(sound|sounds|read|reads|feel|feels) like (us|ourselves|our|we|"
               r"the brand)\b|\b(customers|people|readers|clients|fans|regulars|guests|buyers|"
               r"users|shoppers|listeners|viewers) (can|could) (spot|tell|recogni[sz]e) ((one|1) "
               r"of )?ours\b|\b(come|comes|came|coming) (back|out) in ([2-9]|[1-9]\d|"
               r"several|many|various|different) (different )?(formats|styles|shapes|layouts)\b|"
               r"(sound|sounds|read|reads|feel|feels) (\S+ ){0,2}like (us|ourselves|our|we|the "
               r"brand|him|her|them|the founder)\b|"
               # A length limit is a format: "280 characters max", "a word limit".
               r"(character|word|length|char) (limit|cap|max\w*)|\b\d+ (characters|chars|words)"
               r" (max\w*|tops|at most|or (less|fewer))\b|(no|never|not) more than \d+ "
               r"(characters|chars|words)|(max(imum)?|at most|up to|within|under) \d+ "
               r"(characters|chars|words)|"
               # Sets 68-73: "every office uses the same report format", "terms have to stay
               # the same always", "a prescribed template per product", "a fixed
               # pipe-separated form", "always in exactly this order"
               r"\bsame (\S+ )?(format|template|structure|layout)\b|\b(terms?|wording|"
               r"terminology|formats?|labels?|names?|codes?|numbers|ids|units|spellings|"
               r"abbreviations) (must|should|have to|has to|need to|"
               r"needs to) (be|stay|remain) (the same|identical|consistent)\b|\b(mandated|"
               r"prescribed|required|mandatory|regulated) (\S+ )?(template|format|wording|"
               r"structure|layout)s?\b|\bfixed (\S+ ){0,2}form\b|\balways in exactly (that|this|"
               r"the same) (order|structure|format|layout|shape)\b")
FRESH = (# "declarations, going, late non-runners and odds, all of which change up to minutes
         # before the off"; "availability pulled live from our calendar API"
         r"\b(all of which|which|they|these|those|both of which) (can )?(change|changes|shift|"
         r"shifts|move|moves) (up to (the )?minutes|by the (minute|hour)|every (few )?(minutes?|"
         r"hours?)|hourly|minute by minute)\b|"
         r"\b(pulled|fetched|read|looked up|taken|comes?|coming) live from\b|"
         r"\bupdates? (\S+ ){0,8}?every ([\d.]+ |few |couple of )?(minutes?|hours?|mins?)\b|"
         # "Dosing schedules get rewritten by our agronomist every week, sometimes twice"
         r"\b(schedules?|prices|price lists?|menus?|rates|policies|rules|specs?|timetables?|"
         r"stock levels|inventory|docs|documents|guidelines|protocols|rotas?) (get|gets|are|is) "
         r"(rewritten|updated|changed|revised|reissued) (\S+ ){0,4}(every|each) (day|week|"
         r"morning|night|shift)\b|"
         # "how often does it change? honestly all the time", "HR pushes updates to the
         # policies almost every week"
         # "Every night we add the day's edition, and corrections get appended to old
         # articles quite often"
         r"\bevery (night|day|morning|evening|week) we (add|publish|upload|load|ingest)\b|"
         r"\bwe (add|publish|upload|ingest) (the day'?s|today'?s|new|fresh) (\S+ ){0,2}(every|"
         r"each) (night|day|morning|week)\b|\b(corrections|updates|changes|amendments) (get|"
         r"are|keep getting) (appended|added|made|issued) (\S+ ){0,4}(quite |very |pretty |"
         r"fairly )?(often|frequently|regularly|all the time)\b|"
         r"\bchanges? (\S+ )?all the time\b|\bhow often (does it|do they|do these|do those|does "
         r"that|does this) change\?\s*(honestly,? )?(all the "
         r"time|constantly|every (day|week)|weekly|daily)\b|\b(push|pushes|pushed|publish|"
         r"publishes|ships?) (\S+ )?updates? (to|on) (\S+ ){0,5}(almost |nearly )?(every|each) "
         r"(day|week)\b|"
         r"\b(rules|prices|policies|schedules|days|times|hours|menus) (changed|change|shift|shifts|"
         r"shifted) (twice|\d+ times|several times|often|around)\b|\bwhatever is on the (\S+ ){0,2}"
         r"(website|site|page|intranet) (that|this) (week|day|month)\b|"
         r"\b(the )?(law|laws|rules|regulations?|legislation) (moves?|keeps? (changing|moving))\b|"
         # "we ship release notes every week", "questions about current pricing tiers"
         r"\b(ship|publish|push|release)\w* (new )?(release notes|releases|updates|versions|"
         r"changes) (every|each) (week|day|sprint|month)\b|\b(current|latest|today'?s) (pricing|"
         r"prices|price list|fees|rates|stock|inventory|availability|opening hours|timetables?|"
         r"schedules?|menus?)\b|"
         r"\b(stock|prices|inventory|availability|rates|schedules?|timetables?) (\S+ )?(moves?|"
         r"shifts?) (basically |pretty much |roughly )?(every|hourly|daily|constantly|all the "
         r"time)\b|"
         r"\bchanged (\S+ ){0,4}(twice|three times|several times|again) in\b|"
         # (not "the editors want every description to follow the same structure")
         r"(chang|updat|revis|edit(?!or)|grow|expand|evolv|refresh|amend)\w*(\s+\S+){0,6}?\s+("
         r"every(?! (description|one|item|product|listing|record|document|email|answer|reply|"
         r"report|note|letter|post|page|field|entry|row|case|ticket|message))|"
         r"often|frequently|constantly|continually|continuously|all the time|hourly|weekly|daily|"
         r"monthly|quarterly|regularly|(month|week|day) to (month|week|day)|"
         r"most (days|weeks|months)|(every|each) few (days|weeks|months))|"
         r"\b(revised|changed|updated|amended) (\d+|several|many) times in\b|"
         r"\b(will|going to) keep changing\b|"
         r"\bnew (\S+ ){0,2}(every|each) (day|week|month)|"
         # "sends new bulletins most weeks", "revised twice this year already"
         r"\bnew (\S+ ){0,2}most (days|weeks|months)\b|"
         # "availability changes by the minute", "the rules change whenever the council
         # renegotiates"
         r"\bchang(e|es|ing) by the (minute|hour|day)\b|\b(rules|prices|policies|terms|rates|"
         r"availability|stock) chang(e|es) whenever\b|\b(revised|changed|updated|amended) "
         r"(twice|three times|\d+ times|several times) (this|last|a|per) (year|month|quarter)\b|"
         r"(chang|updat|revis|mov|shift)\w* (\S+ )?(\d+|several|many|multiple) times (a|per|"
         r"each|every) (day|week|hour|shift)|"
         # "patches drop every two weeks", "new fares go live daily"
         r"(patch|price|menu|polic|rule|fare|rate|regulation|catalog|inventor|schedule|listing|"
         r"release|version|offer|promo)\w*\s+(\S+\s+){0,3}?(drop|ship|land|come out|roll out|"
         r"go live|appear|arrive)\w*\s+(\S+\s+){0,3}?(every|each|weekly|daily|monthly|often|"
         r"constantly|all the time)\b|"
         r"up[- ]to[- ]date|"
         r"latest (prices|docs|information|info|policies|version|news)|(today'?s|breaking|current|"
         r"daily) news|prices? change|"
         r"real[- ]?time (data|prices|inventory|info\w*|stock)|live (data|inventory|prices|"
         r"stock)|(answer\w*|questions?)\b[^.]{0,40}\b(our|their|the|its) (own )?(docs|"
         r"documentation|knowledge base|wiki|policies|policy (documents|docs)|manuals?|"
         r"handbook|help center)")
STALE_OK = r"(rarely|never|don'?t|doesn'?t|do not|does not) chang"
LATENCY = (r"low[- ]latency|latency[- ](critical|sensitive)|(tight|strict) latency|"
           r"in real[- ]?time\b|(under|within|less than|below) (half )?an? second|sub-?second|"
           r"(real[- ]?time|instant\w*) (responses?|answers?|suggestions?|repl(y|ies))|"
           r"(respond|answer)s? (instantly|in real[- ]?time)|as fast as possible|"
           # "far too slow for type-ahead", "the right aisle as people type"
           r"\btoo slow for (live|real[- ]?time|interactive|type-?ahead|search|autocomplete|"
           r"chat)\b|"
           r"\btype-?ahead\b|"
           r"\bas (people|users|customers|shoppers|they|you) type\b")
LATENCY_OK = (r"latency (doesn'?t|does not|isn'?t|is not) (matter|important|an issue)|"
              r"not latency[- ]sensitive|batch (job|process\w*)|overnight|offline (batch|"
              r"processing)|\bbatch is (fine|ok|okay)\b|\bno real[- ]?time (needed|required|"
              r"need)\b|"
              r"\bno latency (reqs?|requirements?|needs?|constraints?)\b|"
              # "a reply within a day is fine", "no rush", "it's async", "can take a minute"
              r"\bwithin (a|an|1|the|\d+) (day|days|hours?|business day|working day|week)\b|"
              r"\bnobody waits\b|\basync\w*\b|\b(as|in) (a )?batch(es)?\b|\bno (rush|hurry)\b|"
              r"\b(can|could|may) take (a|an|1|\d+|a few|several) (minutes?|hours?)\b|"
              r"\b(a few|several|a couple of|\d+) (minutes?|hours?|days?) (\S+ ){0,2}(is|are) "
              r"(totally |perfectly )?(fine|ok|okay|acceptable)\b|\b(a|1) day is (fine|ok)\b|"
              r"\b(latency|speed|response times?|timing)\b[^.]{0,30}\bnot (critical|urgent)\b|"
              r"\bnot time-critical\b|"
              # "well, fast for email. If the reply is ready in a minute it is perfect."
              r"\bfast for (an? )?(email|e-mail|mail|letters?)\b|\b(ready|back|done|answered) "
              r"(with)?in (a|an|1|a few|\d+) (minutes?|hours?)\b[^.]{0,20}\b(perfect|fine|ok|"
              r"okay|enough|great)\b")
PROMPTED = (r"prompt\w*|\b0-shot\b|\btried (a|an|the|our) (\S+ ){0,3}(model|llm)\b|"
            # "What we tried: pasted the rules and asked for the copay."
            r"\bwhat (we|i) tried:? (we |i )?(pasted|gave|asked|sent|fed|put|typed)\b|"
            r"\bpasted (the|our|my) (\S+ ){0,2}(rules|policy|policies|guidelines|plan|schema|spec|"
            r"template|notes)s? (in )?and asked\b|"
            # "we prepend each client's glossary and style guide to every request"
            r"\b(prepend|prepends|prepending|inject|injects|injecting|stuff|stuffs|stuffing) "
            r"(\S+ ){0,6}?(to|into) (every|each) (request|call|query)\b|"
            # "we send the transcript plus a per-client block of instructions and 2 sample
            # summaries"
            r"\b(send|sends|sending|give|gives|giving|pass|passes|passing|feed|feeds|feeding) "
            r"(it |the model )?(the |each |every )?\S+ (plus|with|along with|together with) (a |an "
            r"|the |our |its )?(\S+ ){0,2}(block|set|list|page|paragraph) of instructions\b|"
            # "instructions about our listing style plus 3 example listings"
            r"\binstructions (\S+ ){0,5}(plus|and|with|\+) (\d+|a few|some|a couple of) (\S+ )?"
            r"(examples?|samples?)\b|"
            # "a volunteer knocked together something with the Claude API last month"
            r"\b(knocked|threw|hacked|put|cobbled|slapped|thrown|hacked) together (something|a "
            r"(little |small |quick )?(tool|script|thing|bot|app)) (with|on|using) (the )?(\S+ )?"
            r"(api|chatgpt|claude|gpt\S*|gemini)\b|"
            r"\btried (asking|telling) (it|the model|the ai|chatgpt|gpt\S*|"
            r"claude|gemini)\b|\bpast(e|ed|ing) (\S+ ){0,5}into (a |the )?(\S+ )?(chat ?bot|"
            r"chat window|copilot|"
            r"chat)\b|few-?shot|zero-?shot|json mode|chatgpt|gpt-?\d\w*|\bgpt\b|claude|gemini|"
            r"\bcopilot\b|"
            r"examples? (pasted|stuffed|inside)|\bopenai\b|\bhosted (model|llm)\b|"
            r"\bexample (dialogues|conversations|replies|answers|emails)\b|"
            r"\b(long|detailed|written|\S+-page) instructions?\b|\binstruction \+|"
            r"\binstructions (and|with|plus) (a few |some )?examples\b|\b(per-\S+|tailored|"
            r"custom) (instructions|system prompts)\b|"
            r"\b(guide|guidelines|rules|notes|handbooks?|docs?) (pasted|inside the prompt)|"
            r"tried (\S+ ){0,3}(llm|model|gpt|claude|llama|mistral)|"
            # "I tried just asking the approved vendor model in plain words"
            r"\bhowever (i|we) (re)?(word|phrase)\b|\bno matter how (i|we) (re)?(word|phrase)\b|"
            r"\b(asking|asked) (the |a |an |our )?(\S+ ){0,3}(model|llm|chatgpt|gpt\S*|claude|"
            r"gemini|ai)\b|"
            # a prompt said without the word: "we fiddled with the wording for weeks", "adjusting
            # the instructions he gives the model", "a really detailed brief for the AI"
            r"\b(fiddl|tinker|tweak|adjust|rework|reword|rewrit|polish|refin|play)\w* (with |on )?"
            r"(the |our |its |his |her |my |their )?(wording|instructions|brief|phrasing)\b|"
            r"\b(wording|instructions|brief|phrasing) (\S+ ){0,3}(for|to|gives?|gave|give) (the |"
            r"our )?(ai|model|llm|bot|chatbot|chat ai)\b")
SHORTFALL = (r"stuck|plateau\w*|\bstall(s|ed|ing)?\b|\bwander(s|ed|ing)?\b|"
             # "very long and still 1 in 5 rejected"
             r"\bstill (\S+ ){0,2}(\d+ (in|out of) \d+|\d+ ?%|a (third|quarter|fifth|half)) (of "
             r"(them|those) )?(\S+ )?(rejected|wrong|bounced|sent back|fail\w*|kicked back)\b|"
             # "but still it change order of sections, forget the insulation table"
             r"\bbut still (it|they) (change|changes|forget|forgets|drop|drops|mix|mixes|swap|"
             r"swaps|write|writes|skip|skips|invent|invents|break|breaks)\b|"
             # "it basically guesses the grade", "it was fine but a bit samey"
             r"\b(basically|just|only|mostly|essentially) guess(es|ed|ing)?\b|\b(fine|ok|okay|"
             r"decent|good) but (a bit |rather |quite |very |too |kind of |a little )?(samey|"
             r"repetitive|generic|bland|flat)\b|"
             # "the wording never sounds like us", "It works somewhat, but ... the conventions
             # of similar courts get mixed"
             # "2,500 extra tokens per call ..., which is slowing everything down"
             r"\bslow(s|ing)? (everything|things|it all|us|the whole thing) down\b|"
             # "it confidently talked about pins that don't exist"
             r"\bconfidently (\S+ ){0,2}(wrong|made up|invent\w*|talked about|claim\w*|describ\w*|"
             r"cit\w*)\b|\b(that|which) (don'?t|do not|didn'?t|did not) (even )?exist\b|"
             # "cataloguers still correct the condition phrasing on roughly a third of lots"
             r"\bstill (correct|fix|rewrite|edit|change|redo)\w* (\S+ ){0,6}?(on|in|for) (roughly "
             r"|about |around |nearly |over |maybe )?(a third|a quarter|half|a fifth|\d+ ?%|1 in "
             r"\d+)\b|"
             # "still disagrees with senior searchers on about one claim in four"
             r"\bstill (disagrees?|differs?|diverges?|conflicts?|clashes?) with\b|"
             r"\b(never|doesn'?t|does not|don'?t|do not) (really |quite )?sounds? like (us|them|"
             r"our brand|our house style|our voice)\b|\bworks somewhat\b|\b(still )?(\S+ ){0,4}"
             r"get mixed( up)?\b|"
             # "shops keep rejecting drafts"
             r"\bkeeps? (rejecting|flagging|sending back|bouncing|correcting|rewriting) (the |"
             r"our )?"
             r"(drafts|outputs|replies|answers|letters|texts|them|it)\b|"
             # "QA still rejects roughly 1 in 6 letters", "1 report in 8 still comes back with
             # sections reordered", "the reasoning was shallow"
             r"\b(rejects?|rejected|flags?|flagged|kicks? back|bounces?|sends? back|fails?) "
             r"(about |roughly |nearly |over |around |maybe |almost )?(\d+|one) (\w+ )?(in|out "
             r"of) (\d+|two|three|four|five|six|seven|eight|nine|ten)\b|"
             r"\b(still )?(comes?|came|coming) back (with )?(\S+ ){0,3}(reordered|wrong|broken|"
             r"missing|made[- ]up|dropped|invalid|garbled|mangled)\b|"
             # "it keeps choosing near-synonyms that aren't on the list", "got the style
             # maybe half right", "the partners still see violations", "the result was too
             # technical and too long"
             r"\bkeeps? (choosing|picking|inventing|making up|mixing|confusing|swapping) \w+|"
             r"\b(got|gets|getting) (the \w+ )?"
             r"(maybe |about |only |roughly |around |barely )(half|a third|a quarter|two thirds)"
             r" right\b|\bstill (see|sees|get|gets|have|has|find|finds) (\S+ )?(violations|"
             r"errors|mistakes|problems|issues|complaints)\b|\b(result|results|output|outputs|"
             r"answer|answers|text|draft|drafts) (was|were|is|are) (\S+ )?too (technical|long|"
             r"short|generic|formal|informal|stiff|wordy|vague|salesy|bland|robotic|"
             r"complicated)\b|"
             # "A bit purple.", "the partners keep saying it doesn't read like their work"
             r"\ba bit (purple|flat|bland|stiff|generic|wooden|robotic|salesy|cheesy|cold|"
             r"formal|corporate|off)\b|\b(doesn'?t|does not|don'?t|do not|never) (read|sound)s? "
             r"like (their|our|his|her|the) \w+|"
             # "result was not so good", "the structure was every time different"
             r"\b(result|results|output|outputs|answer|answers|quality) (was|were|is|are) not (so |"
             r"very |that |really |too )?good\b|\b(structure|format|layout|order) (was|is|were|"
             r"are) (\S+ )?(every|each) time different\b|"
             # "What came back was okay but very stiff"
             r"\bwhat (came|comes|it gave|we got) (back )?(was|is|were) (\S+ ){0,4}?(stiff|wooden|"
             r"generic|bland|vague|wrong|off|meh|robotic|flat|awkward|clunky|useless|rubbish)\b|"
             # "still maybe one of five notes the model change the order or forget a section"
             # "wrong on 3 of the 5 i tried"
             r"\bwrong (on|in|for) (\d+|two|three|four|five|half) (of|out of) (the )?(\d+|five|"
             r"six|ten)\b|"
             r"\b(1|one|2|two|3|three) (of|in|out of) ([2-9]|\d\d|two|three|four|five|six|seven|"
             r"eight|nine|ten) (\S+ ){0,4}?(change|changes|forgets?|drops?|miss|misses|breaks?|"
             r"fails?|mix(es)? up|gets? (it )?wrong|reorders?|skips?|invents?|hallucinates?)\b|"
             r"\b(reasoning|answers?|results?|outputs?|analysis|responses?|drafts?|quality) (was|"
             r"were|is|are|felt|seemed|came out) ((?!not |never |hardly )\S+ )?(shallow|"
             r"superficial|weak|mediocre|meh|vague|generic|bland|wishy-washy|"
             r"useless|nonsense|all over the place)\b|"
             # "a generic 'write a caption for this brand', which was meh"
             r"\b(which|that|it) (was|were|is) (\S+ )?(meh|vague|useless|nonsense|rubbish|"
             r"garbage|bland|mediocre)\b|"
             # "it gave confident nonsense"
             r"\b(it|which|that|the model) (gave|gives|produced|produces|spat out|returned) "
             r"(\S+ )?(nonsense|rubbish|garbage|gibberish|junk)\b|"
             # "Quality is decent, 88% exact match, but it takes about 180 ms", "sat at an
             # average F1 of 0.72", "it hasn't moved", "1 of 4 answers tells an old price"
             r"\b(quality|accuracy) is (decent|ok|okay|fine|good|solid),? (\S+ ){0,4}but\b|"
             r"\b(sat|sits|sitting|hovered|hovers|hovering) at\b|"
             # "still bounce a third of drafts", "below what the units need", "many rule
             # violations stay", "every output must be checked again"
             r"\b(bounce|bounces|reject|rejects|rejected|send back|sends back|kick back) (about |"
             r"roughly |nearly |over )?(half|a third|a quarter|most|\d+ ?%|many|some) (of )?(the |"
             r"our )?(drafts|outputs|replies|answers|texts|emails)\b|\bbelow (what|where) (the |"
             r"our |"
             r"their )?"
             r"(\S+ ){0,2}(need|needs|want|wants|require|requires|expect|expects)\b|"
             r"\b(many|lots of|some|several) (rule )?(violations|errors|mistakes) (stay|remain)\b|"
             r"\bevery (output|draft|answer|result) (must|has to|needs to) be (checked|corrected|"
             r"fixed|reviewed) again\b|"
             r"\b(it|that|the score|the number|the rating|scores?) (still )?(hasn'?t|has not|"
             r"haven'?t|have not) (really )?(moved|budged|improved|changed)\b|"
             r"\b(tells?|gives?|quotes?|says?|states?) (an? |the )?(old|outdated|out-of-date|stale|"
             r"wrong) (price|prices|information|info|stock|date|answer)s?\b|"
             # "every third one comes out sounding like generic catalogue copy"
             # "did not give me the keywords right", "they sound like every other wellness app"
             r"\b(didn'?t|did not|doesn'?t|does not) (give|get) (me |"
             r"us )?(the )?(\S+ ){0,2}right\b|"
             r"\bsounds? like every (other|generic)\b|"
             r"\bevery (other|second|third|fourth|fifth) (one|reply|draft|answer|output|letter|"
             r"description|email|text|label)\b|"
             # "it got maybe two thirds right"
             r"\b(gets?|got|getting) (maybe |about |roughly |only |around |like )?(half|a third|"
             r"a quarter|2 thirds|3 quarters) (of (them|it|the \w+) )?(right|correct)\b|\bbad\b|"
             r"\bpoor\w*|not good|isn'?t good|wasn'?t good|"
             # "it understand well but sometime put one review in two group"
             r"\b(understands?|works?|does|reads?|gets? it) (\w+ )?(well|ok|okay|fine|good) but "
             r"(it )?(sometimes?|often|occasionally|still)\b|"
             # "writes fluent text but keeps the hard words and sometimes changes facts"
             r"\b(sometimes|often|still|keeps?|occasionally) (changes?|invents?|makes? up|gets? "
             r"wrong|mixes? up|drops?|misses?|alters?|twists?) (the |some )?(facts|details|names|"
             r"numbers|dates|fields|figures|meaning)\b|"
             # "it keeps some legal jargon and sometimes drops the deadline"
             r"\b(sometimes|often|still|keeps?|occasionally) (drops?|misses?|loses?|forgets?|"
             r"omits?|leaves? out|skips?|shuffles?|reorders?|jumbles?|swaps?|mixes up) ((the|some|"
             r"key|important|a|an|our) )?(?!(nothing|none)\b)\w+|"
             # "half the agencies are well below the accuracy they need", "got us close but
             # it's not close enough"
             r"\b(well |far |way |still |just )?below (the |our |their )?(accuracy|quality|bar|"
             r"target|threshold|level|score)\b|\bnot close enough\b|"
             # "quality is 10 to 15% lower than we need"
             r"\b(lower|worse) than (we|they|the business|customers|clients|users) (need|needs|"
             r"want|wants|require|requires)\b|"
             # "agents still edit about half the drafts heavily"
             # ("clinicians still rewrite in about half of the cases")
             r"\b(edit|rewr[io]te|rewritten|fix|correct|redo)\w* (in )?(about |roughly |nearly |"
             r"almost |over |at least )?"
             r"(half|most|a third|two thirds|\d+ ?%|\d+ percent) (of )?((the|our|its|their) )?("
             r"drafts|outputs|replies|answers|texts|summaries|results|descriptions|cases|letters|"
             r"emails|documents|reports|notes|translations|ones|them)\b|"
             # "accuracy was acceptable but 300 ms a call, hopeless for auth", "far too slow"
             r"\bhopeless\b|\b(far |way |much |still )?too (slow|expensive|costly|pricey)\b|"
             # "the style is still not right, reviewers correct too much", "the edit distance is
             # not going down"
             r"\b(is|are) still not (right|there|good enough)\b|\b(correct|edit|fix|rewrite|"
             r"redo)\w* too much\b|\b(is|are|isn'?t|aren'?t) not (going|coming) down\b|"
             r"\b(isn'?t|aren'?t|hasn'?t|haven'?t) (gone|come|going|coming) down\b|"
             # "the structure wandered on long cases", "barely better than guessing"
             r"\b(structure|format|layout|template|tone|voice|style) (wandered|wanders|drifted|"
             r"slipped|varied|varies|wobbles|wobbled)\b|\b(barely|hardly|not much|no|only "
             r"slightly) better than (guessing|chance|random|a coin( flip)?)\b|"
             # "still it mixes neutral and slightly negative all the time"
             r"\bstill (it |they )?(mix|confus|swap|mess)\w*|\b(mix|confus|swap)\w* (\S+ ){1,5}"
             r"all the time\b|"
             # "prompting with bios made everyone sound like the same polite assistant"
             r"\bmade (everyone|everybody|every \w+|all (of )?(them|the \w+)|them all) sound "
             r"(like )?(the same|alike|identical)\b|"
             # "sometimes it answers with the old law, which is dangerous for us"
             r"\b(answers?|replies|responds?|comes back) with (the )?(old|outdated|out-of-date|"
             r"stale|last year'?s|previous|wrong) (law|laws|rules|prices|information|info|facts|"
             r"figures|rates|data|version|policy)\b|\bdangerous for us\b|"
             # "under a third of the programs compile"
             r"\b(under|less than|fewer than|only|barely|not even) (a third|half|a quarter|a "
             r"fifth|\d+ ?%) of (the |our |its )?(\S+ )?\w+ (even )?(compile|compiles|run|runs|"
             r"work|works|pass|passes|parse|parses|validate)\b|"
             # "on the delivery notes it mixes tare and gross"
             r"\b(it|the model|the llm|the prompt|they) (mixes|mixed|confuses|confused|swaps|"
             r"swapped) (up )?(\S+ ){1,3}(and|with) \w|"
             # "two came out way too chatty", "was too blunt for the subtle cases", "the dwarf
             # sounds like a customer-service bot after three lines"
             r"\b(came out|comes out|come out|are|were|was|is|it'?s|sounds?) (way |far |much |a "
             r"bit |still )?too (chatty|long|wordy|formal|casual|stiff|verbose|generic|robotic|"
             r"blunt|vague|bland|salesy|difficult|hard|complicated|advanced|easy|simple|basic|"
             r"flat|literal|"
             r"corporate|dry|cold|sterile|clinical|wooden|cheesy|pompous|preachy|cringey|"
             r"american|stiff)\b|"
             # "the result is too difficult and always same style, little bit boring"
             r"\balways (the )?same (style|tone|structure|format|voice|phrasing)\b|"
             r"\b(bit|quite|very|so|too|rather|pretty|kind of|kinda) boring\b|"
             # "it came out over the top, very flowery, so I gave up on it"
             r"\bover the top\b|\b(very |too |a bit |rather )flowery\b|"
             r"\bbut (it )?(missed|dropped|ignored|left out) (the|some|key|important|all the) \w+|"
             r"\bsounds? like (a |an )?(customer[- ]service|generic|"
             r"corporate|robot\w*|chat ?bot|press release)\b|"
             # "is ok for big pairs but weak in small ones", "patchy on the rare codes"
             r"\b(but|is|are|was|were|still|too|quite|very|rather|pretty) (weak|patchy|spotty|"
             r"unreliable|shaky|flaky|hit and miss|hit-or-miss|hit-and-miss)\b|"
             # what goes wrong, told: "mistakes are mostly the size ... and dates"
             r"\b(the |its |their )?(mistakes|errors|failures|misses) are (mostly|mainly|"
             r"usually|always|often|typically|all)\b|"
             # "It still busts the line limit on roughly one in eight subtitles and our QC
             # people fix them by hand", "about 1 in 6 get bounced", "the marketplace feeds
             # reject listings"
             r"\b(busts?|breaks?|exceeds?|blows?|overshoots?|goes over|misses) (the )?(\S+ )?("
             r"limit|limits|length|character count|word count)\b|\b(people|team|staff|editors|"
             r"reviewers|agents|checkers) (still )?(fix|fixes|correct|redo|rewrite) (them|it|those|"
             r"these) by hand\b|\b(\d+|one) (\w+ )?(in|out of) (\d+|two|three|four|five|six|"
             r"seven|eight|nine|ten) (\w+ )?(get|gets|got|are|were|is|was) (still )?(bounced|"
             r"rejected|kicked back|sent back|returned|wrong|broken)\b|\b(feeds?|marketplaces?|"
             r"portals?|systems?|validators?) (still )?(reject|rejects|bounce|bounces) (\S+ )?("
             r"listings|records|files|submissions|entries|outputs|them)\b|"
             # "after 6 or 7 messages it forget the style", "the boundaries are where it
             # falls down", "it wrote something that sounded like a car advert"
             r"\b(it|the bot|the model|the prompt) (forgets?|forgot|loses?|lost|drops?|dropped) "
             r"(the |its |our )?(style|tone|voice|persona|format|rules|instructions)\b|"
             r"\b(where|that'?s where|is where|are where) (it|the model|the prompt) (falls "
             r"down|falls over|struggles|breaks|fails|goes wrong)\b|\bsound(s|ed)? like (a |an )?"
             r"(car advert|advert|ad|sales pitch|brochure|estate agent|marketing copy|"
             r"horoscope|greeting card)\b|"
             # "every few hundred sheets it renames a key or nests something and the import
             # breaks"
             r"\b(the )?(import|upload|pipeline|parser|label print|print job) (breaks|fails|chokes|"
             r"crashes)\b|\b(renames?|drops?|nests?|invents?) (a |the |some )?(key|keys|field|"
             r"fields|column|columns)\b|"
             # "it keeps filing 'overflowing communal bin' under missed collection instead of
             # container issues, and supervisors complain", "sometimes it slips into 'excels
             # compared to peers' language, which we can't have"
             # (a complaint about the outputs, not about the business: "customers complain
             # about late deliveries" is the problem the task is for)
             r"\b(supervisors|customers|users|staff|clients|editors|reviewers|agents|teachers|"
             r"parents|residents|crews) (still |often |always |keep )?(complain|complaining)(\s*"
             r"([.,;!]|$)| about (it|them|the (outputs?|drafts?|replies|answers|summaries|"
             r"emails|tone|wording|format|labels|results)))|"
             r"\bkeeps? (filing|putting|tagging|routing|sending|labell?ing|classifying|marking) "
             r"[^.]{0,80}\b(instead of|rather than)\b|\b(it|the model|the bot|the prompt|the "
             r"outputs?|the tone|the voice) (sometimes |often |still |keeps? )?(slips?|slipping|"
             r"lapses?|lapsing) into\b|"
             r"\bwhich we can'?t (have|accept|allow|use)\b|"
             # "Still it give broken JSON or invent item codes"
             r"\b(gives?|gave|returns?|produces?) (broken|invalid|malformed) (json|xml|output|"
             r"csv)\b|\binvents? (\S+ )?(codes|values|ids|numbers|item codes)\b|"
             # "too long, too gushy. didn't try again"
             r"(^|[.;:!?] )too (long|wordy|chatty|generic|gushy|formal|casual|stiff|verbose|"
             r"robotic|bland|salesy|corporate|vague|technical|flowery|cheesy|flat|literal)\b|"
             # "it came out bland and got one of the wage figures wrong"
             r"\b(came|comes|come) out (too |very |a bit |rather )?(generic|bland|flat|wooden|"
             r"robotic|stiff|corporate|dull|boring)\b|"
             # "results were mixed - sometimes great, sometimes race skis for a beginner"
             r"\b(results?|outputs?|answers?|quality) (was|were|are|is) (\S+ )?mixed\b|"
             # "the model blends rules from different universities"
             r"\b(blends?|blending|mixes|mixing|muddles?|muddling|conflates?|conflating) (up )?"
             r"(the )?(rules|styles|guides|conventions|voices|instructions|guidelines)\b|"
             # "it was actually pretty good, just a bit too corporate"
             r"\b(a bit|a little|slightly|somewhat|rather|way|far|just) too (chatty|long|wordy|"
             r"formal|casual|stiff|verbose|generic|robotic|blunt|vague|bland|salesy|corporate|"
             r"dry|cold|sterile|clinical|wooden|cheesy|pompous|preachy|cringey|american|"
             r"technical|flowery|salesy|polished|slick)\b|"
             # "I asked ChatGPT once in passing ... and it was nonsense"
             r"\b(it|that) (was|is) (just |total |complete |utter )?(nonsense|gibberish|useless|"
             r"unusable)\b|"
             # one casual try: "it make mistake in the order", "it said N gauge runs on OO
             # track, which is rubbish", "she tried it once and said it was cheesy"
             r"\b(it|they|the model|chatgpt|gpt\S*|claude|gemini) (make|makes|made|making) (a |"
             r"some |big |many |lots of |basic |silly )?(mistakes?|errors?)\b|\b(which|that|it) "
             r"(is|was|'s) (just |total |complete |utter |pure |a bit |too |very |so )?(rubbish|"
             r"garbage|cheesy|cringe\w*|terrible|awful|naff|corny)\b|"
             # "it made some arithmetic mistakes", "cost is our problem", "the cost at our
             # volume was silly"
             r"\bmade (some|a few|several|many|lots of|a lot of|too many|\d+) (\S+ )?(mistakes|"
             r"errors)\b|"
             # "came out generic and estate-agent-ish", "they beat our hand-written prompts by
             # 6 to 11 points", "but at our volume that's ~$40k/month", "cheaper models drop to
             # 80%"
             r"\bcame out (\S+ ){0,2}(generic|bland|flat|wrong|stiff|robotic|off|wooden|"
             r"clunky)\b|\bbeat (our|the) (\S+ ){0,2}prompts? by\b|\bbut at (our|this|that) "
             r"(volume|scale)\b|\b(cheaper|smaller) models? (drop|drops|fall|falls) to\b|"
             # "No wait, it's not fine, it quoted an old payment-pause date last month"
             r"\b(it'?s|it is|that'?s) not fine\b|\bquoted an? (old|outdated|wrong|stale|"
             r"expired) \S+|"
             # "it mix the species names when skippers use portuguese slang"
             r"\b(it|the model) (mix|mixes|mixed|confuse|confuses|confused) (the |our )?(\S+ )?("
             r"names|labels|categories|codes|species|terms|classes|fields)\b|"
             # "the translators end up fixing every third paragraph"
             r"\b(end|ends|ended) up (fixing|correcting|rewriting|editing|redoing)\b|\b(fix|"
             r"fixes|fixing|correct|corrects|correcting|rewrite|rewrites|rewriting) every (second|"
             r"third|other|fourth|fifth) \w+\b|"
             # "fine on obvious stuff, vague on borderline cases"
             r"\b(vague|weak|shaky|unreliable|inconsistent|poor|bad|lost|useless) on (the )?("
             r"borderline|edge|harder|hard|tricky|ambiguous|subtle|rare|grey-area|gray-area) "
             r"(cases|ones|stuff|examples|messages|calls|items)\b|"
             # "a few-shot prompt is accurate but takes 700 ms+", "the cost is killing us"
             r"\bbut (it )?(takes|took|needs) (about |around |over |roughly |~)?\d+(\.\d+)? ?(ms|"
             r"milliseconds|s|secs?|seconds)\b|\b(cost|bill|price|spend|latency)( \S+)? (is|are|"
             r"was) killing us\b|"
             r"\bmade (obvious|basic|silly|dumb|glaring|stupid|embarrassing|serious|"
             r"big|real) (mistakes|errors)\b|"
             r"\bcost is (our|the) (problem|issue)\b|\b(cost|costs|bill|price)\b[^.]{0,30}\b(was|"
             r"is|were|are|would be|will be) (silly|insane|too high|crazy|prohibitive|absurd|"
             r"ridiculous)\b|"
             # "the banned words keep sneaking back"
             r"\bkeeps? (sneaking|creeping|slipping|coming|popping) (back|up)\b|"
             # "broke voice constantly and the examples blew our latency"
             r"\b(broke|breaks|breaking) (the |its )?(voice|character|tone|format|style|persona|"
             r"schema)\b|\b(blew|blows|blowing) (through )?(our|the) (latency|budget|token)\b|"
             # "it gave a nice table but broke two rules", "ignores the constraints"
             r"\b(broke|breaks|breaking|violat\w*|ignor\w*) (\d+|a|an|some|a few|several|many|most|"
             r"half|the|our|my|its|one|1|two|three|our own) (\S+ )?(rules?|constraints?|"
             r"conditions?)\b|"
             # "the plan looked nice but two stops were outside their window"
             r"\bbut (\d+|some|a few|several|many|most) (of (the|its|our) )?(\S+ )?(were|was|are|"
             r"came out|ended up) (still )?(outside|wrong|off|missing|broken|incorrect|invalid|"
             r"made up|invented)\b|"
             # "a month of tweaking hasn't moved it", "rewording didn't budge the score"
             r"\b(hasn'?t|has not|haven'?t|have not|didn'?t|did not|won'?t|doesn'?t|does not) "
             r"(really )?(moved|move|budged|budge|improved|improve|shifted|shift) (it|the (score|"
             r"number|needle|accuracy|results?))\b|"
             # "the prompt works only because it carries six examples, and it is now our
             # biggest line item after payroll": working, at a cost that falls short
             r"\b(now |become |becoming )?(our|the) (single )?(biggest|largest|second[- ]"
             r"biggest|main) (line item|cost|expense|bill|spend)\b|"
             # "70, 72, 71 and 72 percent. It just doesn't move."
             r"\b(it|that|the (score|scores|number|numbers|accuracy)|scores|numbers) (just |"
             r"simply |really |still )?(doesn'?t|does not|don'?t|do not|won'?t|will not) (move|"
             r"budge)\s*([.!;]|$)|"
             # "a third of the outputs didn't sound like them", "half the drafts were off",
             # "30 versions, and it's not getting better"
             r"\b(a third|half|a quarter|some|many|most|too many|\d+ ?%) (of )?(the |our |its )?"
             r"(\S+ )?(outputs?|drafts?|answers?|replies|results?|responses?|ads|texts?|"
             r"summaries|labels|generations?|emails|posts) ((didn'?t|don'?t|did not|do not|"
             r"were not|weren'?t|are not|aren'?t|failed|fail|missed|miss)\b|(were|are|came out|"
             r"come out) (\S+ )?(wrong|off|unusable|generic|bland|robotic|off-?brand|off-?voice|"
             r"useless)\b)|\b(it'?s|it is|is|are|they'?re) not (getting|gotten) (any )?better\b|"
             r"\b(not|stopped) improving\b|"
             # "it broke the time windows", "we've rewritten the prompt fifteen times", "still
             # reads most sarcasm as praise", "half the drafts are usable", "the long prompts
             # kill our throughput", "scores change between runs", "kept reordering sections",
             # "the tone goes to advert style", "the engine crashes", "the problem is cost"
             r"\b(it|that|which|they) broke\b|\b(rewritten|rewrote|reworded|tweaked|changed|"
             r"iterated on) (the |our )?(\S+ )?prompts? (\S+ ){0,3}(\d+|many|countless|dozens of) "
             r"times\b|"
             r"\bstill (reads|treats|takes|calls|labels|marks|tags|flags|sees) (\S+ ){0,4}as\b|"
             r"\boff-?voice\b|\b(half|a third|some) (of )?(the )?\w+ (are|is) usable\b|\bthe rest "
             r"(go|are|come out) (off|wrong|unusable)|\bkills? (our |the )?(throughput|latency|"
             r"speed|budget|margins?)\b|\b(scores?|labels?|answers?|outputs?|grades?) change "
             r"between runs\b|\bdisagrees? with (our|the) \w+|\b(kept|keeps) (reordering|"
             r"paraphrasing|rewriting|changing|merging|splitting|renaming|shuffling|switching|"
             r"agreeing)\b|\b(tone|style|voice) (goes|drifts|slides|turns) (to|into|back)\b|"
             r"\btoo (strong|salesy|formal|stiff|pushy)\b|\bcrash(es|ed)?\b|\bthe (problem|"
             r"issue|catch) is (the )?(cost|speed|latency|price|tokens?|bill)\b|"
             # ("7 of 10 right" is read by its share in OUT_OF: "9 of 10 right" is no shortfall)
             r"\bmix(es|ed) (\S+ ){1,3}(a lot|often|constantly|all the time)\b|"
             # "prompting with domain descriptions was measurably worse on the pilots"
             # (not what prompting beat: "the old rules engine was worse than the prompt")
             r"\b(was|were|is|are) (measurably |noticeably |clearly |much |a lot |far )?worse\b"
             r"(?! than (the |our |a |my )?(prompt|prompting|llm|model|gpt\S*|claude|gemini|"
             r"chatgpt)\b)|"
             # "~half violate spacing or leave cars stranded" (not a rule to keep: "must not
             # violate GDPR", "without violating the rest rules")
             r"(?<!not )(?<!never )(?<!n't )(?<!cannot )(?<!without )(?<!to )"
             r"\bviolat(e|es|ed|ing)\b|"
             # "at 2M pages a month the bill is brutal"
             r"\b(bill|costs?|invoice|spend|spending) (is|are|was|were|gets?|got|has gotten|"
             r"has become) (\S+ )?(brutal|painful|insane|huge|ugly|eye-?watering|crazy|"
             r"ridiculous|killing us|unsustainable|through the roof|out of control|"
             r"astronomical|prohibitive)\b|"
             # "works for maybe half of the advertisers": not for the rest
             r"\b(works?|worked|working|does the job|is fine|is good enough) (only )?(for|on|"
             r"with) (maybe |about |around |roughly |only |just |perhaps )?(half|a third|a "
             r"quarter|1 third|1 quarter|some|a few|a minority|a handful) (of )?(the |our |them"
             r"\b)|"
             # "it gets close, but headings get dropped or shuffled"
             r"\b(gets?|got|comes?|came) close,? but\b|\b(get|gets|got|are|were) (dropped|"
             r"shuffled|skipped|mangled|garbled|swapped|lost|reordered)\b|not (great|"
             r"enough|reliable|accurate|consistent)|generic|inconsistent|drift\w*|"
             # (not advice feared: "I don't want to tell my boss the wrong thing")
             r"(?<!the )wrong|\bthe wrong(?! (thing|choice|call|decision|path|move|direction|"
             r"idea|question|person|people|way to go))|"
             # (not a question to us: "Am I missing something?")
             r"(?<!am i )(?<!are we )\bmiss(es|ed|ing)?\b"
             # (nor a miss put down to our own input: "the miss was because I'd pasted an old
             # page", "the one miss came from an old page I had pasted")
             r"(?!( \w+){0,2} (was|were) (my|our) (fault|mistake|error|bad)\b)"
             r"(?![^.;]{0,20}\b(because|due to|down to|came from|caused by|traced to|was from|"
             r"were from)\b[^.;]{0,50}\b((my|our) (fault|mistake|error|bad)|(i|we)('d| had| "
             r"have)? (pasted|gave|used|fed|uploaded|sent|picked|copied))\b)|"
             r"confus\w*|\bfail\w*|fell short|falls short|fall short|"
             r"okay-?ish|ok-?ish|mediocre|\bslow\b|scary|biggest cost|too (expensive|costly)|"
             r"\bexpensive\b|(not|n't|aren'?t|isn'?t) (cutting it|working)|underperform\w*|"
             r"disappoint\w*|frustrat\w*|hit a (wall|ceiling)|maxed out|not accurate enough|"
             r"hallucinat\w*|unreliable|only \d+ ?%|"
             # (a target, not a count of things: "do we need 80 fine-tuned models?")
             r"(target|need|needs|want) (of |is )?\d+(?![\d,])(?! ([a-z-]+ ){0,2}[a-z-]+s\b)|"
             r"against a target|still (say|get|make|"
             r"miss|wrong)|"
             # (not a low error rate: "the error rate is under 2%, well inside the bar")
             r"\berrors?\b(?! rates? (is |was |are |sits? |stays? )?(under|below|less than|"
             r"around|about|at|only|just|~)? ?[0-5](\.\d+)? ?(%|percent))|garbage|struggl\w*|"
             r"\bjunk\b(?! (mail|e-?mails?|filters?|folders?|removal|food|yard|cars?))|"
             r"(doesn'?t|didn'?t|does not|did not) "
             r"(work|cut it|help)|off-?(tone|brand)|"
             # Shrugs and inconsistency: "meh", "a different tone every time".
             r"\bmeh\b|so-?so|lacklust\w*|underwhelm\w*|hit[- ](and|or)[- ]miss|all over the "
             r"place|flaky|unpredictabl\w*|\bvar(y|ies|ied|iable)\b|different (\S+ ){0,2}(every|"
             r"each) (time|run|call|request|go|day)|not (quite|there)|fell flat|nowhere near|"
             r"fall(s)? apart|\bbland\b|robotic|sloppy|clunky|patchy|spotty|unusable|useless|"
             r"repetitive|sub-?par|not up to (par|scratch)|(could|should) be (much )?better|"
             r"\bmis(label|classif|read|rout|tag|interpret|understand|categori[sz]|format|spell|"
             r"pars|match|plac|order|assign|transcri|translat|nam)\w*|"
             # "format is sometimes broken", "our TMS refuses the import"
             r"\b(format|json|output|structure|layout|schema) (is|was|gets|got) (\S+ )?(broken|"
             r"invalid|mangled)\b|"
             # "after a few exchanges she goes back to sounding like a polite assistant"
             r"\b(goes|go|went|slips?|slipped|falls?|fell|drifts?|drifted|reverts?|reverted) "
             r"back (in)?to (sounding|being|acting|talking|writing) like\b|"
             # "it just gave the final answer straight away instead of hints"
             r"\b(gave|gives|give|returned|returns|wrote|writes|spat out|spits out|produced|"
             r"produces) (\S+ ){0,6}instead of\b|"
             # "latency went through the roof", "the formats slip after a few turns"
             r"\bwent through the roof\b|\b(formats?|structure|sections|voice|tone|style) "
             r"(slip|slips|slipped|drift|drifts|drifted) after\b|"
             # "we tried, it was meh"
             r"\b(was|is|were|are|looked|felt|pretty|kinda|bit) meh\b|"
             # "the scores looked kind of random"
             r"\b(looked|look|looks|seemed|seem|seems|are|were|was|came out|come out) (kind of |"
             r"kinda |pretty |quite |a bit |totally |completely |basically |almost )?random\b|"
             # "format rules get broken about one time in ten, and clerks reject those"
             r"\b(rules?|constraints?|instructions?|requirements?|guidelines?|conventions?) "
             r"(still )?(get|gets|got|are|were|keep getting|often get) (\S+ )?(broken|violated|"
             r"ignored|missed|skipped)\b|\brefuses? (the |our )?(import|upload|file|output)\b|"
             r"mix\w* up|still (\S+ ){0,2}(wrong|off|bad)|still not (quite )?(right|there|good "
             r"enough|usable|reliable)\b|\bmangl\w*|same mistakes?|"
             r"no matter how (we|i|you|they) (re)?(word|phras|prompt|tweak)\w*|"
             r"still (mangles?|breaks?|ignores?|drops?|loses?|fails?|makes? mistakes)|"
             r"keeps? (choking|confusing|mixing|mangling|ignoring|breaking|getting|inventing|"
             r"swapping|filing|putting|sorting|sending|routing|placing|lumping|treating|"
             r"rewording|rephrasing|padding|"
             r"adding|dropping|forgetting|hallucinating|missing|making)|breaking the format|"
             r"(isn'?t|not) sustainable|unsustainable|"
             # (not "skip" itself: "Skip the rest" is the chat's quick reply)
             r"\b(invents|invented|inventing|skips|skipped|skipping|omits|omitted|"
             r"omitting|ignores|ignored|forgets|forgot)\b|\bmakes? (\S+ )?up\b|\bmade (\S+ )?up\b|"
             r"too often|\b(drops|dropped|dropping) (\S+ ){0,2}(fields?|values?|items?|lines?|"
             r"quantit(y|ies)|amounts?|units?|prices?|dates?|"
             r"words?|sections?|entities|details)\b|\bbreaks (the|our) (schema|format|json)|"
             r"\bugly\b|\bpainful\b|(over|more than) (a|one|\d+) seconds?\b|"
             r"\bstill (swaps|mixes|confuses|garbles|misses|drops|invents|hallucinates|"
             r"loses|gets (\S+ ){0,2}wrong)\b|\bswaps? (terms|words|names|labels)\b|"
             r"used interchangeably|costs? too much|too pricey|takes? \d+(\.\d+)? seconds|"
             r"\btakes? (about |around |roughly |almost |nearly |over |more than |~)?\d+(\.\d+)? ?"
             r"(s|secs?|seconds)\b|\bbadly\b|\b(each|every|per) (call|request|query) took (about |"
             r"around |almost |nearly |~)?\d+(\.\d+)? ?(s|secs?|seconds|ms)\b|\b(users|customers) "
             r"(left|leave|drop off|bounce)\b|\bcomes? back (broken|wrong|malformed|empty|"
             r"garbled)\b|"
             r"\bbreaks our (pipeline|parser|import|system|integration)\b|\bcoin[- ](flip|toss)\b|"
             r"\bkeeps? (calling|labell?ing|marking|tagging|treating|reading|putting|sending|"
             r"flagging|"
             r"giving)\b|\b(starts?|started|begins?|began) (sounding|to sound) like\b|"
             r"\b(about |roughly |nearly )?(a third|half|a quarter|a fifth) of the time\b|"
             r"\bpoorly\b|\bswings?\b|\b(accuracy|quality|performance) (drops|falls|suffers|"
             r"degrades)\b|\b(doesn'?t|does not|won'?t) (even )?fit\b|"
             r"\b(structure|format|layout|order|style|tone) (\S+ ){0,2}(changes|varies|differs|"
             r"shifts) (from (one|1) to the next|each time|every time|between)\b|"
             r"\bon different (days|runs|occasions)\b|\bfrom day to day\b|"
             r"\b(json|schema|format|xml) (break|breaks|broke|fails?)\b|\b\d+ in \d+ (\S+ ){0,2}("
             r"runs? over|switch\w*|break\w*|fail\w*|miss\w*|(is|are|go|goes) wrong)\b|"
             # "what we can't get with prompting (we spent a quarter on it) is each board's
             # voice"
             r"\b(can'?t|cannot|can not|couldn'?t|could not) get (\S+ ){0,3}?(with|from|out of|by|"
             r"through) (prompting|(the |our |a |any )?prompts?|prompt engineering)\b|"
             # "more or less 1 in 15 segments need correction", "the model still change the
             # terms" (a glossary term swapped)
             r"\b\d+ (in|out of) \d+ (\S+ ){0,2}(still )?(needs?|needed|requires?|required) ("
             r"a |\w+ )?(correct\w*|fix\w*|rework\w*|re-?doing|edit\w*|manual (review|edits?))\b|"
             r"\bstill (change|changes|mix|mixes|swap|swaps|alternate|alternates|confuse|"
             r"confuses) (the |our |its )?(glossary )?(terms|terminology|wording)\b|"
             r"\b(tones?|styles?|voices?|terms?|wording) (still )?(bleeds?|leaks?)\b|"
             r"\btoo (long|big|slow) (per|for each|each|on every) (call|request|query)\b|"
             r"\b(field|key|column) "
             r"names? (is|are|gets?|got) changed\b|"
             r"\bshift\w* around\b|\b\d+ different (formats|ways|styles)\b|"
             # Style, speed and cost: "entries that don't match our style", "2.5 s per
             # request", "the token bill keeps climbing".
             r"(don'?t|doesn'?t|didn'?t|do not|does not|did not|never) match|"
             r"\b(gave|gives|produced|produces|came out) (\S+ ){0,2}(flat|stiff|wooden)\b|"
             r"\d+(\.\d+)? ?(s|secs?|seconds) (per|a|each) (call|request|query|answer|message)|"
             r"tokens? (bill|costs?)|(bill|costs?) (\S+ ){0,4}climbing|every call is huge|"
             r"\b(slipping|sliding|drifting|falling|reverting|going) back\b|\bmush\b|"
             r"\b(got|get|gets|became|become|becomes|is|are|were) (very|too|really|so) "
             r"long\b|\bstill mix\w*|\bbill (is |was )?(crazy|huge|insane|too high|through the "
             r"roof)|\bcrazy bill|\bslows? (down )?(every|each) (call|request)|"
             r"\bgets? (maybe |about |only |roughly |around |barely )?(half|a third|a quarter|"
             r"two thirds) (of (them|it) )?right\b|"
             # "scores jump around", "the format slips", "close but not them", "weak on rare
             # ones", "way too much $$", "customers complain"
             r"\b(jump|jumps|jumped|jumping|bounce|bounces|bounced|bouncing) around\b|"
             r"\binsufficient\b|\b(took|takes) (\d+(\.\d+)? or )?\d+(\.\d+)? ?(s|secs?|seconds)\b|"
             r"\b(not|doesn'?t|does not|don'?t) respect (the |our )?(\S+ )?(format|template|"
             r"structure|length|style)\b|\b(tone|style|voice|format) (still )?chang\w* (a lot|"
             r"between|from)\b|\b(got|gets|get) (us )?(maybe |only |about )?(halfway|half way|part "
             r"of the way)\b|\bsound(s|ed)? the same\b|\binadequate\b|\bunsatisfactory\b|"
             r"\bnot sufficient\b|\b(format|"
             r"quality|"
             r"accuracy|tone|voice|style|output|structure|schema|json|wording|terminology|"
             r"glossary|terms) (still )?slips\b|\b(still|keeps?) slipp?(s|ing)?\b|\bwanders?\b|"
             r"\bwandering\b|\bfed up\b|\b(basically |essentially )?random (labels|answers|"
             r"output|outputs|results|guesses)\b|\bp(50|90|95|99) (was|is|were|are|of|at|hit)\b|"
             r"\bclose,? but not\b|\bweak (on|at|for|with)\b|\bway too (much|slow|pricey|"
             r"expensive|long)\b|too much (\$|money|cash)|"
              # (not complaints that fell: "complaints dropped", "complaints are basically zero")
              # (nor nobody complaining: "nobody's complaining about speed")
              r"(?<!nobody's )(?<!nobody is )(?<!no one's )(?<!no one is )(?<!nobody )"
              # (nor complaints the task handles: "tenant emails (repairs, rent queries, noise
              # complaints)")
              r"(?<!noise )(?<!billing )(?<!delivery )(?<!parking )(?<!neighbour )(?<!tenant )"
              r"(?<!guest )(?<!consumer )(?<!warranty )(?<!service )(?<!product )"
              r"(?<!no one )(?<!no )(?<!not )\bcomplain\w*\b(?! (dropped|went down|fell|are down|"
              r"have dropped|have fallen|((about|on|over) \S+ )?(have |has )?(basically |largely |"
              r"mostly |pretty much |all but |practically )?(stopped|dried up|disappeared|vanished|"
              r"died down|ceased)\b|"
              r"(are|were|have been) (basically |practically |almost |near |close to |pretty much "
              r")?(zero|0|nil|none|non-?existent|rare|down)))|"
             r"\bblur(s|red|ring)?\b|\bbrittle\b|"
             r"\bprompts? (are|is|get|gets|got|became|become) (huge|enormous|massive|bloated)\b|"
             r"\bprompts? (are|is) [\d,]+ tokens\b|\bbill is (big|high|large|steep)\b|"
             r"\b(json|schema|format|output|xml) (breaks|broke|is broken|fails)\b|"
             r"\bmix-?ups?\b|\bkeeps? coming back\b|\b(slides?|slips?) back\b|"
             # "keep coming out clickbaity", "won't budge", "reads sarcasm as praise",
             # "keeps answering too long", "ignoring our 160-character limit"
             r"\bkeeps? coming out\b|\b(won'?t|doesn'?t|didn'?t|will not|does not|would not) "
             r"budge\b|\breads \w+ as \w+\b|\b(answers?|answering|replies|replying|comes? out) "
             r"too (long|short|wordy|verbose)\b|\bignor(es|ing|ed) (our |the )?(\S+ )?(limit|"
             r"rules?|"
             r"instructions?|guide|glossary)\b|"
             r"\btook [\d.]+ ?(ms|s|secs?|seconds)\b|\bcost (us )?a fortune\b|\buneven(ly)?\b|"
             r"\b(the rest|some|many|others) ignore\b|\bnot stable\b|\bunstable\b|"
             r"\bbecomes? too (casual|formal|long|short)\b|\bbreaks (the|our) template\b|"
             r"\b(hasn'?t|didn'?t|doesn'?t|has not|did not) (fixed|helped|solved) it\b|"
             # "eating our token budget alive", "the totals were off", "hours didn't add up",
             # "merges sections together", "one email in five needs the tone fixed by hand"
             r"\beating (our |the )?(\S+ )?(budget|margin|money)\b|\b(totals|numbers|hours|sums|"
             r"figures) (were|are|came out) off\b|\b(didn'?t|don'?t|doesn'?t|did not|do not|does "
             r"not) add up\b|\bmerg(es|ed|ing) (\S+ )?(sections|fields|paragraphs|items|lines)\b|"
             r"\bneeds? (\S+ ){0,2}(fixed|fixing|rewritten|rewriting|correcting|corrected|edited) "
             r"by hand\b|"
             r"\bmissing (field|fields|section|line|table|value|heading)s?\b|\b(is|are) missing\b|"
             r"\bchanges the meaning\b|\b(comes? out|each \S+ (has|comes out)) (with )?(another|"
             r"a different) (structure|format|order|layout|style)\b|"
             r"\bshifted (headings|sections|fields)\b|\bwrong (company|client|customer)\b|"
             r"\d+(\.\d+)? ?(s|secs?|seconds) (per|a|each) [a-z]+\b|"
             r"\b(must|should|needs? to) be (\S+ ){0,3}and (it|they) (is|are)(n'?t| not)\b|"
             # "confidently quotes last month's fares", "violates the schema", "renames keys"
             r"\bconfidently (wrong|gives|says|states|answers|quotes|asserts|invents|makes)\b|"
             r"\b(old|outdated|stale|out-of-date|obsolete) (prices|fares|answers|info\w*|facts|"
             r"data|rules|figures|numbers|policies|rates)\b|"
             r"\b(outputs?|answers?|responses?|replies|results?|it|they) (still |often |"
             r"sometimes |regularly )?violat\w* (the |our )?(schema|format|spec|template|style "
             r"guide|json|constraints|layout)\b|"
             r"\b(drops?|dropped|loses?|lost|leaves? out|left out) the rest\b|"
             r"\brenam\w* (the |our )?(keys|fields|columns|labels)\b|"
             r"\bbarely (\S+ ){0,2}(the language|usable|works?|readable|passable|acceptable|"
             r"right|correct|understandable|intelligible)\b|\blooks? plausible\b|"
             r"\b(the )?(low|mid|high)[- ]?[1-8]0s\b|\b(start|starts|started|begin|begins|"
             r"began|end up|ends up) (sounding|to sound|reading|to read|looking) (\S+ )?(the "
             r"same|alike|generic|identical)\b|\ball sound (the same|alike)\b|\bfumbl\w*|"
             r"\bbotch\w*|\bchokes? on\b|\bmuddl\w*|\bmess(es|ed|ing)? up\b|\bjust guess\w*|"
             r"\bdouble-?book\w*|\b(far|much|way|too) too (generous|lenient|harsh|strict|vague|"
             r"wordy|formal|casual|literal|optimistic)\b|\btoo (generous|lenient|harsh)\b|"
             r"\b(reads?|sounds?|comes? out) like (a |an )?(glossy |generic |corporate )?"
             r"(brochure|press release|ad|advert|robot|bank|lawyer|textbook|machine)\b|"
             r"\bread like a (bank|lawyer|robot|machine)\b|\bcomes? out (super |very |too |"
             r"really )?"
             r"(corporate|stiff|robotic|formal|generic|bland)\b|\bstall(s|ed)?\b|"
             r"\b(maybe |about |roughly |nearly )?(a third|half|a quarter|a fifth|"
             r"\d+ ?%) of (the )?"
             r"\w+ (get|gets|come|comes|have|are|end up)\b(?! (rated |judged |marked |signed "
             r"off |accepted |approved )?(as )?(fine|good|ok|okay|correct|right|usable|perfect|"
             r"accepted|approved)\b)|\bnot in our (list|taxonomy|set)\b|"
             r"\b(every|each) \w+ (sounds|reads|looks|comes out) "
             r"different\b|\b(far |way |well )?(above|over) (the )?(plan|budget|target)\b|"
             r"\b(do not|don'?t|does not|doesn'?t|cannot|can'?t|fails? to|won'?t) (reliably )?"
             r"(hold|keep|follow|respect|stick to|stay (in|with)|match) (\S+ ){0,3}(formats?|"
             r"structures?|templates?|style|schema|voice|layout)\b|"
             r"\b(drops|dropped|omits|omitted|misses|missed|loses|lost|gets wrong|fails?|"
             r"breaks?|confuses|mixes)\b[^.]{0,50}\b\d+ (\S+ )?in \d+\b|"
             r"\b(departs?|deviates?|strays?) from (our|the) (\S+ )?(style|format|guide|template|"
             r"schema|voice|tone|rules)|\b(compliance|legal|regulators?|auditors?|customers|"
             r"clients|users|they|we|management) (will not|won'?t|would not|wouldn'?t|cannot|"
             r"can'?t|do not|don'?t) accept\b|"
             # "syntax broken half the time", "promises refunds we do not offer", "flat for
             # weeks", "the personality disappears in long chats"
             r"\b(syntax|format|formatting|output|json|code|sql|yaml|xml|markup|structure|"
             r"queries) (\S+ )?(is |was |are |were |comes out |came out )?broken\b|"
             r"\b(promis|offer|quot|invent|mention|recommend)\w* (\S+ ){0,3}(we|that we) (do not|"
             r"don'?t|never|no longer|can'?t) (offer|have|sell|stock|give|provide|do|make)\b|"
             r"\bflat (for|after|since|over) (\S+ ){0,2}(weeks|months|days|wks|mos?|quarters?)\b|"
             rf"\bflatlin\w*|{FADES}|"
             # "rejected about a third", "topped out months ago", "flags every 'gg ez' as
             # toxic", "mis-parsed", "2s+ per call", "the bill is silly", "has become the problem"
             r"\b(rejected|rejects|reject|threw out|binned) (about |roughly |nearly |almost |over "
             r")?(a third|half|a quarter|\d+ ?%|most|many)\b|\btop(ped|s)? out\b|"
             r"\b(flags?|marks?|labels?|calls?|tags?) (every|all|each|anything|everything)\b"
             r"[^.]{0,40}\bas\b|\bmis-(pars|label|classif|read|rout|tag|interpret|understand|"
             r"categori[sz]|spell|translat|quot|calculat|match|assign)\w*|"
             r"\d+(\.\d+)? ?(s|secs?|seconds)\+ (per|a|each) |\bbill (is |was )?(silly|absurd|"
             r"ridiculous|eye-watering|crazy|insane|huge)\b|\b(has |have )?become (the|a) (problem|"
             r"issue|bottleneck)\b|"
             # Sets 68-73: "the voice goes missing after a few", "headings end up out of
             # order", "trails the old model by 6 points", "answers 3 for nearly everything",
             # "the register wobbles", "wanders off topic", "worked fine until the rules
             # changed", "cites outdated fees", "parts get merged", "need much better"
             r"\b(tone|style|voice|register|format) (goes|went|gets|got) (away|missing|lost|"
             r"off)\b|\bnot in the (right|correct|proper|expected) (order|format|sequence|"
             r"place)\b|\bout of order\b|\b(lags?|lagged|lagging|trails?|trailed|trailing) "
             r"(behind )?(\S+ ){0,5}by (about |around |roughly |some )?\d+|\b\d+ (to \d+ )?"
             r"(points|pp|percentage points) (behind|below|worse|lower|short)\b|\b(says|answers|"
             r"returns|outputs|gives|picks|predicts|labels|puts|chooses) (\S+ ){0,2}for (nearly |"
             r"almost |basically )?(everything|all of them|anything)\b|\bwobbl\w*|"
             r"\bwavers?\b|\bwanders?\b|\b(worked|was fine|was great|was good|was ok|was okay) "
             r"until\b|\b(quotes?|gives?|uses?|cites?|states?) (the |our )?(old|previous) (\S+ )?"
             r"(prices|rates|rules?|figures|numbers|polic(y|ies)|fees|terms)\b|"
             r"\b(last year'?s|outdated|out-of-date|stale) "
             r"(prices|rates|rules?|info\w*|data|figures|numbers|polic(y|ies)|fees)\b|"
             r"\b(get|gets|got|are|were|is|was) (merged|renamed|truncated|cut off|duplicated|"
             r"mixed up|jumbled)\b|\b(need|needs|want|wants) (far|much|a lot|way) (better|more "
             r"(accurate|reliable|consistent))\b|\bhowever (i|we|you|they) (re)?(word|phras|"
             r"prompt|tweak)\w*|\bfluff\b|\b(comes?|came) out in (different|"
             r"random|varying|inconsistent) (formats?|shapes?|orders?|styles?)\b|\badds? (\S+ )"
             r"{0,2}(fields|things|words|details|text|stuff|keys|items) (we|i|you|nobody) "
             r"(did not|didn'?t|never|don'?t) ask(ed)? for\b|\b(bleeds?|leaks?) (between|across|"
             r"into)\b|\b(p\d\d|latency) (is |was |of |at |sits at |runs at |stays at )?(about |"
             r"around |~)?[1-9]\d*(\.\d+)? ?(s|secs?|seconds)\b|\bprompts? (\S+ ){0,3}(is|are|"
             r"runs|weighs) (about |around |roughly |~)?\d+"
             r"(\.\d+)?k tokens\b|"
             # "came out 3 pages long", "repeated the same references", "it's flat",
             # "the editor still rewrites a third", "they slip on structure"
             r"\b(came|comes) out (\d+ pages|way too|far too|too) (long|short|wordy)\b|"
             r"\brepeat(s|ed) (itself|(the )?(same )?\S+ (references|phrases|lines|sentences|"
             r"points|facts))\b|\b(it'?s|results? (are|is)|accuracy (is|has been)|scores? (are|"
             r"is)) (gone )?flat\b|\bstill (rewrites?|fixes|edits|corrects|redoes|rejects) "
             r"(about |roughly |nearly |almost )?(a third|half|a quarter|most|many|\d+ ?%|some)\b|"
             r"\bslips? (on|up)\b|\bkeeps? (calling|marking|labell?ing|rating|scoring|tagging|"
             r"flagging|grading)\b")
# A score short of good: "GPT-4 gets maybe 70% right", "tops out at 82 percent".
LOW_SCORE = (r"(\b(gets?|got|getting|gave|gives|giving|yield\w*|achiev\w*|managed|reach\w*|"
             r"scor\w*|hits?|tops? out at|at|around|about|only|so|that'?s|i\.e\.|got us to|"
             r"gets us to|"
             r"accuracy|just|maybe|roughly|barely|like|(f1|accuracy|precision|recall|exact match|"
             r"agreement) (is|was|of|at|sits at|stays at)) (\S+ )?|[~≈] ?|: ?)"
             r"(?P<score>\d+(\.\d+)?) ?(%|percent)|"
             # "tried one zero-shot prompt in gpt-4o-mini, 71% right"
             r",\s*(?P<score2>\d+(\.\d+)?) ?(%|percent) (right|correct|accurate|accuracy)\b")
# A score under the bar it must clear: "ROUGE-L 0.41 vs 0.55 target", "71% against a 90% goal".
BELOW_TARGET = (r"(?P<a>\d+(\.\d+)?) ?(%|percent)?( (f1|macro-f1|micro-f1|accuracy|recall|"
                r"precision|exact match|em|kappa|auc|score))? (vs\.?|versus|against|compared "
                r"(to|with)|where we need|but we need|when we need) (a |an |the |our )?"
                r"(target of |goal of )?(?P<b>\d+(\.\d+)?) ?(%|percent)?( (target|goal|needed|"
                r"required|bar|threshold|minimum)\b|\s*(\(|,|\.|$)| (in|from) (our|the|their) "
                r"(slas?|contracts?|spec|requirements?)\b)")
# A score, then the target it was held to: "it gets 96%; our target was 95%".
# ("editors accept 92% of the time, and our target was 85%")
SCORE_THEN_TARGET = (r"(?P<a>\d+(\.\d+)?) ?(%|percent)([^.]{0,60}?|[^.]{0,50}[.;]\s*)\b"
                     r"((our |the |a )?(\w+ )?(target|goal|bar|threshold) ((that )?(we|they|legal|"
                     # "The target the patient safety committee set is 95%"
                     r"management|(the |our )?(\S+ ){0,3}(committee|board|team|lead|manager|"
                     r"department|client|customer)s?) (set|had|agreed) )?(was|is|of|at)|"
                     # "hits 91% on a 3,000-review test set; we need 90"
                     r"(we|they|ops|legal|customers|the business) (only |just )?(need|needs|"
                     r"require|"
                     r"requires)( at least| about| around| roughly| something like| more like|"
                     r" like)?|"
                     # "and the contract with the clients asks for 90%", "we'd be happy at 90%"
                     r"(the |our |their )?(contracts?|clients?|customers?|spec|sla|agreement|qa|"
                     r"compliance|auditors?|regulators?|"
                     r"tender|"
                     r"business|board|boss|manager)( \S+){0,3} (asks?|asked|calls?|called|"
                     r"requires?|"
                     r"required|demands?|demanded|specifies|expects?|expected|wants?|wanted|"
                     r"promises?|"
                     r"promised)( for)?"
                     r"( at least| a minimum of| only| just)?|"
                     r"(we'?d|we would|i'?d|i would|they'?d|they would|we'?ll|we will) be (happy|"
                     r"fine|"
                     r"ok|okay|satisfied|content|good) (at|with)( anything (over|above))?|"
                     # "sales says anything above 90% is fine", "we'd like 95+"
                     r"((\S+ ){0,2}(says?|said|think|thinks|told us) )?anything (above|over|better "
                     r"than|from)|(we'?d|we would|i'?d|they'?d) (like|want|love)( to see| to get|"
                     r" to hit| to reach)?) "
                     # (a bare number is a score only with two digits: "we need 90", not "we
                     # need 1 base model")
                     # (nor a count of things: "some customers need 10 examples")
                     r"(?P<b>\d+(\.\d+)?)( ?(%|percent)(?![\d,])|(?<=\d\d)(?![\d,%])(?! (\S+ )?("
                     r"examples|shots|demos|samples|pairs|items|people|documents|docs|words|"
                     r"tokens|lines|rows|labels|cases|seconds|ms|minutes|hours|days)\b))")
# A score beside the target it is held to: "passing at 96% against our 90% target"
# ("81-88% field accuracy vs 95% target": a measure named between, the article left out)
SCORE_VS_TARGET = (r"(?P<a>\d+(\.\d+)?) ?(%|percent)( [a-z-]+){0,2},? (against|versus|vs\.?|over|"
                   r"above|beating|below|under|short of) (our |the |a |their )?(?P<b>\d+(\.\d+)?)"
                   r" ?(%|percent) (\S+ )?(target|goal|bar|threshold|sla|benchmark)\b")
# A rating against the bar set for it: "the average over the last 200 is 4.3; we set 4 as
# good enough" ("87% field-level; the finance team signed off on 85 as good enough")
RATING_THEN_BAR = (r"\b(is|of|at|averages?|average of|scores?|gets?|hits?|reaches) "
                   r"(?P<a>\d+(\.\d+)?)\b[^.]{0,80}?\b(we|they|"
                   r"(the )?(\w+ )?team|finance|legal|ops|management|the business|the client|"
                   r"customers?) (set|signed off on|agreed on|agreed|accepted|approved|chose) "
                   r"(?P<b>\d+(\.\d+)?) ?(%|percent)? as (good enough|the bar|our (bar|target|"
                   r"goal)|the (target|goal)|acceptable|fine|enough)\b")
# A score below the agreement of the people it is measured against: "kappa of 0.52 against
# teachers, whose agreement with each other is 0.78", "71% agreement with coders, who agree
# with each other 90% of the time".
BELOW_HUMANS = (r"(?P<a>\d*\.?\d+) ?(%|percent)? (agreement )?(against|vs\.?|versus|with|compared "
                r"(to|with)) (the |our |their )?(\S+ )?(humans?|people|[a-z]+s)\b[^.]{0,40}?\b("
                r"agreement|agree)\b[^.\d]{0,30}?"
                r"(?P<b>\d*\.?\d+) ?(%|percent)?")
# The model's agreement with people below theirs with each other: "Agreement within one point
# with readers is 58%; readers agree with each other 81%."
BELOW_PEERS = (r"\bagree(ment|s)?\b[^.;]{0,40}?\b(is|was|of|at|sits at) (about |around |only )?"
               r"(?P<a>\d*\.?\d+) ?(%|percent)\s*[;,.]?\s*(\S+ ){0,2}(readers|humans|people|"
               r"annotators|raters|graders|reviewers|experts|coders|editors|teachers|doctors|nurses|"
               r"lawyers|staff) agree with (each other|one another) (about |around )?(on )?"
               r"(?P<b>\d*\.?\d+) ?(%|percent)?")
# A share right said as a count: "gets maybe 8 fields out of 10", "right on 7 of 10 notes".
OUT_OF = (r"\b(gets?|getting|got|right|correct|fills?|finds?|catches|matches)\b[^.]{0,20}?\b"
          r"(?P<a>\d+(\.\d+)?) (\S+ )?((out )?of|in) (every |each |the )?(?P<b>\d+(\.\d+)?)\b|"
          # "7 out of 10 came back fully right", "only about 3 in 10 rotas pass our validator"
          r"\b(?P<a2>\d+(\.\d+)?) ((out )?of|in) (?P<b2>\d+(\.\d+)?) (\S+ ){0,3}(right|correct|"
          r"pass|passed|usable|accepted)\b")
NOT_TRIED = (# "I haven't really tried to get it to write the descriptions properly yet"
             r"\b(haven'?t|have not|not) (really |yet |properly |actually )*tried (to get|"
             r"getting) (it|chatgpt|the model|the ai|gpt\S*|claude|gemini) to\b|"
             # "nobody here has even tried just giving Claude a few of our old entries"
             r"\b(nobody|no one|none of us)( here| on the team| in the team)? (has |have )?(even |"
             r"ever |actually |really |yet )*(tried|tested) (\S+ ){0,3}(giving|asking|prompting|"
             r"chatgpt|claude|gpt\S*|gemini|ai|an? (llm|model|chatbot))\b|"
             # "I don't think we've really tried just asking a good model"
             r"\b(don'?t|do not) think (we|i)('ve| have) (\S+ ){0,2}(tried|tested) (\S+ ){0,3}"
             r"(asking|prompting|a (good |big |strong |frontier )?(model|llm)|chatgpt|ai|llms?|"
             r"gpt\S*|claude)\b|"
             r"(haven'?t|have'nt|havent|have not|never|didn'?t|did'nt|didnt|did not|not yet|"
             r"\bnot) ([^\s.!?;]+ ){0,2}(tried|prompted|"
             r"experimented|played|tinkered|tested|test|try|bothered|used|use|attempted|touched) "
             r"(\S+ ){0,"
             r"6}(artificial intelligence|"
             r"prompt\w*|ais?|nothing|instructions|"
             r"llms?|"
             r"gpt\S*|chatgpt|models?|anything|chat ?bots?|bots?|assistants?|any of (them|those|"
             # "we have not yet experimented with any tool"
             r"these)|any (ai |llm )?(tools?|services?|products?|apps?|solutions?))"
             r"\b|not tried prompt|\b(did not|didn'?t|have not|haven'?t) (try|tried) (\w+ ){0,2}"
             r"yet\b|"
             # "haven't actually asked the model to plan anything", "nobody has prompted
             # anything yet", "no llm tried yet"
             r"\b(haven'?t|have not|never|not yet) (\S+ )?(asked|used|given|pointed|put) (the |a |"
             r"an |any )?(model|llm|ai|chatgpt|gpt\S*|claude) (to|on|at)\b|"
             # "a ChatGPT subscription, but I have not yet asked it to write a listing"
             r"\b(haven'?t|have not|never|not yet) (yet |even |actually |really )?asked it to "
             r"(write|draft|answer|summari[sz]e|translate|classify|tag|generate|do|produce|make|"
             r"sort|extract|fill)\b|"
             r"\b(nobody|no one|none of us) (has |have )?(\S+ )?prompted\b|"
             # "Honestly we haven't really tried either yet." (after two ways named)
             r"\b(haven'?t|have not|never) (really |actually )?tried either( one| of them)?"
             r"( yet)?\b|"
             r"\bno (llm|ai|model|chatgpt|gpt\S*|prompt\w*|chat ?bot) (\S+ )?tried\b|"
             r"\bnobody'?s? (has )?(\S+ )?tried|\bnothing (\w+ ){0,2}tried\b|"
             # "we haven't tried using it for this", "tried chatgpt once for captions, never for
             # this"
             r"\b(haven'?t|have not|never|didn'?t|did not|not yet) (\S+ )?(tried|used|tested) "
             r"(using |it |them |that )?(it |them )?(for|on|with) (this|that)( (task|job|use "
             r"case|feature|purpose|one|yet))?\s*([.!,;]|$)|"
             r"\b(tried|used|tested|played with)\b[^.]{0,60},? (but )?(never|not) (for|on|with) "
             r"(this|that|the \w+|our \w+|my \w+)"
             r"\s*([.!,;]|$)|"
             r"\b(chatgpt|gpt\S*|claude|gemini|ai|llms?)\b[^.]{0,40}\bbut (not|never) (for|on|"
             r"with) "
             r"(this|it|that)\b|\bno,? not tried\b|\bnot (really |properly |seriously )?tried"
             r"( yet| so far| really| properly)?\s*([.!]|$)|"
             r"\b(no|nope),? not (seriously|properly|really)( yet)?\s*([.!]|$)|"
             r"\b(haven'?t|have not|didn'?t|did not) (done|tried|built) anything\b|"
             # "I haven't actually tried giving it the notes yet"
             r"\b(haven'?t|havent|have not|didn'?t|did not) (really |actually )?tried (giving|"
             r"feeding|pasting|showing|sending) (it|chatgpt|the model|claude|gemini)\b|"
             # "havent really tried properly yet", "We haven't really prompted seriously, just
             # messed about."
             r"\b(haven'?t|havent|have not|didn'?t|didnt|did not) (really |actually )?(tried|"
             r"prompted)( (it|anything|this))?( (really|properly|seriously|much))?( yet| so "
             r"far)?\s*([.!,;]|$)|"
             # "We use ChatGPT a little bit for ideas but not seriously, no real prompt."
             r"\b(no|never a|not a|not any|never any) (real|proper|actual|serious) prompt(ing)?\b|"
             # "We haven't actually tried writing descriptions with it yet."
             r"\b(haven'?t|have not|didn'?t|did not) (actually |really )?tried (writing|"
             r"generating|drafting|using|making) (\S+ ){0,3}with (it|the api|chatgpt|gpt\S*|"
             r"claude|gemini|the model)\b|"
             # "I've not tried it on real files yet"
             r"\b(i|we)('ve| have) not (yet )?(tried|tested|used) (it|this|that|them)\b|"
             # "We not try it yet" (non-native)
             r"\b(we|i) (not|no) (try|tried|test|tested|use|used) (it |this |that |anything |"
             r"ai |chatgpt )?(yet|so far|until now|before)\b|"
             # "we've done nothing with AI on this yet"
             r"\b(we'?ve|we have|i'?ve|i have|we|i) (done|tried) nothing (with|on|in) (\S+ ){0,2}"
             r"(ai|llms?|chatgpt|gpt\S*|claude|gemini|models?|prompt\w*|chat ?bots?)\b|"
             r"\b(haven'?t|have not|didn'?t|did not) set (anything|something|it) up( yet)?\b|"
             # "I use ChatGPT myself a little, but not tried for this job yet"
             r"\bnot (yet )?tried (it |this |that )?(for|on|with) (this|that|it)( \w+)?( yet)?\b|"
             r"\b(haven'?t|have not|didn'?t|did not) (done|put in|put) (any|much) (real |proper )?"
             r"prompt\w*\b|"
             r"\b(haven'?t|have not|didn'?t|did not) (really )?worked on (the |our |"
             r"any )?(prompt\w*|"
             r"it)\b|\b(did not|didn'?t|haven'?t|have not) (try|tried) (it |this |that )?(properly|"
             r"seriously|really)( yet)?\b|\bprompting\s*\?\s*(honestly |really )?(no|nope|nah|not "
             r"yet)\b|\btried (prompting|it)?\s*\?\s*(no|nope|nah)\b|\bno,? not yet\b|"
             r"\bprompt\w* (not|never) (been )?tried\b|"
             r"\btried\s*\??\s*:\s*(nothing|none|no|not yet)\b|"
             r"\bnobody has (\S+ ){0,4}(built|written) (a |any )?(proper |real |good )?prompt|"
             r"\b(haven'?t|have not|never|not yet) (really |properly |actually |even )?(written|"
             r"wrote|built|made|crafted|designed) (a |any )?(proper |real |good |serious |careful |"
             r"single )?prompts?\b|"
             r"\b(haven'?t|have not|never) (\S+ )?(experimented|tried)( yet)?\s*([.!?,]|$)|"
             r"\b(haven'?t|have not|didn'?t|did not) put (a|an|any) (language )?(model|llm|ai|"
             r"gpt) on (this|it)\b|\btried nothing\b|"
             r"\b(haven'?t|have not|never|not yet) (\S+ )?tried (it|this|that)( out)?( for (this|"
             r"that|it|"
             r"work))?( yet)?\b|\b(haven'?t|have not|didn'?t|did not) put (\S+ ){0,2}(work|effort|"
             r"time) into (\S+ )?prompt|"
             # "haven't given any AI a go yet"
             r"\b(haven'?t|have not|never|not yet) given (any |an |a |the )?(ai|llm|model|chatgpt|"
             r"gpt\S*|chat ?bot|prompt\w*|tool) (\S+ )?a (go|try|shot|whirl|spin)\b|"
             r"\byet to (try|test|experiment "
             r"with|play with) (\S+ ){0,2}(prompt\w*|ai|llms?|chatgpt|anything)\b")
ONE_MODEL = (r"(one|1|a single|single|the same|same|a shared|shared) (copy |instance |"
             r"deployment |replica |set )?(of )?(the |our |a |an |its )?(\S+ ){0,2}?(base )?"
             r"(model|weights|deployment|endpoint|instance|appliance|checkpoint|backbone)\b")
SHARED = (r"\b(one|1|single|a single) (\S+ ){0,2}frozen|\b\d+(\.\d+)? ?b\b,? frozen\b|"
          # "certified with locked base weights: it accepts per-request prompt embeddings"
          r"\blocked (base )?(model )?weights\b|\b(base )?weights (are|stay|remain) locked\b|"
          # "the serving path accepts per-request prompt embeddings, but no weight adapters;
          # they won't support LoRA swapping"
          r"\b(no|won'?t support|will not support|doesn'?t support|does not support|can'?t take|"
          r"cannot take|no support for) (weight |lora )?(adapters|lora swapping|lora adapters|"
          r"adapter swapping)\b|"
          # "validated as a frozen component: any change to the weights triggers
          # revalidation": weights that a sign-off pins
          r"\bas an? (\S+ )?frozen (component|artifact|artefact|system|asset|model|baseline)\b|"
          r"\b(any|every) (change|edit|update|tweak)s? (to|of|in) (the |our )?(model'?s? |base "
          r"|base model'?s? )?weights\b[^.]{0,80}\b(triggers?|requires?|means|forces?|restarts?"
          r"|needs?) (a |another |full |new |complete ){0,2}(re-?validation|re-?certification|"
          r"re-?approval|re-?qualification|audit|validation)\b|"
          # "one setup serving all of them, not 38 separate things"
          r"\b(one|1|a single) (setup|deployment|system|instance) (serving|for|covering) (all|"
          r"every|each)\b[^.]{0,30}\bnot \d+ (separate|different|individual) \w+|"
          # "one base model stays loaded and frozen, and the task gets switched per request"
          r"\b(one|1) (base |shared )?model stays (loaded|resident|in memory)\b|"
          # "We'd like to avoid nine copies of the model. One base model with a small
          # per-sector add-on"
          r"\bavoid (\d+|separate|multiple|many) (separate )?(copies|models|instances)\b|"
          # "We don't want 35 separate model deployments", "we really don't want to end up
          # running 45 models"
          r"\b(don'?t|do not|won'?t|will not|can'?t|cannot) (really )?(want|run|host|afford|"
          r"maintain|keep)( to (run|host|have|maintain|end up (with|running)))? (\d+|separate|"
          r"multiple|many) (separate |different )?(model )?(copies|models|instances|deployments|"
          r"fine-?tunes)\b|"
          # "Serving a separate tuned copy of a 70B per task is a no-go", "has to leave the one
          # base model untouched and shared"
          r"\b(separate|own|tuned) (\S+ ){0,2}cop(y|ies) (of (a|the) \S+ )?per (task|tenant|"
          r"client|customer|team|brand) (is|are) (a |an )?(no-go|out|not an option|off the table|"
          r"impossible|non-starter)\b|\b(the one|one|a single) base model (\S+ )?(untouched|"
          r"unchanged|frozen)( and shared)?\b|"
          # "Hosting 60 fine-tuned 70B copies is obviously insane."
          r"\b(hosting|running|serving|keeping) (\d+|separate|multiple) (\S+ ){0,2}(copies|models|"
          r"instances) (is|are|would be) (obviously |clearly |just |simply )?(insane|crazy|"
          r"impossible|out|a no-go|not an option|unaffordable|too expensive)\b|"
          # "mixes tenants in one batch", "requests from different departments land in the
          # same batch"
          r"\bmix\w* (tenants|tasks|customers|clients|departments|teams|requests) (\S+ )?in "
          r"(one|1|a single|the same) batch\b|\brequests from different (\S+ ){0,2}(land|are|"
          r"go|get batched|arrive) in (one|1|a single|the same) batch\b|"
          r"\b(one|1|a single) (shared )?base model with (a |one )?(small |tiny |light )?per-\w+ "
          r"(add-?on|adapter|soft prompt|module)s?\b|"
          # "we can keep exactly one copy of the 70B loaded", "requests for all fourteen tasks
          # go through the same batches"
          r"\b(keep|load|run|serve|host|afford) (exactly |only |just )?(one|1|a single) copy of "
          r"(the |our |a )?\S+( \S+)? (loaded|in memory|running)\b|\ball (\d+ )?(\S+ )?(tasks|"
          r"tenants|customers|clients|brands) (go|goes|run|share|sit) (through|in|on) the same "
          r"(batch|batches|forward pass)\b|"
          # "all on one base model", "all should run on the same llama", "we can only host one
          # model", "per-tenant adapters, shared frozen base"
          r"\ball (\S+ ){0,2}?(on|off|from|run on|running on|served from|served by) (one|1|a "
          r"single|the same|a shared|one shared) (frozen )?(\S+ )?(model|llm|base|copy|instance|"
          r"llama|mistral|qwen|gemma)\b|"
          r"\b(can|could) only (host|run|serve|afford|deploy|keep|load) (one|1|a single) (\S+ )?("
          r"model|copy|instance)\b|\bshared (frozen )?(base|backbone|base model)\b(?! of\b)|"
          r"\b(on|off) (one|1|a single|the same) (frozen )?base model\b|"
          # "the 72B stays frozen and single-copy", "batchable across regimes in one forward pass"
          r"\bsingle-copy\b|\b(stays?|remains?|is|be|kept) (frozen and |frozen, )?single[- ]copy\b|"
          r"\bbatch\w* across (\S+ )?(regimes|tenants|customers|clients|tasks|"
          r"desks|teams|brands|firms) in (one|1|a single) (forward )?pass\b|"
          # "that has to stay the only copy", "infra limit is one copy of the model", "security
          # wants one base model loaded, not 35 forks"
          r"\b(has to|must|should|will|needs? to) (stay|remain|be) the only (copy|instance)\b|"
          r"\b(limit|limited|allowed|allows?)( is| to)? (one|1|a single) (copy|instance)\b|"
          r"\b(one|1|a single) (base )?model loaded\b|\bnot \d+ (forks|copies|clones)\b|"
          # "all 18 departments must share it unchanged", "the teams have to share the model"
          r"\b(all|every|each of)( the| our)? (\d+ )?(\S+ )?(must|have to|need to|should|will|"
          r"would) (all )?share (it|the model|one model|that model|the same (\S+ )?model|a single "
          r"(\S+ )?model|one (\S+ )?instance|the (\S+ )?instance)\b|"
          # "want each one adapted without hosting twelve copies"
          r"\bwithout (hosting|running|keeping|serving|deploying) (\d+ |separate |multiple |many )?"
          r"copies\b|"
          # "batch requests from different firms together in one forward pass"
          r"\b(batch|serve|mix)\w* (\S+ ){0,2}(from )?(different|several|many|all|multiple) (\S+ )?"
          r"(firms|clients|customers|tenants|tasks|users|brands) (together )?in (one|1|a single|"
          r"the same) (forward pass|batch)\b|\b(a )?few (kilobytes|kb) per\b|"
          # "mixed-task batches in a single forward pass", "kilobytes per task, no weight
          # deltas of any kind", "per-request task params living only on the input side"
          r"\b(mixed|multi)-?(task|tenant|customer|client) batch\w*|"
          # "exactly one copy of the model in memory that every client shares", "whatever we
          # keep per client has to be tiny"
          r"\b(every|each|all)( of our| our)? (clients?|customers?|tenants?|tasks?|teams?|brands?|"
          r"departments?|firms?|shops?) (share|shares)\b|\b(keep|store|save|add|train)\w* per "
          r"(client|customer|tenant|task|brand|team|firm|shop) (has to|must|should|needs to|will "
          r"have to) be (tiny|small|light|kilobytes)\b|\b(kilobytes|kb) (per|for "
          r"each|a) (task|tenant|customer|client)\b|\bno weight (deltas|diffs|changes|updates)\b|"
          r"\b(params|parameters|settings) (living |that live |live |sit |sitting )?only on the "
          r"input( side)?\b|"
          # "one Llama 8B and something small per client on top", "the base weights are
          # frozen and identical everywhere", "mixed in one batch"
          r"\b(a |1 )?(small|light|tiny|little) (add-?on|adapter|extra) (per|for each|for every) "
          r"(client|customer|tenant|task|brand|team)\b|"
          r"\bsomething (small|light|tiny|little) (per|for each|for every) (client|customer|"
          r"tenant|task|brand|team|school|store)\b|\b(base )?(weights|model) (are|is) frozen\b|"
          # "it has been audited; we may not change its weights or load any adapter"
          r"\b(may not|must not|mustn'?t|are not allowed to|aren'?t allowed to) (change|touch|"
          r"modify|alter|update|retrain) (its|the|our) (\S+ )?weights\b|"
          # "we host one 34B open model on our cluster and it stays frozen"
          r"\b(it|the model|the base|the base model|which) (stays|remains) frozen\b|"
          r"\bmixed in (one|1|a single|the same) batch\b|"
          # "each request should carry its house's add-on inside a mixed batch"
          r"\b(inside|in|within) a mixed batch\b|"
          # "we keep it frozen for everybody; the serving layer batches tickets from many
          # studios together"
          r"\b(keep|keeps|kept) (it |them |the (base )?(model|weights) )?frozen\b|\bfrozen for ("
          r"everybody|everyone|all)\b|\bbatch\w* (\S+ ){0,2}from (different|several|many|all|"
          r"multiple) (\S+ )?(firms|clients|customers|tenants|tasks|brands|studios|agencies|"
          r"schools|shops|teams|departments) together\b|"
          # A certified model nobody may change: "the certification covers those exact
          # weights", "what we may change is the input"
          # "any change to its weights, adapters included, triggers a re-validation",
          # "changes on the input side are treated as configuration"
          r"\bany change to (its|the|our|their) (\S+ )?weights\b[^.]{0,100}\b(re-?validat\w*|"
          r"re-?certif\w*|re-?approv\w*|audit\w*|validation|certification|approval|new model)|"
          r"\bweights (are )?(never|not) (touched|changed|modified|copied|altered)\b|"
          r"\bchanges? on the input side\b|"
          r"\b(certif\w*|validation|accreditation|approval) (\S+ )?covers (those|these|the) "
          r"exact (\S+ )?weights\b|\bwhat we (may|can|are allowed to) change (\S+ ){0,2}is (only )?"
          r"the input\b|"
          # "the base weights must stay frozen and shared", "room for exactly one copy",
          # "memory allows one copy only, shared by every task"
          r"\bfrozen and shared\b|\b(exactly |only |just )?(one|1|a single) (\S+ )?(base )?"
          r"(model|copy|instance) in (gpu )?(memory|vram)\b|\b(one|1|a single) shared,? (\S+ ){0,2}"
          r"(base )?model\b|\bwithout (duplicat|copy|copying|clon|replicat)\w* (the |its |"
          r"our |a |that )?(\S+ )?(weights|model|base|checkpoint)s?\b|"
          r"\b(weights|model|base) (must |have to |has to |should |will )?"
          r"(stays?|remains?|be kept) frozen\b|\broom for (exactly |only |just )?(one|1|a single) "
          r"cop(y|ies)\b|\b(one|1|a single) copy only\b|\bonly (one|1|a single) copy\b|"
          r"\bshared (by|across|between|among) (all|every|each)\b|\b(has|have) to be shared\b|"
          r"\b(1|one) instance\b(?! (per|of|for each))|"
          r"\b(in )?(a single|1) copy\b(?! (of|per|for each))|\b(stays?|remain)s? (exactly )?as it "
          r"is\b|\bbatched together\b|\bin the same batch(es)?\b|\b(weights|model) (\S+ ){0,2}"
          r"(stay|remain)s? (untouched|unchanged|bit-?identical|bit-for-bit identical|"
          r"byte-?identical|byte-for-byte identical)\b|"
          # "a single frozen base model whose weights nobody touches", "I don't want twelve
          # versions of it", "all the agents just run off the same model"
          r"\bweights (nobody|no one) (touches|changes|modifies|retrains)\b|"
          r"\b(don'?t|do not|won'?t|never) want (\S+ )?(versions|copies|variants|clones) of (it|"
          r"the model|our model|that model)\b|\b(all|every|each)\b[^.]{0,40}\b(run|runs) off "
          rf"(that |this |the |our )?{ONE_MODEL}|"
          r"\b(one|1) (model|copy),? ((one|1) (model|copy),? )?(for |serving )?(all|every)\b|"
          r"\b(one|1|a single) (base |frozen |shared )?(copy|model|instance) (for|serving|across) "
          r"(all|every|each)\b|"
          r"frozen (\S+ ){0,3}model|from (one|a "
          r"single|1|the same) (\S+ )?(base )?model\b|share (one|a "
          r"single|the same|a) (\S+ )?(base )?model|"
          # "one copy of the model for all clients", "all 14 clients hit the same deployment"
          # "their own adapter on one base model", "serve 50 tenants from it"
          r"(its|their|own) (lora |small )?(adapters?|soft prompts?|prompt files?)\b|"
          r"\b(adapters?|soft prompts?) per (task|customer|client|tenant|brand)|"
          r"\bserv\w* (all |every |each |our )?(\d+ )?(\S+ )?(customers|clients|tenants|brands|"
          r"tasks|teams|departments) (from|with|on) (it|one|1|a single|the same)\b|"
          rf"\b{ONE_MODEL}[^.]{{0,40}}\b(for|across|serving|serves|shared by|between|among) "
          r"(all|every|each|many|our|\d+)\b|\b(all|every|each)\b[^.]{0,40}\b(hit|use|share|call|"
          rf"run on|go through|served by|served from) (that |this |the |our )?{ONE_MODEL}|"
          # "only one copy for all regions", "a single open model ... must serve 60 tasks"
          r"\b(one|1|a single) (copy|instance|deployment)( of it)?( running)? for (all|every|"
          r"each)\b|\b(one|a single|single) (\S+ ){0,3}model\b[^.]{0,80}\bserv\w* (\S+ ){0,2}"
          r"\d+ (\S+ ){0,2}(tasks|customers|clients|tenants|teams|use-cases)\b")
COPIES = (r"\bcop(y|ies)\b|\breplicas?\b|\b(duplicat|clon|replicat)\w* (the |its |our |a |"
          r"that )?(\S+ )?(weights|model|base|checkpoint)s?\b|\binstances? per\b|"
          r"model per (task|customer|client|tenant)|(separate|dedicated) (\S+ ){0,2}(models?|"
          r"deployments?|instances?)")
COPY_COST = (rf"afford|unaffordable|impossible|expensive|too (much|many|costly)|budget|{NOT}|"
             r"\b(rather|prefer\w*)\b|"
             r"not (possible|feasible|within)|no way|prohibitive|\b(not|never|won'?t|refus\w*|"
             r"reject\w*)\b")
# ("each month" is how often, not one at a time.)
PER_ENTITY = (r"\beach (?!(day|week|month|quarter|year|hour|time|morning|evening|night|season|"
              r"shift)\b)(one|of them|customer|client|tenant|brand|company|team|unit)?\b|\bper "
              r"(customer|client|tenant|brand|task)|(its|their) own|every (customer|client|"
              r"tenant|brand)|\bfor (one|1)\b[^.]{0,60}\bfor another\b")
ZERO_BUDGET = (r"\b(no|0|without( a)?|nil|tiny|shoestring) (cash )?budget\b|"
               # "no $ at all for apis or cloud", "no $$ for this"
               r"(?<!\S)no \$+(?!\s*\d)|budget (is |of )?"
               r"(basically |pretty much |practically |essentially |effectively )?"
               r"(0|none|nil|nothing)\b|can'?t spend|nothing to spend|\bno (money|cash|funds|"
               r"funding)\b|\b0 (cash|money|dollars)|literally none|bootstrapp\w*|"
               r"(don'?t|do not) have (any )?(money|budget|cash)|have no (money|budget|cash)|"
               r"\b(no|zero|0) (extra|additional|spare|more|new|further) (money|cash|budget|"
               r"funds|funding|spend)\b|"
               # "Money, we have none for this now."
               r"\b(money|budget|cash|funds?|funding),? (we|i) have (none|nothing|0|zero)\b|"
               r"\b(money|budget|cash|funds?)( for [^.,]{0,30})? (we|i) (don'?t|do not) have\b|"
               # "Money: there isn't any, literally zero", "not a cent up front"
               r"\b(money|budget|cash|funds?|funding)\s*[:-]\s*(there (isn'?t|is no|'s no)|none|"
               r"nothing|0|nil)\b|"
               # "budget: there is none honestly", "budget? there's none"
               r"\bbudget\s*[:?-]?\s*(there (is|'s) none|there isn'?t (one|any))\b|"
               r"\bliterally (0|nothing)\b|\bthere (isn'?t|is no|'s no) (any )?("
               r"money|budget|cash)\b|\bnot (a|one) (cent|penny|dime|rupee|peso)\b")
COVERS = (# "that has to include our project manager's time"
          r"\b(include|includes|including|cover|covers|covering) (our|the|my|their) (\S+ ){0,2}("
          r"manager|engineer|developer|dev|pm|designer|team|staff|translator|linguist|"
          r"people)'?s'? (time|hours|salar(y|ies)|fees?)\b|"
          r"\b(that'?s|it'?s|that is|which is) (mostly|largely|mainly|partly|half) (his|her|their|"
          r"our|my|the contractor'?s|people'?s|staff) (time|salary|salaries|wages|fees?)\b|"
          r"\b(cover|covers|covering|include|includes|including|pay for|pays for|paying for|"
          # "must also pay the agency", not "we pay our team well"
          r"(must|has to|have to|needs? to|should|will|would|could|can)( also)? (pay|fund))"
          r" (\S+ ){0,4}(freelancer|contractor|consultant|agency|salar\w*|people|engineers?|"
          r"designers?|copywriters?|writers?|annotators?|labell?ers?|interns?|suppliers?|"
          r"vendors? who|integrators?|implementation partners?|"
          r"devs?|developers?|staff|hires?|hiring|team|engineering|labou?r|wages)|has to "
          r"(cover|pay)|\ball-?in\b|\bincluding (their|our|his|her|my|the team'?s|staff|"
          r"engineers'?|devs'?) "
          r"time\b|\b(goes|go|went|will go) (on|to|towards?) (my|our|the|their|a) (own )?(salar\w*|"
          r"wages|pay|freelancer|contractor)\b|"
          # "most of that is meant for a contract engineer"
          r"\b(most|part|some|half|much|the bulk) of (that|it|this|the budget|the money) (is|goes|"
          r"will go|would go|is meant|is earmarked|is set aside) (for|to) (a |an |the |our |"
          r"two |2 )?(contract(ors?)?|freelanc\w*|engineers?|developers?|devs?|hires?|salar\w*|"
          r"people|staff|consultants?|designers?|agency)\b")
NOT_COVERS = (r"(salar\w*|wages|payroll|staff (costs?|time)|people costs?|headcount|"
              r"people'?s time|our time|engineering time|dev(eloper)? time) (are |is |come "
              r"|comes |sit |sits )?(\S+ ){0,2}(separate|excluded|not included|covered "
              r"elsewhere|another budget|a different budget)|"
              r"(excluding|excludes|not including|not counting|without) (salar\w*|people|"
              r"engineering|staff|"
              r"labou?r)|(cash|money|budget)('s)? (is |just |only )?for (api|compute|cloud|gpu|"
              r"training|credits)[^.]*\bonly\b")
NON_BUDGET = (r"raised|raising|revenue|\barr\b|\bmrr\b|valuation|charg\w*|\bsell\w*|priced|"
              # a deal's size: "40 closings a month at an average of $8,500"
              r"\b(at )?an average (of|price of|ticket of|deal of|sale of)\s*$|\baverage (deal|"
              r"sale|order|ticket|basket) (size |value )?(of |is |was )?\s*$|"
              # what the business turns over: "Hammer total last year was $41m"
              r"\bhammer (total|price)|\bturnover\b|\bturns? over\b|\bturned over\b|\bgmv\b|"
              r"\btakings\b|\bgross (sales|"
              r"bookings|merchandise)\b|"
              # a vendor's offer: "a vendor pitched us a tuned model for $30k a year"
              # (but a budget offered inside: "he's offered a budget of $15,000 for it", "he's
              # even offered $2,000 from the tech fund")
              # (nor our own boss offering it: "Budget isn't the issue, he's offered $20k")
              r"\bpitch\w*|(?<!he's )(?<!she's )(?<!he )(?<!she )(?<!he has )(?<!she has )"
              r"(?<!cto )(?<!ceo )(?<!cfo )(?<!boss )(?<!board )(?<!finance )(?<!has even )"
              r"(?<!he's even )(?<!she's even )"
              r"\boffered\b(?! (us |me )?(a |an |some )?(budget|funding|grant)\b)"
              r"(?! (us |me )?[$€£]?[\d.,]+k? (from|out of)\b)|"
              r"\b(we|i|they) (bill|invoice)\b|"
              # what the founder's own product costs its users: "app is $4.99/month", "schools
              # pay us $8 per student per year"
              r"\b(app|product|plan|subscription|membership|service|platform|course|game|software|"
              r"licen[cs]e|tier) (is|costs?|sells? for|goes for|runs) (only |just |about |around )?"
              r"\$?$|\bpays? us\b|\bper (student|user|subscriber|seat|member|learner|patient|"
              r"household|policyholder|renter)s? (per|a|each) (month|year)\b|"
              # "the cost estimate came back at $2,600 a month", "our grant pool is $1.2M"
              r"\b(estimate[sd]?|quoted?|quotes|projected|projection|forecast)\b|\bgrant pool\b|"
              r"\bendowment\b|"
              # "for context customers pay a 4.99 euro booking fee": their price, not the budget
              r"\b(customers|users|clients|farmers|patients|members|buyers|shoppers|guests|"
              r"students|riders|drivers|sellers|subscribers|tenants|parents) (\S+ )?(pay|pays|"
              r"paid)\b|"
              r"pricing|\bprice|salar\w*|\bearn\w*|worth|per seat|turnover|sales of|costs? us|"
              # what things cost now: "the GPU bill is ~$40k", "each server costs like 25k"
              r"\b(gpu|api|cloud|token|aws|azure|openai|monthly|hosting) bill\b|\bcosts? (like |"
              r"about |around |roughly |maybe |almost |over |nearly )?[$€£\d]|\bfees? (is|are)\b|"
              r"\bbills? (is|are|was|were|comes? to|runs? (at|to))\b|\bretail\w*|"
              r"\blabou?r (runs|costs|is)\b|\bwages?\b|\b(a|an|per) hour\b|\bhourly\b|"
              r"\b(makes|brings in|generates) (us )?(like |about |around |roughly |~)?\$?$|"
              # Funding, past purchases and prices: "our Series A was $7M", "closed a $4M
              # seed", "I paid $1,450 for my GPU", "bouquets from 150 quid", "average order
              # value $58"
              # (a farm's "seed, loans and milk collection" is no funding round)
              r"\bseries [a-e]\b|\b(pre-?)?seed (round|funding|money|stage|investment|raise|"
              r"capital|cheque|check|deck)\b|\b(our|a|the|their|from|raised) (\$[\d.,]+ |"
              r"[\d.,]+ (dollars? )?)?(pre-?)?seed\b(?![\w-]| (orders?|varieties|catalogu?e|"
              r"potatoes|stock|suppl\w*|compan\w*|types?|bank|sales|quality)\b)|\bclosed\b|"
              r"\b(paid|bought|purchased)\b|"
              r"\b(order|basket|cart|deal|ticket) (value|size)\b|\baov\b|\b(average|avg) (order|"
              r"sale|price|deal|ticket|basket|cart|invoice)\b|\b(starts?|starting|priced) (from|"
              r"at)\b|\b\w+s from\s*\$?$")
# "we have no good example show notes at all"
NO_EXAMPLE_OUTPUTS = (r"\bno (good |usable |real )?example (\S+ ){0,2}(notes|summaries|replies|"
                      r"answers|outputs|texts|emails|descriptions|posts|letters|reports)\b")
NO_DATA = (# "I don't have past quotes written down in any organized way", "we have no
           # historical plans in digital form", "none of them are in a spreadsheet yet"
           r"\b(don'?t|do not|haven'?t|have not) (have |got |kept )?(any )?(old |past |previous |"
           r"historical )?[a-z]+s (written down|recorded|saved|stored|logged) (in|anywhere|at all|"
           r"properly)\b|\bno (old |past |previous |historical )?[a-z]+s (in (digital|electronic|"
           r"written) form|written down|on file)\b|\bnone of (them|these|those|it) (is|are|were|"
           r"was) (in|on) (a |any )?(spreadsheet|database|digital form|the system)\b|"
           # "Well, none of them are actually labelled with urgency"
           r"\bnone of (them|these|those|the (\w+ )?\w+) (is|are|were|was|has been|have been) "
           r"(actually |"
           r"really |even |ever been )?(labell?ed|tagged|annotated|classified|categori[sz]ed)\b|"
           # "Replies we've kept properly, basically none."
           r"\b(replies|answers|examples|pairs|outputs|summaries|drafts|labels)\b (\S+ ){0,5}"
           r"(basically|practically|pretty much|essentially|effectively|almost) (none|nothing|"
           r"zero)\b|"
           r"\b(don'?t|do not|haven'?t|have not) (have |got |kept )?(any )?(old |past |previous )?"
           r"(\S+ )?(messages|emails|tickets|chats|texts|items|documents|records|mails|requests) "
           r"(already )?(sorted|labell?ed|tagged|classified|categori[sz]ed|annotated)\b|"
           # "examples of good bullet points? no, nobody has ever written those"
           r"\b(nobody|no one|none of us) (has |have )?(ever )?(written|made|labell?ed|tagged|"
           r"collected|prepared) (those|them|any)\b|"
           rf"{NO_EXAMPLE_OUTPUTS}|\bno (tengo|tenemos) (\w+ )?ejemplos\b|\bsin ejemplos\b|"
           r"\b(don'?t|do not) have any (sample |example )?(dialogues?|lines|replies|answers|"
           r"examples?|samples?|scripts?|texts|notes|captions|descriptions|posts|articles|"
           r"emails|messages|summaries|letters|newsletters|verses|reviews) (written|collected|"
           r"saved|labell?ed)( yet)?\b|"
           # "Examples? I don't have any written down, sorry."
           r"\b(don'?t|do not|haven'?t|have not) (have |got )?any (\w+ )?written down\b|"
           # "we don't have past rotas as worked examples"
           r"\b(don'?t|do not|haven'?t|have not) (have |got |kept )?(any )?(\S+ ){0,3}as (worked |"
           r"good |labell?ed |solved |finished )?examples\b|"
           # "handbook yes, question-answer pairs no"
           r"\b(pairs|examples|labels|labell?ed data|training data)\s*[:-]?\s*(no|none|nope|zero)\b"
           r"(?! (\w+ )?(needed|required|problem|issue))|"
           # "i dont have any written lines yet honestly, zero"
           r"\b(don'?t|do not|haven'?t|have not) (have |got )?any (written|sample|example|saved|"
           r"collected|finished|approved) (dialogues?|lines|replies|answers|examples?|samples?|"
           r"scripts?|texts|notes|captions|descriptions|summaries|posts)\b|"
           # ("no customer personal data is in the notes": what the data lacks)
           r"\b(no(?! ([\w-]+ )?(personal|sensitive|private|confidential|customer|patient|health|"
           r"medical|financial|secret|identifying|identifiable|pii|user|client|real|kid|child|"
           r"children's) data)(?! data (leaves|"
           r"may|can|must|will|should|goes|is sent|gets sent|stays|retention|residency|logging|"
           r"sharing|collection|egress))|"
           # (a vendor's policy: "zero data retention")
           r"0(?! data (retention|residency|logging|sharing|collection|egress))|"
           # ("B2B invoices without personal data": what the data lacks, not the data)
           r"without(?! (any )?(personal|sensitive|private|confidential|customer|patient|"
           r"health|medical|financial|identifying|identifiable|pii|user|client|real) data)|"
           r"lack\w*|"
           r"not(?! (enough|much|many|a lot|all|only|just|yet|very|"
           r"that|so|too|secret|sensitive|personal|private|confidential|critical|regulated|"
           r"medical|health|financial|customer|public|real))|(don'?t|do not|haven'?t|have not) "
           r"(really |actually |yet )?(have|got|keep)?)\s+(any\s+)?"
           r"([\w&/-]+\s+){0,2}?(data(?! scien| ?cent(re|er)| protection| residency| room)|"
           r"examples?|"
           r"dataset|data ?set|labels|pairs|samples|summaries|"
           # (not "no examples in it": a prompt without demonstrations)
           r"training data)\b(?! in (it|the prompt|there|them)\b)|"
           # "we have no worked solutions yet"
           # ("We don't have any worked solutions in a dataset, none.")
           r"\b(no|(don'?t|do not|haven'?t|have not) (have |got )?any) (\w+ )?(worked|written|"
           r"model|sample|example|step-by-step) (solutions|answers)\b|"
           r"nothing (is |was |has been )?("
           r"labell?ed|annotated|tagged)|"
           # "... so zero of those", "labeled examples?? no idea, so i guess none"
           r"\b(so|which means|meaning) (zero|0|none) of (those|them|these)\b|\b(labell?ed|"
           r"examples?)\b[^.]{0,60}\b(so )?(i guess|i think|probably|i'?d say) (none|zero|0)\b|"
           r"\b(labell?ed|examples?|summaries)\b[^.]{0,60}\bso (none|zero|0),? (i guess|i think|"
           r"probably)\b|"
           # "we don't have a labeled set", "no gold corpus"
           r"\b(don'?t|do not|haven'?t|have not|no) (have |got )?(a |any )?(labell?ed|training|"
           r"gold|annotated) (set|corpus|collection)\b|"
           # "examples like question and correct answer we do not have"
           # ("sample description that we like, we not have")
           r"\b(examples?|samples?|sample \w+|pairs|labell?ed data|training data)\b[^.]{0,50}\bwe "
           r"(do not|don'?t|dont|not|no|haven'?t|have not|never) have\b|"
           # "we don't have any translated ones to show it"
           r"\b(don'?t|do not|haven'?t|have not) (have |got )?any (translated|labell?ed|tagged|"
           r"written|approved|finished|corrected|example|sample|good|old|past) ones\b|"
           # "I don't keep old descriptions anywhere, I just write them fresh"
           r"\b(don'?t|do not|never|didn'?t|did not) (keep|save|store|kept|saved|stored) (any |"
           r"the |my |our )?(old |past |previous |earlier )?(descriptions|replies|answers|"
           r"examples|emails|"
           r"letters|posts|notes|summaries|texts|copies|versions|drafts|listings|captions|"
           r"messages|transcripts|records|reports|translations)\b|"
           # "I don't have any old descriptions I actually like, so nothing to show as examples",
           # "I haven't written any worked solutions down"
           r"\bnothing to show (as examples|it|them|anyone|the model)\b|\b(don'?t|do not) have "
           r"any (old |past |previous |good |usable )(\S+ )?(descriptions|replies|answers|"
           r"examples|emails|letters|posts|notes|summaries|translations|captions|listings)\b|"
           r"\b(haven'?t|have not|never) written (any |down any )?(\S+ ){0,2}(solutions|answers|"
           r"examples|pairs|replies|descriptions|summaries)\b|"
           # "labeled examples? I don't think we have any, no."
           r"\b(examples?|labell?ed|data|pairs)\b[^.]{0,40}\b(don'?t|do not) think (we|i) (have|"
           r"'ve got|got) any\b|"
           # "we don't have any letters marked up with the right answers"
           r"\b(don'?t|do not|haven'?t|have not) (have|got) any (\S+ ){0,2}\w+s (marked[- ]up|"
           r"labell?ed|annotated|tagged|graded)\b|"
           # "Labeled data, hmm, not really.", "marked-up examples? um, no"
           r"^\s*(\S+ ){0,2}?(labell?ed|annotated|marked[- ]up|tagged) (data|examples|ones|"
           r"\w+s)\s*[?,:.]*\s*((hmm+|um+|uh+|well|honestly|so),?\s*){0,2}(not really|no|none|"
           r"nope|nothing|zero|0)\b(?! (idea|clue))|"
           # "Examples, no.", "labeled data? none"
           # ("examples? we don't keep old ones in any form you'd call data, no")
           r"^\s*(examples?|labell?ed (examples|data|ones)|data|pairs|labels)\s*[?:]\s*"
           r"[^.?]{0,80},? (no|none|nope)\s*[.!]?\s*$|"
           # ("Examples? Hmm. Not really, the old blurbs are all over the place ... So none")
           r"^\s*(examples?|labell?ed (examples|data|ones)|data|pairs|labels)( of (\S+ ){0,3}?"
           r"[a-z]+)?\s*[?,:]?\s*((hmm+|um+|uh+|well|honestly)[,.]?\s*){0,2}(no|none|nope|nada|"
           r"zero|not really)\b(?! (idea|clue|problem|issue|worries|many|much|a lot|enough|"
           r"that many|lots|sure))|"
           # "I have none translated yet"
           r"\b(i|we) (have|'ve got|got) none (\S+ )?(translated|labell?ed|written|done|tagged|"
           r"annotated|marked|corrected)\b|"
           # "no written question and answer pairs", "I don't have translations already done"
           r"\bno (written |saved |labell?ed )?(question[- ]and[- ]answer|q&a|question[- ]answer|"
           r"input[- ]output|before[- ]and[- ]after) (pairs|examples)\b|\b(don'?t|do not|"
           r"haven'?t|have not) "
           r"(have |got )?(any )?(\S+ )?(translations|summaries|replies|answers|examples|labels|"
           r"notes|captions|descriptions) (already )?(done|made|written|prepared)\b|\bno (\S+ )?("
           r"translations|summaries|replies|answers|labels|captions|descriptions|dialogues?|"
           r"lines|scripts?|examples|samples|texts) (already )?(done|made|written|prepared)\b|"
           # "no saved replies from before", "no past translations we could use as examples"
           r"\bno (saved|old|past|previous|earlier|existing|stored|archived|prior) (\S+ )?(replies|"
           r"answers|emails|messages|translations|summaries|letters|ads|posts|descriptions|"
           r"captions|conversations|chats|outputs|transcripts|write-?ups)\b(?! (to|with|for) "
           r"(learn|train|work))|"
           # "we have no worked solutions written up", "no past replies saved anywhere"
           r"\bno (\S+ ){0,2}\w+s (written (up|down)|typed up|saved|collected|kept)\b|"
           r"\b(don'?t|do not|haven'?t|have not) have any (\S+ ){0,2}\w+s (written (up|down)|"
           r"saved|collected|kept)\b|\bhave not examples|(examples?|data|samples?|pairs|"
           r"labels|answers),? we (have|got) none|(examples?|data) we (don'?t|do not) have|"
           r"\bno (\S+ )?examples (collected|yet|gathered)|"
           r"(haven'?t|have not) (\S+ ){0,3}(any )?(\S+ )?examples|"
           r"\b(no|zero|0) (labell?ed|annotated|tagged|hand-labell?ed) \w+|"
           r"(haven'?t|have not|never) (labell?ed|annotated|tagged) (anything|any)|"
           r"\b(have not|haven'?t) yet (got |prepared )?any\s+([\w&/-]+\s+){0,2}?(data|examples?|"
           r"pairs|samples|letters|summaries)\b|"
           # "no history to learn from", "we hold no earlier reports in any usable labelled
           # form", "labeled examples we have not", "samples written down? none yet"
           r"\bno (\S+ ){0,2}(history|record|archive|track record) to (learn|train|work) from\b|"
           r"\bnothing to (learn|train) (from|on)\b|\b(hold|have|keep) no (\S+ ){0,2}\w+s in "
           r"(any|a) (usable |proper )?(labell?ed|annotated|structured|paired) form\b|"
           r"\b(examples?|data|samples?|pairs|labels)( \S+){0,2}[?:]\s*(honestly |really |"
           r"basically )?(none|zero|nope|nothing)\b|\b(examples?|data|samples?|pairs),? we have "
           r"(not|none)\b|"
           # "nothing written as examples yet", "nothing has been typed up as samples"
           r"\bnothing (\S+ ){0,3}(written|typed|collected|saved|prepared|put together)( (up|"
           r"down))? as (examples?|samples?|training data|pairs)\b|"
           r"(don'?t|do not|haven'?t|have not) (have|got) (any )?(labell?ed|annotated|tagged) "
           r"\w+|"
           # "we don't keep any archive of approved replies", "no record of past plans"
           # ("I don't have any tidy list of questions with the right answers")
           r"(don'?t|do not|doesn'?t|does not) (hold|keep|have) (a |an |any )?(tidy |clean |"
           r"proper |neat |real |good |written )?(set|bank|list|stash|corpus|dataset|"
           r"collection|archive|library|record)s? of\b|\bno (record|records|archive|history|"
           r"corpus|collection) of\b|\b(don'?t|do not|haven'?t|have not) (have|got) any "
           r"([\w&/-]+\s+){0,5}?(examples|data(?! scien)|pairs|samples|answers|replies)\b|"
           r"\b(examples?|data)( \S+){1,4} we (don'?t|do not) have\b|"
           r"\b(examples?|data|labels|labell?ed|pairs|samples|answers)[?:]\s*(honestly |really |"
           r"basically )?(none|zero|nope|nothing|no)\b(?! (problem|issue|worries))|(don'?t|do "
           r"not|haven'?t|have not) (have|"
           r"got) any ['‘\"“]?(training )?(data|examples)\b|"
           # "Labeled emails? None, we never tagged them", "Examples, we do not really have."
           r"\b(labell?ed|annotated|tagged) \w+[?:]\s*(honestly |really |basically )?(none|zero|"
           r"nope|nothing|no)\b|\bnever (labell?ed|annotated|tagged|collected|kept) (them|it|"
           r"those|these|any)\b|\b(examples?|data|samples?|pairs),? we (don'?t|do not) (really |"
           r"actually )?have\b")
# Said outright, with items nothing marks as labeled: those items are not examples.
NO_PAIRS = (# "500 old notes, but no aftercare sheets were written for them"
            r"\bno (\S+ ){0,2}\w+s (were|have been|got|ever got) (written|made|produced|done) "
            r"for\b|"
            # "a dozen template letters but no set of case notes paired with letters"
            r"\bno (set|collection|archive|corpus|pile|record)s? of (\S+ ){0,3}(paired|matched|"
            r"linked) (with|to)\b|"
            r"\bno (\S+ ){0,2}\w+s written for\b|\b(so|which means|meaning) (zero|0|none) of "
            r"(those|them|these)\b|"
            r"\bno (\S+ ){0,2}(pairs|labels|annotations|examples|labell?ed (\S+ )?(data|examples|"
            r"items|pairs|cases|ones|rows|records|samples|set|dataset))\b|"
            r"\b(pairs|labels|examples)\s*\?\s*(none|zero|nope)\b|"
            # "nobody ever marked which ones were on-brand, so nothing is labeled"
            r"\bnothing (is|was|has been|got) (labell?ed|annotated|tagged|marked)\b|\bnobody "
            r"(ever )?(marked|labell?ed|tagged|annotated|graded)\b|"
            # "80,000 pages digitised ... We have not labeled anything yet"
            r"\b(have|has|had|'ve)(n'?t| not| never) (yet )?(labell?ed|annotated|tagged) "
            r"(anything|any of (it|them|those|these)|a single (one|page|item|document|record))\b|"
            # "we don't have labeled Q&A pairs. We have the help center, about 120 articles"
            r"\b(don'?t|do not|haven'?t|have not) (have|got) (any )?(\S+ ){0,2}(pairs|labels|"
            r"annotations|labell?ed (\S+ )?(data|examples|items|pairs|cases|ones|rows|records|"
            r"samples|set|dataset))\b")
# A prompt tried without examples in it, not a lack of labeled data.
PROMPT_WITHOUT_EXAMPLES = (r"\b(instructions?|prompts?|system prompt|(zero|0)[- ]?shot|(tried|"
                           r"asked|tested) (\S+ )?(once|1 time))\b[^.]{0,20}?,? "
                           r"(and )?(no|without( any)?) (examples|demos|few-?shot)\b|"
                           # "no definitions or examples in it": the prompt had none
                           r"\bno (\w+ (or|and|nor) |worked |few-?shot )?(examples|demos) in (it|"
                           r"the prompt|there)\b|"
                           # ("without the examples the bullet order goes all over the place":
                           # the prompt's examples, just named)
                           r"\bwithout (the|those|these) (\w+ )?(examples|demos)\b")
# The items just counted, taken back: "so none really", "so, zero usable ones".
DATA_GONE = (r"\bso,? (really )?(none|nothing|0|zero),?( really| at all| in practice)?\s*"
             r"([.!?]|$)|\bso,? (really )?(none|0|zero) (finished |usable |real |written )?"
             r"(examples|pairs|ones)\b|"
             r"\b(none|nothing|0|zero) (\S+ )?(usable|useful|we can use)\b")
VOLUME_WORDS = [(r"\b(tiny|very low|minimal)\b", 500), (r"\blow\b|\bsmall\b", 1_000),
                (r"\b(medium|moderate)\b", 30_000), (r"\b(very high|huge|massive)\b", 3_000_000),
                (r"\b(high|large|lots)\b", 300_000)]
VAGUE_TASKS = {"many": 10, "multiple": 3, "dozens of": 36, "lots of": 10}


# An amount per item, not per period: "$0.01 per email", "$2 a ticket", "$0.30/query".
UNIT_PRICE = (r"\s*(usd |dollars? )?(per|each|a|an|/) ?(single )?(email|query|queries|request|call|"
              r"api call|ticket|document|doc|page|message|item|record|row|image|search|"
              r"conversation|chat|user|seat|token|1k tokens|thousand tokens|million tokens|"
              r"claim|invoice|order|summary|translation|transcript|prediction|lookup|answer|"
              r"reply|response|review|form|file|post|listing|product|sms|text|label|"
              r"annotation|example|lead|email sent|hour|hr|minute|session|visit|consultation|"
              r"night|piece|watch|car|unit|sale|closing|deal|booking|lot)s?\b|"
              r"\s*(apiece|each)\b(?! (day|week|month|year|quarter|season|time)\b)")


SPEND_FOR = (r"\s*(usd |dollars? )?((a|per|each) (month|week|year|day|quarter) |monthly |oneoff |"
             r"upfront |up front |in total |total )?(for|on|toward|towards|to cover) (the |our |"
             r"all )?(inference|build|compute|hosting|training|fine-?tuning|api( calls| usage| "
             r"costs)?|tokens|project|pilot|gpus?|cloud|running costs?|infra\w*|model costs?|"
             r"experiments?)\b")


@dataclass(frozen=True)
class Reading:
    """What one message states. `weak` names numbers that were guesses ("we have 800")."""

    fields: dict[str, Any] = field(default_factory=dict)
    weak: frozenset[str] = frozenset()


def _budgetish(t: str, m: Mention) -> bool:
    if re.match(r"\s*(usd |dollars? )?((daily|weekly|monthly|yearly|annual|total|project|cash|"
                r"ai|compute) )?(budget|allowance)\b", t[m.end:]):
        return True  # "the token bill is eating most of our $8,000 monthly budget"
    if re.search(r"\b(we'?re|we are|currently|already|now) (spending|paying)( roughly| about| "
                 r"around| over| nearly| almost)?\s*$", t[max(0, m.start - 40): m.start]) and (
            re.match(r"\s*(a|per|each|every) (month|week|day|year)\b", t[m.end:])):
        return False  # "we're spending roughly $3,000 a month on this step": today's cost
    if re.search(r"\boffered (us |me )?$", t[max(0, m.start - 20): m.start]) and re.match(
            r"\s*(from|out of) (the|our|his|her|their|its) ", t[m.end:]):
        return True  # "he's even offered $2,000 from the tech fund": money found inside
    # (and with the amount's first character: "each seat costs $1 a day")
    if any(re.search(NON_BUDGET, re.split(r"[,.;!?]", t[max(0, m.start - 30): end])[-1])
           for end in (m.start, m.start + 1)):
        return False  # "budget $30 a month, the app earns like $4 per user"
    if re.match(UNIT_PRICE, t[m.end:]):
        return False  # "running cost must stay under $0.01 per email": a price per item
    s = next((s for s in _sentences_spans(t) if s[0] <= m.start < s[1]), (0, len(t)))
    if re.search(r"\b(consultants?|agency|agencies|vendors?|freelancers?|contractors?|firms?|"
                 r"integrators?|dev shops?|studios?|someone|salesm[ae]n|salespeople|sales reps?)"
                 r" (\S+ ){0,3}(proposed|quoted|offered|pitched|suggested|wants|wanted|asked for|"
                 r"charges?|charged|bid|estimated)\b[^.!?]*$", t[s[0]: m.start]):
        return False  # "a consultant proposed us to train a custom model for 12.000 euro"
    if re.search(r"\b(put|putting|invest|investing|spend|spending|throw|throwing|sink|sinking|"
                 r"allocate|allocating|commit|committing) (in |up )?(maybe |about |around |"
                 r"roughly |up to |like |perhaps )?\S?$", t[max(0, m.start - 40): m.start]) and (
            re.match(r"\S*\s*(\S+ )?(into|on|in|for|towards?) (the |this |a |it|that|set|"
                     r"build|getting)", t[m.end:])):
        return True  # "I could put maybe $500 into setup" (beside "our minimum tattoo is $80")
    if re.match(SPEND_FOR, t[m.end:]):
        return True  # "$6k per month for inference": what it is for says it is a budget
    if re.match(r"\s*(usd |dollars? |bucks )?(seed|pre-?seed|series [a-e]|round|raise|valuation|"
                r"revenue|arr|mrr|in (revenue|sales|funding|arr))\b", t[m.end:]):
        return False  # "$10,000 out of our $1.2M seed": the seed is funding, not the budget
    sentence = t[s[0]: s[1]]
    if re.search(r"budget|spend|afford|cash|credits|\bgrants?\b|accelerator|\bawarded\b|"
                 r"\b(can|could|happy to|willing to|able to) (only )?pay\b|"
                 r"earmark\w*|\bset aside\b|\bput aside\b|\b(approved|granted|allotted|"
                 r"signed off on)\b|"
                 r"\bfunding for\b", sentence):
        return True
    return not re.search(NON_BUDGET, sentence)


# What the founder pays each month today, said as such: "We're paying roughly $5,200 a month",
# "the bill is around $9k a month".
SPENT_NOW = (r"\b((we'?re|we are|currently|already|now) (spending|paying)|we (spend|pay)|(the|our) "
             r"(api |openai |token |llm |monthly )?bill (is|runs|comes to|of)|(it|this|that) costs "
             r"us)( roughly| about| around| over| nearly| almost| like)?\s*~?\$?\s*$")


def _spent_over_budget(t: str, ms: list[Mention], monthly_budget: float | None) -> bool:
    """A prompt in use that costs more each month than the running budget the founder set:
    "We're paying roughly $5,200 a month and the board wants the running cost under $1,500"."""
    if not monthly_budget or not re.search(PROMPTED, t):
        return False
    return any(m.kind == Kind.MONEY and m.per_month is not None and m.monthly() > monthly_budget
               and re.search(SPENT_NOW, t[max(0, m.start - 45): m.start])
               and re.search(PROMPTED, t[: m.start]) for m in ms)


def _sentences_spans(t: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"(?<!\.)[.!?](?!\.)\s+|\n\s*", t):  # ("budget.. maybe $30": one)
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(t)))
    return spans


def _pick(ms: list[Mention]) -> Mention | None:
    """The number that stands: a correction beats what it corrects, else the last said."""
    corrected = [m for m in ms if m.corrects]
    return (corrected or ms)[-1] if ms else None


def _money(t: str, ms: list[Mention], found: dict[str, Any]) -> None:
    money = [m for m in ms if m.kind == Kind.MONEY and _budgetish(t, m)]
    if (last := _pick(money)) is not None and last.corrects:
        # "$10k. Sorry, that's annual: about 800 a month"; and what follows the correction
        # stands too: "I meant $300 total to set it up, monthly we can do like $100"
        money = [m for m in money if m.start >= last.start]
    one_off = _pick([m for m in money if m.per_month is None])
    monthly = _pick([m for m in money if m.per_month is not None])
    if one_off is not None:
        found["budget_usd"] = one_off.value
        # "zero dollars for APIs or cloud, one-off or monthly": nothing either way
        if one_off.value == 0 and monthly is None and re.match(
                r"[^.;]{0,40}\b(oneoff|upfront|one-time) (or|and|nor) (monthly|recurring|ongoing)|"
                r"[^.;]{0,40}\b(monthly|recurring|ongoing) (or|and|nor) (oneoff|upfront)\b",
                t[one_off.end:]):
            found["monthly_budget_usd"] = 0.0
    if monthly is not None:
        found["monthly_budget_usd"] = round(monthly.monthly(), 2)
    if not money and re.search(ZERO_BUDGET, t):
        found["budget_usd"] = 0.0


# A set kept back to score on, said after its count, and the score itself.
HELD_OUT_AFTER = (r"\s*((\S+ )?(in (a|the|our) )?(held[- ]?out|hold[- ]?out|test|validation|"
                  r"eval\w*)\b|[^.;]{0,40}\b(kept|set|put|held) (aside|apart|back)\b)")
SCORE_WORD_BEFORE = (r"(%|percent|accuracy|f1|score\w*|compliance|agreement|precision|recall)"
                     r"[^.]{0,30}$")
SCORE_AFTER = (r"[^.]{0,40}\b(was|is|were|are|came to|sits at|of|at|stays?|stayed|hovers?|gets?|"
               r"got|scores?|scored|reach\w*) (about |around |roughly |~)?\d+(\.\d+)? ?(%|percent)")


def _of_the_prompt(t: str, m: Mention) -> bool:
    """A count that belongs to the prompt, not to the labeled data: the prompt itself ("we
    wrote one instruction"; but "2,300 prompts, each matched with the answer" are data), its
    versions ("the prompt has been through 5 rewrites"), and a handful of examples said back
    as the prompt's own ("the eight examples make each call around 2,800 tokens", "the five
    examples are most of each prompt's tokens", "our best version has 8 worked examples")."""
    if m.value < 10 and re.match(r" ([a-z-]+ )?(instructions?|prompts?|system prompts?)\b(?![/-])",
                                 t[m.end:]):
        return True
    if m.noun in ("rewrite", "rewrites") and re.search(r"\bprompt\w* (\S+ ){0,5}$",
                                                       t[max(0, m.start - 50): m.start]):
        return True
    if m.value < 20 and re.match(r" (\S+ ){0,2}as (worked |few-?shot )?(examples|demos|shots)\b|"
                                 r" (\S+ )?example \w+\b", t[m.end:]) and re.search(
            PROMPTED, _sentence_of(t, m)):
        return True  # "iterating prompts: style guide, template, three strong memos as examples"
    if m.value < 20 and re.match(r" (worked |few-?shot |sample )?(examples|shots|demos)\b",
                                 t[m.end:]) and re.search(
            r"\b(it|the prompt|our prompt|prompts?)\b[^.]{0,40}:\s*([^,.:]{1,30}, ){0,3}$",
            t[max(0, m.start - 90): m.start]) and re.search(PROMPTED, t[max(0, m.start - 200):
                                                                       m.end]):
        return True  # "Prompting is what we do now. Our dev has refined it for months: rule
        # list, six examples, a self-check step"
    # ("The prompt has the full rubric, five anchor scripts, and asks it to reason")
    if m.value < 20 and re.search(r",\s*$", t[max(0, m.start - 3): m.start]) and (re.match(
            r" (worked |few-?shot |sample )?(examples|shots|demos),", t[m.end:]) or (re.match(
            r" (\S+ )?[a-z]+s,", t[m.end:]) and re.search(
                r"\b(the |our |my )?prompt (has|had|contains|includes|carries|holds)\b",
                _sentence_of(t, m)))) and re.search(
            r"\b(instructions?|rules?|rubric|schema|system prompt|prompt\w*)\b",
            _sentence_of(t, m)):
        return True  # "instructions rewritten maybe a dozen times, five worked examples, the
        # schema spelled out in full": one item in a list of what the prompt holds
    if m.value >= 20 or not re.match(r" (worked |few-?shot |sample |scored )?(examples|shots|"
                                     r"demos)\b", t[m.end:]):
        return False
    if re.search(r"\b(prompt\w*|version|template|it) (\S+ )?(has|had|carries|carried|includes|"
                 r"included|uses|used|contains|with)( about| around| only| just)? $",
                 t[max(0, m.start - 50): m.start]):
        return True
    return bool(re.search(r"\bthe $", t[max(0, m.start - 4): m.start])) and bool(
        re.search(r"\b(tokens?|prompt'?s?|each call|every call|per call|context)\b",
                  _sentence_of(t, m)))


def _labeled(t: str, ms: list[Mention]) -> tuple[int | None, bool]:
    """(labeled examples, whether it was a guess)."""
    tenants = _tenants(t, ms)  # "40 member papers ... each paper wants": not documents
    # (a fraction counts nothing: "the generic prompt gets 0.61 agreement")
    data = [m for m in ms if m.kind == Kind.DATA and m not in tenants
            and not _of_the_prompt(t, m) and not 0 < m.value < 1]
    # A share per language or client worked out from the total is no new count: "48,000
    # approved segment pairs. Wait, that's across all four languages, so 12k per language."
    data = [m for i, m in enumerate(data) if not (i and re.match(
        r"\s*(\S+ )?(per|each|a) (language|client|customer|task|site|tenant|team|brand|market|"
        r"country|region|locale|department)\b", t[m.end:]) and data[i - 1].value > m.value
        and re.search(r"\b(so|that'?s|which is|i\.e\.|meaning)\s*(about |around |roughly |~)?$",
                      t[max(0, m.start - 25): m.start]))]
    counted = [m for m in ms if m.kind in (Kind.DATA, Kind.HAVE) and m not in tenants]
    if counted and re.search(DATA_GONE, t[counted[-1].end:]):
        return 0, False  # "500 pairs ... scratch that, they were never ours. so none really"
    if data:
        best = max(m.cue for m in data)
        if best < 0:
            return 0, False  # "1,000 logged conversations, unlabeled"
        unprompted = re.sub(PROMPT_WITHOUT_EXAMPLES, " ", t)  # ("no worked examples in the
        # prompt" is about the prompt)
        if best < 2 and (re.search(NO_PAIRS, unprompted) or re.search(NO_EXAMPLE_OUTPUTS,
                                                                      unprompted)):
            # "1,400 help-centre articles but no question/answer pairs at all"; "out come
            # show notes: ..., 5 chapter titles. we have no good example show notes at all"
            return 0, False
        if data[-1].corrects and data[-1].cue >= 0:
            return round(data[-1].value), False  # "2k labeled? no ... ok, 380 forms"
        if data[-1].cue >= 0 and re.search(r"\b(so|so really|so in the end|which means|meaning),?"
                                           r"\s*$", t[max(0, data[-1].start - 20): data[-1].start]):
            return round(data[-1].value), False  # "... so zero finished examples": settled
        chosen = _pick([m for m in data if m.cue == best])
        # The set a score was measured on ("it stays at 74% on 400 held-out claims") may be
        # only part of what is labeled: a guess, that never silently replaces an earlier count.
        # (the score before the count or after it: "compliance on 500 held-out notes was 70%",
        # "on 40 of my labeled clauses kept aside it stays 81-83%")
        before, after = t[max(0, chosen.start - 60): chosen.start], t[chosen.end:]
        scored_on = (re.search(r"\b(on|over|against|across) (a |the |our )?$", before)
                     and re.match(HELD_OUT_AFTER, after)
                     and (re.search(SCORE_WORD_BEFORE, before) or re.match(SCORE_AFTER, after)))
        return round(chosen.value), bool(scored_on)
    # ("i tried chatgpt with a long instruction, no examples": the prompt had none)
    # (a short quoted name is read as words: "we don't have any 'good aftercare sheet'
    # examples")
    bare = re.sub(r"(?<!\w)['‘\"“]([^'’\"”.]{1,40})['’\"”](?!\w)", r"\1", t)
    if no := re.search(NO_DATA, re.sub(PROMPT_WITHOUT_EXAMPLES, " ", bare)):
        # unless taken back: "We don't have any examples... Well, actually, one of our
        # reporters did about a dozen last year, so I suppose we have twelve."
        later = [m for m in ms if m.kind in (Kind.HAVE, Kind.BARE) and m.value >= 1
                 and m.start > no.end() and re.search(
                     r"\b(actually|wait|correction|come to think of it|on second thought|"
                     r"scratch that)\b", t[no.end(): m.start]) and re.search(
                     r"\b((we|i) (do )?(have|'ve got|got)|so)( about| around| roughly| maybe)?"
                     r"\s*$",
                     t[max(0, m.start - 30): m.start])]
        return (round(later[-1].value) if later else 0), False
    # "Tenants give us labeled examples, usually a few hundred each."
    for start, end in _sentences_spans(t):
        bare = [m for m in ms if m.kind == Kind.BARE and start <= m.start < end]
        # (not when another number counts the examples: "tried it one afternoon with just
        # the four words and 2 examples" has its examples counted, by the 2)
        counts_them = any(m.noun and re.match(r"examples?|pairs", m.noun) for m in ms
                          if start <= m.start < end)
        # (nor examples put in a prompt: "adding more examples stopped helping after about
        # twenty per character")
        in_prompt = re.search(r"\b(add\w*|more|extra|fewer) (more )?examples\b|\bexamples (in|"
                              r"into|to) ((the|our|its|a|my) prompt|it\b|there\b)", t[start:end])
        if bare and not counts_them and not in_prompt and re.search(
                r"labell?ed|annotated|examples|(?<!language )(?<!currency )pairs|before/after|"
                # "After cleaning we kept about 52,000 we trust."
                r"\bafter (cleaning|dedup\w*|filtering)\b[^.]{0,20}\b(we|i) kept\b|"
                # ("ops tagged a sample ..., 350 or so"; not "want each one tagged")
                r"\bhand-tagged\b|\b(we|they|i|ops|staff|agents|already|have|has|had) (\S+ )?"
                r"tagged\b|"
                r"before[- ]and[- ]after|input[- ]output", t[start:end]):
            return round(bare[-1].value), False
    # The question said back first: "labeled ones? about 400. wait no, ... so 1,250 total".
    if re.match(ECHO_DATA, t) and (loose := [m for m in ms if m.kind in (Kind.BARE, Kind.HAVE)]):
        return round(_pick(loose).value), False
    # (a fraction is a score, not a count: "got 0.82 vs 0.74 prompting")
    have = [m for m in ms if m.kind == Kind.HAVE and m.value >= 1]
    if have:
        return round(have[-1].value), True
    return None, False


ECHO_DATA = (r"^\s*(\S+ ){0,3}?(labell?ed|annotated|tagged|examples?|training data|pairs|"
             r"samples)( \S+){0,5}\s*\?")


# People served, not tenants who each get their own model; and a count this large is an
# audience too (a server holds thousands of adapters at most).
AUDIENCE = {"user", "users", "visitors", "visitor", "subscribers", "subscriber", "players",
            "students", "members", "patients"}
MAX_TENANTS = 10_000
# A company's own people who use a tool are its users, not tenants ("1,200 staff use it").
STAFF = {"staff", "employees", "people", "persons", "colleagues", "workers", "users"}


def _sentence_of(t: str, m: Mention) -> str:
    start, end = next(s for s in _sentences_spans(t) if s[0] <= m.start < s[1])
    return t[start:end]


def _next_sentence(t: str, m: Mention) -> str:
    spans = _sentences_spans(t)
    i = next(i for i, s in enumerate(spans) if s[0] <= m.start < s[1])
    return t[spans[i + 1][0]: spans[i + 1][1]] if i + 1 < len(spans) else ""


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") else noun


# Sold or licensed to a count of businesses: "we license our planner to 45 bus operators".
SOLD_TO = re.compile(r"\b(sell|sold|supply|supplie|licen[cs]e|provide|offer)\w* (\S+ ){0,4}?"
                     r"(to|for) (about |around |roughly |some |over )?$")
# Wanting is what tenants do; documents can need things too ("each contract needs its own
# summary"), so a count of documents is a count of tenants only when each one wants.
WANTS = r"(wants?|asks? for|wish(es)?|insists? on)"
# What a tenant has of its own.
THEIRS = (r"(brand voice|voice|vibe|style|tone|glossary|taxonomy|labels?|label set|rules|model|"
          r"adapter|setup|house style|guidelines?|categories|template|format|rubric|checklist|"
          r"criteria|style guide|schema|field set)")


def _singled_out(t: str, m: Mention) -> bool:
    """A few of the tenants picked out, not their count: "the two biggest accounts" (but
    "each of our 28 largest carriers ... its own way" and "our 300 biggest customers each get
    a weekly summary" take them one at a time)."""
    return bool(re.search(r"\b(the|our|its|their)\s*$", t[max(0, m.start - 8): m.start])
                and not re.search(r"\beach of (the|our|its|their)\s*$",
                                  t[max(0, m.start - 16): m.start])
                and not re.match(r" \S+ \S+ each\b", t[m.end:])
                and re.match(r" (biggest|largest|top|main|key|first|newest|oldest|smallest|best|"
                             r"worst)\b", t[m.end:]))


# Places whose laws differ are one task with local rules, not tenants of their own ("140
# stenographers working in 9 states ... following each state's rules"), unless a model or
# an adapter per place is asked for. (Places may still want their own voice: "12 regions
# want replies in their own dialect".)
PLACES = {"states", "countries", "provinces", "counties", "regions", "jurisdictions",
          "territories", "cantons", "municipalities"}
PLACE = r"(state|country|province|county|region|jurisdiction|territory|canton|municipality)"
PLACE_RULES = (rf"\b(each|every) {PLACE}'s (own )?(\S+ )?(rules|laws|regulations|requirements|"
               rf"conventions|statutes)\b|\b(rules|laws|regulations|requirements|statutes) (of|"
               rf"for|in) (each|every) {PLACE}\b|\b(each|every) {PLACE} (has|have) (its|their) own "
               r"(\S+ )?(rules|laws|regulations|requirements|statutes)\b")
PER_PLACE = (r"\b(models?|adapters?|soft prompts?|loras?|fine-?tunes?|copies) (per|for each|for "
             r"every|for all \d+) (state|country|province|county|region|jurisdiction|territory|"
             r"canton|municipality)\b")


# The same tenants named again by another word: "45 municipalities ... every city has own
# codes", "about 220 congregations use it ... in each church's own voice".
TENANT_SYNONYMS = {
    "municipalities": ("city", "town", "council"), "councils": ("city", "town", "municipality"),
    "cities": ("municipality", "town", "council"), "towns": ("municipality", "city", "council"),
    "congregations": ("church", "parish"), "churches": ("congregation", "parish"),
    "parishes": ("church", "congregation"), "properties": ("hotel",), "hotels": ("property",),
    "dealerships": ("dealer",), "dealers": ("dealership",), "practices": ("clinic",),
    "clinics": ("practice",), "outlets": ("store", "shop"), "locations": ("store", "site",
                                                                          "branch"),
    # "We manage 45 homeowners associations. Each board wants ..."
    "associations": ("board", "community", "hoa"), "communities": ("board", "association"),
    "hoas": ("board", "community", "association"), "venues": ("theatre", "theater", "hall"),
    "theatres": ("venue",), "theaters": ("venue",),
}


def _tenants(t: str, ms: list[Mention]) -> list[Mention]:
    """Counts of tenants that the text goes on to take one at a time ("40 member clubs ...
    each club wants its own tone", "12 offices and each office keeps its own list"), or
    that the product is sold to when each client is said to want its own."""
    out = []
    for m in ms:
        if not m.noun or m.noun in AUDIENCE or m.value > MAX_TENANTS or m.value < 2 or _singled_out(
                t, m) or (
                m.kind in (Kind.MONEY, Kind.LATENCY, Kind.VOLUME, Kind.TASKS)) or (
                m.noun in PLACES and re.search(PLACE_RULES, t) and not re.search(PER_PLACE, t)):
            continue
        # ("25 fashion brand storefronts. Each brand wants ...": a word before the noun may be
        # the one taken one at a time)
        at = t.find(m.noun, m.end, m.end + 40)
        # (or any word that names them: "30 forwarder customers ... each forwarder wants")
        mods = [w for w in re.findall(r"[a-z]{3,}", t[m.end: at]) if re.fullmatch(
            ENTITY_NOUNS, w) or (len(w) > 4 and w.endswith("er"))] if at > 0 else []
        # (a franchisee is taken one at a time as "each franchise owner", a licensee as
        # "each license holder")
        stem = [_singular(m.noun)[:-1]] if _singular(m.noun).endswith("ee") else []
        # (the compound's head after it: "8 client mine sites ... Each site has its own")
        tail = re.match(r"((\s+[a-z]{3,}){1,2})\b", t[at + len(m.noun): at + len(m.noun) + 30]
                        ) if at > 0 else None
        # (a second noun joined to it: "120 theatres and concert venues ... for each venue")
        if at > 0 and (joined := re.match(r"\s+(and|or|&)\s+([a-z]+\s+)?([a-z]{3,}s)\b",
                                           t[at + len(m.noun): at + len(m.noun) + 40])):
            stem.append(_singular(joined.group(3)))
        if tail and tail.group(1).split()[-1].endswith("s") and not re.fullmatch(
                r"(has|was|is|does|uses|gets|needs|wants|keeps|as|its|this|thus|plus|across|"
                r"less|unless|always|perhaps)", tail.group(1).split()[-1]):
            stem += [_singular(w) for w in tail.group(1).split()]
        one = "(" + "|".join(re.escape(w) for w in [_singular(m.noun), *mods, *stem,
                                                     *TENANT_SYNONYMS.get(m.noun, ())]) + ")"
        # ("a model per church so each one keeps its voice")
        own = (rf"\b(each|every|per) ([a-z]+ )?{one}\b[^.]{{0,80}}\b((its|their|his|her) own|"
               r"(has|have) own|(keeps?|keeping|gets|in) (its|their) (own )?(voice|tone|style))\b")
        # "22 directorates want letters sorted into their own categories"
        # ("25 desks want wire copy rewritten into their desk's house style")
        own_want = re.match(rf"\s+([a-z-]+\s+){{0,2}}?{WANTS}\b[^.]{{0,60}}\b((their|its) own|"
                            r"(their|its) \w+'s (own )?(house )?(style|voice|tone|format|rules))\b",
                            t[m.end:])
        # (not "for every clause the firm wants back one of its tags": the firm wants)
        wants = rf"\b(each|every) {one}('s)?,? ((?!the |a |an |our |their |its |his |her )[a-z]+ )"
        wants += rf"{{0,2}}?{WANTS}\b"
        # (staff who each write their own letters are not tenants)
        # "the voice of each client", "each client's brand voice", "each client has a
        # glossary", "200 brokerages signed, and each wants ..."
        theirs = (rf"\b{THEIRS} (of|for) (each|every) {one}\b|\b(each|every) {one}'s (\S+ ){{0,2}}"
                  rf"{THEIRS}\b|\b(each|every) {one},? (has|have|gets|uses|needs) (its |their |"
                  rf"a |an )?(own )?(\S+ ){{0,2}}{THEIRS}\b")
        # (also just after the sentence's end: "for 25 B2B clients. each wants summaries")
        # "30 resellers, each w/ own product codes", "90 form types, each its own schema" (not
        # "5 teams, each with its own queue": groups in the company)
        own_each = m.noun not in GROUPS and re.match(
            r"[^.]{0,40}\beach( one| of them)?,? (with |has |have |uses |keeps )?(its|their) "
            r"own\b", t[m.end:])
        each_wants = own_each or re.match(rf"[^.]{{0,40}}\beach( one| of them|"
                                          rf" of which)? ({WANTS}|(needs?|"
                              rf"requires?|uses?|keeps?|classif\w*|sorts?|routes?|"
                              rf"tags?) (\S+ ){{0,8}}?"
                              r"(its|their) own)|"
                              rf"[^.]{{0,20}}\.\s+each (one )?({WANTS}|(has|have|gets|keeps|uses|"
                              r"needs) (its|their) own)\b",
                              t[m.end:])
        # "30 magazine titles ... each title's own style": a publication has a voice, a
        # document does not.
        voice = re.search(rf"\b(each|every) {one}'s own (house |brand )?(style|voice|tone)\b|"
                          # "for each one the model has to tag ... with that board's own codes"
                          rf"\b(each|every)( one)?\b[^.]{{0,80}}\b(that|the|this) {one}'s own\b|"
                          # "each congregation sends me its announcements, and I'd like ... a
                          # newsletter in that church's own voice"
                          rf"\b(each|every) [a-z]+\b[^.]{{0,120}}\b(that|this) {one}'s own "
                          rf"(house |brand )?(style|voice|tone)\b",
                          t[m.end:])
        # Said before the count: "every customer wants the summaries their own way ... we
        # have 60 enterprise customers on this feature"
        kin = (rf"({one}|customer|client|tenant|brand|firm|shop|store|company)" if m.kind == (
            Kind.ENTITIES) else one)  # "each customer has its own taxonomy ... ~120 tenants"
        # (not items: "for each document the agency needs back its own set of fields ... 400
        # checked documents")
        # ("each of our big clients has its own binding rulings ... 35 clients in scope")
        wanted = m.kind != Kind.DATA and re.search(
            rf"\b(each|every)( of (our|the|its|their)( [a-z]+)?)? {kin}s?('s)?,? ([a-z]+ ){{0,2}}?"
            rf"({WANTS}|has|have|gets|uses|needs)\b"
            r"[^.]{0,80}\b(their|its|his|her) own\b", t[:m.start])
        # The count inside "each of": "Each of our 28 largest carriers formats invoices ...
        # its own way"
        each_of = m.kind != Kind.DATA and re.search(
            r"\beach of (our|the|its|their|these|those) $", t[max(0, m.start - 25): m.start]
        ) and re.match(r"[^.]{0,100}\b(its|their) own\b", t[m.end:])
        referred = m.kind != Kind.PEOPLE and (re.search(wants, t[m.end:]) or voice or wanted
                                              or each_of or (
            m.kind != Kind.DATA and (re.search(own, t[m.end:]) or re.search(theirs, t[m.end:])
                                     or each_wants or own_want)))
        # People served, each in their own voice: "newsletters for real estate agents. each
        # agent wants it to sound like them" (not staff who each write their own letters)
        referred = referred or (m.kind == Kind.PEOPLE and re.search(
            rf"\b(each|every) ({one}|one)\b[^.]{{0,40}}\b(sound|sounds|read|reads) like (them|him|"
            rf"her|"
            r"themselves|himself|herself)\b", t[m.end:])) or (
            # People listed on the platform, each wanting their own voice: "~220 planners
            # listed. Each planner wants ... in their own voice" (not staff)
            m.kind == Kind.PEOPLE and re.match(r"\s+(\S+\s+)?(listed|on (the|our) (platform|"
                                                r"marketplace|app|site)|signed up|onboarded)\b",
                                                t[m.end:]) and re.search(
                rf"\b(each|every) {one}\b[^.]{{0,80}}\b(their|his|her) own\b", t[m.end:]))
        sold = m.kind != Kind.DATA and SOLD_TO.search(t[max(0, m.start - 60): m.start])
        if referred or (sold and re.search(PER_ENTITY, t[m.end:])):
            out.append(m)
    return out


def tenants_in_context(text: str, context: str) -> int | None:
    """A count in `text` of the tenants an earlier message took one at a time: "each hospital
    has its own field list" first, "we have 18 hospitals signed" later. Also a corrected
    count of the same ones ("correction: 92 customers now"). And the other way round: "used
    by about 900 firms" first, "each firm has its own tone" later."""
    # "product teams keep asking for their own narrow classifiers" first, then "Right now 12
    # of them."
    said = re.match(r"\s*(\w+[ ,]+){0,3}?(?P<n>\d+) of them\b", normalise(text.strip()))
    if said and 2 <= int(said.group("n")) <= MAX_TENANTS and re.search(
            r"\b(teams|departments|customers|clients|tenants|brands|units|groups|stores|shops|"
            r"agencies|firms|schools|hospitals|clinics) (\S+ ){0,6}(their|its) own\b",
            normalise(context)):
        return int(said.group("n"))
    mark = " ||| "
    for first, then in ((text, context), (context, text)):
        t = normalise(first.strip() + mark + then.strip())
        cut = t.find("|||")
        found = [m.value for m in _tenants(t, mentions(t)) if m.start < cut]
        if found:
            return int(max(found))
    return None


def _said_as_now(t: str, m: Mention) -> bool:
    """A count said to hold now: "170 teams now", "since last week", "currently 230"."""
    before = t[max(0, m.start - 30): m.start]
    return bool(re.match(r"\s+(\S+\s+)?(now|today|at the moment|currently|since)\b", t[m.end:])
                or re.search(r"\b(now|today|currently|already)( we)?( are| have| serve|'re)?"
                             r"( about| around| roughly| ~)?\s*$", before))


def corrected_count(text: str, context: str = "", known: int | None = None) -> int | None:
    """A count of customers or the like said as a correction: "correction: it's 92 customers".
    Also a new count of the very things counted before ("~150 internal teams" in `context`,
    then "sry ~170 teams now", "we are 230 communities since last week")."""
    t = normalise(text)
    ms = [m for m in mentions(t) if m.corrects and m.kind == Kind.ENTITIES
          and m.noun not in AUDIENCE and 2 <= m.value <= MAX_TENANTS]
    if ms:
        return int(ms[-1].value)
    # "it's sixty customers, not forty": the count it replaces named beside it
    if known is not None and (said := [
            m for m in mentions(t) if m.noun and m.noun not in AUDIENCE
            and 2 <= m.value <= MAX_TENANTS
            and re.match(rf"(\s+[a-z-]+){{0,2}}?,? not (about |around |~)?{known}\b", t[m.end:])]):
        return int(said[-1].value)
    counted = {_singular(m.noun) for m in mentions(normalise(context))
               if m.noun and known is not None and m.value == known}
    again = [m for m in mentions(t) if m.noun and _singular(m.noun) in counted
             and 2 <= m.value <= MAX_TENANTS and m.value != known and not _planned(t, m)
             and (m.corrects or re.search(CORRECTION, t) or _said_as_now(t, m))]
    return int(again[-1].value) if again else None


# "all 35 must run on one frozen 40B model"
ALL_ON_ONE = (r"\ball (\d+)( \S+)? (must|have to|need to|should|will|can) (all )?(run|share|sit|"
              r"live) on (1|a single|the same|a shared)\b")


# "at 200 stores, and each task's add-on is pushed to them": one per task, not per store
EACH_TASK = r"\beach (task|job|check|skill|use-case|workflow|classifier)('s|s)?\b"


def _own_later(t: str, m: Mention) -> bool:
    """The counted ones, named again in one of the next two sentences, each want their own:
    "~220 employer customers. Each pay run we ... Customers want their own tone"."""
    after = t[m.end:]
    ahead = " ".join(_sentences(after)[1:3])
    return bool(m.noun) and bool(re.search(
        rf"(^|[.!?]\s+)({re.escape(m.noun)}|each (one|of them))\b (all )?(want|wants|need|needs|"
        r"ask for|asks for|expect|expects|insist on|insists on) (\S+ )?(its|their) own\b",
        ahead))


def _num_tasks(t: str, ms: list[Mention], lead: str | None) -> int | None:
    # The size of a label set is no count of tasks: "route each one to one of 25 departments".
    # Nor a few of them singled out: "the two biggest accounts complained".
    # Nor what some of them hold each: "some partners have 400 accounts".
    ms = [m for m in ms if not _singled_out(t, m) and not re.search(
        r"\b(to|into|in|as|with) 1 of (the |our |its |their )?$", t[max(0, m.start - 30): m.start])
        and not re.search(r"\b(some|each|every|most|many|a few|several|certain|the (big|bigger|"
                          r"large|larger|largest|biggest)) (of (the|our|them|those) )?([a-z-]+ )?"
                          r"[a-z]+ (have|has|use|uses|keep|keeps|run|runs|need|needs|hold|"
                          r"holds)( up to| about| around| over| more than| nearly)? $",
                          t[max(0, m.start - 60): m.start])]
    # "can't run 90 copies. sorry, it's 110 shops now": the corrected count stands.
    corrected = [m for m in ms if m.corrects and m.kind in (Kind.TASKS, Kind.ENTITIES) and
                 m.noun not in AUDIENCE and 2 <= m.value <= MAX_TENANTS]
    if corrected:
        return int(corrected[-1].value)
    counts = [m.value for m in ms if m.kind == Kind.TASKS and m.value >= 2]
    counts += [m.value for m in _tenants(t, ms)]
    # Customers who each want their own ("40 customer companies and each one wants its own
    # model"), or who share one model; not an audience ("9 million subscribers").
    shared = re.search(SHARED, t)
    # (With the tasks counted outright, "one copy must serve all 8 tasks", the company's own
    # 14 clinics are no tenants.)
    counts += [m.value for m in ms if m.kind == Kind.ENTITIES and m.value <= MAX_TENANTS and
               m.noun not in AUDIENCE and ((shared and not any(x.kind == Kind.TASKS for x in ms))
                                             or re.search(PER_ENTITY, re.sub(
                                                 EACH_TASK, " ", _sentence_of(t, m)))
                                             # ("220 employer customers. ... Customers want
                                             # their own tone")
                                             or _own_later(t, m))]
    # Things the lists do not know, said to want one each: "fourteen business lines each
    # require their own task", "9 regions, each with its own".
    # (not the size of each one's label set: "25 factories now, 15 to 40 codes each")
    counts += [m.value for m in ms if m.unlisted and not re.fullmatch(
        r"codes|categories|classes|labels|tags|intents|types|buckets|queues|fields|options|"
        r"bands|levels|grades|tiers", m.noun) and re.match(
        rf"\s+(\S+\s+)?{re.escape(m.noun)},?\s+(each(?!\s*[.,;!?])|every one|all (want|"
        r"need|require|have))\b",  # ("thousands of segments each." is per client, not tenants)
        t[m.end: m.end + 60])]
    # Those who use the platform, each on their own: "40 terminal operators use it, and
    # each one sorts paperwork into its own categories".
    counts += [m.value for m in ms if m.kind in (Kind.PEOPLE, Kind.ENTITIES, Kind.OTHER)
               and m.noun and m.noun not in AUDIENCE | STAFF and m.value <= MAX_TENANTS
               and re.match(r"\s+(\S+\s+){0,2}?(use|uses|rely on|are on|run on|subscribe "
                            r"to)\s+(it|our|the|us)\b", t[m.end: m.end + 60])
               # (or in the sentence after: "2,500 employers use us. Each one screens ...")
               and (shared or re.search(PER_ENTITY, _sentence_of(t, m)) or re.search(
                   r"\b(its|their|his|her) own\b", _next_sentence(t, m)))]
    # "we now have about 400 of them, one per genre-and-vibe combo", with one model for all
    # (the phrase first: the shared-model reading is costly and read() makes it anyway)
    one_each = [float(c.group(1)) for c in re.finditer(
        r"\b(\d+) of them,? (one|1|each) (per|for each|for every|for a) [a-z-]+", t)
        if 2 <= float(c.group(1)) <= MAX_TENANTS]
    if one_each and (shared or re.search(ONE_FOR_ALL, t) or _shared_model(t)):
        counts += one_each
    if shared or re.search(ONE_FOR_ALL, t):  # "one frozen base serving all 14 of them"
        served = [float(m.group(3)) for m in re.finditer(
            r"\b(for|serv\w*|across|between|among|covering|shared by|used by|behind|from) (all|"
            r"every "
            r"one of "
            r"the|each of the|the) (\d+)\b", t) if 2 <= float(m.group(3)) <= MAX_TENANTS]
        served += [float(m.group(1)) for m in re.finditer(ALL_ON_ONE, t)
                   if 2 <= float(m.group(1)) <= MAX_TENANTS]
        if served and re.search(rf"\bserv\w* (all|every one of the|each of the) \d+\b|"
                                rf"{ALL_ON_ONE}", t):
            # "one frozen copy must serve all 35 brands", "all 35 must run on one frozen
            # model": the count the model serves, not the group's 1,900 stores
            return int(max(served))
        counts += served
        # Characters or personas voiced by the one model, each its own: "60 named characters
        # ... each must stay in character"
        if re.search(r"\beach\b", t):
            counts += [float(c.group(1)) for c in re.finditer(
                r"\b(\d+) (named |playable |different |distinct |unique )?(characters|personas|"
                r"npcs)\b", t) if 2 <= float(c.group(1)) <= MAX_TENANTS]
        # Groups that each bring work to the one model: "around 30 internal teams want narrow
        # tasks on it", "12 departments have asked for jobs on the shared copy".
        counts += [m.value for m in ms if m.noun in GROUPS and 2 <= m.value <= MAX_TENANTS
                   and re.match(r"\s+(\S+\s+){0,2}?(want|need|ask for|asked for|have asked for|"
                                r"request\w*|bring|submit\w*|are queuing up with)\b[^.;]{0,40}?"
                                r"\b(tasks?|use-cases?|jobs|workloads|different things|different "
                                r"purposes)\b",
                                t[m.end: m.end + 90])]
    # "8 internal teams have each asked for a tagging task", "40 textbook series, each with its
    # own style rules"
    counts += [float(m.group(1)) for m in re.finditer(
        rf"\b(\d+) ([a-z-]+ ){{0,3}}[a-z-]+,? (have |has )?each( one)? (have |has )?((asked for|"
        rf"wants?|needs?) (a|an|its own|their own)|a (different|separate|distinct) (\S+ )?(job|"
        rf"task|use-case|need)|(one|1|a single|its own|an?) (\S+ ){{0,2}}(task|job|use-case)|"
        rf"(with|has|having) (its|their) own (\S+ )?"
        rf"{THEIRS})\b", t) if 2 <= float(m.group(1)) <= MAX_TENANTS]
    # "rewrites job ads in each client company's house style. Two hundred client companies"
    counts += [m.value for m in ms if m.noun and m.kind in (Kind.ENTITIES, Kind.OTHER) and
               2 <= m.value <= MAX_TENANTS and m.noun not in AUDIENCE and re.search(
                   rf"\b(each|every) ([a-z]+ )?{re.escape(_singular(m.noun))}('s)? (\S+ ){{0,5}}"
                   rf"{THEIRS}\b", t[max(0, m.start - 150): m.start])]
    # "600 venues list with us ... draft the venue's reply in that venue's own tone", "60
    # buildings. Each building's manager wants the messages to sound like 'their' building"
    counts += [m.value for m in ms if m.noun and m.kind in (Kind.ENTITIES, Kind.OTHER) and
               2 <= m.value <= MAX_TENANTS and m.noun not in AUDIENCE | STAFF and re.search(
                   rf"\b(that|this|each|every|the) ([a-z]+ )?{re.escape(_singular(m.noun))}'s (own "
                   rf"(\S+ ){{0,2}}{THEIRS}\b|(\S+ ){{0,3}}(wants?|needs?|insists? on|asks? for)\b"
                   r"[^.]{0,80}\b(sound|look|read|feel)s? like '?(their|its)\b)",
                   t[m.end: m.end + 200])]
    # "we sell custom skills to enterprise clients, about 250 of them so far", when the model
    # is shared or each has its own
    if shared:
        counts += [float(m.group(3)) for m in re.finditer(
            rf"\b({ENTITY_NOUNS}|teams|departments),? (about |around |roughly |some |over |"
            r"nearly |already )?(\d+) of them\b", t)
            if 2 <= float(m.group(3)) <= MAX_TENANTS]
    # "please one model for all clients, we cannot run 40 different things"
    counts += [float(m.group("n")) for m in re.finditer(
        r"\b(can'?t|cannot|can not|won'?t) (run|host|serve|keep|maintain|afford|hold|load) "
        r"(?P<n>\d+) (different|separate) (things|models|copies|versions|setups|bots|instances)\b",
        t) if 2 <= float(m.group("n")) <= MAX_TENANTS]
    # "we have 200 cooperatives on the platform. each has maybe 20 example messages"
    counts += [m.value for m in ms if m.kind in (Kind.ENTITIES, Kind.OTHER) and m.noun and
               m.noun.endswith("s") and m.noun not in AUDIENCE | STAFF and
               2 <= m.value <= MAX_TENANTS and re.search(
                   r"\bwe( now| already)? (have|'ve got|got|serve|support|onboarded|((write|"
                   r"make|create|produce|run|manage|do) (\S+ ){0,3}for))\b[^.]{0,15}$",
                   t[max(0, m.start - 30): m.start]) and re.match(
                   r"\s*each( one| of them| (?!(day|week|month|year|time|morning|night)\b)"
                   r"[a-z]+)? (has|have|gave|sends?|sent|provided|shared|supplied|defines?|"
                   r"wants?|needs?|brings?|keeps?)\b",
                   _next_sentence(t, m))]
    # "used by 300 dairy co-operatives. Each co-op wants the summaries written its own way",
    # "our customers are 1,500 sawmills; each grades notes into its own classes"
    counts += [m.value for m in ms if m.kind in (Kind.ENTITIES, Kind.OTHER) and m.noun and
               m.noun.endswith("s") and m.noun not in AUDIENCE | STAFF and
               2 <= m.value <= MAX_TENANTS and not re.search(
                   # (one customer's size is no count of customers: "one with 300 crews")
                   r"\b(1|a single|the biggest|the largest|up to) (\S+ ){0,2}(with|has|having|"
                   r"of)\s*$", t[max(0, m.start - 30): m.start]) and re.match(
                   r"[^.;]{0,80}?[.;]\s*each( one| of them| (?!(day|week|month|year|time)\b)"
                   r"[a-z-]+)? (\S+ )?(wants?|needs?|asks? for|requires?|expects?|gets?|has|"
                   r"grades|sorts|uses|writes|keeps|labels|tags)\b[^.]{0,80}\b(its|their) own\b",
                   t[m.end:])]
    # "We sell in 18 regulatory markets and for each we run a compliance check": a job each
    counts += [m.value for m in ms if m.kind in (Kind.ENTITIES, Kind.OTHER) and m.noun and
               m.noun.endswith("s") and m.noun not in AUDIENCE | STAFF and
               2 <= m.value <= MAX_TENANTS and re.match(
                   r"[^.;]{0,20}?\b(and )?(for|in) each( one| of them)?,? (we|they) (run|need|"
                   r"keep|apply|check|use|have|do)\b", t[m.end:])]
    # "a bunch of narrow text tasks: pull fields ..., draft appeal letters... about 12 in all"
    counts += [float(m.group("n")) for m in re.finditer(
        r"\b(tasks|use-cases|jobs|workflows)\b:?(\.\.\.|[^.]){0,250}?(\.\.\.|,)\s*(about |"
        r"around |roughly |some |maybe )?(?P<n>\d+) (in all|in total|altogether|all told)\b", t)
        if 2 <= float(m.group("n")) <= MAX_TENANTS]
    # "one model doing six jobs for the contact centre"
    counts += [float(m.group("n")) for m in re.finditer(
        r"\b(one|1|a single) (\S+ )?(model|llm) (doing|handling|running|serving|for|to do) "
        r"(?P<n>\d+) (\S+ )?(jobs|tasks|"
        r"use-cases)\b", t) if 2 <= float(m.group("n")) <= MAX_TENANTS]
    # "about 150 of them have asked for their own style"
    counts += [float(m.group(1)) for m in re.finditer(
        r"\b(\d+) of (them|those|these|our (\S+ ){0,2}?\S+) (\S+ ){0,2}?(want|wants|wanted|"
        r"asked for|ask for|need|requested)\b[^.]{0,40}\b((their|its) own|(sound|sounds|read|"
        r"write) like them)\b", t) if float(m.group(1)) <= MAX_TENANTS]
    for word, n in VAGUE_TASKS.items():
        # (not the question said back: "How many clients? 120")
        if re.search(rf"(?<!how )\b{word} (\S+ )?(tasks|use-cases|customers|clients|tenants|"
                     r"brands)\b", t):
            counts.append(n)
    # "across roughly 120 courses ... the lab won't stand up a copy per course": each course
    # would want its own
    counts += [m.value for m in ms if m.noun and 2 <= m.value <= MAX_TENANTS and m.noun not in
               AUDIENCE | STAFF and m.kind not in (Kind.MONEY, Kind.LATENCY, Kind.VOLUME) and
               re.search(rf"\b(copy|copies|model|adapter|version|instance|fine-?tune|report type|"
                         rf"template)s? (per|for each|for every) {re.escape(_singular(m.noun))}\b",
                         t)]
    # "we serve 14 detection tasks off it ... adding #15", "adding a 15th": the one being added
    # counts too.
    counts += [c + 1 for c in list(counts) if re.search(
        rf"\badd(s|ing|ed)?\b[^.]{{0,30}}(#|number |no\.? ?){int(c) + 1}\b|\badd(s|ing|ed)?\b"
        rf"[^.]{{0,30}}\b{int(c) + 1}(st|nd|rd|th)\b", t)]
    # "eight internal tasks ... Now four more desks want tasks of their own": the ones joining
    # share the model too
    more = [float(m.group("n")) for m in re.finditer(
        r"\b(?P<n>\d+) (more|further|additional|new) ([a-z-]+ ){0,2}(want|wants|need|needs|ask "
        r"for|asked for|are asking for|have asked for|would like|request\w*)\b[^.;]{0,30}\b("
        r"tasks?|jobs?|use-cases?|(of )?(their|its) own)\b", t) if float(m.group("n")) <= 1000]
    if more and counts:
        counts.append(max(counts) + sum(more))
    # The count served today, not a plan: "120 customers ... planning ~400 tenants next yr"
    # (a plan alone still counts: "we expect 300 firms next year").
    # (a count told as today's too stands: "~400 importer clients ... keep scaling soft
    # prompts to all 400")
    planned = {m.value for m in ms if _planned(t, m)} - {m.value for m in ms if not _planned(t, m)}
    counts = [c for c in counts if c not in planned] or counts
    if counts:
        return int(max(counts))
    if any(m.kind == Kind.TASKS and m.value == 1 for m in ms):
        return 1  # "one task, one product" (but "25 teams each have 1 narrow task" is 25)
    if re.search(r"\b(just|only) (this|the|a|1) (1 |one )?(\S+ )?(task|job|use-case)\b|\b1 (\S+ )?"
                 r"(task|job|use-case) only\b|\bour only (\S+ )?(task|job|use-case) for (it|the "
                 r"model)\b|\bthe only (\S+ )?(task|job|use-case) (we|they|i)('d| would| will)? "
                 r"(ever )?(use|run|need|want) (it|the model|this model|the llm|an llm|a model) "
                 r"for\b", t):
        # "it's just this one tagging job", "one task only", "This is the only task we'd ever
        # use the model for"
        return 1
    if lead is not None:
        if re.search(r"\b(just|only|single|1)\b", lead) or said_no(t):
            return 1
        # ("How many clients? 120 on the enterprise tier right now": headed by the question)
        headed = (echo := _echoed(t)) is not None and echo[0] == "num_tasks"
        answers = _answering(t, ms, "num_tasks", headed) + [m for m in ms
                                                             if m.kind == Kind.ENTITIES]
        if answers:
            return max(1, int(min(answers, key=lambda m: m.start).value))
    return None


# A count said of the future: "planning ~400 tenants next yr", "we expect to reach 300 firms by
# 2027", "growing to 50 brands soon".
PLAN_BEFORE = re.compile(r"\b(plan|plans|planning|planned|expect|expects|expecting|expected|"
                         r"aim|aiming|target|targeting|forecast|projected|hope|hoping|grow|"
                         r"growing|scale|scaling|will|'ll|going to|could be|might be|should "
                         r"be|goals?|roadmap|next (year|yr|quarter))\b[^.;!?]{0,30}$")
PLAN_AFTER = re.compile(r"^[^.;!?]{0,30}\b(next (year|yr|quarter|qtr|month|spring|summer|autumn|"
                        r"fall|winter)|by (the )?end of|by (20\d\d|q[1-4]|next)|in (a|1|2|3|"
                        r"the next|the coming) (\S+ )?(years?|yrs?|months|quarters)|"
                        r"eventually|soon)\b")


def _planned(t: str, m: Mention) -> bool:
    """Whether a count is said of the future rather than of today."""
    return bool(PLAN_BEFORE.search(t[max(0, m.start - 40): m.start]) or PLAN_AFTER.match(
        t[m.end: m.end + 50]))


# Who can be a tenant: "customers", "hospitals", "dealers" (the number module's list).
ENTITY_NOUNS = next(rx for kind, rx in NOUNS if kind == Kind.ENTITIES)
# Parts of a company that can each bring a task of their own.
GROUPS = {"teams", "departments", "units", "groups", "squads", "divisions", "desks"}


# "one model has to do all of them", "we're not running 25 models"
ONE_FOR_ALL = (r"\b(one|1|a single|single) (\S+ )?(assistant|bot|chatbot|model|base) (for|serving|"
               r"serves|behind) (all|every|everyone|everybody)\b|"
               # "we are not going to maintain thirty separate models"
               r"\b(not|never|won'?t|can'?t|cannot) (going to |gonna )?(maintain|manage|train|"
               r"look after|support) (\d+|separate|multiple|many) (separate |different |"
               r"individual )?models\b|"
               r"\b(one|1|a single|single) (\S+ )?model (has to|must|should|will|to|needs to) "
               r"(do|handle|serve|cover) (all|every|each)\b|\b(not|never|won'?t|can'?t|cannot) "
               r"(be )?(running|run|host\w*|keep\w*|deploy\w*|spin\w* up) (\d+|separate|multiple|"
               r"many) (\S+ )?models\b")


# A copy per task is fine: "a separate model per client is totally ok", "we don't need one
# model for all", "nothing needs to be shared".
NOT_SHARED = (r"\b(1|a) (separate(ly)? |dedicated |individual |own )?((tuned|fine-?tuned|"
              r"trained) )?"
              r"(model|copy|fine-?tune)s? (per|for each|for every|for each of)( \w+)? (is|are|"
              r"would be)"
              r" (\S+ ){0,2}(fine|ok|okay|no problem|acceptable)\b|"
              r"\b(fine|ok|okay|happy|no problem)\b[^.]{0,40}\b(separate|dedicated|"
              r"individual) (\S+ ){0,2}(models?|setups?|cop(y|ies)|fine-?tunes?)\b|"
              r"\b(separate|own|dedicated|individual) (\S+ ){0,2}(model|setup|copy|fine-?tune)s? "
              r"(per|for each|for every) (client|customer|tenant|task|brand|team)\b(?![^.]{0,30}("
              r"\bnot\b|n't))[^.]{0,30}\b(fine|ok|okay|no problem)\b|"
              r"\beach (\S+ )?(have|has|get|gets) (its|their) own (\S+ ){0,2}(model|setup|copy|"
              r"fine-?tune)s?\b(?![^.]{0,30}(\bnot\b|n't))[^.]{0,30}\b(fine|ok|okay|no problem)\b|"
              r"\b(don'?t|do not|doesn'?t|does not) "
              r"need (1|one|a single) (\S+ )?model\b|\bnothing (needs|has) to be shared\b|"
              r"\b(each|every) (client|customer|tenant|brand) (has|gets) (its |their )?own "
              r"(setup|model|copy)\b")


def _shared_model(t: str) -> bool | None:
    if re.search(NOT_SHARED, t):
        return False
    if re.search(SHARED, t) or re.search(r"\bno (\S+ ){0,3}(cop(y|ies)|replicas|"
                                         r"duplicat\w*)\b", t) or (
            re.search(ONE_FOR_ALL, t)):
        return True
    for s in _sentences(t):
        if re.search(COPIES, s) and re.search(COPY_COST, s):
            return True
    return None


# A prompt in use that does the job: "it's working really well, honestly", "it's been solid",
# "we're happy with the drafts", "it does the job".
PROMPT_WORKS = (r"\b(above|over|beats?|beating|exceeds?|exceeding|clears?|clearing) (the |our )?"
                # "rate 94% of the summaries as good ..., above the 90% we set as the bar"
                r"(\d+(\.\d+)? ?(%|percent) )?(that |which )?(we set as the |we set as our |"
                r"(we|they|legal|compliance|management|leadership) (set|asked for|require|"
                r"required|need|needed)|(bar|target|goal|threshold))\b|"
                # "Nurses rate them good", "spot checks ... match on everything that matters"
                r"\b(rate|rates|rated) (them|it|the (summaries|drafts|outputs|answers|letters)) "
                r"(as )?(good|great|excellent|accurate|very good)\b|\bmatch(es)? on everything"
                r"( that matters)?\b|"
                # "the agents love it, they barely edit anything"
                # ("the account managers love it", "the recruiters love it")
                r"\b(agents|users|customers|staff|team|everyone|editors|writers|clients|[a-z]+ers|"
                r"[a-z]+ors|managers|marketing|sales|legal|ops|support|compliance|editorial) "
                r"(all )?"
                r"(actually |really |genuinely |honestly |truly )?"
                r"(love|loves|like|likes) (it|them|the (outputs?|drafts?|results?|answers?))\b|"
                r"\b(barely|hardly|rarely|seldom) (ever )?(edit|change|touch|fix|correct)\w* "
                r"(anything|it|them|a thing)\b|"
                r"\b(works?|working|worked|performs?|performing|performed|does|doing|did) "
                r"(really |very |pretty |quite |surprisingly |reasonably |remarkably )?well\b|"
                # "current prompt on Claude does fine honestly"
                r"\b(prompt|it)( (on|with|in) \S+)? (does|did|is doing|has done) (just |perfectly |"
                r"totally )?fine\b|"
                r"\b(it|the prompt|that) (works?|worked|is working) (really |just )?(great|"
                r"nicely|perfectly|brilliantly)\b|"
                r"\b(it'?s|it has|has|have|they'?ve|results have|it'?s honestly) been (really |"
                r"very |pretty |quite |rock |)?(solid|great|reliable|excellent|spot on|fine)\b|"
                r"\bthat'?s (honestly |really |already )?good enough( for (us|me|now))?\s*([.!]|"
                r"$)|"
                r"\b(is|are|it'?s|they'?re) (honestly |really |already |actually )?(good enough|"
                r"spot on|rock solid)\b|\b(does|did|do|doing) the (job|trick)\b|"
                r"\b(happy|pleased|satisfied|content) with (it|them|the (results|output|outputs|"
                r"quality|answers|drafts|replies|captions|summaries)|what (comes|came) out|what "
                r"(it|the model) (writes|produces|gives|returns))\b|\bno complaints\b|"
                # "it rarely needs edits", "the drafts seldom need changes"
                r"\b(rarely|seldom|hardly ever|almost never|barely) (\S+ )?(needs?|needed|"
                r"requires?) (any |an |much )?(edits?|editing|changes?|fixes|fixing|corrections?|"
                r"touch-?ups?|rework)\b|"
                r"(?<!never )(?<!n't )(?<!not )"
                r"\b(gets?|got|getting) (almost |nearly |basically )?(everything|all of them|"
                r"them all|them|all of those|those) right\b|"
                # "It answers well", terse: "prompt works fine. teachers happy."
                r"\b(it|the bot|the assistant) answers (really |very |pretty |quite )?well\b|"
                r"(^|[.!?]\s+)prompt (works|is working|does the job)\b|"
                r"\b(gets?|got|getting) (almost|nearly|basically) everything\b|"
                # "honestly, it works:", "our prompt nails it", "zero complaints", "the
                # prompt is doing fine", "the team trusts its output"
                r"\b(it|the prompt|our prompt|the current prompt) works\s*([:.!,;]|$)|"
                r"\b(our|the|this|that) (\S+ )?prompt works\s*([:.!,;]|$)|"
                # "our supervisors spot-check it every week and they're happy: it's accurate"
                r"\b(they|supervisors|reviewers|nurses|editors|doctors|lawyers|agents|"
                r"auditors|dealers|clients|customers|users|[a-z]+ers|[a-z]+ors)('re| are) (very "
                r"|really |quite |all |pretty )?(happy|pleased|"
                r"satisfied)\s*([:.!,;]|"
                r"$)|"
                # "does it at about 94%, which we're happy with"
                r"\bwhich (we'?re|we are|they'?re|they are|everyone is|the team is|ops is) "
                r"(very |really |quite |pretty )?(happy|fine|pleased|satisfied) with\b|"
                # "it agrees 96% of the time, which is above the 93% our compliance officer asked
                # for", "rated 94% of them clear, and complaints dropped"
                r"\babove the \d+(\.\d+)? ?(%|percent) (that )?(our |the |their )?(\S+ ){0,3}("
                r"asked for|set|required|requires?|wanted|wants|needs?|demands?|expects?|signed "
                r"off)\b|\bcomplaints (dropped|went "
                r"down|fell|are down|have dropped)\b|"
                # "complaints are near zero" (normalised: "near 0")
                r"\bcomplaints (are|have been|were) (basically |practically |almost |near |"
                r"close to |pretty much |at |down to )?(0|nil|none|non-?existent)\b|"
                # "which is honestly better than we need", "more than good enough for us"
                r"\b(better|more) than (we|they|the (\S+ )?team|anyone|the business) (really |"
                r"actually )?(need|needed|require|required|asked for)\b|\bmore than good enough\b|"
                # "answers are honestly good, we spot check about 30 a week and fix maybe one"
                r"\b(barely|hardly|rarely|seldom) (ever )?(edit|change|touch|fix|correct)\w* "
                r"much\b|"
                # "our native-speaker reviewers change only a word here or there"
                r"\b(change|changes|edit|edits|fix|fixes|tweak|tweaks|correct|corrects) (only |"
                r"just |maybe )?(a word (here and there|here or there)|the odd word)\b|"
                r"\b(answers|outputs|results|replies|drafts|labels|summaries|descriptions|"
                r"letters|notes|translations|emails|reports|explanations|captions|suggestions|"
                r"responses|posts|messages|updates|texts|proposals|briefs|blurbs|listings|bios|"
                r"headlines|taglines|write-?ups|obituaries|debriefs|minutes) are (honestly |"
                r"really |genuinely |actually |pretty |very )?(good|great|solid|accurate|"
                r"spot on)\b|"
                # "Estimators say it's right on basically everything."
                r"\b(it'?s|it is|they'?re|it gets it) right on (basically |almost |nearly |pretty "
                r"much )?(everything|all of them|every one)\b|"
                # "It works fine, honestly.", "complaints are basically zero"
                r"\b(it'?s|it is|it has been|the prompt is) doing (just |really |perfectly )?("
                r"fine|great|well|ok|okay|the job)\b|\b(well |comfortably |safely )?(inside|"
                r"within|under|below) the (bar|target|threshold|limit) (they|we|the business|"
                r"compliance|legal|the \w+) (set|agreed|asked for|require)\b|"
                r"\b(it|the prompt|our prompt|the current prompt|that|this) (works|worked|is "
                r"working|has worked) (just |totally |perfectly )?(fine|ok|okay|alright|well "
                r"enough)\b|\bcomplaints (are|were|have been) (basically |practically |almost |"
                r"near |close to |pretty much )?(zero|nil|none|non-?existent)\b|"
                # "94% on our check set, which is what we need" (and "which is what
                # compliance asked for")
                r"\b(which|that) is (exactly )?what (we|they|the business|compliance|ops|legal|"
                r"(the |our |their )?(\S+ )?(client|customer|contract|sla|spec|board)s?( \S+)?) "
                r"(need|needs|needed|asked for|asks for|require|requires|want|wants|expects?)\b|"
                # "QA says it's as good as our human taggers", "it holds up fine"
                r"\b((it'?s|it is|they'?re|they are) (about |roughly |basically |pretty much |"
                r"just )?as good as|(on par|at par|level) with) (our |the |a )?(\S+ )?(humans?|"
                r"staff|team|people|[a-z]+ers|"
                r"[a-z]+ors|[a-z]+ists)\b|\b(it|that|the prompt|they) (holds?|held) up (fine|well|"
                r"nicely|ok|okay|great)\b|"
                r"\b(nails|nailed) it\b|\bzero complaints\b|"
                # "in our last audit of 250 letters, 97% were approved without edits, which meets
                # the standard we set ourselves"
                r"\b(9\d|100) ?(%|percent) (of them |of the \w+ )?(were|are|was|got) (approved|"
                r"accepted|sent|signed off|published) (without (any )?(edits|changes)|as(-| )is|"
                r"unchanged|untouched)\b|\b(which|that) (meets|exceeds|clears|beats) (the|our) ("
                r"\S+ )?(standard|bar|target|threshold|goal|benchmark)\b|"
                # "learners rate them 4.6 out of 5, and the content team is happy"
                r"\b(the |our )(\S+ )?team is (very |really |quite |pretty |more than )?(happy|"
                r"pleased|satisfied)( with (it|them|the \w+))?\s*([.,;!]|$)|"
                # "complaints about tone have basically stopped"
                r"\bcomplaints ((about|on|over) \S+ )?(have |has )?(basically |largely |mostly |"
                r"pretty much |all but |practically )?(stopped|dried up|disappeared|vanished|died "
                r"down|ceased)\b|"
                # "staff send roughly 95% of the drafts with only light edits"
                r"\b(send|sends|sent|accept|accepts|accepted|approve|approves|approved|use|uses|"
                r"used|publish|publishes|published) (about |around |roughly |some |over |nearly |"
                r"~)?(9\d|100) ?(%|percent) of (the |its |our |their )?(drafts|outputs|replies|"
                r"answers|summaries|letters|suggestions|results) (with (only )?(light|minor|small|"
                r"no|minimal) (edits|changes|tweaks)|as(-| )is|unchanged|untouched|without (edits|"
                r"changes))\b|"
                # "Honestly it does a great job"
                r"\b(it|the prompt|that) (does|did|is doing) (a |an )?(really |very |pretty )?"
                r"(great|"
                r"good|fine|decent|brilliant|solid|excellent) job\b|"
                # "it is meeting the bar", "the current setup works:", "ops are happy", "quality
                # is good", "..., works great honestly"
                r"\b(is|are|it'?s|been) (consistently |comfortably )?(meeting|clearing|above) "
                r"the bar\b|\b(the |our )?(current )?setup works\s*([:.!,;]|$)|"
                r"\b(ops|users|customers|clients|agents|editors|legal|finance|management|"
                r"everyone) (is|are) (mostly |largely |generally |very )?(happy|satisfied|"
                r"pleased)\b|\bquality is (good|great|"
                r"solid|excellent)\b|[,;] works (really |just |pretty )?(great|perfectly|"
                r"brilliantly|nicely)\b|"
                # "honestly the output is right: the duty managers corrected maybe three in
                # four months"
                r"\b(the )?(output|outputs|answers?|results?|drafts?) (is|are) (honestly |"
                r"really |basically |almost always )?right\b(?! (now|away|for|there|here))|"
                # "pulls them into our order format well enough, but the six examples make
                # each call five times longer"
                r"\b(pulls?|gets?|puts?|does|handles?|turns?|sorts?) (\S+ ){0,6}well enough\b"
                r"(?! to\b)|"
                # "It has eight worked examples in it and it's accurate: our spot check found 2
                # errors"
                r"\b(it'?s|it is|they'?re|they are) (very |really |pretty |quite |highly )?"
                r"accurate\b(?! enough\b)(?!,? but)|"
                # "Quality's fine honestly, QA signs off on it."
                r"\bquality'?s (fine|good|great|solid)\b|\b(qa|legal|compliance|the client|"
                r"reviewers) (signs?|signed) off on (it|them)\b|"
                # "we checked it against last months orders and its right like 98%"
                r"\b(it'?s|its|it is|they'?re) right (like |about |around |roughly |~)?(9\d|100)"
                r"(\.\d+)? ?(%|percent)|"
                # "Accuracy is fine, about 96% on our checks. The problem is cost"
                r"\b(accuracy|quality) is (fine|good|great|solid|excellent|high),? (about |around "
                r"|roughly |~)?(9\d|100)(\.\d+)? ?(%|percent)|"
                # "Honestly it's working."
                r"\b(it'?s|it is|that'?s|the prompt'?s|the prompt is) (honestly |actually |really |"
                r"genuinely )?working\s*([:.!,;]|$)|"
                # "Parents like the emails. I change maybe a word or two."
                r"\b(parents|customers|clients|readers|members|students|patients|guests|"
                r"subscribers|donors|families) (all |really )?(love|loves|like|likes) (it|them|the "
                r"(emails|letters|posts|newsletters|descriptions|summaries|replies|notes|"
                r"updates|texts))\b|\b(i|we|they) (only )?(change|edit|fix|tweak|correct) (maybe |"
                r"about |just |only )?(a word or (two|2)|(one or two|1 or 2|1\.5) words|a word "
                r"here and there|a couple of words)\b|"
                # "It's about 93% on our audit set, which the clinical team says is acceptable."
                r"\bwhich (the |our )?(\S+ ){0,2}(says?|said|calls?|considers?|deems?|finds?|"
                r"thinks?) (is |it )?(acceptable|good enough|fine|ok|okay)\b|"
                # "it's right basically every time: two mistakes in four months"
                r"\b(it'?s|it is|it'?s been|they'?re|they are) (right|correct|accurate|spot on) "
                r"(basically |almost |nearly |pretty much |practically |just about )?every "
                r"(single )?time\b|"
                r"\b(is|are|was|been) doing (fine|great|well|a good job)\b|\btrusts? (it|its "
                r"(output|answers|labels|marks))\b|"
                r"\b(honestly |much |way |far )?better than (i|we) (expected|thought|hoped)\b|"
                # "we score the prompt against them every release, and it's holding steady"
                r"\b(it'?s|it has been|has been|it is) holding steady\b|"
                # "honestly it's fine, customers can't tell" (not "it's fine to send data")
                r"\b(it's|it is) (honestly |really |totally |perfectly |actually )?(fine|good|"
                r"great)(?![\w-])(?! (to|if|for|with|by|as long)\b)|"
                # "gets 94% on a held out set, which honestly is enough"
                r"\b(which|that|and that|and it) (honestly |really |frankly |already )?(is|'s) "
                r"(good )?enough\b|"
                # "agents accept 95% of drafts without edits", "the current prompt is fine:"
                r"\b(accept|accepts|accepted|approve|approves|approved|publish|publishes|"
                r"published|sign off( on)?|signs off( on)?|signed off( on)?|keep|keeps) (about |"
                r"around |roughly |~)?"
                r"(9\d|100)(\.\d+)? ?(%|percent) (without (changes|edits|corrections)\b|of (them\b|"
                r"(the |our |its |all )?(\S+ )?(drafts?|"
                r"outputs?|answers?|replies|labels|summaries|descriptions|suggestions|tags|emails|"
                r"letters|texts|results)\b))|"
                r"\bprompt\w* (is|are|'s) (honestly |really |totally |perfectly |actually |"
                r"already )?"
                r"(fine|good enough|great|solid)\b(?! (to|if|for|with|by|as long|on)\b)|"
                r"\b(customers|users|clients|readers|buyers|nobody|no one) (can'?t|cannot|"
                r"couldn'?t) tell\b|"
                # agreement with the people it stands in for: "it agrees with them 96% of the
                # time", "93% agreement with our reviewers"
                r"\bagree(s|d|ing)? with (\S+ ){1,3}?(about |around |roughly |~)?(9\d|100)"
                r"(\.\d+)? ?(%|percent)|\b(9\d|100)(\.\d+)? ?(%|percent) agreement with\b|"
                # a measured score in the high nineties: "it scores 98% field-level"
                r"\b(scores?|scoring|scored|gets?|getting|got|hits?|hitting|reaches|reached) "
                r"(about |around |roughly |~|a solid |an? )?(9[5-9]|100)(\.\d+)? ?(%|percent)"
                r"(?! (of the time )?(on|in) (easy|simple|short|the easy)\b)")
# "approved by the clients first time roughly 9 out of 10", "right in 19 of 20 cases"
# ("it got it right like 19 times out of 20")
RATIO_OK = (r"\b(approved|accepted|right|correct|usable|good|fine|pass\w*|ok|okay|signed off)\b"
            r"[^.;]{0,40}?\b(?P<a>\d+) (times )?(out of|in|of) (?P<b>\d+)\b(?! (fail|wrong|bad|"
            r"need))")
# The set named first, the right ones after: "checked it on 150 records ...: it got 143 right".
RATIO_ON = (r"\b(on|over|against) (the |our |my |a sample of |a batch of )?(?P<b>\d+)\b[^.;]{0,60}?"
            r"\b(got|gets|getting|had|has) (?P<a>\d+) (of them )?(right|correct)\b")
# Said of a hope or a doubt, or taken back: "would it work well?", "it works well, but ...".
# ("n't" or a contraction without its apostrophe, "dont", never the end of "current")
WORKS_UNSURE = (r"(\bnot|n't|\b(do|does|did|is|are|was|were|ca|wo|would|could|should|have|has|"
                r"had|ai)nt|\bnever|\bhardly|\bbarely|\bwould|\bwill|\bcould|\bmight|"
                r"\bif|\bwhether|\bshould|\buntil|\bhope|\bhoping|\bunless|'d|\bbefore|\bonce|"
                # ("96% need no edits, above the 90% she set as the bar" is sure)
                r"\bwhen|\bas long as|\bmake sure|\bneeds?(?! (no|zero|little) )|"
                r"\bwants?|\blooking for|\bsomething|"
                r"\banything)\b (\S+ ){0,3}$")
# A "but" that brings in someone's opinion takes nothing back: "which honestly is enough, but
# my CEO keeps saying we should be fine-tuning".
OPINION_BUT = (r"^[^.!?]{0,80}?\bbut (my|our|the|a) (\S+ )?(ceo|cto|coo|boss|investors?|board|"
               r"manager|co-?founders?|friends?|lead|consultant|advisor|partners?)\b[^.]{0,20}\b("
               r"keeps?|says?|said|thinks?|wants?|insists?|asks?|asked|suggests?|suggested)\b")
# A "but" about what the working prompt costs, not about its answers: "the prompt works, 94%
# ..., but it carries 14 worked examples to get there, so every call is about 4,000 tokens"
COST_BUT = (r"^[^.!?]{0,80}?\bbut (it |they |the (\S+ )?examples |each call |every call |each "
            r"prompt |the prompt )?(\S+ ){0,2}(carries|carry|needs?|uses?|takes?|costs?|makes?|"
            r"adds?|is|are|runs?)\b[^.!?]{0,70}\b(tokens?|longer|expensive|pricey|costly|costs?|"
            r"bill|price)\b")
WORKS_BUT = (r"^[^.!?]{0,80}?(;\s*(on|for|with|in) (the )?(long|longer|hard|harder|complex|"
             r"bigger|larger|tricky|difficult|rare|edge)\b|"
             # ("signed off on all but two": no taking back)
             # (nor a small flaw set aside: "they like it, apart from the odd repeat")
             r"(?<!\ball )\b(but|though|except|however|until|apart from|only (for|on|with)|"
             r"for (\S+ ){0,3}only)\b(?<!except)(?<!apart from)|\b(except|apart from)\b(?! (for "
             r")?(the|an?) (odd|occasional|rare|minor|small|tiny|stray)\b))")
# One prompt, never refined: "a first prompt written in an afternoon", "nobody has touched the
# prompt since", "we haven't done anything special with the prompt, no examples in it".
FIRST_DRAFT = (# "haven't iterated", "zero shot, no examples", "one generic prompt for everyone"
               # a one-line prompt quoted: "pasting the data into GPT-4o with 'make a seeding
               # plan'", "asked GPT-4o straight 'is this legal?'"
               r"\b(into|to|in|asked|tried|prompted|gave|used) (chatgpt|gpt[\w.-]*|claude|gemini|"
               r"copilot|llama[\w.-]*|mistral[\w.-]*)\b,? (\S+ )"
               r"{0,3}?(with|straight|just|simply|plainly)( with)? (a |the |one )?(simple |plain |"
               r"bare |short |one-line |basic )?(question|instruction|prompt|request|line)?:? ?"
               r"(['‘\"“][^'’\"”.]{3,50}[?.]?['’\"”]|\(sample\))|"
               r"\b(haven'?t|have not|didn'?t|did not|never) (really )?iterated\b|"
               # "Just that one attempt, though."
               r"\b(just|only) (that|this|the|a) (one|1|single) (attempt|try|go|shot)\b|"
               # "tried gpt-4o. just the instruction. no examples."
               r"\b(just|only) (the|an?|one) (bare |plain |single |one-line |short )?"
               r"(instruction|instructions|task description)\b(?! (manual|sheet|book|set))|"
               # "we pass the question straight to the model with no instructions at all"
               r"\b(with|using) (no|zero) (instructions?|system prompt|prompt (at all|"
               r"whatsoever))\b|\bwithout (any |a )?(instructions?|system prompt)( at all| "
               r"whatsoever)?\s*([.,;!]|$|and\b)|"
               # "I wrote the prompt in about an hour"
               r"\b(wrote|written|put together|built|made) (the |our |my |a |that )?prompt in "
               r"(about |roughly |maybe |under |less than |like )?(an?|1|2|half an) (hour|"
               r"afternoon|evening|morning|minutes?)\b|"
               # "We tried a quick one: pasted the script into Claude", "tried one zero-shot
               # prompt", "a prompt in the playground for an afternoon", "that's the only
               # version of the prompt", "without giving it the rules"
               # "we only tried asking it straight (...) without the rules spelled out"
               r"\b(only|just) (tried )?(asking|asked|prompting|prompted) (it|the model|chatgpt|"
               r"gpt\S*|claude|gemini) (straight|directly|plainly|cold|point-blank)\b|"
               r"\bwithout (the|our|any) (rules|examples|guidelines|context|constraints) "
               r"(spelled out|written out|in (it|the prompt)|included|given)\b|"
               r"\btried (a|one|1) quick (one|1)\b|\btried (a|one|1|a single) (0|zero)-?shot "
               r"prompt\b|"
               # "with a one-line instruction", "with a plain question"
               r"\bwith (just |only )?(a|one|1) (one-line|1-line|single-line|plain|bare|basic|"
               r"simple|short|generic) (instruction|prompt|question|request)\b|"
               # "I gave the model one quick prompt last week"
               r"\b(gave|tried) (the model|it|chatgpt|gpt\S*|claude|gemini|llama\S*) (one|1|a) "
               r"(quick|short|simple|single) prompt\b|"
               # "tried ChatGPT a couple times"
               r"\btried (chatgpt|gpt\S*|claude|gemini|copilot|it|the model) (a couple( of)?|2|a "
               r"few|once or twice|1 or 2) times?\b|"
               # "I gave GPT-4 a quick zero-shot try yesterday"
               r"\b(a|one|1) quick (0-shot |1-shot |zero-shot )?(try|go|test|attempt|shot|spin)\b|"
               # "that was one go on a Tuesday afternoon, and the prompt was maybe five lines"
               r"\b(that|it|this) was (just |only |literally |really )?(one|1|a single) (go|try|"
               r"attempt|shot|prompt)\b|"
               # "I pasted a couple of old posts in once ..., so I gave up after that"
               r"\b(pasted|put|dropped|threw|tried) (\S+ ){0,4}(in|into \S+) once\b[^.]{0,80}"
               r"\bgave up\b|\bprompts? (was|were|is) (maybe |about |around |only |just |"
               r"barely |roughly |like )?([1-9]|10) (short )?lines?( long)?\b|"
               r"\b([1-9]|10)[- ]line (prompt|instruction)s?\b|"
               r"\b(one|1|a single) (zero|0)-?shot prompt\b|"
               # "one prompt, no examples, asked it for a rating straight away", "it was
               # literally that one line", "haven't tried anything fancy with the prompt"
               r"\b(one|1|a single) prompt,? (no|without|zero) (examples|demos|shots)\b|"
               r"\b(it was )?(literally )?(that|just|only) (one|1) line\b|"
               r"\b(haven'?t|have not|never|didn'?t|did not) tried anything (fancy|clever|special|"
               r"serious|sophisticated) (with|on|in) the prompt\b|"
               # "I pasted them into Claude once and it was pretty decent"
               r"\binto (chatgpt|gpt[\w.-]*|claude|gemini|copilot|the playground)\b,? (just )?"
               r"(once|one time)\b|"
               # "I pasted a couple of briefs into ChatGPT one evening"
               r"\binto (chatgpt|gpt[\w.-]*|claude|gemini|copilot|the playground)\b,? (\S+ ){0,2}?"
               r"(one|an|1|a single|last) (evening|afternoon|morning|night|lunch ?break|lunchtime)"
               r"\b|"
               r"\bprompt\b[^.]{0,40}\bfor an (afternoon|evening|hour|morning)\b|\b(the )?only "
               r"version of the prompt\b|\bwithout giving it (the|our|any) (rules|examples|"
               r"context|guidelines|style guide)\b|"
               # "I didn't really go further with it"
               r"\b(didn'?t|did not|never) (really )?(go|went|take it|took it) (any )?further"
               r"( with it)?\b|"
               # "I typed in one instruction, something like 'write an obituary'", "asked a
               # hosted model once with a plain instruction"
               r"\b(typed|put|wrote|gave it|entered) (in )?(just )?(one|1|a single|a one-line|a "
               r"plain|a simple|a basic) (instruction|line|prompt|question|sentence)\b|"
               r"\bonce with (just )?(a|one|1|a single) (plain|simple|basic|bare|one-line|short|"
               r"generic) (instruction|prompt|question|request|line)\b|"
               # "just a generic 'write an instagram caption for this brand'"
               r"\b(just|only) (a|one|1) (generic|basic|plain|bare|simple|one-line|quick) "
               r"(prompt|question|line|instruction|request)?\s*(['‘\"“][^'’\"”.]{3,50}[?.]?['’\"”]|"
               r"\(sample\))|"
               r"\b(zero|0)[- ]?shot,? (and )?(no|without( any)?) examples\b|"
               r"\b(one|1|a single|just one|only one|just 1|only 1|the same) generic prompt\b|"
               # "the one my cofounder wrote the first night"
               r"\b(wrote|written|typed|put together|knocked out) (it |up )?(on |in )?(the first|"
               r"one|a single) (night|evening|afternoon|morning)\b|"
               r"\bfirst (draft|version|attempt|pass|try) (of )?(the |our |a |that |this )?prompt|"
               r"\b(since|after|beyond|than) (that|the|our|its|a) first (draft|version|attempt|"
               r"pass|try)\b|\bprompt\w* (\S+ ){0,4}first (draft|version|attempt|pass|try)\b|"
               r"\b(a|one|our|the) first "
               r"prompt\b|\b(wrote|written|threw together|thrown together|whipped up|hacked "
               r"together|knocked together|slapped together) (a |one |the )?(quick|first|"
               r"simple|basic|rough|naive|one-line|short|single|bare)\b[^.]{0,12}\bprompt|"
               r"\b(nobody|no one|none of us) (has |have )?(ever )?(touched|changed|revised|"
               r"refined|tweaked|improved|edited|iterated on|worked on) (the|our|that|this) "
               r"prompt\b|\b(haven'?t|have not|never|didn'?t|did not) (really |actually )?"
               r"(touched|changed|revised|refined|tweaked|improved|edited|iterated on|worked "
               r"on) (the|our|that|this) prompt\b|\b(haven'?t|have not|didn'?t|did not) done "
               r"anything (special|fancy|clever) (with|to|in) (the|our|that) prompt\b|"
               r"\bno examples in (it|the prompt)\b|\b(only|just) (a |one |the )?(bare|plain|"
               r"zero-shot|one-line|single) (question|prompt|instruction)\b|\b(only|just) "
               r"(tried|asked) (it |chatgpt |gpt |the model )?once\b|"
               # "I tried only one prompt, one evening", "tried one time with a short prompt",
               # "we did not change it after that"
               r"\b(tried|wrote|write|writes|tested|typed|pasted|made) (only |just )?(one|1|"
               r"a single) "
               r"(\S+ )?prompt\b|"
               # "First attempt, plain prompt", "a single prompt that just lists the rules",
               # "wrote it friday, didnt touch since", "tried gpt once"
               r"\bfirst (attempt|try|pass|go)\b[,:]? (a |with a |using a )?(plain|simple|basic|"
               r"bare|"
               r"naive|short|1-line|single|0-shot) prompt\b|\b(a |1 )?single prompt that (just|"
               r"only|"
               r"simply) (lists|states|says|asks|gives)\b|\b(didn'?t|did not|never|haven'?t|have "
               r"not) (touch|touched|change|changed|edit|edited) (it )?since\b|"
               # ("tried GPT-4o zero-shot once")
               r"\b(tried|asked|tested) (\S+ ){0,2}?(once|twice)\b|"
               # (not "I worked on it a good month", which is refinement)
               # "Ran Mistral 7B locally with a prompt twice ... Didn't spend much time on it"
               r"\b(didn'?t|did not|haven'?t|have not|never) (spend|spent|put) (much|any|a lot of) "
               r"(time|effort|work) (on|in|into) (it|the prompt|that|this)\b|"
               # "I didn't really play with the wording much"
               r"\b(didn'?t|did not|haven'?t|have not|never) (really )?(play|played|fiddle|"
               r"fiddled|mess|messed|tinker|tinkered) (with|around with) (the wording|the prompt|"
               r"it|the instructions)( much)?\b|"
               # "We gave it a go last week: one prompt, pasted a transcript"
               r"\b(gave it a go|tried it|had a go|gave it a try)\b[^.]{0,30}\b(one|1|a single) "
               r"prompt\b|"
               # "I try one time with ChatGPT, I write short prompt" (the present for the past)
               # "I just wrote it the once, didn't change it", "tried ChatGPT for one afternoon
               # with a quick prompt", "haven't gone back to it since"
               r"\b(wrote|written|tried|ran|used) it (just )?(the once|once)\b|"
               r"\b(didn'?t|did not|never|haven'?t|have not) (change|changed|touch|touched|edit|"
               r"edited) it\s*([.!;]|$)|"
               r"\b(tried|used|tested|played with) (it |\S+ ){0,2}(for |in |on )?(\S+ )?(one|1|a "
               r"single|an) (afternoon|evening|morning|hour|lunch ?break)\b|"
               r"\bwith (a|one) (quick|short|simple|basic|one-line|rough) prompt\b|"
               # "I did try once in ChatGPT", "that was the only time", "my colleague wrote it
               # on a Friday afternoon"
               r"\b(i|we) (did|only|just) (try|tried|test|tested) (it )?(once|one time|oneoff)\b|"
               # "We played with a few prompts in Gemini last month"
               r"\b(played|played around|toyed|messed around|fiddled|tinkered) with (a few|a "
               r"couple( of)?|some|one|a|two|three|[1-5]) (quick |simple )?prompts?\b|"
               r"\b(that|it) was the only time\b|\b(that|it) was (the|our|my) (only|one|single) "
               r"(try|attempt|go|test)\b|"
               r"\bpasted (one|1|a single|a) (\S+ )?(file|document|transcript|email|report|"
               r"text|note) into (\S+ ){0,2}(with|and (asked|typed|said))\b|"
               r"\b(wrote|written|typed|put together) (it|the prompt|that prompt) ((on|in) )?(a|"
               r"one) "
               r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|quiet|slow|rainy)? ?"
               r"(night|evening|afternoon|morning)\b|"
               r"\b(haven'?t|have not|never|didn'?t|did not) (gone|went|been) back to it\b|"
               r"\b(i|we) (try|tried|test|tested) (it |this )?(only |just )?(one time|once|"
               r"oneoff)\b|"
               r"\b(i|we) (write|wrote|written|make|made) (a |one )?(short|quick|simple|basic|"
               r"one-line|small) prompt\b|"
               r"\b(haven'?t|have not|didn'?t|did not) done anything (special|fancy|clever)( yet)?"
               r"\s*[:.,;]|"
               # "I wrote a zero-shot prompt on a Friday afternoon", "put together a prompt in an
               # hour"
               r"\b(wrote|written|write|writes|made|put together|typed|threw together|drafted|"
               r"hacked|"
               r"hacked together|hacked up|whipped up|knocked out) "
               r"(\S+ ){0,4}prompt\w* (\S+ ){0,6}((in|on|during|over) )?(a|an|1|the|a single|last|"
               r"one)( \w+)? (afternoon|evening|morning|hour|lunch ?break|coffee break)\b|"
               r"\b(nobody|no one|none of us)('s| has| have)? (ever )?(touched|changed|revised|"
               r"refined|"
               r"tweaked|improved|edited|worked on) (it|the prompt|our prompt|that prompt) "
               r"since\b|"
               # "I spent one afternoon on a single zero-shot prompt"
               r"\b(spent|spend) (only |just )?(one|1|an?|a single) (afternoon|evening|morning|"
               r"hour|day) on (a |one |1 |a single |the )?(\S+ )?prompt\b|"
               # ("I tried asking Claude once")
               r"\b(tried|asked|tested) (asking |using |prompting )?(it |chatgpt |gpt\S* |claude |"
               r"gemini |copilot |the model |an? ai )?(only )?(one time|once|"
               r"oneoff)\b|"
               r"\b(did not|didn'?t|never|haven'?t|have not) (change|changed|touch|touched|"
               r"revise|revised|edit|edited|improve|improved|tweak|tweaked) it (after|since)\b|"
               r"\bas a (quick |first |"
               r"small )?test\b")
# Prompts worked on at length: "we've rewritten the prompt twenty times", "a year of prompt
# engineering", "months of prompt tweaking".
REFINED = (# "after a year of refinement about 12% still break ...", "have been refining a
           # GPT-4o prompt since spring"
           r"\bafter (a|1|\d+|several|many|a few|some) (full )?(years?|months?|weeks?|quarters?) "
           r"of (prompt )?(refinement|refining|tweaking|iteration|iterating|prompt work|prompt "
           r"engineering|rewrites|rewriting)\b|"
           r"\b(been )?(refining|tweaking|iterating on|reworking|improving|polishing) (a|the|our|"
           r"their|that) (\S+ )?prompts? (since|for (the past|the last|over|months|weeks|years|a "
           r"year|a month))\b|"
           # "The prompt has been worked on a lot by our clinical lead"
           r"\bprompts? (has|have|had) been (worked on|reworked|rewritten|revised|tweaked|refined|"
           r"iterated on|tuned|edited) (a lot|heavily|extensively|loads|a great deal|plenty)\b|"
           # "Prompting: yes, we spent most of Q2 on it."
           r"\bprompt(ing|s)?\b[^.]{0,30}\bspent (most of |all of |the whole of |all )?(q[1-4]|"
           r"h[12]|the (whole |entire )?(quarter|summer|spring|autumn|winter|year)|\d+ (weeks|"
           r"months)) on (it|them|that|this|prompt\w*)\b|"
           # "Prompts per tenant tried, refined, stuck."
           r"\bprompts?\b[^.]{0,30}\b(tried|tested),? (refined|iterated|tweaked|reworked)\b|"
           # "I spent a few weekends on a long glossary prompt"
           r"\bspent (a few|several|many|a couple of|\d+|two|three|four|five|six) (weekends|"
           r"evenings|nights|weeks|months|sprints) (on|writing|building|tweaking|refining|"
           r"iterating on) (a|the|our|my|this|that) (\S+ ){0,3}prompts?\b|"
           r"\b(rewritten|rewrote|reworded|tweaked|iterated on|refined|revised) (the |our )?"
           r"(\S+ )?prompts? (\S+ ){0,3}(\d+|many|countless|dozens of|twenty|fifty|a hundred) "
           r"times\b|\b(weeks|months|a year|years|\d+ (weeks|months)) of (careful )?prompt"
           r"(ing| engineering| work| tweaking| tuning| iteration)\b|\b(every|all the) prompt"
           r"(ing)? tricks?\b|\b(dozens|hundreds) of prompt (variants|versions|rewrites)\b|"
           # (not "Nobody's worked on the prompt since")
           r"(?<!nobody's )(?<!nobody has )(?<!no one has )(?<!no one's )(?<!never )(?<!not )"
           r"(?<!hasn't )(?<!haven't )"
           r"\b(refined|iterated on|reworked|improved|tuned|been at|working on|worked on) (our|"
           r"the|those|these|their|my) prompts? (since|for|over)\b|"
           # "wrote a prompt in an hour and then refined it for three months"
           r"\b(refined|reworked|tweaked|iterated on|improved|polished|reworded) (it|them) (for|"
           r"over) (\S+ ){0,2}(weeks|months|years|quarter|a month|a year|weekends|evenings|"
           r"nights|sprints)\b|"
           # ("set up a prompt in January and has been tuning it since, with the template")
           r"\b(been|has been|have been) (improving|refining|reworking|tweaking|iterating on|"
           r"polishing|tuning) (it|them) since\s*([,.;]|$)|"
           r"\b(been )?(improving|refining|reworking|tweaking|iterating on|polishing|tuning) (it|"
           r"them|"
           r"that|this|the prompt|our prompt|those prompts|these prompts|the prompts|our "
           r"prompts) (for|over|since) (about |around |nearly |over |"
           r"more than |last )?"
           r"(\S+ ){0,2}(weeks|months|years|a year|a quarter|january|february|march|april|may|"
           r"june|july|august|september|october|november|december|autumn|spring|summer|winter|"
           r"fall)\b|"
           r"\bprompted (\S+ ){1,5}?(for|over) (about |around |nearly |over |more than )?(a "
           r"couple( of)?|a few|several|many|\d+|two|three|four|five|six) (weeks|months|years)\b|"
           r"\b(iterated|iterating|been iterating) (on )?prompts (\S+ ){0,3}(for|over|since)\b|"
           r"\b(done|did) the prompt(ing)? work (properly|thoroughly|seriously|carefully)\b|"
           # "a carefully iterated prompt", "iterated on them for a whole school term", "kept
           # improving it", "iterated over a quarter", "per-broker prompts for a quarter,
           # revising them as we went", "iterated for weeks"
           r"\b(carefully|heavily|extensively) (iterated|refined|tuned|tested) (few-?shot |"
           r"system )?"
           r"prompts?\b|\biterated (on (it|them) )?(for|over) (a |an |the )?(whole |full |entire )?"
           r"(\S+ )?(term|semester|quarter|weeks|months|year)\b|\bkept (improving|refining|"
           r"tweaking|reworking|iterating on) (it|them|the prompt)\b|\b(revising|refining|"
           r"tweaking|reworking|improving) (it|them) as (we|i|they) went\b|"
           # "I've worked on the prompt quite a bit"
           r"\b(worked on|refined|tweaked|iterated on|reworked) (the|our|my) prompts? (quite a "
           r"bit|a fair bit|a good deal|a great deal|a bunch)\b|"
           # "a carefully worked prompt", "which our officer worked on for a month", "iterated
           # with our medical lead for two months"
           r"\b(carefully|well|heavily|thoroughly) worked(-over| over)? (few-?shot |system )?"
           r"prompts?\b|\b(worked on|refined|tweaked|iterated on|polished|improved) (it |them )?"
           r"for (about |over |nearly |almost )?(a|one|two|three|\d+|several|a few|a couple of) ("
           r"weeks?|months?|quarters?|years?)\b|"
           # "then reworked it with the compliance team over six weeks"
           r"\b(reworked|refined|tweaked|iterated on|improved|polished) (it|them|the prompt) with "
           r"(\S+ ){0,4}(for|over) (\S+ ){0,2}(weeks|months|years)\b|"
           r"\biterated (with|alongside) (\S+ ){0,4}(for|over) "
           r"(\S+ ){0,2}(weeks|months|years)\b|"
           # "however we reword it", "after a month of tweaking", "lots of rewording"
           r"\bhowever (much )?(we|i|they) (reword|rewrite|tweak|change|rephrase|word) it\b|"
           r"\b(a|one|a full|a whole) (month|week|quarter|year) of (prompt )?(tweaking|iterating|"
           r"iteration|refining|reworking|rewording|rewriting)\b|"
           r"\b(lots of|a lot of|plenty of) (rewording|rewriting|tweaking|iterating|iteration)\b|"
           r"\b(refined|reworked|tweaked|iterated on|improved|polished|reworded) (it|them|the "
           r"prompt) (every|each) (day|week|month)\b|"
           # "a prompt we've rewritten probably 30 times", "I've iterated the prompt for two
           # months", "we've tried prompting, seriously"
           r"\bprompts? (that )?(we|i|they)('ve| have| had)? (rewritten|rewrote|revised|reworked|"
           r"tweaked|refined|reworded|iterated on|changed|edited) (it )?(probably |about |roughly |"
           r"maybe |like |over |at least |easily )?(\d+|many|countless|dozens of|twenty|thirty|"
           r"fifty|a hundred) times\b|"
           r"\b(iterated|iterating|been iterating) (on )?(the|our|my) prompts? (for|over|since)\b|"
           r"\bprompts? (has|have|had|went|'s) (been |gone )?through (maybe |about |roughly |"
           r"around |"
           r"probably |like |over |at least |easily |some )?(\d+|many|several|countless|dozens "
           r"of|a lot of|lots of|twenty|thirty|forty|fifty) (rewrites|versions|revisions|"
           r"iterations|drafts)\b|"
           # "Many weeks of work on the prompt", "worked on prompting for a whole quarter",
           # "worked the prompt hard"
           r"\b(weeks|months|a year|years|\d+ (weeks|months)) of (work|effort|iteration|"
           r"iterating|tweaking|trial and error) on (the|our|my|a|this|that) prompts?\b|"
           r"\bprompt(s|ing)?\b[^.;?]{0,60}\b(over|during|for) (a|an|the) (whole|entire|full) "
           r"(quarter|year|month|season|semester)\b|"
           r"\b(worked|pushed) (the|our|my|that|this) prompts? (really |very |pretty )?hard\b|"
           # "the prompt has been worked on for two months", "has been reworked many times",
           # "tried prompting a local Mistral a lot", "iterated a LOT", "a proper round on
           # each task over 3 months", "few-shot prompts tried over the last quarter"
           r"\bprompts? (has|have|had) been (worked on|reworked|rewritten|revised|tweaked|"
           r"refined|iterated on|changed|tuned|edited)( (\S+ ){0,2}(many|several|countless|so "
           r"many|\d+( of)?) times| (for|over|since)\b)|"
           r"\b(tried|tested) prompting (\S+ ){0,4}a lot\b|\biterated (a lot|loads|constantly|"
           r"heaps|endlessly)\b|"
           r"\bprompt(s|ing)?\b([^.;?]|\.\d){0,60}\b(for|over|during|since) (about |around |"
           r"nearly |"
           r"almost |over |more than |like |the (last|past) )?(\d+|two|three|four|five|six|seven|"
           r"eight|nine|ten|twelve|several|a few|many) (weeks|months|years)\b|"
           r"\bprompt(s|ing)?\b[^.;?]{0,60}\b(over|during|for) the (last|past) (quarter|year)\b|"
           # "started with a plain instruction, then added a JSON schema", "most of this year
           # we worked on prompts", "we spent the autumn prompting", "since last autumn our
           # developers have tuned a GPT-4o prompt", "3 rounds of iteration", "we tried quite
           # seriously"
           r"\bstarted with (\S+ ){0,3}(a |an )?(plain|simple|basic|short|bare) (instruction|"
           r"prompt)s?,? (and )?then\b|"
           r"\b(most of|all of|the whole of|all) (this |last )?(year|term|autumn|spring|summer|"
           r"winter|quarter),? (we |i |they )?(worked on prompts?|prompting|iterat\w*)\b|"
           r"\b(we|i|they) iterated (for )?(most of|all of|all|the whole of) (this |last )?(year|"
           r"term|autumn|spring|summer|winter|quarter)\b|"
           r"\bspent the (\S+ )?(autumn|spring|summer|winter|term|quarter|year) prompting\b|"
           r"\bsince (last |this )?\w+\b[^.]{0,60}\b(have|has) (tuned|refined|tweaked|iterated on|"
           r"reworked|worked on) (a|the|our) (\S+ ){0,2}prompts?\b|"
           r"\b(\d+|two|three|four|five|several|a few|many) rounds of (iteration|iterating|changes|"
           r"tweaks|revisions|rewrites|edits|refinement)\b|"
           r"\b(we|i) tried (it )?(quite|really|very|pretty) (seriously|hard|thoroughly)\b|"
           # "we've reworked the prompt a lot", "six weeks iterating the prompt", "a prompt our
           # team iterated since January", "prompting: three months with Claude"
           r"\b(reworked|rewrote|rewritten|revised|tweaked|refined|iterated on|iterated|changed|"
           r"edited) (the|our|my) prompts? (a lot|loads|heaps|plenty|a ton|constantly|repeatedly|"
           r"extensively|over and over)\b|\b(weeks?|months?) (of )?(iterating|tweaking|refining|"
           r"reworking|rewriting|"
           r"polishing) (on )?(the|our|my) prompts?\b|\bprompts? (that )?(our team|the team|we|i|"
           r"they)('ve| have)? (iterated|refined|tweaked|reworked|been iterating|been refining|"
           r"been tweaking) (on )?(since|for|over)\b|\bprompting:? (\S+ ){0,2}(weeks|months|a "
           r"year|years) (with|of|on)\b|"
           # "rewrote the instructions many times", "we changed the prompt maybe thirty times",
           # "we've iterated on it a lot", "a carefully built few-shot prompt", "a refined prompt
           # and examples for a quarter", "been refining a prompt on a hosted model for five
           # months", "we've been prompting GPT-4o for about two months"
           r"\b(rewritten|rewrote|reworded|revised|reworked|tweaked|changed|edited|modified) (the |"
           r"our |its )?(\S+ )?(prompts?|instructions|wording|system prompt) (\S+ ){0,2}(\d+( of)?|"
           r"many|several|countless|dozens of|twenty|thirty|forty|fifty|a hundred|so many) "
           r"times\b|"
           r"\b(iterated on|tweaked|reworked|refined|revised|changed) (it|them) (a lot|loads|"
           r"plenty|"
           r"a ton|constantly|repeatedly|extensively|over and over)\b|"
           r"\b(refined|carefully (built|crafted|written|tuned|designed)|well-crafted|polished|"
           r"elaborate|highly tuned|heavily tuned|hand-tuned|careful|meticulous|painstaking|"
           r"thorough) (few-?shot |system )?prompts?\b|"
           # "a carefully tuned GPT-4o mini prompt"
           r"\bcarefully (built|crafted|written|tuned|designed|worked) (\S+ ){1,3}prompts?\b|"
           r"\b(been |spent |spend )?(refining|tuning|tweaking|iterating on|reworking|polishing) "
           r"(a|the|our|my) (\S+ )?prompts? (\S+ ){0,5}(for|over|since) (about |around |nearly |"
           r"almost |over |more than )?(\S+ ){0,2}(weeks|months|years|a year|a quarter|january|"
           r"february|march|april|may|june|july|august|september|october|november|december)\b|"
           # ("Prompted GPT-4o-mini with examples for a month")
           r"\b(been )?(prompting|prompted) (\S+ ){0,8}?(for|since) (about |around |nearly |almost "
           r"|over |more than )?(\S+ )?(weeks|months|years|a year|a quarter|six month|a month|"
           r"one month|a whole month)\b|"
           r"\b(we|i)('ve| have)? (tried|tested|done) (prompting|prompts|prompt engineering),? "
           r"(really |very |pretty |quite |fairly )?"
           r"(seriously|properly|thoroughly|extensively|hard)\b")


# Outputs edited, as a ratio: "Specialists edit maybe 1 in 20 now"
EDIT_RATIO = (r"\b(edit|edits|edited|change|changes|changed|fix|fixes|fixed|correct|corrects|"
              r"corrected|touch|touches|touched)( maybe| only| about| "
              r"roughly| around| just)? (?P<a>\d+)( or \d+)? (in|out of)( the last)? (?P<b>\d+)\b")
# The founder asks the question and answers it: "How well does it work now? Honestly, great."
ASKED_WORKS = (r"\bhow (well )?(does|is) (it|the prompt|that|the tool|the setup) (work|doing|"
               r"working)( now| today| so far| at the moment)?\s*\?$")
ASKED_ANSWER = (r"\s*((honestly|really|truthfully|well|oh|frankly),?\s+)?(great|very well|really "
                r"well|pretty well|fine|brilliantly|excellent|really good|very good)\s*([.!,;]|$)")


def _prompt_works(t: str, expecting: bool) -> bool | None:
    """True when a prompt already in use does the job, said near the prompt (or in answer
    to the question) and not taken back by a 'but'."""
    sentences = _sentences(t)

    def of_a_prompt(i: int, ahead: bool = False) -> bool:  # asked about, or a prompt named up
        # to 2 sentences back (or a model named at work on the task: "We use Claude to rewrite
        # our warnings ... Honestly it works great")
        # (the model's drafts may name it in the next: "staff send 95% of the drafts with light
        # edits ... Our ops lead worked on the prompt for a couple of months")
        near = " ".join(sentences[max(0, i - 2): i + (2 if ahead else 1)])
        return expecting or bool(re.search(PROMPTED, near) or re.search(
            r"\b(we|i) (already )?(use|uses|are using|'re using|run) (chatgpt|claude|gpt\S*|gemini|"
            r"copilot|llama\S*|mistral\S*) (to|for)\b", near))

    for i, s in enumerate(sentences):
        # (the question's "it" is what they run today: a prompt or model named anywhere before)
        if i and re.search(ASKED_WORKS, sentences[i - 1]) and re.match(ASKED_ANSWER, s) and (
                expecting or re.search(PROMPTED, " ".join(sentences[:i]))) and not re.search(
                WORKS_BUT, s):
            return True
        for m in re.finditer(PROMPT_WORKS, s):
            if re.search(WORKS_UNSURE, s[max(0, m.start() - 30): m.start()]) or (re.search(
                    WORKS_BUT, s[m.end():]) and not re.search(OPINION_BUT, s[m.end():])
                    and not (re.search(COST_BUT, s[m.end():])
                             and not re.search(SHORTFALL, s[m.end():]))):
                continue
            # ("the team works well together", "our business is doing great": not the prompt)
            if re.match(r"(works?|working|worked|performs?|performing|performed|does|doing|did|"
                        r"is|are|was|been)\b", m.group(0)) and re.search(
                    r"\b(team|we|people|staff|business|company|sales|revenue|product|app|site|"
                    r"shop|store|everyone|everything else)\b (\S+ ){0,2}$",
                    s[max(0, m.start() - 30): m.start()]):
                continue
            # "does well on short tickets. Long ones fail.": taken back in the next sentence
            # ("It's good, I'd say. Well, good except it keeps filing ...")
            if i + 1 < len(sentences) and re.match(
                    r"\s*((well|ok|okay|hmm|actually|honestly|mostly),?\s+)?((good|fine|ok|okay|"
                    r"great|solid),?\s+)?"
                    r"(but|however|though|yet|still|except|only|the (rest|others?|long|longer|"
                    r"hard|harder|complex)|long|longer|harder|complex|others?)\b",
                    sentences[i + 1]) and re.search(SHORTFALL, sentences[i + 1]):
                continue
            if of_a_prompt(i, ahead=bool(re.search(r"\b(drafts|outputs|suggestions)\b",
                                                   m.group(0)))):
                return True
        # Few outputs edited: "Specialists edit maybe 1 in 20 now", "she's changed maybe two or
        # three out of the last hundred"
        for m in re.finditer(EDIT_RATIO, s):
            # (not a fault's rate: "still misses med changes maybe 1 in 12")
            if float(m.group("a")) <= 0.1 * float(m.group("b")) and not re.search(
                    WORKS_UNSURE, s[max(0, m.start() - 30): m.start()]) and not re.search(
                    rf"{SHORTFALL}|\bstill\b", s) and of_a_prompt(i):
                return True
        # A rate said as a ratio: "gets approved first time roughly 9 out of 10"
        for m in [*re.finditer(RATIO_OK, s), *re.finditer(RATIO_ON, s)]:
            if (float(m.group("a")) >= 0.9 * float(m.group("b")) and float(m.group("b")) >= 5
                    and not re.search(WORKS_UNSURE, s[max(0, m.start() - 30): m.start()])
                    and not re.search(WORKS_BUT, s[m.end():]) and of_a_prompt(i)):
                return True
        # "We wrote a prompt ... it gets 96%; our target was 95%" (or the target in the next
        # sentence: "it catches 93% of spoilers. Our goal was 90%.")
        pair = s + (" " + sentences[i + 1] if i + 1 < len(sentences) else "")
        if any(float(m.group("a")) >= float(m.group("b"))
               for m in [*re.finditer(SCORE_THEN_TARGET, pair), *re.finditer(RATING_THEN_BAR, pair),
                         *re.finditer(SCORE_VS_TARGET, s)]
               ) and of_a_prompt(i):
            return True
    return None


def prompt_works_in_context(text: str, context: str) -> bool:
    """A prompt named in an earlier message (`context`), said in this one to do the job:
    "we use a prompt with Claude that summarises ..." first, "honestly it works really well"
    next."""
    before = _sentences(normalise(context))[-2:]
    # (further back when this message asks how well it works: "We use GPT-4o through a little
    # tool ... Is he right?" first, "How well does it work now? Honestly, great." next)
    # (or when the last two are about something else: "... with one prompt I've been tweaking
    # since March. My director wants to know why we are not fine-tuning. I need an answer by
    # Thursday." first, "To be honest the drafts are good." next)
    if re.search(ASKED_WORKS, " ".join(_sentences(normalise(text))[:1])):
        before = _sentences(normalise(context))[-5:]
    elif not re.search(PROMPTED, " ".join(before)) and (named := [
            s for s in _sentences(normalise(context))[-5:] if re.search(PROMPTED, s)]):
        before = named[-1:]
    # (or a model said to do the task: "every line goes through a small LLM step that
    # normalises ..." first, "It works well." next)
    model_at_work = re.search(r"\b(llm|language model|ai model|gpt\S*|claude|gemini|model) "
                              r"(\S+ )?(step|call|pass|pipeline|does|that|which|to)\b|\b(goes|go|"
                              r"run|runs) through (a|an|the|our) (\S+ ){0,2}(llm|model)\b",
                              " ".join(before))
    if not before or not (re.search(PROMPTED, " ".join(before)) or model_at_work) or (
            _prompt_works(" ".join(before), False)):
        return False
    return bool(_prompt_works(" ".join([*before, normalise(text)]), bool(model_at_work))) and (
        not _tried_prompting(normalise(text), None))


def prompt_short_in_context(text: str, context: str) -> bool:
    """A prompt named in an earlier message (`context`), said in this one to fall short:
    "he wrote the prompt with the list of fields ..." first, "mistakes are mostly the size"
    next."""
    t = normalise(text)
    # (a fault that is wanted is none: "a bit all over the place, but honestly that's kind of
    # the point for brainstorming")
    if re.search(NO_CONSISTENCY, t) or re.search(r"\b(that'?s|which is|it'?s|that is) (\S+ ){0,2}"
                                                 r"(the (whole )?point|what we want|intended|"
                                                 r"on purpose|by design)\b", t):
        return False
    before = _sentences(normalise(context))[-3:]
    if not before or not re.search(PROMPTED, " ".join(before)) or _tried_prompting(
            " ".join(before), None) is not None:
        return False
    return _tried_prompting(" ".join([*before, t]), None) is True


def cost_complaint_only(text: str) -> bool:
    """A complaint about what prompting costs or how long it takes, with none about its
    answers ("the catch is cost: each call is 14k tokens")."""
    t = normalise(text)
    return bool(re.search(r"\b(costs?|bill|billing|price|pricey|expensive|tokens?|latency|slow|"
                          r"ms|seconds?|spend\w*)\b", t)) and not re.search(
        r"\b(wrong|errors?|fail\w*|mistakes?|miss\w*|confus\w*|inaccura\w*|quality|hallucinat\w*|"
        r"mix\w* up|drift\w*|generic|robotic|off-?brand|bad|poor|plateau\w*|stuck)\b", t)


# A refining verb with how long or how hard it went on, its object (if any) between; not
# fine-tuning, and not negated ("haven't touched it in months" is no refinement).
_DURATION = (r"(over|for|since|across|during|in|through) (the (last|past) |like |about |around |"
             r"maybe |roughly |nearly |almost |over |more than |a good |at least |most of (the )?|"
             r"much of (the )?|all of (the )?)?((\S+ )?(or "
             r"\S+ )?(weeks?|wks|months?|mos|sprints?|quarters?|years?)|january|february|march|"
             r"april|may|june|july|august|september|october|november|december|last year|"
             r"(last |early |late |this )?(spring|summer|autumn|fall|winter))\b")
REFINING = (r"(?<!fine-)(?<!fine )(?<!not )(?<!never )(?<!n't )(?<!nobody )(?<!no one )"
            # ("improved" and "tuned" need their object: "sales improved over the year")
            r"(\b(refined|refining|tweaked|tweaking|iterated|iterating|reworked|reworking|"
            r"polished|polishing|revised|revising|reworded|rewording)( on)?( it| them| this| that|"
            r" the prompts?| our prompts?| my prompts?| the wording)?|\b(tuned|tuning|improved|"
            r"improving)( it| them| the prompts?| our prompts?| my prompts?| the wording))"
            r"( a bunch| a lot| a fair bit| quite a bit| properly| heavily| thoroughly| carefully|"
            r" hard| seriously| extensively)?( " + _DURATION + r"|(?<=[a-z]) (a bunch|a lot|"
            r"quite a bit|properly|heavily|thoroughly|extensively|seriously)\b)|"
            r"\b(spent|spend|spending) (\S+ ){0,3}(sprints?|wks) (refining|tweaking|improving|"
            r"reworking|iterating on|polishing|rewording) (it|them|this|that|the prompt)\b|"
            # "we've been rewriting them for two months" (rewriting needs its object: the task
            # may be rewriting)
            r"\b(rewriting|rewrote|rewritten) (it|them|the prompts?|our prompts?|my prompts?|"
            r"those prompts?|these prompts?) (\S+ )?" + _DURATION + r"|"
            # "We've been prompting GPT-4o-mini since last spring", "been at it with prompts
            # since spring"
            r"\b(been|kept) (prompting|at it|iterating|working on (it|them|the prompts?|our "
            r"prompts?)) (\S+ ){0,4}?" + _DURATION)


# Time or versions spent on prompting, said where a prompt is named: "spent a couple of
# weeks prompting Mistral", "spend two months on it, many versions", "they make the prompt
# better many times"
REFINED_AT_LENGTH = (# "we improved prompt many weeks with our developer"
                     r"\b(improved|refined|tweaked|reworked|worked on) (the |our )?prompt (for "
                     r"|over )?(many|several|a few|some|\d+) (weeks|months)\b|"
                     # "after a lot of rework", "was tried hard", "tried dozens of variants"
                     r"\bafter (a lot of|lots of|much|heavy|plenty of) (rework|reworking|"
                     r"iteration|iterating|tweaking|rewriting)\b|\b(was|were|been) tried (really "
                     r"|very |pretty )?hard\b|\btried (dozens of|many|countless|\d+) (variants|"
                     r"versions|variations|prompts)\b|"
                     # "a prompt we built over some weeks", "developed over roughly 3 months"
                     r"\b(built|developed|tuned|refined|wrote|written) (it )?(over|across|during) "
                     r"(roughly |about |around |nearly |some )?(some|several|a few|many|\d+|two|"
                     r"three) (weeks|months)\b|"
                     # "Extensive prompt iteration during Q3", "our prompt took a couple of
                     # weeks to get right", "Six weeks refining a prompt", "after a month of
                     # rubric-specific prompt work", "tried prompt ... many evenings"
                     r"\b(extensive|heavy|serious|careful|a lot of|lots of|months of|weeks of) "
                     r"prompt (iteration|engineering|work|tuning|tweaking|refinement)\b|"
                     r"\bprompt (\S+ ){0,2}took (\S+ ){0,3}(weeks|months|sprints) to (get (it )?"
                     r"right|tune|perfect|nail|dial in|get working)\b|"
                     r"\b(\d+|a few|several|many) (weeks|months) (of )?(refining|tweaking|"
                     r"iterating on|rewriting|polishing|reworking) (a |the |our |this |that )?"
                     r"(\S+ )?prompts?\b|"
                     r"\b(a|one|\d+|several|few|many) (weeks?|months?) of (\S+ )?prompt work\b|"
                     r"\b(many|several|countless|lots of) (evenings|nights|weekends|afternoons)\b|"
                     # "Over the past year our web developer has refined a prompt"
                     r"\b(over|for|during|in) the (past|last) (year|\d+ (months|weeks)|few months|"
                     r"months)\b[^.]{0,60}\b(refined|tweaked|reworked|iterated on|improved|tuned|"
                     r"developed) (a |the |our |its |their )?(\S+ )?prompts?\b|"
                     # "Prompt has 5 demos, went through ~20 revisions"
                     r"\b(went through|gone through|been through|after|over) (about |around |"
                     r"roughly |~|some )?([5-9]|\d{2,}|dozens of|many|countless|several) ("
                     r"revisions|iterations|versions|rewrites|rounds of (edits|revisions|changes))"
                     r"\b|"
                     # "worked on it like three weekends"
                     r"\bworked on (it|them|the prompt) (like |about |for |around )?(\d+|a few|"
                     r"several|many) (weekends|weeks|months|evenings)\b|"
                     # "we rewrote those definitions and examples four or five times"
                     r"\b(rewrote|rewritten|reworked|revised|reworded|tweaked|edited) (\S+ ){0,5}"
                     r"(\d+ or )?(\d+(\.\d+)?|several|many|countless|dozens of) times\b|"
                     # "spent a couple of weekends iterating"
                     r"\bspent (\S+ ){0,2}(weekends|evenings|nights|weeks|months|sprints) "
                     r"(iterating|tweaking|refining|reworking|rewriting)\b|"
                     r"\b(spent|spend|spends|spending|been spending|put in|invested) (most of |"
                     r"the (last|past) )?(\S+ ){0,3}(weeks?|months?|year|quarter)\b[^.]{0,60}\b("
                     r"prompt\w*|on (it|this|that|them|these|those))\b|"
                     # "The prompt: I worked on it a good month."
                     r"\bworked on it (for )?(a good|a whole|a full|about a|a) (month|week|few "
                     r"weeks|few months|quarter)\b|"
                     # "About three weeks of work: schema in the prompt", "after a month of
                     # work on the prompts"
                     r"\b(a|one|two|three|four|five|six|\d+|several|few|many) (weeks?|months?) of "
                     r"(work|effort|tweaking|iteration|iterating|prompt work|reworking|rewriting|"
                     r"refining|rewording|working on (the |our )?(instructions|prompts?|wording))"
                     r"\b|"
                     # "5 shots, heavily iterated", "a carefully tuned system prompt"
                     r"\b(heavily|extensively|carefully|thoroughly|painstakingly|repeatedly|"
                     r"endlessly) (iterated|refined|tweaked|reworked|tuned|engineered|optimi[sz]ed"
                     r"|polished|rewritten)\b|"
                     # "plateaued at ~80% agreement after 2 months"
                     r"\b(plateau\w*|stuck|stall\w*|flatlined|levell?ed off)\b[^.;]{0,60}\bafter "
                     r"(\S+ ){0,2}(weeks|months|quarters?|sprints)\b|"
                     # "We've used Gemini on Vertex AI for four months, refining the prompt"
                     r"\bfor (about |around |nearly |over |more than )?(\S+ )?(weeks|months|years|"
                     r"a year|a quarter),? (refining|tweaking|iterating( on)?|reworking|improving|"
                     r"polishing) (the|our|a|my) (\S+ )?prompts?\b|"
                     # "iterating the prompt constantly with examples and a format spec"
                     r"\b(iterating|refining|tweaking|reworking|iterated|refined|tweaked|reworked)"
                     r" (on )?(the|our|my|those|these) (\S+ )?prompts? (constantly|continuously|"
                     r"non-?stop|all the time|repeatedly|endlessly|relentlessly)\b|"
                     # "Went through maybe 20 versions of the prompt", "with examples and the
                     # format spelled out", "refined heavily"
                     r"\b(went|been|gone|going) through (maybe |about |around |some |over |"
                     r"roughly )?(\d+|many|dozens of|several|countless) (prompt )?(versions|"
                     r"iterations|drafts|rewrites|variants|revisions)\b|"
                     r"(?<!without )(?<!without the )(?<!without our )(?<!without any )"
                     r"\b(format|rules|every rule|fields?|field list|"
                     r"field order|schema|steps|output columns|columns|sections?) (\S+ )?spelled "
                     r"out\b|\bspelled out (every|all the|each) (rule|field|step|column)s?\b|"
                     r"\b(refined|iterated|tweaked|reworked|tuned|revised) (it |them )?(heavily|"
                     r"extensively|constantly|repeatedly)\b|"
                     # "built it out over two months: five examples in the prompt"
                     r"\b(built|developed|worked on|worked at) (it|them|the prompt)( out| up)? ("
                     r"over|for|across) (about |around |nearly |over )?(\S+ )?(weeks|months|a "
                     r"month|a quarter|a year)\b|"
                     # "spent a couple weekends on it", "revised it many times", "the last
                     # three rounds of changes"
                     # "even after several rounds of revising"
                     r"\b(after|with|through|over) (several|many|\d+|a few|multiple|countless|"
                     r"endless) rounds of (revising|revision|revisions|rewriting|rewrites|"
                     r"tweaking|tweaks|edits|editing|changes|iteration|iterating)\b|"
                     r"\b(spent|spend|put in) (a couple( of)?|a few|several|two|three|many|\d+) "
                     r"(weekends|evenings|nights) (on|with|tuning|tweaking|writing) (it|this|that|"
                     r"the prompt)\b|"
                     r"\b(revised|rewrote|rewritten|reworked|tweaked|refined|reworded|changed|"
                     r"edited) (it|them) (many|several|countless|dozens of|lots of|\d+|so many) "
                     r"times\b|\b(last|past) (\d+|two|three|four|five|several|a few|many) rounds "
                     r"of (changes|edits|revisions|tweaks|rewrites|iteration)\b|"
                     # "prompts with examples, for about a year now, reworked many times"
                     r"\b(reworked|rewritten|rewrote|revised|tweaked|refined|iterated|changed|"
                     r"change|rework|revise|tweak|rewrite) (on )?(it |"
                     r"them )?(maybe |about |roughly |probably |like |over |at least |easily )?("
                     r"many|several|countless|dozens of|so many|\d+( of)?) times\b|"
                     # "have spent six weeks refining it"
                     r"\b(spent|spend|spending) (\S+ ){0,3}(weeks?|months?|quarter|year) (refining|"
                     r"tweaking|improving|reworking|iterating on|polishing|rewording) (it|them|"
                     r"this|"
                     r"that)\b|"
                     r"\bafter (a lot of|lots of|months of|weeks of|much) (work|effort|"
                     r"tweaking|iteration|iterating)\b|"
                     r"\b(many|several|dozens of|lots of|a lot of|countless) "
                     r"(versions|iterations|rewrites|variants|revisions|prompt versions)\b|"
                     # "prompt v14": many versions
                     r"\bprompt (v|version ?)([5-9]|[1-9]\d+)\b|"
                     # "Three months of iterations", "we've worked hard on prompting"
                     r"\b(\d+|a few|several|many|some) (weeks|months|years|sprints|quarters) of "
                     r"(prompt |prompting )?(iterations?|iterating|tweaking|tweaks|refinement|"
                     r"refining|rewrites|revisions)\b|"
                     # "stalled there after a month of tweaks"
                     r"\bafter (a|1) (week|month|quarter|sprint) of (prompt |prompting )?"
                     r"(iterations?|iterating|tweaking|tweaks|refinement|refining|rewrites|"
                     r"revisions)\b|\bworked (really |very |so )?hard on (the |our |my )?prompt\w*|"
                     r"\b(really|seriously|properly) worked on (the |our |my )?prompt\w*|"
                     # "tried a prompt with a local model, 25-ish versions with examples"
                     r"\b([5-9]|[1-9]\d+)(-?ish)? (prompt )?(versions|iterations|rewrites|"
                     r"variants|revisions)\b(?! of (the |our )?(app|product|site|model|form|"
                     r"handbook|policy|contract|document|template))|"
                     r"\b(make|made|"
                     r"makes) (the )?prompt better (many|several|\d+) times\b|"
                     # a prompt run or tried over a stretch of time: "per-department prompts
                     # ... over a whole term", "a long prompt + examples for weeks", "with a
                     # very detailed prompt since September"
                     r"\b(tried|try|trying|running|ran|run|used|using|been using|testing|"
                     r"tested) (\S+ ){0,8}?prompts?\b[^.]{0,60}?\b(for|over|since|across) (a |"
                     r"the |about |around |nearly |over |more than |some |most of (the )?|the last "
                     r"|the past )?(whole |full |entire |good |few |couple of |several |many )?"
                     r"(\d+ "
                     r"|two |three |four |five |six )?(weeks|"
                     r"months|years|term|semester|quarter|january|february|march|april|may|june|"
                     r"july|august|september|october|november|december|last (spring|summer|"
                     r"autumn|fall|winter|year))\b|"
                     # "tried GPT-4o with rubric + examples + step-by-step for ~6 weeks"
                     r"\b(tried|tested|used|ran) (chatgpt|gpt\S*|claude|gemini|llama\S*|"
                     r"mistral\S*|qwen\S*|the model)\b[^.;:]{0,60}?\bfor (about |around |roughly |"
                     r"nearly |over |~ ?)?(\d+|a few|several|many) (weeks|months)\b|"
                     # "working the prompt since January", "we try prompting since four
                     # months", "a character-bible prompt for months, tuned by our writer"
                     r"\bworking (on )?(the|our|my) prompts? (since|for)\b|\b(try|tried|trying|"
                     r"been trying|been doing) prompting,?(\?\s*(yes|yeah|yep|sure)[,.!]?)? "
                     + _DURATION + r"|"
                     # "our developer has improved it many times", "even after weeks of
                     # reworking the wording", "We've done the prompting properly", "We tried
                     # already for half year GPT-4", "Almost two months my colleague improve the
                     # prompt"
                     r"\b(improved|improve|improves) (it|them|the prompt) (many|several|countless|"
                     r"\d+|so many|dozens of) times\b|\bafter (weeks|months) of (reworking|"
                     r"rewording|tweaking|refining|rewriting|iterating)\b|"
                     # (or years, with what was tuned: "82% exact match after months of tuning
                     # the wording")
                     r"\bafter (weeks|months|years) of (tuning|tweaking|refining|rewording|"
                     r"reworking|polishing) (the |our )?(wording|prompts?|instructions|rubric)\b|"
                     r"\b(done|did) (the )?"
                     r"prompting (properly|thoroughly|seriously|carefully)\b|\btried (already )?"
                     r"for (half (a )?year|a year|months|weeks|a few months|several months)\b|"
                     r"\b(weeks|months) (\S+ ){0,3}(improve|improves|improved|refine|refines|"
                     r"refined|tweak|tweaks|tweaked|rework|reworks|reworked) (the|our|his|her) "
                     r"prompts?\b|"
                     # "Prompting each site's scheme into the 13B: we spent 6 weeks"
                     r"\bprompt\w*\b[^.]{0,60}\b(we |i |they )?(spent|spend|put in) (about |"
                     r"around |over |nearly )?(\d+|a|one|two|three|four|five|six|several|a few|a "
                     r"couple of) (weeks|months|week|month)\b|"
                     # "our engineer works on it since summer", "iterated a prompt on Llama",
                     # "error rates stopped improving months ago"
                     r"\b(works|worked|working|has worked|have worked) on (it|them|the prompts?) "
                     r"since (summer|spring|autumn|fall|winter|january|february|march|april|may|"
                     r"june|july|august|september|october|november|december|last \w+)\b|"
                     r"\biterated (on )?(a|the|our|my|that|this|those|these) (\S+ )?prompts?\b|"
                     r"\b(stopped|stop|stops) improving (\S+ )?(weeks|months|years|a while) ago\b|"
                     # "Since January one developer work on a GPT-4o prompt"
                     r"\bsince (january|february|march|april|may|june|july|august|september|"
                     r"october|november|december|last \w+)\b,? (\S+ ){0,3}(work|works|worked|"
                     r"working|has worked|have worked) on (a|the|our|his|her|their) (\S+ ){0,2}"
                     r"prompts?\b|"
                     # "revised in several rounds", "even after a lot of prompt work",
                     # "spelled out the schema", "we tried more examples, chain of thought"
                     r"\b(revised|refined|tweaked|reworked|iterated|improved|rewritten|rewrote) "
                     r"(it |them )?(in|over|through|across) (several|many|multiple|a few|\d+|"
                     r"countless|endless|two|three|four|five) (rounds|iterations|versions|passes|"
                     r"cycles)\b|\bafter (a lot of|lots of|much|plenty of|weeks of|months of) "
                     r"prompt(ing| work| engineering| tweaking)\b|\bspelled out the (schema|"
                     r"format|rules|fields|field list|steps|columns|sections)\b|\btried (adding )?"
                     r"more (examples|demonstrations|instructions|rules|context)\b|"
                     r"\bprompts? (\S+ ){0,2}for (weeks|months|years|a year)\b[^.]{0,20}"
                     r"\b(tuned|refined|tweaked|polished|iterated|improved|reworked) by\b")


# Words of an earlier message quoted back to take them back: 'The "weeks of prompting" was
# really one prompt our intern wrote' (the quote claims nothing any more).
TAKEN_BACK = (r"[\"“‘'][^\"“”‘’']{2,60}[\"”’']\s+(was|were|is|are|meant)\s+(really|actually|in "
              r"fact|just|only|more like|closer to)\b")


def _prompt_refined(t: str) -> bool | None:
    """False for one first draft, True for long refinement; said where a prompt or a model
    is named ("the first draft of each report" is the task, not the prompt)."""
    t = re.sub(TAKEN_BACK, lambda m: " it " + m.group(0)[m.start(1) - m.start():], t)
    if re.search(REFINED, t) or (re.search(REFINED_AT_LENGTH, t) and re.search(PROMPTED, t)):
        return True  # refined since its first draft: "... and then refined it for months"
    sentences = _sentences(t)
    # Any refining verb, its object if any, then how long or how hard, with the prompt named
    # in its sentence or the one before: "tried mistral w a prompt, refined it a bunch over 2
    # wks", "refined them properly", "spent two sprints improving it" (not "the handbook was
    # revised over the last year", far from any prompt)
    if any(re.search(REFINING, s) and re.search(
            PROMPTED, " ".join(sentences[max(0, i - 1): i + 1])) for i, s in enumerate(sentences)):
        return True
    for i, s in enumerate(sentences):
        # a prompt named here or in the sentence before ("I wrote one prompt ... Nobody has
        # touched it since.")
        # (or a few short ones before: "The prompt... it's the one my cofounder wrote the
        # first night. Three lines. Nobody has touched it since.")
        # (fragments count for little: "... into ChatGPT. It was... fine? A bit purple. I
        # didn't really go further with it.")
        back = 3 + sum(len(x.split()) <= 2 for x in sentences[max(0, i - 3): i])
        if not re.search(rf"{PROMPTED}|\b(model|llm|ai|bot|assistant|instructions?)\b",
                         " ".join(sentences[max(0, i - back): i + 1])):
            continue
        for m in re.finditer(FIRST_DRAFT, s):
            if re.search(r"\b(haven'?t|have not|never|not yet|didn'?t|did not) (\S+ )?$",
                         s[max(0, m.start() - 30): m.start()]):
                continue  # "we haven't written a single prompt for this yet": no prompt at all
            # ("write the first draft of each report" is the task, not the prompt)
            if not re.search(r"\b(write|writes|writing|wrote|produc\w*|generat\w*|creat\w*|into|"
                             r"as) (a |an |the |each |every )?$",
                             s[max(0, m.start() - 20): m.start()]):
                return False
    return None


# Nothing built or started yet: a no unless a prompt that fell short is told beside it.
NOTHING_YET = (r"\bnothing (is |has been )?(built|set up|running|live|in place|started)"
               r"( for (this|it|that|the \w+))? yet\b|"
               r"\b(did not|didn'?t|have not|haven'?t) (start|begin|begun|started)( anything)?"
               r"( yet)?\s*([.!,;]|$)|"
               r"\bprompting:? not (yet )?tried\b|"
               # "Haven't started building anything yet.", "Haven't tried anything yet."
               r"\b(haven'?t|have not) (started (building|doing|trying) |tried )anything"
               r"( (at all|yet|so far))?\s*([.!,;]|$)|"
               # "No, we haven't really done anything yet."
               r"\b(haven'?t|have not) (really |actually )?(done|built|tried) anything( (at all|"
               r"yet|so far))?\s*([.!,;]|$)|"
               r"\b(haven'?t|have not|not) (even )?started( anything)?( yet)?\s*([.!,]|$)|"
               # "We haven't tried any of this yet.", "Nothing's been tried with an LLM yet."
               r"\b(haven'?t|have not) tried any of (this|it|that|these)( yet| so far)?\s*([.!,;]"
               r"|$)|\bnothing('s| has) been (tried|tested|built)( (with|on) (an? |the )?(llm|ai|"
               r"model|chatgpt|gpt\S*|language model)s?)? (yet|so far)\b")


def _share(m: re.Match) -> float:
    """The share right in an OUT_OF match ("8 out of 10", "3 in 10 rotas pass")."""
    a, b = float(m.group("a") or m.group("a2")), float(m.group("b") or m.group("b2"))
    return a / b if b > 0 else 1.0


def _tried_prompting(t: str, lead: str | None) -> bool | None:
    if lead is not None:
        if re.search(rf"fell short|falls short|not good|bad|poor|isn'?t enough|{SHORTFALL}",
                     lead):
            return True
        if re.search(r"works|good enough|fine|not yet|never", lead) or said_no(t):
            return False
        if YES.search(t):
            return True
    # "We never tried putting examples in the prompt" or "nothing fancier than that" leaves
    # room for a plain prompt that was tried and fell short; on its own it is a no.
    never = re.search(NOT_TRIED, t)
    said = never.group(0) + t[never.end(): never.end() + 20] if never else ""
    if never and re.search(r"\banything (special|fancy|clever|sophisticated)\b", said):
        never = None  # "we haven't done anything special with the prompt": a plain one was used
    elif never and re.search(r"\b(touched|changed|tested|tried|used) (\S+ ){0,2}(since|after|"
                             r"again)\b", said):
        never = None  # "we haven't touched the prompt since": one was written and run
    elif never and re.search(r"\b(well|actually|although|though|ok|okay),? (i|we|someone|he|she|"
                             r"they|my \w+|our \w+) (\S+ )?(asked|tried|pasted|used|typed|gave|"
                             r"ran|set up|wrote|built|made|has been)\b",
                             t[never.start():]) and re.search(
            SHORTFALL, t[never.start():]) and not re.search(
            r"\b(let'?s say|i'?d say|so,?) no\b|\bdoes (that|it) count\b", t[never.start():]):
        never = None  # "No, haven't tried it. Well, I asked ChatGPT once ... and it was
        # nonsense": taken back, the try told
    elif never and re.search(r"\b(properly|seriously|thoroughly|systematically|rigorously|in "
                             r"depth)\b", re.split(r"[.!?]", t[never.start(): never.end()])[0]):
        pass  # "we haven't tested prompts properly. I tried one ... it just gave the answer":
        # a try that fell short may follow; without one it stays a no
    elif never and re.search(r"^[^.!?]{0,60}?\b(with|using|on|from)\b[^.!?]{0,60}?\b(yet|so "
                             r"far),? (just|only|except|apart from|other than|besides) (a|an|one|"
                             r"the|our|some) ", t[never.end():]):
        pass  # "haven't really tried prompting with their old captions yet, just a generic
        # 'write a caption' which was meh": not tried that way, but a plain try, and what it
        # gave, may follow (not "haven't really tried AI for this, only my sister pasted one
        # item into ChatGPT once": a one-off by someone else is still a no)
    elif never and re.search(r"\b(big|bigger|large|larger|frontier|api|hosted|cloud|"
                             r"commercial|paid|proprietary|closed)( \S+)? (models?|llms?|apis?)\b",
                             said) and any(
            re.search(r"\b(i|we) (\S+ )?(tried|tested)\b", s) and not re.search(NOT_TRIED, s)
            for s in _sentences(t)):
        pass  # "I tried a few-shot prompt on that same 1.5B model ... Haven't tried a big API
        # model": another model not tried, beside one that was
    elif never and not re.search(
            r"\b(putting|adding|including|giving it|with) (\S+ )?(examples|samples|few-?shot|"
            r"demos)|chain|"
            r"\banything (fancier|more|else|beyond|like)\b", said):
        return False

    def short(s: str) -> bool:
        below = (BELOW_TARGET, SCORE_THEN_TARGET, SCORE_VS_TARGET, BELOW_HUMANS, BELOW_PEERS)
        return bool(re.search(SHORTFALL, s)) or any(
            float(m.group("score") or m.group("score2")) < 90
            for m in re.finditer(LOW_SCORE, s)) or any(
            _share(m) < 0.9 for m in re.finditer(OUT_OF, s)) or any(
            float(m.group("a")) < float(m.group("b"))
            for pattern in below for m in re.finditer(pattern, s))

    sentences = _sentences(t)
    for i, s in enumerate(sentences):
        # "We tried few-shot prompts with Gemini. We're stuck around 74%."
        # ("we tried, it was meh. on de-identified samples GPT-4 gets the chapter right": the
        # verdict just before the model's name)
        # ("around 1 of 4 answers tells an old price ... We use ChatGPT API": the verdict just
        # before the model's name)
        # (a score and its bar may be a sentence apart: "92% right on our 200. we'd like 95+")
        # (fragments count for little: "It was... fine? A bit purple.")
        ahead = 3 + sum(len(x.split()) <= 2 for x in sentences[i + 1: i + 3])
        near = sentences[i + 1 if never else max(0, i - 1): i + ahead]
        # (or one instruction typed into a chatbot: "I typed in one instruction ... What came
        # back was okay but very stiff")
        if (re.search(PROMPTED, s) or (i and re.match(r"\s*(we |i )?(tried|tested)\b", s)
                                       and re.search(PROMPTED, " ".join(sentences[max(0, i - 3):
                                                                                 i]))) or re.search(
                r"\b(typed|put|wrote|gave it|entered)\s+(in\s+)?(just\s+)?((one|1|an?|the|a "
                r"single) instruction\b|\(sample\))", s)) and (
                short(s) or any(short(n) for n in near) or any(
                short(a + " " + b) for a, b in pairwise(near)) or (
                i and re.search(r"\b(tried|tested|trialled)\b", sentences[i - 1])
                and short(sentences[i - 1]))):
            return True
    return False if never or re.search(NOTHING_YET, t) else None


# How long something takes now, not the limit asked for: "it's 900 ms a call".
LATENCY_NOW = re.compile(r"\s*(milliseconds?|ms|msecs?|seconds?|secs?|s)?\+?\s*(a|per|each|for "
                         r"(a|each|every)) (call|request|query|answer|response|message|reply|"
                         r"comment|listing|document|doc|item|email|ticket|page|segment|row|claim|"
                         r"case|invoice|record|report|note|order|query|lookup|transaction)\b|"
                         # "900 ms average", "1.2 s median", "800ms p95"
                         r"\s*(milliseconds?|ms|msecs?|seconds?|secs?|s)?\+?\s*(average|avg|on "
                         r"average|median|mean|p\d\d)\b(?!\s*(budget|limit|target|sla|slo|"
                         r"ceiling|cap|max|requirement|goal))")


LIMIT_BEFORE = (r"\b(budget|limit|under|within|below|less than|max\w*|at most|sla|target|ceiling|"
                r"cap|"
                r"needs?|must|should|has to|have to)\b")


# What a call takes now, said before the number: "p50 was ~700ms", "latency is around 2 s".
MEASURED_BEFORE = (r"\b(p\d\d|latency|response times?|it|calls?|requests?|answers?|but|and|"
                   r"which) (was|were|is|"
                   r"are|sits at|runs at|came in at|averag\w*|took|takes)( about| around| roughly"
                   r"| ~| over| above| more than| well over)?\s*~?("
                   # the top of a measured range: "latency is 900 ms to 1.5 s"
                   r"[\d.]+ ?(ms|s|secs?|seconds?)? ?(to|-) ?)?$|"
                   # "we need it back in roughly 300 ms; we're at 1.1 s median"
                   r"\b(we'?re|we are|it'?s|it is|currently|now|today|right now) (at|around|"
                   r"about|roughly|sitting at|running at)( about| around| roughly| ~)?\s*~?$")


def _measured(t: str, m: Mention) -> bool:
    """Whether a latency mention is what something took, not a limit."""
    before = t[max(0, m.start - 40): m.start]
    # ("fine if it takes 30 seconds" is a tolerance: a limit after all)
    # (in its own clause: "quality is ok but it takes 2 seconds" is a measurement)
    clause = re.split(r"\b(but|though|although|however|whereas)\b|[,;.]", before)[-1]
    tolerated = re.search(r"\b(fine|ok|okay|acceptable|happy)\b", clause)
    # "we tried gpt-4o-mini with a prompt: quality ok-ish, 800ms": a report of the try
    sentence = re.split(r"[.!?\n]\s", t[max(0, m.start - 200): m.start])[-1]
    tried = re.search(r"\b(tried|tested|trialled|piloted)\b", sentence)
    return bool((LATENCY_NOW.match(t, m.end) or re.search(MEASURED_BEFORE, before)
                 or tried) and not re.search(LIMIT_BEFORE, before) and not tolerated)


def _too_slow(t: str, ms: list[Mention]) -> bool:
    """A prompt tried and timed over the latency limit: "latency budget 150 ms p95 ... Tried
    GPT-4o-mini with a few-shot prompt: quality ok, latency 900ms+"."""
    timed = [(m, _measured(t, m)) for m in ms if m.kind == Kind.LATENCY]
    limits = [m.value for m, took in timed if not took]
    return bool(limits) and any(took and m.value > min(limits) and re.search(PROMPTED, t[:m.start])
                                for m, took in timed)


# A prompt said to cost too much to run, in words stronger than a cost named as the problem:
# "it's speed and cost that kill us", "the bill is around $9k a month and climbing". (A prompt
# that is "fine, about 97% ... the problem is cost" is one that works: the writers of sets
# 129-159 read it so, and the advice turns on the volume and the bill anyway.)
TOO_COSTLY = (r"\b(speed and cost|cost and speed|latency and cost|cost and latency|cost|costs|the "
              r"cost|the bill)( that)? (kill|kills|hurt|hurts|is killing|are killing)( us| me)\b|"
              r"\b(the |our )?(projected |monthly )?bill (is|was|would be|will be) (\S+ ){0,2}("
              r"silly|huge|insane|crazy|absurd|painful|too high|brutal|eye-watering|out of hand)\b|"
              r"\bbill (is |was )?(\S+ ){0,4}and (climbing|rising|growing)\b|"
              # "Finance says the bill is now bigger than the checkers' salaries"
              r"\bbill (is |was )(now )?(bigger|higher|larger|more) than\b")


def _too_costly(t: str) -> bool:
    """A prompt named, then said to cost too much to run, whatever its quality."""
    return any(re.search(PROMPTED, t[: m.start()]) and not negated(t, m.start())
               for m in re.finditer(TOO_COSTLY, t))


def _latency(t: str, ms: list[Mention]) -> bool | None:
    limits = [m.value for m in ms if m.kind == Kind.LATENCY and not _measured(t, m)]
    if limits:
        return min(limits) <= 500
    if re.search(LATENCY_OK, t):
        return False
    return True if re.search(LATENCY, t) else None


# A model's size: "a 3B open model", "Llama 3 70b", "13 billion parameters" (which `normalise`
# has written out as 1.3e+10); not money ("$1.2b") or memory ("24gb").
MODEL_SIZE = re.compile(r"(?<![\w.$])(\d+(?:\.\d+)?)\s?b\b(?!\s*(dollars|usd|valuation|in "
                        r"(revenue|sales|funding)))|(?<![\w.$])(\d+(?:\.\d+)?(?:e\+\d+)?)[\s-]+"
                        r"(parameters?|params?)\b|"
                        # "is it good for a 1.5 billion model?" (normalised to 1500000000)
                        r"\b(?:an?|the|our|my|this|that)\s+(\d{8,13})\s+(?:(?:open|base|"
                        r"language|open-source|open-weights?)\s+)?(?:model|llm)\b")


# Models whose name carries no size but has one: "Phi-3 mini" is 3.8B.
NAMED_SIZES = [(r"\bphi-?3(\.5)?[- ]mini\b|\bphi-?4[- ]mini\b", 3.8), (r"\bphi-?3[- ]small\b", 7.0),
               (r"\bphi-?3[- ]medium\b|\bphi-?4\b(?![- ]mini)", 14.0), (r"\bphi-?2\b", 2.7),
               (r"\btinyllama\b", 1.1)]


def model_billions(t: str) -> float | None:
    """The base model's size in billions of parameters, the last one named."""
    named = sorted([(m.start(), float(m.group(1)) if m.group(1) else float(
        m.group(4) or m.group(6)) / 1e9) for m in MODEL_SIZE.finditer(t)] + [
        (m.start(), size) for rx, size in NAMED_SIZES for m in re.finditer(rx, t)])
    sizes = [size for _, size in named]
    sizes = [x for x in sizes if 0.05 <= x <= 2000]
    # "we migrated to a 34b model, the 7b is the old setup": the old one is no longer the base
    old = {float(m.group(1)) for m in re.finditer(
        r"\b(\d+(\.\d+)?) ?b\b (model |one )?(is|was) (the )?(old|previous|former|legacy)\b", t)}
    # "we retired the 13B one", "replaced the 8b", "moved off the 7b"
    old |= {float(m.group(1)) for m in re.finditer(  # "the 7B is retired"
        r"\b(\d+(\.\d+)?) ?b\b (model |one )?(is|was|has been|got) (now )?(retired|replaced|"
        r"dropped|gone|decommissioned)\b", t)}
    old |= {float(m.group("b")) for m in re.finditer(
        r"\b(retired|replaced|dropped|ditched|moved (off|away from)|upgraded from|outgrew) "
        r"(the |our |a |that )?(?P<b>\d+(\.\d+)?) ?b\b", t)}
    # "production runs the 70B variant, not the 7B. The 7B was only our prototype."
    old |= {float(m.group("b")) for m in re.finditer(
        r"\bnot (the |our |a )?(?P<b>\d+(\.\d+)?) ?b\b", t)}
    old |= {float(m.group("c")) for m in re.finditer(
        r"\b(?P<c>\d+(\.\d+)?) ?b\b (model |one )?(is|was) (only |just )?(our |a |the )?"
        r"(prototype|test|pilot|poc|proof of concept|experiment|trial)\b", t)}
    sizes = [x for x in sizes if x not in old] or sizes
    return sizes[-1] if sizes else None


# A reply that opens by repeating the question it answers: "Labeled examples? No, none.",
# "Budget? Around 500 a month." The echo says what the rest answers, whatever was asked.
# ("Labeled data: we have the keyed-in versions ..." names its subject the same way)
ECHO = re.compile(r"^\s*(?P<q>[a-z][a-z' -]{1,30}?)\s*(\?+|:)\s+(?=\S)", re.I)
ECHOED = {
    # (not a bare "Data?", which may ask where the data may go)
    "labeled_examples": r"(labell?ed|training|annotated|tagged|example) (examples?|data|dataset|"
                        r"data set|samples|pairs)|examples?|dataset|labels|samples|pairs|"
                        r"labell?ed( ones)?|how many (labell?ed )?(examples|ones)",
    "budget": r"(the |our |my |a )?budget|money|cash|spend|how much (money|can (we|i) spend)",
    "monthly_requests": r"(the |our )?(volume|traffic|requests|usage)|how many (requests|calls)",
    "team_skill": r"(the |our |my )?(team|skills|tech skills|devs|developers|engineers)",
    "hardware": r"(a |any )?(gpus?|hardware)",
    # ("How many clients? 120 on the enterprise tier right now")
    "num_tasks": r"how many (clients|customers|tenants|brands|tasks|stores|shops|schools|"
                 r"partners|franchisees|locations|sites)",
}


def _echoed(text: str) -> tuple[str, str] | None:
    """(the field a reply's opening echo names, the echo), if it opens with one."""
    if (m := ECHO.match(text)) is None:
        return None
    for name, words in ECHOED.items():
        if re.fullmatch(words, m.group("q").lower()):
            return name, m.group(0)
    return None


# One piece of work per period, said with no number: "we post like once a day", "I want that
# the AI writes every week the letter to the parents"
ONCE_A = (r"\b(post|posts|send|sends|publish|publishes|write|writes|run|runs|need|needs|do) (it |"
          r"one |them |(the|our|a) \w+ )?(like |about |roughly |maybe |just )?(once a|once per|"
          r"once every) "
          r"(?P<per>day|week|month)\b|\b(writes?|sends?|posts?|publish(es)?|produces?) every "
          r"(?P<per2>day|week|month) (the|a|one|our) \w+")
ONCE_A_MONTH = {"day": 30, "week": 4, "month": 1}


def read(text: str, expecting: str | None = None) -> Reading:
    """Profile fields stated in `text`. Keys are Profile field names; absent means unsaid."""
    if (echo := _echoed(text)) is not None:
        expecting = echo[0]
    raw = unquoted(text.strip())
    t = normalise(raw)
    # "I don't care if the listings go to OpenAI" is a permission, not a refusal
    raw = re.sub(r"\b([Ii]|[Ww]e) (don'?t|do not|dont) (really )?care if\b", r"\1 are fine if", raw)
    t = re.sub(r"\b(i|we) (don'?t|do not|dont) (really )?care if\b", r"\1 are fine if", t)
    ms = mentions(t)
    found: dict[str, Any] = {}
    weak: set[str] = set()
    # The reply's opening sentence, when a question is open and it is short: the answer itself.
    lead = _lead(t) if expecting else None
    # After an echoed question the answer starts past it: "Team? None, it's only me.", "GPU?
    # No." (the echo names no GPU owned); positions stay those of `t`.
    answer = " " * e.end() + t[e.end():] if echo and (e := ECHO.match(t)) else t

    _money(t, ms, found)
    if re.search(COVERS, t):
        found["budget_covers_people"] = True
    if re.search(NOT_COVERS, t):
        found["budget_covers_people"] = False

    # (money a month is no count of work: "budget is small, maybe 30 euro per month")
    # (nor is a batch of counted things: "once a week, 40,000 documents each time")
    if not any(m.per_month and m.kind != Kind.MONEY for m in ms) and (
            often := re.search(ONCE_A, t)):
        start, end = next(sp for sp in _sentences_spans(t) if sp[0] <= often.start() < sp[1])
        if not any(m.kind in (Kind.DATA, Kind.VOLUME) and start <= m.start < end for m in ms):
            found["monthly_requests"] = ONCE_A_MONTH[often.group("per") or often.group("per2")]
    volumes = [m for m in ms if m.kind == Kind.VOLUME]
    # A peak rate is no month's volume when one is given: "2 million queries a month, peaks of
    # 3,000 an hour on Saturdays"
    # ("40,000 a day was during the strike weeks. Normal is about 12,000 a day.")
    steady = [m for m in volumes if not re.search(
        r"\b(peaks?|peaking|spikes?|at (the )?peak|at (the )?busiest)( of| at| around| up to| "
        r"about| near| like)*\s*$", t[max(0, m.start - 30): m.start]) and not re.match(
        r"[^.;]{0,30}\b(was|were|is|are) (only )?(during|in|at|for) (the |a |our )?(\S+ )?(peak|"
        r"strike|rush|holiday|launch|busiest|spike|sale|season)|"
        # ("120 is the busiest instructor's month. All together it's about 600")
        r"[^.;]{0,20}\b(was|is|were|are) (just |only )?(the |our |one )?(busiest|biggest|largest|"
        r"top)\b", t[m.end:])
        # (nor a rate per tenant, "roughly one per venue per night", nor what the business
        # sells, "we sell ~1,100 chairs a month if that matters")
        and not re.match(r"\s*(\S+ )?per (?!(day|night|week|month|year|hour)\b)[a-z]+ per\b",
                         t[m.end:])
        and not re.search(r"\b(we|they|i) (sell|sold|ship|shipped)\s+(\S+\s+)?[~≈]?\s*$",
                          t[max(0, m.start - 30): m.start])
        # (nor the sample checked by hand: "we check ~500 a week against agent corrections")
        and not re.search(r"\b(we|they|qa|i|staff|someone|reviewers) (\S+ )?(check|checks|"
                          r"spot-check\w*|sample|samples|review|reviews|audit|audits|grade|"
                          r"grades)\s+(about |around |roughly |some |maybe )?[~≈]?\s*$",
                          t[max(0, m.start - 40): m.start])]
    # The items the founder starts with, when the whole organisation's load is told beside
    # them: "we'd run 1,200 NDAs a month; the firm does 40,000 matters a year, but NDAs are
    # what we want to start with"
    focus = [m for m in steady if m.noun and re.search(
        rf"\b{re.escape(m.noun)} (are|is) (what|where) (we|i) (want to |'d |would |will |'ll |"
        rf"plan to )?(start|begin|focus)\b|\b(start|begin) with (the )?{re.escape(m.noun)}\b", t)]
    volume = _pick(focus or steady or volumes)
    if volume is not None:
        found["monthly_requests"] = round(volume.monthly())

    count, guessed = _labeled(t, ms)
    if count is not None:
        found["labeled_examples"] = count
        if guessed and expecting != "labeled_examples":
            weak.add("labeled_examples")

    if (kind := task_kind(text.strip())) is not None:
        found["task_kind"] = kind
    if (skill := team_skill(raw)) is not None:
        found["team_skill"] = skill
    if (pytorch := knows_pytorch(t)) is not None:
        found["knows_pytorch"] = pytorch
        if pytorch and "team_skill" not in found:
            found["team_skill"] = TeamSkill.ML  # someone who knows PyTorch can train
    if (host := hosting(raw)) is not None:
        found["hosting"] = host
    if (private := privacy(t, expecting == "privacy")) is not None:
        found["privacy"] = private
    if (vendor_ok := vendor_finetune_ok(t)) is not None:
        found["vendor_finetune_ok"] = vendor_ok
    elif found.get("privacy") and expecting != "privacy" and not _vendor_permitted(t) and not (
            _data_may_go_to_vendor(t)) and re.search(
                r"\b(stays?|remains?|kept|keep|(must|may|can'?t|cannot|can not|never|won'?t) "
                r"(not )?leaves?|on[- ]?prem\w*|air[- ]?gapped)\b|"
                # "the texts cannot go to external cloud, never"
                r"\b(can'?t|cannot|can not|must not|mustn'?t|may not|never|won'?t|not allowed "
                r"to) (ever )?(go|be sent|be uploaded|be processed|be stored) (to|in|on|into) "
                r"(an? |the |any )?(external |public |outside |third[- ]party )?cloud\b|"
                # "nothing leaves our servers", "everything runs on our own hardware", "our own
                # cloud account only"
                r"\bforbid\w* (sending|sharing|uploading|passing|giving)\b|"
                # "client confidentiality means nothing goes to cloud APIs"
                r"\b(nothing|no data|none of (it|this|the data)) (ever )?(goes|gets sent|is sent"
                r"|can go|may go) (out )?(to|into|through) (any |the |a )?(external |public |"
                r"outside |third[- ]party )?(cloud|vendor|hosted|external|outside|"
                r"third[- ]party)\b|"
                # "It has to run on our own box"
                r"\b(has|have|must|needs?) (to )?run (on|in) our own\b|"
                r"\bnothing (ever )?leaves\b|\bnothing (ever )?(goes|is sent|gets sent) (out )?"
                r"to (any )?(vendors?|third[- ]part(y|ies)|outside (vendors|companies|firms))\b|"
                r"\bnothing (\S+ ){0,3}?(can|may|should|must|is "
                r"allowed to) (ever )?"
                r"leave\b|\b(does not|doesn'?t|do not|don'?t|must never|never) leaves? (us|our|the "
                r"(building|country|premises))\b|\b(stay|stays|remain|remains) with us\b|"
                r"\b(everything|all of it|it all) (runs|stays|lives) "
                r"(on|in) our own\b|\bour own (\S+ ){0,2}(account|tenant|vpc|servers?|hardware|"
                r"cloud|infrastructure|infra|data ?cent\w+) only\b", t):
        # Data that must stay in-house ("everything stays on premises by law", "has to stay in
        # our VPC") cannot go to a vendor's tuning either.
        found["vendor_finetune_ok"] = False
    if (gpu := hardware(answer, lead if expecting == "hardware" else None)) is not None:
        found["hardware"] = gpu
    if (tried := _tried_prompting(t, lead if expecting == "tried_prompting" else None)
            ) is not None:
        found["tried_prompting"] = tried
    if _prompt_works(t, expecting == "tried_prompting"):
        # A working prompt is prompting not found wanting, whatever small miss is told
        # beside it ("maybe one wrong plan a week that staff catch").
        found["prompt_works"] = True
        found["tried_prompting"] = False
    if _too_slow(t, ms) or _too_costly(t) or _spent_over_budget(
            t, ms, found.get("monthly_budget_usd")):
        # Right but too slow (or too dear) is short of the job: "Accuracy is fine, around 93%
        # ... we need it back in roughly 300 ms; we're at 1.1 s median"
        found.pop("prompt_works", None)
        found["tried_prompting"] = True
    if (refined := _prompt_refined(t)) is not None:
        found["prompt_refined"] = refined
    if (latency := _latency(t, ms)) is not None:
        found["tight_latency"] = latency
    # A consistency that falls short is one that is needed: "terminology is still not
    # consistent with our house style"
    if re.search(r"\b(still|often|sometimes|rarely|never really) (not |isn'?t |aren'?t )?"
                 r"(\S+ )?consistent (with|across)\b", t) and not re.search(NO_CONSISTENCY, t):
        found["needs_consistency"] = True
    # So is a format that is not kept: "feeds reject listings when the fields don't follow
    # their exact scheme"
    if re.search(r"\b(don'?t|doesn'?t|didn'?t|do not|does not|did not|never|fail to|fails to|"
                 r"won'?t) (always |reliably |quite )?(follow|match|keep to|stick to) (the |our |"
                 r"their |its )?(exact |strict |required )?(\S+ )?(scheme|schema|template|format|"
                 r"layout|structure|field order)\b", t) and not re.search(NO_CONSISTENCY, t):
        found["needs_consistency"] = True
    for name, positive, negative in (
            ("needs_consistency", CONSISTENCY, NO_CONSISTENCY),
            ("fresh_knowledge", FRESH, STALE_OK)):
        if name not in found and (value := _flag(t, positive, expecting == name, negative)
                                  ) is not None:
            found[name] = value
    n = _num_tasks(t, ms, lead if expecting == "num_tasks" else None)
    if n == 1 and expecting != "num_tasks" and re.search(
            r"\b(each|every) [a-z]+\b[^.]{0,40}\b(its|their) own\b", t):
        n = None  # one of many, not their count: "each client ... has its own scheme. One
        # aerospace client has 22 categories"
    if n is None and (said := re.search(
            r"\b(each|every) [a-z]+ \((about |around |roughly |~)?(?P<n>\d+)( [a-z]+){0,3}\) (has|"
            r"have|wants?|needs?|uses?|gets?|keeps?) (its|their) own\b", t)):
        n = int(said.group("n"))  # "Each client (35 active right now) has its own scheme"
    if n is None and "(" in t:  # "Twenty teams (billing, roaming, fraud, ...) each want ..."
        bare = re.sub(r"\s*\([^()]*\)", "", t)
        n = _num_tasks(bare, mentions(bare), None)
        n = n if n is None or n >= 2 else None  # (not "one aerospace client has 22 categories")
    if n is not None:
        found["num_tasks"] = n
    if (shared := _shared_model(t)) is not None:
        found["shared_model"] = shared
    # (a pasted config line may be where the model is named: "`base: qwen2.5-14b-instruct`")
    if (size := model_billions(t) or (
            model_billions(normalise(text)) if raw != text.strip() else None)) is not None:
        found["model_billions"] = size

    found.update(_retracted(t))
    _bare_answer(answer, ms, expecting, lead or "", found, headed=echo is not None)
    if expecting == "task" and raw and not GREETING.match(raw):
        found["task"] = raw
    return Reading(found, frozenset(weak))


# Words that take back what was just said: "Loads of ML people. Well, no, one analyst."
RETRACT = re.compile(r"\b(well,? no|no,? wait|wait,? no|actually,? no|scratch that|strike that|"
                     r"correction|that'?s not (right|true)|let me (correct|rephrase)( that)?|"
                     # (not "okay, no personal data is in the notes": a permission, then a fact)
                     r"i take (that|it) back|ok(ay)?,? no(?=\s*[,.;:!?]|\s+(wait|actually|sorry|"
                     r"scratch|i mean|that'?s|not that)\b))\b[,:]?")


def _retracted(t: str) -> dict[str, Any]:
    """What a retraction says afresh about the team, hardware, hosting and data: read from
    the retracting words to the end of their sentence, it replaces what came before. Numbers
    have their own corrections (`advisor.numbers`)."""
    again: dict[str, Any] = {}
    for m in RETRACT.finditer(t):
        end = next(e for s, e in _sentences_spans(t) if s <= m.start() < e)
        part = t[m.end(): end]
        for name, value in (("team_skill", team_skill(part)), ("knows_pytorch",
                            knows_pytorch(part)), ("hardware", hardware(part, None)),
                            ("hosting", hosting(part)), ("privacy", privacy(part, False)),
                            ("vendor_finetune_ok", vendor_finetune_ok(part))):
            if value is not None:
                again[name] = value
    return again


def _bare_answer(t: str, ms: list[Mention], expecting: str | None, lead: str,
                 found: dict[str, Any], headed: bool = False) -> None:
    """A number or a no that answers the question just asked (`headed`: the reply opened by
    naming it, "Labeled data: ...")."""
    # "zero budget for this honestly" opens with a zero that is not the answer asked for
    zero = re.search(r"^\s*(nothing|0)\b(?! (\S+ )?(budget|money|cash|dollars|spend|costs?|"
                     r"bills?|engineers?|devs?|developers?|people|staff|gpus?|requests|examples|"
                     r"labels))", t)
    if expecting == "labeled_examples" and "labeled_examples" not in found:
        # ("I don't think we have anything like that. No, none.": the no in its own sentence;
        # "conversations recorded, no, it is a new thing for us": the question named back,
        # then its answer)
        named_back = re.match(r"\s*[a-z][\w' -]{2,40},\s*(no|none|nope|nothing|zero|0)\s*"
                              r"[,.;!-]", t)
        nothing_like = re.search(r"\b(don'?t|do not|dont) (think (we|i) )?have anything like "
                                 r"(that|this)\b|^\s*nothing like (that|this)\b", t)
        if said_no(t) or zero or re.search(r"^\s*0 (\S+ )?(examples|labels)\b", t) or any(
                said_no(s) for s in _sentences(t)[1:3]) or named_back or nothing_like:
            found["labeled_examples"] = 0
        elif answers := _answering(t, ms, "labeled_examples", headed):
            found["labeled_examples"] = round(answers[0].value)
    if expecting == "budget":
        if not ({"budget_usd", "monthly_budget_usd"} & found.keys()) and (
                said_no(t) or zero or re.search(r"^\s*0 (\S+ )?(budget|money|cash|dollars)\b", t)):
            found["budget_usd"] = 0.0
        # Bare amounts answer the budget question: "10k upfront and 2k a month".
        for m in _answering(t, ms, "budget", headed):
            key = "budget_usd" if m.per_month is None else "monthly_budget_usd"
            if (key == "monthly_budget_usd" and "budget_usd" in found and m.kind != Kind.MONEY
                    and re.search(r"\bbudget\b", t[m.end:])):
                # "About fifteen hundred a month. ... Budget, call it two and a half grand.":
                # with the budget told by name, a bare rate is the volume
                found.setdefault("monthly_requests", round(m.monthly()))
                continue
            found.setdefault(key, m.monthly())
            if key == "monthly_budget_usd" and found.get("monthly_requests") == round(
                    m.monthly()):
                found.pop("monthly_requests")  # it was money, not volume
    if expecting == "monthly_requests":
        if m := re.search(r"\bunder (\d+)", lead):  # the quick reply "Under 1k a month"
            found["monthly_requests"] = int(m.group(1)) // 2
        elif "monthly_requests" not in found:
            for pattern, value in VOLUME_WORDS:
                if re.search(pattern, lead):
                    found["monthly_requests"] = value
                    break
            else:
                if answers := _answering(t, ms, "monthly_requests", headed):
                    found["monthly_requests"] = round(answers[0].monthly())
    if expecting == "team_skill" and "team_skill" not in found and said_no(t):
        found["team_skill"] = TeamSkill.NONE


# --- a number that answers the question asked ----------------------------------------

# A first sentence this short is the answer itself: "about 500", "10k upfront and 2k a month",
# "we have 2". Past it, a message is a description, and its numbers need their own nouns.
ANSWER_WORDS = 8
# Words that name what each numeric question counts: a loose number in a sentence with them
# answers that question wherever it stands.
FIELD_WORDS = {
    "labeled_examples": r"label|annotat|tagged|graded|verified|\bexamples?\b|\bpairs\b|"
                        r"dataset|\bdata\b|training|ground truth|\bgold\b",
    "budget": r"budget|spend|afford|cash|money|dollars?|bucks|[$€£]|invest|fund|compute|"
              r"credits|set aside|put aside|allocat|earmark",
    "monthly_requests": r"requests?|volume|traffic|queries|\bcalls\b|usage|(a|per|each|every) "
                        r"(day|week|month)|daily|weekly|monthly",
    "num_tasks": r"tasks?|use-cases?|customers?|clients?|tenants?|brands?",
}
FIELD_WORDS["budget_usd"] = FIELD_WORDS["monthly_budget_usd"] = FIELD_WORDS["budget"]


def _lead(t: str) -> str:
    """The message's first sentence if it is short enough to be an answer, else ''."""
    sentences = _sentences(t) if t.strip() else [""]
    first = sentences[0]
    if len(sentences) > 1 and (echo := _echoed(t)) is not None and first == echo[1].strip():
        # "Budget? Around 500 a month.": the answer is the sentence after the echoed question
        second = sentences[1]
        return t[: t.index(second) + len(second)] if len(second.split()) <= ANSWER_WORDS else ""
    return first if len(first.split()) <= ANSWER_WORDS else ""


def _answering(t: str, ms: list[Mention], name: str, headed: bool = False) -> list[Mention]:
    """Numbers that said nothing of what they count and may answer the question about `name`:
    those in a short opening sentence, and those in a sentence that names the field. A number
    bound to other nouns (models, GPUs, people, customers, ms) never answers it."""
    lead_end = len(_lead(t))
    # A reply headed by the field ("Labeled data: ... Sales told me 1,500; I checked, it's
    # closer to 1,100") answers it throughout, its correction first.
    out = []
    for m in ms:
        if m.bound:
            continue
        # (a number under a heading of its own answers that heading, not the question: "Tickets:
        # roughly 1,500 a day" asked about the budget)
        heading = re.search(r"(?:^|[.!?;]\s+)([a-z][a-z -]{1,30}):\s*(\S+\s+)?$", t[:m.start])
        if heading and not re.search(FIELD_WORDS[name], heading.group(1)):
            continue
        # (a rate said with its season is traffic: "maybe 30 a month in season" asked about
        # the budget)
        if name == "budget" and m.per_month is not None and re.match(
                r"\s*(\S+\s+){0,3}?(in|during|over) (the )?(season|peak|summer|winter|spring|"
                r"autumn|term|term time|high season|busy season)\b", t[m.end:]):
            continue
        if headed or m.start < lead_end or re.search(FIELD_WORDS[name], _sentence_of(t, m)):
            out.append(m)
    return sorted(out, key=lambda m: not m.corrects) if headed else out


LOOSE_TOTAL = re.compile(r"\b(comes?|came|amounts?|adds? up|totals?|totall?ing) (to )?(about |"
                         r"around |roughly |maybe |only |just )?$")


NUMERIC_FIELDS = ("labeled_examples", "budget_usd", "monthly_budget_usd", "monthly_requests",
                  "num_tasks", "model_billions")


def _named_back(t: str, m: Mention) -> bool:
    """A number said with "the" before it ("about the 5,000") names one said earlier, and so
    does one a correction sets aside ("it's 23, not 20", "300 instead of 500")."""
    # ("Sorry, I said twelve earlier. It's fourteen now": the twelve said before)
    return bool(re.search(r"\b(the|not|instead of|rather than)\s+$",
                          t[max(0, m.start - 12): m.start]) or (
        re.search(r"\b(i|we) (said|told you|wrote|put|mentioned)( about| around| roughly)?\s+$",
                  t[max(0, m.start - 24): m.start])
        and re.match(r"\s*(\S+\s+)?(earlier|before|at first|first|initially|above|in my "
                     r"first message)\b|\s*(\S+\s*)?[,;.]\s*(it'?s|it is|but|actually|now|"
                     r"that'?s|that was|which was)\b",
                     t[m.end:])))


# A correction that names what it corrects: "Sorry, correction on volume: ...", "correction
# to the budget".
CORRECTED_TOPIC = {
    "monthly_requests": r"volume|requests|traffic|calls|load|throughput",
    # ("correction on the data: I told my cofounder 120k labeled, it's closer to 45k")
    "labeled_examples": r"labell?ed (data|examples|count|set)|labels|examples|training data|"
                        r"data|dataset|data set",
    "budget_usd": r"budget|money|spend",
    "num_tasks": r"tasks|customers|clients|tenants",
}


def corrected_topic(text: str) -> str | None:
    """The numeric field a correction names ("correction on volume"), if it names one."""
    t = normalise(text.strip())
    for name, words in CORRECTED_TOPIC.items():
        if re.search(rf"\b(correction|correcting|update|sorry)\b,?:? (on|to|for|about|re:?)? ?"
                     rf"(the |our |my )?({words})\b", t):
            return name
    return None


def recalled_field(text: str, known: dict[str, Any]) -> str | None:
    """The numeric field whose value the text names back ("scratch the 12", "about the
    5,000", "it's 23, not 20"), when one of the `known` values is that number."""
    t = normalise(text.strip())
    for m in mentions(t):
        if _named_back(t, m):
            for name in NUMERIC_FIELDS:
                if known.get(name) is not None and float(known[name]) == m.value:
                    return name
    return None


def old_value(text: str) -> float | None:
    """The value a correction says was the old one: "9 examples was last quarter, it's 11
    now", "1,800 was last year's count"."""
    t = normalise(text.strip())
    ms = mentions(t)
    for i, m in enumerate(ms):
        # (not "two were added this week", "1,200 of those were double-checked"; nor a
        # number this same message said first: "maybe 400 a day ... Sorry, 400 was the pilot
        # estimate")
        if any(p.value == m.value for p in ms[:i]):
            continue
        if re.match(r"\s+((?!of\b)[a-z-]+\s+)?(was|were) (last|the|our|my|his|her|their|an?|"
                    r"from|during|for|in|just|only)\b", t[m.end:]):
            return m.value
    return None


LABELED_PART = (r"\s+of (those|them|these) (\S+ ){0,2}?(got|have|has|are|were|received|carry)\b"
                r"[^.]{0,40}\b(scor\w*|rat(ed|ing)|label\w*|check\w*|review\w*|approv\w*|grad\w*|"
                r"verif\w*|usable|clean)")


def correction(text: str, name: str) -> float | None:
    """The number a correction gives for field `name` ("sorry, make that 25k", "actually
    1,500"): a loose number right after the correction word, in a short reply, or in a
    sentence that names the field."""
    t = normalise(text.strip())
    ms = mentions(t)
    # A share named back makes the loose numbers beside it shares too: "actually the 95% is
    # the English site. The French site is more like 90" corrects a rate, not a count.
    if re.search(r"\bthe \d+(\.\d+)? ?(%|percent)", t):
        ms = [m for m in ms if m.bound or m.value > 100]
    # "Correction: it's 34 libraries now, four joined": the libraries, not the four.
    # ("Sorry, I said 40 brands, it's 42": not the count named back)
    if name == "num_tasks" and (counted := [m for m in ms if m.kind in (
            Kind.TASKS, Kind.ENTITIES) and not _named_back(t, m)]):
        return counted[0].value
    # "she exported two thousand of them, not two hundred": the number set against the one
    # it replaces (a no, not the subset "of them" would otherwise be)
    # ("18 desks, not 25": counted or not)
    for m in ms:
        if (not m.bound or name == "num_tasks") and re.match(
                r"(\s+[\w'-]+){0,3}?,?\s+(and )?not (the )?\d", t[m.end:]):
            return m.value
    # ("Wait, I asked about the 5,000: they are just emails": a number said before, named;
    # "a few of those use our old template": part of what was counted, not its new count)
    # (but "only about 6,000 of them got a QA score of 4 or 5": the part that is labeled is the
    # count that stands)
    ms = [m for m in ms
          if not _named_back(t, m) and (not re.match(r"\s+of (those|them|these)\b", t[m.end:])
                                        or re.match(LABELED_PART, t[m.end:]))
          # ("8000 is all hostels together in August only. A normal month is more like 3000":
          # the old number said to be a peak)
          and not re.match(r"\s+(is|was|are|were)\b[^.]{0,50}\b(only|peak|busiest|high season|"
                           r"in (january|february|march|april|may|june|july|august|september|"
                           r"october|november|december|summer|winter|the season))\b", t[m.end:])]
    for m in ms:
        if not m.bound and NUMBER_CORRECTION.search(" ".join(t[:m.start].split()[-6:])):
            return m.value
    # "Briefs our reporters actually wrote to go with a transcript: maybe 200": the count that
    # a headed clause gives
    for m in ms:
        if name == "labeled_examples" and not m.bound and m.value >= 1 and re.search(
                r"(^|[.!?]\s+)[a-z]+s\b[^.:;!?]{0,70}:\s*(maybe |about |around |roughly |perhaps |"
                r"~)?$", t[:m.start]):
            return m.value
    # "... but only around 250 have the decision actually recorded": the part kept
    for m in ms:
        if name == "labeled_examples" and re.match(
                r"\s+(\S+\s+){0,2}?(have|has|had|were|are|got)\s+(the |a |their |its )?(\S+\s+)"
                r"{0,2}(actually |really |properly )?(recorded|logged|labell?ed|tagged|annotated|"
                r"written down|captured|kept)\b", t[m.end:]):
            return m.value
    # "the 30 is old, ..., it's 60 now": the count as it stands now
    for m in ms:
        if not m.bound and re.match(r"\s*now\b", t[m.end:]) and re.search(
                r"\b(it'?s|its|it is|that'?s|we'?re at|we have|there are)( about| around| "
                r"roughly)?\s*$", t[:m.start]):
            return m.value
    # "the ones we really have come to about forty": a loose total in a correction
    for m in ms:
        if not m.bound and LOOSE_TOTAL.search(t, 0, m.start):
            return m.value
    answers = _answering(t, ms, name)
    return answers[0].value if answers else None


def extract(text: str, expecting: str | None = None) -> dict[str, Any]:
    """Profile fields stated in `text` (see `read`)."""
    return read(text, expecting).fields


def is_reset(text: str) -> bool:
    return bool(RESET.search(text))


def is_correction(text: str) -> bool:
    return bool(CORRECTION.search(text))


def corrects_itself(text: str) -> bool:
    """A message that states an amount and then corrects it ("We labeled 5,000. Sorry, I
    checked: 8,200"): its correction is its own, not one of an earlier answer."""
    t = normalise(text)
    c = CORRECTION.search(t)
    if c is None:
        return False
    # Any count before the word: "2 GPU servers.. actually 3 now", "around 10k I think. wait,
    # it's 25k labelled" correct their own number, whatever it counts.
    ms = mentions(t)
    return any(m.end <= c.start() for m in ms) and any(m.start >= c.end() for m in ms)


def is_skip(text: str) -> bool:
    return bool(SKIP.match(text))


def is_finish(text: str) -> bool:
    return bool(FINISH.search(text))


def is_greeting(text: str) -> bool:
    return bool(GREETING.match(text))
