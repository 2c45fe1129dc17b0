# Sourced by ./officebench, ./run-tests and ./mvnw: sets JAVA_HOME to a JDK 21 or newer.
# Order: $JAVA_HOME, then well-known install folders, then whatever 'java' is on the PATH.
# Never settles for an older JDK: it stops with a message that says where to get one.

officebench_java_version() { # prints the feature version of the java at $1, or nothing
	# From the JDK's release file when it has one: starting a JVM to ask costs a fifth of a second of every call.
	local release version
	release="$(dirname "$(dirname "$1")")/release"
	if [ -f "$release" ]; then
		version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -1)
		[ -n "$version" ] && [ "$version" != 1 ] && { echo "$version"; return; }
	fi
	"$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -1
}

officebench_find_jdk() {
	local candidate version
	for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
		/usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*jdk* /opt/java/openjdk \
		/Library/Java/JavaVirtualMachines/*/Contents/Home; do
		[ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
		version=$(officebench_java_version "$candidate/bin/java")
		if [ -n "$version" ] && [ "$version" -ge 21 ]; then
			export JAVA_HOME="$candidate"
			return 0
		fi
	done
	if command -v javac >/dev/null 2>&1; then
		candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
		version=$(officebench_java_version "$candidate/bin/java")
		if [ -n "$version" ] && [ "$version" -ge 21 ]; then
			export JAVA_HOME="$candidate"
			return 0
		fi
	fi
	cat >&2 <<'MSG'
OfficeBench needs a JDK 21 or newer, and none was found (looked at $JAVA_HOME, /usr/lib/jvm and the PATH).
  Install one, for example:  apt-get install openjdk-21-jdk   (Debian/Ubuntu)
  or Eclipse Temurin 21/25 from https://adoptium.net/ , then set JAVA_HOME to its folder and try again.
OfficeBench 需要 JDK 21 或更新版本，但没有找到。请安装（如 apt-get install openjdk-21-jdk，或从 https://adoptium.net/ 下载 Temurin），
并把 JAVA_HOME 设为其安装目录后重试。
MSG
	return 1
}
