#!/usr/bin/env bash
# Crash harness: a child (a JVM running the command line's code over the product's plugins, and every tenth trial the
# real ./officebench script) saves, files, edits and reindexes a repository at random and is killed by SIGKILL at a
# random moment; after each kill the harness checks that every document reported saved loads, every printed 档号 exists
# with its file, no 漏号/重号, verify passes, search finds the last 件, the next write gets the lock and no temp file or
# folder is left. Prints trials, failures (one line per failing trial, saying what failed) and the worst loss; exits 1
# on any failure.
#   benchmarks/crash/run.sh [--trials N (default 1000)] [--seed S] [--script-every K (0: never)] [--max-kill-ms MS]
# CI runs it short: benchmarks/crash/run.sh --trials 30 (releng/scripts/product-smoke.sh).
# A failing repository is kept for study when OFFICEBENCH_KEEP=1 (the work folder is printed).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$HERE"
. releng/scripts/find-jdk.sh
officebench_find_jdk || exit 1
# Through the script first: it rebuilds the product when the sources are newer, so that no trial waits for a build.
./officebench help >/dev/null
. benchmarks/product-classpath.sh
WORK=$(mktemp -d "${TMPDIR:-/tmp}/officebench-crash.XXXXXX")
if [ "${OFFICEBENCH_KEEP:-0}" = 1 ]; then echo "work folder: $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi
"$JAVA_HOME/bin/javac" -nowarn -encoding UTF-8 -d "$WORK/classes" -cp "$PRODUCT_CP" benchmarks/crash/CrashHarness.java
set +e
"$JAVA_HOME/bin/java" -Xmx1g -Dstdout.encoding=UTF-8 -cp "$WORK/classes:$PRODUCT_CP" CrashHarness "$WORK" "$HERE/officebench" \
	"$WORK/classes:$PRODUCT_CP" "$@"
status=$?
exit $status
