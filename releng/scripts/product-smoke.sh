#!/usr/bin/env bash
# Smoke test of the built product through the same ./officebench script a user runs.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/officebench-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
REPO="$WORK/repo"
failures=0
check() { # description, expected exit code, command...
	local what=$1 want=$2
	shift 2
	"$@" >"$WORK/out" 2>"$WORK/err"
	local got=$?
	if [ "$got" = "$want" ]; then
		echo "smoke ok:   $what"
	else
		echo "smoke FAIL: $what (exit $got, wanted $want)"
		sed 's/^/    /' "$WORK/out" "$WORK/err" | head -20
		failures=$((failures + 1))
	fi
}
contains() { grep -q -- "$1" "$WORK/out" "$WORK/err" || { echo "smoke FAIL: output lacks '$1'"; failures=$((failures + 1)); }; }

cd "$HERE"
check "help" 0 env LANG=en_US.UTF-8 OFFICEBENCH_CLI_VMARGS="-Xlog:class+load=info:file=$WORK/help-classes.txt" ./officebench help
contains "Usage: officebench"
# help answers before anything heavy loads: the JVM's class-loading log has the CLI and no Lucene, POI or PDFBox.
if ! grep -q '\] org\.officebench\.cli\.CliApplication ' "$WORK/help-classes.txt" 2>/dev/null; then
	echo "smoke FAIL: help wrote no class-loading log"; failures=$((failures + 1))
elif grep -E '\] org\.apache\.(lucene|poi|pdfbox)\.' "$WORK/help-classes.txt" >"$WORK/heavy"; then
	echo "smoke FAIL: help loaded $(wc -l <"$WORK/heavy") classes of Lucene, POI or PDFBox, e.g. $(head -1 "$WORK/heavy")"; failures=$((failures + 1))
else
	echo "smoke ok:   help loads no Lucene, POI or PDFBox class"
fi
check "init with samples" 0 env LANG=zh_CN.UTF-8 ./officebench --repo "$REPO" init --samples
contains "已创建资料库"
check "new minutes" 0 ./officebench --repo "$REPO" new minutes --title "月度经营分析会纪要" --json
id=$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' "$WORK/out")
check "list" 0 env LANG=en_US.UTF-8 ./officebench --repo "$REPO" list
contains "月度经营分析会纪要"
contains "5 documents"
check "show" 0 env LANG=zh_CN.UTF-8 ./officebench --repo "$REPO" show "$id"
contains "题名: 月度经营分析会纪要"
# The archive commands load PDFBox and POI inside OSGi: a logging or class-loading problem shows here as a hang.
printf '营运部周例会纪要\n一、本周营运情况通报。\n' >"$WORK/周例会纪要.txt"
check "import" 0 env LANG=zh_CN.UTF-8 timeout 120 ./officebench --repo "$REPO" import --year 2025 --retention D30 --org YYB "$WORK/周例会纪要.txt"
contains "Z109-WS·2025-D30-YYB-0001"
check "export catalogue as PDF" 0 timeout 120 ./officebench --repo "$REPO" export catalogue --format pdf --out "$WORK/catalogue.pdf"
check "export catalogue as XLSX" 0 timeout 120 ./officebench --repo "$REPO" export catalogue --format xlsx --out "$WORK/catalogue.xlsx"
check "verify" 0 env LANG=en_US.UTF-8 timeout 120 ./officebench --repo "$REPO" verify
check "reindex" 0 env LANG=en_US.UTF-8 timeout 120 ./officebench --repo "$REPO" reindex
check "search" 0 env LANG=zh_CN.UTF-8 timeout 120 ./officebench --repo "$REPO" search 周例会
contains "Z109-WS·2025-D30-YYB-0001"
check "unknown command exits 2" 2 ./officebench --repo "$REPO" nonsense
check "missing repository exits 1" 1 ./officebench --repo "$WORK/none" list
if command -v xvfb-run >/dev/null 2>&1; then
	check "workbench opens its window" 0 env OFFICEBENCH_VMARGS=-Dofficebench.exitAfterStartup=true \
		timeout 120 xvfb-run -a ./officebench --repo "$REPO"
	contains "OFFICEBENCH-WINDOW-OPEN"
fi
# Short modes of the harnesses (benchmarks/crash, benchmarks/hostile-inputs): 30 kills, every kind of hostile input once.
check "crash harness, 30 trials" 0 timeout 300 benchmarks/crash/run.sh --trials 30
tail -3 "$WORK/out"
check "hostile-input battery, short mode" 0 timeout 600 benchmarks/hostile-inputs/run.sh --short --timeout 60
tail -3 "$WORK/out"
[ "$failures" = 0 ]
