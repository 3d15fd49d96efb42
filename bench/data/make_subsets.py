#!/usr/bin/env python3
"""Build small, reproducible text-classification subsets for the SmolLM2-135M
vs. embedding-classifier benchmark.

Every input file is read straight out of a bare git mirror of a public GitHub
repository, pinned to an exact commit (and checked against its git blob id), so
the output is byte-for-byte reproducible:

    python3 make_subsets.py [--mirror-root /work/.mirror] [--out /work/bench-data]

Mirrors were created with the session tool `fetch github:<owner>/<repo>`; each
one is a bare git dir at <mirror-root>/<owner>+<repo>/repo.  An equivalent
`git clone --bare https://github.com/<owner>/<repo>` works too (pass its parent
layout via --mirror-root).

Datasets produced (see each folder's README.md for details):
  goemotions_ekman   GoEmotions (Demszky et al., 2020) mapped to Ekman's 6 emotions + neutral (7 classes)
  fin_tweet_topic    Twitter Financial News Topic (zeroshot, 2022), 20 classes
  sst5               Stanford Sentiment Treebank, sentence-level 5-way sentiment (Socher et al., 2013)

Sampling (identical for all datasets):
  * seed 20240611, Python's random.Random (Mersenne Twister) -- deterministic.
  * class-balanced sampling: each class gets an equal quota of the target size;
    a class with fewer eligible rows contributes all of them and the shortfall
    is redistributed evenly over the classes that still have rows left.
  * train.csv rows come only from the official train split, test.csv rows only
    from the official test split (validation split for fin_tweet_topic, which
    has no test split).
  * exact-duplicate texts (case-insensitive) are removed inside each pool (texts
    seen with two different labels in one pool are dropped altogether), and any
    train-pool text that also occurs in the test pool is dropped from the train
    pool (no train/test leakage).
  * texts longer than 300 characters are cut at the last space before 300
    characters (none/few are affected; counts in each README).
  * final rows are shuffled with the same seed; CSV written with csv.writer
    (QUOTE_MINIMAL), UTF-8, '\n' line endings, header "text,label".
"""
import argparse
import collections
import csv
import html
import io
import json
import os
import random
import re
import subprocess
import sys

SEED = 20240611
N_TRAIN = 2000
N_TEST = 1000
MAX_CHARS = 300

# --------------------------------------------------------------------------
# pinned sources: (mirror dir name, commit, path, expected git blob id)
# --------------------------------------------------------------------------
GOEMO = dict(
    repo="monologg+GoEmotions-pytorch",
    commit="b75f9d3a8b76bc1060687925b04ca98a1b8ea66b",
    files={
        "labels": ("data/original/labels.txt", "0d79bc030e766bc9dac1f4482bfbd864556c284a"),
        "train": ("data/original/train.tsv", "aa00d732d3b9e969d9fcbaafc2c5b094555746c0"),
        "test": ("data/original/test.tsv", "7635db4a49befb91e5bc0dbedde095bb2d8593ae"),
    },
)
FIN = dict(
    repo="VishwasGurao+Twitter-Financial-News-Classification-using-NLP",
    commit="37290b5de0a0dbac2205c623f3c05fae67e9c0de",
    files={
        "train": ("Twitter_Financial_Sentiment/data/train_data.csv", "58a79167edda5ab21ec198a64d788ea5eff79190"),
        "valid": ("Twitter_Financial_Sentiment/data/valid_data.csv", "3d853ea0265d6bb689ee455d7d0227b8a330114b"),
    },
)
SST = dict(
    repo="maltaweel+fine-grained-sentiment",
    commit="103a61367844f53db4c5b83be36afb25354ebc17",
    files={
        "train": ("data/sst/raw_data/train.txt", "1c5317f7ccdc638e30091da2605654f0755e7ab5"),
        "test": ("data/sst/raw_data/test.txt", "90684652f42dbd0cb7e2c849baa80eb31f292c5e"),
    },
)

# Ekman mapping, verbatim from google-research/google-research
# goemotions/data/ekman_mapping.json
EKMAN_MAPPING = {
    "anger": ["anger", "annoyance", "disapproval"],
    "disgust": ["disgust"],
    "fear": ["fear", "nervousness"],
    "joy": ["joy", "amusement", "approval", "excitement", "gratitude", "love",
            "optimism", "relief", "pride", "admiration", "desire", "caring"],
    "sadness": ["sadness", "disappointment", "embarrassment", "grief", "remorse"],
    "surprise": ["surprise", "realization", "confusion", "curiosity"],
}

# zeroshot/twitter-financial-news-topic dataset card, LABEL_0 .. LABEL_19
FIN_LABELS = [
    "Analyst Update", "Fed | Central Banks", "Company | Product News",
    "Treasuries | Corporate Debt", "Dividend", "Earnings", "Energy | Oil",
    "Financials", "Currencies", "General News | Opinion",
    "Gold | Metals | Materials", "IPO", "Legal | Regulation",
    "M&A | Investments", "Macro", "Markets", "Politics", "Personnel Change",
    "Stock Commentary", "Stock Movement",
]

