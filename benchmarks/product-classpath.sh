# Sourced by the plain-Java benchmarks (catalogue, search-quality, search-speed), from the repository root with a
# JDK found: builds the product if it is missing and sets
#   PRODUCT_CP  the product's own plugin jars, so that what is measured is OfficeBench's code, not OSGi
#   SEEDS       the seed texts (OFFICEBENCH_SEEDS, ../shared/corpus/seeds, or the samples shipped with core)
#   QUERYPARSER lucene-queryparser for a StandardAnalyzer baseline (the product parses its own queries), when asked
#               for with "officebench_queryparser"
PRODUCT="$PWD/releng/org.officebench.product/target/products/org.officebench.product/linux/gtk/x86_64"
if [ ! -d "$PRODUCT/plugins" ]; then
	echo "Building the product..."
	./mvnw -B -q -DskipTests -pl releng/org.officebench.product -am verify
fi
PRODUCT_CP=$(find "$PRODUCT/plugins" -maxdepth 1 \( -name '*.jar' -o -type d \) ! -path "$PRODUCT/plugins" | tr '\n' ':')
SEEDS=${OFFICEBENCH_SEEDS:-$PWD/../shared/corpus/seeds}
[ -d "$SEEDS" ] || SEEDS="$PWD/bundles/org.officebench.core/samples"

officebench_queryparser() {
	QUERYPARSER=${LUCENE_QUERYPARSER:-$HOME/.m2/repository/org/apache/lucene/lucene-queryparser/10.5.0/lucene-queryparser-10.5.0.jar}
	if [ ! -f "$QUERYPARSER" ]; then
		echo "The baseline needs lucene-queryparser 10.5.0: set LUCENE_QUERYPARSER to its jar (not found at $QUERYPARSER)." >&2
		return 1
	fi
}
