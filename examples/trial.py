"""Run techniques side by side on a built-in sample (or pasted rows) through Tailor's API,
streaming progress, then print the results table.

    python examples/trial.py [URL] [--steps N]      # default http://127.0.0.1:7860/
"""

import sys

from gradio_client import Client

args = [a for a in sys.argv[1:] if not a.startswith("--")]
steps = int(sys.argv[sys.argv.index("--steps") + 1]) if "--steps" in sys.argv else 0
url = args[0] if args else "http://127.0.0.1:7860/"
job = Client(url, verbose=False).submit(sample="reviews", rows="",
                                        techniques="zero_shot,lora", steps=steps,
                                        max_seconds=60, api_name="/trial")
for update in job:  # {"phase": "train", "technique": "lora", "fraction": 0.4, "loss": ...}
    if update["phase"] == "train":
        print(f"\r{update['technique']}: {update['fraction']:.0%}", end="", flush=True)
print()
final = job.outputs()[-1]
for r in final["results"]:
    low, high = r["interval"]
    print(f"{r['technique']:<12} {r['score']:.3f} ({low:.2f}-{high:.2f})  {r['model']}")