# SST fine-grained root labels 0..4
SST_LABELS = ["very negative", "negative", "neutral", "positive", "very positive"]


# --------------------------------------------------------------------------
def git_show(mirror_root, src, key):
    path, blob = src["files"][key]
    gitdir = os.path.join(mirror_root, src["repo"], "repo")
    if os.path.isdir(os.path.join(gitdir, ".git")):
        gitdir = os.path.join(gitdir, ".git")
    if blob is not None:
        got = subprocess.run(["git", "--git-dir", gitdir, "rev-parse", f"{src['commit']}:{path}"],
                             capture_output=True, text=True, check=True).stdout.strip()
        if got != blob:
            sys.exit(f"blob mismatch for {src['repo']}:{path}: {got} != {blob}")
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", f"{src['commit']}:{path}"],
                         capture_output=True, check=True).stdout
    return raw.decode("utf-8")


def truncate(text, stats):
    if len(text) <= MAX_CHARS:
        return text
    stats["truncated"] += 1
    cut = text[:MAX_CHARS]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip()


def balanced_sample(rows, n, rng):
    """rows: list of (text, label). Equal quota per class, shortfall redistributed."""
    by = collections.defaultdict(list)
    for r in rows:
        by[r[1]].append(r)
    labels = sorted(by)
    for lab in labels:
        rng.shuffle(by[lab])
    take = {lab: 0 for lab in labels}
    remaining = n
    open_labels = [lab for lab in labels if by[lab]]
    while remaining > 0 and open_labels:
        share, extra = divmod(remaining, len(open_labels))
        progressed = 0
        for i, lab in enumerate(open_labels):
            want = share + (1 if i < extra else 0)
            got = min(want, len(by[lab]) - take[lab])
            take[lab] += got
            progressed += got
        remaining -= progressed
        open_labels = [lab for lab in open_labels if take[lab] < len(by[lab])]
        if progressed == 0:
            break
    out = [r for lab in labels for r in by[lab][: take[lab]]]
    rng.shuffle(out)
    return out


def dedupe(rows):
    """Keep the first occurrence of each text (case-insensitive); texts that occur
    with more than one label in the same pool are dropped entirely."""
    labels_of = collections.defaultdict(set)
    for t, l in rows:
        labels_of[t.casefold()].add(l)
    seen, out, conflicting = set(), [], 0
    for t, l in rows:
        k = t.casefold()
        if k in seen:
            continue
        seen.add(k)
        if len(labels_of[k]) > 1:
            conflicting += 1
            continue
        out.append((t, l))
    return out, conflicting


