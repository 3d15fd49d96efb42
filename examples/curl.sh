#!/usr/bin/env bash
# Tailor's API over plain HTTP (Gradio's two-step protocol): POST the input, get an event id,
# then GET the result as a server-sent event stream.
#   bash examples/curl.sh [URL]            # default http://127.0.0.1:7860
set -euo pipefail
URL="${1:-http://127.0.0.1:7860}"
EVENT_ID=$(curl -s -X POST "$URL/gradio_api/call/advise" -H "Content-Type: application/json" \
  -d '{"data": ["Summarise sales calls; 300 labeled examples; no budget"]}' \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["event_id"])')
curl -s -N "$URL/gradio_api/call/advise/$EVENT_ID"
