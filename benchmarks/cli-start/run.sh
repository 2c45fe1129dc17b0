#!/usr/bin/env bash
# CLI start: the median wall clock of RUNS (default 5) cold `./officebench --repo R search WORD`, each a fresh process
# as a user runs it, against the floor: a fresh JVM (same JDK, plain class path, no OSGi) that opens the same Lucene
# index and runs one query (FloorSearch.java). R is a new repository with the samples, indexed by `reindex`. One
# unmeasured call of each comes first (the OS file cache, and the CLI's own caches after a build); its time is shown.
#   benchmarks/cli-start/run.sh [WORD] [RUNS]      (default 纪要, 5; the target is a ratio of 1.5 or less)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$HERE"
. releng/scripts/find-jdk.sh
officebench_find_jdk || exit 1
WORD=${1:-纪要}
RUNS=${2:-5}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/officebench-cli-start.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
REPO="$WORK/repo"
# ./officebench builds the product when it is missing or stale; nothing else is built here.
./officebench --repo "$REPO" init --samples >/dev/null
./officebench --repo "$REPO" reindex >/dev/null 2>&1
PRODUCT="$HERE/releng/org.officebench.product/target/products/org.officebench.product/linux/gtk/x86_64"
LUCENE=$(ls "$PRODUCT"/plugins/wrapped.org.apache.lucene.lucene-core_*.jar | head -1)
"$JAVA_HOME/bin/javac" -nowarn -d "$WORK/classes" -cp "$LUCENE" benchmarks/cli-start/FloorSearch.java

millis() { # command...: runs it with its output in $WORK/out, prints its wall clock in ms; fails if it fails
	local t0 t1
	t0=$(date +%s%N)
	"$@" >"$WORK/out" 2>"$WORK/err" || { echo "failed: $*" >&2; cat "$WORK/err" >&2; return 1; }
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000000))
}
cli() { ./officebench --repo "$REPO" search "$WORD"; }
floor() { "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$WORK/classes:$LUCENE" FloorSearch "$REPO/index" "$WORD"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

FIRST_CLI=$(millis cli)
grep -q "$WORD" "$WORK/out" || { echo "the CLI found nothing for $WORD:" >&2; cat "$WORK/out" "$WORK/err" >&2; exit 1; }
FIRST_FLOOR=$(millis floor)
grep -q "^hits: [1-9]" "$WORK/out" || { echo "the floor found nothing for $WORD:" >&2; cat "$WORK/out" >&2; exit 1; }
: >"$WORK/cli.txt"; : >"$WORK/floor.txt"
for i in $(seq 1 "$RUNS"); do # alternated, so that a neighbour's load falls on both
	if [ $((i % 2)) = 0 ]; then millis cli >>"$WORK/cli.txt"; millis floor >>"$WORK/floor.txt"
	else millis floor >>"$WORK/floor.txt"; millis cli >>"$WORK/cli.txt"; fi
done
CLI_MS=$(median <"$WORK/cli.txt")
FLOOR_MS=$(median <"$WORK/floor.txt")
echo "runs each:       $RUNS cold (after one unmeasured call each: CLI $FIRST_CLI ms, floor $FIRST_FLOOR ms), word $WORD, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "officebench search (ms): $(tr '\n' ' ' <"$WORK/cli.txt")"
echo "floor (ms):              $(tr '\n' ' ' <"$WORK/floor.txt")"
awk -v c="$CLI_MS" -v f="$FLOOR_MS" 'BEGIN { printf "median cold search: ./officebench %.2f s, floor (plain JVM + Lucene) %.2f s, ratio %.2f (target <= 1.50)\n", c / 1000, f / 1000, c / f }'
