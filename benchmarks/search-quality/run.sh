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
PRODUCT="$HERE/releng/org.officebench.product/target/products/org.officebench.product/linux/gtk/x86_64"
if [ ! -d "$PRODUCT/plugins" ]; then
	echo "Building the product..."
	./mvnw -B -q -DskipTests -pl releng/org.officebench.product -am verify
fi
# Plain Java over the product's own jars. The product has no Lucene query parser (OfficeBench parses its own queries):
# the baseline's classic QueryParser comes from the local Maven repository.
QUERYPARSER=${LUCENE_QUERYPARSER:-$HOME/.m2/repository/org/apache/lucene/lucene-queryparser/10.5.0/lucene-queryparser-10.5.0.jar}
if [ ! -f "$QUERYPARSER" ]; then
	echo "The baseline needs lucene-queryparser 10.5.0: set LUCENE_QUERYPARSER to its jar (not found at $QUERYPARSER)." >&2
	exit 1
fi
CP=$(find "$PRODUCT/plugins" -maxdepth 1 \( -name '*.jar' -o -type d \) ! -path "$PRODUCT/plugins" | tr '\n' ':')$QUERYPARSER
SEEDS=${OFFICEBENCH_SEEDS:-$HERE/../shared/corpus/seeds}
[ -d "$SEEDS" ] || SEEDS=/work/shared/corpus/seeds
WORK=$(mktemp -d "${TMPDIR:-/tmp}/officebench-search-quality.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
"$JAVA_HOME/bin/javac" -nowarn -encoding UTF-8 -d "$WORK/classes" -cp "$CP" benchmarks/search-quality/SearchQuality.java
if [ "${1:-}" = label ]; then
	"$JAVA_HOME/bin/java" -cp "$WORK/classes:$CP" SearchQuality label "$SEEDS" benchmarks/search-quality/queries.tsv
else
	echo "$(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), seeds: $SEEDS"
	"$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED -cp "$WORK/classes:$CP" SearchQuality run "$SEEDS" "$WORK" benchmarks/search-quality/queries.tsv
fi
