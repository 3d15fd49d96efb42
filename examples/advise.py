"""Ask Tailor's advisor from Python, through its API (gradio_client).

    python examples/advise.py [URL]        # default http://127.0.0.1:7860/
"""

import sys

from gradio_client import Client

url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:7860/"
client = Client(url, verbose=False)

# One message in, the whole recommendation out.
rec = client.predict("We route support tickets to 6 teams; about 2,000 labeled tickets; "
                     "a $5,000 budget; two backend developers, no ML engineers.",
                     api_name="/advise")
print(rec["technique"], "/", rec["variant"], "/ confidence", rec["confidence"])
print("why:", rec["reasons"][0]["text"])
print("cost:", rec["cost"]["training_usd"], "USD to train,", rec["cost"]["monthly_usd"],
      "USD a month")
print("source:", rec["citations"][0]["source"])

# Or the intake, one turn at a time: the server keeps this client's conversation.
for turn in ("Classify incoming emails into folders", "about 300 labeled", "no budget"):
    reply = client.predict(turn, api_name="/chat")
    print(">", turn, "\n ", reply["reply"].splitlines()[0][:100])
