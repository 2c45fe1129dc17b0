#!/usr/bin/env bash
# Search speed: N 件 (default 1,000,000, about 2 GB of text) generated on the fly from the seed texts, indexed with
# OfficeBench's analysis chain and with plain Lucene StandardAnalyzer in the same run (same fields, same stored policy,
# same writer settings); prints indexing MB/s and their ratio, query latency p50/p95/p99 with and without facets, and
# the index sizes. Everything is written to a temporary folder, deleted at the end.
#   benchmarks/search-speed/run.sh [N]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$HERE"
. releng/scripts/find-jdk.sh
officebench_find_jdk || exit 1
N=${1:-1000000}
# Plain Java over the product's own jars, plus the baseline's classic QueryParser from the local Maven repository.
. benchmarks/product-classpath.sh
officebench_queryparser || exit 1
CP=$PRODUCT_CP$QUERYPARSER
WORK=$(mktemp -d "${TMPDIR:-/tmp}/officebench-search-speed.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# Two indexes of about 1.3 times the text each, plus merges under way.
NEED_MB=$(( N * 2 * 3 / 1000 + 500 ))
FREE_MB=$(df -Pm "$WORK" | awk 'NR==2 {print $4}')
if [ "$FREE_MB" -lt "$NEED_MB" ]; then
	echo "Not enough disk in $(dirname "$WORK") for $N 件: about $NEED_MB MB needed, $FREE_MB MB free. Give a smaller N or set TMPDIR." >&2
	exit 1
fi
echo "件: $N, $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), $(date -u +%F), free disk $FREE_MB MB"
"$JAVA_HOME/bin/javac" -nowarn -encoding UTF-8 -d "$WORK/classes" -cp "$CP" benchmarks/search-speed/SearchSpeed.java
"$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED -cp "$WORK/classes:$CP" SearchSpeed "$SEEDS" "$WORK" "$N"
echo "index folder $WORK deleted at exit"
