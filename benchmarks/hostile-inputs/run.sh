#!/usr/bin/env bash
# Hostile-input battery: generates malformed inputs (truncated and bit-flipped PDF/DOCX/XLSX/OFD/XMI, encrypted PDF and
# DOCX, wrong encodings with and without BOM, 0-byte and sparse 3 GB files, deep XML, XXE and billion laughs in every
# XML part, zip-slip, zip bombs at several ratios and inflated sizes, names with control characters, newlines and
# invalid UTF-8, symlinks, FIFOs, unreadable folders, hostile options, queries and export targets) and feeds each, in a
# repository of its own, to import, catalogue, reindex, search, verify and show: the command line's own code in a worker
# JVM with the command line's heap (-Xmx1g). Prints one line per failing call (input, command, what happened) and
#   tried / accepted / refused / crashed / hung / out of memory / leaked / wrong
# and exits 1 if any call crashed, hung, ran out of memory, leaked or gave a wrong answer.
#   benchmarks/hostile-inputs/run.sh [--short] [--tries N (default 10000)] [--seed S] [--timeout SECONDS (default 120)]
# --short tries every kind of input once (a few hundred calls, what CI runs from releng/scripts/product-smoke.sh).
# Needs about 4 GB free in TMPDIR for the zip bombs it writes (the sparse files take no space).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$HERE"
. releng/scripts/find-jdk.sh
officebench_find_jdk || exit 1
. benchmarks/product-classpath.sh
WORK=$(mktemp -d "${TMPDIR:-/tmp}/officebench-hostile.XXXXXX")
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
"$JAVA_HOME/bin/javac" -nowarn -encoding UTF-8 -d "$WORK/classes" -cp "$PRODUCT_CP" benchmarks/hostile-inputs/HostileInputs.java
set +e
"$JAVA_HOME/bin/java" -Xmx1g -Dstdout.encoding=UTF-8 -cp "$WORK/classes:$PRODUCT_CP" HostileInputs "$WORK" "$WORK/classes:$PRODUCT_CP" "$@"
