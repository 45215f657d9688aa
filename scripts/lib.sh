# Shared helpers for ReplyGuard's scripts (sourced, not run).
# find_java: sets JAVA_HOME to a JDK >= 21: $JAVA_HOME, then `java` on PATH, then the usual JVM folders.

# jmajor JAVA: sets JMAJOR to the feature release of the java binary JAVA (0 when unknown). The JDK's release file
# answers without starting a JVM (~60 ms saved on every launch), read with bash alone: every process a launcher forks
# costs milliseconds (many more on a busy machine), so the launcher's helpers set variables instead of printing into
# command substitutions; java runs only without a release file.
jmajor() {
  local release="${1%/bin/java}/release" line v=""
  JMAJOR=0
  if [ -r "$release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in JAVA_VERSION=*) v=${line#JAVA_VERSION=}; v=${v//\"/}; break ;; esac
    done <"$release"
    [ "${v%%.*}" = 1 ] && v=${v#1.}
    v=${v%%[!0-9]*}
    if [ -n "$v" ]; then JMAJOR=$v; return 0; fi
  fi
  JMAJOR=$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); found=1} END {if (!found) print 0}')
}

# java_major JAVA: prints what jmajor sets.
java_major() {
  jmajor "$1"
  echo "$JMAJOR"
}

# emit WORDS...: the option helpers' output: appended to the array named by RG_INTO when it is set (the launcher:
# no subshell per helper), else printed one per line (scripts and tests that read them).
emit() {
  if [ -n "${RG_INTO:-}" ]; then
    eval "$RG_INTO+=(\"\$@\")"
  else
    printf '%s\n' "$@"
  fi
}

find_java() {
  local candidates=() c
  # The common case first, without forking anything: JAVA_HOME already names a JDK >= 21.
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ] &&
      jmajor "$JAVA_HOME/bin/java" && [ "$JMAJOR" -ge 21 ] 2>/dev/null; then
    export JAVA_HOME; return 0
  fi
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  c=$(type -P java 2>/dev/null) && c=$(readlink -f "$c") && candidates+=("${c%/bin/java}")
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    if [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] && jmajor "$c/bin/java" && [ "$JMAJOR" -ge 21 ] 2>/dev/null; then
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

# cds_opts ARCHIVE APP_JAR_OR_DIR...: prints (one per line) the JVM options that start the app from a class-data-sharing
# archive of its own classes, created automatically at the end of the first run. The JVM does not rebuild an archive
# whose jars changed (it only stops using it), so the archive is deleted here when any given jar is newer, and its
# name carries the exact JDK version. Prints nothing (plain start-up) when REPLYGUARD_CDS=0, the JDK is older than 19
# or the archive's folder is not writable.
cds_opts() {
  [ "${REPLYGUARD_CDS:-1}" = 0 ] && return 0
  jmajor "$JAVA_HOME/bin/java"; [ "$JMAJOR" -ge 19 ] 2>/dev/null || return 0
  jbuild "$JAVA_HOME"
  local archive="${1%.jsa}-$JBUILD.jsa" dir; shift
  dir=$(dirname "$archive")
  mkdir -p "$dir" 2>/dev/null && [ -w "$dir" ] || return 0
  if [ -e "$archive" ] && [ -n "$(find "$@" -newer "$archive" -name '*.jar' -print -quit 2>/dev/null)" ]; then
    rm -f "$archive" 2>/dev/null
  fi
  cds_archive_usable "$archive" || return 0
  # cds*=off: a stale or half-usable archive must never print warnings into a command's output.
  emit -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$archive" '-Xlog:cds*=off'
}

