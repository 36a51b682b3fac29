"""Near-duplicate families with datasketch MinHashLSH, compared with crosscheck's.

    near_dups_datasketch.py DOCS FAMILIES

DOCS: one document per line (text with \\n and \\\\ escaped), as fed to
crosscheck's `near_dups` example; FAMILIES: its output (`line family`).
Same shingles as crosscheck (lower-cased alphanumeric words, 5-grams), 64
permutations, LSH threshold 0.5 on Jaccard; a document joins the family of
its earliest candidate whose estimated Jaccard is >= 0.5 (crosscheck tests
containment >= 0.5, which a rewrite that drops sentences passes more easily).
Prints the time (signatures + index, reading excluded) and the agreement:
pairwise precision/recall/F1 of datasketch's families against crosscheck's,
and the share of documents both call a copy / both call new.
"""
import re
import sys
import time
from collections import Counter

from datasketch import MinHash, MinHashLSH


def unescape(line):
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), line)


def shingles(text):
    words = [w.lower() for w in re.split(r"[^\w]+", text) if w and w != "_"]
    return {" ".join(words[i:i + 5]).encode() for i in range(len(words) - 4)}


def main():
    docs = [unescape(l.rstrip("\n")) for l in open(sys.argv[1], encoding="utf-8")]
    theirs = [int(l.split()[1]) for l in open(sys.argv[2])]
    started = time.perf_counter()
    lsh = MinHashLSH(threshold=0.3, num_perm=64)
    sigs, sizes, fam = [], [], []
    for i, text in enumerate(docs):
        sh = shingles(text)
        m = MinHash(num_perm=64)
        m.update_batch(list(sh))
        best = None
        for c in lsh.query(m):
            j = m.jaccard(sigs[c])
            small = max(min(len(sh), sizes[c]), 1)
            containment = min(1.0, j * (len(sh) + sizes[c]) / (1 + j) / small)
            if containment >= 0.5 and (best is None or c < best):
                best = c
        sigs.append(m)
        sizes.append(len(sh))
        fam.append(fam[best] if best is not None else i)
        lsh.insert(i, m)
    seconds = time.perf_counter() - started
    pairs = lambda n: n * (n - 1) // 2
    cell = Counter(zip(fam, theirs))
    tp = sum(pairs(c) for c in cell.values())
    p_ds = sum(pairs(c) for c in Counter(fam).values())
    p_cc = sum(pairs(c) for c in Counter(theirs).values())
    prec, rec = tp / max(p_ds, 1), tp / max(p_cc, 1)
    same = sum((f != i) == (t != i) for i, (f, t) in enumerate(zip(fam, theirs)))
    print(f"datasketch MinHashLSH: {len(docs)} documents in {seconds:.3f} s; {len(set(fam))} families "
          f"(crosscheck {len(set(theirs))})")
    print(f"agreement: same-family pairs P {prec:.3f} R {rec:.3f} F1 {2 * prec * rec / max(prec + rec, 1e-9):.3f} "
          f"(datasketch vs crosscheck); copy/new decision agrees on {same / len(docs):.3f} of documents")
    print(f"datasketch_seconds {seconds:.3f}")


if __name__ == "__main__":
    main()
