# Sourced by ./regintel, ./mvnw and .ci/run: selects a JDK >= 21 and exports JAVA_HOME.
#
# Order: JAVA_HOME when it points at a JDK >= 21, else the newest JDK under /usr/lib/jvm
# (REGINTEL_JVM_DIR overrides the directory, for tests). The machine's default `java` is often
# 17, which cannot run Neo4j 2026.x, so it is never used implicitly.

regintel_jdk_major() {
  # Prints the feature version of the JDK at $1, or nothing when $1 is not a JDK.
  local home=$1 v
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  v=${v#1.}
  v=${v%%[.+-]*}
  [ -n "$v" ] && printf '%s\n' "$v"
}

regintel_select_jdk() {
  local min=21 found=() major home best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(regintel_jdk_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
      export JAVA_HOME
      return 0
    fi
    found+=("JAVA_HOME=$JAVA_HOME (${major:-not a JDK})")
  fi
  for home in "${REGINTEL_JVM_DIR:-/usr/lib/jvm}"/*; do
    [ -d "$home" ] && [ ! -L "$home" ] || continue
    major=$(regintel_jdk_major "$home") || continue
    found+=("$home ($major)")
    if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best=$home
      best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    {
      echo "regintel: no JDK >= $min found."
      if [ ${#found[@]} -gt 0 ]; then
        echo "  Found: ${found[*]}"
      else
        echo "  Found no JDK under ${REGINTEL_JVM_DIR:-/usr/lib/jvm} and no JAVA_HOME."
      fi
      echo "  Install a JDK >= $min (e.g. Temurin 25) or point JAVA_HOME at one."
    } >&2
    return 1
  fi
  export JAVA_HOME=$best
}
