"""The founder scenario table, table-driven, on the real knowledge base.

Each description goes through the path a user takes: one message through `profile_from_text`
and `advise` (as `python -m advisor`), a conversation through the chat, turn by turn. Its pick
must be one the notes support, and every field it states must be read right.

The dev set (d01..d45 by a colleague who never saw the rules, d46+ added while working on
the parser) is checked scenario by scenario. The first held-out set (h01..h20) was written
before the rules changed; its misses were then rewritten as new dev scenarios (d61..d75, new
words, same kinds of miss), so it is no longer blind: its goals are asserted as a regression.
The second held-out set (h21..h45) was written blind by a colleague with no sight of the
rules and run once (24/25 picks, 120/139 fields); its kinds of miss were then fixed in the
parser with new words (tests/test_parse.py), so it too is now a regression set. The third
(h46..h70) was written blind the same way and run once after those fixes (21/25 picks,
122/149 fields), then its kinds of miss were fixed the same way. The fourth (h71..h95),
blind the same way, ran once after that: 24/25 picks, 122/134 fields, 34/38 numbers. Its
kinds of miss were fixed the same way too; so were those of the fifth (h96..h120), blind
again, first run 23/25 picks, 139/152 fields, 45/50 numbers, and of the sixth (h121..h145),
first run 24/25 picks, 118/134 fields, 37/43 numbers. All seven sets now guard against
regressions, and the first-run figures of the blind sets are the honest estimate.
"""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from advisor.profile import Hardware, Hosting, Profile, TaskKind, TeamSkill
from advisor.rules import FAMILIES
from advisor.scenarios import DEV, HELDOUT, HELDOUT2, HELDOUT_SETS, Outcome, figures, load, run
from tailor.settings import ROOT

GOAL_PICKS = 95.0  # % of picks among the accepted techniques
GOAL_FIELDS = 97.0  # % of stated fields read right
ENUMS = {"task_kind": TaskKind, "team_skill": TeamSkill, "hosting": Hosting,
         "hardware": Hardware}
DEV_SET = load(DEV)


def _misses(outcomes: list[Outcome]) -> str:
    lines = []
    for o in outcomes:
        if not o.pick_ok:
            lines.append(f"{o.scenario.id}: picked {o.technique}, accepted "
                         f"{list(o.scenario.accept)}")
        lines += [f"{o.scenario.id}: {c.name} expected {c.expected!r}, read {c.got!r}"
                  for c in o.wrong_fields]
    return "\n".join(lines)


@pytest.mark.parametrize("path", [DEV, *HELDOUT_SETS.values()], ids=["dev", *HELDOUT_SETS])
def test_the_table_is_well_formed(path) -> None:
    """Ids are unique, picks are techniques, fields are Profile fields with valid values,
    and each expectation names the note behind it."""
    scenarios = load(path)
    names = {f.name for f in fields(Profile)}
    assert len({s.id for s in scenarios}) == len(scenarios)
    for s in scenarios:
        assert s.turns and all(t.strip() for t in s.turns), s.id
        assert set(s.accept) <= set(FAMILIES) and s.accept, s.id
        assert set(s.fields) <= names, (s.id, set(s.fields) - names)
        for name, value in s.fields.items():
            if name in ENUMS:
                ENUMS[name](value)
        # (a note named mid-sentence may end in a full stop or a bracket)
        notes = re.findall(r"knowledge/[\w-]+\.md", s.why)
        assert notes and all((ROOT / n).exists() for n in notes), (s.id, notes)


@pytest.mark.parametrize("scenario", DEV_SET, ids=[s.id for s in DEV_SET])
def test_dev_scenario(kb, scenario) -> None:
    outcome = run(scenario, kb)
    assert outcome.pick_ok and not outcome.wrong_fields, _misses([outcome])


def test_goals_on_the_dev_set(kb) -> None:
    f = figures([run(s, kb) for s in DEV_SET])
    assert f.scenarios + len(load(HELDOUT)) + len(load(HELDOUT2)) >= 60
    assert f.picks_pct >= GOAL_PICKS and f.fields_pct >= GOAL_FIELDS