# jbuild JAVA_HOME: sets JBUILD to the exact runtime version (e.g. 25.0.3_9-LTS), from the release file, else "unknown".
jbuild() {
  local line v="" w=""
  if [ -r "$1/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_RUNTIME_VERSION=*) v=${line#JAVA_RUNTIME_VERSION=} ;;
        JAVA_VERSION=*) w=${line#JAVA_VERSION=} ;;
      esac
    done <"$1/release"
  fi
  v=${v:-$w}; v=${v//\"/}; v=${v:-unknown}
  JBUILD=${v//[!A-Za-z0-9._-]/_}
}

# java_build JAVA_HOME: prints what jbuild sets.
java_build() {
  jbuild "$1"
  printf '%s' "$JBUILD"
}

# cds_archive_usable FILE: true when FILE is absent (the JVM will create it) or looks like a dynamic CDS archive.
# The JVM silently rebuilds a truncated archive, but warns on every run about a file that is not an archive at
# all (wrong magic) or cannot be read: such a file is removed, and if that fails the archive is not used.
cds_archive_usable() {
  [ -e "$1" ] || return 0
  local magic; magic=$(od -An -tx1 -N4 "$1" 2>/dev/null | tr -d ' \n')
  if [ -r "$1" ] && [ -w "$1" ] && { [ "$magic" = a8ab0bf0 ] || [ "$magic" = f00baba8 ]; }; then return 0; fi
  rm -f "$1" 2>/dev/null
  [ ! -e "$1" ]
}

# aot_opts CACHE APP_JAR LIB_DIR: on JDK 25 or newer (the JDK's AOT cache, JEP 483/514/515: classes loaded and
# linked, method profiles), prints (one per line) the JVM options that start from CACHE when it is newer than every
# jar; when it is missing, stale or not a cache, starts one training run in the background (com.replyguard.app.
# AotTraining: one-shot checks of sample drafts in English, Bengali and Malay, with the text report and JSON, as users
# run them, against a data directory with an empty knowledge.db) that writes it for the next start, and prints nothing, so the caller falls back to class-data sharing. The JVM ignores
# a cache that does not match its class path; -Xlog:aot=off/cds=off keep that (and any other cache message) out of
# a command's output. REPLYGUARD_AOT=0 turns it off.
aot_opts() {
  [ "${REPLYGUARD_AOT:-1}" = 0 ] || [ "${REPLYGUARD_CDS:-1}" = 0 ] && return 0
  jmajor "$JAVA_HOME/bin/java"; [ "$JMAJOR" -ge 25 ] 2>/dev/null || return 0
  case " ${REPLYGUARD_JAVA_OPTS:-} " in *-Xshare*|*SharedArchiveFile*|*AOTCache*) return 0 ;; esac # the JVM refuses both
  jbuild "$JAVA_HOME"
  local cache="${1%.aot}-$JBUILD.aot" jar=$2 lib=$3 dir j fresh=1
  dir=${cache%/*}
  { [ -d "$dir" ] || mkdir -p "$dir" 2>/dev/null; } && [ -w "$dir" ] || return 0
  if [ -r "$cache" ]; then
    for j in "$jar" "$lib"/*.jar; do # bash's own -nt: no process per start
      [ "$j" -nt "$cache" ] && { fresh=0; break; }
    done
    # Not an AOT cache at all (a damaged file): the JVM would ignore it on every start; it is made again instead.
    [ $fresh = 1 ] && ! aot_magic "$cache" && fresh=0
    if [ $fresh = 1 ]; then
      emit "-XX:AOTCache=$cache" '-Xlog:aot=off' '-Xlog:cds=off'
      return 0
    fi
  fi
  aot_train "$cache" "$jar"
}

# aot_magic FILE: true when FILE starts with the magic number of the JDK's AOT cache / static CDS archive (read with
# bash alone: no process per start).
aot_magic() {
  local magic=""
  LC_ALL=C IFS= read -r -d '' -n 4 magic <"$1" 2>/dev/null
  [ "$magic" = $'\xa2\xab\x0b\xf0' ]
}

# aot_train CACHE APP_JAR: one background training run that writes CACHE (atomically; one at a time per cache).
aot_train() {
  local cache=$1 jar=$2 lock="$1.lock"
  # A lock left by a killed training run is taken over after 10 minutes.
  [ -d "$lock" ] && [ -n "$(find "$lock" -maxdepth 0 -mmin +10 2>/dev/null)" ] && rmdir "$lock" 2>/dev/null
  mkdir "$lock" 2>/dev/null || return 0
  (
    data=$(mktemp -d 2>/dev/null) || { rmdir "$lock"; exit 0; }
    # An empty knowledge.db: the check opens it for the team's approved false alarms, as it does in a real data
    # directory, so SQLite's driver is in the cache too (AotTraining gives the empty file a reports table with one
    # approved false alarm, so the allowance query and its use are trained as well).
    : >"$data/knowledge.db"
    tmp="$cache.$$.tmp"
    # The class path is the jar's, as with -jar (the cache is only used with the same class path).
    "$JAVA_HOME/bin/java" -XX:+UseSerialGC "-XX:AOTCacheOutput=$tmp" -Xlog:aot=off -Xlog:cds=off \
      -cp "$jar" com.replyguard.app.AotTraining "$data" && mv -f "$tmp" "$cache"
    rm -rf "$tmp" "$tmp.config" "$data"
    rmdir "$lock"
  ) </dev/null >/dev/null 2>&1 &
  disown 2>/dev/null || true
}

# jit_opts ARGS...: prints -XX:TieredStopAtLevel=1 (the quick C1 compiler only) when ARGS are a one-shot command
# (check, draft or ask of one text, --help, --version): such a process ends before C2's optimised code would pay for
# its compile time, which on 2 cores competes with the command itself (CPU of a one-shot check about 1.7 -> 1.1 s).
# Long-running and batch commands (bot, serve, chat, kb import, check --jsonl) keep the JVM's tiered default.
# On JDK 25 a one-shot command also skips replaying the AOT cache's method profiles (-XX:-AOTReplayTraining, a
# diagnostic option, so only on the JDK it was measured on): C1 alone makes no use of them, and the replay only queued
# compilations early (the compiler thread's CPU of a check ~280 -> ~180 ms); long-running commands keep them for C2.
jit_opts() {
  local a sub="" skip=0
  for a in "$@"; do
    if [ $skip = 1 ]; then skip=0; continue; fi
    case "$a" in
      --jsonl) return 0 ;;
      --data|--rules|--config) [ -z "$sub" ] && skip=1 ;;
      -h|--help|-V|--version) [ -z "$sub" ] && sub=help ;;
      -*) ;;
      *) [ -z "$sub" ] && sub=$a ;;
    esac
  done
  case "$sub" in check|draft|ask|help) ;; *) return 0 ;; esac
  emit -XX:TieredStopAtLevel=1
  # Half the heap young (the default is a third): a Bengali or long Malay check allocates a little more than the
  # default eden, and the one young collection it then needed copied ~37 MB of tables in ~110 ms of wall on this
  # machine; with NewRatio=1 it never collects (bench/startup.md round 12). Only with 2 GB of memory or more: the old
  # generation, halved too, must still hold the learned model (a 128 MB heap, the default on 512 MB, would not).
  roomy_memory && emit -XX:NewRatio=1
  jmajor "$JAVA_HOME/bin/java"
  [ "$JMAJOR" = 25 ] && emit -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining
  thp_opts
  return 0
}

# roomy_memory: true when the machine, and the memory limit of the control group the launcher runs in, give at least
# 2 GB (bash alone: no process per start). REPLYGUARD_MEMINFO and REPLYGUARD_CGROUP_MEMORY name other files (tests).
roomy_memory() {
  local k v _ limit="" f info=${REPLYGUARD_MEMINFO:-/proc/meminfo}
  [ -r "$info" ] || return 1
  while read -r k v _; do
    if [ "$k" = MemTotal: ]; then
      [ "$v" -ge 2097152 ] 2>/dev/null || return 1
      break
    fi
  done <"$info"
  [ "$k" = MemTotal: ] || return 1
  for f in ${REPLYGUARD_CGROUP_MEMORY:-/sys/fs/cgroup/memory.max /sys/fs/cgroup/memory/memory.limit_in_bytes}; do
    [ -r "$f" ] && IFS= read -r limit <"$f" 2>/dev/null && break
  done
  case "$limit" in ""|max) return 0 ;; esac
  [ "$limit" -ge 2147483648 ] 2>/dev/null
}

# thp_opts: prints -XX:+UseTransparentHugePages when the kernel gives transparent huge pages to a process that asks for
# them (/sys/kernel/mm/transparent_hugepage/enabled says [madvise]; with [always] every process gets them anyway, with
# [never] the JVM would only warn). A one-shot check touches ~60 MB of new heap (the learned model's tables, the
# rules, the lexicons); on a virtual machine each first touch of a 4 KB page is a costly fault, and 2 MB pages cut
# them 512-fold (CPU of a check 1.01 -> 0.73 s, bench/startup.md round 5). REPLYGUARD_THP=0 turns it off;
# REPLYGUARD_THP_SYSFILE names another file to read (tests).
thp_opts() {
  [ "${REPLYGUARD_THP:-1}" = 0 ] && return 0
  local line="" f=${REPLYGUARD_THP_SYSFILE:-/sys/kernel/mm/transparent_hugepage/enabled}
  [ -r "$f" ] && IFS= read -r line <"$f" 2>/dev/null || true
  # -Xlog:pagesize=off: should the JVM still find no huge pages, its warning stays out of the command's output.
  case "$line" in *"[madvise]"*) emit -XX:+UseTransparentHugePages -Xlog:pagesize=off ;; esac
  return 0
}

# sqlite_opts DIR LIB_DIR: the SQLite driver copies its 1 MB native library into the temporary folder on every start
# and compares the copy byte by byte (about a third of a one-shot check's CPU when the data directory has a
# knowledge.db); this copies it once per build of the driver into DIR and prints the options that load it from
# there. Linux (glibc) on x86_64 and aarch64; elsewhere, or with REPLYGUARD_SQLITE_NATIVE=0, prints nothing and the
# driver does as before.
sqlite_opts() {
  [ "${REPLYGUARD_SQLITE_NATIVE:-1}" = 0 ] && return 0
  case "${OSTYPE:-}" in linux-gnu*) ;; *) return 0 ;; esac # glibc Linux (musl: the driver's own Linux-Musl build)
  local arch jars dir lib=libsqlitejdbc.so
  case "${HOSTTYPE:-}" in x86_64|amd64) arch=x86_64 ;; aarch64|arm64) arch=aarch64 ;; *) return 0 ;; esac
  jars=("$2"/sqlite-jdbc-*.jar)
  [ -f "${jars[0]}" ] || return 0
  local j=${jars[0]##*/}
  dir="$1/${j%.jar}-$arch"
  if [ ! -s "$dir/$lib" ] || [ "${jars[0]}" -nt "$dir/$lib" ]; then
    command -v unzip >/dev/null 2>&1 && mkdir -p "$dir" 2>/dev/null || return 0
    if ! { unzip -p "${jars[0]}" "org/sqlite/native/Linux/$arch/$lib" >"$dir/$lib.$$" 2>/dev/null &&
        [ -s "$dir/$lib.$$" ] && mv -f "$dir/$lib.$$" "$dir/$lib"; }; then
      rm -f "$dir/$lib.$$" 2>/dev/null
      return 0
    fi
  fi
  emit "-Dorg.sqlite.lib.path=$dir" "-Dorg.sqlite.lib.name=$lib" "-Dorg.sqlite.tmpdir=$dir"
}
