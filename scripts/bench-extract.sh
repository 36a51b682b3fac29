#!/usr/bin/env bash
# Benchmark `crosscheck extract` against Python trafilatura 2.3.1 on the same
# pages, in one run: speed (pages/s, MB/s), accuracy (F1 from
# eval_extraction.py) and peak memory (/usr/bin/time -v).
#
#   scripts/bench-extract.sh [REPEAT]
#
# REPEAT (default 3): how many times each tool goes over the pages, for
# steadier timing; only the first pass is scored.
# Environment: DATA (a split with html/ and ground-truth/; default
# /work/shared/data/article-extraction/dev), EVAL (eval_extraction.py),
# VENV (virtualenv for trafilatura; default target/bench-venv), NO_BUILD=1
# to use an existing target/release/crosscheck.
#
# Both tools run single-threaded on one core (taskset -c 0 when available):
# crosscheck's extract is a single-threaded loop, trafilatura a single
# Python process. "extraction-only" rates time the extraction calls alone
# (file reading excluded) in both; "end-to-end" rates divide by the whole
# process's wall time (start-up, reading, writing included).
# Works on a fresh Debian/Ubuntu machine: installs python3-venv and time
# with apt-get when missing (as root or with sudo).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
REPEAT=${1:-3}
DATA=${DATA:-/work/shared/data/article-extraction/dev}
EVAL=${EVAL:-/work/shared/tools/eval_extraction.py}
VENV=${VENV:-$ROOT/target/bench-venv}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-extract.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

[ -d "$DATA/html" ] && [ -d "$DATA/ground-truth" ] || { echo "no html/ and ground-truth/ under $DATA" >&2; exit 2; }
[ -f "$EVAL" ] || { echo "eval script not found: $EVAL" >&2; exit 2; }

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "$@"
}
[ -x /usr/bin/time ] || apt_install time
python3 -c 'import venv, ensurepip' 2>/dev/null || apt_install python3-venv
PIN=()
command -v taskset >/dev/null && PIN=(taskset -c 0)

# --- tools ------------------------------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
# lxml_html_clean: trafilatura's justext fallback imports lxml.html.clean,
# which lxml 5.2+ ships as a separate package (pip does not pull it in).
if ! "$VENV/bin/python" -c 'import trafilatura, sys; sys.exit(trafilatura.__version__ != "2.3.1")' 2>/dev/null; then
  "$VENV/bin/pip" install -q --disable-pip-version-check trafilatura==2.3.1 lxml_html_clean
fi
if [ "${NO_BUILD:-0}" != 1 ]; then
  (cd "$ROOT" && cargo build --release -q -p crosscheck-cli)
fi
BIN=$ROOT/target/release/crosscheck

