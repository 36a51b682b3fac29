#!/usr/bin/env bash
# Benchmark `crosscheck ingest` on the synthetic news stream at growing sizes,
# and near-duplicate detection against Python datasketch MinHashLSH.
#
#   scripts/bench-ingest.sh [SIZES...]        (default: 10000 100000)
#
# For each size: a release build ingests N synthetic articles into a fresh
# database (--no-verdicts: verdicts are a separate, per-story step) under
# /usr/bin/time -v; prints articles/s, wall and CPU (user+sys) time, peak RSS
# and database size,
# and the time ratio to the previous size (linear growth = the size ratio).
# Then, on the largest size's documents (exported from its database), times
# crosscheck's MinHash/LSH families (examples/near_dups.rs, one thread) and
# datasketch's MinHashLSH (one Python process), and prints both times, the
# ratio and how well the two sets of duplicate families agree.
# Environment: VENV (default target/bench-venv), WORK (default a temp dir,
# kept if set), NO_BUILD=1 to use existing release binaries, SKIP_DATASKETCH=1.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZES=("${@:-10000 100000}")
[ $# -gt 0 ] || SIZES=(10000 100000)
VENV=${VENV:-$ROOT/target/bench-venv}
if [ -n "${WORK:-}" ]; then mkdir -p "$WORK"; else WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-ingest.XXXXXX"); trap 'rm -rf "$WORK"' EXIT; fi

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "$@"
}
[ -x /usr/bin/time ] || apt_install time

cd "$ROOT"
if [ -z "${NO_BUILD:-}" ]; then
  cargo build --release -p crosscheck-cli
  cargo build --release -p crosscheck-cluster --example near_dups
fi
BIN=$ROOT/target/release/crosscheck

echo "== ingest (synthetic stream, $(nproc) cores)"
printf '%10s %10s %10s %12s %10s %12s %10s %8s\n' articles seconds cpu_s articles/s peak_MiB db_MiB stories growth
prev_n=""; prev_s=""; last_db=""
for n in "${SIZES[@]}"; do
  db=$WORK/s$n.db
  rm -f "$db" "$db"-wal "$db"-shm
  /usr/bin/time -v "$BIN" ingest --db "$db" --synthetic "$n" --no-verdicts --json >"$WORK/o$n.json" 2>"$WORK/t$n.txt"
  secs=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['run']['seconds'])" "$WORK/o$n.json")
  stories=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['corpus']['stories'])" "$WORK/o$n.json")
  rss=$(awk -F: '/Maximum resident/ {print int($2/1024)}' "$WORK/t$n.txt")
  cpu=$(awk -F: '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$WORK/t$n.txt")
  size=$(du -m --apparent-size "$db" | cut -f1)
  growth="-"
  [ -n "$prev_s" ] && growth=$(python3 -c "print(f'{$secs/$prev_s:.1f}x/{$n/$prev_n:.0f}x')")
  printf '%10s %10.1f %10s %12.0f %10s %12s %10s %8s\n' "$n" "$secs" "$cpu" "$(python3 -c "print($n/$secs)")" "$rss" "$size" "$stories" "$growth"
  prev_n=$n; prev_s=$secs; last_db=$db
done

[ -n "${SKIP_DATASKETCH:-}" ] && exit 0
echo "== near duplicates on the ${prev_n} documents: crosscheck MinHash/LSH vs datasketch MinHashLSH"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV" || { apt_install python3-venv && python3 -m venv "$VENV"; }
"$VENV/bin/python" -c "import datasketch" 2>/dev/null || "$VENV/bin/pip" install -q datasketch
python3 - "$last_db" "$WORK/docs.txt" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for (text,) in con.execute("SELECT text FROM documents ORDER BY id"):
        out.write(text.replace("\\", "\\\\").replace("\n", "\\n") + "\n")
PY
"$ROOT/target/release/examples/near_dups" "$WORK/docs.txt" >"$WORK/families.txt" 2>"$WORK/cc.txt"
cat "$WORK/cc.txt"
"$VENV/bin/python" "$ROOT/scripts/near_dups_datasketch.py" "$WORK/docs.txt" "$WORK/families.txt" | tee "$WORK/ds.txt"
cc=$(awk '{print $(NF-1)}' "$WORK/cc.txt")
ds=$(awk '/^datasketch_seconds/ {print $2}' "$WORK/ds.txt")
python3 -c "print(f'crosscheck {$cc:.2f} s, datasketch {$ds:.2f} s: datasketch takes {$ds/$cc:.1f}x as long')"
