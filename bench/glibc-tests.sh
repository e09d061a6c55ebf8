#!/bin/bash
# glibc-tests.sh: run ownck over GNU libc's own thread tests.
#
# The real-input benchmark: the thread tests of glibc (nptl/tst-*.c and
# sysdeps/pthread/tst-*.c, as shipped by Debian's glibc-source package)
# are real, hand-written threaded C that nobody wrote for ownck.  This
# script extracts that source, works out the flags that let each test go
# through Clang outside glibc's own build system, runs one command per
# test, two at a time, and tabulates the outcome.  See
# docs/glibc-bench.md for the include setup and the reasons behind it.
#
# Usage:
#   glibc-tests.sh [-hv] [-j jobs] [-o table] [-w workdir] [--clang path]
#                  [--ownck path] [--syntax-only] [--tarball file]
#                  [--timeout seconds] [file ...]
#
# Options:
#   -h, --help        print this help and exit
#   -j, --jobs N      run N files at a time (default 2)
#   -o, --output F    write the results table to F (default
#                     WORKDIR/results/MODE.tsv)
#   -v, --verbose     print every command run, on stderr
#   -w, --work-dir D  extract and keep everything under D (default
#                     ${TMPDIR:-/tmp}/ownck-glibc-bench); an earlier
#                     extraction there is reused; never inside the repo
#   --clang PATH      the clang used by --syntax-only (default
#                     /usr/lib/llvm-19/bin/clang)
#   --ownck PATH      the ownck driver (default build/bin/ownck in the repo)
#   --syntax-only     run 'clang -fsyntax-only FLAGS FILE' instead of
#                     'ownck FILE -- FLAGS': checks the include setup alone
#   --tarball FILE    the glibc source tarball (default the newest
#                     /usr/src/glibc/glibc-*.tar.xz)
#   --timeout S       stop a file after S seconds (default 600; 0: never)
#   file ...          only these tests, as paths inside the glibc tree
#                     (nptl/tst-mutex1.c); default all of them
#
# Output: the results table (TSV with a header line: file, status, exit,
# findings, seconds, cpu, role, cause, first_error; rows sorted by file;
# seconds is wall time, cpu the user and system time of the command and
# its children, which a busy machine disturbs less), the stderr of every
# run in a folder named after the table (MODE.logs/), and a summary on
# stdout.  While it runs, a count of the files done goes to stderr when
# that is a terminal.
#
# Statuses: 'parsed' (syntax-only), 'clean' and 'findings' (ownck exit 0
# and 1), 'parse-failed' (ownck exit 2, clang exit 1), 'crash' (ownck
# exit 3, a signal, any other exit, or Clang's crash banner) and
# 'timeout'.  A parse failure is classified by its first error;
# docs/glibc-bench.md lists the causes.
#
# Exit status: 0 when every file ran without a crash or a timeout, 1 when
# some crashed or timed out, 2 on a usage or setup error.

set -u -o pipefail
export LC_ALL=C