# Each held-out set's size, and what happened to it (first run, then since its kinds of miss
# were fixed with new words in tests/test_parse.py, never its own sentences):
# - heldout (h01..h20): written before the rules changed; first run 15/20 picks, 87/103
#   fields; its misses became dev scenarios d61..d75.
# - heldout2 (h21..h45), blind: 24/25 picks, 120/139 fields.
# - heldout3 (h46..h70), blind: 21/25 picks, 122/149 fields (unsaid data assumed to be none,
#   "none yet", privacy said as law or contract, GPU servers, "pulled into").
# - heldout4 (h71..h95), blind: 24/25 picks, 122/134 fields, 34/38 numbers (a total beside a
#   per-item count, "day 3", examples inside a prompt, "one contract developer's pay",
#   planning under constraints, vendor tuning "off the table").
# - heldout5 (h96..h120), blind: 23/25 picks, 139/152 fields, 45/50 numbers ("1 note in
#   10", questions the product asks, several GPU servers, "N operators use it", "nobody on
#   staff does ML", a founder with data who has not tried prompting: tests/test_rules.py).
# - heldout6 (h121..h145), blind: 24/25 picks, 118/134 fields, 37/43 numbers (parenthetical
#   lists, texting-style negations, a few examples beside a model's name, "our 3 staff
#   answer them", a chat that asks "size/placement/style", a corrected count of libraries).
# - heldout7..heldout10 (h146..h245), blind: see the README's table.
# - heldout11 (h246..h270), blind: 25/25 picks, 175/199 fields, 50/59 numbers (a period
#   opening the clause, "a team of 4 that trains", data taken back, "pull out", sums and
#   itineraries as reasoning; two weekly volumes the brief had told the writer to multiply
#   by 4, corrected to the project's 4.3 weeks a month).
# - heldout12 (h271..h295, non-native voices), blind: 25/25 picks, 160/170 fields, 34/40
#   numbers (lakh, "dolars", "one time", "ca.", "I must correct", a labeled part of a larger
#   archive, "every title's team wants its own").
# - heldout13 (h296..h320, platforms, agencies, owned and leased hardware), blind after the
#   set 11, 12 and 14 fixes: 25/25 picks, 163/191 fields, 40/47 numbers (a copy per client
#   that is fine read as one shared model, "each client's brand voice", a lease for the
#   year, "p50 was ~700ms" read as the limit, "no question/answer pairs" beside 1,400
#   articles, "200 sample lines", "5,000 solved plans", "Guten Tag" read as tagging).
# - heldout14 (h321..h345, casual founders in English-speaking countries), blind: 24/25
#   picks, 165/187 fields, 42/54 numbers ("a mo", "$0. my only bill is $240/yr", "nothing is
#   labeled", data "paired with the raw supplier data", "each one tagged", a freelancer the
#   budget must pay read as the team, "nothing else. tried ..."; two weekly volumes the
#   brief had told the writer to multiply by 4, corrected to 4.3).
# - heldout15 (h346..h370, numbers of every kind), blind: 21/25 picks, 225/260 fields, 65/81
#   numbers ("labor runs ~$65/hr" read as a monthly budget, "5 example replies" in a prompt
#   and a "prompt-based attempt with 6 examples" read as the dataset, "no personal data" read
#   as no data, "call it ~350", tolerances such as "a reply within a day is fine").
# - heldout16 (h371..h395, situations said indirectly), blind: 23/25 picks, 150/187 fields,
#   38/46 numbers ("a long instruction" and "a hosted model with our guide pasted in" as
#   prompting, "two big NVIDIA cards", "land at the right desk", "has own code list").
#   Both sets, and h341 before them, accept only soft prompts for a large base shared by many
#   tasks: the rule `model.large_shared` (soft prompts +1.5 at 10B and up when the base is
#   shared) follows the note "soft prompts are the lightest add-on on large models".
# - heldout17 (h396..h420, a cross-section in everyday words), blind: 25/25 picks, 189/208
#   fields, 48/53 numbers (tenants named in one chat message and counted in a later one,
#   "budget.. maybe $30 a month, the app earns like $4 per user", "never trained a model",
#   "about 500 on average", "haven't properly tried it yet"). The "earn" in "machine
#   learning" had been read as earnings next to a budget (an older bug, now a word match).
# - heldout18 (h421..h445, forwarded memos and terse chats), blind: 25/25 picks, 174/188
#   fields, 47/53 numbers ("team = just me. no code", quoted "> Every month we send about
#   400 letters", "(three to four sentences)" read as 4 examples, "Tried: nothing serious",
#   "25 of our largest hotel groups want it to sound like them", a company's 14 clinics
#   counted as tenants beside "one copy must serve all 8 tasks").
# - heldout19 (h446..h470, any founder), blind: 25/25 picks, 184/194 fields, 52/56 numbers.
# - heldout20 (h471..h495, founders who think aloud and settle), blind: 24/25 picks, 160/174
#   fields, 33/41 numbers ("maybe 2k labeled? ... let me check ... ok, 380", a competitor's
#   50 thousand and the plan's 2 thousand read as the founder's data, "well, after removing
#   duplicates it's 25k", "a colleague has since counted them: 2,400").
# - heldout21 (h496..h520, written last and run once on the final parser of that session):
#   25/25 picks, 155/163 fields, 40/44 numbers ("20-30 news articles each morning" read as
#   the dataset beside "no labeled summaries", "~1000 lines of sample dialogue", "all nine
#   language pairs" read as 9 examples, "30 internal teams want narrow tasks on it",
#   "confidently gives old prices", "12% of outputs violate the schema").
# - heldout22 (h521..h545, the same): 25/25 picks, 156/163 fields, 44/44 numbers ("needs a
#   category", "grade ... on a 0 to 5 label" read as 2.5 examples, "a step-by-step
#   derivation", "without duplicating the weights", "a workstation with a 24 GB card").
# - heldout23 (h546..h570, chats answered out of order with corrections and side numbers),
#   blind: 25/25 picks, 189/214 fields, 51/60 numbers ("labeled ones? about 400 ... so 1,250
#   total", "250 more on friday so 1150", "20 posts in a week" read as examples, "$100 a
#   month. actually make that $150", "5,000 dollars, and maybe 300 a month after", a message
#   that corrects its own count taken as a correction of the last answer, "sorry its 110
#   shops now", "Privacy not an issue").
# - heldout24 (h571..h595, unusual industries in their own units), blind: 24/25 picks,
#   159/183 fields, 47/51 numbers (tasks named without the usual verbs: "send each one to the
#   right desk", "fill the contract form", "code ... into 430 occupation codes", "a twelve
#   week plan that actually adds up", "150-word preview"; "one and a half k a month"; a
#   grant as the budget; "air-gapped"; "Haven't really written proper prompts yet").
# - heldout25 (h596..h620, technical founders: models, hardware, serving), blind: 24/25
#   picks, 197/214 fields, 46/50 numbers ("after a few sentences" read as 3 examples, "20
#   thousand calls for month", "we'd serve a small model ourselves", "happy to stay" with a
#   vendor, "one base model in memory, not 25", "two 8xH100 nodes we lease long-term",
#   "fumbles", "don't hold the formats reliably", "a few dozen ..., perhaps 40").
# - heldout26 (h621..h645, a cross-section in everyday words), blind: 25/25 picks, 130/138
#   fields, 37/38 numbers ("a tool that labels contract clauses", "one shared 34B model",
#   "every listing sounds different", "updated most months", "summarise triage notes into a
#   handover summary" read as triage, "plan multi-day trips", "each title's own style").
# - heldout27 (h646..h670, non-technical founders who say everything indirectly), blind:
#   25/25 picks, 118/151 fields, 38/43 numbers ("nobody here knows computers", "1 guy who
#   trains models", "filed into those six folders" read as 6 examples, "not allowed off our
#   servers", "none of that data may leave", "OpenAI can train a custom version" read as the
#   team's skill, "which of our 150 standard answers", "marking ... correct, partly correct
#   or wrong" on a maths site read as reasoning, "under half second", "building next week's
#   rota", "it just guessed", "double-booked"). h661's 45 brands stay a miss: its last message
#   drops the idea of a model per brand.
# - heldout28 (h671..h695, a cross-section; terse answers to the chat's questions), blind:
#   25/25 picks, 148/161 fields, 41/47 numbers ("put each one in a group: ...", "about 250 of
#   them", "18 teams each have a different job", "25 clients. each wants", "No, honestly,
#   zero", "500 pesos per month" read as volume, "the JSON break often"). h690's "~20k/month"
#   answers the budget question the chat asked, so it stays money.
# - heldout29 (h696..h720, realistic products in detail), blind: 25/25 picks, 172/192
#   fields, 50/53 numbers ("a routing engine" read as planning, "a subscription or two"
#   taken as a correction of "forty contracts a month" because "had a go with" sat between,
#   "map ... onto each customer's job architecture", "the score swings by a full band",
#   "ignores the format", "tried nothing yet", "model by API").
# - heldout30 (h721..h745, a cross-section), blind: 24/25 picks, 151/158 fields, 36/38
#   numbers ("a few examples" beside "carefully written instructions" read as the dataset,
#   which cost the pick; "25 teams each have one narrow task" read as 1 task; "reply drafts";
#   "tone still bleeds between customers"; "summarised into a fixed five-field template").
#   h735 ("draft answers to clients' questions") stays generation, as older sets expect.
# - heldout31 (h746..h770, busy people's shorthand: forms, dash lists, meeting notes),
#   blind: 24/25 picks, 165/177 fields, 49/52 numbers ("Prompting tried?: not yet", "6
#   examples per call" read as the dataset, which cost the pick; "structured attrs
#   (brand/size/colour)" read as classification; "4 MLEs"; "Vendor FT fine"; "the 7b is the
#   old setup"; "~30 reports/wk").
# - heldout32 (h771..h795, a cross-section as people type), blind: 24/25 picks, 164/177
#   fields, 43/46 numbers ("No labeled data... wait, actually our CX team hand-scored about
#   2,400" read as none, which cost the pick; "customers want 95" read as 95 examples; "the
#   Mistral API" read as a self-hosted Mistral; "keep all data within our own data centre").
# - heldout33 (h796..h820, situations told as stories), blind: 23/25 picks, 153/170 fields,
#   35/41 numbers ("a noir detective game" read as detection, "35 different narrow jobs" read
#   as 35 examples, "planning how to load pallets" read as a chatbot, and h819, "the point is
#   range", picked fine-tuning: the rule `quality.variety` now gives prompting +1 when a
#   writing task says variety matters, as knowledge/overfitting-and-forgetting.md does; seven
#   scenarios by six writers fire it and all accept prompting).
# - heldout34 (h821..h845, a cross-section with corrections, pasted examples, odd units),
#   blind: 25/25 picks, 166/180 fields, 41/47 numbers ("after we removed the duplicates it
#   is 620" and "the ones with a proper agent answer are maybe 700" lost behind an earlier
#   count, "$200/month" after "6 notebooks worth" read as a price, "one model doing six jobs",
#   "in dollars it's about 27 thousand", "the data stays here").
# - heldout35 (h846..h870, non-native and regional English), blind: 24/25 picks, 175/184
#   fields, 47/49 numbers ("2,5k dollars", "1 000 validated segments", "our WhatsApp bot
#   classifies ... into 30 intents" read as a chatbot, "35 government entities" read as named
#   entities; h864 picked fine-tuning with 15 labeled examples after prompting fell short:
#   the rule `tried.thin_data` now says "label more first" below 50 examples, as eight
#   scenarios by seven writers accept).
# - heldout36 (h871..h895, a cross-section), blind: 24/25 picks, 156/170 fields, 41/43
#   numbers ("it took two or three seconds" read as 2 examples, which cost the pick; "well
#   under a second"; "GPU memory is already maxed" read as a card; "use API of Mistral";
#   "refund vs chargeback"; "labels differ per customer"). h891's "10 dollar one month"
#   stays a miss.
# - heldout37 (h896..h920, founders who name no technical category), blind: 25/25 picks,
#   149/170 fields, 42/46 numbers (what goes in and out, said plainly: "decide which of our
#   six departments", "-> 3 bullet points", "answers them by itself", "turned into our recipe
#   card ... as JSON", "get back a table", "marked as a new order, a change to an order, or a
#   complaint", "one paragraph per application ... any red flags" read as flagging; "1,200
#   staff use the platform" read as tenants).
# - heldout38 (h921..h945, a cross-section) and heldout39 (h946..h970, plain input and
#   output), written last in their session and run once on the parser of commit 370b1fe:
#   25/25 and 25/25 picks, 164/179 and 173/179 fields, 47/49 and 48/49 numbers ("into one of
#   about 900 categories", "auto answers", "as strong / maybe / reject", "a couple hundred
#   sheets already translated", "then maybe a hundred a month", "never leaves our premises",
#   "types into our ERP", "US dollars", "incl." read as a sentence's end). h942's rented GPU
#   nodes stay a miss (rented is not owned here).
# - heldout40 (h971..h995, a cross-section) and heldout41 (h996..h1020, input and output in
#   plain terms), written last in their session and run once on its final parser (33153db):
#   25/25 and 25/25 picks, 160/175 and 160/170 fields, 37/42 and 52/54 numbers ("take data
#   from CMR documents into our system", "text in and a JSON out", "converted into a
#   structured defect report: ...", "give back the order of stops", "turned into a one-page
#   memo", "salaries are a separate line", "if we need one" read as $1, "because of LGPD",
#   "fine with openai training on our data", "60 enterprise customers on this feature" after
#   each wants its own, "nothing written as examples yet", "wires up apis"; a correction
#   inside one message applied to the answer before). h983's "our own GPU servers" stays
#   own_gpu: earlier writers (h256, h842, d03) read the same words as one machine.
# - heldout42 (h1021..h1045, distracting numbers) and heldout43 (h1046..h1070, phone and
#   Slack shorthand), run once on 4e94d0e: 25/25 and 25/25 picks, 175/188 and 183/193
#   fields, 43/49 and 49/54 numbers ("our Series A was $7M", "bought for $1,899", "bouquets
#   from 150 quid", "avg order value $58", "61 thousand active listings", "1.7 million
#   documents processed last year", "40,000 TEU a year", "~2k/mo budget", "q's", "exemples",
#   "spot sarcasm in gaming chat", "take out: supplier, IBAN, ...", "graded 1-5 on 6
#   aspects", "put into our TMS", "data residency", "on-prem only", "wait no, ... nothing
#   goes into a vendor's training").
# - heldout44 (h1071..h1095, regulated and unusual sectors), heldout45 (h1096..h1120, fields
#   said indirectly), heldout46 (h1121..h1145, chats out of order with bare answers and
#   revisions) and heldout47 (h1146..h1170, tasks told only by a quoted sample in and out),
#   run once on 4e94d0e: 24/25, 25/25, 24/25 and 25/25 picks; 165/181, 185/198, 161/181 and
#   150/178 fields; 40/45, 45/47, 40/49 and 45/49 numbers (quoted samples with no task named;
#   "revised continually"; "clients are 22 as of monday", "ten more shops, so it's 40";
#   "zero budget" read as zero examples; "we retired the 13B one"; "two paper in ACL" read as
#   data; a developer who left; "hot / warm / cold"; "I was wrong ... 150 questions written in
#   one document"). h1072's drafted replies to enquiries stay writing and h1120's list of task
#   names stays unread; h1084's "$5k for the year" is read as a monthly $417.
# - heldout48 (h1171..h1195, a cross-section told as to a consultant) and heldout49
#   (h1196..h1220, founders who paste bits of their material), run once on 681f051: 24/25 and
#   25/25 picks, 178/185 and 182/208 fields, 45/47 and 52/53 numbers (a pasted prompt line
#   "you are a friendly support agent" read as a chat task, "Need: case number, court, ...",
#   "the thousands are just problem texts ... worked solutions: about 30", "usually 10 to 40
#   pages", "we moved to a 34B, the 13B is retired", "includes the time of the engineer, not
#   only compute" read as no GPU and no ML team).
# - heldout50 (h1221..h1245, hedged founders who tell what they weighed and dropped) and
#   heldout51 (h1246..h1270, stack jargon), run once on a8050c1 (the same parser): 25/25 and
#   25/25 picks, 172/189 and 160/175 fields, 45/47 and 40/44 numbers ("thought about hiring a
#   data scientist, decided no" read as an ML team, "so we could host a model ourselves, but
#   the quote was silly" as self-hosting, "I pulled out" as extraction, "-> 9 fields", "each
#   w/ own intent labels", "batch is fine, no realtime needed"). h1206's shortfall said two
#   sentences after its prompt and h1213's "calling an api from the game is fine" stay unread.
# - heldout52 (h1271..h1295, PMs inside large companies) and heldout53 (h1296..h1320, amounts
#   said as small sums), run once on 5ba67cb: 25/25 and 24/25 picks, 163/178 and 144/166
#   fields, 38/43 and 27/42 numbers. Set 53 brought a kind the reader lacked: "a third of our
#   900 tickets are tagged", "250 last quarter and double that this quarter", "4 regions with
#   10 clinics in each", "three engineers each wrote five", "150 per week, since ten weeks",
#   "plus the same again", "take those off" (now `numbers._worked_out`). h1302's "that four
#   times over" and h1312's "three years ... 800 a year" stay unread, and so does h1287's
#   tenant count, said before the shared model was.
# - heldout54 (h1321..h1345, a cross-section with a correction, words, a quote or side numbers
#   each) and heldout55 (h1346..h1370, brief or evasive first answers), run once on db8a8ca:
#   24/25 and 25/25 picks, 158/169 and 178/182 fields, 36/39 and 54/55 numbers ("our ML team
#   of nine writes training code" read as 9 examples, "Budget, maybe 1.5k?", "one base copy
#   for all brands", "translated differently from scene to scene", "with the finished forms",
#   "(three of them)"). h1333's "25 fashion brand storefronts" stays uncounted: the noun is
#   unknown.
# - heldout56 (h1371..h1395, a broad cross-section) and heldout57 (h1396..h1420, situations
#   near a decision boundary), run once on b277737: 24/25 and 23/25 picks, 170/178 and
#   168/176 fields, 43/46 and 37/38 numbers ("no data leaves our building" read as zero
#   examples, "Total 14 jobs", "lines of dialogue", "said no to ... any vendor's fine-tuning",
#   "no two batches feel alike"). h1416 stays a miss on the pick: every field is read, and the
#   rules still weigh 900 labeled examples and a plateaued prompt above a team that cannot
#   train, has no GPU and may not use a vendor's tuning (its reasons now say so; see
#   tests/test_rules.py).
# - heldout58 (h1421..h1445, a broad cross-section) and heldout59 (h1446..h1470, tasks told
#   by what goes in and out), run once on b0ffe31: 25/25 and 24/25 picks, 155/160 and 147/165
#   fields, 41/43 and 38/43 numbers ("auto-routed to one of 6 teams", "stamped with which of
#   our 6 people", "land in one of that firm's own expense buckets", "no two conversations
#   alike" read as 2 examples, "15 client-specific translation styles", "we did try GPT-4 on
#   50 public sample contracts" read as 50 examples, "we can put 5k one-off toward it",
#   "~4,000 button labels" read as labels). h1435's CRM note "with exactly 7 fixed fields"
#   stays extraction.
# - heldout60 (h1471..h1495, tasks told only by their input and output) and heldout61
#   (h1496..h1520, revised answers and numbers that count other things), run once on
#   1a54791: 25/25 and 24/25 picks, 159/188 and 172/187 fields, 53/57 and 40/49 numbers
#   (twelve task kinds told as "X comes in and I want back Y", now `parse._output_kind`;
#   "the 400 is how many reviews we have in total ... the ones my sister sorted are more like
#   40", "the 5,000 is the backlog ... only 600 of those carry a label", a vendor model tried
#   later moving private data back to the vendor, "owns 35 brands, operates 1,900 stores ...
#   one frozen copy must serve all 35 brands"). h1476 and h1494's "our own GPU servers" stay
#   own_gpu (as h983), and h1507's "nine, sorry, eleven, I forgot the two new customs forms,
#   separate tasks" stays uncounted.
# - heldout62 (h1521..h1545, every kind of task told only by its input and output) and
#   heldout63 (h1546..h1570, fields said indirectly), run once on f75daec: 23/25 and 24/25
#   picks, 153/176 and 198/215 fields, 46/50 and 64/66 numbers (the set that `_output_kind`
#   answers; "nothing goes to a commercial API", "client data stays in Turkey", "I'd rather
#   they all sound a bit different", "each in a very fixed voice", "drifts out of our tone",
#   "neither of us has ever written a line of code").
# - heldout64 (h1571..h1595, a cross-section, half told by input and output) and heldout65
#   (h1596..h1620, consistency said in unusual ways, where the data lives, budgets per
#   week, day or year), run once on 03a3f83 (the output reader's first commit): 24/25 and
#   25/25 picks, 165/184 and 179/197 fields, 46/52 and 54/62 numbers ("it still reads most
#   sarcasm as praise", "half the drafts are usable, the rest go off-voice", "the ones where
#   someone actually typed the values: about 50", "nobody ever marked which ones were
#   on-brand, so nothing is labeled", "no two of our cards are ever alike").
# - heldout66 (h1621..h1645, a cross-section) and heldout67 (h1646..h1670, near a decision
#   boundary with side numbers), run once on b8a67b4: 25/25 and 24/25 picks, 151/170 and
#   173/182 fields, 44/46 and 54/57 numbers ("one word back: booking, cancel, billing or
#   urgent", "get a rota back", "i need out: amount, sender", "we key in consignee, gross
#   weight, ...", "label chat messages as ok / spam" beside "a chat window", "every few
#   hundred docs the JSON comes back broken" read as 300 examples, "the cost estimate came
#   back at $2,600 a month", "our annual grant pool is $1.2 million").
#   Left as they are: h1523, h1476 and h1494's "our own GPU servers" (as h983); h1588's
#   "auto-reply bot for customer chats" stays writing and h1595's report "with farm id, pod
#   count ..." stays writing; h1595's "$4,000 total for the year" is read as a yearly
#   budget; h1630 and h1646 stay misses on the pick: a first-draft or bare prompt that was
#   never iterated is read as prompting that fell short, and the rules have no field for
#   "tried, but only a first draft".
# - Sets 68-75 (h1671-h1870; 68/69 a cross-section and PMs answering one question at a time,
#   70 whether prompting was tried and whether answers must be the same, 71 numbers told in
#   roundabout ways, 72 tasks told by input and output, 73 chats near a decision boundary,
#   74 prompts that already work, first drafts and long-refined prompts, 75 a cross-section),
#   each run once blind before any change for it (68/69 on 62fe029, 70/71 on def024d, 72/73
#   on 50b1118, 74/75 on dc4e331): picks 25, 25, 23, 24, 24, 23, 20, 25 of 25; fields 159/172,
#   157/171, 152/168, 160/174, 161/181, 175/186, 156/165, 170/174. What they taught: what was
#   tried says how much room prompting has left, so the profile gained prompt_works (a prompt
#   in use already does the job) and prompt_refined (False: one first draft), with rules
#   tried.works and tried.first_draft (h1630 and h1646, pick misses since set 66, are now
#   right), and a shortfall on changing facts in a Q&A task points to retrieval (tried.stale).
#   Set 72 stayed out (NOT_YET) until its task kinds told only by input and output, hosting
#   and several counts were read (below).
# - Sets 76-79 (h1871-h1970; 76 a cross-section, 77 messy figures beside distractors, 78
#   hardware, skills, hosting and privacy said indirectly with chats that correct themselves,
#   79 numbers in every form beside numbers that are not the field), each run once blind
#   (76/77 on d791ad7, 78 on ad48dee, 79 on a8a4e8f): picks 24, 23, 23, 24 of 25; fields
#   152/163, 172/190, 181/193, 182/197; numbers 46/47, 46/56, 50/55, 61/68. What they taught:
#   cents and prices per item are no budget; what money pays for makes it one; a correction
#   that names an earlier number ("scratch the 12") corrects that field; unlabeled said as
#   "nobody tagged them"; a score above the bar is a working prompt; a certified model that
#   nobody may change is one shared frozen model. 76-79 now meet the goals, and so does 72
#   (fields 176/181: "to which desk it goes: ...", "from each email we need the policy
#   number, ...", "800 is everything they touched, but only around 300 were filled in").
# - Sets 80-87 (h1971-h2170; 80 numbers in everyday forms, 81 hurried and non-native writers
#   in rare sectors, 82 tasks told by their output and prompts scored with or without a target,
#   83 product managers in large organisations, 84 solo founders, 85 chats that answer another
#   question or correct themselves, 86 a cross-section, 87 hedges beside numbers that are not
#   the field), each run once blind (80/81 on 4e94cab, 82/83 on fd7c2ae, 84/85 on 3171622,
#   86/87 on b350b10): picks 22, 25, 24, 25, 24, 23, 23, 23 of 25; fields 174/190, 171/188,
#   144/167, 178/191, 173/189, 179/187, 150/159, 198/213. What they taught: counts in dozens,
#   a count corrected after "I checked", "it's 23, not 20" naming the field it corrects, a
#   product's own price or a farm's seed is no budget, examples put in a prompt or a try on
#   ChatGPT are no dataset, a score on a held-out set asks before replacing a larger count,
#   a prompt that is fine or scores in the high nineties works. 80-84 now meet the goals;
#   85 (picks 22/25: founders who never said whether they tried a prompt) and 86-87 (fields
#   152/159 and 202/213) stayed out (NOT_YET); 86 and 87 now meet the goals (the session of
#   2026-11-28: 'API coding', '1,000-receipt held-out set', 'CFDI 4.0' as a version, fillers
#   before a count, past weeks with both sides kept).
# - Sets 88-93 (h2171-h2320; 88 a cross-section, 89 founders easy to misread, 90 sectors
#   seldom seen, 91 cases that may point away from prompting beside plain prompting cases,
#   92 numbers side by side with self-corrections, 93 chats answered briefly or sideways),
#   each run once blind (88/89 on de27109, 90 on e638c9f, 91 on fb329f8, 92 on 48fb988, 93
#   on e1f285a): picks 22, 23, 24, 25, 25, 25 of 25; fields 158/170, 179/188, 165/177,
#   164/180, 176/184, 166/186; numbers 52/55, 51/51, 46/49, 47/52, 59/65, 45/51. What they
#   taught: one shared model on a vendor's API with developers only is a prompt per customer
#   (tasks.prompt_each); a data centre is no dataset; a label set ("one of 25 departments")
#   is no count of tenants; a score on a set kept aside, said before or after the count, asks
#   before replacing it; a count said again as something else is dropped; "p99 100ms" is no
#   99,100. All six now meet the goals. Left as they are: h2175 (a maths study-buddy chat
#   read as reasoning), h2305 ("our own GPU servers", as h983).
# - Sets 94 and 95 (h2321-h2370; 94 a cross-section of sectors, 95 founders easy to misread),
#   run once blind on 62aa0d9: picks 22 and 23 of 25; fields 171/184, 162/183; numbers 47/50,
#   50/59. What they taught: an archive "not to count", a count said again as all that is
#   held, an hourly rate, lines written "over two games", reference PDFs as no labeled data,
#   a vendor plan "scratched". Both now meet the goals. Left as they are: h2334 and h2339
#   (a working prompt whose cost at volume is the case for tuning: the writers disagree),
#   h2327, h2366 (one server or a cluster), h2350 (hotel notes to emails read as a chat).
# - Sets 96 and 97 (h2371-h2420; 96 a plain cross-section, 97 several numbers of different
#   kinds per message), run once blind on the final parser of their session (5a3cea9): picks
#   24 and 24 of 25; fields 187/194, 192/195; numbers 46/49, 73/74. What they taught: prompt
#   demonstrations "picked by similarity", a first prompt's mistakes, a cost "silly at our
#   volume", tenants counted before "each has". Both now meet the goals.
# - Sets 98-101 (h2421-h2520), run once blind as each came in; 100 (on 7c68598) 24/25 picks,
#   178/194 fields, 54/59 numbers; 101 (on 9878b4c) 25/25, 161/169, 41/43. What they taught:
#   chats "to answer things like", "a row for each X", rota writing, "put each email in one
#   box", old law answered. All four now meet the goals.
# - Sets 102-105 (h2521-h2620; 102 numbers said per day, in words and corrected; 103 chats
#   answered sideways; 104 regulated trades saying what they lack; 105 hurried product
#   managers), run once blind: 103 on a711291 25/25, 154/161, 40/41; 104 and 105 on 9f3acf3
#   25/25 and 23/25, 175/185 and 147/154, 47/49 and 35/39; 102 on ad7e9b9 23/25, 153/158,
#   33/37. What they taught: "pm" for a month, an echoed question ("Budget? ..."), "X of
#   them, not Y" as a correction, "current" read as a negation, no-code tools. All four now
#   meet the goals.
# - Sets 106-108 (h2621-h2695; 106 several numbers of different kinds per message, 107
#   non-native English from many countries, 108 tuning cases said in everyday words), run
#   once blind (106 and 107 on f48cb73, 108 on 6740c9f): picks 24/25, 25/25, 24/25; fields
#   212/219, 146/157, 142/166; numbers 84/87, 38/43, 36/41. What they taught: "six lakh",
#   "no one-off money", a complaint that "never quite sounds like us", "one seventy-billion-
#   parameter model", "the smallest has 300". All three now meet the goals; left as it is:
#   h2671 ("our own GPU servers", as h983).
# - Sets 109-111 (h2696-h2770; 109 a plain cross-section, 110 messy numbers beside numbers
#   of other things, 111 chats answered in few words or sideways), run once blind (110 on
#   8a2904a, 109 and 111 on 9eca1a5): picks 25/25, 23/25, 25/25; fields 167/179, 176/196,
#   144/152; numbers 49/51, 54/62, 42/44. What they taught: "Labeled data:" heading a reply,
#   "ten k, dollars", "two millions", "haven't tested prompts properly", "it was meh". All
#   three now meet the goals; left as they are: one server or a cluster (h2706, h2713,
#   h2770), a prompt that works only by carrying 8 examples (h2761), h2738's labels in quotes.
# - Sets 112-115 (h2771-h2870; 112 money, volumes and sizes in non-US everyday units and
#   hardware by model, 113 chats that correct an earlier answer, 114 long messages with
#   decoy numbers, 115 tuning cases said indirectly with prompting-still-right
#   counterweights), run once blind on 41448f8: picks 24/25, 23/25, 23/25, 23/25; fields
#   171/181, 179/184, 205/217, 131/158; numbers 39/43, 54/57, 64/70, 44/47. What they taught:
#   prompting told without the word "prompt", a prompt already above the client's ask, one
#   afternoon's prompt as a first draft, the vendor's tuning service in plain words, "the
#   provider" (the pattern had demanded an apostrophe), "2 Mio.", a peak rate beside a
#   monthly volume, what customers pay. All four now read every field.
# - Sets 116-119 (h2871-h2970; 116 measured results of earlier attempts in many forms, 117
#   terse fragments and shorthand, 118 platforms and agencies serving many clients with
#   varied compute, 119 seldom-seen sectors and self-contradictions that settle), run once
#   blind (116-117 on 2964f82, 118-119 on eb73bed): picks 23/25, 23/25, 25/25, 25/25; fields
#   149/165, 156/164, 204/217, 168/180; numbers 34/36, 41/43, 56/60, 44/49. What they taught:
#   a prompt "enough" despite a CEO's "but", ratings against a bar, "didnt touch since", "a
#   copy per client is fine", "so zero finished examples", "One thing:" read as a count. All
#   four now meet the goals; left as they are: one server or a cluster and rented clusters
#   (h2892, h2903, h2909, h2943, h2945), a live chatbot's errors told three sentences before
#   its vendor (h2879), counts a turn away from what they count (h2895, h2931), 4,000 keyed
#   "cards" (h2947).
# - Sets 120-121 (h2971-h3020; 120 product managers in large organisations under legal,
#   security and IT rules, 121 small consumer founders mixing their own prices and users with
#   the numbers that matter), run once blind on 6cf2578: picks 25/25 and 24/25; fields 157/166
#   and 156/170; numbers 36/38 and 49/52. What they taught: "we only need 90%" said further
#   from the score, "nothing external", "I labeled 1,500 cards", "only Microsoft Copilot is
#   approved". Both now meet the goals.
# - Sets 122-123 (h3021-h3070; 122 regulated sectors describing their rules through
#   contracts and regulators, 123 voice transcripts and hurried phone chats), run once blind
#   on 1676455: picks 24/25 and 25/25; fields 193/210 and 166/177; numbers 50/53 and 34/39.
#   What they taught: sizes said aloud ("Llama three eight B" is no 11B), counts corrected in
#   speech or restated a turn later ("sry ~170 teams now"), a plan is no count today,
#   shortfalls told by a measure (kappa under the raters' own agreement, "hopeless for auth"),
#   a prompt at 96% agreement works, refusals that sweep in vendor tuning ("and that includes
#   anyone's fine-tuning service"), "classified Protected B" is no task. Both now meet the
#   goals (every pick and field right on df094ac).
# - Sets 124-125 (h3071-h3120; 124 a cross-section in everyday words, 125 founders telling
#   what already happened, mostly chats that revise earlier answers), run once blind on
#   f7f4a20: picks 24/25 and 24/25; fields 162/173 and 173/188; numbers 30/32 and 39/42.
#   What they taught: a bar set by someone else ("sales says anything above 90% is fine",
#   "we'd like 95+"), one copy said as a limit, "the two biggest accounts" no count, "sixty
#   customers, not forty", "a reasoning step" among prompt tricks, in-house data rules out
#   vendor tuning, a cost-only complaint leaves a working prompt working, "let me correct
#   that". Both now meet the goals (6125f42); left: two to four own GPU servers read as a
#   cluster.
# - Set 127 (h3146-h3170, technical founders in engineer shorthand), run once blind on
#   732eb3d: picks 24/25, fields 164/191, numbers 28/33. What it taught: a score against its
#   bar with the metric between ("0.81 F1 against a 0.92 target"), a bar signed off after
#   the score (h3164, the wrong pick), "vendor APIs are out", "single-copy", a plan for next
#   year is no hosting, "zero shot, no examples". Now meets the goals (0f71c1d).
# - Set 126 (h3121-h3145, founders outside the tech hubs), run once blind on 732eb3d: picks
#   25/25, fields 167/195, numbers 28/31. Its writer records prompt_refined far more often
#   than earlier writers; time spent on a prompt is now read (8849f82: 172/195), but the set
#   stays out (NOT_YET) until its other misses (task kinds told by the output, a prompt
#   that works, hardware) are fixed.
# - Sets 128-129 (h3171-h3220; 128 logistics, libraries, hotels, permits and the like, 129
#   dentistry, credit unions, museums, podcasts), run once blind on da8422c: picks 25/25 and
#   23/25; fields 177/191 and 177/191; numbers 37/38 and 39/43. What they taught: a prompt
#   refined as people say it ("a prompt we've rewritten probably 30 times", "revised it many
#   times", "six weeks iterating the prompt", "prompting: three months with ..."), "the
#   eight examples make each call 2,800 tokens" is the prompt's, "a labeled history of
#   60,000", "classed into one of the ... reason codes", start/end timestamps and codes with
#   their values are extraction, "300 labels over the year" a volume, "one afternoon" a
#   duration, "the 40 a pathologist did" counts examples, "a data scientist who's more
#   analytics than ML", "none technical". Both now meet the goals (191/191 each).
# - Sets 130-131 (h3221-h3270; 130 airlines, pharmacies, wine, transit, dating apps, many
#   one-answer chat replies; 131 orchestras, utilities, legal aid, founders who change their
#   mind and give amounts in words), run once blind on 1a4564b: picks 25/25 and 24/25;
#   fields 159/179 and 171/180; numbers 32/34 and 36/37. What they taught: refinement told by
#   what was changed and for how long ("rewrote the instructions many times", "prompting
#   GPT-4o for about two months", "a carefully built few-shot prompt"), one-off tries ("for
#   one afternoon with a quick prompt", "wrote it the once"), a working prompt whose "but" is
#   only its cost (h3238, h3261: the wrong pick in 131), "which is what we need", privacy
#   told by who forbids what, a JSON record, a phishing verdict, written feedback and a
#   bulletin as task kinds, tenants taken one at a time in a message other than the first,
#   a count of rewrites answering the budget question. Now 178/179 (h3228: two GPU servers
#   of its own read as a cluster) and 180/180.
# - Sets 132-133 (h3271-h3320; 132 funeral homes, quarries, church networks, cruise lines
#   and hedging enterprise PMs; 133 kindergartens, call centres, bakeries, non-native and
#   phone-typed English), run once blind on 8d83c2e: picks 24/25 and 24/25; fields 161/176
#   and 166/187; numbers 34/34 and 29/32. What they taught: more ways of saying a prompt was
#   worked on at length (18 of the 36 field misses), "the current setup works ... ops are
#   happy" (h3315, and h3290 with "quality is good": the wrong picks' kind), "on short ones
#   it's good; on long ones it drops sections" (h3286), "fine-tuning there is fine", GPU VMs
#   in one's own Azure subscription, "I have a question about ..." as no task, "once a day"
#   as a volume. Now 176/176 and 186/187 (h3297: two A100 servers of its own read as a
#   cluster).
# - Sets 134-135 (h3321-h3370; 134 ports, hospitals, newspapers and farm co-ops, tried
#   prompts told as stories out of order; 135 telecoms, admissions, embassies and terse
#   technical founders in lists), run once blind on 231a13b: picks 24/25 and 21/25; fields
#   180/192 and 181/203; numbers 34/36 and 34/38. What they taught: refinement told as a
#   story, by season or by rounds; a bar set by a committee; a share "rated fine" read as a
#   shortfall (h3329, a wrong pick); "invoices without personal data" read as no data
#   (h3366); a prompt version's examples read as the labeled count (h3352). Both now meet
#   the goals: 134 187/192; 135 197/203 (38fe0ef: a measured latency range, a paste into
#   Copilot, "after cleaning we kept about 52,000 we trust", terse lists), 24/25 picks; left:
#   one zero-shot prompt at 96% against a 93% target sent to fine-tuning for its volume
#   (h3349: the rules weigh 107,500 requests a month against a prompt with no examples),
#   a subset kept ("the ones where they agreed, about 4,100"), a working prompt said in one
#   short message ("It works well.") with its cost in the next (h3361). h3349's pick was
#   then fixed in the rules (28d704a: a working prompt's format is met; volume under a
#   tenth of the monthly budget is no pressure).
# - Sets 136-139 (h3371-h3470), run once blind, 136-137 on 28d704a, 138-139 on 56f1876:
#   picks 24, 24, 24, 25 of 25; fields 163/189, 180/192, 170/182, 153/169. What they
#   taught: places with their own laws are one task, not tenants (h3384); counts marked by
#   people told after the noun ("each checked by", "mapped by our underwriters"); a
#   prompt's own example memos are no labeled count (h3440); a working prompt at high
#   volume is the one case tried.works names for tuning (h3459, now volume.high_working);
#   refinement, again, in new words. All four meet the goals (56f1876, 303955a). Left:
#   "a GPU server in our cloud account" (rented) read as no hardware, tenants named by a
#   synonym ("220 congregations ... each church's own voice"), "a good prompt and five
#   examples" as refined.
# - Sets 140-141 (h3471-h3520), run once blind on 1e0736c: picks 23 and 24 of 25; fields
#   175/193 and 165/178. What they taught: a working prompt told as "doing fine ... error
#   rate under 2%" ("error" alone read as a shortfall, h3477), "that was the only try"
#   (h3486), "it works" about a prompt named in the message before rather than the first
#   (h3500, a chat fix); a correction naming its field ("correction on volume"); audiences,
#   samples, peaks and per-tenant rates are no volume. Both meet the goals (35792c0).
# - Sets 142-143 (h3521-h3570), run once blind on 4bfec80: picks 24 and 23 of 25; fields
#   169/184 and 169/182. What they taught: variety wanted is no consistency need and "played
#   with a few prompts" is a first draft (h3537); "right on basically everything" works
#   (h3550); "one of us" is a person, not one labeled item (h3552); a tenant count in
#   brackets. Both meet the goals (713b99d).
# - Sets 144-145 (h3571-h3620), run once blind on parser 713b99d: picks 24 and 24 of 25;
#   fields 169/177 and 175/190. What they taught: working prompts told against a bar "our
#   compliance officer asked for" (h3573) and as "complaints dropped" ("complain" alone was a
#   shortfall, h3617); refinement again. Both meet the goals (1192450).
# - Sets 146-147 (h3621-h3670), run once blind on 74e79e8: picks 23 and 25 of 25; fields
#   173/190 and 172/193. What they taught: 250 examples said after their noun ("example
#   summaries, usually 250 or more per clinic") and "a few need ..." as no count (h3642);
#   a one-line prompt quoted ("with 'make a seeding plan'") is a first draft (h3634); a
#   shortfall told in the message after the prompt; two plain GPU servers are own GPUs, as
#   recent writers read them. Both meet the goals (3f32a5c).
# - Sets 148-149 (h3671-h3720), run once blind on 9cd7080: picks 25 and 25 of 25; fields
#   172/188 and 180/193. What they taught: "I said twelve earlier. It's fourteen now" names
#   the old count back; "Nobody's worked on the prompt since" is no refinement; a format
#   "spelled out" and "20 versions" are; hints through maths stay reasoning. Both meet the
#   goals (fba4860).
# - Sets 150-153 (h3721-h3820), run once blind, 150-151 on fba4860 and 152-153 on cd22465:
#   picks 22, 25, 25 and 24 of 25; fields 158/178, 158/171, 180/198, 177/197. What they
#   taught: "Honestly it's working" works and "25k set aside" is money (h3725); a nightly
#   edition with corrections is fresh knowledge (h3728); "all three labels on each" is no
#   count (h3745); a prompt's own list of "six examples" holds demonstrations (h3811); "No,
#   haven't tried it. Well, I asked ChatGPT once ... nonsense" takes the no back. All four
#   meet the goals (30ae9b9).
# - Sets 154-155 (h3821-h3870), run once blind on 30ae9b9: picks 24 and 25 of 25; fields
#   175/195 and 175/202; numbers 35/42 and 33/40, the lowest in a while (volumes said as "once
#   a week", "four newsletters a month and about a dozen posts", "60 wines a season, two
#   seasons"). What they taught: "The prompt has the full rubric, five anchor scripts" holds
#   demonstrations (h3822); "How many clients? 120" answers its echo. Both meet the goals
#   (8f874a5).
# - Sets 156-169 (h3871-h4220), each run once blind on the parser of its day, two at a time
#   (07ce909, 1a97e50, e54ad2b, 5391fd6, 22fcbec, 71a7a1c): picks 340/350, fields 2,443/2,660.
#   What they taught: refinement is told with any refining verb and how long or how hard
#   ("refined it a bunch over 2 wks", "works on it since summer"); a try may follow "we
#   haven't really tried" (h4036); a correction of the prompt's demonstrations ("9 examples
#   was last quarter, it's 11 now") is no new labeled count (h4192); "okay, no personal data"
#   is no retraction (h4185); "client number 46" is an index (h4187). 156-161, 165 and 167
#   meet the goals (fce5a14 and the commit after it); 162-164, 166, 168 and 169 have every
#   pick right but fields at 91-95%, so they wait in NOT_YET.
# - Sets 170-175 (h4221-h4370), written to a brief rewritten from the profile's fields, run
#   once blind two at a time (170-171 on 8643f3c, 172-173 on a7b2cd9, 174-175 on cf84e38):
#   picks 25, 23, 23, 22, 25, 23 of 25; fields 173/195, 193/216, 193/216, 183/206, 181/193,
#   184/205. What they taught: a chat window the founder types in is no chat task (h4224,
#   h4267); "on par with our human writers", "passing at 96% against our 90% target" and
#   "Specialists edit maybe 1 in 20" are working prompts (h4249, h4283, h4346); catalogue
#   cards are no graphics cards (h4289); "none of them are actually labelled" takes a count
#   back (h4311); a later "the GPUs" does not lower a cluster (h4231); "series A money, 1.5
#   million" is funding (h4336). All six meet the goals, and with them 164, 166 and 168 (162,
#   163 and 169 still wait). Left: "quality is fine, but the examples make every call huge"
#   (h4289, h4292, h4310), where these writers want a prompt that fell short and the reader
#   keeps one that works (h4310's pick is lost).
# - Sets 176-177 (h4371-h4420), run once blind on 0e8d0ee: picks 23 and 24 of 25; fields
#   187/213 and 179/193. What they taught: "honestly better than we need" and "above the 95%
#   our credit committee requires" are working prompts (h4380, h4405); a chat that quotes its
#   own words back to take them back ('The "weeks of prompting" was really one prompt')
#   refined nothing (h4376); "I said two thousand, that was January" names the volume back
#   (h4413); "a third of them would go through this review" is the volume (h4403). Both meet
#   the goals and are registered.
# - Sets 178-181 (h4421-h4520), run once blind two at a time (178-179 on 45b45f8, 180-181 on
#   fe97ff8): picks 22, 25, 25, 23 of 25; fields 181/189, 187/209, 195/206, 197/214. What
#   they taught: a topic word is no complaint ("noise complaints", h4425); a count of things
#   not wanted is no score target ("don't want 40 separate fine-tuned models", h4434); "every
#   post has to feel fresh" wants variety even beside "our voice" (h4438); one-line first
#   tries said loosely (h4504, h4515); a correction may repeat the old count (h4431). 178, 179
#   and 181 meet the goals and are registered; 180 waits (fields at 96.1%).
# - Sets 182-183 (h4521-h4570), run once blind on 6154cba: picks 24 and 25 of 25; fields
#   184/204 and 203/219. What they taught: a try said as "one go" and a prompt of "maybe five
#   lines" is a first draft (h4522, the wrong pick); right but too slow is prompting that fell
#   short, not a prompt that works (h4531, h4567); a vendor not yet tried is neither used nor
#   refused (h4521); "we need 1 base model" is no score target (h4539); a bare rate beside a
#   budget told by name is the volume (h4569). The same pass lifted set 180 to 97.6% of
#   fields; 180, 182 and 183 meet the goals and are registered.
# - Sets 184-185 (h4571-h4620), run once blind on 2809770: picks 24 and 24 of 25; fields
#   188/203 and 178/196. What they taught: a sign-off that forbids any change to the weights
#   wants one frozen base, and "six text classification tasks" counts tasks, not texts (h4609,
#   a wrong pick); demonstrations said by what they do to the prompt ("with 5 examples the
#   prompt is huge") are no labeled data (h4593, the other); a prompt named three sentences
#   back is still the one a "the drafts are good" speaks of (h4572); a consultant's quote is
#   no budget (h4599); a miss put down to our own input is no shortfall (h4565, set 183). Both
#   read every field after the fix and are registered.
# - Sets 186-187 (h4621-h4670), run once blind on ea3d9e7: picks 25 and 23 of 25; fields
#   176/190 and 183/206. What they taught: "nobody here has even tried Claude" is untried, not
#   a vendor refused (h4650, a wrong pick); graders and examiners are people, not a count of
#   labels, and a level "per essay" is classification (h4669, the other); a spec's OUTPUT
#   line lists the fields (h4637); a rail yard's "classification tracks" are no label set
#   (h4657, still read from its "hazmat flags"). Both reach 97% of fields and are registered.
# - Sets 188-189 (h4671-h4720), run once blind on cdaa128: picks 25 and 23 of 25; fields
#   183/192 and 183/191. What they taught: a question sent "straight to the model with no
#   instructions at all" is a bare prompt, not one that plateaued (h4707, a wrong pick);
#   "complaints are near zero" is a prompt that works (h4709, the other); a spec or proposal
#   doc pasted in quotes is the founder's situation, not a sample (h4679, h4685); a reporting
#   "say" restates no count (h4676). Both read all but one field and are registered; h4717's
#   "fine ... the problem is cost" keeps the reading of sets 129-159 (a prompt that works).
# - Sets 190-191 (h4721-h4770), run once blind on 4320ea1: picks 24 and 24 of 25; fields
#   183/203 and 178/199. What they taught: a monthly bill paid today above the founder's own
#   running budget is a prompt short on cost, and moderator decisions are labels (h4741, a
#   wrong pick); "scratch the 4 countries: one country only" corrects no labeled count (h4770,
#   the other); "wait - no. 15k" takes a count back; a score "dropped to 88" and a test split
#   "on 150 held-back reports" are no data. Both reach 97% of fields and are registered.
# - Set 85 stays out (NOT_YET): three founders with plenty of labeled data who never say
#   whether they tried a prompt are sent to fine-tuning, as 95 such founders of other sets
#   are by their writers; these three writers wanted a prompt first.
# The first set has 20 founders, every later one 25.
HELDOUT_SIZES = {name: 20 if name == "heldout" else 25 for name in HELDOUT_SETS}


@pytest.mark.parametrize("name", list(HELDOUT_SETS))
def test_goals_on_a_heldout_set(kb, name: str) -> None:
    outcomes = [run(s, kb) for s in load(HELDOUT_SETS[name])]
    f = figures(outcomes)
    assert f.scenarios == HELDOUT_SIZES[name]
    assert f.picks_pct >= GOAL_PICKS, f"{f.picks_pct:.1f}% picks\n{_misses(outcomes)}"
    assert f.fields_pct >= GOAL_FIELDS, f"{f.fields_pct:.1f}% fields\n{_misses(outcomes)}"
