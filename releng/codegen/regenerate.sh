#!/usr/bin/env bash
# Regenerates the EMF model and edit code from the OfficeBench genmodel, without an Eclipse IDE.
# Usage: releng/codegen/regenerate.sh [path/to/x.genmodel]
#   default genmodel: bundles/org.officebench.model/model/officebench.genmodel
# Writes <bundles>/org.officebench.model/src-gen, <bundles>/org.officebench.model.edit/src-gen,
# <bundles>/org.officebench.model.edit/plugin.properties and any missing item icons.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
genmodel="${1:-$repo/bundles/org.officebench.model/model/officebench.genmodel}"
genmodel="$(cd "$(dirname "$genmodel")" && pwd)/$(basename "$genmodel")"
[ -f "$genmodel" ] || { echo "regenerate.sh: no genmodel at $genmodel" >&2; exit 1; }

# Java major version of a JDK home, or 0.
java_major() {
  local v=""
  if [ -f "$1/release" ]; then
    v="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")"
  elif [ -x "$1/bin/java" ]; then
    v="$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)"
  fi
  v="${v#1.}"
  v="${v%%[.+-]*}"
  case "$v" in ''|*[!0-9]*) echo 0 ;; *) echo "$v" ;; esac
}

# A JDK 21+ (never just the `java` on PATH, which may be older).
jdk=""
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ]; then
  jdk="$JAVA_HOME"
else
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-2[1-9]* /usr/lib/jvm/temurin* /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 21 ]; then
      jdk="$candidate"
      break
    fi
  done
fi
[ -n "$jdk" ] || { echo "regenerate.sh: no JDK 21 or newer found (set JAVA_HOME)" >&2; exit 1; }
export JAVA_HOME="$jdk"

# Old generated code goes first, so that classes removed from the model vanish.
bundles="$(dirname "$(dirname "$(dirname "$genmodel")")")"
rm -rf "$bundles/org.officebench.model/src-gen" "$bundles/org.officebench.model.edit/src-gen"

cd "$repo"
./mvnw -q -f "$here/pom.xml" compile exec:exec "-Dgenmodel=$genmodel"
