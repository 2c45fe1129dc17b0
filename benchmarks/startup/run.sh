#!/usr/bin/env bash
# Startup benchmark: time from process start to the first workbench window, for OfficeBench and for a
# bare RCP workbench built from the same target platform, measured in the same run on the same Xvfb.
#   benchmarks/startup/run.sh [RUNS]      (default 7 measured runs each, after one warm-up run each)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$HERE"
. releng/scripts/find-jdk.sh
officebench_find_jdk || exit 1
RUNS=${1:-7}
OB="$HERE/releng/org.officebench.product/target/products/org.officebench.product/linux/gtk/x86_64"
BARE="$HERE/benchmarks/startup/org.officebench.bench.bare.product/target/products/org.officebench.bench.bare.product/linux/gtk/x86_64"
if [ ! -d "$OB/plugins" ] || [ ! -d "$BARE/plugins" ]; then
	echo "Building both products..."
	./mvnw -B -q -DskipTests -pl releng/org.officebench.product,benchmarks/startup/org.officebench.bench.bare.product -am verify
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/officebench-startup.XXXXXX")
Xvfb :77 -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
export DISPLAY=:77
sleep 1

# Prepare the repository once: a start opens an existing repository, as it does for a user every day.
"$JAVA_HOME/bin/java" -Dosgi.sharedConfiguration.area="$OB/configuration" -Dosgi.configuration.cascaded=true \
	-jar "$OB"/plugins/org.eclipse.equinox.launcher_*.jar -configuration "$WORK/cli-config" -data @none \
	-application org.officebench.cli.app --repo "$WORK/repo" init --samples >/dev/null

start_once() { # product-dir application product-id config-dir extra-args... ; prints milliseconds to the window
	local dir=$1 app=$2 product=$3 config=$4
	shift 4
	local t0 line
	t0=$(date +%s%N)
	while IFS= read -r line; do
		if [[ "$line" == *OFFICEBENCH-WINDOW-OPEN* ]]; then
			echo $((($(date +%s%N) - t0) / 1000000))
		fi
	done < <("$JAVA_HOME/bin/java" -Xmx2g -XX:MaxGCPauseMillis=50 -Dofficebench.exitAfterStartup=true \
		-Dosgi.sharedConfiguration.area="$dir/configuration" -Dosgi.configuration.cascaded=true -jar "$dir"/plugins/org.eclipse.equinox.launcher_*.jar \
		-configuration "$config" -data "$WORK/data-$product" -nl zh_CN -product "$product" -application "$app" "$@" 2>>"$WORK/stderr.log")
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

ob() { start_once "$OB" org.officebench.ui.application org.officebench.ui.product "$WORK/ob-config" --repo "$WORK/repo"; }
bare() { start_once "$BARE" org.officebench.bench.bare.app org.officebench.bench.bare.product "$WORK/bare-config"; }

ob >/dev/null; bare >/dev/null # warm-up: OSGi caches and the OS file cache
: >"$WORK/ob.txt"; : >"$WORK/bare.txt"
for i in $(seq 1 "$RUNS"); do
	if [ $((i % 2)) = 0 ]; then ob >>"$WORK/ob.txt"; bare >>"$WORK/bare.txt"; else bare >>"$WORK/bare.txt"; ob >>"$WORK/ob.txt"; fi
done
if [ "$(wc -l <"$WORK/ob.txt")" != "$RUNS" ] || [ "$(wc -l <"$WORK/bare.txt")" != "$RUNS" ]; then
	echo "Some starts did not open a window (OfficeBench $(wc -l <"$WORK/ob.txt"), bare $(wc -l <"$WORK/bare.txt") of $RUNS); stderr:" >&2
	grep -v SessionManager "$WORK/stderr.log" | tail -30 >&2
	exit 1
fi
OB_MS=$(median <"$WORK/ob.txt")
BARE_MS=$(median <"$WORK/bare.txt")
echo "runs each:            $RUNS (after one warm-up each), $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "OfficeBench (ms):     $(tr '\n' ' ' <"$WORK/ob.txt")"
echo "bare RCP (ms):        $(tr '\n' ' ' <"$WORK/bare.txt")"
awk -v o="$OB_MS" -v b="$BARE_MS" 'BEGIN { printf "median start to first window: OfficeBench %.2f s, bare RCP workbench %.2f s, ratio %.2f (target <= 1.30)\n", o / 1000, b / 1000, o / b }'
