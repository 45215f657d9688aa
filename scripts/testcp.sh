# Shared by scripts/bench and scripts/soak (sourced after lib.sh and find_java): builds the modules with their test
# classes (tests are compiled, not run) and sets TEST_CP to the app module's full test class path.
# REPLYGUARD_SKIP_BUILD=1 reuses the last build (e.g. to run bench while a soak uses the same jars).
build_test_classpath() {
  local log="${TMPDIR:-/tmp}/replyguard-bench-build.log" cpfile="$ROOT/app/target/test-classpath.txt"
  if [ "${REPLYGUARD_SKIP_BUILD:-0}" = 1 ] && [ -f "$cpfile" ]; then
    echo "$(basename "$0"): REPLYGUARD_SKIP_BUILD=1, using the last build" >&2
  else
    echo "$(basename "$0"): building (tests compiled, not run; log: $log)..." >&2
    if ! run_maven -q -ntp -DskipTests -pl app -am package dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >"$log" 2>&1; then
      echo "$(basename "$0"): build failed; see $log" >&2
      exit 1
    fi
  fi
  TEST_CP="$ROOT/app/target/test-classes:$ROOT/app/target/classes:$(cat "$cpfile")"
  export TEST_CP
}
