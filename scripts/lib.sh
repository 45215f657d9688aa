# Shared helpers for ReplyGuard's scripts (sourced, not run).
# find_java: sets JAVA_HOME to a JDK >= 21: $JAVA_HOME, then `java` on PATH, then the usual JVM folders.

java_major() { # prints the major version of the java binary given as $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); found=1} END {if (!found) print 0}'
}

find_java() {
  local candidates=() c
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    c=$(readlink -f "$(command -v java)"); candidates+=("${c%/bin/java}")
  fi
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    if [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] && [ "$(java_major "$c/bin/java")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$c"; return 0
    fi
  done
  echo "replyguard: no JDK 21 or newer found. Install one (for example Temurin 21) or set JAVA_HOME." >&2
  return 1
}

# run_maven ARGS...: the project's Maven Wrapper with the JDK found above.
run_maven() {
  local opts="${MAVEN_OPTS:-}"
  # Maven's bundled Guice uses sun.misc.Unsafe; newer JDKs warn about it on every build.
  [ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ] && opts="$opts --sun-misc-unsafe-memory-access=allow"
  (cd "$ROOT" && MAVEN_OPTS="$opts" ./mvnw -B "$@")
}