PROGRAM=${0##*/}
SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
REPO_DIR=$(cd "$SCRIPT_DIR/.." && pwd)

# The sysdeps search order of glibc 2.36 on x86_64 GNU/Linux, most
# specific first, as its configure prints it ("checking sysdep dirs").
SYSDEP_CHAIN=(
  unix/sysv/linux/x86_64/64 unix/sysv/linux/x86_64 unix/sysv/linux/x86
  x86/nptl unix/sysv/linux/wordsize-64 x86_64/nptl unix/sysv/linux nptl
  pthread gnu unix/inet unix/sysv unix/x86_64 unix posix x86_64/64
  x86_64/fpu/multiarch x86_64/fpu x86/fpu x86_64/multiarch x86_64 x86
  ieee754/float128 ieee754/ldbl-96 ieee754/dbl-64 ieee754/flt-32
  wordsize-64 ieee754 generic
)

usage() {
  echo "usage: $PROGRAM [-hv] [-j jobs] [-o table] [-w workdir]" \
    "[--clang path] [--ownck path] [--syntax-only] [--tarball file]" \
    "[--timeout seconds] [file ...]" >&2
  exit 2
}

die() {
  echo "$PROGRAM: $*" >&2
  exit 2
}

print_help() {
  sed -n '2,/^$/{s/^# \{0,1\}//;p}' "$0"
}

# Print a command on stderr, shell-quoted, when -v was given.
trace() {
  if [ "$VERBOSE" = 1 ]; then
    local quoted
    quoted=$(printf ' %q' "$@")
    echo "+${quoted}" >&2
  fi
}

# The per-test flags from nptl/Makefile and sysdeps/pthread/Makefile
# (CFLAGS-tst-*.c, CPPFLAGS-tst-*.c) and Makerules (tests-time64), kept
# only where they change what the front end sees: a language standard, a
# macro, exceptions (pthread_cleanup_push expands differently under
# __EXCEPTIONS) or builtins.  Warning, debug and unwind-table flags are
# left out.  Prints one flag a line.
test_flags() {
  local name=$1
  case $name in
    tst-cancelx2 | tst-cancelx3 | tst-cancelx4 | tst-cancelx5 | \
      tst-cancelx6 | tst-cancelx7 | tst-cancelx8 | tst-cancelx9 | \
      tst-cancelx1[0-8] | tst-cancelx2[01] | tst-cleanupx[0-4] | \
      tst-cleanupx4aux | tst-oncex3 | tst-oncex4)
      printf '%s\n' -fexceptions ;;
    tst-oncey3 | tst-oncey4) printf '%s\n' -fno-exceptions ;;
    tst-initializers1-*) printf '%s\n' "-std=${name#tst-initializers1-}" ;;
    tst-pthread-gdb-attach)
      printf '%s\n' -DIS_IN_build -DDO_ADD_SYMBOL_FILE=1 ;;
    tst-pthread-gdb-attach-static)
      printf '%s\n' -DIS_IN_build -DDO_ADD_SYMBOL_FILE=0 ;;
    *-time64) printf '%s\n' -D_TIME_BITS=64 -D_FILE_OFFSET_BITS=64 ;;
  esac
  case $name in
    tst-cleanup2 | tst-cleanupx2) printf '%s\n' -fno-builtin ;;
  esac
}