def build(name, train_pool, test_pool, label_order, meta, out_root):
    stats = collections.Counter()
    train_pool = [(truncate(t, stats), l) for t, l in train_pool]
    test_pool = [(truncate(t, stats), l) for t, l in test_pool]
    n_tr0, n_te0 = len(train_pool), len(test_pool)
    (train_pool, conf_tr), (test_pool, conf_te) = dedupe(train_pool), dedupe(test_pool)
    test_keys = {t.casefold() for t, _ in test_pool}
    leak = sum(1 for t, _ in train_pool if t.casefold() in test_keys)
    train_pool = [(t, l) for t, l in train_pool if t.casefold() not in test_keys]
    rng = random.Random(SEED)
    test = balanced_sample(test_pool, N_TEST, rng)
    train = balanced_sample(train_pool, N_TRAIN, rng)
    d = os.path.join(out_root, name)
    os.makedirs(d, exist_ok=True)
    for fn, rows in (("train.csv", train), ("test.csv", test)):
        with open(os.path.join(d, fn), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["text", "label"])
            w.writerows(rows)
    def counts(rows):
        c = collections.Counter(l for _, l in rows)
        return {lab: c.get(lab, 0) for lab in label_order}
    def avg_words(rows):
        return round(sum(len(t.split()) for t, _ in rows) / max(1, len(rows)), 2)
    summary = dict(
        name=name, seed=SEED, classes=len(label_order), labels=label_order,
        train_rows=len(train), test_rows=len(test),
        train_counts=counts(train), test_counts=counts(test),
        pool_train_counts=counts(train_pool), pool_test_counts=counts(test_pool),
        pool_train_before_dedupe=n_tr0, pool_test_before_dedupe=n_te0,
        pool_train_after=len(train_pool), pool_test_after=len(test_pool),
        train_texts_dropped_as_in_test=leak,
        conflicting_label_texts_dropped_train=conf_tr,
        conflicting_label_texts_dropped_test=conf_te,
        truncated_texts_in_pools=stats["truncated"],
        train_avg_words=avg_words(train), test_avg_words=avg_words(test),
        train_avg_chars=round(sum(len(t) for t, _ in train) / len(train), 1),
        test_avg_chars=round(sum(len(t) for t, _ in test) / len(test), 1),
        **meta,
    )
    with open(os.path.join(d, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"{name}: {len(label_order)} classes, train {len(train)}, test {len(test)}, "
          f"avg words {summary['train_avg_words']}/{summary['test_avg_words']}")
    return summary


# --------------------------------------------------------------------------
def goemotions(mirror_root, out_root):
    names = git_show(mirror_root, GOEMO, "labels").split()
    assert len(names) == 28 and names[-1] == "neutral"
    to_ekman = {fine: ek for ek, fines in EKMAN_MAPPING.items() for fine in fines}
    to_ekman["neutral"] = "neutral"
    def load(key):
        rows, n_all, n_amb = [], 0, 0
        # the .tsv files are read like the original loader (pandas read_csv sep='\t'):
        # tab separated, double-quote quoting
        for rec in csv.reader(io.StringIO(git_show(mirror_root, GOEMO, key)), delimiter="\t"):
            n_all += 1
            text, ids = rec[0], rec[1]
            cats = {to_ekman[names[int(i)]] for i in ids.split(",")}
            if len(cats) != 1:      # keep only rows whose labels all map to ONE Ekman class
                n_amb += 1
                continue
            rows.append((" ".join(text.split()), cats.pop()))
        return rows, n_all, n_amb
    tr, ntr, atr = load("train")
    te, nte, ate = load("test")
    assert (ntr, nte) == (43410, 5427), (ntr, nte)
    order = ["anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral"]
    return build("goemotions_ekman", tr, te, order,
                 dict(source_rows_train=ntr, source_rows_test=nte,
                      dropped_multi_ekman_train=atr, dropped_multi_ekman_test=ate), out_root)


URL_RE = re.compile(r"https?://\S+")

def clean_tweet(t):
    t = html.unescape(t)
    t = URL_RE.sub(" ", t)
    return " ".join(t.split())

def fin_topic(mirror_root, out_root):
    def load(key):
        rows, n_all, n_short = [], 0, 0
        for rec in csv.DictReader(io.StringIO(git_show(mirror_root, FIN, key))):
            n_all += 1
            t = clean_tweet(rec["text"])
            if len(t.split()) < 3:     # e.g. tweets that were only a link
                n_short += 1
                continue
            rows.append((t, FIN_LABELS[int(rec["label"])]))
        return rows, n_all, n_short
    tr, ntr, str_ = load("train")
    te, nte, ste = load("valid")
    assert (ntr, nte) == (16990, 4117), (ntr, nte)
    return build("fin_tweet_topic", tr, te, FIN_LABELS,
                 dict(source_rows_train=ntr, source_rows_validation=nte,
                      dropped_under_3_words_train=str_, dropped_under_3_words_validation=ste),
                 out_root)


PTB_TOKEN_MAP = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]",
                 "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}

def ptb_tree_root_and_tokens(line):
    line = line.strip()
    m = re.match(r"\((\d)", line)
    root = int(m.group(1))
    toks = re.findall(r"\(\d ([^()\s]+)\)", line)   # leaves: "(label token)"
    return root, toks

def detok(tokens):
    toks = [PTB_TOKEN_MAP.get(t, t) for t in tokens]
    s = " ".join(toks)
    s = re.sub(r" (n't|'s|'re|'ve|'m|'ll|'d)\b", r"\1", s)
    s = re.sub(r" ([.,!?;:%)\]}])", r"\1", s)
    s = re.sub(r"([(\[{$]) ", r"\1", s)
    s = re.sub(r" ?\.\.\.", "...", s)
    # straight double quotes: attach to the quoted span
    out, open_q = [], True
    for part in re.split(r'( ?" ?)', s):
        if part.strip() == '"':
            out.append(' "' if open_q else '" ')
            open_q = not open_q
        else:
            out.append(part)
    s = "".join(out)
    s = re.sub(r" +", " ", s).strip()
    s = re.sub(r" ([.,!?;:])", r"\1", s)
    s = s.replace("\\*", "*")                       # PTB escapes asterisks as \*
    s = re.sub(r"`\s*(.*?)\s*'(?=\W|$)", r"'\1'", s)  # ` quoted span ' -> 'quoted span'
    s = s.replace("`", "'")
    s = re.sub(r"(\w) '(\s)", r"\1'\2", s)           # Parris ' performance -> Parris' performance
    return s

def sst5(mirror_root, out_root):
    def load(key):
        rows = []
        for line in git_show(mirror_root, SST, key).splitlines():
            if not line.strip():
                continue
            root, toks = ptb_tree_root_and_tokens(line)
            rows.append((detok(toks), SST_LABELS[root]))
        return rows
    tr, te = load("train"), load("test")
    assert (len(tr), len(te)) == (8544, 2210), (len(tr), len(te))
    return build("sst5", tr, te, SST_LABELS,
                 dict(source_rows_train=len(tr), source_rows_test=len(te)), out_root)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror-root", default="/work/.mirror")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    goemotions(a.mirror_root, a.out)
    fin_topic(a.mirror_root, a.out)
    sst5(a.mirror_root, a.out)


if __name__ == "__main__":
    main()
