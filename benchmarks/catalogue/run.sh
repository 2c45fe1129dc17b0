#!/usr/bin/env bash
# Catalogue benchmark: a 归档文件目录 of N 件 (default 1,000,000) generated from the seed texts, opened in a
# fresh JVM with the workbench's heap and collector settings (-Xmx2g -XX:MaxGCPauseMillis=50), once at once and once after the start-up warm-up the workbench runs
# (CatalogueWarmUp); prints open, sort and filter times and the heap used.
#   benchmarks/catalogue/run.sh [ITEMS]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$HERE"
. releng/scripts/find-jdk.sh
officebench_find_jdk || exit 1
ITEMS=${1:-1000000}
# As ./officebench starts the workbench.
WORKBENCH_VM="-Xmx2g -XX:MaxGCPauseMillis=50"
# Plain Java over the product's own jars: what is measured is the model, the repository and the row engine, not OSGi.
. benchmarks/product-classpath.sh
CP=$PRODUCT_CP
WORK=$(mktemp -d "${TMPDIR:-/tmp}/officebench-catalogue.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
echo "items:               $ITEMS, $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
# Compiled first, so that javac's own warm-up does not run during the measurement.
# The timing helper lives with the test fixtures, out of the product; it is compiled here with the benchmark.
mkdir -p "$WORK/src" && sed "s/^package org.officebench.tests.support;//" bundles/org.officebench.tests.support/src/org/officebench/tests/support/CatalogueRowsTiming.java >"$WORK/src/CatalogueRowsTiming.java"
"$JAVA_HOME/bin/javac" -nowarn -d "$WORK/classes" -cp "$CP" benchmarks/catalogue/CatalogueBenchmark.java "$WORK/src/CatalogueRowsTiming.java"
"$JAVA_HOME/bin/java" -Xmx6g -cp "$WORK/classes:$CP" CatalogueBenchmark generate "$WORK/repo" "$ITEMS" "$SEEDS"
echo "--- opened at once after start (cold JVM)"
"$JAVA_HOME/bin/java" $WORKBENCH_VM -cp "$WORK/classes:$CP" CatalogueBenchmark measure "$WORK/repo"
echo "--- opened after the workbench's start-up warm-up (a fresh JVM again)"
"$JAVA_HOME/bin/java" $WORKBENCH_VM -cp "$WORK/classes:$CP" CatalogueBenchmark measure "$WORK/repo" warm