PAGES=$(find "$DATA/html" -maxdepth 1 -name '*.html' | wc -l)
MB=$(du -cb "$DATA"/html/*.html | tail -1 | cut -f1 | awk '{printf "%.2f", $1/1e6}')
echo "pages: $PAGES ($MB MB) x $REPEAT passes, one core each"

# --- crosscheck -----------------------------------------------------------------
dirs=(); for _ in $(seq "$REPEAT"); do dirs+=("$DATA/html"); done
/usr/bin/time -v -o "$WORK/cc.time" "${PIN[@]}" "$BIN" extract --format jsonl --stats "${dirs[@]}" \
  >"$WORK/cc.jsonl" 2>"$WORK/cc.err" || true
mkdir -p "$WORK/pred-crosscheck"
# First pass only: ids equal to a file stem (repeats get -2, -3, …).
python3 - "$WORK/cc.jsonl" "$DATA/html" "$WORK/pred-crosscheck" <<'PY'
import json, sys
from pathlib import Path
stems = {p.stem for p in Path(sys.argv[2]).glob("*.html")}
out = Path(sys.argv[3])
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if d["id"] in stems:
        (out / (d["id"] + ".txt")).write_text(d["text"], encoding="utf-8")
PY

# --- trafilatura ----------------------------------------------------------------
cat >"$WORK/traf.py" <<'PY'
import sys, time
from pathlib import Path
import trafilatura
html_dir, out_dir, repeat = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
pages = [(p.stem, p.read_text(encoding="utf-8", errors="replace")) for p in sorted(html_dir.glob("*.html"))]
out_dir.mkdir(parents=True, exist_ok=True)
wall = cpu = 0.0
for r in range(repeat):
    for pid, html in pages:
        c0, t0 = time.thread_time(), time.perf_counter()
        text = trafilatura.extract(html, include_comments=False) or ""
        wall += time.perf_counter() - t0
        cpu += time.thread_time() - c0
        if r == 0:
            (out_dir / (pid + ".txt")).write_text(text, encoding="utf-8")
n = len(pages) * repeat
print("TRAF docs=%d wall_s=%.3f cpu_s=%.3f" % (n, wall, cpu))
PY
/usr/bin/time -v -o "$WORK/tr.time" "${PIN[@]}" "$VENV/bin/python" "$WORK/traf.py" "$DATA/html" "$WORK/pred-trafilatura" "$REPEAT" \
  >"$WORK/tr.out" 2>"$WORK/tr.err" || { cat "$WORK/tr.err" >&2; exit 2; }

# --- scores and report ---------------------------------------------------------
score() { python3 "$EVAL" "$DATA/ground-truth" "$1" --json "$2" >/dev/null 2>&1; }
score "$WORK/pred-crosscheck" "$WORK/cc.score.json"
score "$WORK/pred-trafilatura" "$WORK/tr.score.json"

python3 - "$WORK" "$PAGES" "$MB" "$REPEAT" <<'PY'
import json, re, sys
from pathlib import Path
work, pages, mb, repeat = Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])

def timev(name):
    t = (work / name).read_text()
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", t)
    wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    return rss, wall

def f1(name):
    d = json.loads((work / name).read_text())
    d = d.get("summary", d)
    def get(k):
        v = d.get(k)
        return v.get("mean", v.get("value")) if isinstance(v, dict) else v
    return get("f1"), get("precision"), get("recall")

cc_err = (work / "cc.err").read_text()
m = re.search(r"extracted (\d+) documents .* in ([\d.]+) s", cc_err)
cc_docs, cc_s = int(m.group(1)), float(m.group(2))
m = re.search(r"TRAF docs=(\d+) wall_s=([\d.]+) cpu_s=([\d.]+)", (work / "tr.out").read_text())
tr_docs, tr_s = int(m.group(1)), float(m.group(2))
cc_rss, cc_wall = timev("cc.time")
tr_rss, tr_wall = timev("tr.time")
total_mb = mb * repeat
rows = [
    ("crosscheck extract", cc_docs / cc_s, total_mb / cc_s, cc_docs / cc_wall, f1("cc.score.json"), cc_rss),
    ("trafilatura 2.3.1", tr_docs / tr_s, total_mb / tr_s, tr_docs / tr_wall, f1("tr.score.json"), tr_rss),
]
print("%-20s %12s %10s %14s %22s %12s" % ("", "pages/s", "MB/s", "pages/s e2e", "F1 / P / R", "peak RSS MB"))
for name, ps, mbs, e2e, (f, p, r), rss in rows:
    print("%-20s %12.1f %10.2f %14.1f %22s %12.0f" % (name, ps, mbs, e2e, "%.3f / %.3f / %.3f" % (f, p, r), rss))
print("speed ratio crosscheck/trafilatura: %.1fx extraction-only, %.1fx end-to-end" % (rows[0][1] / rows[1][1], rows[0][3] / rows[1][3]))
print("(pages/s and MB/s: extraction calls only; e2e: whole process wall time; one core each)")
errors = [l for l in cc_err.splitlines() if "error:" in l]
if errors:
    print("crosscheck errors (%d):" % len(errors), *errors[:5], sep="\n  ")
PY