# Classify the first error of a failed parse.  Arguments: the test's
# Makefile role and the line of the error.  Prints one cause word.
classify() {
  local role=$1 line=$2
  local location message where header identifier column text

  message=${line#*error: }
  location=${line%%: *error: *}
  where=${location%%:*}
  where=${where#"$SRC_DIR"/}

  if [[ $message =~ ^\'([^\']+)\'\ file\ not\ found ]]; then
    header=${BASH_REMATCH[1]}
    if [ -n "$(find "$SRC_DIR" -path "*/$header" -print -quit)" ]; then
      echo header-not-on-path
    else
      echo generated-header
    fi
    return
  fi
  if [[ $message == "function definition is not allowed here" ]]; then
    echo gcc-nested-function
    return
  fi
  if [[ $where == include/* || $where == sysdeps/* ]] &&
    [[ ${where##*/} != tst-* ]]; then
    echo internal-header
    return
  fi

  # The identifier the error points at, or the one it quotes.
  identifier=
  if [[ $message =~ \'([A-Za-z_][A-Za-z0-9_]*)\' ]]; then
    identifier=${BASH_REMATCH[1]}
  elif [[ $location =~ :([0-9]+):([0-9]+)$ ]]; then
    column=${BASH_REMATCH[2]}
    text=$(sed -n "${BASH_REMATCH[1]}p" "$SRC_DIR/$where" 2>/dev/null)
    text=${text:column-1}
    [[ $text =~ ^[[:space:]]*([A-Za-z_][A-Za-z0-9_]*) ]] &&
      identifier=${BASH_REMATCH[1]}
  fi
  if [ -n "$identifier" ] &&
    grep -Eq "^#[[:space:]]*define[[:space:]]+$identifier\b" \
      "$SRC_DIR/include/libc-symbols.h"; then
    echo internal-macro
    return
  fi
  if [ "$role" = unlisted ]; then
    echo fragment
    return
  fi
  if [[ $message == "call to undeclared "*function* ]]; then
    echo implicit-declaration
    return
  fi
  echo other
}

# Run the command over one test and write its row of the table.
run_one() {
  local file=$1
  local name base log start end rc status findings seconds cpu role cause
  local first
  local -a flags command

  name=$(basename "$file" .c)
  base=${file//\//_}
  log="$LOG_DIR/${base%.c}.err"
  role=$(awk -v n="$name" '$1 == n { print $2; exit }' "$ROLE_FILE")
  role=${role:-unlisted}

  mapfile -t flags < <(printf '%s\n' "$BASE_FLAGS"; test_flags "$name")
  if [ "$MODE" = syntax-only ]; then
    command=("$CLANG" -fsyntax-only "${flags[@]}" "$file")
  else
    command=("$OWNCK" "$file" -- "${flags[@]}")
  fi
  if [ "$TIMEOUT" != 0 ]; then
    command=(timeout --kill-after=10 "$TIMEOUT" "${command[@]}")
  fi

  trace "${command[@]}"
  start=$EPOCHREALTIME
  # The subshell writes the CPU time of its children ('times', second
  # line; only the shell that waited for them knows it), and its stderr
  # takes the shell's report of a death by signal; the exit status still
  # says which signal.
  (
    cd "$SRC_DIR" || exit 2
    "${command[@]}" >/dev/null 2>"$log"
    rc=$?
    times >"$ROW_DIR/${base%.c}.times"
    exit $rc
  ) 2>/dev/null
  rc=$?
  end=$EPOCHREALTIME
  seconds=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
  cpu=$(awk 'NR == 2 {
      split($1, u, /[ms]/); split($2, s, /[ms]/)
      printf "%.3f", u[1] * 60 + u[2] + s[1] * 60 + s[2]
    }' "$ROW_DIR/${base%.c}.times")

  # Decide the status from the exit code, then look for a crash banner.
  if [ "$TIMEOUT" != 0 ] && [ "$rc" = 124 ]; then
    status=timeout
  elif [ "$rc" -ge 128 ]; then
    status=crash
  elif [ "$MODE" = syntax-only ]; then
    case $rc in
      0) status=parsed ;;
      1) status=parse-failed ;;
      *) status=crash ;;
    esac
  else
    case $rc in
      0) status=clean ;;
      1) status=findings ;;
      2) status=parse-failed ;;
      *) status=crash ;;
    esac
  fi
  if grep -Eq 'PLEASE submit a bug report|command failed due to signal' \
    "$log"; then
    status=crash
  fi

  findings=0
  if [ "$status" = clean ] || [ "$status" = findings ]; then
    findings=$(grep -Ec '^[^ :]+:[0-9]+:[0-9]+: error: ' "$log")
  fi
  cause=-
  first=-
  if [ "$status" = parse-failed ]; then
    first=$(grep -m1 -E '^[^ ]+:[0-9]+:[0-9]+: (fatal )?error: ' "$log")
    if [ -n "$first" ]; then
      cause=$(classify "$role" "$first")
      first=${first#"$SRC_DIR"/}
    else
      # No located error: the tool failed before reading the file.
      cause=tool-error
      first=$(head -n 1 "$log")
    fi
    first=${first//$'\t'/ }
  fi

  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$file" "$status" \
    "$rc" "$findings" "$seconds" "${cpu:-0}" "$role" "$cause" "${first:--}" \
    >"$ROW_DIR/${base%.c}.tsv"
  if [ "$PROGRESS" = 1 ]; then
    printf '\r%s: %d/%d' "$PROGRAM" \
      "$(find "$ROW_DIR" -name '*.tsv' | wc -l)" "$TOTAL" >&2
  fi
}

# Print "name list" for every test named in one of glibc's test list
# variables (tests, tests-internal, modules-names...) in the given
# Makefiles, sorted by name; the list is the test's role in the table.
makefile_roles() {
  awk '
    function flush(   n, i, w, words, prefix) {
      n = split(value, words, /[ \t]+/)
      prefix = ""
      for (i = 1; i <= n; i++) {
        w = words[i]
        if (w == "") continue
        if (w ~ /^#/) break
        if (w ~ /^\$\(addprefix$/) { prefix = "?"; continue }
        if (prefix == "?") {
          prefix = w; sub(/,.*/, "", prefix); sub(/^[^,]*,/, "", w)
          if (w == "") continue
        }
        if (prefix != "") {
          closing = sub(/\)$/, "", w)
          if (w != "") keep(prefix w, variable)
          if (closing) prefix = ""
          continue
        }
        if (w ~ /^[A-Za-z0-9_-]+$/) keep(w, variable)
      }
    }
    # A test in several lists takes the one that says most about how
    # glibc builds it.
    function keep(name, list) {
      if (!(name in role) || rank[list] < rank[role[name]])
        role[name] = list
    }
    BEGIN {
      n = split("tests-internal modules-names test-extras tests xtests " \
                "tests-static xtests-static tests-container tests-time64 " \
                "test-srcs", lists, " ")
      for (i = 1; i <= n; i++) rank[lists[i]] = i
    }
    continuing {
      continuing = sub(/\\$/, "")
      value = value " " $0
      if (!continuing) flush()
      next
    }
    match($0, "^(tests|tests-internal|xtests|tests-static|xtests-static|" \
          "tests-container|tests-time64|test-srcs|test-extras|" \
          "modules-names)[ \t]*[:+]?=") {
      variable = substr($0, 1, RLENGTH)
      sub(/[ \t]*[:+]?=$/, "", variable)
      value = substr($0, RLENGTH + 1)
      continuing = sub(/\\$/, "", value)
      if (!continuing) flush()
    }
    END { for (name in role) print name, role[name] }
  ' "$@" | sort
}

# Print the newest tarball that glibc-source installed, if any.
newest_tarball() {
  local candidates=(/usr/src/glibc/glibc-*.tar.xz)
  [ -f "${candidates[0]}" ] || return 0
  printf '%s\n' "${candidates[@]}" | sort -V | tail -n 1
}

# Find the tarball, installing glibc-source when it is missing.
find_tarball() {
  local found
  if [ -n "$TARBALL" ]; then
    [ -r "$TARBALL" ] || die "cannot read '$TARBALL'"
    return
  fi
  found=$(newest_tarball)
  if [ -z "$found" ]; then
    if [ "$(id -u)" != 0 ]; then
      die "no glibc source in '/usr/src/glibc'; as root, run" \
        "'apt-get install glibc-source'"
    fi
    echo "$PROGRAM: installing glibc-source" >&2
    trace apt-get install -y glibc-source
    apt-get install -y glibc-source >&2 ||
      die "'apt-get install glibc-source' failed"
    found=$(newest_tarball)
    [ -n "$found" ] || die "no tarball in '/usr/src/glibc' after install"
  fi
  TARBALL=$found
}

# Extract the tarball under the work dir unless a finished extraction of
# the same tarball is there already.
extract_source() {
  local top
  top=$(basename "$TARBALL")
  top=${top%.tar.*}
  SRC_DIR="$WORK_DIR/$top"
  if [ -f "$SRC_DIR/.ownck-extracted" ] &&
    [ "$(cat "$SRC_DIR/.ownck-extracted")" = "$TARBALL" ]; then
    return
  fi
  rm -rf "$SRC_DIR"
  trace tar -xf "$TARBALL" -C "$WORK_DIR"
  tar -xf "$TARBALL" -C "$WORK_DIR" ||
    die "cannot extract '$TARBALL' into '$WORK_DIR'"
  [ -d "$SRC_DIR/nptl" ] || die "'$TARBALL' has no '$top/nptl'"
  echo "$TARBALL" >"$SRC_DIR/.ownck-extracted"
}

# The flags every test gets, one a line; see docs/glibc-bench.md.  glibc
# builds its public tests with -include libc-symbols.h
# -DMODULE_NAME=testsuite, which defines _ISOMAC and then only
# _GNU_SOURCE; so -D_GNU_SOURCE here.  The directories are those of
# glibc's own -I list, in its order (include/, the build dir, the sysdeps
# chain, the top, the test's subdir), but after the installed headers
# (-idirafter), so that they supply only what is not installed:
# support/, test helpers, sysdeps test headers, an empty config.h.
base_flags() {
  local dir
  printf '%s\n' -std=gnu11 -fgnu89-inline -O2 -D_GNU_SOURCE
  printf '%s\n' -idirafter "$SRC_DIR/include" -idirafter "$SHIM_DIR"
  for dir in "${SYSDEP_CHAIN[@]}"; do
    if [ -d "$SRC_DIR/sysdeps/$dir/include" ]; then
      printf '%s\n' -idirafter "$SRC_DIR/sysdeps/$dir/include"
    fi
    printf '%s\n' -idirafter "$SRC_DIR/sysdeps/$dir"
  done
  printf '%s\n' -idirafter "$SRC_DIR" -idirafter "$SRC_DIR/nptl"
}

summarize() {
  local table=$1 wall=$2
  awk -F '\t' -v mode="$MODE" -v wall="$wall" -v jobs="$JOBS" \
    -v table="$table" -v tool="$TOOL_VERSION" -v source="$TARBALL" '
    NR == 1 { for (i = 1; i <= NF; i++) column[$i] = i; next }
    {
      state = $column["status"]; role = $column["role"]
      tried++; status[state]++
      sum += $column["seconds"]; cpu += $column["cpu"]
      findings += $column["findings"]
      if ($column["findings"] > 0) with_findings++
      role_tried[role]++
      if (state == "parsed" || state == "clean" || state == "findings")
        role_ok[role]++
      if (state == "parse-failed") cause[$column["cause"]]++
    }
    END {
      ok = status["parsed"] + status["clean"] + status["findings"]
      printf "source          %s\n", source
      printf "mode            %s (%s)\n", mode, tool
      printf "files tried     %d\n", tried
      if (mode == "syntax-only")
        printf "parsed          %d\n", ok
      else
        printf "analyzed        %d (clean %d, with findings %d)\n", ok,
          status["clean"], status["findings"]
      printf "failed to parse %d\n", status["parse-failed"]
      n = 0
      for (c in cause) names[++n] = c
      for (i = 1; i <= n; i++)
        for (j = i + 1; j <= n; j++)
          if (cause[names[j]] > cause[names[i]] || \
              (cause[names[j]] == cause[names[i]] && names[j] < names[i])) {
            t = names[i]; names[i] = names[j]; names[j] = t
          }
      for (i = 1; i <= n; i++)
        printf "  %-22s %d\n", names[i], cause[names[i]]
      printf "crashes         %d\n", status["crash"]
      printf "timeouts        %d\n", status["timeout"]
      if (mode != "syntax-only")
        printf "findings total  %d (in %d files)\n", findings, with_findings
      printf "by Makefile role (went through / tried):\n"
      split("tests xtests tests-static xtests-static tests-container " \
            "tests-time64 test-srcs tests-internal modules-names " \
            "test-extras unlisted", order, " ")
      for (i = 1; i in order; i++)
        if (role_tried[order[i]] > 0)
          printf "  %-22s %d / %d\n", order[i], role_ok[order[i]],
            role_tried[order[i]]
      printf "time            %.1f s wall (%d jobs); summed over files:" \
        " %.1f s wall, %.1f s CPU\n", wall, jobs, sum, cpu
      printf "table           %s\n", table
    }
  ' "$table"
}

main() {
  local arg table row_tmp tab start wall crashed
  local -a requested files

  VERBOSE=0 JOBS=2 MODE=ownck TIMEOUT=600 TARBALL='' TABLE=''
  WORK_DIR="${TMPDIR:-/tmp}/ownck-glibc-bench"
  CLANG=/usr/lib/llvm-19/bin/clang
  OWNCK="$REPO_DIR/build/bin/ownck"
  requested=()

  while [ $# -gt 0 ]; do
    arg=$1
    case $arg in
      -h | --help) print_help; exit 0 ;;
      -j | --jobs) [ $# -ge 2 ] || usage; JOBS=$2; shift ;;
      -o | --output) [ $# -ge 2 ] || usage; TABLE=$2; shift ;;
      -v | --verbose) VERBOSE=1 ;;
      -w | --work-dir) [ $# -ge 2 ] || usage; WORK_DIR=$2; shift ;;
      --clang) [ $# -ge 2 ] || usage; CLANG=$2; shift ;;
      --ownck) [ $# -ge 2 ] || usage; OWNCK=$2; shift ;;
      --syntax-only) MODE=syntax-only ;;
      --tarball) [ $# -ge 2 ] || usage; TARBALL=$2; shift ;;
      --timeout) [ $# -ge 2 ] || usage; TIMEOUT=$2; shift ;;
      --) shift; requested+=("$@"); break ;;
      -*) echo "$PROGRAM: unknown option '$arg'" >&2; usage ;;
      *) requested+=("$arg") ;;
    esac
    shift
  done
  [[ $JOBS =~ ^[1-9][0-9]*$ ]] || die "bad job count '$JOBS'"
  [[ $TIMEOUT =~ ^[0-9]+$ ]] || die "bad timeout '$TIMEOUT'"

  # Check the tool before spending time on the source.
  if [ "$MODE" = syntax-only ]; then
    [ -x "$CLANG" ] || die "cannot run '$CLANG'"
    TOOL_VERSION=$("$CLANG" --version | head -n 1)
  else
    [ -x "$OWNCK" ] ||
      die "cannot run '$OWNCK'; build ownck, or use --syntax-only"
    TOOL_VERSION="$OWNCK"
  fi
  case $("$CLANG" -dumpmachine 2>/dev/null) in
    x86_64-*linux-gnu) ;;
    *) die "only x86_64 GNU/Linux is set up (the sysdeps chain)" ;;
  esac

  # Refuse a work dir inside the repository before creating anything.
  WORK_DIR=$(realpath -m -- "$WORK_DIR")
  case "$WORK_DIR/" in
    "$(realpath -- "$REPO_DIR")/"*)
      die "work dir '$WORK_DIR' is inside the repository" ;;
  esac
  mkdir -p "$WORK_DIR" || die "cannot create '$WORK_DIR'"

  find_tarball
  extract_source

  # An empty config.h: the one public test that includes it
  # (tst-mutex5.c and the four that include that) uses none of its macros.
  SHIM_DIR="$WORK_DIR/shim"
  mkdir -p "$SHIM_DIR"
  echo "/* Empty stand-in for glibc's generated config.h.  */" \
    >"$SHIM_DIR/config.h"

  # The table, the logs next to it, and scratch space for the rows.
  table=${TABLE:-"$WORK_DIR/results/$MODE.tsv"}
  [[ $table == /* ]] || table="$PWD/$table"
  LOG_DIR="${table%.tsv}.logs"
  rm -rf "$LOG_DIR"
  mkdir -p "$LOG_DIR" || die "cannot create '$LOG_DIR'"
  SCRATCH_DIR=$(mktemp -d "$WORK_DIR/run.XXXXXX") ||
    die "cannot create a scratch dir in '$WORK_DIR'"
  trap 'rm -rf "$SCRATCH_DIR"' EXIT
  ROW_DIR="$SCRATCH_DIR/rows"
  ROLE_FILE="$SCRATCH_DIR/roles"
  mkdir "$ROW_DIR" || die "cannot create '$ROW_DIR'"
  makefile_roles "$SRC_DIR/nptl/Makefile" \
    "$SRC_DIR/sysdeps/pthread/Makefile" "$SRC_DIR/rt/Makefile" \
    >"$ROLE_FILE"

  if [ ${#requested[@]} -gt 0 ]; then
    files=()
    for arg in "${requested[@]}"; do
      arg=${arg#"$SRC_DIR"/}
      [ -f "$SRC_DIR/$arg" ] || die "no '$arg' in '$SRC_DIR'"
      files+=("$arg")
    done
  else
    files=("$SRC_DIR"/nptl/tst-*.c "$SRC_DIR"/sysdeps/pthread/tst-*.c)
    files=("${files[@]#"$SRC_DIR"/}")
  fi
  [ ${#files[@]} -gt 0 ] || die "no tests found in '$SRC_DIR'"

  BASE_FLAGS=$(base_flags)
  TOTAL=${#files[@]}
  PROGRESS=0
  [ -t 2 ] && PROGRESS=1
  export PROGRAM SRC_DIR MODE CLANG OWNCK TIMEOUT VERBOSE BASE_FLAGS \
    LOG_DIR ROW_DIR ROLE_FILE PROGRESS TOTAL
  export -f run_one classify test_flags trace

  start=$EPOCHREALTIME
  # shellcheck disable=SC2016  # $1 is for the inner shell
  printf '%s\0' "${files[@]}" |
    xargs -0 -n 1 -P "$JOBS" bash -c 'run_one "$1"' run_one
  wall=$(awk -v s="$start" -v e="$EPOCHREALTIME" \
    'BEGIN { printf "%.3f", e - s }')
  [ "$PROGRESS" = 1 ] && echo >&2

  # Assemble the table in a stable order.
  row_tmp="$table.tmp"
  tab=$'\t'
  {
    printf 'file\tstatus\texit\tfindings\tseconds\tcpu\trole\tcause\t'
    printf 'first_error\n'
    find "$ROW_DIR" -name '*.tsv' -exec cat {} + | sort -t "$tab" -k1,1
  } >"$row_tmp" || die "cannot write '$table'"
  mv "$row_tmp" "$table"
  [ "$(($(wc -l <"$table") - 1))" = "$TOTAL" ] ||
    echo "$PROGRAM: warning: only $(($(wc -l <"$table") - 1)) of" \
      "$TOTAL files have a result" >&2

  summarize "$table" "$wall" || die "cannot write the summary"
  crashed=$(awk -F '\t' 'NR > 1 && ($2 == "crash" || $2 == "timeout")' \
    "$table" | wc -l)
  [ "$crashed" = 0 ]
}

main "$@"
