#!/usr/bin/env bash
# Search quality: the labelled queries in queries.tsv over documents made from the seed texts, searched with
# OfficeBench's SearchIndex and with a plain Lucene StandardAnalyzer index in the same run; prints recall@10, P@5 and
# MRR by kind of query.
#   benchmarks/search-quality/run.sh            measure
#   benchmarks/search-quality/run.sh label      write queries.tsv anew (only when the seeds or the generator change)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$HERE"
. releng/scripts/find-jdk.sh
officebench_find_jdk || exit 1
# Plain Java over the product's own jars, plus the baseline's classic QueryParser from the local Maven repository.
. benchmarks/product-classpath.sh
officebench_queryparser || exit 1
CP=$PRODUCT_CP$QUERYPARSER
WORK=$(mktemp -d "${TMPDIR:-/tmp}/officebench-search-quality.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
"$JAVA_HOME/bin/javac" -nowarn -encoding UTF-8 -d "$WORK/classes" -cp "$CP" benchmarks/search-quality/SearchQuality.java
if [ "${1:-}" = label ]; then
	"$JAVA_HOME/bin/java" -cp "$WORK/classes:$CP" SearchQuality label "$SEEDS" benchmarks/search-quality/queries.tsv
else
	echo "$(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), seeds: $SEEDS"
	"$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED -cp "$WORK/classes:$CP" SearchQuality run "$SEEDS" "$WORK" benchmarks/search-quality/queries.tsv
fi
