#!/usr/bin/env bash
# scaling.sh: how ownck's cost grows with the size of a translation unit,
# against the cost of parsing it (clang -fsyntax-only).
#
# Generates C files of four shapes, each at growing sizes, under a work
# directory, and prints for each the wall time and peak memory of the
# driver and of a plain parse:
#   globals      N globals, one thread entry bumping each under a lock,
#                ten threads (clean code: the analysis, no reports)
#   entries      N thread entries, each spawned once and joined
#   interleaved  N spawns in main, each followed by a write the thread
#                also makes (the worst case for the spawner's side)
#   expression   one statement reading a racy global N times
#
# usage: bench/scaling.sh [-h] [-w DIR] [SIZE ...]
#   -w DIR   work directory (default: ${TMPDIR:-/tmp}/ownck-scaling)
#   SIZE     sizes to try (default: 500 1000 2000 4000)
# Needs build/bin/ownck (run ./quickstart first) and GNU time.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
ownck="$top/build/bin/ownck"
clang=/usr/lib/llvm-19/bin/clang
work="${TMPDIR:-/tmp}/ownck-scaling"

usage() { echo "usage: bench/scaling.sh [-h] [-w DIR] [SIZE ...]"; }
while getopts hw: option; do
  case $option in
  h) usage; exit 0 ;;
  w) work=$OPTARG ;;
  *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(500 1000 2000 4000)
for tool in "$ownck" "$clang" /usr/bin/time; do
  [ -x "$tool" ] || { echo "scaling.sh: '$tool' is missing" >&2; exit 2; }
done
mkdir -p "$work"

generate() { # shape size file
  awk -v shape="$1" -v n="$2" 'BEGIN {
    print "#include <pthread.h>"
    if (shape == "globals") {
      print "pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;"
      for (i = 0; i < n; i++) printf "long g%d;\n", i
      print "void *work(void *arg) {\n  pthread_mutex_lock(&lock);"
      for (i = 0; i < n; i++) printf "  g%d++;\n", i
      print "  pthread_mutex_unlock(&lock);\n  return 0;\n}"
      print "int main(void) {\n  pthread_t t[10];"
      print "  for (int i = 0; i < 10; i++) pthread_create(&t[i], 0, work, 0);"
      print "  for (int i = 0; i < 10; i++) pthread_join(t[i], 0);"
      print "  return 0;\n}"
    } else if (shape == "entries") {
      print "long counter;"
      for (i = 0; i < n; i++)
        printf "void *work%d(void *arg) { counter++; return 0; }\n", i
      printf "int main(void) {\n  static pthread_t t[%d];\n", n
      for (i = 0; i < n; i++) printf "  pthread_create(&t[%d], 0, work%d, 0);\n", i, i
      printf "  for (int i = 0; i < %d; i++) pthread_join(t[i], 0);\n", n
      print "  return 0;\n}"
    } else if (shape == "interleaved") {
      for (i = 0; i < n; i++) printf "long g%d;\n", i
      print "void *work(void *arg) {"
      for (i = 0; i < n; i++) printf "  g%d++;\n", i
      print "  return 0;\n}"
      printf "int main(void) {\n  static pthread_t t[%d];\n", n
      for (i = 0; i < n; i++) printf "  pthread_create(&t[%d], 0, work, 0); g%d = 1;\n", i, i
      print "  return 0;\n}"
    } else {
      print "long counter;\nvoid *work(void *arg) {\n  counter = counter"
      for (i = 1; i < n; i++) print "    + counter"
      print "  ;\n  return 0;\n}"
      print "int main(void) {\n  pthread_t t[2];"
      print "  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, work, 0);"
      print "  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);"
      print "  return 0;\n}"
    }
  }' > "$3"
}

measure() { # command...: prints "seconds megabytes"
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" > /dev/null 2>&1 || true
  tail -n 1 "$work/time" |
    awk '{ printf "%7.2f s %6.0f MB", $1, $2 / 1024 }'
}

printf '%-12s %6s %7s  %-18s %-18s\n' shape size lines ownck parse
for shape in globals entries interleaved expression; do
  for size in "${sizes[@]}"; do
    file="$work/$shape-$size.c"
    generate "$shape" "$size" "$file"
    printf '%-12s %6d %7d  %s  %s\n' "$shape" "$size" "$(wc -l < "$file")" \
      "$(measure "$ownck" "$file")" "$(measure "$clang" -fsyntax-only "$file")"
  done
done
